/**
 * PostgreSQL group commit on the real database: concurrent write transactions share one commit
 * (one advisory-lock hold, one fsync), each keeps its own result, a failing one undoes only itself,
 * and a commit that fails fails every transaction in it. Over the gateway: concurrent decisions each
 * get their own durable audit entry in a valid chain, and a failed commit makes every decision in it
 * a deny (F1, L2), never an allow. The commit failure is real: a deferred constraint trigger that
 * raises at COMMIT. Which decisions shared a commit is read from PostgreSQL itself (`xmin`: an audit
 * batch is one multi-row INSERT, so one batch is one xid).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { verifyAudit } from '../../src/audit/index.ts';
import { PortcullisError } from '../../src/core/index.ts';
import { openRuntime } from '../../src/runtime/index.ts';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/index.ts';
import { PG_URL, uniqueSchema } from '../../src/store/postgres/test-support.ts';

const schemas: string[] = [];
const dirs: string[] = [];
after(async () => {
  for (const schema of schemas) {
    const s = await openPostgresStore({ connectionString: PG_URL, schema });
    await s.dropSchema();
    await s.close();
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function schema(): string {
  const s = uniqueSchema('gc');
  schemas.push(s);
  return s;
}

async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(inSchema: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${inSchema}` });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

/** A real commit failure: a deferred trigger on `table` raises at COMMIT while `fail_commit` has a row. */
async function armCommitFailure(inSchema: string, table: string): Promise<{ arm(): Promise<void>; disarm(): Promise<void> }> {
  await sql(inSchema, `CREATE TABLE IF NOT EXISTS fail_commit (x INT);
    CREATE OR REPLACE FUNCTION fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF EXISTS (SELECT 1 FROM fail_commit) THEN RAISE EXCEPTION 'injected commit failure' USING ERRCODE = '58030'; END IF; RETURN NULL; END $$;
    CREATE CONSTRAINT TRIGGER ${table}_fail_at_commit AFTER INSERT ON ${table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_at_commit();`);
  return { arm: async () => void (await sql(inSchema, 'INSERT INTO fail_commit VALUES (1)')), disarm: async () => void (await sql(inSchema, 'DELETE FROM fail_commit')) };
}

