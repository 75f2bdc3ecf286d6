/**
 * scripts/unseen-tools.ts (round 37): bad input gets a clear error and exit 2, before the corpus is read or a classifier made.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/unseen-tools.ts', ...args], { encoding: 'utf8' });

test('unseen-tools: an unknown option or tool name is refused with the usage, never a stack trace', () => {
  const bogus = run('--bogus');
  assert.equal(bogus.status, 2);
  assert.match(bogus.stderr, /^unseen-tools: Unknown option '--bogus'\nusage: /);
  const tool = run('--tool', 'nosuchtool');
  assert.equal(tool.status, 2);
  assert.match(tool.stderr, /no catalogue tool is named `nosuchtool`/);
  assert.doesNotMatch(bogus.stderr + tool.stderr, /\n\s+at /);
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: node scripts\/unseen-tools.ts/);
});
