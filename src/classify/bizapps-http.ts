/**
 * Round 41 (bl41erp): HTTP requests to the business applications an ERP, CRM and ITSM team administers, as data, each
 * from the API's own reference and the labels of blind41-bl41erp.yaml's description.
 *
 * Losing nothing whatever the method says (read by rest-apis.ts `restApiNoLoss`, for an agent's HTTP tool and curl alike):
 * - one ServiceNow record deleted by its whole sys_id through the Table API (`DELETE /api/now/table/T/<32 hex>`) or one
 *   attachment (`DELETE /api/now/attachment/<32 hex>`): answer 53; never a user, group, table definition, dictionary
 *   entry, ACL, property or audit record (accounts and what the platform itself runs on);
 * - one Dataverse row deleted by its GUID (`DELETE /api/data/v9.2/contacts(<guid>)`): answer 53; never a table, column,
 *   relationship or option set definition, a solution, a user, a business unit, a role, the organization or its audit;
 * - one Zendesk macro, view, trigger or automation by id (answer 53); tickets stay as older sets label them (a
 *   permanent or several-ticket delete destructive: decision 32);
 * - one HubSpot webhook subscription by id;
 * - an Odoo database dropped through `/web/database/drop` whose own name says scratch, test or CI by a whole word (answer
 *   72, not a bare `ci`: 84) on a host that names neither production nor staging.
 *
 * Losses no older rule read (httpBodyEffects, other-kinds.ts):
 * - a ServiceNow background script (`POST /sys.scripts.do`, `script=…`) whose GlideRecord deletes more than one record
 *   (`deleteMultiple()`, or `deleteRecord()` not after a `get('<sys_id>')`), on an instance not named for development;
 * - a ServiceNow batch (`POST /api/now/v1/batch`) that deletes more than ten records or one not named by a literal sys_id;
 * - Odoo's JSON-RPC (`/jsonrpc`, `/web/dataset/call_kw`): a database dropped (`db.drop`), records unlinked past ten ids or
 *   by ids not fixed, a module uninstalled (its tables and data go with it);
 * - Dataverse's `BulkDelete` (rows by query) on an environment not named dev or test (answer 40), and `DeleteAuditData`.
 */
import { isJsonObject, parseJson, type JsonValue } from '../core/index.ts';
import { SHORT_FIXED_LIST } from './retention.ts';
import { SCRATCH_WORDS } from './test-data.ts';

const END = String.raw`\/?(?:\?|#|$)`;
const SYS_ID = '[0-9a-f]{32}';
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/**
 * ServiceNow tables whose records are accounts or what the platform itself runs on: one of them deleted is no narrowed
 * loss (through the Table API, a batch or an MCP `delete_record`).
 */
export const SN_KEPT_TABLES = /^(sys_user|sys_user_group|sys_user_role|sys_db_object|sys_dictionary|sys_security_acl|sys_properties|sys_audit\w*|syslog\w*|sys_script\w*|sys_auth_profile\w*|oauth_entity\w*|sys_certificate|discovery_credentials|sys_app|sys_scope|sys_store_app)$/i;
/**
 * Dataverse tables whose rows are accounts, security or what the platform runs on (users, teams, business units, roles,
 * solutions, plugin assemblies and steps, workflows, field security profiles, service endpoints): one row deleted is no
 * narrowed loss. By entity set name or logical name, plural or singular (the Web API's `systemusers`, the SDK's and
 * PowerShell's `systemuser`); mcp/bizapps-tools.ts and powershell/crm-records.ts read it too (round 43, atk43: one list).
 */
export const DATAVERSE_KEPT = /^(\w*definitions?|solutions?|solutioncomponents?|systemusers?|teams?|businessunits?|roles?|organizations?|audits?|publishers?|workflows?|sdkmessageprocessingsteps?|sdkmessageprocessingstepimages?|pluginassembl(y|ies)|plugintypes?|pluginpackages?|fieldsecurityprofiles?|serviceendpoints?)$/i;
const ZENDESK = String.raw`^https?:\/\/[a-z0-9-]+\.zendesk\.com\/api\/v2`;

