import type { ServiceTool } from './catalogue-shape.ts';

/**
 * Round 42 (atk42): the units whose disabling is a safeguard or the way in off (the lead's answers 427.3 and 435.4), as
 * one list every reading shares: firewalls and intrusion blockers, SSH and remote-desktop servers, VPN endpoints, the
 * network managers, mandatory access control, audit logging and the automatic security updates. Words of unit names
 * (an instance after `@`, a `.service`, `.socket` or `.timer` suffix allowed); systemctl's disable and mask
 * (service-catalogue.ts) read them; SAFEGUARD_UNIT, the units that back up, snapshot or log, lives here too. And the init tools that switch such a unit off at the next boot that no catalogue had: `chkconfig`
 * (Red Hat's SysV links) and `dconf` (the key store under gsettings, where the screen lock is switched off).
 */
/**
 * The units that install security updates by themselves (the lead's answers 435.4 and 441.2, nxa42 and atk42): Debian's
 * `unattended-upgrades` and the `apt-daily-upgrade` timer and service that run it, dnf-automatic's units that may install
 * (`dnf-automatic`, which installs when automatic.conf says so, and `dnf-automatic-install`; not `-notifyonly` or
 * `-download`, which install nothing), dnf5's `dnf5-automatic`, yum-cron and PackageKit's offline updates. `apt-daily`
 * (lists and downloads only) is not one.
 */
export const SECURITY_UPDATE_UNIT_WORDS = ['unattended-upgrades', 'unattended-upgrade', 'apt-daily-upgrade', 'dnf-automatic', 'dnf-automatic-install', 'dnf5-automatic', 'yum-cron', 'packagekit-offline-update'];

export const GUARD_UNIT_WORDS = [
  // firewalls and blockers
  'ufw', 'firewalld', 'nftables', 'iptables', 'ip6tables', 'netfilter-persistent', 'iptables-persistent', 'shorewall', 'shorewall6', 'csf', 'lfd',
  'ferm', 'firehol', 'arno-iptables-firewall', 'fail2ban', 'crowdsec', 'crowdsec-firewall-bouncer', 'sshguard', 'denyhosts',
  // ways in
  'ssh', 'sshd', 'openssh-server', 'dropbear', 'xrdp', 'xrdp-sesman', 'cockpit', 'tailscaled', 'zerotier-one', 'openvpn', 'openvpn-server',
  'openvpn-client', 'wg-quick', 'strongswan', 'strongswan-starter', 'ipsec',
  // the network
  'networkmanager', 'network-manager', 'systemd-networkd', 'systemd-resolved', 'networking', 'network', 'wicked',
  // mandatory access control and audit
  'apparmor', 'auditd',
  // the automatic security updates (SECURITY_UPDATE_UNIT_WORDS)
  ...SECURITY_UPDATE_UNIT_WORDS,
];

/** One of WORDS as a whole unit name in a line (`ssh`, `ssh.service`, `wg-quick@wg0`, `apt-daily-upgrade.timer`). */
function unitNamed(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[-.]/g, (c) => `\\${c}`)).join('|');
  return new RegExp(`(?:^|\\s)(?:${escaped})(?:@\\S*)?(?:\\.service|\\.socket|\\.timer)?(?=\\s|$)`, 'i');
}
/** A unit that guards the machine or is the way in (GUARD_UNIT_WORDS), security updates included. */
export const GUARD_UNIT = unitNamed(GUARD_UNIT_WORDS);
/** A unit that installs security updates by itself (SECURITY_UPDATE_UNIT_WORDS). */
export const SECURITY_UPDATE_UNIT = unitNamed(SECURITY_UPDATE_UNIT_WORDS);

/**
 * systemd units that protect data or record what happened, by name: backup and snapshot schedulers (sanoid,
 * zfs-auto-snapshot, snapper's timeline, btrbk, timeshift, restic, borg and borgmatic, kopia, duplicity, rsnapshot,
 * pgBackRest, barman, wal-g, and any unit named for a backup) and the audit and system loggers.
 */
export const SAFEGUARD_UNIT = /(backup|sanoid|syncoid|zfs-auto-snapshot|snapper-timeline|btrbk|timeshift|restic|borgmatic|borg\b|kopia|duplicity|rsnapshot|pgbackrest|barman|wal-g|auditd|rsyslog|syslog-ng|systemd-journald)/;
/** SAFEGUARD_UNIT's units by any spelling of their names (`snapper`, `borg`, `journald` as a part of a name). */
const KEEPS_UNIT = new RegExp(`${SAFEGUARD_UNIT.source}|snapper|borg|journald`, 'i');

