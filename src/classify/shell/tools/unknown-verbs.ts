import { heuristicEnvironment } from '../../environment.ts';
import { namesDisposable, namesSharedCiResource, SCRATCH_WORDS_BUT_SANDBOX } from '../../test-data.ts';
import { cronJobSafeguard, namesSafeguardOrDelivery, namesSyncOrBackupAgent } from '../../kept-agents.ts';
import { DATA_SERVER_NAMES, ENDPOINT_PROTECTION, KEPT_SERVER_PRODUCT } from '../../security-products.ts';
import { EVERYONE_MEMBER, PUBLIC_CANNED_ACL } from '../../public-access.ts';
import { offValue, SWITCH_OFF, SWITCH_ON as ON_VALUE } from '../../switch-values.ts';

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
  // Round 42 (loto42): accounts taken apart (`gam user U deprovision`, `waagent -deprovision`).
  'deprovision',
  // Round 44 (loto44): a tree of keys or folders deleted with everything under it (DOS's `deltree`, Asterisk's `database
  // deltree FAMILY`).
  'deltree',
]);
/**
 * Verbs that take a running service out of service ("Out of service", answers' availability model): the outage and the
 * work in flight are lost. dispatch.ts left stop, down, disable and kill out of the unknown program's words; they come
 * back here with what says the agent's own throwaway environment (`devEnvironmentNamed`).
 */
const OUTAGE_VERBS: ReadonlySet<string> = new Set([
  'stop', 'kill', 'down', 'disable', 'mask', 'pause', 'suspend', 'shutdown', 'hshutdown', 'halt', 'poweroff', 'leave',
  'deactivate', 'disconnect', 'isolate', 'quiesce', 'offline', 'silence', 'signout', 'graceful-stop',
  // Round 43 (loto43): a daemon told to quit (`nginx -s quit`), only as the first operand (verbOf): a later `quit` or
  // `exit` leaves a console (`mimikatz "misc::cmd" exit`), and `exit_maintenance_mode` puts a host back.
  'quit',
]);
/**
 * Verbs that restart, reload or start a service (round 39, lo39): "Benign" (restarts, reloads, starts) wherever they act, so
 * a production name or a configuration path beside them is no reason for `unknown`.
 */
const SERVICE_VERBS: ReadonlySet<string> = new Set(['restart', 'reload', 'start']);
/**
 * Verbs that take a new copy (round 39, lo39): a backup, a snapshot, a certificate renewed. They write what they make, so a
 * critical path among their operands keeps the unknown program's rule (`snapshot save /etc/passwd` overwrites it); a
 * production name does not (a backup of production is a read of it).
 */
const COPY_VERBS: ReadonlySet<string> = new Set(['backup', 'snapshot', 'renew']);
/** One-letter options a copy verb cannot be told from a delete, an apply or a reverse by (`snapshot -d`, `-a`, `backup -R`): not read. */
const COPY_SPOILER_OPTION = /^-[adDRx]$/;
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
  // Round 42 (loto42): an invoice, a charge or a voucher voided (`void_invoice`, `voidInvoice`): it cannot be reopened.
  'void',
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
  if (inFlightCancel(parts)) return null;
  // Round 43 (atk43): a backup, snapshot or dump run cancelled (`cancel-backup`, `abort_snapshot`): its restore point is
  // not made, a safeguard's run stopped (backup-catalogue.ts's reading of a backup run cancelled), read as an outage.
  if (parts.length >= 2 && IN_FLIGHT_CANCEL_VERB.test(parts[0]!) && parts.slice(1).some((p) => SAFEGUARD_RUN_PART.test(p))) return { verb: parts[0]!, cls: 'outage' };
  const ends = parts.length === 0 ? [] : [parts[0]!, parts.at(-1)!].filter((p) => !COMPOUND_NOT_VERBS.has(p));
  // A verb that loses or stops is read before one that reads (`get-and-delete` deletes).
  for (const part of ends) {
    const cls = COMPOUND_LOSS_VERBS.has(part) ? 'loss' : verbClass(part);
    if (cls === 'loss' || cls === 'outage') return { verb: part, cls };
  }
  const read = ends.find((p) => COMPOUND_READ_VERBS.has(p));
  return read === undefined ? null : { verb: read, cls: 'read' };
}

/**
 * Round 42 (loto42): an operation in flight cancelled (`terminate-op`, `abort_sync`, `cancel-build`, `stopRun`): what
 * stops is one operation, a sync, a build, a run, an upload; the resources it acts on stay. As `cancel` of one's own job
 * (MASS_ONLY_VERBS), a write. Not a resource terminated (`terminate-instance`), nor one named for many (`cancel-all-runs`).
 */
const IN_FLIGHT_CANCEL_VERB = /^(terminate|abort|cancel|stop)$/;
/** The runs of a safeguard a cancel word may name (round 43, atk43): a backup, a snapshot, a dump, an archive. */
const SAFEGUARD_RUN_PART = /^(backups?|bkp|snapshots?|snap|dumps?|archive|archiving|replication)$/;
/** The operations in flight a cancel word may name (dispatch.ts's DESTRUCTIVE_COMPOUND spares `terminate-` of them too). */
export const IN_FLIGHT_OPERATION_WORDS = 'op|ops|operation|operations|sync|build|run|upload|download|scan|query|rollout|transfer|import|export';
const IN_FLIGHT_OPERATION = new RegExp(`^(${IN_FLIGHT_OPERATION_WORDS})$`);
export function inFlightCancel(parts: readonly string[]): boolean {
  return parts.length === 2 && IN_FLIGHT_CANCEL_VERB.test(parts[0]!) && IN_FLIGHT_OPERATION.test(parts[1]!);
}

/**
 * Round 42 (loto42): a subcommand spelled `noun.verb` (govc's `vm.destroy`, `snapshot.tree`, `library.ls`; Nutanix acli's
 * `host.enter_maintenance_mode`; JSON-RPC control programs' `pool.export`): its last segment is the verb. Not a file or a
 * host name: every segment a word that starts with a letter, the last no file extension nor a top-level domain.
 */
const DOTTED_SUBCOMMAND = /^[a-z][a-z0-9]*(\.[a-z][a-zA-Z0-9_-]*)+$/;
const NOT_A_VERB_SEGMENT = /^(sh|bash|zsh|py|rb|pl|js|mjs|cjs|ts|tsx|sql|ya?ml|json|toml|ini|cfg|conf|config|xml|txt|md|csv|log|tf|tfvars|hcl|bin|img|iso|gz|tgz|zip|tar|bz2|xz|zst|db|sqlite|bak|dump|jar|war|exe|ps1|bat|cmd|html?|css|lock|env|key|pem|crt|der|p12|pfx|pub|service|timer|socket|mount|properties|go|rs|java|c|h|cpp|so|dll|deb|rpm|apk|dmg|pkg|whl|vmdk|qcow2|ova|ovf|vma|com|net|org|io|dev|local|internal|lan|corp|example|cloud|app|ai|co|uk|de|fr)$/i;
export function dottedVerbSegment(word: string): string | undefined {
  if (!DOTTED_SUBCOMMAND.test(word)) return undefined;
  const last = word.slice(word.lastIndexOf('.') + 1);
  return NOT_A_VERB_SEGMENT.test(last) ? undefined : last;
}

/**
 * Round 42 (loto42): a verb that takes something out of service run together with its object, as daemons' control
 * programs spell them (nodetool's `stopdaemon`, `disablebackup`, `disablebinary`): the same verb as `disable X`. Not a
 * past tense or a plural (`stopped`, `disabled`, `pauses`), nor `stopwords`.
 */
const RUN_TOGETHER_OUTAGE = /^(disable|stop|shutdown|suspend|pause|deactivate)(?!ed|s$|ping|word)[a-z]{4,}$/;

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
// Round 43 (loto43): a chip's or a device's memory erased (`--eraseall`, `--erase-all`, `--erasepage`; a bare `--erase` only
// last or before another option: `--erase MY_VAR` erases a variable, `setup --wipe builddir` starts a build afresh), a
// store's object dropped (`--drop-slot`, `--drop-database`) and `--remove-and-delete` (an entry and its data).
// Round 43 (atk43): and what wipes, erases, destroys or drops a named object (`--wipe-data`, `--drop-tables`; not bare
// `--wipe`, meson's build folder made afresh, or `--erase VAR`), a database
// or data reset (`--reset-db`), the old certificate or key revoked (`--revoke-old`).
// Round 44 (atk44): a hard or permanent delete asked of any verb (`archive ACCOUNT --hard-delete`): the archive is a delete.
const LOSS_OPTION = /^--(delete|purge|truncate|vacuum-[a-z]+|delete-(?!older)[a-z-]+|(force|hard|permanent|permanently)-(delete|prune|purge)|remove-?node|deactivate|shutdown|kill|stop|erase(all|chip|flash|page|uicr|device|storage)|remove-and-delete|(wipe|erase|destroy|drop)-[a-z-]+|reset-(db|database|data|volumes?|storage|disks?)|revoke-(old|previous|all|existing))(=.*)?$/;
const bareErase = (words: readonly string[]): string | undefined => words.find((w, i) => w === '--erase' && (words[i + 1] === undefined || words[i + 1]!.startsWith('-')));
/**
 * A mirror's short delete (round 40, lo40): `rsync -d`, `sync -d` as gsutil and its kin spell "delete at the destination what
 * the source lacks". Only beside a mirroring verb (MIRROR_VERB), where `-d` cannot be a directory or a debug switch.
 */
const MIRROR_DELETE_SHORT = /^-[a-zA-Z]*d[a-zA-Z]*$/;
const SHORT_MIRROR_VERB = /^(rsync|sync|mirror)$/i;
/**
 * Options that lose hidden in a subcommand that does not (round 39, lo39): `sync --prune`, `deploy
 * --post-destructive-changes`, Java's and Go's one-dash `-delete`, `-purge`. Not `--prune=all` or `--prune=30` (a cleanup's
 * bound), nor a value that says no, nor `--non-destructive`/`--no-destructive` (the safe mode named).
 */
