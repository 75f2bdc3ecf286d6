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
import { isFeatureBranch } from '../git-branches.ts';
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
  if ((name === 'git' || name === 'gh') && args.every((a) => a !== null) && mergedBranchListing(name, args as string[])) return { kind: 'merged branches' };
  if (name === 'git' && args.every((a) => a !== null) && remoteMergedBranchListing(args as string[])) return { kind: 'merged remote branches' };
  if (name === 'hcloud' && args.every((a) => a !== null)) return hcloudRunListing(args as string[]);
  if (name === 'linode-cli' && args.every((a) => a !== null)) return linodeRunListing(args as string[]);
  if (args.every((a) => a !== null) && NAMED_LISTINGS[name] !== undefined) return NAMED_LISTINGS[name]!(args as string[]);
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

const inLiveTier = (options: ReadonlyMap<string, string>): boolean => [...options.values()].some((v) => /^(production|staging)$/.test(heuristicEnvironment(v) ?? ''));

/**
 * The lead's answer 339 (round 33, y31 questions 2 and 6): one pull request's or run's own, found by a listing narrowed to
 * its name or tag, and untagged registry digests (answer 69), read as the EC2 run filters above are:
 * - `doctl NOUN… list --format ID,Name --no-header` (any `Name` column) narrowed by `awk '$2=="web-pr-1423"{print $1}'` or
 *   `awk '$2 ~ /^ci-run-8812-/ {print $1}'` (namedListingFiltered), into `doctl NOUN… delete [--force]`;
 * - `bq ls --format=json` narrowed by `jq -r '.[].datasetReference.datasetId | select(startswith("pr_1423_"))'`, into `bq rm -r -f -d`;
 * - `az group list --query "[?tags.pr=='1398'].name" -o tsv` (a tag key and value read together: `pr-1398`), into `az group delete -n`;
 * - `gh api repos/O/R/deployments?environment=pr-1423 --jq '.[].id'` into `gh api -X DELETE repos/O/R/deployments/{}`;
 * - `gcloud artifacts docker images list IMAGE --filter='-tags:*' --format='value(version)'` (the digests no tag names)
 *   into `gcloud artifacts docker images delete IMAGE@{}`.
 * Only the options named, each once; no word naming production or staging.
 */
