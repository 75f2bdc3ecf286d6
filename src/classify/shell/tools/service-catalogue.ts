import type { Invocation } from '../invocation.ts';
import type { Word } from '../words.ts';
import { clue, envTarget, hasFlag, positionals } from './common.ts';

/**
 * Service CLIs whose generic verb is the action, as data: each tool lists its subcommands (or the
 * flags that select an operation) and their effect. The entries follow each tool's own command
 * reference: `rabbitmqctl(8)` and `rabbitmqadmin`, the Jenkins CLI command list (`help`), Kafka's
 * `kafka-topics`/`kafka-consumer-groups`/`kafka-delete-records` tools, `restic` and `borg` manuals,
 * the MinIO client (`mc`), `rclone` commands, `splunk` CLI, `glab api` and `nomad`.
 *
 * A rule matches when the operands (options and their values removed) start with `sub` and, if given,
 * one of `flags` is present. The first matching rule decides; a dry-run flag turns any change into a
 * read. A tool with no matching rule falls back to the generic analysers (the destructive word in its
 * operands). A new tool is one entry here, not code.
 */

export type ServiceEffect = 'destroy' | 'delete' | 'write' | 'deploy' | 'read' | 'permissions' | 'opaque';

export interface ServiceRule {
  /** Anchored at the first operand, matched against the operands joined by single spaces. */
  sub?: RegExp;
  /** At least one must be present (`--delete`, `-X DELETE` is a flag with a value: see `flagValue`). */
  flags?: string[];
  /** An option whose value must match (`-X DELETE`, `--method=delete`). */
  flagValue?: { names: string[]; value: RegExp };
  effect: ServiceEffect;
  /** For reviewers: what the operation does. */
  what: string;
}

export interface ServiceTool {
  names: string[];
  /** Options that take a value, so that operands can be found. */
  valued: string[];
  /** Options that make any operation a preview. */
  dryRun?: string[];
  rules: ServiceRule[];
  /** When no rule matches: a fixed effect, or `fallback` to the generic analysers. */
  otherwise: ServiceEffect | 'fallback';
}

const KAFKA_VALUED = ['--bootstrap-server', '--topic', '--partitions', '--replication-factor', '--config', '--command-config', '--zookeeper', '--group', '--offset-json-file', '--to-offset', '--to-datetime', '--shift-by', '--admin.config', '--delete-config', '--add-config', '--entity-type', '--entity-name', '--timeout'];

