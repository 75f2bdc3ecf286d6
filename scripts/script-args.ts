/**
 * The command line of a project script (scripts/*.ts), read the same way by each: `node:util` parseArgs with `--help`
 * (`-h`) added, an unknown option or a missing value refused as `NAME: <what is wrong>` and the usage on stderr with
 * exit 2 (never a stack trace), and `--help` printing the usage on stdout with exit 0. unseen-tools.ts and
 * classify-report.ts each had their own copy of this (round 37; the `duplicates` tool flagged the pair).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O & { help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>>;

/** What reading the arguments comes to: the values, or the text to print and the exit code (`--help`, an error). */
export type ScriptArgs<O extends Options> = { ok: true; values: Parsed<O>['values']; positionals: string[] } | { ok: false; code: 0 | 2; stdout: string; stderr: string };

/** Reads `args` without printing or exiting (the form the tests call). Positionals are refused unless `positionals` is true. */
export function readScriptArgs<O extends Options>(name: string, usage: string, options: O, args: string[], positionals = false): ScriptArgs<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: positionals }) as Parsed<O>;
  } catch (e) {
    // parseArgs' message goes on with advice for a program's author ("To specify a positional argument…"): its first sentence is what is wrong.
    return { ok: false, code: 2, stdout: '', stderr: `${name}: ${(e as Error).message.split('. ')[0]}\n${usage}\n` };
  }
  if ((parsed.values as { help?: boolean }).help) return { ok: false, code: 0, stdout: `${usage}\n`, stderr: '' };
  return { ok: true, values: parsed.values, positionals: parsed.positionals };
}

/** Reads the process's arguments; on `--help` or an error prints and exits (0 or 2) before the script does any work. */
export function parseScriptArgs<O extends Options>(name: string, usage: string, options: O, positionals = false, args = process.argv.slice(2)): { values: Parsed<O>['values']; positionals: string[] } {
  const r = readScriptArgs(name, usage, options, args, positionals);
  if (r.ok) return r;
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exit(r.code);
}
