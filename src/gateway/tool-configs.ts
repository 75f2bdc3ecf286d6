import { configFilesOf, expandHome, judgeSetting, PROGRAM_FOLDER_PREFIX, readConfig, type ConfigFormat } from '../classify/index.ts';
import { programBaseName, type ActionContext } from '../core/index.ts';
import type { AgentFileRead, ProgramSearch } from './ports.ts';

/** Files one program's configuration may span (its own, what they include, the repository's) before it is a deny. */
const MAX_FILES = 64;
/** Includes within includes (git's own limit is 10). */
const MAX_DEPTH = 10;
/** Folders above the working folder searched for the repository's `.git`. */
const MAX_REPO_UP = 64;

const FORMAT_NAMES: Record<ConfigFormat, string> = { kubeconfig: 'a kubeconfig', gitconfig: 'git configuration', ssh_config: 'ssh configuration', aws: 'AWS configuration', terraformrc: 'Terraform CLI configuration', docker: 'Docker CLI configuration', psqlrc: 'a psql start-up file', npmrc: 'npm configuration', program_folder: 'a folder of programs', lesskey: 'a lesskey source file', yarnrc: 'yarn configuration', google_credentials: 'a Google credential file', code_file: 'a file of code', gcloud_config: 'a gcloud configuration', credential_store: 'a credential store', lesskey_compiled: 'a compiled lesskey file', boto: 'a boto configuration file', bigqueryrc: 'a bq flags file', mtls_config: 'a Google client-certificate configuration' };

/** What the judge asks of the filesystem, as the agent's Unix user (the gateway's path resolver, bounded by its deadline). */
export interface ToolConfigPorts {
  read(paths: readonly string[]): Promise<AgentFileRead[] | undefined>;
  changeable(paths: readonly string[], where: ProgramSearch): Promise<Array<string | null> | undefined>;
  /** The agent's Unix user's passwd home (ssh's `~`); undefined when not known here, null when it cannot be found. */
  userHome?(): Promise<string | null | undefined>;
  /**
   * D8 round 18: the real path of each (links and `..` followed in it and its parents; for a path not there, its deepest
   * existing parent's real path plus the rest), null when it cannot be walked. Without it paths are compared by name.
   */
  realPaths?(paths: readonly string[]): Promise<Array<string | null>>;
}

interface Queued {
  path: string | null;
  format: ConfigFormat;
  /** How the session reached it: `~/.kube/config`, `KUBECONFIG=…`, `the repository's`, `included by …`. */
  via: string;
  depth: number;
}

/** The program's configuration could not be judged here (the agent has no Unix user): nothing is known. */
const UNKNOWN = Symbol('no Unix user');

/**
 * D8, round 12: for each program of an action that reads configuration files (`TOOL_CONFIG_FILES`), why a setting in
 * them makes it run a program of the agent's own: a file the agent's Unix user can change sets a command that is not
 * judged safe (a shell snippet, an unknown credential plugin, a program the agent can change), or a file cannot be
 * read or parsed (fail closed). Files the agent's user cannot change are the operator's: their settings are trusted,
 * their includes followed. Only for a session the gate can see (`searchPath` sent), as bare names are judged.
 */
export async function configuredPrograms(programs: readonly string[], context: ActionContext, ports: ToolConfigPorts, routes: ReadonlyArray<{ program: string; route: Readonly<Record<string, string>> }> = [], written: readonly string[] = []): Promise<Array<{ program: string; why: string }>> {
  if (context.searchPath === undefined) return [];
  const writes = await writtenCheck(written, ports.realPaths);
  const out = await defaultsJudged(programs, context, ports, writes);
  // D8 round 13: a call that names its own configuration (`kubectl --kubeconfig F`) is judged with that routing too
  for (const { program, route } of routes) {
    if (!programs.includes(program) || out.some((o) => o.program === program)) continue;
    const routed = routedContext(context, route);
    // (a variable unset that the session does not send either changes nothing: `env -i` unsets them all)
    const shown = Object.entries(route).filter(([k, v]) => v !== '' || context.toolEnv?.[k] !== undefined).map(([k, v]) => (k === 'cwd' ? `-C ${v}` : k === 'ssh -F' ? `-F ${v}` : `${k}=${v}`)).join(' ');
    if (typeof routed === 'string') out.push({ program, why: `this call ${routed}` });
    else for (const f of await defaultsJudged([program], routed, ports, writes)) out.push({ program, why: `${f.why} (as this call routes it: \`${shown}\`)` });
  }
  return out;
}

