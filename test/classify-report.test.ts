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
