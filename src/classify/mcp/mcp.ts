import { globMatch, isJsonObject, type ActionContext, type HttpRequestAction, type Inventory, type JsonObject, type JsonValue, type McpToolCallAction, type McpToolMapping, type Verb } from '../../core/index.ts';

export type { McpToolMapping };
import { FactsBuilder } from '../builder.ts';
import { manifestEffectVerb, manifestFindings, manifestNamespaces } from '../kube-manifest.ts';
import { listsManyIds, matchesEverything, namesItemByKey, type FilterValue } from '../document-filter.ts';
import { resolveEnvironment, urlHost, type EnvClue } from '../environment.ts';
import { isStartupScript, type StoredLanguage } from '../stored-commands.ts';
import { isEmptyByConvention, judgeStoredCommands, judgeWrittenSettings, oneFileLoss } from '../file-content.ts';
import { credentialInText } from '../credential-text.ts';
import { chainMcpLoss, chainMcpTestChain, chainMcpTier } from '../chain-rpc.ts';
import { classifyPath, isConfigDropIn, isControlPlaneSecret, isDotenvOrSecretFile, isHomeConfigFile, isStateOrSecretFile, isSystemOrCredentialFile, pathToResolve, plainTextDropIn, resolvePath } from '../paths.ts';
import { classifySqlInto } from '../sql/sql.ts';
import { graphqlMutationFields } from '../graphql.ts';
import { composeCommand } from './compose.ts';
import { DEV_BRANCH_NAME, namesScratchEnvironment } from '../shell/tools/infra.ts';
import { IDENTITY_NOUN, identitySwitchOff } from '../identity-off.ts';
import { shellQuote as quote } from '../shell-quote.ts';
import { muteLapses, silencedOff } from '../alert-mutes.ts';
import { mcpAccessWidened } from '../access-widened.ts';
import { reportsOnly, skipsTlsChecks } from '../setting-switches.ts';
import { isDisposableDatabaseBranch, isFeatureBranch } from '../git-branches.ts';
import { heuristicEnvironment } from '../environment.ts';
import { commsToolWrite } from './comms-tools.ts';
import { apexCutsService, bizappsToolWrite, deletesFewRecordsById } from './bizapps-tools.ts';
import { gisBiToolWrite, semanticLayerQuery, stopsStreamingJob, transformsCoordinates } from './gis-bi-tools.ts';
import { mainframeMcpCommand } from './mainframe-tools.ts';
import { namesNewByStamp } from '../stamped-names.ts';
import { isCredentialFileName } from '../shell/secret-sources.ts';
import { LOOPBACK_HOST } from '../public-access.ts';
import { kafkaRetentionCut } from '../retention.ts';
import { autopilotParamEffect, controlEffectRecord, controlPointEffect } from '../control-points.ts';
import { namesDisposable, SCRATCH_ONLY_WORDS } from '../test-data.ts';
import { deviceCliCommand, deviceLinesOfArguments } from '../shell/tools/network-catalogue.ts';
import { backupRetentionCut, forgetsBackup, prunesByLongRetention, restoresInPlace } from './backup-tools.ts';
import { deletesOneFhirResource } from './clinical-tools.ts';

/**
 * MCP tool calls. In order: a configured mapping for the tool (verbs, and which argument carries a
 * shell command, SQL, a path or a URL); the upstream's annotations; the verb in the tool's name.
 * Arguments that carry shell or SQL are classified by those classifiers. A tool none of these
 * explains is `unknown` (opaque): the default policy holds it on production.
 */


/** The `mcp` section of classifier options (proposed for portcullis.yaml under `classify.mcp`). */
export interface McpClassifyConfig {
  mappings: McpToolMapping[];
}

/** Mappings for widely used reference servers; configured mappings come first and win. */
export const DEFAULT_MCP_MAPPINGS: readonly McpToolMapping[] = [
  { tool: 'read_*file*', verbs: ['read'], pathArgument: 'path' },
  { tool: 'read_multiple_files', verbs: ['read'] },
  { tool: 'list_directory*', verbs: ['read'], pathArgument: 'path' },
  { tool: 'directory_tree', verbs: ['read'], pathArgument: 'path' },
  { tool: 'get_file_info', verbs: ['read'], pathArgument: 'path' },
  { tool: 'list_allowed_directories', verbs: ['read'] },
  { tool: 'write_file', verbs: ['write'], pathArgument: 'path' },
  { tool: 'edit_file', verbs: ['write'], pathArgument: 'path' },
  { tool: 'create_directory', verbs: ['write'], pathArgument: 'path' },
  { tool: 'move_file', verbs: ['write'], pathArgument: 'destination' },
  { tool: 'query', verbs: ['read'], sqlArgument: 'sql' },
  { tool: 'read_query', sqlArgument: 'query' },
  { tool: 'write_query', sqlArgument: 'query' },
  { tool: 'execute_sql', sqlArgument: 'sql' },
  // Supabase's `apply_migration {project_id, name, query}` runs the migration's SQL it carries, as `execute_sql` runs its own.
  { tool: 'apply_migration', sqlArgument: 'query' },
  { tool: 'run_sql', sqlArgument: 'sql' },
  // PromQL and LogQL only read (Prometheus's query API is GET/POST on `/api/v1/query`; deletion is the separate admin API).
  { tool: 'execute_query', server: '*prometheus*', verbs: ['read'] },
  { tool: 'execute_range_query', server: '*prometheus*', verbs: ['read'] },
  { tool: 'execute_query', sqlArgument: 'query' },
  // ES|QL has source and processing commands only (FROM, WHERE, STATS, ...): it cannot write (Elasticsearch ES|QL reference).
  { tool: 'esql', server: '*elastic*', verbs: ['read'] },
  { tool: 'run_command', shellArgument: 'command' },
  { tool: 'execute_command', shellArgument: 'command' },
  { tool: 'run_shell_command', shellArgument: 'command' },
  { tool: 'shell', shellArgument: 'command' },
  { tool: 'bash', shellArgument: 'command' },
  { tool: 'exec', shellArgument: 'command' },
  { tool: 'terminal', shellArgument: 'command' },
  { tool: 'Bash', shellArgument: 'command' },
  { tool: 'Read', verbs: ['read'], pathArgument: 'file_path' },
  { tool: 'Write', verbs: ['write'], pathArgument: 'file_path' },
  { tool: 'Edit', verbs: ['write'], pathArgument: 'file_path' },
  { tool: 'MultiEdit', verbs: ['write'], pathArgument: 'file_path' },
  { tool: 'Glob', verbs: ['read'] },
  { tool: 'Grep', verbs: ['read'] },
  { tool: 'WebFetch', verbs: ['read', 'network'], urlArgument: 'url' },
  { tool: 'WebSearch', verbs: ['read', 'network'] },
  { tool: 'fetch', verbs: ['read', 'network'], urlArgument: 'url' },
  { tool: 'kubectl_delete', verbs: ['delete'], destructive: true, environmentArgument: 'context' },
  { tool: 'kubectl_get', verbs: ['read'], environmentArgument: 'context' },
  { tool: 'kubectl_describe', verbs: ['read'], environmentArgument: 'context' },
  { tool: 'kubectl_logs', verbs: ['read'], environmentArgument: 'context' },
  { tool: 'kubectl_apply', verbs: ['deploy'], environmentArgument: 'context' },
  { tool: 'kubectl_scale', verbs: ['write'], environmentArgument: 'context' },
  { tool: 'helm_uninstall', verbs: ['delete'], destructive: true },
  // containers/kubernetes-mcp-server: `pods_top` and `nodes_top` read resource usage from the metrics API, as `kubectl top`.
  { tool: 'pods_top', verbs: ['read'] },
  { tool: 'nodes_top', verbs: ['read'] },
  { tool: 'merge_pull_request', verbs: ['write'] },
  // Neon applies the migration to a temporary branch; the main branch changes only with `complete_database_migration`.
  { tool: 'prepare_database_migration', server: '*neon*', verbs: ['write'] },
  // `complete_database_migration {migrationId}` applies that migration to the main branch: its SQL is in the earlier call,
  // not in this one (the lead's round-17 decision 33: an unseen script on production; judged below).
  { tool: 'complete_database_migration', server: '*neon*', verbs: ['deploy'] },
  { tool: 'push_files', verbs: ['write'] },
];

/** Tools that apply a migration prepared in an earlier call to the main (production) branch (Neon's MCP server). */
const UNSEEN_MIGRATION_TOOLS = new Set(['complete_database_migration']);

const READ_WORDS = /^(get|list|read|search|describe|fetch|show|view|find|lookup|query|count|check|verify|inspect|status|diff|explain|preview|plan|validate|browse|watch|retrieve|download|summarize|analyze|info|details?|overview|whoami|ping|health|logs?|tail|export|compare|resolve|glob|grep|stat|tree|ls|cat|head|select|scan|estimate|test|lint|format|render|translate|echo|time|now|weather|convert|calculate|parse|navigate|snapshot|screenshot|capture|console|network|think|thinking|sequentialthinking|docs|documentation|library|suggest|recommend|lookup|metrics|usage|history|graph|wait|hover|scroll|tabs?|back|forward|close|schemas?|stats|statistics|size|sizes|introspect|aggregate|aggregation|peek|consume|decode|whois|dig|nslookup)$/;
const WRITE_WORDS = /^(create|add|update|set|write|edit|put|post|upload|send|comment|commit|push|merge|open|label|assign|move|rename|copy|insert|append|patch|modify|enable|start|stop|restart|schedule|tag|publish|deploy|apply|run|invoke|trigger|execute|exec|scale|rollout|install|upgrade|import|sync|restore|rollback|approve|reply|react|star|fork|mark|save|store|cancel|reopen|transfer|sign|request|notify|subscribe|reboot|resize|attach|lock|unlock|click|type|fill|press|select|drag|evaluate|todo|todowrite|task|remember|memorize|record|log|generate|scaffold|draft|transition|trash|untrash|unarchive|manage|upsert|produce|rerun|retry|toggle|deprecate|undelete|recover|enqueue|ingest|acknowledge|ack|dismiss|snooze|mute|unmute|alter|configure|invalidate|index|reindex|init|initialize|clone|duplicate|launch|boot|build|compile|poweron)$/;
/**
 * Availability (docs/classifier-evaluation.md): stopping, suspending or powering off a running service is destructive, as in
 * the shell and cloud CLIs. Only with a service noun: `stop_instance`, `shutdownServer`; `stop_recording`, `stop_trace` are
 * not services. Round 44 (bl44media): a live stream or broadcast is what a streaming platform serves (obs-websocket's
 * `StopStream`, `stop_broadcast`, `stop_live_stream`): stopped, its viewers see nothing until it is started again.
 */
const OUTAGE_WORDS = /^(stop|shutdown|suspend|deallocate|poweroff|hibernate|pause)$/;
const SERVICE_NOUNS = /^(systems?|instances?|services?|servers?|containers?|vms?|clusters?|apps?|applications?|deployments?|nodes?|databases?|db|dbs|machines?|droplets?|dynos?|workers?|daemons?|units?|pods?|functions?|environments?|gateways?|endpoints?|brokers?|streams?|livestreams?|broadcasts?)$/;
/**
 * A backup or snapshot schedule paused or disabled by a tool (`pause_schedule` on a Velero server, `disable_backup_plan`,
 * `suspend_snapshot_policy`): no backup is taken until it is resumed, a safeguard off (as `velero schedule pause`).
 */
const BACKUP_SERVER = /^(velero|backups?|restic|borg|kopia|sanoid|veeam|k8up|stash|kasten|k10|bacula|duplicati)$/;
function pausesBackups(ws: string[], server: string): boolean {
  return ws.some((w) => /^(pause|suspend|disable)$/.test(w)) &&
    (ws.some((w) => /^(backups?|snapshots?)$/.test(w)) || (ws.some((w) => /^(schedules?|plans?|policy|policies|jobs?)$/.test(w)) && words(server).some((w) => BACKUP_SERVER.test(w))));
}
function takesOutOfService(ws: string[]): boolean {
  return ws.some((w) => OUTAGE_WORDS.test(w)) && ws.some((w) => SERVICE_NOUNS.test(w));
}
/**
 * A person's account suspended or deactivated (Linear `userSuspend`, `deactivate_user`, `suspend_member`): their access is
 * cut at once and what runs as them fails, as a deleted user's (docs/classifier-evaluation.md, "users and accounts"; the
 * lead's answer 74 keeps users destructive). `unsuspend` and `reactivate` are other words.
 */
const ACCESS_CUT_WORDS = /^(suspend|deactivate|ban)$/;
const ACCOUNT_NOUNS = /^(users?|accounts?|members?|identity|identities|employees?|seats?|people|persons?)$/;
function cutsAccountAccess(ws: string[]): boolean {
  return ws.some((w) => ACCESS_CUT_WORDS.test(w)) && ws.some((w) => ACCOUNT_NOUNS.test(w));
}
/**
 * A machine, disk or dataset put back to a snapshot or checkpoint (Proxmox `rollback_vm_snapshot`, vSphere
 * `revert_to_snapshot`, Hyper-V `Restore-VMCheckpoint`): what was written since is gone. A rollback of a release or a
 * revert of a commit stays a deploy or a write.
 */
const REVERT_WORDS = /^(rollback|revert)$/;
const DISK_NOUNS = /^(snapshots?|checkpoints?|vms?|disks?|volumes?|datasets?|zvols?|lxc|qemu|machines?|droplets?)$/;
function revertsToSnapshot(ws: string[]): boolean {
  return ws.some((w) => REVERT_WORDS.test(w)) && ws.some((w) => DISK_NOUNS.test(w));
}
const DESTROY_WORDS = /^(delete|remove|drop|destroy|terminate|purge|expunge|wipe|reset|truncate|uninstall|revoke|erase|nuke|flush|prune|deregister|unregister|unpublish|kill|detach|disable|archive|clear|empty|force|overwrite|replace|recreate|decommission|teardown|evict|drain|uncordon)$/;
const PERMISSION_WORDS = /^(grant|revoke|permission|permissions|role|roles|policy|policies|iam|acl|invite|collaborator|collaborators|member|members|access|token|secret|secrets|key|keys|rbac|share|owner|admin)$/;

/**
 * What a user interface, a session or a cache holds for the moment: clearing or resetting it loses nothing that was
 * stored (`clear_filters`, `reset_zoom`, `clear_selection`; caches are rebuilt on demand). Not a canvas, a map or
 * annotations: in drawing, mapping and document tools those are the user's work.
 */
const VIEW_STATE = /^(workingdir|cwd|filters?|selections?|selected|highlights?|cache|caches|screen|form|inputs?|search|searches|sort|sorting|zoom|viewport|view|layout|focus|hover|cursor|scroll|breakpoints?|watches|notifications?|badges?|overlays?|tooltips?|pan|preview|console|terminal|all)$/;

/** What a CDN purge names as its scope (Cloudflare's zone, URLs, files, tags, hosts, prefixes, `everything`). */
const CDN_SCOPE = /^(zones?|sites?|urls?|files?|tags?|hosts?|prefix(es)?|everything|paths?|by|cdn)$/;

/** A tool that only clears or resets view state: its verb is `clear`/`reset`/`empty` and every other word is view state. */
/**
 * Grafana keeps every saved version of a dashboard (its "Dashboard versions": any earlier one is restored from the
 * settings), so `overwrite: true` on a Grafana server's dashboard update saves a new version and loses none.
 */
function overwriteKeepsVersions(server: string, toolWords: string[]): boolean {
  return words(server).includes('grafana') && toolWords.some((w) => /^dashboards?$/.test(w));
}

function clearsViewState(ws: string[]): boolean {
  const verbs = ws.filter((w) => DESTROY_WORDS.test(w));
  const rest = ws.filter((w) => !DESTROY_WORDS.test(w) && !(w in WRAPPED_CLIS));
  // Purging or flushing a cache (Cloudflare's `purge_cache`, a CDN invalidation): the cache refills from the origin.
  // The purge may name the CDN's scope (`zone_purge_cache`, `purge_cache_by_urls`, `purge_site_cache`; round 35).
  const purgesCache = verbs.length > 0 && verbs.every((w) => /^(purge|flush|invalidate)$/.test(w)) && rest.some((w) => /^(cache|caches|cdn)$/.test(w));
  const heldFor = (w: string) => VIEW_STATE.test(w) || (purgesCache && CDN_SCOPE.test(w));
  return verbs.length > 0 && (verbs.every((w) => /^(clear|reset|empty)$/.test(w)) || purgesCache) && rest.length > 0 && rest.every(heldFor) && !rest.every((w) => w === 'all');
}

/**
 * A build tool's clean (XcodeBuildMCP's `clean {workspacePath, scheme}`, `clean_build`, `clean_derived_data`): it deletes
 * build products the next build makes again. The tool's words are all about the build, or the tool is only `clean` and its
 * arguments name a build (a scheme, project, workspace, target or configuration).
 */
const BUILD_WORDS = /^(clean|build|builds|products?|derived|data|artifacts?|outputs?|intermediates?|cache|caches|xcode|gradle|project|workspace|sim|simulator|device|macos|ios)$/;
const BUILD_ARGS = /^(scheme|project_?path|workspace_?path|target|configuration|build_?dir(ectory)?|derived_?data_?path)$/i;
function cleansBuild(ws: string[], args: JsonObject): boolean {
  if (!ws.includes('clean') || !ws.every((w) => BUILD_WORDS.test(w))) return false;
  return ws.length > 1 ? ws.some((w) => /^(build|builds|products?|derived|artifacts?|outputs?|intermediates?|cache|caches)$/.test(w)) : Object.keys(args).some((k) => BUILD_ARGS.test(k));
}

/**
 * A simulator or emulator erased, deleted or reset, or an app removed from one (XcodeBuildMCP `erase_sims`,
 * `uninstall_app_sim`, `delete_avd`): test devices their tools make again, as `simctl` and `avdmanager` in the shell.
 */
