import { heuristicEnvironment } from '../../environment.ts';
import { namesDisposable, namesSharedCiResource, SCRATCH_WORDS_BUT_SANDBOX } from '../../test-data.ts';
import { cronJobSafeguard, namesSafeguardOrDelivery, namesSyncOrBackupAgent } from '../../kept-agents.ts';
import { DATA_SERVER_NAMES, ENDPOINT_PROTECTION, KEPT_SERVER_PRODUCT } from '../../security-products.ts';

/**
 * The shape of a command line across CLIs, for a program the classifier does not know (round 37, u37): what its
 * subcommand's verb, its options and its operands say it does, read the same way for every tool. Measured by leaving one
 * catalogue tool out at a time (scripts/unseen-tools.ts) and tuned on the tuned third's misses of that measure only.
 *
 * A verb is looked for among the first three operands (`TOOL VERB`, `TOOL NOUN VERB`, `TOOL NOUN NOUN VERB`), in a
 * `topic:verb` or `verb-object` compound, and in an option spelled as the action (`kafka-topics --delete`, `journalctl
 * --vacuum-time=1s`). The first verb of the lexicon found decides its class.
 */

/** Verbs that lose data nothing brings back by itself (beyond dispatch.ts's DESTRUCTIVE_WORD): work discarded, data collected away. */
const LOSS_VERBS: ReadonlySet<string> = new Set([
  'del', 'revert', 'discard', 'obliterate', 'shred', 'gc', 'vacuum', 'cleanse', 'yank', 'teardown', 'evict', 'invalidate',
  'zap', 'expunge', 'forget', 'unbootstrap', 'rmdir', 'mdelete', 'unset', 'nuke',
]);
/**
 * Verbs that take a running service out of service ("Out of service", answers' availability model): the outage and the
 * work in flight are lost. dispatch.ts left stop, down, disable and kill out of the unknown program's words; they come
 * back here with what says the agent's own throwaway environment (`devEnvironmentNamed`).
 */
const OUTAGE_VERBS: ReadonlySet<string> = new Set([
  'stop', 'kill', 'down', 'disable', 'mask', 'pause', 'suspend', 'shutdown', 'hshutdown', 'halt', 'poweroff', 'leave',
  'deactivate', 'disconnect', 'isolate', 'quiesce', 'offline', 'silence', 'signout', 'graceful-stop',
]);
/** Verbs that are a loss only with a mass selector (`scancel -u alice`, `bkill 0`, `cancel --all`): one job of one's own is a write. */
const MASS_ONLY_VERBS: ReadonlySet<string> = new Set(['cancel', 'abort', 'terminate', 'revoke', 'kill', 'rm', 'del', 'delete', 'remove', 'stop', 'purge']);
/** Read-only verbs: status, listings, descriptions, checks, diffs, help (answers' "Benign": reads, lists, describes, status, logs). */
const READ_VERBS: ReadonlySet<string> = new Set([
  'status', 'list', 'ls', 'show', 'get', 'describe', 'info', 'inspect', 'check', 'validate', 'verify', 'diff', 'log', 'logs',
  'history', 'version', 'help', 'cat', 'search', 'find', 'top', 'stats', 'stat', 'health', 'ping', 'whoami', 'preview',
  'plan', 'explain', 'lint', 'tree', 'view', 'watch', 'tail', 'print', 'dump', 'export', 'outdated', 'doctor',
  'audit', 'ps', 'du', 'df', 'where', 'which', 'lsof', 'stat', 'count', 'summary', 'report', 'test', 'check-config', 'configtest',
]);
/**
 * Verbs that delete, read only inside a subcommand word made of an object and a verb (`zone-delete`, `user_remove`,
 * `deleteVolume`): alone they are dispatch.ts's DESTRUCTIVE_WORD, read before this lexicon. Not `reset` (`reset-config`
 * starts a setting afresh) nor `uninstall` (answer 388.1 reads it alone).
 */
