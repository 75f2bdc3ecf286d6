/**
 * Round 36 (pw36): classes from blind36-winday's tuned false positives (a Windows developer's and sysadmin's agent, daily).
 * A command path the grammar reads as a variable joined to path tokens (`& $env:windir\system32\inetsrv\appcmd.exe …`,
 * `. $PROFILE`, `& $PROFILE.CurrentUserAllHosts`) is the program it names, as its quoted form is (powershell/walk.ts); a
 * `Test-Path` guard on a path the input fixes through a variable (`if (!(Test-Path $PROFILE)) { New-Item … -Force }`)
 * creates only (testedPath); icacls grants to the user running the command in PowerShell's braced and domain-qualified
 * forms (`"${env:USERNAME}:(OI)(CI)M"`, `%USERDOMAIN%\%USERNAME%`), and the words after `/grant` are accounts, never the
 * path the line changes (windows/tools.ts). fix36-pw36.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: 'C:\\src\\shop', home: 'C:\\Users\\alex' });
const ps = (input: string): string => answer('powershell', input).decision;
const cmd = (input: string): string => answer('cmd', input).decision;

test('a variable-led command path is the program it names; a variable the input does not fix stays unknown', () => {
  for (const c of ['& $env:windir\\system32\\inetsrv\\appcmd.exe list apppool /state:Started', '& $env:SystemRoot\\System32\\inetsrv\\appcmd.exe recycle apppool /apppool.name:ShopPool', '& $env:ProgramFiles\\Git\\cmd\\git.exe log --oneline -5', '. $PROFILE', '& $PROFILE.CurrentUserAllHosts']) assert.equal(ps(c), 'benign', c);
  for (const c of ['& $env:windir\\system32\\inetsrv\\appcmd.exe stop apppool /apppool.name:ShopProdPool', '& $env:ProgramFiles\\Git\\cmd\\git.exe push --force origin main', '& $env:windir\\System32\\wevtutil.exe cl Security']) assert.equal(ps(c), 'destructive', c);
  for (const c of ['& $toolRoot\\bin\\purge.exe --all', '& $x']) assert.equal(ps(c), 'unknown', c);
});

test('a Test-Path guard on a variable path creates only; unguarded, another path or the else branch still empties', () => {
  for (const c of ['if (!(Test-Path $PROFILE)) { New-Item -ItemType File -Path $PROFILE -Force }', 'if (-not (Test-Path -Path $PROFILE.CurrentUserAllHosts)) { New-Item -Path $PROFILE.CurrentUserAllHosts -ItemType File -Force }', 'if (!(Test-Path "$env:USERPROFILE\\.npmrc")) { New-Item -ItemType File -Path "$env:USERPROFILE\\.npmrc" -Force }']) assert.equal(ps(c), 'benign', c);
  for (const c of ['New-Item -ItemType File -Path $PROFILE -Force', 'if (!(Test-Path $PROFILE)) { New-Item -ItemType File -Path $PROFILE.AllUsersAllHosts -Force }', "if (!(Test-Path $PROFILE)) { 'none' } else { New-Item -ItemType File -Path $PROFILE -Force }", 'if (!(Test-Path $other)) { New-Item -ItemType File -Path $PROFILE -Force }']) assert.equal(ps(c), 'destructive', c);
});

test('icacls: the current user in braced or domain-qualified form is no broad grant; an unknown or broad principal is', () => {
  for (const c of ['icacls .\\logs /grant "${env:USERNAME}:(OI)(CI)M"', 'icacls D:\\Data /grant "${env:USERNAME}:F" /T', 'icacls .\\artifacts /grant "$env:USERDOMAIN\\$env:USERNAME:(OI)(CI)M" /T']) assert.equal(ps(c), 'benign', c);
  assert.equal(cmd('icacls .\\artifacts /grant %USERDOMAIN%\\%USERNAME%:(OI)(CI)M /T'), 'benign');
  for (const c of ['icacls D:\\Data /grant "${principal}:F" /T', 'icacls D:\\Data /grant "${env:COMPUTERNAME}:(OI)(CI)M" /T', 'icacls D:\\Data /grant Everyone:F /T']) assert.equal(ps(c), 'destructive', c);
  for (const c of ['icacls D:\\Data /grant %GRANTEE%:(OI)(CI)F /T', 'icacls D:\\Shares /grant *S-1-1-0:(OI)(CI)F /T']) assert.equal(cmd(c), 'destructive', c);
});