const TEST_DEVICE = /^(sims?|simulators?|emulators?|avds?)$/;
function onTestDevice(ws: string[]): boolean {
  const verbs = ws.filter((w) => DESTROY_WORDS.test(w));
  return verbs.length > 0 && ws.some((w) => TEST_DEVICE.test(w)) && verbs.every((w) => /^(erase|delete|remove|reset|uninstall|wipe|clear|kill)$/.test(w));
}

const COMPOUND_NOUNS = new Set(['kill switch', 'drop shadow', 'drop down', 'inner shadow']);

function words(name: string): string[] {
  const ws = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  // Compounds that are one thing: a session's working directory, a sub-issue link.
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    if (w === 'working' && (next === 'dir' || next === 'directory')) {
      out.push('workingdir');
      i++;
    } else if (w === 'power' && (next === 'on' || next === 'off')) {
      // Round 42 (bl42virt): a hypervisor server's `power_on_vm` / `power_off_vm`: one verb each.
      out.push(`power${next}`);
      i++;
    } else if (w === 'sub' && (next === 'issue' || next === 'issues')) {
      out.push('subissue');
      i++;
    } else if ((w === 'issue' || w === 'issues') && (next === 'link' || next === 'links')) {
      out.push('issuelink');
      i++;
    } else if (next !== undefined && COMPOUND_NOUNS.has(`${w} ${next}`)) {
      // A destroy word that is half of a noun: a kill switch, a drop shadow, a drop-down.
      out.push(`${w}${next}`);
      i++;
    } else out.push(w);
  }
  return out;
}

/**
 * Objects that hold no content and that one call puts back: an emoji reaction or award, a star, a watcher, an
 * assignee or reviewer, a sub-issue's link to its parent (GitHub `sub_issue_write {method: remove}` unlinks, the
 * issue stays), a link between two issues (Jira `jira_remove_issue_link`: both issues stay; round 24). Removing them is
 * a write. The object is the last noun of the name (`delete_issue_emoji_reaction`).
 */
const TRIVIAL_OBJECTS = /^(reactions?|emojis?|awards?|stars?|watchers?|assignees?|reviewers?|subissues?|issuelink)$/;
/**
 * Round 29 (h29): ending what holds a safeguard back or logging one user out loses nothing, as the HTTP judge reads the
 * same calls: a silence, downtime, mute or maintenance deleted, expired or cancelled (alerting is on again; Grafana's and
 * Alertmanager's `delete_silence`, Datadog's `cancel_downtime`), and one user's sessions cleared or revoked (the lead's
 * decision 24; Okta `clear_user_sessions`). Not for every user (`all`, `bulk`).
 */
function endsMuteOrOneUsersSessions(ws: string[]): boolean {
  const ends = ws.filter((w) => DESTROY_WORDS.test(w) || /^(expire|cancel|end|clear|revoke)$/.test(w));
  if (ends.length === 0 || !ends.every((w) => /^(delete|remove|expire|cancel|end|clear|revoke)$/.test(w)) || ws.some((w) => /^(all|every|bulk|batch|many|users|tokens?|keys?)$/.test(w))) return false;
  const last = ws.filter((w) => !ends.includes(w))[ws.filter((w) => !ends.includes(w)).length - 1] ?? '';
  return /^(silences?|downtimes?|mutes?|maintenances?)$/.test(last) || (/^sessions?$/.test(last) && ws.includes('user'));
}

function removesTrivialObject(given: string[]): boolean {
  // `removeAssigneesFromAssignable`, `removeReviewersFromPullRequest` (round 24, b24h): the object is what comes before
  // `from`; what follows is the record that stays (not `all` of them).
  const from = given.indexOf('from');
  if (from !== -1 && given.slice(from).some((w) => /^(all|every|bulk|batch|many)$/.test(w))) return false;
  const ws = from === -1 ? given : given.slice(0, from);
  const nouns = ws.filter((w) => !DESTROY_WORDS.test(w) && !WRITE_WORDS.test(w) && !READ_WORDS.test(w));
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  return destroys.length > 0 && destroys.every((w) => /^(delete|remove)$/.test(w)) && nouns.length > 0 && (TRIVIAL_OBJECTS.test(nouns[nouns.length - 1]!) || nouns.includes('subissue'));
}

/**
 * A label or tag taken off one record (round 23, b23h): GitHub `removeLabelsFromLabelable`, Linear `issueRemoveLabel`. The
 * label stays defined and the record stays; the same API puts it back. The label itself deleted (`deleteLabel`,
 * `issueLabelDelete`: gone from every record) or taken off all records (`removeTagFromAllProducts`) stays destructive.
 */
const LABEL_WORD = /^(labels?|tags?)$/;
function removesLabelFromRecord(ws: string[]): boolean {
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  const record = ws.filter((w) => !DESTROY_WORDS.test(w) && !LABEL_WORD.test(w) && w !== 'from');
  return destroys.length === 1 && destroys[0] === 'remove' && ws.some((w) => LABEL_WORD.test(w)) && record.length > 0 && !ws.some((w) => /^(all|every|bulk|batch|mass|many)$/.test(w));
}

/**
 * Cancelling a commercial agreement is final: Stripe's cancelled subscription "can't be reactivated" (API
 * reference, Cancel a subscription), a cancelled payment intent or order cannot be resumed. Cancelling a run,
 * a job or a pipeline stays a write (it is run again).
 */
const COMMERCIAL = /^(subscriptions?|orders?|memberships?|contracts?|bookings?|reservations?|invoices?|intents?|mandates?|agreements?)$/;
function cancelsCommercial(ws: string[]): boolean {
  return ws.includes('cancel') && ws.some((w) => COMMERCIAL.test(w));
}

/**
 * A refund sends money back to the customer and cannot be taken back: Stripe "can't cancel a refund" once it has
 * succeeded, PayPal's refunds are final. Listing or reading refunds stays a read.
 */
function issuesRefund(ws: string[]): boolean {
  return ws.some((w) => /^refunds?$/.test(w)) && ws.some((w) => /^(create|issue|process|make|send|execute)$/.test(w));
}

/**
 * Archiving a content item hides it and one call brings it back: Slack's `conversations.unarchive`, Notion's
 * archived (trashed) pages, Gmail's and Linear's archive, Jira's archived issues, LaunchDarkly's archived flags (restored
 * from the archive), Intercom's archived contacts (`unarchive`), HubSpot's archived CRM objects (restorable for 90 days),
 * Unleash's archived feature toggles ("revive"), Contentful's archived entries and assets (unarchive).
 * A repository, an index or a service archived is read-only from then on (availability, docs/classifier-evaluation.md): that stays destructive.
 */
const ARCHIVABLE = /^(channels?|conversations?|chats?|pages?|issues?|threads?|messages?|emails?|mails?|cards?|tasks?|tickets?|notes?|documents?|docs?|boards?|lists?|posts?|comments?|labels?|cycles?|initiatives?|teams?|tabs?|notifications?|flags?|features?|toggles?|entry|entries|assets?|contacts?|companies|company|deals?)$/;
/**
 * A cache or CDN purge named by the last segment (Fastly `POST /service/ID/purge_all`, Cloudflare `…/purge_cache`, a
 * `/cache/flush`): the caches refill from the origin, as the HTTP judge reads the same request (`CACHE_URL` and
 * `CACHE_VERB` in other-kinds.ts), so the MCP door is no stricter than `http_request`.
 */
function purgesCacheTarget(url: string, last: string): boolean {
  return /cache|cdn|fastly|akamai|cloudfront|varnish/i.test(url) && /^(purge|flush|invalidat\w*)([-_]?(all|cache|caches|url|urls|keys?|tags?))?$/i.test(last);
}

function archivesContent(ws: string[]): boolean {
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  return destroys.length > 0 && destroys.every((w) => w === 'archive') && ws.some((w) => ARCHIVABLE.test(w));
}

/**
 * Unpublishing a content item takes it off the delivery API and keeps it, as a draft that one publish brings back
 * (Contentful `unpublish_entry`/`unpublish_asset`, a CMS's post or page): a write. A package unpublished from a registry
 * (`npm unpublish`) is gone and its version can never be published again: that stays destructive.
 */
const UNPUBLISHABLE = /^(entry|entries|assets?|posts?|pages?|articles?|documents?|docs?|stories|story|items?)$/;
/**
 * A CI run's record deleted (GitHub `delete_workflow_run`, `delete_workflow_run_logs`; GitLab `delete_pipeline
 * {pipeline_id}`, a pipeline run by its number): disposable whatever its state, the lead's decision (round 15); the
 * workflow or pipeline definition stays (Buildkite's `delete_pipeline {pipeline_slug}` deletes the definition: not this).
 */
function deletesCiRunRecord(ws: string[], args: JsonObject): boolean {
  if (!ws.some((w) => w === 'delete' || w === 'remove')) return false;
  if (ws.includes('workflow') && ws.some((w) => w === 'run' || w === 'runs')) return true;
  const id = args['pipeline_id'];
  return ws.includes('pipeline') && (typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id)));
}

/**
 * A process killed by its pid (Desktop Commander's `kill_process {pid}` and `force_terminate {pid}`, `terminate_process`):
 * a pid is not a service (docs/classifier-evaluation.md, "Availability": `kill 1234` stays a write, as it is most often the
 * agent's own dev server or session). Only when the pid is all that names what is killed (a signal or force flag beside it);
 * a process or service named by name is judged by its name.
 */
const PID_KEYS = /^(pid|process_?id|processId)$/i;
const PID_SIDE_KEYS = /^(signal|force|timeout_?ms|timeout)$/i;
function killsPid(ws: string[], args: JsonObject): boolean {
  if (!ws.some((w) => /^(kill|terminate)$/.test(w)) || ws.some((w) => DESTROY_WORDS.test(w) && !/^(kill|force|terminate)$/.test(w))) return false;
  if (!ws.every((w) => /^(kill|terminate|force|process|processes|session|pid)$/.test(w))) return false;
  const keys = Object.keys(args);
  const pids = keys.filter((k) => PID_KEYS.test(k));
  return pids.length === 1 && keys.every((k) => PID_KEYS.test(k) || PID_SIDE_KEYS.test(k)) && pids.every((k) => (typeof args[k] === 'number' && Number.isInteger(args[k]) && (args[k] as number) > 1) || (typeof args[k] === 'string' && /^[1-9]\d+$/.test(args[k] as string)));
}

/**
 * A credential sent off the machine through a tool that posts or stores text at an outside service (a Slack message, a
 * gist, an issue, a page, a file committed through GitHub's API): "a secret sent off the machine" (docs/classifier-
 * evaluation.md), as the HTTP judge reads a body that carries one. The credential is told by its text (credential-text.ts:
 * a live key, a private key, a connection URL with a real password to a host that is not this machine). Not through
 * tools made to keep secrets (a vault, a secret manager, a cluster's Secret, `create_secret`, `set_env_var`), not through
 * local tools (files, shells, memory: judged by what they write), and not through a mapped file, SQL or shell argument.
 */
const LOCAL_OR_SECRET_SERVER = /vault|secret|keychain|1password|onepassword|bitwarden|doppler|infisical|keyvault|kube|k8s|filesystem|file-system|desktop|commander|shell|terminal|memory|local/i;
const SECRET_HOME_WORDS = /^(secrets?|credentials?|keys?|tokens?|env|envs|environment|variables?|vars?|passwords?|parameters?|params?|vault|keychain)$/;
// Notion's `API-patch-block-children` and `API-patch-page`, an `upsert_records` or `insert_rows` store the text they carry too.
const SENDING_WORDS = /^(post|send|reply|publish|share|comment|create|add|update|push|upload|append|write|edit|message|chat|forward|gist|patch|put|insert|upsert)$/;
// Deep enough for Notion's block text (`children[].paragraph.rich_text[].text.content`, seven levels down).
const STRINGS_DEPTH = 8;
function stringsIn(x: JsonValue, out: string[], depth = 0): string[] {
  if (typeof x === 'string') out.push(x);
  else if (depth < STRINGS_DEPTH && Array.isArray(x)) for (const v of x) stringsIn(v, out, depth + 1);
  else if (depth < STRINGS_DEPTH && isJsonObject(x)) for (const v of Object.values(x)) stringsIn(v, out, depth + 1);
  return out;
}
function sendsCredential(server: string, ws: string[], args: JsonObject, mapping: McpToolMapping | null): string | null {
  if (mapping && (mapping.pathArgument || mapping.sqlArgument || mapping.shellArgument)) return null;
  if (LOCAL_OR_SECRET_SERVER.test(server) || ws.some((w) => SECRET_HOME_WORDS.test(w)) || !ws.some((w) => SENDING_WORDS.test(w))) return null;
  return credentialInText(stringsIn(args, []).join('\n'));
}

/**
 * A credential file handed to a tool that uploads or attaches it (Playwright's `browser_file_upload {paths}`, a chat
 * server's `upload_file {file_path}`, an issue tracker's `add_attachment {file}`): the key or dotenv file leaves the
 * machine, as `curl -F file=@.env` sends it. The file is told by its name (secret-sources.ts `isCredentialFileName`:
 * `~/.ssh/id_*` but not a `.pub` key, `~/.aws/credentials`, a kubeconfig, dotenv files but not their templates, `.pem` and
 * `.key`). Not through local or secret-keeping servers (LOCAL_OR_SECRET_SERVER), whose upload stays on the machine or is
 * where secrets belong. Returns the file uploaded, or null.
 */
const UPLOAD_WORDS = /^(upload|uploads|attach|attachments?)$/;
const FILE_PATH_KEYS = /^(paths?|files?|file_?paths?|file_?names?|local_?paths?|source_?paths?|attachments?)$/i;
function uploadsCredentialFile(server: string, ws: string[], args: JsonObject, ctx: ActionContext): string | null {
  if (!ws.some((w) => UPLOAD_WORDS.test(w)) || LOCAL_OR_SECRET_SERVER.test(server)) return null;
  const scope = { cwd: ctx.cwd, home: ctx.home };
  for (const [key, value] of Object.entries(args)) {
    if (!FILE_PATH_KEYS.test(key)) continue;
    for (const p of Array.isArray(value) ? value : [value]) {
      if (typeof p !== 'string') continue;
      const abs = resolvePath(p, scope);
      if (abs !== null && isCredentialFileName(abs)) return p;
    }
  }
  return null;
}

/**
 * A per-pull-request (or CI run's) environment, dataset, branch, tenant or deployment deleted by name (Contentful
 * `delete_environment {environmentId: pr-482-preview}`, a Sanity dataset, Supabase `delete_branch {branch_id: …-pr-481}`): a
 * scratch copy made to be thrown away, as the HTTP judge reads `DELETE …/environments/pr-482-preview`.
 */
function deletesPreviewEnvironment(ws: string[], args: JsonObject): boolean {
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  if (destroys.length === 0 || !destroys.every((w) => /^(delete|remove)$/.test(w)) || !ws.some((w) => /^(environments?|datasets?|branch(es)?|tenants?|deployments?|previews?)$/.test(w))) return false;
  // Every argument that may name what is deleted (`environmentName`, `env_name`, a bare `name` or `id`) must be a per-pull-request
  // one: a second name beside `env: pr-1` (`environmentName: master`) may be the one the server reads.
  const names = Object.entries(args).filter(([k, v]) => typeof v === 'string' && /^(environment|env|dataset|branch|tenant|deployment|preview)(_?(id|name|key|slug))?$|^(name|id|key|slug|target)$/i.test(k));
  return names.length > 0 && names.every(([, v]) => namesScratchEnvironment(String(v)));
}

/**
 * The lead's answer 336.5 (round 32): a deployment deleted by its id with `target: preview` (Vercel's name for the
 * environment every branch and pull request deploys to: `target` is `production` or `preview`): a preview deployment, made
 * for each push and thrown away. The id must be an opaque one (`dpl_…`, no `.`: not a domain or alias, which may be
 * production's) that names no tier; only the team or project may stand beside it.
 */
const PREVIEW_DEPLOYMENT_KEYS = /^(deployment_?id|id|id_?or_?url|team_?id|project_?id|slug|target)$/i;
function deletesPreviewTargetDeployment(ws: string[], args: JsonObject): boolean {
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  if (destroys.length === 0 || !destroys.every((w) => /^(delete|remove)$/.test(w)) || !ws.some((w) => /^deployments?$/.test(w))) return false;
  if (typeof args.target !== 'string' || args.target.toLowerCase() !== 'preview') return false;
  const ids = Object.entries(args).filter(([k]) => /^(deployment_?id|id|id_?or_?url)$/i.test(k));
  return ids.length > 0 && Object.entries(args).every(([k, v]) => PREVIEW_DEPLOYMENT_KEYS.test(k) && typeof v === 'string') && ids.every(([, v]) => /^[A-Za-z0-9_-]+$/.test(String(v)) && !['production', 'staging'].includes(heuristicEnvironment(String(v)) ?? ''));
}

/**
 * A database branch named for development or a feature (DEV_BRANCH_NAME: `dev/alice`, `feature-search-4f2a`) deleted or
 * reset to its parent (Supabase `delete_branch`, `reset_branch`; Neon `delete_branch`, `reset_from_parent`): a copy made to
 * work on, as `neonctl branches delete dev/alice`. Every argument that may name the branch must be one. Only on a
 * branching database's server: a git branch (GitHub, GitLab) is judged as `git push --delete` is.
 */
const DEV_BRANCH = new RegExp(`^${DEV_BRANCH_NAME}$`, 'i');
const BRANCHING_DATABASE = /supabase|neon|planetscale|pscale|xata|turso|dolt/i;
function deletesDevBranch(ws: string[], server: string, args: JsonObject): boolean {
  if (!BRANCHING_DATABASE.test(server)) return false;
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  if (destroys.length === 0 || !destroys.every((w) => /^(delete|remove|reset)$/.test(w)) || !ws.some((w) => /^(branch(es)?|parent)$/.test(w))) return false;
  const names = Object.entries(args).filter(([k, v]) => typeof v === 'string' && /^(branch(_?(id|name|id_?or_?name))?|branchIdOrName|name|id|target)$/i.test(k));
  // Deleted (not reset): any branch but a long-lived one (the lead's decision 40, round 18: a database branch is disposable).
  // The lead's answer 233 (round 28): a Supabase branch is a preview by construction (production is the project, not a
  // branch), so its reset by id is decision 40's too; elsewhere (Neon's `main` is a branch) a reset needs a dev name.
  const deletes = destroys.every((w) => /^(delete|remove)$/.test(w)) || /supabase/i.test(server);
  return names.length > 0 && names.every(([, v]) => (deletes ? isDisposableDatabaseBranch(String(v)) : DEV_BRANCH.test(String(v))) && !String(v).includes('..'));
}