const COMPOUND_LOSS_VERBS: ReadonlySet<string> = new Set([
  'delete', 'destroy', 'remove', 'rm', 'rmi', 'purge', 'drop', 'terminate', 'wipe', 'erase', 'deregister', 'unregister',
  'truncate', 'revoke', 'unpublish', 'decommission', 'prune',
]);
/** Not `flush` (`flush_zone`, `flush-cache`: a resolver's or a cache's), nor `down` and `leave` (`rsync-down`, `scale-down`). */
const COMPOUND_NOT_VERBS: ReadonlySet<string> = new Set(['flush', 'down', 'leave']);
/**
 * The read verbs an object-verb word is read by (`user-show`, `listSnapshots`, `luksDump`): not those that are also nouns
 * (`zero-log`, `service-version`, `stats-reset`, `history-clear`).
 */
const COMPOUND_READ_VERBS: ReadonlySet<string> = new Set(['show', 'list', 'ls', 'get', 'describe', 'find', 'search', 'inspect', 'check', 'verify', 'validate', 'view', 'print', 'dump', 'cat', 'diff', 'lint', 'explain', 'preview']);
/**
 * Verbs that read (`silence query`, `gc status`): after a word the lexicon also reads as a verb, they say that word was the
 * noun of `TOOL NOUN VERB`. Not `add`, `create` or `set`: a silence added silences, a pause created pauses.
 */
const NOUN_FOLLOWING_VERBS: ReadonlySet<string> = new Set(['get', 'list', 'ls', 'show', 'describe', 'query', 'status', 'info', 'inspect']);
/**
 * Schedules (a DAG, a schedule, a CronJob, a trigger, a sensor): one paused, stopped or disabled runs nothing until it is
 * resumed, a write unless it backs up, snapshots, renews certificates or ships logs (standing exceptions; kept-agents.ts
 * `cronJobSafeguard`).
 */
const SCHEDULE_NOUN = /^(dags?|schedules?|cron|crons|cronjobs?|triggers?|sensors?|timers?)$/i;
const SCHEDULE_HALT = /^(pause|stop|disable|deactivate|suspend)$/i;

/**
 * The words of a subcommand made of an object and a verb (`user-del`, `dnszone-remove`, `delete_user`, `deleteVolume`,
 * `luksDump`), lower-cased; none for a plain word, a path, a file name or a value.
 */
export function compoundParts(word: string): string[] {
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*$/.test(word)) return [];
  const parts = word.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().split(/[-_]/).filter((p) => p !== '');
  return parts.length >= 2 ? parts : [];
}

/**
 * The verb of an object-verb subcommand, first part or last (`delete-user`, `user-del`, `deleteVolume`, `listSnapshots`,
 * `hbacrule-disable`), with its class: a verb of the lexicon, or one of COMPOUND_LOSS_VERBS. Both orders are read, as
 * CLIs spell them both (FreeIPA `user-del`, AWS `delete-user`, `diskutil apfs deleteVolume`, `useradd`'s kin).
 */
export function compoundVerb(word: string): { verb: string; cls: UnknownVerbClass } | null {
  const parts = compoundParts(word);
  const ends = parts.length === 0 ? [] : [parts[0]!, parts.at(-1)!].filter((p) => !COMPOUND_NOT_VERBS.has(p));
  // A verb that loses or stops is read before one that reads (`get-and-delete` deletes).
  for (const part of ends) {
    const cls = COMPOUND_LOSS_VERBS.has(part) ? 'loss' : verbClass(part);
    if (cls === 'loss' || cls === 'outage') return { verb: part, cls };
  }
  const read = ends.find((p) => COMPOUND_READ_VERBS.has(p));
  return read === undefined ? null : { verb: read, cls: 'read' };
}

/** Options spelled as a read (`--list`, `--status`, `--detail`): a program driven by options rather than subcommands. */
const READ_OPTION = /^--(list|status|show|info|detail|details|describe|verify|validate|check|check-config|test|version|help|print|dump|examine|inspect|stats?|summary|report|diff)(=.*)?$/;
/**
 * The same reads spelled with one dash (`dscl . -list /Users`, `-read`, `-search`): NeXT- and Java-style long options
 * (dscl, keytool, security). Only whole words of a read, never letters run together.
 */
