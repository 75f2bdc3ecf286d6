/**
 * Round 41 (ol41): the edges of the classes fixed from cheat.sh's tuned two thirds (fix41-ol41.yaml holds the
 * neighbours): dcfldd/dc3dd read as dd, each output; `az vm generalize` an outage; LVM's `-y` wipes only where the tool
 * initialises a device; php's print options before any code; ssh's bundled options that take a value; vnstat's removals.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const shell = (input: string): string => answer('command', input).decision;

test('dcfldd and dc3dd: every output is judged as dd judges of=', () => {
  for (const c of ['dcfldd if=/dev/zero of=out.bin of=/dev/sdb', 'dc3dd if=x.img hof=/dev/sdc hash=sha256', 'dc3dd if=x.img ofs=/dev/sdd.000', 'sudo dcfldd if=a.img of=/dev/mmcblk0 sizeprobe=if']) assert.equal(shell(c), 'destructive', c);
  for (const c of ['dcfldd if=/dev/sda hash=md5', 'dc3dd if=/dev/sdb hof=evidence.dd hash=md5', 'dcfldd if=/dev/zero of=/tmp/zero.bin count=1']) assert.equal(shell(c), 'benign', c);
});

test('az vm generalize takes the VM out of service for good; other vm verbs keep their readings', () => {
  assert.equal(shell('az vm generalize -g rg -n vm1'), 'destructive');
  for (const c of ['az vm show -g rg -n vm1', 'az vm start -g rg -n vm1', 'az image create -g rg -n img --source vm1']) assert.equal(shell(c), 'benign', c);
});

test("LVM: -y answers a wipe only in pvcreate, vgcreate and vgextend; -f stays a wipe in every tool", () => {
  for (const c of ['vgsplit -y a b /dev/sdc1', 'vgmerge --yes a b', 'vgexport -y a', 'vgextend vg /dev/sdb']) assert.equal(shell(c), 'benign', c);
  for (const c of ['vgextend -y vg /dev/sdb', 'vgextend --force vg /dev/sdb', 'vgsplit -f a b /dev/sdc1', 'pvcreate -y /dev/sdb', 'vgcreate --yes vg /dev/sdb']) assert.equal(shell(c), 'destructive', c);
});

test('php: a print option before any code is a read; code or a script after it is judged as before', () => {
  for (const c of ['php -i', 'php -m', 'php --ini', 'php -l index.php', 'php -d memory_limit=1G -i']) assert.equal(shell(c), 'benign', c);
  assert.equal(shell(`php -r 'unlink("/etc/passwd");'`), 'destructive');
  assert.notEqual(shell('php -a'), 'benign');
});

test('ssh: a bundle whose last letter takes a value takes the next word; a glued value takes none', () => {
  assert.equal(shell("ssh -Cc aes128-ctr root@db-01 'rm -rf /var/lib/postgresql'"), 'destructive');
  assert.equal(shell('ssh -Cp2222 me@web-01 uptime'), 'benign');
  assert.equal(shell('ssh -4Cp 2222 me@web-01 uptime'), 'benign');
  assert.equal(shell("ssh -Cp2222 me@web-01 'rm -rf /srv/data'"), 'destructive');
});

test('vnstat: the database read by default; an interface added is a write; its data removed, reset or deleted is lost', () => {
  for (const c of ['vnstat', 'vnstat -m -i eth0', 'vnstat --add -i eth1', 'vnstat -tr', 'vnstat -ru -i eth0', 'vnstat -s']) assert.equal(shell(c), 'benign', c);
  for (const c of ['vnstat --remove -i eth1 --force', 'vnstat -r -i eth0', 'vnstat --delete --force -i eth0']) assert.equal(shell(c), 'destructive', c);
});
