import { acmeChallengeRecord } from './pki-dns-catalogue.ts';
import { namesPlainSetting } from '../../credential-text.ts';
import { publishedCommandWipes } from './firmware-catalogue.ts';
import { isDisposableDatabaseBranch } from '../../git-branches.ts';
import type { Invocation } from '../invocation.ts';
import { heuristicEnvironment, isStaging, resolveEnvironment, targetsLiveTier, tierOfEnvironment } from '../../environment.ts';
import { classifySqlInto } from '../../sql/sql.ts';
import { cloudSqlShell } from './cloud-sql-shells.ts';
import type { Word } from '../words.ts';
import { EVERYONE_ADDRESS, EVERYONE_MEMBER, PUBLIC_CANNED_ACL, onlySensitivePorts, policyAllowsEverything, roleGrantWidens, textOpensToEveryone, vaultGrantsListed, vaultPermissionsWiden, type VaultGrant } from '../../public-access.ts';
import { invocationNamesLiveTier, selfRemovedFromAdmins, clue, envTarget, envVar, hasFlag, inputFile, optionValue, optionValues, optionWords, positionals } from './common.ts';
import { serviceTool } from './service-catalogue.ts';
import { lastOperand, MOVING_TAG, namesMovingTag } from './moving-tags.ts';
import { judgeDestroyNamedScript } from './named-scripts.ts';
import { azRest } from './http.ts';
import { DEV_BRANCH_NAME, namesPreviewNumber, namesPreviewOrDevEnvironment, stagingRefusesNames, LOCAL_THROWAWAY, LOCAL_THROWAWAY_OPERANDS, namesScratchEnvironment, PER_PULL_REQUEST, PER_PULL_REQUEST_OPERANDS, PER_RUN, LOCAL_SCRATCH_CLUSTER, LOCAL_SCRATCH_CLUSTER_OPERANDS } from './infra.ts';
import { ciRunFolder, isLocalDatabaseHost, MACHINE_SCRATCH_WORDS, namesDisposable, namesScratchMachine, namesSharedCiResource, namesTierOrKept, SCRATCH_WORDS } from '../../test-data.ts';
import { CAPTURE_HOST } from '../../public-access.ts';
import { isTemporaryObjectKey } from '../../rest-apis.ts';
import { namesNewByStamp } from '../../stamped-names.ts';
import { cacheBucketPrefix, ciPullRequestFolders, disposablePrefix, underCachePrefix, versionedBucketObject } from './object-prefixes.ts';
import { disposableListingDelete } from '../disposable-listing.ts';
import { EC2_RUN_DELETES, ec2RunFilter } from './cloud-run-filter.ts';
import { devScratchBqName } from './db-clis.ts';
import { RETENTION_CUT_FLOOR_MS, RETENTION_KEEP_DAYS } from '../../retention.ts';
import { changeBatchPointsAway, pointsAway } from '../../dns-targets.ts';
import { namesItemByKey } from '../../document-filter.ts';
import { parseJson } from '../../../core/index.ts';
import { AWS_BATCH_DELETES, AWS_EXPIRES, AWS_INACTIVE_VERSION_DELETES, AWS_NOT_A_LOSS, AWS_ONE_BY_HANDLE, AWS_ONE_POOL_MEMBER, AWS_SAFEGUARD_DISABLE, AWS_SAFEGUARD_OFF_OPTIONS, AWS_SECURITY_MONITORS, AWS_SERVING_DISABLE, AWS_SERVING_OFF_FLAGS, AWS_SQL, AWS_ZERO_SIZE, DESTROY_OP, OUTAGE_OP, PERMISSION_OP, READ_OP, REIMAGE_OP } from '../../aws-operations.ts';
import { offValue, SWITCH_OFF } from '../../switch-values.ts';

/** Cloud CLIs, judged by the verb of their operation (delete/terminate/remove/...) and by safeguards switched off. */

/** Options that switch off a safeguard: deletion protection, final snapshots, backups, versioning, audit logs. */
const SAFEGUARD_OFF = /^--(no-deletion-protection|no-enable-termination-protection|no-disable-api-termination|skip-final-snapshot|delete-automated-backups|no-backup|no-enable-deletion-protection|deletion-protection=false|backup-retention-period=0|no-multi-az|force-delete-without-recovery|delete-all-versions|no-enable-backups|no-enable-logging|disable-deletion-protection)$/;

/** The AWS CLI's global options that take a value (AWS CLI reference, "global options"). */
const AWS_GLOBAL_VALUED = new Set(['--profile', '--region', '--output', '--query', '--endpoint-url', '--cli-input-json', '--cli-input-yaml', '--color', '--ca-bundle', '--cli-read-timeout', '--cli-connect-timeout']);

/** Destinations that discard what is written to them. */
const DISCARDING_DEST = /^(\/dev\/(null|zero|full)|nul:?|\\\\\.\\nul)$/i;

/**
 * A prefix (or all objects) of Athena's query result location: a bucket named for Athena's results by whole words
 * (`aws-athena-query-results-ACCOUNT-REGION`, the console's default, or `acme-athena-results`). Athena writes each query's
 * result file there and writes it again when the query is run again (Athena "Working with query results"). As
 * cacheBucketPrefix: not the bucket itself, no kept word, no production or staging name, no `..`, no wildcard but a last one.
 */
/**
 * Where a Pub/Sub seek's `--time` lies from the line alone (`gcloud topic datetimes`): an ISO 8601 / RFC 3339 time
 * compared with the classifier's clock (no zone read as UTC), or an ISO 8601 duration from now (`+P1D`, `P1D` to come,
 * `-PT1H` ago). Anything else (RFC 822 forms, a substitution) is 'unknown' (answer 412.2; fail closed by the caller).
 */
function seekTime(value: string | null | undefined): 'future' | 'past' | 'unknown' {
  if (value === null || value === undefined) return 'unknown';
  if (/^\+?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/i.test(value)) return /^\+?P(T)?0+[A-Z]?$/i.test(value) ? 'unknown' : 'future';
  if (/^-P(?=\d|T\d)[\dYMWDTHS.]+$/i.test(value)) return 'past';
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(\.\d+)?)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(value);
  if (!m) return 'unknown';
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}${m[7] ?? ''}${m[8] === undefined ? 'Z' : m[8].toUpperCase() === 'Z' ? 'Z' : m[8].length === 5 ? `${m[8].slice(0, 3)}:${m[8].slice(3)}` : m[8]}`;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 'unknown' : t > Date.now() ? 'future' : 'past';
}

function athenaResultsPrefix(url: string | null | undefined): boolean {
  const m = /^s3:\/\/([^/]+)\/(.*)$/.exec(url ?? '');
  if (!m) return false;
  const words = m[1]!.toLowerCase().split(/[-.]/);
  return words.includes('athena') && words.includes('results') && cacheBucketPrefix(`${m[1]!}-cache`, m[2]!);
}

/**
 * `aws s3 rm s3://B/P --recursive --exclude '*' --include 'tmp/*'`: the CLI applies its filters in the order given, a later
 * one taking precedence (AWS CLI reference, "Use of Exclude and Include Filters"), so a first `--exclude '*'` followed by
 * includes deletes only the keys the includes match. Each include read under the source prefix must be a disposable prefix
 * (disposablePrefix: `tmp/*`, `pr-4821/*`, `_temporary/*`); a wildcard inside a name (`pr-*`, `run-*`, `*.parquet`) is a
 * sweep and stays destructive (answer 148). Excludes after it only narrow. Null otherwise; else why the prefix is disposable
 * (round 25).
 */
/**
 * The AWS profile a command acts under, for disposablePrefix's account: `--profile`, then `AWS_PROFILE`, then the session's;
 * null when the one given is not fixed (it may name production), undefined when none is known.
 */
function awsAccountProfile(inv: Invocation): string | null | undefined {
  const given = optionValue(inv.args, '--profile');
  if (given !== undefined) return given;
  const variable = envVar(inv, 'AWS_PROFILE');
  return variable !== undefined ? variable : inv.env.ctx.awsProfile;
}

