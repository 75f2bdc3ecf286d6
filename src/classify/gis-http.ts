/**
 * Round 44 (pin44): HTTP requests to a GIS team's servers whose method and path words do not say what they do, as data:
 * the ArcGIS REST API (feature services, the portal's sharing API, the server and hosted-service admin APIs), GeoServer's
 * REST API (layer access rules, the resource reset, workspaces) and WFS-T transactions. Read by rest-apis.ts
 * (`restApiNoLoss`) and other-kinds.ts (`httpBodyEffects`). Built from blind43-geo's pinned tuned misses (round 43,
 * bl43geo's Left) and each API's reference (developers.arcgis.com, docs.geoserver.org).
 *
 * Labels (the lead's answers 456, the standing decisions): a field calculated over every feature is an UPDATE without a
 * narrowing WHERE; editor tracking off is audit logging off; an item shared with everyone opens it to the public; a
 * service stopped is out of service; write or admin access on layers granted to every role (`*`, anonymous included) is
 * access widened to all; a WFS-T Delete whose filter matches every feature empties the layer. GeoServer's resource reset
 * only drops caches and store connections (they reconnect on the next request); a few features deleted by their object
 * ids are narrowed (53).
 */
import { isJsonObject, parseJson, type JsonObject, type JsonValue } from '../core/index.ts';
import { heuristicEnvironment, urlPath } from './environment.ts';
import { namesDisposable, SCRATCH_WORDS_BUT_SANDBOX } from './test-data.ts';

/** What a request does, when this module knows it. */
export interface GisEffect {
  code: 'sql_update_unbounded' | 'safeguard_off' | 'public_access' | 'service_outage' | 'access_widened' | 'http_query_deletes_all';
  why: string;
  deletes: boolean;
}

/** The URL's path without its query and trailing slash. */

/** Form fields (`a=1&b=2`) or a JSON object, as one object of strings and values; null when neither. */
function fieldsOf(body: JsonValue | undefined): JsonObject | null {
  if (isJsonObject(body)) return body;
  if (typeof body !== 'string') return null;
  const json = parseJson(body);
  if (isJsonObject(json)) return json;
  if (!/^[\w.%[\]-]+=/.test(body.trim())) return null;
  const out: JsonObject = {};
  for (const part of body.trim().split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    try {
      out[decodeURIComponent(part.slice(0, eq).replace(/\+/g, ' '))] = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      // A malformed escape is not read: the field is left out, and the request is judged by what else it shows.
    }
  }
  return out;
}

/** A field's value as text (`true`, `1=1`), or null when absent. */
const text = (o: JsonObject | null, key: string): string | null => {
  const v = o?.[key];
  return v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v);
};

