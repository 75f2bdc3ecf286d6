import type { FileWriteAction, HttpRequestAction, Inventory, ActionContext, JsonValue } from '../core/index.ts';
import type { FactsBuilder } from './builder.ts';
import { resolveEnvironment } from './environment.ts';
import { classifyPath, isControlPlaneSecret, isSystemOrCredentialFile, pathToResolve, resolvePath } from './paths.ts';
import { mutationFieldVerb } from './mcp/mcp.ts';
import { disposableKubeObject } from './shell/tools/infra.ts';
import { classifySqlInto } from './sql/sql.ts';

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
  if (action.operation === 'write' && action.content !== '' && cls !== 'rebuildable' && cls !== 'temporary' && (STATE_FILE.test(abs) || GIT_INTERNAL.test(abs))) {
    b.destroy('file_overwrite_state', `overwrites \`${abs}\`, which holds state or secrets that no tool regenerates`);
  }
  // A targeted edit (`edit`: the content names the text it replaces) of a start-up, system or credential file changes it; it does
  // not replace it (as for MCP file tools). The control plane was refused above.
  if ((cls === 'critical' || cls === 'outside') && action.operation !== 'edit') {
    // Any start-up or credential dotfile directly in home (`~/.netrc`, `~/.gitconfig`, `~/.npmrc`), as for `cp x ~/.netrc`;
    // system files on either system (`/etc/hosts`, `C:\Windows\System32\drivers\etc\hosts`); a device (`/dev/sda`).
    if (isSystemOrCredentialFile(abs, scope.home)) {
      b.destroy('file_write_system', `overwrites \`${abs}\`, a system or credential file`);
    } else b.finding('file_write_outside', `writes \`${abs}\` outside the workspace`);
  }
  if (action.operation === 'write' && action.content === '' && cls !== 'rebuildable' && cls !== 'temporary') b.destroy('file_truncate', `empties \`${abs}\``);
}

/**
 * Files whose content is state or a secret rather than source: overwriting them loses what they held. Terraform state
 * (resources it tracks become orphans), dotenv files (`.env`, `.env.production`; not the committed templates `.env.example`,
 * `.sample`, `.template`, `.dist`), SQLite databases, private keys, dumps.
 */
const STATE_FILE = /\.(db|sqlite3?|tfstate(\.backup)?|pem|key|dump)$|(^|\/)\.env(\.(?!(example|sample|template|dist|defaults?|schema)$)[^/]*)?$/;
/**
 * What git keeps about a repository that a write replaces: its configuration (remotes, branch tracking), the index (what is
 * staged), refs (moving `refs/heads/main` by hand drops commits without a reflog entry), packed refs and objects. Hooks,
 * `info/exclude`, `description` and lock files are not.
 */
