import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { httpDoors } from './http-test-support.ts';
import { objectStoreKey } from './rest-apis.ts';

/** Round 30 (h30, blind30-webapi): developer-facing HTTP APIs, the HTTP judge's edges of this round's classes. */

const { api, shell, codes } = httpDoors();

describe("etcd's JSON gateway", () => {
  test('a delete range, a transaction that deletes and authentication switched off destroy, by every door', () => {
    assert.ok(api('POST', 'http://etcd:2379/v3alpha/kv/deleterange', { key: 'Zm9v' }).destructive);
    assert.ok(codes(api('POST', 'http://etcd:2379/v3/kv/txn', { success: [{ requestPut: { key: 'YQ==' } }], failure: [{ requestDeleteRange: { key: 'Yg==' } }] })).includes('http_batch_delete'));
    assert.ok(codes(api('POST', 'http://etcd:2379/v3/kv/txn', JSON.stringify({ success: [{ request_delete_range: { key: 'Yg==' } }] }))).includes('http_batch_delete'));
    assert.ok(codes(api('POST', 'http://etcd:2379/v3/auth/disable', {})).includes('safeguard_off'));
    assert.ok(shell(`curl -X POST http://127.0.0.1:2379/v3/kv/deleterange -d '{"key":"Zm9v"}'`).destructive);
  });
  test('reads, puts, a transaction of puts and a transaction body not shown', () => {
    assert.equal(api('POST', 'http://etcd:2379/v3/kv/range', { key: 'Zm9v' }).destructive, false);
    assert.equal(api('POST', 'http://etcd:2379/v3/kv/txn', { success: [{ request_put: { key: 'YQ==', value: 'Yg==' } }] }).destructive, false);
    assert.equal(api('POST', 'http://etcd:2379/v3/auth/enable', {}).destructive, false);
    assert.equal(shell('curl -X POST http://127.0.0.1:2379/v3/kv/txn -d @txn.json').confidence, 'opaque');
    // `deleterange` elsewhere than etcd's `/v3/kv/` is not this reading.
    assert.equal(api('POST', 'https://api.acme.io/v2/kv/deleterange-report', {}).destructive, false);
  });
});

describe('Elasticsearch cluster blocks', () => {
  test('read-only blocks on the cluster, flat or nested, true or "true", are an outage', () => {
    assert.ok(codes(api('PUT', 'https://es:9200/_cluster/settings', { persistent: { 'cluster.blocks.read_only': true } })).includes('service_outage'));
    assert.ok(codes(api('PUT', 'https://es:9200/_cluster/settings', { transient: { cluster: { blocks: { read_only_allow_delete: 'true' } } } })).includes('service_outage'));
  });
  test('a block lifted or reset, and other cluster settings, are writes', () => {
    assert.equal(api('PUT', 'https://es:9200/_cluster/settings', { persistent: { 'cluster.blocks.read_only': false } }).destructive, false);
    assert.equal(api('PUT', 'https://es:9200/_cluster/settings', { persistent: { 'cluster.blocks.read_only': null } }).destructive, false);
    assert.equal(api('PUT', 'https://es:9200/_cluster/settings', { persistent: { 'cluster.routing.rebalance.enable': 'all' } }).destructive, false);
  });
});

