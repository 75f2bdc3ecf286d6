/**
 * Round 42 (bl42virt): the classes built from blind42-virt's tuned misses, at their edges: virsh's managedsave, blockcommit
 * and shrinking resize (hypervisor-catalogue.ts), guestfish's destroying commands and `--ro`, virtctl, LXD's privileged
 * containers, qemu-img's commit and device output, pvesh's rollback path and node tier, pvesm's disabled storage, govc's
 * boolean options and `-vm`/`-host`, PowerCLI's `Set-VM -Snapshot` and Hyper-V's Merge-VHD, KubeVirt's halted run
 * strategy, MCP `power_on|off`, oVirt's snapshot restore, a disk image's own name and a guest's QEMU process.
 * fix42-bl42virt.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i);

test('virsh: managedsave, blockcommit and a shrinking resize lose service or data; in-place changes read their guest', () => {
  for (const c of ['virsh managedsave db-01', 'virsh blockcommit db-01 vda --active --pivot', 'virsh vol-resize d.qcow2 10G --pool default --shrink']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['virsh vol-resize d.qcow2 80G --pool default', 'virsh managedsave --help', 'virsh list --all', 'virsh undefine old-vm']) assert.equal(answer(c).decision, 'benign', c);
  const r = answer('virsh setmem app-stg-01 8G --live --config');
  assert.equal(r.decision, 'benign');
  assert.equal(r.targets_env, 'staging');
});

test('guestfish: destroying commands, unfixed words and unseen scripts are not benign; --ro reads', () => {
  for (const c of ['guestfish -a d.qcow2 -i rm-rf /srv/data', 'guestfish -a d.qcow2 run : mkfs xfs /dev/sda1', 'guestfish -a d.qcow2 -i $CMD /etc/x', 'guestfish -a d.qcow2 -f cmds.gfs', 'guestfish -a d.qcow2']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['guestfish --ro -a d.qcow2 -i rm-rf /srv/data', 'guestfish -a d.qcow2 -i mkdir-p /opt/x', 'guestmount -a d.qcow2 -i --ro /mnt/x']) assert.equal(answer(c).decision, 'benign', c);
  assert.equal(answer('guestfish --ro -d web-prod-01 -i cat /etc/hostname').targets_env, 'production');
});

test('virtctl: stop and pause are outages, the rest writes and reads in the namespace tier', () => {
  for (const c of ['virtctl stop vm1 -n prod-vms', 'virtctl pause vm vm1', 'virtctl stop vm1 --grace-period 0 --force']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['virtctl start vm1', 'virtctl migrate vm1 -n prod-vms', 'virtctl unpause vm vm1', 'virtctl console vm1', 'virtctl stop --help']) assert.equal(answer(c).decision, 'benign', c);
  assert.equal(answer('virtctl migrate vm1 -n prod-vms').targets_env, 'production');
});

test('LXD/Incus security.privileged on is a safeguard off; off, other keys and other commands are as before', () => {
  for (const c of ['lxc config set c1 security.privileged=true', 'incus config set c1 security.privileged true', 'lxc profile set default security.privileged=1', 'lxc config set c1 security.privileged $V']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['lxc config set c1 security.privileged=false', 'lxc config set c1 limits.cpu=2', 'incus delete -f scratch-deb']) assert.equal(answer(c).decision, 'benign', c);
});

test('qemu-img commit and an image converted onto a device destroy; a new image stays unseen; image names name tiers', () => {
  for (const c of ['qemu-img commit overlay.qcow2', 'qemu-img convert -O raw a.qcow2 /dev/sdb']) assert.equal(answer(c).decision, 'destructive', c);
  assert.equal(answer('qemu-img create -f qcow2 /var/lib/libvirt/images/db-prod-02.qcow2 100G').targets_env, 'production');
  assert.equal(answer('qemu-img info /var/lib/libvirt/images/app-stg-01.qcow2').targets_env, 'staging');
  assert.equal(answer('rm /var/lib/libvirt/images/db-prod-02.qcow2').targets_env, 'production');
});

test('pvesh: a rollback path destroys and the node names the tier; pvesm --disable 1 is an outage', () => {
  assert.equal(answer('pvesh create /nodes/pve-prod-01/qemu/101/snapshot/s1/rollback').decision, 'destructive');
  assert.equal(answer('pvesh get /nodes/pve-prod-01/qemu').targets_env, 'production');
  assert.equal(answer('pvesh create /nodes/pve-prod-01/qemu/101/snapshot --snapname s1').decision, 'benign');
  assert.notEqual(answer('pvesm set s1 --disable 1').decision, 'benign');
  assert.equal(answer('pvesm set s1 --disable 0').decision, 'benign');
});

test('govc: boolean options hide no operand; -vm and -host name the target', () => {
  assert.equal(answer('govc vm.info -r web-prod-01').targets_env, 'production');
  assert.equal(answer('govc snapshot.remove -vm web-prod-01 s1').targets_env, 'production');
  assert.equal(answer('govc host.maintenance.enter -host esx-prod-04.corp.example.com').targets_env, 'production');
  assert.notEqual(answer('govc vm.power -r db-01').decision, 'benign');
});

test('PowerCLI Set-VM -Snapshot and Merge-VHD destroy; Set-VM otherwise and Hyper-V SnapshotFileLocation write', () => {
  for (const c of ['Set-VM -VM db-01 -Snapshot s1 -Confirm:$false', 'Merge-VHD -Path D:\\v\\a_1.avhdx -DestinationPath D:\\v\\a.vhdx']) assert.equal(answer(c, 'powershell').decision, 'destructive', c);
  for (const c of ['Set-VM -VM db-01 -MemoryGB 8 -Confirm:$false', 'Set-VM -Name x -SnapshotFileLocation D:\\c']) assert.equal(answer(c, 'powershell').decision, 'benign', c);
  assert.equal(answer('New-Snapshot -VM web-prod-01 -Name s1', 'powershell').targets_env, 'production');
});

test('KubeVirt runStrategy Halted stops the VM; staging parks; other strategies write', () => {
  assert.equal(answer(`kubectl patch vm v1 -n prod-vms --type merge -p '{"spec":{"runStrategy":"Halted"}}'`).decision, 'destructive');
  assert.equal(answer(`kubectl patch vm v1 -n staging-vms --type merge -p '{"spec":{"runStrategy":"Halted"}}'`).decision, 'benign');
  assert.equal(answer(`kubectl patch vm v1 -n prod-vms --type merge -p '{"spec":{"runStrategy":"Always"}}'`).decision, 'benign');
});

test('MCP power_on is a start, power_off an outage; oVirt snapshot restore destroys; encoded queries name tiers', () => {
  assert.equal(answer({ server: 'vsphere', tool: 'power_on_vm', arguments: { name: 'x' } }, 'mcp_tool_call').decision, 'benign');
  assert.equal(answer({ server: 'vsphere', tool: 'power_off_vm', arguments: { name: 'x' } }, 'mcp_tool_call').decision, 'destructive');
  assert.equal(answer({ method: 'POST', url: 'https://o.example.com/ovirt-engine/api/vms/1/snapshots/2/restore' }, 'http_request').decision, 'destructive');
  assert.equal(answer({ method: 'GET', url: 'https://o.example.com/ovirt-engine/api/vms?search=cluster%3Dprod-cluster' }, 'http_request').targets_env, 'production');
});

test("a guest's QEMU process killed by pattern is the guest's outage; signal 0 asks", () => {
  const r = answer('kill $(pgrep -f "qemu-system-x86_64 -name guest=db-prod-02")');
  assert.equal(r.decision, 'destructive');
  assert.equal(r.targets_env, 'production');
  assert.equal(answer('kill -0 $(pgrep -f qemu-system-x86_64)').decision, 'benign');
  assert.equal(answer('kill $(pgrep -f "node dist/server.js")').decision, 'benign');
});
