/**
 * Round 44 (pin44): the classes built from round 43's pinned tuned misses, at their edges: the ArcGIS REST API (calculate
 * over every feature, editor tracking off, an item shared with everyone, a service stopped, a few features deleted by id),
 * GeoServer (access rules for every role, the resource reset, a scratch workspace) and WFS-T deletes, BI DELETEs that
 * lose nothing and paused syncs, GIS and BI MCP tools, a table in a scratch schema (453.4) and the database a SQL Server
 * statement names (453.6). fix44-pin44.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const batch = batchAnswers({ cwd: '/home/dev/gis', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i) as unknown as { decision: string; targets_env: string | null };
const http = (method: string, url: string, body?: JsonValue) => answer({ method, url, ...(body !== undefined ? { body } : {}) }, 'http_request').decision;
const mcp = (server: string, tool: string, args: JsonValue) => answer({ server, tool, arguments: args }, 'mcp_tool_call').decision;
const LAYER = 'https://services3.arcgis.com/OrgA1/arcgis/rest/services/Roads/FeatureServer/2';

test('ArcGIS calculate: a tautology or no where overwrites every feature; a narrowing where does not', () => {
  for (const w of ['1%3D1', '', '0%3D0', 'true']) assert.equal(http('POST', `${LAYER}/calculate`, `where=${w}&calcExpression=x&f=json`), 'destructive', w);
  assert.equal(http('POST', `${LAYER}/calculate`, 'where=OBJECTID%3D1&calcExpression=x'), 'benign');
  assert.equal(http('POST', `${LAYER}/calculate`, 'calcExpression=x'), 'destructive', 'no where at all');
});

test('ArcGIS admin and sharing: tracking off, stop and everyone are not benign; tracking on, start, org-only are', () => {
  const def = (on: boolean) => `updateDefinition=${encodeURIComponent(JSON.stringify({ editorTrackingInfo: { enableEditorTracking: on } }))}`;
  const admin = 'https://services3.arcgis.com/OrgA1/arcgis/rest/admin/services/Roads/FeatureServer';
  assert.equal(http('POST', `${admin}/updateDefinition`, def(false)), 'destructive');
  assert.equal(http('POST', `${admin}/updateDefinition`, def(true)), 'benign');
  assert.equal(http('POST', 'https://gis.example.org/server/admin/services/A/B.MapServer/stop', 'f=json'), 'destructive');
  assert.equal(http('POST', 'https://gis.example.org/server/admin/services/A/B.MapServer/start', 'f=json'), 'benign');
  const share = 'https://gis.example.org/portal/sharing/rest/content/users/jo/items/0a1b/share';
  assert.equal(http('POST', share, 'everyone=true&f=json'), 'destructive');
  assert.equal(http('POST', share, 'everyone=false&org=true'), 'benign');
});

test('ArcGIS deleteFeatures: up to ten object ids alone are narrowed; a where, more ids or other fields are not', () => {
  assert.equal(http('POST', `${LAYER}/deleteFeatures`, 'objectIds=1,2,3&f=json'), 'benign');
  for (const body of ['objectIds=1,2,3,4,5,6,7,8,9,10,11', 'objectIds=1&where=1%3D1', 'where=1%3D1', 'objectIds=a,b']) assert.notEqual(http('POST', `${LAYER}/deleteFeatures`, body), 'benign', body);
});

test('GeoServer: write or admin for * widens access; read for * and a named role do not; reset loses nothing', () => {
  const acl = 'https://geoserver.example.org/geoserver/rest/security/acl/layers';
  assert.equal(http('POST', acl, '{"*.*.w": "*"}'), 'destructive');
  assert.equal(http('POST', acl, '{"ws.*.a": "ROLE_X,*"}'), 'destructive');
  assert.equal(http('POST', acl, '{"*.*.r": "*"}'), 'benign');
  assert.equal(http('POST', acl, '{"*.*.w": "ROLE_EDITOR"}'), 'benign');
  assert.equal(http('POST', 'https://geoserver.example.org/geoserver/rest/reset'), 'benign');
  assert.notEqual(http('DELETE', 'https://geoserver.prod.example.org/geoserver/rest/workspaces/scratch'), 'benign');
  assert.notEqual(http('DELETE', 'http://localhost:8080/geoserver/rest/workspaces/sandbox'), 'benign', 'sandbox is dev data (216)');
});

test('WFS-T Delete: no filter or a wildcard-only LIKE deletes every feature; a feature id does not', () => {
  const tx = (inner: string) => `<wfs:Transaction service="WFS" xmlns:wfs="http://www.opengis.net/wfs" xmlns:ogc="http://www.opengis.net/ogc">${inner}</wfs:Transaction>`;
  const like = (lit: string) => `<wfs:Delete typeName="a:b"><ogc:Filter><ogc:PropertyIsLike wildCard="%"><ogc:PropertyName>n</ogc:PropertyName><ogc:Literal>${lit}</ogc:Literal></ogc:PropertyIsLike></ogc:Filter></wfs:Delete>`;
  const url = 'https://geoserver.example.org/geoserver/wfs';
  assert.equal(http('POST', url, tx('<wfs:Delete typeName="a:b"/>')), 'destructive');
  assert.equal(http('POST', url, tx(like('%%'))), 'destructive');
  assert.equal(http('POST', url, tx(like('x%'))), 'benign');
  assert.equal(http('POST', url, tx('<wfs:Delete typeName="a:b"><ogc:Filter><ogc:FeatureId fid="b.1"/></ogc:Filter></wfs:Delete>')), 'benign');
});

test('BI: favourites, filter state, a Looker feature branch, a refresh or a job cancelled lose nothing; their owners do', () => {
  for (const u of ['https://superset.example.org/api/v1/dashboard/1/favorites/', 'https://superset.example.org/api/v1/dashboard/1/filter_state/k1', 'https://x.cloud.looker.com/api/4.0/projects/p/git_branch/feat-a', 'https://api.powerbi.com/v1.0/myorg/datasets/d/refreshes/r', 'https://api.airbyte.com/v1/jobs/7']) assert.equal(http('DELETE', u), 'benign', u);
  for (const u of ['https://superset.example.org/api/v1/dashboard/1', 'https://x.cloud.looker.com/api/4.0/projects/p/git_branch/master', 'https://api.powerbi.com/v1.0/myorg/datasets/d', 'https://api.airbyte.com/v1/connections/c1', 'https://example.org/v1/jobs/7']) assert.notEqual(http('DELETE', u), 'benign', u);
  assert.equal(http('PATCH', 'https://api.fivetran.com/v1/connectors/c1', { paused: true }), 'benign');
  assert.notEqual(http('PATCH', 'https://api.example.org/v1/connectors/c1', { paused: true }), 'benign', 'another service paused stays an outage');
});

test('MCP: tile caches, a QGIS layer, few features, BI content and coordinates are benign; a stream stopped is not', () => {
  assert.equal(mcp('geoserver', 'truncate_cache', { layer: 'a:b' }), 'benign');
  assert.equal(mcp('mapproxy', 'clear_tiles', { layer: 'osm' }), 'benign');
  assert.notEqual(mcp('aws', 'delete_cache_cluster', { id: 'c' }), 'benign');
  assert.equal(mcp('qgis', 'remove_layer', { layer_id: 'l1' }), 'benign');
  assert.notEqual(mcp('postgis', 'remove_layer', { layer_id: 'l1' }), 'benign');
  assert.equal(mcp('arcgis', 'delete_features', { url: LAYER, object_ids: [1, 2] }), 'benign');
  assert.notEqual(mcp('arcgis', 'delete_features', { url: LAYER, object_ids: [1], where: '1=1' }), 'benign');
  assert.equal(mcp('looker', 'make_dashboard', { title: 't' }), 'benign');
  assert.equal(mcp('bi', 'refresh_dataset', { dataset: 'd' }), 'benign');
  assert.equal(mcp('gis', 'transform_coordinates', { coordinates: [[1, 2]] }), 'benign');
  assert.equal(mcp('looker', 'query', { model: 'm', explore: 'e', fields: ['f'] }), 'benign');
  assert.notEqual(mcp('bi', 'cancel_flink_job', { job_id: 'j' }), 'benign');
  assert.notEqual(mcp('spark', 'stop_job', { job_id: 'j' }), 'benign');
});

test('SQL: a table in a scratch schema is scratch (453.4); a SQL Server statement names its database (453.6)', () => {
  const pg = { cwd: '/home/dev/gis', home: '/home/dev', dialect: 'postgres', database: 'omop_prod' };
  const ms = { cwd: '/home/dev/gis', home: '/home/dev', dialect: 'mssql', database: 'master' };
  const sql = (q: string, ctx: Record<string, string>) => batch('sql', q, ctx) as unknown as { decision: string; targets_env: string | null };
  assert.equal(sql('DROP TABLE scratch.t', pg).decision, 'benign');
  for (const q of ['DROP SCHEMA scratch', 'DROP TABLE scratch.t CASCADE', 'DROP TABLE sandbox.t', 'DROP TABLE scratch.t, public.u', 'TRUNCATE scratch.t']) assert.notEqual(sql(q, pg).decision, 'benign', q);
  assert.equal(sql('ALTER DATABASE Billing_Prod SET RECOVERY SIMPLE', ms).targets_env, 'production');
  assert.equal(sql("BACKUP DATABASE [Shop_Prod] TO DISK = N'x.bak'", ms).targets_env, 'production');
  assert.equal(sql('ALTER DATABASE CURRENT SET RECOVERY SIMPLE', ms).targets_env, null);
});
