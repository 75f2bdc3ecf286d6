import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';
import { restartedStops, type ServiceStep } from '../restarts.ts';

// Round 31 (branch p31): the lead's answers 321 and 323 and the classes from blind31-pwsh (a developer's and a desktop
// support engineer's own workstation in PowerShell); the corpus cases are in fix31-p31.yaml.

const DEV = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };
const { ps, cmd } = windowsClassifier(DEV);
const step = (s: Partial<ServiceStep>): ServiceStep => ({ stops: null, starts: [], wait: false, mayEnd: false, then: 'always', ...s });

test('answer 323: the one restart rule pairs a stop with its start when the start runs whatever happens between', () => {
  const stop = step({ stops: 'S' });
  const start = step({ starts: ['S'] });
  assert.deepEqual([...restartedStops([stop, step({}), start])], [0]);
  assert.deepEqual([...restartedStops([{ ...stop, then: 'on-success' }, start])], [0]);
  assert.deepEqual([...restartedStops([stop, step({ wait: true, then: 'on-success' }), start])], [0]);
  assert.deepEqual([...restartedStops([stop, step({ then: 'on-success' }), start])], []);
  assert.deepEqual([...restartedStops([stop, step({ mayEnd: true }), start])], []);
  assert.deepEqual([...restartedStops([{ ...stop, then: 'on-failure' }, start])], []);
  assert.deepEqual([...restartedStops([stop, step({ starts: ['T'] })])], []);
});

test('answer 323 in PowerShell: statements without stop-on-error pair across work; &&, stop-on-error and exit only across a wait', () => {
  for (const c of ['Stop-Service MySQL80; Copy-Item .\\x.txt .\\y.txt; Start-Service MySQL80', 'Stop-Service postgresql-x64-16 && Start-Service postgresql-x64-16', "$ErrorActionPreference = 'Stop'; Stop-Service MySQL80; Start-Sleep 5; Start-Service MySQL80", 'Stop-Service MySQL80; if (Test-Path .\\x.txt) { Copy-Item .\\x.txt .\\y.txt }; Start-Service MySQL80', 'net stop spooler; Copy-Item a b; net start spooler'])
    assert.ok(benign(ps(c)), c);
  for (const c of ['Stop-Service postgresql-x64-16 && Copy-Item a b && Start-Service postgresql-x64-16', "$ErrorActionPreference = 'Stop'; Stop-Service MySQL80; Copy-Item .\\x.txt .\\y.txt; Start-Service MySQL80", 'Stop-Service MySQL80; if (-not (Test-Path .\\my.ini)) { exit 1 }; Copy-Item .\\x.txt .\\y.txt; Start-Service MySQL80', 'Stop-Service MySQL80 || Start-Service MySQL80', 'Stop-Service MySQL80; Start-Service MySQL81', 'Stop-Service MySQL80'])
    assert.ok(ps(c).destructive, c);
});

test("answer 323 in cmd: `&` pairs across work; `&&`, `||`, exit, goto, if and a batch file run without call do not", () => {
  for (const c of ['net stop spooler & copy a.txt b.txt & net start spooler', 'net stop spooler & del /q C:\\Windows\\System32\\spool\\PRINTERS\\* & net start spooler', 'net stop spooler && timeout /t 5 /nobreak >nul && net start spooler', '(net stop spooler & copy a b & net start spooler)', 'net stop spooler && net start spooler'])
    assert.ok(benign(cmd(c)), c);
  for (const c of ['net stop spooler && copy a.txt b.txt && net start spooler', 'net stop spooler & copy a b && net start spooler', 'net stop spooler & exit & net start spooler', 'net stop spooler & if exist x copy x y & net start spooler', 'net stop spooler || net start spooler', 'net stop spooler & deploy.bat & net start spooler', 'net stop spooler & copy a b & net start w3svc'])
    assert.ok(cmd(c).destructive, c);
  // A batch file's lines are joined only through waits: a day-long ping to another host between stays an outage.
  assert.ok(cmd('net stop AcmeBilling\nping -n 100000 db-prod-1 >nul\nnet start AcmeBilling').destructive);
  assert.ok(benign(cmd('net stop AcmeBilling\nping -n 6 127.0.0.1 >nul\nnet start AcmeBilling')));
});

test("answer 321: Explorer's thumbnail and icon caches deleted by pattern, in both shells; other patterns there are not caches", () => {
  for (const c of ['Remove-Item C:\\Users\\dev\\AppData\\Local\\Microsoft\\Windows\\Explorer\\thumbcache_*.db', 'Get-ChildItem "$env:LOCALAPPDATA\\Microsoft\\Windows\\Explorer" -Filter thumbcache_*.db | Remove-Item -Force', 'Remove-Item "$env:LOCALAPPDATA\\Microsoft\\Windows\\Explorer" -Include iconcache_*.db -Recurse'])
    assert.ok(benign(ps(c)), c);
  for (const c of ['del /q /a "%LOCALAPPDATA%\\Microsoft\\Windows\\Explorer\\thumbcache_*.db"', 'del /f /q %LocalAppData%\\Microsoft\\Windows\\Explorer\\iconcache_*.db'])
    assert.ok(benign(cmd(c)), c);
  for (const c of ['Remove-Item C:\\Users\\dev\\AppData\\Local\\Microsoft\\Windows\\Explorer\\*', 'Remove-Item C:\\Users\\dev\\AppData\\Local\\Microsoft\\Windows\\Explorer\\*.db', 'Remove-Item "$env:LOCALAPPDATA\\Microsoft\\Outlook\\*.pst"'])
    assert.ok(ps(c).destructive, c);
  assert.ok(cmd('del /q %LocalAppData%\\Microsoft\\Windows\\Explorer\\*').destructive);
});

test("git's own lock files in a Windows repository are git's to remove; the rest of .git is not", () => {
  for (const c of ['Remove-Item .\\.git\\index.lock -Force', 'Remove-Item .\\.git\\refs\\heads\\main.lock'])
    assert.ok(benign(ps(c)), c);
  assert.ok(benign(cmd('del .git\\index.lock')));
  for (const c of ['Remove-Item .\\.git\\*.lock', 'Remove-Item .\\.git\\HEAD', 'Remove-Item .\\.git -Recurse -Force', 'Remove-Item .\\.git\\config'])
    assert.ok(ps(c).destructive, c);
  assert.ok(cmd('del .git\\config').destructive);
});
