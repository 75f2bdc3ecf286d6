import type { Action, ActionContext } from './action.ts';
import type { ActionFacts, BoundInput } from './facts.ts';
import type { JsonObject } from './json.ts';

export type Effect = 'allow' | 'deny' | 'hold';

/** Why a decision came out as it did. Codes are stable; messages are for people. */
export type ReasonCode =
  | 'policy_permit'
  | 'policy_forbid'
  | 'policy_hold'
  | 'no_permit'
  | 'operator_lacks_right'
  | 'ancestor_lacks_right'
  | 'policy_evaluation_error'
  | 'policy_not_loaded'
  | 'unparseable_on_production'
  | 'principal_unknown'
  | 'principal_revoked'
  | 'kill_switch_engaged'
  | 'budget_exhausted'
  | 'approvals_satisfied'
  | 'approval_pending'
  | 'approval_denied'
  | 'shadow_mode'
  | 'store_unavailable'
  | 'classify_failed'
  | 'exec_ptrace_open'
  | 'internal_error';

export interface Reason {
  code: ReasonCode;
  message: string;
  policyId?: string;
}

export interface Decision {
  effect: Effect;
  reasons: Reason[];
  /** Ids of the policies that determined the answer. */
  policies: string[];
  /** Approvals a hold needs; 0 unless held. */
  requiredApprovals: number;
  /** Groups whose members may approve; empty means any eligible human. */
  approverGroups: string[];
  actionDigest: string;
  /** The id of the audit entry that records this decision. */
  decisionId: string;
  facts: ActionFacts | null;
  /** The approval request a hold opened or matched. */
  requestId?: string;
  /** Shadow mode: the gate would have answered `wouldBe`, but let the action through. */
  shadow?: { wouldBe: Effect };
  /** A12: the input files this decision bound (path, real path, hash); exec checks them again before running. */
  inputs?: Array<Pick<BoundInput, 'path' | 'realPath' | 'sha256' | 'role'>>;
}

/**
 * F7: the never-rules. Shadow mode records instead of enforcing so a team can roll out new policy;
 * it never suspends these (nor the kill switch): an agent destroying its home, changing permissions,
 * touching the control plane or destroying a critical target is denied in shadow mode too.
 */
export const NEVER_RULE_POLICIES: readonly string[] = ['agent-never-destroys-home-environment', 'agent-never-changes-permissions', 'agent-never-touches-control-plane', 'critical-targets-never-destroyed'];

/** The canonical envelope reviewers approve and the digest binds (A1). */
export interface ActionEnvelope {
  agent: string;
  operator: string;
  action: Action;
  context: ActionContext;
  policySetHash: string;
  /**
   * A12: every local input file, read and hashed when the action was decided; absent when the action
   * names none. One changed byte in a manifest changes the digest, so it is a new request.
   */
  inputs?: BoundInput[];
}

/** What the gateway hands the two-person rule about a held action. */
export interface HoldInput {
  envelope: ActionEnvelope;
  digest: string;
  facts: ActionFacts;
  requiredApprovals: number;
  approverGroups: string[];
  policies: string[];
  /** The target's state fingerprint where known (Terraform state serial, resource version): A7. */
  targetFingerprint?: string | null;
  /**
   * A12: asked inside the consuming transaction, just before satisfied approvals are consumed; a
   * throw refuses the consumption (the transaction rolls back, the request stays APPROVED and the
   * gateway answers deny with the error's code). The daemon's agent socket refuses this way while the
   * kernel lets the agent's user ptrace the process that would run the approved action.
   */
  beforeConsume?: () => void;
}

/**
 * The outcome of asking the two-person rule about a held action:
 * - `pending`: a request exists (created now or earlier) and waits for approvals;
 * - `approved`: the approvals for this exact digest are satisfied and were consumed by this call,
 *   atomically and exactly once (A6): the action may proceed now;
 * - `denied`: a reviewer rejected this exact action recently.
 */
export type HoldOutcome =
  | { status: 'pending'; requestId: string; approvals: number; required: number; expiresAt: number }
  | { status: 'approved'; requestId: string; approvedBy: string[] }
  | { status: 'denied'; requestId: string; reason: string };

/**
 * A held request as an agent-side adapter may show it while it waits (exec's progress line, the MCP
 * proxy's progress notifications): `status` is the approval state machine's (A10).
 */
export interface HeldStatus {
  status: string;
  approvals: number;
  required: number;
  approverGroups: string[];
  /** Epoch milliseconds at which a pending request expires (A5). */
  expiresAt: number;
}

/**
 * The entry as hashed: its canonical JSON is the leaf's input and is stored byte for byte.
 * `ts` never goes backwards within a log (a clock that jumps back is clamped to the previous entry).
 */
export interface AuditEntryV1 {
  v: 1;
  seq: number;
  id: string;
  ts: number;
  type: string;
  actor: string;
  body: JsonObject;
}

/** One brake change. `freeze`/`unfreeze` name an agent; `shadow` names an environment or null (global). */
export type BrakeChange =
  | { kind: 'freeze'; agent: string }
  | { kind: 'unfreeze'; agent: string }
  | { kind: 'freeze_all' }
  | { kind: 'unfreeze_all' }
  | { kind: 'shadow'; environment: string | null; on: boolean };

export type ApprovalEventKind = 'held' | 'approved' | 'rejected' | 'expired';

/** What happened to a request, as plain data (the runtime adds the reviewer link). */
export interface ApprovalEvent {
  kind: ApprovalEventKind;
  requestId: string;
  agent: string;
  operator: string;
  summary: string;
  environments: string[];
  required: number;
  /** Approvals that count now (a break-glass release counts its one human). */
  approvals: number;
  /** The human who approved, released or rejected, when one did. */
  by: string | null;
  comment: string | null;
  at: number;
}
