/**
 * Round 40 (lo40): first contact with a tool nobody catalogued. The reader of unknown programs (shell/tools/unknown-verbs.ts,
 * dispatch.ts `unknownCommand`) read on made-up programs: SQL handed to them, safeguards set off by key, `help TOPIC`,
 * rollbacks to a snapshot or a revision, a skipped archive or trash, a mirror's delete, a link switched down, a forced
 * reboot. fix40-lo40.yaml holds the neighbours; these are the edges, the fail-closed side included.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const shell = (input: string): string => answer('command', input).decision;
const each = (lines: string[], decision: string): void => {
  for (const c of lines) assert.equal(shell(c), decision, c);
};

test('SQL handed to an unknown program is read as SQL; words that only start like a statement are not', () => {
  each(['frobsql sql -e "DELETE FROM accounts"', "frobsql sql -e 'TRUNCATE TABLE orders'", "zedadm --site erp.acme.io mariadb -e 'DELETE FROM `tabError Log`'", 'frobsql sql --execute "UPDATE users SET admin = true"', "frobsql query 'DROP SCHEMA analytics CASCADE'"], 'destructive');
  each(['frobsql sql -e "SELECT id FROM accounts LIMIT 5"', 'frobsql sql --host=db-prod-01 -e "SHOW TABLES"', 'frobsql sql -e "DELETE FROM sessions WHERE id = 42"', 'frobctl commit -m "delete from the old docs"', 'frobctl note add "update the docs set for release"'], 'benign');
  // The line's own shape is still read beside the statement: a destructive word stands.
  assert.equal(shell('frobsql wipe --all -e "SELECT 1 FROM t"'), 'destructive');
});

test('safeguards set off by key: typed values, option values, unsafe-on keys, trusted hosts; measures and on values are not', () => {
  each(['zedadm set com.acme:auto-snapshot:daily=false pool0/vm', 'zedadm pool set volumes nodelete false', 'frobctl write com.acme.LaunchServices LSQuarantine -bool NO', 'frobctl write com.acme.screensaver askForPassword -int 0', 'frobvm set 101 --protection 0', 'frobctl bucket update logs --versioning off', 'frobctl config set mon mon_allow_pool_delete true', 'frobctl topic update t --config unclean.leader.election.enable=true', 'frobctl install --trusted-host pypi.x -r requirements.txt', 'frobctl config set global.trusted-host pypi.example', 'zedadm update --allow-insecure-repositories'], 'destructive');
  each(['zedadm set com.acme:auto-snapshot=true pool0/vm', 'zedadm pool set volumes nodelete true', 'frobctl write com.acme.screensaver askForPassword -int 1', 'frobctl write com.acme.screensaver askForPasswordDelay -int 0', 'frobctl config set lock_timeout 0', 'frobvm set 101 --protection 1', 'frobctl config set mon mon_allow_pool_delete false', 'frobctl topic update t --config unclean.leader.election.enable=false'], 'benign');
});

test('help: only the first operand, in both readings (a destructive word after it, or none)', () => {
  each(['frobctl help', 'frobctl help delete_queue', 'frobctl help purge', 'frobctl help cluster destroy'], 'benign');
  each(['frobctl queue delete help', 'frobctl purge help', 'frobctl delete --name help'], 'destructive');
});

test('rollback and revert: to a snapshot a loss, to a numbered revision a deploy, a path or nothing as before', () => {
  each(['zedadm rollback -r tank/db@nightly', 'zedadm rollback pool/vm-101-disk-0@pre', 'frobvm rollback 101 pre-upgrade', 'frobctl snapshot rollback web-01 nightly', 'frobctl rollback --snapshot pre-upgrade web-01', 'frobctl revert src/main.c', 'frobctl revert --to @HEAD^^ db:pg://db-prod/ledger'], 'destructive');
  each(['frobctl job revert api 3', 'frobctl app rollback payments-prod 12', 'frobctl releases:rollback v211', 'frobctl rollback', 'frobvm rollback 101'], 'benign');
  // `user@host` is no dataset's snapshot; a dry run previews.
  assert.equal(shell('frobctl rollback deploy@web-01.acme.io'), 'benign');
  assert.equal(shell('zedadm rollback -r tank/db@nightly --dry-run'), 'benign');
  // A revision with an option that acts is not read as a deploy: the verb's own reading stands.
  assert.equal(shell('frobctl job revert api 3 --force'), 'destructive');
});

test('a skipped archive, backup or trash makes a removal a loss; not beside a bound by age, nor without a removal', () => {
  each(['frobctl db clean --skip-archive -y', 'zedadm uninstall-app hrms --yes --no-backup', 'frobctl cache-clear --no-snapshot', 'quuxfs dfs -rm -r -skipTrash /data/x', 'quuxfs fs -rmr /data/x', 'quuxfs fs -expunge'], 'destructive');
  each(['frobctl db clean --older-than 30d --skip-archive', 'frobctl deploy --no-backup', 'frobctl upgrade --skip-backup', 'quuxfs dfs -ls /data/x', 'quuxfs dfs -rm -r --help'], 'benign');
  // Round 41 (nxs41): the lead's answer 416.3: help after the removal's object does not excuse it (an unknown parser may stop there).
  each(['quuxfs dfs -rm -r /data/x --help'], 'destructive');
});

test("a mirror's short delete only beside rsync/sync/mirror, spared by -n and a run's or preview's folder", () => {
  each(['zedsync -m rsync -r -d ./public gs://www.acme.com', 'zedsync rsync -dr ./out gs://acme-lake/curated', 'zedsync sync -d ./site store://www', 'frobctl --force-delete -r tank/data nas:backup/data', 'frobctl --force-prune'], 'destructive');
  each(['zedsync -m rsync -r ./public gs://www.acme.com', 'zedsync -m rsync -n -r -d ./public gs://www.acme.com', 'zedsync -m rsync -r -dn ./public gs://www.acme.com', 'zedsync rsync -r -d out gs://acme-ci/run-66120/', 'frobctl copy -d ./a gs://b', 'frobctl build -d'], 'benign');
  assert.equal(shell('zedsync rsync -r -d build gs://acme-prod-site/pr-2290/'), 'destructive');
});

test('a link or radio switched down or off as the last two words; a feature of it, up or on are not; a forced reboot', () => {
  each(['quuxnet link set eth0 down', 'quuxnet link set dev enp3s0 down', 'quuxnet radio wifi off', 'quuxnet -setairportpower en0 off', 'quuxnet set wlan0 down', 'frobctl reboot --force', 'frobctl reboot -f', 'frobctl system poweroff --force'], 'destructive');
  each(['quuxnet link set eth0 up', 'quuxnet radio wifi on', 'quuxnet -K eth0 tso off', 'quuxnet -s eth0 autoneg off', 'frobctl feature set dark-mode off', 'frobctl reboot'], 'benign');
});
