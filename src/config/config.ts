import type { Agent, Human, Inventory, Tier } from '../core/index.ts';

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
    oidc: { issuer: string; clientId: string; clientSecretEnv: string; subjects: Record<string, string> } | null;
  };
  brakes: {
    /** At most this many destructive actions per agent per hour; null: no budget. */
    destructivePerHour: number | null;
  };
  notifications: {
    webhooks: Array<{ url: string; secretEnv: string; events: Array<'held' | 'approved' | 'rejected' | 'expired'> }>;
  };
}

export interface ConfigWarning {
  path: string;
  message: string;
}

export type UnknownTier = Tier;
