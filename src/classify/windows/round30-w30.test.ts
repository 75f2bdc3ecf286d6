import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 30 (branch w30): the classes from blind30-winops (a Windows server and desktop administrator) and the PowerShell
// and cmd false positives, each with neighbours both ways; the corpus cases are in fix30-w30.yaml.

const ADMIN = { cwd: 'C:\\Users\\admin', home: 'C:\\Users\\admin' };
const WEB = { cwd: 'C:\\inetpub', home: 'C:\\Users\\admin', host: 'WEB-PROD-01' };
const { ps, cmd } = windowsClassifier(ADMIN);

test("a session started in the profile keeps the profile's caches caches, and its user folders and AppData outside", () => {
  for (const c of ['Remove-Item "$env:USERPROFILE\\.nuget\\packages\\*" -Recurse -Force', 'Remove-Item "$env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Cache\\*" -Recurse -Force', 'Remove-Item C:\\Users\\admin\\AppData\\Local\\Microsoft\\Windows\\Explorer\\thumbcache_256.db'])
    assert.ok(benign(ps(c)), c);
  assert.ok(benign(cmd('rd /s /q "%LOCALAPPDATA%\\npm-cache"')));
  for (const c of ['Remove-Item "$env:LOCALAPPDATA\\Google\\Chrome\\User Data" -Recurse -Force', 'Remove-Item "$env:APPDATA\\Code\\User\\settings.json"', 'Remove-Item C:\\Users\\admin\\Documents\\reports\\q3.xlsx', 'Remove-Item "$env:LOCALAPPDATA\\*" -Recurse -Force', 'Remove-Item C:\\Users\\admin\\Documents\\temp -Recurse'])
    assert.ok(ps(c).destructive, c);
  // The workspace's own files are still the workspace's when the session is in a project folder.
  assert.ok(benign(ps('Remove-Item .\\report.csv', { cwd: 'C:\\Users\\admin\\src\\shop', home: 'C:\\Users\\admin' })));
});

test('IIS app pools and sites, quoted names and suspended services stopped and started again are restarts', () => {
  for (const c of ['Stop-WebAppPool -Name ShopPool; Start-WebAppPool -Name ShopPool', "Stop-Website 'Default Web Site'; Start-Website 'Default Web Site'", "Stop-Service -Name 'MSSQL$SQLEXPRESS'; Start-Service -Name 'MSSQL$SQLEXPRESS'", 'Stop-Service -Name "MSSQL`$SQLEXPRESS"; Start-Service -Name "MSSQL`$SQLEXPRESS"', 'Suspend-Service ShopWorker; Resume-Service ShopWorker', 'Stop-WebAppPool ShopPool; Restart-WebAppPool ShopPool'])
    assert.ok(benign(ps(c, WEB)), c);
  for (const c of ['Stop-WebAppPool -Name ShopPool; Start-WebAppPool -Name OtherPool', 'Stop-Website -Name Shop; Start-WebAppPool -Name Shop', 'Start-WebAppPool ShopPool; Stop-WebAppPool ShopPool', 'Stop-WebAppPool ShopPool; exit; Start-WebAppPool ShopPool', 'Stop-Service W3SVC; if ($x) { exit }; Start-Service W3SVC', "$ErrorActionPreference = 'Stop'; Stop-Service W3SVC; Copy-Item .\\x C:\\inetpub\\y; Start-Service W3SVC", 'Stop-Service W3SVC; Copy-Item .\\x C:\\inetpub\\y -ErrorAction Stop; Start-Service W3SVC', 'Stop-Service W3SVC, WAS; Start-Service W3SVC, WAS', 'Stop-Service W3SVC -Force; Start-Service W3SVC', 'Stop-Service -Name "MSSQL$SQLEXPRESS"; Start-Service -Name "MSSQL$SQLEXPRESS"', 'Stop-Service $svc; Start-Service $svc'])
    assert.ok(ps(c, WEB).destructive, c);
  for (const c of ['%windir%\\system32\\inetsrv\\appcmd stop apppool /apppool.name:ShopPool && %windir%\\system32\\inetsrv\\appcmd start apppool /apppool.name:ShopPool', 'appcmd stop site /site.name:Shop & appcmd start site /site.name:Shop', 'appcmd stop apppool ShopPool && timeout /t 5 /nobreak >nul && appcmd start apppool ShopPool'])
    assert.ok(benign(cmd(c, WEB)), c);
  for (const c of ['net stop w3svc; net start w3svc', 'sc.exe stop W3SVC; sc.exe start W3SVC', 'iisreset /stop; iisreset /start', 'net pause ShopWorker; net continue ShopWorker', 'C:\\Windows\\System32\\inetsrv\\appcmd.exe stop apppool /apppool.name:ShopPool; C:\\Windows\\System32\\inetsrv\\appcmd.exe start apppool /apppool.name:ShopPool'])
    assert.ok(benign(ps(c, WEB)), c);
  for (const c of ['net stop w3svc; exit; net start w3svc', 'net stop $svc; net start $svc', 'net start w3svc; net stop w3svc', 'C:\\Windows\\System32\\inetsrv\\appcmd.exe stop apppool /apppool.name:ShopPool; .\\appcmd.exe start apppool /apppool.name:ShopPool'])
    assert.ok(ps(c, WEB).destructive, c);
  for (const c of ['appcmd stop apppool ShopPool || appcmd start apppool ShopPool', 'appcmd stop apppool ShopPool && appcmd start apppool OtherPool', 'appcmd stop site Shop && appcmd start apppool Shop', 'appcmd stop apppool ShopPool && C:\\Windows\\System32\\inetsrv\\appcmd start apppool ShopPool'])
    assert.ok(cmd(c, WEB).destructive, c);
});

