import type { ActionContext, Inventory, Target } from '../../core/index.ts';
import type { FactsBuilder, Span } from '../builder.ts';
import type { Node } from './bash-parser.ts';
import { isUnderTemporaryRoot, resolvePath } from '../paths.ts';
import { settingSwitchesSafeguardOff } from '../config-safeguards.ts';
import { isStartupScript, linesOf, runLaterFile, storedCommands, type StoredCommands, type StoredLanguage } from '../stored-commands.ts';
import { literalWord, type Vars, type Word } from './words.ts';

/**
 * A snapshot listing on the pipe (snapshot-retention.ts): whose snapshots, and how many of the newest it leaves out (0: none).
 * Declared here, beside the input that carries it, so that snapshot-retention.ts may read options through tools/common.ts.
 */
/** A cloud listing whose items are disposable: expired certificates, inactive keys, unused addresses, one run's own (disposable-listing.ts). */
export interface DisposableListing {
  kind: 'expired certificates' | 'inactive access keys' | 'unassociated addresses' | 'one run\'s resources' | 'log groups of deleted functions' | 'named listing' | 'untagged digests' | 'merged branches' | 'merged remote branches';
  user?: string;
  /** Merged remote branches (answer 392.5): the remote and one person's prefix a grep kept, and whether a sed stripped the remote. */
  remote?: string;
  prefix?: string;
  stripped?: boolean;
  /** The filter that selects one run's own, and the delete of the listed kind (a pattern where options may come in any order). */
  run?: string;
  deleter?: string | RegExp;
  /** A listing of ids and names that a filter (`awk`, `jq`) must narrow to one run's own before it is (disposable-listing.ts). */
  columns?: { id: number; name: number };
  json?: string;
}

/**
 * A listing of names on the pipe that `comm` may compare (orphan-log-groups.ts): Lambda's functions or their log groups,
 * the prefix that makes a function's name its group's, the `--region`/`--profile` words, and whether the names are one to
 * a line and sorted yet.
 */
export interface NameListing {
  names: 'functions' | 'log groups';
  prefix?: string;
  where: string;
  oneToALine: boolean;
  sorted: boolean;
}

export interface SnapshotListing {
  service: 'ec2' | 'rds' | 'gce' | 'ec2-image' | 'gce-image' | 'az-image' | 'zfs';
  newestFirst: boolean;
  kept: number;
  /** gcloud's `--project` on the listing, which the delete must name alike. */
  project?: string;
}

