import { resolvePath, type PathScope } from '../paths.ts';
import { BQ_CRED_FILE_ROUTE, BQ_RC_ROUTE, DEFAULT_FOLDER_VARIABLES, GCLOUD_CRED_FILE_ROUTE, GCLOUD_MTLS_ROUTE, GIT_INCLUDE_ROUTE, LESS_KEY_FILE_ROUTE, LESS_KEY_SRC_ROUTE, TOOL_CONFIG_FILES } from '../tool-config.ts';
import { BQ_CREDENTIAL_FLAGS } from '../tool-config-readers.ts';
import type { Vars, Word } from './words.ts';

/**
 * D8, round 13: the configuration a tool call names itself, in place of the session's defaults: `kubectl --kubeconfig
 * F`, `docker --config D`, `ssh -F F` (scp, sftp), `git -C DIR`, `git --git-dir D`, and a prefix such as
 * `KUBECONFIG=F kubectl …` or `GIT_DIR=D git …`. The gateway judges the files of each such routing as it judges the
 * defaults (`configuredPrograms`). Keys are the routing variables of `TOOL_CONFIG_FILES`, `HOME`, `GIT_DIR`, and two
 * that are no variable (`ssh -F`, and `cwd` for `git -C`), which a request's `toolEnv` cannot carry.
 */

/** A value this reading cannot know (a substitution, a variable): it names no file the gateway can find (fail closed). */
export const UNKNOWN_ROUTE = '?';

/** Options that name a tool's configuration file or folder, by program. */
const ROUTING_OPTIONS: ReadonlyArray<{ programs: readonly string[]; option: string; key: string; gluedOnly?: boolean }> = [
  // git(1) `--exec-path[=<path>]`: without a value it prints the folder
  { programs: ['git'], option: '--exec-path', key: 'GIT_EXEC_PATH', gluedOnly: true },
  { programs: TOOL_CONFIG_FILES[0]!.programs, option: '--kubeconfig', key: 'KUBECONFIG' },
  { programs: ['docker', 'docker-compose'], option: '--config', key: 'DOCKER_CONFIG' },
  { programs: ['ssh', 'scp', 'sftp'], option: '-F', key: 'ssh -F' },
  { programs: ['git'], option: '-C', key: 'cwd' },
  { programs: ['git'], option: '--git-dir', key: 'GIT_DIR' },
  // D8 round 17: terraform(1) `-chdir=DIR` runs in DIR (its `terraform.d/plugins`, `.terraform/providers`)
  { programs: ['terraform', 'tofu'], option: '-chdir', key: 'cwd', gluedOnly: true },
  // D8 round 14: npm's own options (npm's config definitions: `--userconfig`, `--globalconfig`; `--prefix`, `-C`, is
  // the project folder whose `.npmrc` is read), pnpm's `--dir`/`-C` and yarn classic's `--cwd`: read anywhere in argv
  ...(['npm', 'npx'] as const).flatMap((p) => [
    { programs: [p], option: '--userconfig', key: 'NPM_CONFIG_USERCONFIG' },
    { programs: [p], option: '--globalconfig', key: 'NPM_CONFIG_GLOBALCONFIG' },
    { programs: [p], option: '--prefix', key: 'cwd' },
    { programs: [p], option: '-C', key: 'cwd' },
  ]),
  { programs: ['pnpm', 'pnpx'], option: '--userconfig', key: 'NPM_CONFIG_USERCONFIG' },
  { programs: ['pnpm', 'pnpx'], option: '--globalconfig', key: 'NPM_CONFIG_GLOBALCONFIG' },
  { programs: ['pnpm'], option: '--dir', key: 'cwd' },
  { programs: ['pnpm'], option: '-C', key: 'cwd' },
  { programs: ['yarn'], option: '--cwd', key: 'cwd' },
  { programs: ['yarn'], option: '--userconfig', key: 'NPM_CONFIG_USERCONFIG' },
  // D8 round 21: bq's flags file (absl takes a flag with one dash or two, `=VALUE` or the next word, anywhere before `--`)
  { programs: ['bq'], option: '--bigqueryrc', key: BQ_RC_ROUTE },
  { programs: ['bq'], option: '-bigqueryrc', key: BQ_RC_ROUTE },
];

/**
 * Programs whose routing options come before their subcommand or host only, and their options of that part that take
 * the next word as a value (git(1) OPTIONS, docker(1) global options, ssh(1) SYNOPSIS; scp and sftp alike).
 */
