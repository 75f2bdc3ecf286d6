/**
 * Round 40 (rv40): the mends found in review of round 39 and the lab tier (the lead's answers 406.2 and 413.1): govc's
 * switches, xe's keys, a prune's keeps and ansible's module read as their parsers read a repeated option; answer 72's
 * one reader for machines (test-data.ts namesScratchMachine); help after an operand only where the tool's parser takes
 * it (catalogue-shape.ts OptionParser); `lab` in a manager's name, an inventory folder or a group part names the dev
 * tier (environment.ts namesLabBy); network-http.ts's request bodies. fix40-rv40.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { namesLabBy } from './environment.ts';
import { namesScratchMachine } from './test-data.ts';

const answer = batchAnswers({ cwd: '/home/ops/infra', home: '/home/ops' });
const shell = (input: string): string => answer('command', input).decision;
const env = (input: string): string | null => answer('command', input).targets_env;
const http = (method: string, url: string, body?: string): string => answer('http_request', body === undefined ? { method, url } : { method, url, body }).decision;

test('govc switches at their last word, both spellings (Go flag package)', () => {
  for (const c of ['govc vm.power -on=false -off web-07', 'govc vm.power -off=false -off web-07', 'govc vm.power --off web-07', 'govc vm.power -off=true web-07', 'govc vm.power -s -off dev-build-03']) assert.equal(shell(c), 'destructive', c);
  for (const c of ['govc vm.power -on -off=true -off=false web-07', 'govc vm.power --on web-07', 'govc vm.power -s dev-build-03', 'govc vm.power -s -off=false dev-build-03']) assert.equal(shell(c), 'benign', c);
  assert.equal(shell('govc device.remove -vm web-07 -keep -keep=false disk-1000-1'), 'destructive');
});

test('xe keys given twice, a prune keep given twice, ansible -m given twice: fail closed or last', () => {
  for (const c of ['xe vm-uninstall vm=scratch-build-3 vm=erp-db-1 force=true', 'xe vm-uninstall vm=scratch-build-3 uuid=1f0c force=true', 'xe vm-reboot vm=a force=false force=true', 'proxmox-backup-client prune vm/101 --keep-last 7 --keep-last 1 --repository r', "ansible all -m ping -m shell -a 'rm -rf /srv/data'", "ansible all -m shell -a uptime -a 'rm -rf /srv/data'"]) assert.equal(shell(c), 'destructive', c);
  for (const c of ['xe vm-uninstall vm=scratch-build-3 force=true', 'xe vm-reboot vm=a force=false', 'proxmox-backup-client prune vm/101 --keep-last 7 --keep-last 3 --repository r', "ansible all -m shell -a 'rm -rf /srv/data' -m ping"]) assert.equal(shell(c), 'benign', c);
});

test("answer 72's one reader for machines: the datacentre reads as the clouds", () => {
  for (const n of ['scratch-bench-4', 'test-vm-01', 'e2e-run-48211', 'agent-tmp-2']) assert.ok(namesScratchMachine(n), n);
  for (const n of ['sandbox-ana', 'playground', 'ci', 'ci-runner-03', 'test-*', 'latest-build', 'prod-test-1', 'test-backup']) assert.ok(!namesScratchMachine(n), n);
  assert.equal(shell('govc vm.destroy scratch-bench-4'), 'benign');
  assert.equal(shell('gcloud compute instances delete scratch-bench-4 --zone europe-west1-b'), 'benign');
  for (const c of ['govc vm.destroy sandbox-ana', 'govc vm.destroy ci-runner-03', 'govc vm.destroy test-*', 'govc vm.destroy scratch-bench-4 erp-db-1', 'xe vm-uninstall vm=sandbox-ana']) assert.equal(shell(c), 'destructive', c);
});

test('help after an operand only where the parser takes it; fail closed for a parser not named', () => {
  // Go's flag package (govc, parser stops): after the VM's name --help, -help and -h are names.
  for (const c of ['govc vm.destroy erp-db-01 --help', 'govc vm.destroy erp-db-01 -help', 'govc vm.destroy erp-db-01 -h', 'xe vm-uninstall vm=erp-db-01 --help', 'ncli container remove name=ctr-erp-01 --help', 'POSIXLY_CORRECT=1 rm -rf /srv/data --help']) assert.equal(shell(c), 'destructive', c);
  // Before the first operand after the subcommand (every parser), anywhere for a parser that permutes (pcs: gnu_getopt;
  // limactl: cobra), and a line that loses nothing.
  for (const c of ['govc vm.destroy --help', 'govc vm.destroy -h erp-db-01', 'govc --help', 'xe vm-uninstall --help', 'pcs resource delete erp-vip --help', 'limactl delete -f default --help', 'govc vm.info erp-db-01 --help', 'ncli container remove --help']) assert.equal(shell(c), 'benign', c);
});

test('406.2 and 413.1: lab in a manager, an inventory folder or a group part names dev; look-alikes do not', () => {
  for (const v of ['https://vcenter-lab.corp.example.com/sdk', 'vcsa-lab01', 'bmc-esx-lab-07.corp.example.com', 'root@xen-lab-pool02', 'https://vc-lab-01.corp.example.com/sdk']) assert.ok(namesLabBy('manager', v), v);
  for (const v of ['https://vcenter-label.corp.example.com/sdk', 'collab-vc01', 'gitlab.corp.example.com', 'vc-labs-01', 'vc01.corp.example.com', 'lab.conf']) assert.ok(!namesLabBy('manager', v), v);
  for (const v of ['inventories/lab/hosts.yml', 'inventories/lab', 'lab.ini', './lab02/hosts']) assert.ok(namesLabBy('inventory', v), v);
  for (const v of ['inventories/label/hosts.yml', 'inventories/gitlab/hosts.yml', 'inventories/labs/hosts.yml', 'inventories/collab', 'hosts-lab.yml']) assert.ok(!namesLabBy('inventory', v), v);
  for (const v of ['lab_nxos', 'dc1_lab', 'lab', 'spines:&lab_nxos', 'lab01_eos']) assert.ok(namesLabBy('group', v), v);
  for (const v of ['label_switches', 'collab_nxos', 'gitlab_runners', 'labs_nxos', 'dc1-lab']) assert.ok(!namesLabBy('group', v), v);
  assert.equal(env('GOVC_URL=https://vcenter-lab.corp.example.com/sdk govc vm.destroy web-01'), 'dev');
  assert.equal(env('ipmitool -I lanplus -H bmc-esx-lab-07.corp.example.com -U admin chassis status'), 'dev');
  assert.equal(env('ansible -i inventories/lab/hosts.yml all -m ping'), 'dev');
  assert.equal(env('ansible-playbook -l dc1_lab site.yml --check'), 'dev');
  // Production and staging still win; a look-alike names nothing.
  assert.equal(env('GOVC_URL=https://vc-labs-prod.corp.example.com/sdk govc vm.destroy web-01'), 'production');
  assert.equal(env('ansible -i inventories/prod/hosts.yml lab_nxos -m ping'), 'production');
  assert.equal(env('GOVC_URL=https://vcenter-label.corp.example.com/sdk govc vm.destroy web-01'), null);
  // A host name keeps 386.3's reading: lab after another part of its first label names no tier (not a manager's).
  assert.equal(env('ssh ops@k8s-lab.corp.example.com uptime'), null);
  // A lab vCenter's VM deleted with its disks stays data lost (dev is no excuse for it).
  assert.equal(shell('GOVC_URL=https://vcenter-lab.corp.example.com/sdk govc vm.destroy win2019-old'), 'destructive');
});

test('network-http.ts: RESTCONF interfaces down, OPNsense filter rules, Meraki rule lists', () => {
  const rc = 'https://rtr1.example.net/restconf/data/ietf-interfaces:interfaces/interface=Gi2';
  assert.equal(http('PATCH', rc, '{"ietf-interfaces:interface": {"name": "Gi2", "enabled": false}}'), 'destructive');
  assert.equal(http('PATCH', 'https://rtr1.example.net/restconf/data/openconfig-interfaces:interfaces', '{"openconfig-interfaces:interfaces": {"interface": [{"name": "Gi2", "config": {"enabled": false}}]}}'), 'destructive');
  assert.equal(http('PATCH', 'https://rtr1.example.net/restconf/data/Cisco-IOS-XE-native:native/interface/GigabitEthernet=2', '{"Cisco-IOS-XE-native:GigabitEthernet": {"name": "2", "shutdown": [null]}}'), 'destructive');
  assert.equal(http('PATCH', rc, '{"ietf-interfaces:interface": {"name": "Gi2", "enabled": true}}'), 'benign');
  assert.equal(http('PATCH', rc, '{"ietf-interfaces:interface": {"name": "Gi2", "description": "uplink"}}'), 'benign');
  // `enabled` outside an interface is not read here (an NTP server's, a feature's).
  assert.equal(http('PATCH', 'https://rtr1.example.net/restconf/data/ietf-system:system/ntp', '{"ietf-system:ntp": {"enabled": false}}'), 'benign');
  const opn = 'https://fw1.example.net/api/firewall/filter/';
  for (const b of ['{"rule": {"action": "pass", "interface": "wan", "source_net": "any"}}', '{"rule": {"action": "pass", "interface": "wan", "destination_port": "3389"}}', '{"rule": {"action": "pass", "interface": "opt1", "source_net": "0.0.0.0/0", "destination_port": "5432"}}']) assert.equal(http('POST', `${opn}addRule`, b), 'destructive', b);
  for (const b of ['{"rule": {"action": "block", "interface": "wan", "source_net": "any"}}', '{"rule": {"action": "pass", "interface": "wan", "source_net": "any", "destination_port": "443"}}', '{"rule": {"action": "pass", "interface": "lan", "source_net": "any"}}', '{"rule": {"action": "pass", "interface": "wan", "source_net": "any", "enabled": "0"}}', '{"rule": {"action": "pass", "interface": "wan", "source_net": "any", "direction": "out"}}', '{"rule": {"action": "pass", "interface": "wan", "source_net": "192.0.2.0/24"}}']) assert.equal(http('POST', `${opn}addRule`, b), 'benign', b);
  assert.equal(http('POST', `${opn}delRule/5f1c2b6e`), 'destructive');
  assert.equal(http('POST', `${opn}toggleRule/5f1c2b6e`), 'destructive');
  assert.equal(http('POST', `${opn}toggleRule/5f1c2b6e/1`), 'benign');
  assert.equal(http('GET', `${opn}searchRule`), 'benign');
  const mk = 'https://api.meraki.com/api/v1/networks/N_1/appliance/firewall/l3FirewallRules';
  assert.equal(http('PUT', mk, '{"rules": [{"policy": "allow", "protocol": "any", "srcCidr": "Any", "destCidr": "Any"}]}'), 'destructive');
  assert.equal(http('PUT', 'https://api.meraki.com/api/v1/networks/N_1/wireless/ssids/2/firewall/l3FirewallRules', '{"rules": [{"policy": "allow", "protocol": "tcp", "destPort": "443", "destCidr": "Any"}]}'), 'destructive');
  assert.equal(http('PUT', mk, '{"rules": [{"policy": "deny", "protocol": "any", "srcCidr": "10.50.0.0/16", "destCidr": "10.0.0.0/8"}]}'), 'benign');
});
