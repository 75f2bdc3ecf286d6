import type { ActionContext, Inventory } from '../../core/index.ts';
import type { FactsBuilder, Span } from '../builder.ts';
import { changeDirectory, noteWrite, type Invocation, type Redirect, type ShellEnv, type ShellScope, type Stdin } from '../shell/invocation.ts';
import { appendTo, buildOutputPairs, emptyFile, fileTarget, windowsLineFacts } from '../shell/tools/filesystem.ts';
import type { Word } from '../shell/words.ts';
import { PROFILE_FOLDER_FALLBACK, windowsEnvironment } from '../windows/environment.ts';
import { isRebuildableFilter } from '../windows/tools.ts';
import { secretToShare } from '../windows/share-secrets.ts';
import { secretOutput } from '../shell/secret-sources.ts';
import { resolvePath, underBackupsFolder } from '../paths.ts';
import { isWindowsPath, sameOrUnder } from '../windows-paths.ts';
import { regeneratedFolders } from '../shell/regenerated.ts';
import { gitSavedSteps } from '../shell/walk.ts';
import { restartedStops, waitOf, type ServiceStep } from '../restarts.ts';
import { dispatchWindows, makeWindowsInvocation } from '../windows/dispatch.ts';
import { expandDelayed, expandPercent, tokenize, unquote, UNKNOWN, type CmdToken } from './tokenize.ts';

/**
 * Walks a cmd.exe command line: `&`, `&&`, `||` and `|` chains, `( … )` blocks, `if`, `for`,
 * `call`, `start`, nested `cmd /c`, `cd`, redirects; every simple command goes to the Windows
 * dispatcher with its words as the program would receive them.
 */

const MAX_DEPTH = 8;

export function runCmdSource(source: string, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, spanStart: number): void {
  if (scope.depth > MAX_DEPTH) {
    env.b.opaque('shell_nesting_too_deep', `shell nesting deeper than ${MAX_DEPTH} levels`);
    return;
  }
  const lines = batchLines(source);
  if (lines.length === 1) {
    runCmdLine(lines[0]!, scope, env, stdin, spanStart, scope.depth === 0);
    return;
  }
  // A batch file runs line by line, each read (and its `%NAME%` expanded) after the lines before it ran: `set T=…` on one
  // line is seen by `%T%` on the next.
  const { main, labels } = batchProgram(lines);
  LABELS.set(env, new Map([...(LABELS.get(env) ?? []), ...labels]));
  for (const line of restartsJoined(main)) runCmdLine(line, scope, env, stdin, spanStart);
}

/**
 * A batch file's `net stop S` (or `sc stop S`) on one line and `net start S` on a later one is the same restart as `net
 * stop S & … & net start S` on one line: each line runs whatever the one before did, as after `&` (the lead's answer
 * 342.5, round 32). The lines from the stop to its start are joined with `&` so startedNext reads them with the one rule
 * (restarts.ts restartedStops: never across `exit`, `goto` or a wait longer than a minute). Only when every line between
 * reads the same joined: no `%`/`!` expansion (a line's variables are expanded when it is read, after the lines before
 * it ran), no block, no `if` or `for` (they own the rest of a line), no label or comment.
 */
function restartsJoined(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const stop = /^\s*@?(net|sc)\s+stop\s+(\S+)\s*$/i.exec(line);
    if (stop) {
      const start = new RegExp(`^\\s*@?${stop[1]}\\s+start\\s+${stop[2]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
      let k = i + 1;
      while (k < lines.length && !start.test(lines[k]!) && joinsAsAmpersand(lines[k]!)) k++;
      if (k < lines.length && start.test(lines[k]!)) {
        line = lines.slice(i, k + 1).map((l) => l.trim()).join(' & ');
        i = k;
      }
    }
    out.push(line);
  }
  return out;
}

/** A batch line that runs the same when joined to the lines around it with `&` (restartsJoined). */
function joinsAsAmpersand(line: string): boolean {
  const t = line.trim().replace(/^@/, '');
  return t !== '' && !/[%!()\n]/.test(t) && !/^(:|rem(\s|$)|if\s|for\s)/i.test(t);
}

/** The labels of the batch text being walked, each with the lines from it to the end of the text. */
const LABELS = new WeakMap<ShellEnv, Map<string, string[]>>();

/**
 * The lines judged from the top, and every label with the lines from it on (`call /?`, `goto /?`); a line starting
 * with `:` is a label (or a `::` comment) and runs nothing. In a batch file nothing past the first `goto :eof` or `exit
 * /b` outside a block runs unless `call :label` or `goto label` leads there, but the same text typed at a prompt runs
 * every line (`goto` fails outside a batch file and labels are skipped), and the gate cannot tell which. So only the
 * lines of a label the text calls or jumps to are left to that call, judged with its arguments; every other line is
 * judged from the top: those after `goto :eof` up to the next label, and those of a label nothing names.
 */
function batchProgram(lines: string[]): { main: string[]; labels: Map<string, string[]> } {
  const labels = new Map<string, string[]>();
  const named = new Set([...lines.join('\n').matchAll(/\b(?:call\s+:|goto\s+:?)([^\s:+=,;&|()]+)/gi)].map((m) => m[1]!.toLowerCase()));
  let region: string | null = null;
  const main: string[] = [];
  lines.forEach((l, i) => {
    const m = /^\s*:(?!:)([^\s:+=,;]+)/.exec(l);
    if (m) {
      region = m[1]!.toLowerCase();
      labels.set(region, lines.slice(i + 1).filter((x) => !/^\s*:/.test(x)));
      return;
    }
    if (/^\s*:/.test(l)) return;
    if (region === null || !named.has(region)) main.push(l);
  });
  return { main, labels };
}

/**
 * `call :label ARGS` and `goto label`: the label's lines, with `%1`…`%9` (`%~1` unquoted) and `%*` replaced by the
 * arguments. A label the text does not have, or a parameter not given, is unknown.
 */
function runLabel(name: string, args: string[], scope: ShellScope, env: ShellEnv, spanStart: number): void {
  const body = LABELS.get(env)?.get(name.toLowerCase());
  if (!body) {
    env.b.opaque('cmd_label_unknown', `\`${name}\` is not a label of this batch text`, { start: spanStart, end: spanStart });
    return;
  }
  const param = (whole: string, tilde: string, n: string): string => {
    if (n === '*') return args.join(' ');
    const arg = args[Number(n) - 1];
    return n === '0' || arg === undefined ? UNKNOWN : tilde ? unquote(arg) : arg;
  };
  const text = body.join('\n').replace(/%(~?)([0-9*])/g, param);
  runCmdSource(text, { ...scope, depth: scope.depth + 1 }, env, null, spanStart);
}

/**
 * A batch text's commands as cmd reads them (`cmd /?`, `call /?`): a line ending in `^` goes on on the next one, a
 * `( … )` block open at the end of a line goes on to its `)`.
 */
function batchLines(source: string): string[] {
  if (!source.includes('\n')) return [source];
  const out: string[] = [];
  let chunk: string | null = null;
  let continued = false;
  for (const raw of source.split(/\r?\n/)) {
    chunk = chunk === null ? raw : `${chunk}${continued ? '' : '\n'}${raw}`;
    continued = /(^|[^^])(\^\^)*\^$/.test(raw);
    if (continued) chunk = chunk.slice(0, -1);
    else if (openBlocks(chunk) <= 0) {
      out.push(chunk);
      chunk = null;
    }
  }
  if (chunk !== null) out.push(chunk);
  return out;
}

function openBlocks(text: string): number {
  return tokenize(text).reduce((n, t) => (t.kind !== 'op' ? n : t.op === '(' ? n + 1 : t.op === ')' ? n - 1 : n), 0);
}

