/**
 * Round 33 (s33, blind33-linuxwork): compiled objects, static and shared libraries and gcov data in the workspace are
 * rebuildable files (paths.ts REBUILDABLE_FILE); one installer in the session's own Downloads by its fixed name, and
 * `.iso` images, are the lead's answer 79's installers (filesystem.ts INSTALLER_FILE). fix33-s33.yaml holds the commands.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_INVENTORY } from '../core/index.ts';
import { classifyPath, REBUILDABLE_FILE } from './paths.ts';

const scope = { cwd: '/home/dev/app', home: '/home/dev', workspace: '/home/dev/app' };
const cls = (p: string): string => classifyPath(p, scope, EMPTY_INVENTORY);

test('compiled objects and libraries are rebuildable file names; sources and look-alike suffixes are not', () => {
  for (const n of ['main.o', 'libfoo.a', 'libfoo.so', 'foo.lo', 'main.gcda', 'main.gcno']) assert.ok(REBUILDABLE_FILE.test(n), n);
  for (const n of ['main.c', 'foo.h', 'data.sql', 'libfoo.so.1', 'notes.asc', 'x.lock', 'photo.jpg', 'model.safetensors', 'README.a.md']) assert.ok(!REBUILDABLE_FILE.test(n), n);
});

test('a library in the workspace is rebuildable; the same name under a system folder, a backups folder or the home is not', () => {
  assert.equal(cls('/home/dev/app/build/libfoo.so'), 'rebuildable');
  assert.equal(cls('/home/dev/app/libfoo.a'), 'rebuildable');
  for (const p of ['/usr/lib/libfoo.so', '/usr/local/lib/libfoo.a', '/home/dev/lib/libfoo.so', '/home/dev/app/backups/libfoo.a']) assert.notEqual(cls(p), 'rebuildable', p);
});

test("answer 79 by name: one installer directly in the session's own Downloads is benign; other names, folders and users are not", async () => {
  const { createClassifier, classifyBatchLine } = await import('./index.ts');
  const classifier = await createClassifier();
  const decide = (command: string): string => JSON.parse(classifyBatchLine(JSON.stringify({ id: 'x', input_type: 'command', input: command, context: scope }), classifier, EMPTY_INVENTORY)).decision;
  for (const c of ['rm ~/Downloads/google-chrome-stable_current_amd64.deb', 'rm -f ~/Downloads/ubuntu-24.04.1-desktop-amd64.iso', 'rm ~/Downloads/*.iso', 'rm /home/dev/Downloads/Obsidian-1.7.7.AppImage']) assert.equal(decide(c), 'benign', c);
  for (const c of ['rm ~/Downloads/report.pdf', 'rm ~/Downloads/old/ubuntu.iso', 'sudo rm /home/ana/Downloads/setup.deb', 'rm ~/Documents/ubuntu.iso', 'rm ~/Downloads/../Documents/x.deb', 'rm ~/Downloads/*.iso ~/Downloads/notes.txt']) assert.notEqual(decide(c), 'benign', c);
});

test('scp of the build output into one site or release folder on another host is a deploy; other sources, steps and hosts are not', async () => {
  const { createClassifier, classifyBatchLine } = await import('./index.ts');
  const classifier = await createClassifier();
  const decide = (command: string): string => JSON.parse(classifyBatchLine(JSON.stringify({ id: 'x', input_type: 'command', input: command, context: scope }), classifier, EMPTY_INVENTORY)).decision;
  for (const c of ['scp -r dist deploy@web1:/var/www/shop/', 'scp -r ./build web1:/srv/app/releases/42', 'scp -r dist/* deploy@web1:/srv/www/docs/']) assert.equal(decide(c), 'benign', c);
  for (const c of ['scp -r dist deploy@web1:/var/www/', 'scp -r dist deploy@web1:/var/www/shop/storage', 'scp -r lib deploy@web1:/var/www/shop/', 'scp -r /etc/dist deploy@web1:/var/www/shop/', 'scp -r dist deploy@web1:/srv/app/releases/../../../etc', 'scp -r dist deploy@web1:/srv/app/', 'scp -r dist deploy@web1:/opt/app/releases']) assert.notEqual(decide(c), 'benign', c);
});
