import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, digestOf } from './digest.ts';

test('A1 canonical JSON: keys by code unit, undefined members dropped, no whitespace', () => {
  assert.equal(canonicalJson({ z: 1, a: undefined, é: 2, Z: { y: [], x: {} }, 10: 1, 9: 2, '': 0 }), '{"":0,"10":1,"9":2,"Z":{"x":{},"y":[]},"z":1,"é":2}');
  assert.equal(canonicalJson([1, undefined, null, { b: 'x"\u2028', a: [undefined] }]), '[1,null,null,{"a":[null],"b":"x\\"\u2028"}]');
  assert.equal(canonicalJson('\ud800'), '"\\ud800"');
  assert.equal(canonicalJson(-0), '0');
  assert.equal(digestOf({ b: 1, a: 2 }), digestOf({ a: 2, b: 1 }));
});

test('A1 canonical JSON refuses what JSON cannot say, and names where', () => {
  assert.throws(() => canonicalJson({ a: [1, Number.NaN] }), { name: 'TypeError', message: 'cannot canonicalise non-finite number at `$.a[1]`' });
  assert.throws(() => canonicalJson({ a: { b: () => 1 } }), { message: 'cannot canonicalise function at `$.a.b`' });
  assert.throws(() => canonicalJson({ x: 1n }), { message: 'cannot canonicalise bigint at `$.x`' });
});
