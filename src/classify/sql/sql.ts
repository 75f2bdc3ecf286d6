import { createRequire } from 'node:module';
import type { ActionContext, Inventory } from '../../core/index.ts';
import type { FactsBuilder, Span } from '../builder.ts';
import { resolveEnvironment } from '../environment.ts';

/**
 * SQL with node-sql-parser: every statement of a (multi-statement) input is parsed and judged.
 * node-sql-parser does not know every statement (`DROP DATABASE`, `VACUUM`, `EXPLAIN`); those fall
 * back to their leading keywords with confidence `partial`, and a statement whose first keywords we do
 * not know is opaque.
 */

interface SqlParser {
  astify(sql: string, opt?: { database?: string }): unknown;
}

const BUILDS: Record<string, string> = {
  postgresql: 'postgresql', postgres: 'postgresql', pg: 'postgresql', psql: 'postgresql', redshift: 'redshift', mysql: 'mysql', mariadb: 'mariadb',
  sqlite: 'sqlite', sqlite3: 'sqlite', bigquery: 'bigquery', snowflake: 'snowflake', mssql: 'transactsql', tsql: 'transactsql', transactsql: 'transactsql',
  sqlserver: 'transactsql', trino: 'trino', athena: 'athena', hive: 'hive', db2: 'db2', flinksql: 'flinksql',
};

const parsers = new Map<string, SqlParser | null>();
const require = createRequire(import.meta.url);

/** Loaded on first use, one dialect at a time: a hook that never sees SQL never pays for it. */
function parserFor(dialect: string | undefined): SqlParser | null {
  const build = BUILDS[(dialect ?? 'postgresql').toLowerCase()] ?? 'postgresql';
  if (!parsers.has(build)) {
    try {
      const mod = require(`node-sql-parser/build/${build}.js`) as { Parser: new () => SqlParser };
      parsers.set(build, new mod.Parser());
    } catch {
      parsers.set(build, null);
    }
  }
  return parsers.get(build) ?? null;
}

/** Splits on `;` outside quotes, dollar-quotes and comments; keeps offsets for findings. */
export function splitStatements(sql: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const close = sql.indexOf(c, i + 1);
      i = close === -1 ? sql.length : close + 1;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl === -1 ? sql.length : nl;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close === -1 ? sql.length : close + 2;
      continue;
    }
    if (c === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))?.[0];
      if (tag) {
        const close = sql.indexOf(tag, i + tag.length);
        i = close === -1 ? sql.length : close + tag.length;
        continue;
      }
    }
    if (c === ';') {
      out.push({ text: sql.slice(start, i), start });
      start = i + 1;
    }
    i++;
  }
  out.push({ text: sql.slice(start), start });
  return out.filter((s) => stripComments(s.text).trim() !== '');
}

function stripComments(s: string): string {
  return s.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
}

type Ast = Record<string, unknown>;

