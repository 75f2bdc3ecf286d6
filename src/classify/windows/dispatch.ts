import type { Span } from '../builder.ts';
import { resolvePath } from '../paths.ts';
import { powershellCmdlet } from '../powershell/cmdlets.ts';
import { programOfAgent, writtenContent, type Invocation, type Redirect, type ShellEnv, type ShellScope, type Stdin } from '../shell/invocation.ts';
import { argumentNamesLiveTier, clue, envTarget } from '../shell/tools/common.ts';
import { judgeControlPlaneNames } from '../shell/tools/control-plane.ts';
import { dispatchCommand, knownTool } from '../shell/tools/dispatch.ts';
import { redirects } from '../shell/tools/filesystem.ts';
import type { Word } from '../shell/words.ts';
import { OLD_SEARCH_PATH, powershellSearchPath, untrustedSearchFolder } from '../shell/search-path.ts';
import { shellWalker } from './registry.ts';
import { WINDOWS_READS, windowsNative } from './tools.ts';
import { judgeNamedScript } from '../shell/tools/unknown.ts';
import { fetchedPackage, WINDOWS_RUNNABLE_FILE } from '../shell/tools/package-verification.ts';
import { namesDisposable, namesSharedCiResource, SCRATCH_WORDS } from '../test-data.ts';

/**
 * One simple command on Windows, whichever shell it came from: PowerShell cmdlets first (from
 * PowerShell), then the shells themselves (`cmd /c`, `powershell -Command`/`-EncodedCommand`,
 * `wsl`), then Windows programs and cmd built-ins, then the analysers every shell shares (git, cloud
 * CLIs, databases, interpreters), which end in the unknown-program rule.
 */

export type WindowsDialect = 'powershell' | 'cmd';

/** `C:\Windows\System32\cmd.exe` → `cmd`; names are case-insensitive on Windows. */
export function programName(raw: string): string {
  const base = raw.slice(Math.max(raw.lastIndexOf('\\'), raw.lastIndexOf('/')) + 1).toLowerCase();
  return base.replace(/\.(exe|com)$/, '');
}

/** Programs that run an npm package's program file. */
const PACKAGE_RUNNER = /^(npx|bunx|pnpx)(\.cmd)?$/;

export function makeWindowsInvocation(dialect: WindowsDialect, words: Word[], redirects: Redirect[], stdin: Stdin | null, span: Span, scope: ShellScope, env: ShellEnv): Invocation {
  const inv: Invocation = {
    name: words[0] ? programName(words[0].value ?? '') : '',
    ...(words[0]?.value ? { spelled: words[0].value } : {}),
    args: words.slice(1),
    redirects,
    stdin,
    assignments: new Map(),
    windowsDialect: dialect,
    span,
    scope,
    env,
    runSource: (source, input, why, cwd, language = 'bash') => {
      env.b.finding('shell_nested', `${why}: analysed as ${language === 'powershell' ? 'PowerShell' : 'shell'}`, span);
      shellWalker(language)(source, { ...scope, vars: new Map(scope.vars), depth: scope.depth + 1, ...(cwd !== undefined ? { cwd } : {}) }, env, input, span.start);
    },
    dispatch: (argv, input) => {
      const next = makeWindowsInvocation(dialect, argv, [], input, span, scope, env);
      // npx, bunx and pnpx start a package's program file (its `node_modules\.bin` shim), never a cmdlet or function:
      // `npx kill-port 3000` runs the kill-port package, not a `Kill-Port` command (round 21).
      if (PACKAGE_RUNNER.test(inv.name)) next.startedByProgram = true;
      dispatchWindows(next, dialect);
    },
  };
  return inv;
}

/** PsExec's options that take a value (Sysinternals PsExec reference): user, password, timeout, service name, folder, CPUs. */
const PSEXEC_VALUED = /^-(u|p|n|r|w|a)$/i;

/**
 * PsExec (Sysinternals): `psexec [\\COMPUTER[,COMPUTER…]|@FILE] [options] PROGRAM [ARGS]` runs PROGRAM on those
 * machines, whose names may say their environment; the program and its arguments are judged as that command. Machines
 * listed in a file, or a program not fixed in the input, are unknown.
 */
