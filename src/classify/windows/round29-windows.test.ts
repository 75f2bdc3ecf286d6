import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';
import { storedPathHijack } from './tools.ts';

// Round 29 (branch w29): the classes from blind29-windev (a developer and build engineer on Windows), each with
// neighbours both ways; the corpus cases are in fix29-w29.yaml.

const { ps, cmd } = windowsClassifier({ cwd: 'C:\\Users\\dev\\src\\shop', home: 'C:\\Users\\dev' });

test('an execution policy that runs unsigned scripts for the whole machine is a safeguard off; one session or user is a setting', () => {
  for (const c of ['Set-ExecutionPolicy Unrestricted', 'Set-ExecutionPolicy Bypass -Scope LocalMachine -Force', 'Set-ExecutionPolicy -Scope LocalMachine -ExecutionPolicy Unrestricted', 'Set-ExecutionPolicy $p -Force'])
    assert.ok(ps(c).destructive, c);
  for (const c of ['Set-ExecutionPolicy Bypass -Scope Process -Force', 'Set-ExecutionPolicy RemoteSigned', 'Set-ExecutionPolicy AllSigned -Scope LocalMachine', 'Set-ExecutionPolicy Unrestricted -Scope CurrentUser', 'Set-ExecutionPolicy $p -Scope Process'])
    assert.ok(benign(ps(c)), c);
});

test("Start-Process hands a comma list and a command line's operators to the program it starts", () => {
  assert.ok(benign(ps("Start-Process pwsh -Verb RunAs -ArgumentList '-NoProfile', '-Command', 'Restart-Service W3SVC'")));
  assert.ok(benign(ps("Start-Process cmd -ArgumentList '/c', 'rd /s /q node_modules & npm ci'")));
  assert.ok(ps("Start-Process pwsh -ArgumentList '-NoProfile', '-Command', 'Remove-Item -Recurse -Force C:\\ProgramData\\Docker'").destructive);
  assert.ok(ps("Start-Process pwsh -ArgumentList '-NoProfile -Command Get-AzResourceLock | Remove-AzResourceLock -Force'").destructive);
  assert.ok(ps("Start-Process cmd -ArgumentList '/c', 'dir & rd /s /q C:\\Users\\dev\\Documents'").destructive);
  assert.equal(ps("Start-Process pwsh -ArgumentList '-NoProfile', '-Command', $cmd").confidence, 'opaque');
});

test('a .NET connection string set for the call names the database dotnet ef migrates or drops', () => {
  assert.ok(ps("$env:ConnectionStrings__Shop = 'Server=prod-sql01;Database=Shop'; dotnet ef database update").destructive);
  assert.ok(ps("$env:POSTGRESQLCONNSTR_Shop = 'Host=pg-prod-01;Database=shop'; dotnet ef database update").destructive);
  assert.ok(cmd('set ConnectionStrings__Shop=Server=prod-sql01;Database=Shop&& dotnet ef database update').destructive);
  assert.ok(benign(ps("$env:ConnectionStrings__Shop = 'Server=localhost;Database=ShopDev'; dotnet ef database update")));
  assert.ok(benign(ps("$env:ConnectionStrings__Shop = 'Server=(localdb)\\MSSQLLocalDB;Database=Shop_Test'; dotnet ef database drop -f")));
  assert.ok(ps("$env:ConnectionStrings__Shop = 'Server=(localdb)\\MSSQLLocalDB;Database=ShopDev'; dotnet ef database drop -f").destructive);
  assert.ok(benign(ps("$env:Shop = 'Server=prod-sql01;Database=Shop'; dotnet ef migrations add AddIndex")));
});

test("build-output names are the build's below the home, not from a drive root, a system folder or AppData", () => {
  for (const root of ['D:\\', "'C:\\Program Files'", 'C:\\Users\\dev', 'C:\\Users\\dev\\AppData\\Local', 'C:\\Users'])
    assert.ok(ps(`Get-ChildItem ${root} -Recurse -Directory -Include bin,obj | Remove-Item -Recurse -Force`).destructive, root);
  assert.ok(ps('Get-ChildItem C:\\ -Recurse -Directory -Filter node_modules | Remove-Item -Recurse -Force').destructive);
  for (const root of ['C:\\Users\\dev\\src', 'C:\\Users\\dev\\src\\billing', '.', 'C:\\Users\\dev\\src\\shop'])
    assert.ok(benign(ps(`Get-ChildItem ${root} -Recurse -Directory -Include bin,obj | Remove-Item -Recurse -Force`)), root);
  assert.ok(benign(ps('Get-ChildItem C:\\Users\\dev -Recurse -Directory -Filter node_modules | Remove-Item -Recurse -Force')));
  assert.ok(benign(ps('Remove-Item "C:\\ProgramData\\Contoso\\Agent\\logs\\*.log" -Force')));
});