function filteredToDisposable(inv: Invocation, url: string | null, account?: string | null): string | null {
  if (url === null || !/^s3:\/\//.test(url)) return null;
  const filters: Array<{ kind: string; pattern: string }> = [];
  for (let i = 0; i < inv.args.length; i++) {
    const v = inv.args[i]!.value;
    if (v === null) return null;
    const m = /^--(exclude|include)(?:=(.*))?$/s.exec(v);
    if (!m) continue;
    const pattern = m[2] ?? inv.args[i + 1]?.value;
    if (typeof pattern !== 'string') return null;
    filters.push({ kind: m[1]!, pattern });
    if (m[2] === undefined) i++;
  }
  if (filters[0]?.kind !== 'exclude' || filters[0].pattern !== '*') return null;
  const includes = filters.slice(1).filter((f) => f.kind === 'include');
  const base = url.endsWith('/') ? url : `${url}/`;
  const why = includes.map((f) => disposablePrefix(`${base}${f.pattern}`, account) ?? ciPullRequestFolders(`${base}${f.pattern}`));
  return why.length > 0 && why.every((w) => w !== null) ? why[0]! : null;
}

/**
 * The tags `aws ecr batch-delete-image --image-ids …` names, when every image id is a tag (shorthand `imageTag=pr-1842` or
 * JSON `[{"imageTag":"pr-1842"}]`) that names a pull request's or CI run's scratch build (namesScratchEnvironment); null
 * otherwise (a digest, any other tag, no ids, ids the input does not show).
 */
/**
 * The values of an AWS CLI list option (`--image-ids A B`, `--versions 3 4`, `--image-ids=A`): the words after it up to the
 * next option; null when the option is absent or a word is not fixed in the input.
 */
function awsListValues(inv: Invocation, param: string): string[] | null {
  const at = inv.args.findIndex((a) => a.value === param || (a.value ?? '').startsWith(`${param}=`));
  if (at === -1) return null;
  const first = inv.args[at]!.value!;
  const words = first.startsWith(`${param}=`) ? [first.slice(param.length + 1)] : [];
  for (const a of inv.args.slice(at + 1)) {
    if (a.value === null) return null;
    if (a.value.startsWith('--')) break;
    words.push(a.value);
  }
  return words;
}

function ecrPullRequestTags(inv: Invocation): string[] | null {
  const words = awsListValues(inv, '--image-ids');
  if (words === null) return null;
  const tags: string[] = [];
  for (const w of words) {
    if (w.trim().startsWith('[')) {
      let ids: unknown;
      try {
        ids = JSON.parse(w);
      } catch {
        return null;
      }
      if (!Array.isArray(ids)) return null;
      for (const id of ids) {
        if (typeof id !== 'object' || id === null || Object.keys(id).length !== 1 || typeof (id as { imageTag?: unknown }).imageTag !== 'string') return null;
        tags.push((id as { imageTag: string }).imageTag);
      }
    } else {
      const m = /^imageTag=([^,\s]+)$/.exec(w);
      if (!m) return null;
      tags.push(m[1]!);
    }
  }
  return tags.length > 0 && tags.every((t) => namesScratchEnvironment(t)) ? tags : null;
}

/** `--qualifier N` (a version number) or a `--function-name NAME:N` naming one version (in any tier, as Cloud Run's revisions). */
function lambdaOldVersion(inv: Invocation): boolean {
  if (inv.args.some((a) => a.value === null)) return false;
  const name = optionValue(inv.args, '--function-name');
  const qualifier = optionValue(inv.args, '--qualifier');
  if (typeof name !== 'string') return false;
  const named = /^(?:arn:aws[\w-]*:lambda:[\w-]+:\d{12}:function:)?[\w-]+:(\d+)$/.exec(name);
  return qualifier === undefined ? named !== null : typeof qualifier === 'string' && /^\d+$/.test(qualifier) && !/:[^:]+$/.test(name.replace(/^arn:aws[\w-]*:lambda:[\w-]+:\d{12}:function:/, ''));
}

/**
 * An ECR lifecycle policy given in the input (not `file://`, which the input does not show) whose every rule selects
 * `"tagStatus": "untagged"` (ECR lifecycle policy reference): only images no tag names expire.
 */
function ecrPolicyExpiresOnlyUntagged(text: string | null | undefined): boolean {
  if (typeof text !== 'string' || !text.trim().startsWith('{')) return false;
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch {
    return false;
  }
  const rules = (policy as { rules?: unknown }).rules;
  return Array.isArray(rules) && rules.length > 0 && rules.every((r: unknown) => typeof r === 'object' && r !== null && (r as { selection?: { tagStatus?: unknown } }).selection?.tagStatus === 'untagged');
}

/**
 * The untagged images of one repository (`aws ecr batch-delete-image --repository-name R --image-ids …` whose ids are the
 * output of `aws ecr list-images --repository-name R --filter tagStatus=UNTAGGED`): in a substitution in place
 * (`"$(aws ecr list-images …)"`) or a file the same line wrote just before (`… > /tmp/ids.json && … --image-ids
 * file:///tmp/ids.json`). An untagged image is no release, moving or CI tag, only a build's leftover layers, as a
 * registry's garbage collection of untagged artefacts is (the lead's answer 69). Another repository, filter or writer is not.
 */
/** A text matched as itself inside a pattern. */
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ECR_UNTAGGED_LISTING = (repo: string): RegExp => new RegExp(`^aws\\s+ecr\\s+list-images\\s+(?=[^;&|<>$\`]*--repository-name[\\s=]+${literally(repo)}(\\s|$))(?=[^;&|<>$\`]*--filter[\\s=]+["']?tagStatus=UNTAGGED["']?(\\s|$))[^;&|<>$\`]*$`);
function ecrUntaggedIds(inv: Invocation): boolean {
  const repo = optionValue(inv.args, '--repository-name');
  const at = inv.args.findIndex((a) => a.value === '--image-ids');
  const ids = at === -1 ? undefined : inv.args[at + 1];
  const next = inv.args[at + 2];
  if (typeof repo !== 'string' || !/^[\w./-]+$/.test(repo) || ids === undefined || (next !== undefined && !(next.value ?? '').startsWith('--'))) return false;
  const listing = ECR_UNTAGGED_LISTING(repo);
  const sub = /^"?\$\(([^()]*)\)"?$/.exec(ids.text);
  if (ids.value === null) return sub !== null && listing.test(sub[1]!.trim());
  const file = /^file:\/\/(\/[\w./-]+)$/.exec(ids.value);
  if (!file) return false;
  // The listing redirected into that file by the step before this one, joined by `&&`.
  const before = inv.env.source.slice(0, inv.span.start);
  const m = new RegExp(`(?:^|[;&|]\\s*)([^;&|]*?)\\s*>\\s*${literally(file[1]!)}\\s*&&\\s*$`).exec(before);
  return m !== null && listing.test(m[1]!.trim());
}

/**
 * `--no-<something protective>`, `--disable-<something protective>` (supabase `ssl-enforcement update
 * --disable-db-ssl-enforcement`; MongoDB Atlas spells it in camel case, `--disableTerminationProtection`), `--clear-<soft
 * delete, retention, versioning>` (gcloud `storage buckets update --clear-soft-delete`, `--clear-retention-period`: the
 * policy is removed) and `--<something protective>=false` in any CLI. `--no-copy-tags-to-snapshot` only leaves tags off
 * new snapshots: no safeguard.
 */
const SAFEGUARD_FLAG_OFF = /^--(no-(?!copy-tags-)[\w-]*(deletion-protection|delete-protection|drop-protection|termination-protection|backup|versioning|logging|audit|encryption|snapshot|point-in-time-recovery|retain|log-file-validation|mfa|authorized-networks|private-endpoint|public-access-prevention)[\w-]*|no-require-[\w-]+|clear-[\w-]*(soft-delete|retention|deletion-protection|versioning)[\w-]*|disable-?[\w-]*?(deletion-?protection|delete-?protection|termination-?protection|backup|versioning|logging|audit|encryption|ssl|tls|mfa)[\w-]*|[\w-]*(deletion-protection|termination-protection|versioning|backup|logging)[\w-]*=(false|disabled?|suspended|off|0))$/i;

function resourceOf(inv: Invocation, args: ReturnType<typeof positionals>): string {
  for (let i = 0; i < inv.args.length; i++) {
    const v = inv.args[i]!.value;
    if (!v) continue;
    const m = /^--([\w-]*(name|names|id|ids|identifier|arn|bucket|cluster|stack|table|function|repository|group|instance|key|topic|queue|service|project|zone|db))(=(.*))?$/.exec(v);
    if (m && !/^--(query|output|profile|region|resource-group|subscription)$/.test(v)) return m[4] ?? inv.args[i + 1]?.value ?? '?';
    if (/^(s3|gs|az|arn):/.test(v)) return v;
  }
  return args.map((a) => a.value ?? '?').join('/') || '?';
}

function securityMonitorOff(inv: Invocation, op: string): boolean {
  if (/^(disable|stop)(?=$|-)/.test(op)) return true;
  return /^update/.test(op) && (hasFlag(inv.args, '--no-enable') || /^false$/i.test(optionValue(inv.args, '--enable') ?? ''));
}

/** SSM documents whose `commands` parameter is a shell script run on the targets (AWS Systems Manager documents reference). */
const SSM_SHELL_DOCUMENTS = /^(AWS-RunShellScript|AWS-RunPowerShellScript)$/;

/**
 * The `commands` of `ssm send-command --parameters`: shorthand `commands=["a","b"]` or `commands='a'`, or JSON
 * `{"commands":["a"]}`. Null when we cannot read them.
 */
function ssmCommands(params: string): string[] | null {
  const text = params.trim();
  if (text.startsWith('{')) {
    try {
      const doc = JSON.parse(text) as Record<string, unknown>;
      const cmds = doc.commands;
      if (Array.isArray(cmds) && cmds.every((c) => typeof c === 'string')) return cmds;
      if (typeof cmds === 'string') return [cmds];
      return cmds === undefined ? [] : null;
    } catch {
      return null;
    }
  }
  const m = /^commands=(.*)$/s.exec(text);
  if (!m) return /(^|,)commands=/.test(text) ? null : [];
  const value = m[1]!.trim();
  if (value.startsWith('[')) {
    try {
      const list = JSON.parse(value) as unknown;
      return Array.isArray(list) && list.every((c) => typeof c === 'string') ? list : null;
    } catch {
      return null;
    }
  }
  return [value.replace(/^(['"])(.*)\1$/s, '$2')];
}

/**
 * The record name of a Route 53 change batch (`"Name":"api.staging.acme.com"`): the host it changes, which names its
 * environment. One name only: a dev-named record added beside an unnamed one must not make the whole batch dev.
 */
function changeBatchRecordNames(inv: Invocation): string[] {
  const batch = optionValue(inv.args, '--change-batch') ?? '';
  const names = new Set([...batch.matchAll(/"Name"\s*:\s*"([^"]+)"/g)].map((m) => m[1]!));
  return names.size === 1 ? [...names] : [];
}

/**
 * The days a log store's retention option keeps (each CLI's reference): CloudWatch Logs `put-retention-policy
 * --retention-in-days`, Cloud Logging `logging buckets create|update --retention-days`, Log Analytics `monitor
 * log-analytics workspace create|update --retention-time` (days). Events older than it are deleted; kept 30 days or more
 * (RETENTION_KEEP_DAYS) that is retention, fewer days deletes logs still in use. Null for any other operation or a value
 * we cannot read.
 */
const LOG_RETENTION: ReadonlyArray<{ label: RegExp; option: string }> = [
  { label: /^aws logs put-retention-policy$/, option: '--retention-in-days' },
  { label: /^gcloud logging buckets (create|update)\b/, option: '--retention-days' },
  { label: /^az monitor log-analytics workspace (create|update)\b/, option: '--retention-time' },
];
/** A log group that keeps an audit or security trail (CloudTrail, VPC flow logs, GuardDuty, WAF): never a dev resource's. */
const AUDIT_LOG_GROUP = /cloudtrail|audit|security|guardduty|flow-?logs?|aws-waf|waf-logs/i;

function logRetentionDays(inv: Invocation, label: string): number | null {
  const entry = LOG_RETENTION.find((e) => e.label.test(label));
  const v = entry ? optionValue(inv.args, entry.option) : undefined;
  return typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null;
}

const LOOPBACK_ENDPOINT = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?\/?$/i;
const LOCALSTACK_ENDPOINT = /^https?:\/\/((localhost|127\.0\.0\.1|\[::1\]):4566|localstack(:\d+)?|([a-z0-9-]+\.)*localhost\.localstack\.cloud(:\d+)?)\/?$/i;

export function aws(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, AWS_GLOBAL_VALUED);
  const service = pos[0]?.value ?? null;
  const op = pos[1]?.value ?? null;
  if (service === null || op === null) {
    if (service === null || pos.length > 1) b.opaque('aws_dynamic', '`aws` service or operation is not fixed', inv.span);
    else b.verb('read');
    return;
  }
  const profile = optionValue(inv.args, '--profile') ?? envVar(inv, 'AWS_PROFILE') ?? inv.env.ctx.awsProfile;
  const region = optionValue(inv.args, '--region') ?? envVar(inv, 'AWS_REGION') ?? envVar(inv, 'AWS_DEFAULT_REGION') ?? inv.env.ctx.awsRegion;
  const resource = resourceOf(inv, pos.slice(2));
  // The qualifier of what is acted on names its tier as the resource's own name does (round 28): an API Gateway stage
  // (`--stage-name prod`), a Lambda version or alias (`--qualifier prod`, the `--name` of an alias operation).
  const qualifier = optionValue(inv.args, '--stage-name', '--qualifier') ?? (service === 'lambda' && /-alias$/.test(op) ? optionValue(inv.args, '--name') : undefined);
  const t = envTarget(inv, 'cloud', `aws:${service}:${resource}`, [clue('arns', resource), clue('aws_accounts', inv.env.ctx.awsAccount), clue('aws_profiles', profile), clue('names', resource), clue('names', profile), clue('aws_regions', region), clue('names', qualifier), ...changeBatchRecordNames(inv).map((n) => clue('names', n))]);
  b.target(t);
  // A12: `file://` and `fileb://` arguments are the request's content: bind their bytes.
  for (const a of inv.args) {
    const m = /^(?:--[\w-]+=)?(fileb?):\/\/(.+)$/.exec(a.value ?? '');
    if (m) inputFile(inv, m[2]!, 'file_arg');
  }
  if (hasFlag(inv.args, '--dryrun', '--dry-run') && !hasFlag(inv.args, '--no-dry-run')) {
    b.verb('read').finding('dry_run', 'dry run changes nothing');
    return;
  }
  // AWS CLI global option: "Prints a JSON skeleton to standard output without sending an API request" (with `output`, a
  // sample of the response, also without a request).
  if (hasFlag(inv.args, '--generate-cli-skeleton')) {
    b.verb('read').finding('dry_run', '`--generate-cli-skeleton` prints a request template and sends nothing');
    return;
  }
  // Round 42 (bl42fw): a message published through AWS IoT's data plane to a device's command topic that names a factory
  // reset or a wipe (firmware-catalogue.ts publishedCommandWipes); a retained message cleared (an empty payload with
  // `--retain`) on a topic the action does not fix may be any of them (a loop over every retained topic).
  if (service === 'iot-data' && op === 'publish') {
    const payload = optionValue(inv.args, '--payload');
    if (publishedCommandWipes(payload)) {
      b.verb('delete').destroy('device_factory_reset', `\`aws iot-data publish\` commands the devices on the topic to factory-reset or wipe what they kept`, inv.span);
      return;
    }
    const topic = optionValue(inv.args, '--topic');
    if (hasFlag(inv.args, '--retain') && (payload === '' || payload === null) && (topic === null || topic === undefined || /[#+]/.test(topic))) {
      b.verb('delete').destroy('cloud_delete', '`aws iot-data publish --retain` with an empty payload clears the retained message of a topic the action does not fix', inv.span);
      return;
    }
  }
  // LocalStack, the AWS emulator, on this machine (its edge port 4566 on loopback, the `localstack` container of a compose
  // file, `*.localhost.localstack.cloud`): every resource it holds is an emulated one made for development and tests, gone
  // when the container goes (test data on this machine is disposable, the lead's decision 5, round 16).
  const endpoint = optionValue(inv.args, '--endpoint-url') ?? envVar(inv, 'AWS_ENDPOINT_URL');
  // `awslocal` is LocalStack's own wrapper of the CLI: it always sends to LocalStack (unless it is told another endpoint).
  if ((endpoint && LOCALSTACK_ENDPOINT.test(endpoint)) || (inv.name === 'awslocal' && endpoint === undefined)) {
    b.verb('write').finding('local_emulator', `\`aws ${service} ${op}\` acts on LocalStack on this machine (\`${endpoint ?? 'awslocal'}\`): emulated test resources`, inv.span);
    return;
  }
  // Another emulator or store on this machine (MinIO on `localhost:9000`, DynamoDB Local on `localhost:8000`), acted on
  // in a bucket or table named for tests or scratch (`s3://test-fixtures`): test data on this machine (the lead's decisions
  // 5 and 36; a local store's other data is a developer's own dev data and stays judged below).
  const storeName = (v: string | null) => /^(?:s3:\/\/)?([\w.-]+)(?:\/[\w./-]*)?$/.exec(v ?? '')?.[1];
  const localNames = endpoint && LOOPBACK_ENDPOINT.test(endpoint) ? [storeName(resource), ...pos.slice(2).map((p) => storeName(p.value))] : [];
  const localName = localNames[0];
  if (localName !== undefined && !inv.args.some((a) => a.value === null) && localNames.every((n) => n !== undefined && namesDisposable(n, SCRATCH_WORDS) && !namesSharedCiResource(n))) {
    b.verb('write').finding('local_test_data', `\`aws ${service} ${op}\` acts on \`${localName}\`, named for tests, in a store on this machine (\`${endpoint}\`)`, inv.span);
    return;
  }
  // One object by `s3api delete-object --bucket B --key K` under a temporary, pull request's or CI run's prefix
  // (disposablePrefix of `s3://B/K`), as `aws s3 rm s3://B/K` of it is.
  const account = awsAccountProfile(inv);
  const objectUrl = service === 's3api' && op === 'delete-object' ? `s3://${optionValue(inv.args, '--bucket') ?? '?'}/${optionValue(inv.args, '--key') ?? '?'}` : null;
  if (objectUrl !== null && !inv.args.some((a) => a.value === null) && typeof optionValue(inv.args, '--bucket') === 'string' && typeof optionValue(inv.args, '--key') === 'string' && disposablePrefix(objectUrl, account) !== null) {
    b.verb('delete').finding('aws_s3_scratch_delete', `\`aws s3api delete-object\`: ${disposablePrefix(objectUrl, account)}`, inv.span);
    return;
  }
  // A pull request's image tags (`aws ecr batch-delete-image --image-ids imageTag=pr-1842`): made for the pull request and
  // thrown away with it, as `az acr repository delete --image shop-api:pr-1423` (the lead's decision on PR tags, round 15).
  const prTags = service === 'ecr' && op === 'batch-delete-image' && !invocationNamesLiveTier(inv) ? ecrPullRequestTags(inv) : null;
  if (prTags !== null) {
    b.verb('delete').finding('preview_environment_delete', `\`aws ecr batch-delete-image\` deletes a pull request's image tag (${prTags.join(', ')})`, inv.span);
    return;
  }
  if (service === 'ecr' && op === 'batch-delete-image' && ecrUntaggedIds(inv)) {
    b.verb('delete').finding('untagged_images_delete', '`aws ecr batch-delete-image` deletes the untagged images `aws ecr list-images --filter tagStatus=UNTAGGED` lists: no tag pulls them (the lead\'s answer 69)', inv.span);
    return;
  }
  // `for arn in $(aws acm list-certificates --certificate-statuses EXPIRED …); do aws acm delete-certificate --certificate-arn
  // "$arn"; done`: the loop's variable, last, holds what a state listing printed (disposable-listing.ts), as `xargs` gives it.
  const unused = queueByItsName(`aws ${service} ${op}`) ? null : listedLastArgument(inv);
  if (unused !== null) {
    b.verb('delete').finding('unused_items_delete', unused, inv.span);
    return;
  }
  // One published version of a function (`aws lambda delete-function --function-name F --qualifier 41`, or `F:41`): Lambda
  // refuses to delete a version an alias references (DeleteFunction reference, Qualifier) and `$LATEST` is never one, so
  // what serves is untouched, as Cloud Run refuses to delete a revision that takes traffic (round 24).
  if (service === 'lambda' && op === 'delete-function' && lambdaOldVersion(inv)) {
    b.verb('delete').finding('function_version_delete', '`aws lambda delete-function --qualifier N` deletes one published version; Lambda refuses one an alias points to, and `$LATEST` stays', inv.span);
    return;
  }
  const undo = AWS_NOT_A_LOSS.find((x) => x.service === service && x.op === op);
  if (undo) {
    b.verb('write');
    b.summary(`aws ${service} ${op}: ${undo.why}`);
    return;
  }
  const inactive = AWS_INACTIVE_VERSION_DELETES.find((x) => x.service === service && x.op === op);
  const versions = inactive ? awsListValues(inv, inactive.param) : null;
  if (inactive && versions !== null && versions.length > 0 && versions.length <= 10 && versions.every((v) => inactive.version.test(v))) {
    b.verb('delete').finding('inactive_version_delete', `\`aws ${service} ${op}\` ${inactive.why}`, inv.span);
    return;
  }
  const pool = AWS_ONE_POOL_MEMBER.find((x) => x.service === service && x.op === op);
  const members = pool ? awsListValues(inv, pool.param) : null;
  if (pool && members !== null && members.length === 1 && pool.member.test(members[0]!)) {
    b.verb('write').finding('pool_member_removed', `\`aws ${service} ${op}\` ${pool.why}: one pool member (answers 337, 379.5, 385.2)`, inv.span);
    return;
  }
  if (service === 's3') {
    if (op === 'rm' && underCachePrefix(pos[2]?.value)) {
      b.verb('delete').finding('aws_s3_cache_delete', `\`aws s3 rm\` deletes a build cache, filled again by the next build`, inv.span);
    } else if (op === 'rm' && pos.length === 3 && !pos[2]!.glob && athenaResultsPrefix(pos[2]?.value)) {
      b.verb('delete').finding('aws_s3_cache_delete', `\`aws s3 rm\` deletes Athena query result files, written again when the queries run again`, inv.span);
    } else if ((op === 'rm' || op === 'rb') && pos[2] !== undefined && pos.length === 3 && !pos[2].glob && disposablePrefix(pos[2]?.value, account)) {
      b.verb('delete').finding('aws_s3_scratch_delete', `\`aws s3 ${op}\`: ${disposablePrefix(pos[2]?.value, account)}`, inv.span);
    } else if (op === 'rm' && pos[2] !== undefined && !pos[2].glob && hasFlag(inv.args, '--recursive') && filteredToDisposable(inv, pos[2].value, account) !== null) {
      b.verb('delete').finding('aws_s3_scratch_delete', `\`aws s3 rm\` with \`--exclude '*'\` then includes: ${filteredToDisposable(inv, pos[2].value, account)}`, inv.span);
    } else if (op === 'rm' && pos.length === 3 && !pos[2]!.glob && !hasFlag(inv.args, '--recursive') && versionedBucketObject(pos[2]!.value) !== null) {
      b.verb('delete').finding('versioned_object_delete', `\`aws s3 rm\`: ${versionedBucketObject(pos[2]!.value)}`, inv.span);
    } else if ((op === 'rm' || op === 'rb') && scratchAccountDelete(inv, `aws s3 ${op}`, SCRATCH_ACCOUNT_WORD) !== null) {
      b.verb('delete').finding('scratch_delete', `\`aws s3 ${op}\` under the profile \`${scratchAccountDelete(inv, `aws s3 ${op}`, SCRATCH_ACCOUNT_WORD)}\`, an account named ephemeral or scratch: its buckets are made to be thrown away (the lead's answers 60 and 64)`, inv.span);
    } else if (op === 'rm' || op === 'rb') {
      b.verb('delete').destroy('aws_s3_delete', `\`aws s3 ${op}\`${hasFlag(inv.args, '--recursive', '--force') ? ' (recursive)' : ''} deletes objects`, inv.span);
    } else if (op === 'sync' || op === 'cp' || op === 'mv') {
      b.verb('write', 'network');
      // The lead's answer 92: a mirror with delete onto a pull request's or CI run's own prefix (`s3://previews/pr-231/`,
      // disposablePrefix) loses only that preview's objects; onto a site or any other prefix it stays destructive.
      const dest = pos.length >= 4 ? pos[pos.length - 1] : undefined;
      if (hasFlag(inv.args, '--delete') && op === 'sync' && dest !== undefined && !dest.glob && disposablePrefix(dest.value, account) !== null) b.verb('delete').finding('aws_s3_sync_preview', `\`aws s3 sync --delete\`: ${disposablePrefix(dest.value, account)}`, inv.span);
      else if (hasFlag(inv.args, '--delete')) b.verb('delete').destroy('aws_s3_sync_delete', '`aws s3 sync --delete` deletes objects missing from the source', inv.span);
      if (op === 'mv') {
        b.verb('delete');
        // A move whose destination discards what it receives loses the source (like `mv x /dev/null`).
        const dest = pos[pos.length - 1]?.value;
        if (pos.length >= 4 && dest !== null && dest !== undefined && DISCARDING_DEST.test(dest)) {
          b.destroy('aws_s3_move_discard', `\`aws s3 mv\` to \`${dest}\` discards the source`, inv.span);
        } else if (pos.length >= 4 && hasFlag(inv.args, '--recursive') && servicePrefixMoved(pos[2])) {
          b.destroy('aws_s3_move_out', `\`aws s3 mv --recursive\` takes \`${pos[2]!.value}\` (a whole bucket or a prefix a service reads) from under what reads it`, inv.span);
        }
      }
    } else b.verb(op === 'ls' || op === 'presign' ? 'read' : 'write');
    return;
  }
  const expires = AWS_EXPIRES.find((x) => x.service === service && x.op === op);
  const kept = logRetentionDays(inv, `aws ${service} ${op}`);
  if (expires && kept !== null && kept >= RETENTION_KEEP_DAYS) {
    b.verb('write').finding('log_retention_kept', `\`aws ${service} ${op}\` keeps log events ${kept} days: retention (the lead's decisions 22 and 35)`, inv.span);
    return;
  }
  // The lead's answer 195: retention on the log group of a resource named for development (`/aws/lambda/image-resizer-dev`)
  // is the dev resource's: the target's tier is dev by its name, nothing names a live tier, and the group is no audit trail.
  const group = service === 'logs' && op === 'put-retention-policy' ? optionValue(inv.args, '--log-group-name') : undefined;
  if (expires && typeof group === 'string' && heuristicEnvironment(group) === 'dev' && t.environment !== null && tierOfEnvironment(inv.env.inventory, t.environment) === 'dev' && !AUDIT_LOG_GROUP.test(group) && !invocationNamesLiveTier(inv, true)) {
    b.verb('write').finding('log_retention_dev', `\`aws ${service} ${op}\` on \`${group}\`, the log group of a resource named for development (the lead's answer 195)`, inv.span);
    return;
  }
  if (expires && service === 'ecr' && ecrPolicyExpiresOnlyUntagged(optionValue(inv.args, '--lifecycle-policy-text'))) {
    b.verb('write').finding('untagged_images_expire', '`aws ecr put-lifecycle-policy` whose every rule selects untagged images: no tag pulls them (the lead\'s answer 69)', inv.span);
    return;
  }
  if (expires) {
    b.verb('write', 'delete').destroy('data_expiry', `\`aws ${service} ${op}\` ${expires.why}`, inv.span);
    b.summary(`aws ${service} ${op}`);
    return;
  }
  const disable = AWS_SERVING_DISABLE.find((x) => x.service === service && x.op === op) ?? AWS_SERVING_OFF_FLAGS.find((x) => x.service === service && x.op === op && (x.absent ? !optionValues(inv.args, x.flag).some((v) => v !== null && v !== '') : x.value ? optionValues(inv.args, x.flag).some((v) => v === null || x.value!.test(v)) : hasFlag(inv.args, x.flag)));
  if (disable) {
    b.verb('write').destroy('service_outage', `\`aws ${service} ${op}\`: ${disable.why}`, inv.span);
    b.summary(`aws ${service} ${op}`);
    return;
  }
  const safeguardOff = AWS_SAFEGUARD_DISABLE.find((x) => x.service === service && x.op === op) ?? AWS_SAFEGUARD_OFF_OPTIONS.find((x) => x.service === service && x.op === op && (x.value === undefined ? hasFlag(inv.args, x.option) : optionValues(inv.args, x.option).some((v) => v === null || x.value!.test(v))));
  if (safeguardOff) {
    b.verb('write').destroy('safeguard_off', `\`aws ${service} ${op}\`: ${safeguardOff.why}`, inv.span);
    b.summary(`aws ${service} ${op}`);
    return;
  }
  // The lead's answer 364.3 (round 35): `ecs run-task --task-definition FAMILY[:REVISION]` (or its ARN) runs a task
  // already defined by its name, as `gcloud run jobs execute` runs a job (answer 350.2): a write, and one named for
  // destroying (`purge-sessions:3`) is answer 336.7's unseen script. `--overrides` may change the command: as before.
  if (service === 'ecs' && op === 'run-task') {
    b.verb('write', 'exec');
    judgeDestroyNamedScript(inv, optionValue(inv.args, '--task-definition') ?? null, '`aws ecs run-task` runs a task the action does not show');
    return;
  }
  // Run Command runs the document on the targets: a shell document's `commands` are a shell script we can read.
  if (service === 'ssm' && op === 'send-command') {
    b.verb('exec', 'network');
    const doc = optionValue(inv.args, '--document-name');
    const params = optionValue(inv.args, '--parameters');
    if (doc === null || params === null) {
      b.opaque('ssm_dynamic_command', '`aws ssm send-command` runs a document or parameters that are not fixed', inv.span);
      return;
    }
    const cmds = params === undefined ? [] : ssmCommands(params);
    if (cmds === null || (doc !== undefined && SSM_SHELL_DOCUMENTS.test(doc) && cmds.length === 0)) {
      b.opaque('ssm_unseen_command', '`aws ssm send-command` runs commands we cannot read', inv.span);
      return;
    }
    if (doc === undefined || !/^AWS-/.test(doc)) {
      b.opaque('ssm_unseen_document', `\`aws ssm send-command\` runs the document \`${doc ?? '?'}\`, which is not part of the action`, inv.span);
      return;
    }
    if (doc === 'AWS-RunShellScript') for (const c of cmds) inv.runSource(c, null, '`aws ssm send-command` commands');
    else if (cmds.length > 0) b.opaque('ssm_unseen_command', `\`aws ssm send-command\` runs \`${doc}\` commands we do not parse`, inv.span);
    else b.verb('write');
    return;
  }
  // DynamoDB TTL deletes an item once the time in its TTL attribute has passed (DynamoDB developer guide, "Time to Live"):
  // enabled on an attribute that holds when the item was written or changed (`created_at`, `updatedAt`), every existing
  // item is already past it and is deleted. An expiry attribute (`ttl`, `expires_at`) deletes only what has expired.
  const ttlSpec = service === 'dynamodb' && op === 'update-time-to-live' ? optionValue(inv.args, '--time-to-live-specification') ?? '' : '';
  const ttlAttribute = /(^|[\s,{])"?Enabled"?\s*[=:]\s*"?true\b/i.test(ttlSpec) ? /"?AttributeName"?\s*[=:]\s*"?([\w.-]+)/.exec(ttlSpec)?.[1] : undefined;
  if (ttlAttribute && /^(created|inserted|updated|modified|written|last_?modified|last_?updated)(_?(at|on|time|timestamp|date|ts))?$/i.test(ttlAttribute)) {
    b.verb('write', 'delete').destroy('data_expiry', `\`aws dynamodb update-time-to-live\` on \`${ttlAttribute}\`, a time already past for every item: DynamoDB deletes them`, inv.span);
    return;
  }
  // A Route 53 record changed to a host outside the zone and the clouds' service domains (dns-targets.ts).
  const away = service === 'route53' && op === 'change-resource-record-sets' ? changeBatchPointsAway(optionValue(inv.args, '--change-batch') ?? '') : [];
  if (away.length > 0) {
    b.verb('write').destroy('dns_pointed_away', `\`aws route53 change-resource-record-sets\` points \`${away[0]!.slice(0, 80)}\`: a host outside the zone and the clouds' service domains`, inv.span);
    return;
  }
  const batch = AWS_BATCH_DELETES.find((x) => x.service === service && x.op === op);
  if (batch) {
    const doc = optionValue(inv.args, batch.param);
    if (doc === null || doc === undefined || /^(file|fileb|https?):\/\//.test(doc)) {
      // SECURITY: the batch decides what is deleted, and it is not part of the action.
      b.opaque('aws_batch_unseen', `\`aws ${service} ${op}\` applies a ${batch.param} we cannot see`, inv.span);
      return;
    }
    // A preview's own records (scratchRecordName) deleted: what CI added for one pull request or run (round 24).
    const deleted = service === 'route53' ? changeBatchDeletedNames(doc) : null;
    if (deleted !== null && deleted.every(scratchRecordName)) {
      b.verb('delete').finding('scratch_delete', `\`aws route53 change-resource-record-sets\` deletes only records named for a pull request's preview or a CI run: ${deleted.join(', ').slice(0, 120)}`, inv.span);
      return;
    }
    // Round 42 (bl42pki): only ACME challenge records (`_acme-challenge.NAME` TXT) deleted: the clean-up after a DNS-01 validation.
    if (service === 'route53' && changeBatchDeletesOnlyAcmeChallenges(doc)) {
      b.verb('delete').finding('acme_challenge_cleanup', '`aws route53 change-resource-record-sets` deletes only ACME challenge TXT records, the clean-up after a validation', inv.span);
      return;
    }
    if (batch.deletes.test(doc)) {
      b.verb('delete').destroy('aws_batch_delete', `\`aws ${service} ${op}\`: the ${batch.param} deletes`, inv.span);
      b.summary(`aws ${service} ${op} (delete)`);
      return;
    }
    b.verb('write');
    return;
  }
  const sqlOp = AWS_SQL.find((x) => x.service === service && x.op === op);
  if (sqlOp) {
    awsSql(inv, sqlOp);
    return;
  }
  // Secrets Manager: a new value is a new version (AWSCURRENT); the one it replaces stays as AWSPREVIOUS and can be staged
  // back (`update-secret-version-stage`): a write (the lead's answer 53).
  if (service === 'secretsmanager' && (op === 'put-secret-value' || op === 'update-secret') && hasFlag(inv.args, '--secret-string', '--secret-binary')) {
    b.verb('write').finding('secret_new_version', `\`aws secretsmanager ${op}\` makes a new version of the secret; the current one stays as AWSPREVIOUS`, inv.span);
    return;
  }
  // The lead's answer 100: `delete-secret` of one secret named in full schedules its deletion after a recovery window (7 to
  // 30 days, 30 by default; Secrets Manager DeleteSecret), in which `restore-secret` brings it back, as answer 74's Key
  // Vault soft delete. `--force-delete-without-recovery`, a window of 0, a name not fixed (a loop's variable) or a
  // wildcard stay destructive.
  if (service === 'secretsmanager' && op === 'delete-secret' && recoverableSecretDelete(inv.args)) {
    b.verb('delete').finding('soft_delete', `\`aws secretsmanager delete-secret\` schedules \`${optionValue(inv.args, '--secret-id')}\` for deletion after its recovery window; \`restore-secret\` brings it back`, inv.span);
    return;
  }
  if (AWS_SECURITY_MONITORS.test(service) && securityMonitorOff(inv, op)) {
    b.verb('write').destroy('safeguard_off', `\`aws ${service} ${op}\` switches off security monitoring`, inv.span);
    b.summary(`aws ${service} ${op}`);
    return;
  }
  // One DynamoDB item deleted by its whole primary key (`--key '{"id":{"S":"o-1"}}'`): a narrowed delete, as `DELETE …
  // WHERE id = 42` (namesItemByKey; the lead's answer 53). A key in a file or in shorthand we do not read stays a delete.
  if (service === 'dynamodb' && op === 'delete-item' && namesItemByKey(parseJson(optionValue(inv.args, '--key') ?? ''))) {
    b.verb('delete').finding('item_delete_keyed', '`aws dynamodb delete-item` deletes the one item its whole primary key names', inv.span);
    return;
  }
  // An SQS queue's `MessageRetentionPeriod` (seconds; shorthand or JSON) set under one day deletes every message older than
  // that: a retention cut, as Kafka's (the lead's answers 136 and 259); a day or more is routine.
  const sqsRetention = service === 'sqs' && op === 'set-queue-attributes' ? /"?MessageRetentionPeriod"?\s*[=:]\s*"?(\d+)/.exec(optionValue(inv.args, '--attributes') ?? '') : null;
  if (sqsRetention && Number(sqsRetention[1]) * 1000 < RETENTION_CUT_FLOOR_MS) {
    b.verb('delete').destroy('retention_cut', `\`aws sqs set-queue-attributes\` keeps messages ${sqsRetention[1]} s: every older one is deleted`, inv.span);
    return;
  }
  const handle = AWS_ONE_BY_HANDLE.find((x) => x.service === service && x.op === op);
  const oneFixed = (param: string): boolean => optionValues(inv.args, param).length === 1 && typeof optionValue(inv.args, param) === 'string';
  // A key of several parts (445.2): each part fixed once and no wildcard in any.
  const keyPart = (param: string): boolean => oneFixed(param) && !/[*?#+$]/.test(optionValue(inv.args, param) ?? '*');
  if (handle && (handle.also === undefined ? oneFixed(handle.param) : [handle.param, ...handle.also].every(keyPart))) {
    b.verb('delete').finding('item_delete_keyed', `\`aws ${service} ${op}\` ${handle.why}`, inv.span);
    return;
  }
  // Caches are rebuilt on demand: flushing one loses nothing.
  if (/^flush-[\w-]*cache$/.test(op)) {
    b.verb('write');
    return;
  }
  classifyOperation(inv, op.replace(/^(batch|admin)-/, ''), `aws ${service} ${op}`, service === 'iam' || service === 'sso-admin' || service === 'organizations');
  if (service === 's3api' && op === 'put-bucket-versioning' && inv.args.some((a) => /Suspended/.test(a.value ?? ''))) b.destroy('aws_versioning_off', 'suspends bucket versioning', inv.span);
  if (service === 'cloudtrail' && (op === 'stop-logging' || op === 'delete-trail')) b.destroy('aws_audit_off', 'switches off audit logging', inv.span);
  const parked = (b.targets.length > 0 && b.targets.every((t) => parkedTier(inv, t.environment))) || scaledPreview(inv);
  if (!parked && AWS_ZERO_SIZE.some((z) => z.service === service && (z.op === undefined || z.op === op) && optionValue(inv.args, z.option) === '0')) {
    b.verb('write').destroy('scale_to_zero', 'scales the service to zero', inv.span);
  }
  // Reserved concurrency 0 throttles every invocation of the function: it stops serving.
  if (service === 'lambda' && op === 'put-function-concurrency' && optionValue(inv.args, '--reserved-concurrent-executions') === '0') b.destroy('service_outage', 'throttles every invocation of the function', inv.span);
}

/** One secret, fixed in the input, deleted with a recovery window (answer 100): not forced, the window 7 to 30 days. */
function recoverableSecretDelete(args: Word[]): boolean {
  const id = optionValue(args, '--secret-id');
  const days = optionValue(args, '--recovery-window-in-days');
  if (typeof id !== 'string' || /[*?]/.test(id) || args.some((a) => a.value === null || /^--force-delete-without-recovery(=|$)/.test(a.value))) return false;
  return days === undefined || (typeof days === 'string' && /^\d+$/.test(days) && Number(days) >= 7 && Number(days) <= 30);
}

function awsSql(inv: Invocation, op: (typeof AWS_SQL)[number]): void {
  const b = inv.env.b;
  // `--sqls` takes a list: every operand up to the next option.
  const at = inv.args.findIndex((a) => a.value === op.param || (a.value ?? '').startsWith(`${op.param}=`));
  const values: Array<string | null> = [];
  if (at >= 0 && inv.args[at]!.value!.includes('=')) values.push(inv.args[at]!.value!.slice(op.param.length + 1));
  else if (at >= 0) for (let i = at + 1; i < inv.args.length && !(inv.args[i]!.value ?? '').startsWith('--'); i++) values.push(inv.args[i]!.value);
  if (values.length === 0 || values.includes(null)) {
    b.opaque('sql_unseen', `\`aws ${op.service} ${op.op}\` runs SQL that is not part of the action`, inv.span);
    return;
  }
  const host = optionValue(inv.args, ...op.where) ?? undefined;
  const database = optionValue(inv.args, '--database') ?? optionValue(inv.args, '--query-execution-context')?.replace(/^.*Database=([^,]+).*$/, '$1') ?? undefined;
  for (const sql of values) classifySqlInto(sql!, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: op.dialect, host: host ?? undefined, database: database ?? undefined }, b, inv.span);
}


/**
 * Resizing to zero is an outage (docs/classifier-evaluation.md, "Availability"): the size options of each CLI's resize and
 * scale operations (gcloud `container clusters resize --num-nodes`, `compute instance-groups managed resize --size`;
 * az `aks nodepool scale --node-count`, `vmss scale --new-capacity`, `appservice plan update --number-of-workers`;
 * AWS `autoscaling set-desired-capacity`; eksctl `scale nodegroup --nodes`).
 */
const SCALE_SIZE_OPTIONS = ['--num-nodes', '--size', '--node-count', '--new-capacity', '--nodes', '--desired-capacity', '--desired-count', '--number-of-workers', '--instance-count', '--replicas', '--target-size'];
const SCALE_OP = /^(resize|scale|set-desired-capacity|update|set-size|set-instance-count)(?=$|-)/;
/**
 * A desired or maximum size of zero written inside a scaling document, shorthand or JSON (EKS `update-nodegroup-config
 * --scaling-config desiredSize=0`, SageMaker `update-endpoint-weights-and-capacities … DesiredInstanceCount=0`, EMR
 * `modify-instance-groups … InstanceCount=0`): the same outage as `--desired-capacity 0`. A minimum of zero only lets
 * an autoscaler go there.
 */
const ZERO_SIZE_IN_DOC = /(^|[\s,{"])"?(desired_?size|desired_?capacity|desired_?count|desired_?instance_?count|max_?size|instance_?count)"?\s*[=:]\s*"?0(?![\d.])/i;
const RESIZING_OP = /^(resize|scale|set|update|modify)(?=$|-)/;


/**
 * A machine or disk put back to a snapshot, by each CLI's reference: Proxmox `qm rollback VMID SNAP` and `pct rollback`,
 * libvirt `virsh snapshot-revert`, LXD/Incus `lxc|incus [snapshot] restore INSTANCE SNAPSHOT`, `multipass restore`, `openstack volume
 * revert`, doctl `compute droplet-action restore` (a backup image over the droplet's disk). What was written since is
 * lost. A rollback with no machine or disk in it (`heroku rollback`, `fly releases rollback`) is a deploy.
 */
const HYPERVISOR_CLIS = new Set(['qm', 'pct', 'virsh', 'lxc', 'incus', 'multipass']);
const DISK_NOUN = /^(volumes?|snapshots?|disks?|vms?|droplet-action)$/;
function revertsToSnapshot(cli: string, words: string[]): boolean {
  return words.some((w, i) => (/^(snapshot-)?(rollback|revert)$/.test(w) && (HYPERVISOR_CLIS.has(cli) || words.some((x) => DISK_NOUN.test(x))))
    || (w === 'restore' && ((HYPERVISOR_CLIS.has(cli) && cli !== 'virsh' && (i === 0 || words[i - 1] === 'snapshot')) || words[i - 1] === 'droplet-action')));
}

/**
 * Option values that stop what serves (gcloud `sql instances patch --activation-policy=NEVER`: "the instance is stopped").
 */
const OUTAGE_OPTION_VALUES: ReadonlyArray<{ option: string; value: RegExp; why: string; notOn?: RegExp }> = [
  { option: '--activation-policy', value: /^never$/i, why: 'stops the Cloud SQL instance' },
  // A state switched off on what exists (round 28): EventBridge `put-rule --state DISABLED` and Scheduler `update-schedule
  // --state DISABLED` (as `disable-rule`), az `logic workflow update --state Disabled`, EventBridge Pipes `update-pipe
  // --desired-state STOPPED`. Created so, nothing that served stops.
  { option: '--state', value: /^disabled$/i, why: 'switches it off: its rule, schedule or workflow no longer fires', notOn: /^create/ },
  { option: '--desired-state', value: /^stopped$/i, why: 'stops the pipe: its source is no longer read', notOn: /^create/ },
  // API Gateway `update-stage|update-usage-plan --patch-operations op=replace,path=/*/*/throttling/rateLimit,value=0`: every
  // request throttled (API Gateway reference, "Throttle API requests").
  { option: '--patch-operations', value: /throttl\w*\/(rateLimit|burstLimit),value=0(\.0+)?(\s|,|$)/i, why: 'throttles every request: the API stops answering' },
  // az `servicebus queue|topic update --status Disabled|SendDisabled|ReceiveDisabled` (az servicebus reference): the entity
  // stops taking or handing out messages; senders or consumers fail (round 28).
  { option: '--status', value: /^(disabled|senddisabled|receivedisabled)$/i, why: 'switches the entity off: messages are no longer sent or received' },
  // AWS IoT `update-certificate|update-ca-certificate --new-status INACTIVE|REVOKED` (round 35, edge35): a credential in use
  // switched off; the devices holding it (or every certificate the CA signed) can no longer connect.
  { option: '--new-status', value: /^(inactive|revoked)$/i, why: 'switches the certificate off: the devices using it can no longer connect' },
];

/**
 * Options that delete data alongside the operation (az `backup protection disable --delete-backup-data true`, scw
 * `server delete with-volumes=all` is positional): `--delete-<...>-data|backups|snapshots|volumes|disks`, unless set false.
 */
const DATA_DELETE_OPTION = /^--(?:delete|purge|remove)-[\w-]*?(?:data|backups?|snapshots?|volumes?|disks?)(?:=(.*))?$/i;

function dataDeleteOption(inv: Invocation): { start: number; end: number; text: string } | null {
  for (let i = 0; i < inv.args.length; i++) {
    const a = inv.args[i]!;
    const m = a.value === null ? null : DATA_DELETE_OPTION.exec(a.value);
    if (!m) continue;
    const value = m[1] ?? (inv.args[i + 1]?.value?.startsWith('-') === false ? inv.args[i + 1]!.value : 'true');
    if (value !== null && SWITCH_OFF.test(value)) continue;
    return { start: a.start, end: a.end, text: a.value! };
  }
  return null;
}

/**
 * `--environment prod`, `--env=staging`, `--stage dev` (serverless, sst): an environment named outright; `--prod` (vercel, netlify: "deploy to
 * production") and `--live` (the Stripe CLI's live mode, Shopify's live theme) name it as a flag.
 */
function environmentOptionClues(inv: Invocation) {
  const address = SERVER_ADDRESS_ENV[inv.name];
  return [
    clue('names', optionValue(inv.args, '--environment', '--env', '--stage')),
    clue('names', hasFlag(inv.args, '--prod', '--production', '--live') ? 'production' : null),
    // The server a HashiCorp CLI talks to (`VAULT_ADDR=https://vault.staging…`, `-address=…`) names where it acts.
    ...(address ? [clue('urls', envVar(inv, address)), clue('urls', optionValue(inv.args, '-address', '--address'))] : []),
  ];
}

/** The environment variable that holds the server address of a CLI (each tool's reference: `VAULT_ADDR`, `NOMAD_ADDR`, `CONSUL_HTTP_ADDR`). */
const SERVER_ADDRESS_ENV: Readonly<Record<string, string>> = { vault: 'VAULT_ADDR', nomad: 'NOMAD_ADDR', consul: 'CONSUL_HTTP_ADDR', boundary: 'BOUNDARY_ADDR' };

/**
 * Access opened to everyone (AWS, gcloud and az references): an ingress or firewall source of every address
 * (`--cidr 0.0.0.0/0`, `CidrIpv6=::/0`, lightsail `cidrs=0.0.0.0/0`, `--source-ranges 0.0.0.0/0`, az `--source-address-prefixes '*'|Internet|Any`),
 * a policy document whose principal is anyone (`"Principal":"*"`, `{"AWS":"*"}`), or a Google IAM member that is everyone
 * (`allUsers`, `allAuthenticatedUsers`). The access control is gone, not widened for one principal: a safeguard off.
 */
const EVERYONE_SOURCE_OPTIONS = ['--cidr', '--cidr-ip', '--cidr-block', '--source-ranges', '--source-address-prefixes', '--source-address-prefix', '--remote-ip-prefix', '--authorized-networks'];

/**
 * Switches that open a resource to anonymous or any-address access by name rather than by address (AWS RDS, Redshift
 * and DMS `--publicly-accessible`: a public DNS name and address; az `storage account update --allow-blob-public-access
 * true`, `storage container create|set-permission --public-access blob|container`: anonymous reads; az `postgres|mysql
 * flexible-server create --public-access All|0.0.0.0-255.255.255.255`: a firewall rule for every address). Their
 * opposites (`--no-publicly-accessible`, `--public-access off|None|Disabled`) close it.
 */
const PUBLIC_SWITCHES: ReadonlyArray<{ option: string; value: RegExp }> = [
  { option: '--publicly-accessible', value: /^(true)?$/i },
  { option: '--allow-blob-public-access', value: /^(true|yes|1)?$/i },
  { option: '--public-access', value: /^(all|blob|container|0\.0\.0\.0-255\.255\.255\.255)$/i },
  // A resource policy statement for any principal (`aws lambda add-permission --principal '*'`: anyone may invoke it).
  { option: '--principal', value: /^\*$/ },
  // A Lambda function URL with `--auth-type NONE` (Lambda reference, "Function URLs"): anyone with the URL invokes it (round 28).
  { option: '--auth-type', value: /^NONE$/ },
  // Cloud Run `services update|deploy --no-invoker-iam-check`: requests are no longer checked for the invoker role, so
  // anyone who reaches the URL invokes the service (gcloud run reference; round 28).
  { option: '--no-invoker-iam-check', value: /[\s\S]*/ },
  // OCI `os bucket create|update --public-access-type ObjectRead|ObjectReadWithoutList`: anonymous reads of the objects.
  { option: '--public-access-type', value: /^ObjectRead(WithoutList)?$/i },
];
function publicSwitch(inv: Invocation): string | undefined {
  for (const s of PUBLIC_SWITCHES) {
    const i = inv.args.findIndex((a) => a.value === s.option || (a.value ?? '').startsWith(`${s.option}=`));
    if (i === -1) continue;
    const word = inv.args[i]!.value!;
    const next = inv.args[i + 1]?.value;
    // A bare switch (`--publicly-accessible`) is followed by another option or nothing.
    const value = word.includes('=') ? word.slice(s.option.length + 1) : next === undefined || next === null || next.startsWith('-') ? '' : next;
    if (s.value.test(value)) return `${s.option} ${value}`.trim();
  }
  return undefined;
}

/** A firewall rule's address range that is every IPv4 address (az `sql|postgres|mysql … firewall-rule create --start-ip-address 0.0.0.0 --end-ip-address 255.255.255.255`). */
function everyAddressRange(inv: Invocation): string | undefined {
  const start = optionValue(inv.args, '--start-ip-address', '--start-ip');
  const end = optionValue(inv.args, '--end-ip-address', '--end-ip');
  return start === '0.0.0.0' && end === '255.255.255.255' ? `${start}-${end}` : undefined;
}

/** An address list option's values, one by one (gcloud takes a comma list: `--source-ranges=10.0.0.0/8,0.0.0.0/0`). */
function everyoneInSourceOptions(inv: Invocation): string | undefined {
  for (const o of EVERYONE_SOURCE_OPTIONS) {
    const v = optionValue(inv.args, o);
    if (v !== null && v !== undefined && v.split(',').some((x) => EVERYONE_ADDRESS.test(x.trim()))) return v;
  }
  return undefined;
}
/** Options of other CLIs whose value is who may connect (hcloud `--source-ips`, `--allowed-ips`, `--remote-ip`, `--trusted-sources`). */
const EVERYONE_OPTION = /^--[\w-]*(source|remote-ip|allowed-ip|allow-from|ip-range|whitelist|allowlist|trusted)[\w-]*$/i;

/**
 * Snapshots and images shared with every account (EC2 `modify-snapshot-attribute`/`modify-image-attribute`: the group
 * `all` "makes the snapshot public"; RDS `modify-db-snapshot-attribute --values-to-add all` makes a manual snapshot
 * public), as options (`--group-names all` with `--operation-type add`) or as a permission document
 * (`--create-volume-permission Add=[{Group=all}]`, `--launch-permission '{"Add":[{"Group":"all"}]}'`).
 */
function everyoneShare(inv: Invocation): string | undefined {
  const add = (optionValue(inv.args, '--operation-type') ?? 'add').toLowerCase() === 'add';
  const group = add ? optionValue(inv.args, '--group-names', '--user-groups') : undefined;
  if (group && /^all$/i.test(group)) return `--group-names ${group}`;
  const values = optionValue(inv.args, '--values-to-add');
  if (values && /(^|[\s,["])all($|[\s,\]"])/i.test(values)) return `--values-to-add ${values}`;
  const doc = optionValue(inv.args, '--create-volume-permission', '--launch-permission', '--load-permission');
  if (doc && /\bAdd"?\s*[=:]\s*\[[^\]]*\bGroup"?\s*[=:]\s*"?all\b/i.test(doc)) return doc;
  return undefined;
}


/** Credentials switched off while in use (AWS `iam update-access-key --status Inactive`, az `ad user update --account-enabled false`). */
const CREDENTIAL_OFF: ReadonlyArray<{ option: string; value: RegExp }> = [
  { option: '--status', value: /^inactive$/i },
  { option: '--account-enabled', value: /^false$/i },
];

/** S3 Block Public Access with one of its four settings off (`put-public-access-block`, bucket or account): public ACLs and policies count again. */
const PUBLIC_BLOCK_OFF = /(BlockPublicAcls|IgnorePublicAcls|BlockPublicPolicy|RestrictPublicBuckets)"?\s*[=:]\s*"?false\b/i;

/** `--enable-<safeguard> false` (az `keyvault update --enable-purge-protection false`, `--enable-soft-delete false`). */
const SAFEGUARD_ENABLE_OPTION = /^--enable-[\w-]*(protection|soft-delete|delete-retention|restore-policy|point-in-time|logging|audit|encryption|versioning|backup|mfa|log-file-validation)[\w-]*$/;
/**
 * An option named for a safeguard whose value is its state (az `backup vault backup-properties set
 * --soft-delete-feature-state Disable`, `backup vault update --immutability-state Disabled`, `dataprotection backup-vault
 * update --soft-delete-state Off`, `--hybrid-backup-security-features Disable`; encryption in transit: az `storage account|webapp
 * update --https-only false`, `postgres server update --ssl-enforcement Disabled`; AWS IoT `set-v2-logging-options
 * --default-log-level DISABLED`, round 35): set to an off value, the safeguard is off.
 */
const SAFEGUARD_STATE_OPTION = /^--[\w-]*(soft-delete|purge-protection|default-log-level|deletion-protection|termination-protection|immutability|security-features|versioning|mfa-delete|object-lock|cross-region-restore|https-only|ssl-enforcement|require-secure-transport)[\w-]*$/;
/** A safeguard's state set off: a switch's off words, and `disabled`, `suspended`, `none` (switch-values.ts). */
const SAFEGUARD_OFF_VALUE = offValue(['disabled?', 'suspended', 'none']);

/**
 * A safeguard switched off inside an option's structured value (the AWS CLI's shorthand or JSON), one reader:
 * - a member named for what it guards set false or off: `PointInTimeRecoveryEnabled=false`,
 *   `"DeletionProtectionEnabled": false`, S3 `MFADelete=Disabled` in a versioning configuration (`SAFEGUARD_MEMBER_OFF`
 *   on any operation, `SAFEGUARD_KEY_OFF` on one that is not a read);
 * - a bare `Enabled=false` given to an option named for one (`--encryption-at-rest-options Enabled=false`,
 *   `--logging-config '{"Enabled": false}'`);
 * - an S3 legal hold or object lock given `Status=OFF` (`put-object-legal-hold --legal-hold Status=OFF`: the object can
 *   be deleted again), on an operation that is not a read.
 */
const SAFEGUARD_MEMBER_OFF = /(^|[^\w])"?\w*(PointInTimeRecovery|DeletionProtection|TerminationProtection|Backups?|Versioning|Logging|Encryption|Audit|Mfa)\w*Enabled"?\s*[=:]\s*"?false\b/i;
const SAFEGUARD_KEY_OFF = /(^|[\s,{[])"?(PointInTimeRecoveryEnabled|MFADelete|DeletionProtection(Enabled)?|BackupEnabled|VersioningEnabled|EncryptionEnabled|ObjectLockEnabled)"?\s*[=:]\s*"?(false|off|disabled?|suspended)\b/i;
const SAFEGUARD_OPTION = /^--[\w-]*(point-in-time-recovery|deletion-protection|termination-protection|backup|versioning|logging|encryption|audit|mfa)[\w-]*$/;
const ENABLED_FALSE = /(^|[^\w])"?Enabled"?\s*[=:]\s*"?false\b/i;
const LOCK_STATUS_OPTIONS = new Set(['--legal-hold', '--object-lock-configuration']);
const LOCK_STATUS_OFF = /(^|[\s,{])"?Status"?\s*[=:]\s*"?(off|disabled?)\b/i;

function safeguardInValue(args: Word[], read: boolean): Word | undefined {
  return args.find((a, i) => {
    const v = a.value;
    if (v === null) return false;
    const option = args[i - 1]?.value ?? '';
    if (SAFEGUARD_MEMBER_OFF.test(v) || (ENABLED_FALSE.test(v) && SAFEGUARD_OPTION.test(option))) return true;
    if (read) return false;
    if (!v.startsWith('--')) return SAFEGUARD_KEY_OFF.test(v) || (LOCK_STATUS_OPTIONS.has(option) && LOCK_STATUS_OFF.test(v));
    const glued = /^(--[\w-]+)=(.*)$/s.exec(v);
    return glued !== null && LOCK_STATUS_OPTIONS.has(glued[1]!) && LOCK_STATUS_OFF.test(glued[2]!);
  });
}



/**
 * An Azure scope whose only dynamic part is the subscription id (`/subscriptions/$SUB/resourceGroups/rg-app`,
 * `"/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-app"`): its depth is fixed, the id alone is not, so it is read with a
 * placeholder id. Any other dynamic scope (`$SCOPE`, `$(az group show …)`, `/subscriptions/$SUB`) stays null: not fixed.
 */
function variableOnlyInSubscription(args: Word[], ...names: string[]): string | null | undefined {
  const word = optionWords(args, ...names)[0];
  if (word === undefined || word.value !== null) return word === undefined ? undefined : word.value;
  const m = /^"?\/subscriptions\/\$\{?[A-Za-z_]\w*\}?(\/resourceGroups\/[\w.()-]+(?:\/[\w./-]*)?)"?$/i.exec(word.text);
  return m ? `/subscriptions/-${m[1]}` : null;
}
/**
 * A resource policy given as a string member of an attribute map (SQS `set-queue-attributes --attributes
 * '{"Policy":"{\"Statement\":…}"}'`, the same for `create-queue`; SNS takes it bare): the policy is read as a policy
 * document is (round 28).
 */
function policyAttributeOpens(inv: Invocation): string | undefined {
  for (const a of inv.args) {
    if (a.value === null || !a.value.trimStart().startsWith('{')) continue;
    const doc = parseJson(a.value);
    const policy = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc.Policy : undefined;
    if (typeof policy === 'string' && textOpensToEveryone(policy)) return 'Policy';
  }
  return undefined;
}

/** Grants and openings that switch off access control: everyone let in, an admin role handed out, a credential in use switched off. */
/**
 * The lead's answer 261 (round 28): `gcloud run deploy|services update SERVICE --allow-unauthenticated` (and `gcloud
 * functions deploy`, whose flag does the same) grants `allUsers` the invoker role (gcloud reference): anyone who reaches
 * the URL invokes it, public access opened, unless the service's own name says a preview or a developer's (answer 214's
 * namesPreviewOrDevEnvironment: `web-pr-412`, `review-login-fix`, `api-dev`) and no word of the input names production (nor
 * staging, unless the name is a preview's or a run's: answer 215). `--no-allow-unauthenticated` (`=false`) is a write. What was opened,
 * or null; a service the input does not name (gcloud prompts) is not known to be a preview.
 */
const INVOKER_OPENING = /^gcloud (?:alpha |beta )?(?:run (?:deploy|services update)|functions deploy)\b/;
/**
 * The lead's answer 312 (round 29): the same grant made by its binding (`gcloud run services|functions
 * add-iam-policy-binding SERVICE --member=allUsers --role=roles/run.invoker|roles/cloudfunctions.invoker`) is read alike.
 */
const INVOKER_BINDING = /^gcloud (?:alpha |beta )?(?:run services|functions) add-iam-policy-binding\b/;
function invokerOpenedToAll(inv: Invocation, label: string): { service: string | undefined; preview: boolean } | null {
  // `--allow-unauthenticated=false` is `--no-allow-unauthenticated` (gcloud's boolean flags).
  const binding = INVOKER_BINDING.test(label) && optionValue(inv.args, '--member') === 'allUsers' && /^roles\/(run|cloudfunctions)\.invoker$/.test(optionValue(inv.args, '--role') ?? '');
  if (!binding && (!INVOKER_OPENING.test(label) || !inv.args.some((a) => /^--allow-unauthenticated(=true)?$/i.test(a.value ?? '')))) return null;
  // The word right after the operation: gcloud's label also holds option values (`--image IMAGE`), and a service given
  // after the options is not read (fail closed).
  const at = inv.args.findIndex((a, i) => (a.value === 'deploy' && /^(run|functions)$/.test(inv.args[i - 1]?.value ?? '')) || (a.value === 'update' && inv.args[i - 1]?.value === 'services') || a.value === 'add-iam-policy-binding');
  const word = at === -1 ? undefined : inv.args[at + 1]?.value;
  const service = typeof word === 'string' && /^[a-z][\w-]*$/i.test(word) ? word : undefined;
  if (service === undefined || inv.args.some((a) => a.value === null)) return { service, preview: false };
  return { service, preview: namesPreviewOrDevEnvironment(service) && !invocationNamesLiveTier(inv, stagingRefusesNames([service])) };
}

function accessEffects(inv: Invocation, op: string, label: string): void {
  const b = inv.env.b;
  if (READ_OP.test(op) || DESTROY_OP.test(op) || /^revoke/.test(op)) return;
  const invoker = invokerOpenedToAll(inv, label);
  if (invoker?.preview === true) {
    b.verb('write').finding('preview_opened', `\`${label}\` lets anyone invoke \`${invoker.service}\`, a preview's or developer's service (the lead's answers 214, 261 and 312)`, inv.span);
    return;
  }
  if (invoker) b.verb('permissions').destroy('public_access', `\`${label}\` grants \`allUsers\` the invoker role: anyone who reaches the URL invokes ${invoker.service === undefined ? 'the service' : `\`${invoker.service}\``} (the lead's answer 261)`, inv.span);
  const everyone = everyoneInSourceOptions(inv) ?? publicSwitch(inv) ?? everyAddressRange(inv) ??
    inv.args.find((a) => a.value !== null && textOpensToEveryone(a.value.replace(/^--member=/, '')))?.value ??
    (optionValue(inv.args, '--member') ?? '').match(EVERYONE_MEMBER)?.[0] ??
    (/bucket-acl$/.test(op) ? optionValue(inv.args, '--acl')?.match(PUBLIC_CANNED_ACL)?.[0] : undefined) ??
    everyoneShare(inv) ?? policyAttributeOpens(inv);
  // A new bucket or container created public (`az storage container create --public-access blob`) exposes nothing that
  // was private: benign, the lead's decision 41 (round 18); making an existing one public stays destructive.
  const newBucket = op === 'create' && /\bstorage (container|bucket)s?\b|\bbuckets?\b/.test(label);
  if (everyone && newBucket) b.verb('write').finding('public_bucket_created', `\`${label}\` creates a new public bucket or container: nothing private is exposed`, inv.span);
  else if (everyone) b.verb('permissions').destroy('public_access', `\`${label}\` opens access to everyone (\`${everyone.slice(0, 40)}\`)`, inv.span);
  const role = optionValue(inv.args, '--role', '--policy-arn', '--role-definition-name', '--clusterrole');
  // az's `role assignment create` and `ad sp create-for-rbac`: `--scope`/`--scopes` (null when not fixed in the input:
  // `/subscriptions/$SUB` may be the whole subscription); with neither it nor a resource group, `role assignment create`
  // assigns at the current subscription.
  const scopeGiven = optionValue(inv.args, '--scope', '--scopes') ?? variableOnlyInSubscription(inv.args, '--scope', '--scopes');
  const scope = scopeGiven !== undefined ? scopeGiven : (/^az role assignment\b/.test(label) && optionValue(inv.args, '--resource-group', '-g') === undefined ? '/subscriptions/-' : optionValue(inv.args, '--resource-group', '-g') === undefined ? undefined : '/resourceGroups/-');
  const widened = role && /^(add|attach|create|put|set|grant|assign)/.test(op) ? roleGrantWidens(role, scope) : null;
  if (widened) b.verb('permissions').destroy('admin_grant', `\`${label}\` ${widened}`, inv.span);
  // The group every account's administrators are put in (`aws iam add-user-to-group --group-name Admins`; the IAM user
  // guide's "Administrators" group holds AdministratorAccess): joining it is the admin grant.
  const group = /^add-user-to-group$/.test(op) ? optionValue(inv.args, '--group-name') : undefined;
  if (group && /^(admins?|administrators?)$/i.test(group)) b.verb('permissions').destroy('admin_grant', `\`${label}\` puts the user in the administrators' group \`${group}\``, inv.span);
  const granted = PRINCIPAL_GRANTS.find((g) => g.label.test(label))?.widens(inv);
  if (granted) b.verb('permissions').destroy('access_granted', `\`${label}\` ${granted}`, inv.span);
  const policy = optionValue(inv.args, '--policy-document');
  if (policy && /^(put|create)/.test(op) && policyAllowsEverything(policy)) b.verb('permissions').destroy('admin_grant', `\`${label}\` writes a policy that allows every action, or one service's every action, on every resource (answer 367.3)`, inv.span);
  // The lead's answer 339 (round 33, y31 question 10): a key of a user named for development (`ci-deployer-dev`) set
  // `Inactive` is switched back by `--status Active`: reversible, a write, when nothing names production or staging.
  const user = op === 'update-access-key' ? optionValue(inv.args, '--user-name') : undefined;
  const devUserKey = typeof user === 'string' && heuristicEnvironment(user) === 'dev' && /(^|[-_.])(dev|development|sandbox|test)(\d*)([-_.]|$)/i.test(user) && !inv.args.some((a) => a.value === null) && !invocationNamesLiveTier(inv, true);
  for (const c of CREDENTIAL_OFF) {
    const v = optionValue(inv.args, c.option);
    if (v && c.value.test(v) && devUserKey) b.verb('permissions').finding('dev_key_inactive', `\`${label} ${c.option} ${v}\` switches off a key of \`${user}\`, a development user; \`--status Active\` switches it back`, inv.span);
    else if (v && c.value.test(v)) b.verb('permissions').destroy('credential_off', `\`${label} ${c.option} ${v}\` switches off a credential in use`, inv.span);
  }
  // az's generic `--set accountEnabled=false` (`az ad sp update`, `az ad user update`) is `--account-enabled false`: a
  // service principal switched off stops the workloads that sign in as it (the lead's round-17 decision 25).
  for (const v of optionValues(inv.args, '--set')) {
    if (v !== null && /^accountEnabled=(false|0)$/i.test(v)) b.verb('permissions').destroy('credential_off', `\`${label} --set ${v}\` switches off a credential in use`, inv.span);
    // `az webapp|functionapp update --set httpsOnly=false` is `--https-only false` (SAFEGUARD_STATE_OPTION) by the generic setter (round 28).
    if (v !== null && /^httpsOnly=(false|0)$/i.test(v)) b.destroy('safeguard_off', `\`${label} --set ${v}\` lets plain HTTP in: TLS switched off`, inv.span);
  }
  const block = optionValue(inv.args, '--public-access-block-configuration');
  if (block && PUBLIC_BLOCK_OFF.test(block)) b.destroy('safeguard_off', `\`${label}\` switches S3 Block Public Access off`, inv.span);
  for (let i = 0; i < inv.args.length; i++) {
    const a = inv.args[i]!.value ?? '';
    const m = /^(--[\w-]+)(?:=(.*))?$/.exec(a);
    if (!m || !(SAFEGUARD_ENABLE_OPTION.test(m[1]!) || SAFEGUARD_STATE_OPTION.test(m[1]!))) continue;
    const v = m[2] ?? inv.args[i + 1]?.value;
    if (v && SAFEGUARD_OFF_VALUE.test(v)) b.destroy('safeguard_off', `\`${m[1]} ${v}\` switches off a safeguard`, inv.span);
  }
}

/**
 * Operations named reset that are a hard restart, each CLI's reference: `gcloud compute instances reset` ("like pressing the
 * reset button on a physical machine"; persistent disks are kept), `hcloud server reset` (a hard reset of the server). A
 * restart is a write (Availability), as `reboot-instances`, `az vm restart` and `droplet-action power-cycle` are; other
 * resets (`sql instances reset-ssl-config`, credentials, a database) stay destructive.
 */
function hardRestart(label: string): boolean {
  return /^(gcloud compute instances reset|hcloud server reset)(\s|$)/.test(label);
}

/**
 * Tags and labels taken off a resource (AWS `delete-tags`, `untag-resource`, `remove-tags-from-resource`, gcloud
 * `remove-labels`): metadata, put back by the matching tag operation. Only when the keys are named and none names a
 * safeguard: AWS Backup plans, lifecycle and protection policies select resources by tag (`backup=daily`), so a tag of
 * that kind taken off stops the safeguard, and `ec2 delete-tags` without `--tags` removes every tag.
 */
const TAG_REMOVAL_OP = /^(delete-tags|untag-resource|untag-[\w-]+|remove-tags|remove-tags-from-[\w-]+|remove-labels)$/;
const TAG_KEY_OPTIONS = ['--tags', '--tag-keys', '--tag-key', '--keys', '--labels'];
// Environment and classification tags too: IAM conditions on `aws:ResourceTag/env` guard resources by them, so taking
// one off can move a resource out from under a deny.
const SAFEGUARD_TAG = /backup|snapshot|protect|retain|retention|lock|patch|monitor|compliance|security|deletion|dlm|lifecycle|env|stage|tier|classification/i;
function removesPlainTags(inv: Invocation): boolean {
  const keys = inv.args.some((a, i) => a.value !== null && TAG_KEY_OPTIONS.some((o) => a.value === o || a.value!.startsWith(`${o}=`)) && (a.value.includes('=') || inv.args[i + 1]?.value !== undefined));
  // Keys we cannot read (a substitution, a `file://` document) may name a safeguard.
  return keys && !inv.args.some((a) => a.value === null || /^(?:--[\w-]+=)?fileb?:\/\//.test(a.value) || SAFEGUARD_TAG.test(a.value));
}

/**
 * Whether a name marks a pull request's preview or a CI run's own resource (namesScratchEnvironment: `preview-pr-377`,
 * `ci-e2e-4821-tmp`): the name itself, or one segment of a path, ARN or URL that holds it (`/previews/pr-1423/DATABASE_URL`,
 * `/aws/codebuild/preview-pr-377`, `https://sqs…/123456789012/ci-e2e-4821-events`).
 */
/**
 * The lead's answer 194: `aws s3 mv --recursive` of a whole bucket (`s3://acme-customer-uploads/`) or of a prefix a
 * service reads (`s3://acme-app/uploads/`) elsewhere takes the data from under it: destructive. A past partition moved to
 * an archive or renamed (a prefix with a dated segment: `raw/events/2024/`, `dt=2026-12-05/`), files moved on from an
 * intake prefix (`incoming/`), and a scratch prefix (disposablePrefix) stay moves.
 */
function servicePrefixMoved(source: Word | undefined): boolean {
  const v = source?.value;
  if (v === null || v === undefined || source!.glob || !v.startsWith('s3://') || disposablePrefix(v) !== null) return false;
  const segments = v.slice(5).split('/').filter(Boolean).slice(1);
  // An intake prefix (`incoming/`, `inbox/`, `landing/`) is emptied by whatever processes it: moving files on is its work.
  return !segments.some((s) => /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(s) || namesNewByStamp(s) || /^(incoming|inbox|landing|pending|dropzone|drop)$/i.test(s));
}

/** `bq rm -t PROJECT:DATASET.TABLE` of a developer's scratch table or dataset (db-clis.ts devScratchBqName). */
function devScratchBqTable(inv: Invocation, label: string): boolean {
  const words = label.split(' ');
  return words[0] === 'bq' && words[1] === 'rm' && words.length === 3 && devScratchBqName(inv, words[2]!);
}

/**
 * `firebase firestore:delete users/test-user-123 --project acme-app-dev`: one document (a path of an even number of
 * segments; without `--recursive` its subcollections stay, firebase-tools reference), whose own id says test, scratch or
 * tmp by a whole word (namesDisposable over SCRATCH_WORDS), in a project named development: a developer's test record
 * (decision 36: dev data named test or scratch; answer 72: named so and deleted singly). Not with `--all-collections` or
 * `--recursive`, not when any word names production or staging (round 25).
 */
function devTestDocument(inv: Invocation, words: readonly string[]): boolean {
  if (inv.name !== 'firebase' || words[0] !== 'firestore:delete' || inv.args.some((a) => a.value === null)) return false;
  if (hasFlag(inv.args, '-r', '--recursive', '--all-collections')) return false;
  const project = optionValue(inv.args, '--project', '-P');
  if (typeof project !== 'string' || heuristicEnvironment(project) !== 'dev') return false;
  // `-P NAME` is firebase's short `--project`: its value is not a path.
  const paths = words.slice(1).filter((w) => w !== project);
  if (paths.length !== 1) return false;
  const segments = paths[0]!.replace(/^\//, '').split('/');
  if (segments.length % 2 !== 0 || !segments.every((s) => /^[\w-]+$/.test(s))) return false;
  const own = segments[segments.length - 1]!;
  if (inv.args.some((a) => /^(production|staging)$/.test(heuristicEnvironment(a.value!) ?? ''))) return false;
  return namesDisposable(own, SCRATCH_WORDS) && !namesSharedCiResource(own);
}

function scratchNamed(value: string): boolean {
  const segments = value.split(/[/:]/);
  return (!segments.includes('..') && segments.some((s) => s !== '' && namesScratchEnvironment(s))) || scratchRecordName(value);
}

/**
 * `az storage blob delete-batch --account-name A --source C --pattern 'run-88213/*'`: a CI run's numbered folder (ciRunFolder)
 * under a CI account or container. An account's name is lowercase letters and digits only (Azure naming rules), so its
 * words are fused: a `ci` or `e2e` word before an optional artifacts, builds, runs, cache or logs ending is split out
 * (`acmeciartifacts` is read `acme-ci-artifacts`, `acmeci` `acme-ci`) (round 26).
 */
function azureRunFolder(inv: Invocation, pattern: string): boolean {
  const account = optionValue(inv.args, '--account-name');
  const container = optionValue(inv.args, '-s', '--source');
  if (typeof account !== 'string' || typeof container !== 'string') return false;
  const m = /^([a-z0-9]*?)(ci|e2e)(artifacts?|builds?|runs?|cache|logs?)?$/.exec(account);
  const accountWords = m ? [m[1], m[2], m[3]].filter(Boolean).join('-') : account;
  const below = pattern.replace(/\/?\*$/, '').split('/').filter(Boolean);
  // The container read with its account as one CI bucket's name (`acmeci` + `artifacts`: `acme-ci-artifacts`, whose
  // `runs/8812/` is one run's folder, as `s3://acme-ci-artifacts/runs/8812/`; the lead's answer 339).
  return ciRunFolder([accountWords, container, ...below]) !== undefined || (/^[a-z0-9-]+$/.test(container) && ciRunFolder([`${accountWords}-${container}`, ...below], true) !== undefined);
}

/**
 * Whether an Azure storage account's name (lowercase letters and digits only, so its words are fused) names production
 * once a trailing kind word is taken off (`acmeprodsa`, `acmeprodstorage01`, `stacmeprod`): heuristicEnvironment reads a
 * fused `prod` only at the end of a word.
 */
export function storageAccountNamesProduction(account: string | null | undefined): boolean {
  if (typeof account !== 'string') return false;
  const bare = account.toLowerCase().replace(/(sa|storage|stor|acct|account|blob|data)?\d{0,3}$/, '');
  return [account, bare].some((n) => n !== '' && heuristicEnvironment(n) === 'production');
}

/**
 * A DNS name whose first label is a pull request's preview or a CI run's own (`pr-77.preview.acme.dev.`,
 * `web-pr-412.acme.dev`: namesScratchEnvironment), the record CI adds for each preview and removes with it; no label names
 * production or staging, no wildcard (round 24).
 */
function scratchRecordName(name: string): boolean {
  const labels = name.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || !labels.every((l) => /^[a-z0-9_-]+$/.test(l))) return false;
  return namesScratchEnvironment(labels[0]!) && !labels.some((l) => /^(production|staging)$/.test(heuristicEnvironment(l) ?? ''));
}

/** Round 42 (bl42pki): every DELETE of a Route 53 change batch is an ACME challenge TXT record (acmeChallengeRecord). */
function changeBatchDeletesOnlyAcmeChallenges(batch: string): boolean {
  const changes = (parseJson(batch) as { Changes?: unknown } | null | undefined)?.Changes;
  if (!Array.isArray(changes)) return false;
  const deletes = (changes as Array<{ Action?: unknown; ResourceRecordSet?: { Name?: unknown; Type?: unknown } }>).filter((c) => c?.Action === 'DELETE');
  return deletes.length > 0 && deletes.every((c) => acmeChallengeRecord(c.ResourceRecordSet?.Name as string | undefined, c.ResourceRecordSet?.Type as string | undefined));
}

/** The record names a Route 53 change batch deletes, or null when the batch cannot be read or deletes nothing. */
function changeBatchDeletedNames(batch: string): string[] | null {
  const changes = (parseJson(batch) as { Changes?: unknown } | null | undefined)?.Changes;
  if (!Array.isArray(changes)) return null;
  const names = (changes as Array<{ Action?: unknown; ResourceRecordSet?: { Name?: unknown } }>).filter((c) => c.Action === 'DELETE').map((c) => c.ResourceRecordSet?.Name);
  return names.length > 0 && names.every((n) => typeof n === 'string') ? (names as string[]) : null;
}

/**
 * A delete of what CI made for one pull request or one run, by the names the operation gives it (each CLI's reference):
 * a scratch environment made to be thrown away, as a preview namespace or an `az group delete` of a preview group is.
 * - AWS: every operand and option value after the operation (`cloudformation delete-stack --stack-name web-preview-pr-377`,
 *   `dynamodb delete-table --table-name ci-e2e-4821-orders`, `logs delete-log-group --log-group-name
 *   /aws/codebuild/preview-pr-377`, `sqs delete-queue --queue-url …/ci-e2e-4821-events`);
 * - gcloud: every operand after the operation (`sql instances delete preview-pr-1423-pg`, `container clusters delete
 *   e2e-pr-4821`, `projects delete ci-e2e-4821-tmp`), or a `--project` that is itself a run's;
 * - az: every `--name`, `--server` and `--<resource>-name` (`aks delete -n aks-pr-2231`), or a preview's resource group
 *   with a preview's server or cluster in it.
 * A word we cannot read, or one name that is not a preview's or a run's, keeps the delete destructive.
 */
// The container a resource lives in (each operation's reference: an ECS or EKS cluster, an Amplify app, an API Gateway REST
// or HTTP API): `amplify delete-branch --app-id d1a2 --branch-name pr-14` deletes the branch, not the app.
const AWS_PARENT_OPTIONS = ['--cluster', '--cluster-name', '--app-id', '--rest-api-id', '--api-id'];
const AWS_NAME_SKIPPED = new Set([...AWS_GLOBAL_VALUED, ...AWS_PARENT_OPTIONS]);
/**
 * The lead's answer 147 (round 24): node groups, services, stages and deployments inside a cluster (or app, API) named for
 * a pull request or a run (`eksctl delete nodegroup --cluster pr-55`, `aws eks delete-nodegroup --cluster-name pr-55`,
 * `gcloud container node-pools delete pool-1 --cluster pr-55-gke`) are the preview's, as az's group-and-server rule reads
 * them. Every parent named so (namesScratchEnvironment), and no word of the input naming production or staging.
 */
// The lead's answer 174 (round 25): a volume (or another part) of a Fly app named for a pull request (`fly volumes destroy
// vol_… --app web-pr-77`) is the preview's too.
const CLUSTER_PARENT_OPTIONS: Readonly<Record<string, readonly string[]>> = { aws: AWS_PARENT_OPTIONS, gcloud: ['--cluster'], eksctl: ['--cluster'], fly: ['-a', '--app'], flyctl: ['-a', '--app'] };
function scratchParent(inv: Invocation, cli: string): boolean {
  const options = CLUSTER_PARENT_OPTIONS[cli];
  // Staging does not refuse a preview's or a run's parent (the lead's answer 215: previews live in staging projects).
  if (!options || invocationNamesLiveTier(inv)) return false;
  const parents = optionValues(inv.args, ...options);
  return parents.length > 0 && parents.every((p) => p !== null && namesScratchEnvironment(p));
}
/**
 * `aws ec2 terminate-instances --instance-ids $(aws ec2 describe-instances --filters Name=tag:ci-run,Values=5521 …)`: the
 * instances a listing selects by a tag that names one CI run or pull request (ec2RunFilter, round 27); the same for images
 * deregistered, volumes and snapshots deleted from their own listing (EC2_RUN_DELETES, round 30). No word of the line
 * naming production or staging. The run's filter, or null.
 */
function instancesOfOneRun(inv: Invocation, label: string): string | null {
  const kind = Object.entries(EC2_RUN_DELETES).find(([, del]) => `aws ec2 ${del.split(' ')[0]}` === label);
  if (kind === undefined) return null;
  const option = kind[1].split(' ')[1];
  const ids = inv.args.find((a, i) => inv.args[i - 1]?.value === option);
  const listing = ids && ids.value === null ? new RegExp(`^"?\\$\\(aws ec2 ${kind[0]} ([^()]*)\\)"?$`).exec(ids.text) : null;
  if (!listing || inv.args.some((a) => a !== ids && a.value === null)) return null;
  const words = listing[1]!.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ''));
  if (inv.args.some((a) => a !== ids && /^(production|staging)$/.test(heuristicEnvironment(a.value!) ?? ''))) return null;
  if (invocationNamesLiveTier(inv, true, { args: inv.args.filter((a) => a !== ids) })) return null;
  return ec2RunFilter(words);
}

/**
 * Why the last argument holds only what a state or run listing printed (disposable-listing.ts), or null: a loop's variable
 * (`for arn in $(LISTING); do DELETE "$arn"; done`) or the listing's substitution itself (`DELETE $(LISTING)`), each read
 * as `LISTING | xargs DELETE` is.
 */
function listedLastArgument(inv: Invocation): string | null {
  const itemOf = (w: Word): string => /^"?\$\{?([A-Za-z_]\w*)\}?"?$/.exec(w.text)?.[1] ?? w.text;
  // The last word, or the one listing's substitution among them (`doctl apps delete $(LISTING) --force`, answer 339).
  const listedAt = inv.args.length > 0 && inv.args.at(-1)!.value === null ? inv.args.length - 1 : inv.args.findIndex((a) => a.value === null && /^"?\$\(/.test(a.text) && inv.scope.listedBy?.has(a.text));
  if (listedAt < 0) return null;
  return disposableListingDelete(inv.scope.listedBy?.get(itemOf(inv.args[listedAt]!)), [inv.name.replace(/^.*\//, ''), ...inv.args.filter((_, i) => i !== listedAt).map((a) => a.value)], inv.env.ctx.awsProfile);
}

/**
 * The lead's answer 84, reached by answer 330 (round 31): a CloudWatch Logs group or stream of one CI run, deleted singly by
 * its fixed names (`logs delete-log-group --log-group-name /ci/run-8812`, `logs delete-log-stream --log-group-name
 * /ecs/e2e-tests --log-stream-name run-8812/app/4b1f0c2a`). The group's path and then the stream's name are read as one
 * path, whose run's own folder ciRunFolder finds as it finds an object prefix `ci-artifacts/run-1234/`: a run's number
 * below a CI or end-to-end segment, or a segment naming the run itself. A bare CI group (`/ci/builds`) is every run's.
 * What names the run, or undefined.
 */
function logsOfOneRun(inv: Invocation, label: string): string | undefined {
  const stream = label === 'aws logs delete-log-stream';
  if (!stream && label !== 'aws logs delete-log-group') return undefined;
  // Each name once: the CLI reads a repeated option's last value.
  const groups = optionValues(inv.args, '--log-group-name');
  const names = stream ? optionValues(inv.args, '--log-stream-name') : [''];
  const [group, name] = [groups[0], names[0]];
  if (groups.length !== 1 || names.length !== 1 || typeof group !== 'string' || typeof name !== 'string') return undefined;
  return ciRunFolder([...group.split('/'), ...name.split('/')].filter((s) => s !== ''));
}

/**
 * The lead's answers 395.4 and 399.2 (rounds 38 and 39): a queue purged or deleted loses its messages, data in flight as a
 * disk's are (330.1), whatever its own name says (a test's, a run's, a pull request's, or a listing by such a name): SQS
 * queues, Service Bus and Storage queues. Only a container shown as scratch still makes it disposable (a scratch
 * account's profile, scratchAccountOperation; an az preview group with its preview namespace, scratchNamedDelete).
 * Answer 407.3 (round 39): a subscription's backlog is a queue's messages: a Pub/Sub subscription, an SNS subscription (its
 * SQS queue's feed), a Service Bus topic's subscription deleted by any name loses them too.
 */
const QUEUE_BY_NAME = /^(aws sqs (delete|purge)-queue|aws sns unsubscribe|az (servicebus|storage) queue delete|az servicebus topic subscription delete|gcloud pubsub subscriptions delete)\b/;
function queueByItsName(label: string): boolean {
  return QUEUE_BY_NAME.test(label);
}

function scratchNamedDelete(inv: Invocation, label: string, op: string): boolean {
  if (instancesOfOneRun(inv, label) !== null) return true;
  // A bucket is judged by its contents, not its name (fix17-p17a; the lead's decision 36 on buckets named scratch).
  // Never when any argument names production (answers 72 and 174): a preview's database under `--profile prod`, a pull
  // request's instance in `--project acme-prod`. A preview inside a staging project stays a preview (b16-api6).
  if (inv.args.some((a) => a.value === null) || /bucket/.test(label) || invocationNamesLiveTier(inv)) return false;
  const cli = label.split(' ')[0];
  if (cli !== undefined && scratchParent(inv, cli)) return true;
  if (cli === 'aws' && !queueByItsName(label)) {
    // The cluster a service or node group lives in (`ecs delete-service --cluster previews --service pr-412-web`) is its
    // parent, not what is deleted: it may have any name but production's or staging's (answer 64: a pull request's
    // resource inside production's container is not scratch).
    const parents = optionValues(inv.args, ...AWS_PARENT_OPTIONS);
    if (parents.some((p) => p === null || /^(production|staging)$/.test(heuristicEnvironment(p) ?? ''))) return false;
    if (logsOfOneRun(inv, label) !== undefined) return true;
    const own = AWS_SCRATCH_NAME_OPTION[label];
    // One name only: a list option (`--alarm-names a b`) takes the words up to the next option.
    const at = own === undefined ? -1 : inv.args.findIndex((a) => a.value === own);
    const after = inv.args[at + 2]?.value;
    const single = at !== -1 && (after === undefined || after?.startsWith('-') === true);
    const named = !single || (label === 'aws lambda delete-function' && optionValue(inv.args, '--qualifier') !== undefined) ? undefined : inv.args[at + 1]?.value;
    if (typeof named === 'string' && scratchMachine(inv, label, [named])) return true;
    const names = [...positionals(inv.args, AWS_NAME_SKIPPED).slice(2).map((w) => w.value!), ...inv.args.flatMap((a) => {
      const m = /^(--[\w-]+)=(.*)$/s.exec(a.value!);
      return m && !AWS_NAME_SKIPPED.has(m[1]!) ? [m[2]!] : [];
    })];
    return names.length > 0 && names.every(scratchNamed);
  }
  if (cli === 'gcloud') {
    const project = optionValue(inv.args, '--project');
    if (typeof project === 'string' && namesScratchEnvironment(project)) return true;
    if (queueByItsName(label)) return false;
    const words = label.split(' ');
    const at = words.indexOf(op, 1);
    const operands = at === -1 ? [] : words.slice(at + 1);
    return (operands.length > 0 && operands.every(scratchNamed)) || scratchMachine(inv, label, operands);
  }
  if (cli === 'az') {
    const group = optionValue(inv.args, '-g', '--resource-group');
    const valuesOf = (option: RegExp) => inv.args.flatMap((a, i) => (option.test(a.value ?? '') ? [inv.args[i + 1]?.value ?? ''] : []));
    const names = valuesOf(/^(-n|--name)$/);
    const parents = valuesOf(/^(-s|--server|--[\w-]+-name)$/);
    // A resource inside a preview's group and a preview's server or cluster (`sql db delete -g rg-preview-pr-1423 -s
    // sql-preview-pr-1423 -n app`) is the preview's; a resource named otherwise in a preview-named group is not shown to
    // be (fix14-k8s4: `aks delete -g rg-pr-2231 -n aks-shared`).
    if (typeof group === 'string' && namesScratchEnvironment(group) && parents.some((n) => namesScratchEnvironment(n))) return true;
    if (queueByItsName(label)) return false;
    // A preview's resource by its own name inside a server or cluster that names neither production nor staging (`sql db
    // delete -s sql-acme-ci -n orders-pr-412`), as AWS's parents are read (answer 64; round 24).
    const untiered = (n: string) => !/^(production|staging)$/.test(heuristicEnvironment(n) ?? '');
    if (names.length > 0 && names.every((n) => namesScratchEnvironment(n)) && parents.every(untiered) && (typeof group !== 'string' || untiered(group))) return true;
    if (parents.length === 0 && AZURE_SCRATCH_DELETE.test(label) && names.length === 1 && scratchNamedAzureResource(names[0]!) && !invocationNamesLiveTier(inv, true)) return true;
    return ([...names, ...parents].length > 0 && [...names, ...parents].every((n) => namesScratchEnvironment(n))) || (parents.length === 0 && scratchMachine(inv, label, names));
  }
  return false;
}

/**
 * The lead's answers 54, 66 and 72: one machine (`gcloud compute instances delete scratch-perf-test`, `az vm delete -n
 * vm-scratch-bench`) whose own name says scratch, test, CI, sandbox, temporary or ephemeral by a whole word
 * (namesDisposable over SCRATCH_WORDS), deleted singly by that name, is made to be thrown away. Not a bare `ci` or `e2e`
 * (answer 84), not two names, and not when any word of the input names production or staging (a zone, a group, a project).
 * The same for Hetzner's and DigitalOcean's servers by name (`hcloud server delete scratch-bench`, `doctl compute droplet
 * delete test-box-1`; round 24), by a scratch word other than `ci` or `e2e` (SCRATCH_WORDS_BUT_CI).
 * Round 30: answer 72 reaches the other compute made and thrown away by such a name, by the same reading: an image, a
 * Kubernetes cluster (answer 66 names clusters, answer 190 AKS), a CloudFormation or SAM stack (`gcloud compute images
 * delete test-image-1`, `doctl kubernetes cluster delete test-cluster-ana`, `aws cloudformation delete-stack --stack-name
 * perf-test-ana`). Not what holds data (disks, volumes, snapshots, buckets, databases, tables): decision 36 keeps those by
 * their contents (f22-b22a-gce-disk-delete-scratch: a disk is data).
 */
/**
 * The lead's answer 190 (round 26): answer 72 reaches Azure's resources, in az and in Az PowerShell alike: one resource group,
 * key vault, generic resource, VM, web or function app or plan, container app or group, AKS cluster, virtual network, network
 * security group, public address or managed identity, deleted singly by a name that says scratch, test, CI, sandbox,
 * temporary or ephemeral by a whole word (scratchNamedAzureResource), with nothing naming production or staging. By az's
 * command group and Az PowerShell's noun. Not the data stores (storage accounts, databases, Cosmos DB): decision 36 keeps a
 * bucket named scratch destructive.
 */
export const AZURE_SCRATCH_KINDS: ReadonlyArray<{ az: string; ps: string }> = [
  { az: 'group', ps: 'azresourcegroup' }, { az: 'keyvault', ps: 'azkeyvault' }, { az: 'resource', ps: 'azresource' }, { az: 'vm', ps: 'azvm' },
  { az: 'webapp', ps: 'azwebapp' }, { az: 'functionapp', ps: 'azfunctionapp' }, { az: 'appservice plan', ps: 'azappserviceplan' },
  { az: 'containerapp', ps: 'azcontainerapp' }, { az: 'container', ps: 'azcontainergroup' }, { az: 'aks', ps: 'azakscluster' },
  { az: 'network vnet', ps: 'azvirtualnetwork' }, { az: 'network nsg', ps: 'aznetworksecuritygroup' }, { az: 'network public-ip', ps: 'azpublicipaddress' },
  { az: 'identity', ps: 'azuserassignedidentity' },
];
const SCRATCH_WORDS_BUT_CI: ReadonlySet<string> = new Set([...SCRATCH_WORDS].filter((w) => w !== 'ci' && w !== 'e2e'));
/**
 * An Azure resource's own name that says scratch or test by a whole word (the lead's answer 190: `test`, `scratch`, and
 * scratch's `tmp`, `temp`, `temporary`, `ephemeral`, `throwaway`). Not by `ci` or `e2e` alone: Azure's names put the kind
 * in front (`rg-ci`, `kv-e2e`), so the shared CI group every run uses (answer 84) reads as a bare `ci`; a run's own
 * (`rg-ci-run-5512`) is answer 84's run number (namesScratchEnvironment). Not `sandbox` or `playground` alone: a
 * developer's sandbox is a dev environment, whose data decision 36 keeps unless named test or scratch.
 */
const AZURE_SCRATCH_WORDS: ReadonlySet<string> = new Set([...SCRATCH_WORDS_BUT_CI].filter((w) => w !== 'sandbox' && w !== 'playground'));
export function scratchNamedAzureResource(name: string): boolean {
  return namesDisposable(name, AZURE_SCRATCH_WORDS) && !namesSharedCiResource(name);
}
const AZURE_SCRATCH_DELETE = new RegExp(`^az (${AZURE_SCRATCH_KINDS.map((k) => k.az).join('|')}) delete\\b`);
const MACHINE_DELETE = /^(gcloud compute instances delete|az vm delete|hcloud server delete|doctl compute droplet delete)\b/;
/**
 * Answer 190's kinds outside Azure (round 30), each deleted singly by its own name: images and instance or launch
 * templates, Kubernetes and ECS clusters, stacks, functions, services, jobs and model endpoints, Pub/Sub topics and
 * subscriptions (as answer 316's SNS topics and SQS queues), security groups (AWS refuses one in use, and a group only
 * allows), alarms, image repositories, SES email templates (round 40, bl40comms). By the AWS option that names it (AWS_SCRATCH_NAME_OPTION) or gcloud's and the
 * others' operand. Not data stores (decision 36), not firewall rules (one may deny), not secrets or keys (a credential).
 */
const SCRATCH_KIND_DELETE = /^(gcloud compute (images|instance-templates) delete|gcloud container clusters delete|gcloud (functions|run services|run jobs|pubsub topics|pubsub subscriptions) delete|az image delete|doctl kubernetes cluster delete|sam delete|aws (cloudformation delete-stack|lambda delete-function|ecs delete-(service|cluster)|eks delete-cluster|ec2 delete-(security-group|launch-template)|cloudwatch delete-alarms|ecr delete-repository|sagemaker delete-endpoint|sesv2 delete-email-template|ses delete-template))\b/;
const AWS_SCRATCH_NAME_OPTION: Readonly<Record<string, string>> = {
  'aws cloudformation delete-stack': '--stack-name', 'aws lambda delete-function': '--function-name', 'aws ecs delete-service': '--service',
  'aws ecs delete-cluster': '--cluster', 'aws eks delete-cluster': '--name', 'aws ec2 delete-security-group': '--group-name',
  'aws ec2 delete-launch-template': '--launch-template-name', 'aws cloudwatch delete-alarms': '--alarm-names',
  'aws ecr delete-repository': '--repository-name', 'aws sagemaker delete-endpoint': '--endpoint-name',
  // Round 40 (bl40comms): an SES email template named test.
  'aws sesv2 delete-email-template': '--template-name', 'aws ses delete-template': '--template-name',
};
// The lead's answer 145 (round 24): a project named for a sandbox by a whole word (`acme-sandbox-jdoe`), deleted singly by
// that name, under the same conditions: a personal sandbox, and a deleted project is restorable for 30 days.
const PROJECT_DELETE = /^gcloud projects delete\b/;
const SANDBOX_WORDS: ReadonlySet<string> = new Set(['sandbox']);
function scratchMachine(inv: Invocation, label: string, names: readonly string[]): boolean {
  // A machine by test-data.ts's namesScratchMachine (not `sandbox` alone: answer 216). The kinds beyond machines take
  // answer 190's words: not `ci` or `e2e` alone (`ci-notifier` is CI's own, long-lived).
  const words = MACHINE_DELETE.test(label) ? MACHINE_SCRATCH_WORDS : SCRATCH_KIND_DELETE.test(label) ? AZURE_SCRATCH_WORDS : PROJECT_DELETE.test(label) ? SANDBOX_WORDS : null;
  if (words === null || names.length !== 1) return false;
  if (words === MACHINE_SCRATCH_WORDS ? !namesScratchMachine(names[0]!) : !namesDisposable(names[0]!, words) || namesSharedCiResource(names[0]!)) return false;
  return !invocationNamesLiveTier(inv, true);
}

/**
 * The lead's answer 316 (round 29): an SNS topic named for tests by answer 72's words (namesTestResource), deleted by its
 * fixed ARN (`arn:aws:sns:REGION:ACCOUNT:NAME`), is one scratch resource by its own name; not when any word of the input
 * names production or staging. SQS queues no longer: a queue purged or deleted loses its messages whatever its name says
 * (the lead's answers 395.4 and 399.2 withdrew 258's and 316's test-named queues).
 */
function testTopic(inv: Invocation, label: string): string | null {
  if (label !== 'aws sns delete-topic' || inv.args.some((a) => a.value === null) || invocationNamesLiveTier(inv, true)) return null;
  const topic = /^arn:aws[\w-]*:sns:[\w-]+:\d{12}:([\w-]{1,256}?)(?:\.fifo)?$/.exec(optionValue(inv.args, '--topic-arn') ?? '')?.[1];
  return topic !== undefined && namesTestResource(topic) ? topic : null;
}
/** A queue's or topic's own name that says a test's (answer 72's words), not one every CI run shares nor a tier's or a kept one. */
function namesTestResource(name: string): boolean {
  return namesDisposable(name) && !namesSharedCiResource(name) && !namesTierOrKept(name);
}

/**
 * The lead's answers 54, 58 and 60: a profile whose name says the account is scratch (`--profile ci-ephemeral`,
 * `AWS_PROFILE=ci`, the session's profile) holds what is made to be thrown away. Instances terminated (`aws ec2
 * terminate-instances`) under a whole word `ci`, `ephemeral`, `scratch` or `test` (answer 54); every other delete
 * (stacks, buckets, databases, queues, functions: answer 60) under `ephemeral` or `scratch`, not identities or
 * permissions (a role deleted locks out whatever still uses it). A bare `ci` (`--profile ci`, `ci-deploy`) names the CI
 * system's credentials, which often deploy to long-lived accounts, not a scratch account (answer 64). Not when the input names production or staging anywhere
 * (a profile `prod-ci`, a database `prod-db`), an account the inventory calls production or staging, or words we cannot
 * read. Returns the profile, or null.
 */
const SCRATCH_INSTANCE_WORD = /^(ci|ephemeral|scratch|test)$/;
const SCRATCH_ACCOUNT_WORD = /^(ephemeral|scratch)$/;
function scratchAccountDelete(inv: Invocation, label: string, scratchWord: RegExp): string | null {
  if (inv.args.some((a) => a.value === null)) return null;
  const profile = optionValue(inv.args, '--profile') ?? envVar(inv, 'AWS_PROFILE') ?? inv.env.ctx.awsProfile;
  if (!label.startsWith('aws ') || typeof profile !== 'string' || !profile.toLowerCase().split(/[-_.]/).some((w) => scratchWord.test(w))) return null;
  if (inv.env.source.split(/[\s'"=/,:;|&()<>]+/).some((w) => { const tier = heuristicEnvironment(w); return tier === 'production' || tier === 'staging'; })) return null;
  if (targetsLiveTier(inv.env.inventory, inv.env.b.targets)) return null;
  return profile;
}
function scratchAccountOperation(inv: Invocation, label: string, op: string, identity: boolean): string | null {
  if (label === 'aws ec2 terminate-instances') return scratchAccountDelete(inv, label, SCRATCH_INSTANCE_WORD);
  return identity || PERMISSION_OP.test(op) ? null : scratchAccountDelete(inv, label, SCRATCH_ACCOUNT_WORD);
}

/**
 * Encryption in transit weakened by a version or mode option (each CLI's reference): a minimum TLS version of 1.0 or 1.1
 * (az `storage account update --min-tls-version TLS1_0`, `webapp config set --min-tls-version 1.0`, `sql server update
 * --minimal-tls-version 1.1`), Cloud SQL `--ssl-mode=ALLOW_UNENCRYPTED_AND_ENCRYPTED` (plain connections accepted).
 */
const TLS_VERSION_OPTION = /^--(min-tls-version|minimal-tls-version|min-tls|tls-version)$/;
const OLD_TLS = /^(tls)?1[._]?[01]$/i;
const PLAIN_ALLOWED = /^ALLOW_UNENCRYPTED_AND_ENCRYPTED$/i;

/**
 * Automated backups or snapshots switched off by a retention of zero (each CLI's reference: RDS, DocumentDB and Neptune
 * `--backup-retention-period 0`, ElastiCache and MemoryDB `--snapshot-retention-limit 0`, Redshift
 * `--automated-snapshot-retention-period 0`): no new backup is taken and the automated ones are deleted.
 */
const BACKUP_RETENTION_OPTION = /^--[\w-]*(backup|snapshot)[\w-]*retention[\w-]*$/;
/**
 * Point-in-time restore retention cut to its floor (the lead's answer 54: 1 day or less is backups off): Azure SQL's
 * short-term retention (`az sql db str-policy set`, `sql midb short-term-retention-policy set --retention-days 1`: the
 * restore points older than a day are gone), Cloud SQL's `--retained-transaction-log-days=1`, DynamoDB's
 * `--point-in-time-recovery-specification …RecoveryPeriodInDays=1`. The RDS-style options above stay read at 0.
 */
const PITR_RETENTION = (label: string, option: string): boolean =>
  (option === '--retention-days' && /\b(str-policy|short-term-retention-policy)\b/.test(label)) || option === '--retained-transaction-log-days';
const PITR_DAYS_IN_SPEC = /RecoveryPeriodInDays"?\s*[=:]\s*"?([01])\b/;

function transportAndBackups(inv: Invocation, op: string, label: string): void {
  const b = inv.env.b;
  if (READ_OP.test(op)) return;
  for (let i = 0; i < inv.args.length; i++) {
    const m = /^(--[\w-]+)(?:=(.*))?$/s.exec(inv.args[i]!.value ?? '');
    if (!m) continue;
    const v = m[2] ?? inv.args[i + 1]?.value;
    if (typeof v !== 'string') continue;
    if ((TLS_VERSION_OPTION.test(m[1]!) && OLD_TLS.test(v)) || (m[1] === '--ssl-mode' && PLAIN_ALLOWED.test(v))) b.destroy('safeguard_off', `\`${label}\` (\`${m[1]} ${v}\`) accepts connections without current encryption`, inv.span);
    if (BACKUP_RETENTION_OPTION.test(m[1]!) && v === '0') b.destroy('backups_off', `\`${label}\` (\`${m[1]} 0\`) switches off automated backups and deletes them`, inv.span);
    else if ((PITR_RETENTION(label, m[1]!) && /^[01]$/.test(v)) || (m[1] === '--point-in-time-recovery-specification' && PITR_DAYS_IN_SPEC.test(v))) {
      b.destroy('backups_off', `\`${label}\` (\`${m[1]} ${v.slice(0, 60)}\`) cuts point-in-time restore to a day or less: the older restore points are deleted`, inv.span);
    }
  }
}

/** A tier where scaling to zero parks rather than takes out of service: staging (round 15) and dev (round 17, decision 28). */
/**
 * A dev machine or web app stopped gracefully is parked (the lead's decisions of rounds 15 and 16: `Stop-VM`, `Stop-AzVM`
 * and `Stop-AzWebApp` of what every name says is dev are writes; decision 28 parks dev scaled to zero): in the cloud CLIs,
 * `gcloud compute instances stop dev-ana-ws --project acme-dev`, `az vm deallocate -g rg-dev -n vm-dev-01`, `aws ec2
 * stop-instances` under a dev profile, `hcloud server shutdown dev-ana`, a dev notebook machine, `az aks stop` of a dev
 * cluster (its state kept, as a local cluster's `minikube stop`) (round 30). Starting it brings it back with its
 * disks. Every target's environment is dev and nothing names production or staging, every word fixed; not a power cut
 * (`poweroff`, `power-off`, `--force`), a hibernation, a suspend, nor a database (b13-cloud2-rds-stop: a dev database
 * stopped stays an outage, its other users cut off).
 */
const DEV_STOPPABLE = /^(aws ec2 stop-instances|aws sagemaker stop-notebook-instance|gcloud compute instances stop|gcloud (workbench|notebooks) instances stop|az (vm (stop|deallocate)|webapp stop|functionapp stop|aks stop)|hcloud server shutdown|doctl compute droplet-action shutdown)(\s|$)/;
function devStopped(inv: Invocation, label: string, environments: ReadonlyArray<string | null>): boolean {
  const stop = DEV_STOPPABLE.exec(label);
  if (!stop || environments.length === 0 || !environments.every((e) => tierOfEnvironment(inv.env.inventory, e) === 'dev')) return false;
  if (inv.args.some((a) => a.value === null || /^--(force|hibernate)$/.test(a.value)) || invocationNamesLiveTier(inv, true)) return false;
  // What says dev: the project, group or account it lives in, else every machine or app named (`stop vm-dev-1 vm-api-1`
  // with no project is not known to stop dev alone).
  const dev = (w: string | null | undefined): boolean => typeof w === 'string' && tierOfEnvironment(inv.env.inventory, heuristicEnvironment(w)) === 'dev';
  const account = label.startsWith('aws ') ? (optionValue(inv.args, '--profile') ?? envVar(inv, 'AWS_PROFILE') ?? inv.env.ctx.awsProfile) : undefined;
  const names = [...label.slice(stop[1]!.length).split(' ').filter(Boolean), ...optionValues(inv.args, '-n', '--name')];
  return [optionValue(inv.args, '--project'), optionValue(inv.args, '-g', '--resource-group'), account].some(dev) || (names.length > 0 && names.every(dev));
}

function parkedTier(inv: Invocation, environment: string | null): boolean {
  return isStaging(inv.env.inventory, environment) || tierOfEnvironment(inv.env.inventory, environment) === 'dev';
}

/** The options that name what a scale operation resizes (each CLI's reference: ECS `--service`, eksctl `--name`, …). */
const SCALED_NAME_OPTIONS = ['--service', '--name', '-n', '--app', '-a', '--nodegroup', '--nodegroup-name', '--node-pool', '--nodepool-name', '--auto-scaling-group-name'];
/**
 * A pull request's or CI run's own service scaled to zero (`aws ecs update-service --cluster previews --service
 * pr-412-web --desired-count 0`): nobody else is served by it, so it is parked, as staging is (the round-15 decision) and
 * as deleting it would be scratch (scratchNamedDelete). Every name the scale gives is one (namesScratchEnvironment), and
 * no word of the input names production or staging (a preview's service in the production cluster is not known to be
 * alone there).
 */
function scaledPreview(inv: Invocation): boolean {
  if (inv.args.some((a) => a.value === null)) return false;
  const names = SCALED_NAME_OPTIONS.flatMap((o) => optionValues(inv.args, o)).filter((v): v is string => typeof v === 'string');
  if (names.length === 0 || !names.every((n) => namesScratchEnvironment(n))) return false;
  return !invocationNamesLiveTier(inv);
}

/**
 * The lead's answer 192 (round 26): `aws ec2 revoke-security-group-ingress --cidr 0.0.0.0/0 --port 22` closes a database
 * or remote-administration port that every address could reach: access narrowed, as a Revoke- of one grant is. Every rule
 * it names must be one: `--port` (one or a range) and `--cidr` of every address, or `--ip-permissions` shorthand or JSON
 * whose port ranges are all sensitive (onlySensitivePorts) and whose only ranges are `0.0.0.0/0` or `::/0`; nothing naming
 * production. A web port (80, 443) closed to every address takes a public service off, and a narrower source closes
 * someone's access in use: both stay deletes.
 */
function closesWorldOpenAdminPort(inv: Invocation): boolean {
  if (inv.args.some((a) => a.value === null) || invocationNamesLiveTier(inv, true)) return false;
  const port = optionValue(inv.args, '--port');
  const cidr = optionValue(inv.args, '--cidr');
  const perms = optionValue(inv.args, '--ip-permissions');
  if (perms === undefined) return typeof port === 'string' && typeof cidr === 'string' && EVERYONE_ADDRESS.test(cidr) && cidr !== '*' && onlySensitivePorts(port);
  if (port !== undefined || cidr !== undefined || typeof perms !== 'string') return false;
  const ranges = [...perms.matchAll(/Cidr(?:Ip|Ipv6)"?\s*[=:]\s*"?([^",}\]\s]+)/gi)].map((m) => m[1]!);
  const from = [...perms.matchAll(/FromPort"?\s*[=:]\s*"?(\d+)/gi)].map((m) => Number(m[1]));
  const to = [...perms.matchAll(/ToPort"?\s*[=:]\s*"?(\d+)/gi)].map((m) => Number(m[1]));
  if (ranges.length === 0 || from.length === 0 || from.length !== to.length || /(UserIdGroupPairs|PrefixListIds)/i.test(perms)) return false;
  return ranges.every((r) => /^(0\.0\.0\.0\/0|::\/0)$/.test(r)) && from.every((f, i) => onlySensitivePorts(`${f}-${to[i]}`));
}

/**
 * The lead's answer 339 (round 33, y31 question 8): one address's rule revoked (`--cidr 203.0.113.17/32`, or `/128`) narrows
 * access to that address alone, as answer 192's world-open port closed does; nothing may name production or staging.
 */
function revokesOneAddress(inv: Invocation): boolean {
  if (inv.args.some((a) => a.value === null) || invocationNamesLiveTier(inv, true) || optionValue(inv.args, '--ip-permissions') !== undefined) return false;
  const cidr = optionValue(inv.args, '--cidr');
  return typeof cidr === 'string' && /^(\d{1,3}\.){3}\d{1,3}\/32$|^[0-9a-f:]+\/128$/i.test(cidr) && optionValues(inv.args, '--cidr').length === 1;
}

/**
 * Access handed to a principal by a grant each CLI's reference describes (the lead's answer 191, round 26), as data: the
 * operation, and why its options widen access (null when they do not):
 * - AWS KMS `create-grant` whose grantee is a whole account (`arn:aws:iam::ACCOUNT:root`, or the bare account id): every
 *   principal that account's administrators allow may use the key; a grant to one role or user stays a permission change;
 * - IAM `update-assume-role-policy` from a file the input does not show: who may assume the role is not known, so it is
 *   read as widened (fail closed); a document shown in the input is read by what it says (policyLetsAnyoneIn);
 * - Azure Key Vault `set-policy` giving a principal rights beyond reading and using secrets, keys, certificates or storage
 *   accounts, or `get`/`list` on secrets, which reads the credentials themselves (vaultPermissionsWiden, answer 210; the
 *   access policy model has no scope narrower than the vault).
 */
const PRINCIPAL_GRANTS: ReadonlyArray<{ label: RegExp; widens: (inv: Invocation) => string | null }> = [
  { label: /^aws kms create-grant\b/, widens: (inv) => (/^(arn:aws[\w-]*:iam::\d{12}:root|\d{12})$/.test(optionValue(inv.args, '--grantee-principal') ?? '') ? `gives the whole account \`${optionValue(inv.args, '--grantee-principal')}\` the use of the key` : null) },
  { label: /^aws iam update-assume-role-policy\b/, widens: (inv) => (/^fileb?:\/\//.test(optionValue(inv.args, '--policy-document') ?? '') ? `replaces who may assume the role with \`${optionValue(inv.args, '--policy-document')}\`, a trust policy the input does not show` : null) },
  { label: /^az keyvault set-policy\b/, widens: (inv) => vaultPermissionsWiden(vaultPermissionWords(inv)) },
];

/** az's `--secret-permissions get list set` (space-separated, up to the next option) and its key, certificate and storage lists, each with what it is on. */
function vaultPermissionWords(inv: Invocation): VaultGrant[] {
  return vaultGrantsListed(inv.args, (a) => {
    const m = a.value?.startsWith('--') === true ? /^--(secret|key|certificate|storage)-permissions$/.exec(a.value) : undefined;
    return m === undefined ? undefined : m === null ? null : VAULT_LIST[m[1]!]!;
  });
}
const VAULT_LIST: Readonly<Record<string, VaultGrant['on']>> = { secret: 'secrets', key: 'keys', certificate: 'certificates', storage: 'storage' };

/** Shared by every cloud CLI: the operation's verb decides. */
/**
 * An access key replaced (az `storage account keys renew`, `cosmosdb keys regenerate`, `servicebus|eventhubs namespace
 * authorization-rule keys renew`, `redis regenerate-keys`; each reference): the old key stops working at once, so every
 * client that signs in with it fails until it is given the new one. A credential in use switched off (round 28).
 */
const KEY_ROTATE_OP = /^(renew|regenerate)(-keys?)?$/;
const KEY_NOUN = /(^|[\s-])keys?(\s|$)/;
/**
 * Operations whose name says disable but which take what serves off (az references): `containerapp ingress disable` leaves
 * the app with no endpoint, `logic workflow disable` stops its triggers firing. An outage, as AWS_SERVING_DISABLE (round 28).
 * EC2 `disassociate-address` takes a public address off the instance or interface that answers on it (round 30).
 * Round 41 (ol41, cheat.sh's tuned `az vm generalize`): a VM marked generalized cannot be started again (az vm generalize
 * reference: the step before capturing an image; "a generalized VM can no longer be started"): out of service for good.
 */
const SERVING_OFF_LABEL = /^(az (containerapp ingress disable|logic workflow disable|vm generalize)|aws ec2 disassociate-address)(\s|$)/;

/**
 * A registry operation that points a moving tag at another image (moving-tags.ts, the lead's answer 366.3): `aws ecr
 * put-image --image-tag latest`, `gcloud artifacts docker tags add SRC DST:stable`, `az acr import --image app:latest`,
 * `docker buildx imagetools create -t …:latest`.
 */
function retagsMovingTag(inv: Invocation, label: string): boolean {
  const words = label.replace(/`/g, '');
  if (/^aws ecr put-image$/.test(words)) return MOVING_TAG.test(optionValue(inv.args, '--image-tag') ?? '');
  if (/^gcloud (beta |alpha )?artifacts docker tags add\b/.test(words)) return namesMovingTag(lastOperand(inv.args.map((a) => a.value)));
  if (/^az acr import\b/.test(words)) return optionValues(inv.args, '--image', '-t').some((r) => namesMovingTag(r));
  if (/^docker buildx imagetools create\b/.test(words)) return optionValues(inv.args, '--tag', '-t').some((r) => namesMovingTag(r));
  return false;
}

/**
 * `az ad sp|app credential reset --append` (az reference: "Append the new credential instead of overwriting"): a new
 * password or certificate is added beside those in use, which keep working: a write. Without `--append` the reset
 * replaces them, a credential in use switched off, and stays destructive (round 40, ol40: navi-cheats' tuned third).
 */
const CREDENTIAL_RESET_LABEL = /^az ad (sp|app) credential reset(\s|$)/;

export function classifyOperation(inv: Invocation, op: string, label: string, identity: boolean): void {
  const b = inv.env.b;
  const safeguard = inv.args.find((a) => a.value !== null && (SAFEGUARD_OFF.test(a.value) || SAFEGUARD_FLAG_OFF.test(a.value))) ?? safeguardInValue(inv.args, READ_OP.test(op));
  const scratchTopic = op === 'delete-topic' ? testTopic(inv, label) : null;
  if (hardRestart(label)) b.verb('write').finding('hard_restart', `\`${label}\` power-cycles the machine; it comes back with its disks`, inv.span);
  else if (TAG_REMOVAL_OP.test(op)) {
    if (removesPlainTags(inv)) b.verb('write').finding('tags_removed', `\`${label}\` takes named tags off; the resource is untouched`, inv.span);
    else b.verb('write').destroy('safeguard_tags_removed', `\`${label}\` takes off every tag, or one a backup, protection or lifecycle policy selects by`, inv.span);
  }
  else if (CREDENTIAL_RESET_LABEL.test(label) && hasFlag(inv.args, '--append')) {
    b.verb('write').finding('credential_appended', `\`${label} --append\` adds a credential; those in use keep working`, inv.span);
    return;
  } else if (DESTROY_OP.test(op) && scratchAccountOperation(inv, label, op, identity) !== null) {
    b.verb('delete').finding('scratch_delete', `\`${label}\` under the profile \`${scratchAccountOperation(inv, label, op, identity)}\`, an account named ephemeral or scratch (CI, ephemeral, scratch or test for instances): what it holds is made to be thrown away (the lead's answers 54, 58, 60 and 64)`, inv.span);
    return;
  } else if (scratchTopic !== null) {
    b.verb('delete').finding('scratch_delete', `\`${label}\` deletes \`${scratchTopic}\`, a topic named for tests: the next run makes it again (the lead's answers 72 and 316)`, inv.span);
    return;
  } else if (op === 'revoke-security-group-ingress' && closesWorldOpenAdminPort(inv)) {
    b.verb('permissions').finding('access_narrowed', `\`${label}\` closes a database or remote-administration port to every address: access narrowed (the lead's answer 192)`, inv.span);
    return;
  } else if (op === 'revoke-security-group-ingress' && revokesOneAddress(inv)) {
    b.verb('permissions').finding('access_narrowed', `\`${label}\` takes one address's rule out of a security group: access narrowed (the lead's answers 192 and 339)`, inv.span);
    return;
  } else if (DESTROY_OP.test(op) && scratchNamedDelete(inv, label, op)) {
    b.verb('delete').finding('scratch_delete', `\`${label}\` deletes what CI made for one pull request or run: a scratch environment made to be thrown away`, inv.span);
    return;
  } else if (DESTROY_OP.test(op)) {
    b.verb(identity || PERMISSION_OP.test(op) ? 'permissions' : 'delete', 'delete').destroy('cloud_delete', `\`${label}\` deletes`, inv.span);
    b.summary(label);
  } else if (OUTAGE_OP.test(op) && devStopped(inv, label, b.targets.map((t) => t.environment))) {
    b.verb('write').finding('dev_stopped', `\`${label}\` stops what dev runs; starting it brings it back with what it held`, inv.span);
  } else if (OUTAGE_OP.test(op) || SERVING_OFF_LABEL.test(label)) {
    b.verb('write').destroy('service_outage', `\`${label}\` takes it out of service`, inv.span);
    b.summary(label);
  } else if (KEY_ROTATE_OP.test(op) && KEY_NOUN.test(label)) {
    b.verb('permissions').destroy('credential_off', `\`${label}\` replaces an access key: clients holding the old one are cut off`, inv.span);
    b.summary(label);
  } else if (REIMAGE_OP.test(op)) {
    b.verb('replace', 'delete').destroy('disk_reimage', `\`${label}\` replaces the disk with a fresh image`, inv.span);
    b.summary(label);
  } else if (retagsMovingTag(inv, label)) b.verb('write', 'deploy').finding('moving_tag_deploy', `\`${label}\` points a moving tag (\`latest\`, \`stable\` …) at another image: a deploy (answer 366.3)`, inv.span);
  else if (READ_OP.test(op)) b.verb('read');
  else if (identity || PERMISSION_OP.test(op)) b.verb('permissions');
  else if (/^(deploy|create-stack|update-stack|execute-change-set|create-deployment|update-function-code|publish|release|rollout|promote|apply|up|update-service|swap)/.test(op)) b.verb('deploy');
  else if (/^(replace|recreate|restore|rollback|reimage|redeploy)/.test(op)) b.verb('replace', 'deploy');
  else b.verb('write');
  const zero = (SCALE_OP.test(op) ? SCALE_SIZE_OPTIONS.find((n) => optionValue(inv.args, n) === '0') : undefined) ??
    (RESIZING_OP.test(op) ? inv.args.find((a) => a.value !== null && !a.value.startsWith('--') && ZERO_SIZE_IN_DOC.test(a.value))?.value?.slice(0, 40) : undefined);
  // Staging scaled to zero is parked, not lost (the lead's decision, round 15), and so is dev (round 17, decision 28): when
  // every target named is staging or dev.
  if (zero && b.targets.length > 0 && b.targets.every((t) => parkedTier(inv, t.environment))) b.verb('write').finding('scale_zero_parked', `\`${label}\` (\`${zero}\`) parks ${b.targets[0]!.environment}: resizing up brings it back`, inv.span);
  else if (zero && scaledPreview(inv)) b.verb('write').finding('scale_zero_parked', `\`${label}\` (\`${zero}\`) parks a pull request's or CI run's own service: resizing up brings it back`, inv.span);
  else if (zero) b.verb('write').destroy('scale_to_zero', `\`${label}\` (\`${zero}\`) scales it to zero: nothing is left serving`, inv.span);
  for (const o of OUTAGE_OPTION_VALUES) {
    const v = optionValue(inv.args, o.option);
    if (v !== null && v !== undefined && o.value.test(v) && !o.notOn?.test(op)) b.verb('write').destroy('service_outage', `\`${o.option} ${v}\` ${o.why}`, inv.span);
  }
  const dataDelete = dataDeleteOption(inv);
  if (dataDelete) b.verb('delete').destroy('cloud_delete', `\`${dataDelete.text}\` deletes data with the operation`, { start: dataDelete.start, end: dataDelete.end });
  if (safeguard) b.destroy('safeguard_off', `\`${safeguard.value!.slice(0, 60)}\` switches off a safeguard`, { start: safeguard.start, end: safeguard.end });
  // Key and secret rotation are safeguards (`kms disable-key-rotation`, `secretsmanager cancel-rotate-secret`), and an MFA
  // device deactivated (`iam deactivate-mfa-device`) leaves the account behind its password alone.
  if (/disable|suspend|deactivate|cancel-rotate/.test(op) && /(protection|versioning|backup|logging|audit|trail|snapshot|retention|encryption|mfa|rotat|alarm|alert|monitor|dnssec|transfer-lock|auto-renew)/.test(op)) b.destroy('safeguard_off', `\`${label}\` switches off a safeguard`, inv.span);
  if (/^(disassociate|detach|remove)-[\w-]*(web-acl|waf|firewall|security-polic|shield)/.test(op)) b.destroy('safeguard_off', `\`${label}\` takes the firewall or WAF protection off the resource`, inv.span);
  networkSafeguards(inv, label);
  transportAndBackups(inv, op, label);
  if (GUARDING.test(label) && (inv.args.some((a) => a.value !== null && SWITCHED_OFF.test(a.value)) || optionValue(inv.args, '--enabled') === 'false')) b.destroy('safeguard_off', `\`${label}\` switches a safeguard off`, inv.span);
  accessEffects(inv, op, label);
}

/** Options that attach a protection (a WAF or Cloud Armor policy, a firewall policy): set to nothing, the protection is detached. */
const PROTECTION_OPTION = /^--(security-policy|edge-security-policy|web-acl-id|web-acl-arn|waf-policy|firewall-policy|ddos-protection-plan)$/;
/** Options named for a safeguard whose value switches it off (`gcloud dns managed-zones update --dnssec-state off`). */
const NETWORK_STATE_OPTION = /^--[\w-]*(dnssec|deletion-protection|termination-protection|transfer-lock)[\w-]*$/;
/** A key/value attribute pair that switches a safeguard off (ELB `Key=deletion_protection.enabled,Value=false`, JSON alike). */
const ATTRIBUTE_OFF = /"?Key"?\s*[=:]\s*"?([\w.-]*(protection|access_logs|connection_logs|logging|encryption|versioning|backup|waf)[\w.-]*)"?\s*,\s*"?Value"?\s*[=:]\s*"?(false|off|disabled?)\b/i;
/** Options holding a list a firewall or WAF filters by: given an empty list, the set is emptied (`wafv2 update-ip-set --addresses '[]'`). */
const FILTER_LIST_OPTION = /^--(addresses|regular-expression-list|ip-set-descriptors)$/;

/**
 * Edge and network protections switched off through an operation's options: a protection policy detached (an empty
 * `--security-policy`), a safeguard's state option off (`--dnssec-state off`), an attribute pair set to false, a filter
 * list emptied.
 */
function networkSafeguards(inv: Invocation, label: string): void {
  const b = inv.env.b;
  for (let i = 0; i < inv.args.length; i++) {
    const a = inv.args[i]!.value;
    if (a === null) continue;
    const m = /^(--[\w-]+)(?:=(.*))?$/s.exec(a);
    if (m) {
      const v = m[2] ?? (inv.args[i + 1] ? inv.args[i + 1]!.value : undefined);
      if (PROTECTION_OPTION.test(m[1]!) && v !== undefined && v !== null && /^\s*$/.test(v)) b.destroy('safeguard_off', `\`${label}\`: an empty \`${m[1]}\` detaches the protection policy`, inv.span);
      // az `aks update --api-server-authorized-ip-ranges ""` removes the API server's allow-list (az aks reference).
      if (/^--api-server-authorized-ip-ranges$/.test(m[1]!) && v !== undefined && v !== null && /^\s*$/.test(v)) b.destroy('safeguard_off', `\`${label}\`: an empty \`${m[1]}\` opens the API server to every address`, inv.span);
      if (NETWORK_STATE_OPTION.test(m[1]!) && v && /^(off|false|disabled?|no|unlocked)$/i.test(v)) b.destroy('safeguard_off', `\`${m[1]} ${v}\` switches off a safeguard`, inv.span);
      if (FILTER_LIST_OPTION.test(m[1]!) && v !== undefined && v !== null && /^\s*(\[\s*\]|)\s*$/.test(v)) b.verb('replace').destroy('filter_list_emptied', `\`${label}\`: an empty \`${m[1]}\` removes every entry of the list`, inv.span);
    }
    const attr = ATTRIBUTE_OFF.exec(a);
    if (attr) b.destroy('safeguard_off', `\`${attr[1]}\` set to \`${attr[3]}\` switches off a safeguard`, inv.span);
  }
}

/**
 * Alerting and log export are safeguards too: `aws cloudwatch disable-alarm-actions` (above), an alarm, alert rule,
 * monitoring policy or log sink switched off by its enabled option (`gcloud alpha monitoring policies update --no-enabled`,
 * `aws cloudwatch put-metric-alarm --no-actions-enabled`, `az monitor metrics alert update --enabled false`, `gcloud
 * logging sinks update --disabled`: the sink exports nothing), and a Route 53 health check disabled (`update-health-check
 * --disabled`: "considered healthy", so DNS failover no longer happens).
 */
const GUARDING = /alarm|alert|monitor|health-check|logging|audit|trail/;
const SWITCHED_OFF = /^--(no-enabled|no-actions-enabled|actions-enabled=false|enabled=false|disabled)$/;

/**
 * The resource that holds what a gcloud command acts on, which names its environment as `--cluster` does (gcloud
 * reference): a Spanner database's `--instance`, a KMS key's `--keyring`, and the instance of `sql export|import FORMAT
 * INSTANCE URI` (its first operand after the format).
 */
function parentClues(inv: Invocation, words: string[], opIndex: number) {
  const sqlTransfer = words[0] === 'sql' && /^(export|import)$/.test(words[opIndex] ?? '') ? words[opIndex + 2] : undefined;
  // Round 43 (bl43med): Cloud Healthcare's stores are named inside their dataset (`healthcare fhir-stores delete S
  // --dataset=clinical-prod`, gcloud healthcare reference): the dataset names where the store lives, as `--instance` does.
  return [clue('names', optionValue(inv.args, '--instance')), clue('names', optionValue(inv.args, '--keyring')), clue('names', sqlTransfer), clue('names', optionValue(inv.args, '--dataset'))];
}

/**
 * gcloud's read commands that are leaves, never a group (gcloud reference: `describe`, `list`, `get-iam-policy`,
 * `get-serial-port-output`, `logs read|tail`): the word after one is its operand, a resource whose name may start with a
 * delete word (`compute instances describe release-runner-1`, `functions describe purge-cache`), not a verb (round 33).
 */
const GCLOUD_LEAF_READ = /^(describe|list|read|tail|get-[\w-]+|list-[\w-]+|describe-[\w-]+|show-[\w-]+|print-[\w-]+|check-[\w-]+|search-[\w-]+|lookup|simulate|validate|wait)$/;

/**
 * gcloud commands that run a job already defined by its name (gcloud run jobs execute, gcloud scheduler jobs run; answer
 * 364.3: gcloud workflows run|execute, which runs a workflow's deployed definition).
 */
const GCLOUD_JOB_RUNS = ['run jobs execute', 'scheduler jobs run', 'workflows run', 'workflows execute'];

/**
 * The CLI's own local installation and state (each CLI's reference, round 37): SDK components (`gcloud components remove`),
 * the component repositories it installs from (`gcloud components repositories remove URL`, answer 382.4: a local
 * source list), CLI extensions and plugins (`az extension remove`, `az bicep uninstall`, `heroku plugins:uninstall`, `sfdx
 * plugins:uninstall`, `stripe plugin uninstall`, `twilio plugins:remove`, `doctl serverless uninstall`), a named local
 * configuration (`gcloud config configurations delete`: properties, not credentials) and the CLI's object cache (`az cache
 * delete|purge`, "CLI objects cached using the --defer argument"). Removed, they are installed or rebuilt again by the same
 * tool, as a package manager's uninstall (the lead's answer 374.3); nothing in the cloud changes.
 */
const CLI_LOCAL_TOOLING: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = {
  gcloud: [['components', 'remove'], ['components', 'repositories', 'remove'], ['config', 'configurations', 'delete']],
  az: [['extension', 'remove'], ['bicep', 'uninstall'], ['cache', 'delete'], ['cache', 'purge']],
  heroku: [['plugins:uninstall'], ['plugins:remove'], ['plugins:unlink']],
  sfdx: [['plugins:uninstall'], ['plugins:unlink']],
  stripe: [['plugin', 'uninstall']],
  twilio: [['plugins:remove'], ['plugins:uninstall']],
  doctl: [['serverless', 'uninstall']],
};

/** An App Engine version id (App Engine reference: lowercase letters, digits and hyphens, at most 63, not `default`/`latest`). */
const APP_ENGINE_VERSION = /^(?!(default|latest)$)(?!ah-)[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * One member taken out of a load balancer's pool (the lead's answer 385.2, round 38, after 337 and 379.5), gcloud's side:
 * `compute backend-services remove-backend SERVICE --instance-group=G | --network-endpoint-group=N` removes one backend
 * group (each call takes one; gcloud reference), and `compute target-pools remove-instances POOL --instances=I` with one
 * instance. The service keeps serving from its other backends and `add-backend` puts the group back: a write. `option`:
 * the options naming the member; exactly one of them, given once, one fixed value without a comma.
 */
const GCLOUD_ONE_POOL_MEMBER: ReadonlyArray<{ command: readonly string[]; options: readonly string[] }> = [
  { command: ['compute', 'backend-services', 'remove-backend'], options: ['--instance-group', '--network-endpoint-group'] },
  { command: ['compute', 'target-pools', 'remove-instances'], options: ['--instances'] },
];

/** The one member a GCLOUD_ONE_POOL_MEMBER command takes out of its pool, or null when it names none, several or an unfixed one. */
function gcloudOnePoolMember(inv: Invocation, words: readonly string[]): string | null {
  const rule = GCLOUD_ONE_POOL_MEMBER.find((r) => r.command.every((w, i) => words[i] === w));
  if (rule === undefined || inv.args.some((a) => a.value === null)) return null;
  const values = rule.options.flatMap((o) => optionValues(inv.args, o));
  if (values.length !== 1 || typeof values[0] !== 'string' || values[0].includes(',') || values[0] === '') return null;
  return values[0];
}

/** A removal of the CLI's own local tooling (CLI_LOCAL_TOOLING): judged a write, with its finding. */
function localToolingRemoved(inv: Invocation, words: readonly string[]): boolean {
  const command = CLI_LOCAL_TOOLING[inv.name]?.find((c) => c.every((w, i) => words[i] === w));
  if (command === undefined) return false;
  inv.env.b.verb('write').finding('cli_local_tooling', `\`${inv.name} ${command.join(' ')}\` removes the CLI's own local component, plugin, configuration or cache, installed or rebuilt again by the same tool`, inv.span);
  return true;
}

export function gcloud(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, new Set(['--project', '--region', '--zone', '--format', '--filter', '--account', '--configuration', '--impersonate-service-account', '--limit', '--sort-by', '--member', '--role']));
  // A release track (`gcloud beta run services delete`) comes before the group: without it, `run` read as the operation.
  const words = pos.map((p) => p.value ?? '?').filter((w, i) => !(i === 0 && /^(alpha|beta|preview)$/.test(w)));
  if (localToolingRemoved(inv, words)) return;
  // A service account's email names its project when the command acts on that account (`--iam-account`, an operand of
  // `iam service-accounts`): not the account that signs the call (`--account`, `--impersonate-service-account`) nor one
  // granted a role (`--member=serviceAccount:…`), which act on or in another project.
  const accountProject = inv.args.map((a, i) => (i > 0 && /^--(account|impersonate-service-account|member)$/.test(inv.args[i - 1]!.value ?? '') ? undefined : /^(?:--iam-account=)?[\w.-]+@([a-z][a-z0-9-]{4,28}[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(a.value ?? '')?.[1])).find((p) => p !== undefined);
  // `gcloud config set project NAME` (gcloud config set reference: `core/project`) makes NAME the project of the commands
  // after it: its name says their environment, as `az account set` and `Set-AzContext` do.
  const configProject = words[0] === 'config' && words[1] === 'set' && /^(core\/)?project$/.test(words[2] ?? '') ? words[3] : undefined;
  const project = optionValue(inv.args, '--project') ?? configProject ?? envVar(inv, 'CLOUDSDK_CORE_PROJECT') ?? accountProject;
  // Outage verbs too (`scheduler jobs pause`, `tasks queues pause`: OUTAGE_OP), or the operand after them is read as the operation.
  const firstOp = words.findIndex((w, i) => i > 0 && (DESTROY_OP.test(w) || READ_OP.test(w) || OUTAGE_OP.test(w) || /^(create|update|deploy|patch|set|add|enable|disable|resize|upgrade|start|resume|restart|import|export|promote|failover|rollback|ssh|scp|run|apply|submit)(?=$|-)/.test(w) || w === 'execute' || PERMISSION_OP.test(w)));
  // A command group whose name is a read word, followed by its delete verb (`logging logs delete LOG`: Cloud Logging's
  // "deletes all entries from a log"): the verb is the operation, not the group.
  // Round 42 (bl42pki): a command group named for policies (`dns policies delete`, `dns response-policies delete`,
  // `compute security-policies delete`) is a group too: PERMISSION_OP's `policies` matched it, so the delete after it was
  // never read (Cloud DNS server policies and response policies, Cloud Armor policies deleted were writes).
  const groupThenDestroy = (w: string) => (READ_OP.test(w) && !GCLOUD_LEAF_READ.test(w)) || (/^([a-z]+-)*polic(y|ies)$/.test(w) && !DESTROY_OP.test(w));
  const opIndex = firstOp !== -1 && groupThenDestroy(words[firstOp]!) && DESTROY_OP.test(words[firstOp + 1] ?? '') ? firstOp + 1 : firstOp;
  const op = opIndex === -1 ? (words[words.length - 1] ?? '?') : words[opIndex]!;
  const resource = opIndex === -1 ? '?' : (words[opIndex + 1] ?? words.slice(0, opIndex).join('.'));
  // A node pool's or workload's cluster (`container node-pools delete POOL --cluster prod-gke`) names where it runs.
  b.target(envTarget(inv, 'cloud', `gcp:${project ?? '?'}:${words.slice(0, opIndex === -1 ? words.length : opIndex).join('.')}/${resource}`, [clue('gcp_projects', project), clue('names', project), clue('names', resource), clue('names', optionValue(inv.args, '--cluster')), ...parentClues(inv, words, opIndex), ...environmentOptionClues(inv)]));
  // `gcloud storage rsync|cp|mv|rm --dry-run` (and other commands' `--dry-run`) only report what would happen.
  if (hasFlag(inv.args, '--dry-run') && !inv.args.some((a) => a.value === '--dry-run=false')) {
    b.verb('read').finding('dry_run', 'dry run changes nothing');
    return;
  }
  // `gcloud auth revoke` and `auth application-default revoke` sign this machine out (its stored credentials are removed
  // and their tokens revoked); the account and its keys stay, and `gcloud auth login` signs in again: a logout.
  if (words[0] === 'auth' && (words[1] === 'revoke' || (words[1] === 'application-default' && words[2] === 'revoke'))) {
    b.verb('write').finding('logout', '`gcloud auth … revoke` signs this machine out; the account is untouched', inv.span);
    return;
  }
  // `gcloud storage` commands are one word after the group, whatever their operands look like.
  if (words[0] === 'storage' && words[1] === 'rsync' && hasFlag(inv.args, '--delete-unmatched-destination-objects')) {
    // The lead's answer 92: onto a pull request's or CI run's own bucket or prefix (disposablePrefix), as `aws s3 sync
    // --delete` and `gsutil rsync -d` read it, only that preview's objects go (round 26).
    const dest = positionals(inv.args).filter((w) => w.value !== 'storage' && w.value !== 'rsync').at(-1);
    if (dest !== undefined && !dest.glob && dest.value !== null && disposablePrefix(dest.value) !== null && !invocationNamesLiveTier(inv)) {
      b.verb('delete').finding('gcloud_rsync_preview', `\`gcloud storage rsync --delete-unmatched-destination-objects\`: ${disposablePrefix(dest.value)}`, inv.span);
      return;
    }
    b.verb('delete').destroy('gcloud_rsync_delete', 'deletes objects missing from the source', inv.span);
    return;
  }
  // Objects under a build cache, a temporary, pull request's or CI run's prefix (`gcloud storage rm gs://ci/tmp/build-88/**`):
  // the same caches and scratch prefixes as `aws s3 rm` (underCachePrefix, disposablePrefix), when every URL is one;
  // gcloud's own wildcards (`**`, quoted, or a last one unquoted) stay under the prefix, another shell glob is not read.
  // `gcloud storage buckets delete URL…` is `rb` by another name (gcloud storage reference): a pull request's or CI run's
  // own bucket (`gs://acme-tmp-pr-88`, answer 84) is read as `gsutil rb` of it is.
  const bucketsDelete = words[0] === 'storage' && words[1] === 'buckets' && op === 'delete';
  const urls = pos.slice(bucketsDelete ? 3 : 2).filter((p) => p.value === null || !p.value.startsWith('-'));
  // An unquoted `gs://…/**` reaches gcloud as written (no local path starts `gs:`), so gcloud's own wildcard is read (round 27).
  const disposable = (p: (typeof urls)[number]) => (!p.glob || /^gs:\/\/[^*?[]+\/\*\*?$/.test(p.value ?? '') || disposablePrefix(p.value) !== null) && p.value !== null && (underCachePrefix(p.value) || disposablePrefix(p.value) !== null);
  if (words[0] === 'storage' && (op === 'rm' || op === 'rb' || bucketsDelete) && urls.length > 0 && urls.every(disposable)) {
    b.verb('delete').finding('gcloud_storage_scratch_delete', `\`gcloud storage ${op}\`: ${urls.map((p) => disposablePrefix(p.value!) ?? `\`${p.value}\` is a build cache`).join('; ')}`, inv.span);
    return;
  }
  // One object by name in a bucket named for keeping versions (versionedBucketObject), as `aws s3 rm` of it.
  if (words[0] === 'storage' && op === 'rm' && urls.length > 0 && !urls.some((p) => p.glob) && !hasFlag(inv.args, '-r', '-R', '--recursive', '-a', '--all-versions') && urls.every((p) => versionedBucketObject(p.value) !== null)) {
    b.verb('delete').finding('versioned_object_delete', `\`gcloud storage rm\`: ${urls.map((p) => versionedBucketObject(p.value)).join('; ')}`, inv.span);
    return;
  }
  if (words[0] === 'storage' && (op === 'rm' || op === 'rb')) {
    b.verb('delete').destroy('gcloud_storage_delete', `\`gcloud storage ${op}\``, inv.span);
    return;
  }
  // Seeking a subscription to a time marks every retained message published before it acknowledged (Pub/Sub seek docs):
  // the backlog older than the time is gone. Seeking to a snapshot restores the snapshot's acknowledgement state.
  // A time the input does not fix (`--time=$(date -d '+1 day' …)`: a glued word optionValue skips) may be any time (round 28).
  if (words[0] === 'pubsub' && words[1] === 'subscriptions' && words[2] === 'seek' && (optionValue(inv.args, '--time') !== undefined || inv.args.some((a) => a.value === null && a.text.startsWith('--time=')))) {
    // The lead's answer 339 (round 33, y31 question 9): a subscription named for a test (`orders-sub-test-8812`, answer 72's
    // words as a test queue's, namesTestResource) in a project that is not production's or staging's: test messages.
    const subscription = words[3];
    if (subscription !== undefined && words.length === 4 && namesTestResource(subscription) && !inv.args.some((a) => a.value === null) && !invocationNamesLiveTier(inv, true)) {
      b.verb('write').finding('pubsub_seek_test', `\`gcloud pubsub subscriptions seek ${subscription}\` acknowledges the older messages of a subscription named for tests (the lead's answers 72 and 339)`, inv.span);
      return;
    }
    const when = seekTime(optionValue(inv.args, '--time'));
    if (when === 'future') b.verb('write', 'delete').destroy('pubsub_seek_future', '`gcloud pubsub subscriptions seek --time` to a time not yet come acknowledges the whole backlog: the subscription is emptied (the lead\'s answer 412.2)', inv.span);
    else b.verb('write', 'delete').destroy('pubsub_seek_ack', `\`gcloud pubsub subscriptions seek --time\` acknowledges every message published before ${when === 'past' ? 'the time' : 'a time the line does not fix'}: what of the backlog is older is dropped (answer 339)`, inv.span);
    return;
  }
  // The lead's answer 350.2 (round 34): `run jobs execute JOB` runs a Cloud Run job as `scheduler jobs run JOB` runs a
  // scheduled one (their references): a write, whatever the job's name; the job's code is not in the action, so one named
  // for destroying (`purge-expired-sessions`) is answer 336.7's unseen script. Every operand is read (`--location` and
  // `--region` values among them), so the name is found wherever it stands.
  const jobRun = GCLOUD_JOB_RUNS.find((r) => words.slice(0, r.split(' ').length).join(' ') === r);
  if (jobRun !== undefined) {
    b.verb('write', 'exec');
    words.slice(jobRun.split(' ').length).some((w) => judgeDestroyNamedScript(inv, w, `\`gcloud ${jobRun}\` runs a job the action does not show`));
    return;
  }
  if (op === 'ssh' || op === 'scp') {
    b.verb('exec', 'network');
    const cmd = optionValue(inv.args, '--command');
    if (cmd === null) b.opaque('ssh_dynamic_command', 'the remote command is not fixed', inv.span);
    else if (cmd !== undefined) inv.runSource(cmd, null, '`gcloud compute ssh --command`');
    return;
  }
  // Cloud Spanner runs the statements it is given on the database (gcloud spanner reference): `databases execute-sql DB
  // --sql=SQL` (GoogleSQL, as BigQuery's) and `databases ddl update DB --ddl=STATEMENT` (repeatable, or `--ddl-file`, which
  // the action does not show). The statements decide, as `bq query` and `psql -c` do.
  // `gcloud sql import sql INSTANCE gs://…/file.sql` runs the file's statements on the instance's database, and `import
  // bak|tde` restores a SQL Server backup into it (gcloud sql import reference): the file decides, and the action does
  // not show it (an unseen SQL file, as `psql -f` of one; the lead's decision 33 on unseen migrations).
  if (words[0] === 'sql' && words[1] === 'import' && /^(sql|bak|tde)$/.test(words[2] ?? '')) {
    b.verb('write').opaque('sql_unseen', `\`gcloud sql import ${words[2]}\` runs or restores a file that is not part of the action`, inv.span);
    return;
  }
  if (words[0] === 'spanner' && words[1] === 'databases' && (words[2] === 'execute-sql' || (words[2] === 'ddl' && words[3] === 'update'))) {
    const statements = words[2] === 'execute-sql' ? [optionValue(inv.args, '--sql')] : optionValues(inv.args, '--ddl');
    if (statements.length === 0 || statements.some((q) => q === null || q === undefined) || optionValue(inv.args, '--ddl-file') !== undefined) {
      b.opaque('sql_unseen', `\`gcloud ${words.slice(0, 4).join(' ')}\` runs statements that are not part of the action`, inv.span);
      return;
    }
    const database = words[words[2] === 'ddl' ? 4 : 3];
    for (const q of statements) classifySqlInto(q!, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: 'bigquery', host: optionValue(inv.args, '--instance') ?? undefined, database }, b, inv.span);
    return;
  }
  // `gcloud firestore import` and `datastore import` (their references): "if a document with the same ID already exists,
  // the import overwrites it", so what was written since the export is lost in every document it holds (round 28).
  if ((words[0] === 'firestore' || words[0] === 'datastore') && op === 'import') {
    b.verb('write', 'replace').destroy('import_overwrites', `\`gcloud ${words[0]} import\` overwrites the documents the export holds with their older copies`, inv.span);
    return;
  }
  // A disabled key version cannot decrypt (gcloud kms reference), as AWS `kms disable-key` (AWS_SERVING_DISABLE): what it
  // encrypted is unreadable until it is enabled again.
  if (words[0] === 'kms' && words[1] === 'keys' && words[2] === 'versions' && words[3] === 'disable') {
    b.verb('write').destroy('service_outage', '`gcloud kms keys versions disable`: nothing encrypted under the version can be decrypted', inv.span);
    return;
  }
  // `set-iam-policy` replaces the resource's whole policy with the file: every binding the file lacks is removed (gcloud
  // reference, "completely replaces the existing policy").
  if (op === 'set-iam-policy') {
    b.verb('permissions', 'replace').destroy('policy_replace', `\`gcloud ${words.slice(0, opIndex + 1).join(' ')}\` replaces the whole IAM policy`, inv.span);
    return;
  }
  // `gcloud dns record-sets transaction start|add|remove|describe|abort` only edit or read the local transaction file;
  // `execute` applies whatever that file holds, which the action does not show (gcloud dns reference).
  if (words[0] === 'dns' && words[1] === 'record-sets' && words[2] === 'transaction') {
    if (words[3] === 'execute') b.opaque('transaction_unseen', '`gcloud dns record-sets transaction execute` applies the changes staged in a file the action does not show', inv.span);
    else b.verb(words[3] === 'describe' ? 'read' : 'write');
    return;
  }
  // Cloud Run revisions deleted by name (`api-00041-xoz`): Cloud Run refuses to delete a revision that receives traffic
  // ("You cannot delete a revision that is receiving traffic", Cloud Run docs, "Deleting revisions"); an old revision is a
  // recorded configuration, its image stays in the registry (round 24). Every operand a revision's generated name.
  if (words[0] === 'run' && words[1] === 'revisions' && op === 'delete' && words.length > 3 && words.slice(3).every((w) => /^[a-z][a-z0-9-]*-\d{5}-[a-z0-9]{3}$/.test(w))) {
    b.verb('delete').finding('old_revision', `\`gcloud run revisions delete\` deletes revisions that serve no traffic (Cloud Run refuses the others)`, inv.span);
    return;
  }
  // App Engine versions deleted by name: App Engine refuses to delete a version that serves traffic ("cannot delete a
  // version that is receiving traffic", gcloud app versions delete), so what is deleted is an earlier deploy kept as a
  // record, as Cloud Run's old revisions above (round 28). The lead's answer 382.1 (round 38): benign in every tier, by
  // any name (round 28 had read only the deploy's generated timestamp names). Every version a fixed word of a version
  // id's form; a name the input does not fix (`$(gcloud app versions list …)`) or a glob stays a delete.
  const appService = inv.args.findIndex((a) => a.value === '--service' || a.value === '-s');
  const versionWords = pos.slice(words.length === pos.length ? 3 : 4).filter((p) => appService === -1 || p.value !== inv.args[appService + 1]?.value);
  const versions = versionWords.map((p) => (p.glob ? '?' : (p.value ?? '?')));
  if (words[0] === 'app' && words[1] === 'versions' && op === 'delete' && versions.length > 0 && versions.every((w) => APP_ENGINE_VERSION.test(w))) {
    b.verb('delete').finding('old_revision', '`gcloud app versions delete` deletes earlier versions that serve no traffic (App Engine refuses the others)', inv.span);
    return;
  }
  const member = gcloudOnePoolMember(inv, words);
  if (member !== null) {
    b.verb('write').finding('pool_member_removed', `\`gcloud ${words.slice(0, 3).join(' ')}\` takes one member, \`${member}\`, out of the pool; it keeps serving from the others (answers 337, 379.5, 385.2)`, inv.span);
    return;
  }
  // A disabled service account or key cannot authenticate: what runs as it stops (gcloud iam reference).
  if (words[0] === 'iam' && words[1] === 'service-accounts' && op === 'disable') {
    // In a project named for development or test (`ci@shop-dev.iam.gserviceaccount.com`, `--project shop-test`) what
    // stops is a dev or test workload: a write (the lead's round-17 decision 25: destructive outside dev/test).
    // Every project named must be one: the account's own (its e-mail) and the one the call names.
    const named = [optionValue(inv.args, '--project') ?? configProject ?? envVar(inv, 'CLOUDSDK_CORE_PROJECT'), accountProject].filter((p): p is string => typeof p === 'string');
    const dev = named.length > 0 && named.every((p) => tierOfEnvironment(inv.env.inventory, resolveEnvironment(inv.env.inventory, [clue('names', p)])) === 'dev');
    if (dev) {
      b.verb('permissions').finding('service_account_disabled_dev', `\`gcloud iam service-accounts disable\` switches off a service account of \`${project}\`, a dev or test project`, inv.span);
      return;
    }
    b.verb('permissions').destroy('credential_off', `\`gcloud ${words.slice(0, opIndex + 1).join(' ')}\` switches off a credential in use`, inv.span);
    return;
  }
  // The lead's answer 339 (round 33, y31 question 11): one key of a service account in a dev or sandbox project deleted
  // or disabled (`iam service-accounts keys delete KEY --iam-account ci-e2e@acme-sandbox.iam…`): what signs in with it is a
  // dev or test workload, as the account disabled there is (decision 25 above). One fixed key id; every project named dev.
  if (words[0] === 'iam' && words[1] === 'service-accounts' && words[2] === 'keys' && (op === 'delete' || op === 'disable') && words[3] === op && /^[0-9a-f]{40}$/.test(words[4] ?? '') && words.slice(5).every((w) => w.endsWith('.iam.gserviceaccount.com')) && !inv.args.some((a) => a.value === null)) {
    const named = [optionValue(inv.args, '--project') ?? configProject ?? envVar(inv, 'CLOUDSDK_CORE_PROJECT'), accountProject].filter((p): p is string => typeof p === 'string');
    if (accountProject !== undefined && named.every((p) => tierOfEnvironment(inv.env.inventory, resolveEnvironment(inv.env.inventory, [clue('names', p)])) === 'dev')) {
      b.verb('permissions').finding('service_account_key_dev', `\`gcloud iam service-accounts keys ${op}\` takes one key off a service account of \`${accountProject}\`, a dev or sandbox project`, inv.span);
      return;
    }
  }
  // Round 42 (bl42pki): `gcloud dns record-sets delete _acme-challenge.NAME --type=TXT`: the clean-up after a DNS-01 validation.
  if (words[0] === 'dns' && words[1] === 'record-sets' && words[2] === 'delete' && words.slice(4).every((w) => w === optionValue(inv.args, '--type') || w === optionValue(inv.args, '--zone') || w === optionValue(inv.args, '--project')) && acmeChallengeRecord(words[3], optionValue(inv.args, '--type'))) {
    b.verb('delete').finding('acme_challenge_cleanup', `\`gcloud dns record-sets delete ${words[3]}\` deletes an ACME challenge TXT record, the clean-up after a validation`, inv.span);
    return;
  }
  // `gcloud dns record-sets update NAME --type=CNAME|MX|NS --rrdatas=…` (gcloud dns reference): the record's new values.
  if (words[0] === 'dns' && words[1] === 'record-sets' && words[2] === 'update' && /^(CNAME|MX|NS)$/i.test(optionValue(inv.args, '--type') ?? '') && words[3] !== undefined) {
    const rrdatas = (optionValue(inv.args, '--rrdatas') ?? '').split(',').filter((v) => pointsAway(words[3]!, v));
    if (rrdatas.length > 0) {
      b.verb('write').destroy('dns_pointed_away', `\`gcloud dns record-sets update ${words[3]}\` points it at \`${rrdatas[0]}\`: a host outside the zone and the clouds' service domains`, inv.span);
      return;
    }
  }
  const kept = logRetentionDays(inv, `gcloud ${words.join(' ')}`);
  if (kept !== null && kept < RETENTION_KEEP_DAYS) {
    b.verb('write', 'delete').destroy('data_expiry', `\`gcloud ${words.slice(0, 3).join(' ')}\` keeps logs ${kept} days: older entries are deleted`, inv.span);
    return;
  }
  classifyOperation(inv, op, `gcloud ${words.join(' ')}`, words[0] === 'iam' || PERMISSION_OP.test(op));
  if (inv.args.some((a) => a.value === '--no-deletion-protection' || a.value === '--no-backup' || a.value === '--clear-deletion-protection')) b.destroy('safeguard_off', 'switches off a safeguard', inv.span);
}

/** The short forms of az's resource-name options: `-v` `--vault-name`, `-c` `--container-name`, `-i` `--item-name` (az backup, az storage). */
const AZ_SHORT_NAMES = ['-v', '-c', '-i'];

/**
 * az command groups whose name begins like an operation word (az reference): `appservice plan` and `functionapp plan`,
 * `search query-key`, `network lb|application-gateway address-pool` and `network nic ip-config address-pool`,
 * `network application-gateway settings`, `monitor log-analytics query-pack` (and its `query` group), `costmanagement
 * export`. The command's own verb follows (`az appservice plan delete`). Not `config`: `arcdata dc config remove` edits a
 * local configuration file, and `webapp config` groups settings whose removal is judged as an edit.
 */
/** az commands that purge a CDN's cache (az reference: cdn endpoint, afd endpoint, network front-door). */
/** A device method or command named for a factory reset (`factoryReset`, `factory_reset`, `factory-reset`). */
const FACTORY_RESET_METHOD = /^factory[-_]?reset$/i;

const AZ_CACHE_PURGES: ReadonlyArray<readonly string[]> = [['cdn', 'endpoint', 'purge'], ['afd', 'endpoint', 'purge'], ['network', 'front-door', 'purge-endpoint']];

const AZ_VERB_LIKE_GROUPS: ReadonlySet<string> = new Set(['plan', 'query-key', 'address-pool', 'settings', 'query-pack', 'query', 'export']);

/**
 * A full Azure resource ID (`--resource`, `--ids`, `--scope`: `/subscriptions/…/resourceGroups/rg-payments-prod/providers/
 * Microsoft.KeyVault/vaults/kv-pay-prod`) names its resource group and resource as `-g` and `-n` do.
 */
function azureResourceIdNames(inv: Invocation): string[] {
  // One ID only: a dev-named resource listed beside an unnamed one must not make the whole operation dev.
  // A word not fixed in the input may be another ID (`--ids "$ID1" "$ID2"`, a substitution): then it names nothing.
  if (inv.args.some((a) => a.value === null)) return [];
  const ids = inv.args.flatMap((a) => /^(?:--[\w-]+=)?(\/subscriptions\/\S+)$/i.exec(a.value ?? '')?.[1] ?? []);
  if (ids.length !== 1) return [];
  const group = /\/resourceGroups\/([^/]+)/i.exec(ids[0]!)?.[1];
  return [group, ids[0]!.split('/').filter(Boolean).pop()].filter((n): n is string => n !== undefined);
}

/**
 * The lead's answer 118 (round 23): a cloud database or server firewall ALLOW rule whose name says one person's or
 * temporary access (the portal's `ClientIPAddress_…` rules, `temp`, `tmp`, `home`, `laptop`, `dev-ip` as whole words):
 * removed, an access closes, nothing serving stops. Other allow rules (`AllowAllWindowsAzureIps`, an app subnet) stay
 * destructive: an outage.
 */
export function personalAccessRule(name: string): boolean {
  return /^ClientIPAddress_/i.test(name) || /(^|[-_.])(temp|tmp|temporary|home|laptop|dev[-_]ip)([-_.]|$)/i.test(name);
}

export function az(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, new Set(['--subscription', '-g', '--resource-group', '-n', '--name', '-o', '--output', '--query', '--location', '-l', '--assignee', '--role', '--scope', '--ids', ...AZ_SHORT_NAMES]));
  const words = pos.map((p) => p.value ?? '?');
  if (words[0] === 'rest') {
    azRest(inv);
    return;
  }
  if (cloudSqlShell(inv, words) || localToolingRemoved(inv, words)) return;
  // `az account set --subscription|-s|--name|-n SUB` (az account reference) makes SUB the default for the commands after
  // it: its name says their environment as `--subscription` on each would.
  const accountSet = words[0] === 'account' && words[1] === 'set';
  const sub = optionValue(inv.args, '--subscription') ?? (accountSet ? optionValue(inv.args, '-s') ?? optionValue(inv.args, '-n', '--name') : undefined);
  const group = optionValue(inv.args, '-g', '--resource-group');
  const name = optionValue(inv.args, '-n', '--name');
  // `upload` and `publish` are operations too (round 17): `az pipelines runs artifact upload --artifact-name drop` uploads
  // an artifact named `drop` (Azure Pipelines' customary name), which must not be read as the operation.
  const operationWord = (w: string): boolean => DESTROY_OP.test(w) || READ_OP.test(w) || /^(create|update|deploy(?!ment)|set|add|start|stop|deallocate|restart|scale|swap|import|run-command|invoke|enable|disable|upload|publish)/.test(w) || REIMAGE_OP.test(w) || KEY_ROTATE_OP.test(w);
  // A command group named like an operation (AZ_VERB_LIKE_GROUPS: `appservice plan delete`, `search query-key delete`) is
  // followed by the command's own verb: the operation is the next operation word among the command's words (az commands take
  // their values as options: the command's words are those before the first; round 36, o36, made data in round 37).
  const firstOption = inv.args.findIndex((a) => a.value === null || a.value.startsWith('-'));
  const lead = firstOption === -1 ? inv.args.length : firstOption;
  let opIndex = words.findIndex((w, i) => i > 0 && operationWord(w));
  while (opIndex !== -1 && AZ_VERB_LIKE_GROUPS.has(words[opIndex]!)) {
    const next = words.findIndex((w, i) => i > opIndex && i < lead && operationWord(w));
    if (next === -1) break;
    opIndex = next;
  }
  const op = opIndex === -1 ? (words[words.length - 1] ?? '?') : words[opIndex]!;
  // Every `--<resource>-name` (`--vault-name kv-acme-prod`, `--account-name`, `--server-name`) names what is acted on, and
  // so do their short forms (AZ_SHORT_NAMES: `az backup … -v rsv-prod -c vm01 -i vm01`, `az storage blob … -c backups`).
  const resourceNames = inv.args.flatMap((a, i) => (/^--[\w-]+-name$/.test(a.value ?? '') || AZ_SHORT_NAMES.includes(a.value ?? '') ? [inv.args[i + 1]?.value] : /^--[\w-]+-name=/.test(a.value ?? '') ? [a.value!.slice(a.value!.indexOf('=') + 1)] : []));
  // Round 43 (nx43): Device Update's `--instance` (`az iot du … --account A --instance fleet-prod`) names the instance acted on.
  const duInstance = words[0] === 'iot' && words[1] === 'du' ? optionValue(inv.args, '--instance') : undefined;
  b.target(envTarget(inv, 'cloud', `azure:${sub ?? '?'}:${group ?? '?'}/${words.slice(0, opIndex === -1 ? undefined : opIndex).join('.')}/${name ?? '?'}`, [clue('azure_subscriptions', sub), clue('names', sub), clue('names', group), clue('names', name), clue('names', duInstance), ...resourceNames.map((n) => clue('names', n)), ...azureResourceIdNames(inv).map((n) => clue('names', n)), ...environmentOptionClues(inv)]));
  // `az storage blob|file delete-batch|upload-batch|download-batch --dryrun` shows the summary instead of acting.
  if (hasFlag(inv.args, '--dryrun', '--dry-run')) {
    b.verb('read').finding('dry_run', 'dry run changes nothing');
    return;
  }
  // The lead's answer 379.5 (round 37): one backend address removed from a load balancer's pool (`az network lb
  // address-pool address remove --name ADDR`) is one pool member, as one member drained is a write (answer 337); the pool
  // deleted whole (`address-pool delete`) stays destructive.
  if (words.slice(0, 5).join(' ') === 'network lb address-pool address remove' && name !== undefined && name !== null) {
    b.verb('write').finding('pool_member_removed', `\`az network lb address-pool address remove\` takes one backend address, \`${name}\`, out of the pool: one pool member (answers 337, 379.5)`, inv.span);
    return;
  }
  // `az acr run --cmd "acr purge --filter 'REPO:REGEX' --ago 14d" /dev/null` runs ACR's purge command in the registry's task
  // runner (ACR "Automatically purge images"): it deletes every tag, and with `--untagged` every manifest, the filter and
  // age match. A sweep by pattern (the lead's answer 148, a `pr-` filter included); its `--dry-run` only lists, and `--keep N`
  // with N >= 2 keeps each repository's newest N tags: retention, as keeping the newest N snapshots is (answers 218, 234).
  const remoteCmd = words[0] === 'acr' && words[1] === 'run' ? optionValue(inv.args, '--cmd') : undefined;
  if (remoteCmd === null) {
    b.verb('exec').opaque('remote_command_unseen', '`az acr run --cmd` runs a command the input does not fix in the registry\'s task runner', inv.span);
    return;
  }
  if (typeof remoteCmd === 'string' && /(^|[\s;&|])acr\s+purge\b/.test(remoteCmd) && !/\s--dry-run\b/.test(remoteCmd)) {
    const keep = /\s--keep[\s=]+(\d+)\b/.exec(remoteCmd);
    if (keep && Number(keep[1]) >= 2 && !/[;&|`$]/.test(remoteCmd)) {
      b.verb('delete').finding('backup_retention', `\`acr purge --keep ${keep[1]}\` keeps each repository's newest ${keep[1]} tags: retention`, inv.span);
      return;
    }
    b.verb('delete').destroy('registry_purge', `\`az acr run --cmd\` runs \`${remoteCmd.slice(0, 80)}\` in the registry: ACR's purge deletes every tag and manifest its filter and age match`, inv.span);
    return;
  }
  // A pull request's preview group or a CI run's own (`az group delete -n rg-billing-pr-4812`): made to be thrown away.
  if (words[0] === 'group' && op === 'delete' && name && namesScratchEnvironment(name) && !invocationNamesLiveTier(inv)) {
    b.verb('delete').finding('preview_environment_delete', `\`az group delete ${name}\` deletes a pull request's preview or a CI run's group`);
    return;
  }
  // The lead's answer 339 (round 33, y31 question 5): a resource deleted inside such a group (`az storage account delete -n
  // stpr1423preview -g rg-pr-1423`) is the preview's, as the group deleted whole is (answer 84 over decision 36). `delete`
  // itself, every word fixed, nothing naming production or staging, and no name saying the resource is shared with others
  // (`-n aks-shared`, a database on `-s sql-shared-weu`: what is named decides, round 14's and round 18's labels).
  if (op === 'delete' && opIndex > 0 && words[0] !== 'group' && typeof group === 'string' && namesScratchEnvironment(group) && !inv.args.some((a) => a.value === null || /(^|[-_.])(shared|common|global|core|platform)([-_.\d]|$)/i.test(a.value)) && !invocationNamesLiveTier(inv) && !storageAccountNamesProduction(optionValue(inv.args, '--account-name') ?? name)) {
    b.verb('delete').finding('preview_environment_delete', `\`az ${words.slice(0, opIndex + 1).join(' ')}\` deletes a resource of \`${group}\`, a pull request's preview or a CI run's own group`);
    return;
  }
  // A deployment slot named for a pull request or a run (`--slot pr-412`, namesScratchEnvironment) or `preview-N` (the lead's
  // answers 164 and 190), and a Static Web Apps preview environment so named: that preview's, deleted with it. The slot's
  // own name decides (the app is its container, as the corpus labels a pull request's slot of a production app); a slot
  // named for production or staging is not one (round 26: `deployment` was read as a deploy verb, so every slot delete
  // was benign).
  const slot = words.includes('slot') ? optionValue(inv.args, '-s', '--slot') : words[0] === 'staticwebapp' && words[1] === 'environment' ? optionValue(inv.args, '--environment-name') : undefined;
  // One record of a pull request's preview (`network dns record-set cname delete -z acme.dev -n pr-88.preview`): the record
  // CI adds for each preview and removes with it, as Route 53's and Cloud DNS's (scratchRecordName, round 24).
  const zone = words[0] === 'network' && words[1] === 'dns' && words[2] === 'record-set' && op === 'delete' ? optionValue(inv.args, '-z', '--zone-name') : undefined;
  if (typeof zone === 'string' && typeof name === 'string' && name !== '@' && scratchRecordName(`${name}.${zone}`) && !invocationNamesLiveTier(inv)) {
    b.verb('delete').finding('preview_environment_delete', `\`az network dns record-set delete ${name}\` deletes a pull request's preview record in \`${zone}\``, inv.span);
    return;
  }
  // Static Web Apps names each pull request's pre-production environment by the pull request's number (its reference:
  // `https://<SUBDOMAIN-PULL_REQUEST_ID>.<REGION>.azurestaticapps.net`); production is `default`. Whatever the app is named,
  // as a pull request's slot is (the lead's answer 214).
  const swaPullRequest = words[0] === 'staticwebapp' && typeof slot === 'string' && /^\d{1,6}$/.test(slot);
  if (op === 'delete' && typeof slot === 'string' && (namesScratchEnvironment(slot) || namesPreviewNumber(slot) || swaPullRequest)) {
    b.verb('delete').finding('preview_environment_delete', `\`az ${words.join(' ')}\` deletes \`${slot}\`, a pull request's preview slot or environment`, inv.span);
    return;
  }
  // A group named scratch, test or sandbox by a whole word (the lead's answers 72 and 190; AZURE_SCRATCH_KINDS).
  if (words[0] === 'group' && op === 'delete' && name && scratchNamedAzureResource(name) && !invocationNamesLiveTier(inv, true)) {
    b.verb('delete').finding('scratch_delete', `\`az group delete ${name}\` deletes a group its own name marks as scratch, test, sandbox or temporary (the lead's answers 72 and 190)`);
    return;
  }
  // A pull request's image tag (`az acr repository delete|untag --image shop-api:pr-1423`) or its artifacts
  // (`az storage blob delete-batch --pattern 'pr-1423/*'`): made for the pull request and thrown away with it (the lead's
  // decision on PR tags and pr-NNNN, round 15).
  const image = optionValue(inv.args, '--image', '-t');
  const pattern = optionValue(inv.args, '--pattern');
  // One blob below a pull request's or CI run's own folder (`az storage blob delete -c build-artifacts -n pr-1423/app.zip`),
  // as the batch of its folder (round 28, the twin of Remove-AzStorageBlob's).
  const blob = words[0] === 'storage' && words[1] === 'blob' && op === 'delete' ? optionValue(inv.args, '--name', '-n') : undefined;
  // A storage account's name is fused lowercase (Azure naming rules): `acmeprodsa` names production as `acme-prod-sa` would
  // (answer 196: a temporary or preview prefix inside production's store stays destructive).
  const liveAccount = storageAccountNamesProduction(optionValue(inv.args, '--account-name'));
  if (!invocationNamesLiveTier(inv) && !liveAccount && typeof blob === 'string' && !/[*?]/.test(blob) && blob.split('/').slice(0, -1).some((seg) => namesScratchEnvironment(seg))) {
    b.verb('delete').finding('preview_environment_delete', `\`az storage blob delete\` deletes \`${blob}\`, a pull request's or CI run's own artifact`);
    return;
  }
  if (!invocationNamesLiveTier(inv) && !liveAccount && ((words[0] === 'acr' && words[1] === 'repository' && /^(delete|untag)$/.test(op) && typeof image === 'string' && /^[\w./-]+:/.test(image) && namesScratchEnvironment(image.slice(image.lastIndexOf(':') + 1)))
    || (words[0] === 'storage' && words[1] === 'blob' && op === 'delete-batch' && typeof pattern === 'string' && /^[^*?/]+\/\*?$|^[^*?/]+\/[^*?]*\*?$/.test(pattern) && (namesScratchEnvironment(pattern.slice(0, pattern.indexOf('/'))) || isTemporaryObjectKey(pattern) || azureRunFolder(inv, pattern))))) {
    // A `tmp/*` pattern too: the temporary prefix `aws s3 rm s3://b/tmp/` deletes (disposablePrefix).
    b.verb('delete').finding('preview_environment_delete', `\`az ${words.join(' ')}\` deletes a pull request's image tag or artifacts, or a temporary prefix`);
    return;
  }
  // The lead's answer 118: a database server's firewall allow rule for one person's or a temporary address removed
  // (`az sql server firewall-rule delete -n ClientIPAddress_…`; flexible servers name the rule `--rule-name`).
  const firewallRule = /^(sql|postgres|mysql|mariadb|synapse)$/.test(words[0] ?? '') && words.includes('firewall-rule') && op === 'delete' ? (words[1] === 'flexible-server' ? optionValue(inv.args, '-r', '--rule-name') : name) : undefined;
  if (typeof firewallRule === 'string' && personalAccessRule(firewallRule)) {
    b.verb('permissions').finding('temporary_access_rule_removed', `\`az ${words.join(' ')}\` removes \`${firewallRule}\`, an allow rule its name marks as one person's or temporary access`, inv.span);
    return;
  }
  if (words[0] === 'group' && op === 'delete') {
    b.verb('delete').destroy('az_group_delete', '`az group delete` deletes every resource in the group', inv.span);
    return;
  }
  // A complete-mode deployment deletes every resource of the group its template does not name; a
  // deployment stack told to delete unmanaged resources does the same (ARM deployment-modes docs).
  const mode = optionValue(inv.args, '--mode')?.toLowerCase();
  const onUnmanage = optionValue(inv.args, '--action-on-unmanage', '--aou')?.toLowerCase();
  // Deleting a deployment removes its record from the deployment history, not the resources it made (ARM "Deployment
  // history"); a stack deleted with `--action-on-unmanage detachAll` leaves every managed resource in place (deployment
  // stacks reference). Both lose only a record.
  if ((words[0] === 'deployment' && /^(group|sub|mg|tenant)$/.test(words[1] ?? '') && op === 'delete') || (words[0] === 'stack' && op === 'delete' && onUnmanage === 'detachall')) {
    b.verb('write').finding('az_record_delete', `\`az ${words.join(' ')}\` deletes a record; the resources stay`, inv.span);
    return;
  }
  // `az tag delete --name N` and `az tag remove-value` delete a predefined tag name or value of the subscription, which
  // Azure refuses while any resource carries it (Tags_Delete, Tags_DeleteValue); with `--resource-id`, `az tag delete`
  // takes every tag off that resource, judged below as a delete.
  if (words[0] === 'tag' && (op === 'remove-value' || (op === 'delete' && !inv.args.some((a) => /^--resource-id(=|$)/.test(a.value ?? ''))))) {
    b.verb('write').finding('az_predefined_tag', `\`az ${words.join(' ')}\` deletes a predefined tag name or value no resource carries`, inv.span);
    return;
  }
  if ((words.includes('deployment') && op === 'create' && mode === 'complete') || (words[0] === 'stack' && /^(create|set)$/.test(op) && (onUnmanage === 'deleteall' || onUnmanage === 'deleteresources'))) {
    b.verb('deploy', 'delete').destroy('az_deploy_complete', `\`az ${words.join(' ')}\` deletes resources the template does not name`, inv.span);
    return;
  }
  // The lead's answer 364.3 (round 35): `az containerapp job start -n JOB` runs a job already defined by its name, as
  // `gcloud run jobs execute` runs one (answer 350.2): a write, and one named for destroying is answer 336.7's unseen
  // script. An `--image` or `--command` override is not read (a write, as before).
  if (words[0] === 'containerapp' && words[1] === 'job' && words[2] === 'start') {
    b.verb('write', 'exec');
    judgeDestroyNamedScript(inv, name ?? null, '`az containerapp job start` runs a job the action does not show');
    return;
  }
  // `az vm run-command invoke --command-id RunShellScript --scripts '…'` (az vm reference) runs the script on the VM, as
  // `aws ssm send-command` runs AWS-RunShellScript's commands: the script is the action.
  if (words[0] === 'vm' && words[1] === 'run-command' && words[2] === 'invoke' && optionValue(inv.args, '--command-id') === 'RunShellScript') {
    b.verb('exec', 'network');
    const scripts = optionValues(inv.args, '--scripts');
    if (scripts.length === 0 || scripts.some((x) => x === null)) b.opaque('run_command_unseen', '`az vm run-command invoke` runs a script that is not part of the action', inv.span);
    else for (const x of scripts) inv.runSource(x!, null, '`az vm run-command invoke --scripts`');
    return;
  }
  // `az network dns record-set cname set-record -z ZONE -c HOST`, `mx add-record -e HOST`, `ns add-record -d HOST` (az
  // network dns reference): the record set's value changed to a host outside the zone and the clouds' service domains.
  const dnsValue = words[0] === 'network' && words[1] === 'dns' && words[2] === 'record-set' ? ({ cname: ['-c', '--cname'], mx: ['-e', '--exchange'], ns: ['-d', '--nsdname'] } as Record<string, string[]>)[words[3] ?? ''] : undefined;
  const dnsZone = optionValue(inv.args, '-z', '--zone-name');
  const dnsTarget = dnsValue && /^(set-record|add-record)$/.test(words[4] ?? '') ? optionValue(inv.args, ...dnsValue) : undefined;
  if (typeof dnsZone === 'string' && typeof dnsTarget === 'string' && pointsAway(dnsZone, dnsTarget)) {
    b.verb('write').destroy('dns_pointed_away', `\`az network dns record-set ${words[3]} ${words[4]}\` points a record of \`${dnsZone}\` at \`${dnsTarget}\`: a host outside the zone and the clouds' service domains`, inv.span);
    return;
  }
  // The lead's answer 74: one Key Vault secret or certificate deleted by a fixed name goes into the vault's soft delete
  // (on for every vault, and no longer possible to switch off: Key Vault soft-delete overview), from which `az keyvault
  // secret|certificate recover` brings it back. Keys stay destructive (answer 120: what they encrypted or signed is lost
  // to every reader until recovered), as `Remove-AzKeyVaultKey` is; `purge`, a vault deleted, or a name the input does
  // not fix stay destructive.
  const vault = optionValue(inv.args, '--vault-name');
  // Round 42 (bl42pki): a certificate's policy replaced from a file the line does not show (`az keyvault certificate
  // set-attributes --policy @p.json`): its lifetime actions may switch automatic renewal off. Unknown, as a change batch
  // from a file is.
  if (words[0] === 'keyvault' && words[1] === 'certificate' && words[2] === 'set-attributes') {
    const policy = optionValue(inv.args, '--policy');
    if (policy === null || (typeof policy === 'string' && policy.startsWith('@'))) {
      b.opaque('policy_unseen', '`az keyvault certificate set-attributes --policy` applies a certificate policy the action does not show', inv.span);
      return;
    }
  }
  if (words[0] === 'keyvault' && /^(secret|certificate)$/.test(words[1] ?? '') && op === 'delete' && typeof name === 'string' && typeof vault === 'string' && words.slice(3).every((w) => w === vault) && !inv.args.some((a) => a.value === null || /^--id(=|$)/.test(a.value))) {
    b.verb('delete').finding('soft_delete', `\`az keyvault ${words[1]} delete\` puts \`${name}\` into the vault's soft delete; \`recover\` brings it back`, inv.span);
    return;
  }
  const kept = logRetentionDays(inv, `az ${words.join(' ')}`);
  if (kept !== null && kept < RETENTION_KEEP_DAYS) {
    b.verb('write', 'delete').destroy('data_expiry', `\`az ${words.slice(0, 4).join(' ')}\` keeps logs ${kept} days: older entries are deleted`, inv.span);
    return;
  }
  // The lead's answer 130 for App Service's settings (`az webapp|functionapp config appsettings delete --setting-names A B`,
  // `az staticwebapp appsettings delete`): `config` is read as a read, so the removal is judged here (round 28).
  // Azure Functions' `AzureWebJobs.<FUNCTION>.Disabled=true` app setting disables the function (Azure Functions docs, "How
  // to disable functions"): its trigger no longer fires. An outage, as `functionapp function disable` would be (round 28).
  const disabledFunction = words[0] === 'functionapp' && words.includes('appsettings') && words.includes('set') ? inv.args.find((a) => /^AzureWebJobs\.[\w-]+\.Disabled=(true|1)$/i.test(a.value ?? '')) : undefined;
  if (disabledFunction) {
    b.verb('write').destroy('service_outage', `\`az functionapp config appsettings set ${disabledFunction.value}\` disables the function: its trigger no longer fires`, inv.span);
    return;
  }
  // A direct method named for a factory reset (`az iot hub invoke-device-method --method-name factoryReset`, or a module's):
  // the device runs it and erases the settings, keys and data it kept, as an HTTP `…/factory-reset` does (other-kinds.ts
  // LOSSY_ENDPOINT, round 35 edge35's reading, left there for the direct method). Another method (`reboot`) stays a write.
  const method = words[0] === 'iot' && words[1] === 'hub' && /^invoke-(device|module)-method$/.test(words[2] ?? '') ? optionValue(inv.args, '--method-name', '--mn') : undefined;
  if (typeof method === 'string' && FACTORY_RESET_METHOD.test(method)) {
    b.verb('delete').destroy('device_factory_reset', `\`az iot hub ${words[2]} --method-name ${method}\` has the device erase what it kept (a factory reset)`, inv.span);
    return;
  }
  // A CDN's cached copies purged (`az cdn endpoint purge`, `az afd endpoint purge`, `az network front-door purge-endpoint`;
  // az reference: "removes cached content"): the edge fetches them again from the origin, as a CloudFront invalidation.
  const cachePurge = AZ_CACHE_PURGES.find((c) => c.every((w, i) => words[i] === w));
  if (cachePurge) {
    b.verb('write').finding('cdn_cache_purge', `\`az ${cachePurge.join(' ')}\` purges cached copies; the edge fetches them again from the origin`, inv.span);
    return;
  }
  // `az mysql down` and `az postgres down` delete the server `az mysql|postgres up` made, its databases with it (az reference).
  if (/^(mysql|postgres)$/.test(words[0] ?? '') && words[1] === 'down') {
    b.verb('delete').destroy('cloud_delete', `\`az ${words[0]} down\` deletes the server and its databases`, inv.span);
    return;
  }
  const appSettings = /^(webapp|functionapp|logicapp|staticwebapp)$/.test(words[0] ?? '') && words.includes('appsettings') ? words.indexOf('delete') : -1;
  if (appSettings > 0) {
    const names = words.slice(appSettings + 1);
    if (names.length > 0 && !inv.args.some((a) => a.value === null) && names.every(namesPlainSetting)) b.verb('write').finding('config_variable_removed', `\`az ${words.slice(0, appSettings + 1).join(' ')}\` removes settings whose names say no secret (${names.join(', ')})`, inv.span);
    else b.verb('delete').destroy('cloud_delete', `\`az ${words.slice(0, appSettings + 1).join(' ')}\` removes settings that may hold a secret`, inv.span);
    return;
  }
  classifyOperation(inv, op, `az ${words.join(' ')}`, words[0] === 'role' || words[0] === 'ad' || PERMISSION_OP.test(words.join('-')));
}

/** CLIs that act through the kubeconfig's current context (their references: each takes `--context` or `--kubecontext`). */
const KUBE_CONTEXT_CLIS = new Set(['istioctl', 'linkerd', 'flux', 'velero', 'cilium', 'crossplane']);

/** CLIs whose pause/suspend operation pauses a reconciler rather than a running service, by the CLI's first word. */
const RECONCILER_PAUSE: Readonly<Record<string, RegExp>> = { flux: /^suspend$/ };

/**
 * Platform CLI operations whose words do not say what they lose (or that look like a delete and lose nothing), by CLI,
 * from each CLI's command reference. Matched against the operands joined by single spaces, before the generic verbs;
 * `flags`: one must be present, `unless`: none may be. The first matching rule decides.
 */
interface PlatformOp {
  sub: RegExp;
  flags?: string[];
  unless?: string[];
  /** An option one of whose values must match (`--group system:masters`). */
  value?: { names: string[]; value: RegExp };
  /**
   * `outage` takes a service out of service, `safeguard_off` switches a safeguard off, `admin_grant` gives administrator
   * rights over everything; `write` and `read` lose nothing.
   */
  effect: 'destroy' | 'outage' | 'safeguard_off' | 'admin_grant' | 'write' | 'read';
  what: string;
  /** A write read from the deleted thing's own name (a pull request's, a development branch's): refused when any argument names production (answers 72 and 174). */
  byName?: true;
}
const FLY_OPS: readonly PlatformOp[] = [
  // A pull request's review app (`fly apps destroy pr-482-web`), named as CI names the preview it makes for each pull request.
  { sub: PER_PULL_REQUEST_OPERANDS('apps? (destroy|delete|rm)'), effect: 'write', byName: true, what: "destroys a pull request's preview app, made to be thrown away" },
  { sub: /^(postgres|pg) detach\b/, effect: 'outage', what: "revokes the app's database user and removes its DATABASE_URL secret: the app loses its database" },
  { sub: /^(postgres|pg) import\b/, flags: ['--clean'], effect: 'destroy', what: 'drops the database objects before creating them (with --create, the default, the database itself)' },
  // Round 36 (o36), from Fig's completion specs: `machine kill` sends the machine SIGKILL, a stop without the grace period.
  { sub: /^(machines?|m) kill\b/, effect: 'outage', what: 'kills the machine (SIGKILL): it stops serving, as `machine stop`' },
];
const PR_NAME = PER_PULL_REQUEST.source.replace(/^\^|\$$/g, '');
const NEON_OPS: readonly PlatformOp[] = [
  // A pull request's preview branch (`branches delete preview/pr-481`), as a preview namespace: made to be thrown away.
  { sub: new RegExp(`^branch(es)? (delete|rm) ([a-z0-9._-]+/)?${PR_NAME}( |$)`), effect: 'write', byName: true, what: "deletes a pull request's preview branch, made to be thrown away" },
  { sub: new RegExp(`^branch(es)? (delete|rm|reset) ${DEV_BRANCH_NAME}( |$)`), unless: ['--preserve-under-name'], effect: 'write', byName: true, what: 'deletes or resets a development branch of the database, a copy made to be thrown away' },
  { sub: /^branch(es)? restore\b/, unless: ['--preserve-under-name'], effect: 'destroy', what: 'restores the branch in place: what was written after the point is lost (a backup branch is kept only with --preserve-under-name)' },
  { sub: /^branch(es)? (reset|restore)\b/, flags: ['--preserve-under-name'], effect: 'write', what: 'resets or restores the branch and keeps its former state as a new branch' },
];
const LOCAL_INSTANCE_OPS: readonly PlatformOp[] = [
  { sub: LOCAL_THROWAWAY_OPERANDS('(delete|rm)'), unless: ['--project'], effect: 'write', byName: true, what: 'deletes instances named as a throwaway on this machine' },
  // Custom storage volumes of a local pool (`storage volume delete POOL VOLUME`); the pool may not say production or staging.
  { sub: LOCAL_THROWAWAY_OPERANDS(String.raw`storage volume (delete|rm) (?![\w.-]*?(?:prod|prd|live|stag|stg|preprod|uat))[\w.-]+`), unless: ['--project'], effect: 'write', byName: true, what: 'deletes storage volumes named as a throwaway on this machine' },
];
/** A CI run's own name (`ci-48213`, PER_RUN) or a pull request's preview (`pr-512`, PER_PULL_REQUEST). */
const RUN_OR_PREVIEW = new RegExp(`${PER_PULL_REQUEST.source}|${PER_RUN.source}`);
const SERVERLESS_OPS: readonly PlatformOp[] = [
  { sub: /^remove$/, value: { names: ['--stage', '-s'], value: RUN_OR_PREVIEW }, effect: 'write', byName: true, what: "removes the stage of one pull request or CI run, a preview made to be thrown away" },
];
/**
 * Cloud Foundry's cf (its CLI reference): `remove-network-policy SOURCE --destination-app DEST` removes an allow rule
 * between two apps, so less traffic is allowed: access narrowed, a write (the lead's answer 422.3; round 41, nv41).
 */
const CF_OPS: readonly PlatformOp[] = [
  { sub: /^remove-network-policy\b/, effect: 'write', what: 'removes an allow rule between two apps: access narrowed (answer 422.3)' },
];
const PLATFORM_OPS: Readonly<Record<string, readonly PlatformOp[]>> = {
  cf: CF_OPS,
  fly: FLY_OPS,
  flyctl: FLY_OPS,
  heroku: [
    // `pg:credentials:rotate` (Heroku Postgres reference): the database's password changes and connections with the old
    // one are dropped; every app or tool holding it outside the attached config vars stops connecting.
    { sub: /^pg:credentials:rotate\b/, effect: 'outage', what: 'rotates the database credentials: connections and clients holding the old ones are cut off' },
    // A pull request's review app (`heroku apps:destroy -a acme-web-pr-311`): Heroku review apps are made per pull request.
    { sub: /^apps:destroy$/, value: { names: ['-a', '--app'], value: PER_PULL_REQUEST }, effect: 'write', byName: true, what: "destroys a pull request's review app, made to be thrown away" },
    { sub: PER_PULL_REQUEST_OPERANDS('apps:destroy'), effect: 'write', byName: true, what: "destroys a pull request's review app, made to be thrown away" },
    // The review app's own add-ons and database (`addons:destroy heroku-postgresql -a acme-web-pr-311`, `pg:reset
    // DATABASE_URL -a acme-web-pr-311`): parts of the preview, thrown away with it (the lead's answer 147).
    { sub: /^(addons:(destroy|remove|detach)|pg:reset)\b/, value: { names: ['-a', '--app'], value: PER_PULL_REQUEST }, effect: 'write', byName: true, what: "removes an add-on or resets the database of a pull request's review app, the preview's own" },
    { sub: /^pg:copy\b/, effect: 'destroy', what: "copies the source database over the target: the target's data is lost" },
    // `pg:killall` "terminates all connections for all credentials" (Heroku Postgres reference): every session cut.
    { sub: /^pg:killall\b/, effect: 'outage', what: 'terminates every connection to the database: the work in flight is lost' },
    { sub: /^pg:backups:restore\b/, effect: 'destroy', what: 'restores a backup over the database: what was written since is lost' },
    // Round 36 (o36), from Fig's completion specs (Heroku CLI reference): `domains:clear` removes every custom domain (the
    // app is no longer reached by them, as dokku's), `keys:clear` every SSH key of the account (credentials in use), and
    // `2fa:disable` switches two-factor sign-in off.
    { sub: /^domains:clear\b/, effect: 'outage', what: 'removes every custom domain of the app: it is no longer reached by them' },
    { sub: /^keys:clear\b/, effect: 'destroy', what: "removes every SSH key of the account: what signs in with them is refused" },
    { sub: /^(auth:)?(2fa|twofactor):disable\b/, effect: 'safeguard_off', what: 'switches two-factor sign-in off' },
  ],
  // Round 36 (o36): vultr-cli `bare-metal halt` powers the server off, as `instance stop`.
  'vultr-cli': [{ sub: /^(bare-metal|bm) halt\b/, effect: 'outage', what: 'halts the bare-metal server: it stops serving' }],
  railway: [{ sub: /^down\b/, effect: 'outage', what: 'removes the most recent deployment: the service stops serving' }],
  // OpenStack client reference: `set --disable` on a network, port, router, compute or volume service, user, project or
  // domain switches it off: its traffic stops, or its users can no longer sign in (`--enable` turns it back on).
  openstack: [{ sub: /^(\S+ ){1,2}set\b/, flags: ['--disable'], effect: 'outage', what: 'switches it off (`--disable`): its traffic stops or its users can no longer sign in' }],
  // Supabase: `migration down` resets applied migrations of the local database unless `--linked` or `--db-url` point it
  // at a remote one (its `db reset` is judged with the ORM resets).
  supabase: [
    { sub: new RegExp(`^branches (delete|rm) ${DEV_BRANCH_NAME}( |$)`), effect: 'write', byName: true, what: 'deletes a development branch of the database, a copy made to be thrown away' },
    { sub: /^migrations? down\b/, flags: ['--linked', '--db-url'], effect: 'destroy', what: 'reverts applied migrations on the remote database' },
    { sub: /^migrations? down\b/, effect: 'write', what: "reverts applied migrations on the local development database, rebuilt from the project's migrations" },
    // `stop --no-backup` drops the local stack's data volumes: local development state (the lead's answer 70).
    { sub: /^stop( |$)/, flags: ['--no-backup'], effect: 'write', what: "stops the local development stack and drops its data volumes, the CLI's local development state" },
  ],
  wrangler: [
    { sub: /^d1 time-travel restore\b/, effect: 'destroy', what: 'restores the database to an earlier point: later writes are lost' },
    // A pull request's preview Worker (`wrangler delete --name api-pr-311`, or by name as the operand), as a review app.
    // Not with `--env` (`-e`): the Worker of a named environment, which may be production's.
    { sub: new RegExp(`^delete( ${PR_NAME})?$`), value: { names: ['--name'], value: PER_PULL_REQUEST }, unless: ['--env', '-e'], effect: 'write', byName: true, what: "deletes a pull request's preview Worker, made to be thrown away" },
    { sub: PER_PULL_REQUEST_OPERANDS('delete'), unless: ['--env', '-e'], effect: 'write', byName: true, what: "deletes a pull request's preview Worker, made to be thrown away" },
    // The lead's answer 101: one KV key deleted by its full name, fixed in the input, in a namespace the command names: a
    // narrowed delete, as answer 53's one DynamoDB item. `kv bulk delete` and a namespace deleted stay destructive.
    { sub: /^kv[: ]key delete [^\s?*]+$/, value: { names: ['--binding', '--namespace-id'], value: /^[\w-]+$/ }, effect: 'write', what: 'deletes the one key its full name gives' },
  ],
  firebase: [
    { sub: /^database:set\b/, effect: 'destroy', what: 'replaces the data at the path' },
    { sub: /^hosting:channel:delete\b/, effect: 'write', what: 'deletes a preview channel (the live channel cannot be deleted)' },
  ],
  // Vercel's branch preview deployments (`vercel rm PROJECT-git-BRANCH-SCOPE.vercel.app`): the branch's next push deploys
  // it again; production deployments are not named by a `-git-` URL.
  // A deployment named by its `dpl_` id (round 18, p18) is a preview's only when the command says so (`--target preview`;
  // the lead's answer 50): by its id alone it may be the live production deployment, judged as any `rm`.
  vercel: [
    { sub: /^(rm|remove)( [a-z0-9-]+-git-[a-z0-9-]+\.vercel\.app)+$/, effect: 'write', byName: true, what: "deletes a branch's preview deployment, deployed again by its next push" },
    { sub: /^(rm|remove)(?=( \S+)* dpl_)( dpl_[A-Za-z0-9]{8,})*( preview)?( dpl_[A-Za-z0-9]{8,})*$/, value: { names: ['--target', '--environment'], value: /^preview$/i }, effect: 'write', what: 'deletes preview deployments by their `dpl_` ids (`--target preview`), built again by their branches\' next push' },
    // `vercel remove --safe` (`-s`) "skips the removal of deployments with an active preview URL or production domain"
    // (vercel remove reference, round 37): only deployments nothing serves from go, as versions no alias points to.
    { sub: /^(rm|remove)( \S+)+$/, flags: ['--safe', '-s'], effect: 'write', what: 'removes only deployments no preview URL or production domain points to (`--safe`): what serves stays' },
  ],
  neonctl: NEON_OPS,
  neon: NEON_OPS,
  // The Serverless Framework's `remove --stage pr-219` deletes the stage's whole stack: a stage named for one pull request
  // or CI run is that preview's (the lead's answer 147), unless anything names production or staging (round 28).
  serverless: SERVERLESS_OPS,
  sls: SERVERLESS_OPS,
  // `sst state remove` "removes the resource from the state; it is not removed from the provider" (SST CLI reference).
  sst: [{ sub: /^state remove\b/, effect: 'write', what: "forgets a resource in the stage's state; the resource stays" }],
  // Restores over what is there: doctl `droplet-action restore` puts a backup image on the droplet's disk; Scaleway `rdb
  // backup restore` restores into an instance's database; linode-cli `backups-restore --overwrite` replaces the disks.
  // OCI CLI reference: `compute instance action --action STOP|SOFTSTOP` (and a DB system node's) powers it off;
  // START, RESET and SOFTRESET start or restart it (writes, as a reboot).
  oci: [
    // `os object bulk-delete --bucket-name B --prefix pr-412/` deletes the objects under one pull request's or CI run's own
    // prefix (PER_PULL_REQUEST, PER_RUN), as `aws s3 rm s3://B/pr-412/ --recursive` reads it (disposablePrefix); a bucket or any
    // argument naming production refuses (byName) (round 26).
    { sub: /^os object bulk-delete\b/, value: { names: ['--prefix'], value: new RegExp(`^(?:${PR_NAME}|${PER_RUN.source.replace(/^\^|\$$/g, '')})/?$`) }, effect: 'write', byName: true, what: "deletes one pull request's or CI run's own prefix, written again by its next run" },
    { sub: /^(compute instance|db node) action\b/, value: { names: ['--action'], value: /^(stop|softstop)$/i }, effect: 'outage', what: 'powers the machine off' },
    // OCI IAM policy syntax: `Allow <subject> to manage all-resources in tenancy` is the Administrators policy (every
    // permission on everything); `Allow any-user to …` lets every principal in.
    { sub: /^iam policy (create|update)\b/, value: { names: ['--statements'], value: /\bto\s+manage\s+all-resources\s+in\s+tenancy\b|\ballow\s+any-user\b/i }, effect: 'admin_grant', what: 'writes a policy that gives every permission in the tenancy, or lets any user in' },
  ],
  doctl: [
    // A managed database's trusted sources opened to every address (`databases firewalls append ID --rule
    // ip_addr:0.0.0.0/0`): the database accepts connections from anywhere.
    { sub: /^databases firewalls (append|replace)\b/, value: { names: ['--rule'], value: /^ip_addr:(0\.0\.0\.0\/0|::\/0)$/ }, effect: 'safeguard_off', what: 'lets every address reach the database (`ip_addr:0.0.0.0/0`)' },
    { sub: /^compute droplet-action restore\b/, effect: 'destroy', what: "replaces the droplet's disk with a backup image" },
    // One repository's pull-request tags (`registry repository delete-tag web pr-412`), as ECR's and ACR's (round 15's rule
    // on PR tags); a release, moving or commit tag stays (answers 134, 177).
    { sub: new RegExp(`^registry repository delete-tag [\\w./-]+( ${PR_NAME})+$`), effect: 'write', byName: true, what: "deletes a pull request's image tags, made for it and thrown away with it" },
    // `auth remove --context NAME` forgets a stored token on this machine (doctl reference); the token itself stays valid.
    { sub: /^auth remove\b/, effect: 'write', what: 'removes a stored sign-in context from this machine (a logout)' },
  ],
  scw: [{ sub: /^rdb backup restore\b/, effect: 'destroy', what: "restores the backup over the instance's database" }],
  // s3cmd `setacl --acl-public|-P` "store objects with ACL allowing read for anyone" (s3cmd usage) on objects already
  // there: public access opened (round 33). `put`/`sync --acl-public` uploading a site stays a write (decision 41: made public, not opened).
  s3cmd: [{ sub: /^setacl\b/, flags: ['--acl-public', '-P'], effect: 'safeguard_off', what: 'grants everyone read on objects already stored (`--acl-public`)' }],
  // hcloud `<resource> enable-protection NAME delete rebuild` (hcloud reference): the words after the name are the kinds
  // of protection switched on, not operations; `disable-protection` switches them off.
  hcloud: [
    { sub: /^[\w-]+ enable-protection\b/, effect: 'write', what: 'switches delete or rebuild protection on' },
    { sub: /^[\w-]+ disable-protection\b/, effect: 'safeguard_off', what: 'switches delete or rebuild protection off' },
  ],
  'linode-cli': [{ sub: /^linodes backups-restore\b/, flags: ['--overwrite'], effect: 'destroy', what: "restores the backup over the Linode's disks" }],
  // Dokku: `proxy:disable` takes the app off its proxy and `domains:clear` removes every domain (both unreachable);
  // `checks:disable` turns off the zero-downtime checks that keep a failing release out.
  dokku: [
    { sub: /^(proxy:disable|domains:clear)\b/, effect: 'outage', what: 'the app is no longer reachable through its proxy and domains' },
    { sub: /^checks:disable\b/, effect: 'safeguard_off', what: 'turns off the checks that keep a failing release from replacing a working one' },
  ],
  // Kamal's deploy lock only keeps two deploys from running at once: releasing it deletes nothing.
  kamal: [{ sub: /^lock release\b/, effect: 'write', what: 'releases the deploy lock' }],
  // Vault (vault CLI reference): `token revoke -self` revokes the caller's own token, a logout; `operator seal` (before
  // Vault 0.9, `vault seal`) seals the server, which then serves no secret until enough unseal key shares are entered.
  vault: [
    { sub: /^token revoke\b/, flags: ['-self'], effect: 'write', what: "revokes the caller's own token (a logout)" },
    { sub: /^(operator )?seal\b/, effect: 'outage', what: 'seals Vault: no secret is served until it is unsealed with key shares' },
    // `operator raft snapshot restore` replaces the cluster's whole state with the snapshot's: secrets, policies and
    // leases written since are gone (`-force` even when the snapshot's keys do not match); `snapshot save` only reads.
    { sub: /^operator raft snapshot restore\b/, effect: 'destroy', what: "replaces the cluster's state with the snapshot's: what was written since is lost" },
    // The lead's answer 139 (round 24): `kv delete -versions=N` exists on KV version 2 only and is its soft delete (`kv
    // undelete` restores); without `-versions` the mount's version is not in the input and a v1 delete is final.
    { sub: /^kv delete\b/, value: { names: ['-versions', '--versions'], value: /^\d+(,\d+)*$/ }, effect: 'write', what: 'soft-deletes versions of a KV v2 secret (`vault kv undelete` restores them)' },
    // Round 42 (bl42pki), Vault's PKI secrets engine API: `write MOUNT/revoke serial_number=…` (and `revoke-with-key`)
    // revokes an issued certificate; `MOUNT/config/crl disable=true` stops publishing the CRL (revoked certificates are
    // accepted again); a role's `allow_any_name=true` lets it issue a certificate for any name. Issuing, signing, tidying
    // (expired certificates past the safety buffer) and the other configuration writes lose nothing.
    { sub: /^write \S+\/(revoke|revoke-with-key)( |$)/, effect: 'destroy', what: 'revokes an issued certificate of a PKI mount' },
    { sub: /^write \S+\/config\/crl( \S+)* disable=true( |$)/, effect: 'safeguard_off', what: 'stops publishing the CRL: revoked certificates are accepted again' },
    { sub: /^write \S+\/roles\/\S+( \S+)* allow_any_name=true( |$)/, effect: 'safeguard_off', what: 'lets the role issue a certificate for any name' },
  ],
  pscale: [
    { sub: /^branch safe-migrations disable\b/, effect: 'safeguard_off', what: 'turns off safe migrations: schema changes go straight to the branch, without deploy requests or reverts' },
    { sub: /^database restore-dump\b/, flags: ['--overwrite-tables'], effect: 'destroy', what: 'overwrites the tables the dump holds' },
  ],
  // `netlify api METHOD` calls one method of the Netlify API by its name (`listSites`, `deleteSite`): the name decides.
  netlify: [
    { sub: /^api delete[A-Z]\w*/, effect: 'destroy', what: 'calls a delete method of the Netlify API' },
    { sub: /^api (get|list)[A-Z]\w*/, effect: 'read', what: 'calls a read method of the Netlify API' },
  ],
  // Velero CLI reference: `restore delete` deletes the Restore record with its logs and results; the resources it
  // restored stay in the cluster (unlike `backup delete`, which deletes the backup's data).
  // `restore create --existing-resource-policy=update`: "Velero will try to update the existing resources in the cluster
  // with the backed-up content" (the default, `none`, skips what exists): live objects are overwritten by older copies.
  velero: [
    { sub: /^restores? delete\b/, effect: 'write', what: 'deletes restore records and their logs; the restored resources stay' },
    { sub: /^(restore create|create restore)\b/, value: { names: ['--existing-resource-policy'], value: /^update$/ }, effect: 'destroy', what: 'overwrites the live objects that exist with the backup\'s copies (`--existing-resource-policy=update`)' },
  ],
  // libvirt on this machine (virsh reference): `undefine` without a storage option removes the definition and keeps the
  // disks; a VM named as a throwaway (scratch, test, ci, ephemeral) may be powered off or removed with its storage (the
  // lead's answer 66). `-c`/`--connect` may name another host, judged as before.
  virsh: [
    { sub: /^undefine \S+$/, unless: ['--remove-all-storage', '--storage', '--wipe-storage', '--delete-storage', '--delete-snapshots', '-c', '--connect'], effect: 'write', what: 'removes the VM definition; its disks are kept' },
    { sub: LOCAL_THROWAWAY_OPERANDS('(destroy|undefine)'), unless: ['-c', '--connect'], effect: 'write', byName: true, what: 'powers off or removes a VM named as a throwaway on this machine' },
    // A storage volume named as a throwaway, by its name or path (`vol-delete /var/lib/libvirt/images/test-vm.qcow2`), in any
    // pool (`--pool` is a valued option here, PLATFORM_VALUED; a pool named for production or staging refuses it, byName).
    { sub: LOCAL_THROWAWAY_OPERANDS('vol-delete'), unless: ['-c', '--connect'], effect: 'write', byName: true, what: 'deletes storage volumes named as a throwaway on this machine' },
  ],
  // Images cached in the local cluster's container runtime (`minikube image rm`, `minikube cache delete`, `k3d image`):
  // pulled or loaded again when needed.
  // A local cluster stopped or paused (minikube reference: `stop` "stops the underlying VM or container, but keeps user
  // data intact"; k3d `cluster stop`, `node stop`): started again with its state, a write (the lead's round-14 decision).
  minikube: [
    { sub: /^(image (rm|remove)|cache (delete|remove))\b/, effect: 'write', what: "removes cached images from the local cluster; they are pulled or loaded again" },
    { sub: /^(stop|pause)\b/, effect: 'write', what: 'stops the local cluster; `minikube start` brings it back with its data' },
    // A CI run's or a pull request's own profile (`--profile=ci-48213`, `-p pr-512 delete`: round 21's per-run scratch
    // rule, as eksctl's below); other names, the default profile and `--all` stay deletes (the lead's round-14 decision;
    // the corpus labels a named local profile's delete destructive).
    { sub: /^(\S+ )?delete( \S+)?$/, value: { names: ['-p', '--profile'], value: RUN_OR_PREVIEW }, unless: ['--all', '--purge'], effect: 'write', byName: true, what: "deletes a CI run's or a pull request's own local cluster" },
    // A profile named as scratch by a whole word (the lead's answer 90); `--purge` also removes `~/.minikube`, every
    // profile's files, and the default profile is not named.
    { sub: /^(\S+ )?delete( \S+)?$/, value: { names: ['-p', '--profile'], value: LOCAL_SCRATCH_CLUSTER }, unless: ['--all', '--purge'], effect: 'write', byName: true, what: 'deletes a local cluster named as scratch' },
  ],
  // Multipass (its command reference): `delete` without `--purge` moves instances to the Deleted state, from which
  // `multipass recover` brings them back with their disks; `delete --purge` and `purge` remove them for good. `stop`
  // keeps the disk and `start` brings the VM back: a local dev VM stopped is a write (the lead's round-15 decision, as
  // `colima stop`).
  multipass: [
    { sub: /^(delete|remove|rm)\b/, unless: ['--purge', '-p', '--all'], effect: 'write', what: 'moves the instances to the Deleted state; `multipass recover` brings them back until `purge`' },
    // Purged too when every instance is named as a throwaway (scratch, test, ci, ephemeral): the lead's answer 66.
    { sub: LOCAL_THROWAWAY_OPERANDS('(delete|remove|rm)'), unless: ['--all'], effect: 'write', byName: true, what: 'deletes VMs named as a throwaway on this machine' },
    { sub: /^(stop|suspend)\b/, unless: ['--all'], effect: 'write', what: 'stops the local VM; its disk is kept and `multipass start` brings it back' },
  ],
  // LXD and Incus (their CLI references): `delete` removes instances with their root disks and snapshots. Instances each
  // named as a throwaway on this machine (scratch, test, ci, ephemeral) are disposable (the lead's answer 66); a
  // `REMOTE:` prefix names another server and does not match LOCAL_THROWAWAY, nor does a project named otherwise.
  lxc: LOCAL_INSTANCE_OPS,
  incus: LOCAL_INSTANCE_OPS,
  // A pull request's local cluster (`kind delete cluster --name pr-4411`, `k3d cluster delete preview-pr-12`), the
  // name CI gives the cluster it makes for each pull request: a scratch environment made to be thrown away (kind and k3d
  // references: the cluster is named by `--name`/`-n` or as an operand). `--all` reaches every cluster.
  kind: [
    { sub: PER_PULL_REQUEST_OPERANDS('delete clusters?'), unless: ['--all', '-A'], effect: 'write', byName: true, what: 'deletes a per-pull-request cluster' },
    { sub: /^delete clusters?$/, value: { names: ['--name', '-n'], value: PER_PULL_REQUEST }, unless: ['--all', '-A'], effect: 'write', byName: true, what: 'deletes a per-pull-request cluster' },
    // A CI run's own cluster (`--name ci-48213`, `-n e2e-run-7731`: PER_RUN, round 21's per-run scratch rule); a bare `ci`
    // or `ci-e2e` with no run number is shared by every run (the corpus labels it destructive).
    { sub: /^delete clusters?( \S+)?$/, value: { names: ['--name', '-n'], value: RUN_OR_PREVIEW }, unless: ['--all', '-A'], effect: 'write', byName: true, what: "deletes a CI run's own local cluster" },
    // A local cluster named as scratch by a whole word (the lead's answer 90, answer 72's words; a bare `ci` too: nothing
    // else shares a cluster on this machine). The default cluster (`kind`) and other names stay deletes.
    { sub: /^delete clusters?$/, value: { names: ['--name', '-n'], value: LOCAL_SCRATCH_CLUSTER }, unless: ['--all', '-A'], effect: 'write', byName: true, what: 'deletes a local cluster named as scratch' },
    { sub: LOCAL_SCRATCH_CLUSTER_OPERANDS('delete clusters?'), unless: ['--all', '-A'], effect: 'write', byName: true, what: 'deletes local clusters named as scratch' },
  ],
  k3d: [
    { sub: PER_PULL_REQUEST_OPERANDS('cluster (delete|rm)'), unless: ['--all', '-a'], effect: 'write', byName: true, what: 'deletes a per-pull-request cluster' },
    { sub: LOCAL_SCRATCH_CLUSTER_OPERANDS('cluster (delete|rm)'), unless: ['--all', '-a'], effect: 'write', byName: true, what: 'deletes a local cluster named as scratch (the lead\'s answer 90: scratch, test, ci, sandbox, tmp, ephemeral)' },
    { sub: /^(cluster|node) stop\b/, effect: 'write', what: 'stops the local cluster\'s containers; `k3d cluster start` brings it back with its data' },
  ],
  // A Flux object in a pull request's preview namespace (`flux delete source git web-pr-2231 -n preview-pr-2231`): that
  // scratch environment is thrown away whole, as `kubectl delete … -n preview-pr-N` and `helm uninstall -n preview-pr-N` are.
  flux: [{ sub: /^delete\b/, value: { names: ['-n', '--namespace'], value: PER_PULL_REQUEST }, unless: ['-A', '--all-namespaces'], effect: 'write', byName: true, what: 'deletes a Flux object in a per-pull-request preview namespace' }],
  // eksctl: an IAM identity mapped to `system:masters`, or an access entry in that group, is cluster-admin on the
  // cluster (EKS user guide, "Grant IAM users access to Kubernetes with a ConfigMap": system:masters is bound to
  // cluster-admin and cannot be narrowed).
  eksctl: [
    // A pull request's preview cluster (`eksctl delete cluster --name preview-pr-2231`), as kind's and k3d's above.
    // A CI run's own (`--name ci-e2e-4821`, PER_RUN) too, as namesScratchEnvironment reads one.
    { sub: /^delete cluster$/, value: { names: ['--name', '-n'], value: new RegExp(`${PER_PULL_REQUEST.source}|${PER_RUN.source}`) }, effect: 'write', byName: true, what: "deletes a pull request's preview or a CI run's cluster" },
    { sub: PER_PULL_REQUEST_OPERANDS('delete cluster'), effect: 'write', byName: true, what: 'deletes a per-pull-request preview cluster' },
    { sub: /^create (iamidentitymapping|accessentry)\b/, value: { names: ['--group', '--kubernetes-groups'], value: /(^|,)system:masters(,|$)/ }, effect: 'admin_grant', what: 'maps an IAM identity to system:masters: cluster-admin on the cluster' },
  ],
};

/**
 * eksctl deletes that only plan unless approved (the lead's answer 382.2, round 38; eksctl source, `NewDeleteNodeGroupLoader`
 * and `NewDeleteIAMServiceAccountLoader`, and its nodegroups guide: "we also need to supply the `--approve` command to
 * actually delete the nodegroup"): with a config file (`--config-file`/`-f`, its `--include`, `--exclude`,
 * `--only-missing`), `delete nodegroup` and `delete iamserviceaccount` print what they would delete and change nothing
 * without `--approve`: a read, as `eksctl upgrade cluster` without it. By name (`--cluster C --name N`) eksctl sets the plan
 * off itself and refuses `--approve`: those delete at once and stay deletes. A word the input does not fix may be
 * `--approve`: not read.
 */
const EKSCTL_PLANNED_DELETES = /^delete (nodegroup|ng|iamserviceaccount)\b/;
function eksctlPlanOnly(inv: Invocation, words: readonly string[]): boolean {
  if (inv.name !== 'eksctl' || !EKSCTL_PLANNED_DELETES.test(words.join(' ')) || inv.args.some((a) => a.value === null)) return false;
  const configFile = optionValues(inv.args, '--config-file', '-f').some((v) => typeof v === 'string' && v !== '');
  if (!configFile || hasFlag(inv.args, '--approve')) return false;
  inv.env.b.verb('read').finding('plan_only', `\`eksctl ${words.slice(0, 2).join(' ')}\` with a config file and no \`--approve\` only plans: it prints what it would delete (answer 382.2)`, inv.span);
  return true;
}

/** Whether one of the option's values matches (`--group system:masters`, `--group=system:masters`). */
function optionValueMatches(args: Word[], value: { names: string[]; value: RegExp }): boolean {
  return optionValues(args, ...value.names).some((v) => v !== null && value.value.test(v));
}

/**
 * Subcommands that switch a safeguard off in platform CLIs, with or without a `group:` prefix: hcloud `server
 * disable-backup`, linode-cli `linodes backups-cancel` (existing backups are deleted), dokku `postgres:backup-unschedule`,
 * heroku `pg:backups:unschedule`.
 */
const SAFEGUARD_OFF_OP = /^(disable-?[\w-]*(backups?|protection|logging|versioning|snapshots?)|backups?[-:](cancel|disable|unschedule)|cancel-backups?)$/;

/** `--local` runs against the CLI's local emulator (wrangler: the state under `.wrangler/state` that `wrangler dev` uses). */
const LOCAL_EMULATOR: Readonly<Record<string, { local: string; remote: string }>> = { wrangler: { local: '--local', remote: '--remote' } };

/**
 * Commands that talk to a local emulator when a variable names one: firebase-tools sends `firestore:*` to
 * `FIRESTORE_EMULATOR_HOST` and `database:*` to `FIREBASE_DATABASE_EMULATOR_HOST` when set (Firebase Local Emulator
 * Suite docs, "Connect your app"), whatever the project.
 */
const EMULATOR_VARIABLES: Readonly<Record<string, ReadonlyArray<{ variable: string; sub: RegExp }>>> = {
  firebase: [{ variable: 'FIRESTORE_EMULATOR_HOST', sub: /^firestore:/ }, { variable: 'FIREBASE_DATABASE_EMULATOR_HOST', sub: /^database:/ }],
};

/** Whether the command acts on an emulator on this machine that a variable names (EMULATOR_VARIABLES). */
function onLocalEmulator(inv: Invocation, words: string[]): boolean {
  return (EMULATOR_VARIABLES[inv.name] ?? []).some(({ variable, sub }) => {
    const host = envVar(inv, variable);
    return sub.test(words[0] ?? '') && typeof host === 'string' && isLocalDatabaseHost(host.replace(/:\d+$/, ''));
  });
}

/**
 * Platform subcommands that run a command on the platform's machines or containers (or, `railway run`, locally with the
 * project's variables), from each CLI's reference: the command is the action, judged like `ssh host CMD`. It is given
 * by an option (`fly ssh console -C`, `eb ssh -c`, `copilot svc exec --command`, `doctl compute ssh --ssh-command`) or
 * as the words after the subcommand and `skip` operands (`heroku run`, `fly machine exec ID`, `kamal app exec`, `dokku
 * run APP`), less the CLI's own options. Without a command, or with a bare shell, they open an interactive session: what
 * it will run is unknown (F1).
 */
interface PlatformExec {
  sub: RegExp;
  option?: string[];
  skip?: number;
  /** The CLI's own options, read anywhere before `--` (oclif and Thor parse them after the command too). */
  valued?: string[];
  flags?: string[];
}
const KAMAL_VALUED = ['-d', '--destination', '-r', '--roles', '-h', '--hosts', '-c', '--config-file', '--version', '--env'];
const KAMAL_FLAGS = ['-i', '--interactive', '--reuse', '-p', '--primary', '-q', '--quiet', '-v', '--verbose'];
const FLY_EXEC: readonly PlatformExec[] = [
  { sub: /^ssh console$/, option: ['-C', '--command'] },
  { sub: /^machines? exec$/, skip: 1, valued: ['-a', '--app', '--timeout', '-c', '--config'] },
  { sub: /^console$/, option: ['--command'] },
];
const PLATFORM_EXEC: Readonly<Record<string, readonly PlatformExec[]>> = {
  fly: FLY_EXEC,
  flyctl: FLY_EXEC,
  heroku: [{ sub: /^run(:detached|:inside)?$/, valued: ['-a', '--app', '-r', '--remote', '-s', '--size', '-e', '--env', '--type'], flags: ['-x', '--exit-code', '--no-tty', '--no-notify'] }],
  railway: [{ sub: /^(run|ssh)$/, valued: ['-s', '--service', '-e', '--environment', '-p', '--project'] }],
  kamal: [
    { sub: /^(app|server) exec$/, valued: KAMAL_VALUED, flags: KAMAL_FLAGS },
    { sub: /^accessory exec$/, skip: 1, valued: KAMAL_VALUED, flags: KAMAL_FLAGS },
  ],
  dokku: [{ sub: /^run(:detached)?$/, skip: 1, valued: ['--env', '-e'], flags: ['--rm', '--no-tty', '--force-tty'] }],
  eb: [{ sub: /^ssh$/, option: ['-c', '--command'] }],
  copilot: [{ sub: /^(svc|task) exec$/, option: ['-c', '--command'] }],
  doctl: [{ sub: /^compute ssh$/, option: ['--ssh-command'] }],
  render: [{ sub: /^ssh$/, skip: 1 }],
};

const BARE_SHELL = /^(\/(usr\/)?bin\/)?(ba|z|da|a|fi)?sh$/;

/** Runs the command a platform subcommand runs elsewhere; false when the words are no such subcommand. */
function platformExec(inv: Invocation, words: string[]): boolean {
  const b = inv.env.b;
  let subLength = 0;
  const entry = PLATFORM_EXEC[inv.name]?.find((e) => (subLength = [1, 2, 3].find((n) => e.sub.test(words.slice(0, n).join(' '))) ?? 0) > 0);
  if (!entry) return false;
  const label = `\`${inv.name} ${words.slice(0, subLength).join(' ')}\``;
  b.verb('exec', 'network');
  let text: string | null | undefined;
  if (entry.option) text = optionValue(inv.args, ...entry.option);
  else {
    // After the subcommand's words: everything after `--`, or the words left once the CLI's own options are gone (and,
    // before the first operand, any option).
    let i = 0;
    for (let seen = 0; i < inv.args.length && seen < subLength; i++) if (inv.args[i]!.value === words[seen]) seen++;
    const own = (v: string) => entry.valued?.includes(v) || entry.flags?.includes(v) || entry.valued?.some((o) => o.startsWith('--') && v.startsWith(`${o}=`));
    const rest: Word[] = [];
    let skip = entry.skip ?? 0;
    for (let j = i; j < inv.args.length; j++) {
      const v = inv.args[j]!.value;
      if (v === '--') {
        rest.push(...inv.args.slice(j + 1).slice(skip));
        break;
      }
      if (v !== null && (own(v) || (rest.length === 0 && skip === (entry.skip ?? 0) && v.startsWith('-')))) {
        if (entry.valued?.includes(v)) j++;
      } else if (skip > 0) skip--;
      else rest.push(inv.args[j]!);
    }
    text = rest.length === 0 ? undefined : rest.some((w) => w.value === null) ? null : rest.map((w) => w.value).join(' ');
  }
  if (text === null) b.opaque('platform_exec_dynamic', `the command ${label} runs is not fixed`, inv.span);
  else if (text === undefined || BARE_SHELL.test(text.trim())) b.opaque('interactive_shell', `${label} opens a shell: what it will run is unknown`, inv.span);
  else inv.runSource(text, null, label);
  return true;
}

/**
 * CLIs where `--help` after a subcommand asks for help (it runs nothing); the SaaS administration CLIs are cobra (Stripe,
 * Twilio's oclif, Auth0, Shopify's oclif, Salesforce's oclif, Slack, Atlassian's acli) or yargs/commander (HubSpot,
 * Sanity, Contentful, CLI for Microsoft 365, Zendesk's oclif, PagerDuty's oclif, the Auth0 Deploy CLI).
 */
const HELP_ANYWHERE = new Set(['atlas', 'doctl', 'fly', 'flyctl', 'heroku', 'vercel', 'netlify', 'firebase', 'supabase', 'railway', 'wrangler', 'hcloud', 'linode-cli', 'scw', 'oci', 'ibmcloud', 'sst', 'kamal', 'dokku', 'cloudflared', 'serverless', 'sls', 'eb', 'copilot', 'amplify', 'pscale', 'neonctl', 'neon', 'stripe', 'twilio', 'auth0', 'sf', 'sfdx', 'hs', 'sanity', 'm365', 'a0deploy', 'contentful', 'zcli', 'acli', 'shopify', 'slack', 'pd']);

/** CLIs among those whose `-h` is always help: cobra reserves it (Atlas, doctl, fly, hcloud, scw, Supabase, Copilot, pscale), and commander's default (firebase, netlify). */
const HELP_SHORT = new Set(['atlas', 'doctl', 'fly', 'flyctl', 'hcloud', 'scw', 'supabase', 'copilot', 'pscale', 'firebase', 'netlify']);

/** azcopy's `--delete-destination=false` (its default; azcopy sync reference: true, false or prompt) deletes nothing. */
function syncKeepsDestination(args: Word[]): boolean {
  return args.some((a) => /^--delete-destination=false$/i.test(a.value ?? ''));
}

// A deploy's message or description is text, not an operation (`netlify deploy --prod --message 'release'`, round 28).
const GENERIC_VALUED = ['-a', '--app', '--project', '--region', '-r', '--context', '--org', '--scope', '--token', '-o', '--output', '--profile', '--config', '--name', '--env', '--environment', '--stage', '--message', '--description'];
/**
 * Options of a CLI without a catalogue entry that take a value (wrangler's KV commands name their namespace so; Netlify
 * CLI reference, `deploy`: `--dir|-d`, `--alias`, `--site|-s`, `--functions|-f`, `--filter`, `--message|-m`).
 */
const PLATFORM_VALUED: Readonly<Record<string, readonly string[]>> = { wrangler: ['--binding', '--namespace-id'], netlify: ['--dir', '-d', '--alias', '--site', '-s', '--functions', '-f', '--filter', '-m'], virsh: ['--pool'] };
/**
 * Round 33 (blind33-cloudwork): the OCI CLI's options take values but for a few switches (`--force`, `--all`,
 * `--no-overwrite`; OCI CLI reference), so a bucket, file or object named by option is no operation word
 * (`oci os object put --bucket-name release-artifacts --file x`: `release-artifacts` is no `release`). The ones an
 * object-storage, compute, database and usage command names its resources with.
 */
const OPTION_VALUED_CLIS: Readonly<Record<string, readonly string[]>> = {
  oci: ['--bucket-name', '-bn', '--namespace', '--namespace-name', '-ns', '--file', '--object-name', '--name', '--prefix', '--src-dir', '--dest-dir', '--download-dir', '--compartment-id', '-c', '--instance-id', '--volume-id', '--boot-volume-id', '--db-system-id', '--autonomous-database-id', '--database-id', '--vcn-id', '--subnet-id', '--image-id', '--display-name', '--availability-domain', '--shape', '--lifecycle-state', '--tenant-id', '--user-id', '--group-id', '--policy-id', '--public-access-type', '--storage-tier', '--content-type', '--query', '--granularity', '--time-usage-started', '--time-usage-ended', '--region', '--profile', '--config-file', '--auth', '--wait-for-state', '--max-wait-seconds', '--limit', '--page', '--sort-by', '--sort-order', '--parallel-upload-count', '--part-size', '--include', '--exclude'],
};
const VALUED_BY_CLI = new Map<string, ReadonlySet<string>>();
/**
 * The options whose values are not operation words: the common ones, and those a CLI's catalogue entry lists (an
 * environment called `release-2` after `--target-environment-id` is no `release`). Built once per CLI.
 */
function genericValued(name: string): ReadonlySet<string> {
  let set = VALUED_BY_CLI.get(name);
  if (!set) {
    set = new Set([...GENERIC_VALUED, ...(serviceTool(name)?.valued ?? []), ...(PLATFORM_VALUED[name] ?? []), ...(OPTION_VALUED_CLIS[name] ?? [])]);
    VALUED_BY_CLI.set(name, set);
  }
  return set;
}

/** Other cloud and platform CLIs (doctl, fly, heroku, vercel, eksctl, ...): operation verbs anywhere in the positionals. */
/** The branch a branching database's CLI deletes (`pscale branch delete DB NAME`, `neonctl|neon|supabase branches delete NAME`). */
function deletedDatabaseBranch(cli: string, words: string[]): string | null {
  if (!/^(branch|branches)$/.test(words[0] ?? '') || !/^(delete|rm)$/.test(words[1] ?? '')) return null;
  if (cli === 'pscale') return words[3] ?? null;
  return /^(neonctl|neon|supabase)$/.test(cli) ? (words[2] ?? null) : null;
}

/**
 * Platform CLIs' config-variable removals (each CLI's reference): the command's words, and how its operands name variables:
 * every operand (`heroku config:unset A B`, `fly secrets unset A B`), or one variable then at most `most` operands in all
 * (`vercel env rm NAME [ENVIRONMENT]`; `netlify env:unset NAME`, aliases `env:delete` and `env:remove`, round 37).
 */
const CONFIG_VARIABLE_REMOVALS: ReadonlyArray<{ clis: readonly string[]; command: readonly string[]; most?: number }> = [
  { clis: ['heroku'], command: ['config:unset'] },
  { clis: ['heroku'], command: ['config:remove'] },
  { clis: ['fly', 'flyctl'], command: ['secrets', 'unset'] },
  { clis: ['vercel'], command: ['env', 'rm'], most: 2 },
  { clis: ['vercel'], command: ['env', 'remove'], most: 2 },
  { clis: ['netlify'], command: ['env:unset'], most: 1 },
  { clis: ['netlify'], command: ['env:delete'], most: 1 },
  { clis: ['netlify'], command: ['env:remove'], most: 1 },
];

/** The variables a platform CLI's config-variable removal names (answer 130), or undefined when `words` is no such removal. */
function configVariablesRemoved(name: string, words: readonly string[]): readonly string[] | undefined {
  const removal = CONFIG_VARIABLE_REMOVALS.find((r) => r.clis.includes(name) && r.command.every((w, i) => words[i] === w));
  if (removal === undefined) return undefined;
  const operands = words.slice(removal.command.length);
  if (removal.most === undefined) return operands;
  return operands.length <= removal.most ? operands.slice(0, 1) : undefined;
}

/** `vercel env rm NAME preview BRANCH`: a feature branch's preview variable (not a long-lived or unfixed branch). */
function previewBranchVariable(name: string, words: readonly string[]): boolean {
  if (name !== 'vercel' || words[0] !== 'env' || (words[1] !== 'rm' && words[1] !== 'remove') || words.length !== 5 || words[3] !== 'preview') return false;
  const branch = words[4]!;
  return /^[\w./-]+$/.test(branch) && !/^(main|master|trunk|develop|dev|staging|stage|prod|production|release(\/.*)?)$/i.test(branch) && words[2] !== '?';
}

/**
 * lvm(8) `-t`/`--test`: "Run in test mode. Commands will not update metadata" (every LVM command takes it): `lvremove
 * --test vg/lv` removes nothing (round 39, td39).
 */
function lvmTestMode(inv: Invocation): boolean {
  return /^(lv|vg|pv)remove$/.test(inv.name) && hasFlag(inv.args, '-t', '--test');
}

/**
 * deluser(8) `deluser USER GROUP` (and delgroup's same form, Debian's adduser package): "remove a user from a group"; the
 * account and its files stay (as `gpasswd --delete USER GROUP`). Only with no option but the quiet and verbose ones (`--remove-home`, `--backup-to` and `--group` delete files
 * or a group) and both operands fixed.
 */
function deluserFromGroup(inv: Invocation, words: string[]): boolean {
  return (inv.name === 'deluser' || inv.name === 'delgroup') && words.length === 2 && inv.args.every((a) => a.value !== null && (!a.value.startsWith('-') || /^(-q|--quiet|--debug|-v|--verbose)$/.test(a.value)));
}

/**
 * Round 33 (blind33-cloudwork's probe): a read, start or create verb that is a leaf (`doctl compute droplet get NAME`,
 * `hcloud server describe|poweron NAME`, `eksctl get nodegroup --cluster NAME`, `wrangler tail NAME`, `vercel inspect URL`):
 * the words after it are its operands, and a resource named `release-runner-1` or `purge-worker` is no delete verb. Not a
 * group word (`config`, `logs`, `test`), nor one that runs a command (`exec`, `run`, `ssh`), nor a leaf followed by a
 * subcommand verb (isGroup's list).
 */
const LEAF_VERB = /^(get|list|ls|describe|show|info|inspect|status|view|tail|cat|stat|start|poweron|power-on|create|update|add|attach|enable|resume|restart|reboot|scale|resize|deploy|label|tag|rename)$/;
const SUBCOMMAND_VERB = /^(list|ls|view|show|get|describe|info|status|inspect|logs|download|create|upload|edit|update|new|add|set|unset|delete|del|remove|rm|destroy|purge|drop|reset|wipe|prune|clear|revoke|disable|stop)$/;
function operandOfLeafVerb(words: readonly string[], i: number): boolean {
  return words.slice(0, i).some((w, j) => LEAF_VERB.test(w) && !SUBCOMMAND_VERB.test(words[j + 1] ?? ''));
}

export function genericCloud(inv: Invocation): void {
  const b = inv.env.b;
  // The values of long options that name things (`--name test`, `--env prod`, `--stage dev`) are not operation words: an
  // environment called `test` after `delete` is no subcommand (`copilot env delete --name test`).
  const pos = positionals(inv.args, genericValued(inv.name));
  const words = pos.map((p) => p.value ?? '?');
  const app = optionValue(inv.args, '-a', '--app') ?? optionValue(inv.args, '--name', '--cluster') ?? words.find((w, i) => i > 0 && !DESTROY_OP.test(w) && !READ_OP.test(w)) ?? '?';
  // The operands name what is acted on (`vercel env rm KEY production`, `vault kv undelete secret/production/db`), as do
  // the files and environments it is given (`fly deploy --config fly.production.toml`, `wrangler deploy --env staging`).
  // Kubernetes add-on CLIs act on the cluster of the current kube context unless told another (`--context`).
  const kube = KUBE_CONTEXT_CLIS.has(inv.name) && optionValue(inv.args, '--context', '--kubecontext') === undefined ? [clue('kube_contexts', inv.env.ctx.kubeContext), clue('kube_namespaces', inv.env.ctx.kubeNamespace), clue('names', inv.env.ctx.kubeContext)] : [];
  const target = envTarget(inv, 'cloud', `${inv.name}:${app}`, [clue('names', app), clue('names', optionValue(inv.args, '--project', '--context', '--profile')), clue('names', optionValue(inv.args, '--config', '-c')), clue('names', optionValue(inv.args, '--scope', '--org', '--team')), ...words.slice(0, 6).map((w) => clue('names', w)), ...environmentOptionClues(inv), ...kube]);
  b.target(target);
  // `--help` after any subcommand prints that subcommand's help and runs nothing in these CLIs (cobra, oclif, commander,
  // yargs, click: their references). Before `--` only: after it, it is an operand.
  const end = inv.args.findIndex((a) => a.value === '--');
  // `CLI help SUBCOMMAND` the same (`firebase help firestore:delete`).
  if (HELP_ANYWHERE.has(inv.name) && ((end === -1 ? inv.args : inv.args.slice(0, end)).some((a) => a.value === '--help' || (a.value === '-h' && HELP_SHORT.has(inv.name))) || words[0] === 'help')) {
    b.verb('read').finding('help', `\`${inv.name} … --help\` prints help`, inv.span);
    return;
  }
  // A preview (`wrangler deploy --dry-run`, `eksctl create cluster --dry-run`) changes nothing.
  if (hasFlag(inv.args, '--dry-run', '--dryrun') && !inv.args.some((a) => /^--dry-?run=(false|none|0)$/.test(a.value ?? ''))) {
    b.verb('read').finding('dry_run', 'dry run changes nothing');
    return;
  }
  // The lead's answer 130 (round 24): answer 112's secret-only line for a platform's config variables. Removing ones whose
  // names say no secret (`heroku config:unset DEBUG LOG_LEVEL`, `fly secrets unset LOG_LEVEL`, `vercel env rm LOG_LEVEL
  // production`) loses a setting the team sets again; a secret's name, a connection URL (it may carry a password) or a
  // name not fixed stays a loss.
  // The lead's answer 339 (q12, round 32): `vercel env rm NAME preview BRANCH` removes a variable scoped to one preview
  // branch (Vercel's "Preview environment variables for a branch"): that branch's previews only, set again with `env add`.
  if (previewBranchVariable(inv.name, words)) {
    b.verb('write').finding('config_variable_removed', `\`vercel env rm ${words[2]} preview ${words[4]}\` removes a variable of one preview branch`, inv.span);
    return;
  }
  const removed = configVariablesRemoved(inv.name, words);
  if (removed !== undefined && removed.length > 0 && removed.every(namesPlainSetting)) {
    b.verb('write').finding('config_variable_removed', `\`${inv.name} ${words.slice(0, 2).join(' ')}\` removes settings whose names say no secret (${removed.join(', ')})`, inv.span);
    return;
  }
  // A webhook or callback option pointed at a public request-capture or tunnel host (`twilio phone-numbers:update PN…
  // --sms-url https://x.ngrok-free.app/sms`, `--webhook-url https://webhook.site/…`): the service's events leave the
  // organisation, as an HTTP request whose body does so (CAPTURE_HOST).
  for (const [i, a] of inv.args.entries()) {
    const m = /^--[a-z0-9-]*(url|uri|webhook|callback|endpoint)[a-z0-9-]*(?:=(.*))?$/i.exec(a.value ?? '');
    const value = m ? (m[2] ?? inv.args[i + 1]?.value ?? '') : '';
    if (m && CAPTURE_HOST.test(value.trim())) {
      b.verb('write', 'network').destroy('events_sent_outside', `\`${inv.name} ${words.slice(0, 2).join(' ')}\` points \`${a.value!.split('=')[0]}\` at a public request-capture or tunnel host: the service's events leave the organisation`, inv.span);
      return;
    }
  }
  // doctl `compute domain records update DOMAIN --record-data HOST` (doctl reference): a record of DOMAIN changed to a
  // host outside it and the clouds' service domains (dns-targets.ts).
  const recordData = inv.name === 'doctl' && words.slice(0, 4).join(' ') === 'compute domain records update' ? optionValue(inv.args, '--record-data') : undefined;
  if (typeof recordData === 'string' && words[4] !== undefined && pointsAway(words[4], recordData)) {
    b.verb('write').destroy('dns_pointed_away', `\`doctl compute domain records update ${words[4]}\` points a record at \`${recordData}\`: a host outside the domain and the clouds' service domains`, inv.span);
    return;
  }
  if (platformExec(inv, words) || cloudSqlShell(inv, words) || localToolingRemoved(inv, words) || eksctlPlanOnly(inv, words)) return;
  // A database branch deleted (`pscale branch delete DB NAME`, `neonctl branches delete NAME`, `supabase branches delete
  // NAME`): disposable unless long-lived by its name (the lead's decision 40, round 18; git-branches.ts).
  const dbBranch = deletedDatabaseBranch(inv.name, words);
  if (dbBranch !== null && isDisposableDatabaseBranch(dbBranch) && !hasFlag(inv.args, '--preserve-under-name')) {
    b.verb('delete').finding('database_branch_deleted', `\`${inv.name} ${words.slice(0, 2).join(' ')} ${dbBranch}\` deletes a database branch, a copy made to work on`, inv.span);
    return;
  }
  const line = words.join(' ');
  if (onLocalEmulator(inv, words)) {
    b.verb('write').finding('local_emulator', `\`${inv.name} ${line.slice(0, 60)}\` acts on a local emulator named by its variable`, inv.span);
    return;
  }
  const rule = PLATFORM_OPS[inv.name]?.find((r) => r.sub.test(line) && (!r.flags || hasFlag(inv.args, ...r.flags)) && !(r.unless && hasFlag(inv.args, ...r.unless)) && (!r.value || optionValueMatches(inv.args, r.value)) && !(r.byName && invocationNamesLiveTier(inv, stagingRefusesNames([...words, ...inv.args.map((a) => a.value)]))));
  if (rule) {
    const label = `\`${inv.name} ${line.slice(0, 60)}\``;
    if (rule.effect === 'destroy') b.verb('delete').destroy('cloud_delete', `${label} ${rule.what}`, inv.span);
    else if (rule.effect === 'admin_grant') b.verb('permissions').destroy('admin_grant', `${label} ${rule.what}`, inv.span);
    else if (rule.effect === 'outage') b.verb('write').destroy('service_outage', `${label} ${rule.what}`, inv.span);
    else if (rule.effect === 'safeguard_off') b.verb('write').destroy('safeguard_off', `${label} ${rule.what}`, inv.span);
    else b.verb(rule.effect).finding(`platform_${rule.effect}`, `${label} ${rule.what}`, inv.span);
    return;
  }
  // The local emulator's state is a development copy (`wrangler d1 execute DB --local`): its changes are writes.
  const emulator = LOCAL_EMULATOR[inv.name];
  if (emulator && inv.args.some((a) => a.value === emulator.local || a.value === `${emulator.local}=true`) && !hasFlag(inv.args, emulator.remote)) {
    b.verb('write').finding('local_emulator', `\`${inv.name} ${emulator.local}\` acts on the local development state`, inv.span);
    return;
  }
  // A destroy word followed by a subcommand verb is a group's name (`glab release list`, `gh release view`), not the action.
  // Only a bare word is a subcommand: `wrangler kv key delete 'config:pricing'` deletes a key named like a read.
  // Only a subcommand's own verb, whole: a name that is or starts with a read word (`test`, `test-runner-1`, `preview`,
  // `config`) after `delete` is what is deleted (round 25: `hcloud server delete test-runner-1 --context prod`).
  const isGroup = (i: number) => /^(list|ls|view|show|get|describe|info|status|inspect|logs|download|create|upload|edit|update|new|add)$/.test(words[i + 1] ?? '');
  // wrangler `d1 execute DB --command SQL` runs SQLite statements on the D1 database (Cloudflare wrangler reference);
  // `--file` runs a file we cannot see.
  if (inv.name === 'wrangler' && words[0] === 'd1' && words[1] === 'execute') {
    const sql = optionValue(inv.args, '--command');
    if (sql === undefined || sql === null) {
      b.opaque('sql_unseen', '`wrangler d1 execute` runs statements that are not part of the action', inv.span);
      return;
    }
    // `--remote` acts on the hosted database, which counts as production unless named otherwise (decision 40).
    classifySqlInto(sql, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: 'sqlite', database: words[2] ?? undefined, untieredIsProduction: hasFlag(inv.args, '--remote') }, b, inv.span);
    return;
  }
  if (inv.name === 'docker' && retagsMovingTag(inv, `${inv.name} ${line}`)) {
    b.verb('write', 'deploy').finding('moving_tag_deploy', `\`docker ${line.slice(0, 60)}\` points a moving tag (\`latest\`, \`stable\` …) at another image: a deploy (answer 366.3)`, inv.span);
    return;
  }
  // The verb also comes last: heroku `domains:remove`, linode-cli `nodebalancers config-delete`, `domains records-delete`.
  if (hardRestart(`${inv.name} ${line}`)) {
    b.verb('write').finding('hard_restart', `\`${inv.name} ${line}\` power-cycles the machine; it comes back with its disks`, inv.span);
    return;
  }
  if (deluserFromGroup(inv, words)) {
    const [user, group] = inv.args.filter((a) => !a.value!.startsWith('-'));
    if (user && group) selfRemovedFromAdmins(inv, user, group);
  }
  const opWord = words.find((w, i) => !operandOfLeafVerb(words, i) && ((DESTROY_OP.test(w.replace(/^[\w-]+:/, '')) && !isGroup(i)) || /:(destroy|delete|remove|reset|drop|unset)$/.test(w) || /^[a-z][a-z0-9-]*-(delete|remove|destroy)$/.test(w) || (w === 'unset' && i > 0))) ??
    // Sync that deletes what the source lacks; a secrets or auth mount switched off drops its data.
    ((/^(gsutil|rclone|azcopy|s3cmd|mc)$/.test(inv.name) && (words.includes('sync') || words.includes('rsync')) && hasFlag(inv.args, '-d', '--delete', '--delete-removed', '--delete-destination', '--remove') && !syncKeepsDestination(inv.args)) || (inv.name === 'rclone' && words[0] === 'sync') ? 'sync --delete' : undefined) ??
    (inv.name === 'vault' && words.includes('disable') ? 'disable' : undefined) ??
    // Proxmox (qm(1), pct(1), round 35 o35): `delsnapshot` deletes a snapshot; `qm disk unlink` deletes the disks it names
    // outright with `--force` or when they are `unusedN` (without, an attached disk only becomes `unusedN`).
    (/^(qm|pct)$/.test(inv.name) && words[0] === 'delsnapshot' ? 'delsnapshot' : undefined) ??
    // (qm(1) `create --archive FILE --force 1` restores over the existing guest of that id, as `qmrestore --force` does.)
    (inv.name === 'qm' && words[0] === 'disk' && words[1] === 'unlink' && (hasFlag(inv.args, '--force') || /(^|,)unused\d/.test(optionValue(inv.args, '--idlist') ?? '')) ? 'unlink' : undefined) ??
    (inv.name === 'qm' && words[0] === 'create' && optionValue(inv.args, '--archive') && /^(1|true|yes|on)$/i.test(optionValue(inv.args, '--force') ?? '') ? 'create --archive --force' : undefined) ??
    (/^(lvremove|vgremove|pvremove|userdel|deluser|groupdel|delgroup)$/.test(inv.name) && !deluserFromGroup(inv, words) && !lvmTestMode(inv) ? inv.name : undefined);
  // What CI made for one pull request or run, named so in every operand after the delete word (`doctl compute droplet
  // delete web-pr-2231`, `hcloud server delete e2e-run-48213-1`), as scratchNamedDelete reads the big three's operations;
  // an object-store URL by its prefix (disposablePrefix: a bucket named for a pull request stays a bucket).
  // One run's own listed by a label (`hcloud server delete $(hcloud server list --selector ci-run=4412 …)`, a loop's item).
  const listed = opWord !== undefined ? listedLastArgument(inv) : null;
  if (listed !== null) {
    b.verb('delete').finding('unused_items_delete', listed, inv.span);
    return;
  }
  const operands = opWord && words.includes(opWord) ? words.slice(words.indexOf(opWord) + 1) : [];
  // The lead's answer 114: `minikube delete --all` or `--purge` removes every profile and `~/.minikube` whatever the name;
  // a local cluster (k3d, kind, minikube) follows answer 90's rule, so a kept-copy word keeps it destructive.
  if (inv.name === 'minikube' && words[0] === 'delete' && hasFlag(inv.args, '--all', '--purge')) {
    b.verb('delete').destroy('cloud_delete', '`minikube delete --all|--purge` deletes every profile and the `~/.minikube` folder', inv.span);
    return;
  }
  // OCI's objects by bucket and prefix options (`oci os object bulk-delete --bucket-name ci-artifacts --prefix
  // builds/pr-211/`): the prefix read as an object-store URL's (disposablePrefix), as gsutil's and `aws s3 rm`'s (round 30).
  const ociBucket = inv.name === 'oci' && line.startsWith('os object bulk-delete') ? optionValue(inv.args, '--bucket-name', '-bn') : undefined;
  const ociPrefix = optionValue(inv.args, '--prefix');
  if (typeof ociBucket === 'string' && typeof ociPrefix === 'string' && !inv.args.some((a) => a.value === null || /^--(include|exclude)$/.test(a.value)) && !invocationNamesLiveTier(inv, true) && disposablePrefix(`oci://${ociBucket}/${ociPrefix}`) !== null) {
    b.verb('delete').finding('scratch_delete', `\`${inv.name} ${line}\`: ${disposablePrefix(`oci://${ociBucket}/${ociPrefix}`)}`, inv.span);
    return;
  }
  const localCluster = /^(k3d|kind|minikube)$/.test(inv.name);
  if (opWord && operands.length > 0 && !(localCluster && !operands.every((o) => LOCAL_SCRATCH_CLUSTER.test(o))) && !invocationNamesLiveTier(inv, stagingRefusesNames(operands)) && operands.every((o) => (/^(s3|gs):\/\//.test(o) ? disposablePrefix(o) !== null : scratchNamed(o)))) {
    b.verb('delete').finding('scratch_delete', `\`${inv.name} ${line}\` deletes what CI made for one pull request or run: a scratch environment made to be thrown away`, inv.span);
    return;
  }
  // The app itself (`fly apps destroy NAME --app web-pr-77`) is judged by the name it deletes, not by the option.
  if (opWord && !(/^(fly|flyctl)$/.test(inv.name) && /^apps?$/.test(words[0] ?? '')) && scratchParent(inv, inv.name)) {
    b.verb('delete').finding('scratch_delete', `\`${inv.name} ${line}\` deletes a part of a cluster CI made for one pull request or run (the lead's answer 147)`, inv.span);
    return;
  }
  // Their `ci`/`e2e` servers without a run's number are left out (answer 84: what every run shares, a CI runner or an
  // end-to-end test host); a run's own number is PER_RUN's above.
  if (opWord && operands.length === 1 && !inv.args.some((a) => a.value === null) && namesDisposable(operands[0]!, SCRATCH_WORDS_BUT_CI) && scratchMachine(inv, `${inv.name} ${line}`, operands)) {
    b.verb('delete').finding('scratch_delete', `\`${inv.name} ${line}\` deletes one machine, volume, cluster or stack named as scratch or test: made to be thrown away (the lead's answer 72)`, inv.span);
    return;
  }
  if (opWord && devTestDocument(inv, words)) {
    b.verb('delete').finding('scratch_delete', `\`${inv.name} ${line}\` deletes one document named as test data in a development project`, inv.span);
    return;
  }
  if (opWord && devScratchBqTable(inv, `${inv.name} ${line}`)) {
    b.verb('delete').finding('scratch_table', `\`${inv.name} ${line}\` deletes a scratch table or dataset in a development project`, inv.span);
    return;
  }
  // Logical volumes each named as a throwaway on this machine (`lvremove vg0/scratch-build`): the lead's answer 66.
  // A local user account named for CI or tests by a whole token, deleted without its home (`userdel ci-test`): the lead's
  // answer 185 (answer 66's throwaway). Any option (`-r`, `-f`, `--remove-home`, `--remove-all-files`) may take the home
  // with it: destructive.
  const throwawayUser = /^(userdel|deluser)$/.test(inv.name) && words.length === 1 && inv.args.every((a) => a.value !== null && !a.value.startsWith('-'));
  if ((inv.name === 'lvremove' || throwawayUser) && words.length > 0 && !invocationNamesLiveTier(inv, true) && words.every((w) => LOCAL_THROWAWAY.test(w))) {
    b.verb('delete').finding('scratch_delete', `\`${inv.name} ${line}\` deletes ${throwawayUser ? 'a user account, not its home,' : 'a volume'} named as a throwaway on this machine (scratch, test, ci, ephemeral)`, inv.span);
    return;
  }
  if (opWord) {
    b.verb('delete').destroy('cloud_delete', `\`${inv.name} ${line}\` deletes`, inv.span);
    return;
  }
  // An access list or firewall entry of every address given as an operand (Atlas `accessLists create 0.0.0.0/0`), or as
  // the value of a source option (`--cidr 0.0.0.0/0`, hcloud `firewall add-rule --source-ips 0.0.0.0/0`): the access
  // control is gone. A destination (`--destination-cidr-block 0.0.0.0/0`, a default route) opens nothing.
  const everyone = READ_OP.test(words[0] ?? '') || READ_OP.test(words[1] ?? '') ? undefined : inv.args.find((a, i) => {
    const m = /^(--[\w-]+=)?(0\.0\.0\.0\/0|::\/0)$/.exec(a.value ?? '');
    if (!m) return false;
    const option = m[1] ? m[1].slice(0, -1) : (inv.args[i - 1]?.value ?? '');
    return !option.startsWith('-') || EVERYONE_SOURCE_OPTIONS.includes(option) || EVERYONE_OPTION.test(option);
  });
  // A switch that opens an existing resource (`oci os bucket update --public-access-type ObjectRead`); a new one made public
  // is not opened from closed (the lead's decision 41).
  // A rule list given as one shorthand value (doctl `compute firewall add-rules|create --inbound-rules
  // 'protocol:tcp,ports:22,address:0.0.0.0/0'`): an inbound address of every IPv4 or IPv6 address.
  const inbound = READ_OP.test(words[0] ?? '') ? undefined : optionValues(inv.args, '--inbound-rules').find((v) => v !== null && /(^|[\s,])address:(0\.0\.0\.0\/0|::\/0)($|[\s,])/.test(v)) ?? undefined;
  const opened = inbound ?? everyone?.value ?? (READ_OP.test(words[0] ?? '') || READ_OP.test(words[1] ?? '') || words.includes('create') ? undefined : publicSwitch(inv));
  if (opened) {
    b.verb('permissions').destroy('public_access', `\`${inv.name} ${words.slice(0, 3).join(' ')}\` opens access to everyone (\`${opened}\`)`, inv.span);
    return;
  }
  const safeguardOp = words.find((w) => SAFEGUARD_OFF_OP.test(w.replace(/^[\w-]+:/, '')));
  const safeguardFlag = inv.args.find((a) => a.value !== null && SAFEGUARD_FLAG_OFF.test(a.value));
  if (safeguardOp || safeguardFlag) {
    b.verb('write').destroy('safeguard_off', `\`${safeguardOp ?? safeguardFlag!.value}\` switches off a safeguard`, inv.span);
    return;
  }
  // A GitOps reconciler paused, not a service: `flux suspend` "disables the reconciliation" of a Flux object (Flux CLI
  // reference) and the workloads it manages keep running; `flux resume` turns it back on.
  const paused = RECONCILER_PAUSE[inv.name];
  if (paused && paused.test(words[0] ?? '')) {
    b.verb('write').finding('reconciliation_paused', `\`${inv.name} ${line}\` pauses reconciliation; what it manages keeps running`, inv.span);
    return;
  }
  // Out of service: stop/suspend/power-off (`heroku ps:stop`, `fly machine stop`, `doctl compute droplet-action power-off`,
  // `nomad job stop`), scaling to zero (`heroku ps:scale web=0`, `fly scale count 0`), maintenance mode on.
  const outage = words.find((w, i) => OUTAGE_OP.test(w.replace(/^[\w-]+:/, '')) && !isGroup(i)) ??
    // Heroku's `TYPE=0:SIZE` (`web=0:standard-1x`) sets the quantity and the size together.
    (words.some((w) => /^(ps:)?scale$/.test(w)) && words.some((w, i) => i > 0 && /^([\w-]+=0(:[\w-]+)?|0)$/.test(w)) ? 'scale to zero' : undefined) ??
    // The size given as an option (eksctl `scale nodegroup --nodes=0`, SCALE_SIZE_OPTIONS): the same scale to zero.
    (words.some((w) => /^(ps:)?scale$/.test(w)) && SCALE_SIZE_OPTIONS.some((n) => optionValue(inv.args, n) === '0') ? 'scale to zero' : undefined) ??
    (words.includes('maintenance:on') ? 'maintenance:on' : undefined) ??
    // Firebase `hosting:disable`: "stop serving Firebase Hosting traffic for the active project".
    (words.includes('hosting:disable') ? 'hosting:disable' : undefined) ??
    // Archiving a repository makes it read-only (pushes, merge requests and CI writes stop), like `gh repo archive`; glab's
    // `repo archive` is a download ("Get an archive of the repository", glab's reference).
    ((words[0] === 'repo' || words[0] === 'project') && words[1] === 'archive' && inv.name !== 'glab' ? 'archive' : undefined);
  // Staging scaled to zero is parked, not lost (the lead's decision, round 15); production's is an outage. A pull request's
  // or CI run's own app (`fly scale count 0 -a web-pr-12`, `heroku ps:scale web=0 -a shop-pr-12`) is parked too, as the
  // aws reader's scaledPreview reads an ECS service so named (answer 147; round 28).
  if (outage === 'scale to zero' && (parkedTier(inv, target.environment) || scaledPreview(inv))) {
    b.verb('write').finding('scale_zero_parked', `\`${inv.name} ${line}\` parks \`${target.environment}\`: scaling up brings it back`, inv.span);
    return;
  }
  if (outage && devStopped(inv, `${inv.name} ${line}`, [target.environment])) {
    b.verb('write').finding('dev_stopped', `\`${inv.name} ${line}\` stops what dev runs; starting it brings it back with what it held`, inv.span);
    return;
  }
  if (outage) {
    b.verb('write').destroy('service_outage', `\`${inv.name} ${line}\` takes it out of service`, inv.span);
    return;
  }
  const reimage = words.find((w, i) => i > 0 && REIMAGE_OP.test(w) && !isGroup(i));
  if (reimage) {
    b.verb('replace', 'delete').destroy('disk_reimage', `\`${inv.name} ${line}\` replaces the disk with a fresh image`, inv.span);
    return;
  }
  if (revertsToSnapshot(inv.name, words)) {
    b.verb('replace', 'delete').destroy('disk_reimage', `\`${inv.name} ${line}\` puts the machine or disk back to a snapshot: what was written since is lost`, inv.span);
    return;
  }
  const first = (words[0] ?? '').replace(/^[\w-]+:/, '');
  if (READ_OP.test(first) || READ_OP.test(words[1] ?? '') || words.length === 0) b.verb('read');
  else if (/^(deploy|up|release|publish|promote|apply)/.test(first) || /:(deploy|release|promote)$/.test(words[0] ?? '')) b.verb('deploy');
  else b.verb('write');
}
