import type { Agent, Human, Inventory, McpToolMapping, Tier } from '../core/index.ts';

/** The normalised, checked, frozen configuration every module receives. */
export interface Config {
  /** Absolute path of the file it came from, or `(built-in)`. */
  file: string;
  /** Store URL with relative sqlite paths resolved against the config's folder. */
  store: string;
  /** Policy sources: `default` (the built-in pack) or absolute paths of files or folders. */
  policies: string[];
  humans: Human[];
  agents: Agent[];
  roles: string[];
  inventory: Inventory;
  approvals: {
    required: number;
    pendingTtlMs: number;
    approvedTtlMs: number;
    /** L3: an execution's lease; renewed by `portcullis exec` while the command runs, then outcome_unknown. */
    executionLeaseMs: number;
    /** A11: the operator may approve their own agent alone (local profile). */
    solo: boolean;
  };
  server: {
    host: string;
    port: number;
    /** Without a trailing slash; null: derived from host and port. */
    publicUrl: string | null;
    adminGroup: string;
    bodyLimitBytes: number;
    sessionTtlMs: number;
    /** F8: every HTTP request is answered within this many ms. */
    deadlineMs: number;
    /** F8: `/readyz` answers within this many ms. */
    readyTimeoutMs: number;
    /** F8: admission control: requests in flight per replica, and per agent token. */
    maxInFlight: number;
    maxInFlightPerAgent: number;
    oidc: { issuer: string; clientId: string; clientSecretEnv: string; subjects: Record<string, string> } | null;
  };
  brakes: {
    /** At most this many destructive actions per agent per hour; null: no budget. */
    destructivePerHour: number | null;
    /** D10: freeze an agent after `count` policy denials within `windowMs`; null when turned off (0). */
    freezeAfterDenials: { count: number; windowMs: number } | null;
  };
  /**
   * Per agent id: the credential profile `portcullis exec` injects into the command's environment
   * (after removing the operator's). Only agents with an `env` key appear.
   */
  agentEnv: Record<string, Record<string, AgentEnvValue>>;
  /** D7: per agent id, the Unix user it runs as (`agents.<id>.unix_user`); only mapped agents appear. */
  agentUnixUsers: Record<string, string>;
  /** D7: the production install (`portcullis setup --system`); null: no daemon is set up. */
  daemon: {
    serviceUser: string;
    runDir: string;
    /** A12: consume approvals and stage inputs on agents' sockets even where an agent's user may ptrace (no Yama, scope 0). */
    allowPtraceWithoutYama: boolean;
  } | null;
  notifications: {
    webhooks: Array<{ url: string; secretEnv: string; events: Array<'held' | 'approved' | 'rejected' | 'expired'> }>;
  };
  /** MCP tool mappings for the classifier (`classify.mcp.mappings`), in config order. */
  mcpMappings: McpMapping[];
}

/** One injected variable: a literal, another variable of the starting environment, or a file's content. */
export type AgentEnvValue = { kind: 'value'; value: string } | { kind: 'from_env'; name: string } | { kind: 'file'; path: string };

export interface ConfigWarning {
  path: string;
  message: string;
}

export type UnknownTier = Tier;

/** The classifier's MCP tool mapping, as config carries it. */
export type McpMapping = McpToolMapping;
