import { isDisposableDatabaseFile, isStateOrSecretFile, resolvePath } from '../../paths.ts';
import { analyseCode, PY_SAVE_METHOD, type CodeArg, type CodeCall, type CodeFacts } from '../../code/analyse.ts';
import { classifySqlInto } from '../../sql/sql.ts';
import { storeWrite, type Invocation } from '../invocation.ts';
import { literalWord } from '../words.ts';
import { clue, envTarget } from './common.ts';
import { emptyFile, fileTarget, inWorkspaceDataFolder } from './filesystem.ts';
import { judgeHttp } from './http.ts';
import { modelStageReleases } from '../../rest-apis.ts';
import { DATABASE_FILE_OPERAND, IN_MEMORY_REACHES_OUT } from './db-clis.ts';
import { shellQuote } from '../../shell-quote.ts';
import { controlEffectRecord, libraryCallEffect } from '../../control-points.ts';

/**
 * Inspection of interpreter one-liners (`python -c`, `node -e`, `perl -e`, `ruby -e`). This is not a
 * language parser: it finds the calls that delete, write or run commands, follows literal arguments
 * (a shell string goes back to the shell classifier), and calls everything that touches a process,
 * file or network API it cannot follow opaque. Code that uses none of those can do no harm.
 */

type Language = 'python' | 'javascript' | 'perl' | 'ruby' | 'php' | 'lua' | 'r';

interface Literal {
  value: string;
  start: number;
  end: number;
}

/** String literals and the code with each literal replaced by `""` (so names inside strings never count). */
function splitLiterals(code: string): { skeleton: string; literals: Literal[] } {
  const literals: Literal[] = [];
  let skeleton = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i]!;
    const triple = (c === '"' || c === "'") && code.startsWith(c.repeat(3), i);
    if (c === '"' || c === "'" || c === '`') {
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      let value = '';
      while (j < code.length && !code.startsWith(quote, j)) {
        if (code[j] === '\\' && j + 1 < code.length) {
          const n = code[j + 1]!;
          value += n === 'n' ? '\n' : n === 't' ? '\t' : n;
          j += 2;
          continue;
        }
        value += code[j];
        j++;
      }
      literals.push({ value, start: i, end: j + quote.length });
      skeleton += c === '`' ? '`EXEC`' : '""';
      i = j + quote.length;
      continue;
    }
    if (c === '#' && (code[i - 1] === undefined || /\s/.test(code[i - 1]!))) {
      const nl = code.indexOf('\n', i);
      i = nl === -1 ? code.length : nl;
      continue;
    }
    skeleton += c;
    i++;
  }
  return { skeleton, literals };
}

