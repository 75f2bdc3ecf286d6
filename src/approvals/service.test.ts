import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { verifyAudit } from '../audit/index.ts';
import { PortcullisError, digestOf, type Agent, type Human } from '../core/index.ts';
import { controlPlane, envelope, holdInput, type ControlPlane } from '../../test/helpers/control-plane.ts';
import { openPostgresStore } from '../store/postgres/index.ts';
import { PG_URL, uniqueSchema } from '../store/postgres/test-support.ts';
import { untypedEntry } from '../../test/helpers/audit-entry.ts';

/** The service runs on both backends: SQLite in a temp dir, PostgreSQL in a throw-away schema. */
const BACKENDS: Array<[string, () => { url?: string; drop?: () => Promise<void> }]> = [
  ['sqlite', () => ({})],
  [
    'postgres',
    () => {
      const schema = uniqueSchema('a');
      return {
        url: `${PG_URL}?schema=${schema}`,
        drop: async () => {
          const s = await openPostgresStore({ connectionString: PG_URL, schema });
          await s.dropSchema();
          await s.close();
        },
      };
    },
  ],
];

const human = (id: string, groups: string[] = ['sre']): Human => ({ kind: 'human', id, groups });
const kiro: Agent = { kind: 'agent', id: 'kiro', role: 'developer', operator: 'olga', homeEnvironment: 'dev' };

async function refusedWith(p: Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof PortcullisError);
    assert.equal(e.code, 'approval_refused');
    assert.equal(e.message, message);
    return true;
  });
}

