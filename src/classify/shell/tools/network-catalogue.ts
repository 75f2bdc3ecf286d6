import { shellQuote } from '../../shell-quote.ts';
import { operandValues, optionValuesIn, type ServiceEffect, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';

/**
 * Round 39 (bln39): catalogue entries for a network engineer's agent at the device level. Two parts:
 *
 * - **Device lines**: what a router, switch or firewall's own CLI runs (Cisco IOS/IOS-XE/NX-OS, Junos, Arista EOS, VyOS,
 *   MikroTik RouterOS, FRRouting's vtysh), sent over `ssh HOST 'LINE'`, a here-doc or a pipe into `ssh HOST`, Junos's
 *   `cli -c "A; B"` and `vtysh -c A -c B`. wrappers.ts hands such lines here (`deviceCliLines`) as the operands of the
 *   pseudo-program `network-device-cli`, one line after another, each line lower-cased and ended by a `;` word, so that
 *   every rule below reads whole lines (`shutdown` is not `no shutdown`).
 * - **Programs** a network host or the engineer's machine runs: BIRD's `birdc`, GoBGP, pfctl, OPNsense's configctl, the
 *   Net-SNMP tools, NAPALM's CLI, netconf-console, SONiC's `config` and `sonic-installer`, Cumulus NVUE's `nv`, Open
 *   vSwitch's `ovs-appctl`, FRR's `frr-reload.py`.
 *
 * Labels follow "How a case is labelled" and the choices of blind39-net's description: a production device reloaded,
 * rebooted or upgraded with a reboot is out of service, a lab or dev device's a restart (`devWrite`); erase, format,
 * zeroize and factory resets are data lost; an interface, peering, protocol, VLAN, DHCP pool or the default route shut,
 * deactivated or removed is out of service; a hard BGP reset (no `soft`) is the forced form of a restart; a whole
 * configuration replaced by a file the line does not show is data lost; filters removed or opened to any, telnet,
 * write communities with no ACL and remote logging removed are safeguards off; a candidate configuration compared and
 * discarded is a read. Device lines no rule names are writes inside a configuration session and unknown outside one
 * (fail closed).
 */

type Args = ReadonlyArray<string | null>;
type Tool = ServiceTool;

/** The pseudo-program wrappers.ts dispatches device lines to (never a real program's name). */
export const DEVICE_CLI = 'network-device-cli';

/** The word that ends every device line among the pseudo-program's operands. */
const END = ';';

/**
 * Round 40 (atk40): an exec command run from configuration mode (IOS and NX-OS `do reload`, Junos and VyOS `run request
 * system reboot`) runs at once, as the same line outside it does: every rule reads a line after such a prefix too.
 */
const EXEC_PREFIX = '(?:(?:do|run) )?';
/** A whole device line (`body` is a regular expression's source), among lines joined as `A ; B ;`. */
const line = (body: string): RegExp => new RegExp(`(?:^|; )${EXEC_PREFIX}(?:${body}) ;`);
/** A device line that starts with `body`. */
const starts = (body: string): RegExp => new RegExp(`(?:^|; )${EXEC_PREFIX}(?:${body})`);

/** A line that runs an exec command from configuration mode (`do X`, `run X`), and that command. */
const EXEC_FROM_CONFIG = /^(?:do|run) (.+)$/;

/**
 * Round 40 (atk40): the CLIs take any unique prefix of a keyword (IOS, NX-OS, EOS, FRR's vtysh): `shut` is `shutdown`,
 * `int` is `interface`. The prefixes of the words the rules below name, expanded to the whole word in every line, so
 * that `shut` is read as `shutdown` is (`no shut` as `no shutdown`). Only prefixes no other keyword of the same place
 * shares are listed (`sh` alone is `show` at exec level and is kept).
 */
const KEYWORD_PREFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^shu(t(d(o(w)?)?)?)?$/, 'shutdown'],
  [/^int(e(r(f(a(c(e)?)?)?)?)?)?$/, 'interface'],
  [/^nei(g(h(b(o(r)?)?)?)?)?$/, 'neighbor'],
  [/^relo(a(d)?)?$/, 'reload'],
];
function expandKeywords(l: string): string {
  return l.split(' ').map((w) => KEYWORD_PREFIXES.find(([re]) => re.test(w))?.[1] ?? w).join(' ');
}

/** A device line as the rules read it: trimmed, single spaces, lower case, keyword prefixes expanded. */
const normalLine = (l: string): string => expandKeywords(l.trim().replace(/\s+/g, ' ').toLowerCase());

/** The lines of the joined operands (`a b ; c ;` is `a b`, `c`). */
function linesOf(text: string): string[] {
  return text.split(` ${END}`).map((l) => l.replace(/^ /, '')).filter((l) => l !== '');
}

/**
 * A configuration session that edits a candidate (Junos `configure [private|exclusive]`, VyOS `configure`, EOS
 * `configure session NAME`), never commits it (`commit check` is a check) and shows that it is a candidate: a named
 * candidate form, a discard (`rollback 0`, `discard`, `abort`) or a check. Plain `configure` is also EOS's and NX-OS's
 * immediate configuration mode, so alone it proves nothing (fail closed).
 */
const CANDIDATE_OPENED = /^configure( private| exclusive| batch| session \S+)?$/;
const NAMED_CANDIDATE = /^configure( private| exclusive| batch| session \S+)$/;
const DISCARDS = /^(rollback 0|discard|abort|exit discard|quit discard|commit check)$/;
const COMMITS = /^commit(?! check\b)/;
function candidateNeverCommitted(text: string): boolean {
  const lines = linesOf(text);
  if (!lines.some((l) => CANDIDATE_OPENED.test(l)) || lines.some((l) => COMMITS.test(l))) return false;
  // `run X` runs an operational command at once, whatever happens to the candidate (atk40): only reads may be run.
  if (lines.some((l) => { const exec = EXEC_FROM_CONFIG.exec(l); return exec !== null && !READ_LINE.test(exec[1]!); })) return false;
  return lines.some((l) => NAMED_CANDIDATE.test(l) || DISCARDS.test(l));
}

