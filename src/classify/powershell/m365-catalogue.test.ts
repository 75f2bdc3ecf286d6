import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isM365Noun, removalFamily } from './m365-catalogue.ts';
import { WINDOWS_DEV_APP, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 20 (branch c20m): the Microsoft 365 / Azure module catalogue.

const { ps } = windowsClassifier(WINDOWS_DEV_APP);

test('families are derived from the nouns, the Beta module as v1.0', () => {
  assert.equal(removalFamily('mguser')?.loses, 'identity');
  assert.equal(removalFamily('mgbetauser')?.loses, 'identity');
  assert.equal(removalFamily('mgdirectorydeleteditem')?.loses, 'purge');
  assert.equal(removalFamily('mguserauthenticationfido2method')?.loses, 'credential');
  assert.equal(removalFamily('mggroupownerbyref')?.loses, 'access');
  assert.equal(removalFamily('azroleassignment')?.loses, 'access');
  assert.equal(removalFamily('azrmstorageshare')?.loses, 'data');
  assert.equal(removalFamily('azresourcelock')?.loses, 'safeguard');
  assert.equal(removalFamily('sposite')?.restore?.includes('93 days'), true);
  assert.equal(removalFamily('somethingelse'), null);
  assert.equal(isM365Noun('transportrule'), true);
  assert.equal(isM365Noun('pnpdevice'), false, 'the Windows PnpDevice module is not PnP.PowerShell');
  assert.equal(isM365Noun('netfirewallrule'), false);
});

test('one named principal\'s grant removed is narrowed; every grant or an unfixed principal is not', () => {
  for (const cmd of ["Remove-MailboxPermission -Identity shared@contoso.com -User 'ex@contoso.com' -AccessRights FullAccess", "Remove-AzRoleAssignment -SignInName 'ex@contoso.com' -RoleDefinitionName Reader -ResourceGroupName rg-web", 'Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId abc123']) {
    assert.equal(ps(cmd).destructive, false, cmd);
  }
  for (const cmd of ['Get-AzRoleAssignment | Remove-AzRoleAssignment', 'Remove-AzRoleAssignment -ObjectId $sp.Id -RoleDefinitionName Owner', "Remove-MailboxPermission -Identity shared -User '*' -AccessRights FullAccess"]) {
    assert.equal(ps(cmd).destructive, true, cmd);
  }
});

test('Disable- of these modules fails closed; session settings, one inbox rule and test rules do not', () => {
  for (const cmd of ["Disable-TransportRule -Identity 'Block exe'", 'Disable-AzSomethingNew -Name x', "Disable-AzActivityLogAlert -ResourceGroupName rg-prod -Name 'test-alert'", 'Get-TransportRule | Disable-TransportRule']) {
    assert.equal(ps(cmd).destructive, true, cmd);
  }
  for (const cmd of ['Disable-AzContextAutosave', "Disable-InboxRule -Mailbox a@contoso.com -Identity 'Newsletters'", "Disable-TransportRule -Identity 'TEST - footer'", "Disable-TransportRule -Identity 'Block exe' -WhatIf"]) {
    assert.equal(ps(cmd).destructive, false, cmd);
  }
});

test('Set-/Update- values: off or open is destructive, its twin is not', () => {
  const pairs: Array<[string, string]> = [
    ['Set-SPOSite -Identity https://c.sharepoint.com/sites/x -LockState NoAccess', 'Set-SPOSite -Identity https://c.sharepoint.com/sites/x -LockState Unlock'],
    ['Set-AzStorageAccount -ResourceGroupName rg -Name st -MinimumTlsVersion TLS1_0', 'Set-AzStorageAccount -ResourceGroupName rg -Name st -MinimumTlsVersion TLS1_2'],
    ['Set-OrganizationConfig -OAuth2ClientProfileEnabled $false', 'Set-OrganizationConfig -OAuth2ClientProfileEnabled $true'],
    ['Set-MailboxAuditBypassAssociation -Identity svc -AuditBypassEnabled $true', 'Set-MailboxAuditBypassAssociation -Identity svc -AuditBypassEnabled $false'],
    ['Update-AzSubscription -SubscriptionId x -Action Cancel', 'Update-AzSubscription -SubscriptionId x -Action Rename -Name y'],
  ];
  for (const [bad, good] of pairs) {
    assert.equal(ps(bad).destructive, true, bad);
    assert.equal(ps(good).destructive, false, good);
  }
});

test('one mailbox\'s inbox rules switched off are benign; every mailbox\'s, an unfixed one and transport rules are not (answer 83)', () => {
  for (const c of ["Disable-InboxRule -Mailbox jdoe@contoso.com -Identity 'Move newsletters'", 'Get-InboxRule -Mailbox jdoe@contoso.com | Disable-InboxRule', "Get-InboxRule -Mailbox jdoe@contoso.com | Where-Object { $_.Name -like 'News*' } | Disable-InboxRule -Confirm:$false"]) {
    assert.equal(ps(c).destructive, false, c);
  }
  for (const c of ['Get-Mailbox -ResultSize Unlimited | Get-InboxRule | Disable-InboxRule', 'Get-InboxRule -Mailbox $upn | Disable-InboxRule', 'Get-InboxRule -Mailbox a@contoso.com,b@contoso.com | Disable-InboxRule', 'Get-Mailbox | ForEach-Object { Get-InboxRule -Mailbox $_.Alias | Disable-InboxRule }', "Disable-TransportRule -Identity 'Block executable attachments'", "Get-TransportRule -Identity 'DLP - card numbers' | Disable-TransportRule -Confirm:$false", 'Get-TransportRule | Where-Object { $_.Priority -gt 3 } | Disable-TransportRule']) {
    assert.equal(ps(c).destructive, true, c);
  }
});
