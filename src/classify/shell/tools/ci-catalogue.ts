import type { ServiceTool } from './catalogue-shape.ts';
import { namesSafeguardOrDelivery } from '../../kept-agents.ts';

/**
 * Round 41 (nv41): Concourse CI's `fly` (concourse-ci.org "The fly CLI"), from navi-cheats' tuned third. Its name is
 * Fly.io's CLI too (cloud.ts reads that one): `fly` is Concourse's when the line gives `--target` (Fly.io has no such
 * option; its `-t` is an access token) or when the first operand is one of Concourse's own subcommands
 * (`isConcourseFly`). Labels follow "How a case is labelled": a pipeline or team destroyed loses its build history; a
 * pipeline exposed opens its builds and logs to anyone (public access opened); a pipeline or job paused is a DAG paused
 * (the lead's answer 422.4: a write) unless its name says a backup, a safeguard or a delivery (answers 110, 159 as for a
 * Jenkins job); a worker retired leaves the cluster for good; a target deleted is an entry of `~/.flyrc`, fly's own login
 * settings. What no rule names is opaque (fail closed).
 */

/** Options of fly and its subcommands that take a value. */
const FLY_VALUED = ['-t', '--target', '-p', '--pipeline', '-j', '--job', '-c', '--config', '-l', '--load-vars-from', '-v', '--var', '-y', '--yaml-var', '-i', '--instance-var', '-n', '--team-name', '--team', '-r', '--resource', '--resource-type', '-w', '--worker', '-b', '--build', '-s', '--step', '--old-name', '--new-name', '--count', '-o', '--output', '--concourse-url', '-u', '--username', '--password', '--ca-cert', '-x', '--exclude', '--input', '--inputs-from', '--tag', '--version', '--path', '--url'];

/** Subcommands only Concourse's fly has (Fly.io's are single words: apps, deploy, machines, volumes, secrets…). */
const CONCOURSE_ONLY = /^(set-pipeline|sp|destroy-pipeline|dp|expose-pipeline|ep|hide-pipeline|hp|pause-pipeline|pp|unpause-pipeline|up|get-pipeline|gp|rename-pipeline|rp|validate-pipeline|vp|format-pipeline|fp|order-pipelines|op|archive-pipeline|ap|pipelines|ps|pause-job|pj|unpause-job|uj|trigger-job|tj|jobs|js|builds|bs|abort-build|ab|rerun-build|rb|targets|ts|delete-target|dtg|edit-target|etg|set-team|st|destroy-team|dt|rename-team|rt|get-team|gt|teams|t|active-users|au|userinfo|workers|ws|land-worker|lw|prune-worker|pw|retire-worker|containers|cs|hijack|intercept|i|execute|e|check-resource|cr|check-resource-type|crt|pin-resource|pr|unpin-resource|ur|enable-resource-version|erv|disable-resource-version|drv|clear-task-cache|ctc|clear-resource-cache|crc|clear-versions|resources|rs|resource-versions|rvs|checklist|cl|sync|s|watch|w)$/;

/** Whether `fly ARGS` is Concourse's CLI: `--target` given, or its first operand a subcommand only Concourse has. */
export function isConcourseFly(args: ReadonlyArray<string | null>): boolean {
  if (args.some((a) => a === '--target' || a?.startsWith('--target='))) return true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === null || a === undefined) return false;
    if (a === '-t') { i++; continue; }
    if (a.startsWith('-')) continue;
    // Round 42 (atk42): Concourse's two- and three-letter aliases (`pp`, `dp`, `ep`, `pj` …) are no Fly.io subcommand either.
    return a.includes('-') ? CONCOURSE_ONLY.test(a) : /^(pipelines|jobs|builds|targets|teams|workers|userinfo|checklist|sp|dp|ep|hp|pp|up|gp|rp|vp|fp|op|ap|ps|pj|uj|tj|js|bs|ab|rb|ts|dtg|etg|dt|rt|gt|au|lw|pw|cs|cr|crt|pr|ur|erv|drv|ctc|crc|rs|rvs|cl)$/.test(a);
  }
  return false;
}

