import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 27 (branch w27): the lead's answer 218 and the PowerShell and cmd classes of round 27, each with neighbours both ways.

const { ps, cmd } = windowsClassifier();
const SERVER = { cwd: 'C:\\Users\\Administrator', home: 'C:\\Users\\Administrator', host: 'app01' };

test("PowerShell's if ($LASTEXITCODE -eq 0) / if ($?) after a save is cmd's && (answer 218)", () => {
  for (const c of [
    'reg export HKCU\\Software\\Contoso .\\c.reg /y; if ($LASTEXITCODE -eq 0) { reg delete HKCU\\Software\\Contoso /f }',
    'reg export HKCU\\Software\\Contoso .\\c.reg /y; if ($?) { Remove-Item -Path HKCU:\\Software\\Contoso -Recurse -Force }',
    'reg export HKCU\\Software\\Contoso .\\c.reg /y && reg delete HKCU\\Software\\Contoso\\Sub /f',
    'wsl --export Ubuntu D:\\wsl\\u.tar; if (-not $LASTEXITCODE) { wsl --unregister Ubuntu }',
  ])
    assert.ok(benign(ps(c)), c);
  for (const c of [
    'reg export HKCU\\Software\\Contoso .\\c.reg /y; reg delete HKCU\\Software\\Contoso /f',
    'reg export HKCU\\Software\\Contoso .\\c.reg /y; if ($LASTEXITCODE -ne 0) { reg delete HKCU\\Software\\Contoso /f }',
    'reg export HKCU\\Software\\Contoso .\\c.reg /y; if ($?) { reg delete HKCU\\Software\\Fabrikam /f }',
    'reg export HKCU\\Software\\Contoso nul; if ($?) { reg delete HKCU\\Software\\Contoso /f }',
    'reg export HKCU\\Software\\Contoso .\\c.reg /y; if ($?) { reg delete HKCU\\Software\\Contoso /f; Remove-Item .\\c.reg }',
    'reg export HKCU\\Software\\Contoso .\\c.reg /y; if ($?) { Write-Host ok } else { reg delete HKCU\\Software\\Contoso /f }',
    'reg export HKCU\\Software\\Contoso\\Tool .\\t.reg /y; if ($?) { Remove-Item HKCU:\\Software\\Contoso -Recurse }',
  ])
    assert.ok(ps(c).destructive, c);
});

test("Windows Update's folder renamed aside while its services restart is a restart; deleted or left stopped it is not (answer 218)", () => {
  for (const c of [
    'net stop wuauserv && net stop bits && ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old && net start bits && net start wuauserv',
    'net stop wuauserv & ren %windir%\\SoftwareDistribution SD.bak & net start wuauserv',
  ])
    assert.ok(benign(cmd(c, SERVER)), c);
  for (const c of [
    'net stop wuauserv && ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old',
    'net stop wuauserv && rd /s /q C:\\Windows\\SoftwareDistribution && net start wuauserv',
    'net stop wuauserv && ren C:\\Windows\\System32\\config config.old && net start wuauserv',
    'net stop MSSQLSERVER && ren C:\\Windows\\SoftwareDistribution SD.old && net start MSSQLSERVER',
  ])
    assert.ok(cmd(c, SERVER).destructive, c);
  assert.ok(benign(ps('Stop-Service wuauserv, bits -Force; Rename-Item C:\\Windows\\SoftwareDistribution SoftwareDistribution.old; Start-Service wuauserv, bits', SERVER)));
  for (const c of [
    'Stop-Service wuauserv; Rename-Item C:\\Windows\\SoftwareDistribution SoftwareDistribution.old',
    'Stop-Service wuauserv; Remove-Item C:\\Windows\\SoftwareDistribution -Recurse -Force; Start-Service wuauserv',
    'Stop-Service cryptsvc -Force; Rename-Item C:\\Windows\\System32\\catroot2 catroot2.old; Start-Service cryptsvc',
  ])
    assert.ok(ps(c, SERVER).destructive, c);
});

