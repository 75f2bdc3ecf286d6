import { posix } from 'node:path';
import { codeLoadingWord, commandLineWords, nodeOptionsProblem, readsLesskey, type CommandLineKind } from '../../core/command-line.ts';

/**
 * The environment an agent tool's session runs its commands (and this hook) with, judged before any
 * call is decided. Claude Code applies the `env` of every settings file it reads to the whole session
 * (settings reference, key `env`: "environment variables that will be applied to every session";
 * files: managed, `~/.claude/settings.json`, the project's `.claude/settings.json` and
 * `.claude/settings.local.json`), and runs each hook command "with Claude Code's environment" (hooks
 * reference, "Hook execution details"). So a project settings file the agent managed to create (a
 * `cp -r`, `tar x`, `git checkout` of a tree holding `.claude/`) can set variables that run code the
 * gate never sees before every command: the hook client sends the values of these variables, and an
 * event whose session carries one is refused, whatever the call, with the variable and where it
 * likely came from.
 *
 * What this is not: a wall. `LD_PRELOAD`, `NODE_OPTIONS` and (when the hook's shell is bash)
 * `BASH_ENV` also reach the hook's own process, which then runs the agent's code before this check:
 * it catches a poisoned session that has not also subverted the hook. The wall is D3 (the settings
 * files are control plane) and managed settings (`allowManagedHooksOnly`).
 */

/** The variables the hook clients send (besides every `BASH_FUNC_…`); both clients use this list. */
export const SESSION_ENV_NAMES: readonly string[] = [
  'BASH_ENV', 'ENV', 'LD_PRELOAD', 'LD_AUDIT', 'LD_LIBRARY_PATH', 'DYLD_INSERT_LIBRARIES', 'DYLD_LIBRARY_PATH', 'DYLD_FRAMEWORK_PATH',
  'NODE_OPTIONS', 'PYTHONPATH', 'PERL5OPT', 'PERL5LIB', 'RUBYOPT', 'RUBYLIB', 'PATH',
  'SHELLOPTS', 'PS4', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GIT_EXTERNAL_DIFF',
  'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'PYTHONHOME', 'PYTHONUSERBASE', 'GCONV_PATH', 'which_declare',
  'GIT_SSH_COMMAND', 'GIT_SSH', 'GIT_PAGER', 'PAGER', 'MANPAGER', 'LESSOPEN', 'LESSCLOSE', 'GIT_ASKPASS', 'SSH_ASKPASS', 'EDITOR', 'VISUAL', 'GIT_EDITOR', 'KUBECONFIG',
  // round 12: variables naming tools' configuration files and folders that run programs, and less's own options
  'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'GIT_PROXY_COMMAND', 'GIT_EXEC_PATH', 'GIT_TEMPLATE_DIR', 'GIT_SEQUENCE_EDITOR', 'DOCKER_CONFIG',
  'TF_CLI_CONFIG_FILE', 'HELM_PLUGINS', 'PSQLRC', 'XDG_CONFIG_HOME', 'LESS', 'LESSKEYIN', 'LESSKEY_CONTENT',
  // round 13: psql's system folder and npm's configuration files (npm also takes the lower-case spelling)
  'PGSYSCONFDIR', 'NPM_CONFIG_USERCONFIG', 'NPM_CONFIG_GLOBALCONFIG', 'npm_config_userconfig', 'npm_config_globalconfig',
  // round 14: psql's pager and editor (psql(1) ENVIRONMENT), run through the shell
  'PSQL_PAGER', 'PSQL_EDITOR', 'PSQL_EDITOR_LINENUMBER_ARG',
  // round 16: the folders Helm's default plugin folder is spelled with (`$HELM_DATA_HOME/plugins`, `$XDG_DATA_HOME/helm`)
  'HELM_DATA_HOME', 'XDG_DATA_HOME',
  // round 18: Terraform's data folder (`.terraform`), Google's credential file and gcloud's folder, the Azure CLI's folders
  'TF_DATA_DIR', 'GOOGLE_APPLICATION_CREDENTIALS', 'CLOUDSDK_CONFIG', 'AZURE_EXTENSION_DIR', 'AZURE_CONFIG_DIR',
  // round 19: the credential file gcloud, gsutil and bq read in place of their stored login; the release yarn runs in
  // place of itself, the name of the settings file it reads, its plugins; less's compiled lesskey file and the system ones
  'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', 'YARN_YARN_PATH', 'YARN_RC_FILENAME', 'YARN_PLUGINS', 'LESSKEY', 'LESSKEY_SYSTEM', 'LESSKEYIN_SYSTEM',
  // round 20: gsutil's boto configuration files (the one file in place of the defaults, or a list of them)
  'BOTO_CONFIG', 'BOTO_PATH',
  // round 21: bq's flags file, and the client-certificate files gcloud, bq, gsutil and Google's client libraries read
  'BIGQUERYRC', 'CLOUDSDK_CONTEXT_AWARE_CERTIFICATE_CONFIG_FILE_PATH', 'CLOUDSDK_CONTEXT_AWARE_AUTO_DISCOVERY_FILE_PATH', 'GOOGLE_API_CERTIFICATE_CONFIG',
  // and the interpreter the Cloud SDK's launchers run, with its arguments
  'CLOUDSDK_PYTHON', 'CLOUDSDK_GSUTIL_PYTHON', 'CLOUDSDK_BQ_PYTHON', 'CLOUDSDK_PYTHON_ARGS',
  // not judged: where the project is (Claude Code's hooks), for judging the folders above
  'CLAUDE_PROJECT_DIR', 'GEMINI_PROJECT_DIR',
];

