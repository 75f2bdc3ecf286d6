import type * as Acorn from 'acorn';
import { lazyPackage } from '../lazy.ts';
import { parsePython, type Node } from './python-parser.ts';

const acorn = lazyPackage<typeof Acorn>('acorn');

/**
 * Interpreter one-liners read with a real parser: JavaScript with acorn, Python with tree-sitter-python
 * (WASM). The result is facts, not a verdict: every call with its resolved API name (aliases and
 * imports followed: `import shutil as s; s.rmtree` is `shutil.rmtree`, `const { rmSync: r } =
 * require('node:fs')` makes `r` `fs.rmSync`) and its literal arguments, plus the places where code is
 * built at run time. Callers decide what an API means (tools/code.ts; the control-plane and network
 * rules can use the same facts).
 */

export type CodeLanguage = 'python' | 'javascript';

/** A literal argument: a string, a list of strings (argv), or null when built at run time. */
export type CodeArg = { kind: 'string'; value: string } | { kind: 'list'; value: string[] } | { kind: 'object'; keys: Record<string, string | boolean | number>; dynamic?: string[] } | { kind: 'other'; text: string } | null;

export interface CodeCall {
  /** Resolved dotted name: `shutil.rmtree`, `fs.rmSync`, `pathlib.Path().unlink`, `open().write`. */
  api: string;
  args: CodeArg[];
  /** Keyword arguments (Python) by name. */
  kwargs: Record<string, CodeArg>;
  /**
   * The literal path (or glob) a method is called on, when the code says it: `p.unlink()` with `p` from
   * `for p in Path("dist").rglob("*.map")` is a delete of `dist/**\/*.map`.
   */
  receiver?: string;
}

export interface CodeFacts {
  language: CodeLanguage;
  calls: CodeCall[];
  /** Modules imported or required (normalised: `node:fs/promises` is `fs`). */
  imports: string[];
  /** Why some code could not be followed (eval of a variable, a computed attribute, ...). */
  dynamic: string[];
}

const MAX_CALLS = 200;
/** Array and String methods that only compute a value (ECMAScript built-ins). */
const LITERAL_METHODS = /^(sort|map|filter|join|reduce|slice|concat|includes|indexOf|lastIndexOf|reverse|split|trim|trimStart|trimEnd|toUpperCase|toLowerCase|replace|replaceAll|at|find|findIndex|some|every|flat|flatMap|forEach|keys|values|entries|toString|padStart|padEnd|repeat|startsWith|endsWith|charAt|charCodeAt|toFixed|fill|length)$/;

// ---------------------------------------------------------------------------------------------- Python

function pyString(node: Node): string | null {
  if (node.type === 'string') {
    if (node.children.some((c) => c.type === 'interpolation')) return null;
    const start = node.children.find((c) => c.type === 'string_start')?.text ?? '';
    const raw = /r/i.test(start);
    const body = node.children.filter((c) => c.type === 'string_content' || c.type === 'escape_sequence').map((c) => contentText(c, raw)).join('');
    return body;
  }
  if (node.type === 'concatenated_string') {
    const parts = node.namedChildren.map(pyString);
    return parts.some((p) => p === null) ? null : parts.join('');
  }
  return null;
}

/** A string's content with its escapes decoded (tree-sitter-python nests `escape_sequence` nodes in `string_content`). */
function contentText(c: Node, raw: boolean): string {
  if (raw) return c.text;
  if (c.type === 'escape_sequence') return unescapePy(c.text);
  let out = '';
  let from = 0;
  for (const e of c.children) {
    if (e?.type !== 'escape_sequence') continue;
    const at = c.text.indexOf(e.text, from);
    if (at < 0) return c.text;
    out += c.text.slice(from, at) + unescapePy(e.text);
    from = at + e.text.length;
  }
  return out + c.text.slice(from);
}

function unescapePy(e: string): string {
  const map: Record<string, string> = { '\\n': '\n', '\\t': '\t', '\\\\': '\\', "\\'": "'", '\\"': '"', '\\r': '\r', '\\0': '\0' };
  return map[e] ?? e.slice(1);
}

/** `Path.home()`, `pathlib.PosixPath.home()`: the home folder. */
const PY_PATH_HOME = /^(pathlib\.)?(Posix)?Path\.home$/;

/**
 * A path the code fixes through the standard library: `os.path.expanduser(s)`, `os.path.join(a, b)`, the home folder
 * (`Path.home()`, `os.environ["HOME"]`, `os.getenv("HOME")`: `~`), and `Path(...)` of such. `name` resolves callees.
 */
