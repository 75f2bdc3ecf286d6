import type { Action, ActionContext, Decision, HeldStatus } from '../core/index.ts';
import type { StageFile, StagedInputs } from './input-staging.ts';

/**
 * The agent's door: everything an agent does with Portcullis, for one agent that is bound into the
 * gate by whoever builds it (never taken from the action, the hook event or the MCP peer: D1, D7).
 * One interface, two implementations: in-process (runtime/agent-gates.ts, the gateway and the control
 * plane on the embedded store) and remote (runtime/remote-gate.ts, the SDK client over a `Transport`:
 * HTTP with the agent's token, or the agent's Unix socket). Adapters depend on exactly the methods
 * they use (`Pick<AgentGate, 'decide'>` for a hook); `describeAgentGate` (test/contracts/) runs the
 * same cases against every implementation.
 *
 * Obligations:
 * - `decide` is the gateway's `decide`: the decision is recorded before it resolves. For a held action
 *   whose approvals are satisfied it consumes them, moves the request to EXECUTING and records the
 *   execution intent in the same transaction (A6, L3). Adapters treat a rejection or a hang as a
 *   deny (F1, F5);
 * - `requestStatus` only reads the agent's own held request: it records no decision and consumes no
 *   approval. Another agent's request is refused exactly like one that does not exist
 *   (`approval_not_found`), so ids cannot be probed (approvals' `ownRequest`, the one check);
 * - `recordIntent` resolves only once the intent is durable (L3: log before act). A held request's
 *   intent was recorded when its approval was consumed, so for one it only names the request;
 * - `reportOutcome` records how the execution ended: for a held request it moves it from EXECUTING
 *   to SUCCEEDED or FAILED, once (any other status is `approval_refused`). An intent that never gets
 *   an outcome stays EXECUTING until recovery marks it OUTCOME_UNKNOWN; it is never retried;
 * - `neverAllowed` answers true only when policy denies this agent the tool whatever the arguments
 *   could make of the call (policy's `neverAllowedTool`); it records nothing. A gate that cannot
 *   tell answers false: the proxy then shows the tool, and every call of it is still decided.
 *
 * Errors: a remote gate rejects with a `PortcullisError` whose `code` is the server's own code
 * (`approval_not_found`, `permission_denied`, ...) or a `client_*` code (`client_unreachable`,
 * `client_timeout`, `client_bad_response`); the in-process gate rejects with the same codes.
 */
export interface AgentGate {
  /** `reason`: why the agent asks (its task, the tool call's description), for reviewers; not part of the digest. */
  decide(action: Action, context: ActionContext, reason?: string): Promise<AgentDecision>;
  requestStatus(requestId: string): Promise<AgentRequestStatus>;
  recordIntent(intent: ExecutionIntent): Promise<{ id: string }>;
  reportOutcome(outcome: ExecutionOutcome): Promise<void>;
  /**
   * L3: renews the execution lease of the agent's own EXECUTING request while its command runs;
   * resolves with the lease's length. Rejects when it cannot be renewed (the lease ran out: the
   * request is OUTCOME_UNKNOWN, never retried).
   */
  renewLease(requestId: string): Promise<{ leaseMs: number }>;
  neverAllowed(tool: string): Promise<boolean>;
  /**
   * A12: hands the bytes of input files of an allowed decision (the one this gate just answered) to
   * the daemon, which checks each against the sha256 the decision bound and writes copies the
   * agent's user can read and cannot change; resolves with their paths. Only the agent's Unix socket
   * has a daemon to do it: the in-process gate and the TCP server reject with
   * `exec_staging_unavailable` (exec then keeps its own private copy). Refusals: see `InputStaging`.
   */
  stageInputs(decisionId: string, files: readonly StageFile[]): Promise<StagedInputs>;
  /** Removes a stage's copies; resolves also when they are already gone. */
  releaseInputs(stageId: string): Promise<void>;
}

/**
 * A decision as every gate returns it: what the wire (`DecisionResponseV1`) carries. `facts` and
 * `inputs` come where the gate has them (A12: the input files let exec recheck the bound bytes).
 */
export type AgentDecision = Pick<Decision, 'effect' | 'reasons' | 'decisionId' | 'requestId' | 'requiredApprovals' | 'approverGroups' | 'actionDigest' | 'inputs' | 'policies' | 'shadow'> & {
  facts?: Decision['facts'];
};

/** A held request as its own agent follows it (`GET /v1/requests/{id}`): A10's status and the digest it binds (A1). */
export interface AgentRequestStatus extends HeldStatus {
  id: string;
  digest: string;
}

/** What is about to run (L3), for an allowed action. */
export interface ExecutionIntent {
  decisionId: string;
  requestId: string | null;
  digest: string;
  argv: string[];
  /** Variable names removed from the environment, and those the agent's profile set (never values). */
  removed: string[];
  injected: string[];
}

/** How an execution ended (L3). */
export interface ExecutionOutcome {
  decisionId: string;
  requestId: string | null;
  /** The intent's id, where one was recorded (exec); a held request's intent is its request. */
  intentId?: string;
  outcome: 'succeeded' | 'failed';
  exitCode: number | null;
  signal?: string | null;
  /** Why the command could not start, if it could not. */
  error?: string;
  /** Which adapter ran it, for the audit entry. */
  adapter: 'exec' | 'mcp';
}
