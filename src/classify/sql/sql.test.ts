import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_INVENTORY } from '../../core/index.ts';
import { FactsBuilder } from '../builder.ts';
import { classifySqlInto, splitStatements } from './sql.ts';

function facts(sql: string, dialect?: string) {
  const b = new FactsBuilder();
  classifySqlInto(sql, { ctx: {}, inventory: EMPTY_INVENTORY, dialect }, b);
  return b.build('sql');
}

test('splits statements outside quotes, comments and dollar quotes', () => {
  assert.deepEqual(splitStatements("select ';'; drop table x -- ;\n; select $$;$$").map((s) => s.text.trim()), ["select ';'", 'drop table x -- ;', 'select $$;$$']);
});

test('DROP, TRUNCATE, unbounded DELETE/UPDATE are destructive; narrowed ones are not', () => {
  assert.equal(facts('DROP TABLE users').destructive, true);
  assert.equal(facts('TRUNCATE t').destructive, true);
  assert.equal(facts('DELETE FROM t').destructive, true);
  assert.equal(facts('DELETE FROM t WHERE 1=1').destructive, true);
  assert.equal(facts('DELETE FROM t WHERE id = id').destructive, true);
  assert.equal(facts('DELETE FROM t WHERE id = 4').destructive, false);
  assert.equal(facts('UPDATE t SET a = 1 WHERE id IN (1, 2)').destructive, false);
  assert.equal(facts('ALTER TABLE t DROP COLUMN c').destructive, true);
});

test('what node-sql-parser does not know falls back to keywords; gibberish is opaque', () => {
  const db = facts('DROP DATABASE prod');
  assert.equal(db.destructive, true);
  assert.equal(db.confidence, 'partial');
  assert.deepEqual(facts('EXPLAIN SELECT 1').verbs, ['read']);
  assert.equal(facts('EXPLAIN ANALYZE DELETE FROM t').destructive, true);
  assert.equal(facts('FROBNICATE everything').confidence, 'opaque');
});

test('GRANT and REVOKE are permissions; multi-statement input is judged per statement', () => {
  assert.deepEqual(facts('GRANT SELECT ON t TO bob').verbs, ['permissions']);
  const multi = facts('SELECT 1; DROP TABLE x;');
  assert.equal(multi.destructive, true);
  assert.ok(multi.verbs.includes('read') && multi.verbs.includes('delete'));
});
