/**
 * MCP proxy overhead per `tools/call` over stdio: a real SDK client calls `echo` on the fixture MCP
 * server directly, then through `bin/portcullis mcp` (the real binary: classify, Cedar, audit append,
 * forward). "tmpfs" keeps the store on /dev/shm (what the proxy and decide() cost); "durable" fsyncs
 * every decision on disk. `--socket`: the same proxy asking the daemon's socket app (D7); goal: it
 * adds under 1 ms per call at the median (issue 10). The three run interleaved, round after round.
 * BENCH_MCP_TMPFS_ONLY=1 skips the durable store (its fsyncs swamp the hop being measured).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { percentile, table, type Row } from './stats.ts';
import { openRuntime } from '../src/runtime/index.ts';
import { agentSocketServer } from '../src/host/daemon.ts';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const FIXTURE = join(ROOT, 'test', 'e2e', 'mcp-fixture-server.ts');

async function client(command: string, args: string[], cwd?: string): Promise<Client> {
  const c = new Client({ name: 'bench', version: '1.0.0' });
  await c.connect(new StdioClientTransport({ command, args, stderr: 'pipe', ...(cwd ? { cwd } : {}) }));
  return c;
}

const call = (c: Client) => (i: number) => c.callTool({ name: 'echo', arguments: { text: `hello ${i}` } });
const ROUNDS = 8;
const PER_ROUND = 250;

/**
 * Interleaved (the machine is shared): each round calls every client PER_ROUND times, in turn, so
 * a busy moment hits all of them alike; each row is the median of all its calls.
 */
async function interleaved(clients: Array<[string, Client]>): Promise<Map<string, number[]>> {
  const lat = new Map<string, number[]>(clients.map(([n]) => [n, []]));
  for (const [, c] of clients) for (let i = 0; i < 100; i++) await call(c)(i);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, c] of clients) {
      const f = call(c);
      for (let i = 0; i < PER_ROUND; i++) {
        const t = performance.now();
        await f(i);
        lat.get(name)!.push((performance.now() - t) * 1000);
      }
    }
  }
  return lat;
}

function row(name: string, us: number[], note: string): Row {
  const sorted = [...us].sort((a, b) => a - b);
  const total = us.reduce((a, b) => a + b, 0) / 1e6;
  return { name, ops: us.length / total, p50Us: percentile(sorted, 50), p99Us: percentile(sorted, 99), note };
}

export async function benchMcp(): Promise<Row[]> {
  const rows: Row[] = [];
  const places: [string, string][] = process.env.BENCH_MCP_TMPFS_ONLY ? [] : [['durable', tmpdir()]];
  if (existsSync('/dev/shm')) places.unshift(['tmpfs', '/dev/shm']);
  for (const [label, parent] of places) {
    const dir = mkdtempSync(join(parent, 'portcullis-bench-mcp-'));
    const open: Array<() => Promise<void>> = [];
    try {
      copyFileSync(join(ROOT, 'src', 'config', 'templates', 'demo.yaml'), join(dir, 'portcullis.yaml'));
      const direct = await client(NODE, [FIXTURE]);
      open.push(() => direct.close());
      const inProcess = await client(join(ROOT, 'bin', 'portcullis'), ['mcp', '--agent', 'kiro', '--server-name', 'dev-tools', '--', NODE, FIXTURE], dir);
      open.push(() => inProcess.close());
      // D7: the same proxy asking the daemon's per-agent socket (the daemon's socket app, served
      // here in the bench process on the same store; the daemon adds only its privilege drop, not on this path).
      const runtime = await openRuntime({ configPath: join(dir, 'portcullis.yaml'), cwd: dir });
      open.push(() => runtime.close());
      const http = agentSocketServer('kiro', (work) => work(runtime), runtime.limits);
      const sock = join(dir, 'kiro.sock');
      await new Promise<void>((r) => http.listen(sock, () => r()));
      open.push(() => new Promise<void>((r) => http.close(() => r())));
      const viaSocket = await client(join(ROOT, 'bin', 'portcullis'), ['mcp', '--socket', sock, '--server-name', 'dev-tools', '--', NODE, FIXTURE], dir);
      open.push(() => viaSocket.close());
      const load = loadavg()[0]!.toFixed(1);
      const lat = await interleaved([['direct', direct], ['in-process', inProcess], ['socket', viaSocket]]);
      const p50 = (n: string) => percentile([...lat.get(n)!].sort((a, b) => a - b), 50);
      const ms = (us: number) => `${us >= 0 ? '+' : ''}${(us / 1000).toFixed(2)} ms`;
      const [d, ip, so] = [p50('direct'), p50('in-process'), p50('socket')];
      rows.push(row(`mcp tools/call direct (stdio, ${label} run)`, lat.get('direct')!, `SDK client → fixture server; interleaved ${ROUNDS}×${PER_ROUND} with the two below, load ${load}`));
      rows.push(row(`mcp tools/call via proxy (stdio, ${label} SQLite)`, lat.get('in-process')!, `${ms(ip - d)} at p50 over direct (decide + audit + forward)`));
      rows.push(row(`mcp tools/call via proxy --socket (${label} SQLite)`, lat.get('socket')!, `${ms(so - d)} over direct (goal < 1 ms), ${ms(so - ip)} over in-process`));
    } finally {
      for (const close of open.reverse()) await close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

if (import.meta.main) {
  console.log(table(await benchMcp()));
}
