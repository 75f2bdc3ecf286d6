/**
 * Round 36 (ot36): what a value written to a machine's control point does, for the tools of operational technology
 * (a ROS parameter or topic, an OPC UA node, a PLC tag, an autopilot parameter, a UDS request). A safety function
 * switched off or bypassed is a safeguard off; a line, a robot or a bus stopped is out of service; anything else
 * written (a setpoint, a speed, a tuning value) is updated in place and can be written again. Names are read as the
 * tools print them (`/collision_monitor enabled`, `ns=3;s=Line3.Conveyor.Run`, `Line2_SafetyBypass`).
 */

export type ControlEffect = 'safeguard' | 'outage' | 'destroy';

/**
 * Round 37 (ot37): how a control point's effect is recorded, one mapping for every reader (isotpsend, an MCP tool, a
 * PLC library's call): the verb, and the finding's code as the reader's prefix and the effect (`uds_outage`,
 * `mcp_control_point_safeguard_off`): data lost is a delete, an outage and a safeguard off are writes.
 */
const EFFECT_RECORD: Record<ControlEffect, { verb: 'delete' | 'write'; suffix: string }> = {
  destroy: { verb: 'delete', suffix: 'data_lost' },
  outage: { verb: 'write', suffix: 'outage' },
  safeguard: { verb: 'write', suffix: 'safeguard_off' },
};
export function controlEffectRecord(effect: ControlEffect, prefix: string): { verb: 'delete' | 'write'; code: string } {
  const r = EFFECT_RECORD[effect];
  return { verb: r.verb, code: `${prefix}_${r.suffix}` };
}

const TRUE_VALUE = /^(true|1|on|yes|enabled?)$/i;
const FALSE_VALUE = /^(false|0|off|no|disabled?)$/i;
/** A bypass, override or muting of a safety function: set, it defeats the function. */
const BYPASS_NAME = /(bypass|override|mut(e|ing)|inhibit|defeat)/i;
/** A safety function: its switch or setting off defeats it. */
const SAFETY_NAME = /(safety|safeguard|collision|e_?stop|emergency|interlock|watchdog|light_?curtain|guard_?door|geofence|fence|failsafe|protective_?stop)/i;
/** The last part of a name that stops the machine when set (an e-stop, a stop command). */
const STOP_POINT = /^(e_?stop|estop|emergency_?stop|stop|halt|stop_?line|shutdown|power_?off)$/i;
/** The last part of a name that keeps the machine running: cleared, it stops. */
const RUN_POINT = /^(run|running|enabled?|robot_?enabled?|drives?_?enabled?|motors?_?(on|enabled?)|start)$/i;

