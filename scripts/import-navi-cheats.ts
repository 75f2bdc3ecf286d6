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
 * repositories given, so that the sheets and their labels cannot drift apart silently (`applyLabels`, `finishSuite` in
 * snapshot-import.ts: shared with cheat.sh's importer). Sheets under `windows/` are PowerShell (`input_type: powershell`).
 * `--unlabelled` prints the examples that have no line yet (id, description, command), for labelling.
 */
import { basename, dirname, join } from 'node:path';
import type { PeerCase } from './import-peer-suites.ts';
import { extractNaviExamples, naviExampleId, unfilledTemplate } from './navi-cheats.ts';
import { applyLabels, caseCount, failer, finishSuite, importArgs, openSnapshot, readLabels, type SheetExample, sheetLabelsSchema } from './snapshot-import.ts';

const LABELS = 'test/corpus/navi-labels.yaml';
const OUT = join('.peer-suites', 'navi-cheats');

// annotated: a `never` function only narrows what follows its call when its type is written out
const fail: (message: string) => never = failer('import-navi-cheats');

const { dirs, unlabelled } = importArgs('usage: node scripts/import-navi-cheats.ts GIT_DIR... [--unlabelled]\n(snapshots\' git directories, e.g. /work/.mirror/denisidoro+cheats/repo /work/.mirror/papanito+cheats/repo)', fail, true);

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

const read: string[] = [];
/** Where each example came from, by id: its repository and commit. */
const source = new Map<string, { repo: string; commit: string }>();
function* examples(): Generator<SheetExample> {
  for (const dir of dirs) {
    const { git, commit } = openSnapshot(dir, fail);
    const repo = repoOf(dir, git);
    const sheets = git('ls-tree', '-r', '--name-only', commit).split('\n').filter((p) => /\.cheat(\.md)?$/.test(p));
    if (sheets.length === 0) fail(`${dir}: no \`.cheat\` sheet at ${commit.slice(0, 12)} (not a navi cheats snapshot?)`);
    read.push(`${sheets.length} sheets of ${repo} at ${commit.slice(0, 12)}`);
    for (const sheet of sheets) {
      for (const ex of extractNaviExamples(git('show', `${commit}:${sheet}`))) {
        const id = naviExampleId(repo.split('/')[0]!, sheet, ex.n);
        source.set(id, { repo, commit });
        yield { id, description: ex.description, command: ex.command, path: sheet, line: ex.line };
      }
    }
  }
}

const labels = readLabels(LABELS, sheetLabelsSchema(/^navi-[a-z0-9-]+-\d+$/), fail);
/**
 * Round 42 (nxa42, the lead's answer 426.5): templates navi cannot fill (`unfilledTemplate`) are not commands as written:
 * left out and counted, whatever their line in the labels file says (the line stays, as written blind, and is used up here
 * so that it names an example read).
 */
let templates = 0;
function* commands(): Generator<SheetExample> {
  for (const ex of examples()) {
    if (!unfilledTemplate(ex.command)) {
      yield ex;
      continue;
    }
    templates++;
    labels.delete(ex.id);
  }
}
const result = applyLabels(commands(), labels, (ex, label) => {
  const c: PeerCase = { id: ex.id, suite: 'navi-cheats', label, command: ex.command, repo: source.get(ex.id)!.repo, path: ex.path, line: ex.line, commit: source.get(ex.id)!.commit };
  if (ex.path.startsWith('windows/')) c.input_type = 'powershell';
  return c;
}, fail);
const file = finishSuite(result, labels, { labels: LABELS, outDir: OUT }, unlabelled, fail);
process.stdout.write(
  `navi-cheats: ${caseCount(result.cases)} from ${read.join(' and ')} -> ${file}\n` +
    `left out: ${result.leftOut.interactive} typed inside an interactive program, ${result.leftOut['not-a-command']} not a command, ${templates} templates navi cannot fill\n`,
);
