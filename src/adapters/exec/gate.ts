import type { Action, ActionContext, Decision } from '../../core/index.ts';
import type { HeldStatus } from '../../gateway/index.ts';

export type { HeldStatus };

/**
 * What `portcullis exec` needs from Portcullis, for one agent. The runtime implements it in-process
 * (gateway, approvals and audit on the embedded store) or over the HTTP API (`--server URL`).
 *
 * Obligations:
 * - `decide` is the gateway's `decide` (recorded before it resolves). For a held action whose
 *   approvals are satisfied it consumes them, moves the request to EXECUTING and records the
 *   execution intent in the same transaction (A6, L3);
 * - `requestStatus` only reads: polling never records a decision or consumes an approval; without
 *   it, exec polls by deciding again (each poll is then a recorded decision);
 * - `recordIntent` resolves only once the intent is durable in the audit log (L3: log before act);
 *   for a request already EXECUTING it may only add the command's details;
 * - `recordOutcome` records how the command ended; for a held request it moves it from EXECUTING
 *   to SUCCEEDED or FAILED. An intent that never gets an outcome (the process was killed) stays
 *   EXECUTING until its lease runs out, then it is OUTCOME_UNKNOWN; it is never retried.
 */
export interface ExecGate {
  decide(action: Action, context: ActionContext): Promise<ExecDecision>;
  /** Both gates read status (in-process, and `GET /v1/requests/{id}`); without it exec asks `decide` again. */
  requestStatus?(requestId: string): Promise<HeldStatus>;
  recordIntent(intent: ExecIntent): Promise<{ id: string }>;
  recordOutcome(outcome: ExecOutcome): Promise<void>;
  /**
   * L3: renews the execution lease of a held request while its command runs; resolves with the
   * lease's length. Rejects when the lease cannot be renewed (ran out: the request is
   * OUTCOME_UNKNOWN). Exec renews once before the command starts (nothing runs if that fails) and
   * then every third of the lease.
   */
  renewLease?(requestId: string): Promise<{ leaseMs: number }>;
}

export type ExecDecision = Pick<Decision, 'effect' | 'reasons' | 'decisionId' | 'requestId' | 'requiredApprovals' | 'approverGroups' | 'actionDigest' | 'inputs'> & {
  /** The classifier's facts, where the gate has them (in-process): their input names let a recheck see files added to a directory. */
  facts?: Decision['facts'];
};

/**
 * A12: just before the command starts, checks that the input files still hold the bytes the decision
 * bound, and where it is safe points the command at a private copy of those bytes, so a file swapped
 * after the check cannot reach it.
 *
 * Obligations: `prepare` rejects (nothing runs) when any bound file changed, vanished or appeared, or
 * cannot be read; it never returns an argv whose files differ from what was approved; `cleanup`
 * removes every private copy.
 */
export interface ExecInputGuard {
  prepare(decision: ExecDecision, argv: readonly string[], cwd: string): Promise<{ argv: string[]; copied: string[]; cleanup: () => void }>;
}


export interface ExecIntent {
  decisionId: string;
  requestId: string | null;
  digest: string;
  argv: string[];
  /** Variable names removed from the environment, and those the agent's profile set (never values). */
  removed: string[];
  injected: string[];
}

export interface ExecOutcome {
  intentId: string;
  decisionId: string;
  requestId: string | null;
  outcome: 'succeeded' | 'failed';
  exitCode: number | null;
  signal: string | null;
  /** Why the command could not start, if it could not. */
  error?: string;
}