/**
 * D8 round 12: the variables that point a tool at other configuration files than its defaults; the hook sends their
 * values with each decision (`ActionContext.toolEnv`), so the gateway judges the files the tool really reads (classify's
 * `TOOL_CONFIG_FILES`; a test keeps the two lists in step).
 */
export const TOOL_ENV_NAMES: readonly string[] = [
  'KUBECONFIG', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'XDG_CONFIG_HOME',
  'TF_CLI_CONFIG_FILE', 'DOCKER_CONFIG', 'PSQLRC', 'PGSYSCONFDIR', 'NPM_CONFIG_USERCONFIG', 'NPM_CONFIG_GLOBALCONFIG',
  // npm reads either spelling, and sets the lower-case one itself for every script it runs (`npm test`, `npm run dev`):
  // both are routed, so the files of both are judged
  'npm_config_userconfig', 'npm_config_globalconfig',
  // round 14: git's helper folder and Helm's plugins, judged as folders of programs (their entries too)
  'GIT_EXEC_PATH', 'HELM_PLUGINS',
  // round 16: they move Helm's default plugin folder (classify's `DEFAULT_FOLDER_VARIABLES`), judged there as HELM_PLUGINS's
  'HELM_DATA_HOME', 'XDG_DATA_HOME',
  // round 18: less's lesskey source (judged by content for `less`, and whole as before), Terraform's data folder (its
  // `providers`, compared with what the input writes), Google's credential file (an executable credential source) and
  // gcloud's folder that holds the default one, the Azure CLI's extension folder and the folder that holds it
  'LESSKEYIN', 'TF_DATA_DIR', 'GOOGLE_APPLICATION_CREDENTIALS', 'CLOUDSDK_CONFIG', 'AZURE_EXTENSION_DIR', 'AZURE_CONFIG_DIR',
  // round 19: gcloud's credential file override (an executable credential source); less's compiled lesskey file and the
  // system-wide lesskey files (their variable sections, judged by content for `less`)
  'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', 'LESSKEY', 'LESSKEY_SYSTEM', 'LESSKEYIN_SYSTEM',
  // round 20: gsutil's boto configuration files (plugins, a certificate command, an external account, judged by content)
  'BOTO_CONFIG', 'BOTO_PATH',
  // round 21: bq's flags file (its credential files), the client-certificate files (their programs and libraries)
  'BIGQUERYRC', 'CLOUDSDK_CONTEXT_AWARE_CERTIFICATE_CONFIG_FILE_PATH', 'CLOUDSDK_CONTEXT_AWARE_AUTO_DISCOVERY_FILE_PATH', 'GOOGLE_API_CERTIFICATE_CONFIG',
];

/**
 * Routing variables whose folder is also judged whole as the agent's Unix user (`sessionEnvChecks`), not only the file
 * the gateway reads in it: DOCKER_CONFIG's folder holds `cli-plugins/`, programs docker runs.
 */
// (round 21, answer 82: every lesskey file variable, since the less a program starts as its pager, `git log`'s or `man`'s,
// reads it too and no decision routes it there: a file the agent's user can change, or create, is refused)
const FOLDER_ALSO_JUDGED: ReadonlySet<string> = new Set(['DOCKER_CONFIG', 'GIT_EXEC_PATH', 'HELM_PLUGINS', 'LESSKEYIN', 'LESSKEY', 'LESSKEYIN_SYSTEM', 'LESSKEY_SYSTEM']);