export const SERVICE_TOOLS: readonly ServiceTool[] = [
  {
    names: ['kafka-topics', 'kafka-topics.sh'],
    valued: KAFKA_VALUED,
    rules: [
      { flags: ['--delete'], effect: 'destroy', what: 'deletes topics and every message in them' },
      { flags: ['--list', '--describe', '--version', '--help'], effect: 'read', what: 'lists or describes topics' },
      { flags: ['--create', '--alter'], effect: 'write', what: 'creates or changes topics' },
    ],
    otherwise: 'opaque',
  },
  { names: ['kafka-delete-records', 'kafka-delete-records.sh'], valued: KAFKA_VALUED, rules: [{ flags: ['--help', '--version'], effect: 'read', what: 'help' }], otherwise: 'destroy' },
  {
    names: ['kafka-consumer-groups', 'kafka-consumer-groups.sh'],
    valued: KAFKA_VALUED,
    dryRun: ['--dry-run'],
    rules: [
      { flags: ['--delete', '--delete-offsets'], effect: 'destroy', what: 'deletes consumer groups or their committed offsets' },
      { flags: ['--reset-offsets'], effect: 'destroy', what: 'moves committed offsets: consumers skip or replay messages' },
      { flags: ['--list', '--describe', '--help', '--version'], effect: 'read', what: 'lists or describes groups' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['kafka-acls', 'kafka-acls.sh'],
    valued: [...KAFKA_VALUED, '--allow-principal', '--deny-principal', '--operation', '--resource-pattern-type', '--cluster', '--transactional-id'],
    rules: [
      { flags: ['--remove'], effect: 'permissions', what: 'removes ACLs' },
      { flags: ['--list'], effect: 'read', what: 'lists ACLs' },
      { flags: ['--add'], effect: 'permissions', what: 'adds ACLs' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['rabbitmqctl'],
    valued: ['-n', '--node', '-t', '--timeout', '-p', '--vhost'],
    rules: [
      { sub: /^(delete_vhost|delete_queue|purge_queue|reset|force_reset|forget_cluster_node|delete_user|delete_shovel|clear_global_parameter|clear_parameter|eval|delete_policy)\b/, effect: 'destroy', what: 'deletes a vhost, queue, user or node state, or purges messages' },
      { sub: /^(set_permissions|clear_permissions|set_topic_permissions|clear_topic_permissions|set_user_tags|change_password|clear_password|add_user|authenticate_user)\b/, effect: 'permissions', what: 'changes users or permissions' },
      { sub: /^(list_\w+|status|cluster_status|environment|report|version|help|node_health_check|ping|await_startup|await_online_nodes|autocomplete|eval_file)\b/, effect: 'read', what: 'lists or reports' },
      { sub: /^(stop|stop_app|shutdown|close_connection|close_all_connections|close_all_user_connections)\b/, effect: 'write', what: 'stops the node or closes connections' },
    ],
    otherwise: 'write',
  },
  {
    names: ['rabbitmqadmin'],
    valued: ['-H', '--host', '-P', '--port', '-V', '--vhost', '-u', '--username', '-p', '--password', '-f', '--format', '-c', '--config', '-N', '--node'],
    rules: [
      { sub: /^(delete|purge)\b/, effect: 'destroy', what: 'deletes an object or purges a queue' },
      { sub: /^(list|show|help|export)\b/, effect: 'read', what: 'lists or shows' },
      { sub: /^(declare|publish|get|close|import)\b/, effect: 'write', what: 'declares, publishes or closes' },
    ],
    otherwise: 'write',
  },
  {
    names: ['jenkins-cli', 'jenkins-cli.jar', 'jenkins'],
    valued: ['-s', '-i', '-p', '-auth', '-logger', '-user', '-bearer'],
    rules: [
      { sub: /^(delete-job|delete-builds|delete-node|delete-view|delete-credentials|delete-credentials-domain|clear-queue|remove-job-from-view|safe-restart|restart|shutdown|safe-shutdown|disconnect-node|uninstall-plugin)\b/, effect: 'destroy', what: 'deletes jobs, builds, nodes, views or credentials, or stops Jenkins' },
      { sub: /^(groovy|groovysh|declarative-linter)\b/, effect: 'opaque', what: 'runs a Groovy script we cannot see' },
      { sub: /^(list-\w+|get-\w+|console|who-am-i|version|help|session-id|keep-build)\b/, effect: 'read', what: 'lists or reads' },
      { sub: /^(build|copy-job|create-\w+|update-\w+|enable-job|disable-job|reload-\w+|add-job-to-view|install-plugin|offline-node|online-node|connect-node|set-build-\w+|quiet-down|cancel-quiet-down|login|logout|mail)\b/, effect: 'write', what: 'builds or changes configuration' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['restic'],
    valued: ['-r', '--repo', '--repository-file', '-p', '--password-file', '--password-command', '--cache-dir', '--key-hint', '-o', '--option', '--limit-upload', '--limit-download', '--tls-client-cert', '--cacert', '--pack-size'],
    dryRun: ['--dry-run', '-n'],
    rules: [
      { sub: /^(forget|prune)\b/, effect: 'destroy', what: 'removes snapshots or the data no snapshot references' },
      { sub: /^key (remove|rm)\b/, effect: 'destroy', what: 'removes a repository key' },
      { sub: /^(snapshots|ls|cat|check|diff|stats|find|dump|mount|version|help|list|generate|features|options)\b/, effect: 'read', what: 'reads the repository' },
      { sub: /^(backup|init|restore|copy|tag|rewrite|recover|repair|key (add|passwd|list)|unlock|migrate|self-update)\b/, effect: 'write', what: 'adds or rewrites repository data' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['borg', 'borgbackup'],
    valued: ['--remote-path', '--rsh', '--lock-wait', '--umask', '--upload-ratelimit', '--upload-buffer', '--debug-topic'],
    dryRun: ['--dry-run', '-n'],
    rules: [
      { sub: /^(delete|compact|prune|recreate)\b/, effect: 'destroy', what: 'deletes archives or frees their space for good' },
      { sub: /^(list|info|check|diff|extract|mount|umount|version|help|export-tar|benchmark|key export|config)\b/, effect: 'read', what: 'reads archives' },
      { sub: /^(create|init|rename|key|break-lock|import-tar|upgrade|with-lock|serve|transfer|rcreate)\b/, effect: 'write', what: 'adds archives or changes the repository' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['mc', 'mcli'],
    valued: ['--config-dir', '-C', '--older-than', '--newer-than', '--storage-class', '--attr', '--encrypt-key', '--exclude', '--limit-upload', '--limit-download'],
    dryRun: ['--dry-run'],
    rules: [
      { sub: /^mirror\b/, flags: ['--remove'], effect: 'destroy', what: '`mirror --remove` deletes objects missing from the source' },
      { sub: /^(rm|rb|undo)\b/, effect: 'destroy', what: 'deletes objects or buckets' },
      { sub: /^(version|retention|legalhold) (suspend|clear|disable)\b/, effect: 'destroy', what: 'switches versioning or retention off' },
      { sub: /^admin (user|group|policy|accesskey|idp|service-?account)\b/, effect: 'permissions', what: 'changes users or policies' },
      { sub: /^admin (bucket remote rm|tier rm|replicate rm|decommission)\b/, effect: 'destroy', what: 'removes replication, tiers or nodes' },
      { sub: /^(ls|cat|head|stat|du|find|diff|tree|ping|ready|alias (ls|list)|admin info|sql|watch|share|event ls|ilm (ls|rule ls)|version info|od)\b/, effect: 'read', what: 'reads objects' },
      { sub: /^(cp|mirror|mb|mv|put|pipe|tag|alias|anonymous|event add|ilm|encrypt|cors|quota|replicate add|retention set|legalhold set|version enable)\b/, effect: 'write', what: 'writes objects or settings' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['rclone'],
    valued: ['--config', '--filter', '--filter-from', '--include', '--exclude', '--min-age', '--max-age', '--min-size', '--max-size', '--transfers', '--checkers', '--log-file', '--log-level', '--bwlimit', '--backup-dir', '--suffix', '--max-depth', '-c'],
    dryRun: ['--dry-run', '-n'],
    rules: [
      { sub: /^(sync|bisync|purge|delete|deletefile|rmdir|rmdirs|cleanup|dedupe)\b/, effect: 'destroy', what: 'deletes files at the destination (sync removes what the source lacks)' },
      { sub: /^(move|moveto)\b/, flags: ['--delete-empty-src-dirs'], effect: 'delete', what: 'moves files and removes the source folders' },
      { sub: /^(ls|lsd|lsl|lsf|lsjson|cat|check|cryptcheck|checksum|hashsum|md5sum|sha1sum|size|about|tree|listremotes|version|help|config (show|file|paths|dump|providers)|ncdu|serve|mount|nfsmount|test|backend features|authorize|obscure|genautocomplete|completion)\b/, effect: 'read', what: 'lists or reads files' },
      { sub: /^(copy|copyto|copyurl|move|moveto|mkdir|touch|rcat|link|settier|config|selfupdate|backend)\b/, effect: 'write', what: 'copies or writes files' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['splunk'],
    valued: ['-auth', '-uri', '-index', '-app', '-owner', '-earliest_time', '-latest_time', '-maxout', '-output'],
    rules: [
      { sub: /^clean\b/, effect: 'destroy', what: '`splunk clean` deletes indexed event data, user data or the KV store' },
      { sub: /^remove\b/, effect: 'destroy', what: 'removes an index, app, user or input' },
      { sub: /^(search|status|list|show|btool|version|help|display|validate|diag|find|export)\b/, effect: 'read', what: 'searches or reports' },
      { sub: /^(start|stop|restart|enable|disable|add|edit|set|install|package|apply|reload|login|logout|import|rtsearch|dispatch)\b/, effect: 'write', what: 'changes configuration or service state' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['glab'],
    valued: ['-R', '--repo', '-H', '--header', '-F', '--field', '-f', '--raw-field', '--hostname', '--input'],
    rules: [
      { sub: /^api\b/, flagValue: { names: ['-X', '--method'], value: /^delete$/i }, effect: 'destroy', what: '`glab api` DELETE deletes the resource' },
      { sub: /^api\b/, flagValue: { names: ['-X', '--method'], value: /^(post|put|patch)$/i }, effect: 'write', what: '`glab api` changes the resource' },
      { sub: /^api\b/, flags: ['-f', '--raw-field', '-F', '--field', '--input'], effect: 'write', what: '`glab api` with fields sends a POST' },
      { sub: /^api\b/, effect: 'read', what: '`glab api` GET reads' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['nomad'],
    valued: ['-address', '-region', '-namespace', '-token', '-ca-cert', '-client-cert', '-client-key'],
    rules: [
      { sub: /^(job )?stop\b/, flags: ['-purge'], effect: 'destroy', what: '`nomad job stop -purge` removes the job and its history' },
      { sub: /^(system gc|system reconcile)\b/, effect: 'write', what: 'garbage-collects finished objects' },
    ],
    otherwise: 'fallback',
  },
];

const BY_NAME = new Map<string, ServiceTool>(SERVICE_TOOLS.flatMap((t) => t.names.map((n) => [n, t] as const)));

export function serviceTool(name: string): ServiceTool | undefined {
  return BY_NAME.get(name) ?? BY_NAME.get(name.replace(/^.*\//, ''));
}

/** The tool behind `java -jar X.jar ...`: `jenkins-cli.jar` is the Jenkins CLI. */
export function jarTool(args: Word[]): { tool: ServiceTool; args: Word[] } | undefined {
  const at = args.findIndex((a) => a.value === '-jar');
  const jar = at === -1 ? undefined : args[at + 1]?.value;
  if (!jar) return undefined;
  const tool = serviceTool(jar.replace(/^.*\//, ''));
  return tool ? { tool, args: args.slice(at + 2) } : undefined;
}

function optionIs(args: Word[], names: string[], value: RegExp): boolean {
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) continue;
    for (const n of names) {
      if (v === n && value.test(args[i + 1]?.value ?? '')) return true;
      if (v.startsWith(`${n}=`) && value.test(v.slice(n.length + 1))) return true;
      if (n.length === 2 && v.startsWith(n) && v.length > 2 && !v.startsWith('--') && value.test(v.slice(2))) return true;
    }
  }
  return false;
}

/**
 * Applies the catalogue entry; false when no rule matched and the entry says `fallback` (the caller
 * then judges the command generically).
 */
export function serviceCommand(inv: Invocation, tool: ServiceTool, args: Word[] = inv.args): boolean {
  const b = inv.env.b;
  const ops = positionals(args, new Set(tool.valued)).map((w) => w.value ?? '?');
  const line = ops.join(' ');
  const rule = tool.rules.find((r) => (!r.sub || r.sub.test(line)) && (!r.flags || hasFlag(args, ...r.flags) || args.some((a) => r.flags!.includes(a.value ?? ''))) && (!r.flagValue || optionIs(args, r.flagValue.names, r.flagValue.value)));
  const effect = rule?.effect ?? tool.otherwise;
  if (effect === 'fallback') return false;
  const label = `${inv.name} ${line}`.trim().slice(0, 80);
  b.target(envTarget(inv, 'host', `${inv.name}:${ops.slice(0, 2).join(' ')}`, ops.slice(0, 4).map((o) => clue('names', o))));
  if (effect !== 'read' && effect !== 'opaque' && tool.dryRun && args.some((a) => tool.dryRun!.includes(a.value ?? '') || (a.value?.startsWith('--dry-run=') && a.value !== '--dry-run=false'))) {
    b.verb('read').finding('dry_run', `\`${label}\` is a dry run: it changes nothing`, inv.span);
    return true;
  }
  const what = rule?.what ?? `\`${inv.name}\` operation not in its catalogue entry`;
  switch (effect) {
    case 'destroy':
      b.verb('delete').destroy('service_destructive', `\`${label}\`: ${what}`, inv.span);
      b.summary(label);
      return true;
    case 'delete':
      b.verb('delete').finding('service_delete', `\`${label}\`: ${what}`, inv.span);
      return true;
    case 'permissions':
      b.verb('permissions');
      return true;
    case 'opaque':
      b.opaque('service_unknown_operation', `\`${label}\`: ${what}`, inv.span);
      return true;
    default:
      b.verb(effect);
      return true;
  }
}
