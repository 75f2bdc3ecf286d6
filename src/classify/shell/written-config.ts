import type { FactsBuilder } from '../builder.ts';
import { configFilesOf, expandHome, judgeSetting, readConfig, type ConfigFormat } from '../tool-config.ts';
import type { ShellScope } from './invocation.ts';

/**
 * D8 round 16: a tool call after a write, in the same input, of a file the call reads as its configuration or of a
 * plugin in a folder it runs programs from (`printf … > ~/.kube/config; kubectl get pods`, `cp x
 * ~/.docker/cli-plugins/docker-compose && docker compose ps`, `echo '[core] fsmonitor = …' >> .git/config && git
 * status`). The gateway reads those files as they are when the action is judged, before any of it runs: the call would
 * be judged on the old file. The files are the gateway's (`TOOL_CONFIG_FILES` through `configFilesOf`, with the call's
 * routing, and git's repository files found from the call's folder). A file whose whole written text the input shows
 * is read as the gateway reads one (its settings judged, the programs they run named for the gateway to check);
 * anything else written there is code Portcullis has not seen: unknown.
 */

/** How `configFilesOf` names a file found up from the working folder (a project's `.npmrc`). */
const PROJECT_FILE = 'the project\'s';

/** A write this input made before the call: the path, and its text when the input shows all of what it added. */
interface Written {
  path: string;
  text: string | null;
}

/**
 * The files this input wrote so far: filesystem targets written or replaced (every writer records one: `>`, `cp`,
 * `tar -C`, `curl -o`, `sed -i`), with the text `scope.files` holds for them (`echo … >`, a heredoc), and the files
 * `scope.files` records alone. A folder `mkdir` made holds nothing (`scope.madeFolders`); a kubeconfig `kubectl config
 * view` printed holds what the files the gateway judges for that call hold (`scope.printedConfigs`).
 */
function writtenSoFar(b: FactsBuilder, scope: ShellScope, own: ReadonlySet<string>, judged: (source: string) => boolean): Written[] {
  const out = new Map<string, string | null>();
  // a copy of a file the gateway judges for the call itself (`cp ~/.kube/config "$tmp/kc"`) holds nothing it does not judge
  const copyOfJudged = (path: string): boolean => {
    const from = scope.copiedFrom?.get(path);
    return from !== undefined && judged(from) && !scope.files.has(from) && !b.targets.some((t) => t.id === from && t.kind === 'filesystem' && (t.verbs ?? []).includes('write'));
  };
  for (const t of b.targets) {
    if (t.kind !== 'filesystem' || !t.id.startsWith('/') || !(t.verbs ?? []).some((v) => v === 'write' || v === 'replace')) continue;
    const edited = scope.editedFiles?.has(t.id) === true;
    // the call's own `>` empties its target before the call starts: it reads an empty file
    if (own.has(t.id) || (!edited && (scope.madeFolders?.has(t.id) || scope.printedConfigs?.has(t.id) || copyOfJudged(t.id)))) continue;
    const text = scope.files.get(t.id);
    out.set(t.id, typeof text === 'string' && !edited ? text : null);
  }
  for (const [path, text] of scope.files) if (!out.has(path) && !own.has(path) && !scope.printedConfigs?.has(path) && !copyOfJudged(path)) out.set(path, text);
  return [...out].map(([path, text]) => ({ path, text }));
}

/**
 * D8 round 18: the writes of this input so far whose destination it does not fix, as shown: what a writer noted with no
 * path (`scope.dynamicWrites`) and the filesystem targets written or replaced at a path that is not absolute. The call's
 * own `>` (in `own`, as shown) is written by the call, not before it.
 */
function dynamicWritesOf(b: FactsBuilder, scope: ShellScope, own: ReadonlySet<string>): string[] {
  const out = new Set<string>(scope.dynamicWrites ?? []);
  for (const t of b.targets) if (t.kind === 'filesystem' && !t.id.startsWith('/') && (t.verbs ?? []).some((v) => v === 'write' || v === 'replace')) out.add(t.id);
  for (const o of own) out.delete(o);
  return [...out];
}

