import type { ServiceRule, ServiceTool } from './catalogue-shape.ts';
import { operandValues, optionValuesIn } from './catalogue-shape.ts';
import { SCRATCH_RESOURCE } from './infra.ts';

/**
 * Round 43 (bl43bi): catalogue entries for a BI and analytics engineering team's command-line tools that no entry read
 * before: Apache Flink's `flink` client, Tableau's `tabcmd` and Looker's `gzr` (gazer). Data in the shape of
 * service-catalogue.ts's ServiceTool (spread there).
 *
 * Labels follow "How a case is labelled" and blind43-bi.yaml's description: a streaming job cancelled or stopped (with a
 * savepoint too) is out of service until someone runs it again; a savepoint disposed is a backup deleted; a workbook,
 * data source, project, site, group, user, look or dashboard deleted is a record lost; a Tableau site suspended is out of
 * service and its extracts decrypted is a safeguard off; an account disabled is switched off; submitting a job, publishing
 * a workbook and importing a dashboard from the repository are deploys; listings, exports and downloads read.
 */

type Args = ReadonlyArray<string | null>;

const HELP: ServiceRule = { flags: ['--help', '-h'], effect: 'read', what: 'help' };

// ---- Apache Flink (nightlies.apache.org/flink, "Command-Line Interface") ------------------------------------------------

/**
 * `flink ACTION [OPTIONS]`: `cancel` ends a running job (its state lost unless a savepoint is taken), `stop` ends it after
 * a savepoint (`-p|--savepointPath`, `-d|--drain`), which still leaves the pipeline out of service until it is run again;
 * `savepoint -d|--dispose PATH` deletes a savepoint, `savepoint JOB [DIR]` takes one; `run` and `run-application`
 * submit a job (a deploy); `list` and `info` read. `-m|--jobmanager` names the cluster.
 */
const FLINK: ServiceTool = {
  names: ['flink'],
  valued: ['-m', '--jobmanager', '-t', '--target', '-s', '--fromSavepoint', '-p', '--parallelism', '--savepointPath', '-c', '--class', '-C', '--classpath', '-e', '--executor', '-type', '--type', '-py', '--python', '-pym', '--pyModule', '-pyfs', '--pyFiles', '-yid', '--yarnapplicationId', '-z', '--zookeeperNamespace'],
  // A savepoint's path names the tier it keeps (`s3://…/prod`), as a dispose's operand does; `-p` of `run` is a number.
  where: ['-m', '--jobmanager', '-p', '--savepointPath', '-s', '--fromSavepoint'],
  rules: [
    HELP,
    { sub: /^(cancel|stop)( |$)/, effect: 'outage', what: 'ends a running streaming job: out of service until it is run again (a cancel without a savepoint loses its state)' },
    // Round 44 (atk44): Commons CLI also reads `-dPATH` and `--dispose=PATH` (DefaultParser).
    { sub: /^savepoint( |$)/, args: (a) => a.some((w) => w === null || /^(-d|--dispose)(=|$)|^-d./.test(w)), effect: 'destroy', what: 'disposes a savepoint: a backup of the job\'s state deleted' },
    { sub: /^savepoint( |$)/, effect: 'write', what: "takes a savepoint of the job's state" },
    { sub: /^(list|info)( |$)/, effect: 'read', what: 'lists jobs or shows a program\'s plan' },
    { sub: /^(run|run-application)( |$)/, effect: 'deploy', what: 'submits a job: a deploy' },
  ],
  otherwise: 'opaque',
};

// ---- Tableau tabcmd (help.tableau.com, "tabcmd Commands") ---------------------------------------------------------------

/** tabcmd's global options and its commands' options that take a value. */
const TABCMD_VALUED = ['-s', '--server', '-t', '--site', '-u', '--username', '-p', '--password', '--password-file', '-x', '--proxy', '--timeout', '--token-name', '--token-value', '--token-file', '-r', '--project', '--parent-project-path', '-n', '--name', '-d', '--description', '-f', '--filename', '-o', '--overwrite-with', '--users', '--status', '--url', '--user-quota', '--storage-quota', '--role', '--site-role', '--auth-type', '--db-username', '--db-password', '--pagesize', '--pagelayout', '--width', '--height', '--datasource', '--workbook', '--view', '--schedule', '--tabbed', '--thumbnail-username', '--thumbnail-group', '--encrypt-extracts', '--append-extract', '--license', '--admin-type', '--extract-encryption-mode', '--run-now-enabled', '--cookie'];

/** One workbook or data source deleted by a name answer 72 counts as scratch (`tabcmd delete "Scratch"`), nothing else. */
// Round 44 (atk44): the operands and the `--workbook`/`--datasource` values together (a data source named beside a scratch
// operand is deleted too).
function oneScratchItem(args: Args): boolean {
  // Round 44 (rv44): every name the line gives counts, operand and option alike (`delete "scratch" --workbook Sales`).
  const named = [...operandValues(args, new Set(TABCMD_VALUED)).slice(1), ...optionValuesIn(args, ['--workbook', '--datasource'])];
  return named.length === 1 && typeof named[0] === 'string' && SCRATCH_RESOURCE.test(named[0]);
}

/**
 * The values of a tabcmd option as argparse reads it: `--name VALUE`, `--name=VALUE`, and a unique prefix of the name
 * (argparse's allow_abbrev, on by default: `--stat`), at least `min` characters long; a word not fixed counts (fail closed).
 */
