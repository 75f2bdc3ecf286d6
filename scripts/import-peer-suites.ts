/**
 * `node scripts/import-peer-suites.ts GIT_DIR [GIT_DIR...]`: extracts the labelled shell commands of
 * a peer guard's public test suite from a local snapshot (a bare git directory) into
 * `.peer-suites/<suite>/cases.jsonl`, which git ignores, with the repository, path, line and commit
 * of every case. `npm run classify:report` then reports each suite beside our own corpus.
 *
 * Nothing extracted here is ever committed: the peers' code and data stay on this machine. What we
 * learn from them goes into our own cases, written in our own words (test/corpus/classify).
 *
 * Suites understood (recognised by their layout):
 * - cc-safety-net (kenryu42/claude-code-safety-net): `assertBlocked(cmd, …)` / `assertAllowed(cmd)`
 *   calls in `tests/**\/*.test.ts`, read with the TypeScript parser; calls that depend on a working
 *   directory the test creates, or on environment switches (`withEnv`), are left out.
 * - destructive_command_guard (Dicklesworthstone/destructive_command_guard): the TOML corpus
 *   (`tests/corpus`), the YAML and text fixtures, and the pack tests in `src/packs/**\/*.rs`
 *   (`assert_blocks*`, `assert_allows`, `assert_safe_pattern_matches`, `test_batch_*`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';

export interface PeerCase {
  id: string;
  suite: string;
  label: 'destructive' | 'benign';
  command: string;
  repo: string;
  path: string;
  line: number;
  commit: string;
  /** How the command is run (`scripts/import-tldr-pages.ts` sets it for Windows pages); `command` when absent. */
  input_type?: 'command' | 'powershell' | 'cmd';
}

type Raw = Omit<PeerCase, 'id' | 'suite' | 'repo' | 'commit'>;

const OUT = '.peer-suites';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function files(dir: string, commit: string): string[] {
  return git(dir, 'ls-tree', '-r', '--name-only', commit).split('\n').filter(Boolean);
}

function show(dir: string, commit: string, path: string): string {
  return git(dir, 'show', `${commit}:${path}`);
}

function lineAt(text: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

// ---------------------------------------------------------------- cc-safety-net (TypeScript tests)

function fromSafetyNet(dir: string, commit: string): Raw[] {
  const out: Raw[] = [];
  for (const path of files(dir, commit).filter((p) => /^tests\/.*\.test\.ts$/.test(p))) {
    const text = show(dir, commit, path);
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node, underEnv: boolean): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText(sf);
        if (callee === 'withEnv') underEnv = true;
        const expectArgs = callee === 'assertBlocked' ? 2 : callee === 'assertAllowed' ? 1 : -1;
        const first = node.arguments[0];
        if (expectArgs !== -1 && !underEnv && node.arguments.length === expectArgs && first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          out.push({ label: callee === 'assertBlocked' ? 'destructive' : 'benign', command: first.text, path, line: lineAt(text, first.getStart(sf)) });
        }
      }
      ts.forEachChild(node, (c) => visit(c, underEnv));
    };
    visit(sf, false);
  }
  return out;
}

// ---------------------------------------------------------------- destructive_command_guard

/** The value of a TOML basic or literal string starting at `s[0]`; null for anything else. */
function tomlString(s: string): string | null {
  if (s.startsWith('"') && !s.startsWith('"""')) {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(s);
    if (!m) return null;
    try {
      return JSON.parse(`"${m[1]!.replace(/\\U([0-9a-fA-F]{8})/g, (_x, h: string) => String.fromCodePoint(parseInt(h, 16)).replace(/[\\"]/g, '\\$&'))}"`) as string;
    } catch {
      return null;
    }
  }
  if (s.startsWith("'") && !s.startsWith("'''")) {
    const m = /^'([^']*)'/.exec(s);
    return m ? m[1]! : null;
  }
  return null;
}

/** `[[case]]` tables with `command` and `expected`/`expected_decision` (allow|deny); other cases are skipped. */
function fromToml(text: string, path: string): Raw[] {
  const out: Raw[] = [];
  let cur: { command?: string; expected?: string; kind?: string; line: number } | null = null;
  const flush = () => {
    if (cur?.command !== undefined && (cur.kind === undefined || cur.kind === 'command') && (cur.expected === 'allow' || cur.expected === 'deny')) {
      out.push({ label: cur.expected === 'deny' ? 'destructive' : 'benign', command: cur.command, path, line: cur.line });
    }
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '[[case]]') {
      flush();
      cur = { line: i + 1 };
      return;
    }
    if (!cur) return;
    const m = /^([A-Za-z_]+)\s*=\s*(.*)$/.exec(line);
    if (!m) return;
    const value = tomlString(m[2]!);
    if (value === null) return;
    if (m[1] === 'command') {
      cur.command = value;
      cur.line = i + 1;
    } else if (m[1] === 'expected' || m[1] === 'expected_decision') cur.expected = value;
    else if (m[1] === 'input_kind') cur.kind = value;
  });
  flush();
  return out;
}

