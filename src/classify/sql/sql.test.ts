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

test('issue 12, blind SQL round: ROLLBACK undoes DML (and DDL where the engine makes it transactional)', () => {
  assert.equal(facts('BEGIN; DELETE FROM t; ROLLBACK;').destructive, false);
  assert.equal(facts('BEGIN; DELETE FROM t; COMMIT;').destructive, true);
  assert.equal(facts('BEGIN; DROP TABLE t; ROLLBACK;', 'sqlite').destructive, false);
  assert.equal(facts('START TRANSACTION; DROP TABLE t; ROLLBACK;', 'mysql').destructive, true);
  assert.equal(facts('BEGIN; DELETE FROM t;').destructive, true, 'a transaction left open is judged as committed');
});

test('procedural blocks are split as one statement and followed; text built at run time stays opaque', () => {
  assert.deepEqual(splitStatements("BEGIN x := 1; IF x > 0 THEN NULL; END IF; END; SELECT 1").map((s) => s.text.trim()), ['BEGIN x := 1; IF x > 0 THEN NULL; END IF; END', 'SELECT 1']);
  assert.equal(facts("DO $$ BEGIN RAISE NOTICE 'hi'; END $$").destructive, false);
  assert.equal(facts("DO $$ BEGIN DELETE FROM t; END $$").destructive, true);
  assert.equal(facts("DO $$ BEGIN EXECUTE 'DELETE FROM ' || current_setting('x'); END $$").confidence, 'opaque');
  assert.equal(facts("DECLARE @s nvarchar(99) = N'DELETE FROM t'; EXEC sp_executesql @s;", 'mssql').destructive, true);
  assert.equal(facts("DECLARE @s nvarchar(99) = N'SELECT 1'; EXEC sp_executesql @s;", 'mssql').destructive, false);
});

test('temporary tables, engine-refused type changes and bound parameters are not losses', () => {
  assert.equal(facts('CREATE TEMP TABLE x AS SELECT 1; DROP TABLE x;').destructive, false);
  assert.equal(facts('ALTER TABLE t ALTER COLUMN c TYPE varchar(5)', 'postgres').destructive, false);
  assert.equal(facts('ALTER TABLE t ALTER COLUMN c TYPE varchar(5)').destructive, true, 'no engine named: fail closed');
  assert.equal(facts('ALTER TABLE t ALTER COLUMN c TYPE varchar(5) USING left(c, 5)', 'postgres').destructive, true);
  assert.equal(facts('DELETE FROM t WHERE id = @id', 'mssql').destructive, false);
  assert.equal(facts('DELETE FROM t WHERE id = ANY($1::int[])').destructive, false);
});

test('a procedure whose body is not in the input is opaque; built-in read-only and vendor procedures are not', () => {
  const unseen = facts('CALL purge_everything()');
  assert.equal(unseen.confidence, 'opaque');
  assert.ok(unseen.findings.some((f) => f.code === 'sql_procedure_unseen'));
  assert.equal(facts('EXEC dbo.usp_reset_tenant @id = 4', 'mssql').confidence, 'opaque');
  assert.deepEqual(facts("EXEC sp_help 'dbo.users'", 'mssql').verbs, ['read']);
  assert.equal(facts('EXEC sp_who2', 'mssql').confidence, 'parsed');
  const vendor = facts("EXEC sp_rename 'dbo.t.a', 'b', 'COLUMN'", 'mssql');
  assert.equal(vendor.confidence, 'partial');
  assert.equal(vendor.destructive, false);
  assert.equal(facts('CREATE PROCEDURE wipe() BEGIN DELETE FROM users; END; CALL wipe()', 'mysql').destructive, true);
});

test('rules and events are judged by the statements they store', () => {
  assert.equal(facts('CREATE RULE r AS ON SELECT TO users DO INSTEAD DELETE FROM users').destructive, true);
  assert.equal(facts('CREATE RULE r AS ON DELETE TO invoices DO INSTEAD NOTHING').destructive, false);
  assert.equal(facts('CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO TRUNCATE TABLE audit_log', 'mysql').destructive, true);
  assert.equal(facts('CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM users; END', 'mysql').destructive, true);
  assert.equal(facts("CREATE EVENT e ON SCHEDULE EVERY 1 DAY COMMENT 'do it' DO DELETE FROM sessions WHERE expires_at < NOW()", 'mysql').destructive, false);
});

test('a file the server writes is judged by its path', () => {
  const etc = facts("COPY (SELECT '') TO '/etc/passwd'");
  assert.ok(etc.findings.some((f) => f.code === 'sql_server_file_overwrite'));
  assert.ok(etc.targets.some((t) => t.kind === 'filesystem' && t.id === '/etc/passwd'));
  assert.equal(facts("COPY users TO '/tmp/export.csv' WITH (FORMAT csv)").destructive, false);
  assert.equal(facts("SELECT 1 INTO DUMPFILE '/usr/lib/mysql/plugin/udf.so'", 'mysql').destructive, true);
  assert.equal(facts("SELECT * FROM orders INTO OUTFILE '/var/lib/mysql-files/orders.csv'", 'mysql').destructive, false);
  assert.equal(facts("COPY (DELETE FROM users RETURNING *) TO '/tmp/gone.csv'").destructive, true);
});

function factsIn(sql: string, ctx: Record<string, string>, dialect = 'snowflake') {
  const b = new FactsBuilder();
  classifySqlInto(sql, { ctx, inventory: EMPTY_INVENTORY, dialect }, b);
  return b.build('sql');
}

