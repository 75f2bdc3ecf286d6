import type { Effect } from '../../../core/index.ts';
import type {
  AgentViewModel, ApprovalRequestViewModel, AuditEntryViewModel, AuditPageViewModel, AuditVerifyViewModel, BrakesStateViewModel, ShadowReportRowViewModel,
} from '../../../control/index.ts';
import { isAuditKind } from '../../../gateway/index.ts';
import { environmentsOf } from '../../../ui/index.ts';
import type { AgentItem, AgentView, AuditRow, AuditVerification, BrakesView, QueueItem, RequestView, ShadowRow } from '../../../ui/index.ts';

/** Control-plane answers → the UI's view models. Pure: no I/O, no clock. */

/** The exact artifact as one line of text, for grouping near-duplicate requests. */
function artifactOf(a: ApprovalRequestViewModel['action']): string {
  switch (a.kind) {
    case 'shell':
      return a.command;
    case 'sql':
      return a.sql;
    case 'mcp_tool_call':
      return `${a.server}.${a.tool} ${JSON.stringify(a.arguments)}`;
    case 'file_write':
      return `${a.operation} ${a.path}`;
    case 'http_request':
      return `${a.method} ${a.url}`;
    default:
      return JSON.stringify(a);
  }
}

export function queueItem(r: ApprovalRequestViewModel): QueueItem {
  return {
    digest: r.digest, tiers: r.tiers, artifact: artifactOf(r.action),
    context: Object.entries(r.context).filter(([, v]) => typeof v === 'string' && v !== '').map(([k, v]) => `${k}=${String(v)}`).sort(),
    id: r.id, status: r.status, agent: r.agent, operator: r.operator, environments: environmentsOf(r.facts), summary: r.facts.summary, kind: r.action.kind,
    destructive: r.facts.destructive, createdAt: r.createdAt, expiresAt: r.expiresAt, approvals: r.approvals.filter((v) => v.counts).length, required: r.required,
  };
}