for (const [backend, backendFor] of BACKENDS) describe(`approval service (${backend})`, () => {
  let cp: ControlPlane;
  let drop: (() => Promise<void>) | undefined;
  const open = async (extra: Parameters<typeof controlPlane>[0] = {}) => {
    const b = backendFor();
    drop = b.drop;
    return controlPlane({ ...(b.url ? { url: b.url } : {}), ...extra });
  };
  beforeEach(async () => (cp = await open()));
  afterEach(async () => {
    const report = await verifyAudit(cp.store);
    assert.equal(report.ok, true, JSON.stringify(report));
    await cp.dispose();
    await drop?.();
  });

  async function approvedRequest(command = 'terraform apply prod') {
    const input = holdInput(command);
    const held = await cp.approvals.hold(input);
    assert.equal(held.status, 'pending');
    const id = held.requestId;
    await cp.approvals.approve(id, human('alice'), input.digest);
    const r = await cp.approvals.approve(id, human('bob'), input.digest);
    assert.equal(r.status, 'approved');
    return { input, id };
  }

  test('A1 a hold opens a request bound to the digest; the same digest matches it, a changed byte opens a new one', async () => {
    const a = await cp.approvals.hold(holdInput('rm -rf /srv/data'));
    assert.deepEqual(a, { status: 'pending', requestId: 'req_2', approvals: 0, required: 2, expiresAt: cp.clock.now() + 3_600_000 });
    assert.equal((await cp.approvals.hold(holdInput('rm -rf /srv/data'))).requestId, a.requestId);
    const b = await cp.approvals.hold(holdInput('rm -rf /srv/data2'));
    assert.notEqual(b.requestId, a.requestId);
    const view = await cp.approvals.show(a.requestId);
    assert.deepEqual(view.envelope, envelope('rm -rf /srv/data'));
    assert.equal(view.digest, digestOf(envelope('rm -rf /srv/data')));
  });

  test('A1 an approval naming another digest is refused', async () => {
    const held = await cp.approvals.hold(holdInput('drop table users'));
    const other = holdInput('drop table orders').digest;
    await refusedWith(cp.approvals.approve(held.requestId, human('alice'), other), `digest \`${other}\` is not the digest of request \`${held.requestId}\``);
  });

  test('A2 one human approving twice is counted once', async () => {
    const input = holdInput('kubectl delete ns payments');
    const { requestId } = await cp.approvals.hold(input);
    const first = await cp.approvals.approve(requestId, human('alice'), input.digest);
    const again = await cp.approvals.approve(requestId, human('alice'), input.digest);
    assert.deepEqual(first, { status: 'pending', requestId, approvals: 1, required: 2, alreadyCounted: false });
    assert.deepEqual(again, { status: 'pending', requestId, approvals: 1, required: 2, alreadyCounted: true });
    const held = await cp.approvals.hold(input);
    assert.equal(held.status === 'pending' && held.approvals, 1);
  });

  test('A3 the operator, the requesting agent, outsiders and unknown humans never count', async () => {
    const input = holdInput('terraform destroy');
    const { requestId } = await cp.approvals.hold(input);
    await refusedWith(cp.approvals.approve(requestId, human('olga'), input.digest), '`olga` is the operator of agent `kiro` and cannot approve its request');
    await refusedWith(cp.approvals.approve(requestId, human('carol', ['sre']), input.digest), '`carol` is not in the approver groups (`sre`)');
    await refusedWith(cp.approvals.approve(requestId, human('mallory'), input.digest), 'approver is not a registered human');
  });

  test('D2 an agent can never approve, reject or cancel', async () => {
    const input = holdInput('terraform destroy');
    const { requestId } = await cp.approvals.hold(input);
    await refusedWith(cp.approvals.approve(requestId, kiro, input.digest), 'agent `kiro` cannot approve');
    await refusedWith(cp.approvals.reject(requestId, kiro, 'no'), 'agent `kiro` cannot reject');
    await refusedWith(cp.approvals.cancel(requestId, kiro), 'agent `kiro` cannot cancel');
  });

  test('A3 eligibility is checked again at execution: a revoked approver no longer counts', async () => {
    const { input, id } = await approvedRequest();
    await cp.identity.revoke('human', 'bob', { kind: 'local' });
    const held = await cp.approvals.hold(input);
    assert.equal(held.status, 'pending');
    assert.notEqual(held.requestId, id);
    assert.equal((await cp.approvals.show(id)).status, 'cancelled');
  });

  test('A4 one eligible rejection ends the request; a retry of the same action is denied; a comment is required', async () => {
    const input = holdInput('git push --force origin main');
    const { requestId } = await cp.approvals.hold(input);
    await cp.approvals.approve(requestId, human('alice'), input.digest);
    await refusedWith(cp.approvals.reject(requestId, human('bob'), '  '), 'a rejection needs a comment');
    const view = await cp.approvals.reject(requestId, human('bob'), 'not during the freeze');
    assert.equal(view.status, 'denied');
    assert.deepEqual(view.rejections.map((r) => [r.human, r.comment]), [['bob', 'not during the freeze']]);
    assert.deepEqual(await cp.approvals.hold(input), { status: 'denied', requestId, reason: 'a reviewer rejected this exact action' });
    await refusedWith(cp.approvals.approve(requestId, human('carol', ['sre']), input.digest), `request \`${requestId}\` is denied`);
  });

  test('A5 a pending request expires after its TTL and cannot be approved; a clock jumping back does not revive it', async () => {
    const input = holdInput('aws s3 rb s3://prod --force');
    const { requestId } = await cp.approvals.hold(input);
    cp.clock.advance(3_600_000);
    await refusedWith(cp.approvals.approve(requestId, human('alice'), input.digest), `request \`${requestId}\` is expired`);
    cp.clock.advance(-7_200_000);
    await refusedWith(cp.approvals.approve(requestId, human('alice'), input.digest), `request \`${requestId}\` is expired`);
    const again = await cp.approvals.hold(input);
    assert.notEqual(again.requestId, requestId);
  });

  test('A5 the clock jumping back before anyone noticed the expiry still cannot revive it', async () => {
    const input = holdInput('aws s3 rb s3://prod2 --force');
    const { requestId } = await cp.approvals.hold(input);
    cp.clock.advance(3_600_000);
    await cp.audit.append(untypedEntry('decision', 'system', { unrelated: true })); // the log saw the later time
    cp.clock.advance(-3_000_000);
    await refusedWith(cp.approvals.approve(requestId, human('alice'), input.digest), `request \`${requestId}\` is expired`);
  });

  test('A5 an approved request not executed within the window expires', async () => {
    const { input, id } = await approvedRequest();
    cp.clock.advance(900_000);
    const held = await cp.approvals.hold(input);
    assert.equal(held.status, 'pending');
    assert.equal((await cp.approvals.show(id)).status, 'expired');
  });

  test('A6 the approval is consumed exactly once, also by concurrent retries', async () => {
    const { input, id } = await approvedRequest();
    const results = await Promise.all(Array.from({ length: 6 }, () => cp.approvals.hold(input)));
    const approved = results.filter((r) => r.status === 'approved');
    assert.deepEqual(approved, [{ status: 'approved', requestId: id, approvedBy: ['alice', 'bob'] }]);
    assert.ok(results.filter((r) => r.status === 'pending').every((r) => r.requestId !== id));
    assert.equal((await cp.approvals.show(id)).status, 'executing');
  });

  test('A7 a changed target fingerprint cancels the approval and opens a new request', async () => {
    const input = { ...holdInput('terraform apply plan.out'), targetFingerprint: 'serial:41' };
    const { requestId } = await cp.approvals.hold(input);
    await cp.approvals.approve(requestId, human('alice'), input.digest);
    await cp.approvals.approve(requestId, human('bob'), input.digest);
    const held = await cp.approvals.hold({ ...input, targetFingerprint: 'serial:42' });
    assert.equal(held.status, 'pending');
    assert.equal((await cp.approvals.show(requestId)).status, 'cancelled');
  });

  test('A8 a pending request keeps the stricter of the policy then and now', async () => {
    const input = holdInput('helm uninstall api', 2, ['sre']);
    const { requestId } = await cp.approvals.hold(input);
    const stricter = await cp.approvals.hold({ ...input, requiredApprovals: 3, policies: ['new-policy'] });
    assert.equal(stricter.status === 'pending' && stricter.required, 3);
    const looser = await cp.approvals.hold({ ...input, requiredApprovals: 1, approverGroups: [] });
    assert.equal(looser.status === 'pending' && looser.required, 3);
    const view = await cp.approvals.show(requestId);
    assert.deepEqual([view.required, view.approverGroups, view.policies], [3, ['sre'], ['new-policy', 'prod-needs-two']]);
  });

  test('A11 the solo profile lets the operator approve, and the audit entry says so', async () => {
    await cp.dispose();
    await drop?.();
    cp = await open({ approvals: { soloOperatorApproval: true } });
    const input = holdInput('terraform apply', 1);
    const { requestId } = await cp.approvals.hold(input);
    const r = await cp.approvals.approve(requestId, human('olga', ['dev']), input.digest);
    assert.equal(r.status, 'approved');
    const rows = await cp.store.read((tx) => tx.auditRange(1, 100));
    const entry = rows.find((x) => x.type === 'approval');
    assert.match(entry?.body ?? '', /"solo":"operator approved their own agent under the solo profile \(A11\)"/);
  });

  test('L2 L3 every step is audited in order: request, approvals, state changes, intent, outcome', async () => {
    const { input, id } = await approvedRequest();
    assert.equal((await cp.approvals.hold(input)).status, 'approved');
    await cp.approvals.reportOutcome(id, 'succeeded', 'agent:kiro');
    const types = (await cp.store.read((tx) => tx.auditRange(1, 100))).map((r) => r.type);
    assert.deepEqual(types, ['approval_request', 'approval', 'approval', 'request_state', 'request_state', 'execution_intent', 'request_state', 'execution_outcome']);
    assert.ok((await cp.store.read((tx) => tx.checkpoints())).length >= 1, 'L4 a checkpoint follows a held action');
  });

  test('L3 on restart an intent without an outcome becomes OUTCOME_UNKNOWN and is never retried', async () => {
    const { input, id } = await approvedRequest();
    assert.equal((await cp.approvals.hold(input)).status, 'approved');
    assert.deepEqual(await cp.approvals.recoverInterrupted(), [id]);
    assert.equal((await cp.approvals.show(id)).status, 'outcome_unknown');
    assert.equal((await cp.approvals.hold(input)).status, 'pending');
  });

  test('L3 recovery leaves alone what started executing less than --older-than ago', async () => {
    const { input, id } = await approvedRequest();
    assert.equal((await cp.approvals.hold(input)).status, 'approved');
    assert.deepEqual(await cp.approvals.recoverInterrupted(3_600_000, 'human:alice'), []);
    assert.equal((await cp.approvals.show(id)).status, 'executing');
    cp.clock.advance(3_600_000);
    assert.deepEqual(await cp.approvals.recoverInterrupted(3_600_000, 'human:alice'), [id]);
    const last = (await cp.store.read((tx) => tx.auditRange(1, 1000))).at(-1)!;
    assert.equal(last.actor, 'human:alice');
    assert.equal(JSON.parse(last.body).body.outcome, 'outcome_unknown');
  });

  test('L3 an execution holds a lease: renewals extend it; once it runs out the request is OUTCOME_UNKNOWN, audited as its own entry, never run again', async () => {
    await cp.dispose();
    await drop?.();
    cp = await open({ approvals: { executionLeaseMs: 60_000 } });
    const { input, id } = await approvedRequest();
    const start = cp.clock.now();
    assert.equal((await cp.approvals.hold(input)).status, 'approved');
    assert.equal((await cp.approvals.show(id)).leaseUntil, start + 60_000);
    // the executor renews within the lease: it moves with the clock and the request keeps executing
    cp.clock.advance(40_000);
    assert.deepEqual(await cp.approvals.renewLease(id), { leaseUntil: start + 100_000, leaseMs: 60_000 });
    cp.clock.advance(40_000);
    assert.deepEqual(await cp.approvals.expireDue(), []);
    assert.equal((await cp.approvals.show(id)).status, 'executing');
    // the executor dies: no renewal, and the lease runs out
    cp.clock.advance(20_000);
    await cp.approvals.expireDue();
    const q = await cp.approvals.show(id);
    assert.equal(q.status, 'outcome_unknown');
    assert.equal(q.leaseUntil, null);
    const rows = await cp.store.read((tx) => tx.auditRange(1, 1000));
    const lapsed = rows.filter((r) => r.type === 'execution_lease_expired');
    assert.equal(lapsed.length, 1);
    assert.deepEqual(JSON.parse(lapsed[0]!.body).body, { requestId: id, digest: input.digest, agent: 'kiro', leaseUntil: start + 100_000, outcome: 'outcome_unknown' });
    // never revived, never reported late, never executed again: the same action is a new request
    await refusedWith(cp.approvals.renewLease(id), `request \`${id}\` is outcome_unknown: only an executing request has a lease to renew`);
    await refusedWith(cp.approvals.reportOutcome(id, 'succeeded', 'agent:kiro'), `request \`${id}\` is outcome_unknown: its execution lease ran out before an outcome was reported`);
    const again = await cp.approvals.hold(input);
    assert.equal(again.status, 'pending');
    assert.notEqual(again.requestId, id);
    assert.equal(rows.filter((r) => r.type === 'execution_intent').length, 1);
  });

  test('L3 a lease that ran out is never renewed, even before the sweep records it; a report or renewal records it first', async () => {
    await cp.dispose();
    await drop?.();
    cp = await open({ approvals: { executionLeaseMs: 1_000 } });
    const { input, id } = await approvedRequest();
    assert.equal((await cp.approvals.hold(input)).status, 'approved');
    cp.clock.advance(1_000);
    await refusedWith(cp.approvals.renewLease(id), `request \`${id}\` is outcome_unknown: only an executing request has a lease to renew`);
    assert.equal((await cp.approvals.show(id)).status, 'outcome_unknown');
    const types = (await cp.store.read((tx) => tx.auditRange(1, 1000))).map((r) => r.type);
    assert.equal(types.filter((t) => t === 'execution_lease_expired').length, 1);
  });

  test('L3 an outcome reported within the lease ends it', async () => {
    const { input, id } = await approvedRequest();
    assert.equal((await cp.approvals.hold(input)).status, 'approved');
    await cp.approvals.reportOutcome(id, 'succeeded', 'agent:kiro');
    assert.equal((await cp.approvals.show(id)).leaseUntil, null);
    cp.clock.advance(24 * 3_600_000);
    await cp.approvals.expireDue();
    assert.equal((await cp.approvals.show(id)).status, 'succeeded');
  });

  test('A10 approvals racing at the threshold give exactly one transition', async () => {
    const input = holdInput('kubectl drain node-1', 2);
    const { requestId } = await cp.approvals.hold(input);
    const results = await Promise.all(['alice', 'bob', 'olga', 'carol'].map((h) => cp.approvals.approve(requestId, human(h, ['sre']), input.digest).catch((e: PortcullisError) => e.code)));
    assert.equal(results.filter((r) => typeof r === 'object' && r.status === 'approved').length, 1);
    const states = (await cp.store.read((tx) => tx.auditRange(1, 100))).filter((r) => r.type === 'request_state');
    assert.equal(states.length, 1);
  });
});

