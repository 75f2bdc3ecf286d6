import { nodeOptionsProblem } from '../core/index.ts';
import type { ConfigReading, ConfigSetting, IncludedFormat } from './config-setting.ts';

/**
 * D8, round 13: readers for the configuration files of Terraform/OpenTofu, Docker, psql and npm (the formats of round
 * 12 are in `tool-config.ts`). Each lists the settings that run a program or load one from a folder; text it cannot
 * read as its tool would throws (the caller fails closed). What a setting runs is judged by `judgeSetting`.
 */

/**
 * A name as Go compares names case-blind (`strings.EqualFold`, `encoding/json`'s field match, HCL 1's `Filter`): with
 * Unicode simple folding, so `ſ` (U+017F) is `s` and the Kelvin sign is `k`. Upper then lower case folds both.
 */
function goFold(name: string): string {
  return name.toUpperCase().toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------------
// Terraform / OpenTofu CLI configuration (HCL 1, which also reads JSON): `provider_installation`, `plugin_cache_dir`,
// `credentials_helper`, and 0.11's `providers`/`provisioners` maps of plugin programs

/** An HCL 1 value as this reader keeps it: a string (numbers and booleans as written), a list, or an object's entries. */
type HclValue = string | HclValue[] | HclEntry[];
interface HclEntry {
  keys: string[];
  value: HclValue;
}

export function readTerraformConfig(text: string): ConfigReading {
  const entries = text.trimStart().startsWith('{') ? jsonEntries(JSON.parse(text) as unknown) : new HclParser(text).body();
  if (!Array.isArray(entries)) throw new Error('it is not an object of settings');
  const settings: ConfigSetting[] = [];
  for (const e of entries as HclEntry[]) {
    // SECURITY (D8): terraform decodes these through HCL 1, which matches names case-blind (`PLUGIN_CACHE_DIR`)
    const [name, ...labels] = [goFold(e.keys[0]!), ...e.keys.slice(1)];
    if (name === 'plugin_cache_dir') settings.push(folderSetting('plugin_cache_dir', e.value, 'the provider plugins terraform runs are taken from there'));
    else if (name === 'credentials_helper') settings.push({ key: `credentials_helper ${labels.join(' ')}`.trim(), run: { kind: 'code', why: 'runs a `terraform-credentials-*` program from the plugin folders, which Portcullis does not find' } });
    else if (name === 'providers' || name === 'provisioners') settings.push({ key: name, run: { kind: 'code', why: 'names plugin programs terraform 0.11 runs' } });
    else if (name === 'provider_installation') settings.push(...installationSettings(e.value));
  }
  return { ok: true, settings, includes: [] };
}

/** `provider_installation`: `direct` and `network_mirror` download (checked by the lock file); the others name folders. */
function installationSettings(value: HclValue): ConfigSetting[] {
  const out: ConfigSetting[] = [];
  for (const method of objectEntries(value, 'provider_installation')) {
    const name = method.keys[0]!;
    if (name === 'direct' || name === 'network_mirror') continue;
    if (name === 'dev_overrides') {
      for (const o of objectEntries(method.value, 'dev_overrides')) out.push(folderSetting(`provider_installation dev_overrides "${o.keys.join(' ')}"`, o.value, 'terraform runs that provider\'s program from there, unchecked'));
    } else if (name === 'filesystem_mirror') {
      const path = objectEntries(method.value, 'filesystem_mirror').find((p) => goFold(p.keys[0]!) === 'path');
      if (path === undefined) throw new Error('`filesystem_mirror` has no `path`');
      out.push(folderSetting('provider_installation filesystem_mirror path', path.value, 'the provider plugins terraform runs are taken from there'));
    } else out.push({ key: `provider_installation ${name}`, run: { kind: 'code', why: 'is an installation method Portcullis does not know' } });
  }
  return out;
}

/** A setting naming a folder programs are run from; `$HOME` as terraform expands it, any other variable is not known. */
function folderSetting(key: string, value: HclValue, why: string): ConfigSetting {
  if (typeof value !== 'string') throw new Error(`\`${key}\` is not a string`);
  const path = value.replace(/^\$(HOME\b|\{HOME\})/, '~');
  if (path.includes('$')) return { key, run: { kind: 'code', why: `names \`${value}\`, a folder by variables Portcullis does not expand` } };
  return { key, run: { kind: 'folder', path, why } };
}

function objectEntries(value: HclValue, key: string): HclEntry[] {
  // a JSON form writes a repeated block as a list of objects
  const list = Array.isArray(value) && value.every((v) => Array.isArray(v)) ? (value as HclValue[]).flat() : value;
  if (!Array.isArray(list) || !list.every((e) => typeof e === 'object' && e !== null && 'keys' in e)) throw new Error(`\`${key}\` is not a block`);
  return list as HclEntry[];
}

/** JSON as HCL 1 reads it: an object's keys are entries (a list of objects under a key is that block repeated). */
function jsonEntries(v: unknown): HclValue {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(jsonEntries);
  if (typeof v === 'object' && v !== null) return Object.entries(v).map(([k, x]) => ({ keys: [k], value: jsonEntries(x) }));
  throw new Error('it holds a JSON null');
}

/** HCL 1's native syntax: `key = value`, `block "label" { … }`, lists, `#`, `//` and block comments; heredocs are refused. */
class HclParser {
  private at = 0;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  body(end?: string): HclEntry[] {
    const entries: HclEntry[] = [];
    for (;;) {
      const t = this.peek();
      if (t === undefined) {
        if (end !== undefined) throw new Error('a block is left open');
        return entries;
      }
      if (t === end) {
        this.next();
        return entries;
      }
      const keys = [this.key()];
      while (this.peek() !== '=' && this.peek() !== '{') keys.push(this.key());
      if (this.peek() === '=') {
        this.next();
        entries.push({ keys, value: this.value() });
      } else {
        this.next();
        entries.push({ keys, value: this.body('}') });
      }
      if (this.peek() === ',') this.next();
    }
  }

  private value(): HclValue {
    const t = this.next();
    if (t === '{') return this.body('}');
    if (t === '[') {
      const items: HclValue[] = [];
      while (this.peek() !== ']') {
        items.push(this.value());
        if (this.peek() === ',') this.next();
        else if (this.peek() !== ']') throw new Error('a list is not closed');
      }
      this.next();
      return items;
    }
    return this.scalar(t);
  }

  private key(): string {
    return this.scalar(this.next());
  }

  private scalar(t: string | undefined): string {
    if (t === undefined || /^[={}[\],]$/.test(t)) throw new Error(`\`${t ?? 'the end'}\` is not where HCL has it`);
    return t.startsWith('"') ? (JSON.parse(t) as string) : t;
  }

  private peek(): string | undefined {
    const save = this.at;
    const t = this.next();
    this.at = save;
    return t;
  }

  private next(): string | undefined {
    const s = this.text;
    for (;;) {
      while (this.at < s.length && /\s/.test(s[this.at]!)) this.at++;
      if (s.startsWith('#', this.at) || s.startsWith('//', this.at)) this.at = s.indexOf('\n', this.at) < 0 ? s.length : s.indexOf('\n', this.at);
      else if (s.startsWith('/*', this.at)) {
        const close = s.indexOf('*/', this.at + 2);
        if (close < 0) throw new Error('a comment is left open');
        this.at = close + 2;
      } else break;
    }
    if (this.at >= s.length) return undefined;
    if (s.startsWith('<<', this.at)) throw new Error('it holds a heredoc, which Portcullis does not read');
    const c = s[this.at]!;
    if (/[={}[\],]/.test(c)) return s[this.at++];
    const token = c === '"' ? this.hclString() : /^[A-Za-z0-9_.\-:/]+/.exec(s.slice(this.at))?.[0];
    if (token === undefined) throw new Error(`\`${c}\` is not where HCL has it`);
    this.at += token.length;
    // an interpolation is only text to the CLI configuration (HCL 1 does not evaluate it); `\u` escapes JSON reads alike
    return token;
  }

  /**
   * A quoted string as HCL 1's scanner ends it: inside `${…}` quotes and newlines do not end it, braces nest.
   * SECURITY (D8): ending it at the first quote would read settings terraform sees as text, and miss ones it sees.
   */
  private hclString(): string {
    const s = this.text;
    let braces = 0;
    for (let i = this.at + 1; i < s.length; i++) {
      const ch = s[i]!;
      if (braces === 0 && ch === '\n') break;
      // (a quote or newline inside an interpolation makes no JSON string: `scalar`'s JSON.parse refuses it)
      if (braces === 0 && ch === '"') return s.slice(this.at, i + 1);
      if (braces === 0 && ch === '$' && s[i + 1] === '{') {
        braces++;
        i++;
      } else if (braces > 0 && ch === '{') braces++;
      else if (braces > 0 && ch === '}') braces--;
      else if (ch === '\\') i++;
    }
    throw new Error('a string is not closed');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Docker CLI `config.json`: `credsStore`/`credHelpers` run `docker-credential-<name>` from PATH; `cliPluginsExtraDirs`
// are folders of CLI plugins (programs)

export function readDockerConfig(text: string): ConfigReading {
  const root = JSON.parse(text) as unknown;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) throw new Error('it is not a JSON object');
  const config = root as Record<string, unknown>;
  const settings: ConfigSetting[] = [];
  const helper = (key: string, name: unknown) => {
    if (typeof name !== 'string') throw new Error(`\`${key}\` is not a string`);
    if (name === '') return;
    // the CLI runs `docker-credential-` + the name, found on PATH (docker/docker-credential-helpers client)
    settings.push(/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) ? { key, run: { kind: 'line', line: 'program', text: `docker-credential-${name}` } } : { key, run: { kind: 'code', why: `names the helper \`${name}\`, which is no program name` } });
  };
  for (const store of goJsonFields(config, 'credsStore')) helper('credsStore', store);
  for (const helpers of goJsonFields(config, 'credHelpers')) {
    if (typeof helpers !== 'object' || helpers === null || Array.isArray(helpers)) throw new Error('`credHelpers` is not an object');
    for (const [registry, name] of Object.entries(helpers)) helper(`credHelpers[${registry}]`, name);
  }
  for (const dirs of goJsonFields(config, 'cliPluginsExtraDirs')) {
    if (!Array.isArray(dirs) || !dirs.every((d) => typeof d === 'string')) throw new Error('`cliPluginsExtraDirs` is not a list of folders');
    for (const d of dirs) settings.push({ key: 'cliPluginsExtraDirs', run: { kind: 'folder', path: d, why: 'docker runs the CLI plugins (`docker-*` programs) it finds there' } });
  }
  return { ok: true, settings, includes: [] };
}

/**
 * Every value Go's `encoding/json` could put in the field `name`: it takes a key case-blind (`CredsStore`, `cred\u017fStore`)
 * when no key matches exactly; all such keys are judged, more than the CLI uses, never less (SECURITY, D8).
 */
function goJsonFields(config: Record<string, unknown>, name: string): unknown[] {
  return Object.entries(config).filter(([k, v]) => goFold(k) === goFold(name) && v !== null).map(([, v]) => v);
}

// ---------------------------------------------------------------------------------------------------------------
// psql's start-up file (psql(1) FILES, meta-commands): `\!`, `\o |cmd`, `\g |cmd`, `\copy … program`, a backquoted
// `\set` value, a prompt's `%\`…\`` all run shell commands, and SQL lines run on the server: only display settings pass

/** `\set` variables that change what psql shows or remembers (psql(1) Variables), never what it runs. */
const PSQL_DISPLAY_VARIABLES = new Set(['PROMPT1', 'PROMPT2', 'PROMPT3', 'COMP_KEYWORD_CASE', 'HISTCONTROL', 'HISTSIZE', 'HISTFILE', 'ECHO', 'ECHO_HIDDEN', 'VERBOSITY', 'SHOW_CONTEXT', 'ON_ERROR_STOP', 'ON_ERROR_ROLLBACK', 'QUIET', 'FETCH_COUNT', 'HIDE_TABLEAM', 'HIDE_TOAST_COMPRESSION', 'SHOW_ALL_RESULTS', 'IGNOREEOF', 'AUTOCOMMIT']);
/** `\pset` options (psql(1) \pset); `pager` only switched on or off (its program comes from PSQL_PAGER/PAGER, judged when set). */
const PSQL_PSET = /^(border|columns|csv_fieldsep|expanded|fieldsep|fieldsep_zero|footer|format|linestyle|null|numericlocale|pager_min_lines|recordsep|recordsep_zero|tableattr|title|tuples_only|unicode_border_linestyle|unicode_column_linestyle|unicode_header_linestyle|xheader_width)$/;
/** `SET name TO value;`: a session setting sent to the server, with a plain value. */
const PSQL_SET_SQL = /^SET\s+(SESSION\s+)?[A-Za-z_][A-Za-z0-9_.]*\s*(TO|=)\s*[A-Za-z0-9_.,' -]+;?$/i;

export function readPsqlrc(text: string): ConfigReading {
  const settings: ConfigSetting[] = [];
  const includes: string[] = [];
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('--')) return;
    // SECURITY (D8): psql interpolates the argument (backquotes run a shell, `:name`, quotes): only a plain path is followed
    const include = /^\\(i|include|ir|include_relative)\s+([\w./~+-]+)$/.exec(line);
    // `\i` is relative to the working folder, `\ir` to this file's
    if (include && (include[1]!.startsWith('ir') || include[1] === 'include_relative' || /^[/~]/.test(include[2]!))) includes.push(include[2]!);
    else if (!psqlDisplayLine(line)) settings.push({ key: `line ${n + 1}`, run: { kind: 'code', why: `is \`${line.length > 80 ? `${line.slice(0, 80)}…` : line}\`, which is no display setting (psql runs shell commands from \`\\!\`, \`\\o |…\`, backquotes and prompts, and SQL on the server)` } });
  });
  return { ok: true, settings, includes };
}

