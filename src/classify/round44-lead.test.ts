/**
 * Round 44 (the lead's review of ps44): a variable that a block which may run or not (a `switch` clause, a loop's body, a
 * `try`, a `trap`) sets is not one fixed value after it, as ps44 made it for an `if` (walk.ts mayRunOrNot). Before, the
 * block's value was read as the only one: `$d = 'C:\Windows'; switch ($x) { 'a' { $d = '.\tmp' } }; Remove-Item $d`
 * was benign. fix44-lead.yaml holds the corpus neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const ps = (i: string) => (batch('powershell', i) as unknown as { decision: string }).decision;

test('a value set inside a block that may not run is not fixed after it (fail closed)', () => {
  const blocks = [
    "switch ($x) { 'a' { $d = '.\\tmp' } }",
    'while ($more) { $d = ".\\tmp" }',
    'do { $d = ".\\tmp" } while ($more)',
    'for ($i = 0; $i -lt $n; $i++) { $d = ".\\tmp" }',
    'foreach ($f in $files) { $d = ".\\tmp" }',
    'try { Get-Item .\\x -ErrorAction Stop; $d = ".\\tmp" } catch { }',
  ];
  for (const b of blocks) assert.notEqual(ps(`$d = 'C:\\Windows'; ${b}; Remove-Item -Recurse -Force $d`), 'benign', b);
});

test('a value no block touches keeps its reading, and a block that sets another variable changes nothing', () => {
  assert.equal(ps("$d = '.\\tmp'; for ($i = 0; $i -lt 3; $i++) { Write-Host $i }; Remove-Item -Recurse -Force $d"), 'benign');
  assert.equal(ps("$d = '.\\tmp'; switch ($x) { 'a' { $n = 1 } }; Remove-Item -Recurse -Force $d"), 'benign');
  assert.equal(ps("foreach ($f in Get-ChildItem .\\tmp) { $n = $f.Name; Write-Host $n }; Remove-Item -Recurse .\\tmp"), 'benign');
});
