import { operandValues, optionValuesIn, type ServiceEffect, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';
import { lastSwitch } from './common.ts';
import { namesScratchMachine } from '../../test-data.ts';
import { heuristicEnvironment } from '../../environment.ts';
import { SWITCH_OFF } from '../../switch-values.ts';

/**
 * Round 39 (bld39): catalogue entries for the tools an enterprise datacentre's infrastructure admin runs: VMware vSphere's
 * `govc` and the ESXi shell (`vim-cmd`, `esxcli`, `vmkfstools`), Citrix/XenServer `xe`, Nutanix `acli` (its rules,
 * spread into the entry `acli` shares with Atlassian's CLI), `ncli` and the CVM's `cluster`, Proxmox's `ha-manager`,
 * `pvesh` and `proxmox-backup-client`, the arrays' shells (NetApp ONTAP's `volume`, `snapmirror`, `lun`, `vserver`;
 * Pure's `purevol`/`purepgroup`/`purehost`/`purearray`; Dell Unity `uemcli`, PowerStore `pstcli`; HPE 3PAR's commands),
 * TrueNAS `midclt`, `iscsiadm`, `multipath`, Brocade's zoning commands, Pacemaker's `pcs`, Bacula/Bareos `bconsole`,
 * Commvault's q-commands, NetBackup's admin commands, out-of-band management (`ipmitool`, `racadm`, `ilorest`,
 * `redfishtool`), HPE `ssacli`, NUT (`upscmd`, `upsmon`, `upsc`, `upsrw`), `apcaccess`, a switched PDU's `power` command
 * (`snmpset` of an outlet's control is read with Net-SNMP's other objects in network-catalogue.ts). Data in the shape of service-catalogue.ts's ServiceTool (spread there).
 *
 * Labels follow "How a case is labelled" and the choices blind39-dc.yaml's description states: a VM, disk, volume,
 * snapshot or backup deleted is data lost; a VM, host, volume or outlet switched off, a LUN unmapped or a session logged
 * out is out of service; a host put into maintenance mode moves its work elsewhere first (a drain, 358.2); replication,
 * HA, fencing, scheduled snapshots or a backup job off and access opened to any address are safeguards off; a VM taken
 * out of the inventory with its files kept, Pure's destroy (its destroyed bin) and a BMC's restart are writes.
 * Operations no rule names fall back to the generic reading (fail closed).
 */

type Args = ReadonlyArray<string | null>;
type Tool = ServiceTool;

/**
 * The help rule every entry starts with: never `-h`, which the flag reader also finds inside a bundle, and these tools'
 * options are single-dash words (`govc … -host H`, `uemcli -d H`).
 */
const HELP: ServiceRule = { flags: ['--help', '-help'], effect: 'read', what: 'help' };

/** The arguments as the shared last-value reader takes them (common.ts lastSwitch). */
const argWords = (args: Args) => args.map((value) => ({ value }));

/**
 * One of govc's switches `options` on (Go's flag package: `-off`, `--off`, `-off=true`), each read at its last word as the
 * parser stores it (common.ts lastSwitch): `-off -off=false` is off, `-off=false -off` on. Whole words, not a bundle of
 * letters (govc's `-reboot` is not `-r`). Round 40 (rv40): any word of the option was read, whatever came after it.
 */
const goSwitch = (options: readonly string[]) => (args: Args): boolean => options.some((o) => lastSwitch(argWords(args), [o, `-${o}`], false));

/** A rule by its subcommand alone. */
const op = (sub: RegExp, effect: ServiceEffect, what: string): ServiceRule => ({ sub, effect, what });

/** A program whose every call does one thing (HPE 3PAR's `removevv`, Brocade's `cfgshow`): its help is a read. */
const fixed = (names: string[], effect: ServiceEffect, what: string): Tool => ({ names, valued: [], rules: [HELP, { args: () => true, effect, what }], otherwise: effect });

/**
 * Every value of `key=value` among the operands (xe's `force=true`; TrueNAS's JSON is not this), null for a word not fixed.
 * xe's manual does not say which of a key given twice counts, so a reading that excuses takes every value (fail closed).
 */
function keyValues(args: Args, key: string): Array<string | null> {
  return args.flatMap((a) => (a === null ? [null] : a.startsWith(`${key}=`) ? [a.slice(key.length + 1)] : []));
}
/**
 * `xe vm-uninstall vm=NAME` naming one VM and nothing else that selects (atk40): another `key=value` selects VMs by that
 * field too, `--multiple` lets it select many, and a key given twice names two.
 */
function xeOneVm(args: Args): boolean {
  const words = args.slice(1);
  if (words.some((a) => a === null || a === '--multiple')) return false;
  const keys = words.filter((a): a is string => a!.includes('=')).map((a) => a.slice(0, a.indexOf('=')));
  return keys.filter((k) => k === 'vm').length === 1 && keys.every((k) => k === 'vm' || k === 'force');
}
const truthy = (v: string | null): boolean => v === null || /^(true|1|yes|on)$/i.test(v);

// ---- VMware vSphere: govc (github.com/vmware/govmomi, govc/USAGE.md) -------------------------------------------------

/**
 * Round 42 (bl42virt): govc's boolean options (`-r`, `-l`, `-json`, `-dump`, `-f`, `-k`, `-on`: Go's flag package takes
 * their value only as `-on=false`) are no longer read as taking the next word, which hid the VM or path after them
 * (`govc vm.info -r web-prod-01`).
 */
const GOVC_VALUED = ['-u', '-vm', '-ds', '-host', '-dc', '-cluster', '-pool', '-folder', '-net', '-m', '-c', '-name', '-type', '-n', '-wait', '-e', '-d', '-g', '-disk', '-link', '-annotation', '-template', '-snapshot', '-library', '-options', '-drs-mode', '-ha-enabled', '-drs-enabled', '-controller', '-i', '-C', '-key', '-value', '-t'];

/** `vm.power` with a flag that takes the VM down: `-off`, `-s` (guest shutdown), `-suspend`, `-r` (a reset: a hard restart, 86). */
const GOVC_POWER_DOWN = ['-off', '-s', '-suspend', '-r', '-reset'];

/** `cluster.change -ha-enabled=false` (or `-ha-enabled false`): vSphere HA off. */
function govcHaOff(args: Args): boolean {
  return args.some((a) => a !== null && /^-ha-enabled=(false|0)$/i.test(a)) || optionValuesIn(args, ['-ha-enabled']).some((v) => v === null || /^(false|0)$/i.test(v));
}


/** govc's VM operands after the subcommand. */
/**
 * `-h` before govc's first operand: Go's flag package stops at the first word that is not a flag, so `govc vm.destroy
 * prod-db -h` destroys prod-db and then fails on a VM named `-h` (the help-after-operand fail-open atk39 closed for file
 * tools). The values of govc's valued options are skipped.
 */
function govcHelpFirst(args: Args): boolean {
  if (/^--?h(elp)?$/.test(args[0] ?? '')) return true;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === null || a === undefined || !a.startsWith('-')) return false;
    if (/^--?h(elp)?$/.test(a)) return true;
    if (GOVC_VALUED.includes(a)) i++;
  }
  return false;
}
const govcVms = (args: Args): Array<string | null> => operandValues(args, new Set(GOVC_VALUED)).slice(1);

/** `vm.destroy NAME`: one VM named as a test or scratch one, by its whole name (the lead's answer 72), never by a pattern. */
function govcOneScratchVm(args: Args): boolean {
  const vms = govcVms(args);
  return vms.length === 1 && typeof vms[0] === 'string' && namesScratchMachine(vms[0]);
}

/**
 * `vm.power -s NAME…`: guest shutdowns only, every VM named as dev (`dev-build-03`): dev machines stopped gracefully are
 * parked (decision 28); a power-off, a suspend or a reset stays an outage.
 */
