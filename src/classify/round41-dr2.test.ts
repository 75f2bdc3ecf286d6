/**
 * Round 41 (dr2): the lead's answers 433 (bl41dr) and 429.3, 429.5, 429.7 (ol41) as classes: production's live standby
 * promoted, zfs snapshots never disposable by name, keep policies that keep one or more, garbage collection, switchovers
 * and copy-back; mounts on /mnt, one queued exim message, volumes closed that their tool refuses to close in use.
 * fix41-dr2.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/ops', home: '/home/ops' });
const onProd = batchAnswers({ cwd: '/home/ops', home: '/home/ops', host: 'pg-prod-07' });
const onDrill = batchAnswers({ cwd: '/home/ops', home: '/home/ops', host: 'pg-drill-07' });
const shell = (input: string): string => answer('command', input).decision;

test('433.1: promoting production\'s live standby (or failing production over) is destructive; a drill, dev or test standby a write', () => {
  for (const c of ['pg_ctl promote -D /var/lib/postgresql/17/main', 'pg_ctlcluster 17 main promote', 'repmgr standby promote', 'patronictl failover --candidate pg9 --force']) {
    assert.equal(onProd('command', c).decision, 'destructive', c);
    assert.equal(onDrill('command', c).decision, 'benign', c);
  }
  for (const c of ['pg_ctl promote -D /srv/production/pgdata', 'ssh pg-prod-standby-09 pg_ctl promote -D /var/lib/postgresql/17/main', 'psql -h pg-prod-replica-3 -c "SELECT pg_promote(true, 60)"', 'patronictl -c /etc/patroni/production.yml failover --candidate pg9 --force']) assert.equal(shell(c), 'destructive', c);
  for (const c of ['pg_ctl promote -D /srv/pg-drill/9', 'psql -h pg-test-3 -c "SELECT pg_promote()"', 'patronictl -c /etc/patroni/production.yml switchover --leader pg1 --candidate pg9 --force', 'aws rds failover-db-cluster --db-cluster-identifier ledger-prod']) assert.equal(shell(c), 'benign', c);
});

test('433.2-433.4: snapshots, keep policies, garbage collection and copy-back', () => {
  for (const c of ['zfs destroy tank/scratch@t9', 'sudo zfs destroy -r pool/ci-tmp@before', 'wal-g delete retain FULL 0 --confirm', 'wal-g delete retain FULL $N --confirm', 'wal-g delete before FIND_FULL base_00000001 --confirm', 'wal-g delete garbage --confirm', 'wal-g-mysql delete garbage ARCHIVES --confirm', 'echo "truncate volstatus=Purged pool=Full yes" | bconsole', 'proxmox-backup-manager garbage-collection start s9', 'xtrabackup --copy-back --force-non-empty-directories --target-dir=/b/x']) assert.equal(shell(c), 'destructive', c);
  for (const c of ['zfs destroy -n tank/scratch@t9', 'wal-g delete retain FULL 4 --confirm', 'wal-g delete retain 9 --confirm', 'wal-g-pg delete retain FIND_FULL 2 --confirm', 'wal-g delete garbage', 'xtrabackup --copy-back --target-dir=/b/x']) assert.equal(shell(c), 'benign', c);
});

test('429.3, 429.5, 429.7: /mnt mounts, one queued message, volumes closed that refuse in use', () => {
  for (const c of ['mount -t tmpfs tmpfs /mnt', 'mount -t tmpfs -o size=1G none /mnt/scratch', 'mount /dev/sdz1 /mnt', 'exim -Mrm 1tQxYz-0004Ab-Cd', 'exim -Mrm 1tQxYz-0004Ab-Cd 1tQxZa-0004Ac-De', 'cryptsetup close usb9', 'cryptsetup luksClose usb9', 'cryptdisks_stop usb9', 'udisksctl power-off -b /dev/sdz', 'lvchange -an vg9/lv9', 'vgchange -a n vg9', 'lvchange --activate ln vg9/lv9']) assert.equal(shell(c), 'benign', c);
  for (const c of ['mount -t tmpfs tmpfs /var/lib/mysql', 'mount -t tmpfs tmpfs /home', 'exim -Mrm $(exiqgrep -i -r example.org)', 'exiqgrep -i -o 86400 | xargs exim -Mrm', 'exim -Mrm 1tQx*', 'cryptsetup close prod_vault', 'lvchange -an vg_prod/db', 'vgchange -an --force vg9', 'lvchange -an -f vg9/lv9', 'vgchange -an $VG']) assert.equal(shell(c), 'destructive', c);
});
