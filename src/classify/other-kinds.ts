import { credentialInText, namesPlainSetting } from './credential-text.ts';
import { hiddenOperation } from './endpoint-variables.ts';
import { reportsOnly, skipsTlsChecks } from './setting-switches.ts';
import { accessWidenedByBody, securityWorkflowRemoved, unseenBodyCouldDestroy } from './access-widened.ts';
import { isJsonObject, parseJson, ENVIRONMENT_HEADERS, METHOD_OVERRIDE_HEADERS, type FileWriteAction, type HttpRequestAction, type Inventory, type ActionContext, type JsonObject, type JsonValue } from '../core/index.ts';
import type { FactsBuilder } from './builder.ts';
import { isStaging, contextClues, decodeURIComponentSafe, percentDecodedOrNull, heuristicEnvironment, resolveEnvironment, canonicalUrl, tierOfEnvironment, urlHost } from './environment.ts';
import { applicationCacheRoute, localCacheRoute, localRecordById, localTestRoute, isLoopbackDevServer, isCategoryKey, isTenantKey, isTestCategoryValue, namesDisposable, namesSharedCiResource, SCRATCH_ONLY_WORDS, SCRATCH_WORDS_BUT_SANDBOX } from './test-data.ts';
import { classifyPath, isConfigDropIn, isUnenabledSiteFile, plainTextDropIn, isControlPlaneSecret, isNodeRedFlowsFile, isNodeRedFlowsBackupFile, isNodeRedSettingsFile, isStateOrSecretFile, isSystemOrCredentialFile, pathToResolve, resolvePath } from './paths.ts';
import { isWindowsPath } from './windows-paths.ts';
import { nodeRedFlowsEmptied, plantRequestEffect } from './plant-http.ts';
import { chainRequestEffect, jsonRpcBodyOnGet, jsonRpcMethods } from './chain-http.ts';
import { rpcMethodEffect } from './chain-rpc.ts';
import { commsRequestEffect } from './comms-http.ts';
import { datacentreRequestEffect } from './datacentre-http.ts';
import { clinicalRequestEffect } from './clinical-http.ts';
import { mediaGetOutage, mediaRequestEffect } from './media-http.ts';
import { biRequestEffect, pausesScheduledSync } from './bi-http.ts';
import { gisRequestEffect } from './gis-http.ts';
import { bizappsRequestEffect } from './bizapps-http.ts';
import { researchRequestEffect } from './research-http.ts';
import { networkRequestEffect } from './network-http.ts';
import { cronJobSuspendIsRoutine, manifestFindings, patchFindings } from './kube-manifest.ts';
import { mutationFieldVerb } from './mcp/mcp.ts';
import { disposableKubeCollection, disposableKubeObject, holdsNoData, namesPreviewOrDevEnvironment, namesScratchEnvironment, patchArmsDeletion } from './shell/tools/infra.ts';
import { disposablePrefix } from './shell/tools/object-prefixes.ts';
import { classifySqlInto, privilegeRaised } from './sql/sql.ts';
import { gitHostBranchDeleted, isDisposableDatabaseBranch, isFeatureBranch } from './git-branches.ts';
import { cutoffDays, isExpiringKind, isRetentionTable, kafkaRetentionCut, RETENTION_CUT_FLOOR_MS, SHORT_FIXED_LIST } from './retention.ts';
import { graphqlMutationFields } from './graphql.ts';
import { namesItemByKey } from './document-filter.ts';
import { monitorSilencedOff, muteLapses } from './alert-mutes.ts';
import { identitySwitchOff, urlUpdatesIdentity } from './identity-off.ts';
import { isStartupScript, type StoredLanguage } from './stored-commands.ts';
import { pausedJenkinsNames, SAFEGUARD_OR_DELIVERY_WORKFLOW } from './kept-agents.ts';
import { isEmptyByConvention, judgeStoredCommands, judgeWrittenSettings, oneFileLoss } from './file-content.ts';
import { CAPTURE_HOST, EVERYONE_ADDRESS, hclPolicyAllowsEverything, policyLetsAnyoneIn } from './public-access.ts';
import { awsRequestResourceNames, githubSafeguardOff, graphqlArgumentEffects, hasuraNarrowedDeletes, oneItemGraphqlDeletes, isTemporaryObjectKey, objectStoreKey, requestHeader, restApiEffects, restApiNoLoss, s3ObjectUpload, liveModeKey, SCRATCH_COLLECTION } from './rest-apis.ts';
import { AWS_BATCH_DELETES, AWS_EXPIRES, AWS_NOT_A_LOSS, AWS_SECURITY_MONITORS, AWS_SERVING_DISABLE, AWS_SQL, AWS_ZERO_SIZE, DESTROY_OP, OUTAGE_OP, PERMISSION_OP, READ_OP, REIMAGE_OP, awsJsonTarget } from './aws-operations.ts';

/** File writes and raw HTTP requests made by an agent's own tools (not through a shell). */


/**
 * A placeholder line that a model writes in place of text it did not repeat (`// ... existing code ...`, `# ... rest of
 * the file unchanged ...`, `<!-- sections above unchanged -->`): a comment that says the old text stays, with an ellipsis
 * and a word for the old text, or a part of the file named as unchanged. In a whole-file write nothing stays: the file is
 * replaced by the stub, and the text the placeholder stands for is lost.
 */
const PLACEHOLDER_LINE = /^[ \t]*(?:\/\/+|#+|\/\*+|\{\s*\/\*+|<!--|--|;+)[ \t]*(?:(?:\.\.\.|…)[^\n]*?\b(?:existing|unchanged|rest of|remaining|previous|omitted|same as before)\b|[^\n]*?\b(?:rest of (?:the )?\w+|remaining\b[^\n]*?|previous\b[^\n]*?|(?:sections?|code|lines?|content) (?:above|below)|everything else)[ \t]+(?:is |are |stays? |remains? )?(?:unchanged|omitted|as before|the same)\b)/im;


/**
 * A workspace folder that holds source by convention (`src`, `lib`, `app`, `packages`, `test`, `docs`, `.github`, Go's
 * `cmd`/`internal`/`pkg`), named with no extension: a delete of it through the file tool removes every file in it. The lead's
 * answer 81 makes one named tracked file deleted an edit git holds; a folder of them is not one file.
 */
const SOURCE_FOLDER = /\/(src|lib|app|apps|packages|components|pages|test|tests|spec|specs|__tests__|docs|scripts|migrations|\.github|workflows|cmd|internal|pkg)\/?$/;

/** What no person edits by hand: Terraform state ("direct file editing of the state is discouraged"), SQLite databases, dumps, keys. */
const NOT_HAND_EDITED = /\.(db|sqlite3?|tfstate(\.backup)?|dump|pem|key|p12|pfx|jks|keystore|kdbx)$/;

/**
 * `stored` judges a command line with the shell model, run in `cwd`: a file something runs later (a start-up file, a
 * crontab, a systemd unit, a git hook, package.json scripts, a makefile, `.envrc`) is written with the commands its
 * content stores, and the write is at least as destructive as they are (stored-commands.ts). Without it such content
 * cannot be read: the write is opaque.
 */
export function classifyFileWrite(action: FileWriteAction, ctx: ActionContext, inventory: Inventory, b: FactsBuilder, stored?: (command: string, cwd: string | undefined, language: StoredLanguage) => void): void {
  const scope = { cwd: ctx.cwd, home: ctx.home };
  const abs = resolvePath(action.path, scope);
  const raw = pathToResolve(action.path, scope);
  if (raw !== null) b.namePath(raw);
  if (action.operation === 'read') return classifyFileRead(action.path, abs, scope, inventory, b);
  const verb = action.operation === 'delete' ? 'delete' : 'write';
  b.verb(verb);
  if (abs === null) {
    b.partial('path_unresolved', `\`${action.path}\` cannot be resolved without a working directory`);
    b.target({ kind: 'filesystem', id: action.path, environment: null, home: false, verbs: [verb] });
    if (action.operation === 'delete') b.destroy('file_delete_unknown', `deletes \`${action.path}\``);
    return;
  }
  if (UNSEEN_FILE.test(abs)) {
    // SECURITY: another process's working directory or an open file descriptor: where the bytes land is not in the input.
    b.target({ kind: 'filesystem', id: abs, environment: null, home: false, verbs: [verb] });
    b.opaque('file_target_unseen', `\`${abs}\` is an open file or another process's folder: what it names is not in the input`);
    return;
  }
  const cls = classifyPath(abs, scope, inventory);
  const environment = resolveEnvironment(inventory, [{ kind: 'paths', value: abs }]);
  const critical = cls === 'critical' || cls === 'control_plane';
  b.target({ kind: cls === 'control_plane' ? 'control_plane' : 'filesystem', id: abs, environment, home: false, verbs: [verb], ...(critical ? { critical: true } : {}) });
  b.summary(`${action.operation} ${abs}`);
  if (cls === 'control_plane') {
    b.destroy('control_plane_target', `${action.operation} of Portcullis's own control plane: \`${abs}\``);
    return;
  }
  if ((action.operation === 'write' || action.operation === 'edit') && typeof action.content === 'string') judgeStoredCommands(abs, action.content, scope.home, b, stored);
  // The file-name rules below are written with `/`: a Windows path (`C:\repo\.env`, `.git\config`) is read with `/` too.
  const fwd = abs.includes('\\') ? abs.replace(/\\/g, '/') : abs;
  // Round 38 (ot38, the lead's answer 381.4): Node-RED's flows file deleted or written whole (emptied, `[]`, or another
  // flow set over it) loses every flow the editor deployed, as `rm` and `>` do in the shell. An edit of some lines is a change.
  if (isNodeRedFlowsFile(fwd) && (action.operation === 'delete' || action.operation === 'write')) {
    b.verb(action.operation === 'delete' ? 'delete' : 'write').destroy('node_red_flows_lost', `${action.operation === 'delete' ? 'deletes' : 'overwrites'} \`${abs}\`, Node-RED's flows: the plant logic it runs is lost`);
    return;
  }
  // Round 38b (n4, the lead's answer 396.7): Node-RED's own copy of the previous deploy deleted or written whole: a backup lost.
  if (isNodeRedFlowsBackupFile(fwd) && (action.operation === 'delete' || action.operation === 'write')) {
    b.verb(action.operation === 'delete' ? 'delete' : 'write').destroy('node_red_backup_lost', `${action.operation === 'delete' ? 'deletes' : 'overwrites'} \`${abs}\`, Node-RED's copy of the previous deploy: a backup lost`);
    return;
  }
  // Round 38 (ot38, near 381.4): Node-RED's settings written whole with no `adminAuth` in force (absent, or only in a
  // comment): its editor and admin API answer anyone who reaches the port, who may then deploy or delete every flow
  // (access opened). The file the write replaced is not shown, so a lock it held is lost (fail closed).
  if (action.operation === 'write' && typeof action.content === 'string' && isNodeRedSettingsFile(fwd) && !/\badminAuth\s*:/.test(action.content.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''))) {
    b.verb('permissions').destroy('public_access', `overwrites \`${abs}\`, Node-RED's settings, with no \`adminAuth\`: its editor and admin API answer anyone`);
  }
  if (action.operation === 'delete' && cls === 'workspace' && SOURCE_FOLDER.test(fwd)) {
    b.destroy('folder_delete', `deletes \`${abs}\`, a source folder: every file in it, not one file git holds`);
    return;
  }
  if (action.operation === 'delete') {
    // A rotated or current app log (`/var/log/billing/app.log.3.gz`, `logs/dev.log`) is emptied or removed like any log the
    // app writes again (lead's round-13 decision; not the system's own records); a database file named as a test or
    // scratch database (`db/test.sqlite3`, `scratch.db`) is disposable, as a test database is on a server.
    const loss = oneFileLoss(fwd, cls, scope.cwd);
    if (loss === 'disposable') {
      b.finding('file_delete_disposable', `deletes \`${abs}\`, an app log or a test database`);
      return;
    }
    if (loss === 'lost') b.destroy('file_delete', `deletes \`${abs}\``);
    return;
  }
  if (action.operation === 'write' && action.content !== '' && cls !== 'rebuildable' && cls !== 'temporary' && (isStateOrSecretFile(fwd) || GIT_INTERNAL.test(fwd))) {
    b.destroy('file_overwrite_state', `overwrites \`${abs}\`, which holds state or secrets that no tool regenerates`);
  }
  if (action.content) judgeWrittenSettings(abs, action.operation, action.content, cls, b);
  if (action.operation === 'edit' && cls !== 'rebuildable' && cls !== 'temporary' && (NOT_HAND_EDITED.test(fwd) || GIT_HAND_EDITED.test(fwd))) {
    b.destroy('file_edit_state', `edits \`${abs}\` by hand, state or a key that only its own tool writes`);
  }
  // An edit of a shell start-up file or a PowerShell profile is destructive whatever it changes: it runs in every shell
  // (the lead's round-16 decision 6, as `sed -i … ~/.zshrc`); other dotfiles' edits are changes.
  if (action.operation === 'edit' && isStartupScript(abs)) b.destroy('startup_file_edit', `edits \`${abs}\`, a start-up script run in every shell`);
  // A targeted edit (`edit`: the content names the text it replaces) of a start-up, system or credential file changes it; it does
  // not replace it (as for MCP file tools). The control plane was refused above.
  if ((cls === 'critical' || cls === 'outside') && action.operation !== 'edit') {
    // Any start-up or credential dotfile directly in home (`~/.netrc`, `~/.gitconfig`, `~/.npmrc`), as for `cp x ~/.netrc`;
    // system files on either system (`/etc/hosts`, `C:\Windows\System32\drivers\etc\hosts`); a device (`/dev/sda`).
    if (isSystemOrCredentialFile(abs, scope.home) && !(action.operation === 'write' && (isConfigDropIn(abs) || isUnenabledSiteFile(abs) || plainTextDropIn(abs, action.content)))) {
      b.destroy('file_write_system', `overwrites \`${abs}\`, a system or credential file`);
    } else if (action.operation === 'write' && inHomeOutsideWorkspace(abs, scope)) {
      // A whole-file write elsewhere in the home folder (another project, a document, an application's settings such as
      // `~/.config/gh/hosts.yml`, `~/.config/starship.toml` or VS Code's `settings.json`) replaces whatever the file held; no
      // tool regenerates it. Caches and temporary folders are neither critical nor outside.
      b.destroy('file_write_outside', `overwrites \`${abs}\` outside the workspace, in the home folder`);
    } else b.finding('file_write_outside', `writes \`${abs}\` outside the workspace`);
  }
  if (action.operation === 'write' && action.content && cls !== 'rebuildable' && cls !== 'temporary' && PLACEHOLDER_LINE.test(action.content)) {
    b.destroy('file_write_placeholder', `replaces \`${abs}\` with a stub: a placeholder stands for text the write does not repeat, which is lost`);
  }
  // An empty write loses what a delete of the same file loses (the lead's answer 81): a tracked workspace file is an edit git
  // holds; data, secrets, dotenv files and paths outside the workspace are lost. Files empty by convention are created.
  if (action.operation === 'write' && action.content === '' && cls !== 'rebuildable' && cls !== 'temporary' && !isEmptyByConvention(abs)) {
    if (oneFileLoss(fwd, cls, scope.cwd) === 'lost') b.destroy('file_truncate', `empties \`${abs}\``);
    else b.finding('file_emptied_kept', `empties \`${abs}\`, a workspace file git holds, or an app log`);
  }
}


/**
 * Paths whose file is whatever a process holds open (`/dev/fd/3`, `/proc/self/fd/5`, `/proc/PID/map_files/…`) or lies in another
 * process's working directory (`/proc/1234/cwd/…`, proc(5)); the streams 0-2 are the tool's own output.
 */
const UNSEEN_FILE = /^\/(dev\/fd\/(?![012]$)|proc\/[^/]+\/(fd\/(?![012]$)|cwd(\/|$)|map_files\/))/;

/**
 * What git keeps about a repository that a write replaces: its configuration (remotes, branch tracking), the index (what is
 * staged), refs (moving `refs/heads/main` by hand drops commits without a reflog entry), packed refs and objects. Hooks,
 * `info/exclude`, `description` and lock files are not.
 */
const GIT_INTERNAL = /\/\.git\/(config|index|packed-refs|(refs|objects)\/.*)(?<!\.lock)$/;

/** Git's refs, index and objects: an edit of one replaces what it held (a ref's one line is its commit). Not `config`. */
const GIT_HAND_EDITED = /\/\.git\/(index|packed-refs|(refs|objects)\/.*)(?<!\.lock)$/;

/** Whether `abs` lies in the home folder but not in the workspace, on either system (Windows compared without case). */
function inHomeOutsideWorkspace(abs: string, scope: { cwd: string | undefined; home: string | undefined }): boolean {
  if (scope.home === undefined) return false;
  const win = isWindowsPath(abs);
  if (win !== isWindowsPath(scope.home)) return false;
  const norm = (p: string): string => (win ? p.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase() : p.replace(/\/+$/, ''));
  const sep = win ? '\\' : '/';
  const a = norm(abs);
  if (!a.startsWith(norm(scope.home) + sep)) return false;
  return !(scope.cwd !== undefined && (a + sep).startsWith(norm(scope.cwd) + sep));
}

/**
 * The agent tool's own file read (Claude Code's `Read`): only the signing key and token files are
 * refused (D8); any other file is a read, decided like `cat`.
 */
function classifyFileRead(path: string, abs: string | null, scope: { cwd: string | undefined; home: string | undefined }, inventory: Inventory, b: FactsBuilder): void {
  b.verb('read');
  if (abs === null) {
    b.partial('path_unresolved', `\`${path}\` cannot be resolved without a working directory`);
    return;
  }
  b.summary(`read ${abs}`);
  if (isControlPlaneSecret(abs, inventory)) {
    // SECURITY (D8): the key forges checkpoints, a token acts as its owner.
    b.target({ kind: 'control_plane', id: abs, environment: null, home: false, verbs: ['write'] });
    b.destroy('control_plane_secret', `reads \`${abs}\`, Portcullis's signing key or a token: agents may not read it`);
    return;
  }
  const cls = classifyPath(abs, scope, inventory);
  b.target({ kind: cls === 'control_plane' ? 'control_plane' : 'filesystem', id: abs, environment: null, home: false, verbs: ['read'] });
}

// Search-engine APIs name their actions with a leading underscore (`_delete_by_query`); `_flush` only persists and is not one.
// GitLab's `POST /projects/ID/jobs/ID/erase` erases a job's log and artifacts (a CI run's record: HTTP_HARMLESS, answer 332).
// Jenkins names its actions `doDelete`, `doWipeOutWorkspace` (Stapler's `do` prefix). RPC-style APIs put the verb after a dot or a
// colon (Slack `chat.delete`, `admin.conversations.delete`; Google's custom methods `:purge`, `:batchDelete`, `:batchDeleteContacts`).
// A credential revoked (Slack `auth.revoke`, OAuth `/oauth2/revoke`, Clerk `/sessions/ID/revoke`) stops what uses it.
// CouchDB's `POST /DB/_purge` removes documents and their whole revision history, leaving no tombstone to replicate.
// A bulk or batch delete (Kibana `POST /api/saved_objects/_bulk_delete`, a `/bulk-delete`, `/batch_delete`) is many deletes.
export const DESTRUCTIVE_PATH = /(\/|\/[a-z]+(\.[a-z]+)*\.|:|\/(permanent|permanently|hard|force|gdpr)[-_])(_?((bulk|batch|mass)[-_])?delete|do(delete|wipeoutworkspace|disconnect|deleteall)|destroy|terminate|_?purge|drop|wipe|reset|truncate|remove|nuke|flush|revoke|erase)(\b|_|-|\/|\?|$)/i;
/**
 * The same verbs in camelCase, a segment of their own or after an RPC dot: Algolia's `…/indexes/I/deleteByQuery`,
 * Microsoft Graph's `…/messages/ID/permanentDelete` (skips Deleted Items), a `hardDelete` or `forceDelete`,
 * Microsoft Graph's `…/users/U/revokeSignInSessions`, Telegram's Bot API `…/deleteMessage`.
 */
