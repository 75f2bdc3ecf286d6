import { operandValues, optionValuesIn, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';

/**
 * Round 40 (bl40comms): catalogue entries for the tools of the team that runs a company's mail and telephony (the programs
 * Postfix, Exim, Dovecot, Mailman and GAM share with older entries are extended where those live: identity-catalogue.ts,
 * service-catalogue.ts). Telephony: Asterisk's remote console (`asterisk -rx 'CLI command'`),
 * FreeSWITCH's `fs_cli -x`, Kamailio's `kamctl`, `kamcmd` and `kamdbctl`, OpenSIPS's `opensips-cli`, the Twilio CLI's
 * account and IP access list operations (one recording or message by its sid stays the generic delete: the older sets
 * label it destructive). Mail: SpamAssassin's `sa-learn` and friends, rspamd's `rspamc` and
 * `rspamadm`, Cyrus IMAP's admin programs and `cyradm` (its commands read from the input), Sympa's `sympa.pl`, the log and
 * queue reports (`pflogsumm`, `eximstats`, `exiqgrep`, `exinext`).
 *
 * Labels follow "How a case is labelled" and the choices blind40-comms.yaml's description states: a PBX or SIP proxy
 * stopped (however gently), every call hung up, a trunk's profile or gateway stopped, a backend set inactive and a
 * restart that drops every call at once are out of service; a graceful restart and one named call hung up are writes;
 * AstDB families deleted, a subscriber deleted, the SIP database dropped or restored over, the learned Bayes database
 * cleared or restored over are data lost; every address trusted (`0.0.0.0/0`) is ingress opened to any address; a Sympa
 * list closed takes no mail. Operations no rule names fall back to `otherwise` (opaque where the console runs anything).
 */

type Args = ReadonlyArray<string | null>;
type Tool = ServiceTool;

const HELP: ServiceRule = { flags: ['--help', '-help'], effect: 'read', what: 'help' };

/** Every value of the console options `names` joined by a space each (`asterisk -rx 'core stop now'`); null when one is not fixed. */
function consoleCommands(args: Args, names: readonly string[]): Array<string | null> {
  return optionValuesIn(args, names).map((v) => (v === null ? null : v.trim().replace(/\s+/g, ' ').toLowerCase()));
}

/**
 * A console rule: holds when any command given by `names` matches `test` (a command not fixed holds for an `unfixed`
 * rule only, so that `asterisk -rx "$(…)"` is read as the worst case and never as a read).
 */
const consoleRule = (names: readonly string[], test: RegExp, effect: ServiceRule['effect'], what: string): ServiceRule => ({ args: (a) => consoleCommands(a, names).some((c) => c !== null && test.test(c)), effect, what });
const consoleUnfixed = (names: readonly string[]): ServiceRule => ({ args: (a) => consoleCommands(a, names).some((c) => c === null), effect: 'opaque', what: 'runs a console command the action does not fix' });
/** Every console command given reads (`show`, `status`): none given is not this rule. */
const consoleReadsOnly = (names: readonly string[], test: RegExp): ServiceRule => ({ args: (a) => { const c = consoleCommands(a, names); return c.length > 0 && c.every((x) => x !== null && test.test(x)); }, effect: 'read', what: 'reads' });
/** Every console command given is one of `test` (reloads, one call, a logger): a write. */
const consoleWritesOnly = (names: readonly string[], test: RegExp, what: string): ServiceRule => ({ args: (a) => { const c = consoleCommands(a, names); return c.length > 0 && c.every((x) => x !== null && test.test(x)); }, effect: 'write', what });
/** A console command given that no rule names: judged opaque (the console runs anything). */
const consoleOther = (names: readonly string[]): ServiceRule => ({ args: (a) => consoleCommands(a, names).length > 0, effect: 'opaque', what: 'runs a console command its catalogue entry does not name' });

// ---- Asterisk (docs.asterisk.org, "Asterisk Command Reference"; `asterisk -h`) -----------------------------------------

/** `-x CMD` in any bundle with `-r`/`-v`/`-R` (`-rx`, `-rvx`, `-rvvvx`): the command the remote console runs. */
const AST_X = ['-x', '-rx', '-Rx', '-rvx', '-rvvx', '-rvvvx', '-vrx'];
const ASTERISK: Tool = {
  names: ['asterisk'],
  valued: [...AST_X, '-C', '-G', '-U', '-s', '-M', '-L', '-e'],
  local: true,
  rules: [
    consoleUnfixed(AST_X),
    // `core stop now|gracefully|when convenient`: the PBX stops, every call in progress is dropped or no new call taken.
    consoleRule(AST_X, /^core (stop|abort shutdown)\b/, 'outage', 'stops Asterisk: every call and registration is lost'),
    // `core restart now` hangs up every call at once: a forced restart (80); `gracefully` and `when convenient` wait.
    consoleRule(AST_X, /^core restart now\b/, 'outage', 'restarts Asterisk at once, hanging up every call'),
    consoleRule(AST_X, /^(channel request hangup|hangup request|soft hangup) all\b/, 'outage', 'hangs up every call in progress'),
    consoleRule(AST_X, /^module unload\b/, 'outage', 'unloads a module: what it serves (a channel driver, SIP) stops'),
    consoleRule(AST_X, /^(pjsip send unregister|sip unregister) \*all\b|^(sip|pjsip) prune realtime all\b(?!.*cache)/, 'outage', 'unregisters every outbound registration'),
    consoleRule(AST_X, /^database deltree\b/, 'destroy', "deletes a family (or a subtree) of Asterisk's database: call forwards, DND, registrations"),
    consoleReadsOnly(AST_X, /^(core show|show|sip show|pjsip show|iax2 show|dahdi show|dialplan show|database (show|showkey|get|query)|queue show|voicemail show|manager show|module show|agent show|agents show|confbridge (show|list)|meetme list|features show|logger show|cdr show|cel show|http show|rtp show|stun show|xmpp show|help|core ping|pjsip list|bridge show|channel show)\b/),
    consoleWritesOnly(AST_X, /^(core (reload|restart (gracefully|when convenient)|set \S+|clear profile)|reload|dialplan reload|(sip|pjsip|iax2|module|manager|logger|features|voicemail|queue|moh|cdr|http) reload\b|module (load|reload)|logger (rotate|set|mute|reload|add channel)|(sip|pjsip|iax2|rtp|stun|cdr|cel) set (debug|logger|history)|pjsip set logger|sip set debug|database (put|del)\b|channel originate|originate|channel request hangup (?!all\b)\S+|hangup request (?!all\b)\S+|soft hangup (?!all\b)\S+|queue (add|remove|pause|unpause) member|devstate change|presencestate change|core waitfullybooted|confbridge kick \S+ \S+)/, 'reloads, sets a debug or log level, changes one key, or acts on one named call'),
    consoleOther(AST_X),
    { flags: ['-h', '-V'], effect: 'read', what: 'help or version' },
  ],
  otherwise: 'write',
};

// ---- FreeSWITCH (developer.signalwire.com/freeswitch, "mod_commands", "mod_sofia", "fs_cli") ---------------------------

const FS_X = ['-x'];
const FS_CLI: Tool = {
  names: ['fs_cli'],
  valued: [...FS_X, '-H', '--host', '-P', '--port', '-p', '--password', '-u', '--user', '-d', '--debug', '-l', '--log-level', '-t', '--timeout', '-T', '--connect-timeout', '-r', '--retry', '-i'],
  local: true,
  rules: [
    consoleUnfixed(FS_X),
    // `fsctl shutdown restart` restarts; with `elegant` (wait for calls) or `asap` (no new calls, then when idle) it waits.
    consoleRule(FS_X, /^(fsctl )?shutdown\b(?=.*\brestart\b)(?=.*\b(elegant|asap)\b)/, 'write', 'restarts FreeSWITCH when its calls have ended'),
    consoleRule(FS_X, /^(fsctl )?shutdown\b(?=.*\brestart\b)/, 'outage', 'restarts FreeSWITCH at once, hanging up every call'),
    consoleRule(FS_X, /^(fsctl )?shutdown\b(?!.*\bcancel\b)|^fsctl (crash|pause)\b|^hupall\b|^unload\b|^sofia profile \S+ (stop|killgw)\b|^fsctl (max_sessions|sps) 0\b/, 'outage', 'stops FreeSWITCH, hangs up every call, or takes a SIP profile, gateway or module out of service'),
    consoleReadsOnly(FS_X, /^(show|status|sofia (status|xmlstatus)|version|uptime|global_getvar|eval|callcenter_config (queue|agent|tier) list|conference (list|\S+ list)|fsctl (loglevel|debug_level)?$|sofia profile \S+ (status|siptrace)|db select|hash select|help|getvar|uuid_(exists|getvar|dump)|module_exists|list_users|sofia_contact|user_exists|stun)\b/),
    consoleWritesOnly(FS_X, /^(reloadxml|reloadacl|reload\b|load\b|fsctl (loglevel|resume|send_sighup|sync_clock|debug_level|calibrate_clock|flush_db_handles|hupall)|fsctl shutdown cancel|sofia (global|loglevel|tracelevel)|sofia profile \S+ (rescan|start|restart|register|unregister|siptrace|flush_inbound_reg \S+)|uuid_(kill|transfer|bridge|hold|break|park|record|setvar|answer|broadcast|displace|send_dtmf) \S+|originate|bgapi originate|callcenter_config (agent|tier|queue) (add|set|load|reload)|conference \S+ (kick|mute|unmute|play) \S+|log|console loglevel|db insert|hash insert|sched_)/, 'reloads, sets a log level, or acts on one named call or one gateway'),
    consoleOther(FS_X),
  ],
  otherwise: 'write',
};

// ---- Kamailio (kamailio.org/docs: kamctl(8), kamcmd(8), the modules' RPC commands) and OpenSIPS (opensips-cli) ---------

/** An address rule that trusts every address: network 0.0.0.0 (or ::) with mask 0 (`kamctl address add GRP 0.0.0.0 0 …`). */
function trustsEveryAddress(args: Args): boolean {
  const ops = operandValues(args, new Set());
  const at = ops.findIndex((o) => o !== null && /^(0\.0\.0\.0|::)$/.test(o));
  return at !== -1 && (ops[at + 1] === '0' || ops[at + 1] === null);
}

/** A dispatcher or gateway state that takes a destination out of use: inactive or disabled (`i`, `ip`, `d`, `dp`). */
const OFF_STATE = /^[id][ptx]?$/i;

const KAMCTL: Tool = {
  names: ['kamctl', 'opensipsctl'],
  valued: [],
  local: true,
  rules: [
    { sub: /^address add\b/, args: trustsEveryAddress, effect: 'safeguard', what: 'trusts every address: calls from anywhere are accepted without authentication' },
    { sub: /^(rm|domain rm|alias rm|rpid rm|lcr rm|dispatcher rm|address rm|acl revoke|db (drop|reinit)|ul rm \S+ \S+)\b/, effect: 'destroy', what: 'deletes a subscriber, a served domain, an alias, a trusted address or the database', devWrite: 'a dev proxy\'s subscribers are test accounts (decision 40)' },
    { sub: /^(stop)\b/, effect: 'outage', what: 'stops the SIP proxy' },
    { sub: /^(ul show|ul showdb|stats|ps|uptime|monitor|online|ping|domain show|domain showdb|address show|address dump|acl show|alias show|rpid show|dispatcher show|db show|showdb|version|help|srv|cisco_restart|fifo (which|get_statistics|version|uptime|dlg_list|ul_dump|dispatcher.list)|rpc (\S+\.(list|dump|get|show|status|stats)|core\.\w+)|kamcmd (\S+\.(list|dump|get|show|status|stats)|core\.(uptime|version|info)))\b/, effect: 'read', what: 'reads' },
  ],
  otherwise: 'write',
};

const KAMCMD: Tool = {
  names: ['kamcmd', 'sercmd'],
  valued: ['-s', '-R', '-D'],
  local: true,
  rules: [
    HELP,
    { sub: /^dispatcher\.set_state\b/, args: (a) => { const ops = operandValues(a, new Set(['-s', '-R', '-D'])); return ops[1] === null || OFF_STATE.test(ops[1] ?? ''); }, effect: 'outage', what: 'takes a dispatcher destination out of rotation' },
    { sub: /^(core\.(kill|shutdown)|ctl\.shutdown)\b/, effect: 'outage', what: 'stops the SIP proxy' },
    // A ban or block table flushed (`htable.flush ipban`, the pike module's banned attackers): every address let in again.
    { sub: /^htable\.flush (\S*(ban|block|deny|blacklist|blocklist)\S*|\?)$/i, effect: 'safeguard', what: 'clears a table of banned addresses: every banned sender is let in again' },
    { sub: /^(htable\.flush|htable\.delete\S*|ul\.rm|ul\.flush|dlg\.end_dlg|dlg\.terminate_dlg|dialog\.end_dlg)\b/, args: (a) => !/^htable\.flush$/.test(operandValues(a, new Set())[0] ?? ''), effect: 'write', what: 'removes one cached entry or ends one dialog' },
    { sub: /^\S+\.(list|dump|get|show|stats|status|info|version|uptime|ps|which|system\.listmethods)\b|^(core\.\w+|stats\.get_statistics|system\.\w+)\b/, args: (a) => !/^core\.(kill|shutdown)$/.test(operandValues(a, new Set())[0] ?? ''), effect: 'read', what: 'reads' },
  ],
  otherwise: 'write',
};

const KAMDBCTL: Tool = {
  names: ['kamdbctl', 'opensipsdbctl'],
  valued: [],
  local: true,
  rules: [
    { sub: /^(drop|reinit|restore|reinstall|droppresence|dropextra|dropuid)\b/, effect: 'destroy', what: 'drops the SIP database (or its tables), or restores a dump over it' },
    { sub: /^(help|presence show|version)\b/, effect: 'read', what: 'reads' },
  ],
  otherwise: 'write',
};

/** opensips-cli's `mi dr_gw_status`: a status of 0 (`status=0` or the second positional value) disables the gateway. */
function drStatusOff(args: Args): boolean {
  const ops = operandValues(args, new Set(OSIPS_VALUED));
  const at = ops.findIndex((o) => o === 'dr_gw_status' || o === 'dr_carrier_status');
  if (at === -1) return false;
  const rest = ops.slice(at + 1);
  const named = rest.find((o) => o !== null && /^status=/.test(o));
  if (named !== undefined) return named === null || /^status=0$/.test(named);
  return rest.length >= 2 && (rest[1] === null || rest[1] === '0');
}
const OSIPS_VALUED = ['-f', '--config', '-i', '--instance', '-o', '--option', '-l', '--log-level', '-p', '--print'];
const OPENSIPS_CLI: Tool = {
  names: ['opensips-cli'],
  valued: OSIPS_VALUED,
  local: true,
  rules: [
    HELP,
    { sub: /^mi ds_set_state\b/, args: (a) => { const ops = operandValues(a, new Set(OSIPS_VALUED)); const at = ops.indexOf('ds_set_state'); const s = ops[at + 1]; return s === null || OFF_STATE.test((s ?? '').replace(/^state=/, '')); }, effect: 'outage', what: 'takes a dispatcher destination out of rotation' },
    { sub: /^mi (dr_gw_status|dr_carrier_status)\b/, args: drStatusOff, effect: 'outage', what: 'disables a gateway or carrier' },
    { sub: /^mi (kill|shutdown)\b/, effect: 'outage', what: 'stops OpenSIPS' },
    { sub: /^(user (delete|remove|rm)|database (drop|destroy)|mi (ul_rm|ds_remove)\b)/, effect: 'destroy', what: 'deletes a subscriber or drops the database' },
    { sub: /^mi (\S*_(list|dump|show|status)|uptime|version|get_statistics|which|ps|list_statistics|help|dr_gw_status \S+$|ds_list|ul_show_contact)\b/, effect: 'read', what: 'reads' },
    { sub: /^(user (add|password)|database (create|migrate|add)|mi \S*reload\b|diagnose|trap|tls|trace)\b/, effect: 'write', what: 'adds or changes one thing, or reloads' },
  ],
  otherwise: 'write',
};

// ---- Twilio CLI (twilio.com/docs/twilio-cli): what its generic reading cannot see ------------------------------------

/** `--ip-address 0.0.0.0 --cidr-prefix-length 0`: an IP access list entry that admits every address. */
function admitsEveryAddress(args: Args): boolean {
  const ip = optionValuesIn(args, ['--ip-address']);
  const len = optionValuesIn(args, ['--cidr-prefix-length']);
  return ip.some((v) => v === null || /^(0\.0\.0\.0|::)$/.test(v)) && (len.length === 0 ? false : len.some((v) => v === null || v === '0'));
}
/** Twilio's record kinds (the CLI's `api:core:KIND:remove`) and the prefix of their sids: 2 letters and 32 hex digits. */
const TWILIO_SID: Readonly<Record<string, RegExp>> = {
  recordings: /^RE[0-9a-f]{32}$/,
  'calls:recordings': /^RE[0-9a-f]{32}$/,
  messages: /^(SM|MM)[0-9a-f]{32}$/,
  calls: /^CA[0-9a-f]{32}$/,
  transcriptions: /^TR[0-9a-f]{32}$/,
};
/** `api:core:KIND:remove --sid SID`: one record by its whole sid, given once (the lead's answer 420.5, by 53). */
function oneTwilioRecord(args: Args): boolean {
  // The topic word wherever the CLI's own options put it (`twilio -p prod api:core:…`; oclif takes flags anywhere).
  const kind = /^api:core:((?:calls:)?[a-z]+):remove$/.exec(args.find((a) => a !== null && a.startsWith('api:')) ?? '')?.[1];
  const sid = kind === undefined ? undefined : TWILIO_SID[kind];
  const sids = optionValuesIn(args, ['--sid']);
  const one = sids.length === 1 ? sids[0] : null;
  return sid !== undefined && typeof one === 'string' && sid.test(one) && optionValuesIn(args, ['--call-sid']).every((v) => v !== null && /^CA[0-9a-f]{32}$/.test(v));
}
const TWILIO: Tool = {
  names: ['twilio'],
  valued: ['--sid', '--call-sid', '--status', '--ip-address', '--cidr-prefix-length', '--friendly-name', '--ip-access-control-list-sid', '--trunk-sid', '-p', '--profile', '-o', '--output', '--properties', '--limit', '--from', '--to', '--body', '--voice-url', '--sms-url', '--date-created-before', '--date-created-after', '--account-sid', '--environment', '--service-name', '--country-code', '--area-code', '--start-date', '--log-level'],
  where: ['-p', '--profile'],
  rules: [
    { sub: /^api:core:accounts:update\b/, flagValue: { names: ['--status'], value: /^closed$/i }, effect: 'destroy', what: 'closes the (sub)account: its numbers are released and its data deleted' },
    { sub: /^api:core:accounts:update\b/, flagValue: { names: ['--status'], value: /^suspended$/i }, effect: 'outage', what: 'suspends the (sub)account: its numbers stop taking calls and messages' },
    { sub: /^api:core:((calls:)?recordings|messages|calls|transcriptions):remove$/, args: oneTwilioRecord, effect: 'write', what: 'deletes one recording, message, call or transcription by its whole sid (answer 420.5)' },
    { sub: /^api:core:sip:ip-access-control-lists:ip-addresses:(create|update)\b/, args: admitsEveryAddress, effect: 'safeguard', what: 'admits every address to the SIP domain or trunk' },
  ],
  otherwise: 'fallback',
};

// ---- SpamAssassin, rspamd ------------------------------------------------------------------------------------------

/** sa-learn(1p): `--clear` wipes the Bayes database, `--restore` replaces it with a backup; `--dump`/`--backup` read it. */
const SA_LEARN: Tool = {
  names: ['sa-learn'],
  valued: ['--dbpath', '-p', '--prefs-file', '--siteconfigpath', '--cf', '-u', '--username', '-f', '--folders', '-D', '--debug', '-C', '--configpath', '--restore'],
  local: true,
  rules: [
    { flags: ['--clear', '--restore'], effect: 'destroy', what: 'wipes the learned Bayes database, or replaces it with a backup' },
    { args: (a) => a.some((x) => x === null), effect: 'opaque', what: 'options the action does not fix' },
    { flags: ['--dump', '--backup', '-V', '--version', '-h', '--help'], effect: 'read', what: 'reads the Bayes database' },
  ],
  otherwise: 'write',
};
const RSPAMC: Tool = {
  names: ['rspamc'],
  valued: ['-h', '--connect', '-P', '--password', '-c', '--classifier', '-w', '--weight', '-f', '--flag', '-t', '--timeout', '-i', '--ip', '-F', '--from', '-r', '--rcpt', '-d', '--deliver', '-u', '--user', '--header', '--settings', '--settings-id', '-n', '--max-requests', '--mime', '-e', '--exec', '--queue-id', '--helo', '--hostname'],
  local: true,
  rules: [
    { sub: /^(stat_reset)\b/, effect: 'write', what: 'resets the statistics counters' },
    { sub: /^(learn_spam|learn_ham|fuzzy_add|fuzzy_del|fuzzy_delhash|add_symbol|revert)\b/, effect: 'write', what: 'teaches the classifier or the fuzzy store one message or hash' },
    { sub: /^((stat|symbols|check|report|scan|counters|uptime|fuzzy_check|fuzzy_sync_status)\b|$)/, effect: 'read', what: 'scores a message or reports' },
  ],
  otherwise: 'write',
};
const RSPAMADM: Tool = {
  names: ['rspamadm'],
  valued: ['-c', '--config', '-d', '--domain', '-s', '--selector', '-b', '--bits', '-k', '--privkey', '-t', '--type', '-o', '--output'],
  local: true,
  rules: [{ sub: /^(configtest|configdump|confighelp|lua|grep|mime|corpus_test|dmarc_report --no-send|control stat|control fuzzystat|version|help)\b/, effect: 'read', what: 'reads' }],
  otherwise: 'write',
};

// ---- Cyrus IMAP (cyrusimap.org, "Administrator's guide: command line utilities") -----------------------------------

const CYRADM: Tool = {
  names: ['cyradm'],
  valued: ['-u', '--user', '--authz', '--auth', '--port', '--server', '--realm', '--password', '--notls', '--cafile', '--capath'],
  // `dm`/`deletemailbox` deletes a mailbox and everything under it; `sam MBOX anyone …` opens it to every user.
  input: { deletes: /(^|[\n;])\s*(dm|deletemailbox|delete)\s|(^|[\n;])\s*(sam|setaclmailbox|setacl)\s+\S+\s+(anyone|anonymous)\b/i, what: 'deletes a mailbox or opens one to every user', serverOperand: true },
  rules: [{ flags: ['--help', '-h'], effect: 'read', what: 'help' }],
  otherwise: 'write',
};
const CYRUS_TOOLS: Tool[] = [
  CYRADM,
  // ipurge(8): deletes messages by age, size or date from the mailboxes named (or all with -f over a pattern).
  { names: ['ipurge'], valued: ['-C', '-d', '-b', '-k', '-m'], local: true, rules: [{ flags: ['-h'], effect: 'read', what: 'help' }], otherwise: 'destroy' },
  // cyr_expire(8): expunges and removes what the mailboxes' configured delayed-expunge and delayed-delete retention marked.
  { names: ['cyr_expire'], valued: ['-C', '-D', '-E', '-X', '-A', '-p', '-u'], local: true, rules: [], otherwise: 'write' },
  // reconstruct(8) rebuilds a mailbox's index from its files; unexpunge(8) brings expunged messages back (`-l` lists them).
  { names: ['reconstruct', 'unexpunge'], valued: ['-C', '-p', '-d', '-t', '-u'], local: true, rules: [{ flags: ['-l'], effect: 'read', what: 'lists' }], otherwise: 'write' },
];

// ---- Sympa (sympa.community, sympa.pl(8)) -----------------------------------------------------------------------------

const hasOption = (name: string) => (a: Args): boolean => a.some((x) => x !== null && (x === name || x.startsWith(`${name}=`)));
const SYMPA: Tool = {
  names: ['sympa.pl', 'sympa'],
  valued: ['--robot', '--input_file', '--list', '--family', '--config', '--lang', '--log_level', '--md5_digest', '--role', '--user'],
  local: true,
  rules: [
    { args: hasOption('--purge_list'), effect: 'destroy', what: 'deletes a list with its archives and members' },
    { args: hasOption('--close_list'), effect: 'outage', what: 'closes a list: it takes no mail' },
    { args: (a) => ['--dump', '--help', '-h', '--version', '-v', '--show_pending_lists', '--health_check', '--dump_users'].some((n) => hasOption(n)(a)), effect: 'read', what: 'reads' },
  ],
  otherwise: 'write',
};

// ---- reports and readers ------------------------------------------------------------------------------------------------

const READERS: Tool[] = [
  { names: ['pflogsumm', 'pflogsumm.pl', 'eximstats', 'exinext', 'exiqsumm', 'exigrep', 'exiwhat', 'exim_checkaccess', 'opendkim-testmsg', 'spamassassin', 'spamc', 'rspamd-stats'], valued: ['-d', '-s', '-C', '-D', '-k', '-x'], local: true, rules: [], otherwise: 'read' },
  // exiqgrep(8) lists message ids; it deletes nothing itself (the ids go to `exim -Mrm`, judged there).
  { names: ['exiqgrep', 'exipick'], valued: ['-f', '-r', '-s', '-y', '-o', '-C', '-E'], local: true, rules: [], otherwise: 'read' },
  { names: ['sa-update', 'sa-compile'], valued: ['--channel', '--channelfile', '--gpgkey', '--install', '--updatedir'], local: true, rules: [], otherwise: 'write' },
];

export const COMMS_TOOLS: ServiceTool[] = [ASTERISK, FS_CLI, KAMCTL, KAMCMD, KAMDBCTL, OPENSIPS_CLI, TWILIO, SA_LEARN, RSPAMC, RSPAMADM, ...CYRUS_TOOLS, SYMPA, ...READERS];