/** The pipeline and job names a `pause-*` line names (`-p P`, `-j P/J`, `--job=P/J`); null where one is not fixed. */
function pausedNames(args: ReadonlyArray<string | null>): Array<string | null> {
  const out: Array<string | null> = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-p' || a === '--pipeline' || a === '-j' || a === '--job') out.push(args[i + 1] ?? null);
    else if (a?.startsWith('--pipeline=') || a?.startsWith('--job=')) out.push(a.slice(a.indexOf('=') + 1));
    else if (a === null) out.push(null);
  }
  return out;
}

/**
 * Round 42 (atk42): the words of a pipeline or job that takes copies, keeps a standby or renews what expires, beside
 * namesSafeguardOrDelivery's: snapshots, dumps, WAL and binlog archiving, the backup tools by name, replication, DR and
 * failover, certificate renewal and rotation (422.4 excepts backups, snapshots and certs). A word inside another word
 * counts (`pg-dump-hourly`, `nightly-snapshots`, `letsencrypt-renew`).
 */
const KEEPS_OR_RENEWS = /snapshot|dump|\bwal\b|binlog|archiv|restic|borg|velero|kopia|barman|pgbackrest|wal-?g\b|sanoid|syncoid|zrepl|bacula|bareos|veeam|rsnapshot|duplicity|replica|replicat|\bdr\b|disaster|failover|standby|renew|certs?\b|\btls\b|\bssl\b|letsencrypt|\bacme\b|rotat|\bprod|production/i;

/**
 * A pipeline or job paused whose names are all fixed and none says a backup, safeguard, delivery or production; not
 * `--all`/`-a` (every pipeline of the team, whatever they do: round 42, atk42).
 */
function pausesRoutineWork(args: ReadonlyArray<string | null>): boolean {
  if (args.some((a) => a === '-a' || a === '--all')) return false;
  const names = pausedNames(args);
  return names.length > 0 && names.every((n) => n !== null && !/[$*]/.test(n) && !namesSafeguardOrDelivery(n) && !KEEPS_OR_RENEWS.test(n.replace(/[-_/]/g, ' ')));
}

export const CONCOURSE_FLY: ServiceTool = {
  names: ['fly'],
  parser: 'permutes',
  valued: FLY_VALUED,
  where: ['-t', '--target'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'prints help' },
    { sub: /^(destroy-pipeline|dp|destroy-team|dt)\b/, effect: 'destroy', what: 'destroys a pipeline or a team with its build history' },
    { sub: /^(expose-pipeline|ep)\b/, effect: 'safeguard', what: "makes a pipeline public: its builds and logs visible to anyone" },
    { sub: /^(pause-pipeline|pp|pause-job|pj)\b/, args: pausesRoutineWork, effect: 'write', what: 'pauses a pipeline or job: it runs again when unpaused (answer 422.4)' },
    { sub: /^(pause-pipeline|pp|pause-job|pj|archive-pipeline|ap|retire-worker)\b/, effect: 'outage', what: 'pauses or archives a pipeline or job that backs up or delivers, or retires a worker for good' },
    { sub: /^(hijack|intercept|i|execute|e)\b/, effect: 'opaque', what: 'runs a task or opens a shell in a build container: what it runs is not in the line' },
    { sub: /^(pipelines|ps|get-pipeline|gp|validate-pipeline|vp|jobs|js|builds|bs|targets|ts|teams|t|get-team|gt|active-users|au|userinfo|workers|ws|containers|cs|resources|rs|resource-versions|rvs|checklist|cl|watch|w|status|help|completion)\b/, effect: 'read', what: 'lists or reads' },
    { sub: /^(set-pipeline|sp|unpause-pipeline|up|rename-pipeline|rp|format-pipeline|fp|order-pipelines|op|hide-pipeline|hp|unpause-job|uj|trigger-job|tj|abort-build|ab|rerun-build|rb|delete-target|dtg|edit-target|etg|set-team|st|rename-team|rt|land-worker|lw|prune-worker|pw|check-resource|cr|check-resource-type|crt|pin-resource|pr|unpin-resource|ur|enable-resource-version|erv|disable-resource-version|drv|clear-task-cache|ctc|clear-resource-cache|crc|clear-versions|sync|s|login|logout)\b/, effect: 'write', what: "configures, triggers or hides pipelines, clears caches, or changes fly's own targets" },
  ],
  otherwise: 'opaque',
};
