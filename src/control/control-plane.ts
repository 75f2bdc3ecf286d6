import type { Action, ActionContext, ActionFacts, AuditEntryV1, BoundInput, BrakeChange, Effect, HeldStatus, PrincipalView, Tier } from '../core/index.ts';

export type { BrakeChange };

/**
 * The control plane: everything a human does (approve, reject, cancel, break-glass, recover,
 * brakes, users and agents, audit reads). The CLI calls it in-process and the HTTP reviewer API
 * and UI call it per request: one implementation (`createControlPlane`), so no door can differ.
 * Adapters see only these plain view models, which are also the CLI's `--json` output and the
 * OpenAPI components.
 *
 * A rule that must hold whoever calls lives in the domain module (only admins release brakes:
 * brakes/; every release or rejection notifies: approvals/), never here.
 *
 * Obligations of every implementation:
 * - every method that changes state takes the acting principal's id and re-resolves that principal
 *   from Portcullis's own records at the moment of the change (a session may outlive a revocation);
 *   an agent, an unknown or a revoked principal is refused with `auth_failed` (D2, F3);
 * - every state change is audited in the same transaction that makes it (L2);
 * - failures reject with a `PortcullisError` carrying a stable code (`auth_failed`,
 *   `approval_refused`, `approval_not_found`, `request_invalid`, `store_unavailable`, ...); the
 *   adapter maps codes to statuses;
 * - read methods never change state (a GET is never a vote, whatever a link scanner fetches);
 * - the agent-side methods (`requests`) are the only ones an agent may call, and only about its own
 *   requests: they re-resolve the agent at each call (an unknown or revoked agent is `auth_failed`)
 *   and answer another agent's request exactly as a request that does not exist
 *   (`approval_not_found`), so request ids cannot be probed.
 */

/** Which door a credential was presented at: agents ask for decisions; humans review. */
export type ControlChannel = 'agent' | 'reviewer';

/** An authenticated principal, as the adapter may show it and pass back as `actor`. */
export interface SignedInPrincipal {
  kind: 'human' | 'agent';
  id: string;
  name: string | null;
  groups: string[];
  /** A human in the configured admin group: may release brakes and switch shadow mode. */
  admin: boolean;
}

/** Who acts on the control plane. Only the id is trusted; the implementation re-resolves it. */
export interface ControlActor {
  id: string;
}

export type RequestStatusView = 'pending' | 'approved' | 'executing' | 'succeeded' | 'failed' | 'outcome_unknown' | 'denied' | 'expired' | 'cancelled';

export interface VoteViewModel {
  human: string;
  at: number;
  comment: string | null;
  /** The operator approved their own agent's request under a solo profile (A11). */
  solo: boolean;
  /** Whether the vote counts now (the voter may since have been revoked or left the group). */
  counts: boolean;
}

/** A held action as reviewers see it (A9): the exact action, who asks and for whom, its facts. */
export interface ApprovalRequestViewModel {
  id: string;
  digest: string;
  status: RequestStatusView;
  agent: string;
  operator: string;
  action: Action;
  context: ActionContext;
  policySetHash: string;
  facts: ActionFacts;
  required: number;
  approverGroups: string[];
  policies: string[];
  approvals: VoteViewModel[];
  rejections: VoteViewModel[];
  /** F4: who released the request alone, and why (`comment`). */
  breakGlass: VoteViewModel[];
  createdAt: number;
  expiresAt: number;
  executeBy: number | null;
  /** L3: while executing, when its lease runs out unless the executor renews it; then outcome_unknown. */
  leaseUntil: number | null;
  /** State changes from the audit log, oldest first (filled by `show`; empty in `list`). */
  history: Array<{ at: number; from: string; to: string; actor: string; reason: string }>;
  /** A12: the input files the digest binds, with their content; empty when the action reads none. */
  inputs: BoundInput[];
  /** Why it was held: the reasons of the decision that opened it, with each policy's message (filled by `show`). */
  reasons: Array<{ code: string; message: string; policyId: string | null }>;
  /** Why the agent asked (its justification, the tool's description, its session); null when none was given. */
  requesterReason: string | null;
  /** The tier of every environment the action touches (`unknown` is decided as the unknown tier). */
  tiers: Record<string, Tier>;
  /** Once approved, the agent must run the action within this long (A5), exactly once (A6). */
  executeWindowMs: number;
}

