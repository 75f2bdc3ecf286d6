import { classifySqlInto } from '../../sql/sql.ts';
import type { Invocation } from '../invocation.ts';
import { literalWord, type Word } from '../words.ts';
import { ormTarget, testEnvironmentReset } from './data.ts';
import { clue, envTarget } from './common.ts';

/**
 * Framework consoles and runners: code run inside the application, against its own database, as a data fix often is
 * (`bin/rails runner 'User.delete_all'`, `python manage.py shell -c '…'`, `php artisan tinker --execute='…'`,
 * `mix run -e '…'`). The code is judged twice: by the interpreter's own analysis (files, processes, SDKs), and by the
 * ORM calls every such console has, read the way the SQL model reads statements: a delete or update of a whole model
 * (`User.delete_all`, `Order.objects.all().delete()`, `User::truncate()`, `Repo.delete_all(User)`) loses every row, one
 * narrowed by a query (`User.where(id: 8).delete_all`, `.filter(pk=8).delete()`) is a delete like `DELETE … WHERE`, and
 * SQL passed through (`connection.execute("…")`, `DB::statement('…')`, `Repo.query!("…")`) meets the SQL model. A
 * console with no code in the line (interactive, or its input from elsewhere) runs what we cannot see.
 */

type Language = 'ruby' | 'python' | 'php' | 'elixir';

/** How each framework's command line names its console, runner and database shell (each framework's CLI reference). */
interface Console {
  /** Subcommands that run code given after them (`runner CODE`) or on standard input. */
  code: RegExp;
  /** Options that carry the code (`-c`, `--command`, `--execute`, `-e`). */
  codeOptions: string[];
  /** Subcommands that open the database's own shell (SQL on standard input), where the framework has one. */
  db: RegExp | null;
  language: Language;
  /** The interpreter whose analysis the code also meets, and its code option. */
  interpreter: { name: string; code: string } | null;
  /** Options whose value is not the code (`rails runner -e production CODE`). */
  valued: string[];
  /** The code is the first operand after the subcommand (`rails runner CODE`, `drush php:eval CODE`, `wp eval CODE`). */
  positional?: boolean;
  /** Operands before the subcommand that name where it runs (a site alias: `drush @prod php:eval …`). */
  skip?: RegExp;
}

const CONSOLES: Record<string, Console> = {
  rails: { code: /^(runner|r|console|c)$/, codeOptions: [], db: /^(dbconsole|db)$/, language: 'ruby', interpreter: { name: 'ruby', code: '-e' }, valued: ['-e', '--environment'] },
  'manage.py': { code: /^(shell|shell_plus)$/, codeOptions: ['-c', '--command'], db: /^dbshell$/, language: 'python', interpreter: { name: 'python3', code: '-c' }, valued: ['-i', '--interface', '--settings', '--pythonpath'] },
  artisan: { code: /^tinker$/, codeOptions: ['--execute'], db: /^db$/, language: 'php', interpreter: { name: 'php', code: '-r' }, valued: ['--env'] },
  mix: { code: /^run$/, codeOptions: ['-e', '--eval'], db: null, language: 'elixir', interpreter: null, valued: [] },
  // Round 38 (bl38): Drush's `php:eval CODE` and `sql:cli` (Drush commands reference), WP-CLI's `eval CODE` and `shell`
  // (the WP-CLI handbook), each after an optional site alias.
  drush: { code: /^(php:eval|php-eval|eval|ev)$/, codeOptions: [], db: /^(sql:cli|sqlc|sql-cli)$/, language: 'php', interpreter: { name: 'php', code: '-r' }, valued: ['--uri', '-l', '--root', '-r'], positional: true, skip: /^@/ },
  wp: { code: /^(eval|shell)$/, codeOptions: [], db: null, language: 'php', interpreter: { name: 'php', code: '-r' }, valued: ['--path', '--url', '--user'], positional: true, skip: /^@/ },
};