/** Bash imports a function from an environment variable of this name (bash(1), "export -f"). */
const EXPORTED_FUNCTION = /^BASH_FUNC_(.+?)(%%|\(\))$/;

/**
 * Functions a distribution's own profile exports to every login shell, by their exact shape (whitespace folded):
 * RHEL, Fedora and CentOS `/etc/profile.d/which2.sh` export `which`, which pipes the shell's aliases and functions into
 * `/usr/bin/which` with options only. Any other body under that name (one more command, another program) is refused as
 * any exported function is.
 */
const SYSTEM_FUNCTIONS: ReadonlyArray<{ name: string; body: RegExp }> = [
  { name: 'which', body: /^\(\) \{ \( alias;? eval (declare -f|\$\{which_declare\}|"\$\{which_declare\}");? \) \| \/usr\/bin\/which( --[a-z-]+)* "\$@";? \}$/ },
];

/** A problem with one variable: which, and what it does. */
export interface SessionEnvProblem {
  name: string;
  message: string;
}

/** Perl's `-M`/`-m`/`-d` (perlrun: PERL5OPT takes -[CDIMTUWdmtw]) and Ruby's `-r` (ruby(1): RUBYOPT takes -r, -I, …). */
const PERL_PRELOAD = /(^|\s)-[A-Za-z]*[Mmd]/;
const RUBY_PRELOAD = /(^|\s)-[A-Za-z]*r/;

/**
 * The folders an `-I` switch of PERL5OPT or RUBYOPT adds to the library search list (glued, `-Ilib`, or the
 * next word, `-I lib`), joined as a search list: judged like PERL5LIB and RUBYLIB. `-C…` is Perl's
 * Unicode switch, whose letters include `I`.
 */
function includeFolders(value: string): string | null {
  const words = value.split(/\s+/).filter((w) => w !== '');
  const found: string[] = [];
  words.forEach((w, i) => {
    const m = /^-[A-Za-z]*?I(.*)$/.exec(w);
    if (!m || w.startsWith('-C')) return;
    found.push(m[1] !== '' ? m[1]! : (words[i + 1] ?? ''));
  });
  return found.length > 0 ? found.join(':') : null;
}

/**
 * The folders a project of this session may be: the working folder, the project folder the agent tool
 * names (Claude Code's hooks get CLAUDE_PROJECT_DIR, Gemini CLI's GEMINI_PROJECT_DIR) and, when it names
 * none, every folder between the working folder and the home folder (the tool reports the folder it is
 * in now, `~/src/app/web` after a `cd web`, while the settings came with `~/src/app`). Never `/` nor the
 * home folder itself.
 */
function projectRoots(cwd: string | undefined, home: string | undefined, projectDirs: ReadonlyArray<string | undefined>): string[] {
  const clean = (p: string | undefined) => (p?.startsWith('/') ? posix.normalize(p).replace(/(.)\/+$/, '$1') : undefined);
  const at = clean(cwd);
  const h = clean(home);
  const named = projectDirs.map(clean).filter((p) => p !== undefined);
  const roots = new Set<string>([...(at ? [at] : []), ...named]);
  if (at && h && named.length === 0 && at.startsWith(`${h}/`)) for (let d = posix.dirname(at); d.startsWith(`${h}/`); d = posix.dirname(d)) roots.add(d);
  return [...roots].filter((r) => r !== '/' && r !== h);
}

/**
 * A folder of a search list (PATH, LD_LIBRARY_PATH, PYTHONPATH, …) that a project may hold: empty (the
 * working folder), relative, or inside one of the project's possible folders (`projectRoots`), spelled
 * any way the kernel reads the same (`//`, `..`). An absolute folder elsewhere (`/usr/local/bin`,
 * `~/.local/bin`, `/opt/cuda/lib64`) is ordinary.
 */
function projectFolder(entries: string, roots: readonly string[]): string | null {
  for (const entry of entries.split(':')) {
    if (entry === '' || !entry.startsWith('/')) return entry === '' ? '(an empty entry: the working folder)' : entry;
    const norm = posix.normalize(entry);
    if (roots.some((r) => norm === r || norm.startsWith(`${r}/`))) return entry;
  }
  return null;
}

