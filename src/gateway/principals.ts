import { PortcullisError, type Agent, type Human } from '../core/index.ts';
import type { Directory } from './ports.ts';

export interface Principals {
  agent: Agent;
  operator: Human;
  /** The agent's parents, nearest first. */
  ancestors: Agent[];
}

/**
 * The one resolution of an agent, its operator and its parents, from Portcullis's own records (D1):
 * used by the gateway for every decision and by the MCP tool-hiding check. It fails closed: an agent,
 * operator or parent that is unknown or revoked, or a parent chain that loops back on itself, rejects
 * with `principal_unknown` or `principal_revoked` (D4: a revoked operator takes their agents with them).
 * `bounded` wraps each directory read (the gateway bounds them in time: F5).
 */
export async function resolvePrincipals(directory: Directory, agentId: string, bounded: <T>(p: Promise<T>) => Promise<T> = (p) => p): Promise<Principals> {
  const agent = await bounded(directory.agent(agentId));
  if (!agent) throw new PortcullisError('principal_unknown', `unknown agent \`${agentId}\``, { hint: 'register the agent in portcullis.yaml or with `portcullis agents add`' });
  if (agent.revoked) throw new PortcullisError('principal_revoked', `agent \`${agentId}\` is revoked`);
  const operator = await bounded(directory.human(agent.operator));
  // SECURITY (D4): an operator who is gone or revoked takes their agents with them, now.
  if (!operator) throw new PortcullisError('principal_unknown', `operator \`${agent.operator}\` of agent \`${agentId}\` is unknown`);
  if (operator.revoked) throw new PortcullisError('principal_revoked', `operator \`${agent.operator}\` of agent \`${agentId}\` is revoked`);
  const ancestors: Agent[] = [];
  const seen = new Set([agent.id]);
  for (let parentId = agent.parent; parentId !== undefined; ) {
    // SECURITY (F1): a loop is refused, whatever its length (the chain is finite: every id is seen once).
    if (seen.has(parentId)) throw new PortcullisError('principal_unknown', `agent \`${agentId}\` has a cyclic parent chain`);
    seen.add(parentId);
    const parent = await bounded(directory.agent(parentId));
    if (!parent) throw new PortcullisError('principal_unknown', `parent agent \`${parentId}\` of \`${agentId}\` is unknown`);
    if (parent.revoked) throw new PortcullisError('principal_revoked', `parent agent \`${parentId}\` of \`${agentId}\` is revoked`);
    ancestors.push(parent);
    parentId = parent.parent;
  }
  return { agent, operator, ancestors };
}
