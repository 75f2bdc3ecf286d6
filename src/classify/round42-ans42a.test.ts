/**
 * Round 42 (ans42a): the lead's answers 440.2 (remote management switched off is access off, as sshd disabled, 427.3)
 * and 440.3 (a named prefix's wildcard in the workspace's own folder, a Windows path too, is edits git holds, 81).
 * fix42-ans42a.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const admin = batchAnswers({ cwd: 'C:\\Users\\Administrator', home: 'C:\\Users\\Administrator' });
const repo = batchAnswers({ cwd: 'C:\\src\\app', home: 'C:\\Users\\dev' });
const decision = (b: ReturnType<typeof batchAnswers>, i: string, ctx?: Record<string, string>) => b('powershell', i, ctx).decision;

test('440.2: remote management switched off is destructive; a dry run, turned on, read, another service stay benign', () => {
  for (const c of ['Disable-PSRemoting -Force', 'Disable-PSRemoting', 'Disable-PSSessionConfiguration -Name *', 'Set-PSSessionConfiguration -Name Microsoft.PowerShell -AccessMode Disabled', 'Set-Service WinRM -StartupType Disabled', 'Stop-Service -Name WinRM', 'winrm delete winrm/config/Listener?Address=*+Transport=HTTP', 'winrm delete winrm/config/plugin/microsoft.powershell']) assert.equal(decision(admin, c), 'destructive', c);
  assert.equal(admin('cmd', 'winrm delete winrm/config/Listener?Address=*+Transport=HTTPS').decision, 'destructive');
  for (const c of ['Disable-PSRemoting -WhatIf', 'Set-Service -Name WinRM -StartupType Automatic', 'Set-Service -Name Spooler -StartupType Manual', 'winrm enumerate winrm/config/Listener', 'winrm get winrm/config', 'Get-PSSessionConfiguration']) assert.equal(decision(admin, c), 'benign', c);
});

test('440.3: Test*.txt in the workspace is an edit; the parent, the root swept, home, a drive root and system paths are not', () => {
  for (const c of ['Set-Content -Path .\\Test*.txt -Value "Hello, World"', 'Remove-Item .\\Test*.txt', 'Clear-Content .\\Test*.txt', 'Remove-Item ./Test*.txt']) assert.equal(decision(repo, c), 'benign', c);
  for (const c of ['Remove-Item ..\\Test*.txt', 'Remove-Item .\\* -Recurse -Force', 'Remove-Item .\\*.txt', 'Remove-Item C:\\Windows\\System32\\drv*.dll', 'Remove-Item C:\\Users\\dev\\Documents\\Rep*.docx']) assert.equal(decision(repo, c), 'destructive', c);
  assert.equal(decision(repo, 'Remove-Item .\\Test*.txt', { cwd: 'C:\\Users\\dev', home: 'C:\\Users\\dev' }), 'destructive');
  assert.equal(decision(repo, 'Set-Content -Path .\\Test*.txt -Value x', { cwd: 'C:\\', home: 'C:\\Users\\dev' }), 'destructive');
});
