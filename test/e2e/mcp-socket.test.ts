/**
 * D7: the MCP proxy asking `portcullis daemon` over the agent's Unix socket (`portcullis mcp
 * --socket PATH`, the real binary), against the daemon's own socket app on a real socket. What the
 * socket path must keep while it is made fast: one decision exchange per `tools/call`, on one kept
 * connection; a daemon that goes away is a refusal with the reason (F1), one that comes back is
 * reached again without restarting the proxy; a socket that never answers is a refusal within the
 * bound (F5).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { openRuntime, remoteGate, type Runtime } from '../../src/runtime/index.ts';
import { socketTransport } from '../../src/sdk/index.ts';
import { agentSocketServer } from '../../src/host/daemon.ts';
import { PortcullisError } from '../../src/core/index.ts';
import { NODE } from '../helpers/cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(import.meta.dirname, 'mcp-fixture-server.ts');

type CallResult = Awaited<ReturnType<Client['callTool']>>;
const textOf = (r: CallResult) => (r.content as Array<{ type: string; text: string }>).map((c) => c.text).join('\n');

/** kiro's socket as the daemon serves it, with a log of the connections and requests it saw. */
class Daemon {
  readonly requests: Array<{ route: string; conn: number }> = [];
  connections = 0;
  #http: Server | null = null;
  #ids = new WeakMap<Socket, number>();
  readonly path: string;
  readonly runtime: Runtime;
  constructor(path: string, runtime: Runtime) {
    this.path = path;
    this.runtime = runtime;
  }
  async start(): Promise<void> {
    const http = agentSocketServer('kiro', (work) => work(this.runtime), this.runtime.limits);
    http.on('connection', (s: Socket) => this.#ids.set(s, ++this.connections));
    http.prependListener('request', (req: IncomingMessage) => this.requests.push({ route: `${req.method} ${req.url!.split('?')[0]}`, conn: this.#ids.get(req.socket as Socket) ?? 0 }));
    await new Promise<void>((r) => http.listen(this.path, r));
    this.#http = http;
  }
  /** As a daemon that stops (or crashes): every connection goes, then the socket. */
  async stop(): Promise<void> {
    const http = this.#http!;
    this.#http = null;
    http.closeAllConnections();
    await new Promise((r) => http.close(r));
  }
}

describe('D7 the MCP proxy over the agent socket', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-mcp-socket-'));
  let runtime: Runtime;
  let daemon: Daemon;
  let client: Client;
  before(async () => {
    copyFileSync(join(ROOT, 'src', 'config', 'templates', 'demo.yaml'), join(dir, 'portcullis.yaml'));
    runtime = await openRuntime({ configPath: join(dir, 'portcullis.yaml'), cwd: dir });
    daemon = new Daemon(join(dir, 'kiro.sock'), runtime);
    await daemon.start();
    client = new Client({ name: 'e2e-agent', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: join(ROOT, 'bin', 'portcullis'), args: ['mcp', '--socket', daemon.path, '--server-name', 'dev-tools', '--', NODE, FIXTURE], cwd: dir, stderr: 'pipe' }));
  });
  after(async () => {
    await client?.close();
    await daemon?.stop().catch(() => undefined);
    await runtime?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('D7 each tools/call is one decision exchange, and all of them share one kept connection', async () => {
    await client.listTools(); // the proxy learns the tools (and asks which to hide) before calls
    const from = daemon.requests.length;
    for (let i = 0; i < 5; i++) {
      const r = await client.callTool({ name: 'echo', arguments: { text: `hello ${i}` } });
      assert.equal(r.isError, undefined, textOf(r));
      assert.equal(textOf(r), `hello ${i}`);
    }
    const seen = daemon.requests.slice(from);
    assert.deepEqual(seen.map((r) => r.route), Array(5).fill('POST /v1/decisions'), 'no status, never-allowed or list refresh on an allowed call');
    assert.equal(new Set(seen.map((r) => r.conn)).size, 1, 'one connection for all five');
  });

  test('D7 F1 a daemon that stops: the call is refused with the reason; once it is back, the proxy reaches it again', async () => {
    await daemon.stop();
    const refused = await client.callTool({ name: 'echo', arguments: { text: 'nobody home' } });
    assert.equal(refused.isError, true);
    assert.match(textOf(refused), /^Portcullis could not decide this call and refused it \(fail closed\): cannot reach portcullis at `unix:.*kiro\.sock`/);

    const before = daemon.connections;
    await daemon.start(); // a restart: a new listener on the same path
    const r = await client.callTool({ name: 'echo', arguments: { text: 'back again' } });
    assert.equal(r.isError, undefined, textOf(r));
    assert.equal(textOf(r), 'back again');
    assert.equal(daemon.connections, before + 1, 'a new connection to the new daemon');
  });

  test('D7 a restart between two calls (no call in between) is not noticed by the agent', async () => {
    await client.callTool({ name: 'echo', arguments: { text: 'warm' } });
    await daemon.stop();
    await daemon.start();
    const r = await client.callTool({ name: 'echo', arguments: { text: 'after restart' } });
    assert.equal(r.isError, undefined, textOf(r));
    assert.equal(textOf(r), 'after restart');
  });
});

describe('D7 the socket transport', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-socket-transport-'));
  let runtime: Runtime;
  let daemon: Daemon;
  let silent: Server;
  const harmless = { kind: 'mcp_tool_call', server: 'dev-tools', tool: 'echo', arguments: { text: 'hi' } } as const;
  before(async () => {
    copyFileSync(join(ROOT, 'src', 'config', 'templates', 'demo.yaml'), join(dir, 'portcullis.yaml'));
    runtime = await openRuntime({ configPath: join(dir, 'portcullis.yaml'), cwd: dir });
    daemon = new Daemon(join(dir, 'kiro.sock'), runtime);
    await daemon.start();
    // accepts and never answers
    silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(join(dir, 'silent.sock'), r));
  });
  after(async () => {
    await daemon.stop().catch(() => undefined);
    silent.closeAllConnections();
    await new Promise((r) => silent.close(r));
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('D7 one transport keeps one connection for sequential decisions, and connects again after the daemon closed it', async () => {
    const gate = remoteGate({ transport: socketTransport(daemon.path), mcpServer: 'dev-tools' });
    const from = daemon.requests.length;
    for (let i = 0; i < 3; i++) assert.equal((await gate.decide(harmless, { mcpServer: 'dev-tools' })).effect, 'allow');
    assert.equal(new Set(daemon.requests.slice(from).map((r) => r.conn)).size, 1);
    await daemon.stop();
    await daemon.start();
    const mark = daemon.connections;
    assert.equal((await gate.decide(harmless, { mcpServer: 'dev-tools' })).effect, 'allow');
    assert.equal(daemon.connections, mark + 1);
  });

  test('F5 F1 a socket that accepts and never answers is a client_timeout within the bound, each time', async () => {
    const transport = socketTransport(join(dir, 'silent.sock'));
    const gate = remoteGate({ transport, timeoutMs: 200 });
    for (let i = 0; i < 2; i++) {
      await assert.rejects(gate.decide(harmless, {}), (e: unknown) => e instanceof PortcullisError && e.code === 'client_timeout' && e.message === `portcullis at \`unix:${join(dir, 'silent.sock')}\` did not answer within 200 ms`);
    }
  });

  test('F1 a daemon that read the request and then hung up: refused, and the request is not sent twice (it may have been decided)', async () => {
    let seen = 0;
    const flaky = createServer((req, res) => {
      seen += 1;
      // the first answer keeps the connection; the second request is read and then dropped
      if (seen === 1) res.end(JSON.stringify({ v: 1, decisionId: 'aud_1', effect: 'allow', reasons: [], policies: [], requiredApprovals: 0, approverGroups: [], actionDigest: 'sha256:x', facts: null }));
      else req.socket.destroy();
    });
    await new Promise<void>((r) => flaky.listen(join(dir, 'flaky.sock'), r));
    try {
      const gate = remoteGate({ transport: socketTransport(join(dir, 'flaky.sock')) });
      assert.equal((await gate.decide(harmless, {})).effect, 'allow');
      await assert.rejects(gate.decide(harmless, {}), (e: unknown) => e instanceof PortcullisError && e.code === 'client_unreachable' && /socket hang up/.test(e.message));
      assert.equal(seen, 2);
    } finally {
      flaky.closeAllConnections();
      await new Promise((r) => flaky.close(r));
    }
  });

  test('F1 no socket at all is client_unreachable, naming the socket', async () => {
    const gate = remoteGate({ transport: socketTransport(join(dir, 'nobody.sock')) });
    await assert.rejects(gate.decide(harmless, {}), (e: unknown) => e instanceof PortcullisError && e.code === 'client_unreachable' && /^cannot reach portcullis at `unix:.*nobody\.sock`: connect ENOENT/.test(e.message));
  });
});