/**
 * A feature branch deleted on a git host (GitHub's and GitLab's `delete_branch {branch: feature/x}`; the lead's decision 30,
 * round 17), as `git push --delete` of it. Every argument that may name the branch must be one (`isFeatureBranch`).
 */
const GIT_HOST_SERVER = /^(github|gitlab|gitea|forgejo|codeberg)$/;
function deletesGitFeatureBranch(ws: string[], server: string, args: JsonObject): boolean {
  if (!words(server).some((w) => GIT_HOST_SERVER.test(w))) return false;
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  if (destroys.length === 0 || !destroys.every((w) => /^(delete|remove)$/.test(w)) || !ws.some((w) => /^branch(es)?$/.test(w))) return false;
  const names = Object.entries(args).filter(([k, v]) => typeof v === 'string' && /^(branch(_?name)?|ref|name|id|target)$/i.test(k));
  return names.length > 0 && names.every(([, v]) => isFeatureBranch(String(v)));
}

function unpublishesContent(ws: string[]): boolean {
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  return destroys.length > 0 && destroys.every((w) => w === 'unpublish') && ws.some((w) => UNPUBLISHABLE.test(w)) && !ws.some((w) => /^(packages?|versions?|crates?|gems?|modules?|releases?)$/.test(w));
}

/**
 * Deletes that the service itself documents as a move to a trash, restorable: Zendesk's ticket delete ("soft-deleted,
 * recoverable for 30 days", `deleted_tickets/restore`), Freshdesk's and Freshservice's ticket delete (restore endpoint),
 * Microsoft Graph's message delete (moved to Deleted Items; `permanentDelete` is the purge), a git host's file delete (a
 * commit). Tool data: the server's
 * name and the object. A name that says permanent or hard stays destructive.
 */
const SOFT_DELETES: readonly { server: RegExp; object: RegExp }[] = [
  { server: /^zendesk$/, object: /^tickets?$/ },
  { server: /^(freshdesk|freshservice)$/, object: /^tickets?$/ },
  { server: /^(outlook|ms365|m365|o365|office365|msgraph|graph|microsoft)$/, object: /^(mail|mails|messages?|emails?)$/ },
  // A git host's file delete is a commit (GitHub "Delete a file", GitLab "Delete existing file in repository", Gitea's
  // `DELETE /repos/O/R/contents/PATH`), undone by a revert, as the same request sent with `http_request`.
  { server: /^(github|gitlab|gitea|forgejo|codeberg)$/, object: /^files?$/ },
  // The APIs whose delete the HTTP judge already counts a trash (HARMLESS_DELETES in other-kinds.ts): Confluence pages and
  // blog posts (the space trash; mcp-atlassian and Atlassian's own server call that API), Notion blocks and pages
  // (archived, restorable from the trash), HubSpot CRM objects (the recycling bin, 90 days), Salesforce records (the
  // Recycle Bin, 15 days).
  // One object (a singular noun): a batch of them is not narrowed to one.
  { server: /^(atlassian|confluence)$/, object: /^(page|blogpost|blog)$/ },
  { server: /^notion$/, object: /^(block|page)$/ },
  { server: /^hubspot$/, object: /^(contact|company|deal|ticket|object)$/ },
  { server: /^(salesforce|sfdc)$/, object: /^(record|sobject)$/ },
  // Linear's `issueDelete` "deletes (trashes) an issue", restorable for 30 days, unless `permanentlyDelete` is passed.
  { server: /^linear$/, object: /^issue$/ },
];
function softDeletes(ws: string[], server: string, args: JsonObject): boolean {
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  if (destroys.length === 0 || !destroys.every((w) => /^(delete|remove)$/.test(w)) || ws.some((w) => /^(permanent|permanently|hard|purge|forever|destroy)$/.test(w))) return false;
  // Told to skip the trash (`permanent: true`, `purge: true`, Confluence's `purge=true`): deleted for good.
  if (Object.entries(args).some(([k, v]) => v === true && /^(permanent|permanently|permanently_?delete|purge|hard|hard_?delete|skip_?trash|skip_?recycle_?bin)$/i.test(k))) return false;
  const sws = words(server);
  return SOFT_DELETES.some((d) => sws.some((w) => d.server.test(w)) && ws.some((w) => d.object.test(w)));
}

/**
 * A delete told to archive or trash instead (`op item delete --archive`; tools' `archive: true`, `trash: true`,
 * `softDelete: true`, `permanent: false`): the item can be brought back. The lead's answer 231 (round 28): Jira's
 * `enableUndo: true` puts a deleted project in the recycle bin; without it the delete stays destructive.
 */
function deletesSoftly(args: JsonObject): boolean {
  return Object.entries(args).some(([k, v]) => (v === true && /^(archive|trash|soft|soft_?delete|move_?to_?trash|recoverable|enable_?undo)$/i.test(k)) || (v === false && /^(permanent|permanently|permanent_?delete|hard|hard_?delete)$/i.test(k)));
}

/**
 * Pure text functions (`truncate_text`, `strip_whitespace`, `trim_string`): they return a shorter text, nothing stored
 * changes.
 */
const TEXTUAL = /^(text|texts|string|strings|str|words?|lines?|whitespace|html|markdown|md|title|summary|sentences?|paragraphs?|tags|chars|characters)$/;
function transformsText(ws: string[]): boolean {
  const cut = (w: string): boolean => DESTROY_WORDS.test(w) || /^(trim|strip)$/.test(w);
  const destroys = ws.filter(cut);
  const rest = ws.filter((w) => !cut(w));
  return destroys.length > 0 && destroys.every((w) => /^(truncate|trim|strip)$/.test(w)) && rest.length > 0 && rest.every((w) => TEXTUAL.test(w));
}

/**
 * Tools that start, watch or stop a read-only activity (Desktop Commander's `start_search`/`stop_search`, a trace
 * or a recording): the verb is about the activity, which only reads.
 */
function runsReadActivity(ws: string[]): boolean {
  return ws.some((w) => /^(start|stop|cancel|pause|resume)$/.test(w)) && ws.some((w) => /^(search|searches|scan|trace|tracing|profiling|watch)$/.test(w)) && !ws.some((w) => DESTROY_WORDS.test(w));
}

/**
 * Deletes whose arguments carry the whole of what they remove, so that one call puts it back: the memory server's
 * `delete_observations {deletions: [{entityName, observations: [text]}]}` and `delete_relations {relations: [{from, to,
 * relationType}]}` (modelcontextprotocol/servers `src/memory`). `delete_entities` names entities only and loses their
 * observations: destructive.
 */
const SELF_CONTAINED: Record<string, string> = { observations: 'deletions', relations: 'relations' };
function deletesWhatItCarries(ws: string[], args: JsonObject): boolean {
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  const noun = ws[ws.length - 1] ?? '';
  const key = SELF_CONTAINED[noun];
  if (destroys.length === 0 || !destroys.every((w) => w === 'delete' || w === 'remove') || key === undefined) return false;
  const list = args[key];
  return Array.isArray(list) && list.length > 0 && list.every((x) => isJsonObject(x) && Object.values(x).every((v) => typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((y) => typeof y === 'string'))));
}

/**
 * The lead's answer 336.4 (round 32): the memory server's `delete_entities {entityNames}` (modelcontextprotocol/servers
 * `src/memory`) where every entity is named scratch by a whole word of answer 72's scratch-only list (`tmp-scratch`,
 * `scratch-notes`, `temp_plan`; test-data.ts SCRATCH_ONLY_WORDS, but not a bare `sandbox`, dev data by answer 216): notes the
 * agent made for itself to throw away. Any other entity (`ops`, `Project Atlas`) holds what was remembered: destructive.
 */
const SCRATCH_ENTITY_WORDS: ReadonlySet<string> = new Set([...SCRATCH_ONLY_WORDS].filter((w) => w !== 'sandbox'));
function deletesScratchEntities(ws: string[], server: string, args: JsonObject): boolean {
  if (!words(server).includes('memory') || ws.slice(-2).join('_') !== 'delete_entities') return false;
  const names = args.entityNames;
  return Object.keys(args).length === 1 && Array.isArray(names) && names.length > 0 && names.every((n) => typeof n === 'string' && namesDisposable(n, SCRATCH_ENTITY_WORDS));
}

/**
 * MongoDB aggregation reads, except `$out` ("replaces the existing collection": whatever the target held is gone) and
 * `$merge` (writes into a collection). MongoDB manual, Aggregation Pipeline Stages.
 */
function pipelineEffect(args: JsonObject, b: FactsBuilder): void {
  const pipeline = args.pipeline;
  if (!Array.isArray(pipeline)) return;
  for (const stage of pipeline) {
    if (!isJsonObject(stage)) continue;
    // The lead's answer 43 (round 18): into a name stamped with a date or a run id, `$out`/`$merge` make a new collection
    // by convention (a write); into an undated name they replace it or its matched documents (`$merge` unless
    // `whenMatched` keeps them or fails).
    const spec = stage.$out ?? stage.$merge;
    if (spec === undefined) continue;
    const target = typeof spec === 'string' ? spec : isJsonObject(spec) ? (typeof spec.into === 'string' ? spec.into : isJsonObject(spec.into) ? spec.into.coll : spec.coll) : undefined;
    const kept = '$merge' in stage && isJsonObject(spec) && (spec.whenMatched === 'keepExisting' || spec.whenMatched === 'fail');
    if ((typeof target === 'string' && namesNewByStamp(target)) || kept) b.verb('write');
    else b.verb('write', 'replace').destroy('mongo_out', `\`${'$out' in stage ? '$out' : '$merge'}\` replaces the collection \`${typeof target === 'string' ? target : JSON.stringify(spec)}\` or its documents with the pipeline's results`);
  }
}

/** `update-many` with a filter that matches every document rewrites them all, as mongosh's `updateMany({}, ...)`. */
function documentUpdateAll(ws: string[], args: JsonObject): boolean {
  if (!ws.some((w) => /^(update|replace|set)$/.test(w)) || !ws.some((w) => /^(many|all)$/.test(w))) return false;
  const itemKey = ws.some((w) => /^items?$/.test(w)) ? [args.key, args.Key].find(namesItemByKey) : undefined;
  const filter = args.filter ?? args.query ?? args.where ?? args.selector ?? itemKey;
  // The lead's answer 385.5 (round 38): more than ten literal ids alone narrow nothing (listsManyIds, as for a delete).
  return filter === undefined || (isJsonObject(filter) && (matchesEverything(filter as FilterValue) || listsManyIds(filter as FilterValue)));
}

/**
 * Desktop Commander (wonderwhy-er/DesktopCommanderMCP) runs long-lived processes: `start_process {command}` starts
 * one, `interact_with_process {pid, input}` sends it a line, which runs in whatever the process is (a shell, a Python
 * or Node REPL, a database console). Opening a console runs nothing by itself: what is typed into it arrives in a later
 * call, judged then. Tool data.
 */
