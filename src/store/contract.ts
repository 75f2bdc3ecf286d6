import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PortcullisError } from '../core/index.ts';
import type { AuditRow, PrincipalRow, RequestRow, Store } from './types.ts';

/** What a backend's test provides to the contract suite. */
export interface StoreHarness {
  /** Opens (or reopens) the same store. */
  open(): Promise<Store>;
  /** Runs raw SQL on the store's tables, as an attacker with database access could. */
  raw(sql: string): Promise<void>;
  /** Tries to open a store whose backend cannot be reached. */
  openUnavailable(): Promise<Store>;
  cleanup(): Promise<void>;
}

const auditRow = (seq: number): AuditRow => ({ seq, id: `aud_${seq}`, ts: 1000 + seq, type: 'decision', actor: 'system', body: `{"seq":${seq}}`, leaf: 'a'.repeat(64), chain: 'b'.repeat(64) });

export const requestRow = (id: string, digest: string, status = 'pending'): RequestRow => ({
  id, digest, status, envelope: '{}', facts: '{}', required: 2, approverGroups: ['sre'], policies: ['p1'], agent: 'kiro', operator: 'olga',
  fingerprint: null, createdAt: 1000, expiresAt: 2000, approvedAt: null, executeBy: null, leaseUntil: null, updatedAt: 1000, version: 1,
});

const principalRow = (id: string, hash: string | null): PrincipalRow => ({
  id, kind: 'human', name: null, groups: ['sre'], role: null, operator: null, homeEnvironment: null, parent: null, tokenHash: hash, createdAt: 1, revokedAt: null,
});

async function rejectsWith(p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof PortcullisError, `expected a PortcullisError, got ${String(err)}`);
    assert.equal(err.code, code);
    return true;
  });
}

