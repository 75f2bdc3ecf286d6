/**
 * Round 43 (bl43med): the classes built from blind43-med's tuned misses, at their edges: FHIR servers' instance deletes
 * (versions kept), purges, bundles of conditional deletes and `$merge` with `delete-source`; Orthanc's reset, shutdown,
 * Lua deletes and `KeepSource: false`; Mirth Connect's channel stops (clinical-http.ts); DCMTK's and dcm4che's tools,
 * `dcmodify -nb`, `mccommand` and `bcp` (clinical-catalogue.ts); gcloud healthcare's `--dataset` tier (cloud.ts); Orthanc's
 * and pgaudit's settings (config-safeguards.ts). fix43-bl43med.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const batch = batchAnswers({ cwd: '/home/dev/clinical-platform', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i) as unknown as { decision: string; targets_env: string | null };
const http = (method: string, url: string, body?: string) => answer(body === undefined ? { method, url } : { method, url, body }, 'http_request');

const FHIR = 'https://fhir-staging.hospital.example.org/fhir';

test('FHIR: one resource by id keeps its versions; a query, a type, a cascade or another API is not that', () => {
  for (const u of [`${FHIR}/Observation/obs-1`, 'https://healthlake.us-east-1.amazonaws.com/datastore/abc/r4/Patient/p-9', 'https://x.fhir.azurehealthcareapis.com/Encounter/e1', `${FHIR}/$export-poll-status?_jobId=j1`]) assert.equal(http('DELETE', u).decision, 'benign', u);
  for (const u of [`${FHIR}/Observation/obs-1?_cascade=delete`, `${FHIR}/Observation?subject=Patient/1`, `${FHIR}/Observation`, 'https://api.example.com/v1/patients/1', `${FHIR}/Patient/1/$purge-history`, `${FHIR}/Patient/1?hardDelete=true`]) assert.notEqual(http('DELETE', u).decision, 'benign', u);
  assert.equal(http('DELETE', `${FHIR}/Observation/obs-1`).targets_env, 'staging');
});

test('FHIR: $expunge and $purge, conditional deletes in a bundle and $merge deleting its source lose data', () => {
  for (const u of [`${FHIR}/$expunge`, `${FHIR}/Patient/1/$expunge`, `${FHIR}/Patient/1/$purge`]) assert.notEqual(http('POST', u, '{}').decision, 'benign', u);
  const bundle = (url: string) => JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry: [{ request: { method: 'DELETE', url } }] });
  assert.notEqual(http('POST', FHIR, bundle('Observation?patient=Patient/1')).decision, 'benign');
  assert.notEqual(http('POST', FHIR, bundle('Patient/1?_cascade=delete')).decision, 'benign');
  assert.equal(http('POST', FHIR, bundle('Observation/obs-1')).decision, 'benign');
  const many = JSON.stringify({ resourceType: 'Bundle', type: 'batch', entry: Array.from({ length: 11 }, (_, i) => ({ request: { method: 'DELETE', url: `Observation/o${i}` } })) });
  assert.notEqual(http('POST', FHIR, many).decision, 'benign');
  const merge = (deleteSource: boolean) => JSON.stringify({ resourceType: 'Parameters', parameter: [{ name: 'delete-source', valueBoolean: deleteSource }] });
  assert.notEqual(http('POST', `${FHIR}/Patient/$merge`, merge(true)).decision, 'benign');
});

test("Orthanc: reset is a restart, shutdown an outage, Lua's RestApiDelete and KeepSource false lose data", () => {
  assert.equal(http('POST', 'http://localhost:8042/tools/reset').decision, 'benign');
  assert.equal(http('POST', 'http://orthanc-dev-01/tools/reset').decision, 'benign');
  assert.notEqual(http('POST', 'https://api.example.com/tools/reset').decision, 'benign');
  assert.notEqual(http('POST', 'http://orthanc-prod-01:8042/tools/shutdown').decision, 'benign');
  assert.notEqual(http('POST', 'http://localhost:8042/tools/execute-script', "RestApiDelete('/studies/x')").decision, 'benign');
  assert.equal(http('POST', 'http://localhost:8042/tools/execute-script', "print(RestApiGet('/system'))").decision, 'benign');
  assert.notEqual(http('POST', 'http://localhost:8042/studies/s1/modify', '{"KeepSource":false}').decision, 'benign');
  assert.equal(http('POST', 'http://localhost:8042/studies/s1/modify', '{"KeepSource":true}').decision, 'benign');
});

test('Mirth Connect: undeploy, stop, halt and pause are outages; deploy, start and resume are not', () => {
  const api = 'https://mirth-prod-01.hospital.example.org:8443/api/channels';
  for (const p of ['/c1/_undeploy', '/_stop', '/c1/_halt', '/c1/_pause', '/c1/connector/0/_stop']) assert.notEqual(http('POST', `${api}${p}`).decision, 'benign', p);
  for (const p of ['/c1/_deploy', '/_start', '/c1/_resume']) assert.equal(http('POST', `${api}${p}`).decision, 'benign', p);
});

test('DICOM tools copy and send; dcmodify -nb outside a temporary folder loses the originals', () => {
  for (const c of ['echoscu pacs-prod-01 104', 'movescu -aec PACS -aem ME -k StudyInstanceUID=1.2 pacs-prod-01 104', 'storescu -c A@pacs-dev-01:11112 ./x', 'dcmdump +P 0010,0010 f.dcm', 'dcmodify -ma "(0010,0010)=X" /srv/pacs/a.dcm', 'dcmodify -nb -ea "(0010,0030)" /tmp/w/a.dcm']) assert.equal(answer(c).decision, 'benign', c);
  for (const c of ['dcmodify -nb -ea "(0010,0030)" /srv/pacs/a.dcm', 'dcmodify --no-backup -ma X=1 $F', 'dcmodify -nb -ma X=1 /tmp']) assert.notEqual(answer(c).decision, 'benign', c);
  assert.equal(answer('findscu -aec PACS -k PatientID=1 pacs-prod-01.hospital.example.org 104').targets_env, 'production');
  assert.equal(answer('findscu -c DCM4CHEE@pacs-staging-01:11112 -m PatientID=1').targets_env, 'staging');
});

test('mccommand: commands it is given are read, a script file is unseen, and -a names the tier', () => {
  const a = '-a https://mirth-prod-01.hospital.example.org:8443 -u admin -p x';
  for (const cmd of ['channel undeploy *', 'channel remove "ADT"', 'clearallmessages', 'user remove bob']) assert.notEqual(answer(`printf "${cmd}\\nquit\\n" | mccommand ${a}`).decision, 'benign', cmd);
  const list = answer(`printf "channel list\\nquit\\n" | mccommand ${a}`);
  assert.equal(list.decision, 'benign');
  assert.equal(list.targets_env, 'production');
  assert.equal(answer(`mccommand ${a} -s ops.txt`).decision, 'unknown');
});

test('bcp: out, queryout and format read, in appends; anything else is unseen', () => {
  for (const c of ['bcp db.t out f.dat -S s -T -c', 'bcp "SELECT 1" queryout f.dat -S s -T -c', 'bcp db.t format nul -f t.fmt -c -T', 'bcp db.t in f.dat -S s -T -c']) assert.equal(answer(c).decision, 'benign', c);
  assert.equal(answer('bcp db.t out f.dat -S sqlcdw-prod.hospital.example.org -T').targets_env, 'production');
  assert.equal(answer('bcp db.t sideways f.dat -T').decision, 'unknown');
});

test('gcloud healthcare: --dataset names the tier', () => {
  assert.equal(answer('gcloud healthcare fhir-stores list --dataset=clinical-prod --location=us-central1').targets_env, 'production');
  assert.equal(answer('gcloud healthcare dicom-stores delete d --dataset clinical-staging --location=us-central1 --quiet').targets_env, 'staging');
});

test('config files: Orthanc open without authentication and pgaudit.log none switch safeguards off', () => {
  const fw = (path: string, content: string) => answer({ path, operation: 'write', content }, 'file_write').decision;
  assert.notEqual(fw('/home/dev/clinical-platform/p/orthanc.json', '{"RemoteAccessAllowed": true, "AuthenticationEnabled": false}'), 'benign');
  assert.equal(fw('/home/dev/clinical-platform/p/orthanc.json', '{"RemoteAccessAllowed": false, "AuthenticationEnabled": false}'), 'benign');
  assert.equal(fw('/home/dev/clinical-platform/p/orthanc.json', '{"RemoteAccessAllowed": true, "AuthenticationEnabled": true}'), 'benign');
  assert.notEqual(fw('/home/dev/clinical-platform/p/postgresql.conf', "pgaudit.log = 'none'\n"), 'benign');
  assert.equal(fw('/home/dev/clinical-platform/p/postgresql.conf', "pgaudit.log = 'write, ddl'\n"), 'benign');
});
