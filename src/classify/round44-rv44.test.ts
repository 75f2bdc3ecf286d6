/**
 * Round 44 (rv44): review mends. Part 1: other-kinds.ts's raw `decodeURIComponent` calls threw on a malformed escape
 * (`%zz`, `%E0%A4%A`), which ended as an internal error answered unknown. Each now reads through environment.ts's
 * `percentDecodedOrNull` / `decodeURIComponentSafe`: a name that does not decode is read as sent where that can only widen
 * and is not read as test data, a preview, a retention index or a kept setting where that would narrow.
 * fix44-rv44.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';
import { decodeURIComponentSafe, percentDecodedOrNull } from './environment.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i);
const http = (method: string, url: string, body?: JsonValue) => answer(body === undefined ? { method, url } : { method, url, body }, 'http_request');

test('the shared decoders: null or as sent where an escape is malformed, never a throw', () => {
  for (const bad of ['%zz', 'a%E0%A4%A', '%', 'x%2']) {
    assert.equal(percentDecodedOrNull(bad), null, bad);
    assert.equal(decodeURIComponentSafe(bad), bad, bad);
  }
  assert.equal(percentDecodedOrNull('loadtest%2D42'), 'loadtest-42');
  assert.equal(decodeURIComponentSafe('retention%2Ems'), 'retention.ms');
});

test('a malformed escape in a destructive request stays destructive with its reason, never an internal error', () => {
  const cases: Array<[string, string, JsonValue | undefined, RegExp]> = [
    ['POST', 'http://localhost:9200/scratch-%zz/_delete_by_query', { query: { match_all: {} } }, /destructive endpoint/],
    ['POST', 'https://search.acme.io/app-logs-%zz/_delete_by_query', { query: { range: { '@timestamp': { lt: 'now-90d' } } } }, /destructive endpoint/],
    ['PUT', 'https://kafka-rest.acme.io/v3/clusters/c1/topics/orders/configs/retention%2Ems%zz', { value: '1000' }, /name does not decode/],
    ['PATCH', 'https://api.github.com/repos/acme/shop/actions/variables/LOG%zz', { name: 'LOG', value: 'debug' }, /replaces `LOG%zz`/],
    ['DELETE', 'https://db.acme.io/rest/v1/orders?tenant_id=eq.acme&st%zztus=eq.closed', undefined, /HTTP DELETE/],
    ['POST', 'https://argocd.acme.io/api/v1/applications/preview-%E0%A4%A/sync', { prune: true }, /prune/],
  ];
  for (const [method, url, body, why] of cases) {
    const r = http(method, url, body);
    assert.equal(r.decision, 'destructive', url);
    assert.doesNotMatch(r.reason, /internal_error|URI malformed/, url);
    assert.match(r.reason, why, url);
  }
});

test('a well-formed escape still decodes: the benign readings hold', () => {
  assert.equal(http('POST', 'http://localhost:9200/loadtest%2D42/_delete_by_query', { query: { match_all: {} } }).decision, 'benign');
  assert.equal(http('POST', 'https://search.acme.io/app-logs-%2A/_delete_by_query', { query: { range: { '@timestamp': { lt: 'now-90d' } } } }).decision, 'benign');
  assert.equal(http('PUT', 'https://kafka-rest.acme.io/v3/clusters/c1/topics/orders/configs/max%2Emessage%2Ebytes', { value: '2000000' }).decision, 'benign');
  assert.equal(http('PUT', 'https://kafka-rest.acme.io/v3/clusters/c1/topics/orders/configs/retention%2Ems', { value: '1000' }).decision, 'destructive');
  assert.equal(http('DELETE', 'https://db.acme.io/rest/v1/orders?tenant_id=eq.acme&order%5Fid=eq.8812').decision, 'benign');
  assert.equal(http('POST', 'https://argocd.acme.io/api/v1/applications/preview%2Dpr-512/sync', { prune: true }).decision, 'benign');
});

// Part 2: bugs found reviewing round 43's code.
test('a keep policy keeps the most any one rule keeps, a rule given twice its smallest count, a bound under a day one', () => {
  for (const c of [
    'snapkeep forget --keep-last 1 --keep-daily 1',
    'snapkeep forget --keep-last 3 --keep-last 1',
    'snapkeep set store1 --prune-backups keep-last=1,keep-daily=1',
    'snapkeep prune --keep-within 1h',
    'snapkeep forget --keep-within 30s --keep-last 1',
    'snapkeep prune --keep-last 1x',
  ]) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of [
    'snapkeep forget --keep-last 1 --keep-daily 7',
    'snapkeep prune --keep-daily 7 --keep-weekly 4',
    'snapkeep prune --keep-within 3m',
    'snapkeep prune --keep-within 14d',
    'snapkeep prune --keep-within 48h',
    'snapkeep set store1 --prune-backups keep-last=3,keep-weekly=4',
  ]) assert.equal(answer(c).decision, 'benign', c);
});

test('restic: `-0` is a count of none, a negative count unlimited', () => {
  assert.equal(answer('restic forget --keep-daily -0 --prune').decision, 'destructive');
  assert.equal(answer('restic forget --keep-daily -00 --prune').decision, 'destructive');
  assert.equal(answer('restic forget --keep-daily -1 --prune').decision, 'benign');
});

test('a GIS tool\'s output is read where the line leaves it: after a `cd`, a relative build folder is no project\'s', () => {
  for (const c of [
    'cd /srv/gis && ogr2ogr -overwrite build/roads.gpkg roads.shp',
    'cd /srv/gis && gdalwarp -overwrite dem.tif out/dem.tif',
    'cd /srv/gis && gdal_rasterize -burn 1 zones.shp build/mask.tif',
    'cd /srv/gis && gdalmanage delete out/parcels.tif',
    'cd /srv/gis && qgis_process run native:truncatetable -- INPUT=build/roads.gpkg',
  ]) assert.equal(answer(c).decision, 'destructive', c);
  for (const c of [
    'ogr2ogr -overwrite build/roads.gpkg data/roads.shp',
    'cd /tmp/job-42 && gdalwarp -overwrite dem.tif dem-3857.tif',
    'gdalmanage delete build/parcels.tif',
  ]) assert.equal(answer(c).decision, 'benign', c);
});

test('tabcmd delete: one scratch item alone is a write; a scratch name beside another name is not', () => {
  for (const c of ['tabcmd delete "scratch" --workbook "Sales"', 'tabcmd delete --workbook "Sales" "scratch"', 'tabcmd delete "scratch" --datasource "Orders"']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['tabcmd delete --workbook "scratch"', 'tabcmd delete "scratch"']) assert.equal(answer(c).decision, 'benign', c);
});
