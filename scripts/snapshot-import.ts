/**
 * What the outside-suite importers (`import-tldr-pages.ts`, `import-cheatsheets.ts`, `import-navi-cheats.ts`,
 * `import-cheatsh.ts`, `import-psdocs.ts`) share: failing with one line, their command line, the labels file read and
 * checked against its schema (each id once), git run against the snapshot's directory, the summary's count of cases, and, for the suites with a line per example
 * (navi-cheats, cheat.sh, PowerShell's reference), the labels' schema, the labels applied to the examples read and the
 * suite written (`applyLabels`, `finishSuite`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { PeerCase } from './import-peer-suites.ts';

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

/**
 * The command line every importer reads, `GIT_DIR [--unlabelled]` (`GIT_DIR... [--unlabelled]` when `several`): the
 * snapshots' git directories and whether `--unlabelled` was given. No directory, or more than one where one is read,
 * fails with the usage.
 */
export function importArgs(usage: string, fail: (message: string) => never, several = false): { dirs: string[]; unlabelled: boolean } {
  const { values, positionals } = parseArgs({ options: { unlabelled: { type: 'boolean' } }, allowPositionals: true });
  if (several ? positionals.length === 0 : !positionals[0] || positionals.length > 1) fail(usage);
  return { dirs: positionals, unlabelled: values.unlabelled === true };
}

/** A snapshot opened: git run against its directory (gitIn) and the commit at its HEAD. */
export function openSnapshot(dir: string, fail: (message: string) => never): { git: (...args: string[]) => string; commit: string } {
  const git = gitIn(dir, fail);
  return { git, commit: git('rev-parse', 'HEAD').trim() };
}

/** An import summary's count: `N cases (D destructive, B benign)`, with `more` said inside the brackets. */
export function caseCount(cases: readonly PeerCase[], more = ''): string {
  const d = cases.filter((c) => c.label === 'destructive').length;
  return `${cases.length} cases (${d} destructive, ${cases.length - d} benign${more})`;
}

/** Why an example is left out of a suite: typed inside an interactive program, or not a command. */
export const OUT_REASONS = ['interactive', 'not-a-command'] as const;

/**
 * The schema of a labels file in which every example of the sheets read has a line (navi-cheats, cheat.sh): a label
 * (with an optional `why`), or `out` with its reason and a `why`. `id` is the suite's id pattern.
 */
export function sheetLabelsSchema(id: RegExp) {
  return z.array(
    z.union([
      z.strictObject({ id: z.string().regex(id), label: z.enum(['destructive', 'benign']), why: z.string().min(3).optional() }),
      z.strictObject({ id: z.string().regex(id), out: z.enum(OUT_REASONS), why: z.string().min(3) }),
    ]),
  );
}
export type SheetLabel = z.infer<ReturnType<typeof sheetLabelsSchema>>[number];

/** One example of a sheet as an importer reads it, with its id and where it stands. */
export interface SheetExample {
  id: string;
  description: string;
  command: string;
  path: string;
  line: number;
}

/**
 * The labels applied to the examples read, in one place for every importer whose labels file has a line per example:
 * a labelled example becomes a case (its `input_type` from `inputType`, if given), an `out` one is counted by its reason,
 * one without a line is listed (`id`, description, command, tab-separated) for `--unlabelled`. Two examples sharing an
 * id fail. Each label used is taken out of `labels`, so that what is left names no example (`finishSuite` fails on it).
 */
export function applyLabels(
  examples: Iterable<SheetExample>,
  labels: Map<string, SheetLabel>,
  make: (ex: SheetExample, label: 'destructive' | 'benign') => PeerCase,
  fail: (message: string) => never,
): { cases: PeerCase[]; unlabelled: string[]; leftOut: Record<(typeof OUT_REASONS)[number], number> } {
  const seen = new Set<string>();
  const cases: PeerCase[] = [];
  const unlabelled: string[] = [];
  const leftOut = { interactive: 0, 'not-a-command': 0 };
  for (const ex of examples) {
    if (seen.has(ex.id)) fail(`two examples share the id \`${ex.id}\` (${ex.path})`);
    seen.add(ex.id);
    const l = labels.get(ex.id);
    if (!l) {
      unlabelled.push(`${ex.id}\t${ex.description}\t${ex.command.replace(/\n/g, '\\n')}`);
      continue;
    }
    labels.delete(ex.id);
    if ('out' in l) leftOut[l.out]++;
    else cases.push(make(ex, l.label));
  }
  return { cases, unlabelled, leftOut };
}

/**
 * The end of such an import: with `--unlabelled`, the examples without a line printed and nothing written; otherwise a
 * label that named no example, or an example without a line, fails the import (the sheets and their labels cannot drift
 * apart silently), and the cases are written to `DIR/cases.jsonl`. Returns the file written.
 */
export function finishSuite(
  result: { cases: PeerCase[]; unlabelled: string[] },
  labels: Map<string, SheetLabel>,
  files: { labels: string; outDir: string },
  printUnlabelled: boolean,
  fail: (message: string) => never,
): string {
  if (printUnlabelled) {
    process.stdout.write(result.unlabelled.join('\n') + (result.unlabelled.length > 0 ? '\n' : ''));
    process.exit(0);
  }
  if (labels.size > 0) fail(`${files.labels}: ${labels.size} labels name no example of the sheets read, e.g. \`${[...labels.keys()][0]}\``);
  if (result.unlabelled.length > 0) fail(`${result.unlabelled.length} examples have no line in ${files.labels}, e.g. \`${result.unlabelled[0]!.split('\t')[0]}\` (--unlabelled lists them)`);
  mkdirSync(files.outDir, { recursive: true });
  const out = join(files.outDir, 'cases.jsonl');
  writeFileSync(out, result.cases.map((c) => JSON.stringify(c)).join('\n') + (result.cases.length > 0 ? '\n' : ''));
  return out;
}
