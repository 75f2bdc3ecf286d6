import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../test/helpers/batch-answer.ts';

/** Round 30 (branch d30): the lead's answers 309 and 311, and the database classes of d30's blind set, each rule's edges. */
const answer = batchAnswers();
const DEV = { cwd: '/home/dev/app', home: '/home/dev' };
const sql = (text: string, dialect: string): string => answer('sql', text, { ...DEV, dialect }).decision;
const sh = (command: string): string => answer('command', command, DEV).decision;

describe('answer 309: mongodump between fsyncLock() and its unlock is a backup copy', () => {
  test('the copy alone between the lock and the unlock of one server', () => {
    for (const c of ["mongosh --eval 'db.fsyncLock()' && mongodump --out /backup/m && mongosh --eval 'db.fsyncUnlock()'",
      "mongo --host m1 --eval 'db.fsyncLock()'; mongodump --host m1 --gzip --archive=/backup/a.gz; mongo --host m1 --eval 'db.fsyncUnlock()'"]) assert.equal(sh(c), 'benign', c);
  });
  test('no unlock, another server unlocked, a restore or a step between, a value built at run time', () => {
    for (const c of ["mongosh --eval 'db.fsyncLock()' && mongodump --out /backup/m",
      "mongosh --host m1 --eval 'db.fsyncLock()' && mongodump --out /b && mongosh --host m2 --eval 'db.fsyncUnlock()'",
      "mongosh --eval 'db.fsyncLock()' && mongorestore --drop /backup/m && mongosh --eval 'db.fsyncUnlock()'",
      "mongosh --eval 'db.fsyncLock()' && mongodump --out /b && sleep 60 && mongosh --eval 'db.fsyncUnlock()'",
      "mongosh --eval 'db.fsyncLock()' && mongodump $DUMP_OPTS && mongosh --eval 'db.fsyncUnlock()'"]) assert.equal(sh(c), 'destructive', c);
  });
});

describe('answer 311: REPLACE INTO a key-value table of the rows shown is an upsert', () => {
  test('key-value tables by name, MySQL and SQLite spellings', () => {
    for (const s of ["REPLACE INTO settings (k, v) VALUES ('theme', 'dark');", "REPLACE INTO app.user_preferences (user_id, name, value) VALUES (7, 'tz', 'UTC');", "REPLACE INTO kv VALUES ('a', '1'), ('b', '2');"]) assert.equal(sql(s, 'mysql'), 'benign', s);
    assert.equal(sql("INSERT OR REPLACE INTO config (key, value) VALUES ('x', 'y');", 'sqlite'), 'benign');
  });
  test('an entity table, rows not shown, or a name that only contains the word', () => {
    for (const s of ["REPLACE INTO users (id, email) VALUES (7, 'a@b');", 'REPLACE INTO settings SELECT * FROM settings_import;', "REPLACE INTO settings_history (id, v) VALUES (1, 'x');", "REPLACE INTO orders_settings_backup VALUES (1, 'x');"]) assert.equal(sql(s, 'mysql'), 'destructive', s);
    assert.equal(sql("INSERT OR REPLACE INTO devices (id, name) VALUES (3, 'tablet');", 'sqlite'), 'destructive');
  });
});

describe("answer 311: one run's folder under a temporary stage area, removed", () => {
  test('a run folder directly inside a stage or folder named tmp, temp or scratch', () => {
    for (const s of ['REMOVE @tmp_stage/run-8812/;', "rm '@raw.public.loader/tmp/run_20261206/';", 'REMOVE @db.s.scratch/load_run_1234;']) assert.equal(sql(s, 'snowflake'), 'benign', s);
  });
  test('the area itself, a root, a pattern, another prefix, a tier word, a path that climbs', () => {
    for (const s of ['REMOVE @tmp_stage;', 'REMOVE @tmp_stage/;', 'REMOVE @loader/tmp/;', "REMOVE @tmp_stage/run-8812/ PATTERN='.*';", 'REMOVE @landing/run-8812/;', 'REMOVE @prod_tmp/run-8812/;',
      'REMOVE @tmp_stage/../landing/run-8812/;', 'REMOVE @tmp_stage/run-8812/orders/;', 'REMOVE @tmp_stage/backup/run-8812/;']) assert.equal(sql(s, 'snowflake'), 'destructive', s);
    assert.equal(sh('snowsql -c prod -q "REMOVE @tmp_stage/run-8812/"'), 'destructive');
  });
});

describe('answer 311: CREATE OR REPLACE TABLE of a scratch table in a local DuckDB file', () => {
  test('a file in a scratch or tmp folder of the workspace, or a scratch-named table of a local file', () => {
    for (const c of ['duckdb scratch/explore.duckdb -c "CREATE OR REPLACE TABLE sample AS SELECT 1"', 'duckdb ./tmp/a.duckdb -c "CREATE OR REPLACE TABLE t AS SELECT 1"',
      'duckdb /tmp/x.duckdb -c "CREATE OR REPLACE TABLE t AS SELECT 1"', 'duckdb warehouse.duckdb -c "CREATE OR REPLACE TABLE tmp_orders AS SELECT * FROM orders"']) assert.equal(sh(c), 'benign', c);
  });
  test('another table of another file, a remote database, a path outside the workspace, another database attached', () => {
    for (const c of ['duckdb warehouse.duckdb -c "CREATE OR REPLACE TABLE orders AS SELECT 1"', 'duckdb md:shop -c "CREATE OR REPLACE TABLE tmp_orders AS SELECT 1"',
      'duckdb ../scratch/x.duckdb -c "CREATE OR REPLACE TABLE t AS SELECT 1"', 'duckdb /srv/scratch/x.duckdb -c "CREATE OR REPLACE TABLE t AS SELECT 1"', 'duckdb ~/scratch/x.duckdb -c "CREATE OR REPLACE TABLE t AS SELECT 1"',
      "duckdb scratch/x.duckdb -c \"ATTACH 'w.duckdb' AS w; CREATE OR REPLACE TABLE w.orders AS SELECT 1\""]) assert.equal(sh(c), 'destructive', c);
  });
});
