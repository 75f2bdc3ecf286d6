import { createHash } from 'node:crypto';

/**
 * RFC 9162 §2.1 Merkle tree over leaf hashes (each already SHA-256(0x00 ‖ entry)). Interior nodes
 * are SHA-256(0x01 ‖ left ‖ right), split at the largest power of two smaller than n.
 */
const EMPTY_ROOT = createHash('sha256').digest();

function node(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(Buffer.from([1])).update(left).update(right).digest();
}

function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function mth(leaves: readonly Buffer[], lo: number, hi: number): Buffer {
  const n = hi - lo;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves[lo] as Buffer;
  const k = split(n);
  return node(mth(leaves, lo, lo + k), mth(leaves, lo + k, hi));
}

/** The root over the first `size` leaves (hex in, hex out). */
export function merkleRoot(leaves: readonly string[], size = leaves.length): string {
  const bufs = leaves.slice(0, size).map((l) => Buffer.from(l, 'hex'));
  return mth(bufs, 0, bufs.length).toString('hex');
}

/** RFC 9162 §2.1.3.1 inclusion proof for leaf `index` (0-based) in the tree of `size` leaves. */
export function inclusionProof(leaves: readonly string[], index: number, size = leaves.length): string[] {
  const bufs = leaves.slice(0, size).map((l) => Buffer.from(l, 'hex'));
  const path = (m: number, lo: number, hi: number): Buffer[] => {
    const n = hi - lo;
    if (n <= 1) return [];
    const k = split(n);
    return m < k ? [...path(m, lo, lo + k), mth(bufs, lo + k, hi)] : [...path(m - k, lo + k, hi), mth(bufs, lo, lo + k)];
  };
  return path(index, 0, bufs.length).map((b) => b.toString('hex'));
}

/** RFC 9162 §2.1.3.2: does `proof` show leaf `index` with hash `leaf` is in the tree with `root`? */
export function verifyInclusion(leaf: string, index: number, size: number, proof: readonly string[], root: string): boolean {
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf, 'hex');
  for (const p of proof) {
    const pb = Buffer.from(p, 'hex');
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = node(pb, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = node(r, pb);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.toString('hex') === root;
}

/**
 * The RFC 9162 tree head kept incrementally: the roots of the perfect subtrees that make up a tree
 * of `size` leaves (the "compact range" [0, size)), one per set bit of `size`, largest first. Adding
 * a leaf merges equal-sized subtrees (amortised one hash); the root folds them right to left, which
 * is exactly MTH's split at the largest power of two (O(log n) hashes, O(log n) memory).
 */
export class MerkleFrontier {
  readonly #nodes: Buffer[] = [];
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** Appends the leaf hash (hex) of entry `size + 1`. */
  push(leaf: string): void {
    let h: Buffer = Buffer.from(leaf, 'hex');
    if (h.length !== 32) throw new TypeError(`leaf \`${leaf}\` is not a sha-256 hash`);
    // each trailing 1-bit of the old size is a perfect subtree the size of what we carry: merge
    for (let n = this.#size; n & 1; n >>= 1) h = node(this.#nodes.pop() as Buffer, h);
    this.#nodes.push(h);
    this.#size += 1;
  }

  /** MTH over every leaf pushed so far (hex), byte-identical to `merkleRoot(leaves)`. */
  root(): string {
    if (this.#nodes.length === 0) return EMPTY_ROOT.toString('hex');
    let r = this.#nodes[this.#nodes.length - 1] as Buffer;
    for (let i = this.#nodes.length - 2; i >= 0; i--) r = node(this.#nodes[i] as Buffer, r);
    return r.toString('hex');
  }
}
