/**
 * Round 41 (erp2): the tier a business-application CLI line names, read for reads and writes as for deletes (the lead's
 * answer 430: Salesforce `--target-org|-o|-u|--target-dev-hub|--alias`, sapcontrol/saphostctrl `-host`, pac `--name`), and
 * answer 430.1 (one record by its whole literal key, or at most ten literal ids, is narrowed whatever the tool: Zendesk
 * `destroy_many`, one deleted ticket purged, HubSpot `batch/archive` and one GDPR delete, one Jira issue) and 430.4 (a
 * Salesforce sandbox refresh is a write). fix41-erp2.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonValue } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/ops', home: '/home/ops' });
const env = (command: string): string | null => answer('command', command).targets_env;
const http = (method: string, url: string, body?: JsonValue): string => answer('http_request', body === undefined ? { method, url } : { method, url, body }).decision;
const mcp = (name: string, args: Record<string, JsonValue>): string => answer('mcp_tool_call', { server: 'jira', name, arguments: args }).decision;

test('the tier a Salesforce, SAP or Power Platform line names is read for reads and writes', () => {
  assert.equal(env('sf data query -q "SELECT Id FROM Account" -o prod'), 'production');
  assert.equal(env('sf org display --target-org uat'), 'staging');
  assert.equal(env('sf data create record -s Account -v "Name=A" --target-org dev-sandbox'), 'dev');
  assert.equal(env('sf org login web --alias prod'), 'production');
  assert.equal(env('sf org create scratch -f def.json -a x --target-dev-hub prod-hub'), 'production');
  assert.equal(env('sf project retrieve start --metadata ApexClass'), null);
  assert.equal(env('sapcontrol -host sap-prd-app05 -nr 10 -function GetProcessList'), 'production');
  assert.equal(env('pac auth select --name contoso-dev'), 'dev');
  assert.equal(answer('command', 'sf org refresh sandbox --name qa --target-org prod').decision, 'benign');
  assert.equal(answer('command', 'sapcontrol -host sap-dev-app02 -nr 00 -function StopSystem ALL').decision, 'destructive');
});

test('430.1: one literal key or at most ten literal ids narrowed; more, or ids not shown, stay losses', () => {
  const zd = 'https://acme.zendesk.com/api/v2';
  assert.equal(http('DELETE', `${zd}/tickets/destroy_many.json?ids=1,2,3`), 'benign');
  assert.equal(http('DELETE', `${zd}/deleted_tickets/destroy_many?ids=1,2`), 'benign');
  assert.equal(http('DELETE', `${zd}/deleted_tickets/77.json`), 'benign');
  assert.equal(http('DELETE', `${zd}/tickets/destroy_many.json?ids=1,2,3,4,5,6,7,8,9,10,11`), 'destructive');
  assert.equal(http('DELETE', `${zd}/tickets/destroy_many.json?ids=\${IDS}`), 'destructive');
  assert.equal(http('DELETE', `${zd}/users/destroy_many.json?ids=1,2`), 'destructive');
  const hs = 'https://api.hubapi.com/crm/v3/objects';
  assert.equal(http('POST', `${hs}/deals/batch/archive`, { inputs: [{ id: '1' }, { id: '2' }] }), 'benign');
  assert.equal(http('POST', `${hs}/deals/batch/archive`, { inputs: Array.from({ length: 11 }, (_, i) => ({ id: String(i) })) }), 'destructive');
  assert.equal(http('POST', `${hs}/contacts/gdpr-delete`, { objectId: '51' }), 'benign');
  assert.equal(http('POST', `${hs}/contacts/gdpr-delete`, { objectId: '${C}' }), 'destructive');
  assert.equal(http('POST', `${hs}/contacts/gdpr-delete`), 'destructive');
  assert.equal(http('DELETE', 'https://acme.atlassian.net/rest/api/3/issue/OPS-1'), 'benign');
  assert.equal(http('DELETE', 'https://acme.atlassian.net/rest/api/3/issue/OPS-1?deleteSubtasks=true'), 'destructive');
  assert.equal(mcp('jira_delete_issue', { issue_key: 'OPS-1' }), 'benign');
  assert.equal(mcp('jira_delete_issue', { issue_key: 'OPS-1', delete_subtasks: true }), 'destructive');
  assert.equal(mcp('jira_delete_project', { project_key: 'OPS' }), 'destructive');
});
