/**
 * Round 37 (pw37): the lead's answers 374.3 (a package manager's uninstall stays benign, Docker Desktop's too) and 374.4
 * (Windows Update switched off is a safeguard off) built, and PowerShell and Windows path classes from held-out and tuned
 * false positives by kind: Where-Object name filters (pipe.ts whereNameFilters), a workspace's build folder names as
 * listing filters (windows/tools.ts onlyRebuildable), list variables and `foreach` lists with answer 121's bin/obj pair
 * (powershell/walk.ts), `New-TemporaryFile` and `New-Item` values, an application's cache or temp folder under ProgramData
 * (windows-paths.ts), tools' folder variables at their documented defaults (windows/environment.ts). fix37-pw37.yaml holds
 * the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: 'C:\\src\\shop', home: 'C:\\Users\\alex' });
const ps = (input: string): string => answer('powershell', input).decision;
const cmd = (input: string): string => answer('cmd', input).decision;

test('374.3: a package manager uninstall is benign, Docker Desktop too; security agents, engines and `all` stay destructive', () => {
  for (const c of ['winget uninstall --id Docker.DockerDesktop', 'winget uninstall "Docker Desktop" --silent', 'choco uninstall docker-desktop -y', 'winget uninstall --id Microsoft.Office --silent']) assert.equal(cmd(c), 'benign', c);
  for (const c of ['winget uninstall --id CrowdStrike.FalconSensor', 'choco uninstall all -y', 'winget uninstall --id Microsoft.SQLServer.2022.Developer']) assert.equal(cmd(c), 'destructive', c);
});

test('374.4: Windows Update off by sc start=disabled, a safeguard service Start=4 or AUOptions 1; on or manual stays benign', () => {
  for (const c of ['sc config wuauserv start=disabled', 'sc config wuauserv start= disabled', 'reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\wuauserv /v Start /t REG_DWORD /d 4 /f', 'reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinDefend /v Start /t REG_DWORD /d 0x4 /f', 'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU" /v AUOptions /t REG_DWORD /d 1 /f']) assert.equal(cmd(c), 'destructive', c);
  for (const c of ["Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\UsoSvc' -Name Start -Value 4", "Set-ItemProperty 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU' AUOptions 1"]) assert.equal(ps(c), 'destructive', c);
  for (const c of ['sc config wuauserv start= demand', 'sc config wuauserv start=auto', 'reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\wuauserv /v Start /t REG_DWORD /d 3 /f', 'reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\ShopWorkerDev /v Start /t REG_DWORD /d 4 /f', 'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU" /v AUOptions /t REG_DWORD /d 4 /f']) assert.equal(cmd(c), 'benign', c);
});

test('Where-Object name filters: lists, -or, -in, -contains and anchored -match of build names; anything wider stays', () => {
  for (const c of ['Get-ChildItem -Recurse -Directory | Where-Object Name -eq obj | Remove-Item -Recurse -Force', "gci -r -dir | ? { $_.Name -in 'bin','obj' } | rm -r -fo", "Get-ChildItem -Recurse -Directory | Where-Object { $_.Name -eq 'bin' -or $_.Name -eq 'obj' } | Remove-Item -Recurse", "Get-ChildItem -Recurse -Directory | Where-Object Name -match '^(bin|obj)$' | Remove-Item -Recurse", "Get-ChildItem -Recurse | Where-Object { $_.PSIsContainer -and @('bin','obj') -contains $_.Name } | Remove-Item -Recurse", 'Get-ChildItem -Recurse -Directory -Include .vs | Remove-Item -Recurse -Force', 'Get-ChildItem .\\tests -Recurse -Directory -Filter TestResults | Remove-Item -Recurse']) assert.equal(ps(c), 'benign', c);
  for (const c of ["Get-ChildItem -Recurse -Directory | Where-Object { $_.Name -eq 'bin' -or $_.Name -eq 'src' } | Remove-Item -Recurse", "Get-ChildItem -Recurse -Directory | Where-Object Name -match 'bin|obj' | Remove-Item -Recurse", "Get-ChildItem -Recurse -Directory | Where-Object { $_.Name -in 'bin' } | Remove-Item -Recurse", "Get-ChildItem -Recurse -Directory | Where-Object { $_.Name -ne 'src' } | Remove-Item -Recurse", "Get-ChildItem -Recurse -Directory | Where-Object { $_.Name -eq 'obj' -and $_.FullName -like '*x*' -or $true } | Remove-Item -Recurse", 'Get-ChildItem C:\\Users\\alex -Recurse -Directory | Where-Object Name -in bin,obj | Remove-Item -Recurse', 'Get-ChildItem D:\\ -Recurse -Directory -Include output | Remove-Item -Recurse', 'Get-ChildItem ..\\lib -Recurse -Directory -Include .vs | Remove-Item -Recurse']) assert.equal(ps(c), 'destructive', c);
});

test('list variables and foreach lists: a fixed list is read where it is named; bin needs obj beside it', () => {
  for (const c of ["$dirs = 'bin','obj'; Remove-Item $dirs -Recurse -Force", "$dirs = @('.\\src\\Api\\bin', '.\\src\\Api\\obj'); foreach ($d in $dirs) { Remove-Item $d -Recurse -Force }", "$t = 'dist','coverage'; $t | ForEach-Object { Remove-Item $_ -Recurse -Force }", "foreach ($d in 'bin','obj') { Remove-Item -Recurse -Force $d }"]) assert.equal(ps(c), 'benign', c);
  for (const c of ["$dirs = 'bin','src'; Remove-Item $dirs -Recurse -Force", "$d = 'dist','out'; $d = 'src'; Remove-Item $d -Recurse", "foreach ($d in 'bin','data') { Remove-Item -Recurse -Force $d }", "$p = '.\\dist', \"$env:USERPROFILE\\Documents\"; foreach ($x in $p) { Remove-Item $x -Recurse }"]) assert.equal(ps(c), 'destructive', c);
});

test('New-TemporaryFile and New-Item return the item they made; a temp one removed is benign', () => {
  for (const c of ['$t = New-TemporaryFile; Remove-Item $t -Force', '$w = New-Item -ItemType Directory -Path "$env:TEMP\\x" -Force; Remove-Item $w -Recurse -Force', '$w = New-Item -ItemType Directory -Path $env:TEMP -Name y; Remove-Item $w -Recurse']) assert.equal(ps(c), 'benign', c);
  assert.equal(ps('$d = New-Item -ItemType Directory -Path "$env:USERPROFILE\\Documents\\R" -Force; Remove-Item $d -Recurse -Force'), 'destructive');
});

test('ProgramData: an application cache or temp folder is scratch; data, the app folder, Windows own, wildcards, prod stay', () => {
  for (const c of ['rd /s /q C:\\ProgramData\\Contoso\\Agent\\Cache', 'rd /s /q "%ProgramData%\\Contoso\\temp"', 'del /s /q C:\\ProgramData\\Contoso\\cache\\*']) assert.equal(cmd(c), 'benign', c);
  for (const c of ['rd /s /q C:\\ProgramData\\Contoso\\Agent\\Data', 'rd /s /q C:\\ProgramData\\Contoso', 'rd /s /q "C:\\ProgramData\\Package Cache"', 'rd /s /q C:\\ProgramData\\Microsoft\\Crypto\\Cache', 'rd /s /q C:\\ProgramData\\cache', 'rd /s /q C:\\ProgramData\\Contoso-Prod\\cache', 'rd /s /q C:\\ProgramData\\Contoso\\backups\\cache']) assert.equal(cmd(c), 'destructive', c);
  assert.equal(ps('Remove-Item -Recurse -Force C:\\ProgramData\\*\\cache'), 'destructive');
});

test("tools' folder variables at their defaults; caches by place; an unset variable stays not fixed", () => {
  for (const c of ['Remove-Item -Recurse -Force "$env:ChocolateyInstall\\lib-bad"', 'Remove-Item -Recurse -Force $env:NUGET_PACKAGES', 'Remove-Item -Recurse -Force $env:GOCACHE', 'Remove-Item "$env:LOCALAPPDATA\\IconCache.db" -Force', 'Remove-Item -Recurse -Force "$env:APPDATA\\terraform.d\\plugin-cache"']) assert.equal(ps(c), 'benign', c);
  for (const c of ['Remove-Item -Recurse -Force "$env:ChocolateyInstall\\lib"', 'Remove-Item -Recurse -Force "$env:APPDATA\\terraform.d\\plugins"', 'Remove-Item -Recurse -Force "$env:SHOP_DATA\\exports"', "$env:NUGET_PACKAGES = 'D:\\Keep'; Remove-Item -Recurse -Force $env:NUGET_PACKAGES"]) assert.equal(ps(c), 'destructive', c);
});
