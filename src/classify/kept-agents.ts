import { heuristicEnvironment } from './environment.ts';

/**
 * Agents that keep the user's data somewhere else, by product or label word, one table for every door (launchd labels
 * and plists, systemd units, Windows services): file sync (Dropbox, OneDrive, Google Drive, iCloud, Syncthing,
 * Nextcloud, ownCloud, Resilio, pCloud, MEGAsync, Seafile, Insync, Box) and backup (Time Machine, Backblaze, CrashPlan,
 * Arq, Carbonite, IDrive, Acronis, Veeam, Duplicati, or any name with `sync` or `backup`). Stopping or removing one is a
 * backup switched off, also when it is the user's own (the lead's answer 59, over answer 58's own-agent exception).
 * `async` is no sync agent.
 */
const SYNC_OR_BACKUP_AGENT = /(?<!a)sync|backup|dropbox|dbxsvc|google.?drive|googledrive|gdrive|onedrive|icloud|nextcloud|owncloud|resilio|pcloud|seafile|box\.desktop|boxsync|time.?machine|tmutil|backblaze|bzbmenu|bzserv|crashplan|code42|\barq\b|carbonite|idrive|acronis|veeam|duplicati/i;

/** Whether a launchd label, unit or service name is a sync or backup agent's (SYNC_OR_BACKUP_AGENT). */
export function namesSyncOrBackupAgent(name: string): boolean {
  return SYNC_OR_BACKUP_AGENT.test(name);
}

/**
 * Scheduled tasks and cron jobs whose deletion keeps their safeguard role however else they are named: an updater's
 * (`GoogleUpdateTaskMachineUA`, `Adobe Acrobat Update Task`), a certificate's renewal (`win-acme renew`), a monitor's or
 * watchdog's, a sync's or replication's, an antivirus's (the lead's answers 360.1, 365.5 and 369.2). Windows reads it on
 * the task's name split at its capitals (windows/tools.ts `taskOfNoSafeguard`), cron on the line's name (filesystem.ts
 * `cronLineOfNoSafeguard`).
 */
export const SAFEGUARD_TASK_WORD = /update|upgrade|renew|monitor|watchdog|heartbeat|health|sync|replicat|antivir|defend|scan/i;

/** Scheduled jobs that are safeguards, by name: backups, snapshots and dumps, certificate renewal, scans (as a CronJob's, kube-manifest.ts). */
/** Round 41 (bl41dr): backup programs whose names say no `backup` (pgBackRest, kopia, duplicity, rsnapshot, Bacula, sanoid …). */
// Round 43 (atk43): `bkp`, `bak` and `bckp`, backup's abbreviations in job names (`nightly-bkp`), as whole parts.
const SAFEGUARD_JOB_NAME = /backup|(^|[-_.])(bkp|bak|bckp)([-_.\d]|$)|backrest|snapshot|dump|archiv|cert|renew|letsencrypt|acme|velero|restic|borg|barman|wal-?g|kopia|duplicity|duplicati|rsnapshot|bacula|bareos|sanoid|syncoid|zrepl|xtrabackup|vzdump|tarsnap|veeam|scan|clamav|rkhunter|aide|audit/i;
/** A logging job's name (log shipping, rotation, syslog): a safeguard by the lead's answer 365.5. */
const LOGGING_JOB_NAME = /\blogs?\b|logging|logrotate|syslog|journal/i;

/**
 * A cron job's name that says a safeguard (the lead's answers 365.5 and 369.2): a backup, an update, an antivirus,
 * logging, a certificate's renewal, monitoring or a sync (SAFEGUARD_JOB_NAME, SAFEGUARD_TASK_WORD and
 * namesSyncOrBackupAgent, LOGGING_JOB_NAME). Read by cron lines (filesystem.ts `cronLineOfNoSafeguard`, dispatch.ts `crontab`)
 * and a Kubernetes CronJob deleted by name (infra.ts, the lead's answer 373.3).
 */
export function cronJobSafeguard(name: string): boolean {
  return SAFEGUARD_JOB_NAME.test(name) || SAFEGUARD_TASK_WORD.test(name) || namesSyncOrBackupAgent(name) || LOGGING_JOB_NAME.test(name);
}

/**
 * A scheduled workflow's or pipeline's name that says a safeguard or delivery (backup, security, scan, CodeQL, audit,
 * deploy, release): pausing or disabling it is an outage of that safeguard or delivery, while pausing any other workflow
 * is a write undone by resuming it (the lead's answer 110: `gh workflow disable`, an Airflow DAG paused).
 */
export const SAFEGUARD_OR_DELIVERY_WORKFLOW = /backup|secur|scan|codeql|audit|deploy|release/i;

/**
 * The lead's answers 159, 182 and 207: a Jenkins job disabled is paused (a write) unless a safeguard or delivery word
 * (SAFEGUARD_OR_DELIVERY_WORKFLOW) or `prod`/`production` is anywhere in what names it (`text`: the URL before its query,
 * or the CLI's full name), a job or folder name is not fixed (`$`, `*`, `%`, `..`) or has no letter, or the server or a
 * name is production by heuristicEnvironment (`invoicesprd`). One reading for the REST door (other-kinds.ts
 * `pausedJenkinsJob`) and jenkins-cli's `disable-job` (service-catalogue.ts).
 */
export function pausedJenkinsNames(server: string, names: readonly string[], text: string): boolean {
  if (names.length === 0 || SAFEGUARD_OR_DELIVERY_WORKFLOW.test(text) || /\bprod(uction)?\b/i.test(text)) return false;
  if (!names.every((n) => /[a-z]/i.test(n) && !/[$*%]|\.\./.test(n))) return false;
  return ![server, ...names].some((n) => heuristicEnvironment(n) === 'production');
}

/** Whether a workflow's, job's or DAG's name says a safeguard or delivery (SAFEGUARD_OR_DELIVERY_WORKFLOW). */
export function namesSafeguardOrDelivery(name: string): boolean {
  return SAFEGUARD_OR_DELIVERY_WORKFLOW.test(name);
}
