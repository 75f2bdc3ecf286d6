import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';

/** Round 28 (blind28-dba, branch d28): database CLIs' classes (cockroach, Percona Toolkit, mysqlsh's API command line, mongosh admin roles and replica set members, CQL grants, psql's `\copy` target). */
const answer = batchAnswers({ cwd: '/home/dba', home: '/home/dba' });
const run = (command: string, context?: Record<string, string>) => answer('command', command, context);

describe('cockroach (service catalogue)', () => {
  test('node drain and decommission are outages, read for the environment from --host or --url', () => {
    const drain = run('cockroach node drain 3 --host=crdb-prod-01:26257 --certs-dir=/certs');
    assert.equal(drain.decision, 'destructive');
    assert.equal(drain.targets_env, 'production');
    assert.equal(run('cockroach node decommission 4 5 --wait=all --insecure').decision, 'destructive');
    assert.equal(run('cockroach node drain 2 --url "postgresql://root@crdb-staging-01:26257"').targets_env, 'staging');
    assert.equal(run('cockroach node drain --self --certs-dir=/certs', { cwd: '/home/dba', home: '/home/dba', host: 'crdb-prod-02' }).targets_env, 'production');
  });
  test('status, ls, recommission, debug zip and help are not', () => {
    for (const c of ['cockroach node status --host=crdb-prod-01', 'cockroach node ls --insecure', 'cockroach node recommission 4 --host=crdb-prod-01', 'cockroach debug zip ./d.zip --host=crdb-prod-01', 'cockroach node drain --help', 'cockroach help node']) {
      assert.equal(run(c).decision, 'benign', c);
    }
    assert.equal(run('cockroach node status --host=crdb-prod-01').targets_env, 'production');
  });
  test('cockroach sql stays a database client', () => {
    assert.equal(run('cockroach sql --insecure -e "DROP DATABASE shop CASCADE"').decision, 'destructive');
    assert.equal(run('cockroach sql --insecure -e "SHOW JOBS"').decision, 'benign');
  });
});

describe("psql's \\copy reports the connected database", () => {
  test('by -h, by a URL, in a script', () => {
    assert.equal(run(`psql -h pg-staging.internal -d shop -c "\\copy t FROM 'x.csv' CSV"`).targets_env, 'staging');
    assert.equal(run(`psql "postgresql://etl@db-prod-01/shop" -c "\\copy (SELECT 1) TO 'x.csv' CSV"`).targets_env, 'production');
    assert.equal(run("psql -d shop <<'SQL'\nSET x = 1;\n\\copy t TO '/tmp/t.csv' CSV\nSQL", { cwd: '/home/dba', home: '/home/dba', host: 'db-prod-01' }).targets_env, 'production');
  });
  test('the decision is unchanged: a write, and the other statements judged', () => {
    assert.equal(run(`psql -h pg-staging.internal -d shop -c "\\copy t FROM 'x.csv' CSV"`).decision, 'benign');
    assert.equal(run(`psql -h pg-staging.internal -d shop -c "TRUNCATE t" -c "\\copy t FROM 'x.csv' CSV"`).decision, 'destructive');
  });
});

describe('Percona Toolkit (service catalogue)', () => {
  test('pt-kill kills only with --kill or --kill-query', () => {
    assert.equal(run('pt-kill --host mysql-prod-01 --busy-time 120 --match-user etl --kill --print').decision, 'destructive');
    assert.equal(run('pt-kill --busy-time 300 --kill-query h=mysql-prod-01').targets_env, 'production');
    assert.equal(run('pt-kill --host mysql-prod-01 --busy-time 120 --print').decision, 'benign');
  });
  test('pt-archiver: --purge destroys, a destination or a dry run does not, neither is unknown', () => {
    assert.equal(run(`pt-archiver --source h=mysql-prod-01,D=shop,t=orders --where '1=1' --purge`).decision, 'destructive');
    assert.equal(run(`pt-archiver --source h=mysql-prod-01,D=shop,t=orders --where '1=1' --purge`).targets_env, 'production');
    assert.equal(run(`pt-archiver --source h=db1,D=shop,t=orders --dest h=db2,D=archive,t=orders --where 'id < 5'`).decision, 'benign');
    assert.equal(run(`pt-archiver --source h=db1,D=shop,t=orders --where '1=1' --purge --dry-run`).decision, 'benign');
    assert.equal(run(`pt-archiver --source h=db1,D=shop,t=orders --where '1=1'`).decision, 'unknown');
  });
  test('the report tools read', () => {
    assert.equal(run('pt-query-digest /var/log/mysql/mysql-slow.log').decision, 'benign');
    assert.equal(run('pt-mysql-summary --host mysql-replica-02').decision, 'benign');
  });
});

