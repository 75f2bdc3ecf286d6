import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applicationCacheRoute, localRecordById } from './test-data.ts';
import { httpDoors } from './http-test-support.ts';

describe('round 24 (b24h): HTTP API and MCP classes', () => {
  const { api, shell } = httpDoors();

  test("an application's cache endpoint on any host (answer 158), not a database engine's port or a dot segment", () => {
    for (const u of ['https://orders.internal.acme.com/actuator/caches', 'https://api.acme.com/v1/cache', 'https://x.acme.com/api/caches/rates', 'https://$API/caches/product-catalog']) assert.ok(applicationCacheRoute(u), u);
    for (const u of ['http://localhost:6379/cache', 'https://a.com/caches/../users', 'https://a.com/caches/x/y', 'https://a.com/caches/*', 'https://a.com/cache/%2e%2e/users', 'https://a.com/cachedata']) assert.ok(!applicationCacheRoute(u), u);
  });

  test('one record by numeric id on a loopback dev server (answer 157), not a container, an account, an admin API or a collection', () => {
    for (const u of ['http://localhost:3000/api/todos/42', 'http://127.0.0.1:8000/api/notes/314/', 'http://[::1]:5173/posts/7']) assert.ok(localRecordById(u), u);
    for (const u of ['http://localhost:3000/api/todos', 'http://localhost:3000/api/todos/42?cascade=1', 'http://localhost:8080/api/projects/3/', 'http://localhost:3000/api/accounts/42', 'http://localhost:2019/config/apps/http/servers/srv0/routes/0', 'http://localhost:8001/api/v1/namespaces/x/pods/1', 'http://localhost:5432/x/1', 'https://api.acme.com/api/todos/42', 'http://localhost/api/todos/42']) assert.ok(!localRecordById(u), u);
  });

  test('maintenance mode switched on is an outage; switched off, or a maintenance window read, is not', () => {
    assert.ok(api('PUT', 'https://shop.acme.com/admin/api/maintenance-mode', { maintenance: true }).destructive);
    assert.ok(api('POST', 'https://admin.acme.com/api/maintenance/enable').destructive);
    assert.ok(shell(`curl -X POST https://admin.acme.com/api/maintenance -d '{"enabled":true}'`).destructive);
    assert.ok(!api('PUT', 'https://shop.acme.com/admin/api/maintenance-mode', { maintenance: false }).destructive);
    assert.ok(!api('POST', 'https://admin.acme.com/api/maintenance/disable').destructive);
  });

  test('a variable origin or query value with a fixed path is judged by the path (answer 154)', () => {
    assert.ok(!shell('curl -X DELETE "$API/caches/product-catalog"').destructive);
    assert.ok(shell('curl -X DELETE "$API/v1/projects/42"').destructive);
    assert.ok(shell('curl -X DELETE "https://api.acme.com/v1/$R/42"').destructive);
    assert.ok(!shell('gh api -X DELETE "repos/acme/web/actions/caches?key=$k"').destructive);
    assert.ok(shell('gh api -X DELETE "repos/acme/$name"').destructive);
  });

  test('CI workflows and jobs paused by name (answers 110, 159), not safeguards, deliveries or bare ids', () => {
    assert.ok(!api('PUT', 'https://api.github.com/repos/a/b/actions/workflows/stale.yml/disable').destructive);
    assert.ok(!shell('gh api -X PUT repos/a/b/actions/workflows/nightly-lint.yml/disable').destructive);
    assert.ok(!api('POST', 'https://ci.acme.internal/job/docs-preview/disable').destructive);
    for (const u of ['https://api.github.com/repos/a/b/actions/workflows/codeql.yml/disable', 'https://api.github.com/repos/a/b/actions/workflows/161335/disable', 'https://api.github.com/repos/a/b/actions/workflows/release.yml/disable']) assert.ok(api('PUT', u).destructive, u);
    assert.ok(api('POST', 'https://ci.acme.internal/job/platform/job/dependency-scan/disable').destructive);
    assert.ok(api('POST', 'https://ci.acme.internal/job/nightly-backup/disable').destructive);
  });
});