function isObj(x: unknown): x is Ast {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function hasColumnRef(x: unknown): boolean {
  if (Array.isArray(x)) return x.some(hasColumnRef);
  if (!isObj(x)) return false;
  if (x.type === 'column_ref') return true;
  return Object.values(x).some(hasColumnRef);
}

/** Whether a WHERE clause can narrow the rows: `1=1`, `true`, `id = id`, `x OR true` do not. */
export function narrows(where: unknown): boolean {
  if (!isObj(where)) return false;
  if (where.type === 'binary_expr') {
    const op = String(where.operator).toUpperCase();
    if (op === 'AND') return narrows(where.left) || narrows(where.right);
    if (op === 'OR') return narrows(where.left) && narrows(where.right);
    const same = JSON.stringify(where.left) === JSON.stringify(where.right);
    if (same) return false;
    // `x LIKE '%'` matches every non-null value.
    if (/^(I?LIKE|SIMILAR TO)$/.test(op) && isObj(where.right) && typeof where.right.value === 'string' && /^%+$/.test(where.right.value)) return false;
    // `id IN (SELECT id FROM t)` with no WHERE or LIMIT in the subquery selects every row.
    if (op === 'IN' && isObj(where.right) && Array.isArray(where.right.value)) {
      const sub = where.right.value.find((v): v is Ast => isObj(v) && isObj(v.ast));
      const ast = sub?.ast as Ast | undefined;
      if (ast && ast.type === 'select' && !ast.where && !(isObj(ast.limit) && Array.isArray(ast.limit.value) && ast.limit.value.length > 0)) return false;
    }
    // `a.x = b.y` (a join condition) matches whole tables, not chosen rows.
    if (isObj(where.left) && isObj(where.right) && where.left.type === 'column_ref' && where.right.type === 'column_ref') return false;
    if (op === 'IS NOT' && isObj(where.right) && where.right.type === 'null') return false;
    return hasColumnRef(where.left) || hasColumnRef(where.right);
  }
  if (where.type === 'unary_expr' || where.type === 'function' || where.type === 'column_ref') return hasColumnRef(where);
  return false;
}

function tableNames(ast: Ast): string[] {
  const out: string[] = [];
  for (const key of ['table', 'name', 'from']) {
    const v = ast[key];
    const list = Array.isArray(v) ? v : v ? [v] : [];
    for (const t of list) {
      if (isObj(t) && typeof t.table === 'string') out.push(t.db ? `${t.db}.${t.table}` : t.table);
      else if (typeof t === 'string') out.push(t);
    }
    if (out.length > 0) break;
  }
  return out;
}

export interface SqlScope {
  ctx: ActionContext;
  inventory: Inventory;
  dialect?: string | undefined;
  database?: string | undefined;
  host?: string | undefined;
}

function dbTarget(b: FactsBuilder, scope: SqlScope, object: string, verbs: Parameters<FactsBuilder['verb']>): void {
  const database = scope.database ?? scope.ctx.database;
  const host = scope.host ?? scope.ctx.host;
  const environment = resolveEnvironment(scope.inventory, [
    { kind: 'db_hosts', value: host },
    { kind: 'databases', value: database },
    { kind: 'names', value: host },
    { kind: 'names', value: database },
    { kind: 'names', value: object },
  ]);
  b.target({ kind: 'database', id: `db:${host ?? '?'}/${database ?? '?'}${object ? `/${object}` : ''}`, environment, home: false, verbs });
}

/** Classifies SQL text into the builder; `at` is where the SQL sits in the action's artifact. */
export function classifySqlInto(sql: string, scope: SqlScope, b: FactsBuilder, at?: Span, prepared: Set<string> = new Set()): void {
  const statements = splitStatements(sql);
  if (statements.length === 0) {
    b.verb('read');
    dbTarget(b, scope, '', ['read']);
    return;
  }
  const dialect = scope.dialect ?? scope.ctx.dialect;
  const parser = parserFor(dialect);
  const rolledBack = rolledBackStatements(statements.slice(0, 200).map((st) => st.text), dialect);
  for (const [n, st] of statements.slice(0, 200).entries()) {
    const span = at ?? { start: st.start, end: st.start + st.text.length };
    if (rolledBack.has(n)) {
      b.verb('read').finding('sql_rolled_back', `\`${st.text.trim().slice(0, 60)}\` runs inside a transaction that the input rolls back`, span);
      dbTarget(b, scope, '', ['read']);
      continue;
    }
    if (dynamicStatement(st.text, scope, b, span, prepared)) continue;
    if (SQL_OUTAGE.test(stripComments(st.text))) {
      // Availability (docs/classifier-evaluation.md): a database taken offline, closed, made read-only or shut down.
      b.verb('write').destroy('service_outage', `\`${st.text.trim().slice(0, 60)}\` takes the database out of service`, span);
      dbTarget(b, scope, '', ['write']);
      continue;
    }
    let ast: unknown = null;
    if (parser) {
      try {
        ast = parser.astify(st.text);
      } catch {
        ast = null;
      }
    }
    const list = Array.isArray(ast) ? ast : ast ? [ast] : [];
    if (list.length === 0 || !list.every(isObj)) {
      fallback(st.text, scope, b, span);
      continue;
    }
    for (const node of list as Ast[]) judge(node, st.text, scope, b, span);
  }
  if (statements.length > 200) b.opaque('sql_too_many_statements', 'more than 200 SQL statements');
}

/**
 * Statements between `BEGIN`/`START TRANSACTION` and a plain `ROLLBACK` (not `ROLLBACK TO SAVEPOINT`) with no
 * `COMMIT`/`END` in between leave nothing behind. DDL is transactional in PostgreSQL, SQLite, SQL Server and DuckDB;
 * MySQL/MariaDB, Oracle and Snowflake commit implicitly before DDL (MySQL reference, "Statements That Cause an
 * Implicit Commit"), so there a DDL statement ends the window and is not rolled back. Engines without transactions
 * (Hive, ClickHouse, Cassandra) and unknown dialects other than those below get nothing.
 */
const TRANSACTIONAL_DDL = new Set(['postgresql', 'postgres', 'pg', 'psql', 'redshift', 'sqlite', 'sqlite3', 'mssql', 'tsql', 'transactsql', 'sqlserver', 'duckdb']);
const TRANSACTIONAL_DML = new Set([...TRANSACTIONAL_DDL, 'mysql', 'mariadb', 'snowflake', 'oracle']);
const TX_BEGIN = /^\s*(begin(\s+(work|transaction|tran))?|start\s+transaction)\s*$/i;
const TX_ROLLBACK = /^\s*(rollback|abort)(\s+(work|transaction|tran))?\s*$/i;
const TX_COMMIT = /^\s*(commit|end)(\s+(work|transaction|tran))?\s*$/i;
const TX_DML = /^\s*(delete|update|insert|merge|upsert|replace)\b/i;
const TX_DDL = /^\s*(drop|truncate|alter|create|rename|comment)\b/i;
const TX_READ = /^\s*(select|show|explain|values|table|describe|desc)\b/i;

function rolledBackStatements(texts: string[], dialect: string | undefined): Set<number> {
  const out = new Set<number>();
  const d = (dialect ?? 'postgresql').toLowerCase();
  if (!TRANSACTIONAL_DML.has(d)) return out;
  let open: number[] | null = null;
  for (const [i, raw] of texts.entries()) {
    const t = stripComments(raw);
    if (TX_BEGIN.test(t)) open = [];
    else if (open && TX_ROLLBACK.test(t)) {
      for (const n of open) out.add(n);
      open = null;
    } else if (open && TX_COMMIT.test(t)) open = null;
    else if (open && TX_DML.test(t)) open.push(i);
    else if (open && TX_DDL.test(t) && TRANSACTIONAL_DDL.has(d)) open.push(i);
    else if (open && TX_DDL.test(t)) open = null;
    else if (open && TX_READ.test(t)) continue;
    else if (open) open = null; // anything else we do not model ends the window (fail closed)
  }
  return out;
}

/**
 * Statements that take a database out of service: SQL Server `ALTER DATABASE … SET OFFLINE | SINGLE_USER | READ_ONLY`
 * (WITH ROLLBACK IMMEDIATE also rolls back open transactions), PostgreSQL `ALLOW_CONNECTIONS false` / `CONNECTION LIMIT 0`,
 * Oracle `ALTER PLUGGABLE DATABASE … CLOSE`, `SHUTDOWN` (MySQL 8, SQL Server, Oracle), and MySQL's `SET GLOBAL read_only |
 * super_read_only | offline_mode = ON` (every client write is refused, or every non-admin client is cut off).
 */
const SQL_OUTAGE = /^\s*(shutdown\b|set\s+(global|persist)\s+(@@)?(super_read_only|read_only|offline_mode)\s*=\s*(on|1|true)\b|set\s+@@(global|persist)\.(super_read_only|read_only|offline_mode)\s*=\s*(on|1|true)\b|alter\s+database\b[\s\S]*\b(set\s+(offline|single_user|restricted_user|read_only)\b|allow_connections\s*(=\s*)?false\b|connection\s+limit\s*(=\s*)?0\b)|alter\s+pluggable\s+database\b[\s\S]*\bclose\b)/i;

/** CREATE OR REPLACE TABLE (not a temporary one): the old table and its rows are dropped. */
const TABLE_REPLACE = /^\s*create\s+or\s+replace\s+(?!temp\b|temporary\b|view\b|function\b|procedure\b|trigger\b|materialized\b|secure\s+view\b|stage\b|file\s+format\b|sequence\b|masking\b|row\s+access\b|tag\b|task\b|stream\b|pipe\b|macro\b|aggregate\b|rule\b|language\b|transform\b)(transient\s+|external\s+|dynamic\s+|iceberg\s+|hybrid\s+)?table\b/i;

/** ALTER TABLE forms node-sql-parser does not model: partition truncation, table swaps and row mutations. */
function alterTableEffects(text: string, object: string, b: FactsBuilder, span: Span): void {
  const t = stripComments(text).trim().replace(/\s+/g, ' ');
  if (/\btruncate\s+partition\b|\b(drop|delete)\s+partition\b|\bexchange\s+partition\b|\bremove\s+partitioning\b/i.test(t)) b.verb('delete').destroy('sql_partition_loss', `\`${t.slice(0, 60)}\` removes a partition's rows`, span);
  if (/\bswap\s+with\b/i.test(t)) b.verb('replace').destroy('sql_table_swap', `\`${t.slice(0, 60)}\` swaps in another table's contents`, span);
  // ClickHouse mutations: `ALTER TABLE t DELETE WHERE p` / `ALTER TABLE t UPDATE c = v WHERE p`.
  const mutation = /^alter\s+table\s+\S+(?:\s+on\s+cluster\s+\S+)?\s+(delete|update)\b(.*?)\bwhere\b(.*)$/i.exec(t);
  if (mutation && !predicateNarrows(mutation[3]!)) b.verb('delete').destroy('sql_mutation_unbounded', `\`ALTER TABLE ${object} ${mutation[1]!.toUpperCase()}\` without a narrowing WHERE changes every row`, span);
  else if (mutation) b.verb(mutation[1]!.toLowerCase() === 'delete' ? 'delete' : 'write');
}

/** Whether a WHERE clause given as text narrows the rows (judged by parsing it inside a SELECT). */
function predicateNarrows(predicate: string): boolean {
  const parser = parserFor('postgresql');
  if (!parser) return false;
  try {
    const ast = parser.astify(`SELECT 1 FROM t WHERE ${predicate}`);
    const node = Array.isArray(ast) ? ast[0] : ast;
    return isObj(node) && narrows(node.where);
  } catch {
    // SECURITY: a predicate we cannot read is taken to match every row.
    return false;
  }
}

/** The text of a SQL string literal expression (`'a'`, `N'a'`, `'a' + 'b'`, `'a' || 'b'`); null when any part is not a literal. */
export function sqlStringLiteral(expr: string): string | null {
  let rest = expr.trim();
  let out = '';
  for (;;) {
    const m = /^[Nn]?'((?:[^']|'')*)'/.exec(rest);
    if (!m) return null;
    out += m[1]!.replace(/''/g, "'");
    rest = rest.slice(m[0].length).trim();
    if (rest === '') return out;
    const join = /^(\+|\|\|)/.exec(rest);
    if (!join) return null;
    rest = rest.slice(join[0].length).trim();
  }
}