/** What a command reads on standard input: fixed text (heredoc, `echo ... |`), or output we cannot know. */
export interface Stdin {
  text: string | null;
  /** The producing command's name, for findings (`base64`, `curl`). */
  producer: string;
  /** `< FILE`: the file's name as written (null when not fixed), so the reader can bind its bytes (A12). */
  file?: string | null;
  /** `(crontab -l; echo LINE) | crontab -`: the text follows the current table, which the consumer keeps. */
  keepsCrontab?: boolean;
  /** `mdadm --detail --scan | tee -a F`: the configuration file whose lines the producer's own scan prints (403.3). */
  ownScanOf?: RegExp;
  /** `crontab -l | …`: the producer prints the current table. */
  currentCrontab?: boolean;
  /** `kubectl completion bash | tee F`: the producer prints its own completion script (completion-scripts.ts). */
  completionScript?: boolean;
  /** `crontab -l | grep -v P`, `crontab -l | sed '/P/d'`: the current table without the lines matching P. */
  crontabWithout?: string;
  /**
   * The local files a renderer builds onto the pipe (`kustomize build DIR`, `kubectl kustomize DIR`: a kustomization;
   * `istioctl kube-inject -f FILE`, `linkerd inject FILE`: a manifest with sidecars added): what reaches the reader is
   * rendered from them, so an approval binds them as `kubectl apply -k DIR` or `-f FILE` does (A12). `helm template NAME
   * ./CHART -f VALUES`: a local chart directory (`recursive`) and its values files.
   */
  rendered?: { path: string; role: 'kustomization' | 'manifest'; recursive?: boolean; values?: string[] };
  /**
   * A CLI that prints its own install or uninstall manifests from its fixed arguments alone (`linkerd install`,
   * `linkerd viz uninstall`, `istioctl manifest generate`): no local file shapes them, so there is nothing to bind.
   */
  generatedBy?: string;
  /**
   * `kubectl create configmap|secret … --from-file=F --dry-run=client -o yaml`: one object printed from these local files,
   * which a reader of the pipe binds as it binds `-f FILE` (manifest-sources.ts).
   */
  builtFrom?: string[];
  /**
   * `find ROOTS EXPR | …`: the paths on the pipe are the matches of this find expression (its fixed arguments), so
   * `| xargs rm` deletes what `find ROOTS EXPR -exec rm {} +` would.
   */
  found?: string[];
  /**
   * `redis-cli --scan --pattern P | …`, `redis-cli --raw KEYS P | …`: the items on the pipe are the keys matching P, so
   * `| xargs redis-cli DEL` deletes those keys.
   */
  keysMatching?: string;
  /**
   * `ls *.log | …`, `ls -1dt releases/* | tail -n +6 | …`: the paths on the pipe are (some of) the matches of these ls
   * operands, so `| xargs rm` deletes what `rm OPERANDS` would at most.
   */
  listed?: string[];
  /**
   * `ls -1t … | tail -n +6`: the listing was sorted newest first and the filter passes on all but the first N lines, so
   * the N newest entries are kept (N here). Release retention (the lead's round-16 decision 9).
   */
  keepsNewest?: number;
  /** `aws ec2 describe-snapshots … --query 'sort_by(…)[:-7]…' | …`: one volume's snapshots but the newest (snapshot-retention.ts). */
  snapshots?: SnapshotListing;
  /** `aws cloudwatch describe-alarms --alarm-name-prefix preview-pr-377 | …`: one preview's own names (preview-listing.ts). */
  previewListing?: PreviewListing;
  /** `aws acm list-certificates --certificate-statuses EXPIRED | …`: items a state shows unused (disposable-listing.ts). */
  disposableListing?: DisposableListing;
  /** `aws s3 ls s3://B/P/ | …`: the folders under this prefix, which `awk` may narrow to a range of runs (disposable-listing.ts). */
  objectFolders?: string;
  /** `aws lambda list-functions … | tr '\t' '\n' | sort`: names `comm` may compare (orphan-log-groups.ts). */
  nameListing?: NameListing;
  /** `pg_dump DB | …`, `mysqldump DB | …`: a logical dump, and whether it drops what it recreates (walk.ts `dumpOutput`). */
  dump?: { tool: string; drops: boolean };
  /** `lsof -ti :5432 | …`: the pids on the pipe are those of this daemon (the one on a database engine's port). */
  pidsOf?: string;
  /**
   * `kubectl get KIND -n NS --field-selector=… -o name | …`: the names on the pipe are (some of) the objects this listing
   * selects (its kind and its selecting options), so `| xargs kubectl delete` deletes what `kubectl delete KIND OPTIONS`
   * would at most. `finished`: a filter kept only finished objects (listingFilter: `grep Evicted`, a jq `select` of
   * succeeded ones); `scaledToZero` likewise from a jq `select(.spec.replicas==0)`.
   */
  kubeListed?: { kind: string; args: string[]; scaledToZero?: boolean; format?: string; finished?: boolean; finishedWithNamespace?: boolean };
  /** `kubectl get deploy checkout -n NS -o yaml`: named live objects printed whole, for a mesh injector to print back (round 27). */
  kubeObjects?: string;
  /** The secret the producer prints (`kubectl get secret … -o yaml`, `cat ~/.aws/credentials`), for readers that send it away. */
  secret?: string;
}

export interface Redirect {
  op: string;
  target: Word | null;
  span: Span;
  /** The descriptor written before the operator (`2>`, `3<>`, `{s}>`), when one is. */
  fd?: string;
}

/** What a renderer's output is bound to (Stdin's `rendered`, `generatedBy`, `builtFrom`), kept for a file it fills. */
export type RenderedOutput = Pick<Stdin, 'rendered' | 'generatedBy' | 'builtFrom'>;

/**
 * Round 42 (nxa42, the lead's answer 426.6): what a renderer on the pipe feeds into a file, its local inputs made absolute
 * (they are read where the renderer ran, not where the file is applied later), or undefined when the output is bound to
 * nothing (unseen: a later apply of the file stays unseen).
 */
