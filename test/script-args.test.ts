/**
 * scripts/script-args.ts (round 38): the one reading of a script's command line that unseen-tools.ts, classify-report.ts
 * and test.ts share. An unknown option or a missing value is refused as `NAME: <what>` with the usage and exit 2;
 * `--help` prints the usage with exit 0; positionals only where the script takes them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readScriptArgs } from '../scripts/script-args.ts';

const USAGE = 'usage: node scripts/x.ts [--misses] [--tool NAME] [DIR]';
const OPTIONS = { misses: { type: 'boolean' }, tool: { type: 'string' } } as const;

test('script args: the options as parseArgs reads them, positionals when the script takes them', () => {
  const r = readScriptArgs('x', USAGE, OPTIONS, ['--misses', '--tool', 'pg_ctl', 'corpus/'], true);
  assert.ok(r.ok);
  assert.equal(r.values.misses, true);
  assert.equal(r.values.tool, 'pg_ctl');
  assert.deepEqual(r.positionals, ['corpus/']);
});

test('script args: an unknown option, a missing value or an unwanted positional is the first sentence of the error, the usage, exit 2', () => {
  const bogus = readScriptArgs('x', USAGE, OPTIONS, ['--bogus']);
  assert.deepEqual(bogus, { ok: false, code: 2, stdout: '', stderr: `x: Unknown option '--bogus'\n${USAGE}\n` });
  const missing = readScriptArgs('x', USAGE, OPTIONS, ['--tool']);
  assert.ok(!missing.ok);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^x: Option '--tool <value>' argument missing\nusage: /);
  const positional = readScriptArgs('x', USAGE, OPTIONS, ['extra']);
  assert.ok(!positional.ok);
  assert.equal(positional.code, 2);
  assert.match(positional.stderr, /^x: Unexpected argument 'extra'\nusage: /);
  assert.doesNotMatch(bogus.stderr + missing.stderr + positional.stderr, /\n\s+at /);
});

test('script args: --help and -h print the usage on stdout, exit 0, whatever else is given', () => {
  for (const args of [['--help'], ['-h'], ['--misses', '--help']]) {
    assert.deepEqual(readScriptArgs('x', USAGE, OPTIONS, args), { ok: false, code: 0, stdout: `${USAGE}\n`, stderr: '' });
  }
});
