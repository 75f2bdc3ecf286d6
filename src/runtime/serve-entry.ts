import type { RunningServer, ServeOptions, ServedRuntime } from './server.ts';

/**
 * `startServer`, loaded on first use: the HTTP stack (Hono, openid-client, the UI) stays out of the
 * import graph of every other command that goes through `runtime/index.ts`.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  return (await import('./server.ts')).startServer(options);
}

/** `serveRuntime` (the HTTP adapter over an open runtime; the daemon's `--listen`), loaded on first use. */
export async function serveRuntime(runtime: ServedRuntime, options: Omit<ServeOptions, 'configPath' | 'cwd'>): Promise<{ url: string; close(): Promise<void> }> {
  return (await import('./server.ts')).serveRuntime(runtime, options);
}

export type { RunningServer, ServeOptions, ServedRuntime };
