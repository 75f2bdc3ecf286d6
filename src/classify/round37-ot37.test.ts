/**
 * Round 37 (ot37): the lead's answer 377 and blind36-ot's tuned misses as classes. PLC, UDS and OBD libraries called from
 * `python3 -c` are read by control-points.ts LIBRARY_METHODS (a tag written is a control point; snap7 `plc_stop`, pyads
 * `write_control` to STOP/CONFIG, udsoncan's services as their UDS requests, python-OBD `CLEAR_DTC`); TwinCAT's
 * `Set-AdsState -State Stop|Config`; an MQTT command topic (`mosquitto_pub`) as a control point; a fleet robot paused or
 * e-stopped over HTTP (377.6); colcon's `install`/`log` beside `build` (377.2); a robot's config scp'd into `/opt/APP/config`
 * (377.3, decision 16) and a remote home's credential file overwritten; a CAN link's settings between its down and up
 * (377.8); a vcan deleted; Gazebo Fuel's cache; a script named for clearing DTCs (377.5). fix37-ot37.yaml holds the
 * neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { controlEffectRecord, controlPointEffect, libraryCallEffect } from './control-points.ts';

const answer = batchAnswers();
const decide = (command: string, cwd = '/home/dev/ros2_ws'): string => answer('command', command, { cwd, home: '/home/dev' }).decision;

test('one mapping of a control point\'s effect to verb and code, for every reader', () => {
  assert.deepEqual(controlEffectRecord('destroy', 'uds'), { verb: 'delete', code: 'uds_data_lost' });
  assert.deepEqual(controlEffectRecord('outage', 'mcp_control_point'), { verb: 'write', code: 'mcp_control_point_outage' });
  assert.deepEqual(controlEffectRecord('safeguard', 'code_control_point'), { verb: 'write', code: 'code_control_point_safeguard_off' });
  assert.equal(answer('command', 'echo "11 01" | isotpsend -s 7E0 -d 7E8 can0').reason.split(':')[0], 'uds_outage');
  assert.equal(answer('mcp_tool_call', { server: 'mavlink', name: 'set_parameter', arguments: { name: 'FORMAT_VERSION', value: 0 } }).reason.split(':')[0], 'mcp_control_point_data_lost');
});

test('PLC tags joined by underscores: the last word runs or stops the machine; a safety switch ending in _stop stays a safety switch', () => {
  assert.equal(controlPointEffect('Line4_Conveyor_Run', 'False'), 'outage');
  assert.equal(controlPointEffect('Cell4_EStop', 'True'), 'outage');
  assert.equal(controlPointEffect('/safety_monitor enable_collision_stop', 'false'), 'safeguard');
  assert.equal(controlPointEffect('Line4_Conveyor_Run', 'True'), null);
  assert.equal(controlPointEffect('Alarm_Enable', 'false'), null);
  assert.equal(libraryCallEffect(['pylogix'], 'c.Write', ['Cell4_Door_Bypass', '1'])?.effect, 'safeguard');
  assert.equal(libraryCallEffect(['pycomm3'], 'pycomm3.LogixDriver().write', ["('Press2_BatchSize', 120)"])?.effect, 'write');
  assert.equal(libraryCallEffect(['json'], 'c.Write', ['Cell4_Door_Bypass', '1']), null);
});

test('python -c of PLC, UDS and OBD libraries: stops, safety tags, hard resets and DTCs cleared are losses; reads, setpoints and soft resets are not', () => {
  const py = (code: string) => decide(`python3 -c "${code}"`, '/home/dev/plant2-scada');
  for (const c of [
    "import snap7; p=snap7.client.Client(); p.connect('10.0.6.30', 0, 2); p.plc_stop()",
    "from pylogix import PLC; c=PLC(); c.IPAddress='10.0.6.11'; c.Write('Cell4_LightCurtain_Muting', True)",
    "from pycomm3 import LogixDriver; d=LogixDriver('10.0.6.20'); d.open(); d.write(('Press2_Interlock_Enable', False))",
    "import pyads; plc=pyads.Connection('5.44.120.3.1.1', 851); plc.open(); plc.write_control(pyads.ADSSTATE_STOP, 0, 0)",
    "from udsoncan.client import Client; c=Client(conn); c.ecu_reset(1)",
    "from udsoncan.client import Client; from udsoncan.services import ECUReset; c=Client(conn); c.ecu_reset(ECUReset.ResetType.hardReset)",
    "from udsoncan.client import Client; c=Client(conn); c.clear_dtc(0xFFFFFF)",
    "from udsoncan.client import Client; c=Client(conn); c.control_dtc_setting(2)",
    "import obd; c=obd.OBD('/dev/ttyUSB0'); c.query(obd.commands.CLEAR_DTC)",
  ]) assert.equal(py(c), 'destructive', c);
  for (const c of [
    "import snap7; p=snap7.client.Client(); p.connect('10.0.6.30', 0, 2); print(p.get_cpu_state())",
    "from pylogix import PLC; c=PLC(); c.IPAddress='10.0.6.11'; c.Write('Recipe_TargetWeight', 250.0)",
    "from pycomm3 import LogixDriver; d=LogixDriver('10.0.6.20'); d.open(); d.write(('Press2_Interlock_Enable', True))",
    "import pyads; plc=pyads.Connection('5.44.120.3.1.1', 851); plc.open(); plc.write_control(pyads.ADSSTATE_RUN, 0, 0)",
    "from udsoncan.client import Client; c=Client(conn); c.ecu_reset(3)",
    "from udsoncan.client import Client; c=Client(conn); c.control_dtc_setting(1)",
    "import obd; c=obd.OBD('/dev/ttyUSB0'); print(c.query(obd.commands.RPM))",
  ]) assert.equal(py(c), 'benign', c);
});

test('TwinCAT, MQTT command topics and fleet managers over HTTP: stops and e-stops are out of service, runs and resumes are not', () => {
  const ps = (c: string) => answer('powershell', c).decision;
  assert.equal(ps('Set-AdsState -NetId 5.44.120.3.1.1 -Port 851 -State Stop'), 'destructive');
  assert.equal(ps('Set-AdsState -NetId 5.44.120.3.1.1 -Port 851 -State Config'), 'destructive');
  assert.equal(ps('Set-AdsState -NetId 5.44.120.3.1.1 -Port 851 -State Run'), 'benign');
  assert.equal(decide('mosquitto_pub -h mqtt -t plant2/line3/estop -m 1'), 'destructive');
  assert.equal(decide(`mosquitto_pub -h mqtt -t robots/all/cmd -m '{"cmd":"pause_all"}'`), 'destructive');
  assert.equal(decide('mosquitto_pub -h mqtt -t plant2/line3/estop -m 0'), 'benign');
  assert.equal(decide(`mosquitto_pub -h mqtt -t robots/amr-07/cmd -m '{"cmd":"dock"}'`), 'benign');
  const http = (method: string, url: string) => answer('http_request', { method, url }).decision;
  assert.equal(http('POST', 'http://fleet.local/api/v1/robots/amr-07/pause'), 'destructive');
  assert.equal(http('POST', 'http://fleet.local/api/v1/fleet/pause_all'), 'destructive');
  assert.equal(http('POST', 'http://fleet.local/api/v1/robots/amr-07/resume'), 'benign');
});

test('answers 377.2, 377.3 and 377.8: colcon output, a robot\'s config deployed, a CAN link restarted with new settings', () => {
  for (const c of ['rm -rf build/ install/ log/', 'rm -rf build/arm_driver install/arm_driver', 'scp config/nav2_params.yaml robot@amr-05:/opt/amr/config/', 'sudo ip link set can0 down && sudo ip link set can0 type can bitrate 250000 && sudo ip link set can0 up', 'sudo ip link delete vcan0', 'rm -rf ~/.gz/fuel/fuel.gazebosim.org/openrobotics/models/shelf']) assert.equal(decide(c), 'benign', c);
  for (const c of ['rm -rf install log', 'rm -rf src/arm_driver install/arm_driver', 'scp config/nav2_params.yaml robot@prod-amr-05:/opt/amr/config/', 'scp keys/fleet.pub robot@amr-05:~/.ssh/authorized_keys', 'sudo ip link set can0 down && sudo ip link set can0 type can bitrate 250000', 'sudo ip link delete can0', 'find ~/bags -name "*.mcap" -mtime +7 -delete']) assert.equal(decide(c), 'destructive', c);
  assert.equal(decide('python3 tools/uds_clear_dtc.py --channel can0'), 'unknown');
});
