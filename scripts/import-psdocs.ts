/**
 * `node scripts/import-psdocs.ts GIT_DIR [--unlabelled]`: the examples of Microsoft's PowerShell cmdlet reference
 * (github `MicrosoftDocs/PowerShell-Docs`, a bare git directory, e.g. `/work/.mirror/MicrosoftDocs+PowerShell-Docs/repo`)
 * at its HEAD into `.peer-suites/psdocs/cases.jsonl` (git-ignored: nothing from the pages is ever committed), one case
 * (input type `powershell`) per command line of a sampled example that `test/corpus/psdocs-labels.yaml` labels, with the
 * repository, path, line and commit.
 *
 * One version folder is read: the newest `reference/7.<n>` (`VERSION`, fixed so that a newer snapshot does not move the
 * suite silently), its cmdlet pages only (not `About/`, not the modules' own pages), by `scripts/psdocs-pages.ts`. Only
 * the sample (`inPsdocsSample`, by a hash of the example's id) is labelled. What the reader leaves out (a session's
 * output, a script block's body over several lines, a variable set to a literal) is counted and printed; every other
 * statement of a sampled example must have a line in the labels file, a label or `out` with its reason, as navi's and
 * cheat.sh's (`applyLabels`, `finishSuite`). `--unlabelled` prints the sampled statements that have no line yet.
 */
import { join } from 'node:path';
import { extractPsdocsExamples, inPsdocsSample, isCmdletPage, LEFT_OUT, type LeftOut, moduleOf, psdocsExampleId } from './psdocs-pages.ts';
import { applyLabels, caseCount, failer, finishSuite, importArgs, openSnapshot, readLabels, type SheetExample, sheetLabelsSchema } from './snapshot-import.ts';

const LABELS = 'test/corpus/psdocs-labels.yaml';
const OUT = join('.peer-suites', 'psdocs');
const REPO = 'MicrosoftDocs/PowerShell-Docs';
/** The version folder read (round 42: the newest 7.x of the snapshot). */
export const VERSION = '7.7';

// annotated: a `never` function only narrows what follows its call when its type is written out
const fail: (message: string) => never = failer('import-psdocs');

const { dirs: [dir], unlabelled } = importArgs("usage: node scripts/import-psdocs.ts GIT_DIR [--unlabelled]\n(a snapshot's git directory, e.g. /work/.mirror/MicrosoftDocs+PowerShell-Docs/repo)", fail);
const { git, commit } = openSnapshot(dir!, fail);
const pages = git('ls-tree', '-r', '--name-only', commit, `reference/${VERSION}/`).split('\n').filter((p) => isCmdletPage(p, VERSION));
if (!pages.includes(`reference/${VERSION}/Microsoft.PowerShell.Management/Remove-Item.md`)) fail(`${dir}: no \`reference/${VERSION}/Microsoft.PowerShell.Management/Remove-Item.md\` at ${commit.slice(0, 12)} (not a PowerShell-Docs snapshot?)`);

const leftByReader: Record<LeftOut, number> = Object.fromEntries(LEFT_OUT.map((r) => [r, 0])) as Record<LeftOut, number>;
const byModule = new Map<string, { examples: number; sampled: number }>();
let examples = 0;
let sampledExamples = 0;

function* sampled(): Generator<SheetExample> {
  for (const path of pages) {
    const mod = moduleOf(path);
    const m = byModule.get(mod) ?? { examples: 0, sampled: 0 };
    byModule.set(mod, m);
    for (const ex of extractPsdocsExamples(git('show', `${commit}:${path}`))) {
      const id = psdocsExampleId(path, ex.n);
      examples++;
      m.examples++;
      if (!inPsdocsSample(id)) continue;
      sampledExamples++;
      m.sampled++;
      for (const s of ex.statements) {
        if (s.out) leftByReader[s.out]++;
        else yield { id: `${id}-${s.k}`, description: ex.title, command: s.command, path, line: s.line };
      }
    }
  }
}

const labels = readLabels(LABELS, sheetLabelsSchema(/^psdocs-[a-z0-9-]+-\d+-\d+$/), fail);
const result = applyLabels(sampled(), labels, (ex, label) => ({ id: ex.id, suite: 'psdocs', label, command: ex.command, repo: REPO, path: ex.path, line: ex.line, commit, input_type: 'powershell' }), fail);
const modules = [...byModule].sort(([a], [b]) => a.localeCompare(b)).map(([mod, m]) => `${mod} ${m.sampled}/${m.examples}`);
const read =
  `${sampledExamples} of ${examples} examples sampled on ${pages.length} cmdlet pages of ${REPO} reference/${VERSION} at ${commit.slice(0, 12)}\n` +
  `sampled examples by module: ${modules.join(', ')}\n` +
  `left out by the reader: ${leftByReader.output} runs of a session's output, ${leftByReader.script} script bodies over several lines, ${leftByReader.literal} variables set to a literal\n`;
// --unlabelled prints the statements on standard output: what was read goes to standard error
if (unlabelled) process.stderr.write(read);
const file = finishSuite(result, labels, { labels: LABELS, outDir: OUT }, unlabelled, fail);
process.stdout.write(
  `psdocs: ${caseCount(result.cases)} -> ${file}\n` +
    read +
    `left out by the labels: ${result.leftOut.interactive} typed inside an interactive program, ${result.leftOut['not-a-command']} not a command\n`,
);
