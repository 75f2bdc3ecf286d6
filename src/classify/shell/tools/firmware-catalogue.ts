import { operandValues, type ServiceTool } from './catalogue-shape.ts';

/**
 * Round 42 (bl42fw): catalogue entries for the tools of an embedded firmware and IoT fleet team that no older entry
 * names. Older entries (service-catalogue.ts, round 35 edge35) hold esptool, espefuse, idf.py, pio, west, nrfjprog,
 * nrfutil, mcumgr, openocd, STM32_Programmer_CLI, dfu-util, avrdude, flashrom, fastboot, adb and the mosquitto clients.
 *
 * Labels follow "How a case is labelled" and blind42-fw.yaml's description: the project's own build programmed onto a
 * board (an upload, a `flash`, a `loadfile`) is a deploy; a whole-chip or partition erase loses what the device kept
 * (NVS, settings, keys, calibration) and a raw write to an SD card, eMMC or MTD partition is a raw disk overwritten;
 * reads and listings change nothing; a device removed from its fleet or account, a fleet deleted, a device's data volume
 * purged, a remote power-off and a device's web server opened to the internet lose data, take it out of service or open
 * what was closed.
 */

// ---- Arduino CLI (arduino.github.io/arduino-cli, "Command reference") ----------------------------------------------
// `burn-bootloader` erases the chip (the sketch and, on AVR, its EEPROM) and rewrites its fuses; compiles, uploads of the
// sketch (a deploy), core and library installs, and cache cleans are writes; lists, searches, config dumps and the
// serial monitor read.
const ARDUINO_CLI: ServiceTool = {
  names: ['arduino-cli'],
  parser: 'permutes',
  local: true,
  valued: ['-b', '--fqbn', '-p', '--port', '-P', '--programmer', '-l', '--protocol', '-i', '--input-file', '--input-dir', '--build-path', '--output-dir', '--config-file', '--additional-urls', '--log-level', '--log-file', '--format', '-c', '--config', '--build-property', '--library', '--libraries', '--profile', '-m', '--profile'],
  rules: [
    { sub: /^burn-bootloader\b/, effect: 'destroy', what: 'burns the bootloader: the chip is erased (its sketch and EEPROM data) and its fuses rewritten' },
    { sub: /^(board (list|listall|details|search|attach)|core (list|search)|lib (list|search|examples|deps)|config (dump|get)|monitor|version|outdated|sketch archive|debug check)\b/, effect: 'read', what: 'lists, reads or watches the serial port' },
    { sub: /^(compile|upload|core (install|update-index|upgrade|uninstall|download)|lib (install|update-index|upgrade|uninstall|download)|update|upgrade|cache clean|config (init|set|add|remove|delete)|sketch new|daemon|completion|debug)\b/, effect: 'write', what: 'builds or uploads the sketch (a deploy to the board), or installs, updates or removes packages' },
  ],
  otherwise: 'opaque',
};

// ---- Particle CLI (docs.particle.io, "Particle CLI reference") -----------------------------------------------------
// A device removed (unclaimed) from the account, an access token revoked; `call` runs a function of the device's
// firmware that the action does not show; flashing and compiling are a deploy and a build; the rest read or write.
const PARTICLE: ServiceTool = {
  names: ['particle'],
  parser: 'permutes',
  valued: ['--product', '--saveTo', '--target', '-t', '--port', '--baud', '--follow', '--name', '--file'],
  rules: [
    { sub: /^(device (remove|unclaim)|remove|unclaim|token revoke|product device remove)\b/, effect: 'destroy', what: 'removes a device from the account (it stops reporting) or revokes an access token in use' },
    { sub: /^call\b/, effect: 'opaque', what: 'calls a function of the device\'s firmware, which the action does not show' },
    { sub: /^(list|get|subscribe|serial (list|monitor|identify|inspect|mac)|usb (list|configure)|library (search|list|view)|keys (doctor|address)|whoami|help|version|identify|mesh list|variable (list|get)|function list|webhook list|product device list|logic-function list|config list)\b/, effect: 'read', what: 'lists or reads devices, variables and events' },
    { sub: /^(flash|compile|publish|usb (dfu|reset|start-listening|stop-listening|listen|safe-mode|setup-done)|library (add|copy|create|upload|publish|install)|login|logout|update|update-cli|device (add|rename|doctor)|rename|nyan|webhook create|project create|serial (wifi|flash)|cloud (login|list))\b/, effect: 'write', what: 'flashes or builds firmware (a deploy), publishes an event or changes a setting' },
  ],
  otherwise: 'opaque',
};

