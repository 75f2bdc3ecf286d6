/**
 * Round 34 (k34): the lead's answer 348.2, a batch file's lines read together (a `set` on one line fills `%NAME%` on a
 * later one, `setlocal`/`endlocal` scope it, `for /d /r %d in (NAME)` names every NAME folder in the tree, a line's own
 * `set` fills its delayed `!NAME!` for the build-output pairing); build output in an Azure Pipelines checkout; icacls
 * `/reset` of the workspace and `/inheritance:r` with no grant. fix34-k34.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' });
const decide = (line: string): string => answer('cmd', line).decision;

test('a set on an earlier line fills a later %NAME%; the same line, a command output or an unset name stays unfixed', () => {
  assert.equal(decide('set B=C:\\Users\\dev\\app\\out\nrd /s /q %B%'), 'benign');
  assert.equal(decide('set "B=bin\\Debug"\nif exist "%B%" rd /s /q "%B%"'), 'benign');
  assert.equal(decide('set B=C:\\Users\\dev\\app\\src\nrd /s /q %B%'), 'destructive');
  // cmd expands the whole line before its `set` runs (`set /?`): the folder is whatever B held before.
  assert.equal(decide('set B=C:\\Users\\dev\\app\\out && rd /s /q %B%'), 'destructive');
  assert.equal(decide("for /f %%i in ('cd') do set B=%%i\nrd /s /q %B%\\out"), 'destructive');
  assert.equal(decide('rd /s /q %B%'), 'destructive');
});

test('setlocal and endlocal: a name set between them has its earlier value again after endlocal', () => {
  assert.equal(decide('setlocal\nset B=out\nrd /s /q %B%\nendlocal'), 'benign');
  assert.equal(decide('set B=src\nsetlocal\nset B=out\nendlocal\nrd /s /q %B%'), 'destructive');
  assert.equal(decide('setlocal\nset B=out\nendlocal\nrd /s /q %B%'), 'destructive');
  assert.equal(decide('set B=out\nsetlocal\nset B=src\nendlocal\nrd /s /q %B%'), 'benign');
});

test('for /d /r %d in (NAME): every NAME folder under a workspace root is judged as that folder; a wildcard, `.` or an outside root stays unknown', () => {
  for (const name of ['TestResults', '.vs', 'out', 'node_modules']) assert.equal(decide(`for /d /r %%d in (${name}) do rd /s /q "%%d"`), 'benign', name);
  for (const name of ['src', '.git', 'bin', '.', 'Properties']) assert.equal(decide(`for /d /r %%d in (${name}) do rd /s /q "%%d"`), 'destructive', name);
  assert.equal(decide('for /d /r C:\\ %%d in (TestResults) do rd /s /q "%%d"'), 'destructive');
  assert.equal(decide('for /d /r ..\\other %%d in (out) do rd /s /q "%%d"'), 'destructive');
});

test("a line's own set fills its delayed !NAME! and !NAME:a=b! for the bin/obj pair", () => {
  assert.equal(decide('setlocal EnableDelayedExpansion\nfor /d /r %%d in (obj) do (\n  set "D=%%d"\n  rd /s /q "!D!" & rd /s /q "!D:obj=bin!"\n)'), 'benign');
  assert.equal(decide('setlocal EnableDelayedExpansion\nfor /d /r %%d in (obj) do (\n  set "D=%%d"\n  rd /s /q "!D:obj=bin!"\n)'), 'destructive');
  assert.equal(decide('setlocal EnableDelayedExpansion\nfor /d /r %%d in (obj) do (\n  set "D=%%d"\n  rd /s /q "!D!" & rd /s /q "!D:obj=src!"\n)'), 'destructive');
  assert.equal(decide('cmd /v:on /c "set D=obj&& rd /s /q !D! & rd /s /q !E!"'), 'destructive');
});

test("build output in an Azure Pipelines checkout (`_work\\N\\s`) wherever the session is; the checkout and its sources are not", () => {
  const ci = (line: string): string => answer('cmd', line, { cwd: 'C:\\src\\ledger', home: 'C:\\Users\\dev' }).decision;
  assert.equal(ci('if exist "%AGENT_BUILDDIRECTORY%\\s\\TestResults" rd /s /q "%AGENT_BUILDDIRECTORY%\\s\\TestResults"'), 'benign');
  assert.equal(ci('rd /s /q D:\\agent\\_work\\4\\s\\Web\\node_modules'), 'benign');
  assert.equal(ci('rd /s /q "%AGENT_BUILDDIRECTORY%\\s"'), 'destructive');
  assert.equal(ci('rd /s /q "%AGENT_BUILDDIRECTORY%\\s\\src"'), 'destructive');
  assert.equal(ci('rd /s /q D:\\agent\\_work\\4\\s\\..\\..\\node_modules'), 'destructive');
  assert.equal(ci('rd /s /q D:\\_work2\\4\\s\\obj'), 'destructive');
});

test('icacls /reset alone on the workspace writes; /inheritance:r with no grant outside it locks out', () => {
  assert.equal(decide('icacls . /reset /T /Q'), 'benign');
  assert.equal(decide('icacls . /reset /T /grant Everyone:F'), 'destructive');
  assert.equal(decide('icacls . /reset /T /setowner Guest'), 'destructive');
  assert.equal(decide('icacls C:\\Users\\dev /reset /T'), 'destructive');
  assert.equal(decide('icacls "%USERPROFILE%" /inheritance:r'), 'destructive');
  assert.equal(decide('icacls C:\\Windows\\System32\\config /inheritance:r'), 'destructive');
  assert.equal(decide('icacls key.pem /inheritance:r /grant:r "%USERNAME%":R'), 'benign');
  assert.equal(decide('icacls "%USERPROFILE%" /inheritance:d'), 'benign');
});
