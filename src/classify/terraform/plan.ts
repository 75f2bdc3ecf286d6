import type { ActionContext, Inventory, JsonObject, JsonValue, Verb } from '../../core/index.ts';
import type { FactsBuilder } from '../builder.ts';
import { resolveEnvironment, type EnvClue } from '../environment.ts';
import { EVERYONE_ADDRESS, EVERYONE_MEMBER, PUBLIC_CANNED_ACL, policyAllowsEverything, policyLetsAnyoneIn, roleGrantWidens } from '../public-access.ts';

/**
 * Terraform plans in the `terraform show -json` format: `resource_changes[].change.actions` says
 * what happens to each resource (`["delete","create"]` and `["create","delete"]` are replacements,
 * `["forget"]` drops a resource from state). Updates are searched for safeguards being switched off.
 */

type Kind = 'create' | 'update' | 'delete' | 'replace' | 'read' | 'forget' | 'create-forget' | 'no-op' | 'unknown';

function isObj(x: JsonValue | undefined): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function actionKind(actions: JsonValue | undefined): Kind {
  if (!Array.isArray(actions)) return 'unknown';
  const a = actions.map(String).join(',');
  switch (a) {
    case 'no-op':
      return 'no-op';
    case 'create':
      return 'create';
    case 'read':
      return 'read';
    case 'update':
      return 'update';
    case 'delete':
      return 'delete';
    case 'delete,create':
    case 'create,delete':
      return 'replace';
    case 'forget':
      return 'forget';
    case 'create,forget':
      // Terraform 1.10+: a replacement whose old object is forgotten (removed from state, left running), not destroyed.
      return 'create-forget';
    default:
      // `["create","forget"]`-style combinations and anything newer: be strict.
      return actions.some((x) => x === 'delete' || x === 'forget') ? 'replace' : 'unknown';
  }
}

/** `true -> false` on these means a safeguard is switched off. */
const PROTECT_ON = /(block_public_acls|block_public_policy|ignore_public_acls|restrict_public_buckets|deletion_protection|termination_protection|deletion_protection_enabled|enable_deletion_protection|prevent_destroy|point_in_time_recovery|enable_logging|is_logging|versioning|mfa_delete|backup|enable_key_rotation|object_lock|retain_on_delete|protect)/i;
/** `false -> true` on these means a safeguard is switched off. */
const PROTECT_OFF = /(skip_final_snapshot|force_destroy|force_delete|delete_automated_backups|disable_api_termination_off|purge_on_delete|recursive_delete)/i;

/**
 * Whether setting this attribute (a Terraform argument name or dotted path, `snake_case`) to this value switches a
 * safeguard off, judged from the new value alone: a protection set to false, an unprotection set to true, automated
 * backups kept for 0 days (RDS `backup_retention_period`: 0 disables them). For changes whose old value is not shown (a
 * Crossplane managed resource patched: upjet providers' `spec.forProvider` fields are the Terraform arguments in camelCase).
 */
export function protectionSetOff(attribute: string, value: JsonValue): boolean {
  return (PROTECT_ON.test(attribute) && value === false) || (PROTECT_OFF.test(attribute) && value === true) || (/(^|[_.])backup_retention_period$/.test(attribute) && value === 0);
}

function flatten(value: JsonValue | undefined, prefix: string, out: Map<string, JsonValue>, depth: number): void {
  if (depth > 6 || value === undefined) return;
  if (Array.isArray(value)) {
    value.slice(0, 50).forEach((v, i) => flatten(v, `${prefix}[${i}]`, out, depth + 1));
    return;
  }
  if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
    return;
  }
  out.set(prefix, value);
}

/** A value's leaves by attribute path (`a.b.0.c`). */
function flatMap(value: JsonValue | undefined): Map<string, JsonValue> {
  const cached = value !== null && typeof value === 'object' ? FLAT.get(value) : undefined;
  if (cached) return cached;
  const out = new Map<string, JsonValue>();
  flatten(value, '', out, 0);
  if (value !== null && typeof value === 'object') FLAT.set(value, out);
  return out;
}

/** Each resource's before and after are read by several rules: flattened once (the plan's objects are not changed). */
const FLAT = new WeakMap<object, Map<string, JsonValue>>();

