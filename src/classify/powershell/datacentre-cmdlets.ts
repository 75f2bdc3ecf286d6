import type { Invocation } from '../shell/invocation.ts';
import { clue, envTarget } from '../shell/tools/common.ts';
import type { Word } from '../shell/words.ts';

/**
 * Round 39 (bld39): VMware PowerCLI and Veeam Backup & Replication cmdlets as data, where their verb says less or more
 * than they do. Data first; `datacentreCmdlet` applies it. Returns true when it decided; false leaves the cmdlet to the
 * general rules (Hyper-V's Stop-VM and Remove-VM, every other Stop-, Remove- and Disable-).
 *
 * Labels (blind39-dc.yaml's description): PowerCLI's Stop-VMGuest and Suspend-VMGuest take the VM down (a dev-named VM
 * shut down through its guest is parked, decision 28); a host stopped, restarted with `-Force` or disconnected from
 * vCenter is out of service or its HA off; `Remove-VM -VM NAME` without `-DeletePermanently` takes the VM out of the
 * inventory with its files kept (registered again by the same tool), and one named as a test VM deleted singly is
 * disposable (72); Veeam's `Remove-VBRBackup` without `-FromDisk` forgets the backup and keeps its files; a restore to
 * the original location (no `-Server`, `-Path` or `-ResourcePool` naming elsewhere) overwrites the running VM.
 */

type Effect = 'outage' | 'safeguard' | 'destroy' | 'write';

interface CmdletRule {
  /** The cmdlet's name, lower-case. */
  name: string;
  /** The rule holds only when this is true of the arguments. */
  when?: (args: readonly Word[]) => boolean;
  effect: Effect;
  what: string;
}

/** A switch or parameter present (`-DeletePermanently`, `-Force`, `-Force:$true`; not `-Force:$false`). */
const has = (param: string) => (args: readonly Word[]): boolean => args.some((a) => a.value !== null && new RegExp(`^-${param}(:\\$?true)?$`, 'i').test(a.value));
/** A parameter's value (`-State Disconnected`), null when not fixed, undefined when absent. */
function valueOf(args: readonly Word[], param: string): string | null | undefined {
  const at = args.findIndex((a) => a.value !== null && new RegExp(`^-${param}$`, 'i').test(a.value));
  if (at === -1) return undefined;
  return args[at + 1]?.value ?? null;
}
/** `-HAEnabled:$false` (or `-HAEnabled $false`). */
const switchedOff = (param: string) => (args: readonly Word[]): boolean => args.some((a, i) => a.value !== null && (new RegExp(`^-${param}:\\$?false$`, 'i').test(a.value) || (new RegExp(`^-${param}$`, 'i').test(a.value) && /^\$?false$/i.test(args[i + 1]?.value ?? ''))));

