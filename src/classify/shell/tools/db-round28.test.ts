import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';

/** Round 28 (blind28-dba, branch d28): the cockroach catalogue entry and psql's `\copy` target. */
const answer = batchAnswers({ cwd: '/home/dba', home: '/home/dba' });
const run = (command: string, context?: Record<string, string>) => answer('command', command, context) as unknown as { decision: string; targets_env: string | null };

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
