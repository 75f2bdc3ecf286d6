/**
 * Round 43 (bl43bi): the classes built from blind43-bi's tuned misses, at their edges: Apache Flink's CLI (cancel, stop,
 * a savepoint disposed) and REST API (a job terminated, stopped or cancelled after its savepoint; an uploaded jar
 * deleted), Tableau's tabcmd (deletes, a scratch item, a site suspended, extracts decrypted), Looker's gzr (deletes, a
 * dev instance, a user disabled), Power BI's Invoke-PowerBIRestMethod with a relative `-Url` and its sign-out, and
 * Metabase's public links. fix43-bl43bi.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const batch = batchAnswers({ cwd: '/home/dev/analytics', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i) as unknown as { decision: string; targets_env: string | null };
const JOB = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

test('flink: cancel, stop and a disposed savepoint are not benign; run, list, a savepoint taken and help are', () => {
  for (const c of [`flink cancel ${JOB}`, `flink stop --drain ${JOB}`, 'flink savepoint -d s3://sp/savepoint-1']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['flink run -d target/job.jar', 'flink list -r', `flink savepoint ${JOB} s3://sp`, 'flink stop --help']) assert.equal(answer(c).decision, 'benign', c);
  assert.equal(answer(`flink cancel -m flink-prod-jm:8081 ${JOB}`).targets_env, 'production');
});

test('tabcmd: deletes, a suspended site and decrypted extracts are not benign; one scratch item, refreshes and publishes are', () => {
  for (const c of ['tabcmd delete "Sales"', 'tabcmd deleteproject Finance', 'tabcmd editsite s1 --status SUSPENDED', 'tabcmd editsite s1 --status $S', 'tabcmd decryptextracts s1', 'tabcmd delete "scratch" -t prod']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['tabcmd delete "scratch"', 'tabcmd refreshextracts --workbook Sales', 'tabcmd publish a.twbx --overwrite', 'tabcmd editsite s1 --status ACTIVE']) assert.equal(answer(c).decision, 'benign', c);
  assert.equal(answer('tabcmd listsites -t prod').targets_env, 'production');
});

test('gzr: rm and user disable are not benign, except content on a dev instance; reads and imports are benign', () => {
  for (const c of ['gzr look rm 1 --host looker.example.org', 'gzr user disable 7 --host looker.example.org']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['gzr dashboard rm 1 --host looker-dev.example.org', 'gzr look cat 1 --host looker.example.org', 'gzr dashboard import d.json 3 --host looker.example.org']) assert.equal(answer(c).decision, 'benign', c);
});

test('Power BI: a relative -Url with -Method Delete is an HTTP DELETE; gets, posts and the sign-out are benign', () => {
  assert.notEqual(answer('Invoke-PowerBIRestMethod -Url "groups/$id" -Method Delete', 'powershell').decision, 'benign');
  for (const c of ["Invoke-PowerBIRestMethod -Url 'groups' -Method Get", 'Disconnect-PowerBIServiceAccount']) assert.equal(answer(c, 'powershell').decision, 'benign', c);
});

test('Flink REST and Metabase public links', () => {
  const h = (method: string, url: string, body?: JsonValue) => answer({ method, url, ...(body !== undefined ? { body } : {}) }, 'http_request').decision;
  assert.notEqual(h('PATCH', `http://jm:8081/jobs/${JOB}?mode=cancel`), 'benign');
  assert.notEqual(h('POST', `http://jm:8081/jobs/${JOB}/stop`, { drain: false }), 'benign');
  assert.notEqual(h('POST', `http://jm:8081/jobs/${JOB}/savepoints`, { 'cancel-job': true }), 'benign');
  assert.equal(h('POST', `http://jm:8081/jobs/${JOB}/savepoints`, { 'cancel-job': false }), 'benign');
  assert.equal(h('DELETE', 'http://jm:8081/jars/abc_job.jar'), 'benign');
  assert.notEqual(h('POST', 'https://mb.example.org/api/card/4/public_link'), 'benign');
  assert.equal(h('DELETE', 'https://mb.example.org/api/card/4/public_link'), 'benign');
  assert.notEqual(h('DELETE', 'https://mb.example.org/api/card/4'), 'benign');
});