const SINGLE_DASH_READ_OPTION = /^-(list|read|readall|search|show|info|print|status|version|help|dump|describe|inspect)$/;
/** Options that make a read act (`check --fix`, `validate --apply`): the line is not a read. */
const ACTING_OPTION = /^(-y|-f|-w|-i|--(fix|repair|force|yes|write|apply|execute|delete|remove|update|set|overwrite|in-place|inplace|purge|drop|reset|restore|commit)([-=].*)?)$/;
/** Preview forms that change nothing (`hg purge --print`, `--dry-run`, `--what-if`, `--noop`, `--simulate`). */
// `--dry` (DVC's and others' short spelling) and `--assumeno` (dnf, yum: answers no to every question, so nothing is done).
const PREVIEW_OPTION = /^--(dry-?run|dry_run|dry|preview|noop|no-op|simulate|what-?if|plan-only|check-only|list-only|assumeno|assume-no)(=(true|1|yes|client|server|all))?$/i;
/** `--print` previews when nothing else on the line acts (`hg purge --print`; not `pt-kill --kill --print`). */
const PRINT_OPTION = /^--print$/;
/** Options spelled as the action that loses (`--delete`, `--vacuum-time=1s`, `--removenode`, `--drop-all`). */
const LOSS_OPTION = /^--(delete|purge|truncate|vacuum-[a-z]+|delete-(?!older)[a-z-]+|remove-?node|deactivate|shutdown|kill|stop)(=.*)?$/;
/** Age retention spelled as an option (`--delete-older-than 30d`): keeps what is newer (answer 361.2's shape). */
const AGE_OPTION = /^--(delete-)?older-than(=.*)?$/;
/** What deleting by age narrows (answer 361.2): logs, metrics, caches and temporary files named on the line; anything else by age is data (57, 388.2). */
const AGED_OBJECT_PART = /^(logs?|journals?|metrics?|caches?|tmp|temp|temporary)$/i;

/** A program named for logs or a journal (`journalctl`, `logd`, `app-logs`): its name is on the line and says what it acts on. */
const LOG_PROGRAM = /journal|(^|[-_])logs?(d|ctl|[-_]|$)/i;
/**
 * A vacuum bounded by age, size or count (`--vacuum-time=14d`, `--vacuum-size=500M`, `--vacuum-files=5`, journald's
 * spelling): it keeps the newest up to the bound. A bound under a day or 100 MB keeps too little to be retention
 * (`--vacuum-time=1s` empties the journal; the same bounds as journalctl's catalogue entry).
 */
const VACUUM_BOUND = /^--vacuum-(time|size|files)(?:=(.+))?$/;
function vacuumKeeps(kind: string, value: string): boolean {
  if (kind === 'files') return /^[1-9]\d*$/.test(value);
  if (kind === 'size') return /^([1-9]\d{2,}(\.\d+)?M|[1-9]\d*(\.\d+)?[GT])$/i.test(value);
  const m = /^([1-9]\d*)\s*(h|hours?|d|days?|w|weeks?|months?|M|y|years?)$/.exec(value);
  return m !== null && (!/^h/.test(m[2]!) || Number(m[1]) >= 24);
}

/**
 * A retention option that narrows: one that keeps the newest, or an age bound on what the line names as logs, metrics,
 * caches or temporary files, or a bounded vacuum of what the line names as logs or a journal (the program's own name
 * included: answer 388.2's "what the line names").
 */
function retentionOption(operands: readonly string[], options: readonly string[], words: readonly string[] = options, name = ''): string | undefined {
  const keep = options.find((o) => KEEP_OPTION.test(o));
  if (keep !== undefined) return keep;
  const namesAged = [...operands, ...options].some((w) => w.split(/[-_./:=]/).some((p) => AGED_OBJECT_PART.test(p)));
  const age = options.find((o) => AGE_OPTION.test(o));
  if (age !== undefined && namesAged) return age;
  const vacuums = words.flatMap((w, i) => {
    const m = VACUUM_BOUND.exec(w);
    return m === null ? [] : [{ word: w, kind: m[1]!, value: m[2] ?? words[i + 1] ?? '' }];
  });
  // A size cap beside another bound stays a delete, as in journalctl's entry (the cap wins over what the other keeps).
  const capped = vacuums.some((v) => v.kind === 'size') && vacuums.length > 1;
  return vacuums.length > 0 && !capped && (namesAged || LOG_PROGRAM.test(name)) && vacuums.every((v) => vacuumKeeps(v.kind, v.value)) ? vacuums[0]!.word : undefined;
}
/** An object that is a maintenance mode or page: switching it off or deactivating it puts the service back (answer 357.1's reverse). */
const MAINTENANCE = /^(maintenance|maintenance-mode|maintenance_mode|maint|deploy-page)$/i;
/** Options that keep a number of the newest (`--keep-daily=7`, `--keep-last 3`, `--keep-since 1440`): retention, narrowed by what it keeps. */
const KEEP_OPTION = /^--keep-(hourly|daily|weekly|monthly|yearly|within|since|within-[a-z]+)(=([1-9]\d*\w*))?$/;
/** Mass selectors: every user's or every item (`--all`, `-a`, `-A`, `'*'`), another user's (`-u alice`, `--user=alice`), job 0 (LSF's every job). */
const MASS_OPTION = /^(--all([-=].*)?|-a|-A|--everything|--user(=.+)?|-u|--owner(=.+)?)$/;
const MASS_OPERAND = /^(\*|%|all|'\*'|"\*"|\.\*|0)$/;
/** Program names that are their verb (`scancel`, `bkill`, `qdel`, `condor_rm`, `pkill`-like): at most two letters before it, or after `_`/`-`. */
const VERB_PROGRAM = /^(?:[a-z]{0,2}|[a-z][\w]*[_-])(cancel|kill|del|rm|stop|abort|purge)$/;
/**
 * A safeguard named in a setting (`versioning set off`, `GOSUMDB=off`, `Verify-Peer=false`, `package_verifier_enable 0`,
 * `auth disable`): the setting's key says the safeguard, its value switches it off.
 */