describe('PostgreSQL group commit (L6, F1)', () => {
  test('L6 concurrent transactions share one commit, each keeps its own result, and a failing one undoes only its own writes', async () => {
    const s = schema();
    const store: PostgresStore = await openPostgresStore({ connectionString: PG_URL, schema: s });
    try {
      // all started in one turn: the first runs alone, the other nine wait and share the next commit
      const runs = Array.from({ length: 10 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.insertSpend({ id: `spd_${i}`, agent: 'kiro', ts: 1000 + i });
          if (i === 5) throw new PortcullisError('internal_error', 'transaction 5 fails after its write');
          return i;
        }),
      );
      const settled = await Promise.allSettled(runs);
      assert.deepEqual(settled.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)), [0, 1, 2, 3, 4, 'transaction 5 fails after its write', 6, 7, 8, 9]);
      const rows = await sql<{ id: string }>(s, 'SELECT id FROM brake_spend ORDER BY id');
      assert.deepEqual(rows.map((r) => r.id), ['spd_0', 'spd_1', 'spd_2', 'spd_3', 'spd_4', 'spd_6', 'spd_7', 'spd_8', 'spd_9']);
      // two commits: the first alone, then the other nine together (the failed one undone inside it)
      const stats = store.writeStats();
      assert.equal(stats.transactions, 9);
      assert.equal(stats.commits, 2, JSON.stringify(stats));
    } finally {
      await store.close();
    }
  });

  test('F5 a transaction opened inside another is refused at once instead of waiting for itself; work it leaves behind may write later', async () => {
    const s = schema();
    const store = await openPostgresStore({ connectionString: PG_URL, schema: s });
    try {
      let outerDone!: () => void;
      const outerEnded = new Promise<void>((r) => (outerDone = r));
      let later: Promise<unknown> = Promise.resolve();
      await assert.rejects(
        store.transaction(async () => {
          // started inside, run after the outer batch ended: by then it is not nested any more
          later = outerEnded.then(() => store.transaction((tx) => tx.insertSpend({ id: 'leaked', agent: 'kiro', ts: 2 })));
          return store.transaction((tx) => tx.insertSpend({ id: 'inner', agent: 'kiro', ts: 1 }));
        }),
        (e: unknown) => e instanceof PortcullisError && e.code === 'internal_error',
      );
      outerDone();
      await later;
      assert.deepEqual(await sql(s, 'SELECT id FROM brake_spend'), [{ id: 'leaked' }]);
    } finally {
      await store.close();
    }
  });

  test('F1 a commit that fails fails every transaction in it, and none of their writes is visible', async () => {
    const s = schema();
    const store = await openPostgresStore({ connectionString: PG_URL, schema: s });
    try {
      const failure = await armCommitFailure(s, 'brake_spend');
      await failure.arm();
      const settled = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.transaction((tx) => tx.insertSpend({ id: `spd_${i}`, agent: 'kiro', ts: i }))));
      for (const r of settled) {
        assert.equal(r.status, 'rejected');
        assert.ok(r.reason instanceof PortcullisError && r.reason.code === 'store_unavailable', String(r.reason));
      }
      assert.deepEqual(await sql(s, 'SELECT id FROM brake_spend'), []);
      // the store carries on once commits work again
      await failure.disarm();
      await store.transaction((tx) => tx.insertSpend({ id: 'spd_after', agent: 'kiro', ts: 1 }));
      assert.deepEqual(await sql(s, 'SELECT id FROM brake_spend'), [{ id: 'spd_after' }]);
    } finally {
      await store.close();
    }
  });

  test('L2 durable-before-answer: concurrent decisions in one group commit each get their own durable audit entry in a valid chain; F1 a failed commit denies every one of them', async () => {
    const s = schema();
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-gc-'));
    dirs.push(dir);
    const config = join(dir, 'portcullis.yaml');
    const demo = readFileSync(new URL('../../src/config/templates/demo.yaml', import.meta.url), 'utf8');
    writeFileSync(config, demo.replace(/^store: .*$/m, `store: ${PG_URL}?schema=${s}`));
    const rt = await openRuntime({ configPath: config, cwd: dir });
    try {
      await rt.identity.addAgent({ id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, { kind: 'local' });
      const decide = () => rt.gateway.decide({ agentId: 'kiro', action: { kind: 'shell', command: 'ls -la' }, context: { cwd: '/work/app', kubeContext: 'kind-dev' } });
      const N = 40;
      const decisions = await Promise.all(Array.from({ length: N }, decide));
      assert.deepEqual(decisions.map((d) => d.effect), Array(N).fill('allow'));
      assert.equal(new Set(decisions.map((d) => d.decisionId)).size, N);
      const rows = await sql<{ id: string; xid: string }>(s, "SELECT id, xmin::text AS xid FROM audit WHERE type = 'decision'");
      assert.deepEqual(rows.map((r) => r.id).sort(), decisions.map((d) => d.decisionId).sort(), 'each decision has its own durable entry');
      assert.ok(new Set(rows.map((r) => r.xid)).size < N, 'decisions shared commits');
      assert.equal((await verifyAudit(rt.store)).ok, true);

      const failure = await armCommitFailure(s, 'audit');
      await failure.arm();
      const denied = await Promise.all(Array.from({ length: N }, decide));
      for (const d of denied) {
        assert.equal(d.effect, 'deny');
        assert.equal(d.reasons[0]?.code, 'store_unavailable');
      }
      assert.equal((await sql(s, "SELECT id FROM audit WHERE type = 'decision'")).length, N, 'no entry of the failed commits is visible');
      await failure.disarm();
      assert.equal((await decide()).effect, 'allow');
      assert.equal((await verifyAudit(rt.store)).ok, true);
    } finally {
      await rt.close();
    }
  });
});
