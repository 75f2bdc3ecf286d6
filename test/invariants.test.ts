/**
 * The product's promises (SECURITY.md rule ids, and named invariants from the code) and the rule that
 * each one has at least one test naming it in a test or suite title. Adding a promise here without a
 * test, or deleting the last test of one, fails `npm test`.
 */
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { it } from 'node:test';

const SECURITY_IDS = [
  ...['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'],
  ...['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'A11'],
  ...['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7'],
  ...['F1', 'F2', 'F3', 'F4', 'F5', 'F6'],
  // issue 13: fail closed within a bound (deadlines, admission), damaged stores and I/O errors, clock steps
  ...['F8', 'L8', 'L9'],
  // issue 11: approvals bind the change; the control plane fails closed
  ...['A12', 'A13', 'D8', 'D9', 'D10', 'F7'],
];

const NAMED = [
  'decision:eval-error-denies',
  'audit:append-before-answer',
  'index-is-superset',
  'target-id-irrelevant',
  'durable-before-answer',
  'monotonic-time',
  'durable-append',
  'forward-only-on-allow',
  'classify:encoded-exact-or-opaque',
  'classify:unknown-program-critical-target',
];

/** Every test and suite title in the repository. */
function titles(): string[] {
  const files = [...globSync('src/**/*.test.ts'), ...globSync('test/**/*.test.ts')];
  const out: string[] = [];
  const re = /\b(?:it|test|describe)(?:\.\w+)?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(re)) out.push(m[2]!);
  }
  return out;
}

it('every SECURITY.md rule and named invariant is cited by at least one test title', () => {
  const all = titles();
  const cited = (id: string) => all.some((t) => new RegExp(`(^|[^A-Za-z0-9:-])${id.replace(/[:-]/g, '\\$&')}($|[^A-Za-z0-9-])`).test(t));
  const missing = [...SECURITY_IDS, ...NAMED].filter((id) => !cited(id));
  assert.deepEqual(missing, [], `no test cites: ${missing.join(', ')}`);
});