/** The VM names given to `-VM` (PowerCLI's parameter: Hyper-V's Remove-VM takes `-Name` or VM objects). */
function vmNames(args: readonly Word[]): Array<string | null> {
  return args.flatMap((a, i) => (a.value !== null && /^-vm$/i.test(a.value) ? [args[i + 1]?.value ?? null] : []));
}
/** One VM by a fixed name. */
const oneNamedVm = (args: readonly Word[]): boolean => { const vm = vmNames(args); return vm.length === 1 && typeof vm[0] === 'string' && !/[*?[$]/.test(vm[0]); };
/** One VM whose whole name marks it as a test or scratch one (the lead's answer 72). */
const oneScratchVm = (args: readonly Word[]): boolean => oneNamedVm(args) && /(^|[-_.])(test|scratch|sandbox|tmp|temp|ephemeral)([-_.\d]|$)/i.test(vmNames(args)[0]!);
/** Every VM named as dev (`dev-build-03`), none by a pattern: decision 28's parked dev machine. */
const devVmsOnly = (args: readonly Word[]): boolean => { const vms = vmNames(args); return vms.length > 0 && vms.every((v) => v !== null && !/[*?[$]/.test(v) && /(^|[-_.])dev([-_.\d]|$)/i.test(v)); };

/** A restore to somewhere else than where the VM runs (`-Server`, `-ResourcePool`, `-Datastore`, `-VMName` of a new VM). */
const restoresElsewhere = (args: readonly Word[]): boolean => ['server', 'resourcepool', 'datastore', 'vmname', 'folder'].some((p) => valueOf(args, p) !== undefined);

const RULES: readonly CmdletRule[] = [
  { name: 'stop-vmguest', when: devVmsOnly, effect: 'write', what: 'shuts down the guests of VMs named as dev: parked (decision 28)' },
  { name: 'stop-vmguest', effect: 'outage', what: "shuts the VM's guest down" },
  { name: 'suspend-vmguest', effect: 'outage', what: "suspends the VM's guest" },
  { name: 'stop-vmhost', effect: 'outage', what: 'shuts the ESXi host down' },
  { name: 'suspend-vmhost', effect: 'outage', what: 'puts the ESXi host in standby' },
  { name: 'restart-vmhost', when: has('force'), effect: 'outage', what: 'restarts the host even outside maintenance mode, with its VMs running (answer 80)' },
  { name: 'restart-vmhost', effect: 'write', what: 'restarts a host in maintenance mode (answer 80)' },
  { name: 'set-vmhost', when: (a) => { const s = valueOf(a, 'state'); return s === null || /^(disconnected|notresponding)$/i.test(s ?? ''); }, effect: 'safeguard', what: "disconnects the host from vCenter: its VMs lose vCenter's management and HA" },
  { name: 'set-vmhost', when: (a) => /^(maintenance|connected)$/i.test(valueOf(a, 'state') ?? ''), effect: 'write', what: "puts the host into maintenance mode (its VMs moved off first: a drain) or connects it" },
  { name: 'set-cluster', when: switchedOff('haenabled'), effect: 'safeguard', what: 'switches vSphere HA off' },
  { name: 'remove-vm', when: (a) => has('deletepermanently')(a) && oneScratchVm(a), effect: 'write', what: "deletes one VM named as a test or scratch one (the lead's answer 72)" },
  { name: 'remove-vm', when: (a) => !has('deletepermanently')(a) && oneNamedVm(a), effect: 'write', what: "takes the VM out of vCenter's inventory; its files stay on the datastore (registered again with New-VM -VMFilePath)" },
  { name: 'remove-vbrbackup', when: (a) => !has('fromdisk')(a), effect: 'write', what: "removes the backup from Veeam's configuration; its files stay on the repository (imported again)" },
  { name: 'start-vbrrestorevm', when: (a) => !restoresElsewhere(a), effect: 'destroy', what: 'restores the VM over the original one: what it held since the restore point is lost' },
  { name: 'connect-viserver', effect: 'write', what: 'opens a session with vCenter or a host' },
  { name: 'disconnect-viserver', effect: 'write', what: 'closes the session' },
];

/** Applies the first rule of RULES that holds for the cmdlet; false when none does. */
export function datacentreCmdlet(inv: Invocation, name: string): boolean {
  const rule = RULES.find((r) => r.name === name && (!r.when || r.when(inv.args)));
  if (!rule) return false;
  const b = inv.env.b;
  const named = vmNames(inv.args)[0] ?? valueOf(inv.args, 'vmhost') ?? valueOf(inv.args, 'server') ?? valueOf(inv.args, 'cluster') ?? null;
  // The vCenter or host the cmdlet talks to (`-Server`): `lab` in a manager's name names the dev tier (answer 406.2).
  const server = valueOf(inv.args, 'server');
  if (named !== null && named !== undefined && named !== server) b.target(envTarget(inv, 'host', named, [clue('names', named)]));
  if (typeof server === 'string') b.target(envTarget(inv, 'host', server, [{ ...clue('names', server), lab: 'manager' }]));
  const why = `\`${inv.name}\` ${rule.what}`;
  if (rule.effect === 'write') b.verb('write').finding('datacentre_cmdlet', why, inv.span);
  else if (rule.effect === 'destroy') b.verb('delete').destroy('datacentre_cmdlet_destroys', why, inv.span);
  else b.verb('write').destroy(rule.effect === 'outage' ? 'service_outage' : 'safeguard_off', why, inv.span);
  return true;
}
