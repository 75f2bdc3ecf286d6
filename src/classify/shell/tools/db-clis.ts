import { isCiAgentCheckout, isDisposableDatabaseFile } from '../../paths.ts';
import { CI_SERVICE_LABEL, isLocalDatabaseHost, namesDisposable, namesSharedCiResource, SCRATCH_WORDS_BUT_SANDBOX } from '../../test-data.ts';
import { datedScratchTable } from '../../stamped-names.ts';
import { classifySqlInto, splitStatements } from '../../sql/sql.ts';
import { heuristicEnvironment, targetsLiveTier, tierOfEnvironment } from '../../environment.ts';
import { shown, type Invocation } from '../invocation.ts';
import type { Word } from '../words.ts';
import { clue, envTarget, expandShortBundles, hasFlag, invocationNamesLiveTier, optionValue, positionals } from './common.ts';

/**
 * Database CLIs as data: which flags carry a statement, which take a value, where a statement may sit
 * as an operand, and which SQL dialect the CLI speaks (or, for CLIs that serve several engines, how to
 * tell the engine from the connection URL). Flags are those of each tool's own command reference
 * (`sqlcmd -Q/-q`, `clickhouse-client --query/-q`, `cqlsh -e/--execute`, `snowsql -q/--query`,
 * `trino --execute`, `beeline -e`, `impala-shell -q/--query`, `cockroach sql -e/--execute`, ...).
 * A new database CLI is one entry here. psql, mysql, sqlite3, mongosh and redis-cli, which have meta
 * commands of their own, keep their analysers in data.ts.
 */

export interface DbCliSpec {
  /** Command names that run this CLI. */
  names: string[];
  /** A required first word (`cockroach sql`, `clickhouse client`); other subcommands are not this CLI. */
  subcommand?: string;
  /** SQL dialect for the parser (node-sql-parser build name); `cypher`, `cql` and `influxql` fall back to keywords. */
  dialect: string;
  /** Flags whose value is a statement (repeatable). */
  statementFlags: string[];
  /** Flags that take a value (so operands can be told apart). */
  valuedFlags: string[];
  /** Flags whose value is a script file: not part of the action. */
  fileFlags: string[];
  /** Operand index of a statement (`duckdb DB 'SQL'` is 1, `cypher-shell 'Q'` is 0); none when absent. */
  statementOperand?: number;
  /** Operand index or flags naming the database. */
  databaseFlags: string[];
  hostFlags: string[];
  /** Flags or operands that only print (help, version, listing). */
  readFlags: string[];
  /** Whether a URL operand or flag decides the dialect (`usql mysql://...`). */
  dialectFromUrl?: boolean;
  /** Flags that open the database read-only, so that every write fails (`duckdb -readonly`). */
  readOnlyFlags?: string[];
  /** Flags naming a saved connection (`snowsql -c prod`): a name that can say which environment it is. */
  connectionFlags?: string[];
  /** Only statement flags make this the SQL client (`influx -execute` is InfluxDB 1.x; `influx bucket list` is 2.x). */
  onlyWithStatement?: boolean;
  /** Operand index of the host (`cqlsh HOST [PORT]`). */
  hostOperand?: number;
  /**
   * With no host, URL or saved connection the client connects to this machine's server (cqlsh: 127.0.0.1; cockroach sql,
   * mycli: localhost; pgcli: the local socket, as psql), so the test-database rule (decision 5) reads it as local, as it
   * reads psql and mysql without `-h`. Not clickhouse-client: its configuration file names the server (a warehouse
   * without a host stays unnamed, decision 36).
   */
  localDefault?: boolean;
  /** Short options without a value, for getopt bundles (`vsql -tAc SQL`); valued letters come from the flag lists. */
  shortBooleans?: string;
  /**
   * The database operand names an in-memory database when absent or `:memory:` (`duckdb -c SQL`, DuckDB CLI reference:
   * "When no database file is specified, an in-memory database is used"): what the statements do to it is gone at exit.
   */
  inMemoryWithoutDatabase?: boolean;
  /** The first operand is a logon (`user/password@connect_identifier`): its connect identifier names the database. */
  logonOperand?: boolean;
  /** An operand with this prefix runs a script file (`sqlplus user@db @script.sql`). */
  scriptOperandPrefix?: string;
  /** Client commands that are not SQL, one a line (SQL*Plus `SET`, `SPOOL`, `EXIT`), removed before the SQL is judged. */
  clientCommands?: RegExp;
}

/**
 * Statements run against an in-memory database lose nothing when they drop or empty its tables: the database is gone
 * at exit. `ATTACH` opens a persistent one, so such input is judged as usual; `COPY … TO`/`EXPORT` write output files.
 * The sqlite3 shell's own SQL functions reach the filesystem too: `writefile(PATH, …)` replaces any file, `edit()` runs
 * an editor, `load_extension()` loads native code.
 */