/** The problem with one variable of the session, or null when it is ordinary. */
function problemOf(name: string, value: string, roots: readonly string[]): string | null {
  const fn = EXPORTED_FUNCTION.exec(name);
  if (fn && SYSTEM_FUNCTIONS.some((f) => f.name === fn[1] && f.body.test(value.replace(/\s+/g, ' ').trim()))) return null;
  if (fn) return `defines the shell function \`${fn[1]}\` in every bash the session starts, which runs instead of the program of that name`;
  if (value === '') return null;
  switch (name) {
    case 'which_declare':
      // RHEL's exported `which` function runs `eval ${which_declare}`: anything but the declaration it is set to there runs code.
      return /^(declare|typeset) -f$/.test(value.trim()) ? null : 'is evaluated by the `which` shell function RHEL and Fedora export, before every call of `which`';
    case 'BASH_ENV':
      return 'makes bash read that file before every command it runs (bash(1), INVOCATION)';
    case 'ENV':
      return 'makes a POSIX shell read that file when it starts';
    case 'LD_PRELOAD':
    case 'LD_AUDIT':
    case 'DYLD_INSERT_LIBRARIES':
      return 'loads that library into every program the session starts (ld.so(8), dyld(1))';
    case 'NODE_OPTIONS':
      return nodeOptionsProblem(value);
    case 'PERL5OPT':
    case 'RUBYOPT': {
      const perl = name === 'PERL5OPT';
      if ((perl ? PERL_PRELOAD : RUBY_PRELOAD).test(value)) return perl ? 'loads that module into every Perl program the session starts (perlrun)' : 'loads that library into every Ruby program the session starts (ruby(1))';
      const include = includeFolders(value);
      const folder = include === null ? null : projectFolder(include, roots);
      return folder === null ? null : `looks for libraries in \`${folder}\` (its \`-I\`), a folder the project holds, so a file written there runs under a trusted name`;
    }
    case 'PATH':
    case 'LD_LIBRARY_PATH':
    case 'DYLD_LIBRARY_PATH':
    case 'DYLD_FRAMEWORK_PATH':
    case 'PYTHONPATH':
    case 'PERL5LIB':
    case 'RUBYLIB': {
      const folder = projectFolder(value, roots);
      if (folder === null) return null;
      const what = name === 'PATH' ? 'programs' : 'libraries';
      return `looks for ${what} in \`${folder}\`, a folder the project holds, so a file written there runs under a trusted name`;
    }
    case 'SHELLOPTS':
      // bash(1): SHELLOPTS in the environment turns its options on at start; with xtrace bash expands
      // PS4 (command substitution included) before every command it traces.
      return /(^|:)xtrace(:|$)/.test(value) ? 'turns on bash\'s xtrace in every bash the session starts, which expands `PS4` (a command substitution included) before each command (bash(1))' : null;
    case 'PS4':
      // a command substitution, or what evaluates a text as one: `@P`, indirection, an arithmetic subscript
      return /\$\(|`|\$\[|\$\{!|@P|\$\{[^}]*\[/.test(value) ? 'runs a command whenever a bash of the session traces (`set -x`, SHELLOPTS=xtrace): bash expands PS4 before each traced command (bash(1))' : null;
    case 'GIT_CONFIG_PARAMETERS':
    case 'GIT_CONFIG_COUNT':
    case 'GIT_CONFIG_GLOBAL':
    case 'GIT_CONFIG_SYSTEM':
    case 'GIT_EXTERNAL_DIFF':
      return gitProblem(name, value, roots);
    case 'JAVA_TOOL_OPTIONS':
    case '_JAVA_OPTIONS':
    case 'JDK_JAVA_OPTIONS':
      return JVM_CODE.test(value) ? 'loads an agent, a class path or an argument file into every JVM the session starts, or runs a command on its errors (JVM TI, java(1))' : null;
    case 'PYTHONHOME':
    case 'PYTHONUSERBASE':
    case 'GCONV_PATH': {
      // Python's standard library and user site-packages (whose `.pth` files run `import` lines), glibc's iconv modules.
      const folder = projectFolder(value, roots);
      return folder === null ? null : `looks for libraries in \`${folder}\`, a folder the project holds, so a file written there runs under a trusted name`;
    }
    case 'KUBECONFIG': {
      // `~/…` is the home folder's (kubectl expands it), judged with the files by `sessionEnvChecks`
      const files = value.split(':').filter((e) => e !== '~' && !e.startsWith('~/'));
      const folder = files.length === 0 ? null : projectFolder(files.join(':'), roots);
      return folder === null ? null : `makes kubectl read \`${folder}\`, a file the project holds, whose \`users[].user.exec\` command it runs on every call (client-go credential plugins)`;
    }
    case 'PSQL_EDITOR_LINENUMBER_ARG':
      // psql writes it into the shell line it runs its editor with (`+`, `--line `): anything but option characters is code
      return /^[\w+= -]*$/.test(value) ? null : 'is written into the shell line psql runs its editor with (psql(1) `\\e`): only an option such as `+` or `--line ` is taken';
    case 'LESS':
      // less(1): LESS holds options as if typed; `-k`/`--lesskey-file`/`--lesskey-src` read a lesskey file whose `#env` sets LESSOPEN
      // (round 20: abbreviated long options and options without a dash, as less reads LESS: `readsLesskey`)
      return readsLesskey(value, true) ? 'makes less read a lesskey file (`-k`, `--lesskey-…`), whose `#env` section may set `LESSOPEN`, a command less runs on every file (lesskey(1))' : null;
    // D8 round 19: yarn (Berry) looks for a settings file of this name in each folder up from its own and in the home
    // folder, in place of `.yarnrc.yml`: files Portcullis does not read, whose `yarnPath` and `plugins` yarn runs
    case 'YARN_RC_FILENAME':
      return 'makes yarn read its settings from files of that name in the project and the home folder, whose `yarnPath` and `plugins` it runs and Portcullis does not read (yarnpkg.com, Settings)';
    case 'YARN_PLUGINS':
      return 'makes yarn load those plugins, JavaScript it runs on every call (yarnpkg.com, Settings: `plugins`)';
    case 'CLOUDSDK_PYTHON_ARGS':
      // D8 round 21: handed to that interpreter before gcloud's own script (`-c`, `-m` run other code): flags only
      return /^\s*(-[bBdEiIOqsSuvx]+\s*)*$/.test(value) ? null : 'is handed to the interpreter the Cloud SDK runs `gcloud`, `gsutil` and `bq` with, before their script (`-c`, `-m` run other code; bin/gcloud): only flags such as `-S` are taken';
    case 'LESSKEY_CONTENT':
      return /#\s*env/i.test(value) ? 'gives less a lesskey `#env` section, which may set `LESSOPEN`, a command less runs on every file (lesskey(1))' : null;
    default: {
      if (COMMAND_LINE_VARIABLES.has(name) || PROGRAM_VARIABLES.has(name)) return commandValueProblem(name, value, roots);
      const reads = READ_PATHS.get(name);
      if (reads === undefined) return null;
      // `~/…` is the home folder's, judged with the files by `sessionEnvChecks`; a project path is the project's settings' own
      const folder = value.startsWith('~') ? null : projectFolder(value, roots);
      return folder === null ? null : `${reads(value)}: \`${folder}\` is a path the project holds`;
    }
  }
}