const CAMEL_DESTRUCTIVE_PATH = /(\/|\.)((delete|destroy|purge|remove|wipe|truncate|revoke)[A-Z][A-Za-z]*|(permanent|permanently|hard|force)(Delete|Destroy|Purge|Remove|Wipe)[A-Za-z]*)(\/|\?|#|$)/;
/**
 * gRPC over HTTP (gRPC-Web), Connect and Twirp name the method after the package-qualified service, in PascalCase
 * (`POST /acme.shop.v1.ShopService/DeleteShop`, `/twirp/acme.Shop/DropDatabase`; gRPC's PROTOCOL-HTTP2 `:path` is
 * `/{service}/{method}`): the method is the operation, as an MCP tool's name is.
 */
const RPC_METHOD_PATH = /\/([A-Za-z_]\w*\.)+[A-Za-z_]\w*\/(Delete|Destroy|Purge|Drop|Wipe|Truncate|Remove|Erase|Terminate|Nuke|BatchDelete|BulkDelete)([A-Z]\w*)?\/?$/;
/**
 * `…/clear` empties what the path names: Algolia "Clear records" (`/1/indexes/I/clear`, also its rules and synonyms).
 * Clearing a cache, notifications, filters or a selection loses nothing stored.
 */
const CLEAR_PATH = /\/(clear|clear_?all|clearAll)\/?(\?|#|$)/;
const CLEAR_HARMLESS = /(cache|caches|cdn|notifications?|filters?|selections?|badges?|highlights?|console|screen|session|cookies?|carts?|basket)(\/[^/?#]+)?\/(clear|clear_?all|clearAll)\/?(\?|#|$)/i;

/**
 * A purge, flush or invalidation of a cache or CDN (`/zones/x/purge_cache`, Fastly's `purge_all`,
 * `/cache/flush`): caches refill on demand, nothing stored is lost. A delete stays a delete.
 */
const CACHE_URL = /cache|cdn|fastly|akamai|cloudfront|varnish/i;
const CACHE_VERB = /\/(purge|flush|invalidat\w*)(\b|_|-|\/|\?|$)|[/_-](purge|flush)_?(all|cache|caches|url|urls|keys?|tags?)?(\b|\/|\?|$)/i;

// Endpoints that take a service out of service (docs/classifier-evaluation.md, "Availability"): Elasticsearch/OpenSearch
// `_close` ("closed indices are blocked for read/write operations") and `_block/read|write`; Jenkins `exit`, `safeExit`
// (shuts Jenkins down) and `quietDown` (no new builds start).
// Prometheus `/-/quit` (lifecycle API: "triggers a graceful shutdown"), Spring Boot's `/actuator/shutdown` ("lets the
// application be gracefully shutdown") and Envoy's admin `/quitquitquit` ("cleanly exit the server").
// Edge proxies and service registries taking a backend or the proxy itself out of rotation: Envoy's admin `/healthcheck/fail`
// ("cause the server to fail health checks", used to drain it) and `/drain_listeners`; Kong's
// `/upstreams/U/targets/T/unhealthy` (the balancer stops using the target); Consul's `/v1/agent/maintenance` and
// `/v1/agent/service/maintenance/ID` with `enable=true` (the node or service leaves discovery).
const OUTAGE_PATH = /\/(_close|_block\/(read|write|read_only)|(safe)?exit|quietdown|-\/quit|actuator\/shutdown|quitquitquit|healthcheck\/fail|drain_listeners|targets\/[^/?#]+\/unhealthy)(\b|\/|\?|$)|\/v1\/agent\/(service\/)?maintenance(\/[^?#]*)?\?(.*&)?enable=true\b/i;
// A stop, kill, pause, suspend or power-off action on something that serves: the Docker Engine API's
// `/containers/ID/stop|kill|pause`, Vercel's `/projects/ID/pause` ("a paused project stops serving"), Fly Machines'
// `/machines/ID/stop`, Render's `/services/ID/suspend`, Hetzner's `/servers/ID/actions/poweroff|shutdown`, Buildkite's
// `PUT /organizations/O/agents/ID/stop` (the agent disconnects; with `force` its running job is cancelled), Proxmox VE's
// `/nodes/N/qemu|lxc/ID/status/stop|shutdown|suspend` (round 20: the guest stops serving). A run, build
// or job stopped is a cancel (a write), so only these resource nouns count. Round 37 (ot37, the lead's answer 377.6): a
// robot, vehicle or drone of a fleet manager paused, stopped or e-stopped (`/robots/amr-07/pause`), and the whole fleet
// (`/fleet/pause_all`), is out of service until someone resumes it.
const SERVICE_STOP_PATH = /\/(containers|services|projects|apps|machines|servers|instances|droplets|vms|agents|qemu|lxc|robots|vehicles|drones|agvs|amrs)\/[^/?#]+\/(actions\/|status\/)?(stop|kill|pause|suspend|shutdown|poweroff|power_off|power-off|estop|e-stop|e_stop|emergency_stop)\/?(\?|#|$)|\/(fleet|fleets|robots|vehicles|drones)\/(pause_all|stop_all|estop_all|estop|emergency_stop)\/?(\?|#|$)/i;

// A CI pipeline switched off: Jenkins `POST /job/NAME/disable` (folders nest `/job/F/job/NAME/`), GitHub's "Disable a
// workflow" (`PUT /repos/O/R/actions/workflows/ID/disable`): its schedule and triggers start nothing until it is enabled.
// GitLab's "Archive a project" (`POST /projects/ID/archive`, and groups): it becomes read-only, as GitHub's `archived: true`.
// Buildkite's "Archive a pipeline" (`POST /v2/organizations/O/pipelines/P/archive`): an archived pipeline runs no builds.
const CI_DISABLE_PATH = /\/(job\/[^?#]+|actions\/workflows\/[^/?#]+)\/disable\/?(\?|#|$)|\/api\/v4\/(projects|groups)\/[^/?#]+\/archive\/?(\?|#|$)|\/organizations\/[^/?#]+\/pipelines\/[^/?#]+\/archive\/?(\?|#|$)|\/rest\/api\/(2|3|latest)\/project\/[^/?#]+\/archive\/?(\?|#|$)/i;

/**
 * The lead's answers 159 and 182 (rounds 24, 25): a Jenkins job disabled at any depth of folders (`POST /job/NAME/disable`,
 * `/job/F/job/NAME/disable`) is paused until it is enabled, as answer 110's paused workflow: benign unless a safeguard or
 * delivery word (kept-agents.ts SAFEGUARD_OR_DELIVERY_WORKFLOW: backup, security, scan, CodeQL, audit, deploy, release) or
 * a production name is anywhere in the URL before its query (a `release` folder, `payments-prod`, a production host), or
 * a job or folder name is not fixed (`$`, `*`, `%`, `..`) or has no letter. The one reading of a Jenkins pause over HTTP
 * (HTTP_HARMLESS, outageEndpoint).
 */
const JENKINS_JOB_DISABLE = /^https?:\/\/[^/?#]+(\/[^?#]*?)?(?:\/job\/[^/?#]+)+\/disable\/?(?:[?#]|$)/i;
function pausedJenkinsJob(url: string): boolean {
  if (!JENKINS_JOB_DISABLE.test(url)) return false;
  const before = url.replace(/[?#].*$/, '');
  const names = [...before.replace(/^https?:\/\/[^/?#]+/i, '').matchAll(/\/job\/([^/?#]+)/g)].map((m) => m[1]!);
  return pausedJenkinsNames(urlHost(url) ?? '', names, before);
}

/**
 * The lead's answer 152 (round 24; answer 112 for CI variable APIs): a `PUT|PATCH` of one named CI variable (GitLab
 * `/api/v4/projects|groups/ID/variables/NAME`, GitHub `…/actions/variables/NAME` of a repository, an organisation or an
 * environment) replaces a value the API keeps no earlier version of. A write when the name is not a secret's; a secret's
 * name (namesPlainSetting, answers 130 and 262: `DATABASE_URL`, `REDIS_URL`, `*_TOKEN`) or a credential in the body is lost.
 * The variable's name, or null.
 */
const CI_VARIABLE_URL = /^https?:\/\/[^/?#]+\/(?:api\/v4\/(?:projects|groups)\/[^/?#]+|(?:api\/v3\/)?(?:repos\/[^/?#]+\/[^/?#]+|orgs\/[^/?#]+)(?:\/environments\/[^/?#]+)?(?:\/actions)?|(?:api\/v3\/)?repositories\/\d+\/environments\/[^/?#]+)\/variables\/([^/?#]+)\/?(?:[?#]|$)/i;
/**
 * Round 30 (h30), answer 130's "CI variable APIs" read from two more references: CircleCI "Delete an environment variable"
 * (`DELETE /api/v2/project/SLUG/envvar/NAME`) and Netlify's environment variables by key (`/api/v1/accounts/A/env/KEY`).
 * The variable's name, or undefined.
 */
const CI_ENVVAR_URL = /^https?:\/\/(?:circleci\.com\/api\/v2\/project\/[^?#]+?\/envvar|api\.netlify\.com\/api\/v1\/accounts\/[^/?#]+\/env)\/([^/?#]+)\/?(?:[?#]|$)/i;
function ciVariableName(url: string): string | undefined {
  return CI_VARIABLE_URL.exec(url)?.[1] ?? CI_ENVVAR_URL.exec(url)?.[1];
}
/**
 * The lead's answer 230 (round 28): answer 152 reaches GitHub's secrets (Actions, Dependabot and Codespaces secrets of a
 * repository, an organisation or an environment: `PUT …/actions/secrets/NAME`, `…/environments/E/secrets/NAME`). Whatever
 * its name, a secret's value set replaces one no API call can read back: the secret's name, or null.
 */
const GITHUB_SECRET_URL = /^https?:\/\/[^/?#]+\/(?:api\/v3\/)?(?:(?:repos\/[^/?#]+\/[^/?#]+|orgs\/[^/?#]+)\/(?:actions|dependabot|codespaces)|user\/codespaces|repos\/[^/?#]+\/[^/?#]+\/environments\/[^/?#]+|repositories\/\d+\/environments\/[^/?#]+)\/secrets\/([^/?#]+)\/?(?:[?#]|$)/i;
function ciSecretVariableReplaced(url: string, body: JsonValue | undefined): string | null {
  const secret = GITHUB_SECRET_URL.exec(url)?.[1];
  if (secret !== undefined && secret.toLowerCase() !== 'public-key') return secret;
  const name = ciVariableName(url);
  if (name === undefined) return null;
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  // A name that does not decode stays as written: its `%` makes it no plain setting's name, so its value counts as a secret.
  return !namesPlainSetting(decodeURIComponentSafe(name)) || credentialInText(text) !== null ? name : null;
}

/** Whether a POST or PATCH to this URL takes a service out of service (a write whose effect is an outage). */
// A Kibana alerting rule switched off or all its notifications muted (`POST /api/alerting/rule/ID/_disable|_mute_all`):
// the monitoring it does stops until it is switched on again (round 19); muting one alert instance is a narrowed mute.
const ALERT_RULE_OFF_PATH = /\/api\/alerting\/rule\/[^/?#]+\/(_disable|_mute_all)\/?(\?|#|$)/;

/**
 * The lead's answers 110 and 159 (round 24, b24h): a GitHub workflow switched off by name is paused, as an Airflow DAG
 * paused ("Disable a workflow", `PUT /repos/O/R/actions/workflows/FILE/disable`), unless a name on its path says a
 * safeguard or delivery (kept-agents.ts SAFEGUARD_OR_DELIVERY_WORKFLOW) or production, or the name is a bare number or not
 * fixed; `gh workflow disable` reads the same words. A Jenkins job is pausedJenkinsJob's.
 */
const CI_WORKFLOW_PAUSED = new RegExp(`^(?![^?#]*(${SAFEGUARD_OR_DELIVERY_WORKFLOW.source}|\\bprod(uction)?\\b))[^?#]*\\/actions\\/workflows\\/[^/?#$*]*[a-z][^/?#$*]*\\/disable\\/?(\\?|#|$)`, 'i');
const CI_PAUSED = { test: (url: string): boolean => CI_WORKFLOW_PAUSED.test(url) || pausedJenkinsJob(url) };

export function outageEndpoint(url: string): boolean {
  return OUTAGE_PATH.test(url) || SERVICE_STOP_PATH.test(url) || (CI_DISABLE_PATH.test(url) && !CI_PAUSED.test(url)) || ALERT_RULE_OFF_PATH.test(url);
}

/**
 * Whether a POST or PATCH to this URL names a destructive action. Google's custom methods also revoke, deactivate, disable
 * or suspend (Play Developer API `subscriptionsv2/tokens/T:revoke`, `basePlans/P:deactivate`; Service Usage
 * `services/S:disable`; IAM `serviceAccounts/A:disable`), cancel a purchase (`purchases/…:cancel`; elsewhere a cancel stops
 * work and is a write) and refund with `revoke=true` (the item is taken back). Steam's Web API names the method as a
 * path segment before its version (`ISteamLeaderboards/DeleteLeaderboard/v1`, `ResetLeaderboard`; a refund,
 * `ISteamMicroTxn/RefundTxn/v3`, moves money back: round 36, vcs36).
 */
const CUSTOM_METHOD = /:(batch)?(Delete|Purge|Destroy|Remove|Wipe|Truncate|Erase)([A-Z]\w*)?(\/|\?|$)|:(batchDelete|batchRemove|batchPurge|bulkDelete)\w*(\/|\?|$)|:(revoke|deactivate|disable|suspend)([A-Z]\w*)?(\/|\?|$)|\/purchases\/[^?#]*:cancel(\/|\?|$)|:refund\?([^#]*&)?revoke=true(&|#|$)|\/I[A-Z]\w+\/(Delete|Remove|Reset|Purge|Revoke|Wipe|Destroy|Refund)[A-Z]\w*\/v\d+\/?(\?|#|$)/;
/** S3's DeleteObjects (`POST /?delete`, up to 1,000 keys in the XML body), on Amazon S3 and S3-compatible stores. */
const S3_DELETE_OBJECTS = /^https?:\/\/[^/?#]*(\.s3[.-][^/?#]*amazonaws\.com(\.cn)?|s3[^/?#]*)(:\d+)?\/[^?#]*\?(delete|delete=[^&]*)(&|#|$)/i;
/**
 * Endpoints whose name does not say delete but whose request destroys (each API's reference): the Docker Engine API's
 * `POST /volumes/prune` ("delete unused volumes", with their data, as `docker volume prune`; image, build-cache, network
 * and container prunes remove what is rebuilt), and snapshot restores that replace a cluster's whole state with an older
 * one: Vault's `POST /v1/sys/storage/raft/snapshot` and `snapshot-force` (a GET saves one), Consul's `PUT /v1/snapshot`,
 * Nomad's `PUT /v1/operator/snapshot`. Artifactory's `POST /api/trash/empty` deletes for good what deletes had kept
 * restorable (round 19). Kibana's saved-objects `_import?overwrite=true` replaces the objects with the same ids by a file's
 * (the lead's answer 69: destructive, the file unseen). etcd's JSON gateway deletes a key or a range with `POST
 * /v3/kv/deleterange` (round 30, h30), as `etcdctl del` does. A device's factory reset (`/api/system/factory-reset`,
 * `/factoryReset`) erases the settings, keys and data it kept (round 35, edge35). Odoo's database manager's `POST
 * /web/database/drop|restore` drops a database or restores a backup over it (round 38, bl38).
 */
const LOSSY_ENDPOINT = /\/web\/database\/(drop|restore)\/?(\?|#|$)|\/factory[-_]?reset\/?(\?|#|$)|\/v3(alpha|beta)?\/kv\/deleterange\/?(\?|#|$)|\/api\/saved_objects\/_import\?(.*&)?overwrite=true(&|#|$)|\/artifactory\/api\/trash\/empty\/?(\?|#|$)|\/(v1\.\d+\/)?volumes\/prune\/?(\?|#|$)|\/v1\/sys\/storage\/raft\/snapshot(-force)?\/?(\?|#|$)|^https?:\/\/[^/]*(consul[^/]*|:8500)\/v1\/snapshot\/?(\?|#|$)|^https?:\/\/[^/]*(nomad[^/]*|:4646)\/v1\/operator\/snapshot\/?(\?|#|$)/i;
/**
 * Commercial operations that are final (as the MCP and GraphQL names `cancel_subscription`, `orderCancel`,
 * `refundCreate`): Stripe's `POST /v1/refunds` (a succeeded refund cannot be cancelled), `…/invoices/ID/void` and
 * `…/credit_notes/ID/void` ("permanent"), `…/payment_intents|setup_intents|quotes|subscription_schedules/ID/cancel`;
 * Shopify's REST `orders/ID/cancel.json` and `orders/ID/refunds.json`; Stripe's older `POST /v1/charges/ID/refund(s)` and
 * `application_fees/ID/refund(s)` (a refund of the charge or fee, as `/v1/refunds`); Magento's `POST /V1/invoice|order/ID/refund`
 * and `/V1/creditmemo/refund` (round 38, bl38).
 */
const COMMERCIAL_ENDPOINT = /^https?:\/\/api\.stripe\.com\/v1\/(charges|application_fees)\/[^/?#]+\/refunds?\/?(\?|#|$)|\/(subscriptions|subscription_schedules|payment_intents|setup_intents|quotes|orders)\/[^/?#]+\/cancel(\.json)?\/?(\?|#|$)|\/(invoices|credit_notes)\/[^/?#]+\/void(\.json)?\/?(\?|#|$)|^https?:\/\/api\.stripe\.com\/v1\/refunds\/?(\?|#|$)|\/orders\/[^/?#]+\/refunds(\.json)?\/?(\?|#|$)|\/V1\/(invoice|order)\/[^/?#]+\/refund\/?(\?|#|$)|\/V1\/creditmemo\/refund\/?(\?|#|$)/;

/**
 * A disk put back to a snapshot or replaced by an image (each API's reference): Proxmox VE `POST
 * /nodes/N/{qemu,lxc}/ID/snapshot/NAME/rollback`, TrueNAS `POST /zfs/snapshot/rollback` and `/pool/snapshot/rollback`,
 * Hetzner Cloud `POST /servers/ID/actions/rebuild`, Linode `POST /linode/instances/ID/rebuild`, Vultr `POST
 * /instances/ID/reinstall|restore`, Azure `…/virtualMachines/VM/reimage` and scale sets' `reimage|reimageall`: what was
 * written since, or the whole disk, is gone (the shell's `rollback` and REIMAGE_OP operations). Round 42 (bl42virt): oVirt's
 * `POST …/vms/ID/snapshots/ID/restore` (its REST API reference: the VM is restored to the snapshot).
 */
const REVERT_ENDPOINT = /\/snapshots?\/([^/?#]+\/)?(rollback|revert|restore)\/?(\?|#|$)|\/(servers|instances|droplets|vms|machines|virtualMachines|virtualMachineScaleSets)\/[^/?#]+\/(actions\/)?(rebuild|reimage|reimageall|reinstall|restore)\/?(\?|#|$)/i;
/**
 * The same in a body that names the action: DigitalOcean droplet actions `{"type": "restore" | "rebuild"}`, OpenStack
 * server and volume actions `{"rebuild": …}`, `{"revert": …}`, `{"os-reimage": …}`.
 */
function revertAction(url: string, body: JsonValue | undefined): string | null {
  const o = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : null;
  if (!o) return null;
  if (/\/droplets\/[^/?#]+\/actions\/?(\?|#|$)/i.test(url) && typeof o['type'] === 'string' && /^(restore|rebuild)$/i.test(o['type'])) return `\`type: ${o['type']}\``;
  if (/\/(servers|volumes)\/[^/?#]+\/action\/?(\?|#|$)/i.test(url)) {
    const key = Object.keys(o).find((k) => /^(rebuild|revert|os-reimage|os-revert)$/i.test(k));
    if (key) return `\`${key}\``;
  }
  return null;
}

/**
 * A credential regenerated: the one in use stops working at once (each API's reference). Keycloak's `POST
 * /admin/realms/R/clients/ID/client-secret` ("generate a new secret for the client"; a GET reads it), Auth0's `POST
 * /api/v2/clients/ID/rotate-secret`, GitLab's `POST /personal_access_tokens/ID/rotate` and project, group and runner
 * token rotations ("revokes the previous token"), a `regenerate` of a secret, key or token. Vault's transit
 * `keys/NAME/rotate` keeps the old versions for decryption and is not one.
 */
const CREDENTIAL_REGENERATED = /\/clients\/[^/?#]+\/(client-secret|rotate[-_]secret)\/?(\?|#|$)|\/(personal_access_tokens|access_tokens|deploy_tokens|tokens)\/[^/?#]+\/rotate\/?(\?|#|$)|\/(secrets?|keys?|api_?keys?|tokens?|credentials?)\/[^/?#]+\/regenerate\/?(\?|#|$)|\/regenerate[-_]?(secret|key|token|api[-_]?key)s?\/?(\?|#|$)/i;

export function destructiveEndpoint(url: string): boolean {
  // A server decodes `%64elete` to `delete` and reads `;delete` (a path parameter) as a segment: judge what it reads too.
  const read = decodedPath(url);
  if (read !== url && destructiveEndpoint(read)) return true;
  if (CUSTOM_METHOD.test(url) || S3_DELETE_OBJECTS.test(url) || LOSSY_ENDPOINT.test(url) || COMMERCIAL_ENDPOINT.test(url) || REVERT_ENDPOINT.test(url) || CREDENTIAL_REGENERATED.test(url)) return true;
  const path = url.replace(/[?#].*$/, '');
  if (CAMEL_DESTRUCTIVE_PATH.test(path) || RPC_METHOD_PATH.test(path) || (CLEAR_PATH.test(path) && !CLEAR_HARMLESS.test(path))) return true;
  if (!DESTRUCTIVE_PATH.test(url)) return false;
  const withoutCachePurges = url.replace(CACHE_VERB, '/');
  return !(CACHE_URL.test(url) && !DESTRUCTIVE_PATH.test(withoutCachePurges));
}

/**
 * Statements in a JSON body under a key that names SQL (`sql`, `statement`, `statements`, at the top or one level down),
 * or under `query` when the text starts as a SQL statement does (GraphQL and search queries do not).
 */
const SQL_KEYS = /^(sql|statement|statements|sql_query|sqlquery|query)$/i;
const SQL_START = /^\s*(with\s+\w+\s+as\s*\(|select\s[\s\S]*\bfrom\s|insert\s+into\s|update\s+\S+\s+set\s|delete\s+from\s|drop\s+(table|database|schema|view|index|user|role|function|procedure|if)\s|truncate\s+(table\s+)?\S|alter\s+(table|database|schema|user|role)\s|create\s+(or\s+replace\s+)?(table|database|schema|view|index|user|role|function|procedure|trigger)\s|merge\s+into\s|grant\s|revoke\s|call\s+\w+\s*\(|copy\s+\S+\s+(from|to)\s|do\s+\$)/i;
function sqlInBody(body: JsonValue | undefined): string[] {
  const out: string[] = [];
  const visit = (v: JsonValue | undefined, depth: number): void => {
    if (!isJsonObject(v) || depth > 2) return;
    for (const [k, x] of Object.entries(v)) {
      const texts = typeof x === 'string' ? [x] : Array.isArray(x) ? x.filter((e): e is string => typeof e === 'string') : [];
      if (SQL_KEYS.test(k)) for (const t of texts) if (SQL_START.test(t) && (k.toLowerCase() !== 'query' || !/^\s*(query|mutation|subscription)\b/i.test(t))) out.push(t);
      if (isJsonObject(x)) visit(x, depth + 1);
    }
  };
  visit(body, 0);
  return out.slice(0, 20);
}

/** The URL with its path percent-decoded and `;` path parameters read as segments (the URL itself when it cannot be decoded). */
function decodedPath(url: string): string {
  if (!/%[0-9a-f]{2}|;/i.test(url)) return url;
  const q = url.search(/[?#]/);
  const path = q === -1 ? url : url.slice(0, q);
  try {
    return decodeURIComponent(path.replace(/%2f/gi, '/')).replace(/;/g, '/') + (q === -1 ? '' : url.slice(q));
  } catch {
    return path.replace(/;/g, '/') + (q === -1 ? '' : url.slice(q));
  }
}

/**
 * Requests that lose nothing although their method deletes (or, for the last entries, their path says so), each from its
 * API's own reference:
 * - a Kubernetes dry run ("the request is not persisted");
 * - what a user relates to, not content: GitHub stars, follows, watches, thread subscriptions, an issue's labels and
 *   assignees, a pull request's requested reviewers, emoji reactions;
 * - caches and build artefacts (GitHub Actions caches and artifacts);
 * - an S3 multipart upload's parts (`AbortMultipartUpload`, `?uploadId=`: the object was never completed);
 * - a Vault KV v2 `data/` delete, a soft delete ("can be undone using the undelete path"; `metadata/` and `destroy/` are not);
 * - version-controlled files: GitHub's "Delete a file" and "Create or update file contents" (`/repos/O/R/contents/PATH`),
 *   GitLab's repository files API and its "Create a commit with multiple files and actions" (`POST …/repository/commits`,
 *   whose `actions[].action: delete` removes a file in that commit) each make a commit, undone by a revert;
 * - search cursors: Elasticsearch/OpenSearch "Clear scroll" (`_search/scroll`) and "Close point in time" (`_pit`) free a
 *   search context, the documents stay;
 * - sessions and consumers: the Kafka REST Proxy's consumer instance (`/consumers/G/instances/I`: "destroy the consumer
 *   instance", its offsets stay committed in Kafka), Consul's `session/destroy` (locks held by it are released), a login
 *   session (`/sessions/current`, `/session`);
 * - an Alertmanager silence (`/api/v2/silence/ID` "delete a silence": it expires, alerts notify again);
 * - a Stripe discount (`/customers/C/discount`, `/subscriptions/S/discount`: "removes the currently applied discount";
 *   the coupon stays).
 */
/** A Kubernetes server-side dry run (`?dryRun=All`): the request is validated, not persisted. */
const KUBE_DRY_RUN = /[?&]dryRun=All(&|#|$)/;

/** A Kubernetes API path: the core group's resources under `/api/v1/`, or a named group's `/apis/GROUP/VERSION/`. */
const KUBE_API_URL = /^[a-z]+:\/\/[^/]+\/(api\/v1\/(namespaces|nodes|persistentvolumes|pods|services|configmaps|secrets|events|endpoints|serviceaccounts|persistentvolumeclaims|replicationcontrollers|resourcequotas|limitranges)\b|apis\/[a-z0-9.-]+\/v\d\w*\/)/i;
/**
 * The lead's answer 233 (round 28): a Supabase branch is a preview by construction (production is the project), so its reset
 * by id (Management API `POST /v1/branches/ID/reset`, MCP `reset_branch`) is decision 40's, unless its name is long-lived.
 */
const SUPABASE_BRANCH_RESET = /^https?:\/\/api\.supabase\.com\/v1\/branches\/([^/?#]+)\/reset\/?(?:[?#]|$)/i;
const SUPABASE_BRANCH_RESET_HARMLESS = { test: (url: string): boolean => isDisposableDatabaseBranch(SUPABASE_BRANCH_RESET.exec(url)?.[1]) };
const HTTP_HARMLESS: ReadonlyArray<{ url: Pick<RegExp, 'test'>; why: string }> = [
  { url: KUBE_DRY_RUN, why: 'a Kubernetes dry run: validated, not persisted' },
  { url: SUPABASE_BRANCH_RESET_HARMLESS, why: "a Supabase branch, a preview copy, reset to its migrations (the lead's decision 40 and answer 233)" },
  { url: CI_PAUSED, why: "a CI workflow or job paused until it is enabled again; its name says no backup, scan, audit, deploy or release (the lead's answers 110, 159 and 182)" },
  // Round 30 (h30), answer 115's per-API list widened from GitHub's reference: "Star a gist" and "Unstar a gist" (`PUT|DELETE
  // /gists/ID/star`), "Set public organization membership for the authenticated user" and its removal (`PUT|DELETE
  // /orgs/O/public_members/U`: the membership shown or hidden on the profile, not granted or taken).
  { url: /^https?:\/\/(api\.github\.com|[^/]+\/api\/v3)\/(user\/(starred|following|subscriptions)\/|notifications\/threads\/\d+\/subscription|notifications\/?(\?|$)|repos\/[^/]+\/[^/]+\/(subscription$|notifications\/?(\?|$)|issues\/\d+\/(labels|assignees)\b|pulls\/\d+\/requested_reviewers|actions\/(caches|artifacts)\b|(issues|pulls)\/(comments\/)?\d+\/reactions\/\d+|comments\/\d+\/reactions\/\d+)|gists\/[0-9a-f]+\/star\/?(\?|#|$)|orgs\/[^/?#]+\/public_members\/[^/?#]+\/?(\?|#|$))/i, why: 'a star, watch, label, assignee, reviewer request, reaction, cache or build artefact, a membership shown or hidden, or notifications marked read (the lead\'s answer 115): added again at will or rebuilt' },
  // Round 31 (h31), the lead's answer 332: GitLab "Erase a job" (`POST /projects/P/jobs/ID/erase`, "erase a single job of a
  // project (remove job artifacts and a job log)") is one run's log and artefacts: round 15's CI run record, as HARMLESS_DELETES
  // reads a pipeline deleted; the job's definition stays and runs again.
  { url: /\/api\/v4\/projects\/[^/?#]+\/jobs\/\d+\/erase\/?(\?|#|$)/, why: "a CI job's log and artefacts (a run's record, the lead's answer 332); the job runs again" },
  // Round 29 (h29): Slack `files.revokePublicURL` takes a file's public link away: access narrowed, not a credential revoked.
  { url: /^https?:\/\/([^/?#]*\.)?slack\.com\/api\/files\.revokePublicURL\/?(\?|#|$)/i, why: "revokes a file's public link: access narrowed" },
  // Round 29 (h29): GitHub "Delete a pending review for a pull request" (`DELETE /repos/O/R/pulls/N/reviews/ID`: "a review
  // that has been submitted can't be deleted"), the reviewer's own unsent draft (answer 156); Opsgenie "Remove Tags from
  // Alert" (`DELETE /v2/alerts/ID/tags?tags=…`), one alert's tags as an issue's labels.
  { url: /^https?:\/\/(api\.github\.com|[^/]+\/api\/v3)\/repos\/[^/?#]+\/[^/?#]+\/pulls\/\d+\/reviews\/\d+\/?(\?|#|$)|^https?:\/\/api\.(eu\.)?opsgenie\.com\/v2\/alerts\/[^/?#]+\/tags\/?\?/i, why: "a pull request's pending review (the reviewer's unsent draft) or an alert's tags: nothing published is lost" },
  // Round 24 (b24h), each API's reference: Bitbucket "Unapprove a pull request" and "Remove change request for a pull
  // request" (`DELETE …/pullrequests/N/approve|request-changes`: the review mark withdrawn, given again by one call) and
  // "Delete caches" of Pipelines (`…/pipelines-config/caches/…`: rebuilt by the next run); Jira "Delete issue link"
  // (`/rest/api/2|3/issueLink/ID`: both issues stay); Asana's relation endpoints (`POST /tasks|projects/GID/removeFollowers|
  // removeMembers|removeTag|removeProject|removeDependencies|removeDependents`: the task or project stays, the relation is
  // made again by the matching `add…`); Netlify "Purge cache" (`POST /api/v1/purge`: a CDN purge); Stripe's test helpers
  // (`/v1/test_helpers/…`: objects of test mode only, as a test clock).
  { url: /^https?:\/\/api\.bitbucket\.org\/2\.0\/repositories\/[^/?#]+\/[^/?#]+\/(pullrequests\/\d+\/(approve|request-changes)|pipelines-config\/caches(\/[^?#]*)?)\/?(\?|#|$)|\/rest\/api\/(2|3|latest)\/issueLink\/\d+\/?(\?|#|$)|^https?:\/\/app\.asana\.com\/api\/1\.0\/(tasks|projects|portfolios|goals)\/\d+\/remove(Followers|Members|Tag|Project|Dependencies|Dependents)\/?(\?|#|$)|^https?:\/\/api\.netlify\.com\/api\/v1\/purge\/?(\?|#|$)|^https?:\/\/api\.stripe\.com\/v1\/test_helpers\//, why: 'a review mark, a cache, a link between two records, a follower, member or tag of one task, a CDN purge or a test-mode object: the records stay or are test data' },
  { url: /\.s3[.-][^/]*amazonaws\.com\/[^?]+\?(.*&)?uploadId=/i, why: 'aborts an unfinished multipart upload (the object was never completed)' },
  { url: /^https?:\/\/[^/]*(vault[^/]*|:8200)\/v1\/([^?]+\/)?data\//i, why: 'a Vault KV v2 soft delete, undone with `undelete`' },
  // The KV v2 "Delete secret versions" and "Undelete" endpoints (`POST MOUNT/delete/PATH`, `MOUNT/undelete/PATH`) are the
  // same soft delete and its undoing; `destroy/` and `metadata/` are not. `sys/` and `auth/` hold no KV mount.
  { url: /^https?:\/\/[^/]*(vault[^/]*|:8200)\/v1\/(?!sys\/|auth\/)[^/?#]+\/(delete|undelete)\/[^?#]+/i, why: 'a Vault KV v2 soft delete or its undoing, undone with `undelete`' },
  // Jenkins: one build's record (`/job/J/NUMBER/doDelete`) is a CI run's record (the lead's decision, round 15), and a
  // multibranch pipeline's pull-request job (`/job/P/job/PR-N/doDelete`) is made again by branch indexing while the pull
  // request is open; the job and its other builds stay.
  { url: /\/job\/[^?#]+\/(\d+|job\/PR-\d+)\/doDelete\/?(\?|#|$)/, why: "one Jenkins build's record, or a pull request's job that branch indexing makes again" },
  { url: /\/repos\/[^/]+\/[^/]+\/contents\/[^?]+|\/api\/v4\/projects\/[^/]+\/repository\/(files\/[^?]+|commits\/?(\?|#|$))/i, why: 'a file of a git repository changed by a commit, undone by a revert' },
  { url: /\/_search\/scroll(\/[^/?]*)?\/?(\?|$)|\/_pit\/?(\?|$)/, why: 'frees a search cursor; the documents stay' },
  { url: /\/consumers\/[^/]+\/instances\/[^/?]+\/?(subscription\/?)?(\?|$)/, why: 'a REST proxy consumer instance; its committed offsets stay in Kafka' },
  // Round 23 (b23h): the caller's own session under `me/` (`DELETE /v1/me/sessions/current`), and Keycloak's "Remove a
  // specific user session" (`DELETE /admin/realms/R/sessions/ID`): one sign-in ended, the user signs in again.
  // Round 31 (h31): the same session under `auth/` (`DELETE /api/auth/session`), and Vercel "Delete an authentication
  // token" with `current` ("the token used to make the request"): the caller signs itself out.
  { url: /\/v1\/session\/destroy\/[^/?]+\/?(\?|$)|^https?:\/\/[^/]+\/(api\/)?(v\d+\/)?(auth\/)?((me|users\/me)\/)?(sessions\/(current|me|self)|session)\/?(\?|$)|^https?:\/\/api\.vercel\.com\/v\d+\/user\/tokens\/current\/?(\?|#|$)|\/admin\/realms\/[^/?#]+\/sessions\/[0-9a-f-]{8,}\/?(\?|#|$)/i, why: 'ends a session; nothing stored is lost' },
  // OAuth 2.0 Token Revocation (RFC 7009, `POST /oauth/revoke`, Auth0 `/oauth/revoke`, Okta `/oauth2/v1/revoke` and
  // `/oauth2/AUTHSERVER/v1/revoke`, Google `/o/oauth2/revoke`): revokes the one token the request carries, a logout.
  { url: /^https?:\/\/[^/?#]+\/(o\/)?oauth2?\/([^/?#]+\/)?(v\d+\/)?revoke\/?(\?|$)/i, why: 'revokes the one token it carries (RFC 7009): its holder signs in again' },
  { url: /\/api\/v[12]\/silences?\/[^/?]+\/?(\?|$)/, why: 'expires an Alertmanager silence; alerts notify again' },
  { url: /^https?:\/\/api\.stripe\.com\/v1\/(customers|subscriptions)\/[^/]+\/discount\/?(\?|$)/, why: 'removes an applied discount; the coupon stays' },
  // Grafana "Unstar a dashboard" (`DELETE /api/user/stars/dashboard/uid/UID`) and the like: the user's own marks.
  { url: /\/(api\/)?(user|users\/me|me)\/(stars|starred|favou?rites)\//i, why: 'the user\'s own star or favourite, added again at will' },
  // Jira "Delete watcher" and "Delete vote" (`/rest/api/2|3/issue/KEY/watchers?accountId=`, `/votes`: a user stops watching
  // or takes back a vote) and GitLab "Delete an emoji reaction" (`…/award_emoji/ID`, also on a note): the issue stays.
  // Round 31 (h31), each reference: Jira "Assign issue" (`PUT …/issue/KEY/assignee`; `accountId: null` unassigns) and
  // Confluence "Remove label from content" (`DELETE /wiki/rest/api/content/ID/label/NAME` or `?name=`; POST adds): the
  // issue or page stays, the assignee or label is set again by one call.
  { url: /\/rest\/api\/(2|3|latest)\/issue\/[^/?]+\/(watchers|votes|assignee)\/?(\?|$)|\/api\/v4\/projects\/[^?]+\/award_emoji\/\d+\/?(\?|$)|\/rest\/api\/content\/\d+\/label(\/[^/?#]+)?\/?(\?|#|$)/, why: 'a watcher, vote, assignee, label or emoji reaction: the issue or page stays' },
  // A pending invitation withdrawn (Clerk `invitations/ID/revoke`, GitHub and GitLab invitations): nobody had access yet.
  // Round 30 (h30), each reference: npm's "dist-tag rm" over the registry API (`DELETE /-/package/NAME/dist-tags/TAG`, any
  // npm registry): a pointer to a version, set again by one call, every version stays, as the shell's `npm dist-tag rm`
  // (the lead's round-14 decision: a write); Jira "Delete remote issue link" (`…/issue/KEY/remotelink/ID`): a link to a
  // page elsewhere, as an issue link (above).
  { url: /\/-\/package\/[^/?#]+\/dist-tags\/(?!latest\/?(\?|#|$))[^/?#]+\/?(\?|#|$)|\/rest\/api\/(2|3|latest)\/issue\/[^/?#]+\/remotelink\/\d+\/?(\?|#|$)/i, why: "a package's dist-tag (a pointer to a version that stays) or an issue's link to a page elsewhere" },
  // Round 30 (h30): GitHub "Decline a repository invitation" (`DELETE /user/repository_invitations/ID`), the invitee's own.
  { url: /\/(repository_)?invitations?\/[^/?#]+(\/revoke)?\/?(\?|$)/i, why: 'withdraws or declines a pending invitation; nobody had access yet' },
  // A token revoking itself is a logout (Vault `auth/token/revoke-self`, as `vault token revoke -self`); Slack's
  // `auth.revoke` with `test` set "will not actually revoke" the token.
  { url: /\/v1\/auth\/token\/revoke-self\/?(\?|$)|^https?:\/\/([^/?#]*\.)?slack\.com\/api\/auth\.revoke\?(.*&)?test=(1|true)(&|#|$)/i, why: 'a token revoking itself (a logout), or a test that revokes nothing' },
  // Slack Web API `reactions.remove`, `stars.remove`, `pins.remove` ("un-pins an item"): the message stays.
  // Round 23 (b23h): a user's own pending items, Slack `reminders.delete` and `chat.deleteScheduledMessage` (a message not yet
  // sent, withdrawn), and a channel bookmark (`bookmarks.remove`: a link, added again).
  { url: /^https?:\/\/slack\.com\/api\/((reactions|stars|pins|bookmarks)\.remove|reminders\.delete|chat\.deleteScheduledMessage)\/?(\?|$)/, why: 'a reaction, star, pin, bookmark, reminder or unsent scheduled message: the messages stay' },
  // Round 31 (h31), each reference: Discord "Create Reaction" / "Delete Own Reaction" (`…/messages/M/reactions/EMOJI/@me`;
  // another user's reaction, `/USER_ID`, and "Delete All Reactions" stay) and "Pin Message" / "Unpin Message"
  // (`/channels/C/pins/M`, also `/channels/C/messages/pins/M`); Microsoft Graph "Unpin a message from a chat"
  // (`…/pinnedMessages/ID`) and "Delete tab from channel" ("removes (unpins) a tab"): the message and the content stay.
  { url: /^https?:\/\/(discord\.com|discordapp\.com)\/api(\/v\d+)?\/channels\/\d+\/(messages\/\d+\/reactions\/[^/?#]+\/@me|(messages\/)?pins\/\d+)\/?(\?|#|$)|^https?:\/\/graph\.microsoft\.com\/(v1\.0|beta)\/(chats\/[^/?#]+|teams\/[^/?#]+\/channels\/[^/?#]+)\/(pinnedMessages|tabs)\/[^/?#]+\/?(\?|#|$)/i, why: "the caller's own reaction, a pin or a channel tab: the message and the content stay" },
  // Round 31 (h31): LaunchDarkly "Delete approval request" (`DELETE /api/v2/approval-requests/ID`, also under a flag's
  // environment): the change it asked for is not made, the flag stays as it is.
  { url: /^https?:\/\/app\.launchdarkly\.com\/api\/v2\/(flags\/[^/?#]+\/[^/?#]+\/environments\/[^/?#]+\/)?approval-requests\/[0-9a-f]+\/?(\?|#|$)/i, why: 'withdraws a pending approval request; the flag stays as it is' },
  // Back into rotation, an action with no body (not a replacement): Kong `PUT /upstreams/U/targets/T/healthy`, Consul
  // maintenance mode with `enable=false`, Envoy's admin `/healthcheck/ok`.
  // Sessions ended and a helpdesk password reset (the lead's standing decisions): Slack `admin.users.session.reset` and
  // `admin.users.session.invalidate` sign a user out everywhere; Okta `POST /users/U/lifecycle/reset_password` sends
  // the user a reset link (or a one-time token). Nothing stored is lost and the user signs in again.
  { url: /^https?:\/\/([^/?#]*\.)?slack\.com\/api\/admin\.users\.session\.(reset|invalidate)\/?(\?|$)|^https?:\/\/[^/]+\.(okta|oktapreview|okta-emea)\.com\/api\/v1\/users\/[^/?#]+\/lifecycle\/reset_password\/?(\?|$)/i, why: "ends a user's sessions or sends a password reset: the user signs in again" },
  { url: /\/targets\/[^/?#]+\/healthy\/?(\?|$)|\/v1\/agent\/(service\/)?maintenance(\/[^?#]*)?\?(.*&)?enable=false\b|\/healthcheck\/ok\/?(\?|$)/i, why: 'puts a backend, node or proxy back into rotation' },
];

/**
 * PostgREST (Supabase's `/rest/v1/`, or served on its own) deletes the rows its filters select and, without one, every
 * row: a filter on an equal value or a list narrows the delete like `DELETE ... WHERE id = 8812` (docs/classify.md, "SQL by
 * effect"). Its operator syntax (`col=eq.value`, `col=in.(a,b)`) names it wherever it is mounted.
 */
const POSTGREST_NARROWED = /\/[^/?]+\?(.*&)?[a-z_][\w]*=(eq\.[^&*]+|in\.\([^)]+\))(&|$)/i;

/** Every PostgREST filter of the query is a tenant's key (`?tenant_id=eq.sandbox-acme`): the lead's decision 40's tenant-wide wipe. */
function postgrestTenantWipe(url: string): boolean {
  const query = url.split('#')[0]!.split('?')[1] ?? '';
  const filters = query.split('&').map((p) => p.split('=')).filter(([, v]) => v !== undefined && /^(eq\.|in\.\()/i.test(v));
  const table = /\/([^/?#]+)\?/.exec(url)?.[1] ?? '';
  // Round 42 (nxb42; 430.3): a category's column alone (`?status=eq.closed`) is category-wide as a tenant's key is.
  // Round 44 (rv44): a column whose name does not decode narrows nothing this reading can vouch for: it counts as a wipe's.
  return filters.length > 0 && filters.every(([k, v]) => {
    const key = percentDecodedOrNull(k!);
    return key === null || isTenantKey(key) || (isCategoryKey(key, table) && !(/^eq\./i.test(v!) && isTestCategoryValue(v!.slice(3))));
  });
}

/** `/api/v1/namespaces/NS/KIND/NAME` and `/apis/GROUP/VERSION/namespaces/NS/KIND/NAME` on a Kubernetes API server. */
const KUBE_OBJECT_URL = /\/(api\/v1|apis\/[^/]+\/[^/]+)\/namespaces\/[^/]+\/([a-z]+)\/([a-z0-9.-]+)\/?(\?|$)/;
/** A cluster-scoped object, the namespace itself included (`/api/v1/namespaces/NAME`, `/apis/GROUP/VERSION/KIND/NAME`). */
const KUBE_CLUSTER_OBJECT_URL = /\/(api\/v1|apis\/[^/]+\/[^/]+)\/([a-z]+)\/([a-z0-9.-]+)\/?(\?|$)/;
/** A kind's collection in one namespace (`/api/v1/namespaces/NS/KIND`, no name). */
const KUBE_COLLECTION_URL = /\/(api\/v1|apis\/[^/]+\/[^/]+)\/namespaces\/[^/?#]+\/([a-z]+)\/?(\?|#|$)/;
/** A delete that skips graceful termination (`gracePeriodSeconds=0`), as `kubectl delete --force --grace-period=0`. */
const FORCED_KUBE_DELETE = /[?&]gracePeriodSeconds=0(&|#|$)/;
/**
 * Argo CD "Delete a resource" of an application (`DELETE /api/v1/applications/APP/resource?kind=K&resourceName=N&group=G`):
 * judged as the Kubernetes object it names (a Deployment's pod is recreated); `force=true` is judged as any delete.
 */
function argoCdResourceDeleted(url: string): string | null {
  if (!/\/api\/v1\/applications\/[^/?#]+\/resource\?/.test(url) || /[?&]force=true(&|#|$)/.test(url)) return null;
  const query = new URLSearchParams(url.slice(url.indexOf('?') + 1).replace(/#.*$/, ''));
  const kind = query.get('kind');
  const name = query.get('resourceName');
  if (kind === null || name === null || (query.get('group') ?? '') !== '') return null;
  const disposable = disposableKubeObject(kind, name);
  return disposable ? `Argo CD deletes the ${kind} \`${name}\`: ${disposable}` : null;
}
/** The namespace `finalize` subresource (`PUT /api/v1/namespaces/NS/finalize`). */
const KUBE_FINALIZE_URL = /\/api\/v1\/namespaces\/[^/?#]+\/finalize\/?(\?|$)/;
/** A namespaced object's URL with its host and namespace: `https://HOST/…/namespaces/NS/KIND/NAME`. */
const KUBE_NAMESPACED_URL = /^https?:\/\/([^/?#]+)[^?#]*?\/(?:api\/v1|apis\/[^/]+\/[^/]+)\/namespaces\/([^/?#]+)\/([a-z]+)\/([a-z0-9.-]+)\/?(\?|$)/;
/** A kind's collection in one namespace with its host and namespace: `https://HOST/…/namespaces/NS/KIND`. */
const KUBE_NAMESPACED_COLLECTION_URL = /^https?:\/\/([^/?#]+)[^?#]*?\/(?:api\/v1|apis\/[^/]+\/[^/]+)\/namespaces\/([^/?#]+)\/([a-z]+)\/?(?:\?|#|$)/;

/**
 * PUTs that create and refuse to replace, each API's reference: Elasticsearch and OpenSearch "Create snapshot" (`PUT
 * /_snapshot/REPO/NAME`: a snapshot of that name already there is an error) and "Create index" (`PUT /NAME` on the
 * default port 9200: `resource_already_exists_exception` if it exists), CouchDB "Create database" (`PUT /DB` on 5984:
 * 412 if it exists). Whatever the body, nothing that was there is replaced.
 */
const PUT_CREATES: ReadonlyArray<{ url: RegExp; why: string }> = [
  { url: /^(https?:\/\/)?[^/]+\/_snapshot\/[^/?#_][^/?#]*\/[^/?#_][^/?#]*\/?(\?|#|$)/, why: 'takes a new snapshot (an existing name is refused)' },
  { url: /^(https?:\/\/)?[^/]+:9200\/[^/?#_.][^/?#]*\/?(\?|#|$)/, why: 'creates an index (an existing index is refused)' },
  { url: /^(https?:\/\/)?[^/]+:5984\/[a-z][a-z0-9_$()+-]*\/?(\?|#|$)/, why: 'creates a CouchDB database (an existing one is refused)' },
  // Round 30 (h30): the OCI distribution API's "complete an upload" (`PUT /v2/NAME/blobs/uploads/UUID?digest=sha256:…`): the
  // blob is stored under the digest of its own content, so nothing else can be replaced by it; Elasticsearch and
  // OpenSearch "Create or update an alias" (`PUT /INDEX/_alias/NAME`, `_aliases/NAME`) points one more name at the index,
  // whose documents stay.
  { url: /\/v2\/[^?#]+\/blobs\/uploads\/[^/?#]+\?(.*&)?digest=sha256(:|%3A)[0-9a-f]{64}(&|#|$)/i, why: 'completes a blob upload, stored under the digest of its own content' },
  { url: /^(https?:\/\/)?[^/]+\/[^/?#_.*,][^/?#*,]*\/_alias(es)?\/[^/?#*,_][^/?#*,]*\/?(\?|#|$)/, why: 'adds an alias to the index; its documents stay' },
  // RabbitMQ's management API "PUT /api/vhosts/NAME" creates the virtual host and, for one that exists, changes only its
  // description, tags or default queue type: its queues, exchanges and messages stay (round 20).
  { url: /^(https?:\/\/)?[^/]*(rabbit[^/]*|:15672)\/api\/vhosts\/[^/?#]+\/?(\?|#|$)/i, why: 'creates a RabbitMQ virtual host; an existing one keeps its queues and messages' },
  // The lead's answer 116 (round 23): an upload to an artefact repository (Nexus's `/repository/`, Artifactory's
  // `/artifactory/`) under a version (`web-2.14.0.tgz`, `app/2.14.0/`) or a date (`app-2026.12.05.zip`) is a new artefact by
  // convention (answer 43's stamp); `latest`, a SNAPSHOT or an unversioned name stay as they are.
  { url: /^(https?:\/\/)?[^/]+\/(?:[^?#]*\/)?(?:repository|artifactory|nexus)\/(?![^?#]*(?:latest|snapshot|current|stable))[^?#]*?[/_-]v?(?:\d+\.\d+\.\d+(?:-[\w.]+)?|(?:19|20)\d\d([-.]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01]))(?:[/._-][^?#]*)?$/i, why: 'uploads a new versioned or dated artefact to an artefact repository' },
];

/**
 * A dot segment (`/../`, `/./`, or one percent-encoded) moves the request elsewhere once the client or the server
 * normalises the path (curl does by default: `…/caches/../../` is the repository itself): no harmless reading holds.
 */
const DOT_SEGMENT = /\/\.\.?(\/|[?#]|$)|%2e/i;

/** Why a request to this URL loses nothing whatever its method, or null. */
export function harmlessUrl(url: string): string | null {
  if (DOT_SEGMENT.test(url)) return null;
  for (const r of HTTP_HARMLESS) if (r.url.test(url)) return r.why;
  return null;
}

/**
 * DELETEs that the API's own reference says keep what they remove, or that remove only what is rebuilt:
 * - a trash or recycle bin (also Zendesk and Freshdesk tickets, Asana tasks): Notion "Delete a block" ("sets archived: true", restorable from the trash), HubSpot CRM
 *   "Archive" (`DELETE /crm/v3/objects/TYPE/ID`: "move to the recycling bin"), Confluence v2 `pages`/`blogposts` ("moves to
 *   the trash"; `purge=true` deletes a trashed one for good, `draft=true` deletes an unpublished draft) and v1 `content`
 *   (trashed unless `status=trashed`), Salesforce sObject rows (to the Recycle Bin for 15 days);
 * - mutes: Datadog "Cancel a downtime" (`/api/v1|v2/downtime/ID`): monitors notify again;
 * - build output: GitLab job artifacts (`/projects/P/artifacts` deletes those "eligible for deletion", not kept ones;
 *   `/jobs/J/artifacts`); Docker Engine images (`/v1.NN/images/NAME`, as `docker rmi`: pulled or built again).
 */
const HARMLESS_DELETES: ReadonlyArray<{ url: RegExp; why: string }> = [
  // Round 38 (bl38): one content item of a CMS or shop deleted by its id (answer 53, as `wp post delete 123 --force`):
  // WordPress's REST API (`/wp-json/wp/v2/posts|pages|media|comments|categories|tags|blocks/ID`; posts and pages go to the
  // trash unless `force=true`), WooCommerce's products and coupons (`/wp-json/wc/v3/products/ID`), Ghost's Admin API
  // (`/ghost/api/admin/posts|pages|tags|snippets/ID/`), Magento's catalogue and CMS items (`/rest/V1/products/SKU`,
  // `cmsPage/ID`, `cmsBlock/ID`) and Frappe's documents (`/api/resource/DOCTYPE/NAME`). Not accounts (WordPress users,
  // Ghost members, Frappe's `User`), not Magento categories (their children go with them), not a collection.
  { url: /^https?:\/\/[^/?#]+(\/[^/?#]+)*\/wp-json\/(wp\/v2\/(posts|pages|media|comments|categories|tags|blocks|menu-items)|wc\/v3\/(products|coupons))\/\d+\/?(\?|#|$)|^https?:\/\/[^/?#]+(\/[^/?#]+)*\/ghost\/api\/admin\/(posts|pages|tags|snippets)\/[0-9a-f]{24}\/?(\?|#|$)|^https?:\/\/[^/?#]+\/rest\/(\w+\/)?V1\/(products\/[^/?#*,$%]+|cmsPage\/\d+|cmsBlock\/\d+)\/?(\?|#|$)|^https?:\/\/[^/?#]+\/api\/resource\/(?!User(\/|%20|$))[^/?#*,$]+\/[^/?#*,$]+\/?(\?|#|$)/, why: 'one content item, product or document of a CMS, deleted by its id (answer 53)' },
  // The lead's answers 101 and 156 (round 24, b24h): one object of a search index or one key of a key-value store, deleted by
  // its full id or name, is a narrowed delete (answer 53), as `DELETE … WHERE id = 42`: Elasticsearch/OpenSearch "Delete
  // API" (`DELETE /INDEX/_doc/ID`, one named index), Algolia "Delete a record" (`DELETE /1/indexes/INDEX/OBJECTID`; the
  // index's own sub-resources such as `clear`, `batch`, `settings`, and a dot segment, are not records) and Cloudflare Workers KV "Delete
  // key-value pair" (`…/storage/kv/namespaces/NS/values/KEY`) and Shopify "Delete a metafield" of one product
  // (`/admin/api/V/products/ID/metafields/ID.json`). A wildcard, a list, the index or namespace itself, a bulk
  // delete or a delete by query stay destructive.
  { url: /^(https?:\/\/)?[^/?#]+\/(?![_.])[^/?#*,]+\/_doc\/[^/?#*,$]+\/?(\?|#|$)|^https?:\/\/[^/?#]+\.algolia\.(net|io)\/1\/indexes\/[^/?#*,]+\/(?!(clear|batch|settings|synonyms|rules|deleteByQuery|query|queries|browse|operation|task|partial|keys|facets|objects|\.\.?)(\/|\?|#|$))[^/?#*,$]+\/?(\?|#|$)|^https?:\/\/api\.cloudflare\.com\/client\/v4\/accounts\/[^/?#]+\/storage\/kv\/namespaces\/[^/?#]+\/values\/[^/?#*$]+\/?(\?|#|$)|^https?:\/\/[^/?#]+\.myshopify\.com\/admin\/api\/[^/?#]+\/products\/\d+\/metafields\/\d+(\.json)?\/?(\?|#|$)/i, why: 'one document, record, key or product metafield deleted by its full id (the lead\'s answers 101 and 156): a narrowed delete' },
  // The lead's answers 160 and 173 (rounds 24, 25): one address taken off a mail provider's bounce list: SendGrid "Delete a
  // specific bounce" (`DELETE /v3/suppression/bounces/EMAIL`), Mailgun "Delete a single bounce" (`DELETE
  // /v3/DOMAIN/bounces/ADDRESS`, US or EU host). The list refills on the next bounce; the whole list (`delete_all`,
  // Mailgun's `/v3/DOMAIN/bounces` without an address) stays destructive.
  { url: /^https?:\/\/(api\.sendgrid\.com\/v3\/suppression|api\.(eu\.)?mailgun\.net\/v3\/[^/?#*,$%@]+)\/bounces\/[^/?#*,$%@]+(@|%40)[^/?#*,$%]+\/?(\?|#|$)/i, why: "one address off the bounce list, which refills on its next bounce (the lead's answers 160 and 173)" },
  // The lead's answer 408.4 (round 39): one NetBox or Nautobot record deleted by its id (`DELETE /api/dcim/devices/42/`,
  // a Nautobot UUID) is narrowed (answer 53), though NetBox is the network's source of truth. Records that hold no others
  // only (not a site, region, rack, tenant or type, whose deletion takes what is in them along, as
  // Magento's categories above); a bulk delete (the list path with a body) or a filtered one stays destructive.
  { url: /^https?:\/\/[^/?#]+(\/[^/?#]+)*\/api\/(dcim\/(devices|interfaces|cables|console-ports|console-server-ports|power-ports|power-outlets|front-ports|rear-ports|inventory-items|modules)|ipam\/(ip-addresses|prefixes|ip-ranges|vlans|services|fhrp-groups)|circuits\/(circuits|circuit-terminations)|virtualization\/(virtual-machines|interfaces|virtual-disks)|wireless\/wireless-links)\/(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?(\?|#|$)/i, why: 'one NetBox or Nautobot record deleted by its id (the lead\'s answer 408.4): a narrowed delete' },
  // Access narrowed (round 24, b24h): GitHub "Remove a repository collaborator" (`DELETE /repos/O/R/collaborators/USER`)
  // and Auth0 "Remove roles from a user" (`DELETE /api/v2/users/ID/roles`): one person loses access the same API gives
  // back; neither API has roles or collaborators that deny, so taking one away opens nothing. Nothing stored is lost.
  { url: /^https?:\/\/(api\.github\.com|[^/?#]+\/api\/v3)\/repos\/[^/?#]+\/[^/?#]+\/collaborators\/[^/?#*$]+\/?(\?|#|$)|^https?:\/\/[^/?#]+\.auth0\.com\/api\/v2\/users\/[^/?#]+\/roles\/?(\?|#|$)/i, why: "one person's access narrowed: a collaborator or a user's roles removed" },
  { url: /^https?:\/\/api\.notion\.com\/v1\/blocks\/[^/?#]+\/?(\?|$)|^https?:\/\/api\.hubapi\.com\/crm\/v3\/objects\/[^/?#]+\/[^/?#]+\/?(\?|$)/, why: 'moves it to the trash, where it can be restored' },
  { url: /\/wiki\/api\/v2\/(pages|blogposts)\/\d+\/?(\?(?![^#]*\bpurge=true)[^#]*)?$|\/wiki\/rest\/api\/content\/\d+\/?(\?(?![^#]*\bstatus=trashed)[^#]*)?$/, why: 'Confluence moves the page to the space trash (or deletes an unpublished draft)' },
  { url: /\/services\/data\/v\d+\.\d+\/sobjects\/[A-Za-z0-9_]+\/[A-Za-z0-9]{15,18}\/?(\?|$)/, why: 'Salesforce moves the record to the Recycle Bin' },
  // Zendesk "Delete ticket" (`/api/v2/tickets/ID`) soft-deletes one ticket: it stays in "Deleted tickets" for 30 days and
  // `deleted_tickets/ID/restore` brings it back (`/api/v2/deleted_tickets/…` deletes for good; the bulk `destroy_many` is
  // labelled destructive in blind8-saas and stays so). Freshdesk's ticket delete is restorable the same way (`PUT /api/v2/tickets/ID/restore`).
  { url: /^https?:\/\/[^/]+\.(zendesk|freshdesk)\.com\/api\/v2\/tickets\/\d+(\.json)?\/?(\?|$)/, why: 'the ticket is soft-deleted and can be restored for 30 days' },
  // Asana "Delete a task" (`DELETE /api/1.0/tasks/GID`): "the task is moved to the trash of the user making the delete
  // request" and can be recovered from there for 30 days.
  { url: /^https?:\/\/app\.asana\.com\/api\/1\.0\/tasks\/\d+\/?(\?|$)/, why: 'Asana moves the task to the trash, where it can be recovered' },
  // Microsoft Graph "Delete message" (`DELETE /me/messages/ID`, `/users/U/messages/ID`, also under `mailFolders/F/`): the
  // message moves to Deleted Items, as the MCP mail tools (mcp.ts); `permanentDelete` is a POST action and stays destructive.
  // Contentful "Unarchive an entry" and "Unpublish an entry" (`DELETE …/entries|assets/ID/archived|published`): the entry
  // stays, back in the editor or out of delivery until it is published again.
  { url: /^https?:\/\/api\.contentful\.com\/spaces\/[^?#]+\/(entries|assets)\/[^/?#]+\/(archived|published)\/?(\?|$)/i, why: 'unarchives or unpublishes the entry; the entry stays' },
  // Unleash "Archive a feature flag" is `DELETE /api/admin/projects/P/features/NAME` (also the older
  // `/api/admin/features/NAME`): the flag moves to the archive, where it can be revived; `DELETE /api/admin/archive/NAME`
  // deletes an archived flag for good and stays destructive.
  { url: /\/api\/admin\/(projects\/[^/?#]+\/)?features\/[^/?#]+\/?(\?|$)/, why: 'Unleash archives the feature flag, where it can be revived' },
  // The lead's answer 341 (round 32): an Unleash rollout strategy removed in an environment named for development (`DELETE
  // …/features/F/environments/development/strategies/ID`): the flag's configuration for development only, written again.
  { url: /^https?:\/\/[^/?#]+\/api\/admin\/projects\/[^/?#]+\/features\/[^/?#]+\/environments\/(dev|development|local|test)\/strategies\/[\w-]+\/?(\?|#|$)/i, why: "a feature flag's rollout strategy in a development environment" },
  { url: /^https?:\/\/graph\.microsoft\.com\/(v1\.0|beta)\/(me|users\/[^/?#]+)\/(mailFolders\/[^/?#]+\/)?messages\/[^/?#]+\/?(\?|$)/i, why: 'Graph moves the message to Deleted Items, where it can be restored' },
  { url: /^https?:\/\/api\.([a-z0-9]+\.)?datadoghq\.[a-z.]+\/api\/v[12]\/downtime\/[^/?#]+\/?(\?|$)/, why: 'cancels a downtime; monitors notify again' },
  // Round 23 (b23h), each API's reference: PagerDuty "Delete or end a maintenance window" (`DELETE /maintenance_windows/ID`:
  // its services open incidents again) and "Delete an override" (`…/schedules/S/overrides/O`: the schedule's own rotation
  // is on call again), as a Datadog downtime cancelled.
  { url: /^https?:\/\/api\.(eu\.)?pagerduty\.com\/(maintenance_windows\/[A-Z0-9]+|schedules\/[A-Z0-9]+\/overrides\/[A-Z0-9]+)\/?(\?|#|$)/, why: 'ends a maintenance window or an on-call override: alerting and the rotation are back' },
  // Round 29 (h29): Opsgenie "Delete Maintenance" (`DELETE /v1/maintenance/ID`): its integrations and policies are on again.
  { url: /^https?:\/\/api\.(eu\.)?opsgenie\.com\/v1\/maintenance\/[0-9a-f-]+\/?(\?|#|$)/i, why: 'ends a maintenance: alerting is on again' },
  // Round 23 (b23h): GitHub "Mark a thread as done" (`DELETE /notifications/threads/ID`) and "Unlock an issue" (`DELETE
  // /repos/O/R/issues/N/lock`): the notification and the issue stay.
  { url: /^https?:\/\/(api\.github\.com|[^/]+\/api\/v3)\/(notifications\/threads\/\d+|repos\/[^/?#]+\/[^/?#]+\/issues\/\d+\/lock)\/?(\?|#|$)/i, why: 'marks a notification done or unlocks an issue; both stay' },
  // Round 23 (b23h): build artefacts. Sentry "Delete a release's file" (`…/releases/VERSION/files/ID/`: a source map or
  // bundle the build uploads again); GitLab "Delete registry repository tags in bulk" with `keep_n` of one or more (the
  // newest N tags stay: a keep-recent rule, answers 79 and 91); GitLab "Delete multiple stopped review apps"
  // (`…/environments/review_apps`: stopped review apps only, and a dry run unless `dry_run=false`, answer 95).
  { url: /^https?:\/\/[^/?#]*sentry[^/?#]*\/api\/0\/(projects|organizations)\/[^?#]+\/releases\/[^/?#]+\/files\/\d+\/?(\?|#|$)/i, why: "a release's uploaded source map or bundle; the build uploads it again" },
  { url: /\/api\/v4\/projects\/[^/?#]+\/registry\/repositories\/\d+\/tags\?(?=[^#]*\bkeep_n=[1-9])[^#]*$/, why: 'a registry cleanup that keeps the newest tags (`keep_n`)' },
  { url: /\/api\/v4\/projects\/[^/?#]+\/environments\/review_apps\/?(\?|#|$)/, why: 'stopped review-app environments only (a dry run unless `dry_run=false`)' },
  // Round 23 (b23h): a queue's or CI system's finished jobs as a collection (`DELETE /api/jobs/completed`, `/runs/finished`):
  // records of work done, as finished Kubernetes Jobs and CI runs are (the written rule's "finished jobs").
  { url: /\/(jobs|runs|builds)\/(completed|finished|succeeded)\/?(\?|#|$)/i, why: "finished jobs' records; the work they did stays" },
  { url: /\/api\/v4\/projects\/[^/?#]+\/(jobs\/\d+\/)?artifacts\/?(\?|$)/, why: 'job artifacts, rebuilt by running the job again' },
  // A CI run's record (GitHub "Delete a workflow run" and "Delete workflow run logs", `/repos/O/R/actions/runs/ID[/logs]`;
  // GitLab "Delete a pipeline", `/projects/P/pipelines/ID`): disposable whatever its state, the lead's decision (round 15);
  // the workflow or pipeline definition stays and runs again. Round 18 (p18): the id an xargs pipeline fills in (`… -q
  // '.[].databaseId' | xargs -I{} gh api -X DELETE repos/O/R/actions/runs/{}`) still names a run of that path.
  { url: /\/repos\/[^/?#]+\/[^/?#]+\/actions\/runs\/(\d+|\*)(\/logs)?\/?(\?|$)|\/api\/v4\/projects\/[^/?#]+\/pipelines\/(\d+|\*)\/?(\?|$)/, why: 'a CI run\'s record or logs; the workflow stays and runs again' },
  // GitHub "Delete a deployment" (`/repos/O/R/deployments/ID`): the record of one deployment, which GitHub deletes only when
  // it is inactive (or the repository's only one); the environment and what runs there are untouched.
  { url: /^https?:\/\/(api\.github\.com|[^/]+\/api\/v3)\/repos\/[^/?#]+\/[^/?#]+\/deployments\/\d+\/?(\?|#|$)/i, why: "a deployment's record on GitHub; the environment and what runs there stay" },
  // Okta "Clear user sessions" (`DELETE /api/v1/users/ID/sessions`): the user signs in again; nothing stored is lost (the
  // lead's decision, round 15: ending one user's sessions is a logout). Auth0 "Delete sessions for user" (`DELETE
  // /api/v2/users/ID/sessions`, round 29) is the same logout (decision 24).
  { url: /\/api\/v[12]\/users\/[^/?#]+\/sessions\/?(\?(?![^#]*\boauthTokens=true\b)[^#]*)?$/, why: 'ends one user\'s sessions (a logout); they sign in again' },
  { url: /\/v1\.\d+\/images\/[^?#]+(\?|$)/, why: 'a container image, pulled or built again (as `docker rmi`)' },
  // Jira "Delete project" with `enableUndo=true`: "placed in the Jira recycle bin where it will be available for
  // restoration" (`enableUndo=false` deletes for good, and stays destructive).
  { url: /\/rest\/api\/(2|3|latest)\/project\/[^/?#]+\/?\?([^#]*&)?enableUndo=true(&|#|$)/, why: 'Jira places the project in its recycle bin, where it can be restored' },
  // GitLab "Delete merged branches" (`DELETE /projects/ID/repository/merged_branches`): only branches merged into the
  // default branch go, protected ones stay; every commit they held is in the default branch.
  { url: /\/api\/v4\/projects\/[^/?#]+\/repository\/merged_branches\/?(\?|$)/, why: 'deletes only branches merged into the default branch: their commits are kept there' },
  // The Docker Engine API's "Remove a container" without `force` (a running container is refused) and without `v`
  // (its anonymous volumes stay): a stopped container, as `docker rm NAME` in the shell model.
  // Local mail catchers for development (Mailpit and MailHog, web UI and API on port 8025: `DELETE /api/v1/messages`
  // empties the captured test mail, `/api/v1/messages/ID` one message): what they hold is mail the app under test sent
  // them, captured so that nothing reaches a real inbox, and sent again by running the tests.
  { url: /^https?:\/\/((localhost|127\.0\.0\.1|\[::1\]):8025|(mailpit|mailhog)(:\d+)?)\/api\/v1\/messages(\/[^/?#]+)?\/?(\?|$)/i, why: 'test mail a local mail catcher (Mailpit, MailHog) captured from the app under test' },
  { url: /^https?:\/\/([^/?#]*(docker|localhost|127\.0\.0\.1)[^/?#]*|[^/?#]+:237[56])(\/v1\.\d+)?\/containers\/[^/?#]+\/?(\?(?![^#]*\b(force|v)=(1|true)\b)[^#]*)?$/i, why: 'removes a stopped container and keeps its volumes (as `docker rm`)' },  // One record of a self-hosted tool that holds no data of its own (round 19, each tool's HTTP API reference): a Grafana
  // annotation by id (`/api/annotations/ID`: a note on a graph), one Airflow DAG run's record (`/api/v1/dags/D/dagRuns/RUN`:
  // the DAG stays and schedules again, as a CI run's record), one tag of a Harbor artifact (`…/artifacts/REF/tags/NAME`:
  // the artifact stays under its digest), a pending Loki log deletion cancelled (`DELETE /loki/api/v1/delete?request_id=`),
  // and a RabbitMQ queue deleted with `if-empty=true` (the broker refuses when a message is waiting).
  { url: /\/api\/annotations\/\d+\/?(\?|#|$)/, why: 'one Grafana annotation, a note on a graph' },
  { url: /\/api\/v\d\/dags\/[^/?#]+\/dag_?[Rr]uns\/[^/?#~]+\/?(\?|#|$)/, why: "one Airflow DAG run's record; the DAG stays and runs again" },
  // Only a CI run's, a pull request's or a commit's tag (`ci-88213`, `build-4412`, `pr-1290`, `sha-4e1c9a7`, `main-4e1c9a7`):
  // release tags (`v2.14.0`) and release candidates (`rc1`, `v3.0.0-rc.1`), and the moving tags deployments pull by
  // (`latest`, `stable`, `latest-rc`), are what installs fetch: deleting one is destructive (the lead's answers 134 and
  // 177), as is a tag with a production or staging part.
  { url: /\/api\/v2\.0\/projects\/[^/?#]+\/repositories\/[^?#]+\/artifacts\/[^/?#]+\/tags\/(?![^/?#]*(prod|prd|live|stag|stg|release|stable|latest))(?:[a-z0-9._-]*-)?(?:(?:pr|mr)-?\d{1,6}(?:-[a-z0-9._-]*)?|(?:ci|e2e|build|run|pipeline|job)[-_.]?\d{2,}(?:-[0-9a-f]{7,40})?|\d{3,}|(?:sha-|git-|commit-)?[0-9a-f]{7,40})\/?(\?|#|$)/i, why: "one CI run's, pull request's or commit's tag of a Harbor artifact; the artifact stays under its digest" },
  { url: /\/loki\/api\/v1\/delete\?(.*&)?request_id=[^&#]+/, why: 'cancels a pending Loki log deletion' },
  { url: /\/api\/queues\/[^/?#]+\/[^/?#]+\/?\?(.*&)?if-empty=true(&|#|$)/, why: 'RabbitMQ deletes the queue only when it holds no message' },
  // The lead's answer 69 (round 19): a dispatched child of a Nomad parameterized job (`/v1/job/PARENT%2Fdispatch-…`, one
  // run; the parent stays and dispatches again), and Consul KV scratch keys: a lock under `locks/` and a CI run's prefix
  // `ci/run-N`. No `..` or encoded dot, which would name another key.
  { url: /^https?:\/\/[^/?#]*(nomad[^/?#]*|:4646)\/v1\/job\/[\w.-]+(\/|%2F)dispatch-[\w-]+\/?(\?|#|$)/i, why: "a dispatched child of a parameterized Nomad job, one run's record; the parent job stays" },
  { url: /^https?:\/\/[^/?#]*(consul[^/?#]*|:8500)\/v1\/kv\/(?![^?#]*(\.\.|%2e))(locks\/[^/?#]+(\/[^?#]*)?|ci\/run-\d+(\/[^?#]*)?)(\?|#|$)/i, why: "a Consul KV lock or a CI run's scratch keys" },
  // Round 20 (b20h), each API's reference: a soft delete that the same API undoes, or a search context that holds no data.
  // Schema Registry "Delete subject" and "Delete schema version" without `permanent=true` are soft deletes: the schemas stay
  // (listed with `?deleted=true`) and register again under their ids; `permanent=true` is the hard delete.
  { url: /^https?:\/\/[^/?#]*(schema-?registry[^/?#]*|:8081|confluent\.cloud)\/subjects\/[^/?#]+(\/versions\/[^/?#]+)?\/?(\?(?![^#]*\bpermanent=true\b)[^#]*)?$/i, why: 'a Schema Registry soft delete: the schemas stay and can be registered again (`permanent=true` would delete them)' },
  // Mattermost "Delete a channel" (`DELETE /api/v4/channels/ID`) archives it ("the channel can be restored",
  // `POST …/restore`); `permanent=true` deletes it for good. Its ids are 26 lowercase letters and digits.
  { url: /\/api\/v4\/channels\/[a-z0-9]{26}\/?(\?(?![^#]*\bpermanent=true\b)[^#]*)?$/i, why: 'Mattermost archives the channel; it can be restored' },
  // Argo CD "Delete an application" with `cascade=false`: only the Application object goes; every resource it managed
  // keeps running (non-cascading delete). Any other `cascade` value beside it, or a propagation policy, is read as a cascade.
  { url: /\/api\/v1\/applications\/[^/?#]+\?(?![^#]*\bpropagationPolicy=)(?![^#]*\bcascade=(?!false(&|#|$)))([^#]*&)?cascade=false(&|#|$)/, why: 'a non-cascading Argo CD delete: the resources the application managed keep running' },
  // Elasticsearch and OpenSearch search contexts: a scroll (`DELETE /_search/scroll`), a point in time (`/_pit`,
  // OpenSearch `/_search/point_in_time`) and an async search's stored result (`/_async_search/ID`) hold no data of their own.
  { url: /^https?:\/\/[^/?#]+\/(?![^?#]*(%2[ef]|\/\.))(_search\/scroll(\/[^/?#]+)?|_pit|_search\/point_in_time(\/_all)?|_async_search\/[^/?#,*]+)\/?(\?|#|$)/, why: 'a search context (scroll, point in time or async search result); the indices stay' },
];

/** The role-mapping APIs of OpenSearch's security plugin (and Open Distro's) and of Elasticsearch security. */
const ROLE_MAPPING_URL = /\/_(plugins|opendistro)\/_security\/api\/rolesmapping(\/|\?|$)|\/_security\/role_mapping\//;
/** `"users": ["*"]`, `"backend_roles": "*"`, a rule `"username": "*"`, or a JSON Patch adding `*` under `…/users`. */
const EVERY_USER_IN_MAPPING = /"(users|backend_roles|hosts|username)"\s*:\s*\[?\s*("[^"]*"\s*,\s*)*"\*"|"path"\s*:\s*"[^"]*\/(users|backend_roles)[^"]*"\s*,\s*"value"\s*:\s*\[?\s*("[^"]*"\s*,\s*)*"\*"/;

/**
 * A role mapping that puts every user in the role (OpenSearch security plugin's `rolesmapping`, Elasticsearch's
 * `role_mapping` rules): the role's access is opened to everyone, as `"Principal": "*"` is. A body the input does not
 * show is judged by the PUT rule (replaced with unseen content).
 */
function roleMappedToEveryone(url: string, body: JsonValue | undefined): boolean {
  if (!ROLE_MAPPING_URL.test(url) || body === undefined) return false;
  return EVERY_USER_IN_MAPPING.test(typeof body === 'string' ? body : JSON.stringify(body));
}

/**
 * A delete of stored series or logs (Prometheus `…/admin/tsdb/delete_series`, Loki `/loki/api/v1/delete`) limited to an
 * hour or less of one selector naming a test or load-test job (`{job="k6-loadtest"}`, `test_dummy_metric_total`): narrowed
 * test data (the lead's answer 69). An open window, a second selector, a regex or negated matcher delete more.
 */
const SERIES_DELETE = /\/(api\/v1\/admin\/tsdb\/delete_series|loki\/api\/v1\/delete)\?/;
const ONE_SERIES_SELECTOR = /^(?:([a-zA-Z_:][\w:]*)|([a-zA-Z_:][\w:]*)?\{\s*\w+\s*=\s*"([^"]*)"\s*\})$/;
const AN_HOUR = 3600;
function narrowTestSeriesDelete(url: string): boolean {
  if (!SERIES_DELETE.test(url)) return false;
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1).replace(/#.*$/, ''));
  const selectors = [...params.getAll('match[]'), ...params.getAll('query')];
  const m = selectors.length === 1 ? ONE_SERIES_SELECTOR.exec(selectors[0]!.trim()) : null;
  if (!m || !namesTestData(m[1] ?? m[3]!)) return false;
  const start = instant(params.get('start'));
  const end = instant(params.get('end'));
  return start !== null && end !== null && end > start && end - start <= AN_HOUR;
}
/**
 * The same for InfluxDB 2's delete API (`POST /api/v2/delete?org=O&bucket=B`, body `{start, stop, predicate}`): an hour or
 * less, with a predicate of `key="value"` pairs joined by AND (the only form the API accepts), where the bucket or a
 * predicate value names test or load-test data (`bucket=ci-loadtest`, `run="e2e-4411"`). No predicate deletes every series
 * of the bucket in the window; a bucket and values that name no test data are kept (the lead's answer 69).
 */
const INFLUX_DELETE = /\/api\/v2\/delete\/?\?/;
const INFLUX_PAIR = /^\s*([A-Za-z_][\w.-]*)\s*=\s*"([^"]*)"\s*$/;
function narrowInfluxTestDelete(url: string, body: JsonValue | undefined): boolean {
  if (!INFLUX_DELETE.test(url)) return false;
  const parsed = typeof body === 'string' ? parseJson(body) : body;
  if (!isJsonObject(parsed) || typeof parsed.predicate !== 'string' || typeof parsed.start !== 'string' || typeof parsed.stop !== 'string') return false;
  const pairs = parsed.predicate.split(/\s+AND\s+/i).map((p) => INFLUX_PAIR.exec(p));
  if (pairs.length === 0 || pairs.some((p) => p === null)) return false;
  const start = instant(parsed.start);
  const stop = instant(parsed.stop);
  if (start === null || stop === null || stop <= start || stop - start > AN_HOUR) return false;
  const bucket = queryParams(url).get('bucket') ?? '';
  return namesTestData(bucket) || pairs.some((p) => namesTestData(p![2]!));
}
/** A Prometheus or Loki time parameter (Unix seconds, or RFC 3339) in seconds, or null. */
function instant(v: string | null): number | null {
  if (v === null) return null;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  const ms = /^\d{4}-\d\d-\d\dT/.test(v) ? Date.parse(v) : NaN;
  return Number.isNaN(ms) ? null : ms / 1000;
}

/**
 * A delete by query narrowed to the documents it names, as `DELETE … WHERE id = 8812` (docs/classify.md, "SQL by effect"):
 * an Elasticsearch/OpenSearch `_delete_by_query` (or an `_update_by_query` whose script deletes) whose query is a `term`
 * or `terms` on an id field, or an `ids` query. Anything broader (`match_all`, a range, a match) deletes every match.
 */
function narrowedToIds(body: JsonValue | undefined): boolean {
  if (!isJsonObject(body) || !isJsonObject(body.query)) return false;
  const entries = Object.entries(body.query);
  if (entries.length !== 1) return false;
  const [kind, q] = entries[0]!;
  if (!isJsonObject(q)) return false;
  if (kind === 'ids') return Array.isArray(q.values) && q.values.length > 0;
  const fields = Object.entries(q).filter(([k]) => k !== 'boost');
  if (fields.length !== 1 || !/^(_id|id|[\w.]*[._]id)$/i.test(fields[0]![0])) return false;
  const v = fields[0]![1];
  const scalar = (x: JsonValue | undefined) => typeof x === 'string' || typeof x === 'number';
  if (kind === 'term') return scalar(v) || (isJsonObject(v) && scalar(v.value));
  if (kind === 'terms') return Array.isArray(v) && v.length > 0 && v.every(scalar);
  return false;
}
const DELETE_BY_QUERY = /\/_delete_by_query\/?(\?|#|$)/;

/**
 * A `_delete_by_query` outside production (a server on this machine or named as dev or staging) of test data: every index
 * it names is named as test or scratch data (`scratch-events`), or its one query is a `term` or `match` on a field whose
 * value names a test, load-test, scratch or e2e tenant (`{"term": {"tenant": "loadtest-42"}}`). Why, or null.
 */
function disposableSearchDelete(given: string, body: JsonValue | undefined, inventory: Inventory): string | null {
  // curl takes a URL without a scheme as http (`curl localhost:9200/…`).
  const url = /^[a-z][\w+.-]*:\/\//i.test(given) ? given : `http://${given}`;
  const host = urlHost(url);
  if (host === null) return null;
  const environment = resolveEnvironment(inventory, [{ kind: 'urls', value: url }, { kind: 'names', value: host }]);
  if (environment === 'production' || (environment === null && !/^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i.test(host))) return null;
  const indices = /^[a-z][\w+.-]*:\/\/[^/]+\/([^/?#]+)\/_delete_by_query/i.exec(url)?.[1];
  // An index whose name does not decode (`scratch-%zz`) is not read as test data.
  const testIndex = (i: string): boolean => {
    const name = percentDecodedOrNull(i);
    return !/[*]/.test(i) && name !== null && namesTestData(name);
  };
  if (indices !== undefined && indices.split(',').every(testIndex)) return `the index \`${indices}\` is named as test or scratch data, outside production`;
  if (!isJsonObject(body) || !isJsonObject(body.query)) return null;
  const entries = Object.entries(body.query);
  if (entries.length !== 1 || !/^(term|match|match_phrase)$/.test(entries[0]![0]) || !isJsonObject(entries[0]![1])) return null;
  const fields = Object.entries(entries[0]![1] as JsonObject);
  if (fields.length !== 1) return null;
  const v = fields[0]![1];
  const value = typeof v === 'string' ? v : isJsonObject(v) && typeof (v.value ?? v.query) === 'string' ? String(v.value ?? v.query) : null;
  return value !== null && namesTestData(value) ? `only the documents of \`${value}\`, named as test data, outside production` : null;
}
/**
 * A `_delete_by_query` that expires old records of log, event, audit or session indices (the lead's decision 22, round
 * 17): every index the path names is one (`app-logs-*`, `sessions`; not `*`), and the whole query is one `range` on one
 * field with only an upper bound (`lt`/`lte`) in date math at least 30 days back (`now-30d`, `now-3M`). Why, or null.
 */
function retentionSearchDelete(url: string, body: JsonValue | undefined): string | null {
  const indices = /^(?:[a-z][\w+.-]*:\/\/)?[^/]+\/([^/?#]+)\/_delete_by_query/i.exec(url)?.[1];
  if (indices === undefined) return null;
  // An index list that does not decode is no retention index's name (a lenient server may decode `%2C` and not `%zz`).
  const names = percentDecodedOrNull(indices)?.split(',') ?? [''];
  if (!names.every((i) => /[a-z]/i.test(i.replace(/\*/g, '')) && isRetentionTable(i.replace(/[-_]?\*$/, '')))) return null;
  if (!isJsonObject(body) || !isJsonObject(body.query) || Object.keys(body).some((k) => k !== 'query') || Object.keys(body.query).length !== 1) return null;
  const range = body.query.range;
  if (!isJsonObject(range) || Object.keys(range).length !== 1) return null;
  const bound = Object.values(range)[0];
  if (!isJsonObject(bound) || Object.keys(bound).some((k) => !/^(lt|lte|format|time_zone)$/.test(k))) return null;
  const upper = bound.lt ?? bound.lte;
  if (typeof upper !== 'string' || !/^now-\d+[dwMy](\/[dwMy])?$/.test(upper)) return null;
  const cut = cutoffDays(upper);
  return typeof cut === 'number' && cut >= 30 ? `expires records of \`${indices}\` older than ${upper.slice(4)}: a retention of 30 days or more` : null;
}
/** A painless script that deletes the documents it runs on (`ctx.op = 'delete'` in `_update_by_query`, `_reindex`, `_update`). */
const SCRIPT_DELETES = /\bctx\.op\s*=\s*['"]delete['"]/;
function scriptDeletes(url: string, body: JsonValue | undefined): boolean {
  if (!/\/(_update_by_query|_reindex|_update\/[^/?#]+)\/?(\?|#|$)/.test(url) || !isJsonObject(body)) return false;
  const script = body.script;
  const source = typeof script === 'string' ? script : isJsonObject(script) && typeof script.source === 'string' ? script.source : '';
  return SCRIPT_DELETES.test(source) && !narrowedToIds(body);
}

/**
 * PostgREST updates the rows its filters select and, without one, every row, as `UPDATE t SET …` with no `WHERE`:
 * a PATCH to Supabase's `/rest/v1/TABLE` with no filter parameter (only `select`, `order`, `limit`, `columns`…).
 */
/**
 * Round 27 (h27), as SQL's `UPDATE t SET role = 'admin'` (sql.ts `privilegeRaised`, whatever its WHERE): a PostgREST
 * PATCH whose body sets a role column to an administrator's role or an administrator flag on gives the rows its filters
 * select an administrator's rights. The column, or null.
 */
function postgrestPrivilegeRaised(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method !== 'PATCH' || !/^https?:\/\/[^/]+\/rest\/v1\/[^/?#]+\/?(\?|#|$)/.test(url) || !isJsonObject(body)) return null;
  for (const [k, v] of Object.entries(body)) if ((typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') && privilegeRaised(k, String(v))) return k;
  return null;
}
function postgrestUpdatesAll(method: string, url: string): boolean {
  if (method !== 'PATCH' || !/^https?:\/\/[^/]+\/rest\/v1\/[^/?#]+\/?(\?|#|$)/.test(url)) return false;
  return [...queryParams(url).keys()].every((k) => /^(select|order|limit|offset|columns|on_conflict)$/.test(k));
}

/**
 * An object uploaded to S3 or an S3-compatible store through a presigned URL (`X-Amz-Signature` in the query, a key in
 * the path, no bucket subresource such as `?versioning` or `?lifecycle`): a PUT Object, as `aws s3 cp FILE s3://B/K`, not
 * a replacement of a resource with unseen content.
 */
const PRESIGNED_SUBRESOURCE = /[?&](versioning|lifecycle|policy|acl|cors|tagging|encryption|replication|website|logging|notification|object-lock|publicAccessBlock|ownershipControls|retention|legal-hold|delete)(=|&|#|$)/i;
function presignedObjectUpload(url: string): boolean {
  if (!/[?&]X-Amz-Signature=/i.test(url) || PRESIGNED_SUBRESOURCE.test(url)) return false;
  const m = /^https?:\/\/([^/?#]+)(\/[^?#]*)/.exec(url);
  if (!m) return false;
  const segments = m[2]!.split('/').filter(Boolean);
  // Virtual-hosted style names the bucket in the host (`B.s3.REGION.amazonaws.com/KEY`); path style in the first segment.
  return /^[^.]+\.s3[.-]/i.test(m[1]!) ? segments.length >= 1 : segments.length >= 2;
}

/**
 * A database branch by its service's API: PlanetScale `DELETE /v1/organizations/O/databases/D/branches/NAME`, Neon
 * `DELETE /api/v2/projects/P/branches/ID`, Supabase `DELETE /v1/branches/ID` (api.supabase.com).
 */
const DATABASE_BRANCH_URL = /^https?:\/\/(?:api\.planetscale\.com\/v1\/organizations\/[^/?#]+\/databases\/[^/?#]+|console\.neon\.tech\/api\/v2\/projects\/[^/?#]+|api\.supabase\.com\/v1)\/branches\/([^/?#]+)\/?(?:[?#]|$)/i;
/**
 * Round 30 (h30): Nexus Repository "Delete a single component" and "Delete a single asset" (`DELETE
 * /service/rest/v1/components|assets/ID`) name the repository inside the id, `REPOSITORY:…` in base64url
 * (`bWF2ZW4tc25hcHNob3Rz…` is `maven-snapshots:…`). A repository named for snapshots by a whole word holds what each
 * build publishes again (a `-SNAPSHOT` version is overwritten by design); a release, proxy or other repository stays
 * judged as any delete. The repository's name, or null.
 */
const NEXUS_ITEM_URL = /^https?:\/\/[^/?#]+\/(?:[^?#]*\/)?service\/rest\/v1\/(?:components|assets)\/([A-Za-z0-9_-]{8,})\/?(?:[?#]|$)/;
function nexusSnapshotItem(url: string): string | null {
  const id = NEXUS_ITEM_URL.exec(url)?.[1];
  if (id === undefined) return null;
  const repository = /^([\w.-]+):/.exec(Buffer.from(id, 'base64url').toString('utf8'))?.[1];
  return repository !== undefined && repository.toLowerCase().split(/[-_.]/).some((w) => /^snapshots?$/.test(w)) && heuristicEnvironment(repository) !== 'production' ? repository : null;
}
/** Why this DELETE loses nothing, or null; shared by shell HTTP clients. */
export function harmlessHttpDelete(url: string): string | null {
  if (DOT_SEGMENT.test(url)) return null;
  // A security workflow removed by a commit is a safeguard removed, not a file edit (access-widened.ts).
  if (securityWorkflowRemoved('DELETE', url, undefined)) return null;
  const why = harmlessUrl(url) ?? HARMLESS_DELETES.find((r) => r.url.test(url))?.why ?? expiredSweep(url);
  if (why) return why;
  if (applicationCacheRoute(url)) return "an application's cache, which it fills again (the lead's answer 158)";
  // An application's upload under a temporary key (round 23, b23h: `…/uploads/tmp/upload-7f3a.part`), as an object store's
  // temporary object (isTemporaryObjectKey): a staged or unfinished upload.
  const upload = /\/uploads?\/([^?#]+?)\/?(\?|#|$)/i.exec(url)?.[1];
  if (upload !== undefined && !/%2e|%2f/i.test(upload) && isTemporaryObjectKey(upload)) return `\`${upload}\` is a temporary upload`;
  // Round 30 (h30): an object-store object or an artefact repository's file (objectStoreKey) under a pull request's or CI
  // run's own folder (`generic-local/ci/run-88123/bundle.zip`, `acme-ci-artifacts/runs/8812/…`) or a temporary area's run
  // folder, read as `aws s3 rm` and `jf rt`'s object-store twin read a prefix (object-prefixes.ts disposablePrefix), so the
  // HTTP door is no stricter than the CLI's. A host naming production refuses it, as a production bucket does; a query
  // (`?versionId=`: one version for good) is not a plain object.
  const snapshot = nexusSnapshotItem(url);
  if (snapshot) return `one component or asset of \`${snapshot}\`, a snapshot repository the next build publishes to again`;
  const object = url.includes('?') ? null : objectStoreKey(url);
  const runs = object ? disposablePrefix(`s3://${object.bucket}/${object.key}`, urlHost(url) ?? null) : null;
  if (runs) return runs;
  // One CI variable removed whose name says no secret, database, cache or broker (the lead's answers 130 and 262, round
  // 29): `DELETE …/variables/LOG_LEVEL`, as `heroku config:unset LOG_LEVEL`; a secret's name stays destructive.
  const variable = ciVariableName(url);
  if (variable !== undefined && namesPlainSetting(variable)) return `\`${variable}\` is a CI variable whose name says no secret (the lead's answers 130 and 262)`;
  // A feature branch deleted on GitHub or GitLab (the lead's decision 30, round 17), as `git push --delete` of it.
  const branch = gitHostBranchDeleted(url);
  if (isFeatureBranch(branch)) return `\`${branch}\` is a feature branch: its commits stay in its pull request or a clone`;
  // A database branch deleted through its service's API (the lead's decision 40, round 18), unless long-lived by its name.
  const dbBranch = DATABASE_BRANCH_URL.exec(url)?.[1];
  if (dbBranch !== undefined && isDisposableDatabaseBranch(dbBranch)) return `\`${dbBranch}\` is a database branch, a copy made to work on`;
  if (POSTGREST_NARROWED.test(url) && !/[?&](or|and|not)=/.test(url) && !postgrestTenantWipe(url)) return 'a PostgREST delete narrowed to the rows it names';
  const kube = KUBE_OBJECT_URL.exec(url) ?? KUBE_CLUSTER_OBJECT_URL.exec(url);
  if (kube) {
    const disposable = disposableKubeObject(kube[2]!, kube[3]!);
    if (disposable) return `this object is disposable: ${disposable}`;
  }
  const collection = KUBE_COLLECTION_URL.exec(url);
  if (collection && !FORCED_KUBE_DELETE.test(url)) {
    const fieldSelector = new URLSearchParams(/\?([^#]*)/.exec(url)?.[1] ?? '').get('fieldSelector') ?? undefined;
    const disposable = disposableKubeCollection(collection[2]!, /[?&]labelSelector=/.test(url) && fieldSelector === undefined, fieldSelector);
    if (disposable) return `these objects are disposable: ${disposable}`;
  }
  const argo = argoCdResourceDeleted(url);
  if (argo) return argo;
  // An object that holds no data in a namespace named dev, test, ephemeral or preview, on an API server not named for
  // production or staging: the lead's decision (round 16), as `kubectl delete` reads it.
  // A collection of such objects too (`DELETE …/namespaces/ci/jobs?labelSelector=…`), as `kubectl delete jobs -n ci -l …`.
  const inNs = KUBE_NAMESPACED_URL.exec(url) ?? KUBE_NAMESPACED_COLLECTION_URL.exec(url);
  if (inNs && holdsNoData(inNs[3]!) && heuristicEnvironment(inNs[2]!) === 'dev' && (heuristicEnvironment(inNs[1]!) ?? 'dev') === 'dev') return inNs[4] === undefined ? 'objects that hold no data, in a dev namespace: made again from their manifests' : 'an object that holds no data, in a dev namespace: made again from its manifests';
  return null;
}


/**
 * The lead's answer 57 over HTTP (round 23, b23h): the expired entries of a kind that expires by itself (sessions, tokens,
 * carts, locks, invites, OTPs: `isExpiringKind`) swept by a DELETE of the collection's `expired` sub-path
 * (`/v1/sessions/expired`, `/carts/expired`) or of the collection narrowed by its query to expired entries alone
 * (`?expired=true`, `?status=expired`, PostgREST `expires_at=lt.…`): retention, benign in production too. Business records
 * (subscriptions, orders, invoices) are no such kind and stay destructive; any other query parameter fails closed.
 */
const EXPIRED_ONLY = /^(expired=(true|1)|(status|state)=expired|[a-z_]*expir[a-z_]*=lte?\.[^&*]+)$/i;
function expiredSweep(url: string): string | null {
  const m = /^https?:\/\/[^/?#]+(\/[^?#]*)(?:\?([^#]*))?$/i.exec(url);
  if (!m) return null;
  const segs = m[1]!.split('/').filter(Boolean);
  const params = (m[2] ?? '').split('&').filter(Boolean);
  const bySubPath = segs[segs.length - 1]?.toLowerCase() === 'expired';
  const collection = (bySubPath ? segs[segs.length - 2] : segs[segs.length - 1]) ?? '';
  const narrowed = bySubPath ? params.length === 0 : params.length > 0 && params.every((p) => EXPIRED_ONLY.test(p));
  return narrowed && /^[\w-]+$/.test(collection) && isExpiringKind(collection) ? `only expired \`${collection}\`: a kind that expires by itself, swept (retention)` : null;
}

/**
 * PUTs to an action that the path names, not to a resource they replace: a restore (Zendesk `deleted_tickets/ID/restore`,
 * `restore_many`), a publish (Contentful `entries/ID/published`, "publish an entry"), an unarchive, Contentful's archive
 * (`PUT entries|assets/ID/archived`: the entry leaves delivery and a DELETE of the same path unarchives it), a merge (GitHub
 * "Merge a pull request"), an enable or resume (GitHub `actions/workflows/ID/enable`). Their body, often empty, holds
 * options. Buildkite takes a build's cancel and rebuild (`PUT …/builds/N/cancel|rebuild`) and a job's retry as PUTs: the
 * build stops or runs again, its record stays. Nomad and Consul take their operator actions as PUTs: `PUT /v1/system/gc` (collects dead jobs, evaluations and
 * allocations), `/v1/system/reconcile/summaries`, Consul's `PUT /v1/agent/reload` (re-reads its configuration), Nomad's
 * `PUT /v1/client/allocation/ID/restart` (restarts the allocation's tasks in place; round 20). GitHub's switches that a PUT turns
 * on and a DELETE off (round 23, b23h): "Lock an issue" (`PUT /repos/O/R/issues/N/lock`), "Enable vulnerability alerts",
 * "Enable automated security fixes", "Enable private vulnerability reporting"; their DELETEs stay judged as deletes. Round
 * 30 (h30), each API's reference: GitHub "Update a pull request branch" (`PUT /repos/O/R/pulls/N/update-branch`: merges the
 * base into the head branch), GitLab "Rebase a merge request" (`PUT …/merge_requests/N/rebase`) and "Protect repository
 * branch" (`PUT …/repository/branches/B/protect`; its `unprotect` is not one), Consul "Create Session" (`PUT
 * /v1/session/create`) and "Join Agent" (`PUT /v1/agent/join/ADDRESS`): each acts, none replaces what the path names.
 * Round 42 (bl42pki), the PowerDNS Authoritative HTTP API: `PUT …/zones/ZONE/rectify`, `/notify` and `/axfr-retrieve`
 * rectify the zone's DNSSEC ordering, send NOTIFYs or retrieve the zone from its primary: actions with no body.
 */
const PUT_ACTION = /\/(api\/v1\/servers\/[^/?#]+\/zones\/[^/?#]+\/(rectify|notify|axfr-retrieve)|repos\/[^/?#]+\/[^/?#]+\/(issues\/\d+\/lock|vulnerability-alerts|automated-security-fixes|private-vulnerability-reporting|pulls\/\d+\/update-branch)|merge_requests\/\d+\/rebase|repository\/branches\/[^/?#]+\/protect|v1\/session\/create|v1\/agent\/join\/[^/?#]+|builds\/[^/?#]+\/(cancel|rebuild)|jobs\/[^/?#]+\/(retry|reprioritize)|restore(_many)?|undelete|recover|unarchive(d)?|publish(ed)?|archived|merge|enable|activate|reactivate|unsuspend|unblock|resume|approve|system\/gc|system\/reconcile\/summaries|agent\/reload|allocation\/[^/?#]+\/restart)(\.json)?\/?$/i;

/** Whether a body is empty: absent, `''`, `{}`, `[]` or null. */
function emptyBody(body: JsonValue | undefined): boolean {
  return body === undefined || body === null || (typeof body === 'string' && body.trim() === '') || (Array.isArray(body) && body.length === 0) || (isJsonObject(body) && Object.keys(body).length === 0);
}

/**
 * Elasticsearch's and OpenSearch's settings updates (`PUT /INDEX/_settings`, `PUT /_cluster/settings`) merge: only the
 * settings named change, and `null` resets one to its default ("Update index settings", "Cluster update settings"), so a
 * body of nulls empties nothing. Blocks and replicas set there are read by their own rules.
 */
const SETTINGS_MERGE = /^(https?:\/\/)?[^/?#]+\/([^/?#]+\/)?(_settings|_cluster\/settings)\/?(\?|#|$)/;
/** Keys that hold a resource's labels (topics, tags), not its content. */
const LABEL_KEY = /^(names|labels|tags|topics)$/i;
/** Keys that name or describe a resource rather than hold its content. */
const DESCRIPTIVE_KEY = /^(apiversion|kind|metadata|name|id|type|message|sha|branch|key|path|labels|annotations)$/i;
/**
 * Keys that hold a resource's content (a ConfigMap's or Secret's `data`, a file's `content`, a KV `value`, a service's
 * `settings` or `config`, an app's environment `variables`).
 */
const CONTENT_KEY = /^(data|stringdata|binarydata|content|value|values|items|records|entries|rules|settings|config|configuration|properties|variables|vars|env)$/i;

/**
 * A PUT body that replaces the resource with nothing: every content field present is empty (a Kubernetes Secret with
 * `data: {}`, `{"content": ""}`) and the rest only names or describes it.
 */
function emptiesResource(body: JsonValue | undefined): boolean {
  if (!isJsonObject(body)) return false;
  const keys = Object.keys(body);
  const content = keys.filter((k) => CONTENT_KEY.test(k));
  // Every field sent is empty (`{"allowlist": []}`, `{"feature_flags": {}}`): what the PUT stores in place of the resource
  // is nothing. Labels are not content: GitHub's `PUT /repos/O/R/topics {"names": []}` only takes the topics off.
  if (keys.length > 0 && keys.every((k) => emptyBody(body[k])) && !keys.every((k) => LABEL_KEY.test(k))) return true;
  if (content.length === 0) return isJsonObject(body.metadata) && typeof body.kind === 'string' && /^(Secret|ConfigMap)$/.test(body.kind);
  return content.every((k) => emptyBody(body[k])) && keys.every((k) => CONTENT_KEY.test(k) || DESCRIPTIVE_KEY.test(k));
}

/**
 * Kafka topic settings that delete messages: `retention.ms`/`retention.bytes` shortened to a few seconds or bytes,
 * `cleanup.policy=delete` (compaction turned into deletion), and any retention or cleanup setting reset to the broker
 * default (the same rules as `kafka-configs` in the service catalogue). Kafka REST v3: `POST …/topics/T/configs:alter`
 * with `{data: [{name, value, operation}]}`, `PUT …/topics/T/configs/NAME` with `{value}`.
 */
const KAFKA_LOSSY_SETTING = /^(retention\.|cleanup\.policy$|delete\.retention|log\.retention|min\.compaction|segment\.)/;
function kafkaConfigLoses(url: string, body: JsonValue | undefined): string | null {
  const single = /\/topics\/[^/]+\/configs\/([^/?]+)\/?(\?|$)/.exec(url);
  const entries: Array<{ name: string; value: JsonValue | undefined; operation: JsonValue | undefined }> = [];
  if (single && isJsonObject(body)) {
    const name = percentDecodedOrNull(single[1]!);
    // Round 44 (rv44): a setting's name that does not decode (`retention%2Ems%zz`) is not known to keep messages.
    if (name === null) return 'sets a topic setting whose name does not decode: it may be its retention, and the broker then deletes messages';
    entries.push({ name, value: body.value, operation: body.operation });
  } else if (/\/topics\/[^/]+\/configs:alter\/?(\?|$)/.test(url) && isJsonObject(body) && Array.isArray(body.data)) {
    for (const e of body.data) if (isJsonObject(e) && typeof e.name === 'string') entries.push({ name: e.name, value: e.value, operation: e.operation });
  }
  const loses = entries.some(({ name, value, operation }) => {
    if (!KAFKA_LOSSY_SETTING.test(name)) return false;
    if (typeof operation === 'string' && /^delete$/i.test(operation)) return true;
    const v = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    return (name === 'retention.bytes' && /^[0-9]{1,6}$/.test(v)) || kafkaRetentionCut(name, v) || (name === 'cleanup.policy' && v === 'delete');
  });
  return loses ? 'shortens or resets a topic\'s retention: the broker deletes messages' : null;
}

/**
 * Request bodies whose fields carry the destructive part of a POST, PATCH or PUT: a git ref moved with `force: true`
 * (GitHub's and Gitea's "Update a reference": commits only the old ref reached are lost), a repository set to
 * `archived: true` (read-only from then on, as `gh repo archive`), a Kubernetes workload or its `scale`
 * subresource set to zero replicas or a CronJob suspended (availability: docs/classifier-evaluation.md), an Argo CD sync
 * with prune, Kafka topic settings that delete messages.
 */
const INDEX_BLOCK = /(^|\.)blocks\.(write|read|read_only|read_only_allow_delete|metadata)$/;
function destructiveBody(url: string, body: JsonValue | undefined): { code: string; why: string; scaleToZero?: true } | null {
  const kafkaLoss = kafkaConfigLoses(url, body);
  if (kafkaLoss !== null) return { code: 'kafka_retention', why: kafkaLoss };
  if (!isJsonObject(body)) return null;
  const zero = scaledToZero(url, body);
  if (zero) return { code: 'service_outage', why: `scales the service to zero (\`${zero}: 0\`)`, scaleToZero: true };
  const dropletAction = /\/droplets\/[^/?#]+\/actions\/?(\?|#|$)/i.test(url) && typeof body['type'] === 'string' ? body['type'].toLowerCase() : null;
  if (dropletAction === 'power_off' || dropletAction === 'shutdown') return { code: 'service_outage', why: `\`type: ${dropletAction}\` takes the droplet out of service` };
  if (dropletAction === 'disable_backups') return { code: 'safeguard_off', why: '`type: disable_backups` turns the droplet\'s backups off' };
  // Nomad "Drain Node" (`POST /v1/node/ID/drain` with a `DrainSpec`): its allocations migrate by their jobs' migrate
  // blocks and it takes no new work, a write as `kubectl drain` (the lead's answer 337.1, round 32, as the CLI's
  // `nomad node drain -enable`); a negative `Deadline` is the CLI's `-force`: every allocation stopped at once. A null
  // `DrainSpec` cancels a drain.
  const drain = /\/v1\/node\/[^/?#]+\/drain\/?(\?|#|$)/.test(url) ? body.DrainSpec : undefined;
  if (isJsonObject(drain) && !(Number(drain.Deadline ?? 0) >= 0)) return { code: 'service_outage', why: 'drains the node by force: its allocations are stopped at once, with no migration' };
  // Elasticsearch/OpenSearch index settings that block the index (`PUT /I/_settings {"index.blocks.write": true}`, or the
  // same nested): its writes or reads are refused, as the `_block` API (OUTAGE_PATH) does.
  // Round 30 (h30): the cluster's own blocks (`PUT /_cluster/settings {"persistent": {"cluster.blocks.read_only": true}}`,
  // `read_only_allow_delete`) refuse every index's writes at once.
  const blocked = /\/(_settings|_cluster\/settings)\/?(\?|#|$)/.test(url) ? settings(body).find(({ path, value }) => (value === true || value === 'true') && INDEX_BLOCK.test(path.join('.'))) : undefined;
  if (blocked) return { code: 'service_outage', why: `sets \`${blocked.path.join('.')}: true\`: the ${/_cluster/.test(url) ? 'cluster refuses' : 'index refuses'} what the application sends` };
  // The same settings API with `number_of_replicas: 0` (round 29, h29): each shard is left with one copy, so one node lost
  // loses its data (a safeguard off). An index created with no replicas (`PUT /I` with settings) starts that way: a write.
  const unreplicated = /\/_settings\/?(\?|#|$)/.test(url) ? settings(body).find(({ path, value }) => (value === 0 || value === '0') && /(^|\.)number_of_replicas$/.test(path.join('.'))) : undefined;
  if (unreplicated) return { code: 'safeguard_off', why: `sets \`${unreplicated.path.join('.')}: 0\`: every shard keeps one copy, and a node lost loses its data` };
  // Cloudflare "Update DNS Record" (`PATCH|PUT /zones/Z/dns_records/ID`) with `proxied: false` (round 29, h29): the record
  // answers with the origin's own address, outside the proxy's WAF and DDoS protection. A new record unproxied is a write.
  if (/\/zones\/[^/?#]+\/dns_records\/[^/?#]+\/?(\?|#|$)/.test(url) && (body.proxied === false || body.proxied === 'false')) return { code: 'safeguard_off', why: '`proxied: false` exposes the origin\'s address outside the proxy\'s WAF and DDoS protection' };
  const open = firewallOpened(url, body);
  if (open) return { code: 'public_access', why: `the firewall admits ${open}` };
  if (/\/git\/refs\//.test(url) && body.force === true) return { code: 'http_force_ref', why: 'moves a git ref by force: commits only it reached are lost' };
  // GitLab "Create a commit with multiple files and actions" (`POST /projects/ID/repository/commits`): `force: true`
  // "overwrites the target branch with a new commit based on the start_branch" (round 27, h27): the branch's own commits
  // are gone from it, as a force push.
  if (/\/api\/v4\/projects\/[^/?#]+\/repository\/commits\/?(\?|#|$)/.test(url) && (body.force === true || body.force === 'true')) return { code: 'http_force_ref', why: 'overwrites the target branch with a new commit (`force: true`): commits only it reached are lost' };
  if (/\/repos\/[^/]+\/[^/?]+\/?(\?|$)/.test(url) && body.archived === true) return { code: 'repository_archive', why: 'archives the repository (read-only)' };
  // GitHub "Transfer a repository" (`POST /repos/O/R/transfer`, `new_owner`; round 29): the new owner's admins decide who
  // reads and writes it from then on, and the old owner's teams and collaborators may lose access.
  if (/\/repos\/[^/?#]+\/[^/?#]+\/transfer\/?(\?|#|$)/.test(url) && typeof body.new_owner === 'string') return { code: 'repository_transfer', why: `gives the repository to \`${body.new_owner}\`: its admins decide who reads and writes it from then on` };
  // GitHub "Add a repository collaborator" (`PUT /repos/O/R/collaborators/U`): `permission: admin` gives a person outside
  // the organization's teams every right on the repository (settings, secrets, deletion); pull, triage, push and
  // maintain are the roles of everyday work.
  if (/\/repos\/[^/]+\/[^/?#]+\/collaborators\/[^/?#]+\/?(\?|#|$)/.test(url) && /^admin$/i.test(String(body.permission ?? ''))) return { code: 'admin_grant', why: 'makes the collaborator an admin of the repository (settings, secrets, deletion)' };
  // Round 27 (h27), the same grant through the other doors of the two git hosts: GitHub "Set organization membership for a
  // user" (`PUT /orgs/O/memberships/U`, `role: admin` makes an organization owner), "Add or update team repository
  // permissions" (`PUT /orgs/O/teams/T/repos/O/R`, `permission: admin`), and GitLab's members API (`POST|PUT
  // /projects|groups/ID/members[/U]`, `access_level: 50`, Owner). Member, maintain and Maintainer (40) stay everyday roles.
  if (/\/orgs\/[^/?#]+\/memberships\/[^/?#]+\/?(\?|#|$)/.test(url) && /^admin$/i.test(String(body.role ?? ''))) return { code: 'admin_grant', why: 'makes the member an owner of the organization (every repository, its settings and its members)' };
  if (/\/orgs\/[^/?#]+\/teams\/[^/?#]+\/repos\/[^/?#]+\/[^/?#]+\/?(\?|#|$)/.test(url) && /^admin$/i.test(String(body.permission ?? ''))) return { code: 'admin_grant', why: 'gives the team admin of the repository (settings, secrets, deletion)' };
  if (/\/api\/v4\/(projects|groups)\/[^/?#]+\/members(\/[^/?#]+)?\/?(\?|#|$)/.test(url) && Number(body.access_level) >= 50) return { code: 'admin_grant', why: 'makes the member an Owner of the project or group' };
  // A Kubernetes object sent to the API server (POST a ClusterRoleBinding, PUT a PeerAuthentication): judged as
  // `kubectl apply` of the same manifest (src/classify/kube-manifest.ts).
  if (typeof body.kind === 'string' && typeof body.apiVersion === 'string') {
    const found = manifestFindings(JSON.stringify(body))?.[0];
    if (found) return { code: found.code, why: `the object ${found.message}` };
  }
  // A patch of a Kubernetes object (no `kind`: the changed part only), judged as `kubectl patch RESOURCE -p BODY`: the
  // annotations a controller acts on (CloudNativePG hibernation, KEDA paused replicas), a Service made a public load
  // balancer, a Crossplane resource's protection switched off, the kinds kube-manifest.ts reads.
  const kubeObject = typeof body.kind === 'string' ? null : (KUBE_OBJECT_URL.exec(url) ?? KUBE_CLUSTER_OBJECT_URL.exec(url));
  // Finalizers emptied or removed (`{"metadata":{"finalizers":null}}`, a JSON Patch `remove`), as `kubectl patch` reads them;
  // and the namespace `finalize` subresource sent a Namespace, the way finalizers are forced off a namespace stuck terminating.
  const kubePath = KUBE_OBJECT_URL.exec(url) ?? KUBE_CLUSTER_OBJECT_URL.exec(url);
  const armed = kubePath ? patchArmsDeletion(JSON.stringify(body)) : null;
  if (armed) return { code: 'kubectl_deletion_armed', why: `the request ${armed}` };
  if (KUBE_FINALIZE_URL.test(url) && isJsonObject(body.spec) && (body.spec.finalizers === null || (Array.isArray(body.spec.finalizers) && body.spec.finalizers.length === 0))) {
    return { code: 'kubectl_finalizers_forced', why: 'forces the namespace\'s finalizers off: their cleanup is skipped' };
  }
  if (kubeObject) {
    const found = patchFindings(kubeObject[2]!, JSON.stringify(body), kubeObject[3])?.[0];
    if (found) return { code: found.code, why: `the patch ${found.message}`, ...(found.scaleToZero ? { scaleToZero: true as const } : {}) };
  }
  const spec = isJsonObject(body.spec) ? body.spec : null;
  if (spec && spec.replicas === 0 && /\/apis\/apps\/|\/scale(\?|$)/.test(url)) return { code: 'service_outage', why: 'scales the workload to zero replicas' };
  // A CronJob or Job suspended: no run starts until it is resumed, and a Job's running pods end (Kubernetes docs, "CronJob"/"Job").
  if (spec && spec.suspend === true && /\/apis\/batch\/[^/]+\/(namespaces\/[^/]+\/)?(cronjobs|jobs)\//.test(url) && !(kubeObject?.[2] === 'cronjobs' && cronJobSuspendIsRoutine(kubeObject[3]))) return { code: 'service_outage', why: 'suspends the CronJob or Job: its scheduled runs stop' };
  // Argo CD API `POST /api/v1/applications/NAME/sync` with `prune: true` deletes live resources no longer in git, as `argocd app sync --prune`.
  // The lead's answer 214: an app whose own name says a preview or a developer's environment, on a server that names
  // neither production nor staging, is that environment redeployed from git.
  // An app's name that does not decode (`preview-%zz`) is no preview's.
  const argoApp = /\/api\/v1\/applications\/([^/?#]+)\/sync\/?(\?|$)/.exec(url);
  const argoAppName = argoApp ? percentDecodedOrNull(argoApp[1]!) : null;
  if (argoApp && body.prune === true && !(body.dryRun === true) && !(argoAppName !== null && namesPreviewOrDevEnvironment(argoAppName) && !/^(production|staging)$/.test(heuristicEnvironment(urlHost(url) ?? '') ?? ''))) return { code: 'argocd_sync_prune', why: 'syncs with prune: live resources no longer in git are deleted' };
  // HCP Terraform / Terraform Enterprise `POST /api/v2/runs` (runs API reference): `is-destroy: true` queues a destroy
  // plan of every resource of the workspace; `auto-apply: true` applies a plan nobody has seen (as `terraform apply`
  // without a saved plan), unless the run is `plan-only`.
  const tfcRun = /\/api\/v2\/runs\/?(\?|$)/.test(url) && isJsonObject(body.data) && isJsonObject(body.data.attributes) ? body.data.attributes : null;
  if (tfcRun && tfcRun['is-destroy'] === true) return { code: 'terraform_destroy', why: 'queues a destroy run: every resource of the workspace is deleted' };
  if (tfcRun && tfcRun['auto-apply'] === true && tfcRun['plan-only'] !== true) return { code: 'terraform_apply_unseen', why: 'queues a run that applies its plan unseen: it could delete or replace resources' };
  if (/^https?:\/\/api\.notion\.com\/v1\/(databases|data_sources)\/[^/?#]+\/?(\?|$)/.test(url) && isJsonObject(body.properties) && Object.values(body.properties).some((v) => v === null)) {
    return { code: 'schema_field_drop', why: 'removes a database property and its value on every page (Notion: a property set to null is removed)' };
  }
  // App Store Connect "Modify a build" with `expired: true`: testers can no longer install it (TestFlight), for good.
  if (settings(body).some(({ path, value }) => path[path.length - 1] === 'expired' && value === true)) return { code: 'service_outage', why: 'expires the build or resource: it can no longer be installed or used' };
  // Load balancer admin APIs that take an upstream server out of rotation: NGINX Plus `PATCH /api/N/http|stream/upstreams/U/
  // servers/ID` with `down: true`; the HAProxy Data Plane API's runtime server `admin_state: maint` (or
  // `operational_state: down`); an Akamai property activation of type `DEACTIVATE` (the property leaves the network).
  // One server drained (`drain: true`, `admin_state: drain`) finishes its connections and takes no new ones: a write
  // (the lead's answer 337.2, round 32, as the runtime API's `set server B/S state drain`).
  if (/\/upstreams\/[^/?#]+\/servers\/[^/?#]+\/?(\?|$)/.test(url) && body.down === true) return { code: 'service_outage', why: 'takes the upstream server out of rotation (`down: true`)' };
  if (/\/runtime\/(backends\/[^/?#]+\/)?servers\b/.test(url) && (/^maint$/i.test(String(body.admin_state ?? '')) || /^down$/i.test(String(body.operational_state ?? '')))) return { code: 'service_outage', why: 'takes the server out of rotation' };
  if (/\/papi\/v\d+\/properties\/[^/?#]+\/activations\/?(\?|$)/.test(url) && /^deactivate$/i.test(String(body.activationType ?? ''))) return { code: 'service_outage', why: 'deactivates the property: the edge stops serving it' };
  // A Tailscale policy file whose rules accept every source to every destination lets every device reach every port.
  if (/\/tailnet\/[^/?#]+\/acl\/?(\?|$)/.test(url) && Array.isArray(body.acls) && body.acls.some((r) => isJsonObject(r) && r.action === 'accept' && Array.isArray(r.src) && r.src.includes('*') && Array.isArray(r.dst) && r.dst.includes('*:*'))) return { code: 'public_access', why: 'a rule accepts every source to every port: access control is gone' };
  // InfluxDB 2.x "Update a bucket": a retention rule under one day is a cut (the lead's answer 254, as the CLI's `--retention`).
  if (/\/api\/v2\/buckets\/[^/?#]+\/?(\?|$)/.test(url) && Array.isArray(body.retentionRules) && body.retentionRules.some((r) => isJsonObject(r) && typeof r.everySeconds === 'number' && r.everySeconds > 0 && r.everySeconds * 1000 < RETENTION_CUT_FLOOR_MS)) {
    return { code: 'data_expiry', why: 'shortens the bucket\'s retention under one day: InfluxDB deletes every older point' };
  }
  // Datadog "Update an index" (`PUT /api/v1/logs/config/indexes/NAME`): an enabled exclusion filter whose query matches
  // every log (`*` or empty) at the default or a full `sample_rate` keeps no log in the index (excluded logs are not indexed).
  if (/^https?:\/\/api\.([a-z0-9]+\.)?datadoghq\.[a-z.]+\/api\/v1\/logs\/config\/indexes(\/[^/?#]+)?\/?(\?|#|$)/i.test(url) && Array.isArray(body.exclusion_filters)) {
    const all = body.exclusion_filters.find((f) => isJsonObject(f) && f.is_enabled !== false && isJsonObject(f.filter) && ['*', ''].includes(String(f.filter.query ?? '*').trim()) && (f.filter.sample_rate ?? 1) === 1);
    if (all) return { code: 'data_expiry', why: 'an exclusion filter drops every log: nothing more is kept in the index' };
  }
  const expiry = indexPolicyDeletesWithin(url, body);
  if (expiry) return { code: 'data_expiry', why: `its lifecycle policy deletes indices ${expiry} old, younger than 30 days` };
  return null;
}

/**
 * An Elasticsearch ILM policy (`PUT /_ilm/policy/NAME`: the `delete` phase's `min_age`) or an OpenSearch ISM policy (`PUT
 * /_plugins|_opendistro/_ism/policies/NAME`: a transition's `min_index_age` into a state whose actions delete) that deletes
 * indices younger than 30 days (logs kept 30 days or more are disposable, the lead's decisions; less is a loss). The age it
 * deletes at, or null.
 */
const DURATION_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000, ms: 1, micros: 0.001, nanos: 0.000001 };
function durationMs(text: JsonValue | undefined): number | null {
  const m = typeof text === 'string' ? /^\s*(\d+)(d|h|m|s|ms|micros|nanos)\s*$/.exec(text) : null;
  return m ? Number(m[1]) * DURATION_MS[m[2]!]! : null;
}
function indexPolicyDeletesWithin(url: string, body: JsonObject): string | null {
  const young = (age: JsonValue | undefined) => {
    const ms = durationMs(age ?? '0ms');
    return ms !== null && ms < 30 * 86_400_000 ? String(age ?? '0ms') : null;
  };
  if (/\/_ilm\/policy\/[^/?#]+\/?(\?|#|$)/.test(url)) {
    const phases = isJsonObject(body.policy) && isJsonObject(body.policy.phases) ? body.policy.phases : null;
    const del = phases && isJsonObject(phases.delete) ? phases.delete : null;
    return del && isJsonObject(del.actions) && 'delete' in del.actions ? young(del.min_age) : null;
  }
  if (!/\/_(plugins|opendistro)\/_ism\/policies\/[^/?#]+\/?(\?|#|$)/.test(url)) return null;
  const states = isJsonObject(body.policy) && Array.isArray(body.policy.states) ? body.policy.states.filter(isJsonObject) : [];
  const deleting = new Set(states.filter((st) => Array.isArray(st.actions) && st.actions.some((a) => isJsonObject(a) && 'delete' in a)).map((st) => st.name));
  for (const st of states) {
    for (const t of Array.isArray(st.transitions) ? st.transitions.filter(isJsonObject) : []) {
      if (!deleting.has(t.state_name as string)) continue;
      const conditions = isJsonObject(t.conditions) ? t.conditions : {};
      // A transition on a document count or size alone deletes whatever its age.
      const age = young(conditions.min_index_age ?? conditions.min_rollover_age ?? (Object.keys(conditions).length === 0 ? '0ms' : undefined));
      if (age) return age;
    }
  }
  return null;
}

/**
 * A PUT (the whole resource) or a PATCH that sets a list of rules, members or bindings to empty, at the top or inside the
 * one object that wraps the resource (`{"escalation_policy": {"escalation_rules": []}}`), or by a JSON Patch (`replace
 * /environments/production/rules` with `[]`): every rule, target or member it held is gone (PagerDuty escalation rules,
 * LaunchDarkly targeting rules, IAM bindings, a firewall's rules; round 29: a GitHub environment's required `reviewers`).
 */
const RULE_LIST_KEY = /^(rules|escalation_rules|targets|bindings|members|statements|schedule_layers|notification_rules|receivers|routes|allowlist|denylist|reviewers)$/i;
export function listEmptied(method: string, body: JsonValue | undefined): string | null {
  if ((method !== 'PUT' && method !== 'PATCH') || !isJsonObject(body)) return null;
  const found = (o: JsonObject, depth: number, at: string[]): string | null => {
    for (const [k, v] of Object.entries(o)) {
      if (RULE_LIST_KEY.test(k) && Array.isArray(v) && v.length === 0) return [...at, k].join('.');
      if (isJsonObject(v) && depth < (method === 'PATCH' ? 4 : 1)) {
        const inner = found(v, depth + 1, [...at, k]);
        if (inner) return inner;
      }
    }
    return null;
  };
  return found(body, 0, []);
}

/**
 * A service scaled to zero by a count in the body: Nomad `POST /v1/job/ID/scale {Count: 0}`, Heroku `PATCH
 * /apps/A/formation[/TYPE] {quantity: 0}` (also each of `updates`), Render `POST /services/ID/scale {numInstances: 0}`;
 * anywhere, ECS's `desiredCount`, an autoscaling group's `desiredCapacity` (as `--desired-capacity 0`). A Kubernetes
 * `spec.replicas: 0` is judged above.
 */
const SCALE_URL = /\/(scale|formation)(\/[^/?#]+)?\/?(\?|#|$)/i;
function scaledToZero(url: string, body: JsonValue): string | null {
  for (const { path, value } of settings(body)) {
    const key = path[path.length - 1]!;
    if (value !== 0) continue;
    if (/^(desiredCount|desired_count|desiredCapacity|desired_capacity|numInstances|num_instances|instance_count|instanceCount)$/.test(key)) return key;
    if (SCALE_URL.test(url) && /^(count|quantity|replicas|instances|size)$/i.test(key)) return key;
  }
  return null;
}

/**
 * A firewall whose update admits every address (as `plan_public_access` reads a security group): DigitalOcean
 * `inbound_rules[].sources.addresses`, Hetzner Cloud `rules[]` with `direction: in` and `source_ips`, Linode `inbound[]`
 * `addresses.ipv4|ipv6`. Outbound rules open nothing.
 */
const ALLOWLIST_PATH = /allow_?list|white_?list|ip_?allow|trusted_?(ips|networks)|ip_?restrictions?|ip_?access_?list/i;
function firewallOpened(url: string, body: JsonValue): string | null {
  const path = url.replace(/[?#].*$/, '');
  // An address allowlist (round 23, b23h: `PUT /v1/allowlist/ips {cidrs: ["0.0.0.0/0"]}`, `ip_restrictions`, trusted
  // networks): every entry is an address it lets in, so one that is every address lets everyone in.
  if (ALLOWLIST_PATH.test(path)) {
    const everyone = typeof body === 'string' || Array.isArray(body) || isJsonObject(body) ? addressForEveryone(body) : null;
    if (everyone) return `\`${everyone}\` (every address) on the allowlist`;
  }
  if (!/firewall|security[-_]?groups?/i.test(path)) return null;
  const inbound: JsonValue[] = [];
  for (const key of ['inbound_rules', 'inbound', 'ingress', 'rules']) {
    const list = body && isJsonObject(body) ? body[key] : undefined;
    if (Array.isArray(list)) for (const r of list) if (isJsonObject(r) && (key !== 'rules' || /^in/i.test(String(r.direction ?? '')))) inbound.push(r);
  }
  const visit = (v: JsonValue | undefined, inAddress: boolean): string | null => {
    if (typeof v === 'string') return inAddress && EVERYONE_ADDRESS.test(v.trim()) ? v.trim() : null;
    if (Array.isArray(v)) return v.map((x) => visit(x, inAddress)).find((x) => x !== null) ?? null;
    if (isJsonObject(v)) return Object.entries(v).map(([k, x]) => visit(x, inAddress || /addresses|source|ipv[46]|cidr/i.test(k))).find((x) => x !== null) ?? null;
    return null;
  };
  for (const rule of inbound) {
    const everyone = visit(rule, false);
    if (everyone) return `\`${everyone}\` (every address)`;
  }
  // Cloudflare IP access rules (`POST|PATCH …/firewall/access_rules/rules`): `mode: whitelist` lets the matching addresses
  // past every firewall rule and the WAF, so an `ip_range` of every address switches them off for everyone.
  const rule = isJsonObject(body) ? body : null;
  const conf = rule && isJsonObject(rule.configuration) ? rule.configuration : null;
  if (rule && conf && /^(whitelist|allow)$/i.test(String(rule.mode ?? '')) && typeof conf.value === 'string' && EVERYONE_ADDRESS.test(conf.value.trim())) return `\`${conf.value.trim()}\` (every address) past the firewall`;
  return null;
}

/** The first value in `v`, at any depth, that is every address (`0.0.0.0/0`, `::/0`, `*`). */
function addressForEveryone(v: JsonValue): string | null {
  if (typeof v === 'string') return v.split(/[\s,]+/).find((x) => EVERYONE_ADDRESS.test(x)) ?? null;
  if (Array.isArray(v)) return v.map(addressForEveryone).find((x) => x !== null) ?? null;
  if (isJsonObject(v)) return Object.entries(v).filter(([k]) => !/^(description|name|comment|note|label|title|reason)$/i.test(k)).map(([, x]) => addressForEveryone(x)).find((x) => x !== null) ?? null;
  return null;
}

/**
 * A PUT or PATCH that turns a safeguard off, judged from its settings (JSON fields at any depth, or the elements of an
 * XML body such as S3's):
 * - a setting whose name says what it guards (protection, rulesets, backups, soft delete, audit, logging, versioning,
 *   multi-factor (Okta's sign-on rule `requireFactor`), encryption, TLS, Cloudflare's `security_level`, WAF and browser
 *   check, public-access blocks, object lock, required reviews and status checks, merge and
 *   approval gates (GitLab's `only_allow_merge_if_*`, `reset_approvals_on_push`, `require_password_to_approve`), admins held
 *   to the rules, a requirement of a name, approval, authentication or signature such as Elasticsearch's
 *   `action.destructive_requires_name`; not `requires_shipping`) set to false, null, `off`, `disabled`, `Suspended` or `*_DISABLED`;
 * - a generic `enabled`/`value`/`status`/`state`/`mode`/`enforcement` set so under a URL or a parent that names the
 *   safeguard (Cloudflare `PATCH /zones/Z/settings/ssl {value: off}`, Auth0 `PUT /guardian/factors/otp {enabled: false}`,
 *   S3 `PUT /?versioning` with `<Status>Suspended</Status>`, Cloud SQL `backupConfiguration: {enabled: false}`);
 * - a rule that now allows force pushes or branch deletion (GitHub and GitLab branch protection), or lets a change merge
 *   without its review or pipeline (GitLab `merge_requests_author_approval`, `allow_merge_on_skipped_pipeline`, ...: true).
 * Alerting is a safeguard too (alarms, alerts, monitors, heartbeats): an incident tool's own API (PagerDuty, Opsgenie,
 * Alertmanager, Datadog) names it by its host (PagerDuty `PUT /services/ID {service: {status: disabled}}`: a disabled service
 * opens no incidents).
 * A POST that creates something unprotected weakens nothing that was there, so only updates count.
 */
const SAFEGUARD = /protect|rulesets|(^|[^a-z])requires?_?(name|confirm|approv|review|auth|login|sign|ssl|tls|https|password|token|verif|mfa|2fa|factor|valid_?user)|security_level|(^|[^a-z])waf(?![a-z])|browser_check|only_allow_merge_if_|reset_approvals_on_push|require_(password|reauthentication)_to_approve|disable_committers_approval|disable_overriding_approvers|selective_code_owner_removals|dismiss_stale_reviews|require_last_push_approval|alarm|alert|monitor|heartbeat|backup|soft_?delete|delete_?retention|audit|logging|versioning|secret_scanning|code[-_]scanning|advanced_security|multi_?factor|two_?factor|(^|[^a-z])(mfa|2fa|otp|ssl|tls|https|sso)(?![a-z])|guardian|factors|encrypt|scrub|enhanced_?privacy|detection|block_?public|public_?access_?block|restrict_?public|object_?lock|retention_?lock|enforce_admins|required_(status_checks|pull_request_reviews|signatures|linear_history|approving_review_count)|require_code_owner/i;
const GENERIC_SWITCH = /^(enabled|value|status|state|mode|enforcement)$/i;
const RETENTION_WINDOW = /^(history_?retention(_?seconds)?|pitr_?retention\w*|point_?in_?time_?recovery_?window\w*|backup_?retention(_?period|_?days)?)$/i;
const APPROVAL_BYPASS = /^(merge_requests_author_approval|allow_(author|committer)_approval|allow_overrides_to_approver_list_per_merge_request|retain_approvals_on_push|allow_merge_on_skipped_pipeline)$/i;
/**
 * A field that declares what the thing uses or contains, not a switch: App Store Connect's export-compliance answers
 * (`usesNonExemptEncryption`, `containsProprietaryCryptography`) say whether the app itself encrypts.
 */
const DECLARATION = /^(uses|contains)[A-Z_]/;
/**
 * A JSON or form setting's string off value (`false` itself is read as a boolean beside it), with the API states
 * `suspended`, `essentially_off`, `not_configured`, `*_disabled`. It differs from switch-values.ts's table: no `0` or `no`
 * (a body's `"0"` is as often a count, and a number 0 is not read here at all); the round 44 review (rv44) left it so.
 */
const OFF_VALUE = /^(off|false|disabled?|suspended|none|essentially_off|not[-_]configured|[a-z_]*_disabled)$/i;
/** The setting of a body, at any depth, that skips certificate checks (setting-switches.ts), with why; or null. */
function tlsChecksSkipped(body: JsonValue | undefined): string | null {
  const found = settings(body).find(({ path, value }) => skipsTlsChecks(path[path.length - 1]!, value));
  return found ? `\`${found.path.join('.')}\` skips certificate checks: a man in the middle is accepted` : null;
}
/**
 * Every leaf setting of a body with its path: JSON fields at any depth, the fields of a form (`visibility=public`,
 * `settings[ssl]=off`, as `curl --data` and HTTPie's `-f` send them; `true`, `false` and integers read as the server reads
 * them), or `<Name>value</Name>` elements of XML text.
 */
function settings(body: JsonValue | undefined, path: string[] = [], out: Array<{ path: string[]; value: JsonValue }> = []): Array<{ path: string[]; value: JsonValue }> {
  const form = formAsObject(body);
  if (form) settings(form, path, out);
  else if (typeof body === 'string') {
    for (const m of body.matchAll(/<([A-Za-z][\w.-]*)>([^<]*)<\/\1>/g)) out.push({ path: [m[1]!], value: m[2]!.trim() });
  } else if (Array.isArray(body)) for (const v of body) settings(v, path, out);
  else if (isJsonObject(body)) {
    for (const [k, v] of Object.entries(body)) {
      if (isJsonObject(v) || Array.isArray(v)) settings(v, [...path, k], out);
      else out.push({ path: [...path, k], value: v });
    }
  }
  return out;
}
/**
 * A form body (`visibility=public`, `settings[ssl]=off`, `Count=0`) as the object a server reads from it: bracketed names
 * nest, and `true`, `false` and integers are the JSON they stand for. Null for any other body.
 */
function formAsObject(body: JsonValue | undefined): JsonObject | null {
  const form = typeof body === 'string' ? formParams(body) : null;
  if (!form) return null;
  const root: JsonObject = {};
  for (const [name, v] of form) {
    const keys = name.split(/[[\]]+/).filter(Boolean);
    if (keys.length === 0 || keys.length > 8 || keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) continue;
    let at: JsonObject = root;
    for (const k of keys.slice(0, -1)) at = isJsonObject(at[k]) ? (at[k] as JsonObject) : (at[k] = {});
    at[keys[keys.length - 1]!] = v === 'true' || v === 'false' ? v === 'true' : /^-?\d{1,15}$/.test(v) ? Number(v) : v;
  }
  return root;
}

const ALLOWED_ORIGINS = /^(allowed_?origins?|allow_?origins?|cors_?(allowed_?)?origins?|access-control-allow-origin|origins)$/i;
const ALLOW_CREDENTIALS = /^(allow_?credentials|supports_?credentials|credentials|access-control-allow-credentials)$/i;
/**
 * The key of a JSON body (at most four levels down) that sets allowed origins to `*` (or a list holding it) beside a
 * credentials flag set true, or null. `*` alone serves only what needs no session (the Fetch standard refuses
 * credentials with it); with credentials allowed, servers answer every origin with the visitor's session.
 */
function anyOriginKey(body: JsonValue | undefined, depth: number): string | null {
  if (!isJsonObject(body) || depth > 4) return null;
  const credentials = Object.entries(body).some(([k, v]) => ALLOW_CREDENTIALS.test(k) && (v === true || v === 'true'));
  for (const [k, v] of Object.entries(body)) {
    if (credentials && ALLOWED_ORIGINS.test(k) && (v === '*' || (Array.isArray(v) && v.includes('*')))) return k;
    const inner = anyOriginKey(v, depth + 1);
    if (inner !== null) return `${k}.${inner}`;
  }
  return null;
}
/** What safeguard an update turns off (see SAFEGUARD), or null. */
const ALERTING_HOST = /^[a-z]+:\/\/[^/]*(pagerduty|opsgenie|alertmanager|datadoghq)/i;
function safeguardOff(url: string, body: JsonValue | undefined): string | null {
  const where = ALERTING_HOST.test(url) ? url : url.replace(/^[a-z]+:\/\/[^/]*/i, '');
  // A configuration API that names the setting by its path and takes the bare value as the body (CouchDB's `PUT
  // /_node/_local/_config/chttpd/require_valid_user` with `"false"`: anonymous requests are served again).
  const bare = typeof body === 'string' ? (parseJson(body) ?? body) : body;
  const configured = /\/_config\/([^/?#]+)\/([^/?#]+)\/?(\?|#|$)/.exec(url);
  if (configured && (bare === false || (typeof bare === 'string' && OFF_VALUE.test(bare.trim())))) {
    const [, section, leaf] = configured as unknown as [string, string, string];
    if (SAFEGUARD.test(leaf) || ((GENERIC_SWITCH.test(leaf) || /^enable$/i.test(leaf)) && SAFEGUARD.test(section))) return `turns \`${section}/${leaf}\` off`;
  }
  // Cross-origin requests allowed from any site with credentials (a CORS allow-list set to `*` and credentials allowed):
  // every web page may call the API with the visitor's session, as an ingress opened to any address.
  const cors = anyOriginKey(body, 0);
  if (cors !== null) return `allows every origin (\`${cors}: *\`)`;
  for (const { path, value } of settings(body)) {
    const key = path[path.length - 1]!;
    const off = value === false || (typeof value === 'string' && OFF_VALUE.test(value.trim()));
    // Vault transit `deletion_allowed: true` ("whether the key is allowed to be deleted"; false by default) is deletion
    // protection off, as a branch rule's `allow_deletions`.
    if (/^(allow_(force_?push(es)?|deletions?)|deletion_allowed)$/i.test(key) && (value === true || value === 'true')) return `allows \`${key}\``;
    // Merge and approval gates whose `true` lets a change through unreviewed (GitLab's project and MR approval settings APIs).
    if (value === true && (APPROVAL_BYPASS.test(key) || (key === 'value' && APPROVAL_BYPASS.test(path[path.length - 2] ?? '')))) return `allows \`${path.join('.')}\``;
    // An existing private resource made public (GitHub `visibility: public` or `private: false` on a repository update,
    // GitLab `visibility: public`, Bitbucket's `is_private: false`): its access control is gone.
    if ((/^visibility$/i.test(key) && value === 'public') || (/^(private|is_private|isPrivate)$/i.test(key) && value === false)) return `makes it public (\`${path.join('.')}\`)`;
    if (SAFEGUARD.test(key) && !DECLARATION.test(key) && (off || value === null)) return `turns \`${path.join('.')}\` off`;
    // Cloudflare's zone SSL mode `flexible` (round 29): visitors reach Cloudflare over HTTPS, Cloudflare the origin over
    // plain HTTP, as `off` does for that leg.
    if (key === 'value' && value === 'flexible' && /\/zones\/[^/?#]+\/settings\/ssl\/?(\?|#|$)/.test(url)) return 'sets SSL to `flexible`: the origin is reached over plain HTTP';
    // A policy or ruleset set to report without enforcing (setting-switches.ts; round 29): what it blocked goes through.
    if (reportsOnly(key, value)) return `sets \`${path.join('.')}: ${String(value).trim()}\`: reported, no longer enforced`;
    // A history or backup window set to zero keeps nothing to restore from: Neon's `history_retention_seconds: 0` (point-in-time
    // restore off), RDS `BackupRetentionPeriod: 0` ("disables automated backups" and deletes the existing ones).
    if (RETENTION_WINDOW.test(key) && value === 0) return `sets \`${path.join('.')}\` to zero: no history is kept to restore from`;
    // A service's own authentication switched off (`{"auth": {"enabled": false}}` on a gateway or proxy): every request is
    // served unauthenticated. Only the bare parent key: `auth.anonymous` off takes anonymous access away.
    if (GENERIC_SWITCH.test(key) && off && /^(auth|authn|authentication)$/i.test(path[path.length - 2] ?? '')) return `turns \`${path.join('.')}\` off: requests are no longer authenticated`;
    // The resource's own `isEnabled` (Datadog security monitoring rules; round 29) counts as `enabled` at the top only: a
    // nested one is often a filter's or an exclusion's, whose switching off keeps more (`exclusion_filters[].is_enabled`).
    const ownSwitch = GENERIC_SWITCH.test(key) || (path.length === 1 && /^is_?enabled$/i.test(key));
    if (ownSwitch && off && (SAFEGUARD.test(where) || path.slice(0, -1).some((p) => SAFEGUARD.test(p)))) return `turns \`${path.join('.') || key}\` off under \`${where}\``;
    // A protection endpoint's own flags (Hetzner `change_protection {delete: false, rebuild: false}`) name what they guard.
    if (/^(delete|deletion|rebuild|termination)$/i.test(key) && value === false && /protection/i.test(where)) return `turns \`${key}\` protection off`;
  }
  return null;
}

/**
 * APIs whose PUT replaces the whole record with what is sent, clearing what is left out: Airtable ("PUT will perform a
 * destructive update and clear all unspecified cell values"; PATCH updates only the fields sent) and the Firebase Realtime
 * Database REST API ("PUT: write or replace data to a defined path"; PATCH updates some of the keys), and Okta's "Replace a
 * User" (`PUT /api/v1/users/ID`: profile properties left out of the request are removed; a POST updates only those sent).
 */
const PUT_REPLACES = /^https?:\/\/(api\.airtable\.com\/v0\/|[^/]+\.(firebaseio\.com|firebasedatabase\.app)\/|[^/]+\.(okta|oktapreview|okta-emea)\.com\/api\/v1\/users\/[^/?#]+\/?(\?|#|$))/i;

/**
 * S3 lifecycle rules that expire objects within a day (`PUT /?lifecycle`, XML), as `aws s3api
 * put-bucket-lifecycle-configuration` with `Expiration: {Days: 0|1}`.
 */
const S3_LIFECYCLE_EXPIRES_NOW = /<Expiration>\s*<Days>\s*[01]\s*<\/Days>/i;

/**
 * Alerting muted, each API's reference: Datadog "Mute a monitor" (`POST /api/v1/monitor/ID/mute`) and "Schedule a downtime"
 * (`POST /api/v1|v2/downtime`: monitors in its scope do not notify), Alertmanager's and Grafana's "create a silence" (`POST
 * …/api/v2/silences`), PagerDuty "Create a maintenance window" (`POST /maintenance_windows`: its services open no incidents)
 * and Opsgenie's maintenance (`POST /v1/maintenance`: integrations and policies disabled for its time). Cancelling a
 * downtime or expiring a silence (a DELETE) is harmless (above); `unmute` is not a mute. A mute that names what it covers and
 * ends within a day lapses by itself (muteLapses, the lead's round-13 decision).
 */
const ALERTS_MUTED = /\/(monitor|monitors|alerts?)\/([^/?#]+\/)?(mute|mute_all|silence)\/?(\?|#|$)|\/api\/v[12]\/downtime\/?(\?|#|$)|\/api\/v2\/silences\/?(\?|#|$)|^https?:\/\/[^/]*pagerduty[^/]*\/maintenance_windows\/?(\?|#|$)|^https?:\/\/[^/]*opsgenie[^/]*\/v1\/maintenance\/?(\?|#|$)/i;

/**
 * A POST that deactivates or disables a safeguard named in its URL (Okta `/org/factors/ID/lifecycle/deactivate`, a
 * `/backups/ID/disable`, an `/audit…/disable`, Opsgenie's `/v2/heartbeats/NAME/disable`): the same as turning its `enabled`
 * setting off. A mute of alerting (ALERTS_MUTED) is one too.
 */
function safeguardDeactivated(url: string, body: JsonValue | undefined): string | null {
  const m = /^[a-z]+:\/\/[^/]*(\/[^?#]*?)\/(lifecycle\/)?(deactivate|disable)\/?(\?|#|$)/i.exec(url);
  // On an alerting service's own API (ALERTING_HOST) whatever is disabled is alerting: an Opsgenie integration or policy,
  // a PagerDuty extension (round 29).
  if (m && (SAFEGUARD.test(m[1]!) || ALERTING_HOST.test(url))) return `${m[3]!.toLowerCase()}s a safeguard`;
  // An action named for the safeguard it switches off: Hetzner Cloud `POST /servers/ID/actions/disable_backup` ("disables
  // the automatic backup option and deletes all existing backups"), Linode `POST /linode/instances/ID/backups/cancel`
  // ("all existing backups are lost").
  const named = /\/(disable|deactivate)[-_]([a-z_]+)\/?(\?|#|$)/i.exec(url);
  if (named && SAFEGUARD.test(named[2]!)) return `${named[1]!.toLowerCase()}s \`${named[2]}\``;
  if (/\/backups\/cancel\/?(\?|#|$)/i.test(url)) return 'cancels the backups service: existing backups are deleted';
  // etcd's JSON gateway `POST /v3/auth/disable` (round 30, h30), as `etcdctl auth disable`: every client may then read and
  // write every key.
  if (ETCD_GATEWAY.test(url) && /\/v3(alpha|beta)?\/auth\/disable\/?(\?|#|$)/i.test(url)) return 'switches etcd authentication off: every client reads and writes every key';
  if (IDENTITY_OFF.test(url)) return 'switches off a user or credential: it can no longer sign in';
  if (!ALERTS_MUTED.test(url)) return null;
  // A mute of one named monitor, scope or set of services that ends within a day lapses by itself (alert-mutes.ts).
  const namedMonitor = /\/monitors?\/(?!mute_all\b)[^/?#]+\/mute\/?(\?|#|$)/i.test(url);
  return muteLapses(body, namedMonitor) ? null : 'mutes alerting: what it would have paged about pages nobody';
}

/**
 * A POST that switches off an identity or credential (Okta `/users/ID/lifecycle/deactivate|suspend`, which ends its
 * sessions and deprovisions its apps; `/users/ID/disable`, Google's `serviceAccounts/ID:disable`, `/keys/ID/deactivate`): what
 * signs in as it stops.
 */
const IDENTITY_OFF = /^[a-z]+:\/\/[^/]*\/[^?#]*\/(users|members|accounts|service_?accounts|identities|keys|tokens|credentials)\/[^/?#:]+(:|\/(lifecycle\/)?)(deactivate|suspend|disable|lock)\/?(\?|#|$)/i;

/**
 * GraphQL mutations that their API documents as moving to a trash: Linear's `issueDelete` ("Deletes (trashes) an issue";
 * restorable from the trash) unless `permanentlyDelete: true` is passed, in the query text or its variables.
 */
function graphqlTrashes(url: string, fields: string[], body: JsonValue | undefined): boolean {
  if (!/^https?:\/\/api\.linear\.app\/graphql\/?(\?|#|$)/.test(url) || fields.length === 0 || !fields.every((f) => f === 'issueDelete') || !isJsonObject(body)) return false;
  const text = (typeof body.query === 'string' ? body.query : '') + JSON.stringify(body.variables ?? null);
  return !/"?permanentlyDelete"?\s*:\s*(true|\$)/.test(text);
}

/**
 * A GraphQL ref update with `force: true` (GitHub `updateRef`, `updateRefs`: "permit updates of branch Refs that are not
 * fast-forwards"), in the query text or its variables.
 */
function graphqlForcesRef(fields: string[], body: JsonValue | undefined): boolean {
  if (!fields.some((f) => /^updateRefs?$/.test(f)) || !isJsonObject(body)) return false;
  const text = (typeof body.query === 'string' ? body.query : '') + JSON.stringify(body.variables ?? null);
  return /"?force"?\s*:\s*true\b/.test(text);
}

/**
 * The command line a request runs in a container: the Docker Engine API's exec create (`POST /containers/ID/exec`,
 * `Cmd` as an argument list; judged when created, as it is what a later `exec/ID/start` runs) and the Kubernetes API
 * server's `pods/NAME/exec` (one `command=` parameter per argument). Arguments are quoted for the shell model.
 */
function execCommand(url: string, body: JsonValue | undefined): string | null {
  let argv: string[] | null = null;
  if (/\/containers\/[^/?#]+\/exec\/?(\?|$)/.test(url) && isJsonObject(body)) {
    const cmd = body.Cmd;
    if (typeof cmd === 'string') return cmd;
    if (Array.isArray(cmd) && cmd.every((a) => typeof a === 'string')) argv = cmd;
  } else if (/\/namespaces\/[^/]+\/pods\/[^/?#]+\/exec\?/.test(url)) {
    const params = queryParams(url).getAll('command');
    if (params.length > 0) argv = params;
  }
  return argv === null ? null : argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The parameters of a query string or an `application/x-www-form-urlencoded` body. */
function formParams(text: string): URLSearchParams | null {
  if (!/^[^\s{}[\]"<>]*=[^\s{}<>]*$/.test(text.trim())) return null;
  try {
    return new URLSearchParams(text.trim());
  } catch {
    return null;
  }
}

function queryParams(url: string): URLSearchParams {
  const q = url.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : url.slice(q + 1).replace(/#.*$/, ''));
}

/**
 * The method a server acts on. A method-override header (`X-HTTP-Method-Override`, `X-HTTP-Method`, `X-Method-Override`)
 * names it whatever the request's own method (the lead's answer 404.5: some servers and proxies honour it on a GET, PUT or
 * PATCH too, and the text cannot show which server answers). The `_method` form field (Symfony also reads it from the
 * query string) is read on a POST only, where the readers that honour it read it (Rack: "should not affect GET
 * requests"). An override present in a form no server reads as one method (`DELETE, GET`, a JSON `_method` given as a
 * list) names a method we do not know, so the request is not read as its own method (answer 404.6: fail closed). On a
 * method other than POST an override naming a read is not taken: a server that ignores it acts on the method sent.
 */
function effectiveMethod(action: HttpRequestAction): { method: string; via: string | null } {
  const method = action.method.toUpperCase();
  for (const name of METHOD_OVERRIDE_HEADERS) {
    const v = requestHeader(action.headers, name);
    if (typeof v !== 'string' || v.trim() === '') continue;
    const named = v.trim().toUpperCase();
    // A server that reads no override acts on the request's own method: an override naming a read never makes a
    // PUT or PATCH harmless (a POST's override was always read, as Rack and ASP.NET read it).
    if (method !== 'POST' && READ_METHODS.test(named)) return { method, via: null };
    return { method: named, via: `the \`${name}\` header` };
  }
  if (method !== 'POST') return { method, via: null };
  const field = methodField(action);
  if (field !== null && field.trim() !== '') return { method: field.trim().toUpperCase(), via: 'the `_method` field' };
  return { method, via: null };
}

/** The `_method` field of a POST's form or JSON body, else of its query string; a JSON value of another type as its text. */
function methodField(action: HttpRequestAction): string | null {
  if (typeof action.body === 'string') {
    const form = formParams(action.body)?.get('_method');
    if (form !== undefined && form !== null) return form;
  } else if (isJsonObject(action.body) && action.body._method !== undefined) {
    const v = action.body._method;
    return typeof v === 'string' ? v : JSON.stringify(v);
  }
  return queryParams(action.url).get('_method');
}

/**
 * RPC endpoints that take their operation as a parameter: MediaWiki's `api.php?action=delete` (`action=purge` only refreshes
 * the page cache), `op=`, `operation=`, and the AWS Query protocol (`Action=TerminateInstances`, EC2, SQS, SNS, IAM, STS:
 * "Query requests are HTTP or HTTPS requests that use the HTTP verb GET or POST and a Query parameter named Action"). The
 * value is judged by its verb; parameter names are compared without case. Airbyte's jobs API names the job's kind in
 * `jobType` (`sync`, or `reset`/`clear`, which delete the destination's data: the lead's answer 65, round 19).
 */
const OPERATION_PARAM = /^(action|op|operation|jobType)$/i;
const BATCH_KEYS = ['operations', 'actions', 'ops', 'requests', 'batch', 'commands', 'mutations', 'changes'];
function operationParam(action: Pick<HttpRequestAction, 'url' | 'body'>): string | null {
  const pairs: Array<[string, string]> = [...queryParams(action.url)];
  if (typeof action.body === 'string') {
    const form = formParams(action.body);
    if (form) pairs.push(...form);
  } else {
    // The body, each entry of a batch sent as an array (JSON-RPC batches), and each entry of a list of operations in it
    // (`{"operations":[{"op":"delete"}]}`, `{"actions":[…]}`). JSON-RPC 2.0 names the operation in `method`.
    const items: JsonValue[] = Array.isArray(action.body) ? action.body.slice(0, 100) : [action.body ?? null];
    for (const item of [...items]) if (isJsonObject(item)) for (const key of BATCH_KEYS) if (Array.isArray(item[key])) items.push(...(item[key] as JsonValue[]).slice(0, 100));
    for (const item of items) {
      if (!isJsonObject(item)) continue;
      // A JSON Patch operation (RFC 6902: `{"op": "replace", "path": "/on", "value": false}`, LaunchDarkly's and Kubernetes'
      // PATCH bodies) edits one field of the resource: its `op` is not an RPC operation, and the field it sets is judged by
      // the body rules like any other setting.
      const jsonPatch = typeof item.path === 'string' && typeof item.op === 'string' && /^(add|remove|replace|move|copy|test)$/.test(item.op);
      for (const [k, v] of Object.entries(item)) if (typeof v === 'string' && !(jsonPatch && k === 'op')) pairs.push([k, v]);
      if (typeof item.jsonrpc === 'string' && typeof item.method === 'string') pairs.push(['operation', item.method.replace(/^.*[./]/, '')]);
    }
  }
  for (const [k, v] of pairs) {
    if (OPERATION_PARAM.test(k) && /^[A-Za-z][\w.:-]{0,60}$/.test(v) && !/^purge$/i.test(v) && mutationFieldVerb([v]) === 'destroy') return `${k}=${v}`;
  }
  return null;
}

/**
 * A JSON body sent as text (`"{\"spec\":{\"replicas\":0}}"`) is the same request as the object: parsed once, so the
 * field checks below see it. Other text (NDJSON: `_bulk`, `_msearch`; XML, a form) stays text.
 */
/**
 * The request as judged: its URL in one spelling (`https://API.stripe.com:443/v1/refunds` is `https://api.stripe.com/v1/refunds`:
 * SECURITY, round 20: the default port hid 61 destructive requests from rules written for the usual form) and a body
 * sent as JSON text parsed.
 */
function judgedRequest(action: HttpRequestAction): HttpRequestAction {
  const url = canonicalUrl(action.url);
  const body = gitlabQueryAttributes(action.method, url, jsonBody(url, action.body));
  return body === action.body && url === action.url ? action : { ...action, url, body };
}

/**
 * GitLab's REST API takes a request's attributes in the query string as in the body ("parameters can be passed as query
 * strings"): a bodyless `PUT /api/v4/projects/P/issues/N?state_event=close` sends `{state_event: "close"}`, not nothing.
 */
function gitlabQueryAttributes(method: string, url: string, body: JsonValue | undefined): JsonValue | undefined {
  if (method.toUpperCase() !== 'PUT' || !emptyBody(body) || !/^https?:\/\/[^/?#]+\/api\/v4\/[^?#]+\?[^#]*=/.test(url)) return body;
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of new URLSearchParams(url.replace(/^[^?]*\?/, '').replace(/#.*$/, ''))) out[k] = v;
  return out;
}

/** A body sent as JSON text, parsed (an object or array); any other body as it is. */
export function jsonBody(url: string, body: JsonValue | undefined): JsonValue | undefined {
  if (typeof body !== 'string' || !/^\s*[{[]/.test(body) || body.length > 1_000_000 || /\/_(bulk|msearch)\/?(\?|$)/.test(url)) return body;
  const parsed = parseJson(body);
  return isJsonObject(parsed) || Array.isArray(parsed) ? parsed : body;
}

/**
 * Methods that only read: GET, HEAD, OPTIONS, Vault's `LIST` ("list the keys at the path") and WebDAV's `PROPFIND`
 * (RFC 4918: retrieves properties).
 */
export const READ_METHODS = /^(GET|HEAD|OPTIONS|LIST|PROPFIND)$/;
/**
 * Cache purges by method, on the cached URL itself: Varnish and Fastly `PURGE` ("purge a single URL"), Varnish `BAN`.
 * The origin still holds the content, as for the purge endpoints above.
 */
export const CACHE_PURGE_METHODS = /^(PURGE|BAN)$/;

/** AWS Query-protocol endpoints, which act on a GET as on a POST. */
const AWS_QUERY_HOST = /^https?:\/\/[^/?#]*\.amazonaws\.com(\.cn)?(:\d+)?(\/|\?|$)/i;
/**
 * RPC-style Web APIs whose method, named in the path, acts whatever the HTTP method: the Slack Web API ("methods can be
 * called with GET or POST", arguments in the query string) and Telegram's Bot API ("GET and POST are supported").
 */
/**
 * Solr's Collections and CoreAdmin APIs take their action as a query parameter of a GET (round 19, Solr reference):
 * `admin/collections?action=DELETE` (a collection and its index), `DELETEBACKUP`, `DELETESHARD`, `DELETEREPLICA` and
 * `DELETENODE` (a node's replicas), and `admin/cores?action=UNLOAD` with `deleteIndex`, `deleteDataDir` or
 * `deleteInstanceDir`. A collection named as a pull request's, a CI run's or temporary is judged disposable by its name.
 */
function solrAdminDeletes(url: string): string | null {
  const m = /\/solr\/admin\/(collections|cores)\/?\?([^#]*)/.exec(url);
  if (!m) return null;
  const query = new URLSearchParams(m[2]!);
  const action = (query.get('action') ?? '').toUpperCase();
  if (m[1] === 'cores') return action === 'UNLOAD' && ['deleteIndex', 'deleteDataDir', 'deleteInstanceDir'].some((k) => query.get(k) === 'true') ? 'unloads the core and deletes its index or data' : null;
  if (!/^DELETE(BACKUP|SHARD|REPLICA|NODE)?$/.test(action)) return null;
  const name = query.get('name') ?? query.get('collection') ?? '';
  if (action === 'DELETE' && (namesTestData(name) || /(^|[-_.])(tmp|temp)([-_.]|$)/i.test(name))) return null;
  return `the Collections API's \`${action}\` deletes what it names`;
}
const RPC_GET_API = /^https?:\/\/([^/?#]*\.)?slack\.com\/api\/|^https?:\/\/api\.telegram\.org\/bot[^/?#]+\//i;
/**
 * VictoriaMetrics' handlers that act on any HTTP method, a GET included ("URL examples": "handler accepts any HTTP method, so
 * sending a GET request to /api/v1/admin/tsdb/delete_series will result in deletion of time series"; the snapshot
 * handlers `/snapshot/delete?snapshot=ID` and `/snapshot/delete_all` the same), on a VictoriaMetrics address: its ports
 * (8428 single-node, 8481 vmselect, 8482 vmstorage) or a host named for it. Prometheus answers a GET there with 405.
 */
const VICTORIA_METRICS_ANY_METHOD = /^https?:\/\/[^/?#]*(:(8428|8481|8482)|victoria|vmselect|vmsingle|vmstorage|vmcluster)[^/?#]*\/(delete\/\d+\/)?(prometheus\/)?(api\/v1\/admin\/tsdb\/delete_series|snapshot\/delete(_all)?)\/?(\?|#|$)/i;

/**
 * Batch endpoints whose body carries its own operations, each judged like a request of its own: Microsoft Graph
 * `$batch` and Salesforce `composite` (`requests`/`compositeRequest`: `[{method, url}]`), Elasticsearch/OpenSearch
 * `_bulk` (NDJSON action lines: `{"delete": {...}}`), Firestore `:commit`/`:batchWrite` (`writes: [{delete: name}]`),
 * JSON:API atomic operations (`atomic:operations: [{op: "remove"}]`), Elasticsearch/OpenSearch `_aliases` actions
 * (`remove_index` deletes the index; `add` and `remove` only move an alias), Consul's `/v1/txn` KV operations. Returns what
 * destroys, or null.
 */
/**
 * Bulk archives of CRM records (lead decision 32, round 17): each archives or deletes many records at once, so the
 * recycle bin does not make them benign as it makes one record's archive (`DELETE …/objects/TYPE/ID`, HARMLESS_ACTIONS).
 * HubSpot "Archive a batch of objects" (`POST /crm/v3/objects/TYPE/batch/archive`, also the dated `/crm/objects/2025-09/…`
 * paths), whose `inputs` list the records. One literal record in `inputs` is the single archive again.
 */
const CRM_BULK_ARCHIVES: ReadonlyArray<{ url: RegExp; what: string; items: string }> = [
  { url: /^https?:\/\/api\.hubapi(qa)?\.com\/crm\/(v\d+\/)?objects\/(\d{4}-\d{2}\/)?[^/?#]+\/batch\/archive\/?(\?|#|$)/i, what: 'HubSpot batch archive', items: 'inputs' },
];
function crmBulkArchive(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method !== 'POST') return null;
  const hit = CRM_BULK_ARCHIVES.find((x) => x.url.test(url));
  if (!hit) return null;
  const items = isJsonObject(body) ? body[hit.items] : undefined;
  // Round 41 (erp2): the lead's answer 430.1: a short fixed list of literal ids (at most SHORT_FIXED_LIST) is narrowed
  // whatever the tool (357.2), as one is; more, or ids not shown, stay a bulk archive (decision 32).
  if (Array.isArray(items) && items.length >= 1 && items.length <= SHORT_FIXED_LIST && items.every((i) => isJsonObject(i) && typeof i['id'] === 'string' && /^[\w.@-]+$/.test(i['id']))) return null;
  const n = Array.isArray(items) ? `${items.length} records` : 'records the input does not list';
  return `${hit.what} of ${n}: many CRM records archived at once (lead decision 32)`;
}

/**
 * The lead's answer 357.2 (round 35): a short fixed list of literal ids is narrowed as `WHERE id IN (1, 2, 3)` is (answers
 * 53 and 156, one document deleted by its id: `DELETE /orders/_doc/ord_1`). An Elasticsearch/OpenSearch `_bulk` body whose
 * every line is a `delete` action naming one literal `_id` in one named index (its own `_index`, or the URL's
 * `/INDEX/_bulk`), at most SHORT_FIXED_LIST of them (answer 372.6: one bound for every short fixed list), deletes those
 * documents only; a bulk of many deletes (a generated cleanup) stays as it was. Not a wildcard, a comma list, `_all` or a system
 * index (`.kibana`); any other action line (`index`, `update`) or a line that is not JSON keeps the whole body judged as
 * before, and `_delete_by_query` is judged on its own.
 */
const LITERAL_INDEX = /^[a-z0-9][a-z0-9_.+-]*$/i;
const LITERAL_DOC_ID = /^[\w.:@+-]+$/;
function fewLiteralBulkDeletes(url: string, body: string): boolean {
  // The path after the scheme and host (`https://es:9200/orders/_bulk`, `es:9200/orders/_bulk`), then `/INDEX/_bulk`.
  const path = url.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*/i, '');
  const urlIndex = /^\/([^/?#]+)\/_bulk\/?(\?|#|$)/.exec(path)?.[1];
  const lines = body.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0 || lines.length > SHORT_FIXED_LIST) return false;
  return lines.every((line) => {
    const action = parseJson(line);
    if (!isJsonObject(action) || Object.keys(action).length !== 1 || !isJsonObject(action['delete'])) return false;
    const meta = action['delete'];
    const index = typeof meta['_index'] === 'string' ? meta['_index'] : urlIndex;
    const id = meta['_id'];
    return index !== undefined && LITERAL_INDEX.test(index) && index.toLowerCase() !== '_all'
      && ((typeof id === 'string' && LITERAL_DOC_ID.test(id)) || (typeof id === 'number' && Number.isInteger(id)));
  });
}

/** Endpoints whose body carries its own operations (judged by destructiveBatch when the body is shown). */
const BATCH_ENDPOINT = /\/(_bulk|v1\/txn|v3(alpha|beta)?\/kv\/txn|\$batch|batch|composite)\/?(\?|#|$)|\/data\/mutate\//;
/** etcd's gRPC JSON gateway (`/v3/…`; `v3alpha` and `v3beta` before etcd 3.4): every call is a POST with a JSON body. */
const ETCD_GATEWAY = /^(https?:\/\/)?[^/?#]+\/v3(alpha|beta)?\/(kv|lease|auth|cluster|maintenance|watch)\//i;
function destructiveBatch(url: string, body: JsonValue | undefined): string | null {
  if (/\/_bulk\/?(\?|$)/.test(url) && typeof body === 'string') {
    if (fewLiteralBulkDeletes(url, body)) return null;
    for (const line of body.split('\n')) {
      if (/^\s*\{\s*"delete"\s*:/.test(line)) return 'a `delete` action line';
    }
    return null;
  }
  // A multipart batch (OData `$batch`, Google's `batch/…`): each part is an HTTP request line (`DELETE Customers('A') HTTP/1.1`).
  if (typeof body === 'string' && /\$batch|\/batch\b/.test(url)) {
    for (const m of body.matchAll(/^[ \t]*(DELETE|POST|PATCH|PUT|MERGE)[ \t]+(\S+)[ \t]+HTTP\/\d(\.\d)?[ \t]*\r?$/gim)) {
      const [, verb, sub] = m as unknown as [string, string, string];
      if (verb.toUpperCase() === 'DELETE' && !harmlessHttpDelete(sub)) return `\`DELETE ${sub}\``;
      if (verb.toUpperCase() !== 'DELETE' && destructiveEndpoint(sub)) return `\`${verb.toUpperCase()} ${sub}\``;
    }
    return null;
  }
  // Consul's transaction API (`PUT /v1/txn`): a KV operation with a delete verb (`delete`, `delete-cas`, `delete-tree`)
  // removes the key or the whole tree under it, as `DELETE /v1/kv/KEY` does.
  if (/\/v1\/txn\/?(\?|#|$)/.test(url) && Array.isArray(body)) {
    const kv = body.map((op) => (isJsonObject(op) && isJsonObject(op.KV) ? op.KV : null)).find((op) => op !== null && /^delete(-cas|-tree)?$/.test(String(op.Verb ?? '')));
    return kv ? `a KV \`${String(kv.Verb)}\` of \`${String(kv.Key ?? '')}\`` : null;
  }
  // Round 30 (h30): etcd's JSON gateway transaction (`POST /v3/kv/txn`): a `request_delete_range` (`requestDeleteRange`)
  // in its `success` or `failure` branch deletes the key or range, as `POST /v3/kv/deleterange` (LOSSY_ENDPOINT) does.
  if (ETCD_GATEWAY.test(url) && /\/kv\/txn\/?(\?|#|$)/.test(url)) {
    const text = typeof body === 'string' ? body : JSON.stringify(body ?? null);
    return /"request_?delete_?range"\s*:/i.test(text) ? 'an etcd `request_delete_range`' : null;
  }
  if (!isJsonObject(body)) return null;
  for (const key of ['requests', 'compositeRequest', 'batchRequests', 'operations']) {
    const list = body[key];
    if (!Array.isArray(list)) continue;
    for (const r of list) {
      if (!isJsonObject(r) || typeof r.method !== 'string') continue;
      const sub = typeof r.url === 'string' ? r.url : '';
      const m = r.method.toUpperCase();
      if (m === 'DELETE' && !harmlessHttpDelete(sub)) return `\`DELETE ${sub}\``;
      if ((m === 'POST' || m === 'PATCH') && sub && destructiveEndpoint(sub)) return `\`${m} ${sub}\``;
    }
  }
  if (Array.isArray(body.writes) && body.writes.some((w) => isJsonObject(w) && typeof w.delete === 'string')) return 'a document `delete` write';
  // Sanity's Mutate API (`/data/mutate/DATASET`): a `delete` by GROQ `query` removes every document it matches (a delete
  // by `id` names one document, whose history keeps it).
  if (Array.isArray(body.mutations) && body.mutations.some((m) => isJsonObject(m) && isJsonObject(m.delete) && m.delete.query !== undefined)) return 'a `delete` mutation by query';
  // PowerDNS API `PATCH …/zones/Z` with an rrset `changetype: DELETE` (also `PRUNE` in newer versions); Cloudflare's DNS
  // record batch (`POST …/dns_records/batch`) with `deletes`.
  if (Array.isArray(body.rrsets) && body.rrsets.some((r) => isJsonObject(r) && /^(delete|prune)$/i.test(String(r.changetype ?? '')))) return 'an rrset `DELETE` change';
  if (/\/dns_records\/batch\/?(\?|$)/.test(url) && Array.isArray(body.deletes) && body.deletes.length > 0) return 'record `deletes`';
  if (/\/_aliases\/?(\?|$)/.test(url) && Array.isArray(body.actions) && body.actions.some((a) => isJsonObject(a) && 'remove_index' in a)) return 'a `remove_index` action, which deletes the index';
  const atomic = body['atomic:operations'];
  if (Array.isArray(atomic) && atomic.some((o) => isJsonObject(o) && o.op === 'remove')) return 'a `remove` operation';
  return null;
}

/**
 * HTTP APIs that run SQL given in the request, with where the statement is: OpenSearch SQL (`_plugins/_sql`,
 * `_opendistro/_sql`: `query`; DELETE is supported there), Elasticsearch SQL (`_sql`: `query`), Trino (`/v1/statement`:
 * the body), Databricks (`/api/2.0/sql/statements`: `statement`), Snowflake (`/api/v2/statements`: `statement`), BigQuery
 * (`…/queries`: `query`), Hasura (`/v2/query` `run_sql`: `args.sql`), the Supabase Management API
 * (`/database/query`: `query`), Cloudflare D1 (`/d1/database/ID/query|raw`: `sql`), ClickHouse's HTTP interface (`?query=`
 * or the body).
 */
const SQL_APIS: ReadonlyArray<{ url: RegExp; dialect?: string; sql: (body: JsonValue | undefined, url: string) => string | null }> = [
  { url: /\/(_plugins|_opendistro)\/_sql\/?(\?|$)|\/_sql\/?(\?|$)/, sql: (b) => (isJsonObject(b) && typeof b.query === 'string' ? b.query : null) },
  { url: /\/v1\/statement\/?(\?|$)/, dialect: 'trino', sql: (b) => (typeof b === 'string' ? b : null) },
  { url: /\/api\/2\.0\/sql\/statements\/?(\?|$)/, dialect: 'databricks', sql: (b) => (isJsonObject(b) && typeof b.statement === 'string' ? b.statement : null) },
  { url: /\/api\/v2\/statements\/?(\?|$)/, dialect: 'snowflake', sql: (b) => (isJsonObject(b) && typeof b.statement === 'string' ? b.statement : null) },
  { url: /\/bigquery\/v2\/projects\/[^/]+\/queries\/?(\?|$)/, dialect: 'bigquery', sql: (b) => (isJsonObject(b) && typeof b.query === 'string' ? b.query : null) },
  { url: /\/v[12]\/query\/?(\?|$)/, dialect: 'postgresql', sql: (b) => (isJsonObject(b) && b.type === 'run_sql' && isJsonObject(b.args) && typeof b.args.sql === 'string' ? b.args.sql : null) },
  { url: /\/v1\/projects\/[^/]+\/database\/query\/?(\?|$)/, dialect: 'postgresql', sql: (b) => (isJsonObject(b) && typeof b.query === 'string' ? b.query : null) },
  { url: /\/d1\/database\/[^/]+\/(query|raw)\/?(\?|$)/, dialect: 'sqlite', sql: (b) => (isJsonObject(b) && typeof b.sql === 'string' ? b.sql : null) },
  { url: /^https?:\/\/[^/]*:8123\//, dialect: 'clickhouse', sql: (b, u) => queryParams(u).get('query') ?? (typeof b === 'string' && b.trim() !== '' ? b : null) },
  // ClickHouse's HTTPS port (8443) and hosts named for it, whose text reads as SQL (8443 serves other things too).
  { url: /^https?:\/\//, dialect: 'clickhouse', sql: (b, u) => (clickhouseHost(u) ? sqlText(queryParams(u).get('query')) ?? sqlText(b) : null) },
  // InfluxDB 1.x's `/query` (also served by 2.x for compatibility) runs the InfluxQL of its `q` parameter, in the URL
  // or the form body (`curl -XPOST …/query --data-urlencode 'q=DROP DATABASE telegraf'`); statements read as SQL's.
  { url: /\/query\/?(\?|$)/, sql: (b, u) => (influxHost(u) ? (queryParams(u).get('q') ?? (typeof b === 'string' ? new URLSearchParams(b).get('q') : null)) : null) },
];
function clickhouseHost(url: string): boolean {
  const host = /^https?:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  return host.endsWith(':8443') || /clickhouse/i.test(host);
}
function influxHost(url: string): boolean {
  const host = /^https?:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  return host.endsWith(':8086') || /influx/i.test(host);
}
/** A text that starts as a SQL statement does (SQL_START), or null. */
function sqlText(v: JsonValue | undefined | null): string | null {
  return typeof v === 'string' && SQL_START.test(v) ? v : null;
}

/** The host a URL names, or null. */
/**
 * Environment names a request body gives in a field that says so (GitHub's workflow dispatch `inputs.environment`, a
 * deploy API's `env` or `stage`): the request acts on that environment, as an MCP tool's `environment` argument does.
 */
const ENVIRONMENT_FIELD = /^(environment|env|environment_name|environment_scope|target_env(ironment)?|deploy_env(ironment)?|stage)$/i;
function bodyEnvironmentNames(body: JsonValue | undefined): Array<{ kind: 'names'; value: string }> {
  return settings(body)
    .filter(({ path, value }) => ENVIRONMENT_FIELD.test(path[path.length - 1] ?? '') && typeof value === 'string' && path.length <= 3)
    .slice(0, 8)
    .map(({ value }) => ({ kind: 'names' as const, value: String(value) }));
}

/**
 * Round 43 (nx43; bl42fw): Mender's "Create a deployment for a group of devices" (`POST
 * /api/management/v1/deployments/deployments`) names the device group it deploys to in its body's `group`: where it acts.
 */
const MENDER_DEPLOYMENTS = /\/api\/management\/v1\/deployments\/deployments\/?(\?|#|$)/i;
function deviceGroupNames(url: string, body: JsonValue | undefined): Array<{ kind: 'names'; value: string }> {
  if (!MENDER_DEPLOYMENTS.test(url)) return [];
  return settings(body).filter(({ path, value }) => path.length === 1 && path[0] === 'group' && typeof value === 'string').map(({ value }) => ({ kind: 'names' as const, value: String(value) }));
}

/**
 * Test data in a non-production tier is disposable (the lead's decision 5, round 16): a name with a whole word saying tests,
 * load tests, end-to-end runs or scratch (`loadtest-42`, `e2e-run-8812`, `qa-test-users`), or a pull request's or CI
 * run's own (`namesScratchEnvironment`). Only when every target is named dev or staging (by the inventory or its name):
 * an unnamed or production tier keeps its data.
 */
const TEST_DATA_WORDS = new Set(['test', 'tests', 'testing', 'scratch', 'e2e', 'loadtest', 'loadtests', 'perftest', 'smoketest', 'fixture', 'fixtures']);
export function namesTestData(name: string): boolean {
  const n = name.toLowerCase();
  return /^[\w.-]+$/.test(n) && (namesScratchEnvironment(n) || n.split(/[-_.]/).some((w) => TEST_DATA_WORDS.has(w)));
}
/**
 * Whether the request is known to act on a non-production tier, by where it goes, not by the name of what it deletes (a
 * path's `test-orders` says nothing of the server): its host or an environment header names dev or staging (inventory
 * first), or the host is this machine (the lead's decision 5: localhost databases named for tests are disposable); and no
 * target of the action is production or unknown.
 */
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])$/i;
function nonProduction(action: Pick<HttpRequestAction, 'url' | 'headers'>, b: FactsBuilder, inventory: Inventory): boolean {
  const host = urlHost(action.url);
  const tierOf = (env: string | null) => {
    const tier = tierOfEnvironment(inventory, env);
    return tier === 'dev' || tier === 'staging' || tier === 'sandbox';
  };
  const named = resolveEnvironment(inventory, [{ kind: 'names', value: host }, ...headerEnvironmentNames(action)]);
  const where = (host !== null && LOOPBACK_HOST.test(host) && named === null) || tierOf(named);
  return where && b.targets.length > 0 && b.targets.every((t) => tierOf(t.environment));
}
/**
 * One record deleted in a SaaS tenant or store named dev, test or sandbox by its own host name (`acme-dev-store.myshopify.com`
 * `…/products/7001.json`, `acme-dev.us.auth0.com …/users/ID`): test data (the lead's decision 40, round 18). One record
 * by its id under a collection of records (users, customers, products, orders, contacts…); not the tenant, its apps,
 * connections or settings, and no bulk or tenant-wide delete.
 */
const TENANT_TEST_WORD = /^(dev|develop|development|test|testing|sandbox|qa)$/i;
const RECORD_COLLECTION = /^(users|customers|products|variants|orders|draft_orders|contacts|people|persons|members|leads|deals|companies|tickets|articles|posts|comments|pages|items|entries|records|documents|invoices|subscriptions|coupons|discounts|price_rules|carts|checkouts|custom_collections|smart_collections|metafields|notes|tasks)$/i;
function devTenantRecordDelete(url: string, fromPath = false): string | null {
  const m = /^https?:\/\/([^/?#:]+)(?::\d+)?(\/[^?#]*)$/i.exec(url);
  // A dot segment moves the request to another environment once curl normalises it (`…/environments/dev/../master/…`).
  if (!m || DOT_SEGMENT.test(url)) return null;
  // The first label names the tenant by a word of it (`acme-dev.us.auth0.com`); a later label before the registrable
  // domain names it when it is the word alone (the lead's answer 56, round 18: `api.dev.acme.com` is a tenant named dev;
  // `api.dev-tools.acme.io` names a product, and the registrable domain itself, `acme.dev`, names nothing).
  const labels = m[1]!.toLowerCase().split('.');
  const registrable = labels.length >= 3 && /^(co|com|net|org|gov|ac|edu|ne|or)$/.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  // The lead's answer 155 (round 24): a path that names the environment (Contentful's `…/environments/dev/entries/ID`) names
  // the store's tier as the host does, on a host that names no production or staging.
  const inPath = /\/environments\/([^/?#]+)\//i.exec(m[2]!)?.[1];
  const far = (t: string | null) => t === 'production' || t === 'staging';
  const tenant = fromPath ? (inPath !== undefined && TENANT_TEST_WORD.test(inPath) && !far(heuristicEnvironment(m[1]!)) ? inPath : undefined) : labels.slice(0, Math.max(0, labels.length - registrable)).find((l, k) => (k === 0 ? l.split(/[-_]/).some((w) => TENANT_TEST_WORD.test(w)) : TENANT_TEST_WORD.test(l)));
  if (tenant === undefined) return null;
  const segs = m[2]!.split('/').filter(Boolean);
  const id = (segs[segs.length - 1] ?? '').replace(/\.json$/i, '');
  const collection = segs[segs.length - 2] ?? '';
  return RECORD_COLLECTION.test(collection) && /\d/.test(id) && /^[\w%|.@-]+$/.test(id) && !/^[*]|%2a/i.test(id) ? `one record of \`${collection}\` in the \`${tenant}\` tenant, named for development or tests: test data` : null;
}
const LOCAL_TEST_ROUTE_WHY = "a test route of the dev server on this machine resets, seeds or clears its test data (the lead's answer 117)";
/** A DELETE on a dev server on this machine of a test route's data (answer 117), of a cache (answers 119, 158) or of one record (answer 157). */
function localDevDelete(url: string): string | null {
  if (localTestRoute(url)) return LOCAL_TEST_ROUTE_WHY;
  if (localCacheRoute(url)) return "a cache of the dev server on this machine, which it fills again (the lead's answer 119)";
  if (localRecordById(url)) return "one record by its numeric id on a dev server on this machine: its development data (decision 40 by the lead's answers 117 and 157)";
  return applicationCacheRoute(url) ? "an application's cache, which it fills again on demand (the lead's answer 158)" : null;
}
/** A DELETE whose last path segment names test data (`…/tenants/loadtest-42`, `…/users/e2e-run-8812`). */
function testDataDelete(url: string): string | null {
  const last = /\/([^/?#]+)\/?(\?|#|$)/.exec(url.replace(/^[a-z]+:\/\/[^/]*/i, ''))?.[1];
  const name = percentDecodedOrNull(last ?? '');
  return name !== null && name !== '' && namesTestData(name) ? `\`${name}\` names test data in a non-production tier` : null;
}
/**
 * The lead's answer 72 (round 20): one resource of a self-hosted tool's or a SaaS API deleted by its own name, where that
 * name says scratch, test, CI, temporary or ephemeral by a whole word (namesDisposable over SCRATCH_WORDS_BUT_SANDBOX:
 * `…:9200/scratch-bench-1`, `…/repos/agent/scratch-migration-test`, `…/consumers/partner-sandbox-test`) or is a pull
 * request's or CI run's own (namesScratchEnvironment), on a server of unknown tier. Fail closed: not when the host, a path
 * segment, the query, a header (`Host:`) or a target names production or staging; not a wildcard, a list, `_all`,
 * `..`, a hidden (`_`, `.`) index, a query that is not a plain flag (`?recursive=true` deletes what the scratch name
 * holds; `?labelSelector=`, `?q=` widen it; `?permanent=true`, `?purge` skip the trash a tool keeps); not a Kubernetes
 * object (judged by its kind), and not a file, secret, key, policy, account or product record path, where the name is a
 * thing inside something kept (`…/contents/tests`, `…/secret/data/ci`, `…/tenants/loadtest-7`: testDataDelete's).
 */
const CLOUD_API_HOST = /(^|\.)(googleapis\.com|amazonaws\.com(\.cn)?|azure\.com|windows\.net)(:\d+)?$/i;
const ROOT_STORE_PORT = /:(5984|9200)$/;
const SCRATCH_QUERY = /^(recursive|force|cascade|timeout|master_timeout|cluster_manager_timeout|pretty|v)$/i;
const NOT_A_SCRATCH_PARENT = /^(contents|files?|raw|tree|blobs?|src|secrets?|kv|data|metadata|credentials|keys?|tokens?|certs?|certificates|policies|policy|acls?|roles?|users?|members|permissions)$/i;
/**
 * Round 30 (h30): answer 72's words reach those collections when the name says scratch without saying tests or CI
 * (SCRATCH_ONLY_WORDS but `sandbox`, answers 216 and 236: `…/workspaces/scratch-ws-4412`, `…/environments/tmp-demo`); a
 * bare `test`, `ci` or `e2e` there may be the environment every run shares (answer 84), so those still ask for a run's
 * number. Databases, datasets and tenants hold data, groups hold access: they keep asking for one too.
 */
const SCRATCH_ONLY_BUT_SANDBOX: ReadonlySet<string> = new Set([...SCRATCH_ONLY_WORDS].filter((w) => w !== 'sandbox'));
function scratchOnlyInCollection(url: string, name: string): boolean {
  return !/\/(databases|datasets|tenants|groups)\/[^/?#]+\/?(\?|#|$)/i.test(url) && namesDisposable(name, SCRATCH_ONLY_BUT_SANDBOX);
}
/** `…/queues/VHOST/NAME` or `…/queues/VHOST/NAME/contents` (path segments, decoded): one RabbitMQ queue or its messages. */
function rabbitQueueOrContents(segs: readonly string[]): boolean {
  const at = segs[segs.length - 1] === 'contents' ? segs.length - 4 : segs.length - 3;
  return at >= 0 && segs[at] === 'queues';
}
function scratchNamedDelete(action: Pick<HttpRequestAction, 'url' | 'headers'>, b: FactsBuilder, inventory: Inventory): string | null {
  const m = /^(?:https?:\/\/)?([^/?#]*)(\/[^?#]*)(?:\?([^#]*))?$/i.exec(action.url);
  if (!m || /[*,]|%2[ac]|\.\.|%2e%2e|_all/i.test(action.url) || /\/(api\/v1|apis\/[^/]+\/[^/]+)\/(namespaces|nodes|persistentvolumes)\b/.test(m[2]!)) return null;
  if ((m[3] ?? '').split('&').some((p) => p !== '' && !SCRATCH_QUERY.test(p.replace(/=(true|1|false|0|\d+[smh]?)?$/i, '')))) return null;
  const decoded = m[2]!.split('/').filter(Boolean).map(percentDecodedOrNull);
  if (decoded.some((s) => s === null)) return null;
  const segs = decoded as string[];
  // RabbitMQ's management API deletes a queue with `DELETE /api/queues/VHOST/NAME` and purges it with `…/NAME/contents`:
  // its messages are lost whatever the queue is named (the lead's answers 395.4 and 399.2 withdrew 258's test-named queues).
  if (rabbitQueueOrContents(segs)) return null;
  const name = segs[segs.length - 1] ?? '';
  const parent = segs[segs.length - 2] ?? '';
  if (!/^[\w-][\w.-]*$/.test(name) || name.startsWith('_') || segs.slice(0, -1).some((s) => NOT_A_SCRATCH_PARENT.test(s)) || RECORD_COLLECTION.test(parent) || /^tenants$/i.test(parent)) return null;
  // Cloud providers' APIs have their own rules; a document inside a CouchDB or Elasticsearch store is kept data (only the
  // store itself, or a `_`-named resource such as `_ingest/pipeline/NAME`, is one resource); the collections round 19 read
  // (mounts, realms, vhosts, databases…) ask for a run's number (scratchResourceDelete).
  if (CLOUD_API_HOST.test(m[1]!) || (ROOT_STORE_PORT.test(m[1]!) && segs.length > 1 && !segs[0]!.startsWith('_')) || (SCRATCH_COLLECTION.test(action.url) && !scratchOnlyInCollection(action.url, name))) return null;
  // `sandbox` alone is a developer's dev data (the lead's answers 216 and 236).
  if ((!namesDisposable(name, SCRATCH_WORDS_BUT_SANDBOX) && !namesScratchEnvironment(name)) || namesSharedCiResource(name)) return null;
  // Every header but credentials counts too: a `Host:` header sends the request to another server.
  const headerValues = Object.entries(action.headers ?? {}).filter(([k]) => !/^(authorization|cookie|proxy-authorization)$/i.test(k)).map(([, v]) => v);
  const tiers = [m[1]!, ...segs, m[3] ?? '', ...headerValues].map((part) => heuristicEnvironment(part));
  const named = resolveEnvironment(inventory, [{ kind: 'names', value: urlHost(action.url) }, ...headerEnvironmentNames(action)]);
  const far = (tier: string | null) => tier === 'production' || tier === 'staging';
  if (tiers.some(far) || far(tierOfEnvironment(inventory, named)) || b.targets.some((t) => far(tierOfEnvironment(inventory, t.environment)))) return null;
  return `\`${name}\` is one resource named scratch, test, CI or temporary, deleted by its name: made to be thrown away (the lead's answer 72)`;
}
/**
 * An Elasticsearch/OpenSearch `_delete_by_query` that only reaches test data: every index it names does (`loadtest-*`,
 * wildcards read as the name they start), or its query is terms that all name test data (`{"term": {"tenant":
 * "loadtest-42"}}`).
 */
const NOT_A_TERM = /^(must_not|should|range|script|wildcard|prefix|regexp|fuzzy|exists|match_all|query_string|simple_query_string|minimum_should_match)$/;
function deletesTestData(url: string, body: JsonValue | undefined): boolean {
  const indices = /^[a-z]+:\/\/[^/]*\/([^/?#]+)\/_delete_by_query/i.exec(url)?.[1];
  if (indices !== undefined && indices.split(',').every((i) => namesTestData(i.replace(/[-_.]?\*+$/, '')))) return true;
  const leaves = settings(isJsonObject(body) ? body.query : undefined);
  return leaves.length > 0 && leaves.every(({ path, value }) => typeof value === 'string' && namesTestData(value) && !path.some((p) => NOT_A_TERM.test(p)));
}

const CALLBACK_KEY = /url|uri|endpoint|callback|hook|target|address|destination/i;
/**
 * A Shopify store's webhook pointed at a host that is not the store's own (round 18, p18): REST "Create a webhook"
 * (`POST|PUT /admin/api/V/webhooks[/ID].json`, `webhook.address`) or GraphQL `webhookSubscriptionCreate|Update`
 * (`callbackUrl`). The store's own hosts are those that carry a word of its name (`acme-store.myshopify.com` →
 * `hooks.acme-store.com`, `api.acme.io`) and Shopify's own; any other receives every order and customer it subscribes to.
 * Returns that host, or null.
 */
const SHOPIFY_ADMIN = /^https?:\/\/([a-z0-9][a-z0-9-]*)\.myshopify\.com\/admin\/api\/[^/?#]+\/(graphql\.json|webhooks(\/\d+)?\.json)(\?|#|$)/i;
const STORE_NAME_FILLER = /^(store|shop|shops|the|dev|development|staging|stage|prod|production|test|eu|us|uk|de|fr|online|official|app)$/;
function storeWebhookAway(url: string, body: JsonValue | undefined): string | null {
  const store = SHOPIFY_ADMIN.exec(url)?.[1]?.toLowerCase();
  if (store === undefined || body === undefined) return null;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  if (!/webhookSubscription(Create|Update)|"address"\s*:/.test(text)) return null;
  const words = store.split('-').filter((w) => w.length >= 3 && !STORE_NAME_FILLER.test(w));
  for (const m of text.matchAll(/(callbackUrl|address)\\?"?\s*:\s*\\?"(https?:\/\/[^"\\\s]+)/g)) {
    const host = (urlHost(m[2]!) ?? '').toLowerCase();
    if (host === '') continue;
    const labels = host.split(/[.-]/);
    if (host.endsWith('.myshopify.com') || host.endsWith('.shopify.com') || words.some((w) => labels.includes(w) || host.includes(store))) continue;
    return host;
  }
  return null;
}

function eventsSentOutside(body: JsonValue | undefined): { key: string; host: string } | null {
  for (const { path, value } of settings(body)) {
    const key = path[path.length - 1] ?? '';
    if (typeof value === 'string' && CALLBACK_KEY.test(path.join('.')) && CAPTURE_HOST.test(value.trim())) return { key: path.join('.') || key, host: urlHost(value.trim()) ?? value };
  }
  return null;
}

/**
 * The tier a request's headers name: an environment header (`X-Environment: production`, ENVIRONMENT_HEADERS) and a
 * live-mode Stripe key (`Bearer sk_live_…`: the live account, production). Clues as the host is; the most severe wins.
 */
export function headerEnvironmentNames(action: Pick<HttpRequestAction, 'url' | 'headers'>): Array<{ kind: 'names'; value: string }> {
  const out: Array<{ kind: 'names'; value: string }> = [];
  for (const name of ENVIRONMENT_HEADERS) {
    const value = requestHeader(action.headers, name);
    if (value !== undefined && value !== '') out.push({ kind: 'names', value });
  }
  if (liveModeKey(action.url, action.headers)) out.push({ kind: 'names', value: 'production' });
  return out;
}

/**
 * Judges an HTTP request. `shell`, when given, judges a command line the request runs (an exec into a container), with the
 * shell model; without it such a request is opaque.
 */
export function classifyHttpRequest(action: HttpRequestAction, inventory: Inventory, b: FactsBuilder, ctx: ActionContext = {}, shell?: (command: string) => void): void {
  action = judgedRequest(action);
  const host = urlHost(action.url);
  // A Kubernetes API request (to the server or through `kubectl proxy`) acts on the cluster of the current kube context.
  const kube = KUBE_API_URL.test(action.url) ? [...contextClues(ctx, 'kubernetes'), { kind: 'names' as const, value: ctx.kubeContext }] : [];
  // Round 42 (bl42virt): a query's percent-encoded value names a tier as its decoded text does (`search=cluster%3Dprod-cluster`).
  const decoded = decodeURIComponentSafe(action.url);
  const environment = resolveEnvironment(inventory, [{ kind: 'urls', value: action.url }, ...(decoded === action.url ? [] : [{ kind: 'urls' as const, value: decoded }]), { kind: 'names', value: host }, ...kube, ...bodyEnvironmentNames(action.body), ...deviceGroupNames(action.url, action.body), ...headerEnvironmentNames(action), ...awsRequestResourceNames(action.headers, action.body).map((value) => ({ kind: 'names' as const, value }))]);
  b.verb('network').target({ kind: 'http', id: action.url, environment, home: false });
  const { method, via } = effectiveMethod(action);
  b.summary(`${action.method.toUpperCase()} ${action.url}${via ? ` (${method} by ${via})` : ''}`);
  // The lead's answer 335 (round 32): a template variable (`${ID}`) in an id position reads as an id; one that is the
  // whole path or stands where the operation is named leaves the write's operation unknown.
  // A JSON-RPC body names the operation (round 40): the path is the node's address, often with an API key in it.
  const hidden = jsonRpcMethods(action.body) ? null : hiddenOperation(method, action.url, 'template');
  if (hidden) b.opaque('http_dynamic_endpoint', `HTTP ${method} \`${action.url}\`: ${hidden}`);
  judgeHttpRequest(action, b, { ctx, inventory, shell });
}

/**
 * The one judge of an HTTP request's effect, for an agent's `http_request` and for the same request sent by curl, wget or
 * HTTPie in a shell line, so that no door judges it more leniently than another. `bodyHidden`: the request has a body the
 * input does not show (`curl -d @file`, `-T file`), so a PUT replaces the resource with content nobody has read `bodyUnseen`:
 * the request's body itself comes from a file or a variable (not an upload of a file as the resource), so what it sets is unseen. `shell`
 * judges a command line the request runs (an exec into a container).
 */
export function judgeHttpRequest(request: HttpRequestAction, b: FactsBuilder, where: { ctx: ActionContext; inventory: Inventory; bodyHidden?: boolean; bodyUnseen?: boolean; shell?: ((command: string) => void) | undefined }): void {
  const action = judgedRequest(request);
  const { ctx, inventory, shell } = where;
  const host = urlHost(action.url);
  const { method, via } = effectiveMethod(action);
  const shown = via ? `${method} (by ${via})` : method;
  if (KUBE_DRY_RUN.test(action.url) && method !== 'GET') {
    b.verb('write').finding('http_dry_run', `HTTP ${shown} \`${action.url}\`: a Kubernetes dry run, validated and not persisted`);
    return;
  }
  // Sanity's Mutate API with `dryRun=true` ("the mutations are validated and the result returned, nothing is committed").
  if (/\/data\/mutate\/[^?#]+\?(.*&)?dryRun=true(&|#|$)/.test(action.url)) {
    b.verb('write').finding('http_dry_run', `HTTP ${shown} \`${action.url}\`: a dry run, validated and not committed`);
    return;
  }
  // Cloud and SaaS APIs whose request loses nothing whatever its path says (a test-mode key, a dry run, a restart).
  const noLoss = restApiNoLoss(method, action.url, action.headers, action.body);
  if (noLoss) {
    b.verb(noLoss.deploy ? 'deploy' : method === 'DELETE' ? 'delete' : 'write').finding('http_api_no_loss', `HTTP ${shown} \`${action.url}\`: ${noLoss.why}`);
    return;
  }
  for (const api of SQL_APIS) {
    if (!api.url.test(action.url)) continue;
    const sql = api.sql(action.body, action.url);
    if (sql === null) continue;
    classifySqlInto(sql, { ctx, inventory, dialect: api.dialect ?? ctx.dialect, host: host ?? undefined }, b);
    return;
  }
  // SQL carried by an API we do not list (`{"sql": "DROP TABLE t"}`, `{"query": "DELETE FROM t"}`): judged as SQL too.
  if (method !== 'GET' && method !== 'HEAD') for (const sql of sqlInBody(action.body)) classifySqlInto(sql, { ctx, inventory, dialect: ctx.dialect, host: host ?? undefined }, b);
  // An AWS JSON-protocol request names its operation in a header; the URL is only `/`.
  if (method === 'POST' && awsJsonRequest(action, shown, b, where)) {
    // judged by its operation
  } else if (method === 'DELETE') {
    const removed = securityWorkflowRemoved(method, action.url, undefined);
    const why = removed ? null : harmlessHttpDelete(action.url) ?? (nonProduction(action, b, inventory) ? (testDataDelete(action.url) ?? devTenantRecordDelete(action.url)) : null) ?? (b.targets.every((t) => t.environment !== null && tierOfEnvironment(inventory, t.environment) === 'dev') ? devTenantRecordDelete(action.url, true) : null) ?? scratchNamedDelete(action, b, inventory) ?? localDevDelete(action.url);
    if (why) b.verb('delete').finding('http_delete_harmless', `HTTP ${shown} \`${action.url}\`: ${why}`);
    else if (removed) b.verb('delete').destroy(removed.code, `HTTP ${shown} \`${action.url}\`: ${removed.why}`);
    else b.verb('delete').destroy('http_delete', `HTTP ${shown} \`${action.url}\``);
  } else if (method === 'PUT') {
    b.verb('write', 'replace');
    const harmless = harmlessUrl(action.url);
    const creates = harmless ? undefined : PUT_CREATES.find((r) => r.url.test(action.url))?.why;
    if (harmless) b.finding('http_put_harmless', `HTTP ${shown} \`${action.url}\`: ${harmless}`);
    else if (PUT_ACTION.test(action.url.replace(/[?#].*$/, ''))) b.finding('http_put_action', `HTTP ${shown} \`${action.url}\` performs an action (a restore, publish, archive, merge or enable); it replaces nothing`);
    else if (creates) b.verb('write').finding('http_put_creates', `HTTP ${shown} \`${action.url}\` ${creates}`);
    else if (where.bodyHidden && presignedObjectUpload(action.url)) b.finding('http_object_upload', `HTTP ${shown} \`${action.url}\` uploads an object through a presigned URL`);
    else if (where.bodyHidden && s3ObjectUpload(action.url)) b.finding('http_object_upload', `HTTP ${shown} \`${action.url}\` uploads an object (as \`aws s3 cp\`)`);
    // A body from a file the input does not show (`-d @cfg.json`, `--body-file`): unknown, the lead's decision 41 (round 18).
    else if (where.bodyUnseen) b.opaque('http_body_unseen', `HTTP ${shown} replaces \`${action.url}\` with a body the input does not show (a file or a variable)`);
    else if (where.bodyHidden) b.destroy('http_put', `HTTP ${shown} replaces \`${action.url}\` with content the input does not show`);
    else if (emptyBody(action.body) || (emptiesResource(action.body) && !SETTINGS_MERGE.test(action.url))) b.destroy('http_put_empty', `HTTP ${shown} replaces \`${action.url}\` with an empty body`);
    else if (PUT_REPLACES.test(action.url)) b.destroy('http_put_replaces', `HTTP ${shown} replaces \`${action.url}\` with the body; what it leaves out is cleared`);
    else if (/\?(.*&)?lifecycle(=|&|#|$)/.test(action.url) && typeof action.body === 'string' && S3_LIFECYCLE_EXPIRES_NOW.test(action.body)) b.verb('delete').destroy('data_expiry', `HTTP ${shown} \`${action.url}\` expires every object its rule matches within a day`);
    else if (destructiveEndpoint(action.url)) b.verb('delete').destroy('http_destructive_endpoint', `HTTP ${shown} to a destructive endpoint`);
    else if (outageEndpoint(action.url)) b.destroy('service_outage', `HTTP ${shown} \`${action.url}\` takes the service or index out of service`);
  } else if (method === 'POST' || method === 'PATCH') {
    b.verb('write');
    const harmless = harmlessUrl(action.url);
    if (harmless) b.finding('http_harmless', `HTTP ${shown} \`${action.url}\`: ${harmless}`);
    else if (DELETE_BY_QUERY.test(action.url) && narrowedToIds(action.body)) b.verb('delete').finding('http_delete_narrowed', `HTTP ${shown} \`${action.url}\`: a delete by query narrowed to the ids it names`);
    else if (DELETE_BY_QUERY.test(action.url) && nonProduction(action, b, inventory) && deletesTestData(action.url, action.body)) b.verb('delete').finding('http_test_data_delete', `HTTP ${shown} \`${action.url}\`: deletes test data (its index or its query names load-test, e2e or test data) in a non-production tier`);
    else if (DELETE_BY_QUERY.test(action.url) && disposableSearchDelete(action.url, action.body, inventory)) b.verb('delete').finding('test_data_delete', `HTTP ${shown} \`${action.url}\`: ${disposableSearchDelete(action.url, action.body, inventory)}`);
    else if (DELETE_BY_QUERY.test(action.url) && retentionSearchDelete(action.url, action.body)) b.verb('delete').finding('retention_delete', `HTTP ${shown} \`${action.url}\`: ${retentionSearchDelete(action.url, action.body)}`);
    else if (narrowTestSeriesDelete(action.url) || narrowInfluxTestDelete(action.url, action.body)) b.verb('delete').finding('http_delete_narrowed', `HTTP ${shown} \`${action.url}\`: deletes an hour or less of one test or load-test job's series`);
    else if (destructiveEndpoint(action.url) && localTestRoute(action.url)) b.verb('delete').finding('http_test_data_delete', `HTTP ${shown} \`${action.url}\`: ${LOCAL_TEST_ROUTE_WHY}`);
    else if (destructiveEndpoint(action.url)) b.verb('delete').destroy('http_destructive_endpoint', `HTTP ${shown} to a destructive endpoint`);
    else if (postgrestUpdatesAll(method, action.url)) b.destroy('http_update_all', `HTTP ${shown} \`${action.url}\` has no filter: PostgREST updates every row`);
    else if (postgrestPrivilegeRaised(method, action.url, action.body)) b.verb('permissions').destroy('privilege_raised', `HTTP ${shown} \`${action.url}\` sets \`${postgrestPrivilegeRaised(method, action.url, action.body)}\` to an administrator's: the rows its filters select get an administrator's rights`);
    else if (where.bodyUnseen && unseenBodyCouldDestroy(method, action.url) && !BATCH_ENDPOINT.test(action.url)) b.opaque('http_body_unseen', `HTTP ${shown} \`${action.url}\` sends a body the input does not show; it could switch a setting off or widen access`);
    else if (where.bodyHidden && BATCH_ENDPOINT.test(action.url)) b.opaque('http_batch_unseen', `HTTP ${shown} \`${action.url}\` runs the operations of a body the input does not show: any of them may delete`);
    else if (outageEndpoint(action.url)) b.destroy('service_outage', `HTTP ${shown} \`${action.url}\` takes the service or index out of service`);
  } else if (READ_METHODS.test(method)) {
    b.verb('read');
    const op = method === 'GET' && AWS_QUERY_HOST.test(action.url) ? operationParam(action) : null;
    if (op) b.verb('delete').destroy('http_operation_param', `HTTP GET \`${action.url}\` with \`${op}\` names a destructive operation (AWS Query API)`);
    else if (method === 'GET' && RPC_GET_API.test(action.url) && !harmlessUrl(action.url) && destructiveEndpoint(action.url)) b.verb('delete').destroy('http_destructive_endpoint', `HTTP GET to a destructive RPC method (the API acts on a GET as on a POST)`);
    else if (solrAdminDeletes(action.url)) b.verb('delete').destroy('http_destructive_endpoint', `HTTP ${shown} \`${action.url}\`: ${solrAdminDeletes(action.url)}`);
    else if (method === 'GET' && VICTORIA_METRICS_ANY_METHOD.test(action.url)) b.verb('delete').destroy('http_destructive_endpoint', `HTTP ${shown} \`${action.url}\`: VictoriaMetrics deletes series or snapshots on a GET as on a POST`);
    else if (plantRequestEffect(method, action.url, undefined)?.effect === 'outage') b.verb('write').destroy('service_outage', `HTTP ${shown} \`${action.url}\`: ${plantRequestEffect(method, action.url, undefined)!.why}`);
    // Round 44 (atk44): Flink's legacy YARN routes cancel or stop a job on a GET (`/jobs/:jobid/yarn-cancel`, bi-http.ts).
    else if (method === 'GET' && biRequestEffect(method, action.url, undefined)) b.verb('write').destroy('service_outage', `HTTP ${shown} \`${action.url}\`: ${biRequestEffect(method, action.url, undefined)!.why}`);
    // Round 44 (bl44media): nginx-rtmp's and Icecast's admin APIs drop a publisher or kill a source on a GET (media-http.ts).
    else if (method === 'GET' && mediaGetOutage(action.url)) b.verb('write').destroy('service_outage', `HTTP ${shown} \`${action.url}\`: ${mediaGetOutage(action.url)!}`);
    // Round 40 (ch40): a GET with a JSON-RPC body is read as the body's call (the lead's answer 419.23: a server may take a GET).
    else if (method === 'GET' && jsonRpcBodyOnGet(action.url, action.body)) {
      const rpc = jsonRpcBodyOnGet(action.url, action.body)!;
      if (rpc.deletes) b.verb('delete');
      b.destroy(rpc.code, `HTTP ${shown} \`${action.url}\` with a JSON-RPC body: ${rpc.why}`);
    }
  } else if (CACHE_PURGE_METHODS.test(method)) b.verb('write').finding('http_cache_purge', `HTTP ${shown} \`${action.url}\`: drops the cached copy; the origin serves it again`);
  else b.opaque('http_unknown_method', `HTTP method \`${method}\` we do not know`);
  if ((method === 'PUT' || method === 'POST' || method === 'PATCH') && roleMappedToEveryone(action.url, action.body)) b.verb('permissions').destroy('public_access', `HTTP ${shown} \`${action.url}\` maps every user to the role`);
  const ciSecret = method === 'PUT' || method === 'PATCH' ? ciSecretVariableReplaced(action.url, action.body) : null;
  if (ciSecret) b.destroy('ci_secret_replaced', `HTTP ${shown} \`${action.url}\` replaces \`${ciSecret}\`, a CI secret or a variable named as one: its value is kept nowhere else`);
  if (method === 'POST') {
    const stored = storedGraphqlOperation(action.url, action.body);
    if (stored?.destroys) b.verb('delete').destroy('graphql_destructive_mutation', `HTTP ${shown} \`${action.url}\`: a stored GraphQL document run as \`${stored.name}\`, which names a destructive operation`);
    else if (stored) b.opaque('graphql_document_unseen', `HTTP ${shown} \`${action.url}\` runs a stored GraphQL document${stored.name ? ` (\`${stored.name}\`)` : ''} whose text is not in the input`);
  }
  const api = restApiEffects(method, action.url, action.body);
  for (const fx of api.effects) {
    if (fx.devWrite && nonProduction(action, b, inventory)) {
      b.verb('permissions').finding(fx.code, `HTTP ${shown} \`${action.url}\`: ${fx.why}, in a development or test tier (a write)`);
      continue;
    }
    if (fx.deletes) b.verb('delete');
    b.destroy(fx.code, `HTTP ${shown} \`${action.url}\`: ${fx.why}`);
  }
  if (api.unseen) b.opaque('http_code_unseen', `HTTP ${shown} \`${action.url}\`: ${api.unseen}`);
  if (method === 'POST' || method === 'PATCH' || method === 'PUT') {
    // Staging scaled to zero is parked, not lost (the lead's decision, round 15): when every target the request names is
    // staging.
    const parked = b.targets.length > 0 && b.targets.every((t) => isStaging(inventory, t.environment));
    for (const fx of httpBodyEffects(method, action.url, action.body)) {
      if (fx.scaleToZero && parked) {
        b.verb('write').finding('scale_zero_parked', `HTTP ${shown} \`${action.url}\`: ${fx.why} in staging: parked, not lost`);
        continue;
      }
      if (fx.deletes) b.verb('delete');
      b.destroy(fx.code, `HTTP ${shown} \`${action.url}\`: ${fx.why}`);
    }
    const command = execCommand(action.url, action.body);
    if (command !== null) {
      b.verb('exec');
      if (shell) shell(command);
      else b.opaque('http_exec', `HTTP ${shown} \`${action.url}\` runs \`${command}\``);
    }
  }
}

/**
 * An AWS JSON-protocol request (`POST /` with `X-Amz-Target: DynamoDB_20120810.DeleteTable`; DynamoDB, Kinesis, SSM, KMS,
 * Secrets Manager and the other services botocore lists with a target prefix): the header names the operation, so it is
 * judged by the catalogue the `aws` CLI reader uses (aws-operations.ts), whatever the URL says. The request members carry
 * what the CLI's options would (a batch's items, the SQL, a secret's value). False when the request names no target.
 */
function awsJsonRequest(action: HttpRequestAction, shown: string, b: FactsBuilder, where: { ctx: ActionContext; inventory: Inventory; bodyHidden?: boolean; bodyUnseen?: boolean; shell?: ((command: string) => void) | undefined }): boolean {
  const value = requestHeader(action.headers, 'x-amz-target');
  if (value === undefined) return false;
  const at = `HTTP ${shown} \`${action.url}\``;
  const t = awsJsonTarget(value);
  if (!t) {
    // SECURITY: the header chooses the operation; one we cannot read may be any of them.
    b.opaque('aws_target_unread', `${at}: \`X-Amz-Target: ${value.slice(0, 80)}\` names no operation we can read`);
    return true;
  }
  const service = t.service ?? t.prefix;
  const op = t.op;
  const label = `${t.prefix}.${t.api} (aws ${service} ${op})`;
  const body = isJsonObject(action.body) ? action.body : null;
  // The members are unseen when the body is read from a file or is not a JSON object.
  const unseen = where.bodyHidden === true || (action.body !== undefined && body === null);
  const member = (name: string): JsonValue | undefined => (body ? body[name] : undefined);
  const undo = AWS_NOT_A_LOSS.find((x) => x.service === service && x.op === op);
  if (undo) {
    b.verb('write').finding('aws_operation_no_loss', `${at} calls ${label}: ${undo.why}`);
    return true;
  }
  const expires = AWS_EXPIRES.find((x) => x.service === service && x.op === op);
  if (expires) {
    b.verb('write', 'delete').destroy('data_expiry', `${at} calls ${label}: ${expires.why}`);
    return true;
  }
  const disable = AWS_SERVING_DISABLE.find((x) => x.service === service && x.op === op);
  if (disable) {
    b.verb('write').destroy('service_outage', `${at} calls ${label}: ${disable.why}`);
    return true;
  }
  if (service === 'ssm' && op === 'send-command') {
    b.verb('exec', 'network');
    const params = member('Parameters');
    const commands = isJsonObject(params) ? params.commands : undefined;
    const shellScript = member('DocumentName') === 'AWS-RunShellScript' && Array.isArray(commands) && commands.every((c) => typeof c === 'string');
    if (shellScript && where.shell) for (const c of commands as string[]) where.shell(c);
    else b.opaque('ssm_unseen_command', `${at} calls ${label}: it runs commands we cannot read`);
    return true;
  }
  const batch = AWS_BATCH_DELETES.find((x) => x.service === service && x.op === op && x.member !== undefined);
  if (batch) {
    const doc = member(batch.member!);
    if (unseen || doc === undefined) b.opaque('aws_batch_unseen', `${at} calls ${label} with a \`${batch.member!}\` we cannot see`);
    else if (batch.deletes.test(JSON.stringify(doc))) b.verb('delete').destroy('aws_batch_delete', `${at} calls ${label}: its \`${batch.member!}\` deletes`);
    else b.verb('write');
    return true;
  }
  const sql = AWS_SQL.find((x) => x.service === service && x.op === op && x.member !== undefined);
  if (sql) {
    const v = member(sql.member!);
    const statements = typeof v === 'string' ? [v] : Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null;
    if (unseen || statements === null) b.opaque('sql_unseen', `${at} calls ${label}: it runs SQL that is not part of the action`);
    else for (const s of statements.slice(0, 20)) classifySqlInto(s, { ctx: where.ctx, inventory: where.inventory, dialect: sql.dialect }, b);
    return true;
  }
  // Secrets Manager: a new value is a new version; the one it replaces stays as AWSPREVIOUS (the lead's answer 53), as
  // `put-secret-value --secret-string`: a write.
  if (service === 'secretsmanager' && (op === 'put-secret-value' || op === 'update-secret') && (unseen || member('SecretString') !== undefined || member('SecretBinary') !== undefined)) {
    b.verb('write').finding('secret_new_version', `${at} calls ${label}: a new version of the secret; the current one stays as AWSPREVIOUS`);
    return true;
  }
  // One DynamoDB item deleted by its whole primary key, as `aws dynamodb delete-item --key` (namesItemByKey).
  if (service === 'dynamodb' && op === 'delete-item' && !unseen && namesItemByKey(member('Key'))) {
    b.verb('delete').finding('item_delete_keyed', `${at} calls ${label}: it deletes the one item its whole primary key names`);
    return true;
  }
  if (AWS_SECURITY_MONITORS.test(service) && /^(disable|stop)(?=$|-)/.test(op)) {
    b.verb('write').destroy('safeguard_off', `${at} calls ${label}: it switches off security monitoring`);
    return true;
  }
  const verb = op.replace(/^(batch|admin)-/, '');
  const identity = service === 'iam' || service === 'sso-admin' || service === 'organizations' || PERMISSION_OP.test(verb);
  if (/^flush-[\w-]*cache$/.test(verb)) b.verb('write');
  else if (DESTROY_OP.test(verb)) b.verb(identity ? 'permissions' : 'delete', 'delete').destroy('cloud_delete', `${at} calls ${label}, which deletes`);
  else if (OUTAGE_OP.test(verb)) b.verb('write').destroy('service_outage', `${at} calls ${label}, which takes it out of service`);
  else if (REIMAGE_OP.test(verb)) b.verb('replace', 'delete').destroy('disk_reimage', `${at} calls ${label}, which replaces the disk with a fresh image`);
  else if (READ_OP.test(verb)) b.verb('read');
  else if (identity) b.verb('permissions');
  else b.verb('write');
  // ECS `UpdateService` with `desiredCount: 0` stops every task, as `aws ecs update-service --desired-count 0`; Application
  // Auto Scaling's `MaxCapacity: 0` the same (AWS_ZERO_SIZE).
  const zero = AWS_ZERO_SIZE.find((z) => z.service === service && z.op === op && z.member !== undefined && member(z.member) === 0);
  if (zero) b.destroy('scale_to_zero', `${at} calls ${label} with \`${zero.member}: 0\`: nothing is left serving`);
  return true;
}

/**
 * A GraphQL request that runs a document stored on the server instead of sending its text: Apollo's automatic persisted
 * queries (`extensions.persistedQuery.sha256Hash` without `query`), and trusted documents sent by id (`id`, `documentId`,
 * `queryId`, `doc_id`). What runs is not in the input; the operation name is the client's label of it, and a destructive
 * one is taken at its word. Null when the body is no such request. Read on POST only: GraphQL over GET cannot mutate.
 */
function storedGraphqlOperation(url: string, body: JsonValue | undefined): { name: string; destroys: boolean } | null {
  const requests = Array.isArray(body) ? body : [body];
  let out: { name: string; destroys: boolean } | null = null;
  for (const r of requests.slice(0, 100)) {
    if (!isJsonObject(r) || typeof r.query === 'string') continue;
    const ext = isJsonObject(r.extensions) ? r.extensions : {};
    const persisted = isJsonObject(ext.persistedQuery) || ['documentId', 'queryId', 'doc_id', 'persisted_query_id'].some((k) => typeof r[k] === 'string');
    const byId = typeof r.id === 'string' && /graphql|gql/i.test(url) && ('variables' in r || 'operationName' in r);
    if (!persisted && !byId) continue;
    const name = typeof r.operationName === 'string' ? r.operationName : '';
    const destroys = name !== '' && mutationFieldVerb([name]) === 'destroy';
    if (!out || destroys) out = { name, destroys };
  }
  return out;
}

/**
 * Settings that an API updates with a POST (GitLab "Change configuration": `POST /projects/ID/approvals`; a `…/settings`;
 * Hetzner Cloud's `POST …/actions/change_protection {delete, rebuild}` on servers, volumes, images, IPs and networks; Vault's
 * `POST …/config` endpoints such as `transit/keys/NAME/config`).
 */
const SETTINGS_POST = /\/(approvals|merge_request_approval_settings?|settings|change_protection|config)\/?(\?|#|$)/i;

/**
 * The operation of a SOAP request: the first element inside the envelope's `Body` (`<crm:DeleteAccount>`,
 * `<met:deleteMetadata>`), as SOAP 1.1 and 1.2 name the operation; null for any other body.
 */
function soapOperation(body: JsonValue | undefined): string | null {
  if (typeof body !== 'string') return null;
  const m = /<(?:[\w.-]+:)?Body\b[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?([A-Za-z_][\w.-]*)/.exec(body);
  return m && /<(?:[\w.-]+:)?Envelope\b/.test(body) ? m[1]! : null;
}

/**
 * A resource switched off by an update of its own state (availability: a pause, a suspend, a disable is an outage), each
 * API's reference: GitLab "Update a runner" `paused: true` (it picks up no job), Stripe "Update a webhook endpoint"
 * `disabled=true` (no event is delivered), Grafana's provisioning API `isPaused: true` on an alert rule, Airflow
 * `is_paused: true` on a DAG, Twilio "Update an Account" `Status=suspended`. Top-level fields only (or those of a single
 * wrapper object, `{service: {status: disabled}}`): a nested `preferences.digest.enabled` is a setting of something else.
 * Read on a PUT or PATCH, and on a POST to one resource (its last segment carries an id, as Stripe and Twilio update
 * with POST): a POST that creates something already switched off takes nothing out of service. A form body counts as JSON.
 */
/**
 * An application's maintenance mode switched on over its admin API (round 24, b24h; "Availability": `heroku
 * maintenance:on`, `occ maintenance:mode --on` by other means): a POST, PUT or PATCH to a path ending `/maintenance` or
 * `/maintenance-mode` whose body switches it on (`enabled|enable|active|on|maintenance: true`, `mode|state|status: on`), or
 * to `…/maintenance/enable|on|start|activate`. The app answers every request with its maintenance page until it is
 * switched off. Consul's agent maintenance is OUTAGE_PATH's; maintenance windows (alerting) are not this.
 */
const MAINTENANCE_PATH = /\/maintenance([-_]?mode)?\/?(\?|#|$)/i;
const MAINTENANCE_ON_PATH = /\/maintenance([-_]?mode)?\/(enable|on|start|activate)\/?(\?|#|$)/i;
function maintenanceModeOn(method: string, url: string, body: JsonValue | undefined): string | null {
  if (!/^(POST|PUT|PATCH)$/.test(method) || /\/v1\/agent\//.test(url)) return null;
  if (MAINTENANCE_ON_PATH.test(url)) return 'the path switches maintenance mode on';
  if (!MAINTENANCE_PATH.test(url)) return null;
  const form = typeof body === 'string' ? formParams(body) : null;
  const parsed = typeof body === 'string' && !form ? parseJson(body) : body;
  const top: JsonObject | null = form ? Object.fromEntries(form) : isJsonObject(parsed) ? parsed : null;
  if (!top) return null;
  for (const [k, v] of Object.entries(top)) {
    if (/^(enabled?|active|on|maintenance|maintenance_?mode)$/i.test(k) && (v === true || v === 'true' || v === 'on' || v === 1)) return `\`${k}: ${String(v)}\` switches maintenance mode on`;
    if (/^(mode|state|status)$/i.test(k) && typeof v === 'string' && /^(on|enabled?|active)$/i.test(v.trim())) return `\`${k}: ${v.trim()}\` switches maintenance mode on`;
  }
  return null;
}

const OFF_SWITCH = /^(is_?)?(paused|suspended|disabled)$/i;
const OFF_STATE = /^(paused|suspended|disabled|deactivated|inactive)$/i;
const WEBHOOK_PATH = /\/(web_?hooks?|hooks|webhook_endpoints)(\/|\?|#|$)/i;
/**
 * What is switched off here is itself the weakness (round 26, s26g; the PowerShell reading's WEAK_METHOD): Microsoft Graph's
 * SMS, voice and email one-time-code sign-in methods (authenticationMethodConfiguration) retired is a tightening.
 */
const WEAKNESS_SWITCHED_OFF = /\/policies\/authenticationMethodsPolicy\/authenticationMethodConfigurations\/(sms|voice|email)\/?(\?|#|$)/i;

function resourceSwitchedOff(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method === 'POST' && !/\/[^/?#]*\d[^/?#]*\/?(\?|#|$)/.test(url)) return null;
  if (WEAKNESS_SWITCHED_OFF.test(url) || pausesScheduledSync(method, url)) return null;
  const form = typeof body === 'string' ? formParams(body) : null;
  const top: JsonObject | null = form ? Object.fromEntries(form) : isJsonObject(body) ? body : null;
  if (!top) return null;
  const keys = Object.keys(top);
  const wrapped = keys.length === 1 && isJsonObject(top[keys[0]!]) ? (top[keys[0]!] as JsonObject) : null;
  for (const o of wrapped ? [top, wrapped] : [top]) {
    for (const [k, v] of Object.entries(o)) {
      if (OFF_SWITCH.test(k) && (v === true || v === 'true')) return `\`${k}: true\``;
      // Datadog "Pause or start a test" (`PUT /api/v1/synthetics/tests/ID/status`) names it `new_status`.
      if (/^(new_?)?(status|state)$/i.test(k) && typeof v === 'string' && OFF_STATE.test(v.trim())) return `\`${k}: ${v.trim()}\``;
      // A webhook switched off by its own switch (GitHub "Update a repository webhook" `active: false`, SendGrid's event
      // webhook settings `enabled: false`; round 29): the events of that time are not delivered, as Stripe's `disabled: true`.
      if (WEBHOOK_PATH.test(url) && /^(enabled|active)$/i.test(k) && (v === false || v === 'false')) return `\`${k}: false\` on a webhook`;
    }
  }
  return null;
}

/**
 * JSON-RPC methods that broadcast a transaction, each node's reference: Ethereum `eth_sendRawTransaction` and
 * `eth_sendTransaction` (also `personal_sendTransaction`, `wallet_sendCalls`), Bitcoin Core `sendtoaddress`, `sendmany`,
 * `sendall` and `sendrawtransaction`, Solana `sendTransaction`. A sent transaction cannot be called back: money
 * moved. In a single request or anywhere in a batch (an array of requests).
 */
const MONEY_RPC = /^(eth_sendRawTransaction|eth_sendTransaction|personal_sendTransaction|wallet_sendCalls|sendtoaddress|sendmany|sendall|sendrawtransaction|sendTransaction)$/;
function rpcMovesMoney(body: JsonValue | undefined): string | null {
  // Every item of a batch, and JSON-RPC 1.0 with neither `jsonrpc` nor `id` (Bitcoin Core takes it): round 41, atk41.
  const items = Array.isArray(body) ? body : [body ?? null];
  for (const item of items) {
    if (isJsonObject(item) && (typeof item.jsonrpc === 'string' || 'id' in item || 'params' in item) && typeof item.method === 'string' && (item.params === undefined || Array.isArray(item.params) || isJsonObject(item.params)) && (MONEY_RPC.test(item.method) || rpcMethodEffect(item.method)?.effect === 'money')) return item.method;
  }
  return null;
}

/**
 * An ACL policy written through its API whose rules grant writes on everything: Vault `PUT /v1/sys/policy/NAME` and
 * `/v1/sys/policies/acl/NAME` (`policy`), Consul `PUT /v1/acl/policy[/ID]` (`Rules`). Returns the field, or null.
 */
function aclPolicyGrantsAll(url: string, body: JsonValue | undefined): string | null {
  if (!isJsonObject(body) || !/\/v1\/(sys\/polic(y|ies)(\/acl)?|acl\/policy)(\/|\?|#|$)/.test(url)) return null;
  const field = ['policy', 'Rules'].find((k) => typeof body[k] === 'string' && hclPolicyAllowsEverything(body[k] as string));
  return field ?? null;
}

/**
 * A SCIM PatchOp (RFC 7644 §3.5.2) that empties a multi-valued attribute of a user or group: a `remove` whose path has no
 * value filter removes every value ("If no filter is specified, all values of the attribute are removed": every member of
 * a group, every email), and a `replace` of it with an empty list does the same. A filtered remove
 * (`members[value eq "ID"]`) takes out the one it names.
 */
const SCIM_MULTI_VALUED = /^(members|emails|phoneNumbers|ims|photos|addresses|groups|entitlements|roles|x509Certificates)$/i;
function scimEmptiesAttribute(body: JsonValue | undefined): string | null {
  if (!isJsonObject(body) || !Array.isArray(body.schemas) || !body.schemas.includes('urn:ietf:params:scim:api:messages:2.0:PatchOp') || !Array.isArray(body.Operations)) return null;
  for (const op of body.Operations) {
    if (!isJsonObject(op) || typeof op.path !== 'string' || !SCIM_MULTI_VALUED.test(op.path.trim())) continue;
    const verb = String(op.op ?? '').toLowerCase();
    if (verb === 'remove' || (verb === 'replace' && Array.isArray(op.value) && op.value.length === 0)) return `removes every value of \`${op.path.trim()}\``;
  }
  return null;
}

/**
 * A JSON Patch body (RFC 6902: `[{"op": "replace", "path": "/spec/replicas", "value": 0}]`) read as the object it sets:
 * each `add` or `replace` puts its value at its path (`~1` is `/`, `~0` is `~`) and each `remove` a null, so the body rules
 * judge the fields it changes (zero replicas, `archived`, a safeguard set false or removed, a Secret's key removed) as they
 * judge a merge patch. Null when the body is not one.
 */
function jsonPatchAsObject(body: JsonValue | undefined): JsonObject | null {
  if (!Array.isArray(body) || body.length === 0 || body.length > 200) return null;
  if (!body.every((op) => isJsonObject(op) && typeof op.op === 'string' && typeof op.path === 'string' && /^(add|remove|replace|move|copy|test)$/.test(op.op))) return null;
  const root: JsonObject = {};
  for (const op of body as JsonObject[]) {
    // A `remove` is what a merge patch's null says (the field is gone), so a safeguard removed reads as one set to null.
    const value = op.op === 'remove' ? null : op.value;
    if ((op.op !== 'add' && op.op !== 'replace' && op.op !== 'remove') || value === undefined) continue;
    const keys = String(op.path).split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    // `__proto__` and the like would reach the object's prototype, not a field: such a patch is judged as sent.
    if (keys.length === 0 || keys.length > 20 || keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) continue;
    let at: JsonObject = root;
    for (const k of keys.slice(0, -1)) {
      const next = at[k];
      at = isJsonObject(next) ? next : (at[k] = {});
    }
    at[keys[keys.length - 1]!] = value;
  }
  return root;
}

/**
 * Settings of self-hosted tools whose value keeps nothing or switches a safeguard off (round 19, each tool's reference):
 * a RabbitMQ policy's `message-ttl` or `max-length` of 0 (every message expires or is dropped on arrival); Vault KV v2
 * `max_versions: 1` on the mount's `config` or a key's `metadata` (older versions are deleted, nothing to roll back to);
 * a Harbor retention rule that retains 0 artifacts (the next run deletes every one it matches); Keycloak's login and
 * admin events switched off (the realm's audit trail); a Nexus hosted repository that is not a snapshot repository set to
 * `writePolicy: ALLOW` (released versions can be overwritten); the RabbitMQ default `guest` account given every
 * permission on a vhost.
 */
/**
 * A Schema Registry's global compatibility setting (`PUT /config`) or a production-named subject's (`/config/orders-prod-value`):
 * `NONE` there is a safeguard off (the lead's answer 69); on other subjects it is a subject's own setting.
 */
/** A RabbitMQ policy pattern (a regular expression over queue names) that matches every name. */
const EVERY_QUEUE_PATTERN = /^\^?(\.\*|\.\+)?\$?$/;
const SCHEMA_REGISTRY_GUARDED_CONFIG = /^https?:\/\/[^/?#]*(schema-?registry[^/?#]*|:8081|confluent\.cloud)\/config(\/([^/?#]*[-_.])?(prod|production|prd)([-_.][^/?#]*)?)?\/?(\?|#|$)/i;
const TOOL_SETTING_LOSSES: ReadonlyArray<{ url: RegExp; key: RegExp; under?: RegExp; lost: (v: JsonValue) => boolean; when?: (body: JsonValue | undefined) => boolean; code: string; why: string }> = [
  { url: /\/api\/(operator-)?policies\/[^/?#]+\/[^/?#]+\/?(\?|#|$)/, key: /^(message-ttl|max-length|max-length-bytes)$/, lost: (v) => v === 0 || v === '0', code: 'data_expiry', why: 'every message of the queues it matches expires or is dropped on arrival' },
  // The lead's answer 78 (round 21), built round 27 (h27): a message TTL on a policy whose pattern matches every queue
  // (`.*`, `^.*$`, `.+`, `^`) drops whatever is not consumed in time, at any TTL; a pattern naming queues is a setting.
  { url: /\/api\/(operator-)?policies\/[^/?#]+\/[^/?#]+\/?(\?|#|$)/, key: /^message-ttl$/, lost: (v) => typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v)), when: (body) => isJsonObject(body) && typeof body.pattern === 'string' && EVERY_QUEUE_PATTERN.test(body.pattern), code: 'data_expiry', why: 'a message TTL on every queue (a pattern that matches all): what is not consumed in time is dropped' },
  // Round 27 (h27): Elasticsearch's and OpenSearch's snapshot restore with `include_global_state: true` "completely removes
  // all persistent settings, non-legacy index templates, ingest pipelines and ILM lifecycle policies" of the cluster and
  // puts the snapshot's in their place (the restore API reference); without it (the default) only the named indices.
  { url: /\/_snapshot\/[^/?#]+\/[^/?#]+\/_restore\/?(\?|#|$)/, key: /^include_global_state$/, lost: (v) => v === true || v === 'true', code: 'cluster_state_replaced', why: "restores the snapshot's global state: the cluster's persistent settings, templates, pipelines and lifecycle policies are replaced" },
  { url: /^https?:\/\/[^/]*(vault[^/]*|:8200)\/v1\/(?!sys\/|auth\/)[^/?#]+\/(config|metadata\/[^?#]+)\/?(\?|#|$)/i, key: /^max_versions$/, lost: (v) => v === 1 || v === '1', code: 'data_expiry', why: 'keeps one version: the older versions of the secrets are deleted' },
  { url: /\/api\/v2\.0\/retentions(\/\d+)?\/?(\?|#|$)/, key: /^(latestPushedK|latestPulledN|nDaysSinceLastPush|nDaysSinceLastPull)$/, lost: (v) => v === 0 || v === '0', code: 'data_expiry', why: 'retains nothing: the next run deletes every artifact the rule matches' },
  { url: /\/admin\/realms\/[^/?#]+\/events\/config\/?(\?|#|$)/, key: /^(eventsEnabled|adminEventsEnabled)$/, lost: (v) => v === false, code: 'safeguard_off', why: 'switches the realm\'s login or admin events (its audit trail) off' },
  { url: /\/service\/rest\/v1\/repositories\/[^/?#]+\/hosted\/(?![^/?#]*snapshot)[^/?#]+\/?(\?|#|$)/i, key: /^writePolicy$/, lost: (v) => typeof v === 'string' && v.toUpperCase() === 'ALLOW', code: 'safeguard_off', why: 'lets released versions be overwritten (`writePolicy: ALLOW`)' },
  { url: /\/api\/permissions\/[^/?#]+\/guest\/?(\?|#|$)/, key: /^(configure|write|read)$/, lost: (v) => v === '.*', code: 'public_access', why: 'gives the default `guest` account every permission on the vhost' },
  { url: SCHEMA_REGISTRY_GUARDED_CONFIG, key: /^compatibility(Level)?$/, lost: (v) => typeof v === 'string' && v.toUpperCase() === 'NONE', code: 'safeguard_off', why: 'turns the schema compatibility check off (`NONE`): a breaking schema is accepted and its consumers fail' },
  // Round 20 (b20h): a Keycloak realm that no longer requires TLS (`sslRequired: none`) or protects against brute force
  // (`bruteForceProtected: false`), and a client that accepts any redirect URI or web origin (`*`: tokens can be sent to
  // any site); the Consul anonymous token (its fixed accessor id `…0002`) given the `global-management` policy (every
  // caller without a token is an operator); Grafana's anonymous access switched on (`auth.anonymous.enabled`); a
  // Proxmox VE firewall (cluster, node or guest `firewall/options`) switched off with `enable: 0`.
  { url: /\/admin\/realms\/[^/?#]+\/?(\?|#|$)/, key: /^sslRequired$/, lost: (v) => typeof v === 'string' && v.toLowerCase() === 'none', code: 'safeguard_off', why: 'the realm no longer requires TLS (`sslRequired: none`)' },
  // Round 26 (s26g, the lead's answer 191): an admin role among a realm's default roles is given to every account, new
  // ones (self-registered, when registration is open) included.
  { url: /\/admin\/realms\/[^/?#]+\/?(\?|#|$)/, key: /^defaultRoles$/, lost: (v) => typeof v === 'string' && /(^|[-_:])(admin|administrator|realm-admin|superuser)$/i.test(v), code: 'admin_grant', why: 'makes an admin role a default role of the realm: every account, new ones included, gets it' },
  { url: /\/admin\/realms\/[^/?#]+\/?(\?|#|$)/, key: /^bruteForceProtected$/, lost: (v) => v === false || v === 'false', code: 'safeguard_off', why: "switches the realm's brute-force protection off" },
  { url: /\/admin\/realms\/[^/?#]+\/clients\/[^/?#]+\/?(\?|#|$)/, key: /^(redirectUris|webOrigins)$/, lost: (v) => typeof v === 'string' && /^(https?:\/\/)?\*$/.test(v.trim()), code: 'public_access', why: 'the client accepts any redirect URI or web origin (`*`): its tokens can be sent to any site' },
  { url: /\/v1\/acl\/token\/0{8}-0{4}-0{4}-0{4}-0{11}2\/?(\?|#|$)/, key: /^Name$/, under: /^Policies$/, lost: (v) => v === 'global-management', code: 'public_access', why: 'gives the anonymous token `global-management`: every caller without a token is an operator' },
  { url: /\/api\/admin\/settings\/?(\?|#|$)/, key: /^enabled$/, under: /(^|\.)auth\.anonymous$/, lost: (v) => v === true || v === 'true', code: 'public_access', why: "switches Grafana's anonymous access on: anyone who reaches it is signed in" },
  // RabbitMQ's "Get messages" (`POST /api/queues/V/Q/get`) with `ackmode: ack_requeue_false` or `reject_requeue_false`
  // takes the messages off the queue for good (the management UI warns it is destructive); `ack_requeue_true` is a peek.
  { url: /\/api\/queues\/[^/?#]+\/[^/?#]+\/get\/?(\?|#|$)/, key: /^ackmode$/, lost: (v) => typeof v === 'string' && /^(ack|reject)_requeue_false$/i.test(v), code: 'queue_messages_taken', why: 'takes the messages off the queue for good (`requeue_false`)' },
  { url: /\/api2\/json\/(cluster|nodes\/[^/?#]+(\/(qemu|lxc)\/\d+)?)\/firewall\/options\/?(\?|#|$)/, key: /^enable$/, lost: (v) => v === 0 || v === '0' || v === false, code: 'safeguard_off', why: 'switches the Proxmox VE firewall off' },
  // Round 41 (bl41dr): a Proxmox VE scheduled backup job (`/cluster/backup/ID`) switched off with `enabled: 0`, as `pvesh set`.
  { url: /\/api2\/json\/cluster\/backup\/[^/?#]+\/?(\?|#|$)/, key: /^enabled$/, lost: (v) => v === 0 || v === '0' || v === false || v === 'false', code: 'safeguard_off', why: 'switches a scheduled Proxmox VE backup job off' },
];
/** Each item of a list of strings, numbers or booleans under its key (`"redirectUris": ["*"]`), which `settings` leaves out. */
function listItems(body: JsonValue | undefined, path: string[] = [], out: Array<{ path: string[]; value: JsonValue }> = []): Array<{ path: string[]; value: JsonValue }> {
  if (Array.isArray(body)) {
    for (const v of body) {
      if (v !== null && typeof v !== 'object') out.push({ path, value: v });
      else listItems(v, path, out);
    }
  } else if (isJsonObject(body)) for (const [k, v] of Object.entries(body)) listItems(v, [...path, k], out);
  return out;
}
function toolSettingLosses(url: string, body: JsonValue | undefined): Array<{ code: string; why: string }> {
  const rules = TOOL_SETTING_LOSSES.filter((r) => r.url.test(url));
  if (rules.length === 0) return [];
  const leaves = [...settings(body), ...listItems(body)];
  return rules.filter((r) => (r.when?.(body) ?? true) && leaves.some(({ path, value }) => r.key.test(path[path.length - 1] ?? '') && (r.under?.test(path.slice(0, -1).join('.')) ?? true) && r.lost(value))).map(({ code, why }) => ({ code, why }));
}

/**
 * Query languages a self-hosted store takes in its HTTP body (round 19): Solr's update handler deleting by the query
 * `*:*` (JSON `{"delete": {"query": "*:*"}}` or XML `<delete><query>*:*</query></delete>`: every document), and Neo4j's
 * transactional endpoint (`/db/NAME/tx/commit`, `/db/data/transaction`) running Cypher that drops a database or deletes
 * the nodes of a `MATCH` with neither a property map nor a `WHERE` (every node, or every node of a label).
 */
const SOLR_DELETE_ALL = /"delete"\s*:\s*\{\s*"query"\s*:\s*"\*:\*"|<delete>\s*<query>\s*\*:\*\s*<\/query>/;
const NEO4J_TX = /\/db\/[^/?#]+\/(tx|transaction)(\/\d+)?(\/commit)?\/?(\?|#|$)/;
function storeQueryDestroys(url: string, body: JsonValue | undefined): string | null {
  const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  if (/\/solr\/[^/?#]+\/update(\/json)?\/?(\?|#|$)/.test(url) && SOLR_DELETE_ALL.test(text)) return 'Solr deletes every document (`*:*`)';
  if (!NEO4J_TX.test(url) || !isJsonObject(body) || !Array.isArray(body.statements)) return null;
  for (const st of body.statements) {
    const cypher = isJsonObject(st) && typeof st.statement === 'string' ? st.statement : '';
    if (/\bdrop\s+(composite\s+)?database\b/i.test(cypher)) return 'Cypher drops a database';
    const match = /\bmatch\s*\(([^)]*)\)([\s\S]*?)\b(detach\s+)?delete\b/i.exec(cypher);
    if (match && !match[1]!.includes('{') && !/\bwhere\b/i.test(match[2]!)) return `Cypher deletes every node its \`MATCH (${match[1]!.trim()})\` finds`;
    if (/apoc\.periodic\.(iterate|commit)\s*\(/i.test(cypher) && /\bdelete\b/i.test(cypher) && !/\bwhere\b|\{[^}]*:/i.test(cypher)) return 'Cypher deletes nodes in batches with APOC';
  }
  return null;
}

/**
 * The lead's answer 117: a GraphQL delete sent to a dev server on this machine whose every value (string literals of the
 * document, string variables) names tests (`deleteUsers(where: {email: "e2e-test@example.com"})`): test data. At least one
 * value, none naming production or a kept copy.
 */
function localTestGraphqlDelete(url: string, body: JsonValue | undefined): boolean {
  if (!isLoopbackDevServer(url) || !isJsonObject(body) || typeof body.query !== 'string') return false;
  const literals = [...body.query.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
  const variables = isJsonObject(body.variables) ? Object.values(body.variables) : [];
  if (variables.some((v) => typeof v !== 'string' && typeof v !== 'number')) return false;
  const values = [...literals, ...variables.filter((v): v is string => typeof v === 'string')];
  const namesTests = (v: string) => { const words = v.toLowerCase().split(/[^a-z0-9]+/); return words.some((w) => TEST_DATA_WORDS.has(w)) && !words.some((w) => /^(prod|prd|production|live|backups?|bak)\d*$/.test(w)); };
  return values.length > 0 && values.every(namesTests);
}

/**
 * What the body of a POST, PATCH or PUT destroys, whoever sends it (an agent's HTTP tool, or curl and httpie in a shell):
 * destructive fields, a safeguard turned off (or, for a POST, deactivated by URL), a GraphQL mutation that destroys or
 * forces a ref, a batch entry that deletes, an operation parameter. `deletes`: the effect removes data.
 */
const BRANCH_UNPROTECTED = /\/repository\/branches\/[^/?#]+\/unprotect\/?(\?|#|$)/;
export function httpBodyEffects(method: string, url: string, sent: JsonValue | undefined): Array<{ code: string; why: string; deletes: boolean; scaleToZero?: true }> {
  const out: Array<{ code: string; why: string; deletes: boolean; scaleToZero?: true }> = [];
  const body = jsonPatchAsObject(sent) ?? formAsObject(sent) ?? sent;
  const outside = eventsSentOutside(body);
  if (outside) out.push({ code: 'events_sent_outside', why: `points a webhook or callback (\`${outside.key}\`) at \`${outside.host}\`, a public request-capture or tunnel host: what the service sends there leaves the organisation`, deletes: false });
  const away = outside ? null : storeWebhookAway(url, body);
  if (away) out.push({ code: 'events_sent_outside', why: `subscribes \`${away}\` to the store's events (orders, customers): a host that is not the store's own, so its data leaves the organisation`, deletes: false });
  const fx = destructiveBody(url, body);
  if (fx) out.push({ ...fx, deletes: false });
  const widened = accessWidenedByBody(method, url, body) ?? securityWorkflowRemoved(method, url, body);
  if (widened) out.push({ ...widened, deletes: false });
  const github = githubSafeguardOff(method, url, body);
  if (github) out.push(github);
  const maintenance = maintenanceModeOn(method, url, sent);
  if (maintenance) out.push({ code: 'service_outage', why: `${maintenance}: the application answers with its maintenance page, out of service until it is switched off`, deletes: false });
  const off = resourceSwitchedOff(method, url, body);
  if (off) out.push({ code: 'service_outage', why: `${off} switches it off: out of service until it is switched on again`, deletes: false });
  // Round 38 (ot38): a plant's safety function muted, bypassed or switched off, or its machine stopped, through its own
  // API (the lead's answer 381.3), and Node-RED's flows replaced by none (381.4).
  // Round 39 (bld39): a server's BMC (Redfish), vCenter's and Prism's VM power, as data (datacentre-http.ts).
  const datacentre = datacentreRequestEffect(method, url, sent);
  if (datacentre) out.push(datacentre);
  // Round 43 (bl43bi): a Flink job cancelled or stopped through its REST API, a Metabase public link made (bi-http.ts).
  const bi = biRequestEffect(method, url, sent);
  if (bi) out.push(bi);
  // Round 44 (pin44): ArcGIS calculate over every feature, editor tracking off, items shared with everyone, services
  // stopped; GeoServer access rules for every role; WFS-T deletes of every feature (gis-http.ts).
  const gis = gisRequestEffect(method, url, sent);
  if (gis) out.push(gis);
  // Round 40 (rv40): a router's interface down over RESTCONF, OPNsense's filter rules, Meraki's rule lists (network-http.ts).
  const network = networkRequestEffect(method, url, sent);
  if (network) out.push({ ...network, deletes: false });
  // Round 43 (bl43med): FHIR purges and bundles of conditional deletes, Orthanc's shutdown and Lua deletes, Mirth's channel stops (clinical-http.ts).
  const clinical = clinicalRequestEffect(method, url, sent);
  if (clinical) out.push(clinical);
  // Round 41 (atk41): a Twilio account closed or suspended by its REST API (comms-http.ts).
  const comms = commsRequestEffect(method, url, sent);
  if (comms) out.push(comms);
  // Round 44 (bl44media): Wowza publishing opened, Mux public playback ids, Cloudflare Stream signed URLs off and live inputs
  // switched off, a Twilio trunk's encryption off (media-http.ts).
  const media = mediaRequestEffect(method, url, sent);
  if (media) out.push(media);
  const plant = plantRequestEffect(method, url, sent);
  if (plant) out.push({ code: plant.effect === 'outage' ? 'service_outage' : 'safeguard_off', why: plant.why, deletes: false });
  if (nodeRedFlowsEmptied(method, url, sent)) out.push({ code: 'node_red_flows_lost', why: 'deploys an empty flow set to Node-RED: every flow it ran is replaced by none (the plant logic is lost)', deletes: true });
  // Round 40 (bl40chain): a node's JSON-RPC method that unlocks, rewinds or stops; Kubo's removals; an exit; a broadcast (chain-http.ts).
  const chain = chainRequestEffect(method, url, sent);
  if (chain) out.push(chain);
  // Round 41 (bl41erp): ServiceNow background scripts and batches, Odoo's JSON-RPC, Dataverse bulk and audit deletes (bizapps-http.ts).
  const bizapps = bizappsRequestEffect(method, url, sent);
  if (bizapps) out.push(bizapps);
  // Round 43 (nx43): REDCap overwriting imports, LabKey truncates, Globus transfers that prune (research-http.ts).
  const research = researchRequestEffect(method, url, sent);
  if (research) out.push(research);
  const money = rpcMovesMoney(body);
  if (money) out.push({ code: 'money_moved', why: `JSON-RPC \`${money}\` sends a transaction: money moved, for good`, deletes: false });
  const weakened = monitorSilencedOff(url, body) ?? (method === 'POST' ? (safeguardDeactivated(url, body) ?? (SETTINGS_POST.test(url) ? safeguardOff(url, body) : null)) : safeguardOff(url, body));
  if (weakened) out.push({ code: 'safeguard_off', why: weakened, deletes: false });
  const unverified = weakened ? null : tlsChecksSkipped(body);
  if (unverified) out.push({ code: 'safeguard_off', why: unverified, deletes: false });
  // Round 30 (h30): GitLab "Unprotect repository branch" (`PUT /projects/ID/repository/branches/B/unprotect`), whatever
  // its body: the branch's protection is gone, as `DELETE …/protected_branches/B` (an HTTP delete) does.
  if (BRANCH_UNPROTECTED.test(url)) out.push({ code: 'safeguard_off', why: "removes the branch's protection: whoever may push can force-push or delete it", deletes: false });
  const switchedOff = urlUpdatesIdentity(url) ? identitySwitchOff(body) : null;
  if (switchedOff) out.push({ code: 'identity_off', why: `\`${switchedOff}\` switches the user or credential off: what signs in as it stops`, deletes: false });
  const fields = graphqlMutationFields(body, url);
  const narrowed = fields !== null && (hasuraNarrowedDeletes(fields.filter((f) => mutationFieldVerb([f]) === 'destroy'), body) || oneItemGraphqlDeletes(fields.filter((f) => mutationFieldVerb([f]) === 'destroy'), body));
  if (fields && mutationFieldVerb(fields) === 'destroy' && !graphqlTrashes(url, fields, body) && !narrowed && !localTestGraphqlDelete(url, body)) out.push({ code: 'graphql_destructive_mutation', why: `GraphQL mutation \`${fields.join(', ')}\` names a destructive operation`, deletes: true });
  else if (fields && graphqlForcesRef(fields, body)) out.push({ code: 'http_force_ref', why: `GraphQL mutation \`${fields.join(', ')}\` moves a git ref with \`force: true\`: commits only it reached are lost`, deletes: false });
  const argued = fields ? graphqlArgumentEffects(fields, body) : null;
  if (argued) out.push(argued);
  for (const loss of toolSettingLosses(url, body)) out.push({ ...loss, deletes: loss.code === 'data_expiry' });
  const storeQuery = storeQueryDestroys(url, body);
  if (storeQuery) out.push({ code: 'http_query_deletes_all', why: storeQuery, deletes: true });
  const batch = destructiveBatch(url, body);
  if (batch) out.push({ code: 'http_batch_delete', why: `carries ${batch}`, deletes: true });
  const crm = crmBulkArchive(method, url, body);
  if (crm) out.push({ code: 'crm_bulk_archive', why: crm, deletes: true });
  const emptiedList = listEmptied(method, body);
  if (emptiedList) out.push({ code: 'list_emptied', why: `sets \`${emptiedList}\` to an empty list: every entry it held is removed`, deletes: false });
  // A resource policy set through the `?policy` subresource (S3 "PutBucketPolicy" `PUT /?policy`, and the S3-compatible
  // stores) whose `Allow` names anyone as principal with no condition: the bucket is opened to everyone, as
  // `aws s3api put-bucket-policy` with such a document.
  if (method === 'PUT' && /\?(.*&)?policy(=|&|#|$)/.test(url) && body !== undefined) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    if (/"Principal"/i.test(text) && policyLetsAnyoneIn(text)) out.push({ code: 'public_access', why: 'the resource policy lets anyone in (`Principal: *`)', deletes: false });
  }
  const granted = aclPolicyGrantsAll(url, body);
  if (granted) out.push({ code: 'admin_grant', why: `the ACL policy's \`${granted}\` grants writes on every path`, deletes: false });
  const emptied = scimEmptiesAttribute(body);
  if (emptied) out.push({ code: 'scim_attribute_emptied', why: `a SCIM patch ${emptied}`, deletes: true });
  // A request that loses nothing whatever it carries (HTTP_HARMLESS: a commit through GitLab's commits API, whose
  // `actions[].action: delete` removes a file in that commit) names no destructive operation by its body either.
  const op = harmlessUrl(url) ? null : operationParam({ url, body });
  if (op) out.push({ code: 'http_operation_param', why: `\`${op}\` names a destructive operation`, deletes: true });
  if (scriptDeletes(url, body)) out.push({ code: 'http_script_delete', why: 'its script sets `ctx.op` to `delete`: every document the query matches is deleted', deletes: true });
  const soap = soapOperation(body);
  if (soap && mutationFieldVerb([soap]) === 'destroy') out.push({ code: 'soap_destructive_operation', why: `SOAP operation \`${soap}\` names a destructive operation`, deletes: true });
  const revert = method === 'POST' ? revertAction(url, body) : null;
  if (revert) out.push({ code: 'disk_reimage', why: `${revert} puts the disk back to a snapshot or a fresh image: what it holds now is lost`, deletes: true });
  return out;
}
