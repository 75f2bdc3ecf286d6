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
  /** F7: shown on every page while shadow mode is on anywhere (`global`, or these environments). */
  shadow: { global: boolean; environments: string[] } | null;
  /** Pending requests, for the navigation badge; null when unknown. */
  pending: number | null;
}

export interface QueueItem {
  id: string;
  digest: string;
  /** Environment → tier, for the red PRODUCTION chip. */
  tiers: Record<string, string>;
  /**
   * What the action is, exactly (the command, SQL, tool and arguments): requests with the same
   * artifact are near-duplicates (another context or digest) and are shown as one group.
   */
  artifact: string;
  /** `key=value` lines of the request's context, to show how near-duplicates differ. */
  context: string[];
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
  /** Environment → tier, for the red PRODUCTION chip. */
  tiers: Record<string, string>;
  /** Why the agent asks, in its own words (task, justification, tool description, session); null when none. */
  requesterReason: string | null;
  /** Once approved, the agent must run it within this long, exactly once. */
  executeWindowMs: number;
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
  /** The held request this entry belongs to, linked from the row. */
  requestId: string | null;
  /** Entries of one agent's run of calls to one MCP server fold together under this key. */
  mcpSession: string | null;
}

/** The audit browser's filters, as the query string carries them (all optional). */
export interface AuditFilter {
  type: string | null;
  agent: string | null;
  request: string | null;
  effect: Effect | null;
  /** Epoch ms bounds, inclusive; the form takes `YYYY-MM-DDTHH:MM` in UTC. */
  since: number | null;
  until: number | null;
}

export interface AuditView {
  verification: AuditVerification;
  rows: AuditRow[];
  /** `before` cursor for the next older page, null at the start of the log. */
  older: number | null;
  /** True when this is not the newest page. */
  hasNewer: boolean;
  filter: AuditFilter;
  types: string[];
  agents: string[];
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
  homeTier: string | null;
  /** Denials in a row among the newest decisions (D10 freezes after K). */
  denialStreak: number;
  parent: string | null;
  revoked: boolean;
  frozen: boolean;
  counts: { allow: number; deny: number; hold: number };
  recent: RecentDecision[];
}

/** One agent's own page: its recent decisions, denial streak, budget and brakes. */
export interface AgentView {
  agent: AgentItem;
  /** Destructive actions per hour; null when no budget is configured. */
  budget: { perHour: number | null; spent: number };
  /** D10: counted policy denials within the window, and the count that freezes the agent (null: off). */
  persistence: { denials: number; freezeAt: number | null; windowMinutes: number | null };
  /** The agent's own kill switch when on, and whether the global one is. */
  brake: { on: boolean; by: string | null; at: number | null; reason: string | null };
  globalBrake: boolean;
  /** Newest first, with links to requests. */
  decisions: Array<RecentDecision & { seq: number; requestId: string | null; reasons: string[] }>;
}

export interface AgentsView {
  agents: AgentItem[];
  /** How many recent decisions the counts cover. */
  window: number;
}

export interface BrakesView {
  global: { engaged: boolean; since: number | null; by: string | null; reason?: string | null };
  frozen: Array<{ agent: string; since: number | null; by: string | null; reason?: string | null }>;
  agents: string[];
  shadow: { global: boolean; environments: string[] };
  /** F7: requests to turn shadow mode on that wait for a second admin (`*`: global). */
  shadowRequests: Array<{ environment: string; since: number; by: string; reason: string | null }>;
}

export type BrakeScope = { kind: 'global' } | { kind: 'agent'; agent: string };

export interface BrakeConfirmView {
  op: 'engage' | 'release';
  scope: BrakeScope;
  /** What the human must type to confirm. */
  phrase: string;
  error: string | null;
  /** The reason typed before a refused confirmation, so it is not lost. */
  reason?: string;
}

export interface ShadowRow {
  at: number;
  decisionId: string;
  agent: string;
  environments: string[];
  summary: string;
  wouldBe: Effect;
  reasons: RequestReason[];
  tiers: Record<string, string>;
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
