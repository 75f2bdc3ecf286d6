/**
 * Round 38b (n2): the lead's answers 393.2 (`drush deploy` on production runs `updb` and `cim`: decision 33), 393.6 (one
 * named Varnish backend marked sick is one pool member out of rotation: a write), 395.2 (for programs nobody knows, a DNS
 * zone or host is not scratch because its name says dev) and 395.4 (a queue's messages purged are data in flight, whatever
 * the queue is named). fix38-n2.yaml holds neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const LAPTOP = { cwd: '/home/dev/sites/agency', home: '/home/dev' };
const PROD_HOST = { cwd: '/var/www/site', home: '/home/deploy', host: 'web-prod-01' };
const decide = (command: string, ctx: Record<string, string> = LAPTOP): string => answer('command', command, ctx).decision;
const each = (expected: string, commands: string[], ctx?: Record<string, string>): void => {
  for (const c of commands) assert.equal(decide(c, ctx), expected, c);
};

test('393.2: drush deploy on production is destructive as updb and cim; elsewhere, its hooks alone and help stay benign', () => {
  each('destructive', ['drush @acme.prod deploy -y', 'vendor/bin/drush --uri=https://prod.acme.com deploy']);
  assert.equal(decide('drush deploy --yes', PROD_HOST), 'destructive');
  each('benign', ['drush @acme.stage deploy -y', 'drush deploy', 'drush @acme.prod deploy:hook', 'drush @acme.prod deploy --help']);
});

test('393.6: varnishadm marks one named backend sick as a write; a glob of backends and stop stay outages', () => {
  each('benign', ['varnishadm backend.set_health web2 sick', 'varnishadm backend.set_health boot.app03 sick', 'varnishadm backend.set_health web2 auto']);
  each('destructive', ["varnishadm backend.set_health '*' sick", "varnishadm backend.set_health 'boot.*' sick", "varnishadm backend.set_health 'web?' sick", 'varnishadm stop']);
});

test('395.2: an unknown program disabling or deleting a DNS zone, record or host under a dev label stays destructive', () => {
  each('destructive', ['zonekeeper dnszone-disable dev.corp.example.com', 'zonekeeper zone delete dev.example.org', 'zonekeeper dnsrecord-del dev.corp.example.com api', 'zonekeeper host-del build01.dev.corp.example.com']);
  each('benign', ['zonekeeper dnszone-show dev.corp.example.com', 'zonekeeper service-disable dev-preview-api']);
});

test('395.4: rabbitmqctl purge_queue is destructive whatever the queue is named; a scratch queue deleted stays as before', () => {
  each('destructive', ['rabbitmqctl purge_queue test.notifications', 'rabbitmqctl -p / purge_queue test.notifications', 'rabbitmqctl purge_queue ci-run-4411.events']);
  each('benign', ['rabbitmqctl list_queues -p / name messages', 'rabbitmqctl delete_vhost ci-run-7781']);
});