test('round 21 (b21q): masking and projection policies taken off (Snowflake UNSET, Redshift DETACH) and row security off are a safeguard off', () => {
  assert.equal(facts('ALTER TABLE c MODIFY COLUMN ssn UNSET MASKING POLICY', 'snowflake').destructive, true);
  assert.equal(facts('ALTER VIEW v ALTER COLUMN email UNSET MASKING POLICY', 'snowflake').destructive, true);
  assert.equal(facts('ALTER TABLE c ALTER COLUMN ssn UNSET PROJECTION POLICY', 'snowflake').destructive, true);
  assert.equal(facts('ALTER TAG pii UNSET MASKING POLICY email_mask', 'snowflake').destructive, true);
  assert.equal(facts('ALTER TABLE c MODIFY COLUMN ssn SET MASKING POLICY m FORCE', 'snowflake').destructive, false);
  assert.equal(facts('ALTER TAG pii SET MASKING POLICY email_mask', 'snowflake').destructive, false);
  assert.equal(facts('ALTER TABLE c MODIFY COLUMN ssn UNSET COMMENT', 'snowflake').destructive, false);
  assert.equal(facts('DETACH MASKING POLICY m ON hr.e(ssn) FROM ROLE analyst', 'redshift').destructive, true);
  assert.equal(facts('ALTER TABLE hr.e ROW LEVEL SECURITY OFF', 'redshift').destructive, true);
  assert.equal(facts('ATTACH MASKING POLICY m ON hr.e(ssn) TO ROLE analyst', 'redshift').destructive, false);
  assert.equal(facts('ALTER TABLE hr.e ROW LEVEL SECURITY ON', 'redshift').destructive, false);
});

test("round 21 (b21q): the account's network policy unset and a user's sign-in key or password unset", () => {
  assert.equal(facts('ALTER ACCOUNT UNSET NETWORK_POLICY', 'snowflake').destructive, true);
  assert.equal(facts('ALTER ACCOUNT SET NETWORK_POLICY = corp_only', 'snowflake').destructive, false);
  assert.equal(facts('ALTER ACCOUNT UNSET TIMEZONE', 'snowflake').destructive, false);
  assert.equal(facts('ALTER USER svc UNSET RSA_PUBLIC_KEY', 'snowflake').destructive, true);
  assert.equal(facts('ALTER USER IF EXISTS svc UNSET RSA_PUBLIC_KEY_2', 'snowflake').destructive, true);
  assert.equal(facts('ALTER USER jo UNSET PASSWORD', 'snowflake').destructive, true);
  assert.equal(facts("ALTER USER svc SET RSA_PUBLIC_KEY_2 = 'MIIB'", 'snowflake').destructive, false);
  assert.equal(facts('ALTER USER jo UNSET DEFAULT_ROLE', 'snowflake').destructive, false);
});

test('round 21 (b21q): on a dev connection a schema named test or scratch is disposable, a bare ci or e2e schema is not', () => {
  const dev = { host: 'dev' };
  assert.equal(factsIn('DROP SCHEMA analytics.scratch_jo CASCADE', dev).destructive, false);
  assert.equal(factsIn('DROP SCHEMA analytics.dbt_test CASCADE', dev).destructive, false);
  assert.equal(factsIn('DROP SCHEMA analytics.dbt_ci CASCADE', dev).destructive, true);
  assert.equal(factsIn('DROP SCHEMA analytics.analytics_e2e CASCADE', dev).destructive, true);
  assert.equal(factsIn('DROP SCHEMA analytics.dbt_ci_8812 CASCADE', dev).destructive, false, "a CI run's own schema, by its number");
});

test('round 26: EXECUTE of fixed text and quote_ident is judged as that statement; temp tables, MySQL and DuckDB keywords', () => {
  const analyze = facts("DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables LOOP EXECUTE 'ANALYZE ' || quote_ident(r.tablename); END LOOP; END $$;", 'postgresql');
  assert.equal(analyze.destructive, false);
  assert.notEqual(analyze.confidence, 'opaque');
  assert.equal(facts("DO $$ BEGIN EXECUTE 'DROP TABLE ' || quote_ident('orders'); END $$;", 'postgresql').destructive, true);
  assert.equal(facts("DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables LOOP EXECUTE 'ANALYZE ' || r.tablename; END LOOP; END $$;", 'postgresql').confidence, 'opaque');
  assert.equal(facts('TRUNCATE TABLE #staging', 'transactsql').destructive, false);
  assert.equal(facts('TRUNCATE TABLE #staging, dbo.Orders', 'transactsql').destructive, true);
  assert.equal(facts('FLUSH QUERY CACHE', 'mysql').destructive, false);
  assert.equal(facts('UNLOCK TABLES', 'mysql').confidence === 'opaque', false);
  assert.equal(facts('INSTALL httpfs').confidence === 'opaque', false);
  assert.equal(facts("INSTALL x FROM 'http://203.0.113.9/ext'").confidence, 'opaque');
  assert.equal(facts("COPY (SELECT 1) TO 's3://lake/raw/orders' (FORMAT PARQUET, PARTITION_BY (dt), OVERWRITE_OR_IGNORE)").destructive, true);
  assert.equal(facts("COPY (SELECT 1) TO 's3://lake/exports/x.parquet' (FORMAT PARQUET)").destructive, false);
});