function govcDevGuestShutdown(args: Args): boolean {
  const vms = govcVms(args);
  return goSwitch(['-s'])(args) && !goSwitch(['-off', '-suspend', '-r', '-reset', '-force'])(args) && vms.length > 0 && vms.every((v) => typeof v === 'string' && /(^|[-_.])dev([-_.\d]|$)/i.test(v));
}

/** `device.remove` deletes the disk's files unless `-keep`; with it the running guest still loses the device. */
const GOVC: Tool = {
  names: ['govc'],
  // Go's flag package, one FlagSet per subcommand: the first operand ends the options.
  parser: 'stops',
  manager: true,
  valued: GOVC_VALUED,
  // The lead's answer 417.2 (env40): the datacentre or cluster a VM is looked up in is where it lives (`-dc prod-dc1`): its
  // tier is the target's, over the VM's own test name.
  // Round 42 (bl42virt): the VM (`-vm`) and host (`-host`) an operation names are its target too (`govc snapshot.remove -vm
  // web-prod-01 …`, `govc host.shutdown -host esx-prod-04`).
  where: ['-u', '-dc', '-cluster', '-vm', '-host'],
  whereEnv: ['GOVC_URL', 'GOVC_DATACENTER', 'GOVC_CLUSTER', 'GOVC_HOST', 'GOVC_RESOURCE_POOL'], // govc reads each option's default from its variable (round 41, atk41)
  rules: [
    // Not the shared HELP rule, which finds `-help` anywhere: Go's flag package stops at the first operand, so `govc
    // vm.destroy db-01 -help` destroys db-01 (atk40); govcHelpFirst reads `-h`, `-help`, `--help` before it only.
    { args: govcHelpFirst, effect: 'read', what: 'help' },
    { sub: /^vm\.power( |$)/, args: govcDevGuestShutdown, unlessLive: true, effect: 'write', what: 'shuts down the guests of VMs named as dev: parked (decision 28)' },
    { sub: /^vm\.power( |$)/, args: goSwitch(GOVC_POWER_DOWN), effect: 'outage', what: 'powers the VM off, shuts its guest down, suspends or resets it' },
    { sub: /^vm\.power( |$)/, args: goSwitch(['-on', '-reboot']), effect: 'write', what: 'powers the VM on or reboots its guest' },
    { sub: /^vm\.destroy /, args: govcOneScratchVm, unlessLive: true, effect: 'write', what: "deletes one VM named as a test or scratch one (the lead's answer 72)" },
    op(/^(vm\.destroy|snapshot\.(remove|revert)|datastore\.(rm|remove|disk\.rm)|disk\.rm|volume\.rm|host\.remove|object\.destroy|datacenter\.destroy|vapp\.destroy|library\.rm|vm\.disk\.delete)( |$)/, 'destroy', 'deletes VMs, snapshots, datastore files, disks, hosts or library items, or reverts a VM to a snapshot'),
    { sub: /^device\.remove( |$)/, args: goSwitch(['-keep']), effect: 'outage', what: "detaches a device from the VM (its files kept): the guest loses a disk it may be using" },
    op(/^device\.remove( |$)/, 'destroy', "removes a device with its disk files (govc deletes them unless -keep)"),
    op(/^(host\.shutdown|vm\.guest\.shutdown|host\.disconnect)( |$)/, 'outage', 'shuts a host down or disconnects it from vCenter'),
    { sub: /^cluster\.change( |$)/, args: govcHaOff, effect: 'safeguard', what: 'switches vSphere HA off' },
    op(/^(about|ls|find|tree|events|tasks|logs(\.\S+)?|env|version|session\.ls|\S+\.info|\S+\.ls|metric\.\S+|snapshot\.tree|vm\.ip|vm\.console|datastore\.download|datastore\.tail|object\.collect|host\.esxcli \S+ (\S+ )*(list|get))( |$)/, 'read', 'reads the inventory, events or metrics'),
    op(/^(snapshot\.create|datastore\.(upload|mkdir|cp|mv)|host\.maintenance\.(enter|exit)|host\.(add|reconnect)|cluster\.(change|create|add)|vm\.(change|clone|create|migrate|register|unregister|upgrade|network\.\S+|customize|markastemplate|markasvm|keystrokes|instantclone)|tags\.\S+|import\.\S+|export\.\S+|device\.(add|cdrom\.\S+|connect|boot|serial\.\S+|usb\.\S+|floppy\.\S+|scsi\.add|pci\.add)|vm\.disk\.(create|attach|change)|library\.(create|import|deploy|clone|update)|folder\.create|pool\.create|pool\.change|permissions\.set|vm\.guest\.tools|guest\.(ls|download|upload|mkdir|ps|getenv))( |$)/, 'write', "creates, changes, migrates or snapshots; a host's maintenance mode moves its VMs off first (a drain, 358.2); a VM unregistered keeps its files"),
  ],
  otherwise: 'fallback',
};

// ---- ESXi's shell: vim-cmd, esxcli, vmkfstools --------------------------------------------------------------------

const VIM_CMD: Tool = {
  names: ['vim-cmd'],
  valued: ['-U', '-P', '-H'],
  rules: [
    HELP,
    op(/^vmsvc\/(destroy|snapshot\.remove(all)?|snapshot\.revert)( |$)/, 'destroy', 'deletes a VM with its disks, or its snapshots, or reverts it to a snapshot'),
    op(/^vmsvc\/power\.(off|shutdown|suspend|reset|hibernate)( |$)|^hostsvc\/(standby_mode_enter)( |$)/, 'outage', 'powers a VM off, shuts it down, suspends or resets it'),
    op(/^vmsvc\/(get\.\S+|getallvms|snapshot\.get|power\.getstate|device\.getdevices|message)( |$)|^(hostsvc|vimsvc|solo)\/(\S*(get|info|query|summary|list)\S*|hostsummary|hosthardware|runtimeinfo)( |$)/, 'read', 'reads VMs and the host'),
    op(/^vmsvc\/(power\.(on|reboot)|snapshot\.create|unregister|reload|tools\.\S+|device\.\S+)( |$)|^hostsvc\/maintenance_mode_(enter|exit)( |$)|^solo\/registervm( |$)/, 'write', 'powers on, reboots, snapshots or registers; maintenance mode is a drain'),
  ],
  otherwise: 'fallback',
};

/** esxcli's firewall switched off (`network firewall set --enabled false`). */
function esxcliFirewallOff(args: Args): boolean {
  return optionValuesIn(args, ['--enabled', '-e']).some((v) => v === null || /^(false|0|no)$/i.test(v));
}

const ESXCLI: Tool = {
  names: ['esxcli'],
  manager: true,
  valued: ['-s', '--server', '-u', '--username', '-p', '--password', '-r', '--reason', '--world-id', '-w', '-t', '--type', '-i', '--id', '-l', '--volume-label', '-d', '--depot', '-n', '--vibname', '-e', '--enabled', '--delay', '-f', '--formatter', '-v', '--viburl', '-p', '--profile'],
  where: ['-s', '--server'],
  rules: [
    HELP,
    op(/^vm process kill( |$)/, 'outage', 'kills a running VM'),
    op(/^system shutdown poweroff( |$)/, 'outage', 'powers the host off'),
    op(/^system account remove( |$)|^software vib remove( |$)|^network vswitch (standard|dvs vmware) remove( |$)|^network vswitch standard portgroup remove( |$)|^storage (vmfs|nfs\d*) (remove|unmount)( |$)|^storage core device (detached remove|set .*--state=?off)/, 'destroy', 'removes an account, a package, a virtual switch or a datastore'),
    { sub: /^network firewall set( |$)/, args: esxcliFirewallOff, effect: 'safeguard', what: "switches the host's firewall off" },
    op(/^(\S+ )*(list|get)( |$)|^system (version|hostname|uuid) get( |$)|^\S+ (\S+ )*(info|status)( |$)/, 'read', 'reads the host'),
    op(/^(storage (core adapter rescan|vmfs unmap|vmfs snapshot list)|system maintenanceMode set|system shutdown reboot|software (vib|profile) (install|update)|network firewall (set|refresh|ruleset set))( |$)/, 'write', 'rescans, reclaims space, installs or updates; maintenance mode and a reboot in it are the host\'s own'),
  ],
  otherwise: 'fallback',
};