/** The attribute paths whose change switches a safeguard off. */
export function safeguardsOff(before: JsonValue | undefined, after: JsonValue | undefined): string[] {
  const [b, a] = [flatMap(before), flatMap(after)];
  const out: string[] = [];
  for (const [path, was] of b) {
    if (!a.has(path)) continue;
    const now = a.get(path);
    if (was === now) continue;
    if (PROTECT_ON.test(path) && ((was === true && now === false) || (/^enabled$/i.test(String(was)) && /^(suspended|disabled)$/i.test(String(now))))) out.push(path);
    else if (PROTECT_OFF.test(path) && was === false && now === true) out.push(path);
    else if (/disable_api_termination$/.test(path) && was === true && now === false) out.push(path);
    else if (/backup_retention_period$|retention_in_days$|retention_period$/.test(path) && typeof was === 'number' && was > 0 && now === 0) out.push(path);
  }
  return out;
}

/**
 * Retention settings, in any unit: lowering one deletes what is now older than the new period (CloudWatch Logs
 * PutRetentionPolicy: events older than the retention are deleted; RDS `backup_retention_period`: automated backups
 * outside the window are deleted; SQS `message_retention_seconds`: older messages are dropped). CloudWatch's
 * `retention_in_days = 0` means "never expire", so 0 -> N shortens it too.
 */
const RETENTION = /(^|\.)(\w+_)?retention(_\w+)?$/;

/** The retention settings this update lowers (older data is deleted). */
export function retentionShortened(type: string, before: JsonValue | undefined, after: JsonValue | undefined): string[] {
  const [b, a] = [flatMap(before), flatMap(after)];
  const out: string[] = [];
  for (const [path, was] of b) {
    const now = a.get(path);
    if (!RETENTION.test(path) || typeof was !== 'number' || typeof now !== 'number' || now <= 0 || was === now) continue;
    const neverExpired = was === 0 && type === 'aws_cloudwatch_log_group' && /retention_in_days$/.test(path);
    if (neverExpired || (was > 0 && now < was)) out.push(path);
  }
  return out;
}

/**
 * S3 lifecycle rules that expire objects within a day (`rule[].expiration[].days` of `aws_s3_bucket_lifecycle_configuration`,
 * `lifecycle_rule[].expiration[].days` of `aws_s3_bucket`), in an enabled rule, where the change brings that in: every object
 * the rule's filter matches is deleted by tomorrow (as the HTTP judge reads `PUT ?lifecycle`).
 */
export function expiresWithinADay(before: JsonValue | undefined, after: JsonValue | undefined): string[] {
  const [b, a] = [flatMap(before), flatMap(after)];
  const out: string[] = [];
  for (const [path, now] of a) {
    const m = /^((?:lifecycle_)?rule\[\d+\])\.expiration\[\d+\]\.days$/.exec(path);
    if (!m || typeof now !== 'number' || now < 0 || now > 1) continue;
    const status = a.get(`${m[1]}.status`);
    const enabled = a.get(`${m[1]}.enabled`);
    if (status !== undefined ? !/^enabled$/i.test(String(status)) : enabled === false) continue;
    const was = b.get(path);
    if (!(typeof was === 'number' && was <= 1)) out.push(path);
  }
  return out;
}

function str(x: JsonValue | undefined): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

function providerRegions(plan: JsonObject): Map<string, string> {
  const out = new Map<string, string>();
  const cfg = plan.configuration;
  if (!isObj(cfg) || !isObj(cfg.provider_config)) return out;
  for (const [key, p] of Object.entries(cfg.provider_config)) {
    if (!isObj(p) || !isObj(p.expressions)) continue;
    const region = p.expressions.region;
    if (isObj(region) && typeof region.constant_value === 'string') out.set(key, region.constant_value);
  }
  return out;
}

