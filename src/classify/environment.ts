import { matchEnvironment, type ActionContext, type Inventory, type MatcherKind, type Tier } from '../core/index.ts';

/** Names the heuristics give when the inventory does not know a target: a tier name. */
export type HeuristicEnvironment = 'production' | 'staging' | 'dev';

// A `db` suffix is how Oracle TNS aliases and many DSNs name a tier (`PRODDB`, `STGDB`, `DEVDB`). Round 40 (bl40chain): a
// blockchain's `mainnet` (`eth-mainnet.g.alchemy.com`, `api.mainnet-beta.solana.com`, `--network mainnet`) is production;
// its public testnets and local chains (`testnet`, `devnet`, `regtest`, `signet`, `localnet`, Ethereum's sepolia, holesky,
// hoodi and goerli) are the dev tier: their coins are worthless and their state made again.
const PROD = /^(prod|prd|production|prod\d+|prd\d+|proddb|prddb|mainnet)$/;
/**
 * `live` says production only when nothing else names a tier: Terragrunt's documented layout keeps every environment
 * under `live/` (`live/staging/rds`, `infrastructure-live/dev`), while `stripe-live` or `api.live` mean production.
 */
const PROD_WEAK = /^live$/;
const STAGING = /^(stag|stg|staging|stage|preprod|pre|uat|stg\d+|staging\d+|stgdb|stagedb|uatdb)$/;
const CAMEL = /[a-z0-9][A-Z]/;
/**
 * `pre` before a step names a moment, not a tier: a snapshot `pre-upgrade`, a hook `pre-deploy`, a `pre-migration` backup
 * (`pre` alone, as in `api-pre` or `pre.example.com`, stays the pre-production tier).
 */
const BEFORE_A_STEP = /^(upgrade|update|updates|deploy|deployment|migration|migrate|install|commit|release|restore|change|changes|patch|patching|backup|snapshot|reboot|build|merge|push|flight|check|checks|cutover|rollback|maintenance|cleanup|prune|delete|drop|reset|wipe|import|export|resize|kernel|reindex|refactor|test|tests|hook|hooks)$/;
const DEV = /^(dev|development|test|testing|sandbox|sbx|qa|local|dev\d+|test\d+|demo|ephemeral|preview|ci|devdb|testdb|testnet\d*|devnet|regtest|signet|localnet|sepolia|holesky|hoodi|goerli)$/;

/**
 * The user-name segment of a home folder (`/home/<user>`, `/Users/<user>`, `C:\Users\<user>`,
 * `/var/home/<user>`, `~<user>`): a person's login, not an environment (a user called `dev` or `test`
 * says nothing about what the path belongs to).
 */
const HOME_USER = /(^|[\\/])(?:home|users)[\\/][^\\/]+(?=[\\/]|$)|^~[^\\/]+/gi;

/** A path without the user-name segment of its home folder, for the name heuristics. */
export function withoutHomeUser(path: string): string {
  return path.replace(HOME_USER, '');
}

/**
 * The host a URL names (RFC 3986 authority: after `scheme://`, up to the first `/`, `?` or `#`; the userinfo before the
 * last `@` and the port are not the host; an IPv6 literal keeps its brackets). Null when the URL has no authority.
 * `https://deploy:pw@db.prod.internal:5432/x` names `db.prod.internal`, not `deploy`.
 */
export function urlHost(url: string): string | null {
  return urlAuthority(url)?.host ?? null;
}

