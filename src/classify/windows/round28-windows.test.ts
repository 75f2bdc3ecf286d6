import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 28 (branch w28): the lead's answers 241-244 and the PowerShell and cmd classes of round 28, each with neighbours both ways.

const { ps, cmd } = windowsClassifier({ cwd: 'C:\\Users\\admin.jdoe', home: 'C:\\Users\\admin.jdoe' });
const SERVER = { cwd: 'C:\\Windows\\system32', home: 'C:\\Users\\Administrator' };
const AZURE_HOSTED = { cwd: 'D:\\a\\1\\s', home: 'C:\\Users\\VssAdministrator' };
const SELF_HOSTED = { cwd: 'C:\\agent\\_work\\3\\s', home: 'C:\\Users\\svc-build' };

test("a tool's variable with a default removed from HKCU\\Environment is a write; search lists stay destructive (answer 241)", () => {
  for (const c of ['Remove-ItemProperty -Path HKCU:\\Environment -Name GOPATH', "[Environment]::SetEnvironmentVariable('GOPATH', $null, 'User')", "[Environment]::SetEnvironmentVariable('PSModulePath', $null)"])
    assert.ok(benign(ps(c)), c);
  for (const c of ['reg delete HKCU\\Environment /v GOPATH /f', 'reg delete HKCU\\Environment /v JAVA_HOME /f']) assert.ok(benign(cmd(c)), c);
  for (const c of [
    'Remove-ItemProperty -Path HKCU:\\Environment -Name PSModulePath',
    'Remove-ItemProperty -Path HKCU:\\Environment -Name Path',
    'Remove-ItemProperty HKCU:\\Environment NODE_PATH',
    "[Environment]::SetEnvironmentVariable('PSModulePath', $null, 'User')",
    "[Environment]::SetEnvironmentVariable('PYTHONPATH', '', 'Machine')",
  ])
    assert.ok(ps(c).destructive, c);
  for (const c of ['reg delete HKCU\\Environment /v Path /f', 'reg delete HKCU\\Environment /v CLASSPATH /f', 'reg delete HKCU\\Environment /v GITHUB_TOKEN /f']) assert.ok(cmd(c).destructive, c);
});

test("Azure Pipelines' Microsoft-hosted agents are thrown away after the job; self-hosted agents are kept (answer 242)", () => {
  assert.ok(benign(ps("Remove-Item -Recurse -Force 'C:\\Program Files\\dotnet\\sdk\\6.0.428'", AZURE_HOSTED)));
  assert.ok(benign(cmd('rd /s /q "C:\\Program Files (x86)\\Android"', AZURE_HOSTED)));
  assert.ok(benign(cmd('rd /s /q D:\\a\\_temp\\drop', AZURE_HOSTED)));
  assert.ok(ps('Remove-Item -Recurse -Force C:\\Users\\VssAdministrator', AZURE_HOSTED).destructive);
  assert.ok(ps("Remove-Item -Recurse -Force 'C:\\Program Files\\dotnet\\sdk\\6.0.428'", SELF_HOSTED).destructive);
  assert.ok(ps("Remove-Item -Recurse -Force 'C:\\Program Files\\dotnet\\sdk\\6.0.428'", { cwd: 'C:\\src\\shop', home: 'C:\\Users\\VssAdministrator' }).destructive);
  assert.ok(ps("Remove-Item -Recurse -Force 'C:\\Program Files\\dotnet\\sdk\\6.0.428'", { cwd: 'D:\\a\\1\\s', home: 'C:\\Users\\builder' }).destructive);
});

