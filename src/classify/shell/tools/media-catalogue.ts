import type { ServiceRule, ServiceTool } from './catalogue-shape.ts';

/**
 * Round 44 (bl44media): catalogue entries for a broadcast team's tape library and studio tools that no entry read before:
 * `mtx` (a tape library's robot), LTFS's `ltfsck` and `mkltfs`, and `obs-cmd` (OBS Studio over obs-websocket). Data in the
 * shape of service-catalogue.ts's ServiceTool (spread there). `mt` and `tar` onto a tape are backup-catalogue.ts's and
 * filesystem.ts's.
 *
 * Labels follow "How a case is labelled" and blind44-media.yaml's description: a cartridge moved between slots and drives
 * loses nothing; an LTFS volume formatted, rolled back to an earlier generation or deep-recovered (which may erase blocks)
 * loses what the tape held after that point; the studio's live stream stopped is off air, while a recording stopped is
 * saved and a scene switched is a write.
 */

const HELP: ServiceRule = { flags: ['--help', '-h'], effect: 'read', what: 'help' };

/**
 * mtx(1) (mtx.sourceforge.net): `status` and `inquiry` read the library; `load`, `unload`, `first`, `last`, `next`,
 * `previous`, `transfer`, `eepos` move cartridges between slots, drives and the mail slot: nothing on a tape changes.
 * `-f DEVICE` names the changer.
 */
const MTX: ServiceTool = {
  names: ['mtx'],
  valued: ['-f'],
  local: true,
  rules: [
    HELP,
    { sub: /^(status|inquiry|inventory|--version)( |$)/, effect: 'read', what: "reads the library's slots and drives" },
    { sub: /^(load|unload|first|last|next|previous|transfer|eepos|position|invert|altres|nobarcode|noattach|barcodes)( |$)/, effect: 'write', what: 'moves a cartridge between a slot and a drive: the tapes keep what they hold' },
  ],
  otherwise: 'fallback',
};

/** ltfsck's options that only check, verify, report or add recovered blocks under `_ltfs_lostandfound`. */
const LTFSCK_CHECKING = new Set(['-g', '--generation', '-n', '--no-rollback', '-f', '--full-recovery', '-v', '-q', '--quiet', '-t', '--trace', '-V', '--version', '-p', '--print-order', '-m', '--full-index-info']);

/**
 * ltfsck(8) (LTFS, IBM Storage Archive Command Reference): `-l|--list-rollback-points` lists generations; `-r|--rollback`
 * rolls the volume back to the generation `-g` names (what was written after it is gone); `-z|--deep-recovery` "some
 * blocks might be erased"; without them it verifies and recovers an inconsistent volume (`-n|--no-rollback`, the
 * default). Another option is not read (fail closed).
 */
const LTFSCK: ServiceTool = {
  names: ['ltfsck'],
  valued: ['-g', '--generation', '-v', '-e', '-i', '--config'],
  local: true,
  rules: [
    HELP,
    { flags: ['-r', '--rollback', '-z', '--deep-recovery'], effect: 'destroy', what: 'rolls the LTFS volume back to an earlier generation or deep-recovers it: what the tape held after that point is lost' },
    { flags: ['-l', '--list-rollback-points'], effect: 'read', what: "lists the volume's rollback points" },
    { args: (a) => a.every((w) => w === null || !w.startsWith('-') || LTFSCK_CHECKING.has(w.replace(/=.*$/, ''))), effect: 'write', what: 'verifies and recovers an inconsistent LTFS volume' },
  ],
  otherwise: 'opaque',
};

/** mkltfs(8): formats a tape as an LTFS volume (`-w|--wipe` unformats it): everything on the cartridge is gone. */
const MKLTFS: ServiceTool = {
  names: ['mkltfs'],
  valued: ['-d', '--device', '-s', '--tape-serial', '-n', '--volume-name', '-r', '--rules', '-b', '--blocksize', '-e', '--backend', '-i', '--config'],
  local: true,
  rules: [
    HELP,
    { flags: ['-V', '--version'], effect: 'read', what: 'version' },
    { sub: /^/, effect: 'destroy', what: 'formats (or with `-w` wipes) the tape: everything on the cartridge is gone' },
  ],
  otherwise: 'destroy',
};

/**
 * obs-cmd (github.com/grigio/obs-cmd, README "Usage"): OBS Studio over obs-websocket v5, `obs-cmd [--websocket
 * obsws://HOST:PORT/PASSWORD] COMMAND`. `streaming stop` (and `toggle`, which stops a running stream) takes the broadcast
 * off air; recordings, the replay buffer and the virtual camera stopped keep or lose nothing; scenes, filters, mutes and
 * hotkeys are writes; `info` and the `status` words read.
 */
const OBS_CMD: ServiceTool = {
  names: ['obs-cmd'],
  parser: 'permutes',
  valued: ['-w', '--websocket'],
  where: ['-w', '--websocket'],
  rules: [
    HELP,
    { sub: /^streaming (stop|toggle)( |$)/, effect: 'outage', what: 'stops the live stream: the broadcast is off air until it is started again' },
    { sub: /^(info|\S+ status)( |$)/, effect: 'read', what: "reads OBS's state" },
    { sub: /^(streaming start|recording|replay|virtual-camera|scene|scene-collection|scene-item|filter|toggle-mute|audio|hotkey|save-screenshot|fullscreen-projector|source-projector|media-input|trigger-hotkey)( |$)/, effect: 'write', what: 'switches a scene, starts the stream, or starts, stops or saves a recording: nothing is lost' },
  ],
  otherwise: 'opaque',
};

/** The broadcast team's tape library and studio tools (spread into SERVICE_TOOLS). */
export const MEDIA_TOOLS: readonly ServiceTool[] = [MTX, LTFSCK, MKLTFS, OBS_CMD];