const VMKFSTOOLS: Tool = {
  names: ['vmkfstools'],
  valued: ['-i', '--clonevirtualdisk', '-d', '--diskformat', '-X', '--extendvirtualdisk', '-c', '--createvirtualdisk', '-C', '--createfs', '-S', '--setfsname', '-E', '--renamevirtualdisk', '-a', '--adaptertype', '-b', '--blocksize'],
  local: true,
  rules: [
    HELP,
    { flags: ['-U', '--deletevirtualdisk', '-w', '--writezeros', '-C', '--createfs'], effect: 'destroy', what: 'deletes a virtual disk, zeroes it or makes a file system over a partition' },
    { flags: ['-q', '--queryrdm', '-P', '--queryfs', '-D', '--dump', '-e', '--chainConsistent'], effect: 'read', what: 'reads a disk or a file system' },
    { flags: ['-i', '--clonevirtualdisk', '-X', '--extendvirtualdisk', '-c', '--createvirtualdisk', '-K', '--punchzero', '-E', '--renamevirtualdisk', '-y', '--reclaimBlocks'], effect: 'write', what: 'clones, creates, grows or renames a disk' },
  ],
  otherwise: 'fallback',
};

// ---- Citrix/XenServer xe (docs.xenserver.com, "Command-line interface") -------------------------------------------

const XE: Tool = {
  names: ['xe'],
  manager: true,
  valued: ['-s', '-u', '-pw', '-pwf', '-p'],
  where: ['-s'],
  rules: [
    HELP,
    { sub: /^vm-uninstall( |$)/, args: (a) => xeOneVm(a) && namesScratchMachine(keyValues(a, 'vm')[0] ?? ''), unlessLive: true, effect: 'write', what: "deletes one VM named as a test or scratch one (the lead's answer 72)" },
    op(/^(vm-uninstall|vm-destroy|vdi-destroy|vdi-forget|sr-destroy|sr-forget|snapshot-uninstall|snapshot-destroy|snapshot-revert|template-uninstall|pool-eject|host-forget|vm-reset-powerstate|pool-destroy)( |$)/, 'destroy', 'deletes VMs, disks, storage repositories or snapshots, or reverts a VM to a snapshot'),
    { sub: /^vm-reboot( |$)/, args: (a) => keyValues(a, 'force').some(truthy), effect: 'outage', what: 'a forced reboot: a hard reset (86)' },
    op(/^(vm-shutdown|vm-suspend|vm-pause|host-shutdown|host-reboot|pbd-unplug|vbd-unplug|vif-unplug|pif-unplug)( |$)/, 'outage', 'shuts down, suspends or unplugs'),
    op(/^(\S+-list|\S+-param-get|\S+-param-list|help|\S+-query|diagnostic-\S+|vm-compute-\S+|host-get-\S+|pool-dump-database|\S+-list-\S+)( |$)/, 'read', 'reads the pool'),
    op(/^(vm-start|vm-reboot|vm-resume|vm-unpause|vm-snapshot|vm-checkpoint|vm-export|vm-import|vm-migrate|vm-copy|vm-clone|vm-install|vm-param-set|vm-param-add|host-evacuate|host-enable|host-disable|sr-create|sr-scan|vdi-create|vdi-resize|vdi-copy|pool-join|\S+-param-set|vm-memory-\S+)( |$)/, 'write', 'starts, snapshots, exports, migrates or changes in place; a host disabled and evacuated is a drain'),
  ],
  otherwise: 'fallback',
};

// ---- Nutanix: acli, ncli, the CVM's cluster command ---------------------------------------------------------------

/**
 * Nutanix's Acropolis CLI (`acli vm.delete NAME`): its commands are `entity.verb`, which Atlassian's `acli` (`acli jira
 * workitem …`) never is, so both share one entry (service-catalogue.ts).
 */
export const NUTANIX_ACLI_RULES: readonly ServiceRule[] = [
  op(/^(vm|snapshot|image|vg|net|ag)\.(delete|disk_delete|nic_delete|restore)( |$)/, 'destroy', 'deletes VMs, their disks, snapshots, images or volume groups'),
  op(/^(vm\.(off|shutdown|reset|suspend|pause|guest_shutdown)|host\.(shutdown|power_off))( |$)/, 'outage', 'powers VMs off, shuts them down, resets or suspends them'),
  op(/^\w+\.(list|get|list_\w+|info)( |$)/, 'read', 'reads'),
  op(/^(vm\.(on|reboot|guest_reboot|resume|update|snapshot_create|clone|create|migrate|disk_create|nic_create|disk_update|affinity_set)|host\.(enter_maintenance_mode|exit_maintenance_mode)|image\.(create|update)|vg\.(create|disk_create|attach_to_vm))( |$)/, 'write', 'powers on, reboots, snapshots, creates or changes in place; maintenance mode live-migrates the VMs first'),
];

const NCLI: Tool = {
  names: ['ncli'],
  manager: true,
  valued: ['-s', '--server', '-u', '--user', '-p', '--password'],
  where: ['-s', '--server'],
  rules: [
    HELP,
    op(/^(container|ctr|storagepool|sp|pd|protection-domain|remote-site|rs|vdisk|datastore|user|snapshot) (remove|rm|delete|del|rm-snaps|remove-one-time-snapshots|rollback-pd|rollback)( |$)/, 'destroy', 'deletes containers, protection domains, snapshots or users'),
    op(/^(pd|protection-domain) (suspend-schedules|deactivate|remove-from-schedules)( |$)|^(cluster) (disable-auto-install|stop)( |$)/, 'safeguard', "pauses a protection domain's snapshot and replication schedule"),
    op(/^\S+ (ls|list|get|info|status|ls-snaps|list-snapshots|ls-repl-status|ls-schedules)( |$)|^cluster (info|status|version|get-\S+)( |$)/, 'read', 'reads the cluster'),
    op(/^\S+ (create|add|edit|update|resume-schedules|add-one-time-snapshot|set-\S+|migrate)( |$)/, 'write', 'creates, snapshots or changes in place'),
  ],
  otherwise: 'fallback',
};

/** The Nutanix CVM's `cluster` command (`cluster status|start|stop|destroy`). */
const NUTANIX_CLUSTER: Tool = {
  names: ['cluster'],
  valued: ['-s', '--svm_ips'],
  rules: [
    HELP,
    op(/^destroy( |$)/, 'destroy', 'destroys the cluster and its data'),
    op(/^stop( |$)/, 'outage', "stops the cluster's services: every VM on it loses its storage"),
    op(/^status( |$)/, 'read', 'reads the services'),
    op(/^(start|restart_genesis)( |$)/, 'write', 'starts the cluster'),
  ],
  otherwise: 'fallback',
};

// ---- Proxmox VE: ha-manager, pvesh, proxmox-backup-client ---------------------------------------------------------

const HA_MANAGER: Tool = {
  names: ['ha-manager'],
  valued: ['--state', '--group', '--max_restart', '--max_relocate', '--comment', '--nodes', '--type'],
  local: true,
  rules: [
    HELP,
    op(/^(remove|delete|rm)( |$)/, 'safeguard', "takes the resource out of HA: nothing restarts or moves it when its node fails"),
    { sub: /^(set|add)( |$)/, flagValue: { names: ['--state'], value: /^(stopped|disabled)$/ }, effect: 'outage', what: 'stops the resource' },
    { sub: /^(set|add)( |$)/, flagValue: { names: ['--state'], value: /^ignored$/ }, effect: 'safeguard', what: 'takes the resource out of HA' },
    op(/^crm-command stop( |$)/, 'outage', 'stops the resource'),
    op(/^(status|config|groupconfig|help|rules config)( |$)/, 'read', 'reads HA state'),
    op(/^(add|set|migrate|relocate|groupadd|groupset|crm-command (node-maintenance (enable|disable)|migrate|relocate))( |$)/, 'write', "adds or changes HA resources, moves them; a node's maintenance migrates them off first"),
  ],
  otherwise: 'fallback',
};