/**
 * The JVM's own options from the environment (JAVA_TOOL_OPTIONS, _JAVA_OPTIONS: every JVM;
 * JDK_JAVA_OPTIONS: the `java` launcher, which also expands `@argfiles` there) that load code or run a
 * command: an agent (`-javaagent:`, `-agentpath:`, `-agentlib:`), a boot class path, a command run on
 * an error (`-XX:OnError`, `-XX:OnOutOfMemoryError`), a class loader, an argument file.
 */
const JVM_CODE = /(^|\s)("?)(-javaagent:|-agentpath:|-agentlib:|-Xbootclasspath|-XX:\+?On(Error|OutOfMemoryError)|-Djava\.system\.class\.loader|@)/;

/**
 * Git's configuration from the environment (git-config(1), ENVIRONMENT; git(1)): any key may be set
 * there, and some run a program on the commands an agent calls read-only (`core.fsmonitor` on every
 * `git status`, `core.pager`, `diff.external`, aliases), as does GIT_EXTERNAL_DIFF on `git diff`.
 */
function gitProblem(name: string, value: string, roots: readonly string[]): string | null {
  const runs = 'sets git configuration (e.g. `core.fsmonitor`) that runs a program on every `git status` (git-config(1))';
  if (name === 'GIT_CONFIG_PARAMETERS') return runs;
  if (name === 'GIT_CONFIG_COUNT') return /^\s*0*\s*$/.test(value) ? null : runs;
  if (name === 'GIT_CONFIG_GLOBAL' || name === 'GIT_CONFIG_SYSTEM') {
    // a file outside the project is no worse than ~/.gitconfig; one the project holds is its settings' own
    const folder = value === '/dev/null' ? null : projectFolder(value, roots);
    return folder === null ? null : `reads git configuration from \`${folder}\`, a file the project holds (e.g. \`core.fsmonitor\`, run on every \`git status\`; git-config(1))`;
  }
  // GIT_EXTERNAL_DIFF (git(1)), run through the shell on `git diff`: a program found on PATH or installed
  // outside the project (`difft`, `/usr/bin/difft --color=always`) is the user's own choice.
  const first = value.trim().split(/\s+/)[0] ?? '';
  const inProject = first.includes('/') && projectFolder(first, roots) !== null;
  return inProject || /[;&|`$()<>\n]/.test(value) || /(^|\s)-c(\s|$)/.test(value) ? 'makes `git diff` run that command (git(1))' : null;
}

/**
 * Variables whose value a program runs as a command line, through the shell: git's (git(1): `GIT_SSH_COMMAND` "is
 * interpreted by the shell", `GIT_PAGER`/`PAGER`, `GIT_EDITOR`/`VISUAL`/`EDITOR`), man's pager, and less's input
 * preprocessor (less(1), INPUT PREPROCESSOR: `LESSOPEN` on every file less opens, `LESSCLOSE` after it).
 */
const COMMAND_LINE_VARIABLES: ReadonlyMap<string, string> = new Map([
  ['GIT_SSH_COMMAND', 'is run by git for every fetch, pull, push and clone over ssh (git(1))'],
  ...['GIT_PAGER', 'PAGER', 'MANPAGER'].map((n) => [n, 'is run by git, man and other programs to page their output (git(1), man(1))'] as const),
  ...['EDITOR', 'VISUAL', 'GIT_EDITOR'].map((n) => [n, 'is run by the commands that open an editor (`git commit` without `-m`, `crontab -e`, `kubectl edit`)'] as const),
  ['GIT_SEQUENCE_EDITOR', 'is run by `git rebase -i` to edit its list of commits (git-config(1) sequence.editor)'],
  // judged as a command line (the conservative reading: git starts it with the remote's host and port as arguments)
  ['GIT_PROXY_COMMAND', 'is run by git to reach every `git://` remote (git-config(1) core.gitProxy)'],
  // psql(1) ENVIRONMENT: the pager of its query results (before PAGER) and the editor of `\e`
  ['PSQL_PAGER', 'is run by psql to page query results that do not fit the screen (psql(1))'],
  ['PSQL_EDITOR', 'is run by psql\'s `\\e` and `\\ef` to edit the query (psql(1))'],
  ['LESSOPEN', 'is run by less on every file it opens (less(1), INPUT PREPROCESSOR)'],
  ['LESSCLOSE', 'is run by less after every file it opened (less(1), INPUT PREPROCESSOR)'],
]);

/** Variables whose value is one program's path, run without a shell (git(1) `GIT_SSH`, `GIT_ASKPASS`; ssh(1) `SSH_ASKPASS`). */
const PROGRAM_VARIABLES: ReadonlyMap<string, string> = new Map([
  ['GIT_SSH', 'is run by git for every fetch, pull, push and clone over ssh (git(1))'],
  ['GIT_ASKPASS', 'is run by git whenever it needs a password (git(1))'],
  ['SSH_ASKPASS', 'is run by ssh whenever it needs a passphrase (ssh(1))'],
  // D8 round 21: the Cloud SDK's launchers run `exec "$CLOUDSDK_PYTHON" … gcloud.py` (bin/gcloud; gsutil's and bq's own first)
  ...['CLOUDSDK_PYTHON', 'CLOUDSDK_GSUTIL_PYTHON', 'CLOUDSDK_BQ_PYTHON'].map((n) => [n, 'is the interpreter the Cloud SDK runs `gcloud`, `gsutil` and `bq` with, on every call (bin/gcloud)'] as const),
]);

/** One path a session variable names, for the daemon to judge as the agent's Unix user (see `sessionEnvChecks`). */
export interface SessionEnvCheck {
  name: string;
  /** An absolute path, or a bare program name (found on the session's PATH). */
  path: string;
  /** A program the variable runs (one that does not exist yet counts), or a file or folder it reads. */
  kind: 'program' | 'file';
  /** What the variable does with it (the start of the refusal). */
  what: string;
}

/** A word of a variable's value as a path: `~/x` from home; relative (project) paths are judged by `problemOf`. */
function fromHome(word: string, home: string | undefined): string {
  return word === '~' || word.startsWith('~/') ? `${home ?? '~'}${word.slice(1)}` : word;
}

/**
 * The problem with a command-line or program variable that needs no filesystem: a shell snippet (chained, piped,
 * substituted, a program that runs its arguments, ssh options that run a command, a lesskey file), a relative path, a
 * path the project holds. Null when it is a program and its arguments (then `sessionEnvChecks` lists the program).
 */
function commandValueProblem(name: string, value: string, roots: readonly string[]): string | null {
  const why = COMMAND_LINE_VARIABLES.get(name) ?? PROGRAM_VARIABLES.get(name)!;
  const words = commandWords(name, value);
  if (words === null) return `${why}, and is a shell snippet Portcullis does not judge: set it to a program installed where the agent cannot write`;
  const loads = codeLoadingWord(words);
  if (loads !== null) return `${why}, and its \`${loads}\` makes \`${words[0]}\` load or run code Portcullis does not judge: set it to the program without such an option`;
  for (const w of words) {
    if (w.includes('/') && !w.startsWith('/') && !w.startsWith('~')) return `${why}, and names \`${w}\`, a path relative to the working folder`;
    if (w.startsWith('/') && projectFolder(w, roots) !== null) return `${why}, and names \`${w}\`, a file the project holds`;
  }
  return null;
}

/** The words of a command-line or program variable's value, or null when it is more than a program and its words (core's judge). */
function commandWords(name: string, value: string): string[] | null {
  const kind: CommandLineKind = PROGRAM_VARIABLES.has(name) ? 'program' : name === 'LESSOPEN' || name === 'LESSCLOSE' ? 'lessopen' : name === 'GIT_SSH_COMMAND' ? 'ssh' : /PAGER$/.test(name) ? 'pager' : 'shell';
  return commandLineWords(kind, value);
}

/**
 * The paths the session's variables name that only the filesystem can judge (D3, D8), for the daemon to ask, as the
 * agent's Unix user, whether that user can change them (the gateway's resolver): the program of a command-line
 * variable (a bare name on the session's PATH) and the files its words name, the files of KUBECONFIG (kubectl runs
 * a kubeconfig's `users[].user.exec` command on every call: client-go credential plugins), and the absolute folders
 * of the library search lists. Relative and project paths, and shell snippets, are refused by `sessionEnvProblems`.
 */
export function sessionEnvChecks(env: Readonly<Record<string, string>>, home: string | undefined): SessionEnvCheck[] {
  const out: SessionEnvCheck[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value.trim() === '') continue;
    const runs = COMMAND_LINE_VARIABLES.get(name) ?? PROGRAM_VARIABLES.get(name);
    if (runs !== undefined) {
      const words = commandWords(name, value);
      if (words === null || codeLoadingWord(words) !== null) continue;
      // The program only: its other words are its arguments (ssh's `-i ~/.ssh/key` is a key, not code); the ones that
      // load code or commands are refused by `commandWords`.
      const path = fromHome(words[0]!, home);
      out.push({ name, path, kind: 'program', what: `${runs}, and runs \`${path}\`` });
      continue;
    }
    const reads = READ_PATHS.get(name);
    if (reads !== undefined && (!TOOL_ENV_NAMES.includes(name) || FOLDER_ALSO_JUDGED.has(name))) {
      const path = fromHome(value.trim(), home);
      // (round 21: `/dev/null`, everyone's to write, reads as empty: nothing runs from it)
      if (path.startsWith('/') && path !== '/dev/null') out.push({ name, path, kind: 'file', what: reads(path) });
      continue;
    }
    const list = searchedFiles(name, value);
    if (list === null) continue;
    const entries = list.split(':').map((e) => fromHome(e, home)).filter((e) => e.startsWith('/') && e !== '/dev/null');
    for (const path of entries) {
      const what = name === 'KUBECONFIG' ? `makes kubectl read \`${path}\`, whose \`users[].user.exec\` command it runs on every call (client-go credential plugins)` : name.startsWith('GIT_CONFIG_') ? `reads git configuration from \`${path}\` (e.g. \`core.fsmonitor\`, run on every \`git status\`)` : `looks for libraries in \`${path}\``;
      out.push({ name, path, kind: 'file', what });
    }
  }
  return out;
}