export const SQLITE_FILE_FUNCTION = /\b(writefile|load_extension|edit)\s*\(/i;
/** A statement that writes its rows to a file (`COPY t|(query) TO 'path'`). */
const COPY_TO = /^\s*copy\b[\s\S]*\bto\s+(?:e|u&)?'/i;
export const IN_MEMORY_REACHES_OUT = new RegExp(String.raw`\b(attach|install|load|pragma\s+\w*\s*=|checkpoint)\b|\.(shell|system|open|read|restore|load)\b|${SQLITE_FILE_FUNCTION.source}`, 'i');

export const DB_CLIS: readonly DbCliSpec[] = [
  { names: ['sqlcmd', 'mssql-cli', 'osql', 'isql', 'bcp-sql'], dialect: 'transactsql', statementFlags: ['-Q', '-q', '--query'], valuedFlags: ['-S', '-d', '-U', '-P', '-i', '-o', '-H', '-l', '-t', '-s', '-W', '-w', '-v', '-A', '-G', '-C', '-N', '-a', '-c', '-e', '-f', '-h', '-k', '-m', '-r', '-u', '-y', '-Y', '--server', '--database', '--username'], fileFlags: ['-i', '--input-file'], databaseFlags: ['-d', '--database'], hostFlags: ['-S', '--server'], readFlags: ['-?', '--help', '--version', '-L'] },
  { names: ['clickhouse-client'], dialect: 'mysql', statementFlags: ['-q', '--query'], valuedFlags: ['-h', '--host', '--port', '-u', '--user', '--password', '-d', '--database', '--format', '-f', '--queries-file', '--config-file', '-C', '--multiquery', '--param_name', '--max_threads'], fileFlags: ['--queries-file'], databaseFlags: ['-d', '--database'], hostFlags: ['-h', '--host'], readFlags: ['--help', '--version', '-V'] },
  { names: ['clickhouse'], subcommand: 'client', dialect: 'mysql', statementFlags: ['-q', '--query'], valuedFlags: ['-h', '--host', '--port', '-u', '--user', '--password', '-d', '--database', '--format', '-f', '--queries-file', '--config-file', '-C', '--multiquery', '--param_name', '--max_threads'], fileFlags: ['--queries-file'], databaseFlags: ['-d', '--database'], hostFlags: ['-h', '--host'], readFlags: ['--help', '--version', '-V'] },
  { names: ['cqlsh'], localDefault: true, dialect: 'cql', hostOperand: 0, statementFlags: ['-e', '--execute'], valuedFlags: ['-u', '--username', '-p', '--password', '-k', '--keyspace', '-f', '--file', '--cqlshrc', '--cqlversion', '--protocol-version', '--encoding', '--connect-timeout', '--request-timeout', '-b', '--secure-connect-bundle'], fileFlags: ['-f', '--file'], databaseFlags: ['-k', '--keyspace'], hostFlags: [], readFlags: ['--help', '--version', '-h'] },
  // Snowflake CLI (`snow sql` command reference): `-q/--query` runs a statement, `-f/--filename` a file, `-c/--connection`
  // (alias `--environment`) names a saved connection; `-D key=value` fills template variables.
  { names: ['snow'], subcommand: 'sql', dialect: 'snowflake', statementFlags: ['-q', '--query'], valuedFlags: ['-c', '--connection', '--environment', '-f', '--filename', '-D', '--variable', '--account', '--accountname', '--user', '--username', '--password', '--authenticator', '--private-key-file', '--private-key-path', '--token-file-path', '--database', '--dbname', '--schema', '--schemaname', '--role', '--rolename', '--warehouse', '--host', '--port', '--format', '--mfa-passcode'], fileFlags: ['-f', '--filename'], databaseFlags: ['--database', '--dbname'], hostFlags: ['--account', '--accountname', '--host'], readFlags: ['--help'], connectionFlags: ['-c', '--connection', '--environment'] },
  { names: ['snowsql'], dialect: 'snowflake', statementFlags: ['-q', '--query'], valuedFlags: ['-a', '--accountname', '-u', '--username', '-d', '--dbname', '-s', '--schemaname', '-r', '--rolename', '-w', '--warehouse', '-h', '--host', '-p', '--port', '-f', '--filename', '-c', '--connection', '-o', '--option', '-D', '--variable', '--config', '--authenticator'], fileFlags: ['-f', '--filename'], databaseFlags: ['-d', '--dbname'], hostFlags: ['-a', '--accountname'], readFlags: ['--help', '-v', '--version'], connectionFlags: ['-c', '--connection'] },
  { names: ['trino', 'presto', 'trino-cli', 'presto-cli'], dialect: 'trino', statementFlags: ['--execute', '-e'], valuedFlags: ['--server', '--catalog', '--schema', '--user', '--file', '-f', '--output-format', '--session', '--source', '--password', '--access-token'], fileFlags: ['--file', '-f'], databaseFlags: ['--catalog', '--schema'], hostFlags: ['--server'], readFlags: ['--help', '--version'] },
  { names: ['beeline'], dialect: 'hive', statementFlags: ['-e'], valuedFlags: ['-u', '-n', '-p', '-d', '-f', '-i', '--hivevar', '--hiveconf', '-w', '--outputformat', '--property-file'], fileFlags: ['-f'], databaseFlags: [], hostFlags: ['-u'], readFlags: ['--help', '-h'] },
  { names: ['hive'], dialect: 'hive', statementFlags: ['-e'], valuedFlags: ['-f', '-i', '--hivevar', '--hiveconf', '-d', '--define', '--database'], fileFlags: ['-f'], databaseFlags: ['--database'], hostFlags: [], readFlags: ['--help', '-H'] },
  { names: ['spark-sql'], dialect: 'hive', statementFlags: ['-e'], valuedFlags: ['-f', '-i', '--master', '--conf', '--name', '--jars', '--packages', '--database', '-d', '--define', '--hiveconf', '--hivevar', '--driver-memory', '--executor-memory', '--num-executors'], fileFlags: ['-f'], databaseFlags: ['--database'], hostFlags: ['--master'], readFlags: ['--help', '-h', '--version'] },
  { names: ['impala-shell'], dialect: 'hive', statementFlags: ['-q', '--query'], valuedFlags: ['-i', '--impalad', '-d', '--database', '-f', '--query_file', '-u', '--user', '-o', '--output_file', '--var', '--config_file', '-k'], fileFlags: ['-f', '--query_file'], databaseFlags: ['-d', '--database'], hostFlags: ['-i', '--impalad'], readFlags: ['--help', '-h', '--version', '-v'] },
  { names: ['cockroach'], subcommand: 'sql', localDefault: true, dialect: 'postgresql', statementFlags: ['-e', '--execute'], valuedFlags: ['--url', '--host', '--port', '-p', '--user', '-u', '--database', '-d', '--certs-dir', '--file', '-f', '--format', '--set'], fileFlags: ['--file', '-f'], databaseFlags: ['--database', '-d'], hostFlags: ['--host', '--url'], readFlags: ['--help', '-h'] },
  { names: ['vsql'], dialect: 'postgresql', shortBooleans: 'aAeEnqtxX', statementFlags: ['-c', '--command'], valuedFlags: ['-h', '-p', '-U', '-w', '-d', '-f', '-o', '-v', '-F', '-R', '-P', '-C', '-k', '-K'], fileFlags: ['-f'], databaseFlags: ['-d'], hostFlags: ['-h'], readFlags: ['--help', '-?', '--version', '-V', '-l'] },
  // SQL*Plus (SQL*Plus User's Guide, "SQLPLUS Program Syntax"): `sqlplus [options] [logon] [@script]`; statements come
  // from standard input (a heredoc or a pipe); SET/SPOOL/EXIT and friends are SQL*Plus commands, not SQL.
  { names: ['sqlplus'], dialect: 'oracle', statementFlags: [], valuedFlags: ['-M', '-MARKUP', '-R', '-C', '-F'], fileFlags: [], databaseFlags: [], hostFlags: [], readFlags: ['-V', '-v', '-H', '-h', '-HELP', '-VERSION'], logonOperand: true, scriptOperandPrefix: '@', clientCommands: /^\s*(set|exit|quit|spool|prompt|col(umn)?|whenever|ttitle|btitle|break|compute|define|undefine|show|rem(ark)?|pause|clear|timing|connect|conn|disconnect|host|\/)\b[^\n]*$/gim },
  // Db2 command line processor (Db2 Command Reference, "db2 - Command line processor invocation"): the operands are one
  // command, SQL or a CLP command (`CONNECT TO`, `LOAD`, `IMPORT`, `EXPORT`, `DESCRIBE`, `LIST`); `-f` runs a script file.
  { names: ['db2'], dialect: 'db2', statementFlags: [], valuedFlags: ['-f', '-z', '-r', '-l', '-e'], fileFlags: ['-f'], statementOperand: 0, databaseFlags: [], hostFlags: [], readFlags: ['-h', '-?'], shortBooleans: 'acdimnopqstvwx' },
  // Round 41 (bl41erp): SAP HANA's `hdbsql [options] [statement]` (SAP HANA Client Interface Programming Reference,
  // "hdbsql Command-Line Options"): the statement is the operand, `-I` runs a file; `-n host:port` names the server, `-d`
  // the tenant (SYSTEMDB is the system database), `-U` a key in the secure user store.
  { names: ['hdbsql'], dialect: 'postgresql', statementFlags: [], valuedFlags: ['-n', '-i', '-d', '-u', '-p', '-U', '-c', '-I', '-o', '-F', '-G', '-S', '-z', '-sslprovider', '-ssltruststore', '-sslkeystore', '-sslhostnameincert'], fileFlags: ['-I'], statementOperand: 0, databaseFlags: ['-d'], hostFlags: ['-n'], connectionFlags: ['-U'], readFlags: ['-h', '-v', '-version'], shortBooleans: 'jAaxmefgq' },
  { names: ['duckdb'], dialect: 'postgresql', statementFlags: ['-c', '-s', '-cmd'], valuedFlags: ['-init', '-separator', '-newline', '-nullvalue'], fileFlags: ['-init', '-f'], statementOperand: 1, databaseFlags: [], hostFlags: [], readFlags: ['-help', '--help', '-version', '--version'], readOnlyFlags: ['-readonly'], inMemoryWithoutDatabase: true },
  { names: ['litecli'], dialect: 'sqlite', statementFlags: ['-e', '--execute'], valuedFlags: ['-D', '--database', '--myclirc', '--liteclirc', '--auto-vertical-output', '-l', '--logfile', '--prompt'], fileFlags: [], databaseFlags: ['-D', '--database'], hostFlags: [], readFlags: ['--help', '--version'] },
  { names: ['mycli'], localDefault: true, dialect: 'mysql', statementFlags: ['-e', '--execute'], valuedFlags: ['-h', '--host', '-P', '--port', '-u', '--user', '-p', '--password', '-D', '--database', '-S', '--socket', '--myclirc', '-l', '--logfile', '--login-path', '-R', '--prompt', '--ssl-ca', '--ssl-cert', '--ssl-key'], fileFlags: [], databaseFlags: ['-D', '--database'], hostFlags: ['-h', '--host'], readFlags: ['--help', '--version', '-V'] },
  { names: ['pgcli'], localDefault: true, dialect: 'postgresql', statementFlags: ['-e', '--execute'], valuedFlags: ['-h', '--host', '-p', '--port', '-U', '--username', '-u', '--user', '-d', '--dbname', '-W', '--pgclirc', '-D', '--dsn', '--prompt', '--row-limit'], fileFlags: [], databaseFlags: ['-d', '--dbname'], hostFlags: ['-h', '--host'], readFlags: ['--help', '--version', '-v', '--list', '-l'] },
  { names: ['usql'], dialect: 'postgresql', dialectFromUrl: true, statementFlags: ['-c', '--command'], valuedFlags: ['-f', '--file', '-o', '--out', '-v', '--set', '-P', '--pset', '-F', '-R', '--config', '-J'], fileFlags: ['-f', '--file'], databaseFlags: [], hostFlags: [], readFlags: ['--help', '-h', '--version', '-V'] },
  // InfluxDB 1.x `influx -execute 'InfluxQL'` (InfluxQL keywords: DROP MEASUREMENT|SERIES|DATABASE, DELETE FROM); 2.x
  // subcommands (`influx delete|bucket|query`) have no `-execute` and are judged as a service CLI.
  { names: ['influx'], dialect: 'influxql', onlyWithStatement: true, statementFlags: ['-execute'], valuedFlags: ['-host', '-port', '-username', '-password', '-database', '-format', '-precision', '-consistency', '-import', '-path', '-type'], fileFlags: ['-path'], databaseFlags: ['-database'], hostFlags: ['-host'], readFlags: ['-help', '-version'] },
  { names: ['cypher-shell'], dialect: 'cypher', statementFlags: [], valuedFlags: ['-a', '--address', '--uri', '-u', '--username', '-p', '--password', '-d', '--database', '-f', '--file', '--format', '-P', '--param', '--encryption', '--access-mode'], fileFlags: ['-f', '--file'], statementOperand: 0, databaseFlags: ['-d', '--database'], hostFlags: ['-a', '--address', '--uri'], readFlags: ['--help', '-h', '--version', '-v', '--driver-version'] },
];

/** A database file operand: a path to a `.duckdb`, `.db` or `.sqlite` file, no scheme (`md:`, `s3://`). */
export const DATABASE_FILE_OPERAND = /^(?![a-z]+:)[\w./~-]+\.(duckdb|ddb|db|sqlite3?)$/i;

const BY_NAME = new Map<string, DbCliSpec>(DB_CLIS.flatMap((s) => s.names.map((n) => [n, s] as const)));

/** The catalogue entry for a command name (before any subcommand check). */
export function dbCliSpec(name: string): DbCliSpec | undefined {
  return BY_NAME.get(name);
}

const URL_DIALECTS: Array<[RegExp, string]> = [
  [/^(my|mysql|maria|mariadb|tidb|vitess|vt|percona|aurora)(\+\w+)?:/i, 'mysql'],
  [/^(pg|postgres|postgresql|pgsql|redshift|rs|cockroach|cr|crdb|yugabyte)(\+\w+)?:/i, 'postgresql'],
  [/^(ms|mssql|sqlserver|azuresql|tds)(\+\w+)?:/i, 'transactsql'],
  [/^(sq|sqlite|sqlite3|file|duckdb|dk):/i, 'sqlite'],
  [/^(sf|snowflake):/i, 'snowflake'],
  [/^(bq|bigquery):/i, 'bigquery'],
  [/^(tr|trino|presto|pr|athena):/i, 'trino'],
  [/^(hive|hi|spark|databricks):/i, 'hive'],
  [/^(ch|clickhouse):/i, 'mysql'],
  [/^(ca|cassandra|scylla|cql):/i, 'cql'],
];

/** Every value of the statement flags, in order: `-q SQL`, `-qSQL`, `--query=SQL`, `--query SQL`. */
function statementValues(args: Word[], flags: string[]): Array<string | null> {
  const out: Array<string | null> = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) continue;
    if (v === '--') break;
    for (const f of flags) {
      if (v === f) {
        out.push(args[i + 1] ? args[i + 1]!.value : null);
        i++;
        break;
      }
      if (f.startsWith('--') && v.startsWith(`${f}=`)) {
        out.push(v.slice(f.length + 1));
        break;
      }
      // Glued short form (`-qSELECT 1`, `-e"DROP ..."`): only for single-letter flags.
      if (f.length === 2 && v.startsWith(f) && v.length > 2 && !v.startsWith('--')) {
        out.push(v.slice(2));
        break;
      }
    }
  }
  return out;
}

