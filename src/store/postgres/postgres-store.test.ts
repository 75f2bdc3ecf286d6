import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import type { AuditRow } from '../types.ts';
import { describeStoreContract } from '../contract.ts';
import { openPostgresStore, type PostgresStore } from './index.ts';
import { PG_URL, uniqueSchema } from './test-support.ts';

describeStoreContract('postgres', async () => {
  const schema = uniqueSchema();
  let last: PostgresStore | null = null;
  return {
    open: async () => (last = await openPostgresStore({ connectionString: PG_URL, schema })),
    raw: async (sql) => {
      const c = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    },
    openUnavailable: () => openPostgresStore({ connectionString: 'postgres://postgres@127.0.0.1:1/test', schema: `x_${randomBytes(4).toString('hex')}`, connectTimeoutMs: 1000 }),
    cleanup: async () => {
      const s = await openPostgresStore({ connectionString: PG_URL, schema });
      await s.dropSchema();
      await s.close();
      void last;
    },
  };
});

describe('postgres write batches', () => {
  const schema = uniqueSchema('wb');
  let store: PostgresStore;
  before(async () => (store = await openPostgresStore({ connectionString: PG_URL, schema })));
  after(async () => {
    await store.dropSchema();
    await store.close();
  });
  const row = (seq: number): AuditRow => ({ seq, id: `aud_${seq}`, ts: 1000 + seq, type: 'decision', actor: 'system', body: '{}', leaf: 'a'.repeat(64), chain: `${seq}`.padStart(64, '0') });
  const head = async () => (await store.read((tx) => tx.auditHead()))?.seq ?? 0;

  test('L1 a function that fails after appending leaves the head where it was for the next one in the same group commit', async () => {
    const h = await head();
    const first = store.transaction((tx) => tx.auditInsert([row(h + 1)])); // runs alone; the next two share the following commit
    const failing = store.transaction(async (tx) => {
      await tx.auditInsert([row(h + 2)]);
      throw new Error('changed its mind');
    });
    const next = store.transaction(async (tx) => {
      const seen = (await tx.auditHead())?.seq;
      await tx.auditInsert([row(h + 2)]);
      return seen;
    });
    await first;
    await assert.rejects(failing, /changed its mind/);
    assert.equal(await next, h + 1, 'the failed function\'s row was undone, and the head with it');
    assert.equal(await head(), h + 2);
    assert.deepEqual((await store.read((tx) => tx.auditRange(h + 1, 10))).map((r) => r.id), [`aud_${h + 1}`, `aud_${h + 2}`]);
  });

  test('durable-before-answer: a function that swallows a failed statement is not answered as committed (COMMIT ends in ROLLBACK)', async () => {
    const h = await head();
    await store.transaction((tx) => tx.insertPrincipal({ id: 'dup', kind: 'human', name: null, groups: [], role: null, operator: null, homeEnvironment: null, parent: null, tokenHash: null, createdAt: 1, revokedAt: null }));
    const swallowed = store.transaction(async (tx) => {
      await tx.auditInsert([row(h + 1)]);
      await tx.insertPrincipal({ id: 'dup', kind: 'human', name: null, groups: [], role: null, operator: null, homeEnvironment: null, parent: null, tokenHash: null, createdAt: 2, revokedAt: null }).catch(() => undefined);
      return 'done';
    });
    await assert.rejects(swallowed, (e: unknown) => (e as { code?: string }).code === 'store_unavailable' && /ROLLBACK/.test((e as Error).message));
    assert.equal(await head(), h, 'nothing of it was written');
  });
});
