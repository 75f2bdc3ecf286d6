import type { ActionContext, Inventory } from '../../core/index.ts';
import { FactsBuilder, type Span } from '../builder.ts';
import type { Invocation, ShellEnv, ShellScope, Stdin, Redirect } from '../shell/invocation.ts';
import { storedText } from './cmdlets.ts';
import { COMMON_VALUED } from './bind.ts';
import { literalWord, type Word } from '../shell/words.ts';
import { secretToShare } from '../windows/share-secrets.ts';
import { secretOutput } from '../shell/secret-sources.ts';
import { buildOutputPairs, powershellPathSlashes, redirects, windowsLineFacts } from '../shell/tools/filesystem.ts';
import { dispatchWindows, makeWindowsInvocation } from '../windows/dispatch.ts';
import { SEARCH_LIST_VARIABLE, storedPathHijack } from '../windows/tools.ts';
import { PROFILE_FOLDER_FALLBACK, windowsEnvironment } from '../windows/environment.ts';
import { parsePowerShell, type Node } from './parser.ts';
import { ageFilter, devCertificateFilter, setPipeInput, whereNameFilters, type PipeInput } from './pipe.ts';
import { lowerMultipliers, repairWithParameters } from './repair.ts';
import { lowerPowerShell7Operators, sameLengthGrammarGaps } from './grammar-gaps.ts';
import { isWindowsPath } from '../windows-paths.ts';
import { resolvePath } from '../paths.ts';
import { OLD_SEARCH_PATH, powershellSearchPath } from '../shell/search-path.ts';
import { regeneratedFolders } from '../shell/regenerated.ts';
import { restartingStart, savedFirstSteps, UPDATE_CACHE, UPDATE_SERVICE } from '../cmd/walk.ts';
import { gitSavedSteps } from '../shell/walk.ts';
import { restartedStops, waitOf, type ServiceStep } from '../restarts.ts';

/**
 * Walks a PowerShell syntax tree (tree-sitter-powershell) and hands every command that would run
 * (pipelines, blocks of if/foreach/try, script blocks passed to commands, sub-expressions, called
 * functions) to the Windows dispatcher, tracking variables (`$p = 'C:\x'`, `$env:X = …`), the
 * working directory and what each pipeline stage feeds the next.
 *
 * PowerShell semantics we rely on: names of commands, parameters and variables are
 * case-insensitive; a backtick escapes the next character; `"…"` expands `$var`, `${var}`,
 * `$env:NAME` and `$( … )`; `'…'` is literal with `''` for a quote; `-Name:value` binds a value.
 */

const MAX_DEPTH = 8;
const MAX_STEPS = 20000;

export function classifyPowerShellSource(source: string, ctx: ActionContext, inventory: Inventory, b: FactsBuilder): void {
  const env: ShellEnv = { ctx, inventory, b, source, steps: 0 };
  const scope: ShellScope = { vars: new Map(), aliases: new Map(), functions: new Map(), cwd: ctx.cwd, home: ctx.home, workspace: ctx.cwd, files: new Map(), depth: 0, ...windowsLineFacts() };
  runPowerShellSource(source, scope, env, null, 0);
}

/** Classifies PowerShell source in `scope` (also used for `powershell -Command`, `-EncodedCommand`, `iex`). */
export function runPowerShellSource(source: string, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, spanStart: number): void {
  if (scope.depth > MAX_DEPTH) {
    env.b.opaque('shell_nesting_too_deep', `shell nesting deeper than ${MAX_DEPTH} levels`);
    return;
  }
  // Round 40 (pw40): a session whose folder or home is a Windows path (`C:\src\shop`, `C:\Users\alex`) runs on Windows too.
  if (showsWindowsSigns(source) || [scope.cwd, scope.home].some((p) => p !== undefined && p !== null && /^[A-Za-z]:[\\/]/.test(p))) scope.windowsSigns = true;
  let lowered = lowerMultipliers(source);
  let tree = parsePowerShell(lowered);
  let typedParameters: ReadonlyMap<number, string> = new Map();
  if (tree?.rootNode.hasError) {
    // Round 44 (ps44): forms the grammar does not know read as what PowerShell makes of them (grammar-gaps.ts): PowerShell
    // 7's `? :`, `??` and `??=` as the `if` each is; a background `&`, a loop label, `} default {` and `param(…) stmt` on one line.
    const operators = lowerPowerShell7Operators(sameLengthGrammarGaps(lowered));
    const again = operators === lowered ? null : parsePowerShell(operators);
    if (again) {
      tree.delete();
      tree = again;
      lowered = operators;
    }
  }
  if (tree?.rootNode.hasError) {
    // Bare arguments the grammar cannot place are rewritten to the quoted form PowerShell reads them as.
    const repaired = repairWithParameters(lowered);
    const again = repaired.text === lowered ? null : parsePowerShell(repaired.text);
    if (again && !again.rootNode.hasError) {
      tree.delete();
      tree = again;
      typedParameters = repaired.parameters;
    } else again?.delete();
  }
  if (!tree) {
    env.b.opaque('powershell_parser_unavailable', 'the PowerShell parser could not parse this input');
    return;
  }
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = errorsOutsideArguments(root);
      // SECURITY: a script PowerShell might read differently from us is opaque. A token the grammar
      // cannot place inside a command's arguments (`--format="%h"`) is read from its text instead.
      if (bad) env.b.opaque('powershell_syntax_error', 'the PowerShell input does not parse cleanly', { start: spanStart + bad.startIndex, end: spanStart + bad.endIndex });
      else env.b.partial('powershell_argument_unparsed', 'an argument the PowerShell grammar could not place was read from its text', { start: spanStart, end: spanStart });
    }
    const w = new Walker(scope, env, spanStart, typedParameters);
    const outside = scope.buildOutput;
    if (scope.depth === 0) markRegenerated(root, scope);
    w.visit(root, null);
    scope.buildOutput = outside;
  } finally {
    tree.delete();
  }
}

function errorsOutsideArguments(node: Node): Node | null {
  if (node.type === 'command_elements') return null;
  if (node.type === 'ERROR' || node.isMissing) return node;
  for (const c of node.children) {
    if (c && (c.hasError || c.isMissing)) {
      const e = errorsOutsideArguments(c);
      if (e) return e;
    }
  }
  return null;
}

/**
 * Round 40 (pw40): the text of a script block made from one literal, as the call operator's command
 * (`& ([scriptblock]::Create('Get-ChildItem C:\\logs'))`, `. ([ScriptBlock]::Create("…"))`): a single-quoted string (`''` is
 * one quote) or a double-quoted one with nothing PowerShell expands in it (no `$`, no backtick). Anything else (a variable,
 * a concatenation, a second argument, `.Invoke(…)`) is null and stays a command nobody can see.
 */
