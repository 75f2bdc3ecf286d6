/**
 * Round 44 (atk44): a red team on round 43's excusing and narrowing readings. Each class closed keeps its excuse where it
 * is right (benign) and refuses the look-alike that passed (caught). fix44-atk44.yaml holds the attacks and neighbours;
 * these edges are other spellings than the file's, so that a class, not a case, is what passes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: unknown, t = 'command') => batch(t, i as never) as unknown as { decision: string };
const benign = (t: string, xs: unknown[]) => { for (const x of xs) assert.equal(answer(x, t).decision, 'benign', JSON.stringify(x)); };
const caught = (t: string, xs: unknown[]) => { for (const x of xs) assert.notEqual(answer(x, t).decision, 'benign', JSON.stringify(x)); };
const JOB = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const http = (method: string, url: string, extra: Record<string, unknown> = {}) => ({ method, url, ...extra });

test('clinical HTTP: the cascade header, dot segments, escaped operations, a proxied Orthanc, Mirth disabled', () => {
  const fhir = 'https://fhir.clinic.example.net/fhir';
  benign('http_request', [
    http('DELETE', `${fhir}/Condition/c-17`),
    http('DELETE', `${fhir}/Condition/c.17`),
    http('POST', 'https://orthanc.clinic.example.net/tools/reset'),
    http('POST', 'https://mirth.clinic.example.net/api/channels/lab-results/enabled/true'),
  ]);
  caught('http_request', [
    http('DELETE', `${fhir}/Condition/c-17`, { headers: { 'x-cascade': 'delete' } }),
    http('DELETE', `${fhir}/Condition/..`),
    http('POST', `${fhir}/Condition/%24purge`),
    http('POST', `${fhir}/%24delete-expunge`),
    http('POST', 'https://imaging.clinic.example.net/orthanc/tools/shutdown'),
    http('POST', 'https://mirth.clinic.example.net/api/channels/lab-results/%5Fhalt'),
    http('POST', 'https://mirth.clinic.example.net/api/channels/lab-results/enabled/false'),
    http('POST', 'http://orthanc.clinic.example.net:8042/tools/execute-script', { body: "RestApiDelete[[/patients/abc]]" }),
  ]);
});

test('DICOM and bcp: commands on reception, outputs over system files, de-identified in place, queryout batches', () => {
  benign('command', [
    'storescp -od /data/incoming +xa 104',
    'dcm2json /data/IM9.dcm out/IM9.json',
    'deidentify /data/IM9.dcm /data/anon/IM9.dcm',
    'dcmodify -nb -f -i "(0008,0080)=Clinic" /tmp/w/IM9.dcm',
    'bcp "WITH x AS (SELECT 1 AS a) SELECT a FROM x" queryout /tmp/x.dat -S sql-dev -T -c',
  ]);
  caught('command', [
    'storescp -od /data/incoming --exec-on-reception "rm -rf /data" 104',
    'dcm2json /data/IM9.dcm /home/dev/.bashrc',
    'deidentify /data/IM9.dcm /data/IM9.dcm',
    'dcmodify -nb -f /data/IM9.dcm',
    'bcp "UPDATE dbo.t SET a = 0 OUTPUT inserted.*" queryout /tmp/x.dat -S sql-prod -T -c',
    'mccommand -a https://mirth-dev:8443 -u u -p p <<< "importcfg /tmp/c.xml"',
  ]);
});

test('GIS: switches that are no values, `--config` pairs, OGR_TRUNCATE, the server a connection reaches, QGIS SQL', () => {
  benign('command', [
    'ogr2ogr -overwrite -nomd out/roads.gpkg data/roads.shp',
    'gdalwarp -overwrite -srcalpha data/a.tif /tmp/b.tif',
    'ogr2ogr -overwrite -f PostgreSQL PG:"host=gisdb-dev dbname=city" roads.shp -nln roads',
    'qgis_process run native:postgisexecutesql -- DATABASE=gis-dev "SQL=CREATE INDEX ON roads USING gist (geom)"',
  ]);
  caught('command', [
    'ogr2ogr -overwrite -resolveDomains data/roads.gpkg out/roads.gpkg',
    'gdalwarp -overwrite /tmp/a.tif -srcalpha data/b.tif',
    'ogr2ogr -overwrite --config GDAL_NUM_THREADS 4 data/roads.gpkg /tmp/new.fgb',
    'ogr2ogr -append --config OGR_TRUNCATE=ON -f PostgreSQL PG:"host=gisdb dbname=city" roads.shp -nln roads',
    'ogr2ogr -overwrite -f PostgreSQL PG:"host=gisdb-dev hostaddr=192.0.2.10 dbname=city" roads.shp -nln roads',
    'ogr2ogr -overwrite -f PostgreSQL PG:"dbname=city_dev" roads.shp -nln roads',
    'ogrinfo -sql @drop.sql city.gpkg',
    'qgis_process run native:truncatetable -- INPUT=/tmp/a.gpkg INPUT=data/b.gpkg',
    'qgis_process run native:spatialiteexecutesql -- DATABASE=data/city.sqlite "SQL=DROP TABLE roads"',
    'qgis_process run native:package -- LAYERS=/tmp/a.shp OUTPUT=data/roads.gpkg OVERWRITE=1',
    'imposm import -config c.json -removebackup=1',
    'pgsql2shp -f /tmp/x -h gisdb city "SELECT pg_cancel_backend(pid) FROM pg_stat_activity"',
  ]);
});

test('BI: glued savepoint disposal, argparse forms of tabcmd, proxied Flink REST, jar ids', () => {
  benign('command', ['flink savepoint -m jm:8081 ' + JOB, 'tabcmd editsite sales --status=ACTIVE', 'tabcmd delete "scratch" -s https://tableau-dev.example.net']);
  caught('command', [
    'flink savepoint -dhdfs:///savepoints/sp-1',
    'flink savepoint --dispose=hdfs:///savepoints/sp-1',
    'tabcmd delete "scratch" --workbook "Sales Forecast"',
    'tabcmd editsite sales --statu=suspended',
    'tabcmd editsite sales --extract-encryption-mode=disabled',
  ]);
  benign('http_request', [http('DELETE', 'http://jm:8081/jars/b1c2d3e4-0000-4000-8000-000000000000_etl.jar'), http('GET', `http://jm:8081/jobs/${JOB}`)]);
  caught('http_request', [
    http('PATCH', `https://rm.example.net:8088/proxy/application_1_2/jobs/${JOB}`),
    http('POST', `http://jm:8081/v1/jobs/${JOB}/savepoints`, { body: { 'cancel-job': 'TRUE' } }),
    http('GET', `http://jm:8081/jobs/${JOB}/yarn-stop`),
    http('DELETE', 'http://jm:8081/jars/%2e%2e%2fetl.jar'),
  ]);
});

test('REDCap delete records: only the plain fields', () => {
  const api = 'https://redcap.clinic.example.net/redcap/api/';
  benign('http_request', [http('POST', api, { body: 'token=T&content=record&action=delete&records[0]=A1&returnFormat=json' })]);
  caught('http_request', [http('POST', api, { body: 'token=T&content=record&action=delete&records[0]=A1&instrument=baseline' })]);
});

test('the unknown program: keep rules counted once, zero spans, purge beside a read, hard deletes; getopt prefixes; guix shell; cloc', () => {
  benign('command', [
    'acmectl backups prune --keep-within 2w',
    'acmectl backups prune --keep-last 2 --keep-last 3',
    'acmectl verify --delete',
    'tar --to-command=cat -xf a.tar',
    'guix shell python -- python3 --version',
    'cloc --out=/tmp/cloc.txt src',
  ]);
  caught('command', [
    'acmectl backups prune --keep-within 0w',
    'acmectl backups prune --keep-last 3 --keep-last 1',
    'acmectl backups prune --prune-backups keep-daily=1,keep-daily=1',
    'acmectl report jobs --truncate',
    'acmectl close ticket-9 --permanently-delete',
    "tar --info-scr='rm -rf ~/src' -cf a.tar src",
    'guix shell -- rm -rf ~/src',
    'cloc --report-file /etc/motd .',
  ]);
  caught('sql', ['create or alter warehouse bi_wh auto_resume=false']);
});
