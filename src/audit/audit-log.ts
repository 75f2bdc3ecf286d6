import { PortcullisError, canonicalJson, toPortcullisError, type Clock, type IdGenerator } from '../core/index.ts';
import type { AuditRow, CheckpointRow, Store, StoreTx } from '../store/index.ts';
import { META_LOG_ID, META_PUBLIC_KEY, checkpointPayload, type AuditEntryV1, type AuditInput, type SignedCheckpointV1 } from './entry.ts';
import { GENESIS_CHAIN, chainHash, leafHash } from './hash.ts';
import { merkleRoot } from './merkle.ts';
import type { Signer } from './signer.ts';

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
  /** Called when a background checkpoint fails (the entries themselves are already durable). */
  onCheckpointError?: (err: PortcullisError) => void;
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
  readonly #o: Required<Omit<AuditLogOptions, 'signer' | 'onCheckpointError'>> & Pick<AuditLogOptions, 'signer' | 'onCheckpointError'>;
  readonly #queue: Pending[] = [];
  #flushing = false;
  #logId: string | null = null;
  #leaves: string[] = [];
  #lastCheckpoint: { size: number; ts: number } = { size: 0, ts: 0 };
  #checkpointing: Promise<void> | null = null;

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
      return { logId, key, last };
    });
    // SECURITY: a log signed by one key never silently continues under another (L5 pins the key).
    if (signer && pinned.key !== signer.publicKey) {
      throw new PortcullisError('audit_corrupt', `audit signing key \`${signer.keyId}\` is not the key this log is pinned to`, {
        hint: 'use the original audit key file; a new key needs a new log',
      });
    }
    log.#logId = pinned.logId;
    // the T-seconds timer starts when the log opens, not at the epoch
    log.#lastCheckpoint = pinned.last ? { size: pinned.last.size, ts: pinned.last.ts } : { size: 0, ts: options.clock.now() };
    return log;
  }

  get logId(): string {
    return this.#logId as string;
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
        const batch = this.#queue.splice(0, this.#o.groupCommit ? this.#o.maxBatch : 1);
        try {
          const ids = await this.#o.store.transaction((tx) => this.appendInTx(tx, batch.map((b) => b.input)));
          batch.forEach((b, i) => b.resolve(ids[i] as { id: string; seq: number }));
        } catch (err) {
          const e = toPortcullisError(err, 'audit_append_failed');
          batch.forEach((b) => b.reject(e));
        }
      }
    } finally {
      this.#flushing = false;
    }
    void this.maybeCheckpoint();
  }

  /** Appends inside the caller's write transaction: the entries commit or vanish with it (L2). */
  async appendInTx(tx: StoreTx, inputs: AuditInput[]): Promise<Array<{ id: string; seq: number }>> {
    const head = await tx.auditHead();
    let prev = head?.chain ?? GENESIS_CHAIN;
    let seq = head?.seq ?? 0;
    // INVARIANT (monotonic-time): entry time never goes backwards, whatever the clock does.
    let ts = Math.max(this.#o.clock.now(), head?.ts ?? 0);
    const rows: AuditRow[] = [];
    for (const input of inputs) {
      seq += 1;
      const entry: AuditEntryV1 = { v: 1, seq, id: this.#o.ids.next('aud_'), ts, type: input.type, actor: input.actor, body: input.body };
      const body = canonicalJson(entry);
      const leaf = leafHash(body);
      // INVARIANT (chain): chain(n) = SHA-256(chain(n-1) ‖ leaf(n) ‖ n), dense n from 1 (L1).
      const chain = chainHash(prev, leaf, seq);
      rows.push({ seq, id: entry.id, ts, type: entry.type, actor: entry.actor, body, leaf, chain });
      prev = chain;
      ts = Math.max(ts, this.#o.clock.now());
    }
    await tx.auditInsert(rows);
    return rows.map((r) => ({ id: r.id, seq: r.seq }));
  }

  /** Checkpoints when N entries or T ms have passed since the last one (L4). Never throws. */
  maybeCheckpoint(): Promise<void> {
    if (!this.#o.signer) return Promise.resolve();
    // one background checkpoint at a time; appends meanwhile are covered by the next one
    this.#checkpointing ??= this.#maybeCheckpoint().finally(() => (this.#checkpointing = null));
    return this.#checkpointing;
  }

  /** Resolves when no background checkpoint is running (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.#flushing || this.#checkpointing) await (this.#checkpointing ?? new Promise((r) => setImmediate(r)));
  }

  async #maybeCheckpoint(): Promise<void> {
    try {
      const size = await this.size();
      const since = size - this.#lastCheckpoint.size;
      if (since <= 0) return;
      if (since >= this.#o.checkpointEvery || this.#o.clock.now() - this.#lastCheckpoint.ts >= this.#o.checkpointIntervalMs) await this.checkpoint();
    } catch (err) {
      this.#o.onCheckpointError?.(toPortcullisError(err, 'audit_append_failed'));
    }
  }

  async size(): Promise<number> {
    return this.#o.store.read(async (tx) => (await tx.auditHead())?.seq ?? 0);
  }

  /** Leaf hashes of entries 1..size, read incrementally and kept in memory. */
  async leaves(): Promise<string[]> {
    await this.#o.store.read(async (tx) => {
      for (;;) {
        const page = await tx.auditRange(this.#leaves.length + 1, 5000);
        for (const r of page) this.#leaves.push(r.leaf);
        if (page.length < 5000) break;
      }
    });
    return this.#leaves;
  }

  /** Signs and stores a checkpoint over everything appended so far; returns the exportable form. */
  async checkpoint(): Promise<SignedCheckpointV1> {
    const signer = this.#o.signer;
    if (!signer) throw new PortcullisError('audit_append_failed', 'no audit signing key configured', { hint: 'configure an audit key file to make checkpoints' });
    const leaves = await this.leaves();
    const size = leaves.length;
    const existing = await this.#o.store.read(async (tx) => (await tx.checkpoints()).find((c) => c.size === size));
    if (existing) return this.exportCheckpoint(existing);
    const root = merkleRoot(leaves, size);
    const ts = this.#o.clock.now();
    const signature = signer.sign(checkpointPayload({ logId: this.logId, size, root, ts, keyId: signer.keyId }));
    const row: CheckpointRow = { size, ts, root, keyId: signer.keyId, signature };
    try {
      await this.#o.store.transaction((tx) => tx.insertCheckpoint(row));
    } catch (err) {
      // another writer checkpointed the same size first: theirs is as good as ours
      if (!(err instanceof PortcullisError && err.code === 'store_conflict')) throw err;
      const theirs = await this.#o.store.read(async (tx) => (await tx.checkpoints()).find((c) => c.size === size));
      if (theirs) return this.exportCheckpoint(theirs);
      throw err;
    }
    this.#lastCheckpoint = { size, ts };
    return this.exportCheckpoint(row);
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