test("a temporary folder's contents: a Get-ChildItem pipe, cmd's quoted wildcards and a filter of del", () => {
  for (const c of ['Get-ChildItem C:\\Windows\\Temp | Remove-Item -Recurse -Force', 'Get-ChildItem C:\\Windows\\Temp -Recurse | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-7) } | Remove-Item -Recurse', 'Get-ChildItem C:\\Temp | Remove-Item -Recurse -Force', 'Get-ChildItem C:\\Windows\\ServiceProfiles\\LocalService\\AppData\\Local\\Temp | Remove-Item -Recurse -Force'])
    assert.ok(benign(ps(c)), c);
  for (const c of ['Get-Item C:\\Windows\\Temp | Remove-Item -Recurse -Force', 'gi C:\\Windows\\Temp | ri -Recurse -Force', 'Get-ChildItem C:\\Windows | Remove-Item -Recurse -Force', 'Get-ChildItem C:\\Windows\\Temp\\.. | Remove-Item -Recurse -Force'])
    assert.ok(ps(c).destructive, c);
  for (const c of ['del /q /s "C:\\Windows\\Temp\\*"', 'rd /s /q "C:\\Windows\\Temp\\*"', 'del /q /s C:\\Windows\\Temp\\*.tmp', 'del /q "C:\\Windows\\Temp\\*.log"', 'forfiles /p C:\\Windows\\Temp /s /d -7 /c "cmd /c del /q @path"', 'del /q C:\\Windows\\Prefetch\\*.pf', 'del /s /q C:\\Windows\\System32\\config\\systemprofile\\AppData\\Local\\Temp\\*'])
    assert.ok(benign(cmd(c)), c);
  for (const c of ['del /q "C:\\Windows\\System32\\*"', 'del /q C:\\Windows\\*.log', 'del /q /s C:\\Windows\\Temp\\..\\*.log', 'rd /s /q C:\\Windows\\Prefetch', 'rd /s /q "C:\\*"', 'rd /s /q C:\\Windows\\ServiceProfiles\\NetworkService\\AppData\\Local\\Temp'])
    assert.ok(cmd(c).destructive, c);
});

test("a copy into a share's root or a data drive's root lands in it; the system drive and system shares stay", () => {
  for (const c of ['robocopy D:\\Shares\\Finance \\\\FS02\\Finance$ /E /Z', 'robocopy D:\\Data E:\\ /E', 'xcopy D:\\Shares\\Finance \\\\FS02\\Finance$ /E /I /Y', 'copy C:\\Users\\admin\\report.csv \\\\FS02\\Public'])
    assert.ok(benign(cmd(c)), c);
  assert.ok(benign(ps('Copy-Item C:\\Users\\admin\\report.csv \\\\FS02\\Public')));
  for (const c of ['robocopy D:\\Data C:\\ /E', 'robocopy D:\\Data \\\\FS02\\c$ /E', 'robocopy D:\\Data \\\\FS02\\SYSVOL /E', 'robocopy D:\\Data \\\\FS02\\Finance$ /MIR', 'copy C:\\Users\\admin\\logon.bat \\\\DC01\\NETLOGON', 'copy x.txt \\\\FS02\\admin$', 'robocopy D:\\Data \\\\FS02 /E'])
    assert.ok(cmd(c).destructive, c);
  assert.ok(ps('Copy-Item C:\\Users\\admin\\logon.ps1 \\\\DC01\\NETLOGON').destructive);
});

