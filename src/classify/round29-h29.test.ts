import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY, type JsonObject } from '../core/index.ts';
import { namesPlainSetting } from './credential-text.ts';
import { httpDoors } from './http-test-support.ts';
import { createClassifier, type Classifier } from './index.ts';

/** Round 29 (h29, blind29-saas): SaaS administration through HTTP APIs, the HTTP judge's body and URL classes. */

const { api, shell, codes } = httpDoors();

describe('certificate checks skipped by a setting that says so when true', () => {
  test('GitHub insecure_ssl "1", Grafana tlsSkipVerify, Argo CD insecure, Vault tls_skip_verify, by every door', () => {
    assert.ok(codes(api('PATCH', 'https://api.github.com/repos/a/b/hooks/1/config', { insecure_ssl: '1' })).includes('safeguard_off'));
    assert.ok(codes(api('POST', 'https://grafana.acme.io/api/datasources', { type: 'loki', jsonData: { tlsSkipVerify: true } })).includes('safeguard_off'));
    assert.ok(codes(api('POST', 'https://argocd.acme.io/api/v1/repositories', { repo: 'https://git.acme.io/x.git', insecure: true })).includes('safeguard_off'));
    assert.ok(codes(api('POST', 'https://vault.acme.io/v1/database/config/orders', { tls_skip_verify: 'true' })).includes('safeguard_off'));
    assert.ok(codes(api('PUT', 'https://prom.acme.io/api/v1/targets', { insecureSkipVerify: true })).includes('safeguard_off'));
    assert.ok(codes(shell('gh api -X PATCH repos/a/b/hooks/1/config -f insecure_ssl=1')).includes('safeguard_off'));
  });
  test('checks kept, a count, a DNS verification skipped and an unrelated "skip" are not', () => {
    assert.equal(api('PATCH', 'https://api.github.com/repos/a/b/hooks/1/config', { insecure_ssl: '0' }).destructive, false);
    assert.equal(api('PUT', 'https://grafana.acme.io/api/datasources/uid/x', { jsonData: { tlsSkipVerify: false } }).destructive, false);
    assert.equal(api('PATCH', 'https://api.acme.io/v1/reports/9', { insecure_count: 3 }).destructive, false);
    assert.equal(api('POST', 'https://api.mailgun.net/v4/domains', 'name=mg.acme.io&skip_verification=true').destructive, false);
    assert.equal(api('POST', 'https://api.acme.io/v1/users', { email: 'a@acme.io', skip_welcome_email: true }).destructive, false);
  });
});

describe('GitHub workflow token permissions', () => {
  test('write by default, or approving pull requests, widens every workflow', () => {
    assert.ok(codes(api('PUT', 'https://api.github.com/orgs/acme/actions/permissions/workflow', { default_workflow_permissions: 'write' })).includes('access_widened'));
    assert.ok(codes(api('PUT', 'https://ghe.acme.io/api/v3/repos/a/b/actions/permissions/workflow', { default_workflow_permissions: 'read', can_approve_pull_request_reviews: 'true' })).includes('access_widened'));
    assert.ok(codes(api('PUT', 'https://api.github.com/enterprises/acme/actions/permissions/workflow', { default_workflow_permissions: 'WRITE' })).includes('access_widened'));
  });
  test('read and false give less; another Actions permission path is not this', () => {
    assert.equal(api('PUT', 'https://api.github.com/orgs/acme/actions/permissions/workflow', { default_workflow_permissions: 'read', can_approve_pull_request_reviews: false }).destructive, false);
    assert.equal(api('PUT', 'https://api.github.com/orgs/acme/actions/permissions/selected-actions', { github_owned_allowed: true }).destructive, false);
  });
});