function resourceClues(rc: JsonObject, ctx: ActionContext, regions: Map<string, string>): EnvClue[] {
  const change = isObj(rc.change) ? rc.change : {};
  const values = isObj(change.after) ? change.after : isObj(change.before) ? change.before : {};
  const tags = isObj(values.tags_all) ? values.tags_all : isObj(values.tags) ? values.tags : isObj(values.labels) ? values.labels : {};
  const arn = str(values.arn);
  const account = arn ? arn.split(':')[4] : undefined;
  const region = (arn ? arn.split(':')[3] : undefined) || str(values.region) || str(values.location);
  const providerKey = String(rc.provider_name ?? '').split('/').pop() ?? '';
  const tagEnv = str(tags.Environment) ?? str(tags.environment) ?? str(tags.env) ?? str(tags.Env) ?? str(tags.stage) ?? str(tags.Stage);
  return [
    { kind: 'tf_addresses', value: str(rc.address) },
    { kind: 'names', value: tagEnv },
    { kind: 'arns', value: arn },
    { kind: 'aws_accounts', value: account },
    { kind: 'gcp_projects', value: str(values.project) },
    { kind: 'azure_subscriptions', value: str(values.subscription_id) },
    { kind: 'tf_workspaces', value: ctx.tfWorkspace },
    { kind: 'names', value: str(values.name) ?? str(values.identifier) ?? str(values.bucket) ?? str(values.cluster_identifier) },
    { kind: 'names', value: str(rc.address) },
    { kind: 'names', value: str(values.resource_group_name) },
    { kind: 'aws_regions', value: region ?? regions.get(providerKey) },
  ];
}

/** Top-level keys of the `terraform show -json` plan format besides resource_changes. */
const PLAN_KEYS = ['planned_values', 'output_changes', 'resource_drift', 'prior_state', 'configuration', 'applyable', 'complete', 'errored', 'terraform_version', 'relevant_attributes', 'checks', 'timestamp', 'variables'];

/**
 * Resource types whose object lives only in Terraform's state or is rebuilt from the configuration, so destroying or
 * replacing one loses nothing (each provider's own documentation): `null_resource` and `terraform_data` hold only their
 * triggers and inputs; the `random` provider's values exist only in state ("no external resources"); the `time`
 * provider's timestamps and sleeps; `local_file`/`local_sensitive_file` and `archive_file` write a file whose content
 * is the configuration's (`content`) or is built from source files. Not `tls_*` (a private key is not rebuilt).
 */
/**
 * Whether a resource address (`module.a["x"].aws_s3_bucket.logs[0]`, `data.aws_ami.ubuntu`) ends in its own type and name, as
 * every address Terraform writes does.
 */
function addressNamesType(address: string, type: string): boolean {
  if (type === '') return false;
  const last = address.replace(/\[[^\]]*\]$/, '').split('.');
  return last.length >= 2 && last[last.length - 2] === type;
}

const DISPOSABLE_TYPE = /^(null_resource|terraform_data|random_[a-z_]+|time_(sleep|static|offset|rotating)|local_(sensitive_)?file|archive_file)$/;

/**
 * Resource types that hold only what their configuration says (no data, no traffic of their own), so a create-before-destroy
 * replacement (`["create","delete"]`: the new object exists before the old one goes) loses nothing. From each provider's
 * documentation, which recommends `create_before_destroy` for exactly these: launch configurations and templates,
 * instance templates, security groups and their rules, and Kubernetes ConfigMaps (their `data` is the configuration's).
 */
const CONFIG_ONLY_TYPE = /^(aws_launch_configuration|aws_launch_template|aws_security_group|aws_security_group_rule|aws_vpc_security_group_(ingress|egress)_rule|google_compute_(region_)?instance_template|kubernetes_config_map(_v1)?)$/;

/**
 * Updates that take a running service out of service (docs/classifier-evaluation.md, "Availability"): a desired size or
 * replica count set to zero from more (`aws_autoscaling_group.desired_capacity`, `aws_ecs_service.desired_count`,
 * `aws_eks_node_group.scaling_config.desired_size`, `kubernetes_deployment|stateful_set.spec.replicas`,
 * `google_compute_instance_group_manager.target_size`, `azurerm_kubernetes_cluster_node_pool.node_count`), and a state
 * set to stopped (`aws_ec2_instance_state.state = stopped`, `google_compute_instance.desired_status = TERMINATED|SUSPENDED`).
 */
const SIZE_ATTR = /(^|\.)(desired_capacity|desired_count|desired_size|replicas|target_size|node_count|instance_count)$/;
/**
 * A resource switched off as a whole (a top-level `enabled`/`is_enabled` from true to false): a KMS key that decrypts
 * nothing while disabled, a CloudFront distribution that serves nothing, an event rule or source mapping that stops.
 */
const SWITCHED_ATTR = /^(enabled|is_enabled)$/;
const STOPPED_ATTR: ReadonlyArray<{ attr: RegExp; stopped: RegExp }> = [
  { attr: /^state$/, stopped: /^stopped$/ },
  { attr: /^desired_status$/, stopped: /^(TERMINATED|SUSPENDED)$/ },
];

