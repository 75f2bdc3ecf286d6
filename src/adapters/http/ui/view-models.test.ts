import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditRow, brakesView, shadowRow, verification } from './view-models.ts';
import { AUDIT_KINDS } from '../../../gateway/index.ts';

const entry = (type: string, body: Record<string, unknown>) => ({ seq: 7, id: 'aud_7', ts: 1000, type, actor: 'agent:kiro', body: body as never });

test('audit rows: decisions show the summary, effect and non-allow reason codes; votes their comments', () => {
  assert.deepEqual(auditRow(entry('decision', { effect: 'deny', facts: { summary: 'shell: ls' }, reasons: [{ code: 'kill_switch_engaged', message: 'x' }] })), {
    seq: 7, id: 'aud_7', ts: 1000, type: 'decision', actor: 'agent:kiro', summary: 'shell: ls — kill_switch_engaged', effect: 'deny', requestId: null, mcpSession: null,
  });
  assert.equal(auditRow(entry('decision', { effect: 'allow', action: { kind: 'shell', command: 'ls' }, facts: null, shadow: { wouldBe: 'deny' } })).summary, 'ls (shadow: would deny)');
  assert.equal(auditRow(entry('decision', { effect: 'maybe' })).effect, null);
  assert.equal(auditRow(entry('rejection', { requestId: 'r1', comment: 'no' })).summary, 'rejected r1: “no”');
  assert.equal(auditRow(entry('request_state', { requestId: 'r1', from: 'pending', to: 'denied', reason: 'rejected' })).summary, 'r1: pending → denied (rejected)');
  assert.equal(auditRow(entry('brake_changed', { switch: 'global', on: true, reason: null })).summary, 'global on');
  assert.equal(auditRow(entry('identity_changed', { op: 'add', kind: 'human', id: 'bob' })).summary, 'add human bob');
  assert.equal(auditRow(entry('something_new', { a: 1, b: 2 })).summary, 'a, b');
});

test('verification: a failed chain names its first bad position (L5)', () => {
  assert.deepEqual(verification({ ok: false, size: 9, position: 4, problem: 'chain hash mismatch', checkedAt: 0 }), {
    status: 'failed', entries: 9, checkpoint: null, firstBad: { seq: 4, problem: 'chain hash mismatch' }, message: '',
  });
  assert.equal(verification({ ok: true, size: 9, root: 'abc', checkpoints: 1, anchoredSize: 8, checkedAt: 0 }).message, '1 signed checkpoint, the newest covering 8 entries; root abc.');
});

test('brakes: only switches that are on count as engaged', () => {
  const off = { on: false, by: 'dana', at: 1, reason: null };
  const on = { on: true, by: 'alice', at: 2, reason: null };
  assert.deepEqual(brakesView({ global: off, agents: { kiro: on, bot: off }, shadow: { '*': off, staging: on }, shadowRequests: { production: { on: true, by: 'human:alice', at: 3, reason: 'trial' } }, budgetPerHour: null, spent: {}, freezeAfterDenials: null, denials: {} }, ['kiro', 'bot']), {
    global: { engaged: false, since: null, by: null, reason: null },
    frozen: [{ agent: 'kiro', since: 2, by: 'alice', reason: null }],
    agents: ['kiro', 'bot'],
    shadow: { global: false, environments: ['staging'] },
    shadowRequests: [{ environment: 'production', since: 3, by: 'human:alice', reason: 'trial' }],
  });
  assert.deepEqual(shadowRow({ seq: 3, ts: 5, agent: 'kiro', wouldBe: 'deny', summary: 's', environments: [null, 'staging'], reasons: ['policy_forbid'], reasonMessages: [], tiers: {} }).environments, ['unknown', 'staging']);
});

test('audit rows: every kind has its own summary; a kind from an older log falls back to its body keys', () => {
  assert.equal(auditRow(entry('break_glass', { requestId: 'r1', human: 'frank', reason: 'outage' })).summary, 'BREAK-GLASS r1 by frank: “outage”');
  assert.equal(auditRow(entry('execution_lease_expired', { requestId: 'r1', outcome: 'outcome_unknown' })).summary, 'r1: execution lease ran out, outcome unknown');
  assert.equal(auditRow(entry('brake_requested', { switch: 'shadow:prod', on: true, reason: 'pack', needs: 'a second admin' })).summary, 'shadow:prod on requested: pack; needs a second admin');
  assert.equal(auditRow(entry('clock_step', { stepMs: -5000 })).summary, 'clock stepped -5000 ms');
  assert.equal(auditRow(entry('policy_loaded', { hash: 'abc' })).summary, 'hash abc');
  for (const kind of AUDIT_KINDS) assert.equal(typeof auditRow(entry(kind, {})).summary, 'string', kind);
  assert.equal(auditRow(entry('config_loaded', { hash: 'x', file: 'y' })).summary, 'hash, file');
});