describe('enforcement set to report only', () => {
  test('evaluate, dryrun, warn, audit and advisory under an enforcement key', () => {
    for (const value of ['evaluate', 'dryrun', 'dry_run', 'warn', 'audit', 'advisory', 'report-only']) {
      const key = value === 'advisory' ? 'enforcement_level' : value === 'dryrun' ? 'enforcementAction' : 'enforcement';
      assert.ok(codes(api('PUT', 'https://api.acme.io/v1/policies/7', { [key]: value })).includes('safeguard_off'), value);
    }
  });
  test('active, hard-mandatory, a mode key and a new ruleset are not', () => {
    assert.equal(api('PUT', 'https://api.github.com/orgs/acme/rulesets/8', { enforcement: 'active' }).destructive, false);
    assert.equal(api('PUT', 'https://vault.acme.io/v1/sys/policies/egp/x', { enforcement_level: 'hard-mandatory' }).destructive, false);
    assert.equal(api('PATCH', 'https://api.acme.io/v1/services/checkout', { mode: 'audit' }).destructive, false);
    assert.equal(api('POST', 'https://api.github.com/repos/a/b/rulesets', { name: 'trial', enforcement: 'evaluate' }).destructive, false);
  });
});

describe('alerting services and webhooks switched off', () => {
  test('whatever an alerting service disables; a webhook set inactive; a check paused', () => {
    assert.ok(codes(api('POST', 'https://api.opsgenie.com/v2/integrations/4a1e/disable')).includes('safeguard_off'));
    assert.ok(codes(api('POST', 'https://api.eu.opsgenie.com/v2/policies/b1c2/disable?teamId=ops')).includes('safeguard_off'));
    assert.ok(codes(api('PATCH', 'https://api.github.com/repos/a/b/hooks/12', { active: false })).includes('service_outage'));
    assert.ok(codes(api('PATCH', 'https://api.sendgrid.com/v3/user/webhooks/event/settings', { enabled: 'false', url: 'https://h.acme.io' })).includes('service_outage'));
    assert.ok(codes(api('PUT', 'https://api.datadoghq.eu/api/v1/synthetics/tests/abc/status', { new_status: 'paused' })).includes('service_outage'));
  });
  test('enabling, a disable path elsewhere, a new hook created inactive and other hook edits are not', () => {
    assert.equal(api('POST', 'https://api.opsgenie.com/v2/integrations/4a1e/enable').destructive, false);
    assert.equal(api('POST', 'https://api.acme.io/v1/newsletters/42/disable').destructive, false);
    assert.equal(api('POST', 'https://api.github.com/repos/a/b/hooks', { active: false, config: { url: 'https://ci.acme.io' } }).destructive, false);
    assert.equal(api('PATCH', 'https://api.github.com/repos/a/b/hooks/12', { add_events: ['release'] }).destructive, false);
    assert.equal(api('PATCH', 'https://api.acme.io/v1/projects/12', { active: false }).destructive, false);
    assert.equal(api('PUT', 'https://api.datadoghq.com/api/v1/synthetics/tests/abc/status', { new_status: 'live' }).destructive, false);
  });
});

describe('Cloudflare records unproxied and search indices unreplicated', () => {
  test('an existing record taken out of the proxy; an existing index set to no replicas', () => {
    assert.ok(codes(api('PATCH', 'https://api.cloudflare.com/client/v4/zones/z1/dns_records/r1', { proxied: false })).includes('safeguard_off'));
    assert.ok(codes(api('PUT', 'https://es.acme.io:9200/orders/_settings', { 'index.number_of_replicas': '0' })).includes('safeguard_off'));
    assert.ok(codes(api('PUT', 'https://es.acme.io:9200/_all/_settings?preserve_existing=false', { index: { number_of_replicas: 0 } })).includes('safeguard_off'));
  });
  test('a new record, a proxied one, a new index and replicas kept are writes', () => {
    assert.equal(api('POST', 'https://api.cloudflare.com/client/v4/zones/z1/dns_records', { type: 'A', proxied: false }).destructive, false);
    assert.equal(api('PATCH', 'https://api.cloudflare.com/client/v4/zones/z1/dns_records/r1', { proxied: true }).destructive, false);
    assert.equal(api('PUT', 'https://es.acme.io:9200/orders-v2', { settings: { number_of_replicas: 0 } }).destructive, false);
    assert.equal(api('PUT', 'https://es.acme.io:9200/orders/_settings', { index: { number_of_replicas: 2, 'routing.allocation.total_shards_per_node': 0 } }).destructive, false);
  });
});

