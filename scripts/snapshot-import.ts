/**
 * What the outside-suite importers (`import-tldr-pages.ts`, `import-cheatsheets.ts`) share: failing with one line, the
 * labels file read and checked against its schema (each id once), and git run against the snapshot's directory.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

/** `fail(message)`: prints `NAME: message` on standard error and exits 1. */
export function failer(name: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`${name}: ${message}\n`);
    process.exit(1);
  };
}

/** The labels file, by id; an unreadable file, an entry the schema refuses or an id labelled twice fails the import. */
export function readLabels<T extends { id: string }>(file: string, schema: z.ZodType<T[]>, fail: (message: string) => never): Map<string, T> {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8')) ?? [];
  } catch (e) {
    fail(`${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail(`${file}: entry ${issue.path.join('.')}: ${issue.message}`);
  }
  const out = new Map<string, T>();
  for (const l of parsed.data) {
    if (out.has(l.id)) fail(`${file}: \`${l.id}\` is labelled twice`);
    out.set(l.id, l);
  }
  return out;
}

/** Runs git against a bare snapshot directory; a failing git fails the import with git's first line. */
export function gitIn(dir: string, fail: (message: string) => never): (...args: string[]) => string {
  return (...args) => {
    try {
      return execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      fail(`${dir}: git ${args.join(' ')} failed: ${String((e as { stderr?: unknown }).stderr ?? e).trim().split('\n')[0]}`);
    }
  };
}
