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
  // Round 37 (ot37): a PLC tag's words joined by `_` (`Line3_Conveyor_Run`, `Cell2_EStop`): its last word, when it is
  // one that runs or stops the machine (not `enable`, which names many things' switches).
  const word = /_(run|running|start|stop|e_?stop|estop|halt)$/i.exec(last)?.[1] ?? last;
  // An e-stop tag (`Cell4_EStop`) is a stop point; a safety function's switch that ends in `_stop` (`enable_collision_stop`) is not.
  if (SAFETY_NAME.test(name) && !STOP_POINT.test(last) && !/^(e_?stop|estop|emergency_?stop)$/i.test(word)) return FALSE_VALUE.test(v) ? 'safeguard' : null;
  if ((STOP_POINT.test(last) || STOP_POINT.test(word)) && TRUE_VALUE.test(v)) return 'outage';
  if ((RUN_POINT.test(last) || RUN_POINT.test(word)) && FALSE_VALUE.test(v)) return 'outage';
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

/**
 * Round 37 (ot37): calls of the Python libraries that reach a PLC, a fieldbus or an ECU (`python3 -c "…"`), as data: the
 * library (an imported module's first part), the method (the call's last name part) and what its literal arguments
 * (a string's value or a literal's text, null when built at run time) do. A tag written is a control point
 * (controlPointEffect: pycomm3 `write(('Tag', v))` or `write('Tag', v)`, pylogix `Write('Tag', v)`, pyads
 * `write_by_name('Tag', v)`); snap7's `plc_stop` and pyads's `write_control` to STOP or CONFIG stop the PLC's program;
 * udsoncan's services are the UDS requests they send (udsRequestEffect: `ecu_reset(1)` is `11 01`, `clear_dtc` `14`,
 * `control_dtc_setting(2)` `85 02`, `communication_control(3, …)` `28 03`); python-OBD's `CLEAR_DTC` is mode 04, which
 * clears the trouble codes, freeze frames and readiness monitors. Anything else the libraries do is judged as before.
 */
