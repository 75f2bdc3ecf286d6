import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../test/helpers/batch-answer.ts';
import { splitStatements } from './sql.ts';

/** Round 27 (blind27-sql and the sql and database-cli kinds' tuned misses, branch d27). */
const answer = batchAnswers();
const PROD = { cwd: '/home/ops', home: '/home/ops', host: 'db-prod-01.internal' };
const sql = (text: string, dialect?: string, ctx: Record<string, string> = PROD): string => answer('sql', text, dialect ? { ...ctx, dialect } : ctx).decision;
const cmd = (command: string): string => answer('command', command).decision;

describe('batch separators: T-SQL `GO [n]` and SQL*Plus `/` on a line of their own', () => {
  test('split like `;`', () => {
    assert.deepEqual(splitStatements('USE Sales;\nGO\nSELECT 1;\nGO 2\nSELECT 2\n  go\n').map((s) => s.text.trim()), ['USE Sales', 'SELECT 1', 'SELECT 2']);
    assert.deepEqual(splitStatements('BEGIN\n  NULL;\nEND;\n/\nSELECT 1 FROM dual\n/').map((s) => s.text.trim()), ['BEGIN\n  NULL;\nEND', 'SELECT 1 FROM dual']);
  });
  test('reads stay reads, a TRUNCATE batch stays destructive; `go` inside a line or a string is not one', () => {
    assert.equal(sql('USE Sales;\nGO\nSELECT COUNT(*) FROM dbo.Orders;\nGO', 'transactsql'), 'benign');
    assert.equal(sql('USE Sales;\nGO\nSELECT 1;\nGO\nTRUNCATE TABLE dbo.OrderLines\nGO', 'transactsql'), 'destructive');
    assert.deepEqual(splitStatements("SELECT 'x\ngo\ny'; SELECT go FROM t").length, 2);
  });
  test('PRINT is a read; AUDIT a write', () => {
    assert.equal(sql("DECLARE @s nvarchar(max) = N'';\nSELECT @s += N'DROP TABLE ' + QUOTENAME(name) + N';' FROM sys.tables;\nPRINT @s;", 'transactsql'), 'benign');
    assert.equal(sql('AUDIT ALL', 'oracle'), 'benign');
  });
});

describe('T-SQL variables assigned from rows are unseen text', () => {
  test('SELECT @v += … FROM then EXEC: unknown; SET @v += literal: followed', () => {
    assert.equal(sql("DECLARE @s nvarchar(max) = N'';\nSELECT @s += N'DROP TABLE ' + QUOTENAME(name) + N';' FROM sys.tables;\nEXEC sp_executesql @s;", 'transactsql'), 'unknown');
    assert.equal(sql("DECLARE @s nvarchar(200) = N'SELECT 1';\nSET @s += N'; DROP TABLE dbo.Orders';\nEXEC(@s);", 'transactsql'), 'destructive');
    assert.equal(sql("DECLARE @s nvarchar(200) = N'SELECT 1';\nSET @s += N' AS x';\nEXEC(@s);", 'transactsql'), 'benign');
  });
});

describe('safeguards switched off by setting (safeguard-settings.ts)', () => {
  test('off is destructive', () => {
    for (const [text, dialect] of [
      ['ALTER SYSTEM SET ssl = off', 'postgresql'],
      ["ALTER SYSTEM SET pgaudit.log = 'none'", 'postgresql'],
      ['SET PERSIST require_secure_transport = OFF', 'mysql'],
      ['UNINSTALL PLUGIN audit_log', 'mysql'],
      ["ALTER USER 'root'@'localhost' IDENTIFIED BY ''", 'mysql'],
      ['ALTER DATABASE [Sales] SET ENCRYPTION OFF', 'transactsql'],
      ['ALTER SERVER AUDIT [Compliance] WITH (STATE = OFF)', 'transactsql'],
      ['ALTER DATABASE AUDIT SPECIFICATION [Dml] WITH (STATE = OFF)', 'transactsql'],
      ['ALTER LOGIN [sa] ENABLE', 'transactsql'],
      ['NOAUDIT ALL', 'oracle'],
      ['ALTER SYSTEM SET audit_trail = NONE SCOPE = SPFILE', 'oracle'],
      ['ALTER TABLE bank.accounts EXPERIMENTAL_AUDIT SET OFF', 'postgresql'],
      ["SET CLUSTER SETTING server.host_based_authentication.configuration = 'host all all 0.0.0.0/0 trust'", 'postgresql'],
      ['ALTER DATASHARE s SET PUBLICACCESSIBLE TRUE', 'redshift'],
      ['ALTER USER jdoe SET MINS_TO_BYPASS_MFA = 30', 'snowflake'],
    ] as const) assert.equal(sql(text, dialect), 'destructive', text);
  });
  test('on, other values and other logins stay writes', () => {
    for (const [text, dialect] of [
      ['ALTER SYSTEM SET ssl = on', 'postgresql'],
      ["ALTER SYSTEM SET pgaudit.log = 'write, ddl'", 'postgresql'],
      ['SET PERSIST require_secure_transport = ON', 'mysql'],
      ["ALTER USER 'root'@'localhost' IDENTIFIED BY 'S3cret!x'", 'mysql'],
      ['ALTER DATABASE [Sales] SET ENCRYPTION ON', 'transactsql'],
      ['ALTER SERVER AUDIT [Compliance] WITH (STATE = ON)', 'transactsql'],
      ['ALTER LOGIN [app_web] ENABLE', 'transactsql'],
      ['ALTER SYSTEM SET audit_trail = DB SCOPE = SPFILE', 'oracle'],
      ['ALTER TABLE bank.accounts EXPERIMENTAL_AUDIT SET READ WRITE', 'postgresql'],
      ["SET CLUSTER SETTING server.host_based_authentication.configuration = 'host all all 10.0.0.0/8 cert-password'", 'postgresql'],
      ['ALTER DATASHARE s SET PUBLICACCESSIBLE FALSE', 'redshift'],
    ] as const) assert.equal(sql(text, dialect), 'benign', text);
  });
});

