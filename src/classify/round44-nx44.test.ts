/**
 * Round 44 (nx44): the lead's answers left from round 43, at their edges: MCP keep policies counted (459.1), Remote Login
 * and Remote Desktop switched off (459.2, 459.3), a screen-lock delay over a day (459.4), Veeam restores elsewhere only
 * with a new VM name (459.5), an unknown package manager's `remove` of one named package (457.1) and opercmd with a DB2
 * command (458.2). fix44-nx44.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonObject, JsonValue } from '../core/index.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const decision = (i: JsonValue, t = 'command') => (batch(t, i) as unknown as { decision: string }).decision;
const mcp = (server: string, name: string, args: JsonValue) => decision({ server, name, arguments: args }, 'mcp_tool_call');

test('459.1: an MCP prune keeping two or more by count is retention; one (rules that all keep one: 461.1), none, a named snapshot or a short time bound is not', () => {
  const kept: JsonObject[] = [{ keep_last: 2 }, { keep_last: '3', prune: true }, { keepDaily: 7 }, { keep_last: 1, keep_weekly: 2 }, { keep_within: '90d' }, { keep_last: -1 }];
  for (const a of kept) assert.equal(mcp('restic', 'forget', a), 'benign', JSON.stringify(a));
  const pruned: JsonObject[] = [{ keep_last: 1 }, { keep_last: 0 }, { keep_last: 1, keep_daily: 0 }, { keep_last: 1, keep_weekly: 1 }, { keep_last: 2, snapshots: ['latest'] }, { keep_within: '2h' }, { keep_last: 'many' }, { keep_last: 5, snapshot_ids: ['a1'] }];
  for (const a of pruned) assert.equal(mcp('restic', 'forget', a), 'destructive', JSON.stringify(a));
});

test('459.2, 459.3: Remote Login off and Remote Desktop refused are the way in off; reads and other settings are not', () => {
  for (const c of ['sudo systemsetup -setremotelogin off', 'systemsetup -f -setremotelogin OFF', 'sudo systemsetup -setremotelogin on']) assert.equal(decision(c), 'destructive', c);
  for (const c of ['systemsetup -getremotelogin', 'sudo systemsetup -setremoteappleevents off', 'sudo systemsetup -setsleep 30']) assert.equal(decision(c), 'benign', c);
  const ts = "'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server'";
  for (const v of ['0', '1']) assert.equal(decision(`Set-ItemProperty -Path ${ts} -Name fDenyTSConnections -Value ${v}`, 'powershell'), 'destructive', v);
  assert.equal(decision('reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections /t REG_DWORD /d 1 /f', 'cmd'), 'destructive');
  assert.equal(decision(`Get-ItemProperty -Path ${ts} -Name fDenyTSConnections`, 'powershell'), 'benign');
  assert.equal(decision(`Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Acme\\Remote' -Name fDenyTSConnections -Value 1`, 'powershell'), 'benign');
});

test('459.4: a screen-lock delay over a day is the lock off; a day or less, other keys and values not shown are writes', () => {
  for (const c of ['dconf write /org/gnome/desktop/screensaver/lock-delay "uint32 86401"', 'gsettings set org.gnome.desktop.screensaver lock-delay 4294967295', "dconf write /org/gnome/desktop/screensaver/lock-delay 'uint32 604800'"]) assert.equal(decision(c), 'destructive', c);
  for (const c of ['dconf write /org/gnome/desktop/screensaver/lock-delay "uint32 86400"', 'gsettings set org.gnome.desktop.screensaver lock-delay 600', 'gsettings set org.gnome.desktop.screensaver lock-delay "$DELAY"', 'gsettings set org.acme.player lock-delay 999999', 'dconf read /org/gnome/desktop/screensaver/lock-delay']) assert.equal(decision(c), 'benign', c);
});

test('459.5: Start-VBRRestoreVM restores elsewhere only with a new -VMName', () => {
  for (const c of ['Start-VBRRestoreVM -RestorePoint $rp -Server $esx', 'Start-VBRRestoreVM -RestorePoint $rp -Folder $f -ResourcePool $p', 'Start-VBRRestoreVM -RestorePoint $rp']) assert.equal(decision(c, 'powershell'), 'destructive', c);
  assert.equal(decision('Start-VBRRestoreVM -RestorePoint $rp -Server $esx -VMName app-restored', 'powershell'), 'benign');
});

test("457.1: an unknown package manager's remove of one named package is a write; purge, several, a data server or no package shown are not", () => {
  for (const c of ['xpkg remove nano', 'sudo pkgtool remove -y htop', 'acmectl extensions remove acme-dark', 'foo-get remove curl']) assert.equal(decision(c), 'benign', c);
  for (const c of ['xpkg purge nano', 'xpkg remove --purge nano', 'xpkg remove nano vim', 'xpkg remove mysql-server', 'acmectl remove db01', 'acmectl cluster remove web-1', 'xpkg remove "$P"', 'xpkg remove -R nano', 'xpkg remove prod-agent', 'xpkg remove -y httpd']) assert.equal(decision(c), 'destructive', c);
});

test('458.2: opercmd reads a DB2 command that starts with its prefix `-` as the console command', () => {
  for (const c of ['opercmd "-DIS THREAD(*)"', 'opercmd -DIS DDF', "opercmd '-STA DATABASE(PAYDB)'", 'opercmd -h', 'opercmd "D A,L"']) assert.equal(decision(c), 'benign', c);
  for (const c of ['opercmd "-STOP DB2 MODE(FORCE)"', 'opercmd -STOP DB2', 'opercmd "-DIS THREAD(*);-STOP DB2"', 'opercmd "-TERM THREAD(123)"']) assert.notEqual(decision(c), 'benign', c);
});

test("453.2: a FHIR server's MCP tool deleting one resource by type and id is narrowed; more arguments, no id or an EHR's own tool are not", () => {
  assert.equal(mcp('fhir', 'fhir_delete', { resourceType: 'Observation', id: 'obs-7731' }), 'benign');
  assert.equal(mcp('clinic-fhir', 'delete_resource', { resource_type: 'Patient', resource_id: 'p1' }), 'benign');
  const kept: JsonObject[] = [{ resourceType: 'Observation', id: 'obs-1', cascade: true }, { resourceType: 'Observation' }, { resourceType: 'Observation', id: '*' }, { resourceType: 'Thing', id: 'x1' }, { resourceType: 'Observation', id: 'obs-1', _cascade: 'delete' }];
  for (const a of kept) assert.equal(mcp('fhir', 'fhir_delete', a), 'destructive', JSON.stringify(a));
  assert.equal(mcp('ehr', 'delete_observation', { observation_id: 'obs-7731' }), 'destructive');
  assert.equal(mcp('fhir', 'delete_all_resources', { resourceType: 'Observation', id: 'obs-1' }), 'destructive');
});

test('454.3: cdo and NCO writing a workspace data file whole are `cp` onto it; elsewhere, prints and one-operand reads are writes or reads', () => {
  for (const c of ['cdo -O copy new.nc data/raw/era5_2026.nc', 'ncks -O -v tas in.nc data/raw/t.nc', 'ncks -O in.nc -o data/raw/t.nc']) assert.equal(decision(c), 'destructive', c);
  for (const c of ['cdo -O copy data/raw/a.nc out/a.nc', 'cdo sinfo data/raw/a.nc', 'cdo diff data/raw/a.nc data/raw/b.nc', 'ncks -m data/raw/a.nc', 'ncks data/raw/a.nc']) assert.equal(decision(c), 'benign', c);
});

test('454.4: numcopies lowered to one earlier on the line, or on the drop, makes `drop --from` destructive', () => {
  for (const c of ['git annex numcopies 1 && git annex drop --from backup data/raw', 'git annex numcopies 0; git annex drop --from s3 x', 'git annex drop --from backup -N 1 x']) assert.equal(decision(c), 'destructive', c);
  for (const c of ['git annex drop --from backup x', 'git annex numcopies 3 && git annex drop --from backup x', 'git annex numcopies 1 && git annex copy --to backup x', 'git annex numcopies 1 && git annex drop x']) assert.equal(decision(c), 'benign', c);
});

test("453.5: a category named by its id is category-wide; the category's own table and a zone's records are not", () => {
  for (const s of ["DELETE FROM vocab.concept WHERE vocabulary_id = 'SNOMED'", 'DELETE FROM products WHERE type_id = 4']) assert.equal(decision(s, 'sql'), 'destructive', s);
  for (const s of ["DELETE FROM vocabulary WHERE vocabulary_id = 'LOCAL'", 'DELETE FROM records WHERE domain_id = 3', 'DELETE FROM concept WHERE concept_id = 42', 'DELETE FROM product_types WHERE type_id = 4']) assert.equal(decision(s, 'sql'), 'benign', s);
});
