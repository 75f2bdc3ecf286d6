/**
 * `describeAgentGate`: one suite for every implementation of the agent's door (`AgentGate`): the
 * in-process gate (what `portcullis exec`, `hook` and `mcp` use without `--server`), the remote gate
 * over HTTP with the agent's token (`--server URL`) and over the agent's Unix socket (`--socket
 * PATH`, `portcullis daemon`). A case that passes through one and fails through another is a
 * door-dependent difference, which ARCHITECTURE.md forbids.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { PortcullisError, type Action, type ActionContext } from '../../src/core/index.ts';
import type { AgentGate } from '../../src/gateway/index.ts';

export interface AgentGateFixture {
  /** The gate of `agent` (`kiro`, or `scout`: another deployer of dana's) through this door; MCP tools are asked about for server `infra`. */
  gate(agent: 'kiro' | 'scout'): AgentGate;
  /** Alice and Bob approve the request (its exact digest) through the control plane. */
  approve(requestId: string, digest: string): Promise<void>;
  /** The production context of the demo (kiro's home environment). */
  context: ActionContext;
  /** A12: this door has a daemon that stages input files (the agent's socket); the others refuse. */
  stages: boolean;
  /** A remote door whose server does not answer; none for the in-process gate. */
  down?: () => AgentGate;
  close(): Promise<void>;
}

/** A rejection's error, or 'resolved'. */
async function errorOf(p: Promise<unknown>): Promise<PortcullisError | 'resolved'> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof PortcullisError, `one error type through every door, got ${String(err)}`);
    return err;
  }
  return 'resolved';
}

let n = 0;
// A12: the manifest exists (test/fixtures), so each deploy binds its bytes; the field manager makes each one a new request.
const deploy = (): Action => ({ kind: 'shell', command: `kubectl --context prod-cn-1 apply -f deploy/payments.yaml --field-manager=agent-contract-${++n}` });