// ---- balena CLI (docs.balena.io, "balena CLI Documentation") -------------------------------------------------------
// A device or fleet removed, a device's data volume purged, a device shut down (nobody on site to power it on), its
// public URL switched on, an SSH or API key removed, an image written to a drive; pushes and deploys are deploys;
// restarts, reboots, moves, pins and variables added are writes; lists, logs and downloads read.
const BALENA: ServiceTool = {
  names: ['balena'],
  parser: 'permutes',
  valued: ['-f', '--fleet', '-a', '--application', '--app', '-d', '--device', '--drive', '-o', '--output', '--version', '-s', '--service', '--release', '--config-network', '--config-wifi-ssid', '--config-wifi-key', '--source', '-t', '--tail', '--max-retries', '-p', '--port', '--token', '--type', '--dockerfile', '--registry-secrets', '--note', '--release-tag'],
  where: ['-f', '--fleet', '-a', '--application', '--app'],
  rules: [
    { sub: /^(device (rm|remove)|fleet (rm|remove|delete)|app (rm|remove)|release (invalidate|delete)|api-key revoke|key (rm|remove)|ssh-key (rm|remove))\b/, effect: 'destroy', what: 'removes a device, fleet, release or key in use' },
    { sub: /^device purge\b/, effect: 'destroy', what: 'purges the device\'s data volume (/data): what its services kept' },
    { sub: /^device shutdown\b/, effect: 'outage', what: 'shuts the device down: it stays off until someone on site powers it on' },
    { sub: /^device public-url enable\b/, effect: 'safeguard', what: 'opens the device\'s web server to the internet' },
    { sub: /^device public-url disable\b/, effect: 'write', what: 'closes the device\'s public URL' },
    { sub: /^(local flash|os initialize)\b/, effect: 'destroy', what: 'writes an image over a drive: what it held is lost' },
    { sub: /^(fleets|fleet|apps|app|devices|device|logs|envs|env list|releases|release|whoami|version|help|os (versions|download|build-config)|config (read|inject)|tags|tag list|keys|key|api-keys|orgs|settings|util available-drives|device public-url|device local-mode|device os-update --dry-run|ssh|tunnel|local scan|scan|support)( |$)/, effect: 'read', what: 'lists or reads the fleet, its devices and releases, or opens a shell or tunnel to one' },
    { sub: /^(push|deploy|build|preload|login|logout|join|leave|device (restart|reboot|move|pin|track-fleet|rename|register|identify|init|os-update|note|local-mode)|env (add|set|rename)|envs? set|tag (set|rm)|release finalize|fleet (create|rename|pin|track-latest)|app create|key add|api-key generate|os configure|config (write|generate|reconfigure)|device-type list|note)\b/, effect: 'write', what: 'deploys a release, restarts or moves a device, or sets a variable or tag' },
  ],
  otherwise: 'opaque',
};

// ---- Eclipse Mosquitto's mosquitto_ctrl (mosquitto.org/man/mosquitto_ctrl-1.html, dynamic security) ----------------
// A client, group or role deleted loses the account or its grants; a client disabled cannot connect; the default ACL
// access set to `allow` lets every client publish or subscribe where no role says otherwise (permissions widened to all).
const MOSQUITTO_CTRL: ServiceTool = {
  names: ['mosquitto_ctrl'],
  valued: ['-h', '--host', '-p', '--port', '-u', '--username', '-P', '--pw', '-i', '--id', '-o', '--cafile', '--capath', '--cert', '--key', '-L', '--url', '-V', '--protocol-version', '-f'],
  where: ['-h', '--host', '-L', '--url'],
  rules: [
    { sub: /^dynsec (deleteClient|deleteGroup|deleteRole)\b/, effect: 'destroy', what: 'deletes a broker account, group or role' },
    { sub: /^dynsec disableClient\b/, effect: 'outage', what: 'disables a client: it can no longer connect' },
    { sub: /^dynsec setDefaultACLAccess( \S+)* allow\b/, effect: 'safeguard', what: 'allows every client what no role denies: permissions widened to all' },
    { sub: /^dynsec setDefaultACLAccess( \S+)* deny\b/, effect: 'write', what: 'denies by default what no role allows' },
    { sub: /^dynsec (removeRoleACL|removeClientRole|removeGroupRole|removeGroupClient|setClientPassword)\b/, effect: 'write', what: 'changes an account\'s roles, ACLs or password' },
    { sub: /^dynsec (list\w*|get\w*|help)\b/, effect: 'read', what: 'reads the dynamic-security configuration' },
    { sub: /^dynsec (create\w*|add\w*|enableClient|modify\w*)\b/, effect: 'write', what: 'creates or changes an account, group or role' },
  ],
  otherwise: 'opaque',
};

