import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from './index.ts';

const base = (env: string) => `version: 1
humans:
  dana: { groups: [admins] }
roles:
  deployer: {}
agents:
  kiro:
    role: deployer
    operator: dana
    home: prod
${env}
environments:
  prod: { tier: production }
`;

describe('config: agents.<id>.env (the agent credential profile exec injects)', () => {
  it('normalises literal, from_env and file values; agents without env are absent', () => {
    const r = parseConfig(base('    env:\n      AWS_PROFILE: kiro-readonly\n      GH_TOKEN: { from_env: KIRO_GH_TOKEN }\n      KUBECONFIG: { file: ./kiro.kubeconfig }'), '/etc/p/portcullis.yaml');
    assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
    assert.deepEqual(r.value.config.agentEnv, {
      kiro: {
        AWS_PROFILE: { kind: 'value', value: 'kiro-readonly' },
        GH_TOKEN: { kind: 'from_env', name: 'KIRO_GH_TOKEN' },
        KUBECONFIG: { kind: 'file', path: '/etc/p/kiro.kubeconfig' },
      },
    });
    const none = parseConfig(base(''), '/etc/p/portcullis.yaml');
    assert.ok(none.ok);
    assert.deepEqual(none.value.config.agentEnv, {});
  });

  it('refuses unknown keys and bad variable names (strict)', () => {
    const r = parseConfig(base('    env:\n      GH_TOKEN: { from_envv: X }'), '/etc/p/portcullis.yaml');
    assert.equal(r.ok, false);
    const bad = parseConfig(base('    env:\n      "1BAD": x'), '/etc/p/portcullis.yaml');
    assert.equal(bad.ok, false);
    assert.deepEqual(!bad.ok && bad.issues.map((i) => i.path), ['/etc/p/portcullis.yaml:12: agents.kiro.env.1BAD']);
  });

  it('D1: refuses copying the operator\'s own variable into the agent profile', () => {
    const r = parseConfig(base('    env:\n      GH_TOKEN: { from_env: GH_TOKEN }'), '/etc/p/portcullis.yaml');
    assert.equal(r.ok, false);
    assert.deepEqual(!r.ok && r.issues, [
      { path: '/etc/p/portcullis.yaml:12: agents.kiro.env.GH_TOKEN', message: "`from_env: GH_TOKEN` passes the operator's own `GH_TOKEN` to the agent", hint: 'export the agent\'s credential under another name (e.g. `KIRO_GH_TOKEN`) and name that' },
    ]);
  });
});
