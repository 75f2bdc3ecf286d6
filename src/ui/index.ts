/**
 * ui: the reviewer pages as pure render functions (view model → escaped HTML) and their static
 * assets. Every value is escaped by the `html` template unless it is markup this module built; no
 * page depends on JavaScript. It knows nothing about HTTP, sessions or the store: the HTTP adapter
 * (`src/adapters/http/ui/`) builds the view models and serves what these functions return.
 */
export { html, escapeHtml, trusted, SafeHtml } from './html.ts';
export type { HtmlValue } from './html.ts';
export { uiPaths, UI_BASE } from './paths.ts';
export { uiAsset } from './assets.ts';
export type { UiAsset } from './assets.ts';
export { planTable, planSummary } from './plan.ts';
export type { PlanTable, PlanRow, PlanChange } from './plan.ts';
export { renderQueue } from './queue-page.ts';
export { renderRequest, environmentsOf } from './request-page.ts';
export { renderAudit, renderAuditEntry } from './audit-page.ts';
export { renderAgent, renderAgents } from './agents-page.ts';
export { renderBrakes, renderBrakeConfirm, confirmPhrase, scopeKey } from './brakes-page.ts';
export { renderShadow } from './shadow-page.ts';
export { renderSignIn, renderError } from './sign-in-page.ts';
export type {
  AgentItem, AgentView, AgentsView, AuditFilter, AuditEntryView, AuditRow, AuditVerification, AuditView, BrakeConfirmView, BrakeScope, BrakesView, ErrorView, Flash,
  HistoryItem, PageContext, QueueItem, QueueView, RecentDecision, RequestReason, RequestView, ShadowRow, ShadowView, SignInView, Viewer, VerificationStatus, VoteItem,
} from './view-models.ts';
