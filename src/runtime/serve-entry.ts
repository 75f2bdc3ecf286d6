import type { RunningServer, ServeOptions } from './server.ts';

/**
 * `startServer`, loaded on first use: the HTTP stack (Hono, openid-client, the UI) stays out of the
 * import graph of every other command that goes through `runtime/index.ts`.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  return (await import('./server.ts')).startServer(options);
}
