import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';
import { expandPercent } from '../cmd/tokenize.ts';

// Round 31 (branch c31): the classes from blind31-cmd (cmd as build engineers use it), each with neighbours both ways;
// the corpus cases are in fix31-c31.yaml.

const DEV = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };
const { ps, cmd } = windowsClassifier(DEV);

test("`%~dp0` is the batch file's folder, read as the workspace: its build output is disposable, the project and above are not", () => {
  assert.equal(expandPercent('rd /s /q "%~DP0obj" %%~dp0', new Map(), 'C:\\w\\'), 'rd /s /q "C:\\w\\obj" %~dp0');
  assert.equal(expandPercent('rd /s /q "%~dp0obj"', new Map()), 'rd /s /q "%~dp0obj"');
  for (const c of ['rd /s /q "%~dp0build"', 'rd /s /q "%~dp0artifacts" 2>nul & mkdir "%~dp0artifacts"', 'cd /d %~dp0out && del /q *.*', 'pushd "%~dp0" && rd /s /q out && popd'])
    assert.ok(benign(cmd(c)), c);
  for (const c of ['rd /s /q "%~dp0"', 'rd /s /q "%~dp0.."', 'rd /s /q "%~dp0src"', 'del /f /s /q "%~dp0*"', 'cd /d %~dp0..\\.. && del /s /q *.*'])
    assert.ok(cmd(c).destructive, c);
  // Without a workspace to stand for it, `%~dp0` stays as written: not a build folder.
  assert.ok(!benign(cmd('rd /s /q "%~dp0build"', { home: 'C:\\Users\\dev' })));
});

test("CMake's, vcpkg's manifest-mode and Visual C++'s platform output folders are build output; their neighbours are not", () => {
  for (const c of ['rmdir /s /q x64\\Debug', 'rd /s /q Win32\\Release', 'rd /s /q build\\CMakeFiles', 'rd /s /q vcpkg_installed'])
    assert.ok(benign(cmd(c)), c);
  assert.ok(benign(ps('Remove-Item -Recurse -Force .\\ARM64\\Release')));
  for (const c of ['rd /s /q x64', 'rd /s /q Debug\\..\\src', 'rd /s /q vcpkg-configuration']) assert.ok(cmd(c).destructive, c);
});

test("a vcpkg instance's buildtrees, packages and downloads are scratch; the instance, installed and ports are not", () => {
  for (const c of ['rd /s /q C:\\vcpkg\\buildtrees C:\\vcpkg\\packages C:\\vcpkg\\downloads', 'rd /s /q "%USERPROFILE%\\vcpkg\\buildtrees"'])
    assert.ok(benign(cmd(c)), c);
  for (const c of ['rd /s /q C:\\vcpkg', 'rd /s /q C:\\vcpkg\\installed', 'rd /s /q C:\\vcpkg\\ports', 'rd /s /q C:\\tools\\buildtrees'])
    assert.ok(cmd(c).destructive, c);
});

test('a recent-files list and one CMake user package registry entry are a write; the app key, HKLM, policies and all packages are not', () => {
  for (const c of ['reg delete HKCU\\Software\\Contoso\\BuildTool\\MRU /f', 'reg delete "HKCU\\Software\\Contoso\\Editor\\Recent File List" /f', 'reg delete HKCU\\Software\\Kitware\\CMake\\Packages\\ContosoCore /f'])
    assert.ok(benign(cmd(c)), c);
  assert.ok(benign(ps('Remove-Item HKCU:\\Software\\Contoso\\BuildTool\\MRU -Recurse')));
  for (const c of ['reg delete HKCU\\Software\\Kitware\\CMake\\Packages /f', 'reg delete HKCU\\Software\\Kitware\\CMake /f', 'reg delete HKLM\\Software\\Contoso\\Editor\\MRU /f', 'reg delete HKCU\\Software\\Policies\\Contoso\\MRU /f', 'reg delete HKCU\\Software\\Contoso\\Editor /f', 'reg delete HKCU\\Software\\Contoso\\MRU* /f'])
    assert.ok(cmd(c).destructive, c);
});