interface LibraryMethod {
  readonly library: RegExp;
  readonly method: RegExp;
  readonly effect: (args: ReadonlyArray<string | null>) => ControlEffect | 'write' | null;
  readonly what: string;
}
/** A tag's name and value from a write call: `('Tag', v)` as one tuple, or two arguments. */
function tagWrite(args: ReadonlyArray<string | null>): ControlEffect | 'write' | null {
  const tuple = args.length === 1 ? /^\(\s*(['"])([^'"]+)\1\s*,\s*([^,()]+?)\s*,?\s*\)$/.exec(args[0] ?? '') : null;
  const name = tuple ? tuple[2]! : args[0];
  const value = tuple ? tuple[3]! : args[1];
  if (name === null || name === undefined || value === null || value === undefined) return null;
  return controlPointEffect(name, value) ?? 'write';
}
/** A udsoncan service's first argument as the byte of its UDS request (a number, or the symbolic names of udsoncan's enums). */
const UDS_SYMBOLS: Readonly<Record<string, number>> = { hardreset: 1, keyoffonreset: 2, softreset: 3, on: 1, off: 2, enablerxandtx: 0, enablerxanddisabletx: 1, disablerxandenabletx: 2, disablerxandtx: 3 };
function udsByte(arg: string | null | undefined): string | null {
  if (arg === null || arg === undefined) return null;
  const n = /^(0x[0-9a-f]+|\d+)$/i.test(arg.trim()) ? Number(arg.trim()) : UDS_SYMBOLS[(arg.split('.').pop() ?? '').toLowerCase()];
  return n === undefined || Number.isNaN(n) || n > 0xff ? null : n.toString(16).padStart(2, '0');
}
function udsService(sid: string): (args: ReadonlyArray<string | null>) => ControlEffect | 'write' | null {
  return (args) => {
    const sub = sid === '14' ? 'ff' : udsByte(args[0]);
    return sub === null ? null : (udsRequestEffect(`${sid} ${sub}`)?.effect ?? null);
  };
}
const LIBRARY_METHODS: readonly LibraryMethod[] = [
  { library: /^(pycomm3|pylogix|pyads)$/, method: /^(write|Write|write_by_name|write_tag)$/, effect: tagWrite, what: 'writes a tag of the PLC' },
  { library: /^snap7$/, method: /^plc_stop$/, effect: () => 'outage', what: 'puts the PLC\'s CPU in STOP: its program stops running the line' },
  { library: /^pyads$/, method: /^write_control$/, effect: (a) => (/ADSSTATE_(STOP|CONFIG|RECONFIG|SHUTDOWN|RESET)\b|^(6|15|16)$/.test(a[0] ?? '') ? 'outage' : a[0] === null || a[0] === undefined ? null : 'write'), what: 'switches the TwinCAT runtime to STOP or CONFIG: the PLC program stops' },
  { library: /^udsoncan$/, method: /^ecu_reset$/, effect: udsService('11'), what: 'hard-resets the ECU (UDS ECUReset hardReset or keyOffOnReset)' },
  { library: /^udsoncan$/, method: /^clear_dtc$/, effect: udsService('14'), what: 'clears the ECU\'s stored trouble codes and freeze frames (UDS ClearDiagnosticInformation)' },
  { library: /^udsoncan$/, method: /^control_dtc_setting$/, effect: udsService('85'), what: 'switches the ECU\'s fault recording off (UDS ControlDTCSetting off)' },
  { library: /^udsoncan$/, method: /^communication_control$/, effect: udsService('28'), what: 'silences the ECU\'s normal messages on the bus (UDS CommunicationControl)' },
  { library: /^obd$/, method: /^(query|send)$/, effect: (a) => (a.some((v) => v !== null && /\bCLEAR_DTC\b/.test(v)) ? 'destroy' : null), what: 'clears the trouble codes, freeze frames and readiness monitors (OBD mode 04)' },
];

/**
 * What a call of a PLC, fieldbus or diagnostics library does (LIBRARY_METHODS), when the code imports the library: null
 * for a call that is not one of theirs; `write` for one that changes the machine in place.
 */
export function libraryCallEffect(imports: ReadonlyArray<string>, api: string, args: ReadonlyArray<string | null>): { effect: ControlEffect | 'write'; what: string } | null {
  const method = api.split('.').pop() ?? '';
  const libraries = imports.map((m) => m.split('.')[0]!);
  for (const entry of LIBRARY_METHODS) {
    if (!entry.method.test(method) || !libraries.some((l) => entry.library.test(l))) continue;
    const effect = entry.effect(args);
    if (effect !== null) return { effect, what: entry.what };
  }
  return null;
}

/**
 * Round 38 (ot38, the lead's answer 381.2): one line of PX4's NuttX shell (NSH, reached by `mavlink_shell.py`, or a
 * `px4-<module>` alias on a Linux flight computer), read as the command it runs on the vehicle. From PX4's module
 * reference: `param reset_all` (and `reset_nostart`) puts every parameter, calibrations with them, back to its default;
 * `param reset` by a wildcard does so for a whole group; `param set` is judged by autopilotParamEffect; `commander arm
 * -f` arms past the pre-flight checks, `disarm -f` stops the motors in the air, `lockdown on` and `poweroff` stop the
 * vehicle; a module's `stop` takes that part of the flight stack down; `rm` deletes from the vehicle's storage (flight
 * logs, parameter files, missions) and `mkfatfs` formats it. `reboot` restarts the autopilot (as a reboot_autopilot
 * tool: a write); reads and status are reads. A command not listed is not known (null: the line stays unknown).
 */
const NSH_READS = new Set(['ls', 'cat', 'echo', 'free', 'ps', 'top', 'dmesg', 'ver', 'listener', 'work_queue', 'perf', 'df', 'uname', 'date', 'help', '?', 'exit', 'sleep', 'usleep', 'hardfault_log', 'uorb', 'mount', 'bsondump', 'pwd', 'cd', 'true', 'false']);
const NSH_WRITES = new Set(['mkdir', 'cp', 'tune_control', 'led_control', 'sd_bench', 'set', 'export']);
const PARAM_READS = new Set(['show', 'show-for-airframe', 'status', 'find', 'index', 'index_used', 'compare', 'greater', 'get', 'help']);
const PARAM_WRITES = new Set(['set-default', 'touch', 'save', 'select', 'select-backup', 'import', 'load']);
const COMMANDER_WRITES = new Set(['takeoff', 'land', 'transition', 'mode', 'pair', 'calibrate', 'check', 'status', 'set_ekf_origin', 'start', 'help']);
export function nshCommandEffect(words: ReadonlyArray<string>): { effect: ControlEffect | 'write' | 'read'; what: string } | null {
  const [command, sub, ...rest] = words;
  if (command === undefined) return { effect: 'read', what: 'nothing' };
  const force = rest.includes('-f') || sub === '-f';
  if (command === 'param') {
    if (sub === undefined || PARAM_READS.has(sub)) return { effect: 'read', what: 'reads parameters' };
    if (sub === 'reset_all' || sub === 'reset_nostart') return { effect: 'destroy', what: 'resets every parameter of the vehicle (its calibrations with them) to the default' };
    if (sub === 'reset') return rest.some((r) => r.includes('*')) ? { effect: 'destroy', what: 'resets a whole group of parameters (a wildcard) to the default' } : { effect: 'write', what: 'resets the named parameters' };
    if (sub === 'set' && rest[0] !== undefined && rest[1] !== undefined) {
      const effect = autopilotParamEffect(rest[0], rest[1]);
      return effect === null ? { effect: 'write', what: `sets \`${rest[0]}\`` } : { effect, what: `sets \`${rest[0]} ${rest[1]}\`: ${effect === 'destroy' ? 'every parameter is reset at the next boot' : 'a safety check or failsafe of the vehicle switched off'}` };
    }
    return PARAM_WRITES.has(sub) ? { effect: 'write', what: `\`param ${sub}\`` } : null;
  }
  if (command === 'commander') {
    if (sub === 'arm') return force ? { effect: 'safeguard', what: 'arms the vehicle past its pre-flight checks' } : { effect: 'write', what: 'arms the vehicle' };
    if (sub === 'disarm') return force ? { effect: 'outage', what: 'disarms by force: the motors stop whatever the vehicle is doing' } : { effect: 'write', what: 'disarms the vehicle' };
    if (sub === 'lockdown') return rest[0] === 'off' ? { effect: 'write', what: 'lifts the actuators\' lockdown' } : { effect: 'outage', what: 'locks the actuators down: the motors stop' };
    if (sub === 'poweroff' || sub === 'stop') return { effect: 'outage', what: `\`commander ${sub}\` stops the vehicle's state machine or powers it off` };
    return sub !== undefined && COMMANDER_WRITES.has(sub) ? { effect: 'write', what: `\`commander ${sub}\`` } : null;
  }
  if (command === 'rm') return { effect: 'destroy', what: `deletes \`${words.slice(1).filter((w) => !w.startsWith('-')).join(' ')}\` from the vehicle's storage (flight logs, parameters or missions)` };
  if (command === 'mkfatfs' || command === 'mkfs') return { effect: 'destroy', what: 'formats the vehicle\'s storage' };
  if (command === 'reboot') return { effect: 'write', what: 'restarts the autopilot' };
  if (command === 'shutdown') return { effect: 'outage', what: 'shuts the autopilot down' };
  if (NSH_READS.has(command)) return { effect: 'read', what: `\`${command}\`` };
  if (NSH_WRITES.has(command)) return { effect: 'write', what: `\`${command}\`` };
  // Any module's own verbs (PX4's ModuleBase): `status` and `help` read, `start` starts it, `stop` takes it down.
  if (/^[a-z][a-z0-9_]*$/.test(command) && (sub === 'status' || sub === 'help' || sub === 'info')) return { effect: 'read', what: `\`${command} ${sub}\`` };
  if (/^[a-z][a-z0-9_]*$/.test(command) && sub === 'start') return { effect: 'write', what: `starts \`${command}\`` };
  if (/^[a-z][a-z0-9_]*$/.test(command) && sub === 'stop') return { effect: 'outage', what: `stops \`${command}\`, a module of the vehicle's flight stack` };
  return null;
}
