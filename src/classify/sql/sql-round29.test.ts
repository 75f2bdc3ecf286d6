import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../test/helpers/batch-answer.ts';

/** Round 29 (branch u29): the lead's answers 254 (InfluxQL's retention) and 255 (replay, subscriptions, PgBouncer), each rule's edges. */
const answer = batchAnswers();
const PROD = { cwd: '/home/ops', home: '/home/ops', host: 'db-prod-01.internal' };
const sql = (text: string, dialect = 'postgresql'): string => answer('sql', text, { ...PROD, dialect }).decision;
const sh = (command: string): string => answer('command', command, PROD).decision;

describe('answer 255: a replica\'s replay, a subscription, a pooler: outages alone, restarts when started again at once', () => {
  test('paused then resumed, disabled then enabled, with nothing between', () => {
    for (const s of ['SELECT pg_wal_replay_pause(); SELECT pg_wal_replay_resume();', 'select pg_xlog_replay_pause(); select pg_xlog_replay_resume()',
      'ALTER SUBSCRIPTION orders_sub DISABLE; ALTER SUBSCRIPTION orders_sub ENABLE;', 'ALTER SUBSCRIPTION "Orders" DISABLE; ALTER SUBSCRIPTION "Orders" ENABLE;',
      'SELECT pg_wal_replay_resume();', 'ALTER SUBSCRIPTION s ENABLE;']) assert.equal(sql(s), 'benign', s);
    for (const c of ["psql -p 6432 -U pgbouncer pgbouncer -c 'PAUSE shop; RESUME shop;'", "psql -p 6432 pgbouncer -c 'PAUSE; RESUME;'"]) assert.equal(sh(c), 'benign', c);
  });
  test('alone, reversed, another subscription or database, or a statement between', () => {
    for (const s of ['SELECT pg_wal_replay_pause();', 'SELECT pg_wal_replay_resume(); SELECT pg_wal_replay_pause();', 'SELECT pg_wal_replay_pause(); SELECT 1; SELECT pg_wal_replay_resume();',
      'ALTER SUBSCRIPTION a DISABLE;', 'ALTER SUBSCRIPTION a DISABLE; ALTER SUBSCRIPTION b ENABLE;', 'ALTER SUBSCRIPTION a ENABLE; ALTER SUBSCRIPTION a DISABLE;']) assert.equal(sql(s), 'destructive', s);
    for (const c of ["psql -p 6432 pgbouncer -c 'PAUSE shop;'", "psql -p 6432 pgbouncer -c 'PAUSE shop; RESUME orders;'", "psql -p 6432 pgbouncer -c 'PAUSE; RESUME shop;'"]) assert.equal(sh(c), 'destructive', c);
    // PAUSE and RESUME mean the pooler only in its console: elsewhere they are not these statements.
    assert.notEqual(sh("psql -d shop -c 'PAUSE shop; RESUME shop;'"), 'benign');
  });
  test('answer 226 as built', () => {
    assert.equal(sql('STOP REPLICA; START REPLICA;', 'mysql'), 'benign');
    assert.equal(sql("STOP REPLICA; START REPLICA UNTIL SQL_AFTER_GTIDS='x';", 'mysql'), 'destructive');
  });
});

describe('answer 254: an InfluxDB retention under one day is a cut', () => {
  test('the 2.x CLI', () => {
    for (const c of ['influx bucket update -i 0a1b -r 12h', 'influx bucket update --id 0a1b --retention 23h59m', 'influx bucket update --name m --retention "$R"', 'influx bucket update -n m --retention=90m']) assert.equal(sh(c), 'destructive', c);
    for (const c of ['influx bucket update -i 0a1b -r 24h', 'influx bucket update -i 0a1b -r 1d', 'influx bucket update --name m --retention=2w', 'influx bucket update -n m -r 0', 'influx bucket update -n m -d x', 'influx bucket create -n m -r 1h']) assert.equal(sh(c), 'benign', c);
  });
  test('InfluxQL (1.x): the DURATION, not the SHARD DURATION', () => {
    for (const q of ['ALTER RETENTION POLICY autogen ON telegraf DURATION 1h', 'ALTER RETENTION POLICY rp ON db SHARD DURATION 1h DURATION 12h DEFAULT']) assert.equal(sh(`influx -execute '${q}'`), 'destructive', q);
    for (const q of ['ALTER RETENTION POLICY autogen ON telegraf DURATION 30d', 'ALTER RETENTION POLICY autogen ON telegraf DURATION INF', 'ALTER RETENTION POLICY autogen ON telegraf DURATION 0s',
      'ALTER RETENTION POLICY rp ON db DURATION 7d SHARD DURATION 1h', 'ALTER RETENTION POLICY rp ON db SHARD DURATION 1h', 'CREATE RETENTION POLICY rp ON db DURATION 1h REPLICATION 1']) assert.equal(sh(`influx -execute '${q}'`), 'benign', q);
  });
});