export function renderedOutputOf(stdin: Stdin | null | undefined, scope: ShellScope): RenderedOutput | undefined {
  if (!stdin) return undefined;
  const abs = (p: string): string | null => (p === '-' ? null : resolvePath(p, scope));
  if (stdin.rendered !== undefined) {
    const path = abs(stdin.rendered.path);
    const values = (stdin.rendered.values ?? []).map(abs);
    if (path === null || values.some((v) => v === null)) return undefined;
    return { rendered: { ...stdin.rendered, path, values: values as string[] } };
  }
  if (stdin.generatedBy !== undefined) return { generatedBy: stdin.generatedBy };
  if (stdin.builtFrom !== undefined) {
    const files = stdin.builtFrom.map(abs);
    return files.some((f) => f === null) ? undefined : { builtFrom: files as string[] };
  }
  return undefined;
}

/** Lexical state of a script at one point: what has been assigned, aliased, defined, `cd`'d into. */
export interface ShellScope {
  vars: Vars;
  aliases: Map<string, string>;
  functions: Map<string, Node>;
  cwd: string | undefined;
  home: string | undefined;
  /**
   * Files this input writes before it runs them (`echo ... > x.sh; bash x.sh`): their text when it
   * is fixed, null when not. Shared by subshells, like the filesystem.
   */
  files: Map<string, string | null>;
  /** The workspace the agent started in: `cd` moves `cwd`, never this. */
  workspace: string | undefined;
  /** Nesting of `bash -c`, `eval`, function calls: bounded so hostile input cannot recurse forever. */
  depth: number;
  /** The Terraform workspace an earlier `terraform workspace select|new NAME` in this input chose. */
  tfWorkspace?: string;
  /**
   * Workspace folders this action's own shape shows to be build output (lower-case absolute paths): `bin` deleted
   * together with its sibling `obj` (MSBuild's output pair), a `for /r` loop over build-output names.
   */
  buildOutput?: ReadonlySet<string>;
  /**
   * The folders a `find … -name PATTERN -delete` of this `&&` list sweeps before a later command writes every file of that
   * name again (regenerated.ts `filesWrittenAgain`: answer 197's Jest and Vitest snapshots, answer 328's mockgen mocks),
   * each as its lower-case absolute path, a NUL and the pattern.
   */
  generatedSweeps?: ReadonlySet<string>;
  /**
   * Toolchain folders outside the workspace that this `&&` list unpacks again after removing them (lower-case absolute
   * paths; regenerated.ts `isUnpackedToolchain`, the lead's answer 76): `/usr/local/go` before `tar -C /usr/local -x…`.
   */
  reinstalled?: ReadonlySet<string>;
  /**
   * Snapshots this `&&` list makes and then removes itself (made-snapshots.ts ids, `lvm:VG/NAME`, `zfs:DATASET@NAME`): the
   * removal takes only what the list made.
   */
  madeSnapshots?: ReadonlySet<string>;
  /**
   * git commands of this `&&` list whose loss an earlier command of the list saved (walk.ts `markGitSaved`), by their words
   * joined with NUL: `git reset --hard` right after a full `git stash`, `git branch -D NAME` after `git push REMOTE NAME`.
   */
  gitSaved?: ReadonlySet<string>;
  /**
   * Round 34 (p34, the lead's answer 356.3): the PowerShell text shows it runs on Windows (powershell/walk.ts WINDOWS_SIGNS),
   * so `$env:TEMP` and `$env:TMP` the context does not fix read as the profile's temporary folder even bare.
   */
  windowsSigns?: boolean;
  /**
   * Steps of a cmd `&&` line whose loss the step right before saved (cmd/walk.ts `markSavedFirst`), by their words in lower
   * case joined with NUL: `reg delete KEY` or `reg import FILE` after `reg export KEY FILE`, `wsl --unregister D` after
   * `wsl --export D FILE`.
   */
  savedFirst?: ReadonlySet<string>;
  /**
   * Files this command runs only when they do not exist (absolute paths): the right side of `test -f F || …`,
   * `[ -e F ] || …`. Writing one creates it; there is nothing to overwrite.
   */
  absent?: ReadonlySet<string>;
  /**
   * Files an earlier command of this input copied whole to a backup name beside them (`cp -a /etc/fstab
   * /etc/fstab.$(date +%F)`, filesystem.ts copy_backup): a later in-place edit of one keeps its old text there, as `sed
   * -i.bak` does (round 38, sh38).
   */
  backedUp?: ReadonlySet<string>;
  /**
   * Of `absent`, the files only a guard (`test -f F || …`) shows absent, none kept aside by this input (`mv F F.bak`): what
   * a copy or link puts there is still text the input does not show (the lead's answer 246).
   */
  absentByGuard?: ReadonlySet<string>;
  /**
   * Files this command runs only when no process uses them (absolute paths): the right side of `fuser F || …`, which
   * fuser(1) reaches only when it found no process accessing F (the lead's answer 343.1: a package manager's lock file).
   */
  unheld?: ReadonlySet<string>;
  /**
   * The text of a `PATH=…` this input set (`export PATH=…`, `PATH=…;`) that puts a folder outside the
   * system's program folders on the search path: from then on a bare program name may be a file the
   * agent wrote there, not the tool the name says.
   */
  searchPath?: string;
  /**
   * PowerShell hashtables this input assigned from a literal (`$p = @{ Path = 'x'; Force = $true }`), by lower-case
   * variable name, for splatting (`Remove-Item @p`): each key with its value (null when not fixed in the input), or
   * the switch state of a `$true`/`$false` value.
   */
  splats?: Map<string, ReadonlyArray<{ key: string; value: string | null; switch?: boolean }>>;
  /** Security workflows an earlier `git rm` of this input removed (repository paths): a later push publishes the removal. */
  removedSecurityWorkflows?: Set<string>;
  /**
   * Plain credential files (a dotenv file, a private key, a credentials file, a kubeconfig) an earlier `git add` of this
   * input staged, and those a `git commit` after it took into a commit: a later push sends them off the machine.
   */
  secretsStaged?: Set<string>;
  secretsCommitted?: Set<string>;
  /**
   * The folder the leading `cd` of the `&&` list being walked moved to (absolute): the list's later commands run there or
   * not at all, since a failed `cd` stops them (the lead's answer 222). Unset after `;`, where they would run where the
   * session was.
   */
  guardedCwd?: string;
  /** Files an earlier command of this input wrote a secret into (secret-sources.ts `secretFileWritten`), absolute, with what they hold. */
  secretsExported?: Map<string, string>;
  /** Names `hash -p FILE NAME` bound to a file: NAME runs FILE from then on. */
  hashed?: ReadonlyMap<string, string>;
  /** Loop variables that hold the items of a state listing (`for arn in $(aws acm list-certificates … EXPIRED …)`), in its body. */
  listedBy?: ReadonlyMap<string, DisposableListing>;
  /**
   * Round 26 (k26s): files this input wrote whole (a redirect `>`, `curl -o`, `cp`; not an append, which keeps what was
   * there), absolute: what they hold from then on is this input's own, and the write itself was judged by its path.
   */
  replacedFiles?: Set<string>;
  /** D8 round 16: what this input made with `mkdir`, `mktemp`, `touch` (absolute): empty, no configuration nor plugin. */
  madeFolders?: Set<string>;
  /**
   * Devices and mount points this input mounted (`mount /dev/sdb1 /mnt/data`: both; `mount -a`: `*`, every fstab entry) or
   * unmounted since (`umount` of either), with the other side of the pair: what the lead's answer 276 reads as a filesystem
   * the line shows mounted, or unmounted, when `fsck` repairs it (filesystem.ts `fsckRepairsMounted`).
   */
  mounts?: Map<string, { state: 'mounted' | 'unmounted'; other?: string }>;
  /**
   * D8 round 16: files this input filled with a tool's own printing of the configuration it reads (`kubectl config view
   * --raw > "$KC"`): what they hold comes from files the gateway judges for that call itself (written-config.ts).
   */
  printedConfigs?: Set<string>;
  /**
   * D8 round 17: folders `git clone` made (absolute): files from the network, but a repository whose git files git
   * wrote itself (a server sets no configuration or hook of a clone): git's own calls there read nothing unseen.
   */
  clonedFolders?: Set<string>;
  /**
   * Round 44 (nx44; the lead's answer 454.4): an earlier `git annex numcopies N` on this line set N to 1 or less, so a later
   * `drop --from REMOTE` checks against the lowered count (git.ts).
   */
  annexNumcopiesLowered?: boolean;
  /**
   * D8 round 18: writes whose destination this input does not fix (`cp x "$D/f"`, `git clone URL "$D"`, `> "$(…)"`), as
   * shown: a later call of a tool that reads configuration may read any of them (written-config.ts).
   */
  dynamicWrites?: Set<string>;
  /** D8 round 16: files this input edited in place (`sed -i`, `perl -pi`): what they hold after is not the text shown. */
  editedFiles?: Set<string>;
  /** D8 round 16: files this input filled with a copy of one file (`cp SRC DEST`, `mv`), by destination: the source. */
  copiedFrom?: Map<string, string>;
  /**
   * Round 30 (k30): what a `mv` of one path landed (absolute) and where it came from: the landed path holds the moved
   * content, so a later delete of it loses what the source held (`mv data/raw data/raw_old && rm -rf data/raw_old`).
   */
  movedFrom?: Map<string, string>;
  /**
   * Round 42 (nxa42, the lead's answer 426.6): files this input filled whole with a renderer's output (`helm template ./chart
   * -f v.yaml > out.yaml`, `kustomize build DIR > x.yaml`, `… | tee out.yaml`), absolute, with what that output is bound to
   * (its local inputs, absolute): a later `kubectl apply -f out.yaml` binds them as `… | kubectl apply -f -` does. Any other
   * write of the file takes it out (noteWrite).
   */
  renderedFiles?: Map<string, RenderedOutput>;
  /** Round 39 (atk39): symbolic links this input made (PathScope `links`, filesystem.ts `noteLinks`). */
  links?: Map<string, string | null>;
}

