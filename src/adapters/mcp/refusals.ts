import type { AgentDecision as Decision, HeldStatus } from '../../gateway/index.ts';

/**
 * The texts an agent reads when Portcullis refuses a tool call. They go to a model: each says what
 * happened, why, which ids a human needs, and what to do next, in one short paragraph.
 */

const reasonsOf = (d: Decision) => d.reasons.map((r) => r.message).join('; ') || 'no reason recorded';

export function deniedText(tool: string, d: Decision): string {
  return `Portcullis denied the call to \`${tool}\`: ${reasonsOf(d)}. Decision ${d.decisionId || '(not recorded)'}. Do not retry this call as is; change the approach or ask a human.`;
}

export function heldText(tool: string, d: Decision, status: HeldStatus | null, timeoutMs: number): string {
  const required = status?.required ?? d.requiredApprovals;
  const have = status?.approvals ?? 0;
  const groups = status?.approverGroups ?? d.approverGroups;
  return (
    `Portcullis is holding the call to \`${tool}\` for human approval: request ${d.requestId} has ${have} of ${required} approval(s) ` +
    `after waiting ${formatDuration(timeoutMs)}. Reasons: ${reasonsOf(d)}. ` +
    `Reviewers${groups.length > 0 ? ` in group ${groups.map((g) => `\`${g}\``).join(' or ')}` : ''} must approve request ${d.requestId} ` +
    `(in the review UI or with \`portcullis approvals approve ${d.requestId}\`); then retry exactly the same call. Decision ${d.decisionId}.`
  );
}

export function heldProgressText(requestId: string, status: HeldStatus | null, d: Decision, leftMs: number): string {
  return `held for approval: request ${requestId}, ${status?.approvals ?? 0} of ${status?.required ?? d.requiredApprovals} approvals, ${formatDuration(leftMs)} left`;
}

export function requestEndedText(tool: string, requestId: string, status: string, decisionId: string): string {
  return `Portcullis refused the call to \`${tool}\`: request ${requestId} is ${status.replace(/_/g, ' ')} and was not approved. Decision ${decisionId}. Do not retry this call as is; ask a human.`;
}

export function errorText(message: string): string {
  return `Portcullis could not decide this call and refused it (fail closed): ${message}.`;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return s % 60 === 0 ? `${m}m` : `${m}m${String(s % 60).padStart(2, '0')}s`;
}
