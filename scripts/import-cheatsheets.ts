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
 * that names no example, so that the sample and its labels cannot drift apart silently (`applyLabels`, `finishSuite` in
 * snapshot-import.ts: shared with the navi and cheat.sh importers).
 * `--unlabelled` prints the sampled examples that have no line yet (id, description, command), for labelling.
 */
import { join } from 'node:path';
import { exampleId, extractExamples, GAMES_AND_GUIS, inSample, NOT_SHELL } from './cheatsheets.ts';
import { applyLabels, caseCount, failer, finishSuite, importArgs, openSnapshot, readLabels, type SheetExample, sheetLabelsSchema } from './snapshot-import.ts';

const LABELS = 'test/corpus/cheat-labels.yaml';
const OUT = join('.peer-suites', 'cheatsheets');
const REPO = 'cheat/cheatsheets';

// annotated: a `never` function only narrows what follows its call when its type is written out
const fail: (message: string) => never = failer('import-cheatsheets');

const { dirs: [dir], unlabelled } = importArgs("usage: node scripts/import-cheatsheets.ts GIT_DIR [--unlabelled]\n(a snapshot's git directory, e.g. /work/.mirror/cheat+cheatsheets/repo)", fail);
const { git, commit } = openSnapshot(dir!, fail);
// Every file outside the repository's own folders (.github holds its README and licence) is a sheet.
const sheets = git('ls-tree', '-r', '--name-only', commit).split('\n').filter((p) => p !== '' && !p.startsWith('.'));
if (!sheets.includes('tar') || !sheets.includes('git')) fail(`${dir}: no \`tar\` or \`git\` sheet at ${commit.slice(0, 12)} (not a cheat/cheatsheets snapshot?)`);
const skipped = { notShell: 0, gamesAndGuis: 0 };
let sampledSheets = 0;
function* sampled(): Generator<SheetExample> {
  for (const sheet of sheets) {
    if (!inSample(sheet)) continue;
    const examples = extractExamples(git('show', `${commit}:${sheet}`));
    if (sheet in NOT_SHELL) {
      skipped.notShell += examples.length;
      continue;
    }
    if (sheet in GAMES_AND_GUIS) {
      skipped.gamesAndGuis += examples.length;
      continue;
    }
    sampledSheets++;
    for (const ex of examples) yield { id: exampleId(sheet, ex.n), description: ex.description, command: ex.command, path: sheet, line: ex.line };
  }
}

const labels = readLabels(LABELS, sheetLabelsSchema(/^cheat-[a-z0-9-]+-\d+$/), fail);
const result = applyLabels(sampled(), labels, (ex, label) => ({ id: ex.id, suite: 'cheatsheets', label, command: ex.command, repo: REPO, path: ex.path, line: ex.line, commit }), fail);
const file = finishSuite(result, labels, { labels: LABELS, outDir: OUT }, unlabelled, fail);
process.stdout.write(
  `cheatsheets: ${caseCount(result.cases)} from ${sampledSheets} sampled sheets of ${REPO} at ${commit.slice(0, 12)} -> ${file}\n` +
    `left out: ${result.leftOut.interactive} typed inside an interactive program, ${result.leftOut['not-a-command']} not a command; whole sheets: ${skipped.notShell} examples not shell, ${skipped.gamesAndGuis} of games and GUIs\n`,
);
