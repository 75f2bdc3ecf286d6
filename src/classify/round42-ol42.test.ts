/**
 * Round 42 (ol42): classes from the tuned third of the PowerShell reference suite (psdocs): remote management opened
 * (`Set-PSSessionConfiguration -AccessMode Remote`, a WinRM listener created, CredSSP through the `WSMan:` drive), WMI
 * methods run through WS-Management, the session's history run again, one named value of a vendor's HKLM key (432.2)
 * through the registry provider, the session's own drives, a CIM session, Convert-Path, in-memory .NET objects.
 * fix42-ol42.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const batch = batchAnswers({ cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' });
const answer = (i: string) => batch('powershell', i).decision;

test('remote management opened is destructive; its reads, dry runs and updates are not', () => {
  for (const c of ['Set-PSSessionConfiguration -Name Microsoft.PowerShell -AccessMode Remote', 'Set-PSSessionConfiguration Microsoft.PowerShell -acc Remote -Force', "New-WSManInstance winrm/config/Listener -SelectorSet @{Transport='HTTP'; Address='*'}", 'Set-Item WSMan:\\localhost\\Service\\Auth\\CredSSP -Value $true', "Set-Item -Path WSMan:\\web-01\\Client\\Auth\\CredSSP -Value 'true'"]) assert.equal(answer(c), 'destructive', c);
  for (const c of ['Set-PSSessionConfiguration -Name Ops -Path .\\ops.pssc', 'Set-PSSessionConfiguration -Name Microsoft.PowerShell -AccessMode Remote -WhatIf', 'Set-Item WSMan:\\localhost\\Service\\Auth\\CredSSP -Value $false', "New-WSManInstance -ResourceURI winrm/config/plugin -SelectorSet @{Name='x'} -WhatIf", 'Get-WSManInstance -ResourceURI winrm/config/listener -Enumerate']) assert.equal(answer(c), 'benign', c);
  // a WS-Management change or WMI method the input does not show
  for (const c of ['Set-WSManInstance @params', 'New-WSManInstance @params', 'Invoke-WSManAction @params', 'Invoke-WSManAction -Action $verb -ResourceURI wmicimv2/Win32_Service']) assert.equal(answer(c), 'unknown', c);
});

test('WMI methods through WS-Management: stop, terminate and delete are destructive, start is a write', () => {
  for (const a of ['StopService', 'PauseService', 'Terminate', 'Delete', 'ChangeStartMode']) assert.equal(answer(`Invoke-WSManAction -Action ${a} -ResourceURI wmicimv2/Win32_Service -SelectorSet @{Name='W3SVC'}`), 'destructive', a);
  assert.equal(answer("Invoke-WSManAction -Action StartService -ResourceURI wmicimv2/Win32_Service -SelectorSet @{Name='Spooler'}"), 'benign');
  assert.equal(answer("Invoke-WSManAction -Action Frobnicate -ResourceURI wmicimv2/Win32_Service -SelectorSet @{Name='Spooler'}"), 'unknown');
});

test("the session's history run again is unknown, whatever names it", () => {
  for (const c of ['Invoke-History', 'Invoke-History -Id 12', 'ihy 3', 'r 12', 'Get-History -Id 5 | Invoke-History']) assert.equal(answer(c), 'unknown', c);
  assert.equal(answer('Get-History -Count 5'), 'benign');
});

test('432.2 through the registry provider: one named value of a vendor key is a write; Microsoft, policies, security, secrets, wildcards are not', () => {
  for (const c of ["Remove-ItemProperty -Path 'HKLM:\\SOFTWARE\\Contoso\\Billing' -Name LastSync", 'Clear-ItemProperty HKLM:\\Software\\Fabrikam\\Agent CacheDir', "rp 'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Contoso\\Billing' -Name WindowPos"]) assert.equal(answer(c), 'benign', c);
  for (const c of ["Remove-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run' -Name X", "Remove-ItemProperty -Path 'HKLM:\\SOFTWARE\\Policies\\Contoso\\Agent' -Name Locked", "Remove-ItemProperty -Path 'HKLM:\\SOFTWARE\\CrowdStrike\\Sensor' -Name Tags", "Remove-ItemProperty -Path 'HKLM:\\SOFTWARE\\Contoso\\Billing' -Name ApiToken", "Remove-ItemProperty -Path 'HKLM:\\SOFTWARE\\Contoso\\Billing' -Name *", "Remove-ItemProperty -Path 'HKLM:\\SOFTWARE\\Contoso' -Name Installed", 'Remove-ItemProperty -Path HKLM:\\SOFTWARE\\Contoso\\Billing -Name $n']) assert.notEqual(answer(c), 'benign', c);
});

test("the session's own drives, a CIM session, Convert-Path and in-memory objects are not losses", () => {
  for (const c of ['Clear-Item Variable:BuildNumber', 'Clear-Item -Path Env:HTTP_PROXY', 'cli Function:prompt', 'Remove-CimSession -Id 5', 'Get-CimSession | Remove-CimSession', 'Convert-Path .git*', '[guid]::CreateVersion7()', '$ms = [System.IO.MemoryStream]::new()']) assert.equal(answer(c), 'benign', c);
  for (const c of ['Clear-Item -Path HKLM:\\SOFTWARE\\Contoso\\Billing', 'Clear-Item C:\\Finance\\ledger.xlsx', 'Clear-Item Variable:*, C:\\Finance\\ledger.xlsx', "Remove-CimInstance -Query 'Select * from Win32_UserAccount'", "[System.IO.File]::Delete('C:\\Finance\\ledger.xlsx')"]) assert.notEqual(answer(c), 'benign', c);
});
