import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { httpDoors } from './http-test-support.ts';

/** The lead's answer 84 (round 21): one CI run's or pull request's scratch is disposable; a bare `ci` or `e2e` resource is not. */

const { api, shell } = httpDoors();

describe('HTTP deletes by name', () => {
  test('a bare ci or e2e bucket, index, project, mount, vhost or realm is shared by every run', () => {
    for (const url of ['http://minio.internal:9000/ci', 'http://es.internal:9200/e2e', 'http://es.internal:9200/ci-e2e', 'http://harbor.internal/api/v2.0/projects/ci', 'http://vault.internal:8200/v1/sys/mounts/ci', 'http://rabbit.internal:15672/api/vhosts/ci', 'http://keycloak.internal:8080/admin/realms/e2e']) {
      assert.equal(api('DELETE', url).destructive, true, url);
    }
  });
  test('one run\'s or one app\'s is not bare', () => {
    for (const url of ['http://es.internal:9200/ci-1234', 'http://vault.internal:8200/v1/sys/mounts/ci-1234', 'http://rabbit.internal:15672/api/vhosts/pr-56', 'http://es.internal:9200/billing-e2e']) {
      assert.equal(api('DELETE', url).destructive, false, url);
    }
  });
});

describe('mc rm of one run\'s prefix', () => {
  test('a run\'s or pull request\'s own prefix, or an object in it, is written again by its next run', () => {
    for (const c of ['mc rm --recursive --force local/ci-artifacts/run-1234/', 'mc rm -r --force local/artifacts/builds/pr-56/', 'mc rm local/ci-artifacts/run-1234/junit.xml']) assert.equal(shell(c).destructive, false, c);
  });
  test('the bucket, a bare ci bucket, a production alias, a wildcard, `..`, a bucket not named for CI or a second operand: destructive', () => {
    for (const c of ['mc rm --recursive --force local/ci-artifacts/', 'mc rb --force local/ci', 'mc rm -r --force local/ci', 'mc rm -r --force prod/ci-artifacts/run-1234/', 'mc rm -r --force local/ci-artifacts/run-*/', 'mc rm -r --force local/ci-artifacts/run-1234/../', 'mc rm -r --force local/releases/run-1234/', 'mc rm -r --force local/ci-artifacts/run-1234/ local/ci-artifacts/']) {
      assert.equal(shell(c).destructive, true, c);
    }
  });
});
