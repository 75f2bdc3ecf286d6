import { isJsonObject, type JsonObject, type JsonValue } from '../../core/index.ts';
import { keepSpanDays, LONG_KEEP_OPTIONS, type KeepSpan } from '../shell/tools/backup-catalogue.ts';

/**
 * Round 41 (bl41dr): backup servers' MCP tools as their CLIs are read (blind41-dr.yaml). A snapshot forgotten or expired
 * is a backup deleted (`forget_snapshot`, `expire_backup`); a prune or forget by a keep policy reaching 30 days or more
 * is routine retention (the backup-retention standing decision, as `restic forget --keep-monthly 12`), and so is one keeping
 * two snapshots or more (444.1, 459.1); one keeping one or none is not; a restore to the original location overwrites what runs there; a lifecycle updated to delete
 * recovery points in under 30 days cuts the retention.
 */

const FORGET_WORDS = /^(forget|expire)$/;
const BACKUP_NOUNS = /^(snapshots?|backups?|archives?|recovery|points?)$/;
/** A server's name that says it keeps backups (`pbs`, `aws-backup`, `restic`). */
const BACKUP_SERVER_WORD = /^(pbs|proxmox|pgbackrest|barman|walg|backups?|restic|borg|kopia|velero|veeam|bacula|bareos|duplicati|sanoid|zfs)$/;

/** The tool forgets or expires backups or snapshots. */
export function forgetsBackup(ws: readonly string[], serverWords: readonly string[]): boolean {
  return ws.some((w) => FORGET_WORDS.test(w)) && (ws.some((w) => BACKUP_NOUNS.test(w)) || serverWords.some((w) => BACKUP_SERVER_WORD.test(w)));
}

/** An argument's key without case or separators (`keep_daily`, `keep-daily`, `keepDaily` are `keepdaily`). */
const norm = (k: string): string => k.toLowerCase().replace(/[-_\s]/g, '');
/** The keep keys' spans (the command line's LONG_KEEP_OPTIONS, and `within` an interval: `90d`, `1y`). Counts of last or hourly reach nothing. */
const KEEP_SPANS: ReadonlyMap<string, KeepSpan> = new Map([...LONG_KEEP_OPTIONS.map(([k, span]) => [norm(k), span] as const), ['keepwithin', { kind: 'within' }]]);
/** Arguments that name snapshots or archives one by one: the call forgets those, whatever else it keeps. */
// Round 42 (atk42): `id`, `backup_id` and `recovery_point` name one too (a backup named beside the policy is deleted).
const NAMES_ITEMS = /^(snapshotids?|snapshots?|snapshotnames?|archives?|archivenames?|backuptimes?|backupids|backupnames?|recoverypoint\w*|set|ids?|items?)$/;
/** PBS's `backup_id` is a group's id (`101`); one that holds a time names a snapshot (`vm/101/2026-12-01T02:00:00Z`). */
const NAMES_SNAPSHOT_TIME = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\b\d{8}T\d{6}\b/;

/** A keep argument's count (`3`, `"3"`), or null when it gives none. */
const keepCount = (v: JsonValue): number | null => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : null);
/**
 * What the keep arguments keep (as restic's and borg's keep options): the days they reach back at the least, and how many
 * snapshots they keep, the most any one keep argument keeps (`keep_last: 1, keep_daily: 1` keeps one; a negative count,
 * restic's "keep all", keeps every one), or null when none is given.
 */
function keepPolicy(args: JsonObject): { days: number; kept: number } | null {
  let policy: { days: number; kept: number } | null = null;
  for (const [k, v] of Object.entries(args)) {
    const span = KEEP_SPANS.get(norm(k));
    if (span === undefined && !/^keep(last|hourly|minutely|secondly)$/.test(norm(k))) continue;
    policy ??= { days: 0, kept: 0 };
    if (span !== undefined && (typeof v === 'string' || typeof v === 'number')) policy.days = Math.max(policy.days, keepSpanDays(span, v) ?? 0);
    // A time bound keeps what is newer, no count: retention only when it reaches 30 days.
    if (span?.kind === 'within') continue;
    const n = keepCount(v);
    if (n === null) continue;
    // The keep rules overlap (the newest snapshot is the last, the day's and the week's at once): the policy keeps the most
    // one rule keeps, not their sum (the lead's answer 461.1, as the command line's keepPolicy in unknown-verbs.ts).
    policy.kept = Math.max(policy.kept, n < 0 ? Infinity : n);
  }
  return policy;
}

/**
 * A prune or forget by keep arguments that names no snapshot and keeps enough: reaching 30 days or more, or keeping two
 * snapshots or more (the lead's answers 444.1 and 459.1: a keep policy keeping two or more is routine retention for any
 * tool, MCP too; one or none prunes the rest).
 */
export function prunesByLongRetention(ws: readonly string[], args: JsonObject): boolean {
  if (!ws.some((w) => /^(prune|forget|expire)$/.test(w))) return false;
  if (Object.entries(args).some(([k, v]) => NAMES_ITEMS.test(norm(k)) || (/^(backupid|backup)$/.test(norm(k)) && typeof v === 'string' && NAMES_SNAPSHOT_TIME.test(v)))) return false;
  const policy = keepPolicy(args);
  return policy !== null && (policy.days >= 30 || policy.kept >= 2);
}

const IN_PLACE_KEYS = /^(tooriginallocation|originallocation|inplace|restoreinplace|overwriteexisting|overwrite)$/;
/** A restore or recovery told to go to the original location or over what exists (`to_original_location: true`). */
export function restoresInPlace(ws: readonly string[], args: JsonObject): boolean {
  // Round 42 (atk42): any spelling of yes switches it on (`"yes"`, `"True"`, `1`, `"on"`), as the servers' own parsers read it.
  return ws.some((w) => /^(restore|recover|recovery)$/.test(w)) && Object.entries(args).some(([k, v]) => IN_PLACE_KEYS.test(norm(k)) && (v === true || v === 1 || (typeof v === 'string' && /^(true|yes|y|1|on)$/i.test(v.trim()))));
}

/** Some `DeleteAfterDays` (any case or separators) under 30 anywhere in the arguments. */
function deletesUnderThirtyDays(v: JsonValue | undefined, depth = 0): boolean {
  if (depth > 6 || v === null || v === undefined) return false;
  if (Array.isArray(v)) return v.some((x) => deletesUnderThirtyDays(x, depth + 1));
  if (!isJsonObject(v)) return false;
  return Object.entries(v).some(([k, x]) => (norm(k) === 'deleteafterdays' && (typeof x === 'number' || (typeof x === 'string' && /^\d+$/.test(x))) && Number(x) < 30) || deletesUnderThirtyDays(x, depth + 1));
}
/** An update of a backup plan or recovery point whose lifecycle deletes in under 30 days. */
export function backupRetentionCut(ws: readonly string[], serverWords: readonly string[], args: JsonObject): boolean {
  // Round 42 (atk42): an upsert, patch, replace or edit of the plan changes it as an update does.
  return ws.some((w) => /^(update|set|put|modify|upsert|patch|replace|edit|change|apply|configure|save)$/.test(w)) && [...ws, ...serverWords].some((w) => /^(backups?|lifecycle|recovery|plans?)$/.test(w)) && deletesUnderThirtyDays(args);
}
