/**
 * Round 33 (w33, blind33-winwork): the profile-folder variables (`%USERPROFILE%`, `%APPDATA%`, `%LOCALAPPDATA%`, `%TEMP%`,
 * and PowerShell's `$env:` forms followed by `\`) read as an unnamed user's profile when the context's home is not a
 * Windows path, at their edges (fix33-w33.yaml holds the commands).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_INVENTORY } from '../core/index.ts';

const posix = { cwd: '/home/dev/app', home: '/home/dev' };

async function decider(): Promise<(type: string, input: string, context?: object) => string> {
  const { createClassifier, classifyBatchLine } = await import('./index.ts');
  const classifier = await createClassifier();
  return (type, input, context = posix) => JSON.parse(classifyBatchLine(JSON.stringify({ id: 'x', input_type: type, input, context }), classifier, EMPTY_INVENTORY)).decision;
}

test('cmd: a profile cache named through its variable is rebuildable with no Windows home; the profile, its documents and credentials are not', async () => {
  const decide = await decider();
  for (const c of ['del /q /s "%LOCALAPPDATA%\\Microsoft\\Windows\\INetCache\\*"', 'rd /s /q "%USERPROFILE%\\.nuget\\packages"', 'rd /s /q "%APPDATA%\\Code\\CachedData"', 'rd /s /q %TEMP%\\build-1'])
    assert.equal(decide('cmd', c), 'benign', c);
  for (const c of ['rd /s /q %USERPROFILE%', 'rd /s /q "%USERPROFILE%\\Documents"', 'del /q "%USERPROFILE%\\.ssh\\id_rsa"', 'copy /y nul %USERPROFILE%\\.gitconfig', 'rd /s /q "%LOCALAPPDATA%\\Google\\Chrome\\User Data"', 'rd /s /q %APPDATA%'])
    assert.equal(decide('cmd', c), 'destructive', c);
});

test('PowerShell: `$env:PROFILEVAR\\…` is a Windows path of an unnamed profile; alone or before `/` it stays unfixed', async () => {
  const decide = await decider();
  for (const c of ['Remove-Item -Recurse -Force "$env:USERPROFILE\\.nuget\\packages\\acme.core"', 'Remove-Item -Recurse -Force $env:APPDATA\\Code\\Cache', 'Remove-Item -Recurse -Force "${env:LOCALAPPDATA}\\Temp\\x"'])
    assert.equal(decide('powershell', c), 'benign', c);
  for (const c of ['Remove-Item -Recurse -Force "$env:USERPROFILE\\Documents"', 'Remove-Item -Recurse -Force "$env:APPDATA\\Microsoft\\UserSecrets"', 'Set-Content "$env:USERPROFILE\\.aws\\credentials" ""',
    // No separator after the variable, or a POSIX one: PowerShell on Linux or macOS leaves these empty, so the path is not fixed.
    'Remove-Item -Recurse -Force "$env:TEMP"', 'Remove-Item -Recurse -Force "$env:LOCALAPPDATA/npm-cache"', 'Remove-Item -Recurse -Force "$env:TEMPDIR\\x"'])
    assert.equal(decide('powershell', c), 'destructive', c);
});

test('a Windows home in the context still wins over the unnamed profile', async () => {
  const decide = await decider();
  const win = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };
  assert.equal(decide('cmd', 'rd /s /q "%USERPROFILE%\\.nuget\\packages"', win), 'benign');
  assert.equal(decide('cmd', 'rd /s /q "C:\\Users\\other\\.nuget\\packages"', win), 'destructive');
  assert.equal(decide('powershell', 'Remove-Item -Recurse -Force "$env:USERPROFILE\\Documents"', win), 'destructive');
});

test('netsh http: an HTTPS binding or listen address deleted is an outage; a URL reservation, the cache or the WinHTTP proxy is a write', async () => {
  const decide = await decider();
  for (const c of ['netsh http delete urlacl url=http://+:5000/', 'netsh http delete cache', 'netsh winhttp reset proxy', 'netsh http show sslcert'])
    assert.equal(decide('cmd', c), 'benign', c);
  for (const c of ['netsh http delete sslcert ipport=0.0.0.0:443', 'netsh http delete iplisten ipaddress=10.0.0.5', 'netsh winsock reset'])
    assert.notEqual(decide('cmd', c), 'benign', c);
});

test('PowerShell: a quoted wildcard given to an item cmdlet is expanded by the cmdlet; -LiteralPath and other commands are not', async () => {
  const decide = await decider();
  for (const c of ['Remove-Item "C:\\Temp\\*" -Recurse -Force', "Remove-Item -Path 'C:\\Windows\\Temp\\*' -Recurse", 'Remove-Item "C:\\Temp\\*", "C:\\Windows\\Temp\\*" -Recurse -Force', 'Get-ChildItem "C:\\Windows\\Temp\\*" | Remove-Item -Recurse -Force'])
    assert.equal(decide('powershell', c), 'benign', c);
  for (const c of ['Remove-Item -LiteralPath "C:\\Temp\\*" -Recurse', 'Remove-Item "C:\\*" -Recurse -Force', 'Remove-Item "D:\\Shares\\Finance\\*" -Recurse -Force', 'Remove-Item "C:\\Temp\\*", "D:\\Data\\*" -Recurse -Force'])
    assert.equal(decide('powershell', c), 'destructive', c);
});

test("a log-file glob in an app's audit folder is its audit trail; in the app's log folder it is old logs", async () => {
  const decide = await decider();
  assert.equal(decide('powershell', 'Remove-Item D:\\Apps\\Billing\\logs\\audit\\*.log -Force'), 'destructive');
  assert.equal(decide('powershell', 'Remove-Item "D:\\Apps\\Billing\\logs\\audit\\*.log" -Force'), 'destructive');
  assert.equal(decide('command', 'rm -f /srv/billing/logs/audit/*.log'), 'destructive');
  assert.equal(decide('powershell', 'Remove-Item D:\\Apps\\Billing\\logs\\*.log -Force'), 'benign');
  assert.equal(decide('command', 'rm -f /srv/billing/logs/auditor/*.log'), 'benign');
});
