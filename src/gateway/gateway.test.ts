import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { ActionFacts, Agent, Human, Inventory } from '../core/index.ts';
import { PortcullisError } from '../core/index.ts';
import { verifyAudit } from '../audit/index.ts';
import { openStore, type OpenedStore } from '../runtime/store.ts';
import type { Classifier } from '../classify/index.ts';
import { createGateway, type GatewayOptions } from './index.ts';
import { engineWith, facts, target } from '../../test/helpers/policy.ts';
import { counterIds, fakeClock, type FakeClock } from '../../test/helpers/control-plane.ts';

const humans: Human[] = [
  { kind: 'human', id: 'dana', groups: ['admins'] },
  { kind: 'human', id: 'alice', groups: ['approvers', 'sre'] },
  { kind: 'human', id: 'bob', groups: ['approvers', 'sre'] },
  { kind: 'human', id: 'eve', groups: ['engineers'] },
];
const agents: Agent[] = [
  { kind: 'agent', id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' },
  { kind: 'agent', id: 'intern', role: 'deployer', operator: 'eve', homeEnvironment: 'dev' },
];
const inventory: Inventory = {
  environments: [
    { name: 'prod-cn-1', tier: 'production', tags: [], match: {} },
    { name: 'prod-eu-1', tier: 'production', tags: [], match: {} },
    { name: 'dev', tier: 'dev', tags: [], match: {} },
  ],
  unknownTier: 'production',
  controlPlanePaths: [],
};

/** Facts per command, so each test controls exactly what the gateway sees. */
const SCRIPT: Record<string, ActionFacts> = {
  'ls': facts(['read'], [target('dev')]),
  'deploy eu': facts(['deploy'], [target('prod-eu-1')], { destructive: false }),
  'destroy home': facts(['delete'], [target('prod-cn-1')]),
};
const scripted: Classifier = {
  classify(action) {
    const f = action.kind === 'shell' ? SCRIPT[action.command] : undefined;
    if (!f) throw new Error(`no scripted facts for this action`);
    return f;
  },
};

describe('gateway.decide()', () => {
  let dir: string;
  let opened: OpenedStore;
  let clock: FakeClock;
  let options: GatewayOptions;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portcullis-gw-'));
    clock = fakeClock();
    opened = await openStore('sqlite:./p.db', { baseDir: dir, clock, ids: counterIds(), humans, agents, checkpointEvery: 1000, checkpointIntervalMs: 3_600_000 });
    const engine = engineWith();
    options = { classifier: scripted, engine: () => engine, inventory, directory: opened.identity, audit: opened.audit, approvals: opened.approvals, clock, ids: counterIds() };
  });
  afterEach(async () => {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const shell = (command: string, agentId = 'kiro') => ({ agentId, action: { kind: 'shell' as const, command }, context: { cwd: '/srv' } });

  it('audit:append-before-answer: every decision names the audit entry that recorded it', async () => {
    const gw = createGateway(options);
    const d = await gw.decide(shell('ls'));
    assert.equal(d.effect, 'allow');
    assert.notEqual(d.decisionId, '');
    const rows = await opened.store.read((tx) => tx.auditRange(1, 100));
    const entry = rows.find((r) => r.id === d.decisionId);
    assert.ok(entry, 'the decision id is an audit entry');
    const body = JSON.parse(entry.body) as { type: string; body: { effect: string; actionDigest: string } };
    assert.equal(body.type, 'decision');
    assert.equal(body.body.effect, 'allow');
    assert.equal(body.body.actionDigest, d.actionDigest);
    assert.equal((await verifyAudit(opened.store)).ok, true);
  });

  it('L2: when the audit append fails, the answer is deny and says why', async () => {
    const gw = createGateway({ ...options, audit: { append: () => Promise.reject(new PortcullisError('store_unavailable', 'database is locked')) } });
    const d = await gw.decide(shell('ls'));
    assert.equal(d.effect, 'deny');
    assert.equal(d.decisionId, '');
    assert.deepEqual(d.reasons, [{ code: 'store_unavailable', message: 'the audit log could not record this decision (database is locked); denied' }]);
  });

  it('F1: a classifier crash is an audited deny with its code', async () => {
    const gw = createGateway(options);
    const d = await gw.decide(shell('something unscripted'));
    assert.equal(d.effect, 'deny');
    assert.deepEqual(d.reasons, [{ code: 'classify_failed', message: 'the classifier failed on this action: no scripted facts for this action' }]);
    assert.notEqual(d.decisionId, '');
  });

  it('F2: with no policy set loaded, everything is denied', async () => {
    const gw = createGateway({ ...options, engine: () => null });
    const d = await gw.decide(shell('ls'));
    assert.equal(d.effect, 'deny');
    assert.deepEqual(d.reasons, [{ code: 'policy_not_loaded', message: 'no policy set is loaded' }]);
  });

  it('F5: a port that does not answer in time is a deny', async () => {
    const gw = createGateway({ ...options, portTimeoutMs: 20, directory: { agent: () => new Promise(() => {}), human: () => new Promise(() => {}) } });
    const d = await gw.decide(shell('ls'));
    assert.equal(d.effect, 'deny');
    assert.deepEqual(d.reasons, [{ code: 'store_unavailable', message: 'directory did not answer within 20 ms' }]);
  });

  it('denies an unknown agent, naming it', async () => {
    const d = await createGateway(options).decide(shell('ls', 'mallory'));
    assert.equal(d.effect, 'deny');
    assert.deepEqual(d.reasons, [{ code: 'principal_unknown', message: 'unknown agent `mallory`' }]);
  });

  it('D4: revoking the operator blocks the agent at the next decision', async () => {
    const gw = createGateway(options);
    assert.equal((await gw.decide(shell('ls'))).effect, 'allow');
    await opened.identity.revoke('human', 'dana', { kind: 'local' });
    const d = await gw.decide(shell('ls'));
    assert.equal(d.effect, 'deny');
    assert.equal(d.reasons[0]!.code, 'principal_revoked');
  });

  it('denies the operator-lacks-right case end to end', async () => {
    const d = await createGateway(options).decide(shell('deploy eu', 'intern'));
    assert.equal(d.effect, 'deny');
    assert.equal(d.reasons[0]!.code, 'operator_lacks_right');
  });

  it('D10: only policy denials are told to the brakes; a failure of the gate, a kill switch, an allow or a hold is not', async () => {
    const told: string[][] = [];
    let stop = false;
    const brakes = {
      check: async () => (stop ? { code: 'kill_switch_engaged' as const, message: 'frozen' } : null),
      spend: async () => undefined,
      shadow: async () => false,
      recordDenial: async (_a: Agent, codes: readonly string[]) => (told.push([...codes]), false),
    };
    const gw = createGateway({ ...options, brakes });
    assert.equal((await gw.decide(shell('deploy eu', 'intern'))).effect, 'deny');
    assert.deepEqual(told, [['operator_lacks_right']]);
    assert.equal((await gw.decide(shell('ls'))).effect, 'allow');
    assert.equal((await gw.decide(shell('something unscripted'))).reasons[0]!.code, 'classify_failed');
    assert.equal((await gw.decide(shell('ls', 'mallory'))).reasons[0]!.code, 'principal_unknown');
    assert.equal((await createGateway({ ...options, brakes, engine: () => null }).decide(shell('deploy eu', 'intern'))).reasons[0]!.code, 'policy_not_loaded');
    const noStore = createGateway({ ...options, brakes, approvals: { hold: () => Promise.reject(new PortcullisError('store_unavailable', 'gone')) } });
    assert.equal((await gw.decide(shell('deploy eu'))).effect, 'hold');
    assert.equal((await noStore.decide(shell('deploy eu'))).reasons[0]!.code, 'store_unavailable');
    assert.deepEqual(told, [['operator_lacks_right']]);
    assert.equal((await gw.decide(shell('destroy home'))).effect, 'deny');
    assert.equal(told.length, 2, 'a never-rule forbid is a policy denial too');
    stop = true;
    assert.equal((await gw.decide(shell('deploy eu', 'intern'))).reasons[0]!.code, 'kill_switch_engaged');
    assert.equal(told.length, 2, 'nothing but the policy denials was counted');
  });

  it('A1/A6: a held action is allowed exactly once after two approvals of that exact digest', async () => {
    const gw = createGateway(options);
    const held = await gw.decide(shell('deploy eu'));
    assert.equal(held.effect, 'hold');
    assert.equal(held.requiredApprovals, 2);
    assert.ok(held.requestId);
    const again = await gw.decide(shell('deploy eu'));
    assert.equal(again.effect, 'hold');
    assert.equal(again.requestId, held.requestId, 'the same action matches the same request');

    const alice = humans[1]!;
    const bob = humans[2]!;
    await opened.approvals.approve(held.requestId!, alice, held.actionDigest);
    await opened.approvals.approve(held.requestId!, bob, held.actionDigest);

    const allowed = await gw.decide(shell('deploy eu'));
    assert.equal(allowed.effect, 'allow');
    assert.equal(allowed.reasons[0]!.code, 'approvals_satisfied');
    const next = await gw.decide(shell('deploy eu'));
    assert.equal(next.effect, 'hold', 'the approval was consumed');
    assert.notEqual(next.requestId, held.requestId);
  });

  it('a final forbid is not softened by any approval flow', async () => {
    const d = await createGateway(options).decide(shell('destroy home'));
    assert.equal(d.effect, 'deny');
    assert.deepEqual(d.policies, ['agent-never-destroys-home-environment']);
    assert.equal(d.requestId, undefined);
  });
});
