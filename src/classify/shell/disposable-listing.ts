/**
 * A cloud listing whose every item is known disposable, read into the same kind's delete one item at a time (`… | xargs
 * -n1 DELETE`, or `for x in $(LISTING); do DELETE "$x"; done`). Narrowed by a state that says none of its items is in use:
 * - ACM certificates listed by status `EXPIRED` (`aws acm list-certificates --certificate-statuses EXPIRED`) into `aws acm
 *   delete-certificate --certificate-arn`: the lead's answer 287 (round 29), answer 68's expired certificates (as `NotAfter
 *   -lt (Get-Date)` on the `Cert:` drive); ACM refuses to delete a certificate in use besides;
 * - one user's access keys listed by status `Inactive` (`aws iam list-access-keys --user-name U --query
 *   "AccessKeyMetadata[?Status=='Inactive'].AccessKeyId"`) into `aws iam delete-access-key --user-name U --access-key-id`:
 *   an inactive key signs nothing in, so nothing that runs uses it (round 30);
 * - Elastic IP addresses listed as associated with nothing (`aws ec2 describe-addresses --query
 *   'Addresses[?AssociationId==null].AllocationId'`) into `aws ec2 release-address --allocation-id`: nothing answers on
 *   them (round 30).
 * Only the selecting option and `--query`, `--output`, `--region`, `--profile` may be given, each once, every word fixed;
 * the status must be that one state alone. Another status, a second status, another user or another command stays a delete.
 * Or narrowed to one CI run's or pull request's own by a filter (ec2RunFilter), as `terminate-instances` of such a listing
 * in place is read (cloud.ts instancesOfOneRun): EC2 images, volumes and snapshots listed by a tag or name that names one
 * run (`aws ec2 describe-volumes --filters Name=tag:Name,Values=ci-runner-4471-scratch … | xargs -n1 aws ec2 delete-volume
 * --volume-id`), into the delete of the same kind (round 30); Hetzner's servers, images and volumes listed by a label
 * selector that names one run (`hcloud image list --selector ci-run=4412 -o noheader -o columns=id | xargs -n1 hcloud image
 * delete`), one `key=value` selector only.
 */

import { heuristicEnvironment } from '../environment.ts';
import type { DisposableListing } from './invocation.ts';
import { EC2_RUN_DELETES, ec2RunFilter } from './tools/cloud-run-filter.ts';
import { namesScratchEnvironment } from './tools/infra.ts';