/** The attribute paths whose change takes the resource out of service. */
export function outageUpdates(before: JsonValue | undefined, after: JsonValue | undefined): string[] {
  const [b, a] = [flatMap(before), flatMap(after)];
  const out: string[] = [];
  for (const [path, now] of a) {
    const was = b.get(path);
    if (was === now) continue;
    if (SIZE_ATTR.test(path) && Number(was) > 0 && (now === 0 || now === '0')) out.push(path);
    else if (STOPPED_ATTR.some((r) => r.attr.test(path) && typeof now === 'string' && r.stopped.test(now) && !(typeof was === 'string' && r.stopped.test(was)))) out.push(path);
    else if (SWITCHED_ATTR.test(path) && was === true && now === false) out.push(path);
  }
  return out;
}

/**
 * Access opened to everyone (docs/classifier-evaluation.md: weakening a safeguard), as the cloud CLIs read it
 * (`public-access.ts`), created or brought in by an update: an inbound rule whose source is any address in a security
 * group, a security-group rule, a GCP firewall or an Azure network security rule (outbound and deny rules open nothing);
 * a resource or trust policy that lets anyone in (`aws_s3_bucket_policy`, `assume_role_policy`, a key or queue policy);
 * a public canned ACL; a Google IAM member that is everyone.
 */
const SOURCE_ATTR = /(^|\.)(cidr_blocks|ipv6_cidr_blocks|cidr_ipv4|cidr_ipv6|source_ranges|source_address_prefix|source_address_prefixes)(\[\d+\])?$/;
const OUTBOUND = /(^|\.)egress(\[\d+\])?\./;
const POLICY_ATTR = /(^|\.)(policy|assume_role_policy)$/;
const ACL_ATTR = /^acl$/;
const MEMBER_ATTR = /^(member|members\[\d+\])$/;

function opensToEveryone(path: string, now: string, inbound: boolean): boolean {
  if (SOURCE_ATTR.test(path)) return inbound && !OUTBOUND.test(path) && EVERYONE_ADDRESS.test(now.trim());
  if (POLICY_ATTR.test(path)) return policyLetsAnyoneIn(now);
  if (ACL_ATTR.test(path)) return PUBLIC_CANNED_ACL.test(now);
  return MEMBER_ATTR.test(path) && EVERYONE_MEMBER.test(now);
}

/** Identity policies (`policy`, not a trust policy) that an update or create makes allow every action on every resource. */
function adminPolicyGranted(before: JsonValue | undefined, after: JsonValue | undefined): string[] {
  if (!isObj(after)) return [];
  const was = flatMap(before);
  const out: string[] = [];
  for (const [path, now] of flatMap(after)) {
    if (typeof now !== 'string') continue;
    const then = was.get(path);
    // The lead's answer 389.6 (round 38b, n4): an AWS managed policy attached by ARN (`aws_iam_role_policy_attachment`'s
    // `policy_arn`, a role's `managed_policy_arns`) is judged as `aws iam attach-role-policy` judges it (roleGrantWidens:
    // `AdministratorAccess`, `PowerUserAccess`, a service's `*FullAccess`).
    if (/(^|\.)(policy_arn|managed_policy_arns\[\d+\]|policy_arns\[\d+\])$/.test(path) && /^arn:aws[\w-]*:iam::aws:policy\//.test(now)) {
      if (roleGrantWidens(now, undefined) !== null && then !== now) out.push(path);
      continue;
    }
    if (!/(^|\.)policy$/.test(path)) continue;
    if (policyAllowsEverything(now) && !(typeof then === 'string' && policyAllowsEverything(then))) out.push(path);
  }
  return out;
}

export function publicAccessOpened(type: string, before: JsonValue | undefined, after: JsonValue | undefined): string[] {
  if (!isObj(after)) return [];
  const deny = (typeof after.access === 'string' && /^deny$/i.test(after.access)) || (type === 'google_compute_firewall' && Array.isArray(after.deny) && after.deny.length > 0 && !(Array.isArray(after.allow) && after.allow.length > 0));
  const inbound = !/egress/.test(type) && after.type !== 'egress' && !(typeof after.direction === 'string' && /^(egress|outbound)$/i.test(after.direction)) && !deny;
  const was = flatMap(before);
  const out: string[] = [];
  for (const [path, now] of flatMap(after)) {
    const then = was.get(path);
    if (typeof now === 'string' && opensToEveryone(path, now, inbound) && !(typeof then === 'string' && opensToEveryone(path, then, inbound))) out.push(path);
  }
  return out;
}