const GIT_INTERNAL = /\/\.git\/(config|index|packed-refs|(refs|objects)\/.*)(?<!\.lock)$/;

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
// Jenkins names its actions `doDelete`, `doWipeOutWorkspace` (Stapler's `do` prefix). RPC-style APIs put the verb after a dot or a
// colon (Slack `chat.delete`, `admin.conversations.delete`; Google's custom methods `:purge`, `:batchDelete`, `:batchDeleteContacts`).
export const DESTRUCTIVE_PATH = /(\/|\/[a-z]+(\.[a-z]+)*\.|:)(_?delete|do(delete|wipeoutworkspace|disconnect|deleteall)|destroy|terminate|purge|drop|wipe|reset|truncate|remove|nuke|flush)(\b|_|-|\/|\?|$)/i;

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
const CUSTOM_METHOD = /:(batch)?(Delete|Purge|Destroy|Remove|Wipe|Truncate|Erase)([A-Z]\w*)?(\/|\?|$)|:(batchDelete|batchRemove|batchPurge|bulkDelete)\w*(\/|\?|$)/;
export function destructiveEndpoint(url: string): boolean {
  if (CUSTOM_METHOD.test(url)) return true;
  if (!DESTRUCTIVE_PATH.test(url)) return false;
  const withoutCachePurges = url.replace(CACHE_VERB, '/');
  return !(CACHE_URL.test(url) && !DESTRUCTIVE_PATH.test(withoutCachePurges));
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
 * - version-controlled files: GitHub's "Delete a file" and "Create or update file contents" (`/repos/O/R/contents/PATH`)
 *   and GitLab's repository files API each make a commit, undone by a revert;
 * - search cursors: Elasticsearch/OpenSearch "Clear scroll" (`_search/scroll`) and "Close point in time" (`_pit`) free a
 *   search context, the documents stay;
 * - sessions and consumers: the Kafka REST Proxy's consumer instance (`/consumers/G/instances/I`: "destroy the consumer
 *   instance", its offsets stay committed in Kafka), Consul's `session/destroy` (locks held by it are released), a login
 *   session (`/sessions/current`, `/session`);
 * - an Alertmanager silence (`/api/v2/silence/ID` "delete a silence": it expires, alerts notify again);
 * - a Stripe discount (`/customers/C/discount`, `/subscriptions/S/discount`: "removes the currently applied discount";
 *   the coupon stays).
 */
const HTTP_HARMLESS: ReadonlyArray<{ url: RegExp; why: string }> = [
  { url: /[?&]dryRun=All(&|#|$)/, why: 'a Kubernetes dry run: validated, not persisted' },
  { url: /^https?:\/\/(api\.github\.com|[^/]+\/api\/v3)\/(user\/(starred|following|subscriptions)\/|notifications\/threads\/\d+\/subscription|repos\/[^/]+\/[^/]+\/(subscription$|issues\/\d+\/(labels|assignees)\b|pulls\/\d+\/requested_reviewers|actions\/(caches|artifacts)\b|(issues|pulls)\/(comments\/)?\d+\/reactions\/\d+|comments\/\d+\/reactions\/\d+))/i, why: 'a star, watch, label, assignee, reviewer request, reaction, cache or build artefact: added again at will or rebuilt' },
  { url: /\.s3[.-][^/]*amazonaws\.com\/[^?]+\?(.*&)?uploadId=/i, why: 'aborts an unfinished multipart upload (the object was never completed)' },
  { url: /^https?:\/\/[^/]*(vault[^/]*|:8200)\/v1\/([^?]+\/)?data\//i, why: 'a Vault KV v2 soft delete, undone with `undelete`' },
  { url: /\/repos\/[^/]+\/[^/]+\/contents\/[^?]+|\/api\/v4\/projects\/[^/]+\/repository\/files\/[^?]+/i, why: 'a file of a git repository changed by a commit, undone by a revert' },
  { url: /\/_search\/scroll(\/[^/?]*)?\/?(\?|$)|\/_pit\/?(\?|$)/, why: 'frees a search cursor; the documents stay' },
  { url: /\/consumers\/[^/]+\/instances\/[^/?]+\/?(subscription\/?)?(\?|$)/, why: 'a REST proxy consumer instance; its committed offsets stay in Kafka' },
  { url: /\/v1\/session\/destroy\/[^/?]+\/?(\?|$)|^https?:\/\/[^/]+\/(api\/)?(v\d+\/)?(sessions\/(current|me|self)|session)\/?(\?|$)/i, why: 'ends a session; nothing stored is lost' },
  { url: /\/api\/v[12]\/silences?\/[^/?]+\/?(\?|$)/, why: 'expires an Alertmanager silence; alerts notify again' },
  { url: /^https?:\/\/api\.stripe\.com\/v1\/(customers|subscriptions)\/[^/]+\/discount\/?(\?|$)/, why: 'removes an applied discount; the coupon stays' },
];

/**
 * PostgREST (Supabase's `/rest/v1/`) deletes the rows its filters select and, without one, every row: a filter on an
 * equal value or a list narrows the delete like `DELETE ... WHERE id = 8812` (docs/classify.md, "SQL by effect").
 */
const POSTGREST_NARROWED = /\/rest\/v1\/[^/?]+\?(.*&)?[a-z_][\w]*=(eq\.[^&*]+|in\.\([^)]+\))(&|$)/i;

/** `/api/v1/namespaces/NS/KIND/NAME` and `/apis/GROUP/VERSION/namespaces/NS/KIND/NAME` on a Kubernetes API server. */
const KUBE_OBJECT_URL = /\/(api\/v1|apis\/[^/]+\/[^/]+)\/namespaces\/[^/]+\/([a-z]+)\/([a-z0-9.-]+)\/?(\?|$)/;

/** Why a request to this URL loses nothing whatever its method, or null. */
function harmlessUrl(url: string): string | null {
  for (const r of HTTP_HARMLESS) if (r.url.test(url)) return r.why;
  return null;
}

/** Why this DELETE loses nothing, or null; shared by shell HTTP clients. */
export function harmlessHttpDelete(url: string): string | null {
  const why = harmlessUrl(url);
  if (why) return why;
  if (POSTGREST_NARROWED.test(url) && !/[?&](or|and|not)=/.test(url)) return 'a PostgREST delete narrowed to the rows it names';
  const kube = KUBE_OBJECT_URL.exec(url);
  if (kube) {
    const disposable = disposableKubeObject(kube[2]!, kube[3]!);
    if (disposable) return `this object is disposable: ${disposable}`;
  }
  return null;
}

function isObject(x: JsonValue | undefined): x is { [k: string]: JsonValue } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Whether a body is empty: absent, `''`, `{}`, `[]` or null. */
function emptyBody(body: JsonValue | undefined): boolean {
  return body === undefined || body === null || (typeof body === 'string' && body.trim() === '') || (Array.isArray(body) && body.length === 0) || (isObject(body) && Object.keys(body).length === 0);
}

/** Keys that name or describe a resource rather than hold its content. */
const DESCRIPTIVE_KEY = /^(apiversion|kind|metadata|name|id|type|message|sha|branch|key|path|labels|annotations)$/i;
/** Keys that hold a resource's content (a ConfigMap's or Secret's `data`, a file's `content`, a KV `value`). */
const CONTENT_KEY = /^(data|stringdata|binarydata|content|value|values|items|records|entries|rules)$/i;

/**
 * A PUT body that replaces the resource with nothing: every content field present is empty (a Kubernetes Secret with
 * `data: {}`, `{"content": ""}`) and the rest only names or describes it.
 */
function emptiesResource(body: JsonValue | undefined): boolean {
  if (!isObject(body)) return false;
  const keys = Object.keys(body);
  const content = keys.filter((k) => CONTENT_KEY.test(k));
  if (content.length === 0) return isObject(body.metadata) && typeof body.kind === 'string' && /^(Secret|ConfigMap)$/.test(body.kind);
  return content.every((k) => emptyBody(body[k])) && keys.every((k) => CONTENT_KEY.test(k) || DESCRIPTIVE_KEY.test(k));
}

/**
 * Kafka topic settings that delete messages: `retention.ms`/`retention.bytes` shortened to a few seconds or bytes,
 * `cleanup.policy=delete` (compaction turned into deletion), and any retention or cleanup setting reset to the broker
 * default (the same rules as `kafka-configs` in the service catalogue). Kafka REST v3: `POST …/topics/T/configs:alter`
 * with `{data: [{name, value, operation}]}`, `PUT …/topics/T/configs/NAME` with `{value}`.
 */
const KAFKA_LOSSY_SETTING = /^(retention\.|cleanup\.policy$|delete\.retention|log\.retention|min\.compaction|segment\.)/;
function kafkaConfigLoses(url: string, body: JsonValue | undefined): boolean {
  const single = /\/topics\/[^/]+\/configs\/([^/?]+)\/?(\?|$)/.exec(url);
  const entries: Array<{ name: string; value: JsonValue | undefined; operation: JsonValue | undefined }> = [];
  if (single && isObject(body)) entries.push({ name: decodeURIComponent(single[1]!), value: body.value, operation: body.operation });
  else if (/\/topics\/[^/]+\/configs:alter\/?(\?|$)/.test(url) && isObject(body) && Array.isArray(body.data)) {
    for (const e of body.data) if (isObject(e) && typeof e.name === 'string') entries.push({ name: e.name, value: e.value, operation: e.operation });
  }
  return entries.some(({ name, value, operation }) => {
    if (!KAFKA_LOSSY_SETTING.test(name)) return false;
    if (typeof operation === 'string' && /^delete$/i.test(operation)) return true;
    const v = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    return (/^retention\.(ms|bytes)$/.test(name) && /^[0-9]{1,6}$/.test(v)) || (name === 'cleanup.policy' && v === 'delete');
  });
}

/**
 * Request bodies whose fields carry the destructive part of a POST, PATCH or PUT: a git ref moved with `force: true`
 * (GitHub's and Gitea's "Update a reference": commits only the old ref reached are lost), a repository set to
 * `archived: true` (read-only from then on, as `gh repo archive`), a Kubernetes workload or its `scale`
 * subresource set to zero replicas (availability: docs/classifier-evaluation.md), Kafka topic settings that delete messages.
 */
function destructiveBody(url: string, body: JsonValue | undefined): { code: string; why: string } | null {
  if (kafkaConfigLoses(url, body)) return { code: 'kafka_retention', why: 'shortens or resets a topic\'s retention: the broker deletes messages' };
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
 * The method a server acts on. Rack, Symfony/Laravel and ASP.NET honour a method override only on a POST: the
 * `X-HTTP-Method-Override` (or `X-HTTP-Method`, `X-Method-Override`) header, or a `_method` form field (Symfony also reads
 * it from the query string). A GET with `?_method=delete` stays a GET (Rack: "should not affect GET requests").
 */
function effectiveMethod(action: HttpRequestAction): { method: string; via: string | null } {
  const method = action.method.toUpperCase();
  if (method !== 'POST') return { method, via: null };
  const h = action.headers ?? {};
  for (const name of ['x-http-method-override', 'x-http-method', 'x-method-override']) {
    const v = Object.entries(h).find(([k]) => k.toLowerCase() === name)?.[1];
    if (typeof v === 'string' && /^[A-Za-z]+$/.test(v.trim())) return { method: v.trim().toUpperCase(), via: `the \`${name}\` header` };
  }
  const fromBody = typeof action.body === 'string' ? formParams(action.body)?.get('_method') : isObject(action.body) && typeof action.body._method === 'string' ? action.body._method : null;
  const field = fromBody ?? queryParams(action.url).get('_method');
  if (typeof field === 'string' && /^[A-Za-z]+$/.test(field.trim())) return { method: field.trim().toUpperCase(), via: 'the `_method` field' };
  return { method, via: null };
}

/**
 * RPC endpoints that take their operation as a parameter: MediaWiki's `api.php?action=delete` (`action=purge` only refreshes
 * the page cache), `op=`, `operation=`, and the AWS Query protocol (`Action=TerminateInstances`, EC2, SQS, SNS, IAM, STS:
 * "Query requests are HTTP or HTTPS requests that use the HTTP verb GET or POST and a Query parameter named Action"). The
 * value is judged by its verb; parameter names are compared without case.
 */
const OPERATION_PARAM = /^(action|op|operation)$/i;
function operationParam(action: HttpRequestAction): string | null {
  const pairs: Array<[string, string]> = [...queryParams(action.url)];
  if (typeof action.body === 'string') {
    const form = formParams(action.body);
    if (form) pairs.push(...form);
  } else if (isObject(action.body)) {
    for (const [k, v] of Object.entries(action.body)) if (typeof v === 'string') pairs.push([k, v]);
  }
  for (const [k, v] of pairs) {
    if (OPERATION_PARAM.test(k) && /^[A-Za-z][\w.:-]{0,60}$/.test(v) && !/^purge$/i.test(v) && mutationFieldVerb([v]) === 'destroy') return `${k}=${v}`;
  }
  return null;
}

/** AWS Query-protocol endpoints, which act on a GET as on a POST. */
const AWS_QUERY_HOST = /^https?:\/\/[^/?#]*\.amazonaws\.com(\.cn)?(:\d+)?(\/|\?|$)/i;

/**
 * Batch endpoints whose body carries its own operations, each judged like a request of its own: Microsoft Graph
 * `$batch` and Salesforce `composite` (`requests`/`compositeRequest`: `[{method, url}]`), Elasticsearch/OpenSearch
 * `_bulk` (NDJSON action lines: `{"delete": {...}}`), Firestore `:commit`/`:batchWrite` (`writes: [{delete: name}]`),
 * JSON:API atomic operations (`atomic:operations: [{op: "remove"}]`). Returns what destroys, or null.
 */
function destructiveBatch(url: string, body: JsonValue | undefined): string | null {
  if (/\/_bulk\/?(\?|$)/.test(url) && typeof body === 'string') {
    for (const line of body.split('\n')) {
      if (/^\s*\{\s*"delete"\s*:/.test(line)) return 'a `delete` action line';
    }
    return null;
  }
  if (!isObject(body)) return null;
  for (const key of ['requests', 'compositeRequest', 'batchRequests', 'operations']) {
    const list = body[key];
    if (!Array.isArray(list)) continue;
    for (const r of list) {
      if (!isObject(r) || typeof r.method !== 'string') continue;
      const sub = typeof r.url === 'string' ? r.url : '';
      const m = r.method.toUpperCase();
      if (m === 'DELETE' && !harmlessHttpDelete(sub)) return `\`DELETE ${sub}\``;
      if ((m === 'POST' || m === 'PATCH') && sub && destructiveEndpoint(sub)) return `\`${m} ${sub}\``;
    }
  }
  if (Array.isArray(body.writes) && body.writes.some((w) => isObject(w) && typeof w.delete === 'string')) return 'a document `delete` write';
  const atomic = body['atomic:operations'];
  if (Array.isArray(atomic) && atomic.some((o) => isObject(o) && o.op === 'remove')) return 'a `remove` operation';
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
  { url: /\/(_plugins|_opendistro)\/_sql\/?(\?|$)|\/_sql\/?(\?|$)/, sql: (b) => (isObject(b) && typeof b.query === 'string' ? b.query : null) },
  { url: /\/v1\/statement\/?(\?|$)/, dialect: 'trino', sql: (b) => (typeof b === 'string' ? b : null) },
  { url: /\/api\/2\.0\/sql\/statements\/?(\?|$)/, dialect: 'databricks', sql: (b) => (isObject(b) && typeof b.statement === 'string' ? b.statement : null) },
  { url: /\/api\/v2\/statements\/?(\?|$)/, dialect: 'snowflake', sql: (b) => (isObject(b) && typeof b.statement === 'string' ? b.statement : null) },
  { url: /\/bigquery\/v2\/projects\/[^/]+\/queries\/?(\?|$)/, dialect: 'bigquery', sql: (b) => (isObject(b) && typeof b.query === 'string' ? b.query : null) },
  { url: /\/v[12]\/query\/?(\?|$)/, dialect: 'postgresql', sql: (b) => (isObject(b) && b.type === 'run_sql' && isObject(b.args) && typeof b.args.sql === 'string' ? b.args.sql : null) },
  { url: /\/v1\/projects\/[^/]+\/database\/query\/?(\?|$)/, dialect: 'postgresql', sql: (b) => (isObject(b) && typeof b.query === 'string' ? b.query : null) },
  { url: /\/d1\/database\/[^/]+\/(query|raw)\/?(\?|$)/, dialect: 'sqlite', sql: (b) => (isObject(b) && typeof b.sql === 'string' ? b.sql : null) },
  { url: /^https?:\/\/[^/]*:8123\//, dialect: 'clickhouse', sql: (b, u) => queryParams(u).get('query') ?? (typeof b === 'string' && b.trim() !== '' ? b : null) },
];

export function classifyHttpRequest(action: HttpRequestAction, inventory: Inventory, b: FactsBuilder, ctx: ActionContext = {}): void {
  const { method, via } = effectiveMethod(action);
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(action.url)?.[1] ?? null;
  const environment = resolveEnvironment(inventory, [{ kind: 'urls', value: action.url }, { kind: 'names', value: host }]);
  b.verb('network').target({ kind: 'http', id: action.url, environment, home: false });
  b.summary(`${action.method.toUpperCase()} ${action.url}${via ? ` (${method} by ${via})` : ''}`);
  const shown = via ? `${method} (by ${via})` : method;
  if (/[?&]dryRun=All(&|#|$)/.test(action.url) && method !== 'GET') {
    b.verb('write').finding('http_dry_run', `HTTP ${shown} \`${action.url}\`: a Kubernetes dry run, validated and not persisted`);
    return;
  }
  for (const api of SQL_APIS) {
    if (!api.url.test(action.url)) continue;
    const sql = api.sql(action.body, action.url);
    if (sql === null) continue;
    classifySqlInto(sql, { ctx, inventory, dialect: api.dialect ?? ctx.dialect, host: host ?? undefined }, b);
    return;
  }
  if (method === 'DELETE') {
    const why = harmlessHttpDelete(action.url);
    if (why) b.verb('delete').finding('http_delete_harmless', `HTTP ${shown} \`${action.url}\`: ${why}`);
    else b.verb('delete').destroy('http_delete', `HTTP ${shown} \`${action.url}\``);
  } else if (method === 'PUT') {
    b.verb('write', 'replace');
    const harmless = harmlessUrl(action.url);
    if (harmless) b.finding('http_put_harmless', `HTTP ${shown} \`${action.url}\`: ${harmless}`);
    else if (emptyBody(action.body) || emptiesResource(action.body)) b.destroy('http_put_empty', `HTTP ${shown} replaces \`${action.url}\` with an empty body`);
    else if (destructiveEndpoint(action.url)) b.verb('delete').destroy('http_destructive_endpoint', `HTTP ${shown} to a destructive endpoint`);
    else if (outageEndpoint(action.url)) b.destroy('service_outage', `HTTP ${shown} \`${action.url}\` takes the service or index out of service`);
  } else if (method === 'POST' || method === 'PATCH') {
    b.verb('write');
    if (harmlessUrl(action.url)) b.finding('http_harmless', `HTTP ${shown} \`${action.url}\`: ${harmlessUrl(action.url)}`);
    else if (destructiveEndpoint(action.url)) b.verb('delete').destroy('http_destructive_endpoint', `HTTP ${shown} to a destructive endpoint`);
    else if (outageEndpoint(action.url)) b.destroy('service_outage', `HTTP ${shown} \`${action.url}\` takes the service or index out of service`);
  } else if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') {
    b.verb('read');
    const op = method === 'GET' && AWS_QUERY_HOST.test(action.url) ? operationParam(action) : null;
    if (op) b.verb('delete').destroy('http_operation_param', `HTTP GET \`${action.url}\` with \`${op}\` names a destructive operation (AWS Query API)`);
  }
  else b.opaque('http_unknown_method', `HTTP method \`${method}\` we do not know`);
  if (method === 'POST' || method === 'PATCH' || method === 'PUT') {
    const fx = destructiveBody(action.url, action.body);
    if (fx) b.destroy(fx.code, `HTTP ${shown} \`${action.url}\` ${fx.why}`);
    const fields = graphqlMutationFields(action.body);
    if (fields && mutationFieldVerb(fields) === 'destroy') b.verb('delete').destroy('graphql_destructive_mutation', `GraphQL mutation \`${fields.join(', ')}\` names a destructive operation`);
    const batch = destructiveBatch(action.url, action.body);
    if (batch) b.verb('delete').destroy('http_batch_delete', `HTTP ${shown} \`${action.url}\` carries ${batch}`);
    const op = operationParam(action);
    if (op) b.verb('delete').destroy('http_operation_param', `HTTP ${shown} \`${action.url}\` with \`${op}\` names a destructive operation`);
  }
}
