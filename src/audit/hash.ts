import { createHash } from 'node:crypto';

/** The chain's starting value: 32 zero bytes. */
export const GENESIS_CHAIN = '0'.repeat(64);

/** RFC 9162 leaf hash: SHA-256(0x00 ‖ entry bytes), hex. */
export function leafHash(body: string): string {
  return createHash('sha256').update(Buffer.from([0])).update(body, 'utf8').digest('hex');
}

/** SHA-256(prev_chain ‖ leaf ‖ seq) over raw bytes, seq as 8 bytes big-endian, hex. */
export function chainHash(prevChain: string, leaf: string, seq: number): string {
  const n = Buffer.alloc(8);
  n.writeBigUInt64BE(BigInt(seq));
  return createHash('sha256').update(Buffer.from(prevChain, 'hex')).update(Buffer.from(leaf, 'hex')).update(n).digest('hex');
}
