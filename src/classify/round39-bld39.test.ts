/**
 * Round 39 (bld39): a datacentre admin's tools as data: shell/tools/datacentre-catalogue.ts (govc, the ESXi shell, xe,
 * Nutanix acli/ncli, Proxmox ha-manager/pvesh/proxmox-backup-client, the arrays' shells, midclt, iscsiadm, multipath,
 * Brocade zoning, pcs, bconsole, Commvault, NetBackup, ipmitool, racadm, ilorest, redfishtool, ssacli, NUT and PDUs),
 * datacentre-http.ts (Redfish, the vSphere Automation API, Prism v3), powershell/datacentre-cmdlets.ts (PowerCLI,
 * Veeam) and the SCSI rescan files in paths.ts. fix39-bld39.yaml holds neighbours; blind39-dc.yaml the blind set.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonValue } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/admin/dc-ops', home: '/home/admin' });
const decide = (command: string): string => answer('command', command).decision;
const each = (expected: string, commands: string[]): void => {
  for (const c of commands) assert.equal(decide(c), expected, c);
};
const http = (method: string, url: string, body?: JsonValue): string => answer('http_request', body === undefined ? { method, url } : { method, url, body }).decision;
const ps = (input: string): string => answer('powershell', input, { cwd: 'C:\\ops', home: 'C:\\Users\\admin' }).decision;

test('govc: power flags are read whole (-reboot is not -r), dev guests shut down park, one scratch VM is disposable', () => {
  each('destructive', ['govc vm.power -off db-01', 'govc vm.power -r db-01', 'govc vm.power -s db-01', 'govc vm.power -s dev-ci-01 db-01', 'govc vm.destroy db-01', "govc vm.destroy 'test-*'", 'govc vm.destroy scratch-prod-db', 'govc snapshot.remove -vm db-01 nightly', 'govc device.remove -vm db-01 disk-1000-1', 'govc device.remove -vm db-01 -keep disk-1000-1', 'govc cluster.change -ha-enabled=false /DC/host/C1', 'govc host.shutdown -host esx-01 -f']);
  each('benign', ['govc vm.power -reboot db-01', 'govc vm.power -on db-01', 'govc vm.power -s dev-ci-01 dev-ci-02', 'govc vm.destroy scratch-rocky9', 'govc vm.destroy -h', 'govc host.maintenance.enter -host esx-01', 'govc vm.unregister old-01', 'govc snapshot.create -vm db-01 pre', 'govc vm.info -host esx-01 db-01']);
});

test('ESXi shell, xe and Nutanix acli: entity.verb and object-verb words; Atlassian acli keeps its generic reading', () => {
  each('destructive', ['vim-cmd vmsvc/destroy 4', 'vim-cmd vmsvc/power.reset 4', 'esxcli vm process kill --type=force --world-id=1', 'vmkfstools -U /vmfs/volumes/ds/a/a.vmdk', 'xe vm-uninstall uuid=0f1e force=true', 'xe vm-reboot vm=a force=true', 'xe sr-forget uuid=1b2c', 'acli vm.delete ledger-01', 'acli vm.reset ledger-01', 'ncli pd suspend-schedules name=pd1']);
  each('benign', ['vim-cmd vmsvc/getallvms', 'vim-cmd hostsvc/maintenance_mode_enter', 'vmkfstools -i a.vmdk b.vmdk', 'xe vm-reboot vm=a', 'xe vm-uninstall vm=scratch-build-7 force=true', 'xe host-evacuate host=x', 'acli vm.reboot ledger-01', 'acli host.enter_maintenance_mode ahv-1', 'acli jira workitem view --key OPS-1']);
});

test('Proxmox: HA removed or ignored and one expected vote are safeguards off; pvesh by its path; backups pruned to one', () => {
  each('destructive', ['ha-manager remove vm:101', 'ha-manager set vm:101 --state stopped', 'ha-manager set vm:101 --state ignored', 'pvecm expected 1', 'pvesh create /nodes/n/qemu/101/status/shutdown', 'pvesh delete /nodes/n/qemu/101/snapshot/pre', 'pvesh set /nodes/n/qemu/101/config --protection 0', 'proxmox-backup-client prune vm/101 --keep-last 1 --repository r']);
  each('benign', ['ha-manager migrate vm:101 n2', 'ha-manager crm-command node-maintenance enable n3', 'pvecm expected 3', 'pvesh create /nodes/n/qemu/101/status/reboot', 'pvesh get /cluster/resources', 'proxmox-backup-client prune vm/101 --keep-daily 7 --keep-weekly 4 --repository r']);
});

test('arrays: ONTAP, Pure, Unity, PowerStore, 3PAR and TrueNAS by their own verbs; Pure destroy is its soft delete', () => {
  each('destructive', ["ssh a@ontap 'volume offline -vserver s -volume v'", "ssh a@ontap 'volume snapshot restore -vserver s -volume v -snapshot n'", "ssh a@ontap 'volume modify -vserver s -volume v -snapshot-policy none'", "ssh a@ontap 'snapmirror break -destination-path s:v'", "ssh a@ontap 'lun unmap -vserver s -path /vol/v/l -igroup g'", "ssh a@ontap 'vserver export-policy rule create -vserver s -policyname p -clientmatch 0.0.0.0/0 -rorule any -rwrule any'", "ssh u@pure 'purevol eradicate v'", "ssh u@pure 'purevol disconnect --host h v'", "ssh u@pure 'purepgroup destroy pg'", 'uemcli -d u -u a -p x /stor/prov/luns/lun -id sv_1 delete', 'pstcli -d p volume -name v delete', "ssh a@3par 'removevv -f vv1'", "ssh a@3par 'stoprcopygroup -f g'", 'midclt call pool.dataset.delete tank/x', 'midclt call service.stop nfs', `midclt call pool.snapshottask.update 1 '{"enabled": false}'`]);
  each('benign', ["ssh a@ontap 'volume show -vserver s'", "ssh a@ontap 'snapmirror update -destination-path s:v'", "ssh a@ontap 'vserver export-policy rule create -vserver s -policyname p -clientmatch 10.0.0.0/8 -rorule sys -rwrule sys'", "ssh u@pure 'purevol destroy v'", "ssh u@pure 'purevol recover v'", 'uemcli -d u -u a -p x /stor/prov/luns/lun show', "ssh a@3par 'showvv'", 'midclt call pool.dataset.query', 'midclt call service.restart nfs']);
});

test('host storage, fabrics, clusters and backups: a logout, a zone removed, fencing off, a purge; a flush of unused maps and a prune are not', () => {
  each('destructive', ['iscsiadm -m node -T iqn.x -p 10.0.0.1 --logout', 'iscsiadm -m node -T iqn.x -o delete', "ssh a@sw 'zonedelete z1; cfgsave'", "ssh a@sw 'portdisable 3'", 'pcs property set stonith-enabled=false', 'pcs cluster stop --all', 'drbdadm primary --force r0', "gluster volume set gv auth.allow '*'", "echo 'purge volume=V1 yes' | bconsole", "echo 'disable job=BackupCatalog' | bconsole", 'qdelete client -c c1 -y', 'bpexpdate -backupid b1 -d 0 -force', 'echo 1 | sudo tee /sys/block/sdc/device/delete']);
  each('benign', ['iscsiadm -m session -P 3', 'multipath -F', "ssh a@sw 'cfgshow'", 'pcs node standby n1', 'drbdadm primary r0', 'ceph orch host drain h1', "echo 'prune files client=c1 yes' | bconsole", 'qlist job -c c1', 'bpexpdate -backupid b1 -d 12/31/2027', "echo '- - -' | sudo tee /sys/class/scsi_host/host2/scan"]);
});

test('out-of-band and power: power off, cycle, resets, erases and log clears lose; power on, BMC restarts and reads do not', () => {
  each('destructive', ['ipmitool -H b -U a -E chassis power off', 'ipmitool -H b -U a -E power cycle', 'ipmitool -H b -U a -E sel clear', 'ipmitool -H b -U a -E chassis power "$(printf o%s ff)"', 'racadm -r i serveraction graceshutdown', 'racadm -r i racresetcfg', 'racadm -r i storage deletevd:Disk.Virtual.1:RAID.Integrated.1-1', 'racadm -r i update -f BIOS.EXE --reboot', 'ilorest reboot ForceOff --url i', 'redfishtool -r b Systems reset ForceOff', 'ssacli ctrl slot=0 ld 2 delete forced', 'upscmd -u a -p x ups load.off', 'upsmon -c fsd', 'snmpset -v2c -c rw pdu PowerNet-MIB::rPDUOutletControlOutletCommand.7 i 2', "ssh a@pdu 'power outlets 7 off /y'"]);
  each('benign', ['ipmitool -H b -U a -E chassis power on', 'ipmitool -H b -U a -E chassis power status', 'ipmitool -H b -U a -E mc reset cold', 'racadm -r i serveraction powerup', 'racadm -r i racreset soft', 'racadm -r i update -f BIOS.EXE', 'ilorest reboot On --url i', 'upscmd -u a -p x ups test.battery.start.quick', 'upsc ups@localhost', 'snmpset -v2c -c rw pdu PowerNet-MIB::rPDUOutletControlOutletCommand.7 i 1']);
});

test('HTTP: Redfish resets by their type, erases, log clears and Secure Boot off; vSphere and Prism power off', () => {
  const reset = 'https://bmc/redfish/v1/Systems/1/Actions/ComputerSystem.Reset';
  for (const t of ['ForceOff', 'ForceRestart', 'GracefulShutdown', 'PowerCycle', 'Nmi']) assert.equal(http('POST', reset, { ResetType: t }), 'destructive', t);
  for (const t of ['On', 'ForceOn', 'GracefulRestart']) assert.equal(http('POST', reset, { ResetType: t }), 'benign', t);
  assert.equal(http('POST', reset, '${BODY}'), 'destructive');
  assert.equal(http('POST', 'https://bmc/redfish/v1/Managers/1/Actions/Manager.Reset', { ResetType: 'GracefulRestart' }), 'benign');
  assert.equal(http('POST', 'https://bmc/redfish/v1/Systems/1/Storage/1/Drives/0/Actions/Drive.SecureErase', {}), 'destructive');
  assert.equal(http('POST', 'https://bmc/redfish/v1/Managers/1/LogServices/Sel/Actions/LogService.ClearLog', {}), 'destructive');
  assert.equal(http('PATCH', 'https://bmc/redfish/v1/Systems/1/SecureBoot', { SecureBootEnable: false }), 'destructive');
  assert.equal(http('PATCH', 'https://bmc/redfish/v1/Systems/1/SecureBoot', { SecureBootEnable: true }), 'benign');
  assert.equal(http('POST', 'https://vc/api/vcenter/vm/vm-1/power?action=stop'), 'destructive');
  assert.equal(http('POST', 'https://vc/api/vcenter/vm/vm-1/power?action=start'), 'benign');
  const vm = 'https://prism:9440/api/nutanix/v3/vms/1a2b';
  assert.equal(http('PUT', vm, { spec: { resources: { power_state: 'OFF' } } }), 'destructive');
  assert.equal(http('PUT', vm, { spec: { resources: { power_state: 'ON', memory_size_mib: 8192 } } }), 'benign');
});

test('PowerCLI and Veeam: guest and host stops, HA off and restores over the VM lose; unregistering and forgetting a backup do not', () => {
  for (const c of ['Stop-VMGuest -VM app-01 -Confirm:$false', 'Stop-VMGuest -VM dev-* -Confirm:$false', 'Stop-VMHost -VMHost esx-01 -Force', 'Restart-VMHost -VMHost esx-01 -Force', 'Set-VMHost -VMHost esx-01 -State Disconnected', 'Set-Cluster -Cluster C1 -HAEnabled:$false', 'Remove-VM -VM old-01 -DeletePermanently -Confirm:$false', 'Remove-VM -Name old-01 -Force', 'Remove-VBRBackup -Backup $b -FromDisk', "Start-VBRRestoreVM -RestorePoint $rp -Reason 'rollback'"]) assert.equal(ps(c), 'destructive', c);
  for (const c of ['Stop-VMGuest -VM dev-01 -Confirm:$false', 'Restart-VMHost -VMHost esx-01', 'Set-VMHost -VMHost esx-01 -State Maintenance', 'Remove-VM -VM old-01 -Confirm:$false', 'Remove-VM -VM test-win11 -DeletePermanently -Confirm:$false', 'Remove-VBRBackup -Backup $b', 'Start-VBRRestoreVM -RestorePoint $rp -Server $h -VMName restore-test', 'Connect-VIServer -Server vc-01']) assert.equal(ps(c), 'benign', c);
});