/** The effect of writing `value` to the control point `name`, or null for an update in place. */
export function controlPointEffect(name: string, value: string): ControlEffect | null {
  const v = value.trim().replace(/^["']|["']$/g, '');
  const last = lastNamePart(name);
  if (BYPASS_NAME.test(name)) return TRUE_VALUE.test(v) ? 'safeguard' : null;
  if (SAFETY_NAME.test(name) && !STOP_POINT.test(last)) return FALSE_VALUE.test(v) ? 'safeguard' : null;
  if (STOP_POINT.test(last) && TRUE_VALUE.test(v)) return 'outage';
  if (RUN_POINT.test(last) && FALSE_VALUE.test(v)) return 'outage';
  return null;
}

/** An OPC UA method or a service that stops the machine by its last name part (`Line3.StopLine`, `EmergencyStop`). */
export function stopsMachine(name: string): boolean {
  return /^(emergency_?stop|e_?stop|estop|stop\w*|halt\w*|shutdown\w*|power_?off)$/i.test(lastNamePart(name));
}

/** The last part of a control point's name as the tools print it (`Line3.Conveyor.Run` → `Run`, `ns=3;s=EStop` → `EStop`). */
function lastNamePart(name: string): string {
  const parts = name.split(/[./:;=\s]+/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? '';
}

/**
 * ArduPilot and PX4 parameters whose 0 switches a safety function off (the parameter references: pre-arm checks, the
 * fence, the throttle, GCS, EKF, battery and crash failsafes, PX4's geofence, datalink, RC-loss and low-battery actions).
 */
const AUTOPILOT_SAFETY_AT_ZERO = /^(ARMING_CHECK|FENCE_ENABLE|FENCE_ACTION|FS_THR_ENABLE|FS_GCS_ENABLE|FS_EKF_ACTION|FS_CRASH_CHECK|BATT\d?_FS_LOW_ACT|BATT\d?_FS_CRT_ACT|GF_ACTION|NAV_DLL_ACT|NAV_RCL_ACT|COM_LOW_BAT_ACT)$/i;

/**
 * The effect of setting an autopilot parameter, or null for a tuning value: a safety parameter at 0 is a safeguard off;
 * a PX4 circuit breaker (`CBRK_*`) set to anything but 0 disables its check; ArduPilot's `FORMAT_VERSION` at 0 makes the
 * next boot reset every parameter (calibrations with them) to its default.
 */
export function autopilotParamEffect(name: string, value: string): ControlEffect | null {
  const v = value.trim();
  if (AUTOPILOT_SAFETY_AT_ZERO.test(name)) return /^0+(\.0*)?$/.test(v) ? 'safeguard' : null;
  if (/^CBRK_\w+$/i.test(name)) return /^0+$/.test(v) ? null : 'safeguard';
  if (/^(FORMAT_VERSION|SYSID_SW_MREV)$/i.test(name) && /^0+$/.test(v)) return 'destroy';
  return null;
}

/**
 * One UDS request (ISO 14229-1) given as hex bytes: `11 01` hardReset (and `02` keyOffOnReset) is a forced restart of
 * the ECU (answer 86's hard reset); `14` ClearDiagnosticInformation loses the fault memory and freeze frames; `85 02`
 * ControlDTCSetting off stops fault recording; `28 01|02|03` CommunicationControl silences the ECU on the bus; `31 01
 * FF 00` starts the eraseMemory routine. Reads, sessions, security access, tester present and a soft reset are
 * writes; another routine, a memory write or a service not listed is not known (null).
 */
export function udsRequestEffect(hex: string): { effect: ControlEffect | 'write'; what: string } | null {
  const bytes = hex.trim().split(/[\s,]+/).map((b) => b.replace(/^0x/i, '')).filter((b) => b !== '');
  if (bytes.length === 0 || bytes.some((b) => !/^[0-9a-f]{1,2}$/i.test(b))) return null;
  const sid = parseInt(bytes[0]!, 16);
  const sub = bytes.length > 1 ? parseInt(bytes[1]!, 16) & 0x7f : -1;
  switch (sid) {
    case 0x11:
      return sub === 1 || sub === 2 ? { effect: 'outage', what: 'a hard reset of the ECU (UDS ECUReset hardReset or keyOffOnReset)' } : { effect: 'write', what: 'resets the ECU softly' };
    case 0x14:
      return { effect: 'destroy', what: 'clears the ECU\'s stored trouble codes and freeze frames (UDS ClearDiagnosticInformation)' };
    case 0x85:
      return sub === 2 ? { effect: 'safeguard', what: 'switches the ECU\'s fault recording off (UDS ControlDTCSetting off)' } : { effect: 'write', what: 'switches fault recording on' };
    case 0x28:
      return sub >= 1 && sub <= 3 ? { effect: 'outage', what: 'silences the ECU\'s normal messages on the bus (UDS CommunicationControl)' } : { effect: 'write', what: 'restores the ECU\'s normal messages' };
    case 0x31:
      if (sub === 1 && /^ff$/i.test(bytes[2] ?? '') && /^0?0$/.test(bytes[3] ?? '')) return { effect: 'destroy', what: 'erases a region of the ECU\'s flash (UDS routine eraseMemory)' };
      return null;
    case 0x10: case 0x22: case 0x19: case 0x3e: case 0x27: case 0x23: case 0x24: case 0x29:
      return { effect: 'write', what: 'reads from the ECU or opens a session' };
    default:
      return null;
  }
}
