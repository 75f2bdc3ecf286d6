/**
 * Round 37 (sh37): the lead's answers 378 (vcs36's studio questions) and 377.2 built as classes. 378.1: the Xbox devkit
 * tool `xbapp` acts on a test device (service-catalogue.ts). 378.2: a release's column alone (`build_version = '1.2.0'`)
 * is category-wide as a tenant's key is (test-data.ts isReleaseKey, sql.ts). 378.3: Unreal's `DerivedDataCache` wherever it
 * is shared and a Unity project's `Library` are caches by name (paths.ts, windows-paths.ts). 378.4: nightly builds are
 * build artefacts (test-data.ts nightlyBuildFolder, for paths, shares and `jf rt delete`). 378.5: Mercurial's `push -f` and
 * `strip` with its backup are writes, `--no-backup` destroys. 378.6: a `pre-revprop-change` hook that only exits 0 is a
 * safeguard off (config-safeguards.ts). 377.2: colcon's `build`, `install` and `log` are build output (regenerated.ts, the
 * `install`/`build` pair in filesystem.ts). fix37-sh37.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const studio = { cwd: '/home/dev/src/Nebula', home: '/home/dev' };
const win = { cwd: 'D:\\src\\Nebula', home: 'C:\\Users\\dev' };
const decide = (type: string, input: unknown, ctx: Record<string, string> = studio): string => answer(type, input as never, ctx).decision;

test('378.1: xbapp on a devkit is a write; what else the line does is still judged', () => {
  for (const c of ['xbapp uninstall Nebula_1.4.2.0_x64__8wekyb3d8bbwe /x:192.168.40.21', 'xbapp terminate Nebula /x:10.0.0.5', 'xbapp list /x:10.0.0.5']) assert.equal(decide('cmd', c, win), 'benign', c);
  assert.equal(decide('cmd', 'xbapp uninstall Nebula /x:10.0.0.5 & rmdir /s /q C:\\src\\Nebula', win), 'destructive');
});

test('378.2: a release column alone is category-wide; with a key, or in a table of versions, it narrows', () => {
  for (const c of ["DELETE FROM crash_reports WHERE build_version = '1.2.0';", "DELETE FROM telemetry WHERE release IN ('0.9.0', '0.9.1');", "DELETE FROM purchases WHERE client_version = $1;"]) assert.equal(decide('sql', c), 'destructive', c);
  for (const c of ["DELETE FROM crash_reports WHERE build_version = '1.2.0' AND id = 7;", "DELETE FROM app_versions WHERE version = '0.0.1';", 'DELETE FROM crash_reports WHERE id = 42;']) assert.equal(decide('sql', c), 'benign', c);
});

test('378.3: DerivedDataCache by name wherever shared, a Unity project\'s Library; not the home\'s Library or sources', () => {
  assert.equal(decide('command', 'find /mnt/nas/DerivedDataCache/Nebula -type f -atime +21 -delete'), 'benign');
  assert.equal(decide('powershell', 'Remove-Item -Recurse -Force \\\\nas01\\DerivedDataCache\\Nebula\\*', win), 'benign');
  assert.equal(decide('command', 'rm -rf ./Library/', { cwd: '/Users/dev/src/Aurora', home: '/Users/dev' }), 'benign');
  assert.equal(decide('powershell', 'Remove-Item -Recurse -Force .\\Library', win), 'benign');
  assert.equal(decide('command', 'rm -rf Library', { cwd: '/Users/dev', home: '/Users/dev' }), 'destructive');
  assert.equal(decide('command', 'rm -rf ~/Library', { cwd: '/Users/dev/src/Aurora', home: '/Users/dev' }), 'destructive');
  for (const c of ['rm -rf Assets', 'rm -rf Packages/x/Library', 'rm -rf /mnt/nas/Content/Nebula', 'rm -rf /mnt/c/DerivedDataCache', 'rm -rf /etc/DerivedDataCache']) assert.equal(decide('command', c), 'destructive', c);
});

test('378.4: nightly builds below a builds or artefacts folder are build artefacts; backups, dumps, releases, production are not', () => {
  for (const c of ['jf rt delete "nebula-builds-local/nightly/41102/" --quiet', 'rm -rf /mnt/nas/builds/nightly/41102', 'rm -rf /srv/artifacts/nebula/nightlies/*']) assert.equal(decide('command', c), 'benign', c);
  assert.equal(decide('powershell', 'Remove-Item -Recurse -Force \\\\nas01\\builds\\nightly\\41102', win), 'benign');
  for (const c of ['jf rt delete "db-backups-local/nightly/41102/" --quiet', 'jf rt delete "nebula-builds-local/release/1.2.0/"', 'jf rt delete --spec purge.json', 'rm -rf /mnt/nas/backups/nightly/41102', 'rm -rf /srv/nightly', 'rm -rf /mnt/nas/prod-builds/nightly/1', 'rm -rf /mnt/nas/db-dumps/builds/nightly', 'rm -rf /mnt/nas/builds/release/1.2']) assert.equal(decide('command', c), 'destructive', c);
  assert.equal(decide('powershell', 'Remove-Item -Recurse -Force \\\\nas01\\backups\\nightly', win), 'destructive');
});

test('378.5: hg push -f and strip with its bundle are writes; strip --no-backup destroys', () => {
  for (const c of ['hg push -f -r . default', 'hg push --force', 'hg strip -r 2214']) assert.equal(decide('command', c), 'benign', c);
  assert.equal(decide('command', 'hg strip --no-backup -r 2190'), 'destructive');
  // An extension switched on by --config is code we do not read: unknown, caught all the same.
  assert.notEqual(decide('command', 'hg --config extensions.strip= strip --no-backup -r 1'), 'benign');
});

test('378.6: a pre-revprop-change hook that only exits 0 is a safeguard off; a checking hook or another hook is a write', () => {
  const ctx = { cwd: '/srv/svn', home: '/home/svnadmin' };
  const hook = (path: string, content: string): string => decide('file_write', { path, operation: 'write', content }, ctx);
  assert.equal(hook('/srv/svn/art/hooks/pre-revprop-change', '#!/bin/sh\nexit 0\n'), 'destructive');
  assert.equal(hook('/srv/svn/art/hooks/pre-revprop-change', '#!/bin/sh\n# anything goes\n\nexit 0'), 'destructive');
  assert.equal(hook('D:\\Repositories\\art\\hooks\\pre-revprop-change.bat', '@echo off\r\nexit /b 0\r\n'), 'destructive');
  assert.equal(decide('command', "printf '#!/bin/sh\\nexit 0\\n' > /srv/svn/art/hooks/pre-revprop-change", ctx), 'destructive');
  assert.equal(hook('/srv/svn/art/hooks/pre-revprop-change', '#!/bin/sh\nif [ "$5" = M ] && [ "$4" = svn:log ]; then exit 0; fi\nexit 1\n'), 'benign');
  assert.equal(hook('/srv/svn/art/hooks/post-commit', '#!/bin/sh\nexit 0\n'), 'benign');
});

test('377.2: colcon\'s build, install and log are build output; sources are not', () => {
  const ws = { cwd: '/home/dev/ros2_ws', home: '/home/dev' };
  for (const c of ['rm -rf build/ install/ log/ && colcon build --symlink-install', 'rm -rf build/arm_driver install/arm_driver && colcon build --packages-select arm_driver', 'rm -rf install/ build/']) assert.equal(decide('command', c, ws), 'benign', c);
  for (const c of ['rm -rf install', 'rm -rf install/ src/', 'rm -rf src/ && colcon build', 'rm -rf install/arm_driver src/arm_driver && colcon build']) assert.equal(decide('command', c, ws), 'destructive', c);
});
