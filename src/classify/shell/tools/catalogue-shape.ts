/**
 * The shape of a catalogue entry (a tool's operations as data: service-catalogue.ts, identity-catalogue.ts) and the two
 * readers of its argument list that entries' `args` tests share. Its own module so that a catalogue split by area imports
 * the shape without importing the whole catalogue (round 37, at the merge of idm37).
 */

export type ServiceEffect = 'destroy' | 'outage' | 'safeguard' | 'delete' | 'write' | 'deploy' | 'read' | 'permissions' | 'admin' | 'opaque' | 'code';

export interface ServiceRule {
  /** Anchored at the first operand, matched against the operands joined by single spaces. */
  sub?: RegExp;
  /** At least one must be present (`--delete`, `-X DELETE` is a flag with a value: see `flagValue`). */
  flags?: string[];
  /** Every one must be present (`octodns-sync --doit --force`). */
  allFlags?: string[];
  /**
   * A test of the whole argument list (values, null where not fixed), for what one pattern cannot say (the span a retention
   * policy keeps). `path` (round 41, nxs41) reads a file or folder the rule writes as the line leaves it (RulePath).
   */
  args?: (args: ReadonlyArray<string | null>, texts?: ReadonlyArray<string>, path?: RulePath) => boolean;
  /**
   * The rule holds only when nothing names production or staging: no argument, no `where` variable, not the session's
   * host and no target found so far (the lead's answer 72: a scratch name counts "never when anything names production or
   * staging"). For rules that read a resource's own name as scratch.
   */
  unlessLive?: boolean;
  /** An option whose value must match (`-X DELETE`, `--method=delete`). */
  flagValue?: { names: string[]; value: RegExp };
  /** An environment variable (an assignment before the command, or exported earlier) whose value must match. */
  envValue?: { names: string[]; value: RegExp };
  /** Environment variables each unset or of a value `local` accepts; a value the input does not fix fails it (fail closed). */
  envLocal?: { names: string[]; local: (value: string) => boolean };
  /**
   * The rule holds only when the command runs on this machine (common.ts onAnotherHost: not through `ssh HOST`, a fan-out,
   * a cloud VM's ssh or a pod, which name their host as a target first): the lead's answer 373.4, Ray stopped over ssh on a
   * cluster's head takes that cluster out of service.
   */
  thisMachine?: boolean;
  /**
   * Round 41 (bl41dr): the rule holds only when the command's working folder matches (or is not known: fail closed), for
   * tools that write into it (`borg extract` from `/` lays the archive's paths over the live tree).
   */
  cwd?: RegExp;
  /** For `code`: what in the code destroys, and the options that name a file of code. */
  code?: { deletes: RegExp; files: string[] };
  effect: ServiceEffect;
  /** For reviewers: what the operation does. */
  what: string;
  /**
   * A `destroy` that is a write when the target's environment is dev (by the where options, the kube context or the
   * inventory): why (`skaffold delete -p dev`, the lead's round-16 decision 2: a dev loop's resources are made again).
   */
  devWrite?: string;
  /** A `destroy` that is a write when the session works in a CI agent's own checkout (decision 38, isCiAgentCheckout). */
  ciCheckoutWrite?: boolean;
}

/**
 * How a tool's option parser reads an option after an operand, which decides whether `-h`/`--help` (or `--version`) after
 * one asks for help (round 40, rv40). `permutes`: getopt_long (glibc's default), Python's argparse, click's commands,
 * cobra/pflag, clap, commander, picocli: options are read anywhere before `--`, so `tool delete X --help` prints help and
 * deletes nothing. `stops`: Go's flag package (and urfave/cli on it), getopt under POSIXLY_CORRECT or a `+` optstring: the
 * first operand ends the options, so `govc vm.destroy prod-db -h` destroys prod-db. An entry that does not say is read as
 * `stops` for a line that is destructive without the help word (fail closed: help after an operand of a destructive line
 * is not an excuse); before the first operand after the subcommand, help counts for every parser.
 */
export type OptionParser = 'permutes' | 'stops';

/** Options that print and exit before any operation where the parser takes them (help, usage, version). */
export const EXITS_EARLY = /^(--?help|-h|-\?|--?usage|--?version|-V)$/;

