import type { Command } from './io.ts';

/**
 * Every command, loaded only when it runs (the hook must start fast). One line each:
 * name, one-line summary, loader.
 */
export interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
};
