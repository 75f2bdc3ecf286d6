/**
 * Round 30, the lead's answers 317, 318, 329, 331 (duplicity, podman pods) and 333 (tmp tables) and the two holes closed at the merge (xargs -I{} as the appending form, a
 * date-stamped backup destination between a lock and its unlock): edges the corpus cases do not pin (fix30-lead.yaml).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../test/helpers/windows-classifier.ts';

const { run } = windowsClassifier({ cwd: '/home/dev/app', home: '/home/dev' });
const decision = (command: string): string => {
  const answer = run(command, 'bash');
  return benign(answer) ? 'benign' : answer.destructive ? 'destructive' : 'unknown';
};

test('answer 317: pvcreate and vgcreate of a device are destructive; help and --test are not', () => {
  assert.equal(decision('pvcreate /dev/sdg'), 'destructive');
  assert.equal(decision('sudo vgcreate vg0 /dev/sdb1 /dev/sdc1'), 'destructive');
  assert.equal(decision('pvcreate --test /dev/sdg'), 'benign');
  assert.equal(decision('pvcreate --help'), 'benign');
  assert.equal(decision('vgchange -ay vg0'), 'benign');
});

test("answer 318: date's POSIX operand sets the clock; a value of -d/--date/-r does not", () => {
  assert.equal(decision('date 12061015'), 'destructive');
  assert.equal(decision('sudo date 093023592021.59'), 'destructive');
  assert.equal(decision('date -d 20261206 +%A'), 'benign');
  assert.equal(decision('date -r 20261206'), 'benign');
  assert.equal(decision('date +%Y%m%d%H%M'), 'benign');
});

test('xargs -I{} with the item only as the last word is the appending form; anywhere else it is not read so', () => {
  const expired = "aws acm list-certificates --certificate-statuses EXPIRED --query 'CertificateSummaryList[].CertificateArn' --output text";
  assert.equal(decision(`${expired} | xargs -I{} aws acm delete-certificate --certificate-arn {}`), 'benign');
  assert.equal(decision(`${expired} | xargs -I{} aws acm delete-certificate --certificate-arn {} --region {}`), 'destructive');
});

test('a date stamp is the only expansion a backup destination between fsyncLock and fsyncUnlock may carry', () => {
  const lock = "mongosh admin --eval 'db.fsyncLock()'";
  const unlock = "mongosh admin --eval 'db.fsyncUnlock()'";
  assert.equal(decision(`${lock} && mongodump --out "/backup/mongo-$(date +%F)" && ${unlock}`), 'benign');
  assert.equal(decision(`${lock} && mongodump --out /backup/$(whoami) && ${unlock}`), 'destructive');
  assert.equal(decision(`${lock} && mongodump --out /backup/mongo-$(date +%F; rm -rf /) && ${unlock}`), 'destructive');
});

test("answer 331: duplicity's removals with --force keep 30 days or more, or N >= 2 full chains; a date or a variable does not count", () => {
  for (const c of ['duplicity remove-older-than 1M --force file:///b', 'duplicity remove-older-than 4W2D --force file:///b', 'duplicity remove-all-but-n-full 2 --force file:///b', 'duplicity remove-older-than 1D file:///b'])
    assert.equal(decision(c), 'benign', c);
  for (const c of ['duplicity remove-older-than 4W --force file:///b', 'duplicity remove-older-than 2026-06-01 --force file:///b', 'duplicity remove-older-than $KEEP --force file:///b', 'duplicity remove-all-but-n-full 1 --force file:///b'])
    assert.equal(decision(c), 'destructive', c);
});

test("answer 331: podman pod rm -f of a pod on this machine is answer 73's own containers; elsewhere or under sudo it is not", () => {
  assert.equal(decision('podman pod rm -f dev-pod'), 'benign');
  for (const c of ['sudo podman pod rm -f dev-pod', 'podman pod rm -f prod-api', 'podman --connection prod pod rm -f web']) assert.equal(decision(c), 'destructive', c);
});

test("answer 329: Grafana's rendered images and PHP's sessions are caches; the rest of their state folders is not", () => {
  for (const c of ['sudo rm -f /var/lib/grafana/png/*.png', 'sudo find /var/lib/php/sessions -type f -mtime +7 -delete']) assert.equal(decision(c), 'benign', c);
  for (const c of ['sudo rm -f /var/lib/grafana/grafana.db', 'sudo rm -rf /var/lib/php', 'sudo rm -rf /var/lib/grafana/plugins']) assert.equal(decision(c), 'destructive', c);
});

test('answer 333: a table named tmp or temp dropped in a dev database is scratch; in production, or with no tier named, it is not', () => {
  assert.equal(decision("psql -h db-dev -d shop_dev -c 'DROP TABLE tmp_import_1206'"), 'benign');
  assert.equal(decision("psql -h db-prod -d shop -c 'DROP TABLE tmp_import_1206'"), 'destructive');
  assert.equal(decision("psql -d shop -c 'DROP TABLE tmp_import_1206'"), 'destructive');
});
