import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/portcullis', import.meta.url));
/** The pinned Node 24 (the `node` dev dependency) that spawned test processes run on, never the machine's. */
export const NODE = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `bin/portcullis` in `cwd`, as a user would. */
export function portcullis(cwd: string, args: string[], input?: string, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(BIN, args, { cwd, input, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 110_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder holding only what a test writes there. */
export function fixtureDir(prefix = 'portcullis-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
