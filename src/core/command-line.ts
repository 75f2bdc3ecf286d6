/**
 * The judge of a command line that a tool runs on the agent's behalf without the gate seeing it: a session
 * variable's value (`GIT_SSH_COMMAND`, `PAGER`, `EDITOR`) or a setting in a tool's own configuration file
 * (`core.sshCommand`, `ProxyCommand`, a kubeconfig's exec plugin). Pure: it says whether the text is a program and
 * its words, or more than that (a shell snippet Portcullis does not judge). The program itself (a bare name on the
 * session's PATH, or a path) is then judged on the filesystem by the caller.
 */

/**
 * How the text is run: `shell` through `sh -c` (git's command settings, ssh's ProxyCommand); `program` as one
 * program's path with no arguments (`GIT_SSH`, `GIT_ASKPASS`); `ssh` a shell line whose program is ssh (git's ssh
 * command: its options may run more); `pager` a shell line that pages (less's lesskey file may set LESSOPEN);
 * `lessopen` less's input preprocessor (`|`, `||` and `-` prefixes).
 */
export type CommandLineKind = 'shell' | 'program' | 'ssh' | 'pager' | 'lessopen';

/**
 * Programs that run another program or a script named by their arguments (shells, interpreters, wrappers): as the
 * program of a command line, whatever they run is not judged here, so the value counts as a shell snippet.
 */
const RUNS_ITS_ARGUMENTS = /^(sh|bash|dash|zsh|ksh|fish|env|sudo|doas|xargs|nice|nohup|timeout|stdbuf|setsid|exec|eval|command|builtin|\.|source|trap|fc|python[0-9.]*|perl|ruby|node|deno|bun|php|lua|awk|gawk|busybox|script)$/;

/**
 * Options by which a program a command line names loads or runs code beyond its own file: ssh's PKCS#11
 * library (ssh(1) `-I pkcs11`, in a cluster of flags up to the first letter that takes an argument); vim's startup
 * scripts and commands (vim(1): `-u`, `-U`, `-S`, `-s`, `-c`, `--cmd`, `+cmd`: any `+` but a line number); emacs's
 * (emacs(1): `-l`/`--load`, `--eval`, `-f`/`--funcall`, `--script`, `-u` another user's init file, `-L` a load path,
 * emacsclient's `-e` and its server); VS Code's extension folders. Each is judged on its own word; `ssh -i ~/.ssh/key` stays a key.
 */
const SSH_TAKES_ARGUMENT = new Set('BbcDEeFIiJLlmOopRSWw');
const CODE_OPTIONS: ReadonlyArray<{ programs: RegExp; loads: (word: string) => boolean }> = [
  {
    programs: /^ssh$/,
    loads: (w) => {
      if (!/^-[^-]/.test(w)) return false;
      for (const c of w.slice(1)) {
        if (c === 'I') return true;
        if (SSH_TAKES_ARGUMENT.has(c)) return false;
      }
      return false;
    },
  },
  { programs: /^(vi|vim|nvim|view|vimdiff|gvim|gview|rvim|ex|evim|vim\.[a-z]+)$/, loads: (w) => /^-[A-Za-z]*[uUSsc]/.test(w) || /^--cmd(=|$)/.test(w) || /^\+(?!\d*$)/.test(w) },
  {
    programs: /^(emacs|emacsclient|emacs-[a-z0-9.-]+)$/,
    loads: (w) => /^--?(l|load|eval|execute|e|f|funcall|script|x|u|user|L|directory|init-directory|batch|s|socket-name|server-file)(=|$)/.test(w) || /^-[lLfuxe]./.test(w),
  },
  // VS Code and its forks load extensions from these folders (code --help: Extensions Management, Troubleshooting)
  { programs: /^(code|code-insiders|codium|cursor|windsurf)$/, loads: (w) => /^--(extensions-dir|extensionDevelopmentPath|extensionTestsPath|user-data-dir|install-extension)(=|$)/.test(w) },
];

/** ssh options that run a command or load code (ssh_config(5)), or read a configuration file that may (`-F`). */
const SSH_RUNS = /proxycommand|localcommand|knownhostscommand|pkcs11provider|securitykeyprovider|include|match/i;
const SSH_CONFIG_FILE = /(^|\s)-[A-Za-z]*F/;

/** The first word of `words` (a program and its arguments) by which the program loads or runs code (see `CODE_OPTIONS`). */
export function codeLoadingWord(words: readonly string[]): string | null {
  const program = words[0]!.slice(words[0]!.lastIndexOf('/') + 1);
  const options = CODE_OPTIONS.find((o) => o.programs.test(program));
  return options ? (words.slice(1).find(options.loads) ?? null) : null;
}

/** The base name of a program word (`/usr/bin/ssh` → `ssh`). */
export function programBaseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/**
 * The words of a command line, or null when it is more than a program and its words: shell syntax (chaining, pipes,
 * substitutions, redirections, quotes, escapes, `!`, braces), a program that runs its arguments, ssh options that run
 * a command or read a config file, a pager's lesskey file.
 */