describe('object-store and artefact-repository paths read as `aws s3 rm` reads a prefix', () => {
  test('objectStoreKey: Artifactory and Nexus repositories as buckets, the REST API and queries are not', () => {
    assert.deepEqual(objectStoreKey('https://acme.jfrog.io/artifactory/generic-local/ci/run-1/a.zip'), { bucket: 'generic-local', key: 'ci/run-1/a.zip' });
    assert.deepEqual(objectStoreKey('https://nexus.acme.dev/repository/raw-hosted/e2e/run-5521/'), { bucket: 'raw-hosted', key: 'e2e/run-5521/' });
    for (const url of ['https://acme.jfrog.io/artifactory/api/repositories/generic-local', 'https://acme.jfrog.io/artifactory/generic-local/a.zip?properties=x', 'https://acme.jfrog.io/artifactory/generic-local/%E0%A4%A.zip']) assert.equal(objectStoreKey(url), null, url);
  });
  test("a CI run's or pull request's folder, and a temporary prefix, are disposable", () => {
    for (const url of ['https://acme.jfrog.io/artifactory/generic-local/ci/run-88123/', 'https://acme.jfrog.io/artifactory/generic-local/builds/pr-412/web.tgz', 'https://acme.jfrog.io/artifactory/generic-local/tmp/upload-1.zip', 'https://storage.googleapis.com/storage/v1/b/acme-ci/o/runs%2F8812%2Fx.json']) assert.equal(api('DELETE', url).destructive, false, url);
  });
  test('a bare CI folder, production in the repository or host, a version, a dot segment and a release stay', () => {
    for (const url of ['https://acme.jfrog.io/artifactory/generic-local/ci/', 'https://acme.jfrog.io/artifactory/generic-prod-local/ci/run-88123/', 'https://artifactory.prod.acme.io/artifactory/generic-local/ci/run-88123/', 'https://acme-ci.s3.amazonaws.com/runs/8812/a.xml?versionId=abc', 'https://acme.jfrog.io/artifactory/generic-local/ci/run-1/%2e%2e/%2e%2e/libs-release-local/x', 'https://acme.jfrog.io/artifactory/libs-release-local/com/acme/billing/2.4.0']) assert.ok(api('DELETE', url).destructive, url);
  });
});

describe('empty-body PUT actions and GitLab branch protection', () => {
  test('actions each reference documents as a bodiless PUT', () => {
    for (const url of ['https://api.github.com/repos/a/b/pulls/4/update-branch', 'https://gitlab.acme.dev/api/v4/projects/4/merge_requests/3/rebase', 'https://gitlab.acme.dev/api/v4/projects/4/repository/branches/main/protect', 'http://127.0.0.1:8500/v1/session/create', 'http://127.0.0.1:8500/v1/agent/join/10.0.0.5', 'https://api.github.com/gists/aa5a/star', 'https://api.github.com/orgs/acme/public_members/octocat', 'https://es:9200/orders-v4/_alias/orders']) {
      assert.equal(api('PUT', url).destructive, false, url);
    }
    assert.equal(api('PUT', `https://reg.acme.dev/v2/web/blobs/uploads/u-1?digest=sha256:${'a'.repeat(64)}`).destructive, false);
  });
  test('unprotect is a safeguard off whatever its body or door; a blob with no digest, an alias by wildcard, a leave stay', () => {
    assert.ok(codes(api('PUT', 'https://gitlab.acme.dev/api/v4/projects/4/repository/branches/main/unprotect', { developers_can_push: false })).includes('safeguard_off'));
    assert.ok(codes(shell('glab api -X PUT projects/4/repository/branches/main/unprotect')).includes('safeguard_off'));
    for (const url of ['https://reg.acme.dev/v2/web/blobs/uploads/u-1?digest=sha256:abc', 'https://es:9200/orders-*/_alias/orders', 'http://127.0.0.1:8500/v1/agent/leave']) assert.ok(api('PUT', url).destructive, url);
    assert.ok(api('DELETE', 'https://api.github.com/gists/aa5a').destructive);
  });
});

describe('a password-reset request', () => {
  test('that names only whose account mails a link', () => {
    assert.equal(api('POST', 'http://localhost:3000/api/auth/forgot-password', { email: 'dev@example.com' }).destructive, false);
    assert.equal(api('POST', 'https://api.acme.dev/auth/password/reset', '{"login":"jdoe"}').destructive, false);
  });
  test('a password, a token, a callback, no body, an empty body or a further path are judged as before', () => {
    assert.ok(api('POST', 'https://api.acme.dev/auth/reset-password', { token: 't', password: 'p' }).destructive);
    assert.ok(api('POST', 'https://api.acme.dev/auth/reset-password', { email: 'a@b.c', redirect_url: 'https://x.ngrok.io' }).destructive);
    assert.ok(api('POST', 'https://api.acme.dev/auth/reset-password').destructive);
    assert.ok(api('POST', 'https://api.acme.dev/auth/reset-password', {}).destructive);
    assert.ok(api('POST', 'https://api.acme.dev/auth/reset-password/confirm', { email: 'a@b.c' }).destructive);
    assert.ok(api('POST', 'https://api.acme.dev/auth/reset-password', { email: ['a@b.c', 'd@e.f'] }).destructive);
  });
});

