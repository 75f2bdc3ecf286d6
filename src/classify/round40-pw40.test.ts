/**
 * Round 40 (pw40): classes found by a first-contact set of a Windows developer's and admin's everyday lines
 * (blind40-winday.yaml; neighbours fix40-pw40.yaml): SqlLocalDB as catalogue data (shell/tools/windows-dev-catalogue.ts),
 * a script block made from a literal run by `&` or `.` (powershell/walk.ts scriptBlockLiteral), an upper-case numeric
 * multiplier after an operator in a variable's expression (powershell/repair.ts), a common parameter's value kept out of
 * Get-ChildItem's folders (walk.ts outputOf), a session whose folder or home is a Windows path counting as Windows for
 * `$env:TEMP` (walk.ts runPowerShellSource), and Add-Content, `Out-File -Append` and cmd's `>>` read as the shell's `>>`
 * (shell/tools/filesystem.ts appendTo).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: 'C:\\src\\app', home: 'C:\\Users\\dev' });
const linux = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const ps = (input: string): string => answer('powershell', input).decision;
const cmd = (input: string): string => answer('cmd', input).decision;

test('SqlLocalDB: info, versions, create, start, stop and share are benign; delete (d) is destructive', () => {
  for (const c of ['sqllocaldb info', 'sqllocaldb i MSSQLLocalDB', 'SqlLocalDB.exe versions', 'sqllocaldb create T1 -s', 'sqllocaldb stop MSSQLLocalDB -k', 'sqllocaldb p MSSQLLocalDB', 'sqllocaldb share MSSQLLocalDB Shared1']) assert.equal(cmd(c), 'benign', c);
  for (const c of ['sqllocaldb delete MSSQLLocalDB', 'SQLLOCALDB D MSSQLLocalDB', 'SqlLocalDB.exe d ProjectsV13']) assert.equal(cmd(c), 'destructive', c);
  assert.equal(ps('& SqlLocalDB.exe delete MSSQLLocalDB'), 'destructive');
});

test('a script block made from one literal is read as PowerShell; any other text stays unseen', () => {
  assert.equal(ps("& ([scriptblock]::Create('Get-ChildItem C:\\logs | Measure-Object'))"), 'benign');
  assert.equal(ps('. ([System.Management.Automation.ScriptBlock]::Create("git status"))'), 'benign');
  assert.equal(ps("& ([scriptblock]::Create('Write-Host ''done''; git log -n 1'))"), 'benign');
  assert.equal(ps("& ([scriptblock]::Create('Remove-Item -Recurse -Force D:\\Data'))"), 'destructive');
  assert.equal(ps("& ([scriptblock]::Create('git log -n 1; git reset --hard'))"), 'destructive');
  // Not fixed: a variable, an expandable string, a concatenation, an argument passed to the block.
  for (const c of ["& ([scriptblock]::Create($text))", '& ([scriptblock]::Create("Remove-Item $p"))', "& ([scriptblock]::Create('git ' + $rest))", "& ([scriptblock]::Create('git status')) --porcelain"]) assert.notEqual(ps(c), 'benign', c);
});

test('an upper-case multiplier after an operator parses; the pipeline after it is still judged', () => {
  assert.equal(ps("Get-VM | Select-Object Name, @{n='MemGB';e={$_.MemoryAssigned/1GB}} | Sort-Object MemGB -Descending"), 'benign');
  assert.equal(ps("Get-ChildItem C:\\logs | Select-Object Name, @{n='KB';e={$_.Length/1KB}}, LastWriteTime | Format-Table"), 'benign');
  assert.equal(ps("Get-ChildItem D:\\Data | Select-Object FullName, @{n='GB';e={$_.Length/1GB}} | Remove-Item -Recurse -Force"), 'destructive');
  assert.equal(ps('Get-ChildItem D:\\Data -Recurse | Where-Object {$_.Length/1MB -gt 100} | Remove-Item -Force'), 'destructive');
});

test("a common parameter's value is not one of Get-ChildItem's folders", () => {
  for (const c of ['Get-ChildItem C:\\Windows\\Temp -ErrorAction SilentlyContinue | Remove-Item -Recurse -Force', 'Get-ChildItem C:\\Windows\\Temp -EA 0 | Remove-Item -Recurse -Force', 'Get-ChildItem C:\\Windows\\Temp -ErrorVariable e -OutVariable o | Remove-Item -Recurse -Force']) assert.equal(ps(c), 'benign', c);
  for (const c of ['Get-ChildItem D:\\Data -ErrorAction SilentlyContinue | Remove-Item -Recurse -Force', 'Get-ChildItem -ErrorAction Ignore D:\\Data | Remove-Item -Recurse -Force', 'Get-ChildItem $HOME\\Documents -EA 0 | Remove-Item -Recurse -Force']) assert.equal(ps(c), 'destructive', c);
});

test("a Windows session's bare $env:TEMP is its temporary folder; PowerShell on Linux stays fail-closed", () => {
  assert.equal(ps('Get-ChildItem $env:TEMP | Remove-Item -Recurse -Force'), 'benign');
  assert.equal(ps('Get-ChildItem -Path "$env:TMP" -Recurse | Remove-Item -Force'), 'benign');
  assert.equal(ps('Get-ChildItem $env:USERPROFILE | Remove-Item -Recurse -Force'), 'destructive');
  assert.equal(linux('powershell', 'Get-ChildItem $env:TEMP | Remove-Item -Recurse -Force').decision, 'destructive');
});

test("Add-Content, Out-File -Append and cmd's >> append as the shell's >> does", () => {
  for (const c of ['Add-Content -Path $HOME\\.ssh\\config -Value "Host db01"', '"Host jump" | Out-File -Append $HOME\\.ssh\\config', 'Add-Content -Path C:\\Windows\\System32\\drivers\\etc\\hosts -Value "127.0.0.1 app.local"']) assert.equal(ps(c), 'benign', c);
  assert.equal(cmd('echo Host build02>> %USERPROFILE%\\.ssh\\config'), 'benign');
  for (const c of ['Add-Content -Path $HOME\\.ssh\\authorized_keys -Value "ssh-ed25519 AAAA x"', 'Set-Content -Path $HOME\\.ssh\\config -Value "Host *"', 'Add-Content -Path $HOME\\.ssh\\config* -Value "Host x"']) assert.equal(ps(c), 'destructive', c);
  assert.equal(cmd('echo ssh-ed25519 AAAA vendor>> C:\\ProgramData\\ssh\\administrators_authorized_keys'), 'destructive');
});