describe("ClickHouse's ALTER TABLE … DELETE WHERE is judged as DELETE (decision 22)", () => {
  test('a range on business records in production is a bulk delete; retention, keys and dev stay benign', () => {
    assert.equal(sql("ALTER TABLE analytics.orders DELETE WHERE order_date < '2025-06-01'", 'clickhouse'), 'destructive');
    assert.equal(sql('ALTER TABLE analytics.events ON CLUSTER prod DELETE WHERE event_date < subtractDays(now(), 7)', 'clickhouse'), 'destructive');
    assert.equal(sql('ALTER TABLE analytics.events DELETE WHERE event_date < today() - 90', 'clickhouse'), 'benign');
    assert.equal(sql('ALTER TABLE analytics.events DELETE WHERE user_id = 918273 SETTINGS mutations_sync = 2', 'clickhouse'), 'benign');
    assert.equal(sql('ALTER TABLE analytics.events DELETE WHERE 1 = 1', 'clickhouse'), 'destructive');
    assert.equal(sql("ALTER TABLE analytics.orders DELETE WHERE order_date < '2025-06-01'", 'clickhouse', { ...PROD, host: 'ch-dev-1.internal' }), 'benign');
  });
});

describe('an expiry that keeps a retention table 30 days or more', () => {
  test('BigQuery partition expiration and ClickHouse TTL: 30 days or more on a retention table', () => {
    assert.equal(sql('ALTER TABLE `acme-prod.analytics.events` SET OPTIONS (partition_expiration_days = 400)', 'bigquery'), 'benign');
    assert.equal(sql('ALTER TABLE analytics.events MODIFY TTL event_date + INTERVAL 90 DAY', 'clickhouse'), 'benign');
    assert.equal(sql('ALTER TABLE analytics.events MODIFY TTL event_date + toIntervalMonth(3)', 'clickhouse'), 'benign');
  });
  test('shorter, business records, a whole table expiring, a TTL that also moves data', () => {
    // Short-lived kinds at any age are the lead's answer 228 (round 28: sql-round28.test.ts).
    assert.equal(sql('ALTER TABLE `acme-prod.app.user_sessions` SET OPTIONS (partition_expiration_days = 3)', 'bigquery'), 'benign');
    assert.equal(sql('ALTER TABLE `acme-prod.analytics.events` SET OPTIONS (partition_expiration_days = 7)', 'bigquery'), 'destructive');
    assert.equal(sql('ALTER TABLE `acme-prod.sales.orders` SET OPTIONS (partition_expiration_days = 400)', 'bigquery'), 'destructive');
    assert.equal(sql("ALTER TABLE `acme-prod.analytics.events` SET OPTIONS (expiration_timestamp = TIMESTAMP '2027-01-01')", 'bigquery'), 'destructive');
    assert.equal(sql('ALTER TABLE analytics.events MODIFY TTL event_date + INTERVAL 7 DAY', 'clickhouse'), 'destructive');
    assert.equal(sql("ALTER TABLE analytics.events MODIFY TTL event_date + INTERVAL 90 DAY TO VOLUME 'cold'", 'clickhouse'), 'destructive');
  });
});

