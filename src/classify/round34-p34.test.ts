/**
 * Round 34 (p34): PowerShell classes at their edges (fix34-p34.yaml holds the neighbours): a bare `$env:TEMP`/`$env:TMP`
 * read as the profile's temporary folder when the line shows Windows signs (the lead's answer 356.3), electron-updater's
 * and pnpm's caches in the profile, IIS Express's own appcmd, quarantined mail deleted, and a build's or backup's archive
 * unpacked into a site folder (a deploy, decision 16).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const win = { cwd: 'C:\\Users\\dev\\src\\shop', home: 'C:\\Users\\dev' };
const ps = (input: string, context?: Record<string, string>): string => answer('powershell', input, context).decision;

test('a bare $env:TEMP is the profile temporary folder only when the line shows Windows signs', () => {
  for (const c of [
    'Get-ChildItem $env:TEMP -Filter *.tmp | Remove-Item -Force; dotnet build .\\src\\Shop.sln',
    'Get-ChildItem $env:TMP -Recurse | Remove-Item -Recurse -Force; Restart-Service W3SVC',
    '$cache = Join-Path $env:TMP "traces"; Remove-Item $cache -Recurse -Force; npx.cmd playwright test',
    'Remove-Item -Recurse -Force "$env:TEMP/vite-cache"; Get-ItemProperty HKCU:\\Software\\Shop',
    'Remove-Item -Recurse -Force $env:TEMP; Set-Location C:\\src',
  ])
    assert.equal(ps(c), 'benign', c);
  for (const c of [
    // No Windows sign: PowerShell on Linux or macOS leaves $env:TEMP empty, and Get-ChildItem $null lists the current folder.
    'Get-ChildItem $env:TEMP -Recurse | Remove-Item -Recurse -Force',
    'Remove-Item -Recurse -Force "$env:TEMP/vite-cache"',
    'Remove-Item -Recurse -Force $env:TEMP; Get-ChildItem -Recurse src',
    // The temporary folder's parent and beyond, with Windows signs.
    'Remove-Item -Recurse -Force (Join-Path $env:TEMP ".."); dotnet build .\\src\\Shop.sln',
    'Remove-Item -Recurse -Force "$env:TEMP/.."; Get-Service W3SVC',
    'Remove-Item -Recurse -Force (Split-Path $env:TEMP); Get-Service W3SVC',
    // Only TEMP and TMP: other profile variables alone stay unfixed.
    'Remove-Item -Recurse -Force $env:LOCALAPPDATA; dotnet build .\\src\\Shop.sln',
  ])
    assert.equal(ps(c), 'destructive', c);
  // A Windows home fixes it whatever the line shows.
  assert.equal(ps('Get-ChildItem $env:TEMP -Recurse | Remove-Item -Recurse -Force', win), 'benign');
});

test("electron-updater's pending downloads and pnpm's cache and store are rebuildable; their apps' folders are not", () => {
  for (const c of ['Remove-Item -Recurse -Force "$env:LOCALAPPDATA\\shop-desktop-updater\\pending"', 'Remove-Item -Recurse -Force "$env:LOCALAPPDATA\\pnpm-cache"', 'Remove-Item -Recurse -Force "$env:LOCALAPPDATA\\pnpm\\store\\v3"'])
    assert.equal(ps(c, win), 'benign', c);
  for (const c of ['Remove-Item -Recurse -Force "$env:LOCALAPPDATA\\shop-desktop-updater"', 'Remove-Item -Recurse -Force "$env:APPDATA\\shop-desktop-updater\\pending"', 'Remove-Item -Recurse -Force "$env:LOCALAPPDATA\\pnpm"'])
    assert.equal(ps(c, win), 'destructive', c);
});

test("IIS Express's appcmd edits the developer's own configuration; IIS's appcmd removes a server's site", () => {
  assert.equal(ps('& "$env:ProgramFiles\\IIS Express\\appcmd.exe" delete site "shop-api(2)"', win), 'benign');
  assert.equal(ps('& "C:\\Program Files (x86)\\IIS Express\\appcmd.exe" stop site shop-api', win), 'benign');
  assert.equal(ps('& "$env:windir\\system32\\inetsrv\\appcmd.exe" delete site "shop-api"', win), 'destructive');
  assert.equal(ps('& "C:\\tools\\IIS Express-old\\appcmd.exe" delete site shop', win), 'destructive');
  assert.equal(ps('appcmd delete apppool ShopApiPool', win), 'destructive');
});

test('quarantined mail deleted is the filter clean-up; quarantine policies, filters and mailbox mail are not', () => {
  assert.equal(ps('Delete-QuarantineMessage -Identity $q.Identity -Confirm:$false'), 'benign');
  assert.equal(ps('Get-QuarantineMessage -QuarantineTypes Phish | Delete-QuarantineMessage -Confirm:$false'), 'benign');
  assert.equal(ps('Remove-QuarantinePolicy -Identity StrictReleaseRequest'), 'destructive');
  assert.equal(ps('Remove-HostedContentFilterPolicy -Identity "Inbound spam"'), 'destructive');
  assert.equal(ps('Search-Mailbox -Identity finance@contoso.com -SearchQuery "subject:invoice" -DeleteContent -Force'), 'destructive');
});

test("a build's or the site's backup archive unpacked into a site folder is a deploy; other archives or places are not", () => {
  for (const c of ['Expand-Archive -Path .\\publish.zip -DestinationPath C:\\inetpub\\wwwroot\\shop -Force', 'Expand-Archive .\\artifacts\\shop-api-2.4.1.zip C:\\inetpub\\shop-api -Force', 'Expand-Archive -Path D:\\Backups\\sites\\shop-2026-11-30.zip -DestinationPath C:\\inetpub\\shop-restore -Force'])
    assert.equal(ps(c, win), 'benign', c);
  for (const c of [
    'Expand-Archive -Path .\\publish.zip -DestinationPath \\\\web-prod-01\\c$\\inetpub\\wwwroot\\shop -Force',
    'Expand-Archive -Path .\\publish.zip -DestinationPath C:\\inetpub\\wwwroot -Force',
    'Expand-Archive -Path .\\publish.zip -DestinationPath C:\\Windows\\System32\\inetsrv -Force',
    'Expand-Archive -Path C:\\Users\\dev\\Downloads\\patch.zip -DestinationPath C:\\inetpub\\wwwroot\\shop -Force',
  ])
    assert.equal(ps(c, win), 'destructive', c);
});
