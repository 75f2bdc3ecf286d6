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