export interface ApproveOutcomeViewModel {
  status: 'pending' | 'approved';
  requestId: string;
  approvals: number;
  required: number;
  /** This human had already approved; nothing changed (A2). */
  alreadyCounted: boolean;
}

/** An audit entry as the reviewer API shows it: the stored entry without its format version. */
export type AuditEntryViewModel = Omit<AuditEntryV1, 'v'>;

export interface AuditPageViewModel {
  /** Newest first. */
  entries: AuditEntryViewModel[];
  /** Entries in the log. */
  size: number;
  /** Pass as `before` for the next (older) page; null at the start of the log. */
  nextBefore: number | null;
}

export type AuditVerifyViewModel =
  | { ok: true; size: number; root: string; checkpoints: number; anchoredSize: number | null; checkedAt: number }
  | { ok: false; size: number; position: number; problem: string; checkedAt: number };

export interface RecentDecisionViewModel {
  seq: number;
  ts: number;
  effect: Effect;
  /** Shadow mode: the gate would have answered this, but let the action through. */
  wouldBe: Effect | null;
  summary: string;
  reasons: string[];
  requestId: string | null;
}

export interface AgentViewModel {
  id: string;
  role: string;
  operator: string;
  homeEnvironment: string | null;
  /** The tier of the home environment; null without a home. */
  homeTier: Tier | null;
  parent: string | null;
  revoked: boolean;
  /** Frozen by its own kill switch or the global one. */
  frozen: boolean;
  recent: RecentDecisionViewModel[];
  /** Denials in a row among the newest recent decisions (D10 freezes an agent after K of them). */
  denialStreak: number;
}

export interface BrakeSwitchViewModel {
  on: boolean;
  by: string;
  at: number;
  reason: string | null;
}

export interface BrakesStateViewModel {
  /** The global kill switch: every agent stopped. */
  global: BrakeSwitchViewModel | null;
  /** Agents whose own kill switch is on. */
  agents: Record<string, BrakeSwitchViewModel>;
  /** Shadow mode: `*` for global, else environment names; only switches that are on. */
  shadow: Record<string, BrakeSwitchViewModel>;
  /** F7: requests to turn shadow mode on that wait for a second admin (`*` global, else environment names); `by` is the first admin. */
  shadowRequests: Record<string, BrakeSwitchViewModel>;
  /** At most this many destructive actions per agent per hour; null when no budget is set. */
  budgetPerHour: number | null;
  /** Destructive actions spent in the last hour, per agent (only agents with spend). */
  spent: Record<string, number>;
  /** D10: K policy denials within the window freeze an agent; null when turned off. */
  freezeAfterDenials: { count: number; windowMs: number } | null;
  /** D10: counted denials per agent within the window (since its last release); only agents with some. */
  denials: Record<string, number>;
}


export interface ShadowReportRowViewModel {
  seq: number;
  ts: number;
  agent: string;
  wouldBe: Effect;
  summary: string;
  environments: (string | null)[];
  reasons: string[];
  /** The same reasons with their messages (the policy's own words), in order. */
  reasonMessages: Array<{ code: string; message: string; policyId: string | null }>;
  /** The tier of each environment (null, an unidentified one, is keyed `unknown`). */
  tiers: Record<string, Tier>;
}

/**
 * A held request as its own agent may follow it (`GET /v1/requests/{id}`): the state machine's
 * status (A10) with the votes that count now, and the digest it is bound to (A1). Nothing about
 * who voted: the agent needs to know whether to wait, not whom to lean on.
 */
