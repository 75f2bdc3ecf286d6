import { isJsonObject, parseJson, type JsonValue } from '../core/index.ts';

/**
 * An identity switched off by a field of an update, one reading for every door (HTTP bodies, MCP arguments): a user,
 * member, account, service account, client application or key whose update sets it disabled, blocked, suspended or
 * inactive can no longer sign in, so what signs in as it stops. It is a credential in use switched off, which the
 * labelling rules count as out of service (docs/classifier-evaluation.md), as the URL forms already were
 * (`/users/ID/lifecycle/suspend`, `serviceAccounts/ID:disable`).
 *
 * The forms, from each API's reference: Auth0 `PATCH /api/v2/users/ID {blocked: true}`, Keycloak
 * `PUT /admin/realms/R/users/ID {enabled: false}`, Microsoft Graph `PATCH /v1.0/users/ID {accountEnabled: false}`, Google
 * Workspace `PUT /admin/directory/v1/users/KEY {suspended: true}`, SCIM 2.0 `PATCH /Users/ID` with
 * `{op: replace, path: active, value: false}` or `{op: replace, value: {active: false}}` (RFC 7644), Firebase's
 * `auth_update_user {disabled: true}`, a status set to `suspended`, `deactivated`, `locked`.
 */

/** The objects that sign in: the noun of a URL collection or of a tool's name. */
export const IDENTITY_NOUN = /^(users?|members?|memberships?|accounts?|service_?accounts?|serviceaccounts?|identities|identity|principals?|service_?principals?|serviceprincipals?|clients?|apps?|applications?|integrations?|keys?|api_?keys?|apikeys?|tokens?|credentials?)$/i;

const OFF_WHEN_TRUE = /^(is_?)?(disabled|blocked|suspended|locked|deactivated|banned|login_?disabled|sign_?in_?blocked)$/i;
const OFF_WHEN_FALSE = /^(is_?)?(enabled|active|account_?enabled|login_?enabled|sign_?in_?enabled|can_?login)$/i;
const STATUS_KEY = /^(status|state|account_?status|user_?status|lifecycle_?state)$/i;
const OFF_STATUS = /^(suspended|disabled|inactive|deactivated|locked|blocked|banned|deprovisioned)$/i;

function offBy(fullKey: string, value: JsonValue): boolean {
  // SCIM names an attribute by its schema URN too (`urn:ietf:params:scim:schemas:core:2.0:User:active`, RFC 7644
  // 3.10), and Microsoft Entra's provisioning sends booleans as `"False"`.
  const key = fullKey.slice(fullKey.lastIndexOf(':') + 1);
  const flag = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (flag === true || flag === 'true') return OFF_WHEN_TRUE.test(key);
  if (flag === false || flag === 'false') return OFF_WHEN_FALSE.test(key);
  return typeof value === 'string' && STATUS_KEY.test(key) && OFF_STATUS.test(value.trim());
}

/**
 * The objects that wrap the identity's own fields in a request: SCIM's `Operations` and their `value`, JSON:API's
 * `data.attributes`, an API's `{user: {…}}` envelope, an MCP tool's `attributes`. A switch nested anywhere else is a
 * preference of the identity (`{settings: {notifications: {enabled: false}}}`), not the identity switched off.
 */
const WRAPPER = /^(operations|value|data|attributes|user|account|member|identity|key|credential|client|app|application)$/i;

/**
 * The field that switches the identity off (`disabled`, `Operations.active`), or null. Reads the identity's own fields and
 * those inside its wrappers (WRAPPER); a JSON string body is parsed first.
 */
export function identitySwitchOff(body: JsonValue | undefined, depth = 0): string | null {
  if (depth > 6 || body === undefined || body === null) return null;
  if (typeof body === 'string') {
    if (depth > 0 || !/^\s*[[{]/.test(body)) return null;
    const parsed = parseJson(body);
    return parsed === undefined ? null : identitySwitchOff(parsed, depth + 1);
  }
  if (Array.isArray(body)) {
    for (const v of body) {
      const found = identitySwitchOff(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isJsonObject(body)) return null;
  // SCIM's `{op: replace, path: active, value: false}`: the path names the field the value sets.
  if (typeof body.path === 'string' && 'value' in body && offBy(body.path, body.value!)) return body.path;
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === 'object' && v !== null) {
      const found = WRAPPER.test(k) ? identitySwitchOff(v, depth + 1) : null;
      if (found) return `${k}.${found}`;
    } else if (offBy(k, v)) return k;
  }
  return null;
}

/**
 * Whether a URL updates one identity: a collection whose noun signs in followed by an id (`/users/ID`,
 * `/Users/2819c223`, `/serviceAccounts/sa@p.iam`), the identity last in the path. A POST to the collection itself creates
 * a new one, which switches nothing off.
 */
export function urlUpdatesIdentity(url: string): boolean {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const segments = path.split('/').filter(Boolean);
  const n = segments.length;
  return n >= 2 && IDENTITY_NOUN.test(segments[n - 2]!.replace(/-/g, '_')) && !IDENTITY_NOUN.test(segments[n - 1]!.replace(/-/g, '_'));
}
