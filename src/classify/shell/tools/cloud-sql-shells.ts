import type { Invocation } from '../invocation.ts';
import { classifySqlInto } from '../../sql/sql.ts';
import { optionValue, positionals } from './common.ts';

/**
 * A platform CLI's own SQL client for the hosted database it manages (round 33, blind33-cloudwork): the statements given
 * on the line are judged as SQL against that database, as `psql -c` and `wrangler d1 execute --remote` are; a file is
 * unseen (decision 41); no statement and no standard input is an interactive session (unknown, as `psql` alone).
 * - Heroku CLI `pg:psql [DATABASE] [-c|--command SQL] [-f|--file FILE]` ("open a psql shell to the database", Heroku
 *   CLI reference): Heroku Postgres, the app's own hosted database;
 * - Azure CLI `postgres|mysql flexible-server execute -q|--querytext SQL | -f|--file-path FILE` (az reference);
 * - Turso CLI `db shell DATABASE [SQL]` (Turso CLI reference: "the SQL to run" as the operand after the database);
 * - flyctl `postgres|pg connect -a APP` and PlanetScale `pscale shell DATABASE BRANCH`: a psql or mysql session fed by
 *   standard input when one is piped (`echo 'DROP TABLE t' | fly pg connect -a db`), interactive otherwise.
 * The hosted database counts as production unless something names it otherwise (decision 40, as D1's `--remote`).
 */
interface SqlShell {
  /** The subcommand words, from the first. */
  sub: RegExp;
  sql?: readonly string[];
  file?: readonly string[];
  /** The SQL is the operand after the database name (turso). */
  operandAfterDatabase?: boolean;
  dialect: string;
  label: string;
}

const CLOUD_SQL_SHELLS: Readonly<Record<string, readonly SqlShell[]>> = {
  heroku: [{ sub: /^pg:psql$/, sql: ['-c', '--command'], file: ['-f', '--file'], dialect: 'postgresql', label: 'heroku pg:psql' }],
  az: [
    { sub: /^postgres flexible-server execute$/, sql: ['-q', '--querytext'], file: ['-f', '--file-path'], dialect: 'postgresql', label: 'az postgres flexible-server execute' },
    { sub: /^mysql flexible-server execute$/, sql: ['-q', '--querytext'], file: ['-f', '--file-path'], dialect: 'mysql', label: 'az mysql flexible-server execute' },
  ],
  turso: [{ sub: /^db shell$/, operandAfterDatabase: true, dialect: 'sqlite', label: 'turso db shell' }],
  fly: [{ sub: /^(postgres|pg) connect$/, dialect: 'postgresql', label: 'fly postgres connect' }],
  flyctl: [{ sub: /^(postgres|pg) connect$/, dialect: 'postgresql', label: 'flyctl postgres connect' }],
  pscale: [{ sub: /^shell$/, dialect: 'mysql', label: 'pscale shell' }],
};

/** Judges `words` (the positionals after the CLI's name) when they are one of CLOUD_SQL_SHELLS; false otherwise. */
export function cloudSqlShell(inv: Invocation, words: readonly string[]): boolean {
  // The first shell whose subcommand is the first one, two or three words, and how many words it took.
  let shell: SqlShell | undefined;
  let length = 0;
  for (const s of CLOUD_SQL_SHELLS[inv.name] ?? []) {
    length = [1, 2, 3].find((n) => s.sub.test(words.slice(0, n).join(' '))) ?? 0;
    if (length > 0) {
      shell = s;
      break;
    }
  }
  if (!shell) return false;
  const b = inv.env.b;
  const database = shell.operandAfterDatabase ? words[length] : (optionValue(inv.args, '-d', '--database-name') ?? optionValue(inv.args, '-a', '--app') ?? words[length]);
  let sql: string | null | undefined;
  if (shell.operandAfterDatabase) {
    const dbAt = inv.args.findIndex((a) => a.value === database);
    const rest = dbAt < 0 ? [] : inv.args.slice(dbAt + 1).filter((a) => a.value === null || !a.value.startsWith('-'));
    sql = rest.length === 0 ? undefined : rest[0]!.value;
  } else sql = shell.sql ? optionValue(inv.args, ...shell.sql) : undefined;
  const file = shell.file ? optionValue(inv.args, ...shell.file) : undefined;
  if (sql === null || (sql === undefined && file !== undefined)) {
    b.verb('exec').opaque('sql_unseen', `\`${shell.label}\` runs SQL that is not part of the action`, inv.span);
    return true;
  }
  const text = sql ?? (inv.stdin ? inv.stdin.text : undefined);
  if (text === null) {
    b.verb('exec').opaque('sql_unseen', `\`${shell.label}\` runs SQL from its input, which is not fixed`, inv.span);
    return true;
  }
  if (text === undefined) {
    b.opaque('interactive_sql', `\`${shell.label}\` opens an interactive session`, inv.span);
    return true;
  }
  classifySqlInto(text, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: shell.dialect, database: typeof database === 'string' ? database : undefined, untieredIsProduction: true }, b, inv.span);
  return true;
}

/**
 * Round 38 (sh38): Patroni's `patronictl query [CLUSTER] -c|--command SQL | -f|--file FILE` ("patronictl query": runs the
 * statement on a member of the cluster, the leader by default) is that cluster's SQL client: the statement on the line is
 * judged as SQL against the cluster's database, which counts as production unless something names it otherwise
 * (decision 40); a file is unseen (decision 41). Before `query`, `-c` is patronictl's own `--config-file`; after it,
 * the statement. Returns false when the line is not a query (the catalogue's entry judges it).
 */
const PATRONI_GLOBAL = ['-c', '--config-file', '--dcs-url', '--dcs', '-k', '--insecure'];
const PATRONI_QUERY_VALUED = ['-c', '--command', '-f', '--file', '-r', '--role', '-m', '--member', '-d', '--dbname', '-U', '--username', '--format', '--delimiter', '-W', '--group'];
export function patroniQuery(inv: Invocation): boolean {
  const words = positionals(inv.args, new Set(PATRONI_GLOBAL.filter((o) => o !== '-k' && o !== '--insecure')));
  if (words[0]?.value !== 'query') return false;
  const rest = inv.args.slice(inv.args.indexOf(words[0]) + 1);
  const b = inv.env.b;
  const sql = optionValue(rest, '-c', '--command');
  const file = optionValue(rest, '-f', '--file');
  if (sql === null || file !== undefined) {
    b.verb('exec').opaque('sql_unseen', '`patronictl query` runs SQL that is not part of the action', inv.span);
    return true;
  }
  if (sql === undefined) {
    b.verb('exec').opaque('sql_unseen', '`patronictl query` names no statement', inv.span);
    return true;
  }
  const cluster = positionals(rest, new Set(PATRONI_QUERY_VALUED))[0]?.value ?? undefined;
  classifySqlInto(sql, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: 'postgresql', database: optionValue(rest, '-d', '--dbname') ?? cluster ?? undefined, untieredIsProduction: true }, b, inv.span);
  return true;
}
