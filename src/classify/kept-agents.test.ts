import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { namesSafeguardOrDelivery } from './kept-agents.ts';

// The lead's answer 110 (one table for `gh workflow disable` and an Airflow DAG paused, round 24 b24s).
describe('namesSafeguardOrDelivery: a workflow or DAG whose pause is an outage', () => {
  test('safeguards and deliveries, in any case and inside a name', () => {
    for (const n of ['nightly_db_backup', 'security_scan_daily', 'CodeQL.yml', 'audit-export', 'deploy_docs', 'Release.yml', 'trivy-scan']) assert.equal(namesSafeguardOrDelivery(n), true, n);
  });
  test('other workflows and DAGs', () => {
    for (const n of ['etl_daily', 'reports_weekly', 'lint.yml', 'stale-issues', 'ml_training']) assert.equal(namesSafeguardOrDelivery(n), false, n);
  });
});
