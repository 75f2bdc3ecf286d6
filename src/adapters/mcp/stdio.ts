import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Readable, Writable } from 'node:stream';
import { createMcpProxy, type McpProxy, type McpProxyOptions } from './proxy.ts';

export interface StdioProxyOptions extends Omit<McpProxyOptions, 'downstream' | 'upstream'> {
  /** The upstream server's command line, started as a child process. */
  command: string;
  args: string[];
  /** The upstream's environment (the CLI passes its own; the SDK's default would drop most of it). */
  env?: Record<string, string>;
  cwd?: string;
  /** The agent's side; default the process's stdin/stdout. */
  stdin?: Readable;
  stdout?: Writable;
}

/**
 * `portcullis mcp -- UPSTREAM...`: a stdio MCP server to the agent and a stdio MCP client of the
 * upstream child. The upstream's stderr is inherited (it is the user's diagnostics, not protocol).
 */
export async function startStdioProxy(options: StdioProxyOptions): Promise<McpProxy> {
  const upstream = new StdioClientTransport({ command: options.command, args: options.args, ...(options.env ? { env: options.env } : {}), ...(options.cwd ? { cwd: options.cwd } : {}), stderr: 'inherit' });
  const downstream = new StdioServerTransport(options.stdin, options.stdout);
  const proxy = createMcpProxy({ ...options, downstream, upstream });
  await proxy.start();
  // The SDK's stdio server transport does not notice the agent going away: end of input is the end.
  const stdin = options.stdin ?? process.stdin;
  stdin.once('end', () => void proxy.close());
  return proxy;
}