function remoteExec(inv: Invocation): void {
  const b = inv.env.b;
  let i = 0;
  const args = inv.args;
  const hosts: string[] = [];
  if (args[0]?.value?.startsWith('\\\\')) hosts.push(...args[i++]!.value!.slice(2).split(','));
  else if (args[0]?.value?.startsWith('@')) {
    b.opaque('remote_hosts_from_file', `\`${inv.name} @FILE\` runs on machines listed in a file`, inv.span);
    i++;
  }
  for (; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null || !v.startsWith('-')) break;
    if (PSEXEC_VALUED.test(v)) i++;
    // `-i` takes a session number when one follows.
    else if (/^-i$/i.test(v) && /^\d+$/.test(args[i + 1]?.value ?? '')) i++;
  }
  for (const h of hosts.map((x) => x.trim()).filter(Boolean)) b.target(envTarget(inv, 'host', h, [clue('names', h)]));
  const command = args.slice(i);
  if (command.length === 0 || command[0]!.value === null) {
    b.opaque('shell_dynamic_command', `\`${inv.name}\` runs a program that is not fixed in the input`, inv.span);
    return;
  }
  inv.dispatch(command, null);
  b.finding('remote_exec', `\`${inv.name}\` runs the program on ${hosts.length > 0 ? hosts.join(', ') : 'this machine'}`, inv.span);
}

/** Runs `inv` (its head word already resolved) as `dialect` would. */
export function dispatchWindows(inv: Invocation, dialect: WindowsDialect): void {
  const b = inv.env.b;
  const head = inv.name;
  if (head === '') {
    b.opaque('shell_dynamic_command', 'the command name is not fixed in the input', inv.span);
    return;
  }
  // Windows programs may have one space between words in their name (`"ollama app.exe"`, `"Microsoft Teams.exe"`);
  // a leading, trailing or doubled space, another blank or a non-ASCII character is still unusual.
  if (/[^\x21-\x7e]/.test(head.replace(/(?<=[\x21-\x7e]) (?=[\x21-\x7e])/g, '_'))) {
    b.opaque('shell_unusual_command_name', `the command name \`${JSON.stringify(head)}\` has invisible or non-ASCII characters`, inv.span);
    return;
  }
  // `Get-Date > FILE`, `echo x > FILE`: a redirect writes its file whatever the command is (it was judged only for
  // commands that reached dispatchCommand). cmd judges its redirects before it gets here.
  if (inv.redirects.length > 0) {
    redirects(inv, inv.redirects);
    inv = { ...inv, redirects: [] };
  }
  if (dialect === 'powershell') setsSearchPath(inv);
  // D8: every program's words are named for the gateway to resolve, as in bash (a link into the control plane).
  if (dialect === 'powershell' && inv.startedByProgram !== true && !hyphenatedProgram(inv) && powershellCmdlet(inv)) {
    judgeControlPlaneNames(inv, true);
    return;
  }
  // SECURITY (D8): after `$env:PATH = "./bin:" + $env:PATH` (or `Set-Item Env:PATH …`) a bare name runs whatever the
  // new PATH finds first, perhaps a file the agent wrote: both readings count, the program the name says and an
  // unknown one in that folder (bash's `PATH=` rule). Cmdlets, aliases and functions come before PATH, as above.
  const folder = dialect === 'powershell' && inv.scope.searchPath !== undefined && !/[\\/]/.test(inv.spelled ?? head) ? untrustedSearchFolder(inv.scope.searchPath) : null;
  if (folder !== null) {
    b.finding('program_search_path_changed', `\`PATH\` puts \`${folder}\` before the system's program folders: \`${head}\` may be a program written there`, inv.span);
    dispatchProgram(inv, dialect);
    dispatchCommand({ ...inv, name: `${folder}/${head}` });
    return;
  }
  dispatchProgram(inv, dialect);
}

/**
 * D8: `Set-Item Env:PATH V`, `Set-Content Env:PATH V`, `New-Item -Path Env: -Name PATH -Value V`, `Add-Content Env:PATH V`
 * (the Environment provider, about_Environment_Provider) set this session's PATH as `$env:PATH = V` does; `Add-Content`
 * appends. A value not fixed in the input is a folder we cannot see.
 */
