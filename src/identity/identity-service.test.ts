import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { PortcullisError } from '../core/index.ts';
import { AGENTS, controlPlane, HUMANS, holdInput, type ControlPlane } from '../../test/helpers/control-plane.ts';
import { until } from '../../test/helpers/until.ts';
import type { Store, StoreTx } from '../store/index.ts';
import { openPostgresStore } from '../store/postgres/index.ts';
import { PG_URL, uniqueSchema } from '../store/postgres/test-support.ts';
import { createIdentityService, hashToken } from './index.ts';

async function failsWith(p: Promise<unknown>, code: string, message: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof PortcullisError);
    assert.deepEqual([e.code, e.message], [code, message]);
    return true;
  });
}

describe('identity', () => {
  let cp: ControlPlane;
  beforeEach(async () => (cp = await controlPlane()));
  afterEach(() => cp.dispose());

  test('tokens are random, shown once, stored only as their hash', async () => {
    const { token, principal } = await cp.identity.addHuman({ id: 'dana', groups: ['sre'] }, { kind: 'local' });
    assert.match(token, /^pct_h_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(principal, { kind: 'human', id: 'dana', groups: ['sre'], revoked: false });
    const row = await cp.store.read((tx) => tx.getPrincipal('dana'));
    assert.equal(row?.tokenHash, hashToken(token));
    const dump = JSON.stringify(await cp.store.read((tx) => tx.auditRange(1, 100)));
    assert.ok(!dump.includes(token), 'the token never reaches the audit log');
    const second = await cp.identity.addHuman({ id: 'erin' }, { kind: 'local' });
    assert.notEqual(second.token, token);
  });

  test('D2 a human token is refused on the agent channel and an agent token on the reviewer channel', async () => {
    const h = await cp.identity.addHuman({ id: 'alice2', groups: ['sre'] }, { kind: 'local' });
    const a = await cp.identity.addAgent({ id: 'kiro2', role: 'developer', operator: 'alice2' }, { kind: 'local' });
    assert.equal((await cp.identity.authenticate(h.token, 'reviewer')).id, 'alice2');
    assert.equal((await cp.identity.authenticate(a.token, 'agent')).id, 'kiro2');
    await failsWith(cp.identity.authenticate(h.token, 'agent'), 'auth_failed', 'human token presented on the agent channel');
    await failsWith(cp.identity.authenticate(a.token, 'reviewer'), 'auth_failed', 'agent token presented on the reviewer channel');
    await failsWith(cp.identity.authenticate(`${h.token.slice(0, -1)}${h.token.endsWith('A') ? 'B' : 'A'}`, 'reviewer'), 'auth_failed', 'token is not recognised');
    await failsWith(cp.identity.authenticate('hunter2', 'reviewer'), 'auth_failed', 'token is malformed');
  });

  test('D2 an agent can never mint credentials or revoke anyone', async () => {
    const kiro = (await cp.identity.agent('kiro'))!;
    await failsWith(cp.identity.addHuman({ id: 'x' }, kiro), 'auth_failed', 'agent `kiro` cannot change identities');
    await failsWith(cp.identity.addAgent({ id: 'y', role: 'admin', operator: 'olga' }, kiro), 'auth_failed', 'agent `kiro` cannot change identities');
    await failsWith(cp.identity.revoke('human', 'alice', kiro), 'auth_failed', 'agent `kiro` cannot change identities');
  });

  test('D4 revoking an operator blocks their agents at the next lookup and cancels their pending requests', async () => {
    const a = await cp.identity.addAgent({ id: 'kiro3', role: 'developer', operator: 'olga' }, { kind: 'local' });
    const sub = await cp.identity.addAgent({ id: 'kiro3-sub', role: 'developer', operator: 'olga', parent: 'kiro3' }, { kind: 'local' });
    const input = holdInput('terraform destroy');
    const { requestId } = await cp.approvals.hold(input);
    assert.equal((await cp.identity.agent('kiro'))?.revoked, false);
    const { cancelledRequests } = await cp.identity.revoke('human', 'olga', { kind: 'local' });
    assert.deepEqual(cancelledRequests, [requestId]);
    assert.equal((await cp.approvals.show(requestId)).status, 'cancelled');
    assert.equal((await cp.identity.agent('kiro'))?.revoked, true, 'config-declared agent of the revoked operator');
    assert.equal((await cp.identity.agent('kiro3-sub'))?.revoked, true);
    await failsWith(cp.identity.authenticate(a.token, 'agent'), 'auth_failed', 'agent `kiro3` is revoked');
    await failsWith(cp.identity.authenticate(sub.token, 'agent'), 'auth_failed', 'agent `kiro3-sub` is revoked');
  });

  test('D4 revoking a parent agent revokes its sub-agents; revoking a user kills their token at once', async () => {
    const h = await cp.identity.addHuman({ id: 'fred', groups: ['sre'] }, { kind: 'local' });
    await cp.identity.addAgent({ id: 'p1', role: 'developer', operator: 'fred' }, { kind: 'local' });
    await cp.identity.addAgent({ id: 'p1-child', role: 'developer', operator: 'fred', parent: 'p1' }, { kind: 'local' });
    await cp.identity.revoke('agent', 'p1', { kind: 'local' });
    assert.equal((await cp.identity.agent('p1-child'))?.revoked, true);
    await cp.identity.revoke('human', 'fred', { kind: 'local' });
    await failsWith(cp.identity.authenticate(h.token, 'reviewer'), 'auth_failed', 'token is not recognised');
  });

  test('list merges config and store; adding an agent needs an active operator', async () => {
    await cp.identity.addHuman({ id: 'alice' }, { kind: 'local' }).catch(() => undefined);
    const humans = await cp.identity.list('human');
    assert.deepEqual(humans.map((h) => [h.id, h.source, h.hasToken, h.groups.join(',')]), [
      ['alice', 'store', true, 'sre'], ['bob', 'config', false, 'sre'], ['carol', 'config', false, 'dev'], ['olga', 'config', false, 'dev,sre'],
    ]);
    await failsWith(cp.identity.addAgent({ id: 'z', role: 'dev', operator: 'nobody' }, { kind: 'local' }), 'principal_unknown', 'operator `nobody` is not a registered user');
    await failsWith(cp.identity.addHuman({ id: 'Bad Id' }, { kind: 'local' }), 'request_invalid', 'user id `Bad Id` is not valid');
  });
});

// The gateway's Directory reads (agent, operator, ancestors) are batched: lookups asked for while a
// read is out share the next one. Run on both stores (PostgreSQL: the real server).
for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`identity: batched directory reads (${backend})`, () => {
    let cp: ControlPlane;
    let schema = '';
    beforeEach(async () => {
      schema = uniqueSchema('idb');
      cp = await controlPlane(backend === 'postgres' ? { url: `${PG_URL}?schema=${schema}` } : {});
    });
    afterEach(async () => {
      await cp.dispose();
      if (backend === 'postgres') {
        const s = await openPostgresStore({ connectionString: PG_URL, schema });
        await s.dropSchema();
        await s.close();
      }
    });

    /** An identity service over cp's store whose reads, once run, wait for `release()` before answering. */
    function heldReads() {
      let release!: () => void;
      let gate = new Promise<void>((r) => (release = r));
      const reads: string[][] = [];
      const store: Store = Object.create(cp.store, {
        read: {
          value: async <T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> => {
            const out = await cp.store.read((tx) => fn(Object.create(tx, { principalsByIds: { value: (ids: readonly string[]) => (reads.push([...ids].sort()), tx.principalsByIds(ids)) } }) as StoreTx));
            await gate;
            return out;
          },
        },
      }) as Store;
      const identity = createIdentityService({ store, audit: cp.audit, clock: cp.clock, humans: HUMANS, agents: AGENTS });
      return {
        identity,
        reads,
        release: () => {
          release();
          gate = Promise.resolve();
        },
      };
    }

    test('D4 a revocation committed while a batched read is out is seen by every lookup asked for after it', async () => {
      const { identity, reads, release } = heldReads();
      const before = identity.agent('kiro'); // read out (kiro and its operator olga in one query), held
      await until(() => (reads.length === 1 ? true : undefined), 'the first batched read');
      await cp.identity.revoke('human', 'olga', { kind: 'local' });
      const after = identity.agent('kiro');
      const operator = identity.human('olga');
      release();
      assert.equal((await before)?.revoked, false, 'a lookup asked for before the revocation may answer from before it');
      assert.equal((await after)?.revoked, true, 'asked for after the revocation: revoked (D4)');
      assert.equal((await operator)?.revoked, true);
      assert.deepEqual(reads, [['kiro', 'olga'], ['kiro', 'olga']], 'the two later lookups shared one read');
    });

    test('lookups asked for while a read is out share the next one; each caller gets its own copy', async () => {
      await cp.identity.addHuman({ id: 'hana', groups: ['sre'] }, { kind: 'local' });
      await cp.identity.addAgent({ id: 'a1', role: 'developer', operator: 'hana' }, { kind: 'local' });
      await cp.identity.addAgent({ id: 'a1-sub', role: 'developer', operator: 'hana', parent: 'a1' }, { kind: 'local' });
      const { identity, reads, release } = heldReads();
      const first = identity.human('hana');
      await until(() => (reads.length === 1 ? true : undefined), 'the first batched read');
      const many = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? identity.agent('a1-sub') : identity.human('hana')));
      const unknown = identity.agent('nobody');
      release();
      const [h1, h2] = [await first, await many[1]];
      assert.deepEqual(h1, { kind: 'human', id: 'hana', groups: ['sre'], revoked: false });
      assert.notEqual(h1, h2);
      (h1 as { groups: string[] }).groups.push('admins');
      assert.deepEqual((h2 as { groups: string[] }).groups, ['sre'], 'a caller changing its answer changes no other caller\'s');
      for (const p of await Promise.all(many)) assert.equal(p?.revoked, false);
      assert.equal(await unknown, null);
      // one read for hana, one for everything asked while it was out, then the operator and the parent
      // of a1-sub (asked once a1-sub's row came back), then a1's operator: 4 reads for 22 lookups
      assert.deepEqual(reads.slice(0, 2), [['hana'], ['a1-sub', 'hana', 'nobody']]);
      assert.ok(reads.length <= 4, `${reads.length} reads: ${JSON.stringify(reads)}`);
    });

    test('D4 within one decision the operator read with the agent answers the operator lookup; the next decision reads again', async () => {
      const { identity, reads, release } = heldReads();
      release();
      const decision = () => identity.withinDecision(async () => [await identity.agent('kiro'), await identity.human('olga')] as const);
      const [agent, operator] = await decision();
      assert.deepEqual([agent?.revoked, operator?.revoked], [false, false]);
      assert.deepEqual(reads, [['kiro', 'olga']], 'one read for the agent and its operator, none for the gateway\'s operator lookup');
      await cp.identity.revoke('human', 'olga', { kind: 'local' });
      const [agent2, operator2] = await decision();
      assert.deepEqual([agent2?.revoked, operator2?.revoked], [true, true], 'a decision that begins after the revocation sees it (D4)');
      assert.equal(reads.length, 2);
      assert.equal((await identity.human('olga'))?.revoked, true, 'outside a decision nothing is remembered');
      assert.equal(reads.length, 3);
    });

    test('F1 a failed batched read fails every lookup in it (none is answered "unknown")', async () => {
      const broken: Store = Object.create(cp.store, { read: { value: () => Promise.reject(new PortcullisError('store_unavailable', 'down')) } }) as Store;
      const identity = createIdentityService({ store: broken, audit: cp.audit, clock: cp.clock, humans: HUMANS, agents: AGENTS });
      const results = await Promise.allSettled([identity.agent('kiro'), identity.human('olga'), identity.agent('nobody')]);
      assert.deepEqual(results.map((r) => r.status === 'rejected' && (r.reason as PortcullisError).code), ['store_unavailable', 'store_unavailable', 'store_unavailable']);
    });
  });
}
