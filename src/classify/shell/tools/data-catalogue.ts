/**
 * Databases, data stores, streaming and data platforms: the service-catalogue entries for PostgreSQL's server
 * applications and Debian's cluster tools, ZooKeeper, MySQL/MariaDB tools (mydumper, Percona Toolkit, mysqlcheck),
 * SqlPackage, MongoDB Database Tools, Kafka's tools (console clients, kafkactl, Confluent, ACLs, configs, leader
 * election, streams reset), Snowflake, Databricks, Airflow, Dagster, dbt, Hadoop FS, Jupyter, MLflow, DVC, Hugging
 * Face, W&B, Ray, model servers, TensorBoard, Great Expectations, Feast, Oracle Data Pump, Elasticsearch/OpenSearch
 * node tools, Consul, etcd, Cassandra nodetool, CockroachDB, InfluxDB, pgBackRest, WAL-G, Barman and RabbitMQ.
 * Each entry follows its tool's own manual or command reference (named in the comment above it). Split out of
 * service-catalogue.ts in round 40 (sp40) without change: SERVICE_TOOLS spreads DATA_TOOLS where these entries stood.
 */
import { LOOPBACK_HOST } from '../../public-access.ts';
import { optionValuesIn, type ServiceTool } from './catalogue-shape.ts';
import { SCRATCH_RESOURCE, SCRATCH_RESOURCE_OPERANDS, scratchContainerPart } from './infra.ts';
import { heuristicEnvironment } from '../../environment.ts';
import { SAFEGUARD_OR_DELIVERY_WORKFLOW } from '../../kept-agents.ts';
import { dateCommandDaysBack, influxRetentionCut, KAFKA_RETENTION_CUT_SETTING } from '../../retention.ts';
import { isLocalDatabaseHost, namesDisposable, namesScratchRepository } from '../../test-data.ts';
import { KAFKA_SHORT_RETENTION, type OffsetMove, timeMove, valueOf, argValue } from './service-shared.ts';
function lineRetentionKeeps(args: ReadonlyArray<string | null>): boolean {
  return args.every((v, i) => {
    const m = v === null ? null : /^--(repo\d*-)?retention-(full|diff|archive)(=(.*))?$/.exec(v);
    if (m === null) return true;
    const value = m[3] === undefined ? args[i + 1] : m[4];
    return value !== null && value !== undefined && /^[1-9]\d*$/.test(value);
  });
}

/** SqlPackage's action (`/Action:Publish`, `/a:Publish`, `-Action:Publish`) matches. */
function sqlPackageAction(args: ReadonlyArray<string | null>, action: RegExp): boolean {
  return args.some((v) => v !== null && action.test(/^[/-](a|action):(\w+)$/i.exec(v)?.[2]?.toLowerCase() ?? ''));
}

/**
 * The operand after `verb` is a warehouse object's full name (`ci.pr_4821`, `ANALYTICS_CI.DBT_PR_4821.STG_ORDERS`) whose
 * schema, catalog or database part is a pull request's or CI run's own (scratchContainerPart), as SQL's
 * `ci_run_schema` reads it; `own` trailing parts are the object itself and not read (1 for a table: a table named for a
 * pull request in a kept schema is that schema's). No other argument may say production or staging (`--profile prod`).
 */
function ciRunOperand(verb: string, own: number): (args: ReadonlyArray<string | null>) => boolean {
  return (args) => {
    const name = args[args.indexOf(verb) + 1];
    if (args.indexOf(verb) < 0 || name === null || name === undefined) return false;
    // The name's own parts are read by namesScratchEnvironment (a dbt `stg_` model is not the staging tier).
    const tiers = args.map((a) => (a === null || a === name ? null : heuristicEnvironment(a)));
    if (tiers.some((t) => t === 'production' || t === 'staging')) return false;
    const parts = name.split('.');
    return scratchContainerPart(parts.slice(0, parts.length - own)) !== undefined;
  };
}

/** `object drop TYPE NAME` (the Snowflake CLI): the name is the operand after the type, read as ciRunOperand reads it. */
function ciRunOperandAfterType(args: ReadonlyArray<string | null>): boolean {
  const type = args[args.indexOf('drop') + 1];
  return type !== null && type !== undefined && ciRunOperand(type, 0)(args);
}

/**
 * Every operand after `verb` is a DBFS path under `/tmp/` or `/FileStore/tmp/` (`dbfs:/tmp/alice/x`), as the REST judge
 * reads DBFS deletes, or inside a Spark write's `_temporary/` folder at any depth (the lead's answer 65, round 19).
 */