// ---- U-Boot's environment tools (u-boot tools/env, fw_printenv(8)) ------------------------------------------------
// `fw_setenv NAME` with no value deletes the variable; the variables U-Boot boots by or that name the board (bootcmd,
// bootargs, the boot targets, the MAC addresses, the serial number, the MTD layout) deleted leave a board that does not
// boot or has lost its identity. A variable set to a value is a setting edited in place; `-s FILE` a script of edits.
const BOOT_VARIABLE = /^(bootcmd|bootargs|boot_targets|bootcount|altbootcmd|bootfile|fdtfile|fdt_file|mtdparts|mtdids|eth\d*addr|serial#|board_name|board_rev|bootpart|bootdevice|mmcdev|mmcpart)$/;
const FW_SETENV_VALUED = ['-c', '--config', '-f', '--defenv', '-l', '--lock', '-s', '--script'];
const FW_SETENV_VALUED_SET: ReadonlySet<string> = new Set(FW_SETENV_VALUED);
const FW_SETENV: ServiceTool = {
  names: ['fw_setenv'],
  local: true,
  valued: FW_SETENV_VALUED,
  rules: [
    { args: (a) => { const ops = operandValues(a, FW_SETENV_VALUED_SET); const v = ops[0]; return ops.length === 1 && (v === null || (v !== undefined && BOOT_VARIABLE.test(v))); }, effect: 'destroy', what: 'deletes a variable U-Boot boots by or that names the board: it may no longer boot' },
  ],
  otherwise: 'write',
};
const FW_PRINTENV: ServiceTool = { names: ['fw_printenv'], local: true, valued: ['-c', '--config', '-l', '--lock'], rules: [], otherwise: 'read' };

// ---- mtd-utils (infradead.org/mtd-utils) ---------------------------------------------------------------------------
// Erases and raw writes of an MTD partition or a UBI volume lose what it held (a raw volume overwritten); creating,
// attaching and building images are writes; the info and dump tools read.
const MTD_WRITE = (names: string[], what: string, valued: string[] = [], keep?: string[]): ServiceTool => ({ names, local: true, valued, rules: [...(keep ? [{ flags: keep, effect: 'write' as const, what: 'keeps the contents it rewrites' }] : []), { args: () => true, effect: 'destroy', what }], otherwise: 'destroy' });
const MTD_TOOLS: ServiceTool[] = [
  MTD_WRITE(['flash_erase', 'flash_eraseall', 'flash_erase.static'], 'erases an MTD partition: what it held is lost'),
  MTD_WRITE(['nandwrite', 'flashcp', 'mtd_debug_write'], 'writes raw over an MTD partition: what it held is lost', ['-s', '--start', '-p']),
  MTD_WRITE(['ubiformat'], 'formats an MTD partition for UBI (with or without an image): the volumes it held are lost', ['-s', '--sub-page-size', '-O', '--vid-hdr-offset', '-f', '--flash-image', '-S', '--image-size', '-e', '--erase-counter', '-x', '--ubi-ver', '-Q', '--image-seq']),
  MTD_WRITE(['ubirmvol'], 'removes a UBI volume and its data', ['-n', '--vol_id', '-N', '--name']),
  MTD_WRITE(['ubiupdatevol'], 'overwrites (or with -t empties) a UBI volume', ['-s', '--size', '-n', '--vol_id', '-N', '--name']),
  MTD_WRITE(['nandtest'], 'erases and rewrites every block of the partition to test it (the data is lost unless -k)', ['-s', '--seed', '-p', '--passes', '-o', '--offset', '-l', '--length'], ['-k', '--keep']),
  { names: ['mtdinfo', 'ubinfo', 'nanddump', 'mtd_debug_read', 'ubireport'], local: true, valued: ['-f', '--file', '-s', '--startaddress', '-l', '--length', '-d', '--devn', '-n', '--vol_id', '-N', '--name'], rules: [], otherwise: 'read' },
  { names: ['ubiattach', 'ubidetach', 'ubimkvol', 'ubirename', 'ubirsvol', 'ubiblock', 'ubinize', 'mkfs.ubifs', 'mkfs.jffs2', 'sumtool', 'mkenvimage'], local: true, valued: ['-p', '--dev-path', '-m', '--mtdn', '-d', '--devn', '-O', '--vid-hdr-offset', '-N', '--name', '-s', '--size', '-t', '--type', '-o', '--output', '-r', '--root', '-e', '-c', '-x'], rules: [], otherwise: 'write' },
];

// ---- Probes: SEGGER J-Link Commander, pyOCD, probe-rs ---------------------------------------------------------------
// J-Link Commander reads its commands from its input or a command file: `erase` erases the chip, `unlock` (Kinetis)
// mass-erases it; `loadfile`/`loadbin` program an image (a deploy). pyOCD and probe-rs: `erase` erases sectors or the
// chip; `flash`/`load`/`download`/`run` program the project's build; listings, packs and debug servers read or write.
const JLINK: ServiceTool = {
  names: ['JLinkExe', 'JLink.exe', 'JLink'],
  local: true,
  valued: ['-device', '-if', '-speed', '-autoconnect', '-CommandFile', '-CommanderScript', '-SelectEmuBySN', '-IP', '-USB', '-JTAGConf', '-JLinkScriptFile', '-SettingsFile', '-Log', '-ExitOnError', '-NoGui', '-RTTTelnetPort'],
  rules: [],
  input: { fileOptions: ['-CommandFile', '-CommanderScript'], deletes: /(^|\n|\\n)\s*(erase|unlock\s+\w+|exec\s+EnableEraseAllFlashBanks|w[124]\s)/i, what: 'erases the chip (or writes raw memory) through the probe' },
  otherwise: 'opaque',
};
const PYOCD: ServiceTool = {
  names: ['pyocd'],
  parser: 'permutes',
  local: true,
  valued: ['-t', '--target', '-u', '--uid', '--probe', '-f', '--frequency', '-a', '--base-address', '--format', '-O', '-o', '--option', '--config', '--pack', '-c', '--command', '-x', '--execute', '-p', '--port', '-T', '--telnet-port', '-S', '--skip'],
  rules: [
    { sub: /^erase\b/, effect: 'destroy', what: 'erases the chip\'s flash (or sectors of it): the data the device kept' },
    { sub: /^(commander|cmd)\b/, args: (a) => a.some((v) => v === null || /(^|;|\s)(erase|unlock)\b/i.test(v)), effect: 'destroy', what: 'erases the chip through the commander' },
    { sub: /^(list|json|pack (find|show))\b/, effect: 'read', what: 'lists probes, targets or packs' },
    { sub: /^(flash|load|gdbserver|gdb|commander|cmd|pack (install|update|clean)|reset|rtt|server|run)\b/, effect: 'write', what: 'programs the build (a deploy), resets the target or runs a debug server' },
  ],
  otherwise: 'opaque',
};
const PROBE_RS: ServiceTool = {
  names: ['probe-rs', 'cargo-flash', 'cargo-embed'],
  parser: 'permutes',
  local: true,
  valued: ['--chip', '--probe', '--speed', '--protocol', '--format', '--base-address', '--chip-description-path', '--connect-under-reset', '--log-file', '--binary-format'],
  rules: [
    { sub: /^erase\b/, effect: 'destroy', what: 'erases the chip\'s flash' },
    { sub: /^(run|download|attach|gdb|debug|reset|trace|serve|benchmark|verify)\b/, flags: ['--chip-erase'], effect: 'destroy', what: 'erases the whole chip before programming' },
    { sub: /^(list|info|chip (list|info)|read|complete)\b/, effect: 'read', what: 'lists probes or chips, or reads memory' },
    { sub: /^(run|download|attach|gdb|debug|reset|trace|serve|verify)\b/, effect: 'write', what: 'programs the build (a deploy), attaches or resets' },
  ],
  otherwise: 'opaque',
};

// ---- Disk images: bmaptool (yoctoproject bmaptool) and NXP's uuu -----------------------------------------------------
// `bmaptool copy IMAGE DEST` onto a block device overwrites it (a raw disk); onto a file it writes that file. uuu's
// built-in scripts that program a storage device (`-b emmc|emmc_all|sd|sd_all|spl|qspi|nand|fat_write`) overwrite it.
/** bmaptool's valued options but `-o`/`--output`, whose value stays an operand: `copy IMG -o /dev/sdb` names the device last. */
const BMAPTOOL_COPY_VALUED: ReadonlySet<string> = new Set(['--bmap', '--bmap-sig', '--fingerprint', '--gpg-key', '--psplash-pipe']);
const BMAPTOOL: ServiceTool = {
  names: ['bmaptool', 'bmap-tools'],
  parser: 'permutes',
  local: true,
  valued: ['--bmap', '--bmap-sig', '--fingerprint', '--gpg-key', '-o', '--output', '--psplash-pipe'],
  rules: [
    { sub: /^copy\b/, args: (a) => { const ops = operandValues(a, BMAPTOOL_COPY_VALUED); const dest = ops[ops.length - 1]; return dest === null || dest === undefined || /^\/dev\//.test(dest); }, effect: 'destroy', what: 'writes the image over a block device: what the drive held is lost' },
    { sub: /^(copy|create)\b/, effect: 'write', what: 'writes an image or a block map into a file' },
  ],
  otherwise: 'opaque',
};
const UUU: ServiceTool = {
  names: ['uuu', 'uuu.exe'],
  local: true,
  valued: ['-b', '-m', '-t', '-T', '-pp', '-e', '-ps', '-d'],
  rules: [
    { flags: ['-lsusb', '-h', '-H', '-bshow', '-udev'], effect: 'read', what: 'lists devices or prints help' },
    { flagValue: { names: ['-b'], value: /^(emmc|emmc_all|sd|sd_all|spl|qspi|nand|fat_write|emmc_burn_loader|spinand|nvme_all|sd_burn_loader)$/ }, effect: 'destroy', what: 'programs the board\'s storage (eMMC, SD, NAND, QSPI): what it held is lost' },
  ],
  otherwise: 'opaque',
};

// ---- OTA clients on the device and their artefacts: swupdate, Mender --------------------------------------------------
// An image installed into the inactive slot (`swupdate -i`, `mender-update install`) is a deploy; commit and rollback
// switch between slots that are both kept; mender-artifact builds, reads and signs artefact files; mender-cli reads the
// server and uploads artefacts (none of its commands delete).
const OTA_CLIENTS: ServiceTool[] = [
  { names: ['swupdate', 'swupdate-client'], local: true, valued: ['-i', '--image', '-e', '--select', '-k', '--key', '-l', '--loglevel', '-f', '--file', '-H', '--hwrevision', '-w', '--webserver', '-u', '--suricatta', '-p', '--postupdate', '-P', '--preupdate', '-K', '--key-aes', '-t', '--timeout', '-a', '--get-root', '-q', '--dry-run'], dryRun: ['-n', '--dry-run', '-c', '--check'], rules: [], otherwise: 'write' },
  { names: ['mender-update', 'mender'], local: true, valued: ['--config', '--fallback-config', '--data', '--log-level', '--log-file'], rules: [{ sub: /^(show-artifact|show-provides|check-update|version|help)\b/, effect: 'read', what: 'reads the installed artefact' }, { sub: /^(install|commit|rollback|send-inventory|daemon|resume)\b/, effect: 'write', what: 'installs an update into the inactive slot (a deploy), or commits or rolls back between kept slots' }], otherwise: 'opaque' },
  { names: ['mender-artifact'], local: true, valued: ['-t', '--device-type', '-n', '--artifact-name', '-f', '--file', '-o', '--output-path', '-k', '--key', '-s', '--script', '-T', '--type'], rules: [{ sub: /^(read|validate|dump|ls|cat)\b/, effect: 'read', what: 'reads an artefact' }, { sub: /^(write|sign|modify|cp|install)\b/, effect: 'write', what: 'writes or signs an artefact file' }], otherwise: 'opaque' },
  { names: ['mender-cli'], parser: 'permutes', valued: ['--server', '--username', '--password', '--token', '--description', '--generate-autocomplete'], where: ['--server'], rules: [{ sub: /^(devices list|artifacts list|artifacts download|terminal|port-forward|cp|help)\b/, effect: 'read', what: 'reads devices or artefacts, or opens a terminal to a device' }, { sub: /^(login|artifacts upload)\b/, effect: 'write', what: 'logs in or uploads an artefact' }], otherwise: 'opaque' },
];

// ---- ESP-IDF's partition and OTA tools (round 44, sh44) ------------------------------------------------------------
// ESP-IDF ships them as Python scripts under $IDF_PATH (components/partition_table/parttool.py,
// components/app_update/otatool.py, components/nvs_flash/nvs_partition_generator/nvs_partition_gen.py: ESP-IDF "Partition
// Tables", "Over The Air Updates (OTA)", "NVS Partition Generator Utility"), run by `python PATH …` (shells.ts reads the
// script's name, SCRIPT_NAMED_TOOLS). Their global options (the port, the partition table) come before the operation.
const ESP_IDF_GLOBAL = ['-p', '--port', '-b', '--baud', '--partition-table-offset', '--partition-table-file', '--esptool-args', '--esptool-write-args', '--esptool-read-args', '--esptool-erase-args', '--primary-bootloader-offset', '--recovery-bootloader-offset'];
// parttool: `read_partition` copies a partition into a local file and `get_partition_info` prints its place; an erase of a
// partition loses what it kept (NVS settings and keys, a filesystem); `write_partition` replaces the named partition with a
// file, a data partition (the device's files) or an application alike, and the line does not say which: unknown.
const ESP_PARTTOOL: ServiceTool = {
  names: ['parttool.py'],
  local: true,
  valued: ESP_IDF_GLOBAL,
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
    { sub: /^(read_partition|get_partition_info)\b/, effect: 'read', what: 'reads a partition or its place in the table' },
    { sub: /^erase_partition\b/, effect: 'destroy', what: 'erases a partition of the chip\'s flash: the settings, keys or files it kept' },
  ],
  otherwise: 'opaque',
};
// otatool: the otadata partition says which OTA slot boots. `read_otadata` and `read_ota_partition` read;
// `switch_ota_partition` picks the slot that boots next (switched back, the other image is still there); an application
// image written into an OTA slot is a deploy, as esptool's `write_flash` at the image offsets is. `erase_otadata` and
// `erase_ota_partition` are left to the catalogue's unknown (fail closed).
const ESP_OTATOOL: ServiceTool = {
  names: ['otatool.py'],
  local: true,
  valued: ESP_IDF_GLOBAL,
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
    { sub: /^(read_otadata|read_ota_partition)\b/, effect: 'read', what: 'reads the boot selection or an OTA slot' },
    { sub: /^(switch_ota_partition|write_ota_partition)\b/, effect: 'write', what: 'chooses the OTA slot that boots next, or writes an application image into a slot: a deploy to the board' },
  ],
  otherwise: 'opaque',
};
// nvs_partition_gen: `generate`, `generate-key`, `encrypt` and `decrypt` write local files (a partition image from a CSV,
// a key file); nothing reaches the device.
const ESP_NVS_GEN: ServiceTool = {
  names: ['nvs_partition_gen.py'],
  local: true,
  valued: [],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
    { sub: /^(generate|generate-key|encrypt|decrypt)\b/, effect: 'write', what: 'writes a partition image or a key file on this machine' },
  ],
  otherwise: 'opaque',
};

