import { PortcullisError, canonicalJson, toPortcullisError, type Clock, type IdGenerator, type JsonObject } from '../core/index.ts';
import type { AuditRow, CheckpointRow, Store, StoreTx, VoteRow } from '../store/index.ts';
import { votePayload, voteBackingProblem, type VoteAttestation, type VoteClaim } from './votes.ts';
import { META_LOG_ID, META_PUBLIC_KEY, checkpointPayload, type AuditEntryV1, type AuditInput, type SignedCheckpointV1 } from './entry.ts';
import { GENESIS_CHAIN, chainHash, leafHash } from './hash.ts';
import { MerkleFrontier } from './merkle.ts';
import { keyIdOf, verifySignature, type Signer } from './signer.ts';

export interface AuditLogOptions {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  /** Signs checkpoints; without one, no checkpoints are made (verify still checks the chain). */
  signer?: Signer;
  /** Checkpoint after this many new entries (default 256, L4). */
  checkpointEvery?: number;
  /** Checkpoint when this much time passed since the last one and there are new entries (default 60 s). */
  checkpointIntervalMs?: number;
  /** Batch concurrent appends into one transaction (default true). */
  groupCommit?: boolean;
  /** Largest batch one group commit writes (default 512). */
  maxBatch?: number;
  /**
   * Called when a background checkpoint fails (the entries themselves are already durable). Without
   * one, the failure is a process warning (`PORTCULLIS_AUDIT_CHECKPOINT`); it is never dropped.
   */
  onCheckpointError?: (err: PortcullisError) => void;
  /**
   * L8: check the tail against the latest signed checkpoint at open and refuse a damaged log
   * (default true). `audit verify|export|tail` open with false, so they can name what is wrong.
   */
  checkAtOpen?: boolean;
}

/** Rows per store read when catching the tree head up (each read is short, appends interleave). */
const PAGE = 2000;

/** How many of the newest entries are re-hashed when the log opens (L8; `audit verify` checks all). */
const TAIL_CHECKED = 256;

/**
 * SECURITY (L8): refuse to open a log whose tail was cut below its latest signed checkpoint (entries
 * removed, or an old backup restored under newer checkpoints) or whose newest entries do not hash
 * and chain. A cheap check at every open; the full proof is `portcullis audit verify`.
 */
function checkTail(rows: readonly AuditRow[], head: number, last: CheckpointRow | null): void {
  const hint = 'refusing to start (L8). Run `portcullis audit verify` to see the first bad entry, then restore the store from a backup taken after the latest checkpoint';
  if (last && head < last.size) {
    throw new PortcullisError('audit_corrupt', `the audit log ends at entry ${head}, but a signed checkpoint covers ${last.size} entries: entries were removed`, { hint });
  }
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as AuditRow;
    const prev = i > 0 ? (rows[i - 1] as AuditRow) : null;
    if (leafHash(r.body) !== r.leaf) throw new PortcullisError('audit_corrupt', `audit entry ${r.seq} was edited: its leaf hash does not match its contents`, { hint });
    if (prev && (prev.seq !== r.seq - 1 || chainHash(prev.chain, r.leaf, r.seq) !== r.chain)) throw new PortcullisError('audit_corrupt', `audit entry ${r.seq} breaks the hash chain`, { hint });
    if (!prev && r.seq === 1 && chainHash(GENESIS_CHAIN, r.leaf, 1) !== r.chain) throw new PortcullisError('audit_corrupt', 'audit entry 1 breaks the hash chain', { hint });
  }
  if (rows.length > 0 && (rows.at(-1) as AuditRow).seq !== head) throw new PortcullisError('audit_corrupt', `audit entries up to ${head} could not be read back`, { hint });
}

function corrupt(message: string): PortcullisError {
  return new PortcullisError('audit_corrupt', message, { hint: 'run `portcullis audit verify`' });
}

interface Pending {
  input: AuditInput;
  resolve: (r: { id: string; seq: number }) => void;
  reject: (e: unknown) => void;
}

/**
 * The tamper-evident log: the `AuditSink` the gateway appends to. `append` resolves once the entry
 * is committed (durable, chained); if it rejects nothing was written (L2). `appendInTx` writes entries
 * inside a caller's transaction so an entry commits together with the state change it records.
 */