export function scriptBlockLiteral(text: string): string | null {
  const m = /^\(\s*\[(?:system\.management\.automation\.)?scriptblock\]::create\(\s*('(?:[^']|'')*'|"[^"$`]*")\s*\)\s*\)$/i.exec(text.trim());
  if (!m) return null;
  const lit = m[1]!;
  return lit.startsWith("'") ? lit.slice(1, -1).replace(/''/g, "'") : lit.slice(1, -1);
}

/** `$name` lookups: PowerShell variables are stored as `$name` (lower-case), environment variables as NAME. */
export function lookupVariable(raw: string, scope: ShellScope): string | null {
  let name = raw.replace(/^\$|^@/, '');
  if (name.startsWith('{') && name.endsWith('}')) name = name.slice(1, -1);
  const lower = name.toLowerCase();
  if (lower.startsWith('env:')) {
    const key = name.slice(4).toUpperCase();
    const v = windowsEnvironment(scope).get(key);
    if (key === 'HOME' && scope.home) return scope.home;
    if (v === undefined && scope.windowsSigns && BARE_WINDOWS_TEMP.has(key)) return PROFILE_FOLDER_FALLBACK.get(key) ?? null;
    return v === undefined ? null : v;
  }
  const bare = lower.replace(/^(global|script|local|private|using):/, '');
  if (bare === 'home') return scope.home ?? null;
  if (bare === 'pwd') return scope.cwd ?? null;
  // `$PROFILE` (about_Profiles): the current user's profile script for the current host.
  if (bare === 'profile') return profileMember('CurrentUserCurrentHost', scope);
  if (bare === 'true') return 'True';
  if (bare === 'false') return 'False';
  if (bare === 'null') return '';
  const v = scope.vars.get(`$${bare}`);
  return v === undefined ? null : v;
}

/**
 * `$PROFILE` and its four members (about_Profiles, "The $PROFILE variable"): the current user's profiles in the home
 * folder (`Documents\PowerShell`, `~/.config/powershell` on Linux and macOS), all users' in `$PSHOME`, PowerShell's
 * install folder (`C:\Program Files\PowerShell\7`, `/opt/microsoft/powershell/7`, `/usr/local/microsoft/powershell/7`
 * on macOS). `AllHosts` is `profile.ps1`, `CurrentHost` the console's `Microsoft.PowerShell_profile.ps1`.
 */
export function profileMember(member: string, scope: ShellScope): string | null {
  const m = /^(currentuser|allusers)(allhosts|currenthost)$/.exec(member.toLowerCase());
  if (!m || !scope.home) return null;
  const file = m[2] === 'allhosts' ? 'profile.ps1' : 'Microsoft.PowerShell_profile.ps1';
  const home = scope.home.replace(/[\\/]+$/, '');
  const windows = isWindowsPath(home);
  if (m[1] === 'currentuser') return windows ? `${home}\\Documents\\PowerShell\\${file}` : `${home}/.config/powershell/${file}`;
  if (windows) return `C:\\Program Files\\PowerShell\\7\\${file}`;
  return `${home.startsWith('/Users/') ? '/usr/local' : '/opt'}/microsoft/powershell/7/${file}`;
}

/**
 * Round 33 (w33): `$env:USERPROFILE`, `$env:APPDATA`, `$env:LOCALAPPDATA`, `$env:TEMP`, `$env:TMP` the context does not
 * fix, followed by `\\` in the same word: a Windows path, so the profile's folder of an unnamed user
 * (PROFILE_FOLDER_FALLBACK). Alone or before `/` it stays unknown (PowerShell on Linux or macOS leaves them empty).
 */
function windowsProfileFolder(name: string, after: string | undefined): string | null {
  const m = /^\$\{?env:([A-Za-z_]+)\}?$/i.exec(name);
  return m && after === '\\' ? PROFILE_FOLDER_FALLBACK.get(m[1]!.toUpperCase()) ?? null : null;
}

/**
 * Round 34 (p34, the lead's answer 356.3): what shows a PowerShell line runs on Windows rather than on PowerShell for
 * Linux or macOS, where `$env:TEMP` is empty (`Get-ChildItem $null` lists the current folder): a drive-letter or UNC path,
 * a path joined with `\`, a registry drive, a program run as `.exe`, `.cmd` or `.bat`, a variable only Windows sets, a cmdlet only Windows
 * has (services, scheduled tasks, CIM and WMI, event logs, Windows features and Appx, the firewall, local users, SMB
 * shares, IIS, Hyper-V, BitLocker, Defender, the execution policy). Cmdlets every platform has (`Get-ChildItem`,
 * `Remove-Item`, Az's, Graph's) are no sign.
 */
const WINDOWS_SIGNS: readonly RegExp[] = [
  /(^|[\s'"(=,;])[A-Za-z]:[\\/]/,
  /(^|[\s'"(=,;])\\\\[\w.-]+\\/,
  /(^|[\s'"(=,;])[\w.-]+\\[\w.$-]/,
  /\b(HKLM|HKCU|HKCR|HKU|HKCC):|\bRegistry::/i,
  /\.(exe|cmd|bat)\b/i,
  /\$\{?env:(LOCALAPPDATA|APPDATA|USERPROFILE|PROGRAMFILES|PROGRAMDATA|WINDIR|SYSTEMROOT|SYSTEMDRIVE|COMSPEC|COMPUTERNAME|USERDOMAIN|ALLUSERSPROFILE)\b/i,
  /(^|[\s;|({])(Get|Set|Start|Stop|Restart|Suspend|Resume|New|Remove)-Service\b/i,
  /(^|[\s;|({])[A-Za-z]+-(ScheduledTask|CimInstance|WmiObject|EventLog|WinEvent|WindowsFeature|WindowsOptionalFeature|AppxPackage|NetFirewallRule|LocalUser|LocalGroup|LocalGroupMember|SmbShare|WebAppPool|Website|VM|BitLocker|MpPreference|ExecutionPolicy)\b/i,
];
const BARE_WINDOWS_TEMP: ReadonlySet<string> = new Set(['TEMP', 'TMP']);

/** Whether PowerShell source shows it runs on Windows (WINDOWS_SIGNS). */
export function showsWindowsSigns(source: string): boolean {
  return WINDOWS_SIGNS.some((re) => re.test(source));
}

/** The item cmdlets (and their aliases) whose `-Path` takes wildcards the cmdlet expands (about_Wildcards). */
const PROVIDER_PATH_CMDLETS = new Set(['remove-item', 'rm', 'del', 'erase', 'ri', 'rd', 'rmdir', 'get-childitem', 'gci', 'ls', 'dir', 'clear-content', 'clc', 'copy-item', 'cp', 'copy', 'cpi', 'move-item', 'mv', 'move', 'mi', 'clear-item', 'cli']);

/** Expands `$var`, `${var}`, `$env:X` and backtick escapes in text; `$( … )` and `$x.y` are unknown. */
export function expandText(text: string, scope: ShellScope, quoted: boolean): string | null {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '`' && i + 1 < text.length) {
      const n = text[++i]!;
      out += quoted ? ({ n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' } as Record<string, string>)[n] ?? n : n;
      continue;
    }
    if (c === '$' && i + 1 < text.length) {
      const rest = text.slice(i);
      if (rest.startsWith('$(')) return null;
      const m = /^\$(\{[^}]+\}|[A-Za-z_][\w]*(:[A-Za-z_][\w()]*)?|_)/.exec(rest);
      if (m) {
        const after = text[i + m[0].length];
        if (after === '.' && /[A-Za-z]/.test(text[i + m[0].length + 1] ?? '')) return null;
        if (after === '[') return null;
        const v = lookupVariable(m[0], scope) ?? windowsProfileFolder(m[0], after);
        if (v === null) return null;
        out += v;
        i += m[0].length - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

interface Value {
  /** The values an expression yields (more than one for `a, b`); null entries are unknown. */
  values: Array<string | null>;
  /** A script block literal, when the expression is one. */
  block?: Node;
}

const one = (v: string | null): Value => ({ values: [v] });

/** Commands whose script-block arguments run once per pipeline item, with `$_` bound to it. */
/**
 * What stops a thing and what starts the same thing again (markRestarts): services (also suspended and resumed), IIS's app
 * pools and sites (WebAdministration); a restart cmdlet after the stop starts it too.
 */
const RESTART_PAIRS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(stop-service|spsv)$/, /^(start-service|sasv|restart-service)$/],
  [/^suspend-service$/, /^(resume-service|restart-service)$/],
  [/^stop-webapppool$/, /^(start-webapppool|restart-webapppool)$/],
  [/^stop-website$/, /^start-website$/],
];
/**
 * The path `New-Item` makes (`-Path P` or the first positional word, joined with `-Name N`), when every word is fixed and
 * no other value-taking parameter hides one: the item it returns prints as that path. Null otherwise.
 */
function newItemPath(args: Word[]): string | null {
  let path: string | null | undefined;
  let name: string | null | undefined;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) return null;
    if (/^-(p|pa|pat|path)$/i.test(v)) path = args[++i]?.value ?? null;
    else if (/^-(n|na|nam|name)$/i.test(v)) name = args[++i]?.value ?? null;
    else if (/^-(i|it|ite|item|itemt|itemty|itemtyp|itemtype|type)$/i.test(v)) i++;
    else if (/^-(force|erroraction|ea)$/i.test(v)) i += /^-(erroraction|ea)$/i.test(v) ? 1 : 0;
    else if (v.startsWith('-')) return null;
    else if (path === undefined) path = v;
    else return null;
  }
  if (path === null || name === null || path === undefined) return null;
  return name === undefined ? path : `${path.replace(/[\\/]+$/, '')}\\${name}`;
}

/** The most values a list variable or a `foreach` list is followed with, one by one (round 37: eight, was four). */
const LIST_VARIABLE_MAX = 8;
/** A variable's key in Walker.lists: `$Dirs`, `${dirs}`, `$script:dirs` -> `$dirs`. */
function listVariableName(text: string): string {
  return `$${text.replace(/^[$@]/, '').replace(/^\{(.*)\}$/, '$1').toLowerCase().replace(/^(global|script|local|private):/, '')}`;
}
const PER_ITEM = new Set(['foreach-object', '%', 'foreach', 'where-object', '?', 'where']);

/** An `if` condition true only when the last native command succeeded (about_Automatic_Variables: `$?`, `$LASTEXITCODE`). */
const SUCCEEDED = /^(\(\s*)?(\$\?|\$LASTEXITCODE\s+-eq\s+0|0\s+-eq\s+\$LASTEXITCODE|(-not\s+|!\s*)\$LASTEXITCODE)(\s*\))?$/i;
/** A registry provider path (`HKCU:\Software\X`, `Registry::HKEY_CURRENT_USER\Software\X`): its hive and key. */
const REGISTRY_PROVIDER_PATH = /^(?:(hkcu|hklm):|registry::(hkey_current_user|hkey_local_machine|hkcu|hklm))\\(?!.*[*?])(.+?)\\?$/i;

class Walker {
  readonly scope: ShellScope;
  readonly env: ShellEnv;
  readonly spanStart: number;
  /** Inside a per-item block: what the enclosing stage was fed (`$_` is one of its objects). */
  item: PipeInput | null = null;
  /**
   * Round 37 (pw37): variables the input set to a fixed list (`$dirs = 'bin','obj'`, `$targets = @('.\\dist', '.\\out')`),
   * by `$name` (lower case): read as that list where the variable is named (`Remove-Item $dirs`, `foreach ($d in $dirs)`,
   * `$dirs | ForEach-Object { … }`). A list of more than LIST_VARIABLE_MAX or with a value not fixed is not kept.
   */
  readonly lists = new Map<string, Array<string | null>>();
  /**
   * Round 41 (pw42): the loop running now whose every value is fixed (`foreach ($d in 'bin','obj')`, `'bin','obj' | % { … }`):
   * the variables that hold its value and every value it takes, so a command of its body can be read over all of them.
   */
  loop: { vars: string[]; values: string[] } | null = null;

  /** The parameter names the repair rewrote, as typed (digits kept), by where each starts in the parsed text. */
  readonly typedParameters: ReadonlyMap<number, string>;

  constructor(scope: ShellScope, env: ShellEnv, spanStart: number, typedParameters: ReadonlyMap<number, string> = new Map()) {
    this.scope = scope;
    this.env = env;
    this.spanStart = spanStart;
    this.typedParameters = typedParameters;
  }

  /** A `command_parameter`'s text with its name as typed (the lead's answer 270: `-EnableSMB1Protocol`, not `-EnableSMB_Protocol`). */
  parameterText(el: Node): string {
    const typed = this.typedParameters.get(el.startIndex);
    return typed !== undefined && el.text.startsWith(typed.replace(/\d/g, '_')) ? typed + el.text.slice(typed.length) : el.text;
  }

  span(node: Node): Span {
    return this.scope.depth === 0 ? { start: this.spanStart + node.startIndex, end: this.spanStart + node.endIndex } : { start: this.spanStart, end: this.spanStart };
  }

  visit(node: Node, input: PipeInput | null): void {
    if (++this.env.steps > MAX_STEPS) {
      if (this.env.steps === MAX_STEPS + 1) this.env.b.opaque('shell_too_large', 'the shell input is too large to analyse fully');
      return;
    }
    switch (node.type) {
      case 'comment':
        return;
      case 'pipeline':
        return this.pipeline(node);
      case 'function_statement': {
        const name = node.namedChildren.find((c) => c?.type === 'function_name')?.text;
        const body = node.namedChildren.find((c) => c?.type === 'script_block');
        if (name && body) this.scope.functions.set(`ps:${name.toLowerCase()}`, body);
        return;
      }
      case 'statement_list':
        this.markRestarts(node);
        this.markSavedFirst(node);
        this.markUpdateCacheReset(node);
        return this.children(node, input);
      case 'foreach_statement':
        return this.mayRunOrNot(() => this.foreach(node));
      case 'if_statement':
        return this.ifStatement(node, input);
      case 'switch_statement':
      case 'while_statement':
      case 'do_statement':
      case 'for_statement':
      case 'try_statement':
      case 'trap_statement':
        return this.mayRunOrNot(() => this.children(node, input));
      case 'invokation_expression':
        this.dotnetCall(node);
        return this.children(node, input);
      case 'ERROR':
        return this.children(node, input);
      default:
        return this.children(node, input);
    }
  }

  /**
   * `Stop-Service S; …; Start-Service S`: a service stopped and started again later in the same statement list is a
   * restart (docs/classifier-evaluation.md, "Availability"), as cmd's `net stop S & net start S` and the shell's pairing;
   * what runs between is judged on its own. Only one fixed name on both sides and no other parameter: `-Force` also stops
   * the services that depend on S, which Start-Service does not start again. Round 30 (w30): IIS's app pools and sites and
   * a suspended service pair the same way (RESTART_PAIRS), the name may be quoted (`'MSSQL$SQLEXPRESS'`, `"Default Web
   * Site"`), and the native stops cmd pairs (`net stop S; net start S`, `iisreset /stop; iisreset /start`: cmd/walk.ts
   * restartingStart). Round 31: whether the start runs whatever happens between is the rule both shells share (the lead's
   * answer 323, restarts.ts restartedStops): each statement and each step of a PowerShell 7 chain (`&&`, `||`) is a step.
   */
  markRestarts(list: Node): void {
    const sole = (cmd: Node | undefined): { node: Node; name: string; service: string } | null => {
      if (cmd?.type !== 'command') return null;
      // One name: a list (`Stop-Service W3SVC, WAS`) is an array of several.
      if (cmd.descendantsOfType(['sub_expression', 'script_block', 'script_block_expression']).length > 0 || cmd.descendantsOfType('array_literal_expression').some((a) => a.namedChildren.length !== 1)) return null;
      const [name, ...args] = this.words(cmd).words.map((w) => w.value);
      // A native stop or start (`net stop W3SVC`, `sc.exe start W3SVC`, appcmd by its path) as cmd reads it.
      const native = name && /^(net|sc|iisreset|(c:\\windows\\system32\\inetsrv\\)?appcmd)(\.exe)?$/i.test(name) ? name.replace(/\.exe$/i, '') : null;
      if (native && args.every((a) => a !== null)) return { node: cmd, name: 'native', service: [native, ...args].join(' ').toLowerCase() };
      const names = args.filter((a, i) => !(i === 0 && a !== null && /^-n(a(m(e)?)?)?$/i.test(a)));
      if (!name || names.length !== 1 || names[0] === null || !/^[A-Za-z0-9_.$][A-Za-z0-9_.$ -]*$/.test(names[0]!) || args.length - names.length > 1) return null;
      return { node: cmd, name: name.toLowerCase(), service: names[0]!.toLowerCase() };
    };
    const keyed = (c: { name: string; service: string } | null): { stops: string | null; starts: string[] } => {
      if (c === null) return { stops: null, starts: [] };
      if (c.name === 'native') return { stops: restartingStart(c.service), starts: [c.service] };
      const pair = RESTART_PAIRS.findIndex(([stops]) => stops.test(c.name));
      const starts = RESTART_PAIRS.flatMap(([, start], k) => (start.test(c.name) ? [`${k}:${c.service}`] : []));
      return { stops: pair === -1 ? null : `${pair}:${c.service}`, starts };
    };
    // SECURITY: stop-on-error set anywhere in the script (`$ErrorActionPreference = 'Stop'`, `-ErrorAction Stop`) makes
    // every statement's failure end it, as `&&` would; `exit`, `throw`, `return` and a loop's `break` may end it outright.
    const stopOnError = /erroractionpreference|-(erroraction|ea)\b\s*:?\s*['"]?stop/i.test(list.tree.rootNode.text);
    const ends = (n: Node): boolean => n.type === 'flow_control_statement' || n.type === 'trap_statement' || n.descendantsOfType(['flow_control_statement', 'trap_statement']).length > 0;
    const steps: Array<ServiceStep & { node: Node | null }> = [];
    for (const stmt of list.namedChildren) {
      if (stmt === null || stmt.type === 'empty_statement' || stmt.type === 'comment') continue;
      const last = stopOnError ? 'on-success' : 'always';
      if (stmt.type !== 'pipeline' || stmt.namedChildren.some((c) => c?.type !== 'pipeline_chain' && c?.type !== 'pipeline_chain_tail')) {
        steps.push({ node: null, stops: null, starts: [], wait: false, mayEnd: ends(stmt), then: last });
        continue;
      }
      const kids = stmt.namedChildren as Node[];
      kids.forEach((chain, k) => {
        if (chain.type !== 'pipeline_chain') return;
        const tail = kids[k + 1]?.type === 'pipeline_chain_tail' ? kids[k + 1]!.text.trim() : null;
        const cmd = chain.namedChildren.length === 1 ? chain.namedChildren[0]! : undefined;
        const one = sole(cmd);
        const name = cmd?.type === 'command' ? cmd.childForFieldName('command_name')?.text.toLowerCase() : undefined;
        const wait = name === 'start-sleep' || name === 'sleep' ? waitOf(sleepSeconds(this.words(cmd!).words.slice(1).map((w) => w.value))) : { wait: false, longWait: false };
        steps.push({ node: one?.node ?? null, ...keyed(one), ...wait, mayEnd: ends(chain), then: tail === '&&' ? 'on-success' : tail === '||' ? 'on-failure' : last });
      });
    }
    for (const i of restartedStops(steps)) {
      const stop = steps[i]!.node!;
      // SECURITY: by the tree as well as the position: a nested source counts its positions from 0.
      const marks = (this.env.restarted ??= new WeakMap()).get(stop.tree) ?? new Set<number>();
      this.env.restarted.set(stop.tree, marks.add(stop.startIndex));
    }
  }

  /**
   * The lead's answer 218 (round 27): `reg export K F; if ($LASTEXITCODE -eq 0) { reg delete K /f }` (also `if ($?)`,
   * `if (-not $LASTEXITCODE)`, and PowerShell 7's `reg export K F && reg delete K /f`) runs the discard only when the save
   * succeeded, as cmd's `&&` does, so it is judged by the same pairs (cmd/walk.ts `savedFirstSteps`: `reg export` then a
   * `reg delete` of that key or under it, or `Remove-Item` of its registry provider path, or `reg import` of that file;
   * `wsl --export` then `--unregister`; git's stash and push pairs). Only when those steps are the whole input: an `if`
   * with no `else`, one statement in its block, and every word fixed.
   */
  markSavedFirst(list: Node): void {
    if (this.scope.depth !== 0 || list.parent?.type !== 'program') return;
    const stmts = list.namedChildren.filter((c): c is Node => c !== null && c.type !== 'empty_statement' && c.type !== 'comment');
    const chain = (stmt: Node | undefined): Node[] | null => {
      if (stmt?.type !== 'pipeline' || stmt.namedChildren.some((c) => c === null || (c.type !== 'pipeline_chain' && c.type !== 'pipeline_chain_tail'))) return null;
      const kids = stmt.namedChildren as Node[];
      const cmds = kids.filter((c) => c.type === 'pipeline_chain').map((c) => (c.namedChildren.length === 1 && c.namedChildren[0]!.type === 'command' ? c.namedChildren[0]! : null));
      return cmds.every((c) => c !== null) && kids.filter((c) => c.type === 'pipeline_chain_tail').every((t) => t.text.trim().startsWith('&&')) ? (cmds as Node[]) : null;
    };
    const guarded = (stmt: Node | undefined): Node[] | null => {
      const kids = stmt?.type === 'if_statement' ? stmt.namedChildren.filter((c): c is Node => c !== null) : [];
      if (kids.length !== 2 || kids[1]!.type !== 'statement_block' || !SUCCEEDED.test(kids[0]!.text.trim())) return null;
      const inner = kids[1]!.namedChildren.find((c) => c?.type === 'statement_list')?.namedChildren.filter((c): c is Node => c !== null && c.type !== 'empty_statement') ?? [];
      return inner.length === 1 ? chain(inner[0]) : null;
    };
    const first = chain(stmts[0]);
    const rest = stmts.length === 1 ? [] : stmts.length === 2 ? guarded(stmts[1]) : null;
    if (!first || !rest || first.length + rest.length < 2) return;
    const steps = [...first, ...rest];
    // `$LASTEXITCODE` is set by native programs only: after a cmdlet's save (Compress-Archive) it says nothing of it.
    const byExitCode = stmts.length === 2 && /lastexitcode/i.test(stmts[1]!.namedChildren[0]?.text ?? '');
    const fixed = steps.map((c, i) => (byExitCode && i === first.length - 1 && /^compress-archive$/i.test(c.childForFieldName('command_name')?.text ?? '') ? null : this.fixedArgv(c)));
    const saved = savedFirstSteps(fixed, this.scope);
    const git = new Set(gitSavedSteps(fixed));
    fixed.forEach((a, i) => a && git.has(a.join('\0')) && saved.add(i));
    for (const i of saved) this.keepAside(steps[i]!, 'saved_first');
  }

  keepAside(node: Node, code: 'saved_first' | 'update_cache_renamed'): void {
    const marks = (this.env.keptAside ??= new WeakMap()).get(node.tree) ?? new Map<number, 'saved_first' | 'update_cache_renamed'>();
    this.env.keptAside.set(node.tree, marks.set(node.startIndex, code));
  }

  /**
   * The lead's answer 218 (round 27), as cmd/walk.ts `updateCacheReset` reads cmd: `Stop-Service wuauserv, bits -Force;
   * Rename-Item C:\Windows\SoftwareDistribution SoftwareDistribution.old; Start-Service wuauserv, bits` is a restart with
   * Windows Update's folder kept under a new name. Every statement a stop or start of update services (`Stop-Service`,
   * `Start-Service`, `net|sc stop|start`), a `Start-Sleep`, or a `Rename-Item` of `SoftwareDistribution` or
   * `System32\catroot2` to a new name; every stopped service started again later; a stop before the first rename.
   * `-Force` (it stops dependent services too) only on wuauserv and BITS, which no service depends on.
   */
  markUpdateCacheReset(list: Node): void {
    if (this.scope.depth !== 0 || list.parent?.type !== 'program') return;
    const stmts = list.namedChildren.filter((c): c is Node => c !== null && c.type !== 'empty_statement' && c.type !== 'comment');
    const steps: Array<{ node: Node; w: string[] }> = [];
    for (const st of stmts) {
      const chain = st.type === 'pipeline' && st.namedChildren.length === 1 ? st.namedChildren[0]! : null;
      const cmd = chain?.type === 'pipeline_chain' && chain.namedChildren.length === 1 && chain.namedChildren[0]!.type === 'command' ? chain.namedChildren[0]! : null;
      if (!cmd || cmd.descendantsOfType(['sub_expression', 'script_block', 'script_block_expression']).length > 0) return;
      const w = this.words(cmd).words.map((x) => x.value?.toLowerCase() ?? null);
      if (w.some((x) => x === null) || w.length === 0) return;
      steps.push({ node: cmd, w: (w as string[]).map((x, i) => (i === 0 ? x.replace(/\.exe$/, '') : x)) });
    }
    const services = (w: string[]): { op: 'stop' | 'start'; names: string[]; force: boolean } | null => {
      if ((w[0] === 'net' || w[0] === 'sc') && w.length === 3 && (w[1] === 'stop' || w[1] === 'start')) return { op: w[1], names: [w[2]!], force: false };
      const op = /^(stop-service|spsv)$/.test(w[0]!) ? 'stop' : /^(start-service|sasv)$/.test(w[0]!) ? 'start' : null;
      const rest = w.slice(1).filter((x) => !/^-n(a(m(e)?)?)?$/.test(x));
      const names = rest.filter((x) => !x.startsWith('-'));
      const flags = rest.filter((x) => x.startsWith('-'));
      if (!op || names.length === 0 || !flags.every((f) => /^-f(o(r(c(e)?)?)?)?$/.test(f))) return null;
      return { op, names, force: flags.length > 0 };
    };
    const stopped: string[] = [];
    const renames: Node[] = [];
    for (const [k, { node, w }] of steps.entries()) {
      if (/^(start-sleep|sleep)$/.test(w[0]!)) continue;
      const s = services(w);
      if (s) {
        if (!s.names.every((n) => UPDATE_SERVICE.test(n)) || (s.force && !s.names.every((n) => /^(wuauserv|bits)$/.test(n)))) return;
        if (s.op === 'stop') {
          if (!s.names.every((n) => steps.slice(k + 1).some((t) => services(t.w)?.op === 'start' && services(t.w)!.names.includes(n)))) return;
          stopped.push(...s.names);
        }
        continue;
      }
      if (!/^(rename-item|rni|ren)$/.test(w[0]!) || stopped.length === 0) return;
      const rest = w.slice(1).filter((x) => !/^-f(o(r(c(e)?)?)?)?$/.test(x));
      const path = rest[0] === '-path' || rest[0] === '-literalpath' ? rest[1] : rest[0];
      const name = rest[rest.length - 2] === '-newname' ? rest[rest.length - 1] : rest.length === 2 && !rest[0]!.startsWith('-') ? rest[1] : undefined;
      const folder = path ? resolvePath(path, this.scope)?.toLowerCase().replace(/\\+$/, '') : undefined;
      if (!folder || !name || !UPDATE_CACHE.test(folder) || !/^[^\\/:*?"<>|]+$/.test(name) || name === folder.split('\\').pop()) return;
      renames.push(node);
    }
    if (renames.length === 0) return;
    for (const { node, w } of steps) {
      if (services(w)?.op === 'stop') {
        const marks = (this.env.restarted ??= new WeakMap()).get(node.tree) ?? new Set<number>();
        this.env.restarted.set(node.tree, marks.add(node.startIndex));
      }
    }
    for (const node of renames) this.keepAside(node, 'update_cache_renamed');
  }

  /**
   * A command's words when every one is fixed in the input (plain tokens, parameters, `'…'`), the program lower case
   * without `.exe`; `Remove-Item` of one registry provider path (`HKCU:\Software\X`, `Registry::HKEY_…`) with only
   * `-Recurse`, `-Force` and `-Confirm:$false` is read as `reg delete KEY /f`. Null otherwise.
   */
  fixedArgv(cmd: Node): string[] | null {
    const name = cmd.childForFieldName('command_name');
    if (name?.type !== 'command_name') return null;
    const out = [name.text.toLowerCase().replace(/\.exe$/, '')];
    for (const el of cmd.childForFieldName('command_elements')?.namedChildren ?? []) {
      if (!el || el.type === 'command_argument_sep') continue;
      if (el.type === 'command_parameter') out.push(this.parameterText(el));
      else if (el.type === 'variable' && /^\$(true|false)$/i.test(el.text) && /:$/.test(out[out.length - 1] ?? '')) out[out.length - 1] += el.text;
      else if (el.type === 'generic_token' && !/[$`@]/.test(el.text)) out.push(el.text);
      else if (quotedLiteral(el) !== null) out.push(quotedLiteral(el)!);
      else return null;
    }
    if (!/^(remove-item|ri|rm|del|erase|rd|rmdir)$/.test(out[0]!)) return out;
    const paths = out.slice(1).filter((w) => !w.startsWith('-'));
    const flags = out.slice(1).filter((w) => w.startsWith('-'));
    const key = paths.length === 1 ? REGISTRY_PROVIDER_PATH.exec(paths[0]!) : null;
    if (!key || !flags.every((f) => /^-(r(e(c(u(r(s(e)?)?)?)?)?)?|f(o(r(c(e)?)?)?)?|confirm:\$false|path|literalpath|lp)$/i.test(f))) return out;
    return ['reg', 'delete', `${key[1] ?? key[2]}\\${key[3]}`, '/f'];
  }

  children(node: Node, input: PipeInput | null): void {
    for (const c of node.namedChildren) if (c) this.visit(c, input);
  }

  /** `[Type]::Method(…)` and `$x.Method(…)`: .NET calls that delete, write, run or download are not followed. */
  dotnetCall(node: Node): void {
    const member = node.namedChildren.filter((c) => c?.type === 'member_name').pop()?.text ?? '';
    const type = node.namedChildren.find((c) => c?.type === 'type_literal')?.text.toLowerCase() ?? '';
    const m = member.toLowerCase();
    const safeStatic = /^\[(system\.)?(io\.path|convert|math|string|datetime|timespan|guid|text\.encoding|environment|int\d*|char|regex|uri|version|bitconverter|diagnostics\.stopwatch)\]/.test(type) && !/^(exit|failfast|setenvironmentvariable)$/.test(m);
    const safeRead = (/^\[(system\.)?io\.(file|directory)\]/.test(type) && /^(exists|readall\w*|getfiles|getdirectories|enumerate\w*|getlastwritetime\w*|getattributes)$/.test(m)) || DOTNET_READS.some(([t, r]) => t.test(type) && r.test(m));
    // Verbs lead COM and .NET method names (`FileSystemObject.DeleteFolder`, `WScript.Shell.Run`, `Process.Kill`).
    const risky = /^(delete\w*|remove\w*|move\w*|copy\w*|writeall\w*|appendall\w*|create\w*|kill\w*|terminate\w*|start|run|exec|shellexecute\w*|invoke\w*|execute\w*|download\w*|upload\w*|format|clear|drop\w*|truncate|setaccesscontrol|encrypt|decrypt|open\w*|replace)$/.test(m);
    // EventLogSession.ClearLog(NAME[, BACKUP]) (System.Diagnostics.Eventing.Reader): every event of that log deleted, as
    // `wevtutil cl`; with a backup path the events are kept in that file first.
    if (m === 'clearlog') {
      const args = node.namedChildren.find((c) => c?.type === 'argument_list')?.text ?? '';
      if (/,/.test(args)) this.env.b.verb('write');
      else this.env.b.verb('delete').destroy('event_log_clear', `\`.ClearLog()\` deletes every event of the log`, this.span(node));
      return;
    }
    if (/^\[(system\.)?environment\]$/.test(type) && m === 'setenvironmentvariable') return this.setEnvironmentVariable(node);
    if (this.fileCall(node, type, m)) return;
    if (m === 'delete' && !type && this.itemDelete(node)) return;
    if ((m === 'deletesubkeytree' || m === 'deletesubkey') && this.registryKeyDelete(node, m)) return;
    if ((m === 'stop' || m === 'pause') && this.serviceMethod(node, m)) return;
    if (m === 'downloadfile' && this.webClientDownload(node)) return;
    if (type && !safeStatic && !safeRead) this.env.b.opaque('powershell_dotnet_call', `\`${type}::${member}\` is a .NET call we do not follow`, this.span(node));
    else if (!type && risky && !/^(replace)$/.test(m)) this.env.b.opaque('powershell_method_call', `\`.${member}()\` may delete, write, run or download something we cannot see`, this.span(node));
    else if (type && risky && !safeRead) this.env.b.opaque('powershell_dotnet_call', `\`${type}::${member}\` is a .NET call we do not follow`, this.span(node));
  }

  /**
   * Round 26 (k26w): `ForEach-Object { $_.Delete() }` on what a stage before sends: FileInfo.Delete() deletes the file and
   * DirectoryInfo.Delete() (no argument) only an empty folder (.NET reference; a folder with anything in it throws), so it
   * is `Remove-Item $_` without `-Recurse`, judged on the same items. `.Delete($true)`, another object, or no item stay opaque.
   */
  itemDelete(node: Node): boolean {
    if (this.item === null || !/^\$(_|psitem)\s*\.\s*delete\s*\(\s*\)$/i.test(node.text)) return false;
    const span = this.span(node);
    const words = [this.word(node, 'Remove-Item'), { ...this.word(node, null), text: '$_' }];
    const inv = makeWindowsInvocation('powershell', words, [], null, span, this.scope, this.env);
    setPipeInput(inv, null, (block, item) => this.runBlock(block, item), this.item);
    dispatchWindows(inv, 'powershell');
    return true;
  }

  /**
   * `(New-Object System.Net.WebClient).DownloadFile(URL, PATH)` and `[System.Net.WebClient]::new().DownloadFile(…)` (.NET
   * WebClient) write the download to PATH, as `Invoke-WebRequest URL -OutFile PATH`: judged as that cmdlet when both are
   * fixed in the input. A client held in a variable, or a path not fixed, stays opaque.
   */
  webClientDownload(node: Node): boolean {
    if (!/^(\(\s*new-object\s+(-typename\s+)?(system\.)?net\.webclient\s*\)|\[(system\.)?net\.webclient\]\s*::\s*new\s*\(\s*\))\s*\.\s*downloadfile\s*\(/i.test(node.text)) return false;
    const args = node.namedChildren.find((c) => c?.type === 'argument_list')?.descendantsOfType('argument_expression').filter((a) => a.parent?.type === 'argument_expression_list') ?? [];
    const [url, file] = args.map((a) => this.evaluate(a).values).map((v) => (v.length === 1 ? (v[0] ?? null) : null));
    if (args.length !== 2 || !url || !file) return false;
    const inv = makeWindowsInvocation('powershell', ['Invoke-WebRequest', '-Uri', url, '-OutFile', file].map((v) => this.word(node, v)), [], null, this.span(node), this.scope, this.env);
    dispatchWindows(inv, 'powershell');
    return true;
  }

  /**
   * `(Get-Service -Name S).Stop()`, `[System.ServiceProcess.ServiceController]::new('S').Stop()` and `.Pause()` (.NET
   * ServiceController): the service S stops, as `Stop-Service S` (judged as that cmdlet, a test's own service included).
   * When S is not fixed the stop is an outage of a service we cannot name. Other objects' `.Stop()` (a Stopwatch, a timer)
   * are not services and return false.
   */
  serviceMethod(node: Node, m: string): boolean {
    const text = node.text;
    // `$svc = Get-Service S; …; $svc.Stop()`: a variable this input filled from Get-Service or a ServiceController. Round 44
    // (ps44): in braces too (`${svc}.Stop()`, what `${svc}?.Stop()` reads as), and one item of it (`$svc[0].Stop()`).
    const variable = /^\$\{?([A-Za-z_]\w*)\}?(?:\[\d+\])?\s*\.\s*(stop|pause)\s*\(\s*\)$/i.exec(text)?.[1];
    if (variable && new RegExp(`\\$${variable}\\s*=\\s*(\\(\\s*)?(get-service|gsv\\b|\\[(system\\.serviceprocess\\.)?servicecontroller\\])`, 'i').test(this.env.source)) {
      this.env.b.verb('write').destroy('service_outage', `\`$${variable}.${m === 'stop' ? 'Stop' : 'Pause'}()\` stops the service \`$${variable}\` holds`, this.span(node));
      return true;
    }
    if (!/\b(get-service|gsv)\b|servicecontroller\]/i.test(text)) return false;
    const named = /^\(\s*(?:get-service|gsv)\s+(?:-name\s+)?(?:'([^'*?]+)'|"([^"$`*?]+)"|([A-Za-z0-9_.-]+))\s*\)\s*\.\s*(stop|pause)\s*\(\s*\)$/i.exec(text)
      ?? /^\[(?:system\.serviceprocess\.)?servicecontroller\]\s*::\s*new\s*\(\s*(?:'([^'*?]+)'|"([^"$`*?]+)")\s*\)\s*\.\s*(stop|pause)\s*\(\s*\)$/i.exec(text);
    const name = named ? (named[1] ?? named[2] ?? named[3] ?? null) : null;
    if (name === null) {
      this.env.b.verb('write').destroy('service_outage', `\`.${m === 'stop' ? 'Stop' : 'Pause'}()\` of a service object stops a service not named in the input`, this.span(node));
      return true;
    }
    const inv = makeWindowsInvocation('powershell', [m === 'stop' ? 'Stop-Service' : 'Suspend-Service', '-Name', name].map((v) => this.word(node, v)), [], null, this.span(node), this.scope, this.env);
    dispatchWindows(inv, 'powershell');
    return true;
  }

  /**
   * `[Microsoft.Win32.Registry]::CurrentUser.DeleteSubKeyTree('Software\\Acme\\Cache'[, $false])` (.NET reference) deletes
   * the key and every subkey, as `Remove-Item HKCU:\\Software\\Acme\\Cache -Recurse` does (`LocalMachine`: HKLM);
   * `DeleteSubKey` deletes a key with no subkeys, as `Remove-Item` without `-Recurse`. Judged as those; a key not fixed in
   * the input, or a hive opened some other way, keeps the call opaque.
   */
  registryKeyDelete(node: Node, m: string): boolean {
    const k = /^\[(?:microsoft\.win32\.)?registry\]\s*::\s*(currentuser|localmachine)\s*\.\s*deletesubkey(?:tree)?\s*\(\s*(?:'([^']+)'|"([^"$`]+)")\s*(?:,\s*\$(?:true|false)\s*)?\)$/i.exec(node.text.trim());
    const sub = k ? (k[2] ?? k[3]!) : null;
    if (!k || sub === null || /[*?]|(^|\\)\.\.(\\|$)/.test(sub)) return false;
    const cmd = ['Remove-Item', '-LiteralPath', `${/^currentuser$/i.test(k[1]!) ? 'HKCU' : 'HKLM'}:\\${sub.replace(/^\\+/, '')}`, ...(m === 'deletesubkeytree' ? ['-Recurse'] : [])];
    const inv = makeWindowsInvocation('powershell', cmd.map((v) => this.word(node, v)), [], null, this.span(node), this.scope, this.env);
    dispatchWindows(inv, 'powershell');
    return true;
  }

  /**
   * `[System.IO.File]::Delete(P)`, `[IO.Directory]::Delete(P, $true)`, `File.Copy|Move(A, B)`, `File.WriteAll*|Create(P, …)`,
   * `File.AppendAll*(P, …)`, `Directory.CreateDirectory(P)`, `ZipFile.ExtractToDirectory|CreateFromDirectory` (.NET
   * reference) do what `Remove-Item`, `Copy-Item`, `Move-Item`, `Set-Content`, `Add-Content`, `New-Item -ItemType Directory`,
   * `Expand-Archive` and `Compress-Archive` do to the same literal paths: when every path
   * is fixed in the input they are judged as those cmdlets are (temp, build output, the home, system paths). `Copy` is
   * judged as an overwrite whatever its third argument; `Directory.Delete` recurses unless its second argument is `$false`.
   * Returns false (the call stays opaque) when a path is not fixed.
   */
  fileCall(node: Node, type: string, m: string): boolean {
    const kind = /^\[(system\.)?io\.file\]$/.test(type) ? 'file' : /^\[(system\.)?io\.directory\]$/.test(type) ? 'directory' : /^\[(system\.)?io\.compression\.zipfile\]$/.test(type) ? 'zip' : null;
    if (!kind) return false;
    const args = node.namedChildren.find((c) => c?.type === 'argument_list')?.descendantsOfType('argument_expression').filter((a) => a.parent?.type === 'argument_expression_list') ?? [];
    const values = args.map((a) => this.evaluate(a).values);
    const path = (i: number): string | null => (values[i]?.length === 1 ? (values[i]![0] ?? null) : null);
    let cmd: (string | null)[] | null = null;
    if (m === 'delete' && args.length >= 1) {
      const recurse = kind === 'directory' && !/^\$false$/i.test(args[1]?.text.trim() ?? '$true');
      cmd = ['Remove-Item', '-LiteralPath', path(0), ...(recurse ? ['-Recurse'] : [])];
    } else if ((m === 'copy' || m === 'move') && kind === 'file' && args.length >= 2) cmd = [m === 'copy' ? 'Copy-Item' : 'Move-Item', '-LiteralPath', path(0), '-Destination', path(1)];
    else if (m === 'move' && kind === 'directory' && args.length === 2) cmd = ['Move-Item', '-LiteralPath', path(0), '-Destination', path(1)];
    else if (kind === 'file' && /^(writealltext|writeallbytes|writealllines|create)$/.test(m) && args.length >= 1) cmd = ['Set-Content', '-LiteralPath', path(0), '-Value', 'x'];
    else if (kind === 'file' && /^(appendalltext|appendalllines)$/.test(m) && args.length >= 1) cmd = ['Add-Content', '-LiteralPath', path(0), '-Value', 'x'];
    else if (kind === 'directory' && m === 'createdirectory' && args.length === 1) cmd = ['New-Item', '-ItemType', 'Directory', '-Path', path(0)];
    // ZipFile.ExtractToDirectory(ZIP, DIR[, overwrite]) is Expand-Archive (-Force when it overwrites); CreateFromDirectory
    // (DIR, ZIP) is Compress-Archive, which fails as it does when ZIP exists.
    else if (kind === 'zip' && m === 'extracttodirectory' && args.length >= 2) cmd = ['Expand-Archive', '-LiteralPath', path(0), '-DestinationPath', path(1), ...(args.length > 2 && !/^\$false$/i.test(args[2]!.text.trim()) ? ['-Force'] : [])];
    else if (kind === 'zip' && m === 'createfromdirectory' && args.length >= 2) cmd = ['Compress-Archive', '-LiteralPath', path(0), '-DestinationPath', path(1)];
    // SECURITY: a path not fixed in the input keeps the call opaque.
    if (!cmd || cmd.some((v) => v === null || v === '')) return false;
    const span = this.span(node);
    const words = cmd.map((v) => this.word(node, v));
    const inv = makeWindowsInvocation('powershell', words, [], null, span, this.scope, this.env);
    dispatchWindows(inv, 'powershell');
    return true;
  }

  /**
   * `[Environment]::SetEnvironmentVariable(NAME, VALUE[, TARGET])` (.NET reference): without a target, or `Process`, only
   * this session changes; `User` and `Machine` store it for good, as `setx` does. A stored PATH whose value is not built
   * on the stored one (`$p;C:\\x` with `$p = [Environment]::GetEnvironmentVariable('Path', …)`, or `$env:Path`) replaces
   * every entry it does not repeat; `$null` deletes it. Other variables are settings that can be set again.
   */
  setEnvironmentVariable(node: Node): void {
    const b = this.env.b;
    const args = node.namedChildren.find((c) => c?.type === 'argument_list')?.descendantsOfType('argument_expression').filter((a) => a.parent?.type === 'argument_expression_list') ?? [];
    const [name, value, target] = args.map((a) => this.evaluate(a).values[0] ?? null);
    const targetText = args[2]?.text ?? '';
    b.verb('write');
    if (name === null || name === undefined) {
      b.opaque('powershell_dotnet_call', '`[Environment]::SetEnvironmentVariable` of a name not fixed in the input', this.span(node));
      return;
    }
    const stored = args.length >= 3 && !/process/i.test(target ?? targetText);
    // SECURITY (D8): this session's PATH, as `$env:PATH = …` sets it
    if (!stored && /^path$/i.test(name)) this.scope.searchPath = powershellSearchPath(args[1] ? pathExpressionText(args[1].text, this.scope) : null, this.scope.workspace?.startsWith('/') ?? false);
    const raw = args[1]?.text.trim() ?? '';
    // The lead's answer 241: another stored search list deleted (`PSModulePath`, `PYTHONPATH`) loses every entry as PATH does.
    if (stored && SEARCH_LIST_VARIABLE.test(name) && !/^path$/i.test(name) && (value === '' || /^\$null$/i.test(raw))) b.destroy('env_path_replaced', `\`SetEnvironmentVariable('${name}', $null)\` deletes a stored search list`, this.span(node));
    if (!stored || !/^path$/i.test(name)) return;
    const kept = storedPathText(raw, this.env.source);
    const text = pathExpressionText(kept, this.scope);
    const hijack = text?.includes(OLD_SEARCH_PATH) ? storedPathHijack(text.replaceAll(OLD_SEARCH_PATH, '%PATH%')) : null;
    if (value === '' || /^\$null$/i.test(raw)) b.destroy('env_path_replaced', '`SetEnvironmentVariable(\'Path\', $null)` deletes the stored PATH', this.span(node));
    else if (hijack !== null) b.destroy('startup_path_hijack', `\`SetEnvironmentVariable('Path', …)\` puts \`${hijack}\` in front of every later session's commands: a folder the current folder, a download or any program can fill (the lead's answer 184)`, this.span(node));
    else if (text?.includes(OLD_SEARCH_PATH) || builtOnStoredPath(kept, this.env.source)) return;
    else if (value === null) b.opaque('powershell_dotnet_call', '`SetEnvironmentVariable(\'Path\', …)` stores a PATH not fixed in the input', this.span(node));
    else b.destroy('env_path_replaced', '`SetEnvironmentVariable(\'Path\', …)` replaces the stored PATH with this value only', this.span(node));
  }

  /**
   * `if (-not (Test-Path F)) { … }`, `if (!(Test-Path F)) { … }`: the block runs only when F does not exist, so a write of
   * F in it creates F and replaces nothing (as cmd's `if not exist F …` and bash's `[ -e F ] || …`). `elseif` and `else`
   * blocks run when it does exist: they are judged as usual.
   */
  /**
   * Round 44 (ps44, about_If): a branch runs or not, so a variable one may set holds, after the `if`, either the value it
   * had or the branch's (`$d = 'C:\\Windows'; if ($clean) { $d = '.\\tmp' }; Remove-Item $d -Recurse`, or two branches
   * that disagree): it is not one fixed value any more (fail closed), where before the last branch's value was read as
   * the only one. A variable no branch touches keeps its value.
   */
  ifStatement(node: Node, input: PipeInput | null): void {
    this.mayRunOrNot(() => this.ifBranches(node, input));
  }

  /**
   * A block that may run or not, or run many times, each time with other values: an `if`'s branches, a `switch`'s
   * clauses, a loop's body (`foreach` over an empty list runs it never), a `try` left at its first error, a `trap`. A
   * variable it sets holds, after it, either the value it had or one the block gave: not one fixed value any more (fail
   * closed: `$d = 'C:\Windows'; switch ($x) { 'a' { $d = '.\tmp' } }; Remove-Item $d -Recurse` deletes C:\Windows when
   * no clause matches). Round 44: ps44 built it for `if`; the lead's review found the same fail-open in the other blocks.
   */
  mayRunOrNot(run: () => void): void {
    const before = new Map(this.scope.vars);
    const lists = new Map(this.lists);
    run();
    for (const [name, value] of this.scope.vars) {
      if (!before.has(name) || before.get(name) !== value) this.scope.vars.set(name, null);
    }
    for (const [name, values] of this.lists) {
      if (lists.get(name) !== values) this.lists.delete(name);
    }
  }

  ifBranches(node: Node, input: PipeInput | null): void {
    const kids = node.namedChildren.filter((c): c is Node => c !== null);
    const [condition, block] = kids;
    const m = condition?.type === 'pipeline' ? /^(?:-not\s*|!\s*)\(\s*Test-Path\s+(?:-(?:Path|LiteralPath)\s+)?('[^']+'|"[^"`]+"|[^\s'"`()]+)\s*\)$/i.exec(condition.text.trim()) : null;
    const absent = m ? testedPath(m[1]!, this.scope) : null;
    if (!absent || block?.type !== 'statement_block') return this.children(node, input);
    this.visit(condition!, null);
    const saved = this.scope.absent;
    this.scope.absent = new Set([...(saved ?? []), absent]);
    this.visit(block, null);
    this.scope.absent = saved;
    for (const rest of kids.slice(2)) this.visit(rest, null);
  }

  foreach(node: Node): void {
    const variable = node.namedChildren.find((c) => c?.type === 'variable');
    const list = node.namedChildren.find((c) => c?.type === 'pipeline');
    const body = node.namedChildren.find((c) => c?.type === 'statement_block');
    if (list) this.visit(list, null);
    if (!body) return;
    const values = list ? this.evaluate(list).values : [null];
    const runs = values.length === 0 || values.length > LIST_VARIABLE_MAX ? [null] : values;
    // Round 37 (pw37): the loop deletes every folder of its list, so a build-output pair among them (`foreach ($d in
    // 'bin','obj')`) is the pair answer 121 names, as `Remove-Item bin, obj` is (filesystem.ts buildOutputPairs).
    const outside = this.scope.buildOutput;
    const pairs = runs.every((v) => v !== null) ? buildOutputPairs(runs.map((v) => powershellPathSlashes(v!, this.scope)), this.scope) : new Set<string>();
    if (pairs.size > 0) this.scope.buildOutput = new Set([...(outside ?? []), ...pairs]);
    const outerLoop = this.loop;
    if (variable && runs.every((v) => v !== null) && !setsLoopVariable(body.text, [`$${variable.text.slice(1).toLowerCase()}`])) this.loop = { vars: [`$${variable.text.slice(1).toLowerCase()}`], values: runs as string[] };
    for (const v of runs) {
      if (variable) this.scope.vars.set(`$${variable.text.slice(1).toLowerCase()}`, v);
      this.visit(body, null);
    }
    this.loop = outerLoop;
    this.scope.buildOutput = outside;
  }

  pipeline(node: Node): void {
    const assign = node.namedChildren.find((c) => c?.type === 'assignment_expression');
    if (assign) return this.assignment(assign);
    for (const chain of node.namedChildren) {
      if (!chain) continue;
      if (chain.type !== 'pipeline_chain') {
        this.visit(chain, null);
        continue;
      }
      let input: PipeInput | null = null;
      for (const stage of chain.namedChildren) {
        if (!stage) continue;
        if (stage.type === 'command') input = this.command(stage, input);
        else if (stage.type === 'redirections') {
          // `'' > FILE`, `$x > FILE`: an expression's output written to a file (an empty string empties it, like `: > f`).
          const list = stage.namedChildren.filter((c): c is Node => c?.type === 'redirection').map((c) => this.redirection(c)).filter((r): r is Redirect => r !== null);
          const empty = input?.kind === 'values' && input.values.length > 0 && input.values.every((v) => v === '');
          if (list.length > 0) {
            const inv = makeWindowsInvocation('powershell', empty ? [] : [literalWord('write-output', stage.startIndex, stage.startIndex)], list, null, this.span(stage), this.scope, this.env);
            redirects(inv, list);
            storeRedirected(inv, list, input);
          }
          input = null;
        } else {
          this.children(stage, null);
          input = { kind: 'values', values: this.evaluate(stage).values };
        }
      }
    }
  }

  assignment(node: Node): void {
    const left = node.namedChildren.find((c) => c?.type === 'left_assignment_expression');
    const value = node.childForFieldName('value');
    let v: string | null = null;
    if (value) {
      this.visit(value, null);
      // A command's output is known only for the few commandValue reads (`$cache = Join-Path $env:LOCALAPPDATA 'go-build'`).
      const vals = this.evaluate(value).values;
      v = vals.length === 1 ? vals[0]! : null;
    }
    const name = left?.descendantsOfType('variable')[0]?.text;
    if (!name || left!.descendantsOfType('variable').length !== 1 || left!.text.trim() !== name) return;
    const lower = name.slice(1).toLowerCase();
    this.recordSplat(lower, value);
    if (/^\{?env:path\}?$/.test(lower)) {
      // SECURITY (D8): a bare name after this runs whatever the new PATH finds first (dispatchWindows reads both ways).
      const op = node.children.find((c) => c !== null && /^[-+*/%]?=$/.test(c.text))?.text ?? '=';
      const added = value ? pathExpressionText(value.text, this.scope) : null;
      this.scope.searchPath = powershellSearchPath(op === '=' ? added : op === '+=' && added !== null ? OLD_SEARCH_PATH + added : null, this.scope.workspace?.startsWith('/') ?? false);
    }
    // The lead's answer 387.4 (round 37): `$x += 'more'` (or `-=`, `*=` …) adds to what was there, which the walker does
    // not keep with the value: the variable is not fixed after it (fail closed), never read as the right side alone.
    const assignOp = node.children.find((c) => c !== null && /^[-+*/%]?=$/.test(c.text))?.text ?? '=';
    if (assignOp !== '=') v = null;
    if (lower.startsWith('env:')) this.scope.vars.set(name.slice(5).toUpperCase(), v);
    else this.scope.vars.set(`$${lower}`, v);
    // A fixed list assigned with `=` (not `+=`, which adds to what was there): kept for later reads of the variable.
    const values = value && assignOp === '=' && !lower.startsWith('env:') ? this.evaluate(value).values : [];
    if (values.length > 1 && values.length <= LIST_VARIABLE_MAX && values.every((x) => x !== null)) this.lists.set(listVariableName(name), values);
    else this.lists.delete(listVariableName(name));
  }

  /**
   * `$p = @{ Key = value; … }` (about_Splatting): the entries a later `Command @p` binds as `-Key value`. Only a variable
   * assigned once from one literal and named nowhere else in the input is kept: any other mention (`$p.Path = …`,
   * `$p.Add(…)`, `$p['Force'] = …`, `Set-Variable p`) may change the table, so the splat stays unknown.
   */
  recordSplat(name: string, value: Node | null): void {
    this.scope.splats ??= new Map();
    this.scope.splats.delete(name);
    const table = value && singleHashLiteral(value);
    if (!table) return;
    const mentions = this.env.source.match(new RegExp(`(?<![\\w-])${name.replace(/[^\w]/g, '')}(?![\\w-])`, 'gi'))?.length ?? 0;
    const uses = this.env.source.match(new RegExp(`@${name.replace(/[^\w]/g, '')}(?![\\w-])`, 'gi'))?.length ?? 0;
    if (mentions !== uses + 1) return;
    const entries: Array<{ key: string; value: string | null; switch?: boolean }> = [];
    for (const entry of table.descendantsOfType('hash_entry')) {
      if (entry.parent?.parent?.id !== table.id) continue;
      const key = entry.namedChildren.find((c) => c?.type === 'key_expression');
      const v = entry.namedChildren.find((c) => c?.type === 'pipeline');
      const keyText = key ? this.evaluate(key.namedChildren[0] ?? key).values : [null];
      const k = keyText.length === 1 && keyText[0] ? keyText[0] : key?.text ?? null;
      if (!k || !/^[A-Za-z_][\w]*$/.test(k)) return;
      const raw = v?.text.trim().toLowerCase() ?? '';
      if (raw === '$true' || raw === '$false') {
        entries.push({ key: k, value: null, switch: raw === '$true' });
        continue;
      }
      const vals = v && v.descendantsOfType('command').length === 0 ? this.evaluate(v).values : [null];
      entries.push({ key: k, value: vals.length === 1 ? vals[0]! : null });
    }
    this.scope.splats.set(name, entries);
  }

  /** The words `@p` binds: `-Key value`, a switch for `$true`, `-Key:False` for `$false`; null when `@p` is unknown. */
  splatWords(el: Node): Word[] | null {
    const m = /^@([A-Za-z_]\w*)$/.exec(el.text.trim());
    const entries = m ? this.scope.splats?.get(m[1]!.toLowerCase()) : undefined;
    if (!entries) return null;
    return entries.flatMap((e) => (e.switch === true ? [this.word(el, `-${e.key}`)] : e.switch === false ? [this.word(el, `-${e.key}:False`)] : [this.word(el, `-${e.key}`), this.word(el, e.value)]));
  }

  /** The value(s) of an expression, as far as they are fixed in the input. */
  evaluate(node: Node): Value {
    switch (node.type) {
      case 'string_literal':
        return node.namedChildren[0] ? this.evaluate(node.namedChildren[0]) : one(null);
      case 'expandable_string_literal':
        return one(expandText(node.text.slice(1, -1).replace(/""/g, '"'), this.scope, true));
      case 'verbatim_string_characters':
        return one(node.text.slice(1, -1).replace(/''/g, "'"));
      case 'expandable_here_string_literal':
        return one(expandText(node.text.replace(/^@"\r?\n?/, '').replace(/\r?\n?"@$/, ''), this.scope, true));
      case 'verbatim_here_string_characters':
        return one(node.text.replace(/^@'\r?\n?/, '').replace(/\r?\n?'@$/, ''));
      case 'variable': {
        const value = lookupVariable(node.text, this.scope);
        const list = value === null ? this.lists.get(listVariableName(node.text)) : undefined;
        return list ? { values: [...list] } : one(value);
      }
      case 'member_access': {
        // `$PROFILE.CurrentUserAllHosts`: the profile paths are the only members read.
        const kids = node.namedChildren.filter((c): c is Node => c !== null);
        const object = kids[0]?.type === 'variable' ? kids[0].text.replace(/^\$/, '').toLowerCase().replace(/^(global|script|local):/, '') : '';
        const member = kids[1]?.type === 'member_name' && kids.length === 2 ? kids[1].text : '';
        return one(object === 'profile' ? profileMember(member, this.scope) : null);
      }
      case 'decimal_integer_literal':
      case 'integer_literal':
      case 'real_literal':
      case 'hexadecimal_integer_literal':
        return one(node.text);
      case 'generic_token':
      case 'command_name':
        return one(expandText(node.text, this.scope, false));
      case 'script_block_expression':
        return { values: [null], block: node.namedChildren.find((c) => c?.type === 'script_block') ?? node };
      case 'invokation_expression': {
        // `[System.IO.Path]::GetTempPath()` is `$env:TEMP`; `[IO.Path]::Combine(A, B, …)` joins fixed parts with `\`.
        const type = node.namedChildren.find((c) => c?.type === 'type_literal')?.text.toLowerCase() ?? '';
        const member = node.namedChildren.filter((c) => c?.type === 'member_name').pop()?.text.toLowerCase() ?? '';
        if (!/^\[(system\.)?io\.path\]$/.test(type)) return one(null);
        const args = node.namedChildren.find((c) => c?.type === 'argument_list')?.descendantsOfType('argument_expression').filter((a) => a.parent?.type === 'argument_expression_list') ?? [];
        if ((member === 'gettemppath' || member === 'gettempfilename') && args.length === 0) {
          // GetTempFileName() creates a new empty file `tmpXXXX.tmp` in the temp folder and returns its path.
          const temp = lookupVariable('$env:TEMP', this.scope);
          return one(temp === null ? null : `${temp.replace(/[\\/]+$/, '')}\\${member === 'gettempfilename' ? 'tmp0000.tmp' : ''}`);
        }
        if (member !== 'combine' || args.length < 2) return one(null);
        const parts = args.map((a) => this.evaluate(a).values);
        if (parts.some((v) => v.length !== 1 || v[0] === null || v[0] === undefined || v[0] === '')) return one(null);
        // A rooted later part replaces what came before it (.NET's Path.Combine).
        return one(parts.map((v) => v[0]!).reduce((acc, part) => (/^([A-Za-z]:|[\\/])/.test(part) ? part : `${acc.replace(/[\\/]+$/, '')}\\${part}`)));
      }
      case 'array_literal_expression': {
        const parts = node.namedChildren.filter((c): c is Node => c !== null).map((c) => this.evaluate(c));
        if (parts.length === 1) return parts[0]!;
        return { values: parts.flatMap((p) => p.values) };
      }
      case 'additive_expression': {
        const kids = node.namedChildren.filter((c): c is Node => c !== null);
        // A lone operand (a pipeline stage `'x' | …` is wrapped in every expression level) is its own value.
        if (kids.length === 1) return this.evaluate(kids[0]!);
        const op = node.children.find((c) => c && !c.isNamed)?.text;
        if (op !== '+' || kids.length !== 2) return one(null);
        const [a, b] = kids.map((k) => this.evaluate(k));
        const x = a!.values.length === 1 ? a!.values[0] : null;
        const y = b!.values.length === 1 ? b!.values[0] : null;
        return one(x === null || x === undefined || y === null || y === undefined ? null : x + y);
      }
      case 'parenthesized_expression':
      case 'sub_expression':
      case 'array_expression':
      case 'pipeline':
      case 'pipeline_chain':
      case 'statement_list': {
        const kids = node.namedChildren.filter((c): c is Node => c !== null);
        if (kids.length === 1) {
          const k = kids[0]!;
          if (k.type === 'command') return this.commandValue(k);
          return this.evaluate(k);
        }
        if (node.type === 'pipeline_chain' && kids.every((k) => k.type === 'command') && kids.length > 1) return one(null);
        return one(null);
      }
      case 'expression_with_unary_operator': {
        // `-SetSCL -1`: a minus before a number is part of its value, not a sign to drop.
        const kids = node.namedChildren.filter((c): c is Node => c !== null);
        const inner = kids.length === 1 ? this.evaluate(kids[0]!) : one(null);
        if (!/^-\d/.test(node.text.trim())) return inner;
        const v = inner.values.length === 1 ? inner.values[0] : null;
        return one(v === null || v === undefined || !/^\d/.test(v) ? null : `-${v}`);
      }
      default: {
        const kids = node.namedChildren.filter((c): c is Node => c !== null);
        if (kids.length === 1 && /expression$|^unary_|^range_|^format_|^multiplicative_|^comparison_|^bitwise_|^logical_|^argument_expression|^cast_/.test(node.type)) return this.evaluate(kids[0]!);
        return one(null);
      }
    }
  }

  /** What a command prints, when that is fixed (`Join-Path A B`, `Write-Output X`); else unknown. */
  commandValue(node: Node): Value {
    const words = this.words(node).words;
    const name = words[0]?.value?.toLowerCase();
    const args = words.slice(1).filter((w) => !/^-/.test(w.value ?? '-'));
    if ((name === 'join-path') && args.length >= 2 && args.every((a) => a.value !== null)) return one(args.map((a) => a.value!.replace(/[\\/]+$/, '')).join('\\'));
    if ((name === 'write-output' || name === 'echo') && args.every((a) => a.value !== null)) return { values: args.map((a) => a.value) };
    // Round 37 (pw37): `New-TemporaryFile` makes an empty `tmpXXXX.tmp` in the temp folder and returns it, as
    // [IO.Path]::GetTempFileName() does; `New-Item -Path P [-Name N]` returns the item it made, whose text is its path.
    if (name === 'new-temporaryfile' && words.length === 1) {
      const temp = lookupVariable('$env:TEMP', this.scope);
      return one(temp === null ? null : `${temp.replace(/[\\/]+$/, '')}\\tmp0000.tmp`);
    }
    if (name === 'new-item' || name === 'ni') return one(newItemPath(words.slice(1)));
    return one(null);
  }

  /** One `> FILE` / `>> FILE` (any stream); null for `> $null` and merges. */
  redirection(el: Node): Redirect | null {
    const op = el.namedChildren.find((c) => c?.type === 'file_redirection_operator' || c?.type === 'merging_redirection_operator')?.text ?? '>';
    const file = el.namedChildren.find((c) => c?.type === 'redirected_file_name');
    const target = file?.namedChildren.filter((c): c is Node => c !== null && c.type !== 'command_argument_sep')[0];
    if (!target || !/^\d?>>?$|^\*>>?$/.test(op.trim())) return null;
    const v = this.evaluate(target);
    const value = v.values.length === 1 ? v.values[0]! : null;
    if (value === '' || /^\$null$/i.test(target.text)) return null;
    return { op: op.trim().replace(/^[\d*]/, ''), target: this.word(target, value), span: this.span(el) };
  }

  /** A command's words (arguments split on separators; `-Name:` joined to its value) and redirects. */
  words(node: Node): { words: Word[]; redirects: Redirect[]; blocks: Node[] } {
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    const blocks: Node[] = [];
    const nameNode = node.childForFieldName('command_name');
    if (nameNode) {
      if (nameNode.type === 'command_name_expr') {
        const inner = nameNode.namedChildren[0];
        // `& .\eng\build-all.ps1`: after the call operator the grammar reads a path with a dash as a path name made of
        // tokens only (no variable, no subexpression); one below the working directory (`.\…`, no `..`) names the
        // repository's script as written, as without the `&` (round 17). Other paths stay unknown as before.
        if (inner?.type === 'path_command_name' && inner.namedChildren.every((c) => c?.type === 'path_command_name_token') && /^\.[\\/](?!.*(^|[\\/])\.\.([\\/]|$))/.test(inner.text)) {
          words.push(this.word(nameNode, expandText(inner.text, this.scope, false)));
        } else if (inner?.type === 'path_command_name' && inner.namedChildren[0]?.type === 'variable' && inner.namedChildren.every((c) => c?.type === 'variable' || c?.type === 'path_command_name_token')) {
          // Round 36 (pw36): `& $env:windir\system32\inetsrv\appcmd.exe list sites`, `. $PROFILE`: a path the grammar reads
          // as a variable joined to path tokens is the expandable word it is in argument mode (about_Parsing), the same
          // path as the quoted `& "$env:windir\…\appcmd.exe"` (`& $PROFILE.CurrentUserAllHosts`: the profile member); a
          // variable the input does not fix leaves it unknown.
          words.push(this.word(nameNode, fixedPathText(inner.text, this.scope)));
        } else {
          const v = inner ? this.evaluate(inner) : one(null);
          if (v.block) blocks.push(v.block);
          words.push(this.word(nameNode, v.block ? '{}' : (v.values.length === 1 ? v.values[0]! : null)));
        }
      } else words.push(this.word(nameNode, expandText(nameNode.text, this.scope, false)));
    }
    const elements = node.childForFieldName('command_elements');
    // Round 33 (w33): the provider cmdlets expand wildcards in `-Path` themselves, quoted or not (about_Wildcards:
    // `Remove-Item "C:\Temp\*"` removes what is in C:\Temp); only `-LiteralPath` takes the text as it is.
    const providerGlob = PROVIDER_PATH_CMDLETS.has((nameNode?.text ?? '').toLowerCase());
    let pending: { parts: Array<string | null>; first: Node; last: Node; glob: boolean; quotedGlob: boolean } | null = null;
    const flush = () => {
      if (!pending) return;
      const joined = pending.parts.some((p) => p === null) ? null : pending.parts.join('');
      const w = this.word(pending.first, joined, pending.last);
      const literal = /^-(literalpath|lp|pspath)$/i.test(words[words.length - 1]?.value ?? '');
      w.glob = (pending.glob && joined !== null && /[*?[]/.test(joined)) || (pending.quotedGlob && providerGlob && !literal && joined !== null && /[*?]/.test(joined) && !joined.startsWith('-'));
      words.push(w);
      pending = null;
    };
    for (const el of elements?.children ?? []) {
      if (!el) continue;
      if (el.type === 'command_argument_sep') {
        // `-Name:` and its value are one argument even with a space between them.
        const prev = pending as { parts: Array<string | null> } | null;
        // The grammar reads the colon of `-Name:value` as a separator.
        if (prev && el.text.trim() === ':' && prev.parts.length === 1 && /^-[\w-]+$/.test(prev.parts[0] ?? '')) {
          prev.parts[0] += ':';
          continue;
        }
        if (prev && prev.parts.length === 1 && /^-[\w-]+:$/.test(prev.parts[0] ?? '')) continue;
        flush();
        continue;
      }
      if (el.type === 'redirection') {
        flush();
        const r = this.redirection(el);
        if (r) redirects.push(r);
        continue;
      }
      if (el.type === 'comment') continue;
      const splat = this.splatWords(el);
      if (splat) {
        flush();
        words.push(...splat);
        continue;
      }
      const v = el.type === 'ERROR' || el.type === 'command_parameter' ? one(el.type === 'ERROR' ? expandText(el.text, this.scope, false) : this.parameterText(el)) : this.evaluate(el);
      if (v.block) blocks.push(v.block);
      // A script block (also one wrapped in an expression) is run by the command that takes it, with `$_` bound (runBlock).
      if (el.type !== 'command_parameter' && el.type !== 'generic_token' && el.type !== 'ERROR' && el.type !== 'script_block_expression' && !v.block) this.children(el, null);
      if (v.values.length > 1) {
        flush();
        // `"C:\Temp\*", "C:\Windows\Temp\*"`: a list of quoted paths, each expanded by the provider cmdlet as above.
        const listGlob = providerGlob && /^\s*["'][^"']*["'](\s*,\s*["'][^"']*["'])+\s*$/.test(el.text) && !/^-(literalpath|lp|pspath)$/i.test(words[words.length - 1]?.value ?? '');
        for (const x of v.values) {
          const w = this.word(el, x);
          w.glob = listGlob && x !== null && /[*?]/.test(x);
          words.push(w);
        }
        continue;
      }
      const value = v.block ? '{…}' : v.values[0] ?? null;
      const glob = el.type === 'generic_token' || el.type === 'ERROR';
      // One quoted string (`"C:\Temp\*"`, `'…'`), which the grammar wraps in an array of one.
      const quotedGlob = /^["'][^"']*["']$/.test(el.text) && el.descendantsOfType('string_literal').length === 1;
      if (pending) {
        (pending as { parts: Array<string | null> }).parts.push(value);
        (pending as { last: Node }).last = el;
        (pending as { glob: boolean }).glob ||= glob;
        (pending as { quotedGlob: boolean }).quotedGlob ||= quotedGlob;
      } else pending = { parts: [value], first: el, last: el, glob, quotedGlob };
    }
    flush();
    return { words, redirects, blocks };
  }

  word(node: Node, value: string | null, last: Node = node): Word {
    const span = this.span(node);
    return { text: nodeText(node, last), value, start: span.start, end: this.scope.depth === 0 ? this.spanStart + last.endIndex : span.end, glob: false };
  }

  /** One command in a pipeline; returns what it feeds the next stage. */
  command(node: Node, input: PipeInput | null, alias?: string): PipeInput {
    const { words, redirects, blocks } = this.words(node);
    if (alias !== undefined && words[0]) words[0] = { ...words[0], value: alias };
    const name = words[0]?.value ?? null;
    const lower = name?.toLowerCase() ?? '';
    const span = this.span(node);
    if (this.env.restarted?.get(node.tree)?.has(node.startIndex)) {
      this.env.b.finding('service_restarted', `\`${node.text}\` is started again later in the same script: a restart, judged as its start`, span);
      return { kind: 'unknown', producer: lower };
    }
    const kept = this.env.keptAside?.get(node.tree)?.get(node.startIndex);
    if (kept) {
      this.env.b.verb('write').finding(kept, kept === 'saved_first' ? `\`${node.text}\` runs only after the step before it saved what it discards (answer 218)` : `\`${node.text}\` keeps Windows Update's folder under a new name while its services restart (answer 218)`, span);
      return { kind: 'unknown', producer: lower };
    }
    if (name === null) {
      const made = words.length === 1 ? scriptBlockLiteral(words[0]?.text ?? '') : null;
      if (made !== null) {
        // Round 40 (pw40): `& ([scriptblock]::Create('TEXT'))` runs TEXT as `iex 'TEXT'` does: read as PowerShell.
        this.env.b.finding('shell_nested', '`[scriptblock]::Create` of a literal: analysed as PowerShell', span);
        runPowerShellSource(made, { ...this.scope, vars: new Map(this.scope.vars), depth: this.scope.depth + 1 }, this.env, null, span.start);
        return { kind: 'unknown', producer: 'a script block' };
      }
      this.env.b.opaque('shell_dynamic_command', `the command name \`${words[0]?.text ?? '?'}\` is not fixed in the input`, span);
      return { kind: 'unknown', producer: 'a dynamic command' };
    }
    // `& { … }` / `. { … }`: the block runs here.
    if (name === '{}') {
      for (const b of blocks) this.visit(b, input);
      return { kind: 'unknown', producer: 'a script block' };
    }
    // An alias this input defined (`Set-Alias rmf Remove-Item`) runs the command it names; one whose target is not fixed
    // in the input runs a command nobody can see.
    const target = this.scope.aliases.get(`ps:${lower}`);
    if (target !== undefined) {
      if (target === '' || this.scope.depth >= MAX_DEPTH) {
        this.env.b.opaque('shell_dynamic_command', `the alias \`${name}\` names a command not fixed in the input`, span);
        return { kind: 'unknown', producer: name };
      }
      this.scope.depth++;
      const out = this.command(node, input, target);
      this.scope.depth--;
      return out;
    }
    if (ALIAS_SETTERS.has(lower)) {
      defineAlias(words, this.scope);
      if (lower === 'sal' || lower === 'nal') words[0] = { ...words[0]!, value: lower === 'sal' ? 'Set-Alias' : 'New-Alias' };
    }
    const fn = this.scope.functions.get(`ps:${lower}`);
    if (fn) {
      if (this.scope.depth >= MAX_DEPTH) {
        this.env.b.opaque('shell_recursion', `function \`${name}\` recurses too deep`, span);
        return { kind: 'unknown', producer: name };
      }
      const saved = new Map(this.scope.vars);
      this.scope.vars.set('$args', null);
      this.scope.depth++;
      this.visit(fn, input);
      this.scope.depth--;
      this.scope.vars.clear();
      for (const [k, v] of saved) this.scope.vars.set(k, v);
      return { kind: 'unknown', producer: name };
    }
    const stdin: Stdin | null = input ? { text: input.kind === 'values' && input.values.every((v) => v !== null) ? input.values.join('\n') : null, producer: input.kind === 'unknown' ? input.producer : 'the pipeline' } : null;
    const outsideOutput = this.scope.buildOutput;
    const loopPairs = this.loopBuildOutputPairs(node);
    if (loopPairs.size > 0) this.scope.buildOutput = new Set([...(outsideOutput ?? []), ...loopPairs]);
    const inv = makeWindowsInvocation('powershell', words, redirects, stdin, span, this.scope, this.env);
    setPipeInput(inv, input, (block, item) => this.runBlock(block, item), this.item);
    dispatchWindows(inv, 'powershell');
    // Round 41 (fo41): a secret printed (`kubectl get secret … -o yaml > \\host\share\x`) redirected onto another
    // machine's share is sent off the machine (share-secrets.ts).
    if (redirects.length > 0) {
      const secret = secretOutput(lower, inv.args.map((a) => a.value));
      for (const r of redirects) secretToShare(inv, r.target, secret);
      storeRedirected(inv, redirects, outputOf(lower, inv.args, input));
    }
    this.scope.buildOutput = outsideOutput;
    // Script blocks handed to a command may run (Invoke-Command, ForEach-Object, Where-Object, …).
    const perItem = PER_ITEM.has(lower);
    const items = perItem && input?.kind === 'values' && input.values.length <= 4 ? input.values : [null];
    const outerLoop = this.loop;
    if (perItem && items.length > 1 && items.every((v) => v !== null) && !blocks.some((b) => setsLoopVariable(b.text, ['$_', '$psitem']))) this.loop = { vars: ['$_', '$psitem'], values: items as string[] };
    for (const b of blocks) for (const item of items) this.runBlock(b, item, perItem ? input : undefined);
    this.loop = outerLoop;
    return outputOf(lower, inv.args, input);
  }

  /**
   * Round 41 (pw42): a command of a loop's body that names the loop's variable (`foreach ($d in 'bin','obj') { Remove-Item
   * ".\src\Api\$d" }`, `'bin','obj' | % { Remove-Item (Join-Path .\src\Web $_) }`) deletes, over the loop's runs, what
   * its words name under every value: when those paths form a build-output pair (`…\Api\bin` with `…\Api\obj`, the lead's
   * answer 121), each is that build output, as `Remove-Item .\src\Api\bin, .\src\Api\obj` is (filesystem.ts
   * buildOutputPairs). The words are read once per value with the findings of that reading thrown away (the real runs
   * report them); a path that leaves the pair (`"$d\..\src"`) resolves elsewhere and pairs with nothing.
   */
  loopBuildOutputPairs(node: Node): Set<string> {
    const loop = this.loop;
    const text = node.text.toLowerCase();
    if (loop === null || loop.values.length < 2 || !loop.vars.some((v) => text.includes(v))) return new Set();
    const saved = loop.vars.map((v) => [v, this.scope.vars.has(v), this.scope.vars.get(v)] as const);
    const b = this.env.b;
    const paths: Array<string | null> = [];
    this.env.b = new FactsBuilder();
    try {
      for (const value of loop.values) {
        for (const v of loop.vars) this.scope.vars.set(v, value);
        paths.push(...this.words(node).words.slice(1).map((w) => (w.value === null ? null : powershellPathSlashes(w.value, this.scope))));
      }
    } finally {
      this.env.b = b;
      for (const [v, had, value] of saved) {
        if (had) this.scope.vars.set(v, value ?? null);
        else this.scope.vars.delete(v);
      }
    }
    return buildOutputPairs(paths, this.scope);
  }

  runBlock(block: Node, item: string | null, of?: PipeInput | null): void {
    const saved = new Map(this.scope.vars);
    const savedItem = this.item;
    if (of !== undefined) this.item = of;
    this.scope.vars.set('$_', item);
    this.scope.vars.set('$psitem', item);
    this.visit(block, null);
    this.item = savedItem;
    this.scope.vars.clear();
    for (const [k, v] of saved) this.scope.vars.set(k, v);
  }
}

/**
 * Round 41 (pw42): a loop body that sets its loop variable itself (`$d = "..\$d"`, `Set-Variable d …`, `[ref]$d`), names
 * variables by text, or may skip a value (`if`, `switch`, `where`, `continue`, `break`, `return`, `exit`, `throw`): its
 * commands are not read over the loop's values (Walker.loopBuildOutputPairs), so `if ($d -eq 'bin') { … }` keeps `bin` alone.
 */
const SETS_VARIABLE_BY_NAME = /\b(set-variable|new-variable|sv|nv|set|if|elseif|switch|where|where-object|continue|break|return|exit|throw|trap)\b|\[ref\]|-\w*variable\b|[?]\s*\{|\|\s*[?]/i;
function setsLoopVariable(body: string, vars: string[]): boolean {
  return SETS_VARIABLE_BY_NAME.test(body) || vars.some((v) => new RegExp(`\\$\\{?${v.slice(1)}\\}?\\s*[-+*/%?]*=(?!=)`, 'i').test(body));
}

/** Commands that change the working directory, after which a folder's word may name another folder. */
/**
 * Round 39 (pw39): static .NET methods that only look something up (their Microsoft Learn references): name resolution
 * (`[System.Net.Dns]::GetHostAddresses`), the network interfaces, the current Windows identity, the processes, the
 * drives and the time zones. Type (lower case, as written) and method, each a pattern.
 */
const DOTNET_READS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^\[(system\.)?net\.dns\]$/, /^(gethostaddresses|gethostentry|gethostname|gethostbyname)(async)?$/],
  [/^\[(system\.)?net\.networkinformation\.networkinterface\]$/, /^(getallnetworkinterfaces|getisnetworkavailable)$/],
  [/^\[(system\.)?security\.principal\.windowsidentity\]$/, /^getcurrent$/],
  [/^\[(system\.)?diagnostics\.process\]$/, /^(getprocesses|getprocessbyid|getprocessesbyname|getcurrentprocess)$/],
  [/^\[(system\.)?io\.driveinfo\]$/, /^getdrives$/],
  [/^\[(system\.)?timezoneinfo\]$/, /^(findsystemtimezonebyid|getsystemtimezones)$/],
  // Round 42 (ol42, PowerShell's reference): a new GUID (`[guid]::CreateVersion7()`, whose name only looks like a
  // create), and objects that live in memory only (a MemoryStream, a StringBuilder) made with `::new()`.
  [/^\[(system\.)?guid\]$/, /^(newguid|createversion7|parse|tryparse)$/],
  [/^\[(system\.)?(io\.memorystream|text\.stringbuilder)\]$/, /^new$/],
  // Round 44 (ps44, the .NET API reference): static methods that return information about this machine, a file or a
  // value and change nothing: the serial port names, a file's version resource, a culture, the TCP/IP statistics, whether
  // an event log or source exists and the logs' list, an enumeration's names and values, an address parsed, a URL or HTML
  // encoding. EventLog's Delete and DeleteEventSource, CreateEventSource stay calls we do not follow.
  [/^\[(system\.)?io\.ports\.serialport\]$/, /^getportnames$/],
  [/^\[(system\.)?diagnostics\.fileversioninfo\]$/, /^getversioninfo$/],
  [/^\[(system\.)?globalization\.cultureinfo\]$/, /^(getcultureinfo|getcultures|getcultureinfobyietflanguagetag)$/],
  [/^\[(system\.)?net\.networkinformation\.ipglobalproperties\]$/, /^getipglobalproperties$/],
  [/^\[(system\.)?diagnostics\.eventlog\]$/, /^(sourceexists|exists|geteventlogs|lognamefromsourcename)$/],
  [/^\[(system\.)?enum\]$/, /^(getnames|getvalues|getname|isdefined|parse|tryparse|getunderlyingtype)$/],
  [/^\[(system\.)?net\.ipaddress\]$/, /^(parse|tryparse|isloopback)$/],
  // The console's own output and colours, a pause, hashes and random bytes made in memory, a password string generated, an
  // archive opened for reading. Console.ReadKey waits for a person and stays out; so do the clipboard and Assembly.Load*.
  [/^\[(system\.)?console\]$/, /^(writeline|write|resetcolor|beep|clear)$/],
  [/^\[(system\.)?threading\.thread\]$/, /^sleep$/],
  [/^\[(system\.)?security\.cryptography\.(sha1|sha256|sha384|sha512|md5|hashalgorithm|aes)\]$/, /^create$/],
  [/^\[(system\.)?security\.cryptography\.randomnumbergenerator\]$/, /^(create|getbytes|fill|getint32|gethexstring|getstring)$/],
  [/^\[(system\.)?web\.security\.membership\]$/, /^generatepassword$/],
  [/^\[(system\.)?io\.compression\.zipfile\]$/, /^openread$/],
  // Collections that live in memory only, made empty with `::new()` (List, Dictionary, HashSet, Queue, Stack, the sorted
  // and concurrent ones, ArrayList, Hashtable), their type arguments any type names.
  [/^\[(system\.)?collections\.((generic|concurrent)\.)?(list|dictionary|hashset|queue|stack|sortedset|sorteddictionary|sortedlist|linkedlist|arraylist|hashtable|concurrentdictionary|concurrentqueue|concurrentbag)(\[[\w.,\s[\]]*\])?\]$/, /^new$/],
  [/^\[(system\.)?net\.webutility\]$|^\[(system\.)?web\.httputility\]$/, /^(urlencode|urldecode|htmlencode|htmldecode|parsequerystring|urlpathencode|javascriptstringencode)$/],
];

const CHANGES_DIRECTORY = /^(cd|chdir|sl|set-location|pushd|push-location|popd|pop-location)$/i;

/**
 * `Remove-Item .\publish -Recurse; dotnet publish -o .\publish`: a folder another command of the script writes again
 * (shell/regenerated.ts, shared with bash) is that build's output for the whole script, as `dist` always is. Only commands
 * whose words are all fixed plain text are read, and none if the script changes directory. A variable the script sets
 * once to a plain string (`$publish = '.\\publish'; … -o $publish`) is read as that string (onceAssignedLiterals).
 */
function markRegenerated(root: Node, scope: ShellScope): void {
  const fixed = onceAssignedLiterals(root.text);
  const argvs = root.descendantsOfType('command').map((c) => c.text.trim().split(/\s+/).map((w) => fixed.get(w.toLowerCase()) ?? w));
  if (argvs.some((a) => CHANGES_DIRECTORY.test(a[0] ?? ''))) return;
  const folders = argvs.filter((a) => a.every((w) => /^[\w.:\\/=-]+$/.test(w))).flatMap((a) => regeneratedFolders([a[0]!.toLowerCase(), ...a.slice(1)].map((w) => w.replace(/\\/g, '/'))));
  const paths = folders.flatMap((f) => resolvePath(f, scope)?.toLowerCase() ?? []);
  if (paths.length > 0) scope.buildOutput = new Set([...(scope.buildOutput ?? []), ...paths]);
}

/** Forms that set a variable other than `$x = …` (about_Variables, about_CommonParameters, about_Foreach, about_Scopes). */
const OTHER_VARIABLE_SETTERS = /\b(set-variable|new-variable|clear-variable|remove-variable|sv|nv|set)\b|-\w*variable\b|\[ref\]|\b(foreach|for)\s*\(|\$\w+:\w+\s*[-+*/%?]*=(?!=)/i;

/**
 * Round 39 (pw39): the variables a script assigns exactly once, to one quoted string with nothing to expand (`$out =
 * '.\\publish'`, `$out = "out"`), by their lower-case `$name`: each stands for that string wherever the script uses it. A
 * variable assigned twice, by another operator (`+=`, `??=`), or to anything else is left out.
 */
function onceAssignedLiterals(text: string): Map<string, string> {
  // Other ways to set a variable (Set-Variable and its aliases, `-OutVariable`, `[ref]`, a loop's variable, a scoped
  // `$script:x =`): the script is not read for any.
  if (OTHER_VARIABLE_SETTERS.test(text)) return new Map();
  const count = new Map<string, number>();
  for (const m of text.matchAll(/\$(\w+)\s*[-+*/%?]*=(?!=)/g)) count.set(m[1]!.toLowerCase(), (count.get(m[1]!.toLowerCase()) ?? 0) + 1);
  const fixed = new Map<string, string>();
  for (const m of text.matchAll(/(?:^|[;\n{]\s*)\$(\w+)\s*=\s*(?:'([^'\n]*)'|"([^"$`\n]*)")\s*(?=;|\n|$)/g)) {
    const name = m[1]!.toLowerCase();
    if (count.get(name) === 1) fixed.set(`$${name}`, m[2] ?? m[3]!);
  }
  return fixed;
}

/** The cmdlets that define an alias (about_Aliases): `Set-Alias`, `New-Alias` and their own aliases `sal`, `nal`. */
const ALIAS_SETTERS = new Set(['set-alias', 'new-alias', 'sal', 'nal']);

/** Set-Alias/New-Alias parameters (Microsoft Learn): those that take a value, by their full names (a prefix may be typed). */
const ALIAS_VALUED = ['name', 'value', 'description', 'option', 'scope'];

/**
 * Records `Set-Alias [-Name] N [-Value] V` (or New-Alias) in the scope as `ps:n` -> V; a value not fixed in the input is
 * recorded as '' (the alias then runs a command nobody can see). A name not fixed defines nothing we could follow.
 */
function defineAlias(words: Word[], scope: ShellScope): void {
  const named = new Map<string, string | null>();
  const positional: (string | null)[] = [];
  for (let i = 1; i < words.length; i++) {
    const v = words[i]!.value;
    const m = v === null ? null : /^-([a-z]+):?(.*)$/i.exec(v);
    if (!m) {
      positional.push(v);
      continue;
    }
    const full = ALIAS_VALUED.find((p) => p.startsWith(m[1]!.toLowerCase()));
    if (!full) continue;
    if (m[2] !== '' || v!.endsWith(':')) named.set(full, m[2] === '' ? words[++i]?.value ?? null : m[2]!);
    else named.set(full, words[++i]?.value ?? null);
  }
  const name = named.has('name') ? named.get('name') : positional.shift();
  const value = named.has('value') ? named.get('value') : positional.shift();
  if (!name) return;
  scope.aliases.set(`ps:${name.toLowerCase()}`, value ?? '');
}

/**
 * The path a `Test-Path` condition tests, as far as the input fixes it: a quoted or bare literal, and (round 36, pw36) a
 * variable or a double-quoted string the input fixes (`$PROFILE`, `"$env:APPDATA\\app\\settings.json"`), or a profile
 * member (`$PROFILE.CurrentUserAllHosts`); null otherwise.
 */
function testedPath(raw: string, scope: ShellScope): string | null {
  const text = fixedPathText(raw, scope);
  return text ? resolvePath(powershellPathSlashes(text, scope), scope) : null;
}

/** A path word's text as far as the input fixes it: a quoted or bare literal or expandable word, or `$PROFILE.Member`. */
function fixedPathText(raw: string, scope: ShellScope): string | null {
  const member = /^\$profile\.(\w+)$/i.exec(raw);
  if (raw.startsWith("'")) return raw.slice(1, -1);
  return member ? profileMember(member[1]!, scope) : expandText(raw.startsWith('"') ? raw.slice(1, -1) : raw, scope, raw.startsWith('"'));
}

/**
 * D8: the text of a PATH expression (`"./bin:" + $env:PATH`, `"C:\\x;$env:Path"`, `'./bin'`), with the old PATH as
 * `OLD_SEARCH_PATH`; null when a piece is not a string fixed in the input (a command, a method, another operator).
 */
function pathExpressionText(raw: string, scope: ShellScope): string | null {
  let text = raw.trim();
  while (/^\(.*\)$/s.test(text)) text = text.slice(1, -1).trim();
  const pieces: string[] = [];
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '`' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '+') {
      pieces.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  pieces.push(text.slice(start).trim());
  let out = '';
  for (const piece of pieces) {
    const marked = piece.replace(/\$\{?env:path\}?/gi, OLD_SEARCH_PATH);
    let value: string | null;
    if (marked === OLD_SEARCH_PATH) value = marked;
    else if (/^'[^']*'$/.test(marked)) value = marked.slice(1, -1);
    else if (/^"[^"]*"$/.test(marked)) value = expandText(marked.slice(1, -1), scope, true);
    else value = null;
    if (value === null) return null;
    out += value;
  }
  return out;
}

/**
 * A stored PATH's value with the stored list it is built on written `$env:Path`: the call itself
 * (`[Environment]::GetEnvironmentVariable('Path', 'User') + ';C:\\x'`) or a variable the input reads from it (`$p`).
 */
function storedPathText(raw: string, source: string): string {
  let text = raw.replace(/\[(system\.)?environment\]::getenvironmentvariable\(\s*['"]path['"][^)]*\)/gi, '$env:Path');
  for (const m of source.matchAll(/\$(\w+)\s*=\s*\[(?:system\.)?environment\]::getenvironmentvariable\(\s*['"]path['"]/gi)) text = text.replace(new RegExp(`\\$\\{?${m[1]}\\}?(?![\\w:])`, 'gi'), '$$env:Path');
  return text;
}

/**
 * A PATH value that keeps the stored one: `"$p;C:\\x"`, `"C:\\x;$p"`, `$p + ';C:\\x'` where the input reads `$p` from
 * `[Environment]::GetEnvironmentVariable('Path', …)`, or the same with `$env:Path`.
 */
function builtOnStoredPath(raw: string, source: string): boolean {
  const m = /^"?(?:\$\{?([\w:]+)\}?\s*\+?\s*['"]?;|.*;\$\{?([\w:]+)\}?"?$)/i.exec(raw);
  const v = m?.[1] ?? m?.[2];
  if (!v) return false;
  if (/^env:path$/i.test(v)) return true;
  return new RegExp(`\\$${v}\\s*=\\s*\\[(system\\.)?environment\\]::getenvironmentvariable\\(\\s*['"]path['"]`, 'i').test(source);
}

/** The hashtable literal an assignment's value is, alone (`@{ … }`, not `@{ … } + $x`); null otherwise. */
function singleHashLiteral(value: Node): Node | null {
  let node: Node | null = value;
  while (node && node.type !== 'hash_literal_expression') {
    const kids: Node[] = node.namedChildren.filter((c): c is Node => c !== null);
    if (kids.length !== 1) return null;
    node = kids[0]!;
  }
  return node;
}

function nodeText(first: Node, last: Node): string {
  if (first === last) return first.text;
  return first.text + last.text;
}


/** What a stage feeds the next: items listed by Get-ChildItem, fixed text, or unknown objects. */
/**
 * `'Remove-Item …' >> $PROFILE`, `irm URL >> $PROFILE`: a redirect that writes a file something runs later stores what the
 * stage prints, judged as Set-Content and Add-Content are (storedText); what it prints is known only as fixed values.
 */
function storeRedirected(inv: Invocation, list: Redirect[], output: PipeInput | null): void {
  const text = output?.kind === 'values' && output.values.every((v) => v !== null) ? output.values.join('\n') : null;
  for (const r of list) if (r.target) storedText(inv, r.target, text, r.op === '>>');
}

/**
 * `Sort-Object LastWriteTime -Descending` (also `-Property`, `CreationTime`, their `Utc` forms, `-Descending:$true`): the
 * items newest first. Any other key, a script block, a second key or `-Unique` is not read.
 */
function sortsNewestFirst(args: Word[]): boolean {
  const ws = args.map((a) => (a.value ?? '\0').toLowerCase());
  const key = ws.filter((w, i) => !w.startsWith('-') || /^-p(r(o(p(e(r(t(y)?)?)?)?)?)?)?$/.test(ws[i - 1] ?? '')).filter((w) => !/^-/.test(w));
  const rest = ws.filter((w) => w.startsWith('-') && !/^-p(r(o(p(e(r(t(y)?)?)?)?)?)?)?$/.test(w));
  return key.length === 1 && /^(lastwritetime|creationtime)(utc)?$/.test(key[0]!) && rest.length === 1 && /^-d(e(s(c(e(n(d(i(n(g)?)?)?)?)?)?)?)?)?(:\$true)?$/.test(rest[0]!);
}

function outputOf(name: string, args: Word[], input: PipeInput | null): PipeInput {
  if (/^(get-childitem|gci|ls|dir|get-item|gi)$/.test(name)) {
    // `-Include bin,obj`: an array's items are words of the same source text, each after the one before.
    const filterAt = (i: number): boolean => /^-(filter|include|fi|inc)$/i.test(args[i - 1]?.value ?? '') || (i > 0 && filterAt(i - 1) && args[i]!.text === args[i - 1]!.text && args[i]!.start === args[i - 1]!.start && /,/.test(args[i]!.text));
    // Round 40 (pw40): nor the value of a common parameter (`-ErrorAction SilentlyContinue`, `-EA 0`, `-ErrorVariable e`), which
    // PowerShell binds to that parameter: read as a second folder it made `Get-ChildItem C:\Windows\Temp -EA 0` list `.\0`.
    const commonValue = (i: number): boolean => { const p = /^-([a-z]+)$/i.exec(args[i - 1]?.value ?? ''); return p !== null && [...COMMON_VALUED, 'progressaction', 'proga'].includes(p[1]!.toLowerCase()); };
    const paths = args.filter((a, i) => !(a.value ?? '').startsWith('-') && !/^-(filter|include|exclude|depth|attributes|path|literalpath)$/i.test(args[i - 1]?.value ?? '') && !filterAt(i) && !commonValue(i));
    const named = args.filter((a, i) => /^-(path|literalpath|lp|pspath)$/i.test(args[i - 1]?.value ?? ''));
    const filters = args.filter((_, i) => filterAt(i)).map((a) => a.value);
    const recursive = args.some((a) => /^-r(e(c(u(r(s(e)?)?)?)?)?)?$/i.test(a.value ?? ''));
    return { kind: 'items', roots: [...named, ...paths], recursive, filters, ...(/^(get-item|gi)$/.test(name) ? { itself: true } : {}) };
  }
  if (/^(where-object|\?|where)$/.test(name) && input?.kind === 'items') {
    // `Where-Object Name -like '*.orig'`, `? { $_.Extension -eq '.tmp' }`: one comparison of the name narrows the items
    // to that pattern, so every item deleted downstream matches it.
    // Round 37 (pw37): a list, `-or`, `-in`, `-contains` and an anchored `-match` of fixed names too (pipe.ts whereNameFilters).
    // An array's items are words of the same source text: that text once.
    const names = whereNameFilters(args.filter((a, i) => i === 0 || a.start !== args[i - 1]!.start).map((a) => a.text).join(' '));
    if (names) return { ...input, filters: names };
    const age = ageFilter(args.map((a) => a.text).join(' '));
    if (age) return { ...input, age };
    if (devCertificateFilter(args.map((a) => a.text).join(' '))) return { ...input, devCertificate: true };
    return input;
  }
  // The lead's answer 218 (round 27): `Sort-Object LastWriteTime -Descending | Select-Object -Skip N` passes on all but
  // the newest N of the items (keepNewest, judged by removePiped); any other sort or pick forgets the order.
  if (/^(sort-object|sort)$/.test(name) && input?.kind === 'items') return { ...input, newestFirst: sortsNewestFirst(args), keepNewest: undefined };
  if (/^(select-object|select)$/.test(name) && input?.kind === 'items') {
    const skip = input.newestFirst && args.length === 2 && /^-sk(i(p)?)?$/i.test(args[0]!.value ?? '') && /^\d{1,3}$/.test(args[1]!.value ?? '') ? Number(args[1]!.value) : undefined;
    return { ...input, newestFirst: undefined, keepNewest: skip };
  }
  // A filter or a pick of the first, last or numbered objects passes on only some of what it is fed; a filter that
  // compares by inequality (`$_.Name -ne 'explorer'`, `-notlike`) passes on all but a few, and narrows nothing.
  if (input?.kind === 'unknown' && /^(where-object|\?|where)$/.test(name)) {
    const age = ageFilter(args.map((a) => a.text).join(' '));
    if (age) return { ...input, narrowed: true, age };
  }
  // Objects an expression gives (`$app.PasswordCredentials | Where-Object { $_.EndDateTime -lt (Get-Date) }`) filtered by age.
  if (input?.kind === 'values' && input.values.some((v) => v === null) && /^(where-object|\?|where)$/.test(name)) {
    const age = ageFilter(args.map((a) => a.text).join(' '));
    if (age) return { kind: 'unknown', producer: '', narrowed: true, age };
  }
  if (input?.kind === 'unknown' && ((/^(where-object|\?|where)$/.test(name) && !args.some((a) => /(^|\s)-[ci]?(ne|notlike|notmatch|notin|notcontains)\b/i.test(a.text))) || (/^(select-object|select)$/.test(name) && args.some((a) => /^-(f(i(r(s(t)?)?)?)?|l(a(s(t)?)?)?|in(d(e(x)?)?)?|sk(i(p)?)?)(:.*)?$/i.test(a.value ?? ''))))) return { ...input, narrowed: true };
  if (/^(where-object|\?|where|sort-object|sort|select-object|select|tee-object|tee)$/.test(name) && input) return input;
  if (/^(write-output|echo|write)$/.test(name)) return { kind: 'values', values: args.map((a) => a.value) };
  // The producer's own words say what it selects (`Get-Process -Name MsMpEng | Stop-Process`).
  return { kind: 'unknown', producer: name, args };
}

/**
 * A quoted argument that is one fixed string: `'D:\\x'`, or `"D:\\x"` with nothing to expand (no `$`, no backtick); the
 * grammar wraps a lone argument as an array literal of one unary expression. Null for anything else.
 */
function quotedLiteral(el: Node): string | null {
  let n: Node | null = el;
  while (n && (n.type === 'array_literal_expression' || n.type === 'unary_expression' || n.type === 'string_literal') && n.namedChildren.length === 1) n = n.namedChildren[0]!;
  if (n?.type === 'verbatim_string_characters' && /^'[^']*'$/.test(n.text)) return n.text.slice(1, -1);
  if (n?.type === 'expandable_string_literal' && /^"[^"$`]*"$/.test(n.text)) return n.text.slice(1, -1);
  return null;
}

/**
 * `Start-Sleep`'s length in seconds (`Start-Sleep 5`, `-Seconds 5`, `-s 1.5`, `-Milliseconds 500`): null when the words
 * do not fix it (`-Duration`, a variable), read as a long wait by the restart rule (restarts.ts waitOf).
 */
function sleepSeconds(args: ReadonlyArray<string | null>): number | null {
  let seconds: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? null;
    if (a === null) return null;
    const unit = /^-(s|se|sec|seco|secon|second|seconds)$/i.test(a) ? 1 : /^-(m|mi|mil|milli|millis|millise|milliseco|millisecond|milliseconds|ms)$/i.test(a) ? 0.001 : null;
    const value = unit === null ? a : args[++i];
    if (value === null || value === undefined || !/^\d+(\.\d+)?$/.test(value) || seconds !== null) return null;
    seconds = Number(value) * (unit ?? 1);
  }
  return seconds;
}