export interface ShellEnv {
  ctx: ActionContext;
  inventory: Inventory;
  b: FactsBuilder;
  /** The whole artifact, for spans. */
  source: string;
  /** Work done so far: a hard cap keeps classification bounded for pathological input. */
  steps: number;
  /**
   * Programs read as if the classifier did not know them (ClassifierOptions `unseenTools`): only the leave-one-tool-out
   * evaluation sets it (scripts/unseen-tools.ts); unset, every program is read by what the classifier knows of it.
   */
  unseenTools?: ReadonlySet<string>;
  /** Stops that a later command of the same line starts again (walk.ts `markRestarts`), by parse tree and position in it. */
  restarted?: WeakMap<object, Set<number>>;
  /**
   * PowerShell commands that lose nothing, by parse tree and position, with the finding that says why: a discard an earlier
   * step saved (powershell/walk.ts `markSavedFirst`), Windows Update's folder renamed aside in a restart (`markUpdateCacheReset`).
   */
  keptAside?: WeakMap<object, Map<number, 'saved_first' | 'update_cache_renamed'>>;
  /**
   * Apache site switches an earlier step of the input made (`a2dissite shop`: dispatch.ts
   * `apacheSiteSwitches`) that take a site out of service when a reload applies them.
   */
  apacheSitesOff?: string[];
  /**
   * The hosts a remote wrapper (`ssh HOST CMD`) runs CMD on, while it runs it (round 41, atk41; shell/tools/common.ts
   * `withRemotePlace`): only these lend
   * their tier to a tool inside CMD that names no place of its own (service-catalogue.ts, round 37's idm37 reading); a
   * sibling command's target (`kubectl --context dev get pods; bitcoin-cli sendtoaddress …`) lends none.
   */
  remotePlaces?: Set<Target>;
  /** Paths whose quarantine an earlier `xattr -d com.apple.quarantine` of the input removed (wrappers.ts `downloadedCodeRun`). */
  quarantineOff?: string[];
  /**
   * Redirects tree-sitter-bash hangs on a whole `&&`/`||` list or pipeline, handed to the simple command bash gives them
   * to (the last one): the command at `at` in `tree` takes them as its own (walk.ts `visitRedirected`).
   */
  handOff?: HandOff;
}

