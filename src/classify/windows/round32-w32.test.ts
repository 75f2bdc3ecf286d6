import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';
import { isWindowsStartupFolderPath, USER_REGISTRY_ASSOCIATION } from '../windows-paths.ts';
import { repairArguments } from '../powershell/repair.ts';

// Round 32 (branch w32): the lead's answers 338 q1, q4, q5 and q6 (c31's questions on cmd.exe), with neighbours both
// ways; the corpus cases are in fix32-w32.yaml.

const DEV = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };
const { ps, cmd } = windowsClassifier(DEV);
const USER_STARTUP = '%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup';
const COMMON_STARTUP = '%ProgramData%\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp';

test('answer 338 q4: the per-user and the common Startup folder, in any profile, and what is in them', () => {
  for (const p of ['C:\\Users\\dev\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup', 'C:\\Users\\ops\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\a.lnk', 'C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\x.bat', '\\\\pc01\\c$\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp'])
    assert.ok(isWindowsStartupFolderPath(p), p);
  for (const p of ['C:\\Users\\dev\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs', 'C:\\Users\\dev\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup Tools\\a.lnk', 'C:\\tools\\Startup\\a.bat', '/home/dev/Startup'])
    assert.ok(!isWindowsStartupFolderPath(p), p);
});

test('answer 338 q4: a file copied, moved, linked or written into a Startup folder is destructive; reading it and other Start menu folders are not', () => {
  for (const c of [`copy /Y agent.bat "${USER_STARTUP}"`, `xcopy /y agent.lnk "${COMMON_STARTUP}\\"`, `move agent.lnk "${USER_STARTUP}\\agent.lnk"`, `mklink "${USER_STARTUP}\\agent.exe" C:\\tools\\agent.exe`, `echo start agent.exe > "${USER_STARTUP}\\a.cmd"`])
    assert.ok(cmd(c).destructive, c);
  for (const c of [`Copy-Item .\\agent.lnk "$env:APPDATA\\Microsoft\\Windows\\Start Menu\\Programs\\Startup"`, `Set-Content -Path "$env:APPDATA\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\a.cmd" -Value "start x"`, 'New-Item -ItemType SymbolicLink -Path "$env:ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\a.exe" -Target C:\\tools\\a.exe'])
    assert.ok(ps(c).destructive, c);
  for (const c of [`dir "${USER_STARTUP}"`, 'copy /Y agent.lnk "%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\"', `copy "${USER_STARTUP}\\agent.lnk" C:\\Users\\dev\\app\\backup\\`])
    assert.ok(benign(cmd(c)), c);
  assert.ok(benign(ps('New-Item -ItemType Directory -Path "$env:APPDATA\\Microsoft\\Windows\\Start Menu\\Programs\\Startup" -Force')));
});

test('answer 338 q5: wmic product uninstall by vendor, by a wildcard before or inside the name, or of every product is destructive; one product is not', () => {
  for (const c of [`wmic product where "name like '%%Microsoft%%'" call uninstall /nointeractive`, `wmic product where (name like "%Java%") call uninstall`, `wmic product where "vendor='Contoso Ltd'" call uninstall`, 'wmic product call uninstall'])
    assert.ok(cmd(c).destructive, c);
  for (const c of [`wmic product where "name like '7-Zip%'" call uninstall /nointeractive`, `wmic product where "name like 'Contoso_Dev%%'" call uninstall`, 'wmic product where name="Contoso DevTools 2.4" call uninstall', `wmic product where "name like '%%Java%%'" get name`])
    assert.ok(benign(cmd(c)), c);
});

test('answer 338 q6: setx PATH is destructive, on the old list or not, user or machine; other variables and the session PATH are not', () => {
  for (const c of ['setx PATH "%PATH%;C:\\tools\\bin"', 'setx path "C:\\tools\\bin;%path%"', 'setx /M PATH "%PATH%;C:\\tools\\bin"', 'setx PATH C:\\tools\\bin'])
    assert.ok(cmd(c).destructive, c);
  assert.ok(ps('setx PATH "$env:Path;C:\\tools\\bin"').destructive);
  for (const c of ['setx GOBIN "%USERPROFILE%\\go\\bin"', 'setx PATHEXT_BACKUP "%PATHEXT%"', 'set PATH=%PATH%;C:\\tools\\bin']) assert.ok(benign(cmd(c)), c);
  assert.ok(benign(ps("[Environment]::SetEnvironmentVariable('Path', [Environment]::GetEnvironmentVariable('Path', 'User') + ';C:\\tools\\bin', 'User')")));
});