/** Runs a database CLI from the catalogue; returns false when `inv` is not this CLI (wrong subcommand). */
export function dbCli(inv: Invocation, spec: DbCliSpec): boolean {
  const b = inv.env.b;
  let args = inv.args;
  if (spec.shortBooleans !== undefined) {
    const valuedLetters = [...spec.valuedFlags, ...spec.statementFlags].filter((f) => /^-[A-Za-z]$/.test(f)).map((f) => f[1]).join('');
    args = expandShortBundles(args, spec.shortBooleans, valuedLetters);
  }
  if (spec.subcommand !== undefined) {
    if (args[0]?.value !== spec.subcommand) return false;
    args = args.slice(1);
  }
  const pos = positionals(args, new Set([...spec.valuedFlags, ...spec.statementFlags]));
  const url = pos.find((p) => /^[a-z][\w+]*:\/\//i.test(p.value ?? ''))?.value ?? optionValue(args, '--url', '-u', '--uri', '-a', '--address') ?? undefined;
  let dialect = spec.dialect;
  if (spec.dialectFromUrl && url) dialect = URL_DIALECTS.find(([re]) => re.test(url))?.[1] ?? dialect;
  const urlMatch = url ? /^[a-z][\w+]*:\/\/(?:[^@/]*@)?([^/:?]+)(?::\d+)?(?:\/([^?]*))?/i.exec(url) : null;
  const host = optionValue(args, ...spec.hostFlags.filter((f) => f !== '--url')) ?? urlMatch?.[1] ?? (spec.hostOperand !== undefined ? pos[spec.hostOperand]?.value ?? undefined : undefined) ?? inv.env.ctx.host;
  const database = optionValue(args, ...spec.databaseFlags) ?? (urlMatch?.[2] || undefined) ?? inv.env.ctx.database;
  const logon = spec.logonOperand && pos[0] && !shown(pos[0]).startsWith(spec.scriptOperandPrefix ?? '@') ? shown(pos[0]).replace(/^[^@]*@?/, '') : undefined;
  const connection = spec.connectionFlags ? optionValue(args, ...spec.connectionFlags) : logon || undefined;
  const target = () => b.target(envTarget(inv, 'database', `db:${host ?? connection ?? '?'}/${database ?? '?'}`, [clue('db_hosts', host), clue('databases', database), clue('names', host), clue('names', database), clue('names', connection)]));
  const readOnly = spec.readOnlyFlags !== undefined && hasFlag(args, ...spec.readOnlyFlags);
  const operands = pos.filter((p) => !/^[a-z][\w+]*:\/\//i.test(p.value ?? ''));
  const dbOperand = operands[0];
  // A database file whose name says tests or scratch (`duckdb scratch.duckdb`: test-data.ts, the lead's decision 36) is as disposable.
  const scratchFile = spec.inMemoryWithoutDatabase === true && spec.statementOperand === 1 && dbOperand?.value != null && isDisposableDatabaseFile(dbOperand.value) && url === undefined;
  // A database file the client opens on this machine (`duckdb scratch/explore.duckdb`; not `md:` nor a URL), when the
  // statements reach no other database (`ATTACH`): answer 311.
  const localFile = spec.inMemoryWithoutDatabase === true && spec.statementOperand === 1 && url === undefined && DATABASE_FILE_OPERAND.test(dbOperand?.value ?? '') ? dbOperand!.value! : undefined;
  const inMemory = (spec.inMemoryWithoutDatabase === true && spec.statementOperand === 1 && (dbOperand === undefined || dbOperand.value === ':memory:') && url === undefined) || scratchFile;
  const run = (sql: string | null, from: string) => {
    if (connection !== undefined) target();
    if (inMemory && sql !== null && !IN_MEMORY_REACHES_OUT.test(sql)) {
      b.verb('write').finding('in_memory_database', scratchFile ? `\`${inv.name}\` runs the statements against a scratch or test database file` : `\`${inv.name}\` runs the statements against an in-memory database, discarded at exit`, inv.span);
      // A `COPY … TO` writes a file that outlives the database: judged as the file write it is (answer 361.4).
      for (const st of splitStatements(sql)) if (COPY_TO.test(st.text)) classifySqlInto(st.text, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect }, b, inv.span);
      return;
    }
    if (readOnly && sql !== null) {
      target();
      b.verb('read').finding('read_only_connection', `\`${inv.name}\` opens the database read-only: statements that write fail`, inv.span);
      return;
    }
    if (sql === null) {
      target();
      b.opaque('sql_unseen', `\`${inv.name}\` runs statements from ${from}, which is not part of the action`, inv.span);
      return;
    }
    // A runner's service container by its label (answer 212) is read as this machine's server: decision 5's test database.
    const service = url === undefined && connection === undefined && runnerServiceLabel(inv, host);
    const localByDefault = (spec.localDefault === true && host === undefined && url === undefined && connection === undefined) || service;
    classifySqlInto(sql, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect, host: service ? undefined : host ?? undefined, database: database ?? undefined, ...(localByDefault ? { localByDefault } : {}), ...(localFile !== undefined && !IN_MEMORY_REACHES_OUT.test(sql) ? { localFile } : {}) }, b, inv.span);
  };
  const statements = statementValues(args, spec.statementFlags);
  if (spec.onlyWithStatement && statements.length === 0) return false;
  const operandSql = spec.statementOperand !== undefined ? operands.slice(spec.statementOperand) : [];
  for (const s of statements) run(s, 'a value built at run time');
  if (operandSql.length > 0) run(operandSql.some((o) => o.value === null) ? null : operandSql.map((o) => o.value).join(' '), 'a value built at run time');
  if (statements.length > 0 || operandSql.length > 0) return true;
  const file = optionValue(args, ...spec.fileFlags);
  // `-f /dev/stdin` (or `/dev/fd/0`) reads standard input: the here-doc or pipe below, as `-f -` does.
  if (file !== undefined && file !== '-' && !(inv.stdin && (file === '/dev/stdin' || file === '/dev/fd/0'))) {
    run(null, `the file \`${file ?? '?'}\``);
    return true;
  }
  if (spec.scriptOperandPrefix !== undefined && pos.some((p) => shown(p).startsWith(spec.scriptOperandPrefix!))) {
    run(null, `the script \`${shown(pos.find((p) => shown(p).startsWith(spec.scriptOperandPrefix!))!)}\``);
    return true;
  }
  if (inv.stdin) {
    run(inv.stdin.text !== null && spec.clientCommands ? inv.stdin.text.replace(spec.clientCommands, '') : inv.stdin.text, inv.stdin.producer);
    return true;
  }
  if (args.some((a) => spec.readFlags.includes(a.value ?? ''))) {
    b.verb('read');
    return true;
  }
  target();
  b.opaque('interactive_sql', `\`${inv.name}\` opens an interactive session`, inv.span);
  return true;
}