/** A pvesh API path's verb and path (`pvesh create /nodes/N/qemu/101/status/stop`). */
function pveshCall(args: Args): { verb: string; path: string } | null {
  const ops = operandValues(args, new Set(['--output-format', '--noproxy']));
  return ops[0] && ops[1] ? { verb: ops[0], path: ops[1] } : null;
}
/** `pvesh set …/config --protection 0`: deletion protection off. */
function pveshProtectionOff(args: Args): boolean {
  return pveshCall(args)?.verb === 'set' && optionValuesIn(args, ['--protection']).some((v) => v === null || /^(0|false)$/.test(v));
}
/**
 * Round 41 (bl41dr): `pvesh set /cluster/backup/ID --enabled 0` (or a value not fixed): a scheduled backup job switched off.
 * pvesh takes the option anywhere after the path; `--enabled=0` as well.
 */
function pveshBackupJobOff(args: Args): boolean {
  const call = pveshCall(args);
  return (call?.verb === 'set' || call?.verb === 'put') && /^\/?cluster\/backup\/[^/]+\/?$/.test(call.path) && optionValuesIn(args, ['--enabled']).some((v) => v === null || SWITCH_OFF.test(v));
}
const PVE_STOP_PATH = /\/status\/(stop|shutdown|suspend|reset)$/;
/** Round 42 (bl42virt): a snapshot rolled back through the API (`…/snapshot/NAME/rollback`): what the guest held since is lost. */
const PVE_ROLLBACK_PATH = /\/snapshot\/[^/]+\/rollback$/;
/**
 * Round 42 (bl42virt): the node an API path names (`/nodes/pve-prod-01/qemu/101/…`, pvesh(1)) is where the call acts: its
 * name read for the tier (a node named for production; `lab` as its first part names dev, answer 386.3).
 */
function pveshNodeTier(args: Args): 'production' | 'dev' | null {
  const node = /^\/?nodes\/([^/]+)/.exec(pveshCall(args)?.path ?? '')?.[1];
  const tier = node === undefined ? null : heuristicEnvironment(node);
  return tier === 'production' || tier === 'dev' ? tier : null;
}
const PVESH: Tool = {
  names: ['pvesh'],
  valued: ['--output-format', '--snapname', '--timeout', '--type', '--vmid', '--storage', '--protection', '--purge', '--destroy-unreferenced-disks', '--state', '--node', '--enabled', '--schedule'],
  local: true,
  tier: (args) => pveshNodeTier(args),
  rules: [
    HELP,
    { args: pveshProtectionOff, effect: 'safeguard', what: 'switches deletion protection off' },
    { args: pveshBackupJobOff, effect: 'safeguard', what: 'switches a scheduled backup job off' },
    { sub: /^(create|post) /, args: (a) => PVE_STOP_PATH.test(pveshCall(a)?.path ?? ''), effect: 'outage', what: 'stops, shuts down, suspends or resets a guest' },
    { sub: /^(create|post) /, args: (a) => PVE_ROLLBACK_PATH.test(pveshCall(a)?.path ?? ''), effect: 'destroy', what: 'rolls a guest back to a snapshot: what it held since is lost' },
    op(/^(delete|del) \S+/, 'destroy', 'deletes a guest, a snapshot, a backup or a resource through the API'),
    op(/^(get|ls|usage)( |$)/, 'read', 'reads the API'),
    op(/^(create|post|set|put) /, 'write', 'creates, starts, snapshots or changes in place'),
  ],
  otherwise: 'fallback',
};

/**
 * `prune … --keep-last 1` (or no keep option at all): every older backup pruned. A keep option given twice counts at its
 * smallest value (round 40, rv40: the values were summed, so `--keep-last 5 --keep-last 1` kept six): which one the
 * parser takes is not documented, and the smallest prunes most (fail closed).
 */
function pbsPrunesToOne(args: Args): boolean {
  const keeps = ['--keep-last', '--keep-hourly', '--keep-daily', '--keep-weekly', '--keep-monthly', '--keep-yearly'].map((k) => optionValuesIn(args, [k]));
  if (keeps.some((values) => values.includes(null))) return false;
  const total = keeps.reduce((n, values) => n + (values.length === 0 ? 0 : Math.min(...values.map((v) => Number(v) || 0))), 0);
  return total <= 1;
}
const PBS_CLIENT: Tool = {
  names: ['proxmox-backup-client'],
  valued: ['--repository', '--keep-last', '--keep-hourly', '--keep-daily', '--keep-weekly', '--keep-monthly', '--keep-yearly', '--ns', '--keyfile', '--output-format', '--backup-id', '--backup-type'],
  where: ['--repository'],
  dryRun: ['--dry-run'],
  rules: [
    HELP,
    { sub: /^prune( |$)/, args: pbsPrunesToOne, effect: 'destroy', what: 'prunes every backup but the newest' },
    op(/^(snapshot (forget|remove)|forget)( |$)/, 'destroy', 'deletes a backup snapshot'),
    op(/^(list|snapshot (list|files)|status|catalog \S+|task (list|log)|version|key show)( |$)/, 'read', 'reads backups'),
    op(/^(backup|prune|restore|mount|map|snapshot notes update|key create|login|logout|garbage-collect)( |$)/, 'write', 'backs up, restores or prunes by a retention that keeps several'),
  ],
  otherwise: 'fallback',
};

// ---- NetApp ONTAP's shell over ssh (docs.netapp.com, "ONTAP command reference") -----------------------------------

const ONTAP_VALUED = ['-vserver', '-volume', '-snapshot', '-aggregate', '-size', '-junction-path', '-destination-path', '-source-path', '-path', '-igroup', '-policyname', '-clientmatch', '-rorule', '-rwrule', '-superuser', '-snapshot-policy', '-fields', '-node', '-privilege', '-severity', '-time', '-ruleindex', '-protocol', '-ostype', '-lun', '-policy', '-schedule', '-state', '-type', '-space-guarantee', '-percent-snapshot-space', '-security-style', '-comment'];
/** ONTAP's `modify … -snapshot-policy none`: scheduled snapshots off. */
const ontapSnapshotsOff = (args: Args): boolean => optionValuesIn(args, ['-snapshot-policy']).some((v) => v === null || v === 'none');
/** An export rule for every client (`-clientmatch 0.0.0.0/0`, `::/0`): the share opened to any address. */
const ontapAnyClient = (args: Args): boolean => optionValuesIn(args, ['-clientmatch']).some((v) => v === null || /^(0\.0\.0\.0\/0|::\/0|0\.0\.0\.0\/0\.0\.0\.0)$/.test(v));

