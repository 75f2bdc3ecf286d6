import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { leafHash } from './hash.ts';
import fc from 'fast-check';
import { MerkleFrontier, inclusionProof, merkleRoot, verifyInclusion } from './merkle.ts';

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

test('L4 the incremental frontier root is byte-identical to the full RFC 9162 root at every size up to 300', () => {
  const leaves = Array.from({ length: 300 }, (_, i) => leafHash(`entry ${i}`));
  const f = new MerkleFrontier();
  assert.equal(f.root(), merkleRoot([]));
  for (let size = 1; size <= leaves.length; size++) {
    f.push(leaves[size - 1] as string);
    assert.equal(f.size, size);
    assert.equal(f.root(), merkleRoot(leaves, size), `size ${size}`);
  }
});

test('L4 property: frontier root equals merkleRoot for any leaves at sizes 0..2000', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2000 }), fc.string({ maxLength: 8 }), fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { maxLength: 8 }), (n, seed, probes) => {
      const leaves = Array.from({ length: n }, (_, i) => leafHash(`${seed}/${i}`));
      const at = new Set(probes.filter((p) => p <= n));
      const f = new MerkleFrontier();
      if (at.has(0)) assert.equal(f.root(), merkleRoot([]));
      for (let i = 0; i < n; i++) {
        f.push(leaves[i] as string);
        if (at.has(i + 1)) assert.equal(f.root(), merkleRoot(leaves, i + 1), `size ${i + 1}`);
      }
      assert.equal(f.root(), merkleRoot(leaves));
    }),
    { numRuns: 100 },
  );
});

test('L4 the frontier refuses a leaf that is not a sha-256 hash', () => {
  assert.throws(() => new MerkleFrontier().push('abcd'), { name: 'TypeError', message: 'leaf `abcd` is not a sha-256 hash' });
});
