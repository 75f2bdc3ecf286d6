import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, beforeEach, describe, test } from 'node:test';
import { PortcullisError, canonicalJson, type Clock, type IdGenerator } from '../core/index.ts';
import type { CheckpointRow, Store, StoreTx } from '../store/index.ts';
import { openSqliteStore } from '../store/sqlite/index.ts';
import { chainHash, leafHash } from './hash.ts';
import { merkleRoot } from './merkle.ts';
import { createEd25519Signer, generateSigningKey, openAuditLog, verifyAudit, type AuditLog, type AuditLogOptions, type SignedCheckpointV1 } from './index.ts';
import { untypedEntry } from '../../test/helpers/audit-entry.ts';

const root = mkdtempSync(join(tmpdir(), 'portcullis-audit-'));
after(() => rmSync(root, { recursive: true, force: true }));

function fakeClock(start = 1_700_000_000_000): Clock & { set(t: number): void; advance(ms: number): void } {
  let t = start;
  return { now: () => t, set: (v) => (t = v), advance: (ms) => (t += ms) };
}
function counterIds(): IdGenerator {
  let n = 0;
  return { next: (prefix = '') => `${prefix}${++n}` };
}
const signer = createEd25519Signer(generateSigningKey());

let n = 0;
async function fresh(opts: { checkpointEvery?: number; groupCommit?: boolean } = {}): Promise<{ store: Store; log: AuditLog; file: string; clock: ReturnType<typeof fakeClock> }> {
  const file = join(root, `a${++n}.db`);
  const store = await openSqliteStore({ file });
  const clock = fakeClock();
  const log = await openAuditLog({ store, clock, ids: counterIds(), signer, checkpointEvery: opts.checkpointEvery ?? 1000, checkpointIntervalMs: 3_600_000, groupCommit: opts.groupCommit ?? true });
  return { store, log, file, clock };
}

function tamper(file: string, ...sql: string[]): void {
  const db = new DatabaseSync(file);
  db.exec('DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;');
  for (const s of sql) db.exec(s);
  db.close();
}

async function appendN(log: AuditLog, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await log.append(untypedEntry('decision', 'agent:kiro', { i, effect: 'deny' }));
}