function setsSearchPath(inv: Invocation): void {
  const cmdlet = /^(set-item|si|set-content|sc|new-item|ni|add-content|ac)$/.exec(inv.name)?.[1];
  if (!cmdlet) return;
  const named = new Map<string, string | null>();
  const positional: Array<string | null> = [];
  for (let i = 0; i < inv.args.length; i++) {
    const w = inv.args[i]!;
    const m = /^-(path|literalpath|name|value)(:.*)?$/i.exec(w.value ?? '');
    if (m) {
      named.set(m[1]!.toLowerCase().replace('literalpath', 'path'), m[2] ? m[2].slice(1) : (inv.args[++i]?.value ?? null));
    } else if (!(w.value ?? '').startsWith('-')) positional.push(w.value);
  }
  const path = named.get('path') ?? positional.shift() ?? null;
  const name = named.get('name') ?? null;
  const target = `${path ?? ''}${name !== null ? `\\${name}` : ''}`.toLowerCase().replaceAll('/', '\\').replace(/^env:\\*/, 'env:');
  if (target !== 'env:path') return;
  const value = named.has('value') ? named.get('value')! : (positional.shift() ?? null);
  const appended = /^(add-content|ac)$/.test(cmdlet);
  inv.scope.searchPath = powershellSearchPath(value === null ? null : appended ? OLD_SEARCH_PATH + value : value, inv.scope.workspace?.startsWith('/') ?? false);
}

/**
 * The lead's answer 372.3 (round 36): a program or script this input downloaded (`Invoke-WebRequest -OutFile`, `curl.exe
 * -o`, `Start-BitsTransfer`), its content not shown, then run (`.\x.ps1`, `& .\x.exe`, `Start-Process x.exe`, `powershell
 * -File x.ps1`) is code the action does not show, one class with the shell's fetch-then-run: unknown.
 */
function downloadedRun(inv: Invocation, file: string | null | undefined): boolean {
  const fetched = typeof file === 'string' && WINDOWS_RUNNABLE_FILE.test(file) ? fetchedPackage(inv.scope, [file]) : undefined;
  if (fetched === undefined) return false;
  inv.env.b.verb('exec').opaque('script_written_dynamic', `\`${fetched}\` was downloaded by this input, its content not shown, then run (the lead's answer 372.3)`, inv.span);
  return true;
}

/**
 * PowerShell's approved verbs (Microsoft Learn, "Approved Verbs for PowerShell Commands"), lower case, with the core
 * cmdlets' own (`ForEach-Object`, `Sort-Object`, `Tee-Object`, `Where-Object`).
 */
const APPROVED_VERBS: ReadonlySet<string> = new Set(['add', 'approve', 'assert', 'backup', 'block', 'build', 'checkpoint', 'clear', 'close', 'compare', 'complete', 'compress', 'confirm', 'connect', 'convert', 'convertfrom', 'convertto', 'copy', 'debug', 'deny', 'deploy', 'disable', 'disconnect', 'dismount', 'edit', 'enable', 'enter', 'exit', 'expand', 'export', 'find', 'format', 'get', 'grant', 'group', 'hide', 'import', 'initialize', 'install', 'invoke', 'join', 'limit', 'lock', 'measure', 'merge', 'mount', 'move', 'new', 'open', 'optimize', 'out', 'ping', 'pop', 'protect', 'publish', 'push', 'read', 'receive', 'redo', 'register', 'remove', 'rename', 'repair', 'request', 'reset', 'resize', 'resolve', 'restart', 'restore', 'resume', 'revoke', 'save', 'search', 'select', 'send', 'set', 'show', 'skip', 'split', 'start', 'step', 'stop', 'submit', 'suspend', 'switch', 'sync', 'test', 'trace', 'unblock', 'undo', 'uninstall', 'unlock', 'unprotect', 'unpublish', 'unregister', 'update', 'use', 'wait', 'watch', 'write', 'foreach', 'sort', 'tee', 'where']);

/** Program families whose own programs take their name as a prefix (`ssh-keygen`, `ssh-add`, `docker-compose`, `git-lfs`). */
const PROGRAM_FAMILY = /^(ssh|docker|git|pip)$/;

