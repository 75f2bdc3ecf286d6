import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { NODE } from './helpers/cli.ts';

const ROOT = join(import.meta.dirname, '..');
const run = (...args: string[]) => spawnSync(NODE, ['scripts/label-audit.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

test('label-audit refuses a missing, empty or option-like seed and an unknown argument with its usage, exit 2, before reading the corpus', () => {
  for (const args of [['--seed'], ['--seed', ''], ['--seed=--labels'], ['--seed', 'audit 35'], ['--bogus'], ['lables'], ['labels', 'extra']]) {
    const r = run(...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^label-audit: .+\nusage: node scripts\/label-audit\.ts \[--seed SEED\] \[labels\]/, args.join(' '));
    assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/);
    assert.equal(r.stdout, '');
  }
  const h = run('--help');
  assert.equal(h.status, 0, h.stderr);
  assert.match(h.stdout, /^usage: node scripts\/label-audit\.ts/);
});
