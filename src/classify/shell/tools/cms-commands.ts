import { classifySqlInto } from '../../sql/sql.ts';
import type { Invocation } from '../invocation.ts';
import { literalWord, type Word } from '../words.ts';
import { clue, envTarget, positionals, withRemotePlace } from './common.ts';
import { serviceTool } from './service-catalogue.ts';

/**
 * Round 38 (bl38): what the CMS tools of cms-catalogue.ts run that a pattern cannot judge: a SQL statement given to the
 * site's database through the tool (`drush sql:query 'Q'`, `wp db query 'Q'`, `bench --site S mariadb -e 'Q'`), judged
 * by the SQL model as the same statement typed into `mysql -e`; and a platform's remote runner (`terminus remote:drush
 * SITE.ENV -- ARGS`), judged as the command it runs there with the environment as its site alias.
 */

/** Per tool: the command words that take a statement (anchored after an optional `@alias`), and the options that carry it. */
const SQL_COMMANDS: Readonly<Record<string, { command: RegExp; options: string[]; valued: string[] }>> = {
  drush: { command: /^(sql:query|sqlq|sql-query)$/, options: [], valued: ['--uri', '-l', '--root', '-r', '--database', '--target', '--db-url', '--result-file', '--file', '--extra'] },
  wp: { command: /^query$/, options: [], valued: ['--path', '--url', '--user', '--dbuser', '--dbpass', '--context'] },
  bench: { command: /^(mariadb|db-console|mysql|postgres)$/, options: ['-e', '--execute'], valued: ['--site'] },
};

/** The statement of a `SQL_COMMANDS` line: its text, `null` when not fixed or read from a file or the input, undefined when the line is no query. */
function statementOf(inv: Invocation, name: string): { text: string | null; ops: Word[] } | undefined {
  const spec = SQL_COMMANDS[name];
  if (spec === undefined) return undefined;
  const ops = positionals(inv.args, new Set([...spec.valued, ...spec.options]));
  const first = ops[0]?.value?.startsWith('@') ? 1 : 0;
  // WP-CLI's `db query`: two words.
  const at = name === 'wp' ? (ops[first]?.value === 'db' && spec.command.test(ops[first + 1]?.value ?? '') ? first + 1 : -1) : spec.command.test(ops[first]?.value ?? '') ? first : -1;
  if (at === -1) return undefined;
  if (spec.options.length > 0) {
    const i = inv.args.findIndex((a) => a.value !== null && spec.options.includes(a.value));
    const eq = inv.args.find((a) => a.value !== null && spec.options.some((o) => a.value!.startsWith(`${o}=`)));
    const text = i !== -1 ? (inv.args[i + 1]?.value ?? null) : eq ? eq.value!.slice(eq.value!.indexOf('=') + 1) : (inv.stdin?.text ?? null);
    return { text, ops };
  }
  if (inv.args.some((a) => a.value === '--file' || a.value?.startsWith('--file='))) return { text: null, ops };
  const query = ops[at + 1];
  return { text: query === undefined ? (inv.stdin?.text ?? null) : query.value, ops };
}

/** A statement run through a CMS tool, judged as SQL; unseen (a file, the terminal) is opaque. True when judged here. */
export function cmsSqlQuery(inv: Invocation, name: string): boolean {
  const q = statementOf(inv, name);
  if (q === undefined) return false;
  const b = inv.env.b;
  const site = inv.args.flatMap((a, i) => (a.value === '--site' ? [inv.args[i + 1]?.value ?? null] : a.value?.startsWith('--site=') ? [a.value.slice(7)] : []));
  b.target(envTarget(inv, 'database', `${name}:sql`, [...q.ops.slice(0, 2).map((w) => clue('names', w.value)), ...site.map((s) => clue('names', s)), clue('db_hosts', inv.env.ctx.host)]));
  if (q.text === null) {
    b.opaque('sql_unseen', `\`${name}\` runs SQL from a file or an input that is not part of the action`, inv.span);
    return true;
  }
  classifySqlInto(q.text, { ctx: inv.env.ctx, inventory: inv.env.inventory }, b, inv.span);
  return true;
}

/** Terminus's remote runners and the tool each runs on the environment's application container. */
const TERMINUS_REMOTE: Readonly<Record<string, string>> = { 'remote:drush': 'drush', 'remote:wp': 'wp' };

/**
 * `terminus remote:drush SITE.ENV -- ARGS` runs `drush ARGS` on that environment (Pantheon's "Drush on Pantheon"): judged
 * as `drush @SITE.ENV ARGS`, the environment read from the alias as for any site alias. True when judged here.
 */
export function terminusRemote(inv: Invocation): boolean {
  const ops = positionals(inv.args, new Set(['--progress', '--retry']));
  const tool = TERMINUS_REMOTE[ops[0]?.value ?? ''];
  const site = ops[1]?.value;
  const dash = inv.args.findIndex((a) => a.value === '--');
  if (tool === undefined || site === undefined || site === null || dash === -1 || serviceTool(tool) === undefined) return false;
  const at = (w: string) => literalWord(w, inv.span.start, inv.span.end);
  inv.dispatch([at(tool), at(`@${site}`), ...inv.args.slice(dash + 1)], inv.stdin);
  return true;
}

/**
 * The tools DDEV and Lando run inside a project's local development containers (DDEV's `ddev drush|wp|craft|magento|
 * artisan|composer|php` commands, Lando's tooling commands): a local development environment by what the wrapper is
 * (both are for local development only), so the line is judged as the tool's own with the dev tier named: a site's
 * database dropped or replaced there is the dev copy (the catalogue's `devWrite`), the rest as anywhere.
 */
const LOCAL_DEV_WRAPPERS = new Set(['ddev', 'lando']);
// Round 40 (sh40): DDEV's `ddev mysql|mariadb|psql` and Lando's `lando mysql|psql` tooling run that SQL client in the
// project's database container with the arguments given (`-e`, `-c`): judged as the client's own line there.
const WRAPPED_TOOLS = new Set(['drush', 'wp', 'craft', 'magento', 'artisan', 'composer', 'php', 'typo3', 'console', 'mysql', 'mariadb', 'psql']);
export function localDevWrapper(inv: Invocation, name: string): boolean {
  const tool = inv.args[0]?.value;
  if (!LOCAL_DEV_WRAPPERS.has(name) || tool === null || tool === undefined || !WRAPPED_TOOLS.has(tool)) return false;
  // DDEV's `artisan`, `magento` and `console` run the project's `php artisan`, `bin/magento` and `bin/console`.
  const program = tool === 'artisan' ? ['php', 'artisan'] : tool === 'magento' ? ['bin/magento'] : tool === 'console' ? ['bin/console'] : [tool];
  const at = (w: string) => literalWord(w, inv.span.start, inv.span.end);
  withRemotePlace(inv, [envTarget(inv, 'host', `${name}:local`, [clue('names', 'dev')])], () => inv.dispatch([...program.map(at), ...inv.args.slice(1)], inv.stdin));
  return true;
}