const ONTAP_VOLUME: Tool = {
  names: ['volume', 'vol'],
  valued: ONTAP_VALUED,
  rules: [
    HELP,
    op(/^(delete|destroy|snapshot (delete|restore)|snapshot restore-file|clone split start)( |$)/, 'destroy', 'deletes a volume or snapshots, or reverts a volume to a snapshot'),
    op(/^(offline|unmount|restrict)( |$)/, 'outage', 'takes the volume offline: its clients lose it'),
    { sub: /^modify( |$)/, args: ontapSnapshotsOff, effect: 'safeguard', what: "switches the volume's scheduled snapshots off" },
    op(/^(show|snapshot show|efficiency show|\S+ show|show-\S+|recovery-queue show)( |$)/, 'read', 'reads volumes'),
    op(/^(create|online|size|modify|mount|snapshot (create|rename|modify)|clone create|move (start|modify)|efficiency \S+|autosize|qtree create|rehost)( |$)/, 'write', 'creates, grows, snapshots or changes in place'),
  ],
  otherwise: 'fallback',
};
const SNAPMIRROR: Tool = {
  names: ['snapmirror'],
  valued: ONTAP_VALUED,
  rules: [
    HELP,
    op(/^(delete|release)( |$)/, 'destroy', 'removes a replication relationship'),
    op(/^(break|quiesce|abort)( |$)/, 'safeguard', 'stops or pauses replication to the copy (the copy made writable by break)'),
    op(/^(show|show-history|list-destinations|snapshot-owner show|policy show)( |$)/, 'read', 'reads replication'),
    op(/^(update|resume|create|initialize|modify|protect|policy create)( |$)/, 'write', 'replicates or changes the relationship'),
  ],
  otherwise: 'fallback',
};
const ONTAP_LUN: Tool = {
  names: ['lun'],
  valued: ONTAP_VALUED,
  rules: [
    HELP,
    op(/^(delete|destroy|igroup delete)( |$)/, 'destroy', 'deletes a LUN or an initiator group'),
    op(/^(unmap|offline|igroup (remove|unbind))( |$)/, 'outage', 'takes a LUN from its hosts'),
    op(/^(show|mapped show|igroup show|\S+ show)( |$)/, 'read', 'reads LUNs'),
    op(/^(create|map|resize|online|modify|igroup (create|add|bind))( |$)/, 'write', 'creates, maps or grows'),
  ],
  otherwise: 'fallback',
};
const ONTAP_VSERVER: Tool = {
  names: ['vserver'],
  valued: ONTAP_VALUED,
  rules: [
    HELP,
    { sub: /^export-policy rule (create|modify)( |$)/, args: ontapAnyClient, effect: 'safeguard', what: 'opens an export to any address' },
    op(/^(delete|export-policy (delete|rule delete)|cifs share delete|nfs delete)( |$)/, 'destroy', 'deletes an SVM, an export rule or a share'),
    op(/^(stop|nfs (off|stop)|cifs (stop|delete))( |$)/, 'outage', 'stops the SVM or its protocol service'),
    op(/^(show|\S+ show|\S+ \S+ show)( |$)/, 'read', 'reads'),
    op(/^(start|create|modify|export-policy (create|rule (create|modify))|cifs share create|nfs (on|start|modify))( |$)/, 'write', 'starts, creates or changes in place'),
  ],
  otherwise: 'fallback',
};

// ---- Pure Storage Purity//FA CLI (purevol(1) and its siblings) ---------------------------------------------------

const PUREVOL: Tool = {
  names: ['purevol'],
  valued: ['--size', '--suffix', '--host', '--hgroup', '--pgroup', '--protocol-endpoint', '--lun', '--filter', '--sort', '--limit', '--csv'],
  rules: [
    HELP,
    op(/^eradicate( |$)/, 'destroy', 'eradicates a destroyed volume or snapshot: nothing brings it back'),
    { sub: /^copy( |$)/, flags: ['--overwrite'], effect: 'destroy', what: 'overwrites an existing volume with a snapshot' },
    op(/^disconnect( |$)/, 'outage', 'takes the volume from its hosts'),
    op(/^(list|listobj|monitor)( |$)/, 'read', 'reads volumes'),
    op(/^(create|snap|recover|connect|copy|rename|setattr|add|destroy|extend)( |$)/, 'write', "creates, snapshots or connects; destroy keeps the volume in Purity's destroyed bin, which recover brings back"),
  ],
  otherwise: 'fallback',
};
const PUREPGROUP: Tool = {
  names: ['purepgroup'],
  valued: ['--suffix', '--hostlist', '--vollist', '--hgrouplist', '--targetlist', '--filter'],
  rules: [
    HELP,
    op(/^(eradicate)( |$)/, 'destroy', 'eradicates a protection group and its snapshots'),
    op(/^(destroy|disable)( |$)/, 'safeguard', "stops the group's snapshot and replication schedule"),
    op(/^(list|listobj|monitor)( |$)/, 'read', 'reads protection groups'),
    op(/^(create|snap|enable|recover|setattr|schedule|retain|rename|send)( |$)/, 'write', 'creates, snapshots or changes in place'),
  ],
  otherwise: 'fallback',
};
const PUREHOST: Tool = {
  names: ['purehost', 'purehgroup'],
  valued: ['--vol', '--wwnlist', '--iqnlist', '--nqnlist', '--hostlist', '--personality', '--lun'],
  rules: [
    HELP,
    op(/^(delete|destroy)( |$)/, 'destroy', 'deletes a host or host group'),
    op(/^disconnect( |$)/, 'outage', 'takes volumes from the host'),
    op(/^(list|listobj|monitor)( |$)/, 'read', 'reads hosts'),
    op(/^(create|connect|setattr|rename)( |$)/, 'write', 'creates or connects'),
  ],
  otherwise: 'fallback',
};
const PUREARRAY: Tool = {
  names: ['purearray', 'purealert', 'puremessage', 'pureconfig'],
  valued: ['--filter', '--sort', '--limit'],
  rules: [HELP, op(/^(list|monitor|listobj)( |$)/, 'read', 'reads the array')],
  otherwise: 'fallback',
};

// ---- Dell Unity uemcli, PowerStore pstcli ------------------------------------------------------------------------

const UEMCLI: Tool = {
  names: ['uemcli'],
  manager: true,
  valued: ['-d', '-u', '-p', '-port', '-id', '-name', '-source', '-keepFor', '-descr', '-pool', '-size', '-host', '-lun', '-sslPolicy', '-type', '-lunHosts', '-snapHosts'],
  where: ['-d'],
  rules: [
    HELP,
    op(/^\/\S+ (\S+ )*(delete|restore)( |$)/, 'destroy', 'deletes a LUN, file system, snapshot or host, or restores one over the live data'),
    op(/^\/\S+ (\S+ )*(detach|unmap)( |$)/, 'outage', 'takes storage from its hosts'),
    op(/^\/\S+ (\S+ )*show( |$)/, 'read', 'reads'),
    op(/^\/\S+ (\S+ )*(create|set|attach|copy|refresh|resume|expand)( |$)/, 'write', 'creates, snapshots or changes in place'),
  ],
  otherwise: 'fallback',
};
const PSTCLI: Tool = {
  names: ['pstcli'],
  manager: true,
  valued: ['-d', '-destination', '-u', '-user', '-p', '-password', '-name', '-id', '-size', '-description'],
  where: ['-d', '-destination'],
  rules: [
    HELP,
    op(/^\S+ (\S+ )*(delete|restore|refresh)( |$)/, 'destroy', 'deletes volumes, snapshots or hosts, or restores over them'),
    op(/^\S+ (\S+ )*(detach|unmap)( |$)/, 'outage', 'takes volumes from their hosts'),
    op(/^\S+ (\S+ )*show( |$)/, 'read', 'reads'),
    op(/^\S+ (\S+ )*(create|modify|set|attach|map|clone)( |$)/, 'write', 'creates or changes in place'),
  ],
  otherwise: 'fallback',
};

// ---- HPE 3PAR / Primera InForm OS CLI (one program per command) ----------------------------------------------------

