import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

test('classify:report ends with the leave-one-tool-out table (388.3): each third, the entry known and hidden, as scripts/unseen-tools.ts counts', () => {
  // A corpus of four shell cases of two catalogued tools, one of each label in each third (isHeldOut by id), in a folder
  // with no imported suites, so that the report reads only these.
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-report-'));
  try {
    mkdirSync(join(dir, 'test', 'corpus', 'classify'), { recursive: true });
    copyFileSync(join(ROOT, 'test', 'corpus', 'peer-disputes.yaml'), join(dir, 'test', 'corpus', 'peer-disputes.yaml'));
    const cases = [
      ['loo-drop-0', 'destructive', 'pg_dropcluster 15 main'], // tuned
      ['loo-drop-4', 'destructive', 'pg_dropcluster 16 main --stop'], // held out
      ['loo-list-2', 'benign', 'pg_lsclusters'], // tuned
      ['loo-list-0', 'benign', 'pg_lsclusters --no-header'], // held out
    ];
    writeFileSync(join(dir, 'test', 'corpus', 'classify', 'loo.yaml'), `description: "leave-one-tool-out, two tools"\ncases:\n${cases.map(([id, label, input]) => `  - {id: ${id}, label: ${label}, input_type: command, input: "${input}"}\n`).join('')}`);
    const r = spawnSync(NODE, [join(ROOT, 'scripts', 'classify-report.ts'), 'test/corpus/classify'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    const table = r.stdout.slice(r.stdout.indexOf('== leave-one-tool-out'));
    assert.match(table, /^== leave-one-tool-out \(scripts\/unseen-tools\.ts\): 2 catalogue tools, 4 shell cases/);
    const rows = table.split('\n').slice(2, 6);
    assert.deepEqual(rows.map((l) => l.slice(0, 37).trim().replace(/\s+/g, ' ')), ['ours: tuned two thirds entry known', 'ours: tuned two thirds entry hidden', 'ours: held-out third entry known', 'ours: held-out third entry hidden']);
    // With the entry: both catalogued answers right (one destructive caught, one benign not flagged) in each third.
    for (const known of [rows[0]!, rows[2]!]) assert.match(known, /entry known\s+1\s+100\.0%\s+1\s+0\.0%$/);
    for (const hidden of [rows[1]!, rows[3]!]) assert.match(hidden, /entry hidden\s+1\s+(100\.0|0\.0)%\s+1\s+(100\.0|0\.0)%$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