const GLOBAL_OPTIONS_ONLY: ReadonlyArray<{ programs: readonly string[]; takesValue: RegExp }> = [
  { programs: ['git'], takesValue: /^(-C|-c|--git-dir|--work-tree|--namespace|--config-env|--super-prefix|--list-cmds)$/ },
  { programs: ['docker', 'docker-compose'], takesValue: /^(--config|-c|--context|-H|--host|-l|--log-level|--tlscacert|--tlscert|--tlskey|-f|--file|-p|--project-name|--env-file|--profile|--project-directory)$/ },
  { programs: ['ssh', 'scp', 'sftp'], takesValue: /^-[46AaCfGgKkMNnqsTtVvXxYy]*[BbcDEeFIiJLlmOoPpQRSWw]$/ },
];

/**
 * The variables an inline prefix may route a tool with: the table's own, HOME (`~`), GIT_DIR, and those defaults are
 * spelled with (git's `$XDG_CONFIG_HOME/git/config`, OpenTofu's `opentofu/tofurc`, round 16: Helm's
 * `$HELM_DATA_HOME/plugins`, HELM_DATA_HOME's `$XDG_DATA_HOME/helm`): a default spelled by one moves with it.
 */
const ROUTING_VARIABLES: ReadonlySet<string> = new Set(['HOME', 'GIT_DIR', ...Object.keys(DEFAULT_FOLDER_VARIABLES), ...TOOL_CONFIG_FILES.flatMap((t) => t.files.flatMap((f) => (f.variable ? [f.variable] : [])))]);

/**
 * D8 round 14: a routing variable this input set for the rest of it (`export KUBECONFIG=…`, `GIT_DIR=…;`, `declare -x`,
 * a `for` variable, `read`) is marked in the scope's variables: the calls after it are routed by it as by a prefix. A
 * plain assignment counts too (the session may export the variable already; judging one more file only fails closed).
 */
const ROUTED_MARK = '\u0000routed:';

export function isRoutingVariable(name: string): boolean {
  return ROUTING_VARIABLES.has(name);
}

/** Marks `name` as set by this input when it routes a tool (see `ROUTED_MARK`). */
export function markRouting(vars: Vars, name: string): void {
  if (ROUTING_VARIABLES.has(name)) vars.set(`${ROUTED_MARK}${name}`, null);
}

/**
 * D8 round 16: `unset NAME` (`unset -v`), `export -n NAME`, `declare +x NAME`: the calls after it do not get the variable,
 * the session's included, so their tool reads its defaults. Routed as empty (`NAME=`), which the gateway reads as unset.
 */
export function unsetRouting(vars: Vars, name: string, keepValue: boolean): void {
  if (!ROUTING_VARIABLES.has(name)) return;
  if (!keepValue) vars.delete(name);
  vars.set(`${ROUTED_MARK}${name}`, '');
}

/**
 * D8 round 17: `env -i` (`-`, `--ignore-environment`) starts the command with an empty environment: every routing
 * variable is unset for it (routed as empty: the tool's defaults), HOME too (a home the gateway cannot know: the tools
 * find their defaults from it, or from the working folder when it is unset, as client-go does: fail closed). Assignments
 * after it on the same `env` set them again.
 */
export function emptyEnvironment(assignments: Map<string, string | null>): void {
  for (const name of [...ROUTING_VARIABLES, ...INTERPRETER_VARIABLE_NAMES]) assignments.set(name, '');
}

/**
 * D8 round 18: the variables that load code into a tool's interpreter (dispatch.ts `loadsUnseenCodeInto` judges their
 * values): Python's search path and start-up file, Node's options, the release yarn runs (round 19: the name of the
 * settings file yarn reads, and its plugins). `env -i`, `env -u` drop them.
 */
// (round 20: less's lesskey file variables, which reach the less another program starts as its pager; round 21: the
// interpreter the Cloud SDK's launchers run gcloud, gsutil and bq with, and its arguments)
const INTERPRETER_VARIABLE_NAMES = ['PYTHONPATH', 'PYTHONHOME', 'PYTHONUSERBASE', 'PYTHONSTARTUP', 'NODE_OPTIONS', 'YARN_YARN_PATH', 'YARN_RC_FILENAME', 'YARN_PLUGINS', 'LESSKEY', 'LESSKEYIN', 'LESSKEY_SYSTEM', 'LESSKEYIN_SYSTEM', 'CLOUDSDK_PYTHON', 'CLOUDSDK_GSUTIL_PYTHON', 'CLOUDSDK_BQ_PYTHON', 'CLOUDSDK_PYTHON_ARGS'] as const;
export function isInterpreterVariable(name: string): boolean {
  return (INTERPRETER_VARIABLE_NAMES as readonly string[]).includes(name);
}

