import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ciRunFolder, isLocalDatabaseHost, isTenantKey, namesDisposable, namesSharedCiResource, namesTierOrKept, SCRATCH_WORDS } from './test-data.ts';

test('this machine by the names database clients give it, and look-alikes that DNS answers for', () => {
  for (const h of ['localhost', 'LOCALHOST', 'localhost:5432', 'localhost,1433', '127.0.0.1', '127.0.1.1:3306', '::1', '[::1]', '[::1]:5432', '0.0.0.0', '.', '.\\SQLEXPRESS', '(local)', '(local)\\SQLEXPRESS,1433', '(localdb)\\MSSQLLocalDB', '(LocalDB)\\v11.0', 'tcp:localhost,1433', 'tcp:.\\SQLEXPRESS', 'lpc:(local)', '/tmp', '/var/run/postgresql', '/run/mysqld/', '/tmp/pg-sock.1']) {
    assert.ok(isLocalDatabaseHost(h), h);
  }
  for (const h of ['localhost.example.com', '127.0.0.1.nip.io', 'db.localhost.evil.io', 'mylocalhost', '127.0.0.256', '127.999.0.1', '10.0.0.5', '::2', '[::1].evil.io', '..', './x', '(local).evil.io', '(localdb)', 'tcp:db.prod', 'np:\\\\db\\pipe\\sql\\query', '/tmp/../mnt/remote', '/home/dev/sock', 'tmp', '', 'localhost:abc', 'prod-db:5432']) {
    assert.ok(!isLocalDatabaseHost(h), h);
  }
});

test('names made to be thrown away: a whole word says tests, CI, end-to-end, load tests or scratch, and nothing kept', () => {
  for (const n of ['test', 'app_test', 'test_shop', 'Shop_Test', 'app_test-1', 'app_test_2', 'ci-cache', 'scratch.v2', 'billing.tests', 'pg-testing-data', 'billing-e2e', 'Shop_LoadTest', 'orders_scratch', 'load-test']) {
    assert.ok(namesDisposable(n), n);
  }
  for (const n of ['latest', 'contest', 'attestation', 'testimonials', 'circle', 'pgdata', 'prod-db', 'testdb', 'shoptest', 'prod_test_backup', 'test_prod', 'app_test_bak', 'ci_archive', 'live-e2e', 'a/test', 'test db', 'test;drop', '']) {
    assert.ok(!namesDisposable(n), n);
  }
});

test('resources named scratch, sandbox, temporary or ephemeral (the lead\'s answer 72) by a whole word, and only with those words asked for', () => {
  for (const n of ['scratch-bench-20261205', 'partner-sandbox-test', 'agent-sandbox-tmp', 'tmp-reindex-2026', 'ephemeral-echo', 'ci-sandbox', 'temp-build', 'sandbox']) {
    assert.ok(namesDisposable(n, SCRATCH_WORDS), n);
  }
  for (const n of ['sandboxed', 'tmpfs', 'template', 'temperature', 'orders-latest', 'contest-entries', 'sandbox-prod', 'tmp-archive', 'ephemeral-backup', 'sandbox/x']) {
    assert.ok(!namesDisposable(n, SCRATCH_WORDS), n);
  }
  // The database rules keep their narrower words: a `sandbox` or `tmp` database is not a test database.
  for (const n of ['sandbox', 'tmp-reindex', 'ephemeral']) assert.ok(!namesDisposable(n), n);
});

test('a bare ci or e2e name is the resource every run shares (the lead\'s answer 84); a run\'s or an app\'s is not bare', () => {
  for (const n of ['ci', 'CI', 'e2e', 'E2E', 'ci-e2e', 'e2e_ci']) assert.ok(namesSharedCiResource(n), n);
  for (const n of ['ci-1234', 'pr-56', 'run-7', 'billing-e2e', 'ci-artifacts', 'circle', 'e2e-run-48213', '']) assert.ok(!namesSharedCiResource(n), n);
});

describe('ciRunFolder, one runs/ folder down (round 22)', () => {
  test('a run number in runs/, builds/, jobs/ or pipelines/ of a CI-named bucket or prefix is the run\'s', () => {
    assert.equal(ciRunFolder(['acme-ci-artifacts', 'runs', '8812']), 'acme-ci-artifacts/runs/8812');
    assert.equal(ciRunFolder(['shop', 'e2e-reports', 'jobs', 'job-7731']), 'e2e-reports/jobs/job-7731');
  });
  test('not without a CI word above, not a production word, not the runs folder itself', () => {
    assert.equal(ciRunFolder(['acme-ml', 'runs', '8812']), undefined);
    assert.equal(ciRunFolder(['acme-ci-prod', 'runs', '8812']), undefined);
    assert.equal(ciRunFolder(['acme-ci-artifacts', 'runs']), undefined);
    assert.equal(ciRunFolder(['acme-ci-artifacts', 'models', '8812']), undefined);
  });
});

describe('namesTierOrKept (round 25)', () => {
  test('a whole word of a tier or a kept copy, between - _ . or spaces', () => {
    for (const n of ['shop-prod', 'E2E Backups', 'orders_staging', 'archive']) assert.ok(namesTierOrKept(n), n);
    for (const n of ['product', 'backupper', 'cache', 'BuildCache']) assert.ok(!namesTierOrKept(n), n);
  });
});

test("isTenantKey names a tenant's key column or field (the lead's decision 40)", () => {
  for (const k of ['tenant_id', 'tenantId', 'org_id', 'orgId', 'organization_id', 'organisationId', 'account_id', 'workspace_id', 'store_id', 'team_id', 'company_id', 'd.tenant_id', '"tenant_id"', '`org_id`']) assert.equal(isTenantKey(k), true, k);
  for (const k of ['id', '_id', 'user_id', 'customer_id', 'tenant', 'tenant_name', 'subtenant_id', 'order_id']) assert.equal(isTenantKey(k), false, k);
});