/** Lines that only show (IOS/NX-OS/EOS/Junos `show`, RouterOS `print` and `export`, file listings). */
const READ_LINE = /^(?![^|]* -[a-z])(show|sh|dir|verify|terminal|display|ping|traceroute|exit|end|quit|file (show|list)|\/export|\/(\S+ )*(print|export))( |$)/;
/**
 * Exec lines that change something that comes back or is kept (answers' writes): saving the running configuration,
 * backups out, merges in, counters and learned caches cleared, soft BGP refreshes, scheduled or cancelled reloads,
 * images staged, checkpoints, graceful restarts of one process.
 */
const EXEC_WRITE_LINE = new RegExp([
  String.raw`^copy (running-config|run|system:running-config) \S+`,
  String.raw`^copy (tftp|scp|ftp|https?|usbflash\d?):\S* (running-config|bootflash:|flash:)\S*$`,
  String.raw`^(write (memory|mem)|wr( mem)?)$`,
  String.raw`^clear (counters|arp-cache|arp|mac address-table dynamic|interfaces statistics|ip bgp .* soft( in| out)?|bgp .* soft( in| out)?)( \S+)*$`,
  String.raw`^reload (in|at) .*|^reload cancel$`,
  String.raw`^install (add file \S+|remove inactive)$`,
  String.raw`^request system (snapshot|configuration rescue save|storage cleanup|software validate)\b`,
  String.raw`^request system software add (?!.*\breboot\b)`,
  String.raw`^restart \S+( gracefully| soft)?$`,
  String.raw`^checkpoint \S+$|^rollback running-config checkpoint \S+$|^boot system \S+$|^(un)?debug \S`,
  String.raw`^enable$`,
].join('|'));
/** A line that opens configuration mode (IOS `conf t`, Junos and VyOS `configure`, EOS sessions). */
const CONFIG_OPENED = /^(conf(igure)?( t(erminal)?)?|configure( private| exclusive| batch| session \S+))$/;
/** A RouterOS line whose verb changes nothing that is lost (add, set, enable, a backup saved, a cache flushed). */
const ROUTEROS_WRITE = /^\/[\w/ -]*\b(add|set|enable|move|comment|save|flush|check-for-updates)\b/;
const ROUTEROS_UNSAFE = /\b(remove|disable|reset-configuration|reboot|shutdown|install|upgrade|downgrade|unset|run|import|load)\b/;

/** Every line only shows. */
function onlyReads(text: string): boolean {
  return linesOf(text).every((l) => READ_LINE.test(l));
}

/**
 * Every line is a read, a known write or a configuration line after configuration mode was opened (what the destructive
 * rules above did not name is an update in place), or a RouterOS write.
 */
function onlyKnownWrites(text: string): boolean {
  let configuring = false;
  return linesOf(text).every((l) => {
    if (CONFIG_OPENED.test(l)) configuring = true;
    // An exec command run from configuration mode is judged as an exec line (atk40).
    const exec = EXEC_FROM_CONFIG.exec(l);
    if (configuring && exec) return READ_LINE.test(exec[1]!) || EXEC_WRITE_LINE.test(exec[1]!);
    if (l.startsWith('/')) return (ROUTEROS_WRITE.test(l) && !ROUTEROS_UNSAFE.test(l)) || READ_LINE.test(l);
    return configuring || READ_LINE.test(l) || EXEC_WRITE_LINE.test(l);
  });
}

const REBOOT_DEV = "a lab or dev device's restart: it comes back by itself";

/**
 * The device lines' operations as data: a pattern over the joined lines, its effect and what it does. Read in order; the
 * first that matches decides.
 */