/**
 * The lead's answers 186 and 212: on a CI runner (the session in a checkout in the runner's work folder, decision 38,
 * isCiAgentCheckout), a database server on the loopback, on no host (the client's default), or reached by a service
 * container's label (CI_SERVICE_LABEL: `-h postgres`, `-h redis`) is the job's service container: a test store (decision
 * 40), made again for the next job. Run through ssh, kubectl or a cloud shell, with a value not fixed, or with anything
 * naming a live tier (a variable, a flag, the inventory's targets), it is not known to be.
 */
export function ciRunnerServiceHost(inv: Invocation, host: string | undefined): boolean {
  const cwd = inv.scope.cwd;
  if (cwd === undefined || !isCiAgentCheckout(cwd, inv.scope.workspace)) return false;
  if (inv.args.some((a) => a.value === null)) return false;
  if (inv.env.b.targets.some((t) => t.kind === 'host' || t.kind === 'kubernetes' || t.kind === 'cloud' || t.kind === 'control_plane')) return false;
  if (targetsLiveTier(inv.env.inventory, inv.env.b.targets) || invocationNamesLiveTier(inv, true)) return false;
  return host === undefined || isLocalDatabaseHost(host) || CI_SERVICE_LABEL.test(host);
}

/** A host that is a runner's service container by its label (`-h postgres` on a runner: ciRunnerServiceHost), read as this machine's server. */
export function runnerServiceLabel(inv: Invocation, host: string | null | undefined): boolean {
  return typeof host === 'string' && CI_SERVICE_LABEL.test(host) && ciRunnerServiceHost(inv, host);
}

