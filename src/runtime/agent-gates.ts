import { PortcullisError, type JsonObject } from '../core/index.ts';
import type { AgentGate } from '../gateway/index.ts';
import type { ExecutionIntentAuditBody } from '../audit/index.ts';
import type { Runtime } from './runtime.ts';

/**
 * The in-process `AgentGate`, for one agent: decisions through the runtime's gateway (audited,
 * fail-closed), the agent's own requests through the control plane's agent channel (the same code
 * the HTTP routes and the agent sockets run: one ownership check), intents in the audit log (L3),
 * and the tool-hiding check of `tools/list` (the gateway's `neverAllowed`, cached per policy set). `server` names the MCP
 * server whose tools `neverAllowed` is asked about (the MCP proxy's; '' elsewhere).
 */
export function localAgentGate(runtime: Pick<Runtime, 'gateway' | 'control' | 'audit' | 'engine'>, agentId: string, server = ''): AgentGate {
  const actor = `agent:${agentId}`;
  const who = { id: agentId };
  // what policy never allows, per tool, for the engine it was computed with (a reload starts afresh)
  const hidden = new Map<string, boolean>();
  let cachedFor = '';
  return {
    decide: (action, context, reason) => runtime.gateway.decide({ agentId, action, context, ...(reason ? { reason } : {}) }),
    requestStatus: (requestId) => runtime.control.requests.status(requestId, who),
    async recordIntent(intent) {
      // A held request's intent was recorded when its approval was consumed (same transaction: A6, L3).
      if (intent.requestId !== null) return { id: intent.requestId };
      const body: ExecutionIntentAuditBody = { decisionId: intent.decisionId, digest: intent.digest, argv: intent.argv, envRemoved: intent.removed, envInjected: intent.injected, adapter: 'exec' };
      return runtime.audit.append({ type: 'execution_intent', actor, body });
    },
    async renewLease(requestId) {
      // the control plane's agent channel: the same ownership check as the HTTP and socket routes
      const { leaseMs } = await runtime.control.requests.renewLease(requestId, who);
      return { leaseMs };
    },
    async reportOutcome(o) {
      if (o.requestId !== null) {
        await runtime.control.requests.reportOutcome(o.requestId, who, { outcome: o.outcome, exitCode: o.exitCode, ...(o.signal !== undefined ? { signal: o.signal } : {}), ...(o.error ? { error: o.error } : {}), via: o.adapter });
        return;
      }
      const detail: JsonObject = { exitCode: o.exitCode, signal: o.signal ?? null, ...(o.error ? { error: o.error } : {}), adapter: o.adapter };
      await runtime.audit.append({ type: 'execution_outcome', actor, body: { ...(o.intentId ? { intent: o.intentId } : {}), decisionId: o.decisionId, outcome: o.outcome, detail } });
    },
    // A12: no daemon here to write copies the agent's user cannot change; exec keeps its own private copy.
    stageInputs: () => Promise.reject(noStaging()),
    releaseInputs: () => Promise.reject(noStaging()),
    async neverAllowed(tool) {
      const engine = runtime.engine;
      if (cachedFor !== engine.hash) {
        hidden.clear();
        cachedFor = engine.hash;
      }
      const known = hidden.get(tool);
      if (known !== undefined) return known;
      const answer = await runtime.gateway.neverAllowed(agentId, server, tool);
      hidden.set(tool, answer);
      return answer;
    },
  };
}

const noStaging = () =>
  new PortcullisError('exec_staging_unavailable', 'the in-process gate has no daemon to stage input files', { hint: 'a production install (`portcullis setup --system`) stages them through the agent\'s socket' });
