/**
 * host: Portcullis on a machine, around the runtime it assembles. The production install (D7):
 * `portcullis daemon` (one socket per agent, owned by the agent's Unix user, through a root-only
 * helper; privileges dropped before the store opens) and `portcullis setup --system` (the service
 * user, folders, config and systemd unit); `portcullis serve` (the HTTP adapter on a port, with
 * its sweeps and connection timeouts); and `portcullis store migrate` (a verified copy of a
 * store into another). It uses runtime/ to build what runs and os/ to ask the OS; it holds no rule
 * of its own about decisions or approvals.
 */
import type { DaemonOptions, RunningDaemon } from './daemon.ts';
import type { SystemSetupOptions, SystemSetupResult } from './system-setup.ts';
import type { RunningServer, ServeOptions, ServedRuntime } from './server.ts';

// Loaded on first use: the HTTP stack (Hono, openid-client, the UI) and the setup's user management
// stay out of the import graph of every other command.
export async function startDaemon(options: DaemonOptions): Promise<RunningDaemon> {
  return (await import('./daemon.ts')).startDaemon(options);
}

export async function setupSystem(options: SystemSetupOptions): Promise<SystemSetupResult> {
  return (await import('./system-setup.ts')).setupSystem(options);
}

/** `portcullis serve`: opens the runtime (F2: refuses an invalid config or policy), then serves the HTTP adapter. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  return (await import('./server.ts')).startServer(options);
}

/** The HTTP adapter over an open runtime (the daemon's `--listen`), which stays open when the server closes. */
export async function serveRuntime(runtime: ServedRuntime, options: Omit<ServeOptions, 'configPath' | 'cwd'>): Promise<{ url: string; close(): Promise<void> }> {
  return (await import('./server.ts')).serveRuntime(runtime, options);
}

export type { DaemonOptions, RunningDaemon, SystemSetupOptions, SystemSetupResult, RunningServer, ServeOptions, ServedRuntime };
export { SYSTEM_DEFAULTS_TEXT as SYSTEM_DEFAULTS } from './system-defaults.ts';
export { migrateStore } from './store-migrate.ts';
export { createStagedInputFolder } from './staged-inputs.ts';
export { whyConfigReplaceable, whyReplaceable } from './run-folder.ts';
export type { MigrateReport } from './store-migrate.ts';
