import { classifySqlInto } from '../../sql/sql.ts';
import type { Invocation } from '../invocation.ts';
import type { Word } from '../words.ts';
import { clue, envTarget, hasFlag, optionValue, positionals } from './common.ts';

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
  /** SQL dialect for the parser (node-sql-parser build name); `cypher` and `cql` fall back to keywords. */
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
}

export const DB_CLIS: readonly DbCliSpec[] = [
  { names: ['sqlcmd', 'mssql-cli', 'osql', 'isql', 'bcp-sql'], dialect: 'transactsql', statementFlags: ['-Q', '-q', '--query'], valuedFlags: ['-S', '-d', '-U', '-P', '-i', '-o', '-H', '-l', '-t', '-s', '-W', '-w', '-v', '-A', '-G', '-C', '-N', '-a', '-c', '-e', '-f', '-h', '-k', '-m', '-r', '-u', '-y', '-Y', '--server', '--database', '--username'], fileFlags: ['-i', '--input-file'], databaseFlags: ['-d', '--database'], hostFlags: ['-S', '--server'], readFlags: ['-?', '--help', '--version', '-L'] },
  { names: ['clickhouse-client'], dialect: 'mysql', statementFlags: ['-q', '--query'], valuedFlags: ['-h', '--host', '--port', '-u', '--user', '--password', '-d', '--database', '--format', '-f', '--queries-file', '--config-file', '-C', '--multiquery', '--param_name', '--max_threads'], fileFlags: ['--queries-file'], databaseFlags: ['-d', '--database'], hostFlags: ['-h', '--host'], readFlags: ['--help', '--version', '-V'] },
  { names: ['clickhouse'], subcommand: 'client', dialect: 'mysql', statementFlags: ['-q', '--query'], valuedFlags: ['-h', '--host', '--port', '-u', '--user', '--password', '-d', '--database', '--format', '-f', '--queries-file', '--config-file', '-C', '--multiquery', '--param_name', '--max_threads'], fileFlags: ['--queries-file'], databaseFlags: ['-d', '--database'], hostFlags: ['-h', '--host'], readFlags: ['--help', '--version', '-V'] },
  { names: ['cqlsh'], dialect: 'cql', statementFlags: ['-e', '--execute'], valuedFlags: ['-u', '--username', '-p', '--password', '-k', '--keyspace', '-f', '--file', '--cqlshrc', '--cqlversion', '--protocol-version', '--encoding', '--connect-timeout', '--request-timeout', '-b', '--secure-connect-bundle'], fileFlags: ['-f', '--file'], databaseFlags: ['-k', '--keyspace'], hostFlags: [], readFlags: ['--help', '--version', '-h'] },
  { names: ['snowsql'], dialect: 'snowflake', statementFlags: ['-q', '--query'], valuedFlags: ['-a', '--accountname', '-u', '--username', '-d', '--dbname', '-s', '--schemaname', '-r', '--rolename', '-w', '--warehouse', '-h', '--host', '-p', '--port', '-f', '--filename', '-c', '--connection', '-o', '--option', '-D', '--variable', '--config', '--authenticator'], fileFlags: ['-f', '--filename'], databaseFlags: ['-d', '--dbname'], hostFlags: ['-a', '--accountname'], readFlags: ['--help', '-v', '--version'] },
  { names: ['trino', 'presto', 'trino-cli', 'presto-cli'], dialect: 'trino', statementFlags: ['--execute', '-e'], valuedFlags: ['--server', '--catalog', '--schema', '--user', '--file', '-f', '--output-format', '--session', '--source', '--password', '--access-token'], fileFlags: ['--file', '-f'], databaseFlags: ['--catalog', '--schema'], hostFlags: ['--server'], readFlags: ['--help', '--version'] },
  { names: ['beeline'], dialect: 'hive', statementFlags: ['-e'], valuedFlags: ['-u', '-n', '-p', '-d', '-f', '-i', '--hivevar', '--hiveconf', '-w', '--outputformat', '--property-file'], fileFlags: ['-f'], databaseFlags: [], hostFlags: ['-u'], readFlags: ['--help', '-h'] },
  { names: ['hive'], dialect: 'hive', statementFlags: ['-e'], valuedFlags: ['-f', '-i', '--hivevar', '--hiveconf', '-d', '--define', '--database'], fileFlags: ['-f'], databaseFlags: ['--database'], hostFlags: [], readFlags: ['--help', '-H'] },
  { names: ['spark-sql'], dialect: 'hive', statementFlags: ['-e'], valuedFlags: ['-f', '-i', '--master', '--conf', '--name', '--jars', '--packages', '--database', '-d', '--define', '--hiveconf', '--hivevar', '--driver-memory', '--executor-memory', '--num-executors'], fileFlags: ['-f'], databaseFlags: ['--database'], hostFlags: ['--master'], readFlags: ['--help', '-h', '--version'] },
  { names: ['impala-shell'], dialect: 'hive', statementFlags: ['-q', '--query'], valuedFlags: ['-i', '--impalad', '-d', '--database', '-f', '--query_file', '-u', '--user', '-o', '--output_file', '--var', '--config_file', '-k'], fileFlags: ['-f', '--query_file'], databaseFlags: ['-d', '--database'], hostFlags: ['-i', '--impalad'], readFlags: ['--help', '-h', '--version', '-v'] },
  { names: ['cockroach'], subcommand: 'sql', dialect: 'postgresql', statementFlags: ['-e', '--execute'], valuedFlags: ['--url', '--host', '--port', '-p', '--user', '-u', '--database', '-d', '--certs-dir', '--file', '-f', '--format', '--set'], fileFlags: ['--file', '-f'], databaseFlags: ['--database', '-d'], hostFlags: ['--host', '--url'], readFlags: ['--help', '-h'] },
  { names: ['vsql'], dialect: 'postgresql', statementFlags: ['-c', '--command'], valuedFlags: ['-h', '-p', '-U', '-w', '-d', '-f', '-o', '-v', '-F', '-R', '-P', '-C', '-k', '-K'], fileFlags: ['-f'], databaseFlags: ['-d'], hostFlags: ['-h'], readFlags: ['--help', '-?', '--version', '-V', '-l'] },
  { names: ['duckdb'], dialect: 'postgresql', statementFlags: ['-c', '-s', '-cmd'], valuedFlags: ['-init', '-separator', '-newline', '-nullvalue'], fileFlags: ['-init', '-f'], statementOperand: 1, databaseFlags: [], hostFlags: [], readFlags: ['-help', '--help', '-version', '--version'] },
  { names: ['litecli'], dialect: 'sqlite', statementFlags: ['-e', '--execute'], valuedFlags: ['-D', '--database', '--myclirc', '--liteclirc', '--auto-vertical-output', '-l', '--logfile', '--prompt'], fileFlags: [], databaseFlags: ['-D', '--database'], hostFlags: [], readFlags: ['--help', '--version'] },
  { names: ['mycli'], dialect: 'mysql', statementFlags: ['-e', '--execute'], valuedFlags: ['-h', '--host', '-P', '--port', '-u', '--user', '-p', '--password', '-D', '--database', '-S', '--socket', '--myclirc', '-l', '--logfile', '--login-path', '-R', '--prompt', '--ssl-ca', '--ssl-cert', '--ssl-key'], fileFlags: [], databaseFlags: ['-D', '--database'], hostFlags: ['-h', '--host'], readFlags: ['--help', '--version', '-V'] },
  { names: ['pgcli'], dialect: 'postgresql', statementFlags: ['-e', '--execute'], valuedFlags: ['-h', '--host', '-p', '--port', '-U', '--username', '-u', '--user', '-d', '--dbname', '-W', '--pgclirc', '-D', '--dsn', '--prompt', '--row-limit'], fileFlags: [], databaseFlags: ['-d', '--dbname'], hostFlags: ['-h', '--host'], readFlags: ['--help', '--version', '-v', '--list', '-l'] },
  { names: ['usql'], dialect: 'postgresql', dialectFromUrl: true, statementFlags: ['-c', '--command'], valuedFlags: ['-f', '--file', '-o', '--out', '-v', '--set', '-P', '--pset', '-F', '-R', '--config', '-J'], fileFlags: ['-f', '--file'], databaseFlags: [], hostFlags: [], readFlags: ['--help', '-h', '--version', '-V'] },
  { names: ['cypher-shell'], dialect: 'cypher', statementFlags: [], valuedFlags: ['-a', '--address', '--uri', '-u', '--username', '-p', '--password', '-d', '--database', '-f', '--file', '--format', '-P', '--param', '--encryption', '--access-mode'], fileFlags: ['-f', '--file'], statementOperand: 0, databaseFlags: ['-d', '--database'], hostFlags: ['-a', '--address', '--uri'], readFlags: ['--help', '-h', '--version', '-v', '--driver-version'] },
];

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
  if (spec.subcommand !== undefined) {
    if (args[0]?.value !== spec.subcommand) return false;
    args = args.slice(1);
  }
  const pos = positionals(args, new Set([...spec.valuedFlags, ...spec.statementFlags]));
  const url = pos.find((p) => /^[a-z][\w+]*:\/\//i.test(p.value ?? ''))?.value ?? optionValue(args, '--url', '-u', '--uri', '-a', '--address') ?? undefined;
  let dialect = spec.dialect;
  if (spec.dialectFromUrl && url) dialect = URL_DIALECTS.find(([re]) => re.test(url))?.[1] ?? dialect;
  const urlMatch = url ? /^[a-z][\w+]*:\/\/(?:[^@/]*@)?([^/:?]+)(?::\d+)?(?:\/([^?]*))?/i.exec(url) : null;
  const host = optionValue(args, ...spec.hostFlags.filter((f) => f !== '--url')) ?? urlMatch?.[1] ?? inv.env.ctx.host;
  const database = optionValue(args, ...spec.databaseFlags) ?? (urlMatch?.[2] || undefined) ?? inv.env.ctx.database;
  const target = () => b.target(envTarget(inv, 'database', `db:${host ?? '?'}/${database ?? '?'}`, [clue('db_hosts', host), clue('databases', database), clue('names', host), clue('names', database)]));
  const run = (sql: string | null, from: string) => {
    if (sql === null) {
      target();
      b.opaque('sql_unseen', `\`${inv.name}\` runs statements from ${from}, which is not part of the action`, inv.span);
      return;
    }
    classifySqlInto(sql, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect, host: host ?? undefined, database: database ?? undefined }, b, inv.span);
  };
  const statements = statementValues(args, spec.statementFlags);
  const operands = pos.filter((p) => !/^[a-z][\w+]*:\/\//i.test(p.value ?? ''));
  const operandSql = spec.statementOperand !== undefined ? operands.slice(spec.statementOperand) : [];
  for (const s of statements) run(s, 'a value built at run time');
  if (operandSql.length > 0) run(operandSql.some((o) => o.value === null) ? null : operandSql.map((o) => o.value).join(' '), 'a value built at run time');
  if (statements.length > 0 || operandSql.length > 0) return true;
  const file = optionValue(args, ...spec.fileFlags);
  if (file !== undefined && file !== '-') {
    run(null, `the file \`${file ?? '?'}\``);
    return true;
  }
  if (inv.stdin) {
    run(inv.stdin.text, inv.stdin.producer);
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
 * `bq query SQL` runs the SQL (GoogleSQL); `--replace` with a destination table, or on `bq load`,
 * overwrites the table. Returns false for other `bq` commands (judged as a cloud CLI).
 */
export function bq(inv: Invocation): boolean {
  const b = inv.env.b;
  const valued = new Set(['--project_id', '--dataset_id', '--location', '--destination_table', '--parameter', '--format', '--max_rows', '-n', '--job_id', '--api', '--source_format', '--schema', '--time_partitioning_field', '--clustering_fields', '--label']);
  const pos = positionals(inv.args, valued);
  const sub = pos[0]?.value;
  if (sub !== 'query' && sub !== 'load') return false;
  const project = optionValue(inv.args, '--project_id');
  const destination = optionValue(inv.args, '--destination_table') ?? (sub === 'load' ? pos[1]?.value : undefined);
  b.target(envTarget(inv, 'database', `bigquery:${project ?? '?'}/${destination ?? '?'}`, [clue('gcp_projects', project), clue('names', project), clue('names', destination)]));
  if (hasFlag(inv.args, '--replace') && !inv.args.some((a) => a.value === '--replace=false' || a.value === '--noreplace')) {
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
