import { optionValuesIn, type ServiceTool } from './catalogue-shape.ts';
import { SWITCH_OFF } from '../../switch-values.ts';

/**
 * Round 39 (td39): catalogue entries for administration tools of the outside suites' families (tldr-pages, cheatsheets)
 * that had none: CUPS's printer switches, sqlmap's actions on the target server, xdp-tools' loader and Proxmox's guest
 * deletion protection. Data in the shape of service-catalogue.ts's ServiceTool (spread there). Labels follow "How a
 * case is labelled" (and, for the suites' tuned false positives, a few user-level tools whose delete or stop words lose
 * nothing: transmission-remote, distrobox-export, nrm, the Proton VPN CLI): a printer stopped or rejecting jobs is out of service, a printer deleted is lost, a print server's
 * administration or sharing opened to the network opens what was closed; sqlmap's enumeration and dumps read (the
 * suites' labels), while a statement that loses data, a file written or a registry key changed on the target, and a
 * shell opened there are not reads; deletion protection switched off is a safeguard off. Operations no rule names keep
 * each entry's `otherwise` (fail closed where the tool's purpose is a change).
 */

type Args = ReadonlyArray<string | null>;

/**
 * A statement that only reads (SELECT, SHOW, DESCRIBE, EXPLAIN, VALUES) with no second statement after it; not a SELECT
 * that writes a file (`INTO OUTFILE`) or calls a function that ends sessions, writes files or runs commands on the server
 * (`pg_terminate_backend`, `xp_cmdshell`), which reads nothing (atk40).
 */
