import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PortcullisError, type ActionFacts, type Agent, type Clock, type Human, type IdGenerator } from '../core/index.ts';
import { openAuditLog, verifyAudit } from '../audit/index.ts';
import { openSqliteStore } from '../store/sqlite/index.ts';
import { openPostgresStore } from '../store/postgres/index.ts';
import { PG_URL, uniqueSchema } from '../store/postgres/test-support.ts';
import type { Store } from '../store/index.ts';
import { createBrakeService, twoAdminShadowFor } from './index.ts';

const root = mkdtempSync(join(tmpdir(), 'portcullis-brakes-'));
after(() => rmSync(root, { recursive: true, force: true }));

const clock = (t = 1_700_000_000_000): Clock & { advance(ms: number): void } => ({ now: () => t, advance: (ms) => (t += ms) });
const ids = (): IdGenerator => {
  let n = 0;
  return { next: (p = '') => `${p}${++n}` };
};
const kiro: Agent = { kind: 'agent', id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' };
const alice: Human = { kind: 'human', id: 'alice', groups: ['sre'] };
const dana: Human = { kind: 'human', id: 'dana', groups: ['sre', 'admins'] };
const frank: Human = { kind: 'human', id: 'frank', groups: ['admins'] };
/** The runtime's rule in these tests: production (`prod-*`), unknown and global shadow take two admins. */
const twoAdminShadow = (env: string | null) => env === null || env.startsWith('prod');
const child: Agent = { ...kiro, id: 'kiro-sub', parent: 'kiro' };
const facts = (destructive: boolean): ActionFacts => ({ verbs: [destructive ? 'delete' : 'read'], destructive, targets: [], blastRadius: null, reversible: !destructive, confidence: 'parsed', findings: [], summary: 'x' });

let n = 0;
async function setup(opts: { budget?: number | null; store?: Store } = {}) {
  const store = opts.store ?? (await openSqliteStore({ file: join(root, `b${++n}.db`) }));
  const c = clock();
  let mono = 0;
  const audit = await openAuditLog({ store, clock: c, ids: ids() });
  const brakes = createBrakeService({ store, audit, clock: c, ids: ids(), budgetPerHour: opts.budget ?? null, monotonic: () => mono, twoAdminShadow });
  await brakes.start();
  brakes.stop(); // tests drive refresh() themselves
  return { store, audit, brakes, clock: c, tick: (ms: number) => (mono += ms) };
}

async function entries(store: Store) {
  return store.read(async (tx) => (await tx.auditRange(1, 1000)).map((r) => JSON.parse(r.body) as { type: string; actor: string; body: Record<string, unknown> }));
}

describe('brakes', () => {
  test('F3 a change is seen by the replica that made it at once, even with a poll in flight that read before the commit', async () => {
    const real = await openSqliteStore({ file: join(root, `b${++n}.db`) });
    // A poll's read runs now but answers only after the change's commit has returned (on the next turn of the event loop).
    let held: Promise<void> | null = null;
    let release = (): void => undefined;
    const store: Store = Object.assign(Object.create(real) as Store, {
      read: async <T>(fn: Parameters<Store['read']>[0]) => {
        const rows = (await real.read(fn)) as T;
        if (held) await held;
        return rows;
      },
      transaction: async <T>(fn: Parameters<Store['transaction']>[0]) => {
        const out = (await real.transaction(fn)) as T;
        setImmediate(release);
        return out;
      },
    });
    const { brakes } = await setup({ store });
    held = new Promise((r) => (release = () => { held = null; r(); }));
    const poll = brakes.refresh();
    await brakes.change({ kind: 'freeze', agent: 'kiro' }, alice, 'runaway loop');
    await poll;
    assert.equal((await brakes.check(kiro, facts(false)))?.code, 'kill_switch_engaged');
  });

  test('F3 the per-agent kill switch stops the agent and its sub-agents, and is audited', async () => {
    const { store, brakes } = await setup();
    assert.equal(await brakes.check(kiro, facts(false)), null);
    await brakes.change({ kind: 'freeze', agent: 'kiro' }, alice, 'runaway loop');
    assert.deepEqual(await brakes.check(kiro, facts(false)), { code: 'kill_switch_engaged', message: 'agent `kiro` is frozen (by human:alice: runaway loop)' });
    assert.deepEqual(await brakes.check(child, facts(false)), { code: 'kill_switch_engaged', message: 'agent `kiro` is frozen (by human:alice: runaway loop)' });
    assert.equal(await brakes.check({ ...kiro, id: 'other' }, facts(false)), null);
    await brakes.change({ kind: 'unfreeze', agent: 'kiro' }, dana, null);
    assert.equal(await brakes.check(kiro, facts(false)), null);
    const audited = (await entries(store)).filter((e) => e.type === 'brake_changed');
    assert.deepEqual(audited.map((e) => [e.actor, e.body.switch, e.body.on, e.body.reason]), [
      ['human:alice', 'agent:kiro', true, 'runaway loop'],
      ['human:dana', 'agent:kiro', false, null],
    ]);
    assert.equal((await verifyAudit(store)).ok, true);
    await store.close();
  });

  test('F3 the global kill switch stops every agent; state shows who engaged it', async () => {
    const { store, brakes } = await setup();
    await brakes.change({ kind: 'freeze_all' }, alice, 'incident 42');
    assert.deepEqual(await brakes.check({ ...kiro, id: 'anyone' }, facts(false)), { code: 'kill_switch_engaged', message: 'every agent is stopped by the global kill switch (engaged by human:alice: incident 42)' });
    const state = await brakes.state();
    assert.equal(state.global?.by, 'human:alice');
    assert.equal(brakes.frozen({ id: 'anyone' }), true);
    await brakes.change({ kind: 'unfreeze_all' }, dana, null);
    assert.equal(await brakes.check(kiro, facts(false)), null);
    assert.equal((await brakes.state()).global, null);
    await store.close();
  });

  test('F3 an agent can never switch a brake', async () => {
    const { store, brakes } = await setup();
    await assert.rejects(brakes.change({ kind: 'unfreeze_all' }, kiro, null), (e: unknown) => {
      assert.ok(e instanceof PortcullisError);
      assert.deepEqual([e.code, e.message, e.hint], ['permission_denied', '`agent:kiro` cannot change brakes', 'brakes are switched by active humans (F3)']);
      return true;
    });
    assert.equal((await entries(store)).filter((e) => e.type === 'brake_changed').length, 0);
    await store.close();
  });

  test('F3 only an admin releases a kill switch or turns shadow mode on, whichever door asks', async () => {
    const { store, brakes } = await setup();
    await brakes.change({ kind: 'freeze', agent: 'kiro' }, alice, null);
    for (const change of [{ kind: 'unfreeze', agent: 'kiro' }, { kind: 'unfreeze_all' }, { kind: 'shadow', environment: 'staging', on: true }] as const) {
      await assert.rejects(brakes.change(change, alice, null), (e: unknown) => {
        assert.ok(e instanceof PortcullisError);
        assert.deepEqual([e.code, e.message, e.hint], ['permission_denied', `\`alice\` may not ${change.kind === 'shadow' ? 'turn shadow mode on' : 'release a kill switch'}`, 'ask a member of `admins`']);
        return true;
      });
    }
    // turning shadow mode off only tightens: anyone may
    await brakes.change({ kind: 'shadow', environment: 'staging', on: false }, alice, null);
    await assert.rejects(brakes.change({ kind: 'freeze_all' }, { ...alice, revoked: true }, null), /cannot change brakes/);
    assert.deepEqual((await entries(store)).filter((e) => e.type === 'brake_changed').map((e) => e.actor), ['human:alice', 'human:alice']);
    await store.close();
  });

  test('budget: at most K destructive actions per agent per hour, then budget_exhausted', async () => {
    const { store, brakes, clock: c } = await setup({ budget: 2 });
    for (let i = 0; i < 2; i++) {
      assert.equal(await brakes.check(kiro, facts(true)), null);
      await brakes.spend(kiro, facts(true));
    }
    assert.deepEqual(await brakes.check(kiro, facts(true)), { code: 'budget_exhausted', message: 'agent `kiro` has used its budget of 2 destructive action(s) per hour' });
    // reads are not budgeted; other agents have their own budget
    assert.equal(await brakes.check(kiro, facts(false)), null);
    assert.equal(await brakes.check({ ...kiro, id: 'other' }, facts(true)), null);
    // the hard bound holds even if a racing decision passed check(): spend refuses the K+1th
    await assert.rejects(brakes.spend(kiro, facts(true)), /has used its budget of 2/);
    assert.deepEqual((await brakes.state()).spent, { kiro: 2 });
    c.advance(3_600_001);
    assert.equal(await brakes.check(kiro, facts(true)), null);
    await store.close();
  });

  test('shadow mode per environment or global; unknown environments are never shadowed per environment', async () => {
    const { store, brakes } = await setup();
    assert.equal(await brakes.shadow('staging'), false);
    await brakes.change({ kind: 'shadow', environment: 'staging', on: true }, dana, 'rollout');
    assert.equal(await brakes.shadow('staging'), true);
    assert.equal(await brakes.shadow('prod-cn-1'), false);
    assert.equal(await brakes.shadow(null), false);
    await assert.rejects(brakes.change({ kind: 'shadow', environment: null, on: true }, dana, null), /takes two admins/);
    await brakes.change({ kind: 'shadow', environment: null, on: true }, frank, null);
    assert.equal(await brakes.shadow(null), true);
    assert.deepEqual(Object.keys((await brakes.state()).shadow).sort(), ['*', 'staging']);
    await store.close();
  });

  test('F7 shadow mode on a production environment takes two distinct admins: one admin alone is refused and only records a request', async () => {
    const { store, brakes, clock: c } = await setup();
    const refusedAlone = (e: unknown) => {
      assert.ok(e instanceof PortcullisError);
      assert.equal(e.code, 'permission_denied');
      assert.equal(e.message, "turning shadow mode on for production environment `prod-cn-1` takes two admins: `dana`'s request is recorded, and shadow mode stays off until another admin confirms");
      assert.equal(e.hint, 'another member of `admins` makes the same change within 60 minutes (`portcullis brakes shadow on prod-cn-1`, or the brakes page) (F7)');
      return true;
    };
    const on = { kind: 'shadow', environment: 'prod-cn-1', on: true } as const;
    await assert.rejects(brakes.change(on, dana, 'new pack'), refusedAlone);
    assert.equal(await brakes.shadow('prod-cn-1'), false);
    // the same admin again is still one admin
    await assert.rejects(brakes.change(on, dana, 'new pack, really'), refusedAlone);
    assert.equal(await brakes.shadow('prod-cn-1'), false);
    assert.deepEqual((await brakes.state()).shadow, {});
    // status shows the request waiting for a second admin, with who asked and why
    const waiting = (await brakes.state()).shadowRequests;
    assert.deepEqual(Object.keys(waiting), ['prod-cn-1']);
    assert.deepEqual([waiting['prod-cn-1']!.by, waiting['prod-cn-1']!.reason], ['human:dana', 'new pack, really']);
    // a second admin too late: the request lapsed, theirs is a new first request
    c.advance(3_600_001);
    assert.deepEqual((await brakes.state()).shadowRequests, {}, "a lapsed request is not shown as waiting");
    await assert.rejects(brakes.change(on, frank, null), /`frank`'s request is recorded/);
    assert.equal(await brakes.shadow('prod-cn-1'), false);
    // now a second, distinct admin within the window turns it on
    await brakes.change(on, dana, 'confirming');
    assert.equal(await brakes.shadow('prod-cn-1'), true);
    // confirmed: no longer waiting
    assert.deepEqual((await brakes.state()).shadowRequests, {});
    const log = await entries(store);
    assert.deepEqual(log.filter((e) => e.type === 'brake_requested').map((e) => e.actor), ['human:dana', 'human:dana', 'human:frank']);
    const changed = log.filter((e) => e.type === 'brake_changed');
    assert.equal(changed.length, 1);
    assert.deepEqual([changed[0]!.actor, changed[0]!.body.requestedBy], ['human:dana', 'human:frank']);
    // off and on again: the used request does not count a second time
    await brakes.change({ ...on, on: false }, alice, null);
    await assert.rejects(brakes.change(on, frank, null), /takes two admins/);
    assert.equal(await brakes.shadow('prod-cn-1'), false);
    // a non-production environment needs one admin, as before
    await brakes.change({ kind: 'shadow', environment: 'staging', on: true }, dana, null);
    assert.equal(await brakes.shadow('staging'), true);
    assert.equal((await verifyAudit(store)).ok, true);
    await store.close();
  });

  test('F1 switches that could not be re-read for too long deny, they are never assumed off', async () => {
    const { store, brakes, tick } = await setup();
    // the store stops answering, and the snapshot grows old
    const down = new PortcullisError('store_unavailable', 'database is locked');
    const read = store.read.bind(store);
    store.read = () => Promise.reject(down);
    tick(2_001);
    await assert.rejects(brakes.check(kiro, facts(false)), (e: unknown) => {
      assert.ok(e instanceof PortcullisError);
      assert.deepEqual([e.code, e.message], ['store_unavailable', 'the brake switches could not be read for 2001 ms (database is locked)']);
      return true;
    });
    await assert.rejects(brakes.shadow('staging'), /could not be read for 2001 ms/);
    assert.equal(brakes.staleFor(), 2_001);
    // the store answers again: the next decision re-reads the switches itself, without waiting for a poll
    store.read = read;
    assert.equal(await brakes.check(kiro, facts(false)), null);
    assert.equal(brakes.staleFor(), null);
    await store.close();
    await assert.rejects(brakes.refresh());
  });

  test('F1 a snapshot left stale by a starved poll is re-read before a decision, never answered from and never denied for', async () => {
    const { store, brakes, tick } = await setup();
    await brakes.change({ kind: 'freeze_all' }, dana, 'incident');
    // another replica releases the switch; this one's poll timer never ran (a busy event loop)
    await store.transaction((tx) => tx.putBrakeSwitch({ key: 'global', on: false, by: 'frank', at: 1, reason: null }));
    tick(2_001);
    assert.equal(await brakes.check(kiro, facts(false)), null);
    assert.equal(brakes.staleFor(), null);
    await store.close();
  });

  test('bad switch names are refused before anything is written', async () => {
    const { store, brakes } = await setup();
    await assert.rejects(brakes.change({ kind: 'freeze', agent: 'Robert"); DROP' }, alice, null), /agent id `Robert"\); DROP` is not valid/);
    assert.deepEqual(await brakes.state(), { global: null, agents: {}, shadow: {}, shadowRequests: {}, budgetPerHour: null, spent: {}, freezeAfterDenials: { count: 5, windowMs: 600_000 }, denials: {} });
    await store.close();
  });

  test('a kill switch engaged through one PostgreSQL replica stops the other at its next poll', async () => {
    const schema = uniqueSchema('brk');
    const a = await openPostgresStore({ connectionString: PG_URL, schema });
    const b = await openPostgresStore({ connectionString: PG_URL, schema });
    try {
      const one = await setup({ store: a });
      const two = await setup({ store: b });
      await one.brakes.change({ kind: 'freeze', agent: 'kiro' }, alice, null);
      await two.brakes.refresh();
      assert.equal((await two.brakes.check(kiro, facts(false)))?.code, 'kill_switch_engaged');
    } finally {
      await a.dropSchema();
      await a.close();
      await b.close();
    }
  });
});


test('F7: shadow mode takes two admins on production-tier and unknown environments and globally, one elsewhere', () => {
  const twoAdmins = twoAdminShadowFor([{ name: 'prod-1', tier: 'production' }, { name: 'stage-1', tier: 'staging' }, { name: 'dev-1', tier: 'dev' }]);
  assert.equal(twoAdmins(null), true);
  assert.equal(twoAdmins('prod-1'), true);
  assert.equal(twoAdmins('nowhere'), true);
  assert.equal(twoAdmins('stage-1'), false);
  assert.equal(twoAdmins('dev-1'), false);
});
