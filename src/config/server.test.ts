import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from './index.ts';

const minimal = `version: 1
humans:
  dana: { groups: [admins] }
  alice: { groups: [approvers] }
roles:
  deployer: {}
agents:
  kiro: { role: deployer, operator: dana }
environments:
  prod: { tier: production }
`;

const parse = (text: string) => parseConfig(text, '/etc/p/portcullis.yaml');
function issues(text: string) {
  const r = parse(text);
  assert.equal(r.ok, false, 'expected the config to be refused');
  return !r.ok ? r.issues : [];
}

describe('config: server, brakes, notifications', () => {
  it('defaults: 127.0.0.1:7070, admins, 256 KiB bodies, 8 h sessions, F8 10 s deadline, 2 s readiness, 256 / 32 in flight, no OIDC, no budget, no webhooks', () => {
    const r = parse(minimal);
    assert.ok(r.ok);
    assert.deepEqual(r.value.config.server, {
      host: '127.0.0.1', port: 7070, publicUrl: null, adminGroup: 'admins', bodyLimitBytes: 262_144, sessionTtlMs: 28_800_000,
      deadlineMs: 10_000, readyTimeoutMs: 2_000, maxInFlight: 256, maxInFlightPerAgent: 32, oidc: null,
    });
    assert.deepEqual(r.value.config.brakes, { destructivePerHour: null, freezeAfterDenials: { count: 5, windowMs: 600_000 } });
    assert.deepEqual(r.value.config.notifications, { webhooks: [] });
  });

  it('normalises every key', () => {
    const r = parse(`${minimal}server:
  host: 0.0.0.0
  port: 8080
  public_url: https://gate.example.com/
  admin_group: ops
  body_limit_kb: 64
  session_ttl: 30m
  deadline: 4s
  ready_timeout: 500ms
  max_in_flight: 64
  max_in_flight_per_agent: 4
  oidc:
    issuer: https://idp.example.com/
    client_id: portcullis
    client_secret_env: PORTCULLIS_OIDC_SECRET
    subjects: { "248289761001": alice }
brakes: { destructive_per_hour: 5 }
notifications:
  webhooks:
    - { url: https://hooks.example.com/x, secret_env: HOOK_KEY, events: [rejected, held, held] }
    - { url: http://127.0.0.1:9/y, secret_env: HOOK_KEY }
`);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
    const c = r.value.config;
    assert.deepEqual(c.server, {
      host: '0.0.0.0', port: 8080, publicUrl: 'https://gate.example.com', adminGroup: 'ops', bodyLimitBytes: 65_536, sessionTtlMs: 1_800_000,
      deadlineMs: 4_000, readyTimeoutMs: 500, maxInFlight: 64, maxInFlightPerAgent: 4,
      oidc: { issuer: 'https://idp.example.com', clientId: 'portcullis', clientSecretEnv: 'PORTCULLIS_OIDC_SECRET', subjects: { '248289761001': 'alice' } },
    });
    assert.deepEqual(c.brakes, { destructivePerHour: 5, freezeAfterDenials: { count: 5, windowMs: 600_000 } });
    assert.deepEqual(c.notifications.webhooks, [
      { url: 'https://hooks.example.com/x', secretEnv: 'HOOK_KEY', events: ['held', 'rejected'] },
      { url: 'http://127.0.0.1:9/y', secretEnv: 'HOOK_KEY', events: ['approved', 'expired', 'held', 'rejected'] },
    ]);
  });

  it('D10 brakes.freeze_after_denials and denial_window_minutes set the freeze; 0 turns it off; bad values are refused', () => {
    const brakes = (yaml: string) => {
      const r = parse(`${minimal}${yaml}`);
      assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
      return r.value.config.brakes.freezeAfterDenials;
    };
    assert.deepEqual(brakes('brakes: { freeze_after_denials: 3, denial_window_minutes: 2 }\n'), { count: 3, windowMs: 120_000 });
    assert.equal(brakes('brakes: { freeze_after_denials: 0 }\n'), null);
    assert.deepEqual(issues(`${minimal}brakes: { denial_window_minutes: 0 }\n`).map((i) => i.path), ['/etc/p/portcullis.yaml:11: brakes.denial_window_minutes']);
    assert.deepEqual(issues(`${minimal}brakes: { freeze_after_denials: 2.5 }\n`).map((i) => i.path), ['/etc/p/portcullis.yaml:11: brakes.freeze_after_denials']);
  });

  it('F8 refuses a deadline or readiness timeout outside its bounds, and zero in-flight limits', () => {
    assert.deepEqual(issues(`${minimal}server: { deadline: 500ms }\n`).map((i) => [i.path, i.message]), [['/etc/p/portcullis.yaml:11: server.deadline', '`500ms` is outside 1s..120s']]);
    assert.deepEqual(issues(`${minimal}server: { ready_timeout: 1m }\n`).map((i) => [i.path, i.message]), [['/etc/p/portcullis.yaml:11: server.ready_timeout', '`1m` is outside 100ms..30s']]);
    assert.deepEqual(issues(`${minimal}server: { max_in_flight: 0 }\n`).map((i) => i.path), ['/etc/p/portcullis.yaml:11: server.max_in_flight']);
  });

  it('F6 refuses unknown keys and bad values under server, brakes and notifications', () => {
    assert.deepEqual(issues(`${minimal}server: { prot: 1 }\n`).map((i) => [i.path, i.message]), [['/etc/p/portcullis.yaml:11: server.prot', 'unknown key `prot`']]);
    assert.deepEqual(issues(`${minimal}brakes: { destructive_per_hour: -1 }\n`).map((i) => i.path), ['/etc/p/portcullis.yaml:11: brakes.destructive_per_hour']);
    assert.deepEqual(issues(`${minimal}notifications: { webhooks: [{ url: 'ftp://x', secret_env: K }] }\n`).map((i) => i.path), ['/etc/p/portcullis.yaml:11: notifications.webhooks.0.url']);
    assert.deepEqual(issues(`${minimal}notifications: { webhooks: [{ url: 'https://x', secret_env: 'my secret' }] }\n`).map((i) => [i.path, i.message]), [
      ['/etc/p/portcullis.yaml:11: notifications.webhooks.0.secret_env', 'must be an environment variable name'],
    ]);
  });

  it('A2 every OIDC subject maps to a declared human, and OIDC needs a public url', () => {
    const oidc = (subjects: string, url = '  public_url: https://gate.example.com\n') =>
      `${minimal}server:\n${url}  oidc: { issuer: 'https://idp.example.com', client_id: c, client_secret_env: S, subjects: ${subjects} }\n`;
    assert.deepEqual(issues(oidc('{ s1: mallory }')), [
      { path: '/etc/p/portcullis.yaml:13: server.oidc.subjects.s1', message: 'unknown human `mallory`', hint: 'map each IdP subject to a human declared under `humans` (A2)' },
    ]);
    assert.deepEqual(issues(oidc('{ s1: alice }', '')).map((i) => [i.path, i.message]), [['/etc/p/portcullis.yaml:12: server.oidc', 'needs `server.public_url`']]);
  });
});
