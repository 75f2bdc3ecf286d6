import { classifySqlInto } from '../../sql/sql.ts';
import type { Invocation } from '../invocation.ts';
import { literalWord } from '../words.ts';
import { fileTarget } from './filesystem.ts';

/**
 * Inspection of interpreter one-liners (`python -c`, `node -e`, `perl -e`, `ruby -e`). This is not a
 * language parser: it finds the calls that delete, write or run commands, follows literal arguments
 * (a shell string goes back to the shell classifier), and calls everything that touches a process,
 * file or network API it cannot follow opaque. Code that uses none of those can do no harm.
 */

type Language = 'python' | 'javascript' | 'perl' | 'ruby' | 'php' | 'lua';

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
};

/** Calls that delete; `recursive` when they remove whole trees. */
const DELETE_CALLS: Record<Language, Array<[RegExp, boolean]>> = {
  python: [[/\bshutil\.rmtree\s*\(/, true], [/\b(os\.(remove|unlink|rmdir|removedirs)|\.unlink\s*\(|\.rmdir\s*\()/, false], [/\bshutil\.move\s*\(/, false]],
  javascript: [[/\b(rmSync|rmdirSync|rimraf|rm|rmdir|remove|removeSync|emptyDir|emptyDirSync)\s*\(/, true], [/\b(unlink|unlinkSync)\s*\(/, false]],
  perl: [[/\b(rmtree|remove_tree)\s*\(/, true], [/\b(unlink|rmdir)\b/, false]],
  ruby: [[/\b(FileUtils\.(rm_rf|rm_r|remove_dir|remove_entry|rmtree)|Pathname.*\.rmtree)/, true], [/\b(File\.(delete|unlink)|FileUtils\.(rm|rm_f|remove)|Dir\.(rmdir|delete|unlink))\b/, false]],
  php: [[/\b(unlink|rmdir)\s*\(/, false]],
  lua: [[/\bos\.remove\s*\(/, false]],
};

/** Anything else that reaches files, processes, the network or dynamic code: we cannot follow it. */
const CAPABILITY: Record<Language, RegExp> = {
  python: /\b(eval|exec|compile|__import__|importlib|ctypes|socket|urllib|requests|http\.client|httpx|open|shutil|subprocess|pty|os\.(?!path\b|environ\b|getcwd\b|getenv\b|listdir\b|walk\b|stat\b|sep\b|name\b|cpu_count\b|getpid\b|linesep\b)\w+|pathlib|Path|write\w*|pickle|marshal|sqlite3|psycopg\w*|pymysql|boto3|kubernetes|google|azure)\b/,
  javascript: /\b(eval|Function|require|import|child_process|fs|fetch|http|https|net|dgram|process\.(?!env\b|argv\b|version\b|versions\b|platform\b|arch\b|cwd\b|stdout\b|stdin\b|exit\b)\w+|Deno|Bun|globalThis|WebAssembly|vm|worker_threads)\b/,
  perl: /\b(eval|do|require|use|open|opendir|socket|system|exec|unlink|rmdir|rename|chmod|chown|kill|syscall|mkdir|symlink|link|truncate)\b|`EXEC`|qx/,
  ruby: /\b(eval|instance_eval|class_eval|send|public_send|require|load|File|Dir|FileUtils|IO|Kernel|Open3|Net|Socket|URI|Process|system|exec|spawn|fork|`EXEC`)\b|`EXEC`|%x/,
  php: /\b(eval|assert|include|require|include_once|require_once|file_put_contents|fopen|fwrite|unlink|rmdir|rename|system|exec|shell_exec|passthru|popen|proc_open|curl_\w+|fsockopen|create_function|call_user_func\w*)\b|`EXEC`/,
  lua: /\b(os|io|load|loadstring|dofile|require|debug)\b/,
};

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
  const b = inv.env.b;
  const { skeleton, literals } = splitLiterals(code);
  let handled = false;

  for (const [re, recursive] of DELETE_CALLS[language]) {
    const m = re.exec(skeleton);
    if (!m) continue;
    handled = true;
    const from = sourceOffset(code, m.index + m[0].length);
    const arg = literals.find((l) => l.start >= from && l.start - from < 40);
    b.verb('delete');
    if (arg) fileTarget(inv, literalWord(arg.value, inv.span.start, inv.span.end), 'delete', { recursive, what: `\`${inv.name}\` code deletes` });
    else b.destroy('code_delete_dynamic', `\`${inv.name}\` code deletes a path that is not a literal`, inv.span);
  }

  const execRe = new RegExp(EXEC_CALLS[language].source, 'g');
  for (const m of skeleton.matchAll(execRe)) {
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

  const writes = language === 'python' ? /\bopen\s*\(/.exec(skeleton) : null;
  if (writes) {
    const from = sourceOffset(code, writes.index + writes[0].length);
    const args = literals.filter((l) => l.start >= from && l.start - from < 200).slice(0, 2);
    const mode = args[1]?.value ?? 'r';
    if (args[0] && /^[rbt]+$/.test(mode)) handled = true;
    else if (args[0] && /[wax+]/.test(mode)) {
      handled = true;
      fileTarget(inv, literalWord(args[0].value, inv.span.start, inv.span.end), 'write', { recursive: false, what: `\`${inv.name}\` code writes` });
    }
  }

  let scan = skeleton;
  if (language === 'javascript') {
    // require() of pure modules or JSON, and fs calls that only read, cannot change anything.
    const required = [...code.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
    const safe = required.every((r) => /\.json$/.test(r) || /^(node:)?(path|util|url|crypto|assert|os|querystring|string_decoder|events|buffer|zlib|fs|fs\/promises)$/.test(r));
    const fsWrites = /\.(write\w*|append\w*|rm\w*|unlink\w*|rename\w*|copy\w*|cp\w*|mkdir\w*|chmod\w*|chown\w*|truncate\w*|symlink\w*|link\w*|utimes\w*|createWriteStream|open\w*)\s*\(/.test(skeleton);
    if (safe && !fsWrites && !/\b(eval|Function|import|child_process)\b/.test(skeleton)) scan = skeleton.replace(/\brequire\b|\bfs\b/g, ' ');
  }
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