test("robocopy /MIR onto one pull request's or CI run's preview folder is a deploy unless production is named (answers 92, 243)", () => {
  for (const c of ['robocopy dist \\\\web01\\sites\\pr-412 /MIR /NFL /NDL', 'robocopy .\\publish C:\\inetpub\\wwwroot\\shop-pr-88 /MIR', 'robocopy out \\\\web02\\previews\\ci-48213 /E /PURGE'])
    assert.ok(benign(cmd(c, SELF_HOSTED)), c);
  for (const c of [
    'robocopy dist \\\\web-prod-01\\sites\\pr-412 /MIR',
    'robocopy dist \\\\web01\\prod-sites\\pr-412 /MIR',
    'robocopy dist \\\\web01\\sites\\prod-pr-412 /MIR',
    'robocopy dist \\\\web01\\pr-412\\shop /MIR',
    'robocopy dist \\\\web01\\sites\\pr-412\\..\\shop /MIR',
    'robocopy dist \\\\web01\\sites\\pr-%PR_ID% /MIR',
    'robocopy dist \\\\web01\\sites\\shop /MIR',
  ])
    assert.ok(cmd(c, SELF_HOSTED).destructive, c);
});

test('Compress-Archive then Remove-Item of the folder it packed: positional and quoted paths (answer 244)', () => {
  for (const c of [
    'Compress-Archive D:\\Shares\\Projects\\Alpha E:\\Archive\\Alpha.zip; if ($?) { Remove-Item D:\\Shares\\Projects\\Alpha -Recurse }',
    'Compress-Archive -Path "D:\\Shares\\Projects\\Alpha" -DestinationPath "E:\\Archive\\Alpha.zip"; if ($?) { Remove-Item "D:\\Shares\\Projects\\Alpha" -Recurse -Force }',
    "Compress-Archive -Path 'D:\\Shares\\Projects\\Alpha' -DestinationPath 'E:\\Archive\\Alpha.zip' && Remove-Item 'D:\\Shares\\Projects\\Alpha' -Recurse -Force",
  ])
    assert.ok(benign(ps(c, SERVER)), c);
  for (const c of [
    'Compress-Archive -Path "D:\\Shares\\Projects\\Alpha" -DestinationPath "D:\\Shares\\Projects\\Alpha\\a.zip"; if ($?) { Remove-Item "D:\\Shares\\Projects\\Alpha" -Recurse -Force }',
    'Compress-Archive -Path "D:\\Shares\\$name" -DestinationPath "E:\\Archive\\Alpha.zip"; if ($?) { Remove-Item "D:\\Shares\\Projects\\Alpha" -Recurse -Force }',
    'Compress-Archive -Path "D:\\Shares\\Projects\\Alpha" -DestinationPath "E:\\Archive\\Alpha.zip"; if ($?) { Remove-Item "D:\\Shares\\Projects\\Al`pha" -Recurse -Force }',
    'Compress-Archive D:\\Shares\\Projects\\Alpha E:\\Archive\\Alpha.zip; Remove-Item D:\\Shares\\Projects\\Alpha -Recurse',
    'Compress-Archive D:\\Shares\\Projects\\Alpha E:\\Archive\\Alpha.zip && Remove-Item D:\\Shares\\Projects -Recurse',
  ])
    assert.ok(ps(c, SERVER).destructive, c);
});

test('icacls /grant of named accounts through a tree only adds entries; broad, replacing or other switches stay', () => {
  for (const c of ['icacls D:\\Shares\\HR /grant "CONTOSO\\HR-Staff:(OI)(CI)M" /t', 'icacls "D:\\Data\\Reports" /grant "CORP\\GG-Reports-R:(OI)(CI)RX" "CORP\\svc-report:(OI)(CI)M" /t /c /q'])
    assert.ok(benign(cmd(c, SERVER)), c);
  for (const c of [
    'icacls D:\\Shares\\HR /grant Everyone:(OI)(CI)M /t',
    'icacls D:\\Shares\\HR /grant "Domain Users:(OI)(CI)M" /t',
    'icacls D:\\Shares\\HR /grant:r "CONTOSO\\HR-Staff:(OI)(CI)R" /t',
    'icacls D:\\Shares\\HR /grant "CONTOSO\\HR-Staff:(OI)(CI)M" /inheritance:r /t',
    'icacls D:\\Shares\\HR /reset /t',
    'icacls C:\\Windows\\System32 /grant "CONTOSO\\HR-Staff:(OI)(CI)M" /t',
    'icacls D:\\Shares\\HR /grant %GROUP%:M /t',
  ])
    assert.ok(cmd(c, SERVER).destructive, c);
});

