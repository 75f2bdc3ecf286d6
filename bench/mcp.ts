/**
 * MCP proxy overhead per `tools/call` over stdio: a real SDK client calls `echo` on the fixture MCP
 * server directly, then through `bin/portcullis mcp` (the real binary: classify, Cedar, audit append,
 * forward). "tmpfs" keeps the store on /dev/shm (what the proxy and decide() cost); "durable" fsyncs
 * every decision on disk. Goal: under 2 ms added at the median.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { measure, table, type Row } from './stats.ts';
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
const opts = { maxOps: 2_000, maxMs: 4_000, warmup: 100 };

export async function benchMcp(): Promise<Row[]> {
  const rows: Row[] = [];
  const direct = await client(NODE, [FIXTURE]);
  try {
    rows.push(await measure('mcp tools/call direct (stdio)', call(direct), { ...opts, note: 'SDK client → fixture server' }));
  } finally {
    await direct.close();
  }
  const base = rows[0]!.p50Us;
  const places: [string, string][] = [['durable', tmpdir()]];
  if (existsSync('/dev/shm')) places.unshift(['tmpfs', '/dev/shm']);
  for (const [label, parent] of places) {
    const dir = mkdtempSync(join(parent, 'portcullis-bench-mcp-'));
    try {
      copyFileSync(join(ROOT, 'src', 'runtime', 'templates', 'demo.yaml'), join(dir, 'portcullis.yaml'));
      const proxied = await client(join(ROOT, 'bin', 'portcullis'), ['mcp', '--agent', 'kiro', '--server-name', 'dev-tools', '--', NODE, FIXTURE], dir);
      try {
        const row = await measure(`mcp tools/call via proxy (stdio, ${label} SQLite)`, call(proxied), opts);
        rows.push({ ...row, note: `+${((row.p50Us - base) / 1000).toFixed(2)} ms at p50 over direct (decide + audit + forward)` });
      } finally {
        await proxied.close();
      }
      // D7: the same proxy asking the daemon's per-agent socket (the socket app, served here on the
      // same store as the in-process row; the daemon adds only its privilege drop, not on this path).
      const inProcess = rows.at(-1)!.p50Us;
      const runtime = await openRuntime({ configPath: join(dir, 'portcullis.yaml'), cwd: dir });
      const http = agentSocketServer('kiro', (work) => work(runtime), runtime.limits);
      const sock = join(dir, 'kiro.sock');
      await new Promise<void>((r) => http.listen(sock, () => r()));
      const viaSocket = await client(join(ROOT, 'bin', 'portcullis'), ['mcp', '--socket', sock, '--server-name', 'dev-tools', '--', NODE, FIXTURE], dir);
      try {
        const row = await measure(`mcp tools/call via proxy --socket (${label} SQLite)`, call(viaSocket), opts);
        rows.push({ ...row, note: `+${((row.p50Us - base) / 1000).toFixed(2)} ms over direct, +${((row.p50Us - inProcess) / 1000).toFixed(2)} ms over in-process (goal < 1 ms)` });
      } finally {
        await viaSocket.close();
        await new Promise<void>((r) => http.close(() => r()));
        await runtime.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

if (import.meta.main) {
  console.log(table(await benchMcp()));
}
