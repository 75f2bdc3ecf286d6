import { VERBS, type ActionFacts, type Agent, type Confidence, type Human, type Target } from '../core/index.ts';
import type { McpGate } from '../adapters/mcp/index.ts';
import type { Runtime } from './runtime.ts';

const CONFIDENCES: readonly Confidence[] = ['parsed', 'partial', 'opaque'];

/**
 * The MCP proxy's gate for one agent, in-process: decisions through the runtime's gateway (audited,
 * fail-closed), held-request status read from the approval service without recording anything, the
 * tool-visibility check for `tools/list`, and execution outcomes of approved calls (L3).
 */
export function inProcessMcpGate(runtime: Pick<Runtime, 'gateway' | 'approvals' | 'engine' | 'config' | 'identity'>, agentId: string, server = ''): McpGate {
  const hidden = new Map<string, boolean>();
  let cachedFor = '';
  return {
    decide: (action, context) => runtime.gateway.decide({ agentId, action, context }),
    async requestStatus(requestId) {
      const view = await runtime.approvals.show(requestId);
      // SECURITY: an agent may only wait on its own requests.
      if (view.agent !== agentId) throw new Error(`request \`${requestId}\` is not agent \`${agentId}\`'s`);
      return { status: view.status, approvals: view.approvals.filter((v) => v.counts).length, required: view.required, approverGroups: view.approverGroups, expiresAt: view.expiresAt };
    },
    reportOutcome: (requestId, outcome) => runtime.approvals.reportOutcome(requestId, outcome, `agent:${agentId}`, { via: 'mcp' }),
    async neverAllowed(tool) {
      const principals = await resolve(runtime, agentId);
      if (!principals) return false; // unknown or revoked: every call is denied anyway; hide nothing on doubt
      const engine = runtime.engine;
      if (cachedFor !== engine.hash) {
        hidden.clear();
        cachedFor = engine.hash;
      }
      const known = hidden.get(tool);
      if (known !== undefined) return known;
      const answer = deniedEverywhere(runtime, principals, tool, server);
      hidden.set(tool, answer);
      return answer;
    },
  };
}

/**
 * True only when the policy denies the tool for every fact its arguments could produce: each verb,
 * destructive or not, each confidence, reversible or not, in each inventory environment and in an
 * unknown one. Evaluating one sample call is not enough: `run_sql` with no arguments is opaque (and
 * denied on production) while a SELECT is a read, and an argument naming a dev environment moves the
 * target out of production. Stops at the first combination that is not a deny.
 */
function deniedEverywhere(runtime: Pick<Runtime, 'engine' | 'config'>, p: { agent: Agent; operator: Human; ancestors: Agent[] }, tool: string, server: string): boolean {
  const inventory = runtime.config.inventory;
  const environments = new Map(inventory.environments.map((e) => [e.name, { tier: e.tier, tags: e.tags }]));
  const places: (string | null)[] = [...environments.keys(), null];
  for (const environment of places) {
    const target: Target = { kind: 'mcp', id: `mcp:${server}/${tool}`, environment, home: environment !== null && environment === p.agent.homeEnvironment };
    for (const verb of VERBS) {
      for (const destructive of [false, true]) {
        for (const confidence of CONFIDENCES) {
          for (const reversible of [true, false]) {
            const facts: ActionFacts = { verbs: [verb], destructive, targets: [target], blastRadius: 1, reversible, confidence, findings: [], summary: '', tool };
            const verdict = runtime.engine.evaluate({ ...p, facts, actionKind: 'mcp_tool_call', tool, environments, unknownTier: inventory.unknownTier });
            if (verdict.effect !== 'deny') return false;
          }
        }
      }
    }
  }
  return true;
}

async function resolve(runtime: Pick<Runtime, 'identity'>, agentId: string): Promise<{ agent: Agent; operator: Human; ancestors: Agent[] } | null> {
  const agent = await runtime.identity.agent(agentId);
  if (!agent || agent.revoked) return null;
  const operator = await runtime.identity.human(agent.operator);
  if (!operator || operator.revoked) return null;
  const ancestors: Agent[] = [];
  for (let parent = agent.parent, depth = 0; parent !== undefined; depth++) {
    const a = depth < 32 ? await runtime.identity.agent(parent) : null;
    if (!a || a.revoked) return null;
    ancestors.push(a);
    parent = a.parent;
  }
  return { agent, operator, ancestors };
}
