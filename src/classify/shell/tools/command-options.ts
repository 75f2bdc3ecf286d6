import type { Invocation } from '../invocation.ts';
import type { Word } from '../words.ts';
import { afterOwnOptions } from './common.ts';
import { mayTakeValue } from './unknown-verbs.ts';
import { makefileRecipes, MAX_STORED_LINES } from '../../stored-commands.ts';

/**
 * Commands carried inside another command's options: the program runs the option's value as a shell
 * command line (`sh -c VALUE`), whatever else it does. Each is judged as that command line, here and
 * now (a deferred or repeated run is no safer). From each tool's manual:
 * - flock(1) `-c|--command CMD`; sg(1) `-c CMD` (or the command as the word after the group);
 * - nix-shell(1) `--run|--command CMD`; nodemon `-x|--exec CMD`;
 * - GNU tar `--to-command`, `--use-compress-program|-I`, `--info-script|--new-volume-script|-F`, `--rsh-command`,
 *   `--checkpoint-action=exec=CMD`;
 * - rsync(1) `-e|--rsh CMD` and `--rsync-path` (run on the remote side); scp/sftp `-S PROGRAM`;
 * - ssh_config(5) `ProxyCommand`, `LocalCommand`, `KnownHostsCommand`, `RemoteCommand` given with `-o` to ssh, scp,
 *   sftp, autossh, or inside rsync's `-e 'ssh -o …'`.
 * A remote-shell value that is only `ssh`/`rsh` with its options (`rsync -e 'ssh -p 2222'`) runs nothing else.
 */
const COMMAND_OPTIONS: Record<string, RegExp> = {
  flock: /^(-c|--command)$/,
  'nix-shell': /^(--run|--command)$/,
  nodemon: /^(-x|--exec)$/,
  tar: /^(--to-command|--use-compress-program|-I|--info-script|--new-volume-script|-F|--rsh-command)$/,
  rsync: /^(-e|--rsh|--rsync-path)$/,
  scp: /^-S$/,
  sftp: /^-S$/,
};
COMMAND_OPTIONS.bsdtar = COMMAND_OPTIONS.tar!;

/**
 * Round 44 (atk44): getopt_long takes any unique prefix of a long option (`--use-compress-prog`, `--to-comm`; glibc's
 * getopt(3), "Long options may be abbreviated"): GNU tar's command-valued options as any prefix of three letters or more.
 * An ambiguous prefix makes tar stop with an error, so reading one as the command is the fail-closed side.
 */
function withGetoptPrefixes(exact: RegExp, longs: readonly string[]): RegExp {
  const prefixes = longs.flatMap((l) => Array.from({ length: l.length - 4 }, (_, i) => l.slice(0, 5 + i)));
  return new RegExp(`${exact.source}|^(${[...new Set(prefixes)].map((p) => p.replace(/[-]/g, '\\-')).join('|')})$`);
}
COMMAND_OPTIONS.tar = withGetoptPrefixes(COMMAND_OPTIONS.tar!, ['--to-command', '--use-compress-program', '--info-script', '--new-volume-script', '--rsh-command']);
COMMAND_OPTIONS.gtar = COMMAND_OPTIONS.tar;

const SSH_FAMILY = /^(ssh|scp|sftp|autossh|rsync)$/;
const SSH_COMMAND_OPTION = /^\s*(ProxyCommand|LocalCommand|KnownHostsCommand|RemoteCommand)\s*(?:=\s*|\s+)(.+)$/is;
const REMOTE_SHELL = /^\s*(ssh|rsh|autossh|\/usr\/bin\/ssh)(\s|$)/;

/** Values of `opt` in `args`: `--opt VALUE`, `--opt=VALUE`, and `-xVALUE` for a one-letter option. */
function valuesOf(args: Word[], opt: RegExp): Array<{ value: string | null; word: Word }> {
  const out: Array<{ value: string | null; word: Word }> = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) continue;
    if (v === '--') break;
    if (opt.test(v)) {
      const next = args[i + 1];
      if (next) out.push({ value: next.value, word: next });
      i++;
      continue;
    }
    const eq = /^(--?[\w-]+)=(.*)$/s.exec(v);
    if (eq && opt.test(eq[1]!)) {
      out.push({ value: eq[2]!, word: args[i]! });
      continue;
    }
    const short = /^(-[A-Za-z])(.+)$/s.exec(v);
    if (short && !v.startsWith('--') && opt.test(short[1]!)) out.push({ value: short[2]!, word: args[i]! });
  }
  return out;
}