describe("curl's Authorization header from a variable keeps the variable's name", () => {
  test("a bot token's name lets chat.delete of one message through; other names do not", () => {
    const line = (auth: string) => `curl -X POST https://slack.com/api/chat.delete -H "Authorization: ${auth}" -d '{"channel":"C1","ts":"1733299451.000200"}'`;
    assert.equal(shell(line('Bearer $SLACK_BOT_TOKEN')).destructive, false);
    assert.equal(shell(line('Bearer ${SLACK_BOT_TOKEN}')).destructive, false);
    assert.ok(shell(line('Bearer $SLACK_USER_TOKEN')).destructive);
    assert.ok(shell(line('Bearer $SLACK_BOT_TOKEN$X')).destructive);
    assert.ok(shell(line('Bearer $(cat token)')).destructive);
  });
});

describe("answer 72's scratch words in collections, CI variables, invitations, dist-tags and remote links", () => {
  test('disposable or narrowed', () => {
    for (const url of ['https://api.acme.com/v1/workspaces/scratch-ws-4412', 'https://api.acme.com/v1/environments/tmp-demo', 'https://circleci.com/api/v2/project/gh/a/b/envvar/LOG_LEVEL', 'https://api.netlify.com/api/v1/accounts/a/env/NODE_VERSION?site_id=1', 'https://api.github.com/user/repository_invitations/5', 'https://registry.npmjs.org/-/package/@a%2fb/dist-tags/beta', 'https://acme.atlassian.net/rest/api/3/issue/W-1/remotelink/10000']) {
      assert.equal(api('DELETE', url).destructive, false, url);
    }
  });
  test('shared, data, access, secrets, production and the word inside another stay', () => {
    for (const url of ['https://api.acme.com/v1/workspaces/test', 'https://api.acme.com/v1/workspaces/sandbox', 'https://api.acme.com/v1/databases/scratch-db', 'https://api.acme.com/v1/groups/tmp-admins', 'https://api.prod.acme.com/v1/workspaces/scratch-ws-1', 'https://api.acme.com/v1/workspaces/scratchpad', 'https://circleci.com/api/v2/project/gh/a/b/envvar/NPM_TOKEN', 'https://api.netlify.com/api/v1/accounts/a/env/DATABASE_URL', 'https://api.github.com/orgs/acme/members/octocat', 'https://registry.npmjs.org/@a%2fb/-rev/3-abc']) {
      assert.ok(api('DELETE', url).destructive, url);
    }
  });
});

describe("a CI system's run number in a URL's path, and Nexus snapshot repositories", () => {
  test('a documented CI number starts a path segment or follows `mr-`: the path it shows is judged', () => {
    assert.equal(shell('curl -X DELETE "https://api.github.com/repos/a/b/actions/runs/$GITHUB_RUN_ID"').destructive, false);
    assert.equal(shell('curl -X DELETE "https://gitlab.acme.dev/api/v4/projects/4/registry/repositories/7/tags/mr-${CI_MERGE_REQUEST_IID}"').destructive, false);
    assert.ok(codes(shell('curl -X DELETE "https://gitlab.acme.dev/api/v4/projects/$CI_PIPELINE_ID"')).includes('http_delete'));
  });
  test("a team's own variable, one set in the line, and a number that is not a segment's start stay unfixed", () => {
    assert.ok(shell('curl -X DELETE "https://api.github.com/repos/a/b/actions/runs/$RUN_ID"').destructive);
    assert.ok(shell('GITHUB_RUN_ID=../../..; curl -X DELETE "https://api.github.com/repos/a/b/actions/runs/$GITHUB_RUN_ID"').destructive);
    assert.ok(shell('curl -X DELETE "https://api.acme.io/v1/repos/x$BUILD_NUMBER"').destructive);
  });
  test('the repository inside a component or asset id', () => {
    const id = (s: string) => Buffer.from(s).toString('base64url');
    assert.equal(api('DELETE', `https://nexus.acme.dev/service/rest/v1/components/${id('maven-snapshots:3f5c')}`).destructive, false);
    assert.equal(api('DELETE', `https://nexus.acme.dev/nexus/service/rest/v1/assets/${id('npm_snapshot:ab12')}`).destructive, false);
    for (const repo of ['maven-releases:3f5c', 'prod-snapshots:ab', 'snapshotsX:1', 'maven-snapshots']) assert.ok(api('DELETE', `https://nexus.acme.dev/service/rest/v1/components/${id(repo)}`).destructive, repo);
  });
});