const SAFEGUARD_KEY = /(verif|sumdb|gpg|signature|ssl|tls|auth|encrypt|versioning|audit|firewall|protection|quarantine|sandbox|selinux|apparmor|integrity|token|password|checksum|lock)/i;
const OFF_VALUE = /^(off|false|no|0|none|disabled?|''|""|)$/i;
const SAFEGUARD_OFF_OPTION = /^--(no-?(verify|gpg-?check|check-?certificate|ssl-verify|tls-verify|signature|auth|sig-?check|verify-ssl)|nogpgcheck|insecure|skip-(verify|verification|signature|tls|auth|gpg)[\w-]*|allow-unauthenticated|disable-(auth|tls|ssl|verify|verification|encryption|firewall|audit)[\w-]*)(=.*)?$/i;
const ON_VALUE = /^(true|yes|1|on)$/i;
const UNSAFE_KEY = /(allowunauthenticated|allow-unauthenticated|insecure|skip-?verify|disable-?(tls|ssl|auth))/i;
/** Words of a dev, test or throwaway environment: the agent's own local thing stopped or removed is a write (round 14, answers 72, 73). */
const DEV_WORD = /^(dev|development|local|localhost|test|testing|scratch|sandbox|tmp|temp|preview|demo|playground|kind|minikube)$/i;
/**
 * A DNS zone, record or a host, named by the subcommand (`dnszone-disable`, `dnsrecord-del`, `host-del`, `zone delete`):
 * not scratch because its name says dev (`dev.corp.example.com` is every developer's names; the lead's answer 395.2).
 */
const ZONE_OR_HOST_NOUN = /^(dns\w*|zones?|records?|rrsets?|domains?|hosts?|hostgroups?)$/i;
function namesZoneOrHost(operands: readonly string[], verbAt: number, acts: string): boolean {
  const subcommand = verbAt === -1 ? [acts] : [...operands.slice(0, verbAt + 1), acts];
  return subcommand.some((w) => w.split(/[-_:.]/).some((p) => ZONE_OR_HOST_NOUN.test(p)));
}
/** Disposable objects: caches, temporary folders, build output, one CI run's or preview's (answers 72, 84, 108; "Benign": caches, build artefacts). */
const DISPOSABLE_PART = /^(cache|caches|tmp|temp|_temporary|temporary|scratch|dist|previews?|node_modules)$/i;
/** Verbs that delete a named object (not `destroy`, `rb`, `drop`: a store, a bucket, a pool or a volume whole, answer 330.1). */
const DISPOSABLE_VERB = /^(delete|rm|remove|del|purge|prune|clean|evict|invalidate|wipe)$/i;
/**
 * Options that make a delete a soft one, undone by the same tool ("Benign": a soft delete into a trash the user can restore
 * from): FreeIPA's `user-del --preserve`, `--soft`, `--trash`, SharePoint's `--recycle` (the recycle bin). Not `--keep-history`
 * (a release's resources still go).
 */
