import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { argumentNamesLiveTier } from './shell/tools/common.ts';
import { variableOriginUrl } from './shell/tools/http.ts';
import { literalWord, type Word } from './shell/words.ts';
import { httpDoors } from './http-test-support.ts';

const words = (...values: Array<string | null>): Word[] => values.map((v) => (v === null ? { ...literalWord('$X', 0, 2), value: null } : literalWord(v, 0, v.length)));

describe('round 25 (c25b): the lead\'s answers 173-177, 98, 114 and 154', () => {
  const { api, shell } = httpDoors();

  test('a scratch-name reading refuses an argument naming production, or one not fixed (answers 72, 174)', () => {
    assert.ok(argumentNamesLiveTier(words('server', 'delete', 'test-runner-1', '--context', 'prod')));
    assert.ok(argumentNamesLiveTier(words('delete', 'web-pr-1', '--project=acme-production')));
    assert.ok(argumentNamesLiveTier(words('delete', null)));
    assert.ok(!argumentNamesLiveTier(words('delete', 'web-pr-1', '--context', 'staging-eu')));
    assert.ok(argumentNamesLiveTier(words('delete', 'web-pr-1', '--context', 'staging-eu'), true));
    assert.ok(!argumentNamesLiveTier(words('server', 'delete', 'test-runner-1')));
  });

  test('every cloud scratch-name rule refuses production; a name that starts with a read word is no subcommand', () => {
    for (const c of ['hcloud server delete test-runner-1 --context prod', 'doctl compute droplet delete web-pr-2231 --context production', 'aws rds delete-db-instance --db-instance-identifier preview-pr-14 --profile prod', 'fly apps destroy web-pr-12 --org prod', 'kubectl delete ns pr-12 --context prod', 'helm uninstall web -n preview-pr-12 --kube-context prod', 'az group delete -n rg-pr-12 --subscription acme-prod', 'hcloud server delete ci-runner-12']) assert.ok(shell(c).destructive, c);
    for (const c of ['hcloud server delete test-runner-1', 'hcloud server delete test-box', 'fly apps destroy web-pr-12', 'kubectl delete ns pr-12', 'fly volumes destroy vol_1 --app web-pr-77']) assert.ok(!shell(c).destructive, c);
    assert.ok(shell('k3d cluster delete --all').destructive);
    assert.ok(shell('fly apps destroy web --app web-pr-77').destructive);
  });

  test('one Mailgun bounce entry (answer 173), not the list; moving and candidate Harbor tags (answer 177)', () => {
    assert.ok(!api('DELETE', 'https://api.mailgun.net/v3/example.com/bounces/user@test.com').destructive);
    assert.ok(api('DELETE', 'https://api.mailgun.net/v3/example.com/bounces').destructive);
    const tag = (t: string) => api('DELETE', `https://harbor.acme.io/api/v2.0/projects/p/repositories/r/artifacts/sha256:9f86/tags/${t}`).destructive;
    for (const t of ['latest', 'stable', 'latest-rc', 'rc1', 'v2.14.0', 'prod-3f9c2a1']) assert.ok(tag(t), t);
    for (const t of ['sha-4e1c9a7', 'ci-88213', 'pr-1290', 'build-4412']) assert.ok(!tag(t), t);
  });

  test("the session's $PATH in a PATH line appended to a start-up file (answer 98)", () => {
    assert.ok(!shell('echo "export PATH=$HOME/bin:$PATH" >> ~/.bashrc').destructive);
    for (const c of ['echo "export PATH=/tmp/x:$PATH" >> ~/.bashrc', 'echo "export PATH=$HOME/../x:$PATH" >> ~/.bashrc', 'echo "export PATH=$D/bin:$PATH" >> ~/.bashrc', 'echo "export PATH=$HOME/bin:$PATH; id" >> ~/.bashrc']) assert.ok(shell(c).destructive, c);
  });

  test('gh api with a variable origin or host and a fixed path (answer 154)', () => {
    assert.equal(variableOriginUrl('$API/v1/x'), 'https://$API/v1/x');
    assert.equal(variableOriginUrl('https://$API/v1/x'), null);
    assert.ok(!shell('gh api --hostname "$GH_HOST" -X DELETE repos/a/b/actions/caches/1').destructive);
    assert.ok(!shell('gh api -X DELETE "$GITHUB_API_URL/repos/a/b/actions/caches/1"').destructive);
    assert.ok(shell('gh api -X DELETE "$GITHUB_API_URL/repos/a/b"').destructive);
  });
});