interface DeviceRule {
  test: RegExp | ((text: string) => boolean);
  effect: ServiceEffect;
  what: string;
  devWrite?: string;
}
const DEVICE_RULES: readonly DeviceRule[] = [
  { test: candidateNeverCommitted, effect: 'read', what: 'edits a candidate configuration, compares it and never commits it' },
  // Data lost: the stored configuration, a file system, the device's own files, accounts.
  { test: starts(String.raw`write erase|erase (startup-config|nvram:|flash:|bootflash:|\S+:)|format \S+:|delete (/force |/recursive )*\S*(flash|nvram|disk\d?|bootflash)\S*:`), effect: 'destroy', what: 'erases the stored configuration, a file system or a file on flash (the boot image among them, for all the line shows)' },
  { test: starts(String.raw`request system zeroize|/system reset-configuration|file delete /config/`), effect: 'destroy', what: 'wipes the configuration and the files of the device (a factory reset)' },
  { test: starts(String.raw`configure replace |load override |load replace `), effect: 'destroy', what: 'replaces the whole configuration with a file the line does not show: what the file lacks is removed' },
  { test: starts(String.raw`/file remove |/ip dns static remove \[find\]|/user remove |no username \S+`), effect: 'destroy', what: 'deletes files (backups among them), every static DNS entry or an account' },
  { test: line(String.raw`file delete /(var/)?tmp/\S+`), effect: 'write', what: 'deletes a file in a temporary folder (an installer left there)' },
  // Restarts of the whole device: out of service on production, a restart in a lab.
  { test: line(String.raw`reload( now| force| module \S+)?`), effect: 'destroy', devWrite: REBOOT_DEV, what: 'reloads the device: every link through it is down while it boots' },
  { test: starts(String.raw`request system reboot|request system software add .*\breboot\b|install (add file \S+ activate|all |activate)|/system reboot|/system package update install`), effect: 'destroy', devWrite: REBOOT_DEV, what: 'reboots the device (an upgrade activated reboots it)' },
  { test: starts(String.raw`request system (halt|power-off)|/system shutdown`), effect: 'outage', what: 'halts or powers the device off: it does not come back by itself' },
  // Out of service: interfaces, peerings, protocols, VLANs, DHCP, the default route, BGP sessions reset hard.
  { test: line(String.raw`shutdown|neighbor \S+ shutdown|no router \S+( \S+)?|no neighbor \S+( remote-as \S+| activate)?|no feature \S+|no vlan \S+|no ip dhcp pool \S+|no ip routing|no ipv6 unicast-routing`), effect: 'outage', what: 'shuts an interface or a peering, or removes a routing protocol, a peering, a VLAN, a DHCP pool or routing itself' },
  { test: starts(String.raw`no ip route 0\.0\.0\.0( 0\.0\.0\.0|/0)\b|/ip route remove \[find dst-address=0\.0\.0\.0/0\]`), effect: 'outage', what: 'removes the default route: everything beyond the device is unreachable' },
  { test: line(String.raw`clear (ip |ipv6 )?bgp( (?!soft\b)\S+)*`), effect: 'outage', what: 'resets BGP sessions hard (no `soft`): their routes are withdrawn until they form again' },
  { test: line(String.raw`restart \S+ immediately`), effect: 'outage', what: 'kills a process of the device at once (the forced form of a restart)' },
  { test: line(String.raw`delete interfaces (ethernet |bonding |loopback |vlan )?\S+|set interfaces \S+( unit \d+)? disable`), effect: 'outage', what: "removes or disables an interface's configuration" },
  { test: starts(String.raw`(delete|deactivate) protocols( |$)`), effect: 'outage', what: 'removes or deactivates a routing protocol or its peer groups' },
  { test: starts(String.raw`/interface (ethernet |bonding |vlan |bridge |wireless )?disable |/ip dhcp-server disable `), effect: 'outage', what: 'disables an interface or a DHCP server' },
  // Safeguards off. An allow rule named so by its comment removed closes what it opened (a write); so do cleartext
  // management services switched off.
  // Round 40 (atk40): RouterOS's `set … disabled=yes` disables what `disable` does; on a filter rule, or a drop made an
  // accept, the filter is off; a cleartext service enabled or an account's password emptied opens the device.
  { test: starts(String.raw`/ip firewall (filter|raw) set .*\b(disabled=(yes|true)|action=accept)\b|/ip service set \S*(telnet|ftp|www|api)\S* .*\bdisabled=(no|false)\b|/user set .*\bpassword=(""|'')( |;|$)`), effect: 'safeguard', what: 'disables firewall rules or makes them accept, enables a cleartext management service, or empties a password' },
  { test: starts(String.raw`/\S.* set .*\bdisabled=(yes|true)\b`), effect: 'outage', what: 'disables an interface, a route, a peering or an address (`set … disabled=yes`)' },
  { test: line(String.raw`/ip service disable (telnet|ftp|www)(,(telnet|ftp|www))*`), effect: 'write', what: 'switches cleartext management services off: closes them' },
  { test: starts(String.raw`/ip firewall (filter|nat|raw) remove \[find comment="[^"]*\ballow\b`), effect: 'write', what: 'removes an allow rule (named so by its comment): closes what it opened' },
  { test: starts(String.raw`/ip firewall (filter|raw) (remove|disable) |/ip firewall filter add (?=.*action=accept)(?!.*src-address)|/ip service enable (telnet|ftp|www)\b`), effect: 'safeguard', what: 'removes or disables firewall rules (a drop among them, for all the line shows), or opens a service to every address' },
  { test: line(String.raw`(access-list \S+ (extended )?|\d+ )?permit (ip|tcp|udp) any[46]? any[46]?( \S+)*|snmp-server community \S+ rw|no aaa new-model|transport input (all|telnet( ssh)?|ssh telnet)|no access-class \S+( in)?|username \S+( privilege \d+)? nopassword|no logging (host )?[\d.:]+|no logging on`), effect: 'safeguard', what: 'permits everything, gives a write community with no ACL, switches central authentication off, allows cleartext telnet, opens the vty lines to every address, makes an account with no password or removes remote logging' },
  { test: starts(String.raw`no (ip |ipv6 |mac )?access-(list|group) |no logging host |ip prefix-list \S+ (seq \d+ )?permit 0\.0\.0\.0/0 le 32`), effect: 'safeguard', what: 'removes a filter or remote logging, or makes a route filter accept every prefix' },
  { test: starts(String.raw`delete .*\bfilter (input|output)\b|set system services telnet|delete system syslog|set security policies .*match source-address any destination-address any application any|set firewall .*default-action accept`), effect: 'safeguard', what: 'removes a protection filter or remote logging, allows telnet, or permits everything' },
  { test: onlyReads, effect: 'read', what: 'shows' },
  { test: onlyKnownWrites, effect: 'write', what: 'saves, backs up, merges or changes configuration in place' },
];

const deviceRule = (r: DeviceRule): ServiceRule => ({
  ...(r.test instanceof RegExp ? { sub: r.test } : { args: (a: Args) => (r.test as (t: string) => boolean)(a.join(' ')) }),
  effect: r.effect,
  what: r.what,
  ...(r.devWrite === undefined ? {} : { devWrite: r.devWrite }),
});

/** The device lines as the pseudo-program reads them: judged by DEVICE_RULES, unknown when none matches. */
const NETWORK_DEVICE: Tool = { names: [DEVICE_CLI], valued: [], rules: DEVICE_RULES.map(deviceRule), otherwise: 'opaque' };

/** First words that only a network device's CLI has (not a program of a Unix host). */
const DEVICE_ONLY_FIRST = /^(show|request|reload|configure|conf|erase|format|verify|checkpoint|rollback|terminal|restart|copy|delete|wr)$/;
/** First words a Unix host has too, read as a device's only with the second word a device's. */
const DEVICE_SECOND: ReadonlyArray<readonly [string, RegExp]> = [
  ['write', /^(erase|memory|mem|terminal)$/],
  ['clear', /^(ip|ipv6|bgp|counters|arp|arp-cache|mac|interfaces|logging|line|ospf|route|access-list)$/],
  ['install', /^(add|all|remove|activate|commit|deactivate|rollback)$/],
  ['dir', /^[a-z0-9]+:/],
  ['file', /^(delete|show|list|copy|rename)$/],
];
/** RouterOS's menus (`/system reboot`, `/ip firewall filter print`). */
const ROUTEROS_MENU = /^\/(system|ip|ipv6|interface|user|file|export|log|routing|tool|queue|certificate|ppp|snmp|radius|port|caps-man)\b/;

