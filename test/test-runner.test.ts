/**
 * scripts/test.ts (round 38, the lead's answer 383.1): `npm test` runs each test file in its own process with V8's
 * `--liftoff-only`, and its exit code says whether a test failed (a failing file, not only a crash).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { NODE } from './helpers/cli.ts';

const RUNNER = join(import.meta.dirname, '..', 'scripts', 'test.ts');

/** runTests over `files` (name → source) in a fresh process: its exit code and output. */
function runTestsOn(files: Record<string, string>): { status: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-runner-'));
  try {
    for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
    // A script file, not `-e`: run() hands its own process's options (an `-e` too) on to the test processes.
    writeFileSync(join(dir, 'runner.mjs'), `import { runTests } from ${JSON.stringify(RUNNER)}; process.exitCode = await runTests(${JSON.stringify(Object.keys(files).map((f) => join(dir, f)))}, { reporter: 'tap' });`);
    // Not as a test process's child (NODE_TEST_CONTEXT would make run() skip its files): as `npm test` runs it.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const r = spawnSync(NODE, [join(dir, 'runner.mjs')], { encoding: 'utf8', env, timeout: 110_000 });
    return { status: r.status, out: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('npm test runs each test process with --liftoff-only, exit 0 when every test passes', () => {
  const r = runTestsOn({ 'flags.test.mjs': "import test from 'node:test'; import assert from 'node:assert'; test('liftoff', () => assert.ok(process.execArgv.includes('--liftoff-only')));" });
  assert.equal(r.status, 0, r.out);
  assert.match(r.out, /# pass 1/);
});

test('npm test exits 1 when a test fails, the other files still run', () => {
  const r = runTestsOn({ 'a.test.mjs': "import test from 'node:test'; test('fails', () => { throw new Error('boom'); });", 'b.test.mjs': "import test from 'node:test'; test('passes', () => {});" });
  assert.equal(r.status, 1, r.out);
  assert.match(r.out, /# pass 1/);
  assert.match(r.out, /# fail 1/);
});
