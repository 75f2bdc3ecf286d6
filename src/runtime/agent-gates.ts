import type { Action, ActionContext, JsonObject } from '../core/index.ts';
import type { ExecGate, ExecIntent, ExecOutcome, HeldStatus } from '../adapters/exec/index.ts';
import type { HookGate } from '../adapters/hooks/index.ts';
import type { Runtime } from './runtime.ts';

/**
 * The hook and exec adapters' gate, in-process, for one agent: the gateway for decisions, the
 * approvals service for status and outcomes, the audit log for intents (L3).
 */
export function localAgentGate(runtime: Pick<Runtime, 'gateway' | 'approvals' | 'audit'>, agentId: string): HookGate & ExecGate & { requestStatus(id: string): Promise<HeldStatus> } {
  const actor = `agent:${agentId}`;
  return {
    decide: (action: Action, context: ActionContext, reason?: string) => runtime.gateway.decide({ agentId, action, context, ...(reason ? { reason } : {}) }),
    async requestStatus(requestId) {
      const v = await runtime.approvals.show(requestId);
      // An agent reads the status of its own requests only.
      if (v.agent !== agentId) throw new Error(`request \`${requestId}\` is not agent \`${agentId}\`'s`);
      return { status: v.status, approvals: v.approvals.filter((a) => a.counts).length, required: v.required, approverGroups: v.approverGroups, expiresAt: v.expiresAt };
    },
    async recordIntent(intent: ExecIntent) {
      // A held request's intent was recorded when its approval was consumed (same transaction: A6, L3).
      if (intent.requestId !== null) return { id: intent.requestId };
      const body: JsonObject = { decisionId: intent.decisionId, digest: intent.digest, argv: intent.argv, envRemoved: intent.removed, envInjected: intent.injected, adapter: 'exec' };
      return runtime.audit.append({ type: 'execution_intent', actor, body });
    },
    async renewLease(requestId: string) {
      const v = await runtime.approvals.show(requestId);
      if (v.agent !== agentId) throw new Error(`request \`${requestId}\` is not agent \`${agentId}\`'s`);
      return runtime.approvals.renewLease(requestId);
    },
    async recordOutcome(o: ExecOutcome) {
      const detail: JsonObject = { exitCode: o.exitCode, signal: o.signal, ...(o.error ? { error: o.error } : {}), adapter: 'exec' };
      if (o.requestId !== null) {
        await runtime.approvals.reportOutcome(o.requestId, o.outcome, actor, detail);
        return;
      }
      await runtime.audit.append({ type: 'execution_outcome', actor, body: { intent: o.intentId, decisionId: o.decisionId, outcome: o.outcome, detail } });
    },
  };
}