test('the newest N (>= 2) backups of one folder kept is retention (answer 218, as answer 91)', () => {
  assert.ok(benign(ps('Get-ChildItem D:\\SQLBackups\\Orders -Filter *.bak | Sort-Object LastWriteTime -Descending | Select-Object -Skip 7 | Remove-Item', SERVER)));
  assert.ok(benign(ps('gci D:\\Backups\\Shop\\*.zip | sort LastWriteTime -Desc | select -Skip 10 | rm', SERVER)));
  for (const c of [
    'Get-ChildItem D:\\SQLBackups\\Orders -Filter *.bak | Sort-Object LastWriteTime | Select-Object -Skip 7 | Remove-Item',
    'Get-ChildItem D:\\SQLBackups\\Orders -Filter *.bak | Sort-Object LastWriteTime -Descending | Select-Object -Skip 1 | Remove-Item',
    'Get-ChildItem D:\\SQLBackups\\Orders -Filter *.bak | Sort-Object LastWriteTime -Descending | Select-Object -First 5 | Remove-Item',
    'Get-ChildItem D:\\Backups -Recurse -Filter *.bak | Sort-Object LastWriteTime -Descending | Select-Object -Skip 5 | Remove-Item',
    'Get-ChildItem D:\\Data\\Exports | Sort-Object LastWriteTime -Descending | Select-Object -Skip 5 | Remove-Item',
  ])
    assert.ok(ps(c, SERVER).destructive, c);
});

test('a folder removed only after Compress-Archive packed it is saved first (answer 218)', () => {
  assert.ok(benign(ps('Compress-Archive -Path D:\\Shares\\P\\Old -DestinationPath E:\\Archive\\Old.zip && Remove-Item D:\\Shares\\P\\Old -Recurse -Force', SERVER)));
  assert.ok(benign(ps('Compress-Archive -Path .\\data\\* -DestinationPath D:\\archive\\data.zip; if ($?) { Remove-Item .\\data -Recurse }')));
  for (const c of [
    'Compress-Archive -Path .\\data -DestinationPath D:\\archive\\data.zip; if ($LASTEXITCODE -eq 0) { Remove-Item .\\data -Recurse }',
    'Compress-Archive -Path .\\data -DestinationPath .\\data\\data.zip && Remove-Item .\\data -Recurse',
    'Compress-Archive -Path .\\data\\*.csv -DestinationPath D:\\a.zip && Remove-Item .\\data -Recurse',
    'Compress-Archive -Path .\\data -DestinationPath D:\\a.zip && Remove-Item .\\data -Recurse && Remove-Item D:\\a.zip',
  ])
    assert.ok(ps(c).destructive, c);
});

test("a GitHub-hosted Windows runner's disk clean-up loses nothing; a kept runner's does (answers 135, 217)", () => {
  const hosted = { cwd: 'D:\\a\\shop\\shop', home: 'C:\\Users\\runneradmin' };
  assert.ok(benign(ps("Remove-Item 'C:\\Program Files (x86)\\Android' -Recurse -Force", hosted)));
  assert.ok(ps('Remove-Item C:\\Users\\runneradmin -Recurse -Force', hosted).destructive);
  assert.ok(ps("Remove-Item 'C:\\Program Files (x86)\\Android' -Recurse -Force", { cwd: 'C:\\actions-runner\\_work\\shop\\shop', home: 'C:\\Users\\svc-runner' }).destructive);
});

test("cmd's for /f \"skip=N\" over dir /b /o-d of one folder's backups keeps the newest N (answer 218)", () => {
  const srv = { cwd: 'C:\\Users\\Administrator', home: 'C:\\Users\\Administrator', host: 'sql01' };
  assert.ok(benign(cmd("for /f \"skip=5 delims=\" %f in ('dir /b /o-d D:\\SQLBackups\\Orders_*.bak') do del \"D:\\SQLBackups\\%f\"", srv)));
  for (const c of [
    "for /f \"skip=5 delims=\" %f in ('dir /b /od D:\\SQLBackups\\Orders_*.bak') do del \"D:\\SQLBackups\\%f\"",
    "for /f \"skip=1 delims=\" %f in ('dir /b /o-d D:\\SQLBackups\\Orders_*.bak') do del \"D:\\SQLBackups\\%f\"",
    "for /f \"usebackq skip=5\" %f in ('dir /b /o-d D:\\SQLBackups\\Orders_*.bak') do del \"D:\\SQLBackups\\%f\"",
    "for /f \"skip=5 delims=\" %f in ('dir /b /o-d D:\\Data\\*.csv') do del \"D:\\Data\\%f\"",
  ])
    assert.ok(cmd(c, srv).destructive, c);
});