describe('F4 break-glass (sqlite)', () => {
  let cp: ControlPlane;
  beforeEach(async () => (cp = await controlPlane({ approvals: { breakGlassGroup: 'sre' } })));
  afterEach(async () => {
    assert.equal((await verifyAudit(cp.store)).ok, true);
    await cp.dispose();
  });

  test('F4 one admin who is not the operator releases a held request alone: once, for that digest, loudly audited', async () => {
    const input = holdInput('terraform apply -target=module.db prod');
    const held = await cp.approvals.hold(input);
    assert.equal(held.status, 'pending');
    const view = await cp.approvals.breakGlass(held.requestId, human('alice'), input.digest, 'database outage, bob unreachable');
    assert.equal(view.status, 'approved');
    assert.deepEqual(view.breakGlass.map((b) => [b.human, b.comment]), [['alice', 'database outage, bob unreachable']]);
    const run = await cp.approvals.hold(input);
    assert.equal(run.status, 'approved');
    assert.deepEqual(run.status === 'approved' && run.approvedBy, ['alice']);
    assert.equal((await cp.approvals.hold(input)).status, 'pending', 'single use (A6)');
    const rows = await cp.store.read((tx) => tx.auditRange(1, 1000));
    const glass = rows.map((r) => JSON.parse(r.body) as { type: string; body: Record<string, unknown> }).filter((e) => e.type === 'break_glass');
    assert.equal(glass.length, 1);
    assert.equal(glass[0]!.body['warning'], 'the two-person rule was bypassed by break-glass');
    assert.equal(glass[0]!.body['reason'], 'database outage, bob unreachable');
  });

  test('F4 D2 A3 break-glass is refused to agents, to the operator, outside the group, without a reason, for another digest', async () => {
    const input = holdInput('helm uninstall payments');
    const { requestId } = await cp.approvals.hold(input);
    await refusedWith(cp.approvals.breakGlass(requestId, kiro, input.digest, 'x'), 'agent `kiro` cannot break glass');
    await refusedWith(cp.approvals.breakGlass(requestId, human('olga', ['sre']), input.digest, 'x'), '`olga` is the operator of agent `kiro` and cannot release its request alone');
    await refusedWith(cp.approvals.breakGlass(requestId, human('carol', ['dev']), input.digest, 'x'), '`carol` is not in the break-glass group `sre`');
    await refusedWith(cp.approvals.breakGlass(requestId, human('alice'), input.digest, '  '), 'break-glass needs a reason');
    await refusedWith(cp.approvals.breakGlass(requestId, human('alice'), 'sha256:other', 'x'), `digest \`sha256:other\` is not the digest of request \`${requestId}\``);
    assert.equal((await cp.approvals.show(requestId)).status, 'pending');
  });

  test('F4 a revoked break-glass human no longer releases the request at execution', async () => {
    const input = holdInput('kubectl delete deployment api');
    const { requestId } = await cp.approvals.hold(input);
    await cp.approvals.breakGlass(requestId, human('alice'), input.digest, 'outage');
    await cp.identity.revoke('human', 'alice', { kind: 'local' });
    const r = await cp.approvals.hold(input);
    assert.equal(r.status, 'pending', 'the released request was cancelled and a new one opened');
    assert.equal((await cp.approvals.show(requestId)).status, 'cancelled');
  });

  test('F4 break-glass is off unless a group is configured', async () => {
    const off = await controlPlane();
    try {
      const input = holdInput('rm -rf /srv/data');
      const { requestId } = await off.approvals.hold(input);
      await refusedWith(off.approvals.breakGlass(requestId, human('alice'), input.digest, 'x'), 'break-glass is not enabled');
    } finally {
      await off.dispose();
    }
  });
});