/**
 * `bq query SQL` runs the SQL (GoogleSQL); `--replace` with a destination table, or on `bq load`,
 * overwrites the table; `bq update --expiration` schedules a deletion. Returns false for other `bq` commands
 * (judged as a cloud CLI).
 */
/**
 * A BigQuery table or dataset (`PROJECT:DATASET[.TABLE]`) a developer keeps as scratch: a dated scratch table
 * (datedScratchTable, the lead's answer 65), or a table or dataset named scratch or tmp by a whole word (its own name or its
 * dataset's; not a shared `ci` name; `sandbox` alone is dev data, answer 236: answer 193), in a project named development,
 * with no word of the command naming production or staging. Dropped (`bq rm`) or overwritten (`--replace`, `cp -f`), it
 * is decision 36's and answer 72's throwaway.
 */
export function devScratchBqName(inv: Invocation, name: string): boolean {
  const m = /^([\w-]+):(\w+)(?:\.(\w+))?$/.exec(name);
  if (m === null || inv.args.some((a) => a.value === null) || heuristicEnvironment(m[1]!) !== 'dev' || invocationNamesLiveTier(inv, true)) return false;
  const scratch = (n: string | undefined): boolean => n !== undefined && namesDisposable(n, SCRATCH_WORDS_BUT_SANDBOX) && !namesSharedCiResource(n);
  return (m[3] !== undefined && datedScratchTable(`${m[2]}.${m[3]}`)) || scratch(m[2]) || scratch(m[3]);
}