export class AuditLog {
  readonly #o: Required<Omit<AuditLogOptions, 'signer' | 'onCheckpointError' | 'checkAtOpen'>> & Pick<AuditLogOptions, 'signer' | 'onCheckpointError' | 'checkAtOpen'>;
  readonly #queue: Pending[] = [];
  #flushing = false;
  #logId: string | null = null;
  /** Tree head over entries 1..frontier.size, all committed; O(log n) hashes, never the leaves. */
  readonly #frontier = new MerkleFrontier();
  /** Chain value of entry frontier.size, so catching up checks the chain before signing over it. */
  #frontierChain = GENESIS_CHAIN;
  /** Highest seq known committed (own appends, reads of the head); drives the in-memory N/T check. */
  #knownHead = 0;
  #lastCheckpoint: { size: number; ts: number } = { size: 0, ts: 0 };
  /** The latest validly signed stored checkpoint at open: catching up checks its root instead of every row below it. */
  #anchor: { size: number; root: string } | null = null;
  /** The background checkpoint in flight, if any: at most one. */
  #background: Promise<void> | null = null;
  /** Tail of the queue every checkpoint (background or explicit) runs on, one at a time. */
  #tail: Promise<void> = Promise.resolve();
  #running = 0;

  private constructor(options: AuditLogOptions) {
    this.#o = { checkpointEvery: 256, checkpointIntervalMs: 60_000, groupCommit: true, maxBatch: 512, ...options };
  }

  /** Opens the log: pins its identity (and the signer's public key) in the store on first use. */
  static async open(options: AuditLogOptions): Promise<AuditLog> {
    const log = new AuditLog(options);
    const signer = options.signer;
    const pinned = await options.store.transaction(async (tx) => {
      const logId = await tx.pinMeta(META_LOG_ID, options.ids.next('log_'));
      const key = signer ? await tx.pinMeta(META_PUBLIC_KEY, signer.publicKey) : await tx.getMeta(META_PUBLIC_KEY);
      const last = (await tx.checkpoints()).at(-1);
      const head = (await tx.auditHead())?.seq ?? 0;
      // L8: the newest entries, with the one before them, to check the tail's chain at open
      const tail = await tx.auditRange(Math.max(1, head - TAIL_CHECKED), TAIL_CHECKED + 1);
      return { logId, key, last, head, tail };
    });
    if (options.checkAtOpen !== false) checkTail(pinned.tail, pinned.head, pinned.last ?? null);
    // SECURITY: a log signed by one key never silently continues under another (L5 pins the key).
    if (signer && pinned.key !== signer.publicKey) {
      throw new PortcullisError('audit_corrupt', `audit signing key \`${signer.keyId}\` is not the key this log is pinned to`, {
        hint: 'use the original audit key file; a new key needs a new log',
      });
    }
    log.#logId = pinned.logId;
    // the T-seconds timer starts when the log opens, not at the epoch
    log.#lastCheckpoint = pinned.last ? { size: pinned.last.size, ts: pinned.last.ts } : { size: 0, ts: options.clock.now() };
    log.#knownHead = pinned.head;
    const last = pinned.last;
    if (last && pinned.key !== null) {
      const valid = last.keyId === keyIdOf(pinned.key) && verifySignature(pinned.key, checkpointPayload({ logId: pinned.logId, size: last.size, root: last.root, ts: last.ts, keyId: last.keyId }), last.signature);
      // SECURITY (L8): the latest checkpoint is what the tail is checked against; a forged one is refused
      if (!valid && options.checkAtOpen !== false) throw new PortcullisError('audit_corrupt', `the latest audit checkpoint (size ${last.size}) is not signed by this log's key`, { hint: 'refusing to start (L8). Run `portcullis audit verify`, then restore the store from a backup' });
      if (valid) log.#anchor = { size: last.size, root: last.root };
    }
    // The tree head is rebuilt from the stored leaves by the first checkpoint (in the background,
    // page by page), not here: a CLI command that never checkpoints should not read the whole log.
    return log;
  }

  get logId(): string {
    return this.#logId as string;
  }

  /** The key this process signs with (pinned to the log at open), or null without one. */
  get publicKey(): string | null {
    return this.#o.signer?.publicKey ?? null;
  }

