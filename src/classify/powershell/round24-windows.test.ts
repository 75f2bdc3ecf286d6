import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 24 (branch b24w): classes from blind24-win's tuned misses, each with neighbours both ways.

const { ps, cmd } = windowsClassifier();

test('.NET file, directory and zip calls with fixed paths are judged as the cmdlets that do the same', () => {
  for (const c of [
    '[System.IO.File]::Delete("$env:TEMP\\probe.txt")',
    '[System.IO.Directory]::Delete("$PWD\\obj", $true)',
    "[System.IO.Directory]::Delete([System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'run-1'), $true)",
    '[IO.File]::WriteAllText("$PWD\\version.txt", \'1.2.3\')',
    '[System.IO.Directory]::CreateDirectory("$PWD\\artifacts")',
    '$t = [System.IO.Path]::GetTempFileName(); Remove-Item $t',
    'Add-Type -AssemblyName System.IO.Compression.FileSystem; [System.IO.Compression.ZipFile]::ExtractToDirectory("$env:TEMP\\a.zip", "$PWD\\tools\\a")',
    "(New-Object System.Net.WebClient).DownloadFile('https://example.com/a.exe', \"$env:TEMP\\a.exe\")",
  ]) assert.equal(benign(ps(c)), true, c);
  for (const c of [
    "[System.IO.File]::Delete('C:\\Windows\\System32\\drivers\\etc\\hosts')",
    '[IO.Directory]::Delete([IO.Path]::Combine($env:USERPROFILE, \'Documents\'), $true)',
    "[IO.Directory]::Delete([IO.Path]::Combine([IO.Path]::GetTempPath(), 'C:\\Users\\dev\\Documents'), $true)",
    '[IO.File]::WriteAllText("$env:USERPROFILE\\.ssh\\config", \'\')',
    "(New-Object Net.WebClient).DownloadFile('https://example.com/k', \"$env:USERPROFILE\\.ssh\\authorized_keys\")",
  ]) assert.equal(ps(c).destructive, true, c);
  for (const c of ['[System.IO.File]::Delete($target)', 'Add-Type -TypeDefinition $src', '$wc = New-Object Net.WebClient; $wc.DownloadFile($u, $f)']) assert.equal(benign(ps(c)), false, c);
});

test('a service object stopped through .NET is Stop-Service', () => {
  assert.equal(ps('(Get-Service -Name W3SVC).Stop()').destructive, true);
  assert.equal(ps('$s = Get-Service W3SVC; $s.Stop()').destructive, true);
  assert.equal(ps("(Get-Service -Name 'sql*').Stop()").destructive, true);
  assert.equal(benign(ps("(Get-Service 'Contoso.Tests.FakeSmtp').Stop()")), true);
  assert.equal(benign(ps('$timer.Stop(); Write-Host done')), true);
});

test("one of the user's own environment variables removed is a write unless a search path or a secret's (answer 161)", () => {
  assert.equal(benign(cmd('reg delete HKCU\\Environment /v JAVA_HOME /f')), true);
  assert.equal(benign(ps('Remove-ItemProperty -Path HKCU:\\Environment -Name CONTOSO_FLAGS')), true);
  for (const c of ['reg delete HKCU\\Environment /v Path /f', 'reg delete HKCU\\Environment /v NPM_TOKEN /f', 'reg delete HKCU\\Environment /va /f']) assert.equal(cmd(c).destructive, true, c);
  for (const c of ['Remove-ItemProperty -Path HKCU:\\Environment -Name PSModulePath', 'Remove-ItemProperty -Path HKCU:\\Environment -Name *']) assert.equal(ps(c).destructive, true, c);
});

test("the user's registry cache keys and Sysinternals' key are filled again (answer 161)", () => {
  assert.equal(benign(ps("Remove-Item -Path 'HKCU:\\Software\\Acme\\Tool\\Cache' -Recurse")), true);
  assert.equal(benign(cmd('reg delete HKCU\\Software\\Sysinternals /f')), true);
  for (const c of ["Remove-Item -Path 'HKCU:\\Software\\Acme\\Tool' -Recurse", "Remove-Item -Path 'HKLM:\\SOFTWARE\\Acme\\Cache' -Recurse", "Remove-Item -Path 'HKCU:\\Software\\Policies\\Acme\\Cache' -Recurse"]) assert.equal(ps(c).destructive, true, c);
});

test('a scheduled task named for a test or scratch is thrown away; backups, wildcards and production stay', () => {
  assert.equal(benign(cmd('schtasks /delete /tn "tmp-env-probe" /f')), true);
  assert.equal(benign(cmd('schtasks /run /tn "tmp-env-probe" && schtasks /delete /tn "tmp-env-probe" /f')), true);
  assert.equal(benign(ps("Unregister-ScheduledTask -TaskName 'Pester-IntegrationTest-Probe' -Confirm:$false")), true);
  for (const c of ["Unregister-ScheduledTask -TaskName 'backup-test' -Confirm:$false", "Unregister-ScheduledTask -TaskName '*test*'", "Unregister-ScheduledTask -TaskName 'prod-smoke-test'", "Get-ScheduledTask -TaskPath '\\Tmp\\' | Unregister-ScheduledTask"]) assert.equal(ps(c).destructive, true, c);
  // One task fixed by name and piped is a task deleted by name (the lead's answer 360.1, round 35).
  assert.equal(benign(ps("Get-ScheduledTask -TaskName 'tmp-x' | Unregister-ScheduledTask")), true);
  assert.equal(cmd('schtasks /delete /tn "temp-logs-rotation" /f').destructive, true);
});

test('bin is build output only with obj in the same filter list (answer 121)', () => {
  assert.equal(benign(cmd('for /d /r . %d in (bin,obj) do @if exist "%d" rd /s /q "%d"')), true);
  assert.equal(benign(ps('Get-ChildItem -Include obj,bin -Directory -Recurse | Remove-Item -Recurse -Force')), true);
  assert.equal(cmd('for /d /r . %d in (bin) do rd /s /q "%d"').destructive, true);
  assert.equal(ps('Get-ChildItem -Recurse -Directory -Include bin | Remove-Item -Recurse -Force').destructive, true);
});
