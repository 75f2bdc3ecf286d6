/**
 * The CLI's only contact with the outside: arguments, streams, environment, cwd. Commands receive it
 * so tests can run them in-process; `main.ts` builds the real one.
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input read to the end, or null when it is a terminal. */
  readStdin: () => Promise<string | null>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** Exit codes (ARCHITECTURE.md): the CLI is the only code that maps outcomes to them. */
export const EXIT = {
  ok: 0,
  error: 1,
  denied: 2,
  invalidConfig: 3,
  held: 4,
} as const;

export type Command = (args: string[], io: CliIO) => Promise<number>;