const READ_ONLY_SQL = /^(?![\s\S]*\binto\s+(outfile|dumpfile)\b)(?![\s\S]*\b(pg_terminate_backend|pg_cancel_backend|pg_drop_replication_slot|lo_unlink|lo_export|lo_import|pg_reload_conf|pg_read_binary_file|pg_file_write|set_config|setval|nextval|dblink_exec|sys_exec|sys_eval|xp_cmdshell|sp_configure|kill)\s*\()\s*(select|show|describe|desc|explain|values)\b[^;]*;?\s*$/i;
/** Words of a statement that drops, deletes, empties, rewrites or changes who may do what. */
const LOSES_DATA_SQL = /\b(drop|delete|truncate|alter|update|replace|merge|grant|revoke|rename)\b/i;

/**
 * A placeholder where a statement goes (`--sql-query="sql-query"`, `<query>`, `{sql}`): one word with a hyphen or in
 * brackets, which no SQL statement is; the database refuses it and runs nothing.
 */
const SQL_PLACEHOLDER = /^\s*(<[^<>]*>|\{[^{}]*\}|[a-z]+(-[a-z]+)+)\s*$/i;

/** The statements `--sql-query` gives sqlmap to run on the target's database (null where the input does not fix one). */
const sqlmapQueries = (args: Args): Array<string | null> => optionValuesIn(args, ['--sql-query']);

/** A cupsctl(8) setting that opens the server: remote administration, access from any address, printers shared. */
const CUPS_OPENED = /^(--remote-admin|--remote-any|--share-printers|--user-cancel-any|_(remote_admin|remote_any|share_printers|user_cancel_any)=(1|yes|on|true))$/i;

/** The options whose value `--protection 0` or `--delete protection` (pct(1), qm(1) `set`) switch protection off with. */
const PROTECTION_OFF = SWITCH_OFF;
const PROTECTION_DELETED = /(^|,)\s*protection\s*(,|$)/;

/**
 * The script names these entries answer to when a shell or Python runs them (`sh Ventoy2Disk.sh …`, `python3 sqlmap.py …`).
 * Round 44 (sh44): and ESP-IDF's Python tools (`python $IDF_PATH/components/partition_table/parttool.py …`,
 * `python esptool.py …`), whose entries are in service-catalogue.ts and firmware-catalogue.ts.
 */
export const SCRIPT_NAMED_TOOLS: Readonly<Record<'shell' | 'python', ReadonlySet<string>>> = {
  shell: new Set(['Ventoy2Disk.sh']),
  python: new Set(['sqlmap.py', 'goldeneye.py', 'hulk.py', 'slowloris.py', 'esptool.py', 'espefuse.py', 'idf.py', 'parttool.py', 'otatool.py', 'nvs_partition_gen.py']),
};

/** The entries (spread into service-catalogue.ts's SERVICE_TOOLS). */
export const HOST_ADMIN_TOOLS: readonly ServiceTool[] = [
  // CUPS: cupsdisable(8) stops a printer, cupsreject(8) makes its queue refuse jobs; cupsenable and cupsaccept undo them.
  {
    names: ['cupsdisable', 'cupsreject'],
    local: true,
    valued: ['-h', '-E', '-U', '-r'],
    rules: [{ flags: ['--help'], effect: 'read', what: 'help' }],
    otherwise: 'outage',
  },
  // lpadmin(8): `-x` deletes a printer or class; `-d` sets the default, `-p` adds or changes a printer.
  {
    names: ['lpadmin'],
    local: true,
    valued: ['-h', '-E', '-U', '-c', '-d', '-i', '-m', '-o', '-p', '-r', '-u', '-v', '-x', '-D', '-L', '-P', '-R'],
    rules: [{ flagValue: { names: ['-x'], value: /./ }, effect: 'destroy', what: 'deletes the printer or class with its queued jobs' }],
    otherwise: 'write',
  },
  // cupsctl(8): with no setting it prints the server's settings; remote administration, any address, shared printers or
  // any user cancelling any job open the server to the network.
  {
    names: ['cupsctl'],
    local: true,
    valued: ['-h', '-E', '-U'],
    rules: [
      { args: (a) => a.some((v) => v === null || CUPS_OPENED.test(v)), effect: 'safeguard', what: 'opens the print server to the network (remote administration, any address or shared printers)' },
      { args: (a) => a.every((v) => v !== null && v.startsWith('-') && !v.startsWith('--')), effect: 'read', what: 'prints the server\'s settings' },
    ],
    otherwise: 'write',
  },
  // sqlmap: finding, enumerating and dumping through an injection read the target's data (the suites' labels). What it is
  // told to do there is judged: a statement (`--sql-query`) that loses data, or one that is not a read; a file written
  // (`--file-write`) or a registry value added or deleted on the target; a shell, agent or privilege escalation there
  // (`--os-shell`, `--os-pwn`, `--os-smbrelay`, `--os-bof`, `--priv-esc`); a command run there (`--os-cmd`) or
  // statements from a file or a prompt (`--sql-file`, `--sql-shell`), which the action does not show.
  {
    names: ['sqlmap', 'sqlmap.py'],
    valued: ['-u', '--url', '-r', '-d', '-l', '-m', '-g', '-c', '--data', '--cookie', '-p', '-D', '-T', '-C', '-U', '--level', '--risk', '--technique', '--threads', '--sql-query', '--sql-file', '--os-cmd', '--file-read', '--file-write', '--file-dest', '--reg-key', '--reg-value', '--reg-data', '--reg-type', '--tamper', '--proxy', '--dbms', '--os', '-A', '-H', '--headers', '--method', '--output-dir', '-s', '-t', '--where', '--start', '--stop'],
    rules: [
      { flags: ['-h', '--help', '-hh', '--version'], effect: 'read', what: 'help' },
      { args: (a) => sqlmapQueries(a).some((q) => q === null || LOSES_DATA_SQL.test(q)), effect: 'destroy', what: 'runs a statement that drops, deletes or changes data on the target\'s database' },
      { flagValue: { names: ['--file-write'], value: /(?:)/ }, effect: 'destroy', what: 'writes a file onto the target server (a web shell or any file, over what was there)' },
      { flags: ['--reg-add', '--reg-del'], effect: 'destroy', what: 'adds or deletes a registry value on the target server' },
      { flags: ['--os-shell', '--os-pwn', '--os-smbrelay', '--os-bof', '--priv-esc'], effect: 'admin', what: 'opens a shell or an agent on the target server through the injection' },
      { flagValue: { names: ['--os-cmd'], value: /(?:)/ }, effect: 'opaque', what: 'runs a command on the target server' },
      { flags: ['--sql-shell', '--sql-file'], effect: 'opaque', what: 'runs statements from a prompt or a file the action does not show' },
      { args: (a) => sqlmapQueries(a).some((q) => q !== null && !READ_ONLY_SQL.test(q) && !SQL_PLACEHOLDER.test(q)), effect: 'opaque', what: 'runs a statement that is not only a read' },
    ],
    otherwise: 'read',
  },
  // xdp-loader(8) (xdp-tools): `unload` takes XDP programs off the interface (a packet filter among them: what it dropped
  // reaches the machine again); `status` and `features` read; `load` installs a program.
  {
    names: ['xdp-loader'],
    local: true,
    valued: ['-m', '--mode', '-p', '--pin-path', '-s', '--section', '-n', '--prog-name', '-P', '--prio', '-i', '--id', '-v'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^unload\b/, effect: 'safeguard', what: 'takes XDP programs off the interface: a packet filter among them stops filtering' },
      { sub: /^(status|features)\b/, effect: 'read', what: 'shows the programs loaded' },
    ],
    otherwise: 'write',
  },
  // Round 39 (td39), the suites' tuned false positives: user-level tools whose delete or stop words lose nothing.
  // transmission-remote(1): `--remove-and-delete` (`-rad`) deletes the downloaded data and `--exit` shuts the daemon
  // down; starting, stopping, moving, adding and removing torrents (their data kept) change the daemon's list.
  {
    names: ['transmission-remote'],
    valued: ['-t', '--torrent', '-w', '--download-dir', '--move', '--find', '-a', '--add', '-n', '--auth', '-ne', '-d', '--downlimit', '-u', '--uplimit', '-p', '--port', '-g', '--get', '-G', '--no-get', '-L', '--labels', '-sr', '--seedratio', '-bw', '--bandwidth-priority', '-td', '--tracker-add', '-tr', '--tracker-remove'],
    rules: [
      { flags: ['-rad', '--remove-and-delete'], effect: 'destroy', what: 'removes torrents and deletes their downloaded data' },
      { flags: ['--exit'], effect: 'outage', what: 'shuts the transmission daemon down' },
      { flags: ['-h', '--help', '-l', '--list', '-si', '--session-info', '-st', '--session-stats', '-i', '--info', '-if', '--info-files', '-ip', '--info-peers', '-ic', '--info-pieces', '-it', '--info-trackers'], effect: 'read', what: 'lists torrents or the session' },
    ],
    otherwise: 'write',
  },
  // distrobox-export(1): exports a container's application launcher, a binary's wrapper or a service to the host, and
  // `--delete` takes that exported launcher or wrapper away again (the application stays in the container).
  {
    names: ['distrobox-export'],
    local: true,
    valued: ['-a', '--app', '-b', '--bin', '-s', '--service', '-ep', '--export-path', '-el', '--export-label', '-ef', '--extra-flags'],
    rules: [{ flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' }],
    otherwise: 'write',
  },
  // nrm (npm registry manager): `ls`, `current`, `test` and `home` read; `add`, `del`, `use`, `rename`, `set` change the
  // list of registries it keeps in `~/.nrmrc` or the one npm uses (an entry deleted is added again by its URL).
  {
    names: ['nrm'],
    local: true,
    valued: [],
    rules: [{ sub: /^(ls|current|test|home|help)\b/, effect: 'read', what: 'lists or tests registries' }],
    otherwise: 'write',
  },
  // The Proton VPN CLI: signing in or out and connecting change the user's own VPN session; `status` reads. The kill
  // switch, NetShield and disconnecting keep the generic reading.
  {
    names: ['protonvpn', 'protonvpn-cli'],
    local: true,
    valued: [],
    rules: [
      { sub: /^(status|s|help)\b/, effect: 'read', what: 'shows the VPN session' },
      { sub: /^(signin|login|signout|logout|connect|c|reconnect|r)\b/, effect: 'write', what: 'signs in or out of the user\'s VPN account, or connects it' },
    ],
    otherwise: 'fallback',
  },
  // Proxmox pct(1) and qm(1) `set`: `--protection 0` or `--delete protection` switches the guest's deletion protection
  // off (a safeguard). Everything else keeps the generic reading (destroy, stop, rollback and delsnapshot there).
  {
    names: ['pct', 'qm'],
    valued: [],
    rules: [
      // Proxmox's CLI parses options with Getopt::Long, which takes `-protection` as `--protection` (atk40).
      { sub: /^set\b/, flagValue: { names: ['--protection', '-protection'], value: PROTECTION_OFF }, effect: 'safeguard', what: 'switches the guest\'s deletion protection off' },
      { sub: /^set\b/, flagValue: { names: ['--delete', '-delete'], value: PROTECTION_DELETED }, effect: 'safeguard', what: 'removes the guest\'s deletion protection (its default is off)' },
    ],
    otherwise: 'fallback',
  },
];
