/**
 * Round 44 (sh44): shell classes built from tuned false positives. ESP-IDF's Python tools run by path (a variable then a
 * fixed path, or a literal path) are judged as the tool (shells.ts scriptNamedToolUnderVariable, firmware-catalogue.ts);
 * `ip netns exec` and `ip vrf exec` are judged as the command they run (wrappers.ts namespaceExec); Docker's container log
 * is read whatever the length of the hex id written (paths.ts isContainerLogFile); a double-quoted ssh command whose only
 * expansions are date stamps is read (date-stamps.ts dateStampedRemoteText). fix44-sh44.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { isContainerLogFile } from './paths.ts';
import { dateStampedRemoteText } from './shell/date-stamps.ts';

const batch = batchAnswers({ cwd: '/home/dev/esp/app', home: '/home/dev' });
const answer = (line: string) => batch('command', line);

test('an ESP-IDF tool named through $IDF_PATH is judged as the tool', () => {
  assert.equal(answer('python $IDF_PATH/components/partition_table/parttool.py -p /dev/ttyUSB0 read_partition --partition-name=nvs --output n.bin').decision, 'benign');
  assert.equal(answer('python3 "${IDF_PATH}/components/partition_table/parttool.py" get_partition_info --partition-name=nvs --info size').decision, 'benign');
  assert.equal(answer('python $IDF_PATH/components/partition_table/parttool.py -p /dev/ttyUSB0 erase_partition --partition-name=nvs').decision, 'destructive');
  assert.equal(answer('python $IDF_PATH/components/app_update/otatool.py -p /dev/ttyUSB0 switch_ota_partition --slot 1').decision, 'benign');
  assert.equal(answer('python $IDF_PATH/components/esptool_py/esptool/esptool.py -p /dev/ttyUSB0 erase_flash').decision, 'destructive');
  assert.equal(answer('python esptool.py -p /dev/ttyUSB0 erase_flash').decision, 'destructive');
});

test('what is not a catalogued tool behind a variable stays not fixed', () => {
  // Operations the entries do not name stay unknown (an image over a partition whose kind the line does not say).
  assert.equal(answer('python $IDF_PATH/components/partition_table/parttool.py write_partition --partition-name=storage --input s.bin').decision, 'unknown');
  assert.equal(answer('python $IDF_PATH/components/app_update/otatool.py erase_otadata').decision, 'unknown');
  // A script that is only a variable, an unknown name, or a `..` in the fixed part: not this class.
  for (const line of ['python $SCRIPT', 'python $IDF_PATH/tools/mystery.py read_partition', 'python $X/../../tmp/parttool.py read_partition --output a', 'python $X$Y/parttool.py read_partition'])
    assert.equal(answer(line).decision, 'unknown', line);
});

test('ip netns exec and ip vrf exec are judged as the command they run', () => {
  assert.equal(answer('sudo ip netns exec blue ping -c 3 10.0.0.1').decision, 'benign');
  assert.equal(answer('ip vrf exec mgmt ping -c 3 10.20.0.1').decision, 'benign');
  assert.equal(answer('sudo ip -all netns exec ip -br addr show').decision, 'benign');
  assert.equal(answer('sudo ip netns exec blue rm -rf /etc/nginx').decision, 'destructive');
  assert.equal(answer('sudo ip vrf exec mgmt systemctl stop sshd').decision, 'destructive');
  // No command, a namespace that is not fixed, or a batch file: the catalogue's entry (unknown), as before.
  for (const line of ['ip netns exec blue', 'ip netns exec $NS rm -rf /tmp/x', 'ip -b cmds.txt']) assert.equal(answer(line).decision, 'unknown', line);
  // Other ip commands are the catalogue's, unchanged.
  assert.equal(answer('ip link delete br0').decision, 'destructive');
  assert.equal(answer('ip -br addr show').decision, 'benign');
});

test("a container's log is read by Docker's folder and file names, not the id's length", () => {
  assert.ok(isContainerLogFile('/var/lib/docker/containers/3f2a9c1d7b/3f2a9c1d7b-json.log'));
  assert.ok(isContainerLogFile('/var/lib/docker/containers/a1b2c3d4/a1b2c3d4-json.log.1'));
  assert.ok(!isContainerLogFile('/var/lib/docker/containers/a1b/a1b-json.log'));
  assert.ok(!isContainerLogFile('/var/lib/docker/containers/a1b2c3d4/config.v2.json'));
  assert.ok(!isContainerLogFile('/var/lib/docker/containers/zz12ab34/zz12ab34-json.log'));
});

test('a double-quoted ssh command whose only expansions are date stamps is read', () => {
  assert.equal(dateStampedRemoteText('"cat > /backups/db01-$(date +%F).xbstream"'), 'cat > /backups/db01-$(date +%F).xbstream');
  assert.equal(dateStampedRemoteText('"ls $(cat f)"'), null);
  assert.equal(dateStampedRemoteText('"rm -rf /srv/$(date +..)/etc"'), null, 'a literal dot could print ..');
  assert.equal(dateStampedRemoteText('"rm -rf /srv/$(date +%Y/%m)"'), null, 'a slash adds folders');
  assert.equal(dateStampedRemoteText('"rm -rf /srv/x$(date)"'), null, 'the default format prints blanks');
  assert.equal(dateStampedRemoteText("'ls $(date +%F)'"), null, 'single quotes: the remote shell runs date, read as before');
  assert.equal(answer('ssh backup@nas01 "cat > /backups/db01-$(date +%F).xbstream"').decision, 'benign');
  assert.equal(answer('ssh ops@web3 "sudo rm -rf /var/www/html && echo done-$(date +%s)"').decision, 'destructive');
  assert.equal(answer('ssh nas01 "rm -rf /var/lib/$(date +%F)"').decision, 'destructive');
  assert.equal(answer('ssh nas01 "rm -rf /srv/$(date +..)/etc"').decision, 'unknown');
});
