import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from './index.ts';

const config = (kiro: string, bot: string, daemon = 'daemon:\n  service_user: portcullis\n  run_dir: /run/portcullis\n') => `version: 1
humans:
  dana: { groups: [admins] }
roles:
  deployer: {}
agents:
  kiro:
    role: deployer
    operator: dana
${kiro}
  bot:
    role: deployer
    operator: dana
${bot}
environments:
  prod: { tier: production }
${daemon}`;

describe('config: agents.<id>.unix_user and daemon (D7)', () => {
  it('D7 normalises the agents\' Unix users and the daemon section', () => {
    const r = parseConfig(config('    unix_user: kiro', ''), '/etc/portcullis/portcullis.yaml');
    assert.ok(r.ok);
    assert.deepEqual(r.value.config.agentUnixUsers, { kiro: 'kiro' });
    assert.deepEqual(r.value.config.daemon, { serviceUser: 'portcullis', runDir: '/run/portcullis', allowPtraceWithoutYama: false });
  });

  it('A12 F3 daemon.allow_ptrace_without_yama is a strict boolean of the daemon section, off unless set', () => {
    const on = parseConfig(config('    unix_user: kiro', '', 'daemon:\n  service_user: portcullis\n  run_dir: /run/portcullis\n  allow_ptrace_without_yama: true\n'), '/etc/p/portcullis.yaml');
    assert.ok(on.ok);
    assert.equal(on.value.config.daemon?.allowPtraceWithoutYama, true);
    for (const bad of ['  allow_ptrace_without_yama: "yes"\n', '  allow_ptrace: true\n']) {
      const r = parseConfig(config('    unix_user: kiro', '', `daemon:\n  service_user: portcullis\n  run_dir: /run/portcullis\n${bad}`), '/etc/p/portcullis.yaml');
      assert.equal(r.ok, false, bad);
    }
  });

  it('D7 an agent mapped to root or to the service user, or two agents on one user, is refused with the reason', () => {
    const issues = (text: string) => {
      const r = parseConfig(text, '/etc/p/portcullis.yaml');
      return r.ok ? [] : r.issues.map((i) => `${i.path.replace(/^\/etc\/p\/portcullis\.yaml:\d+: /, '')}: ${i.message}`);
    };
    assert.deepEqual(issues(config('    unix_user: root', '')), ['agents.kiro.unix_user: `root` can read and write every file: no OS boundary is possible between this agent and Portcullis']);
    assert.deepEqual(issues(config('    unix_user: portcullis', '')), ['agents.kiro.unix_user: `portcullis` is the service user, which owns the config, key and store']);
    assert.deepEqual(issues(config('    unix_user: agents', '    unix_user: agents')), ['agents.bot.unix_user: `agents` already runs agent `kiro`']);
    assert.deepEqual(issues(config('    unix_user: Not A User', '')), ['agents.kiro.unix_user: must be a unix user name (lowercase letters, digits, `_` or `-`, at most 32)']);
    assert.deepEqual(issues(config('', '', 'daemon:\n  service_user: portcullis\n  run_dir: run\n')), ['daemon.run_dir: must be an absolute path']);
  });
});