export interface HandOff {
  tree: object;
  at: number;
  redirects: Redirect[];
  trailing: object[];
  /** The statement's heredoc, the command's input when it is a bare `cat`. */
  doc: Stdin | null;
  /** Set when the command took them (else its list judges the redirects on their own). */
  taken?: boolean;
}

/** One simple command after wrappers are peeled, as analysers see it. */
export interface Invocation {
  /** Basename of the command (`/usr/bin/rm` -> `rm`). */
  name: string;
  /** Everything after the command name. */
  args: Word[];
  redirects: Redirect[];
  stdin: Stdin | null;
  /** `NAME=value` prefixes and `env NAME=value`. */
  assignments: Map<string, string | null>;
  /**
   * The text of `PATH=…` set for this command alone (prefix or `env PATH=…`). One holder shared by the
   * copies analysers make of an invocation, so a wrapper's `env PATH=…` reaches the command it runs.
   */
  search?: { path?: string };
  /** Set for PowerShell and cmd commands: their paths may separate folders with `\`. */
  windowsDialect?: 'powershell' | 'cmd';
  span: Span;
  scope: ShellScope;
  env: ShellEnv;
  /** Classifies shell source as if run here (bash -c, eval, ssh host CMD). */
  /** Judges shell source this command runs (`cwd`: where it runs, when not here: a command stored in a file). */
  /** Judges `source` as run here (in `cwd` when given), in bash unless `language` says PowerShell (a stored profile). */
  runSource: (source: string, stdin: Stdin | null, why: string, cwd?: string, language?: StoredLanguage) => void;
  /** Classifies another argv in this context (wrappers: sudo, xargs, find -exec). */
  dispatch: (argv: Word[], stdin: Stdin | null) => void;
  /**
   * D8: this argv was handed to a program (`env`, `xargs`, `find -exec`) or to bash's `exec`, which start a file found
   * on PATH: a builtin's name (`echo`, `cd`) is then no builtin, and the file of that name is judged as any program's.
   */
  startedByProgram?: boolean;
  /** Windows dialects: the command word as written (`name` is its lower-cased base name, `.exe` dropped). */
  spelled?: string;
}