/** A URL's path: without scheme, authority, query or fragment, and without trailing slashes (`/` stays `/`). */
export function urlPath(url: string): string {
  return url.replace(/^[a-z][\w+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '').replace(/(.)\/+$/, '$1');
}

/** A URL's authority read apart (as urlHost): its scheme in lower case, host, port as written (or undefined), and whether userinfo precedes the host. */
export function urlAuthority(url: string): { scheme: string; host: string; port: string | undefined; userinfo: boolean } | null {
  const m = /^([a-z][\w+.-]*):\/\/([^/?#]*)/i.exec(url);
  if (!m) return null;
  const at = m[2]!.lastIndexOf('@');
  const hostPort = m[2]!.slice(at + 1);
  const host = hostPort.startsWith('[') ? hostPort.slice(0, hostPort.indexOf(']') + 1) : hostPort.replace(/:[^:]*$/, '');
  const port = hostPort.slice(host.length).match(/^:(.*)$/)?.[1];
  return host === '' ? null : { scheme: m[1]!.toLowerCase(), host, port, userinfo: at >= 0 };
}

/**
 * Text with its percent-escapes decoded (`decodeURIComponent`), or null where an escape is malformed (`%zz`, `%E0%A4%A`),
 * never a throw. For a reading that would narrow (a name judged test data, a preview, a retention index): a name that
 * does not decode is not read as one, since a lenient server may decode the escapes it can (`test%2C%zzorders`).
 */
export function percentDecodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Text with its percent-escapes decoded; as given where an escape is malformed (`%E0%A4%A`), never a throw. */
export function decodeURIComponentSafe(text: string): string {
  return percentDecodedOrNull(text) ?? text;
}

/**
 * A URL's scheme and host in lower case, without the scheme's default port (RFC 3986 6.2.3: `:443` on https, `:80` on
 * http name the same resource) or a trailing dot on the host; path, query and fragment as written.
 */
export function canonicalUrl(url: string): string {
  const m = /^([a-z][\w+.-]*):\/\/([^/?#]*)/i.exec(url);
  if (!m) return url;
  const scheme = m[1]!.toLowerCase();
  const at = m[2]!.lastIndexOf('@') + 1;
  let hostPort = m[2]!.slice(at);
  const port = /:(\d*)$/.exec(hostPort.startsWith('[') ? hostPort.slice(hostPort.indexOf(']') + 1) : hostPort);
  if (port && (port[1] === '' || (port[1] === '443' && scheme === 'https') || (port[1] === '80' && scheme === 'http'))) hostPort = hostPort.slice(0, -port[0].length);
  const host = hostPort.replace(/\.(?=$|:)/, '').toLowerCase();
  return `${scheme}://${m[2]!.slice(0, at)}${host}${url.slice(m[0].length)}`;
}

/**
 * Variables whose value names an environment or a host in one: `RAILS_ENV=production`,
 * `AWS_PROFILE=prod`, `DATABASE_URL=postgres://db.prod…`, `KUBECONFIG=~/.kube/prod.yaml`, and the cloud CLIs' own
 * project, group and app variables whose names have more parts (`CLOUDSDK_CORE_PROJECT=acme-prod`, gcloud's properties
 * as variables; `GOOGLE_CLOUD_PROJECT`; az's `AZURE_DEFAULTS_GROUP`; flyctl's `FLY_APP`) (round 26).
 */
export const ENV_NAMING_VARIABLE = /^(ENV|ENVIRONMENT|STAGE|TIER|DEPLOY_?ENV|TARGET_?ENV|[A-Z0-9]+_(ENV|ENVIRONMENT|STAGE|PROFILE|PROFILES_ACTIVE|PROJECT|HOST|URL|URI|CONTEXT|NAMESPACE|ACCOUNT|WORKSPACE)|KUBECONFIG|PGHOST|PGDATABASE|CLOUDSDK_CORE_PROJECT|GOOGLE_CLOUD_PROJECT|AZURE_DEFAULTS_GROUP|FLY_APP)$/;

/**
 * The device folder `/dev` (`/dev/sdb`, `/dev/vg0/data`, `/dev/md0`): where the kernel puts device nodes, not a tier. A
 * disk tool's operand names no environment by that folder (`zpool labelclear /dev/sdb` is not a dev machine's disk).
 */
const DEVICE_DIR = /(^|[\s=:,])\/dev(?=\/|$)/g;

/**
 * A production marker fused to the end of a name, as storage accounts, Azure resources and host names are spelled when
 * they allow no separator (`stledgerprod`, `ledgerprd01`, `apiprod`): at least two letters, then `prod` or `prd` and at
 * most three digits. English words do not end so (`product`, `reproduce`, `prodigy`, `improved` do not; `reproduction`
 * is no marker: only `prod`/`prd` is read fused). `preprod` and `nonprod` say the opposite, fused or not.
 */
const FUSED_PROD = /^[a-z0-9]*[a-z]{2}(?<!pre|non)(prod|prd)\d{0,3}$/;

/**
 * The tier a name suggests, from its tokens (`prod-cn-1` -> production, `db.stg.internal` ->
 * staging). Production wins over the others, so `prod-test-copy` is production. A home folder's user
 * name is not read (`/home/dev/infra` suggests nothing).
 */
export function heuristicEnvironment(name: string): HeuristicEnvironment | null {
  const bare = withoutHomeUser(name.replace(DEVICE_DIR, '$1'));
  const tokens = bare.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (tokens.some((t) => PROD.test(t))) return 'production';
  // PascalCase names, as Windows and .NET spell them (`ShopProdPool`, `SqlStagingDb`): a capitalised part names a
  // tier too, for production and staging only (`TestResults`, `DevOps` are not environments; `ProductName` is no part).
  const parts = CAMEL.test(bare) ? bare.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/) : [];
  if (parts.some((t) => PROD.test(t))) return 'production';
  if (tokens.some((t) => FUSED_PROD.test(t))) return 'production';
  if (tokens.some((t, i) => STAGING.test(t) && !(t === 'pre' && BEFORE_A_STEP.test(tokens[i + 1] ?? ''))) || parts.some((t) => t === 'staging' || t === 'stg')) return 'staging';
  if (tokens.some((t) => DEV.test(t)) || endsInDevPart(bare)) return 'dev';
  if (tokens.some((t) => PROD_WEAK.test(t))) return 'production';
  if (namesLabHost(bare.toLowerCase())) return 'dev';
  return null;
}

/**
 * The lead's answer 418.3 (round 40, env40): a PascalCase word whose last capitalised part is `Dev` (`ShopDev`,
 * `ContosoWorkerDev`, `OrdersDbDev01`) names the dev tier as `shop_dev` does. A leading `Dev` (`DevOps`, `DevTools`) or one
 * inside the word (`ShopDevPool`) names nothing; nor `Test` last (`UnitTest`, `LoadTest` name a kind of test, not a tier).
 */
function endsInDevPart(name: string): boolean {
  return name.split(/[^A-Za-z0-9]+/).some((w) => /[a-z0-9]Dev\d*$/.test(w));
}

/**
 * The lead's answer 386.3 (round 38): `lab` as a whole part of a host name names the dev tier: a label or a hyphen-joined
 * part of a DNS name of three labels or more (`db.lab.acme.io`, `lab-ipa.lab.example.com`, not a file such as
 * `lab.corp.example.com.db`), or the first part of a one-label host name (`lab-db1`, `lab01`, `lab`). A word that only
 * contains the letters (`label`, `collab`, `gitlab`, `jupyter-lab`'s `lab` at the end of one label) or the plural `labs`
 * (a company's name: `acme-labs.io`) is not; nor `lab` after another part of one label (`ana-lab`, `k8s-lab`: an
 * organisation or a cluster named for its owner).
 * Round 41 (nxs41; the lead's answers 416.2 and 406.2, "a whole part of a host name"): in a dotted host name, `lab` or
 * `labNN` between two parts of a label (`esx-lab-07.corp…`, `pve-lab-03.corp…`: a role, the lab, a number) is dev too.
 * The exclusions keep their reason: `lab` last in a label (`k8s-lab.corp…`, `jupyter-lab`) is what the thing is named for
 * or whose it is, and one-label names (`ana-lab`, a Hugging Face organisation; `k8s-lab`, an SKS cluster) are no hosts.
 */
const LAB_PART = /^lab\d*$/;
const FILE_SUFFIX = /^(conf|cfg|cnf|ya?ml|json|db|sqlite3?|log|txt|service|socket|timer|target|mount|ldif|key|crt|pem|csr|sh|py|ts|js|md|ini|sql|gz|tgz|tar|zip|xml|toml|lock|img|iso|csv|bak|zone|jks|p12|env)$/;
function namesLabHost(name: string): boolean {
  if (/^[a-z0-9-]+(\.[a-z0-9-]+){2,}\.?$/.test(name)) {
    const labels = name.replace(/\.$/, '').split('.');
    if (!/^[a-z]{2,24}$/.test(labels[labels.length - 1]!) || FILE_SUFFIX.test(labels[labels.length - 1]!)) return false;
    return labels.slice(0, -1).some((l) => LAB_PART.test(l) || l.split('-').some((p, i, parts) => LAB_PART.test(p) && (i === 0 || i < parts.length - 1)));
  }
  return /^[a-z0-9-]+$/.test(name) && LAB_PART.test(name.split('-')[0]!);
}

/**
 * The lead's answers 406.2 and 413.1 (round 39; built in round 40 by rv40): where a value is a manager's name or an
 * Ansible inventory or group, `lab` names the dev tier in more places than a host name's (386.3, namesLabHost):
 * - `manager`: a vCenter's, a BMC's, an array's or a pool's management address (`GOVC_URL=https://vcenter-lab.corp…`,
 *   `--server vcsa-lab01`, `-H bmc-esx-lab-07.corp…`): `lab` or `labNN` as any whole hyphen-joined part of a label but the
 *   last of a dotted name (`vc-lab-01.corp.example.com`), or of a one-label name (`vcsa-lab01`);
 * - `inventory`: an Ansible inventory path: `lab` or `labNN` as a whole folder (`inventories/lab/hosts.yml`), or as the
 *   whole last part without its extension (`-i inventories/lab`, `lab.ini`);
 * - `group`: an Ansible host pattern or group (`--limit lab_nxos`, `-l dc1_lab`, `lab:&nxos`): `lab` or `labNN` as a
 *   whole `_`-joined part of a group of the pattern.
 * Never a word that only contains the letters (`label`, `collab`, `gitlab`, `vcenter-label`, `collab_nxos`,
 * `inventories/gitlab/`), nor the plural `labs` (`labs-prod`, `labs_nxos`: a company's or a team's name, as 386.3 reads
 * `acme-labs.io`). Production and staging words still win (heuristicEnvironment is read first).
 */
export type LabReading = 'manager' | 'inventory' | 'group';

export function namesLabBy(reading: LabReading, value: string): boolean {
  const v = value.toLowerCase();
  if (reading === 'manager') {
    const host = urlAuthority(v)?.host ?? v.replace(/^[^@/]*@/, '').replace(/[:/].*$/, '');
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/.test(host)) return false;
    const labels = host.replace(/\.$/, '').split('.');
    if (labels.length > 1 && (!/^[a-z]{2,24}$/.test(labels[labels.length - 1]!) || FILE_SUFFIX.test(labels[labels.length - 1]!))) return false;
    return (labels.length > 1 ? labels.slice(0, -1) : labels).some((l) => l.split('-').some((p) => LAB_PART.test(p)));
  }
  if (reading === 'inventory') {
    const segments = v.split('/').filter((p) => p !== '' && p !== '.');
    return segments.some((p, i) => LAB_PART.test(i === segments.length - 1 ? p.replace(/\.(ya?ml|ini|json|cfg|toml)$/, '') : p));
  }
  return v.split(/[:,&!]+/).some((g) => g.split('_').some((p) => LAB_PART.test(p)));
}

export interface EnvClue {
  kind: MatcherKind;
  value: string | undefined | null;
  /** How `lab` in the value names the dev tier beyond a host name's reading (namesLabBy; answers 406.2, 413.1). */
  lab?: LabReading;
}

const SEVERITY: Record<Tier, number> = { production: 3, staging: 2, dev: 1, sandbox: 1, unknown: 3 };

/**
 * The environment of a target from its clues. Every clue is consulted, inventory matchers first
 * for each, then its name heuristic; the most severe tier among all of them wins, and at equal tier
 * an inventory environment beats a heuristic name (config beats guessing). SECURITY: one clue naming
 * production is never outvoted by another naming dev (an MCP server `dev-tools` asked to delete
 * `prod-cn-1` is about production). Null: unknown.
 */
export function resolveEnvironment(inventory: Inventory, clues: EnvClue[]): string | null {
  let best: { name: string; rank: number; inventory: boolean } | null = null;
  const consider = (name: string, tier: Tier, fromInventory: boolean) => {
    const rank = SEVERITY[tier];
    if (!best || rank > best.rank || (rank === best.rank && fromInventory && !best.inventory)) best = { name, rank, inventory: fromInventory };
  };
  for (const c of clues) {
    if (!c.value) continue;
    const env = matchEnvironment(inventory, c.kind, c.value) ?? (c.kind !== 'names' ? matchEnvironment(inventory, 'names', c.value) : null);
    if (env) {
      consider(env.name, env.tier, true);
      continue;
    }
    const h = heuristicEnvironment(c.value) ?? (c.lab !== undefined && namesLabBy(c.lab, c.value) ? 'dev' : null);
    if (h) consider(h, h, false);
  }
  return (best as { name: string } | null)?.name ?? null;
}

/** The tier of an environment name: inventory first, then heuristic names; null when unknown. */
export function tierOfEnvironment(inventory: Inventory, environment: string | null): Tier | null {
  if (environment === null) return null;
  const env = inventory.environments.find((e) => e.name === environment);
  if (env) return env.tier;
  if (environment === 'production' || environment === 'staging' || environment === 'dev') return environment;
  return null;
}

/**
 * Whether an environment is staging, by the inventory's tier or, without one, by its name. The lead's decision (round 15):
 * scaling staging to zero parks it, a write; production's, or an environment not named, is an outage.
 */
export function isStaging(inventory: Inventory, environment: string | null): boolean {
  return tierOfEnvironment(inventory, environment) === 'staging';
}

/** Whether any target is in production or staging, by the inventory's tier or, without one, by its name. */
export function targetsLiveTier(inventory: Inventory, targets: ReadonlyArray<{ environment: string | null }>): boolean {
  return targets.some((t) => { const tier = tierOfEnvironment(inventory, t.environment); return tier === 'production' || tier === 'staging'; });
}

/** Context clues that apply to every target of a tool family. */
export function contextClues(ctx: ActionContext, family: 'kubernetes' | 'aws' | 'terraform' | 'database' | 'git' | 'mcp' | 'gcp' | 'azure'): EnvClue[] {
  switch (family) {
    case 'kubernetes':
      return [{ kind: 'kube_contexts', value: ctx.kubeContext }, { kind: 'kube_namespaces', value: ctx.kubeNamespace }];
    case 'aws':
      return [{ kind: 'aws_accounts', value: ctx.awsAccount }, { kind: 'aws_profiles', value: ctx.awsProfile }, { kind: 'aws_regions', value: ctx.awsRegion }];
    case 'terraform':
      return [{ kind: 'tf_workspaces', value: ctx.tfWorkspace }];
    case 'database':
      return [{ kind: 'db_hosts', value: ctx.host }, { kind: 'databases', value: ctx.database }];
    case 'git':
      return [{ kind: 'git_remotes', value: ctx.gitRemote }];
    case 'mcp':
      return [{ kind: 'mcp_servers', value: ctx.mcpServer }];
    case 'gcp':
    case 'azure':
      return [];
  }
}
