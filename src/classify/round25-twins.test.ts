import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SECRET_KEY_WORD, SECRET_NAME_PART } from './credential-text.ts';
import { httpDoors } from './http-test-support.ts';

describe('round 25 (m25): twins mended, one reading each', () => {
  const { api, shell } = httpDoors();

  test('one list of secret words: anywhere in a setting key, as a word of its own in a variable name', () => {
    for (const n of ['DB_PASS', 'GITHUB_PAT', 'DBPASSWORD', 'STRIPE_SECRET_KEY', 'SENTRY_DSN', 'SIGNING_PFX', 'GPG_PASSPHRASE']) assert.ok(SECRET_KEY_WORD.test(n), n);
    for (const n of ['BYPASS_CACHE', 'PATH', 'LOG_LEVEL', 'NODE_ENV', 'PORT']) assert.ok(!SECRET_KEY_WORD.test(n), n);
    for (const n of ['GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'NUGET_API_KEY', 'AZP_PAT', 'DB_PASS', 'SSH_KEYS', 'CODESIGN_PASSWORD']) assert.ok(SECRET_NAME_PART.test(n), n);
    for (const n of ['KEYBOARD_LAYOUT', 'PATH', 'BYPASS', 'AUTHOR_NAME', 'PASSWORDLESS']) assert.ok(!SECRET_NAME_PART.test(n), n);
  });

  test('a Jenkins job paused at any depth of folders (answer 182), not one whose path names a safeguard, delivery or production', () => {
    for (const u of ['https://jenkins.acme.internal/job/lint/disable', 'https://jenkins.acme.internal/job/web/job/nightly-lint/disable', 'https://ci.acme.io/view/all/job/web/job/e2e/disable?delay=0']) assert.ok(!api('POST', u).destructive, u);
    for (const u of ['https://ci.acme.io/job/release/job/main/disable', 'https://ci.acme.io/job/web/job/payments-prod/disable', 'https://ci.acme.io/job/paymentsprd/disable', 'https://jenkins.prod.acme.io/job/lint/disable', 'https://ci.acme.io/job/web/job/db-backup/disable', 'https://ci.acme.io/job/web/job/123/disable', 'https://ci.acme.io/job/a%2Fb/disable']) assert.ok(api('POST', u).destructive, u);
    assert.ok(!shell('curl -X POST -u "$JENKINS_USER:$JENKINS_TOKEN" https://ci.acme.io/job/tools/job/docs-lint/disable').destructive);
  });
});
