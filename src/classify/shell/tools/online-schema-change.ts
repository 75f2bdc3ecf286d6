import { classifySqlInto } from '../../sql/sql.ts';
import type { Invocation } from '../invocation.ts';
import { clue, envTarget, hasFlag, optionValue, positionals } from './common.ts';

/**
 * MySQL online schema change tools: Percona's `pt-online-schema-change --alter 'CLAUSE' D=db,t=table[,h=host]` and
 * GitHub's `gh-ost --alter 'CLAUSE' --database db --table t [--host h]`. Each copies the table, applies the clause to the
 * copy and swaps it in, so the clause does to the table what `ALTER TABLE t CLAUSE` does (a column dropped is its data
 * lost). Both change nothing without `--execute` (pt-online-schema-change requires `--execute` or `--dry-run`; gh-ost
 * without `--execute` is a noop run that only checks and copies to a ghost table it then drops).
 */
const VALUED = new Set(['--alter', '--database', '--table', '--host', '--port', '--user', '--password', '-h', '-P', '-u', '-p', '-D', '-t', '--max-load', '--critical-load', '--chunk-size', '--conf', '--config', '--charset', '-A', '--set-vars', '--recursion-method', '--alter-foreign-keys-method', '--throttler-host', '--assume-master-host', '--max-lag-millis', '--throttle-control-replicas', '--serve-socket-file', '--postpone-cut-over-flag-file', '--panic-flag-file', '--initially-drop-ghost-table']);

export function onlineSchemaChange(inv: Invocation): void {
  const b = inv.env.b;
  const args = inv.args;
  const alter = optionValue(args, '--alter');
  let database = optionValue(args, '--database', '-D');
  let table = optionValue(args, '--table', '-t');
  let host = optionValue(args, '--host', '-h');
  // pt-online-schema-change's DSN operand: comma-separated `key=value` pairs (D database, t table, h host).
  for (const p of positionals(args, VALUED)) {
    for (const pair of (p.value ?? '').split(',')) {
      const m = /^([Dth])=(.+)$/.exec(pair);
      if (!m) continue;
      if (m[1] === 'D') database ??= m[2]!;
      else if (m[1] === 't') table ??= m[2]!;
      else host ??= m[2]!;
    }
  }
  const target = () => b.target(envTarget(inv, 'database', `db:${host ?? '?'}/${database ?? '?'}`, [clue('db_hosts', host), clue('databases', database), clue('names', host), clue('names', database)]));
  if (hasFlag(args, '--help', '--version', '--dry-run') || !hasFlag(args, '--execute')) {
    target();
    b.verb('read').finding('schema_change_not_run', `\`${inv.name}\` without \`--execute\` only checks the change (a dry run)`, inv.span);
    return;
  }
  if (alter === undefined || alter === null) {
    target();
    b.opaque('sql_unseen', `\`${inv.name}\` applies a schema change that is not fixed in the input`, inv.span);
    return;
  }
  classifySqlInto(`ALTER TABLE ${table ?? 't'} ${alter}`, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: 'mysql', host: host ?? undefined, database: database ?? undefined }, b, inv.span);
}
