import type { Action, ActionContext, Decision } from '../../core/index.ts';

/**
 * What a hook needs from Portcullis, for one agent: one recorded decision per tool call. The runtime
 * implements it in-process (the gateway on the embedded store) or over the HTTP decision API
 * (`--server URL`, with the agent's own token). The agent is bound into the gate by whoever builds
 * it, never taken from the hook event.
 *
 * Obligations: `decide` records the decision before it resolves (it is the gateway's `decide`);
 * it may reject or hang, and the hook treats both as a deny (F1, F5).
 */
export interface HookGate {
  /** `reason`: why the agent asks (the tool call's own description, the session), for reviewers. */
  decide(action: Action, context: ActionContext, reason?: string): Promise<HookDecision>;
}

/** The part of a decision a hook answers with. */
export type HookDecision = Pick<Decision, 'effect' | 'reasons' | 'decisionId' | 'requestId' | 'requiredApprovals' | 'approverGroups'>;
