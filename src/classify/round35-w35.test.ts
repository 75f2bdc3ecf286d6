/**
 * Round 35 (w35): the lead's Windows answers of round 34. 360.1 (by 356.2 and answer 133: a scheduled task that is no
 * safeguard's, deleted by one fixed name, is a write; a backup's, an updater's, an antivirus's, logging's and Windows's own
 * stay safeguards), 360.2 (answer 80: `shutdown /r /t 0` is a restart; `taskkill /fi "USERNAME eq dev"` follows `pkill -u
 * dev`, and a service account's processes follow `pkill -u postgres`), 360.4 (= 348.2's remainder: two-segment build paths
 * in an Azure Pipelines checkout), 360.5 (`!D:obj=bin!` fails closed when `obj` occurs before the last segment), 362.1
 * (answer 72 for resource groups: a wildcard over run- or PR-named groups is no scratch name) and 362.4 (a quoted program
 * path with spaces in cmd is read as that program). fix35-w35.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const WORKSPACE = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };
const PROFILE = { cwd: 'C:\\Users\\dev', home: 'C:\\Users\\dev' };
const answer = batchAnswers();
const cmd = (line: string, context: Record<string, string> = WORKSPACE): string => answer('cmd', line, context).decision;
const ps = (line: string): string => answer('powershell', line, WORKSPACE).decision;

test("answer 360.1: a scheduled task no safeguard's, deleted by one fixed name, is a write", () => {
  for (const c of ['schtasks /delete /tn "CleanupTemp" /f', 'schtasks /delete /tn "\\Contoso\\Nightly Report" /f', 'schtasks /delete /tn "DevTempCleanup" /f', 'schtasks /delete /tn e2e /f']) assert.equal(cmd(c), 'benign', c);
  for (const c of ["Unregister-ScheduledTask -TaskName CleanupTemp -Confirm:$false", "Unregister-ScheduledTask -TaskName ReportExport -TaskPath '\\Contoso\\' -Confirm:$false", "Get-ScheduledTask -TaskName CleanupTemp | Unregister-ScheduledTask -Confirm:$false", "Get-ScheduledTask CleanupTemp | Unregister-ScheduledTask -Confirm:$false"]) assert.equal(ps(c), 'benign', c);
});

test("answer 360.1: a safeguard's task, Windows's own, a wildcard, a listing, production or an unfixed name stay destructive", () => {
  for (const c of ['schtasks /delete /tn "\\Contoso\\Nightly SQL Backup" /f', 'schtasks /delete /tn "GoogleUpdateTaskMachineUA" /f', 'schtasks /delete /tn "DefenderQuickScan" /f', 'schtasks /delete /tn "temp-logs-rotation" /f', 'schtasks /delete /tn "\\Microsoft\\Windows\\Defrag\\ScheduledDefrag" /f', 'schtasks /delete /tn * /f', 'schtasks /delete /tn "ReportExport-Prod" /f', 'schtasks /delete /s prod-app01 /tn "CleanupTemp" /f', 'schtasks /delete /tn %TASK% /f', 'schtasks /delete /f']) assert.equal(cmd(c), 'destructive', c);
  for (const c of ["Unregister-ScheduledTask -TaskName 'Adobe Acrobat Update Task' -Confirm:$false", "Unregister-ScheduledTask -TaskName ScheduledDefrag -TaskPath '\\Microsoft\\Windows\\Defrag\\' -Confirm:$false", 'Unregister-ScheduledTask -TaskName $t -Confirm:$false', 'Unregister-ScheduledTask -TaskName CleanupTemp -TaskPath $p -Confirm:$false', "Get-ScheduledTask -TaskPath '\\Contoso\\' | Unregister-ScheduledTask -Confirm:$false", "Get-ScheduledTask -TaskName 'Clean*' | Unregister-ScheduledTask -Confirm:$false", 'Get-ScheduledTask -TaskName CleanupTemp | Where-Object State -eq Ready | Unregister-ScheduledTask -Confirm:$false', 'Unregister-ScheduledTask -TaskName CleanupTemp -CimSession prod-app01 -Confirm:$false']) assert.equal(ps(c), 'destructive', c);
});

test('answer 360.2: shutdown /r /t 0 is a restart; /t above 0, /f or a production host are not', () => {
  assert.equal(cmd('shutdown /r /t 0'), 'benign');
  for (const c of ['shutdown /r /t 30', 'shutdown /r /t 0 /f', 'shutdown /r /t 0 /m \\\\prod-web01', 'shutdown /s /t 0']) assert.equal(cmd(c), 'destructive', c);
});

test("answer 360.2: taskkill by a person's account follows pkill -u dev; a service account's, or every other account's, stops services", () => {
  for (const c of ['taskkill /f /fi "USERNAME eq dev"', 'taskkill /f /fi "USERNAME eq CONTOSO\\dev"', 'taskkill /f /im node.exe /fi "USERNAME ne dev"', 'taskkill /f /im w3wp.exe /fi "USERNAME eq IIS APPPOOL\\billing"']) assert.equal(cmd(c), 'benign', c);
  for (const c of ['taskkill /f /fi "USERNAME eq SYSTEM"', 'taskkill /f /fi "USERNAME eq NT AUTHORITY\\LOCAL SERVICE"', 'taskkill /f /fi "USERNAME eq NT SERVICE\\MSSQLSERVER"', 'taskkill /f /fi "USERNAME eq CONTOSO\\svc-build"', 'taskkill /f /fi "USERNAME eq jenkins"', 'taskkill /f /fi "USERNAME ne dev"', 'taskkill /f /fi "USERNAME eq d*"']) assert.equal(cmd(c), 'destructive', c);
  // The shell twin answers the same.
  assert.equal(answer('command', 'pkill -u dev').decision, 'benign');
  assert.equal(answer('command', 'pkill -u postgres').decision, 'destructive');
});

test('answer 360.4: two-segment build paths in an Azure Pipelines checkout are build output, from anywhere', () => {
  for (const c of ['rd /s /q C:\\agent\\_work\\7\\s\\src\\Api\\bin\\Release', 'rd /s /q "%AGENT_BUILDDIRECTORY%\\s\\src\\Api\\bin\\Debug"', 'rmdir /s /q E:\\build-agent\\_work\\12\\s\\Api\\bin\\Release', 'rd /s /q D:\\agents\\a1\\_work\\3\\s\\x64\\Release', 'rd /s /q C:\\agent\\_work\\7\\s\\src\\Api\\obj']) assert.equal(cmd(c, PROFILE), 'benign', c);
  for (const c of ['rd /s /q C:\\agent\\_work\\7\\s\\src\\Api\\bin', 'rd /s /q C:\\agent\\_work\\7\\s\\src\\Api', 'rd /s /q C:\\agent\\_work\\7\\s', 'rd /s /q C:\\agent\\_work\\7\\s\\bin\\Release\\..\\..\\src', 'rd /s /q C:\\build\\App\\bin\\Release']) assert.equal(cmd(c, PROFILE), 'destructive', c);
});

test('answer 360.5: a delayed substitution is read only when what it replaces sits in the last segment', () => {
  const loop = 'setlocal EnableDelayedExpansion\nfor /d /r %%d in (obj) do (\n  set "D=%%d"\n  rd /s /q "!D!" & rd /s /q "!D:obj=bin!"\n)';
  assert.equal(cmd(loop), 'benign');
  assert.equal(cmd(loop, { cwd: 'C:\\src\\objstore', home: 'C:\\Users\\dev' }), 'destructive');
  assert.equal(cmd('setlocal EnableDelayedExpansion\nset "D=C:\\Users\\dev\\app\\src\\Api\\obj"\nrd /s /q "!D!" & rd /s /q "!D:obj=bin!"'), 'benign');
  for (const edit of ['!D:obj=bin!', '!D:\\obj=\\bin!']) assert.equal(cmd(`setlocal EnableDelayedExpansion\nset "D=C:\\Users\\dev\\app\\objects\\Api\\obj"\nrd /s /q "${edit}"`), 'destructive', edit);
  // A value that is no path is edited as written.
  assert.equal(cmd('setlocal EnableDelayedExpansion\nset "V=1.2.3"\necho !V:.=_!'), 'benign');
});

test('answer 362.1: a wildcard over run- or PR-named resource groups is no scratch name; one group by its name is', () => {
  for (const c of ["Get-AzResourceGroup -Name 'rg-ci-run-*' | Where-Object { $_.Tags.createdBy -eq 'github-actions' } | Remove-AzResourceGroup -Force -AsJob", "Get-AzResourceGroup | Where-Object ResourceGroupName -like 'rg-pr-*' | Remove-AzResourceGroup -Force", 'az group list --query "[?starts_with(name,\'rg-ci-run-\')].name" -o tsv | ForEach-Object { az group delete -n $_ --yes --no-wait }']) assert.equal(ps(c), 'destructive', c);
  assert.equal(answer('command', 'az group list --query "[?starts_with(name,\'pr-\')].name" -o tsv | xargs -I{} az group delete -n {} --yes --no-wait').decision, 'destructive');
  assert.equal(ps('Remove-AzResourceGroup -Name rg-ci-run-55120 -Force -AsJob'), 'benign');
  assert.equal(answer('command', 'az group delete -n rg-pr-2214 --yes --no-wait').decision, 'benign');
});

test('answer 362.4: a quoted program path with spaces in cmd is read as that program, its file name deciding', () => {
  for (const c of ['"C:\\Program Files\\IIS Express\\appcmd.exe" delete site WebApp1', '"C:\\Program Files\\IIS Express\\appcmd.exe" delete site "WebApp1"', '"C:\\Program Files\\Git\\bin\\git.exe" status', '"C:\\Program Files\\Git\\bin\\git.exe" fetch --prune "origin"', '"C:\\Program Files\\7-Zip\\7z.exe" x "a.zip"']) assert.equal(cmd(c), 'benign', c);
  for (const c of ['"C:\\Program Files\\Git\\bin\\git.exe" push --force origin main', '"C:\\Program Files\\Git\\bin\\git.exe" push --force "origin" main', '"C:\\Program Files\\Microsoft SQL Server\\Client SDK\\ODBC\\170\\Tools\\Binn\\sqlcmd.exe" -S . -Q "DROP DATABASE Shop"', '"C:\\Program Files (x86)\\IIS\\appcmd.exe" delete site "x"']) assert.equal(cmd(c), 'destructive', c);
  // What the old quote rule lets run after the program is still judged; a line that is not a program path is read both ways.
  for (const c of ['"C:\\Program Files\\Git\\bin\\git.exe" status "x" & rd /s /q C:\\Users\\dev', '"C:\\Program Files\\x.exe" "a & rd /s /q C:\\Users & b" z', '"format C:"']) assert.notEqual(cmd(c), 'benign', c);
});