const THREEPAR_TOOLS: readonly Tool[] = [
  fixed(['removevv', 'removecpg', 'removehost', 'removesnapshot', 'removevvset', 'removercopygroup', 'removefpg', 'removevfs', 'removefsnap', 'promotesv', 'promotevvcopy'], 'destroy', 'deletes virtual volumes, snapshots, CPGs or hosts, or promotes a snapshot over its base volume'),
  fixed(['removevlun', 'stopvv', 'setvv-offline'], 'outage', 'takes a volume from its hosts'),
  fixed(['stoprcopygroup', 'stoprcopy', 'dismissrcopylink', 'dismissrcopytarget'], 'safeguard', 'stops remote copy to the other array'),
  fixed(['showvv', 'showvlun', 'showhost', 'showcpg', 'showsys', 'showalert', 'showrcopy', 'showeventlog', 'showpd', 'showport', 'showvvset', 'showsnapshot', 'showtask', 'showversion', 'statvv', 'statport', 'checkhealth'], 'read', 'reads the array'),
  fixed(['createsv', 'createvv', 'createvlun', 'createhost', 'createcpg', 'growvv', 'startrcopygroup', 'syncrcopy', 'createvvset', 'createsched', 'updatevv'], 'write', 'creates, snapshots, grows or resumes remote copy'),
];

// ---- TrueNAS midclt (its middleware's API by method name) ----------------------------------------------------------

/** The method `midclt call` names (`pool.dataset.delete`) and the JSON arguments after it, joined. */
function midcltCall(args: Args): { method: string; rest: string } | null {
  const ops = operandValues(args, new Set(['-t', '--timeout', '-u', '--uri', '-U', '--username', '-P', '--password', '-K', '--api-key']));
  if (ops[0] !== 'call' || ops[1] === undefined) return null;
  return ops[1] === null ? null : { method: ops[1], rest: ops.slice(2).map((o) => o ?? '').join(' ') };
}
const midcltMethod = (test: RegExp) => (args: Args): boolean => test.test(midcltCall(args)?.method ?? '');
/** A task's `{"enabled": false}` (periodic snapshots, replication, cloud sync, scrubs, S.M.A.R.T. tests). */
function midcltSafeguardOff(args: Args): boolean {
  const c = midcltCall(args);
  return c !== null && /^(pool\.snapshottask|replication|cloudsync|rsynctask|pool\.scrub|smart\.test)\.update$/.test(c.method) && /"enabled"\s*:\s*false/.test(c.rest);
}
/** `pool.export ID '{"destroy": true}'`: the pool's disks wiped. */
const midcltPoolDestroyed = (args: Args): boolean => { const c = midcltCall(args); return c?.method === 'pool.export' && /"destroy"\s*:\s*true/.test(c.rest); };
const MIDCLT: Tool = {
  names: ['midclt'],
  valued: ['-t', '--timeout', '-u', '--uri', '-U', '--username', '-P', '--password', '-K', '--api-key'],
  local: true,
  rules: [
    HELP,
    { sub: /^call /, args: midcltPoolDestroyed, effect: 'destroy', what: "exports the pool and wipes its disks" },
    { sub: /^call /, args: midcltSafeguardOff, effect: 'safeguard', what: 'switches periodic snapshots, replication, scrubs or tests off' },
    { sub: /^call /, args: midcltMethod(/\.(delete|destroy|wipe|rollback|delete_many)$|^pool\.export$|^disk\.wipe$/), effect: 'destroy', what: 'deletes datasets, snapshots, pools or shares, wipes a disk or rolls back' },
    { sub: /^call /, args: midcltMethod(/^service\.stop$|^system\.(shutdown|poweroff)$|\.(stop|detach)$/), effect: 'outage', what: 'stops a service or the system' },
    { sub: /^call /, args: midcltMethod(/\.(query|get_instance|config|info|status|choices|get_\w+)$|^system\.(info|version|ready)$/), effect: 'read', what: 'reads' },
    { sub: /^call /, args: midcltMethod(/^service\.(start|restart|reload)$|\.(create|update|run|scrub|run_onetime|start)$/), effect: 'write', what: 'creates, starts, runs or changes in place' },
  ],
  otherwise: 'fallback',
};

// ---- Block storage on a host: iscsiadm, multipath ------------------------------------------------------------------

/** iscsiadm's mode and operation: `-m node … --logout`, `-m node -o delete`. */
const ISCSIADM: Tool = {
  names: ['iscsiadm'],
  valued: ['-m', '--mode', '-T', '--targetname', '-p', '--portal', '-o', '--op', '-n', '--name', '-v', '--value', '-t', '--type', '-I', '--interface', '-P', '--print', '-r', '--sid'],
  local: true,
  rules: [
    HELP,
    { flags: ['-u', '--logout', '--logoutall'], effect: 'outage', what: "logs the host out of the target: its LUNs vanish under whatever uses them" },
    { flagValue: { names: ['-o', '--op'], value: /^delete$/ }, effect: 'destroy', what: "deletes the target's node records and their settings: its LUNs do not come back at boot" },
    { flags: ['-l', '--login', '--loginall', '-R', '--rescan'], effect: 'write', what: 'logs in or rescans' },
    { flagValue: { names: ['-o', '--op'], value: /^(update|new)$/ }, effect: 'write', what: 'changes a node record' },
    { flagValue: { names: ['-m', '--mode'], value: /^(session|discovery|node|iface|host|fw|discoverydb)$/ }, effect: 'read', what: 'lists sessions, nodes or discovers targets' },
  ],
  otherwise: 'fallback',
};

/** multipath(8): `-F`/`-f` flush unused maps only (a map in use is refused); `-ll` lists. */
const MULTIPATH: Tool = {
  names: ['multipath'],
  valued: ['-v', '-b', '-p'],
  local: true,
  rules: [
    HELP,
    { flags: ['-F', '-f'], effect: 'write', what: 'flushes unused multipath maps (in-use maps are refused; multipathd makes them again)' },
    { flags: ['-l', '-ll', '-t', '-T', '-c', '-C', '-a', '-w', '-W'], effect: 'read', what: 'lists maps or checks devices' },
  ],
  otherwise: 'write',
};

// ---- Brocade Fabric OS zoning (one command each) --------------------------------------------------------------------

const BROCADE_TOOLS: readonly Tool[] = [
  fixed(['zonedelete', 'cfgremove', 'cfgdelete', 'cfgclear', 'zoneremove', 'alidelete', 'aliremove', 'zoneobjectexpunge'], 'destroy', "removes zones from the fabric's configuration: hosts lose their paths to storage once it is saved or enabled"),
  fixed(['cfgdisable', 'portdisable', 'switchdisable', 'chassisdisable', 'portcfgpersistentdisable'], 'outage', 'disables zoning, a port or the switch'),
  fixed(['cfgshow', 'zoneshow', 'alishow', 'cfgactvshow', 'switchshow', 'porterrshow', 'portshow', 'nsshow', 'fabricshow', 'errdump', 'sfpshow', 'cfgsize', 'zoneobjectcopy-show'], 'read', 'reads the fabric'),
  fixed(['zonecreate', 'zoneadd', 'cfgcreate', 'cfgadd', 'alicreate', 'aliadd', 'cfgsave', 'cfgenable', 'portenable', 'switchenable', 'portcfgpersistentenable'], 'write', 'adds zones, saves or enables the configuration, enables ports'),
];

// ---- Pacemaker's pcs --------------------------------------------------------------------------------------------------

const PCS: Tool = {
  names: ['pcs'],
  // pcs reads its options with Python's `getopt.gnu_getopt` (pcs/app.py), which permutes.
  parser: 'permutes',
  valued: ['-f', '--wait', '--name', '--group'],
  local: true,
  rules: [
    HELP,
    op(/^(cluster destroy|resource (delete|remove)|stonith (delete|remove)|cluster node remove)( |$)/, 'destroy', 'deletes the cluster, a resource or a fence device'),
    op(/^(cluster (stop|kill|disable)|resource (disable|ban)|node maintenance)( |$)/, 'outage', 'stops the cluster or its resources'),
    { sub: /^property set( |$)/, args: (a) => a.some((v) => v !== null && /^(stonith-enabled=(false|0)|no-quorum-policy=ignore)$/i.test(v)), effect: 'safeguard', what: 'switches fencing or the quorum guard off' },
    op(/^(status|config|resource (status|config|show)|constraint (list|show|config)|stonith (status|config|show)|property (list|show|config)|cluster (status|verify|config))( |$)/, 'read', 'reads the cluster'),
    op(/^(node (standby|unstandby|unmaintenance)|resource (move|clear|enable|restart|cleanup|refresh|create|update|relocate)|cluster (start|enable|setup)|property set|constraint \S+)( |$)/, 'write', 'moves, starts or changes resources; a node in standby hands its resources on (a drain)'),
  ],
  otherwise: 'fallback',
};