const SOFT_DELETE_OPTION = /^--(preserve|soft|soft-delete|trash|to-trash|move-to-trash|recycle|to-recycle-bin)$/;
const RUN_NUMBER = /^(pr|mr|run|ci|build|preview)[-_]?\d+$/i;
/**
 * One pull request's or merge request's object named after it (`web-pr-2231`, `review_mr_88`); not a table or a tag
 * (`sales.pr_5120`, `api:pr-5`: a name after a dot or a colon is the object's own), nor a run's (`models/run-42`: a
 * training run's results are data).
 */
const PR_NUMBER_IN_NAME = /(^|[-_])(pr|mr)[-_]\d+$/i;

export type UnknownVerbClass = 'loss' | 'outage' | 'mass' | 'read';
export interface UnknownReading {
  kind: 'loss' | 'outage' | 'mass' | 'safeguard_off' | 'read' | 'preview' | 'retention' | 'disposable' | 'dev_environment' | 'schedule_paused' | 'local_uninstall' | 'soft_delete' | 'reload_signal';
  word: string;
}

function previewOf(options: readonly string[]): string | undefined {
  return options.find((o) => PREVIEW_OPTION.test(o)) ?? (options.some((o) => LOSS_OPTION.test(o)) ? undefined : options.find((o) => PRINT_OPTION.test(o)));
}

function verbClass(word: string): UnknownVerbClass | null {
  const w = word.toLowerCase();
  if (LOSS_VERBS.has(w)) return 'loss';
  if (OUTAGE_VERBS.has(w)) return 'outage';
  if (READ_VERBS.has(w)) return 'read';
  return null;
}

/**
 * Every operand names a disposable object: a cache, a temporary folder, one CI run's or preview's, a test or scratch name
 * (answer 72; never a bare shared `ci`, answer 84). In a path the word is below its first part (`gs://B/tmp/x`,
 * `alias/bucket/run-1234/`): the bucket, the alias or the root folder itself is not one run's; never through `..`.
 */
function allDisposable(operands: readonly string[]): boolean {
  const named = operands.filter((o) => !/^\d+$/.test(o));
  return named.length > 0 && named.every((o) => {
    const tier = heuristicEnvironment(o);
    if (tier === 'production' || tier === 'staging' || /[*?]/.test(o) || o.split(/[/\\]/).includes('..')) return false;
    const parts = o.replace(/^[a-z][\w+.-]*:\/\//i, '').replace(/^[\w-]+:\/?/, '').split('/').filter((p) => p !== '');
    const says = (p: string) => RUN_NUMBER.test(p) || PR_NUMBER_IN_NAME.test(p) || p.toLowerCase().split(/[-_.]/).some((w) => DISPOSABLE_PART.test(w) || RUN_NUMBER.test(w)) || (namesDisposable(p, SCRATCH_WORDS_BUT_SANDBOX) && !namesSharedCiResource(p));
    if (parts.length === 1 && !/[/:]/.test(o)) return says(parts[0]!);
    return parts.length >= 2 && parts.slice(1).some(says);
  });
}

/**
 * What the verb at `verbAt` acts on is disposable: every operand after it (`delete tmp-uploads pr-412`), or with none
 * after it, a noun before it (`cache purge`, `store prune`).
 */
function disposableObject(operands: readonly string[], verbAt: number): boolean {
  const after = operands.slice(verbAt + 1).filter((o) => !o.startsWith('-'));
  if (after.length > 0) return allDisposable(after);
  return verbAt > 0 && operands.slice(0, verbAt).some((o) => /^(cache|caches|store|tmp|temp|build-cache|artifacts?)$/i.test(o));
}

/**
 * The signal a `kill` subcommand sends, when it asks the service to reload or reopen its logs (`kill -s HUP rsyslog`,
 * `--signal=USR1`): the service keeps running, a write (dispatch.ts reads `kill`'s own signals the same way).
 */
function reloadSignal(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const sig = w === '-s' || w === '--signal' ? words[i + 1] : /^--signal=/.test(w) ? w.slice(9) : undefined;
    if (sig !== undefined) return /^(SIG)?(HUP|USR1|USR2|WINCH)$/i.test(sig) ? sig : undefined;
  }
  return undefined;
}

/**
 * The object inside an object-verb word is disposable (`wipe-partitions-status-cache`, `cache_purge`, `deleteTmpFiles`):
 * its other end names a cache or a temporary. The operands of such a word are not read for it (`purge_queue test.x`
 * empties a queue, whatever the queue's name).
 */
