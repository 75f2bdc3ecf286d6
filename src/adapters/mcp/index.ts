/**
 * adapters/mcp: the MCP proxy. It sits between an agent (an MCP client) and a real MCP server,
 * over stdio or streamable HTTP, and passes every message through unchanged except `tools/call`,
 * which Portcullis decides first (allow: forwarded as is; deny: a tool error naming the reason and
 * decision; hold: kept open with progress until approved or timed out), and `tools/list`, from which
 * tools that policy never allows this agent are hidden. It does not classify or decide anything
 * itself: the gate it is given does. It never imports another adapter.
 */
export { createMcpProxy } from './proxy.ts';
export type { McpProxy, McpProxyOptions } from './proxy.ts';
export { startStdioProxy } from './stdio.ts';
export type { StdioProxyOptions } from './stdio.ts';
export { startHttpProxy } from './http.ts';
export type { HttpProxy, HttpProxyOptions } from './http.ts';
