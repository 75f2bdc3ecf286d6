/**
 * `node scripts/import-cheatsheets.ts GIT_DIR [--unlabelled]`: the sheets of a cheat/cheatsheets snapshot (a bare git
 * directory, e.g. `/work/.mirror/cheat+cheatsheets/repo`) at its HEAD into `.peer-suites/cheatsheets/cases.jsonl`
 * (git-ignored: nothing from the sheets is ever committed), one case per example that `test/corpus/cheat-labels.yaml`
 * labels, with the repository, path, line and commit.
 *
 * Only the sample (`inSample`: a fixed fraction of sheets by a hash of the sheet's path, and the administration and
 * development tools `ADMIN_AND_DEV` names) is read; sheets that are not
 * shell (`NOT_SHELL`) and sheets of games, GUIs and full-screen programs (`GAMES_AND_GUIS`) are left out whole and
 * counted. Every example of a sampled sheet must have a line in the labels file: a label, or `out` with its reason
 * (typed inside an interactive program, or not a command). An example with neither fails the import, as does a label
 * that names no example, so that the sample and its labels cannot drift apart silently.
 * `--unlabelled` prints the sampled examples that have no line yet (id, description, command), for labelling.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { exampleId, extractExamples, GAMES_AND_GUIS, inSample, NOT_SHELL } from './cheatsheets.ts';
import type { PeerCase } from './import-peer-suites.ts';
import { failer, gitIn, readLabels } from './snapshot-import.ts';

const LABELS = 'test/corpus/cheat-labels.yaml';
const OUT = join('.peer-suites', 'cheatsheets');
const REPO = 'cheat/cheatsheets';

const labelSchema = z.array(
  z.union([
    z.strictObject({
      id: z.string().regex(/^cheat-[a-z0-9-]+-\d+$/),
      label: z.enum(['destructive', 'benign']),
      why: z.string().min(3).optional(),
    }),
    z.strictObject({
      id: z.string().regex(/^cheat-[a-z0-9-]+-\d+$/),
      out: z.enum(['interactive', 'not-a-command']),
      why: z.string().min(3),
    }),
  ]),
);

// annotated: a `never` function only narrows what follows its call when its type is written out
const fail: (message: string) => never = failer('import-cheatsheets');


const { values, positionals } = parseArgs({ options: { unlabelled: { type: 'boolean' } }, allowPositionals: true });
const dir = positionals[0];
if (!dir || positionals.length > 1) fail("usage: node scripts/import-cheatsheets.ts GIT_DIR [--unlabelled]\n(a snapshot's git directory, e.g. /work/.mirror/cheat+cheatsheets/repo)");

const git = gitIn(dir, fail);

const commit = git('rev-parse', 'HEAD').trim();
// Every file outside the repository's own folders (.github holds its README and licence) is a sheet.
const sheets = git('ls-tree', '-r', '--name-only', commit).split('\n').filter((p) => p !== '' && !p.startsWith('.'));
if (!sheets.includes('tar') || !sheets.includes('git')) fail(`${dir}: no \`tar\` or \`git\` sheet at ${commit.slice(0, 12)} (not a cheat/cheatsheets snapshot?)`);
const labels = readLabels(LABELS, labelSchema, fail);
const seen = new Set<string>();
const cases: PeerCase[] = [];
const unlabelled: string[] = [];
const leftOut = { notShell: 0, gamesAndGuis: 0, interactive: 0, notACommand: 0 };
let sampledSheets = 0;
for (const sheet of sheets) {
  if (!inSample(sheet)) continue;
  const examples = extractExamples(git('show', `${commit}:${sheet}`));
  if (sheet in NOT_SHELL) {
    leftOut.notShell += examples.length;
    continue;
  }
  if (sheet in GAMES_AND_GUIS) {
    leftOut.gamesAndGuis += examples.length;
    continue;
  }
  sampledSheets++;
  for (const ex of examples) {
    const id = exampleId(sheet, ex.n);
    if (seen.has(id)) fail(`two examples share the id \`${id}\` (${sheet})`);
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
    cases.push({ id, suite: 'cheatsheets', label: l.label, command: ex.command, repo: REPO, path: sheet, line: ex.line, commit });
  }
}
if (values.unlabelled) {
  process.stdout.write(unlabelled.join('\n') + (unlabelled.length > 0 ? '\n' : ''));
  process.exit(0);
}
if (labels.size > 0) fail(`${LABELS}: ${labels.size} labels name no example of the sample at ${commit.slice(0, 12)}, e.g. \`${[...labels.keys()][0]}\``);
if (unlabelled.length > 0) fail(`${unlabelled.length} sampled examples have no line in ${LABELS}, e.g. \`${unlabelled[0]!.split('\t')[0]}\` (--unlabelled lists them)`);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + (cases.length > 0 ? '\n' : ''));
const d = cases.filter((c) => c.label === 'destructive').length;
process.stdout.write(
  `cheatsheets: ${cases.length} cases (${d} destructive, ${cases.length - d} benign) from ${sampledSheets} sampled sheets of ${REPO} at ${commit.slice(0, 12)} -> ${join(OUT, 'cases.jsonl')}\n` +
    `left out: ${leftOut.interactive} typed inside an interactive program, ${leftOut.notACommand} not a command; whole sheets: ${leftOut.notShell} examples not shell, ${leftOut.gamesAndGuis} of games and GUIs\n`,
);
