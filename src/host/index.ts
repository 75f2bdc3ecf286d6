import type { DaemonOptions, RunningDaemon } from './daemon.ts';
import type { SystemSetupOptions, SystemSetupResult } from './system-setup.ts';

/**
 * The production install (D7), loaded on first use: the daemon's HTTP stack and the setup's user
 * management stay out of the import graph of every other command.
 */
export async function startDaemon(options: DaemonOptions): Promise<RunningDaemon> {
  return (await import('./daemon.ts')).startDaemon(options);
}

export async function setupSystem(options: SystemSetupOptions): Promise<SystemSetupResult> {
  return (await import('./system-setup.ts')).setupSystem(options);
}

export type { DaemonOptions, RunningDaemon, SystemSetupOptions, SystemSetupResult };