/**
 * Tools whose configuration depends on the working folder: git finds its repository from there (git(1), discovery from
 * the cwd), npm reads the `.npmrc` of each folder above it. After a `cd` in the input they are routed there (D8 round 14).
 */
const CWD_PROGRAMS: ReadonlySet<string> = new Set(['git', ...TOOL_CONFIG_FILES.flatMap((t) => (t.files.some((f) => f.upFromCwd !== undefined || f.inCwd !== undefined) ? t.programs : []))]);

/** The routing of one call of `name` (a base name), or null when it names none. */
export function toolRouting(name: string, args: readonly Word[], assignments: ReadonlyMap<string, string | null>, scope: PathScope & { vars?: Vars }): Record<string, string> | null {
  if (!TOOL_CONFIG_FILES.some((t) => t.programs.includes(name))) return null;
  const route: Record<string, string> = {};
  // SECURITY (D8 round 14): `cd ../other && git status` reads ../other's repository, not the session's
  if (CWD_PROGRAMS.has(name) && scope.cwd !== scope.workspace) route['cwd'] = scope.cwd ?? UNKNOWN_ROUTE;
  const where = (v: string | null, key: string): string => {
    // a pattern (a loop's variable over `*/`) names every folder it matches, which only running it can tell
    if (v === null || /[*?[]/.test(v)) return UNKNOWN_ROUTE;
    // empty is unset for the tool (its defaults); an unset home is one the gateway cannot know
    if (v === '') return key === 'HOME' ? UNKNOWN_ROUTE : '';
    // git's later options are relative to its `-C` folders (git(1): `-C a -C b` is `a/b`)
    const from = name === 'git' && route['cwd'] !== undefined && route['cwd'] !== UNKNOWN_ROUTE ? { ...scope, cwd: route['cwd'] } : scope;
    // KUBECONFIG is a list; `~` is the tool's (or the shell's) to expand from HOME, as the defaults are
    // (round 20: BOTO_PATH, gsutil's list of boto files, likewise)
    if (key === 'KUBECONFIG' || key === 'BOTO_PATH') return v.split(':').map((p) => (p === '' || p.startsWith('~') ? p : (resolvePath(p, from) ?? UNKNOWN_ROUTE))).join(':');
    return v.startsWith('~') ? v : (resolvePath(v, from) ?? UNKNOWN_ROUTE);
  };
  // SECURITY (D8 round 14): `export KUBECONFIG=…; kubectl …` routes the calls after it, as a prefix routes its own
  for (const k of scope.vars?.keys() ?? []) {
    if (!k.startsWith(ROUTED_MARK)) continue;
    const variable = k.slice(ROUTED_MARK.length);
    // unset or no longer exported (`unsetRouting`): the tool reads its defaults, whatever the session exports
    const value = scope.vars!.get(k) === '' ? '' : scope.vars!.get(variable);
    if (value !== undefined) route[variable] = where(value, variable);
  }
  for (const [name, value] of assignments) {
    // npm reads its variables in any case (@npmcli/config: `/^npm_config_/i`): `NPM_config_USERCONFIG=./x npm ls`
    const variable = /^npm_config_(userconfig|globalconfig)$/i.test(name) && !ROUTING_VARIABLES.has(name) ? name.toLowerCase() : name;
    if (ROUTING_VARIABLES.has(variable)) route[variable] = where(value, variable);
  }
  if (name === 'git') {
    const included = gitIncludes(args, (k) => (assignments.has(k) ? assignments.get(k) : scope.vars?.get(k)));
    // one file is routed; more than one (or one whose name holds `:`) fails closed in the gateway
    const only = included.length === 1 ? included[0] : null;
    if (included.length > 0) route[GIT_INCLUDE_ROUTE] = only !== null && only !== undefined && !only.includes(':') ? where(only, GIT_INCLUDE_ROUTE) : UNKNOWN_ROUTE;
  }
  const options = ROUTING_OPTIONS.filter((o) => o.programs.includes(name));
  const globals = GLOBAL_OPTIONS_ONLY.find((g) => g.programs.includes(name));
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!.value;
    if (w === '--') break;
    // D8 round 21: an option glued to a value the input does not fix (`--bigqueryrc="$RC"`, `-F"$F"`) routes the call to a
    // file that is not known (read by the word's text)
    const dynamic = w === null ? dynamicRoutingOption(name, args[i]!.text, options) : null;
    if (dynamic !== null) {
      route[dynamic] = UNKNOWN_ROUTE;
      continue;
    }
    // ssh's flags cluster: `-vF cfg`, `-vFcfg`
    const cluster = name === 'ssh' || name === 'scp' || name === 'sftp' ? /^-[46AaCfGgKkMNnqsTtVvXxYy]*F(.*)$/.exec(w ?? '') : null;
    if (cluster) {
      route['ssh -F'] = where(cluster[1] !== '' ? cluster[1]! : (args[++i]?.value ?? null), 'ssh -F');
      continue;
    }
    if (globals !== undefined) {
      // options after the subcommand or host are its own (`git log -C` finds copies; `ssh host ls -F` runs `ls -F`)
      if (w === null || !w.startsWith('-')) break;
      if (globals.takesValue.test(w) && !options.some((o) => o.option === w)) {
        i++;
        continue;
      }
    }
    for (const o of options) {
      const glued = w !== null && w.startsWith(o.option) && w.length > o.option.length ? w.slice(o.option.length + (w[o.option.length] === '=' ? 1 : 0)) : null;
      if (glued !== null && (o.option.length === 2 || w![o.option.length] === '=')) route[o.key] = where(glued, o.key);
      else if (w === o.option && !o.gluedOnly) route[o.key] = where(args[++i]?.value ?? null, o.key);
    }
  }
  // D8 round 20: the credential file a gcloud login call stores, and the lesskey files a less call names
  // (round 21: the client-certificate file a `gcloud config set` names; bq's credential files on its line)
  if (name === 'gcloud') {
    const stored = gcloudStoredFile(args);
    if (stored !== undefined) route[stored.key] = stored.file === null ? UNKNOWN_ROUTE : where(stored.file, stored.key);
  }
  if (name === 'bq') {
    const named = bqCredentialFiles(args);
    const distinct = [...new Set(named.files)];
    if (distinct.length === 1 && distinct[0] !== null) route[BQ_CRED_FILE_ROUTE] = where(distinct[0]!, BQ_CRED_FILE_ROUTE);
    else if (distinct.length > 0) route[BQ_CRED_FILE_ROUTE] = UNKNOWN_ROUTE;
    // a flags file may name any flag, the flags file among them: neither is known
    if (named.flagfile) route[BQ_RC_ROUTE] = route[BQ_CRED_FILE_ROUTE] = UNKNOWN_ROUTE;
  }
  if (name === 'less') {
    const named = lessKeyFiles(args);
    for (const [key, files] of [[LESS_KEY_FILE_ROUTE, named.compiled], [LESS_KEY_SRC_ROUTE, named.source]] as const) {
      // less reads every one it is given (`-k a -k b`); one route holds one file: more than one fails closed
      const distinct = [...new Set(files)];
      if (distinct.length === 1) route[key] = distinct[0] === null ? UNKNOWN_ROUTE : where(distinct[0]!, key);
      else if (distinct.length > 1) route[key] = UNKNOWN_ROUTE;
    }
  }
  return Object.keys(route).length > 0 ? route : null;
}