const SESSION_START = /^start_process$/;
const SESSION_INPUT: Record<string, string> = { interact_with_process: 'input' };
const INTERACTIVE_CODES = /^interactive_(sql|interpreter|shell)$/;
const JS_SHAPE = /\b(require\(|console\.|=>|const |let |var |await |document\.|window\.|process\.)/;
/** mongosh's shell helpers (`db.orders.drop()`, `db.getSiblingDB('x').dropDatabase()`, `rs.status()`): a MongoDB console. */
const MONGOSH_SHAPE = /^\s*(db|rs|sh)\.[A-Za-z_$][\w$]*(\s*\.\s*[A-Za-z_$][\w$]*)*\s*\(/;
const PYTHON_SHAPE = /^\s*(import|from)\s+[\w.]+|\bdef\s+\w+\(|\bprint\(|^\s*[A-Za-z_]\w*\s*=(?!=)\s*\S|^\s*[A-Za-z_][\w.]*\.[A-Za-z_]\w*\(/;

/** A line sent to a running process, judged in the language its shape says; one nothing recognises is opaque (F1). */
function sessionInput(text: string, b: FactsBuilder, ctx: ActionContext, inventory: Inventory, delegates: McpDelegates): void {
  if (SQL_SHAPE.test(text)) {
    classifySqlInto(text, { ctx, inventory, dialect: ctx.dialect }, b);
    return;
  }
  // Before Python: `db.orders.drop()` has the shape of a Python method call too.
  if (MONGOSH_SHAPE.test(text)) return delegates.shell(`mongosh --eval ${quote(text)}`);
  if (JS_SHAPE.test(text)) return delegates.shell(`node -e ${quote(text)}`);
  if (PYTHON_SHAPE.test(text)) return delegates.shell(`python3 -c ${quote(text)}`);
  const part = new FactsBuilder();
  delegates.shell(text, part);
  // A word no shell knows (`FLUSHALL`, `\\dt`) is a console's own command: we do not know the console.
  if (part.findings.some((f) => f.code === 'unknown_command')) b.opaque('mcp_session_input_unknown', `the line sent to process ${'`'}${text.length > 60 ? `${text.slice(0, 57)}...` : text}${'`'} is in a language we cannot tell`);
  else b.absorb(part);
}

function argAt(args: JsonObject, path: string): JsonValue | undefined {
  let cur: JsonValue | undefined = args;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

function findMapping(action: McpToolCallAction, mappings: readonly McpToolMapping[]): McpToolMapping | null {
  for (const m of mappings) {
    if (m.server && !globMatch(m.server, action.server)) continue;
    // Clients prefix tools with their server (`mcp__github__delete_repository`); mappings name the bare tool.
    const bare = action.tool.includes('__') ? action.tool.split('__').pop()! : action.tool;
    if (globMatch(m.tool, action.tool) || globMatch(m.tool, bare) || globMatch(m.tool, `${action.server}/${bare}`)) return m;
  }
  return null;
}

const ENV_KEYS = ['environment', 'env', 'stage', 'cluster', 'context', 'kube_context', 'project', 'project_id', 'account', 'profile', 'namespace', 'database', 'db', 'host', 'region', 'workspace', 'stack', 'subscription', 'resource_group', 'bucket', 'name', 'repo', 'repository', 'owner', 'instance', 'service'];

function envClues(action: McpToolCallAction, ctx: ActionContext, mapping: McpToolMapping | null): EnvClue[] {
  const clues: EnvClue[] = [{ kind: 'mcp_servers', value: action.server }, { kind: 'mcp_servers', value: ctx.mcpServer }];
  if (mapping?.environmentArgument) {
    const v = argAt(action.arguments, mapping.environmentArgument);
    if (typeof v === 'string') clues.push({ kind: 'kube_contexts', value: v }, { kind: 'names', value: v });
  }
  for (const key of ENV_KEYS) {
    const v = action.arguments[key];
    if (typeof v === 'string') clues.push({ kind: key === 'context' || key === 'kube_context' ? 'kube_contexts' : key.startsWith('project') ? 'gcp_projects' : key === 'host' ? 'db_hosts' : key === 'database' || key === 'db' ? 'databases' : 'names', value: v }, { kind: 'names', value: v });
  }
  // Parameters nested one level down (`api_params: {cluster: shop-prod}`, awslabs' ECS server) name it too.
  for (const v of Object.values(action.arguments)) {
    if (!isJsonObject(v)) continue;
    for (const key of ENV_KEYS) {
      const n = v[key];
      if (typeof n === 'string') clues.push({ kind: 'names', value: n });
    }
  }
  clues.push({ kind: 'names', value: action.server });
  // Round 40 (bl40chain): a chain's or a wallet's server acts on the mainnet unless its arguments name a test chain.
  const chain = chainMcpTier(action.server, action.arguments);
  if (chain) clues.push({ kind: 'names', value: chain });
  // A manifest argument (`resources_create_or_update {resource}`, `kubectl_apply {manifest}`) names its namespace.
  for (const v of Object.values(action.arguments)) {
    if (typeof v === 'string' && /^\s*kind\s*:|"kind"\s*:/m.test(v) && /apiVersion/.test(v)) for (const ns of manifestNamespaces(v)) clues.push({ kind: 'kube_namespaces', value: ns }, { kind: 'names', value: ns });
  }
  // Any other short string argument may name the target (`identifier: payments-prod`).
  for (const [key, v] of Object.entries(action.arguments)) {
    if (typeof v === 'string' && v.length <= 100 && !ENV_KEYS.includes(key)) clues.push({ kind: 'names', value: v });
  }
  return clues;
}

export interface McpDelegates {
  /** Classifies a command line into `into` (default: the action's own builder). */
  shell: (command: string, into?: FactsBuilder) => void;
  /** Judges an HTTP request the tool sends, as an agent's own `http_request` is judged. */
  http: (request: HttpRequestAction, into?: FactsBuilder) => void;
  /** Judges a command a written file stores (a start-up file's line, a crontab's job) as run, as for the agent's own file tool. */
  stored?: (command: string, cwd: string | undefined, language: StoredLanguage) => void;
}

/**
 * The call a proxy tool makes: a tool named for calling tools (`call_tool`, `execute_tool`, `use_tool`, `invoke_tool`), or
 * one named only `invoke`/`call`/`dispatch`/`proxy` whose arguments name a `tool`, with that tool's arguments beside it
 * (`arguments`, `args`, `input`, `params`, `parameters`). Null when `action` is no such proxy.
 */
function proxiedCall(bareTool: string, action: McpToolCallAction): McpToolCallAction | null {
  const ws = words(bareTool);
  const callsTools = ws.some((w) => /^tools?$/.test(w)) && ws.some((w) => /^(call|invoke|run|execute|exec|use|proxy|dispatch)$/.test(w));
  const invokes = ws.length > 0 && /^(invoke|call|dispatch|proxy)$/.test(ws[ws.length - 1]!);
  if (!callsTools && !invokes) return null;
  const args = action.arguments;
  const nameKey = ['tool', 'tool_name', 'toolName', ...(callsTools ? ['name'] : [])].find((k) => typeof args[k] === 'string');
  if (nameKey === undefined) return null;
  const argKey = ['arguments', 'args', 'input', 'params', 'parameters', 'tool_input', 'toolInput'].find((k) => isJsonObject(args[k]));
  const server = ['server', 'server_name', 'serverName'].map((k) => args[k]).find((v): v is string => typeof v === 'string') ?? action.server;
  return { kind: 'mcp_tool_call', server, tool: args[nameKey] as string, arguments: argKey === undefined ? {} : (args[argKey] as JsonObject) };
}

/** Argument names that name a machine's control point (an OPC UA node, a PLC tag, an autopilot parameter). */
const CONTROL_POINT_KEYS = ['node_id', 'nodeId', 'node', 'tag', 'tag_name', 'tagName', 'param_id', 'param', 'parameter'];
/** Servers of machines (OPC UA, PLCs, fieldbuses, autopilots, ROS, SCADA), where a plain `name` or `variable` is a control point. */
const MACHINE_SERVER = /(opc|plc|modbus|mavlink|mavsdk|px4|ardupilot|drone|ros2?\b|scada|ignition|twincat|codesys|siemens|s7|robot)/i;
/**
 * Round 36 (ot36): a value written to a machine's control point (`write_node`, `write_tag`, `set_parameter` with the
 * point's name and a `value`): judged by control-points.ts; a forced arm (`arm {force: true}`) passes the pre-arm checks.
 */
function controlPointCall(server: string, ws: string[], args: JsonObject): { effect: 'destroy' | 'outage' | 'safeguard'; what: string } | null {
  if (ws.includes('arm') && args.force === true && MACHINE_SERVER.test(server)) return { effect: 'safeguard', what: 'arms the vehicle past its pre-arm safety checks' };
  if (!ws.some((w) => w === 'write' || w === 'set')) return null;
  const keys = MACHINE_SERVER.test(server) ? [...CONTROL_POINT_KEYS, 'name', 'variable'] : CONTROL_POINT_KEYS;
  const name = keys.map((k) => args[k]).find((v): v is string => typeof v === 'string');
  const value = args.value;
  if (name === undefined || !(typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) return null;
  const effect = autopilotParamEffect(name, String(value)) ?? controlPointEffect(name, String(value));
  if (effect === null) return null;
  const what = effect === 'safeguard' ? 'switches a safety function off (or its bypass on)' : effect === 'outage' ? 'stops the line, machine or robot' : 'resets every parameter at the next boot';
  return { effect, what: `\`${name} = ${String(value)}\` ${what}` };
}

export function classifyMcp(action: McpToolCallAction, ctx: ActionContext, inventory: Inventory, config: McpClassifyConfig, b: FactsBuilder, delegates: McpDelegates): void {
  const configured = findMapping(action, config.mappings);
  // A tool that is a CLI subcommand with its options as arguments (compose.ts) is judged as that command line.
  const composed = configured ? null : composeCommand(action.tool, action.arguments, action.server);
  const mapping = configured ?? (composed === null ? findMapping(action, DEFAULT_MCP_MAPPINGS) : null);
  const environment = resolveEnvironment(inventory, envClues(action, ctx, mapping));
  const targetId = `mcp:${action.server}/${action.tool}`;
  b.summary(`${action.server}.${action.tool}`);
  let understood = false;

  if (composed !== null) {
    delegates.shell(composed);
    b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs: [...b.verbs] });
    return;
  }
  // A tool whose schema we know (a default mapping) honours a preview only if DRY_RUN_TOOLS says so (kubectl_delete has none).
  const bareTool = action.tool.includes('__') ? action.tool.split('__').pop()! : action.tool;
  const inner = configured ? null : proxiedCall(bareTool, action);
  if (inner !== null) {
    // Gateways and aggregators (`call_tool {name, arguments}`, `invoke {tool, input}`) run the tool they name: judged as it.
    b.finding('mcp_proxied_call', `\`${action.tool}\` calls \`${inner.server}.${inner.tool}\``);
    classifyMcp(inner, ctx, inventory, config, b, delegates);
    b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs: [...b.verbs] });
    return;
  }
  // Unmapped here means no default mapping either: `mapping` is the default one whenever nothing is configured.
  const preview = DRY_RUN_TOOLS[bareTool] ?? (mapping === null ? dryRunArgument(action.arguments) : undefined);
  if (!configured && preview !== undefined && action.arguments[preview] === true) {
    // The server only shows what it would do (edit_file's `dryRun` returns the diff).
    b.verb('read').finding('mcp_dry_run', `\`${preview}: true\` previews \`${action.tool}\` without applying it`);
    b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs: [...b.verbs] });
    return;
  }

  if (!configured && SESSION_START.test(bareTool) && typeof action.arguments.command === 'string') {
    const part = new FactsBuilder();
    delegates.shell(action.arguments.command, part);
    if (part.opaqueCodes.length > 0 && part.opaqueCodes.every((c) => INTERACTIVE_CODES.test(c)) && part.destroyCodes.length === 0) {
      b.verb('exec').finding('mcp_session_opened', `\`${action.tool}\` opens a console; what is typed into it is judged when it is sent`);
    } else b.absorb(part);
    b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs: [...b.verbs] });
    return;
  }
  const inputKey = configured ? undefined : SESSION_INPUT[bareTool];
  if (inputKey !== undefined && typeof action.arguments[inputKey] === 'string') {
    sessionInput(action.arguments[inputKey], b, ctx, inventory, delegates);
    b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs: [...b.verbs] });
    return;
  }

  // Round 36 (ot36): a value written to a machine's control point (controlPointCall).
  const control = configured ? null : controlPointCall(action.server, words(bareTool), action.arguments);
  if (control !== null) {
    const record = controlEffectRecord(control.effect, 'mcp_control_point');
    b.verb(record.verb).destroy(record.code, `\`${action.tool}\`: ${control.what}`);
    b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs: [...b.verbs] });
    return;
  }

  // Round 39 (bln39): commands or configuration lines for a network device's CLI (Junos, Netmiko, EOS servers), judged
  // by network-catalogue.ts's device rules as the same lines sent over ssh are.
  const device = configured ? null : deviceLinesOfArguments(words(bareTool), action.arguments);
  if (device !== null) {
    delegates.shell(deviceCliCommand(device));
    b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs: [...b.verbs] });
    return;
  }

  // Round 41 (bl41mf): a mainframe server's tool judged as the command line it stands for (mainframe-tools.ts).
  const mainframe = configured ? null : mainframeMcpCommand(action.server, bareTool, action.arguments);
  if (mainframe !== null) {
    delegates.shell(mainframe);
    b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs: [...b.verbs] });
    return;
  }

  if (mapping?.verbs) {
    b.verb(...mapping.verbs);
    understood = true;
    if (mapping.verbs.includes('delete') || mapping.verbs.includes('replace')) b.destroy('mcp_mapped_destructive', `\`${action.tool}\` is mapped as ${mapping.verbs.join('/')}`);
  }
  if (mapping?.destructive === true) {
    b.destroy('mcp_mapped_destructive', `\`${action.tool}\` is configured as destructive`);
    understood = true;
  }
  if (!configured && UNSEEN_MIGRATION_TOOLS.has(bareTool) && /neon/i.test(action.server)) {
    b.destroy('migration_unseen_production', `\`${action.tool}\` applies to the main branch a migration whose SQL this call does not show`);
  }

  if (mapping?.shellArgument) {
    const cmd = argAt(action.arguments, mapping.shellArgument);
    if (typeof cmd === 'string') {
      delegates.shell(inWorkdir(action.arguments, serverLanguage(action.server, cmd) ?? cmd));
      understood = true;
    } else b.opaque('mcp_argument_missing', `\`${mapping.shellArgument}\` is not a string`);
  }
  if (mapping?.sqlArgument) {
    // Servers name the same argument differently (`sql`, `query`, `statement`): the mapped one, else one that carries SQL.
    const mapped = argAt(action.arguments, mapping.sqlArgument);
    const sql = typeof mapped === 'string' ? mapped : Object.entries(action.arguments).find(([k, v]) => SQL_KEYS.test(k) && typeof v === 'string')?.[1];
    // Round 44 (pin44): Looker's `query {model, explore, fields}` runs the SELECT its model builds (gis-bi-tools.ts).
    if (typeof sql !== 'string' && !configured && semanticLayerQuery(action.arguments)) {
      b.verb('read');
      understood = true;
    } else if (typeof sql === 'string') {
      classifySqlInto(sql, { ctx, inventory, dialect: mapping.dialect ?? ctx.dialect, database: typeof action.arguments.database === 'string' ? action.arguments.database : undefined, untieredIsProduction: untieredHostedDatabase(action.server, action.arguments) }, b);
      understood = true;
    } else b.opaque('mcp_argument_missing', `\`${mapping.sqlArgument}\` is not a string`);
  }
  if (mapping?.pathArgument) {
    const p = argAt(action.arguments, mapping.pathArgument);
    if (typeof p === 'string') pathTarget(p, ctx, inventory, b, mapping.verbs ?? ['write'], writeShape(action.arguments), { text: writtenText(action.arguments, writeShape(action.arguments)), delegates }, true);
    // A move's destination (`move_file {source, destination}`) is replaced by the file moved there, as `mv` replaces it
    // (the lead's answer 55, round 18: judged as the move, whatever one server refuses): a dotenv or secret file there is
    // lost, as `mv .env.example .env` loses it (filesystem.ts `replacesSecret`; databases are left out, as for `mv`).
    if (typeof p === 'string' && mapping.pathArgument === 'destination') moveOntoSecret(p, ctx, inventory, b);
    const source = mapping.pathArgument === 'destination' ? argAt(action.arguments, 'source') : undefined;
    if (typeof source === 'string' && typeof p === 'string') moveAwayFrom(source, p, ctx, inventory, b);
  }
  if (mapping?.fileArguments) fileInputs(action, mapping.fileArguments, ctx, b);
  if (mapping?.urlArgument) {
    const u = argAt(action.arguments, mapping.urlArgument);
    if (typeof u === 'string') b.target({ kind: 'http', id: u, environment: resolveEnvironment(inventory, [{ kind: 'urls', value: u }, { kind: 'names', value: urlHost(u) }]), home: false });
  }

  const ann = action.annotations;
  const ws = words(action.tool);
  // A text edit (`str_replace_editor`, `replace_in_file`, `search_replace`) replaces text, not a resource.
  const textEdit = ws.some((w) => /^(replace|overwrite)$/.test(w)) && ws.some((w) => TEXT_WORDS.test(w));
  if (EDITOR_TOOL.test(action.tool) || textEdit) {
    const sub = typeof action.arguments.command === 'string' ? action.arguments.command : '';
    const p = ['path', 'file_path', 'filepath', 'file'].map((k) => action.arguments[k]).find((v) => typeof v === 'string') as string | undefined;
    const reads = /^(view|read|show|list)$/i.test(sub);
    b.verb(reads ? 'read' : 'write');
    if (p) pathTarget(p, ctx, inventory, b, reads ? ['read'] : ['write'], reads ? 'write' : writeShape(action.arguments), reads ? null : { text: writtenText(action.arguments, writeShape(action.arguments)), delegates }, true);
    b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs: [...b.verbs] });
    return;
  }
  const redis = configured ? null : redisToolCommand(action.server, ws, action.arguments);
  if (redis !== null) {
    // Redis servers name their tools after the command (`hgetall`, `expire`, `flushall`): judged as `redis-cli` would run it.
    delegates.shell(redis);
    b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs: [...b.verbs] });
    return;
  }
  const named = runsReadActivity(ws) || transformsText(ws) || transformsCoordinates(ws)
    ? 'read'
    : cleansBuild(ws, action.arguments) || onTestDevice(ws) || clearsViewState(ws) || removesTrivialObject(ws) || endsMuteOrOneUsersSessions(ws) || killsPid(ws, action.arguments) || archivesContent(ws) || unpublishesContent(ws) || deletesPreviewEnvironment(ws, action.arguments) || deletesPreviewTargetDeployment(ws, action.arguments) || deletesDevBranch(ws, action.server, action.arguments) || deletesGitFeatureBranch(ws, action.server, action.arguments) || deletesCiRunRecord(ws, action.arguments) || deletesWhatItCarries(ws, action.arguments) || deletesScratchEntities(ws, action.server, action.arguments) || softDeletes(ws, action.server, action.arguments) || deletesOneDraft(ws) || commsToolWrite(ws, action.server, action.arguments) || bizappsToolWrite(ws, action.arguments) || gisBiToolWrite(ws, words(action.server), action.arguments) || (ws.some((w) => DESTROY_WORDS.test(w)) && deletesSoftly(action.arguments)) || prunesByLongRetention(ws, action.arguments) || deletesOneFhirResource(ws, words(action.server), action.arguments)
    ? 'write'
    : ws.some((w) => DESTROY_WORDS.test(w)) || forgetsBackup(ws, words(action.server)) || restoresInPlace(ws, action.arguments) || takesOutOfService(ws) || cutsAccountAccess(ws) || revertsToSnapshot(ws) || cancelsCommercial(ws) || stopsStreamingJob(ws, words(action.server)) || issuesRefund(ws) || chainMcpLoss(action.server, ws) !== null
    ? 'destroy'
    : ws.some((w) => PERMISSION_WORDS.test(w)) && ws.some((w) => WRITE_WORDS.test(w))
      ? 'permissions'
      : ws.some((w) => WRITE_WORDS.test(w)) && !READ_WORDS.test(ws[0] ?? '')
        ? 'write'
        : ws.some((w) => READ_WORDS.test(w))
          ? 'read'
          : ws.some((w) => WRITE_WORDS.test(w))
            ? 'write'
            : null;
  if (pausesBackups(ws, action.server)) {
    b.verb('write').destroy('mcp_safeguard_off', `\`${action.tool}\` pauses backups or snapshots: none is taken until they resume`);
    understood = true;
  }
  // Infrastructure applied through a tool is an apply of changes nobody has seen; so is a run applied on an infrastructure
  // server (HCP Terraform's `action_run {action: apply}`, `apply_run`, `create_run {run_type: plan_and_apply}`), as
  // `terraform apply` without a saved plan.
  if ((ws.some((w) => INFRA_WORDS.test(w)) && ws.some((w) => /^(apply|up|deploy|update|upgrade|sync)$/.test(w))) || (words(action.server).some((w) => INFRA_WORDS.test(w)) && appliesRun(ws, action.arguments))) {
    b.verb('deploy').destroy('mcp_infra_apply', `\`${action.tool}\` applies infrastructure changes that have not been shown`);
    understood = true;
  }

  if (!mapping || (!mapping.verbs && mapping.destructive === undefined)) {
    if (ann?.destructiveHint === true && ann.readOnlyHint !== true) {
      b.verb('delete').destroy('mcp_destructive_hint', `the server marks \`${action.tool}\` destructive`);
      understood = true;
    }
    const docs = named === 'destroy' ? documentDelete(ws, action.arguments) : null;
    if (named === 'destroy' && cancelsCommercial(ws) && !ws.some((w) => DESTROY_WORDS.test(w))) {
      b.verb('delete').destroy('mcp_cancel_final', `\`${action.tool}\` cancels a commercial agreement, which cannot be undone`);
      understood = true;
    } else if (named === 'destroy' && chainMcpLoss(action.server, ws) !== null && !ws.some((w) => DESTROY_WORDS.test(w))) {
      // Round 40 (bl40chain): a wallet's or a chain's send, approval, contract write or key export (chain-rpc.ts); on a
      // test chain the arguments name, a write.
      if (chainMcpTestChain(action.arguments)) b.verb('write').finding('mcp_test_chain', `\`${action.tool}\` acts on a test chain: its coins are worthless`);
      else b.verb('write').destroy('money_moved', `\`${action.tool}\` ${chainMcpLoss(action.server, ws)!}`);
      understood = true;
    } else if (named === 'destroy' && issuesRefund(ws) && !ws.some((w) => DESTROY_WORDS.test(w))) {
      b.verb('write').destroy('mcp_refund', `\`${action.tool}\` refunds a payment, which cannot be taken back`);
      understood = true;
    } else if (named === 'destroy' && forgetsBackup(ws, words(action.server)) && !ws.some((w) => DESTROY_WORDS.test(w))) {
      b.verb('delete').destroy('mcp_destructive_name', `\`${action.tool}\` forgets or expires backups: what only they held is lost`);
      understood = true;
    } else if (named === 'destroy' && restoresInPlace(ws, action.arguments) && !ws.some((w) => DESTROY_WORDS.test(w))) {
      b.verb('replace').destroy('restore_in_place', `\`${action.tool}\` restores over the original: what changed since the backup is lost`);
      understood = true;
    } else if (named === 'destroy' && revertsToSnapshot(ws) && !ws.some((w) => DESTROY_WORDS.test(w))) {
      b.verb('replace', 'delete').destroy('disk_reimage', `\`${action.tool}\` puts a machine or disk back to a snapshot: what was written since is lost`);
      understood = true;
    } else if (named === 'destroy' && !ws.some((w) => DESTROY_WORDS.test(w))) {
      // Out of service, as `systemctl stop`: a write whose effect is an outage.
      b.verb('write').destroy('service_outage', `\`${action.tool}\` takes a running service out of service`);
      understood = true;
    } else if (docs === 'narrowed') {
      // Like `DELETE ... WHERE` and mongosh's `deleteOne({...})`: the filter names the documents.
      b.verb('delete').finding('mongo_delete', `\`${action.tool}\` deletes the documents its filter matches`);
      understood = true;
    } else if (named === 'destroy') {
      b.verb('delete').destroy('mcp_destructive_name', `\`${action.tool}\` names a destructive operation`);
      understood = true;
    } else if (named === 'permissions') {
      b.verb('permissions');
      understood = true;
    } else if (named === 'write' && !understood) {
      b.verb('write');
      understood = true;
    } else if (named === 'read' && !understood) {
      // A read-only hint alone is the upstream's word; together with a read verb in the name we accept it.
      b.verb('read');
      understood = true;
    } else if (ann?.readOnlyHint === true && !understood) {
      b.verb('read').partial('mcp_read_only_hint', `only the server's readOnlyHint says \`${action.tool}\` reads`);
      understood = true;
    } else if (ann?.destructiveHint === false && ann.readOnlyHint === false && !understood) {
      b.verb('write').partial('mcp_additive_hint', `the server marks \`${action.tool}\` as non-destructive`);
      understood = true;
    }
  }

  if (!mapping && backupRetentionCut(ws, words(action.server), action.arguments)) {
    b.verb('write').destroy('data_expiry', `\`${action.tool}\` sets a lifecycle that deletes recovery points in under 30 days`);
    understood = true;
  }
  const muted = mapping ? null : mutesAlerting(ws, action.server, action.arguments);
  if (muted === LAPSES) {
    b.verb('write').finding('alerting_muted_briefly', `\`${action.tool}\` mutes named alerts until an end within a day`);
    understood = true;
  } else if (muted) {
    b.verb('write').destroy('safeguard_off', `\`${action.tool}\` ${muted}`);
    understood = true;
  }
  // An update that switches a user, account or key off by a field (Firebase `auth_update_user {disabled: true}`).
  const switchedOff = !mapping && named === 'write' && ws.some((w) => IDENTITY_NOUN.test(w)) ? identitySwitchOff(action.arguments) : null;
  if (switchedOff) {
    b.verb('write').destroy('identity_off', `\`${action.tool}\` sets \`${switchedOff}\`: the user or credential is switched off and what signs in as it stops`);
    understood = true;
  }
  if (!mapping && named === 'write' && archivesRepository(ws, action.arguments)) {
    b.verb('write').destroy('repository_archive', `\`${action.tool}\` sets \`archived: true\`: the repository is read-only from then on`);
    understood = true;
  }
  const protection = mapping ? null : branchProtectionRequest(ws, action.server, action.arguments);
  if (protection !== null) {
    delegates.http(protection);
    understood = true;
  }
  // A safeguard or access taken away through the tool's arguments (a security workflow deleted, a bucket made public, a
  // site's visitor protection off, a deploy key that can push): access-widened.ts, as the HTTP judge reads the same acts.
  const widened = mcpAccessWidened(ws, action.arguments);
  if (widened) {
    b.verb(widened.code === 'security_workflow_removed' ? 'delete' : 'permissions').destroy(widened.code, `\`${action.tool}\` ${widened.why}`);
    understood = true;
  }
  const switched = !mapping && named === 'write' ? argumentSwitchesOff(ws, action.arguments) : null;
  if (switched) {
    b.verb('write').destroy(switched.code, `\`${action.tool}\` ${switched.why}`);
    understood = true;
  }
  const credential = sendsCredential(action.server, ws, action.arguments, mapping);
  if (credential !== null) {
    b.verb('network').destroy('secret_sent', `\`${action.tool}\` sends ${credential} to \`${action.server}\`, off the machine`);
    understood = true;
  }
  const uploaded = credential === null ? uploadsCredentialFile(action.server, ws, action.arguments, ctx) : null;
  if (uploaded !== null) {
    b.verb('network').destroy('secret_sent', `\`${action.tool}\` uploads \`${uploaded}\`, a credential file, off the machine`);
    understood = true;
  }
  if (!mapping && ws.some((w) => /^(aggregate|aggregation)$/.test(w))) pipelineEffect(action.arguments, b);
  if (!mapping && named === 'write' && documentUpdateAll(ws, action.arguments)) b.verb('write', 'replace').destroy('mongo_update_all', `\`${action.tool}\` with a filter that matches every document, or by more than ten literal ids alone, rewrites them all (no short fixed list: answer 385.5)`);

  // Arguments that look like commands or SQL are classified whatever the tool claims to be.
  if (scanArguments(action.arguments, mapping, b, ctx, inventory, delegates, action.tool, 0, action.server)) understood = true;

  if (!understood) {
    // SECURITY: a tool we cannot explain is unknown, which the default policy holds on production.
    b.opaque('mcp_unknown_tool', `\`${action.server}.${action.tool}\` is a tool we have no mapping, annotation or name verb for`);
  }
  const verbs = [...b.verbs];
  b.target({ kind: 'mcp', id: targetId, environment, home: false, verbs });
}

