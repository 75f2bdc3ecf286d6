import type { Environment } from './principal.ts';
import type { Tier, Verb } from './facts.ts';
import { globMatch } from './glob.ts';

/**
 * Where targets live. Each matcher kind names one way a target is identified; patterns are globs
 * (see glob.ts). The first environment (in config order) with a matching pattern wins.
 */
export type MatcherKind =
  | 'aws_accounts'
  | 'aws_regions'
  | 'aws_profiles'
  | 'arns'
  | 'gcp_projects'
  | 'azure_subscriptions'
  | 'kube_contexts'
  | 'kube_namespaces'
  | 'tf_workspaces'
  | 'tf_addresses'
  | 'db_hosts'
  | 'databases'
  | 'git_remotes'
  | 'git_branches'
  | 'paths'
  | 'urls'
  | 'mcp_servers'
  | 'names';

export const MATCHER_KINDS: readonly MatcherKind[] = [
  'aws_accounts',
  'aws_regions',
  'aws_profiles',
  'arns',
  'gcp_projects',
  'azure_subscriptions',
  'kube_contexts',
  'kube_namespaces',
  'tf_workspaces',
  'tf_addresses',
  'db_hosts',
  'databases',
  'git_remotes',
  'git_branches',
  'paths',
  'urls',
  'mcp_servers',
  'names',
];

export interface InventoryEnvironment extends Environment {
  match: Partial<Record<MatcherKind, string[]>>;
}

export interface Inventory {
  environments: InventoryEnvironment[];
  /** How a target whose environment is unknown is decided (F1: production unless configured). */
  unknownTier: Tier;
  /** Paths of Portcullis's own control plane (config, policies, store, hook settings): D3. */
  controlPlanePaths: string[];
  /**
   * Control-plane files that agents may not even read (D8): the audit signing key and token files.
   * Each is also control plane. Absent means only the built-in names (`portcullis-audit.key`, `*.token`
   * under `.portcullis/`).
   */
  controlPlaneSecrets?: string[];
  /**
   * D8, for one decision: programs the action names by a path (as the classifier keys them, see
   * `Classifier.classifyWithPaths`) that the acting agent's Unix user can change. Each runs as a
   * program of the agent's own (as `./bin/tool` does), not as the tool its name says. Absent without
   * OS facts (the corpus, `classify`): path-named programs are then trusted by their names.
   */
  changeablePrograms?: readonly string[];
}

export const EMPTY_INVENTORY: Inventory = Object.freeze({
  environments: [],
  unknownTier: 'production',
  controlPlanePaths: [],
});

/** The environment whose `kind` patterns match `value`, or null. */
export function matchEnvironment(inventory: Inventory, kind: MatcherKind, value: string): InventoryEnvironment | null {
  for (const env of inventory.environments) {
    const patterns = env.match[kind];
    if (patterns && patterns.some((p) => globMatch(p, value))) return env;
  }
  return null;
}

/** The tier of a named environment; unknown names get the inventory's `unknownTier`. */
export function tierOf(inventory: Inventory, environment: string | null): Tier {
  if (environment === null) return inventory.unknownTier;
  const env = inventory.environments.find((e) => e.name === environment);
  return env ? env.tier : inventory.unknownTier;
}

/** How the classifier reads one MCP tool (`classify.mcp.mappings` in portcullis.yaml). */
/** Patterns are globs (see glob.ts) over the tool name and server. */
export interface McpToolMapping {
  /** Tool name pattern: `delete_*`, `execute_sql`, `*`. */
  tool: string;
  /** Server name pattern; any server when absent. */
  server?: string;
  /** What the tool does. Omit to infer from its name and annotations. */
  verbs?: Verb[];
  /** Force destructive (true) or not (false); omit to infer. */
  destructive?: boolean;
  /** Argument (dot path) holding a shell command, classified as shell. */
  shellArgument?: string;
  /** Argument holding SQL, classified as SQL in `dialect`. */
  sqlArgument?: string;
  dialect?: string;
  /** Argument holding a filesystem path the tool acts on. */
  pathArgument?: string;
  /** Argument holding a URL the tool calls. */
  urlArgument?: string;
  /** Argument whose value names the target's environment (`cluster`, `project`, `env`). */
  environmentArgument?: string;
  /**
   * A12: arguments (dot paths; `files[]` for a list) naming local files the tool reads; the gateway
   * hashes each into the envelope so an approval binds their bytes.
   */
  fileArguments?: string[];
}
