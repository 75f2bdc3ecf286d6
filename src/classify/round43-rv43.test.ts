/**
 * Round 43 (rv43): the three bugs four reviewers found in round 42's code, each pinned where it was: a z/OSMF data set
 * path whose escape is malformed threw (mainframe-http.ts), a DB2 command without its subsystem prefix lost its verb
 * (mainframe-catalogue.ts db2Effect), and a business-application URL that does not decode skipped the HubSpot and Odoo
 * readings (bizapps-http.ts bizappsNoLoss). fix43-rv43.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';
import { bizappsNoLoss } from './bizapps-http.ts';
import { mainframeHttpEffects } from './mainframe-http.ts';
import { mvsConsoleEffect } from './shell/tools/mainframe-catalogue.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i);

test('a z/OSMF data set path with a malformed escape is read as sent, never thrown on', () => {
  const url = 'https://zos.example.com/zosmf/restfiles/ds/PROD.PAYROLL%E0%A4%A';
  assert.doesNotThrow(() => mainframeHttpEffects('PUT', url, 'new content'));
  assert.equal(mainframeHttpEffects('PUT', url, 'new content').effects[0]?.code, 'mainframe_deletes');
  assert.equal(mainframeHttpEffects('PUT', 'https://zos.example.com/zosmf/restfiles/ds/USER.X%E0%A4%A', { request: 'hdelete' }).effects[0]?.code, 'mainframe_deletes');
  const r = answer({ method: 'PUT', url, body: 'new content' }, 'http_request');
  assert.equal(r.decision, 'destructive');
  assert.doesNotMatch(r.reason, /internal_error|URI malformed/);
  assert.equal(answer(`curl -X PUT ${url} -d 'x'`).decision, 'destructive');
});

test('DB2 commands: the verb is read with or without the subsystem prefix', () => {
  for (const c of ['-DIS THREAD(*)', '-DB2P DIS THREAD(*)', '-DISPLAY DATABASE(PAYDB) SPACENAM(*)', '-DIS(X)']) assert.equal(mvsConsoleEffect(c), 'read', c);
  for (const c of ['-STOP DATABASE(PAYDB)', '-DB2P STOP DATABASE(PAYDB)', '-STOP DB2 MODE(FORCE)', '-CANCEL THREAD(123)', '-DIS1 STOP DB2']) assert.equal(mvsConsoleEffect(c), 'outage', c);
  for (const c of ['-STA DATABASE(PAYDB)', '-DB2P START DATABASE(PAYDB)', '-DB2P REC BSDS']) assert.equal(mvsConsoleEffect(c), 'write', c);
  for (const c of ['-DB2P FROB X', '-FROB X', '-']) assert.equal(mvsConsoleEffect(c), 'opaque', c);
  assert.equal(answer('zowe zos-console issue command "-DIS THREAD(*)"').decision, 'benign');
  assert.equal(answer('zowe zos-console issue command "-STOP DB2 MODE(FORCE)"').decision, 'destructive');
});

test('a URL that does not decode still meets the HubSpot and Odoo readings; the listed rules still need it to decode', () => {
  assert.match(bizappsNoLoss('POST', 'https://api.hubapi.com/crm/v3/objects/contacts/gdpr-delete?x=%E0%A4%A', { objectId: '12345' }) ?? '', /one contact/);
  assert.match(bizappsNoLoss('POST', 'https://odoo-test.example.com/web/database/drop?x=%E0%A4%A', 'name=ci_scratch_42') ?? '', /Odoo database/);
  assert.equal(bizappsNoLoss('POST', 'https://odoo-prod.example.com/web/database/drop?x=%E0%A4%A', 'name=ci_scratch_42'), null);
  assert.equal(bizappsNoLoss('DELETE', `https://acme.service-now.com/api/now/table/incident/${'a'.repeat(32)}?x=%E0%A4%A`, undefined), null);
  assert.notEqual(bizappsNoLoss('DELETE', `https://acme.service-now.com/api/now/table/incident/${'a'.repeat(32)}`, undefined), null);
});