const PERMISSION_TYPE = /(iam|role|policy|permission|rbac|acl|binding|member|grant|access_key|service_account_key|authorization)/;

export function classifyPlan(plan: JsonObject, ctx: ActionContext, inventory: Inventory, b: FactsBuilder): void {
  // Terraform omits `resource_changes` when no resource changes (jsonplan marks it omitempty): a plan
  // that only refreshes state (`resource_drift`) or only changes outputs has none. Such a plan is still
  // recognised by its other top-level keys.
  const planShaped = typeof plan.format_version === 'string' && PLAN_KEYS.some((k) => k in plan);
  const changes = plan.resource_changes ?? (planShaped ? [] : undefined);
  if (!Array.isArray(changes)) {
    // SECURITY: not the shape we know: we cannot say what applying it would do.
    b.opaque('plan_unrecognised', 'not a `terraform show -json` plan (no resource_changes)');
    return;
  }
  if (typeof plan.format_version !== 'string') b.partial('plan_no_format_version', 'the plan has no format_version');
  const major = Number(String(plan.format_version ?? '1').split('.')[0]);
  if (major !== 0 && major !== 1) b.opaque('plan_format_unsupported', `plan format version \`${plan.format_version}\` is not supported`);
  // SECURITY: an errored plan is not the plan that would be applied after the error is fixed.
  if (plan.errored === true) b.opaque('plan_errored', 'the plan reports errors: what a fixed plan would do is unknown');
  if (Array.isArray(plan.action_invocations) && plan.action_invocations.length > 0) b.opaque('plan_actions', `the plan invokes ${plan.action_invocations.length} provider action(s), whose effects the plan does not describe`);
  if (Array.isArray(plan.deferred_changes)) {
    for (const d of plan.deferred_changes) {
      const rc = isObj(d) && isObj(d.resource_change) && isObj(d.resource_change.change) ? d.resource_change : null;
      const kind = rc && isObj(rc.change) ? actionKind(rc.change.actions) : 'unknown';
      if (kind !== 'create' && kind !== 'read' && kind !== 'no-op' && kind !== 'update') b.opaque('plan_deferred_destructive', `a deferred change to \`${str(rc?.address) ?? '?'}\` (${kind}) will be planned again with values not known yet`);
    }
  }
  const drift = Array.isArray(plan.resource_drift) ? plan.resource_drift.length : 0;
  if (drift > 0) b.finding('plan_drift', `${drift} resource(s) changed outside Terraform; applying records that in state only`);
  const outputs = isObj(plan.output_changes) ? Object.values(plan.output_changes).filter((o) => isObj(o) && actionKind(o.actions) !== 'no-op').length : 0;
  if (outputs > 0) b.finding('plan_outputs', `${outputs} output value(s) change; outputs hold no infrastructure`);
  if (plan.complete === false) b.partial('plan_incomplete', 'the plan is incomplete (deferred changes)');
  const regions = providerRegions(plan);
  const counts: Record<Kind, number> = { create: 0, update: 0, delete: 0, replace: 0, read: 0, forget: 0, 'create-forget': 0, 'no-op': 0, unknown: 0 };
  b.verb('deploy');
  for (const rc of changes) {
    if (!isObj(rc) || !isObj(rc.change)) {
      b.opaque('plan_resource_malformed', 'a resource change without a change block');
      counts.unknown++;
      continue;
    }
    const address = str(rc.address) ?? '?';
    const kind = actionKind(rc.change.actions);
    counts[kind]++;
    if (kind === 'no-op' || kind === 'read') continue;
    // A forgotten object keeps running outside Terraform: only the state changes.
    const verbs: Verb[] = kind === 'create' || kind === 'update' || kind === 'forget' || kind === 'create-forget' ? ['write'] : kind === 'delete' ? ['delete'] : kind === 'replace' ? ['replace', 'delete'] : ['unknown'];
    if (PERMISSION_TYPE.test(String(rc.type ?? ''))) verbs.push('permissions');
    b.verb(...verbs);
    b.target({ kind: 'terraform', id: address, environment: resolveEnvironment(inventory, resourceClues(rc, ctx, regions)), home: false, verbs });
    const reason = str(rc.action_reason);
    // SECURITY: the exemptions below trust `type`; a change whose address names another type is not what Terraform wrote.
    const typed = addressNamesType(address, String(rc.type ?? ''));
    if (!typed && (kind === 'delete' || kind === 'replace')) b.finding('plan_type_mismatch', `\`${address}\` is not a \`${String(rc.type)}\`: judged as the resource its address names`);
    if (typed && (kind === 'delete' || kind === 'replace') && rc.mode !== 'data' && DISPOSABLE_TYPE.test(String(rc.type ?? ''))) b.finding('plan_disposable', `\`${address}\` (${String(rc.type)}) will be ${kind === 'delete' ? 'destroyed' : 'replaced'}: it holds nothing the configuration does not rebuild`);
    else if (typed && kind === 'replace' && (rc.change.actions as JsonValue[])[0] === 'create' && CONFIG_ONLY_TYPE.test(String(rc.type ?? ''))) b.finding('plan_replace_config_only', `\`${address}\` (${String(rc.type)}) will be replaced, the new one created first: it holds only its configuration`);
    else if (kind === 'delete') b.destroy('plan_delete', `\`${address}\` will be destroyed${reason ? ` (${reason})` : ''}`);
    else if (kind === 'replace') b.destroy('plan_replace', `\`${address}\` will be replaced (${(rc.change.actions as JsonValue[]).join(' then ')})${reason ? `: ${reason}` : ''}`);
    else if (kind === 'forget') b.finding('plan_forget', `\`${address}\` will be removed from state (forgotten); the object itself is kept`);
    else if (kind === 'create-forget') b.finding('plan_forget', `\`${address}\` will be created anew and its old object removed from state (forgotten), not destroyed`);
    else if (kind === 'unknown') b.opaque('plan_unknown_action', `\`${address}\` has actions we do not know: ${JSON.stringify(rc.change.actions)}`);
    if (kind === 'create' || kind === 'update') for (const path of expiresWithinADay(rc.change.before, rc.change.after)) b.verb('delete').destroy('data_expiry', `\`${address}\`: \`${path}\` expires every object the rule matches within a day`);
    if (kind === 'create' || kind === 'update') for (const path of adminPolicyGranted(rc.change.before, rc.change.after)) b.verb('permissions').destroy('plan_admin_policy', `\`${address}\`: \`${path}\` allows every action (of one service or of all) on every resource`);
    if (kind === 'create' || kind === 'update') for (const path of publicAccessOpened(String(rc.type ?? ''), rc.change.before, rc.change.after)) b.destroy('plan_public_access', `\`${address}\`: \`${path}\` opens access to everyone`);
    if (kind === 'update') {
      for (const path of safeguardsOff(rc.change.before, rc.change.after)) b.destroy('plan_safeguard_off', `\`${address}\`: \`${path}\` switches a safeguard off`);
      for (const path of outageUpdates(rc.change.before, rc.change.after)) b.destroy('plan_outage', `\`${address}\`: \`${path}\` set to zero, stopped or switched off takes it out of service`);
      for (const path of retentionShortened(String(rc.type ?? ''), rc.change.before, rc.change.after)) b.destroy('plan_retention_shortened', `\`${address}\`: \`${path}\` lowered: what is older than the new period is deleted`);
    }
  }
  const touched = counts.create + counts.update + counts.delete + counts.replace + counts.forget + counts['create-forget'] + counts.unknown;
  b.blast(touched);
  const parts = [
    counts.delete && `${counts.delete} destroyed`,
    counts.replace && `${counts.replace} replaced`,
    counts.forget && `${counts.forget} forgotten`,
    counts['create-forget'] && `${counts['create-forget']} created with the old object forgotten`,
    counts.update && `${counts.update} updated`,
    counts.create && `${counts.create} created`,
    counts.unknown && `${counts.unknown} unknown`,
  ].filter(Boolean);
  b.summary(`terraform: ${parts.length > 0 ? parts.join(', ') : 'no changes'}`);
  if (touched === 0 && b.confidence === 'parsed') {
    b.verbs.delete('deploy');
    b.verb('read');
  }
}