/** The routing key of an option spelled at the start of a word whose value is not fixed (its text), or null. */
function dynamicRoutingOption(name: string, text: string, options: ReadonlyArray<{ option: string; key: string }>): string | null {
  const t = text.replace(/^["']+/, '');
  if ((name === 'ssh' || name === 'scp' || name === 'sftp') && /^-[46AaCfGgKkMNnqsTtVvXxYy]*F./.test(t)) return 'ssh -F';
  const o = options.find((x) => t.startsWith(x.option) && t.length > x.option.length && (x.option.length === 2 || t[x.option.length] === '='));
  return o?.key ?? null;
}

/**
 * D8 round 20: the file a gcloud call stores as its credentials (cloud.google.com, `gcloud auth login --cred-file`,
 * `gcloud auth activate-service-account --key-file`; `gcloud config set auth/credential_file_override F` names one for
 * every later call): undefined when it names none, null when this reading cannot know it. gcloud takes no abbreviated
 * flags (calliope); `--key-file=-` reads standard input, `--flags-file=F` takes more flags from F: not known. A stored
 * override that is not absolute is found from wherever a later call runs: not known either.
 * (round 21: `gcloud config set context_aware/certificate_config_file_path F` or `…/auto_discovery_file_path F` names the
 * client-certificate file every later call reads: routed to `GCLOUD_MTLS_ROUTE`, judged at the `set`.)
 */
function gcloudStoredFile(args: readonly Word[]): { key: string; file: string | null } | undefined {
  const words = args.map((a) => a.value);
  const positional = words.filter((w): w is string => w !== null && !w.startsWith('-'));
  const setAt = words.indexOf('set');
  if (setAt > 0 && words.slice(0, setAt).filter((w) => w !== null && !w.startsWith('-')).pop() === 'config') {
    const rest = words.slice(setAt + 1);
    const at = rest.findIndex((w) => w === null || !w.startsWith('-'));
    const property = at < 0 ? undefined : rest[at];
    // a property the input does not fix (`gcloud config set "$P" F`) may be any of them
    if (property === null) return { key: GCLOUD_CRED_FILE_ROUTE, file: null };
    const key = property === undefined ? undefined : STORED_FILE_PROPERTIES.get(property.toLowerCase());
    if (key === undefined) return undefined;
    const word = args.slice(setAt + 1 + at + 1).find((w) => w.value === null || !w.value.startsWith('-'));
    // the shell expands an unquoted `~/` before gcloud stores the path: absolute then (a quoted one stays relative)
    const value = word?.value ?? null;
    const absolute = value !== null && (value.startsWith('/') || (value.startsWith('~/') && word!.text.startsWith('~/')));
    return { key, file: absolute ? value : null };
  }
  if (!positional.includes('auth')) return undefined;
  let file: string | null | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') break;
    // a word the input does not fix whole (`--cred-file="$(pick)"`) is read by its text: its value is not known
    const m = /^--(cred-file|key-file|flags-file)(=(.*))?$/s.exec(w ?? args[i]!.text);
    if (!m) continue;
    const value = m[2] !== undefined ? (w === null ? null : m[3]!) : (words[++i] ?? null);
    file = m[1] === 'flags-file' || value === '-' ? null : value;
    if (file === null) return { key: GCLOUD_CRED_FILE_ROUTE, file: null };
  }
  return file === undefined ? undefined : { key: GCLOUD_CRED_FILE_ROUTE, file };
}

/** gcloud's properties that name a file every later call reads and may run code from, and the route each is judged by. */
const STORED_FILE_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ['auth/credential_file_override', GCLOUD_CRED_FILE_ROUTE],
  ['context_aware/certificate_config_file_path', GCLOUD_MTLS_ROUTE],
  ['context_aware/auto_discovery_file_path', GCLOUD_MTLS_ROUTE],
]);

