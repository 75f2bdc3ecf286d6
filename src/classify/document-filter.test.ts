import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstArgumentAt, matchesEverything, UNREAD, type FilterValue } from './document-filter.ts';

test('filters that match every document (issue 12): empty, _id exists or not null, constant $where/$expr, $or with one of them', () => {
  for (const f of [undefined, null, {}, { _id: { $exists: true } }, { _id: { $exists: 1 } }, { _id: { $ne: null } }, { $where: 'true' }, { $where: 'return true;' }, { $where: 'function () { return true }' }, { $expr: true },
    { $and: [{}, { _id: { $exists: true } }] }, { $or: [{ status: 'x' }, {}] }, { $comment: 'all', _id: { $exists: true } }] as Array<FilterValue | undefined>) {
    assert.equal(matchesEverything(f), true, JSON.stringify(f));
  }
});

test('filters that narrow, or that cannot be read, are not "everything"', () => {
  for (const f of [{ status: 'x' }, { _id: { $exists: true }, status: 'x' }, { _id: { $exists: false } }, { $where: 'this.n > 3' }, { $expr: { $gt: ['$a', 1] } },
    { $or: [{ a: 1 }, { b: 2 }] }, { age: { $exists: true } }, { $or: 'x' }, UNREAD, 'x', []]) {
    assert.equal(matchesEverything(f as never), false, JSON.stringify(f));
  }
});

test('mongosh: the first argument of a call is read with a JavaScript parser', () => {
  const at = (code: string) => firstArgumentAt(code, code.indexOf('(') + 1);
  assert.equal(at('db.a.deleteMany()'), undefined);
  assert.deepEqual(at('db.a.deleteMany({_id: {$exists: true}})'), { _id: { $exists: true } });
  assert.deepEqual(at('db.a.deleteMany({"$where": "true"}, {w: 1})'), { $where: 'true' });
  assert.equal(matchesEverything(at('db.a.deleteMany({$where: function () { return true }})')), true);
  assert.equal(matchesEverything(at('db.a.deleteMany({$where: () => true})')), true);
  assert.equal(at('db.a.deleteMany(filter)'), UNREAD);
  assert.deepEqual(at('db.a.deleteMany({[k]: 1})'), UNREAD);
  assert.equal(at('db.a.deleteMany({oops'), UNREAD);
  assert.equal(matchesEverything(at('db.a.deleteMany({ts: {$lt: ISODate("2025-01-01")}})')), false);
});
