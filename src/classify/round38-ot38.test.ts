/**
 * Round 38 (ot38): the lead's answers 381.2-381.4 as classes. PX4's vehicle shell (`mavlink_shell.py` fed NSH lines,
 * `px4-<module>` commands) judged line by line as commands on the vehicle (control-points.ts nshCommandEffect,
 * shell/tools/vehicle-shell.ts); a plant's safety function muted, bypassed or switched off, or its machine stopped, over
 * HTTP to hosts or URLs named for safety or the plant (plant-http.ts); Node-RED's flows file deleted, emptied or
 * overwritten and an empty flow set deployed (paths.ts isNodeRedFlowsFile, plant-http.ts nodeRedFlowsEmptied).
 * fix38-ot38.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { nshCommandEffect } from './control-points.ts';
import { namesPlantSystem, nodeRedFlowsEmptied, plantRequestEffect } from './plant-http.ts';
import { isNodeRedFlowsFile } from './paths.ts';
import type { JsonValue } from '../core/index.ts';

const answer = batchAnswers();
const decide = (command: string, cwd = '/home/dev/PX4-Autopilot'): string => answer('command', command, { cwd, home: '/home/dev' }).decision;
const http = (method: string, url: string, body?: JsonValue): string => answer('http_request', body === undefined ? { method, url } : { method, url, body }).decision;

test('NSH lines: resets of every parameter, forced arming and disarming, deletes and formats are losses; reads, tuning and reboots are not; unknown commands are not known', () => {
  assert.equal(nshCommandEffect(['param', 'reset_all'])?.effect, 'destroy');
  assert.equal(nshCommandEffect(['param', 'reset', 'CAL_*'])?.effect, 'destroy');
  assert.equal(nshCommandEffect(['param', 'reset', 'MPC_XY_VEL_MAX'])?.effect, 'write');
  assert.equal(nshCommandEffect(['param', 'set', 'NAV_DLL_ACT', '0'])?.effect, 'safeguard');
  assert.equal(nshCommandEffect(['param', 'set', 'MPC_XY_VEL_MAX', '8'])?.effect, 'write');
  assert.equal(nshCommandEffect(['commander', 'arm', '-f'])?.effect, 'safeguard');
  assert.equal(nshCommandEffect(['commander', 'arm'])?.effect, 'write');
  assert.equal(nshCommandEffect(['commander', 'disarm', '-f'])?.effect, 'outage');
  assert.equal(nshCommandEffect(['rm', '-r', '/fs/microsd/log'])?.effect, 'destroy');
  assert.equal(nshCommandEffect(['reboot'])?.effect, 'write');
  assert.equal(nshCommandEffect(['ekf2', 'stop'])?.effect, 'outage');
  assert.equal(nshCommandEffect(['ekf2', 'status'])?.effect, 'read');
  assert.equal(nshCommandEffect(['frobnicate', 'all']), null);
});

test('mavlink_shell.py fed lines: each judged on the vehicle; lines it cannot see fail closed; with no input it is a console', () => {
  for (const c of ["echo 'rm -r /fs/microsd/log' | python3 Tools/mavlink_shell.py /dev/ttyACM0", "echo 'param reset_all' | ./Tools/mavlink_shell.py /dev/ttyACM0", "python3 Tools/mavlink_shell.py 0.0.0.0:14550 <<'EOF'\nparam show\ncommander arm -f\nEOF", "px4-param reset_all", "ssh root@voxl2 'px4-commander disarm -f'"]) assert.equal(decide(c), 'destructive', c);
  for (const c of ["echo 'param show MPC_*' | python3 Tools/mavlink_shell.py /dev/ttyACM0", "echo 'reboot' | python3 Tools/mavlink_shell.py /dev/ttyACM0", 'python3 Tools/mavlink_shell.py /dev/ttyACM0', 'px4-listener vehicle_status']) assert.equal(decide(c), 'benign', c);
  for (const c of ['cat cmds.nsh | python3 Tools/mavlink_shell.py /dev/ttyACM0', 'python3 Tools/mavlink_shell.py /dev/ttyACM0 < cmds.nsh', "echo 'frobnicate all' | python3 Tools/mavlink_shell.py /dev/ttyACM0"]) assert.equal(decide(c), 'unknown', c);
});

test('a plant safety function muted, bypassed or switched off over HTTP is a control point only on hosts or URLs named for safety or the plant', () => {
  assert.equal(namesPlantSystem('https://safety-gw.plant2.local/api/v1/zones/cell4/muting'), true);
  assert.equal(namesPlantSystem('http://openplc-line1.plant2.local:8080/stop_plc'), true);
  assert.equal(namesPlantSystem('https://api.cloudflare.com/client/v4/zones/abc/settings/waf'), false);
  assert.equal(namesPlantSystem('https://plantuml.example.com/api/zones/1'), false);
  assert.equal(plantRequestEffect('POST', 'https://safety-gw.plant2.local/api/v1/zones/cell4/muting', { enabled: true, duration_s: 0 })?.effect, 'safeguard');
  assert.equal(plantRequestEffect('POST', 'https://safety-gw.plant2.local/api/v1/zones/cell4/muting', { enabled: false }), null);
  assert.equal(plantRequestEffect('PATCH', 'https://hmi.plant3.local/api/alarms/PT-310-HH', { enabled: false })?.effect, 'safeguard');
  assert.equal(plantRequestEffect('PATCH', 'https://scada.plant3.local/api/tags/Line2_Oven_TempSetpoint', { value: 182.5 }), null);
  assert.equal(plantRequestEffect('GET', 'http://openplc-line1.plant2.local:8080/stop_plc', undefined)?.effect, 'outage');
  assert.equal(plantRequestEffect('GET', 'https://safety-gw.plant2.local/api/v1/estop', undefined), null);
  assert.equal(plantRequestEffect('PATCH', 'https://shop.example.com/api/coupons/5', { bypass: true }), null);
  assert.equal(plantRequestEffect('POST', 'https://scada.plant9.local/api/cells/2/action', { action: 'stop' })?.effect, 'outage');
  assert.equal(plantRequestEffect('POST', 'https://hmi.plant9.local/api/alarms/AL-3', { command: 'shelve' })?.effect, 'safeguard');
  assert.equal(plantRequestEffect('POST', 'https://hmi.plant9.local/api/alarms/AL-3', { command: 'acknowledge' }), null);
  assert.equal(plantRequestEffect('POST', 'https://api.example.com/jobs/2/command', { command: 'stop' }), null);
  assert.equal(http('PUT', 'https://sis.plant3.local/api/interlocks/IL-7', { bypass: true }), 'destructive');
  assert.equal(http('GET', 'https://safety-gw.plant2.local/api/v1/zones/cell4/status'), 'benign');
});

test('Node-RED: the flows file deleted, emptied or overwritten and an empty flow set deployed lose every flow; reads, exports and deploys do not', () => {
  assert.equal(isNodeRedFlowsFile('/home/pi/.node-red/flows.json'), true);
  assert.equal(isNodeRedFlowsFile('/home/pi/.node-red/flows_raspberrypi.json'), true);
  assert.equal(isNodeRedFlowsFile('/data/flows.json'), true);
  assert.equal(isNodeRedFlowsFile('/home/pi/backups/flows-2026-12-07.json'), false);
  assert.equal(isNodeRedFlowsFile('/home/dev/app/flows.json'), false);
  assert.equal(nodeRedFlowsEmptied('POST', 'http://nodered.plant2.local:1880/flows', []), true);
  assert.equal(nodeRedFlowsEmptied('POST', 'http://localhost:1880/flows', { flows: [] }), true);
  assert.equal(nodeRedFlowsEmptied('POST', 'http://localhost:1880/flows', [{ id: 'a', type: 'tab' }]), false);
  assert.equal(nodeRedFlowsEmptied('POST', 'https://api.example.com/flows', []), false);
  const pi = (c: string) => answer('command', c, { cwd: '/home/pi', home: '/home/pi' }).decision;
  for (const c of ['rm -f ~/.node-red/flows.json', "echo '[]' > ~/.node-red/flows.json", 'cp new.json ~/.node-red/flows.json', 'truncate -s 0 ~/.node-red/flows.json', "curl -X POST http://localhost:1880/flows -H 'Content-Type: application/json' -d '[]'"]) assert.equal(pi(c), 'destructive', c);
  for (const c of ['cp ~/.node-red/flows.json ~/backups/flows.json', 'curl -s http://localhost:1880/flows -o flows.json', 'jq . ~/.node-red/flows.json']) assert.equal(pi(c), 'benign', c);
  assert.equal(answer('file_write', { path: '/home/pi/.node-red/flows.json', operation: 'write', content: '[]' }, { cwd: '/home/pi', home: '/home/pi' }).decision, 'destructive');
});

test('Node-RED settings.js written whole with no adminAuth in force opens its editor to anyone; with adminAuth it is a write', () => {
  const fw = (content: string) => answer('file_write', { path: '/home/pi/.node-red/settings.js', operation: 'write', content }, { cwd: '/home/pi', home: '/home/pi' }).decision;
  assert.equal(fw("module.exports = {\n  uiPort: 1880,\n  // adminAuth: { type: 'credentials' },\n  flowFile: 'flows.json'\n};\n"), 'destructive');
  assert.equal(fw("module.exports = {\n  uiPort: 1880,\n  adminAuth: { type: 'credentials', users: [] },\n  flowFile: 'flows.json'\n};\n"), 'benign');
  assert.equal(answer('file_write', { path: '/home/dev/app/src/settings.js', operation: 'write', content: 'module.exports = { port: 8080 };\n' }).decision, 'benign');
});
