import type { InputRole, MatcherKind, Target, TargetKind, Verb } from '../../../core/index.ts';
import { homeOwnerOf, resolvePath } from '../../paths.ts';
import { ENV_NAMING_VARIABLE, heuristicEnvironment, resolveEnvironment, type EnvClue } from '../../environment.ts';
import type { Invocation, RenderedOutput } from '../invocation.ts';
import type { Word } from '../words.ts';
import { isLocalDatabaseHost } from '../../test-data.ts';

/**
 * Option handling shared by the tool analysers. Options are read the way the tools document them:
 * `--name value`, `--name=value`, `-n value`, `-nvalue`, and bundled short flags (`-rf`).
 */

/**
 * True when any of `names` is switched on at the end of the line's options: `--force`, `-f`, or a short flag inside a
 * bundle like `-rf`. The last word of the switch counts, as every option parser reads a switch given twice: a long option
 * given an off value (`--prune=false`, `--dry-run=none`, as Go's flag parsers and kubectl's `--dry-run` read it:
 * switchedOff) or its `--no-` form (`--no-dry-run`, git's and getopt's negation) after it switches it off again. Round 39
 * (atk39): the first word was read, so `--dry-run … --dry-run=none` or `--dry-run --no-dry-run` excused a line that runs.
 * Parsers of plain switches refuse a value or an unknown `--no-` form, so the line runs nothing either way.
 */
export function hasFlag(args: Word[], ...names: string[]): boolean {
  return lastSwitch(args, names, true);
}

/**
 * A value that switches a long option off: `false` for every switch (Go's flag parsers), and for a preview switch the
 * other off forms too (`--dry-run=none`: kubectl, helm; `0`, `f`, `no`, `off`). Not those for other options, where such a
 * word may be the option's value (`--offset=0`, `--visibility=none`), present all the same.
 */
function switchedOff(name: string, value: string): boolean {
  return /^false$/i.test(value) || (/dry/i.test(name) && /^(none|0|f|no|off)$/i.test(value));
}

/** What the last-value readers need of an argument: its value, null where not fixed (a Word, or a catalogue's `args`). */
export type ArgValue = { readonly value: string | null };

/**
 * Whether the switch `names` is on after the last of its words (hasFlag). `bundles`: a one-letter name counts inside a
 * bundle of short options (`-nv`), as getopt reads them. A word option (`--prune`, and Go's single-dash `-off`) given a
 * value is on or off by it (`-off=false`: Go's flag package reads `-name=value` for one dash as for two).
 */
export function lastSwitch(args: readonly ArgValue[], names: readonly string[], bundles: boolean): boolean {
  let on = false;
  for (const a of args) {
    const v = a.value;
    if (v === null) continue;
    if (v === '--') break;
    for (const n of names) {
      if (v === n) on = true;
      else if ((n.startsWith('--') || n.length > 2) && v.startsWith(`${n}=`)) on = !switchedOff(n, v.slice(n.length + 1));
      else if (n.startsWith('--') && v === `--no-${n.slice(2)}`) on = false;
      else if (bundles && n.length === 2 && n[0] === '-' && n[1] !== '-' && /^-[A-Za-z0-9]+$/.test(v) && v.includes(n[1]!)) on = true;
      else continue;
      break;
    }
  }
  return on;
}

/**
 * Splits getopt bundles of short options (`psql -tAc SQL`, `mysql -BNe SQL`, `mysql -uroot`) into one word per
 * option, so that `-c`/`-e` and their values are found like any other. `booleans` take no value; `valued` take
 * the rest of the word or the next word; `optional` (mysql's `-p`) takes only a glued value. A bundle with a
 * letter in neither list is left as it is (it is not this tool's bundle).
 */
