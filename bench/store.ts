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
import { tmpdir } from 'node:os';
import { untypedEntry } from '../test/helpers/audit-entry.ts';

const PG_URL = process.env.PORTCULLIS_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const clock = { now: () => Date.now() };

async function run(name: string, store: Store, groupCommit: boolean, opts: { maxOps: number; maxMs: number; inFlight: number }): Promise<Row> {
  const log = await openAuditLog({ store, clock, ids: randomIds, signer: createEd25519Signer(generateSigningKey()), groupCommit });
  const body = { agent: 'kiro', effect: 'deny', reasons: [{ code: 'policy_forbid', message: 'no deletes in production' }], digest: `sha256:${'ab'.repeat(32)}` };
  for (let i = 0; i < 50; i++) await log.append(untypedEntry('decision', 'agent:kiro', body));
  const lat: number[] = [];
  const start = performance.now();
  let issued = 0;
  const worker = async () => {
    while (issued < opts.maxOps && performance.now() - start < opts.maxMs) {
      issued += 1;
      const t = performance.now();
      await log.append(untypedEntry('decision', 'agent:kiro', body));
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

/**
 * Checkpoint cost on a log that already holds `preload` entries (tmpfs SQLite: the point is the
 * tree work, not fsync): the first checkpoint after open (no signed checkpoint yet, then after a
 * restart with one), steady-state checkpoints each after 256 new entries, then appends (sequential
 * and 64 in flight) with production checkpointing, to show what reaches the tail latency.
 */
export async function benchCheckpoint(opts: { preload?: number; rounds?: number; maxMs?: number } = {}): Promise<Row[]> {
  const preload = opts.preload ?? 100_000;
  const rounds = opts.rounds ?? 40;
  const dir = mkdtempSync(join(process.platform === 'linux' ? '/dev/shm' : tmpdir(), 'portcullis-bench-cp-'));
  const rows: Row[] = [];
  const label = `${preload / 1000}k entries`;
  try {
    const store = await openSqliteStore({ file: join(dir, 'cp.db') });
    try {
      const signer = createEd25519Signer(generateSigningKey());
      const body = { agent: 'kiro', effect: 'deny', reasons: [{ code: 'policy_forbid', message: 'no deletes in production' }], digest: `sha256:${'ab'.repeat(32)}` };
      const entry = untypedEntry('decision', 'agent:kiro', body);
      const seed = await openAuditLog({ store, clock, ids: randomIds, checkpointEvery: Number.MAX_SAFE_INTEGER, checkpointIntervalMs: Number.MAX_SAFE_INTEGER });
      for (let done = 0; done < preload; done += 5000) {
        const n = Math.min(5000, preload - done);
        await store.transaction((tx) => seed.appendInTx(tx, Array.from({ length: n }, () => entry)));
      }
      const log = await openAuditLog({ store, clock, ids: randomIds, signer, checkpointEvery: Number.MAX_SAFE_INTEGER, checkpointIntervalMs: Number.MAX_SAFE_INTEGER });
      let t = performance.now();
      await log.checkpoint();
      const first = (performance.now() - t) * 1000;
      rows.push({ name: `first checkpoint after open, ${label}`, ops: 1e6 / first, p50Us: first, p99Us: first, note: 'tmpfs sqlite, one run' });
      const lat: number[] = [];
      const start = performance.now();
      for (let r = 0; r < rounds; r++) {
        await store.transaction((tx) => log.appendInTx(tx, Array.from({ length: 256 }, () => entry)));
        t = performance.now();
        await log.checkpoint();
        lat.push((performance.now() - t) * 1000);
      }
      const elapsed = lat.reduce((a, b) => a + b, 0) / 1000;
      lat.sort((a, b) => a - b);
      rows.push({ name: `checkpoint, ${label} (+256 new each)`, ops: (lat.length / elapsed) * 1000, p50Us: percentile(lat, 50), p99Us: percentile(lat, 99), note: `tmpfs sqlite, ${rounds} checkpoints, took ${(performance.now() - start).toFixed(0)} ms with appends` });
      // a restart: the log reopens over a store whose last checkpoint is signed, 256 entries behind
      const reopened = await openAuditLog({ store, clock, ids: randomIds, signer, checkpointEvery: Number.MAX_SAFE_INTEGER, checkpointIntervalMs: Number.MAX_SAFE_INTEGER });
      await store.transaction((tx) => reopened.appendInTx(tx, Array.from({ length: 256 }, () => entry)));
      t = performance.now();
      await reopened.checkpoint();
      const again = (performance.now() - t) * 1000;
      rows.push({ name: `first checkpoint after reopen, ${label}, last one signed`, ops: 1e6 / again, p50Us: again, p99Us: again, note: 'tmpfs sqlite, one run' });
      // appends with production checkpointing on the big log: background checkpoint work shows up here
      const live = await openAuditLog({ store, clock, ids: randomIds, signer });
      await live.checkpoint();
      const maxMs = opts.maxMs ?? 3000;
      for (const inFlight of [1, 64]) {
        const cpsBefore = (await store.read((tx) => tx.checkpoints())).length;
        const alat: number[] = [];
        const aStart = performance.now();
        let issued = 0;
        const worker = async () => {
          while (issued < 20_000 && performance.now() - aStart < maxMs) {
            issued += 1;
            const s = performance.now();
            await live.append(entry);
            alat.push((performance.now() - s) * 1000);
          }
        };
        await Promise.all(Array.from({ length: inFlight }, worker));
        const aElapsed = performance.now() - aStart;
        await live.settled();
        const made = (await store.read((tx) => tx.checkpoints())).length - cpsBefore;
        alat.sort((a, b) => a - b);
        const max = (alat.at(-1) ?? NaN) / 1000;
        const mode = inFlight === 1 ? 'sequential' : `group commit, ${inFlight} in flight`;
        rows.push({ name: `audit append, ${label}, checkpoint every 256, ${inFlight === 1 ? 'sequential' : 'group commit'}`, ops: (alat.length / aElapsed) * 1000, p50Us: percentile(alat, 50), p99Us: percentile(alat, 99), note: `tmpfs sqlite, ${mode}; ${alat.length} appends, ${made} checkpoints, p99.9 ${(percentile(alat, 99.9) / 1000).toFixed(1)} ms, max ${max.toFixed(1)} ms` });
      }
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.main) {
  console.log(table([...(await benchStore()), ...(await benchCheckpoint())]));
}