export interface ServiceTool {
  names: string[];
  /** How its options are read after an operand (OptionParser); unknown is read as `stops` for a destructive line. */
  parser?: OptionParser;
  /** Options that take a value, so that operands can be found. */
  valued: string[];
  /** Options that make any operation a preview. */
  dryRun?: string[];
  /** Short options bundle as getopt reads them (`zfs destroy -nv`): a one-letter `dryRun` option counts inside a bundle. */
  shortBundles?: boolean;
  /** Options whose values say where the operation acts (a repository, broker, node, server): read for the environment. */
  where?: string[];
  /** Environment variables that say where it acts (`CONSUL_HTTP_ADDR`, `ETCDCTL_ENDPOINTS`). */
  whereEnv?: string[];
  /**
   * The `where` options and variables name a manager (a vCenter, a BMC, a pool's master, an array's management address):
   * `lab` as any whole hyphen part of its name names the dev tier (the lead's answer 406.2; environment.ts namesLabBy).
   */
  manager?: boolean;
  /**
   * Round 40 (bl40chain): the tier the tool's own words name, where no option value says it in a tier's word: a chain
   * chosen by a flag (`bitcoin-cli -regtest`, `geth --holesky`), a moniker (`solana -ud`) or a chain id. Read as one more
   * clue (`production`, `dev`), so a `destroy` rule's `devWrite` holds on a test chain; null names nothing. `line` gives the
   * words as written (a URL's literal host around a variable) and the whole input (a local node started earlier on it).
   */
  tier?: (args: ReadonlyArray<string | null>, env: (name: string) => string | null | undefined, line: { texts: ReadonlyArray<string>; source: string }) => 'production' | 'staging' | 'dev' | null;
  /** A Kubernetes client: without a context option it acts on the current kube context's cluster. */
  kubeContext?: boolean;
  /**
   * The tool acts on this machine (its disks, settings, keychains, accounts, attached devices): its operands name no
   * environment (`/dev/disk4` is a device, `com.acme.app.dev` a preference domain), so they are not read as clues.
   */
  local?: boolean;
  /**
   * Round 44 (nx44; the lead's answer 454.3): the file the tool writes whole, from its arguments (cdo's and NCO's last
   * operand), or null when it writes none: over a file of the workspace's data folder, a `write` is `cp` onto it.
   */
  outputFile?: (args: ReadonlyArray<string | null>) => string | null;
  /** A Windows program, which reads its switches in any case (`-REMOVEDEFINITIONS` is `-RemoveDefinitions`, `/DN` is `/dn`). */
  anyCase?: boolean;
  rules: ServiceRule[];
  /**
   * Tools that read their operations from a file operand or their input (`nsupdate`): a literal input is judged by
   * `deletes`; a file or an input the action does not show is opaque. Rules still apply first (help, version).
   */
  input?: { deletes: RegExp; what: string; /** Round 43 (nx43; answer 446.7): the names the input acts on (its first group: nsupdate's `server`, `zone`, `update add|delete NAME`), read for the environment. */ names?: RegExp; /** One operand names the server, not a file of operations (`cyradm HOST`). */ serverOperand?: true; /** Options naming a file of operations (`JLinkExe -CommandFile F`): its text is read where this input wrote it (round 42, bl42fw). */ fileOptions?: string[] };
  /**
   * A subcommand that runs the rest of the line somewhere else (`adb shell CMD` on the device): the words after it and
   * its own options are joined with spaces and parsed again there, as ssh(1) does, and judged by the shell model as that
   * line. `elevate` is a prefix that only switches user there (Android's `su 0 CMD`); `option` names the options whose
   * value is the command instead (`vagrant ssh -c CMD`); `aliases` rewrite a leading command there into the one it stands
   * for (Android's `cmd package` is `pm`). Rules still apply first.
   */
  remote?: { sub: RegExp; valued: string[]; where: string; elevate?: RegExp; option?: string[]; aliases?: ReadonlyArray<readonly [RegExp, string]> };
  /** When no rule matches: a fixed effect, or `fallback` to the generic analysers. */
  otherwise: ServiceEffect | 'fallback';
  /**
   * A tool whose calls act on a test-mode copy of the account unless told otherwise (the Stripe CLI: "default: test";
   * `--live` makes a live request): for operations matching `sub`, with none of the `live` flags, every key option's
   * value (`--api-key`) a test key and no key variable set (`STRIPE_API_KEY`, unless a test key), the call is a write on
   * test data in a dev tier.
   */
  testMode?: { sub: RegExp; live: string[]; keyOptions: string[]; keyEnv: string[]; testKey: RegExp };
}

/** Every value of the options `names` in order (`--group A --group B`, `--topic=T`); null for one not fixed. */
export function optionValuesIn(args: ReadonlyArray<string | null>, names: readonly string[]): Array<string | null> {
  return args.flatMap((a, i) => (a !== null && names.includes(a) ? [args[i + 1] ?? null] : names.flatMap((n) => (a?.startsWith(`${n}=`) ? [a.slice(n.length + 1)] : []))));
}

/**
 * Round 36 (hpc36): the operands of a command line given as values (what the `args` test of a rule sees), the options in
 * `valued` taking the next word; a value not fixed stays an operand (null), as `positionals` keeps it.
 */
export function operandValues(args: ReadonlyArray<string | null>, valued: ReadonlySet<string>): Array<string | null> {
  const out: Array<string | null> = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i] ?? null;
    if (v === null || !v.startsWith('-') || v === '-') out.push(v);
    else if (valued.has(v)) i++;
  }
  return out;
}

/**
 * Round 41 (nxs41; the lead's answers 419.26 and 420.1's cd form): a path a catalogue rule writes, read where the line
 * leaves it: against the folder an earlier `cd` on the line moved to (`cd /etc/opendkim/keys && opendkim-genkey -s mail`
 * writes there) and through the links the line made (`ln -s ~/.config/solana/id.json /tmp/k.json && solana-keygen new
 * --force -o /tmp/k.json` overwrites the link's target: open(2) follows it). Given undefined (the option not given), the
 * working folder when the line moved it, else undefined (the session's own folder, as before). Null when not fixed (a `cd`
 * to a value not shown, a link to one); otherwise the path as given when the line neither moved nor linked anything.
 */
/**
 * Round 43 (atk43): a local place a catalogue tool's output option or destination may name that is a system folder's
 * (`/etc`, `/usr`, `/boot`, `/root`, `/var/lib`, `/var/named`, `/var/spool`) or a dotfile's (`~/.ssh/authorized_keys`,
 * `/home/u/.bashrc`, `.env`): written over, a system file or a credential is lost. For the `args` tests of rules, which
 * see the words only; the shell's own writes are judged by filesystem.ts.
 */
export const SYSTEM_OR_DOTFILE_PLACE = /^(\/(etc|usr|bin|sbin|lib\w*|boot|root|var\/lib|var\/named|var\/spool)(\/|$)|~?\/?(\S*\/)?\.[^/.][^/]*(\/|$))/;

export type RulePath = (path: string | null | undefined) => string | null | undefined;