/**
 * The lines of a device's CLI in `text` (a remote command, a here-doc, Junos's `cli -c "A; B"`), normalised (lower case,
 * single spaces), or null when the text is not a device's: its first word must be one only a device's CLI has, or one
 * of DEVICE_SECOND with a device's second word, or a RouterOS menu, or EOS's `enable` followed by more lines.
 */
export function deviceCliLines(text: string): string[] | null {
  const junos = /^\s*cli -c (["'])([\s\S]*)\1\s*$/.exec(text);
  const raw = junos ? junos[2]!.split(';') : text.split(/\r?\n/);
  // Round 40 (atk40): text a Unix shell would run as more than the device's words (`show version; rm -rf …`, `&&`, `$(…)`,
  // a pipe into a program, a Unix program's line) is no device's: read as the shell reads it (nothing on the line says the
  // host is a router, and on a Unix host `show` merely fails).
  if (raw.some(shellLookAlike)) return null;
  const lines = raw.map(normalLine).filter((l) => l !== '');
  const [first, second] = (lines[0] ?? '').split(' ');
  if (first === undefined) return null;
  const device = DEVICE_ONLY_FIRST.test(first) || DEVICE_SECOND.some(([w, next]) => w === first && next.test(second ?? '')) || ROUTEROS_MENU.test(first) || (first === 'enable' && second === undefined && lines.length > 1);
  return device ? lines : null;
}

/** What a device's output filters are (`show run | include X`, NX-OS's `| grep`, Junos's `| display set`). */
const DEVICE_FILTER = /^(i|in|inc|incl|include|e|ex|exc|exclude|b|be|beg|begin|s|sec|section|c|cou|count|match|except|find|no-more|display|last|trim|grep|egrep|head|tail|wc|json|xml|redirect|append|save|compare|resolve|refresh|hold|until|sort|uniq|diff|best|details|format|nomore|tee)$/i;
/** Unix programs that no device CLI has as a first word, and `shutdown` with a Unix option or time. */
const UNIX_FIRST = /^(rm|rmdir|mv|cp|dd|shred|mkfs(\.\w+)?|wipefs|sudo|su|sh|bash|zsh|ksh|dash|systemctl|service|kill|pkill|killall|reboot|halt|poweroff|init|telinit|truncate|find|chmod|chown|curl|wget|python\d?(\.\d+)?|perl|ruby|node|tee|xargs|docker|kubectl|mysql|psql|redis-cli|crontab|iptables|nft|ufw|userdel|passwd|eval|exec|source|\.)$/;
/** A line a Unix shell would read as more than a device's words (see deviceCliLines). */
function shellLookAlike(l: string): boolean {
  const t = l.trim();
  if (t.startsWith('/')) return /(;|&&|\|\||\$\(|`)/.test(t);
  if (/(;|&&|\|\||\$\(|`|>|<)/.test(t.replace(/"[^"]*"|'[^']*'/g, '""'))) return true;
  const [first, second] = t.split(/\s+/);
  if (first !== undefined && UNIX_FIRST.test(first)) return true;
  if (first === 'shutdown' && second !== undefined && /^(-\w+|now|\+\d+|\d+:\d+)$/.test(second)) return true;
  return t.split('|').slice(1).some((f) => !DEVICE_FILTER.test(f.trim().split(/\s+/)[0] ?? ''));
}

/** The pseudo-program's argument words for device lines: each line's words, then the END word. */
export function deviceCliWords(lines: readonly string[]): string[] {
  return lines.flatMap((l) => [...l.split(' '), END]);
}

/** `vtysh -c A -c B`: its commands as device lines, or null when one is not fixed. */
function vtyshLines(args: Args): string | null {
  const commands = optionValuesIn(args, ['-c', '--command']);
  if (commands.length === 0 || commands.some((c) => c === null)) return null;
  // vtysh runs each line of a command string (its manual: linefeeds embedded in a -c string), atk40.
  return deviceCliWords(commands.flatMap((c) => c!.split(/\r?\n/)).map(normalLine).filter((l) => l !== '')).join(' ');
}

/** FRRouting's vtysh: its `-c` commands judged as device lines; a file checked with `--dryrun` is a read. */
const VTYSH: Tool = {
  names: ['vtysh'],
  valued: ['-c', '--command', '-f', '--inputfile', '-N', '--pathspace', '--config_dir', '-u', '--user', '-g', '--group', '-H', '--histfile'],
  rules: [
    { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
    // `-C`/`--dryrun` checks the configuration file (-f, -b); `-c` commands given with it still run (fail closed, atk40).
    { flags: ['-C', '--dryrun'], args: (a) => optionValuesIn(a, ['-c', '--command']).length === 0, effect: 'read', what: 'checks a configuration file' },
    ...DEVICE_RULES.filter((r) => r.effect !== 'read' || r.test !== onlyReads).map((r): ServiceRule => ({
      args: (a) => { const t = vtyshLines(a); return t !== null && (r.test instanceof RegExp ? r.test.test(t) : r.test(t)); },
      effect: r.effect,
      what: r.what,
      ...(r.devWrite === undefined ? {} : { devWrite: r.devWrite }),
    })),
    { args: (a) => { const t = vtyshLines(a); return t !== null && onlyReads(t); }, effect: 'read', what: 'shows' },
    { flags: ['-b', '--boot', '-f', '--inputfile'], effect: 'write', what: 'applies the saved configuration' },
  ],
  otherwise: 'opaque',
};

/** FRR's frr-reload.py: `--test` prints the difference, `--reload` applies the saved file (a reload). */
const FRR_RELOAD: Tool = {
  names: ['frr-reload.py', 'frr-reload'],
  valued: ['--input', '--bindir', '--confdir', '--rundir', '--vty_socket', '--daemon', '--log-level'],
  rules: [
    { flags: ['-h', '--help', '--test'], effect: 'read', what: 'shows what a reload would change' },
    { flags: ['--reload'], effect: 'write', what: 'applies the saved configuration file (a reload)' },
  ],
  otherwise: 'opaque',
};

/**
 * BIRD's birdc (bird.network.cz "Remote control"): `disable` and `down` take protocols or the daemon out of service,
 * `restart` is disable then enable (a hard session reset, as `clear ip bgp` without `soft`); `configure` reloads.
 */
const BIRDC: Tool = {
  names: ['birdc', 'birdc6', 'birdcl'],
  valued: ['-s', '-l'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^(show|dump|echo|eval|help|configure check)\b/, effect: 'read', what: 'shows the daemon, its protocols or routes, or checks the configuration' },
    { sub: /^(disable|down|restart)\b/, effect: 'outage', what: 'takes protocols (BGP sessions) or the daemon out of service, or resets sessions hard' },
    { sub: /^(enable|reload|configure|debug|mrt)\b/, effect: 'write', what: 'enables protocols, refreshes routes or reloads the configuration' },
  ],
  otherwise: 'opaque',
};

/** GoBGP's CLI (osrg/gobgp docs/sources/cli-command-syntax.md). */
const GOBGP: Tool = {
  names: ['gobgp'],
  valued: ['-p', '--port', '-u', '--host', '-a', '--address-family', '--target', '-t', '--tls-ca-file'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^(neighbor \S+ (disable|shutdown|reset)|neighbor del|global rib del|global del)\b/, effect: 'outage', what: 'takes a peering down, resets it hard or withdraws announced prefixes' },
    { sub: /^(neighbor( \S+)?( adj-in| adj-out| local)?|global( rib)?|global rib summary|vrf|policy|monitor\b.*|mrt\b.*)$/, effect: 'read', what: 'shows peers, routes or policies' },
    { sub: /^(neighbor add|neighbor \S+ (enable|softreset|softresetin|softresetout)|global rib add|vrf add|policy add)\b/, effect: 'write', what: 'adds a peer or a route, or refreshes a peering softly' },
  ],
  otherwise: 'opaque',
};

const has = (args: Args, re: RegExp): boolean => args.some((a) => a !== null && re.test(a));
const valueOf = (args: Args, flag: string): Array<string | null> => optionValuesIn(args, [flag]);

/** pfctl -T delete with literal addresses only (one host taken off a table by its whole key). */
function pfTableDeletesAddresses(args: Args): boolean {
  const ops = operandValues(args, new Set(['-t', '-T', '-a', '-f', '-F', '-k', '-s', '-x', '-D', '-i', '-o', '-p']));
  // A host or a small net by its whole key; a short mask (`0.0.0.0/1 128.0.0.0/1` is every address) is a range (atk40).
  const narrow = (o: string): boolean => { const m = /^([\d.]+|[\d:a-f]*:[\d:a-f]*)(?:\/(\d+))?$/i.exec(o); return m !== null && (m[2] === undefined || Number(m[2]) >= (m[1]!.includes(':') ? 48 : 16)); };
  return valueOf(args, '-T').includes('delete') && ops.length > 0 && ops.length <= 10 && ops.every((o) => o !== null && narrow(o));
}

/** pfctl -k HOST with one literal address: that host's states reset (narrowed). */
function pfKillsOneHost(args: Args): boolean {
  const hosts = valueOf(args, '-k');
  return hosts.length > 0 && hosts.every((h) => h !== null && /^[\d.:a-f]+$/i.test(h));
}

/**
 * `pfctl -f FILE` (also in a bundle, `-ef FILE`) with a file other than the system's own ruleset (`/etc/pf.conf`, or the
 * one pfSense and OPNsense generate and load, `/tmp/rules.debug`), atk40.
 */
function pfLoadsUnseenRuleset(args: Args): boolean {
  return args.some((a, i) => a !== null && /^-[a-zA-Z]*f$/.test(a) && !/^(\/etc\/pf\.conf|\/tmp\/rules\.debug)$/.test(args[i + 1] ?? ''));
}

/** pfctl(8): the packet filter of pfSense, OPNsense and the BSDs. */
const PFCTL: Tool = {
  names: ['pfctl'],
  valued: ['-t', '-T', '-a', '-f', '-F', '-k', '-K', '-s', '-x', '-D', '-i', '-o', '-p'],
  rules: [
    { args: (a) => has(a, /^-[a-zA-Z]*n[a-zA-Z]*$/) && !has(a, /^-[a-zA-Z]*[dFk]/), effect: 'read', what: 'parses the rules without loading them' },
    { args: (a) => has(a, /^-[a-zA-Z]*d$/), effect: 'safeguard', what: 'switches the packet filter off' },
    { args: (a) => valueOf(a, '-F').some((v) => v === null || /^(states|s|Sources|S)$/.test(v)), effect: 'outage', what: 'cuts every connection through the firewall' },
    { args: (a) => valueOf(a, '-F').length > 0, effect: 'safeguard', what: 'flushes the rules, tables or everything' },
    { args: (a) => valueOf(a, '-T').some((v) => v === null || /^(flush|kill|expire|replace|zero)$/.test(v)), effect: 'safeguard', what: "empties or replaces a table (a block list's addresses let back in)" },
    { args: pfTableDeletesAddresses, effect: 'write', what: 'takes named addresses off a table' },
    { args: (a) => valueOf(a, '-T').some((v) => v === 'show' || v === 'test'), effect: 'read', what: 'shows a table' },
    { args: pfKillsOneHost, effect: 'write', what: "resets one host's states: it reconnects" },
    { args: (a) => valueOf(a, '-k').length > 0 || valueOf(a, '-K').length > 0, effect: 'outage', what: 'kills the states of every host a range names' },
    { args: (a) => has(a, /^-[a-zA-Z]*[sv]/) && !has(a, /^-[a-zA-Z]*[efFTkKdx]/), effect: 'read', what: 'shows rules, states or statistics' },
    { args: pfLoadsUnseenRuleset, effect: 'opaque', what: "loads a ruleset the input does not show (not the system's own `/etc/pf.conf`): it replaces every rule and may open or drop anything, as iptables-restore's does (firewall-restore.ts)" },
    { args: (a) => has(a, /^-[a-zA-Z]*[ef]/), effect: 'write', what: "enables the filter or loads the system's own ruleset" },
  ],
  otherwise: 'opaque',
};

/** OPNsense's configctl (configd actions): `firmware poweroff|reboot` and a service stopped take the firewall down. */
const CONFIGCTL: Tool = {
  names: ['configctl'],
  valued: [],
  rules: [
    { sub: /^firmware (poweroff|halt)\b|^\S+ stop\b/, effect: 'outage', what: 'powers the firewall off or stops a service' },
    { sub: /^firmware reboot\b/, effect: 'destroy', devWrite: REBOOT_DEV, what: 'reboots the firewall' },
    { sub: /^(\S+ )?(list|status|show|info|check|search)\b|^firmware (status|changelog|audit|health)\b/, effect: 'read', what: 'shows' },
    { sub: /^\S+ (reload|restart|start|configure|apply)\b|^(filter|service) reload\b/, effect: 'write', what: 'reloads or restarts a service' },
  ],
  otherwise: 'opaque',
};

/** Net-SNMP's readers: every operation is a GET, a GETNEXT or a GETBULK. */
const SNMP_READ: Tool = {
  names: ['snmpget', 'snmpwalk', 'snmpbulkwalk', 'snmpgetnext', 'snmpbulkget', 'snmptable', 'snmpstatus', 'snmptranslate', 'snmpdf', 'snmpnetstat'],
  valued: [],
  rules: [],
  otherwise: 'read',
};

/** Net-SNMP's options that take a value (snmpcmd(1)). */
const SNMP_VALUED = ['-v', '-c', '-u', '-l', '-a', '-A', '-x', '-X', '-e', '-E', '-n', '-r', '-t', '-m', '-M', '-O', '-I', '-P', '-L', '-D', '-Y', '-Z', '-T', '-3m', '-3k', '-3c', '-3p', '-3x', '-3X'];
/**
 * An interface's admin status (IF-MIB::ifAdminStatus, 1.3.6.1.2.1.2.2.1.7) and a PDU outlet's control (APC
 * PowerNet-MIB `sPDUOutletCtl`, `rPDUOutletControlOutletCommand`, `rPDU2OutletSwitchedControlCommand`, by name or OID):
 * 1 is on, 2 off, 3 reboot (the power cut and restored: what the outlet feeds is reset hard, answers 80 and 86).
 */
const IF_ADMIN = /^(IF-MIB::)?ifAdminStatus\.|^\.?1\.3\.6\.1\.2\.1\.2\.2\.1\.7\./;
const PDU_OUTLET = /^(PowerNet-MIB::)?(sPDUOutletCtl|rPDUOutletControlOutletCommand|rPDU2OutletSwitchedControlCommand)(\.\d+)*$|^\.?1\.3\.6\.1\.4\.1\.318\.1\.1\.(4\.4\.2\.1\.3|12\.3\.3\.1\.1\.4|26\.9\.2\.4\.1\.5)(\.\d+)*$/;
/** Descriptive objects anyone may set (sysContact, sysName, sysLocation). */
const SNMP_LABEL = /^(SNMPv2-MIB::)?sys(Contact|Name|Location)\.0$|^\.?1\.3\.6\.1\.2\.1\.1\.[456]\.0$/;

/** snmpset's triples (OID TYPE VALUE) after the agent; null when a word is not fixed. */
function snmpSets(args: Args): Array<[string | null, string | null]> | null {
  const ops = operandValues(args, new Set(SNMP_VALUED));
  const triples = ops.slice(1);
  if (triples.length === 0 || triples.length % 3 !== 0) return null;
  const out: Array<[string | null, string | null]> = [];
  for (let i = 0; i < triples.length; i += 3) out.push([triples[i]!, triples[i + 2]!]);
  return out;
}
const setsAny = (test: (oid: string, value: string) => boolean) => (args: Args): boolean => (snmpSets(args) ?? []).some(([o, v]) => o !== null && v !== null && test(o, v));
const setsOnly = (test: (oid: string, value: string) => boolean) => (args: Args): boolean => { const s = snmpSets(args); return s !== null && s.every(([o, v]) => o !== null && v !== null && test(o, v)); };

/** snmpset: an interface set down or a PDU outlet switched off or power-cycled is out of service; labels, ports set up and outlets switched on are writes. */
const SNMPSET: Tool = {
  names: ['snmpset'],
  valued: SNMP_VALUED,
  rules: [
    { flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' },
    { args: setsAny((o, v) => (IF_ADMIN.test(o) && /^(2|3|down|testing)$/.test(v)) || (PDU_OUTLET.test(o) && /^(2|3|off|immediateOff|delayedOff|immediateReboot|delayedReboot)$/i.test(v))), effect: 'outage', what: 'sets an interface down, or switches a power outlet off or power-cycles it: what it feeds loses power' },
    { args: setsOnly((o, v) => SNMP_LABEL.test(o) || (IF_ADMIN.test(o) && /^(1|up)$/.test(v)) || (PDU_OUTLET.test(o) && /^(1|on|immediateOn|delayedOn)$/i.test(v))), effect: 'write', what: 'sets a label, an interface up, or an outlet on' },
  ],
  otherwise: 'opaque',
};

/** NAPALM's CLI (`napalm [opts] HOST call|validate|configure …`, napalm docs "Command Line Tool"). */
const NAPALM: Tool = {
  names: ['napalm', 'cl_napalm_configure', 'cl_napalm_validate', 'cl_napalm_test'],
  valued: ['--user', '-u', '--password', '-p', '--vendor', '-v', '--optional_args', '-o', '--strategy'],
  dryRun: ['--dry-run'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^\S+ call (get_\w+|is_alive|compare_config|ping|traceroute)\b|^\S+ validate\b/, effect: 'read', what: 'reads getters or validates the device against a file' },
    { sub: /^\S+ configure\b/, flagValue: { names: ['--strategy'], value: /^replace$/ }, effect: 'destroy', devWrite: "a lab device's configuration rebuilt from the repository", what: 'replaces the whole configuration with a file the line does not show' },
    { sub: /^\S+ configure\b/, effect: 'write', what: 'merges a configuration file' },
  ],
  otherwise: 'opaque',
};

/** netconf-console(2): gets are reads; an edit read from its input is judged by the operations the XML names. */
const NETCONF_CONSOLE: Tool = {
  names: ['netconf-console', 'netconf-console2'],
  valued: ['--host', '--port', '-u', '--user', '-p', '--password', '--db', '-x', '--xpath', '--ns', '--privKeyFile', '--style'],
  rules: [
    { flags: ['-h', '--help', '--get-config', '--get', '--hello', '--get-schema', '--get-config=-'], effect: 'read', what: 'reads configuration or state' },
  ],
  input: { deletes: /operation=["'](delete|remove|replace)["']/, what: 'an edit that deletes, removes or replaces configuration' },
  otherwise: 'opaque',
};

/** SONiC's `config` (sonic-utilities "Command Reference"). */
const SONIC_CONFIG: Tool = {
  names: ['config'],
  valued: ['-n', '--namespace'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^(interface (shutdown|ip remove)|bgp (shutdown|remove)|vlan (del|member del)|portchannel (del|member del))\b/, effect: 'outage', what: 'shuts or removes an interface, a BGP neighbor, a VLAN or a port channel' },
    { sub: /^(load_minigraph|load_mgmt_config)\b/, effect: 'destroy', what: 'regenerates the running configuration from a file the line does not show' },
    { sub: /^reload\b/, effect: 'destroy', devWrite: REBOOT_DEV, what: 'restarts every switch service from the saved file: the data plane goes down as in a reboot' },
    { sub: /^(interface startup|bgp startup|save|vlan add|vlan member add|portchannel add|interface (description|mtu|speed))\b/, effect: 'write', what: 'brings an interface or BGP up, saves, or adds a VLAN or member' },
  ],
  otherwise: 'fallback',
};

/** SONiC's image manager: `remove` refuses the current and the next image, so what it removes is an old vendor image. */
const SONIC_INSTALLER: Tool = {
  names: ['sonic-installer', 'sonic_installer'],
  valued: [],
  rules: [
    { sub: /^(list|verify-next-image)\b/, effect: 'read', what: 'lists images' },
    { sub: /^(remove|cleanup|install|set-default|set-next-boot|set-fips|upgrade-docker)\b/, effect: 'write', what: 'stages or removes images that are neither current nor next' },
  ],
  otherwise: 'opaque',
};

/** Cumulus NVUE's `nv`: staged `set`/`unset` and `config apply`; an interface set down or BGP unset is out of service. */
const NVUE: Tool = {
  names: ['nv'],
  valued: ['-o', '--output'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^set interface \S+ link state down\b|^unset (vrf \S+ )?router bgp\b/, effect: 'outage', what: 'shuts an interface or removes BGP' },
    { sub: /^action reboot\b/, effect: 'destroy', devWrite: REBOOT_DEV, what: 'reboots the switch' },
    { sub: /^(show|config (diff|history|show))\b/, effect: 'read', what: 'shows' },
    { sub: /^(set|config (apply|save|detach|patch))\b/, effect: 'write', what: 'stages or applies configuration' },
  ],
  otherwise: 'opaque',
};

/** Open vSwitch's `ovs-appctl`: learned MAC tables flushed are relearned; traces and listings read. */
const OVS_APPCTL: Tool = {
  names: ['ovs-appctl'],
  valued: ['-t', '--target', '-T', '--timeout'],
  rules: [
    { sub: /^exit\b/, effect: 'outage', what: 'stops the daemon' },
    { sub: /^(fdb\/flush|mdb\/flush|revalidator\/purge|vlog\/set)\b/, effect: 'write', what: 'flushes learned tables (relearned from traffic) or sets logging' },
    { sub: /^(\S+\/show\S*|\S+\/list\S*|ofproto\/trace|dpif\/dump-flows|list-commands|version|coverage\/show|memory\/show)\b/, effect: 'read', what: 'shows' },
  ],
  otherwise: 'fallback',
};

/** sysctl's routing switched off: `net.ipv4.ip_forward=0` (or IPv6 forwarding) stops a router routing. */
export function routingSwitchedOff(args: Args): boolean {
  return args.some((a) => a !== null && /^net\.ipv[46]\.(ip_forward|conf\.all\.forwarding)=0$/.test(a.replace(/\//g, '.')));
}

/** Every network tool of this file, spread into service-catalogue.ts's SERVICE_TOOLS. */
export const NETWORK_TOOLS: readonly Tool[] = [NETWORK_DEVICE, VTYSH, FRR_RELOAD, BIRDC, GOBGP, PFCTL, CONFIGCTL, SNMP_READ, SNMPSET, NAPALM, NETCONF_CONSOLE, SONIC_CONFIG, SONIC_INSTALLER, NVUE, OVS_APPCTL];

/** Device lines as one shell line that runs the pseudo-program (each word single-quoted), for callers outside the shell. */
export function deviceCliCommand(lines: readonly string[]): string {
  return [DEVICE_CLI, ...deviceCliWords(lines)].map(shellQuote).join(' ');
}

/** Arguments of a tool call that carry commands for a device's CLI, and those that carry configuration lines. */
const COMMAND_KEYS = ['command', 'commands', 'cmds', 'cli_commands', 'command_string'];
const CONFIG_KEYS = ['config_text', 'config_commands', 'config_lines', 'configuration'];

/** A string, or an array of strings, as lines; null otherwise. */
function textLines(value: unknown): string[] | null {
  if (typeof value === 'string') return value.split(/\r?\n/);
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value as string[];
  return null;
}

/**
 * The device lines a tool call carries (MCP servers for Junos, Netmiko, EOS): configuration lines (a configuration key,
 * or a tool named for configuration: `send_config`, `load_and_commit_config`) are read inside a committed configuration
 * session; commands are read as device lines when they are a device's (deviceCliLines). Null when none.
 */
export function deviceLinesOfArguments(toolWords: readonly string[], args: Readonly<Record<string, unknown>>): string[] | null {
  const configuring = toolWords.includes('config') || toolWords.includes('configuration');
  for (const key of CONFIG_KEYS) {
    const lines = textLines(args[key]);
    if (lines) return ['configure', ...lines.flatMap((l) => l.split(/\r?\n/)).map(normalLine).filter((l) => l !== ''), 'commit'];
  }
  for (const key of COMMAND_KEYS) {
    const lines = textLines(args[key]);
    if (!lines) continue;
    if (configuring) return ['configure', ...lines.flatMap((l) => l.split(/\r?\n/)).map(normalLine).filter((l) => l !== ''), 'commit'];
    return deviceCliLines(lines.join('\n'));
  }
  return null;
}

/** The first device rule that matches the lines (DEVICE_RULES' order), or null when none does (unknown lines). */
export function deviceLinesEffect(lines: readonly string[]): { effect: ServiceEffect; what: string; devWrite?: string } | null {
  const text = deviceCliWords(lines).join(' ');
  const rule = DEVICE_RULES.find((r) => (r.test instanceof RegExp ? r.test.test(text) : r.test(text)));
  return rule ? { effect: rule.effect, what: rule.what, ...(rule.devWrite === undefined ? {} : { devWrite: rule.devWrite }) } : null;
}

/**
 * Arista eAPI's JSON-RPC (`POST https://SWITCH/command-api`, method `runCmds`, `params.cmds`: strings or `{cmd}`
 * objects): the commands as device lines, or null when the body is not such a call or a command is not fixed.
 */
export function eapiCommands(url: string, body: unknown): string[] | null {
  if (!/^https?:\/\/[^/]+\/command-api\/?(\?|$)/i.test(url)) return null;
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return null;
    }
  }
  const rpc = parsed as { method?: unknown; params?: { cmds?: unknown } } | null;
  if (rpc === null || typeof rpc !== 'object' || rpc.method !== 'runCmds' || !Array.isArray(rpc.params?.cmds)) return null;
  const cmds = rpc.params.cmds.map((c: unknown) => (typeof c === 'string' ? c : typeof (c as { cmd?: unknown })?.cmd === 'string' ? (c as { cmd: string }).cmd : null));
  if (cmds.some((c) => c === null)) return null;
  return (cmds as string[]).map((c) => c.trim().replace(/\s+/g, ' ').toLowerCase()).filter((c) => c !== '');
}

/**
 * What an Ansible network module does (round 39, net2), or undefined when the module is no network platform's (or a
 * `*_facts`/`*_info` module, which wrappers.ts already reads as a read):
 * - `lines`: device lines judged by DEVICE_RULES: `*_command`'s `commands`; `*_config`'s `parents` and `lines` inside a
 *   configuration session (Junos's and VyOS's committed); `*_reboot` a `reload`;
 * - an effect: a resource module's `state` (the network resource modules' reference): `gathered`, `rendered` and
 *   `parsed` read (rendered and parsed do not reach the device), `merged` (the default) adds to the configuration,
 *   `overridden`, `deleted` and `purged` remove what the task does not list: out of service;
 * - null: we cannot tell (a `src` file, `replaced`, an argument built by a template): unknown, fail closed.
 */
export function ansibleNetworkModule(module: string, args: ReadonlyMap<string, string>): { lines: string[] } | { effect: 'read' | 'write' | 'outage'; what: string } | null | undefined {
  const m = NETWORK_MODULE.exec(module.replace(/^[a-z0-9_]+\.[a-z0-9_]+\./, ''));
  if (m === null || /_(facts|info)$/.test(m[2]!)) return undefined;
  const [platform, kind] = [m[1]!, m[2]!];
  if (kind === 'command') return linesOr(moduleList(args.get('commands')));
  if (kind === 'reboot') return { lines: ['reload'] };
  if (kind === 'ping') return { effect: 'read', what: 'pings from the device' };
  if (kind === 'config') {
    const lines = moduleList(args.get('lines') ?? args.get('commands'));
    const parents = args.has('parents') ? moduleList(args.get('parents')) : [];
    if (lines === null || parents === null || args.has('src')) return null;
    const committed = platform === 'junos' || platform === 'vyos';
    return { lines: committed ? ['configure', ...lines, 'commit'] : ['configure terminal', ...parents, ...lines, 'end'] };
  }
  if (!args.has('state') && !args.has('config')) return null;
  const state = args.get('state') ?? 'merged';
  if (/^(gathered|rendered|parsed)$/.test(state)) return { effect: 'read', what: `\`state=${state}\` reads the device's configuration or renders the task's, changing nothing` };
  if (state === 'merged') return { effect: 'write', what: "merges the task's configuration into the device's" };
  if (/^(overridden|deleted|purged)$/.test(state)) return { effect: 'outage', what: `\`state=${state}\` removes the device's ${kind.replaceAll('_', ' ')} configuration the task does not list` };
  return null;
}

/** Network platforms of the Ansible collections (cisco.ios, cisco.nxos, arista.eos, junipernetworks.junos, vyos.vyos…). */
const NETWORK_MODULE = /^(ios|iosxr|nxos|eos|junos|vyos|frr|sonic|os10|os9|routeros|edgeos|icx|exos|slxos|voss|aoscx)_(\w+)$/;

/** A module's list argument (`'show a'`, `show a,show b`, `['show a', 'show b']`) as normalised lines, or null when templated. */
function moduleList(value: string | undefined): string[] | null {
  if (value === undefined || value.includes('{{')) return null;
  const t = value.trim();
  const items = t.startsWith('[') ? [...t.matchAll(/'([^']*)'|"([^"]*)"/g)].map((x) => x[1] ?? x[2]!) : t.split(',');
  const lines = items.map((l) => l.trim().replace(/\s+/g, ' ').toLowerCase()).filter((l) => l !== '');
  return lines.length > 0 ? lines : null;
}

const linesOr = (lines: string[] | null): { lines: string[] } | null => (lines === null ? null : { lines });
