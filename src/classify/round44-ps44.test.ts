/**
 * Round 44 (ps44): PowerShell classes built from tuned false positives, at their edges: PowerShell 7's ternary and
 * null-coalescing operators read as the `if` each stands for (ps7-operators.ts), .NET static reads (DOTNET_READS), one
 * file's or folder's sharing links and one Power BI workspace member removed (m365-catalogue.ts), and a variable an `if`'s
 * branch may set no longer read as one fixed value. fix44-ps44.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { lowerPowerShell7Operators, sameLengthGrammarGaps } from './powershell/grammar-gaps.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const ps = (i: string) => (batch('powershell', i) as unknown as { decision: string }).decision;

test('the operators are rewritten to the if they stand for; quoted text, Where-Object and chains are left alone', () => {
  assert.equal(lowerPowerShell7Operators('$c = $IsWindows ? "R" : "D"'), '$c = $(if ($IsWindows) { "R" } else { "D" })');
  assert.equal(lowerPowerShell7Operators('$p = $env:PORT ?? 5080'), '$p = $(if ($null -ne $env:PORT) { $env:PORT } else { 5080 })');
  assert.equal(lowerPowerShell7Operators('$p ??= 8080'), '$p = $(if ($null -eq $p) { 8080 } else { $p })');
  for (const s of ['Write-Host "a ? b : c"', "Write-Host 'x ?? y'", 'Get-Process | ? { $_.CPU -gt 1 }', 'dotnet build && dotnet test', '$a ? (Get-X (Get-Y)) : 1']) {
    assert.equal(lowerPowerShell7Operators(s), s, s);
  }
});

test('a value chosen by an operator is not fixed: a system folder among the choices stays destructive', () => {
  for (const c of ['$cfg = $IsWindows ? "Release" : "Debug"; dotnet build -c $cfg', '$port = $env:PORT ?? 5080; dotnet run --urls "http://localhost:$port"', '$port ??= 8080; npm run dev -- --port $port']) assert.equal(ps(c), 'benign', c);
  for (const c of ['$t = $IsWindows ? "C:\\Windows" : "/usr"; Remove-Item -Recurse -Force $t', '$d = $env:OUT ?? "C:\\"; Remove-Item $d -Recurse -Force', '$r = $x ? (Remove-Item -Recurse -Force C:\\Users) : 1']) assert.notEqual(ps(c), 'benign', c);
  // An operand the rewrite does not take (a nested group) leaves the parse error: unknown.
  assert.equal(ps('$a = $x ? (Get-Item (Get-Location)) : 1; dotnet build'), 'unknown');
});

test('.NET static reads are benign; the same types\' deletes stay calls we do not follow', () => {
  for (const c of ['[System.IO.Ports.SerialPort]::GetPortNames()', "[System.Diagnostics.EventLog]::SourceExists('Shop')", '[enum]::GetNames([System.IO.FileAttributes])', "[System.Net.WebUtility]::UrlEncode('a b')"]) assert.equal(ps(c), 'benign', c);
  for (const c of ["[System.Diagnostics.EventLog]::Delete('Application')", "[System.Diagnostics.EventLog]::DeleteEventSource('Shop')", "[System.Diagnostics.EventLog]::CreateEventSource('Shop', 'Application')"]) assert.notEqual(ps(c), 'benign', c);
});

test('sharing links and a Power BI member: one fixed item or principal narrows access; a variable or a loop does not', () => {
  for (const c of ["Remove-PnPFileSharingLink -FileUrl '/sites/a/Shared Documents/x.docx' -Force", "Remove-PnPFolderSharingLink -Folder '/sites/a/Shared Documents/B'", 'Remove-PowerBIWorkspaceUser -Scope Organization -Id $ws.Id -UserPrincipalName ann@contoso.com']) assert.equal(ps(c), 'benign', c);
  for (const c of ['Remove-PnPFileSharingLink -FileUrl $f -Force', 'Get-PnPListItem -List Documents | ForEach-Object { Remove-PnPFileSharingLink -FileUrl $_.FieldValues.FileRef -Force }', 'Remove-PowerBIWorkspaceUser -Scope Organization -Id $ws.Id -UserPrincipalName $u', 'Remove-PowerBIReport -Id $r']) assert.notEqual(ps(c), 'benign', c);
});

test('a variable an if branch sets holds either value afterwards; one no branch sets keeps its value', () => {
  assert.notEqual(ps("$d = 'C:\\Windows'; if ($clean) { $d = '.\\tmp' }; Remove-Item -Recurse -Force $d"), 'benign');
  assert.notEqual(ps("if ($a) { $d = 'C:\\Program Files' } else { $d = '.\\obj' }; Remove-Item -Recurse -Force $d"), 'benign');
  assert.notEqual(ps("if ($a) { $d = '.\\obj' } elseif ($b) { $d = 'C:\\Users' }; Remove-Item -Recurse -Force $d"), 'benign');
  assert.equal(ps("$d = '.\\obj'; if ($v) { Write-Host $d }; Remove-Item -Recurse -Force $d"), 'benign');
  assert.equal(ps("$d = '.\\obj'; if ($v) { $d = '.\\obj' }; Remove-Item -Recurse -Force $d"), 'benign');
});

test('same-length gaps: a background &, a break label, an inline default and param; && and the call operator stay', () => {
  assert.equal(sameLengthGrammarGaps('dotnet run &'), 'dotnet run  ');
  assert.equal(sameLengthGrammarGaps('foreach ($i in 1) { break outer }'), 'foreach ($i in 1) { break       }');
  assert.equal(sameLengthGrammarGaps('switch ($x) { 1 { 2 } default { 3 } }'), 'switch ($x) { 1 { 2 }\ndefault { 3 } }');
  assert.equal(sameLengthGrammarGaps('function f { param($n) $n }'), 'function f { param($n)\n$n }');
  for (const s of ['a && b', "& 'C:\\x.exe' -y", 'git status 2>&1', 'Write-Host "x &"', 'function f { param($n); $n }', 'Invoke-Command { param($p)\n$p }']) {
    assert.equal(sameLengthGrammarGaps(s), s, s);
  }
});

test('what the gaps hid is judged: background, labelled, default and function bodies', () => {
  for (const c of ['npm run build &', "switch ($x) { 'a' { 1 } default { 2 } }", 'function f { param($p) Get-Item $p }; f .', '${p}?.Id']) assert.equal(ps(c), 'benign', c);
  for (const c of ['Remove-Item -Recurse -Force C:\\Windows &', "switch ($x) { 'a' { 1 } default { Remove-Item -Recurse -Force C:\\Users } }", 'function f { param($p) Remove-Item -Recurse -Force C:\\Users }; f 1', ':o foreach ($d in 1) { Stop-Computer -Force; break o }', '$s = Get-Service W3SVC; ${s}?.Stop()']) assert.notEqual(ps(c), 'benign', c);
});
