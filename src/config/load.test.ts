import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { configNames, parseConfig } from './index.ts';

const demo = readFileSync(new URL('./templates/demo.yaml', import.meta.url), 'utf8');
const starter = readFileSync(new URL('./templates/starter.yaml', import.meta.url), 'utf8');

const minimal = `version: 1
humans:
  dana: { groups: [admins] }
roles:
  deployer: {}
agents:
  kiro: { role: deployer, operator: dana, home: prod }
environments:
  prod: { tier: production }
`;

function issues(text: string) {
  const r = parseConfig(text, '/etc/p/portcullis.yaml');
  assert.equal(r.ok, false, 'expected the config to be refused');
  return !r.ok ? r.issues : [];
}

describe('config', () => {
  it('accepts the shipped starter and demo configs with their defaults', () => {
    for (const text of [starter, demo]) {
      const r = parseConfig(text, '/etc/p/portcullis.yaml');
      assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
    }
    const r = parseConfig(minimal, '/etc/p/portcullis.yaml');
    assert.ok(r.ok);
    const c = r.value.config;
    assert.equal(c.store, 'sqlite:/etc/p/portcullis.db');
    assert.deepEqual(c.policies, ['default']);
    assert.equal(c.inventory.unknownTier, 'production');
    assert.deepEqual(c.approvals, { required: 2, pendingTtlMs: 3_600_000, approvedTtlMs: 900_000, executionLeaseMs: 300_000, solo: false });
    assert.deepEqual(c.agents, [{ kind: 'agent', id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod' }]);
    assert.ok(Object.isFrozen(c) && Object.isFrozen(c.agents[0]));
  });

  it('D3: the config file and the store are always control-plane paths', () => {
    const r = parseConfig(minimal, '/etc/p/portcullis.yaml');
    assert.ok(r.ok);
    assert.deepEqual(r.value.config.inventory.controlPlanePaths, ['/etc/p/portcullis.yaml', '/etc/p/portcullis.db', '/etc/p/portcullis.db-wal', '/etc/p/portcullis.db-shm']);
  });

  it('refuses an unknown key with its path, line and a hint (a typo never switches a control off)', () => {
    assert.deepEqual(issues(`${minimal}approvals:\n  aprovals: 1\n`), [
      { path: '/etc/p/portcullis.yaml:11: approvals.aprovals', message: 'unknown key `aprovals`', hint: 'remove it or check its spelling (docs/config.md lists every key)' },
    ]);
  });

  it('refuses a dangling operator reference', () => {
    assert.deepEqual(issues(minimal.replace('operator: dana', 'operator: zed')), [
      { path: '/etc/p/portcullis.yaml:7: agents.kiro.operator', message: 'unknown human `zed`', hint: 'add `zed` under `humans`, or name an existing human' },
    ]);
  });

  it('refuses a wrong type, naming the key', () => {
    const [i] = issues(minimal.replace('tier: production', 'tier: prod'));
    assert.equal(i!.path, '/etc/p/portcullis.yaml:9: environments.prod.tier');
    assert.match(i!.message, /^invalid option: expected one of "production"\|"staging"\|"dev"\|"sandbox"$/);
  });

  it('refuses a missing required key', () => {
    assert.deepEqual(issues(minimal.replace(/^roles:\n {2}deployer: \{\}\n/m, '')).map((i) => `${i.path} ${i.message}`), ['/etc/p/portcullis.yaml:1: roles is required']);
  });

  it('refuses invalid YAML with its line', () => {
    const [i] = issues('version: 1\nhumans: [\n');
    assert.match(i!.path, /^\/etc\/p\/portcullis\.yaml:\d+$/);
    assert.match(i!.message, /^invalid YAML: /);
  });

  it('refuses an agent that is also a human, and a parent cycle', () => {
    const text = minimal.replace('  kiro: { role: deployer, operator: dana, home: prod }', '  dana: { role: deployer, operator: dana }\n  a: { role: deployer, operator: dana, parent: b }\n  b: { role: deployer, operator: dana, parent: a }');
    assert.deepEqual(issues(text).map((i) => i.message), ['parent chain of `a` loops back to `a`', 'parent chain of `b` loops back to `b`', '`dana` is both a human and an agent']);
  });

  it('refuses a bad duration', () => {
    const [i] = issues(`${minimal}approvals:\n  pending_ttl: soon\n`);
    assert.equal(i!.path, '/etc/p/portcullis.yaml:11: approvals.pending_ttl');
    assert.equal(i!.message, 'must be a duration like `90s`, `15m`, `1h` or `7d`');
  });
});

describe('config: classify.mcp.mappings', () => {
  it('normalises MCP tool mappings and refuses unknown keys and verbs', () => {
    const ok = parseConfig(`${minimal}classify:\n  mcp:\n    mappings:\n      - { tool: "run_*", server: ops, verbs: [exec], shell_argument: cmd }\n`, '/etc/p/portcullis.yaml');
    assert.ok(ok.ok);
    assert.deepEqual(ok.value.config.mcpMappings, [{ tool: 'run_*', server: 'ops', verbs: ['exec'], shellArgument: 'cmd' }]);
    assert.deepEqual(issues(`${minimal}classify:\n  mcp:\n    mappings:\n      - { tool: x, shell_arg: cmd }\n`).map((i) => `${i.path} ${i.message}`), ['/etc/p/portcullis.yaml:13: classify.mcp.mappings.0.shell_arg unknown key `shell_arg`']);
    const [bad] = issues(`${minimal}classify:\n  mcp:\n    mappings:\n      - { tool: x, verbs: [destroy] }\n`);
    assert.equal(bad!.path, '/etc/p/portcullis.yaml:13: classify.mcp.mappings.0.verbs.0');
  });
});

it('configNames: the roles and environments defined, and the groups named (the admin group and approvers always), sorted', () => {
  const r = parseConfig(demo, 'demo.yaml');
  assert.ok(r.ok);
  const c = r.value.config;
  const names = configNames(c);
  assert.deepEqual(names.roles, [...c.roles]);
  assert.deepEqual(names.environments, c.inventory.environments.map((e) => e.name));
  const groups = new Set([c.server.adminGroup, 'approvers', ...c.humans.flatMap((h) => h.groups)]);
  assert.deepEqual(names.groups, [...groups].sort());
});