describe('audit log', () => {
  let ctx: Awaited<ReturnType<typeof fresh>>;
  beforeEach(async () => {
    await ctx?.store.close();
    ctx = await fresh();
  });
  after(() => ctx?.store.close());

  test('L1 entries are canonical json with dense seq, leaf = SHA-256(0x00‖body), chain = SHA-256(prev‖leaf‖seq)', async () => {
    const a = await ctx.log.append(untypedEntry('decision', 'agent:kiro', { z: 1, a: 'x' }));
    const b = await ctx.log.append(untypedEntry('approval', 'human:alice', {}));
    assert.deepEqual([a.seq, b.seq], [1, 2]);
    const rows = await ctx.store.read((tx) => tx.auditRange(1, 10));
    const first = rows[0]!;
    assert.equal(first.body, canonicalJson({ v: 1, seq: 1, id: a.id, ts: 1_700_000_000_000, type: 'decision', actor: 'agent:kiro', body: { a: 'x', z: 1 } }));
    assert.equal(first.body, '{"actor":"agent:kiro","body":{"a":"x","z":1},"id":"aud_2","seq":1,"ts":1700000000000,"type":"decision","v":1}');
    assert.equal(first.leaf, leafHash(first.body));
    assert.equal(first.chain, chainHash('0'.repeat(64), first.leaf, 1));
    assert.equal(rows[1]!.chain, chainHash(first.chain, rows[1]!.leaf, 2));
  });

  test('L1 group commit: 300 concurrent appends get distinct dense seqs and verify', async () => {
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => ctx.log.append(untypedEntry('decision', 'system', { i }))));
    assert.deepEqual(results.map((r) => r.seq).sort((x, y) => x - y), Array.from({ length: 300 }, (_, i) => i + 1));
    const report = await verifyAudit(ctx.store);
    assert.equal(report.ok, true);
    assert.equal(report.size, 300);
  });

  test('L2 an entry that cannot be canonicalised is refused and nothing is written', async () => {
    await assert.rejects(ctx.log.append(untypedEntry('decision', 'system', { bad: Number.NaN })), (e: unknown) => e instanceof PortcullisError && e.code === 'audit_append_failed');
    assert.equal(await ctx.log.size(), 0);
  });

  test('L1 monotonic-time a clock that jumps back never back-dates an entry', async () => {
    await ctx.log.append(untypedEntry('decision', 'system', {}));
    ctx.clock.advance(-60_000);
    await ctx.log.append(untypedEntry('decision', 'system', {}));
    const rows = await ctx.store.read((tx) => tx.auditRange(1, 10));
    assert.equal(rows[1]!.ts, rows[0]!.ts);
    assert.equal((await verifyAudit(ctx.store)).ok, true);
  });

  test('L5 an edited entry is named by position', async () => {
    await appendN(ctx.log, 5);
    tamper(ctx.file, `UPDATE audit SET body = replace(body, '"effect":"deny"', '"effect":"allow"') WHERE seq = 3`);
    const r = await verifyAudit(ctx.store);
    assert.deepEqual(r.ok ? r : { position: r.position, problem: r.problem }, { position: 3, problem: 'entry 3 was edited: its leaf hash does not match its contents' });
  });

  test('L5 an edited entry with recomputed leaf breaks the chain at its position', async () => {
    await appendN(ctx.log, 5);
    const rows = await ctx.store.read((tx) => tx.auditRange(4, 1));
    const body = rows[0]!.body.replace('"effect":"deny"', '"effect":"allow"');
    tamper(ctx.file, `UPDATE audit SET body = '${body}', leaf = '${leafHash(body)}' WHERE seq = 4`);
    const r = await verifyAudit(ctx.store);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.position, 4);
    assert.equal(!r.ok && r.problem, 'entry 4 breaks the hash chain (edited, deleted or reordered before it)');
  });

  test('L5 a deleted entry is named by position', async () => {
    await appendN(ctx.log, 5);
    tamper(ctx.file, 'DELETE FROM audit WHERE seq = 2');
    const r = await verifyAudit(ctx.store);
    assert.equal(!r.ok && r.problem, 'entry 2 is missing (next stored entry is 3)');
    assert.equal(!r.ok && r.position, 2);
  });

  test('L5 reordered entries are named by the first moved position', async () => {
    await appendN(ctx.log, 5);
    tamper(
      ctx.file,
      'CREATE TEMP TABLE t AS SELECT * FROM audit WHERE seq IN (2, 4)',
      'DELETE FROM audit WHERE seq IN (2, 4)',
      'INSERT INTO audit SELECT 6 - seq, id, ts, type, actor, body, leaf, chain FROM t',
    );
    const r = await verifyAudit(ctx.store);
    assert.equal(!r.ok && r.position, 2);
    assert.equal(!r.ok && r.problem, 'entry 2 does not match its stored columns (moved or edited)');
  });

  test('L5 a back-dated entry is named by position even with its hashes recomputed', async () => {
    await appendN(ctx.log, 3);
    ctx.clock.advance(1000);
    await appendN(ctx.log, 2);
    // rewrite entry 5 with an earlier time and recompute everything from there: only time order betrays it
    const rows = await ctx.store.read((tx) => tx.auditRange(1, 10));
    const e = JSON.parse(rows[4]!.body) as { ts: number };
    e.ts -= 5000;
    const body = canonicalJson(e);
    const leaf = leafHash(body);
    tamper(ctx.file, `UPDATE audit SET body = '${body}', ts = ${e.ts}, leaf = '${leaf}', chain = '${chainHash(rows[3]!.chain, leaf, 5)}' WHERE seq = 5`);
    const r = await verifyAudit(ctx.store);
    assert.equal(!r.ok && r.position, 5);
    assert.match(!r.ok ? r.problem : '', /^entry 5 is back-dated/);
  });

  test('L4 L5 checkpoints are signed, pinned, and catch tail truncation and a rewritten history', async () => {
    await appendN(ctx.log, 6);
    const cp: SignedCheckpointV1 = await ctx.log.checkpoint();
    assert.equal(cp.size, 6);
    assert.equal(cp.publicKey, signer.publicKey);
    await appendN(ctx.log, 2);
    const ok = await verifyAudit(ctx.store, { checkpoint: cp });
    assert.deepEqual(ok.ok && { size: ok.size, anchoredSize: ok.anchoredSize, checkpoints: ok.checkpoints }, { size: 8, anchoredSize: 6, checkpoints: 1 });

    // forged signature
    const forged = await verifyAudit(ctx.store, { checkpoint: { ...cp, root: 'f'.repeat(64) } });
    assert.equal(!forged.ok && forged.problem, 'checkpoint signature is invalid');

    // truncate the tail past the checkpoint: the chain itself is still consistent
    tamper(ctx.file, 'DELETE FROM audit WHERE seq >= 5', 'DROP TRIGGER checkpoints_no_delete', 'DELETE FROM checkpoints');
    assert.equal((await verifyAudit(ctx.store)).ok, true, 'without an anchor truncation is invisible (L7)');
    const r = await verifyAudit(ctx.store, { checkpoint: cp });
    assert.deepEqual(!r.ok && { position: r.position, problem: r.problem }, { position: 5, problem: 'log was truncated: it has 4 entries, the checkpoint covers 6' });
  });

  test('L5 a history rewritten consistently from scratch is caught by the exported checkpoint', async () => {
    await appendN(ctx.log, 4);
    const cp = await ctx.log.checkpoint();
    const rows = await ctx.store.read((tx) => tx.auditRange(1, 10));
    let prev = '0'.repeat(64);
    const stmts = ['DROP TRIGGER checkpoints_no_delete', 'DELETE FROM checkpoints', 'DELETE FROM audit'];
    for (const row of rows) {
      const body = row.body.replace('"effect":"deny"', '"effect":"allow"');
      const leaf = leafHash(body);
      prev = chainHash(prev, leaf, row.seq);
      stmts.push(`INSERT INTO audit VALUES (${row.seq}, '${row.id}', ${row.ts}, '${row.type}', '${row.actor}', '${body}', '${leaf}', '${prev}')`);
    }
    tamper(ctx.file, ...stmts);
    assert.equal((await verifyAudit(ctx.store)).ok, true);
    const r = await verifyAudit(ctx.store, { checkpoint: cp });
    assert.equal(!r.ok && r.problem, "history was rewritten: the first 4 entries do not match the checkpoint's root");
  });

  test('L4 a stored checkpoint that no longer matches its entries fails verify', async () => {
    await appendN(ctx.log, 3);
    await ctx.log.checkpoint();
    const rows = await ctx.store.read((tx) => tx.auditRange(2, 1));
    const body = rows[0]!.body.replace('"i":1', '"i":9');
    const leaf = leafHash(body);
    const all = await ctx.store.read((tx) => tx.auditRange(1, 10));
    const c2 = chainHash(all[0]!.chain, leaf, 2);
    const c3 = chainHash(c2, all[2]!.leaf, 3);
    tamper(ctx.file, `UPDATE audit SET body = '${body}', leaf = '${leaf}', chain = '${c2}' WHERE seq = 2`, `UPDATE audit SET chain = '${c3}' WHERE seq = 3`);
    const r = await verifyAudit(ctx.store);
    assert.equal(!r.ok && r.problem, 'entries up to 3 do not match the signed checkpoint');
  });

  test('L4 checkpoints are made every N entries', async () => {
    await ctx.store.close();
    ctx = await fresh({ checkpointEvery: 4 });
    for (let i = 0; i < 9; i++) {
      await ctx.log.append(untypedEntry('decision', 'system', { i }));
      await ctx.log.settled();
    }
    const sizes = (await ctx.store.read((tx) => tx.checkpoints())).map((c) => c.size);
    assert.deepEqual(sizes, [4, 8]);
  });

  test('L5 the log pins its signing key: another key is refused', async () => {
    await appendN(ctx.log, 1);
    await assert.rejects(
      openAuditLog({ store: ctx.store, clock: ctx.clock, ids: counterIds(), signer: createEd25519Signer(generateSigningKey()) }),
      (e: unknown) => e instanceof PortcullisError && e.code === 'audit_corrupt' && /is not the key this log is pinned to/.test(e.message),
    );
  });
});

