/**
 * Durable audited appends per second: each append is one hash-chained audit entry committed with
 * fsync (SQLite WAL + synchronous=FULL on disk; PostgreSQL with fsync on), one per transaction and
 * with group commit (64 appends in flight share a transaction). Checkpoints are signed every 256
 * entries as in production. Run alone: `node bench/store.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createEd25519Signer, generateSigningKey, openAuditLog } from '../src/audit/index.ts';
import { randomIds } from '../src/core/index.ts';
import type { Store } from '../src/store/index.ts';
import { openPostgresStore, type PostgresStore } from '../src/store/postgres/index.ts';
import { openSqliteStore } from '../src/store/sqlite/index.ts';
import { percentile, table, type Row } from './stats.ts';

const PG_URL = process.env.PORTCULLIS_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const clock = { now: () => Date.now() };

async function run(name: string, store: Store, groupCommit: boolean, opts: { maxOps: number; maxMs: number; inFlight: number }): Promise<Row> {
  const log = await openAuditLog({ store, clock, ids: randomIds, signer: createEd25519Signer(generateSigningKey()), groupCommit });
  const body = { agent: 'kiro', effect: 'deny', reasons: [{ code: 'policy_forbid', message: 'no deletes in production' }], digest: `sha256:${'ab'.repeat(32)}` };
  for (let i = 0; i < 50; i++) await log.append({ type: 'decision', actor: 'agent:kiro', body });
  const lat: number[] = [];
  const start = performance.now();
  let issued = 0;
  const worker = async () => {
    while (issued < opts.maxOps && performance.now() - start < opts.maxMs) {
      issued += 1;
      const t = performance.now();
      await log.append({ type: 'decision', actor: 'agent:kiro', body });
      lat.push((performance.now() - t) * 1000);
    }
  };
  await Promise.all(Array.from({ length: groupCommit ? opts.inFlight : 1 }, worker));
  const elapsed = performance.now() - start;
  await log.settled();
  lat.sort((a, b) => a - b);
  return { name, ops: (lat.length / elapsed) * 1000, p50Us: percentile(lat, 50), p99Us: percentile(lat, 99), note: groupCommit ? `${opts.inFlight} in flight` : 'sequential' };
}

/** Rows: SQLite and PostgreSQL, one append per transaction and group-committed. */
export async function benchStore(opts: { maxMs?: number } = {}): Promise<Row[]> {
  const maxMs = opts.maxMs ?? 3000;
  const rows: Row[] = [];
  // on disk (not tmpfs): the point is the fsync cost
  const dir = mkdtempSync(join(process.cwd(), '.bench-store-'));
  try {
    for (const group of [false, true]) {
      const store = await openSqliteStore({ file: join(dir, `${group ? 'group' : 'single'}.db`) });
      try {
        rows.push(await run(`audit append, sqlite, ${group ? 'group commit' : 'one per transaction'}`, store, group, { maxOps: 50_000, maxMs, inFlight: 64 }));
      } finally {
        await store.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const group of [false, true]) {
    let store: PostgresStore;
    try {
      store = await openPostgresStore({ connectionString: PG_URL, schema: `bench_${process.pid}_${group ? 'g' : 's'}` });
    } catch (err) {
      rows.push({ name: `audit append, postgres, ${group ? 'group commit' : 'one per transaction'}`, ops: NaN, p50Us: NaN, p99Us: NaN, note: `skipped: ${(err as Error).message}` });
      continue;
    }
    try {
      rows.push(await run(`audit append, postgres, ${group ? 'group commit' : 'one per transaction'}`, store, group, { maxOps: 50_000, maxMs, inFlight: 64 }));
    } finally {
      await store.dropSchema();
      await store.close();
    }
  }
  return rows;
}

if (import.meta.main) {
  console.log(table(await benchStore()));
}
