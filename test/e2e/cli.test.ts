import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixtureDir, portcullis } from '../helpers/cli.ts';

describe('bin/portcullis with the demo config', () => {
  let dir: string;
  before(() => {
    dir = fixtureDir();
    const r = portcullis(dir, ['init', '--demo']);
    assert.equal(r.code, 0, r.stderr);
    // A12: the manifest the deploys name exists, so its bytes are bound into the decision
    writeFileSync(join(dir, 'app.yaml'), 'kind: Deployment\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('denies `terraform destroy -auto-approve` and names the policy (exit 2)', () => {
    const r = portcullis(dir, ['check', '--agent', 'kiro', '--shell', 'terraform destroy -auto-approve']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stdout, /^DENY {2}terraform destroy -auto-approve\n/);
    assert.match(r.stdout, /\[policy_forbid agent-never-destroys-home-environment\]/);
    assert.match(r.stdout, /\n {2}decision: aud_[0-9a-f-]+ {2}digest: sha256:[0-9a-f]{64}\n$/);
  });

  it('allows `ls -la` (exit 0)', () => {
    const r = portcullis(dir, ['check', '--agent', 'kiro', '--shell', 'ls -la']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^ALLOW {2}ls -la\n/);
  });

  it('holds a production write for 2 approvals (exit 4)', () => {

    const r = portcullis(dir, ['check', '--agent', 'kiro', '--shell', 'kubectl --context prod-cn-1 apply -f app.yaml']);
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stdout, /^HOLD {2}kubectl --context prod-cn-1 apply -f app\.yaml\n/);
    assert.match(r.stdout, /\n {2}approvals required: 2 from approvers; request req_[0-9a-f-]+\n/);
  });

  it('denies an agent whose role permits what its operator lacks (exit 2)', () => {
    const r = portcullis(dir, ['check', '--agent', 'intern-bot', '--shell', 'kubectl --context prod-cn-1 apply -f app.yaml']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stdout, /reason: {3}operator `eve` of agent `intern-bot` may not deploy .* so the agent may not either \[operator_lacks_right\]\n/);
  });

  it('answers --json with the whole decision, from a file or stdin', () => {
    writeFileSync(join(dir, 'action.json'), JSON.stringify({ kind: 'sql', sql: 'DROP TABLE users', host: 'prod-cn-1-db.internal' }));
    const r = portcullis(dir, ['check', '--agent', 'kiro', '--file', 'action.json', '--json']);
    assert.equal(r.code, 2, r.stderr);
    const d = JSON.parse(r.stdout) as { effect: string; decisionId: string; actionDigest: string; facts: { destructive: boolean } };
    assert.equal(d.effect, 'deny');
    assert.match(d.decisionId, /^aud_/);
    assert.equal(d.facts.destructive, true);
    const s = portcullis(dir, ['check', '--agent', 'kiro', '--json'], JSON.stringify({ action: { kind: 'shell', command: 'git status' }, context: { cwd: dir } }));
    assert.equal(s.code, 0, s.stderr);
    assert.equal((JSON.parse(s.stdout) as { effect: string }).effect, 'allow');
  });

  it('refuses malformed input with a clear error and no stack trace (exit 1)', () => {
    const bad = portcullis(dir, ['check', '--agent', 'kiro'], '{"kind": "shell", "command": ');
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /^error: the action is not valid JSON: .* \(request_invalid\)\nhint: pass an action object such as \{"kind":"shell","command":"ls"\}\n$/);
    const unknown = portcullis(dir, ['check', '--agent', 'kiro'], '{"kind": "shell", "command": "ls", "sudo": true}');
    assert.equal(unknown.code, 1);
    assert.equal(unknown.stderr, 'error: action: unknown field `sudo` (request_invalid)\n');
    const flag = portcullis(dir, ['check', '--agnet', 'kiro']);
    assert.equal(flag.code, 1);
    assert.match(flag.stderr, /^error: unknown option `--agnet` \(request_invalid\)\nhint: usage: portcullis check /);
    // From the operator's own CLI an unknown agent is a usage error; the API and hooks still deny it, audited.
    const who = portcullis(dir, ['check', '--agent', 'mallory', '--shell', 'ls']);
    assert.equal(who.code, 1);
    assert.equal(who.stderr, 'error: unknown agent `mallory` (request_invalid)\nhint: known agents: `intern-bot`, `kiro`\n');
  });

  it('runs the default pack\'s policy tests (exit 0)', () => {
    const r = portcullis(dir, ['policy', 'test', new URL('../../src/policy/packs/default/tests', import.meta.url).pathname]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /\n\d+ passed, 0 failed\n$/);
  });

  it('validates the config and the policies', () => {
    const r = portcullis(dir, ['policy', 'validate']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^ok: portcullis\.yaml and 14 policies are valid \(6 permit, 6 forbid, 2 hold\)\npolicy set sha256:[0-9a-f]{64}\nstore sqlite:\/.*\/portcullis\.db: (reachable, \d+ audit entr(y|ies)|not created yet \(created at first use; its folder is writable\))\n$/);
  });
});