/** The destination of `--replace` or `cp -f` is a developer's scratch table (devScratchBqName): overwritten, a write. */
function scratchDestination(inv: Invocation, destination: string | null | undefined): boolean {
  if (typeof destination !== 'string' || !devScratchBqName(inv, destination)) return false;
  inv.env.b.verb('write').finding('dev_scratch_table', `\`${destination}\` is a developer's scratch table, overwritten`, inv.span);
  return true;
}

export function bq(inv: Invocation): boolean {
  const b = inv.env.b;
  const valued = new Set(['--project_id', '--dataset_id', '--location', '--destination_table', '--expiration', '--time_partitioning_expiration', '--description', '--default_table_expiration', '--default_partition_expiration', '--parameter', '--format', '--max_rows', '-n', '--job_id', '--api', '--source_format', '--schema', '--time_partitioning_field', '--clustering_fields', '--label']);
  const pos = positionals(inv.args, valued);
  const sub = pos[0]?.value;
  if (sub === 'update') {
    // bq reference: `--expiration N` (seconds; 0 removes it) schedules the table's deletion, and
    // `--time_partitioning_expiration N` deletes every partition older than N seconds.
    const expiry = [optionValue(inv.args, '--expiration'), optionValue(inv.args, '--time_partitioning_expiration')].filter((v) => v !== undefined);
    const defaults = [optionValue(inv.args, '--default_table_expiration'), optionValue(inv.args, '--default_partition_expiration')].filter((v) => v !== undefined);
    if (expiry.length === 0 && defaults.length === 0) return false;
    const table = pos[1]?.value;
    const target = envTarget(inv, 'database', `bigquery:${table ?? '?'}`, [clue('names', table)]);
    b.target(target).verb('write');
    const sets = (values: Array<string | null | undefined>) => values.some((v) => v === null || !/^(0|-1)$/.test(v ?? ''));
    if (sets(expiry)) b.verb('delete').destroy('bq_expiration', `\`bq update\` sets an expiration: BigQuery deletes \`${table ?? 'the table'}\` (or its old partitions) when it passes`, inv.span);
    // A dataset's default expiration deletes the tables (or partitions) written there from now on; in a production
    // dataset that is every table its pipelines recreate. Elsewhere it is how scratch datasets keep tidy (the lead's
    // answer 65, round 19).
    else if (sets(defaults) && tierOfEnvironment(inv.env.inventory, target.environment) === 'production') {
      b.verb('delete').destroy('bq_expiration', `\`bq update\` sets a default expiration on a production dataset: tables written to \`${table ?? 'it'}\` are deleted when it passes`, inv.span);
    }
    return true;
  }
  if (sub === 'cp') {
    // bq reference: `cp -f|--force` overwrites an existing destination table without prompting; `-a|--append_table`
    // appends and `-n|--no_clobber` never overwrites (without any of them bq asks first).
    const destination = pos[pos.length - 1]?.value;
    b.target(envTarget(inv, 'database', `bigquery:${destination ?? '?'}`, [clue('names', destination)])).verb('write');
    if (hasFlag(inv.args, '-f', '--force', '--force=true') && !hasFlag(inv.args, '-a', '--append_table', '-n', '--no_clobber') && !scratchDestination(inv, destination)) b.verb('replace').destroy('bq_replace', `\`bq cp --force\` overwrites \`${destination ?? 'the destination table'}\``, inv.span);
    return true;
  }
  if (sub !== 'query' && sub !== 'load') return false;
  const project = optionValue(inv.args, '--project_id');
  const destination = optionValue(inv.args, '--destination_table') ?? (sub === 'load' ? pos[1]?.value : undefined);
  // A table named with its project (`project.dataset.table`, BigQuery's fully qualified name) says which project the
  // statement acts on, as `--project_id` does.
  const fixed = pos.slice(1).every((w) => w.value !== null) ? pos.slice(1).map((w) => w.value).join(' ') : '';
  const named = sub === 'query' ? [...new Set([...fixed.matchAll(/`?\b([a-z][a-z0-9-]{4,28}[a-z0-9])\.[A-Za-z_]\w*\.[A-Za-z_][\w-]*`?/g)].map((m) => m[1]!))] : [];
  b.target(envTarget(inv, 'database', `bigquery:${project ?? named[0] ?? '?'}/${destination ?? '?'}`, [clue('gcp_projects', project), clue('names', project), clue('names', destination), ...named.flatMap((n) => [clue('gcp_projects', n), clue('names', n)])]));
  if (hasFlag(inv.args, '--replace') && !inv.args.some((a) => a.value === '--replace=false' || a.value === '--noreplace') && !scratchDestination(inv, destination)) {
    b.verb('write', 'replace').destroy('bq_replace', `\`bq ${sub} --replace\` overwrites \`${destination ?? 'the destination table'}\``, inv.span);
  }
  if (sub === 'load') {
    b.verb('write');
    return true;
  }
  if (hasFlag(inv.args, '--dry_run')) {
    b.verb('read').finding('dry_run', 'dry run changes nothing');
    return true;
  }
  const sql = pos.slice(1);
  if (sql.length === 0) {
    if (inv.stdin) classifySqlInto(inv.stdin.text ?? '', { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: 'bigquery' }, b, inv.span);
    if (!inv.stdin || inv.stdin.text === null) b.opaque('sql_unseen', '`bq query` runs SQL that is not part of the action', inv.span);
    return true;
  }
  if (sql.some((w) => w.value === null)) b.opaque('sql_unseen', '`bq query` runs SQL built at run time', inv.span);
  else classifySqlInto(sql.map((w) => w.value).join(' '), { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: 'bigquery' }, b, inv.span);
  return true;
}