test('Join-Path under each listed profile is judged under each; not with `..` or a part not fixed', () => {
  assert.ok(benign(ps("Get-ChildItem C:\\Users -Directory | ForEach-Object { Remove-Item (Join-Path -Path $_.FullName -ChildPath 'AppData\\Local\\Temp\\*') -Recurse -Force }")));
  for (const c of ["Get-ChildItem C:\\Users -Directory | ForEach-Object { Remove-Item (Join-Path $_.FullName 'Downloads\\*') -Recurse -Force }", "Get-ChildItem C:\\Users -Directory | ForEach-Object { Remove-Item (Join-Path $_.FullName '..\\..\\Windows\\*') -Recurse -Force }", 'Get-ChildItem C:\\Users -Directory | ForEach-Object { Remove-Item (Join-Path $_.FullName $sub) -Recurse -Force }', "Get-ChildItem C:\\Users -Directory -Recurse | ForEach-Object { Remove-Item (Join-Path $_.FullName 'AppData\\Local\\Temp\\*') -Recurse -Force }"])
    assert.ok(ps(c).destructive, c);
});

test("logs: one file of an application's log folder, IIS logs named for a month 30 days or more past", () => {
  assert.ok(benign(cmd('del C:\\ProgramData\\Contoso\\Agent\\logs\\agent.log')));
  assert.ok(benign(ps('Remove-Item C:\\ProgramData\\Contoso\\Agent\\logs\\agent.log -Force')));
  for (const c of ['del C:\\ProgramData\\Contoso\\Agent\\logs\\audit.log', 'del C:\\ProgramData\\Contoso\\Agent\\config.xml', 'del C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex261206.log']) assert.ok(cmd(c, WEB).destructive, c);
  for (const c of ['Remove-Item C:\\Windows\\Logs\\CBS\\CBS.log', 'Remove-Item C:\\inetpub\\wwwroot\\shop\\logs\\audit*.log', 'Remove-Item C:\\ProgramData\\Contoso\\Agent\\logs\\*.log.bak', 'Remove-Item C:\\ProgramData\\Contoso\\*\\logs\\agent*.log']) assert.ok(ps(c).destructive, c);
  // The lead's answer 387.1 (round 37, built in round 38): the application's own log folder swept whole is its logs.
  for (const c of ['Remove-Item C:\\ProgramData\\Contoso\\Agent\\logs -Recurse', 'Remove-Item C:\\inetpub\\wwwroot\\shop\\logs\\*']) assert.ok(benign(ps(c)), c);
  assert.ok(benign(ps('Remove-Item C:\\inetpub\\wwwroot\\shop\\logs\\stdout_*.log', WEB)));
  assert.ok(benign(cmd('del /q C:\\inetpub\\wwwroot\\shop\\logs\\stdout_*.log', WEB)));
  // The lead's answer 391.2 (round 38b): swept recursively in the application's own log folder, a log-name pattern is its logs too.
  assert.ok(benign(cmd('del /q /s C:\\inetpub\\wwwroot\\shop\\logs\\stdout_*.log', WEB)));
  for (const c of ['Remove-Item C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex2409*.log', 'Remove-Item C:\\inetpub\\logs\\LogFiles\\W3SVC1\\ex240901.log']) assert.ok(benign(ps(c, WEB)), c);
  assert.ok(benign(cmd('del "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex2409*.log"', WEB)));
  const next = new Date(Date.now() + 86_400_000);
  const thisMonth = `u_ex${String(next.getUTCFullYear()).slice(2)}${String(next.getUTCMonth() + 1).padStart(2, '0')}*.log`;
  for (const c of [`Remove-Item C:\\inetpub\\logs\\LogFiles\\W3SVC1\\${thisMonth}`, 'Remove-Item C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex26*.log', 'Remove-Item C:\\inetpub\\logs\\LogFiles\\*\\u_ex2409*.log', 'Remove-Item C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex2413*.log'])
    assert.ok(ps(c, WEB).destructive, c);
});