/**
 * D8 round 21: the credential files a bq call names on its line (`--application_default_credential_file`,
 * `--credential_file`, `--service_account_credential_file`: one dash or two, `=VALUE` or the next word; absl takes no
 * abbreviation), null for a value not fixed; and whether it names a flags file (`--flagfile`), whose flags are not seen.
 */
function bqCredentialFiles(args: readonly Word[]): { files: Array<string | null>; flagfile: boolean } {
  const out = { files: [] as Array<string | null>, flagfile: false };
  const words = args.map((a) => a.value);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? args[i]!.text;
    if (w === '--') break;
    const m = /^--?([A-Za-z_]+)(=(.*))?$/s.exec(w);
    if (!m) continue;
    const takes = m[1] === 'flagfile' || BQ_CREDENTIAL_FLAGS.has(m[1]!);
    if (!takes) continue;
    const value = m[2] !== undefined ? (words[i] === null ? null : m[3]!) : (words[++i] ?? null);
    if (m[1] === 'flagfile') out.flagfile = true;
    else out.files.push(value);
  }
  return out;
}

/** less's single-letter options that take a string (to a `$` or the word's end, else the next word), and a number. */
const LESS_STRING_OPTIONS = new Set(['D', 'o', 'O', 'p', 'P', 't', 'T', '"']);
const LESS_NUMBER_OPTIONS = new Set(['b', 'h', 'j', 'x', 'y', 'z', '#']);

