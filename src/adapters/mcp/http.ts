import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { createMcpProxy, type McpProxy, type McpProxyOptions } from './proxy.ts';

export interface HttpProxyOptions extends Omit<McpProxyOptions, 'downstream' | 'upstream'> {
  /** The upstream's streamable HTTP endpoint (`http://host:port/mcp`). */
  upstreamUrl: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The path agents connect to (default `/mcp`). */
  path?: string;
  /** F6: request bodies above this are refused (default 4 MiB). */
  maxBodyBytes?: number;
}

export interface HttpProxy {
  /** The agent-facing endpoint, e.g. `http://127.0.0.1:7071/mcp`. */
  url: string;
  close(): Promise<void>;
}

/**
 * `portcullis mcp --upstream-url URL`: a streamable HTTP MCP server to agents, one upstream
 * streamable HTTP client session per agent session. Host-header checking is on (DNS rebinding).
 * The agent's own headers (including any Authorization) are never forwarded upstream: MCP forbids
 * token passthrough.
 */
export async function startHttpProxy(options: HttpProxyOptions): Promise<HttpProxy> {
  const path = options.path ?? '/mcp';
  const maxBody = options.maxBodyBytes ?? 4 * 1024 * 1024;
  const sessions = new Map<string, { transport: StreamableHTTPServerTransport; proxy: McpProxy }>();
  let allowedHosts: string[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      options.log?.(`portcullis mcp: ${String(err)}`);
      if (!res.headersSent) jsonError(res, 500, -32603, 'portcullis: internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return jsonError(res, 404, -32601, `portcullis: no MCP endpoint at \`${url.pathname}\`; use \`${path}\``);
    const sessionId = header(req, 'mcp-session-id');
    let body: unknown;
    if (req.method === 'POST') {
      const read = await readBody(req, maxBody);
      if (read === 'too_large') return jsonError(res, 413, -32600, `portcullis: request body over ${maxBody} bytes`);
      try {
        body = JSON.parse(read);
      } catch {
        return jsonError(res, 400, -32700, 'portcullis: the body is not valid JSON');
      }
    }
    if (sessionId !== undefined) {
      const s = sessions.get(sessionId);
      if (!s) return jsonError(res, 404, -32001, 'portcullis: unknown or ended session; initialize again');
      await s.transport.handleRequest(req, res, body);
      return;
    }
    if (req.method !== 'POST' || !isInitializeRequest(body)) return jsonError(res, 400, -32000, 'portcullis: no session: send an initialize request first');

    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      enableDnsRebindingProtection: true,
      allowedHosts,
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, proxy });
      },
    });
    const upstream = new StreamableHTTPClientTransport(new URL(options.upstreamUrl));
    const proxy = createMcpProxy({ ...options, downstream: transport, upstream });
    void proxy.closed.then(() => {
      if (transport.sessionId) sessions.delete(transport.sessionId);
    });
    await proxy.start();
    await transport.handleRequest(req, res, body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  allowedHosts.push(`${host}:${addr.port}`, `localhost:${addr.port}`, `127.0.0.1:${addr.port}`);
  allowedHosts = [...new Set(allowedHosts)];

  return {
    url: `http://${host}:${addr.port}${path}`,
    async close() {
      await Promise.allSettled([...sessions.values()].map((s) => s.proxy.close()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function jsonError(res: ServerResponse, status: number, code: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code, message } }));
}

async function readBody(req: IncomingMessage, max: number): Promise<string | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return 'too_large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
