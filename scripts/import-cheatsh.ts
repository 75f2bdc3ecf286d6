/**
 * `node scripts/import-cheatsh.ts GIT_DIR [--unlabelled]`: the command sheets of cheat.sh's community repository (a bare
 * git directory, e.g. `/work/.mirror/chubin+cheat.sheets/repo`) at its HEAD into `.peer-suites/cheatsh/cases.jsonl`
 * (git-ignored: nothing from the sheets is ever committed), one case per sampled example that
 * `test/corpus/cheatsh-labels.yaml` labels, with the repository, path, line and commit.
 *
 * The sheets are `sheets/NAME` (not the language folders `sheets/_LANG/`, not `see_also/`), read by
 * `scripts/cheatsh-sheets.ts`; only the sample (`inCheatshSample`, by a hash of the example's id) is labelled. Every
 * sampled example must have a line in the labels file: a label, or `out` with its reason (typed inside an interactive
 * program, or not a command). An example with neither fails the import, as does a label that names no sampled example,
 * so that the sheets and their labels cannot drift apart silently (`applyLabels`, `finishSuite`: shared with navi's).
 * `--unlabelled` prints the sampled examples that have no line yet (id, description, command), for labelling.
 */
import { join } from 'node:path';
import { cheatshExampleId, extractCheatshExamples, inCheatshSample, isCommandSheet } from './cheatsh-sheets.ts';
import { applyLabels, caseCount, failer, finishSuite, importArgs, openSnapshot, readLabels, type SheetExample, sheetLabelsSchema } from './snapshot-import.ts';

const LABELS = 'test/corpus/cheatsh-labels.yaml';
const OUT = join('.peer-suites', 'cheatsh');
const REPO = 'chubin/cheat.sheets';

// annotated: a `never` function only narrows what follows its call when its type is written out
const fail: (message: string) => never = failer('import-cheatsh');

const { dirs: [dir], unlabelled } = importArgs("usage: node scripts/import-cheatsh.ts GIT_DIR [--unlabelled]\n(a snapshot's git directory, e.g. /work/.mirror/chubin+cheat.sheets/repo)", fail);
const { git, commit } = openSnapshot(dir!, fail);
const sheets = git('ls-tree', '--name-only', commit, 'sheets/').split('\n').filter(isCommandSheet);
if (!sheets.includes('sheets/tar') || !sheets.includes('sheets/git')) fail(`${dir}: no \`sheets/tar\` or \`sheets/git\` at ${commit.slice(0, 12)} (not a chubin/cheat.sheets snapshot?)`);

function* sampled(): Generator<SheetExample> {
  for (const path of sheets) {
    for (const ex of extractCheatshExamples(git('show', `${commit}:${path}`))) {
      const id = cheatshExampleId(path, ex.n);
      if (inCheatshSample(id)) yield { id, description: ex.description, command: ex.command, path, line: ex.line };
    }
  }
}

const labels = readLabels(LABELS, sheetLabelsSchema(/^cheatsh-[a-z0-9-]+-\d+$/), fail);
const result = applyLabels(sampled(), labels, (ex, label) => ({ id: ex.id, suite: 'cheatsh', label, command: ex.command, repo: REPO, path: ex.path, line: ex.line, commit }), fail);
const file = finishSuite(result, labels, { labels: LABELS, outDir: OUT }, unlabelled, fail);
process.stdout.write(
  `cheatsh: ${caseCount(result.cases)} from ${sheets.length} sheets of ${REPO} at ${commit.slice(0, 12)} -> ${file}\n` +
    `left out: ${result.leftOut.interactive} typed inside an interactive program, ${result.leftOut['not-a-command']} not a command\n`,
);