export interface AgentRequestViewModel extends HeldStatus {
  id: string;
  digest: string;
  status: RequestStatusView;
}

/** How an agent's execution of its consumed approval ended (L3). */
export interface AgentOutcomeReport {
  outcome: 'succeeded' | 'failed';
  /** The command's exit code where there is one (a signal or a tool call has none). */
  exitCode: number | null;
  /** The signal that ended it, where one did (in-process exec). */
  signal?: string | null;
  /** Why it could not start, where it could not. */
  error?: string;
  /** Which door reported it (recorded in the entry's detail): `api` (HTTP and sockets, the default), or the in-process adapter. */
  via?: 'api' | 'exec' | 'mcp';
}

export interface RecoverOutcomeViewModel {
  /** Requests moved to outcome_unknown (L3). */
  requestIds: string[];
}

/** A user or agent as `users list` / `agents list` show them; never a token or its hash. */
export type PrincipalViewModel = PrincipalView;

/** A newly registered principal and its token, shown this once (only its hash is kept). */
export interface IssuedTokenViewModel {
  principal: PrincipalViewModel;
  token: string;
}

export interface ControlPlaneStats {
  pendingApprovals: number;
  auditSize: number;
  /** Server time of the newest signed checkpoint; null when none yet. */
  lastCheckpointAt: number | null;
}

export interface ControlPlane {
  /**
   * The principal a bearer token belongs to at this door. An agent token on the reviewer channel,
   * a human token on the agent channel, an unknown, malformed or revoked token: `auth_failed`.
   */
  authenticate(token: string, channel: ControlChannel): Promise<SignedInPrincipal>;
  /** The human with this id now, or null when unknown or revoked (sessions re-check on each request). */
  human(id: string): Promise<SignedInPrincipal | null>;
  /**
   * The configured human an OpenID Connect subject maps to (A2: distinct humans are counted by
   * their stable IdP subject), or null when the subject is not mapped or the human is revoked.
   */
  humanByOidcSubject(issuer: string, subject: string): Promise<SignedInPrincipal | null>;
  /**
   * A random secret shared by every replica on this store (pinned on first use), for signing
   * session cookies and CSRF tokens. Never shown to anyone.
   */
  sharedSecret(name: string): Promise<string>;

  approvals: {
    list(filter?: { statuses?: RequestStatusView[]; limit?: number }): Promise<ApprovalRequestViewModel[]>;
    show(id: string): Promise<ApprovalRequestViewModel>;
    /** A1: `digest` must be the request's digest. */
    approve(id: string, actor: ControlActor, digest: string, comment: string | null): Promise<ApproveOutcomeViewModel>;
    /** A4: a comment is required. */
    reject(id: string, actor: ControlActor, comment: string): Promise<ApprovalRequestViewModel>;
    cancel(id: string, actor: ControlActor, comment: string | null): Promise<ApprovalRequestViewModel>;
    /**
     * F4: one member of the admin group who is not the operator releases a pending request alone,
     * bound to `digest`, single-use, audited as `break_glass` with the reason.
     */
    breakGlass(id: string, actor: ControlActor, digest: string, reason: string): Promise<ApprovalRequestViewModel>;
    /**
     * L3: marks requests executing for at least `olderThanMs` (an intent with no outcome) as
     * outcome_unknown; they are never retried. Any active human may; it only ends executions.
     */
    recover(actor: ControlActor, options: { olderThanMs: number }): Promise<RecoverOutcomeViewModel>;
    /** Whether this human may approve / reject the request now, and why not (A3). Changes nothing. */
    eligibility(id: string, actor: ControlActor): Promise<{ approve: { ok: boolean; reason: string | null }; reject: { ok: boolean; reason: string | null } }>;
  };

