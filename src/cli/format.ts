import type { Decision, Issue } from '../core/index.ts';

const LABEL = { allow: 'ALLOW', deny: 'DENY', hold: 'HOLD' } as const;

/** A decision as people read it in a terminal. */
export function formatDecision(d: Decision, subject: string): string {
  const lines = [`${LABEL[d.effect]}${d.shadow ? ` (shadow: would be ${d.shadow.wouldBe})` : ''}  ${subject}`];
  const f = d.facts;
  if (f) {
    const targets = f.targets.map((t) => `${t.id || t.kind} [${t.environment ?? 'unknown env'}${t.home ? ', home' : ''}${t.critical ? ', critical' : ''}]`).join(', ');
    lines.push(`  facts:    ${f.verbs.join(', ')}${targets ? ` on ${targets}` : ''}; ${f.destructive ? 'destructive' : 'not destructive'}, ${f.reversible ? 'reversible' : 'irreversible'}, ${f.confidence}${f.blastRadius !== null ? `, blast radius ${f.blastRadius}` : ''}`);
    if (f.summary) lines.push(`  summary:  ${f.summary}`);
  }
  for (const r of d.reasons) lines.push(`  reason:   ${r.message} [${r.code}${r.policyId ? ` ${r.policyId}` : ''}]`);
  if (d.policies.length > 0) lines.push(`  policies: ${d.policies.join(', ')}`);
  if (d.effect === 'hold') lines.push(`  approvals required: ${d.requiredApprovals}${d.approverGroups.length ? ` from ${d.approverGroups.join(', ')}` : ''}${d.requestId ? `; request ${d.requestId}` : ''}`);
  lines.push(`  decision: ${d.decisionId || '(not recorded)'}  digest: ${d.actionDigest || '-'}`);
  return `${lines.join('\n')}\n`;
}

/** One line per issue, then its hint. */
export function formatIssues(issues: Issue[], code: string): string {
  return issues.map((i) => `error: ${i.path}: ${i.message} (${code})\n${i.hint ? `hint: ${i.hint}\n` : ''}`).join('');
}