const HIDDEN_LOSS_OPTION = /^(--prune(=(true|yes|1))?|--(?![\w-]*non?-?destructive)[\w-]*destructive[\w-]*(=.*)?|-(delete|purge|rm|rmr|rmdir|expunge|truncate))$/;
/**
 * Options that skip the copy a removal keeps (round 40, lo40): `--skip-archive`, `--no-backup`, `-skipTrash`. What the line
 * removes is then gone, not archived, backed up or in a trash: a loss whatever the subcommand is called (`db clean`,
 * `uninstall-app`), when the subcommand removes (REMOVING_PART) or an option does.
 */
const SKIP_SAFETY_OPTION = /^(--?(skip|no|bypass)-?(archive|archiving|backups?|trash|recycle(-?bin)?|snapshots?)|-skipTrash)$/i;
/** Parts of a subcommand that remove: with a skipped safety copy, what they remove is lost. */
// Round 42 (loto42): `strip` (Mercurial's `strip --no-backup`: the changesets go without the bundle it keeps by default).
const REMOVING_PART = /^(clean|cleanup|clear|uninstall|reinstall|remove|rm|delete|del|purge|prune|drop|expire|reset|wipe|erase|destroy|trim|vacuum|gc|flush|strip)$/i;
function skippedSafety(operands: readonly string[], options: readonly string[]): string | undefined {
  const skip = options.find((o) => SKIP_SAFETY_OPTION.test(o));
  // A bound by age (`--clean-before-timestamp`, `--older-than`) decides what goes, not the copy skipped: left to the bound's reading.
  if (skip === undefined || options.some((o) => /^--?[\w-]*(before|older|age|until)[\w-]*(=.*)?$/i.test(o))) return undefined;
  const removes = operands.slice(0, 3).some((o) => o.split(/[-_:]/).some((p) => REMOVING_PART.test(p))) || options.some((o) => /^--?(rm|rmr|delete|remove|purge|clean|expunge)$/i.test(o));
  return removes ? skip : undefined;
}
/**
 * `--remove` loses only beside a verb that mirrors or deploys (`mirror --remove`, `deployment create --remove C`: what the
 * source lacks is deleted); alone it takes an entry off a list (a repository, a torrent), a write.
 */
const MIRROR_REMOVE_OPTION = /^--remove(=(true|yes|1))?$/;
const MIRROR_VERB = /^(sync|mirror|rsync|transfer|deploy|deployment|push|copy|cp|publish|replicate)$/i;
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
  const keep = keepPolicy(words.length > 0 ? words : options);
  if (keep !== undefined && keep.kept >= 2) return keep.word;
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
const KEEP_OPTION = /^--keep(-(hourly|daily|weekly|monthly|yearly|last|within|since|within-[a-z]+))?(=(.*))?$/;
/** A keep setting inside a value (`--prune-backups keep-last=3,keep-weekly=4`). */
const KEEP_SETTING = /^keep-(hourly|daily|weekly|monthly|yearly|last)=(\d+)$/;
/**
 * The keep policy a line sets (round 43, loto43; the lead's answer 444.1: a keep policy that keeps two or more is a write
 * for any tool, one is destructive): its first word and how many it keeps at the least; a bound by time (`--keep-within
 * 7d`, `--keep-daily=7d`) keeps what is newer, counted as two when it reaches a day (keptByBound). Round 44 (rv44): the keep rules overlap (restic-forget(1):
 * the newest snapshot is the last one, today's daily and this week's weekly at once), so `--keep-last 1 --keep-daily 1`
 * may keep one: the policy keeps the most any one rule keeps, not their sum; a rule given twice keeps its smallest
 * count (backup-catalogue.ts keepsLastTwoOrMore reads a catalogued tool's count options so). Undefined when the line sets
 * none.
 */
function keepPolicy(words: readonly string[]): { word: string; kept: number } | undefined {
  let word: string | undefined;
  const rules = new Map<string, number>();
  const keeps = (rule: string, n: number) => rules.set(rule, Math.min(n, rules.get(rule) ?? Infinity));
  for (let i = 0; i < words.length; i++) {
    const m = KEEP_OPTION.exec(words[i]!);
    const settings = m === null ? words[i]!.split(',').map((w) => KEEP_SETTING.exec(w)) : [];
    if (m === null && (settings.length === 0 || settings.some((x) => x === null))) continue;
    if (m === null) {
      word ??= words[i]!;
      for (const x of settings) keeps(x![1]!, Number(x![2]));
      continue;
    }
    // A keep option without a count or a bound (`--keep` of a file kept) sets no policy.
    const value = m[4] ?? words[i + 1] ?? '';
    if (!/^\d+([a-z]+)?$/i.test(value)) continue;
    word ??= words[i]!;
    keeps(m[2] ?? '', /[a-z]$/i.test(value) ? keptByBound(value) : /^(within|since)/.test(m[2] ?? '') ? (Number(value) > 0 ? 2 : 0) : Number(value));
  }
  return word === undefined ? undefined : { word, kept: Math.max(...rules.values()) };
}
/**
 * A keep bound by time (`7d`, `2weeks`, `6m`): counted as keeping two when it reaches a day or more (`m` read as restic's
 * months), as one when shorter (`--keep-within 1h`: what is older goes at once, as shortRetention reads a retention under
 * a day) or in a unit not known (`1x`). Round 44 (rv44): every bound counted as two before.
 */
function keptByBound(value: string): number {
  const [, n, unit] = /^(\d+)([a-z]+)$/i.exec(value) ?? ['', '0', ''];
  if (/^(d|days?|w|weeks?|m|mo|months?|y|years?)$/i.test(unit!)) return Number(n) >= 1 ? 2 : 1;
  if (/^(h|hrs?|hours?)$/i.test(unit!)) return Number(n) >= 24 ? 2 : 1;
  return 1;
}
/** Mass selectors: every user's or every item (`--all`, `-a`, `-A`, `'*'`), another user's (`-u alice`, `--user=alice`), job 0 (LSF's every job). */
const MASS_OPTION = /^(--all([-=].*)?|-a|-A|--everything|--user(=.+)?|-u|--owner(=.+)?)$/;
const MASS_OPERAND = /^(\*|%|all|'\*'|"\*"|\.\*|0)$/;
/** Program names that are their verb (`scancel`, `bkill`, `qdel`, `condor_rm`, `pkill`-like): at most two letters before it, or after `_`/`-`. */
const VERB_PROGRAM = /^(?:[a-z]{0,2}|[a-z][\w]*[_-])(cancel|kill|del|rm|stop|abort|purge)$/;
/**
 * A safeguard named in a setting (`versioning set off`, `GOSUMDB=off`, `Verify-Peer=false`, `package_verifier_enable 0`,
 * `auth disable`): the setting's key says the safeguard, its value switches it off.
 */
// Round 43 (loto43): a safety function's own switches (`use_safety_limits false`, `estop_enabled false`, `--safety=none`).
// Round 42 (loto42): the kernel's hardening switches (`kernel.randomize_va_space=0` turns address-space randomisation off,
// `kernel.yama.ptrace_scope`, `kptr_restrict`, `dmesg_restrict`, `fs.protected_symlinks`).
const SAFEGUARD_KEY = /(safety|estop|collision|verif|sumdb|gpg|signature|ssl|tls|auth|encrypt|versioning|audit|firewall|protection|quarantine|sandbox|selinux|apparmor|integrity|token|password|checksum|lock|snapshot|nodelete|no-delete|nodestroy|randomize_va_space|ptrace_scope|kptr_restrict|dmesg_restrict|protected_(symlinks|hardlinks|fifos|regular))/i;
/**
 * Keys of a safeguard that count time or a number, not the switch (`askForPasswordDelay 0` asks at once, `lock_timeout 0`
 * waits for ever): a zero there is not off (round 40, lo40).
 */
