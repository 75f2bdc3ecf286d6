import type { Node } from './bash-parser.ts';
import { isUnderTemporaryRoot } from '../paths.ts';
import { CI_RUN_NUMBER_VARIABLES, RUN_NUMBER_PREFIX, RUN_NUMBER_STANDIN } from '../stamped-names.ts';

/**
 * A shell word as written (`text`) and as bash would see it after quote removal and expansion
 * (`value`). `value` is null when the word depends on something the input does not fix (an unset
 * variable, a command substitution): analysers must then assume the worst value.
 */
export interface Word {
  text: string;
  value: string | null;
  start: number;
  end: number;
  /** An unquoted glob character survives (`*`, `?`, `[`). */
  glob: boolean;
}

/** Variables known at a point of the script: a string, or null once assigned something dynamic. */
export type Vars = Map<string, string | null>;

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

/** Decodes the body of `$'...'`. */
export function decodeAnsiC(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const n = body[++i]!;
    if (n === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 1))?.[0] ?? '';
      out += hex ? String.fromCharCode(parseInt(hex, 16)) : '\\x';
      i += hex.length;
    } else if (n === 'u' || n === 'U') {
      const hex = new RegExp(`^[0-9a-fA-F]{1,${n === 'u' ? 4 : 8}}`).exec(body.slice(i + 1))?.[0] ?? '';
      out += hex ? String.fromCodePoint(parseInt(hex, 16)) : `\\${n}`;
      i += hex.length;
    } else if (/[0-7]/.test(n)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i))?.[0] ?? n;
      out += String.fromCharCode(parseInt(oct, 8));
      i += oct.length - 1;
    } else if (n === 'c') {
      out += String.fromCharCode((body.charCodeAt(i + 1) || 64) & 31);
      i++;
    } else {
      out += ESCAPES[n] ?? `\\${n}`;
    }
  }
  return out;
}

function unescapeUnquoted(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1');
}

function unescapeDoubleQuoted(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1');
}

function lookup(name: string, vars: Vars): string | null {
  const v = vars.get(name);
  return v === undefined ? null : v;
}

/** `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?message}`; anything cleverer is dynamic. */
function expandBraced(text: string, vars: Vars): string | null {
  const simple = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(text);
  if (simple) return lookup(simple[1]!, vars);
  // Round 31 (u31): the default may itself name variables (`${XDG_CACHE_HOME:-$HOME/.cache}`, the XDG Base Directory
  // specification's own fallback); bash expands it as a word (bash(1), "Parameter Expansion"), so each `$NAME` or `${NAME}`
  // in it is looked up the same way, and one we do not know leaves the whole word dynamic.
  const dflt = /^\$\{([A-Za-z_][A-Za-z0-9_]*):?[-=]((?:[^${}`]|\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*\})*)\}$/.exec(text);
  if (dflt) {
    const v = vars.get(dflt[1]!);
    if (typeof v === 'string' && v !== '') return v;
    if (v === undefined) return expandNames(dflt[2]!.replace(/^["']|["']$/g, ''), vars);
  }
  const trimmed = trimmedExpansion(text, vars);
  if (trimmed !== undefined) return trimmed;
  // `${NAME:?message}`: bash stops the command with the message when NAME is unset or empty (bash(1), "Parameter
  // Expansion"), so the command runs only with NAME's value; a NAME we do not know stays dynamic.
  const guarded = /^\$\{([A-Za-z_][A-Za-z0-9_]*):\?[^${}`]*\}$/.exec(text);
  if (guarded) {
    const v = vars.get(guarded[1]!);
    if (typeof v === 'string' && v !== '') return v;
  }
  return null;
}

/** `$NAME` and `${NAME}` in a default replaced by their values; null when one is not known. */
function expandNames(text: string, vars: Vars): string | null {
  let dynamic = false;
  const out = text.replace(/\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\})/g, (_m, a?: string, b?: string) => {
    const v = lookup((a ?? b)!, vars);
    if (v === null) dynamic = true;
    return v ?? '';
  });
  return dynamic ? null : out;
}