test('a stored PATH with the current, a relative, a temporary or a Downloads folder in front of the old list (answer 184)', () => {
  assert.equal(storedPathHijack('".;%PATH%"'), '.');
  assert.equal(storedPathHijack('tools\\bin;%PATH%'), 'tools\\bin');
  assert.equal(storedPathHijack('%TEMP%\\x;%PATH%'), '%TEMP%\\x');
  assert.equal(storedPathHijack('C:\\Users\\dev\\Downloads;$env:Path'), 'C:\\Users\\dev\\Downloads');
  assert.equal(storedPathHijack('C:\\tools\\bin;%PATH%'), null);
  assert.equal(storedPathHijack('%PATH%;.'), null);
  assert.equal(storedPathHijack(';%PATH%'), null);
  assert.equal(storedPathHijack('C:\\tools\\bin'), null);
  for (const c of ['setx PATH ".;%PATH%"', 'setx PATH "%USERPROFILE%\\Downloads;%PATH%"', 'setx /M PATH "bin;%PATH%"']) assert.ok(cmd(c).destructive, c);
  // The lead's answer 338 q6 (round 32): `setx PATH` on the old list is destructive too (the joined list is cut at 1,024).
  for (const c of ['setx PATH "%PATH%;C:\\tools"', 'setx PATH "C:\\tools\\bin;%PATH%"']) assert.ok(cmd(c).destructive, c);
  assert.ok(ps("[Environment]::SetEnvironmentVariable('Path', '.;' + [Environment]::GetEnvironmentVariable('Path', 'User'), 'User')").destructive);
  assert.ok(benign(ps("[Environment]::SetEnvironmentVariable('Path', [Environment]::GetEnvironmentVariable('Path', 'User') + ';C:\\Users\\dev\\bin', 'User')")));
  assert.ok(benign(ps("$old = [Environment]::GetEnvironmentVariable('Path', 'Machine'); [Environment]::SetEnvironmentVariable('Path', \"C:\\Go\\bin;$old\", 'Machine')")));
});

test("the hosts file written back without one development host's line is answer 149's write", () => {
  const h = 'C:\\Windows\\System32\\drivers\\etc\\hosts';
  assert.ok(benign(ps(`(Get-Content ${h}) | Where-Object { $_ -notmatch 'shop\\.local' } | Set-Content ${h}`)));
  assert.ok(benign(ps(`(gc ${h}) -notmatch 'api\\.shop\\.test' | Out-File ${h}`)));
  for (const filter of ["-notmatch 'localhost'", "-notmatch 'shop\\.contoso\\.com'", "-match 'shop\\.local'", "-notmatch '.*'"])
    assert.ok(ps(`(Get-Content ${h}) | Where-Object { $_ ${filter} } | Set-Content ${h}`).destructive, filter);
  assert.ok(ps(`(Get-Content .\\hosts) | Where-Object { $_ -notmatch 'shop\\.local' } | Set-Content ${h}`).destructive);
});