const NO_LOSS: ReadonlyArray<{ method: RegExp; url: RegExp; why: string; test?: (m: RegExpExecArray) => boolean }> = [
  { method: /^DELETE$/, url: new RegExp(String.raw`^https?:\/\/[a-z0-9-]+\.service-now\.com\/api\/now\/(?:v[12]\/)?table\/([a-z0-9_]+)\/${SYS_ID}${END}`, 'i'), test: (m) => !SN_KEPT_TABLES.test(m[1]!), why: 'deletes one ServiceNow record by its whole sys_id (answer 53)' },
  { method: /^DELETE$/, url: new RegExp(String.raw`^https?:\/\/[a-z0-9-]+\.service-now\.com\/api\/now\/(?:v[12]\/)?attachment\/${SYS_ID}${END}`, 'i'), why: 'deletes one ServiceNow attachment by its sys_id (answer 53)' },
  { method: /^DELETE$/, url: new RegExp(String.raw`^https?:\/\/[a-z0-9-]+\.(?:crm\d*|api\.crm\d*)\.dynamics\.com\/api\/data\/v9\.\d\/([a-z_]+)\(${GUID}\)${END}`, 'i'), test: (m) => !DATAVERSE_KEPT.test(m[1]!), why: 'deletes one Dataverse row by its id (answer 53)' },
  { method: /^DELETE$/, url: new RegExp(String.raw`${ZENDESK}\/(?:macros|views|triggers|automations)\/[0-9]+(?:\.json)?${END}`, 'i'), why: 'deletes one Zendesk macro, view, trigger or automation by its id (answer 53)' },
  // Round 41 (erp2): the lead's answer 430.1: one record by its whole literal key, or a short fixed list of literal ids
  // (at most SHORT_FIXED_LIST), is narrowed whatever the tool (answers 53, 357.2); decision 32 stands for bulk and filtered
  // deletes. Zendesk tickets deleted or purged by `destroy_many?ids=` of literal ids and nothing else, one deleted ticket
  // purged by its id, one Jira issue by its key (not with `deleteSubtasks=true`, whose count the line does not show).
  { method: /^DELETE$/, url: new RegExp(String.raw`${ZENDESK}\/(?:tickets|deleted_tickets)\/destroy_many(?:\.json)?\?ids=[0-9]+(?:(?:,|%2C)[0-9]+){0,${SHORT_FIXED_LIST - 1}}(?:#|$)`, 'i'), why: 'deletes or purges a short fixed list of tickets by their literal ids (answers 430.1, 357.2)' },
  { method: /^DELETE$/, url: new RegExp(String.raw`${ZENDESK}\/deleted_tickets\/[0-9]+(?:\.json)?${END}`, 'i'), why: 'purges one deleted ticket by its id (answers 430.1, 53)' },
  { method: /^DELETE$/, url: new RegExp(String.raw`^https?:\/\/[a-z0-9-]+\.atlassian\.net\/rest\/api\/[23]\/issue\/[A-Z][A-Z0-9_]*-[0-9]+\/?(?:\?(?![^#]*deleteSubtasks=true)[^#]*)?(?:#|$)`, 'i'), why: 'deletes one Jira issue by its key (answers 430.1, 53)' },
  { method: /^DELETE$/, url: new RegExp(String.raw`^https?:\/\/api\.hubapi\.com\/webhooks\/v3\/[0-9]+\/subscriptions\/[0-9]+${END}`, 'i'), why: 'deletes one HubSpot webhook subscription by its id' },
];