// ---- Backups: bconsole, Commvault, NetBackup -------------------------------------------------------------------------

const BCONSOLE_DELETES = new RegExp([
  String.raw`^\s*(purge|delete|truncate|cancel)\b`,
  String.raw`^\s*disable\s+(job|schedule|client)\b`,
  String.raw`^\s*update\b.*\bvolstatus=["']?(purged|recycle)\b`,
  String.raw`^\s*restore\b(?=.*\bwhere=["']?\/(?:etc|var|srv|home|root|opt|usr|boot)?\/?["']?(?:\s|$))(?!.*\breplace=["']?never\b)`,
  String.raw`^\s*restore\b(?!.*\bwhere=)(?=.*\breplace=["']?(always|ifnewer|ifolder)\b)`,
].join('|'), 'im');
const BCONSOLE: Tool = {
  names: ['bconsole'],
  valued: ['-c', '-D', '-d'],
  local: true,
  // Round 41 (bl41dr): `cancel` stops a running backup; `update … volstatus=Purged|Recycle` gives a volume's backups up
  // for reuse; a `restore` over the live tree (`where=/` or a top folder, unless `replace=never`; Bacula's default Replace
  // is `always`) or with `replace=always|ifnewer|ifolder` where the line names no folder (the restore job's, unseen).
  input: { deletes: BCONSOLE_DELETES, what: "purges or deletes backup volumes, jobs or records, cancels a running backup, switches a backup job off, or restores over live files (prune keeps to the retention)" },
  rules: [{ flags: ['-?', '--help'], effect: 'read', what: 'help' }],
  otherwise: 'write',
};

const COMMVAULT_TOOLS: readonly Tool[] = [
  fixed(['qlist', 'qinfo'], 'read', 'lists Commvault jobs, clients and media'),
  fixed(['qdelete'], 'destroy', 'deletes a client, subclient, backup set or storage policy'),
  { names: ['qoperation'], valued: ['-c', '-a', '-b', '-s', '-t', '-j', '-o', '-af', '-cs', '-tf', '-i', '-sp', '-copy'], rules: [HELP, op(/^(backup|restore|agedata|auxcopy|execute)( |$)/, 'write', "backs up, restores or ages data past the storage policies' retention"), op(/^(jobcontrol|jobretention)( |$)/, 'opaque', 'controls jobs or their retention')], otherwise: 'fallback' },
  fixed(['qlogin', 'qlogout'], 'read', 'logs in to the CommServe'),
];

/** `bpexpdate … -d 0` (or `-d` not fixed): the images expire now. */
const bpexpdateNow = (args: Args): boolean => optionValuesIn(args, ['-d']).some((v) => v === null || v === '0') || args.includes('-deassignempty');
const NETBACKUP_TOOLS: readonly Tool[] = [
  { names: ['bpexpdate'], valued: ['-backupid', '-d', '-m', '-client', '-policy', '-copy', '-host'], rules: [{ args: bpexpdateNow, effect: 'destroy', what: 'expires backup images now: NetBackup deletes them' }], otherwise: 'write' },
  fixed(['bppldelete', 'bpmedia-delete', 'nbdelete'], 'destroy', 'deletes a backup policy or images'),
  { names: ['bpplinfo'], valued: ['-set', '-pt', '-residence', '-pool'], rules: [{ flags: ['-inactive'], effect: 'safeguard', what: 'makes a backup policy inactive' }, { flags: ['-modify', '-set'], effect: 'write', what: 'changes a policy' }], otherwise: 'read' },
  // Round 41 (bl41dr): `bpdbjobs -cancel|-cancel_all|-kill|-kill_all` ends running backups (a safeguard's run lost).
  { names: ['bpdbjobs'], valued: ['-jobid', '-M', '-t', '-file', '-cancel', '-kill', '-suspend'], rules: [HELP, { flags: ['-cancel', '-cancel_all', '-kill', '-kill_all', '-suspend', '-suspend_all'], effect: 'safeguard', what: 'cancels, kills or suspends running backup jobs' }], otherwise: 'read' },
  fixed(['bpimagelist', 'bpclntcmd', 'bppllist', 'bpmedialist', 'bpverify', 'bperror', 'bpstulist'], 'read', 'reads images, jobs and policies'),
  fixed(['bpbackup', 'bprestore', 'bpduplicate', 'bpbackupdb'], 'write', 'backs up, restores or duplicates'),
];

// ---- Out-of-band management: ipmitool, racadm, ilorest, redfishtool ----------------------------------------------

const IPMITOOL_VALUED = ['-I', '-H', '-U', '-P', '-f', '-p', '-L', '-y', '-k', '-K', '-C', '-N', '-R', '-t', '-b', '-T', '-B', '-o', '-O', '-c', '-e', '-Y'];
/** `chassis power X` or `power X` where X is not fixed (`"$(printf 'o%s' ff)"`): any power action (fail closed). */
function ipmiPowerUnseen(args: Args): boolean {
  const ops = operandValues(args, new Set(IPMITOOL_VALUED));
  const at = ops[0] === 'chassis' ? 1 : 0;
  return ops[at] === 'power' && ops[at + 1] === null;
}
const IPMITOOL: Tool = {
  names: ['ipmitool'],
  manager: true,
  valued: IPMITOOL_VALUED,
  where: ['-H'],
  rules: [
    HELP,
    op(/^(chassis )?power (off|cycle|reset|soft|diag)( |$)/, 'outage', 'powers the server off, cycles or resets it'),
    { args: ipmiPowerUnseen, effect: 'outage', what: 'a power action the line does not fix' },
    op(/^sel (clear|delete)( |$)/, 'destroy', "clears the server's hardware event log"),
    op(/^(raw|i2c|exec)( |$)/, 'opaque', 'sends raw commands to the BMC'),
    op(/^(chassis )?power (status)( |$)|^(sdr|sensor|fru|sel (list|elist|info|time get|get|save|writeraw)|lan print|user (list|summary)|chassis (status|restart_cause|poh|selftest|bootparam get)|mc (info|guid|watchdog get|selftest|getenables)|sol info|channel (info|getaccess)|dcmi \S+|session info|delloem \S+ \S*(get|status|info)\S*)( |$)/, 'read', 'reads the BMC and sensors'),
    op(/^((chassis )?power on|mc reset (warm|cold)|chassis (bootdev|bootparam set|identify)|sol (activate|deactivate)|lan set|user set name|sensor thresh)( |$)/, 'write', 'powers on, restarts the BMC (the server runs on) or sets the next boot device'),
  ],
  otherwise: 'fallback',
};

