import { splitWords, writtenContent, type Invocation } from '../invocation.ts';
import { elevatedUnvettedScript, unvettedFile } from './wrappers.ts';
import { classifyCode } from './code.ts';
import { orm } from './data.ts';
import { appConsole } from './app-console.ts';
import { inputFile } from './common.ts';
import { pytestBaseTemp } from './filesystem.ts';
import { resolvePath } from '../../paths.ts';
import type { Word } from '../words.ts';
import { packageClientTlsOff } from './tls-verify.ts';
import { judgeNamedScript, scriptToldEnvironment } from './unknown.ts';
import { CMS_PHP_SCRIPTS } from './cms-catalogue.ts';
import { SCRIPT_NAMED_TOOLS } from './host-admin-catalogue.ts';
import { isVehicleShellScript, vehicleShell } from './vehicle-shell.ts';

/**
 * Nested shells and interpreters. A shell's script is parsed again (recursively); a script we cannot
 * see (dynamic string, a decoder's output, a download) is opaque.
 */

export const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'busybox', 'fish', 'tcsh', 'csh', 'rbash', 'yash', 'posh']);

export function shell(inv: Invocation): void {
  const b = inv.env.b;
  let args = inv.args;
  if (inv.name === 'busybox') {
    const applet = args[0]?.value;
    if (applet && SHELLS.has(applet)) args = args.slice(1);
    else {
      if (args.length > 0) inv.dispatch(args, inv.stdin);
      return;
    }
  }
  let i = 0;
  let command: number = -1;
  // `-s`: the commands come from standard input and the operands are its positional parameters (`bash -s -- ARG <<EOF`).
  let fromStdin = false;
  while (i < args.length) {
    const v = args[i]!.value;
    if (v === null) break;
    if (v === '--' || v === '-') {
      i++;
      break;
    }
    if (!v.startsWith('-') && !v.startsWith('+')) break;
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(v)) command = i;
    if (/^-[a-zA-Z]*s[a-zA-Z]*$/.test(v)) fromStdin = true;
    if (v === '-o' || v === '+o' || v === '--rcfile' || v === '--init-file') i++;
    i++;
  }
  if (command !== -1) {
    const script = args[i];
    if (!script && inv.args.every((a) => a.value !== null)) {
      // `bash -c` with nothing after it: every POSIX shell refuses ("option requires an argument") and runs nothing.
      b.verb('read').finding('shell_no_script', `\`${inv.name} -c\` without a script runs nothing`, inv.span);
      return;
    }
    if (!script || script.value === null) {
      // SECURITY: `bash -c "$(curl ...)"`, `bash -c "$X"`: the script is not in the input.
      b.opaque('shell_dynamic_script', `\`${inv.name} -c\` runs a script that is not fixed in the input`, inv.span);
      return;
    }
    inv.runSource(script.value, inv.stdin, `\`${inv.name} -c\``);
    return;
  }
  const file = fromStdin ? undefined : args[i];
  if (file) {
    b.verb('exec');
    if (runWritten(inv, file.value)) return;
    // Round 39 (td39): a tool shipped as a script (`sh Ventoy2Disk.sh -I /dev/sdc`) is that tool, judged by its catalogue
    // entry (host-admin-catalogue.ts SCRIPT_NAMED_TOOLS) as when run directly.
    if (SCRIPT_NAMED_TOOLS.shell.has(file.value?.replace(/^.*\//, '') ?? '')) {
      inv.dispatch(args.slice(i), inv.stdin);
      return;
    }
    if (file.value === null || /^\/dev\/(fd|stdin)|^\/proc\//.test(file.value)) {
      b.opaque('shell_dynamic_script', `\`${inv.name}\` runs a script we cannot see: \`${file.text}\``, inv.span);
      return;
    }
    b.partial('script_unseen', `\`${inv.name} ${file.value}\` runs a script file whose content is not part of the action`, inv.span);
    inputFile(inv, file.value, 'script');
    judgeNamedScript(inv, file.value, `\`${inv.name} ${file.value}\` runs a script we cannot see`);
    return;
  }
  if (inv.stdin) {
    if (inv.stdin.file !== undefined) {
      b.verb('exec').partial('script_unseen', `\`${inv.name}\` runs the script in ${inv.stdin.producer}, whose content is not part of the action`, inv.span);
      inputFile(inv, inv.stdin.file, 'script');
      return;
    }
    if (inv.stdin.text === null) {
      b.opaque('shell_stdin_dynamic', `\`${inv.name}\` runs commands from ${inv.stdin.producer}`, inv.span);
      return;
    }
    inv.runSource(inv.stdin.text, null, `\`${inv.name}\` reading its input`);
    return;
  }
  b.opaque('interactive_shell', `\`${inv.name}\` opens an interactive shell: what it will run is unknown`, inv.span);
}

/** A script this same input wrote: analyse its text, or call it opaque if the text is unknown. */
export function runWritten(inv: Invocation, path: string | null): boolean {
  if (path === null) return false;
  const content = writtenContent(inv.scope, path);
  if (content === undefined) return false;
  if (content === null) inv.env.b.opaque('script_written_dynamic', `\`${path}\` was written by this input with content we cannot see, then run`, inv.span);
  else inv.runSource(content, null, `the script \`${path}\` written earlier`);
  return true;
}

/**
 * CLIs whose `completion SHELL` (`completions SHELL` for rustup and poetry, `completion script` for Angular's `ng`) prints the
 * tool's own completion script: functions and `complete` lines, run nowhere else (each tool's reference).
 */
const COMPLETION_SCRIPT = String.raw`(kubectl|oc|helm|gh|glab|minikube|kind|k3d|kubeadm|flux|argocd|eksctl|velero|istioctl|docker|podman|nerdctl|npm|pnpm|deno|doctl|flyctl|fly|skaffold) completion|(rustup|poetry) completions|ng completion script`;

/**
 * Tools whose only output is environment setup (`export`, `alias`), made to be `eval`'d, named or by their path
 * (`/opt/homebrew/bin/brew shellenv`, as Homebrew's installer tells you to add it to `~/.zprofile`).
 */
const ENV_SETUP_TOOL = String.raw`(?:[\w.~/-]*\/)?(direnv hook|atuin init|oh-my-posh init|mcfly init|fzf --(?:bash|zsh|fish)|pyenv (virtualenv-)?init|rbenv init|nodenv init|jenv init|goenv init|plenv init|ssh-agent|minikube( -p [\w-]+)? (docker|podman)-env|brew shellenv|starship init|zoxide init|conda shell\.\w+ hook|opam env|keychain --eval|fnm env|mise activate|rtx activate|luarocks path|dircolors|gpg-agent --daemon|thefuck --alias|register-python-argcomplete|${COMPLETION_SCRIPT})\b[^$\`;|&()]*`;
const ENV_SETUP = new RegExp(String.raw`^"?\$\(\s*${ENV_SETUP_TOOL}\)"?$`);
/** The same setup read by `source <(TOOL …)` or `. <(TOOL …)` (round 29, t29: `source <(kubectl completion bash)`, as kubectl's docs say). */
const ENV_SETUP_SOURCED = new RegExp(String.raw`^<\(\s*${ENV_SETUP_TOOL}\)$`);

export function evalBuiltin(inv: Invocation): void {
  if (inv.args.length === 0) return;
  if (inv.args.length === 1 && ENV_SETUP.test(inv.args[0]!.text)) {
    inv.env.b.verb('exec').partial('eval_env_setup', `\`eval ${inv.args[0]!.text}\` loads a tool's environment setup`, inv.span);
    return;
  }
  if (inv.args.some((a) => a.value === null)) {
    inv.env.b.opaque('eval_dynamic', '`eval` of text that is not fixed in the input', inv.span);
    return;
  }
  inv.runSource(inv.args.map((a) => a.value).join(' '), inv.stdin, '`eval`');
}

/**
 * Python modules run with `python -m` that are the program of the same name (round 35, edge35): esptool's documentation
 * gives `python -m esptool` as the way to run it where the `esptool.py` script is not on PATH; the line is that program's.
 */
const MODULE_PROGRAMS = new Set(['esptool']);

/**
 * The lead's answer 62: a file sourced from a downloads or temporary folder (`. /tmp/x.sh`, `source ~/Downloads/setup.sh`),
 * another user's home (`source /home/bob/env.sh`) or the network (`source <(curl -s URL)`, `curl URL | source
 * /dev/stdin`) runs code nobody has seen in the session: destructive. A file of the working folder or the user's home
 * (`. ./env`, `source .venv/bin/activate`) is the project's own setup and changes nothing for what follows.
 */
const FETCHES = /^<\(\s*(\S*\/)?(curl|wget|fetch|http|https|xh|aria2c)\s|^<\(.*\bhttps?:\/\//;
function unseenSourcedFrom(inv: Invocation, file: Word): string | null {
  if (FETCHES.test(file.text) || (/^\/dev\/(fd\/0|stdin)$/.test(file.value ?? '') && /^(curl|wget|xh|http|https)$/.test(inv.stdin?.producer ?? ''))) return 'the network';
  if (file.value === null) return null;
  if (unvettedFile(inv, file.value)) return 'a downloads or temporary folder';
  const r = resolvePath(file.value, inv.scope);
  const home = (inv.scope.home ?? inv.env.ctx.home)?.replace(/\/+$/, '');
  const owner = r === null ? null : /^(\/home\/[^/]+|\/Users\/[^/]+|\/root)(\/|$)/.exec(r)?.[1];
  return home !== undefined && owner !== undefined && owner !== null && owner !== home && owner !== '/Users/Shared' ? 'another user\'s home' : null;
}

export function source(inv: Invocation): void {
  const file = inv.args[0];
  inv.env.b.verb('exec');
  if (file && runWritten(inv, file.value)) return;
  if (file && inv.args.length === 1 && ENV_SETUP_SOURCED.test(file.text)) {
    inv.env.b.partial('eval_env_setup', `\`${inv.name} ${file.text}\` loads a tool's environment setup or completion`, inv.span);
    return;
  }
  const from = file === undefined ? null : unseenSourcedFrom(inv, file);
  if (from !== null) {
    inv.env.b.destroy('downloaded_code_run', `\`${inv.name} ${file!.text}\` runs a script from ${from} in this shell: code nobody has seen (the lead's answer 62)`, inv.span);
    return;
  }
  if (!file || file.value === null || /^\/dev\/(fd|stdin)|^\/proc\//.test(file.value)) {
    inv.env.b.opaque('source_dynamic', `\`${inv.name}\` runs a script we cannot see`, inv.span);
    return;
  }
  inv.env.b.partial('script_unseen', `\`${inv.name} ${file.value}\` runs a script whose content is not part of the action`, inv.span);
  inputFile(inv, file.value, 'script');
  judgeNamedScript(inv, file.value, `\`${inv.name} ${file.value}\` runs a script we cannot see`);
}

interface InterpreterSpec {
  language: 'python' | 'javascript' | 'perl' | 'ruby' | 'php' | 'lua' | 'r';
  code: string[];
  valued: string[];
  /**
   * Round 41 (ol41, cheat.sh's tuned `php -i`): options that print something and exit without running code or opening
   * the interpreter, read where they come before any code option or script operand (php(1): `-i` phpinfo, `-m` the
   * modules, `--ini` the configuration files, `-l` a syntax check that does not run the file).
   */
  prints?: string[];
}

const INTERPRETERS: Record<string, InterpreterSpec> = {
  python: { language: 'python', code: ['-c'], valued: ['-W', '-X', '-m'] },
  node: { language: 'javascript', code: ['-e', '--eval', '-p', '--print'], valued: ['-r', '--require', '--import', '--loader', '--env-file', '-C', '--conditions', '--input-type'] },
  deno: { language: 'javascript', code: [], valued: [] },
  bun: { language: 'javascript', code: ['-e', '--eval', '-p', '--print'], valued: [] },
  perl: { language: 'perl', code: ['-e', '-E'], valued: ['-I', '-M', '-m'] },
  ruby: { language: 'ruby', code: ['-e'], valued: ['-I', '-r'] },
  php: { language: 'php', code: ['-r'], valued: ['-d', '-c'], prints: ['-i', '--info', '-m', '--modules', '--ini', '-l', '--syntax-check', '-v', '--version', '-h', '--help'] },
  lua: { language: 'lua', code: ['-e'], valued: ['-l'] },
  Rscript: { language: 'r', code: ['-e'], valued: ['--default-packages'] },
  R: { language: 'r', code: ['-e'], valued: [] },
};

export function interpreterSpec(name: string): InterpreterSpec | undefined {
  const base = name.replace(/[\d.]+$/, '');
  if (base === 'python' || base === 'pypy' || base === 'ipython') return INTERPRETERS.python;
  if (base === 'nodejs') return INTERPRETERS.node;
  if (base === 'luajit') return INTERPRETERS.lua;
  return INTERPRETERS[base];
}

/**
 * Round 44 (sh44): a script word that is one variable and then a fixed path (`$IDF_PATH/components/partition_table/
 * parttool.py`, `"${IDF_PATH}/tools/idf.py"`): a tool's own install folder, named by the variable its documentation sets
 * (ESP-IDF's export script sets IDF_PATH). Where the fixed name is a tool the catalogue knows (SCRIPT_NAMED_TOOLS), the
 * tool's name; else null (the word stays not fixed). No `..` in the fixed part: the name must be the tool's own file.
 */
const VARIABLE_THEN_PATH = /^(["']?)\$(\{[A-Za-z_]\w*\}|[A-Za-z_]\w*)((\/[\w.+-]+)+)\1$/;
function scriptNamedToolUnderVariable(text: string): string | null {
  const m = VARIABLE_THEN_PATH.exec(text);
  if (m === null || m[1] === "'" || m[3]!.split('/').includes('..')) return null;
  const name = m[3]!.slice(m[3]!.lastIndexOf('/') + 1);
  return SCRIPT_NAMED_TOOLS.python.has(name) ? name : null;
}

export function interpreter(inv: Invocation): void {
  const spec = interpreterSpec(inv.name)!;
  const b = inv.env.b;
  const args = inv.args;
  if (inv.name === 'deno' && args[0]?.value === 'eval') {
    const code = args.slice(1).find((a) => a.value === null || !a.value.startsWith('-'));
    inspect(inv, spec, code?.value ?? null);
    return;
  }
  if ((spec.language === 'javascript' || spec.language === 'python') && args[0]?.value && ['run', 'test', 'install', 'build', 'x', 'add'].includes(args[0].value) && inv.name.startsWith('bun')) {
    b.verb('exec').partial('package_script', `\`${inv.name} ${args[0].value}\` runs project code`, inv.span);
    return;
  }
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) {
      const named = spec.language === 'python' ? scriptNamedToolUnderVariable(args[i]!.text) : null;
      if (named !== null) inv.dispatch([{ ...args[i]!, value: named }, ...args.slice(i + 1)], inv.stdin);
      else break;
      return;
    }
    if (spec.prints?.includes(v)) {
      b.verb('read');
      return;
    }
    // `-c CODE`, or a bundle ending in the code flag (`python -Bc`, `perl -ne`, `ruby -we`).
    const isCode = spec.code.includes(v) || (/^-[a-zA-Z]{2,}$/.test(v) && spec.code.some((c) => c.length === 2 && v.endsWith(c[1]!)));
    if (isCode) {
      inspect(inv, spec, args[i + 1]?.value ?? null);
      return;
    }
    if (v === '-m' && spec.language === 'python') {
      const mod = args[i + 1]?.value;
      // `python -m pip config set global.trusted-host H` stores what `pip config set` stores (the lead's answer 88).
      if ((mod === 'pip' || mod === 'conda') && packageClientTlsOff({ ...inv, args: args.slice(i + 2) }, mod)) return;
      // A module that is also the program of its name (MODULE_PROGRAMS): judged as that program with the rest of the line.
      if (mod !== undefined && mod !== null && MODULE_PROGRAMS.has(mod)) {
        inv.dispatch(args.slice(i + 1), inv.stdin);
        return;
      }
      b.verb('exec').partial('python_module', `\`${inv.name} -m ${mod ?? '?'}\` runs a module`, inv.span);
      if (mod && ['http.server', 'SimpleHTTPServer'].includes(mod)) b.verb('network');
      if (mod === 'pytest') pytestBaseTemp(inv, args.slice(i + 2));
      return;
    }
    if (!v.startsWith('-') || v === '-') {
      if (v === '-') break;
      // Round 38 (ot38): `python3 Tools/mavlink_shell.py PORT`, the vehicle's shell fed its input (381.2).
      if (spec.language === 'python' && isVehicleShellScript(v)) return vehicleShell({ ...inv, args: args.slice(i + 1) }, v);
      // `python manage.py shell -c CODE`, `php artisan tinker --execute=CODE`: the framework's console.
      if (appConsole(inv, v, args.slice(i + 1))) return;
      // Round 38 (bl38): a CMS's own console run by PHP (`php bin/magento cache:flush`, `php craft up`, `php
      // cli/joomla.php site:down`) is that tool, judged by its catalogue entry (cms-catalogue.ts) as when run directly;
      // round 39 (td39): so is a tool shipped as a Python script (`python3 sqlmap.py …`, SCRIPT_NAMED_TOOLS).
      if ((spec.language === 'php' && CMS_PHP_SCRIPTS.has(v.replace(/^.*\//, ''))) || (spec.language === 'python' && SCRIPT_NAMED_TOOLS.python.has(v.replace(/^.*\//, '')))) {
        inv.dispatch(args.slice(i), inv.stdin);
        return;
      }
      if (orm(inv, args.slice(i).map((a) => a.value ?? '?'))) return;
      b.verb('exec').partial('script_unseen', `\`${inv.name} ${v}\` runs a script whose content is not part of the action`, inv.span);
      inputFile(inv, v, 'script');
      // Answer 205's production name and 336.7's destroy names, for a script an interpreter runs too (answer 346.6).
      judgeNamedScript(inv, v, `\`${inv.name} ${v}\` runs a script we cannot see`);
      scriptToldEnvironment(inv, args.slice(i + 1));
      return;
    }
    if (spec.valued.includes(v)) i++;
  }
  if (inv.stdin) {
    inspect(inv, spec, inv.stdin.text, inv.stdin.producer);
    return;
  }
  if (args.some((a) => a.value === '--test' || a.value === '--run' || a.value === '--watch')) {
    b.verb('exec').partial('runs_project_code', `\`${inv.name}\` runs the project's tests or scripts`, inv.span);
    return;
  }
  if (args.some((a) => a.value === '--version' || a.value === '-V' || a.value === '--help' || a.value === '-h' || a.value === '-v')) {
    b.verb('read');
    return;
  }
  b.opaque('interactive_interpreter', `\`${inv.name}\` opens an interactive interpreter`, inv.span);
}

function inspect(inv: Invocation, spec: InterpreterSpec, code: string | null, producer?: string): void {
  const b = inv.env.b;
  if (code === null) {
    b.opaque('code_dynamic', `\`${inv.name}\` runs code ${producer ? `from ${producer}` : 'that is not fixed in the input'}`, inv.span);
    return;
  }
  classifyCode(code, spec.language, inv);
}

/**
 * osascript(1): AppleScript (or JavaScript with `-l JavaScript`) from `-e` lines, a here-document or a script file.
 * The script is judged by the commands in it that reach outside: `do shell script` and Terminal's `do script` run their
 * string as a shell command; the Finder's `delete` moves items to the Trash (a write) while `empty trash` deletes them
 * for good; `delete` in any other app (Mail, Notes, Photos, Reminders) deletes its items; System Events' `shut down`,
 * `restart` and `log out` end every app's session. Keystrokes typed into whatever app is in front, and `run script`,
 * cannot be followed.
 */
export function osascript(inv: Invocation): void {
  const b = inv.env.b;
  const lines: Array<string | null> = [];
  let file: string | null | undefined;
  for (let i = 0; i < inv.args.length; i++) {
    const v = inv.args[i]!.value;
    if (v === '-e') lines.push(inv.args[++i]?.value ?? null);
    else if (v === '-l' || v === '-s') i++;
    else if (v === null || !v.startsWith('-')) {
      if (lines.length === 0) file = v;
      break;
    }
  }
  if (lines.length === 0 && file !== undefined) {
    b.verb('exec').partial('script_unseen', `\`osascript ${file ?? '…'}\` runs a script whose content is not part of the action`, inv.span);
    if (file !== null) inputFile(inv, file, 'script');
    return;
  }
  if (lines.length === 0) lines.push(inv.stdin ? inv.stdin.text : null);
  if (lines.some((l) => l === null)) {
    b.opaque('code_dynamic', `\`osascript\` runs a script ${inv.stdin && lines.length === 1 ? `from ${inv.stdin.producer}` : 'that is not fixed in the input'}`, inv.span);
    return;
  }
  const script = lines.join('\n');
  b.verb('exec').target({ kind: 'host', id: 'localhost', environment: null, home: false });
  // `do shell script "…"` (AppleScript), `doShellScript("…")` (JavaScript), Terminal's and iTerm's `do script` / `write text`.
  const commands = /\b(?:do\s+shell\s+script|doShellScript\s*\(|do\s+script|doScript\s*\(|write\s+text)\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')?\s*([&+)]?)/gi;
  for (const m of script.matchAll(commands)) {
    if (m[1] === undefined || m[2] === '&' || m[2] === '+') b.opaque('code_dynamic', '`osascript` runs a shell command built at run time', inv.span);
    else {
      const command = m[1].slice(1, -1).replace(/\\(.)/g, '$1');
      // `… with administrator privileges` (on the same line) runs the command as root after the password dialog: a script
      // from Downloads or a temporary folder run so is the lead's decision 26, as under sudo.
      const rest = script.slice((m.index ?? 0) + m[0].length).split('\n')[0] ?? '';
      const unvetted = /\badministrator\s+privileges\b|administratorPrivileges\s*:\s*true/i.test(rest) ? elevatedUnvettedScript(splitWords(command, inv.span), inv.scope.cwd) : null;
      if (unvetted !== null) b.destroy('elevated_unvetted_script', `\`osascript\` runs \`${unvetted}\` with administrator privileges, from a downloads or temporary folder: code nobody has seen, with every right (lead decision 26)`, inv.span);
      inv.runSource(command, null, '`osascript` `do shell script`');
    }
  }
  const apps = [...script.matchAll(/\b(?:tell\s+(?:application|app)\s+|Application\s*\(\s*)["']([^"']+)["']/gi)].map((m) => m[1]!.toLowerCase());
  if (/\bempty\s+(the\s+)?trash\b|\bemptyTrash\s*\(/i.test(script)) b.verb('delete').destroy('trash_empty', '`osascript` empties the Trash: what was in it is deleted for good', inv.span);
  if (/\b(?:shut\s+down|restart|log\s+out)\b|\.(?:shutDown|restart|logOut)\s*\(/.test(script) && apps.some((a) => a === 'system events' || a === 'finder')) b.verb('write').destroy('host_shutdown', '`osascript` shuts the machine down, restarts it or logs the user out', inv.span);
  if (/\bdelete\b|\.delete\s*\(/i.test(script)) {
    const others = apps.filter((a) => a !== 'finder' && a !== 'system events');
    if (others.length > 0) b.verb('delete').destroy('app_data_delete', `\`osascript\` deletes items in ${others.map((a) => `\`${a}\``).join(', ')}`, inv.span);
    else b.verb('write').finding('trash_move', '`osascript`: the Finder moves what it deletes to the Trash', inv.span);
  }
  if (/\b(keystroke|key\s+code|run\s+script)\b|\.keystroke\s*\(/i.test(script)) b.opaque('osascript_keystrokes', '`osascript` types into, or runs, something the action does not show', inv.span);
}
