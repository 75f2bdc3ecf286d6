/**
 * scripts/test.ts (round 38, the lead's answer 383.2): the test files start longest first, then by name; a file named
 * in LONGEST_FIRST that does not exist is skipped, and none is run twice.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LONGEST_FIRST, testOrder } from '../scripts/test.ts';

test('npm test: the longest files first, in LONGEST_FIRST order, then the rest by name, each once', () => {
  const files = ['test/z.test.ts', 'src/a.test.ts', 'test/label-audit.test.ts', 'test/classify-corpus.test.ts', 'src/classify/any-case.test.ts'];
  assert.deepEqual(testOrder(files), ['test/classify-corpus.test.ts', 'src/classify/any-case.test.ts', 'test/label-audit.test.ts', 'src/a.test.ts', 'test/z.test.ts']);
  assert.equal(LONGEST_FIRST[0], 'test/classify-corpus.test.ts');
  assert.deepEqual(testOrder(['b.test.ts', 'a.test.ts']), ['a.test.ts', 'b.test.ts']);
});