export const FIRMWARE_TOOLS: ServiceTool[] = [ARDUINO_CLI, PARTICLE, BALENA, MOSQUITTO_CTRL, FW_SETENV, FW_PRINTENV, ...MTD_TOOLS, JLINK, PYOCD, PROBE_RS, BMAPTOOL, UUU, ...OTA_CLIENTS, ESP_PARTTOOL, ESP_OTATOOL, ESP_NVS_GEN];

/** A device command that names a factory reset, a wipe or an erase. */
const DEVICE_WIPE_COMMAND = /^(factory[-_]?reset|wipe([-_](data|all|device|storage|flash))?|erase[-_](flash|all|data|nvs|storage|config)|format[-_](storage|data|flash)|reset[-_]to[-_]factory|decommission|unprovision|deprovision)$/i;

/**
 * Round 42 (bl42fw): a command published to a device's (or a fleet's) command topic whose command field names a factory
 * reset, a wipe or an erase (`{"cmd":"factory_reset"}`, `{"action":"wipe_data"}`, a bare `factory-reset`): the devices
 * that receive it erase what they kept, as the HTTP `…/factory-reset` and the IoT Hub direct method `factoryReset` do.
 * A reboot, an OTA or a read stays what it was.
 */
export function publishedCommandWipes(payload: string | null | undefined): boolean {
  if (payload === null || payload === undefined) return false;
  const text = payload.trim();
  if (DEVICE_WIPE_COMMAND.test(text)) return true;
  let fields: unknown;
  try {
    fields = JSON.parse(text);
  } catch {
    return false;
  }
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return false;
  return Object.entries(fields as Record<string, unknown>).some(([k, v]) => /^(cmd|command|action|op|operation|method|type)$/i.test(k) && typeof v === 'string' && DEVICE_WIPE_COMMAND.test(v));
}