/**
 * D8: records a program named by a path (`key`: absolute, `?` and the text where it lives is not fixed, or a bare
 * name found on the session's PATH) and says whether the OS facts of this decision (`Inventory.changeablePrograms`)
 * make it the agent's own.
 */
export function programOfAgent(base: Invocation, key: string, written: string): boolean {
  const k = base.env.b.nameProgram(key);
  if (!base.env.inventory.changeablePrograms?.includes(k)) return false;
  base.env.b.finding('program_changeable', `\`${written}\` is a file the agent's own Unix user can change: it runs as a program of the agent's own, not as the tool its name says`, base.span);
  return true;
}

/** The static values of words, or null if any is dynamic. */
export function staticValues(words: Word[]): string[] | null {
  const out: string[] = [];
  for (const w of words) {
    if (w.value === null) return null;
    out.push(w.value);
  }
  return out;
}

/** A word's value, or a placeholder that shows it is dynamic. */
export function shown(w: Word): string {
  return w.value ?? w.text;
}

/** Remembers that `path` now holds `text` (null: something we cannot see). */
export function noteWrite(scope: ShellScope, path: string | null, text: string | null, append = false, shownAs?: string): void {
  const abs = path === null ? null : resolvePath(path, scope);
  if (abs === null) {
    (scope.dynamicWrites ??= new Set()).add(path ?? shownAs ?? 'a path');
    return;
  }
  if (append) scope.replacedFiles?.delete(abs);
  else (scope.replacedFiles ??= new Set()).add(abs);
  const before = scope.files.get(abs);
  // Written only when absent (`[ -f F ] || cat > F`): a file that was there keeps what it held, which is not shown.
  const fixed = scope.absent?.has(abs) === true ? null : text;
  scope.files.set(abs, append && before !== undefined ? (before === null || fixed === null ? null : before + fixed) : fixed);
  scope.printedConfigs?.delete(abs);
  scope.renderedFiles?.delete(abs);
  // D8 round 17: a folder made empty, then written (`mkdir -p D && wget -P D …`), is no longer empty
  scope.madeFolders?.delete(abs);
  scope.editedFiles?.delete(abs);
  scope.copiedFrom?.delete(abs);
  scope.movedFrom?.delete(abs);
}

/** What this input wrote to `path` earlier: text, null (unknown content), undefined (not written here). */
/** The folder an earlier `git config core.hooksPath DIR` (or `git -c`) in this input made git's hooks folder. */
export const HOOKS_PATH_VAR = 'git core.hookspath';

/**
 * A write of `text` to `path`: remembered (noteWrite), and when the file is one something runs later (a start-up file,
 * a crontab, a git hook, a makefile: stored-commands.ts) the commands it stores are judged as this command's own.
 */