/**
 * The colon-separated files or folders a variable makes programs read: KUBECONFIG's files, a library search list, the
 * `-I` folders of `PERL5OPT`/`RUBYOPT`; null for any other variable (or options with no `-I`).
 */
function searchedFiles(name: string, value: string): string | null {
  if (name === 'KUBECONFIG' || LIBRARY_LISTS.has(name)) return value;
  return name === 'PERL5OPT' || name === 'RUBYOPT' ? includeFolders(value) : null;
}

/**
 * D8 round 12: variables naming one file or folder a tool reads and may run code from (the start of the refusal, given
 * the value): judged as the files of KUBECONFIG are, refused when the agent's Unix user can change them. The variables
 * naming configuration files Portcullis reads itself (`TOOL_ENV_NAMES`: AWS_CONFIG_FILE, XDG_CONFIG_HOME, …) are judged
 * by content in the gateway instead, and only refused here when the project holds them.
 */
const READ_PATHS: ReadonlyMap<string, (path: string) => string> = new Map([
  ['GIT_EXEC_PATH', (p: string) => `makes git run its subcommands (\`git-status\`, \`git-fetch\`) from \`${p}\` (git(1))`],
  ['GIT_TEMPLATE_DIR', (p: string) => `makes \`git init\` and \`git clone\` copy hooks from \`${p}\`, which git then runs (git-init(1) TEMPLATE DIRECTORY)`],
  ['DOCKER_CONFIG', (p: string) => `makes docker read \`${p}\`, whose \`config.json\` names credential helpers and CLI plugins it runs (docker(1) config)`],
  ['TF_CLI_CONFIG_FILE', (p: string) => `makes terraform read \`${p}\`, whose provider \`dev_overrides\` and plugin folders choose the programs it runs (Terraform CLI configuration)`],
  ['HELM_PLUGINS', (p: string) => `makes helm load plugins (programs it runs) from \`${p}\` (helm plugin)`],
  ['PSQLRC', (p: string) => `makes psql read \`${p}\` at start, whose \`\\!\` lines run shell commands (psql(1))`],
  ...['LESSKEYIN', 'LESSKEYIN_SYSTEM'].map((n) => [n, (p: string) => `makes less (and the less \`git log\` or \`man\` pages with) read the lesskey source \`${p}\`, whose \`#env\` section may set \`LESSOPEN\`, a command less runs on every file (lesskey(1))`] as const),
  // round 21 (answer 82): the compiled lesskey files, whose variable section may set LESSOPEN alike (less(1) KEY BINDINGS)
  ...['LESSKEY', 'LESSKEY_SYSTEM'].map((n) => [n, (p: string) => `makes less (and the less \`git log\` or \`man\` pages with) read the compiled lesskey file \`${p}\`, whose variable section may set \`LESSOPEN\`, a command less runs on every file (less(1))`] as const),
  ...['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'].map((n) => [n, (p: string) => `makes aws read \`${p}\`, whose \`credential_process\` it runs`] as const),
  ['XDG_CONFIG_HOME', (p: string) => `makes git and other tools read their configuration from \`${p}\``],
  ['YARN_YARN_PATH', (p: string) => `makes yarn run \`${p}\` in place of itself on every call (yarnpkg.com, Settings: \`yarnPath\`)`],
]);