  /**
   * A13: signs a vote for its audit entry. Without a signing key there is no way to prove a vote,
   * so voting is refused rather than recorded as something that can never count.
   */
  attestVote(claim: Omit<VoteClaim, 'logId'>): VoteAttestation {
    const signer = this.#o.signer;
    if (!signer) throw new PortcullisError('approval_refused', 'votes cannot be recorded: this control plane has no audit signing key', { hint: 'configure the audit key file (A13: a vote counts only when its signed audit entry backs it)' });
    return { keyId: signer.keyId, signature: signer.sign(votePayload({ ...claim, logId: this.logId })) };
  }

  /** A13: why `vote` is not backed by `entry` under this log's key, or null when it is. */
  voteBackingProblem(vote: VoteRow, entry: AuditRow | undefined, digest: string): string | null {
    return voteBackingProblem(vote, entry, digest, this.#logId, this.publicKey);
  }

  /** Durable, chained append (group-committed with concurrent appends unless disabled). */
  append(input: AuditInput): Promise<{ id: string; seq: number }> {
    try {
      canonicalJson(input.body); // refuse what cannot be hashed before it can spoil a batch
    } catch (err) {
      return Promise.reject(new PortcullisError('audit_append_failed', `audit entry of type \`${input.type}\` is not canonical json`, { hint: 'audit bodies must be plain JSON', cause: err }));
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({ input, resolve, reject });
      if (!this.#flushing) void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    this.#flushing = true;
    try {
      while (this.#queue.length > 0) {
        // Group commit: yield one turn of the event loop so appends arriving in the same burst join
        // this batch (one fsync for many entries); measured ~10x more decisions/s over HTTP.
        if (this.#o.groupCommit) await new Promise((r) => setImmediate(r));
        const batch = this.#queue.splice(0, this.#o.groupCommit ? this.#o.maxBatch : 1);
        let rows: AuditRow[];
        try {
          rows = await this.#o.store.transaction((tx) => this.#insertInTx(tx, batch.map((b) => b.input)));
        } catch (err) {
          const e = toPortcullisError(err, 'audit_append_failed');
          batch.forEach((b) => b.reject(e));
          continue;
        }
        // INVARIANT (durable-before-answer): an append resolves once its entries are committed (L2, L6);
        // the tree head and any checkpoint come after and never delay or fail it.
        batch.forEach((b, i) => b.resolve({ id: (rows[i] as AuditRow).id, seq: (rows[i] as AuditRow).seq }));
        this.#absorb(rows);
        this.#startIfDue();
      }
    } finally {
      this.#flushing = false;
    }
  }

  /** Appends inside the caller's write transaction: the entries commit or vanish with it (L2). */
  async appendInTx(tx: StoreTx, inputs: AuditInput[]): Promise<Array<{ id: string; seq: number }>> {
    // the caller may still roll back: the tree learns these entries from the store once committed
    return (await this.#insertInTx(tx, inputs)).map((r) => ({ id: r.id, seq: r.seq }));
  }

  async #insertInTx(tx: StoreTx, inputs: AuditInput[]): Promise<AuditRow[]> {
    const head = await tx.auditHead();
    let prev = head?.chain ?? GENESIS_CHAIN;
    let seq = head?.seq ?? 0;
    // INVARIANT (monotonic-time): entry time never goes backwards, whatever the clock does.
    let ts = Math.max(this.#o.clock.now(), head?.ts ?? 0);
    const rows: AuditRow[] = [];
    for (const input of inputs) {
      seq += 1;
      const entry: AuditEntryV1 = { v: 1, seq, id: this.#o.ids.next('aud_'), ts, type: input.type, actor: input.actor, body: input.body as JsonObject };
      const body = canonicalJson(entry);
      const leaf = leafHash(body);
      // INVARIANT (chain): chain(n) = SHA-256(chain(n-1) ‖ leaf(n) ‖ n), dense n from 1 (L1).
      const chain = chainHash(prev, leaf, seq);
      rows.push({ seq, id: entry.id, ts, type: entry.type, actor: entry.actor, body, leaf, chain });
      prev = chain;
      ts = Math.max(ts, this.#o.clock.now());
    }
    await tx.auditInsert(rows);
    return rows;
  }

  /**
   * Feeds committed rows to the tree head when they extend it exactly. Rows it cannot place (the
   * tree is not caught up yet, or another writer or an `appendInTx` caller committed in between)
   * are read back from the store by the next checkpoint instead.
   */
  #absorb(rows: readonly AuditRow[]): void {
    const last = rows.at(-1);
    if (last) this.#knownHead = Math.max(this.#knownHead, last.seq);
    if (!this.#o.signer) return; // no checkpoints, no tree to keep
    for (const r of rows) if (r.seq === this.#frontier.size + 1) this.#extend(r);
  }

  #extend(r: AuditRow): void {
    this.#frontier.push(r.leaf);
    this.#frontierChain = r.chain;
  }

  #due(head: number): boolean {
    const since = head - this.#lastCheckpoint.size;
    return since > 0 && (since >= this.#o.checkpointEvery || this.#o.clock.now() - this.#lastCheckpoint.ts >= this.#o.checkpointIntervalMs);
  }

  /** Starts a background checkpoint when one is due by what this process knows; at most one in flight. */
  #startIfDue(): Promise<void> {
    if (!this.#o.signer) return Promise.resolve();
    if (this.#background) return this.#background;
    if (!this.#due(this.#knownHead)) return Promise.resolve();
    const run = this.#serial(() => this.#checkpointNow()).then(
      () => true,
      (err: unknown) => {
        this.#report(toPortcullisError(err, 'audit_append_failed'));
        return false;
      },
    );
    this.#background = run.then((ok) => {
      this.#background = null;
      // entries that arrived while it ran may be due already; after a failure wait for the next trigger
      if (ok) void this.#startIfDue();
    });
    return this.#background;
  }

  /**
   * Checkpoints when N entries or T ms have passed since the last one (L4), counting entries any
   * writer committed. Timer-free: appends check it themselves; a server calls this periodically so
   * a quiet log still gets its T-seconds checkpoint. Never throws: failures go to `onCheckpointError`.
   */
  async maybeCheckpoint(): Promise<void> {
    if (!this.#o.signer) return;
    try {
      this.#knownHead = Math.max(this.#knownHead, await this.size());
    } catch (err) {
      this.#report(toPortcullisError(err, 'audit_append_failed'));
      return;
    }
    await this.#startIfDue();
  }

  #report(err: PortcullisError): void {
    const onError = this.#o.onCheckpointError;
    if (onError) {
      try {
        onError(err);
        return;
      } catch {
        // a throwing handler must not swallow the report: fall through to the warning
      }
    }
    // SECURITY: a failed checkpoint leaves the tail unsigned (L4, L7): never drop that silently.
    process.emitWarning(`audit checkpoint failed: ${err.message}`, { code: 'PORTCULLIS_AUDIT_CHECKPOINT', detail: err.hint ?? '' });
  }

  /** Resolves when no append batch or checkpoint is running (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.#flushing || this.#background || this.#running > 0) {
      await (this.#background ?? this.#tail.then(() => new Promise((r) => setImmediate(r))));
    }
  }

  /** Runs checkpoint work one at a time, background or explicit. */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    this.#running += 1;
    const p = this.#tail.then(fn).finally(() => (this.#running -= 1));
    this.#tail = p.then(
      () => undefined,
      () => undefined,
    );
    return p;
  }

  async size(): Promise<number> {
    return this.#o.store.read(async (tx) => (await tx.auditHead())?.seq ?? 0);
  }

  /** Leaf hashes of entries 1..size read from the store (O(n); for inclusion proofs, not kept). */
  async leaves(): Promise<string[]> {
    const out: string[] = [];
    for (;;) {
      const page = await this.#o.store.read((tx) => tx.auditRange(out.length + 1, PAGE));
      for (const r of page) out.push(r.leaf);
      if (page.length < PAGE) return out;
    }
  }

  /**
   * Brings the tree head up to the store's head: the first time after open that is every stored
   * entry, later only what other writers and `appendInTx` callers committed. One page per read so
   * appends interleave, and a turn of the event loop between pages so requests are served meanwhile.
   */
  async #catchUp(): Promise<void> {
    for (;;) {
      const from = this.#frontier.size + 1;
      const page = await this.#o.store.read((tx) => tx.auditRange(from, PAGE));
      for (const r of page) {
        const at = this.#frontier.size + 1;
        if (r.seq < at) continue; // an own append placed it while we read
        if (r.seq > at) throw corrupt(`audit entry ${at} is missing (next stored entry is ${r.seq})`);
        const anchor = this.#anchor;
        // SECURITY: never sign a tree over entries that do not hash and chain: that would bless an edit.
        // Below a validly signed checkpoint its root checks them all at once (one comparison, below).
        if (!anchor || r.seq > anchor.size) {
          if (leafHash(r.body) !== r.leaf) throw corrupt(`audit entry ${at} was edited: its leaf hash does not match its contents`);
          if (chainHash(this.#frontierChain, r.leaf, r.seq) !== r.chain) throw corrupt(`audit entry ${at} breaks the hash chain`);
        }
        this.#extend(r);
        this.#knownHead = Math.max(this.#knownHead, r.seq);
        if (anchor && this.#frontier.size === anchor.size && this.#frontier.root() !== anchor.root) {
          throw corrupt(`audit entries up to ${anchor.size} do not match the signed checkpoint`);
        }
      }
      if (page.length < PAGE) return;
      await new Promise((r) => setImmediate(r));
    }
  }

  /**
   * Signs and stores a checkpoint over everything committed so far; returns the exportable form.
   * Waits for a checkpoint already running, then makes its own (so it covers entries the caller
   * just committed, e.g. a released held action's outcome, L4).
   */
  checkpoint(): Promise<SignedCheckpointV1> {
    if (!this.#o.signer) return Promise.reject(new PortcullisError('audit_append_failed', 'no audit signing key configured', { hint: 'configure an audit key file to make checkpoints' }));
    return this.#serial(() => this.#checkpointNow());
  }

  async #checkpointNow(): Promise<SignedCheckpointV1> {
    const signer = this.#o.signer as Signer;
    await this.#catchUp();
    // size and root are taken together, synchronously: an append landing later is the next checkpoint's
    const size = this.#frontier.size;
    const root = this.#frontier.root();
    if (size <= this.#lastCheckpoint.size) {
      const existing = await this.#o.store.read(async (tx) => (await tx.checkpoints()).find((c) => c.size === size));
      if (existing) return this.exportCheckpoint(existing);
    }
    const ts = this.#o.clock.now();
    const signature = signer.sign(checkpointPayload({ logId: this.logId, size, root, ts, keyId: signer.keyId }));
    const row: CheckpointRow = { size, ts, root, keyId: signer.keyId, signature };
    try {
      await this.#o.store.transaction((tx) => tx.insertCheckpoint(row));
    } catch (err) {
      // another writer checkpointed the same size first: theirs is as good as ours
      if (!(err instanceof PortcullisError && err.code === 'store_conflict')) throw err;
      const theirs = await this.#o.store.read(async (tx) => (await tx.checkpoints()).find((c) => c.size === size));
      if (!theirs) throw err;
      // SECURITY: two signed roots for one size is a forked log, not a race to shrug off (L5).
      if (theirs.root !== root) throw corrupt(`audit checkpoint at ${size} by another writer has a different root`);
      this.#noteCheckpoint(theirs);
      return this.exportCheckpoint(theirs);
    }
    this.#noteCheckpoint(row);
    return this.exportCheckpoint(row);
  }

  #noteCheckpoint(c: { size: number; ts: number }): void {
    if (c.size >= this.#lastCheckpoint.size) this.#lastCheckpoint = { size: c.size, ts: Math.max(c.ts, this.#lastCheckpoint.ts) };
  }

  /** The latest stored checkpoint in exportable form, or null when none exists. */
  async latestCheckpoint(): Promise<SignedCheckpointV1 | null> {
    const last = await this.#o.store.read(async (tx) => (await tx.checkpoints()).at(-1));
    return last ? this.exportCheckpoint(last) : null;
  }

  async exportCheckpoint(row: CheckpointRow): Promise<SignedCheckpointV1> {
    const publicKey = await this.#o.store.read((tx) => tx.getMeta(META_PUBLIC_KEY));
    return { v: 1, logId: this.logId, size: row.size, root: row.root, ts: row.ts, keyId: row.keyId, publicKey: publicKey ?? '', signature: row.signature };
  }
}

export function openAuditLog(options: AuditLogOptions): Promise<AuditLog> {
  return AuditLog.open(options);
}