export function commandLineWords(kind: CommandLineKind, value: string): string[] | null {
  if (kind === 'program') return value.trim() === '' ? null : [value.trim()];
  // less: `|` reads the preprocessor's output, `||` also when it prints nothing, `-` after it also for standard input
  const text = kind === 'lessopen' ? value.replace(/^\s*\|{1,2}-?/, '') : value;
  if (/[;&|`$()<>\n\\!{}'"]/.test(text)) return null;
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || RUNS_ITS_ARGUMENTS.test(programBaseName(words[0]!))) return null;
  const ssh = kind === 'ssh' || programBaseName(words[0]!) === 'ssh';
  if (ssh && (SSH_RUNS.test(text) || SSH_CONFIG_FILE.test(text))) return null;
  // less reads a lesskey file (`-k`, `--lesskey-file`, `--lesskey-src`) whose `#env` section may set LESSOPEN itself (lesskey(1))
  if ((kind === 'pager' || /^less$/.test(programBaseName(words[0]!))) && readsLesskey(words.slice(1).join(' '), false)) return null;
  return words;
}

/**
 * Whether less options (a command line's words, or the `LESS` variable's value) make less read a lesskey file or
 * lesskey text, whose `#env` section may set LESSOPEN, a command less runs on every file (less(1): `-k FILE` alone or in
 * a cluster such as `-Rk FILE`, `--lesskey-file`, `--lesskey-src`, `--lesskey-content`). D8 round 20: less takes a long
 * option abbreviated while it stays unambiguous (`--lesskey-s=F`; `--le` begins only these), and in `LESS` an option
 * needs no dash and a `$` ends an option's string (`LESS='Rk./x'`, `LESS='Dn9.1$k./x'`). Read wide on purpose: a `k` in
 * another option's value (`-Pk`) counts too; `-+X` resets an option.
 */
export function readsLesskey(options: string, fromLessVariable: boolean): boolean {
  if (/(^|[\s$])--le/i.test(options)) return true;
  const short = options.replace(/(^|[\s$])--[^\s$]*/g, ' ');
  for (const word of short.split(/[\s$]+/)) {
    const letters = word.startsWith('-') ? word.slice(1) : fromLessVariable ? word : '';
    if (!letters.startsWith('+') && letters.includes('k')) return true;
  }
  return false;
}

/**
 * NODE_OPTIONS split as Node splits it (src/node_options.cc, ParseNodeOptionsEnvVar): words separated by
 * spaces, a double-quoted part is one word without its quotes, `\` escapes inside quotes. Null when a
 * quote is left open (Node refuses to start then, and Portcullis cannot say what was meant).
 */
function nodeOptionWords(value: string): string[] | null {
  const words: string[] = [];
  let word: string | null = null;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quoted && c === '\\' && i + 1 < value.length) word = (word ?? '') + value[++i];
    else if (c === '"') {
      quoted = !quoted;
      word ??= '';
    } else if (!quoted && /\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + c;
  }
  if (quoted) return null;
  if (word !== null) words.push(word);
  return words;
}

/**
 * Node's options that make every Node program load code or configuration it names, or open a debugger
 * anyone local may drive (node(1), "Options"; `--env-file` may itself set NODE_OPTIONS, `--openssl-config`
 * loads OpenSSL engines, a config file sets any option). Spelled with dashes: Node takes `_` for `-`
 * inside an option's name (the CLI documentation's introduction: `--pending_deprecation`).
 */
const NODE_CODE_OPTIONS: ReadonlyMap<string, string> = new Map([
  ...['--require', '--import', '--loader', '--experimental-loader'].map((o) => [o, 'loads that module into every Node.js program the session starts (node(1))'] as const),
  ...['--env-file', '--env-file-if-exists', '--experimental-config-file', '--experimental-default-config-file'].map((o) => [o, `makes every Node.js program the session starts read options from a file (\`${o}\`), which may load any module (node(1))`] as const),
  ['--openssl-config', 'makes every Node.js program the session starts read an OpenSSL configuration, which may load engines (shared libraries) (node(1), config(5ssl))'],
  ...['--inspect', '--inspect-brk', '--inspect-wait'].map((o) => [o, `opens a debugger (\`${o}\`) in every Node.js program the session starts, which any local process may drive (node(1))`] as const),
]);

/** Why NODE_OPTIONS (or npm's `node-options`) with `value` runs code Portcullis does not judge, null when it does not. */
export function nodeOptionsProblem(value: string): string | null {
  const words = nodeOptionWords(value);
  if (words === null) return 'cannot be read (a double quote is left open), so what it loads is not known';
  for (const w of words) {
    if (w === '-r' || w.startsWith('-r=')) return NODE_CODE_OPTIONS.get('--require')!;
    if (!w.startsWith('--')) continue;
    const why = NODE_CODE_OPTIONS.get(`--${w.slice(2).split('=')[0]!.replaceAll('_', '-')}`);
    if (why) return why;
  }
  return null;
}
