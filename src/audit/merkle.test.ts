import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { leafHash } from './hash.ts';
import { inclusionProof, merkleRoot, verifyInclusion } from './merkle.ts';

const h = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();

test('L4 merkle root follows RFC 9162: empty, one leaf, and the unbalanced split', () => {
  assert.equal(merkleRoot([]), createHash('sha256').digest('hex'));
  const l = ['a', 'b', 'c'].map((x) => leafHash(x));
  assert.equal(merkleRoot(l.slice(0, 1)), l[0]);
  const b = l.map((x) => Buffer.from(x, 'hex'));
  const one = Buffer.from([1]);
  const expected = h(one, h(one, b[0] as Buffer, b[1] as Buffer), b[2] as Buffer).toString('hex');
  assert.equal(merkleRoot(l), expected);
});

test('L4 every entry has an inclusion proof that verifies, and a wrong leaf does not', () => {
  const leaves = Array.from({ length: 21 }, (_, i) => leafHash(`entry ${i}`));
  for (let size = 1; size <= leaves.length; size++) {
    const root = merkleRoot(leaves, size);
    for (let i = 0; i < size; i++) {
      const proof = inclusionProof(leaves, i, size);
      assert.ok(verifyInclusion(leaves[i] as string, i, size, proof, root), `size ${size} index ${i}`);
      assert.ok(!verifyInclusion(leafHash('forged'), i, size, proof, root));
    }
  }
});