/**
 * Round 39 (pw39): a hyphenated name PowerShell runs as a program, not a cmdlet: a program the shell's model knows whose
 * first part is no approved verb, written with `.exe` (`ssh-keygen.exe`) or of a program family's own prefix (`ssh-keygen`,
 * `docker-compose`). Judged as that program, as cmd and bash judge it. A bare `Kill-Port` stays a command or function
 * the input does not show (fix21-b21w), though an npm tool has that name.
 */
function hyphenatedProgram(inv: Invocation): boolean {
  const verb = /^([a-z]+)-[a-z0-9-]+$/.exec(inv.name)?.[1];
  if (verb === undefined || APPROVED_VERBS.has(verb) || !knownTool(inv.name)) return false;
  return /\.exe$/i.test(inv.spelled ?? '') || PROGRAM_FAMILY.test(verb);
}

/** A program (not a cmdlet) as its name says: the shells, scripts, Windows programs, then the shared analysers. */
function dispatchProgram(inv: Invocation, dialect: WindowsDialect): void {
  const b = inv.env.b;
  const head = inv.name;
  if (windowsShell(inv, dialect)) return;
  // A batch file this same input wrote (`echo … > x.bat & x.bat`, `… > %TEMP%\x.bat & %TEMP%\x.bat`) runs that text, as cmd.
  if (/\.(bat|cmd)$/.test(head)) {
    const text = writtenContent(inv.scope, inv.spelled ?? inv.name);
    if (text === null) {
      b.opaque('script_written_dynamic', `\`${head}\` was written by this input with content we cannot see, then run`, inv.span);
      return;
    }
    if (text !== undefined) {
      b.finding('shell_nested', `the batch file \`${head}\` written earlier: analysed as cmd`, inv.span);
      shellWalker('cmd')(text, { ...inv.scope, depth: inv.scope.depth + 1 }, inv.env, null, inv.span.start);
      return;
    }
  }
  if (downloadedRun(inv, inv.spelled ?? head)) return;
  if (/\.(bat|cmd|ps1|vbs|js|wsf)$/.test(head)) {
    b.verb('exec').partial('script_unseen', `\`${head}\` runs a script whose content is not part of the action`, inv.span);
    dispatchCommand({ ...inv, name: `./${head}` });
    return;
  }
  if (windowsNative(inv, head)) {
    judgeControlPlaneNames(inv);
    return;
  }
  if (WINDOWS_READS.has(head)) {
    b.verb('read');
    judgeControlPlaneNames(inv, true);
    return;
  }
  // SECURITY (D8): PowerShell on Linux (`pwsh -c`, the only place an agent has a Unix user) starts an external program
  // as execvp does: a bare name on the session's PATH, a path as written. One the agent can change is its own program.
  if (dialect === 'powershell' && externalOfAgent(inv)) {
    dispatchCommand({ ...inv, name: `./${head}` });
    return;
  }
  dispatchCommand(knownTool(head) ? inv : withDashSwitches(inv));
}

/**
 * Round 40 (atk40): a Windows program no catalogue knows spells its actions as `/switch` (`agent.exe /uninstall`,
 * `backuptool /purge /all`): read by the unknown program's reader as the `--switch` it reads on a Unix line (an option
 * spelled as the action). A switch with a value (`cmdkey /delete:git:https://github.com`: one item by its whole key, 53)
 * and a word with another `/` (a path) are kept as they are.
 */
function withDashSwitches(inv: Invocation): Invocation {
  const args = inv.args.map((a): Word => {
    const m = a.value === null ? null : /^\/([A-Za-z][\w-]*)$/.exec(a.value);
    if (m === null) return a;
    const value = `--${m[1]!.toLowerCase()}`;
    return { ...a, value, text: value };
  });
  return { ...inv, args };
}

/** Whether the external program `inv` starts is one the agent's Unix user can change (see `programOfAgent`). */
function externalOfAgent(inv: Invocation): boolean {
  const raw = inv.spelled;
  // A drive letter or UNC name is a Windows host's path, where the agent has no Unix user to judge it by.
  if (raw === undefined || /^([A-Za-z]:|\\\\)/.test(raw)) return false;
  // PowerShell takes `\` for `/` in a path on Linux too (`& .\bin\kubectl`).
  const path = raw.replaceAll('\\', '/');
  if (!path.includes('/')) return programOfAgent(inv, path, raw);
  return programOfAgent(inv, resolvePath(path, inv.scope) ?? `?${raw}`, raw);
}