/**
 * A store whose reads (what a checkpoint does before it signs; appends only write) can be held at a
 * gate outside the store's own lock, counting how many overlap, and whose checkpoint inserts can fail.
 */
function gatedStore(inner: Store): Store & { hold(): void; release(): void; failWith(e: Error | null): void; readsInFlight: number; maxReadsInFlight: number } {
  let gate: { promise: Promise<void>; open: () => void } | null = null;
  let failure: Error | null = null;
  const wrapTx = (tx: StoreTx): StoreTx =>
    new Proxy(tx, {
      get(target, prop, recv) {
        if (prop !== 'insertCheckpoint') return Reflect.get(target, prop, recv) as unknown;
        return async (row: CheckpointRow) => {
          if (failure) throw failure;
          await target.insertCheckpoint(row);
        };
      },
    });
  const self = {
    backend: inner.backend,
    capabilities: inner.capabilities,
    schemaVersion: inner.schemaVersion,
    transaction: <T>(fn: (tx: StoreTx) => Promise<T>) => inner.transaction((tx) => fn(wrapTx(tx))),
    read: async <T>(fn: (tx: StoreTx) => Promise<T>) => {
      self.readsInFlight += 1;
      self.maxReadsInFlight = Math.max(self.maxReadsInFlight, self.readsInFlight);
      try {
        if (gate) await gate.promise;
        return await inner.read(fn);
      } finally {
        self.readsInFlight -= 1;
      }
    },
    close: () => inner.close(),
    hold() {
      let open!: () => void;
      gate = { promise: new Promise<void>((r) => (open = r)), open };
    },
    release() {
      gate?.open();
      gate = null;
    },
    failWith(e: Error | null) {
      failure = e;
    },
    readsInFlight: 0,
    maxReadsInFlight: 0,
  };
  return self;
}

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((res) => setImmediate(res));
};