function psqlDisplayLine(line: string): boolean {
  if (!line.startsWith('\\')) return PSQL_SET_SQL.test(line) && !line.includes('`');
  const m = /^\\([a-z]+)(?:\s+(.*))?$/.exec(line);
  // a second backslash starts another meta-command or an escape (`\x60` is a backquote): not read here
  if (!m || line.slice(1).includes('\\') || line.includes('`')) return false;
  const [name, value] = [m[1]!, (m[2] ?? '').trim()];
  const words = value.split(/\s+/);
  switch (name) {
    case 'set':
      // a prompt's `%:name:` inserts a variable: only literal prompts pass
      return PSQL_DISPLAY_VARIABLES.has(words[0] ?? '') && !(words[0]!.startsWith('PROMPT') && value.includes(':'));
    case 'unset':
      return words.length === 1;
    case 'pset':
      return PSQL_PSET.test(words[0] ?? '') || (words[0] === 'pager' && /^(on|off|always|0|1)?$/i.test(words.slice(1).join(' ')));
    case 'timing':
    case 'x':
      return /^(on|off|auto)?$/i.test(value);
    case 'encoding':
      return /^[A-Za-z0-9_-]+$/.test(value);
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// npm's `.npmrc` (the `ini` package: `key = value`, `;`/`#` comments, `[section]`, quoted values, `${VAR}` expanded by
// npm): the programs npm (and npx, pnpm, yarn classic) runs scripts and tools with

/** Keys whose value is the program npm runs, and how it is split (`script-shell` is one program: `spawn(shell, ['-c', …])`). */
const NPM_PROGRAM_KEYS: ReadonlyMap<string, 'program' | 'shell'> = new Map([['script-shell', 'program'], ['shell', 'program'], ['git', 'program'], ['editor', 'shell'], ['browser', 'shell'], ['viewer', 'shell'], ['npm-path', 'program']]);

/**
 * D8 round 14: keys naming a JavaScript module the tool loads and runs: npm's `init-module` (`npm init`), pnpm's
 * `pnpmfile` and `global-pnpmfile` (hooks run on install and resolution). Their code is not judged here.
 */
const NPM_MODULE_KEYS: ReadonlyMap<string, string> = new Map([['init-module', 'a module `npm init` loads and runs'], ['pnpmfile', 'a pnpmfile (hooks pnpm loads and runs)'], ['global-pnpmfile', 'a pnpmfile (hooks pnpm loads and runs for every project)']]);

export function readNpmrc(text: string): ConfigReading {
  const settings: ConfigSetting[] = [];
  const includes: string[] = [];
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#') || /^\[.*\]$/.test(line)) return;
    const eq = line.indexOf('=');
    const key = (eq < 0 ? line : line.slice(0, eq)).trim().replace(/^(["'])(.*)\1$/, '$2').replace(/\[\]$/, '').toLowerCase().replaceAll('_', '-');
    if (key === '') throw new Error(`line ${n + 1} has no key`);
    const value = eq < 0 ? 'true' : npmValue(line.slice(eq + 1));
    // SECURITY (D8): npm replaces `${NAME}` in keys too (`script-shell${X?}` is `script-shell` when X is unset)
    if (key.includes('${')) {
      settings.push({ key, run: { kind: 'code', why: 'is a key npm fills in from variables Portcullis does not see' } });
      return;
    }
    const runs = NPM_PROGRAM_KEYS.get(key);
    // (keys are read case-blind and with `_` for `-`: more than npm may take, never less)
    const judged = runs !== undefined || key === 'node-options' || key === 'onload-script' || key === 'globalconfig' || key === 'userconfig' || NPM_MODULE_KEYS.has(key);
    if (!judged) return;
    // SECURITY (D8): npm replaces `${NAME}` with the environment's value, which Portcullis does not see
    if (value.includes('${')) settings.push({ key, run: { kind: 'code', why: `is \`${value}\`, which npm fills in from variables Portcullis does not see` } });
    else if (key === 'globalconfig' || key === 'userconfig') includes.push(value);
    else if (NPM_MODULE_KEYS.has(key)) {
      if (value !== '') settings.push({ key, run: { kind: 'code', why: `names \`${value}\`, ${NPM_MODULE_KEYS.get(key)!}` } });
    } else if (key === 'onload-script') settings.push({ key, run: { kind: 'code', why: 'is a module npm 6 loads on every call' } });
    else if (key === 'node-options') {
      const problem = nodeOptionsProblem(value);
      if (problem !== null) settings.push({ key, run: { kind: 'code', why: `is \`${value}\`, which ${problem.replace('every Node.js program the session starts', 'every script npm runs')}` } });
    } else if (value !== '') settings.push({ key, run: { kind: 'line', line: runs!, text: value } });
  });
  return { ok: true, settings, includes };
}

/** A value as the `ini` package reads it: a double-quoted one as JSON, `'…'` without its quotes, else up to a `;`/`#` comment (`\;` keeps one). */
function npmValue(raw: string): string {
  const v = raw.trim();
  if (/^".*"$/.test(v)) return JSON.parse(v) as string;
  if (/^'.*'$/.test(v)) return v.slice(1, -1);
  let out = '';
  for (let i = 0; i < v.length; i++) {
    if (v[i] === '\\' && (v[i + 1] === ';' || v[i + 1] === '#' || v[i + 1] === '\\')) out += v[++i];
    else if (v[i] === ';' || v[i] === '#') break;
    else out += v[i];
  }
  return out.trim();
}

// ---------------------------------------------------------------------------------------------------------------
// D8 round 18: less's lesskey source (lesskey(1): `#command`, `#line-edit`, `#env` sections; `#stop` ends the file)

/** Variables a lesskey `#env` section may set that make less run a command: the input preprocessor, the editor, the shell. */
const LESSKEY_COMMANDS: ReadonlyMap<string, 'lessopen' | 'shell'> = new Map([
  ['LESSOPEN', 'lessopen'],
  ['LESSCLOSE', 'lessopen'],
  ['LESSEDIT', 'shell'],
  ['VISUAL', 'shell'],
  ['EDITOR', 'shell'],
  ['SHELL', 'shell'],
]);

export function readLesskey(text: string): ConfigReading {
  const settings: ConfigSetting[] = [];
  let section = '#command';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '#stop') break;
    if (/^#(command|line-edit|env)$/.test(line)) {
      section = line;
      continue;
    }
    if (section !== '#env' || line === '' || line.startsWith('#')) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*\+?=\s*(.*)$/.exec(line);
    if (!m) throw new Error(`a line of its \`#env\` section is not \`NAME = value\``);
    const name = m[1]!;
    const runs = LESSKEY_COMMANDS.get(name);
    if (runs !== undefined && m[2]!.trim() !== '') settings.push({ key: `#env ${name}`, run: { kind: 'line', line: runs, text: m[2]! } });
    // LESS holds options as if typed: a lesskey file of its own (`-k`), or a command run at start (`+`)
    else if (name === 'LESS' && /(^|\s)(-[A-Za-z]*k|--lesskey|\+)/.test(m[2]!)) settings.push({ key: `#env ${name}`, run: { kind: 'code', why: `is \`${m[2]!.trim()}\`, options that read another lesskey file or run a command at start` } });
  }
  return { ok: true, settings, includes: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// D8 round 19: less's compiled lesskey file (less's lesskey.h: the magic `\0M+G`, then sections of one letter, `c`
// commands, `e` line editing, `v` variables, each with a two-byte length in radix 64, until `x` and `End`)

const COMPILED_LESSKEY_MAGIC = '\0M+G';
const KRADIX = 64;

export function readCompiledLesskey(text: string): ConfigReading {
  // the file comes as UTF-8 text: a byte that is no UTF-8 (an action with its extra-string bit, 0x80) is lost, and with
  // it the lengths less follows; such a file is not judged (an agent's own is code, the operator's is trusted)
  if (text.includes('\uFFFD')) return { ok: true, settings: [{ key: 'a compiled lesskey file', run: { kind: 'code', why: 'holds bytes Portcullis cannot read back exactly, in a form whose variables (LESSOPEN, a command less runs on every file, among them) it does not judge' } }], includes: [] };
  const bytes = new TextEncoder().encode(text);
  if (!text.startsWith(COMPILED_LESSKEY_MAGIC)) throw new Error('it does not start with the magic of a compiled lesskey file (`\\0M+G`)');
  const settings: ConfigSetting[] = [];
  for (let at = COMPILED_LESSKEY_MAGIC.length; at + 2 < bytes.length; ) {
    const section = String.fromCharCode(bytes[at]!);
    if (section === 'x') return { ok: true, settings, includes: [] };
    const length = bytes[at + 1]! + bytes[at + 2]! * KRADIX;
    if (section === 'v' && length > 0) settings.push({ key: 'the variable section', run: { kind: 'code', why: 'sets variables less takes in place of the environment (LESSOPEN, a command it runs on every file, among them), in a compiled form Portcullis does not judge' } });
    else if (section !== 'c' && section !== 'e' && section !== 'v') throw new Error(`a section \`${section}\` is not one less reads`);
    at += 3 + length;
  }
  throw new Error('it ends before its end section');
}

// ---------------------------------------------------------------------------------------------------------------
// D8 round 18: yarn's own configuration: classic's `.yarnrc` (`key value` lines, yarn-path) and Berry's `.yarnrc.yml`
// (yarnPath, plugins): the file yarn runs in place of itself, and plugins, code it loads on every call

export function readYarnrc(text: string): ConfigReading {
  const settings: ConfigSetting[] = [];
  // Berry's YAML (`yarnPath: ...`) and classic's lines (`yarn-path "..."`) are told apart by the key's spelling
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(["']?)([A-Za-z@][\w@./-]*)\1\s*:?\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[2]!;
    const value = m[3]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (/^(--)?yarn-path$/i.test(key) || key === 'yarnPath') {
      if (value !== '') settings.push({ key, run: { kind: 'code', why: `names \`${value}\`, a JavaScript file yarn runs in place of itself on every call` } });
    } else if (key === 'plugins') settings.push({ key, run: { kind: 'code', why: 'lists yarn plugins, JavaScript yarn loads on every call' } });
  }
  return { ok: true, settings, includes: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// D8 round 18: Google's credential file (application default credentials, GOOGLE_APPLICATION_CREDENTIALS): an external
// account's `credential_source.executable.command` is run by the client libraries (when executables are allowed)

export function readGoogleCredentials(text: string): ConfigReading {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error('it is not valid JSON');
  }
  const settings: ConfigSetting[] = [];
  // any depth: an impersonated account's `source_credentials` may itself be an external account
  const walk = (v: unknown, path: string, depth: number): void => {
    // round 21: a credential cache (bq's `~/.bigquery.v2.token`, oauth2client's storage) holds each credential serialised
    // as a JSON string: read as the object it is
    if (depth <= 8 && typeof v === 'string' && /^\s*\{/.test(v)) {
      let inner: unknown;
      try {
        inner = JSON.parse(v);
      } catch {
        return;
      }
      return walk(inner, path, depth + 1);
    }
    if (depth > 8 || v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const exec = (o['credential_source'] as Record<string, unknown> | undefined)?.['executable'] as Record<string, unknown> | undefined;
    if (exec !== undefined && exec !== null && typeof exec === 'object') {
      const command = exec['command'];
      settings.push(typeof command === 'string' ? { key: `${path}credential_source.executable.command`, run: { kind: 'line', line: 'shell', text: command } } : { key: `${path}credential_source.executable`, run: { kind: 'code', why: 'is an executable credential source whose command Portcullis cannot read' } });
    }
    for (const [k, child] of Object.entries(o)) if (k !== 'credential_source') walk(child, `${path}${k}.`, depth + 1);
  };
  walk(doc, '', 0);
  return { ok: true, settings, includes: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// INI as Python's configparser reads it (botocore's AWS files, gcloud's configurations): `[section]`, `key = value` or
// `key: value`, an indented line continuing the option above it

/** Each option with its section and value; a key both splits give (at the first `=` or `:`, and at `=`) is listed twice. */
export function configparserOptions(text: string): Array<{ section: string; key: string; value: string }> {
  const options: Array<{ section: string; line: string; more: string[]; indent: number }> = [];
  let section: string | null = null;
  let option: (typeof options)[number] | null = null;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\r$/, '');
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const indent = raw.length - raw.trimStart().length;
    // SECURITY (D8): configparser joins a line indented deeper than the option above it onto that option's value
    // (botocore then splits `credential_process` into words, newlines included); a first option may itself be indented.
    if (option !== null && indent > option.indent) {
      option.more.push(line);
      continue;
    }
    const header = /^\[([^\]]+)\]\s*([#;].*)?$/.exec(line);
    if (header) {
      section = header[1]!.trim();
      option = null;
      continue;
    }
    if (section === null) throw new Error(`line ${n + 1} sets a key outside any section`);
    if (!/[=:]/.test(line)) throw new Error(`line ${n + 1} is not \`key = value\``);
    options.push((option = { section, line, more: [], indent }));
  }
  const out: Array<{ section: string; key: string; value: string }> = [];
  for (const o of options) {
    // configparser splits at the first `=` or `:`; an SDK that splits at `=` only reads another key: both are listed
    const splits = new Map<string, string>();
    for (const at of [o.line.search(/[=:]/), o.line.indexOf('=')]) {
      if (at > 0) splits.set(o.line.slice(0, at).trim().toLowerCase(), o.line.slice(at + 1).trim());
    }
    if (o.line.search(/[=:]/) === 0) throw new Error(`a line of [${o.section}] has no key`);
    // configparser keeps `#` and `;` after a value (no inline comments): the whole text, which also covers a reader
    // that stops at the comment (its words are a prefix of these)
    for (const [key, first] of splits) out.push({ section: o.section, key, value: [first, ...o.more].filter((v) => v !== '').join(' ') });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// D8 round 19: a gcloud configuration (`configurations/config_<name>`, configparser INI of properties): the credential
// file `auth/credential_file_override` names, read by gcloud, gsutil and bq in place of the stored login

// (round 21: `[context_aware] certificate_config_file_path` and `auto_discovery_file_path`, the client-certificate files
// gcloud reads in place of its defaults, whose ECP program, libraries and certificate command it runs; `[auth]
// access_token_file`, `impersonate_service_account`, `login_config_file`, the endpoints and proxies are data: see
// docs/threat-model.md, round 21)

/** The properties of a gcloud configuration that name a file gcloud reads and may run code from, with its format. */
const GCLOUD_FILE_PROPERTIES: ReadonlyMap<string, { format: IncludedFormat; what: string }> = new Map([
  ['auth/credential_file_override', { format: 'google_credentials', what: 'a credential file' }],
  ['context_aware/certificate_config_file_path', { format: 'mtls_config', what: 'a client-certificate configuration' }],
  ['context_aware/auto_discovery_file_path', { format: 'mtls_config', what: 'a client-certificate configuration' }],
] as const);

export function readGcloudConfig(text: string): ConfigReading {
  const settings: ConfigSetting[] = [];
  const includes: string[] = [];
  const includedAs = new Map<string, IncludedFormat>();
  for (const { section, key, value } of configparserOptions(text)) {
    const property = GCLOUD_FILE_PROPERTIES.get(`${section.toLowerCase()}/${key}`);
    if (property === undefined || value === '') continue;
    const at = `[${section}] ${key}`;
    // a path that is not absolute is found from where gcloud runs (or by an expansion Portcullis does not follow)
    if (!value.startsWith('/')) settings.push({ key: at, run: { kind: 'code', why: `names \`${value}\`, ${property.what} found from the working folder, which may name a program gcloud runs` } });
    // one file named as two kinds is read as one of them only: not judged (fail closed)
    else if ((includedAs.get(value) ?? property.format) !== property.format) settings.push({ key: at, run: { kind: 'code', why: `names \`${value}\`, a file another property names as another kind of file` } });
    else if (!includedAs.has(value)) {
      includes.push(value);
      includedAs.set(value, property.format);
    }
  }
  return { ok: true, settings, includes, includesAs: 'google_credentials', ...(includedAs.size > 0 ? { includedAs } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// D8 round 20: gsutil's boto configuration (configparser INI, read by gsutil's vendored boto; cloud.google.com, "Boto
// configuration file"): what it runs or loads. `[Credentials] gs_external_account_file` and
// `gs_external_account_authorized_user_file` name Google credential files (an external account's executable source
// runs); `cert_provider_command` is a command gsutil runs for a client certificate (split at spaces, no shell);
// `[GSUtil] stet_binary_path` a program it runs for `cp --stet`; `[Plugin] plugin_directory` a folder whose Python
// files boto imports on every call. configparser hands a `[DEFAULT]` key to every section, and fills `%(name)s` from
// other keys: both are read here as the worst case.

const BOTO_CREDENTIAL_FILES = new Set(['gs_external_account_file', 'gs_external_account_authorized_user_file']);

export function readBotoConfig(text: string): ConfigReading {
  const settings: ConfigSetting[] = [];
  const includes: string[] = [];
  for (const { section, key, value } of configparserOptions(text)) {
    if (value === '') continue;
    const s = section.toLowerCase();
    const any = s === 'default';
    const at = `[${section}] ${key}`;
    const judged = ((any || s === 'credentials') && (BOTO_CREDENTIAL_FILES.has(key) || key === 'cert_provider_command')) || ((any || s === 'gsutil') && key === 'stet_binary_path') || ((any || s === 'plugin') && key === 'plugin_directory');
    if (!judged) continue;
    if (value.includes('%')) settings.push({ key: at, run: { kind: 'code', why: `names \`${value}\`, filled in from other keys (configparser interpolation) as Portcullis does not follow` } });
    else if (BOTO_CREDENTIAL_FILES.has(key)) {
      // gsutil opens the path as written: one that is not absolute is found from where gsutil runs
      if (value.startsWith('/')) includes.push(value);
      else settings.push({ key: at, run: { kind: 'code', why: `names \`${value}\`, a credential file found from the working folder, which may name a program gsutil runs` } });
    } else if (key === 'cert_provider_command') settings.push({ key: at, run: { kind: 'line', line: 'shell', text: value } });
    else if (key === 'stet_binary_path') settings.push({ key: at, run: { kind: 'line', line: 'program', text: value } });
    else settings.push({ key: at, run: { kind: 'code', why: `names \`${value}\`, a folder of boto plugins, Python files gsutil imports on every call` } });
  }
  return { ok: true, settings, includes, includesAs: 'google_credentials' };
}

// ---------------------------------------------------------------------------------------------------------------
// D8 round 21: bq's flags file (`~/.bigqueryrc`, BIGQUERYRC, `--bigqueryrc`), read as platform/bq `bq_utils.py`
// `_ProcessSingleConfigSection` reads it: a line `[name]` opens a command's section, `#` lines are comments, `flag = value`
// is split at the first `=` (no `=`: the flag is `true`), leading dashes dropped from the flag. Every section is read (each
// applies to a command). The credential files bq's loaders open (`application_default_credential_file`, and the caches
// `credential_file` and `service_account_credential_file` whose serialised credentials it loads before the file) are Google
// credential files: an external account's executable source runs. The other flags are data: endpoints (`api`,
// `discovery_file`, `universe_domain`), transport (`ca_certificates_file`, `proxy_*`, `mtls`: its files are judged as
// gcloud's), a token (`oauth_access_token`), a switch (`use_google_auth`), a log bq writes (`apilog`); `flagfile` and
// `bigqueryrc` set there are inert (absl reads flag files from the command line only; the file is read once).

/** bq's flags that name a Google credential file its loaders open (bq_auth_flags.py, credential_loader.py). */
export const BQ_CREDENTIAL_FLAGS: ReadonlySet<string> = new Set(['application_default_credential_file', 'credential_file', 'service_account_credential_file']);

export function readBigqueryrc(text: string): ConfigReading {
  const settings: ConfigSetting[] = [];
  const includes: string[] = [];
  let section = 'global';
  for (const line of text.split('\n')) {
    if (line.trimStart().startsWith('[') && line.trimEnd().endsWith(']')) {
      section = line.trim().slice(1, -1);
      continue;
    }
    if (line.trimStart().startsWith('#') || line.trim() === '') continue;
    const eq = line.indexOf('=');
    const flag = (eq < 0 ? line : line.slice(0, eq)).trim().replace(/^-+/, '');
    const value = eq < 0 ? 'true' : line.slice(eq + 1).trim();
    if (!BQ_CREDENTIAL_FLAGS.has(flag) || value === '') continue;
    // bq opens the path as written: one that is not absolute is found from where bq runs
    if (value.startsWith('/')) includes.push(value);
    else settings.push({ key: `[${section}] ${flag}`, run: { kind: 'code', why: `names \`${value}\`, a credential file found from the working folder, which may name a program bq runs` } });
  }
  return { ok: true, settings, includes, includesAs: 'google_credentials' };
}

// ---------------------------------------------------------------------------------------------------------------
// D8 round 21: Google's client-certificate configuration (JSON): the context-aware metadata's `cert_provider_command`, a
// program and its arguments google-auth runs for a certificate (`transport/_mtls_helper.py`), and the enterprise
// certificate configuration's `libs`: `ecp`, the program the certificate proxy starts, `ecp_client` and `tls_offload`,
// libraries gcloud loads (`_custom_tls_signer.py`). The certificate and key paths (`cert_configs`) are data.

export function readMtlsConfig(text: string): ConfigReading {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error('it is not valid JSON');
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('it is not a JSON object');
  const o = doc as Record<string, unknown>;
  const settings: ConfigSetting[] = [];
  const command = o['cert_provider_command'];
  if (command !== undefined) {
    // run without a shell, as an argument list: judged as a shell line of its words (stricter: a word with a space or a
    // quote is a snippet)
    const words = Array.isArray(command) && command.every((w) => typeof w === 'string') ? (command as string[]) : null;
    settings.push(words !== null && words.length > 0 ? { key: 'cert_provider_command', run: { kind: 'line', line: 'shell', text: words.join(' ') } } : { key: 'cert_provider_command', run: { kind: 'code', why: 'is a certificate command Portcullis cannot read as a list of words' } });
  }
  const libs = o['libs'];
  if (libs !== undefined) {
    if (libs === null || typeof libs !== 'object' || Array.isArray(libs)) settings.push({ key: 'libs', run: { kind: 'code', why: 'names the certificate proxy\'s programs in a shape Portcullis cannot read' } });
    else {
      for (const [name, path] of Object.entries(libs as Record<string, unknown>)) {
        const key = `libs.${name}`;
        if (typeof path !== 'string') settings.push({ key, run: { kind: 'code', why: 'names a program or library Portcullis cannot read' } });
        else if (name === 'ecp') settings.push({ key, run: { kind: 'line', line: 'program', text: path } });
        else settings.push({ key, run: { kind: 'library', path } });
      }
    }
  }
  return { ok: true, settings, includes: [] };
}
