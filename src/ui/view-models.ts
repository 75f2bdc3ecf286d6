import type { ActionEnvelope, ActionFacts, Effect, ReasonCode } from '../core/index.ts';

/**
 * What each page shows, as plain data. The HTTP adapter builds these from control-plane answers;
 * the pages only render them. Times are epoch milliseconds and `now` comes in with the page, so a
 * render is a pure function of its view model.
 */

export interface Viewer {
  id: string;
  name: string | null;
  /**
   * Admins may also release kill switches and switch shadow mode; any reviewer may engage a kill
   * switch. The control plane enforces both; this only decides which buttons to show.
   */
  admin: boolean;
}

export interface Flash {
  kind: 'ok' | 'error';
  message: string;
}

/** Shared by every page: who is signed in, the CSRF token for forms, banners. */
export interface PageContext {
  now: number;
  viewer: Viewer | null;
  /** Required by every state-changing form; null only on pages without forms. */
  csrfToken: string | null;
  flash: Flash | null;
  /** Shown loudly on every page while engaged. */
  killSwitch: { global: boolean; agents: string[] } | null;
  /** Pending requests, for the navigation badge; null when unknown. */
  pending: number | null;
}

export interface QueueItem {
  id: string;
  status: string;
  agent: string;
  operator: string;
  environments: string[];
  summary: string;
  kind: string;
  destructive: boolean;
  createdAt: number;
  expiresAt: number;
  approvals: number;
  required: number;
}

export interface QueueView {
  items: QueueItem[];
}

export interface VoteItem {
  human: string;
  at: number;
  comment: string | null;
  /** A vote that no longer counts (the voter left the group or was revoked) is shown struck out. */
  counts: boolean;
  solo: boolean;
}

export interface HistoryItem {
  at: number;
  status: string;
  actor: string;
  note: string | null;
}

export interface RequestReason {
  code: ReasonCode | string;
  message: string;
  policyId?: string | null;
}

export interface RequestView {
  id: string;
  digest: string;
  status: string;
  envelope: ActionEnvelope;
  facts: ActionFacts;
  agent: { id: string; role: string | null; operator: string; home: string | null };
  required: number;
  approverGroups: string[];
  policies: string[];
  reasons: RequestReason[];
  approvals: VoteItem[];
  rejections: VoteItem[];
  createdAt: number;
  expiresAt: number;
  executeBy: number | null;
  history: HistoryItem[];
  /** Whether the viewer may approve and reject, and why not (self, operator, not eligible: A3). */
  vote: { approve: { ok: boolean; reason: string | null }; reject: { ok: boolean; reason: string | null } };
}

export type VerificationStatus = 'ok' | 'failed' | 'unknown';

export interface AuditVerification {
  status: VerificationStatus;
  /** Entries checked. */
  entries: number;
  /** The newest signed checkpoint, when there is one. */
  checkpoint: { size: number; ts: number; root: string; keyId: string } | null;
  /** The first bad position, when verification failed. */
  firstBad: { seq: number; problem: string } | null;
  message: string;
}

export interface AuditRow {
  seq: number;
  id: string;
  ts: number;
  type: string;
  actor: string;
  summary: string;
  effect: Effect | null;
}

export interface AuditView {
  verification: AuditVerification;
  rows: AuditRow[];
  /** `before` cursor for the next older page, null at the start of the log. */
  older: number | null;
  /** True when this is not the newest page. */
  hasNewer: boolean;
  type: string | null;
  types: string[];
}

export interface AuditEntryView {
  seq: number;
  id: string;
  ts: number;
  type: string;
  actor: string;
  body: unknown;
  /** Hex hashes as stored, when the control plane returns them. */
  leaf: string | null;
  chain: string | null;
}

export interface RecentDecision {
  at: number;
  effect: Effect;
  summary: string;
}

export interface AgentItem {
  id: string;
  role: string;
  operator: string;
  home: string | null;
  parent: string | null;
  revoked: boolean;
  frozen: boolean;
  counts: { allow: number; deny: number; hold: number };
  recent: RecentDecision[];
}

export interface AgentsView {
  agents: AgentItem[];
  /** How many recent decisions the counts cover. */
  window: number;
}

export interface BrakesView {
  global: { engaged: boolean; since: number | null; by: string | null };
  frozen: Array<{ agent: string; since: number | null; by: string | null }>;
  agents: string[];
  shadow: { global: boolean; environments: string[] };
}

export type BrakeScope = { kind: 'global' } | { kind: 'agent'; agent: string };

export interface BrakeConfirmView {
  op: 'engage' | 'release';
  scope: BrakeScope;
  /** What the human must type to confirm. */
  phrase: string;
  error: string | null;
}

export interface ShadowRow {
  at: number;
  decisionId: string;
  agent: string;
  environments: string[];
  summary: string;
  wouldBe: Effect;
  reasons: RequestReason[];
}

export interface ShadowView {
  global: boolean;
  environments: string[];
  rows: ShadowRow[];
}

export interface SignInView {
  /** Shown when OpenID Connect is configured. */
  oidc: { label: string; href: string } | null;
  error: string | null;
  /** Where to go after signing in (a path under the UI, validated by the adapter). */
  next: string | null;
}

export interface ErrorView {
  status: number;
  title: string;
  message: string;
  hint: string | null;
}
