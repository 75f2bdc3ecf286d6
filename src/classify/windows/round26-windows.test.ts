import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, unknown, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 26 (branch w26): the lead's answers 189, 190, 201, 203, 204, 205 and 206, each with neighbours both ways.

const { run } = windowsClassifier();
const PROD = { cwd: 'C:\\Users\\Administrator', home: 'C:\\Users\\Administrator', host: 'prod-web01' };

test('a service disabled on a host named for production stays destructive (answer 189)', () => {
  assert.ok(run('Set-Service -Name AcmeOrders -StartupType Disabled -ComputerName prod-app01', 'powershell').destructive);
  assert.ok(run('sc \\\\prod-app01 config AcmeOrders start= disabled', 'cmd').destructive);
  // The lead's answer 216 (round 27): the session's own host named for production counts too.
  assert.ok(run('sc config AcmeOrders start= disabled', 'cmd', PROD).destructive);
  assert.ok(benign(run('Set-Service -Name AcmeOrders -StartupType Disabled -ComputerName dev-app01', 'powershell')));
  assert.ok(benign(run('Set-Service -Name AcmeOrders -StartupType Manual -ComputerName prod-app01', 'powershell')));
});

test('Azure resources named scratch, test or sandbox by a whole token, and preview-N slots and pools (answer 190)', () => {
  for (const c of ['Remove-AzResourceGroup -Name rg-sandbox-test -Force', 'Remove-AzKeyVault -VaultName kv-scratch-x -Force', 'Remove-WebAppPool preview-388', 'Remove-AzWebAppSlot -ResourceGroupName rg-dev -Name app -Slot preview-12 -Force']) assert.ok(benign(run(c, 'powershell')), c);
  for (const c of ['az group delete -n rg-scratch-x --yes', 'az keyvault delete -n kv-scratch-x']) assert.ok(benign(run(c, 'bash')), c);
  for (const c of ['Remove-AzResourceGroup -Name rg-prod-test -Force', 'Remove-AzResourceGroup -Name rg-staging-sandbox -Force', 'Remove-AzResourceGroup -Name rg-ci -Force', 'Remove-AzResourceGroup -Name rg-contest -Force', 'Remove-AzStorageAccount -ResourceGroupName rg-dev -Name stscratch -Force', 'Remove-WebAppPool preview']) assert.ok(run(c, 'powershell').destructive, c);
  for (const c of ['az group delete -n rg-prod-sandbox --yes', 'az keyvault delete -n kv-scratch-x -g rg-prod']) assert.ok(run(c, 'bash').destructive, c);
});

test('a build copied over a site on a host named for production is an overwrite; elsewhere a deploy (answer 201)', () => {
  assert.ok(run('xcopy /e /y /i .\\publish C:\\inetpub\\wwwroot\\billing', 'cmd', PROD).destructive);
  assert.ok(run('robocopy .\\publish \\\\web-prod-01\\c$\\inetpub\\wwwroot\\shop /E', 'cmd').destructive);
  assert.ok(run('Copy-Item .\\publish\\* C:\\inetpub\\wwwroot\\billing -Recurse -Force', 'powershell', PROD).destructive);
  assert.ok(benign(run('xcopy /e /y /i .\\publish C:\\inetpub\\wwwroot\\billing', 'cmd')));
  assert.ok(benign(run('robocopy .\\publish \\\\web-dev-01\\c$\\inetpub\\wwwroot\\shop /E', 'cmd')));
  assert.ok(benign(run('taskkill /f /im w3wp.exe', 'cmd', PROD)));
});

test('a database engine or a monitoring agent uninstalled is destructive; developer tools are not (answer 203)', () => {
  for (const c of ['choco uninstall sql-server-2019 -y', 'winget uninstall --id Datadog.Agent', "wmic product where \"name like 'Contoso Monitoring Agent%'\" call uninstall"]) assert.ok(run(c, 'cmd').destructive, c);
  assert.ok(run("Uninstall-Package -Name 'Microsoft SQL Server 2019' -Force", 'powershell').destructive);
  for (const c of ['choco uninstall sql-server-management-studio -y', 'winget uninstall --id MongoDB.Compass.Full', 'choco uninstall nodejs -y']) assert.ok(benign(run(c, 'cmd')), c);
  assert.ok(benign(run("Uninstall-Package -Name '7-Zip 23.01 (x64)' -Force", 'powershell')));
});

test('nuget delete against a feed is destructive, nuget.org too; a local folder source is not (answer 204)', () => {
  assert.ok(run('nuget delete Acme.Core 2.1.0 -Source https://api.nuget.org/v3/index.json -NonInteractive', 'cmd').destructive);
  assert.ok(run('dotnet nuget delete Acme.Core 2.1.0 --source \\\\fs01\\nuget', 'cmd').destructive);
  assert.ok(benign(run('dotnet nuget delete Acme.Core 2.1.0 --source .\\packages', 'cmd')));
  assert.ok(benign(run('nuget delete Acme.Core 2.1.0 -Source C:\\LocalFeed -NonInteractive', 'cmd')));
});

test('an unseen script named for production is unknown (answer 205); a not-fixed rd argument is unknown (answer 206)', () => {
  assert.ok(unknown(run('call cleanup-prod.bat', 'cmd')));
  assert.ok(unknown(run('.\\cleanup-prod.ps1', 'powershell')));
  assert.ok(unknown(run('./cleanup-prod.sh', 'bash')));
  assert.ok(benign(run('call cleanup.bat', 'cmd')));
  assert.ok(benign(run('source .env.production', 'bash')));
  assert.ok(unknown(run('cmd /v:on /c "set a=/s /q C:\\Users&& rd !a!"', 'cmd')));
  assert.ok(run('set a=/s /q C:\\Users\nrd %a%', 'cmd').destructive);
  assert.ok(benign(run('rd build\\empty', 'cmd')));
});
