import { canonicalJson } from '../core/index.ts';
import type { AuditRow, CheckpointRow, Store, StoreTx } from '../store/index.ts';
import { VOTE_ENTRY_TYPE, voteBackingProblem } from './votes.ts';
import { META_LOG_ID, META_PUBLIC_KEY, checkpointPayload, type SignedCheckpointV1 } from './entry.ts';
import { GENESIS_CHAIN, chainHash, leafHash } from './hash.ts';
import { MerkleFrontier } from './merkle.ts';
import { keyIdOf, verifySignature } from './signer.ts';

/** A13: a vote row the signed audit entry it names does not back (it counts for nothing). */
export interface UnbackedVote {
  requestId: string;
  human: string;
  kind: string;
  auditSeq: number | null;
  problem: string;
}

export type VerifyReport =
  | { ok: true; size: number; root: string; logId: string | null; checkpoints: number; anchoredSize: number | null; unbackedVotes: [] }
  | { ok: false; size: number; logId: string | null; position: number; problem: string; unbackedVotes: UnbackedVote[] };

export interface VerifyOptions {
  /** An exported checkpoint held outside the writer's control (L5: truncation, rewritten history). */
  checkpoint?: SignedCheckpointV1;
  pageSize?: number;
}

/**
 * Recomputes every entry's leaf and chain from the stored bytes, checks the sequence is dense and
 * time never goes back, then every stored checkpoint's root and signature against the pinned key,
 * then an exported checkpoint if given. Names the first bad position (1-based seq). What it proves
 * (L7): the integrity of what was logged up to the last checkpoint anchored elsewhere, not that the
 * un-anchored tail is complete.
 */
export async function verifyAudit(store: Store, options: VerifyOptions = {}): Promise<VerifyReport> {
  return store.read((tx) => verifyAuditTx(tx, options));
}

