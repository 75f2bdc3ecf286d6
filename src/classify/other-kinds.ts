import type { FileWriteAction, HttpRequestAction, Inventory, ActionContext } from '../core/index.ts';
import type { FactsBuilder } from './builder.ts';
import { resolveEnvironment } from './environment.ts';
import { classifyPath, isControlPlaneSecret, isHomeConfigFile, pathToResolve, resolvePath } from './paths.ts';

/** File writes and raw HTTP requests made by an agent's own tools (not through a shell). */

const DATA_FILE = /\.(db|sqlite3?|tfstate(\.backup)?|pem|key|env|sql|dump|bak)$|(^|\/)\.env(\.[^/]*)?$/;

export function classifyFileWrite(action: FileWriteAction, ctx: ActionContext, inventory: Inventory, b: FactsBuilder): void {
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
  const cls = classifyPath(abs, scope, inventory);
  const environment = resolveEnvironment(inventory, [{ kind: 'paths', value: abs }]);
  const critical = cls === 'critical' || cls === 'control_plane';
  b.target({ kind: cls === 'control_plane' ? 'control_plane' : 'filesystem', id: abs, environment, home: false, verbs: [verb], ...(critical ? { critical: true } : {}) });
  b.summary(`${action.operation} ${abs}`);
  if (cls === 'control_plane') {
    b.destroy('control_plane_target', `${action.operation} of Portcullis's own control plane: \`${abs}\``);
    return;
  }
  if (action.operation === 'delete') {
    if (cls === 'critical' || cls === 'outside' || (cls === 'workspace' && DATA_FILE.test(abs))) b.destroy('file_delete', `deletes \`${abs}\``);
    return;
  }
  if (cls === 'critical' || cls === 'outside') {
    // Any start-up or credential dotfile directly in home (`~/.netrc`, `~/.gitconfig`, `~/.npmrc`), as for `cp x ~/.netrc`.
    if (/^\/(etc|usr|bin|sbin|boot|lib|lib64|System)\b/.test(abs) || /\/\.(ssh|aws|kube|gnupg|docker|config\/gcloud|azure)\//.test(abs) || isHomeConfigFile(abs, scope.home)) {
      b.destroy('file_write_system', `overwrites \`${abs}\`, a system or credential file`);
    } else b.finding('file_write_outside', `writes \`${abs}\` outside the workspace`);
  }
  if (action.operation === 'write' && action.content === '' && cls !== 'rebuildable' && cls !== 'temporary') b.destroy('file_truncate', `empties \`${abs}\``);
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
// Jenkins names its actions `doDelete`, `doWipeOutWorkspace` (Stapler's `do` prefix).
export const DESTRUCTIVE_PATH = /\/(_?delete|do(delete|wipeoutworkspace|disconnect|deleteall)|destroy|terminate|purge|drop|wipe|reset|truncate|remove|nuke|flush)(\b|_|-|\/|\?|$)/i;

/**
 * A purge, flush or invalidation of a cache or CDN (`/zones/x/purge_cache`, Fastly's `purge_all`,
 * `/cache/flush`): caches refill on demand, nothing stored is lost. A delete stays a delete.
 */
const CACHE_URL = /cache|cdn|fastly|akamai|cloudfront|varnish/i;
const CACHE_VERB = /\/(purge|flush|invalidat\w*)(\b|_|-|\/|\?|$)|[/_-](purge|flush)_?(all|cache|caches|url|urls|keys?|tags?)?(\b|\/|\?|$)/i;

// Endpoints that take a service out of service (docs/classifier-evaluation.md, "Availability"): Elasticsearch/OpenSearch
// `_close` ("closed indices are blocked for read/write operations") and `_block/read|write`; Jenkins `exit`, `safeExit`
// (shuts Jenkins down) and `quietDown` (no new builds start).
const OUTAGE_PATH = /\/(_close|_block\/(read|write|read_only)|(safe)?exit|quietdown)(\b|\/|\?|$)/i;

/** Whether a POST or PATCH to this URL takes a service out of service (a write whose effect is an outage). */
export function outageEndpoint(url: string): boolean {
  return OUTAGE_PATH.test(url);
}

/** Whether a POST or PATCH to this URL names a destructive action. */
export function destructiveEndpoint(url: string): boolean {
  if (!DESTRUCTIVE_PATH.test(url)) return false;
  const withoutCachePurges = url.replace(CACHE_VERB, '/');
  return !(CACHE_URL.test(url) && !DESTRUCTIVE_PATH.test(withoutCachePurges));
}

export function classifyHttpRequest(action: HttpRequestAction, inventory: Inventory, b: FactsBuilder): void {
  const method = action.method.toUpperCase();
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(action.url)?.[1] ?? null;
  const environment = resolveEnvironment(inventory, [{ kind: 'urls', value: action.url }, { kind: 'names', value: host }]);
  b.verb('network').target({ kind: 'http', id: action.url, environment, home: false });
  b.summary(`${method} ${action.url}`);
  if (method === 'DELETE') b.verb('delete').destroy('http_delete', `HTTP DELETE \`${action.url}\``);
  else if (method === 'PUT') b.verb('write', 'replace').destroy('http_put', `HTTP PUT replaces \`${action.url}\``);
  else if (method === 'POST' || method === 'PATCH') {
    b.verb('write');
    if (destructiveEndpoint(action.url)) b.verb('delete').destroy('http_destructive_endpoint', `HTTP ${method} to a destructive endpoint`);
    else if (outageEndpoint(action.url)) b.destroy('service_outage', `HTTP ${method} \`${action.url}\` takes the service or index out of service`);
  } else if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') b.verb('read');
  else b.opaque('http_unknown_method', `HTTP method \`${method}\` we do not know`);
}