/**
 * Round 31 (u31): `${NAME%PATTERN}`, `${NAME%%PATTERN}`, `${NAME#PATTERN}`, `${NAME##PATTERN}` of a variable whose value is
 * known (`f=src/gen/api.ts; rm -f "${f%.ts}.js"`): bash removes the shortest or longest suffix or prefix the pattern
 * matches (bash(1), "Remove matching suffix/prefix pattern"). The pattern's `*` and `?` are read as bash reads them; any
 * other pattern character, or a value we do not know, leaves the word dynamic (null). Undefined: not this form.
 */
function trimmedExpansion(text: string, vars: Vars): string | null | undefined {
  const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(%%|%|##|#)([^${}`[\]\\'"]*)\}$/.exec(text);
  if (!m) return undefined;
  const v = vars.get(m[1]!);
  if (typeof v !== 'string') return null;
  const [op, pattern] = [m[2]!, m[3]!];
  const body = pattern.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^(){}|$]/g, '\\$&'))).join('');
  const longest = op.length === 2;
  if (op.startsWith('%')) {
    // The shortest suffix is the one that starts last.
    const starts = [...Array(v.length + 1).keys()].filter((i) => new RegExp(`^(?:${body})$`, 's').test(v.slice(i)));
    if (starts.length === 0) return v;
    return v.slice(0, longest ? starts[0] : starts[starts.length - 1]);
  }
  const ends = [...Array(v.length + 1).keys()].filter((i) => new RegExp(`^(?:${body})$`, 's').test(v.slice(0, i)));
  if (ends.length === 0) return v;
  return v.slice(longest ? ends[ends.length - 1] : ends[0]);
}

/** Concatenates children and the literal gaps between them (quotes excluded by the caller's bounds). */
function evalParts(node: Node, from: number, to: number, vars: Vars, literal: (s: string) => string): { value: string | null; glob: boolean } {
  let out = '';
  let dynamic = false;
  let glob = false;
  let pos = from;
  let cacheFolderEnd = -1;
  const base = node.startIndex;
  const text = node.text;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.startIndex > pos) out += literal(text.slice(pos - base, child.startIndex - base));
    const v = ciRunNumber(child, vars, out) ?? dateStampInTemporary(child, out) ?? loginValueInTemporary(child, vars, out) ?? numberInUrlPath(child, vars, out) ?? evalWord(child, vars);
    if (v.value === null) dynamic = true;
    else out += v.value;
    glob ||= v.glob;
    if (holdsCacheFolder(child, vars)) cacheFolderEnd = child.endIndex;
    pos = child.endIndex;
  }
  if (to > pos) out += literal(text.slice(pos - base, to - base));
  // The lead's answer 359.5: a `..` after a tool's printed cache folder is refused (see CACHE_FOLDER_MARK).
  if (cacheFolderEnd >= 0 && PARENT_STEP.test(text.slice(cacheFolderEnd - base, to - base))) return { value: null, glob };
  return { value: dynamic ? null : out, glob };
}

/**
 * Round 35 (s35), the lead's answer 359.5: a tool's printed cache folder (`$(npm config get cache)`, `$(pip cache dir)`,
 * `$(poetry env info --path)`, `$(bazel info output_base)`; walk.ts CACHE_FOLDER_QUERIES) is answered with its documented
 * default, which stands only for what lies below it: what the user configured may put it anywhere (Poetry's in-project
 * `.venv` is the project's own folder), so a `..` after it (`"$(npm config get cache)/.."`, `"$d/../x"` with `d` set from
 * one) is not read as the cache's parent but as not fixed. The walker tells which substitutions are such queries, and
 * marks a variable assigned from one with CACHE_FOLDER_MARK.
 */