/**
 * Statements that run other SQL: PREPARE/EXECUTE, EXECUTE IMMEDIATE, EXEC sp_executesql, EXEC('...'),
 * DO and anonymous blocks. SQL fixed in a literal is classified as if written out; SQL built at run
 * time is opaque. Returns false when the statement is none of these.
 */
function dynamicStatement(text: string, scope: SqlScope, b: FactsBuilder, span: Span, prepared: Set<string>): boolean {
  const t = stripComments(text).trim();
  const lower = t.toLowerCase();
  const inner = (sql: string) => classifySqlInto(sql, scope, b, span, prepared);
  let m: RegExpExecArray | null;
  // dblink(conn, 'SQL'), dblink_exec(...), OPENQUERY(server, 'SQL'), query_to_xml('SQL', ...): SQL run from a
  // string, here or on another server. The statement around it is judged as well (not returned).
  for (const call of t.matchAll(/\b(dblink_exec|dblink_send_query|dblink|openquery|query_to_xml|query_to_json)\s*\(([^)]*)\)/gi)) {
    const literals = [...call[2]!.matchAll(/[Nn]?'(?:[^']|'')*'/g)].map((x) => sqlStringLiteral(x[0]));
    const fn = call[1]!.toLowerCase();
    const sql = fn.startsWith('query_to_') ? literals[0] : literals[literals.length - 1];
    if (sql === null || sql === undefined || (fn.startsWith('dblink') && literals.length === 0)) b.opaque('sql_dynamic', `\`${call[1]}\` runs SQL that is not fixed in the input`, span);
    else inner(sql);
  }
  if (/^do\b/.test(lower) || (/^(declare|begin)\b/.test(lower) && /\bbegin\b[\s\S]*\bend\b/.test(lower) && !/^begin\s*(transaction|work|tran|isolation|read|deferred|immediate|exclusive)?\s*$/.test(lower))) {
    b.opaque('sql_dynamic_block', `\`${t.slice(0, 40)}\` runs a procedural block we do not follow`, span);
    dbTarget(b, scope, '', ['unknown']);
    return true;
  }
  if ((m = /^prepare\s+([\w$]+)\s+from\s+([\s\S]+)$/i.exec(t))) {
    const sql = sqlStringLiteral(m[2]!);
    if (sql === null) b.opaque('sql_dynamic', `\`PREPARE ${m[1]}\` from text built at run time`, span);
    else inner(sql);
    prepared.add(m[1]!.toLowerCase());
    return true;
  }
  if ((m = /^prepare\s+([\w$]+)\s*(\([^)]*\))?\s+as\s+([\s\S]+)$/i.exec(t))) {
    inner(m[3]!);
    prepared.add(m[1]!.toLowerCase());
    return true;
  }
  if ((m = /^exec(?:ute)?\s+immediate\s+([\s\S]+?)(\s+(using|into)\b[\s\S]*)?$/i.exec(t))) {
    const sql = sqlStringLiteral(m[1]!);
    if (sql === null) b.opaque('sql_dynamic', '`EXECUTE IMMEDIATE` of text built at run time', span);
    else inner(sql);
    return true;
  }
  if ((m = /^exec(?:ute)?\s+(?:[\w.[\]]+\.)?\[?sp_executesql\]?\s*([\s\S]*)$/i.exec(t))) {
    const first = /^([Nn]?'(?:[^']|'')*')\s*(,|$)/.exec(m[1]!.trim());
    const sql = first ? sqlStringLiteral(first[1]!) : null;
    if (sql === null) b.opaque('sql_dynamic', '`sp_executesql` of text built at run time', span);
    else inner(sql);
    return true;
  }
  if ((m = /^exec(?:ute)?\s*\(([\s\S]*)\)\s*$/i.exec(t))) {
    const sql = sqlStringLiteral(m[1]!);
    if (sql === null) b.opaque('sql_dynamic', '`EXEC(...)` of text built at run time', span);
    else inner(sql);
    return true;
  }
  if ((m = /^exec(?:ute)?\s+(@?[\w$.[\]]+)/i.exec(t))) {
    const name = m[1]!.toLowerCase();
    if (prepared.has(name)) {
      b.verb('read');
      return true;
    }
    if (/xp_cmdshell|sp_oacreate|sp_configure|sp_addsrvrolemember|sp_droplogin|sp_dropuser|sp_msforeachtable|sp_msforeachdb/.test(name)) {
      b.opaque('sql_dynamic', `\`${m[1]}\` runs commands or statements we cannot follow`, span);
      return true;
    }
    const dialect = (scope.dialect ?? scope.ctx.dialect ?? '').toLowerCase();
    if (/^(mssql|tsql|transactsql|sqlserver|sybase)$/.test(dialect) || /^exec\b/i.test(t) || /^(sp_|dbo\.|\[)/.test(name)) {
      // A stored procedure: its body is not part of the action.
      b.verb('write').partial('sql_procedure_call', `\`${m[1]}\` runs a stored procedure whose body is not part of the action`, span);
      dbTarget(b, scope, '', ['write']);
      return true;
    }
    b.opaque('sql_dynamic', `\`EXECUTE ${m[1]}\` runs a prepared statement this input did not prepare`, span);
    dbTarget(b, scope, '', ['unknown']);
    return true;
  }
  return false;
}