/** A `where` that matches every feature: absent, empty, or a tautology (`1=1`, `0=0`, `'a'='a'`, `true`). */
const MATCH_ALL_WHERE = /^\s*(|1\s*=\s*1|0\s*=\s*0|(['"])(\w*)\2\s*=\s*\2\3\2|true)\s*$/i;

/** A feature layer's operation: `…/FeatureServer/N/OP` (ArcGIS REST API, feature service layer). */
const FEATURE_LAYER_OP = /\/(?:FeatureServer|MapServer)\/\d+\/([A-Za-z]+)$/i;
/** The hosted (`/rest/admin/services/…`) or server admin (`/admin/services/…`) resource of a service, and its operation. */
const SERVICE_ADMIN_OP = /\/admin\/services\/(?:[^/]+\/)*[^/]+\.(?:MapServer|FeatureServer|ImageServer|GPServer|GeometryServer|GeocodeServer|VectorTileServer|SceneServer)\/([A-Za-z]+)$|\/rest\/admin\/services\/(?:[^/]+\/)*[^/]+\/(?:FeatureServer|MapServer)\/([A-Za-z]+)$/i;
/** The portal's item sharing: `…/content/users/U/items/ID/share`, `…/content/items/ID/share`, `…/content/users/U/shareItems`. */
const PORTAL_SHARE = /\/sharing\/rest\/content\/(?:users\/[^/]+\/items\/[^/]+\/share|items\/[^/]+\/share|users\/[^/]+\/shareItems)$/i;

/** ArcGIS: a feature layer's `calculate` over every feature overwrites that field everywhere. */
function arcgisCalculateAll(path: string, fields: JsonObject | null): GisEffect | null {
  if (FEATURE_LAYER_OP.exec(path)?.[1]?.toLowerCase() !== 'calculate') return null;
  const where = text(fields, 'where') ?? '';
  return MATCH_ALL_WHERE.test(where) ? { code: 'sql_update_unbounded', why: `\`calculate\` with \`where=${where}\` overwrites the field in every feature of the layer`, deletes: false } : null;
}

/** `updateDefinition`'s JSON (form field or body) with editor tracking switched off. */
function editorTrackingOff(fields: JsonObject | null): boolean {
  const raw = fields?.updateDefinition;
  const def = typeof raw === 'string' ? parseJson(raw) : raw;
  const tracking = isJsonObject(def) && isJsonObject(def.editorTrackingInfo) ? def.editorTrackingInfo : null;
  return tracking !== null && (tracking.enableEditorTracking === false || tracking.enableEditorTracking === 'false');
}

/** ArcGIS service admin: `updateDefinition` with editor tracking off, and a service's `stop`. */
function arcgisServiceAdmin(path: string, fields: JsonObject | null): GisEffect | null {
  const m = SERVICE_ADMIN_OP.exec(path);
  const op = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  if (op === 'updatedefinition' && editorTrackingOff(fields)) return { code: 'safeguard_off', why: '`updateDefinition` switches editor tracking off: who edited which feature, and when, is no longer recorded', deletes: false };
  if (op === 'stop') return { code: 'service_outage', why: 'stops the service: its maps and layers are out of service until it is started again', deletes: false };
  return null;
}

/** The portal's share with `everyone=true`: the item is public (its sharing level `public`). */
function portalSharedWithEveryone(path: string, fields: JsonObject | null): GisEffect | null {
  if (!PORTAL_SHARE.test(path)) return null;
  return /^(true|1|yes)$/i.test(text(fields, 'everyone') ?? '') ? { code: 'public_access', why: 'shares the item with everyone: public, open to anyone outside the organisation', deletes: false } : null;
}

/**
 * GeoServer's layer access rules (`/rest/security/acl/layers`, `…/services`, `…/rest`): a rule `WORKSPACE.LAYER.MODE`
 * whose mode is write (`w`) or admin (`a`) given to `*` (every role, anonymous users included; docs.geoserver.org,
 * "Layer security") widens access to all. A JSON object of rules, or the XML form (`<rule resource="…">*</rule>`).
 */
function geoserverAclWidened(method: string, path: string, body: JsonValue | undefined): GisEffect | null {
  if (!/^(POST|PUT)$/.test(method) || !/\/rest\/security\/acl\/(layers|services|rest)(\.json|\.xml)?$/i.test(path)) return null;
  const raw = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  const parsed = parseJson(raw);
  const rules: Array<[string, string]> = isJsonObject(parsed)
    ? Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : ''])
    : [...raw.matchAll(/<rule\s+resource="([^"]*)"\s*>([^<]*)<\/rule>/gi)].map((m) => [m[1]!, m[2]!]);
  const widened = rules.find(([rule, roles]) => (/\.(w|a)$/i.test(rule) || /;/.test(rule)) && roles.split(',').some((r) => r.trim() === '*'));
  return widened ? { code: 'access_widened', why: `the access rule \`${widened[0]}\` gives \`*\` (every role, anonymous users included) write or admin access`, deletes: false } : null;
}

/**
 * A WFS-T Delete (OGC WFS 1.x/2.0 `<wfs:Delete typeName="…">`) whose filter matches every feature: no filter, or a
 * PropertyIsLike whose literal is only the wildcard. A filter by feature id (`FeatureId`, `ResourceId`) or by a value is
 * narrowed, as a DELETE … WHERE is.
 */
function wfsDeleteAll(body: JsonValue | undefined): GisEffect | null {
  if (typeof body !== 'string' || !/<(\w+:)?Transaction\b/.test(body)) return null;
  for (const m of body.matchAll(/<(?:\w+:)?Delete\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?Delete>)/g)) {
    const inner = m[3] ?? '';
    const layer = /typeNames?="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? 'the layer';
    if (!/<(\w+:)?Filter\b/.test(inner)) return { code: 'http_query_deletes_all', why: `a WFS-T Delete on \`${layer}\` with no filter deletes every feature`, deletes: true };
    const like = /<(?:\w+:)?PropertyIsLike\b([^>]*)>[\s\S]*?<(?:\w+:)?Literal>([^<]*)<\/(?:\w+:)?Literal>/.exec(inner);
    if (like && !/<(\w+:)?(And|Or|Not)\b/.test(inner)) {
      const wild = /wildCard="([^"]*)"/.exec(like[1] ?? '')?.[1] ?? '*';
      if (wild !== '' && like[2]!.length > 0 && like[2]!.split(wild).every((s) => s === '')) return { code: 'http_query_deletes_all', why: `a WFS-T Delete on \`${layer}\` whose filter \`LIKE '${like[2]!}'\` matches every feature`, deletes: true };
    }
  }
  return null;
}

