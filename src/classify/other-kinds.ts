import type { FileWriteAction, HttpRequestAction, Inventory, ActionContext, JsonValue } from '../core/index.ts';
import type { FactsBuilder } from './builder.ts';
import { resolveEnvironment } from './environment.ts';
import { classifyPath, isControlPlaneSecret, isHomeConfigFile, pathToResolve, resolvePath } from './paths.ts';
import { isWindowsPath, isWindowsSystemPath } from './windows-paths.ts';
import { operationVerb } from './mcp/mcp.ts';
import { disposableKubeObject } from './shell/tools/infra.ts';

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
    // Any start-up or credential dotfile directly in home (`~/.netrc`, `~/.gitconfig`, `~/.npmrc`), as for `cp x ~/.netrc`;
    // system files on either system (`/etc/hosts`, `C:\Windows\System32\drivers\etc\hosts`); a device (`/dev/sda`).
    if (SYSTEM_FILE.test(abs) || CREDENTIAL_DIR.test(abs) || isHomeConfigFile(abs, scope.home) || (isWindowsPath(abs) && (isWindowsSystemPath(abs) || windowsHomeDotfile(abs, scope.home)))) {
      b.destroy('file_write_system', `overwrites \`${abs}\`, a system or credential file`);
    } else b.finding('file_write_outside', `writes \`${abs}\` outside the workspace`);
  }
  if (action.operation === 'write' && action.content === '' && cls !== 'rebuildable' && cls !== 'temporary') b.destroy('file_truncate', `empties \`${abs}\``);
}

/**
 * System locations whose files a write replaces for the whole machine: configuration and programs, databases' own files
 * (`/var/lib`), root's home, and devices (writing `/dev/sda` overwrites the disk), except the streams and pseudo-devices
 * that only take output (`/dev/null`, `/dev/stdout`, a terminal) and `/dev/shm` (temporary).
 */
const SYSTEM_FILE = /^\/(etc|usr|bin|sbin|boot|lib|lib64|System|root|var\/lib)(\/|$)|^\/dev\/(?!(null|zero|full|u?random|stdin|stdout|stderr|tty\w*|pts\/|fd\/|shm\/))/;
/** Credential folders in a home folder, on either system. */
const CREDENTIAL_DIR = /[\\/]\.(ssh|aws|kube|gnupg|docker|azure|config[\\/]gcloud)[\\/]/i;

