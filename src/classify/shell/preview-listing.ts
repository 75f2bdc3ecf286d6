import { heuristicEnvironment } from '../environment.ts';
import { namesPreviewOrRun } from './tools/infra.ts';
import type { PreviewListing } from './invocation.ts';

/**
 * A cloud listing narrowed by a name prefix that is one pull request's preview or one CI run's own (namesPreviewOrRun:
 * `preview-pr-377`, `/aws/lambda/api-pr-412`), read off the pipe into `xargs` of the same kind's delete: every name it
 * prints starts with the preview's own name, so the delete removes that preview's alarms or log groups, as deleting them
 * singly by name is (the lead's answer 84; answer 148 keeps a prefix that is not one preview's, `pr-` alone, a sweep):
 * - `aws cloudwatch describe-alarms --alarm-name-prefix P` into `aws cloudwatch delete-alarms --alarm-names`;
 * - `aws logs describe-log-groups --log-group-name-prefix P` into `aws logs delete-log-group --log-group-name`;
 * - `aws ssm get-parameters-by-path --path /preview/pr-1423/` (not `--recursive`: its own level) into `aws ssm delete-parameters --names`.
 * Only `--query`, `--output`, `--region` and `--profile` may follow; nothing may name production or staging.
 */
const LISTINGS: ReadonlyArray<{ service: string; op: string; prefix: string; kind: PreviewListing['kind']; deleter: RegExp }> = [
  { service: 'cloudwatch', op: 'describe-alarms', prefix: '--alarm-name-prefix', kind: 'alarms', deleter: /^aws cloudwatch delete-alarms --alarm-names$/ },
  { service: 'logs', op: 'describe-log-groups', prefix: '--log-group-name-prefix', kind: 'log groups', deleter: /^aws logs delete-log-group --log-group-name$/ },
  // The lead's answer 339 (round 33): a pull request's parameters' path, as its alarms and log groups. Not its queues any
  // more: a queue deleted loses its messages whatever its name says (the lead's answers 395.4 and 399.2).
  { service: 'ssm', op: 'get-parameters-by-path', prefix: '--path', kind: 'parameters', deleter: /^aws ssm delete-parameters --names$/ },
];
const PASSED = new Set(['--query', '--output', '--region', '--profile']);
const namesLiveTier = (word: string): boolean => /^(production|staging)$/.test(heuristicEnvironment(word) ?? '');

/** What `name ARGS` lists, when it is such a listing of one preview's or run's own names. */
export function previewListing(name: string, args: ReadonlyArray<string>): PreviewListing | undefined {
  const listing = name === 'aws' ? LISTINGS.find((l) => args[0] === l.service && args[1] === l.op) : undefined;
  if (listing === undefined) return undefined;
  let prefix: string | undefined;
  for (let i = 2; i < args.length; i++) {
    const m = /^(--[\w-]+)(?:=(.*))?$/s.exec(args[i]!);
    if (!m) return undefined;
    const value = m[2] ?? args[++i];
    if (value === undefined) return undefined;
    if (m[1] === listing.prefix) prefix = value;
    else if (!PASSED.has(m[1]!)) return undefined;
    if (m[1] !== '--query' && namesLiveTier(value)) return undefined;
  }
  if (prefix === undefined || /[*?[\]]/.test(prefix) || !namesPreviewOrRun(prefix.replace(/[-_/.]+$/, ''))) return undefined;
  return { kind: listing.kind, prefix };
}

/** Why `xargs CMD` over this listing deletes only the preview's own, or null; `profile` is the session's AWS profile. */
export function previewListingDelete(listing: PreviewListing | undefined, cmd: ReadonlyArray<string | null>, profile: string | undefined): string | null {
  if (listing === undefined || cmd.some((w) => w === null) || [profile, ...cmd].some((w) => namesLiveTier(w ?? ''))) return null;
  const line = cmd.join(' ');
  const deleter = LISTINGS.find((l) => l.kind === listing.kind)!.deleter;
  return deleter.test(line) ? `\`${line}\` deletes the ${listing.kind} named \`${listing.prefix}…\`, one pull request's preview or CI run's own (the lead's answer 84)` : null;
}
