import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../test/helpers/batch-answer.ts';

/** Round 28 (blind28-dba, branch d28): the small sql.ts changes (CQL's grant of everything, planner statistics dropped). */
const answer = batchAnswers();
const sql = (text: string, dialect: string): string => answer('sql', text, { cwd: '/home/dba', home: '/home/dba', host: 'db-prod-01', dialect }).decision;

describe('ADMIN_PRIVILEGE: CQL GRANT ALL ON ALL KEYSPACES', () => {
  test('every permission on every keyspace is an administrator grant', () => {
    assert.equal(sql('GRANT ALL PERMISSIONS ON ALL KEYSPACES TO app', 'cql'), 'destructive');
    assert.equal(sql('grant all on all keyspaces to app;', 'cql'), 'destructive');
  });
  test('one keyspace, or one permission everywhere, is not', () => {
    assert.equal(sql('GRANT ALL PERMISSIONS ON KEYSPACE shop TO app', 'cql'), 'benign');
    assert.equal(sql('GRANT SELECT ON ALL KEYSPACES TO reporting', 'cql'), 'benign');
  });
});

describe('DROP STATISTICS holds no rows (the round-14 decision on views and indexes)', () => {
  test('PostgreSQL and SQL Server statistics objects', () => {
    assert.equal(sql('DROP STATISTICS IF EXISTS public.orders_stats', 'postgresql'), 'benign');
    assert.equal(sql('DROP STATISTICS dbo.Orders.st_old', 'transactsql'), 'benign');
  });
  test('a table dropped beside it is still judged', () => {
    assert.equal(sql('DROP STATISTICS orders_stats; DROP TABLE orders', 'postgresql'), 'destructive');
    assert.equal(sql('DROP SEQUENCE legacy_seq', 'postgresql'), 'destructive');
  });
});