export function requestView(r: ApprovalRequestViewModel, agent: AgentViewModel | null, vote: RequestView['vote']): RequestView {
  return {
    id: r.id, digest: r.digest, status: r.status,
    envelope: { agent: r.agent, operator: r.operator, action: r.action, context: r.context, policySetHash: r.policySetHash, ...(r.inputs.length > 0 ? { inputs: r.inputs } : {}) },
    facts: r.facts,
    agent: { id: r.agent, role: agent?.role ?? null, operator: r.operator, home: agent?.homeEnvironment ?? null },
    required: r.required, approverGroups: r.approverGroups, policies: r.policies, reasons: r.reasons,
    tiers: r.tiers, requesterReason: r.requesterReason, executeWindowMs: r.executeWindowMs,
    approvals: r.approvals, rejections: r.rejections, createdAt: r.createdAt, expiresAt: r.expiresAt, executeBy: r.executeBy,
    history: r.history.map((h) => ({ at: h.at, status: h.to, actor: h.actor, note: h.reason || null })),
    vote,
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const EFFECTS: readonly string[] = ['allow', 'deny', 'hold'];

/**
 * One line per audit entry, from the bodies the gateway, approvals and brakes write. The switch is
 * exhaustive over the kinds (audit/kinds.ts): a new kind does not compile until it has its summary.
 * Bodies are read defensively all the same: the log may hold entries written by an older version.
 */
export function auditRow(e: AuditEntryViewModel): AuditRow {
  const b = obj(e.body);
  const req = str(b['requestId']);
  let summary: string;
  let effect: Effect | null = null;
  // a kind this version does not know (an older log's): its body's first keys
  const kind = isAuditKind(e.type) ? e.type : null;
  switch (kind) {
    case null:
      summary = Object.keys(b).slice(0, 6).join(', ');
      break;
    case 'shadow_allow':
    case 'decision': {
      const facts = obj(b['facts']);
      const action = obj(b['action']);
      summary = str(facts['summary']) ?? str(action['command']) ?? str(action['kind']) ?? 'decision';
      if (typeof b['effect'] === 'string' && EFFECTS.includes(b['effect'])) effect = b['effect'] as Effect;
      const shadow = obj(b['shadow']);
      if (typeof shadow['wouldBe'] === 'string') summary += ` (shadow: would ${shadow['wouldBe']})`;
      const codes = Array.isArray(b['reasons']) ? b['reasons'].map((r) => str(obj(r)['code'])).filter((c): c is string => c !== null) : [];
      if (effect !== 'allow' && codes.length) summary += ` — ${codes.join(', ')}`;
      break;
    }
    case 'approval_request':
      summary = `request ${req ?? '?'} opened, needs ${String(b['required'] ?? '?')} approvals`;
      break;
    case 'approval':
      summary = `approved ${req ?? '?'}${str(b['comment']) ? `: “${str(b['comment'])}”` : ''}${b['solo'] ? ' (solo)' : ''}`;
      break;
    case 'rejection':
      summary = `rejected ${req ?? '?'}${str(b['comment']) ? `: “${str(b['comment'])}”` : ''}`;
      break;
    case 'request_state':
      summary = `${req ?? '?'}: ${String(b['from'] ?? '?')} → ${String(b['to'] ?? '?')}${str(b['reason']) ? ` (${str(b['reason'])})` : ''}`;
      break;
    case 'execution_intent':
      summary = `${req ?? '?'} released for execution${Array.isArray(b['approvedBy']) ? `, approved by ${b['approvedBy'].join(', ')}` : ''}`;
      break;
    case 'execution_outcome':
      summary = `${req ?? '?'}: ${String(b['outcome'] ?? '?')}`;
      break;
    case 'brake_changed':
      summary = `${String(b['switch'] ?? 'brake')} ${b['on'] ? 'on' : 'off'}${str(b['reason']) ? `: ${str(b['reason'])}` : ''}`;
      break;
    case 'identity_changed':
      summary = [b['op'], b['kind'], b['id']].filter((x) => typeof x === 'string').join(' ') || 'identity changed';
      break;
    case 'policy_loaded':
      summary = str(b['hash']) ? `hash ${str(b['hash'])}` : 'policy loaded';
      break;
    case 'break_glass':
      summary = `BREAK-GLASS ${req ?? '?'} by ${str(b['human']) ?? '?'}${str(b['reason']) ? `: “${str(b['reason'])}”` : ''}`;
      break;
    case 'execution_lease_expired':
      summary = `${req ?? '?'}: execution lease ran out, outcome unknown`;
      break;
    case 'brake_requested':
      summary = `${String(b['switch'] ?? 'brake')} on requested${str(b['reason']) ? `: ${str(b['reason'])}` : ''}${str(b['needs']) ? `; needs ${str(b['needs'])}` : ''}`;
      break;
    case 'clock_step':
      summary = `clock stepped ${typeof b['stepMs'] === 'number' ? `${b['stepMs']} ms` : '?'}`;
      break;
    default: {
      const unhandled: never = kind;
      throw new Error(`audit kind \`${String(unhandled)}\` has no summary`);
    }
  }
  const action = obj(b['action']);
  const mcp = e.type === 'decision' && action['kind'] === 'mcp_tool_call' ? str(action['server']) : null;
  return { seq: e.seq, id: e.id, ts: e.ts, type: e.type, actor: e.actor, summary, effect, requestId: req, mcpSession: mcp ? `${e.actor} → ${mcp}` : null };
}

export function auditRows(p: AuditPageViewModel): AuditRow[] {
  return p.entries.map(auditRow);
}

export function verification(v: AuditVerifyViewModel): AuditVerification {
  if (v.ok) {
    return {
      status: 'ok', entries: v.size, firstBad: null,
      checkpoint: null,
      message: `${v.checkpoints} signed ${v.checkpoints === 1 ? 'checkpoint' : 'checkpoints'}${v.anchoredSize !== null ? `, the newest covering ${v.anchoredSize} entries` : ''}; root ${v.root}.`,
    };
  }
  // position 0: the chain holds, but vote rows are not backed by their signed entries (A13)
  if (v.position === 0) return { status: 'failed', entries: v.size, checkpoint: null, firstBad: null, message: v.problem };
  return { status: 'failed', entries: v.size, checkpoint: null, firstBad: { seq: v.position, problem: v.problem }, message: '' };
}

export function agentItem(a: AgentViewModel, shown: number): AgentItem {
  const counts = { allow: 0, deny: 0, hold: 0 };
  for (const d of a.recent) counts[d.effect]++;
  return {
    id: a.id, role: a.role, operator: a.operator, home: a.homeEnvironment, homeTier: a.homeTier, denialStreak: a.denialStreak, parent: a.parent, revoked: a.revoked, frozen: a.frozen, counts,
    recent: a.recent.slice(0, shown).map((d) => ({ at: d.ts, effect: d.effect, summary: d.summary + (d.wouldBe ? ` (shadow: would ${d.wouldBe})` : '') })),
  };
}

export function agentView(a: AgentViewModel, s: BrakesStateViewModel, window: number): AgentView {
  const own = s.agents[a.id];
  return {
    agent: agentItem(a, 0),
    budget: { perHour: s.budgetPerHour, spent: s.spent[a.id] ?? 0 },
    persistence: { denials: s.denials[a.id] ?? 0, freezeAt: s.freezeAfterDenials?.count ?? null, windowMinutes: s.freezeAfterDenials ? Math.round(s.freezeAfterDenials.windowMs / 60_000) : null },
    brake: own?.on ? { on: true, by: own.by, at: own.at, reason: own.reason } : { on: false, by: null, at: null, reason: null },
    globalBrake: s.global?.on ?? false,
    decisions: a.recent.slice(0, window).map((d) => ({ at: d.ts, effect: d.effect, summary: d.summary + (d.wouldBe ? ` (shadow: would ${d.wouldBe})` : ''), seq: d.seq, requestId: d.requestId, reasons: d.reasons })),
  };
}

export function brakesView(s: BrakesStateViewModel, agents: string[]): BrakesView {
  const g = s.global?.on ? s.global : null;
  return {
      global: { engaged: g !== null, since: g?.at ?? null, by: g?.by ?? null, reason: g?.reason ?? null },
    frozen: Object.entries(s.agents).filter(([, v]) => v.on).map(([agent, v]) => ({ agent, since: v.at, by: v.by, reason: v.reason })),
    agents,
    shadow: { global: s.shadow['*']?.on ?? false, environments: Object.entries(s.shadow).filter(([k, v]) => k !== '*' && v.on).map(([k]) => k) },
    shadowRequests: Object.entries(s.shadowRequests).map(([environment, v]) => ({ environment, since: v.at, by: v.by, reason: v.reason })),
  };
}

export function shadowRow(r: ShadowReportRowViewModel): ShadowRow {
  return {
    at: r.ts, decisionId: String(r.seq), agent: r.agent, environments: r.environments.map((e) => e ?? 'unknown'), summary: r.summary, wouldBe: r.wouldBe,
    reasons: r.reasonMessages.length ? r.reasonMessages : r.reasons.map((code) => ({ code, message: '' })), tiers: r.tiers,
  };
}
