import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base64Of } from './client.ts';

test('A12 the staged bytes are sent as standard padded base64, every length and every byte value', () => {
  const all = new Uint8Array(256 * 3).map((_, i) => i % 256);
  for (let n = 0; n <= all.length; n += n < 16 ? 1 : 37) assert.equal(base64Of(all.subarray(0, n)), Buffer.from(all.subarray(0, n)).toString('base64'), `length ${n}`);
});
