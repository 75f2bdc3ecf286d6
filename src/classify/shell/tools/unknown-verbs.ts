import { heuristicEnvironment } from '../../environment.ts';
import { namesDisposable, namesSharedCiResource, SCRATCH_WORDS_BUT_SANDBOX } from '../../test-data.ts';

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
/** Options spelled as a read (`--list`, `--status`, `--detail`): a program driven by options rather than subcommands. */
const READ_OPTION = /^--(list|status|show|info|detail|details|describe|verify|validate|check|check-config|test|version|help|print|dump|examine|inspect|stats?|summary|report|diff)(=.*)?$/;
/** Options that make a read act (`check --fix`, `validate --apply`): the line is not a read. */
const ACTING_OPTION = /^(-y|-f|-w|-i|--(fix|repair|force|yes|write|apply|execute|delete|remove|update|set|overwrite|in-place|inplace|purge|drop|reset|restore|commit)([-=].*)?)$/;
/** Preview forms that change nothing (`hg purge --print`, `--dry-run`, `--what-if`, `--noop`, `--simulate`). */
const PREVIEW_OPTION = /^--(dry-?run|dry_run|preview|noop|no-op|simulate|what-?if|plan-only|check-only|list-only)(=(true|1|yes|client|server|all))?$/i;
/** `--print` previews when nothing else on the line acts (`hg purge --print`; not `pt-kill --kill --print`). */
const PRINT_OPTION = /^--print$/;
/** Options spelled as the action that loses (`--delete`, `--vacuum-time=1s`, `--removenode`, `--drop-all`). */
const LOSS_OPTION = /^--(delete|purge|truncate|vacuum-[a-z]+|delete-(?!older)[a-z-]+|remove-?node|deactivate|shutdown|kill|stop)(=.*)?$/;
/** Age retention spelled as an option (`--delete-older-than 30d`): keeps what is newer (answer 361.2's shape). */
const AGE_OPTION = /^--(delete-)?older-than(=.*)?$/;
/** What deleting by age narrows (answer 361.2): logs, metrics, caches and temporary files named on the line; anything else by age is data (57, 388.2). */
const AGED_OBJECT_PART = /^(logs?|journals?|metrics?|caches?|tmp|temp|temporary)$/i;

