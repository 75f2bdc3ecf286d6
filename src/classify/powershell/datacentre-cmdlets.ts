import type { Invocation } from '../shell/invocation.ts';
import { argumentNamesLiveTier, clue, envTarget } from '../shell/tools/common.ts';
import { heuristicEnvironment } from '../environment.ts';
import { bind, get, on, type Bound } from './bind.ts';
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
  when?: (args: Bound) => boolean;
  effect: Effect;
  what: string;
  /** The rule excuses by a name (answer 72, decision 28): not where an argument names production or staging. */
  excuse?: boolean;
}

/**
 * Each cmdlet's own parameters (PowerCLI's and Veeam's references), so that they bind as PowerShell binds them (bind.ts):
 * any unique prefix (`-Del` is -DeletePermanently, `-Fo` -Force, `-St` -State), `-Name:value`, a switch given `:1` or
 * `:$true`, and a list's further names (`-VM test-01,db-01` comes as one word per name) with the first (atk40).
 */
const PARAMS: Readonly<Record<string, { switches: string[]; valued: string[] }>> = {
  'remove-vm': { switches: ['deletepermanently', 'runasync'], valued: ['vm', 'server'] },
  'stop-vmguest': { switches: [], valued: ['vm', 'guest', 'server'] },
  'suspend-vmguest': { switches: [], valued: ['vm', 'guest', 'server'] },
  'stop-vmhost': { switches: ['force', 'evacuate', 'runasync'], valued: ['vmhost', 'server', 'reason'] },
  'suspend-vmhost': { switches: ['evacuate', 'runasync'], valued: ['vmhost', 'server', 'timeoutseconds'] },
  'restart-vmhost': { switches: ['force', 'evacuate', 'runasync'], valued: ['vmhost', 'server', 'reason'] },
  'set-vmhost': { switches: ['evacuate', 'runasync'], valued: ['vmhost', 'state', 'profile', 'vmswapfiledatastore', 'vmswapfilepolicy', 'licensekey', 'timezone', 'server', 'vsandatamigrationmode'] },
  'set-cluster': { switches: ['runasync'], valued: ['cluster', 'name', 'haenabled', 'haadmissioncontrolenabled', 'hafailoverlevel', 'harestartpriority', 'haisolationresponse', 'vmswapfilepolicy', 'drsenabled', 'drsmode', 'drsautomationlevel', 'vsanenabled', 'evcmode', 'server'] },
  // Round 42 (bl42virt): PowerCLI's Set-VM (its `-Snapshot` reverts the VM to that snapshot) and Hyper-V's Merge-VHD.
  'set-vm': { switches: ['runasync', 'togglememoryreservation'], valued: ['vm', 'snapshot', 'snapshotfilelocation', 'name', 'memorygb', 'memorymb', 'numcpu', 'corespersocket', 'guestid', 'notes', 'server', 'vmswapfilepolicy', 'version', 'hardwareversion'] },
  'merge-vhd': { switches: ['force', 'passthru', 'asjob'], valued: ['path', 'destinationpath', 'computername'] },
  'remove-vbrbackup': { switches: ['fromdisk', 'runasync'], valued: ['backup', 'entity'] },
  'start-vbrrestorevm': { switches: ['poweron', 'runasync', 'quickrollback', 'skiptagsrestore'], valued: ['restorepoint', 'server', 'resourcepool', 'datastore', 'folder', 'vmname', 'reason', 'storagepolicy', 'sourcenetwork', 'targetnetwork'] },
};

/** The cmdlet's arguments bound by its parameters; a name not in PARAMS binds by the common parameters alone. */
function bound(name: string, args: readonly Word[]): Bound {
  const p = PARAMS[name] ?? { switches: [], valued: [] };
  return bind([...args], p.switches, p.valued);
}
/** A switch on (`-DeletePermanently`, `-Del`, `-Force:$true`, `-FromDisk:1`; not `-Force:$false`). */
const has = (param: string) => (b: Bound): boolean => on(b, param);
/** A parameter's value (`-State Disconnected`, `-State:Disconnected`, `-St Disconnected`), null when not fixed, undefined when absent. */
function valueOf(b: Bound, param: string): string | null | undefined {
  const v = get(b, param);
  if (v.length === 0) return undefined;
  const last = v[v.length - 1]!;
  // `$true` and `$false` are variables PowerShell fixes: their text is their value.
  return last.value ?? (/^\$(true|false)$/i.test(last.text) ? last.text : null);
}
/** `-HAEnabled:$false`, `-HAEnabled $false`, `-HAE:0`; a value not fixed counts as off (fail closed). */
const switchedOff = (param: string) => (b: Bound): boolean => { const v = valueOf(b, param); return v === null || (v !== undefined && /^(\$?false|0)$/i.test(v)); };