const NAMED_LISTINGS: Readonly<Record<string, (args: readonly string[]) => DisposableListing | undefined>> = {
  doctl: (args) => {
    const at = args.indexOf('list');
    if (at < 1 || args.slice(0, at).some((a) => a.startsWith('-'))) return undefined;
    const options = readOptions(args.slice(at + 1), ['--format'], ['--no-header']);
    const columns = options?.get('--format')?.split(',') ?? [];
    const name = columns.findIndex((c) => /^(\w+\.)?Name$/.test(c));
    if (options === undefined || !options.has('--no-header') || columns[0] !== 'ID' || name < 1) return undefined;
    return { kind: 'named listing', columns: { id: 1, name: name + 1 }, deleter: new RegExp(`^doctl ${args.slice(0, at).join(' ')} delete( --force| -f)*$`) };
  },
  bq: (args) => {
    const options = args[0] === 'ls' ? readOptions(args.slice(1), ['--format']) : undefined;
    if (options === undefined || !/^(pretty)?json$/.test(options.get('--format') ?? '') || options.size !== 1) return undefined;
    return { kind: 'named listing', json: '.[].datasetReference.datasetId', deleter: /^bq rm( -r| -f| -d| --recursive| --force| --dataset)*$/ };
  },
  az: (args) => {
    const options = args[0] === 'group' && args[1] === 'list' ? readOptions(args.slice(2), ['--query', '-o', '--output']) : undefined;
    const tag = /^\[\?tags\.([\w-]+)==(['`])([\w.-]+)\2\]\.name$/.exec((options?.get('--query') ?? '').replace(/\s+/g, ''));
    if (options === undefined || tag === null || (options.get('-o') ?? options.get('--output')) !== 'tsv') return undefined;
    const run = namesScratchEnvironment(tag[3]!) ? tag[3]! : /^\d+$/.test(tag[3]!) && namesScratchEnvironment(`${tag[1]}-${tag[3]}`) ? `${tag[1]}-${tag[3]}` : null;
    return run === null ? undefined : { kind: 'one run\'s resources', run: `tags.${tag[1]}=${tag[3]}`, deleter: /^az group delete( --yes| -y| --no-wait)* (-n|--name)$/ };
  },
  gh: (args) => {
    const m = args[0] === 'api' ? /^repos\/([\w.-]+\/[\w.-]+)\/deployments\?environment=([\w.-]+)$/.exec(args[1] ?? '') : null;
    const options = m !== null ? readOptions(args.slice(2), ['--jq', '-q']) : undefined;
    if (m === null || options === undefined || (options.get('--jq') ?? options.get('-q')) !== '.[].id' || options.size !== 1 || !namesScratchEnvironment(m[2]!)) return undefined;
    return { kind: 'one run\'s resources', run: `environment=${m[2]}`, deleter: new RegExp(`^gh api (-X|--method) DELETE repos/${m[1]!.replace(/\./g, '\\.')}/deployments/\\{\\}$`) };
  },
  gcloud: (args) => {
    const image = args[0] === 'artifacts' && args[1] === 'docker' && args[2] === 'images' && args[3] === 'list' ? args[4] ?? '' : '';
    const options = /^[\w.-]+-docker\.pkg\.dev(\/[\w.-]+){3,}$/.test(image) ? readOptions(args.slice(5), ['--filter', '--format']) : undefined;
    if (options === undefined || options.get('--filter') !== '-tags:*' || options.get('--format') !== 'value(version)' || options.size !== 2) return undefined;
    return { kind: 'untagged digests', deleter: new RegExp(`^gcloud artifacts docker images delete ${image.replace(/\./g, '\\.')}@\\{\\}( --quiet| -q)*$`) };
  },
};

/** `--name value`, `--name=value` and bare flags, each once and all known, with no word naming production or staging; else undefined. */
function readOptions(args: readonly string[], valued: readonly string[], flags: readonly string[] = []): Map<string, string> | undefined {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const m = /^(--?[\w-]+)(?:=(.*))?$/s.exec(args[i]!);
    if (!m || options.has(m[1]!)) return undefined;
    if (flags.includes(m[1]!) && m[2] === undefined) options.set(m[1]!, '');
    else if (valued.includes(m[1]!) && (m[2] ?? args[i + 1]) !== undefined) options.set(m[1]!, m[2] ?? args[++i]!);
    else return undefined;
  }
  return inLiveTier(options) ? undefined : options;
}

/**
 * A named listing narrowed to one run's own by its filter (see NAMED_LISTINGS): `awk '$N=="NAME"{print $1}'`, `awk '$N ~
 * /^PREFIX/ {print $1}'` (N the name column, 1 the id), or `jq -r 'PATH | select(startswith("PREFIX"))'` (or `select(. ==
 * "NAME")`); the name or prefix must be one pull request's or run's (namesScratchEnvironment). Else undefined.
 */
export function namedListingFiltered(listing: DisposableListing, name: string, args: ReadonlyArray<string | null>): DisposableListing | undefined {
  if (listing.kind !== 'named listing' || args.some((a) => a === null)) return undefined;
  const words = args as string[];
  let named: string | undefined;
  if (name === 'awk' && listing.columns !== undefined && words.length === 1) {
    const m = /^\s*\$(\d+)\s*(?:==\s*"([\w.-]+)"|~\s*\/\^([\w.-]+)\/)\s*\{\s*print\s+\$(\d+)\s*;?\s*\}\s*$/.exec(words[0]!);
    if (m && Number(m[1]) === listing.columns.name && Number(m[4]) === listing.columns.id) named = m[2] ?? m[3];
  }
  if (name === 'jq' && listing.json !== undefined && words.length === 2 && words[0] === '-r') {
    const path = listing.json.replace(/[.[\]]/g, '\\$&');
    const m = new RegExp(`^${path}\\s*\\|\\s*select\\((?:startswith\\("([\\w.-]+)"\\)|\\.\\s*==\\s*"([\\w.-]+)")\\)$`).exec(words[1]!.trim());
    if (m) named = m[1] ?? m[2];
  }
  if (named === undefined || !namesScratchEnvironment(named.replace(/[-_.]+$/, ''))) return undefined;
  return { kind: 'one run\'s resources', run: `name ${named}`, deleter: listing.deleter! };
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

/** `git branch -D` (or `-d --force`, `--delete --force`, with `-q`) of names from a merged-branch listing. */
const MERGED_BRANCH_DELETE = /^git branch( (-D|-d|-f|-q|-df|-fd|-Dq|-qD|--delete|--force|--quiet))+$/;

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
  if (listing.kind === 'merged branches' && MERGED_BRANCH_DELETE.test(line)) {
    return `\`${line}\` deletes branches the listing shows merged: their commits are in the branch they were merged into (the lead's answer 359.4)`;
  }
  if (listing.kind === 'merged remote branches' && listing.stripped === true && listing.prefix !== undefined && listing.remote !== undefined && (line === `git push ${listing.remote} --delete` || line === `git push ${listing.remote} -d` || line === `git push --delete ${listing.remote}` || line === `git push -d ${listing.remote}`) && !/^(production|staging)$/.test(heuristicEnvironment(listing.remote) ?? '')) {
    return `\`${line}\` deletes branches under \`${listing.prefix}/\` the listing shows merged on \`${listing.remote}\`: one person's own feature branches, their commits in the branch they were merged into (decision 30, the lead's answer 392.5)`;
  }
  if (listing.kind === 'untagged digests' && listing.deleter instanceof RegExp && listing.deleter.test(line)) {
    return `\`${line}\` deletes the image's digests that \`--filter='-tags:*'\` lists: no tag pulls them (the lead's answers 69 and 339)`;
  }
  const deletes = (d: string | RegExp | undefined): boolean => (typeof d === 'string' ? line === d : d !== undefined && d.test(line));
  if (listing.kind === 'one run\'s resources' && deletes(listing.deleter) && !/^(production|staging)$/.test(heuristicEnvironment(profile ?? '') ?? '')) {
    return `\`${line}\` deletes what the listing's filter \`${listing.run}\` selects: one CI run's or pull request's own (the lead's answer 84)`;
  }
  return null;
}

/**
 * The lead's answer 339 (round 33, y31 question 3): `aws s3 ls s3://B/runs/ | awk '$2 ~ /^7[0-9]{3}\/$/ {print $2}'` prints the
 * folders of a range of runs by number (`PRE 7001/`: the second column); into `xargs -I{} aws s3 rm s3://B/runs/{} --recursive`
 * each is one run's folder, judged as round 21's per-run prefix is. `objectFolderListing` reads the listing (the URL, with
 * only `--profile`/`--region` beside it); `runRangeFolder` the filter: a pattern of digits alone (`7[0-9]{3}`, `88\d+`),
 * anchored at both ends, printing the column it tests. What the filter prints is given as one run of that range (`7000/`),
 * so that the delete is judged at that run's folder. Else undefined.
 */
export function objectFolderListing(name: string, args: ReadonlyArray<string | null>): string | undefined {
  if (name !== 'aws' || args[0] !== 's3' || args[1] !== 'ls' || args.some((a) => a === null)) return undefined;
  const rest = (args as string[]).slice(2);
  const url = rest.filter((a, i) => !a.startsWith('-') && !/^--(profile|region)$/.test(rest[i - 1] ?? ''));
  const options = rest.filter((a) => a.startsWith('-'));
  return url.length === 1 && /^s3:\/\/[^/*?[]+\/[^*?[]*\/$/.test(url[0]!) && options.every((o) => /^--(profile|region)$/.test(o)) ? url[0] : undefined;
}
export function runRangeFolder(name: string, args: ReadonlyArray<string | null>): string | undefined {
  const program = args.length === 1 ? args[0] : null;
  if (name !== 'awk' || program === null || program === undefined) return undefined;
  const m = /^\s*\$2\s*~\s*\/\^((?:\d|\[0-9\]|\\d)(?:\{\d+(?:,\d+)?\}|\+)?)+\\?\/\$\/\s*\{\s*print\s+\$2\s*;?\s*\}\s*$/.exec(program);
  if (m === null) return undefined;
  const pattern = /\/\^(.*?)\\?\/\$\//.exec(program)![1]!;
  // The smallest number the pattern matches: each digit class as 0, each count at its least.
  const one = pattern.replace(/(\d|\[0-9\]|\\d)(?:\{(\d+)(?:,\d+)?\}|(\+))?/g, (_, atom: string, count?: string) => (/^\d$/.test(atom) ? atom : '0').repeat(count !== undefined ? Number(count) : 1));
  return /^\d{4,}$/.test(one) ? `${one}/` : undefined;
}

/**
 * Round 35 (s35), the lead's answer 359.4: `git branch -D NAME` is destructive unless the line itself shows the branch
 * merged. A listing of merged branches feeding it shows so: `git branch --merged [REF]` (git-branch(1): "only list
 * branches whose tips are reachable from the specified commit", HEAD by default; local branches only, an optional
 * `--format`/`--no-color`), and GitHub's merged pull requests' head branches (`gh pr list --state merged --json
 * headRefName -q|--jq '.[].headRefName'`: a squash merge leaves no reachable tip, the pull request's state shows it
 * merged). Not `--no-merged`, `-r`/`-a` or any other option; every word fixed.
 */
function mergedBranchListing(name: string, args: readonly string[]): boolean {
  if (name === 'git') {
    if (args[0] !== 'branch') return false;
    const rest = args.slice(1);
    const at = rest.findIndex((a) => a === '--merged' || a.startsWith('--merged='));
    if (at < 0) return false;
    const ref = rest[at] === '--merged' && rest[at + 1] !== undefined && !rest[at + 1]!.startsWith('-') ? [rest[at + 1]] : [];
    const others = rest.filter((a, i) => i !== at && !(ref.length > 0 && i === at + 1));
    return [...ref, rest[at]!.slice(9)].every((r) => /^[\w./@~^-]*$/.test(r!)) && others.every((a) => a === '--no-color' || a === '--list' || a === '-l' || /^--format=%\(refname(:short|:lstrip=2)?\)$/.test(a));
  }
  const options = args[0] === 'pr' && args[1] === 'list' ? readOptions(args.slice(2), ['--state', '-s', '--json', '-q', '--jq', '--limit', '-L', '--base', '-B', '--repo', '-R']) : undefined;
  if (options === undefined || (options.get('--state') ?? options.get('-s')) !== 'merged' || options.get('--json') !== 'headRefName') return false;
  return (options.get('-q') ?? options.get('--jq'))?.replace(/\s+/g, '') === '.[].headRefName';
}

/** sed programs that only strip git-branch(1)'s `* ` or two-space mark before each name. */
const MARK_STRIPS: ReadonlySet<string> = new Set(['s/^[* ]*//', 's/^[ *]*//', 's/^..//', 's/^\\* //', 's/^ *//', 's/^[* ] //', 's/^[[:space:]*]*//', 's/^[*[:space:]]*//']);

/**
 * A filter that passes on some of a merged-branch listing's lines, each still a branch's name: `grep` (no `-o`, which
 * prints a part of a line, nor patterns from a file), `awk '{print $1}'`, `tr -d` of blanks and marks, `sed 's/^..//'`,
 * `cut -c3-` (git-branch(1) marks the current branch with `* ` and others with two spaces), `sort`, `head`/`tail -n N`.
 */
export function mergedBranchesKept(name: string, args: ReadonlyArray<string | null>): boolean {
  if (args.some((a) => a === null)) return false;
  const words = args as string[];
  if (/^(grep|egrep|fgrep)$/.test(name)) return words.every((a) => !/^-[a-zA-Z]*[ofr]|^--(only-matching|file|recursive)/i.test(a));
  if (name === 'awk') return words.length === 1 && /^\s*\{\s*print\s+\$1\s*;?\s*\}\s*$/.test(words[0]!);
  if (name === 'tr') return words.length === 2 && words[0] === '-d' && /^(\s|\*|\[:(space|blank):\]|\\t)+$/.test(words[1]!);
  if (name === 'sed') return words.length === 1 && MARK_STRIPS.has(words[0]!);
  if (name === 'cut') return words.length === 1 && words[0] === '-c3-';
  if (name === 'sort') return words.every((a) => /^-[ur]+$/.test(a));
  return (name === 'head' || name === 'tail') && words.length === 2 && words[0] === '-n' && /^\d+$/.test(words[1]!);
}

/**
 * The lead's answer 392.5 (round 38): `git branch -r --merged [REF]` (git-branch(1): `-r` lists the remote-tracking
 * branches, `--merged` only those whose tips REF reaches) lists merged branches as `  REMOTE/NAME`; options as
 * mergedBranchListing's besides `-r`/`--remotes`. The names are the remote's, deleted only through remoteMergedFiltered.
 */
function remoteMergedBranchListing(args: readonly string[]): boolean {
  if (args[0] !== 'branch' || !args.some((a) => a === '-r' || a === '--remotes')) return false;
  return mergedBranchListing('git', ['branch', ...args.slice(1).filter((a) => a !== '-r' && a !== '--remotes')]);
}

/**
 * Branch-name prefixes that name a kind of branch or a bot, shared by everyone who pushes (not one person's own): the
 * merged branches under them are many people's.
 */
const SHARED_PREFIX = /^(feature|features|feat|fix|fixes|bugfix|bug|hotfix|hotfixes|release|releases|chore|docs|doc|refactor|test|tests|ci|build|perf|style|renovate|dependabot|snyk|greenkeeper|wip|exp|experiment|experiments|spike|poc|dev|develop|main|master|staging|prod|production|stable|support|users?|team|teams|tmp|temp|backup|archive|origin|upstream|HEAD)$/i;
/** One person's branch prefix (`jo/`, `anna.k/`): one name part, not a shared kind of branch, not a tier or a version. */
function isPersonPrefix(prefix: string): boolean {
  return /^[A-Za-z][\w.-]{1,31}$/.test(prefix) && !SHARED_PREFIX.test(prefix) && isFeatureBranch(`${prefix}/x`) && heuristicEnvironment(prefix) === null;
}

/**
 * A filter of a remote merged-branch listing (answer 392.5): `grep 'REMOTE/PREFIX/'` (no option; `^` and leading blanks
 * allowed) keeps the branches under one person's prefix on one remote; `sed 's#REMOTE/##'` (any delimiter, optionally
 * anchored after the blanks) strips the remote so that each line is a branch's name; after the strip, `grep '^PREFIX/'`
 * keeps the prefix too. Filters that keep lines as they are (mergedBranchesKept, not another `grep`) pass the listing on.
 */
export function remoteMergedFiltered(listing: DisposableListing, name: string, args: ReadonlyArray<string | null>): DisposableListing | undefined {
  if (args.some((a) => a === null)) return undefined;
  const words = args as string[];
  if (/^(grep|egrep|fgrep)$/.test(name)) {
    const pattern = words.length === 1 ? words[0]! : words.length === 2 && words[0] === '-e' ? words[1]! : null;
    if (pattern === null || listing.prefix !== undefined) return undefined;
    const m = listing.stripped ? /^\^?([\w.-]+)\/$/.exec(pattern) : /^(?:\^(?: \*| +|\[\[:space:\]\]\*|\\s\*)?)?([\w.-]+)\/([\w.-]+)\/$/.exec(pattern);
    if (m === null) return undefined;
    const remote = listing.stripped ? listing.remote : m[1];
    const prefix = listing.stripped ? m[1]! : m[2]!;
    if (remote === undefined || !isPersonPrefix(prefix)) return undefined;
    return { ...listing, remote, prefix };
  }
  if (name === 'sed' && words.length === 1 && !listing.stripped) {
    const m = /^s(.)(.*)\1\1g?$/.exec(words[0]!);
    if (m === null || /\w/.test(m[1]!)) return undefined;
    const remote = m[1] === '/' ? /^(?:\^(?: \*| +|\[\[:space:\]\]\*)?| \*)?([\w.-]+)\\\/$/.exec(m[2]!)?.[1] : /^(?:\^(?: \*| +|\[\[:space:\]\]\*)?| \*)?([\w.-]+)\/$/.exec(m[2]!)?.[1];
    if (remote === undefined || (listing.remote !== undefined && remote !== listing.remote)) return undefined;
    return { ...listing, remote, stripped: true };
  }
  return !/^(grep|egrep|fgrep|sed)$/.test(name) && mergedBranchesKept(name, args) ? listing : undefined;
}