function runCmdLine(source: string, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, spanStart: number, whole = false): void {
  const vars = windowsEnvironment(scope);
  // cmd runs only on Windows, where %TEMP% and %TMP% always name the user's temporary folder and %USERPROFILE%,
  // %APPDATA%, %LOCALAPPDATA% the profile's folders (round 33): when the context does not say whose profile it is,
  // the folders are still those.
  for (const [k, v] of PROFILE_FOLDER_FALLBACK) if (!vars.has(k)) vars.set(k, v);
  const expanded = withoutWrappingBlock(expandPercent(source, vars, batchFolder(scope)));
  const tokens = tokenize(expanded);
  if (/(^|[^"])"[^"]*$/.test(expanded.replace(/"[^"]*"/g, ''))) env.b.partial('cmd_unbalanced_quote', 'the cmd line has an unclosed quote', { start: spanStart, end: spanStart });
  // What a line saved first is read only when the line is the whole input: a later line or the script around a nested
  // `cmd /c` may take the saved file away.
  const pairs = withRemovedBuildPairs(tokens, scope, env);
  runTokens(tokens, expanded, whole ? markSavedFirst(tokens, pairs) : pairs, env, stdin, spanStart, whole ? updateCacheReset(tokens, scope) : null);
}

/**
 * Round 31 (c31): the folder of the batch file a line comes from (`%~dp0`), read as the workspace the agent started in: a
 * line of the project's own build or install script (`rd /s /q "%~dp0obj"`, `pushd "%~dp0"`), so that `%~dp0build` is
 * the project's build folder, `%~dp0src` its sources, and `%~dp0` or `%~dp0..` the project itself or the folder above it.
 * Unknown (left as written) when the workspace is not a Windows path or holds a `%`.
 */
function batchFolder(scope: ShellScope): string | undefined {
  const w = scope.workspace ?? scope.cwd;
  return w && isWindowsPath(w) && !w.includes('%') ? `${w.replace(/[\\/]+$/, '')}\\` : undefined;
}

/**
 * The lead's answer 218 (round 27): Windows Update's cache folders renamed aside while its services are stopped, and the
 * services started again in the same line (`net stop wuauserv && net stop bits && ren C:\Windows\SoftwareDistribution
 * SoftwareDistribution.old && net start bits && net start wuauserv`, Microsoft's documented reset) is a restart: the
 * stops come back, the renamed folders are kept (Windows makes new ones). Only a line of `&`/`&&` steps each of which is
 * a `net|sc stop|start` of an update service, a wait, or a `ren` of `SoftwareDistribution` or `System32\catroot2` to a new
 * name beside it; every stopped service started again later, and a stop before the first rename. A deleted cache (answer
 * 138), a service left stopped, another step or another service is not one. By the index of each step's first token.
 */
export const UPDATE_SERVICE = /^(wuauserv|bits|cryptsvc|msiserver|appidsvc)$/;
export const UPDATE_CACHE = /^c:\\windows\\(softwaredistribution|system32\\catroot2)$/;
function updateCacheReset(tokens: CmdToken[], scope: ShellScope): Map<number, 'restart' | 'renamed'> | null {
  const steps: Array<{ at: number; words: string[] }> = [];
  let at = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && t.kind !== 'op') continue;
    if (t !== undefined && t.op !== '&' && t.op !== '&&') return null;
    const seg = tokens.slice(at, i);
    const redirect = seg.findIndex((x) => x.kind === 'redirect');
    // A wait's output sent to `nul` (`timeout /t 5 /nobreak >nul`) is the only redirect kept.
    const quiet = redirect === -1 ? seg : redirect === seg.length - 2 && /^nul$/i.test((seg[redirect + 1] as { text?: string }).text ?? '') ? seg.slice(0, redirect) : null;
    const words = quiet?.map((x) => (x.kind === 'word' ? toWord(x.text, 0).value : null)) ?? [null];
    if (words.length === 0 || words.some((w) => w === null) || (redirect !== -1 && !WAIT.test(words.join(' ').toLowerCase()))) return null;
    steps.push({ at, words: (words as string[]).map((w) => w.toLowerCase()) });
    at = i + 1;
  }
  const out = new Map<number, 'restart' | 'renamed'>();
  const stopped: string[] = [];
  for (const [k, { at: start, words: w }] of steps.entries()) {
    if (WAIT.test(w.join(' '))) continue;
    if (w.length === 3 && (w[0] === 'net' || w[0] === 'sc') && (w[1] === 'stop' || w[1] === 'start') && UPDATE_SERVICE.test(w[2]!)) {
      if (w[1] === 'stop' && steps.slice(k + 1).some((s) => s.words.length === 3 && s.words[0] === w[0] && s.words[1] === 'start' && s.words[2] === w[2])) {
        out.set(start, 'restart');
        stopped.push(w[2]!);
      } else if (w[1] === 'stop') return null;
      continue;
    }
    const folder = w.length === 3 && (w[0] === 'ren' || w[0] === 'rename') ? resolvePath(w[1]!, scope)?.toLowerCase().replace(/\\+$/, '') : undefined;
    const name = folder?.split('\\').pop();
    if (!folder || !UPDATE_CACHE.test(folder) || stopped.length === 0 || !/^[^\\/:*?"<>|]+$/.test(w[2]!) || w[2] === name) return null;
    out.set(start, 'renamed');
  }
  return [...out.values()].includes('renamed') ? out : null;
}

/**
 * Round 26 (k26w): what a cmd line of `&&` steps saved before it discards it (each step runs only when the one before it
 * succeeded; any other operator or a block and nothing is read). The shell's git pairs (walk.ts `gitSavedSteps`: a full
 * `git stash` before `git reset --hard`, a push before `git branch -D`), and, right after the step that saved it:
 * - `reg export KEY FILE` writes KEY with every value and subkey to FILE (reg reference); `reg import FILE` puts it back.
 *   A `reg delete` of KEY or a key under it, in the same registry view (`/reg:32|64`), loses nothing FILE does not hold,
 *   and `reg import FILE` of that same file writes back what is there.
 * - `wsl --export D FILE` writes the distribution's whole filesystem to FILE (Microsoft Learn, "Basic commands for WSL");
 *   `wsl --import` makes it again: a `wsl --unregister D` of that distribution after it loses nothing.
 * Not a key on another machine, a file or a name not fixed, nor a step that does not follow its save at once.
 */
const FILE_TAKERS = /^(del|erase|rd|rmdir|move|ren|rename|robocopy|xcopy|copy|forfiles|cipher|sdelete\d*|format|powershell|pwsh|cmd|start|call|wsl|bash|takeown|icacls|attrib|remove-item|ri|rm|move-item|mi|mv|rename-item|rni|copy-item|cpi|cp|clear-content|clc|set-content|out-file|new-item|ni|invoke-expression|iex|&|\.)$/;
function markSavedFirst(tokens: CmdToken[], scope: ShellScope): ShellScope {
  if (!tokens.some((t) => t.kind === 'op') || tokens.some((t) => t.kind === 'op' && t.op !== '&&')) return scope;
  const argvs: (string | null)[][] = [[]];
  let redirected = false;
  for (const t of tokens) {
    if (t.kind === 'op') argvs.push([]);
    else if (t.kind === 'redirect') redirected = true;
    else if (redirected) redirected = false;
    else argvs[argvs.length - 1]!.push(toWord(t.text, 0).value);
  }
  const fixed = argvs.map((a) => (a.length > 0 && a.every((w) => w !== null) ? (a as string[]).map((w, i) => (i === 0 ? w.replace(/^@/, '').toLowerCase().replace(/\.exe$/, '') : w)) : null));
  const git = gitSavedSteps(fixed);
  const saved = [...savedFirstSteps(fixed, scope)].map((i) => fixed[i]!.map((w) => w.toLowerCase()).join('\0'));
  if (git.length === 0 && saved.length === 0) return scope;
  return { ...scope, gitSaved: new Set([...(scope.gitSaved ?? []), ...git]), savedFirst: new Set([...(scope.savedFirst ?? []), ...saved]) };
}

/**
 * Which steps of a list that runs each step only when the one before it succeeded (cmd's `&&`, PowerShell's `&&` and its
 * `if ($LASTEXITCODE -eq 0) { … }` after a native command: the lead's answer 218) lose nothing the step right before them
 * saved (markSavedFirst's pairs), by index. `fixed`: each step's words (the program lower case, without `.exe`), or null.
 */
export function savedFirstSteps(fixed: (string[] | null)[], scope: ShellScope): Set<number> {
  const saved = new Set<number>();
  const lower = (a: string[]): string[] => a.map((w) => w.toLowerCase());
  const view = (a: string[]): string => a.find((w) => /^\/reg:(32|64)$/.test(w)) ?? '';
  // SECURITY: a save into a device (`reg export KEY nul`, `wsl --export D -`) keeps nothing.
  const kept = (f: string | undefined): boolean => !!f && !/^(-|(.*[\\/])?(nul|con|prn|aux|com\d|lpt\d)(\.[^\\/]*)?)$/i.test(f) && resolvePath(f, scope) !== null;
  for (let i = 1; i < fixed.length; i++) {
    const [prev, cur] = [fixed[i - 1], fixed[i]];
    // SECURITY: a later step that may take the saved file away too (`… && reg delete KEY /f && del FILE`) or that we cannot read.
    if (!prev || !cur || fixed.slice(i + 1).some((a) => a === null || FILE_TAKERS.test(a[0]!))) continue;
    const [p, c] = [lower(prev), lower(cur)];
    if (p[0] === 'reg' && p[1] === 'export' && p[2] && kept(p[3]) && c[0] === 'reg' && view(p) === view(c)) {
      const key = registryKey(p[2]);
      const file = resolvePath(p[3]!, scope)?.toLowerCase();
      const deleted = c[1] === 'delete' && c[2] ? registryKey(c[2]) : null;
      if (key && deleted && (deleted === key || deleted.startsWith(`${key}\\`))) saved.add(i);
      if (file && c[1] === 'import' && c[2] && c.length <= 4 && resolvePath(c[2], scope)?.toLowerCase() === file) saved.add(i);
    }
    // PowerShell (answer 218): `Compress-Archive -Path F -DestinationPath Z.zip` then `Remove-Item F -Recurse` of that folder
    // (or of the folder whose `F\*` it packed): F's files are in Z. Not an archive inside F, nor another folder.
    if (p[0] === 'compress-archive' && /^(remove-item|ri|rm|del|erase|rd|rmdir)$/.test(c[0]!)) {
      const packed = archivedFolder(p, scope);
      const removed = removedFolder(c, scope);
      if (packed && removed && (packed.folder === removed || packed.folder === `${removed}\\*`) && !packed.zip.startsWith(`${removed}\\`)) saved.add(i);
    }
    if ((p[0] === 'wsl' || p[0] === 'wsl2') && p[1] === '--export' && p[2] && kept(p[3]) && p.length <= 5 && (c[0] === 'wsl' || c[0] === 'wsl2') && c[1] === '--unregister' && c[2] === p[2] && c.length === 3) saved.add(i);
  }
  return saved;
}

/** `Compress-Archive [-Path|-LiteralPath] F [-DestinationPath] Z [-Force] [-Update] [-CompressionLevel L]`: F and Z resolved, lower case. */
function archivedFolder(a: string[], scope: ShellScope): { folder: string; zip: string } | null {
  const named = (flag: RegExp): string | undefined => {
    const i = a.findIndex((w) => flag.test(w));
    return i === -1 ? undefined : a[i + 1];
  };
  const rest: string[] = [];
  for (let i = 1; i < a.length; i++) {
    if (/^-(path|literalpath|destinationpath|compressionlevel)$/.test(a[i]!)) i++;
    else if (!/^-(force|update)$/.test(a[i]!)) rest.push(a[i]!);
  }
  const folder = named(/^-(path|literalpath)$/) ?? rest.shift();
  const zip = named(/^-destinationpath$/) ?? rest.shift();
  if (!folder || !zip || rest.length > 0 || folder.startsWith('-') || zip.startsWith('-') || /[*?]/.test(folder.replace(/\\\*$/, '')) || /^(nul|-)$/i.test(zip)) return null;
  const [f, z] = [resolvePath(folder, scope), resolvePath(zip, scope)];
  return f && z ? { folder: f.toLowerCase().replace(/\\+$/, ''), zip: z.toLowerCase() } : null;
}

/** `Remove-Item [-Path|-LiteralPath] F [-Recurse] [-Force] [-Confirm:$false]`: F resolved, lower case; null for anything else. */
function removedFolder(a: string[], scope: ShellScope): string | null {
  const paths = a.slice(1).filter((w) => !w.startsWith('-'));
  if (paths.length !== 1 || /[*?]/.test(paths[0]!) || !a.slice(1).filter((w) => w.startsWith('-')).every((f) => /^-(r(e(c(u(r(s(e)?)?)?)?)?)?|f(o(r(c(e)?)?)?)?|confirm:\$false|path|literalpath)$/.test(f))) return null;
  return resolvePath(paths[0]!, scope)?.toLowerCase().replace(/\\+$/, '') ?? null;
}

/** A local registry key by one spelling (`HKCU\\Software\\X`, `HKEY_CURRENT_USER\\Software\\X\\`), lower case; null for another machine's. */
function registryKey(key: string): string | null {
  if (key.startsWith('\\\\')) return null;
  const roots: Record<string, string> = { hkey_local_machine: 'hklm', hkey_current_user: 'hkcu', hkey_classes_root: 'hkcr', hkey_users: 'hku', hkey_current_config: 'hkcc' };
  const [root, ...rest] = key.toLowerCase().replace(/\\+$/, '').split('\\');
  return [roots[root!] ?? root!, ...rest].join('\\');
}

/**
 * A line that is one block, `( … )` with nothing after the `)` that closes it, runs what is inside as one line does
 * (round 20: the loops, pipes and build pairs read at the top of a line were missed inside a block). The text between,
 * padded to its length so spans hold; any other line as it is.
 */
function withoutWrappingBlock(line: string): string {
  const open = line.search(/\S/);
  if (line[open] !== '(') return line;
  let depth = 0;
  let quoted = false;
  for (let i = open; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted || line[i - 1] === '^') continue;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return line.slice(i + 1).trim() === '' ? `${line.slice(0, open)} ${line.slice(open + 1, i)} ${line.slice(i + 1)}` : line;
  }
  return line;
}

/**
 * `rd /s /q bin & rd /s /q obj`: a build-output pair (`bin` with `obj` beside it, BUILD_OUTPUT_PAIRS) removed by separate
 * `rd` commands of one line, or by an `rd` after the other one's earlier in the input (a batch's lines, `call :clean obj`
 * then `call :clean bin`), is the same pair `rd /s /q bin obj` removes. Not when the line changes folder between them
 * (`cd`, `pushd`), where the same words name other folders.
 */
const REMOVED = new WeakMap<ShellEnv, string[]>();

function withRemovedBuildPairs(tokens: CmdToken[], scope: ShellScope, env: ShellEnv): ShellScope {
  const removed: string[] = [];
  const argvs: string[][] = [[]];
  // Round 34 (k34, answer 348.2): what the line's own `set NAME=VALUE` commands set, for the `!NAME!` (and `!NAME:a=b!`)
  // words after them (`set "D=%%d" & rd /s /q "!D!" & rd /s /q "!D:obj=bin!"`: the `obj` and the `bin` beside it).
  const delayed = windowsEnvironment(scope);
  let orElse = false;
  let head: string | null = null;
  let removing = false;
  let redirected = false;
  for (const t of tokens) {
    if (t.kind === 'op') {
      if (head === 'set') assignedBy(argvs[argvs.length - 1]!, delayed);
      head = null;
      removing = false;
      argvs.push([]);
      orElse ||= t.op === '||';
    } else if (t.kind === 'redirect') redirected = true;
    else if (redirected) redirected = false;
    else {
      const word = unquote(t.text).replace(/^@/, '');
      argvs[argvs.length - 1]!.push(unquote(t.text));
      if (head === null) {
        head = word.toLowerCase();
        if (/^(cd|chdir|pushd|popd)$/.test(head) || head.startsWith('cd\\') || head.startsWith('cd.')) return scope;
        removing = /^(rd|rmdir)$/.test(head);
      } else if (removing && !t.text.startsWith('/')) removed.push(DELAYED.test(word) ? (expandDelayed(word, delayed) ?? UNKNOWN) : word);
      // `if [not] exist X rd /s /q X`: the removal after the condition.
      else if (head === 'if' && /^(rd|rmdir)$/i.test(word)) removing = true;
    }
  }
  const earlier = REMOVED.get(env) ?? [];
  const absolute = removed.filter((w) => !w.includes(UNKNOWN)).map((w) => resolvePath(w, scope)).filter((p): p is string => p !== null);
  REMOVED.set(env, [...earlier, ...absolute]);
  const pairs = buildOutputPairs([...earlier, ...absolute], scope);
  // `rd /s /q publish && dotnet publish -o publish`: a folder a build of the same line writes again (shell/regenerated.ts,
  // shared with bash) is its output; not after `||`, where the build runs only when the deletion failed.
  const regenerated = orElse ? [] : argvs.filter((a) => a.length > 0 && a.every((w) => /^[\w.:\\/=-]+$/.test(w))).flatMap((a) => regeneratedFolders([a[0]!.toLowerCase(), ...a.slice(1)].map((w) => w.replace(/\\/g, '/'))));
  for (const f of regenerated) {
    const abs = resolvePath(f, scope)?.toLowerCase();
    if (abs) pairs.add(abs);
  }
  return pairs.size === 0 ? scope : { ...scope, buildOutput: new Set([...(scope.buildOutput ?? []), ...pairs]) };
}

/**
 * `set NAME=VALUE` / `set "NAME=VALUE"` (the words of one command, quotes removed, `set` first): NAME's value from then on
 * in `vars`, null when it holds what we cannot know; `set /a`, `set /p` and a bare `set` change nothing we read. runSimple
 * keeps the same assignment in the scope when the command runs.
 */
function assignedBy(argv: string[], vars: Map<string, string | null>): void {
  if (argv.length < 2 || argv[1]!.startsWith('/')) return;
  const assignment = argv.slice(1).join(' ');
  const eq = assignment.indexOf('=');
  if (eq > 0) vars.set(assignment.slice(0, eq).toUpperCase(), assignment.includes(UNKNOWN) ? null : assignment.slice(eq + 1).trim());
}

function runTokens(tokens: CmdToken[], line: string, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, spanStart: number, reset: Map<number, 'restart' | 'renamed'> | null = null): void {
  let i = 0;
  let input: Stdin | null = stdin;
  // Open `(` blocks: a block's output is every command's in it, so what one `echo` in it feeds a pipe is not all of it.
  let depth = 0;
  // What a block made only of `echo` commands prints, line by line (`(echo list disk & echo list volume) | diskpart`);
  // null once the block runs anything else, whose output we cannot see.
  let blockLines: string[] | null = null;
  // `> f ( … )`: redirects written before a block apply to its whole output.
  let leadingRedirects: CmdToken[] = [];
  while (i < tokens.length) {
    if (++env.steps > 20000) {
      if (env.steps === 20001) env.b.opaque('shell_too_large', 'the shell input is too large to analyse fully');
      return;
    }
    const t = tokens[i]!;
    if (t.kind === 'op') {
      // Blocks run their contents in sequence; chain operators only separate commands here.
      i++;
      if (t.op === '(') {
        if (depth === 0) blockLines = [];
        depth++;
      } else if (t.op === ')') depth = Math.max(0, depth - 1);
      const next = tokens[i];
      if (t.op === ')' && depth === 0) {
        // `( … ) > f`: the redirects after the `)` take the block's output.
        const trailing = redirectsOnly(tokens, i);
        writeBlockOutput([...leadingRedirects, ...trailing], blockLines, scope, env, spanStart);
        leadingRedirects = [];
        i += trailing.length;
      }
      if (t.op === ')' && depth === 0 && next?.kind === 'op' && next.op === '|') input = blockOutput(blockLines);
      else if (t.op !== '|') input = stdin;
      continue;
    }
    const first = t.kind === 'word' ? unquote(t.text).replace(/^@/, '').toLowerCase() : '';
    // `if` and `for` own the rest of the line: `if exist x a & b` runs both only when x exists.
    if (first === 'if' || first === 'for') {
      runControl(first, tokens.slice(i), line, scope, env, spanStart);
      return;
    }
    let j = i;
    while (j < tokens.length && tokens[j]!.kind !== 'op') j++;
    const piped = tokens[j]?.kind === 'op' && (tokens[j] as { op: string }).op === '|';
    const opensBlock = depth === 0 && tokens[j]?.kind === 'op' && (tokens[j] as { op: string }).op === '(';
    if (opensBlock && redirectsOnly(tokens, i).length === j - i) {
      leadingRedirects = tokens.slice(i, j);
      i = j;
      continue;
    }
    // `(echo a & echo b) > f`: cmd ends the block at a `)` that closes a word as well; what follows it is the block's.
    const closeAt = depth > 0 ? tokens.slice(i, j).findIndex((t) => t.kind === 'word' && t.text.endsWith(')')) : -1;
    const closes = closeAt !== -1;
    // The `)` closing the block is no part of the word it ends (`(move /y new.txt C:\repo\.env)` moves onto `.env`).
    // SECURITY (round 20): read with it, the operand named another file and 131 destructive blocks were benign.
    const segment = closes ? withoutClosingParen(tokens.slice(i, i + closeAt + 1)) : tokens.slice(i, j);
    if (startedNext(segment, tokens, j, depth > 0) || reset?.get(i) === 'restart') env.b.finding('service_restarted', `\`${line.slice(segment[0]!.start, segment[segment.length - 1]!.end)}\` is started again ${reset?.get(i) === 'restart' ? 'later in the line' : 'by the next command'}: a restart, judged as its start`, { start: spanStart, end: spanStart });
    else if (reset?.get(i) === 'renamed') env.b.verb('write').finding('update_cache_renamed', `\`${line.slice(segment[0]!.start, segment[segment.length - 1]!.end)}\` keeps Windows Update's folder under a new name while its services restart (answer 218)`, { start: spanStart, end: spanStart });
    else runSimple(segment, line, scope, env, input, spanStart);
    if (depth > 0) blockLines = echoedLine(segment, blockLines);
    // A pipe inside a block joins two of its commands (`(echo list disk | diskpart)`); after the `)`, it takes the block's output.
    input = piped ? (closes ? (depth === 1 ? blockOutput(blockLines) : { text: null, producer: 'a block' }) : producerOf(segment)) : stdin;
    if (closes && --depth === 0) {
      writeBlockOutput([...leadingRedirects, ...tokens.slice(i + closeAt + 1, j)], blockLines, scope, env, spanStart);
      leadingRedirects = [];
    }
    i = j;
  }
}

/** A block's last command without the `)` that closes the block at the end of its last word. */
function withoutClosingParen(segment: CmdToken[]): CmdToken[] {
  const last = segment[segment.length - 1] as Extract<CmdToken, { kind: 'word' }>;
  const text = last.text.slice(0, -1);
  return text === '' ? segment.slice(0, -1) : [...segment.slice(0, -1), { ...last, text, end: last.end - 1 }];
}

/** The redirects (each with its target) from `at` up to the next operator, or none when anything else is there. */
function redirectsOnly(tokens: CmdToken[], at: number): CmdToken[] {
  let k = at;
  while (tokens[k]?.kind === 'redirect' && tokens[k + 1]?.kind === 'word') k += 2;
  return k < tokens.length && tokens[k]!.kind !== 'op' ? [] : tokens.slice(at, k);
}

/**
 * A block's output sent to files: each written with the lines its echoes printed (so a batch file written this way
 * and then run is judged by its text), or with content we cannot see.
 */
function writeBlockOutput(redirects: CmdToken[], lines: string[] | null, scope: ShellScope, env: ShellEnv, spanStart: number): void {
  const text = lines === null ? null : lines.map((l) => `${l}\n`).join('');
  for (let k = 0; k + 1 < redirects.length; k += 2) {
    const op = redirects[k]!;
    if (op.kind !== 'redirect' || !/^1?>>?$/.test(op.op)) continue;
    const target = toWord((redirects[k + 1] as { text: string }).text, spanStart);
    if (/^(nul|con)$/i.test(target.value ?? '')) continue;
    const append = op.op.endsWith('>>');
    noteWrite(scope, target.value, text, append);
    const inv = fakeInv([], scope, env, { start: spanStart, end: spanStart });
    if (append) appendTo(inv, target, 'appends to');
    else fileTarget(inv, target, 'write', { recursive: false, what: '`>` overwrites', replaces: true });
  }
}

/**
 * `net stop S && net start S`, `sc stop S & sc start S`, `iisreset /stop & iisreset /start`: a stop followed at once by
 * the start of the same service is a restart (docs/classifier-evaluation.md, "Availability"), as the shell walker reads
 * `systemctl stop x && systemctl start x`. Only with nothing between them, joined by `&` or `&&`, and with no option on
 * the stop (`net stop S /y` also stops the services that depend on S, which `net start S` does not start again).
 */
const RESTARTABLE_STOP: readonly RegExp[] = [
  /^net stop [^/\s]\S*$/,
  /^sc stop [^/\s]\S*$/,
  // Round 30 (w30): a paused service continued (`net pause S && net continue S`), as Suspend-Service then Resume-Service.
  /^(net|sc) pause [^/\s]\S*$/,
  /^iisreset \/stop$/,
  // Round 30 (w30): one IIS app pool or site by its fixed name, as PowerShell's `Stop-WebAppPool X; Start-WebAppPool X`.
  /^((c:\\windows|%windir%|%systemroot%)\\system32\\inetsrv\\)?appcmd(\.exe)? stop (apppool|site) (\/(apppool|site)\.name:)?[^/\s]\S*$/,
];
/**
 * A pause between the stop and the start (`timeout /t 5 /nobreak >nul`, `ping -n 6 127.0.0.1 >nul`, the usual wait in a
 * batch file: `timeout /?`) runs nothing else: the start still follows the stop.
 */
const WAIT = /^(timeout( \/t)? \d+( \/nobreak)?|ping -n \d+ (127\.0\.0\.1|localhost))$/;
/**
 * A step's wait for the restart rule (restarts.ts waitOf): `timeout /t N` waits N seconds (`/t -1` until a key is
 * pressed), `ping -n N` to the machine itself about N - 1. A ping to another host may fail, so it is no wait a start
 * after `&&` can count on, and its length is read as N times ping's four-second reply timeout: `ping -n 86400 host` is
 * a day's wait (the lead's answer 342.5: not across a wait longer than a minute).
 */
function waitStep(said: string | null): { wait: boolean; longWait: boolean } {
  // `pause` waits for a key press: as long as nobody answers.
  if (said === 'pause') return waitOf(null);
  const timeout = said === null ? null : /^timeout( \/t)? (-?\d+)( \/nobreak)?$/.exec(said);
  if (timeout) return waitOf(Number(timeout[2]) < 0 ? null : Number(timeout[2]));
  const ping = said === null ? null : /^ping( -[a-z]+( \d+)?)* -n (\d+)( -[a-z]+( \d+)?)* (\S+)$/.exec(said);
  if (!ping) return { wait: false, longWait: false };
  const n = Number(ping[3]);
  return /^(127\.0\.0\.1|localhost|::1)$/.test(ping[6]!) ? waitOf(Math.max(0, n - 1)) : { wait: false, longWait: !waitOf(n * 4).wait };
}
function startedNext(segment: CmdToken[], tokens: CmdToken[], j: number, inBlock: boolean): boolean {
  const words = (ts: CmdToken[]): string | null => (ts.every((t) => t.kind === 'word') ? ts.map((t) => unquote((t as { text: string }).text).toLowerCase()).join(' ') : null);
  const stop = words(segment);
  if (stop === null || stop.includes(UNKNOWN)) return false;
  const again = restartingStart(stop);
  if (again === null) return false;
  const thenOf = (at: number): ServiceStep['then'] | null => {
    const op = tokens[at]?.kind === 'op' ? (tokens[at] as { op: string }).op : null;
    return op === '&' ? 'always' : op === '&&' ? 'on-success' : op === '||' ? 'on-failure' : null;
  };
  const first = thenOf(j);
  if (first === null) return false;
  // Round 31 (the lead's answer 323, restarts.ts restartedStops): the steps after the stop up to the end of its run of
  // `&`, `&&` and `||` (a pipe or a block's edge ends it), each read for what it starts, whether it is a wait, and whether
  // it may leave the line (`exit`, `goto`, a batch file run without `call`, which never returns; `if` and `for`, which own
  // the rest of the line, so the start after them runs only on their condition).
  const steps: ServiceStep[] = [{ stops: again, starts: [], wait: false, mayEnd: false, then: first }];
  let from = j + 1;
  while (from < tokens.length) {
    let k = from;
    while (k < tokens.length && tokens[k]!.kind !== 'op') k++;
    const seg = tokens.slice(from, k);
    if (seg.length === 0) break;
    // In a block, the step whose word closes it is its last: `(net stop S & copy a b & net start S)`.
    const last = seg[seg.length - 1]!;
    const closes = inBlock && last.kind === 'word' && last.text.endsWith(')');
    const redirect = seg.findIndex((t) => t.kind === 'redirect');
    // A wait's output sent to `nul` only.
    const quiet = redirect === -1 || (redirect === seg.length - 2 && /^>$/.test((seg[redirect] as { op: string }).op) && /^nul$/i.test((seg[redirect + 1] as { text?: string }).text ?? ''));
    const written = quiet ? words(redirect === -1 ? seg : seg.slice(0, redirect)) : null;
    const said = closes ? (written?.replace(/\)$/, '') ?? null) : written;
    const head = seg[0]!.kind === 'word' ? unquote((seg[0] as { text: string }).text).replace(/^@/, '').toLowerCase() : '';
    const mayEnd = /^(exit|goto|if|for)$/.test(head) || /\.(bat|cmd)$/.test(head);
    steps.push({ stops: null, starts: said !== null && !said.includes(UNKNOWN) ? [said] : [], ...waitStep(said), mayEnd, then: thenOf(k) ?? 'always' });
    if (closes || thenOf(k) === null || mayEnd) break;
    from = k + 1;
  }
  return restartedStops(steps).has(0);
}

