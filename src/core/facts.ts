/**
 * What the classifier understood about an action. Policies decide on these facts, never on raw
 * text. What the classifier could not understand is reported as `confidence: 'opaque'` with verb
 * `unknown` and `destructive: true`: the worst thing it could be.
 */
export type Verb = 'read' | 'write' | 'delete' | 'replace' | 'deploy' | 'permissions' | 'exec' | 'network' | 'unknown';

export const VERBS: readonly Verb[] = ['read', 'write', 'delete', 'replace', 'deploy', 'permissions', 'exec', 'network', 'unknown'];

/** Verbs that change something: the Cedar action group `change`. */
export const CHANGE_VERBS: readonly Verb[] = ['write', 'delete', 'replace', 'deploy', 'permissions', 'exec', 'unknown'];

export type Confidence = 'parsed' | 'partial' | 'opaque';

export type Tier = 'production' | 'staging' | 'dev' | 'sandbox' | 'unknown';

export const TIERS: readonly Tier[] = ['production', 'staging', 'dev', 'sandbox', 'unknown'];

export type TargetKind =
  | 'filesystem'
  | 'git'
  | 'terraform'
  | 'kubernetes'
  | 'cloud'
  | 'database'
  | 'http'
  | 'mcp'
  | 'host'
  | 'control_plane'
  | 'unknown';

export interface Target {
  kind: TargetKind;
  /** A stable name: a path, `aws:eks:cluster/prod-cn-1`, `k8s:prod-cn-1/ns/payments`, a resource address. */
  id: string;
  /** Environment name from the inventory or heuristics; null when unknown (decided as production). */
  environment: string | null;
  /** True when the target is the acting agent's home environment itself. */
  home: boolean;
  /** True for paths whose loss is severe wherever they live: home, repository root, system paths. */
  critical?: boolean;
  /** The verbs that apply to this target; when absent, all of the action's verbs do. */
  verbs?: Verb[];
}

export interface Finding {
  code: string;
  message: string;
  /** Character offsets into the action's artifact, when known. */
  span?: { start: number; end: number };
  /**
   * D8, on the gateway's `program_changeable`: the program as the action names it (a bare name such as `ls`, or a
   * path), why the agent's Unix user can change what it runs, and where that comes from: `file` (its file, or a folder
   * the session's PATH searches first) or `config` (a configuration file of that user's makes the tool run a program,
   * round 12). Adapters read this, never the message text (which is for humans and may change). Optional in
   * DecisionResponseV1's facts: an additive member.
   */
  program?: { name: string; why: string; source: 'file' | 'config' };
}

export interface ActionFacts {
  verbs: Verb[];
  destructive: boolean;
  targets: Target[];
  /** Resources touched, where knowable (a plan's resource count); null when unknown. */
  blastRadius: number | null;
  reversible: boolean;
  confidence: Confidence;
  findings: Finding[];
  /** One line for reviewers: "terraform: 2 destroyed, 1 replaced, 14 updated". */
  summary: string;
  /** The tool at the root of the action (`terraform`, `kubectl`, `aws`), when one stands out. */
  tool?: string;
  /**
   * Local files the action takes as input (a manifest, a saved plan, a script, a SQL file): the
   * gateway reads and hashes each into the envelope so an approval binds their bytes (A12).
   */
  inputs?: InputRef[];
}

/** What an input file is to its action; reviewers see it, and it says whether a private copy is safe. */
export type InputRole = 'manifest' | 'kustomization' | 'values' | 'plan' | 'script' | 'sql' | 'file_arg' | 'compose';

/** One local file (or directory of files) an action reads as its input, as the classifier found it. */
export interface InputRef {
  /** The path as the action names it. */
  path: string;
  /** The absolute path, when the classifier could place it (cwd known); else null. */
  absolute: string | null;
  role: InputRole;
  /** A directory is read whole (`kubectl -f DIR`, `-k DIR`); `recursive` follows subdirectories. */
  recursive?: boolean;
}

/** One input file as read and hashed at decision time: what the digest binds and reviewers see (A12). */
export interface BoundInput {
  /** The path as the action names it (for a directory: the directory's name, then the file's path below it). */
  path: string;
  /** The real path read, links resolved. */
  realPath: string;
  role: InputRole;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  /** The content when it is UTF-8 text; absent for binary files (a saved Terraform plan). */
  text?: string;
}

/** The facts for input nothing could understand. SECURITY: every unknown is treated as the worst case. */
export function opaqueFacts(summary: string, finding: Finding): ActionFacts {
  return {
    verbs: ['unknown'],
    destructive: true,
    targets: [],
    blastRadius: null,
    reversible: false,
    confidence: 'opaque',
    findings: [finding],
    summary,
  };
}
