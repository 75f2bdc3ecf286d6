import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isHeldOut } from './helpers/classify-corpus.ts';
import { checkLabelsFile } from './helpers/labels-file.ts';
import { extractPsdocsExamples, inPsdocsSample, isCmdletPage, isLiteralAssignment, moduleOf, psdocsExampleId } from '../scripts/psdocs-pages.ts';

/**
 * The PowerShell reference importer's pure part (scripts/psdocs-pages.ts), on a page written for this test
 * (test/fixtures/psdocs/Remove-Frob.md), and the labels file's shape. The snapshot is not fetched in CI: the suite's
 * figures are read by hand (`npm run classify:report -- --suite psdocs`, docs/classifier-evaluation.md); where it is
 * imported, its cases are checked against the labels.
 */

test('a page: each `###` of EXAMPLES is an example; its `powershell` blocks split into statements, what is not one command line marked', () => {
  const ex = extractPsdocsExamples(readFileSync('test/fixtures/psdocs/Remove-Frob.md', 'utf8'));
  assert.deepEqual(
    ex.map((e) => [e.n, e.title]),
    [
      [1, 'Remove one frob'],
      [2, 'A session, a pipeline over two lines and a literal'],
      [3, 'A script body over several lines (the page numbers two examples 2)'],
    ],
  );
  assert.deepEqual(ex[0]!.statements, [{ k: 1, command: 'Remove-Frob -Name widget', line: 24 }]);
  // a session: prompts stripped, `>>` joins, output after a prompt left out; a backtick joins; a literal splat left out
  assert.deepEqual(
    ex[1]!.statements.map((s) => [s.k, s.command, s.out ?? 'case']),
    [
      [1, "$n = 'widget'", 'literal'],
      [2, 'Get-Frob |\nRemove-Frob', 'case'],
      [3, 'Get-Frob', 'case'],
      [4, 'Name\n----\ngadget', 'output'],
      [5, 'Get-Frob -All `\n  -Verbose', 'case'],
      [6, "$params = @{\n    Name = 'gadget'\n}", 'literal'],
      [7, 'Remove-Frob @params', 'case'],
    ],
  );
  // a body over several lines is a script, left out; code quoted in a note is not read
  assert.deepEqual(
    ex[2]!.statements.map((s) => [s.command, s.out ?? 'case']),
    [
      ['foreach ($f in Get-Frob) {\n    Remove-Frob $f\n}', 'script'],
      ['Get-Frob | ForEach-Object { $_.Name } # one line', 'case'],
    ],
  );
});

test('literals: strings, numbers, lists and hashtables of them; anything that runs a command is not one', () => {
  for (const s of ["$a = 'x'", '$n = 5', '$b = $true', "$h = @{ A = 'x'; B = @{ C = 1 } }", "$l = 'a', 'b',\n  'c'", "$t = @'\ntext\n'@"]) assert.ok(isLiteralAssignment(s), s);
  for (const s of ['$p = Get-Process', "$h = @{ A = (Get-Date) }", '$s = "a $(Remove-Item x)"', "$h = @{ S = { Remove-Item x } }", 'Get-Frob']) assert.ok(!isLiteralAssignment(s), s);
});

test('cmdlet pages of one version only; ids name the cmdlet; the sample is a hash of the example id', () => {
  for (const p of ['reference/7.7/Microsoft.PowerShell.Management/Remove-Item.md', 'reference/7.7/CimCmdlets/Get-CimInstance.md']) assert.ok(isCmdletPage(p, '7.7'), p);
  for (const p of ['reference/7.6/Microsoft.PowerShell.Management/Remove-Item.md', 'reference/7.7/Microsoft.PowerShell.Core/About/about_Remote.md', 'reference/7.7/CimCmdlets/CimCmdlets.md', 'reference/7.7/Microsoft.PowerShell.Core/About/About.md']) assert.ok(!isCmdletPage(p, '7.7'), p);
  assert.equal(moduleOf('reference/7.7/CimCmdlets/Get-CimInstance.md'), 'CimCmdlets');
  assert.equal(psdocsExampleId('reference/7.7/Microsoft.PowerShell.Management/Remove-Item.md', 4), 'psdocs-remove-item-4');
  assert.deepEqual([1, 2, 3, 4, 5, 6].map((n) => inPsdocsSample(psdocsExampleId('reference/7.7/Frob.Tools/Remove-Frob.md', n))), [true, true, false, true, true, false]);
});

test('the labels file: one line per sampled statement, a label or a reason to leave it out, a why for every line left out', () => {
  const { entries } = checkLabelsFile('test/corpus/psdocs-labels.yaml', /^psdocs-[a-z0-9-]+-\d+-\d+$/, (id) => assert.ok(inPsdocsSample(id.replace(/-\d+$/, '')), `${id} is not in the sample`));
  // Round 42 (ol42): 983 sampled statements, 31 destructive as labelled blind (11 in the held-out third).
  assert.ok(entries.length >= 983);
  assert.ok(entries.filter((e) => e['label'] === 'destructive').length >= 31);
  assert.ok(entries.filter((e) => e['label'] === 'destructive' && isHeldOut(String(e['id']))).length >= 11);
});

const FILE = '.peer-suites/psdocs/cases.jsonl';
test('the imported suite: each case a labelled line, typed `powershell`, citing the repository, path and commit', { skip: existsSync(FILE) ? false : `${FILE} not imported (scripts/import-psdocs.ts)` }, () => {
  const { entries } = checkLabelsFile('test/corpus/psdocs-labels.yaml', /^psdocs-[a-z0-9-]+-\d+-\d+$/);
  const labels = new Map(entries.map((e) => [String(e['id']), e['label']]));
  const cases = readFileSync(FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.ok(cases.length > 0);
  for (const c of cases) {
    assert.equal(c['label'], labels.get(String(c['id'])), String(c['id']));
    assert.equal(c['input_type'], 'powershell');
    assert.equal(c['repo'], 'MicrosoftDocs/PowerShell-Docs');
    assert.match(String(c['path']), /^reference\/7\.7\/[^/]+\/[A-Za-z]+-[A-Za-z0-9]+\.md$/);
    assert.match(String(c['commit']), /^[0-9a-f]{40}$/);
  }
});