/** git's files found from the folder it runs in (its repository's `.git`, a submodule's config), under `repo`. */
const GIT_REPO_FILE = /^(.*?)\/\.git(?:\/(?:config|config\.worktree|commondir)|\/modules\/.+\/config(?:\.worktree)?)?$/;

/** How the message names a file: `its configuration file \`~/.kube/config\``, `the repository's configuration file`. */
function fileNamed(via: string): string {
  return via.endsWith('\'s') ? `${via} configuration file` : `its configuration file \`${via}\``;
}

function isUnder(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

function patternMatches(pattern: string, path: string): boolean {
  const cut = pattern.lastIndexOf('/');
  if (path.slice(0, path.lastIndexOf('/')) !== pattern.slice(0, cut)) return false;
  const name = pattern.slice(cut + 1).replace(/[.+^${}()|\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.');
  return new RegExp(`^${name}$`).test(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * Judges the call of `program` (a base name) with its `route` against what this input wrote before it. Records an
 * unknown finding (or the programs a shown file's settings run) on `b`; nothing for a call whose files were not written.
 */
export function judgeWrittenConfig(program: string, route: Readonly<Record<string, string>> | null, scope: ShellScope, session: { toolEnv?: Readonly<Record<string, string>>; home?: string; cwd?: string }, own: ReadonlySet<string>, b: FactsBuilder, span: { start: number; end: number }): void {
  const toolEnv = session.toolEnv;
  if (b.targets.length === 0 && scope.files.size === 0 && (scope.dynamicWrites?.size ?? 0) === 0) return;
  const routed = route ?? {};
  const home = routed['HOME'] !== undefined && routed['HOME'].startsWith('/') ? routed['HOME'] : scope.home;
  const cwd = routed['cwd'] !== undefined && routed['cwd'].startsWith('/') ? routed['cwd'] : scope.cwd;
  const env: Record<string, string> = { ...toolEnv };
  for (const [k, v] of Object.entries(routed)) if (k !== 'cwd' && k !== 'HOME' && v !== '?') env[k] = v;
  const files: Array<{ path: string; format: ConfigFormat; via: string }> = [];
  // the project's own files (npm's `.npmrc` up from the working folder) are left out: an npm-family call already runs the
  // project's code the gate does not see (`runs_project_code`), which the project's `.npmrc` adds nothing to
  for (const f of configFilesOf(program, env, home, cwd)) if (f.path !== null && (f.via !== PROJECT_FILE || f.format !== 'npmrc')) files.push({ path: f.path, format: f.format, via: f.via });
  if (files.length === 0 && program !== 'git') return;
  // the files the gateway judges for this tool whatever the call's routing (the session's: `configuredPrograms` judges them first)
  // SECURITY (D8 round 18): a write whose destination the input does not fix (`cp x "$D/f"`, `git clone URL "$D"`) may be
  // any file this call reads: the gateway fails the call closed (`?` and the path as shown, in `toolWrites`)
  for (const d of dynamicWritesOf(b, scope, own)) b.writeBeforeTool(`?${d}`);
  const sessionFiles = new Set(configFilesOf(program, toolEnv ?? {}, session.home, session.cwd).flatMap((f) => (f.path !== null && !f.path.includes('*') && f.format !== 'program_folder' ? [f.path] : [])));
  const written = writtenSoFar(b, scope, own, (source) => sessionFiles.has(source));
  if (written.length === 0) return;
  const unknown = (path: string, what: string): void => void b.opaque('tool_config_written', `\`${program}\` ${what}, which this input writes before the call with content Portcullis does not see: the gate judges the file as it is now, not as the call will read it (\`${path}\`)`, span);
  for (const w of written) {
    // a fresh clone's git files are git's own (git-clone(1): no configuration or hook comes from the server)
    if (program === 'git' && w.text === null && scope.clonedFolders?.has(w.path) === true) continue;
    // D8 round 17: what the gateway reads for this call that the classifier does not (an include of an existing file, a
    // file a tool run by a setting reads) is checked there against this; a shown text judged here as the file it is, is not
    let judgedHere = false;
    for (const f of files) {
      if (f.format === 'program_folder') {
        // a plugin put in the folder, or the folder (or one above it) replaced by a copy or an archive
        if (isUnder(w.path, f.path) || w.path === f.path || isUnder(f.path, w.path)) return unknown(w.path, `runs the programs of its plugin folder \`${f.via}\``);
        continue;
      }
      // D8 round 18: a file of code the tool runs (`.pnpmfile.cjs`, `~/.npm-init.js`), whatever its shown text
      if (f.format === 'code_file') {
        if (w.path === f.path || isUnder(f.path, w.path)) return unknown(w.path, `runs the code of \`${f.via === PROJECT_FILE ? f.path : f.via}\``);
        continue;
      }
      // D8 round 19: gcloud's stored login (SQLite files, a folder of credential files), whatever is written there
      if (f.format === 'credential_store') {
        if (w.path === f.path || isUnder(w.path, f.path) || isUnder(f.path, w.path)) return unknown(w.path, `reads its credential store \`${f.via}\``);
        continue;
      }
      const same = f.path.includes('*') ? patternMatches(f.path, w.path) : w.path === f.path;
      if (same) {
        if (w.text === null) return unknown(w.path, `reads ${fileNamed(f.via)}`);
        if (!shownTextSafe(program, f.format, f.via, w, home, b, span)) return;
        judgedHere = true;
        continue;
      }
      if (isUnder(f.path.includes('*') ? f.path.slice(0, f.path.lastIndexOf('/')) : f.path, w.path)) return unknown(w.path, `reads ${fileNamed(f.via)} in a folder`);
    }
    if (program === 'git') {
      const m = GIT_REPO_FILE.exec(w.path);
      const repo = m?.[1] === '' ? '/' : m?.[1];
      const gitDir = routed['GIT_DIR'] !== undefined ? expandHome(routed['GIT_DIR'], home) : undefined;
      const reached = gitDir !== undefined ? gitDir !== null && (w.path === `${gitDir}/config` || w.path === `${gitDir}/config.worktree` || isUnder(w.path, `${gitDir}/modules`)) : repo !== undefined && cwd !== undefined && (cwd === repo || isUnder(cwd, repo));
      if (reached) {
        if (w.text !== null && /\/config(\.worktree)?$/.test(w.path) && !/\/modules\//.test(w.path)) {
          if (!shownTextSafe(program, 'gitconfig', 'the repository\'s', w, home, b, span)) return;
          judgedHere = true;
        } else return unknown(w.path, 'reads its repository\'s configuration');
      }
    }
    if (!judgedHere) b.writeBeforeTool(w.path);
  }
}

/**
 * A configuration file whose written text the input shows: read as the gateway reads it. A setting that runs what is
 * not judged safe, a file that includes another, or text that cannot be read is unknown; a program a safe setting runs
 * is named for the gateway to check as the agent's Unix user (D8). True when the call may go on being judged.
 */
function shownTextSafe(program: string, format: ConfigFormat, via: string, w: Written, home: string | undefined, b: FactsBuilder, span: { start: number; end: number }): boolean {
  const reading = readConfig(format, w.text ?? '');
  const says = `\`${program}\` reads ${fileNamed(via)} (\`${w.path}\`), which this input writes before the call`;
  if (!reading.ok) {
    b.opaque('tool_config_written', `${says} with text that cannot be read as its format (${reading.message})`, span);
    return false;
  }
  if (reading.includes.length > 0) {
    b.opaque('tool_config_written', `${says}, including \`${reading.includes[0]}\`, which the gate judges as it is now, not as the call will read it`, span);
    return false;
  }
  const dir = w.path.slice(0, w.path.lastIndexOf('/')) || '/';
  for (const s of reading.settings) {
    const j = judgeSetting(s, dir, home);
    if (!j.safe) {
      b.opaque('tool_config_written', `${says}, setting \`${s.key}\`, which ${j.why}`, span);
      return false;
    }
    b.finding('tool_config_written_shown', `${says}, setting \`${s.key}\`, which runs \`${j.program}\``, span);
    b.nameProgram(j.program);
  }
  return true;
}
