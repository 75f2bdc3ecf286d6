import { optionValuesIn, type ServiceEffect, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';
import { intervalDays } from '../../durations.ts';
import { SWITCH_ON } from '../../switch-values.ts';

/**
 * Round 41 (bl41dr): catalogue entries for the tools a backup and disaster-recovery operator's agent runs that no other
 * catalogue had: tape drives (`mt`), Bacula's volume tools (`bls`, `bscan`, `bextract`), Percona XtraBackup and
 * mariabackup with `xbstream`/`xbcloud`, repmgr, Barman's cloud scripts (`barman-cloud-*`, beside data-catalogue.ts's
 * `barman-cloud-backup-delete`) and the Proxmox Backup Server's `proxmox-backup-manager`. Data in the shape of
 * service-catalogue.ts's ServiceTool (spread there). The tools other catalogues already had (restic, borg, kopia, zfs,
 * pgBackRest, Barman, WAL-G, bconsole, NetBackup, `proxmox-backup-client`, `pvesh`) are extended where they stand.
 *
 * Labels follow "How a case is labelled" and blind41-dr.yaml's description: a backup, snapshot or tape's content deleted
 * or overwritten is data lost; a backup run cancelled, a schedule or a hold switched off and a keep annotation released
 * are safeguards off; a retention policy keeping 30 days or more is routine (the backup-retention standing decision), one
 * by count only is not; freeing the space of forgotten backups is answer 66's `borg compact`; a restore into a new place
 * is a write.
 */

type Args = ReadonlyArray<string | null>;
type Tool = ServiceTool;

const HELP: ServiceRule = { flags: ['--help', '-?'], effect: 'read', what: 'help' };
const op = (sub: RegExp, effect: ServiceEffect, what: string): ServiceRule => ({ sub, effect, what });
/** A program whose every call does one thing (`bls` reads a volume): its help is a read. */
const fixed = (names: string[], effect: ServiceEffect, what: string): Tool => ({ names, valued: [], rules: [HELP, { args: () => true, effect, what }], otherwise: effect });

/**
 * Backup retention policies (restic-forget(1), borg-prune(1), proxmox-backup-client(1) `prune`): each keep option with
 * the days it reaches back at the least. N daily snapshots span N days, N weekly 7N; N monthly or yearly ones reach N-1
 * months or years behind the newest; `--keep-within 2m` keeps two months. `--keep-last`, hourly and finer counts say how
 * many snapshots, not how long, and count for nothing; a negative count is restic's "unlimited".
 */
export type KeepSpan = { kind: 'count'; days: number } | { kind: 'within' };
/** The keep options every one of these tools spells alike (`--keep-daily` … `--keep-yearly`). */
export const LONG_KEEP_OPTIONS: ReadonlyArray<readonly [string, KeepSpan]> = [
  ['--keep-daily', { kind: 'count', days: 1 }],
  ['--keep-weekly', { kind: 'count', days: 7 }],
  ['--keep-monthly', { kind: 'count', days: 30 }],
  ['--keep-yearly', { kind: 'count', days: 365 }],
];
/**
 * The days one keep rule's value reaches back at the least (see KeepSpan), Infinity for a negative count (restic's
 * "unlimited"; `-0` is a count of none, as restic parses it), null for a value that is no count or interval. One reading
 * for the command line (keepsThirtyDays) and the MCP door (mcp/backup-tools.ts keepPolicyDays), which had a copy each.
 */
export function keepSpanDays(span: KeepSpan, value: string | number): number | null {
  if (span.kind === 'within') return typeof value === 'string' ? intervalDays(value) ?? 0 : null;
  const n = typeof value === 'number' ? value : /^-?\d+$/.test(value) ? Number(value) : null;
  if (n === null) return null;
  if (n < 0) return Infinity;
  return span.days === 1 || span.days === 7 ? n * span.days : (n - 1) * span.days;
}
/** Whether the keep options reach 30 days back or more (the lead's standing decision: such retention is benign). */
export function keepsThirtyDays(keeps: ReadonlyMap<string, KeepSpan>): (args: Args) => boolean {
  return (args) => {
    let days = 0;
    args.forEach((a, i) => {
      if (a === null) return;
      const eq = a.startsWith('--') ? a.indexOf('=') : -1;
      const span = keeps.get(eq === -1 ? a : a.slice(0, eq));
      const value = eq === -1 ? args[i + 1] : a.slice(eq + 1);
      if (span === undefined || value === null || value === undefined) return;
      days = Math.max(days, keepSpanDays(span, value) ?? 0);
    });
    return days >= 30;
  };
}
/**
 * Round 42 (ans42b, the lead's answer 444.1, after 340): a keep policy that keeps the last two or more (`--keep-last 3`,
 * `-l 2`) is routine retention, a write, for any tool; `--keep-last 1` (or 0) prunes to the newest alone and stays
 * destructive. Every value must be a fixed count of two or more (given twice, the smallest counts, as rv40 read PBS);
 * restic's negative count is "unlimited".
 */
export function keepsLastTwoOrMore(names: readonly string[]): (args: Args) => boolean {
  return (args) => {
    // Round 43 (atk43): a one-letter form takes its value glued too (pflag's `-l1`, argparse's `-l1`).
    const glued = args.flatMap((a) => names.filter((n) => /^-\w$/.test(n) && a !== null && a.length > 2 && a.startsWith(n) && a[2] !== '=').map(() => a!.slice(2)));
    const values = [...optionValuesIn(args, names), ...glued];
    return values.length > 0 && values.every((v) => v !== null && /^(-\d+|\d+)$/.test(v) && (Number(v) < 0 || Number(v) >= 2));
  };
}
/** Proxmox Backup Server's keep options (`--keep-last`, `--keep-hourly` count nothing). */
export const PBS_KEEP: ReadonlyMap<string, KeepSpan> = new Map(LONG_KEEP_OPTIONS);
export const PBS_KEEP_OPTIONS = [...PBS_KEEP.keys(), '--keep-last', '--keep-hourly'];
/** A PBS prune, prune job or policy whose keep options do not reach 30 days (none given keeps nothing: fail closed). */
export const pbsKeepsUnderThirtyDays = (args: Args): boolean => !keepsThirtyDays(PBS_KEEP)(args);
/** Some keep option is given (an update that leaves the policy alone changes no retention). */
const setsKeeps = (args: Args): boolean => args.some((a) => a !== null && PBS_KEEP_OPTIONS.some((k) => a === k || a.startsWith(`${k}=`)));

/** A boolean option of Proxmox's CLIs switched on: bare, `1`, `true`, `yes`, `on`; a value not fixed counts as on. */
const switchedOn = (names: string[]) => (args: Args): boolean => args.some((a, i) => {
  if (a === null) return false;
  const n = names.find((x) => a === x || a.startsWith(`${x}=`));
  if (n === undefined) return false;
  const v = a === n ? args[i + 1] : a.slice(n.length + 1);
  return v === undefined || v === null || (a === n && v.startsWith('-')) || SWITCH_ON.test(v);
});

const PROXMOX_BACKUP_MANAGER: Tool = {
  // proxmox-backup-manager(1): datastores, prune, sync and verify jobs, garbage collection.
  names: ['proxmox-backup-manager'],
  valued: [...PBS_KEEP_OPTIONS, '--schedule', '--store', '--remote', '--remote-store', '--owner', '--ns', '--max-depth', '--comment', '--output-format', '--path', '--destroy-data', '--remove-vanished', '--limit'],
  local: true,
  rules: [
    HELP,
    // Garbage collection frees the chunks no snapshot references any more: the lead's answer 66 keeps that destructive
    // (`borg compact`, `restic prune`).
    op(/^garbage-collection start( |$)/, 'destroy', "frees the chunks of forgotten snapshots for good (answer 66's compact)"),
    op(/^garbage-collection (status|list)( |$)/, 'read', 'reads garbage collection state'),
    { sub: /^datastore remove( |$)/, args: switchedOn(['--destroy-data']), effect: 'destroy', what: "removes the datastore and deletes its backups (`--destroy-data`)" },
    op(/^datastore remove( |$)/, 'write', 'removes the datastore from the configuration; its backups stay on disk'),
    { sub: /^prune-job (create|update)( |$)/, args: (a) => setsKeeps(a) && pbsKeepsUnderThirtyDays(a), effect: 'destroy', what: 'sets a retention shorter than 30 days or by count only: older backups are pruned' },
    { sub: /^sync-job (create|update)( |$)/, args: switchedOn(['--remove-vanished']), effect: 'destroy', what: 'mirrors with delete onto the backup copy: what only it held goes (answer 359.1)' },
    op(/^(sync-job|verify-job|prune-job) remove( |$)/, 'safeguard', 'removes a sync, verify or prune job: the copies or checks it made stop'),
    op(/^disk (wipe|initialize|fs create|zpool create)( |$)/, 'destroy', 'wipes or formats a disk'),
    op(/^(versions|report)( |$)/, 'read', 'reads versions or a report'),
    op(/^\S+ (list|show|status|log|get|smart-attributes)( |$)/, 'read', 'reads configuration or tasks'),
    op(/^(verify|datastore (create|update|mount|unmount)|prune-job (create|update|run)|sync-job (create|update|run)|verify-job (create|update|run)|remote (create|update)|cert update|acme \S+)( |$)/, 'write', 'verifies, runs a configured job or changes the configuration'),
  ],
  otherwise: 'fallback',
};

const TAPE: Tool = {
  // mt(1): `erase` erases the tape; `weof`/`eof`/`wset` write end-of-file or set marks where the tape stands, after which
  // what followed is no longer readable; the rest moves or reports.
  names: ['mt', 'mt-st', 'mt-gnu'],
  valued: ['-f', '-t', '--file'],
  rules: [
    { flags: ['--help', '-h', '--version', '-V'], effect: 'read', what: 'help' },
    op(/^(erase|weof|eof|wset|smk|format|setpartition|mkpartition)( |$)/, 'destroy', 'erases the tape or writes a mark over what followed'),
    op(/^(status|tell|stshowoptions|densities)( |$)/, 'read', 'reports the drive'),
    op(/^(rewind|retension|fsf|bsf|fsfm|bsfm|fsr|bsr|fss|bss|eod|seod|seek|asf|load|unload|offline|rewoffl|eject|lock|unlock|compression|setblk|setdensity|sethpartition|stoptions|stsetoptions|stclearoptions|drvbuffer|stwrthreshold|defblksize|defdensity|defdrvbuffer|defcompression|sttimeout|stlongtimeout|stsetcln)( |$)/, 'write', 'moves, loads or sets the drive'),
  ],
  // Other operations (and Windows's manifest tool `mt.exe`, which shares the name) keep the generic reading.
  otherwise: 'fallback',
};

const XTRABACKUP: Tool = {
  // Percona XtraBackup and mariabackup: `--backup` writes a new backup, `--prepare` readies one, `--copy-back` refuses a
  // data directory that is not empty (unless `--force-non-empty-directories`); `--move-back` moves the backup's files away
  // (the backup is gone).
  names: ['xtrabackup', 'mariabackup', 'mariadb-backup', 'innobackupex'],
  valued: ['--target-dir', '--incremental-dir', '--incremental-basedir', '--datadir', '--user', '-u', '--password', '-p', '--host', '-H', '--port', '-P', '--socket', '-S', '--parallel', '--stream', '--compress', '--compress-threads', '--defaults-file', '--defaults-extra-file', '--tables', '--databases', '--use-memory', '--throttle', '--encrypt', '--encrypt-key', '--encrypt-key-file', '--extra-lsndir'],
  where: ['--host', '-H'],
  rules: [
    { flags: ['--help', '-?', '--version', '-v'], effect: 'read', what: 'help' },
    { flags: ['--move-back'], effect: 'destroy', what: "moves the backup's files into the data directory: the backup is gone" },
    // blind28-dba's label: `--force-non-empty-directories` copies the backup into a data folder that holds files.
    { flags: ['--force-non-empty-directories'], effect: 'destroy', what: 'copies the backup over a data directory that is not empty' },
    { flags: ['--stats'], effect: 'read', what: 'reads statistics' },
    { flags: ['--backup', '--prepare', '--apply-log', '--copy-back', '--decompress', '--decrypt', '--export'], effect: 'write', what: 'backs up, prepares a backup or copies it into an empty data directory' },
  ],
  otherwise: 'opaque',
};

const XBCLOUD: Tool = {
  names: ['xbcloud'],
  valued: ['--storage', '--s3-bucket', '--s3-endpoint', '--s3-region', '--s3-access-key', '--s3-secret-key', '--google-bucket', '--swift-container', '--parallel', '--defaults-file', '--azure-container-name', '--azure-storage-account'],
  rules: [
    { flags: ['--help', '-?', '--version'], effect: 'read', what: 'help' },
    op(/^delete( |$)/, 'destroy', 'deletes a backup from cloud storage'),
    op(/^(get|put)( |$)/, 'write', 'uploads or downloads a backup'),
  ],
  otherwise: 'opaque',
};

const REPMGR: Tool = {
  // repmgr(1): `standby clone --force` (-F) overwrites the local data directory, `node rejoin --force-rewind` runs
  // pg_rewind over it; `service|daemon pause` switches repmgrd's automatic failover off; `node service --action=stop` stops
  // the server.
  names: ['repmgr'],
  valued: ['-f', '--config-file', '-h', '--host', '-U', '--username', '-d', '--dbname', '-p', '--port', '-D', '--pgdata', '--node-id', '--node-name', '--remote-user', '-L', '--log-level', '--upstream-node-id', '--action', '--wait', '--replication-user', '--copy-external-config-files'],
  where: ['-h', '--host', '-d', '--dbname'],
  dryRun: ['--dry-run'],
  rules: [
    { flags: ['--help', '-?', '--version', '-V'], effect: 'read', what: 'help' },
    { sub: /^standby clone( |$)/, flags: ['-F', '--force'], effect: 'destroy', what: 'clones the primary over the local data directory' },
    { sub: /^node rejoin( |$)/, flags: ['--force-rewind'], effect: 'destroy', what: 'rewinds the local data directory: changes after the fork are discarded' },
    { sub: /^node service( |$)/, flagValue: { names: ['--action'], value: /^(stop|restart)$/ }, effect: 'outage', what: 'stops the database server' },
    op(/^(service|daemon) pause( |$)/, 'safeguard', "pauses repmgrd: automatic failover off"),
    op(/^(primary|standby|witness) unregister( |$)/, 'safeguard', "takes a node out of repmgr's metadata: its failover management stops"),
    op(/^(cluster (show|event|events|crosscheck|matrix)|node (status|check)|(service|daemon) status)( |$)/, 'read', 'reads the cluster'),
    // The lead's answer 433.1 (round 41, dr2): production's live standby promoted stops following the primary (split
    // brain); one no live tier names (a drill copy, dev or test) is a write.
    { sub: /^standby promote( |$)/, unlessLive: true, effect: 'write', what: 'promotes a standby no live tier names' },
    { sub: /^standby promote( |$)/, effect: 'safeguard', what: "promotes production's live standby: it stops following the primary (split brain)" },
    op(/^(standby (clone|register|follow|switchover)|primary register|witness register|node (rejoin|service)|cluster cleanup|(service|daemon) (unpause|start))( |$)/, 'write', 'clones into an empty directory, registers, follows or switches over'),
  ],
  otherwise: 'opaque',
};

const BARMAN_CLOUD_VALUED = ['--cloud-provider', '--endpoint-url', '-P', '--aws-profile', '--profile', '--read-timeout', '--azure-credential', '--credential', '-j', '--jobs', '--target', '--status', '--format', '-z', '--gzip', '--tags', '--snapshot-instance', '--snapshot-zone', '--gcp-project'];
const BARMAN_CLOUD_TOOLS: readonly Tool[] = [
  fixed(['barman-cloud-backup-list', 'barman-cloud-backup-show', 'barman-cloud-check-wal-archive'], 'read', 'lists or checks backups in cloud storage'),
  { names: ['barman-cloud-backup', 'barman-cloud-wal-archive', 'barman-cloud-wal-restore', 'barman-cloud-restore'], valued: BARMAN_CLOUD_VALUED, rules: [HELP], otherwise: 'write' },
  {
    names: ['barman-cloud-backup-keep'],
    valued: BARMAN_CLOUD_VALUED,
    rules: [HELP, { flags: ['-r', '--release'], effect: 'safeguard', what: 'releases a keep annotation: the backup falls to the retention policy' }, { flags: ['-s', '--status'], effect: 'read', what: 'reads a keep annotation' }],
    otherwise: 'write',
  },
];

export const BACKUP_TOOLS: readonly ServiceTool[] = [
  PROXMOX_BACKUP_MANAGER,
  TAPE,
  fixed(['bls'], 'read', "lists a Bacula volume's contents"),
  fixed(['bscan', 'bextract'], 'write', 'rebuilds catalog records from a volume, or extracts it into a folder'),
  XTRABACKUP,
  fixed(['xbstream', 'xbcrypt'], 'write', 'packs or unpacks a backup stream'),
  XBCLOUD,
  REPMGR,
  ...BARMAN_CLOUD_TOOLS,
];