describe('audit checkpoints: incremental tree, off the append path', () => {
  const stores: Store[] = [];
  after(async () => {
    for (const s of stores) await s.close();
  });
  async function open(opts: Partial<AuditLogOptions> = {}) {
    const file = join(root, `cp${++n}.db`);
    const inner = await openSqliteStore({ file });
    stores.push(inner);
    const store = gatedStore(inner);
    const clock = fakeClock();
    const errors: PortcullisError[] = [];
    const log = await openAuditLog({ store, clock, ids: counterIds(), signer, checkpointEvery: 1000, checkpointIntervalMs: 60_000, onCheckpointError: (e) => errors.push(e), ...opts });
    return { inner, store, clock, log, errors, file };
  }
  const storedSizes = (store: Store) => store.read(async (tx) => (await tx.checkpoints()).map((c) => c.size));

  test('L4 a reopened log rebuilds its tree from the stored leaves: checkpoint roots equal the full RFC 9162 root', async () => {
    const a = await open();
    let bn = 0;
    await appendN(a.log, 37);
    // a second process on the same store: it learns all 37 from the store, then extends with its own
    const b = await openAuditLog({ store: a.store, clock: a.clock, ids: { next: (prefix = '') => `${prefix}b${++bn}` }, signer, checkpointEvery: 1000 });
    await appendN(b, 5);
    const cp1 = await b.checkpoint();
    assert.deepEqual([cp1.size, cp1.root], [42, merkleRoot(await b.leaves())]);
    // interleaved writers and appendInTx entries the log only learns about from the store
    await appendN(a.log, 3);
    await a.store.transaction((tx) => b.appendInTx(tx, [untypedEntry('identity_changed', 'human:dana', {})]));
    await appendN(b, 2);
    await appendN(a.log, 1);
    const cpA = await a.log.checkpoint();
    const cpB = await b.checkpoint();
    const leaves = await a.log.leaves();
    assert.equal(leaves.length, 49);
    assert.deepEqual([cpA.size, cpA.root], [49, merkleRoot(leaves)]);
    assert.deepEqual(cpB, cpA, 'the same size is checkpointed once; the second writer returns the stored one');
    const report = await verifyAudit(a.store, { checkpoint: cpA });
    assert.deepEqual(report.ok && [report.size, report.root, report.checkpoints, report.anchoredSize], [49, merkleRoot(leaves), 2, 49]);
  });

  test('L4 L6 durable-before-answer appends resolve once their entries are durable, while the checkpoint they triggered is still being made', async () => {
    const c = await open({ checkpointEvery: 1 });
    c.store.hold();
    const r = await c.log.append(untypedEntry('decision', 'agent:kiro', { i: 0 }));
    assert.equal(r.seq, 1);
    await turns(5);
    assert.equal(c.store.readsInFlight, 1, 'the checkpoint for entry 1 is under way');
    // appends keep committing while it is stalled: they never wait for it
    const more = await Promise.all(Array.from({ length: 10 }, (_, i) => c.log.append(untypedEntry('decision', 'agent:kiro', { i }))));
    assert.deepEqual(more.map((m) => m.seq), Array.from({ length: 10 }, (_, i) => i + 2));
    assert.deepEqual(await storedSizes(c.inner), []);
    assert.equal((await c.inner.read((tx) => tx.auditHead()))?.seq, 11);
    c.store.release();
    await c.log.settled();
    const sizes = await storedSizes(c.inner);
    assert.equal(sizes.at(-1), 11, `the last checkpoint covers everything: ${sizes.join(',')}`);
    assert.ok(sizes.length <= 2, `one in flight, the rest coalesce: ${sizes.join(',')}`);
    assert.deepEqual(c.errors, []);
  });

  test('L4 never more than one checkpoint in flight, background or explicit, and the explicit one covers everything before it', async () => {
    const c = await open({ checkpointEvery: 2 });
    c.store.hold();
    await Promise.all(Array.from({ length: 40 }, (_, i) => c.log.append(untypedEntry('decision', 'system', { i }))));
    const explicit = [c.log.checkpoint(), c.log.checkpoint()];
    await appendN(c.log, 2);
    await turns(10);
    assert.equal(c.store.readsInFlight, 1);
    c.store.release();
    const cps = await Promise.all(explicit);
    await c.log.settled();
    assert.equal(c.store.maxReadsInFlight, 1);
    assert.ok(cps.every((cp) => cp.size >= 40), `explicit checkpoints cover what was appended before them: ${cps.map((cp) => cp.size).join(',')}`);
    const sizes = await storedSizes(c.inner);
    assert.equal(sizes.at(-1), 42);
    assert.ok(sizes.length <= 4, `background checkpoints coalesce: ${sizes.join(',')}`);
    assert.equal((await verifyAudit(c.inner)).ok, true);
  });

  test('L4 the T-seconds rule needs no timer: checked on append and by maybeCheckpoint()', async () => {
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const c = await open({ checkpointEvery: 1000, checkpointIntervalMs: 60_000 });
    await appendN(c.log, 3);
    await c.log.settled();
    assert.deepEqual(await storedSizes(c.store), [], 'neither N nor T reached');
    assert.equal(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length, before, 'no timer keeps the process alive');
    // a quiet log: only the periodic maybeCheckpoint() notices the time, including appendInTx entries
    c.clock.advance(60_000);
    await c.store.transaction((tx) => c.log.appendInTx(tx, [untypedEntry('brake_changed', 'human:dana', {})]));
    await c.log.maybeCheckpoint();
    assert.deepEqual(await storedSizes(c.store), [4]);
    await c.log.maybeCheckpoint();
    assert.deepEqual(await storedSizes(c.store), [4], 'nothing new, no new checkpoint');
    // a busy log: the append itself notices
    await appendN(c.log, 1);
    c.clock.advance(60_000);
    await appendN(c.log, 1);
    await c.log.settled();
    assert.deepEqual(await storedSizes(c.store), [4, 6]);
  });

  test('L4 L2 a failing background checkpoint is reported, never fails the append, and the next one recovers', async () => {
    const c = await open({ checkpointEvery: 1 });
    c.store.failWith(new PortcullisError('store_unavailable', 'disk `full`'));
    const r = await c.log.append(untypedEntry('decision', 'agent:kiro', {}));
    await c.log.settled();
    assert.equal(r.seq, 1);
    assert.deepEqual(c.errors.map((e) => [e.code, e.message]), [['store_unavailable', 'disk `full`']]);
    c.store.failWith(null);
    await appendN(c.log, 1);
    await c.log.settled();
    assert.deepEqual(await storedSizes(c.store), [2]);
    assert.equal(c.errors.length, 1);
  });

  test('L4 without an error handler a failed checkpoint becomes a process warning, not silence', async () => {
    const file = join(root, `cp${++n}.db`);
    const inner = await openSqliteStore({ file });
    stores.push(inner);
    const store = gatedStore(inner);
    const log = await openAuditLog({ store, clock: fakeClock(), ids: counterIds(), signer, checkpointEvery: 1 });
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      store.failWith(new PortcullisError('store_unavailable', 'disk `full`', { hint: 'free some space' }));
      await log.append(untypedEntry('decision', 'agent:kiro', {}));
      await log.settled();
      for (let i = 0; i < 10 && warnings.length === 0; i++) await new Promise((res) => setImmediate(res));
    } finally {
      process.off('warning', onWarning);
    }
    assert.deepEqual(
      warnings.map((w) => [w.name, (w as Error & { code?: string }).code, w.message]),
      [['Warning', 'PORTCULLIS_AUDIT_CHECKPOINT', 'audit checkpoint failed: disk `full`']],
    );
  });

  test('L4 L5 L8 a stored entry edited behind the log is refused when the log opens (edited leaf, then a recomputed leaf that breaks the chain)', async () => {
    const c = await open();
    await appendN(c.log, 5);
    await c.log.settled();
    tamper(c.file, `UPDATE audit SET body = replace(body, '"effect":"deny"', '"effect":"allow"') WHERE seq = 3`);
    const hint = 'refusing to start (L8). Run `portcullis audit verify` to see the first bad entry, then restore the store from a backup taken after the latest checkpoint';
    await assert.rejects(openAuditLog({ store: c.store, clock: c.clock, ids: counterIds(), signer }), (e: unknown) => e instanceof PortcullisError && e.code === 'audit_corrupt' && e.message === 'audit entry 3 was edited: its leaf hash does not match its contents' && e.hint === hint);
    // with a recomputed leaf, the chain gives it away
    const rows = await c.store.read((tx) => tx.auditRange(4, 1));
    const body = rows[0]!.body.replace('"effect":"deny"', '"effect":"allow"');
    tamper(c.file, `UPDATE audit SET body = replace(body, '"effect":"allow"', '"effect":"deny"') WHERE seq = 3`, `UPDATE audit SET body = '${body}', leaf = '${leafHash(body)}' WHERE seq = 4`);
    await assert.rejects(openAuditLog({ store: c.store, clock: c.clock, ids: counterIds(), signer }), (e: unknown) => e instanceof PortcullisError && e.code === 'audit_corrupt' && e.message === 'audit entry 4 breaks the hash chain' && e.hint === hint);
    assert.deepEqual(await storedSizes(c.store), []);
  });

  test('L8 a log cut below its latest signed checkpoint is refused when it opens', async () => {
    const c = await open();
    await appendN(c.log, 6);
    await c.log.checkpoint();
    tamper(c.file, 'DELETE FROM audit WHERE seq > 4');
    await assert.rejects(openAuditLog({ store: c.store, clock: c.clock, ids: counterIds(), signer }), (e: unknown) => e instanceof PortcullisError && e.code === 'audit_corrupt' && e.message === 'the audit log ends at entry 4, but a signed checkpoint covers 6 entries: entries were removed');
  });

  test('L4 L5 below a signed checkpoint a rewritten history (leaves and chain recomputed) is refused before signing again', async () => {
    const c = await open();
    await appendN(c.log, 6);
    await c.log.checkpoint();
    await appendN(c.log, 2);
    const all = await c.inner.read((tx) => tx.auditRange(1, 10));
    const stmts: string[] = [];
    let prev = all[1]!.chain;
    for (const row of all.slice(2)) {
      const body = row.seq === 3 ? row.body.replace('"effect":"deny"', '"effect":"allow"') : row.body;
      const leaf = leafHash(body);
      prev = chainHash(prev, leaf, row.seq);
      stmts.push(`UPDATE audit SET body = '${body}', leaf = '${leaf}', chain = '${prev}' WHERE seq = ${row.seq}`);
    }
    tamper(c.file, ...stmts);
    const reopened = await openAuditLog({ store: c.store, clock: c.clock, ids: counterIds(), signer });
    await assert.rejects(reopened.checkpoint(), (e: unknown) => e instanceof PortcullisError && e.code === 'audit_corrupt' && e.message === 'audit entries up to 6 do not match the signed checkpoint');
    assert.deepEqual(await storedSizes(c.inner), [6]);
  });

  test('L4 L5 verify checks every stored checkpoint root in one pass over a log with many checkpoints', async () => {
    const c = await open({ checkpointEvery: 7 });
    for (let i = 0; i < 300; i++) {
      await c.log.append(untypedEntry('decision', 'system', { i }));
      if (i % 50 === 0) await c.log.settled();
    }
    await c.log.settled();
    const cp = await c.log.checkpoint();
    const sizes = await storedSizes(c.store);
    assert.ok(sizes.length >= 20, `${sizes.length} checkpoints`);
    const ok = await verifyAudit(c.store, { checkpoint: cp });
    assert.deepEqual(ok.ok && [ok.size, ok.checkpoints, ok.anchoredSize], [300, sizes.length, 300]);
    // an edit with leaf and chain recomputed from there on: the first checkpoint covering it fails
    const all = await c.store.read((tx) => tx.auditRange(1, 400));
    const stmts: string[] = [];
    let prev = all[149]!.chain;
    for (const row of all.slice(150)) {
      const body = row.seq === 151 ? row.body.replace('"i":150', '"i":999') : row.body;
      const leaf = leafHash(body);
      prev = chainHash(prev, leaf, row.seq);
      stmts.push(`UPDATE audit SET body = '${body}', leaf = '${leaf}', chain = '${prev}' WHERE seq = ${row.seq}`);
    }
    tamper(c.file, ...stmts);
    const firstCovering = sizes.find((s) => s >= 151)!;
    const r = await verifyAudit(c.store);
    assert.deepEqual(!r.ok && [r.position, r.problem], [firstCovering, `entries up to ${firstCovering} do not match the signed checkpoint`]);
  });
});
