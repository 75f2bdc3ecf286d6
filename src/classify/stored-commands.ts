/**
 * Files something runs later, and the command lines their text stores. A write of such a file is at least as
 * destructive as the commands it stores (docs/classify.md, "Commands stored to run later"): every door that writes a
 * file (the shell's `>`, `>>` and `tee`, the agent's file tool, `crontab -`, `systemctl edit --stdin`) asks this module
 * whether the file is one, and hands the lines it returns to the shell model.
 *
 * Knowledge of the files is data (RUN_LATER): a path shape, the format of its text and where its commands run.
 */

import { shellWord } from './shell-quote.ts';
import { SECRET_NAME_PART, SECRET_VALUE } from './credential-text.ts';
import { READS } from './shell/tools/read-commands.ts';

/**
 * Folders whose files nobody vetted: a downloads folder (any home's, Linux or macOS) and the temporary folders
 * (/tmp, /var/tmp, /dev/shm, $TMPDIR). A file there was put there by a browser or by anyone on the machine.
 */
export const UNVETTED_DIR = /^(~|\$HOME|\$\{HOME\}|\/home\/[^/]+|\/Users\/[^/]+|\/root)\/Downloads\/|^(\/tmp|\/var\/tmp|\/dev\/shm|\/private\/tmp|\$TMPDIR|\$\{TMPDIR\})\//;

/** Interpreters that run the script named by their first operand (`bash ~/Downloads/install.sh`). */
export const SCRIPT_INTERPRETERS = /^(ba|da|k|z|fi)?sh$|^(python[23]?(\.\d+)?|perl|ruby|node|pwsh|php)$/;

/**
 * The program a stored command line starts from a folder nobody vetted (UNVETTED_DIR): the program itself, or the script
 * an interpreter is given (not `-c`, `-e`, `-m` code). Null when it starts none.
 */