/** `verifyAudit` inside a transaction the caller holds (`store migrate` checks the copy before it commits). */
export async function verifyAuditTx(tx: StoreTx, options: VerifyOptions = {}): Promise<VerifyReport> {
  const pageSize = options.pageSize ?? 5000;
  {
    const logId = await tx.getMeta(META_LOG_ID);
    const pinnedKey = await tx.getMeta(META_PUBLIC_KEY);
    // Roots are taken on the way, at every size a checkpoint names: one pass, O(log n) tree memory,
    // instead of a full tree per checkpoint.
    const stored = await tx.checkpoints();
    const ext = options.checkpoint;
    const wanted = new Set<number>(stored.map((c) => c.size));
    if (ext) wanted.add(ext.size);
    const tree = new MerkleFrontier();
    const roots = new Map<number, string>();
    if (wanted.has(0)) roots.set(0, tree.root());
    let prev = GENESIS_CHAIN;
    let prevTs = -Infinity;
    let expected = 1;
    const fail = (position: number, problem: string): VerifyReport => ({ ok: false, size: tree.size, logId, position, problem, unbackedVotes: [] });
    const voteEntries = new Map<number, AuditRow>();
    for (;;) {
      const page = await tx.auditRange(expected, pageSize);
      for (const row of page) {
        if (row.seq !== expected) return fail(expected, `entry ${expected} is missing (next stored entry is ${row.seq})`);
        let entry: Record<string, unknown>;
        try {
          entry = JSON.parse(row.body) as Record<string, unknown>;
        } catch {
          return fail(expected, `entry ${expected} is not valid json`);
        }
        if (canonicalJson(entry) !== row.body) return fail(expected, `entry ${expected} is not in canonical form`);
        if (entry.v !== 1 || entry.seq !== row.seq || entry.id !== row.id || entry.ts !== row.ts || entry.type !== row.type || entry.actor !== row.actor) {
          return fail(expected, `entry ${expected} does not match its stored columns (moved or edited)`);
        }
        const leaf = leafHash(row.body);
        if (leaf !== row.leaf) return fail(expected, `entry ${expected} was edited: its leaf hash does not match its contents`);
        const chain = chainHash(prev, leaf, row.seq);
        if (chain !== row.chain) return fail(expected, `entry ${expected} breaks the hash chain (edited, deleted or reordered before it)`);
        if (row.ts < prevTs) return fail(expected, `entry ${expected} is back-dated (${row.ts} before ${prevTs})`);
        if (VOTE_TYPES.has(row.type)) voteEntries.set(row.seq, row);
        tree.push(leaf);
        if (wanted.has(tree.size)) roots.set(tree.size, tree.root());
        prev = chain;
        prevTs = row.ts;
        expected += 1;
      }
      if (page.length < pageSize) break;
    }
    const size = tree.size;
    for (const c of stored) {
      const problem = checkCheckpoint(c, logId, pinnedKey, size, roots);
      if (problem) return fail(Math.min(c.size, size + 1), problem);
    }
    let anchoredSize: number | null = null;
    if (ext) {
      if (ext.logId !== logId) return fail(1, `checkpoint is for log \`${ext.logId}\`, this store holds log \`${logId}\``);
      if (pinnedKey !== null && ext.publicKey !== pinnedKey) return fail(1, `checkpoint key \`${ext.keyId}\` is not this log's pinned key`);
      if (keyIdOf(ext.publicKey) !== ext.keyId || !verifySignature(ext.publicKey, checkpointPayload(ext), ext.signature)) {
        return fail(1, 'checkpoint signature is invalid');
      }
      if (ext.size > size) return fail(size + 1, `log was truncated: it has ${size} entries, the checkpoint covers ${ext.size}`);
      if (roots.get(ext.size) !== ext.root) return fail(firstDivergence(stored, roots, ext.size), `history was rewritten: the first ${ext.size} entries do not match the checkpoint's root`);
      anchoredSize = ext.size;
    }
    // SECURITY: A13: every vote row must be backed by its signed entry; name each one that is not
    const unbacked: UnbackedVote[] = [];
    const digests = new Map<string, string | null>();
    for (const v of await tx.allVotes()) {
      if (!digests.has(v.requestId)) digests.set(v.requestId, (await tx.getRequest(v.requestId))?.digest ?? null);
      const digest = digests.get(v.requestId) ?? null;
      const entry = v.auditSeq === null ? undefined : voteEntries.get(v.auditSeq);
      const notAVote = v.auditSeq !== null && entry === undefined && v.auditSeq >= 1 && v.auditSeq <= size;
      const problem = digest === null ? 'its request does not exist' : notAVote ? `its audit entry ${v.auditSeq} is not a vote entry` : voteBackingProblem(v, entry, digest, logId, pinnedKey);
      if (problem) unbacked.push({ requestId: v.requestId, human: v.humanId, kind: v.kind, auditSeq: v.auditSeq, problem });
    }
    if (unbacked.length > 0) {
      const named = unbacked.map((u) => `request \`${u.requestId}\` ${u.kind} by \`${u.human}\` (${u.problem})`).join('; ');
      return { ok: false, size, logId, position: 0, problem: `${unbacked.length} vote row(s) not backed by a signed audit entry, counted for nothing (A13): ${named}`, unbackedVotes: unbacked };
    }
    return { ok: true, size, root: tree.root(), logId, checkpoints: stored.length, anchoredSize, unbackedVotes: [] };
  }
}

const VOTE_TYPES: ReadonlySet<string> = new Set(Object.values(VOTE_ENTRY_TYPE));

function checkCheckpoint(c: CheckpointRow, logId: string | null, pinnedKey: string | null, size: number, roots: Map<number, string>): string | null {
  if (c.size > size) return `log was truncated: stored checkpoint covers ${c.size} entries, the log has ${size}`;
  if (pinnedKey === null) return `checkpoint at ${c.size} exists but no signing key is pinned`;
  if (c.keyId !== keyIdOf(pinnedKey)) return `checkpoint at ${c.size} was signed by key \`${c.keyId}\`, not the pinned key`;
  if (!verifySignature(pinnedKey, checkpointPayload({ logId: logId ?? '', size: c.size, root: c.root, ts: c.ts, keyId: c.keyId }), c.signature)) {
    return `checkpoint at ${c.size} has an invalid signature`;
  }
  if (roots.get(c.size) !== c.root) return `entries up to ${c.size} do not match the signed checkpoint`;
  return null;
}

/** Narrows a rewrite down using the stored checkpoints that still match: the first entry after them. */
function firstDivergence(stored: CheckpointRow[], roots: Map<number, string>, limit: number): number {
  let good = 0;
  for (const c of stored) if (c.size <= limit && roots.get(c.size) === c.root) good = Math.max(good, c.size);
  return good + 1;
}
