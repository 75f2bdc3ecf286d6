/**
 * D8 with the real binary: a symlink and a hard link made earlier, outside the gate's view, lead to
 * Portcullis's config and store; the hook (in-process) and `portcullis exec` resolve them before
 * matching, and refuse. The signing key is refused through the shell and through the hook's Read.
 */
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixtureDir, portcullis } from '../helpers/cli.ts';

describe('D8 bin/portcullis resolves links before matching the control plane', () => {
  let dir: string;
  let elsewhere: string;
  let config: string;
  before(() => {
    dir = realpathSync(fixtureDir('portcullis-d8-'));
    assert.equal(portcullis(dir, ['init', '--demo']).code, 0);
    // The first decision creates the store and the signing key beside the config.
    assert.equal(portcullis(dir, ['check', '--agent', 'kiro', '--shell', 'ls']).code, 0);
    config = readFileSync(join(dir, 'portcullis.yaml'), 'utf8');
    elsewhere = realpathSync(fixtureDir('portcullis-d8-links-'));
    mkdirSync(join(elsewhere, 'notes'));
    symlinkSync(join(dir, 'portcullis.yaml'), join(elsewhere, 'notes', 'todo.txt'));
    linkSync(join(dir, 'portcullis.db'), join(elsewhere, 'scratch.bin'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  const hook = (tool: string, input: Record<string, unknown>) =>
    portcullis(dir, ['hook', 'claude-code', '--agent', 'kiro'], JSON.stringify({ session_id: 's', transcript_path: '/dev/null', cwd: elsewhere, hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input }));

  it('D8 the hook refuses a Write through a symlink made earlier to the config, and says why', () => {
    const r = hook('Write', { file_path: join(elsewhere, 'notes', 'todo.txt'), content: 'enforce: off\n' });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^Portcullis denied this Write call: agents may never change Portcullis itself \(its config, policies, store, identities or hook settings\) nor read its signing key or tokens \(decision aud_[0-9a-f-]+\)\./m);
    const bash = hook('Bash', { command: 'echo "enforce: off" > notes/todo.txt' });
    assert.equal(bash.code, 2, bash.stderr);
    assert.equal(readFileSync(join(dir, 'portcullis.yaml'), 'utf8'), config);
  });

  it('D8 `portcullis exec` refuses to write through the link, and the config is untouched', () => {
    const r = portcullis(elsewhere, ['exec', '--agent', 'kiro', '--config', join(dir, 'portcullis.yaml'), '--', 'cp', '/dev/null', join(elsewhere, 'notes', 'todo.txt')]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /agents may never change Portcullis itself/);
    assert.equal(readFileSync(join(dir, 'portcullis.yaml'), 'utf8'), config);
  });

  it('D8 an existing hard link to the store is recognised by device and inode', () => {
    const r = portcullis(dir, ['check', '--agent', 'kiro', '--json'], JSON.stringify({ action: { kind: 'shell', command: `truncate -s 0 ${join(elsewhere, 'scratch.bin')}` }, context: { cwd: elsewhere } }));
    assert.equal(r.code, 2, r.stderr);
    const d = JSON.parse(r.stdout) as { effect: string; policies: string[]; facts: { findings: Array<{ code: string; message: string }> } };
    assert.ok(d.policies.includes('agent-never-touches-control-plane'), d.policies.join(', '));
    assert.ok(d.facts.findings.some((f) => f.code === 'control_plane_alias' && f.message === `\`${join(elsewhere, 'scratch.bin')}\` leads to \`${join(dir, 'portcullis.db')}\` (a hard link), part of Portcullis's own control plane`), JSON.stringify(d.facts.findings));
  });

  it('D8 the signing key is refused through the shell and through the hook\'s Read; reading the config is not', () => {
    const cat = portcullis(dir, ['check', '--agent', 'kiro', '--shell', 'base64 portcullis-audit.key']);
    assert.equal(cat.code, 2, cat.stderr);
    const read = hook('Read', { file_path: join(dir, 'portcullis-audit.key') });
    assert.equal(read.code, 2, read.stderr);
    assert.match(read.stderr, /^Portcullis denied this Read call: agents may never change Portcullis itself .* nor read its signing key or tokens/m);
    const readConfig = hook('Read', { file_path: join(elsewhere, 'notes', 'todo.txt') });
    assert.equal(readConfig.code, 0, readConfig.stderr);
  });

  it('D8 PowerShell and cmd commands resolve links as bash does: a write through the link is refused, a read of the config is not', () => {
    const decide = (shell: string, command: string) => {
      const r = portcullis(dir, ['check', '--agent', 'kiro', '--json'], JSON.stringify({ action: { kind: 'shell', shell, command }, context: { cwd: elsewhere } }));
      return { code: r.code, stderr: r.stderr, findings: r.stdout ? (JSON.parse(r.stdout) as { facts: { findings: Array<{ code: string }> } }).facts.findings.map((f) => f.code) : [] };
    };
    for (const [shell, command] of [['powershell', 'Set-Content -Path notes/todo.txt -Value "enforce: off"'], ['powershell', 'Copy-Item x.txt notes/todo.txt'], ['powershell', 'Remove-Item notes/todo.txt'], ['cmd', 'copy x.txt notes/todo.txt']] as const) {
      const r = decide(shell, command);
      assert.equal(r.code, 2, `${shell}: ${command}: ${r.stderr}`);
      assert.ok(r.findings.includes('control_plane_alias'), `${shell}: ${command}: ${r.findings.join(', ')}`);
    }
    assert.equal(decide('powershell', 'Get-Content notes/todo.txt').code, 0);
    assert.equal(readFileSync(join(dir, 'portcullis.yaml'), 'utf8'), config);
  });
});