/** `cmd /c …`, `powershell -Command …`, `wsl …`, `runas … "LINE"` from any shell; false for anything else. */
export function windowsShell(inv: Invocation, from: WindowsDialect | 'bash' = 'bash'): boolean {
  const name = programName(inv.name);
  if (name === 'cmd') {
    cmdFromArgv(inv, from === 'cmd');
    return true;
  }
  if (name === 'powershell' || name === 'pwsh' || name === 'powershell_ise') {
    powershellFromArgv(inv);
    return true;
  }
  if (name === 'runas') {
    // runas (Windows Commands reference): `runas [/user:NAME] [/savecred] [/noprofile] … "PROGRAM ARGS"` starts that
    // command line as another user; it is judged as cmd would start it.
    const line = inv.args.filter((a) => a.value === null || !/^\/[A-Za-z?]/.test(a.value)).pop();
    if (!line) {
      if (inv.args.some((a) => /^\/(\?|showtrustlevels)$/i.test(a.value ?? ''))) inv.env.b.verb('read');
      else inv.env.b.opaque('shell_dynamic_command', '`runas` without a program', inv.span);
      return true;
    }
    if (line.value === null) {
      inv.env.b.opaque('shell_dynamic_script', '`runas` starts a command line that is not fixed in the input', inv.span);
      return true;
    }
    inv.env.b.finding('elevated', '`runas` runs the command line as another user', inv.span).finding('shell_nested', '`runas`: analysed as cmd', inv.span);
    shellWalker('cmd')(line.value, { ...inv.scope, depth: inv.scope.depth + 1 }, inv.env, null, inv.span.start);
    return true;
  }
  if (name === 'psexec' || name === 'psexec64' || name === 'paexec') {
    remoteExec(inv);
    return true;
  }
  if (name === 'wsl' || name === 'wsl2') {
    let i = 0;
    const args = inv.args;
    // Management options (Microsoft Learn, "Basic commands for WSL"): `--unregister` deletes the distribution and its
    // whole filesystem; `--list`, `--status`, `--version`, `--help` read; the others install, stop, move or configure.
    const mgmt = args.find((a) => /^(--unregister|--list|-l|--status|--version|-v|--help|--shutdown|--terminate|-t|--install|--update|--set-default|-s|--set-version|--set-default-version|--export|--import|--import-in-place|--mount|--unmount|--manage)$/.test(a.value ?? ''))?.value;
    if (mgmt && args.findIndex((a) => a.value === mgmt) <= 1) {
      // Round 26 (k26w): a distribution whose own name says scratch, test or temporary by a whole word (`wsl --unregister
      // scratch-ubuntu`), on this machine: answers 72 and 103, as `multipass delete scratch` (service-catalogue byName).
      const distro = args[args.findIndex((a) => a.value === mgmt) + 1]?.value;
      // Round 26 (k26w): or one this `&&` line exported at once before (cmd/walk.ts markSavedFirst).
      if (mgmt === '--unregister' && inv.scope.savedFirst?.has(['wsl', ...args.map((a) => (a.value ?? '').toLowerCase())].join('\0'))) inv.env.b.verb('write').target({ kind: 'host', id: `wsl:${distro ?? '?'}`, environment: null, home: false, verbs: ['write'] }).finding('wsl_saved_first', `\`wsl --unregister ${distro ?? ''}\` right after \`wsl --export\` wrote the distribution to a file`, inv.span);
      else if (mgmt === '--unregister' && distro && namesDisposable(distro, SCRATCH_WORDS) && !namesSharedCiResource(distro) && !argumentNamesLiveTier(args, true)) inv.env.b.verb('delete').target({ kind: 'host', id: `wsl:${distro}`, environment: null, home: false, verbs: ['delete'] }).finding('scratch_named_delete', `\`wsl --unregister ${distro}\`: a distribution its own name marks as scratch, test or temporary (the lead's answer 72)`, inv.span);
      else if (mgmt === '--unregister') inv.env.b.verb('delete').target({ kind: 'host', id: `wsl:${args[args.findIndex((a) => a.value === mgmt) + 1]?.value ?? '?'}`, environment: null, home: false }).destroy('wsl_unregister', '`wsl --unregister` deletes the distribution and everything in its filesystem', inv.span);
      else if (/^(--list|-l|--status|--version|-v|--help)$/.test(mgmt)) inv.env.b.verb('read');
      else inv.env.b.verb('write');
      return true;
    }
    while (i < args.length && /^(-d|--distribution|-u|--user|--cd)$/.test(args[i]!.value ?? '')) i += 2;
    if (args[i]?.value === '-e' || args[i]?.value === '--exec' || args[i]?.value === '--') i++;
    const rest = args.slice(i);
    if (rest.length === 0) inv.env.b.opaque('interactive_shell', '`wsl` opens an interactive shell', inv.span);
    else dispatchCommand({ ...inv, name: rest[0]!.value ?? '', args: rest.slice(1), dispatch: (argv, input) => dispatchCommand({ ...inv, name: argv[0]?.value ?? '', args: argv.slice(1), stdin: input }) });
    return true;
  }
  return false;
}