/**
 * The command that starts again what a restartable stop (RESTARTABLE_STOP, its words lower case and space-joined) stopped
 * (`net stop S` -> `net start S`, `net pause S` -> `net continue S`), or null for any other command. PowerShell's walker
 * pairs the same native commands (powershell/walk.ts markRestarts).
 */
export function restartingStart(stop: string): string | null {
  if (!RESTARTABLE_STOP.some((re) => re.test(stop))) return null;
  return stop.replace(/(^| )(\/)?stop( |$)/, '$1$2start$3').replace(/^(net|sc) pause /, '$1 continue ');
}

/** A block's `echo TEXT` adds its line (without the `)` that closes the block); any other command makes the output unknown. */
function echoedLine(segment: CmdToken[], lines: string[] | null): string[] | null {
  if (lines === null) return null;
  const out = producerOf(segment);
  if (out.producer !== 'echo' || out.text === null) return null;
  return [...lines, out.text];
}

/** What a block feeds a pipe: the lines its echoes printed, or unknown. */
function blockOutput(lines: string[] | null): Stdin {
  return lines === null || lines.length === 0 ? { text: null, producer: 'a block' } : { text: lines.join('\n'), producer: 'echo' };
}

/** What `echo TEXT |` feeds the next command; anything else is unknown. */
function producerOf(segment: CmdToken[]): Stdin {
  const words = segment.filter((t): t is Extract<CmdToken, { kind: 'word' }> => t.kind === 'word').map((t) => t.text);
  if (words[0]?.toLowerCase() === 'echo') return { text: words.slice(1).join(' '), producer: 'echo' };
  return { text: null, producer: words[0] ?? 'a command' };
}