function pyPath(node: Node, name: (n: Node) => string | null): string | null {
  const s = pyString(node);
  if (s !== null) return s;
  if (node.type === 'subscript') {
    const v = node.childForFieldName('value');
    const k = node.childForFieldName('subscript');
    return v && k && name(v) === 'os.environ' && pyString(k) === 'HOME' ? '~' : null;
  }
  if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '/') {
    const l = node.childForFieldName('left');
    const r = node.childForFieldName('right');
    const lp = l ? pyPath(l, name) : null;
    const rp = r ? pyPath(r, name) : null;
    return lp !== null && rp !== null ? `${lp.replace(/\/+$/, '')}/${rp}` : null;
  }
  if (node.type !== 'call') return null;
  const fn = node.childForFieldName('function');
  const api = fn ? name(fn) : null;
  const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'comment');
  if (api === null) return null;
  if (PY_PATH_HOME.test(api) && args.length === 0) return '~';
  if (api === 'os.getenv' && args[0] && pyString(args[0]) === 'HOME') return '~';
  if (api === 'os.environ.get' && args[0] && pyString(args[0]) === 'HOME') return '~';
  if ((api === 'os.path.expanduser' || /^(pathlib\.)?(Pure)?(Posix)?Path$/.test(api) || api === 'os.path.abspath') && args.length === 1) return pyPath(args[0]!, name);
  if (/^(pathlib\.)?(Pure)?(Posix)?Path\(\)\.expanduser$/.test(api)) {
    const inner = fn?.childForFieldName('object');
    return inner ? pyPath(inner, name) : null;
  }
  if (api === 'os.path.join' && args.length > 0) {
    const parts = args.map((a) => pyPath(a, name));
    if (parts.some((p) => p === null)) return null;
    return (parts as string[]).reduce((acc, p) => (p.startsWith('/') ? p : acc === '' ? p : `${acc.replace(/\/+$/, '')}/${p}`), '');
  }
  return null;
}