function argparseValues(args: Args, name: string, min: number): Array<string | null> {
  return args.flatMap((a, i) => {
    if (a === null) return [null];
    const m = /^(--[\w-]+)(?:=(.*))?$/.exec(a);
    if (!m || m[1]!.length < min || !name.startsWith(m[1]!)) return [];
    return [m[2] ?? args[i + 1] ?? null];
  });
}

/** `editsite … --status SUSPENDED` (also `--status=`, `--stat`), or a status the input does not fix (fail closed). */
function suspendsSite(args: Args): boolean {
  return argparseValues(args, '--status', '--sta'.length).some((v) => v === null || /^suspended$/i.test(v));
}

/** Round 44 (atk44): `editsite --extract-encryption-mode disabled` switches extract encryption at rest off for the site. */
function encryptionOff(args: Args): boolean {
  return argparseValues(args, '--extract-encryption-mode', '--ext'.length).some((v) => v === null || /^disabled$/i.test(v));
}

/**
 * tabcmd: `delete` (a workbook or `--datasource`), `deleteproject`, `deletesite`, `deletegroup`, `deleteusers`,
 * `deletesiteusers` lose content or accounts; `editsite --status SUSPENDED` takes a site out of service;
 * `decryptextracts` switches extract encryption at rest off. Publishing (a deploy), refreshing, creating and adding are
 * writes; `removeusers` takes users out of one group (addusers puts them back). `-s` and `-t|--site` name where.
 */
const TABCMD: ServiceTool = {
  names: ['tabcmd'],
  parser: 'permutes',
  valued: TABCMD_VALUED,
  where: ['-s', '--server', '-t', '--site'],
  rules: [
    { flags: ['--help', '-h'], effect: 'read', what: 'help' },
    { sub: /^delete( |$)/, args: oneScratchItem, unlessLive: true, effect: 'write', what: "deletes one workbook or data source named as scratch or test (the lead's answer 72)" },
    { sub: /^(delete|deleteproject|deletesite|deletegroup|deleteusers|deletesiteusers)( |$)/, effect: 'destroy', what: 'deletes workbooks, data sources, a project, a site, a group or users: content and accounts lost' },
    { sub: /^editsite( |$)/, args: suspendsSite, effect: 'outage', what: 'suspends the site: nobody can reach its content' },
    { sub: /^editsite( |$)/, args: encryptionOff, effect: 'safeguard', what: "switches the site's extract encryption at rest off" },
    { sub: /^decryptextracts( |$)/, effect: 'safeguard', what: "decrypts the site's extracts: encryption at rest off" },
    { sub: /^(get|export|list|listsites|listdomains|version|help|login|logout|validateidpmetadata)( |$)/, effect: 'read', what: 'downloads a view, lists or signs in and out' },
    { sub: /^publish( |$)/, effect: 'deploy', what: 'publishes a workbook or data source: a deploy (the one it replaces stays a revision)' },
    { sub: /^(refreshextracts|runschedule|createproject|creategroup|createsite|createusers|createsiteusers|addusers|removeusers|syncgroup|editsite|editdomain|encryptextracts|reencryptextracts|upgradethumbnails|materializeviews|initialuser|set)( |$)/, effect: 'write', what: 'refreshes extracts, creates or edits sites, projects, groups and users' },
  ],
  otherwise: 'opaque',
};

// ---- Looker gzr (github.com/looker-open-source/gzr, README "Usage") -----------------------------------------------------

/**
 * gzr OBJECT VERB: `rm`/`delete` of a look, dashboard, folder (space), plan, attribute, role, model or user deletes it
 * through the Looker API's permanent delete; `user disable` switches an account off; `ls`, `cat`, `tree`, `top`, `me`
 * and `export` read; `import`, `create`, `enable`, `update` and `run` write (an import from the repository is a deploy).
 * `--host` names the instance.
 */
const GZR: ServiceTool = {
  names: ['gzr'],
  parser: 'permutes',
  valued: ['--host', '--port', '--client-id', '--client-secret', '--dir', '--fields', '--plans', '--su', '--token', '--token-file', '--width', '--timeout', '--api-version', '--name', '--title', '--folder', '--group-id', '--value'],
  where: ['--host'],
  rules: [
    HELP,
    { sub: /^(look|dashboard|space|folder|plan|attribute|role|model|user|group|connection|alert) (rm|delete)( |$)/, effect: 'destroy', what: 'deletes a look, dashboard, folder, schedule, role, model or user', devWrite: "content on a dev instance is test data (the lead's answer 40)" },
    { sub: /^user disable( |$)/, effect: 'outage', what: 'switches the account off' },
    { sub: /^\S+ (ls|cat|tree|top|me|export|dialects|test|member_users|member_groups|failures|get_group_value)( |$)|^(version|help)( |$)/, effect: 'read', what: 'lists or reads Looker content' },
    { sub: /^\S+ (import|create|enable|disable|update|run|randomize|set_group_value|deploy|checkout|branch|deploy_key)( |$)/, effect: 'write', what: 'imports, creates, enables or runs Looker content (an import from the repository is a deploy)' },
  ],
  otherwise: 'opaque',
};

/** The BI team's command-line tools (spread into SERVICE_TOOLS). */
export const BI_TOOLS: readonly ServiceTool[] = [FLINK, TABCMD, GZR];