/**
 * A repository updated to `archived: true` (the GitHub server's `update_repository`): read-only from then on, its issues,
 * pull requests and pushes closed (availability), as the HTTP judge reads `PATCH /repos/O/R {archived: true}` and the shell
 * `gh repo archive`. `archived: false` unarchives it. Only a repository: an archived project or page is content one call
 * brings back (archivesContent).
 */
function archivesRepository(ws: string[], args: JsonObject): boolean {
  return ws.some((w) => /^(update|edit|patch|set|modify)$/.test(w)) && ws.some((w) => /^(repo|repos|repository|repositories)$/.test(w)) && (args.archived === true || args.archived === 'true');
}

/**
 * The GitHub server's `update_branch_protection {owner, repo, branch, …settings}` sends GitHub's "Update branch protection"
 * (`PUT /repos/O/R/branches/B/protection`) with the settings as its body: judged as that request (other-kinds.ts
 * `safeguardOff`), so `required_pull_request_reviews: null`, `enforce_admins: false` or `allow_force_pushes: true` turn a
 * safeguard off (the lead's answer 336.12, round 32), and settings that keep the rules are a write. Null when the call is
 * not one, or its repository or branch is not a plain name.
 */
function branchProtectionRequest(ws: string[], server: string, args: JsonObject): HttpRequestAction | null {
  if (!words(server).includes('github') || !ws.some((w) => /^(update|set|edit|patch|modify|put)$/.test(w)) || !ws.includes('branch') || !ws.includes('protection')) return null;
  const { owner, repo, branch, ...settings } = args;
  const plain = (v: JsonValue | undefined): v is string => typeof v === 'string' && /^[\w.-]+(\/[\w.-]+)*$/.test(v) && !v.split('/').includes('..');
  if (!plain(owner) || !plain(repo) || !plain(branch) || owner.includes('/') || repo.includes('/')) return null;
  return { kind: 'http_request', method: 'PUT', url: `https://api.github.com/repos/${owner}/${repo}/branches/${encodeURIComponent(branch)}/protection`, body: settings };
}

/**
 * Alerting is a safeguard (as in HTTP and the cloud CLIs): a tool that mutes or silences a monitor or alert (Datadog
 * `mute_monitor`, `create_silence`, `schedule_downtime`), or an incident tool's update that switches something off
 * (PagerDuty `update_service {status: disabled}`: a disabled service opens no incidents; Grafana `update_alert_rule {isPaused:
 * true}`). `unmute_monitor` and `snooze_alert` (one alert, as an acknowledgement) are not. A mute that names what it covers
 * and ends within a day (muteLapses) is LAPSES: a write, as the lead decided in round 13.
 */
const LAPSES = 'lapses';
const ALERTING_NOUNS = /^(monitors?|alerts?|alarms?|alerting|rules?|heartbeats?|notifications?)$/;
const ALERTING_SERVER = /pagerduty|opsgenie|alertmanager|datadog|grafana|incident/i;
function mutesAlerting(ws: string[], server: string, args: JsonObject): string | null {
  const mutes = (ws[0] === 'mute' || ws[0] === 'silence') && ws.some((w) => ALERTING_NOUNS.test(w));
  const creates = ws.some((w) => /^(create|add|schedule|new)$/.test(w)) && ws.some((w) => /^(silences?|downtimes?)$/.test(w));
  if (mutes || creates) return muteLapses(args) ? LAPSES : 'mutes alerting: what it would have paged about pages nobody';
  if (!ALERTING_SERVER.test(server) || !ws.some((w) => /^(update|set|patch|edit|modify|disable)$/.test(w))) return null;
  // The fields at the top or one level down: PagerDuty's REST body wraps them in the resource (`{service: {status}}`).
  const fields = Object.entries(args).flatMap(([k, v]) => (isJsonObject(v) ? [[k, v] as [string, JsonValue], ...Object.entries(v)] : [[k, v] as [string, JsonValue]]));
  const off = fields.find(([k, v]) => /^(status|state|enabled|active)$/i.test(k) && (v === false || (typeof v === 'string' && /^(disabled?|off|false|inactive)$/i.test(v))));
  if (off) return `sets \`${off[0]}\` to \`${String(off[1])}\`: alerting switched off`;
  // A Datadog monitor edit's `options.silenced` (or the map given at the top): read as the HTTP door reads it.
  const silenced = silencedOff(isJsonObject(args.options) ? args.options.silenced : args.silenced);
  if (silenced) return silenced;
  // Grafana's alert rules carry `isPaused` ("no notifications are sent while paused"); `muted`/`silenced` the same.
  const paused = Object.entries(args).find(([k, v]) => /^(is_?paused|paused|muted|silenced)$/i.test(k) && v === true);
  return paused ? `sets \`${paused[0]}\`: alerting paused` : null;
}

/**
 * A12: the configured arguments that name local files the tool reads become inputs, which the
 * gateway hashes into the envelope. An absent argument names no file; one that is not a file name
 * (or a list of them, for `name[]`) cannot be bound, so the action is opaque.
 */
function fileInputs(action: McpToolCallAction, names: readonly string[], ctx: ActionContext, b: FactsBuilder): void {
  const scope = { cwd: ctx.cwd, home: ctx.home };
  for (const name of names) {
    const list = name.endsWith('[]');
    const key = list ? name.slice(0, -2) : name;
    const v = argAt(action.arguments, key);
    if (v === undefined || v === null) continue;
    const paths = list && Array.isArray(v) ? v : list ? null : [v];
    if (paths === null || paths.some((p) => typeof p !== 'string')) {
      b.opaque('mcp_file_argument_invalid', `\`${name}\` is configured to name ${list ? 'a list of files' : 'a file'} and is not ${list ? 'a list of strings' : 'a string'}, so an approval could not bind its content`);
      continue;
    }
    for (const p of paths as string[]) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) {
        b.opaque('input_remote', `the file \`${p}\` is fetched when the tool runs, so no one can approve its content in advance`);
        continue;
      }
      b.input(p, resolvePath(p, scope), 'file_arg');
    }
  }
}

/**
 * How a file tool writes: a targeted edit names the text it replaces (`edits: [{oldText, newText}]`,
 * `old_string`/`new_string`), so the file keeps the rest and the edit carries its own inverse; empty content
 * empties the file (as `: > file`); whole new content replaces it; anything else may overwrite it.
 */
type WriteShape = 'edit' | 'truncate' | 'append' | 'replace' | 'write';
/** Arguments that carry a file's whole new content (`write_file {content}`, `create_file {file_text}`). */
const CONTENT_KEYS = ['content', 'contents', 'file_text', 'text', 'data'];
const OLD_TEXT = ['oldText', 'old_string', 'old_str', 'search', 'old'];
const NEW_TEXT = ['newText', 'new_string', 'new_str', 'replace', 'new'];
function isTextEdit(x: JsonValue | undefined): boolean {
  return isJsonObject(x) && OLD_TEXT.some((k) => typeof x[k] === 'string' && x[k] !== '') && NEW_TEXT.some((k) => typeof x[k] === 'string');
}
function writeShape(args: JsonObject): WriteShape {
  const edits = args.edits;
  if ((Array.isArray(edits) && edits.length > 0 && edits.every((e) => isTextEdit(e))) || isTextEdit(args)) return 'edit';
  if (args.mode === 'append' || args.append === true) return 'append';
  if (args.content === '') return 'truncate';
  if (CONTENT_KEYS.some((k) => typeof args[k] === 'string')) return 'replace';
  return 'write';
}

/** The MCP tools that honour a preview flag, from their schemas: the filesystem server's `edit_file {dryRun}`, Flux159's `kubectl_apply {dryRun}`. */
const DRY_RUN_TOOLS: Record<string, string> = { edit_file: 'dryRun', kubectl_apply: 'dryRun' };

/**
 * A preview switch in the arguments of a tool we have no schema for (`dryRun: true`, `dry_run`, `whatIf`, `validateOnly`):
 * agents fill arguments from the tool's schema, which offers the switch only when the tool honours it. Not when an argument also carries a command, SQL or code, which is judged as it stands.
 */
const DRY_RUN_KEYS = /^(dry_?run|what_?if|validate_?only|plan_?only|preview_?only|check_?only|simulate)$/i;
function dryRunArgument(args: JsonObject): string | undefined {
  const key = Object.keys(args).find((k) => DRY_RUN_KEYS.test(k) && args[k] === true);
  if (key === undefined) return undefined;
  return Object.entries(args).some(([k, v]) => typeof v === 'string' && (SHELL_KEYS.test(k) || SQL_KEYS.test(k) || CODE_KEYS.test(k))) ? undefined : key;
}

/**
 * What a file tool's write puts in the file: the whole content (a replace), the appended part, or an edit's new texts; null
 * when the arguments carry none (a move, a create).
 */
function writtenText(args: JsonObject, shape: WriteShape): string | null {
  if (shape === 'edit') {
    const edits = Array.isArray(args.edits) ? args.edits : [args];
    const texts = edits.filter(isJsonObject).map((e) => NEW_TEXT.map((k) => e[k]).find((v) => typeof v === 'string')).filter((v): v is string => typeof v === 'string');
    return texts.length > 0 ? texts.join('\n') : null;
  }
  if (shape !== 'append' && shape !== 'replace') return null;
  const content = CONTENT_KEYS.map((k) => args[k]).find((v) => typeof v === 'string');
  return typeof content === 'string' ? content : null;
}

/**
 * A move takes its source from where it was (round 27, h27), as `mv` reads its sources (filesystem.ts): a credential, a
 * start-up or system file, the home or a repository root moved away is gone from where it is used (`move_file
 * {source: ~/.ssh/id_ed25519, destination: ~/app/public/…}`). A file of the home's own folders moved into another of
 * them (not a dot folder) is kept, as `mv ~/Documents/a.pdf ~/Archive/` is.
 */
function moveAwayFrom(source: string, destination: string, ctx: ActionContext, inventory: Inventory, b: FactsBuilder): void {
  const scope = { cwd: ctx.cwd, home: ctx.home };
  const abs = resolvePath(source, scope) ?? source;
  const cls = classifyPath(abs, scope, inventory);
  if (cls !== 'critical' && cls !== 'control_plane') return;
  const home = ctx.home;
  const inHome = (path: string, deep: boolean): boolean => {
    const rel = home && path.startsWith(`${home}/`) ? path.slice(home.length + 1) : null;
    return rel !== null && !rel.startsWith('.') && (!deep || rel.includes('/'));
  };
  const to = resolvePath(destination, scope) ?? destination;
  if (cls === 'critical' && inHome(abs, true) && inHome(to, false)) return;
  b.target({ kind: cls === 'control_plane' ? 'control_plane' : 'filesystem', id: abs, environment: null, home: false, verbs: ['delete'], critical: true });
  b.verb('delete').destroy('critical_path', `moves \`${abs}\` away: home, repository root, credentials or a system path`);
}

/** A move onto a dotenv or secret file replaces what it held (`mv` reads it the same way). */
function moveOntoSecret(path: string, ctx: ActionContext, inventory: Inventory, b: FactsBuilder): void {
  const scope = { cwd: ctx.cwd, home: ctx.home };
  const abs = resolvePath(path, scope) ?? path;
  const cls = classifyPath(abs, scope, inventory);
  if (cls !== 'rebuildable' && cls !== 'temporary' && cls !== 'control_plane' && isDotenvOrSecretFile(abs)) b.destroy('file_overwrite_secret', `moves a file onto \`${abs}\`, which holds settings or secrets that no tool regenerates`);
}

/**
 * `local`: the tool writes this machine's files (a mapped filesystem server, an editor tool), so an empty write of a workspace
 * file is read as the agent's own file tool reads it (answer 81). A path argument of a tool we do not map may name a file in
 * a remote repository (`create_or_update_file` on `main`), which the workspace's git does not hold.
 */