describe('one user\'s sessions and a test queue purged', () => {
  test('Auth0 sessions of one user (decision 24); a RabbitMQ purge of a queue named for tests is a loss since 395.4 (answer 258 withdrawn)', () => {
    assert.equal(api('DELETE', 'https://acme.eu.auth0.com/api/v2/users/auth0%7C65f1/sessions').destructive, false);
    assert.equal(api('DELETE', 'https://mq.acme.internal:15672/api/queues/%2F/orders-e2e-test/contents').destructive, true);
  });
  test('the user itself, a kept queue, a production host or a pattern stay destructive', () => {
    assert.equal(api('DELETE', 'https://acme.eu.auth0.com/api/v2/users/auth0%7C65f1').destructive, true);
    assert.equal(api('DELETE', 'https://mq.acme.internal:15672/api/queues/%2F/orders/contents').destructive, true);
    assert.equal(api('DELETE', 'https://mq.prod.acme.internal:15672/api/queues/%2F/orders-e2e-test/contents').destructive, true);
    assert.equal(api('DELETE', 'https://mq.acme.internal:15672/api/queues/%2F/test-*/contents').destructive, true);
    assert.equal(api('DELETE', 'https://mq.acme.internal:15672/api/queues/%2F/contents').destructive, true);
  });
});

describe('probes of the same tools: what loses nothing, and what opens or switches off', () => {
  test('a mute ended, a pending review, an alert\'s tags and a public link revoked lose nothing', () => {
    assert.equal(api('DELETE', 'https://api.opsgenie.com/v1/maintenance/8418d193-2dab-4490-b331-8c02cdd196b7').destructive, false);
    assert.equal(api('DELETE', 'https://api.github.com/repos/a/b/pulls/7/reviews/80').destructive, false);
    assert.equal(api('DELETE', 'https://api.opsgenie.com/v2/alerts/7041/tags?tags=flaky').destructive, false);
    assert.equal(api('POST', 'https://slack.com/api/files.revokePublicURL', { file: 'F1' }).destructive, false);
  });
  test('their neighbours stay destructive: a review\'s comment, an alert, a file', () => {
    assert.equal(api('DELETE', 'https://api.github.com/repos/a/b/pulls/7/reviews/80/comments/4').destructive, true);
    assert.equal(api('DELETE', 'https://api.opsgenie.com/v2/alerts/7041').destructive, true);
    assert.equal(api('POST', 'https://slack.com/api/files.delete', { file: 'F1' }).destructive, true);
  });
  test('status inactive, environment reviewers emptied, a repository transferred, a Jira project archived', () => {
    assert.ok(codes(api('PUT', 'https://acme.okta.com/api/v1/policies/00p1', { status: 'INACTIVE' })).includes('service_outage'));
    assert.ok(codes(api('PUT', 'https://api.github.com/repos/a/b/environments/production', { reviewers: [] })).includes('list_emptied'));
    assert.ok(codes(api('POST', 'https://api.github.com/repos/a/b/transfer', { new_owner: 'other' })).includes('repository_transfer'));
    assert.equal(api('POST', 'https://acme.atlassian.net/rest/api/3/project/PAY/archive').destructive, true);
    assert.equal(api('POST', 'https://acme.atlassian.net/rest/api/3/project/PAY/restore').destructive, false);
    assert.equal(api('POST', 'https://api.github.com/repos/a/b/pulls/7/requested_reviewers', { reviewers: [] }).destructive, false);
  });
  test('admin roles through members APIs and Slack; everyday roles are writes', () => {
    assert.ok(codes(api('PATCH', 'https://grafana.acme.io/api/org/users/4', { role: 'Admin' })).includes('admin_grant'));
    assert.ok(codes(api('PUT', 'https://grafana.acme.io/api/admin/users/4/permissions', { isGrafanaAdmin: true })).includes('admin_grant'));
    assert.ok(codes(api('PUT', 'https://sentry.io/api/0/organizations/acme/members/12/', { orgRole: 'owner' })).includes('admin_grant'));
    assert.ok(codes(api('POST', 'https://slack.com/api/admin.users.setOwner', { team_id: 'T1', user_id: 'U1' })).includes('admin_grant'));
    assert.equal(api('PATCH', 'https://grafana.acme.io/api/org/users/4', { role: 'Viewer' }).destructive, false);
    assert.equal(api('PUT', 'https://sentry.io/api/0/organizations/acme/members/12/', { orgRole: 'member' }).destructive, false);
    assert.equal(api('PATCH', 'https://api.acme.io/v1/documents/12', { role: 'admin' }).destructive, false);
  });
  test('shared publicly: a Grafana public dashboard, a Vercel public source, a Slack file; an is-enabled switch at the top', () => {
    assert.ok(codes(api('POST', 'https://grafana.acme.io/api/dashboards/uid/x/public-dashboards', { isEnabled: true })).includes('public_access'));
    assert.equal(api('POST', 'https://grafana.acme.io/api/dashboards/uid/x/public-dashboards', { isEnabled: true, share: 'email' }).destructive, false);
    assert.ok(codes(api('PATCH', 'https://api.vercel.com/v9/projects/web', { publicSource: true })).includes('public_access'));
    assert.ok(codes(api('GET', 'https://slack.com/api/files.sharedPublicURL?file=F1')).includes('public_access'));
    assert.ok(codes(api('PATCH', 'https://api.datadoghq.com/api/v2/security_monitoring/rules/r1', { isEnabled: false })).includes('safeguard_off'));
    assert.equal(api('PUT', 'https://api.datadoghq.com/api/v1/logs/config/indexes/main', { exclusion_filters: [{ name: 'x', is_enabled: false }] }).destructive, false);
  });
});

