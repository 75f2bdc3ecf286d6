/**
 * Round 44 (pin44): MCP tools of GIS and BI servers whose names read wrong by their words alone (blind43-geo's and
 * blind43-bi's pinned tuned misses, round 43's Left), each read as the API it fronts is read:
 * - a tile cache truncated or reseeded (GeoWebCache, MapCache, MapProxy: `truncate_cache` on a GeoServer) is a cache,
 *   rebuilt by the next seed or request (the lead's answer 456.1);
 * - a layer removed from a QGIS project (`remove_layer {layer_id}`) takes it off the project's canvas; its data source stays;
 * - `delete_features` naming at most ten object ids and nothing else deletes those features by their whole ids (53, 372.6),
 *   as an ArcGIS `deleteFeatures` with only `objectIds` (gis-http.ts);
 * - a dashboard or look made, a dataset or extract refreshed (regenerated from its sources, 371.3) are writes;
 * - coordinates transformed between reference systems (`transform_coordinates`) compute and return, a read;
 * - a streaming job cancelled or stopped (`cancel_flink_job`) is out of service until it is run again (blind43-bi's label,
 *   as `flink cancel` in bi-catalogue.ts).
 * Anything else stays judged by its words as before.
 */
import { isJsonObject, type JsonObject } from '../../core/index.ts';

/** Words of a GIS tile server or cache (the tool's or the server's name). */
const TILE_CACHE_SERVER = /^(geoserver|gwc|geowebcache|mapcache|mapproxy|tiles?|tileserver|tilecache)$/;
const CACHE_VERB = /^(truncate|clear|purge|empty|seed|reseed|delete|invalidate)$/;
/** A cache's own words; a cluster, node, instance or database named beside them is the service, not its cache. */
const CACHE_NOUN = /^(cache|caches|tiles?|tilecache)$/;
const SERVICE_NOUN = /^(clusters?|nodes?|instances?|servers?|databases?|db|replication|groups?|redis|memcached|elasticache|volumes?|disks?)$/;

/** A GIS tile cache truncated, cleared or reseeded. */
export function emptiesTileCache(ws: readonly string[], serverWords: readonly string[]): boolean {
  return ws.some((w) => CACHE_VERB.test(w)) && ws.some((w) => CACHE_NOUN.test(w)) && !ws.some((w) => SERVICE_NOUN.test(w)) && [...ws, ...serverWords].some((w) => TILE_CACHE_SERVER.test(w));
}

/** A layer taken off a QGIS project's canvas (`remove_layer`), on a server named qgis. */
function removesProjectLayer(ws: readonly string[], serverWords: readonly string[]): boolean {
  return serverWords.includes('qgis') && ws.length === 2 && /^(remove|delete)$/.test(ws[0]!) && /^layers?$/.test(ws[1]!);
}

/** `delete_features {url, object_ids: [..]}`: at most ten numeric object ids, and only a layer URL beside them. */
function deletesFewFeaturesById(ws: readonly string[], args: JsonObject): boolean {
  if (ws.length !== 2 || !/^(delete|remove)$/.test(ws[0]!) || ws[1] !== 'features') return false;
  const keys = Object.keys(args);
  const idsKey = keys.find((k) => /^(object_?ids|objectIds|oids)$/i.test(k));
  if (idsKey === undefined || keys.some((k) => k !== idsKey && !/^(url|layer_?url|layer|service_?url)$/i.test(k))) return false;
  const ids = args[idsKey];
  const list = Array.isArray(ids) ? ids : typeof ids === 'string' ? ids.split(',').map((s) => s.trim()) : [];
  return list.length > 0 && list.length <= 10 && list.every((v) => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d+$/.test(v)));
}

/** BI content made (`make_dashboard`, `make_look`) or a dataset, extract or model refreshed from its sources. */
function makesOrRefreshesBi(ws: readonly string[]): boolean {
  if (ws.length !== 2) return false;
  const [verb, noun] = ws as [string, string];
  return (verb === 'make' && /^(dashboard|look|chart|report|visuali[sz]ation)s?$/.test(noun)) || (verb === 'refresh' && /^(dataset|extract|datasource|model|semantic)s?$/.test(noun));
}

/** The GIS or BI tool writes without a loss, by its name and arguments. */
export function gisBiToolWrite(ws: readonly string[], serverWords: readonly string[], args: JsonObject): boolean {
  return emptiesTileCache(ws, serverWords) || removesProjectLayer(ws, serverWords) || deletesFewFeaturesById(ws, args) || makesOrRefreshesBi(ws);
}

/** Coordinates transformed or reprojected between reference systems: a computation returned to the caller. */
export function transformsCoordinates(ws: readonly string[]): boolean {
  return ws.length === 2 && /^(transform|reproject|project|convert)$/.test(ws[0]!) && /^(coordinates|coords|points|geometry|geometries)$/.test(ws[1]!);
}

/** A stream processor's job cancelled or stopped (`cancel_flink_job`, `stop_streaming_job`). */
export function stopsStreamingJob(ws: readonly string[], serverWords: readonly string[]): boolean {
  return ws.some((w) => /^(cancel|stop)$/.test(w)) && ws.some((w) => /^jobs?$/.test(w)) && [...ws, ...serverWords].some((w) => /^(flink|streaming|stream|spark|beam|dataflow)$/.test(w));
}

/**
 * A semantic-layer query (Looker's `query {model, explore, fields}`): the server builds and runs a SELECT from the model;
 * no SQL argument is needed, and none is written.
 */
export function semanticLayerQuery(args: JsonObject): boolean {
  return typeof args.model === 'string' && typeof args.explore === 'string' && Array.isArray(args.fields) && !Object.keys(args).some((k) => /^(sql|query|statement)$/i.test(k)) && isJsonObject(args);
}