describe("decision 40: a delete by a tenant's key alone is a tenant-wide wipe", () => {
  test('SQL: equal to, or in, literals or bound parameters', () => {
    for (const s of ["DELETE FROM documents WHERE tenant_id = 'sandbox-acme';", 'DELETE FROM invoices WHERE org_id IN (4, 5)', 'DELETE FROM notes n WHERE n.workspace_id = $1',
      'DELETE FROM projects WHERE "accountId" = 7', 'DELETE FROM t WHERE organization_id = 3 AND store_id = 9']) assert.equal(sql(s), 'destructive', s);
  });
  test('SQL: a record key beside it, a category beside it (430.3), one account\'s sessions, a subquery, a local test database', () => {
    for (const s of ["DELETE FROM documents WHERE tenant_id = 'a' AND id = 'doc_1';", 'DELETE FROM sessions WHERE account_id = 42;',
      'DELETE FROM tokens WHERE org_id = 4;', 'DELETE FROM saved_searches WHERE user_id = 42;', "DELETE FROM documents WHERE tenant_id = (SELECT id FROM tenants WHERE name = 'x');"]) assert.equal(sql(s), 'benign', s);
    // The lead's answer 430.3 (round 42): a category column beside the tenant's key narrows to no record: every draft of it.
    assert.equal(sql("DELETE FROM documents WHERE tenant_id = 42 AND status = 'draft';"), 'destructive');
    assert.equal(answer('sql', 'DELETE FROM documents WHERE tenant_id = 1;', { cwd: '/home/dev/app', home: '/home/dev', host: 'localhost', database: 'app_test', dialect: 'postgresql' }).decision, 'benign');
  });
  test('mongosh and PostgREST', () => {
    assert.equal(sh(`mongosh --eval 'db.documents.deleteMany({tenantId: "sandbox-acme"})'`), 'destructive');
    assert.equal(sh(`mongosh --eval 'db.getCollection("orders").remove({"orgId": "acme"})'`), 'destructive');
    assert.equal(sh(`mongosh --eval 'db.documents.deleteMany({tenantId: "a", status: "draft"})'`), 'destructive', 'answer 430.3: a category beside the tenant key');
    for (const c of [`mongosh --eval 'db.documents.deleteOne({tenantId: "a", _id: "d1"})'`, `mongosh --eval 'db.sessions.deleteMany({accountId: 42})'`]) {
      assert.equal(sh(c), 'benign', c);
    }
    assert.equal(answer('http_request', { method: 'DELETE', url: 'https://abcd.supabase.co/rest/v1/documents?tenant_id=eq.sandbox-acme' }).decision, 'destructive');
    assert.equal(answer('http_request', { method: 'DELETE', url: 'https://abcd.supabase.co/rest/v1/documents?org_id=in.(4,5)&select=id' }).decision, 'destructive');
    assert.equal(answer('http_request', { method: 'DELETE', url: 'https://abcd.supabase.co/rest/v1/documents?tenant_id=eq.a&id=eq.42' }).decision, 'benign');
  });
});

describe('an MCP explain tool plans its statement; `analyze: true` runs it', () => {
  const mcp = (args: Record<string, string | boolean>): string => answer('mcp_tool_call', { server: 'postgres', name: 'explain_query', arguments: args }).decision;
  test('judged as EXPLAIN, or EXPLAIN ANALYZE', () => {
    assert.equal(mcp({ sql: 'DROP TABLE events' }), 'benign');
    assert.equal(mcp({ sql: 'DELETE FROM events WHERE tenant_id = 42', analyze: false }), 'benign');
    assert.equal(mcp({ sql: 'DELETE FROM events', analyze: true }), 'destructive');
    assert.equal(mcp({ sql: 'EXPLAIN ANALYZE DELETE FROM events' }), 'destructive');
    assert.equal(answer('mcp_tool_call', { server: 'postgres', name: 'execute_sql', arguments: { sql: 'DELETE FROM events WHERE tenant_id = 42' } }).decision, 'destructive');
  });
});
