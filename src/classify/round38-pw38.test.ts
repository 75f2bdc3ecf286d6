/**
 * Round 38 (pw38): the lead's answers 387.1 (an application's own log folder swept is its logs, 361.2; windows/tools.ts
 * appLogFolderSwept), 387.2 (msiexec /x of one program is a package manager's uninstall; windows/tools.ts
 * msiexecUninstall) and 387.4 (PowerShell `+=` leaves a variable not fixed; powershell/walk.ts), the catalogue by any case
 * on Windows (service-catalogue.ts windowsServiceTool), Copy-Item into a folder closed by `\` in single quotes
 * (windows/tools.ts landedIn), per-user MFA switched off through Microsoft Graph (rest-apis.ts graphEffects) and a SQL
 * Server database file replaced (windows/tools.ts databaseFileReplaced).
 * fix38-pw38.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: 'C:\\src\\shop', home: 'C:\\Users\\alex' });
const ps = (input: string): string => answer('powershell', input).decision;
const cmd = (input: string): string => answer('cmd', input).decision;

test("387.1: an application's own log folder swept, whole or by its contents, is benign in PowerShell and cmd", () => {
  for (const c of ['Remove-Item -Recurse -Force C:\\ProgramData\\Acme\\Agent\\logs\\*', 'Remove-Item C:\\ProgramData\\Acme\\logs -Recurse -Force', 'Remove-Item "$env:LOCALAPPDATA\\Docker\\log" -Recurse -Force', 'Get-ChildItem C:\\ProgramData\\ShopApi\\Logs -Recurse | Where-Object LastWriteTime -lt (Get-Date).AddDays(-7) | Remove-Item']) assert.equal(ps(c), 'benign', c);
  for (const c of ['del /q C:\\ProgramData\\Acme\\Logs\\*', 'rd /s /q %LOCALAPPDATA%\\Docker\\log', 'rd /s /q D:\\apps\\shop-api\\logs']) assert.equal(cmd(c), 'benign', c);
});

test('387.1: data folders of the same shape, shared roots, wildcards, Windows, database, security and audit logs stay destructive', () => {
  for (const c of ['Remove-Item -Recurse -Force C:\\ProgramData\\Acme\\data\\*', 'Remove-Item C:\\Windows\\Logs\\* -Recurse', 'Remove-Item C:\\ProgramData\\*\\logs -Recurse', 'Remove-Item C:\\logs\\* -Recurse', 'Remove-Item \\\\nas01\\logs\\shop\\* -Recurse', 'Remove-Item C:\\Users\\alex\\Documents\\logs\\* -Recurse', 'Remove-Item C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\* -Recurse', 'Remove-Item C:\\ProgramData\\CrowdStrike\\logs\\* -Recurse', 'Remove-Item C:\\ProgramData\\Acme\\logs\\audit -Recurse', 'Remove-Item C:\\ProgramData\\Acme\\logs\\archive -Recurse', 'Get-ChildItem C:\\ProgramData\\ShopApi\\Data -Recurse | Where-Object LastWriteTime -lt (Get-Date).AddDays(-7) | Remove-Item']) assert.equal(ps(c), 'destructive', c);
  for (const c of ['rd /s /q D:\\MSSQL\\Logs', 'rd /s /q C:\\inetpub\\logs', 'del /q /s C:\\ProgramData\\Acme\\Data\\*', 'rd /s /q C:\\ProgramData\\logs']) assert.equal(cmd(c), 'destructive', c);
});

test('387.2: msiexec /x of one program is benign; security agents, engines, monitoring agents and patches stay destructive', () => {
  for (const c of ['msiexec /x {9A0C5E5A-4D3B-4C1C-8A43-2B9F6E55D2C1} /qn', 'msiexec /x product.msi /qn', 'msiexec /uninstall {9A0C5E5A-4D3B-4C1C-8A43-2B9F6E55D2C1} /quiet']) assert.equal(cmd(c), 'benign', c);
  for (const c of ['msiexec /x "C:\\Packages\\md4ws.msi" /qn OFFBOARDINGSCRIPT="C:\\Packages\\offboard.cmd"', 'msiexec /x C:\\Installers\\SentinelInstaller.msi /qn', 'msiexec /x SQLServer2019.msi /qn', 'msiexec /x datadog-agent-7-latest.amd64.msi /qn', 'msiexec /x {9A0C5E5A-4D3B-4C1C-8A43-2B9F6E55D2C1} /qn OFFBOARDINGSCRIPT=C:\\off.cmd', 'msiexec /package {90120000-001A-040E-0000-0000000FF1CE} /uninstall {BBE4FD45-34D1-4497-8F75-77965C4E044D} /qn']) assert.equal(cmd(c), 'destructive', c);
});

test('387.4: a variable after += is not fixed, never read as the right side alone', () => {
  assert.equal(ps("$d = 'D:\\Backups\\'; $d += 'Shop'; Remove-Item $d -Recurse -Force"), 'destructive');
  assert.equal(ps("$p = 'C:\\Users\\alex\\Documents\\'; $p += 'obj'; Remove-Item $p -Recurse -Force"), 'destructive');
  // The plain assignment still fixes it.
  assert.equal(ps("$p = '.\\obj'; Remove-Item $p -Recurse -Force"), 'benign');
});

test('the catalogue by any case on Windows; a single-quoted folder destination closed by a backslash', () => {
  assert.equal(ps("& 'C:\\Program Files\\STMicroelectronics\\STM32Cube\\STM32CubeProgrammer\\bin\\STM32_Programmer_CLI.exe' -c port=SWD -e all"), 'destructive');
  assert.equal(ps('stm32_programmer_cli -c port=SWD -e all'), 'destructive');
  assert.equal(ps("Copy-Item .\\build\\blink.uf2 -Destination 'F:\\'"), 'benign');
  assert.equal(ps("Copy-Item .\\build\\blink.uf2 -Destination 'F:'"), 'destructive');
  assert.equal(ps("Copy-Item .\\hosts -Destination 'C:\\Windows\\System32\\drivers\\etc\\'"), 'destructive');
});

test("Graph: a user's per-user MFA state set to disabled is a safeguard off; enforced is a write", () => {
  const uri = "'https://graph.microsoft.com/beta/users/jo@contoso.com/authentication/requirements'";
  assert.equal(ps(`Invoke-MgGraphRequest -Method PATCH -Uri ${uri} -Body @{ perUserMfaState = 'disabled' }`), 'destructive');
  assert.equal(ps(`Invoke-MgGraphRequest -Method PATCH -Uri ${uri} -Body @{ perUserMfaState = 'enforced' }`), 'benign');
});

test("a SQL Server database's own file replaced by a copy or a move is destructive; a copy into backups or the workspace is not", () => {
  assert.equal(cmd('move /y D:\\tmp\\empty.mdf D:\\MSSQL\\Data\\Orders.mdf'), 'destructive');
  assert.equal(ps('Copy-Item D:\\tmp\\empty.mdf D:\\MSSQL\\Data\\Orders.mdf -Force'), 'destructive');
  assert.equal(ps('Copy-Item D:\\MSSQL\\Data\\Orders.mdf D:\\Backups\\Orders.mdf'), 'benign');
  assert.equal(cmd('copy /y D:\\tmp\\empty.mdf D:\\MSSQL\\Data\\'), 'benign');
  assert.equal(cmd('copy /y tests\\Test.mdf App_Data\\Test.mdf'), 'benign');
});
