import type { ActionContext, Decision, McpToolCallAction } from '../../core/index.ts';
import type { HeldStatus } from '../../gateway/index.ts';

export type { HeldStatus };

/**
 * What the MCP proxy needs from Portcullis, for one agent. The runtime implements it in-process
 * (gateway + approvals on the embedded store); the CLI implements it over the HTTP decision API
 * (`--server URL`) with the agent's token. The agent is bound into the gate, never taken from the
 * MCP peer.
 *
 * Obligations:
 * - `decide` records the decision (it is the gateway's `decide`): a rejected promise or a timeout is
 *   treated by the proxy as a deny (F1, F5);
 * - `requestStatus` only reads: polling a held request must not record decisions or consume
 *   approvals. The proxy calls `decide` again once the status says `approved`, which consumes the
 *   approval exactly once (A6). A gate that cannot read requests answers `recheck`, and the proxy
 *   then decides again at each poll (each such poll is an audited decision);
 * - `neverAllowed` answers true only when policy denies this agent the tool whatever the arguments
 *   could make of the call (every verb, every environment); it records nothing, and the proxy
 *   treats a rejection or a timeout as "show the tool". When absent, nothing is hidden;
 * - `reportOutcome` records how an approved held call ended (L3); optional.
 */
export interface McpGate {
  decide(action: McpToolCallAction, context: ActionContext): Promise<Decision>;
  requestStatus(requestId: string): Promise<HeldStatus>;
  neverAllowed?(tool: string): Promise<boolean>;
  reportOutcome?(requestId: string, outcome: 'succeeded' | 'failed'): Promise<void>;
}

