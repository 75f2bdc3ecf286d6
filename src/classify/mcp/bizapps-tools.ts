/**
 * Round 41 (bl41erp): MCP tools of business-application servers (ServiceNow, Dataverse and Dynamics 365,
 * Salesforce) whose name reads as a loss but whose call, as its arguments show, deletes one record by its whole key or a
 * short fixed list of them (answers 53, 357.2, 372.6; blind41-bl41erp.yaml's labels), and Apex that switches logins off or
 * aborts every scheduled job:
 * - `delete_record {table, sys_id}`: one ServiceNow record by its 32-hex sys_id, never a user, group, table definition,
 *   dictionary entry, ACL, property or audit record;
 * - `delete_record {entity, id}`: one Dataverse row by its GUID, never a definition, solution, user, role or the audit;
 * - an `operation: delete` over `records` (or `ids`) that lists at most ten literal ids (Salesforce `dml_records`);
 * - one Jira issue by its key, its only argument (round 41 erp2, answer 430.1).
 * A query, a list past ten, an id not shown or any other argument stays judged by its words as before.
 */
import { isJsonObject, type JsonValue } from '../../core/index.ts';
import { DATAVERSE_KEPT } from '../bizapps-http.ts';

const SYS_ID = /^[0-9a-f]{32}$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A Salesforce record id (15 or 18 characters), a number, or another literal id without wildcard or list. */
const LITERAL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SN_KEPT_TABLES = /^(sys_user|sys_user_group|sys_user_role|sys_db_object|sys_dictionary|sys_security_acl|sys_properties|sys_audit\w*|syslog\w*|sys_script\w*|sys_auth_profile\w*|oauth_entity\w*|sys_certificate|discovery_credentials|sys_app|sys_scope|sys_store_app)$/i;
// Round 42 (atk42): a tool whose name says it deletes more than the record (`…_with_subtasks`, `…_cascade`, `…_recursive`,
// `…_tree`, children) is no one-record delete (430.1 keeps `deleteSubtasks` out).
const ACCOUNT_WORDS = /^(users?|accounts?|members?|groups?|roles?|projects?|tables?|schemas?|all|bulk|batch|many|issues|records|subtasks?|sub|children|child|cascade|cascading|recursive|recursively|tree|descendants|hierarchy|with|and|epic|force)$/;

function strings(args: JsonValue | undefined): Record<string, string> | null {
  if (!isJsonObject(args)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(args)) {
    if (typeof v !== 'string') return null;
    out[k] = v;
  }
  return out;
}

/** Whether the tool (its name's words `ws`, its arguments) deletes one business record by its whole key. */
export function bizappsToolWrite(ws: readonly string[], args: JsonValue | undefined): boolean {
  if (!ws.some((w) => w === 'delete' || w === 'remove') || ws.some((w) => ACCOUNT_WORDS.test(w))) return false;
  const given = strings(args);
  if (given === null) return false;
  const keys = Object.keys(given).sort().join(',');
  if (keys === 'sys_id,table') return SYS_ID.test(given['sys_id']!) && /^[a-z0-9_]+$/i.test(given['table']!) && !SN_KEPT_TABLES.test(given['table']!);
  if (/^(entity|entity_name|entityset|entity_set),id$/.test(keys)) {
    const entity = given['entity'] ?? given['entity_name'] ?? given['entityset'] ?? given['entity_set'] ?? '';
    return GUID.test(given['id']!) && /^[a-z_]+$/i.test(entity) && !DATAVERSE_KEPT.test(entity);
  }
  // Round 41 (erp2): the lead's answer 430.1 (53 whatever the tool): one Jira issue by its whole key (`OPS-123`) or numeric
  // id, the key its only argument (`delete_subtasks`, another issue's or a project's argument keeps it judged by its words).
  if (ws.includes('issue') && /^(issue_key|issue_id|issue_id_or_key|issueidorkey|issuekey|issue|key)$/i.test(keys)) return /^([A-Z][A-Z0-9_]*-[0-9]+|[0-9]+)$/.test(given[keys]!);
  return false;
}

/** An `operation: delete` whose `records` or `ids` are at most ten literal ids (`[{Id: …}]` or `[…]`). */
export function deletesFewRecordsById(args: JsonValue | undefined): boolean {
  if (!isJsonObject(args)) return false;
  const list = Array.isArray(args['records']) ? args['records'] : Array.isArray(args['ids']) ? args['ids'] : null;
  if (list === null || list.length === 0 || list.length > 10) return false;
  return list.every((r) => {
    if (typeof r === 'number') return Number.isInteger(r);
    if (typeof r === 'string') return LITERAL_ID.test(r);
    if (!isJsonObject(r)) return false;
    const entries = Object.entries(r);
    return entries.length === 1 && /^id$/i.test(entries[0]![0]) && typeof entries[0]![1] === 'string' && LITERAL_ID.test(entries[0]![1]);
  });
}

/**
 * Apex (comments and string literals already blanked) that switches logins off (`IsActive = false` on User records) or
 * aborts scheduled jobs (`System.abortJob`): access cut, or every scheduled job out of service.
 */
export function apexCutsService(text: string): string | null {
  if (/\bSystem\s*\.\s*abortJob\s*\(/i.test(text)) return 'the anonymous Apex aborts scheduled jobs: they stop running';
  if (/\bFROM\s+User\b/i.test(text) && /\.IsActive\s*=\s*false\b/i.test(text)) return "the anonymous Apex switches users' logins off";
  return null;
}
