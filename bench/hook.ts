/**
 * `portcullis hook claude-code` start-to-answer (spawn → exit, through `bin/portcullis` as Claude
 * Code runs it before every tool call) against a bare `node -e 0` of the same Node. Rows: a
 * read-only tool (Grep: start-up and event parsing, no decision), a Read decided by a running server
 * (D8: the signing key and tokens are refused through Read, so reads are decided), a Bash call decided by a running
 * `portcullis serve` (--server, the light path; the server commits each decision to durable SQLite),
 * and one decided in-process on the embedded store (loads config, Cedar, tree-sitter, SQLite).
 *
 * The launcher turns Node's compile cache on by itself (node_modules/.cache/portcullis), so every
 * row but the first warm-up runs with it. The runs are interleaved (one of each per round), so a
 * busy machine slows every row alike and the ratios stay meaningful. Bounded in rounds and time.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/host/index.ts';
import { agentSocketServer } from '../src/host/daemon.ts';
import { percentile, table, type Row } from './stats.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const BIN = join(ROOT, 'bin', 'portcullis');
const CLIENT = join(ROOT, 'bin', 'portcullis-hook.cjs');

function run(cmd: string, args: string[], input: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
    child.stdin.end(input);
  });
}

const event = (tool: string, input: unknown, cwd: string) => JSON.stringify({ session_id: 'bench', transcript_path: '/dev/null', cwd, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input, tool_use_id: 'toolu_bench' });

interface Case {
  name: string;
  /** Rounds this case joins (the in-process case is 15x slower: it runs in fewer of them). */
  every: number;
  start: () => Promise<void>;
  lat: number[];
}

export async function benchHook(opts: { rounds?: number; maxMs?: number } = {}): Promise<Row[]> {
  const rounds = opts.rounds ?? 30;
  const maxMs = opts.maxMs ?? 20_000;
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-bench-hook-'));
  copyFileSync(join(ROOT, 'src', 'config', 'templates', 'demo.yaml'), join(dir, 'portcullis.yaml'));
  const server = await startServer({ configPath: join(dir, 'portcullis.yaml'), cwd: dir, host: '127.0.0.1', port: 0, sweepMs: 60_000 });
  const local = { kind: 'local' } as const;
  await server.runtime.identity.addHuman({ id: 'dana' }, local);
  writeFileSync(join(dir, 'kiro.token'), (await server.runtime.identity.addAgent({ id: 'kiro' }, local)).token);
  const env = { PATH: process.env.PATH, HOME: dir };
  const grep = event('Grep', { pattern: 'x' }, dir);
  // D8: Read is decided (the signing key and tokens are refused through it), like Bash.
  const read = event('Read', { file_path: join(dir, 'a.txt') }, dir);
  const bash = event('Bash', { command: 'ls' }, dir);
  const remote = ['hook', 'claude-code', '--server', server.url, '--token-file', join(dir, 'kiro.token')];
  // D7: kiro's socket as the daemon serves it (same store as the --server row), and the installed
  // socket form: the pinned Node straight on the one-file client.
  const sock = join(dir, 'kiro.sock');
  const socketHttp = agentSocketServer('kiro', (work) => work(server.runtime), server.runtime.limits);
  await new Promise<void>((r) => socketHttp.listen(sock, () => r()));
  const socketArgs = [CLIENT, 'claude-code', '--socket', sock, '--timeout', '20'];
  const expect = (want: number, p: Promise<number | null>) =>
    p.then((code) => {
      if (code !== want) throw new Error(`hook exited ${code}, expected ${want}`);
    });
  const cases: Case[] = [
    { name: 'node -e 0 (same Node)', every: 1, start: () => expect(0, run(NODE, ['-e', '0'], '', env)), lat: [] },
    { name: 'hook: Grep (no decision)', every: 1, start: () => expect(0, run(BIN, remote, grep, env)), lat: [] },
    { name: 'hook: Read via --server', every: 1, start: () => expect(0, run(BIN, remote, read, env)), lat: [] },
    { name: 'hook: Bash via --server', every: 1, start: () => expect(0, run(BIN, remote, bash, env)), lat: [] },
    { name: 'hook: Read via --socket (one-file client)', every: 1, start: () => expect(0, run(NODE, socketArgs, read, env)), lat: [] },
    { name: 'hook: Bash via --socket (one-file client)', every: 1, start: () => expect(0, run(NODE, socketArgs, bash, env)), lat: [] },
    { name: 'hook: Bash in-process', every: 4, start: () => expect(0, run(BIN, ['hook', 'claude-code', '--agent', 'kiro', '--config', join(dir, 'portcullis.yaml')], bash, env)), lat: [] },
  ];
  try {
    // Warm-up: fills the compile cache and the page cache.
    for (const c of cases) for (let i = 0; i < 2; i++) await c.start();
    const began = performance.now();
    for (let r = 0; r < rounds && performance.now() - began < maxMs; r++) {
      const order = r % 2 === 0 ? cases : [...cases].reverse();
      for (const c of order) {
        if (r % c.every !== 0) continue;
        const t = performance.now();
        await c.start();
        c.lat.push((performance.now() - t) * 1000);
      }
    }
    const elapsed = performance.now() - began;
    const rows: Row[] = cases.map((c) => {
      const sorted = [...c.lat].sort((a, b) => a - b);
      return { name: c.name, ops: (c.lat.length / elapsed) * 1000, p50Us: percentile(sorted, 50), p99Us: percentile(sorted, 99) };
    });
    const base = rows[0]!.p50Us;
    return rows.map((row, i) => (i === 0 ? { ...row, note: `${cases[0]!.lat.length} starts` } : { ...row, note: `${(row.p50Us / base).toFixed(2)}x node -e 0 at the median (goal < 1.3x); ${cases[i]!.lat.length} starts` }));
  } finally {
    await new Promise<void>((r) => socketHttp.close(() => r()));
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  console.log(table(await benchHook()));
}
