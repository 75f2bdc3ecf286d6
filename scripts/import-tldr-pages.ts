/**
 * `node scripts/import-tldr-pages.ts GIT_DIR [--unlabelled]`: the English pages of a tldr-pages snapshot
 * (a bare git directory, e.g. `/work/.mirror/tldr-pages+tldr/repo`) at its HEAD, `pages/{common,linux,osx,windows}`,
 * into `.peer-suites/tldr-pages/cases.jsonl` (git-ignored: nothing from tldr is ever committed), one case per
 * example that `test/corpus/tldr-labels.yaml` labels, with the repository, path, line and commit.
 *
 * Only the sample (`inSample`: a fixed fraction of pages by a hash of `platform/page`) is labelled; examples of
 * sampled pages without a label are left out (pages we chose not to label: games, GUIs, media players).
 * `--unlabelled` prints the sampled examples that have no label yet (id, description, command), for labelling.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { exampleId, extractExamples, inferInputType, inSample, PLATFORMS } from './tldr-pages.ts';
import type { PeerCase } from './import-peer-suites.ts';
import { caseCount, failer, importArgs, openSnapshot, readLabels } from './snapshot-import.ts';

const LABELS = 'test/corpus/tldr-labels.yaml';
const OUT = join('.peer-suites', 'tldr-pages');

const labelSchema = z.array(
  z.strictObject({
    id: z.string().regex(/^tldr-(common|linux|osx|windows)-[a-z0-9-]+-\d+$/),
    label: z.enum(['destructive', 'benign']),
    why: z.string().min(3).optional(),
    input_type: z.enum(['command', 'powershell', 'cmd']).optional(),
  }),
);

// annotated: a `never` function only narrows what follows its call when its type is written out
const fail: (message: string) => never = failer('import-tldr-pages');

const { dirs: [dir], unlabelled: printUnlabelled } = importArgs('usage: node scripts/import-tldr-pages.ts GIT_DIR [--unlabelled]\n(a snapshot\'s git directory, e.g. /work/.mirror/tldr-pages+tldr/repo)', fail);
const { git, commit } = openSnapshot(dir!, fail);
const repo = 'tldr-pages/tldr';
const labels = readLabels(LABELS, labelSchema, fail);
const seen = new Set<string>();
const cases: PeerCase[] = [];
const unlabelled: string[] = [];
for (const platform of PLATFORMS) {
  const paths = git('ls-tree', '--name-only', commit, `pages/${platform}/`).split('\n').filter((p) => p.endsWith('.md'));
  if (paths.length === 0) fail(`${dir}: no pages under pages/${platform}/ at ${commit.slice(0, 12)} (not a tldr-pages snapshot?)`);
  for (const path of paths) {
    const page = path.replace(/^.*\//, '').replace(/\.md$/, '');
    if (!inSample(platform, page)) continue;
    for (const ex of extractExamples(git('show', `${commit}:${path}`))) {
      const id = exampleId(platform, page, ex.n);
      if (seen.has(id)) fail(`two examples share the id \`${id}\` (${path})`);
      seen.add(id);
      const l = labels.get(id);
      if (!l) {
        unlabelled.push(`${id}\t${ex.description}\t${ex.command}`);
        continue;
      }
      labels.delete(id);
      const input_type = l.input_type ?? inferInputType(platform, ex.command);
      cases.push({ id, suite: 'tldr-pages', label: l.label, command: ex.command, repo, path, line: ex.line, commit, input_type });
    }
  }
}
if (labels.size > 0) fail(`${LABELS}: ${labels.size} labels name no example of the sample at ${commit.slice(0, 12)}, e.g. \`${[...labels.keys()][0]}\``);
if (printUnlabelled) {
  process.stdout.write(unlabelled.join('\n') + (unlabelled.length > 0 ? '\n' : ''));
  process.exit(0);
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + (cases.length > 0 ? '\n' : ''));
process.stdout.write(`tldr-pages: ${caseCount(cases, `; ${unlabelled.length} sampled examples without a label left out`)} from ${repo} at ${commit.slice(0, 12)} -> ${join(OUT, 'cases.jsonl')}\n`);