test("answer 338 q1: one extension's or ProgID's per-user association is a write; all of Classes, COM keys, HKLM, wildcards and `..` are not", () => {
  for (const k of ['HKCU\\Software\\Classes\\.contosoproj', 'HKCU:\\Software\\Classes\\Contoso.Project.1\\shell\\open', 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\FileExts\\.log\\UserChoice'])
    assert.ok(USER_REGISTRY_ASSOCIATION.test(k), k);
  for (const k of ['HKCU\\Software\\Classes', 'HKCU\\Software\\Classes\\CLSID', 'HKCU\\Software\\Classes\\*', 'HKCU\\Software\\Classes\\Local Settings', 'HKLM\\Software\\Classes\\.contosoproj', 'HKCU\\Software\\Classes\\.x\\..\\..\\Microsoft', 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\FileExts'])
    assert.ok(!USER_REGISTRY_ASSOCIATION.test(k), k);
  for (const c of ['reg delete HKCU\\Software\\Classes\\.contosoproj /f', 'reg delete HKCU\\Software\\Classes\\Contoso.Project.Dev /f', 'reg delete HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\FileExts\\.contosoproj /f'])
    assert.ok(benign(cmd(c)), c);
  assert.ok(benign(ps('Remove-Item HKCU:\\Software\\Classes\\.contosoproj -Recurse -Force')));
  for (const c of ['reg delete HKCU\\Software\\Classes /f', 'reg delete HKCU\\Software\\Classes\\CLSID\\{0E5AAE11-A475-4C5B-AB00-C66DE400274E} /f', 'reg delete HKLM\\Software\\Classes\\.contosoproj /f'])
    assert.ok(cmd(c).destructive, c);
  assert.ok(ps('Remove-Item HKCU:\\Software\\Classes\\* -Recurse -Force').destructive);
});

test('Remove-EventLog -Source unregisters the named sources, the log stays; a log, an unfixed or a safeguard source does not', () => {
  for (const c of ["Remove-EventLog -Source 'ContosoDevAgent'", 'Remove-EventLog -Source ShopWorkerTest -ComputerName dev-app01']) assert.ok(benign(ps(c)), c);
  for (const c of ["Remove-EventLog -LogName 'ContosoDev'", 'Remove-EventLog ContosoDev', 'Remove-EventLog -Source $name', "Remove-EventLog -Source 'Veeam Backup'", 'Remove-EventLog -Source Contoso* '])
    assert.ok(ps(c).destructive, c);
});

test('choco uninstall all removes every package; one package, upgrade all and a --noop run do not', () => {
  assert.ok(ps('choco uninstall all -y').destructive);
  assert.ok(cmd('choco uninstall all -y --force').destructive);
  for (const c of ['choco uninstall nodejs-lts -y', 'choco upgrade all -y', 'choco uninstall all -y --noop', 'choco uninstall allure -y']) assert.ok(benign(ps(c)), c);
});

test("an npm package of a scope is a literal argument in PowerShell (the repair quotes it); a dotted scope, PowerShell's own parse error, is not", () => {
  assert.equal(repairArguments('npm uninstall -g @angular/cli'), "npm uninstall -g '@angular/cli'");
  assert.equal(repairArguments('npm i @types/node@20'), "npm i '@types/node@20'");
  for (const s of ['npm i @bomb.sh/tab', 'New-Item @splat', 'npm config set @scope:registry x']) assert.equal(repairArguments(s), s);
  for (const c of ['npm uninstall -g @angular/cli', 'npm install -D @types/node@20 @vitejs/plugin-react']) assert.ok(benign(ps(c)), c);
  assert.ok(ps('npm uninstall -g @angular/cli; Remove-Item -Recurse -Force $env:USERPROFILE\\Documents').destructive);
  assert.ok(!benign(ps('npm install @contoso.dev/toolkit')));
});