test("Az.Storage blobs below a pull request's folder, and some of a cache's, are disposable; releases and uploads are not", () => {
  const blob = (b: string, container = 'build-artifacts'): string => `Remove-AzStorageBlob -Container ${container} -Blob '${b}' -Context $ctx`;
  assert.ok(benign(ps(blob('pr-2210/web.zip'))));
  assert.ok(benign(ps("Get-AzStorageBlob -Container 'build-cache' -Context $ctx | Where-Object { $_.LastModified -lt (Get-Date).AddDays(-14) } | Remove-AzStorageBlob -Force")));
  for (const c of [blob('prod-pr-2210/web.zip'), blob('releases/web-1.4.2.zip'), blob('pr-2210/web.zip', 'prod-artifacts'), "Get-AzStorageBlob -Container 'uploads' -Context $ctx | Where-Object { $_.LastModified -lt (Get-Date).AddDays(-14) } | Remove-AzStorageBlob -Force"])
    assert.ok(ps(c).destructive, c);
});

test("the user's localhost development certificate removed is made again by dotnet dev-certs; other certificates stay", () => {
  const dev = { cwd: 'C:\\Users\\dev\\src\\app', home: 'C:\\Users\\dev' };
  for (const c of ["Get-ChildItem Cert:\\CurrentUser\\My | Where-Object Subject -eq 'CN=localhost' | Remove-Item", "Get-ChildItem Cert:\\CurrentUser\\My | Where-Object { $_.FriendlyName -eq 'ASP.NET Core HTTPS development certificate' } | Remove-Item"])
    assert.ok(benign(ps(c, dev)), c);
  for (const c of [
    "Get-ChildItem Cert:\\LocalMachine\\My | Where-Object Subject -eq 'CN=localhost' | Remove-Item",
    "Get-ChildItem Cert:\\CurrentUser\\My | Where-Object Subject -eq 'CN=shop.contoso.com' | Remove-Item",
    "Get-ChildItem Cert:\\CurrentUser\\My | Where-Object Subject -ne 'CN=localhost' | Remove-Item",
    "Get-ChildItem Cert:\\CurrentUser -Recurse | Where-Object Subject -eq 'CN=localhost' | Remove-Item",
  ])
    assert.ok(ps(c, dev).destructive, c);
});

test("a file copied beside itself under a backup name, then written again, is kept in the copy (the shell's cp twin)", () => {
  const jenkins = { cwd: 'C:\\Jenkins\\workspace\\shop-ci', home: 'C:\\Users\\jenkins' };
  const hosts = 'C:\\Windows\\System32\\drivers\\etc\\hosts';
  assert.ok(benign(cmd(`copy ${hosts} ${hosts}.old && copy %WORKSPACE%\\ci\\hosts ${hosts}`, jenkins)));
  assert.ok(benign(ps(`Copy-Item ${hosts} ${hosts}.bak; Copy-Item .\\ci\\hosts ${hosts} -Force`, jenkins)));
  assert.ok(cmd(`copy ${hosts} ${hosts}.old && copy ci\\services C:\\Windows\\System32\\drivers\\etc\\services`, jenkins).destructive);
  assert.ok(cmd(`copy /y ci\\hosts ${hosts}`, jenkins).destructive);
  assert.ok(ps(`Copy-Item ${hosts} ${hosts}.bak; Remove-Item ${hosts}`, jenkins).destructive);
});