const PASSED = new Set(['--query', '--output', '--region', '--profile']);
/** The access keys' listing whose query keeps the inactive ones (quotes `'` or `` ` ``, spaces anywhere). */
const INACTIVE_KEYS_QUERY = /^AccessKeyMetadata\[\?Status==(['`])Inactive\1\]\.AccessKeyId$/;
/** The addresses' listing whose query keeps those with no association (`==null`, or `!AssociationId`). */
const UNASSOCIATED_QUERY = /^Addresses\[\?(AssociationId==null|!AssociationId)\]\.AllocationId$/;

/** What `name ARGS` lists, when it is one of the listings above. */
export function disposableListing(name: string, args: ReadonlyArray<string | null>): DisposableListing | undefined {
  if (name === 'hcloud' && args.every((a) => a !== null)) return hcloudRunListing(args as string[]);
  if (name === 'linode-cli' && args.every((a) => a !== null)) return linodeRunListing(args as string[]);
  if (name !== 'aws' || args.some((a) => a === null)) return undefined;
  const run = args[0] === 'ec2' && EC2_RUN_DELETES[args[1]!] !== undefined ? ec2RunFilter(args.slice(2) as string[]) : null;
  if (run !== null) return { kind: 'one run\'s resources', run, deleter: `aws ec2 ${EC2_RUN_DELETES[args[1]!]!}` };
  const options = new Map<string, string>();
  for (let i = 2; i < args.length; i++) {
    const m = /^(--[\w-]+)(?:=(.*))?$/s.exec(args[i]!);
    const value = m?.[2] ?? args[++i];
    if (!m || value === undefined || value === null || options.has(m[1]!)) return undefined;
    options.set(m[1]!, value);
  }
  const only = (...names: string[]): boolean => [...options.keys()].every((k) => names.includes(k) || PASSED.has(k));
  if (args[0] === 'acm' && args[1] === 'list-certificates' && options.get('--certificate-statuses') === 'EXPIRED' && only('--certificate-statuses')) {
    return { kind: 'expired certificates' };
  }
  if (args[0] === 'ec2' && args[1] === 'describe-addresses' && UNASSOCIATED_QUERY.test((options.get('--query') ?? '').replace(/\s+/g, '')) && only()) {
    return { kind: 'unassociated addresses' };
  }
  const user = options.get('--user-name');
  if (args[0] === 'iam' && args[1] === 'list-access-keys' && user !== undefined && /^[\w+=,.@-]+$/.test(user) && INACTIVE_KEYS_QUERY.test((options.get('--query') ?? '').replace(/\s+/g, '')) && only('--user-name')) {
    return { kind: 'inactive access keys', user };
  }
  return undefined;
}

/** `hcloud server|image|volume list --selector K=V [--type T] [-o …]` whose one selector names one run (answer 84). */
function hcloudRunListing(args: readonly string[]): DisposableListing | undefined {
  if (!/^(server|image|volume)$/.test(args[0] ?? '') || args[1] !== 'list') return undefined;
  const selectors: string[] = [];
  for (let i = 2; i < args.length; i++) {
    const m = /^(--selector|-l|--type|-t|--output|-o)(?:=(.*))?$/s.exec(args[i]!);
    const value = m?.[2] ?? args[++i];
    if (!m || value === undefined) return undefined;
    if (m[1] === '--selector' || m[1] === '-l') selectors.push(value);
  }
  const pair = selectors.length === 1 ? /^([\w.-]+)=([\w.-]+)$/.exec(selectors[0]!) : null;
  const run = pair !== null && (namesScratchEnvironment(pair[2]!) || (/^\d+$/.test(pair[2]!) && namesScratchEnvironment(`${pair[1]}-${pair[2]}`))) ? selectors[0]! : null;
  return run === null ? undefined : { kind: 'one run\'s resources', run, deleter: `hcloud ${args[0]} delete` };
}

/**
 * `linode-cli linodes list --label L --text --no-headers --format id` whose label names one run (answer 84, reached by answer
 * 330): linode-cli's list filters by an attribute's exact value, and a Linode's label is unique in its account, so the
 * listing prints the one run's Linode's id alone. Only these options, each once; the ids alone, as text without a header.
 */
function linodeRunListing(args: readonly string[]): DisposableListing | undefined {
  if (args[0] !== 'linodes' || args[1] !== 'list') return undefined;
  const options = new Map<string, string>();
  for (let i = 2; i < args.length; i++) {
    if (options.has(args[i]!)) return undefined;
    if (args[i] === '--text' || args[i] === '--no-headers') options.set(args[i]!, '');
    else if (args[i] === '--label' || args[i] === '--format') options.set(args[i]!, args[++i] ?? '');
    else return undefined;
  }
  const label = options.get('--label');
  if (options.size !== 4 || options.get('--format') !== 'id' || label === undefined || !namesScratchEnvironment(label)) return undefined;
  return { kind: 'one run\'s resources', run: `label=${label}`, deleter: 'linode-cli linodes delete' };
}

/**
 * Why `CMD ITEM` deletes only what this listing printed (CMD's words, the item left out), or null. `profile` is the session's
 * AWS profile: one run's own in a production or staging account is not known to be alone there (answer 64).
 */
export function disposableListingDelete(listing: DisposableListing | undefined, cmd: ReadonlyArray<string | null>, profile: string | undefined): string | null {
  if (listing === undefined || cmd.some((w) => w === null)) return null;
  const line = cmd.join(' ');
  if (listing.kind === 'expired certificates' && /^aws acm delete-certificate( --region [\w-]+| --profile [\w-]+)* --certificate-arn$/.test(line)) {
    return `\`${line}\` deletes the certificates ACM lists as expired; ACM refuses one still in use (the lead's answers 68 and 287)`;
  }
  if (listing.kind === 'inactive access keys' && line === `aws iam delete-access-key --user-name ${listing.user} --access-key-id`) {
    return `\`${line}\` deletes \`${listing.user}\`'s access keys listed as inactive: an inactive key signs nothing in`;
  }
  if (listing.kind === 'unassociated addresses' && /^aws ec2 release-address( --region [\w-]+| --profile [\w-]+)* --allocation-id$/.test(line)) {
    return `\`${line}\` releases the Elastic IP addresses associated with nothing: nothing answers on them`;
  }
  if (listing.kind === 'log groups of deleted functions' && line === listing.deleter && !/^(production|staging)$/.test(heuristicEnvironment(profile ?? '') ?? '')) {
    return `\`${line}\` deletes the log groups \`comm\` finds under \`/aws/lambda/\` with no function of their name left: nothing writes to them (the lead's answer 330)`;
  }
  if (listing.kind === 'one run\'s resources' && line === listing.deleter && !/^(production|staging)$/.test(heuristicEnvironment(profile ?? '') ?? '')) {
    return `\`${line}\` deletes what the listing's filter \`${listing.run}\` selects: one CI run's or pull request's own (the lead's answer 84)`;
  }
  return null;
}
