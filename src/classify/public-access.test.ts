import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPrivilegedGroup, namesSensitivePort, onlySensitivePorts, roleGrantWidens } from './public-access.ts';
import { registryValueWeakens, shrinksAuditLog, sizeInBytes } from './windows/tools.ts';
import { cmdletWidens } from './powershell/security-settings.ts';
import { literalWord } from './shell/words.ts';

// Round 26 (branch s26g): the tables of access widened or a safeguard weakened (the lead's answers 187, 191, 192, 202).

test('roleGrantWidens: an admin role anywhere, Contributor over a whole subscription, management group or an unknown scope', () => {
  assert.ok(roleGrantWidens('Owner', '/subscriptions/1111/resourceGroups/rg-dev'));
  assert.ok(roleGrantWidens('User Access Administrator', undefined));
  assert.ok(roleGrantWidens('Contributor', '/subscriptions/1111'));
  assert.ok(roleGrantWidens('Contributor', '"/subscriptions/$subId"'));
  assert.ok(roleGrantWidens('Contributor', '/providers/Microsoft.Management/managementGroups/corp'));
  assert.ok(roleGrantWidens('Contributor', null));
  assert.equal(roleGrantWidens('Contributor', '/subscriptions/1111/resourceGroups/rg-dev'), null);
  assert.equal(roleGrantWidens('Contributor', undefined), null);
  assert.equal(roleGrantWidens('Reader', '/subscriptions/1111'), null);
  assert.equal(roleGrantWidens('arn:aws:iam::aws:policy/ReadOnlyAccess', undefined), null);
  assert.ok(roleGrantWidens('arn:aws:iam::aws:policy/PowerUserAccess', undefined));
});

test('onlySensitivePorts: every port an admin or database one (answer 192); namesSensitivePort: any', () => {
  assert.ok(onlySensitivePorts('22'));
  assert.ok(onlySensitivePorts('3389,5432'));
  assert.ok(onlySensitivePorts('5985-5986'));
  assert.ok(!onlySensitivePorts('443'));
  assert.ok(!onlySensitivePorts('22,443'));
  assert.ok(!onlySensitivePorts('20-25'));
  assert.ok(!onlySensitivePorts('any'));
  assert.ok(!onlySensitivePorts(''));
  assert.ok(namesSensitivePort('20-25'));
});

test('isPrivilegedGroup: one table for Windows and Linux admin groups (answer 187)', () => {
  for (const g of ['Administrators', 'BUILTIN\\Administrators', 'S-1-5-32-544', 'sudo', 'wheel', 'admin', 'docker']) assert.ok(isPrivilegedGroup(g), g);
  for (const g of ['adm', 'video', 'libvirt', 'Event Log Readers', 'developers']) assert.ok(!isPrivilegedGroup(g), g);
});

test('shrinksAuditLog: an audit log set below its default size; sizeInBytes reads PowerShell sizes', () => {
  assert.equal(sizeInBytes('64KB'), 65536);
  assert.equal(sizeInBytes('1GB'), 1073741824);
  assert.equal(sizeInBytes('$size'), null);
  assert.ok(shrinksAuditLog('Security', 65536));
  assert.ok(shrinksAuditLog("'Windows PowerShell'", 1048576));
  assert.ok(shrinksAuditLog('Security', null));
  assert.ok(!shrinksAuditLog('Security', 1073741824));
  assert.ok(!shrinksAuditLog('Application', 65536));
});

test('registryValueWeakens: .NET strong cryptography off and old SCHANNEL protocols on (answer 191)', () => {
  assert.ok(registryValueWeakens('HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', 'SchUseStrongCrypto', '0'));
  assert.ok(!registryValueWeakens('HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', 'SchUseStrongCrypto', '1'));
  assert.ok(registryValueWeakens('HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server', 'Enabled', '1'));
  assert.ok(registryValueWeakens('HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\\Client', 'DisabledByDefault', '0'));
  assert.ok(!registryValueWeakens('HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server', 'Enabled', '1'));
  assert.ok(!registryValueWeakens('HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server', 'Enabled', '0'));
});

test('cmdletWidens: WinRM opened, Key Vault policies granted, Azure roles over a subscription', () => {
  const words = (...xs: string[]) => xs.map((x) => literalWord(x, 0, x.length));
  assert.equal(cmdletWidens('enable-psremoting', words('-Force'))?.code, 'public_access');
  assert.equal(cmdletWidens('set-azkeyvaultaccesspolicy', words('-VaultName', 'kv', '-ObjectId', 'x', '-PermissionsToSecrets', 'get,set'))?.code, 'access_granted');
  assert.equal(cmdletWidens('set-azkeyvaultaccesspolicy', words('-VaultName', 'kv', '-EnabledForDeployment')), null);
  // The lead's answer 210 (round 27): get/list on secrets reads the credentials; on keys and certificates a change.
  assert.equal(cmdletWidens('set-azkeyvaultaccesspolicy', words('-VaultName', 'kv', '-ObjectId', 'x', '-PermissionsToSecrets', 'get,list'))?.code, 'access_granted');
  assert.equal(cmdletWidens('set-azkeyvaultaccesspolicy', words('-VaultName', 'kv', '-ObjectId', 'x', '-PermissionsToKeys', 'get,list', '-PermissionsToCertificates', 'get')), null);
  assert.equal(cmdletWidens('set-azkeyvaultaccesspolicy', words('-VaultName', 'kv', '-ObjectId', 'x', '-PermissionsToKeys', 'all'))?.code, 'access_granted');
  assert.equal(cmdletWidens('new-azroleassignment', words('-ObjectId', 'x', '-RoleDefinitionName', 'Contributor'))?.code, 'admin_grant');
  assert.equal(cmdletWidens('new-azroleassignment', words('-ObjectId', 'x', '-RoleDefinitionName', 'Contributor', '-ResourceGroupName', 'rg-dev')), null);
  assert.equal(cmdletWidens('new-azroleassignment', words('-ObjectId', 'x', '-RoleDefinitionName', 'Reader', '-Scope', '/subscriptions/1')), null);
});
