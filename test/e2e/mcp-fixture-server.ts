/**
 * A real MCP server built with the SDK, the upstream of the MCP proxy tests and benchmark:
 * `read_file` (readOnlyHint), `delete_environment` (destructiveHint), `run_sql`, `echo`,
 * `drop_database` (a tool the test policy forbids the agent outright), one resource and one prompt.
 * Run alone it serves stdio; with `--http PORT` it serves streamable HTTP on 127.0.0.1.
 * Every call is counted, so tests can prove a refused call never reached the upstream.
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

// One list per process (shared by HTTP sessions), so a test can see what reached the upstream at all.
const calls: string[] = [];

export function createFixtureServer(): McpServer {
  const server = new McpServer({ name: 'fixture', version: '1.0.0' });
  server.registerTool('echo', { description: 'echo the text back', inputSchema: { text: z.string() } }, async ({ text }) => {
    calls.push('echo');
    return { content: [{ type: 'text', text }] };
  });
  server.registerTool('read_file', { description: 'read a file', inputSchema: { path: z.string() }, annotations: { readOnlyHint: true } }, async ({ path }) => {
    calls.push('read_file');
    return { content: [{ type: 'text', text: `contents of ${path}` }, { type: 'text', text: 'line 2' }], _meta: { fixture: true } };
  });
  server.registerTool('delete_environment', { description: 'delete an environment', inputSchema: { name: z.string() }, annotations: { destructiveHint: true } }, async ({ name }) => {
    calls.push('delete_environment');
    return { content: [{ type: 'text', text: `deleted ${name}` }] };
  });
  server.registerTool('run_sql', { description: 'run SQL', inputSchema: { sql: z.string(), environment: z.string().optional() } }, async ({ sql }) => {
    calls.push('run_sql');
    return { content: [{ type: 'text', text: `ran: ${sql}` }] };
  });
  server.registerTool('drop_database', { description: 'drop a database', inputSchema: { name: z.string() } }, async () => {
    calls.push('drop_database');
    return { content: [{ type: 'text', text: 'dropped' }] };
  });
  server.registerTool('calls', { description: 'which tools ran so far', inputSchema: {}, annotations: { readOnlyHint: true } }, async () => ({ content: [{ type: 'text', text: calls.join(',') }] }));
  server.registerResource('readme', 'fixture://readme', { description: 'a readme', mimeType: 'text/plain' }, async (uri) => ({ contents: [{ uri: uri.href, text: 'fixture readme' }] }));
  server.registerPrompt('greet', { description: 'greet someone', argsSchema: { who: z.string() } }, ({ who }) => ({ messages: [{ role: 'user', content: { type: 'text', text: `hello ${who}` } }] }));
  return server;
}

/** Streamable HTTP on 127.0.0.1:`port` (0 = free port); one SDK server per session. */
export async function serveFixtureHttp(port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const http = createServer(async (req, res) => {
    const id = req.headers['mcp-session-id'];
    let transport = typeof id === 'string' ? sessions.get(id) : undefined;
    if (!transport) {
      transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), onsessioninitialized: (sid) => void sessions.set(sid, transport!) });
      await createFixtureServer().connect(transport);
    }
    await transport.handleRequest(req, res);
  });
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  const address = http.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/mcp`,
    close: async () => {
      await Promise.allSettled([...sessions.values()].map((t) => t.close()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

if (import.meta.main) {
  const i = process.argv.indexOf('--http');
  if (i >= 0) {
    const s = await serveFixtureHttp(Number(process.argv[i + 1] ?? 0));
    process.stdout.write(`${s.url}\n`);
  } else {
    await createFixtureServer().connect(new StdioServerTransport());
  }
}