/** A unit not shown, one that guards the machine or is the way in, or one that keeps data or logs. */
const namesGuardOrKept = (a: ReadonlyArray<string | null>): boolean => a.some((v) => v === null || GUARD_UNIT.test(v) || KEEPS_UNIT.test(v));
const GUARD_OFF_WHAT = 'switches a firewall, the way in, the network, audit, updates or a backup off at the next boot';

const CHKCONFIG: ServiceTool = {
  // chkconfig(8): `chkconfig [--level N] NAME on|off|reset|resetpriorities`, `--add|--del NAME`, `--list [NAME]`.
  names: ['chkconfig'],
  local: true,
  valued: ['--level'],
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
    { flags: ['--list'], effect: 'read', what: 'lists the services and their run levels' },
    // Rules' `sub` reads operands only: `--del NAME` is the flags rule.
    { sub: /(^| )off( |$)/, args: namesGuardOrKept, effect: 'safeguard', what: GUARD_OFF_WHAT },
    { flags: ['--del'], args: namesGuardOrKept, effect: 'safeguard', what: GUARD_OFF_WHAT },
    { sub: /(^| )(on|off|reset|resetpriorities)$/, effect: 'write', what: 'switches a service on or off at the next boot (switched back by the same tool)' },
    { flags: ['--add', '--del', '--override'], effect: 'write', what: "adds or removes a service's run-level links" },
    { sub: /^\S+$/, effect: 'read', what: "checks whether a service is on in the current run level" },
  ],
  otherwise: 'opaque',
};

/** A day in seconds: a screen-lock delay above it is no lock (the lead's answer 459.4). */
const ONE_DAY_SECONDS = 86_400;
/**
 * Round 44 (nx44; the lead's answer 459.4): the screen lock's delay after the screen blanks (`…/screensaver/lock-delay`,
 * seconds, GVariant `uint32`) set above a day: the lock never comes in a working session (4294967295 is 136 years), the
 * lock off as `lock-enabled false`. The key as dconf's path or gsettings' schema and key; a value not shown as a number
 * stays a write.
 */
export function lockDelayOverADay(args: ReadonlyArray<string | null>): boolean {
  const words = args.filter((w): w is string => w !== null && !w.startsWith('-')).flatMap((w) => w.trim().split(/\s+/));
  const at = words.findIndex((w, i) => /\/screensaver\/lock-delay$/.test(w) || (w === 'lock-delay' && words[i - 1] === 'org.gnome.desktop.screensaver'));
  if (at === -1) return false;
  const value = words.slice(at + 1).filter((w) => w !== 'uint32');
  return value.length === 1 && /^\d+$/.test(value[0]!) && Number(value[0]) > ONE_DAY_SECONDS;
}

const DCONF: ServiceTool = {
  // dconf(1): `read`, `list`, `dump`, `watch`, `help` read; `write KEY VALUE`, `reset [-f] KEY|DIR`, `load DIR`, `compile`
  // and `update` write. The screen lock off through its keys (`…/screensaver/lock-enabled false`, `…/lockdown/
  // disable-lock-screen true`, `…/session/idle-delay 0`, after which the screen never idles into the lock) is a safeguard
  // off, as gsettings' (workstation-catalogue.ts); a `load` from the input is not shown.
  names: ['dconf'],
  local: true,
  valued: [],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^write \S*\/(lock-enabled|ubuntu-lock-on-suspend|lock-on-suspend|idle-activation-enabled) (false|0)$/, effect: 'safeguard', what: 'switches the screen lock off' },
    { sub: /^write \S*\/(disable-lock-screen|disable-user-switching-lock) (true|1)$/, effect: 'safeguard', what: 'switches the screen lock off' },
    { sub: /^write \S*\/session\/idle-delay (uint32 )?0$/, effect: 'safeguard', what: 'the session never idles: the screen lock never comes on' },
    { sub: /^write\b/, args: lockDelayOverADay, effect: 'safeguard', what: "the screen lock comes more than a day after the screen blanks: the lock off (the lead's answer 459.4)" },
    { sub: /^(read|list|dump|watch|help)\b/, effect: 'read', what: 'reads settings' },
    { sub: /^(write|reset|compile|update)\b/, effect: 'write', what: 'changes a desktop setting (set back by the same tool)' },
  ],
  otherwise: 'opaque',
};

export const GUARD_UNIT_TOOLS: readonly ServiceTool[] = [CHKCONFIG, DCONF];