let cacheFolderQueryTest: ((node: Node) => boolean) | null = null;
export function setCacheFolderQueryTest(fn: (node: Node) => boolean): void {
  cacheFolderQueryTest = fn;
}
/** A key no shell variable can have: set for a variable whose value holds a tool's printed cache folder. */
export const CACHE_FOLDER_MARK = '\u0000cache-folder:';
const PARENT_STEP = /(^|[/"'])\.\.([/"']|$)/;
/** Whether a part of a word is, or holds, a cache folder query or a variable assigned from one. */
export function holdsCacheFolder(node: Node, vars: Vars): boolean {
  if (node.type === 'command_substitution') return cacheFolderQueryTest?.(node) ?? false;
  if (node.type === 'simple_expansion' || node.type === 'expansion') {
    const name = /^\$\{?([A-Za-z_]\w*)/.exec(node.text)?.[1];
    if (name !== undefined && vars.has(`${CACHE_FOLDER_MARK}${name}`)) return true;
  }
  return node.namedChildren.some((c) => c !== null && holdsCacheFolder(c, vars));
}

/**
 * A CI system's documented run or pull-request number, not set in the input, right after `pr-`, `run-`, `build-` or
 * `ci-` in a word (`"web-pr-${CI_MERGE_REQUEST_IID}"`, `rg-run-$GITHUB_RUN_ID`): read as a number (the lead's answer 99,
 * stamped-names.ts), so the name is that run's or pull request's own. Round 25 (k25f): also anywhere in a name below a
 * temporary folder (`/tmp/kubeconfig-$GITHUB_RUN_ID`): a number holds no `/` or `..`, so the path stays in that folder.
 * Round 30 (h30): also at the start of a segment of a URL's path (`https://api.github.com/repos/O/R/actions/runs/$GITHUB_RUN_ID`,
 * `…/jobs/$CI_JOB_ID/artifacts`): the request stays on the path it shows, as with any number there. Null for anything else.
 */
const URL_PATH_SEGMENT = /^https?:\/\/[^\s/?#]+\/[^\s?#]*\/$/i;
function ciRunNumber(child: Node, vars: Vars, before: string): { value: string; glob: false } | null {
  if (!RUN_NUMBER_PREFIX.test(before) && !(/[-_./]$/.test(before) && isUnderTemporaryRoot(`${before}0`)) && !URL_PATH_SEGMENT.test(before)) return null;
  const name = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})$/.exec(child.text);
  const v = name ? (name[1] ?? name[2])! : '';
  return (child.type === 'simple_expansion' || child.type === 'expansion') && CI_RUN_NUMBER_VARIABLES.has(v) && !vars.has(v) ? { value: RUN_NUMBER_STANDIN, glob: false } : null;
}

/**
 * Round 31 (u31): `$(date +FORMAT)` in a name below a temporary folder (`mv "$BUILD_DIR" "/tmp/old-build-$(date +%s)"`):
 * date(1) prints the format's numeric conversions (`%s`, `%F`, `%Y%m%d-%H%M%S` …), which hold no `/` or `..`, so the
 * path stays in that folder, as round 25's CI run numbers below one do (ciRunNumber); read as a number. Null otherwise.
 */
const DATE_STAMP = /^\$\(\s*date(?:\s+-u)?\s+(['"]?)\+((?:%[sFTYmdHMSjuVGzyeDR]|[-_.:A-Za-z0-9])*)\1\s*\)$/;
function dateStampInTemporary(child: Node, before: string): { value: string; glob: false } | null {
  const m = child.type === 'command_substitution' ? DATE_STAMP.exec(child.text) : null;
  if (!m || !/[-_./]$/.test(before) || !isUnderTemporaryRoot(`${before}0`)) return null;
  // SECURITY (round 40, sh40): the format's own text is printed as written, so `$(date +..)` prints `..` and
  // `/tmp/$(date +..)/home/dev` is `/home/dev`: a format whose literal dots could make a `..` step is not a stamp.
  if (/\.\./.test(m[2]!) || (/^\./.test(m[2]!) && /[./]$/.test(before))) return null;
  return { value: RUN_NUMBER_STANDIN, glob: false };
}

/**
 * Round 40 (sh40): the login's own name and the shell's numbers in a name below a temporary folder
 * (`/tmp/pytest-of-$USER`, `/tmp/build-$(id -u)`, `"$TMPDIR/jest_$UID"`, `/tmp/run-$RANDOM`): bash sets `UID`, `EUID`,
 * `PPID`, `BASHPID` and `RANDOM` to numbers (bash(1), "Shell Variables"); `id -u`, `id -g` print numbers and `whoami`,
 * `id -un`, `id -gn`, `logname`, `$USER` and `$LOGNAME` a login or group name, which holds no `/` (passwd(5)). So the
 * path stays in that folder, as round 25's CI run numbers and round 31's date stamps below one do. A name is read only
 * after a literal part of the same segment (`pytest-of-$USER`, not `/tmp/$USER`): a name alone could be `..` where the
 * account database allows it. Not a variable the input sets itself (`USER=../srv; rm -rf /tmp/x-$USER`).
 */
const SHELL_NUMBER_VARIABLES: ReadonlySet<string> = new Set(['UID', 'EUID', 'PPID', 'BASHPID', 'RANDOM']);
const LOGIN_NAME_VARIABLES: ReadonlySet<string> = new Set(['USER', 'LOGNAME']);
const NUMBER_SUBSTITUTION = /^\$\(\s*id\s+-[ug]\s*\)$/;
const NAME_SUBSTITUTION = /^\$\(\s*(?:whoami|logname|id\s+-(?:un|nu|gn|ng))\s*\)$/;
export const LOGIN_NAME_STANDIN = 'portcullis-user';

/**
 * Round 40 (sh40): a date stamp or a number the shell or a CI system sets, inside a segment of a URL's path after a literal
 * part of it (`http://localhost:9200/tmp-bench-$(date +%s)`, `…/indices/e2e-$GITHUB_RUN_ID-$RANDOM`): digits (and a date
 * format's own `-_.:`) hold no `/`, `?`, `#` or `..`, so the request stays on the path it shows, as round 30's run number
 * at a segment's start does (ciRunNumber); the resource's name is then judged with a number in it. Not `%D` (it prints
 * `/`), not a format with `..`, not a variable the input sets.
 */
const URL_PATH_PART = /^https?:\/\/[^\s/?#]+\/(?:[^\s?#]*\/)?[^\s/?#]*[A-Za-z0-9][-_.]$/i;
function numberInUrlPath(child: Node, vars: Vars, before: string): { value: string; glob: false } | null {
  if (!URL_PATH_PART.test(before)) return null;
  const named = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})$/.exec(child.text);
  const v = named ? (named[1] ?? named[2])! : '';
  if ((child.type === 'simple_expansion' || child.type === 'expansion') && v !== '' && !vars.has(v) && (SHELL_NUMBER_VARIABLES.has(v) || CI_RUN_NUMBER_VARIABLES.has(v))) return { value: RUN_NUMBER_STANDIN, glob: false };
  const m = child.type === 'command_substitution' ? DATE_STAMP.exec(child.text) : null;
  if (m && !/\.\./.test(m[2]!) && !m[2]!.includes('%D')) return { value: RUN_NUMBER_STANDIN, glob: false };
  return null;
}
function loginValueInTemporary(child: Node, vars: Vars, before: string): { value: string; glob: false } | null {
  if (!/[-_./]$/.test(before) || !isUnderTemporaryRoot(`${before}0`)) return null;
  const named = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})$/.exec(child.text);
  const v = named ? (named[1] ?? named[2])! : '';
  const expansion = (child.type === 'simple_expansion' || child.type === 'expansion') && v !== '' && !vars.has(v);
  const number = (expansion && SHELL_NUMBER_VARIABLES.has(v)) || (child.type === 'command_substitution' && NUMBER_SUBSTITUTION.test(child.text));
  if (number) return { value: RUN_NUMBER_STANDIN, glob: false };
  const name = (expansion && LOGIN_NAME_VARIABLES.has(v)) || (child.type === 'command_substitution' && NAME_SUBSTITUTION.test(child.text));
  // The segment must hold a literal part before the name: `before` does not end at a segment's start.
  if (name && /[-_]$/.test(before) && !/\/[-_]$/.test(before)) return { value: LOGIN_NAME_STANDIN, glob: false };
  return null;
}

/** The value of one argument node. */
let substitutionOutput: ((node: Node, vars: Vars) => string | null) | null = null;

/**
 * Installs how the output of a command substitution is worked out (the walker knows which commands
 * print fixed text); without it every substitution is dynamic.
 */
export function setSubstitutionOutput(fn: (node: Node, vars: Vars) => string | null): void {
  substitutionOutput = fn;
}

/** `$(mktemp -d -t acme.XXXXXX)`, `$(mktemp -dt ci-XXXX)`, `$(mktemp --tmpdir -d build.XXX)`: a template put in the temporary folder. */
const MKTEMP_IN_TMPDIR = /^\$\(\s*mktemp((\s+-[dqu]*t[dqu]*|\s+--tmpdir)(\s+-[dqu]+|\s+--(directory|quiet))*|(\s+-[dqu]+|\s+--(directory|quiet))+(\s+-[dqu]*t[dqu]*|\s+--tmpdir))\s+[\w.-]*X{3,}[\w.-]*\s*\)$/;

/**
 * Round 31 (u31): a substitution that prints paths matching one pattern shown in it, or only some of them, names no more
 * than that pattern: ls(1) `-d` prints the operands a glob matched themselves (not their content), and `head`/`tail -n N`
 * and `sort` keep or order some of its lines (`rm -rf $(ls -d build/run-* | head -n -3)` is at most `rm -rf build/run-*`);
 * find(1) `DIR -name NAME` prints the paths below DIR whose last part matches NAME, which tests that only narrow (`-type`,
 * `-prune`, depths, ages, `-empty`) keep fewer of (`$(find . -name node_modules -type d -prune)` is at most
 * `./**\/node_modules`). The pattern, as a glob word; null for any other substitution (an `-o`, `!`, `-path`, `-exec`, a
 * variable or another command).
 */
const LS_GLOB = /^\$\(\s*ls\s+(?:-[1dtrSUc]*d[1dtrSUc]*\s+)((?:[\w.@+-]+\/)*[\w.@+-]*[*?][\w.@*?+-]*)((?:\s*\|\s*(?:(?:head|tail)\s+-n\s*[-+]?\d+|sort(?:\s+-[a-zA-Z]+)*))*)\s*\)$/;
const FIND_NAME = /^\$\(\s*find\s+((?:[\w.@+-]+\/?)*[\w.@+-]+\/?)((?:\s+(?:-(?:maxdepth|mindepth)\s+\d+|-type\s+[df]|-prune|-print|-empty|-(?:mtime|mmin|ctime|atime)\s+\+?\d+))*)\s+-name\s+(?:'([\w.@*?+-]+)'|"([\w.@*?+-]+)"|([\w.@+-]+))((?:\s+(?:-(?:maxdepth|mindepth)\s+\d+|-type\s+[df]|-prune|-print|-empty|-(?:mtime|mmin|ctime|atime)\s+\+?\d+))*)\s*\)$/;
function listedPattern(text: string): string | null {
  const ls = LS_GLOB.exec(text);
  if (ls) return ls[1]!.split('/').includes('..') ? null : ls[1]!;
  const find = FIND_NAME.exec(text);
  if (!find) return null;
  const dir = find[1]!.replace(/\/+$/, '');
  const name = (find[3] ?? find[4] ?? find[5])!;
  if (dir.split('/').includes('..') || name === '..' || name === '.') return null;
  return `${dir}/**/${name}`;
}

export function evalWord(node: Node, vars: Vars): { value: string | null; glob: boolean } {
  const text = node.text;
  const type = node.type;
  switch (type) {
    case 'word':
    case 'command_name':
    case 'number':
    case 'variable_name':
    case 'special_variable_name':
    case 'heredoc_content':
    case 'string_content': {
      if (type === 'command_name' && node.namedChildren[0]) return evalWord(node.namedChildren[0], vars);
      if (node.namedChildCount > 0 && type === 'word') return evalParts(node, node.startIndex, node.endIndex, vars, unescapeUnquoted);
      return { value: type === 'string_content' ? unescapeDoubleQuoted(text) : unescapeUnquoted(text), glob: type === 'word' && /(^|[^\\])[*?[]/.test(text) };
    }
    case 'raw_string':
      return { value: text.slice(1, -1), glob: false };
    case 'ansi_c_string':
      return { value: decodeAnsiC(text.slice(2, -1)), glob: false };
    case 'string':
    case 'translated_string': {
      const open = type === 'translated_string' ? 2 : 1;
      const r = evalParts(node, node.startIndex + open, node.endIndex - 1, vars, unescapeDoubleQuoted);
      return { value: r.value, glob: false };
    }
    case 'concatenation':
      return evalParts(node, node.startIndex, node.endIndex, vars, unescapeUnquoted);
    case 'simple_expansion': {
      const name = text.slice(1);
      return { value: /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? lookup(name, vars) : null, glob: false };
    }
    case 'expansion':
      return { value: expandBraced(text, vars), glob: false };
    case 'command_substitution': {
      // `$(mktemp -d)` names a fresh temporary path; `$(echo rm)`, `$(echo … | base64 -d)` print
      // fixed text; anything else is not a fixed value. Round 30 (k30): `-t` and `--tmpdir` (no value) put the template in
      // the temporary folder on both GNU and BSD mktemp, when a template with `XXX` follows (BSD's `-t` takes it as a
      // prefix, GNU's as the name; without one BSD's fails and prints nothing).
      if (/^\$\(\s*mktemp(\s+-[dqu]+)*(\s+[\w.-]*X{3,}[\w.-]*)?\s*\)$/.test(text) || MKTEMP_IN_TMPDIR.test(text)) return { value: '/tmp/tmp.XXXXXXXXXX', glob: false };
      // `$(which rm)`, `$(command -v git)`, `` `type -P node` ``: the path of that program, so it runs as itself. So do the
      // version managers' and package managers' look-ups of one named program (each tool's reference): `rustup which cargo`,
      // `pyenv|rbenv|nodenv|goenv|jenv which X`, `asdf|mise which X`, `yarn bin X` (Yarn 1), `xcrun -f|--find X`.
      const lookedUp = /^(?:\$\(|`)\s*(?:which|command\s+-v|type\s+-[pP]|(?:rustup|pyenv|rbenv|nodenv|goenv|jenv|asdf|mise|rtx)\s+which|yarn\s+bin|xcrun\s+(?:-f|--find))\s+([A-Za-z0-9_][\w.+-]*)\s*(?:\)|`)$/.exec(text);
      if (lookedUp) return { value: lookedUp[1]!, glob: false };
      const listed = listedPattern(text);
      if (listed !== null) return { value: listed, glob: true };
      const printed = substitutionOutput ? substitutionOutput(node, vars) : null;
      return { value: printed === null ? null : printed.replace(/\n+$/, ''), glob: false };
    }
    default:
      // SECURITY: process substitution, arithmetic, anything new: not a fixed value.
      return { value: null, glob: false };
  }
}

export function toWord(node: Node, vars: Vars, offset: number): Word {
  const { value, glob } = evalWord(node, vars);
  return { text: node.text, value, start: offset + node.startIndex, end: offset + node.endIndex, glob };
}

/** A word made from a plain string (wrapper-built argv, split strings). */
export function literalWord(value: string, start: number, end: number): Word {
  return { text: value, value, start, end, glob: /[*?[]/.test(value) };
}