export function unvettedProgramOf(line: string): string | null {
  const words = line.trim().split(/\s+/).map((w) => w.replace(/^(['"])(.*)\1$/, '$2'));
  let target = words[0];
  if (target !== undefined && SCRIPT_INTERPRETERS.test(target.split('/').pop() ?? '')) {
    const rest = words.slice(1);
    if (rest.some((w) => /^-[A-Za-z]*c$/.test(w) || w === '-m' || w === '-e')) return null;
    target = rest.find((w) => !w.startsWith('-'));
  }
  return target !== undefined && UNVETTED_DIR.test(target) ? target : null;
}

/** How a file stores its commands. */
export type StoreFormat = 'script' | 'crontab' | 'system-crontab' | 'unit' | 'desktop' | 'package-json' | 'makefile' | 'justfile' | 'launchd' | 'python-job' | 'ci-workflow';

/** Where the stored commands run: the home folder, the file's folder, the repository above `.git/hooks`, or `/`. */
type RunsIn = 'home' | 'dir' | 'repo' | 'root';

/** The language of the stored commands: POSIX shell unless the entry says otherwise. */
export type StoredLanguage = 'bash' | 'powershell';

interface RunLaterEntry {
  path: RegExp;
  format: StoreFormat;
  runsIn: RunsIn;
  what: string;
  language?: StoredLanguage;
}

/**
 * Paths are matched with `\` read as `/`. Shell start-up files are matched by name in any folder: a home folder is where
 * a shell reads them, whoever's it is (`/root/.bashrc`, `/var/lib/postgresql/.profile`).
 */
const RUN_LATER: readonly RunLaterEntry[] = [
  // bash(1) INVOCATION, zsh(1) STARTUP/SHUTDOWN FILES, ksh, fish's config; X session start-up files.
  // `.bash_aliases`: Debian's and Ubuntu's default ~/.bashrc sources it at every interactive start.
  { path: /(^|\/)\.(bashrc|bash_aliases|bash_profile|bash_login|bash_logout|profile|zshrc|zprofile|zshenv|zlogin|zlogout|kshrc|mkshrc|xprofile|xinitrc|xsessionrc|xsession)$/, format: 'script', runsIn: 'home', what: 'a shell start-up file' },
  { path: /(^|\/)\.(bashrc\.d|zshrc\.d)\/[^/]+$|\/\.config\/fish\/(config\.fish|conf\.d\/[^/]+\.fish)$|\/\.oh-my-zsh\/custom\/[^/]+\.zsh$/, format: 'script', runsIn: 'home', what: 'a shell start-up file' },
  { path: /^\/etc\/(profile|bash\.bashrc|bashrc|zshrc|zprofile|zshenv|zlogin|zlogout|rc\.local|profile\.d\/[^/]+|zsh\/[^/]+|init\.d\/[^/]+|cron\.(hourly|daily|weekly|monthly)\/[^/]+)$/, format: 'script', runsIn: 'root', what: 'a system start-up or scheduled script' },
  // direnv runs `.envrc` on entering the folder (direnv(1)); git runs `.git/hooks/NAME` (githooks(5); `*.sample` are
  // not run); husky and a committed `.githooks` folder are hook folders `core.hooksPath` points at.
  { path: /(^|\/)\.envrc$/, format: 'script', runsIn: 'dir', what: 'a direnv file, run on entering its folder' },
  { path: /(^|\/)\.git\/hooks\/[^/]+$(?<!\.sample)|(^|\/)\.(husky|githooks)\/[^/_][^/]*$/, format: 'script', runsIn: 'repo', what: 'a git hook' },
  // crontab(5): user tables (Debian, RHEL, SUSE, macOS, BSD) and the system table with a user field.
  { path: /^\/var\/spool\/cron\/(crontabs\/|tabs\/)?[^/]+$|^\/usr\/lib\/cron\/tabs\/[^/]+$|^\/var\/cron\/tabs\/[^/]+$|^\/var\/at\/tabs\/[^/]+$/, format: 'crontab', runsIn: 'home', what: 'a crontab' },
  { path: /^\/etc\/(crontab|cron\.d\/[^/]+)$/, format: 'system-crontab', runsIn: 'root', what: 'the system crontab' },
  // systemd.service(5) and systemd.socket(5): the `Exec*=` settings; drop-ins (`NAME.service.d/*.conf`) add to them.
  { path: /\.(service|socket)$|\.(service|socket)\.d\/[^/]+\.conf$/, format: 'unit', runsIn: 'root', what: 'a systemd unit' },
  // XDG autostart: `Exec=` of a desktop entry is run at log-in.
  { path: /\/(\.config|etc\/xdg)\/autostart\/[^/]+\.desktop$/, format: 'desktop', runsIn: 'home', what: 'a log-in autostart entry' },
  // npm runs `scripts` through the shell (`npm run`, and the lifecycle names on install, test, start, publish).
  { path: /(^|\/)package\.json$/, format: 'package-json', runsIn: 'dir', what: 'package.json scripts' },
  // GNU make runs each recipe line through the shell.
  { path: /(^|\/)(GNUmakefile|makefile|Makefile)$|\.mk$/, format: 'makefile', runsIn: 'dir', what: 'a makefile' },
  // just runs each recipe line through `sh -cu` in the justfile's folder (the just manual: "Working Directory"); it finds
  // `justfile` in any case (`Justfile`, `JUSTFILE`); a module is `NAME.just` or `NAME/mod.just`.
  { path: /(^|\/)(\.?justfile|[^/]+\.just)$/i, format: 'justfile', runsIn: 'dir', what: 'a justfile' },
  // PowerShell profiles (about_Profiles): the current user's in `Documents\PowerShell` or `Documents\WindowsPowerShell`
  // (`~/.config/powershell` on Linux and macOS), and all users' in `$PSHOME`; PowerShell runs them at every start.
  { path: /\/(documents\/(windows)?powershell|\.config\/powershell|powershell\/\d+|windowspowershell\/v1\.0|microsoft\/powershell\/\d+)\/([a-z.]+_)?profile\.ps1$/i, format: 'script', runsIn: 'home', what: 'a PowerShell profile', language: 'powershell' },
  // launchd.plist(5): a job's `ProgramArguments` (or `Program`) is started at log-in or boot, in `/` unless the job says
  // otherwise. Agents run as the user, daemons as root.
  { path: /(^|\/)Library\/(LaunchAgents|LaunchDaemons)\/[^/]+\.plist$/, format: 'launchd', runsIn: 'root', what: 'a launchd job' },
  // Airflow's scheduler imports every Python file of its DAGs folder and runs the tasks it defines on their schedule
  // (Airflow docs, "DAG file processing"; `dags_folder`, `$AIRFLOW_HOME/dags`, which the official image and Astronomer's
  // put under /opt/airflow and /usr/local/airflow). The tasks are Python the shell model does not read: unknown. A DAG
  // file in a repository is only source until something deploys it.
  { path: /^\/(opt|usr\/local|srv)\/airflow\/dags\/.+\.py$/, format: 'python-job', runsIn: 'root', what: "a DAG file in the Airflow scheduler's folder" },  // The lead's answer 113 (round 23): a CI workflow's steps run on the forge's runners, on push, schedule or by hand, without
  // the gate: GitHub Actions' `run:` (workflow syntax, `jobs.<id>.steps[*].run`) and GitLab CI's `script:`,
  // `before_script:`, `after_script:` (the `.gitlab-ci.yml` keyword reference). Both run in the repository's checkout.
  { path: /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$|(^|\/)\.gitlab-ci\.ya?ml$|(^|\/)\.gitlab\/ci\/[^/]+\.ya?ml$/, format: 'ci-workflow', runsIn: 'repo', what: 'a CI workflow' },
];

export interface StoredCommands {
  /** The command lines, each judged by the shell model. */
  lines: string[];
  /** Where they run, when it can be placed. */
  cwd: string | undefined;
  /** What the file is, for findings (`a shell start-up file`). */
  what: string;
  /** The language the lines are written in. */
  language: StoredLanguage;
  /**
   * Why some stored commands are not judged, or null when all are: more lines than MAX_STORED_LINES, a recipe in another
   * language, a job whose program cannot be read (SECURITY: the caller reads any of these as unknown).
   */
  unread: { code: string; why: string } | null;
  /** What the added lines of a start-up file do that is destructive beyond the commands judged (startupHook), or null. */
  hook?: { code: string; why: string } | null;
}

/** At most this many stored lines are judged; a file that stores more is unknown. */
export const MAX_STORED_LINES = 200;

/** The file's entry, or null when nothing runs it. */
export function runLaterFile(abs: string): RunLaterEntry | null {
  const p = abs.replace(/\\/g, '/');
  return RUN_LATER.find((e) => e.path.test(p)) ?? null;
}

/**
 * A user's start-up script, run at every shell start (a shell start-up file, fish's config, a PowerShell profile): an
 * in-place edit of one is destructive whatever it changes (the lead's round-16 decision 6: persistence), where an edit of
 * another dotfile without credentials is a write. Appends stay judged by the lines they add (storedCommands).
 */
export function isStartupScript(abs: string): boolean {
  const what = runLaterFile(abs)?.what;
  return what === 'a shell start-up file' || what === 'a PowerShell profile';
}

/**
 * The commands that `text`, written to `abs`, stores: null when nothing runs the file. `text` is what the write puts in
 * (the appended part for an append). `home` places `~` for files that run in the home folder.
 */
export function storedCommands(abs: string, text: string, home: string | undefined): StoredCommands | null {
  const entry = runLaterFile(abs);
  if (entry === null) return null;
  const lines = linesOf(entry.format, text).filter((l) => l.trim() !== '');
  const unjudged = unjudgedPart(entry.format, text);
  const unread = lines.length > MAX_STORED_LINES ? { code: 'stored_commands_too_many', why: 'stores more commands than are judged' } : unjudged ? { code: 'stored_commands_unjudged', why: unjudged } : null;
  const hook = entry.what === 'a shell start-up file' || entry.what === 'a PowerShell profile' || SYSTEM_PROFILE.test(abs.replace(/\\/g, '/')) ? startupHook(lines) : UNATTENDED.has(entry.format) ? unvettedJob(lines) : null;
  return { lines: lines.slice(0, MAX_STORED_LINES), cwd: cwdOf(entry.runsIn, abs.replace(/\\/g, '/'), home), what: entry.what, language: entry.language ?? 'bash', unread, ...(hook ? { hook } : {}) };
}

/** Formats whose commands run unattended, again and again: at log-in, at boot or on a schedule. */
const UNATTENDED: ReadonlySet<StoreFormat> = new Set(['crontab', 'system-crontab', 'unit', 'desktop', 'launchd']);

/**
 * A job that starts a program from a downloads or temporary folder (a launch agent whose program is in ~/Downloads, an
 * `@reboot /tmp/x` cron line): code nobody has seen, run at every log-in, boot or tick, as root for daemons and system
 * tables (the lead's decision 26 for an elevated run from those folders, made persistent).
 */
function unvettedJob(lines: readonly string[]): { code: string; why: string } | null {
  for (const line of lines) {
    const program = unvettedProgramOf(line);
    if (program !== null) return { code: 'stored_unvetted_program', why: `starts \`${program}\`, a program from a downloads or temporary folder, unattended and again and again: code nobody has seen (lead decision 26)` };
  }
  return null;
}

/** System-wide shell start-up files (read by every login or interactive shell). */
const SYSTEM_PROFILE = /^\/etc\/(profile|bash\.bashrc|bashrc|zshrc|zprofile|zshenv|zlogin|profile\.d\/[^/]+)$/;

/**
 * Commands a start-up file's added lines turn aside (the lead's decision 21, round 17): `alias sudo=…`, `rm() { … }`. An
 * alias of the same command with options that only ask or say more (`alias rm='rm -i'`, `alias cp='cp -iv'`) is not one.
 */
const SAFETY_COMMAND = /^(sudo|su|doas|pkexec|rm|rmdir|mv|cp|ln|chmod|chown|dd|kill|pkill|killall|git|ssh|scp|sftp|rsync|gpg|passwd|curl|wget|apt|apt-get|dnf|yum|brew|pip|pip3|npm|docker|kubectl|command|builtin|exec|which|type)$/;
const ASKING_OPTIONS = /^(-[iIv]+|--interactive(=\w+)?|--verbose|--preserve-root|--one-file-system|--color(=\w+)?|-h)$/;
/**
 * Programs that delete, overwrite, kill, change owners or modes, or run other code. A start-up alias or function that gives
 * an everyday reading command's name (`ls`, `cat`, `grep`, `cd`: shell/tools/read-commands.ts) to one of these runs it on
 * whatever the user next types to that name (`alias ls='rm -rf'`, `cat() { shred -u "$@"; }`): a command turned aside, as
 * an override of a safety command is (decision 21). Aliases that only rename a reader (`alias cat=bat`, `alias ll='ls -la'`)
 * are writes.
 */
const TURNS_ASIDE = /^(rm|rmdir|unlink|shred|srm|dd|mkfs(\.\w+)?|wipefs|truncate|kill|pkill|killall|chmod|chown|chgrp|mv|cp|ln|find|xargs|sudo|su|doas|pkexec|eval|exec|source|\.|sh|bash|zsh|dash|ksh|fish|curl|wget|nc|ncat|(Remove|Clear|Stop|Format|Disable|Uninstall|Move|Copy)-\w+|Set-(?!Location\b)\w+|Invoke-(Expression|WebRequest|RestMethod)|iex|iwr|irm|ri|del|erase|rd|spps|mi|cpi)$/i;
/** PowerShell's reading commands and their default aliases, given another program in a profile (`Set-Alias dir Remove-Item`). */
const POWERSHELL_READER = /^(gci|gc|gl|sl|cls|type|sls|Get-\w+|Set-Location|Select-String|Write-(Output|Host)|Out-(Host|String))$/i;
/** The first program an alias value or a function body runs (env assignments and `command`/`builtin` skipped). */
function firstProgram(body: string): string {
  const words = body.replace(/^[\s{(]+/, '').split(/[\s;&|]+/).filter((w) => w !== '' && !/^[A-Za-z_]\w*=/.test(w) && w !== 'command' && w !== 'builtin');
  return (words[0] ?? '').replace(/^\\/, '').replace(/^.*\//, '');
}
/** A reading command's name given to a program of TURNS_ASIDE. */
function readerTurnedAside(name: string, body: string): boolean {
  return (READS.has(name.toLowerCase()) || name === 'cd' || POWERSHELL_READER.test(name)) && TURNS_ASIDE.test(firstProgram(body));
}
/**
 * A credential's variable name (`GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`, `DB_PASSWORD`, `OPENAI_API_KEY`): a word of its own
 * of credential-text.ts `SECRET_NAME_WORDS` (SECRET_NAME_PART), the one list of names that say a secret (round 26 mend).
 */
function isSecretVariable(name: string): boolean {
  return SECRET_NAME_PART.test(name);
}
const DOWNLOADERS = /\b(curl|wget|fetch|iwr|irm|Invoke-WebRequest|Invoke-RestMethod|DownloadString)\b/i;

function unquoteValue(v: string): string {
  const t = v.trim();
  return /^(['"]).*\1$/s.test(t) ? t.slice(1, -1) : t;
}

/**
 * Environment variables that switch a package client's or runtime's TLS certificate checks off for every process that
 * inherits them, persisted in a start-up file (the lead's answer 88): Node's `NODE_TLS_REJECT_UNAUTHORIZED=0` (Node's docs:
 * "certificate validation is disabled for TLS connections"), git's `GIT_SSL_NO_VERIFY` (any value), Python's
 * `PYTHONHTTPSVERIFY=0`, npm's `npm_config_strict_ssl=false`, yarn's `YARN_ENABLE_STRICT_SSL=false`, conda's
 * `CONDA_SSL_VERIFY=false` and pip's `PIP_TRUSTED_HOST`; stored by Windows' `setx` too. Set on one command line they
 * store nothing (as git's `-c`).
 */
export function tlsOffVariable(name: string, value: string | null): boolean {
  // Names in any case (Windows' `setx` reads them so); a value not fixed in the input may be the one that switches off.
  const v = value === null ? null : value.trim().replace(/^["']|["']$/g, '');
  switch (name.toUpperCase()) {
    case 'NODE_TLS_REJECT_UNAUTHORIZED':
    case 'PYTHONHTTPSVERIFY':
      return v === null || v === '0';
    case 'GIT_SSL_NO_VERIFY':
    case 'PIP_TRUSTED_HOST':
      return v === null || v !== '';
    case 'NPM_CONFIG_STRICT_SSL':
    case 'YARN_ENABLE_STRICT_SSL':
    case 'YARN_STRICT_SSL':
    case 'CONDA_SSL_VERIFY':
      return v === null || /^(false|no|off|0)$/i.test(v);
    default:
      return false;
  }
}

/**
 * The lead's answer 184 (round 25, beside answer 98): a start-up PATH with the current folder (`.`, an empty entry), a
 * relative folder, or a folder anyone or any download writes to (`/tmp`, `/var/tmp`, `/dev/shm`, `~/Downloads`) lets a
 * file dropped there run in place of `ls` or `sudo` in every later shell. Folders under the home, the workspace or a
 * standard prefix stay writes (answer 98).
 */
function pathHijack(value: string): boolean {
  return value.split(':').some((e) => e === '' || e === '.' || e === '..' || (!/^[$~/]/.test(e) && !/^\$\{?\w+\}?/.test(e)) || /^(\/private)?\/(tmp|var\/tmp|dev\/shm)(\/|$)|^(~|\$\{?HOME\}?)\/Downloads(\/|$)/.test(e));
}

/**
 * A start-up line that switches the shell's history off for every later shell (the lead's answer 107): `unset HISTFILE`,
 * `HISTFILE=/dev/null` (or empty), bash's `HISTSIZE=0`/`HISTFILESIZE=0` (the file is cut to nothing), zsh's `SAVEHIST=0`,
 * `HISTIGNORE='*'`, `set +o history`, fish's private mode. Other history settings (`HISTCONTROL=ignoredups`, a size) are
 * writes.
 */
function historyOff(line: string, assign: RegExpExecArray | null): boolean {
  if (/^unset\s+(-v\s+)?([\w\s]*\s)?HISTFILE\b/.test(line) || /^set\s+\+o\s+history\b/.test(line)) return true;
  if (!assign) return false;
  const value = unquoteValue(assign[2]!.replace(/^=\s*/, ''));
  switch (assign[1]) {
    case 'HISTFILE':
      return value === '' || value === '/dev/null';
    case 'HISTSIZE':
    case 'HISTFILESIZE':
    case 'SAVEHIST':
      return value === '0';
    case 'HISTIGNORE':
      return value === '*';
    case 'fish_private_mode':
      return value !== '' && value !== '0';
    default:
      return false;
  }
}

/**
 * What a start-up file's added lines do beyond what the shell model judges as run (the lead's decision 21, round 17): a
 * hook on every command (`PROMPT_COMMAND`, `trap … DEBUG`, zsh's `preexec`/`precmd`, fish's `fish_preexec`, PowerShell's
 * command lookup actions), an alias or function over a safety command, a secret's value written, code downloaded and run
 * at every start. PATH, exports of other values, other aliases and `source` of a file are writes. Null when none.
 */
export function startupHook(lines: readonly string[]): { code: string; why: string } | null {
  // A script's text is one entry of `lines` (linesOf): each of its own lines is a start-up line.
  for (const raw of lines.flatMap((l) => l.split('\n'))) {
    const line = raw.trim();
    if (line.startsWith('#')) continue;
    if (/^(export\s+|declare\s+(-\w+\s+)*)?PROMPT_COMMAND(\[\d*\])?\+?=/.test(line) || /^trap\s.*\s(DEBUG|RETURN)\s*;?$/.test(line) || /^(function\s+)?(preexec|precmd)\s*(\(\s*\)|\{)|\badd-zsh-hook\s+(-\w+\s+)*(preexec|precmd)\b|\b(preexec|precmd)_functions\+?=|--on-event\s+fish_(preexec|postexec|prompt)\b|\b(PreCommandLookupAction|PostCommandLookupAction|CommandNotFoundAction)\s*=/.test(line)) {
      return { code: 'startup_command_hook', why: `\`${line}\` runs code around every command the shell runs` };
    }
    if (DOWNLOADERS.test(line) && /\|\s*(sudo\s+)?(ba|z|da|k)?sh\b|\b(source|\.)\s+<\(|\beval\s+["']?\$\(|\|\s*(iex|Invoke-Expression)\b|\biex\s*\(/i.test(line)) {
      return { code: 'startup_downloaded_code', why: `\`${line}\` downloads code and runs it at every shell start` };
    }
    const alias = /^alias\s+(?:-[gs]\s+)?(['"]?)([\w.-]+)\1\s*[= ]\s*(.*)$/.exec(line);
    if (alias && SAFETY_COMMAND.test(alias[2]!)) {
      const words = unquoteValue(alias[3]!).trim().split(/\s+/);
      if (!(words[0] === alias[2] && words.slice(1).every((w) => ASKING_OPTIONS.test(w)))) return { code: 'startup_alias_override', why: `\`${line}\` puts something else in place of \`${alias[2]}\`` };
    }
    if (alias && readerTurnedAside(alias[2]!, unquoteValue(alias[3]!))) return { code: 'startup_alias_override', why: `\`${line}\` makes \`${alias[2]}\` run \`${firstProgram(unquoteValue(alias[3]!))}\` on whatever is typed after it` };
    // PowerShell's `Set-Alias [-Name] N [-Value] V` (and New-Alias, sal, nal) in a profile.
    const psAlias = /^(?:Set-Alias|New-Alias|sal|nal)\s+(?:-Name\s+)?(['"]?)([\w-]+)\1\s+(?:-Value\s+)?(['"]?)([\w.\\/:-]+)\3/i.exec(line);
    if (psAlias && readerTurnedAside(psAlias[2]!, psAlias[4]!)) return { code: 'startup_alias_override', why: `\`${line}\` makes \`${psAlias[2]}\` run \`${firstProgram(psAlias[4]!)}\`` };
    const fn = /^(?:function\s+([\w.-]+)\s*(?:\(\s*\))?|([\w.-]+)\s*\(\s*\))\s*\{?/.exec(line);
    const fnName = fn ? (fn[1] ?? fn[2])! : null;
    if (fnName !== null && SAFETY_COMMAND.test(fnName)) return { code: 'startup_alias_override', why: `\`${line}\` defines a function in place of \`${fnName}\`` };
    if (fn && fnName !== null && readerTurnedAside(fnName, line.slice(fn[0].length))) return { code: 'startup_alias_override', why: `\`${line}\` makes \`${fnName}\` run \`${firstProgram(line.slice(fn[0].length))}\`` };
    const assign = /^(?:export\s+|setenv\s+|set\s+(?:-\w+\s+)*|\$env:)?([A-Za-z_][A-Za-z0-9_]*)(?:=|\s+)(.*)$/.exec(line);
    if (assign && isSecretVariable(assign[1]!)) {
      const value = unquoteValue(assign[2]!);
      // A value read at start-up from a store or another variable (`$(pass show gh)`, `$GH_TOKEN`) writes no secret.
      // Nor does a file's path (`SSL_CERT_FILE=/etc/ssl/ca.pem`, `GPG_KEY=~/.gnupg/k.asc`): it says where a secret is.
      if (value !== '' && !/^[$`]/.test(value) && !/^(op|pass|security|secret-tool)\b/.test(value) && !/^(~|\.{0,2}\/)\S*$/.test(value)) return { code: 'startup_secret_written', why: `\`${assign[1]}\`'s value is written into a start-up file` };
    }
    if (assign && assign[1] === 'PATH' && pathHijack(unquoteValue(assign[2]!.replace(/^=\s*/, '')))) return { code: 'startup_path_hijack', why: `\`${line}\` puts a folder anyone or any download can write to (or the current folder) in front of every later shell's commands (the lead's answer 184)` };
    if (historyOff(line, assign)) return { code: 'startup_history_off', why: `\`${line}\` stops every later shell keeping its history: the record of what was run is lost from then on (the lead's answer 107)` };
    if (assign && tlsOffVariable(assign[1]!, unquoteValue(assign[2]!.replace(/^=\s*/, '')))) return { code: 'startup_tls_verify_off', why: `\`${line}\` switches TLS certificate checks off in every shell (the lead's answer 88)` };
    if (SECRET_VALUE.test(line)) return { code: 'startup_secret_written', why: 'a credential is written into a start-up file' };
  }
  return null;
}

/** What part of a file's commands the shell model cannot judge: recipes in another language, a job it cannot read. */
function unjudgedPart(format: StoreFormat, text: string): string | null {
  if (format === 'justfile') {
    const shell = /^set\s+(?:windows-)?(?:shell|script-interpreter)\s*:=\s*\[\s*(['"])([^'"]*)\1/m.exec(text);
    if (shell && !SHELLS.test(shell[2]!)) return `runs its recipes with \`${shell[2]}\`, not a shell`;
    const other = /^[ \t]+#!\s*(\S+)(?:\s+(\S+))?/m.exec(text);
    if (other && !SHELLS.test(/\/env$/.test(other[1]!) ? (other[2] ?? '') : other[1]!)) return `has a recipe run by \`${other[1]}\`, not a shell`;
    // `set windows-powershell` (the just manual, "Settings") runs every recipe with PowerShell on Windows.
    if (/^set\s+windows-powershell\b(?!\s*:=\s*false)/m.test(text)) return 'runs its recipes with PowerShell on Windows';
    // `[script('python3')]` (the just manual, "Script Recipes") runs the recipe's body with that interpreter.
    const script = /^\[[^\]\n]*\bscript\s*\(\s*(['"])([^'"]*)\1/m.exec(text);
    if (script && !SHELLS.test(script[2]!.split(/\s+/)[0]!)) return `has a recipe run by \`${script[2]}\`, not a shell`;
    if (justEvaluated(text).unjudged) return 'runs a `shell(…)` command that is not fixed in the input';
    return null;
  }
  if (format === 'launchd') {
    const job = launchdJob(text);
    return 'unread' in job ? job.unread : null;
  }
  if (format === 'python-job') return 'runs Python tasks on a schedule, which are not judged';
  // A step run by another shell (`shell: pwsh`, `python`, `cmd`) is not read line by line here.
  if (format === 'ci-workflow') {
    const shell = /^\s*shell:\s*['"]?([\w./-]+)/m.exec(text);
    if (shell && !SHELLS.test(shell[1]!)) return `runs steps with \`${shell[1]}\`, not a POSIX shell`;
  }
  return null;
}

/** The POSIX shells that the shell model reads: a recipe or setting naming one is judged line by line. */
const SHELLS = /(^|\/)(sh|bash|dash|zsh|ksh)$/;

/** The command lines of a text in one format (also used for text that reaches a runner without a file: `crontab -`). */
export function linesOf(format: StoreFormat, text: string): string[] {
  switch (format) {
    case 'script':
      return [text];
    case 'crontab':
    case 'system-crontab':
      return cronLines(text, format === 'system-crontab');
    case 'unit':
      return settingLines(text, /^\s*Exec[A-Za-z]*\s*=\s*(.*)$/).map((v) => v.replace(/^[-@:+!|]+/, ''));
    case 'desktop':
      return settingLines(text, /^\s*Exec\s*=\s*(.*)$/).map((v) => v.replace(/%[fFuUdDnNickvm]/g, ''));
    case 'package-json':
      return packageScripts(text);
    case 'makefile':
      return makefileRecipes(text);
    case 'justfile':
      return justRecipes(text);
    case 'launchd': {
      const job = launchdJob(text);
      return 'argv' in job && job.argv !== null ? [job.argv.map(shellWord).join(' ')] : [];
    }
    case 'python-job':
      return [];
    case 'ci-workflow':
      return workflowSteps(text).filter((l) => !repositoryOwnStep(l));
  }
}

function cwdOf(runsIn: RunsIn, abs: string, home: string | undefined): string | undefined {
  const dir = abs.slice(0, abs.lastIndexOf('/')) || '/';
  switch (runsIn) {
    case 'home':
      return home;
    case 'root':
      return '/';
    case 'dir':
      return dir;
    case 'repo': {
      const git = /^(.*?)\/\.git\/hooks$/.exec(dir) ?? /^(.*?)\/\.(husky|githooks)$/.exec(dir) ?? /^(.*?)\/\.(github\/workflows|gitlab\/ci)$/.exec(dir);
      return git ? git[1] || '/' : dir;
    }
  }
}

/**
 * crontab(5): blank lines, comments and `NAME=value` settings store no command; a job line is five time fields (or an
 * `@reboot`-style nickname), a user in the system table, then the command. An unescaped `%` ends the command (the rest
 * is its input); `\%` is a `%`.
 */
function cronLines(text: string, system: boolean): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || /^[A-Za-z_][A-Za-z0-9_]*\s*=/.test(t)) continue;
    const m = system ? /^(?:@\w+\s+|(?:\S+\s+){5})\S+\s+(.*)$/.exec(t) : /^(?:@\w+\s+|(?:\S+\s+){5})(.*)$/.exec(t);
    if (!m) continue;
    const cut = /(?<!\\)%/.exec(m[1]!);
    out.push((cut ? m[1]!.slice(0, cut.index) : m[1]!).replace(/\\%/g, '%'));
  }
  return out;
}

/**
 * Whether `text`, put into a crontab, holds job lines commented out (`# 0 3 * * * pg_dump …`) and no job that runs: the
 * edit that writes it switches those jobs off.
 */
export function commentsOutJobs(abs: string, text: string): boolean {
  const format = runLaterFile(abs)?.format;
  if (format !== 'crontab' && format !== 'system-crontab') return false;
  const commented = text.split('\n').map((l) => /^\s*#+\s*(.*)$/.exec(l)?.[1]).filter((l): l is string => l !== undefined);
  return cronLines(text, format === 'system-crontab').length === 0 && cronLines(commented.join('\n'), format === 'system-crontab').length > 0;
}

/** The values of `KEY=` settings, with a line ending in `\` continued on the next (systemd.syntax(7)). */
function settingLines(text: string, key: RegExp): string[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  const out: string[] = [];
  for (const line of joined.split('\n')) {
    const m = key.exec(line);
    if (m) out.push(m[1]!.trim());
  }
  return out;
}

/**
 * The `scripts` of a package.json. Text that is not a whole JSON document (an edit's replacement text, a fragment) is
 * read for every `"name": "value"` pair: any of them may be a script, and a value that is not a command is judged
 * harmless by the shell model.
 */
function packageScripts(text: string): string[] {
  try {
    const doc: unknown = JSON.parse(text);
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return [];
    const scripts = (doc as Record<string, unknown>).scripts;
    if (typeof scripts !== 'object' || scripts === null || Array.isArray(scripts)) return [];
    return Object.values(scripts).filter((v): v is string => typeof v === 'string');
  } catch {
    const out: string[] = [];
    for (const m of text.matchAll(/"(?:[^"\\]|\\.)*"\s*:\s*("(?:[^"\\]|\\.)*")/g)) {
      try {
        out.push(JSON.parse(m[1]!) as string);
      } catch {
        // A value that is not a JSON string is no script.
      }
    }
    return out;
  }
}

/** Recipe lines of a makefile's text: tab-led lines and `target: prereqs ; recipe`, without their `@`/`-`/`+` prefixes. */
export function makefileRecipes(makefile: string): string[] {
  const out: string[] = [];
  for (const line of makefile.split('\n')) {
    if (line.startsWith('\t')) out.push(line.slice(1));
    else {
      const m = /^[^\t#=:]+::?[^=;]*;(.*)$/.exec(line);
      if (m) out.push(m[1]!);
    }
  }
  return out.map((r) => r.replace(/^\s*[@+-]+/, '')).filter((r) => r.trim() !== '');
}

/**
 * Recipe lines of a justfile: the indented lines below a recipe's header, without their `@`/`-` prefixes. `{{…}}` is
 * an expression just fills in: a top-level string variable is filled in; any other expression (a parameter, a function)
 * is read as a variable the input does not set, so a path built from one stays unknown.
 */
export function justRecipes(justfile: string): string[] {
  // `name := "text"` (or 'text') at the top level is a plain string; `{{name}}` is then that text.
  const strings = new Map<string, string>();
  for (const m of justfile.matchAll(/^(?:export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(?:"([^"\\{]*)"|'([^'{]*)')\s*(?:#.*)?$/gm)) strings.set(m[1]!, m[2] ?? m[3]!);
  const fill = (line: string) => line.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, e: string) => strings.get(e) ?? '"$JUST_EXPRESSION"');
  const out: string[] = [];
  for (const { text, recipe } of justLines(justfile)) if (recipe && !/^\s*#!/.test(text)) out.push(fill(text.trim().replace(/^[@-]+/, '')));
  return [...justEvaluated(justfile).commands, ...out.filter((r) => r.trim() !== '' && !r.startsWith('#'))];
}

/** The non-blank lines of a justfile, each marked as a recipe's line or not. */
function justLines(justfile: string): Array<{ text: string; recipe: boolean }> {
  const lines: Array<{ text: string; recipe: boolean }> = [];
  let inRecipe = false;
  for (const line of justfile.split('\n')) {
    if (line.trim() === '') continue;
    if (/^[ \t]/.test(line)) {
      lines.push({ text: line, recipe: inRecipe });
      continue;
    }
    // A header is `name params: deps` (an attribute line `[private]` or a comment keeps the recipe to come); settings
    // (`set`, `x := …`), `alias`, `import`, `mod` and `export` are not recipes.
    inRecipe = /^@?[A-Za-z_][\w-]*(\s[^:]*)?:(?!=)/.test(line) && !/^(set|alias|import|mod|export)\s/.test(line);
    lines.push({ text: line, recipe: false });
  }
  return lines;
}

/**
 * The commands just itself runs while it reads the justfile, before any recipe (the just manual, "Command Evaluation
 * Using Backticks" and "shell(command, args…)"): a backtick (`` `cmd` `` or a ```` ``` ```` block) in an assignment, a
 * parameter's default or a recipe line's `{{…}}`, and `shell('cmd', …)`, each run by `sh -cu`. A `shell(` whose command
 * is not a plain string cannot be judged (`unjudged`).
 */
function justEvaluated(justfile: string): { commands: string[]; unjudged: boolean } {
  // Expressions live outside recipe bodies and inside a recipe line's `{{…}}`; the rest of a recipe line is shell text,
  // whose own backticks the shell model reads.
  const expressions = justLines(justfile)
    .map(({ text, recipe }) => (recipe ? [...text.matchAll(/\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!).join('\n') : text))
    .join('\n');
  const commands: string[] = [];
  for (const m of expressions.matchAll(/```([\s\S]*?)```|`([^`]*)`/g)) commands.push(...(m[1] ?? m[2]!).split('\n').map((l) => l.trim()));
  let unjudged = false;
  for (const m of expressions.matchAll(/\bshell\s*\(\s*(?:'([^'\\]*)'|"([^"\\{]*)"(?=\s*[,)]))?/g)) {
    const literal = m[1] ?? m[2];
    if (literal === undefined) unjudged = true;
    else commands.push(literal);
  }
  return { commands: commands.filter((c) => c !== ''), unjudged };
}

/**
 * The command line a launchd job starts, read from its XML property list (launchd.plist(5)), or why it cannot be read.
 * `Program` is the file executed and `ProgramArguments` its argv, whose first element is then only the name the program
 * sees; without `Program`, the first element is the program. Comments are skipped as the plist parser skips them. Text
 * that is not an XML plist (a binary `bplist00`, the old-style `{ … }` or JSON form), a job that names its program more
 * than once or through `BundleProgram`, CDATA, entities other than XML's own, or an argument that is not a plain string
 * cannot be read here: the caller says unknown. A plist that names no program at all starts nothing (launchd refuses it).
 */
export function launchdJob(text: string): { argv: string[] | null } | { unread: string } {
  const top = plistTopDict(text);
  if (typeof top === 'string') return { unread: top };
  if (top.has('BundleProgram')) return { unread: 'starts a program inside an app bundle (`BundleProgram`)' };
  const program = top.get('Program');
  const args = top.get('ProgramArguments');
  if (program === undefined && args === undefined) return { argv: null };
  if ((program !== undefined && program.kind !== 'string') || (args !== undefined && args.kind !== 'array')) return { unread: 'names its program with a value that is not plain text' };
  if (program?.kind === 'string') return { argv: [program.text, ...(args?.kind === 'array' ? args.items.slice(1) : [])] };
  if (args?.kind === 'array' && args.items.length > 0) return { argv: args.items };
  return { unread: 'starts a program whose arguments cannot be read' };
}

type PlistValue = { kind: 'string'; text: string } | { kind: 'array'; items: string[] } | { kind: 'other' };

/** The keys of a plist's top dictionary with their values (strings, arrays of strings, anything else), or why not. */
function plistTopDict(text: string): Map<string, PlistValue> | string {
  const xml = text.replace(/<!--[\s\S]*?-->/g, '').replace(/^\uFEFF/, '');
  if (!xml.trimStart().startsWith('<')) return 'is not an XML property list (a binary or old-style plist cannot be read here)';
  if (xml.includes('<!--') || /<!\[CDATA\[/.test(xml)) return 'has a comment or CDATA that cannot be read';
  const tokens = xml.split(/(<[^>]*>)/).filter((t) => t !== '' && !/^<\?[\s\S]*\?>$|^<!DOCTYPE[^>]*>$/i.test(t));
  const keys = new Map<string, PlistValue>();
  let depth = 0;
  let topDepth = -1;
  let key: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.startsWith('<')) {
      if (t.trim() !== '' && depth !== topDepth + 1) return 'has text outside its elements';
      continue;
    }
    const tag = /^<\s*(\/)?\s*([A-Za-z][\w.-]*)(?:\s[^>]*?)?\s*(\/)?\s*>$/.exec(t);
    if (!tag) return `has markup that cannot be read (\`${t.slice(0, 20)}\`)`;
    const [, close, name, selfClose] = tag;
    if (close) {
      depth--;
      continue;
    }
    if (topDepth === -1 && name === 'dict') topDepth = depth + 1;
    else if (depth === topDepth && name === 'key') {
      const k = readText(tokens, i, 'key');
      if (k === null) return 'has a key that cannot be read';
      key = k.text;
      i = k.end;
      continue;
    } else if (depth === topDepth) {
      if (key === null) return 'has a value without a key';
      if (keys.has(key)) return `names \`${key}\` more than once`;
      const v = selfClose ? { value: emptyValue(name!), end: i } : readValue(tokens, i, name!);
      if (v === null) return `has a \`${key}\` that cannot be read`;
      keys.set(key, v.value);
      key = null;
      i = v.end;
      continue;
    }
    if (!selfClose) depth++;
  }
  return topDepth === -1 ? 'has no dictionary' : keys;
}

/** The value of an empty element: `<string/>`, `<array/>`, or another (`<true/>`). */
function emptyValue(name: string): PlistValue {
  return name === 'string' ? { kind: 'string', text: '' } : name === 'array' ? { kind: 'array', items: [] } : { kind: 'other' };
}

/** The text of `<name>TEXT</name>` starting at tokens[i], with the index of its closing tag. */
function readText(tokens: string[], i: number, name: string): { text: string; end: number } | null {
  const closing = new RegExp(`^<\\s*/\\s*${name}\\s*>$`);
  if (closing.test(tokens[i + 1] ?? '')) return { text: '', end: i + 1 };
  if (!closing.test(tokens[i + 2] ?? '') || (tokens[i + 1] ?? '<').startsWith('<')) return null;
  const text = xmlText(tokens[i + 1]!);
  return text === null ? null : { text, end: i + 2 };
}

/** A top-level value starting at tokens[i]: a string, an array of plain strings, or another element skipped whole. */
function readValue(tokens: string[], i: number, name: string): { value: PlistValue; end: number } | null {
  if (name === 'string') {
    const s = readText(tokens, i, 'string');
    return s && { value: { kind: 'string', text: s.text }, end: s.end };
  }
  let depth = 0;
  const items: string[] = [];
  let plain = name === 'array';
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!t.startsWith('<')) continue;
    const close = /^<\s*\//.test(t);
    const self = /\/\s*>$/.test(t);
    if (close) depth--;
    else if (depth === 1 && name === 'array' && /^<\s*string\s*>$/.test(t)) {
      const s = readText(tokens, j, 'string');
      if (s === null) return null;
      items.push(s.text);
      j = s.end;
      continue;
    } else if (depth === 1 && name === 'array' && /^<\s*string\s*\/\s*>$/.test(t)) {
      items.push('');
      continue;
    } else if (!self) {
      if (depth >= 1) plain = false;
      depth++;
    } else if (depth >= 1) plain = false;
    if (depth === 0) return { value: plain ? { kind: 'array', items } : { kind: 'other' }, end: j };
  }
  return null;
}

/** XML text with its five entities and character references replaced, or null for any other entity. */
function xmlText(s: string): string | null {
  let bad = false;
  const out = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (all, e: string | undefined) => {
    if (e === undefined) return ((bad = true), all);
    if (e.startsWith('#')) {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (code > 0x10ffff) return ((bad = true), all);
      return String.fromCodePoint(code);
    }
    const named = ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e];
    if (named === undefined) bad = true;
    return named ?? all;
  });
  return bad ? null : out;
}

/** The step keys that hold shell commands: GitHub Actions' `run`, GitLab CI's `script`, `before_script`, `after_script`. */
const STEP_KEY = /^(\s*)(?:-\s+)?(run|script|before_script|after_script):\s*(.*)$/;

/**
 * The lead's answer 113: the commands a CI workflow's steps run, one per step (a `|` or `>` block is one script; a GitLab
 * list gives one per item). A `${{ … }}` expression is filled in by the forge before the shell runs: `secrets.NAME`,
 * `env.NAME` and `vars.NAME` are read as the variable NAME, `github.NAME` as GitHub's `GITHUB_NAME`, a pull request's
 * number as a number, anything else (`toJSON(secrets)`) as a variable the input does not set.
 */
export function workflowSteps(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = STEP_KEY.exec(lines[i]!);
    if (!m) continue;
    const indent = m[1]!.length + (/^\s*-\s+/.test(lines[i]!) ? 2 : 0);
    const value = m[3]!.trim();
    const block = (): string[] => {
      const body: string[] = [];
      while (i + 1 < lines.length && (lines[i + 1]!.trim() === '' || lines[i + 1]!.search(/\S/) > indent)) body.push(lines[++i]!);
      return body;
    };
    if (/^[|>][-+]?\d*$/.test(value)) out.push(dedent(block()));
    else if (value === '' && m[2] !== 'run') {
      // A GitLab list: each `- item` is a command, an item's own `|` block included.
      const items: string[] = [];
      for (const l of block()) {
        const item = /^\s*-\s+(.*)$/.exec(l);
        if (item) items.push(unquoteYaml(item[1]!.trim()));
        else if (items.length > 0) items[items.length - 1] += `\n${l.trim()}`;
      }
      out.push(...items.map((x) => x.replace(/^[|>][-+]?\d*\n/, '')));
    } else if (value.startsWith('[') && value.endsWith(']')) out.push(...value.slice(1, -1).split(',').map((x) => unquoteYaml(x.trim())));
    else if (value !== '') out.push(unquoteYaml(value));
  }
  return out.map(fillExpressions).filter((l) => l.trim() !== '');
}

function dedent(body: string[]): string {
  const width = Math.min(...body.filter((l) => l.trim() !== '').map((l) => l.search(/\S/)));
  return body.map((l) => l.slice(Number.isFinite(width) ? width : 0)).join('\n');
}

function unquoteYaml(v: string): string {
  const m = /^(['"])(.*)\1$/.exec(v);
  return m ? (m[1] === "'" ? m[2]!.replace(/''/g, "'") : m[2]!.replace(/\\"/g, '"')) : v;
}

function fillExpressions(line: string): string {
  let out = '';
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i++) {
    const expr = line.startsWith('${{', i) ? /^\$\{\{\s*([^}]*?)\s*\}\}/.exec(line.slice(i)) : null;
    if (expr) {
      const value = expressionValue(expr[1]!);
      // Inside single quotes the forge's value is the word's text: read it as the variable's value all the same.
      out += quote === "'" && value.startsWith('$') ? `'"${value}"'` : value;
      i += expr[0].length - 1;
      continue;
    }
    const c = line[i]!;
    if (c === '\\' && quote !== "'") {
      out += c + (line[i + 1] ?? '');
      i++;
      continue;
    }
    if ((c === "'" || c === '"') && (quote === null || quote === c)) quote = quote === null ? c : null;
    out += c;
  }
  return out;
}

/** A pull request's or a run's number is a number (answer 99's reading); other expressions are variables. */
function expressionValue(expr: string): string {
  if (/^github\.event\.(number|pull_request\.number)$/.test(expr)) return '1';
  const named = /^(?:secrets|env|vars)\.([A-Za-z_]\w*)$/.exec(expr);
  if (named) return `\${${named[1]}}`;
  const github = /^github\.([a-z_]+)$/.exec(expr);
  if (github) return `\${GITHUB_${github[1]!.toUpperCase()}}`;
  return /\bsecrets\b/.test(expr) ? '${SECRET_VALUES}' : '${WORKFLOW_EXPRESSION}';
}

/**
 * The lead's answer 113: a step that runs one of the repository's own scripts (`./scripts/deploy.sh production`,
 * `bash scripts/ci.sh`) with plain words is the repository's own step: the forge's review and protections hold it, as they
 * hold `npm test` or `make`: `./NAME`, a script file (`.sh`, `.py`, …) or a file of a scripts folder. Not `bin/` (a framework's
 * binstub: `bin/rails db:drop`), an absolute path, `~`, `..`, a variable, or a line with an operator; every line of a block.
 */
const REPOSITORY_SCRIPT = /^(?:(?:ba|da|z)?sh[ \t]+|python3?[ \t]+|node[ \t]+)?(\.\/)?(?![./~$])(?!bin\/)(?![^\n]*\.\.)([\w.-]+(?:\/[\w.-]+)*)(?:[ \t]+[\w.,:=@%+/-]+)*[ \t]*$/;
export function repositoryOwnStep(step: string): boolean {
  const lines = step.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return lines.length > 0 && lines.every((l) => {
    const m = REPOSITORY_SCRIPT.exec(l);
    return m !== null && (m[1] !== undefined || /^(scripts?|ci|tools|hack|\.github|\.gitlab)\//.test(m[2]!) || /\.(sh|bash|py|js|mjs|ts)$/.test(m[2]!));
  });
}
