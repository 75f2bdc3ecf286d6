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
export function classifySqlInto(sql: string, scope: SqlScope, b: FactsBuilder, at?: Span): void {
  const statements = splitStatements(sql);
  if (statements.length === 0) {
    b.verb('read');
    dbTarget(b, scope, '', ['read']);
    return;
  }
  const parser = parserFor(scope.dialect ?? scope.ctx.dialect);
  for (const st of statements.slice(0, 200)) {
    const span = at ?? { start: st.start, end: st.start + st.text.length };
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
    case 'alter': {
      b.verb('write');
      dbTarget(b, scope, object, ['write']);
      const exprs = Array.isArray(ast.expr) ? ast.expr : [];
      if (exprs.some((e) => isObj(e) && String(e.action).toLowerCase() === 'drop')) b.verb('delete').destroy('sql_alter_drop', `\`ALTER ... DROP\` on ${object}`, span);
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

const READ_KEYWORDS = /^(select|show|describe|desc|explain|with|values|table|pragma\s+\w+\s*$|help|\\d|list|check\s+table|analyze\s+table)\b/i;
const WRITE_KEYWORDS = /^(insert|create|comment|set|begin|start|commit|rollback|savepoint|release|vacuum|analyze|reindex|cluster|refresh|listen|notify|prepare|execute|deallocate|declare|fetch|close|move|discard\s+plans|load|use|lock|checkpoint|copy\s+\S+\s+to|optimize|flush\s+(privileges|logs|status|tables)|pragma|attach|detach|merge|upsert|reset\s+\w+|security\s+label)\b/i;

/** Statements node-sql-parser does not know, judged by their leading keywords only. */
function fallback(text: string, scope: SqlScope, b: FactsBuilder, span: Span): void {
  const t = stripComments(text).trim().replace(/\s+/g, ' ');
  const lower = t.toLowerCase();
  const words = lower.split(' ');
  const object = words.slice(2, 4).filter((w) => !/^(if|exists|cascade|restrict|not)$/.test(w)).join(' ');
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
    if (!/\bwhere\b/.test(lower) || /\bwhere\s+(1\s*=\s*1|true|1)\b/.test(lower) || /^delete\s+from\s+\S+(\s+\w+)?\s+using\b/.test(lower)) b.destroy('sql_unbounded', `\`${t.slice(0, 60)}\` without a narrowing WHERE`, span);
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