function judge(ast: Ast, text: string, scope: SqlScope, b: FactsBuilder, span: Span): void {
  // Data-modifying CTEs (`WITH d AS (DELETE ...) SELECT ...`) run too.
  const ctes = Array.isArray(ast.with) ? ast.with : [];
  for (const cte of ctes) {
    const stmt = isObj(cte) && isObj(cte.stmt) ? (isObj(cte.stmt.ast) ? cte.stmt.ast : cte.stmt) : null;
    if (stmt && typeof stmt.type === 'string' && stmt.type !== 'select') judge(stmt, text, scope, b, span);
  }
  const type = String(ast.type ?? '').toLowerCase();
  const tables = tableNames(ast);
  const object = tables.join(',');
  switch (type) {
    case 'select':
    case 'show':
    case 'desc':
    case 'describe':
      if (ast.into && isObj(ast.into) && ast.into.expr) b.verb('write');
      else b.verb('read');
      dbTarget(b, scope, object, ['read']);
      if (/\b(pg_terminate_backend|pg_drop_replication_slot|lo_unlink|pg_cancel_backend)\b/i.test(text)) b.verb('delete').destroy('sql_destructive_function', 'calls a destructive function', span);
      return;
    case 'insert':
    case 'replace':
    case 'create':
    case 'use':
    case 'set':
    case 'call':
    case 'lock':
    case 'unlock':
    case 'transaction':
    case 'rename':
      b.verb('write');
      dbTarget(b, scope, object, ['write']);
      if (type === 'create' && /\bor\s+replace\b/i.test(text)) b.verb('replace');
      if (type === 'create' && TABLE_REPLACE.test(stripComments(text))) b.verb('replace', 'delete').destroy('sql_table_replace', `\`CREATE OR REPLACE TABLE ${object}\` drops the existing table and its rows`, span);
      if (type === 'insert' && /^\s*insert\s+overwrite\b/i.test(stripComments(text))) b.verb('replace', 'delete').destroy('sql_insert_overwrite', `\`INSERT OVERWRITE ${object}\` replaces every row`, span);
      // REPLACE INTO ... SELECT deletes every row whose key the source repeats, then inserts: a bulk overwrite.
      if (type === 'replace' && isObj(ast.values) && ast.values.type === 'select') b.verb('replace').destroy('sql_replace_select', `\`REPLACE INTO ${object} SELECT ...\` overwrites existing rows in bulk`, span);
      if (type === 'create' && /^\s*create\s+(user|role)\b/i.test(text)) b.verb('permissions');
      return;
    case 'update':
      b.verb('write');
      dbTarget(b, scope, object, ['write']);
      if (!narrows(ast.where)) b.destroy('sql_update_unbounded', `\`UPDATE ${object}\` without a narrowing WHERE changes every row`, span);
      return;
    case 'delete':
      b.verb('delete');
      dbTarget(b, scope, object, ['delete']);
      if (!narrows(ast.where)) b.destroy('sql_delete_unbounded', `\`DELETE FROM ${object}\` without a narrowing WHERE deletes every row`, span);
      else b.finding('sql_delete_narrowed', `\`DELETE FROM ${object}\` with a WHERE clause`, span);
      return;
    case 'drop':
    case 'truncate':
      b.verb('delete');
      dbTarget(b, scope, object || String(ast.keyword ?? ''), ['delete']);
      b.destroy(`sql_${type}`, `\`${type.toUpperCase()} ${String(ast.keyword ?? '').toUpperCase()} ${object}\``, span);
      b.summary(`${type.toUpperCase()} ${String(ast.keyword ?? '').toUpperCase()} ${object}`.trim());
      return;
    case 'execute':
      fallback(text, scope, b, span);
      return;
    case 'alter': {
      b.verb('write');
      dbTarget(b, scope, object, ['write']);
      const exprs = Array.isArray(ast.expr) ? ast.expr : [];
      if (exprs.some((e) => isObj(e) && String(e.action).toLowerCase() === 'drop')) b.verb('delete').destroy('sql_alter_drop', `\`ALTER ... DROP\` on ${object}`, span);
      // A new column type rewrites every value: narrowing or casting loses data that cannot be read back.
      if (exprs.some((e) => isObj(e) && /^(alter|modify|change)$/i.test(String(e.action)) && isObj(e.definition) && e.definition.dataType && !losslessType(e.definition))) b.verb('replace').destroy('sql_type_change', `changes a column type on ${object}: values are rewritten and may be truncated`, span);
      alterTableEffects(text, object, b, span);
      if (/\b(disable\s+trigger|no\s+force\s+row\s+level|disable\s+row\s+level)/i.test(text)) b.destroy('sql_safeguard_off', 'switches off a safeguard', span);
      return;
    }
    case 'grant':
    case 'revoke':
      b.verb('permissions');
      dbTarget(b, scope, '', ['permissions']);
      return;
    default:
      fallback(text, scope, b, span);
  }
}

