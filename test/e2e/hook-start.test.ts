/**
 * The hook's light entry (bin/portcullis → bin/launch.js → src/cli/hook-main.ts) through the real
 * launcher: strict flags, fail closed on every error (F1, F5), the --server decision over node:http,
 * and the import graph that makes it start fast.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseHookFlags } from '../../src/cli/hook-main.ts';
import { startServer, type RunningServer } from '../../src/host/index.ts';
import { BIN, fixtureDir, NODE, type CliResult } from '../helpers/cli.ts';

const LAUNCH = new URL('../../bin/launch.js', import.meta.url).pathname;

/** Async (the fake servers below live in this process), bounded at 30 s. */
function hook(cwd: string, args: string[], input: string, cmd = BIN, pre: string[] = []): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, [...pre, 'hook', 'claude-code', ...args], { cwd, env: { PATH: process.env.PATH, HOME: cwd }, timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const ev = (cwd: string, tool: string, input: unknown) => JSON.stringify({ session_id: 's', transcript_path: '/dev/null', cwd, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input, tool_use_id: 'toolu_1' });

function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

describe('hook flags (light entry)', () => {
  test('F1 strict: one protocol, known flags, each once, each with a value', () => {
    assert.deepEqual(parseHookFlags(['claude-code', '--server=http://s', '--token-file', 't', '--skip-prompt-on-allow']), { protocol: 'claude-code', server: 'http://s', tokenFile: 't', skipPromptOnAllow: true, config: 'portcullis.yaml' });
    assert.deepEqual(parseHookFlags(['gemini-cli', '--agent', 'kiro', '-c', '/w/p.yaml', '--timeout', '5']), { protocol: 'gemini-cli', agent: 'kiro', config: '/w/p.yaml', timeout: '5', skipPromptOnAllow: false });
    assert.equal(parseHookFlags(['claude-code', '--agnet', 'kiro']), 'unknown option `--agnet`');
    assert.equal(parseHookFlags(['claude-code', '--agent', 'a', '--agent', 'b']), 'option `--agent` given twice');
    assert.equal(parseHookFlags(['claude-code', '--server']), 'option `--server` needs a value');
    assert.equal(parseHookFlags(['claude-code', '--server', '--agent', 'kiro']), 'option `--server` needs a value');
    assert.match(parseHookFlags(['claude-code', 'extra']) as string, /^usage: portcullis hook /);
  });
});

describe('bin/portcullis hook (light entry, real launcher)', () => {
  let dir: string;
  let gate: RunningServer;
  before(async () => {
    dir = fixtureDir('portcullis-hook-start-');
    copyFileSync(new URL('../../src/config/templates/demo.yaml', import.meta.url), join(dir, 'portcullis.yaml'));
    gate = await startServer({ configPath: join(dir, 'portcullis.yaml'), cwd: dir, host: '127.0.0.1', port: 0, sweepMs: 60_000 });
    await gate.runtime.identity.addHuman({ id: 'dana' }, { kind: 'local' });
    writeFileSync(join(dir, 'kiro.token'), (await gate.runtime.identity.addAgent({ id: 'kiro' }, { kind: 'local' })).token);
  });
  after(async () => {
    await gate.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('--server: an allowed Bash call exits 0; a destructive one is denied with exit 2 and the reason', async () => {
    const args = ['--server', gate.url, '--token-file', join(dir, 'kiro.token')];
    const ok = await hook(dir, args, ev(dir, 'Bash', { command: 'ls' }));
    assert.deepEqual({ code: ok.code, stderr: ok.stderr }, { code: 0, stderr: '' });
    const no = await hook(dir, args, ev(dir, 'Bash', { command: 'rm -rf /' }));
    assert.equal(no.code, 2);
    assert.match(no.stderr, /^Portcullis denied this Bash call: /);
  });

  test('F1 an unknown flag, a missing token file or a bad timeout is exit 2 with the reason', async () => {
    const e = ev(dir, 'Bash', { command: 'ls' });
    assert.deepEqual(await hook(dir, ['--bogus'], e), { code: 2, stdout: '', stderr: 'Portcullis denies this call: unknown option `--bogus`\n' });
    assert.deepEqual(await hook(dir, ['--server', gate.url, '--timeout', 'soon'], e), { code: 2, stdout: '', stderr: 'Portcullis denies this call: --timeout `soon` is not a number of seconds\n' });
    const r = await hook(dir, ['--server', gate.url, '--token-file', 'missing.token'], e);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'Portcullis could not decide this call and denies it: cannot read token file `missing.token` (pass the file holding the token printed by `portcullis agents add`)\n');
  });

  test('F1 F5 a server that is down, answers garbage, refuses, or never answers is exit 2', async () => {
    const e = ev(dir, 'Bash', { command: 'ls' });
    const token = ['--token-file', join(dir, 'kiro.token')];
    const down = await hook(dir, ['--server', 'http://127.0.0.1:1', ...token], e);
    assert.equal(down.code, 2);
    assert.match(down.stderr, /^Portcullis could not decide this call and denies it: cannot reach portcullis at `http:\/\/127\.0\.0\.1:1`: connect ECONNREFUSED/);
    const fakes = [
      { handler: (_q: unknown, res: ServerResponse) => res.end('<html>'), want: 'portcullis answered 200 with a body that is not JSON' },
      { handler: (_q: unknown, res: ServerResponse) => res.end(JSON.stringify({ effect: 'allow' })), want: 'portcullis answered with something that is not a decision' },
      { handler: (_q: unknown, res: ServerResponse) => res.writeHead(401).end(JSON.stringify({ error: { code: 'auth_failed', message: 'bad token' } })), want: 'bad token' },
      { handler: () => undefined, want: 'no decision within 1000 ms' },
    ];
    for (const f of fakes) {
      const { server, url } = await listen(f.handler);
      try {
        const r = await hook(dir, ['--server', url, ...token, '--timeout', '1'], e);
        assert.equal(r.code, 2, f.want);
        assert.equal(r.stderr, `Portcullis could not decide this call and denies it: ${f.want}\n`);
      } finally {
        server.closeAllConnections();
        server.close();
      }
    }
  });

  test('a read-only tool and a --server call load no zod, yaml, Cedar, tree-sitter, SQLite, undici, nor core beyond its error type and the command-line judge (a pure file with no imports, shared with the daemon since round 12)', async () => {
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, `import { registerHooks } from 'node:module';\nconst seen = [];\nregisterHooks({ load(url, ctx, next) { seen.push(url); return next(url, ctx); } });\nprocess.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify({ files: seen.filter((u) => u.startsWith('file:')).map((u) => u.replace(/^.*\\/(src|bin|node_modules)\\//, '$1/')), undici: process.moduleLoadList.some((m) => m.includes('undici')), sqlite: process.moduleLoadList.some((m) => m.includes('sqlite')) }) + '\\n'));\n`);
    const r = await hook(dir, ['--server', gate.url, '--token-file', join(dir, 'kiro.token')], ev(dir, 'Bash', { command: 'ls' }), NODE, ['--import', probe, LAUNCH]);
    assert.equal(r.code, 0, r.stderr);
    const loaded = JSON.parse(/LOADED (.*)/.exec(r.stderr)![1]!) as { files: string[]; undici: boolean; sqlite: boolean };
    assert.deepEqual(loaded, {
      files: ['bin/launch.js', 'src/cli/hook-main.ts', 'src/runtime/hook-entry.ts', 'src/runtime/remote-gate.ts', 'src/adapters/hooks/index.ts', 'src/os/agent-context.ts', 'src/sdk/client.ts', 'src/sdk/http-transport.ts', 'src/adapters/hooks/hook.ts', 'src/adapters/hooks/protocols.ts', 'src/adapters/hooks/install.ts', 'src/adapters/hooks/session-env.ts', 'src/core/errors.ts', 'src/core/command-line.ts'],
      undici: false,
      sqlite: false,
    });
  });
});
