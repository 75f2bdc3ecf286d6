/**
 * Round 41 (bl41erp): a business-applications team's tools (ERP, CRM and ITSM administrators): shell/tools/
 * bizapps-catalogue.ts (SAP tp, sapcontrol, saphostctrl, HDB, stopsap/startsap, cleanipc, hdbuserstore, hdbnsutil,
 * R3trans, Power Platform pac), hdbsql as a SQL client (db-clis.ts) with HANA's outage, recovery, backup and audit
 * statements (sql.ts, safeguard-settings.ts, cluster-statements.ts), MANDT a tenant key (test-data.ts), SAP and Odoo
 * daemons and accounts (dispatch.ts), odoo-bin db drop and module uninstall (cms-catalogue.ts), Salesforce bulk deletes
 * and uninstalls by org tier (service-catalogue.ts), bizapps-http.ts (ServiceNow, Dataverse, Zendesk, HubSpot, Odoo) and
 * mcp/bizapps-tools.ts. fix41-bl41erp.yaml holds neighbours; blind41-bl41erp.yaml the blind set.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonValue } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/ops', home: '/home/ops' });
const decide = (command: string): string => answer('command', command).decision;
const each = (expected: string, commands: string[]): void => {
  for (const c of commands) assert.equal(decide(c), expected, c);
};
const http = (method: string, url: string, body?: JsonValue): string => answer('http_request', body === undefined ? { method, url } : { method, url, body }).decision;
const mcp = (server: string, name: string, args: Record<string, JsonValue>): string => answer('mcp_tool_call', { server, name, arguments: args }).decision;
const HEX = '0123456789abcdef0123456789abcdef';

test('SAP: sapcontrol and saphostctrl by their function, HDB, stopsap, tp', () => {
  each('destructive', ['sapcontrol -nr 00 -function Stop', 'sapcontrol -nr 00 -function StopSystem ALL 600', 'sapcontrol -nr 02 -function InstanceStop sapapp9 02', 'HDB stop', 'HDB kill-9', 'stopsap all', '/usr/sap/hostctrl/exe/saphostctrl -function StopDatabase -dbname QAS -dbtype hdb', 'cleanipc 00 remove', 'tp locksys QAS pf=/usr/sap/trans/bin/TP_DOMAIN.PFL', 'hdbnsutil -sr_unregister --name=SITEB', 'hdbuserstore DELETE BKP']);
  each('benign', ['sapcontrol -nr 00 -function GetProcessList', 'sapcontrol -nr 00 -function RestartInstance', 'sapcontrol -nr 00 -function StartSystem', 'HDB info', 'startsap', 'cleanipc 00', 'tp import DEVK900001 QAS client=100 pf=/usr/sap/trans/bin/TP_DOMAIN.PFL', 'tp showbuffer QAS pf=/usr/sap/trans/bin/TP_DOMAIN.PFL', 'hdbnsutil -sr_state', 'hdbuserstore LIST', 'R3trans -d']);
  // Fail closed: a function or a control file the input does not show.
  assert.equal(decide('sapcontrol -nr 00 -function "$FN"'), 'unknown');
  assert.equal(decide('R3trans -w x.log /tmp/ops.ctl'), 'unknown');
  assert.equal(decide('tp frobnicate QAS'), 'unknown');
});

test('HANA SQL through hdbsql: stops, backups deleted, log and audit off; MANDT is a tenant key', () => {
  const q = (s: string): string => decide(`hdbsql -U KEY "${s}"`);
  for (const s of ['ALTER SYSTEM STOP DATABASE QAS', 'BACKUP CATALOG DELETE ALL BEFORE BACKUP_ID 42 COMPLETE', "ALTER SYSTEM ALTER CONFIGURATION ('global.ini','SYSTEM') SET ('persistence','log_mode') = 'overwrite'", "ALTER SYSTEM ALTER CONFIGURATION ('global.ini','SYSTEM') SET ('persistence','enable_auto_log_backup') = 'no'", "ALTER SYSTEM ALTER CONFIGURATION ('global.ini','SYSTEM') SET ('auditing configuration','global_auditing_state') = 'false'", 'ALTER AUDIT POLICY P DISABLE', "DELETE FROM SAPHANADB.ZT WHERE MANDT = '100'"]) assert.equal(q(s), 'destructive', s);
  for (const s of ['ALTER SYSTEM START DATABASE QAS', "BACKUP DATA USING FILE ('full')", "ALTER SYSTEM ALTER CONFIGURATION ('global.ini','SYSTEM') SET ('persistence','log_mode') = 'normal'", 'ALTER AUDIT POLICY P ENABLE', "DELETE FROM SAPHANADB.ZT WHERE MANDT = '100' AND ID = '7'", 'SELECT COUNT(*) FROM SAPHANADB.VBAK']) assert.equal(q(s), 'benign', s);
});

test('daemons and accounts: SAP work processes, HANA and Odoo killed, a <sid>adm account emptied', () => {
  each('destructive', ["kill -9 $(pgrep -f 'dw.sapQAS_D00')", 'kill $(pgrep -f hdbindexserver)', 'pkill -u qasadm', 'pkill -9 -f odoo-bin']);
  each('benign', ["pkill -f 'node dist/server.js'", 'pkill -u agent']);
});

test('Power Platform pac: environments and solutions by tier and name', () => {
  each('destructive', ['pac env delete --environment https://x-prod.crm.dynamics.com', 'pac env reset --environment https://x.crm.dynamics.com', 'pac solution delete --solution-name Core --environment https://x-uat.crm.dynamics.com', 'pac env copy --source-env https://x-dev.crm.dynamics.com --target-env https://x-prod.crm.dynamics.com']);
  each('benign', ['pac env delete --environment https://x-ci-ephemeral.crm.dynamics.com', 'pac solution delete --solution-name Core --environment https://x-dev.crm.dynamics.com', 'pac solution import --path a.zip --environment https://x-prod.crm.dynamics.com', 'pac env list', 'pac auth list']);
});

test('Odoo and Salesforce CLIs: drops, uninstalls and bulk deletes by tier and name', () => {
  each('destructive', ['odoo-bin db drop erp', 'odoo-bin module uninstall -d erp_prod sale', "echo \"env['res.partner'].search([]).unlink()\" | odoo-bin shell -d erp --no-http", 'sf data delete bulk --sobject Lead --file l.csv --target-org prod', 'sf package uninstall --package 04t000000000001 --target-org prod']);
  each('benign', ['odoo-bin db drop erp_test_7', 'odoo-bin module uninstall -d erp_dev sale', "echo \"env['res.partner'].browse(7).unlink()\" | odoo-bin shell -d erp --no-http", 'sf data delete bulk --sobject Lead --file l.csv --target-org acme-dev', 'sf package uninstall --package 04t000000000001 --target-org ci-scratch-9']);
});

test('HTTP: one record by its key loses nothing; background scripts, batches, JSON-RPC and bulk jobs that delete do', () => {
  assert.equal(http('DELETE', `https://acme.service-now.com/api/now/table/incident/${HEX}`), 'benign');
  assert.equal(http('DELETE', `https://acme.service-now.com/api/now/table/sys_user/${HEX}`), 'destructive');
  assert.equal(http('DELETE', 'https://acme.crm.dynamics.com/api/data/v9.2/contacts(3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f)'), 'benign');
  assert.equal(http('DELETE', 'https://acme.zendesk.com/api/v2/macros/360000000001.json'), 'benign');
  assert.equal(http('DELETE', 'https://acme.zendesk.com/api/v2/ticket_fields/360000000001.json'), 'destructive');
  assert.equal(http('POST', 'https://acme.service-now.com/sys.scripts.do', "script=var g=new GlideRecord('task');g.deleteMultiple();"), 'destructive');
  assert.equal(http('POST', 'https://acme.service-now.com/sys.scripts.do', "script=gs.print('x');"), 'benign');
  assert.equal(http('POST', 'https://erp.example/jsonrpc', { jsonrpc: '2.0', method: 'call', params: { service: 'db', method: 'drop', args: ['pw', 'erp'] } }), 'destructive');
  assert.equal(http('POST', 'https://erp.example/jsonrpc', { jsonrpc: '2.0', method: 'call', params: { service: 'object', method: 'execute_kw', args: ['erp', 2, 'k', 'res.partner', 'unlink', [[1, 2]]] } }), 'benign');
  assert.equal(http('POST', 'https://acme.crm.dynamics.com/api/data/v9.2/BulkDelete', { QuerySet: [{ EntityName: 'email' }], JobName: 'x' }), 'destructive');
  assert.equal(http('POST', 'https://acme.crm.dynamics.com/api/data/v9.2/DeleteAuditData', { EndDate: '2025-01-01T00:00:00Z' }), 'destructive');
});

test('MCP: one business record by its key; Apex that cuts logins; a system stopped', () => {
  assert.equal(mcp('servicenow', 'delete_record', { table: 'incident', sys_id: HEX }), 'benign');
  assert.equal(mcp('servicenow', 'delete_record', { table: 'sys_user', sys_id: HEX }), 'destructive');
  assert.equal(mcp('dynamics', 'delete_record', { entity: 'contacts', id: '3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' }), 'benign');
  assert.equal(mcp('salesforce', 'dml_records', { operation: 'delete', objectName: 'Lead', records: [{ Id: '00Q000000000001' }] }), 'benign');
  assert.equal(mcp('salesforce', 'dml_records', { operation: 'delete', objectName: 'Lead', records: Array.from({ length: 11 }, (_, i) => ({ Id: `00Q00000000000${i}` })) }), 'destructive');
  assert.equal(mcp('salesforce', 'run_apex', { code: 'List<User> u = [SELECT Id FROM User]; for (User x : u) x.IsActive = false; update u;' }), 'destructive');
  assert.equal(mcp('sapcontrol', 'stop_system', { sid: 'QAS', instance_number: '00' }), 'destructive');
  assert.equal(mcp('sapcontrol', 'start_system', { sid: 'QAS', instance_number: '00' }), 'benign');
});
