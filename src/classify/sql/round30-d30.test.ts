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
      "mongosh --eval 'db.fsyncLock()' && mongodump --out /b && sleep 600 && mongosh --eval 'db.fsyncUnlock()'",
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

describe('Redis: a rate-limit counter of one address, and named keys of a test namespace on this machine', () => {
  test('one address under a limit word; test, CI or scratch namespaces on the local server', () => {
    for (const c of ['redis-cli DEL ratelimit:ip:203.0.113.7', 'redis-cli DEL rate:api:203.0.113.7', 'redis-cli UNLINK throttle:2001:db8::7', 'redis-cli DEL rl:login:198.51.100.4',
      'redis-cli DEL test:user:1', 'redis-cli -h 127.0.0.1 DEL ci:run:1:state scratch:x']) assert.equal(sh(c), 'benign', c);
  });
  test('several keys named in full are a short fixed list (372.6); a pattern, a queue or a key not fixed are not', () => {
    // The lead's answer 372.6 (round 36): a short fixed list of keys named in full is narrowed as one key is (358.1).
    for (const c of ['redis-cli DEL rate:usd:eur user:2', 'redis-cli -h redis-prod DEL ratelimit:ip:203.0.113.7 rating:203.0.113.8', 'redis-cli -h redis.internal DEL test:user:1 test:user:2',
      'redis-cli DEL test:user:1 user:1', 'redis-cli DEL test_prod:user:1 test_prod:user:2']) assert.equal(sh(c), 'benign', c);
    for (const c of ["redis-cli DEL 'test:*' user:2", 'redis-cli DEL "$KEY"', 'redis-cli DEL test:user:1 queue:mail']) assert.equal(sh(c), 'destructive', c);
  });
  test('the lead\'s answer 358.1 (round 35): one key named in full is narrowed whatever the word or the server', () => {
    for (const c of ['redis-cli DEL rate:usd:eur', 'redis-cli DEL rating:203.0.113.7', 'redis-cli -h redis-prod DEL ratelimit:ip:203.0.113.7', 'redis-cli -h redis.internal DEL test:user:1',
      'redis-cli DEL test_prod:user:1', 'redis-cli DEL test']) assert.equal(sh(c), 'benign', c);
  });
});

describe("answer 193 reaches bq's overwrites: a developer's scratch table as the destination", () => {
  test('--replace and cp -f into a scratch or tmp table or dataset of a dev project', () => {
    for (const c of ["bq query --destination_table acme-dev:scratch_ana.s --replace 'SELECT 1'", 'bq cp -f acme-dev:sales.orders acme-dev:analytics.tmp_orders', 'bq load --replace acme-dev:tmp_loads.events gs://acme-dev-raw/e.json']) assert.equal(sh(c), 'benign', c);
  });
  test('a dev table not named scratch, a production project, a word naming production, a destination from a variable', () => {
    for (const c of ["bq query --destination_table acme-dev:sales.orders --replace 'SELECT 1'", "bq query --destination_table acme-prod:scratch.s --replace 'SELECT 1'",
      "bq query --destination_table acme-dev:scratch.s --replace 'SELECT * FROM `acme-prod.sales.orders`'", 'bq cp -f acme-dev:scratch.x acme-dev:sales.orders',
      "bq query --destination_table \"$DEST\" --replace 'SELECT 1'", "bq query --destination_table acme-dev:sandbox.s --replace 'SELECT 1'"]) assert.equal(sh(c), 'destructive', c);
  });
});

describe("an application's cache table emptied", () => {
  test('TRUNCATE or DELETE without WHERE of a cache store by its whole name', () => {
    for (const s of ['TRUNCATE cache_entries;', 'TRUNCATE TABLE public.solid_cache_entries;', 'DELETE FROM django_cache;', 'TRUNCATE "cache";']) assert.equal(sql(s, 'postgresql'), 'benign', s);
    assert.equal(sql('DELETE FROM `cache`;', 'mysql'), 'benign');
  });
  test('another table with it, CASCADE, a name that only contains the word, the table dropped, sessions', () => {
    for (const s of ['TRUNCATE cache_entries, orders;', 'TRUNCATE cache_entries CASCADE;', 'TRUNCATE price_cache;', 'DELETE FROM cache_warmup_jobs;', 'DROP TABLE cache;', 'TRUNCATE django_session;']) assert.equal(sql(s, 'postgresql'), 'destructive', s);
  });
});

