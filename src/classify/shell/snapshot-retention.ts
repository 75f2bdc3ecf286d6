/**
 * The lead's answers 218 and 234 (rounds 27, 28): a sweep of one volume's, disk's or database's snapshots that keeps the
 * newest N (N >= 2) and deletes the older ones is retention; a sweep by age alone stays destructive (when backups stop
 * being made it deletes all of them). The listings that keep the newest N, read off the pipe into `xargs`:
 * - `aws ec2 describe-snapshots --filters Name=volume-id,Values=VOL --query 'sort_by(Snapshots,&StartTime)[:-N].SnapshotId'`
 *   (or `reverse(sort_by(…))[N:]`), `aws rds describe-db-snapshots --db-instance-identifier DB` (or a cluster's) likewise;
 * - `gcloud compute snapshots list --filter='sourceDisk~DISK' --sort-by=~creationTimestamp --format='value(name)' | tail -n +K`.
 * One volume, disk or database must be named: the newest N of a whole account are not each volume's newest.
 */

import type { SnapshotListing } from './invocation.ts';
import { optionValue } from './tools/common.ts';
import { literalWord } from './words.ts';


const TIME_FIELD = String.raw`&(?:StartTime|SnapshotCreateTime|OriginalSnapshotCreateTime)`;
const PROJECTION = String.raw`(?:\.\w+|\[\]\.\w+|\[\*\]\.\w+|\.\[[\w,]+\])?`;
const OLDEST_FIRST_SLICE = new RegExp(String.raw`^sort_by\(\w+(?:\[\?[^\]]*\])?,\s*${TIME_FIELD}\)\[:-(\d+)\]${PROJECTION}$`);
const NEWEST_FIRST_SLICE = new RegExp(String.raw`^reverse\(sort_by\(\w+(?:\[\?[^\]]*\])?,\s*${TIME_FIELD}\)\)\[(\d+):\]${PROJECTION}$`);

/** What `name ARGS` lists, when it is a snapshot listing of one volume, disk or database (see above). */
export function snapshotListing(name: string, args: ReadonlyArray<string>): SnapshotListing | undefined {
  // The shared reader (`--name v`, `--name=v`; the first of a repeated option); every word is fixed here.
  const words = args.map((a) => literalWord(a, 0, 0));
  const option = (n: string): string | undefined => optionValue(words, n) ?? undefined;
  if (name === 'aws' && (args[0] === 'ec2' || args[0] === 'rds')) {
    const service = args[0];
    const scoped = service === 'ec2'
      ? /^Name=volume-id,Values=vol-[\w-]+$/.test(option('--filters') ?? '')
      : args[1] === 'describe-db-snapshots' ? /^[\w-]+$/.test(option('--db-instance-identifier') ?? '') : args[1] === 'describe-db-cluster-snapshots' && /^[\w-]+$/.test(option('--db-cluster-identifier') ?? '');
    if ((service === 'ec2' && args[1] !== 'describe-snapshots') || !scoped) return undefined;
    const query = (option('--query') ?? '').replace(/\s+/g, '');
    const m = OLDEST_FIRST_SLICE.exec(query) ?? NEWEST_FIRST_SLICE.exec(query);
    return m ? { service, newestFirst: false, kept: Number(m[1]) } : undefined;
  }
  if (name === 'gcloud' && args[0] === 'compute' && args[1] === 'snapshots' && args[2] === 'list') {
    const filter = option('--filter') ?? '';
    if (!/^sourceDisk\s*[~=:]\s*["']?[\w./-]+["']?$/.test(filter.trim()) || option('--sort-by') !== '~creationTimestamp') return undefined;
    return { service: 'gce', newestFirst: true, kept: 0 };
  }
  return undefined;
}

/** `tail -n +K` of a newest-first listing: the K-1 newest are left out. */
export function snapshotListingTail(listing: SnapshotListing, from: number | undefined): SnapshotListing | undefined {
  return listing.newestFirst && listing.kept === 0 && from !== undefined ? { ...listing, kept: from - 1 } : undefined;
}

const DELETERS: Record<SnapshotListing['service'], RegExp> = {
  ec2: /^aws ec2 delete-snapshot --snapshot-id$/,
  rds: /^aws rds delete-db(-cluster)?-snapshot --db(-cluster)?-snapshot-identifier$/,
  gce: /^gcloud compute snapshots delete( --quiet| -q)*$/,
};
/** Why `xargs CMD` over this listing is retention, or null. */
export function snapshotRetention(listing: SnapshotListing | undefined, cmd: ReadonlyArray<string | null>): string | null {
  if (listing === undefined || listing.kept < 2 || cmd.some((w) => w === null)) return null;
  const line = cmd.join(' ');
  return DELETERS[listing.service].test(line) ? `\`${line}\` deletes one ${listing.service === 'rds' ? 'database' : listing.service === 'gce' ? 'disk' : 'volume'}'s older snapshots and keeps the ${listing.kept} newest: retention (the lead's answers 218 and 234)` : null;
}