export function expandShortBundles(args: Word[], booleans: string, valued: string, optional = ''): Word[] {
  const out: Word[] = [];
  for (const [i, a] of args.entries()) {
    const v = a.value;
    if (v === '--') return [...out, ...args.slice(i)];
    // A bundle starts with an option letter; what follows may be a glued value of any characters (`nc -e/bin/sh`).
    if (v === null || !/^-[A-Za-z0-9]./s.test(v)) {
      out.push(a);
      continue;
    }
    const parts: string[] = [];
    let ok = true;
    for (let j = 1; j < v.length; j++) {
      const ch = v[j]!;
      if (booleans.includes(ch)) parts.push(`-${ch}`);
      else if (valued.includes(ch)) {
        parts.push(`-${ch}`);
        if (j + 1 < v.length) parts.push(v.slice(j + 1));
        break;
      } else if (optional.includes(ch)) {
        parts.push(`-${v.slice(j)}`);
        break;
      } else {
        ok = false;
        break;
      }
    }
    if (!ok || parts.length < 2) out.push(a);
    else for (const p of parts) out.push({ ...a, text: p, value: p });
  }
  return out;
}

/**
 * A server given only by a variable (`psql "$PROD_DATABASE_URL"`, `mysql -h "$STAGING_DB_HOST"`): the value is unknown here,
 * but the name is written in the action and can name the tier, so it stands for the server as `variable:NAME` (a host
 * a reviewer sees, read by the environment heuristics when the SQL is judged, not after). Undefined for any other word.
 */
export function serverVariable(word: Word | undefined): string | undefined {
  if (word === undefined || word.value !== null) return undefined;
  const m = /^"?\$\{?([A-Za-z_]\w*)\}?"?$/.exec(word.text);
  return m ? `variable:${m[1]}` : undefined;
}

/**
 * The value of an option (`--name v`, `--name=v`, `-n v`, `-nv`); null if dynamic, undefined if absent. Given more than
 * once, the last one counts, as getopt's, pflag's, argparse's and click's parsers store it (`kubectl delete deploy api -n
 * test --namespace production` acts in production; `psql -h localhost … -h prod-db` connects to prod-db): round 39 (atk39)
 * found the first one read, so a dev word given first excused what the later one aimed elsewhere. The option is the name
 * found first with its other spellings (a short name and a long one: `-n`, `--namespace`); two long names asked together
 * are alternatives (`--name`, `--cluster`), and the first found answers, as before.
 */
export function optionValue(args: readonly ArgValue[], ...names: string[]): string | null | undefined {
  let found: string | null | undefined;
  let spellings: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) continue;
    if (v === '--') break;
    for (const n of names) {
      let value: string | null | undefined;
      let consumed = 0;
      if (v === n) {
        value = args[i + 1] ? args[i + 1]!.value : undefined;
        consumed = 1;
      } else if (v.startsWith(`${n}=`)) value = v.slice(n.length + 1);
      else if (n.length === 2 && !n.startsWith('--') && v.startsWith(n) && v.length > 2 && !v.startsWith('--')) value = v.slice(2);
      else continue;
      spellings ??= names.filter((m) => m === n || m.startsWith('--') !== n.startsWith('--'));
      if (spellings.includes(n)) {
        found = value;
        i += consumed;
      }
      break;
    }
  }
  return found;
}

/** The words that follow each of `names` (a repeatable option's values as words, glued `--name=value` too). */
export function optionWords(args: Word[], ...names: string[]): Word[] {
  const out: Word[] = [];
  for (const [i, a] of args.entries()) {
    if (a.value !== null && names.includes(a.value) && args[i + 1]) out.push(args[i + 1]!);
    else for (const n of names) if (n.startsWith('--') && a.value?.startsWith(`${n}=`)) out.push({ ...a, text: a.text.slice(n.length + 1), value: a.value.slice(n.length + 1) });
    if (a.value === null && names.some((n) => n.startsWith('--') && a.text.startsWith(`${n}=`))) out.push({ ...a, value: null });
  }
  return out;
}

/** Every value of a repeatable option. */
export function optionValues(args: Word[], ...names: string[]): Array<string | null> {
  const out: Array<string | null> = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) continue;
    for (const n of names) {
      if (v === n && args[i + 1]) out.push(args[i + 1]!.value);
      else if (v.startsWith(`${n}=`)) out.push(v.slice(n.length + 1));
      // getopt and pflag: a short option that takes a value takes the rest of its word (`-fdeploy.yaml`, `-n=x` aside).
      else if (/^-[A-Za-z0-9]$/.test(n) && v.length > 2 && v.startsWith(n) && v[2] !== '=') out.push(v.slice(2));
    }
  }
  return out;
}

