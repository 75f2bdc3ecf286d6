import type { ServiceTool } from './catalogue-shape.ts';

/**
 * Round 42 (atk42): the units whose disabling is a safeguard or the way in off (the lead's answers 427.3 and 435.4), as
 * one list every reading shares: firewalls and intrusion blockers, SSH and remote-desktop servers, VPN endpoints, the
 * network managers, mandatory access control, audit logging and the automatic security updates. Words of unit names
 * (an instance after `@`, a `.service`, `.socket` or `.timer` suffix allowed); GUARD_OR_WAY_IN (service-catalogue.ts) is
 * built from it. And the init tools that switch such a unit off at the next boot that no catalogue had: `chkconfig`
 * (Red Hat's SysV links) and `dconf` (the key store under gsettings, where the screen lock is switched off).
 */
export const GUARD_UNIT_WORDS = [
  // firewalls and blockers
  'ufw', 'firewalld', 'nftables', 'iptables', 'ip6tables', 'netfilter-persistent', 'iptables-persistent', 'shorewall', 'shorewall6', 'csf', 'lfd',
  'ferm', 'firehol', 'arno-iptables-firewall', 'fail2ban', 'crowdsec', 'crowdsec-firewall-bouncer', 'sshguard', 'denyhosts',
  // ways in
  'ssh', 'sshd', 'openssh-server', 'dropbear', 'xrdp', 'xrdp-sesman', 'cockpit', 'tailscaled', 'zerotier-one', 'openvpn', 'openvpn-server',
  'openvpn-client', 'wg-quick', 'strongswan', 'strongswan-starter', 'ipsec',
  // the network
  'networkmanager', 'network-manager', 'systemd-networkd', 'systemd-resolved', 'networking', 'network', 'wicked',
  // mandatory access control, audit and security updates (435.4; apt's `apt-daily-upgrade.timer` stays a write as
  // blind24-sysops labels it: question 2)
  'apparmor', 'auditd', 'unattended-upgrades', 'dnf-automatic', 'dnf-automatic-install', 'yum-cron', 'packagekit-offline-update',
];

const escaped = GUARD_UNIT_WORDS.map((w) => w.replace(/[-.]/g, (c) => `\\${c}`)).join('|');
/** One of GUARD_UNIT_WORDS as a whole word of a line (`ssh`, `ssh.service`, `wg-quick@wg0`, `apt-daily-upgrade.timer`). */
export const GUARD_UNIT = new RegExp(`(?:^|\\s)(?:${escaped})(?:@\\S*)?(?:\\.service|\\.socket|\\.timer)?(?=\\s|$)`, 'i');

/** Units that back up, snapshot or log (as service-catalogue.ts's SAFEGUARD_UNIT, kept here without its import cycle). */
const KEEPS_UNIT = /(backup|sanoid|syncoid|zfs-auto-snapshot|snapper|btrbk|timeshift|restic|borg|kopia|duplicity|rsnapshot|pgbackrest|barman|wal-g|auditd|rsyslog|syslog-ng|journald)/i;

const CHKCONFIG: ServiceTool = {
  // chkconfig(8): `chkconfig [--level N] NAME on|off|reset|resetpriorities`, `--add|--del NAME`, `--list [NAME]`.
  names: ['chkconfig'],
  local: true,
  valued: ['--level'],
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
    { flags: ['--list'], effect: 'read', what: 'lists the services and their run levels' },
    { sub: /(^| )(off|--del)( |$)|^--del /, args: (a) => a.some((v) => v === null || GUARD_UNIT.test(v) || KEEPS_UNIT.test(v)), effect: 'safeguard', what: 'switches a firewall, the way in, the network, audit, updates or a backup off at the next boot' },
    { flags: ['--del'], args: (a) => a.some((v) => v === null || GUARD_UNIT.test(v) || KEEPS_UNIT.test(v)), effect: 'safeguard', what: 'switches a firewall, the way in, the network, audit, updates or a backup off at the next boot' },
    { sub: /(^| )(on|off|reset|resetpriorities)$/, effect: 'write', what: 'switches a service on or off at the next boot (switched back by the same tool)' },
    { flags: ['--add', '--del', '--override'], effect: 'write', what: "adds or removes a service's run-level links" },
    { sub: /^\S+$/, effect: 'read', what: "checks whether a service is on in the current run level" },
  ],
  otherwise: 'opaque',
};

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
    { sub: /^(read|list|dump|watch|help)\b/, effect: 'read', what: 'reads settings' },
    { sub: /^(write|reset|compile|update)\b/, effect: 'write', what: 'changes a desktop setting (set back by the same tool)' },
  ],
  otherwise: 'opaque',
};

export const ATK42_GUARD_TOOLS: readonly ServiceTool[] = [CHKCONFIG, DCONF];