const HUBSPOT_GDPR = /^https?:\/\/api\.hubapi(?:qa)?\.com\/crm\/v3\/objects\/contacts\/gdpr-delete\/?(?:\?|#|$)/i;
const ODOO_DROP = /^https?:\/\/[^/?#]+\/web\/database\/drop\/?(?:\?|#|$)/i;
const LIVE_WORD = /^(prod|prd|production|live|staging|stg|stage|uat|preprod|backups?|bak)\d*$/i;

/** A form or JSON body's field (`name=…`, `{"name": …}`). */
function field(body: JsonValue | undefined, key: string): string | null {
  if (typeof body === 'string') {
    const parsed = parseJson(body);
    if (isJsonObject(parsed)) return field(parsed, key);
    const hit = body.split('&').map((p) => p.split('=')).find(([k]) => k === key);
    if (!hit || hit.length < 2) return null;
    try {
      return decodeURIComponent(hit.slice(1).join('=').replace(/\+/g, ' '));
    } catch {
      return null;
    }
  }
  if (isJsonObject(body)) {
    const v = body[key];
    return typeof v === 'string' ? v : null;
  }
  return null;
}

/** A database name whose whole words say scratch, test or CI (answer 72), not bare `ci`/`e2e` (84), none saying a kept tier. */
function scratchDatabase(name: string): boolean {
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) return false;
  const ws = name.toLowerCase().split(/[-_.]/).filter(Boolean);
  if (ws.some((w) => LIVE_WORD.test(w))) return false;
  if (ws.every((w) => w === 'ci' || w === 'e2e')) return false;
  return ws.some((w) => SCRATCH_WORDS.has(w));
}

/** The NO_LOSS rule this request meets, or null (always null for a URL whose escapes do not decode). */
function listedNoLoss(method: string, url: string): string | null {
  // Round 42 (atk42): the server decodes the query before it reads it (`deleteSubtasks=%74rue` is `true`, `delete%53ubtasks`
  // the same name): a rule excuses only when the URL as sent and as decoded both match it.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return null;
  }
  for (const r of NO_LOSS) {
    if (!r.method.test(method)) continue;
    const m = r.url.exec(url);
    const d = r.url.exec(decoded);
    if (m && d && (!r.test || (r.test(m) && r.test(d)))) return r.why;
  }
  return null;
}

/** Why this business-application request loses nothing, or null. */
export function bizappsNoLoss(method: string, url: string, body: JsonValue | undefined): string | null {
  const listed = listedNoLoss(method, url);
  if (listed !== null) return listed;
  // HubSpot "GDPR delete" of one contact by its whole literal key (`objectId`, by id or by `idProperty`): answer 430.1.
  if (method === 'POST' && HUBSPOT_GDPR.test(url)) {
    const id = field(body, 'objectId');
    if (id !== null && /^[\w.@+-]+$/.test(id)) return `permanently deletes one contact by its whole key \`${id}\` (answers 430.1, 53)`;
  }
  if (method === 'POST' && ODOO_DROP.test(url)) {
    const name = field(body, 'name');
    if (name !== null && scratchDatabase(name) && !namesLiveTier(url)) return `drops the Odoo database \`${name}\`, which its own name marks as scratch, a test's or a CI run's (answer 72)`;
  }
  return null;
}

/** A business-application request's loss: its reason code, why, and whether data is deleted. */
export interface BizappsEffect {
  code: string;
  why: string;
  deletes: boolean;
}

