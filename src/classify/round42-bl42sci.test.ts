/**
 * Round 42 (bl42sci): iRODS icommands (shell/tools/research-data-catalogue.ts). `irm` moves into the trash unless `-f`;
 * `irmtrash` empties it; `iput -f` overwrites; `ichmod` to `public` or `anonymous` opens access; `itrim` and `iadmin rm*`
 * delete. fix42-bl42sci.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: string, t = 'command') => batch(t, i);

test('iRODS: past the trash, the trash emptied, overwrites and public access are destructive', () => {
  for (const c of ['irm -f /z/home/u/a.bam', 'irm -rf /z/home/u/raw', 'irm -fr /z/home/u/raw', 'irm -r -f /z/home/u/raw', 'irmtrash', 'irmtrash -M -u u', 'iput -f a.h5 /z/home/u/a.h5', 'iput -Kf a.h5 /z/home/u/a.h5', 'ichmod read anonymous /z/home/u/a', 'ichmod -r own public /z/home/u', 'itrim -N 1 -S r /z/home/u/a', 'iadmin rmresc r1', 'iadmin rmzone z2']) assert.notEqual(answer(c).decision, 'benign', c);
});

test('iRODS: into the trash, new puts, grants to one user, revokes and reads are benign', () => {
  for (const c of ['irm /z/home/u/a.txt', 'irm -r /z/home/u/tmp', 'irm -h', 'iput a.h5 /z/home/u/a.h5', 'iput -K -r d/ /z/home/u/d', 'ichmod read alice /z/home/u/a', 'ichmod -r null public /z/home/u', 'ils -l /z/home/u', 'iget -r /z/home/u/d /scratch/d', 'imv /z/home/u/a /z/home/u/b', 'iadmin lz', 'imeta ls -d /z/home/u/a']) assert.equal(answer(c).decision, 'benign', c);
});