describe('variables whose names say no secret (the lead\'s answers 130 and 262)', () => {
  test('names', () => {
    for (const name of ['LOG_LEVEL', 'API_URL', 'SITE_URL', 'NEXT_PUBLIC_SITE_URL', 'FEATURE_X']) assert.equal(namesPlainSetting(name), true, name);
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'MONGODB_URI', 'CLOUDAMQP_URL', 'KAFKA_BROKERS_URL', 'SENTRY_DSN', 'NPM_TOKEN', 'ServiceBusConnection', 'AzureWebJobsStorage', '$NAME', 'A-B']) assert.equal(namesPlainSetting(name), false, name);
  });
  test('a CI variable removed or set through the API', () => {
    assert.equal(api('DELETE', 'https://gitlab.acme.io/api/v4/projects/1/variables/LOG_LEVEL').destructive, false);
    assert.equal(api('DELETE', 'https://api.github.com/repos/a/b/environments/production/variables/SITE_URL').destructive, false);
    assert.equal(api('DELETE', 'https://gitlab.acme.io/api/v4/projects/1/variables/REDIS_URL').destructive, true);
    assert.equal(api('PUT', 'https://gitlab.acme.io/api/v4/projects/1/variables/REDIS_URL', { value: 'redis://c:6379' }).destructive, true);
    assert.equal(api('PUT', 'https://gitlab.acme.io/api/v4/projects/1/variables/API_URL', { value: 'https://api.acme.io' }).destructive, false);
  });
});

