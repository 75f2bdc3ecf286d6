import { operandValues, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';

/**
 * Round 42 (bl42virt): catalogue entries for a virtualization platform team's tools that no entry read before: libvirt's
 * `virsh` operations the platform reading (cloud.ts) did not name, libguestfs's `guestfish`, `guestmount`, `virt-clone`
 * and `virt-resize`, and KubeVirt's `virtctl`. Data in the shape of service-catalogue.ts's ServiceTool (spread there).
 * Labels follow "How a case is labelled" and blind42-virt.yaml's description: a guest stopped, paused or saved to disk is
 * out of service; a snapshot layer merged away, a volume shrunk or a guest file system changed under a destructive command
 * is data lost; creating, cloning, resizing up, migrating and reading are writes and reads. Operations no rule names fall
 * back to the reading before (fail closed).
 */

type Args = ReadonlyArray<string | null>;

const HELP: ServiceRule = { flags: ['--help'], effect: 'read', what: 'help' };

// ---- libvirt virsh (libvirt.org/manpages/virsh.html) ----------------------------------------------------------------

/**
 * virsh's operations beyond the platform reading of cloud.ts, which judges every other one (`otherwise: 'fallback'`):
 * `managedsave` saves the guest's memory to disk and stops it (out of service until it is started), `blockcommit` merges
 * the top of a disk's backing chain into its base (the snapshot layer is gone, the base image rewritten), `vol-resize
 * --shrink` cuts a volume's end. Changes in place of a guest's resources (`setmem`, `setvcpus`, `attach-disk`) are writes;
 * naming them here reads their operands as the target (`--live` is the running guest, not a tier).
 */
const VIRSH: ServiceTool = {
  names: ['virsh'],
  // Only the options the rules need: the platform reading of cloud.ts reads these valued options too (PLATFORM_VALUED).
  valued: ['-c', '--connect', '--pool'],
  where: ['-c', '--connect'],
  rules: [
    HELP,
    { sub: /^managedsave( |$)/, effect: 'outage', what: "saves the guest's memory to disk and stops it: out of service until it is started again" },
    { sub: /^blockcommit( |$)/, effect: 'destroy', what: "merges a disk's top layer into its base: the snapshot layer is gone and the base image rewritten" },
    { sub: /^vol-resize( |$)/, flags: ['--shrink'], effect: 'destroy', what: "shrinks a storage volume: data past the new size is cut off" },
    { sub: /^(setmem|setmaxmem|setvcpus|setvcpu|attach-(disk|interface|device)|update-device|schedinfo|memtune|blkiotune|desc|metadata|vcpupin|emulatorpin)( |$)/, effect: 'write', what: "changes a guest's resources in place" },
  ],
  otherwise: 'fallback',
};

// ---- libguestfs (libguestfs.org: guestfish(1), guestmount(1), virt-clone(1), virt-resize(1)) --------------------------

/**
 * guestfish commands that lose what the image held (guestfish(1) and guestfs(3)): files and folders removed, a file
 * overwritten or cut, a file system, partition table, physical or logical volume made, wiped or removed, a device
 * written over.
 */
const GUESTFISH_DESTROYS = /^(rm|rm-rf|rm-f|rmdir|mkfs|mkfs-opts|mke2fs|mkswap|mkswap-L|mkswap-U|write|truncate|truncate-size|zero|zero-device|wipefs|part-init|part-del|part-disk|pvremove|vgremove|lvremove|dd|copy-device-to-device|copy-file-to-device|btrfs-subvolume-delete|sfdisk|sfdiskM)$/;

/** guestfish's options that take a value. */
const GUESTFISH_VALUED = ['-a', '--add', '-d', '--domain', '-c', '--connect', '-m', '--mount', '--format', '--key', '-f', '--file', '--blocksize', '--pipe-error'];

const GUESTFISH_VALUED_SET: ReadonlySet<string> = new Set(GUESTFISH_VALUED);

/** The guestfish command words of the line (the operands after the options, `:` separating commands; not a bare `-`). */
const guestfishWords = (args: Args): Array<string | null> => operandValues(args, GUESTFISH_VALUED_SET).filter((w) => w !== '-');

/** A command that destroys, or a word not fixed (which may be one: fail closed). */
const guestfishDestroys = (args: Args): boolean => guestfishWords(args).some((w) => w === null || GUESTFISH_DESTROYS.test(w));

const GUESTFISH: ServiceTool = {
  names: ['guestfish'],
  valued: GUESTFISH_VALUED,
  where: ['-a', '--add', '-d', '--domain', '-c', '--connect'],
  rules: [
    HELP,
    // `--ro`: the disks are added read-only, no command can write them (guestfish(1): "safe to use on live guests").
    { flags: ['--ro', '-r'], effect: 'read', what: 'opens the disks read-only' },
    { args: guestfishDestroys, effect: 'destroy', what: 'removes files, makes or wipes file systems, partitions or volumes in the image' },
    // No command on the line: an interactive shell or commands from a file or the input, which the action does not show.
    { args: (a) => guestfishWords(a).length === 0 || a.some((w) => w === '-f' || w === '--file'), effect: 'opaque', what: 'runs guestfish commands the action does not show' },
  ],
  otherwise: 'write',
};

const GUESTMOUNT: ServiceTool = {
  names: ['guestmount'],
  valued: ['-a', '--add', '-d', '--domain', '-c', '--connect', '-m', '--mount', '--format', '-o', '--option', '--pid-file'],
  where: ['-a', '--add', '-d', '--domain', '-c', '--connect'],
  rules: [HELP, { flags: ['--ro', '-r'], effect: 'read', what: "mounts the guest's file systems read-only" }],
  otherwise: 'write',
};

/** virt-clone makes a new guest and new disks from an existing one; the original is read. */
const VIRT_CLONE: ServiceTool = {
  names: ['virt-clone'],
  valued: ['-o', '--original', '--original-xml', '-n', '--name', '-f', '--file', '-m', '--mac', '--connect', '--check'],
  where: ['-o', '--original', '--connect'],
  rules: [HELP, { flags: ['--print-xml'], effect: 'read', what: 'prints the clone\'s definition' }],
  otherwise: 'write',
};

/** virt-resize copies an image into a larger (or rearranged) output disk the user made beforehand; `--dry-run` reports. */
const VIRT_RESIZE: ServiceTool = {
  names: ['virt-resize'],
  valued: ['--expand', '--shrink', '--resize', '--resize-force', '--delete', '--format', '--output-format', '--lv-expand', '--align-first', '--alignment', '--machine-readable'],
  dryRun: ['--dry-run', '-n'],
  rules: [HELP],
  otherwise: 'write',
};

// ---- KubeVirt virtctl (kubevirt.io user guide) ------------------------------------------------------------------------

const VIRTCTL: ServiceTool = {
  names: ['virtctl'],
  kubeContext: true,
  valued: ['-n', '--namespace', '--context', '--kubeconfig', '--grace-period', '--size', '--image-path', '--pvc-size', '--storage-class', '--port', '--name', '--type', '--target-port', '-i', '--identity-file', '-c', '--command', '-l', '--username', '--volume-name', '--serial', '--disk-type', '--uploadproxy-url', '--access-mode', '--volume-mode', '--protocol', '--cache', '--output', '-o'],
  where: ['-n', '--namespace', '--context'],
  rules: [
    HELP,
    { sub: /^(stop|pause)( |$)/, effect: 'outage', what: 'stops or pauses a virtual machine: out of service' },
    { sub: /^(version|console|vnc|ssh|fslist|userlist|guestosinfo)( |$)/, effect: 'read', what: 'reads or opens a console to a virtual machine' },
    { sub: /^(start|restart|soft-reboot|unpause|migrate|migrate-cancel|addvolume|expose|image-upload|guestfs|usbredir|port-forward|scp|create \S+)( |$)/, effect: 'write', what: 'starts, restarts, migrates, uploads or adds to a virtual machine' },
  ],
  otherwise: 'fallback',
};

// ---- LXD / Incus (documentation.ubuntu.com/lxd, linuxcontainers.org/incus: security.privileged) --------------------------

/**
 * `security.privileged` set true (`lxc config set C security.privileged=true`, or `… security.privileged true`): the
 * container runs without a user namespace, root in it is root on the host (LXD's security guide): isolation, a safeguard,
 * off. A value not fixed counts as true (fail closed).
 */
function privilegedOn(args: Args): boolean {
  return args.some((a, i) => {
    if (a === null) return false;
    if (a.startsWith('security.privileged=')) return /^(true|1|yes|on)$/i.test(a.slice('security.privileged='.length));
    return a === 'security.privileged' && (args[i + 1] === null || /^(true|1|yes|on)$/i.test(args[i + 1] ?? ''));
  });
}

/** Only what the platform reading (cloud.ts's LOCAL_INSTANCE_OPS) misses; every other operation falls back to it. */
const LXD: ServiceTool = {
  names: ['lxc', 'incus'],
  // Not `-f`: it is `--force` on `delete`, and cloud.ts reads this list too.
  valued: ['--project', '--target'],
  rules: [
    { sub: /^(config set|profile set|config device set|profile device set)( |$)/, args: privilegedOn, effect: 'safeguard', what: 'makes the container privileged: root in it is root on the host' },
  ],
  otherwise: 'fallback',
};

export const HYPERVISOR_TOOLS: readonly ServiceTool[] = [VIRSH, GUESTFISH, GUESTMOUNT, VIRT_CLONE, VIRT_RESIZE, VIRTCTL, LXD];
