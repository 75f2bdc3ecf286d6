import type { Invocation } from '../invocation.ts';
import { clue, envTarget, envVar, hasFlag, inputFile, optionValue, positionals } from './common.ts';

/** Cloud CLIs, judged by the verb of their operation (delete/terminate/remove/...) and by safeguards switched off. */

/**
 * Operation verbs that delete or lose data. Checked against the AWS CLI's operation catalogue (the
 * first word of every operation name in botocore's service models: Delete, Terminate, Remove,
 * Deregister, Purge, Deprovision, Dispose, Redact, Forget, Withdraw, Unsubscribe, ...) and gcloud's `undeploy`.
 * Account-level operations whose verb is not delete (AWS CLI reference): `organizations leave-organization`
 * (a member account leaves: its SCPs, consolidated billing and delegated administration go),
 * `organizations close-account` (the account is suspended and its resources deleted after 90 days), and
 * `securityhub`/`macie2`/`guardduty disassociate-from-administrator-account` (and the older `-master-`
 * name): the member drops out of central security monitoring.
 */
const DESTROY_OP = /^(leave|close-account|disassociate-from-(?:administrator|master)-account|delete|del|undefine|terminate|remove|deregister|destroy|purge|drop|deprovision|dispose|redact|forget|withdraw|undeploy|decrease-stream-retention|disable-?\w*-?protection|schedule-key-deletion|stop-logging|reset|wipe|rb|rm|release|revoke|detach-volume|abandon|force-delete|erase|unpublish|nuke|uninstall|flush|truncate|decommission|retire|unsubscribe)(?=$|-|:)/;
const READ_OP = /^(describe|list|get|head|show|ls|search|query|scan|lookup|check|validate|estimate|preview|plan|export|download|test|simulate|wait|whoami|version|help|info|status|logs|tail|inspect|view|filter-log-events|batch-get|select|print|diff|config)(?=$|-|:)/;
const PERMISSION_OP = /(iam|policy|policies|role|roles|permission|acl|grant|access-key|login-profile|assume-role|add-user-to-group|security-group-ingress|security-group-egress|sharing|share|rbac|role-assignment|add-iam-policy-binding|remove-iam-policy-binding|set-iam-policy|keyvault-set-policy)/;
/** Options that switch off a safeguard: deletion protection, final snapshots, backups, versioning, audit logs. */
const SAFEGUARD_OFF = /^--(no-deletion-protection|no-enable-termination-protection|no-disable-api-termination|skip-final-snapshot|delete-automated-backups|no-backup|no-enable-deletion-protection|deletion-protection=false|backup-retention-period=0|no-multi-az|force-delete-without-recovery|delete-all-versions|no-enable-backups|no-enable-logging|disable-deletion-protection|force)$/;

/** Destinations that discard what is written to them. */
const DISCARDING_DEST = /^(\/dev\/(null|zero|full)|nul:?|\\\\\.\\nul)$/i;

/** `--no-<something protective>` and `--<something protective>=false` in any CLI. */
const SAFEGUARD_FLAG_OFF = /^--(no-[\w-]*(deletion-protection|termination-protection|backup|versioning|logging|audit|encryption|snapshot|point-in-time-recovery|retain)[\w-]*|[\w-]*(deletion-protection|termination-protection|versioning|backup|logging)[\w-]*=(false|disabled?|suspended|off|0))$/i;

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