describe('bin/portcullis check with tokens', () => {
  it('the agent is whoever its own token says; an operator\'s token is refused on the agent channel', () => {
    const dir = fixtureDir();
    try {
      portcullis(dir, ['init', '--demo']);
      const tokenOf = (out: string) => /pct_[ha]_[A-Za-z0-9_-]{43}/.exec(out)?.[0] ?? '';
      const alice = tokenOf(portcullis(dir, ['users', 'add', 'alice']).stdout);
      const kiro = tokenOf(portcullis(dir, ['agents', 'add', 'kiro'], undefined, { PORTCULLIS_TOKEN: alice }).stdout);
      assert.match(kiro, /^pct_a_/);
      const ok = portcullis(dir, ['check', '--shell', 'ls'], undefined, { PORTCULLIS_AGENT_TOKEN: kiro });
      assert.equal(ok.code, 0, ok.stderr);
      const spoof = portcullis(dir, ['check', '--agent', 'intern-bot', '--shell', 'ls'], undefined, { PORTCULLIS_AGENT_TOKEN: kiro });
      assert.equal(spoof.code, 1);
      assert.equal(spoof.stderr, "error: --agent `intern-bot` does not match the token's agent `kiro` (auth_failed)\nhint: drop --agent, or use that agent's own token\n");
      const human = portcullis(dir, ['check', '--shell', 'ls'], undefined, { PORTCULLIS_AGENT_TOKEN: alice });
      assert.equal(human.code, 1);
      assert.equal(human.stderr, "error: human token presented on the agent channel (auth_failed)\nhint: agents use their own agent token, never their operator's\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bin/portcullis refuses invalid setups (exit 3)', () => {
  let dir: string;
  before(() => {
    dir = fixtureDir();
    portcullis(dir, ['init', '--demo']);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a typo in the config is one line naming file, line and key, with a hint', () => {
    const text = readFileSync(join(dir, 'portcullis.yaml'), 'utf8').replace('  required: 2\n', '  required: 2\n  aprovals: 3\n');
    writeFileSync(join(dir, 'typo.yaml'), text);
    const line = text.split('\n').findIndex((l) => l.includes('aprovals')) + 1;
    const r = portcullis(dir, ['check', '--config', 'typo.yaml', '--agent', 'kiro', '--shell', 'ls']);
    assert.equal(r.code, 3);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `error: typo.yaml:${line}: approvals.aprovals: unknown key \`aprovals\` (config_invalid)\nhint: remove it or check its spelling (docs/config.md lists every key)\n`);
  });

  it('a dangling operator is refused', () => {
    const text = readFileSync(join(dir, 'portcullis.yaml'), 'utf8').replace('    operator: dana\n', '    operator: zed\n');
    writeFileSync(join(dir, 'dangling.yaml'), text);
    const line = text.split('\n').findIndex((l) => l.includes('operator: zed')) + 1;
    const r = portcullis(dir, ['policy', 'validate', '--config', 'dangling.yaml']);
    assert.equal(r.code, 3);
    assert.equal(r.stderr, `error: dangling.yaml:${line}: agents.kiro.operator: unknown human \`zed\` (config_invalid)\nhint: add \`zed\` under \`humans\`, or name an existing human\n`);
  });

  it('an invalid policy is refused with Cedar\'s message, file and line', () => {
    writeFileSync(join(dir, 'team.cedar'), '@id("team")\npermit (principal, action, resource)\nwhen { resource.teir == "dev" };\n');
    const text = readFileSync(join(dir, 'portcullis.yaml'), 'utf8').replace('policies: [default]', 'policies: [default, team.cedar]');
    writeFileSync(join(dir, 'badpolicy.yaml'), text);
    const r = portcullis(dir, ['check', '--config', 'badpolicy.yaml', '--agent', 'kiro', '--shell', 'ls']);
    assert.equal(r.code, 3);
    assert.equal(r.stderr, 'error: team.cedar:3: for policy `team`, attribute `teir` on entity type `Portcullis::Target` not found (policy_invalid)\nhint: did you mean `tier`?\n');
  });

  it('a missing config says how to make one (exit 3, like every config error)', () => {
    const r = portcullis(dir, ['check', '--config', 'nope.yaml', '--agent', 'kiro', '--shell', 'ls']);
    assert.equal(r.code, 3);
    assert.equal(r.stderr, 'error: config file `nope.yaml` not found (config_not_found)\nhint: run `portcullis init` to write a starter config, or pass --config FILE\n');
  });
});

describe('portcullis demo', () => {
  it('replays the incident: every attempt on prod-cn-1 is denied or held, and the audit verifies', () => {
    const dir = fixtureDir();
    try {
      const r = portcullis(dir, ['demo']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /\n {1}3\. DENY {3}terraform destroy of its own environment\n/);
      assert.match(r.stdout, /\naudit: chain verified, \d+ entries, Merkle root [0-9a-f]{16}…\n/);
      assert.match(r.stdout, /Every attempt on prod-cn-1 was denied or held; harmless actions went through\.\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('D3: Portcullis\'s own installation is control plane', () => {
  it('an agent may read the installation but never change it (code, compile cache)', () => {
    const dir = fixtureDir();
    try {
      portcullis(dir, ['init', '--demo']);
      const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
      const write = portcullis(dir, ['check', '--agent', 'kiro', '--json'], JSON.stringify({ kind: 'file_write', path: `${root}/src/gateway/gateway.ts`, operation: 'write', content: 'export {}' }));
      assert.equal(write.code, 2, write.stderr);
      assert.deepEqual((JSON.parse(write.stdout) as { policies: string[] }).policies, ['agent-never-touches-control-plane']);
      const cache = portcullis(dir, ['check', '--agent', 'kiro', '--shell', `rm -rf ${root}/node_modules/.cache`]);
      assert.equal(cache.code, 2);
      assert.match(cache.stdout, /agent-never-touches-control-plane/);
      assert.equal(portcullis(dir, ['check', '--agent', 'kiro', '--shell', `cat ${root}/README.md`]).code, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('portcullis init', () => {
  it('writes a commented starter config and a copy of the default pack, which validate; agents may not edit the copy (D3)', () => {
    const dir = fixtureDir();
    try {
      const r = portcullis(dir, ['init']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'wrote portcullis.yaml, policies/guardrails.cedar, policies/rights.cedar\nnext: portcullis policy validate --config portcullis.yaml\n');
      assert.match(readFileSync(join(dir, 'portcullis.yaml'), 'utf8'), /^# Portcullis configuration\./);
      assert.equal(readFileSync(join(dir, 'policies/guardrails.cedar'), 'utf8'), readFileSync(new URL('../../src/policy/packs/default/guardrails.cedar', import.meta.url), 'utf8'));
      assert.equal(portcullis(dir, ['policy', 'validate']).code, 0);
      const edit = portcullis(dir, ['check', '--agent', 'my-agent', '--json'], JSON.stringify({ kind: 'file_write', path: join(dir, 'policies/guardrails.cedar'), operation: 'write', content: '' }));
      assert.equal(edit.code, 2, edit.stdout + edit.stderr);
      assert.deepEqual((JSON.parse(edit.stdout) as { policies: string[] }).policies, ['agent-never-touches-control-plane']);
      const again = portcullis(dir, ['init']);
      assert.equal(again.code, 1);
      assert.equal(again.stderr, 'error: `portcullis.yaml` already exists (config_invalid)\nhint: pass --force to overwrite it, or --config to write elsewhere\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
