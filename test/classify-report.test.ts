import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { NODE } from './helpers/cli.ts';

const ROOT = join(import.meta.dirname, '..');

test('classify:report --suite with a suite nobody imported says so and exits 2, instead of an empty table', () => {
  const r = spawnSync(NODE, ['scripts/classify-report.ts', '--suite', 'no-such-suite'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^classify-report: no imported suite `no-such-suite` \(imported: .*\)/);
  assert.equal(r.stdout.includes('== summary'), false);
});

test('classify:report with an option it does not know says which and prints its usage, exit 2, no stack trace; --help prints the usage', () => {
  const r = spawnSync(NODE, ['scripts/classify-report.ts', '--bogus'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^classify-report: Unknown option '--bogus'\nusage: npm run classify:report -- /);
  assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/);
  const h = spawnSync(NODE, ['scripts/classify-report.ts', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(h.status, 0, h.stderr);
  assert.match(h.stdout, /^usage: npm run classify:report -- \[--misses\]/);
});