/** Search lists of libraries, modules or configuration that every program of their kind reads (ld.so(8), python(1), perlrun, ruby(1), git-config(1)). */
const LIBRARY_LISTS: ReadonlySet<string> = new Set(['LD_LIBRARY_PATH', 'DYLD_LIBRARY_PATH', 'DYLD_FRAMEWORK_PATH', 'PYTHONPATH', 'PERL5LIB', 'RUBYLIB', 'PYTHONHOME', 'PYTHONUSERBASE', 'GCONV_PATH', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM']);

/** The refusals for the checks the agent's Unix user could change (`whys` in the order of `checks`). */
export function changeableProblems(checks: readonly SessionEnvCheck[], whys: ReadonlyArray<string | null>): SessionEnvProblem[] {
  return checks.flatMap((c, i) => (whys[i] ? [{ name: c.name, message: `${c.what}, which the agent's Unix user can change (${whys[i]})` }] : []));
}

/** Every variable of `env` that runs code the gate never sees (see the module's comment). */
export function sessionEnvProblems(env: Readonly<Record<string, string>>, cwd: string | undefined, home: string | undefined): SessionEnvProblem[] {
  const out: SessionEnvProblem[] = [];
  const roots = projectRoots(cwd, home, [env['CLAUDE_PROJECT_DIR'], env['GEMINI_PROJECT_DIR']]);
  for (const [name, value] of Object.entries(env)) {
    const message = problemOf(name, value, roots);
    if (message) out.push({ name, message });
  }
  return out;
}

/** The refusal the agent (and its human) reads: the variable, what it does, where it likely came from. */
export function sessionEnvRefusal(problems: readonly SessionEnvProblem[], tool: string): string {
  const each = problems.map((p) => `\`${p.name}\` ${p.message}`).join('; ');
  return `Portcullis denies this ${tool} call: the session's environment is not one Portcullis can gate: ${each}. `
    + 'Such a variable most likely comes from the `env` of an agent tool\'s settings file (for Claude Code: `.claude/settings.json` or `.claude/settings.local.json` in the project, applied to the whole session), or was set before the session started. '
    + 'A human must remove it there and start a new session; every call is refused until then.';
}
