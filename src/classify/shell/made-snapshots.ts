/**
 * Snapshots an `&&` list makes and then removes itself (a backup's read-only copy: `lvcreate -s -n data_tmpsnap vg0/data &&
 * … tar … && lvremove -y vg0/data_tmpsnap`, `zfs snapshot tank/db@backup && zfs send … && zfs destroy tank/db@backup`): the
 * removal takes away only what the list itself made, which held nothing the origin does not. Pure: the walker (walk.ts
 * `markRegenerated`) gives each command's fixed words, the dispatcher asks whether a removal names only such snapshots.
 * Ids: `lvm:VG/NAME` and `zfs:DATASET@NAME` (`zfs-r:` when made recursively).
 */

/** lvcreate(8)'s options that take a value, so that the origin volume can be found. */
const LVCREATE_VALUED = new Set(['-L', '--size', '-l', '--extents', '-n', '--name', '-c', '--chunksize', '-i', '--stripes', '-I', '--stripesize', '-m', '--mirrors', '-r', '--readahead', '-V', '--virtualsize', '--type', '--addtag', '-p', '--permission', '--config', '--profile']);
/** A logical volume as `VG/LV` or `/dev/VG/LV`. */
const VOLUME = /^(?:\/dev\/)?([\w.+-]+)\/([\w.+-]+)$/;

function lvmTool(argv: readonly string[]): { sub: string; rest: readonly string[] } | null {
  if (argv[0] === 'lvm') return { sub: argv[1] ?? '', rest: argv.slice(2) };
  return { sub: argv[0] ?? '', rest: argv.slice(1) };
}

/** The snapshot a command makes, as an id, or null. */
export function snapshotMade(argv: readonly string[]): string | null {
  const lvm = lvmTool(argv);
  if (lvm?.sub === 'lvcreate' && lvm.rest.some((w) => w === '-s' || w === '--snapshot')) {
    let name: string | undefined;
    let origin: RegExpExecArray | null = null;
    for (let i = 0; i < lvm.rest.length; i++) {
      const w = lvm.rest[i]!;
      if (w === '-n' || w === '--name') name = lvm.rest[i + 1];
      else if (w.startsWith('--name=')) name = w.slice(7);
      else if (/^-n[\w.+-]+$/.test(w)) name = w.slice(2);
      if (LVCREATE_VALUED.has(w)) i++;
      else if (!w.startsWith('-')) origin = VOLUME.exec(w) ?? origin;
    }
    return name && origin ? `lvm:${origin[1]}/${name}` : null;
  }
  if (argv[0] === 'zfs' && argv[1] === 'snapshot') {
    const rest = argv.slice(2);
    const names = rest.filter((w) => !w.startsWith('-'));
    if (names.length !== 1 || !/^[\w./:-]+@[\w.:-]+$/.test(names[0]!) || rest.some((w) => w.startsWith('-') && w !== '-r')) return null;
    return `${rest.includes('-r') ? 'zfs-r' : 'zfs'}:${names[0]}`;
  }
  return null;
}

/**
 * The snapshots a removal takes away, as ids that a maker must have made, or null when it is not such a removal (or
 * removes anything else: a dataset, a range, several names). `zfs destroy -r` needs a snapshot made with `-r`.
 */
export function snapshotsRemoved(argv: readonly string[]): string[][] | null {
  const lvm = lvmTool(argv);
  if (lvm?.sub === 'lvremove') {
    if (lvm.rest.some((w) => w.startsWith('-') && !/^(-y|--yes|-f|--force|-ff|-q|--quiet|-v|--verbose)$/.test(w))) return null;
    const vols = lvm.rest.filter((w) => !w.startsWith('-')).map((w) => VOLUME.exec(w));
    if (vols.length === 0 || vols.some((v) => v === null)) return null;
    return vols.map((v) => [`lvm:${v![1]}/${v![2]}`]);
  }
  if (argv[0] === 'zfs' && argv[1] === 'destroy') {
    const rest = argv.slice(2);
    const names = rest.filter((w) => !w.startsWith('-'));
    if (names.length !== 1 || !/^[\w./:-]+@[\w.:-]+$/.test(names[0]!) || rest.some((w) => w.startsWith('-') && !/^-[rv]+$/.test(w))) return null;
    const recursive = rest.some((w) => w.startsWith('-') && w.includes('r'));
    return [recursive ? [`zfs-r:${names[0]}`] : [`zfs:${names[0]}`, `zfs-r:${names[0]}`]];
  }
  return null;
}

/** The ids of snapshots a command of the list makes and a later command removes (every name that removal takes). */
export function snapshotsMadeThenRemoved(argvs: ReadonlyArray<readonly string[] | null>): string[] {
  const out: string[] = [];
  argvs.forEach((argv, j) => {
    const removed = argv ? snapshotsRemoved(argv) : null;
    if (!removed) return;
    const made = new Set(argvs.slice(0, j).flatMap((a) => (a ? [snapshotMade(a)] : [])).filter((m): m is string => m !== null));
    const each = removed.map((ids) => ids.find((id) => made.has(id)));
    if (each.every((id) => id !== undefined)) out.push(...removed.flat().filter((id) => made.has(id)));
  });
  return out;
}

/** Whether a command removes snapshots and every one is among `made` (the scope's `madeSnapshots`). */
export function removesOnlyMadeSnapshots(argv: readonly string[], made: ReadonlySet<string> | undefined): boolean {
  const removed = made === undefined ? null : snapshotsRemoved(argv);
  return removed !== null && removed.every((ids) => ids.some((id) => made!.has(id)));
}
