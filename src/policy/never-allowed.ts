import { VERBS, type ActionFacts, type Agent, type Confidence, type Human, type Inventory, type Target } from '../core/index.ts';
import type { PolicyEngine } from './engine.ts';

const CONFIDENCES: readonly Confidence[] = ['parsed', 'partial', 'opaque'];

/** Who calls the tool: the agent, its operator and its parents (resolved by the gateway's `resolvePrincipals`). */
export interface ToolCaller {
  agent: Agent;
  operator: Human;
  ancestors: Agent[];
}

/**
 * The MCP proxy's tool hiding: true only when `engine` denies `caller` the tool `tool` of MCP server
 * `server` for every fact its arguments could produce: each verb, destructive or not, each confidence,
 * reversible or not, in each inventory environment and in an unknown one. Evaluating one sample call
 * is not enough: `run_sql` with no arguments is opaque (and denied on production) while a SELECT is a
 * read, and an argument naming a dev environment moves the target out of production. Pure (no I/O,
 * nothing recorded); stops at the first combination that is not a deny.
 */
export function neverAllowedTool(engine: PolicyEngine, inventory: Inventory, caller: ToolCaller, tool: string, server: string): boolean {
  const environments = new Map(inventory.environments.map((e) => [e.name, { tier: e.tier, tags: e.tags }]));
  const places: (string | null)[] = [...environments.keys(), null];
  for (const environment of places) {
    const target: Target = { kind: 'mcp', id: `mcp:${server}/${tool}`, environment, home: environment !== null && environment === caller.agent.homeEnvironment };
    for (const verb of VERBS) {
      for (const destructive of [false, true]) {
        for (const confidence of CONFIDENCES) {
          for (const reversible of [true, false]) {
            const facts: ActionFacts = { verbs: [verb], destructive, targets: [target], blastRadius: 1, reversible, confidence, findings: [], summary: '', tool };
            const verdict = engine.evaluate({ ...caller, facts, actionKind: 'mcp_tool_call', tool, environments, unknownTier: inventory.unknownTier });
            if (verdict.effect !== 'deny') return false;
          }
        }
      }
    }
  }
  return true;
}