/**
 * MySQL Shell serves three languages (MySQL Shell reference, "Command options"): `--sql|--sqlx|--sqlc` run SQL,
 * `--js|--javascript` (the default) and `--py|--python` run the AdminAPI / X DevAPI. `-e CODE` is judged in the
 * language chosen: SQL by the SQL classifier; code by the API calls it makes (`drop_schema`, `dropCollection`,
 * `dba.drop_metadata_schema`, `cluster.dissolve`, a `delete()`/`remove('true')` with no condition) and by the
 * SQL it passes to `session.sql(...)`/`run_sql(...)`.
 */
const MYSQLSH_VALUED = new Set(['-e', '--execute', '-f', '--file', '--uri', '-u', '--user', '-h', '--host', '-P', '--port', '-S', '--socket', '-D', '--schema', '--database', '--password', '-p', '--result-format', '--log-level', '--dba-log-sql', '--name-cache', '--ssl-mode', '--cluster', '--replicaset']);
const MYSQLSH_DESTROY = /\b(drop_?[sS]chema|drop_?[cC]ollection|drop_?[tT]able|drop_?[vV]iew|drop_?[mM]etadata_?[sS]chema|dissolve|delete_?[sS]andbox_?[iI]nstance|kill_?[sS]andbox_?[iI]nstance|remove_?[iI]nstance|remove_?[rR]outer_?[mM]etadata)\s*\(/;
const MYSQLSH_DELETE_ALL = /\.(delete|remove)\s*\(\s*(['"]\s*(true|1)\s*['"])?\s*\)(?![\s\S]*?\.(where|limit)\s*\()/;
const MYSQLSH_WRITES = /\.(insert|add|modify|update|set\w*|create\w*|configure\w*|rescan|reboot\w*|rejoin\w*|force_?[qQ]uorum\w*|load_?[dD]ump|import\w*|copy\w*|upgrade\w*|switch\w*|grant\w*|revoke\w*|delete|remove)\s*\(/;

/**
 * MySQL Shell's API command line ("API Command Line Integration": `mysqlsh [options] -- OBJECT METHOD [ARGS]`): the
 * words after `--` call OBJECT's METHOD, its name written with dashes (`cluster status` is `cluster.status()`, `util
 * load-dump DIR` is `util.loadDump(DIR)`, `cluster remove-instance H` is `cluster.removeInstance(H)`): the call as code,
 * judged as `-e` code is. Null when a word is not fixed; undefined without `--`.
 */
function apiCommandLine(args: Word[]): string | null | undefined {
  const at = args.findIndex((a) => a.value === '--');
  if (at < 0) return undefined;
  const [object, method] = args.slice(at + 1, at + 3);
  if (object?.value == null || method?.value == null) return null;
  return `${object.value}.${method.value.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())}()`;
}

export function mysqlsh(inv: Invocation): void {
  const b = inv.env.b;
  const args = inv.args;
  const pos = positionals(args, MYSQLSH_VALUED);
  const uri = optionValue(args, '--uri') ?? pos.find((p) => /[@:/]/.test(p.value ?? ''))?.value ?? undefined;
  const m = uri ? /^(?:[a-z]+:\/\/)?(?:[^@/]*@)?([^/:?]+)(?::\d+)?(?:\/([^?]*))?/i.exec(uri) : null;
  const host = optionValue(args, '-h', '--host') ?? m?.[1] ?? inv.env.ctx.host;
  const database = optionValue(args, '-D', '--schema', '--database') ?? (m?.[2] || undefined) ?? inv.env.ctx.database;
  const target = () => b.target(envTarget(inv, 'database', `db:${host ?? '?'}/${database ?? '?'}`, [clue('db_hosts', host), clue('databases', database), clue('names', host), clue('names', database)]));
  const sqlMode = hasFlag(args, '--sql', '--sqlx', '--sqlc');
  const api = apiCommandLine(args);
  const code = api !== undefined ? api : optionValue(args, '-e', '--execute') ?? (hasFlag(args, '-f', '--file') ? null : inv.stdin ? inv.stdin.text : undefined);
  if (code === undefined) {
    if (hasFlag(args, '--help', '-?', '--version', '-V')) b.verb('read');
    else {
      target();
      b.opaque('interactive_sql', '`mysqlsh` opens an interactive session', inv.span);
    }
    return;
  }
  if (code === null) {
    target();
    b.opaque('sql_unseen', '`mysqlsh` runs statements that are not part of the action', inv.span);
    return;
  }
  const scope = { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: 'mysql', host: host ?? undefined, database: database ?? undefined };
  if (sqlMode) {
    classifySqlInto(code, scope, b, inv.span);
    return;
  }
  target();
  for (const call of code.matchAll(/\b(sql|run_?[sS]ql)\s*\(\s*(['"])((?:\\.|(?!\2).)*)\2/g)) classifySqlInto(call[3]!, scope, b, inv.span);
  if (MYSQLSH_DESTROY.test(code)) b.verb('delete').destroy('mysqlsh_drop', `\`mysqlsh\` code drops a schema, collection or cluster: \`${code.slice(0, 60)}\``, inv.span);
  else if (MYSQLSH_DELETE_ALL.test(code)) b.verb('delete').destroy('mysqlsh_delete_all', '`mysqlsh` code deletes every row or document (no condition)', inv.span);
  else if (MYSQLSH_WRITES.test(code)) b.verb('write');
  else if (/\b(sql|run_?[sS]ql)\s*\(/.test(code) && !/\b(sql|run_?[sS]ql)\s*\(\s*['"]/.test(code)) b.opaque('sql_unseen', '`mysqlsh` runs SQL built at run time', inv.span);
  else b.verb('read');
}
