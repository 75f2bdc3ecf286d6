/**
 * Round 39 (td39): the outside suites' (tldr-pages, cheatsheets) families widened by class: the suites' destructive tuned
 * cases grouped by damage and varied (other flags, orders, sibling tools, wrappers). fix39-td39.yaml holds the
 * neighbours; these tests pin the edges of each class.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string, type = 'command'): string => answer(type, command).decision;
const caught = (command: string, type = 'command'): boolean => decide(command, type) !== 'benign';

test('volume managers: an array created without the question, a pool made by --thinpool, mirrors removed, test mode', () => {
  for (const c of [
    'sudo mdadm --create --run /dev/md0 --level=1 --raid-devices=2 /dev/sdb1 /dev/sdc1',
    'sudo mdadm -C -R /dev/md1 -l 1 -n 2 /dev/sdb1 /dev/sdc1',
    'sudo lvconvert --thinpool vg0/pool --poolmetadata vg0/meta',
    'sudo lvconvert -m0 vg0/data',
    'sudo lvconvert --mirrors 0 vg0/data',
  ]) assert.equal(decide(c), 'destructive', c);
  for (const c of [
    'sudo mdadm --create /dev/md0 --level=1 --raid-devices=2 /dev/sdb1 /dev/sdc1',
    'sudo mdadm --assemble --run /dev/md0 /dev/sdb1 /dev/sdc1',
    'sudo lvconvert --type thin --thinpool vg0/pool vg0/data',
    'sudo lvconvert --type raid1 -m 1 vg0/data',
    'sudo lvremove --test vg0/home',
    'sudo vgremove -t vg0',
  ]) assert.equal(decide(c), 'benign', c);
});

test('mkfs options that are not a listing still format; fdisk -l lists', () => {
  assert.equal(decide('sudo mkfs.f2fs -l data /dev/mmcblk0p2'), 'destructive');
  assert.equal(decide('sudo blkdiscard -l 1G /dev/sdb'), 'destructive');
  assert.equal(decide('sudo fdisk -l'), 'benign');
});

test('systemctl exit is poweroff for the system manager, the user manager with --user', () => {
  assert.equal(decide('sudo systemctl exit'), 'destructive');
  assert.equal(decide('systemctl exit 3'), 'destructive');
  assert.equal(decide('systemctl --user exit'), 'benign');
  assert.equal(decide('systemctl exit --user'), 'benign');
});

test('snap restore, Proxmox protection off, CUPS printers out of service or opened, xdp-loader unload', () => {
  for (const c of [
    'sudo snap restore 12',
    'pct set 101 --protection 0',
    'qm set 100 --protection false',
    'pct set 101 --delete protection',
    'sudo cupsdisable office-laser',
    'sudo cupsreject office-laser',
    'sudo lpadmin -x office-laser',
    'sudo cupsctl --remote-admin',
    'sudo xdp-loader unload eth0 --all',
  ]) assert.equal(decide(c), 'destructive', c);
  for (const c of ['snap saved', 'pct set 101 --protection 1', 'qm set 100 --cores 4', 'lpadmin -d office-laser', 'cupsctl', 'sudo cupsctl --no-remote-admin', 'sudo xdp-loader status']) assert.equal(decide(c), 'benign', c);
});

test('mimikatz: skeleton key, memssp and a password replaced', () => {
  for (const c of ['mimikatz "privilege::debug" "misc::skeleton" exit', 'mimikatz "misc::memssp" exit', 'mimikatz "lsadump::setntlm /user:alice /ntlm:31d6cfe0d16ae931b73c59d7e0c089c0" exit']) assert.equal(decide(c, 'cmd'), 'destructive', c);
  assert.equal(decide('mimikatz "crypto::stores /systemstore:local_machine" exit', 'cmd'), 'benign');
});

test('gpg --import of a revocation certificate revokes the key; a public key imported does not', () => {
  for (const c of ['gpg --import ~/revoke.asc', 'gpg --homedir ~/.gnupg --import ~/keys/revocation-cert.asc', 'gpg --import ~/.gnupg/openpgp-revocs.d/0123ABCD.rev', 'gpg --import < ~/revoke.asc']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['gpg --import ~/keys/alice.pub.asc', 'gpg --gen-revoke 0xDEADBEEF']) assert.equal(decide(c), 'benign', c);
});

test('iptables-restore: the saved ruleset is a reload, another is unseen, --test parses', () => {
  assert.equal(decide('sudo iptables-restore < /etc/iptables/rules.v4'), 'benign');
  assert.equal(decide('sudo iptables-restore --test < ~/rules-new.v4'), 'benign');
  assert.ok(caught('sudo iptables-restore < ~/rules-new.v4'));
  assert.ok(caught('sudo ip6tables-restore /tmp/v6.rules'));
});

test('sqlmap: reads stay reads; statements that lose data, files written and shells opened on the target do not', () => {
  for (const c of ['./sqlmap.py -r request-file --sql-query="DELETE FROM users"', 'sqlmap -r req --sql-query "DROP TABLE orders"', './sqlmap.py -r req --file-write=shell.php --file-dest=/var/www/html/shell.php', 'python3 sqlmap.py -u "http://t/x?id=1" --os-shell']) assert.equal(decide(c), 'destructive', c);
  assert.ok(caught('python3 sqlmap.py -u "http://t/x?id=1" --os-cmd="rm -rf /var/www"'));
  assert.ok(caught('sqlmap -r req --sql-query "shutdown"'));
  for (const c of ['./sqlmap.py -r req --dbs', 'sqlmap -r req --sql-query "SELECT user()"', './sqlmap.py -r req --sql-query="sql-query"', './sqlmap.py -r req --file-read=/etc/hostname']) assert.equal(decide(c), 'benign', c);
});

test('a tool shipped as a script is judged as that tool when sh or python runs it', () => {
  assert.equal(decide('sudo sh Ventoy2Disk.sh -I /dev/sdc'), 'destructive');
  assert.equal(decide('bash Ventoy2Disk.sh -l /dev/sdc'), 'benign');
  assert.equal(decide('python3 goldeneye.py https://shop.example.com'), 'destructive');
});

test('delgroup deletes a group; with a user and a group it removes the user from it', () => {
  assert.equal(decide('sudo delgroup developers'), 'destructive');
  assert.equal(decide('sudo delgroup alice docker'), 'benign');
});

test('user-level tools whose delete or stop words lose nothing, and their destructive forms', () => {
  for (const c of ['transmission-remote nas:9091 -t all --stop', 'transmission-remote -t 4 --remove', 'distrobox-export --app atom --delete', 'nrm del taobao', 'protonvpn signout']) assert.equal(decide(c), 'benign', c);
  for (const c of ['transmission-remote nas:9091 -t 4 -rad', 'transmission-remote nas:9091 --exit']) assert.equal(decide(c), 'destructive', c);
});