function pathTarget(path: string, ctx: ActionContext, inventory: Inventory, b: FactsBuilder, verbs: Verb[], shape: WriteShape = 'write', written: { text: string | null; delegates: McpDelegates } | null = null, local = false): void {
  const scope = { cwd: ctx.cwd, home: ctx.home };
  const abs = resolvePath(path, scope) ?? path;
  const cls = classifyPath(abs, scope, inventory);
  const writes = verbs.some((v) => v !== 'read');
  const raw = pathToResolve(path, scope);
  if (raw !== null) b.namePath(raw);
  if (isControlPlaneSecret(abs, inventory)) {
    // SECURITY (D8): the signing key and tokens are not read by agents, through any tool.
    b.target({ kind: 'control_plane', id: abs, environment: null, home: false, verbs: ['write'] });
    b.destroy('control_plane_secret', `names \`${abs}\`, Portcullis's signing key or a token: agents may not read it`);
    return;
  }
  b.target({ kind: cls === 'control_plane' ? 'control_plane' : 'filesystem', id: abs, environment: null, home: false, verbs, ...(cls === 'critical' || cls === 'control_plane' ? { critical: true } : {}) });
  if (cls === 'control_plane' && writes) b.destroy('control_plane_target', `writes Portcullis's own control plane: \`${abs}\``);
  // An edit of a shell start-up file or a PowerShell profile is destructive whatever it changes (the lead's round-16
  // decision 6: it runs in every shell); other dotfiles' edits name the text they replace.
  else if (writes && shape === 'edit' && isStartupScript(abs)) b.destroy('startup_file_edit', `edits \`${abs}\`, a start-up script run in every shell`);
  else if (cls === 'critical' && writes && shape === 'edit') b.finding('edit_critical_path', `edits text in \`${abs}\`; the edit names the text it replaces`);
  // Appending a line to `~/.zshrc` loses nothing (as `>>` in the shell); appending to a system path stays destructive.
  else if (cls === 'critical' && writes && shape === 'append' && isHomeConfigFile(abs, ctx.home)) b.finding('append_home_config', `appends to \`${abs}\``);
  // A new drop-in whose text the call shows (`/etc/sysctl.d/99-x.conf`, a systemd override that only sets limits) is a
  // configuration write, as the agent's own file tool reads it (round 14's decision; one class, one label: round 33, e33).
  // What it holds is still judged below (a sudoers line, a cron job, an sshd setting).
  else if (cls === 'critical' && writes && shape === 'replace' && written !== null && written.text !== null && written.text !== '' && (isConfigDropIn(abs) || plainTextDropIn(abs, written.text))) b.finding('config_drop_in', `writes \`${abs}\`, a drop-in of plain configuration`);
  else if (cls === 'critical' && writes) b.destroy('critical_path', `writes \`${abs}\`: home, repository root, credentials or a system path`);
  // Without a home in the context a credential or system file is `outside`; an overwrite of it is judged as the agent's own
  // file tool judges it (`~/.ssh/authorized_keys`, `/etc/hosts`), an edit or an append is a change.
  else if (cls === 'outside' && writes && shape === 'replace' && isSystemOrCredentialFile(abs, ctx.home)) b.destroy('file_write_system', `overwrites \`${abs}\`, a system or credential file`);
  // An empty write loses what a delete of the same file loses, as the agent's own file tool judges it (the lead's answer 81,
  // round 21, in place of answer 55): a tracked workspace file is an edit git holds; data, secrets, dotenv files and paths
  // outside the workspace are lost. Files empty by convention (`__init__.py`, `.gitkeep`) are created, not emptied.
  else if (writes && shape === 'truncate' && cls !== 'rebuildable' && cls !== 'temporary' && !isEmptyByConvention(abs) && (!local || oneFileLoss(abs.replace(/\\/g, '/'), cls, ctx.cwd) === 'lost')) b.destroy('file_truncate', `empties \`${abs}\``);
  // Whole new content in place of a dotenv file, a database or a key, as the agent's own file tool judges it.
  else if (writes && shape === 'replace' && cls !== 'rebuildable' && cls !== 'temporary' && isStateOrSecretFile(abs)) b.destroy('file_overwrite_state', `overwrites \`${abs}\`, which holds state or secrets that no tool regenerates`);
  // What the write puts in is judged as the agent's own file tool judges it: the commands a run-later file stores (a
  // start-up file's appended line, a crontab job), and settings that switch a safeguard off (sshd, sudoers, pg_hba).
  if (writes && cls !== 'control_plane' && written !== null && written.text !== null && written.text !== '') {
    const stored = written.delegates.stored;
    judgeStoredCommands(abs, written.text, ctx.home, b, stored);
    judgeWrittenSettings(abs, shape === 'edit' ? 'edit' : 'write', written.text, cls, b);
  }
}

const SHELL_KEYS = /^((\w+_)?(command|cmd)|script|shell|bash|commandline|command_?line|args|argv)$/i;
const CODE_KEYS = /^(code|python|python_code|source|snippet|program)$/i;
/** The language a code argument names (`language`, `lang`, `runtime`, `kernel`), or null when it names none. */
function codeLanguage(args: JsonObject): string | null {
  for (const k of ['language', 'lang', 'runtime', 'kernel', 'interpreter']) if (typeof args[k] === 'string' && args[k] !== '') return (args[k] as string).toLowerCase();
  return null;
}
/** A `script` argument with a language beside it (`run_script {interpreter, script}`): code in that language, not a shell line. */
function scriptInLanguage(key: string, args: JsonObject): boolean {
  return /^script$/i.test(key) && codeLanguage(args) !== null;
}
/** How each language's code is run, as a shell line ('' : the code is itself a shell line). */
const CODE_RUNNERS: ReadonlyArray<[RegExp, string]> = [
  [/^(bash|sh|shell|zsh|dash|ksh|console|terminal|shellscript)$/, ''],
  [/^(python\d*|py|ipython|python3)$/, 'python3 -c'],
  [/^(javascript|js|node|nodejs|typescript|ts|deno|bun)$/, 'node -e'],
  [/^(ruby|rb)$/, 'ruby -e'],
  [/^(perl|pl)$/, 'perl -e'],
  [/^php$/, 'php -r'],
  [/^lua$/, 'lua -e'],
  [/^(r|rscript)$/, 'Rscript -e'],
  [/^(powershell|pwsh|ps1|ps)$/, 'pwsh -Command'],
];
const SQL_KEYS = /^(sql|query|statement|statements|sql_query)$/i;
const PATH_KEYS = /^(path|file_path|filepath|filename|file|target_file|target|destination|dest|target_path|dir|directory)$/i;
/**
 * Beside a command (tumf/mcp-shell-server's `shell_execute {command, directory}`, mcp-server-commands' `run_command
 * {command, workdir}`), the directory is where the command runs, not something it writes: the command is judged as run
 * there (`cd DIR && COMMAND`), so its relative operands resolve against it.
 */
const WORKDIR_KEYS = /^(dir|directory|cwd|workdir|working_?dir(ectory)?)$/i;
function carriesCommand(args: JsonObject): boolean {
  return Object.entries(args).some(([k, v]) => SHELL_KEYS.test(k) && (typeof v === 'string' || Array.isArray(v)));
}
/** A git server's `path` (cyanheads/git-mcp-server's `git_merge {path}`, `git_set_working_dir {path}`) is the repository it works in. */
/**
 * Arguments that place a path in a remote repository, project, bucket or drive rather than on this machine; a path inside a
 * nested list (`push_files {files: [{path, content}]}`) is read as remote too.
 */
const REMOTE_STORE_KEYS = /^(owner|repo|repository|repo_?name|branch|ref|project(_?id)?|bucket|org(anization)?|workspace_?id|drive_?id|site_?id)$/i;
function namesRepository(toolWords: string[], key: string): boolean {
  return toolWords.includes('git') && /^path$/i.test(key);
}
function inWorkdir(args: JsonObject, command: string): string {
  const dir = Object.entries(args).find(([k, v]) => WORKDIR_KEYS.test(k) && typeof v === 'string' && v !== '')?.[1];
  if (typeof dir !== 'string') return command;
  // `~/src` stays the home folder: only the part after `~/` is quoted.
  const home = /^~(\/|$)/.exec(dir);
  return `cd ${home ? `~/${quote(dir.slice(home[0].length))}` : quote(dir)} && ${command}`;
}
/** An argument that looks like SQL, not like a search phrase. */
const SQL_SHAPE = /^\s*(delete\s+from|drop\s+(table|database|schema|index|view|user|role|function|materialized)|truncate\s|update\s+\S+\s+set|insert\s+into|alter\s+(table|database|user|role)|select\s[\s\S]*\sfrom|grant\s|revoke\s|with\s+\w+\s+as|explain\s|merge\s+into|replace\s+into|create\s+(table|index|user|role|database|policy))/i;
/**
 * A workload manifest given as text, YAML or JSON (kubernetes-mcp-server `resources_create_or_update {resource: "…"}`), that
 * sets zero replicas: scaled to zero, an outage (Availability), as the same object sent to the API server.
 */
const WORKLOAD_KIND = /(^\s*kind\s*:\s*|"kind"\s*:\s*)"?(Deployment|StatefulSet|ReplicaSet|ReplicationController)\b/m;
const ZERO_REPLICAS = /^\s*replicas\s*:\s*0\s*$|"replicas"\s*:\s*0\s*[,}\s]/m;
const ZERO_KEYS = /^(replicas|replica_count|desired_?count|desired_?capacity|instance_?count|min_?size|max_?size|capacity|scale)$/i;
/** Switches of a safeguard, also spelt as the API spells them with `Enabled` (DynamoDB `DeletionProtectionEnabled`, `PointInTimeRecoveryEnabled`). */
const SAFEGUARD_KEYS = /(deletion_?protection|termination_?protection|versioning|backups?|point_?in_?time_?recovery|logging|audit|protect(ed|ion)?|final_?snapshot|soft_?delete|immutability|legal_?hold|object_?lock|mfa_?delete)(_?(enabled|state|status))?$/i;
/**
 * A generic switch (`status`, `state`, `enabled`, `mode`) set off in a tool named for a safeguard (`put_bucket_versioning
 * {VersioningConfiguration: {Status: Suspended}}`, `update_backup_policy {state: disabled}`, a snapshot task or schedule
 * `{enabled: false}`): the same judge as an HTTP body under a URL that names the safeguard.
 */
const GENERIC_SWITCH_KEY = /^(status|state|enabled|mode|value)$/i;
const OFF_STRING = /^(off|false|disabled?|suspended|none)$/i;
function namesSafeguard(toolWords: string[]): boolean {
  return toolWords.some((w) => /^(versioning|backups?|protection|retention|encryption|logging|audit|pitr|immutability)$/.test(w)) ||
    (toolWords.includes('snapshot') && toolWords.some((w) => /^(tasks?|schedules?|policy|policies)$/.test(w)));
}
const FORCE_KEYS = /^(force|force_?push|force_?delete|force_?destroy|purge|hard|skip_?final_?snapshot|destroy|drop|wipe|cascade|no_?preserve_?root|delete_?volumes|prune)$/i;
/**
 * Boolean options whose name says they drop or overwrite what is there: MongoDB's `rename-collection {dropTarget}`
 * ("drops the target collection if it exists"), `overwriteExisting`, `purgeData`, `deleteLocalData`, `removeVolumes`.
 */
const DROPS_KEYS = /^(drop|overwrite|purge|wipe|destroy|truncate)(_?[a-z0-9]+)*$|^(delete|remove)_?(local_?)?(data|volumes?|files|contents?|existing|target|all)$/i;
/**
 * Servers of hosted databases whose projects name no tier (Supabase, Neon, Cloudflare's D1 bindings): a database there
 * counts as production for decision 22 unless a tier is named (the lead's decision 40, round 18).
 */
const UNTIERED_HOSTED_DB = /supabase|neon|cloudflare|\bd1\b/i;
function untieredHostedDatabase(server: string | undefined, args: JsonObject): boolean {
  if (server === undefined || !UNTIERED_HOSTED_DB.test(server)) return false;
  // A project, branch or database named for another tier (`branchId: br-dev-refunds`, `shop-staging`) names it.
  return !Object.values(args).some((v) => typeof v === 'string' && v.length < 100 && (heuristicEnvironment(v) ?? 'production') !== 'production');
}
/** Arrays of SQL statements (Neon's `run_sql_transaction {sqlStatements}`). */
const SQL_LIST_KEYS = /^(sql_?statements|statements|queries|sql_?queries|sqls)$/i;
/** Tools of a database: a `command` there is often SQL (Heroku's `pg_psql {command}`), not a shell line. */
const DB_TOOL_WORDS = /^(pg|psql|postgres|postgresql|mysql|mariadb|sql|sqlite|db|database|databases|query|d1|snowflake|bigquery|redshift|clickhouse)$/;
/** Keys whose value names the operation the tool performs (GitHub's consolidated `method`, git servers' `mode`, Terraform's `run_type`). */
const OPERATION_KEYS = /^(operation|op|action|operation_name|operationid|api|api_name|api_?operation|method_name|command_name|task|method|mode|run_action|(run|action|operation|change)_?type)$/i;

/** Redis commands (redis.io command reference) that Redis MCP servers expose as tools, one command a tool. */
const REDIS_COMMANDS = /^(get|set|setex|setnx|getex|getdel|mget|mset|del|unlink|exists|expire|pexpire|expireat|persist|ttl|pttl|type|keys|scan|incr|decr|incrby|decrby|append|strlen|hget|hset|hmset|hmget|hgetall|hdel|hkeys|hvals|hlen|hexists|hincrby|lpush|rpush|lpop|rpop|lrange|llen|lrem|ltrim|lindex|sadd|srem|smembers|scard|sismember|zadd|zrem|zrange|zrangebyscore|zcard|zscore|xadd|xrange|xlen|xread|xdel|xtrim|dbsize|info|ping|flushall|flushdb|rename|copy)$/;
/**
 * Tools named after what their command does rather than the command (redis/mcp-redis: `delete {key}` is `DEL`,
 * `json_del {name, path}` is RedisJSON's `JSON.DEL`, `json_get`/`json_set` their `JSON.` namesakes).
 */
const REDIS_TOOL_ALIASES: Record<string, string> = { delete: 'del', json_del: 'json.del', json_forget: 'json.forget', json_get: 'json.get', json_set: 'json.set' };
/** `redis.hgetall {key}` as `redis-cli HGETALL key`; null when the server is not Redis or the tool is not one command. */
function redisToolCommand(server: string, ws: string[], args: JsonObject): string | null {
  if (!words(server).some((w) => /^(redis|valkey|keydb)$/.test(w))) return null;
  const name = ws.filter((w) => w !== 'redis').join('_');
  const command = Object.hasOwn(REDIS_TOOL_ALIASES, name) ? REDIS_TOOL_ALIASES[name]! : REDIS_COMMANDS.test(name) ? name : null;
  if (command === null) return null;
  const values: string[] = [];
  for (const v of Object.values(args)) {
    if (typeof v === 'string' || typeof v === 'number') values.push(String(v));
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' || typeof x === 'number') values.push(String(x));
  }
  return ['redis-cli', command.toUpperCase(), ...values.map(quote)].join(' ');
}

function patchSwitchesOffSafeguard(x: JsonObject): boolean {
  const field = String(x.path).split('/').pop() ?? '';
  return SAFEGUARD_KEYS.test(field) && !/^(skip|force)/i.test(field) && (x.op === 'remove' || ((x.op === 'replace' || x.op === 'add') && (x.value === false || x.value === 'false')));
}

function isJsonPatch(x: JsonObject): boolean {
  return typeof x.op === 'string' && /^(add|remove|replace|move|copy|test)$/.test(x.op) && typeof x.path === 'string' && x.path.startsWith('/');
}

/** Arguments of browser tools that carry JavaScript for the page. */
const BROWSER_CODE_KEYS = /^(function|script|expression|page_?function|js|javascript|code)$/i;
/**
 * JavaScript run in a page that reads what the page keeps for its signed-in user (`document.cookie`, `localStorage`,
 * `sessionStorage`) and sends something to another host (`fetch`, `XMLHttpRequest`, `navigator.sendBeacon`, a WebSocket, an
 * image's or the location's URL set): the session's tokens leave for that host, a secret sent off the machine. Reading the
 * value back to the agent, or a request to this machine (`localhost`, a loopback address), sends nothing away.
 */
