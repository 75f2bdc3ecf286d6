/**
 * The lead's answer 330 (round 30, built in round 31): the log groups of Lambda functions that no longer exist, picked by
 * `comm` from two listings the input shows, deleted one by one, are benign. Lambda writes a function's logs to the group
 * `/aws/lambda/NAME` by default; a group under that prefix with no function of that name left writes nothing more.
 * - The functions' listing: `aws lambda list-functions --query 'Functions[].FunctionName' --output text`, its tab-separated
 *   names put one to a line (`tr '\t' '\n'`), each turned into its group by the prefix (`sed 's|^|/aws/lambda/|'`), sorted.
 * - The groups' listing: `aws logs describe-log-groups --log-group-name-prefix /aws/lambda/ --query
 *   'logGroups[].logGroupName' --output text`, one to a line, sorted, with the same prefix as the functions' mapping.
 * - `comm -13 FUNCTIONS GROUPS` (or `-23 GROUPS FUNCTIONS`) prints the groups alone: comm(1) suppresses the columns
 *   named, and both inputs must be sorted for it to pair lines (so both end in `sort`).
 * Each listing in a process substitution (`<(…)`) or one of them on the pipe (`-`); both in the same `--region` and
 * `--profile` as the delete (`aws logs delete-log-group --log-group-name`). Names left on one line, another prefix, an
 * unsorted side, or any other option or filter leave what is printed unknown, and the delete stays destructive.
 */

import type { DisposableListing, NameListing } from './invocation.ts';

const FUNCTION_NAMES_QUERY = /^Functions\[\*?\]\.FunctionName$/;
const LOG_GROUP_NAMES_QUERY = /^logGroups\[\*?\]\.logGroupName$/;
/** The options both listings may carry besides their own, each once: they must agree with each other and the delete's. */
const WHERE = ['--region', '--profile'];

/** The options of an `aws SERVICE OP` listing, each once and fixed, or undefined. */
function listingOptions(args: ReadonlyArray<string | null>): Map<string, string> | undefined {
  const options = new Map<string, string>();
  for (let i = 2; i < args.length; i++) {
    const m = /^(--[\w-]+)(?:=(.*))?$/s.exec(args[i] ?? '');
    const value = m?.[2] ?? args[++i];
    if (!m || value === undefined || value === null || options.has(m[1]!)) return undefined;
    options.set(m[1]!, value);
  }
  return options;
}

/** What `name ARGS` prints when it is one of the two listings (see above), or undefined. */
export function nameListing(name: string, args: ReadonlyArray<string | null>): NameListing | undefined {
  if (name !== 'aws') return undefined;
  const options = listingOptions(args);
  if (options === undefined || options.get('--output') !== 'text') return undefined;
  const where = WHERE.map((w) => (options.has(w) ? ` ${w} ${options.get(w)!}` : '')).join('');
  const only = (...names: string[]) => [...options.keys()].every((k) => names.includes(k) || WHERE.includes(k) || k === '--output' || k === '--query');
  if (args[0] === 'lambda' && args[1] === 'list-functions' && FUNCTION_NAMES_QUERY.test(options.get('--query') ?? '') && only()) {
    return { names: 'functions', where, oneToALine: false, sorted: false };
  }
  const prefix = options.get('--log-group-name-prefix');
  if (args[0] === 'logs' && args[1] === 'describe-log-groups' && prefix !== undefined && /^\/aws\/lambda\/$/.test(prefix) && LOG_GROUP_NAMES_QUERY.test(options.get('--query') ?? '') && only('--log-group-name-prefix')) {
    return { names: 'log groups', prefix, where, oneToALine: false, sorted: false };
  }
  return undefined;
}

/** What a filter of a listing prints: `tr '\t' '\n'` one to a line, `sed 's|^|P|'` the functions' groups, `sort` sorted. */
export function nameListingFiltered(listing: NameListing, name: string, args: ReadonlyArray<string | null>): NameListing | undefined {
  if (name === 'tr' && args.length === 2 && args[0] === '\\t' && args[1] === '\\n') return { ...listing, oneToALine: true, sorted: false };
  if (name === 'sort' && args.every((a) => a === '-u')) return { ...listing, sorted: true };
  const prefix = name === 'sed' && args.length === 1 ? /^s([|#,])\^\1([\w/.-]+)\1$/.exec(args[0] ?? '')?.[2] : undefined;
  if (prefix !== undefined && listing.names === 'functions' && listing.oneToALine && listing.prefix === undefined) return { ...listing, prefix, sorted: false };
  return undefined;
}

/**
 * What `comm FLAGS A B` prints from two listings (undefined for a side not read): the log groups of deleted functions,
 * when it keeps the groups' side alone and both sides are sorted, one to a line, under the same prefix and place.
 */
export function commOfListings(flags: readonly string[], sides: ReadonlyArray<NameListing | undefined>): DisposableListing | undefined {
  const suppressed = flags.map((f) => (/^-[123]+$/.test(f) ? f.slice(1) : '?')).join('');
  const [a, b] = sides;
  if (/\?/.test(suppressed) || a === undefined || b === undefined || sides.length !== 2) return undefined;
  const kept = ['1', '2', '3'].filter((c) => !suppressed.includes(c));
  const groups = kept.length === 1 && kept[0] === '2' ? [b, a] : kept.length === 1 && kept[0] === '1' ? [a, b] : undefined;
  if (groups === undefined) return undefined;
  const [logGroups, functions] = groups as [NameListing, NameListing];
  const ready = (l: NameListing) => l.oneToALine && l.sorted;
  if (logGroups.names !== 'log groups' || functions.names !== 'functions' || !ready(logGroups) || !ready(functions)) return undefined;
  if (logGroups.prefix !== functions.prefix || logGroups.where !== functions.where) return undefined;
  return { kind: 'log groups of deleted functions', deleter: `aws logs delete-log-group${logGroups.where} --log-group-name` };
}