describe("mysqlsh's API command line (`-- OBJECT METHOD`)", () => {
  test('judged as the call it names', () => {
    assert.equal(run('mysqlsh --uri admin@mysql-prod-01 -- cluster status').decision, 'benign');
    assert.equal(run('mysqlsh root@mysql-prod-01 -- util dump-instance /backups/x').decision, 'benign');
    assert.equal(run('mysqlsh root@mysql-prod-01 -- cluster remove-instance root@mysql-prod-03:3306').decision, 'destructive');
    assert.equal(run('mysqlsh root@mysql-prod-01 -- cluster dissolve --force').decision, 'destructive');
  });
  test('an object not fixed is unseen; no `--` is the interactive shell as before', () => {
    assert.equal(run('mysqlsh root@mysql-prod-01 -- "$OBJ" status').decision, 'unknown');
    assert.equal(run('mysqlsh root@mysql-prod-01').decision, 'unknown');
  });
});

describe('mongosh: administrator roles and replica set membership', () => {
  test('an admin role granted, by name or in a role document', () => {
    assert.equal(run(`mongosh admin --eval 'db.grantRolesToUser("bob", ["root"])'`).decision, 'destructive');
    assert.equal(run(`mongosh admin --eval 'db.createUser({ user: "a", pwd: "x", roles: [{ role: "userAdminAnyDatabase", db: "admin" }] })'`).decision, 'destructive');
    assert.equal(run(`mongosh admin --eval 'db.updateUser("a", { roles: ["dbOwner"] })'`).decision, 'destructive');
  });
  test('a user named root, a monitoring role, a revoke, a local database are not', () => {
    assert.equal(run(`mongosh admin --eval 'db.createUser({ user: "root", pwd: "x", roles: [{ role: "read", db: "root" }] })'`).decision, 'benign');
    assert.equal(run(`mongosh admin --eval 'db.grantRolesToUser("dd", [{ role: "clusterMonitor", db: "admin" }])'`).decision, 'benign');
    assert.equal(run(`mongosh admin --eval 'db.revokeRolesFromUser("bob", ["root"])'`).decision, 'benign');
    assert.equal(run(`mongosh mongodb://localhost/admin --eval 'db.createUser({ user: "dev", pwd: "dev", roles: ["root"] })'`).decision, 'benign');
  });
  test('rs.remove and a forced rs.reconfig are outages; rs.add and a plain reconfig are writes', () => {
    assert.equal(run(`mongosh --eval 'rs.remove("mongo-3:27017")'`).decision, 'destructive');
    assert.equal(run(`mongosh --eval 'rs.reconfig(cfg, { force: true })'`).decision, 'destructive');
    assert.equal(run(`mongosh --eval 'rs.add("mongo-4:27017")'`).decision, 'benign');
    assert.equal(run(`mongosh --eval 'rs.reconfig(cfg)'`).decision, 'benign');
  });
});

describe('CQL: every permission on every keyspace', () => {
  test('is an administrator grant; one keyspace or one permission is not', () => {
    assert.equal(run('cqlsh cass-prod-01 -e "GRANT ALL PERMISSIONS ON ALL KEYSPACES TO app"').decision, 'destructive');
    assert.equal(run('cqlsh cass-prod-01 -e "GRANT ALL ON ALL KEYSPACES TO app"').decision, 'destructive');
    assert.equal(run('cqlsh cass-prod-01 -e "GRANT ALL PERMISSIONS ON KEYSPACE shop TO app"').decision, 'benign');
    assert.equal(run('cqlsh -e "GRANT SELECT ON ALL KEYSPACES TO reporting"').decision, 'benign');
  });
});

describe('redis-cli --eval FILE', () => {
  test('a script file the action does not show is unknown; one it wrote is judged by its calls', () => {
    assert.equal(run('redis-cli -h redis-prod-01 --eval /tmp/cleanup.lua').decision, 'unknown');
    assert.equal(run('redis-cli --eval ./x.lua key:1 , 10').decision, 'unknown');
    assert.equal(run("cat > /tmp/c.lua <<'L'\nreturn redis.call('DBSIZE')\nL\nredis-cli --eval /tmp/c.lua").decision, 'benign');
    assert.equal(run("cat > /tmp/w.lua <<'L'\nfor _, k in ipairs(redis.call('KEYS', 'u:*')) do redis.call('DEL', k) end\nL\nredis-cli --eval /tmp/w.lua").decision, 'destructive');
  });
  test('EVAL with its script inline is as before', () => {
    assert.equal(run(`redis-cli EVAL "return redis.call('GET', KEYS[1])" 1 user:1`).decision, 'benign');
  });
});