describe('the same readings through MCP tools', () => {
  let classifier: Classifier;
  before(async () => {
    classifier = await createClassifier();
  });
  const mcp = (server: string, tool: string, args: JsonObject) => classifier.classify({ kind: 'mcp_tool_call', server, tool, arguments: args }, { cwd: '/home/dev/app', home: '/home/dev' }, EMPTY_INVENTORY);
  test('a write tool\'s arguments: certificate checks skipped, report-only, a webhook, a record, replicas', () => {
    assert.equal(mcp('github', 'update_webhook', { hook_id: 1, config: { insecure_ssl: '1' } }).destructive, true);
    assert.equal(mcp('github', 'update_ruleset', { ruleset_id: 7, enforcement: 'evaluate' }).destructive, true);
    assert.equal(mcp('github', 'update_webhook', { hook_id: 1, active: false }).destructive, true);
    assert.equal(mcp('cloudflare', 'dns_record_update', { record_id: 'r1', proxied: false }).destructive, true);
    assert.equal(mcp('elasticsearch', 'update_index_settings', { index: 'o', settings: { number_of_replicas: 0 } }).destructive, true);
  });
  test('switched on, created, or a read tool: writes and reads', () => {
    assert.equal(mcp('github', 'update_webhook', { hook_id: 1, active: true }).destructive, false);
    assert.equal(mcp('github', 'create_ruleset', { name: 'x', enforcement: 'evaluate' }).destructive, false);
    assert.equal(mcp('github', 'create_webhook', { active: false, config: { url: 'https://ci.acme.io' } }).destructive, false);
    assert.equal(mcp('github', 'get_webhook', { hook_id: 1, active: false }).destructive, false);
    assert.equal(mcp('elasticsearch', 'update_index_settings', { index: 'o', settings: { number_of_replicas: 2 } }).destructive, false);
  });
  test('a mute ended or one user\'s sessions cleared; every user\'s, or tokens, stay destructive', () => {
    assert.equal(mcp('grafana', 'delete_silence', { silenceID: 'x' }).destructive, false);
    assert.equal(mcp('datadog', 'cancel_downtime', { downtime_id: 'x' }).destructive, false);
    assert.equal(mcp('okta', 'clear_user_sessions', { userId: 'u1' }).destructive, false);
    assert.equal(mcp('okta', 'clear_all_user_sessions', {}).destructive, true);
    assert.equal(mcp('okta', 'revoke_user_tokens', { userId: 'u1' }).destructive, true);
    assert.equal(mcp('grafana', 'delete_alert_rule', { uid: 'x' }).destructive, true);
  });
});

describe('HashiCorp ACLs and detection rules', () => {
  test('an intention from every source, Nomad write on every namespace, a detection rule off', () => {
    assert.ok(codes(api('PUT', 'https://consul.acme.io:8500/v1/connect/intentions/exact?source=*&destination=db', { Action: 'allow' })).includes('access_widened'));
    assert.ok(codes(api('PUT', 'https://nomad.acme.io:4646/v1/acl/policy/anonymous', { Name: 'anonymous', Rules: 'namespace "*" {\n  policy = "write"\n}' })).includes('admin_grant'));
    assert.ok(codes(api('PATCH', 'https://kibana.acme.io/api/detection_engine/rules', { rule_id: 'r1', enabled: false })).includes('safeguard_off'));
  });
  test('a narrow policy, one source, a deny, read on one namespace and a rule switched on are writes', () => {
    assert.equal(api('PUT', 'https://consul.acme.io:8500/v1/connect/intentions/exact?source=web&destination=db', { Action: 'allow' }).destructive, false);
    assert.equal(api('POST', 'https://consul.acme.io:8500/v1/connect/intentions', { SourceName: '*', DestinationName: 'db', Action: 'deny' }).destructive, false);
    assert.equal(api('PUT', 'https://nomad.acme.io:4646/v1/acl/policy/anonymous', { Name: 'anonymous', Rules: 'namespace "default" { policy = "read" }' }).destructive, false);
    assert.equal(api('PATCH', 'https://kibana.acme.io/api/detection_engine/rules', { rule_id: 'r1', enabled: true }).destructive, false);
  });
});