/** `!NAME!` (and `!NAME:a=b!`): delayed expansion (`cmd /v:on`, `setlocal EnableDelayedExpansion`) fills it in when the command runs. */
const DELAYED = /![A-Za-z_][\w#$'()*+,\-.?@[\]`{}~]*(:[^!]*)?!/;

function toWord(text: string, spanStart: number): Word {
  const raw = unquote(text);
  const value = raw.includes(UNKNOWN) ? null : cleanPath(raw);
  // A Windows file name holds no `*` or `?` (naming rules), and cmd expands no wildcard itself: each program does, quoted
  // or not (`del /q "C:\Windows\Temp\*"` sweeps the folder as the bare word does). Round 30 (w30).
  return { text: text.replace(new RegExp(UNKNOWN, 'g'), '%?%'), value, start: spanStart, end: spanStart, glob: value !== null && /[*?]/.test(value) };
}

/** `\"\\?\C:\x\"` passed through two layers of quoting arrives as `\\\?\C:\x\`: one spelling of `\\?\C:\x`. */
function cleanPath(v: string): string {
  let p = v;
  if (/^\\\\\\[?.]\\/.test(p)) p = p.slice(1);
  if (/^(\\\\|[A-Za-z]:\\).*[^\\:]\\+$/.test(p)) p = p.replace(/\\+$/, '');
  return p;
}

function runSimple(segment: CmdToken[], line: string, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, spanStart: number): void {
  const words: Word[] = [];
  const redirects: Redirect[] = [];
  let input = stdin;
  for (let k = 0; k < segment.length; k++) {
    const t = segment[k]!;
    if (t.kind === 'redirect') {
      const target = segment[k + 1]?.kind === 'word' ? segment[++k] as Extract<CmdToken, { kind: 'word' }> : null;
      if (/&\d$/.test(t.op) || !target) continue;
      const w = toWord(target.text, spanStart);
      if (t.op.endsWith('<')) {
        input = { text: null, producer: `the file \`${w.value ?? w.text}\`` };
        continue;
      }
      if (/^(nul|con|\$null)$/i.test(w.value ?? '')) continue;
      redirects.push({ op: t.op.replace(/^\d/, ''), target: w, span: { start: spanStart, end: spanStart } });
    } else if (t.kind === 'word') words.push(toWord(t.text, spanStart));
  }
  if (words.length === 0) return;
  // SECURITY: a delayed variable's value is set while the line runs (`set a=del&&!a! …`): unless the input set it, read as
  // not fixed, the worse way.
  // A nested `cmd` keeps its script's text: that script is tokenized and judged again, word by word.
  const nestedCmd = /^@?(cmd|cmd\.exe|.*\\cmd\.exe)$/i.test(words[0]!.value ?? '');
  // Round 25 (k25c): in an operand, a name the input set before (`set d=…&& rd /s /q !d!`) is known: filled in when its
  // value is one plain word. The program's name (`!t! /s /q X`), a value with spaces or cmd's own characters, and any
  // other name stay not fixed.
  const delayedEnv = windowsEnvironment(scope);
  for (const [i, w] of (nestedCmd ? words.slice(0, 1) : words).entries()) {
    if (w.value === null || !DELAYED.test(w.value)) continue;
    const filled = i === 0 ? null : expandDelayed(w.value, delayedEnv);
    w.value = filled !== null && !/[\s&|<>^"%!()]/.test(filled) ? filled : null;
  }
  const head = words[0]!;
  if (head.value !== null) head.value = head.value.replace(/^@/, '');
  const name = (head.value ?? '').toLowerCase();
  const span: Span = { start: spanStart, end: spanStart };
  // `type nul > f`, `copy nul f`, `echo. > f`, `cd. > f`: ways to empty a file.
  const truncating = (name === 'type' && /^nul$/i.test(words[1]?.value ?? '')) || name === 'echo.' || name === 'cd.' || name === 'break' || name === 'rem';
  // `echo LINE > x.bat` then `x.bat`: remember what was written, so running it is judged by its text (runWritten).
  const echoed = name === 'echo' && words.length > 1 && words.slice(1).every((w) => w.value !== null) ? `${words.slice(1).map((w) => w.value).join(' ')}\n` : null;
  for (const r of redirects) if (r.target) noteWrite(scope, r.target.value, echoed, r.op === '>>');
  // Round 41 (fo41): a secret printed (`type %USERPROFILE%\.aws\credentials > \\host\share\x`) redirected onto another
  // machine's share is sent off the machine (share-secrets.ts).
  const secret = redirects.length > 0 ? secretOutput(name, words.slice(1).map((w) => w.value)) : undefined;
  for (const r of redirects) {
    if (!r.target) continue;
    if (secretToShare(fakeInv(words, scope, env, span), r.target, secret)) continue;
    if (r.op === '>' && truncating) emptyFile(fakeInv(words, scope, env, span), r.target, '`>` empties');
    else if (r.op === '>>') appendTo(fakeInv(words, scope, env, span), r.target, 'appends to');
    else fileTarget(fakeInv(words, scope, env, span), r.target, 'write', { recursive: false, what: '`>` overwrites', replaces: true });
  }
  const rest = () => restOf(segment, line, 1);
  // `set NAME=VALUE` (and `set "NAME=VALUE"`) sets a variable the commands after it see (`set ASPNETCORE_ENVIRONMENT=
  // Development&& dotnet run`): kept in the scope as the other shells keep theirs; `/a` and `/p` compute or ask for it.
  if (name === 'set' && words.length >= 2 && !/^\//.test(words[1]!.value ?? '/')) assignedBy(segmentWords(segment).map(unquote), scope.vars);
  // Round 34 (k34): `setlocal` starts a copy of the variables that `endlocal` throws away (`setlocal /?`): a name set
  // between them has its earlier value again after (`setlocal & set X=out & endlocal` then `rd /s /q %X%` is not out).
  if (name === 'setlocal') LOCALS.set(scope.vars, [...(LOCALS.get(scope.vars) ?? []), new Map(scope.vars)]);
  const saved = name === 'endlocal' ? LOCALS.get(scope.vars)?.pop() : undefined;
  if (saved) {
    scope.vars.clear();
    for (const [k, v] of saved) scope.vars.set(k, v);
  }
  switch (name) {
    case 'rem':
      return;
    case 'call':
      if (words[1]?.value?.startsWith(':')) runLabel(words[1].value.slice(1), segmentWords(segment).slice(2), scope, env, spanStart);
      else runCmdSource(rest(), { ...scope, depth: scope.depth + 1 }, env, stdin, spanStart);
      return;
    case 'goto': {
      const label = (words[1]?.value ?? '').replace(/^:/, '');
      if (label.toLowerCase() !== 'eof') runLabel(label, [], scope, env, spanStart);
      return;
    }
    case 'start':
      return runStart(segment, line, scope, env, spanStart);
    case 'cd':
    case 'chdir':
    case 'pushd': {
      const target = words.slice(1).filter((w) => !/^\/d$/i.test(w.value ?? ''));
      const joined = target.length > 1 && target.every((w) => w.value !== null) ? { ...target[0]!, value: target.map((w) => w.value).join(' ') } : target[0];
      // `cd D:\x` without `/d` from another drive sets D:'s own folder but leaves the current one where it was (`cd /?`);
      // `pushd` and `cd /d` change drive too (round 25, k25c).
      const drive = /^([A-Za-z]):/.exec(joined?.value ?? '')?.[1];
      const sameDrive = !drive || !scope.cwd || !/^[A-Za-z]:/.test(scope.cwd) || scope.cwd[0]!.toLowerCase() === drive.toLowerCase();
      if (name !== 'pushd' && target.length === words.length - 1 && !sameDrive) return;
      changeDirectory(scope, joined);
      return;
    }
    default: {
      const inv = makeWindowsInvocation('cmd', words, redirects.filter(() => false), input, span, scope, env);
      dispatchWindows(inv, 'cmd');
    }
  }
}

/** The variables as each open `setlocal` found them, innermost last. */
const LOCALS = new WeakMap<ShellScope['vars'], Array<Map<string, string | null>>>();

function segmentWords(segment: CmdToken[]): string[] {
  return segment.filter((t): t is Extract<CmdToken, { kind: 'word' }> => t.kind === 'word').map((t) => t.text);
}

function fakeInv(words: Word[], scope: ShellScope, env: ShellEnv, span: Span): Invocation {
  return makeWindowsInvocation('cmd', words, [], null, span, scope, env);
}

/** The line's text after the first `skip` words of a segment (what `call`, `start`, `cmd /c` run). */
function restOf(segment: CmdToken[], line: string, skip: number): string {
  const words = segment.filter((t) => t.kind === 'word');
  const from = words[skip];
  if (!from) return '';
  const last = segment[segment.length - 1]!;
  return line.slice(from.start, last.end);
}

function runStart(segment: CmdToken[], line: string, scope: ShellScope, env: ShellEnv, spanStart: number): void {
  const words = segment.filter((t): t is Extract<CmdToken, { kind: 'word' }> => t.kind === 'word');
  let k = 1;
  // `start ["title"] [/d dir] [/b] [/wait] [/min] … program args`. Round 39 (pw39): start takes its first quoted word
  // before the program as the title wherever it stands among the switches (`start /wait "" msbuild …`), which is why a
  // quoted program path needs an empty title before it.
  let titled = false;
  while (k < words.length && (/^\//.test(words[k]!.text) || (!titled && words[k]!.text.startsWith('"')))) {
    if (!/^\//.test(words[k]!.text)) titled = true;
    k += /^\/d$/i.test(words[k]!.text) ? 2 : 1;
  }
  if (k >= words.length) return;
  runCmdSource(line.slice(words[k]!.start, segment[segment.length - 1]!.end), { ...scope, depth: scope.depth + 1 }, env, null, spanStart);
}

/** `'dir /b [/s] [/a-d] PATTERN'`: the one command of a `for /f` set whose every output line we can describe. */
const DIR_LISTING = /^'dir((?:\s+\/[A-Za-z:-]+)*)\s+"?([^'"\s]+)"?((?:\s+\/[A-Za-z:-]+)*)\s*'$/i;

/**
 * The lead's answer 218 (round 27), as answer 91's checkpoints: `for /f "skip=N" %f in ('dir /b /o-d D:\Backups\Orders_*.bak')
 * do del "D:\Backups\%f"` lists one folder's backups newest first (`dir /?`: `/o-d` sorts by date, newest first; `/b` prints
 * names only) and skips the first N (`for /?`), so it deletes all but the newest N. N >= 2, no `usebackq` (single quotes
 * would be a string), no `/s`, one pattern whose folder is a backups folder or whose files are backups (`.bak`, `.trn`),
 * and a body that is one `del` of that folder's `%f`. Returns N, or 0.
 */
function keptNewestBackups(options: string[], pattern: string, flags: string, body: string, v: string, scope: ShellScope): number {
  const opts = options.map((o) => unquote(o).toLowerCase()).join(' ');
  const n = Number(/(?:^|\s)skip=(\d{1,3})(?:\s|$)/.exec(opts)?.[1] ?? 0);
  if (n < 2 || /usebackq/.test(opts) || !/\/o:?-d\b/i.test(flags) || /\/s\b/i.test(flags) || /[%!]/.test(pattern)) return 0;
  const base = pattern.split(/[\\/]/).pop() ?? '';
  const folder = pattern.slice(0, pattern.length - base.length).replace(/[\\/]+$/, '');
  if (!folder || /[*?]/.test(folder) || !/[*?]/.test(base)) return 0;
  const abs = resolvePath(folder, scope);
  if (!abs || !(underBackupsFolder(`${abs}\\x`) || /\.(bak|trn)$/i.test(base))) return 0;
  const del = new RegExp(`^(del|erase)((\\s+/[fqa](:\\w+)?)*)\\s+"?([^"]+)\\\\%%?${v}"?\\s*$`, 'i').exec(body.trim());
  return del && resolvePath(del[5]!, scope)?.toLowerCase() === abs.toLowerCase() ? n : 0;
}

/**
 * Round 34 (k34, the lead's answer 348.2): `for /d /r [root] %d in (NAME) do rd /s /q "%d"` removes every folder named NAME
 * in the tree under root. Within the workspace each of them is judged as `root\NAME` is (a folder's class there follows
 * the names of its segments, paths.ts REBUILDABLE: `TestResults`, `out`, `.vs` are build output wherever they sit, `src`
 * is the project's), so a plain folder name is read as that folder; a wildcard, `.` or `..`, or a root outside the
 * workspace stays unknown.
 */
function isFolderName(name: string): boolean {
  return /^[^*?\\/:%"<>|]+$/.test(name) && !name.includes(UNKNOWN) && !/^\.+$/.test(name);
}

function withinWorkspace(root: string, scope: ShellScope): boolean {
  const w = scope.workspace ?? scope.cwd;
  const abs = resolvePath(root, scope);
  if (!w || !abs || !isWindowsPath(w) || /(^|\\)\.\.?(\\|$)/.test(abs)) return false;
  return sameOrUnder(abs.replace(/\\+$/, ''), w.replace(/\\+$/, ''));
}

/** `if [/i] [not] (exist X | defined X | errorlevel N | a==b | a op b) command`, `for … in (set) do command`. */
function runControl(kind: 'if' | 'for', tokens: CmdToken[], line: string, scope: ShellScope, env: ShellEnv, spanStart: number): void {
  const words = tokens.filter((t): t is Extract<CmdToken, { kind: 'word' }> => t.kind === 'word');
  const end = tokens[tokens.length - 1]!.end;
  if (kind === 'if') {
    let k = 1;
    let negated = false;
    while (k < words.length && /^(\/i|not)$/i.test(words[k]!.text)) negated = negated || /^not$/i.test(words[k++]!.text);
    const cond = words[k]?.text.toLowerCase() ?? '';
    // `if not exist F COMMAND` runs COMMAND only when F is absent: nothing there is replaced (as bash's `[ -e F ] ||`).
    const guard = negated && cond === 'exist' && words[k + 1] ? resolvePath(unquote(words[k + 1]!.text), scope) : null;
    const inner: ShellScope = guard === null ? scope : { ...scope, absent: new Set([...(scope.absent ?? []), guard]) };
    if (cond === 'exist' || cond === 'defined' || cond === 'errorlevel' || cond === 'cmdextversion') k += 2;
    else if (words[k]?.text.includes('==')) k += words[k]!.text.endsWith('==') ? 2 : 1;
    else if (/^(equ|neq|lss|leq|gtr|geq|==)$/i.test(words[k + 1]?.text ?? '')) k += 3;
    else k += 1;
    const body = words[k];
    if (!body) return;
    // `else` branches are run too: either may happen.
    const text = line.slice(body.start, end).replace(/^\(|\)$/g, '');
    text.split(/\)\s*else\s*\(?/i).forEach((part, i) => runCmdSource(part.replace(/^\(|\)$/g, ''), { ...(i === 0 ? inner : scope), depth: scope.depth + 1 }, env, null, spanStart));
    return;
  }
  // for [/d|/r [root]|/l|/f ["opts"]] %v in (set) do command
  const doAt = words.findIndex((w) => w.text.toLowerCase() === 'do');
  const varWord = words.find((w) => /^%%?[A-Za-z]$/.test(w.text));
  if (doAt === -1 || !varWord || !words[doAt + 1]) {
    env.b.opaque('cmd_for_unparsed', 'a `for` loop we could not read', { start: spanStart, end: spanStart });
    return;
  }
  // The set is the text between `(` and its `)`, its items separated by spaces, commas, semicolons or `=` (`for /?`);
  // a `)` glued to the last item (`(bin,obj)`) ends it as well.
  const open = tokens.find((t) => t.kind === 'op' && t.op === '(');
  const closeAt = open ? line.indexOf(')', open.end) : -1;
  const set = !open || closeAt === -1 || closeAt > words[doAt]!.start ? [] : line.slice(open.end, closeAt).split(/[\s,;=]+/).filter(Boolean).map((t) => unquote(t));
  // The loop's own switches stand before its variable: a `/f` or `/r` in the body (`do del /f …`) is the body's.
  const options = words.slice(0, words.indexOf(varWord));
  const recursiveRoot = options.findIndex((w) => /^\/r$/i.test(w.text));
  const isF = options.some((w) => /^\/f$/i.test(w.text));
  const body = line.slice(words[doAt + 1]!.start, end);
  const v = varWord.text.replace(/^%%?/, '');
  // `for /r [root] %v in (set)`: each folder under root, with each set item appended (`for /d /r . %d in (bin,obj)`
  // names every `bin` and `obj` folder in the tree). Build-output names only (as `Get-ChildItem -Recurse -Include`):
  // judged as `root\item`, each a build-output folder; any other set stays unknown.
  let inner: ShellScope = { ...scope, depth: scope.depth + 1 };
  let values: string[];
  // The listing's own errors sent away (`2^>nul`, the caret keeps `>` inside the quoted command) change no output line.
  const listed = isF && open && closeAt !== -1 ? DIR_LISTING.exec(line.slice(open.end, closeAt).trim().replace(/\s+2\^?>\s*nul(?=\s*'$)/i, '')) : null;
  // `for /f %i in ('dir /b [/s] PATTERN') do …`: each value is a path that matches PATTERN (`dir /?`), so the body is
  // judged with the pattern in its place: `del "%i"` over `*.tmp` is `del *.tmp`.
  const listFlags = listed ? `${listed[1]} ${listed[3]}` : '';
  const kept = listed ? keptNewestBackups(options.map((w) => w.text), listed[2]!, listFlags, body, v, scope) : 0;
  if (kept > 0) {
    env.b.verb('delete').finding('backup_retention', `\`for /f "skip=${kept}" … dir /b /o-d\` deletes all but the newest ${kept} backups of one folder: retention (answer 218)`, { start: spanStart, end: spanStart });
    return;
  }
  const pattern = listed && /\/b\b/i.test(listFlags) && !listed[2]!.includes('%') ? listed[2]! : null;
  // `dir /b /s NAME` lists every entry named NAME in the tree (as `for /r . %d in (NAME)`): a build-output name only
  // (`node_modules`, `bin`, `obj`), judged as that folder, each one build output; any other name stays unknown.
  const treeName = pattern && /\/s\b/i.test(listFlags) && !/[\\/*?]/.test(pattern) && isRebuildableFilter(pattern) ? pattern : null;
  // Without `/s`, `dir /b` prints each name alone, not its folder (`dir /?`: only `/s` bare lines carry the full path),
  // so `D:\x\*.bak` gives `a.bak`, and the body names the folder itself (`del "D:\x\%f"`).
  if (pattern && /[*?]/.test(pattern.split(/[\\/]/).pop() ?? '')) values = [/\/s\b/i.test(listFlags) ? pattern : pattern.split(/[\\/]/).pop()!];
  else if (treeName) {
    values = [`.\\${treeName}`];
    const abs = resolvePath(values[0]!, scope)?.toLowerCase();
    if (abs) inner = { ...inner, buildOutput: new Set([...(scope.buildOutput ?? []), abs]) };
  } else if (pattern && !/\/s\b/i.test(listFlags) && !/[*?]/.test(pattern)) {
    // Round 26 (k26w): `dir /b [/ad] FOLDER` prints the name of each entry in FOLDER, one a line: each value is one name
    // (`*`), so `rd /s /q "C:\Users\%u\AppData\Local\Temp"` over `dir /b /ad C:\Users` names every profile's temp folder.
    values = ['*'];
  } else if (isF || set.length === 0 || set.length > 4) values = [UNKNOWN];
  else if (recursiveRoot === -1) values = set;
  else {
    const rootWord = words[recursiveRoot + 1];
    const root = rootWord && rootWord !== varWord && !/^in$/i.test(rootWord.text) ? unquote(rootWord.text) : '.';
    const each = root.includes(UNKNOWN) ? [UNKNOWN] : set.map((s) => `${root.replace(/[\\/]+$/, '')}\\${s}`);
    if (set.every((s) => isRebuildableFilter(s, set))) {
      values = each;
      const abs = values.map((p) => resolvePath(p, scope)?.toLowerCase()).filter((p): p is string => !!p);
      inner = { ...inner, buildOutput: new Set([...(scope.buildOutput ?? []), ...abs]) };
    } else values = set.every(isFolderName) && withinWorkspace(root, scope) ? each : [UNKNOWN];
  }
  for (const value of values) {
    // Round 26 (k26w): a folder wildcard standing for each value (`for /d`, or each name `dir /b` lists) is read as a
    // wildcard inside quotes too (`"%u\AppData\Local\Temp\*"` over `C:\Users\*`): the quotes only kept a value's spaces
    // together, and the pattern carries none.
    const each = (value === '*' || options.some((w) => /^\/d$/i.test(w.text))) && /[*?]/.test(value) && !/[\s"&|<>^()]/.test(value);
    const unquoted = each ? body.replace(new RegExp(`"([^"\\s]*%%?${v}\\b[^"\\s]*)"`, 'g'), '$1') : body;
    const replaced = unquoted.replace(new RegExp(`%%?${v}\\b`, 'g'), () => (value.includes(UNKNOWN) ? UNKNOWN : value));
    runCmdSource(replaced, inner, env, null, spanStart);
  }
}

/** Classifies a cmd.exe command line (a `cmd` shell action) from the top. */
export function classifyCmdSource(source: string, ctx: ActionContext, inventory: Inventory, b: FactsBuilder): void {
  const env: ShellEnv = { ctx, inventory, b, source, steps: 0 };
  const scope: ShellScope = { vars: new Map(), aliases: new Map(), functions: new Map(), cwd: ctx.cwd, home: ctx.home, workspace: ctx.cwd, files: new Map(), depth: 0, ...windowsLineFacts() };
  runCmdSource(source, scope, env, null, 0);
  // A line that starts with a quote runs as written when its runner wraps it (`cmd /d /s /c "LINE"`, Node's
  // `shell: true`) but loses its first and last quote when handed to `cmd /c LINE` (`cmd /?`: unless it is exactly
  // one quoted name of a program): `"format C:"`, `"x" "y & rd /s /q C:\Users & x" z`. Both readings are judged.
  const stripped = withoutOuterQuotes(source);
  if (stripped !== null) {
    b.finding('shell_nested', 'a line starting with a quote: also judged as `cmd /c` reads it, without its outer quotes', { start: 0, end: 0 });
    runCmdSource(stripped, { ...scope, vars: new Map(), files: new Map() }, env, null, 0);
  }
}

/**
 * `cmd /c`'s old quote rule: the line without its first and last quote, or null when it does not start with one or when
 * cmd keeps the quotes. `cmd /?`: they are kept when the line has exactly two quotes, with whitespace and none of
 * `&<>()@^|` between them, and what they hold is the name of an executable file (QUOTED_PROGRAM_PATH: `"C:\Program
 * Files\IIS Express\appcmd.exe" delete site x` runs that appcmd). With more quotes, a quoted program path with spaces
 * loses its quotes and cmd looks for the program by the path's first part alone (`C:\Program`), which it does not find:
 * that command runs nothing, and the line read so is judged only when it holds other commands or a redirect (the lead's
 * answer 362.4: the quoted program is read as that program, as an unquoted one is).
 */
const QUOTED_PROGRAM_PATH = /^"([^"&<>()@^|]*\s[^"&<>()@^|]*\.(exe|com|bat|cmd))"/i;
function withoutOuterQuotes(source: string): string | null {
  const line = source.trimStart();
  if (!line.startsWith('"')) return null;
  const program = QUOTED_PROGRAM_PATH.exec(line);
  if (program && (line.match(/"/g) ?? []).length === 2) return null;
  const last = line.lastIndexOf('"');
  const stripped = last > 0 ? line.slice(1, last) + line.slice(last + 1) : line.slice(1);
  return program && tokenize(stripped).every((t) => t.kind === 'word') ? null : stripped;
}