function pyArg(node: Node, paths?: Map<string, string>, name?: (n: Node) => string | null): CodeArg {
  if (node.type === 'identifier' && paths?.has(node.text)) return { kind: 'string', value: paths.get(node.text)! };
  if (name && node.type !== 'string' && node.type !== 'concatenated_string') {
    const p = pyPath(node, name);
    if (p !== null) return { kind: 'string', value: p };
  }
  const s = pyString(node);
  if (s !== null) return { kind: 'string', value: s };
  if (node.type === 'list' || node.type === 'tuple') {
    const items = node.namedChildren.map(pyString);
    if (items.every((i): i is string => i !== null)) return { kind: 'list', value: items };
    // Round 37 (ot37): a tuple of literals (pycomm3's `write(('Line2_SafetyBypass', True))`) kept as text, so a caller
    // can read the value written.
    return node.type === 'tuple' && node.namedChildren.every((c) => c !== null && (pyString(c) !== null || /^(true|false|integer|float|none)$/.test(c.type))) ? { kind: 'other', text: node.text } : null;
  }
  if (node.type === 'true' || node.type === 'false' || node.type === 'integer' || node.type === 'float' || node.type === 'none') return { kind: 'other', text: node.text };
  // Round 37 (ot37): a dotted constant (`obd.commands.CLEAR_DTC`, `ECUReset.ResetType.hardReset`) or one looked up by a
  // literal key (`obd.commands['CLEAR_DTC']`) kept as text.
  if (node.type === 'attribute' && /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/.test(node.text)) return { kind: 'other', text: node.text };
  if (node.type === 'subscript' && /^[A-Za-z_][\w.]*\[\s*(['"])\w+\1\s*\]$/.test(node.text)) return { kind: 'other', text: node.text };
  // A statement wrapped for SQLAlchemy (`execute(sa.text('…'))`): kept as text, so a caller can tell it from a variable.
  if (node.type === 'call' && /^[\w.]*\btext\(\s*[rRuU]?(['"])/.test(node.text)) return { kind: 'other', text: node.text };
  // A connection opened in place on a literal (`sqlite3.connect('scratch.db')`, `create_engine('sqlite:///x.db')`): kept as
  // text, so a caller can read which database file a write goes to.
  if (node.type === 'call' && /^[\w.]*\b(connect|create_engine)\(\s*[rRuU]?(['"])[^'"]*\2\s*\)$/.test(node.text)) return { kind: 'other', text: node.text };
  return null;
}

export function analysePython(code: string): CodeFacts | null {
  const tree = parsePython(code);
  if (!tree) return null;
  try {
    return tree.rootNode.hasError ? null : walkPython(tree.rootNode);
  } finally {
    tree.delete();
  }
}

function joinPath(base: string, rest: string): string {
  if (rest.startsWith('/')) return rest;
  return base === '' || base === '.' ? `./${rest}` : `${base.replace(/\/+$/, '')}/${rest}`;
}

/** Methods of str, bytes, dict, list, set and numbers that only compute (Python library reference, built-in types). */
const PY_PURE_METHOD = /\[\]\.(keys|values|items|get|copy|count|index|split|rsplit|splitlines|strip|lstrip|rstrip|lower|upper|title|capitalize|casefold|startswith|endswith|find|rfind|replace|format|join|encode|decode|isdigit|isalpha|isalnum|zfill|ljust|rjust|center|partition|rpartition|hex|to_bytes|bit_length|is_integer|as_integer_ratio|union|intersection|difference|issubset|issuperset)$/;

const PY_PATH_CTOR = /^(pathlib\.)?(Pure)?(Posix|Windows)?Path$/;

/**
 * Round 34 (s34): a call whose arguments name a loop variable bound to a literal list of strings (`for d in ['build',
 * 'dist']: shutil.rmtree(d)`, `for (const d of ['.next', 'coverage']) fs.rmSync(d)`) is that call once for each item,
 * as literal arguments are: `args` is read with the name bound to each item in turn (`bound`, restored after). One such
 * name per call; a call that names none, or more than one, is read once as it is.
 */
function eachItem<T>(lists: ReadonlyMap<string, string[]>, bound: Map<string, string>, names: () => ReadonlySet<string>, args: () => T): T[] {
  // The arguments' identifiers are collected only when some loop binds a list (most code has none).
  if (lists.size === 0) return [args()];
  const listed = [...names()].filter((n) => lists.has(n));
  if (listed.length !== 1) return [args()];
  const name = listed[0]!;
  const before = bound.get(name);
  const out = lists.get(name)!.map((item) => {
    bound.set(name, item);
    return args();
  });
  if (before === undefined) bound.delete(name);
  else bound.set(name, before);
  return out;
}

/** The identifiers a Python node names (its own and its descendants'). */
function pyIdentifiers(node: Node | null): Set<string> {
  const out = new Set<string>();
  const walk = (n: Node, depth: number): void => {
    if (depth > 50) return;
    if (n.type === 'identifier') out.add(n.text);
    for (const c of n.namedChildren) walk(c, depth + 1);
  };
  if (node) walk(node, 0);
  return out;
}

/** A method whose name deletes (`blob.delete()`, `run.delete()`, `index.delete_all()`), as tools/code.ts's SDK rule reads it. */
export const PY_DELETE_METHOD = /\.(delete|drop|remove|destroy|terminate|purge|truncate|wipe|flush)(_\w*|[A-Z]\w*)?$/;

/**
 * A data frame's or data set's method that writes it to the file it is given (pandas `to_csv`, polars `write_parquet`,
 * Hugging Face datasets `save_to_disk`): named through an item too (`df[df.label != 'x'].to_csv('out.csv')`), since what
 * it does is judged by that path (tools/code.ts 'save'), whatever the item is.
 */
export const PY_SAVE_METHOD = /\.(to_csv|to_parquet|to_json|to_feather|to_pickle|to_excel|to_hdf|to_orc|to_stata|write_csv|write_parquet|write_ndjson|write_ipc|write_json|write_avro|save_to_disk)$/;

function walkPython(root: Node): CodeFacts {
  const facts: CodeFacts = { language: 'python', calls: [], imports: [], dynamic: [] };
  const alias = new Map<string, string>();
  // Names bound to a literal path or glob: `d = Path("build")`, `for p in Path(".").rglob("*.pyc")`, `for f in glob.glob("*.log")`.
  const paths = new Map<string, string>();
  const pathOf = (node: Node | null): string | null => {
    if (!node) return null;
    if (node.type === 'identifier') return paths.get(node.text) ?? null;
    if (node.type === 'parenthesized_expression' && node.namedChildren[0]) return pathOf(node.namedChildren[0]);
    if (node.type === 'call') {
      const fn = node.childForFieldName('function');
      const first = node.childForFieldName('arguments')?.namedChildren[0];
      const name = fn ? nameOf(fn) : null;
      if (name && PY_PATH_CTOR.test(name) && first) return pyPath(first, nameOf) ?? pathOf(first);
      if (name && PY_PATH_HOME.test(name)) return '~';
      return null;
    }
    if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '/') {
      const left = pathOf(node.childForFieldName('left'));
      const right = node.childForFieldName('right');
      const r = right ? pyPath(right, nameOf) : null;
      return left !== null && r !== null ? joinPath(left, r) : null;
    }
    return null;
  };
  /** The paths an iterable yields, as one glob: `Path(d).glob(p)`, `.rglob(p)`, `.iterdir()`, `glob.glob(p)`. */
  const iterOf = (node: Node | null): string | null => {
    if (!node || node.type !== 'call') return null;
    const fn = node.childForFieldName('function');
    const first = node.childForFieldName('arguments')?.namedChildren[0];
    const pattern = first ? pyString(first) : null;
    if (fn?.type === 'attribute') {
      const attr = fn.childForFieldName('attribute')?.text;
      const base = pathOf(fn.childForFieldName('object'));
      if (base !== null && attr === 'iterdir') return joinPath(base, '*');
      if (base !== null && attr === 'glob' && pattern !== null) return joinPath(base, pattern);
      if (base !== null && attr === 'rglob' && pattern !== null) return joinPath(base, `**/${pattern}`);
    }
    const name = fn ? nameOf(fn) : null;
    if (name && /^glob\.i?glob$/.test(name) && pattern !== null) return pattern;
    return null;
  };
  // Names a loop binds to each item of a literal list of strings (`for d in ['build', 'dist']:`): a call on the name is
  // that call on each item (eachItem).
  const lists = new Map<string, string[]>();
  const bindLoop = (clause: Node): void => {
    const left = clause.childForFieldName('left');
    if (left?.type !== 'identifier') return;
    const right = clause.childForFieldName('right');
    const items = right && (right.type === 'list' || right.type === 'tuple') ? right.namedChildren.map(pyString) : null;
    if (items && items.length > 0 && items.every((i): i is string => i !== null)) lists.set(left.text, items);
    else lists.delete(left.text);
    const it = iterOf(right);
    if (it !== null) paths.set(left.text, it);
    else paths.delete(left.text);
    // `for b in storage.Client().list_blobs(...)`: the name stands for an item of what an imported module returns, so
    // `b.delete()` is named `google.cloud.storage.Client().list_blobs()[].delete` (a local list's items stay plain names).
    const source = it === null && right?.type === 'call' ? nameOf(right) : null;
    if (source !== null && facts.imports.some((m) => source.startsWith(`${m.split('.')[0]!}.`))) alias.set(left.text, `${source}[]`);
    else alias.delete(left.text);
  };
  const nameOf = (node: Node): string | null => {
    if (node.type === 'identifier') return alias.get(node.text) ?? node.text;
    if (node.type === 'attribute') {
      const obj = node.childForFieldName('object');
      const attr = node.childForFieldName('attribute');
      if (!obj || !attr) return null;
      const base = nameOf(obj);
      return base === null ? null : `${base}.${attr.text}`;
    }
    if (node.type === 'call') {
      const fn = node.childForFieldName('function');
      const base = fn ? nameOf(fn) : null;
      return base === null ? null : `${base}()`;
    }
    if (node.type === 'string' || node.type === 'concatenated_string') return 'str';
    if (node.type === 'parenthesized_expression' && node.namedChildren[0]) return nameOf(node.namedChildren[0]);
    // `d["services"].keys()`: an item of a value; only methods that compute (PY_PURE_METHOD) are named through it.
    if (node.type === 'subscript') {
      const value = node.childForFieldName('value');
      const base = value ? nameOf(value) : null;
      return base === null ? null : `${base}[]`;
    }
    return null;
  };
  const visit = (node: Node, depth: number): void => {
    if (depth > 200 || facts.calls.length >= MAX_CALLS) return;
    switch (node.type) {
      case 'import_statement':
        for (const n of node.namedChildren) {
          if (n.type === 'dotted_name') {
            facts.imports.push(n.text);
            alias.set(n.text.split('.')[0]!, n.text.split('.')[0]!);
          } else if (n.type === 'aliased_import') {
            const mod = n.childForFieldName('name')?.text;
            const as = n.childForFieldName('alias')?.text;
            if (mod && as) {
              facts.imports.push(mod);
              alias.set(as, mod);
            }
          }
        }
        return;
      case 'import_from_statement': {
        const mod = node.childForFieldName('module_name')?.text ?? '';
        facts.imports.push(mod);
        for (const n of node.childrenForFieldName('name')) {
          if (n.type === 'dotted_name') alias.set(n.text, `${mod}.${n.text}`);
          else if (n.type === 'aliased_import') {
            const name = n.childForFieldName('name')?.text;
            const as = n.childForFieldName('alias')?.text;
            if (name && as) alias.set(as, `${mod}.${name}`);
          }
        }
        if (node.namedChildren.some((c) => c.type === 'wildcard_import')) facts.dynamic.push(`\`from ${mod} import *\` brings in names we do not list`);
        return;
      }
      case 'for_statement':
        bindLoop(node);
        break;
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression':
        for (const c of node.namedChildren) if (c.type === 'for_in_clause') bindLoop(c);
        break;
      case 'assignment': {
        // `s = shutil` or `rm = os.remove`: the name now stands for the module or function.
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (left?.type === 'identifier') {
          const p = right ? pathOf(right) : null;
          if (p !== null) paths.set(left.text, p);
          else paths.delete(left.text);
        }
        if (left?.type === 'identifier' && right && (right.type === 'identifier' || right.type === 'attribute')) {
          const target = nameOf(right);
          if (target) alias.set(left.text, target);
        } else if (left?.type === 'identifier' && right?.type === 'call') {
          // `s3 = boto3.client("s3")`: the name stands for what an imported module returned, so `s3.delete_bucket()` is
          // named `boto3.client().delete_bucket`; other values lose any alias the name had.
          const made = nameOf(right);
          if (made !== null && facts.imports.some((m) => made.startsWith(`${m.split('.')[0]!}.`))) alias.set(left.text, made);
          else alias.delete(left.text);
        }
        break;
      }
      case 'call': {
        const fn = node.childForFieldName('function');
        const argsNode = node.childForFieldName('arguments');
        // A method on a name bound to a literal path: `p.unlink()` is pathlib's, on that path.
        const obj = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
        const receiver = obj && (obj.type === 'identifier' || obj.type === 'parenthesized_expression' || obj.type === 'binary_operator') ? pathOf(obj) : null;
        const named = receiver !== null ? `pathlib.Path().${fn!.childForFieldName('attribute')?.text ?? '?'}` : fn ? nameOf(fn) : null;
        // An item's method is named only when it computes, when its name deletes (an SDK object's `.delete()`), or when it saves to a file.
        const api = named !== null && named.includes('[]') && !PY_PURE_METHOD.test(named) && !PY_DELETE_METHOD.test(named) && !PY_SAVE_METHOD.test(named) ? null : named;
        const argsOf = (): Pick<CodeCall, 'args' | 'kwargs'> => {
          const args: CodeArg[] = [];
          const kwargs: Record<string, CodeArg> = {};
          for (const a of argsNode?.namedChildren ?? []) {
            if (a.type === 'keyword_argument') {
              const k = a.childForFieldName('name')?.text;
              const v = a.childForFieldName('value');
              if (k && v) kwargs[k] = pyArg(v, paths, nameOf);
            } else if (a.type !== 'comment') args.push(pyArg(a, paths, nameOf));
          }
          return { args, kwargs };
        };
        if (api === null) facts.dynamic.push(`a call through \`${(fn?.text ?? '?').slice(0, 40)}\` we cannot name`);
        else {
          for (const { args, kwargs } of eachItem(lists, paths, () => pyIdentifiers(argsNode), argsOf)) facts.calls.push(receiver !== null ? { api, args, kwargs, receiver } : { api, args, kwargs });
        }
        if (api === 'getattr' && argsOf().args[1]?.kind !== 'string') facts.dynamic.push('`getattr` with a name built at run time');
        break;
      }
      case 'subscript': {
        // `globals()["x"]`, `__builtins__.__dict__[...]`, `vars(os)[...]`: name lookups at run time.
        const value = node.childForFieldName('value');
        if (value && /^(globals|locals|vars)\(|__dict__|__builtins__/.test(value.text)) facts.dynamic.push(`a name looked up at run time: \`${node.text.slice(0, 40)}\``);
        break;
      }
    }
    for (const c of node.namedChildren) visit(c, depth + 1);
  };
  visit(root, 0);
  return facts;
}

// ------------------------------------------------------------------------------------------ JavaScript

type JsNode = { type: string; [k: string]: unknown };

function isNode(x: unknown): x is JsNode {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';
}

function jsModule(spec: string): string {
  return spec.replace(/^node:/, '').replace(/\/promises$/, '');
}

/** Resolves a callee or member to its API name (the analyser's aliases), for strings built by known calls. */
type JsNamer = ((n: unknown) => string | null) & { vars?: Map<string, string> };

/**
 * A string the code fixes: literals, `+` and templates of fixed parts, and the home folder as the runtime gives it
 * (`os.homedir()`, `process.env.HOME`, `Deno.env.get("HOME")`: `~`), joined by `path.join`/`path.resolve`.
 */
function jsString(n: unknown, name?: JsNamer): string | null {
  if (!isNode(n)) return null;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  // A loop variable that stands for the entries of a listed folder or a glob (`for (const f of fs.readdirSync("dist"))`).
  if (n.type === 'Identifier' && name?.vars?.has(n.name as string)) return name.vars.get(n.name as string)!;
  if (n.type === 'TemplateLiteral' && Array.isArray(n.expressions)) {
    const quasis = (n.quasis as Array<{ value: { cooked: string } }>).map((q) => q.value.cooked);
    const parts = (n.expressions as unknown[]).map((e) => jsString(e, name));
    if (parts.some((p) => p === null)) return null;
    return quasis.map((q, i) => q + (parts[i] ?? '')).join('');
  }
  if (n.type === 'BinaryExpression' && n.operator === '+') {
    const l = jsString(n.left, name);
    const r = jsString(n.right, name);
    return l !== null && r !== null ? l + r : null;
  }
  if (!name) return null;
  if (n.type === 'MemberExpression' && name(n) === 'process.env.HOME') return '~';
  if (n.type === 'CallExpression') {
    const api = name(n.callee);
    const args = n.arguments as unknown[];
    if (api === 'os.homedir' && args.length === 0) return '~';
    if (api === 'Deno.env.get' && jsString(args[0]) === 'HOME') return '~';
    if ((api === 'path.join' || api === 'path.resolve' || api === 'path.posix.join') && args.length > 0) {
      const parts = args.map((a) => jsString(a, name));
      if (parts.some((p) => p === null)) return null;
      return (parts as string[]).reduce((acc, p) => (p.startsWith('/') && api !== 'path.join' ? p : acc === '' ? p : `${acc.replace(/\/+$/, '')}/${p.replace(/^\/+/, '')}`), '');
    }
  }
  return null;
}

function jsArg(n: unknown, name?: JsNamer): CodeArg {
  const s = jsString(n, name);
  if (s !== null) return { kind: 'string', value: s };
  if (!isNode(n)) return null;
  if (n.type === 'ArrayExpression') {
    const items = (n.elements as unknown[]).map((e) => jsString(e, name));
    return items.every((i): i is string => i !== null) ? { kind: 'list', value: items } : null;
  }
  if (n.type === 'ObjectExpression') {
    const keys: Record<string, string | boolean | number> = {};
    const dynamic: string[] = [];
    for (const p of n.properties as JsNode[]) {
      // A spread (`...opts`) or a computed key can carry any key: recorded as dynamic.
      if (p.type !== 'Property' || !isNode(p.key) || p.computed) {
        dynamic.push('*');
        continue;
      }
      const k = p.key.type === 'Identifier' ? (p.key.name as string) : String((p.key as { value?: unknown }).value);
      const v = p.value as JsNode;
      if (v.type === 'Literal' && (typeof v.value === 'string' || typeof v.value === 'boolean' || typeof v.value === 'number')) keys[k] = v.value;
      else dynamic.push(k);
    }
    return dynamic.length > 0 ? { kind: 'object', keys, dynamic } : { kind: 'object', keys };
  }
  if (n.type === 'Literal') return { kind: 'other', text: String(n.value) };
  return null;
}

/** The identifiers a JavaScript node names (its own and its descendants'). */
function jsIdentifiers(node: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (n: unknown, depth: number): void => {
    if (depth > 50) return;
    if (Array.isArray(n)) {
      for (const x of n) walk(x, depth + 1);
      return;
    }
    if (!isNode(n)) return;
    if (n.type === 'Identifier') out.add(n.name as string);
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && typeof v === 'object' && v !== null) walk(v, depth + 1);
  };
  walk(node, 0);
  return out;
}

/** Core modules that `node -e` exposes as globals. */
const NODE_GLOBAL_MODULES = new Set(['fs', 'child_process', 'os', 'path', 'http', 'https', 'net', 'dgram', 'crypto', 'util', 'vm', 'zlib', 'dns', 'tls', 'cluster', 'worker_threads', 'stream', 'readline', 'url', 'querystring', 'buffer', 'events', 'assert']);

export function analyseJavaScript(code: string): CodeFacts | null {
  let program: unknown;
  try {
    program = acorn().parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true, allowHashBang: true });
  } catch {
    try {
      program = acorn().parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
    } catch {
      return null;
    }
  }
  const facts: CodeFacts = { language: 'javascript', calls: [], imports: [], dynamic: [] };
  const alias = new Map<string, string>();
  const requireOf = (n: unknown): string | null => {
    if (!isNode(n)) return null;
    if (n.type === 'CallExpression' && isNode(n.callee) && n.callee.type === 'Identifier' && n.callee.name === 'require') {
      const spec = jsString((n.arguments as unknown[])[0], namer);
      if (spec === null) return null;
      facts.imports.push(jsModule(spec));
      return jsModule(spec);
    }
    if (n.type === 'AwaitExpression') return importOf(n.argument);
    return null;
  };
  const importOf = (n: unknown): string | null => {
    if (!isNode(n) || n.type !== 'ImportExpression') return null;
    const spec = jsString(n.source);
    if (spec === null) return null;
    facts.imports.push(jsModule(spec));
    return jsModule(spec);
  };
  const nameOf = (n: unknown): string | null => {
    if (!isNode(n)) return null;
    if (n.type === 'Identifier') {
      const name = n.name as string;
      return alias.get(name) ?? name;
    }
    if (n.type === 'MemberExpression') {
      const base = requireOf(n.object) ?? nameOf(n.object);
      if (base === null) return null;
      if (n.computed) {
        const key = jsString(n.property);
        return key === null ? null : `${base}.${key}`;
      }
      return `${base}.${(n.property as { name: string }).name}`.replace(/\.promises\./, '.');
    }
    if (n.type === 'CallExpression') {
      const r = requireOf(n);
      if (r !== null) return r;
      const base = nameOf(n.callee);
      return base === null ? null : `${base}()`;
    }
    if (n.type === 'ChainExpression') return nameOf(n.expression);
    return null;
  };
  const bindPattern = (id: unknown, mod: string): void => {
    if (!isNode(id)) return;
    if (id.type === 'Identifier') alias.set(id.name as string, mod);
    else if (id.type === 'ObjectPattern') {
      for (const p of id.properties as JsNode[]) {
        if (p.type !== 'Property' || !isNode(p.key) || !isNode(p.value)) continue;
        const key = p.key.type === 'Identifier' ? (p.key.name as string) : String((p.key as { value?: unknown }).value);
        const value = p.value.type === 'AssignmentPattern' ? (p.value.left as JsNode) : p.value;
        if (value.type === 'Identifier') alias.set(value.name as string, `${mod}.${key}`.replace(/\.promises\./, '.'));
      }
    }
  };
  /**
   * A built-in method called on a literal (`[3, 1, 2].sort()`, `'a,b'.split(',')`): it computes a value and reaches
   * nothing outside; its arguments are visited as every other node.
   */
  const literalBuiltin = (callee: unknown): boolean =>
    isNode(callee) && callee.type === 'MemberExpression' && !callee.computed && isNode(callee.object) && /^(ArrayExpression|Literal|TemplateLiteral)$/.test(callee.object.type) && LITERAL_METHODS.test((callee.property as { name?: string }).name ?? '');
  // Names bound to what a listing yields: `fs.readdirSync(d)` yields entry names (`*`), a glob (`fs.globSync(p)`,
  // `glob.sync(p)`) yields paths matching it; `.filter(f => f.endsWith(".log"))` narrows the names. Used by jsString.
  const vars = new Map<string, string>();
  const callbacks = new WeakMap<object, string | null>();
  const namer: JsNamer = Object.assign((x: unknown) => nameOf(x), { vars });
  const listing = (x: unknown): string | null => {
    if (!isNode(x)) return null;
    if (x.type === 'AwaitExpression') return listing(x.argument);
    if (x.type !== 'CallExpression') return null;
    const callee = x.callee;
    const args = x.arguments as unknown[];
    if (isNode(callee) && callee.type === 'MemberExpression' && !callee.computed && (callee.property as { name?: string }).name === 'filter') {
      const base = listing(callee.object);
      const cb = args[0];
      if (base === null) return null;
      // `f => f.endsWith(".log")`: only names with that ending remain.
      if (isNode(cb) && cb.type === 'ArrowFunctionExpression' && isNode(cb.body) && cb.body.type === 'CallExpression') {
        const test = cb.body;
        const m = isNode(test.callee) && test.callee.type === 'MemberExpression' ? (test.callee.property as { name?: string }).name : undefined;
        const end = jsString((test.arguments as unknown[])[0]);
        if (m === 'endsWith' && end !== null && /\*$/.test(base) && !end.includes('/')) return `${base.slice(0, -1)}*${end}`;
      }
      return base;
    }
    const api = nameOf(callee);
    const first = jsString(args[0], namer);
    if (api !== null && /^fs\.(readdirSync|readdir)$/.test(api) && first !== null) return '*';
    if (api !== null && /^(fs\.(globSync|glob)|glob(\.sync|Sync)?|fg(\.sync)?|fast-glob(\.sync)?)$/.test(api) && first !== null) return first;
    return null;
  };
  // Names bound to each item of a literal list of strings (`for (const d of ['.next', 'coverage'])`, `['dist', 'build']
  // .forEach(d => …)`, or through a const: `const dirs = [...]`, kept as `dirs[]`): read by eachItem.
  const lists = new Map<string, string[]>();
  const itemCallbacks = new WeakMap<object, string[]>();
  const literalList = (x: unknown): string[] | null => {
    if (!isNode(x)) return null;
    if (x.type === 'Identifier') return lists.get(`${x.name as string}[]`) ?? null;
    if (x.type !== 'ArrayExpression') return null;
    const items = (x.elements as unknown[]).map((e) => jsString(e));
    return items.length > 0 && items.every((i): i is string => i !== null) ? items : null;
  };
  const bindItems = (id: unknown, items: string[] | null): void => {
    if (!isNode(id) || id.type !== 'Identifier') return;
    if (items === null) lists.delete(id.name as string);
    else lists.set(id.name as string, items);
  };
  const bindTo = (id: unknown, value: string | null): void => {
    if (!isNode(id) || id.type !== 'Identifier') return;
    if (value === null) vars.delete(id.name as string);
    else vars.set(id.name as string, value);
  };
  const visit = (n: unknown, depth: number): void => {
    if (depth > 300 || facts.calls.length >= MAX_CALLS) return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x, depth + 1);
      return;
    }
    if (!isNode(n)) return;
    switch (n.type) {
      case 'ForOfStatement': {
        const left = isNode(n.left) && n.left.type === 'VariableDeclaration' ? ((n.left.declarations as JsNode[])[0]?.id as unknown) : n.left;
        bindTo(left, listing(n.right));
        bindItems(left, literalList(n.right));
        break;
      }
      case 'VariableDeclaration':
        // Round 34 (s34): a `const` bound to a literal string (`const f = 'package.json'`) is that string wherever it is used.
        for (const d of n.declarations as JsNode[]) {
          // A declaration without a value (`for (const f of …)`) is bound by its loop, above.
          if (!isNode(d.id) || d.id.type !== 'Identifier' || !isNode(d.init)) continue;
          const fixed = n.kind === 'const' ? jsString(d.init, namer) : null;
          if (fixed !== null) vars.set(d.id.name as string, fixed);
          else vars.delete(d.id.name as string);
          bindItems({ type: 'Identifier', name: `${d.id.name as string}[]` }, n.kind === 'const' ? literalList(d.init) : null);
        }
        break;
      case 'VariableDeclarator':
        if (isNode(n.id) && n.id.type === 'Identifier') {
          const l = listing(n.init);
          if (l !== null) vars.set(`${n.id.name as string}[]`, l);
          else vars.delete(`${n.id.name as string}[]`);
        }
        break;
    }
    if (n.type === 'CallExpression' && isNode(n.callee) && n.callee.type === 'MemberExpression' && !n.callee.computed && /^(forEach|map|flatMap|some|every|filter)$/.test((n.callee.property as { name?: string }).name ?? '')) {
      // `fs.readdirSync(".").filter(...).forEach(f => fs.unlinkSync(f))`, `files.forEach(...)` with `files` a listing.
      const obj = n.callee.object;
      const l = listing(obj) ?? (isNode(obj) && obj.type === 'Identifier' ? (vars.get(`${obj.name as string}[]`) ?? null) : null);
      const cb = (n.arguments as unknown[])[0];
      // Bound when the callback itself is visited (after the callee's own callbacks), so `f` in `.filter(f => …).forEach(f => …)` is each one's.
      if (isNode(cb) && (cb.type === 'ArrowFunctionExpression' || cb.type === 'FunctionExpression')) {
        callbacks.set(cb, l);
        const items = literalList(obj);
        if (items !== null) itemCallbacks.set(cb, items);
      }
    }
    if ((n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') && callbacks.has(n)) {
      bindTo((n.params as unknown[])[0], callbacks.get(n)!);
      bindItems((n.params as unknown[])[0], itemCallbacks.get(n) ?? null);
    }
    switch (n.type) {
      case 'VariableDeclarator': {
        const mod = requireOf(n.init) ?? (isNode(n.init) && (n.init.type === 'MemberExpression' || n.init.type === 'Identifier') ? nameOf(n.init) : null);
        if (mod !== null) bindPattern(n.id, mod);
        break;
      }
      case 'ImportDeclaration': {
        const mod = jsModule(String((n.source as { value: unknown }).value));
        facts.imports.push(mod);
        for (const s of n.specifiers as JsNode[]) {
          const local = (s.local as { name: string }).name;
          if (s.type === 'ImportSpecifier') alias.set(local, `${mod}.${(s.imported as { name?: string; value?: string }).name ?? (s.imported as { value: string }).value}`);
          else alias.set(local, mod);
        }
        return;
      }
      case 'ImportExpression':
        if (importOf(n) === null) facts.dynamic.push('`import()` of a module named at run time');
        break;
      case 'CallExpression': {
        const callee = n.callee;
        // `import("fs/promises").then(f => f.rm(...))`, `require("fs").promises.then`-style callbacks.
        if (isNode(callee) && callee.type === 'MemberExpression' && !callee.computed && (callee.property as { name?: string }).name === 'then') {
          const mod = importOf(callee.object);
          const cb = (n.arguments as unknown[])[0];
          if (mod && isNode(cb) && (cb.type === 'ArrowFunctionExpression' || cb.type === 'FunctionExpression')) bindPattern((cb.params as unknown[])[0], mod);
        }
        const api = isNode(callee) && callee.type === 'Identifier' && callee.name === 'require' ? null : nameOf(callee);
        if (isNode(callee) && callee.type === 'Identifier' && callee.name === 'require') {
          if (requireOf(n) === null) facts.dynamic.push('`require` of a module named at run time');
        } else if (api === null) {
          if (!literalBuiltin(callee)) facts.dynamic.push('a call through an expression we cannot name');
        } else {
          for (const args of eachItem(lists, vars, () => jsIdentifiers(n.arguments), () => (n.arguments as unknown[]).map((a) => jsArg(a, namer)))) facts.calls.push({ api, args, kwargs: {} });
        }
        break;
      }
      case 'NewExpression': {
        const api = nameOf(n.callee);
        if (api === 'Function') facts.dynamic.push('`new Function` builds code at run time');
        else if (api !== null) facts.calls.push({ api: `new ${api}`, args: (n.arguments as unknown[]).map((a) => jsArg(a, namer)), kwargs: {} });
        break;
      }
      case 'MemberExpression':
        if (n.computed && jsString(n.property) === null && isNode(n.object) && n.object.type === 'Identifier' && /^(globalThis|global|process|window|require|module|fs|child_process)$/.test(n.object.name as string)) {
          facts.dynamic.push(`a property of \`${n.object.name as string}\` named at run time`);
        }
        break;
    }
    for (const [k, v] of Object.entries(n)) {
      if (k === 'type' || k === 'start' || k === 'end' || k === 'loc' || k === 'range') continue;
      if (typeof v === 'object' && v !== null) visit(v, depth + 1);
    }
  };
  for (const m of NODE_GLOBAL_MODULES) alias.set(m, m);
  visit(program, 0);
  return facts;
}

/** Facts for inline code, or null when the language has no parser here or the code does not parse. */
export function analyseCode(code: string, language: string): CodeFacts | null {
  if (code.length > 64 * 1024) return null;
  if (language === 'python') return analysePython(code);
  if (language === 'javascript') return analyseJavaScript(code);
  return null;
}