describe("Redshift's TRUNCATE commits its transaction", () => {
  test('a ROLLBACK after it undoes nothing; DELETE is rolled back; PostgreSQL TRUNCATE is rolled back', () => {
    assert.equal(sql('BEGIN;\nTRUNCATE TABLE sales.x;\nROLLBACK;', 'redshift'), 'destructive');
    assert.equal(sql('BEGIN;\nDELETE FROM sales.x;\nROLLBACK;', 'redshift'), 'benign');
    assert.equal(sql('BEGIN;\nTRUNCATE TABLE sales.x;\nROLLBACK;', 'postgresql'), 'benign');
  });
});

describe('MySQL online schema change tools run their --alter clause (online-schema-change.ts)', () => {
  test('with --execute the clause is judged; without, a dry run', () => {
    assert.equal(cmd("pt-online-schema-change --alter 'DROP COLUMN legacy_flag' D=shop,t=orders,h=db1 --execute"), 'destructive');
    assert.equal(cmd("pt-online-schema-change --alter 'DROP COLUMN legacy_flag' D=shop,t=orders,h=db1 --dry-run"), 'benign');
    assert.equal(cmd("pt-online-schema-change --alter 'ADD COLUMN gift_note TEXT' D=shop,t=orders --execute"), 'benign');
    assert.equal(cmd("gh-ost --host=db1 --database=shop --table=orders --alter='DROP COLUMN note' --execute"), 'destructive');
    assert.equal(cmd("gh-ost --host=db1 --database=shop --table=orders --alter='DROP COLUMN note'"), 'benign');
  });
});

describe('Django `migrate APP MIGRATION` unapplies the later migrations', () => {
  test('a named migration is a rollback; forward runs and --plan are not', () => {
    assert.equal(cmd('python manage.py migrate accounts 0003'), 'destructive');
    assert.equal(cmd('python3 manage.py migrate accounts 0003_add_nickname'), 'destructive');
    assert.equal(cmd('python manage.py migrate'), 'benign');
    assert.equal(cmd('python manage.py migrate accounts'), 'benign');
    assert.equal(cmd('python manage.py migrate --plan accounts 0003'), 'benign');
    assert.equal(cmd('./manage.py migrate accounts 0003'), 'destructive');
    assert.equal(cmd('./manage.py migrate'), 'benign');
    assert.equal(cmd('./manage.py runserver'), 'benign');
  });
});

describe('answer 193: a scratch-named BigQuery table or dataset in a dev project', () => {
  test('dropped or replaced in a dev project: benign; production, no project, other datasets: destructive', () => {
    assert.equal(sql('DROP TABLE `acme-dev.scratch_ana.tmp_join`', 'bigquery', { cwd: '/home/ana', home: '/home/ana' }), 'benign');
    assert.equal(sql('CREATE OR REPLACE TABLE `acme-dev.scratch_ana.tmp_join` AS SELECT 1 AS x', 'bigquery', { cwd: '/home/ana', home: '/home/ana' }), 'benign');
    assert.equal(sql('CREATE OR REPLACE TABLE `acme-prod.scratch_ana.tmp_join` AS SELECT 1 AS x', 'bigquery', { cwd: '/home/ana', home: '/home/ana' }), 'destructive');
    assert.equal(sql('CREATE OR REPLACE TABLE `acme.scratch_ana.tmp_join` AS SELECT 1 AS x', 'bigquery', { cwd: '/home/ana', home: '/home/ana' }), 'destructive');
    assert.equal(sql('CREATE OR REPLACE TABLE `acme-dev.sales.orders` AS SELECT 1 AS x', 'bigquery', { cwd: '/home/ana', home: '/home/ana' }), 'destructive');
    assert.equal(sql('CREATE OR REPLACE TABLE `acme-dev.scratch_ana.orders_prod` AS SELECT 1 AS x', 'bigquery', { cwd: '/home/ana', home: '/home/ana' }), 'destructive');
  });
});

describe('MySQL replication stopped or forgotten (Availability)', () => {
  test('STOP REPLICA|SLAVE|GROUP_REPLICATION and RESET REPLICA ALL: destructive; START, SHOW, plain RESET: benign', () => {
    assert.equal(sql('STOP REPLICA;', 'mysql'), 'destructive');
    assert.equal(sql("STOP SLAVE IO_THREAD FOR CHANNEL 'c1';", 'mysql'), 'destructive');
    assert.equal(sql('RESET REPLICA ALL;', 'mysql'), 'destructive');
    assert.equal(sql('START REPLICA;', 'mysql'), 'benign');
    assert.equal(sql('SHOW REPLICA STATUS;', 'mysql'), 'benign');
    assert.equal(sql('RESET REPLICA;', 'mysql'), 'benign');
  });
});