/**
 * `cmd [/d] [/s] [/q] [/v:on] … /c|/k|/r COMMAND`: the rest of the line runs in cmd. From cmd itself
 * the words are the raw command line (`raw`); from another shell they are the arguments it passes.
 */
export function cmdFromArgv(inv: Invocation, raw = false): void {
  const args = inv.args;
  // Git Bash turns `//c` into `/c`; we accept both spellings.
  const at = args.findIndex((a) => /^\/\/?[ckr]$/i.test(a.value ?? ''));
  if (at === -1) {
    if (inv.stdin?.text) {
      shellWalker('cmd')(inv.stdin.text, { ...inv.scope, depth: inv.scope.depth + 1 }, inv.env, null, inv.span.start);
      return;
    }
    if (args.some((a) => a.value === '/?')) {
      inv.env.b.verb('read');
      return;
    }
    inv.env.b.opaque('interactive_shell', '`cmd` without /c opens an interactive shell: what it will run is unknown', inv.span);
    return;
  }
  const rest = args.slice(at + 1);
  if (rest.some((a) => a.value === null)) {
    inv.env.b.opaque('shell_dynamic_script', '`cmd /c` runs a command that is not fixed in the input', inv.span);
    return;
  }
  let line = raw ? rest.map((a) => a.text).join(' ') : rest.map((a) => (rest.length > 1 && /\s/.test(a.value!) ? `"${a.value}"` : a.value)).join(' ');
  // cmd strips the first and the last quote of what follows /c when it starts with one (`cmd /?`).
  if (line.startsWith('"')) {
    const last = line.lastIndexOf('"');
    line = last > 0 ? line.slice(1, last) + line.slice(last + 1) : line.slice(1);
  }
  inv.env.b.finding('shell_nested', '`cmd /c`: analysed as cmd', inv.span);
  shellWalker('cmd')(line, { ...inv.scope, depth: inv.scope.depth + 1 }, inv.env, inv.stdin, inv.span.start);
}

const PS_VALUED = ['executionpolicy', 'ep', 'ex', 'windowstyle', 'w', 'inputformat', 'if', 'outputformat', 'of', 'version', 'v', 'configurationname', 'workingdirectory', 'wd', 'psconsolefile', 'custompipename', 'settingsfile', 'encodedarguments', 'ea'];
const PS_SWITCHES = ['noprofile', 'nop', 'noninteractive', 'noni', 'nologo', 'noexit', 'sta', 'mta', 'login', 'l', 'interactive', 'i'];