describe('curl and wget send a URL without a scheme as HTTP', () => {
  test('the loopback dev server is seen as it is with `http://`', () => {
    for (const line of ['curl -X DELETE localhost:3000/api/todos/3', 'curl -X DELETE 127.0.0.1:3000/api/cache', 'curl -X DELETE [::1]:3000/api/todos/3', 'wget -qO- --method=DELETE localhost:3000/api/todos/3']) assert.equal(shell(line).destructive, false, line);
  });
  test("a collection, another host, and curl's other guessed schemes are judged as before", () => {
    for (const line of ['curl -X DELETE localhost:3000/api/todos', 'curl -X DELETE api.acme.com/v1/users/42', 'curl -X DELETE ftp.acme.com/pub/x', 'curl -X DELETE "localhost:3000/api/todos/$ID"']) assert.ok(shell(line).destructive, line);
  });
});

describe("wget's --header=VALUE and a Host header not fixed", () => {
  test('a header given as `--header=` with a variable is an option, not a URL the line hides', () => {
    assert.equal(shell('wget -qO- --header="PRIVATE-TOKEN: $T" --method=DELETE https://gitlab.acme.dev/api/v4/projects/4/jobs/8/artifacts').destructive, false);
    assert.ok(codes(shell('wget -qO- --header="PRIVATE-TOKEN: $T" --method=DELETE https://gitlab.acme.dev/api/v4/projects/4')).includes('http_delete'));
  });
  test('a Host header from a variable makes a write opaque, by curl, wget and HTTPie; a read stays a read', () => {
    for (const line of ['curl -X DELETE -H "Host: $H" https://es:9200/scratch-1', 'wget --method=DELETE --header="Host: $H" https://es:9200/scratch-1', 'http DELETE https://es:9200/scratch-1 "Host:$H"']) assert.ok(codes(shell(line)).includes('http_dynamic_host'), line);
    assert.equal(shell('curl -H "Host: $H" https://es:9200/_cat/indices').destructive, false);
    assert.equal(shell('curl -X DELETE -H "X-Forwarded-Host: $H" https://es:9200/scratch-1').destructive, false);
  });
});

describe('a loop over the numeric ids a git host lists', () => {
  test('ids read by `-q`, `--jq` or `| jq -r` ending in an id field: the body is judged with a number', () => {
    assert.equal(shell(`for id in $(gh api repos/a/b/actions/runs -q '.workflow_runs[].id'); do gh api -X DELETE repos/a/b/actions/runs/$id; done`).destructive, false);
    assert.equal(shell(`for id in $(gh run list --json databaseId --jq '.[].databaseId'); do gh api -X DELETE repos/a/b/actions/runs/$id; done`).destructive, false);
    assert.ok(shell(`for id in $(gh api repos/a/b/actions/runs -q '.workflow_runs[].id'); do gh api -X DELETE repos/a/b/$id; done`).destructive);
  });
  test('a name, another program, a substitution inside the listing and a second command are not', () => {
    for (const line of [`for n in $(gh api repos/a/b/actions/runs -q '.workflow_runs[].head_branch'); do gh api -X DELETE repos/a/b/actions/runs/$n; done`, 'for id in $(cat ids.txt); do gh api -X DELETE repos/a/b/actions/runs/$id; done', `for id in $(gh api repos/$(cat r)/actions/runs -q '.[].id'); do gh api -X DELETE repos/a/b/actions/runs/$id; done`, `for id in $(gh api repos/a/b/actions/runs -q '.[].id'; echo ../..); do gh api -X DELETE repos/a/b/actions/runs/$id; done`]) assert.ok(shell(line).destructive, line);
  });
});