describe("an application's cache collection emptied (MongoDB)", () => {
  const prod = (code: string): string => sh(`mongosh mongodb://mongo-prod-1.internal/app --eval '${code}'`);
  test('deleteMany or remove of every document of a cache collection by its whole name', () => {
    for (const code of ['db.cache.deleteMany({})', 'db.getCollection("cache_entries").deleteMany({})', 'db.cache.remove({})']) assert.equal(prod(code), 'benign', code);
  });
  test('another collection beside it, a drop, a receiver not read, sessions', () => {
    for (const code of ['db.cache.deleteMany({}); db.orders.deleteMany({})', 'db.cache.drop()', 'db.getSiblingDB("x").cache.deleteMany({})', 'const c = db.orders; c.deleteMany({}); db.cache.deleteMany({})', 'db.sessions.deleteMany({})']) assert.equal(prod(code), 'destructive', code);
  });
});

describe('answer 57 in MongoDB: documents past their own deadline, in production', () => {
  const prod = (code: string): string => sh(`mongosh mongodb://mongo-prod-1.internal/app --eval '${code}'`);
  test('a deadline field below now, alone, on a kind that expires', () => {
    for (const code of ['db.sessions.deleteMany({ expiresAt: { $lt: new Date() } })', 'db.cache_entries.deleteMany({expires_at: {$lte: Date.now()}})', 'db.tokens.deleteMany({ "validUntil": { $lt: ISODate() } })']) assert.equal(prod(code), 'benign', code);
  });
  test('business records, a creation time, a future range, another condition beside it', () => {
    for (const code of ['db.orders.deleteMany({ expiresAt: { $lt: new Date() } })', 'db.sessions.deleteMany({ createdAt: { $lt: new Date() } })', 'db.sessions.deleteMany({ expiresAt: { $gt: new Date() } })',
      'db.sessions.deleteMany({ expiresAt: { $lt: new Date() }, lastSeen: { $lt: new Date() } })']) assert.equal(prod(code), 'destructive', code);
  });
});

describe('crash safety off and availability-group copies removed', () => {
  test('UNLOGGED, fsync and full_page_writes off; REMOVE DATABASE and REMOVE REPLICA', () => {
    for (const s of ['ALTER TABLE orders SET UNLOGGED;', 'ALTER TABLE IF EXISTS ONLY public.events SET UNLOGGED;', "ALTER SYSTEM SET fsync TO 'off';", 'ALTER SYSTEM SET full_page_writes = false;']) assert.equal(sql(s, 'postgresql'), 'destructive', s);
    for (const s of ['ALTER AVAILABILITY GROUP AG1 REMOVE DATABASE Shop;', "ALTER AVAILABILITY GROUP [AG1] REMOVE REPLICA ON N'SQL-DR-01';"]) assert.equal(sql(s, 'transactsql'), 'destructive', s);
  });
  test('switched on, a new unlogged table, a database joined', () => {
    for (const s of ['ALTER TABLE orders SET LOGGED;', 'CREATE UNLOGGED TABLE load_buffer (id int);', 'ALTER SYSTEM SET fsync = on;']) assert.equal(sql(s, 'postgresql'), 'benign', s);
    assert.equal(sql('ALTER AVAILABILITY GROUP AG1 ADD DATABASE Shop;', 'transactsql'), 'benign');
  });
});

describe('a date stamp inside a SQL string literal of a read (answer 42 widened)', () => {
  test('$(date +FORMAT) inside quotes, alone or beside a table variable', () => {
    for (const c of [`psql -d shop -c "SELECT count(*) FROM orders WHERE created_at >= '$(date +%F)'"`, `mysql shop -e "SELECT 1 FROM t WHERE d = '$(date -u +%Y-%m-%d) 00:00'"`,
      `psql -d shop -c "SELECT count(*) FROM $t WHERE day = '$(date +%F)'"`]) assert.equal(sh(c), 'benign', c);
  });
  test('a write, a second statement, outside a literal, a date with quoted options, another program', () => {
    for (const c of [`psql -d shop -c "DELETE FROM orders WHERE created_at < '$(date +%F)'"`, `psql -d shop -c "SELECT '$(date +%F)'; DROP TABLE orders"`, `psql -d shop -c "SELECT * FROM t WHERE $(date +%s) > 0; DELETE FROM t"`,
      `psql -d shop -c "DELETE FROM events WHERE created_at < '$(date -d '-1 day' +%F)'"`, `psql -d shop -c "DELETE FROM t WHERE note = '$(cat note.txt)'"`]) assert.notEqual(sh(c), 'benign', c);
  });
});