  /** What an agent may ask about its own held requests (the agent channel). */
  requests: {
    /**
     * The request's status for the agent that asked for it; read-only (polling never consumes an
     * approval or records a decision). A pending or approved request whose deadline has passed is
     * shown `expired` (A5) without writing anything; the expiry sweep records it.
     */
    status(id: string, agent: ControlActor): Promise<AgentRequestViewModel>;
    /**
     * Records the outcome of the agent's own EXECUTING request (L3: the intent was recorded when the
     * approval was consumed), audited as `execution_outcome` in the same transaction as the move to
     * SUCCEEDED or FAILED. Any other status is refused with `approval_refused`: an outcome is
     * reported once, and only for an execution that was started.
     */
    reportOutcome(id: string, agent: ControlActor, report: AgentOutcomeReport): Promise<AgentRequestViewModel>;
    /**
     * L3: the agent's executor says its command still runs: the lease of its own EXECUTING request
     * is extended to the configured length from now (`leaseMs`; renew well within it). A lease that
     * ran out is never revived: the request is OUTCOME_UNKNOWN (audited `execution_lease_expired`)
     * and this is refused with `approval_refused`, as is any status other than EXECUTING.
     */
    renewLease(id: string, agent: ControlActor): Promise<AgentRequestViewModel & { leaseUntil: number; leaseMs: number }>;
  };

  audit: {
    /**
     * Newest first. Filters combine: `type` (one of audit/'s `AUDIT_KINDS`; any other is
     * `request_invalid`, whose hint lists the kinds), `agent` (the acting agent, or the agent a request belongs to),
     * `requestId`, `effect` (decisions only), `since`/`until` (epoch ms, inclusive). A filtered page
     * scans a bounded stretch of the log backwards; `nextBefore` continues from where it stopped.
     */
    page(query: { before?: number; limit?: number; type?: string; agent?: string; requestId?: string; effect?: Effect; since?: number; until?: number }): Promise<AuditPageViewModel>;
    /** One entry by sequence number, or null. */
    entry(seq: number): Promise<AuditEntryViewModel | null>;
    /** Recomputes the chain and checkpoints (L5). */
    verify(): Promise<AuditVerifyViewModel>;
  };

  agents: {
    list(options?: { recent?: number }): Promise<AgentViewModel[]>;
    show(id: string, options?: { recent?: number }): Promise<AgentViewModel>;
  };

  /**
   * Registered users and agents (D2: agents never mint credentials). `actor` is `bootstrap` only
   * to register the very first user of a store that has no active user (whoever can write the
   * store could anyway); once one exists, every change needs an active human.
   */
  principals: {
    list(kind: 'human' | 'agent', actor: ControlActor): Promise<PrincipalViewModel[]>;
    addHuman(input: { id: string; name?: string | null; groups?: string[] }, actor: ControlActor | 'bootstrap'): Promise<IssuedTokenViewModel>;
    addAgent(input: { id: string; role?: string; operator?: string; homeEnvironment?: string | null; parent?: string | null }, actor: ControlActor): Promise<IssuedTokenViewModel>;
    /** D4: revoking a user cancels their agents' open requests. */
    revoke(kind: 'human' | 'agent', id: string, actor: ControlActor): Promise<{ cancelledRequests: string[] }>;
  };

  brakes: {
    state(): Promise<BrakesStateViewModel>;
    /**
     * Switches a brake, audited as `brake_changed` (F3). Any eligible human may engage a kill
     * switch; releasing one or turning shadow mode on or off needs an admin. Agents never may.
     */
    change(change: BrakeChange, actor: ControlActor, reason: string | null): Promise<BrakesStateViewModel>;
    /** Decisions that shadow mode let through, newest first. */
    shadowReport(options?: { limit?: number }): Promise<ShadowReportRowViewModel[]>;
  };

  /** Cheap figures for `/metrics`. */
  stats(): Promise<ControlPlaneStats>;
  /** Whether the store answers now (F2: config and policies were validated before this existed). */
  ready(): Promise<{ ready: true } | { ready: false; problem: string }>;
}