/** A dotfile directly in a Windows profile (`C:\Users\dev\.gitconfig`, `.npmrc`). */
function windowsHomeDotfile(abs: string, home: string | undefined): boolean {
  if (!home || !isWindowsPath(home)) return false;
  const h = home.replace(/[\\/]+$/, '').toLowerCase();
  const a = abs.toLowerCase();
  return a.startsWith(`${h}\\.`) && !a.slice(h.length + 1).includes('\\');
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
// Prometheus `/-/quit` (lifecycle API: "triggers a graceful shutdown").
const OUTAGE_PATH = /\/(_close|_block\/(read|write|read_only)|(safe)?exit|quietdown|-\/quit)(\b|\/|\?|$)/i;

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

/**
 * DELETE requests that lose nothing, each from its API's own reference: a Kubernetes dry run ("the request is not
 * persisted"); what a user relates to, not content (GitHub stars, follows, watches, an issue's labels and assignees, a
 * pull request's requested reviewers); caches and build artefacts (GitHub Actions caches and artifacts); an S3
 * multipart upload's parts (`AbortMultipartUpload`, `?uploadId=`: the object was never completed); a Vault KV v2
 * `data/` delete, which is a soft delete ("can be undone using the undelete path"; `metadata/` and `destroy/` are not).
 */
const HTTP_HARMLESS_DELETE: ReadonlyArray<{ url: RegExp; why: string }> = [
  { url: /[?&]dryRun=All(&|#|$)/, why: 'a Kubernetes dry run: validated, not persisted' },
  { url: /^https?:\/\/(api\.github\.com|[^/]+\/api\/v3)\/(user\/(starred|following|subscriptions)\/|notifications\/threads\/\d+\/subscription|repos\/[^/]+\/[^/]+\/(subscription$|issues\/\d+\/(labels|assignees)\b|pulls\/\d+\/requested_reviewers|actions\/(caches|artifacts)\b))/i, why: 'a star, watch, label, assignee, reviewer request, cache or build artefact: added again at will or rebuilt' },
  { url: /\.s3[.-][^/]*amazonaws\.com\/[^?]+\?(.*&)?uploadId=/i, why: 'aborts an unfinished multipart upload (the object was never completed)' },
  { url: /^https?:\/\/[^/]*(vault[^/]*|:8200)\/v1\/([^?]+\/)?data\//i, why: 'a Vault KV v2 soft delete, undone with `undelete`' },
  // Elasticsearch/OpenSearch search contexts (clear scroll, close point in time): they only free server resources.
  { url: /\/_search\/scroll(\/|\?|$)|\/_pit(\?|$)/i, why: 'clears search contexts (scrolls, points in time), which hold no data' },
];

/** Why this DELETE loses nothing, or null; shared by shell HTTP clients. */
export function harmlessHttpDelete(url: string): string | null {
  return harmlessDelete(url);
}

/**
 * PostgREST (Supabase's `/rest/v1/`) deletes the rows its filters select and, without one, every row: a filter on an
 * equal value or a list narrows the delete like `DELETE ... WHERE id = 8812` (docs/classify.md, "SQL by effect").
 */
const POSTGREST_NARROWED = /\/rest\/v1\/[^/?]+\?(.*&)?[a-z_][\w]*=(eq\.[^&*]+|in\.\([^)]+\))(&|$)/i;

/** `/api/v1/namespaces/NS/KIND/NAME` and `/apis/GROUP/VERSION/namespaces/NS/KIND/NAME` on a Kubernetes API server. */
const KUBE_OBJECT_URL = /\/(api\/v1|apis\/[^/]+\/[^/]+)\/namespaces\/[^/]+\/([a-z]+)\/([a-z0-9.-]+)\/?(\?|$)/;

/** Why this DELETE loses nothing, or null. */
function harmlessDelete(url: string): string | null {
  for (const r of HTTP_HARMLESS_DELETE) if (r.url.test(url)) return r.why;
  if (POSTGREST_NARROWED.test(url) && !/[?&](or|and|not)=/.test(url)) return 'a PostgREST delete narrowed to the rows it names';
  const kube = KUBE_OBJECT_URL.exec(url);
  if (kube) {
    const why = disposableKubeObject(kube[2]!, kube[3]!);
    if (why) return `this object is disposable: ${why}`;
  }
  return null;
}

function isObject(x: JsonValue | undefined): x is { [k: string]: JsonValue } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Request bodies whose fields carry the destructive part of a POST, PATCH or PUT: a git ref moved with `force: true`
 * (GitHub's and Gitea's "Update a reference": commits only the old ref reached are lost), a repository set to
 * `archived: true` (read-only from then on, as `gh repo archive`), and a Kubernetes workload or its `scale`
 * subresource set to zero replicas (availability: docs/classifier-evaluation.md).
 */
function destructiveBody(url: string, body: JsonValue | undefined): { code: string; why: string } | null {
  if (!isObject(body)) return null;
  if (/\/git\/refs\//.test(url) && body.force === true) return { code: 'http_force_ref', why: 'moves a git ref by force: commits only it reached are lost' };
  if (/\/repos\/[^/]+\/[^/?]+\/?(\?|$)/.test(url) && body.archived === true) return { code: 'repository_archive', why: 'archives the repository (read-only)' };
  const spec = isObject(body.spec) ? body.spec : null;
  if (spec && spec.replicas === 0 && /\/apis\/apps\/|\/scale(\?|$)/.test(url)) return { code: 'service_outage', why: 'scales the workload to zero replicas' };
  return null;
}

/** The field names of a GraphQL mutation in a request body (`{"query":"mutation { deleteIssue(...) }"}`), or null. */
export function graphqlMutationFields(body: JsonValue | undefined): string[] | null {
  let query: JsonValue | undefined = body;
  if (typeof body === 'string') {
    try {
      const parsed = JSON.parse(body) as JsonValue;
      query = isObject(parsed) ? parsed.query : body;
    } catch {
      query = body;
    }
  } else if (isObject(body)) query = body.query;
  if (typeof query !== 'string' || !/^\s*mutation\b/.test(query)) return null;
  return [...query.matchAll(/[{\s]([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)].map((m) => m[1]!);
}

export function classifyHttpRequest(action: HttpRequestAction, inventory: Inventory, b: FactsBuilder): void {
  const method = action.method.toUpperCase();
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(action.url)?.[1] ?? null;
  const environment = resolveEnvironment(inventory, [{ kind: 'urls', value: action.url }, { kind: 'names', value: host }]);
  b.verb('network').target({ kind: 'http', id: action.url, environment, home: false });
  b.summary(`${method} ${action.url}`);
  if (method === 'DELETE') {
    const why = harmlessDelete(action.url);
    if (why) b.verb('delete').finding('http_delete_harmless', `HTTP DELETE \`${action.url}\`: ${why}`);
    else b.verb('delete').destroy('http_delete', `HTTP DELETE \`${action.url}\``);
  } else if (method === 'PUT') b.verb('write', 'replace').destroy('http_put', `HTTP PUT replaces \`${action.url}\``);
  else if (method === 'POST' || method === 'PATCH') {
    b.verb('write');
    if (destructiveEndpoint(action.url)) b.verb('delete').destroy('http_destructive_endpoint', `HTTP ${method} to a destructive endpoint`);
    else if (outageEndpoint(action.url)) b.destroy('service_outage', `HTTP ${method} \`${action.url}\` takes the service or index out of service`);
  } else if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') b.verb('read');
  else b.opaque('http_unknown_method', `HTTP method \`${method}\` we do not know`);
  if (method === 'POST' || method === 'PATCH' || method === 'PUT') {
    const fx = destructiveBody(action.url, action.body);
    if (fx) b.destroy(fx.code, `HTTP ${method} \`${action.url}\` ${fx.why}`);
    const fields = graphqlMutationFields(action.body);
    if (fields && operationVerb(fields) === 'destroy') b.verb('delete').destroy('graphql_destructive_mutation', `GraphQL mutation \`${fields.join(', ')}\` names a destructive operation`);
  }
}
