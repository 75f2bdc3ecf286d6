/**
 * `portcullis hook claude-code` start-to-answer (spawn → exit), the way Claude Code runs it before
 * every tool call, against a bare `node -e 0` of the same Node. Rows: a read-only tool (start-up and
 * event parsing only), a Bash call decided by a running `portcullis serve` (--server, the light
 * path), and one decided in-process on the embedded store (loads Cedar, tree-sitter, SQLite). Each
 * also with Node's compile cache (NODE_COMPILE_CACHE), which caches the TypeScript-stripped modules.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/runtime/index.ts';
import { measure, table, type Row } from './stats.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const BIN = join(ROOT, 'bin', 'portcullis');

function run(cmd: string, args: string[], input: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
    child.stdin.end(input);
  });
}

const event = (tool: string, input: unknown, cwd: string) => JSON.stringify({ session_id: 'bench', transcript_path: '/dev/null', cwd, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input, tool_use_id: 'toolu_bench' });

export async function benchHook(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-bench-hook-'));
  copyFileSync(join(ROOT, 'src', 'runtime', 'templates', 'demo.yaml'), join(dir, 'portcullis.yaml'));
  const server = await startServer({ configPath: join(dir, 'portcullis.yaml'), cwd: dir, host: '127.0.0.1', port: 0, sweepMs: 60_000 });
  const local = { kind: 'local' } as const;
  await server.runtime.identity.addHuman({ id: 'dana' }, local);
  writeFileSync(join(dir, 'kiro.token'), (await server.runtime.identity.addAgent({ id: 'kiro' }, local)).token);
  const env = { PATH: process.env.PATH, HOME: dir };
  const cached = { ...env, NODE_COMPILE_CACHE: join(dir, 'compile-cache') };
  const opts = { maxOps: 30, maxMs: 8_000, warmup: 3 };
  const read = event('Read', { file_path: join(dir, 'a.txt') }, dir);
  const bash = event('Bash', { command: 'ls' }, dir);
  try {
    const base = await measure('node -e 0 (same Node)', () => run(NODE, ['-e', '0'], '', env), opts);
    const rows: Row[] = [base];
    const ratio = (r: Row) => ({ ...r, note: `${(r.p50Us / base.p50Us).toFixed(2)}x node -e 0 (goal < 1.3x)` });
    const check = (want: number) => async (p: Promise<number | null>) => {
      const code = await p;
      if (code !== want) throw new Error(`hook exited ${code}, expected ${want}`);
    };
    for (const [label, e] of [['', env], [' + compile cache', cached]] as const) {
      rows.push(ratio(await measure(`hook: Read (no decision)${label}`, () => check(0)(run(BIN, ['hook', 'claude-code', '--server', server.url, '--token-file', join(dir, 'kiro.token')], read, e)), opts)));
      rows.push(ratio(await measure(`hook: Bash via --server${label}`, () => check(0)(run(BIN, ['hook', 'claude-code', '--server', server.url, '--token-file', join(dir, 'kiro.token')], bash, e)), opts)));
      rows.push(ratio(await measure(`hook: Bash in-process${label}`, () => check(0)(run(BIN, ['hook', 'claude-code', '--agent', 'kiro', '--config', join(dir, 'portcullis.yaml')], bash, e)), { ...opts, maxOps: 10 })));
    }
    return rows;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  console.log(table(await benchHook()));
}
