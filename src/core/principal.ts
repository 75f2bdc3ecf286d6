/**
 * Who acts. Humans belong to groups (their rights); agents have their own identity, a role (their
 * rights), the human they act for, a home environment and possibly a parent agent. An agent's
 * effective rights are role ∩ operator's rights ∩ every ancestor's: delegation only narrows.
 */
export interface Human {
  kind: 'human';
  id: string;
  name?: string;
  groups: string[];
  revoked?: boolean;
}

export interface Agent {
  kind: 'agent';
  id: string;
  role: string;
  /** The human the agent acts for. */
  operator: string;
  homeEnvironment: string | null;
  /** The agent that spawned this one; it narrows rights further. */
  parent?: string;
  revoked?: boolean;
}

export type Principal = Human | Agent;

export interface Environment {
  name: string;
  tier: 'production' | 'staging' | 'dev' | 'sandbox';
  tags: string[];
}

/** A user or agent as the identity service lists them; never a token or its hash. */
export interface PrincipalView {
  kind: 'human' | 'agent';
  id: string;
  name: string | null;
  groups: string[];
  role: string | null;
  operator: string | null;
  /** Declared in the config, or registered in the store. */
  source: 'store' | 'config';
  hasToken: boolean;
  /** Revoked itself, or (agents) through its operator or an ancestor (D4). */
  revoked: boolean;
  createdAt: number | null;
}