test('a temporary folder removed and made again by the very next step is emptied; any other shape stays a delete', () => {
  for (const c of ['rd /s /q C:\\Temp & md C:\\Temp', 'rmdir /s /q "%TEMP%" && mkdir "%TEMP%"', 'rd /s /q C:\\Users\\dev\\AppData\\Local\\Temp & md C:\\Users\\dev\\AppData\\Local\\Temp']) assert.ok(benign(cmd(c)), c);
  for (const c of ['rd /s /q C:\\Temp', 'rd /s /q C:\\Temp || md C:\\Temp', 'rd /s /q C:\\Temp & md C:\\Tmp', 'rd /s /q C:\\ProgramData & md C:\\ProgramData'])
    assert.ok(cmd(c).destructive, c);
  assert.ok(benign(ps('Remove-Item C:\\Temp -Recurse -Force; mkdir C:\\Temp')));
  assert.ok(ps('Remove-Item C:\\Temp -Recurse -Force; Get-Date; New-Item -ItemType Directory C:\\Temp').destructive);
  // The lead's answer 301: the machine's own temporary folder made again loses the create right every account had there.
  for (const c of ['rd /s /q C:\\Windows\\Temp & md C:\\Windows\\Temp', 'rd /s /q "C:\\Windows\\Temp" && mkdir "C:\\Windows\\Temp"']) assert.ok(cmd(c).destructive, c);
  assert.ok(ps('Remove-Item C:\\Windows\\Temp -Recurse -Force; mkdir C:\\Windows\\Temp').destructive);
});

test('Registry.CurrentUser and LocalMachine key deletes read as Remove-Item of the same key', () => {
  assert.ok(benign(ps("[Microsoft.Win32.Registry]::CurrentUser.DeleteSubKeyTree('Software\\Acme\\Tool\\Cache')")));
  assert.ok(ps("[Microsoft.Win32.Registry]::LocalMachine.DeleteSubKeyTree('SOFTWARE\\Acme')").destructive);
  assert.ok(ps("[Microsoft.Win32.Registry]::CurrentUser.DeleteSubKey('Environment')").destructive);
  assert.equal(ps("[Microsoft.Win32.Registry]::CurrentUser.DeleteSubKeyTree('Software\\..\\Environment')").confidence, 'opaque');
});

test("Visual Studio's per-user files (*.suo, *.csproj.user) are rebuilt with its defaults; other .user files are kept", () => {
  for (const c of ['Get-ChildItem -Recurse -Filter *.vbproj.user | Remove-Item', 'Get-ChildItem -Recurse -Filter *.suo -Force | Remove-Item -Force'])
    assert.ok(benign(ps(c)), c);
  assert.ok(benign(cmd('del /s /q *.csproj.user')));
  assert.ok(ps('Get-ChildItem -Recurse -Filter *.user | Remove-Item').destructive);
  assert.ok(ps('Get-ChildItem -Recurse -Filter *.json.user | Remove-Item').destructive);
});

test("one VS Code extension's versions in the extensions folder are answer 79's tool store; the folder, no version or elsewhere stays", () => {
  assert.ok(benign(ps("Get-ChildItem $env:USERPROFILE\\.vscode\\extensions -Directory -Filter 'ms-python.python-2023.*' | Remove-Item -Recurse -Force")));
  assert.ok(benign(ps("Get-ChildItem C:\\Users\\dev\\.cursor\\extensions -Directory -Filter 'golang.go-0.40.*' | Remove-Item -Recurse -Force")));
  for (const c of [
    'Get-ChildItem $env:USERPROFILE\\.vscode\\extensions -Directory | Remove-Item -Recurse -Force',
    "Get-ChildItem $env:USERPROFILE\\.vscode\\extensions -Directory -Filter 'golang.*' | Remove-Item -Recurse -Force",
    "Get-ChildItem $env:USERPROFILE\\.vscode -Recurse -Directory -Filter 'golang.go-0.40.*' | Remove-Item -Recurse -Force",
    "Get-ChildItem C:\\Users\\dev\\Documents -Directory -Filter 'golang.go-0.40.*' | Remove-Item -Recurse -Force",
  ])
    assert.ok(ps(c).destructive, c);
});

test("schtasks /tr is the line schtasks receives by the C runtime's rules, nested quotes included", () => {
  assert.ok(benign(cmd('schtasks /create /tn T /tr "forfiles /p C:\\acme\\tmp /d -2 /c \\"cmd /c del /q @path\\"" /sc daily')));
  assert.ok(cmd('schtasks /create /tn T /tr "forfiles /p C:\\Users\\dev\\Desktop /c \\"cmd /c del /q @path\\"" /sc daily').destructive);
  assert.ok(cmd('schtasks /create /tn T /tr "\\"C:\\tools\\x.cmd\\" & rd /s /q C:\\Users\\dev\\Documents" /sc daily').destructive);
  assert.ok(cmd('schtasks /create /tn T /tr "cmd /c rd /s /q C:\\Users\\dev\\Documents" /sc daily').destructive);
});
