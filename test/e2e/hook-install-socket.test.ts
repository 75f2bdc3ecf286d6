import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fixtureDir, portcullis } from '../helpers/cli.ts';

describe('hook install: the socket form and the managed settings (D7)', () => {
  const dir = fixtureDir('portcullis-hook-socket-');
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('D7 --socket writes the one-file client on the pinned Node; a second run changes nothing', () => {
    const file = join(dir, 'user-settings.json');
    const r = portcullis(dir, ['hook', 'install', 'claude-code', '--socket', '/run/portcullis/agents/kiro.sock', '--file', file]);
    assert.equal(r.code, 0, r.stderr);
    const hook = JSON.parse(readFileSync(file, 'utf8')).hooks.PreToolUse[0].hooks[0];
    assert.match(hook.command, /^\/\S+\/node_modules\/\.bin\/node \/\S+\/bin\/portcullis-hook\.cjs claude-code --socket \/run\/portcullis\/agents\/kiro\.sock --timeout 20 \|\| exit 2$/);
    assert.equal(hook.timeout, 30);
    const again = portcullis(dir, ['hook', 'install', 'claude-code', '--socket', '/run/portcullis/agents/kiro.sock', '--file', file]);
    assert.equal(again.stdout, `${file}: unchanged: the PreToolUse hook is already installed\n`);
  });

  test('D7 --managed writes the socket form on the daemon\'s folder of sockets, readable by every user (0644)', () => {
    const file = join(dir, 'managed-settings.json');
    const r = portcullis(dir, ['hook', 'install', 'gemini-cli', '--managed', '--file', file]);
    assert.equal(r.code, 0, r.stderr);
    const hook = JSON.parse(readFileSync(file, 'utf8')).hooks.BeforeTool[0].hooks[0];
    assert.match(hook.command, /portcullis-hook\.cjs gemini-cli --socket \/run\/portcullis\/agents --timeout 20 \|\| exit 2$/);
    assert.equal(statSync(file).mode & 0o777, 0o644);
    const both = portcullis(dir, ['hook', 'install', 'gemini-cli', '--managed', '--agent', 'kiro', '--file', file]);
    assert.deepEqual({ code: both.code, stderr: both.stderr }, { code: 1, stderr: 'error: --managed installs the socket form for every user of the machine (request_invalid)\nhint: drop --agent and --server; --socket names the sockets folder (default: the daemon\'s)\n' });
  });
});
