/**
 * The lead's answers 218 and 234 (rounds 27, 28): a sweep of one volume's, disk's or database's snapshots that keeps the
 * newest N (N >= 2) and deletes the older ones is retention; a sweep by age alone stays destructive (when backups stop
 * being made it deletes all of them). The listings that keep the newest N, read off the pipe into `xargs`:
 * - `aws ec2 describe-snapshots --filters Name=volume-id,Values=VOL --query 'sort_by(Snapshots,&StartTime)[:-N].SnapshotId'`
 *   (or `reverse(sort_by(…))[N:]`), `aws rds describe-db-snapshots --db-instance-identifier DB` (or a cluster's) likewise;
 * - `gcloud compute snapshots list --filter='sourceDisk~DISK' --sort-by=~creationTimestamp --format='value(name)' | tail -n +K`.
 * One volume, disk or database must be named: the newest N of a whole account are not each volume's newest.
 * The lead's answer 339 (round 33, y31 question 1) reaches images and snapshots selected by one tag: the same retention
 * over one series (one image family, one `backup=nightly` tag, one name prefix), each listing sorted by its creation time:
 * - `aws ec2 describe-snapshots --filters Name=tag:K,Values=V` (one tag, one fixed value, the only filter);
 * - `aws ec2 describe-images --filters Name=name,Values=PREFIX*` (or one tag) `--query 'sort_by(Images,&CreationDate)[:-N].ImageId'`
 *   into `aws ec2 deregister-image --image-id`;
 * - `gcloud compute images list --filter='family=F' --sort-by=~creationTimestamp … | tail -n +K` into `gcloud compute
 *   images delete`, the same `--project` on both when either names one;
 * - `az image list -g G --query "sort_by([?starts_with(name,'PREFIX')], &TIME)[:-N].id"` into `az image delete --ids`.
 * A name prefix must be a series' (at least three characters before the `*`, no other wildcard).
 * Round 38 (sh38): one ZFS dataset's snapshots (a dataset is one volume), listed by zfs-list(8) sorted by creation,
 * narrowed by `grep` to some of them (one series, `@autosnap_.*_hourly`) and cut so that the newest N stay:
 * - `zfs list -H -t snapshot -o name -s creation DATASET | head -n -N` (oldest first, all but the last N);
 * - `zfs list -H -t snapshot -o name -S creation DATASET | tail -n +K` (newest first, from the K-th on);
 * into `zfs destroy` one by one. Not `-r`/`-d` (a tree of datasets), no dataset, another sort key, nor `zfs destroy -r`
 * or `-R` (the same snapshot in every descendant, or the clones made from it).
 */

import type { SnapshotListing } from './invocation.ts';
import { optionValue, optionValues } from './tools/common.ts';
import { literalWord } from './words.ts';


const TIME_FIELD = String.raw`&(?:StartTime|SnapshotCreateTime|OriginalSnapshotCreateTime|CreationDate)`;
const PROJECTION = String.raw`(?:\.\w+|\[\]\.\w+|\[\*\]\.\w+|\.\[[\w,]+\])?`;
const OLDEST_FIRST_SLICE = new RegExp(String.raw`^sort_by\(\w+(?:\[\?[^\]]*\])?,\s*${TIME_FIELD}\)\[:-(\d+)\]${PROJECTION}$`);
const NEWEST_FIRST_SLICE = new RegExp(String.raw`^reverse\(sort_by\(\w+(?:\[\?[^\]]*\])?,\s*${TIME_FIELD}\)\)\[(\d+):\]${PROJECTION}$`);