/** `powershell|pwsh [-NoProfile …] (-Command|-c TEXT… | -EncodedCommand|-enc B64 | -File|-f SCRIPT | -)`. */
export function powershellFromArgv(inv: Invocation): void {
  const b = inv.env.b;
  const args = inv.args;
  const nested = { ...inv.scope, vars: new Map(inv.scope.vars), depth: inv.scope.depth + 1 };
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) {
      b.opaque('shell_dynamic_script', `\`${inv.name}\` runs a command that is not fixed in the input`, inv.span);
      return;
    }
    const flag = /^[-/]([A-Za-z_]+)(:.*)?$/.exec(v)?.[1]?.toLowerCase();
    if (flag === undefined) {
      // A bare word: Windows PowerShell reads the rest as a command; pwsh reads a script file.
      const rest = args.slice(i);
      if (rest.length === 1 && /\.ps1$/i.test(v)) {
        b.verb('exec').partial('script_unseen', `\`${inv.name} ${v}\` runs a script whose content is not part of the action`, inv.span);
        if (judgeNamedScript(inv, v, `\`${inv.name} ${v}\` runs a script we cannot see`)) return;
        dispatchCommand({ ...inv, name: './script.ps1', args: [] });
        return;
      }
      runText(inv, rest.map((a) => a.value ?? '').join(' '), nested);
      return;
    }
    if (flag === 'c' || (flag.length >= 3 && 'command'.startsWith(flag))) {
      const rest = args.slice(i + 1);
      if (rest.some((a) => a.value === null)) {
        b.opaque('shell_dynamic_script', `\`${inv.name} -Command\` runs a command that is not fixed in the input`, inv.span);
        return;
      }
      if (rest.length === 1 && rest[0]!.value === '-') {
        if (inv.stdin?.text) runText(inv, inv.stdin.text, nested);
        else b.opaque('shell_stdin_dynamic', `\`${inv.name} -Command -\` runs commands from ${inv.stdin?.producer ?? 'the terminal'}`, inv.span);
        return;
      }
      runText(inv, rest.map((a) => a.value).join(' '), nested);
      return;
    }
    if (flag === 'e' || flag === 'ec' || (flag.length >= 2 && 'encodedcommand'.startsWith(flag))) {
      const encoded = args[i + 1]?.value ?? null;
      const decoded = encoded === null ? null : decodeUtf16Base64(encoded);
      if (decoded === null) {
        b.opaque('powershell_encoded_unreadable', `\`${inv.name} -EncodedCommand\` carries text that is not valid UTF-16LE base64`, inv.span);
        return;
      }
      b.finding('powershell_encoded', `\`${inv.name} -EncodedCommand\` decoded: ${decoded.length > 120 ? `${decoded.slice(0, 117)}...` : decoded}`, inv.span);
      runText(inv, decoded, nested);
      return;
    }
    if (flag === 'f' || (flag.length >= 2 && 'file'.startsWith(flag))) {
      const file = args[i + 1]?.value;
      if (file === '-') {
        if (inv.stdin?.text) runText(inv, inv.stdin.text, nested);
        else b.opaque('shell_stdin_dynamic', `\`${inv.name} -File -\` runs commands from ${inv.stdin?.producer ?? 'the terminal'}`, inv.span);
        return;
      }
      if (downloadedRun(inv, file)) return;
      b.verb('exec').partial('script_unseen', `\`${inv.name} -File ${file ?? '?'}\` runs a script whose content is not part of the action`, inv.span);
      if (judgeNamedScript(inv, file ?? null, `\`${inv.name} -File ${file ?? '?'}\` runs a script we cannot see`)) return;
      dispatchCommand({ ...inv, name: './script.ps1', args: args.slice(i + 2) });
      return;
    }
    if (PS_VALUED.includes(flag)) i++;
    else if (!PS_SWITCHES.includes(flag) && !/^(help|\?)$/.test(flag)) b.partial('powershell_option_unknown', `\`${inv.name}\` option \`${v}\` is not one we know`, inv.span);
  }
  if (inv.stdin?.text) {
    runText(inv, inv.stdin.text, nested);
    return;
  }
  if (args.some((a) => /^[-/](\?|help)$/i.test(a.value ?? ''))) {
    b.verb('read');
    return;
  }
  b.opaque('interactive_shell', `\`${inv.name}\` opens an interactive shell: what it will run is unknown`, inv.span);
}

function runText(inv: Invocation, text: string, scope: ShellScope): void {
  inv.env.b.finding('shell_nested', `\`${inv.name}\`: analysed as PowerShell`, inv.span);
  shellWalker('powershell')(text, scope, inv.env, inv.stdin, inv.span.start);
}

/** `-EncodedCommand` text: base64 of UTF-16LE. Exact or nothing (SECURITY: a bad decode stays opaque). */
export function decodeUtf16Base64(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1 || compact.length === 0) return null;
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length % 2 !== 0) return null;
  const out = bytes.toString('utf16le');
  for (const ch of out) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || c < 0x09 || (c > 0x0d && c < 0x20)) return null;
  }
  return out;
}