/** Judges a command line a program will run; a value we cannot see is the worst case. */
function judge(inv: Invocation, value: string | null, why: string): void {
  if (value === null) {
    inv.env.b.opaque('option_command_dynamic', `${why} runs a command that is not fixed in the input`, inv.span);
    return;
  }
  if (value.trim() === '') return;
  inv.runSource(value, null, why);
}

/** `-o ProxyCommand=…` (and the other command-valued ssh options) in an ssh-family argument list. */
function sshCommandOptions(inv: Invocation, args: Word[], who: string): void {
  for (const { value } of valuesOf(args, /^-o$/)) {
    if (value === null) continue;
    const m = SSH_COMMAND_OPTION.exec(value);
    if (!m || /^none$/i.test(m[2]!.trim())) continue;
    // `ProxyCommand='ssh -W %h:%p bastion'` only forwards the connection through another ssh (whose own -o count).
    if (REMOTE_SHELL.test(m[2]!)) sshCommandOptions(inv, m[2]!.trim().split(/\s+/).slice(1).map((t) => ({ ...args[0]!, value: t, text: t })), who);
    else judge(inv, m[2]!, `\`${who} -o ${m[1]}\``);
  }
}

/** Runs every command carried in `inv`'s options; adds facts, never replaces the tool's own analysis. */
export function commandOptions(inv: Invocation): void {
  const name = inv.name;
  const opts = COMMAND_OPTIONS[name];
  if (opts) {
    for (const { value, word } of valuesOf(inv.args, opts)) {
      const why = `\`${name} ${word.value?.split('=')[0] ?? ''}\``.replace(/ `$/, '`');
      // rsync -e / scp -S name the remote shell: `ssh -p 2222` runs nothing but ssh (its own -o options aside).
      if (value !== null && /^(rsync|scp|sftp)$/.test(name) && REMOTE_SHELL.test(value) && !/--rsync-path/.test(word.value ?? '')) {
        const words = value.trim().split(/\s+/).map((t) => ({ ...word, value: t, text: t }));
        sshCommandOptions(inv, words.slice(1), value.trim().split(/\s+/)[0]!);
        continue;
      }
      judge(inv, value, why);
    }
  }
  if (/^(tar|gtar|bsdtar)$/.test(name)) {
    for (const { value } of valuesOf(inv.args, /^--checkpoint-action$/)) {
      const m = value === null ? null : /^exec=(.*)$/s.exec(value);
      if (value === null) judge(inv, null, '`tar --checkpoint-action`');
      else if (m) judge(inv, m[1]!, '`tar --checkpoint-action=exec`');
    }
  }
  if (SSH_FAMILY.test(name) && name !== 'rsync') sshCommandOptions(inv, inv.args, name);
  // Emacs Lisp given on the line (`--eval`, `emacsclient -e`) can run any command (`shell-command`, `delete-directory`).
  if (/^(emacs|emacsclient)$/.test(name) && inv.args.some((a) => a.value === null || /^(--?eval|--execute)(=|$)/.test(a.value) || (name === 'emacsclient' && a.value === '-e'))) {
    inv.env.b.opaque('elisp_code', `\`${name}\` evaluates Emacs Lisp, which can run or delete anything`, inv.span);
  }
  // sg GROUP [-c] COMMAND: the command is one string, run by /bin/sh.
  if (name === 'sg' && inv.args.length >= 2) {
    const rest = inv.args.slice(1);
    const cmd = rest[0]?.value === '-c' ? rest[1] : rest[0];
    if (cmd) judge(inv, cmd.value, '`sg`');
  }
  // trap COMMAND SIGNAL...: the shell runs COMMAND when the signal (or EXIT) comes.
  if (name === 'trap' && inv.args.length >= 2 && inv.args[0]!.value !== '-' && inv.args[0]!.value !== '--') {
    const first = inv.args[0]!.value === '--' ? inv.args[1]! : inv.args[0]!;
    if (!/^-[lp]$/.test(first.value ?? '')) {
      const b = inv.env.b;
      const [was, reversible, destroyed, opaque] = [b.destructive, b.reversible, b.destroyCodes.length, b.opaqueCodes.length];
      judge(inv, first.value, '`trap`');
      // The handler runs at exit with the variables of that moment, which the script usually sets after the trap
      // (`trap 'rm -rf "$tmp"' EXIT; tmp=$(mktemp -d)`): a path dynamic only through a variable is not held against
      // it here; fixed paths, and everything else the handler does, are.
      if (!was && b.opaqueCodes.length === opaque && b.destroyCodes.length > destroyed && b.destroyCodes.slice(destroyed).every((c) => /^path_dynamic/.test(c))) {
        b.destructive = false;
        b.reversible = reversible;
      }
    }
  }
}

/**
 * Environment managers that run the command after their own options in the project's environment: `poetry run`,
 * `pipenv run`, `uv run`, `pdm run`, `hatch run`, `rye run`, `conda|mamba|micromamba run [-n ENV]`, `pixi run`,
 * `direnv exec DIR`, `mise exec|x [TOOLS] --`, `asdf exec`, `rbenv|pyenv|nodenv|goenv|jenv|plenv exec`, `nix develop|shell … -c|--command`,
 * `devbox run`, `guix shell … --`. The
 * command is the action (a name that is a project script instead is an unknown program, judged as such).
 */
const RUNNERS: Record<string, { sub: RegExp; valued: Set<string>; skip?: number; after?: RegExp }> = {
  poetry: { sub: /^run$/, valued: new Set(['-C', '--directory', '-P', '--project']) },
  pipenv: { sub: /^run$/, valued: new Set() },
  uv: { sub: /^run$/, valued: new Set(['--with', '--with-editable', '--with-requirements', '-p', '--python', '--project', '--directory', '--env-file', '--extra', '--group', '--only-group', '--no-group', '--package', '--index', '--default-index', '--index-url', '--extra-index-url', '--python-platform', '-w']) },
  pdm: { sub: /^run$/, valued: new Set(['-p', '--project', '--venv']) },
  hatch: { sub: /^run$/, valued: new Set() },
  rye: { sub: /^run$/, valued: new Set() },
  conda: { sub: /^run$/, valued: new Set(['-n', '--name', '-p', '--prefix', '--cwd']) },
  mamba: { sub: /^run$/, valued: new Set(['-n', '--name', '-p', '--prefix', '--cwd']) },
  micromamba: { sub: /^run$/, valued: new Set(['-n', '--name', '-p', '--prefix', '--cwd']) },
  pixi: { sub: /^run$/, valued: new Set(['-e', '--environment', '--manifest-path']) },
  devbox: { sub: /^run$/, valued: new Set(['-c', '--config', '-e', '--env']) },
  direnv: { sub: /^exec$/, valued: new Set(), skip: 1 },
  asdf: { sub: /^exec$/, valued: new Set() },
  // The per-language version managers' `exec` runs any command with their shims first on PATH (`rbenv exec rm …`), atk40.
  rbenv: { sub: /^exec$/, valued: new Set() },
  pyenv: { sub: /^exec$/, valued: new Set() },
  nodenv: { sub: /^exec$/, valued: new Set() },
  goenv: { sub: /^exec$/, valued: new Set() },
  jenv: { sub: /^exec$/, valued: new Set() },
  plenv: { sub: /^exec$/, valued: new Set() },
  mise: { sub: /^(exec|x)$/, valued: new Set(['-C', '--cd', '-j', '--jobs']), after: /^--$/ },
  nix: { sub: /^(develop|shell)$/, valued: new Set(), after: /^(-c|--command)$/ },
  // Round 44 (atk44): `guix shell [PACKAGES…] -- CMD` runs CMD in that environment (GNU Guix manual, "Invoking guix shell").
  guix: { sub: /^shell$/, valued: new Set(), after: /^--$/ },
};

/** The argv a runner runs, or null when `inv` is not one running a command. */
export function runnerArgv(inv: Invocation): Word[] | null {
  const spec = RUNNERS[inv.name];
  if (!spec) return null;
  const subAt = inv.args.findIndex((a) => a.value !== null && !a.value.startsWith('-'));
  if (subAt === -1 || !spec.sub.test(inv.args[subAt]!.value!)) return null;
  const rest = inv.args.slice(subAt + 1);
  if (spec.after) {
    const at = rest.findIndex((a) => spec.after!.test(a.value ?? ''));
    return at === -1 ? null : rest.slice(at + 1);
  }
  const argv = afterOwnOptions(rest, spec.valued, spec.skip);
  return argv.length > 0 ? argv : null;
}

/**
 * Terminals served over the web: gotty and ttyd run the command after their own options and show it in a browser. Served
 * writable (`gotty -w|--permit-write`, `ttyd -W|--writable`) with no credential (`-c USER:PASSWORD`), anyone who reaches
 * the port types into that program: a shell opened to the network, a safeguard off. Read-only, it only shows the output.
 */
const WEB_TERMINALS: Record<string, { valued: Set<string>; writable: string[]; credential: string[] }> = {
  gotty: {
    valued: new Set(['-a', '--address', '-p', '--port', '-c', '--credential', '--title-format', '--tls-crt', '--tls-key', '--tls-ca-crt', '--index', '--ws-origin', '--term', '--config', '--max-connection', '--timeout', '--width', '--height', '--path', '--random-url-length', '--close-signal', '--close-timeout', '--permit-arguments-max']),
    writable: ['-w', '--permit-write'],
    credential: ['-c', '--credential'],
  },
  ttyd: {
    valued: new Set(['-p', '--port', '-i', '--interface', '-U', '--socket-owner', '-c', '--credential', '-H', '--auth-header', '-u', '--uid', '-g', '--gid', '-s', '--signal', '-w', '--cwd', '-t', '--client-option', '-T', '--terminal-type', '-m', '--max-clients', '-I', '--index', '-b', '--base-path', '-P', '--ping-interval', '-C', '--ssl-cert', '-K', '--ssl-key', '-A', '--ssl-ca', '-d', '--debug', '-f', '--srv-buf-size']),
    writable: ['-W', '--writable'],
    credential: ['-c', '--credential', '-H', '--auth-header'],
  },
};

/** A web terminal: judges the command it serves and whether it is served writable to anyone; false for other programs. */
export function webTerminal(inv: Invocation): boolean {
  const spec = WEB_TERMINALS[inv.name];
  if (!spec) return false;
  const own = inv.args.slice(0, inv.args.length - afterOwnOptions(inv.args, spec.valued).length);
  const has = (names: string[]) => own.some((a) => names.includes(a.value ?? '') || names.some((n) => n.startsWith('--') && (a.value ?? '').startsWith(`${n}=`)));
  const argv = afterOwnOptions(inv.args, spec.valued);
  const b = inv.env.b.verb('network', 'exec');
  if (has(spec.writable) && !has(spec.credential)) {
    b.target({ kind: 'host', id: 'localhost', environment: null, home: false }).destroy('safeguard_off', `\`${inv.name}\` serves a writable terminal to anyone who reaches its port, with no credential`, inv.span);
  }
  if (argv.length > 0) inv.dispatch(argv, inv.stdin);
  return true;
}

/**
 * `make -f -` reads its makefile from the input, and `make [-f FILE]` of a makefile this same input wrote runs
 * that text's recipes: each recipe line is a shell command line (GNU make manual, "Recipe Execution"). A makefile
 * on the pipe whose text we cannot see is the worst case. Returns true when it judged the recipes.
 */
export function makeRecipes(inv: Invocation, written: (path: string) => string | null | undefined): boolean {
  if (inv.name !== 'make' && inv.name !== 'gmake') return false;
  const files = valuesOf(inv.args, /^(-f|--file|--makefile)$/);
  const judgeText = (text: string | null, where: string): void => {
    if (text === null) {
      inv.env.b.opaque('makefile_dynamic', `\`${inv.name}\` runs the recipes of ${where}, which we cannot see`, inv.span);
      return;
    }
    const recipes = makefileRecipes(text);
    if (recipes.length > MAX_STORED_LINES) inv.env.b.opaque('stored_commands_too_many', `${where} has more recipe lines than are judged`, inv.span);
    for (const r of recipes.slice(0, MAX_STORED_LINES)) inv.runSource(r, null, `a recipe of ${where}`);
  };
  let judged = false;
  for (const { value } of files) {
    if (value === '-' || value === '/dev/stdin') {
      judgeText(inv.stdin ? inv.stdin.text : null, 'the makefile on its input');
      judged = true;
    } else if (value !== null) {
      const text = written(value);
      if (text !== undefined) {
        judgeText(text, `\`${value}\`, written earlier in this input`);
        judged = true;
      }
    }
  }
  if (files.length === 0) {
    for (const f of ['GNUmakefile', 'makefile', 'Makefile']) {
      const text = written(f);
      if (text === undefined) continue;
      judgeText(text, `\`${f}\`, written earlier in this input`);
      return true;
    }
  }
  return judged;
}

/**
 * `npm pkg set scripts.NAME=CMD` (and `npm set-script NAME CMD`) stores a command that `npm run NAME`, and for
 * lifecycle names `npm install`/`test`/`start`, later run through the shell: judged when it is stored, in this
 * input or another one, as git's aliases are.
 */
export function npmScriptSet(inv: Invocation): void {
  if (!/^(npm|pnpm|yarn)$/.test(inv.name)) return;
  const pos = inv.args.filter((a) => a.value === null || !a.value.startsWith('-'));
  if (pos[0]?.value === 'pkg' && pos[1]?.value === 'set') {
    for (const w of pos.slice(2)) {
      if (w.value === null) {
        if (/^["']?scripts\./.test(w.text)) judge(inv, null, '`npm pkg set scripts`');
        continue;
      }
      const m = /^scripts\.([^=]+)=(.*)$/s.exec(w.value);
      if (m) judge(inv, m[2]!, `the npm script \`${m[1]}\` stored by \`npm pkg set\``);
    }
  }
  if (pos[0]?.value === 'set-script' && pos.length >= 3) judge(inv, pos[2]!.value, `the npm script \`${pos[1]!.value ?? '?'}\``);
}

/**
 * A program we do not know that is given a whole command line as one argument (`watchexec 'CMD'`,
 * `hyperfine 'CMD'`, `concurrently 'CMD'`, `entr -s 'CMD'`, `--exec='CMD'`): task runners, benchmarkers and
 * watchers run such a word through the shell. A word of several words whose first one is a program we know is
 * judged as that command line; prose rarely starts with one, and when it does the reading is the worse one.
 */
export function commandStrings(inv: Invocation, known: (name: string) => boolean): void {
  // `adb shell 'CMD'`, `lxc exec C -- CMD`, `limactl shell VM CMD`: run on another machine, whose paths are not ours.
  if (inv.args.some((a) => a.value !== null && /^(shell|exec|ssh|enter|attach|console|remote)$/.test(a.value))) return;
  for (const a of inv.args.slice(0, 64)) {
    if (a.value === null) continue;
    const eq = /^--?[\w-]+=(.+)$/s.exec(a.value);
    const v = (eq ? eq[1]! : a.value).trim();
    if (!/\s/.test(v)) continue;
    const first = /^([\w./+-]+)/.exec(v)?.[1];
    if (first && known(first.replace(/^.*\//, ''))) inv.runSource(v, null, `\`${inv.name}\` runs the command line \`${v.slice(0, 40)}\``);
  }
}

/** Subcommands of an unknown program that run a command line where they reach (`adb shell`, `vagrant ssh`, `apptainer exec`). */
const REMOTE_SUBCOMMAND = /^(shell|ssh|exec)$/;
/** Options that carry that command line as one word (`vagrant ssh -c CMD`, `lando ssh --command=CMD`, `fs_cli -x CMD`). */
const REMOTE_COMMAND_OPTION = /^(-c|--command|--cmd|-x|--exec|--execute)$/;

/**
 * Round 43 (loto43): an unknown program's `shell`, `ssh` or `exec` subcommand (one of its first two operands) runs a
 * command line on the machine or in the container it reaches (`adb shell CMD`, `vagrant ssh -c 'CMD'`, `apptainer exec
 * IMG CMD`, `lando ssh -c CMD`), as the catalogue's `remote` entries read it (service-catalogue.ts `remoteCommand`): that
 * line is judged through the shell model instead of the program's own words. The line is a command option's value, else
 * the words after `--`, else those from the first program we know (`known`); with no word after the subcommand, the
 * program's input or an interactive shell, which the action does not show. False (the line's own reading decides) when
 * other words follow and none is a program we know, or when `destroys` reads a word before the command line.
 */
export function remoteSubcommandRun(inv: Invocation, known: (name: string) => boolean, destroys: (word: string) => boolean): boolean {
  const at = inv.args.findIndex((a) => a.value !== null && REMOTE_SUBCOMMAND.test(a.value));
  // The subcommand is the first operand, or the second after one an option may take as its value (`adb -s SERIAL shell`);
  // not a later word (`systemctl is-enabled ssh` names a unit).
  const before = inv.args.slice(0, at).map((a) => a.value ?? '?');
  const operandsBefore = before.filter((w, i) => !w.startsWith('-') && (i === 0 || !before[i - 1]!.startsWith('-'))).length;
  // Help asked for before the command line prints help (`tool shell --help`): left to the line's reading.
  const help = (words: readonly Word[]) => words.some((a) => a.value !== null && /^(--help|-h|-help)$/.test(a.value));
  if (at === -1 || operandsBefore > 0 || help(inv.args.slice(0, at))) return false;
  const after = inv.args.slice(at + 1);
  const label = `\`${inv.name} ${inv.args[at]!.value!}\``;
  const b = inv.env.b.verb('exec').partial('unknown_command', `\`${inv.name}\` is not a command we know`, inv.span);
  // The option's value is a command line when it has several words or is a program we know (`-c uptime`); a file
  // (`odoo-bin shell -c /etc/odoo/odoo.conf`: a configuration) is not one.
  const option = after.findIndex((a) => a.value !== null && (REMOTE_COMMAND_OPTION.test(a.value) || /^--(command|cmd|exec|execute)=/.test(a.value)));
  const word = after[option];
  const value = word?.value?.includes('=') === true ? { ...word, value: word.value.slice(word.value.indexOf('=') + 1) } : after[option + 1];
  if (option !== -1 && value !== undefined && (value.value === null || /\s/.test(value.value.trim()) || known(value.value))) {
    judge(inv, value.value, `${label} on the machine it reaches`);
    return true;
  }
  const dashes = after.findIndex((a) => a.value === '--');
  // One word of several words is the whole line (`adb shell 'rm -rf /sdcard/x'`), whatever its first program.
  const whole = after.filter((a) => a.value?.startsWith('-') !== true);
  // A word an option may take as its value (`--workspace-folder .`) is not the program.
  const program = (a: Word, i: number) => a.value !== null && !a.value.startsWith('-') && a.value !== '.' && (i === 0 || !mayTakeValue(after[i - 1]!.value ?? '')) && known(a.value.replace(/^.*\//, ''));
  const start = dashes !== -1 ? dashes + 1 : whole.length === 1 && /\s/.test(whole[0]!.value ?? '') ? after.indexOf(whole[0]!) : after.findIndex(program);
  if (after.length === 0 || after.every((a) => a.value?.startsWith('-') === true)) {
    if (help(after)) return false;
    if (inv.stdin?.text) inv.runSource(inv.stdin.text, null, `${label} reading its input on the machine it reaches`);
    // SECURITY: an interactive shell, or commands from an input the action does not show.
    else b.opaque(inv.stdin ? 'shell_stdin_dynamic' : 'interactive_shell', `${label} runs ${inv.stdin ? `commands from ${inv.stdin.producer}` : 'an interactive shell'} on the machine it reaches`, inv.span);
    return true;
  }
  if (start === -1 || start >= after.length || help(after.slice(0, start)) || after.slice(0, start).some((a) => a.value !== null && destroys(a.value))) return false;
  const rest = after.slice(start);
  if (rest.some((a) => a.value === null)) b.opaque('remote_dynamic_command', `the command ${label} runs on the machine it reaches is not fixed`, inv.span);
  else inv.runSource(rest.length === 1 ? rest[0]!.value! : rest.map((a) => a.text).join(' '), null, `${label} on the machine it reaches`);
  return true;
}

/** A line of a console's input that is a command: a word, then words without the shell's operators or expansions. */
const CONSOLE_LINE = /^[A-Za-z][\w-]*(\s+[^;|&`$<>(){}\\]*)?$/;
/** Lines that leave the console (`exit`, `quit`): they end the session, not the service. */
const CONSOLE_LEAVE = /^(exit|quit|bye|q|end)$/i;

/**
 * Round 43 (loto43): an unknown program given no subcommand and fed a text on its input is a console run by that text
 * (`echo 'delete volume=Full-0042 yes' | bconsole`, `printf 'connect\nerase\n' | JLinkExe …`): each line is a command it
 * runs, judged as the program given that line as its words (the lexicon's reading). Only when none of its own words is
 * a plain word (a subcommand, or a name such as a topic's), and only lines that look like commands and carry a verb
 * that loses or stops among their first two words (`loses`); a line that leaves the console is not its service
 * stopped, and the console's other lines (`rkt /etc/krb5.keytab`) are left to it. `ownWords` are its words before `--`.
 */
export function consoleCommandsOnInput(inv: Invocation, ownWords: readonly string[], loses: (word: string) => boolean): void {
  const text = inv.stdin?.text;
  if (typeof text !== 'string') return;
  // A plain lowercase word may be a subcommand or a topic's name (`--topic feedback`): the input is then its data.
  if (ownWords.some((w) => /^[a-z][a-z0-9]*([-_:][a-z0-9]+)*$/.test(w))) return;
  const losing = (l: string) => l.split(/\s+/).slice(0, 2).some((w) => loses(w));
  for (const line of text.split('\n').map((l) => l.trim()).filter((l) => CONSOLE_LINE.test(l) && !CONSOLE_LEAVE.test(l) && losing(l)).slice(0, MAX_STORED_LINES)) {
    inv.runSource(`${inv.name} ${line}`, null, `\`${inv.name}\` runs \`${line.slice(0, 40)}\` read on its input`);
  }
}

/**
 * Options that hand a program one of its own commands to run and exit (round 44, loto44): Asterisk's `-rx`, FreeSWITCH
 * fs_cli's `-x`, PBS qmgr's and OpenOCD's `-c`, `-e`/`--execute`/`--exec`/`--command`/`--cmd`/`--eval` of consoles and
 * shells (each tool's manual: "execute COMMAND and exit"). Not `-m`/`--message` or the like: a text there is data.
 */
const CONSOLE_COMMAND_OPTION = /^(-x|-rx|-c|-e|-ex|--exec|--execute|--command|--cmd|--eval|-exec|-execute|-command|-cmd)$/;
/**
 * Words that undo the losing verb beside them (`fsctl shutdown cancel`, `core abort shutdown`) or bring the service back
 * (`shutdown … restart`): the line is then not read here.
 */
const CONSOLE_UNDO_WORD = /^(cancel|abort|restart|undo|resume)$/i;
/**
 * Round 44 (loto44): an unknown program given one of its own console commands as an option's value (`asterisk -rx 'core
 * stop now'`, `fs_cli -x 'fsctl shutdown'`, `qmgr -c 'delete queue oldq'`, `debugger -c "flash erase_sector 0 5"`): the
 * text is a command it runs, judged as the program given that text as its words (the lexicon's reading), as a console fed
 * on its input is (consoleCommandsOnInput). Only a text of two or more words that looks like one command (no shell
 * operator: `init; reset halt; …` is a script of several), carrying a verb that loses or stops among its first two words
 * (`loses`) other than `reset` (a debugger's `monitor reset halt`: a chip reset, no loss the word can show), and not a
 * text that starts with `reset` (`-c "reset halt"`: the word after it is the reset's mode), nor one that cancels or
 * restarts what it stops. A statement in SQL is the SQL reader's (inlineSqlOf).
 */
export function consoleCommandInOption(inv: Invocation, ownWords: readonly string[], loses: (word: string) => boolean): void {
  for (const [i, w] of ownWords.entries()) {
    const eq = /^(--?[\w-]+)=([\s\S]*)$/.exec(w);
    const option = eq?.[1] ?? (i > 0 ? ownWords[i - 1]! : '');
    const text = (eq?.[2] ?? w).trim();
    if (!CONSOLE_COMMAND_OPTION.test(option) || !/\s/.test(text) || !CONSOLE_LINE.test(text)) continue;
    const words = text.split(/\s+/);
    if (/^reset$/i.test(words[0]!) || !words.slice(0, 2).some((v) => !/^reset$/i.test(v) && loses(v)) || words.some((v) => CONSOLE_UNDO_WORD.test(v))) continue;
    inv.runSource(`${inv.name} ${text}`, null, `\`${inv.name} ${option}\` runs \`${text.slice(0, 40)}\``);
  }
}