export function storeWrite(inv: Pick<Invocation, 'scope' | 'runSource' | 'env'>, path: string | null, text: string | null, append = false, shownAs?: string): void {
  noteWrite(inv.scope, path, text, append, shownAs);
  const abs = path === null ? null : resolvePath(path, inv.scope);
  if (abs === null) return;
  if (text === null) {
    if (append) unseenStartupLines(inv, abs);
    return;
  }
  const hooks = inv.scope.vars.get(HOOKS_PATH_VAR);
  const weakened = isUnderTemporaryRoot(abs) ? undefined : settingSwitchesSafeguardOff(abs, text);
  if (weakened) inv.env.b.verb('write').destroy('config_safeguard_off', `writes \`${abs}\`, which ${weakened.what}`);
  const stored = storedCommands(abs, text, inv.scope.home) ?? (hooks && abs.slice(0, abs.lastIndexOf('/')) === hooks ? { lines: linesOf('script', text), cwd: inv.scope.cwd, what: 'a git hook (`core.hooksPath` points at its folder)', language: 'bash' as const, unread: null } : null);
  if (stored !== null) judgeStored(inv, abs, stored);
}

/**
 * SECURITY: `curl URL >> ~/.bashrc`, `irm URL >> $PROFILE`: lines no one can read in the input, appended to a start-up
 * script, run at every shell start as the agent's own commands: not known. (An overwrite of one is judged by its path.)
 */
export function unseenStartupLines(inv: Pick<Invocation, 'env'>, abs: string): void {
  if (isStartupScript(abs)) inv.env.b.opaque('startup_lines_unseen', `appends lines that are not known to \`${abs}\`, ${runLaterFile(abs)!.what} that runs them at every start`);
}

/** The commands `abs` stores, judged as this command's own; those it cannot judge (`unread`) make it unknown. */
export function judgeStored(inv: Pick<Invocation, 'runSource' | 'env'>, abs: string, stored: StoredCommands, span?: Span): void {
  if (stored.unread) inv.env.b.opaque(stored.unread.code, `\`${abs}\`, ${stored.what}, ${stored.unread.why}`, span);
  if (stored.hook) inv.env.b.verb('write').destroy(stored.hook.code, `\`${abs}\`, ${stored.what}: ${stored.hook.why}`, span);
  for (const line of stored.lines) inv.runSource(line, null, `\`${abs}\`, ${stored.what}, stores a command run later`, stored.cwd, stored.language);
}

export function writtenContent(scope: ShellScope, path: string): string | null | undefined {
  const abs = resolvePath(path, scope);
  return abs === null ? undefined : scope.files.get(abs);
}

/**
 * The fixed text this input wrote to `path` (a heredoc to `/tmp/check.sql`) and left as written: a reader of the file
 * runs that text, which is part of the action. Undefined when the file was not written here, its text is not fixed, or
 * it was edited in place after (`sed -i`).
 */
export function fixedWrittenText(scope: ShellScope, path: string | null | undefined): string | undefined {
  const abs = path === null || path === undefined ? null : resolvePath(path, scope);
  if (abs === null || scope.editedFiles?.has(abs)) return undefined;
  return scope.files.get(abs) ?? undefined;
}

/** Words from a plain string, for wrappers that split strings (`env -S`, `watch`). */
export function splitWords(text: string, at: { start: number; end: number }): Word[] {
  return text.split(/\s+/).filter(Boolean).map((t) => literalWord(t, at.start, at.end));
}

/** Working directory after `cd ARG`, for later relative paths; unknown when the argument is. */
export function changeDirectory(scope: ShellScope, arg: Word | undefined): void {
  if (!arg) scope.cwd = scope.home;
  // A folder entered through a link this input made is its target (`ln -s /srv/data /tmp/w && cd /tmp/w`: round 39, atk39).
  else scope.cwd = arg.value === null || arg.value === '-' ? undefined : (resolvePath(scope.links?.size ? `${arg.value.replace(/\/+$/, '')}/` : arg.value, scope) ?? undefined);
  // `cd` sets PWD (POSIX cd, step 10): `cd ~ && rm -f "$PWD/.ssh/id_rsa"` is in home, not in the workspace.
  scope.vars.set('PWD', scope.cwd ?? null);
}

/** A cloud listing narrowed to one pull request's preview or CI run's own names by a prefix (preview-listing.ts). */
export interface PreviewListing {
  kind: 'alarms' | 'log groups' | 'parameters';
  prefix: string;
}
