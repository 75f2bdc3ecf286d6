import type { ServiceTool } from './catalogue-shape.ts';

/**
 * Round 42 (nxa42): a host's own volume and update tools nobody had catalogued, each from its manual, as data in the shape of
 * service-catalogue.ts's ServiceTool (spread there).
 * - Debian's cryptsetup wrappers, cryptdisks_start(8) and cryptdisks_stop(8): they map or unmap the crypttab entries named,
 *   through `cryptsetup open|close`, which refuses a device in use. The lead's answers 429.7 and 437.2: unmapping a device
 *   not in use is a write; a production-named one, or a live tier the line names (an ssh host, the session's host), stays
 *   out of service, as `cryptsetup close`.
 * - macOS softwareupdate(8): `--list`, `--history` and the catalogue read; downloads and installs are writes (a restart
 *   of one's own machine is a write: answer 80); `--schedule off` switches off the automatic checks through which critical
 *   and security updates are installed: a safeguard off (the lead's answer 435.4).
 */

type Tool = ServiceTool;

const CRYPTDISKS_STOP: Tool = {
  names: ['cryptdisks_stop'],
  local: true,
  valued: [],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
    { sub: /^\S/, unlessLive: true, effect: 'write', what: 'unmaps crypttab entries not in use (cryptsetup refuses one in use)' },
    { sub: /^\S/, effect: 'outage', what: 'unmaps a production-named device, or one on a live host: what uses it stops' },
  ],
  otherwise: 'opaque',
};

const CRYPTDISKS_START: Tool = {
  names: ['cryptdisks_start'],
  local: true,
  valued: [],
  rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'prints help' }],
  otherwise: 'write',
};

const SOFTWAREUPDATE: Tool = {
  names: ['softwareupdate'],
  local: true,
  valued: ['--product-types', '--os-only', '--fetch-full-installer', '--full-installer-version', '--user', '--stdinpass', '--ignore'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
    { flags: ['--schedule'], sub: /^(off|no|false)$/i, effect: 'safeguard', what: 'switches off the automatic update checks: critical and security updates are no longer installed (answer 435.4)' },
    { flags: ['--schedule'], sub: /^((on|yes|true))?$/i, effect: 'write', what: 'shows or switches on the automatic update checks' },
    { flags: ['-l', '--list', '--history', '--dump-state', '--evaluate-products', '--list-full-installers'], effect: 'read', what: 'lists updates or the install history' },
    { flags: ['-i', '-a', '-d', '-r', '-R', '-ia', '-ai', '-iaR', '-iR', '-aiR', '-da', '-ad', '--install', '--download', '--all', '--recommended', '--restart', '--fetch-full-installer', '--install-rosetta', '--reset-ignored', '--background', '--background-critical'], effect: 'write', what: "downloads or installs updates (a restart of one's own machine: answer 80)" },
  ],
  otherwise: 'opaque',
};

export const NXA42_HOST_TOOLS: readonly Tool[] = [CRYPTDISKS_STOP, CRYPTDISKS_START, SOFTWAREUPDATE];
