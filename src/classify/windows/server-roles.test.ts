import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts, type ShellDialect } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { classifyPath, resolvePath } from '../paths.ts';

const WIN = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };
let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});
const facts = (command: string, shell: ShellDialect): ActionFacts => classifier.classify({ kind: 'shell', command, shell }, WIN, EMPTY_INVENTORY);
const codes = (command: string, shell: ShellDialect = 'powershell') => facts(command, shell).findings.map((x) => x.code);

describe('Windows Server roles (round 11, blind11-win2)', () => {
  test('a role out of service by its cmdlet (Save-VM, cluster groups and nodes, Close-Smb*), not its start or resume', () => {
    for (const c of ['Save-VM -Name dc02', 'Stop-ClusterGroup -Name SQL', 'Suspend-ClusterNode -Name node2', 'Suspend-ClusterNode -Name node2 -Drain -ForceDrain', 'Get-SmbSession | Close-SmbSession -Force']) assert.ok(codes(c).includes('service_outage'), c);
    // Answer 358.2 (round 35): a drain that moves the roles elsewhere is a write, as `kubectl drain` is.
    for (const c of ['Start-VM -Name dc02', 'Resume-ClusterNode -Name node2', 'Suspend-ClusterNode -Name node2 -Drain', 'Suspend-ClusterNode -Name node2 -Drain -WhatIf']) assert.equal(facts(c, 'powershell').destructive, false, c);
  });

  test('a setting that takes a role out, switches an account or a safeguard off, by its value', () => {
    assert.ok(codes('Set-Disk -Number 3 -IsOffline $true').includes('service_outage'));
    assert.equal(facts('Set-Disk -Number 3 -IsOffline $false', 'powershell').destructive, false);
    assert.ok(codes('Update-MgUser -UserId a@b.c -AccountEnabled:$false').includes('account_disabled'));
    assert.equal(facts('Update-MgUser -UserId a@b.c -AccountEnabled', 'powershell').destructive, false);
    assert.ok(codes('Set-SmbShare -Name F -EncryptData $false -Force').includes('encryption_off'));
    assert.ok(codes('Set-ADDefaultDomainPasswordPolicy -Identity corp -ComplexityEnabled $false').includes('safeguard_disabled'));
  });

  test('cmd: a stop followed at once by the start of the same service is a restart', () => {
    assert.equal(facts('net stop W3SVC && net start W3SVC', 'cmd').destructive, false);
    assert.equal(facts('net stop W3SVC /y && net start W3SVC', 'cmd').destructive, true);
    assert.equal(facts('net stop W3SVC && net start WAS', 'cmd').destructive, true);
  });

  test('scratch folders their owners refill are temporary; their neighbours are not', () => {
    const cls = (p: string) => classifyPath(resolvePath(p, WIN)!, WIN, EMPTY_INVENTORY);
    assert.equal(cls('C:\\Windows\\SoftwareDistribution\\Download'), 'temporary');
    assert.equal(cls('C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\Temporary ASP.NET Files\\root'), 'temporary');
    assert.equal(cls('D:\\agent\\_work\\_temp\\x'), 'temporary');
    assert.equal(cls('C:\\Windows\\SoftwareDistribution\\DataStore'), 'critical');
    assert.equal(cls('D:\\agent\\_work\\1\\s'), 'outside');
  });

  test('[Environment]::SetEnvironmentVariable: a stored PATH built on the old one is kept, a literal one replaces it', () => {
    assert.equal(facts("$p = [Environment]::GetEnvironmentVariable('Path', 'User'); [Environment]::SetEnvironmentVariable('Path', \"$p;C:\\x\", 'User')", 'powershell').destructive, false);
    assert.ok(codes("[Environment]::SetEnvironmentVariable('Path', 'C:\\x', 'User')").includes('env_path_replaced'));
    assert.equal(facts("[Environment]::SetEnvironmentVariable('Path', 'C:\\x')", 'powershell').destructive, false);
  });
});