describe('a container named for tests on this machine (answer 45 read by a container name)', () => {
  test('docker exec into pg-test, redis-test, mysql-ci: data only', () => {
    for (const c of ['docker exec -i pg-test psql -U postgres -c "TRUNCATE orders"', 'docker exec redis-test redis-cli FLUSHALL', 'docker exec -it mysql_ci mysql -uroot -e "DROP DATABASE shop"']) assert.equal(sh(c), 'benign', c);
  });
  test('another name, compose, a remote daemon, sudo, production, a server elsewhere, a setting, files, a variable', () => {
    for (const c of ['docker exec -i pg psql -c "TRUNCATE orders"', 'docker compose exec pg-test psql -c "TRUNCATE orders"', 'DOCKER_HOST=ssh://db1 docker exec pg-test psql -c "TRUNCATE orders"',
      'sudo docker exec pg-test psql -c "TRUNCATE orders"', 'docker exec pg-test-prod psql -c "TRUNCATE orders"', 'docker exec pg-test psql -h db-prod-1.internal -c "TRUNCATE orders"',
      'docker exec pg-test psql -c "ALTER SYSTEM SET fsync = off"', 'docker exec pg-test rm -rf /var/lib/postgresql/data', 'docker exec "$C" psql -c "TRUNCATE orders"']) assert.equal(sh(c), 'destructive', c);
  });
});

describe('Redis: a range that covers a whole sorted set or list', () => {
  test('-inf to +inf, rank 0 to -1, lex - to +, a list trimmed to nothing', () => {
    for (const c of ['redis-cli ZREMRANGEBYSCORE k -inf +inf', "redis-cli ZREMRANGEBYSCORE k '(-inf' inf", 'redis-cli ZREMRANGEBYRANK k 0 -1', 'redis-cli ZREMRANGEBYLEX k - +', 'redis-cli LTRIM k 5 2']) assert.equal(sh(c), 'destructive', c);
  });
  test('bounded ranges, negative list indexes, a cache key', () => {
    for (const c of ['redis-cli ZREMRANGEBYSCORE k -inf 1733400000', 'redis-cli ZREMRANGEBYRANK k 0 -101', 'redis-cli LTRIM k 0 999', 'redis-cli LTRIM k -1000 -1', 'redis-cli ZREMRANGEBYRANK cache:top 0 -1']) assert.equal(sh(c), 'benign', c);
  });
});

describe('a PostgreSQL password expired now is a login cut', () => {
  test("VALID UNTIL 'yesterday', 'now', 'epoch', '-infinity'", () => {
    for (const s of ["ALTER ROLE app VALID UNTIL 'yesterday';", "ALTER USER app WITH LOGIN VALID UNTIL '-infinity';", "alter role app valid until 'epoch'", "ALTER ROLE app VALID UNTIL 'now';"]) assert.equal(sql(s, 'postgresql'), 'destructive', s);
  });
  test("'infinity' and literal dates (no clock)", () => {
    for (const s of ["ALTER ROLE app VALID UNTIL 'infinity';", "ALTER ROLE app VALID UNTIL '2027-01-01';", "ALTER ROLE app VALID UNTIL '2020-01-01';"]) assert.equal(sql(s, 'postgresql'), 'benign', s);
  });
});

test('a table created and dropped by one psql -c string or one mysql batch, and its twins', () => {
  // New: a plain CREATE TABLE, later dropped, where the client stops at a failed CREATE.
  const made = ['psql -d shop -c "CREATE TABLE t AS SELECT 1; DROP TABLE t;"', 'psql -d shop -c "CREATE UNLOGGED TABLE t (id int); SELECT 1; DROP TABLE IF EXISTS t"', 'mysql shop -e "CREATE TABLE t (id int); DROP TABLE t"'];
  for (const c of made) assert.equal(sh(c), 'benign', c);
  // IF NOT EXISTS, own transactions, a rename, twice, another table, two -c strings, --force, another name, a sql input.
  for (const c of ['psql -d shop -c "CREATE TABLE IF NOT EXISTS t (id int); DROP TABLE t"', 'psql -d shop -c "BEGIN; CREATE TABLE t (id int); COMMIT; DROP TABLE t"',
    'psql -d shop -c "CREATE TABLE t (id int); DROP TABLE t; ALTER TABLE orders RENAME TO t; DROP TABLE t"', 'psql -d shop -c "CREATE TABLE t (id int); DROP TABLE t; DROP TABLE t"',
    'psql -d shop -c "CREATE TABLE t (id int); DROP TABLE t, orders"', 'psql -d shop -c "CREATE TABLE t (id int)" -c "DROP TABLE t"', 'mysql -f shop -e "CREATE TABLE t (id int); DROP TABLE t"',
    'psql -d shop -c "CREATE TABLE public.t (id int); DROP TABLE t"', 'psql -d shop -c "DROP TABLE t; CREATE TABLE t (id int)"']) assert.equal(sh(c), 'destructive', c);
  assert.equal(sql('CREATE TABLE t (id int); DROP TABLE t;', 'postgresql'), 'destructive');
});
