/**
 * scripts/unseen-tools.ts `--why` (round 44, loto44): the tuned third's wrong answers of the hidden reading, listed with the
 * finding codes the unknown program's reader gave, so that misses can be counted by class. Held-out cases are never listed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { leaveOneToolOut } from '../scripts/unseen-tools.ts';
import { DEFAULT_CONTEXT, isHeldOut, type CorpusCase } from './helpers/classify-corpus.ts';

test('unseen-tools --why: refused without --misses, with the usage and exit 2', () => {
  const r = spawnSync(process.execPath, ['scripts/unseen-tools.ts', '--why'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^unseen-tools: --why adds the finding codes to --misses' listing: give both\nusage: /);
});

test('leaveOneToolOut with why: each tuned miss carries its finding codes before the input; held-out misses are not listed', async () => {
  const input = 'R3trans -w /tmp/del300.log -u 1 /tmp/del300.ctl';
  const cases = [
    { id: 'loo-drop-0', label: 'destructive', input_type: 'command', input, file: 'loo.yaml', context: DEFAULT_CONTEXT },
    { id: 'loo-drop-4', label: 'destructive', input_type: 'command', input, file: 'loo.yaml', context: DEFAULT_CONTEXT },
  ] as unknown as CorpusCase[];
  assert.deepEqual(cases.map((c) => isHeldOut(c.id)), [false, true]);
  const plain = await leaveOneToolOut(cases);
  const why = await leaveOneToolOut(cases, { why: true });
  assert.equal(plain.tunedMisses.length, 1, 'the control file cannot be read: hidden, the line is benign');
  assert.deepEqual(plain.tunedMisses[0]!.split('\t'), ['R3trans', 'destructive', 'benign', 'loo-drop-0', input]);
  const fields = why.tunedMisses[0]!.split('\t');
  assert.deepEqual([...fields.slice(0, 4), fields.at(-1)], ['R3trans', 'destructive', 'benign', 'loo-drop-0', input]);
  assert.match(fields[4]!, /^unknown_command(,|$)|(^|,)unknown_command(,|$)/);
  assert.equal(why.whole.HELD.unseen.miss, 1, 'the held-out miss is counted, not listed');
});
