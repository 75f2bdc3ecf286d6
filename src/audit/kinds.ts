import type { Action, ActionContext, ActionFacts, BoundInput, BrakeChange, Effect, JsonObject, Reason } from '../core/index.ts';

/**
 * The audit log's kinds: one entry type per kind, each with its own body type. Every kind is
 * written somewhere in `src/` (a kind nobody writes is removed, not kept "for later"); the reviewer
 * UI's summary switch is exhaustive over `AuditKind`, so adding a kind here is a compile error there
 * until it is shown. Bodies are what the writers put in them today; open-ended parts stay JSON.
 */

/** The gateway's record of one decision (`decision`, or `shadow_allow` when shadow mode let it through). */
export type DecisionAuditBody = {
  at: number;
  agent: string;
  action: Action;
  context: ActionContext;
  reason?: string;
  effect: Effect;
  reasons: Reason[];
  policies: string[];
  requiredApprovals: number;
  actionDigest: string;
  requestId?: string;
  shadow?: { wouldBe: Effect };
  inputs?: Array<Pick<BoundInput, 'path' | 'realPath' | 'sha256' | 'role'>>;
  facts: ActionFacts | null;
};

/** A13: the signature over a vote, carried in its entry. */
export type VoteAttestationBody = { keyId: string; signature: string };

export type ApprovalAuditBody = {
  requestId: string;
  digest: string;
  human: string;
  /** Optional for an approval (null when none was given). */
  comment: string | null;
  /** Present when the operator approved their own agent alone under the solo profile (A11): says so. */
  solo?: string;
  attestation: VoteAttestationBody;
};

/** A rejection; `attestation` is absent when the human had already voted (their first vote stays). */
export type RejectionAuditBody = { requestId: string; digest: string; human: string; comment: string; attestation?: VoteAttestationBody };

export type BreakGlassAuditBody = {
  requestId: string;
  digest: string;
  human: string;
  reason: string;
  agent: string;
  operator: string;
  required: number;
  warning: string;
  attestation: VoteAttestationBody;
};

export type ApprovalRequestAuditBody = {
  requestId: string;
  digest: string;
  required: number;
  approverGroups: string[];
  policies: string[];
  expiresAt: number;
  /** The action envelope as the request stored it. */
  envelope: JsonObject;
};

export type RequestStateAuditBody = { requestId: string; digest: string; from: string; to: string; reason: string };

/** A held request's approval consumed (request fields), or a direct exec of an allowed action (decision fields). */
export type ExecutionIntentAuditBody =
  | { requestId: string; digest: string; approvedBy: string[]; leaseUntil: number }
  | { decisionId: string; digest: string; argv: string[]; envRemoved: string[]; envInjected: string[]; adapter: string };

/** What happened after the intent: for a held request (`requestId`) or a direct exec (`decisionId`, `intent`). */
export type ExecutionOutcomeAuditBody =
  | { requestId: string; digest: string; outcome: string; detail: JsonObject }
  | { intent?: string; decisionId: string; outcome: string; detail: JsonObject };

export type ExecutionLeaseExpiredAuditBody = { requestId: string; digest: string; agent: string; leaseUntil: number | null; outcome: 'outcome_unknown' };

export type PolicyLoadedAuditBody = { hash: string; policies: string[]; config: string };

/** A brake switched: by a human (F7 adds who asked first), or by D10 freezing an agent. */
export type BrakeChangedAuditBody = {
  switch: string;
  on: boolean;
  reason: string | null;
  change: BrakeChange;
  rule?: 'D10' | 'F7';
  denials?: number;
  windowMs?: number;
  lastReasons?: string[];
  requestedBy?: string;
  requestedAt?: number;
  requestReason?: string | null;
};

/** F7: the first admin's half of a two-admin change. */
export type BrakeRequestedAuditBody = { switch: string; on: true; reason: string | null; change: BrakeChange; rule: 'F7'; needs: string };

export type IdentityChangedAuditBody =
  | { op: 'add'; kind: 'human'; id: string; groups: string[] }
  | { op: 'add'; kind: 'agent'; id: string; role: string; operator: string }
  | { op: 'revoke'; kind: 'human' | 'agent'; id: string };

export type ClockStepAuditBody = { stepMs: number; wall: number; steady: number };

/** Each kind's body. The single source of the kinds: `AuditKind` and `AUDIT_KINDS` follow from it. */
export interface AuditBodies {
  decision: DecisionAuditBody;
  shadow_allow: DecisionAuditBody;
  approval_request: ApprovalRequestAuditBody;
  approval: ApprovalAuditBody;
  rejection: RejectionAuditBody;
  break_glass: BreakGlassAuditBody;
  request_state: RequestStateAuditBody;
  execution_intent: ExecutionIntentAuditBody;
  execution_outcome: ExecutionOutcomeAuditBody;
  execution_lease_expired: ExecutionLeaseExpiredAuditBody;
  policy_loaded: PolicyLoadedAuditBody;
  brake_changed: BrakeChangedAuditBody;
  brake_requested: BrakeRequestedAuditBody;
  identity_changed: IdentityChangedAuditBody;
  clock_step: ClockStepAuditBody;
}

export type AuditKind = keyof AuditBodies;

/** Every kind, for filters and checks at run time; the `satisfies` makes a missing or unknown kind a compile error. */
const KIND_SET = {
  decision: true, shadow_allow: true, approval_request: true, approval: true, rejection: true, break_glass: true,
  request_state: true, execution_intent: true, execution_outcome: true, execution_lease_expired: true,
  policy_loaded: true, brake_changed: true, brake_requested: true, identity_changed: true, clock_step: true,
} as const satisfies Record<AuditKind, true>;
export const AUDIT_KINDS: readonly AuditKind[] = Object.freeze(Object.keys(KIND_SET) as AuditKind[]);

export function isAuditKind(s: string): s is AuditKind {
  return Object.hasOwn(KIND_SET, s);
}

/** What a caller appends, checked per kind: `{ type: 'approval', body }` must carry an approval's body. */
export type AuditAppend = { [K in AuditKind]: { type: K; /** Principal id (`agent:kiro`, `human:alice`, `system`). */ actor: string; body: AuditBodies[K] } }[AuditKind];