const SAFEGUARD_MEASURE_KEY = /^(delay|timeout|interval|grace|ttl|retries|length|size|count|min|max|seconds|minutes|hours|days)$/i;
const measureKey = (key: string): boolean => SAFEGUARD_MEASURE_KEY.test(key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').split(/[-_.:]/).at(-1) ?? '');
/**
 * A safeguard set with an option and its value (`--protection 0`, `--versioning off`, `--tls false`): the option names the
 * safeguard and an explicit off value follows it (round 40, lo40). Not credentials (`--password none` names no switch).
 */
const SAFEGUARD_OPTION_KEY = /^--?[\w-]*(protection|versioning|encrypt\w*|verify|verification|tls|ssl|audit|firewall|backups?|snapshots?|integrity|checksums?|signatures?|deletion-protection)$/i;
/** Type words of a setting's value (`defaults write D K -bool false`, `-int 0`): the value is the word after. */
const VALUE_TYPE_WORD = /^-(bool|boolean|int|integer)$/i;
/**
 * Keys that are unsafe whatever their value (round 40, lo40): a host trusted without TLS verification
 * (`global.trusted-host`, pip's `--trusted-host`).
 */
// Round 42 (loto42): an insecure host too (`UV_INSECURE_HOST`, `--insecure-host`, Go's `GOINSECURE`): fetched without TLS checks.
const UNSAFE_ANY_VALUE_KEY = /(^|[._-])(trusted|insecure)[-_]hosts?$|^goinsecure$/i;
// A safeguard's state adds `none`, `disabled` and an empty value (`--verify=`, `''`) to a switch's off words.
const OFF_VALUE = offValue(['none', 'disabled?', "''", '""', '']);
const SAFEGUARD_OFF_OPTION = /^--(no-?(verify|gpg-?check|check-?certificate|ssl-verify|tls-verify|signature|auth|sig-?check|verify-ssl|strict-ssl)|nogpgcheck|insecure|skip-(verify|verification|signature|tls|auth|gpg)[\w-]*|allow-unauthenticated|allow-insecure[\w-]*|disable-(auth|tls|ssl|verify|verification|encryption|firewall|audit)[\w-]*)(=.*)?$/i;
const UNSAFE_KEY = /(allowunauthenticated|allow-unauthenticated|insecure|skip-?verify|disable-?(tls|ssl|auth)|allow[-_]?\w*(delete|deletion|destroy)|unclean)/i;
/** Words of a dev, test or throwaway environment: the agent's own local thing stopped or removed is a write (round 14, answers 72, 73). */
// Round 42 (loto42): a local or developer chain (`-regtest`, `--devnet`, `localnet`): a node of one's own, its coins worthless.
const DEV_WORD = /^(dev|development|local|localhost|test|testing|scratch|sandbox|tmp|temp|preview|demo|playground|kind|minikube|regtest|devnet|localnet)$/i;
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
// Round 42 (loto42): `flush` too, only where its object is a cache (`cache flush`, `cache:flush`).
const DISPOSABLE_VERB = /^(delete|rm|remove|del|purge|prune|clean|evict|invalidate|wipe|flush)$/i;
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

export type UnknownVerbClass = 'loss' | 'outage' | 'mass' | 'read' | 'write';
export interface UnknownReading {
  kind: 'loss' | 'outage' | 'mass' | 'safeguard_off' | 'money' | 'read' | 'preview' | 'retention' | 'disposable' | 'dev_environment' | 'schedule_paused' | 'local_uninstall' | 'soft_delete' | 'reload_signal'
    | 'opened_to_everyone' | 'service_write' | 'copy_write' | 'restore_elsewhere' | 'revision_write' | 'operation_cancel' | 'channel_tag_removed' | 'user_service';
  word: string;
}

function previewOf(options: readonly string[]): string | undefined {
  return options.find((o) => PREVIEW_OPTION.test(o)) ?? (options.some((o) => LOSS_OPTION.test(o)) ? undefined : options.find((o) => PRINT_OPTION.test(o)));
}

/** Round 43 (loto43): a word the lexicon reads as a verb that loses or takes out of service (`purge`, `disable`, `quit`). */
export function losingVerb(word: string): boolean {
  const cls = verbClass(word);
  return cls === 'loss' || cls === 'outage';
}

function verbClass(word: string): UnknownVerbClass | null {
  const w = word.toLowerCase();
  if (LOSS_VERBS.has(w)) return 'loss';
  if (OUTAGE_VERBS.has(w)) return 'outage';
  if (READ_VERBS.has(w)) return 'read';
  if (SERVICE_VERBS.has(w) || COPY_VERBS.has(w)) return 'write';
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

/**
 * Round 42 (loto42): a variable set for the program that switches a check off (`NODE_TLS_REJECT_UNAUTHORIZED=0 tool …`,
 * `UV_INSECURE_HOST=nexus tool sync`, `PIP_TRUSTED_HOST=…`): the program reads its environment as it reads its options.
 * Only an explicit off value for a key that names a check (an empty value unsets, it switches nothing off), or any value
 * for an insecure or trusted host.
 */
const ENV_CHECK_KEY = /(tls|ssl|verify|verification|reject_unauthorized|gpg|signature|sumdb|checksum|certificate)/i;
export function envSafeguardOff(assignments: ReadonlyMap<string, string | null>): string | undefined {
  for (const [key, value] of assignments) {
    if (value === null || value === '') continue;
    if (UNSAFE_ANY_VALUE_KEY.test(key) || (ENV_CHECK_KEY.test(key) && /^(0|false|no|off|disabled?)$/i.test(value))) return `${key}=${value}`;
  }
  return undefined;
}

/** A setting switched off whose key names a safeguard, or an option that turns a check off. */
function safeguardOff(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SAFEGUARD_OFF_OPTION.test(w)) return w;
    // Round 43 (loto43): a setting given as an option's value is read as the setting (`--setopt=sslverify=0`, `--config=k=v`).
    const eq = /^(?:-[\w-]*\s*)?([\w.:-]+)=(.*)$/.exec(w.replace(/^-o/, '').replace(/^--?[\w-]+=(?=[\w.:-]+=)/, ''));
    if (eq && SAFEGUARD_KEY.test(eq[1]!) && OFF_VALUE.test(eq[2]!.replace(/^['"]|['"]$/g, ''))) return w;
    if (eq && UNSAFE_KEY.test(eq[1]!) && ON_VALUE.test(eq[2]!)) return w;
    if (eq && UNSAFE_ANY_VALUE_KEY.test(eq[1]!) && eq[2] !== '') return w;
    // `KEY VALUE` (`versioning set off`, `settings put global package_verifier_enable 0`, `auth disable`, `defaults write D
    // askForPassword -int 0`, `pool set P nodelete false`; round 40, lo40: the value's type word skipped, a measure's zero not off).
    const next = words[i + 1];
    if (next !== undefined && SAFEGUARD_KEY.test(w) && !w.startsWith('-') && !/[/=]/.test(w) && !measureKey(w)) {
      const value = next === 'set' || next === 'put' || VALUE_TYPE_WORD.test(next) ? words[i + 2] : next;
      if (value !== undefined && (/^(off|false|disabled?|none|no)$/i.test(value) || (next !== 'set' && value === '0'))) return `${w} ${value}`;
    }
    // `KEY true` of a key that is unsafe on (`mon_allow_pool_delete true`), `KEY HOST` of a trusted host (round 40, lo40).
    if (next !== undefined && !/[/=]/.test(w) && ((!w.startsWith('-') && UNSAFE_KEY.test(w) && ON_VALUE.test(VALUE_TYPE_WORD.test(next) ? (words[i + 2] ?? '') : next)) || (UNSAFE_ANY_VALUE_KEY.test(w) && !next.startsWith('-')))) return `${w} ${next}`;
    // `--protection 0`, `--versioning off` (round 40, lo40).
    if (next !== undefined && SAFEGUARD_OPTION_KEY.test(w) && /^(off|false|disabled?|none|no|0)$/i.test(next)) return `${w} ${next}`;
  }
  return undefined;
}

/**
 * A statement in SQL handed to a program we do not know (round 40, lo40): `sql -e "DELETE FROM accounts"`, `sqlq 'TRUNCATE
 * t'`, `mariadb -e '…'`, `sql -q "DROP SCHEMA …"`. Only a word whose shape is a whole statement (its keyword and what the
 * keyword needs after it), so a commit message or a title is not one; a program given one runs it, so the statement is
 * what it does (read by the SQL reader as every known client's is).
 */
const SQL_STATEMENT = /^\s*(select\s+\S[\s\S]*\sfrom\s|select\s+\d|with\s+\w+\s+as\s*\(|show\s+[a-z]|describe\s+\w|explain\s+\w|insert\s+(into|overwrite)\s|update\s+\S+\s+set\s|delete\s+(\S+\s+)?from\s+(`[^`]+`|"[^"]+"|\[[^\]]+\]|[\w.]+)\s*(;|$|where\b|using\b|as\b|returning\b|limit\b|\w+\s+where\b)|drop\s+(table|database|schema|view|index|user|role|keyspace|collection|materialized|function|procedure|trigger|sequence|stage|warehouse)\b|truncate\s+(table\s+)?[`"\w]|alter\s+(table|database|schema|user|role|system|index|view|keyspace|warehouse)\b|create\s+(or\s+replace\s+)?(table|database|schema|view|index|user|role|function|keyspace)\b|grant\s+\w[\s\S]*\s(on|to)\s|revoke\s+\w[\s\S]*\s(on|from)\s|backup\s+(into|database|table)\b|restore\s+(table|database|from)\b|vacuum(\s|$)|optimize\s+table\s)/i;
export function inlineSqlOf(words: readonly string[]): string[] {
  // An option's attached value (`--sql='DELETE FROM t'`) is the statement too (round 41, atk41).
  return words.map((w) => w.replace(/^--?[A-Za-z][\w-]*=/, '')).filter((w) => /\s/.test(w.trim()) && SQL_STATEMENT.test(w));
}

/**
 * Round 43 (loto43): a thing switched out of service by a setting rather than a verb ("Out of service": stop, disable,
 * drain, take out of rotation): a state set to a word of that (`State=DOWN`, `state=drain`, `--state stopped`), an
 * `enabled` switch set off (`--enabled 0`, `-ha-enabled false`, `enabled=false`, `enable_collision_stop false`), a
 * `disabled` switch set on (`--disable 1`, `disabled=yes`). Not a switch of what only reports, prompts or decorates
 * (telemetry, colour, debug output, a cache: OFF_HARMLESS_KEY), nor of what is unsafe on (UNSAFE_KEY, `unclean…enable=false`),
 * nor a maintenance mode (switching it off puts the service back).
 */
const STATE_KEY = /^(state|status|admin-?state|power-?state)$/i;
const OUT_OF_SERVICE_STATE = /^(down|drain|drained|draining|inactive|stopped|offline|disabled?|off|suspended|paused|maint|maintenance|fail|failed)$/i;
const ENABLE_PART = /^(enable|enabled|active|online)$/i;
const DISABLE_PART = /^(disable|disabled|inactive|offline)$/i;
const OFF_HARMLESS_KEY = /(telemetry|analytics|tracking|crash|update-?check|notif|color|colour|debug|verbose|progress|prompt|animation|sound|cache|maint|insecure|unsafe|unclean|experimental|beta|preview)/i;
function switchedOff(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const eq = /^-{0,2}([A-Za-z][\w./:-]*)=(.*)$/.exec(words[i]!);
    const key = eq?.[1] ?? (/^-{0,2}[A-Za-z][\w./-]*$/.test(words[i]!) ? words[i]!.replace(/^-+/, '') : undefined);
    if (key === undefined || OFF_HARMLESS_KEY.test(key) || UNSAFE_KEY.test(key)) continue;
    const next = VALUE_TYPE_WORD.test(words[i + 1] ?? '') ? words[i + 2] : words[i + 1];
    const value = (eq?.[2] ?? next ?? '').replace(/^['"]|['"]$/g, '');
    const parts = key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').split(/[-_.:/]/).filter((p) => p !== '');
    const ends = [parts[0] ?? '', parts.at(-1) ?? ''];
    const off = (STATE_KEY.test(parts.at(-1) ?? '') && OUT_OF_SERVICE_STATE.test(value))
      || (ends.some((p) => ENABLE_PART.test(p)) && SWITCH_OFF.test(value))
      || (ends.some((p) => DISABLE_PART.test(p)) && ON_VALUE.test(value));
    if (off) return eq ? words[i]! : `${words[i]!} ${value}`;
  }
  return undefined;
}

/**
 * Round 43 (loto43): a thing that exists made public by a setting ("Safeguards off": public access opened): a visibility,
 * access, status or ACL key set to `public` (`status=public`, `--visibility public`, `npm access public PKG`). Not on what
 * the line creates or publishes (`publish --access public`: a new version made to be public exposes nothing kept private).
 */
const PUBLIC_KEY = /^-{0,2}(access|visibility|status|acl|privacy|set-visibility)$/i;
function madePublic(operands: readonly string[], words: readonly string[]): string | undefined {
  if (operands.slice(0, 3).some((o) => /^(create|new|add|init|mk|publish|push|upload|release|deploy)$/i.test(o))) return undefined;
  for (let i = 0; i < words.length; i++) {
    const eq = /^-{0,2}([\w-]+)=(.*)$/.exec(words[i]!);
    if (eq !== null ? PUBLIC_KEY.test(eq[1]!) && /^public$/i.test(eq[2]!) : PUBLIC_KEY.test(words[i]!) && /^public$/i.test(words[i + 1] ?? '')) return eq !== null ? words[i]! : `${words[i]!} public`;
  }
  return undefined;
}

/**
 * A network link or radio the line names (`eth0`, `enp3s0`, `wlan0`, `can1`, `bond0`, `wifi`, `-setairportpower`): switched
 * down or off, what reaches the machine through it is cut ("Out of service"; round 40, lo40).
 */
const LINK_WORD = /^-{0,2}(set)?(eth|en[ops]?|eno|wlan|wlp|wl|can|bond|br|vlan|wwan|wg|tun|tap)\d[\w.:-]*$|^-{0,2}(set)?(wifi|wi-fi|radio|airportpower|link|interface|iface|nic)$/i;
/**
 * The link itself switched down or off, the line's last two words (`set eth0 down`, `radio wifi off`): not `on` or `up`, nor
 * a feature of the link switched off after it (`-K eth0 tso off`, `autoneg off`: the link stays up).
 */
function linkSwitchedOff(operands: readonly string[], words: readonly string[]): string | undefined {
  const last = words.at(-1);
  const link = words.at(-2);
  if (last === undefined || link === undefined || !/^(down|off)$/i.test(last) || words.length < 3) return undefined;
  return LINK_WORD.test(link) && operands.length >= 2 ? `${link} ${last}` : undefined;
}

/**
 * Round 44 (loto44): a consumer group's positions moved forward and applied (`--reset-offsets --to-latest --execute`, Kafka's
 * kafka-consumer-groups and the tools that copy its options): the messages between the old position and the new one are
 * never read by that group ("Data lost"). Only with `--execute` (without it the reset is printed, not applied) and a
 * target that may skip: the end, an offset or a time (either way: fail closed), a shift by a positive count. Not
 * `--to-earliest`, `--to-current`, `--by-duration` or a negative shift: they read again what was read.
 */
const OFFSETS_RESET = /^--reset-offsets?$/;
const SKIPPING_TARGET = /^--(to-latest|to-end|to-offset|to-datetime)(=.*)?$/;
function offsetsSkipped(words: readonly string[]): string | undefined {
  if (!words.some((w) => OFFSETS_RESET.test(w)) || !words.includes('--execute')) return undefined;
  const target = words.find((w) => SKIPPING_TARGET.test(w));
  if (target !== undefined) return `--reset-offsets ${target}`;
  const at = words.findIndex((w) => /^--shift-by(=.*)?$/.test(w));
  const by = at === -1 ? undefined : words[at]!.includes('=') ? words[at]!.slice(words[at]!.indexOf('=') + 1) : words[at + 1];
  return by !== undefined && /^\+?[1-9]\d*$/.test(by) ? `--reset-offsets --shift-by ${by}` : undefined;
}

/**
 * Round 44 (loto44): the same file named twice, as what the program reads and where it writes (`convert photo.jpg -resize
 * 50% photo.jpg`, `sort-tool --output=S02.bam S02.bam`, `-y -i master.mov … master.mov`, `-O in.nc in.nc`): the original is
 * replaced by what was made from it, or truncated before it is read ("Data lost"). A word with a file extension, an
 * option's `=` value read as its value; not a pattern or a variable, nor a host name (`db.example.com` twice is no file).
 */
const FILE_NAME = /^(?!-)[\w@%+~./-]*[\w-]\.[A-Za-z][A-Za-z0-9]{0,4}$/;
const HOST_SUFFIX = /\.(com|net|org|io|dev|local|internal|lan|corp|example|cloud|app|ai|co|uk|de|fr|localhost)$/i;
function outputOverInput(words: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const w of words) {
    const v = w.replace(/^--?[\w-]+=/, '');
    if (!FILE_NAME.test(v) || HOST_SUFFIX.test(v)) continue;
    if (seen.has(v)) return `${v} … ${v}`;
    seen.add(v);
  }
  return undefined;
}

/**
 * Round 44 (loto44): a thing switched off by the line's last word (`chkconfig sshd off`, `rpower all off`, `ufw logging off`,
 * `craft off`): what the word before names is out of service ("Out of service"), or a safeguard off. Not a switch of what
 * only reports, prompts or decorates (telemetry, colour, debug: OFF_HARMLESS_KEY), nor of what is unsafe on, nor a
 * maintenance mode switched off (the service back), nor a state that holds something back (`suspended off` lifts a
 * suspension, `locked off`) or mail forwarding stopped (`forward off`: nothing more copied elsewhere; LIFTED_STATE), nor
 * a one-letter option's value, a Windows option (`/h off`) or a feature of a link the line names before it; nor a
 * sleep or hibernation switched off (the machine stays up).
 */
/** Settings of how a program looks (`dark-mode off`, `theme off`, `emoji off`): nothing is out of service. */
const LOOK_KEY = /(^|[-_.])(dark|theme|font|emoji|icons?|tips?|hints?|banner|welcome)([-_.]|$)/i;
const LIFTED_STATE = /^(suspended|disabled|paused|locked|blocked|muted|frozen|quarantined|hold|on-?hold|read-?only|forward|forwarding|hibernate|hibernation|sleep|standby|hybrid-?sleep)$/i;
function switchedOffLast(words: readonly string[]): string | undefined {
  const [before, last] = words.slice(-2);
  if (words.length < 2 || !/^off$/i.test(last ?? '') || before === undefined) return undefined;
  // A one-letter option's value (`-h off`: what the letter means is unknown), or a feature of a network link named
  // earlier on the line (`-K eth0 tso off`, `eth0 autoneg off`: the link stays up, linkSwitchedOff reads the link itself).
  // A word starting with `/` is a Windows option or a path: neither names what is switched off (the cmd reader gives a
  // Windows `/h` as `--h`: a one-letter option too).
  if (/^--?[A-Za-z]$/.test(before) || before.startsWith('/') || words.slice(0, -2).some((w) => LINK_WORD.test(w))) return undefined;
  const key = before.replace(/^-+/, '');
  return OFF_HARMLESS_KEY.test(key) || LOOK_KEY.test(key) || UNSAFE_KEY.test(key) || MAINTENANCE.test(key) || LIFTED_STATE.test(key) ? undefined : `${before} off`;
}

/**
 * A reboot or power-off forced (`reboot -f`, `reboot --force`): the machine goes down without stopping its services, what
 * they had in flight lost (the lead's answer 80: restarts of one's own machine are writes, forced forms destructive).
 */
function forcedReboot(operands: readonly string[], options: readonly string[]): string | undefined {
  const verb = operands.slice(0, 2).find((o) => /^(reboot|poweroff|halt)$/i.test(o));
  const force = options.find((o) => /^(-f|-ff|--force)$/.test(o));
  return verb !== undefined && force !== undefined ? `${verb} ${force}` : undefined;
}

/**
 * `TOOL help [TOPIC…]` (round 40, lo40): the first operand `help` prints the help of what follows it (`help delete_queue`),
 * in every subcommand parser that has it (cobra, click, argparse's sub-parsers, Erlang's ctl scripts). Only first: a later
 * `help` is an operand (`notes add help`).
 */
function helpFirst(operands: readonly string[], words: readonly string[] = []): boolean {
  if (operands[0]?.toLowerCase() !== 'help') return false;
  const at = words.indexOf(operands[0]!);
  return at <= 0 || !mayTakeValue(words[at - 1]!);
}

/** Options no parser gives a value: a help word after one of them is still help. */
const COMMON_SWITCH = /^(-[a-z]|--(force|yes|all|recursive|verbose|quiet|json|dry-run|debug|no-color|insecure|wait|interactive|tty|help|version))$/i;
/**
 * Whether `prev`, the word before a help word, may be an option that takes it as its value (round 41, atk41: `-n help
 * delete ns prod`, `--profile help purge`, `--reason --help`): an option without `=` that no parser is known to take as
 * a switch. Fail closed: the help word is then that option's value, and the line is read without it.
 */
export function mayTakeValue(prev: string): boolean {
  if (!prev.startsWith('-') || prev === '-' || prev === '--' || prev.includes('=')) return false;
  if (/^-[a-z]$/i.test(prev)) return prev !== '-h' && !/^-[fyrRvqa]$/.test(prev);
  // A one-dash long word is Go's flag package's (`-purge -help`), which reads `-help` as help wherever it stands.
  return prev.startsWith('--') && !COMMON_SWITCH.test(prev);
}

/** Readings that lose, stop or open: help after their objects does not excuse them (416.3). */
const LOSING_READINGS: ReadonlySet<UnknownReading['kind']> = new Set(['loss', 'outage', 'mass', 'safeguard_off', 'opened_to_everyone', 'money']);

/**
 * Round 41 (nxs41; the lead's answer 416.3): whether a help word (`isHelp`) stands among `words` before the first operand
 * after the subcommand words (`operands[0..verbAt]`; with `verbAt` -1, before the first operand at all). An unknown
 * program's parser is not known to permute, so help after an object may be one more operand and the line runs: as the
 * catalogue reads an entry whose parser it does not name (service-catalogue.ts helpAsParsed). Operands are matched in order.
 */
export function helpBeforeObjects(words: readonly string[], operands: readonly string[], verbAt: number, isHelp: (w: string, i: number) => boolean): boolean {
  let seen = 0;
  for (const [i, w] of words.entries()) {
    if (seen < operands.length && w === operands[seen]) {
      if (seen === verbAt + 1) return false;
      seen++;
    } else if (isHelp(w, i)) return true;
  }
  return false;
}

/**
 * How many operands stand before `word` among `words` (operands matched in order): with a loss spelled as an option
 * (`dfs -rm -r /data/x`), the operands before it are the subcommand words (`dfs`), those after it its objects. All of
 * them when `word` is not among the words.
 */
export function operandsBefore(words: readonly string[], operands: readonly string[], word: string): number {
  let seen = 0;
  for (const w of words) {
    if (w === word) return seen;
    if (seen < operands.length && w === operands[seen]) seen++;
  }
  return operands.length;
}

/** A dataset's snapshot (`tank/db@nightly`, `pool/vm-101-disk-0@pre`): a path before `@`, not `user@host`. */
const DATASET_SNAPSHOT = /^[\w.-]+(\/[\w.-]+)+@[\w:.%+-]+$/;
/** A revision a deploy goes back to (`3`, `v211`, `r12`): a release number, not a snapshot's name. */
const REVISION = /^(v|r)?\d+$/i;
/**
 * `rollback`/`revert` (round 40, lo40), by what it goes back to. To a snapshot (a dataset's `pool/ds@snap`, a `snap` or
 * `snapshot` noun before the verb, an option naming one, or a name after a machine's number: `rollback 101 pre-upgrade`)
 * everything written since is lost: "Data lost", as `restore` over live data. To a numbered revision last on the line
 * (`job revert api 3`, `app rollback web 12`) an earlier release is deployed again: a deploy, benign. Otherwise null.
 */
function rollbackReading(operands: readonly string[], options: readonly string[]): { kind: 'snapshot' | 'revision'; word: string } | null {
  const at = operands.slice(0, 3).findIndex((o) => /^([\w-]+:)*(rollback|revert)$/i.test(o));
  if (at === -1) return null;
  const verb = operands[at]!;
  const after = operands.slice(at + 1);
  const snapshot = after.some((o) => DATASET_SNAPSHOT.test(o)) || operands.slice(0, at).some((o) => /^(snap|snapshots?|checkpoints?)$/i.test(o))
    || options.some((o) => /^--?[\w-]*snap(shot)?[\w-]*(=.*)?$/i.test(o)) || (after.length === 2 && /^\d+$/.test(after[0]!) && !REVISION.test(after[1]!));
  if (snapshot) return { kind: 'snapshot', word: verb };
  // Round 41 (atk41): migrations undone (`migrate rollback 3`, `db:rollback --steps 5`): the number counts steps down, each
  // dropping what its migration made (tables, columns), not a release deployed again. Read as the loss a snapshot's is.
  if (/^([\w-]+:)*(migrate|migrations?|db|database|schema)[:]/i.test(verb) || operands.slice(0, at).some((o) => /^(migrate|migrations?|db|database|schema)$/i.test(o)) || options.some((o) => /^--?steps?(=.*)?$/i.test(o))) return { kind: 'snapshot', word: verb };
  const last = after.at(-1);
  return after.length >= 1 && last !== undefined && REVISION.test(last) && !/[/\\]/.test(after.join(' ')) ? { kind: 'revision', word: `${verb} ${after.join(' ')}` } : null;
}

/**
 * Round 42 (loto42): value moved ("Irrevocable outside effects": money moved). A verb that sends or pays (`send`,
 * `sendtoaddress`, `sendcoins`, `payinvoice`, `transfer`) with what only a payment carries: a chain address (`0x` and 40 hex
 * digits, a bech32 `bc1…`/`cosmos1…`, a base58 account), a Lightning invoice, an amount in a currency (`3ether`,
 * `250000000uatom`) or an amount option (`--value`, `--amount`, `--amt`, `--sweepall`); or a refund or payout created
 * (`refunds create`). Spared where the line names a test network by literal words (regtest, testnet, devnet, sepolia,
 * localhost; a network option's value with `test` or `dev`; a test address `bcrt1…`/`tb1…`; a test key `sk_test_…`), or
 * the transaction is only built or signed (`--generate-only`, `--sign-only`, `--offline`). A variable's name is no network.
 */
const VALUE_VERB = /^(send|send(to\w+|many|all|coins|payment|raw\w*|tx|funds)|pay|pay(invoice|ment)|transfer)$/i;
const PAYMENT_NOUN = /^(refunds?|payouts?)$/i;
const PAYMENT_NOUN_ACT = /^(create|new|send|issue)$/i;
const CHAIN_ADDRESS = /(^|[^\w])(0x[0-9a-fA-F]{40}|[a-z]{2,8}1[02-9ac-hj-np-z]{25,90}|ln(bc|tb|bcrt)[0-9a-z]{20,})($|[^\w])|^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
const CURRENCY_AMOUNT = /^\d+(\.\d+)?(ether|eth|gwei|wei|btc|sats?|msats?|sol|lamports|atom|u[a-z]{2,6}|usdc|usdt|dai)$/i;
const AMOUNT_OPTION = /^--?(value|amount|amt|sweepall|sweep-all)(=.*)?$/i;
const OFFLINE_OPTION = /^--?(generate-only|sign-only|offline|unsigned|build-only)(=(true|1|yes))?$/i;
const TEST_NETWORK_PART = /^(regtest|testnet\d*|devnet|sepolia|holesky|hoodi|goerli|signet|localnet|localhost|anvil|hardhat|ganache)$/i;
const NETWORK_OPTION = /^--?(chain|chain-id|network|net|url|rpc-url|rpc|node|cluster|env|environment)$/i;
function moneyMoved(operands: readonly string[], options: readonly string[], words: readonly string[], texts: readonly string[]): string | undefined {
  if (options.some((o) => OFFLINE_OPTION.test(o))) return undefined;
  const head = operands.slice(0, 3);
  const noun = head.findIndex((o) => PAYMENT_NOUN.test(o.split(/[:]/).at(-2) ?? o) && PAYMENT_NOUN_ACT.test(o.split(':').at(-1) ?? ''));
  const nounThenVerb = head.findIndex((o, i) => PAYMENT_NOUN.test(o) && PAYMENT_NOUN_ACT.test(head[i + 1] ?? ''));
  const verbAt = head.findIndex((o) => VALUE_VERB.test(o) || /^(refund|payout)$/i.test(o));
  let word: string | undefined;
  if (noun !== -1) word = head[noun];
  else if (nounThenVerb !== -1) word = `${head[nounThenVerb]!} ${head[nounThenVerb + 1]!}`;
  else if (verbAt !== -1) {
    const verb = head[verbAt]!;
    const evidence = /^(refund|payout)$/i.test(verb) || words.some((w) => !w.includes('$') && (CHAIN_ADDRESS.test(w) || CURRENCY_AMOUNT.test(w) || AMOUNT_OPTION.test(w)));
    if (evidence) word = verb;
  }
  if (word === undefined) return undefined;
  // A word with a variable is read by its literal text (`https://sepolia.infura.io/v3/$KEY`), the variable left out.
  const testNet = words.some((word, i) => {
    const w = (word === '?' && texts[i] !== undefined ? texts[i] : word).replace(/\$\{?\w+\}?/g, '');
    const eq = /^(--?[\w-]+)=(.*)$/.exec(w);
    const option = eq?.[1] ?? (i > 0 ? words[i - 1]! : '');
    // A URL's host names its network, not its path (`https://rpc.example.io/testnet-fallback/…` is no test network).
    const value = (eq?.[2] ?? w).replace(/^([a-z][\w+.-]*:\/\/[^/?#]*)[/?#].*$/i, '$1');
    if (/^--?keyring(-backend)?$/i.test(option)) return false;
    const parts = value.split(/[-_./:=@,'"[\]]/);
    return parts.some((p) => TEST_NETWORK_PART.test(p)) || value.includes('127.0.0.1') || /^(bcrt1|tb1|lntb|lnbcrt)|^sk_test_|^rk_test_/.test(value)
      || (NETWORK_OPTION.test(option) && parts.some((p) => /^(test|dev|testing)$/i.test(p)));
  });
  return testNet ? undefined : word;
}

/**
 * Reads an unknown program's line: `name` the program, `operands` its positionals before `--`, `options` its options
 * before `--`, `words` every word (operands and options, in order). Returns what the line's shape says, or null.
 */
export function readUnknownVerb(name: string, operands: readonly string[], options: readonly string[], words: readonly string[], texts: readonly string[] = words): UnknownReading | null {
  // `--help` or `-h` last prints help in every argument parser (getopt_long, cobra, click, argparse, clap); `-help` in Go's
  // flag package (and Java's tools), wherever it stands among the options. Round 41 (nxs41; the lead's answer 416.3): beside
  // a verb that loses, stops or switches a safeguard off, only before the first operand after the subcommand words (an
  // unknown parser may stop at its first operand, as Go's flag package does: fail closed). Round 41 (atk41): never a help
  // word that the option before it may take as its value (`--reason --help`), nor one after `--`.
  if (helpFirst(operands, words)) return { kind: 'read', word: 'help' };
  const own = words.includes('--') ? words.slice(0, words.indexOf('--')) : words;
  const isHelp = (w: string, i: number) => w === '-help' || ((w === '--help' || (w === '-h' && i === words.length - 1)) && (i === 0 || !mayTakeValue(words[i - 1]!)));
  if (own.some(isHelp)) {
    const lastH = words.at(-1) === '-h' ? options.lastIndexOf('-h') : -1;
    const without = readUnknownVerb(name, operands, options.filter((o, i) => o !== '--help' && o !== '-help' && i !== lastH), words.filter((w, i) => !isHelp(w, i)));
    const verbAt = verbOf(operands).verbAt;
    if (without === null || !LOSING_READINGS.has(without.kind) || helpBeforeObjects(words, operands, verbAt === -1 ? operandsBefore(words, operands, without.word) - 1 : verbAt, isHelp)) return { kind: 'read', word: 'help' };
    return without;
  }
  const preview = previewOf(options);
  const off = safeguardOff(words);
  if (off !== undefined && preview === undefined) return { kind: 'safeguard_off', word: off };
  const everyone = preview === undefined ? opensToEveryone(operands, words) ?? madePublic(operands, words) : undefined;
  if (everyone !== undefined) return { kind: 'opened_to_everyone', word: everyone };
  const money = preview === undefined ? moneyMoved(operands, options, words, texts.length === words.length ? texts : words) : undefined;
  if (money !== undefined) return { kind: 'money', word: money };
  const program = VERB_PROGRAM.exec(name.toLowerCase().replace(/\.(exe|sh|py)$/, ''))?.[1];
  const found = verbOf(operands);
  const { verbAt, cls, verbWord } = found;
  const verb = verbAt === -1 ? undefined : operands[verbAt]!;
  // An option spelled as the action only in a program driven by options (`kafka-topics --delete`): beside a subcommand
  // (`verify --delete`) it is that subcommand's detail.
  // Round 43 (atk43): beside a read (`dump --delete-source`, `check --delete-orphans`) an option spelled as the loss of a
  // named object acts (a bare `--delete` stays the read's detail: `gitlab-runner verify --delete`).
  // Round 44 (atk44): and `--purge`, `--truncate`, which are no detail of a read (`dump QUEUE --purge` empties the queue).
  const actsOnLoss = (cls === null && !found.subcommand) || cls === 'write' || (cls === 'read' && options.some((o) => LOSS_OPTION.test(o) && (/^--[a-z]+-/.test(o) || /^--(purge|truncate)(=|$)/.test(o))));
  const lossOption = actsOnLoss ? bareErase(words) ?? options.find((o) => (LOSS_OPTION.test(o) || (HIDDEN_LOSS_OPTION.test(o) && !subcommandReads(operands)) || (MIRROR_REMOVE_OPTION.test(o) && operands.slice(0, 3).some((w) => MIRROR_VERB.test(w))) || (MIRROR_DELETE_SHORT.test(o) && operands.slice(0, 2).some((w) => SHORT_MIRROR_VERB.test(w)) && !options.some((p) => /^-[a-zA-Z]*n[a-zA-Z]*$/.test(p)))) && !(o.includes('=') && OFF_VALUE.test(o.slice(o.indexOf('=') + 1))) && !(o === '--deactivate' && options.includes('--activate'))) : undefined;
  const restore = restoreReading(name, operands, words);
  if (restore?.kind === 'restore_elsewhere' && preview === undefined) return restore;
  const rollback = rollbackReading(operands, options);
  if (rollback?.kind === 'revision' && preview === undefined && (cls === null || verbWord === 'revert') && !options.some((o) => ACTING_OPTION.test(o) && o !== '-y' && o !== '--yes')) return { kind: 'revision_write', word: rollback.word };
  const objects = verbAt === -1 ? operands : operands.slice(verbAt + 1);
  const userScope = userScopeSwitch(operands, words);
  const mass = options.find((o) => MASS_OPTION.test(o) && !(o === '--user' && userScope)) ?? objects.find((o) => MASS_OPERAND.test(o));
  // Round 42 (loto42): the verb of a compound too (`cancel-run --all`, `stop_job -a`).
  const massVerb = program ?? operands.slice(0, 3).find((o) => MASS_ONLY_VERBS.has(o.toLowerCase()) || MASS_ONLY_VERBS.has(compoundParts(o)[0] ?? ''));
  if (massVerb !== undefined && mass !== undefined && preview === undefined) return { kind: 'mass', word: `${massVerb} ${mass}` };
  const acting = options.some((o) => ACTING_OPTION.test(o));
  if (cls === 'read' && lossOption === undefined && !acting) return { kind: 'read', word: verb! };
  const cancel = cls === null && lossOption === undefined ? operands.slice(0, 3).find((o) => inFlightCancel(compoundParts(o))) : undefined;
  if (cancel !== undefined && mass === undefined) return { kind: 'operation_cancel', word: cancel };
  const readOption = options.find((o) => READ_OPTION.test(o) || SINGLE_DASH_READ_OPTION.test(o));
  if (cls === null && lossOption === undefined && readOption !== undefined && !acting) return { kind: 'read', word: readOption };
  const maintenance = maintenanceSwitchedOn(operands, words);
  // What acts when no verb of the lexicon loses or stops: an option spelled as the loss, a restore over what is there, a
  // retention cut under a day (what is older goes at once), maintenance switched on (round 39, lo39).
  const linkDown = linkSwitchedOff(operands, words);
  const stateOff = cls === 'read' ? undefined : switchedOff(words) ?? switchedOffLast(words);
  // A keep policy set to keep one or none (`--prune-backups keep-last=1`: answer 444.1) prunes the rest.
  const policy = keepPolicy(words);
  const keepsOne = policy !== undefined && policy.kept <= 1 ? policy.word : undefined;
  const acts = cls === 'loss' || cls === 'outage' ? verb! : lossOption ?? restore?.word ?? (rollback?.kind === 'snapshot' ? rollback.word : undefined) ?? skippedSafety(operands, options) ?? shortRetention(operands, words) ?? maintenance ?? linkDown ?? stateOff ?? keepsOne ?? forcedReboot(operands, options) ?? offsetsSkipped(words) ?? (cls === 'read' ? undefined : outputOverInput(words));
  // A preview changes nothing whatever its subcommand does (`sync --dry-run`, `apply --preview`): not only a loss's.
  if (acts === undefined && preview !== undefined) return !acting ? { kind: 'preview', word: preview } : null;
  if (acts === undefined) return cls === 'write' ? writeReading(verbWord!, operands.slice(verbAt + 1), options) : null;
  if (preview !== undefined) return { kind: 'preview', word: preview };
  // `set dev eth0 down`: `dev` there is the device keyword, not a dev environment.
  if (acts === linkDown) return { kind: 'outage', word: acts };
  const actsVerb = verbWord ?? acts;
  if (cls === 'outage' && operands.some((o) => o.split(':').some((p) => MAINTENANCE.test(p))) && /^(deactivate|disable|down|off|stop)$/i.test(actsVerb.slice(actsVerb.lastIndexOf(':') + 1))) return { kind: 'dev_environment', word: acts };
  if (cls === 'outage' && SCHEDULE_HALT.test(actsVerb) && operands.slice(0, verbAt).some((o) => SCHEDULE_NOUN.test(o)) && objects.length > 0 && objects.every((o) => !/[*?[\]]|\.\*/.test(o) && !cronJobSafeguard(o) && !namesSafeguardOrDelivery(o))) return { kind: 'schedule_paused', word: `${operands.slice(0, verbAt + 1).join(' ')} ${objects.join(' ')}` };
  const keep = retentionOption(operands, options, words, name);
  if (keep !== undefined && (cls === 'loss' || /prune|forget|delete|remove|vacuum/.test(acts))) return { kind: 'retention', word: keep };
  // One's own per-user service stopped or disabled (`--user stop`, answer 52): a write, unless its name is a safeguard's.
  if (cls === 'outage' && userScope && acts === verb && objects.length > 0 && objects.every((o) => !/[*?[\]]/.test(o) && !namesSafeguardOrDelivery(o) && !cronJobSafeguard(o))) return { kind: 'user_service', word: `--user ${acts} ${objects.join(' ')}` };
  const signal = cls === 'outage' && actsVerb === 'kill' ? reloadSignal(words) : undefined;
  if (signal !== undefined) return { kind: 'reload_signal', word: `${acts} ${signal}` };
  if (!namesZoneOrHost(operands, verbAt, acts) && [...operands, ...options].some((w) => w.replace(/^--?[\w-]+=/, '').split(/[-_.:/=]/).some((p) => DEV_WORD.test(p)) && heuristicEnvironment(w) !== 'production')) return { kind: 'dev_environment', word: acts };
  if (cls === 'loss' && DISPOSABLE_VERB.test(actsVerb) && (actsVerb === acts ? disposableObject(operands, verbAt) : compoundNamesDisposable(acts))) return { kind: 'disposable', word: acts };
  // A mirror's destination that is one run's or one pull request's folder (`gs://previews/pr-2290/`): disposable (answer 72).
  if (acts === lossOption && operands.slice(0, 2).some((w) => SHORT_MIRROR_VERB.test(w)) && operands.length >= 3 && allDisposable([operands.at(-1)!.replace(/\/+$/, '')])) return { kind: 'disposable', word: acts };
  if (acts === lossOption && operands.some((o) => PR_NUMBER_IN_NAME.test(o) || RUN_NUMBER.test(o)) && operands.every((o) => !/^(production|staging)$/.test(heuristicEnvironment(o) ?? ''))) return { kind: 'disposable', word: acts };
  const soft = cls === 'loss' && DISPOSABLE_VERB.test(actsVerb) ? options.find((o) => SOFT_DELETE_OPTION.test(o)) : undefined;
  if (soft !== undefined) return { kind: 'soft_delete', word: `${acts} ${soft}` };
  return { kind: cls === 'outage' || acts === maintenance || acts === linkDown || acts === stateOff || /^--(deactivate|shutdown|kill|stop|disable)/.test(acts) || /^(reboot|poweroff|halt) /.test(acts) ? 'outage' : 'loss', word: acts };
}

/**
 * A verb that writes, read alone (round 39, lo39): a service restarted, reloaded or started (`service_write`), or a new copy
 * taken (`copy_write`: a backup, a snapshot, a renewal), unless a one-letter option may make the copy a delete or an apply.
 */
function writeReading(verb: string, objects: readonly string[], options: readonly string[]): UnknownReading | null {
  if (objects.slice(0, 2).some((o) => OTHER_VERB_AFTER_WRITE.test(o))) return null;
  if (SERVICE_VERBS.has(verb)) return { kind: 'service_write', word: verb };
  if (options.some((o) => COPY_SPOILER_OPTION.test(o))) return null;
  return { kind: 'copy_write', word: [verb, ...objects.slice(0, 1)].join(' ') };
}

/**
 * Verbs after a verb that writes which make it their noun and do something else (`snapshot rollback`, `backup expire`,
 * `start over`): not a restart nor a copy, and the lexicon cannot say what they do.
 */
const OTHER_VERB_AFTER_WRITE = /^(rollback|revert|restore|apply|pop|clear|reset|drop|load|import|mount|umount|unmount|replace|promote|switch|use|expire|clean|cleanup|swap|rename|move|mv|set|update|edit|overwrite|unlock|lock|cancel|abort|send|recv|receive|transfer|sync|push|upload|over|fresh|erase|sanitize|format|migrate|migration|reindex|rebuild|repair|fix|convert|resize|shrink)$/i;

/** The principal that is everyone: Kafka's and Redpanda's `User:*`, a group of every user. */
const EVERYONE_PRINCIPAL = /^(user|group):\*$/i;
/** Google's everyone, any case (`AllUsers:R`, `allAuthenticatedUsers:objectViewer`), in a member written `MEMBER:ROLE`. */
const EVERYONE_MEMBER_ANY_CASE = new RegExp(EVERYONE_MEMBER.source, 'i');
/** Options that grant to everyone or to every signed-in account (`--anonymous`, `--all-authenticated`, `-allUsers`). */
const EVERYONE_OPTION = /^--?(anonymous|all-authenticated(-users)?|allUsers|allAuthenticatedUsers|everyone)$/i;
/** Words that take a grant away (`iam ch -d allUsers`, `--deny-principal 'User:*'`, `revoke`): then everyone is the one refused. */
const REVOKE_WORD = /^(revoke|deny|remove|rm|del|delete|-d|--(deny|remove|revoke|delete)([-=][\w=:*.-]*)?)$/i;

/**
 * Access opened to everyone (round 39, lo39; "Safeguards off": public access opened, permissions widened to everyone): a
 * member or principal that is everyone (`allUsers:objectViewer`, `User:*`), a canned ACL that is public (`public-read`), an
 * option granting to anonymous or every signed-in account, or `anonymous set LEVEL` with a level that lets in. Not when the
 * line takes the grant away.
 */
function opensToEveryone(operands: readonly string[], words: readonly string[]): string | undefined {
  if (words.some((w) => REVOKE_WORD.test(w))) return undefined;
  const granted = words.find((w) => {
    const v = w.replace(/^--?[\w.-]+=/, '');
    return EVERYONE_OPTION.test(w) || EVERYONE_PRINCIPAL.test(v) || PUBLIC_CANNED_ACL.test(v) || v.split(/[:=,]/).some((p) => EVERYONE_MEMBER_ANY_CASE.test(p));
  });
  if (granted !== undefined) return granted;
  const at = operands.findIndex((o) => /^anonymous$/i.test(o));
  const level = operands[at + 2];
  return at !== -1 && /^(set|grant|add)$/i.test(operands[at + 1] ?? '') && level !== undefined && !/^(none|private|off|deny)$/i.test(level) ? operands.slice(at, at + 3).join(' ') : undefined;
}

/** What the line restores from: a backup, a snapshot, a dump or an archive named (`latest`, `*.snap`, `BACKUP=…`, `pgbackrest`). */
const BACKUP_EVIDENCE = /backup|backrest|snapshot|snap\b|dump|archive|checkpoint|\.(gz|tgz|bz2|xz|zst|tar|zip|db|sql|dump|snap|bak|bkp)$|^latest$/i;
/** Options that say where a restore writes (`--target`, `--data-dir`, `--pg1-path`, `--new-bucket`, `--nsTo`, `-t`, `-o`). */
const ELSEWHERE_OPTION = /^--?(t|o|target|targetdir|target-dir|[\w-]*(path|dir)|dest|destination|dst|into|to|output|new-[\w-]+|ns-?to)$/i;
/** A place that is not the live one: a temporary folder, or one named for the restore, a test, a check or a copy. */
const ELSEWHERE_PLACE = /(^|[-_./])(restor[a-z]*|tmp|temp|test|check|verify|scratch|new|copy|sandbox)([-_./\d]|$)/i;
function elsewhere(value: string | undefined, option = ''): boolean {
  if (value === undefined || value === '/' || /^~\/?$/.test(value)) return false;
  return /^--?new-/i.test(option) || value.startsWith('/tmp/') || value.startsWith('/var/tmp/') || ELSEWHERE_PLACE.test(value);
}

/**
 * A restore from a backup (round 39, lo39): over the live data it replaces what is there with an older copy ("Data lost",
 * an overwrite); into a place the line names as elsewhere (`--target /tmp/restore-check`, `--new-bucket x_restored`, a last
 * operand `/var/tmp/restore-1`) it writes a new copy. Only when the line names a backup, snapshot, dump or archive: a
 * `restore` of packages or of a trashed run (`dotnet restore`, `runs restore --run-id 8f2c`) is another verb.
 */
function restoreReading(name: string, operands: readonly string[], words: readonly string[]): UnknownReading | null {
  const at = operands.slice(0, 3).findIndex((o) => /^([\w-]+:)*restore$/i.test(o));
  if (at === -1 || ![name, ...words].some((w) => BACKUP_EVIDENCE.test(w))) return null;
  const to = words.findIndex((w, i) => {
    const eq = /^(--?[\w-]+)=(.*)$/.exec(w);
    return eq ? ELSEWHERE_OPTION.test(eq[1]!) && elsewhere(eq[2], eq[1]) : ELSEWHERE_OPTION.test(w) && elsewhere(words[i + 1], w);
  });
  const after = operands.slice(at + 1);
  const last = after.at(-1);
  if (to !== -1 || (after.length >= 2 && last !== undefined && /[/\\]/.test(last) && !BACKUP_EVIDENCE.test(last) && elsewhere(last))) return { kind: 'restore_elsewhere', word: operands[at]! };
  return { kind: 'loss', word: operands[at]! };
}

/**
 * A retention setting cut under a day (round 39, lo39): what is older than the bound is deleted at once (`--retention 1h`,
 * `retention.ms=60000`, `log.retention.hours=1`). Not on what the line creates (a new bucket holds nothing yet), nor a bound
 * of 0 or -1 (kept for ever), nor a bound without a unit (`--snapshot-retention=7` counts copies).
 */
function shortRetention(operands: readonly string[], words: readonly string[]): string | undefined {
  if (operands.slice(0, 3).some((o) => /^(create|add|new|mk)$/i.test(o))) return undefined;
  for (let i = 0; i < words.length; i++) {
    const m = /^(--?)?([\w.-]*retention(?:[._-](ms|hours|minutes|seconds|period|time))?)(?:=(.*))?$/i.exec(words[i]!);
    if (m === null) continue;
    const value = m[4] ?? (m[1] !== undefined ? words[i + 1] : undefined);
    const ms = value === undefined ? null : durationMs(value, m[3]);
    if (ms !== null && ms > 0 && ms < DAY_MS) return m[4] === undefined ? `${words[i]!} ${value!}` : words[i]!;
  }
  return undefined;
}
const DAY_MS = 86_400_000;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, seconds: 1000, m: 60_000, minutes: 60_000, h: 3_600_000, hours: 3_600_000, d: DAY_MS, w: 7 * DAY_MS, y: 365 * DAY_MS };
/** A duration in milliseconds (`1h`, `23h59m`, `500` with the key's unit `ms`); null when it is not one. */
function durationMs(value: string, keyUnit: string | undefined): number | null {
  if (/^-?\d+$/.test(value)) return keyUnit !== undefined && UNIT_MS[keyUnit.toLowerCase()] !== undefined ? Number(value) * UNIT_MS[keyUnit.toLowerCase()]! : null;
  if (!/^(\d+(ms|s|m|h|d|w|y))+$/.test(value)) return null;
  return [...value.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)].reduce((n, p) => n + Number(p[1]) * UNIT_MS[p[2]!]!, 0);
}

/** Words that switch something on (`-enable`, `on`, `up`, `activate`). */
const SWITCH_ON = /^-{0,2}(enable|enabled|on|up|activate|start|true)$/i;
/**
 * Maintenance mode switched on ("Out of service": answer 357.1): a maintenance word among the first three operands, as
 * a word, a part of one or a topic (`maint`, `set-maintenance-mode`, `sales-channel:maintenance:enable`, `deploy-page`),
 * switched on by a later topic part or by the next word (`-enable`, `on`, `up`).
 */
function maintenanceSwitchedOn(operands: readonly string[], words: readonly string[]): string | undefined {
  for (const o of operands.slice(0, 3)) {
    const pieces = o.split(':');
    const at = pieces.findIndex((p) => MAINTENANCE.test(p) || p.split(/[-_]/).some((q) => /^(maintenance|maint)$/i.test(q)));
    if (at === -1) continue;
    // Round 42 (loto42): switched on inside the same word (`host.enter_maintenance_mode`, `enable-maintenance`, `maintenance_on`).
    if (pieces[at]!.split(/[-_.]/).some((p) => /^(enter|enable|on|start|activate)$/i.test(p))) return o;
    const next = words[words.indexOf(o) + 1];
    if (pieces.slice(at + 1).some((p) => SWITCH_ON.test(p)) || (next !== undefined && SWITCH_ON.test(next))) return next !== undefined && SWITCH_ON.test(next) ? `${o} ${next}` : o;
  }
  return undefined;
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
    const dotted = dottedVerbSegment(w);
    const last = dotted ?? (w.includes(':') && /^[a-z][\w-]*(:[a-z][\w-]*)+$/.test(w) ? w.slice(w.lastIndexOf(':') + 1) : w);
    // Round 42 (loto42): `vm.destroy`'s verb is one dispatch.ts reads alone (DESTRUCTIVE_WORD): as a part of a compound here.
    const whole = verbClass(last) ?? (dotted !== undefined && COMPOUND_LOSS_VERBS.has(dotted.toLowerCase()) ? 'loss' : null) ?? (RUN_TOGETHER_OUTAGE.test(last) ? 'outage' : null);
    const compound = whole === null ? compoundVerb(last) : null;
    const firstPart = whole === null && compound === null ? verbClass(last.split(/[-_]/)[0]!) : null;
    const first = firstPart === 'write' ? null : firstPart;
    const cls = whole ?? compound?.cls ?? first;
    if (cls === null || (i > 0 && last.toLowerCase() === 'quit')) continue;
    const next = operands[i + 1]?.toLowerCase();
    // A verb that writes names the noun of a verb that loses or stops after it (`snapshot revert`, `backup forget`).
    const later = cls === 'write' ? laterLossVerb(operands, i) : -1;
    if (later !== -1) return { verbAt: later, cls: verbClass(operands[later]!), verbWord: operands[later]!.toLowerCase(), subcommand: true };
    if (cls !== 'read' && next !== undefined && (NOUN_FOLLOWING_VERBS.has(next) || verbClass(next) === 'read')) {
      return verbClass(next) === 'read' ? { verbAt: i + 1, cls: 'read', verbWord: next, subcommand: true } : { verbAt: -1, cls: null, subcommand: true };
    }
    return { verbAt: i, cls, verbWord: whole !== null ? last : compound !== null ? compound.verb : last.split(/[-_]/)[0]!, subcommand: true };
  }
  return { verbAt: -1, cls: null, subcommand: false };
}

/** A subcommand that reads by one of its parts (`global-status`, `list-all`, `show:config`): an option beside it narrows the listing. */
function subcommandReads(operands: readonly string[]): boolean {
  return operands.slice(0, 3).some((o) => o.split(/[-_:]/).some((p) => verbClass(p) === 'read'));
}

/** Where a verb that loses or stops follows a verb that writes, among the first three operands; -1 when none does. */
function laterLossVerb(operands: readonly string[], writeAt: number): number {
  for (let j = writeAt + 1; j < Math.min(3, operands.length); j++) {
    const cls = verbClass(operands[j]!);
    if (cls === 'loss' || cls === 'outage') return j;
  }
  return -1;
}

/**
 * Round 42 (loto42): a release channel's tag removed (`dist-tag rm @acme/ui beta`, `npm tag remove PKG canary`): the tag is a
 * pointer, the versions it pointed at stay published. Only a channel word last (beta, canary, next, rc …), a package name
 * before it and no image reference (`regctl tag rm ghcr.io/acme/api:1.8.2` deletes the manifest).
 */
const TAG_NOUN = /^(dist-?tags?|tags?|channels?)$/i;
const CHANNEL_WORD = /^(alpha|beta|canary|next|rc|nightly|edge|experimental|insiders|preview|dev|latest-rc)$/i;
function channelTagRemoved(operands: readonly string[], verbAt: number): string | undefined {
  if (verbAt < 1 || !TAG_NOUN.test(operands[verbAt - 1] ?? '') || !/^(rm|remove|delete|del)$/i.test(operands[verbAt] ?? '')) return undefined;
  const objects = operands.slice(verbAt + 1);
  if (objects.length !== 2 || !CHANNEL_WORD.test(objects[1]!) || !/^(@[\w.-]+\/)?[\w.-]+$/.test(objects[0]!)) return undefined;
  return operands.slice(verbAt - 1).join(' ');
}

/**
 * Round 42 (loto42): `--user` as a switch (`TOOL --user stop jupyter.service`: the next word is the subcommand, not its value):
 * the per-user instance of the service manager, one's own services (the lead's answer 52), not another user's jobs.
 */
function userScopeSwitch(operands: readonly string[], words: readonly string[]): boolean {
  const at = words.indexOf('--user');
  return at !== -1 && operands.length > 0 && words[at + 1] === operands[0] && /^(stop|disable|kill|mask|restart|reload|start|enable|status|list-units|daemon-reload)$/i.test(operands[0]!);
}

/** For the existing destructive-word reading: a preview, a retention, a disposable object or one package uninstalled here, read on the same line. */
export function unknownLossSpared(operands: readonly string[], options: readonly string[], verbAt: number, words: readonly string[] = [], name = ''): UnknownReading | null {
  // `-h` last on the line or before the subcommand as its help topic (`-h revoke`), not one that takes a host before it
  // (round 43, loto43: `-h cass-prod-04 decommission`).
  const hAt = words.lastIndexOf('-h');
  if ((options.at(-1) === '-h' && (words.length === 0 || hAt === words.length - 1 || words[hAt + 1] === operands[verbAt]) && operands.length <= verbAt + 1) || helpBeforeObjects(words, operands, verbAt, (w) => w === '-help') || (verbAt > 0 && helpFirst(operands, words))) return { kind: 'read', word: 'help' };
  const preview = previewOf(options);
  if (preview !== undefined) return { kind: 'preview', word: preview };
  const keep = retentionOption(operands, options, words);
  if (keep !== undefined) return { kind: 'retention', word: keep };
  const verbPart = compoundVerb(operands[verbAt] ?? '')?.verb ?? '';
  if (DISPOSABLE_VERB.test(verbPart) && compoundNamesDisposable(operands[verbAt] ?? '')) return { kind: 'disposable', word: operands[verbAt]! };
  // Round 42 (loto42): a topic whose object is a cache (`cache:flush`, `cache:clean`, `page-cache:purge`).
  const topic = (operands[verbAt] ?? '').split(':');
  if (topic.length >= 2 && DISPOSABLE_VERB.test(topic.at(-1)!) && topic.at(-2)!.split(/[-_]/).some((p) => /^(cache|caches)$/i.test(p))) return { kind: 'disposable', word: operands[verbAt]! };
  const channel = channelTagRemoved(operands, verbAt);
  if (channel !== undefined) return { kind: 'channel_tag_removed', word: channel };
  if (DISPOSABLE_VERB.test(operands[verbAt] ?? '') && disposableObject(operands, verbAt)) return { kind: 'disposable', word: operands.join(' ') };
  const soft = DISPOSABLE_VERB.test(operands[verbAt] ?? '') ? options.find((o) => SOFT_DELETE_OPTION.test(o)) : undefined;
  if (soft !== undefined) return { kind: 'soft_delete', word: `${operands[verbAt]!} ${soft}` };
  return localUninstall(operands, options, verbAt, words, name);
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

/** A program named as a package manager (`xpkg`, `pkgtool`, `opkg`, `apt-x`, `foo-get`, `npm`-like `…pm`). */
const PACKAGE_MANAGER_NAME = /pkg|^(apt|yum|dnf|zypper|pacman|apk|snap|flatpak|brew|choco|scoop|winget|pip|gem|cargo|conda|mamba)([-_.]|$)|[-_]get$|^[a-z]{1,3}pm$/i;
/** Server daemons' packages (web, proxy, mail, DNS, time, file and print servers, cluster managers) and any `…-server`. */
const SERVER_PACKAGE = /^(httpd|apache2?|nginx|lighttpd|caddy|haproxy|traefik|envoy|squid|varnish|tomcat\d*|jetty|openssh|sshd|postfix|exim\d*|sendmail|dovecot|bind\d*|named|unbound|dnsmasq|ntpd?|chrony|samba|smbd|nfs-kernel-server|nfs-utils|vsftpd|proftpd|cups|keepalived|pacemaker|corosync)([-_.@]|$)|[-_]server$|[-_]server[-_.@]/i;
/** A noun before the verb that says what it removes is a package (`package remove`, `plugins remove`, `ext remove`). */
const PACKAGE_NOUN = /^(packages?|pkgs?|plugins?|extensions?|exts?|addons?|add-ons?)$/i;
/**
 * Round 44 (nx44; the lead's answer 457.1): a package manager's `remove NAME` is `uninstall NAME` (388.1), when the line
 * shows it is one: the program's name says package manager, or a package noun stands before the verb. `purge` (the
 * package's configuration and data too) is not; `remove` of a program that shows no package (`acmectl remove db01`) is not.
 */
function packageRemove(name: string, operands: readonly string[], verbAt: number): boolean {
  if ((operands[verbAt] ?? '').toLowerCase() !== 'remove') return false;
  // A server others reach (a web, mail, DNS, proxy or file server's package: `remove -y httpd`) is 388.1's shared service.
  if (operands.slice(verbAt + 1).some((o) => SERVER_PACKAGE.test(o))) return false;
  return PACKAGE_MANAGER_NAME.test(name.replace(/^.*\//, '')) || operands.slice(0, verbAt).some((o) => PACKAGE_NOUN.test(o));
}

/**
 * The lead's answer 388.1: an unknown program's `uninstall NAME` removes a package, a tool or an app from this machine: a
 * write, when nothing on the line names a cluster or a shared service (UNINSTALL_REACH_OPTION, namesSharedOrRemote). Only
 * the subcommand with a name after it: `flux uninstall`, `linkerd uninstall`, `istioctl uninstall --purge` name nothing
 * and take a cluster's components away; a name that is not fixed (`$PKG`) or every package stays as it was. Round 44
 * (nx44; 457.1): a package manager's `remove` of one named package too (packageRemove).
 */
function localUninstall(operands: readonly string[], options: readonly string[], verbAt: number, words: readonly string[], name = ''): UnknownReading | null {
  const verb = operands[verbAt] ?? '';
  const uninstall = verb.slice(verb.lastIndexOf(':') + 1).toLowerCase() === 'uninstall';
  if (!uninstall && !packageRemove(name, operands, verbAt)) return null;
  const names = operands.slice(verbAt + 1);
  if (names.length === 0 || (!uninstall && names.length > 1) || names.some((n) => n.includes('?') || MASS_OPERAND.test(n))) return null;
  if (options.some((o) => UNINSTALL_REACH_OPTION.test(o)) || [...operands, ...words].some(namesSharedOrRemote)) return null;
  return { kind: 'local_uninstall', word: `${verb} ${names.join(' ')}` };
}
