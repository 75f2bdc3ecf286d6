import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 26 (branch k26w): classes from the tuned PowerShell and cmd false positives, each with neighbours both ways.

const { ps, cmd } = windowsClassifier();

test('junk files the desktop writes again (Thumbs.db, .DS_Store, Office owner files) are disposable anywhere', () => {
  assert.ok(benign(cmd('del /s /q /a:h D:\\Shares\\Projects\\Thumbs.db')));
  assert.ok(benign(ps("Get-ChildItem D:\\Shares -Recurse -Force -Filter '~$*' | Remove-Item -Force")));
  assert.ok(benign(ps("Remove-Item 'D:\\Shares\\~$Plan.docx' -Force")));
  assert.ok(cmd('del /s /q /a:h D:\\Shares\\Projects\\desktop.ini').destructive);
  assert.ok(ps("Get-ChildItem D:\\Shares -Recurse -Filter '~*' | Remove-Item -Force").destructive);
  assert.ok(cmd('del /s /q D:\\Shares\\Projects\\*').destructive);
});

test('a backup copy beside its source is a write, as the shell reads cp F F.bak', () => {
  assert.ok(benign(ps('Copy-Item C:\\Windows\\System32\\drivers\\etc\\hosts C:\\Windows\\System32\\drivers\\etc\\hosts.bak-20261205')));
  assert.ok(benign(cmd('copy /y C:\\inetpub\\wwwroot\\shop\\web.config C:\\inetpub\\wwwroot\\shop\\web.config.bak')));
  assert.ok(cmd('copy /y C:\\Windows\\System32\\drivers\\etc\\hosts.bak C:\\Windows\\System32\\drivers\\etc\\hosts').destructive);
  assert.ok(ps('Copy-Item .\\new.config C:\\inetpub\\wwwroot\\shop\\web.config.bak -Force').destructive);
});

test('what a cmd && line saved at once before it discards it is kept', () => {
  assert.ok(benign(cmd('reg export HKCU\\Software\\Acme %TEMP%\\a.reg /y && reg delete HKCU\\Software\\Acme\\Cache /f')));
  assert.ok(benign(cmd('reg export HKCU\\Software\\Acme %TEMP%\\a.reg /y && reg import %TEMP%\\a.reg')));
  assert.ok(benign(cmd('git stash -u && git reset --hard origin/main')));
  assert.ok(benign(cmd('wsl --export Ubuntu D:\\b\\u.tar && wsl --unregister Ubuntu')));
  assert.ok(cmd('reg export HKCU\\Software\\Acme %TEMP%\\a.reg /y & reg delete HKCU\\Software\\Acme /f').destructive);
  assert.ok(cmd('reg export HKCU\\Software\\Acme nul && reg delete HKCU\\Software\\Acme /f').destructive);
  assert.ok(cmd('reg export HKCU\\Software\\Acme C:\\x\\a.reg && reg delete HKCU\\Software\\Acme /f && del C:\\x\\a.reg').destructive);
  assert.ok(cmd('reg export HKCU\\Software\\Acme\\Cache C:\\x\\a.reg && reg delete HKCU\\Software\\Acme /f').destructive);
  assert.ok(cmd('wsl --export Ubuntu D:\\b\\u.tar && wsl --unregister Debian').destructive);
});

test('a WSL distribution named scratch or test by a whole word is throwaway (answers 72, 103)', () => {
  assert.ok(benign(cmd('wsl --unregister scratch-ubuntu')));
  assert.ok(cmd('wsl --unregister Ubuntu').destructive);
  assert.ok(cmd('wsl --unregister test-prod').destructive);
  assert.ok(cmd('wsl --unregister ci').destructive);
});

test('answer 79 in PowerShell: installers in the session\'s Downloads folder by extension', () => {
  assert.ok(benign(ps('Remove-Item "$env:USERPROFILE\\Downloads\\*.msi"')));
  assert.ok(benign(ps('Get-ChildItem "$env:USERPROFILE\\Downloads\\*" -Include *.msi,*.exe | Remove-Item -Force')));
  assert.ok(ps('Get-ChildItem "$env:USERPROFILE\\Downloads\\*" -Include *.msi,*.zip | Remove-Item -Force').destructive);
  assert.ok(ps('Get-ChildItem "$env:USERPROFILE\\Downloads" -Recurse -Filter *.msi | Remove-Item -Force').destructive);
});

test('$_.Delete() on what a stage before sends is Remove-Item of those items', () => {
  assert.ok(benign(ps('Get-ChildItem .\\TestResults -Filter *.trx | ForEach-Object { $_.Delete() }')));
  assert.ok(ps('Get-ChildItem $env:USERPROFILE\\Documents | ForEach-Object { $_.Delete() }').destructive);
  assert.ok(ps("Get-WmiObject Win32_Service -Filter \"Name='x'\" | ForEach-Object { $_.Delete() }").destructive);
});

test('a cmd for loop over every profile reads its wildcard inside quotes; a body /f is not for /f', () => {
  assert.ok(benign(cmd('for /d %u in (C:\\Users\\*) do @del /f /s /q "%u\\AppData\\Local\\Temp\\*" 2>nul')));
  assert.ok(benign(cmd("for /f \"delims=\" %u in ('dir /b /ad C:\\Users') do @rd /s /q \"C:\\Users\\%u\\AppData\\Local\\Temp\"")));
  assert.ok(cmd('for /d %u in (C:\\Users\\*) do @del /f /s /q "%u\\Documents\\*"').destructive);
  assert.ok(cmd("for /f \"delims=\" %u in ('dir /b /ad C:\\Users') do @rd /s /q \"C:\\Users\\%u\"").destructive);
});

test('a destination with a closing backslash is a folder: files land in it under their own names', () => {
  assert.ok(benign(cmd('move /y "%USERPROFILE%\\Downloads\\*.zip" "%USERPROFILE%\\Downloads\\old\\"')));
  assert.ok(cmd('copy /y .\\bin\\*.dll C:\\Windows\\System32\\').destructive);
  assert.ok(ps('Copy-Item .\\config $env:USERPROFILE\\.ssh\\ -Force').destructive);
});
