import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isHeldOut } from './helpers/classify-corpus.ts';
import { checkLabelsFile } from './helpers/labels-file.ts';
import { extractNaviExamples, fillVariables, naviExampleId } from '../scripts/navi-cheats.ts';

/**
 * The navi cheats importer's pure part, on a sheet written for this test (test/fixtures/navi-cheats/frob.cheat), and the
 * labels file's shape. The snapshots are not fetched in CI: the suite's figures are read by hand
 * (`npm run classify:report -- --suite navi-cheats`, docs/classifier-evaluation.md).
 */

test('every command under a `#` description is an example; command lines join until the next `#`, `%`, `$` or `@` line; `;` lines are ignored', () => {
  const examples = extractNaviExamples(readFileSync('test/fixtures/navi-cheats/frob.cheat', 'utf8'));
  assert.deepEqual(examples, [
    { n: 1, tags: 'frob, widgets', description: "A sheet written for this test, in navi's .cheat format. Frobnicate one widget", command: 'frob widget_file', line: 4 },
    { n: 2, tags: 'frob, widgets', description: 'Frobnicate with a variable whose values a generator suggests', command: 'frob --speed speed widget-name', line: 8 },
    { n: 3, tags: 'frob, widgets', description: 'A multi-line command: its lines join, a blank line between them included', command: 'frob --one \\\n  --two file\nfrob --three', line: 12 },
    {
      n: 4,
      tags: 'frob, widgets',
      description: 'A loop with a shell comment inside it (indented: a line of the command, not a description)',
      command: 'for w in *.widget; do\n  # frob each one\n  frob "$w"\ndone',
      line: 18,
    },
    {
      n: 5,
      tags: 'frob, shell',
      description: "Shell's own angle brackets stay: redirections, process substitution, here-documents",
      command: 'frob < ~/widgets.txt 2>&1 && diff <(frob -l a) <(frob -l b) && cat <<EOF2\none line of a here-document, in $HOME\nEOF2\nfrob <API Management service>',
      line: 27,
    },
  ]);
});

test('variables: `<name>` becomes its name; shell brackets and names navi does not prompt for stay', () => {
  assert.equal(fillVariables('docker rmi <image_id>'), 'docker rmi image_id');
  assert.equal(fillVariables('kubectl -n <namespace> get pod <pod-name>'), 'kubectl -n namespace get pod pod-name');
  assert.equal(fillVariables('docker build -t <image>:<version> .'), 'docker build -t image:version .');
  for (const shell of ['mysql -u root < ~/dump.sql', 'sort <in.txt >out.txt', 'diff <(ls a) <(ls b)', 'cat <<EOF', 'echo $<x>', 'az apim api list -n <API Management service>', 'cmd > out 2>&1']) {
    assert.equal(fillVariables(shell), shell, shell);
  }
});

test('ids name the owner and the sheet path without `.cheat`', () => {
  assert.equal(naviExampleId('denisidoro', 'pkg_mgr/pacman.cheat', 3), 'navi-denisidoro-pkg-mgr-pacman-3');
  assert.equal(naviExampleId('papanito', 'kubernetes/k8s_pvc.cheat', 12), 'navi-papanito-kubernetes-k8s-pvc-12');
  assert.equal(naviExampleId('Someone', 'notes.cheat.md', 1), 'navi-someone-notes-1');
});

test('the labels file: one line per example, a label or a reason to leave it out, a why for every example left out', () => {
  const { entries, ids } = checkLabelsFile('test/corpus/navi-labels.yaml', /^navi-[a-z0-9-]+-\d+$/);
  // Each sheet's ids are numbered from 1 with no gap: a line lost or added by hand shows here.
  const bySheet = new Map<string, number[]>();
  for (const id of ids) {
    const m = /^(.*)-(\d+)$/.exec(id)!;
    bySheet.set(m[1]!, [...(bySheet.get(m[1]!) ?? []), Number(m[2])]);
  }
  for (const [sheet, ns] of bySheet) assert.deepEqual(ns.sort((a, b) => a - b), ns.map((_, i) => i + 1), sheet);
  // Round 40 (ol40): 1102 examples, 50 destructive as labelled blind (46 after answers 52 and 81), 15 in the held-out third.
  assert.ok(entries.length >= 1100);
  assert.ok(entries.filter((e) => e['label'] === 'destructive').length >= 46);
  assert.ok(entries.filter((e) => e['label'] === 'destructive' && isHeldOut(String(e['id']))).length >= 15);
});