/** A retention option that narrows: one that keeps the newest, or an age bound on what the line names as logs, metrics, caches or temporary files. */
function retentionOption(operands: readonly string[], options: readonly string[]): string | undefined {
  const keep = options.find((o) => KEEP_OPTION.test(o));
  if (keep !== undefined) return keep;
  const age = options.find((o) => AGE_OPTION.test(o));
  return age !== undefined && [...operands, ...options].some((w) => w.split(/[-_./:=]/).some((p) => AGED_OBJECT_PART.test(p))) ? age : undefined;
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
/** Disposable objects: caches, temporary folders, build output, one CI run's or preview's (answers 72, 84, 108; "Benign": caches, build artefacts). */
const DISPOSABLE_PART = /^(cache|caches|tmp|temp|_temporary|temporary|scratch|dist|previews?|node_modules)$/i;
/** Verbs that delete a named object (not `destroy`, `rb`, `drop`: a store, a bucket, a pool or a volume whole, answer 330.1). */
const DISPOSABLE_VERB = /^(delete|rm|remove|del|purge|prune|clean|evict|invalidate)$/i;
const RUN_NUMBER = /^(pr|mr|run|ci|build|preview)[-_]?\d+$/i;

export type UnknownVerbClass = 'loss' | 'outage' | 'mass' | 'read';
export interface UnknownReading {
  kind: 'loss' | 'outage' | 'mass' | 'safeguard_off' | 'read' | 'preview' | 'retention' | 'disposable' | 'dev_environment';
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
    const says = (p: string) => RUN_NUMBER.test(p) || p.toLowerCase().split(/[-_.]/).some((w) => DISPOSABLE_PART.test(w) || RUN_NUMBER.test(w)) || (namesDisposable(p, SCRATCH_WORDS_BUT_SANDBOX) && !namesSharedCiResource(p));
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
  // `--help` or `-h` last prints help in every argument parser (getopt_long, cobra, click, argparse, clap).
  if (options.includes('--help') || words.at(-1) === '-h') return { kind: 'read', word: 'help' };
  const preview = previewOf(options);
  const off = safeguardOff(words);
  if (off !== undefined && preview === undefined) return { kind: 'safeguard_off', word: off };
  const program = VERB_PROGRAM.exec(name.toLowerCase().replace(/\.(exe|sh|py)$/, ''))?.[1];
  let verbAt = -1;
  let cls: UnknownVerbClass | null = null;
  for (let i = 0; i < Math.min(3, operands.length) && cls === null; i++) {
    const w = operands[i]!;
    const last = w.includes(':') && /^[a-z][\w-]*(:[a-z][\w-]*)+$/.test(w) ? w.slice(w.lastIndexOf(':') + 1) : w;
    cls = verbClass(last) ?? verbClass(last.split(/[-_]/)[0]!);
    if (cls !== null) verbAt = i;
  }
  const verb = verbAt === -1 ? undefined : operands[verbAt]!;
  // An option spelled as the action only in a program driven by options (`kafka-topics --delete`): beside a subcommand
  // (`verify --delete`) it is that subcommand's detail.
  const lossOption = cls === null ? options.find((o) => LOSS_OPTION.test(o) && !(o === '--deactivate' && options.includes('--activate'))) : undefined;
  const objects = verbAt === -1 ? operands : operands.slice(verbAt + 1);
  const mass = options.find((o) => MASS_OPTION.test(o)) ?? objects.find((o) => MASS_OPERAND.test(o));
  const massVerb = program ?? operands.slice(0, 3).find((o) => MASS_ONLY_VERBS.has(o.toLowerCase()));
  if (massVerb !== undefined && mass !== undefined && preview === undefined) return { kind: 'mass', word: `${massVerb} ${mass}` };
  if (cls === 'read' && lossOption === undefined && !options.some((o) => ACTING_OPTION.test(o))) return { kind: 'read', word: verb! };
  if (cls === null && lossOption === undefined && options.some((o) => READ_OPTION.test(o)) && !options.some((o) => ACTING_OPTION.test(o))) return { kind: 'read', word: options.find((o) => READ_OPTION.test(o))! };
  const acts = cls === 'loss' || cls === 'outage' ? verb! : lossOption;
  if (acts === undefined) return null;
  if (preview !== undefined) return { kind: 'preview', word: preview };
  if (cls === 'outage' && operands.some((o) => o.split(':').some((p) => MAINTENANCE.test(p))) && /^(deactivate|disable|down|off|stop)$/i.test(acts.slice(acts.lastIndexOf(':') + 1))) return { kind: 'dev_environment', word: acts };
  const keep = retentionOption(operands, options);
  if (keep !== undefined && (cls === 'loss' || /prune|forget|delete|remove/.test(acts))) return { kind: 'retention', word: keep };
  if ([...operands, ...options].some((w) => w.replace(/^--?[\w-]+=/, '').split(/[-_.:/=]/).some((p) => DEV_WORD.test(p)) && heuristicEnvironment(w) !== 'production')) return { kind: 'dev_environment', word: acts };
  if (cls === 'loss' && DISPOSABLE_VERB.test(acts) && disposableObject(operands, verbAt)) return { kind: 'disposable', word: acts };
  return { kind: cls === 'outage' || /^--(deactivate|shutdown|kill|stop|disable)/.test(acts) ? 'outage' : 'loss', word: acts };
}

/** For the existing destructive-word reading: a preview, a retention or a disposable object, read on the same line. */
export function unknownLossSpared(operands: readonly string[], options: readonly string[], verbAt: number): UnknownReading | null {
  if (options.at(-1) === '-h' && operands.length <= verbAt + 1) return { kind: 'read', word: 'help' };
  const preview = previewOf(options);
  if (preview !== undefined) return { kind: 'preview', word: preview };
  const keep = retentionOption(operands, options);
  if (keep !== undefined) return { kind: 'retention', word: keep };
  if (DISPOSABLE_VERB.test(operands[verbAt] ?? '') && disposableObject(operands, verbAt)) return { kind: 'disposable', word: operands.join(' ') };
  return null;
}