/**
 * The VM names given to `-VM` (PowerCLI's parameter: Hyper-V's Remove-VM takes `-Name` or VM objects), with the words a
 * list gives after it (`-VM test-01,db-01`): once -VM is bound, a bare word can only be more of its list.
 */
function vmNames(b: Bound): Array<string | null> {
  const vm = get(b, 'vm');
  return vm.length === 0 ? [] : [...vm, ...b.positional].map((w) => w.value);
}
/** One VM by a fixed name. */
const oneNamedVm = (b: Bound): boolean => { const vm = vmNames(b); return vm.length === 1 && typeof vm[0] === 'string' && !/[*?[$@(]/.test(vm[0]); };
/** One VM whose whole name marks it as a test or scratch one (the lead's answer 72). */
const oneScratchVm = (b: Bound): boolean => oneNamedVm(b) && /(^|[-_.])(test|scratch|sandbox|tmp|temp|ephemeral)([-_.\d]|$)/i.test(vmNames(b)[0]!);
/** Every VM named as dev (`dev-build-03`), none by a pattern: decision 28's parked dev machine. */
const devVmsOnly = (b: Bound): boolean => { const vms = vmNames(b); return vms.length > 0 && vms.every((v) => v !== null && !/[*?[$@(]/.test(v) && /(^|[-_.])dev([-_.\d]|$)/i.test(v)); };

/**
 * A restore to somewhere else than where the VM runs: a new VM's name (`-VMName`). Round 44 (nx44; the lead's answer
 * 459.5): `-Server`, `-ResourcePool`, `-Datastore` or `-Folder` alone may name the host, pool and datastore the original
 * VM runs on (Veeam's Start-VBRRestoreVM: restore to the original location with different settings), and the VM restored
 * under its own name replaces it there; only a new name shows the original is kept.
 */
const restoresElsewhere = (b: Bound): boolean => valueOf(b, 'vmname') !== undefined;

const RULES: readonly CmdletRule[] = [
  { name: 'stop-vmguest', when: devVmsOnly, excuse: true, effect: 'write', what: 'shuts down the guests of VMs named as dev: parked (decision 28)' },
  { name: 'stop-vmguest', effect: 'outage', what: "shuts the VM's guest down" },
  { name: 'suspend-vmguest', effect: 'outage', what: "suspends the VM's guest" },
  { name: 'stop-vmhost', effect: 'outage', what: 'shuts the ESXi host down' },
  { name: 'suspend-vmhost', effect: 'outage', what: 'puts the ESXi host in standby' },
  { name: 'restart-vmhost', when: has('force'), effect: 'outage', what: 'restarts the host even outside maintenance mode, with its VMs running (answer 80)' },
  { name: 'restart-vmhost', effect: 'write', what: 'restarts a host in maintenance mode (answer 80)' },
  { name: 'set-vmhost', when: (a) => { const st = valueOf(a, 'state'); return st === null || /^(disconnected|notresponding)$/i.test(st ?? ''); }, effect: 'safeguard', what: "disconnects the host from vCenter: its VMs lose vCenter's management and HA" },
  { name: 'set-vmhost', when: (a) => /^(maintenance|connected)$/i.test(valueOf(a, 'state') ?? ''), effect: 'write', what: "puts the host into maintenance mode (its VMs moved off first: a drain) or connects it" },
  { name: 'set-cluster', when: switchedOff('haenabled'), effect: 'safeguard', what: 'switches vSphere HA off' },
  { name: 'remove-vm', when: (a) => has('deletepermanently')(a) && oneScratchVm(a), excuse: true, effect: 'write', what: "deletes one VM named as a test or scratch one (the lead's answer 72)" },
  { name: 'remove-vm', when: (a) => !has('deletepermanently')(a) && oneNamedVm(a), effect: 'write', what: "takes the VM out of vCenter's inventory; its files stay on the datastore (registered again with New-VM -VMFilePath)" },
  { name: 'remove-vbrbackup', when: (a) => !has('fromdisk')(a), effect: 'write', what: "removes the backup from Veeam's configuration; its files stay on the repository (imported again)" },
  { name: 'start-vbrrestorevm', when: (a) => !restoresElsewhere(a), effect: 'destroy', what: 'restores the VM over the original one: what it held since the restore point is lost' },
  // Round 41 (bl41dr): Stop-VBRJob ends a running backup, replica or copy job (Veeam's reference): that run's restore
  // point is not made (a safeguard's run stopped, as Stop-ScheduledTask of a backup task).
  { name: 'stop-vbrjob', effect: 'safeguard', what: 'stops a running backup job: its restore point is not made' },
  // Round 42 (bl42virt): PowerCLI's reference: Set-VM `-Snapshot` "reverts the virtual machine to the specified snapshot":
  // what it held since is lost. Hyper-V's Merge-VHD merges a differencing disk (a checkpoint's) into its parent and deletes it.
  { name: 'set-vm', when: (a) => valueOf(a, 'snapshot') !== undefined, effect: 'destroy', what: 'reverts the VM to a snapshot: what it held since is lost' },
  { name: 'merge-vhd', effect: 'destroy', what: "merges a differencing disk into its parent and deletes it: the checkpoint's point in time is gone" },
  { name: 'connect-viserver', effect: 'write', what: 'opens a session with vCenter or a host' },
  { name: 'disconnect-viserver', effect: 'write', what: 'closes the session' },
];

/** The vCenters or hosts `Connect-VIServer` opens in the input (`Connect-VIServer vcenter-prod`, `-Server vc1,vc2`). */
function sessionServers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/\bConnect-VIServer\b((?:[ \t]+(?:-[A-Za-z]+(?::\S+)?|'[^']*'|"[^"]*"|[^\s;|'"-][^\s;|]*))*)/gi)) {
    const words = (m[1] ?? '').trim().split(/[ \t]+/);
    const at = words.findIndex((w) => /^-ser(v(e(r)?)?)?$/i.test(w));
    const value = at >= 0 ? words[at + 1] : words.find((w, i) => !w.startsWith('-') && (i === 0 || !words[i - 1]!.startsWith('-')));
    if (value) out.push(...value.replace(/^['"]|['"]$/g, '').split(','));
  }
  return out;
}

/** Applies the first rule of RULES that holds for the cmdlet; false when none does. */
export function datacentreCmdlet(inv: Invocation, name: string): boolean {
  const args = bound(name, inv.args);
  // The lead's answer 72: a name that excuses (a test VM, a dev VM) never does where production or staging is named (a
  // vCenter `-Server vcenter-prod`), atk40.
  // Round 41 (atk41): a vCenter an earlier `Connect-VIServer` of the input opened is the default server of every cmdlet
  // after it (PowerCLI's `$DefaultVIServer`): production named there refuses the excuse as `-Server` does.
  const session = inv.args.some((a) => /^-ser(v(e(r)?)?)?$/i.test(a.value ?? '')) ? [] : sessionServers(inv.env.source);
  const live = argumentNamesLiveTier(inv.args, true) || session.some((s) => /^(production|staging)$/.test(heuristicEnvironment(s) ?? ''));
  // The lead's answer 417.2 (env40): an excuse refused where production is named is the cmdlet's destroy, its target the
  // named vCenter's tier (`Remove-VM -VM test-01 -DeletePermanently -Server vcenter-prod` is production, not dev).
  const refused = live ? RULES.find((r) => r.name === name && r.excuse === true && (!r.when || r.when(args))) : undefined;
  const rule = RULES.find((r) => r.name === name && (!r.when || r.when(args)) && !(r.excuse === true && live)) ?? (refused ? { ...refused, effect: 'destroy' as const, what: `${refused.what}; refused where production or staging is named` } : undefined);
  if (!rule) return false;
  const b = inv.env.b;
  // Round 42 (bl42virt): Merge-VHD's disk file, named for its guest (`sql-prod-01.vhdx`).
  const named = vmNames(args)[0] ?? valueOf(args, 'vmhost') ?? valueOf(args, 'server') ?? valueOf(args, 'cluster') ?? valueOf(args, 'destinationpath') ?? valueOf(args, 'path') ?? null;
  // The vCenter or host the cmdlet talks to (`-Server`): `lab` in a manager's name names the dev tier (answer 406.2).
  const server = valueOf(args, 'server') ?? session[session.length - 1];
  if (named !== null && named !== undefined && named !== server) b.target(envTarget(inv, 'host', named, [clue('names', named)]));
  if (typeof server === 'string') b.target(envTarget(inv, 'host', server, [{ ...clue('names', server), lab: 'manager' }]));
  const why = `\`${inv.name}\` ${rule.what}`;
  if (rule.effect === 'write') b.verb('write').finding('datacentre_cmdlet', why, inv.span);
  else if (rule.effect === 'destroy') b.verb('delete').destroy('datacentre_cmdlet_destroys', why, inv.span);
  else b.verb('write').destroy(rule.effect === 'outage' ? 'service_outage' : 'safeguard_off', why, inv.span);
  return true;
}