export function describeAgentGate(door: string, open: () => Promise<AgentGateFixture>): void {
  describe(`AgentGate contract: ${door}`, () => {
    async function withFixture(fn: (f: AgentGateFixture) => Promise<void>) {
      const f = await open();
      try {
        await fn(f);
      } finally {
        await f.close();
      }
    }

    test('F1 decide answers allow, deny and hold, each recorded (a decision id) with its reasons', () =>
      withFixture(async (f) => {
        const kiro = f.gate('kiro');
        const allowed = await kiro.decide({ kind: 'shell', command: 'ls -la' }, f.context);
        assert.equal(allowed.effect, 'allow');
        assert.ok(allowed.decisionId.length > 0);
        const denied = await kiro.decide({ kind: 'shell', command: 'terraform destroy -auto-approve' }, f.context);
        assert.equal(denied.effect, 'deny');
        assert.ok(denied.reasons.length > 0 && denied.reasons.every((r) => r.message.length > 0));
        const held = await kiro.decide(deploy(), f.context, 'ship the payments fix');
        assert.equal(held.effect, 'hold');
        assert.match(held.requestId ?? '', /^req_/);
        assert.equal(held.requiredApprovals, 2);
        assert.match(held.actionDigest, /^sha256:[0-9a-f]{64}$/);
        assert.ok(held.decisionId.length > 0);
      }));

    test('F1 F6 a malformed action never allows: a deny with its reason, or a coded PortcullisError', () =>
      withFixture(async (f) => {
        const bad = { kind: 'rm_rf_everything', path: '/' } as unknown as Action;
        let outcome: string;
        try {
          const d = await f.gate('kiro').decide(bad, f.context);
          assert.equal(d.effect, 'deny');
          assert.ok(d.reasons[0]!.message.length > 0);
          outcome = 'deny';
        } catch (err) {
          assert.ok(err instanceof PortcullisError, String(err));
          assert.equal(err.code, 'request_invalid');
          assert.match(err.message, /kind/);
          assert.doesNotMatch(err.message, /\n\s+at /, 'no stack trace in the message');
          outcome = 'error';
        }
        assert.ok(['deny', 'error'].includes(outcome));
      }));

    test('A6 requestStatus reads the agent\'s own held request and changes nothing', () =>
      withFixture(async (f) => {
        const kiro = f.gate('kiro');
        const held = await kiro.decide(deploy(), f.context);
        const id = held.requestId!;
        const first = await kiro.requestStatus(id);
        assert.deepEqual({ ...first, expiresAt: first.expiresAt > 0 }, { id, digest: held.actionDigest, status: 'pending', approvals: 0, required: 2, approverGroups: held.approverGroups, expiresAt: true });
        assert.deepEqual(await kiro.requestStatus(id), first, 'reading twice changes nothing');
      }));

    test('D1 another agent\'s request is refused exactly like one that does not exist (ids cannot be probed)', () =>
      withFixture(async (f) => {
        const held = await f.gate('kiro').decide(deploy(), f.context);
        const id = held.requestId!;
        const scout = f.gate('scout');
        const theirs = await errorOf(scout.requestStatus(id));
        const unknown = await errorOf(scout.requestStatus('req_does-not-exist'));
        assert.ok(theirs !== 'resolved' && unknown !== 'resolved');
        assert.deepEqual([theirs.code, theirs.message, theirs.hint], ['approval_not_found', `no request \`${id}\``, unknown.hint]);
        assert.deepEqual([unknown.code, unknown.message], ['approval_not_found', 'no request `req_does-not-exist`']);
        const report = await errorOf(scout.reportOutcome({ requestId: id, decisionId: held.decisionId, outcome: 'succeeded', exitCode: 0, adapter: 'exec' }));
        assert.ok(report !== 'resolved');
        assert.deepEqual([report.code, report.message], ['approval_not_found', `no request \`${id}\``]);
        // and kiro's request is untouched
        assert.equal((await f.gate('kiro').requestStatus(id)).status, 'pending');
      }));

    test('A6 L3 an approved request is consumed once by deciding again; its intent names it and its outcome is recorded once', () =>
      withFixture(async (f) => {
        const kiro = f.gate('kiro');
        const action = deploy();
        const held = await kiro.decide(action, f.context);
        const id = held.requestId!;
        await f.approve(id, held.actionDigest);
        assert.equal((await kiro.requestStatus(id)).status, 'approved', 'reading does not consume');
        const run = await kiro.decide(action, f.context);
        assert.deepEqual([run.effect, run.requestId], ['allow', id]);
        assert.equal((await kiro.requestStatus(id)).status, 'executing');
        assert.deepEqual(await kiro.recordIntent({ decisionId: run.decisionId, requestId: id, digest: run.actionDigest, argv: ['kubectl'], removed: [], injected: [] }), { id });
        await kiro.reportOutcome({ requestId: id, decisionId: run.decisionId, outcome: 'succeeded', exitCode: 0, adapter: 'exec' });
        assert.equal((await kiro.requestStatus(id)).status, 'succeeded');
        const again = await errorOf(kiro.reportOutcome({ requestId: id, decisionId: run.decisionId, outcome: 'failed', exitCode: 1, adapter: 'exec' }));
        assert.ok(again !== 'resolved');
        assert.equal(again.code, 'approval_refused');
        assert.equal((await kiro.requestStatus(id)).status, 'succeeded', 'the outcome cannot change');
      }));

    test('L3 a command allowed outright gets an intent id and its outcome is accepted', () =>
      withFixture(async (f) => {
        const kiro = f.gate('kiro');
        const d = await kiro.decide({ kind: 'shell', command: 'ls -la' }, f.context);
        const intent = await kiro.recordIntent({ decisionId: d.decisionId, requestId: null, digest: d.actionDigest, argv: ['ls', '-la'], removed: [], injected: [] });
        assert.ok(intent.id.length > 0);
        await kiro.reportOutcome({ requestId: null, decisionId: d.decisionId, intentId: intent.id, outcome: 'succeeded', exitCode: 0, signal: null, adapter: 'exec' });
      }));

    test('A12 stageInputs: where a daemon stands behind the door it writes only the approved bytes, else it is refused clearly', () =>
      withFixture(async (f) => {
        const kiro = f.gate('kiro');
        const approvedRun = async () => {
          const action = deploy();
          const held = await kiro.decide(action, f.context);
          await f.approve(held.requestId!, held.actionDigest);
          const run = await kiro.decide(action, f.context);
          assert.equal(run.effect, 'allow');
          assert.deepEqual(run.inputs?.map((i) => i.path), ['deploy/payments.yaml']);
          return run;
        };
        const bytes = new Uint8Array(readFileSync(join(f.context.cwd!, 'deploy/payments.yaml')));
        const run = await approvedRun();
        if (!f.stages) {
          const e = await errorOf(kiro.stageInputs(run.decisionId, [{ path: 'deploy/payments.yaml', bytes }]));
          assert.ok(e !== 'resolved');
          assert.equal(e.code, 'exec_staging_unavailable');
          assert.ok(e.hint && e.hint.length > 0);
          return;
        }
        // another agent cannot stage kiro's decision: answered like an unknown one
        const theirs = await errorOf(f.gate('scout').stageInputs(run.decisionId, [{ path: 'deploy/payments.yaml', bytes }]));
        assert.ok(theirs !== 'resolved');
        assert.equal(theirs.code, 'not_found');
        const staged = await kiro.stageInputs(run.decisionId, [{ path: 'deploy/payments.yaml', bytes }]);
        assert.equal(staged.files.length, 1);
        assert.deepEqual(new Uint8Array(readFileSync(staged.files[0]!.staged)), bytes);
        await kiro.releaseInputs(staged.stageId);
        assert.throws(() => readFileSync(staged.files[0]!.staged), { code: 'ENOENT' });
        // bytes that are not the approved ones are refused (the daemon hashes them itself)
        const next = await approvedRun();
        const swapped = new TextEncoder().encode('replicas: 0 # SWAPPED AFTER APPROVAL\n');
        const e = await errorOf(kiro.stageInputs(next.decisionId, [{ path: 'deploy/payments.yaml', bytes: swapped }]));
        assert.ok(e !== 'resolved');
        assert.equal(e.code, 'exec_input_changed');
        assert.match(e.message, /^`deploy\/payments\.yaml` changed since it was approved/);
      }));

    test('neverAllowed is true only for a tool policy forbids whatever the arguments', () =>
      withFixture(async (f) => {
        const kiro = f.gate('kiro');
        assert.equal(await kiro.neverAllowed('drop_database'), true);
        // denied with no arguments (opaque SQL, production), allowed or held with real ones: shown
        assert.equal(await kiro.neverAllowed('run_sql'), false);
        assert.equal(await kiro.neverAllowed('echo'), false);
        // the forbid names kiro only
        assert.equal(await f.gate('scout').neverAllowed('drop_database'), false);
      }));

    test('F1 F5 a server that does not answer is a coded PortcullisError, never a decision', async (t) => {
      const f = await open();
      try {
        if (!f.down) {
          t.skip('in-process: no server to lose');
          return;
        }
        const e = await errorOf(f.down().decide({ kind: 'shell', command: 'ls' }, f.context));
        assert.ok(e !== 'resolved');
        assert.equal(e.code, 'client_unreachable');
        assert.ok(e.hint && e.hint.length > 0);
      } finally {
        await f.close();
      }
    });
  });
}
