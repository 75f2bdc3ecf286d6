/**
 * The audit log's kinds (kinds.ts): each is listed once, and each is written somewhere in src/
 * (issue 9: a declared kind nobody writes is removed). A source check, so a writer that is deleted
 * or renamed leaves its kind failing here until the kind is removed too.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AUDIT_KINDS, isAuditKind } from './kinds.ts';
import { VOTE_ENTRY_TYPE } from './votes.ts';

const SRC = join(import.meta.dirname, '..');
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

test('AUDIT_KINDS lists each kind once, and isAuditKind agrees with it', () => {
  assert.equal(new Set(AUDIT_KINDS).size, AUDIT_KINDS.length);
  for (const k of AUDIT_KINDS) assert.ok(isAuditKind(k), k);
  for (const k of ['config_loaded', '', 'toString', '__proto__', 'Decision']) assert.equal(isAuditKind(k), false, k);
});

test('every kind is written by an append somewhere in src/ (outside the audit kinds and the UI)', () => {
  const writers = sources(SRC).filter((p) => !p.startsWith(join(SRC, 'adapters')) && !p.endsWith(join('audit', 'kinds.ts'))).map((p) => readFileSync(p, 'utf8')).filter((s) => /\.append(InTx)?\(/.test(s));
  const votes = new Set<string>(Object.values(VOTE_ENTRY_TYPE)); // written through VOTE_ENTRY_TYPE[vote.kind]
  for (const kind of AUDIT_KINDS) {
    if (votes.has(kind)) continue;
    // `type: 'kind'`, or a choice of kinds such as the gateway's `type: shadow ? 'shadow_allow' : 'decision'`
    assert.ok(writers.some((s) => new RegExp(`type: [^,}]*'${kind}'`).test(s)), `no append writes \`${kind}\``);
  }
  assert.ok(writers.some((s) => s.includes('VOTE_ENTRY_TYPE[vote.kind]')), 'votes are appended through VOTE_ENTRY_TYPE');
});