/** One tag with one fixed value (`Name=tag:backup,Values=nightly`). */
const ONE_TAG = /^Name=tag:[\w.:/-]+,Values=[\w.:/-]+$/;
/** One series of images by name: a fixed prefix of three characters or more, then `*` (`Name=name,Values=web-base-*`). */
const NAME_SERIES = /^Name=name,Values=[\w.-]{3,}\*$/;
/** `sort_by([?starts_with(name,'img-web-')], &tags.built)[:-3].id`: one name prefix's images but the newest N. */
const AZ_IMAGE_SERIES = /^sort_by\(\[\?starts_with\(name,(['`])[\w.-]{3,}\1\)\],&(?:tags\.[\w-]+|timeCreated)\)\[:-(\d+)\]\.(?:id|name)$/;

/** What `name ARGS` lists, when it is a snapshot listing of one volume, disk or database (see above). */
export function snapshotListing(name: string, args: ReadonlyArray<string>): SnapshotListing | undefined {
  // The shared reader (`--name v`, `--name=v`; the first of a repeated option); every word is fixed here.
  const words = args.map((a) => literalWord(a, 0, 0));
  const option = (n: string): string | undefined => optionValue(words, n) ?? undefined;
  if (name === 'aws' && (args[0] === 'ec2' || args[0] === 'rds')) {
    const service = args[0] === 'ec2' && args[1] === 'describe-images' ? 'ec2-image' : args[0];
    const filters = optionValues(words, '--filters');
    const oneTag = filters.length === 1 && ONE_TAG.test(filters[0] ?? '');
    const scoped = service === 'ec2'
      ? /^Name=volume-id,Values=vol-[\w-]+$/.test(option('--filters') ?? '') || oneTag
      : service === 'ec2-image' ? filters.length === 1 && (oneTag || NAME_SERIES.test(filters[0] ?? ''))
        : args[1] === 'describe-db-snapshots' ? /^[\w-]+$/.test(option('--db-instance-identifier') ?? '') : args[1] === 'describe-db-cluster-snapshots' && /^[\w-]+$/.test(option('--db-cluster-identifier') ?? '');
    if ((service === 'ec2' && args[1] !== 'describe-snapshots') || !scoped) return undefined;
    const query = (option('--query') ?? '').replace(/\s+/g, '');
    const m = OLDEST_FIRST_SLICE.exec(query) ?? NEWEST_FIRST_SLICE.exec(query);
    return m ? { service, newestFirst: false, kept: Number(m[1]) } : undefined;
  }
  if (name === 'gcloud' && args[0] === 'compute' && (args[1] === 'snapshots' || args[1] === 'images') && args[2] === 'list') {
    const filter = (option('--filter') ?? '').trim();
    const series = args[1] === 'snapshots' ? /^sourceDisk\s*[~=:]\s*["']?[\w./-]+["']?$/ : /^family\s*[=:]\s*["']?[\w-]+["']?$/;
    const project = option('--project');
    if (!series.test(filter) || option('--sort-by') !== '~creationTimestamp' || (project !== undefined && !/^[\w-]+$/.test(project))) return undefined;
    return { service: args[1] === 'snapshots' ? 'gce' : 'gce-image', newestFirst: true, kept: 0, ...(project !== undefined ? { project } : {}) };
  }
  if (name === 'zfs' && args[0] === 'list') return zfsSnapshotListing(args.slice(1));
  if (name === 'az' && args[0] === 'image' && args[1] === 'list' && /^[\w.()-]+$/.test(option('--resource-group') ?? option('-g') ?? '')) {
    const m = AZ_IMAGE_SERIES.exec((option('--query') ?? '').replace(/\s+/g, ''));
    return m ? { service: 'az-image', newestFirst: false, kept: Number(m[2]) } : undefined;
  }
  return undefined;
}


/** zfs-list(8)'s words after `list`: one dataset's snapshot names sorted by creation, each option once. */
function zfsSnapshotListing(words: readonly string[]): SnapshotListing | undefined {
  let type: string | undefined, fields: string | undefined, sort: 'asc' | 'desc' | undefined;
  const operands: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-H' || w === '-p') continue;
    if (w === '-t' || w === '-o' || w === '-s' || w === '-S') {
      const v = words[++i];
      if (v === undefined) return undefined;
      if (w === '-t') type = v;
      else if (w === '-o') fields = v;
      else if (sort !== undefined || v !== 'creation') return undefined;
      else sort = w === '-s' ? 'asc' : 'desc';
    } else if (w.startsWith('-')) return undefined;
    else operands.push(w);
  }
  if (!/^snap(shot)?$/.test(type ?? '') || fields !== 'name' || sort === undefined || operands.length !== 1 || !/^[\w.:-]+(\/[\w.:-]+)*$/.test(operands[0]!)) return undefined;
  return { service: 'zfs', newestFirst: sort === 'desc', kept: 0 };
}

/**
 * A stage between a snapshot listing and its cut that passes on some of its lines unchanged (round 38, sh38): `grep`
 * with a fixed pattern, inverted or not (no `-o`, which prints part of a line, `-c`, `-l`, nor patterns from a file).
 * Only a ZFS listing, whose lines are whole snapshot names, and only before the cut: the newest N are counted after it.
 */
export function snapshotListingFilter(listing: SnapshotListing, name: string, args: readonly string[]): SnapshotListing | undefined {
  if (listing.service !== 'zfs' || listing.kept !== 0 || !/^(grep|egrep)$/.test(name)) return undefined;
  const options = args.filter((a) => a.startsWith('-'));
  return args.length > options.length && options.every((o) => /^-[vEFiwx]+$|^-e$/.test(o)) ? listing : undefined;
}

/** `head -n -N` of an oldest-first ZFS listing: all but the N newest. */
export function snapshotListingHead(listing: SnapshotListing, args: readonly string[]): SnapshotListing | undefined {
  const m = /^(?:-n ?|--lines[= ])-(\d{1,4})$/.exec(args.join(' '));
  return listing.service === 'zfs' && !listing.newestFirst && listing.kept === 0 && m ? { ...listing, kept: Number(m[1]) } : undefined;
}

/** `tail -n +K` of a newest-first listing: the K-1 newest are left out. */
export function snapshotListingTail(listing: SnapshotListing, from: number | undefined): SnapshotListing | undefined {
  return listing.newestFirst && listing.kept === 0 && from !== undefined ? { ...listing, kept: from - 1 } : undefined;
}

const DELETERS: Record<SnapshotListing['service'], RegExp> = {
  ec2: /^aws ec2 delete-snapshot --snapshot-id$/,
  'ec2-image': /^aws ec2 deregister-image --image-id$/,
  rds: /^aws rds delete-db(-cluster)?-snapshot --db(-cluster)?-snapshot-identifier$/,
  gce: /^gcloud compute snapshots delete( --quiet| -q| --project[= ][\w-]+)*$/,
  'gce-image': /^gcloud compute images delete( --quiet| -q| --project[= ][\w-]+)*$/,
  'az-image': /^az image delete --ids$/,
  zfs: /^(sudo )?zfs destroy( -[vdp]+)*$/,
};
const WHAT: Record<SnapshotListing['service'], string> = {
  ec2: 'one volume\'s or one tag\'s older snapshots', 'ec2-image': 'one series\' older images', rds: 'one database\'s older snapshots',
  gce: 'one disk\'s older snapshots', zfs: 'one ZFS dataset\'s older snapshots', 'gce-image': 'one image family\'s older images', 'az-image': 'one name prefix\'s older images',
};
/** Why `xargs CMD` over this listing is retention, or null. */
export function snapshotRetention(listing: SnapshotListing | undefined, cmd: ReadonlyArray<string | null>): string | null {
  if (listing === undefined || listing.kept < 2 || cmd.some((w) => w === null)) return null;
  const line = cmd.join(' ');
  // The delete acts in the listing's project (`--project` on both, or on neither).
  const project = /--project[= ]([\w-]+)/.exec(line)?.[1];
  if (project !== listing.project) return null;
  return DELETERS[listing.service].test(line) ? `\`${line}\` deletes ${WHAT[listing.service]} and keeps the ${listing.kept} newest: retention (the lead's answers 218, 234 and 339)` : null;
}
