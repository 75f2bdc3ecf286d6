/**
 * Round 41 (bl41mf): the mainframe (IBM Z) team's tools: the Zowe CLI, tsocmd, opercmd and ZOAU (shell/tools/
 * mainframe-catalogue.ts), ibm_zos_core's Ansible modules (wrappers.ts through zosCoreModuleLine), mainframe MCP servers'
 * tools (mcp/mainframe-tools.ts) and z/OSMF REST bodies (mainframe-http.ts). fix41-bl41mf.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/u/ibmuser', home: '/u/ibmuser' });
const shell = (input: string): string => answer('command', input).decision;
const http = (method: string, url: string, body?: unknown): string => answer('http_request', body === undefined ? { method, url } : { method, url, body: body as never }).decision;
const mcp = (server: string, tool: string, args: Record<string, unknown>): string => answer('mcp_tool_call', { server, tool, arguments: args as never }).decision;
const not = (d: string): boolean => d !== 'benign';

test('console commands: displays, starts and new copies are benign; cancels, stops, offline, disabled and IMS stops are not, in every door', () => {
  for (const c of ['D A,L', 'D J,CICSPROD', 'S CICSTEST', 'F CICSPROD,CEMT SET PROGRAM(PAY) NEWCOPY', 'F CICSPROD,CEMT I TASK', 'F IMSP,/DIS DB X']) {
    assert.equal(shell(`zowe zos-console issue command "${c}"`), 'benign', c);
    assert.equal(shell(`opercmd '${c}'`), 'benign', c);
    assert.equal(mcp('zowe', 'issue_console_command', { command: c }), 'benign', c);
  }
  for (const c of ['C CICSPROD', 'P JES2', 'FORCE X,ARM', 'Z EOD', 'V 0A40,OFFLINE', 'F CICSPROD,CEMT SET FILE(F) CLOSED', 'F IMSP,/DBR DB X', '-DB2P STOP DB2', 'F CICSPROD,CEMT PERFORM SHUTDOWN', 'XYZ UNKNOWN']) {
    assert.ok(not(shell(`zowe zos-console issue command "${c}"`)), c);
    assert.ok(not(shell(`opercmd '${c}'`)), c);
    assert.ok(not(mcp('zowe', 'issue_console_command', { command: c })), c);
    assert.ok(not(http('PUT', 'https://zosmf.example/zosmf/restconsoles/consoles/defcn', { cmd: c })), c);
  }
  assert.ok(not(shell('zowe zos-console issue command "$CMD"')));
  // A command delimiter (CONSOLxx CMDDELIM) runs each part: the worst counts.
  assert.ok(not(shell('zowe zos-console issue command "D A,L; C CICSPROD"')));
  assert.equal(shell("opercmd 'D A,L;D J,L'"), 'benign');
});

test('data sets: one named scratch, test, CI or temp deleted by name is benign; production named, a wildcard or a business name is not', () => {
  for (const c of ['zowe zos-files delete data-set "IBMUSER.TEMP.X" -f', "tsocmd \"DELETE 'IBMUSER.SCRATCH.X'\"", "drm 'TEST.SCRATCH.W'", 'zowe zos-files delete uss-file /tmp/x.txt -f']) assert.equal(shell(c), 'benign', c);
  for (const c of ['zowe zos-files delete data-set "PROD.TEMP.X" -f', 'zowe zos-files delete data-set "IBMUSER.TEMP.*" -f', 'zowe zos-files delete data-set "HR.MASTER" -f', "tsocmd \"DELETE 'PROD.X'\"", "drm 'TEST.SCRATCH.*'", 'zowe zos-files delete uss-file /u/prod/app -r -f', 'zowe zos-files invoke ams-statements "DELETE TEST.SCRATCH.* NONVSAM"', 'zowe zos-files invoke ams-file ./x.ams']) assert.ok(not(shell(c)), c);
  assert.equal(mcp('zowe', 'delete_data_set', { dsname: 'IBMUSER.TEMP.X' }), 'benign');
  assert.ok(not(mcp('zowe', 'delete_data_set', { dsname: 'PROD.X' })));
});

test('RACF and TSO: lists are benign; revoke, delete, everyone given access and SETROPTS NO… are not', () => {
  for (const c of ['LISTUSER X', 'LISTCAT LEVEL(PROD)', 'SETROPTS LIST', "PERMIT 'DEV.**' ID(DEVGRP) ACCESS(UPDATE)"]) assert.equal(shell(`tsocmd "${c}"`), 'benign', c);
  for (const c of ['ALTUSER X REVOKE', 'DELUSER X', "PERMIT 'PROD.**' ID(*) ACCESS(ALTER)", 'SETROPTS NOPROTECTALL', 'RDELETE FACILITY BPX.SUPERUSER', "RALTER DATASET 'PROD.**' UACC(ALTER)", 'OSHELL rm -rf /u']) {
    assert.ok(not(shell(`tsocmd "${c}"`)), c);
    assert.ok(not(shell(`zowe zos-tso issue command "${c}" -a ACCT`)), c);
  }
});

test('jobs: a finished job purged and a stored job submitted are benign; a production cancel, a started task purged and a hold are not', () => {
  assert.equal(shell('zowe zos-jobs delete job JOB01234'), 'benign');
  assert.equal(shell('zowe zos-jobs submit data-set "IBMUSER.JCL(BUILD)"'), 'benign');
  assert.equal(shell('zowe zos-jobs cancel job JOB01234 --zosmf-profile dev-sysc'), 'benign');
  for (const c of ['zowe zos-jobs cancel job JOB01234 --zosmf-profile prod-sysa', 'zowe zos-jobs cancel job JOB01234', 'zowe zos-jobs cancel job JOB01234 --zosmf-profile dev-sysc --zosmf-profile prod-sysa', 'zowe zos-jobs delete job STC00001', 'zowe zos-jobs modify job JOB1 --hold']) assert.ok(not(shell(c)), c);
  assert.equal(http('DELETE', 'https://sysa.example/zosmf/restjobs/jobs/IBMUSERA/JOB01234'), 'benign');
  assert.ok(not(http('DELETE', 'https://sysa.example/zosmf/restjobs/jobs/CICSPROD/STC01234')));
  assert.ok(not(http('PUT', 'https://sysa.example/zosmf/restjobs/jobs/PAY/JOB01234', { request: 'cancel' })));
  assert.ok(not(http('PUT', 'https://sysa.example/zosmf/restjobs/jobs', '//X JOB\n//DD1 DD DSN=PROD.X,DISP=(OLD,DELETE)')));
});

test('ibm_zos_core modules: absent data sets and operator stops judged as the lines they stand for', () => {
  assert.equal(shell('ansible zt -m ibm.ibm_zos_core.zos_data_set -a "name=TEST.SCRATCH.W state=absent"'), 'benign');
  assert.equal(shell('ansible zp -m ibm.ibm_zos_core.zos_operator -a "cmd=\'D A,L\'"'), 'benign');
  assert.ok(not(shell('ansible zp -m ibm.ibm_zos_core.zos_data_set -a "name=PROD.X state=absent"')));
  assert.ok(not(shell('ansible zp -m ibm.ibm_zos_core.zos_operator -a "cmd=\'C CICSPROD\'"')));
  assert.ok(not(shell('ansible zp -m ibm.ibm_zos_core.zos_volume_init -a "address=0A40 volid=X"')));
});
