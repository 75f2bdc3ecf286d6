import type { Invocation } from '../invocation.ts';
import type { FactsBuilder, Span } from '../../builder.ts';
import { controlEffectRecord, nshCommandEffect } from '../../control-points.ts';

/**
 * Round 38 (ot38, the lead's answer 381.2): PX4's `Tools/mavlink_shell.py` opens the vehicle's NuttX shell over MAVLink
 * (serial or UDP) and runs the lines it reads on its standard input there: a remote shell of the vehicle. Each line fed
 * to it (a here-doc, `echo … |`, `printf … |`) is judged as that command on the vehicle (control-points.ts
 * nshCommandEffect); lines it cannot see (a file, another program's output) or a command not known leave it unknown
 * (fail closed). Without any input it is a console for a person to type into (as before: a write).
 */
const VEHICLE_SHELL_SCRIPT = /(^|\/)mavlink_shell\.py$/;

export function isVehicleShellScript(path: string | null | undefined): boolean {
  return path !== null && path !== undefined && VEHICLE_SHELL_SCRIPT.test(path);
}

/** Where the NSH lines of a script start: after NuttX's prompt (`nsh> param show`), split at `;`, `&&` and `||`. */
function nshLines(text: string): string[][] {
  return text
    .split(/\n|;|&&|\|\|/)
    .map((l) => l.replace(/\r/g, '').replace(/^\s*nsh>\s*/, '').replace(/#.*$/, '').trim())
    .filter((l) => l !== '')
    .map((l) => l.split(/\s+/).map((w) => w.replace(/^(["'])(.*)\1$/, '$2')));
}

/** Judges the lines run on the vehicle; `how` names the door (`mavlink_shell.py`, `px4-param`, a serial device). */
function judgeNshLines(b: FactsBuilder, span: Span, lines: string[][], how: string): void {
  b.verb('network', 'exec');
  let written = false;
  for (const words of lines) {
    const line = words.join(' ');
    const fx = nshCommandEffect(words);
    if (fx === null) {
      b.verb('write').opaque('vehicle_shell_unknown', `${how} runs \`${line.slice(0, 60)}\` on the vehicle, a command we do not know`, span);
      continue;
    }
    if (fx.effect === 'read') continue;
    if (fx.effect === 'write') {
      written = true;
      continue;
    }
    const record = controlEffectRecord(fx.effect, 'vehicle_shell');
    b.verb(record.verb).destroy(record.code, `${how} runs \`${line.slice(0, 60)}\` on the vehicle: ${fx.what}`, span);
  }
  if (written) b.verb('write');
}

/** `mavlink_shell.py [PORT|ADDRESS] [options]` (run directly or by Python): the lines of its standard input. */
export function vehicleShell(inv: Invocation, script: string): void {
  const b = inv.env.b;
  const how = `\`${script.replace(/^.*\//, '')}\``;
  if (inv.stdin === null) {
    b.verb('write').finding('vehicle_console', `${how} opens the vehicle's shell for a person to type into`, inv.span);
    return;
  }
  if (inv.stdin.text === null || inv.stdin.file !== undefined) {
    b.verb('write').opaque('vehicle_shell_unseen', `${how} runs lines from ${inv.stdin.producer} on the vehicle, which the action does not show`, inv.span);
    return;
  }
  judgeNshLines(inv.env.b, inv.span, nshLines(inv.stdin.text), how);
}

/**
 * PX4 on a Linux flight computer (posix build: VOXL, Navio, a companion running PX4) installs each module as a command
 * `px4-<module>` that hands its arguments to the running PX4 (`px4-param set …`, `px4-commander arm -f`, `px4-listener`):
 * the same NSH command, judged as above.
 */
export function px4Alias(inv: Invocation): void {
  const module = inv.name.replace(/^.*\//, '').slice('px4-'.length);
  if (inv.args.some((a) => a.value === null)) {
    inv.env.b.verb('write').opaque('vehicle_shell_unseen', `\`${inv.name}\` runs a command on the vehicle that the action does not fix`, inv.span);
    return;
  }
  judgeNshLines(inv.env.b, inv.span, [[module, ...inv.args.map((a) => a.value!)]], `\`${inv.name}\``);
}

export const PX4_ALIAS = /^px4-[a-z][a-z0-9_]*$/;

/**
 * Round 38b (n4, the lead's answer 396.8): a flight controller's serial device (`/dev/ttyACM0` is how PX4's USB port
 * appears; `ttyUSB`, `ttyS`, `ttyAMA`, `ttyTHS`, `/dev/serial/by-id/…`, macOS `tty.`/`cu.usbmodem…`) written straight to
 * by a redirect (`echo 'param reset_all' > /dev/ttyACM0`) types those lines into the vehicle's NuttX shell, as
 * mavlink_shell.py does. Shown text that speaks NSH (a line nshCommandEffect knows) is judged line by line, each line
 * not known unknown; text the action does not show (`cat cmds.txt >`, another program's output) is unknown (fail
 * closed). Shown text with no NSH line at all (a modem's `AT+GMR`) is another device's protocol: judged as before.
 */
const SERIAL_DEVICE = /^\/dev\/(tty(ACM|USB|S|AMA|THS|HS|O|mxc)\d+|serial\/by-(id|path)\/[^/]+|(tty|cu)\.(usbmodem|usbserial)[^/]*)$/;
export function isSerialDevice(abs: string): boolean {
  return SERIAL_DEVICE.test(abs);
}

export function serialDeviceWrite(b: FactsBuilder, device: string, text: string | null, span: Span): void {
  const how = `a write to \`${device}\``;
  if (text === null) {
    b.verb('write').opaque('vehicle_shell_unseen', `${how} sends lines the action does not show to the device (a flight controller's shell runs them)`, span);
    return;
  }
  const lines = nshLines(text);
  if (!lines.some((words) => nshCommandEffect(words) !== null)) return;
  judgeNshLines(b, span, lines, how);
}