/** Calls that run a command line; their literal arguments are shell. */
const EXEC_CALLS: Record<Language, RegExp> = {
  python: /\b(os\.(system|popen|exec\w*|spawn\w*)|subprocess\.\w+|commands\.getoutput|pty\.spawn|sh\.\w+)\s*\(/g,
  javascript: /\b(exec|execSync|spawn|spawnSync|execFile|execFileSync|fork|\$)\s*\(|Deno\.(run|Command)|Bun\.(spawn|spawnSync|\$)/g,
  perl: /\b(system|exec|qx|open)\s*[({"']|`EXEC`/g,
  ruby: /\b(system|exec|spawn|IO\.popen|Open3\.\w+|%x)\s*[({"']?|`EXEC`/g,
  php: /\b(system|exec|shell_exec|passthru|popen|proc_open)\s*\(|`EXEC`/g,
  lua: /\b(os\.execute|io\.popen)\s*\(/g,
  r: /\b(system2?|shell|pipe)\s*\(/g,
};

/** Calls that delete; `recursive` when they remove whole trees. */
const DELETE_CALLS: Record<Language, Array<[RegExp, boolean]>> = {
  python: [[/\bshutil\.rmtree\s*\(/, true], [/\b(os\.(remove|unlink|rmdir|removedirs)|\.unlink\s*\(|\.rmdir\s*\()/, false], [/\bshutil\.move\s*\(/, false]],
  javascript: [[/\b(rmSync|rmdirSync|rimraf|rm|rmdir|remove|removeSync|emptyDir|emptyDirSync)\s*\(/, true], [/\b(unlink|unlinkSync)\s*\(/, false]],
  // Perl calls a sub without parentheses (`rmtree shift`, `remove_tree $d`).
  perl: [[/\b(rmtree|remove_tree)\s*(\(|[$@"\\]|shift\b|glob\b)/, true], [/\b(unlink|rmdir)\b/, false]],
  ruby: [[/\b(FileUtils\.(rm_rf|rm_r|remove_dir|remove_entry|rmtree)|Pathname.*\.rmtree)/, true], [/\b(File\.(delete|unlink)|FileUtils\.(rm|rm_f|remove)|Dir\.(rmdir|delete|unlink))\b/, false]],
  php: [[/\b(unlink|rmdir)\s*\(/, false]],
  lua: [[/\bos\.remove\s*\(/, false]],
  r: [[/\bunlink\s*\([^)]*recursive\s*=\s*(TRUE|T)\b/, true], [/\b(unlink|file\.remove)\s*\(/, false]],
};

/** Anything else that reaches files, processes, the network or dynamic code: we cannot follow it. */
const CAPABILITY: Record<Language, RegExp> = {
  python: /\b(eval|exec|compile|__import__|importlib|ctypes|socket|urllib|requests|http\.client|httpx|open|shutil|subprocess|pty|os\.(?!path\b|environ\b|getcwd\b|getenv\b|listdir\b|walk\b|stat\b|sep\b|name\b|cpu_count\b|getpid\b|linesep\b)\w+|pathlib|Path|write\w*|pickle|marshal|sqlite3|psycopg\w*|pymysql|boto3|kubernetes|google|azure)\b/,
  javascript: /\b(eval|Function|require|import|child_process|fs|fetch|http|https|net|dgram|process\.(?!env\b|argv\b|version\b|versions\b|platform\b|arch\b|cwd\b|stdout\b|stdin\b|exit\b)\w+|Deno|Bun|globalThis|WebAssembly|vm|worker_threads)\b/,
  perl: /\b(eval|do|require|use|open|opendir|socket|system|exec|unlink|rmdir|rename|chmod|chown|kill|syscall|mkdir|symlink|link|truncate)\b|`EXEC`|qx/,
  ruby: /\b(eval|instance_eval|class_eval|send|public_send|require|load|File|Dir|FileUtils|IO|Kernel|Open3|Net|Socket|URI|Process|system|exec|spawn|fork|`EXEC`)\b|`EXEC`|%x/,
  php: /\b(eval|assert|include|require|include_once|require_once|file_put_contents|fopen|fwrite|unlink|rmdir|rename|system|exec|shell_exec|passthru|popen|proc_open|curl_\w+|fsockopen|create_function|call_user_func\w*)\b|`EXEC`/,
  lua: /\b(os|io|load|loadstring|dofile|require|debug)\b/,
  r: /\b(system2?|shell|pipe|unlink|file\.(remove|rename|copy|create|append)|writeLines|write\.\w+|saveRDS|save|sink|download\.file|url|socketConnection|source|eval|parse|do\.call|dyn\.load|library|require|Sys\.setenv|setwd|DBI|dbExecute|dbSendQuery|dbRemoveTable)\b/,
};

/**
 * Calls that write the file named by their first literal argument (Ruby's File/IO class methods and
 * FileUtils, PHP's filesystem functions): `File.write("VERSION", ...)`, `file_put_contents("x", ...)`.
 * `File.open`/`fopen` write only with a write mode ("w", "a", "r+"); PHP's `copy` and `rename` write their second.
 * `replaces`: the call replaces the file's whole content, as the shell's `>` and the agent's file tool do (a `w` mode;
 * `file_put_contents` without `FILE_APPEND`; `copy`), so a dotenv, secret or state file it names loses what it held.
 */
const WRITE_CALLS: Partial<Record<Language, Array<{ re: RegExp; arg: 0 | 1; mode?: true; replaces?: true }>>> = {
  ruby: [
    { re: /\b(File|IO)\.(write|binwrite)\s*\(?/g, arg: 0, replaces: true },
    { re: /\bFileUtils\.(touch|mkdir_p|mkpath|makedirs|mkdir)\s*\(?/g, arg: 0 },
    { re: /\bDir\.mkdir\s*\(?/g, arg: 0 },
    { re: /\bFile\.open\s*\(?/g, arg: 0, mode: true },
  ],
  php: [
    { re: /\bfile_put_contents\s*\(/g, arg: 0, replaces: true },
    { re: /\b(touch|mkdir)\s*\(/g, arg: 0 },
    { re: /\b(copy)\s*\(/g, arg: 1, replaces: true },
    { re: /\bfopen\s*\(/g, arg: 0, mode: true },
  ],
};

/** A write mode that truncates the file first (`w`, `wb`, `w+`; not `a`, `r+` or `x`, which fails on an existing file). */
const TRUNCATING_MODE = /^[bt]*w/;

/**
 * PHP runs a function named by a string (a "callable", PHP manual): `array_map("unlink", $files)`.
 * Functions that take a callable, and names of functions that delete or run commands.
 */
const PHP_CALLABLE_TAKER = /\b(array_map|array_walk|array_walk_recursive|array_filter|array_reduce|usort|uasort|uksort|iterator_apply|register_shutdown_function|call_user_func|call_user_func_array|forward_static_call|forward_static_call_array)\s*\(/;
const PHP_DELETE_NAME = /^\\?(unlink|rmdir)$/i;
const PHP_EXEC_NAME = /^\\?(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|eval|assert|create_function|file_put_contents|rename)$/i;

/**
 * Ruby block variables that stand for the paths of a literal glob: `Dir.glob("tmp/**\/*").each { |f| ... }`,
 * `Dir["log/*.log"].each do |f|`, `Dir.glob("x").each_entry`. A delete of such a variable deletes what the glob matches.
 */
function rubyGlobVars(code: string, skeleton: string, literals: Literal[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const m of skeleton.matchAll(/\bDir(?:\.glob\s*\(?\s*|\s*\[\s*)""\s*[)\]]?\s*\.(?:each|each_entry|select\s*\{[^}]*\}\s*\.each)\s*(?:\{|do)\s*\|\s*(\w+)\s*\|/g)) {
    const at = sourceOffset(code, m.index + m[0].indexOf('""'));
    const lit = literals.find((l) => l.start === at);
    if (lit) vars.set(m[1]!, lit.value);
  }
  return vars;
}

/** Ruby standard libraries that only compute or parse (Ruby standard library reference); `require` of them reaches nothing. */
const RUBY_PURE_LIBS = /^(json|yaml|psych|set|time|date|pp|prettyprint|securerandom|digest|digest\/\w+|base64|erb|ostruct|bigdecimal|csv|English|shellwords|stringio|benchmark|optparse|abbrev|forwardable|singleton|observer|matrix|prime|ripper|strscan|tsort|zlib|json\/ext|rbconfig|rubygems|bundler\/setup)$/;

const SQL_START = /^\s*(drop|truncate|delete|alter|update|grant|revoke|insert|create|replace|merge|flush)\b/i;

function literalsIn(text: string, offset: number, literals: Literal[]): Literal[] {
  return literals.filter((l) => l.start >= offset && l.start < offset + text.length);
}

/** Maps skeleton offsets back to source offsets so literals can be found after a call. */
function sourceOffset(code: string, skeletonIndex: number): number {
  let s = 0;
  let i = 0;
  while (i < code.length && s < skeletonIndex) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const triple = c !== '`' && code.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < code.length && !code.startsWith(quote, j)) j += code[j] === '\\' ? 2 : 1;
      i = j + quote.length;
      s += c === '`' ? 6 : 2;
      continue;
    }
    i++;
    s++;
  }
  return i;
}

export function classifyCode(code: string, language: Language, inv: Invocation): void {
  // A real parser where there is one (JavaScript, Python); the scan below for the others and for code that does not parse.
  const facts = analyseCode(code, language);
  if (facts) {
    judgeFacts(facts, inv, 0);
    return;
  }
  const b = inv.env.b;
  const { skeleton, literals } = splitLiterals(code);
  let handled = false;

  const globVars = language === 'ruby' ? rubyGlobVars(code, skeleton, literals) : new Map<string, string>();
  for (const [re, recursive] of DELETE_CALLS[language]) {
    const m = re.exec(skeleton);
    if (!m) continue;
    handled = true;
    const from = sourceOffset(code, m.index + m[0].length);
    const bound = /^\s*\(?\s*([a-z_]\w*)\b/.exec(skeleton.slice(m.index + m[0].length))?.[1];
    const arg = bound !== undefined && globVars.has(bound) ? { value: globVars.get(bound)! } : literals.find((l) => l.start >= from && l.start - from < 40);
    b.verb('delete');
    // A literal that interpolates (Perl's and PHP's `"$ENV{HOME}/x"`, `"$dir/x"`, Ruby's `"#{dir}/x"`): home when the variable
    // is HOME, otherwise a path the code computes.
    const path = arg ? arg.value.replace(/^(\$ENV\{\s*['"]?HOME['"]?\s*\}|\$_SERVER\[['"]HOME['"]\]|#\{ENV\[['"]HOME['"]\]\}|\$\{?HOME\}?)(?=\/|$)/, '~') : undefined;
    if (path !== undefined && /\$\{?[A-Za-z_]|#\{/.test(path)) b.destroy('code_delete_dynamic', `\`${inv.name}\` code deletes a path it computes: \`${path}\``, inv.span);
    else if (path !== undefined) fileTarget(inv, literalWord(path, inv.span.start, inv.span.end), 'delete', { recursive, what: `\`${inv.name}\` code deletes` });
    else b.destroy('code_delete_dynamic', `\`${inv.name}\` code deletes a path that is not a literal`, inv.span);
  }

  // Perl's three-argument `open` with a literal mode and path (perlfunc: open): `<` reads, `>`/`>>`/`+<` write that file;
  // a pipe mode (`-|`, `|-`) runs a command and is left to the scan below.
  const perlOpens = new Set<number>();
  if (language === 'perl') {
    for (const m of skeleton.matchAll(/\bopen\s*\(?\s*(?:my\s+)?[$\w]+\s*,\s*""\s*,\s*""/g)) {
      const at = sourceOffset(code, m.index + m[0].length - 6);
      const [mode, path] = literals.filter((l) => l.start >= at).slice(0, 2);
      if (!mode || !path) continue;
      const m2 = mode.value.replace(/:.*$/, '').trim();
      if (m2 === '<') {
        handled = true;
        perlOpens.add(m.index);
      } else if (/^(>|>>|\+<|\+>|\+>>)$/.test(m2)) {
        handled = true;
        perlOpens.add(m.index);
        b.verb('write');
        // `>` and `+>` truncate the file first (perlfunc: open); `>>` appends and `+<` writes in place.
        const replaces = m2 === '>' || m2 === '+>';
        fileTarget(inv, literalWord(path.value, inv.span.start, inv.span.end), 'write', { recursive: false, what: `\`${inv.name}\` code ${replaces ? 'overwrites' : 'writes'}`, replaces: replaces && 'state' });
      }
    }
  }
  const execRe = new RegExp(EXEC_CALLS[language].source, 'g');
  for (const m of skeleton.matchAll(execRe)) {
    if (perlOpens.has(m.index)) continue;
    handled = true;
    b.verb('exec');
    const from = sourceOffset(code, m.index + m[0].length);
    const rest = code.slice(from);
    const close = rest.search(/\)\s*(;|$|\n|\.|,)/);
    const argText = close === -1 ? rest : rest.slice(0, close);
    const args = m[0] === '`EXEC`' ? literals.filter((l) => l.start === sourceOffset(code, m.index)) : literalsIn(argText, from, literals);
    const argSkeleton = argText.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
    // A call, variable or concatenation in the argument builds the command at run time.
    const built = /[A-Za-z_$][\w.]*\s*\(|[$@%]\w|\+|\.\s*["'$\w]|\bf["']/.test(argSkeleton.replace(/^\s*\[|\]\s*$/g, '')) && !/^\s*\[\s*(""\s*,\s*)*""\s*\]\s*$/.test(argSkeleton);
    const interpolated = built || /\$\{|%s|\{[a-z_]\w*\}/.test(m[0] === '`EXEC`' ? (args[0]?.value ?? '') : argText);
    if (args.length === 0 || interpolated) {
      b.opaque('code_exec_dynamic', `\`${inv.name}\` code runs a command that is not a literal`, inv.span);
      continue;
    }
    const list = /^\s*\(?\s*\[/.test(argText) || (args.length > 1 && /,/.test(argText));
    const source = list ? args.map((a) => `'${a.value.replace(/'/g, `'\\''`)}'`).join(' ') : args.map((a) => a.value).join('');
    inv.runSource(source, null, `\`${inv.name}\` code runs a command`);
  }

  for (const l of literals) {
    if (SQL_START.test(l.value) && /\b(execute|exec|query|run|raw|sql|executescript)\b/i.test(skeleton)) {
      handled = true;
      classifySqlInto(l.value, { ctx: inv.env.ctx, inventory: inv.env.inventory }, b, inv.span);
    }
  }

  let scan = skeleton;
  for (const w of WRITE_CALLS[language] ?? []) {
    for (const m of skeleton.matchAll(w.re)) {
      const from = sourceOffset(code, m.index + m[0].length);
      // The arguments: up to the call's closing parenthesis (or the line's end without one).
      const close = code.slice(from).search(/\)|\n|;/);
      const args = literals.filter((l) => l.start >= from && (close === -1 || l.start < from + close + 1 || l.start - from < 200)).slice(0, 2);
      const argSkel = skeleton.slice(m.index + m[0].length).replace(/^\s*/, '');
      const literalFirst = argSkel.startsWith('""');
      const path = literalFirst ? args[w.arg] : undefined;
      if (!path) continue;
      const mode = args[1]?.value ?? 'r';
      if (w.mode && /^[rbt]+$/.test(mode)) {
        handled = true;
        scan = scan.replace(m[0], ' ');
        continue;
      }
      handled = true;
      scan = scan.replace(m[0], ' ');
      inv.env.b.verb('write');
      const appends = /\bFILE_APPEND\b/.test(code.slice(from, close === -1 ? undefined : from + close + 1));
      const replaces = (w.replaces === true && !appends) || (w.mode === true && TRUNCATING_MODE.test(mode));
      fileTarget(inv, literalWord(path.value, inv.span.start, inv.span.end), 'write', { recursive: false, what: `\`${inv.name}\` code ${replaces ? 'overwrites' : 'writes'}`, replaces: replaces && 'state' });
      // `File.write(PATH, TEXT)`, `file_put_contents(PATH, TEXT)`: the text it stores, when it is a literal.
      if (w.replaces === true && w.arg === 0 && args[1] !== undefined) storeWrite(inv, path.value, args[1].value, appends);
    }
  }

  if (language === 'php') {
    // Property and constant reads (`$o->require`, `X::class`) are not the functions of the same name.
    scan = scan.replace(/(->|::)\w+(?!\s*\()/g, ' ');
    if (PHP_CALLABLE_TAKER.test(skeleton)) {
      for (const [i, l] of literals.entries()) {
        if (PHP_DELETE_NAME.test(l.value)) {
          handled = true;
          b.verb('delete');
          const target = literals[i + 1];
          if (target && target.start - l.end < 40) fileTarget(inv, literalWord(target.value, inv.span.start, inv.span.end), 'delete', { recursive: false, what: `\`${inv.name}\` code deletes (a callable named \`${l.value}\`)` });
          else b.destroy('code_delete_dynamic', `\`${inv.name}\` code deletes through a callable named \`${l.value}\``, inv.span);
        } else if (PHP_EXEC_NAME.test(l.value)) {
          b.opaque('code_exec_dynamic', `\`${inv.name}\` code runs \`${l.value}\` through a callable`, inv.span);
          return;
        }
      }
    }
  }

  const writes = language === 'python' ? /\bopen\s*\(/.exec(skeleton) : null;
  if (writes) {
    const from = sourceOffset(code, writes.index + writes[0].length);
    const args = literals.filter((l) => l.start >= from && l.start - from < 200).slice(0, 2);
    const mode = args[1]?.value ?? 'r';
    if (args[0] && /^[rbt]+$/.test(mode)) handled = true;
    else if (args[0] && /[wax+]/.test(mode)) {
      handled = true;
      const replaces = TRUNCATING_MODE.test(mode);
      fileTarget(inv, literalWord(args[0].value, inv.span.start, inv.span.end), 'write', { recursive: false, what: `\`${inv.name}\` code ${replaces ? 'overwrites' : 'writes'}`, replaces: replaces && 'state' });
    }
  }

  if (language === 'javascript') {
    // require() of pure modules or JSON, and fs calls that only read, cannot change anything.
    const required = [...code.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
    const safe = required.every((r) => /\.json$/.test(r) || /^(node:)?(path|util|url|crypto|assert|os|querystring|string_decoder|events|buffer|zlib|fs|fs\/promises)$/.test(r));
    const fsWrites = /\.(write\w*|append\w*|rm\w*|unlink\w*|rename\w*|copy\w*|cp\w*|mkdir\w*|chmod\w*|chown\w*|truncate\w*|symlink\w*|link\w*|utimes\w*|createWriteStream|open\w*)\s*\(/.test(skeleton);
    if (safe && !fsWrites && !/\b(eval|Function|import|child_process)\b/.test(skeleton)) scan = skeleton.replace(/\brequire\b|\bfs\b/g, ' ');
  }
  for (const i of perlOpens) scan = scan.slice(0, i) + ' '.repeat(4) + scan.slice(i + 4);
  // Perl's `do BLOCK` is an expression (perlfunc: do BLOCK); only `do FILE` runs another file.
  if (language === 'perl') scan = scan.replace(/\bdo\s*\{/g, ' {');
  // Ruby's standard libraries that only compute (json, yaml, set, time, ...) change nothing when required.
  if (language === 'ruby') {
    for (const m of skeleton.matchAll(/\b(require|require_relative)\s*\(?\s*""/g)) {
      const lit = literals.find((l) => l.start >= sourceOffset(code, m.index + m[0].length - 2));
      if (lit && RUBY_PURE_LIBS.test(lit.value) && m[1] === 'require') scan = scan.replace(m[0], ' ');
    }
  }
  // Ruby's File and Dir also answer questions and read: those calls change nothing.
  if (language === 'ruby') scan = scan.replace(/\b(File|IO)\.(read|readlines|foreach|exist\?|exists\?|file\?|directory\?|basename|dirname|extname|join|expand_path|absolute_path|size|mtime|ctime|readable\?|zero\?|empty\?)|\bDir\.(glob|pwd|entries|children|exist\?|home|\[\])|\bDir(?=\s*\[)/g, ' ');
  // Round 41 (nv41): a parser's `load` on its module (`JSON.load(ARGF)`, `YAML.load_file(F)`, `Psych.safe_load`) reads data
  // into values; only Kernel's `load FILE` (bare or `Kernel.load`) runs another file. `Marshal.load` stays as it was.
  if (language === 'ruby') scan = scan.replace(/\b(JSON|YAML|Psych)\.(load|load_file|safe_load|safe_load_file|parse|parse_file)\b/g, ' ');
  const rest = scan.replace(EXEC_CALLS[language], ' ').replace(/\b(os|subprocess|shutil|sys|json|re|math|time|datetime|base64|hashlib|random|string|collections|itertools|functools|textwrap|pprint|uuid)\b\s*(,|\n|;|$)/g, '$2');
  const risky = CAPABILITY[language].exec(language === 'python' ? stripHandled(rest) : rest);
  if (risky && !(handled && /^(os|shutil|subprocess|open|File|FileUtils|fs|require|system|exec|unlink|rmdir|import|use|`EXEC`|child_process)$/.test(risky[1] ?? risky[0]))) {
    b.opaque('code_capability', `\`${inv.name}\` code uses \`${risky[0]}\`, which we cannot follow`, inv.span);
    return;
  }
  if (!handled) {
    b.verb('read').finding('code_harmless', `\`${inv.name}\` code uses no file, process or network API`, inv.span);
  }
}

/** Python names already followed (`import os` lines, os.remove) are not a reason to give up. */
function stripHandled(skeleton: string): string {
  return skeleton
    .replace(/\bimport\s+[\w.,\s]+/g, ' ')
    .replace(/\bfrom\s+[\w.]+\s+import\s+[\w.,\s*]+/g, ' ')
    .replace(/\b(shutil\.rmtree|os\.(remove|unlink|rmdir|removedirs|system|popen)|subprocess\.\w+|open)\b/g, ' ');
}

// ------------------------------------------------------------------ judged from parsed code (analyse.ts)

/**
 * Resolved write APIs that replace a file's whole content, as the shell's `>` does: pathlib's `write_text`/`write_bytes`,
 * Node's `writeFile`, `createWriteStream` (flags `w` by default) and `truncate`, Deno's and Bun's writes, and the copies
 * and renames onto a destination (`shutil.copy`, `fs.copyFile`, `os.replace`). Appends are not.
 */
const REPLACING_API = /Path\(\)\.(write_text|write_bytes)$|^fs\.(writeFile|writeFileSync|createWriteStream|truncate|truncateSync|rename|renameSync|copyFile|copyFileSync)$|^(os\.(rename|replace)|shutil\.(copy|copy2|copyfile))$|^(Deno\.(writeTextFile|writeTextFileSync|writeFile|writeFileSync|truncate|truncateSync|copyFile|copyFileSync|rename|renameSync)|Bun\.write)$/;

/** Readers of a data file into a frame or data set (pandas `read_*`, polars `read_*`/`scan_*`, datasets `load_from_disk`). */
const FRAME_READ = /(^|\.)(read_(csv|parquet|json|excel|feather|pickle|table|orc|ndjson|ipc|avro)|scan_(csv|parquet|ndjson|ipc)|load_from_disk)$/;

type ApiEffect = 'delete_tree' | 'delete' | 'redis_delete' | 'exec' | 'exec_argv' | 'write' | 'write_arg1' | 'save' | 'boto3_download' | 'cloud_upload' | 'table_save' | 'model_stage' | 'hub_history_squash' | 'hub_visibility' | 'sql' | 'eval' | 'opaque' | 'read' | 'http';

/**
 * What an API does, by resolved name. Anything not listed is computation (print, json, math, path
 * joins, reads); modules that reach other systems are opaque unless listed as reads.
 */
const PY_APIS: Array<[RegExp, ApiEffect]> = [
  [/^shutil\.rmtree$/, 'delete_tree'],
  [/^(os\.(remove|unlink|rmdir|removedirs)|(pathlib\.)?(Pure)?(Posix)?Path\(\)\.(unlink|rmdir)|shutil\.move)$/, 'delete'],
  // `p.unlink()` on a path from a loop or a variable (`for p in Path(d).iterdir()`): pathlib's delete, path unknown.
  [/^[A-Za-z_]\w*(\(\))?\.(unlink|rmdir)$/, 'delete'],
  [/^(os\.(system|popen)|commands\.getoutput|subprocess\.getoutput|subprocess\.getstatusoutput)$/, 'exec'],
  [/^(subprocess\.(run|call|check_call|check_output|Popen)|os\.(exec\w*|spawn\w*|posix_spawn\w*)|pty\.spawn)$/, 'exec_argv'],
  [/^(open|io\.open|codecs\.open)$/, 'write'],
  [/^((pathlib\.)?Path\(\)\.(write_text|write_bytes|touch|mkdir|symlink_to|hardlink_to|chmod|rename|replace)|os\.(makedirs|mkdir|rename|replace|chmod|chown|symlink|link|truncate|utime)|shutil\.(copy|copy2|copyfile|copytree|chown))$/, 'write_arg1'],
  [/\.(execute|executescript|executemany|exec_driver_sql)$/, 'sql'],
  // `spark.sql(...)`, `duckdb.sql(...)`, `con.sql(...)`: the statement is the first argument (PySpark and DuckDB references).
  [/\.sql$/, 'sql'],
  // pandas `read_sql`/`read_sql_query` run their statement as given (pandas reference), a DROP as much as a SELECT.
  [/^pandas\.(read_sql|read_sql_query)$/, 'sql'],
  // Data frames saved to a file (pandas `DataFrame.to_*`, polars `write_*`, Hugging Face `Dataset.save_to_disk`): the path is
  // the first argument; `to_sql` writes a table, and with `if_exists='replace'` drops it first (pandas reference).
  [PY_SAVE_METHOD, 'save'],
  [/\.to_sql$/, 'table_save'],
  // MLflow's model registry (MlflowClient reference): `transition_model_version_stage(name, version, stage)` moves a version
  // to a stage; into Staging or Production it is a release, to Archived or None it takes the version out of the stage
  // that serving loads (`models:/NAME/Production`), and the input does not show which stage it held.
  [/\.transition_model_version_stage$/, 'model_stage'],
  // The Hugging Face Hub (huggingface_hub HfApi reference): `super_squash_history` squashes a branch's history into one
  // commit ("cannot be undone"), so every earlier revision of the files is gone; `update_repo_settings(private=False)`
  // (and the older `update_repo_visibility`) makes a private repository public.
  [/^huggingface_hub\.(HfApi\(\)\.)?super_squash_history$/, 'hub_history_squash'],
  [/^huggingface_hub\.(HfApi\(\)\.)?(update_repo_settings|update_repo_visibility)$/, 'hub_visibility'],
  [/^(eval|exec|compile)$/, 'eval'],
  // SQLAlchemy (reference): `create_engine(URL)` only makes an engine (it connects when used); `text(SQL)` wraps a statement
  // for `execute`, so its literal is judged as the SQL that runs (sqlAlchemyTexts). Every other SQLAlchemy function stays
  // opaque below.
  [/^sqlalchemy\.text$/, 'sql'],
  [/^sqlalchemy\.create_engine$/, 'read'],
  // `inspect(engine)` returns an Inspector whose `get_*` and `has_*` methods read the schema (SQLAlchemy reference, "Reflecting
  // Database Objects").
  [/^sqlalchemy\.inspect(\(\)\.(get_\w+|has_table|has_schema|has_index|has_sequence))?$/, 'read'],
  // HTTP clients: the method is the function's name (requests and httpx references) or urlopen's data; judged like curl.
  [/^((requests|httpx)\.(get|head|options|post|put|patch|delete|request)|urllib\.request\.urlopen)$/, 'http'],
  // boto3 (Boto3 reference): a chain from a client or resource through reads only (`list_*`, `get_*`, `describe_*`,
  // `head_*`, collections' `all`/`filter`/`limit`, paginators) reads; `download_file` writes its local copy. Any other
  // call on a boto3 chain stays opaque (a `put_*` or `stop_*` is no read), except deletes, which the SDK rule below names, and
  // an item's methods that only compute (`page.get('Contents')`).
  [/^boto3\.(client|resource|Session|session\.Session)(\(\)(\.(meta\.client|objects|object_versions|Bucket|Object|Table|Queue|Instance|\w+_name))?\.(list_\w+|get_\w+|describe_\w+|head_\w+|all|filter|limit|page_size|get_paginator|paginate|generate_presigned_url|can_paginate|Bucket|Object|Table|Queue|Instance))*(\(\))?$/, 'read'],
  [/^boto3\.(client|resource|Session)\(\)(\.\w+\(\))*\.(download_file|download_fileobj)$/, 'boto3_download'],
  // `upload_file(Filename, Bucket, Key)` and `upload_fileobj` put one object, as `aws s3 cp FILE s3://…` does (Boto3
  // reference, "Uploading files"): a write, read the same as the CLI's upload.
  [/^boto3\.(client|resource|Session)\(\)(\.\w+\(\))*\.(upload_file|upload_fileobj)$/, 'cloud_upload'],
  [/^boto3\.(?!.*\[\])(?!.*\.(delete|remove|destroy|terminate|purge|truncate|wipe|flush)\w*$)/, 'opaque'],
  // Database drivers (PEP 249, the Python DB-API; psycopg, PyMySQL, mysql-connector and redis-py references): `connect()`
  // only opens a connection and `cursor()` a cursor; the statements its `execute` runs are judged as SQL by the `.execute`
  // row above. A cursor's fetches and the connection's commit, rollback and close read or end nothing. redis-py's client
  // reads (GET, SCAN, TTL, INFO…, the commands of the same names) read. Every other call on such a chain (`callproc`, a
  // stored procedure the input does not show; `copy_from`; redis writes and flushes) stays opaque below.
  [/^(psycopg2?|pymysql|MySQLdb|mysql\.connector)\.connect(\(\)((\.cursor\(\))?(\.execute\(\))?\.(fetchone|fetchmany|fetchall|close|description|rowcount)|\.cursor|\.(commit|rollback|close)))?$/, 'read'],
  [/^redis\.(Redis|StrictRedis|from_url|Redis\.from_url)(\(\)\.(get|mget|hget|hmget|hgetall|hkeys|hvals|hlen|hexists|exists|ttl|pttl|type|keys|scan|scan_iter|info|dbsize|ping|lrange|llen|lindex|smembers|scard|sismember|zrange|zrangebyscore|zrevrange|zcard|zscore|zrank|xlen|xrange|xinfo_stream|strlen|getrange|memory_usage|config_get|client_list|slowlog_get|time|close))?$/, 'read'],
  // The lead's answer 405.3 (round 39): redis-py's `delete`/`unlink` of whole literal keys is redis-cli's `DEL`/`UNLINK`
  // of them (53, 357.2; redisKeysDeleted); a key built at run time or a pattern stays as redis-cli reads it, or opaque.
  [/^redis\.(Redis|StrictRedis|from_url|Redis\.from_url)\(\)\.(delete|unlink)$/, 'redis_delete'],
  [/^(psycopg2?|pymysql|MySQLdb|mysql\.connector|redis)\./, 'opaque'],
  [/^(__import__|importlib\.import_module|importlib\.\w+|ctypes\.\w+|pickle\.loads?|marshal\.loads?|socket\.\w+|urllib\.\w+(\.\w+)*|requests\.\w+|httpx\.\w+|http\.client\.\w+|smtplib\.\w+|ftplib\.\w+|paramiko\.\w+(\.\w+)*|boto3\.\w+(\.\w+)*|botocore\.\w+|google\.cloud\.\w+|azure\.\w+|kubernetes\.\w+|docker\.\w+|psycopg2?\.\w+|pymysql\.\w+|pymongo\.\w+|redis\.\w+|sqlalchemy\.\w+|os\.(kill|killpg|fork|_exit|setuid|setgid)|signal\.\w+|webbrowser\.\w+|setattr|delattr|globals|vars|locals)$/, 'opaque'],
];

/** Data-frame, array and tensor libraries: their methods compute values; files they save are judged by PY_APIS. */
const PY_COMPUTE_LIBRARY = /^(pandas|polars|numpy|torch|tensorflow|jax|sklearn|scipy|xarray|datasets)$/;

const JS_APIS: Array<[RegExp, ApiEffect]> = [
  [/^(fs\.(rm|rmSync|rmdir|rmdirSync)|(fs-extra|fse)\.(remove|removeSync|emptyDir|emptyDirSync)|rimraf(\.\w+)?|del(\.\w+)?)$/, 'delete_tree'],
  [/^fs\.(unlink|unlinkSync)$/, 'delete'],
  [/^child_process\.(exec|execSync)$/, 'exec'],
  [/^child_process\.(spawn|spawnSync|execFile|execFileSync|fork)$/, 'exec_argv'],
  [/^fs\.(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|truncate|truncateSync|mkdir|mkdirSync|chmod|chmodSync|chown|chownSync|symlink|symlinkSync|link|linkSync|utimes|utimesSync|open|openSync)$/, 'write'],
  // fs.cp/cpSync copy a tree onto the destination (Node.js fs reference): a write there, never a delete of the source.
  [/^fs\.(rename|renameSync|copyFile|copyFileSync|cp|cpSync)$/, 'write_arg1'],
  // Deno's and Bun's own file APIs (Deno and Bun runtime references): the path is the first argument,
  // the destination the second for copies and renames. Their process and network APIs stay opaque below.
  [/^Deno\.(remove|removeSync)$/, 'delete_tree'],
  [/^(Deno\.(writeTextFile|writeTextFileSync|writeFile|writeFileSync|mkdir|mkdirSync|create|createSync|truncate|truncateSync|chmod|chmodSync|chown|chownSync|symlink|symlinkSync|utime|utimeSync|makeTempDir|makeTempFile)|Bun\.write)$/, 'write'],
  [/^Deno\.(copyFile|copyFileSync|rename|renameSync|link|linkSync)$/, 'write_arg1'],
  // Runtimes' process APIs: `Bun.spawn(["cmd", ...])` names its argv; `Deno.run({cmd})` and `new Deno.Command(cmd, {args})`
  // carry it in an options object we do not read, so they stay opaque (listed before the SQL `.run` below).
  [/^Bun\.(spawn|spawnSync)$/, 'exec_argv'],
  [/^(Deno\.run|new Deno\.Command|Deno\.(kill|exit|chdir|dlopen|connect\w*|listen\w*|serve|startTls))$/, 'opaque'],
  [/^(Deno\.(readTextFile|readTextFileSync|readFile|readFileSync|readDir|readDirSync|stat|statSync|lstat|lstatSync|realPath|realPathSync|readLink|readLinkSync|cwd|execPath|inspect|memoryUsage|osRelease|hostname)|Deno\.env\.(get|has|toObject)|Bun\.(file|version|revision|env\.\w+|nanoseconds|sleep|hash|inspect|deepEquals|which|argv|main)|Bun\.file\(\)\.(text|json|arrayBuffer|bytes|exists|size|type))$/, 'read'],
  [/\.(exec|query|run|prepare|raw|execute|executeQuery)$/, 'sql'],
  [/^(eval|Function|vm\.\w+|new vm\.\w+)$/, 'eval'],
  // fetch(url[, init]): GET unless `init.method` says otherwise (Fetch standard); judged like curl.
  [/^fetch$/, 'http'],
  [/^(process\.(kill|exit|abort|chdir|setuid|setgid|dlopen|binding)|fetch|(http|https|net|dgram|tls|dns|http2)\.\w+|new (http|https|net|dgram|tls|WebSocket|Worker)\b.*|worker_threads\.\w+|cluster\.\w+|WebAssembly\.\w+|Deno\.\w+|Bun\.\w+|globalThis\.\w+|setTimeout|setInterval)$/, 'opaque'],
];

/** The HTTP method of a client call, or null when the code decides it at run time. */
/**
 * The lead's answer 408.4 (round 39): pynetbox's `nb.dcim.devices.get(42).delete()` deletes one NetBox record by its id:
 * narrowed (answer 53), as `DELETE /api/dcim/devices/42/`; records that hold no others only (not a site, rack or tenant).
 * `get` by a filter (`get(name=…)`) may name any record the
 * filter matches first; `filter(…).delete()` and `all().delete()` are bulk and stay destructive.
 */
function netboxRecordById(api: string, calls: CodeCall[]): boolean {
  const m = /^(pynetbox\.api\(\)\.(dcim\.(devices|interfaces|cables|inventory_items|modules)|ipam\.(ip_addresses|prefixes|ip_ranges|vlans|services)|circuits\.circuits|virtualization\.(virtual_machines|interfaces))\.get)\(\)\.delete$/.exec(api);
  const get = m ? calls.find((c) => c.api === m[1]) : undefined;
  const id = get?.args.length === 1 ? get.args[0] : null;
  return (id?.kind === 'other' && /^\d+$/.test(id.text)) || (id?.kind === 'string' && /^\d+$/.test(id.value));
}

function httpMethod(call: CodeCall): string | null {
  const api = call.api;
  if (api === 'fetch') {
    const init = call.args[1];
    if (init === undefined) return 'GET';
    if (init === null || init.kind !== 'object' || init.dynamic?.some((k) => k === '*' || k === 'method')) return null;
    return typeof init.keys.method === 'string' ? init.keys.method : 'GET';
  }
  if (api === 'urllib.request.urlopen') return call.args[0]?.kind !== 'string' ? null : call.args[1] !== undefined || call.kwargs.data !== undefined ? 'POST' : 'GET';
  if (api.endsWith('.request')) return argText(call.args[0]);
  return api.slice(api.lastIndexOf('.') + 1).toUpperCase();
}

/** A connection opened in the argument itself on a database file whose name says tests or scratch (paths.ts, test-data.ts). */
function scratchConnection(a: CodeArg | undefined): boolean {

  const text = a && a.kind === 'other' ? a.text.trim() : '';
  const file = /^(?:sqlite3|duckdb)\.connect\(\s*(['"])([\w.-]+)\1\s*\)$/.exec(text)?.[2] ?? /^(?:sqlalchemy\.)?create_engine\(\s*(['"])(?:sqlite|duckdb):\/\/\/([\w.-]+)\1\s*\)$/.exec(text)?.[2];
  return file !== undefined && isDisposableDatabaseFile(file);
}

/**
 * The lead's answer 333 (round 30, question 5): the statements code runs through the one DuckDB connection it opens on a
 * database file of this machine (`con = duckdb.connect('warehouse/dev.duckdb')`, then `con.execute(…)`), every one a
 * literal, run in order on that file as `duckdb FILE -c "…; …"` runs them (db-clis.ts `localFile`): the SQL reading
 * sees the file and each statement's next. A second connection, a statement built at run time, a file that is not a
 * database file operand or SQL that reaches beyond the file (ATTACH, INSTALL, …) leave each call judged alone.
 */
function localDuckdbScript(calls: CodeCall[]): { file: string; sql: string; runs: ReadonlySet<CodeCall> } | null {
  const connects = calls.filter((c) => c.api === 'duckdb.connect');
  const file = connects.length === 1 ? argText(connects[0]!.args[0]) : null;
  if (file === null || !DATABASE_FILE_OPERAND.test(file)) return null;
  const runs = calls.filter((c) => /^duckdb\.connect\(\)\.(execute|sql)$/.test(c.api));
  const texts = runs.map((c) => argText(c.args[0]));
  if (runs.length === 0 || texts.some((t) => t === null)) return null;
  const sql = texts.map((t) => t!.trim().replace(/;$/, '')).join(';\n');
  return IN_MEMORY_REACHES_OUT.test(sql) ? null : { file, sql, runs: new Set(runs) };
}

/** A whole Redis key as written: no glob character, no space, nothing a shell or redis-cli would read otherwise. */
const WHOLE_REDIS_KEY = /^[\w:.@/{}=+-]+$/;
/**
 * The redis-cli line a redis-py `delete`/`unlink` call is (the lead's answer 405.3): its keys, every one a literal whole
 * key (WHOLE_REDIS_KEY), at most ten, and the client's literal `host` or URL (`redis.Redis(host='cache-1')`,
 * `redis.from_url('redis://…')`) when it names one; null when a key or the client is built at run time or the call takes
 * keyword arguments. redis-cli's own reading then judges the line (one key or a short fixed list: 53, 357.2).
 */
function redisKeysDeleted(call: CodeCall, calls: CodeCall[]): string | null {
  const keys = call.args.map(argText);
  if (keys.length === 0 || keys.length > 10 || Object.keys(call.kwargs).length > 0 || keys.some((k) => k === null || !WHOLE_REDIS_KEY.test(k))) return null;
  const client = call.api.slice(0, call.api.indexOf('()'));
  const ctors = calls.filter((c) => c.api === client);
  if (ctors.length > 1) return null;
  const ctor = ctors[0];
  // `from_url(URL)` takes the URL first, `Redis(host, port, …)` the host; an unnamed one is redis-cli's default.
  const named = ctor === undefined ? undefined : client.endsWith('from_url') ? ctor.args[0] ?? ctor.kwargs.url : ctor.args[0] ?? ctor.kwargs.host;
  const where = named === undefined ? null : argText(named);
  if (named !== undefined && where === null) return null;
  const option = where === null ? [] : client.endsWith('from_url') ? ['-u', where] : ['-h', where];
  const verb = call.api.endsWith('.unlink') ? 'UNLINK' : 'DEL';
  return ['redis-cli', ...option, verb, ...(keys as string[])].map(shellQuote).join(' ');
}

function argText(a: CodeArg | undefined): string | null {
  return a && a.kind === 'string' ? a.value : null;
}


/**
 * The literal text a write call stores, or null when the code does not show it: Node's, Deno's and Bun's writes take it
 * second, pathlib's `write_text` first; Python's `open(P, 'w').write(TEXT)` when the code opens one file.
 */
function writtenText(call: CodeCall, calls: CodeCall[]): string | null {
  if (/^fs\.(writeFile|writeFileSync|appendFile|appendFileSync)$|^Deno\.(writeTextFile|writeTextFileSync)$|^Bun\.write$/.test(call.api)) return argText(call.args[1]);
  if (/Path\(\)\.write_text$/.test(call.api)) return argText(call.args[0]);
  if (/^(open|io\.open|codecs\.open)$/.test(call.api) && calls.filter((c) => /^(open|io\.open|codecs\.open)$/.test(c.api)).length === 1) {
    const writes = calls.filter((c) => c.api === `${call.api}().write`);
    return writes.length === 1 ? argText(writes[0]!.args[0]) : null;
  }
  return null;
}

/**
 * A truncating write that leaves the file empty: the empty string written (`open(p, 'w').write('')`,
 * `Path(p).write_text('')`, `fs.writeFileSync(p, '')`), or the file opened for writing and closed at once
 * (`open(p, 'w').close()`, the one open of the code). Judged as `: > p` is (emptyFile), not as an overwrite.
 */
function leavesFileEmpty(call: CodeCall, calls: CodeCall[]): boolean {
  if (writtenText(call, calls) === '') return true;
  const opens = calls.filter((c) => /^(open|io\.open|codecs\.open)$/.test(c.api));
  return opens.length === 1 && call.api === opens[0]!.api && calls.some((c) => c.api === `${call.api}().close`) && !calls.some((c) => c.api.startsWith(`${call.api}().`) && c.api !== `${call.api}().close`);
}

/** The command line an exec call runs, or null when it is built at run time. */
function commandOf(call: CodeCall, effect: ApiEffect): string | null {
  const first = call.args[0];
  if (!first) return null;
  if (first.kind === 'list') return first.value.map(shellQuote).join(' ');
  if (first.kind !== 'string') return null;
  if (effect === 'exec_argv') {
    // spawn("cmd", ["a", "b"]) / subprocess.run("cmd ...", shell=True)
    const second = call.args[1];
    if (second && second.kind === 'list') return [first.value, ...second.value].map(shellQuote).join(' ');
    if (second && second.kind !== 'object' && second !== null) return null;
    if (second === null) return null;
  }
  return first.value;
}

/**
 * Whether every statement the code runs without a literal is a SQLAlchemy `text('…')` statement, each judged where it is
 * written (the analyser keeps `execute(sa.text('…'))`'s inner call as its own): each such run's argument is a `text(…)`
 * call, and the code wraps only literals in `sqlalchemy.text`, at least one for each run.
 */
function runsOnlyTexts(calls: CodeCall[]): boolean {
  const texts = calls.filter((c) => c.api === 'sqlalchemy.text');
  const runs = calls.filter((c) => c.api !== 'sqlalchemy.text' && /\.(execute|executescript|executemany|exec_driver_sql|sql)$/.test(c.api) && argText(c.args[0]) === null);
  const wrapped = (c: CodeCall) => c.args[0]?.kind === 'other' && /^[\w.]*\btext\(/.test(c.args[0].text);
  return texts.length > 0 && texts.every((c) => argText(c.args[0]) !== null) && runs.length <= texts.length && runs.every(wrapped);
}

/** Judges parsed code: destructive calls by their literal arguments, exec calls as shell, SQL as SQL, the rest as computation. */
export function judgeFacts(facts: CodeFacts, inv: Invocation, depth: number): void {
  const b = inv.env.b;
  const table = facts.language === 'python' ? PY_APIS : JS_APIS;
  let acted = false;
  for (const reason of facts.dynamic) b.opaque('code_dynamic', `\`${inv.name}\` code: ${reason}`, inv.span);
  const script = facts.language === 'python' ? localDuckdbScript(facts.calls) : null;
  if (script) {
    acted = true;
    classifySqlInto(script.sql, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: 'postgresql', localFile: script.file }, b, inv.span);
  }
  for (const call of facts.calls) {
    if (script?.runs.has(call)) continue;
    const effect = table.find(([re]) => re.test(call.api))?.[1];
    if (!effect || effect === 'read') continue;
    acted = true;
    switch (effect) {
      case 'delete_tree':
      case 'delete': {
        b.verb('delete');
        const p = argText(call.args[0]);
        if (call.receiver !== undefined) fileTarget(inv, literalWord(call.receiver, inv.span.start, inv.span.end), 'delete', { recursive: false, what: `\`${inv.name}\` code deletes` });
        else if (call.api.endsWith('().unlink') || call.api.endsWith('().rmdir')) {
          // Path("x").unlink(): the path is the argument of the Path() call, which the analyser keeps as its own call.
          const ctor = facts.calls.find((c) => call.api.startsWith(`${c.api}()`) && argText(c.args[0]) !== null);
          const cp = ctor ? argText(ctor.args[0]) : null;
          if (cp) fileTarget(inv, literalWord(cp, inv.span.start, inv.span.end), 'delete', { recursive: false, what: `\`${inv.name}\` code deletes` });
          else b.destroy('code_delete_dynamic', `\`${inv.name}\` code deletes a path that is not a literal`, inv.span);
        } else if (p !== null) fileTarget(inv, literalWord(p, inv.span.start, inv.span.end), 'delete', { recursive: effect === 'delete_tree', what: `\`${inv.name}\` code deletes` });
        else b.destroy('code_delete_dynamic', `\`${inv.name}\` code (\`${call.api}\`) deletes a path that is not a literal`, inv.span);
        break;
      }
      case 'exec':
      case 'exec_argv': {
        b.verb('exec');
        const cmd = commandOf(call, effect);
        if (cmd === null) b.opaque('code_exec_dynamic', `\`${inv.name}\` code runs a command that is not a literal (\`${call.api}\`)`, inv.span);
        else inv.runSource(cmd, null, `\`${inv.name}\` code runs a command`);
        break;
      }
      case 'write':
      case 'write_arg1': {
        const path = argText(call.args[effect === 'write_arg1' && !/Path\(\)\./.test(call.api) ? (call.api.startsWith('fs.') || call.api.startsWith('Deno.') || call.api.startsWith('shutil.') || call.api.startsWith('os.rename') || call.api.startsWith('os.replace') ? 1 : 0) : 0]);
        let replaces = REPLACING_API.test(call.api);
        if (facts.language === 'python' && effect === 'write') {
          const mode = argText(call.args[1]) ?? argText(call.kwargs.mode) ?? 'r';
          if (!/[wax+]/.test(mode)) {
            b.verb('read');
            break;
          }
          replaces = TRUNCATING_MODE.test(mode);
        }
        b.verb('write');
        const target = call.receiver !== undefined ? call.receiver : /Path\(\)\./.test(call.api) ? argText(facts.calls.find((c) => call.api.startsWith(`${c.api}()`))?.args[0]) : path;
        // A dotenv, secret or state file keeps the overwrite reading below (file_overwrite_secret), which says more.
        if (target && replaces && !isStateOrSecretFile(target) && leavesFileEmpty(call, facts.calls)) {
          emptyFile(inv, literalWord(target, inv.span.start, inv.span.end), `\`${inv.name}\` code empties`);
        } else if (target) {
          fileTarget(inv, literalWord(target, inv.span.start, inv.span.end), 'write', { recursive: false, what: `\`${inv.name}\` code ${replaces ? 'overwrites' : 'writes'}`, replaces: replaces && 'state' });
          const text = writtenText(call, facts.calls);
          if (text !== null) storeWrite(inv, target, text, !replaces);
        }
        else if (!/mkdir|makedirs|touch/.test(call.api)) b.partial('code_write_dynamic', `\`${inv.name}\` code writes a path that is not a literal`, inv.span);
        break;
      }
      case 'save': {
        b.verb('write');
        const path = argText(call.args[0]) ?? argText(call.kwargs.path) ?? argText(call.kwargs.path_or_buf) ?? argText(call.kwargs.file) ?? argText(call.kwargs.dataset_path);
        if (path !== null) fileTarget(inv, literalWord(path, inv.span.start, inv.span.end), 'write', { recursive: false, what: `\`${inv.name}\` code saves to` });
        else b.partial('code_write_dynamic', `\`${inv.name}\` code saves to a path that is not a literal`, inv.span);
        // Round 34 (d34): saved back onto a data file the same code read (`pd.read_csv(p)` … `.to_csv(p)`): the file is
        // rewritten in place, and the rows the code left out are lost, as `cp` over a file of the data folder loses it.
        const full = path === null ? null : resolvePath(path, inv.scope);
        if (full !== null && facts.calls.some((c) => FRAME_READ.test(c.api) && argText(c.args[0]) === path) && inWorkspaceDataFolder(inv, full)) {
          b.destroy('workspace_data_loss', `\`${inv.name}\` code reads \`${path}\` and saves over it, a file of the workspace's data folder`, inv.span);
        }
        break;
      }
      case 'boto3_download': {
        // `download_file(Bucket, Key, Filename)`: the local file is the third argument (or `Filename=`).
        const path = argText(call.args[2]) ?? argText(call.kwargs.Filename);
        b.verb('write');
        if (path !== null) fileTarget(inv, literalWord(path, inv.span.start, inv.span.end), 'write', { recursive: false, what: `\`${inv.name}\` code downloads to` });
        else b.partial('code_write_dynamic', `\`${inv.name}\` code downloads to a path that is not a literal`, inv.span);
        break;
      }
      case 'cloud_upload':
        b.verb('write');
        break;
      case 'model_stage': {
        const stage = argText(call.args[2]) ?? argText(call.kwargs.stage);
        if (modelStageReleases(stage)) b.verb('deploy');
        else b.verb('write').destroy('model_stage_removed', `\`${inv.name}\` code moves a version of the registered model \`${argText(call.args[0]) ?? argText(call.kwargs.name) ?? '?'}\` to the stage ${stage === null ? 'the input does not fix' : `\`${stage}\``}: what serves its stage may lose its model`, inv.span);
        break;
      }
      case 'hub_history_squash':
        b.verb('write').destroy('history_rewritten', `\`${inv.name}\` code squashes the history of the Hub repository \`${argText(call.args[0]) ?? argText(call.kwargs.repo_id) ?? '?'}\`: earlier revisions are lost`, inv.span);
        break;
      case 'hub_visibility': {
        const priv = call.kwargs.private;
        const repo = argText(call.args[0]) ?? argText(call.kwargs.repo_id) ?? '?';
        if (priv?.kind === 'other' && priv.text === 'False') b.verb('permissions').destroy('public_access', `\`${inv.name}\` code makes the Hub repository \`${repo}\` public`, inv.span);
        else if (priv !== undefined && !(priv?.kind === 'other' && priv.text === 'True')) b.opaque('code_visibility_dynamic', `\`${inv.name}\` code sets the visibility of the Hub repository \`${repo}\` to a value the input does not fix`, inv.span);
        else b.verb('write');
        break;
      }
      case 'table_save':
        // Into a scratch or test database file opened in the call (`sqlite3.connect('scratch.db')`): test data (decision 36).
        if (argText(call.kwargs.if_exists) === 'replace' && scratchConnection(call.args[1] ?? call.kwargs.con)) b.verb('write').finding('test_database', `\`${inv.name}\` code (\`${call.api}\`) replaces a table of a scratch or test database file`, inv.span);
        else if (argText(call.kwargs.if_exists) === 'replace') b.verb('delete').destroy('code_table_replace', `\`${inv.name}\` code (\`${call.api}\`, if_exists='replace') drops the table \`${argText(call.args[0]) ?? '?'}\` and writes it again`, inv.span);
        else b.verb('write');
        break;
      case 'sql': {
        const sql = argText(call.args[0]);
        if (sql === null && call.api !== 'sqlalchemy.text' && runsOnlyTexts(facts.calls)) break;
        if (sql !== null && SQL_START.test(sql)) classifySqlInto(sql, { ctx: inv.env.ctx, inventory: inv.env.inventory }, b, inv.span);
        else if (sql !== null && /^\s*(select|show|with|explain|pragma)\b/i.test(sql)) b.verb('read');
        else if (sql === null && /^(sqlite3|psycopg|pymysql|mysql|pg|better-sqlite3|sqlalchemy|knex|sequelize|cursor|conn|db)/i.test(call.api)) b.opaque('code_sql_dynamic', `\`${inv.name}\` code runs SQL that is not a literal`, inv.span);
        else acted = false;
        break;
      }
      case 'eval': {
        const src = argText(call.args[0]);
        const inner = src !== null && depth < 3 ? analyseCode(src, facts.language) : null;
        if (inner) judgeFacts(inner, inv, depth + 1);
        else b.opaque('code_eval', `\`${inv.name}\` code evaluates code built at run time (\`${call.api}\`)`, inv.span);
        break;
      }
      case 'http': {
        const method = httpMethod(call);
        if (method === null) b.opaque('code_capability', `\`${inv.name}\` code uses \`${call.api}\` with a method we cannot read`, inv.span);
        else {
          judgeHttp(inv, method, argText(call.api.endsWith('.request') ? call.args[1] : call.args[0]), { bodyHidden: true });
          // F1: what the code sends and does with the answer is not part of the action; never a plain parsed read.
          b.partial('code_network', `\`${inv.name}\` code makes an HTTP ${method.toUpperCase()} request`, inv.span);
        }
        break;
      }
      case 'redis_delete': {
        const line = redisKeysDeleted(call, facts.calls);
        if (line === null) b.opaque('code_capability', `\`${inv.name}\` code uses \`${call.api}\`, which we cannot follow`, inv.span);
        else inv.runSource(line, null, `\`${inv.name}\` code deletes Redis keys`);
        break;
      }
      case 'opaque':
        b.opaque('code_capability', `\`${inv.name}\` code uses \`${call.api}\`, which we cannot follow`, inv.span);
        break;
    }
  }
  // Round 37 (ot37): calls of the libraries that reach a PLC, a fieldbus or an ECU (control-points.ts libraryCallEffect).
  if (facts.language === 'python') {
    for (const call of facts.calls) {
      const control = libraryCallEffect(facts.imports, call.api, call.args.map((a) => (a?.kind === 'string' ? a.value : a?.kind === 'other' ? a.text : null)));
      if (control === null) continue;
      acted = true;
      if (control.effect === 'write') {
        b.verb('write');
        continue;
      }
      const record = controlEffectRecord(control.effect, 'code_control_point');
      b.verb(record.verb).destroy(record.code, `\`${inv.name}\` code calls \`${call.api}\`: ${control.what}`, inv.span);
    }
  }
  // Calls into SDK modules the tables do not list: a destructive verb in the method name is enough. Not in the data-frame
  // and array libraries, whose `drop`, `dropna` and `drop_duplicates` compute a new frame (pandas, polars, NumPy references).
  for (const call of facts.calls) {
    if (table.some(([re]) => re.test(call.api))) continue;
    const method = call.api.split('.').pop() ?? '';
    if (facts.language === 'python' && PY_COMPUTE_LIBRARY.test(call.api.split('.')[0]!)) continue;
    if (/^(delete|drop|remove|destroy|terminate|purge|truncate|wipe|flush)(_|[A-Z]|$)/.test(method) && facts.imports.some((m) => call.api.startsWith(m.split('.')[0]!))) {
      acted = true;
      if (netboxRecordById(call.api, facts.calls)) {
        b.verb('write');
        continue;
      }
      b.verb('delete').destroy('code_sdk_delete', `\`${inv.name}\` code calls \`${call.api}\``, inv.span);
      // The names the calls leading to it were given (`Index('prod-embeddings')`, `Bucket('acme-prod')`) say where.
      const names = facts.calls.filter((c) => call.api.startsWith(`${c.api}()`) || c === call).flatMap((c) => c.args).flatMap((a) => (a?.kind === 'string' ? [a.value] : []));
      b.target(envTarget(inv, 'cloud', call.api, names.map((n) => clue('names', n)), ['delete']));
    }
  }
  if (!acted && facts.dynamic.length === 0) b.verb('read').finding('code_harmless', `\`${inv.name}\` code uses no file, process or network API`, inv.span);
}
