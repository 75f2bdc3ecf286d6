import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 25 (branch k25p): classes from blind25-ps and the tuned PowerShell misses, each with neighbours both ways.

const { ps } = windowsClassifier();

test('one Windows or Microsoft 365 object named scratch, test, CI or temporary is removed as throwaway (answer 72)', () => {
  for (const c of ["Remove-WebSite -Name 'shop-test'", "Remove-WebAppPool -Name 'SandboxPool'", "Remove-ADComputer -Identity 'CI-TEMP-VM-17'", "Remove-DistributionGroup -Identity 'test-dl@contoso.com' -Confirm:$false"]) assert.ok(benign(ps(c)), c);
  for (const c of ["Remove-WebSite -Name 'shop-test-prod'", "Remove-ADGroup -Identity 'ci'", "Remove-WebSite -Name 'shop-latest'", "Remove-ADOrganizationalUnit -Identity 'OU=Test,DC=x' -Recursive", "Remove-ADComputer -Identity 'ci-temp-1' -Server dc-prod-01", "Remove-AzStorageAccount -Name test-store -ResourceGroupName rg -Force"]) assert.ok(ps(c).destructive, c);
});

test('an Az resource named for a run inside a resource group is the leaf; the group only must not name production', () => {
  assert.ok(benign(ps('Remove-AzVM -ResourceGroupName rg-ci -Name ci-run-5512 -Force')));
  assert.ok(ps('Remove-AzVM -ResourceGroupName rg-prod -Name ci-run-5512 -Force').destructive);
  assert.ok(ps('Remove-AzResourceGroup -Name rg-ci -Force').destructive);
});

test('a variable assigned from Join-Path of fixed parts is that path', () => {
  assert.ok(benign(ps("$c = Join-Path $env:LOCALAPPDATA 'go-build'; Remove-Item $c -Recurse -Force")));
  assert.ok(ps("$d = Join-Path $HOME 'Documents'; Remove-Item $d -Recurse -Force").destructive);
  assert.ok(ps("$d = Join-Path (Get-Location) 'data'; Remove-Item $d -Recurse -Force").destructive);
});

test('LocalAccounts -Name names the account, and a list is read whole', () => {
  assert.ok(benign(ps("Disable-LocalUser -Name 'ci-temp-user'")));
  assert.ok(ps("Disable-LocalUser -Name 'qa-test','Administrator'").destructive);
  assert.ok(ps("Disable-ADAccount -Identity 'svc-test-qa01','svc_sql'").destructive);
});

test('New-Website writes configuration only; -Force replaces a site', () => {
  assert.ok(benign(ps("New-Website -Name 'pr-12' -Port 8012 -PhysicalPath C:\\inetpub\\pr-12")));
  assert.ok(!benign(ps("New-Website -Name 'Default Web Site' -Port 80 -PhysicalPath C:\\inetpub\\x -Force")));
});