/** What this request does that its method and path words do not say, or null. */
export function gisRequestEffect(method: string, url: string, body: JsonValue | undefined): GisEffect | null {
  const path = urlPath(url);
  if (method === 'POST') {
    const fields = fieldsOf(body);
    const arcgis = arcgisCalculateAll(path, fields) ?? arcgisServiceAdmin(path, fields) ?? portalSharedWithEveryone(path, fields);
    if (arcgis) return arcgis;
  }
  return geoserverAclWidened(method, path, body) ?? (method === 'POST' ? wfsDeleteAll(body) : null);
}

/** A few object ids (at most ten, 372.6's bound) named one by one: `objectIds=1,2,3` or `[1,2]`. */
function fewObjectIds(v: string | null): boolean {
  if (v === null) return false;
  const ids = v.replace(/^\[|\]$/g, '').split(',').map((s) => s.trim());
  return ids.length > 0 && ids.length <= 10 && ids.every((s) => /^\d+$/.test(s));
}

/** The host of a URL (`localhost`, `geoserver.dev.example.org`). */
const hostOf = (url: string): string => /^[a-z][\w+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url)?.[1] ?? '';

/**
 * Requests that lose nothing though their words say delete or reset: GeoServer's `/rest/reset` (drops the store, raster,
 * schema and authentication caches; each store reconnects on its next request: docs.geoserver.org, "Resource reset"),
 * a GeoServer workspace named scratch by a whole word (answer 72) on a server that names neither production nor staging,
 * and an ArcGIS `deleteFeatures` naming a few features by their object ids and nothing else (no `where`, no geometry).
 */
export function gisNoLoss(method: string, url: string, body: JsonValue | undefined): string | null {
  const path = urlPath(url);
  if (/^(POST|PUT)$/.test(method) && /\/geoserver\/rest\/reset(\.\w+)?$/i.test(path)) return "resets GeoServer's caches and store connections: they reconnect on the next request";
  const workspace = method === 'DELETE' ? /\/geoserver\/rest\/workspaces\/([^/]+)$/i.exec(path)?.[1] : undefined;
  const tier = heuristicEnvironment(hostOf(url));
  if (workspace !== undefined && namesDisposable(workspace, SCRATCH_WORDS_BUT_SANDBOX) && tier !== 'production' && tier !== 'staging') return `the workspace \`${workspace}\` is named scratch: made to be thrown away`;
  if (method === 'POST' && FEATURE_LAYER_OP.exec(path)?.[1]?.toLowerCase() === 'deletefeatures') {
    const fields = fieldsOf(body);
    const keys = Object.keys(fields ?? {}).filter((k) => !/^(f|token|rollbackOnFailure|gdbVersion|returnDeleteResults|sessionID)$/i.test(k));
    if (keys.length === 1 && keys[0] === 'objectIds' && fewObjectIds(text(fields, 'objectIds'))) return `deletes the features \`${text(fields, 'objectIds')!}\` by their object ids`;
  }
  return null;
}