/**
 * D8 round 17: whether the action writes a path the gateway reads for a tool's configuration (the classifier's
 * `toolWrites`: what it writes before a tool's call): the path itself, a folder above it (a `cp -r`, a `tar -C`), or,
 * for a folder (`under`), a file in it (a plugin put in a plugin folder). `?` (more writes than listed) is every path;
 * round 18: `?<text>` is a write whose destination the input does not fix (`cp x "$D/f"`, `git clone URL "$D"`), which
 * may be any path too.
 */
type WrittenCheck = ((path: string, under?: boolean) => Promise<string | null>) & { any?: boolean };

async function writtenCheck(written: readonly string[], realPaths: ToolConfigPorts['realPaths']): Promise<WrittenCheck> {
  if (written.length === 0) return async () => null;
  const check = await writtenChecker(written, realPaths);
  return Object.assign(check, { any: true });
}

async function writtenChecker(written: readonly string[], realPaths: ToolConfigPorts['realPaths']): Promise<WrittenCheck> {
  const inside = (path: string, folder: string) => path.startsWith(folder === '/' ? '/' : `${folder}/`);
  const dynamic = written.find((w) => w.startsWith('?'));
  if (dynamic !== undefined) {
    const why = dynamic === '?' ? 'more files than Portcullis follows' : `\`${dynamic.slice(1)}\`, a path the input does not fix, which may be any file`;
    return async () => why;
  }
  // SECURITY (D8 round 18): compared by real path as well as by name: an include `~/inc` that is a link to the written
  // `~/cfg/git.inc`, or a written link `~/lnk` to an included file, is the same file; a path that cannot be walked fails closed
  const real = new Map<string, Promise<string | null>>();
  const realOf = (p: string): Promise<string | null> => {
    if (realPaths === undefined) return Promise.resolve(p);
    let r = real.get(p);
    if (!r) real.set(p, (r = realPaths([p]).then((all) => all[0] ?? null)));
    return r;
  };
  const writes = await Promise.all(written.map(async (w) => ({ w, names: [...new Set([w, await realOf(w)])] })));
  return async (path, under = false) => {
    const byName = writes.find(({ w }) => w === path || inside(path, w) || (under && inside(w, path)));
    if (byName !== undefined) return `\`${byName.w}\``;
    const unwalked = writes.find(({ names }) => names.includes(null));
    if (unwalked !== undefined) return `\`${unwalked.w}\`, whose real path Portcullis cannot walk`;
    const own = await realOf(path);
    if (own === null) return `a file whose real path it cannot walk to compare with \`${path}\``;
    for (const { w, names } of writes) {
      for (const n of names as string[]) if (n === own || inside(own, n) || (under && inside(n, own))) return `\`${w}\``;
    }
    return null;
  };
}

/** The context a routed call runs in, or why its routing cannot be followed (fail closed). */
function routedContext(context: ActionContext, route: Readonly<Record<string, string>>): ActionContext | string {
  if ('?' in route) return 'names more configurations of this tool than Portcullis judges';
  const { cwd, HOME, ...vars } = route;
  if (cwd !== undefined && !cwd.startsWith('/')) return 'names a working folder (`git -C`) Portcullis cannot know';
  if (vars['GIT_DIR'] !== undefined && vars['GIT_DIR'] !== '' && !vars['GIT_DIR'].startsWith('/') && !vars['GIT_DIR'].startsWith('~')) return 'names a repository (`GIT_DIR`, `--git-dir`) Portcullis cannot know';
  // D8 round 16: an empty value is a variable the call does not get (`unset KUBECONFIG`, `env -u`, `export -n`): the
  // session's is dropped and the tool's defaults are judged
  const toolEnv = Object.fromEntries(Object.entries({ ...context.toolEnv, ...vars }).filter(([, v]) => v !== ''));
  return { ...context, ...(cwd !== undefined ? { cwd } : {}), ...(HOME !== undefined ? { home: HOME } : {}), toolEnv };
}

