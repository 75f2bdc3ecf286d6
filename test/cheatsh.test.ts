import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isHeldOut } from './helpers/classify-corpus.ts';
import { checkLabelsFile } from './helpers/labels-file.ts';
import { cheatshExampleId, extractCheatshExamples, inCheatshSample, isCommandSheet } from '../scripts/cheatsh-sheets.ts';
import { applyLabels, type SheetLabel } from '../scripts/snapshot-import.ts';

/**
 * The cheat.sh importer's pure part (scripts/cheatsh-sheets.ts), on a sheet written for this test
 * (test/fixtures/cheatsh/frob), the label loop it shares with navi's and cheatsheets' importers (applyLabels), and the
 * labels file's shape. The snapshot is not fetched in CI: the suite's figures are read by hand (`npm run classify:report
 * -- --suite cheatsh`, docs/classifier-evaluation.md).
 */

test('a sheet is blocks of `#` descriptions and command lines; continued and compound lines join, each other line is an example', () => {
  assert.deepEqual(extractCheatshExamples(readFileSync('test/fixtures/cheatsh/frob', 'utf8')), [
    { n: 1, description: 'Frobnicate one widget.', command: 'frob widget_file', line: 5 },
    { n: 2, description: 'Frobnicate every widget, a loop over two lines', command: 'for w in *.widget; do\nfrob "$w"; done', line: 8 },
    { n: 3, description: 'A continued line and a placeholder', command: 'frob --speed speed \\\n--all', line: 12 },
    { n: 4, description: 'Two commands under one description', command: 'frob --list', line: 16 },
    { n: 5, description: 'Two commands under one description', command: 'frob --count', line: 17 },
  ]);
});

test('command sheets are the files right under sheets/, not the language folders; ids name the sheet', () => {
  for (const p of ['sheets/tar', 'sheets/cryptsetup luksOpen', 'sheets/yq_v4']) assert.ok(isCommandSheet(p), p);
  for (const p of ['sheets/_go/for', 'sheets/_python/lambda', 'see_also/tar', 'README.md', 'sheets/x/y']) assert.ok(!isCommandSheet(p), p);
  assert.equal(cheatshExampleId('sheets/tar', 2), 'cheatsh-tar-2');
  assert.equal(cheatshExampleId('sheets/cryptsetup luksOpen', 4), 'cheatsh-cryptsetup-luksopen-4');
  assert.equal(cheatshExampleId('sheets/yq_v4', 1), 'cheatsh-yq-v4-1');
});

test('the sample is a hash of the id: the same ids in and out on every run', () => {
  assert.deepEqual(['cheatsh-frob-1', 'cheatsh-frob-2', 'cheatsh-frob-3', 'cheatsh-frob-4', 'cheatsh-frob-5'].map(inCheatshSample), [true, true, true, false, false]);
});

test('applyLabels: labelled examples become cases, `out` ones are counted, unlabelled ones listed, used labels taken out', () => {
  const ex = (id: string) => ({ id, description: 'd', command: `frob ${id}`, path: 'sheets/frob', line: 1 });
  const labels = new Map<string, SheetLabel>([
    ['x-1', { id: 'x-1', label: 'destructive' }],
    ['x-2', { id: 'x-2', out: 'interactive', why: 'keys' }],
    ['x-9', { id: 'x-9', label: 'benign' }],
  ]);
  const fail = (m: string): never => {
    throw new Error(m);
  };
  const r = applyLabels([ex('x-1'), ex('x-2'), ex('x-3')], labels, (e, label) => ({ id: e.id, suite: 't', label, command: e.command, repo: 'r/r', path: e.path, line: e.line, commit: 'c' }), fail);
  assert.deepEqual(r.cases.map((c) => [c.id, c.label]), [['x-1', 'destructive']]);
  assert.deepEqual(r.leftOut, { interactive: 1, 'not-a-command': 0 });
  assert.deepEqual(r.unlabelled, ['x-3\td\tfrob x-3']);
  assert.deepEqual([...labels.keys()], ['x-9']);
  assert.throws(() => applyLabels([ex('x-1'), ex('x-1')], new Map(), () => ({}) as never, fail), /two examples share the id `x-1`/);
});

test('the labels file: one line per sampled example, a label or a reason to leave it out, a why for every example left out', () => {
  const { entries } = checkLabelsFile('test/corpus/cheatsh-labels.yaml', /^cheatsh-[a-z0-9-]+-\d+$/, (id) => assert.ok(inCheatshSample(id), `${id} is not in the sample`));
  // Round 41 (ol41): 1099 sampled examples, 36 destructive as labelled blind (40 after answer 317), 10 in the held-out third.
  assert.ok(entries.length >= 1099);
  assert.ok(entries.filter((e) => e['label'] === 'destructive').length >= 40);
  assert.ok(entries.filter((e) => e['label'] === 'destructive' && isHeldOut(String(e['id']))).length >= 10);
});
