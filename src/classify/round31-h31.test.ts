import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { httpDoors } from './http-test-support.ts';

/** Round 31 (h31, blind31-saas): SaaS and internal APIs, the HTTP judge's edges of this round's classes. */

const { api, shell, codes } = httpDoors();
const GL = 'https://gitlab.example.org/api/v4';

describe("GitLab's job erase is a CI run's record (the lead's answer 332)", () => {
  test('by every door, with the reason that says so', () => {
    assert.ok(codes(api('POST', `${GL}/projects/7/jobs/4410/erase`)).includes('http_harmless'));
    assert.equal(shell(`curl -X POST -H "PRIVATE-TOKEN: $T" ${GL}/projects/7/jobs/4410/erase`).destructive, false);
    assert.ok(codes(shell('glab api -X POST projects/7/jobs/4410/erase')).includes('http_harmless'));
  });
  test('not a project erased, a job id not shown, or a dot segment', () => {
    assert.ok(api('POST', `${GL}/projects/7/erase`).destructive);
    assert.ok(api('POST', `${GL}/projects/7/jobs/all/erase`).destructive);
    assert.ok(api('POST', `${GL}/projects/7/jobs/4410/erase/../../../../projects/7`).destructive);
    assert.ok(shell('glab api -X POST projects/7/jobs/4410/erase/../../..').destructive);
  });
  test('pipelines deleted by an xargs placeholder are run records; projects are not', () => {
    assert.equal(shell("glab api 'projects/7/pipelines' | jq '.[].id' | xargs -I{} glab api -X DELETE projects/7/pipelines/{}").destructive, false);
    assert.ok(shell("glab api 'groups/3/projects' | jq '.[].id' | xargs -I{} glab api -X DELETE projects/{}").destructive);
  });
});

describe("GitLab's query attributes are a bodyless PUT's body", () => {
  test('attributes in the query are not an empty body', () => {
    assert.equal(api('PUT', `${GL}/projects/7/issues/3?state_event=close`).destructive, false);
    assert.equal(api('PUT', `${GL}/projects/7/issues/3?add_labels=bug&remove_labels=triage`).destructive, false);
  });
  test('what they set is still judged: a secret replaced, a value emptied; other APIs and no query stay empty', () => {
    assert.ok(codes(api('PUT', `${GL}/projects/7/variables/AWS_SECRET_ACCESS_KEY?value=x`)).includes('ci_secret_replaced'));
    assert.ok(codes(api('PUT', `${GL}/projects/7/variables/DEPLOY_TARGET?value=`)).includes('http_put_empty'));
    assert.ok(codes(api('PUT', `${GL}/projects/7/variables/DEPLOY_TARGET`)).includes('http_put_empty'));
    assert.ok(codes(api('PUT', 'https://api.acme.io/v1/projects/7/config?format=json')).includes('http_put_empty'));
    // A body that is sent wins over the query.
    assert.ok(codes(api('PUT', `${GL}/projects/7/variables/DEPLOY_TARGET?value=x`, { value: '' })).includes('http_put_empty'));
  });
});

describe("the caller's own session and token, pins, own reactions, labels and assignees", () => {
  test('benign', () => {
    for (const url of [
      'https://app.example.com/api/auth/session',
      'https://api.vercel.com/v3/user/tokens/current',
      'https://discord.com/api/v10/channels/55/messages/66/reactions/%F0%9F%8E%89/@me',
      'https://discord.com/api/v10/channels/55/pins/66',
      'https://discord.com/api/v10/channels/55/messages/pins/66',
      'https://graph.microsoft.com/v1.0/chats/19:aa@thread.v2/pinnedMessages/99',
      'https://graph.microsoft.com/v1.0/teams/t1/channels/19:bb@thread.tacv2/tabs/t9',
      'https://example.atlassian.net/wiki/rest/api/content/5521/label/stale',
      'https://app.launchdarkly.com/api/v2/approval-requests/6571f0e3a1b2',
    ]) assert.equal(api('DELETE', url).destructive, false, url);
    assert.equal(api('PUT', 'https://example.atlassian.net/rest/api/3/issue/OPS-9/assignee', { accountId: null }).destructive, false);
    assert.equal(api('PUT', 'https://discord.com/api/v10/channels/55/pins/66').destructive, false);
  });
  test('their neighbours stay destructive', () => {
    for (const url of [
      'https://api.vercel.com/v3/user/tokens/5d9f2ebd38ddca62',
      'https://discord.com/api/v10/channels/55/messages/66/reactions/%F0%9F%8E%89/80351110224678912',
      'https://discord.com/api/v10/channels/55/messages/66/reactions',
      'https://discord.com/api/v10/channels/55/messages/66',
      'https://graph.microsoft.com/v1.0/teams/t1/channels/19:bb@thread.tacv2',
      'https://example.atlassian.net/wiki/rest/api/content/5521?status=trashed',
      'https://app.launchdarkly.com/api/v2/flags/default/dark-mode',
    ]) assert.ok(api('DELETE', url).destructive, url);
    assert.ok(api('PUT', 'https://example.atlassian.net/rest/api/3/issue/OPS-9', {}).destructive);
  });
});

describe("GitHub's review dismissals and Actions switched off", () => {
  test('a safeguard off, by the HTTP door and by gh api', () => {
    assert.ok(codes(api('PUT', 'https://api.github.com/repos/o/r/pulls/3/reviews/80/dismissals', { message: 'outdated' })).includes('safeguard_off'));
    assert.ok(codes(shell('gh api -X PUT repos/o/r/pulls/3/reviews/80/dismissals -f message=outdated')).includes('safeguard_off'));
    assert.ok(codes(api('PUT', 'https://api.github.com/repos/o/r/actions/permissions', { enabled: false })).includes('safeguard_off'));
    assert.ok(codes(shell('gh api -X PUT repos/o/r/actions/permissions -F enabled=false')).includes('safeguard_off'));
    assert.ok(codes(api('PUT', 'https://api.github.com/orgs/o/actions/permissions', { enabled_repositories: 'none' })).includes('safeguard_off'));
  });
  test('Actions on, selected or for all repositories, and a review submitted, are writes', () => {
    assert.equal(api('PUT', 'https://api.github.com/repos/o/r/actions/permissions', { enabled: true, allowed_actions: 'selected' }).destructive, false);
    assert.equal(api('PUT', 'https://api.github.com/orgs/o/actions/permissions', { enabled_repositories: 'all' }).destructive, false);
    assert.equal(api('POST', 'https://api.github.com/repos/o/r/pulls/3/reviews/80/events', { event: 'APPROVE' }).destructive, false);
  });
});