/** Operations whose effect is chosen inside a JSON document parameter (a change batch, request items). */
const AWS_BATCH_DELETES: ReadonlyArray<{ service: string; op: string; param: string; deletes: RegExp }> = [
  { service: 'route53', op: 'change-resource-record-sets', param: '--change-batch', deletes: /"?Action"?\s*[:=]\s*"?DELETE\b|\bAction=DELETE\b/i },
  { service: 'route53', op: 'change-cidr-collection', param: '--changes', deletes: /"?Action"?\s*[:=]\s*"?DELETE_IF_EXISTS\b/i },
  { service: 'dynamodb', op: 'batch-write-item', param: '--request-items', deletes: /DeleteRequest/ },
  { service: 'dynamodb', op: 'transact-write-items', param: '--transact-items', deletes: /"?Delete"?\s*[:=]/ },
  { service: 's3api', op: 'put-bucket-lifecycle-configuration', param: '--lifecycle-configuration', deletes: /"?Expiration"?\s*[:=]\s*\{\s*"?Days"?\s*[:=]\s*[01]\b/ },
];

/**
 * Operations whose name says delete or cancel but which lose nothing (AWS CLI reference): a change set is a proposed
 * change that `execute-change-set` would apply, so deleting it changes no resource; cancelling a key deletion takes the
 * key out of PendingDeletion (it comes back Disabled, as it was unusable while pending).
 */
const AWS_NOT_A_LOSS: ReadonlyArray<{ service: string; op: string; why: string }> = [
  { service: 'cloudformation', op: 'delete-change-set', why: 'discards a proposed change set; no stack resource changes' },
  { service: 'kms', op: 'cancel-key-deletion', why: 'cancels a scheduled key deletion' },
];

export function aws(inv: Invocation): void {
  const b = inv.env.b;
  const valued = new Set(['--profile', '--region', '--output', '--query', '--endpoint-url', '--cli-input-json', '--cli-input-yaml', '--color', '--ca-bundle', '--cli-read-timeout', '--cli-connect-timeout']);
  const pos = positionals(inv.args, valued);
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
  const t = envTarget(inv, 'cloud', `aws:${service}:${resource}`, [clue('arns', resource), clue('aws_accounts', inv.env.ctx.awsAccount), clue('aws_profiles', profile), clue('names', resource), clue('names', profile), clue('aws_regions', region)]);
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
  const undo = AWS_NOT_A_LOSS.find((x) => x.service === service && x.op === op);
  if (undo) {
    b.verb('write');
    b.summary(`aws ${service} ${op}: ${undo.why}`);
    return;
  }
  if (service === 's3') {
    if (op === 'rm' || op === 'rb') {
      b.verb('delete').destroy('aws_s3_delete', `\`aws s3 ${op}\`${hasFlag(inv.args, '--recursive', '--force') ? ' (recursive)' : ''} deletes objects`, inv.span);
    } else if (op === 'sync' || op === 'cp' || op === 'mv') {
      b.verb('write', 'network');
      if (hasFlag(inv.args, '--delete')) b.verb('delete').destroy('aws_s3_sync_delete', '`aws s3 sync --delete` deletes objects missing from the source', inv.span);
      if (op === 'mv') {
        b.verb('delete');
        // A move whose destination discards what it receives loses the source (like `mv x /dev/null`).
        const dest = pos[pos.length - 1]?.value;
        if (pos.length >= 4 && dest !== null && dest !== undefined && DISCARDING_DEST.test(dest)) {
          b.destroy('aws_s3_move_discard', `\`aws s3 mv\` to \`${dest}\` discards the source`, inv.span);
        }
      }
    } else b.verb(op === 'ls' || op === 'presign' ? 'read' : 'write');
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
    if (batch.deletes.test(doc)) {
      b.verb('delete').destroy('aws_batch_delete', `\`aws ${service} ${op}\`: the ${batch.param} deletes`, inv.span);
      b.summary(`aws ${service} ${op} (delete)`);
      return;
    }
    b.verb('write');
    return;
  }
  // Secrets Manager: a new value replaces the one every client reads (AWSCURRENT); the description or KMS key alone does not.
  if (service === 'secretsmanager' && (op === 'put-secret-value' || op === 'update-secret') && hasFlag(inv.args, '--secret-string', '--secret-binary')) {
    b.verb('write', 'replace').destroy('secret_overwrite', `\`aws secretsmanager ${op}\` replaces the current value of a secret`, inv.span);
    b.summary(`aws secretsmanager ${op}`);
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
  if ((service === 'ecs' && op === 'update-service' && optionValue(inv.args, '--desired-count') === '0') || (service === 'autoscaling' && optionValue(inv.args, '--desired-capacity') === '0')) {
    b.verb('write').destroy('scale_to_zero', 'scales the service to zero', inv.span);
  }
  if (service === 'rds' && op.startsWith('modify') && optionValue(inv.args, '--backup-retention-period') === '0') b.destroy('aws_backups_off', 'switches off automated backups', inv.span);
  // Reserved concurrency 0 throttles every invocation of the function: it stops serving.
  if (service === 'lambda' && op === 'put-function-concurrency' && optionValue(inv.args, '--reserved-concurrent-executions') === '0') b.destroy('service_outage', 'throttles every invocation of the function', inv.span);
}

/**
 * Operations that take a running resource out of service (stop-instances, stop-db-cluster, `vm deallocate`, `instances
 * suspend`, power-off): an outage, and what is in flight is lost (EC2 erases instance-store volumes on stop; Azure loses the
 * temporary disk on deallocate). Destructive; starting it again is a new action. docs/classifier-evaluation.md, "Availability".
 */
export const OUTAGE_OP = /^(stop|suspend|deallocate|power-?off|shutdown|hibernate|pause)(?=$|-)/;

/**
 * Resizing to zero is an outage (docs/classifier-evaluation.md, "Availability"): the size options of each CLI's resize and
 * scale operations (gcloud `container clusters resize --num-nodes`, `compute instance-groups managed resize --size`;
 * az `aks nodepool scale --node-count`, `vmss scale --new-capacity`, `appservice plan update --number-of-workers`;
 * AWS `autoscaling set-desired-capacity`; eksctl `scale nodegroup --nodes`).
 */
const SCALE_SIZE_OPTIONS = ['--num-nodes', '--size', '--node-count', '--new-capacity', '--nodes', '--desired-capacity', '--desired-count', '--number-of-workers', '--instance-count', '--replicas', '--target-size'];
const SCALE_OP = /^(resize|scale|set-desired-capacity|update|set-size|set-instance-count)(?=$|-)/;

/** `--environment prod`, `--env=staging`: an environment named outright. */
function environmentOptionClues(inv: Invocation) {
  return [clue('names', optionValue(inv.args, '--environment', '--env'))];
}

/** Shared by every cloud CLI: the operation's verb decides. */
export function classifyOperation(inv: Invocation, op: string, label: string, identity: boolean): void {
  const b = inv.env.b;
  const safeguard = inv.args.find((a) => a.value !== null && a.value !== '--force' && (SAFEGUARD_OFF.test(a.value) || SAFEGUARD_FLAG_OFF.test(a.value)));
  if (DESTROY_OP.test(op)) {
    b.verb(identity || PERMISSION_OP.test(op) ? 'permissions' : 'delete', 'delete').destroy('cloud_delete', `\`${label}\` deletes`, inv.span);
    b.summary(label);
  } else if (OUTAGE_OP.test(op)) {
    b.verb('write').destroy('service_outage', `\`${label}\` takes it out of service`, inv.span);
    b.summary(label);
  } else if (READ_OP.test(op)) b.verb('read');
  else if (identity || PERMISSION_OP.test(op)) b.verb('permissions');
  else if (/^(deploy|create-stack|update-stack|execute-change-set|create-deployment|update-function-code|publish|release|rollout|promote|apply|up|update-service|swap)/.test(op)) b.verb('deploy');
  else if (/^(replace|recreate|restore|rollback|reimage|redeploy)/.test(op)) b.verb('replace', 'deploy');
  else b.verb('write');
  const zero = SCALE_SIZE_OPTIONS.find((n) => optionValue(inv.args, n) === '0');
  if (zero && SCALE_OP.test(op)) b.verb('write').destroy('scale_to_zero', `\`${label} ${zero} 0\` scales it to zero: nothing is left serving`, inv.span);
  if (safeguard) b.destroy('safeguard_off', `\`${safeguard.value}\` switches off a safeguard`, { start: safeguard.start, end: safeguard.end });
  if (/disable|suspend/.test(op) && /(protection|versioning|backup|logging|audit|trail|snapshot|retention|encryption|mfa)/.test(op)) b.destroy('safeguard_off', `\`${label}\` switches off a safeguard`, inv.span);
}

export function gcloud(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, new Set(['--project', '--region', '--zone', '--format', '--filter', '--account', '--configuration', '--impersonate-service-account', '--limit', '--sort-by', '--member', '--role']));
  // A release track (`gcloud beta run services delete`) comes before the group: without it, `run` read as the operation.
  const words = pos.map((p) => p.value ?? '?').filter((w, i) => !(i === 0 && /^(alpha|beta|preview)$/.test(w)));
  const project = optionValue(inv.args, '--project') ?? envVar(inv, 'CLOUDSDK_CORE_PROJECT');
  const opIndex = words.findIndex((w, i) => i > 0 && (DESTROY_OP.test(w) || READ_OP.test(w) || /^(create|update|deploy|patch|set|add|enable|disable|resize|start|stop|suspend|resume|restart|import|export|promote|failover|rollback|ssh|scp|run|apply|submit)(?=$|-)/.test(w) || PERMISSION_OP.test(w)));
  const op = opIndex === -1 ? (words[words.length - 1] ?? '?') : words[opIndex]!;
  const resource = opIndex === -1 ? '?' : (words[opIndex + 1] ?? words.slice(0, opIndex).join('.'));
  b.target(envTarget(inv, 'cloud', `gcp:${project ?? '?'}:${words.slice(0, opIndex === -1 ? words.length : opIndex).join('.')}/${resource}`, [clue('gcp_projects', project), clue('names', project), clue('names', resource), ...environmentOptionClues(inv)]));
  // `gcloud storage rsync|cp|mv|rm --dry-run` (and other commands' `--dry-run`) only report what would happen.
  if (hasFlag(inv.args, '--dry-run') && !inv.args.some((a) => a.value === '--dry-run=false')) {
    b.verb('read').finding('dry_run', 'dry run changes nothing');
    return;
  }
  // `gcloud storage` commands are one word after the group, whatever their operands look like.
  if (words[0] === 'storage' && words[1] === 'rsync' && hasFlag(inv.args, '--delete-unmatched-destination-objects')) {
    b.verb('delete').destroy('gcloud_rsync_delete', 'deletes objects missing from the source', inv.span);
    return;
  }
  if (words[0] === 'storage' && (op === 'rm' || op === 'rb')) {
    b.verb('delete').destroy('gcloud_storage_delete', `\`gcloud storage ${op}\``, inv.span);
    return;
  }
  if (op === 'ssh' || op === 'scp') {
    b.verb('exec', 'network');
    const cmd = optionValue(inv.args, '--command');
    if (cmd === null) b.opaque('ssh_dynamic_command', 'the remote command is not fixed', inv.span);
    else if (cmd !== undefined) inv.runSource(cmd, null, '`gcloud compute ssh --command`');
    return;
  }
  classifyOperation(inv, op, `gcloud ${words.join(' ')}`, words[0] === 'iam' || PERMISSION_OP.test(op));
  if (inv.args.some((a) => a.value === '--no-deletion-protection' || a.value === '--no-backup' || a.value === '--clear-deletion-protection')) b.destroy('safeguard_off', 'switches off a safeguard', inv.span);
}

export function az(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, new Set(['--subscription', '-g', '--resource-group', '-n', '--name', '-o', '--output', '--query', '--location', '-l', '--assignee', '--role', '--scope', '--ids']));
  const words = pos.map((p) => p.value ?? '?');
  const sub = optionValue(inv.args, '--subscription');
  const group = optionValue(inv.args, '-g', '--resource-group');
  const name = optionValue(inv.args, '-n', '--name');
  const opIndex = words.findIndex((w, i) => i > 0 && (DESTROY_OP.test(w) || READ_OP.test(w) || /^(create|update|deploy|set|add|start|stop|deallocate|restart|scale|swap|import|run-command|invoke)/.test(w)));
  const op = opIndex === -1 ? (words[words.length - 1] ?? '?') : words[opIndex]!;
  // Every `--<resource>-name` (`--vault-name kv-acme-prod`, `--account-name`, `--server-name`) names what is acted on.
  const resourceNames = inv.args.flatMap((a, i) => (/^--[\w-]+-name$/.test(a.value ?? '') ? [inv.args[i + 1]?.value] : /^--[\w-]+-name=/.test(a.value ?? '') ? [a.value!.slice(a.value!.indexOf('=') + 1)] : []));
  b.target(envTarget(inv, 'cloud', `azure:${sub ?? '?'}:${group ?? '?'}/${words.slice(0, opIndex === -1 ? undefined : opIndex).join('.')}/${name ?? '?'}`, [clue('azure_subscriptions', sub), clue('names', sub), clue('names', group), clue('names', name), ...resourceNames.map((n) => clue('names', n)), ...environmentOptionClues(inv)]));
  // `az storage blob|file delete-batch|upload-batch|download-batch --dryrun` shows the summary instead of acting.
  if (hasFlag(inv.args, '--dryrun', '--dry-run')) {
    b.verb('read').finding('dry_run', 'dry run changes nothing');
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
  if ((words.includes('deployment') && op === 'create' && mode === 'complete') || (words[0] === 'stack' && /^(create|set)$/.test(op) && (onUnmanage === 'deleteall' || onUnmanage === 'deleteresources'))) {
    b.verb('deploy', 'delete').destroy('az_deploy_complete', `\`az ${words.join(' ')}\` deletes resources the template does not name`, inv.span);
    return;
  }
  classifyOperation(inv, op, `az ${words.join(' ')}`, words[0] === 'role' || words[0] === 'ad' || PERMISSION_OP.test(words.join('-')));
}

/** CLIs whose pause/suspend operation pauses a reconciler rather than a running service, by the CLI's first word. */
const RECONCILER_PAUSE: Readonly<Record<string, RegExp>> = { flux: /^suspend$/ };

/** Other cloud and platform CLIs (doctl, fly, heroku, vercel, eksctl, ...): operation verbs anywhere in the positionals. */
export function genericCloud(inv: Invocation): void {
  const b = inv.env.b;
  const pos = positionals(inv.args, new Set(['-a', '--app', '--project', '--region', '-r', '--context', '--org', '--scope', '--token', '-o', '--output', '--profile', '--config']));
  const words = pos.map((p) => p.value ?? '?');
  const app = optionValue(inv.args, '-a', '--app') ?? optionValue(inv.args, '--name', '--cluster') ?? words.find((w, i) => i > 0 && !DESTROY_OP.test(w) && !READ_OP.test(w)) ?? '?';
  // The operands name what is acted on (`vercel env rm KEY production`, `vault kv undelete secret/production/db`), as do
  // the files and environments it is given (`fly deploy --config fly.production.toml`, `wrangler deploy --env staging`).
  b.target(envTarget(inv, 'cloud', `${inv.name}:${app}`, [clue('names', app), clue('names', optionValue(inv.args, '--project', '--context', '--profile')), clue('names', optionValue(inv.args, '--config', '-c')), ...words.slice(0, 6).map((w) => clue('names', w)), ...environmentOptionClues(inv)]));
  // A preview (`wrangler deploy --dry-run`, `eksctl create cluster --dry-run`) changes nothing.
  if (hasFlag(inv.args, '--dry-run', '--dryrun') && !inv.args.some((a) => /^--dry-?run=(false|none|0)$/.test(a.value ?? ''))) {
    b.verb('read').finding('dry_run', 'dry run changes nothing');
    return;
  }
  // A destroy word followed by a subcommand verb is a group's name (`glab release list`, `gh release view`), not the action.
  const isGroup = (i: number) => READ_OP.test(words[i + 1] ?? '') || /^(create|upload|edit|update|new|add)$/.test(words[i + 1] ?? '');
  const opWord = words.find((w, i) => (DESTROY_OP.test(w.replace(/^[\w-]+:/, '')) && !isGroup(i)) || /:(destroy|delete|remove|reset|drop)$/.test(w)) ??
    // Sync that deletes what the source lacks; a secrets or auth mount switched off drops its data.
    ((/^(gsutil|rclone|azcopy|s3cmd|mc)$/.test(inv.name) && (words.includes('sync') || words.includes('rsync')) && hasFlag(inv.args, '-d', '--delete', '--delete-removed', '--delete-destination', '--remove')) || (inv.name === 'rclone' && words[0] === 'sync') ? 'sync --delete' : undefined) ??
    (inv.name === 'vault' && words.includes('disable') ? 'disable' : undefined) ??
    (/^(lvremove|vgremove|pvremove|userdel|deluser|groupdel)$/.test(inv.name) ? inv.name : undefined);
  if (opWord) {
    b.verb('delete').destroy('cloud_delete', `\`${inv.name} ${words.join(' ')}\` deletes`, inv.span);
    return;
  }
  // A GitOps reconciler paused, not a service: `flux suspend` "disables the reconciliation" of a Flux object (Flux CLI
  // reference) and the workloads it manages keep running; `flux resume` turns it back on.
  const paused = RECONCILER_PAUSE[inv.name];
  if (paused && paused.test(words[0] ?? '')) {
    b.verb('write').finding('reconciliation_paused', `\`${inv.name} ${words.join(' ')}\` pauses reconciliation; what it manages keeps running`, inv.span);
    return;
  }
  // Out of service: stop/suspend/power-off (`heroku ps:stop`, `fly machine stop`, `doctl compute droplet-action power-off`,
  // `nomad job stop`), scaling to zero (`heroku ps:scale web=0`, `fly scale count 0`), maintenance mode on.
  const outage = words.find((w, i) => OUTAGE_OP.test(w.replace(/^[\w-]+:/, '')) && !isGroup(i)) ??
    (words.some((w) => /^(ps:)?scale$/.test(w)) && words.some((w, i) => i > 0 && /^([\w-]+=0|0)$/.test(w)) ? 'scale to zero' : undefined) ??
    (words.includes('maintenance:on') ? 'maintenance:on' : undefined) ??
    // Archiving a repository makes it read-only (pushes, merge requests and CI writes stop), like `gh repo archive`.
    ((words[0] === 'repo' || words[0] === 'project') && words[1] === 'archive' ? 'archive' : undefined);
  if (outage) {
    b.verb('write').destroy('service_outage', `\`${inv.name} ${words.join(' ')}\` takes it out of service`, inv.span);
    return;
  }
  const first = (words[0] ?? '').replace(/^[\w-]+:/, '');
  if (READ_OP.test(first) || READ_OP.test(words[1] ?? '') || words.length === 0) b.verb('read');
  else if (/^(deploy|up|release|publish|promote|apply)/.test(first) || /:(deploy|release|promote)$/.test(words[0] ?? '')) b.verb('deploy');
  else b.verb('write');
}