/** A ServiceNow instance named for development: a personal developer instance (`dev12345`) or a name ending in dev, test or sandbox. */
const SN_DEV_INSTANCE = /^https?:\/\/(?:dev\d+|[a-z0-9-]*?(?:dev|test|sandbox|sbx)\d*)\.service-now\.com\//i;
const SN_SCRIPT = /^https?:\/\/[a-z0-9-]+\.service-now\.com\/sys\.scripts\.do\/?(?:\?|#|$)/i;
// Round 42 (atk42): the unversioned `/api/now/batch` takes the same body as `/api/now/v1/batch`.
const SN_BATCH = /^https?:\/\/[a-z0-9-]+\.service-now\.com\/api\/now\/(?:v\d+\/)?batch\/?(?:\?|#|$)/i;
/** A batch entry's URL naming one Table API record by its whole sys_id. */
const SN_BATCH_RECORD = new RegExp(String.raw`^\/api\/now\/(?:v[12]\/)?table\/([a-z0-9_]+)\/${SYS_ID}$`, 'i');
const DATAVERSE_ACTION = /^https?:\/\/([a-z0-9-]+)\.(?:crm\d*|api\.crm\d*)\.dynamics\.com\/api\/data\/v9\.\d\/(BulkDelete|DeleteAuditData)\/?(?:\?|#|$)/i;
const ODOO_RPC = /^https?:\/\/[^/?#]+\/(?:jsonrpc|web\/dataset\/call_kw(?:\/[^?#]*)?)\/?(?:\?|#|$)/i;
/** Odoo models whose records are accounts, companies, the data model itself or its access rules (round 42, atk42). */
const ODOO_KEPT_MODELS = /^(res\.users\w*|res\.groups|res\.company|res\.partner\.bank|ir\.model(\.\w+)?|ir\.rule|ir\.config_parameter|ir\.cron|ir\.module\.\w+|ir\.ui\.\w+|ir\.actions\.\w+|auth_\w+|base\.\w+)$/;
const ODOO_UNINSTALL = /^(button_immediate_uninstall|button_uninstall|module_uninstall)$/;

/** A host whose labels name a live tier (`acme-prod-dev`): the worst tier a line names is its environment (434.1). */
function namesLiveTier(url: string): boolean {
  const host = /^https?:\/\/([^/?#]+)/i.exec(url)?.[1] ?? '';
  return host.toLowerCase().split(/[-_.:]/).some((w) => LIVE_WORD.test(w));
}

/** A query-string parameter's decoded value, or null. */
function queryField(url: string, key: string): string | null {
  const q = url.split('#')[0]!.split('?')[1];
  return q === undefined ? null : field(q, key);
}

/** A GlideRecord script that deletes more than one record: `deleteMultiple()`, or `deleteRecord()` not after `get('<sys_id>')`. */
function glideDeletesMany(script: string): boolean {
  // Round 42 (atk42): `GlideMultipleDelete(…).execute()` is the same bulk delete; a method called by its name in brackets
  // (`gr['deleteMultiple']()`) is the method.
  if (/\.deleteMultiple\s*\(|\[\s*['"`]deleteMultiple['"`]\s*\]|\bGlideMultipleDelete\b/.test(script)) return true;
  if (/\[\s*['"`]deleteRecord['"`]\s*\]/.test(script)) return true;
  if (!/\.deleteRecord\s*\(/.test(script)) return false;
  return !(new RegExp(String.raw`\.get\(\s*['"]${SYS_ID}['"]\s*\)`, 'i').test(script) && !/\b(while|for)\s*\(/.test(script));
}

function parsed(body: JsonValue | undefined): JsonValue | undefined {
  return typeof body === 'string' ? (parseJson(body) ?? body) : body;
}

/** The deletes of a ServiceNow batch: more than ten, or one whose URL is not a literal sys_id. */
function batchDeletesMany(body: JsonValue | undefined): boolean {
  const b = parsed(body);
  if (!isJsonObject(b)) return false;
  const list = b['rest_requests'];
  if (!Array.isArray(list)) return false;
  const deletes = list.filter((r) => isJsonObject(r) && typeof r['method'] === 'string' && /^delete$/i.test(r['method']));
  if (deletes.length > 10) return true;
  // Round 42 (atk42): a delete in a kept table (a user, an ACL, a property) is no narrowed record, as through the Table API.
  return deletes.some((r) => {
    const m = isJsonObject(r) && typeof r['url'] === 'string' ? SN_BATCH_RECORD.exec(r['url']) : null;
    return m === null || SN_KEPT_TABLES.test(m[1]!);
  });
}

/** Odoo JSON-RPC's service, method and arguments (`{"params": {"service", "method", "args"}}`, or call_kw's `{"params": {"model", "method", "args"}}`). */
function odooCall(body: JsonValue | undefined): { service: string; method: string; args: JsonValue[] } | null {
  const b = parsed(body);
  const params = isJsonObject(b) ? b['params'] : undefined;
  if (!isJsonObject(params)) return null;
  const args = Array.isArray(params['args']) ? params['args'] : [];
  if (typeof params['service'] === 'string' && typeof params['method'] === 'string') return { service: params['service'], method: params['method'], args };
  if (typeof params['model'] === 'string' && typeof params['method'] === 'string') return { service: 'call_kw', method: params['method'], args: [params['model'], params['method'], ...args] };
  return null;
}

function odooEffect(body: JsonValue | undefined): BizappsEffect | null {
  const call = odooCall(body);
  if (!call) return null;
  if (call.service === 'db' && /^(drop|restore)$/.test(call.method)) {
    return call.method === 'drop' ? { code: 'database_dropped', why: 'drops an Odoo database through JSON-RPC', deletes: true } : null;
  }
  // execute_kw(db, uid, password, model, method, args, kwargs); call_kw(model, method, args).
  const at = call.service === 'call_kw' ? 0 : call.method === 'execute_kw' || call.method === 'execute' ? 3 : -1;
  if (at < 0) return null;
  const method = call.args[at + 1];
  if (typeof method !== 'string') return null;
  if (ODOO_UNINSTALL.test(method)) return { code: 'module_uninstalled', why: `\`${method}\` uninstalls an Odoo module: its tables and data are dropped`, deletes: true };
  if (method !== 'unlink') return null;
  // Round 42 (atk42): users, groups, companies, the models, fields and access rules themselves are no business records:
  // one of them unlinked loses accounts, a whole table or what guarded the rows, whatever the count.
  const model = call.args[at];
  if (typeof model !== 'string' || ODOO_KEPT_MODELS.test(model)) return { code: 'records_deleted', why: `unlinks \`${String(model)}\` records: accounts, a model or what guards the rows`, deletes: true };
  const first = call.args[at + 2];
  const ids = Array.isArray(first) ? (Array.isArray(first[0]) ? first[0] : first) : null;
  if (ids !== null && ids.length > 0 && ids.length <= 10 && ids.every((x) => typeof x === 'number')) return null;
  return { code: 'records_deleted', why: 'unlinks Odoo records past a short fixed list of ids', deletes: true };
}

/** The loss of a POST to one of these APIs, or null. */
export function bizappsRequestEffect(method: string, url: string, body: JsonValue | undefined): BizappsEffect | null {
  if (method !== 'POST') return null;
  if (SN_SCRIPT.test(url) && !(SN_DEV_INSTANCE.test(url) && !namesLiveTier(url))) {
    // Round 42 (atk42): ServiceNow reads `script` from the query string as from the form.
    const script = field(body, 'script') ?? queryField(url, 'script');
    if (script !== null && glideDeletesMany(script)) return { code: 'records_deleted', why: 'a ServiceNow background script deletes the records its GlideRecord query matches', deletes: true };
  }
  if (SN_BATCH.test(url) && batchDeletesMany(body)) return { code: 'records_deleted', why: 'a ServiceNow batch deletes more than a short fixed list of records', deletes: true };
  const dv = DATAVERSE_ACTION.exec(url);
  if (dv) {
    if (dv[2]!.toLowerCase() === 'deleteauditdata') return { code: 'audit_deleted', why: "deletes Dataverse's audit records", deletes: true };
    if (!dv[1]!.toLowerCase().split('-').some((w) => /^(dev|test|sandbox|sbx)\d*$/.test(w)) || namesLiveTier(url)) return { code: 'records_deleted', why: 'a Dataverse bulk delete job removes every row its query matches', deletes: true };
  }
  if (ODOO_RPC.test(url)) return odooEffect(body);
  return null;
}