function dbfsTemporaryOperands(verb: string): (args: ReadonlyArray<string | null>) => boolean {
  return (args) => {
    const paths = args.slice(args.indexOf(verb) + 1).filter((a) => a === null || !a.startsWith('-'));
    const temporary = (p: string) => /^dbfs:\/(FileStore\/)?tmp\/[^/]|^dbfs:\/(.*\/)?_temporary\//.test(p);
    return args.indexOf(verb) >= 0 && paths.length > 0 && paths.every((p) => p !== null && temporary(p) && !p.split('/').includes('..') && !/[*?[]/.test(p));
  };
}

/**
 * Service CLIs whose generic verb is the action, as data: each tool lists its subcommands (or the
 * flags that select an operation) and their effect. The entries follow each tool's own command
 * reference: `rabbitmqctl(8)` and `rabbitmqadmin`, the Jenkins CLI command list (`help`), Kafka's
 * `kafka-topics`/`kafka-consumer-groups`/`kafka-delete-records` tools, `restic` and `borg` manuals,
 * the MinIO client (`mc`), `rclone` commands, `splunk` CLI and `nomad` (`glab api` is judged as an HTTP request, in git.ts).
 *
 * A rule matches when the operands (options and their values removed) start with `sub` and, if given,
 * one of `flags` is present. The first matching rule decides; a dry-run flag turns any change into a
 * read. A tool with no matching rule falls back to the generic analysers (the destructive word in its
 * operands). A new tool is one entry here, not code.
 */

/** A Ray address of this machine: `auto` (the cluster `ray start` began here) or a loopback host, with scheme and port or not. */
function rayLocalAddress(value: string): boolean {
  if (value === 'auto') return true;
  const host = /^(?:[a-z][\w+.-]*:\/\/)?(\[[^\]]*\]|[^/:?#]+)/i.exec(value)?.[1];
  return host !== undefined && LOOPBACK_HOST.test(host);
}
/** The option's address absent or this machine's (rayLocalAddress); one the input does not fix is not (fail closed). */
function rayAddressLocal(args: ReadonlyArray<string | null>, texts: ReadonlyArray<string>, option: string): boolean {
  return args.every((a, i) => {
    if (a === null) return args[i - 1] !== option && !(texts[i] ?? '').startsWith(`${option}=`);
    if (a === option) return typeof args[i + 1] === 'string' && rayLocalAddress(args[i + 1]!);
    return !a.startsWith(`${option}=`) || rayLocalAddress(a.slice(option.length + 1));
  });
}

/** `unclean.leader.election.enable=true` (Kafka topic and broker configs): "may result in data loss" when a replica outside the ISR is elected. */
const KAFKA_UNCLEAN_ELECTION = /(^|,)\s*unclean\.leader\.election\.enable=true\b/i;

const KAFKA_WHERE = ['--bootstrap-server', '--zookeeper', '--command-config'];

/** A topic named as scratch or a test's (SCRATCH_RESOURCE) whose name says no safeguard (`audit-test`, `backup-ci-events`). */
const SCRATCH_TOPIC = { test: (t: string): boolean => SCRATCH_RESOURCE.test(t) && !SAFEGUARD_OR_DELIVERY_WORKFLOW.test(t) };
/** `kafka-consumer-groups --reset-offsets` (its reference: one scenario of `--to-earliest`, `--to-latest`, `--to-offset`, `--shift-by`, `--to-datetime`, `--by-duration`, `--to-current`, `--from-file`). */
function kafkaResetMove(args: ReadonlyArray<string | null>): OffsetMove {
  if (args.includes('--to-latest')) return 'forward';
  if (args.includes('--to-earliest') || args.includes('--to-current')) return 'back';
  // `--by-duration PnDTnHnMnS` resets to the offset that long before now: always back.
  if (valueOf(args, '--by-duration') !== undefined) return 'back';
  const shift = valueOf(args, '--shift-by');
  if (shift !== undefined) return /^-\d+$/.test(shift ?? '') ? 'back' : /^\+?\d+$/.test(shift ?? '') ? (Number(shift) === 0 ? 'back' : 'forward') : 'unknown';
  const datetime = valueOf(args, '--to-datetime');
  if (datetime !== undefined) return timeMove(datetime);
  // Offset 0 is the earliest (a reset below the log start goes to it); a word that is not fixed may be any of them.
  return valueOf(args, '--to-offset') === '0' && !args.includes(null) ? 'back' : 'unknown';
}
const KAFKA_VALUED = ['--bootstrap-server', '--topic', '--partitions', '--replication-factor', '--config', '--command-config', '--zookeeper', '--group', '--offset-json-file', '--to-offset', '--to-datetime', '--shift-by', '--by-duration', '--from-file', '--admin.config', '--delete-config', '--add-config', '--entity-type', '--entity-name', '--timeout'];

/** `hf repo delete [OPTIONS] REPO_ID`: the one operand after the verb, past the options that take a value, names a scratch repository. */
const HF_REPO_VALUED = new Set(['--repo-type', '--token', '--revision']);
function hubScratchRepositoryDelete(args: ReadonlyArray<string | null>): boolean {
  const operands = args.slice(2).filter((a, i, all) => a === null || (!a.startsWith('-') && !HF_REPO_VALUED.has(all[i - 1] ?? '')));
  const only = operands[0];
  return operands.length === 1 && typeof only === 'string' && namesScratchRepository(only);
}

/**
 * Whether the option's cutoff is computed by date(1) a month or more back (`--clean-before-timestamp "$(date -d '-90 days'
 * -I)"`): a literal date is not read (no clock), nor a variable.
 */
function cutoffMonthBack(option: string): (args: ReadonlyArray<string | null>, texts?: ReadonlyArray<string>) => boolean {
  return (args, texts) => {
    const at = args.findIndex((a, i) => a === option || (a?.startsWith(`${option}=`) ?? false) || (texts?.[i]?.startsWith(`${option}=`) ?? false));
    if (at === -1 || texts === undefined) return false;
    const text = args[at] === option ? texts[at + 1] : texts[at]!.slice(option.length + 1);
    const back = text === undefined ? null : dateCommandDaysBack(text);
    return back !== null && back >= 30;
  };
}
/**
 * The values of every option whose name matches `name`, spelled `--NAME=VALUE` or `--NAME VALUE`: null where the value is
 * not fixed (`--ip=$HOST_IP`, whose name only the word's text shows).
 */
function traitValues(args: ReadonlyArray<string | null>, name: RegExp, texts?: ReadonlyArray<string>): Array<string | null> {
  const out: Array<string | null> = [];
  args.forEach((a, i) => {
    if (a === null && /^--([\w.-]+)=/.test(texts?.[i] ?? '') && name.test(/^(--[\w.-]+)=/.exec(texts![i]!)![1]!)) out.push(null);
    const m = a === null ? null : /^(--[\w.-]+)(?:=([^]*))?$/.exec(a);
    if (m === null || !name.test(m[1]!)) return;
    if (m[2] !== undefined) out.push(m[2]);
    else if (i + 1 < args.length) out.push(args[i + 1] ?? null);
  });
  return out;
}
/**
 * Jupyter's server (`jupyter lab|notebook|server`) bound to an address other than loopback (`--ip=0.0.0.0`, `*`, a LAN
 * address, one the input does not fix; the default is localhost) with an empty token and no password given
 * (`--IdentityProvider.token=''`, `--ServerApp.token=`, `--NotebookApp.token ''`): anyone who reaches the port runs code
 * as the user, authentication switched off (Jupyter Server "Security in the Jupyter Server": an empty token with no
 * password disables it). A token left at its default, a password, or loopback only is the documented setup.
 */
function opensUnauthenticatedNotebook(args: ReadonlyArray<string | null>, texts?: ReadonlyArray<string>): boolean {
  const ips = traitValues(args, /^--((ServerApp|NotebookApp)\.)?ip$/, texts);
  const open = ips.some((ip) => ip === null || !/^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/.test(ip));
  const tokens = traitValues(args, /^--((ServerApp|NotebookApp|IdentityProvider)\.)?token$/);
  const passwords = traitValues(args, /^--((ServerApp|NotebookApp|PasswordIdentityProvider)\.)?(password|hashed_password)$/);
  return open && tokens.length > 0 && tokens.every((t) => t === '') && !passwords.some((p) => p !== '');
}
/**
 * Every path operand of an HDFS shell command (after `dfs`/`fs` and its options) is under HDFS's `/tmp/` or a user's
 * `/user/NAME/tmp/` (also as `hdfs://HOST/tmp/…`): a temporary folder, as `/tmp` is on a machine. No `..`, no glob, no
 * path the input does not fix.
 */
const HDFS_VALUED = ['-D', '-fs', '-conf', '-jt', '-files', '-libjars', '-archives', '-w', '-t'];
function hdfsTemporaryOperands(args: ReadonlyArray<string | null>): boolean {
  const paths = args.filter((a, i) => (a === null || !a.startsWith('-')) && !HDFS_VALUED.includes(args[i - 1] ?? '')).slice(1);
  return paths.length > 0 && paths.every((p) => p !== null && /^(hdfs:\/\/[^/]+)?\/(tmp|user\/[\w.-]+\/tmp)\/[^/]/.test(p) && !p.split('/').includes('..') && !/[*?[{]/.test(p));
}
/**
 * `influx bucket update -r D`: a retention under one day is a cut (retention.ts `influxRetentionCut`, the lead's answer 254);
 * a value not fixed or not read may be one. A new bucket (`bucket create`) holds nothing to cut.
 */
function influxRetentionShortened(args: ReadonlyArray<string | null>): boolean {
  if (!args.some((a) => a === '-r' || a === '--retention' || a?.startsWith('--retention='))) return false;
  const v = argValue(args, ['-r', '--retention']);
  return v === undefined || influxRetentionCut(v) !== false;
}

/** Percona Toolkit's connection options (a DSN `h=host,D=db` is an operand or the value of `--source`/`--dest`), and the options that take a value. */
const PT_WHERE = ['--host', '-h', '--source', '--dest'];
const PT_VALUED = ['-h', '--host', '-P', '--port', '-u', '--user', '-p', '--password', '-S', '--socket', '-D', '--database', '-F', '--defaults-file', '--config', '--busy-time', '--idle-time', '--match-user', '--match-db', '--match-command', '--match-state', '--match-info', '--match-host', '--ignore-user', '--ignore-db', '--ignore-info', '--ignore-host', '--ignore-command', '--ignore-state', '--interval', '--run-time', '--log', '--victims', '--wait-after-kill', '--wait-before-kill', '--source', '--dest', '--where', '--limit', '--txn-size', '--file', '--progress', '--charset', '--review', '--history', '--output', '--since', '--until', '--filter', '--order-by', '--group-by', '--type', '--tables', '--databases', '--replicate', '--chunk-size', '--recursion-method', '--max-lag', '--check-interval', '--update', '--monitor', '--master-server-id', '--dest'];


/**
 * mongorestore into test databases on this machine (the lead's decision 5): the server is this machine (`--uri` or
 * `--host`, localhost when neither is given) and the databases restored into are named, each a test or scratch one by
 * namesDisposable: every `--nsTo` renames into one (`shop.*` to `shop_test.*`, a literal database part), or `--db`.
 * A pattern, a variable or no database named stays judged (fail closed).
 */
function restoresIntoLocalTest(a: ReadonlyArray<string | null>): boolean {
  const value = (...names: string[]) => optionValuesIn(a, names);
  const uri = value('--uri');
  const hosts = [...uri.map((u) => (u === null ? null : (/^mongodb(?:\+srv)?:\/\/(?:[^@/]*@)?([^/?,]+)/.exec(u)?.[1] ?? null))), ...value('--host', '-h')];
  if (hosts.some((h) => h === null || !isLocalDatabaseHost(h))) return false;
  const into = value('--nsTo');
  // Without `--nsTo`, the database restored into is `--db`, else the one the `--uri` path names (mongorestore's
  // reference: the URI's database is `--db`), else each literal database part of `--nsInclude` (`app_test.*`).
  const uriDatabase = uri.map((u) => (u === null ? null : (/^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]*)/.exec(u)?.[1] || undefined))).filter((d) => d !== undefined);
  const included = value('--nsInclude').map((ns) => (ns === null || /[*$]/.test(ns.split('.')[0] ?? '*') ? null : ns.split('.')[0]!));
  const named = value('--db', '-d');
  const databases = into.length > 0 ? into.map((ns) => ns?.split('.')[0] ?? null) : named.length > 0 ? named : uriDatabase.length > 0 ? uriDatabase : included;
  return databases.length > 0 && databases.every((d) => d !== null && namesDisposable(d));
}

/** Every value of the options `names` (`--group A --group B`, `--topic=T`) passes `test`, and there is at least one. */
function everyOptionValue(names: string[], test: { test(value: string): boolean }): (args: ReadonlyArray<string | null>) => boolean {
  return (args) => {
    const values = optionValuesIn(args, names);
    return values.length > 0 && values.every((v) => v !== null && test.test(v));
  };
}
export const DATA_TOOLS: readonly ServiceTool[] = [
  // PostgreSQL server applications (PostgreSQL reference, part VI "Server Applications").
  {
    names: ['pg_ctl'],
    valued: ['-D', '--pgdata', '-l', '--log', '-m', '--mode', '-o', '--options', '-p', '-t', '--timeout', '-N', '-U', '-P', '-S', '-e'],
    rules: [
      { flags: ['--help', '-?', '--version', '-V'], effect: 'read', what: 'help' },
      { sub: /^(stop|kill)\b/, effect: 'outage', what: 'stops the database server (or sends a signal to it): every connection and transaction in flight is lost' },
      { sub: /^status\b/, effect: 'read', what: 'reports whether the server runs' },
      // The lead's answer 433.1 (round 41, dr2): production's live standby promoted stops following the primary and forks
      // a timeline (split brain, a safeguard off); a restored drill copy or a dev or test standby promoted is a write.
      { sub: /^promote\b/, unlessLive: true, effect: 'write', what: 'promotes a standby no live tier names (a drill copy, dev or test)' },
      { sub: /^promote\b/, effect: 'safeguard', what: "promotes production's live standby: it stops following the primary (split brain)" },
      { sub: /^(start|restart|reload|logrotate|init|initdb|register|unregister)\b/, effect: 'write', what: 'starts, restarts or reloads the server' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['pg_resetwal', 'pg_resetxlog'],
    valued: ['-c', '--commit-timestamp-ids', '-D', '--pgdata', '-e', '--epoch', '-l', '--next-wal-file', '-m', '--multixact-ids', '-o', '--next-oid', '-O', '--multixact-offset', '-u', '--oldest-transaction-id', '-x', '--next-transaction-id', '--wal-segsize', '--char-signedness'],
    dryRun: ['-n', '--dry-run'],
    rules: [{ flags: ['--help', '-?', '--version', '-V'], effect: 'read', what: 'help' }, { effect: 'destroy', what: 'rewrites the control file and discards the write-ahead log: the manual warns the database may be left inconsistent, with committed data lost' }],
    otherwise: 'destroy',
  },
  {
    names: ['pg_archivecleanup'],
    valued: ['-x', '--strip-extension'],
    dryRun: ['-n', '--dry-run'],
    rules: [{ flags: ['--help', '-?', '--version', '-V'], effect: 'read', what: 'help' }, { effect: 'destroy', what: 'removes every archived WAL file older than the one named: point-in-time recovery before it is gone' }],
    otherwise: 'destroy',
  },
  {
    names: ['pg_rewind'],
    valued: ['-D', '--target-pgdata', '--source-pgdata', '--source-server', '-R', '--config-file', '--restore-target-wal'],
    dryRun: ['-n', '--dry-run'],
    rules: [{ flags: ['--help', '-?', '--version', '-V'], effect: 'read', what: 'help' }, { effect: 'destroy', what: 'rewinds the target data directory to the source: changes made on the target after the fork are discarded' }],
    otherwise: 'destroy',
  },
  {
    // Patroni's `patronictl` (its documentation, "patronictl"): switchover, failover, restart and reinit (a replica cloned
    // again from the leader) bring the cluster back by themselves; `remove` erases the cluster's state from the DCS,
    // `pause` switches automatic failover off, `demote-cluster` turns the cluster into a standby that takes no writes.
    names: ['patronictl'],
    valued: ['-c', '--config-file', '--dcs-url', '--dcs', '--leader', '--primary', '--candidate', '--member', '--scheduled', '--role', '--group', '-f', '--format', '-d', '--dbname', '-U', '--username', '--command', '--file', '-r', '--pending', '--host', '--port'],
    where: ['--dcs-url', '--dcs'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^(list|topology|history|show-config|dsn|version)\b/, effect: 'read', what: 'shows the cluster, its history or its configuration' },
      { sub: /^remove\b/, effect: 'destroy', what: 'erases the cluster\'s state (leader, members, configuration, history) from the DCS' },
      { sub: /^pause\b/, effect: 'safeguard', what: 'switches automatic failover off: a failed leader is no longer replaced' },
      { sub: /^demote-cluster\b/, effect: 'outage', what: 'turns the cluster into a standby: it takes no more writes' },
      { sub: /^query\b/, effect: 'opaque', what: 'runs SQL on a member' },
      // The lead's answer 433.1: a failover (no planned switchover) of a cluster the line names production promotes its
      // live standby with the leader not stepping down first; 433.4: a switchover, and a failover of no live tier, write.
      { sub: /^failover\b/, unlessLive: true, effect: 'write', what: 'fails over a cluster no live tier names' },
      { sub: /^failover\b/, effect: 'safeguard', what: "fails production's cluster over to its standby with no planned switchover (split brain)" },
      { sub: /^(switchover|restart|reload|reinit|resume|flush|edit-config|promote-cluster)\b/, effect: 'write', what: 'switches the leader over, restarts, reloads or re-clones members, or edits the configuration' },
    ],
    otherwise: 'opaque',
  },
  // pg_upgrade(1): `--check` only checks the clusters; `--link` and `--swap` move or hard-link the old cluster's files into
  // the new one ("once you start the new server, the old cluster can no longer be safely started"); copy and clone modes
  // leave the old cluster as it was.
  {
    names: ['pg_upgrade'],
    valued: ['-b', '--old-bindir', '-B', '--new-bindir', '-d', '--old-datadir', '-D', '--new-datadir', '-j', '--jobs', '-o', '--old-options', '-O', '--new-options', '-p', '--old-port', '-P', '--new-port', '-s', '--socketdir', '-U', '--username', '--sync-method', '--set-char-signedness'],
    rules: [
      { flags: ['--help', '-?', '--version', '-V', '-c', '--check'], effect: 'read', what: 'checks the clusters for an upgrade and changes nothing' },
      { flags: ['-k', '--link', '--swap'], effect: 'destroy', what: 'moves or links the old cluster\'s files into the new one: the old cluster can no longer be started' },
    ],
    otherwise: 'write',
  },
  // Debian's postgresql-common cluster tools (pg_dropcluster(1), pg_ctlcluster(1), pg_createcluster(1),
  // pg_upgradecluster(1), pg_lsclusters(1)): a cluster is named by its version and name (`16 main`, or `16/main`).
  {
    names: ['pg_dropcluster'],
    local: true,
    valued: [],
    rules: [{ flags: ['--help', '-h'], effect: 'read', what: 'help' }, { effect: 'destroy', what: 'deletes the cluster: its data directory, configuration and logs' }],
    otherwise: 'destroy',
  },
  {
    names: ['pg_ctlcluster'],
    local: true,
    valued: ['-o', '--options', '-m', '--mode'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^(\S+ ){1,2}status$/, effect: 'read', what: 'reports whether the cluster runs' },
      { sub: /^(\S+ ){1,2}stop$/, effect: 'outage', what: 'stops the database server: every connection and transaction in flight is lost' },
      { sub: /^(\S+ ){1,2}promote$/, unlessLive: true, effect: 'write', what: 'promotes a standby no live tier names (answer 433.1)' },
      { sub: /^(\S+ ){1,2}promote$/, effect: 'safeguard', what: "promotes production's live standby: it stops following the primary (answer 433.1)" },
      { sub: /^(\S+ ){1,2}(start|restart|reload)$/, effect: 'write', what: 'starts, restarts or reloads the cluster' },
    ],
    otherwise: 'opaque',
  },
  { names: ['pg_lsclusters'], local: true, valued: [], rules: [], otherwise: 'read' },
  { names: ['pg_createcluster', 'pg_renamecluster'], local: true, valued: ['-u', '--user', '-g', '--group', '-d', '--datadir', '-s', '--socketdir', '-l', '--logfile', '-e', '--encoding', '--locale', '--lc-collate', '--lc-ctype', '--lc-messages', '--lc-monetary', '--lc-numeric', '--lc-time', '-p', '--port', '--start-conf', '-o', '--pgoption', '--createclusterconf', '--environment'], rules: [{ flags: ['--help', '-h'], effect: 'read', what: 'help' }], otherwise: 'write' },
  {
    names: ['pg_upgradecluster'],
    local: true,
    valued: ['-v', '-m', '--method', '-j', '--jobs', '--logfile', '--locale', '--lc-collate', '--lc-ctype', '--lc-messages', '--lc-monetary', '--lc-numeric', '--lc-time', '-p', '--port'],
    rules: [
      { flags: ['--help', '-h', '--check'], effect: 'read', what: 'help' },
      { flags: ['--link', '-k'], effect: 'destroy', what: 'links the old cluster\'s files into the new one: the old cluster can no longer be started' },
      { flagValue: { names: ['-m', '--method'], value: /^link$/ }, effect: 'destroy', what: 'links the old cluster\'s files into the new one: the old cluster can no longer be started' },
    ],
    otherwise: 'write',
  },
  { names: ['pg_isready', 'pg_controldata', 'pg_waldump', 'pg_config', 'pg_test_fsync', 'pg_test_timing', 'pg_amcheck', 'pg_verifybackup'], valued: ['-h', '--host', '-p', '--port', '-d', '--dbname', '-U', '--username', '-t', '--timeout', '-D'], rules: [], otherwise: 'read' },
  // pg_recvlogical(1) and pg_receivewal(1) `--drop-slot` drop a replication slot, as `pg_drop_replication_slot()` does: what
  // its consumer had not read is gone, and the WAL it held is freed (round 35, o35).
  { names: ['vacuumdb', 'reindexdb', 'clusterdb', 'pg_basebackup', 'initdb', 'pg_receivewal', 'pg_recvlogical'], where: ['-h', '--host', '-d', '--dbname'], valued: ['-h', '--host', '-p', '--port', '-d', '--dbname', '-U', '--username', '-t', '--table', '-D', '--pgdata', '-j', '--jobs', '-n', '--schema', '-S', '--slot'], rules: [{ flags: ['--help', '-?', '--version', '-V'], effect: 'read', what: 'help' }, { flags: ['--drop-slot'], effect: 'destroy', what: 'drops a replication slot: what its consumer had not read is lost' }], otherwise: 'write' },
  // ZooKeeper's shell (ZooKeeper CLI reference); Kafka's zookeeper-shell takes the server as its first operand.
  {
    names: ['zkCli.sh', 'zkCli', 'zkcli', 'zookeeper-shell', 'zookeeper-shell.sh'],
    valued: ['-server', '-timeout', '-client-configuration', '-waitforconnection'],
    rules: [
      { sub: /^(\S+:\d+(,\S+)? )?(deleteall|rmr|delete)\b/, effect: 'destroy', what: 'deletes znodes (deleteall: and every child)' },
      { sub: /^(\S+:\d+(,\S+)? )?(setAcl)\b/, effect: 'permissions', what: 'changes a znode ACL' },
      { sub: /^(\S+:\d+(,\S+)? )?(ls|ls2|get|stat|getAcl|getAllChildrenNumber|getEphemerals|config|whoami|version|history|printwatches|listquota|help)\b/, effect: 'read', what: 'reads znodes' },
      { sub: /^(\S+:\d+(,\S+)? )?(create|set|setquota|delquota|addauth|sync|close|connect|quit|redo|removewatches)\b/, effect: 'write', what: 'creates or changes znodes' },
    ],
    otherwise: 'opaque',
  },
  // mydumper/myloader (mydumper documentation): mydumper writes a logical backup into a folder; myloader loads one, and
  // with `--overwrite-tables` (`-o`) or `--drop-table` drops each table that exists before loading it. mysqlbinlog prints
  // binary log events (MySQL reference); what reads its output (`| mysql`) is judged as that client.
  { names: ['mydumper'], where: ['--host', '-h'], valued: ['--host', '-h', '--user', '-u', '--password', '-p', '--port', '-P', '--socket', '-S', '--database', '-B', '--tables-list', '-T', '--outputdir', '-o', '--threads', '-t', '--rows', '-r', '--chunk-filesize', '-F', '--regex', '-x', '--defaults-file', '--logfile', '-L', '--where', '--compress-protocol', '--long-query-guard', '-l'], rules: [{ flags: ['--help', '-?', '--version', '-V'], effect: 'read', what: 'help' }], otherwise: 'write' },
  {
    names: ['myloader'],
    where: ['--host', '-h'],
    valued: ['--host', '-h', '--user', '-u', '--password', '-p', '--port', '-P', '--socket', '-S', '--database', '-B', '--source-db', '-s', '--directory', '-d', '--threads', '-t', '--queries-per-transaction', '-q', '--defaults-file', '--logfile', '-L', '--set-names'],
    rules: [
      { flags: ['--help', '-?', '--version', '-V'], effect: 'read', what: 'help' },
      { flags: ['--overwrite-tables', '-o', '--drop-table', '--drop-database'], effect: 'destroy', what: 'drops each existing table (or the database) before loading the backup over it' },
    ],
    otherwise: 'write',
  },
  { names: ['mysqlbinlog'], valued: ['--host', '-h', '--user', '-u', '--password', '-p', '--port', '-P', '--socket', '-S', '--database', '-d', '--start-datetime', '--stop-datetime', '--start-position', '-j', '--stop-position', '--result-file', '-r', '--server-id', '--include-gtids', '--exclude-gtids', '--rewrite-db', '--defaults-file'], rules: [], otherwise: 'read' },
  // Percona Toolkit (each tool's manual): pt-kill kills what its match options select only with `--kill` or
  // `--kill-query` (a class of connections or queries, as `CLIENT KILL TYPE`); without them it prints. pt-archiver
  // `--purge` deletes the rows its `--where` selects and keeps none; with `--dest`, `--file` or `--no-delete` the rows
  // are kept (moved or copied); `--dry-run` prints its queries. The report tools read (pt-query-digest writes only to
  // its `--review`/`--history` tables); pt-table-checksum and pt-heartbeat write their own tables.
  { names: ['pt-kill'], where: PT_WHERE, valued: PT_VALUED, rules: [{ flags: ['--help', '--version'], effect: 'read', what: 'help' }, { flags: ['--kill', '--kill-query'], effect: 'outage', what: 'kills every connection or query its match options select' }], otherwise: 'read' },
  {
    names: ['pt-archiver'],
    where: PT_WHERE,
    valued: PT_VALUED,
    rules: [
      { flags: ['--help', '--version', '--dry-run'], effect: 'read', what: 'help or a dry run' },
      { flags: ['--purge'], effect: 'destroy', what: 'deletes the rows its --where selects without keeping them' },
      { flags: ['--dest', '--file', '--no-delete'], effect: 'write', what: 'moves or copies rows to an archive table or file' },
    ],
    otherwise: 'opaque',
  },
  { names: ['pt-query-digest'], where: PT_WHERE, valued: PT_VALUED, rules: [{ flags: ['--review', '--history'], effect: 'write', what: 'stores query reviews in a table' }], otherwise: 'read' },
  { names: ['pt-summary', 'pt-mysql-summary', 'pt-duplicate-key-checker', 'pt-index-usage', 'pt-show-grants', 'pt-config-diff', 'pt-variable-advisor', 'pt-stalk', 'pt-pmp', 'pt-ioprofile', 'pt-diskstats', 'pt-mext', 'pt-align', 'pt-visual-explain', 'pt-slave-find', 'pt-replica-find', 'pt-fingerprint', 'pt-upgrade', 'pt-deadlock-logger', 'pt-fk-error-logger'], where: PT_WHERE, valued: PT_VALUED, rules: [], otherwise: 'read' },
  { names: ['pt-table-checksum', 'pt-heartbeat'], where: PT_WHERE, valued: PT_VALUED, rules: [{ flags: ['--help', '--version'], effect: 'read', what: 'help' }], otherwise: 'write' },
  // mysqlshow lists databases, tables and columns; mysqlcheck (mariadb-check) checks, analyzes, optimizes or repairs
  // tables: `--repair` may lose rows a damaged table cannot keep (MySQL reference, REPAIR TABLE), `--optimize` rebuilds
  // them (mysqlcheck(1)). mongostat and mongotop sample a server's counters (MongoDB Database Tools reference).
  { names: ['mysqlshow', 'mariadb-show'], where: ['--host', '-h'], valued: ['--host', '-h', '--user', '-u', '--password', '-p', '--port', '-P', '--socket', '-S', '--defaults-file', '--defaults-extra-file', '--login-path'], rules: [], otherwise: 'read' },
  {
    names: ['mysqlcheck', 'mariadb-check'],
    where: ['--host', '-h'],
    valued: ['--host', '-h', '--user', '-u', '--password', '-p', '--port', '-P', '--socket', '-S', '--defaults-file', '--defaults-extra-file', '--login-path', '--default-character-set'],
    rules: [
      { flags: ['--help', '-?', '--version', '-V'], effect: 'read', what: 'help' },
      { flags: ['--repair', '-r', '--auto-repair'], effect: 'opaque', what: 'repairs tables: a damaged table may lose rows' },
      { flags: ['--optimize', '-o'], effect: 'write', what: 'rebuilds tables' },
    ],
    otherwise: 'read',
  },
  { names: ['mongostat', 'mongotop'], where: ['--uri', '--host', '-h'], valued: ['--uri', '--host', '-h', '--port', '-u', '--username', '-p', '--password', '--authenticationDatabase', '--authenticationMechanism', '--rowcount', '-n', '--config'], rules: [], otherwise: 'read' },
  // SqlPackage (Microsoft SqlPackage reference): `/Action:Publish` updates a database to match a .dacpac; its
  // `BlockOnPossibleDataLoss=False` lets the changes lose data, `DropObjectsNotInSource=True` drops every object the
  // model lacks and `CreateNewDatabase=True` drops the database first. Extract, Export, Script, DeployReport and
  // DriftReport read the database or write a file.
  {
    names: ['sqlpackage', 'SqlPackage', 'sqlpackage.exe', 'SqlPackage.exe'],
    valued: [],
    rules: [
      { args: (a) => a.some((v) => v !== null && /^[/-](\?|help)$/i.test(v)), effect: 'read', what: 'help' },
      // `/p:` is short for `/Properties:`; `CreateNewDatabase=True` drops the database and creates it again.
      { args: (a) => sqlPackageAction(a, /^(publish|import)$/) && a.some((v) => v !== null && /^[/-](p|properties):(BlockOnPossibleDataLoss=false|DropObjectsNotInSource=true|CreateNewDatabase=true)$/i.test(v)), effect: 'destroy', what: 'publishes the model over the database allowing data loss, dropping the objects the model lacks or re-creating the database' },
      { args: (a) => sqlPackageAction(a, /^(extract|export|script|deployreport|driftreport)$/), effect: 'read', what: 'reads the database or writes a model, a script or a report' },
      // A publish profile (`/Profile:prod.publish.xml`) holds the publish options, data-loss ones included, out of sight.
      { args: (a) => sqlPackageAction(a, /^(publish|import)$/) && a.some((v) => v === null || /^[/-](pr|profile):/i.test(v)), effect: 'opaque', what: 'publishes with options from a profile the input does not show' },
      // With its defaults (BlockOnPossibleDataLoss on, DropObjectsNotInSource off) a publish is a deploy: held by policy in
      // production (the lead's answer 47). An import loads a bacpac into a new database: a write.
      { args: (a) => sqlPackageAction(a, /^publish$/), effect: 'deploy', what: 'deploys the model to the database (data loss blocked by default)' },
      { args: (a) => sqlPackageAction(a, /^import$/), effect: 'write', what: 'loads a bacpac into a new database' },
    ],
    otherwise: 'opaque',
  },
  // MongoDB Database Tools reference: `--drop` drops each collection first; `--dryRun` runs nothing.
  {
    names: ['mongorestore'],
    where: ['--uri', '--host', '-h'],
    valued: ['--uri', '--host', '-h', '--port', '-u', '--username', '-p', '--password', '--authenticationDatabase', '--authenticationMechanism', '-d', '--db', '-c', '--collection', '--nsInclude', '--nsExclude', '--nsFrom', '--nsTo', '--dir', '-j', '--numParallelCollections', '--numInsertionWorkersPerCollection', '--writeConcern', '--config'],
    dryRun: ['--dryRun'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { flags: ['--drop'], args: restoresIntoLocalTest, effect: 'write', what: 'drops and restores collections of test databases on this machine, which the tests build again (decision 5)' },
      { flags: ['--drop'], effect: 'destroy', what: 'drops each collection from the target database before restoring it' },
    ],
    otherwise: 'write',
  },
  {
    names: ['mongoimport'],
    where: ['--uri', '--host', '-h'],
    valued: ['--uri', '--host', '-h', '--port', '-u', '--username', '-p', '--password', '--authenticationDatabase', '-d', '--db', '-c', '--collection', '--file', '--type', '--fields', '--fieldFile', '--upsertFields', '-j', '--numInsertionWorkers', '--writeConcern', '--mode', '--config'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { flags: ['--drop'], effect: 'destroy', what: 'drops the collection before importing' },
      { flagValue: { names: ['--mode'], value: /^delete$/ }, effect: 'destroy', what: 'deletes every document whose key is in the input file (which the action does not show: it can be the whole collection)' },
    ],
    otherwise: 'write',
  },
  {
    names: ['kafka-topics', 'kafka-topics.sh'],
    valued: KAFKA_VALUED,
    where: KAFKA_WHERE,
    rules: [
      // Kafka's tools print their usage and exit when `--help` is given, before any operation (CommandLineUtils).
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      // Topics whose own names mark them scratch, a test's or a CI run's (`test-orders`, `ci-4412-events`): answers 72 and 84.
      { flags: ['--delete'], args: everyOptionValue(['--topic'], SCRATCH_RESOURCE), unlessLive: true, effect: 'write', what: "deletes topics their own names mark as scratch, a test's or a CI run's" },
      { flags: ['--delete'], effect: 'destroy', what: 'deletes topics and every message in them' },
      { flags: ['--list', '--describe', '--version', '--help'], effect: 'read', what: 'lists or describes topics' },
      { flags: ['--create', '--alter'], effect: 'write', what: 'creates or changes topics' },
    ],
    otherwise: 'opaque',
  },
  { names: ['kafka-delete-records', 'kafka-delete-records.sh'], valued: KAFKA_VALUED, where: KAFKA_WHERE, rules: [{ flags: ['--help', '--version'], effect: 'read', what: 'help' }], otherwise: 'destroy' },
  // Kafka's console clients read or append messages; a partition reassignment moves replicas (the data is copied before the
  // old replica is removed; `--cancel` puts them back), so each is a read or a write on the cluster the broker names.
  {
    names: ['kafka-console-consumer', 'kafka-console-consumer.sh', 'kafka-avro-console-consumer'],
    valued: [...KAFKA_VALUED, '--from', '--max-messages', '--partition', '--offset', '--property', '--consumer-property', '--consumer.config', '--formatter', '--whitelist', '--include', '--isolation-level', '--key-deserializer', '--value-deserializer', '--timeout-ms'],
    where: KAFKA_WHERE,
    rules: [],
    otherwise: 'read',
  },
  {
    names: ['kafka-console-producer', 'kafka-console-producer.sh', 'kafka-avro-console-producer', 'kafka-reassign-partitions', 'kafka-reassign-partitions.sh'],
    valued: [...KAFKA_VALUED, '--property', '--producer-property', '--producer.config', '--reader-config', '--compression-codec', '--request-required-acks', '--reassignment-json-file', '--topics-to-move-json-file', '--broker-list', '--throttle', '--replica-alter-log-dirs-throttle'],
    where: KAFKA_WHERE,
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { flags: ['--verify', '--generate', '--list'], effect: 'read', what: 'verifies or proposes a reassignment' },
    ],
    otherwise: 'write',
  },
  // kafka-server-stop.sh signals every local Kafka broker (or KRaft controller) to shut down: the broker is out of service
  // until someone starts it again (`kafka-server-start.sh` starts one: a write).
  { names: ['kafka-server-stop', 'kafka-server-stop.sh', 'zookeeper-server-stop', 'zookeeper-server-stop.sh'], valued: [], rules: [{ flags: ['--help'], effect: 'read', what: 'help' }], otherwise: 'outage' },
  // kafka-storage(.sh) (Kafka's KRaft operations): `format` writes a new cluster's metadata into log folders and fails on a
  // folder already formatted (`--ignore-formatted` skips it instead), so it never overwrites one; `info`, `random-uuid`
  // and `version` print. kafka-dump-log(.sh) prints the records of segment files.
  {
    names: ['kafka-storage', 'kafka-storage.sh'],
    valued: ['-c', '--config', '-t', '--cluster-id', '--add-scram', '-S', '--release-version', '-r', '--feature', '-f', '--standalone', '--initial-controllers', '-I'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^(info|random-uuid|version|version-mapping|feature-dependencies)\b/, effect: 'read', what: 'prints the storage state, a new cluster id or the version' },
      { sub: /^format\b/, effect: 'write', what: 'formats log folders for a new cluster (a folder already formatted is refused or skipped)' },
    ],
    otherwise: 'fallback',
  },
  // kafkactl (its reference: `kafkactl --help`, one page per command): `delete` removes topics, consumer groups, their
  // offsets or ACLs; `reset consumer-group-offset` only prints unless `--execute`; `alter|edit topic -c` with a short
  // retention makes the broker delete messages; `attach` runs a pod the generic reading judges.
  {
    names: ['kafkactl'],
    valued: ['-C', '--config-file', '--context', '-c', '--config', '-p', '--partitions', '-r', '--replication-factor', '-o', '--output', '-g', '--group', '-t', '--topic', '-k', '--key', '-v', '--value', '--offset', '--partition', '--to-datetime', '--max-messages', '--from-file', '--principal', '--operation', '--host', '--pattern'],
    where: ['--context'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^(delete|del)\b/, effect: 'destroy', what: 'deletes topics, consumer groups, their offsets or ACLs' },
      { sub: /^reset\b/, flags: ['--execute', '-e'], effect: 'destroy', what: "moves a consumer group's committed offsets: its consumers skip or replay messages" },
      { sub: /^(alter|edit) topic\b/, flagValue: { names: ['-c', '--config'], value: KAFKA_SHORT_RETENTION }, effect: 'destroy', what: 'shortens retention or turns compaction into deletion: the broker deletes messages' },
      { sub: /^(list|get|describe|consume|version|completion|reset|config (view|current-context|currentContext|get-contexts|getContexts))\b/, effect: 'read', what: 'lists, describes or consumes (a reset without --execute only prints)' },
      { sub: /^(create|clone|produce|alter|edit|config (use-context|useContext))\b/, effect: 'write', what: 'creates, clones, produces or changes topics, or picks a context' },
    ],
    otherwise: 'fallback',
  },
  { names: ['kafka-dump-log', 'kafka-dump-log.sh'], valued: ['--files', '--max-bytes', '--offsets-decoder', '--transaction-log-decoder', '--key-decoder-class', '--value-decoder-class', '--cluster-metadata-decoder'], rules: [], otherwise: 'read' },
  {
    names: ['kafka-consumer-groups', 'kafka-consumer-groups.sh'],
    valued: KAFKA_VALUED,
    where: KAFKA_WHERE,
    dryRun: ['--dry-run'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { flags: ['--delete', '--delete-offsets'], args: everyOptionValue(['--group'], SCRATCH_RESOURCE), unlessLive: true, effect: 'write', what: "deletes the offsets of groups their own names mark as scratch, a test's or a CI run's" },
      { flags: ['--delete', '--delete-offsets'], effect: 'destroy', what: 'deletes consumer groups or their committed offsets' },
      { allFlags: ['--reset-offsets', '--execute'], args: (a) => kafkaResetMove(a) === 'back', effect: 'write', what: "moves a group's offsets back (answer 363.1): its consumers read again what is still in the topic, and nothing is skipped" },
      { allFlags: ['--reset-offsets', '--execute'], args: (a) => kafkaResetMove(a) === 'forward', effect: 'destroy', what: "moves a group's offsets forward (to the end, a later time, a positive shift; answer 363.1): its consumers skip the messages they had not consumed" },
      { flags: ['--execute'], effect: 'destroy', what: 'moves committed offsets where the input does not show: consumers may skip messages' },
      // kafka-consumer-groups: `--reset-offsets` only prints the plan unless `--execute` is given ("No action will be
      // performed as argument --execute is missing").
      { flags: ['--reset-offsets'], effect: 'read', what: 'prints the offsets a reset would set (without `--execute` nothing changes)' },
      { flags: ['--list', '--describe', '--help', '--version'], effect: 'read', what: 'lists or describes groups' },
    ],
    otherwise: 'opaque',
  },
  // Confluent CLI (command reference): deleting a topic or cluster deletes its messages, and a short `retention.ms` on
  // `kafka topic update` makes the broker delete them (as with kafka-configs); `schema-registry schema delete` is a soft
  // delete that `--permanent` makes final.
  {
    names: ['confluent'],
    valued: ['--cluster', '--environment', '--context', '--config', '--config-file', '--partitions', '--subject', '--version', '--schema', '--type', '--value-format', '--key-format', '--group', '--api-key', '--api-secret', '-o', '--output', '--url', '--delimiter', '--offset', '--cloud', '--region', '--availability', '--service-account', '--description', '--name'],
    where: ['--cluster', '--environment', '--context'],
    rules: [
      // `--version` is the schema version here (`confluent version` prints the CLI's).
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^kafka topic update\b/, flagValue: { names: ['--config'], value: KAFKA_SHORT_RETENTION }, effect: 'destroy', what: 'shortens retention or turns compaction into deletion: the broker deletes messages' },
      { sub: /^kafka topic update\b/, flagValue: { names: ['--config'], value: KAFKA_UNCLEAN_ELECTION }, effect: 'safeguard', what: 'allows an out-of-sync replica to become leader: acknowledged messages it lacks are lost on failover' },
      { sub: /^schema-registry (schema|subject) delete\b/, flags: ['--permanent'], effect: 'destroy', what: 'permanently deletes schema versions' },
      { sub: /^schema-registry (schema|subject) delete\b/, effect: 'delete', what: 'soft-deletes schema versions' },
      { sub: /^([\w-]+ ){1,3}delete\b/, effect: 'destroy', what: 'deletes the resource and what it holds (a topic\'s messages, a cluster\'s topics)' },
      { sub: /^([\w-]+ ){0,3}(list|describe|consume|version|lookup)\b/, effect: 'read', what: 'lists, describes or reads' },
      { sub: /^([\w-]+ ){0,3}(create|update|produce|use|login|logout)\b/, effect: 'write', what: 'creates or changes a resource' },
    ],
    otherwise: 'fallback',
  },
  // Snowflake CLI (command reference, `snow object`, `snow stage`, `snow connection`): `object drop TYPE NAME` and `stage drop`
  // drop the object (a stage's files with it), `stage remove STAGE FILE` deletes staged files; `object list|describe`,
  // `stage list-files|describe` and `connection list|test` read; `stage copy` uploads or downloads. `snow sql` is a SQL
  // client (db-clis.ts). A schema or warehouse of a pull request's or CI run's own is built again by its next run.
  {
    names: ['snow'],
    valued: ['-c', '--connection', '--environment', '--account', '--accountname', '--user', '--username', '--password', '--authenticator', '--database', '--dbname', '--schema', '--schemaname', '--role', '--rolename', '--warehouse', '--host', '--port', '--format', '--like', '--in', '--pattern'],
    where: ['-c', '--connection', '--environment', '--account', '--accountname', '--database', '--dbname'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^object drop (schema|warehouse|database)\b/, args: ciRunOperandAfterType, effect: 'write', what: "drops a pull request's or CI run's own schema or warehouse, built again by its next run" },
      { sub: /^(object drop|stage (drop|remove))\b/, effect: 'destroy', what: 'drops the object (an internal stage with its files) or deletes staged files' },
      { sub: /^(object (list|describe)|stage (list-files|list|describe)|connection (list|test)|--info)\b/, effect: 'read', what: 'lists or describes objects' },
      { sub: /^(object create|stage (create|copy)|connection (add|set-default))\b/, effect: 'write', what: 'creates an object or copies files to or from a stage' },
    ],
    otherwise: 'fallback',
  },
  // Databricks CLI (command reference): `clusters delete` terminates a cluster (an outage: its notebooks and jobs stop, see
  // docs/classifier-evaluation.md "Availability"; `clusters start` brings it back) and `permanent-delete` removes it; `fs rm`,
  // `workspace delete`, `jobs delete`, `bundle destroy` and Unity Catalog `catalogs|schemas|tables|volumes … delete` delete what
  // they name; `jobs reset` replaces a job's settings (a write); a pipeline update with `--full-refresh` clears its tables and
  // reprocesses. `list`, `get`, `export`, `cat`, `bundle validate|summary` only read.
  {
    names: ['databricks'],
    valued: ['-p', '--profile', '-t', '--target', '-o', '--output', '--json', '--host', '--file', '--format', '--var', '--cluster-id', '--job-id', '--run-id', '--limit', '--page-size', '--language', '--key', '--scope', '--log-level', '--full-refresh-selection', '--refresh-selection'],
    where: ['-p', '--profile', '-t', '--target', '--host'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^fs (rm|delete)\b/, args: dbfsTemporaryOperands('rm'), effect: 'write', what: 'deletes files under DBFS /tmp/, a temporary folder' },
      { sub: /^schemas delete\b/, args: ciRunOperand('delete', 0), effect: 'write', what: "deletes a pull request's or CI run's own schema, built again by its next run" },
      { sub: /^(tables|volumes) delete\b/, args: ciRunOperand('delete', 1), effect: 'write', what: "deletes a table of a pull request's or CI run's own schema, built again by its next run" },
      { sub: /^fs (rm|delete)\b/, effect: 'destroy', what: 'deletes files from DBFS or a volume' },
      { sub: /^clusters (delete|stop)\b/, effect: 'outage', what: 'terminates the cluster: what runs on it stops' },
      { sub: /^bundle destroy\b/, effect: 'destroy', what: "deletes every resource the bundle deployed (jobs, pipelines and the pipelines' tables)" },
      { sub: /^pipelines (start-update|update)\b/, flags: ['--full-refresh', '--full-refresh-selection'], effect: 'destroy', what: "clears the pipeline's tables and reprocesses: data its sources no longer hold is lost" },
      // The job's definition is replaced and its runs and their output stay: a write (the lead's answer 65, round 19).
      { sub: /^jobs reset\b/, effect: 'write', what: "replaces the job's settings; its runs stay" },
      { sub: /^[\w-]+ (delete|rm|permanent-delete|delete-\w+|reset)\b/, effect: 'destroy', what: 'deletes (or overwrites) what it names' },
      { sub: /^bundle (validate|summary|schema|debug)\b/, effect: 'read', what: 'validates or shows the bundle' },
      { sub: /^bundle (deploy|run)\b/, effect: 'deploy', what: 'deploys or runs the bundle' },
      { sub: /^[\w-]+ (list|ls|get|cat|export|export-dir|list-\w+|get-\w+|describe|summary|status|me)\b/, effect: 'read', what: 'lists or reads' },
      { sub: /^[\w-]+ (create|update|edit|import|import-dir|mkdir|mkdirs|cp|start|restart|run-now|submit|put|set|upload|resize|pin|unpin|sync|cancel-run|cancel-all-runs|repair-run|start-update)\b/, effect: 'write', what: 'creates, changes or runs something' },
    ],
    otherwise: 'fallback',
  },
  // Airflow CLI (command line interface reference): `dags delete` deletes every metadata record of the DAG, `db reset`
  // rebuilds the metadata database, `db clean` deletes old records (archived to `_airflow_deleted__*` tables unless
  // `--skip-archive`), `db downgrade` drops newer schema; `connections|variables|pools|users|roles delete` remove what
  // pipelines depend on. `tasks clear` re-queues task instances.
  {
    names: ['airflow'],
    valued: ['-d', '--dag-id', '-s', '--start-date', '-e', '--end-date', '-o', '--output', '-S', '--subdir', '-t', '--task-regex', '--clean-before-timestamp', '--tables', '-c', '--conf', '--state', '-r', '--run-id', '--conn-uri', '--conn-type', '--conn-host', '--conn-login', '--conn-password', '--conn-schema', '--conn-port', '--conn-extra', '--conn-json', '--conn-description', '--description', '--file-format', '--output-path', '-j', '--json', '--to-revision', '--to-version', '--from-revision', '--from-version', '--num-executions', '-u', '--username', '--role', '-l', '--log-file', '--pid', '--stdout', '--stderr', '-p', '--port', '-H', '--hostname', '-w', '--workers'],
    dryRun: ['--dry-run'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      // A cutoff date(1) computes a month or more back (round 18, p18): retention of the scheduler's own records (runs, task
      // instances, logs), as a log table's (the lead's decision 22). A literal date (no clock), a variable or a younger
      // cutoff stays below.
      { sub: /^db clean\b/, args: cutoffMonthBack('--clean-before-timestamp'), effect: 'write', what: 'deletes metadata records older than a month (routine retention)' },
      { sub: /^db clean\b/, flags: ['--skip-archive'], effect: 'destroy', what: 'deletes old metadata records without archiving them' },
      { sub: /^db clean\b/, effect: 'write', what: 'moves old metadata records to archive tables' },
      { sub: /^db (reset|downgrade)\b/, effect: 'destroy', what: 'drops the metadata database (or its newer schema)' },
      { sub: /^dags delete\b/, effect: 'destroy', what: "deletes every metadata record of the DAG (runs, task instances, history)" },
      { sub: /^(connections|variables|pools|users|roles) delete\b/, effect: 'destroy', what: 'deletes a definition pipelines depend on' },
      { sub: /^db shell\b/, effect: 'opaque', what: 'opens an interactive shell on the metadata database' },
      // The lead's answer 110: a DAG paused runs no more until unpaused, a write, unless its name says a safeguard or a
      // delivery (namesSafeguardOrDelivery), is not fixed, or is a pattern (`--treat-dag-id-as-regex`).
      { sub: /^dags pause\b/, flags: ['--treat-dag-id-as-regex'], effect: 'outage', what: 'pauses every DAG the pattern matches: they run no more until unpaused' },
      { sub: new RegExp(`^dags pause (\\?|\\S*(${SAFEGUARD_OR_DELIVERY_WORKFLOW.source}))`, 'i'), effect: 'outage', what: 'pauses a DAG whose name says backup, security, scan, audit, deploy or release (or is not fixed): it runs no more until unpaused' },
      { sub: /^dags pause\b/, effect: 'write', what: 'pauses a DAG: it runs again when unpaused' },
      { sub: /^([\w-]+ )?(list|list-[\w-]+|get|get-value|show|show-dependencies|details|state|check|check-migrations|export|info|version|report|next-execution|render|states-for-dag-run|lookup|cheat-sheet)\b/, effect: 'read', what: 'lists or reads' },
      { sub: /^(dags (trigger|unpause|backfill|test|reserialize)|tasks (run|test|clear)|db (migrate|init|upgrade)|(connections|variables|pools|users|roles) (add|set|import|create)|webserver|scheduler|triggerer|celery|standalone|api-server|dag-processor|kerberos|sync-perm|rotate-fernet-key)\b/, effect: 'write', what: 'runs, schedules or changes something' },
    ],
    otherwise: 'fallback',
  },
  // Dagster CLI: `asset wipe`, `run wipe|delete` and `schedule wipe` delete event-log and run history ("cannot be undone");
  // `asset wipe-partitions-status-cache` clears a cache the webserver builds again on the next load (Dagster CLI reference);
  // `asset materialize` and `job execute|launch` run pipelines; `dev`, `definitions validate` and the lists only read or serve.
  {
    names: ['dagster'],
    valued: ['-m', '--module-name', '-f', '--python-file', '-w', '--workspace', '-d', '--working-directory', '-a', '--attribute', '--select', '-j', '--job', '-c', '--config', '-p', '--port', '-h', '--host', '--partition', '--tags', '--limit', '--location', '-l', '--repository', '-r'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^asset wipe-partitions-status-cache(?= |$)/, effect: 'write', what: 'clears the partitions status cache, built again on the next load' },
      { sub: /^(asset wipe|run (wipe|delete)|schedule wipe)(?= |$)/, effect: 'destroy', what: 'deletes run or materialization history' },
      { sub: /^((asset|run|schedule|sensor|job) list|definitions validate|instance info|job print|schedule (logs|debug)|sensor (preview|cursor))\b/, effect: 'read', what: 'lists, validates or reads' },
      { sub: /^(dev|asset materialize|job (execute|launch|backfill)|run (re-execute|migrate-repository)|schedule (start|stop|restart)|sensor (start|stop)|instance migrate)\b/, effect: 'write', what: 'runs, serves or schedules pipelines' },
    ],
    otherwise: 'fallback',
  },
  // dbt (command reference): `run|build --full-refresh` drops and rebuilds incremental models, so history their sources no
  // longer hold is lost (seeds are rebuilt from the repository's CSV files, so `seed --full-refresh` is not); `compile`,
  // `ls`, `parse`, `debug`, `docs` and `show` only read; `run`, `build`, `seed` and `snapshot` publish models to the target.
  {
    names: ['dbt'],
    valued: ['-s', '--select', '-m', '--models', '--exclude', '--selector', '-t', '--target', '--profile', '--profiles-dir', '--project-dir', '--vars', '--state', '--defer-state', '--threads', '--resource-type', '--output', '-o', '--output-keys', '--limit', '--port', '--target-path', '--log-path', '--log-level', '--inline', '--args'],
    where: ['-t', '--target'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      // With a dev target (`--target dev`, by its name or the inventory) the models rebuilt are the developer's own copies in a
      // dev schema, which the next dev run builds again from the sources (the lead's round-16 decision 2, a dev loop's output).
      { sub: /^(run|build)(?= |$)/, flags: ['--full-refresh', '-f'], effect: 'destroy', what: 'drops and rebuilds incremental models: history their sources no longer hold is lost', devWrite: "a dev target's models, which the developer's next run builds again" },
      { sub: /^(compile|ls|list|parse|debug|docs|show|source)(?= |$)/, effect: 'read', what: 'compiles, lists or documents the project' },
      // `run-operation MACRO` runs one of the project's macros, whose SQL the line does not show: judged by its name, as an
      // unknown program is (a macro named for dropping or deleting destroys); the target names the environment.
      // A macro given `dry_run: true` (the convention of dbt's cleanup macros, dbt-labs' `drop_old_relations` among them) only
      // prints the statements it would run (round 34); `dry_run: false` or none runs them.
      { sub: /^run-operation(?= |$)/, flagValue: { names: ['--args'], value: /(^|[{,\s"'])dry_run["']?\s*:\s*["']?(true|True|TRUE)\b/ }, effect: 'read', what: "runs a project macro as its own dry run (`dry_run: true`): it prints what it would drop" },
      { sub: /^run-operation \S*(drop|delete|truncate|purge|wipe|clean|destroy)/, effect: 'destroy', what: 'runs a project macro whose name says it drops or deletes' },
      { sub: /^run-operation(?= |$)/, effect: 'write', what: 'runs a project macro' },
      { sub: /^(run|build|seed|snapshot)(?= |$)/, effect: 'deploy', what: 'builds models in the target' },
      { sub: /^(test|deps|clean|init)(?= |$)/, effect: 'write', what: 'runs tests, installs packages or removes build output' },
    ],
    otherwise: 'fallback',
  },
  // The Hadoop FS shell (`hdfs dfs`, `hadoop fs`; Apache Hadoop "FileSystem Shell"): `-rm` deletes, into the trash only
  // where the cluster enables it (`fs.trash.interval`, 0 by default) and never with `-skipTrash`, so it is a loss unless
  // every path is temporary; `-expunge -immediate` empties the trash at once (plain `-expunge` drops only checkpoints
  // past the retention interval), `-deleteSnapshot` and `-truncate` lose data. Reads and copies in are writes at most.
  {
    names: ['hdfs', 'hadoop'],
    valued: HDFS_VALUED,
    rules: [
      { flags: ['-help', '-usage', '--help'], effect: 'read', what: 'help' },
      { sub: /^namenode(?= |$)/, flags: ['-format'], effect: 'destroy', what: 'formats the NameNode: every file of the filesystem is lost' },
      { sub: /^(version|classpath|getconf|fsck|envvars|lsSnapshottableDir|snapshotDiff)(?= |$)/, effect: 'read', what: 'reports the filesystem or its configuration' },
      { sub: /^(dfs|fs)(?= |$)/, flags: ['-rm', '-rmr'], args: hdfsTemporaryOperands, effect: 'write', what: 'deletes temporary files' },
      { sub: /^(dfs|fs)(?= |$)/, flags: ['-rm', '-rmr', '-deleteSnapshot', '-truncate'], effect: 'destroy', what: 'deletes files, a snapshot or a file\'s tail (with `-skipTrash`, or where the trash is off, for good)' },
      { sub: /^(dfs|fs)(?= |$)/, allFlags: ['-expunge', '-immediate'], effect: 'destroy', what: 'empties the trash at once' },
      { sub: /^(dfs|fs)(?= |$)/, flags: ['-ls', '-lsr', '-cat', '-text', '-du', '-dus', '-df', '-stat', '-count', '-tail', '-head', '-find', '-test', '-checksum', '-getfacl', '-getfattr', '-get', '-copyToLocal', '-getmerge'], effect: 'read', what: 'lists or reads files' },
      { sub: /^(dfs|fs)(?= |$)/, flags: ['-put', '-copyFromLocal', '-moveFromLocal', '-mkdir', '-mv', '-cp', '-touchz', '-touch', '-appendToFile', '-chmod', '-chown', '-chgrp', '-setrep', '-setfacl', '-setfattr', '-createSnapshot', '-renameSnapshot', '-rmdir', '-expunge'], effect: 'write', what: 'copies, moves or creates files, or drops trash checkpoints past their retention' },
    ],
    // Daemons and administration commands (`dfsadmin`, `balancer`, `haadmin`) are not read here: not known to be harmless.
    otherwise: 'opaque',
  },
  // Jupyter (`jupyter SUBCOMMAND`, Jupyter Server and JupyterLab references): `lab`, `notebook` and `server` serve notebooks
  // (code run as the user), `nbconvert` converts or runs one, `kernelspec remove` removes a kernel's launcher that
  // `ipykernel install` writes again; `list` and `--paths` only read.
  {
    names: ['jupyter'],
    valued: ['--ip', '--port', '--notebook-dir', '--ServerApp.ip', '--NotebookApp.ip', '--ServerApp.token', '--NotebookApp.token', '--IdentityProvider.token', '--ServerApp.password', '--NotebookApp.password', '--to', '--output', '--output-dir', '--config', '--log-level', '--ServerApp.root_dir', '--ServerApp.port'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^(lab|notebook|server)(?= |$)/, args: opensUnauthenticatedNotebook, effect: 'safeguard', what: 'serves notebooks (code run as the user) beyond this machine with no token or password' },
      { sub: /^((lab|notebook|server) list|kernelspec list|troubleshoot|labextension list|server extension list|serverextension list|nbextension list)(?= |$)/, effect: 'read', what: 'lists servers, kernels or extensions' },
      { sub: /^(lab|notebook|server|console|qtconsole|nbconvert|execute|trust|kernelspec|labextension|nbextension|serverextension|kernel|run)(?= |$)/, effect: 'write', what: 'serves, converts or runs notebooks, or installs or removes a kernel or extension' },
    ],
    otherwise: 'fallback',
  },
  // Machine-learning tools, each by its own CLI reference. MLflow: `experiments|runs delete` only mark the run or experiment
  // deleted (`restore` brings it back) until `mlflow gc` deletes them and their artifacts for good; `deployments delete`
  // removes a served model.
  {
    names: ['mlflow'],
    valued: ['--experiment-id', '-x', '--experiment-ids', '--run-id', '--run-ids', '-r', '--backend-store-uri', '--artifacts-destination', '--default-artifact-root', '--older-than', '--tracking-uri', '--name', '-n', '--target', '-t', '--endpoint', '--config', '-C', '--model-uri', '-m', '--port', '-p', '--host', '-h', '--workers', '-w', '--artifact-path', '--local-dir', '-d', '--dst-path', '--view', '--max-results', '--filter-string', '--env-manager', '--input-path', '-i', '--output-path', '-o', '--content-type', '--artifact-uri', '-u'],
    where: ['--backend-store-uri', '--tracking-uri'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      // The lead's answer 331 (round 30): `gc` empties MLflow's trash, the runs and experiments already marked deleted, for
      // good (as emptying the Trash is), whatever tracking store it names: round 17's write reading of the workspace's own
      // store is taken back.
      { sub: /^gc\b/, effect: 'destroy', what: 'permanently deletes runs and experiments marked deleted, with their artifacts' },
      { sub: /^deployments delete\b/, effect: 'destroy', what: 'deletes a model deployment: the served model stops answering' },
      { sub: /^(experiments|runs) (delete|restore|rename|create)\b/, effect: 'write', what: 'marks a run or experiment deleted (restorable until `mlflow gc`), restores, renames or creates one' },
      { sub: /^((experiments|runs|artifacts|deployments) (search|list|describe|get|list-targets|explain|help)|doctor)\b/, effect: 'read', what: 'lists or reads runs, experiments or artifacts' },
      { sub: /^(artifacts (download|log-artifact|log-artifacts)|db upgrade|deployments (create|update|predict|run-local)|models (serve|predict|build-docker|generate-dockerfile|prepare-env|update-pip-requirements)|ui|server|run|recipes run|gateway start|sagemaker build-and-push-container)\b/, effect: 'write', what: 'logs, downloads, serves or runs something' },
    ],
    otherwise: 'fallback',
  },
  // DVC (command reference): `gc` deletes cached and, with `-c/--cloud`, remote versions no kept commit uses ("the data
  // cannot be recovered" unless pushed elsewhere); `destroy` removes DVC with its cache; `checkout -f` overwrites modified
  // workspace files without asking; `exp remove|gc` deletes experiments (with `-g` on the Git remote too). `remove` only
  // stops tracking (the data stays in the workspace and cache).
  {
    names: ['dvc'],
    valued: ['-r', '--remote', '-R', '-j', '--jobs', '-n', '--num', '-g', '--git-remote', '--rev', '--date', '-S', '--set-param', '--name', '-o', '--out', '-d', '--deps', '-p', '--params', '-m', '--metrics', '-M', '--metrics-no-cache', '--plots', '--plots-no-cache', '-w', '--wdir', '--type', '--file', '--message', '--to-remote', '--queue', '-b', '--branch'],
    dryRun: ['--dry'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^gc\b/, flags: ['-c', '--cloud'], effect: 'destroy', what: 'deletes from remote storage every version the kept commits do not use' },
      { sub: /^(gc|destroy)\b/, effect: 'destroy', what: 'deletes cached data versions (gc) or DVC with its cache (destroy): versions never pushed are lost' },
      { sub: /^checkout\b/, flags: ['-f', '--force'], effect: 'destroy', what: 'overwrites modified tracked files in the workspace without asking' },
      { sub: /^exp(eriments)? (remove|rm|gc)\b/, effect: 'destroy', what: 'deletes experiments (with `-g`, from the Git remote as well)' },
      { sub: /^(status|diff|dag|list|ls|ls-url|doctor|version|root|check-ignore|metrics (show|diff)|params diff|plots (show|diff|templates)|data status|exp(eriments)? (show|diff|list|ls)|queue (status|logs)|cache dir|remote (list|default)|config --list)\b/, effect: 'read', what: 'shows status, metrics, experiments or configuration' },
      { sub: /^(push|pull|fetch|add|commit|repro|run|checkout|remove|rm|move|mv|get|get-url|import|import-url|update|install|init|config|remote|stage|unprotect|freeze|unfreeze|cache migrate|exp(eriments)? (run|apply|push|pull|save|branch|clean)|queue (start|stop|remove|kill)|plots modify)\b/, effect: 'write', what: 'tracks, transfers or rebuilds data, or runs an experiment' },
    ],
    otherwise: 'fallback',
  },
  // Hugging Face Hub CLI (`hf`, formerly `huggingface-cli`): `delete-cache` / `cache delete|rm|prune` remove revisions from
  // the local cache, downloaded again on demand; `repo delete` deletes a model, dataset or Space with its history, as do
  // `repo branch|tag delete` for what only they point to. Uploads are commits (the history keeps what they replace).
  {
    names: ['hf', 'huggingface-cli'],
    valued: ['--repo-type', '--revision', '--local-dir', '--cache-dir', '--include', '--exclude', '--delete', '--token', '--commit-message', '--commit-description', '--path-in-repo', '--sort', '--limit', '--dir', '--num-workers', '--every', '-m'],
    rules: [
      { flags: ['--help', '-h', '--version'], effect: 'read', what: 'help' },
      { sub: /^(delete-cache|cache (delete|rm|prune|clean))\b/, effect: 'write', what: 'deletes revisions from the local cache: they are downloaded again on demand' },
      // The lead's answer 108 on the Hub: one repository whose own name is scratch by a whole word (`acme/tmp-lora-test`).
      { sub: /^(repo|repos) (delete|rm) [^\s?]+$/, args: hubScratchRepositoryDelete, unlessLive: true, effect: 'write', what: 'deletes one repository its own name marks as scratch, made to be thrown away' },
      { sub: /^(repo|repos) (delete|rm)\b/, effect: 'destroy', what: 'deletes the repository on the Hub, with its history' },
      { sub: /^(repo|repos) (branch|tag) (delete|rm)\b/, effect: 'destroy', what: 'deletes a branch or tag on the Hub: commits only it points to are lost' },
      { sub: /^(scan-cache|cache (scan|ls|list|verify)|whoami|auth (whoami|list)|env|version|(repo|repos) (ls|list|info|files)|(models|datasets|spaces) (ls|list|info)|jobs (ps|logs|inspect))\b/, effect: 'read', what: 'lists the cache, the account or repositories' },
      { sub: /^(download|upload|upload-large-folder|login|logout|auth (login|logout|switch)|(repo|repos) (create|move|settings|(branch|tag) create)|lfs-enable-largefiles|lfs-multipart-upload|tag|jobs run)\b/, effect: 'write', what: 'downloads, uploads (a commit), logs in or creates a repository' },
    ],
    otherwise: 'fallback',
  },
  // Weights & Biases CLI: `artifact cache cleanup` trims the local artifact cache; `sync --clean` deletes local run folders
  // only once they are synced to the server.
  {
    names: ['wandb'],
    valued: ['-p', '--project', '-e', '--entity', '--id', '--root', '--type', '--name', '-n', '--clean-old-hours', '--host', '--queue', '-q', '--config', '-c', '--sync-tensorboard', '--job'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^(status|verify|artifact ls|sweep --status)\b/, effect: 'read', what: 'shows settings, artifacts or sweeps' },
      { sub: /^(artifact (cache cleanup|get|put)|sync|offline|online|off|on|login|init|sweep|agent|launch|launch-agent|docker-run|local|server|restore|pull|job create|beta sync)\b/, effect: 'write', what: 'syncs runs (deleting only synced local copies), trims the artifact cache, downloads or runs' },
    ],
    otherwise: 'fallback',
  },
  // Ray cluster launcher and job CLI: `ray down` terminates the cluster's nodes (their disks go with them); `ray stop` and
  // `job stop` end what runs there; `exec` and `attach` run commands on the head node that the action does not judge.
  {
    names: ['ray'],
    valued: ['--address', '--head-node-ip', '--port', '--dashboard-port', '--dashboard-host', '--working-dir', '--runtime-env', '--runtime-env-json', '--submission-id', '--entrypoint-num-cpus', '--entrypoint-num-gpus', '--num-cpus', '--num-gpus', '-n', '--cluster-name', '--node-ip-address', '--min-workers', '--max-workers', '--log-style', '--format', '--limit', '--filter', '--ip'],
    where: ['--address'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^down\b/, effect: 'destroy', what: "tears the cluster down: its nodes are terminated, with what only their disks held" },
      // The lead's answer 363.2 (round 35): Ray on this machine is the agent's own runtime. `ray stop` stops the Ray
      // processes of this machine only; `ray job stop ID` acts where `--address`, else RAY_ADDRESS, points: a loopback
      // address, `auto` or none (the CLI's default, `http://127.0.0.1:8265`) is this machine's. A cluster's address stays a
      // running job stopped. Answer 372.1 (round 36): `ray stop --force` (SIGKILL) is the same runtime of this machine, a
      // write unless the line names another cluster's address (`--address`, RAY_ADDRESS: the remote stop stays an outage).
      // Answer 373.4 (round 37): only on this machine (thisMachine): `ssh ray-head 'ray stop --force'`, a fan-out, a cloud VM's
      // ssh or a pod's exec stops Ray on the host they name, a cluster's head: the cluster out of service.
      { sub: /^stop\b/, args: (a) => !a.includes('--force'), thisMachine: true, effect: 'write', what: "stops this machine's Ray processes: the agent's own runtime (answer 363.2)" },
      { sub: /^stop\b/, args: (a, t) => rayAddressLocal(a, t ?? [], '--address'), envLocal: { names: ['RAY_ADDRESS'], local: rayLocalAddress }, thisMachine: true, effect: 'write', what: "kills this machine's Ray processes: the agent's own runtime (answer 372.1)" },
      { sub: /^job stop\b/, args: (a, t) => rayAddressLocal(a, t ?? [], '--address'), envLocal: { names: ['RAY_ADDRESS'], local: rayLocalAddress }, thisMachine: true, effect: 'write', what: "stops a job of this machine's Ray: the agent's own runtime (answer 363.2)" },
      { sub: /^(stop|kill-random-node|job stop)\b/, effect: 'outage', what: 'stops Ray (or a running job): the tasks and actors in flight are lost' },
      { sub: /^(exec|attach|submit)\b/, effect: 'opaque', what: 'runs a command or script on the cluster that the action does not show' },
      { sub: /^(status|list|summary|timeline|memory|logs|get|get-head-ip|get-worker-ips|monitor|microbenchmark|job (logs|status|list))\b/, effect: 'read', what: 'reports the cluster, its jobs or logs' },
      { sub: /^(up|start|job (submit|delete)|rsync-up|rsync-down|dashboard|disable-usage-stats|enable-usage-stats|init|serve (deploy|run|build|config|status))\b/, effect: 'write', what: 'starts the cluster, submits a job or copies files' },
    ],
    otherwise: 'fallback',
  },
  // Model servers: llama.cpp's `llama-server` serves a model file; vLLM's CLI (`vllm --help`) serves, chats, completes,
  // benchmarks or runs a batch file into an output file.
  { names: ['llama-server'], valued: ['-m', '--model', '--port', '--host', '-c', '--ctx-size', '-ngl', '--n-gpu-layers', '-a', '--alias', '--api-key'], rules: [{ flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' }], otherwise: 'write' },
  {
    names: ['vllm'],
    valued: ['--port', '--host', '--model', '--tokenizer', '--tensor-parallel-size', '-tp', '--max-model-len', '--gpu-memory-utilization', '--served-model-name', '--api-key', '--dtype', '--quantization', '-i', '-o', '--url'],
    rules: [
      { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
      { sub: /^(serve|chat|complete|bench|collect-env)\b/, effect: 'write', what: 'serves, queries or benchmarks a model' },
    ],
    otherwise: 'fallback',
  },
  // TensorBoard serves the dashboard of the event files under `--logdir` (its `serve` subcommand, also the default).
  {
    names: ['tensorboard'],
    valued: ['--logdir', '--logdir_spec', '--port', '--host', '--path_prefix', '--reload_interval', '--samples_per_plugin', '--window_title', '--max_reload_threads', '--load_fast'],
    rules: [
      { flags: ['--help', '-h', '--version_tb'], effect: 'read', what: 'help' },
      { sub: /^(serve)?$/, effect: 'write', what: 'serves the dashboard of the runs under its log folder' },
    ],
    otherwise: 'fallback',
  },
  // Great Expectations' CLI (0.x; "a noun and a verb"): lists read; checkpoints run (validations and data docs written),
  // new suites, checkpoints and datasources written; `docs clean` removes built data docs, rebuilt by `docs build`.
  // `delete` of a suite, checkpoint or datasource removes project files the action does not show: the generic reading.
  {
    names: ['great_expectations', 'great-expectations'],
    valued: ['-c', '--config', '-d', '--directory', '--site-name', '--batch-request', '--profile'],
    rules: [
      { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^((suite|checkpoint|datasource|store|docs) list|project check-config)\b/, effect: 'read', what: 'lists suites, checkpoints, datasources, stores or data docs' },
      { sub: /^(checkpoint (run|new|script)|suite (new|edit|demo)|datasource new|docs (build|clean)|init|project upgrade)\b/, effect: 'write', what: 'validates data, writes suites or checkpoints, or builds data docs' },
    ],
    otherwise: 'fallback',
  },
  // Feast: `teardown` deletes the deployed infrastructure, the online store's tables included; `apply` registers the
  // repository's definitions (and removes infrastructure for ones it no longer has).
  {
    names: ['feast'],
    valued: ['-c', '--chdir', '-f', '--feature-store-yaml', '--views', '-v', '--host', '-h', '--port', '-p', '--log-level'],
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { sub: /^teardown\b/, effect: 'destroy', what: 'deletes the deployed infrastructure, including the online store tables' },
      { sub: /^(plan|version|registry-dump|validate|(entities|feature-views|feature-services|on-demand-feature-views|data-sources|projects|permissions|saved-datasets|validation-references|stream-feature-views) (list|describe))\b/, effect: 'read', what: 'previews or lists definitions' },
      { sub: /^apply\b/, effect: 'deploy', what: 'registers the definitions and updates the infrastructure' },
      { sub: /^(materialize|materialize-incremental|init|serve|serve_offline|serve_transformations|ui|listen)\b/, effect: 'write', what: 'loads features or serves them' },
    ],
    otherwise: 'fallback',
  },
  {
    // kafka-leader-election: an UNCLEAN election may elect a replica that is not in sync: acknowledged messages are lost.
    names: ['kafka-leader-election', 'kafka-leader-election.sh'],
    valued: [...KAFKA_VALUED, '--election-type', '--partition', '--path-to-json-file'],
    where: KAFKA_WHERE,
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { flagValue: { names: ['--election-type'], value: /^unclean$/i }, effect: 'destroy', what: 'elects an out-of-sync replica: messages it lacks are lost' },
    ],
    otherwise: 'write',
  },
  {
    // kafka-streams-application-reset: resets the input offsets and deletes the application's internal topics
    // (state stores, repartition topics) unless `--dry-run`.
    names: ['kafka-streams-application-reset', 'kafka-streams-application-reset.sh'],
    valued: [...KAFKA_VALUED, '--application-id', '--input-topics', '--intermediate-topics', '--internal-topics', '--config-file'],
    where: KAFKA_WHERE,
    dryRun: ['--dry-run'],
    rules: [{ flags: ['--help', '--version'], effect: 'read', what: 'help' }],
    otherwise: 'destroy',
  },
  {
    // Oracle Data Pump Import (Utilities guide, TABLE_EXISTS_ACTION): REPLACE drops an existing table and TRUNCATE
    // deletes its rows before loading; SKIP (the default) and APPEND keep what is there; SQLFILE only writes the DDL
    // to a file. A parameter file holds parameters the action does not show.
    names: ['impdp'],
    valued: [],
    rules: [
      { sub: /(^| )(help=y(es)?)( |$)/i, effect: 'read', what: 'help' },
      { sub: /(^| )parfile=/i, effect: 'opaque', what: 'reads its parameters from a file the action does not show' },
      { sub: /(^| )table_exists_action=(replace|truncate)( |$)/i, effect: 'destroy', what: 'drops (REPLACE) or empties (TRUNCATE) existing tables before loading them' },
      { sub: /(^| )sqlfile=/i, effect: 'read', what: 'writes the DDL to a file; nothing is imported' },
    ],
    otherwise: 'write',
  },
  {
    // Oracle Data Pump Export: writes dump files; ESTIMATE_ONLY only estimates.
    names: ['expdp'],
    valued: [],
    rules: [
      { sub: /(^| )parfile=/i, effect: 'opaque', what: 'reads its parameters from a file the action does not show' },
      { sub: /(^| )(help=y(es)?|estimate_only=y(es)?)( |$)/i, effect: 'read', what: 'help or an estimate' },
    ],
    otherwise: 'write',
  },
  {
    // elasticsearch-node (Elasticsearch reference, "elasticsearch-node"): every operation but `--help` rewrites the
    // node's on-disk cluster state; the guide warns that unsafe-bootstrap, detach-cluster and repurpose can lose data.
    names: ['elasticsearch-node', 'opensearch-node'],
    valued: ['-E', '--setting'],
    rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }],
    otherwise: 'destroy',
  },
  {
    names: ['elasticsearch-keystore', 'opensearch-keystore'],
    valued: ['-E'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^(list|show|has-passwd|help)\b/, effect: 'read', what: 'lists keystore settings' },
      { sub: /^remove\b/, effect: 'destroy', what: 'removes a secure setting (its value cannot be read back)' },
    ],
    otherwise: 'write',
  },
  {
    // Consul CLI reference: `kv delete -recurse` deletes every key under the prefix (one key otherwise); `snapshot
    // restore` replaces the whole cluster state; `maint -enable` takes a node or service out of DNS and load balancing;
    // `leave` stops the agent; `operator raft remove-peer` removes a server.
    names: ['consul'],
    valued: ['-http-addr', '-token', '-token-file', '-datacenter', '-namespace', '-partition', '-ca-file', '-client-cert', '-client-key', '-reason', '-service', '-address', '-id', '-separator', '-stale', '-format', '-filter'],
    where: ['-http-addr', '-datacenter'],
    whereEnv: ['CONSUL_HTTP_ADDR'],
    rules: [
      { flags: ['-h', '-help', '--help'], effect: 'read', what: 'help' },
      // A lock under `locks/` or a CI run's keys under `ci/run-N/`: scratch keys (the lead's answer 69, as the KV API's are read).
      { sub: /^kv delete (locks\/(?![^\s]*\.\.)[\w./-]+|ci\/run-\d+(\/(?![^\s]*\.\.)[\w./-]*)?)$/, effect: 'write', what: "deletes a Consul lock or a CI run's scratch keys" },
      { sub: /^kv delete\b/, effect: 'destroy', what: 'deletes a key and its value (with -recurse every key under the prefix)' },
      { sub: /^snapshot restore\b/, effect: 'destroy', what: 'replaces the cluster state (catalog, KV, ACLs) with the snapshot' },
      { sub: /^maint\b/, flags: ['-enable'], effect: 'outage', what: 'puts the node or service into maintenance: it leaves DNS and load balancing' },
      { sub: /^(leave|force-leave)\b/, effect: 'outage', what: 'makes the agent leave the cluster and shut down' },
      { sub: /^operator raft remove-peer\b/, effect: 'outage', what: 'removes a server from the Raft peer set' },
      { sub: /^(kv (get|export)|snapshot (inspect|save)|members|catalog|info|monitor|version|validate|operator raft list-peers|maint|watch|rtt|reload|acl (\S+ )?(list|read))\b/, effect: 'read', what: 'reads state, or saves a snapshot' },
      { sub: /^(kv (put|import)|services register|lock|event|join|keyring|intention|config write)\b/, effect: 'write', what: 'writes keys or registrations' },
    ],
    otherwise: 'fallback',
  },
  {
    // etcdctl reference: `del KEY` deletes one key; `--prefix` or `--from-key` every key in a range; `member remove`
    // takes a member out of the cluster; `defrag` blocks the member while it runs and then resumes.
    names: ['etcdctl'],
    valued: ['--endpoints', '--cacert', '--cert', '--key', '--user', '--password', '--dial-timeout', '--command-timeout', '-w', '--write-out', '--lease', '--rev', '--limit', '--sort-by', '--order', '--data-dir'],
    where: ['--endpoints'],
    whereEnv: ['ETCDCTL_ENDPOINTS'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^(del|delete)\b/, effect: 'destroy', what: 'deletes a key and its value (a range with --prefix, --from-key or an end key)' },
      { sub: /^member remove\b/, effect: 'outage', what: 'removes a member from the cluster' },
      // `auth disable`: authentication and role checks stop, so every client has every permission.
      { sub: /^auth disable\b/, effect: 'safeguard', what: 'switches authentication off: every client can read and write every key' },
      { sub: /^auth enable\b/, effect: 'write', what: 'switches authentication on' },
      // `lease revoke`: "all keys attached to the lease will expire and be deleted" (etcdctl reference).
      { sub: /^lease revoke\b/, effect: 'destroy', what: 'revokes a lease: every key attached to it is deleted' },
      { sub: /^snapshot restore\b/, effect: 'write', what: 'restores a snapshot into a new data directory' },
      { sub: /^(get|watch|endpoint|member list|alarm list|check|version|snapshot (save|status)|lease (list|timetolive)|user (get|list)|role (get|list)|auth status|elect|lock)\b/, effect: 'read', what: 'reads keys or cluster status, or saves a snapshot' },
      { sub: /^(put|txn|lease (grant|keep-alive|revoke)|defrag|alarm disarm|move-leader|member (add|update|promote)|make-mirror|compaction|compact)\b/, effect: 'write', what: 'writes keys or maintains the store' },
    ],
    otherwise: 'fallback',
  },
  {
    names: ['etcdutl'],
    valued: ['--data-dir', '--name', '--initial-cluster', '--initial-cluster-token', '--initial-advertise-peer-urls', '-w', '--write-out', '--wal-dir', '--bump-revision'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^(snapshot status|version|check|hashkv)\b/, effect: 'read', what: 'reads a snapshot or data directory' },
      { sub: /^(snapshot restore|defrag|migrate|backup)\b/, effect: 'write', what: 'restores into a data directory or maintains one' },
    ],
    otherwise: 'opaque',
  },
  {
    // Cassandra nodetool reference: `clearsnapshot` deletes snapshots (backups); `decommission`, `removenode`,
    // `assassinate` take a node out of the ring for good; `drain`, `stopdaemon`, `disablebinary|disablethrift|
    // disablegossip` stop the node from serving; repair, cleanup, flush and compaction maintain data in place.
    names: ['nodetool'],
    valued: ['-h', '--host', '-p', '--port', '-u', '--username', '-pw', '--password', '-pwf', '--password-file', '-t', '--tag', '-st', '--start-token', '-et', '--end-token', '-dc', '--in-dc', '-j', '--job-threads', '-kt', '--kt-list'],
    where: ['-h', '--host'],
    rules: [
      // nodetool's `-h` is the host; help is `--help` or `nodetool help`.
      { flags: ['--help'], effect: 'read', what: 'help' },
      { sub: /^clearsnapshot\b/, effect: 'destroy', what: 'deletes snapshots (the node\'s backups)' },
      { sub: /^(decommission|removenode|assassinate)\b/, effect: 'outage', what: 'takes a node out of the ring for good' },
      { sub: /^(drain|stopdaemon|disablebinary|disablethrift|disablegossip|disablehandoff|pausehandoff)\b/, effect: 'outage', what: 'stops the node from serving clients or the cluster' },
      { sub: /^(truncatehints|resetlocalschema)\b/, effect: 'destroy', what: 'discards hinted writes or the local schema' },
      // `disablebackup` stops incremental backups (hard links of each flushed SSTable); `disableauditlog` stops the audit log.
      { sub: /^(disablebackup|disableauditlog)\b/, effect: 'safeguard', what: 'switches incremental backups or the audit log off' },
      { sub: /^(status|info|ring|describecluster|describering|tablestats|cfstats|tablehistograms|cfhistograms|proxyhistograms|tpstats|compactionstats|compactionhistory|netstats|gossipinfo|listsnapshots|getendpoints|getsstables|statusbinary|statusgossip|statushandoff|version|help|gettimeout|getcompactionthroughput|getstreamthroughput|toppartitions|profileload|viewbuildstatus|failuredetector|sjk|getlogginglevels|describe\w*)\b/, effect: 'read', what: 'reads node or table status' },
    ],
    otherwise: 'write',
  },
  {
    // CockroachDB CLI reference (`cockroach sql` is a database CLI, db-clis.ts): `node drain` makes a node stop serving
    // SQL clients and hand its leases away (it serves again only once restarted); `node decommission` takes nodes out of
    // the cluster for good; `node recommission` cancels that. `node status|ls`, `debug zip`, `cert list` and `version` read.
    names: ['cockroach'],
    valued: ['--host', '--url', '--port', '-p', '--certs-dir', '--user', '-u', '--format', '--cluster-name', '--drain-wait', '--wait', '--timeout', '--store', '-s', '--listen-addr', '--advertise-addr', '--sql-addr', '--http-addr', '--join', '--cache', '--max-sql-memory', '--locality', '--log-dir', '--ca-key', '--database', '-d'],
    where: ['--host', '--url'],
    whereEnv: ['COCKROACH_HOST', 'COCKROACH_URL'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^help\b/, effect: 'read', what: 'help' },
      { sub: /^node (drain|decommission)\b/, effect: 'outage', what: 'takes nodes out of service (drain until restarted, decommission for good)' },
      { sub: /^(node (status|ls)|debug (zip|list-files|tsdump)|cert list|version|gen (man|autocomplete))\b/, effect: 'read', what: 'reads node status or diagnostics' },
      { sub: /^(node recommission|start|start-single-node|init|cert create-\w+)\b/, effect: 'write', what: 'starts or initialises nodes, or makes certificates' },
    ],
    otherwise: 'fallback',
  },
  {
    // InfluxDB 2.x `influx` CLI reference (the 1.x shell, `influx -execute`, is a database CLI): `bucket delete` and
    // `delete` remove points; `restore --full` replaces all data and metadata; `bucket update --retention` under one day
    // is a retention cut (influxRetentionShortened; a day or more and 0, infinite, are writes).
    names: ['influx'],
    valued: ['--host', '-t', '--token', '-o', '--org', '--org-id', '-c', '--active-config', '--configs-path', '-n', '--name', '-i', '--id', '-b', '--bucket', '--bucket-id', '--start', '--stop', '-p', '--predicate', '--new-bucket', '--new-org', '-r', '--retention', '-f', '--file', '--precision', '--format', '--shard-group-duration', '-d', '--description'],
    where: ['--host', '-c', '--active-config'],
    whereEnv: ['INFLUX_HOST'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^bucket (delete|rm)\b/, effect: 'destroy', what: 'deletes a bucket and every point in it' },
      { sub: /^delete\b/, effect: 'destroy', what: 'deletes the points in the time range (those the predicate matches, if one is given)' },
      { sub: /^restore\b/, flags: ['--full'], effect: 'destroy', what: 'replaces every bucket, token and dashboard with the backup' },
      { sub: /^bucket update\b/, args: influxRetentionShortened, effect: 'destroy', what: 'sets a retention period under one day: points older than it are deleted' },
      { sub: /^(org|user|auth|v1 auth) (delete|rm)\b/, effect: 'destroy', what: 'deletes an organisation, user or token' },
      { sub: /^((bucket|org|user|auth|task|dashboards|config|secret|telegrafs|stacks|v1 dbrp|v1 auth|replication|remote) (list|ls|find)|query|ping|version|backup|export|template|config$)\b/, effect: 'read', what: 'reads or backs up' },
      { sub: /^(bucket create|bucket update|write|restore|setup|org create|user create|auth create|task create|apply|config)\b/, effect: 'write', what: 'creates or writes' },
    ],
    otherwise: 'fallback',
  },
  {
    // pgBackRest command reference: `expire` removes backups beyond the retention (a `--repo*-retention-*` given on the
    // line overrides the configured one): the lead's answer 79 (answer 331) reads the configured retention as a write, as
    // `sanoid --cron`; a retention set on the line (as borgmatic's `--override`) and `--set`, which expires the named
    // backup set whatever the retention, stay destructive;
    // `stanza-delete` removes the stanza's backups and archive; `restore --delta` or
    // `--force` overwrites an existing data directory (a plain restore needs an empty one).
    names: ['pgbackrest'],
    valued: ['--stanza', '--config', '--config-path', '--repo', '--set', '--type', '--target', '--pg1-path', '--pg1-host', '--repo1-path', '--process-max', '--log-level-console', '--output', '--target-action', '--db-include', '--tablespace-map'],
    where: ['--stanza', '--pg1-host', '--repo1-path'],
    dryRun: ['--dry-run'],
    rules: [
      { flags: ['--help'], effect: 'read', what: 'help' },
      { sub: /(^| )stanza-delete( |$)/, effect: 'destroy', what: 'removes backups and archived WAL' },
      // The lead's answers 79 and 331: `expire` by the stanza's configured retention is routine retention, a write; one
      // backup named (`--set`), a retention given on the line (`--repo1-retention-full=1`, `--retention-full 2`) or a word
      // the input does not fix is not the configuration's.
      // The lead's answer 340 (round 32): a retention set on the line that keeps one or more (`--repo1-retention-full=4`)
      // is answer 79's retention too; zero, a value not fixed or `--set` is not.
      { sub: /(^| )expire( |$)/, args: (a) => a.some((v) => v === null || /^--set(=|$)/.test(v)) || !lineRetentionKeeps(a), effect: 'destroy', what: 'expires the backup set it names, or by a retention the line sets that keeps nothing' },
      { sub: /(^| )expire( |$)/, effect: 'write', what: "expires the backups past the configured retention, keeping the newest (answer 79)" },
      { sub: /(^| )restore( |$)/, flags: ['--delta', '--force'], effect: 'destroy', what: 'overwrites the existing data directory with the backup' },
      { sub: /(^| )(info|check|verify|version|help|repo-ls|repo-get|manifest)( |$)/, effect: 'read', what: 'reads backup information' },
      { sub: /(^| )(backup|restore|stanza-create|stanza-upgrade|archive-push|archive-get|start|stop|annotate|repo-put|server|server-ping)( |$)/, effect: 'write', what: 'backs up, restores into an empty directory, or archives' },
    ],
    otherwise: 'opaque',
  },
  {
    // WAL-G (README, "delete"): `delete` is a dry run unless `--confirm` is given; `st rm` deletes storage objects.
    names: ['wal-g', 'wal-g-pg', 'wal-g-mysql', 'wal-g-mongo', 'wal-g-redis'],
    valued: ['--config', '--turbo', '--target-user-data', '--after'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      // The lead's answer 433.4 (round 41, dr2): `delete garbage` is destructive as answer 66's compact (what it deletes is
      // not shown: fail closed). 433.3 (340): `delete retain [FULL|FIND_FULL] N` with N one or more keeps the newest N: a
      // write; a count not fixed, `delete before`, `target` and `everything` stay destructive.
      { sub: /^delete retain ((FULL|FIND_FULL) )?[1-9]\d*$/, flags: ['--confirm'], effect: 'write', what: 'deletes backups past the newest N it keeps (answer 340)' },
      { sub: /^(delete|delete-garbage|wal-purge)\b/, flags: ['--confirm'], effect: 'destroy', what: 'deletes backups and the WAL before them' },
      // `backup-mark --impermanent` (-i) makes a permanent backup deletable again: its deletion protection is off.
      { sub: /^backup-mark\b/, flags: ['-i', '--impermanent'], effect: 'safeguard', what: 'makes a permanent backup deletable: deletion protection off' },
      { sub: /^(delete|delete-garbage|wal-purge)\b/, effect: 'read', what: 'a dry run: lists what would be deleted (no `--confirm`)' },
      { sub: /^st (rm|remove|delete)\b/, effect: 'destroy', what: 'deletes objects from the backup storage' },
      { sub: /^(backup-list|wal-show|wal-verify|st (ls|cat|get|check)|flags|help|version|completion|backup-info)\b/, effect: 'read', what: 'lists or verifies backups' },
      { sub: /^(backup-push|wal-push|backup-fetch|wal-fetch|backup-mark|wal-receive|catchup-\w+|st put|copy|wal-prefetch|binlog-push|binlog-fetch|oplog-push|oplog-fetch)\b/, effect: 'write', what: 'pushes or fetches backups, binary logs or oplogs' },
    ],
    otherwise: 'opaque',
  },
  {
    // Barman reference: `delete` removes a backup; `recover` to a remote host (`--remote-ssh-command`) restores over the
    // database server's data directory; a local `recover` writes a new directory.
    names: ['barman'],
    valued: ['-c', '--config', '--remote-ssh-command', '--target-time', '--target-xid', '--target-lsn', '--target-name', '--target-tli', '--target-action', '--tablespace', '--backup-id', '--reuse-backup', '-j', '--jobs', '--name', '--status', '--minimum-redundancy', '--retention-policy', '--target'],
    rules: [
      { flags: ['-h', '--help'], effect: 'read', what: 'help' },
      { sub: /^delete\b/, effect: 'destroy', what: 'deletes a backup' },
      { sub: /^recover\b/, flags: ['--remote-ssh-command'], effect: 'destroy', what: 'restores over the data directory on the remote database server' },
      // Round 41 (bl41dr): `receive-wal --stop` ends WAL streaming to the backup server, `--drop-slot` drops the slot that
      // keeps WAL for it: point-in-time recovery stops growing (safeguards off). `--create-slot` and `--reset` are writes.
      { sub: /^receive-wal\b/, flags: ['--stop', '--drop-slot'], effect: 'safeguard', what: 'stops WAL streaming to the backup server or drops its replication slot' },
      { sub: /^(list-\w+|show-\w+|check|status|diagnose|replication-status|verify-backup|check-backup|get-wal|list-files|config-\w+|help|version)\b/, effect: 'read', what: 'lists or checks backups' },
      { sub: /^(backup|cron|switch-wal|switch-xlog|receive-wal|archive-wal|keep|recover|rebuild-xlogdb|sync-\w+|put-wal|generate-manifest)\b/, effect: 'write', what: 'backs up, archives or recovers into a new directory' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['barman-cloud-backup-delete'],
    valued: ['-b', '--backup-id', '-r', '--retention-policy', '-m', '--minimum-redundancy', '--cloud-provider', '--endpoint-url', '-P', '--aws-profile', '--profile'],
    dryRun: ['--dry-run'],
    rules: [{ flags: ['-h', '--help', '-V', '--version'], effect: 'read', what: 'help' }],
    otherwise: 'destroy',
  },
  {
    names: ['kafka-acls', 'kafka-acls.sh'],
    valued: [...KAFKA_VALUED, '--allow-principal', '--deny-principal', '--operation', '--resource-pattern-type', '--cluster', '--transactional-id'],
    where: KAFKA_WHERE,
    rules: [
      { flags: ['--help', '--version'], effect: 'read', what: 'help' },
      { flags: ['--remove'], effect: 'permissions', what: 'removes ACLs' },
      { flags: ['--list'], effect: 'read', what: 'lists ACLs' },
      // The wildcard principal `User:*` is every user (Kafka's "Authorization and ACLs"): the access control is gone.
      { flags: ['--add'], flagValue: { names: ['--allow-principal'], value: /^(User|Group):\*$/i }, effect: 'safeguard', what: 'allows every principal: access opened to everyone' },
      { flags: ['--add'], effect: 'permissions', what: 'adds ACLs' },
    ],
    otherwise: 'opaque',
  },
  {
    // kafka-configs: removing `retention.*` or `cleanup.policy` puts the topic back on the broker default, which can delete
    // messages the topic kept (infinite retention, compaction); other settings are configuration writes.
    names: ['kafka-configs', 'kafka-configs.sh'],
    valued: [...KAFKA_VALUED, '--entity-default', '--broker', '--broker-logger', '--topic', '--user', '--client', '--ip'],
    where: KAFKA_WHERE,
    rules: [
      { flagValue: { names: ['--delete-config'], value: /(^|,)\s*(retention\.|cleanup\.policy|delete\.retention|log\.retention|min\.compaction|segment\.)/ }, effect: 'destroy', what: 'removes a retention or cleanup setting: the topic falls back to the default and can lose messages' },
      // The lead's answer 136: a short retention on topics their own names mark as scratch or a test's is routine.
      { flagValue: { names: ['--add-config'], value: KAFKA_RETENTION_CUT_SETTING }, args: (a) => everyOptionValue(['--entity-type'], /^topics$/)(a) && everyOptionValue(['--entity-name'], SCRATCH_TOPIC)(a), unlessLive: true, effect: 'write', what: "shortens retention on a topic its own name marks as scratch or a test's (the lead's answer 136)" },
      { flagValue: { names: ['--add-config'], value: KAFKA_SHORT_RETENTION }, effect: 'destroy', what: 'shortens retention or turns compaction into deletion: the broker deletes messages' },
      { flagValue: { names: ['--add-config'], value: KAFKA_UNCLEAN_ELECTION }, effect: 'safeguard', what: 'allows an out-of-sync replica to become leader: acknowledged messages it lacks are lost on failover' },
      { flags: ['--describe', '--list', '--help', '--version'], effect: 'read', what: 'describes configuration' },
      { flags: ['--alter'], effect: 'write', what: 'changes configuration' },
    ],
    otherwise: 'opaque',
  },
  {
    names: ['rabbitmqctl'],
    valued: ['-n', '--node', '-t', '--timeout', '-p', '--vhost'],
    where: ['-n', '--node', '-p', '--vhost'],
    rules: [
      // `rabbitmqctl COMMAND --help` prints the command's usage (rabbitmqctl(8), "help").
      { flags: ['--help'], effect: 'read', what: 'help' },
      // A policy with a message TTL, a queue expiry or a length limit applies to the queues it matches at once: messages
      // beyond it are dropped (RabbitMQ "Policies", "Time-To-Live and Expiration", "Queue Length Limit"), unless the
      // policy dead-letters them.
      { sub: /^set_(operator_)?policy\b(?!.*dead-letter-exchange).*"(message-ttl|expires|max-length|max-length-bytes)"\s*:\s*\d/, effect: 'destroy', what: 'sets a TTL, expiry or length limit: messages or queues beyond it are dropped' },
      // One vhost whose own name marks it scratch, a test's or a CI run's (`ci-run-7781`): made to be thrown away (the
      // lead's answers 72 and 84; a bare `ci` vhost is every run's and stays below). Not a queue purged or deleted: its
      // messages are data in flight, as a disk's are, whatever the queue is named (395.4, 399.2, 330.1).
      { sub: SCRATCH_RESOURCE_OPERANDS('delete_vhost'), unlessLive: true, effect: 'write', what: "deletes a vhost its own name marks as scratch, a test's or a CI run's" },
      { sub: /^(delete_vhost|delete_queue|purge_queue|reset|force_reset|forget_cluster_node|delete_user|delete_shovel|clear_global_parameter|clear_parameter|eval|delete_policy)\b/, effect: 'destroy', what: 'deletes a vhost, queue, user or node state, or purges messages' },
      { sub: /^(set_permissions|clear_permissions|set_topic_permissions|clear_topic_permissions|set_user_tags|change_password|clear_password|add_user|authenticate_user)\b/, effect: 'permissions', what: 'changes users or permissions' },
      { sub: /^(list_\w+|status|cluster_status|environment|report|version|help|node_health_check|ping|await_startup|await_online_nodes|autocomplete|eval_file)\b/, effect: 'read', what: 'lists or reports' },
      // Availability: `stop`, `stop_app` and `shutdown` take the node out of service and `close_all_connections` cuts every
      // client's sessions; nothing brings them back by itself. One connection closed, or a user's, is a write.
      { sub: /^(stop|stop_app|shutdown|close_all_connections)\b/, effect: 'outage', what: 'stops the node (or its RabbitMQ application), or closes every client connection' },
      { sub: /^(close_connection|close_all_user_connections|start_app|await_startup)\b/, effect: 'write', what: 'closes one connection or one user\'s, or starts the application' },
    ],
    otherwise: 'write',
  },
  {
    names: ['rabbitmqadmin'],
    valued: ['-H', '--host', '-P', '--port', '-V', '--vhost', '-u', '--username', '-p', '--password', '-f', '--format', '-c', '--config', '-N', '--node'],
    where: ['-H', '--host', '-V', '--vhost', '-N', '--node'],
    rules: [
      // A queue purged or deleted loses its messages whatever its name says (the lead's answers 395.4 and 399.2, which
      // withdrew 258's and 305's test-named queues).
      { sub: /^(delete|purge)\b/, effect: 'destroy', what: 'deletes an object or purges a queue' },
      // `get` takes messages off the queue and, with `ackmode=ack_requeue_false` or `reject_requeue_false` (rabbitmqadmin's
      // usage; `requeue=false` in older versions), does not put them back: they are gone.
      { sub: /^get\b.*\b(ackmode=(ack|reject)_requeue_false|requeue=false)\b/, effect: 'destroy', what: 'takes messages off the queue without putting them back' },
      { sub: /^(list|show|help|export)\b/, effect: 'read', what: 'lists or shows' },
      { sub: /^(declare|publish|get|close|import)\b/, effect: 'write', what: 'declares, publishes or closes' },
    ],
    otherwise: 'write',
  },
  {
    // rabbitmq-upgrade(8): `drain` puts the node in maintenance mode (its clients are disconnected and it takes none; its
    // queue leaders move away), `revive` brings it back; `await_online_quorum_plus_one`, `await_online_synchronized_mirror`
    // and `post_upgrade` wait or finish an upgrade.
    names: ['rabbitmq-upgrade'],
    valued: ['-n', '--node', '-t', '--timeout'],
    where: ['-n', '--node'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^drain\b/, effect: 'outage', what: 'puts the node in maintenance mode: its clients are disconnected and it takes no new ones' },
      { sub: /^(revive|post_upgrade|await_online_quorum_plus_one|await_online_synchronized_mirror|help|version)\b/, effect: 'write', what: 'revives the node or waits for or finishes an upgrade' },
    ],
    otherwise: 'fallback',
  },
];