const PAGE_SECRET = /\b(document\.cookie|localStorage|sessionStorage)\b/;
const PAGE_SENDS = /\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource)\b|\.src\s*=|\blocation(\.href)?\s*=/;
function pageSecretSent(code: string): { secret: string; host: string } | null {
  const secret = PAGE_SECRET.exec(code)?.[1];
  if (secret === undefined || !PAGE_SENDS.test(code)) return null;
  for (const m of code.matchAll(/\b(?:https?|wss?):\/\/([^\s/'"`:?#]+)/gi)) if (!LOOPBACK_HOST.test(m[1]!)) return { secret, host: m[1]! };
  return null;
}

/**
 * The control that carries out a deletion: a destroy word together with the confirmation ("'Delete this repository'
 * confirm button", "Permanently delete"). A bare "Delete" button opens the confirmation in most interfaces (GitHub,
 * Google Cloud console, Vercel): its click is a write.
 */
function confirmsDestruction(label: string): boolean {
  const ws = words(label);
  return ws.some((w) => /^(delete|deletion|destroy|remove|removal|wipe|purge|erase|terminate|drop)$/.test(w)) && ws.some((w) => /^(confirm|confirmation|permanently|forever|irreversibly|understand)$/.test(w));
}

/**
 * Text typed into a field and submitted (Playwright's `browser_type {submit: true}` presses Enter after it): into the
 * field that confirms a deletion ("type the repository name to confirm"), that is the confirming click.
 */
function submitsField(toolWords: string[], args: JsonObject): boolean {
  return toolWords.some((w) => /^(type|fill)$/.test(w)) && args.submit === true;
}

/**
 * A notebook cell (Jupyter MCP's `cell_source`): Python, where a line starting with `!` is a shell command (IPython).
 */
function notebookCell(source: string, delegates: McpDelegates): void {
  const python: string[] = [];
  for (const line of source.split('\n')) {
    const bang = /^\s*!(.*)$/.exec(line);
    if (bang) delegates.shell(bang[1]!);
    else python.push(line);
  }
  const code = python.join('\n');
  if (code.trim() !== '') delegates.shell(`python3 -c ${quote(code)}`);
}

/** Tools that edit text in files; their `command` is an editor command, not a shell command. */
const EDITOR_TOOL = /^(str_replace_editor|str_replace_based_edit_tool|text_editor(_\w+)?|edit_tool)$/;
// A notebook's cells are its text: Jupyter MCP's `overwrite_cell_source` replaces one cell's code, as an editor would.
const TEXT_WORDS = /^(str|string|text|in|file|files|search|content|contents|line|lines|code|snippet|edit|editor|block|regex|pattern|all|cell|cells)$/;

/** CLIs an MCP tool may wrap by name: an argument without the CLI's own name is given it. */
const WRAPPED_CLIS: Record<string, string> = { kubectl: 'kubectl', aws: 'aws', gcloud: 'gcloud', az: 'az', terraform: 'terraform', tofu: 'tofu', helm: 'helm', git: 'git', docker: 'docker', podman: 'podman', redis: 'redis-cli', gh: 'gh', glab: 'glab', psql: 'psql', mongosh: 'mongosh', oc: 'oc', pulumi: 'pulumi', vault: 'vault', consul: 'consul', nomad: 'nomad', rclone: 'rclone', restic: 'restic' };

function wrappedCli(tool: string): [cli: string, word: string] | undefined {
  // Any word of the name: `kubectl_generic`, `call_aws`, `run_gcloud_command`, Azure's `azmcp-extension-az`.
  for (const w of words(tool)) if (Object.hasOwn(WRAPPED_CLIS, w)) return [WRAPPED_CLIS[w]!, w];
  return undefined;
}

/**
 * Servers whose `command` is their own language, not a shell's: a Redis server's `FLUSHALL` is
 * `redis-cli FLUSHALL`, a MongoDB server's `db.users.drop()` is mongosh code.
 */
function serverLanguage(server: string, value: string): string | null {
  const ws = words(server);
  if (ws.some((w) => /^(redis|valkey|keydb)$/.test(w)) && /^\s*[A-Za-z]+(\s|$)/.test(value)) return `redis-cli ${value}`;
  if (ws.some((w) => /^(mongo|mongodb)$/.test(w)) && /^\s*db\./.test(value)) return `mongosh --eval ${quote(value)}`;
  return null;
}

/**
 * CLIs whose `exec` runs a command line inside a container or pod. A tool named for that subcommand (`docker_exec`,
 * `kubectl_exec`, `pods_exec`) carries the command run there, not the CLI's own arguments: `{container: db, command:
 * ["sh", "-c", "rm -rf /data"]}` is `docker exec db sh -c 'rm -rf /data'`, judged by the shell model's exec reader.
 */
const CONTAINER_EXEC: Readonly<Record<string, { prefix: string; separator: string }>> = {
  docker: { prefix: 'docker exec', separator: '' },
  podman: { prefix: 'podman exec', separator: '' },
  kubectl: { prefix: 'kubectl exec', separator: ' --' },
  oc: { prefix: 'oc exec', separator: ' --' },
};
/** Where an exec tool names the container or pod it runs in. */
const EXEC_TARGET_KEYS = /^(container(_?(id|name))?|pod(_?name)?|name|target|id)$/i;

/** The value as a command line for the CLI the tool wraps, when it names one and the value does not. */
function asCommand(tool: string, value: string, server = '', args: JsonObject = {}): string {
  const wrapped = wrappedCli(tool);
  if (!wrapped) return serverLanguage(server, value) ?? value;
  const [cli, word] = wrapped;
  const first = value.trim().split(/\s+/)[0] ?? '';
  if (first === cli || first === word || first === `'${cli}'` || first.endsWith(`/${cli}`)) return value;
  const exec = Object.hasOwn(CONTAINER_EXEC, cli) && words(tool).includes('exec') ? CONTAINER_EXEC[cli]! : undefined;
  if (exec && first !== 'exec') {
    const target = Object.entries(args).find(([k, v]) => EXEC_TARGET_KEYS.test(k) && typeof v === 'string' && v !== '')?.[1];
    const ns = typeof args.namespace === 'string' && exec.separator !== '' ? ` -n ${quote(args.namespace)}` : '';
    return `${exec.prefix}${ns} ${typeof target === 'string' ? quote(target) : 'CONTAINER'}${exec.separator} ${value}`;
  }
  return `${cli} ${value}`;
}

const INFRA_WORDS = /^(terraform|tofu|pulumi|cdk|stack|infra|infrastructure|cloudformation|helm|kustomize)$/;
/** A run applied: `apply` in the tool's name or in its operation (`action: apply`, `run_type: plan_and_apply`), or a run created with `auto_apply`. */
function appliesRun(ws: string[], args: JsonObject): boolean {
  if (ws.includes('apply')) return true;
  return Object.entries(args).some(([k, v]) => (OPERATION_KEYS.test(k) && typeof v === 'string' && words(v).includes('apply')) || (ws.includes('run') && /^auto_?apply$/i.test(k) && v === true));
}

/**
 * Round 29 (h29): the HTTP judge's readings of an update's body, in a write tool's arguments at any depth
 * (setting-switches.ts): certificate checks skipped; an enforcement set to report only, in a tool that updates rather than
 * creates; and by what the tool names, a webhook switched off (`update_webhook {active: false}`), a DNS record taken out of
 * Cloudflare's proxy (`proxied: false`), an index's replicas dropped (`number_of_replicas: 0` in a settings update).
 */
function argumentSwitchesOff(ws: string[], args: JsonObject): { code: string; why: string } | null {
  const leaves: Array<[string, JsonValue]> = [];
  const walk = (v: JsonValue, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (isJsonObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (isJsonObject(x) || Array.isArray(x)) walk(x, depth + 1);
        else leaves.push([k, x]);
      }
    }
  };
  walk(args, 0);
  const creates = ws.some((w) => /^(create|add|new|register)$/.test(w));
  const updates = !creates && ws.some((w) => /^(update|edit|patch|set|modify|change|configure|put)$/.test(w));
  for (const [key, value] of leaves) {
    if (skipsTlsChecks(key, value)) return { code: 'safeguard_off', why: `sets \`${key}\`: certificate checks are skipped` };
    if (updates && reportsOnly(key, value)) return { code: 'safeguard_off', why: `sets \`${key}: ${String(value)}\`: reported, no longer enforced` };
    const off = value === false || value === 'false';
    if (updates && off && /^(active|enabled)$/i.test(key) && ws.some((w) => /^(hook|hooks|webhook|webhooks)$/.test(w))) return { code: 'service_outage', why: `sets \`${key}: false\` on a webhook: its events are not delivered` };
    // Round 42 (bl42pki): a domain's automatic renewal or registrar (transfer) lock switched off at its registrar: the
    // domain may lapse or be transferred away, safeguards "How a case is labelled" lists (a registrar lock).
    if (updates && off && /^(auto_?renew(al)?|autorenew(al)?|transfer_?lock|registrar_?lock|domain_?lock|locked|lock)$/i.test(key) && ws.some((w) => /^(domain|domains|registrar|registration)$/.test(w))) return { code: 'safeguard_off', why: `sets \`${key}: false\` on a domain: it may lapse or be transferred away` };
    if (updates && off && key === 'proxied' && ws.some((w) => /^(dns|record|records)$/.test(w))) return { code: 'safeguard_off', why: '`proxied: false` exposes the origin outside the proxy\'s WAF and DDoS protection' };
    if (updates && (value === 0 || value === '0') && /(^|\.)number_of_replicas$/.test(key) && ws.some((w) => /^(settings?|index|indices)$/.test(w))) return { code: 'safeguard_off', why: '`number_of_replicas: 0`: every shard keeps one copy, and a node lost loses its data' };
  }
  return null;
}

/** Arguments that carry a GraphQL document, and the shape of one (an operation or fragment keyword, then a name or a brace). */
const GRAPHQL_KEYS = /^(query|document|gql|graphql|mutation|operation_document)$/i;
const GRAPHQL_DOCUMENT = /^\s*(#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\b\s*[A-Za-z_]?\w*\s*[({@]|^\s*\{/;

/** Tools that search or document: a `query` there is a search phrase, not SQL. */
const SEARCH_TOOL = /(^|_|-|\b)(search|find|grep|docs?|documentation|lookup|ask|answer|semantic|web|knowledge|recall|memory|suggest)(_|-|\b|$)/i;

/**
 * Arguments that carry a command, SQL, code, an operation name or an HTTP method are classified by
 * what they carry, whatever the tool is called. Returns true when some argument was understood.
 */
function scanArguments(args: JsonObject, mapping: McpToolMapping | null, b: FactsBuilder, ctx: ActionContext, inventory: Inventory, delegates: McpDelegates, tool: string, depth: number, server = ''): boolean {
  const writes = [...b.verbs].some((v) => v !== 'read' && v !== 'network');
  const toolWords = words(tool);
  // A tool named only for running something (`run`, `execute`) treats its text input as the thing to run.
  const terminal = toolWords.some((w) => /^(terminal|shell|console|bash|sh|tty|pty|ssh|exec|command|cmd|repl)$/.test(w)) || (toolWords.length === 1 && /^(run|execute|invoke|eval)$/.test(toolWords[0]!));
  const browser = toolWords.some((w) => /^(browser|puppeteer|playwright|page|evaluate|eval)$/.test(w)) || words(server).some((w) => /^(browser|puppeteer|playwright|chrome|chromium|selenium|browserbase)$/.test(w));
  // Linters and formatters (`lint_sql`, `format_code`, `validate_query`) read the text they are given; they never run it.
  const textOnly = toolWords.some((w) => /^(lint|linter|format|formatter|prettify|beautify|validate|highlight|transpile|tokenize)$/.test(w)) && !toolWords.some((w) => /^(run|execute|exec|apply)$/.test(w));
  let understood = false;
  for (const [key, raw] of Object.entries(args)) {
    // An operation given as an object (`action: {type: "delete"}`, `operation: {name: "DropTable"}`) is named by its type.
    const opName = OPERATION_KEYS.test(key) && isJsonObject(raw) ? ['type', 'name', 'verb', 'op', 'operation', 'action'].map((k) => raw[k]).find((v) => typeof v === 'string') : undefined;
    const value: JsonValue = opName ?? raw;
    if (opName !== undefined && scanArguments(raw as JsonObject, mapping, b, ctx, inventory, delegates, tool, depth + 1, server)) understood = true;
    if (textOnly && typeof value === 'string' && (SHELL_KEYS.test(key) || CODE_KEYS.test(key) || SQL_KEYS.test(key))) {
      b.verb('read');
      understood = true;
      continue;
    }
    if (depth === 0 && (key === mapping?.shellArgument || key === mapping?.sqlArgument || (mapping?.sqlArgument && SQL_KEYS.test(key)))) continue;
    if (typeof value === 'number' && ZERO_KEYS.test(key) && value === 0) b.verb('delete').destroy('mcp_scale_zero', `\`${key}: 0\` scales to zero`);
    if (typeof value === 'string' && WORKLOAD_KIND.test(value) && ZERO_REPLICAS.test(value)) b.verb('write').destroy('service_outage', `\`${key}\` is a workload manifest with \`replicas: 0\`: nothing is left serving`);
    // A Kubernetes manifest carried as an argument (kubernetes-mcp-server `resources_create_or_update {resource}`, an
    // `apply_manifest {manifest}`): judged as `kubectl apply -f -` of the same text (src/classify/kube-manifest.ts).
    const manifest = typeof value === 'string' && /^\s*kind\s*:|"kind"\s*:/m.test(value) && /apiVersion/.test(value) ? value : isJsonObject(value) && typeof value.kind === 'string' && typeof value.apiVersion === 'string' ? JSON.stringify(value) : null;
    for (const f of manifest === null ? [] : (manifestFindings(manifest) ?? [])) {
      const verb = manifestEffectVerb(f.effect);
      if (verb) b.verb(verb);
      b.verb('write').destroy(f.code, `\`${key}\` is a manifest that ${f.message}`);
    }
    const off = value === false || (typeof value === 'string' && OFF_STRING.test(value.trim()));
    if (off && !/^(skip|force)/i.test(key) && (SAFEGUARD_KEYS.test(key) || (GENERIC_SWITCH_KEY.test(key) && namesSafeguard(toolWords) && !READ_WORDS.test(toolWords[0] ?? '')))) b.destroy('mcp_safeguard_off', `\`${key}: ${String(value)}\` switches a safeguard off`);
    // `is_destroy`, `isDestroy`, `should_purge`: the same switch with a predicate prefix.
    const flag = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/^(is|should)_/i, '');
    // Round 41 (bl41dr): `prune: true` beside a keep policy reaching 30 days frees only what that routine retention gave
    // up (as `restic forget --keep-monthly 12 --prune`).
    if (value === true && FORCE_KEYS.test(flag) && !(/^prune$/i.test(flag) && prunesByLongRetention(toolWords, args))) b.destroy('mcp_forced', `\`${key}: true\``);
    else if (value === true && DROPS_KEYS.test(flag) && !clearsViewState(toolWords) && !overwriteKeepsVersions(server, toolWords)) b.verb('delete').destroy('mcp_drops', `\`${key}: true\` drops or overwrites what is there`);
    if (Array.isArray(value) && SQL_LIST_KEYS.test(key) && value.length > 0 && value.every((v) => typeof v === 'string')) {
      for (const sql of value as string[]) classifySqlInto(sql, { ctx, inventory, dialect: ctx.dialect, untieredIsProduction: untieredHostedDatabase(server, args) }, b);
      understood = true;
      continue;
    }
    if (Array.isArray(value) && SHELL_KEYS.test(key) && value.length > 0 && value.every((v) => typeof v === 'string')) {
      const cli = wrappedCli(tool)?.[0];
      // A list of whole command lines (awslabs' `call_aws {cli_command: ["aws …", "aws …"]}` runs each), or one argv.
      if (cli !== undefined && (value as string[]).every((v) => v.trim().startsWith(`${cli} `))) for (const line of value as string[]) delegates.shell(inWorkdir(args, line));
      else {
        // A Redis server's argv (`{command: ["FLUSHALL"]}`) is a redis-cli line, as its one-string form is.
        const joined = (value as string[]).map(quote).join(' ');
        const redis = !wrappedCli(tool) && serverLanguage(server, (value as string[]).join(' '))?.startsWith('redis-cli ');
        delegates.shell(inWorkdir(args, redis ? `redis-cli ${joined}` : asCommand(tool, joined, server, args)));
      }
      understood = true;
      continue;
    }
    // A Salesforce metadata deploy given a destructive-changes manifest (`destructiveChanges`, `preDestructiveChanges`,
    // `postDestructiveChanges`: Metadata API "Deleting Components") deletes the components it lists, as the `sf project
    // deploy start --post-destructive-changes` line does in the shell model.
    if (/^(pre|post)?_?destructive_?changes(_?(pre|post))?$/i.test(key) && value !== null && value !== false && value !== '') {
      b.verb('delete').destroy('mcp_destructive_changes', `\`${key}\` deploys a destructive-changes manifest: the components it lists are deleted`);
      understood = true;
      continue;
    }
    // A lifecycle rule that expires objects deletes them when it comes due (S3 `Expiration`, GCS `Delete` action with an age).
    if (toolWords.includes('lifecycle') && /^(expiration|noncurrent_?version_?expiration|expiration_?days|expire_?after_?days)$/i.test(key) && value !== null && value !== false) {
      b.verb('delete').destroy('mcp_lifecycle_expiry', `\`${key}\` in a lifecycle rule deletes the objects it matches when they come due`);
      understood = true;
      continue;
    }
    // The body of an HTTP-shaped call (`method` and `url`/`path` beside it) is what the HTTP judge reads (the `method` branch
    // delegates the request with it), so its fields are not read again as the tool's own options: `purge_everything: true`
    // in a Cloudflare purge body is the purge the HTTP judge knows, not an MCP `purge` switch.
    if (isJsonObject(value) && depth === 0 && HTTP_BODY_KEYS.test(key) && sendsHttpRequest(args)) continue;
    if (isJsonObject(value) && depth < 3) {
      if (scanArguments(value, mapping, b, ctx, inventory, delegates, tool, depth + 1, server)) understood = true;
      continue;
    }
    if (kafkaRetentionCut(key, value)) {
      b.verb('delete').destroy('mcp_retention_cut', `\`${key}\` cut to ${String(value)}: data older than that is deleted`);
      understood = true;
      continue;
    }
    // Batch tools (`operations: [{op: create}, {op: delete}]`, `requests: [{method: DELETE, path}]`): each entry is judged.
    if (Array.isArray(value) && depth < 3) {
      for (const item of value) {
        if (!isJsonObject(item)) continue;
        if (isJsonPatch(item)) {
          // RFC 6902 JSON Patch (`{op: replace, path: /description}`): an edit of fields in one document; one that sets a
          // safeguard to false or removes it (awslabs cfn `update_resource {patch_document: [{path: /DeletionProtection}]}`)
          // switches it off, as the same key would.
          b.verb('write');
          if (patchSwitchesOffSafeguard(item)) b.destroy('mcp_safeguard_off', `\`${item.op} ${String(item.path)}\` switches a safeguard off`);
          understood = true;
        } else if (typeof item.name === 'string' && kafkaRetentionCut(item.name, item.value ?? null)) {
          b.verb('delete').destroy('mcp_retention_cut', `\`${item.name}\` cut to ${String(item.value)}: data older than that is deleted`);
          understood = true;
        } else if (scanArguments(item, mapping, b, ctx, inventory, delegates, tool, depth + 1, server)) understood = true;
      }
      continue;
    }
    if (typeof value !== 'string') continue;
    if (browser && BROWSER_CODE_KEYS.test(key)) {
      // Playwright's `browser_evaluate {function}`, Puppeteer's `puppeteer_evaluate {script}`: JavaScript run in the page.
      const sent = pageSecretSent(value);
      if (sent !== null) b.verb('network').destroy('secret_sent', `the script run in the page sends \`${sent.secret}\` to \`${sent.host}\``);
      delegates.shell(`node -e ${quote(value)}`);
      understood = true;
    } else if (browser && /^(element|text|selector|label|name|description)$/i.test(key) && (toolWords.some((w) => /^(click|tap|press|dblclick)$/.test(w)) || submitsField(toolWords, args)) && confirmsDestruction(value)) {
      b.verb('delete').destroy('mcp_click_destructive', `${submitsField(toolWords, args) ? 'submits' : 'clicks'} \`${value.length > 60 ? `${value.slice(0, 57)}...` : value}\`, a control that destroys`);
      understood = true;
    } else if (/^cell_?source$|^cell$/i.test(key)) {
      notebookCell(value, delegates);
      understood = true;
    } else if (SHELL_KEYS.test(key) && SQL_SHAPE.test(value) && toolWords.some((w) => DB_TOOL_WORDS.test(w))) {
      classifySqlInto(value, { ctx, inventory, dialect: ctx.dialect, untieredIsProduction: untieredHostedDatabase(server, args) }, b);
      understood = true;
    } else if ((SHELL_KEYS.test(key) && !scriptInLanguage(key, args)) || (terminal && /^(input|text|keys|line|data)$/i.test(key)) || (key === 'run' && depth > 0 && /\s/.test(value))) {
      // A CI-shaped step (`steps: [{run: "…"}]`, as GitHub Actions writes one) runs its `run` line in a shell.
      delegates.shell(inWorkdir(args, asCommand(tool, value, server, args)));
      understood = true;
    } else if (/^apex(_?code)?$/i.test(key) || (/^(code|source|body)$/i.test(key) && toolWords.includes('apex'))) {
      apexEffect(value, b);
      understood = true;
    } else if ((CODE_KEYS.test(key) || scriptInLanguage(key, args)) && codeLanguage(args) !== null) {
      // A `language` beside the code says what runs it (code-runner servers: `{code, language: "bash"}`; mcp-server-commands'
      // `run_script {interpreter: "python3", script}`).
      const lang = codeLanguage(args)!;
      const runner = CODE_RUNNERS.find(([re]) => re.test(lang))?.[1];
      if (/^(sql|postgres|postgresql|mysql|sqlite|tsql|plsql)$/.test(lang)) classifySqlInto(value, { ctx, inventory, dialect: ctx.dialect }, b);
      else if (runner === undefined) b.opaque('mcp_code_language', `code in \`${lang}\`, a language we do not read`);
      else delegates.shell(runner === '' ? value : `${runner} ${quote(value)}`);
      understood = true;
    } else if (CODE_KEYS.test(key)) {
      delegates.shell(`${/\b(node|javascript|js|typescript|ts|browser|page|evaluate)\b/i.test(tool.replace(/_/g, ' ')) || /\b(require|console\.|=>|const |let |document\.|window\.)/.test(value) ? 'node -e' : 'python3 -c'} ${quote(value)}`);
      understood = true;
    } else if ((SQL_KEYS.test(key) || /sql|query|statement/i.test(tool)) && SQL_SHAPE.test(value) && !SEARCH_TOOL.test(tool)) {
      // A tool that explains its statement (crystaldba/postgres-mcp's `explain_query {sql, analyze}`) plans it, and runs it
      // only with `analyze: true`: judged as that EXPLAIN (sql.ts `explainRuns`).
      const explains = /(^|[^a-z])explain([^a-z]|$)/i.test(tool) && !/^\s*explain\b/i.test(value);
      const sql = explains ? `EXPLAIN ${args.analyze === true ? 'ANALYZE ' : ''}${value}` : value;
      classifySqlInto(sql, { ctx, inventory, dialect: ctx.dialect, untieredIsProduction: untieredHostedDatabase(server, args) }, b);
      understood = true;
    } else if ((key === 'query' && /^\s*mutation\b/.test(value) && /graphql|gql|api/i.test(tool)) || (GRAPHQL_KEYS.test(key) && GRAPHQL_DOCUMENT.test(value) && graphqlMutationFields(value) !== null)) {
      // A GraphQL document that holds a mutation, under any tool's name (`request`, `call`): its shape says what it is.
      // A GraphQL mutation: judged by the verbs of the mutation fields.
      const fields = graphqlMutationFields(value) ?? [];
      const verb = mutationFieldVerb(fields);
      applyOperationVerb(b, verb ?? 'write', `GraphQL mutation \`${fields.join(', ')}\``);
      understood = true;
    } else if (key === 'query' && /^\s*(query\b|\{)/.test(value) && /graphql|gql/i.test(tool)) {
      b.verb('read');
      understood = true;
    } else if (/^(method|http_method|verb)$/i.test(key) && /^(get|head|options|list|propfind|post|put|patch|delete|purge|ban)$/i.test(value)) {
      const m = value.toUpperCase();
      const target = ['url', 'path', 'endpoint', 'uri', 'route'].map((k) => args[k]).find((v) => typeof v === 'string') as string | undefined;
      // The request is judged as an agent's own `http_request` would be (harmless DELETEs, bodies, GraphQL, SQL APIs).
      delegates.http(httpRequestOf(m, target ?? '', args));
      // A POST to an operation that deletes (`/records/bulk_delete`, Prometheus's `/admin/tsdb/delete_series`): the last segment names it.
      const last = target === undefined ? '' : (target.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? '');
      if (/^(POST|PUT|PATCH)$/.test(m) && operationVerb([last]) === 'destroy' && !archivesContent(words(target!.split(/[?#]/)[0]!)) && !purgesCacheTarget(target!, last)) b.verb('delete').destroy('mcp_http_destroy_path', `\`${m} ${target}\` calls an operation that deletes`);
      understood = true;
    } else if (OPERATION_KEYS.test(key) && /^[A-Za-z][\w.:-]*$/.test(value)) {
      const verb = operationVerb([value]);
      // Unlinking a sub-issue or removing a reaction removes nothing stored (removesTrivialObject).
      const trivial = verb === 'destroy' && (removesTrivialObject([...toolWords, ...words(value)]) || archivesContent([...toolWords, ...words(value)]) || deletesFewRecordsById(args));
      if (verb) {
        applyOperationVerb(b, trivial ? 'write' : verb, `\`${key}: ${value}\``);
        understood = true;
      }
    } else if (PATH_KEYS.test(key) && !(WORKDIR_KEYS.test(key) && carriesCommand(args)) && !namesRepository(toolWords, key) && (writes || /write|edit|create|update|delete|remove|move|save/i.test(tool))) pathTarget(value, ctx, inventory, b, [...b.verbs].filter((v) => v !== 'read').length > 0 ? [...b.verbs].filter((v) => v !== 'read') : ['write'], writeShape(args), { text: writtenText(args, writeShape(args)), delegates }, depth === 0 && !Object.keys(args).some((k) => REMOTE_STORE_KEYS.test(k)));
  }
  return understood;
}

/** The request an HTTP tool sends: its method and URL, the body under its usual names, the headers it names. */
const HTTP_BODY_KEYS = /^(body|data|json|payload)$/;
/** Whether the arguments describe one HTTP request: an HTTP method and a URL or path, as the `method` branch delegates it. */
function sendsHttpRequest(args: JsonObject): boolean {
  const method = ['method', 'http_method', 'verb'].map((k) => args[k]).find((v) => typeof v === 'string');
  const target = ['url', 'path', 'endpoint', 'uri', 'route'].map((k) => args[k]).find((v) => typeof v === 'string');
  return typeof method === 'string' && /^(get|head|options|list|propfind|post|put|patch|delete|purge|ban)$/i.test(method) && target !== undefined;
}

function httpRequestOf(method: string, url: string, args: JsonObject): HttpRequestAction {
  const request: HttpRequestAction = { kind: 'http_request', method, url };
  const body = ['body', 'data', 'json', 'payload'].map((k) => args[k]).find((v) => v !== undefined);
  if (body !== undefined) request.body = body;
  if (isJsonObject(args.headers)) {
    const headers = Object.fromEntries(Object.entries(args.headers).filter((e): e is [string, string] => typeof e[1] === 'string'));
    if (Object.keys(headers).length > 0) request.headers = headers;
  }
  return request;
}

/**
 * A document-store delete (`delete-one`, `delete_many`, `deleteDocuments`) whose filter matches
 * only some documents is narrowed; an empty, missing or match-all filter (document-filter.ts)
 * matches every document (null). A key-value store's item delete names its item by the whole
 * primary key (DynamoDB `DeleteItem`: "deletes a single item in a table by primary key"; the AWS
 * DynamoDB MCP server's `delete_item {table_name, key}`; namesItemByKey, shared with the AWS CLI and SDK requests): one
 * item, as `DELETE … WHERE id = 42`.
 */
function documentDelete(ws: string[], args: JsonObject): 'narrowed' | null {
  const destroyWords = ws.filter((w) => DESTROY_WORDS.test(w));
  if (destroyWords.length === 0 || !destroyWords.every((w) => w === 'delete' || w === 'remove')) return null;
  // The lead's answers 101 and 156 (round 24, b24h): one document of a named search index by its id (the Elasticsearch and
  // OpenSearch servers' `delete_document {index, id}`) and one key of a Workers KV namespace by its full name
  // (Cloudflare's `kv_delete {namespace_id, key}`; Consul's and etcd's keys, named by no namespace id, are not) are narrowed deletes. A wildcard, a list or an index or namespace alone is not.
  const scalar = (v: JsonValue | undefined): v is string | number => (typeof v === 'string' && v !== '' && !/[*?,\s]/.test(v)) || typeof v === 'number';
  if (ws.some((w) => /^(documents?|docs?)$/.test(w)) && !ws.some((w) => /^(documents|docs|many|bulk|all|index|indices)$/.test(w)) && scalar(args.index) && scalar(args.id)) return 'narrowed';
  if (ws.includes('kv') && !ws.some((w) => /^(namespaces?|bulk|keys|all|many)$/.test(w)) && scalar(args.namespace_id ?? args.namespaceId) && scalar(args.key) && !Array.isArray(args.keys)) return 'narrowed';
  if (sourceOfTruthRecord(ws, args, scalar)) return 'narrowed';
  if (!ws.some((w) => /^(one|many|documents?|docs?|items?|records?|rows?|entries|entry)$/.test(w))) return null;
  const itemKey = ws.some((w) => /^items?$/.test(w)) ? [args.key, args.Key].find(namesItemByKey) : undefined;
  const filter = args.filter ?? args.query ?? args.where ?? args.selector ?? itemKey;
  // A filter that matches every document (`{}`, `{_id: {$exists: true}}`, `{$where: "true"}`) narrows nothing, nor does
  // one of more than ten literal ids alone (`{_id: {$in: [...]}}`: the lead's answer 376.3, listsManyIds).
  return filter !== undefined && isJsonObject(filter) && !matchesEverything(filter as FilterValue) && !listsManyIds(filter as FilterValue) ? 'narrowed' : null;
}

/**
 * The lead's answer 408.4 (round 39): one NetBox or Nautobot record deleted by its id (`netbox_delete_object
 * {object_type, object_id}`) is narrowed (answer 53), as `DELETE /api/dcim/devices/42/`: a record that holds no others
 * (a site, region, rack or tenant takes what is in it along). A list of ids, a filter, a plural object word
 * (`delete_objects`) or a bulk delete is not.
 */
function sourceOfTruthRecord(ws: string[], args: JsonObject, scalar: (v: JsonValue | undefined) => v is string | number): boolean {
  if (!ws.some((w) => w === 'netbox' || w === 'nautobot') || ws.some((w) => /^(objects|records|devices|many|bulk|all)$/.test(w)) || args.filter !== undefined || args.filters !== undefined) return false;
  // Records that hold no others (not a site, region, rack, tenant or type: what is in them goes along).
  const leaf = /^(device|interface|cable|consoleport|powerport|frontport|rearport|inventoryitem|module|ipaddress|prefix|iprange|vlan|service|circuit|circuittermination|virtualmachine|vminterface|virtualdisk)$/;
  const type = args.object_type ?? args.objectType;
  if (type !== undefined ? !(typeof type === 'string' && leaf.test(type.replace(/^[a-z]+\./, '').replaceAll(/[-_]/g, ''))) : !ws.some((w) => leaf.test(w))) return false;
  const id = args.object_id ?? args.objectId ?? args.id;
  return scalar(id) && /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(String(id));
}

/**
 * Anonymous Apex (Salesforce `executeAnonymous`, as the Salesforce MCP servers' `salesforce_execute_anonymous
 * {apexCode}`): DML statements say what it does (Apex Developer Guide, DML Statements): `delete`, `merge` and
 * `Database.emptyRecycleBin` (records no longer restorable) destroy; `insert`, `update`, `upsert`, `undelete` write.
 * Code that only runs SOQL and `System.debug` reads; anything else (a class, a batch, a callout) is opaque (F1).
 */
function apexEffect(code: string, b: FactsBuilder): void {
  const text = code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ').replace(/'(?:[^'\\]|\\.)*'/g, "''");
  if (/\b(delete|merge)\s+[\w[(]/i.test(text) || /\bDatabase\s*\.\s*(delete|merge|emptyRecycleBin|deleteAsync)\b/i.test(text)) {
    b.verb('delete').destroy('apex_delete', 'the anonymous Apex deletes records');
    return;
  }
  const cut = apexCutsService(text);
  if (cut) {
    b.verb('write').destroy('apex_service_cut', cut);
    return;
  }
  if (/\b(insert|update|upsert|undelete)\s+[\w[(]/i.test(text) || /\bDatabase\s*\.\s*(insert|update|upsert|undelete)\w*\b/i.test(text)) {
    b.verb('write');
    return;
  }
  const statements = text.split(';').map((t) => t.trim()).filter(Boolean);
  const readOnly = statements.every((t) => /^System\s*\.\s*debug\s*\(/i.test(t) || /^([\w.]+(<[\w<>, .]+>)?(\[\])?\s+)?\w+\s*=\s*(\[\s*select\b[\s\S]*\]|Database\s*\.\s*(query|countQuery)\s*\([\s\S]*\)|-?\d+(\.\d+)?|''|true|false|null)$/i.test(t));
  if (readOnly) b.verb('read');
  else b.opaque('apex_unknown', 'the anonymous Apex does more than queries and debug output');
}


/**
 * The lead's answer 156 (round 24, b24h): one unpublished draft deleted (Gmail `delete_draft`, GitHub's
 * `delete_pending_pull_request_review`: a review not yet submitted) is a narrowed delete of something nobody has received.
 * Several drafts (`delete_drafts`, `all`) stay destructive.
 */
function deletesOneDraft(ws: string[]): boolean {
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  const draft = ws.includes('draft') || (ws.includes('pending') && ws.includes('review'));
  return draft && destroys.length > 0 && destroys.every((w) => w === 'delete' || w === 'remove' || w === 'discard') && !ws.some((w) => /^(drafts|reviews|all|every|bulk|batch|many)$/.test(w));
}

export type OperationVerb = 'destroy' | 'permissions' | 'write' | 'read';
/** How strong an operation verb is: of several, the strongest counts. */
const rank: Record<OperationVerb, number> = { read: 0, write: 1, permissions: 2, destroy: 3 };

/**
 * Records that an archive hides and an unarchive brings back whole (Linear `issueArchive`/`issueUnarchive`, Stripe
 * products set `active: false`, Slack `conversations.unarchive`): archiving them is a write. A repository is not one of
 * them: an archived repository is read-only for everyone (`gh repo archive`), which the availability model counts.
 */
const ARCHIVABLE_RECORDS = /^(issues?|tickets?|cards?|tasks?|items?|threads?|conversations?|messages?|notifications?|emails?|products?|prices?|comments?|cycles?|initiatives?)$/;
function archivesRecord(ws: string[]): boolean {
  const destroys = ws.filter((w) => DESTROY_WORDS.test(w));
  return destroys.length > 0 && destroys.every((w) => w === 'archive') && ws.some((w) => ARCHIVABLE_RECORDS.test(w));
}

/**
 * The verb of GraphQL mutation fields (`deleteIssue`, `removeStar`, `issueArchive`), refined as MCP tool names are: removing
 * a star or a reaction, clearing view state and archiving a record that unarchive restores are writes.
 */
const GRAPHQL_LOSES_NOTHING: ReadonlySet<string> = new Set(['deleteProjectV2Item', 'deletePullRequestReview', 'draftOrderDelete']);
export function mutationFieldVerb(fields: string[]): OperationVerb | null {
  let best: OperationVerb | null = null;
  for (const field of fields) {
    let v = operationVerb([field]);
    const ws = words(field);
    if (v === 'destroy' && (removesTrivialObject(ws) || removesLabelFromRecord(ws) || clearsViewState(ws) || archivesRecord(ws))) v = 'write';
    // Hasura's `delete_T_by_pk` deletes the one row its primary key names, as `DELETE … WHERE id = 42` (narrowed); one
    // user or account is an account deleted (labelled so in mcp4-classes), which stays destructive.
    // Round 24 (b24h), each API's reference: GitHub `deleteProjectV2Item` takes an item off a project board (the issue or
    // pull request stays), `deletePullRequestReview` deletes a pending review only (a submitted one cannot be deleted: an
    // unpublished draft, the lead's answer 156), Shopify `draftOrderDelete` an unsent draft order (answer 156).
    else if (v === 'destroy' && GRAPHQL_LOSES_NOTHING.has(field)) v = 'write';
    else if (v === 'destroy' && /^delete_\w+_by_pk$/.test(field) && !/^delete_(\w+_)?(users?|accounts?|members?|customers?|identities|profiles?)_by_pk$/i.test(field)) v = 'write';
    // A commercial agreement cancelled or a refund issued is final, as for a tool of that name (Shopify `orderCancel`,
    // `refundCreate`, `appSubscriptionCancel`).
    else if (v !== 'destroy' && (cancelsCommercial(ws) || issuesRefund(ws))) v = 'destroy';
    if (v && (best === null || rank[v] > rank[best])) best = v;
  }
  return best;
}

/** The verb of operation names (`DeleteBucket`, `terminate_instances`, `dropDatabase`, `list`). */
export function operationVerb(names: string[]): OperationVerb | null {
  let best: OperationVerb | null = null;
  for (const name of names) {
    const ws = words(name.replace(/[.:]/g, '_'));
    // A compound (`plan_and_apply`, `get_and_delete`) does each of its parts: the strongest counts.
    if (ws.includes('and') && ws.length > 2) {
      const parts = ws.join('_').split('_and_').filter(Boolean);
      if (parts.length > 1) {
        const v = operationVerb(parts);
        if (v && (best === null || rank[v] > rank[best])) best = v;
        continue;
      }
    }
    const v: OperationVerb | null = deletesCiRunRecord(ws, {})
      ? 'write'
      : ws.some((w) => DESTROY_WORDS.test(w)) || takesOutOfService(ws) || cutsAccountAccess(ws) || revertsToSnapshot(ws)
      ? 'destroy'
      : ws.some((w) => PERMISSION_WORDS.test(w)) && ws.some((w) => WRITE_WORDS.test(w))
        ? 'permissions'
        : READ_WORDS.test(ws[0] ?? '')
          ? 'read'
          : ws.some((w) => WRITE_WORDS.test(w))
            ? 'write'
            : ws.some((w) => READ_WORDS.test(w))
              ? 'read'
              : null;
    if (v && (best === null || rank[v] > rank[best])) best = v;
  }
  return best;
}

function applyOperationVerb(b: FactsBuilder, verb: OperationVerb, what: string): void {
  if (verb === 'destroy') b.verb('delete').destroy('mcp_operation_destructive', `${what} names a destructive operation`);
  else b.verb(verb);
}
