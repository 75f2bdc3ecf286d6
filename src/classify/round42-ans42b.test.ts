/**
 * Round 42 (ans42b): edge tests of the lead's answers 441.1, 443.2, 444.1, 444.2, 445.1-445.3 and 446.4-446.6 (keep-last
 * two or more, a channel tag other than `latest`, pio `-t uploadfs`, one IoT shadow by its whole key, a copy into `/opt`
 * on a host named dev, Route 53 Domains name servers, openssl's serial file).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/work', home: '/home/dev' });
const decision = (line: string): string => answer('command', line).decision;

test('round 42 ans42b: the answers\' writes and deploys are benign', () => {
  for (const line of [
    'sudo zfs destroy -r tank/scratch/ci-7',
    'virsh pool-undefine images',
    'borg prune --keep-last 2 /srv/borg',
    'restic forget --keep-last=3 --prune',
    'restic forget -l 10',
    'npm dist-tag rm @acme/ui beta',
    'yarn npm tag remove @acme/ui next',
    'pio run -t uploadfs',
    'aws iot-data delete-thing-shadow --thing-name n-dev-1 --shadow-name diag out.json',
    'rsync -av build/ root@gw-dev-7:/opt/acme/',
  ]) assert.equal(decision(line), 'benign', line);
});

test('round 42 ans42b: their look-alikes stay destructive', () => {
  for (const line of [
    'sudo zfs destroy -R tank/scratch',
    'borg prune --keep-last 1 /srv/borg',
    'borg prune --keep-last 0 /srv/borg',
    'borg prune --keep-last 4 --keep-last 1 /srv/borg',
    'restic forget --keep-last "$N" --prune',
    'npm dist-tag rm @acme/ui latest',
    'pnpm dist-tag rm @acme/ui latest',
    'yarn npm tag remove @acme/ui latest',
    'pio run -t erase',
    'pio run -t uploadfsota',
    'aws iot-data delete-thing-shadow --thing-name n-dev-1 out.json',
    'aws iot-data delete-thing-shadow --thing-name "$T" --shadow-name diag out.json',
    'aws iot-data delete-thing-shadow --thing-name n-dev-1 --shadow-name diag --shadow-name x out.json',
    'rsync -av --delete build/ root@gw-dev-7:/opt/acme/',
    'rsync -av --remove-source-files build/ root@gw-dev-7:/opt/acme/',
    'rsync -av build/ root@gw-7.local:/opt/acme/',
    'rsync -av build/ root@gw-dev-7:/opt/',
    'rsync -av ../other/ root@gw-dev-7:/opt/acme/',
    'aws route53domains update-domain-nameservers --domain-name a.example --nameservers Name=ns1.b.net',
    'rm -f ca.srl',
  ]) assert.notEqual(decision(line), 'benign', line);
});