test("an IIS maintenance page removed puts the site back; made, it takes the site offline", () => {
  assert.ok(benign(cmd('del C:\\inetpub\\wwwroot\\shop\\app_offline.htm', WEB)));
  assert.ok(benign(ps('Remove-Item \\\\web01\\c$\\inetpub\\wwwroot\\shop\\app_offline.htm', WEB)));
  for (const c of ['type nul > C:\\inetpub\\wwwroot\\shop\\app_offline.htm', 'copy nul C:\\inetpub\\wwwroot\\shop\\app_offline.htm', 'del C:\\inetpub\\wwwroot\\shop\\index.htm']) assert.ok(cmd(c, WEB).destructive, c);
  assert.ok(ps('Clear-Content C:\\inetpub\\wwwroot\\shop\\app_offline.htm', WEB).destructive);
});

test('packages a repository or the Store installs again; mappings and connections this machine remembers', () => {
  for (const c of ['Uninstall-PSResource -Name Pester -Version 4.10.1', 'Uninstall-Script -Name Get-WindowsAutoPilotInfo', 'Unregister-PSRepository -Name LocalRepo', 'Get-AppxPackage Microsoft.BingWeather | Remove-AppxPackage', 'Get-AppxPackage *BingWeather* | Remove-AppxPackage', 'Remove-AppxPackage -Package Microsoft.BingWeather_4.53.51922.0_x64__8wekyb3d8bbwe', 'Remove-SmbMapping -LocalPath Z: -Force', 'Remove-Item HKCU:\\Network\\Z -Recurse'])
    assert.ok(benign(ps(c)), c);
  for (const c of ['Get-AppxPackage | Remove-AppxPackage', 'Get-AppxPackage *xbox* | Remove-AppxPackage', 'Get-AppxPackage Microsoft.WindowsCalculator | Remove-AppxPackage', 'Get-AppxPackage -User jsmith Microsoft.BingNews | Remove-AppxPackage', 'Remove-SmbShare -Name Finance -Force', 'Remove-Item HKCU:\\Network -Recurse'])
    assert.ok(ps(c).destructive, c);
  for (const c of ['reg delete HKCU\\Network\\Z /f', 'reg delete "HKCU\\Printers\\Connections\\,,PRN01,HP-Floor2" /f']) assert.ok(benign(cmd(c)), c);
  for (const c of ['reg delete HKCU\\Network /f', 'reg delete HKLM\\Network\\Z /f', 'reg delete "HKCU\\Printers\\Connections" /f']) assert.ok(cmd(c).destructive, c);
});

test('crash dumps, a paused service continued, the localhost development certificate by certutil', () => {
  for (const c of ['del /q C:\\Windows\\Minidump\\*.dmp', 'del /f C:\\Windows\\MEMORY.DMP', 'rd /s /q C:\\Windows\\LiveKernelReports', 'net pause ShopWorker && net continue ShopWorker', 'sc pause ShopWorker & sc continue ShopWorker', 'certutil -delstore -user My localhost', 'certutil -user -delstore My localhost'])
    assert.ok(benign(cmd(c)), c);
  for (const c of ['del /q C:\\Windows\\*.dmp', 'net pause ShopWorker && net continue OtherWorker', 'net pause ShopWorker || net continue ShopWorker', 'certutil -delstore My localhost', 'certutil -delstore -user My "CN=localhost, O=Contoso"', 'certutil -delstore -user Root localhost'])
    assert.ok(cmd(c).destructive, c);
});