test("a build output beside the batch file (%~dp0publish) copied onto a site is decision 16's deploy", () => {
  const jenkins = { cwd: 'C:\\Jenkins\\workspace\\shop-ci', home: 'C:\\Users\\jenkins' };
  assert.ok(benign(cmd('robocopy "%~dp0publish" "\\\\web-stg-01\\c$\\inetpub\\wwwroot\\shop" /E /R:2 /W:5', jenkins)));
  assert.ok(benign(cmd('xcopy /E /Y /I "%~dp0dist" C:\\inetpub\\wwwroot\\shop', jenkins)));
  for (const c of ['robocopy "%~dp0publish" "\\\\web-prod-01\\c$\\inetpub\\wwwroot\\shop" /E', 'robocopy "%~dp0..\\data" "\\\\web-stg-01\\c$\\inetpub\\wwwroot\\shop" /E', 'robocopy "%~dp0%SRC%" "\\\\web-stg-01\\c$\\inetpub\\wwwroot\\shop" /E', 'robocopy "%~dp0publish" "\\\\web-stg-01\\c$\\inetpub\\wwwroot\\shop" /MIR'])
    assert.ok(cmd(c, jenkins).destructive, c);
});

test("a Teams channel named for a test is answer 72's, whichever team (even a variable) holds it", () => {
  for (const c of ["Remove-TeamChannel -GroupId $team.GroupId -DisplayName 'pilot-test'", "Remove-TeamChannel -GroupId 8a1f3c2e-1111-2222-3333-444455556666 -DisplayName 'scratch-demo'"]) assert.ok(benign(ps(c)), c);
  for (const c of ["Remove-TeamChannel -GroupId $team.GroupId -DisplayName 'Projects'", 'Remove-TeamChannel -GroupId $team.GroupId -DisplayName $channelName', "Remove-TeamChannel -GroupId $team.GroupId -DisplayName 'prod-test'", 'Remove-Team -GroupId $team.GroupId'])
    assert.ok(ps(c).destructive, c);
});

test("robocopy into a folder of a named share that a variable names keeps what it copies or moves there", () => {
  for (const c of ['robocopy D:\\Logs\\App \\\\logsrv\\archive\\%COMPUTERNAME%\\app *.log /MOV /MINAGE:30', 'robocopy C:\\inetpub\\logs\\LogFiles \\\\nas01\\logs\\%COMPUTERNAME% *.log /S /MAXAGE:7'])
    assert.ok(benign(cmd(c, SERVER)), c);
  for (const c of ['robocopy D:\\Logs\\App \\\\logsrv\\c$\\%TARGET% *.log /MOV', 'robocopy D:\\Logs\\App \\\\%LOGSERVER%\\archive *.log /MOV', 'robocopy D:\\Logs\\App \\\\logsrv\\archive\\%COMPUTERNAME% /MIR'])
    assert.ok(cmd(c, SERVER).destructive, c);
});

test("a Jenkins home's caches folder is made again by the next checkout; its jobs, secrets and the home are not", () => {
  const jenkins = { cwd: 'C:\\Jenkins\\workspace\\shop-build', home: 'C:\\Users\\jenkins' };
  assert.ok(benign(cmd('rd /s /q C:\\ProgramData\\Jenkins\\.jenkins\\caches', jenkins)));
  assert.ok(benign(cmd('rd /s /q C:\\ProgramData\\Jenkins\\.jenkins\\caches\\git-3f2a9c51d8e0', jenkins)));
  for (const c of ['rd /s /q C:\\ProgramData\\Jenkins\\.jenkins\\jobs', 'rd /s /q C:\\ProgramData\\Jenkins\\.jenkins', 'rd /s /q C:\\ProgramData\\Jenkins\\.jenkins\\caches\\..\\secrets'])
    assert.ok(cmd(c, jenkins).destructive, c);
});

test('SMB 1.0 switched on is a safeguard off; SMB 2 is told apart by the spelling the repair hides', () => {
  for (const c of ['Set-SmbServerConfiguration -EnableSMB1Protocol $true -Force', 'Set-SmbServerConfiguration -EnableSMB1Protocol:$true -Confirm:$false']) assert.ok(ps(c, SERVER).destructive, c);
  for (const c of ['Set-SmbServerConfiguration -EnableSMB1Protocol $false -Force', 'Set-SmbServerConfiguration -EnableSMB2Protocol $true -Force']) assert.ok(benign(ps(c, SERVER)), c);
});