/** A target type that holds every value's text form: `text`, unbounded `varchar`, `varchar(max)`, `clob`. */
function losslessType(def: Record<string, unknown>): boolean {
  const t = String(def.dataType).toLowerCase();
  if (/^(text|clob|string|longtext|ntext)$/.test(t)) return true;
  if (/^(varchar|character varying|nvarchar)$/.test(t)) return def.length === undefined || def.length === null || String(def.length).toLowerCase() === 'max';
  return false;
}

const READ_KEYWORDS = /^(select|show|describe|desc|explain|with|values|table|pragma\s+\w+\s*$|help|\\d|list|check\s+table|analyze\s+table)\b/i;
// `UNDROP` (Snowflake) restores a dropped table, schema or database from Time Travel.
const WRITE_KEYWORDS = /^(undrop|insert|create|comment|set|begin|start|commit|rollback|savepoint|release|vacuum|analyze|reindex|cluster|refresh|listen|notify|prepare|execute|deallocate|declare|fetch|close|move|discard\s+plans|load|use|lock|checkpoint|copy\s+\S+\s+to|optimize|flush\s+(privileges|logs|status|tables)|pragma|attach|detach|merge|upsert|reset\s+\w+|security\s+label)\b/i;

/** Statements node-sql-parser does not know, judged by their leading keywords only. */
function fallback(text: string, scope: SqlScope, b: FactsBuilder, span: Span): void {
  const t = stripComments(text).trim().replace(/\s+/g, ' ');
  const lower = t.toLowerCase();
  const words = lower.split(' ');
  const object = words.slice(2, 4).filter((w) => !/^(if|exists|cascade|restrict|not)$/.test(w)).join(' ');
  if (/^drop\s+temporary\s+(table|view)\b/.test(lower)) {
    // MySQL/MariaDB: `DROP TEMPORARY TABLE` drops only a table of the current session, which ends with the session anyway.
    b.verb('write').partial('sql_fallback', 'statement judged by its keywords', span).finding('sql_session_temporary', `\`${t.slice(0, 60)}\` drops a table of this session only`, span);
    dbTarget(b, scope, object, ['write']);
    return;
  }
  if (/^(drop|truncate|purge)\b/.test(lower)) {
    b.verb('delete').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, object, ['delete']);
    b.destroy(`sql_${words[0]}`, `\`${t.slice(0, 60)}\``, span);
    b.summary(t.slice(0, 60));
    return;
  }
  if (/^(delete|update)\b/.test(lower)) {
    b.verb(words[0] === 'delete' ? 'delete' : 'write').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, object, ['delete']);
    const where = /\bwhere\b([\s\S]*?)(?:\breturning\b|\blimit\b|\border\s+by\b|\boption\s*\(|$)/.exec(t)?.[1];
    if (where === undefined || /\bwhere\s+(1\s*=\s*1|true|1)\b/.test(lower) || /^delete\s+from\s+\S+(\s+\w+)?\s+using\b/.test(lower) || !predicateNarrows(where)) b.destroy('sql_unbounded', `\`${t.slice(0, 60)}\` without a narrowing WHERE`, span);
    return;
  }
  if (TABLE_REPLACE.test(t)) {
    b.verb('write', 'replace', 'delete').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, words.slice(3, 6).find((w) => w !== 'table' && w !== 'transient' && w !== 'if' && w !== 'not' && w !== 'exists') ?? '', ['replace']);
    b.destroy('sql_table_replace', `\`${t.slice(0, 60)}\` drops the existing table and its rows`, span);
    return;
  }
  if (/^insert\s+overwrite\b/.test(lower) || /^exchange\s+(tables|dictionaries)\b/.test(lower)) {
    b.verb('write', 'replace', 'delete').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, object, ['replace']);
    b.destroy('sql_table_replace', `\`${t.slice(0, 60)}\` replaces a table's rows`, span);
    return;
  }
  if (/^(remove|rm)\s+@/.test(lower)) {
    b.verb('delete').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, words[1] ?? '', ['delete']);
    b.destroy('sql_stage_remove', `\`${t.slice(0, 60)}\` deletes staged files`, span);
    return;
  }
  if (/^(list|ls)\s+@/.test(lower)) {
    b.verb('read').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, '', ['read']);
    return;
  }
  if (/^((optional\s+)?match|unwind|merge|create|call)\s*\(/.test(lower) || /^(optional\s+)?match\s+\(/.test(lower)) {
    cypher(t, scope, b, span);
    return;
  }
  if (/^(grant|revoke|alter\s+(user|role|default\s+privileges)|create\s+(user|role)|set\s+role|rename\s+user)\b/.test(lower)) {
    b.verb('permissions').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, '', ['permissions']);
    return;
  }
  if (/^explain\b/.test(lower)) {
    if (/^explain\s+(\(\s*)?analy[sz]e\b/.test(lower) || /\banaly[sz]e\s*(true|on)?\s*[,)]/.test(lower)) {
      // EXPLAIN ANALYZE runs the statement.
      classifySqlInto(t.replace(/^explain\s+(\([^)]*\)|analy[sz]e(\s+verbose)?)\s*/i, ''), scope, b, span);
      return;
    }
    b.verb('read').partial('sql_fallback', 'EXPLAIN without ANALYZE only plans the statement', span);
    dbTarget(b, scope, '', ['read']);
    return;
  }
  if (/^alter\b/.test(lower)) {
    b.verb('write').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, object, ['write']);
    if (/\bdrop\b/.test(lower)) b.verb('delete').destroy('sql_alter_drop', `\`${t.slice(0, 60)}\``, span);
    if (/\s(type|modify\s+(column\s+)?\S+|change\s+(column\s+)?\S+\s+\S+)\s+(text|clob|string|varchar\s*\(\s*max\s*\)|nvarchar\s*\(\s*max\s*\)|character\s+varying|varchar)\s*(;|$|using\b|collate\b)/.test(lower)) {
      // Every value has a text form: a column made unbounded text loses nothing.
    } else if (/\balter\s+(column\s+)?\S+\s+(set\s+data\s+)?type\b|\b(modify|change)\s+(column\s+)?\S+\s+\S/.test(lower) || (/^alter\s+table\s+\S+\s+alter\s+column\s+\S+\s+(?!set\b|drop\b|add\b|reset\b|restart\b)\w/.test(lower))) b.verb('replace').destroy('sql_type_change', `\`${t.slice(0, 60)}\` changes a column type`, span);
    alterTableEffects(t, object, b, span);
    if (/\b(deletion_protection\s*=\s*false|disable\s+trigger|no\s+force\s+row|disable\s+row\s+level)/.test(lower)) b.destroy('sql_safeguard_off', 'switches off a safeguard', span);
    return;
  }
  if (/^flush(all|db)?\b/.test(lower) && !/^flush\s+(privileges|logs|status|tables)/.test(lower)) {
    b.verb('delete').destroy('sql_flush', `\`${t.slice(0, 40)}\``, span);
    return;
  }
  if (/^copy\b/.test(lower) && /\bfrom\b/.test(lower)) {
    b.verb('write').partial('sql_fallback', 'COPY FROM loads rows', span);
    dbTarget(b, scope, words[1] ?? '', ['write']);
    if (/\bprogram\b/.test(lower)) b.opaque('sql_copy_program', 'COPY ... PROGRAM runs a shell command on the server', span);
    return;
  }
  if (/^merge\b/.test(lower) && /\bthen\s+delete\b/.test(lower)) {
    b.verb('delete').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, words[2] ?? '', ['delete']);
    b.destroy('sql_merge_delete', '`MERGE ... THEN DELETE` deletes matched rows', span);
    return;
  }
  if (/^with\b/.test(lower) && /\(\s*(delete|update|truncate)\b/.test(lower)) {
    b.verb('delete').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, '', ['delete']);
    b.destroy('sql_cte_modify', 'a WITH clause deletes or updates rows', span);
    return;
  }
  if (/^reset\s+(master|binary\s+logs)\b/.test(lower)) {
    // MySQL reference: RESET MASTER (8.4: RESET BINARY LOGS AND GTIDS) deletes every binary log file.
    b.verb('delete').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, '', ['delete']);
    b.destroy('sql_binlog_reset', `\`${t.slice(0, 60)}\` deletes every binary log (point-in-time recovery and replicas lose them)`, span);
    return;
  }
  if (/^dbcc\b/.test(lower)) {
    // SQL Server DBCC: checks and reports read; REPAIR_ALLOW_DATA_LOSS may deallocate rows and pages.
    if (/\brepair_allow_data_loss\b/.test(lower)) {
      b.verb('delete').partial('sql_fallback', 'statement judged by its keywords', span).destroy('sql_repair_data_loss', '`DBCC … REPAIR_ALLOW_DATA_LOSS` may delete data to repair', span);
      dbTarget(b, scope, '', ['delete']);
      return;
    }
    const read = /^dbcc\s+(check\w*|show_statistics|sqlperf|opentran|inputbuffer|outputbuffer|tracestatus|useroptions|showcontig|help|proccache|memorystatus)\b/.test(lower);
    b.verb(read ? 'read' : 'write').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, '', [read ? 'read' : 'write']);
    return;
  }
  if (/^(backup\s+(database|log)\b|restore\s+(verifyonly|headeronly|filelistonly|labelonly)\b|invalidate\s+metadata\b|compute\s+(incremental\s+)?stats\b|msck\s+repair\s+table\b)/.test(lower)) {
    // SQL Server BACKUP writes a backup file (RESTORE … ONLY forms read one); Impala INVALIDATE METADATA and
    // COMPUTE STATS, Hive MSCK REPAIR TABLE refresh catalogue metadata: no rows change.
    const read = /^restore\b/.test(lower);
    b.verb(read ? 'read' : 'write').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, '', [read ? 'read' : 'write']);
    return;
  }
  if (READ_KEYWORDS.test(lower)) {
    b.verb('read').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, '', ['read']);
    return;
  }
  if (WRITE_KEYWORDS.test(lower)) {
    b.verb('write').partial('sql_fallback', 'statement judged by its keywords', span);
    dbTarget(b, scope, '', ['write']);
    if (/^(load|attach)\b/.test(lower) && /\b(extension|program)\b/.test(lower)) b.opaque('sql_load_extension', 'loads code into the server', span);
    return;
  }
  // SECURITY: SQL we cannot read is the worst case.
  b.opaque('sql_unparseable', `SQL we could not parse: \`${t.slice(0, 60)}\``, span);
  dbTarget(b, scope, '', ['unknown']);
}

/** Cypher (Neo4j): DELETE of a pattern with no property map, WHERE or LIMIT removes every match. */
function cypher(t: string, scope: SqlScope, b: FactsBuilder, span: Span): void {
  const lower = t.toLowerCase();
  b.partial('sql_fallback', 'Cypher judged by its clauses', span);
  if (/\b(detach\s+)?delete\b/.test(lower)) {
    b.verb('delete');
    dbTarget(b, scope, '', ['delete']);
    const narrowed = /\{[^}]*\}/.test(lower.split(/\bdelete\b/)[0]!) || /\bwhere\b|\blimit\b/.test(lower);
    if (!narrowed) b.destroy('cypher_delete_unbounded', `\`${t.slice(0, 60)}\` deletes every matching node`, span);
    return;
  }
  if (/\b(set|remove|create|merge|foreach|load\s+csv)\b/.test(lower)) {
    b.verb('write');
    dbTarget(b, scope, '', ['write']);
    return;
  }
  b.verb('read');
  dbTarget(b, scope, '', ['read']);
}