/** Each program's problem with the configuration files the context routes it to (see `configuredPrograms`). */
async function defaultsJudged(programs: readonly string[], context: ActionContext, ports: ToolConfigPorts, writes: WrittenCheck): Promise<Array<{ program: string; why: string }>> {
  // SECURITY (D8 round 17): a file read here that the action writes before the call is judged as it is now, not as the
  // call reads it: fail closed (`~/.gitconfig` includes `~/.gitconfig.local`, which the input writes, then `git status`)
  const writtenBy = async (what: string, path: string, under = false): Promise<string | null> => {
    const w = await writes(path, under);
    return w === null ? null : `${what} is written by this action before the call (it writes ${w}): Portcullis judges it as it is now, not as the call will read it`;
  };
  const env = context.toolEnv ?? {};
  const home = context.home;
  // ssh finds `~` by the passwd entry, not HOME: an agent that points HOME elsewhere must not hide its real ~/.ssh/config
  const userHome = ports.userHome ? await ports.userHome() : undefined;
  const homeOf = (format: ConfigFormat): string | undefined => (format === 'ssh_config' && userHome !== undefined ? (userHome ?? undefined) : home);
  const where: ProgramSearch = { searchPath: context.searchPath, ...(context.cwd !== undefined ? { cwd: context.cwd } : {}), missingCounts: false };
  const reads = new Map<string, Promise<AgentFileRead | undefined>>();
  const read = (path: string) => {
    let r = reads.get(path);
    if (!r) reads.set(path, (r = ports.read([path]).then((all) => all?.[0])));
    return r;
  };
  const memo = new Map<string, Promise<string | null | typeof UNKNOWN>>();
  const judgeTool = (base: string, seen: ReadonlySet<string>): Promise<string | null | typeof UNKNOWN> => {
    let p = memo.get(base);
    if (!p) memo.set(base, (p = toolProblem(base, new Set([...seen, base]))));
    return p;
  };

  /**
   * D8 round 14: the configuration of the submodules of the repository at `gitDir` (`modules/<name>/config`, nested
   * ones in `modules/<name>/modules/…`; a name may hold `/`): `git status`, `git diff` and `git fetch` run git in each
   * submodule, which reads its own config (its `core.fsmonitor` runs on the superproject's `git status`).
   */
  async function submoduleConfigs(gitDir: string): Promise<Queued[] | string> {
    const out: Queued[] = [];
    let folders = 0;
    const walk = async (dir: string, depth: number): Promise<string | null> => {
      const rewritten = await writtenBy(`its submodules' folder \`${dir}\``, dir, true);
      if (rewritten !== null) return rewritten;
      if (depth > MAX_DEPTH) return `its submodules in \`${dir}\` are nested more than ${MAX_DEPTH} deep`;
      // the walk is bounded as the files are: a folder built to stall the gate fails closed
      if (++folders > MAX_FILES) return `its submodules' folder \`${gitDir}/modules\` holds more than ${MAX_FILES} folders`;
      const listing = await read(dir);
      if (listing === undefined || listing.kind === 'missing' || listing.kind === 'file') return null;
      if (listing.kind === 'unreadable') return `its submodules' folder \`${dir}\` cannot be read by Portcullis (${listing.message})`;
      for (const name of listing.names) {
        const sub = `${dir}/${name}`;
        if (++folders > MAX_FILES) return `its submodules' folder \`${gitDir}/modules\` holds more than ${MAX_FILES} folders`;
        const entry = await read(sub);
        if (entry === undefined || entry.kind !== 'folder') {
          if (entry?.kind === 'unreadable') return `its submodule \`${sub}\` cannot be read by Portcullis (${entry.message})`;
          continue;
        }
        // a submodule's git folder holds its config; a folder without one is a part of a name holding `/`
        if (entry.names.includes('config')) {
          out.push(...['config', 'config.worktree'].map((f) => ({ path: `${sub}/${f}`, format: 'gitconfig' as const, via: 'a submodule\'s', depth: 0 })));
          if (out.length > MAX_FILES) return `its submodules span more than ${MAX_FILES} files`;
          if (entry.names.includes('modules')) {
            const deeper = await walk(`${sub}/modules`, depth + 1);
            if (deeper !== null) return deeper;
          }
        } else {
          const deeper = await walk(sub, depth + 1);
          if (deeper !== null) return deeper;
        }
      }
      return null;
    };
    const problem = await walk(`${gitDir}/modules`, 0);
    return problem ?? out;
  }

  async function repoConfigs(): Promise<Queued[] | string> {
    const found = await repoOwnConfigs();
    if (typeof found === 'string' || found.length === 0) return found;
    // the submodules of each git folder found (the repository's, and a worktree's common one)
    const out = [...found];
    for (const dir of new Set(found.filter((q) => q.path !== null && q.path.endsWith('/config')).map((q) => q.path!.slice(0, -'/config'.length)))) {
      const subs = await submoduleConfigs(dir);
      if (typeof subs === 'string') return subs;
      out.push(...subs);
    }
    return out;
  }

  async function repoOwnConfigs(): Promise<Queued[] | string> {
    const gitDir = env['GIT_DIR'] === undefined ? undefined : expandHome(env['GIT_DIR'], home);
    if (gitDir === null) return 'its repository (`GIT_DIR`) needs the session\'s home folder, which is not known';
    if (gitDir !== undefined) return ['config', 'config.worktree'].map((f) => ({ path: `${gitDir}/${f}`, format: 'gitconfig' as const, via: 'the repository\'s', depth: 0 }));
    if (context.cwd === undefined || !context.cwd.startsWith('/')) return [];
    let dir = context.cwd;
    for (let i = 0; i < MAX_REPO_UP; i++) {
      const dotGit = dir === '/' ? '/.git' : `${dir}/.git`;
      const rewritten = await writtenBy(`the repository's \`${dotGit}\``, dotGit);
      if (rewritten !== null) return rewritten;
      const r = await read(dotGit);
      if (r === undefined) return [];
      // git also reads `config.worktree` there once `extensions.worktreeConfig` is on: read it whenever it exists
      if (r.kind === 'folder') return ['config', 'config.worktree'].map((f) => ({ path: `${dotGit}/${f}`, format: 'gitconfig' as const, via: 'the repository\'s', depth: 0 }));
      if (r.kind === 'unreadable') return `the repository's \`${dotGit}\` cannot be read by Portcullis (${r.message})`;
      if (r.kind === 'file') {
        // a worktree or submodule: `gitdir: PATH`, and a worktree's `commondir` names the shared repository
        const m = /^gitdir: (.+)$/m.exec(r.text);
        if (!m) return `the repository's \`${dotGit}\` is not a \`gitdir:\` file git reads`;
        const gitdir = joinPath(dir, m[1]!.trim());
        const out: Queued[] = ['config', 'config.worktree'].map((f) => ({ path: `${gitdir}/${f}`, format: 'gitconfig' as const, via: 'the repository\'s', depth: 0 }));
        const rewrittenDir = await writtenBy(`the repository's \`${gitdir}\``, gitdir, true);
        if (rewrittenDir !== null) return rewrittenDir;
        const common = await read(`${gitdir}/commondir`);
        if (common?.kind === 'file') out.push({ path: `${joinPath(gitdir, common.text.trim())}/config`, format: 'gitconfig', via: 'the repository\'s', depth: 0 });
        return out;
      }
      if (dir === '/') return [];
      dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
    }
    return [];
  }

  /** Why `base`'s configuration runs a program of the agent's own, null when it does not. */
  async function toolProblem(base: string, seen: ReadonlySet<string>): Promise<string | null | typeof UNKNOWN> {
    const queue: Queued[] = [];
    for (const f of configFilesOf(base, env, { session: home, user: userHome }, context.cwd)) {
      // a folder or file judged only against the action's own writes (Terraform's `.terraform/providers`, round 18: a
      // project's `.pnpmfile.cjs` or `.yarnrc`); one whose path is not known (`TF_DATA_DIR` relative to a folder not
      // known) fails closed when the action writes anything
      if (f.writtenOnly === true) {
        const what = f.format === 'program_folder' ? 'its plugin folder' : f.format === 'code_file' ? 'its file of code' : f.format === 'credential_store' ? 'its credential store' : 'its configuration file';
        const shown = f.via === f.path ? `\`${f.path}\`` : f.via.endsWith('\'s') ? `${f.via.replace(/'s$/, '')}'s \`${f.path}\`` : `\`${f.via}\` (\`${f.path}\`)`;
        if (f.path === null) {
          if (writes.any === true) return `${what} \`${f.via}\` cannot be found to compare with what this action writes: its path is relative to a folder that is not known`;
          continue;
        }
        // (a credential store may be a folder: gcloud's `legacy_credentials`, one file per account)
        const rewritten = await writtenBy(`${what} ${shown}`, f.path, f.format === 'program_folder' || f.format === 'credential_store');
        if (rewritten !== null) return rewritten;
        continue;
      }
      const found = f.path === null || !isPattern(f.path) ? [{ ...f, depth: 0 }] : await matching(f.path, f.format, f.via, 0);
      if (typeof found === 'string') return `its configuration files \`${f.via}\` ${found}`;
      queue.push(...found);
    }
    if (queue.length === 0) return null;
    if (base === 'git') {
      const repo = await repoConfigs();
      if (typeof repo === 'string') return repo;
      queue.push(...repo);
    }
    const runs: Array<{ program: string; what: string }> = [];
    let files = 0;
    while (queue.length > 0) {
      const item = queue.shift()!;
      if (++files > MAX_FILES) return `its configuration spans more than ${MAX_FILES} files`;
      if (item.path === null && item.format === 'ssh_config' && userHome === null) return `its configuration file \`${item.via}\` cannot be found: the home folder of the agent's Unix user cannot be looked up`;
      // D8 round 14: a folder the tool runs programs from (docker's `cli-plugins`) is judged as a folder: one the agent's
      // user can change (or create, once its parent is the agent's) makes the tool its own
      if (item.format === 'program_folder') {
        if (item.path === null) return `its plugin folder \`${item.via}\` cannot be found: the session's home folder is not known`;
        const rewritten = await writtenBy(`its plugin folder \`${item.via}\` (\`${item.path}\`)`, item.path, true);
        if (rewritten !== null) return rewritten;
        const folder = await read(item.path);
        if (folder === undefined) return UNKNOWN;
        const shown = item.via === item.path ? `\`${item.path}\`` : `\`${item.via}\` (\`${item.path}\`)`;
        // a folder that is not there (or a file in its place) holds no plugin: nothing runs from it
        if (folder.kind === 'missing' || folder.kind === 'file') continue;
        if (folder.kind === 'unreadable') return `its plugin folder ${shown} cannot be read by Portcullis: ${folder.message}`;
        const what = `it runs the programs of its plugin folder ${shown}`;
        runs.push({ program: item.path, what });
        for (const n of folder.names) if (n.startsWith(PROGRAM_FOLDER_PREFIX[base] ?? '')) runs.push({ program: `${item.path}/${n}`, what: `${what}: \`${n}\`` });
        continue;
      }
      if (item.path !== null) {
        const rewritten = await writtenBy(`its configuration file ${item.via === item.path ? '' : `${item.via.startsWith('included') || item.via.endsWith('\'s') ? item.via : `\`${item.via}\``} `}\`${item.path}\``, item.path);
        if (rewritten !== null) return rewritten;
      }
      if (item.path === null) return `its configuration file \`${item.via}\` cannot be found: ${/(^|[=:])~/.test(item.via) || item.via.startsWith('~') ? 'the session\'s home folder is not known' : 'its path is relative to a folder that is not known'}`;
      const r = await read(item.path);
      if (r === undefined) return UNKNOWN;
      if (r.kind === 'missing') continue;
      const named = item.via === item.path ? `\`${item.path}\`` : item.via.endsWith('\'s') ? `${item.via} \`${item.path}\`` : `${item.via.startsWith('included') ? item.via : `\`${item.via}\``} (\`${item.path}\`)`;
      if (r.kind === 'unreadable') return `its configuration file ${named} cannot be read by Portcullis: ${r.message}`;
      if (r.kind === 'folder') return `its configuration file ${named} is a folder`;
      const reading = readConfig(item.format, r.text);
      // SECURITY (D8): text that cannot be parsed counts as running an unknown program.
      if (!reading.ok) return `its configuration file ${named} cannot be read as ${FORMAT_NAMES[item.format]}: ${reading.message}`;
      const dir = item.path.slice(0, item.path.lastIndexOf('/')) || '/';
      for (const inc of reading.includes) {
        if (item.depth + 1 > MAX_DEPTH) return `its configuration file ${named} includes files more than ${MAX_DEPTH} deep`;
        const found = await included(item, inc, dir, reading.includedAs?.get(inc) ?? reading.includesAs ?? item.format);
        if (typeof found === 'string') return `its configuration file ${named} includes \`${inc}\`, which ${found}`;
        queue.push(...found);
      }
      // The operator's file (the agent's user cannot change it): its settings are the operator's choice.
      if (r.why === null) continue;
      for (const s of reading.settings) {
        const j = judgeSetting(s, dir, homeOf(item.format));
        const sets = `its configuration file ${named}, which the agent's Unix user can change, sets \`${s.key}\``;
        if (!j.safe) return `${sets}, which ${j.why}`;
        runs.push({ program: j.program, what: `${sets}, which runs \`${j.program}\`` });
      }
    }
    if (runs.length === 0) return null;
    const whys = await ports.changeable(runs.map((r) => r.program), where);
    if (whys === undefined) return UNKNOWN;
    const at = whys.findIndex((w) => w !== null);
    if (at >= 0) return `${runs[at]!.what}, which the agent's Unix user can change (${whys[at]})`;
    // What those programs read in turn (root's `aws` of an EKS plugin reads `~/.aws/config`): judged once per tool.
    for (const r of runs) {
      const next = programBaseName(r.program);
      if (seen.has(next)) continue;
      const problem = await judgeTool(next, seen);
      if (problem === UNKNOWN) return UNKNOWN;
      if (problem !== null) return `${r.what}, and \`${next}\` runs what the agent's Unix user configures: ${problem}`;
    }
    return null;
  }

  /**
   * The files an include names: git's relative to the including file, ssh's relative to `~/.ssh`, ssh's patterns listed;
   * read as `format` (the including file's own, or round 19: the credential file a gcloud configuration names).
   */
  async function included(from: Queued, inc: string, dir: string, format: ConfigFormat): Promise<Queued[] | string> {
    const via = `included by \`${from.path}\``;
    const fileHome = homeOf(from.format);
    const base = from.format === 'ssh_config' ? (fileHome === undefined ? null : `${fileHome}/.ssh`) : dir;
    const abs = inc.startsWith('/') ? inc : inc === '~' || inc.startsWith('~/') ? expandHome(inc, fileHome) : base === null ? null : joinPath(base, inc);
    if (abs === null) return 'needs the session\'s home folder, which is not known';
    // git's `gitdir/i:` and friends are conditions, not paths; ssh expands `%d`/`%u` tokens and `${VAR}`
    if (/[%$]/.test(abs)) return 'names its file by tokens or variables Portcullis does not expand';
    if (!isPattern(abs)) return [{ path: abs, format, via, depth: from.depth + 1 }];
    if (from.format !== 'ssh_config') return 'is a pattern Portcullis does not follow';
    return matching(abs, from.format, via, from.depth + 1);
  }

  /**
   * The files a pattern in its last part (`*`, `?`) matches in its folder. ssh lists them with glob(3), which leaves
   * out dot files; terraform with Go's filepath.Match, which does not (`~/.terraform.d/.x.tfrc` is read).
   */
  async function matching(pattern: string, format: ConfigFormat, via: string, depth: number): Promise<Queued[] | string> {
    const cut = pattern.lastIndexOf('/');
    const name = pattern.slice(cut + 1);
    if (isPattern(pattern.slice(0, cut)) || name.includes('[')) return 'is a pattern Portcullis does not follow';
    // a file the action writes there is read by the call whether it is there now or not
    const rewritten = await writes(pattern.slice(0, cut) || '/', true);
    if (rewritten !== null) return `match files this action writes before the call (it writes ${rewritten}): Portcullis judges them as they are now, not as the call will read them`;
    const folder = await read(pattern.slice(0, cut) || '/');
    if (folder === undefined || folder.kind === 'missing') return [];
    if (folder.kind !== 'folder') return 'names a folder Portcullis cannot list';
    const re = new RegExp(`^${name.replace(/[.+^${}()|\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.')}$`);
    return folder.names.filter((n) => re.test(n) && (format !== 'ssh_config' || name.startsWith('.') || !n.startsWith('.'))).map((n) => ({ path: `${pattern.slice(0, cut)}/${n}`, format, via, depth }));
  }

  const out: Array<{ program: string; why: string }> = [];
  for (const program of programs) {
    // `?…`: where it lives is not fixed (already the agent's own); relative ones are judged by the resolver as paths
    if (program.startsWith('?')) continue;
    const base = programBaseName(program);
    const why = await judgeTool(base, new Set());
    if (why !== null && why !== UNKNOWN) out.push({ program, why });
  }
  return out;
}

function isPattern(path: string): boolean {
  return /[*?[]/.test(path);
}

/** `rel` from folder `dir` (absolute), `.` and `..` folded as the kernel would without links. */
function joinPath(dir: string, rel: string): string {
  const parts = (rel.startsWith('/') ? rel : `${dir}/${rel}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}