/** A delete or update of a whole model, by language. */
const WHOLE_MODEL: Record<Language, RegExp> = {
  // ActiveRecord: `User.delete_all`, `User.all.destroy_all`, `User.unscoped.update_all(…)`, `User.find_each(&:destroy)`.
  ruby: /\b[A-Z]\w*(?:::[A-Z]\w*)*(?:\.(?:all|unscoped|in_batches))*(?:\.(?:delete_all|destroy_all|update_all)\b|\.(?:each|find_each)\s*\(\s*&:(?:destroy|delete)!?\s*\))/,
  // Django: `Order.objects.all().delete()`, `Order.objects.update(…)`.
  python: /\b[A-Z]\w*\.objects(?:\.all\(\s*\))?\.(?:delete|update)\(/,
  // Eloquent and the query builder: `User::truncate()`, `User::query()->delete()`, `DB::table('x')->delete()`.
  // Round 38 (bl38): Drupal's entity API, an entity query with no condition (every entity of the type) or every entity
  // loaded (`loadMultiple()` with no ids), deleted.
  php: /\b[A-Z]\w*(?:\\\w+)*::(?:truncate\(|query\(\s*\)->(?:delete|update|forceDelete)\()|\bDB::table\([^)]*\)->(?:delete|truncate|update)\(|entityQuery\([^)]*\)(?:->accessCheck\([^)]*\))?->execute\(\)[\s\S]*->delete\(|->loadMultiple\(\s*\)[\s\S]*->delete\(|->delete\([^;]*->loadMultiple\(\s*\)/,
  // Ecto: `Repo.delete_all(User)`, `MyApp.Repo.update_all(User, set: …)` (a bare schema, no query).
  elixir: /\bRepo\.(?:delete_all|update_all)\(\s*[A-Z][\w.]*\s*[,)]/,
};

/** Schema changes that drop: tables, whole databases. */
const DROPS = /\b(?:drop_table|drop_database|purge_database|Schema::(?:drop|dropIfExists|dropAllTables)|Ecto\.Migrator\.run\([^)]*:down)\b|\bconnection\.truncate\b/;

/**
 * A job queue's own API emptying a whole queue or set (Sidekiq's API: `Sidekiq::Queue.new("mailers").clear`,
 * `Sidekiq::RetrySet.new.clear`, `Sidekiq::ScheduledSet|DeadSet.new.clear`, `Sidekiq::Queue.all.each(&:clear)`; Resque's
 * `Resque.remove_queue(…)`, `Resque::Failure.clear`): every job waiting in it is lost, as a purged queue's messages are.
 */
const QUEUE_CLEARED = /\bSidekiq::(?:Queue|RetrySet|ScheduledSet|DeadSet)\b[^;\n]*?(?:\.clear\b|&:clear\b)|\bResque(?:\.remove_queue\(|::Failure\.clear\b)/;

/** Any ORM delete or update: narrowed when no whole-model form matched. */
const ANY_DELETE = /\.(?:delete_all|destroy_all|delete_by|destroy_by|destroy!?|delete!?|update_all|forceDelete|truncate)\b|->(?:delete|forceDelete)\(|\bRepo\.(?:delete|delete_all|update_all)!?\(/;

/** SQL passed through the ORM's connection, as a string literal. */
const RAW_SQL = /\b(?:execute|exec_query|exec_update|exec_delete|statement|unprepared|query!?|raw)\(\s*(?:\w+(?:\.\w+)*\s*,\s*)?(["'])((?:\\.|(?!\1).)*)\1/g;

/** The framework console a program or script name is (`bin/rails`, `./manage.py`, `artisan`, `mix`), if any. */
function consoleFor(name: string): Console | undefined {
  return CONSOLES[name.replace(/^.*\//, '')];
}

/**
 * Judges a framework console's line: `words` are its arguments after the program (`runner CODE`, `shell -c CODE`).
 * Returns false when the line is no console or runner (migrations and the rest are judged elsewhere).
 */
export function appConsole(inv: Invocation, name: string, words: Word[]): boolean {
  const c = consoleFor(name);
  if (!c) return false;
  const isSub = (w: Word) => w.value === null || !w.value.startsWith('-');
  let sub = words.findIndex(isSub);
  const alias = c.skip && words[sub]?.value && c.skip.test(words[sub]!.value!) ? words[sub]!.value! : null;
  if (alias !== null) sub = words.findIndex((w, i) => i > sub && isSub(w));
  const subWord = words[sub]?.value;
  if (sub < 0 || subWord === null || subWord === undefined) return false;
  const b = inv.env.b;
  const rest = words.slice(sub + 1);
  if (c.db?.test(subWord)) {
    b.target(ormTarget(inv, words.map((w) => w.value ?? '?')));
    if (inv.stdin?.text) classifySqlInto(inv.stdin.text, { ctx: inv.env.ctx, inventory: inv.env.inventory }, b, inv.span);
    else b.opaque('app_db_shell', `\`${name} ${subWord}\` opens the database's shell: the statements are not in the line`, inv.span);
    return true;
  }
  if (!c.code.test(subWord)) return false;
  // The site alias says where the code runs (`drush @shop.prod php:eval …`).
  if (alias !== null) b.target(envTarget(inv, 'host', `${name}:${alias}`, [clue('names', alias)]));
  const code = codeOf(c, rest, (name === 'rails' && /^(runner|r)$/.test(subWord)) || c.positional === true);
  if (code === undefined && name === 'mix') return false;
  b.target(ormTarget(inv, words.map((w) => w.value ?? '?')));
  if (code === 'file') {
    b.verb('exec').partial('script_unseen', `\`${name} ${subWord}\` runs a script whose content is not part of the action`, inv.span);
    return true;
  }
  const text = code ?? inv.stdin?.text ?? null;
  if (text === null) {
    b.opaque('app_console', `\`${name} ${subWord}\` runs application code that is not in the line`, inv.span);
    return true;
  }
  judgeAppCode(inv, c, text, `\`${name} ${subWord}\``, testEnvironmentReset(inv, words.map((w) => w.value ?? '?')));
  return true;
}

/** The code a console runs: its text, `null` when not fixed, `'file'` for a script file, undefined when none is given. */
function codeOf(c: Console, rest: Word[], positional: boolean): string | null | 'file' | undefined {
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i]!.value;
    if (v === null) return positional ? null : undefined;
    const eq = c.codeOptions.find((o) => v.startsWith(`${o}=`));
    if (eq) return v.slice(eq.length + 1);
    if (c.codeOptions.includes(v)) return rest[i + 1] ? rest[i + 1]!.value : null;
    if (c.valued.includes(v)) {
      i++;
      continue;
    }
    if (positional && !v.startsWith('-')) return /^[\w./-]+\.(rb|php)$/.test(v) ? 'file' : v;
  }
  return undefined;
}

/**
 * `inTest`: the framework's test environment is named and nothing else names a database (data.ts testEnvironmentReset,
 * `RAILS_ENV=test bin/rails runner …`): a model emptied or a job queue cleared there is the test environment's, which its
 * test runs erase and fill again, as a reset of it is.
 */
function judgeAppCode(inv: Invocation, c: Console, code: string, label: string, inTest: boolean): void {
  const b = inv.env.b;
  // The interpreter's own reading (files removed, processes run, SDK calls), where there is one.
  if (c.interpreter) inv.dispatch([c.interpreter.name, c.interpreter.code, code].map((w) => literalWord(w, inv.span.start, inv.span.end)), null);
  for (const m of code.matchAll(RAW_SQL)) classifySqlInto(m[2]!.replace(/\\(["'\\])/g, '$1'), { ctx: inv.env.ctx, inventory: inv.env.inventory }, b, inv.span);
  const whole = WHOLE_MODEL[c.language].exec(code) ?? DROPS.exec(code);
  const cleared = c.language === 'ruby' ? QUEUE_CLEARED.exec(code) : null;
  if ((cleared || whole) && inTest) b.verb('delete').finding('test_database_reset', `${label} runs \`${(cleared ?? whole)![0]}\` in the test environment, which its test runs erase and fill again`, inv.span);
  else if (cleared) b.verb('delete').destroy('app_code_queue_cleared', `${label} runs \`${cleared[0]}\`: every job waiting in the queue or set is lost`, inv.span);
  else if (whole) b.verb('delete').destroy('app_code_whole_model', `${label} runs \`${whole[0]}\`: every row of the model is deleted, changed or dropped`, inv.span);
  else if (ANY_DELETE.test(code)) b.verb('delete').finding('app_code_narrowed_delete', `${label} deletes or updates records narrowed by a query`, inv.span);
  else b.verb('exec');
}
