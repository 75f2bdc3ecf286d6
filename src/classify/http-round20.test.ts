import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { httpDoors } from './http-test-support.ts';

/** Round 20 (branch `b20h`): self-hosted tools' soft deletes, settings and actions the HTTP judge had not read. */

const { api, shell, codes } = httpDoors();

describe('deletes the same API undoes, or that hold no data', () => {
  test('a Schema Registry soft delete, unless permanent', () => {
    assert.equal(api('DELETE', 'http://schema-registry:8081/subjects/orders-value').destructive, false);
    assert.equal(api('DELETE', 'http://schema-registry:8081/subjects/orders-value/versions/3').destructive, false);
    assert.equal(api('DELETE', 'http://schema-registry:8081/subjects/orders-value?permanent=true').destructive, true);
    assert.equal(api('DELETE', 'http://schema-registry:8081/subjects/orders-value?permanent=false&permanent=TRUE').destructive, true);
    assert.equal(api('DELETE', 'https://api.example/v2/subjects/8812').destructive, true);
  });
  test('a Mattermost channel archived, an Argo CD application deleted without cascade, a search context', () => {
    assert.equal(api('DELETE', 'https://chat.example/api/v4/channels/4xp9fdt77pncbef59f4k1qe83o').destructive, false);
    assert.equal(api('DELETE', 'https://chat.example/api/v4/channels/4xp9fdt77pncbef59f4k1qe83o?permanent=true').destructive, true);
    assert.equal(api('DELETE', 'https://argocd.example/api/v1/applications/web?cascade=false').destructive, false);
    assert.equal(api('DELETE', 'https://argocd.example/api/v1/applications/web?cascade=false&cascade=true').destructive, true);
    assert.equal(api('DELETE', 'https://argocd.example/api/v1/applications/web?cascade=false&propagationPolicy=foreground').destructive, true);
    assert.equal(api('DELETE', 'https://es.example:9200/_pit').destructive, false);
    assert.equal(api('DELETE', 'https://os.example:9200/_search/point_in_time/_all').destructive, false);
    assert.equal(api('DELETE', 'https://es.example:9200/pit-events').destructive, true);
  });
});

describe('settings of self-hosted tools that open access or switch a safeguard off', () => {
  test('Keycloak realm TLS and brute-force protection, client wildcards inside a list', () => {
    assert.ok(codes(api('PUT', 'https://sso.example/admin/realms/acme', { sslRequired: 'none' })).includes('safeguard_off'));
    assert.equal(api('PUT', 'https://sso.example/admin/realms/acme', { sslRequired: 'external' }).destructive, false);
    assert.ok(codes(api('PUT', 'https://sso.example/admin/realms/acme', { bruteForceProtected: false })).includes('safeguard_off'));
    assert.ok(codes(api('PUT', 'https://sso.example/admin/realms/acme/clients/c1', { redirectUris: ['https://a.example/cb', '*'] })).includes('public_access'));
    assert.equal(api('PUT', 'https://sso.example/admin/realms/acme/clients/c1', { redirectUris: ['https://a.example/*'], webOrigins: ['+'] }).destructive, false);
  });
  test('the Consul anonymous token, Grafana anonymous access, a Proxmox VE firewall', () => {
    assert.ok(codes(api('PUT', 'http://consul:8500/v1/acl/token/00000000-0000-0000-0000-000000000002', { Policies: [{ Name: 'global-management' }] })).includes('public_access'));
    assert.equal(api('PUT', 'http://consul:8500/v1/acl/token/00000000-0000-0000-0000-000000000002', { Policies: [{ Name: 'dns-read' }] }).destructive, false);
    assert.equal(api('PUT', 'http://consul:8500/v1/acl/token/6a1253d2-1785-24fd-91c2-f8e78c745511', { Policies: [{ Name: 'global-management' }] }).destructive, false);
    assert.ok(codes(api('PUT', 'https://grafana.example/api/admin/settings', { updates: { 'auth.anonymous': { enabled: 'true' } } })).includes('public_access'));
    assert.equal(api('PUT', 'https://grafana.example/api/admin/settings', { updates: { 'auth.basic': { enabled: 'true' } } }).destructive, false);
    assert.ok(codes(api('PUT', 'https://pve.example:8006/api2/json/nodes/pve1/qemu/104/firewall/options', { enable: 0 })).includes('safeguard_off'));
    assert.equal(api('PUT', 'https://pve.example:8006/api2/json/cluster/firewall/options', { enable: 1 }).destructive, false);
  });
});

describe('actions', () => {
  test('a Proxmox VE guest stopped, shut down or suspended; rebooted or resumed', () => {
    assert.ok(codes(api('POST', 'https://pve.example:8006/api2/json/nodes/pve1/lxc/201/status/shutdown')).includes('service_outage'));
    assert.equal(api('POST', 'https://pve.example:8006/api2/json/nodes/pve1/qemu/104/status/stop').destructive, true);
    assert.equal(api('POST', 'https://pve.example:8006/api2/json/nodes/pve1/qemu/104/status/reboot').destructive, false);
  });
  test('RabbitMQ get without requeue takes messages; a vhost PUT creates; a Nomad allocation restarts', () => {
    assert.ok(codes(api('POST', 'https://rabbitmq.example:15672/api/queues/%2F/q/get', { count: 5, ackmode: 'ack_requeue_false' })).includes('queue_messages_taken'));
    assert.equal(api('POST', 'https://rabbitmq.example:15672/api/queues/%2F/q/get', { count: 5, ackmode: 'ack_requeue_true' }).destructive, false);
    assert.equal(api('PUT', 'https://rabbitmq.example:15672/api/vhosts/ci-1').destructive, false);
    assert.equal(api('PUT', 'https://hosting.example/api/vhosts/shop').destructive, true);
    assert.equal(api('PUT', 'https://nomad.example:4646/v1/client/allocation/5456bd7a/restart').destructive, false);
  });
  test("HTTPie's localhost shorthand names this machine", () => {
    const f = shell('http DELETE :9200/orders');
    assert.equal(f.destructive, true);
    assert.ok(f.targets.some((t) => t.id === 'http://localhost:9200/orders'));
  });
});
