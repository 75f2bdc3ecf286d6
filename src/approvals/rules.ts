import type { Human } from '../core/index.ts';

/** What eligibility is judged against: who asked, for whom, and which groups may approve. */
export interface EligibilityContext {
  agent: string;
  operator: string;
  approverGroups: readonly string[];
  /** A local profile may let the operator approve their own agent (A11). */
  soloOperatorApproval: boolean;
}

export type Eligibility = { ok: true; solo: boolean } | { ok: false; reason: string };

/**
 * Whether `human` may count towards approving (A2, A3). Checked when approving and again at
 * execution. Unknown or revoked humans, the requesting agent, its operator (unless the solo profile
 * allows it), and anyone outside the approver groups never count.
 */
export function approverEligibility(human: Human | null, ctx: EligibilityContext): Eligibility {
  if (!human) return { ok: false, reason: 'approver is not a registered human' };
  if (human.kind !== 'human') return { ok: false, reason: 'agents never approve' };
  if (human.revoked) return { ok: false, reason: `\`${human.id}\` is revoked` };
  if (human.id === ctx.agent) return { ok: false, reason: 'the requester cannot approve its own request' };
  const inGroups = ctx.approverGroups.length === 0 || human.groups.some((g) => ctx.approverGroups.includes(g));
  if (human.id === ctx.operator) {
    if (!ctx.soloOperatorApproval) return { ok: false, reason: `\`${human.id}\` is the operator of agent \`${ctx.agent}\` and cannot approve its request` };
    return { ok: true, solo: true };
  }
  if (!inGroups) return { ok: false, reason: `\`${human.id}\` is not in the approver groups (${ctx.approverGroups.map((g) => `\`${g}\``).join(', ')})` };
  return { ok: true, solo: false };
}

/**
 * F4: who may release a held request alone: an active human in the break-glass group who is neither
 * the agent nor its operator (the incident's operator was an admin: that must never be enough).
 */
export function breakGlassEligibility(human: Human | null, ctx: EligibilityContext, group: string | null): Eligibility {
  if (group === null) return { ok: false, reason: 'break-glass is not enabled' };
  if (!human) return { ok: false, reason: 'not a registered human' };
  if (human.kind !== 'human') return { ok: false, reason: 'agents never break glass' };
  if (human.revoked) return { ok: false, reason: `\`${human.id}\` is revoked` };
  if (human.id === ctx.agent || human.id === ctx.operator) return { ok: false, reason: `\`${human.id}\` is the operator of agent \`${ctx.agent}\` and cannot release its request alone` };
  if (!human.groups.includes(group)) return { ok: false, reason: `\`${human.id}\` is not in the break-glass group \`${group}\`` };
  return { ok: true, solo: false };
}

/** Who may end a request by rejecting it (A4): an eligible approver, or the operator. */
export function rejecterEligibility(human: Human | null, ctx: EligibilityContext): Eligibility {
  if (human && human.kind === 'human' && !human.revoked && human.id === ctx.operator) return { ok: true, solo: false };
  const e = approverEligibility(human, { ...ctx, soloOperatorApproval: false });
  return e;
}

/** A8: the stricter of two requirements: more approvals, narrower groups, both policy lists. */
export function stricter(
  a: { required: number; approverGroups: readonly string[]; policies: readonly string[] },
  b: { required: number; approverGroups: readonly string[]; policies: readonly string[] },
): { required: number; approverGroups: string[]; policies: string[] } {
  let groups: string[];
  if (a.approverGroups.length === 0) groups = [...b.approverGroups];
  else if (b.approverGroups.length === 0) groups = [...a.approverGroups];
  // both restrict: only approvers who satisfy both policies count (an empty intersection blocks all)
  else groups = a.approverGroups.filter((g) => b.approverGroups.includes(g));
  if (a.approverGroups.length > 0 && b.approverGroups.length > 0 && groups.length === 0) groups = ['(none: the policies name disjoint approver groups)'];
  return {
    required: Math.max(a.required, b.required),
    approverGroups: [...new Set(groups)].sort(),
    policies: [...new Set([...a.policies, ...b.policies])].sort(),
  };
}