/**
 * D8 round 20: the lesskey files a less call names (less(1) OPTIONS): `-kFILE` or `-k FILE`, also at the end of a cluster
 * (`-Rk FILE`), `--lesskey-file` (compiled) and `--lesskey-src` (source), `=FILE` or the next word, abbreviated while
 * unambiguous (`--lesskey-s=F`); an ambiguous abbreviation (`--lesskey=F`) is not known. A string option's value ends at
 * a `$`. null for a value this reading cannot know.
 */
function lessKeyFiles(args: readonly Word[]): { compiled: Array<string | null>; source: Array<string | null> } {
  const out = { compiled: [] as Array<string | null>, source: [] as Array<string | null> };
  const words = args.map((a) => a.value);
  for (let i = 0; i < words.length; i++) {
    // a word the input does not fix whole (`-k"$F"`) is read by its text: a value taken from it is not known
    const fixed = words[i] !== null;
    const w = words[i] ?? args[i]!.text;
    if (!w.startsWith('-') || w.startsWith('-+') || w === '-') continue;
    if (w === '--') break;
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const name = (eq < 0 ? w.slice(2) : w.slice(2, eq)).toLowerCase();
      const meant = name.length < 2 ? [] : ['lesskey-file', 'lesskey-src', 'lesskey-content'].filter((n) => n.startsWith(name));
      if (meant.length === 0) continue;
      const value = eq >= 0 ? (fixed ? w.slice(eq + 1) : null) : (words[++i] ?? null);
      if (meant.length > 1) out.compiled.push(null);
      else if (meant[0] === 'lesskey-file') out.compiled.push(value);
      else if (meant[0] === 'lesskey-src') out.source.push(value);
      continue;
    }
    for (let j = 1; j < w.length; j++) {
      const c = w[j]!;
      if (LESS_NUMBER_OPTIONS.has(c)) {
        while (j + 1 < w.length && /[\d.,]/.test(w[j + 1]!)) j++;
        continue;
      }
      if (c !== 'k' && !LESS_STRING_OPTIONS.has(c)) continue;
      const rest = w.slice(j + 1);
      const end = rest.indexOf('$');
      const value = end >= 0 || rest !== '' ? (fixed ? rest.slice(0, end >= 0 ? end : undefined) : null) : (words[++i] ?? null);
      if (c === 'k') out.compiled.push(value);
      if (end < 0) break;
      j += end + 1;
    }
  }
  return out;
}

const INCLUDE_KEY = /^include(if\..*)?\.path$/is;

/**
 * D8 round 14: the files a git call includes by its own settings (git-config(1) `include.path`, `includeIf.<cond>.path`,
 * every condition counted as holding): `-c KEY=F`, `--config-env KEY=VAR` and GIT_CONFIG_COUNT/KEY_n/VALUE_n; null for
 * a value this input does not fix. Options before the subcommand only (git(1)).
 */
function gitIncludes(args: readonly Word[], env: (k: string) => string | null | undefined): Array<string | null> {
  const out: Array<string | null> = [];
  const setting = (key: string | null | undefined, value: string | null | undefined) => {
    if (key === null) out.push(null);
    else if (key !== undefined && INCLUDE_KEY.test(key.trim())) out.push(value ?? null);
  };
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!.value;
    if (w === null || !w.startsWith('-') || w === '--') break;
    const spec = w === '-c' || w === '--config-env' ? (args[++i]?.value ?? null) : w.startsWith('--config-env=') ? w.slice('--config-env='.length) : undefined;
    if (spec === undefined) {
      if (/^(-C|--git-dir|--work-tree|--namespace|--super-prefix)$/.test(w)) i++;
      continue;
    }
    if (spec === null) {
      out.push(null);
      continue;
    }
    const env_ = w !== '-c';
    const cut = env_ ? spec.lastIndexOf('=') : spec.indexOf('=');
    if (cut <= 0) continue;
    setting(spec.slice(0, cut), env_ ? env(spec.slice(cut + 1)) : spec.slice(cut + 1));
  }
  const count = Number(env('GIT_CONFIG_COUNT') ?? 0);
  for (let n = 0; n < (Number.isInteger(count) ? Math.min(count, 64) : 0); n++) setting(env(`GIT_CONFIG_KEY_${n}`), env(`GIT_CONFIG_VALUE_${n}`));
  return out;
}