/**
 * Positional arguments, skipping options and the values of options in `valued`. A dynamic word is
 * kept (it may be a path) unless it directly follows a valued option.
 */
export function positionals(args: Word[], valued: ReadonlySet<string> = new Set()): Word[] {
  const out: Word[] = [];
  let rest = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const v = a.value;
    if (rest || v === null) {
      out.push(a);
      continue;
    }
    if (v === '--') {
      rest = true;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      if (!v.includes('=') && valued.has(v)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

export function span(inv: Invocation): { start: number; end: number } {
  return inv.span;
}

/** A target with its environment resolved from clues (inventory first, then name heuristics). */
export function envTarget(inv: Invocation, kind: TargetKind, id: string, clues: EnvClue[], verbs?: Verb[]): Target {
  const t: Target = { kind, id, environment: resolveEnvironment(inv.env.inventory, clues), home: false };
  if (verbs) t.verbs = verbs;
  return t;
}

/**
 * The lead's answers 72 and 174: a benign reading by the name of what is deleted (scratch, test, CI, a run's, a pull
 * request's preview) refuses when any argument names production (`--context prod`, `--project acme-prod`, `--org
 * production`) or cannot be read: the name says what the resource was made for, not where it lives. With `staging`, an
 * argument naming staging refuses too (the rules whose answers say so: 64, 72's machines).
 */
export function argumentNamesLiveTier(args: readonly Word[], staging = false): boolean {
  return args.some((a) => isLiveTier(a.value === null ? 'production' : wordTier(optionTierText(a.value)), staging));
}

/**
 * The tier a word names for the refusals (the lead's answer 215): a folder of a path or URL that names staging
 * (`gs://lake/_staging/run-8812/`, `/srv/staging/cache`) names staging but refuses nothing new, so only production is
 * read from folders; a URL's host or bucket, and any other word, are read whole.
 */
function wordTier(word: string): string | null {
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)(\/.*)?$/i.exec(word);
  const folders = url ? (url[2] ?? '') : word.startsWith('/') ? word : null;
  if (folders === null) return heuristicEnvironment(word);
  if (heuristicEnvironment(folders) === 'production') return 'production';
  return url ? heuristicEnvironment(url[1]!) : null;
}

/**
 * What of a word can name a tier (the lead's answer 215): an option's value, not its name. `--stage-name=pr-12` is read
 * `pr-12`, `--stage-name` nothing (a name of an option is not staging); a flag that is itself a tier word (`--prod`,
 * `--production`, `--staging`) still names it. Operands are read whole.
 */
const TIER_FLAG = /^--?(prod|production|staging)$/;
export function optionTierText(word: string): string {
  if (!word.startsWith('-') || word === '-' || TIER_FLAG.test(word)) return word;
  const eq = word.indexOf('=');
  return eq < 0 ? '' : word.slice(eq + 1);
}

/**
 * Where the session points a Kubernetes or AWS CLI when the command gives no `--context`/`--kube-context` or
 * `--profile`/`AWS_PROFILE` of its own: the context's kube context or AWS profile. Undefined otherwise.
 */
const KUBE_CONTEXT_TOOLS = /^(kubectl|oc|k|kubecolor|helm|helmfile)$/;
function sessionDefaultTarget(inv: Invocation): string | undefined {
  const name = inv.name.replace(/^.*\//, '');
  if (KUBE_CONTEXT_TOOLS.test(name)) return inv.args.some((a) => /^--(kube-?)?context(=|$)/.test(a.value ?? '')) ? undefined : inv.env.ctx.kubeContext;
  if (name === 'aws') return inv.args.some((a) => /^--profile(=|$)/.test(a.value ?? '')) || envVar(inv, 'AWS_PROFILE') !== undefined ? undefined : inv.env.ctx.awsProfile;
  return undefined;
}

/** Production, or staging when the rule refuses staging too. */
function isLiveTier(tier: string | null | undefined, staging: boolean): boolean {
  return tier === 'production' || (staging && tier === 'staging');
}

/**
 * argumentNamesLiveTier over the arguments and the variables that pick where a command acts (ENV_NAMING_VARIABLE:
 * `KUBECONFIG=~/.kube/prod kubectl delete ns pr-77`, `export AWS_PROFILE=prod` earlier in the script): the lead's answer 174
 * said "any argument"; a variable given on the line or set before is one (round 25, the lead's attack).
 */
export function invocationNamesLiveTier(inv: Invocation, staging = false, given: { args?: readonly Word[]; variables?: readonly string[] } = {}): boolean {
  if (argumentNamesLiveTier(given.args ?? inv.args, staging)) return true;
  // The session's own default where the command names none (answer 72, round 29): the kube context for the Kubernetes
  // CLIs, the AWS profile for the AWS CLI, as `--context prod` and `--profile prod` on the line would say.
  const session = sessionDefaultTarget(inv);
  if (session !== undefined && isLiveTier(heuristicEnvironment(session), staging)) return true;
  // The variables that pick where a command acts (ENV_NAMING_VARIABLE), and a tool's own (service-catalogue.ts `whereEnv`:
  // `CONSUL_HTTP_ADDR`, `JENKINS_URL`): one set, read once (round 26 mend). A value not fixed may name production.
  const names = new Set([...[...inv.assignments.keys(), ...inv.scope.vars.keys()].filter((n) => ENV_NAMING_VARIABLE.test(n)), ...(given.variables ?? [])]);
  return [...names].some((n) => {
    const v = envVar(inv, n);
    return v === null || (v !== undefined && isLiveTier(heuristicEnvironment(v), staging));
  });
}

export function clue(kind: MatcherKind, value: string | null | undefined): EnvClue {
  return { kind, value };
}

/**
 * Where a dotenv wrapper (`dotenv -e FILE -- CMD`, dotenv-cli) records the files it loads into the command's environment:
 * a key no variable can have, in the invocation's assignments (shared with the commands it runs, as sudo's `VAR=value`
 * are), the files joined by a newline, null when one is not fixed. Read by the test-environment reading of a reset (data.ts).
 */
export const DOTENV_FILES = ' dotenv -e';

/**
 * Round 41 (atk41): `place` is where the command `run` hands on runs (`ssh HOST CMD`, a fan-out's hosts, `ddev drush …`'s
 * container): a target, and while `run` runs, a place that lends its tier to a tool inside that names none of its own
 * (service-catalogue.ts, round 37's idm37 reading). Siblings before or after (`kubectl --context dev get pods; …`) lend none.
 */
export function withRemotePlace<T>(inv: Invocation, places: readonly Target[], run: () => T): T {
  for (const p of places) inv.env.b.target(p);
  const before = inv.env.remotePlaces;
  inv.env.remotePlaces = new Set([...(before ?? []), ...places]);
  try {
    return run();
  } finally {
    inv.env.remotePlaces = before;
  }
}

/** The assignment an invocation sees for NAME: a prefix (`X=1 cmd`) or the script's own variable. */
export function envVar(inv: Invocation, name: string): string | null | undefined {
  if (inv.assignments.has(name)) return inv.assignments.get(name);
  return inv.scope.vars.get(name);
}

/**
 * A12: names a local file the command takes as input, so the gateway binds its bytes. A URL cannot
 * be read in advance: what it serves at run time is not what anyone approved, so it is opaque.
 */
export function inputFile(inv: Invocation, path: string | null | undefined, role: InputRole, recursive = false): void {
  if (path === undefined) return;
  // `-f -` with a heredoc or fixed text piped in: the content is part of the command, already bound.
  if (path === '-' && inv.stdin?.text != null) return;
  // `kustomize build DIR | kubectl apply -f -`: the manifests are the kustomization's, bound as `apply -k DIR` binds them;
  // `istioctl kube-inject -f FILE | …` binds FILE.
  if (path === '-' && inv.stdin && bindRenderedOutput(inv, inv.stdin, role)) return;
  // Round 42 (nxa42, the lead's answer 426.6): a file this input filled with a renderer's output (`helm template ./chart >
  // out.yaml && kubectl apply -f out.yaml`) carries the render's inputs, as the pipe does: bound the same way.
  const writtenAt = path === null || path === '-' ? null : resolvePath(path, inv.scope);
  const rendered = role === 'manifest' && writtenAt !== null && !inv.scope.editedFiles?.has(writtenAt) ? inv.scope.renderedFiles?.get(writtenAt) : undefined;
  if (rendered !== undefined && bindRenderedOutput(inv, rendered, role)) return;
  if (path !== null && /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    inv.env.b.opaque('input_remote', `the ${role} \`${path}\` is fetched when the command runs, so no one can approve its content in advance`, inv.span);
    return;
  }
  // Round 41 (nv41; navi-cheats' `kubectl get ns N -o json | jq '.spec.finalizers=[]' > ns.json | kubectl apply -f
  // ns.json`): a manifest this same input wrote earlier from output it does not show is not the file on disk when the
  // action is approved, so an approval cannot bind what is applied (A12): unseen, as `-f -` from such a command is.
  const abs = path === null ? null : resolvePath(path, inv.scope);
  if (role === 'manifest' && abs !== null && inv.scope.files.get(abs) === null) {
    inv.env.b.opaque('input_written_unseen', `the ${role} \`${path}\` is written earlier in this input from output Portcullis cannot see, so an approval could not bind its content`, inv.span);
    return;
  }
  inv.env.b.input(path, abs, role, inv.span, recursive);
}

/**
 * What a renderer's output is bound to (the pipe's, or a file's it filled: ShellScope `renderedFiles`): `kustomize build DIR
 * | kubectl apply -f -` binds the kustomization as `apply -k DIR` does, `istioctl kube-inject -f FILE | …` binds FILE;
 * `kubectl create secret generic S --from-env-file=E --dry-run=client -o yaml | kubectl apply -f -` binds the files kubectl
 * prints one object from; `linkerd install | kubectl apply -f -` is the CLI's own manifests, fixed by the command line, with
 * no file to bind. False when the output is bound to nothing.
 */
function bindRenderedOutput(inv: Invocation, out: RenderedOutput, role: InputRole): boolean {
  if (out.rendered !== undefined) {
    inputFile(inv, out.rendered.path, out.rendered.role, out.rendered.role === 'kustomization' || out.rendered.recursive === true);
    for (const v of out.rendered.values ?? []) inputFile(inv, v, 'values');
    return true;
  }
  if (out.builtFrom !== undefined) {
    for (const f of out.builtFrom) inputFile(inv, f, 'file_arg');
    return true;
  }
  if (out.generatedBy !== undefined) {
    inv.env.b.finding('manifests_generated', `the ${role} is what \`${out.generatedBy}\` prints from its own arguments`, inv.span);
    return true;
  }
  return false;
}

/** How a tool takes its options: which short letters and long names consume a value (its documented synopsis). */
export interface OptionSpec {
  /** Short options that take a value, as letters: `'bB'` makes `-bfeature` and `-b feature` a value of `-b`. */
  short?: string;
  /** Long options that take a value as the next word when not written `--name=value`. */
  long?: readonly string[];
}

export interface ParsedOptions {
  /** Every option seen, spelled `-x` or `--name`, bundles split (`-qf` gives `-q` and `-f`). */
  flags: Set<string>;
  /** Values of valued options, by spelling (`-b`, `--source`); null when dynamic. */
  values: Map<string, Array<string | null>>;
  /** Operands in order, including everything after `--`. */
  operands: Word[];
  /** True when `--` was given (every later word is an operand). */
  dashDash: boolean;
  /** Operands after `--` only. */
  afterDashDash: Word[];
}

/**
 * Reads argv the way getopt_long does for a tool whose valued options are in `spec`: a bundle
 * (`-qbfeature`) is split letter by letter until a letter takes a value, which is then the rest of
 * the bundle or the next word; `--name=value` and `--name value`; `--` ends options. A dynamic word
 * is an operand (it might be one).
 */
export function parseOptions(args: Word[], spec: OptionSpec): ParsedOptions {
  const out: ParsedOptions = { flags: new Set(), values: new Map(), operands: [], dashDash: false, afterDashDash: [] };
  const short = spec.short ?? '';
  const long = new Set(spec.long ?? []);
  const put = (name: string, value: string | null) => out.values.set(name, [...(out.values.get(name) ?? []), value]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const v = a.value;
    if (out.dashDash) {
      out.operands.push(a);
      out.afterDashDash.push(a);
      continue;
    }
    if (v === null || v === '-' || !v.startsWith('-')) {
      out.operands.push(a);
      continue;
    }
    if (v === '--') {
      out.dashDash = true;
      continue;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq === -1 ? v : v.slice(0, eq);
      out.flags.add(name);
      if (eq !== -1) put(name, v.slice(eq + 1));
      else if (long.has(name)) put(name, args[++i]?.value ?? null);
      continue;
    }
    for (let j = 1; j < v.length; j++) {
      const letter = v[j]!;
      out.flags.add(`-${letter}`);
      if (short.includes(letter)) {
        put(`-${letter}`, j + 1 < v.length ? v.slice(j + 1) : (args[++i]?.value ?? null));
        break;
      }
    }
  }
  return out;
}

/** Any of `names` among parsed flags. */
export function hasAny(p: ParsedOptions, ...names: string[]): boolean {
  return names.some((n) => p.flags.has(n));
}

/**
 * The words after a command's own options (`nice -n 5 CMD`, `uv run --with x CMD`): options are skipped, `valued` ones with
 * their value, up to the first operand or past a `--`; `skip` more words are dropped after that (a subcommand word).
 */
export function afterOwnOptions(args: Word[], valued: ReadonlySet<string>, skip = 0): Word[] {
  let i = 0;
  while (i < args.length) {
    const v = args[i]!.value;
    if (v === null) break;
    if (v === '--') {
      i++;
      break;
    }
    if (!v.startsWith('-') || v === '-') break;
    i += valued.has(v) ? 2 : 1;
  }
  return args.slice(i + skip);
}

/** The groups whose members may become root by sudo (Debian's `sudo`, Red Hat's `wheel`, Ubuntu's older `admin`). */
const ADMIN_GROUP = /^(sudo|wheel|admin)$/;
/** The session's own user name as a shell word spells it without naming it (`$USER`, `$(whoami)`). */
const SELF_USER_WORD = /^("?)(\$\(whoami\)|`whoami`|\$\(id -un?\)|\$USER|\$\{USER\}|\$LOGNAME)\1$/;
/**
 * The lead's answer 343.7 (round 32): a local group removal is a write (answers 219 and 300), except the session's own
 * user taken out of the group that lets it become root (`gpasswd -d $USER sudo`, `deluser "$(whoami)" wheel`): the
 * session locks itself out of administering the machine, destructive. The session's user is a word that says so, or the
 * name of the session's home folder's owner (`gpasswd -d dev sudo` from `/home/dev`, answer 348.5, which corrects 343.7's
 * "the corpus case stays benign"); another user's name stays a write.
 */
export function selfRemovedFromAdmins(inv: Invocation, user: { text: string }, group: { value: string | null }): void {
  const owner = homeOwnerOf(inv.scope.home);
  const self = SELF_USER_WORD.test(user.text) || (owner !== undefined && user.text === owner);
  if (self && group.value !== null && ADMIN_GROUP.test(group.value)) inv.env.b.destroy('admin_lockout', `\`${inv.name}\` takes the session's own user \`${user.text}\` out of \`${group.value}\`: it can no longer become root (the lead's answer 343.7)`, inv.span);
}

/**
 * A tool's default is the session's own machine's: run on another host (`ssh web1 'bin/rails db:reset'`, a fan-out, a
 * cloud VM's ssh) or in a cluster's pod (`kubectl exec deploy/web -- bin/rails db:reset`), which the line names as a
 * target first, the environment there is that host's or container's, not shown. A loopback host (`ssh localhost`) is
 * this machine. Read by data.ts (a dev-default reset) and service-catalogue.ts (ServiceRule.thisMachine: Ray's stop), which
 * passes its own tool's name so that its own earlier commands' targets (`ray start --head && … ray stop`) are not a host.
 */
export function onAnotherHost(inv: Invocation, ownTool?: string): boolean {
  return inv.env.b.targets.some((t) => (t.kind === 'host' && !isLocalDatabaseHost(t.id) && (ownTool === undefined || !t.id.startsWith(`${ownTool}:`))) || t.kind === 'kubernetes' || t.kind === 'cloud');
}