/** A Rust string literal (`"…"` with escapes, `r"…"`, `r#"…"#`) at `s[i]`: its value and end, or null. */
function rustString(s: string, i: number): { value: string; end: number } | null {
  const raw = /^r(#*)"/.exec(s.slice(i, i + 10));
  if (raw) {
    const close = `"${raw[1]}`;
    const start = i + raw[0].length;
    const end = s.indexOf(close, start);
    return end === -1 ? null : { value: s.slice(start, end), end: end + close.length };
  }
  if (s[i] !== '"') return null;
  let out = '';
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j]!;
    if (c === '"') return { value: out, end: j + 1 };
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = s[++j]!;
    if (n === '\n') {
      while (/\s/.test(s[j + 1] ?? '')) j++;
    } else if (n === 'u') {
      const m = /^\{([0-9a-fA-F]+)\}/.exec(s.slice(j + 1));
      if (!m) return null;
      out += String.fromCodePoint(parseInt(m[1]!, 16));
      j += m[0].length;
    } else if (n === 'x') {
      out += String.fromCharCode(parseInt(s.slice(j + 1, j + 3), 16));
      j += 2;
    } else out += ({ n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'" } as Record<string, string>)[n] ?? `\\${n}`;
  }
  return null;
}

const RUST_CALLS: Record<string, 'destructive' | 'benign'> = {
  assert_blocks: 'destructive',
  assert_blocks_with_pattern: 'destructive',
  assert_blocks_with_severity: 'destructive',
  assert_rm_parser_denies: 'destructive',
  test_batch_blocks: 'destructive',
  assert_allows: 'benign',
  assert_safe_pattern_matches: 'benign',
  assert_rm_parser_allows: 'benign',
  test_batch_allows: 'benign',
};

/** The string literals a pack test hands to its assertion helpers (the first string argument, or every string of a `&[…]` batch). */
function fromRust(text: string, path: string): Raw[] {
  const out: Raw[] = [];
  const re = /\b(assert_blocks_with_pattern|assert_blocks_with_severity|assert_blocks|assert_rm_parser_denies|assert_rm_parser_allows|assert_allows|assert_safe_pattern_matches|test_batch_blocks|test_batch_allows)\s*\(/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const label = RUST_CALLS[m[1]!]!;
    let i = m.index + m[0].length;
    // Skip to the first string literal or batch, within this call's first two arguments.
    const stop = Math.min(text.length, i + 400);
    let found = false;
    while (i < stop && !found) {
      const c = text[i]!;
      if (c === ')' || c === ';') break;
      if (c === '[') {
        // A batch: every string literal up to the closing bracket.
        let j = i + 1;
        while (j < text.length && text[j] !== ']') {
          const lit = /[r"]/.test(text[j]!) ? rustString(text, j) : null;
          if (lit) {
            out.push({ label, command: lit.value, path, line: lineAt(text, j) });
            j = lit.end;
          } else j++;
        }
        found = true;
      } else if (c === '"' || (c === 'r' && /^r#*"/.test(text.slice(i, i + 10)) && !/\w/.test(text[i - 1] ?? ''))) {
        const lit = rustString(text, i);
        if (lit) out.push({ label, command: lit.value, path, line: lineAt(text, i) });
        found = true;
      } else i++;
    }
  }
  return out;
}

/** A one-line YAML scalar: double-quoted (JSON-like escapes), single-quoted, or plain; null when it does not decode. */
function yamlScalar(text: string): string | null {
  try {
    const v = parseYaml(`v: ${text}`) as { v?: unknown };
    return typeof v.v === 'string' ? v.v : null;
  } catch {
    return null;
  }
}

function fromDcg(dir: string, commit: string): Raw[] {
  const out: Raw[] = [];
  const all = files(dir, commit);
  for (const path of all.filter((p) => /^tests\/corpus\/.*\.toml$/.test(p))) out.push(...fromToml(show(dir, commit, path), path));
  // The fixtures are YAML in spirit; read line by line (`- command: "…"`), since a file that does not
  // parse as a whole must not lose every case. A line whose string does not decode is skipped.
  const sections: Array<[string, Record<string, 'destructive' | 'benign'>]> = [
    ['tests/fixtures/destructive_commands.yaml', { '': 'destructive' }],
    ['tests/fixtures/safe_commands.yaml', { '': 'benign' }],
    ['tests/fixtures/edge_cases.yaml', { false_positives: 'benign', false_negatives: 'destructive' }],
  ];
  for (const [path, labels] of sections) {
    if (!all.includes(path)) continue;
    let section = '';
    show(dir, commit, path)
      .split('\n')
      .forEach((l, i) => {
        const top = /^([A-Za-z_][\w.-]*):\s*$/.exec(l);
        if (top) section = top[1]!;
        const m = /^\s*-?\s*command:\s*(.+?)\s*$/.exec(l);
        const label = labels[section] ?? labels[''];
        if (!m || !label) return;
        const value = yamlScalar(m[1]!);
        if (value !== null) out.push({ label, command: value, path, line: i + 1 });
      });
  }
  for (const [path, label] of [['tests/e2e/fixtures/commands/dangerous.txt', 'destructive'], ['tests/e2e/fixtures/commands/safe.txt', 'benign']] as const) {
    if (!all.includes(path)) continue;
    show(dir, commit, path)
      .split('\n')
      .forEach((l, i) => {
        if (l.trim() !== '' && !l.trimStart().startsWith('#')) out.push({ label, command: l.trim(), path, line: i + 1 });
      });
  }
  for (const path of all.filter((p) => /^src\/packs\/.*\.rs$/.test(p) && !/test_(helpers|template)\.rs$/.test(p))) out.push(...fromRust(show(dir, commit, path), path));
  return out;
}

// ---------------------------------------------------------------- main

function repoName(dir: string): string {
  const m = /([^/]+)\+([^/]+)\/repo\/?$/.exec(dir) ?? /([^/]+)\+([^/]+)\/?$/.exec(dir);
  return m ? `${m[1]}/${m[2]}` : dir;
}

function importSuite(dir: string): { suite: string; cases: PeerCase[]; dropped: number } {
  const commit = git(dir, 'rev-parse', 'HEAD').trim();
  const all = files(dir, commit);
  const repo = repoName(dir);
  let suite: string;
  let raw: Raw[];
  if (all.includes('tests/helpers.ts') && /assertBlocked/.test(show(dir, commit, 'tests/helpers.ts'))) {
    suite = 'cc-safety-net';
    raw = fromSafetyNet(dir, commit);
  } else if (all.some((p) => p.startsWith('tests/corpus/')) && all.some((p) => p.startsWith('src/packs/'))) {
    suite = 'destructive_command_guard';
    raw = fromDcg(dir, commit);
  } else {
    throw new Error(`${dir}: not a suite this importer knows (cc-safety-net or destructive_command_guard)`);
  }
  // One case per command; a command the suite labels both ways is left out (the suite disagrees with itself).
  const byCommand = new Map<string, Raw[]>();
  for (const r of raw) byCommand.set(r.command, [...(byCommand.get(r.command) ?? []), r]);
  const cases: PeerCase[] = [];
  let dropped = 0;
  for (const [command, rs] of byCommand) {
    // An empty command is no action at all: nothing to classify.
    if (command.trim() === "") continue;
    if (new Set(rs.map((r) => r.label)).size > 1) {
      dropped++;
      continue;
    }
    const r = rs[0]!;
    cases.push({ id: `${suite}-${cases.length + 1}`, suite, repo, commit, ...r });
  }
  return { suite, cases, dropped };
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  process.stderr.write('usage: node scripts/import-peer-suites.ts GIT_DIR [GIT_DIR...]\n(a snapshot\'s git directory, e.g. /work/.mirror/<owner>+<name>/repo)\n');
  process.exit(1);
}
for (const dir of dirs) {
  const { suite, cases, dropped } = importSuite(dir);
  mkdirSync(join(OUT, suite), { recursive: true });
  writeFileSync(join(OUT, suite, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const d = cases.filter((c) => c.label === 'destructive').length;
  process.stdout.write(`${suite}: ${cases.length} cases (${d} destructive, ${cases.length - d} benign; ${dropped} labelled both ways left out) from ${cases[0]?.repo} at ${cases[0]?.commit.slice(0, 12)} -> ${join(OUT, suite, 'cases.jsonl')}\n`);
}
