/**
 * Round 40 (pw41): the lead's answer 418: git clean's pathspec globs ending in a build folder (on every shell), and 418.2
 * (209): one port a rule's display name says is dev, on the private profile of a workstation. fix40-pw41.yaml holds the
 * neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const win = batchAnswers({ cwd: 'C:\\src\\shop', home: 'C:\\Users\\alex' });
const nix = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });

test('418: git clean pathspec globs naming build folders, on every shell; -x, a glob last, top-level bin, .. fail closed', () => {
  for (const t of ['powershell', 'cmd'] as const) {
    assert.equal(win(t, 'git clean -fdX -- src/*/bin src/*/obj').decision, 'benign', t);
    assert.equal(win(t, 'git clean -fdX -- src/*/obj').decision, 'benign', t);
    for (const c of ['git clean -fdx -- src/*/bin', 'git clean -fdX -- src/*', 'git clean -fdX -- src/*/bin*', 'git clean -fdX -- bin', 'git clean -fdX -- ../*/bin', 'git clean -fdX -e !keep -- src/*/bin', 'git clean -fdX -- src/*/.git']) assert.equal(win(t, c).decision, 'destructive', `${t}: ${c}`);
  }
  assert.equal(nix('command', "git clean -fdX -- 'src/*/bin' 'src/*/obj'").decision, 'benign');
  assert.equal(nix('command', "git clean -fdx -- 'src/*/bin'").decision, 'destructive');
});