/** Every obligation of `Store` (store/types.ts), run against one backend. */
export function describeStoreContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`store contract: ${name}`, () => {
    let h: StoreHarness;
    let store: Store;
    before(async () => {
      h = await makeHarness();
      store = await h.open();
    });
    after(async () => {
      await store?.close();
      await h?.cleanup();
    });

    test('migrations run on open and are idempotent on reopen', async () => {
      assert.equal(store.schemaVersion, 4);
      const again = await h.open();
      assert.equal(again.schemaVersion, 4);
      await again.close();
    });

    test('L1 audit sequence is dense: a gap or a replayed seq is refused', async () => {
      await rejectsWith(store.transaction((tx) => tx.auditInsert([auditRow(2)])), 'store_conflict');
      await store.transaction((tx) => tx.auditInsert([auditRow(1), auditRow(2)]));
      await rejectsWith(store.transaction((tx) => tx.auditInsert([auditRow(2)])), 'store_conflict');
      assert.deepEqual(await store.read((tx) => tx.auditHead()), { seq: 2, ts: 1002, chain: 'b'.repeat(64) });
      assert.deepEqual((await store.read((tx) => tx.auditRange(2, 10))).map((r) => r.seq), [2]);
    });

    test('L2 a failed transaction leaves nothing behind', async () => {
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.auditInsert([auditRow(3)]);
          await tx.insertRequest(requestRow('req_rollback', 'sha256:rollback'));
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal((await store.read((tx) => tx.auditHead()))?.seq, 2);
      assert.equal(await store.read((tx) => tx.getRequest('req_rollback')), null);
    });

    test('L6 concurrent write transactions serialise: every seq taken once, none skipped', async () => {
      const start = (await store.read((tx) => tx.auditHead()))?.seq ?? 0;
      await Promise.all(
        Array.from({ length: 20 }, () =>
          store.transaction(async (tx) => {
            const head = await tx.auditHead();
            await new Promise((r) => setImmediate(r));
            await tx.auditInsert([auditRow((head?.seq ?? 0) + 1)]);
          }),
        ),
      );
      const rows = await store.read((tx) => tx.auditRange(1, 1000));
      assert.deepEqual(rows.map((r) => r.seq), Array.from({ length: start + 20 }, (_, i) => i + 1));
    });

    test('L1 audit rows are append-only: UPDATE and DELETE are rejected by the store itself', async () => {
      await assert.rejects(h.raw("UPDATE audit SET actor = 'mallory' WHERE seq = 1"), /append-only/);
      await assert.rejects(h.raw('DELETE FROM audit WHERE seq = 1'), /append-only/);
      assert.equal((await store.read((tx) => tx.auditRange(1, 1)))[0]?.actor, 'system');
    });

    test('L9 databaseNow is the database clock (whole ms, not running back between calls), or null on a store without one', async () => {
      const first = await store.read((tx) => tx.databaseNow());
      const second = await store.transaction((tx) => tx.databaseNow());
      assert.equal(first === null, second === null);
      if (first !== null) {
        assert.ok(Number.isSafeInteger(first) && Number.isSafeInteger(second), `${first} ${second}`);
        assert.ok(second! >= first, `${second} >= ${first}`);
      }
    });

    test('reads refuse writes', async () => {
      await assert.rejects(store.read((tx) => tx.insertRequest(requestRow('req_ro', 'sha256:ro'))), /attempted in a read/);
    });

    test('meta pins the first value', async () => {
      assert.equal(await store.transaction((tx) => tx.pinMeta('k', 'first')), 'first');
      assert.equal(await store.transaction((tx) => tx.pinMeta('k', 'second')), 'first');
      assert.equal(await store.read((tx) => tx.getMeta('k')), 'first');
      assert.equal(await store.read((tx) => tx.getMeta('missing')), null);
      await store.transaction((tx) => tx.pinMeta('a', 'x'));
      assert.deepEqual(await store.read((tx) => tx.metaEntries()), [{ key: 'a', value: 'x' }, { key: 'k', value: 'first' }]);
    });

    test('checkpoints are stored once per size and listed in order', async () => {
      const cp = { size: 2, ts: 5, root: 'c'.repeat(64), keyId: 'k1', signature: 'sig' };
      await store.transaction((tx) => tx.insertCheckpoint(cp));
      await rejectsWith(store.transaction((tx) => tx.insertCheckpoint(cp)), 'store_conflict');
      await store.transaction((tx) => tx.insertCheckpoint({ ...cp, size: 1 }));
      assert.deepEqual((await store.read((tx) => tx.checkpoints())).map((c) => c.size), [1, 2]);
      await assert.rejects(h.raw('DELETE FROM checkpoints WHERE size = 1'), /append-only/);
      await assert.rejects(h.raw("UPDATE checkpoints SET root = 'x'"), /append-only/);
    });

    test('A6 at most one open request per digest; updates need the version they read', async () => {
      const q = requestRow('req_1', 'sha256:one');
      await store.transaction((tx) => tx.insertRequest(q));
      await rejectsWith(store.transaction((tx) => tx.insertRequest(requestRow('req_2', 'sha256:one'))), 'store_conflict');
      assert.deepEqual(await store.read((tx) => tx.getRequest('req_1')), q);
      const approved = { ...q, status: 'approved', approvedAt: 1500, executeBy: 1600, leaseUntil: 1700, updatedAt: 1500, version: 2 };
      await store.transaction((tx) => tx.updateRequest(approved));
      // a second writer that read version 1 loses
      await rejectsWith(store.transaction((tx) => tx.updateRequest({ ...q, status: 'denied', version: 2 })), 'store_conflict');
      const done = { ...approved, status: 'executing', version: 3 };
      await store.transaction((tx) => tx.updateRequest(done));
      // L3: the execution lease is stored and read back with the row
      assert.deepEqual(await store.read((tx) => tx.getRequest('req_1')), done);
      await store.transaction((tx) => tx.insertRequest({ ...requestRow('req_3', 'sha256:one'), createdAt: 1700 }));
      assert.equal((await store.read((tx) => tx.latestRequestByDigest('sha256:one')))?.id, 'req_3');
      assert.deepEqual((await store.read((tx) => tx.listRequests({ statuses: ['pending'] }))).map((r) => r.id), ['req_3']);
      assert.deepEqual((await store.read((tx) => tx.listRequests({ operator: 'olga' }))).map((r) => r.id), ['req_1', 'req_3']);
      assert.equal(await store.read((tx) => tx.latestRequestByDigest('sha256:none')), null);
    });

    test('A2 one vote per human per request: a second vote changes nothing', async () => {
      const v = { requestId: 'req_3', humanId: 'alice', kind: 'approve' as const, comment: null, at: 1800, solo: false, auditSeq: 7 };
      assert.equal(await store.transaction((tx) => tx.putVote(v)), true);
      assert.equal(await store.transaction((tx) => tx.putVote({ ...v, kind: 'reject', comment: 'no', at: 1801 })), false);
      assert.equal(await store.transaction((tx) => tx.putVote({ ...v, humanId: 'bob', solo: true, comment: 'ok' })), true);
      assert.deepEqual(await store.read((tx) => tx.votes('req_3')), [v, { ...v, humanId: 'bob', solo: true, comment: 'ok' }]);
      await store.transaction((tx) => tx.putVote({ ...v, requestId: 'req_1', humanId: 'carol', auditSeq: null }));
      assert.deepEqual(await store.read((tx) => tx.allVotes()), [{ ...v, requestId: 'req_1', humanId: 'carol', auditSeq: null }, v, { ...v, humanId: 'bob', solo: true, comment: 'ok' }]);
    });

    test('principals: token hashes are unique and found by hash', async () => {
      const alice = principalRow('alice', 'h1');
      await store.transaction((tx) => tx.insertPrincipal(alice));
      await rejectsWith(store.transaction((tx) => tx.insertPrincipal(alice)), 'store_conflict');
      await rejectsWith(store.transaction((tx) => tx.insertPrincipal(principalRow('bob', 'h1'))), 'store_conflict');
      await store.transaction((tx) => tx.insertPrincipal({ ...principalRow('kiro', 'h2'), kind: 'agent', role: 'dev', operator: 'alice', groups: [] }));
      assert.deepEqual(await store.read((tx) => tx.principalByTokenHash('h1')), alice);
      await store.transaction((tx) => tx.updatePrincipal({ ...alice, revokedAt: 9 }));
      assert.equal((await store.read((tx) => tx.getPrincipal('alice')))?.revokedAt, 9);
      assert.deepEqual((await store.read((tx) => tx.listPrincipals('agent'))).map((p) => p.id), ['kiro']);
      const byIds = await store.read((tx) => tx.principalsByIds(['kiro', 'nobody', 'alice', 'kiro']));
      assert.deepEqual(byIds.map((p) => p.id).sort(), ['alice', 'kiro']);
      assert.deepEqual(byIds.find((p) => p.id === 'alice')?.revokedAt, 9);
      assert.deepEqual(await store.read((tx) => tx.principalsByIds([])), []);
      assert.deepEqual((await store.read((tx) => tx.listPrincipals())).map((p) => p.id), ['alice', 'kiro']);
      await rejectsWith(store.transaction((tx) => tx.updatePrincipal(principalRow('nobody', null))), 'store_conflict');
    });

    test('F3 brake switches upsert by key and are never lost when turned off', async () => {
      assert.deepEqual(await store.read((tx) => tx.brakeSwitches()), []);
      await store.transaction((tx) => tx.putBrakeSwitch({ key: 'agent:kiro', on: true, by: 'human:alice', at: 10, reason: 'runaway' }));
      await store.transaction((tx) => tx.putBrakeSwitch({ key: 'global', on: true, by: 'local', at: 11, reason: null }));
      await store.transaction((tx) => tx.putBrakeSwitch({ key: 'agent:kiro', on: false, by: 'human:dana', at: 12, reason: null }));
      assert.deepEqual(await store.read((tx) => tx.brakeSwitches()), [
        { key: 'agent:kiro', on: false, by: 'human:dana', at: 12, reason: null },
        { key: 'global', on: true, by: 'local', at: 11, reason: null },
      ]);
      await assert.rejects(store.read((tx) => tx.putBrakeSwitch({ key: 'global', on: false, by: 'x', at: 13, reason: null })), /attempted in a read/);
    });

    test('brake spend is counted per agent since a time; ids are unique', async () => {
      await store.transaction(async (tx) => {
        await tx.insertSpend({ id: 's1', agent: 'kiro', ts: 100 });
        await tx.insertSpend({ id: 's2', agent: 'kiro', ts: 200 });
        await tx.insertSpend({ id: 's3', agent: 'bot', ts: 300 });
      });
      await rejectsWith(store.transaction((tx) => tx.insertSpend({ id: 's1', agent: 'kiro', ts: 400 })), 'store_conflict');
      assert.equal(await store.read((tx) => tx.countSpend('kiro', 150)), 1);
      assert.equal(await store.read((tx) => tx.countSpend('kiro', 0)), 2);
      assert.equal(await store.read((tx) => tx.countSpend('nobody', 0)), 0);
      assert.deepEqual(await store.read((tx) => tx.spendSince(150)), { bot: 1, kiro: 1 });
      assert.deepEqual(await store.read((tx) => tx.spendRows(150)), [{ id: 's2', agent: 'kiro', ts: 200 }, { id: 's3', agent: 'bot', ts: 300 }]);
    });

    test('L6 committed data survives closing and reopening', async () => {
      await store.close();
      store = await h.open();
      assert.ok(((await store.read((tx) => tx.auditHead()))?.seq ?? 0) >= 22);
      assert.equal((await store.read((tx) => tx.getRequest('req_3')))?.status, 'pending');
    });

    test('L1 inside one write transaction the head follows its own inserts, and a gap is still refused', async () => {
      const h = (await store.read((tx) => tx.auditHead()))?.seq ?? 0;
      await store.transaction(async (tx) => {
        assert.equal((await tx.auditHead())?.seq ?? 0, h);
        await tx.auditInsert([auditRow(h + 1), auditRow(h + 2)]);
        assert.deepEqual(await tx.auditHead(), { seq: h + 2, ts: auditRow(h + 2).ts, chain: auditRow(h + 2).chain });
        await tx.auditInsert([auditRow(h + 3)]);
        assert.equal((await tx.auditHead())?.seq, h + 3);
      });
      await rejectsWith(store.transaction(async (tx) => {
        assert.equal((await tx.auditHead())?.seq, h + 3);
        await tx.auditInsert([auditRow(h + 4)]);
        await tx.auditInsert([auditRow(h + 6)]);
      }), 'store_conflict');
      assert.equal((await store.read((tx) => tx.auditHead()))?.seq, h + 3, 'the refused transaction left nothing');
      await store.transaction((tx) => tx.auditInsert([auditRow(h + 4)]));
      assert.equal((await store.read((tx) => tx.auditHead()))?.seq, h + 4);
    });

    test('F1 an unreachable store rejects with store_unavailable', async () => {
      await rejectsWith(h.openUnavailable(), 'store_unavailable');
    });
  });
}
