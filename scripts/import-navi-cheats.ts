/**
 * `node scripts/import-navi-cheats.ts GIT_DIR... [--unlabelled]`: the `.cheat` sheets of navi cheat repositories (bare
 * git directories, e.g. `/work/.mirror/denisidoro+cheats/repo` and `/work/.mirror/papanito+cheats/repo`) at their HEAD
 * into `.peer-suites/navi-cheats/cases.jsonl` (git-ignored: nothing from the sheets is ever committed), one case per
 * example that `test/corpus/navi-labels.yaml` labels, with the repository, path, line and commit.
 *
 * Every sheet of every repository given is read (no sample: two small repositories). The repository's owner is read
 * from its directory's name (`OWNER+NAME`, as the `fetch` tool names it) or, failing that, from its `origin` remote.
 * Every example must have a line in the labels file: a label, or `out` with its reason (typed inside an interactive
 * program, or not a command). An example with neither fails the import, as does a label that names no example of the
 * repositories given, so that the sheets and their labels cannot drift apart silently. Sheets under `windows/` are
 * PowerShell (`input_type: powershell`).
 * `--unlabelled` prints the examples that have no line yet (id, description, command), for labelling.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { PeerCase } from './import-peer-suites.ts';
import { extractNaviExamples, naviExampleId } from './navi-cheats.ts';
import { failer, gitIn, readLabels } from './snapshot-import.ts';

const LABELS = 'test/corpus/navi-labels.yaml';
const OUT = join('.peer-suites', 'navi-cheats');
const ID = /^navi-[a-z0-9-]+-\d+$/;

const labelSchema = z.array(
  z.union([
    z.strictObject({ id: z.string().regex(ID), label: z.enum(['destructive', 'benign']), why: z.string().min(3).optional() }),
    z.strictObject({ id: z.string().regex(ID), out: z.enum(['interactive', 'not-a-command']), why: z.string().min(3) }),
  ]),
);

// annotated: a `never` function only narrows what follows its call when its type is written out
const fail: (message: string) => never = failer('import-navi-cheats');

const { values, positionals } = parseArgs({ options: { unlabelled: { type: 'boolean' } }, allowPositionals: true });
if (positionals.length === 0) fail('usage: node scripts/import-navi-cheats.ts GIT_DIR... [--unlabelled]\n(snapshots\' git directories, e.g. /work/.mirror/denisidoro+cheats/repo /work/.mirror/papanito+cheats/repo)');

/** `owner/name` of a snapshot: from `OWNER+NAME/repo` (the fetch tool's layout), else from the origin remote's URL. */
function repoOf(dir: string, git: (...args: string[]) => string): string {
  const m = /^([A-Za-z0-9_.-]+)\+([A-Za-z0-9_.-]+)$/.exec(basename(basename(dir) === 'repo' ? dirname(dir) : dir));
  if (m) return `${m[1]}/${m[2]}`;
  let url = '';
  try {
    url = git('config', '--get', 'remote.origin.url').trim();
  } catch {
    // no remote: falls through to the failure below
  }
  const r = /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(\.git)?$/.exec(url);
  if (!r) fail(`${dir}: cannot tell the repository's owner (name the directory OWNER+NAME/repo)`);
  return `${r[1]}/${r[2]}`;
}

const labels = readLabels(LABELS, labelSchema, fail);
const seen = new Set<string>();
const cases: PeerCase[] = [];
const unlabelled: string[] = [];
const leftOut = { interactive: 0, notACommand: 0 };
const read: string[] = [];
for (const dir of positionals) {
  const git = gitIn(dir, fail);
  const repo = repoOf(dir, git);
  const commit = git('rev-parse', 'HEAD').trim();
  const sheets = git('ls-tree', '-r', '--name-only', commit).split('\n').filter((p) => /\.cheat(\.md)?$/.test(p));
  if (sheets.length === 0) fail(`${dir}: no \`.cheat\` sheet at ${commit.slice(0, 12)} (not a navi cheats snapshot?)`);
  read.push(`${sheets.length} sheets of ${repo} at ${commit.slice(0, 12)}`);
  for (const sheet of sheets) {
    for (const ex of extractNaviExamples(git('show', `${commit}:${sheet}`))) {
      const id = naviExampleId(repo.split('/')[0]!, sheet, ex.n);
      if (seen.has(id)) fail(`two examples share the id \`${id}\` (${repo} ${sheet})`);
      seen.add(id);
      const l = labels.get(id);
      if (!l) {
        unlabelled.push(`${id}\t${ex.description}\t${ex.command.replace(/\n/g, '\\n')}`);
        continue;
      }
      labels.delete(id);
      if ('out' in l) {
        if (l.out === 'interactive') leftOut.interactive++;
        else leftOut.notACommand++;
        continue;
      }
      const c: PeerCase = { id, suite: 'navi-cheats', label: l.label, command: ex.command, repo, path: sheet, line: ex.line, commit };
      if (sheet.startsWith('windows/')) c.input_type = 'powershell';
      cases.push(c);
    }
  }
}
if (values.unlabelled) {
  process.stdout.write(unlabelled.join('\n') + (unlabelled.length > 0 ? '\n' : ''));
  process.exit(0);
}
if (labels.size > 0) fail(`${LABELS}: ${labels.size} labels name no example of the sheets read, e.g. \`${[...labels.keys()][0]}\``);
if (unlabelled.length > 0) fail(`${unlabelled.length} examples have no line in ${LABELS}, e.g. \`${unlabelled[0]!.split('\t')[0]}\` (--unlabelled lists them)`);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + (cases.length > 0 ? '\n' : ''));
const d = cases.filter((c) => c.label === 'destructive').length;
process.stdout.write(
  `navi-cheats: ${cases.length} cases (${d} destructive, ${cases.length - d} benign) from ${read.join(' and ')} -> ${join(OUT, 'cases.jsonl')}\n` +
    `left out: ${leftOut.interactive} typed inside an interactive program, ${leftOut.notACommand} not a command\n`,
);
