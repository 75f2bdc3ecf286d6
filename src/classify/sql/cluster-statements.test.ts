import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../test/helpers/batch-answer.ts';
import { clusterStatement } from './cluster-statements.ts';

/** Round 28 (blind28-dba, branch d28): replication and cluster statements the parser does not know. */
const answer = batchAnswers();
const cmd = (command: string): string => answer('command', command).decision;

describe('clusterStatement', () => {
  test('MySQL replica set-up statements are writes', () => {
    assert.equal(clusterStatement("change replication source to source_host='db1', source_auto_position=1"), 'write');
    assert.equal(clusterStatement("change master to master_host='db1';"), 'write');
    assert.equal(clusterStatement('change replication filter replicate_ignore_db = (scratch)'), 'write');
    assert.equal(clusterStatement('change replication source to'), undefined);
  });
  test('CockroachDB backups into a collection write; SQL Server BACKUP … TO DISK is left to its own rule', () => {
    assert.equal(clusterStatement("backup into 's3://b/prod?auth=implicit' as of system time '-10s'"), 'write');
    assert.equal(clusterStatement("backup database shop into latest in 'nodelocal://1/b'"), 'write');
    assert.equal(clusterStatement("backup database sales to disk = n'/x.bak' with init"), undefined);
    assert.equal(clusterStatement("show backups in 's3://b/prod'"), 'read');
  });
  test('CockroachDB RESTORE from a collection creates; SQL Server RESTORE is not this form', () => {
    assert.equal(clusterStatement("restore database shop from latest in 's3://b' with new_db_name = 'shop_restored'"), 'write');
    assert.equal(clusterStatement("restore table shop.orders from '2026/12/06-000000.00' in 's3://b'"), 'write');
    assert.equal(clusterStatement("restore database sales from disk = n'/x.bak' with replace"), undefined);
  });
  test('one query, session or job by id; a set is not answered here', () => {
    assert.equal(clusterStatement("cancel query '16f3c3a6a1b7e5d40000000000000001'"), 'write');
    assert.equal(clusterStatement('cancel job 1023456789012345678;'), 'write');
    assert.equal(clusterStatement('resume job 1023456789012345678'), 'write');
    assert.equal(clusterStatement("cancel queries (select query_id from [show cluster queries] where user_name = 'etl')"), undefined);
    assert.equal(clusterStatement('cancel job $1'), undefined);
  });
  test("PgBouncer's admin console, only on the database named pgbouncer", () => {
    assert.equal(clusterStatement('show pools', 'pgbouncer'), 'read');
    assert.equal(clusterStatement('reload;', 'pgbouncer'), 'write');
    assert.equal(clusterStatement('resume shop', 'pgbouncer'), 'write');
    assert.equal(clusterStatement('kill_client 0x7f2a', 'pgbouncer'), 'write');
    assert.equal(clusterStatement('pause shop', 'pgbouncer'), 'outage');
    assert.equal(clusterStatement('pause', 'pgbouncer'), 'outage');
    assert.equal(clusterStatement('kill shop', 'pgbouncer'), 'outage');
    assert.equal(clusterStatement('disable shop', 'pgbouncer'), 'outage');
    assert.equal(clusterStatement('pause shop', 'shop'), undefined);
    assert.equal(clusterStatement('kill shop'), undefined);
  });
  test('through the clients', () => {
    assert.equal(cmd('psql -p 6432 -U pgbouncer pgbouncer -c "PAUSE shop"'), 'destructive');
    assert.equal(cmd('psql -p 6432 -U pgbouncer -d pgbouncer -c "SHOW POOLS"'), 'benign');
    assert.equal(cmd(`cockroach sql --host=crdb-prod-01 --certs-dir=/certs -e "BACKUP INTO 's3://b/prod?AUTH=implicit'"`), 'benign');
    assert.equal(cmd(`cockroach sql --host=crdb-prod-01 -e "BACKUP INTO 's3://b/prod'; DROP DATABASE shop CASCADE"`), 'destructive');
    assert.equal(cmd(`mysql -h replica-3 -e "CHANGE REPLICATION SOURCE TO SOURCE_HOST='db1'; START REPLICA"`), 'benign');
    assert.equal(cmd(`mysql -h replica-3 -e "CHANGE MASTER TO MASTER_HOST='db1'; RESET SLAVE ALL"`), 'destructive');
    assert.equal(cmd(`sqlcmd -S sql-prod-01 -Q "RESTORE DATABASE [Sales] FROM DISK = N'/x.bak' WITH REPLACE"`), 'destructive');
  });
});