/** `racadm update -f FILE --reboot` (or `-r`... is the remote host): applied now with a forced reboot. */
const racadmUpdateReboots = (args: Args): boolean => args.includes('--reboot') || args.includes('-reboot');
const RACADM: Tool = {
  names: ['racadm'],
  manager: true,
  valued: ['-r', '-u', '-p', '-f', '-l', '-t', '-o', '-i', '-c', '-g', '-e', '-s', '--', '-m'],
  where: ['-r'],
  rules: [
    HELP,
    op(/^serveraction (powerdown|hardreset|powercycle|graceshutdown|nmi|reseat)( |$)/, 'outage', 'powers the server down, resets or power-cycles it'),
    op(/^(racresetcfg|systemerase|clrsel|clrraclog|(storage|raid) (deletevd|resetconfig|clearconfig|secureerase|cryptographicerase|blink-erase)\S*|lclog clear|sslresetcfg|jobqueue delete .*--all|deletefile)( |$|:)/, 'destroy', "resets the iDRAC's configuration, erases the system, deletes virtual disks or clears the logs"),
    { sub: /^update( |$)/, args: racadmUpdateReboots, effect: 'outage', what: 'flashes firmware with an immediate reboot of the server (80)' },
    op(/^(getsysinfo|getsel|get|getconfig|getniccfg|getsvctag|getversion|getraclog|hwinventory|swinventory|lclog view|jobqueue view|(storage|raid) get|serveraction powerstatus|getled|getractime|license view|techsupreport getupdatetime|systemperfstatistics|getsensorinfo|coredump)( |$|:)/, 'read', 'reads the server and the iDRAC'),
    op(/^(serveraction powerup|racreset|set|config|jobqueue (create|view)|update|setled|sshpkauth|sslcsrgen|techsupreport (collect|export)|license (import|export)|(storage|raid) (createvd|init|blink|unblink)\S*)( |$|:)/, 'write', "powers up, restarts the iDRAC, sets attributes or stages firmware for the next reboot"),
  ],
  otherwise: 'fallback',
};

const ILOREST: Tool = {
  names: ['ilorest'],
  manager: true,
  valued: ['--url', '-u', '--user', '-p', '--password', '--selectlog', '--filter', '--sessionid', '--selector', '--logdir', '--cache-dir'],
  where: ['--url'],
  rules: [
    HELP,
    op(/^reboot (ForceOff|ColdBoot|ForceRestart|PushPowerButton|PressAndHold|Nmi|GracefulShutdown)( |$)/i, 'outage', 'powers the server off, cold-boots or resets it'),
    op(/^reboot$/, 'outage', 'a forced restart (ilorest reboot is ForceRestart by default)'),
    { sub: /^serverlogs( |$)/, flags: ['--clearlog', '-c'], effect: 'destroy', what: "clears the server's integrated logs" },
    op(/^(factorydefaults|factoryresetcontroller|deletelogicaldrive|clearrestapistate|secureerase|drivesanitize|deletecomponent|backuprestore restore)( |$)/, 'destroy', "resets iLO or a controller to factory settings, deletes logical drives or erases drives"),
    op(/^(login|logout|serverinfo|list|get|select|types|serverlogs|iloaccounts$|iloaccounts list|ahsdata|status|firmwareupdate status|listcomp|ipprofiles$)( |$)/, 'read', 'reads the server and iLO'),
    op(/^(reboot On|set|commit|bootorder|onebootoverride|flashfwpkg|uploadcomp|iloreset|iloaccounts (add|changepass)|certificate \S+|virtualmedia)( |$)/i, 'write', 'powers on, sets attributes, flashes iLO firmware or restarts iLO'),
  ],
  otherwise: 'fallback',
};

const REDFISHTOOL: Tool = {
  names: ['redfishtool'],
  manager: true,
  valued: ['-r', '--rhost', '-u', '--user', '-p', '--password', '-I', '--Id', '-M', '--Match', '-S', '--Secure', '-T', '--Timeout', '-t', '--token'],
  where: ['-r', '--rhost'],
  rules: [
    HELP,
    op(/^Systems reset (ForceOff|ForceRestart|GracefulShutdown|PowerCycle|Nmi|PushPowerButton)( |$)/, 'outage', 'powers the server off or resets it'),
    op(/^Systems reset( |$)/, 'write', 'powers on or restarts gracefully'),
    op(/^(\S+ )*(get|list|GetMember|Logs|Processors|Inventory)( |$)/, 'read', 'reads'),
    op(/^(Systems|Chassis|Managers) (setBootOverride|setIndicatorLed|setAssetTag|setTime|setIpInfo)( |$)/, 'write', 'sets attributes'),
  ],
  otherwise: 'fallback',
};

// ---- Array controllers: HPE ssacli -----------------------------------------------------------------------------------

const SSACLI: Tool = {
  names: ['ssacli', 'hpssacli', 'hpacucli'],
  valued: [],
  local: true,
  rules: [
    HELP,
    op(/^ctrl \S+ (\S+ \S+ )*(delete|clearencryptionconfig|reenable)( |$)/, 'destroy', 'deletes logical drives or arrays'),
    op(/^ctrl \S+ (\S+ )*show( |$)|^(\S+ )*show( |$)/, 'read', 'reads the controller'),
    op(/^ctrl \S+ (\S+ )*(create|modify|add)( |$)/, 'write', 'creates or changes in place'),
  ],
  otherwise: 'fallback',
};

// ---- Power: NUT, apcupsd, switched PDUs --------------------------------------------------------------------------

const UPSCMD: Tool = {
  names: ['upscmd'],
  valued: ['-u', '-p', '-w', '-t'],
  rules: [
    HELP,
    { flags: ['-l'], effect: 'read', what: 'lists instant commands' },
    op(/^\S+ (load\.off(\.delay)?|shutdown\.\S+|bypass\.start|outlet\.\d+\.(load\.off|shutdown\.return)\S*)( |$)/, 'outage', 'cuts the UPS\'s output: every server it feeds loses power'),
    op(/^\S+ (test\.\S+|beeper\.\S+|load\.on(\.delay)?|calibrate\.\S+|outlet\.\d+\.load\.on|reset\.\S+)( |$)/, 'write', 'runs a test, mutes the beeper or switches the output on'),
  ],
  otherwise: 'fallback',
};
const UPSMON: Tool = {
  names: ['upsmon'],
  valued: ['-D', '-u'],
  local: true,
  rules: [
    HELP,
    { flagValue: { names: ['-c'], value: /^fsd$/ }, effect: 'outage', what: 'forced shutdown of every system the UPS feeds' },
    { flagValue: { names: ['-c'], value: /^stop$/ }, effect: 'safeguard', what: 'stops the monitor: a power failure no longer shuts systems down cleanly' },
    { flagValue: { names: ['-c'], value: /^reload$/ }, effect: 'write', what: 'reloads the configuration' },
  ],
  otherwise: 'fallback',
};
const UPS_READERS: readonly Tool[] = [fixed(['upsc', 'apcaccess', 'upslog', 'upsstats'], 'read', "reads the UPS's status")];
const UPSRW: Tool = { names: ['upsrw'], valued: ['-s', '-u', '-p', '-w', '-t'], rules: [HELP, { flags: ['-s'], effect: 'write', what: "sets a UPS variable" }], otherwise: 'read' };

/** A switched PDU's own shell over ssh (Raritan `power outlets N off`, Server Technology `off .AA1`). */
const PDU_POWER: Tool = {
  names: ['power'],
  valued: [],
  rules: [
    HELP,
    op(/^outlets? \S+ (off|cycle)( |$)/, 'outage', 'switches an outlet off or cycles it: what it feeds loses power'),
    op(/^outlets? \S+ on( |$)/, 'write', 'switches an outlet on'),
  ],
  otherwise: 'fallback',
};

/** Round 39 (bld39): the datacentre admin's tools, spread into service-catalogue.ts's SERVICE_TOOLS. */
export const DATACENTRE_TOOLS: readonly Tool[] = [
  GOVC, VIM_CMD, ESXCLI, VMKFSTOOLS, XE, NCLI, NUTANIX_CLUSTER, HA_MANAGER, PVESH, PBS_CLIENT,
  ONTAP_VOLUME, SNAPMIRROR, ONTAP_LUN, ONTAP_VSERVER, PUREVOL, PUREPGROUP, PUREHOST, PUREARRAY, UEMCLI, PSTCLI,
  ...THREEPAR_TOOLS, MIDCLT, ISCSIADM, MULTIPATH, ...BROCADE_TOOLS, PCS, BCONSOLE, ...COMMVAULT_TOOLS, ...NETBACKUP_TOOLS,
  IPMITOOL, RACADM, ILOREST, REDFISHTOOL, SSACLI, UPSCMD, UPSMON, ...UPS_READERS, UPSRW, PDU_POWER,
];