test('a Windows feature that serves and guards nothing uninstalled keeps its files; roles, safeguards, -Remove and -Restart stay', () => {
  for (const c of ['Uninstall-WindowsFeature -Name Telnet-Client', 'Remove-WindowsFeature Telnet-Client, XPS-Viewer', 'Uninstall-WindowsFeature -Name Hyper-V']) assert.ok(benign(ps(c)), c);
  for (const c of ['Uninstall-WindowsFeature -Name Telnet-Client -Remove', 'Uninstall-WindowsFeature -Name Telnet-Client -Restart', 'Uninstall-WindowsFeature -Name Web-Server', 'Uninstall-WindowsFeature -Name Windows-Defender', 'Uninstall-WindowsFeature -Name Windows-Server-Backup', 'Uninstall-WindowsFeature -Name Telnet-Client -ComputerName WEB01', 'Uninstall-WindowsFeature -Name $f', 'Uninstall-WindowsFeature -Name Telnet*', 'Get-WindowsFeature Telnet-Client | Uninstall-WindowsFeature'])
    assert.ok(ps(c).destructive, c);
});

test('PowerShell and cmd agree on one action spelled in either', () => {
  const twins: Array<[string, string]> = [
    ['Stop-WebAppPool -Name ShopPool; Start-WebAppPool -Name ShopPool', 'appcmd stop apppool /apppool.name:ShopPool && appcmd start apppool /apppool.name:ShopPool'],
    ['Stop-WebAppPool -Name ShopPool', 'appcmd stop apppool /apppool.name:ShopPool'],
    ['Remove-SmbMapping -LocalPath Z: -Force', 'net use Z: /delete /y'],
    ['Get-ChildItem C:\\Windows\\Temp | Remove-Item -Recurse -Force', 'del /q /s "C:\\Windows\\Temp\\*"'],
    ['Remove-Item C:\\Windows\\Temp\\*.tmp', 'del /q C:\\Windows\\Temp\\*.tmp'],
    ['Remove-Item C:\\Windows\\Prefetch\\*.pf', 'del /q C:\\Windows\\Prefetch\\*.pf'],
    ['Copy-Item D:\\Shares\\Finance \\\\FS02\\Finance$ -Recurse', 'xcopy D:\\Shares\\Finance \\\\FS02\\Finance$ /E /I /Y'],
    ['Remove-Item C:\\ProgramData\\Contoso\\Agent\\logs\\agent.log', 'del C:\\ProgramData\\Contoso\\Agent\\logs\\agent.log'],
    ['Remove-Item C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex2409*.log', 'del C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex2409*.log'],
    ['Remove-Item C:\\inetpub\\wwwroot\\shop\\app_offline.htm', 'del C:\\inetpub\\wwwroot\\shop\\app_offline.htm'],
    ['Clear-Content C:\\inetpub\\wwwroot\\shop\\app_offline.htm', 'type nul > C:\\inetpub\\wwwroot\\shop\\app_offline.htm'],
    ['Remove-Item HKCU:\\Network\\Z -Recurse', 'reg delete HKCU\\Network\\Z /f'],
    ['Remove-Item HKCU:\\Network -Recurse', 'reg delete HKCU\\Network /f'],
    ['Remove-Item C:\\ProgramData\\chocolatey\\lib-bad -Recurse -Force', 'rd /s /q C:\\ProgramData\\chocolatey\\lib-bad'],
    ['Remove-Item "$env:LOCALAPPDATA\\npm-cache" -Recurse -Force', 'rd /s /q "%LOCALAPPDATA%\\npm-cache"'],
    ['Suspend-Service ShopWorker; Resume-Service ShopWorker', 'net pause ShopWorker && net continue ShopWorker'],
    ["Get-ChildItem Cert:\\CurrentUser\\My | Where-Object Subject -eq 'CN=localhost' | Remove-Item", 'certutil -delstore -user My localhost'],
    ['Remove-Item C:\\Windows\\Minidump\\*.dmp', 'del /q C:\\Windows\\Minidump\\*.dmp'],
    ['net stop w3svc; net start w3svc', 'net stop w3svc & net start w3svc'],
    ['iisreset /stop; iisreset /start', 'iisreset /stop && iisreset /start'],
    ['net stop was /y; net start was', 'net stop was /y && net start was'],
    ['net stop w3svc; net start was', 'net stop w3svc && net start was'],
    ['Uninstall-WindowsFeature -Name Telnet-Client', 'dism /online /disable-feature /featurename:TelnetClient'],
    ['Uninstall-WindowsFeature -Name Web-Server', 'dism /online /disable-feature /featurename:IIS-WebServerRole'],
  ];
  for (const [p, c] of twins) assert.equal(ps(p, WEB).destructive, cmd(c, WEB).destructive, `${p} | ${c}`);
});