function compoundNamesDisposable(word: string): boolean {
  const parts = compoundParts(word);
  return parts.length > 0 && [parts[0]!, parts.at(-1)!].some((p) => DISPOSABLE_PART.test(p));
}

/** A setting switched off whose key names a safeguard, or an option that turns a check off. */
function safeguardOff(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SAFEGUARD_OFF_OPTION.test(w)) return w;
    const eq = /^(?:-[\w-]*\s*)?([\w.:-]+)=(.*)$/.exec(w.replace(/^-o/, ''));
    if (eq && SAFEGUARD_KEY.test(eq[1]!) && OFF_VALUE.test(eq[2]!.replace(/^['"]|['"]$/g, ''))) return w;
    if (eq && UNSAFE_KEY.test(eq[1]!) && ON_VALUE.test(eq[2]!)) return w;
    // `KEY VALUE` (`versioning set off`, `settings put global package_verifier_enable 0`, `auth disable`).
    const next = words[i + 1];
    if (next !== undefined && SAFEGUARD_KEY.test(w) && !w.startsWith('-') && !/[/=]/.test(w)) {
      const value = next === 'set' || next === 'put' ? words[i + 2] : next;
      if (value !== undefined && (/^(off|false|disabled?|none)$/i.test(value) || (next !== 'set' && value === '0'))) return `${w} ${value}`;
    }
  }
  return undefined;
}

/**
 * Reads an unknown program's line: `name` the program, `operands` its positionals before `--`, `options` its options
 * before `--`, `words` every word (operands and options, in order). Returns what the line's shape says, or null.
 */
export function readUnknownVerb(name: string, operands: readonly string[], options: readonly string[], words: readonly string[]): UnknownReading | null {
  // `--help` or `-h` last prints help in every argument parser (getopt_long, cobra, click, argparse, clap); `-help` in Go's
  // flag package (and Java's tools), wherever it stands among the options.
  if (options.includes('--help') || options.includes('-help') || words.at(-1) === '-h') return { kind: 'read', word: 'help' };
  const preview = previewOf(options);
  const off = safeguardOff(words);
  if (off !== undefined && preview === undefined) return { kind: 'safeguard_off', word: off };
  const program = VERB_PROGRAM.exec(name.toLowerCase().replace(/\.(exe|sh|py)$/, ''))?.[1];
  const found = verbOf(operands);
  const { verbAt, cls, verbWord } = found;
  const verb = verbAt === -1 ? undefined : operands[verbAt]!;
  // An option spelled as the action only in a program driven by options (`kafka-topics --delete`): beside a subcommand
  // (`verify --delete`) it is that subcommand's detail.
  const lossOption = cls === null && !found.subcommand ? options.find((o) => LOSS_OPTION.test(o) && !(o === '--deactivate' && options.includes('--activate'))) : undefined;
  const objects = verbAt === -1 ? operands : operands.slice(verbAt + 1);
  const mass = options.find((o) => MASS_OPTION.test(o)) ?? objects.find((o) => MASS_OPERAND.test(o));
  const massVerb = program ?? operands.slice(0, 3).find((o) => MASS_ONLY_VERBS.has(o.toLowerCase()));
  if (massVerb !== undefined && mass !== undefined && preview === undefined) return { kind: 'mass', word: `${massVerb} ${mass}` };
  const acting = options.some((o) => ACTING_OPTION.test(o));
  if (cls === 'read' && lossOption === undefined && !acting) return { kind: 'read', word: verb! };
  const readOption = options.find((o) => READ_OPTION.test(o) || SINGLE_DASH_READ_OPTION.test(o));
  if (cls === null && lossOption === undefined && readOption !== undefined && !acting) return { kind: 'read', word: readOption };
  const acts = cls === 'loss' || cls === 'outage' ? verb! : lossOption;
  // A preview changes nothing whatever its subcommand does (`sync --dry-run`, `apply --preview`): not only a loss's.
  if (acts === undefined) return preview !== undefined && !acting ? { kind: 'preview', word: preview } : null;
  if (preview !== undefined) return { kind: 'preview', word: preview };
  const actsVerb = verbWord ?? acts;
  if (cls === 'outage' && operands.some((o) => o.split(':').some((p) => MAINTENANCE.test(p))) && /^(deactivate|disable|down|off|stop)$/i.test(actsVerb.slice(actsVerb.lastIndexOf(':') + 1))) return { kind: 'dev_environment', word: acts };
  if (cls === 'outage' && SCHEDULE_HALT.test(actsVerb) && operands.slice(0, verbAt).some((o) => SCHEDULE_NOUN.test(o)) && objects.length > 0 && objects.every((o) => !/[*?[\]]|\.\*/.test(o) && !cronJobSafeguard(o) && !namesSafeguardOrDelivery(o))) return { kind: 'schedule_paused', word: `${operands.slice(0, verbAt + 1).join(' ')} ${objects.join(' ')}` };
  const keep = retentionOption(operands, options, words, name);
  if (keep !== undefined && (cls === 'loss' || /prune|forget|delete|remove|vacuum/.test(acts))) return { kind: 'retention', word: keep };
  const signal = cls === 'outage' && actsVerb === 'kill' ? reloadSignal(words) : undefined;
  if (signal !== undefined) return { kind: 'reload_signal', word: `${acts} ${signal}` };
  if (!namesZoneOrHost(operands, verbAt, acts) && [...operands, ...options].some((w) => w.replace(/^--?[\w-]+=/, '').split(/[-_.:/=]/).some((p) => DEV_WORD.test(p)) && heuristicEnvironment(w) !== 'production')) return { kind: 'dev_environment', word: acts };
  if (cls === 'loss' && DISPOSABLE_VERB.test(actsVerb) && (actsVerb === acts ? disposableObject(operands, verbAt) : compoundNamesDisposable(acts))) return { kind: 'disposable', word: acts };
  const soft = cls === 'loss' && DISPOSABLE_VERB.test(actsVerb) ? options.find((o) => SOFT_DELETE_OPTION.test(o)) : undefined;
  if (soft !== undefined) return { kind: 'soft_delete', word: `${acts} ${soft}` };
  return { kind: cls === 'outage' || /^--(deactivate|shutdown|kill|stop|disable)/.test(acts) ? 'outage' : 'loss', word: acts };
}

/**
 * The subcommand's verb among the first three operands (`TOOL VERB`, `TOOL NOUN VERB`, `TOOL NOUN NOUN VERB`): a verb of
 * the lexicon, the last part of a `topic:verb`, or the verb of an object-verb word (`user-del`, `deleteVolume`:
 * compoundVerb). A lexicon word followed by a verb that adds, sets or reads is that verb's noun (`silence add`, `gc
 * status`): then the following verb decides, and `subcommand` says one was found though it has no class.
 */
function verbOf(operands: readonly string[]): { verbAt: number; cls: UnknownVerbClass | null; verbWord?: string; subcommand: boolean } {
  for (let i = 0; i < Math.min(3, operands.length); i++) {
    const w = operands[i]!;
    const last = w.includes(':') && /^[a-z][\w-]*(:[a-z][\w-]*)+$/.test(w) ? w.slice(w.lastIndexOf(':') + 1) : w;
    const whole = verbClass(last);
    const compound = whole === null ? compoundVerb(last) : null;
    const first = whole === null && compound === null ? verbClass(last.split(/[-_]/)[0]!) : null;
    const cls = whole ?? compound?.cls ?? first;
    if (cls === null) continue;
    const next = operands[i + 1]?.toLowerCase();
    if (cls !== 'read' && next !== undefined && (NOUN_FOLLOWING_VERBS.has(next) || verbClass(next) === 'read')) {
      return verbClass(next) === 'read' ? { verbAt: i + 1, cls: 'read', verbWord: next, subcommand: true } : { verbAt: -1, cls: null, subcommand: true };
    }
    return { verbAt: i, cls, verbWord: whole !== null ? last : compound !== null ? compound.verb : last.split(/[-_]/)[0]!, subcommand: true };
  }
  return { verbAt: -1, cls: null, subcommand: false };
}

/** For the existing destructive-word reading: a preview, a retention, a disposable object or one package uninstalled here, read on the same line. */
export function unknownLossSpared(operands: readonly string[], options: readonly string[], verbAt: number, words: readonly string[] = []): UnknownReading | null {
  if ((options.at(-1) === '-h' && operands.length <= verbAt + 1) || options.includes('-help')) return { kind: 'read', word: 'help' };
  const preview = previewOf(options);
  if (preview !== undefined) return { kind: 'preview', word: preview };
  const keep = retentionOption(operands, options, words);
  if (keep !== undefined) return { kind: 'retention', word: keep };
  const verbPart = compoundVerb(operands[verbAt] ?? '')?.verb ?? '';
  if (DISPOSABLE_VERB.test(verbPart) && compoundNamesDisposable(operands[verbAt] ?? '')) return { kind: 'disposable', word: operands[verbAt]! };
  if (DISPOSABLE_VERB.test(operands[verbAt] ?? '') && disposableObject(operands, verbAt)) return { kind: 'disposable', word: operands.join(' ') };
  const soft = DISPOSABLE_VERB.test(operands[verbAt] ?? '') ? options.find((o) => SOFT_DELETE_OPTION.test(o)) : undefined;
  if (soft !== undefined) return { kind: 'soft_delete', word: `${operands[verbAt]!} ${soft}` };
  return localUninstall(operands, options, verbAt, words);
}

/**
 * Options that say an uninstall reaches past this machine or past the packages it names (answer 388.1's exception): a
 * cluster, context, namespace, host, server, region, project, profile or environment; its data, its dependents or every
 * package with it (`--purge`, `--zap`, `--delete-data`, `--dependents`, `-R`, `--all`); or past what protects the system
 * (`--break-system-packages`, `--nodeps`, `--force-depends`).
 */
const UNINSTALL_REACH_OPTION = /^--?(kube-?context|context|kubeconfig|cluster|namespace|n|all-namespaces|host|H|server|url|endpoint|address|region|project|profile|remote|env|environment|stage|target|node|purge|zap|delete-data|remove-data|dependents|cascade|recursive|R|all|a|A|everything|break-[\w-]+|force-remove-[\w-]+|force-depends|nodeps|no-deps)(=.*)?$/;
/** Words that name a cluster, a server or a live tier in a name's parts (`prod-eu`, `k8s-agent`, `mesh`). */
const CLUSTER_OR_TIER_PART = /^(cluster|k8s|k3s|kube|kubernetes|kubelet|mesh|shared|server|servers|prod|production|prd|live|staging|stage|stg)$/i;
const DATA_SERVER = new RegExp(String.raw`^(${DATA_SERVER_NAMES})(?![a-z])`, 'i');

/** A word that names a host, a cluster or a shared service: a URL, `user@host`, an address, a port, a live tier, a server, a security or backup agent. */
function namesSharedOrRemote(word: string): boolean {
  const v = word.replace(/^--?[\w-]+=/, '');
  const tier = heuristicEnvironment(v);
  return /:\/\/|@[a-z][\w-]*\.[a-z]|^\d{1,3}(\.\d{1,3}){3}\b|:\d{2,5}$/i.test(v) || tier === 'production' || tier === 'staging'
    || v.split(/[-_.:/=@]/).some((p) => CLUSTER_OR_TIER_PART.test(p)) || DATA_SERVER.test(v) || ENDPOINT_PROTECTION.test(v) || KEPT_SERVER_PRODUCT.test(v) || namesSyncOrBackupAgent(v);
}

/**
 * The lead's answer 388.1: an unknown program's `uninstall NAME` removes a package, a tool or an app from this machine: a
 * write, when nothing on the line names a cluster or a shared service (UNINSTALL_REACH_OPTION, namesSharedOrRemote). Only
 * the subcommand with a name after it: `flux uninstall`, `linkerd uninstall`, `istioctl uninstall --purge` name nothing
 * and take a cluster's components away; a name that is not fixed (`$PKG`) or every package stays as it was.
 */
function localUninstall(operands: readonly string[], options: readonly string[], verbAt: number, words: readonly string[]): UnknownReading | null {
  const verb = operands[verbAt] ?? '';
  if (verb.slice(verb.lastIndexOf(':') + 1).toLowerCase() !== 'uninstall') return null;
  const names = operands.slice(verbAt + 1);
  if (names.length === 0 || names.some((n) => n.includes('?') || MASS_OPERAND.test(n))) return null;
  if (options.some((o) => UNINSTALL_REACH_OPTION.test(o)) || [...operands, ...words].some(namesSharedOrRemote)) return null;
  return { kind: 'local_uninstall', word: `${verb} ${names.join(' ')}` };
}
