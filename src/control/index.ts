/**
 * control: the control plane, everything a human does (approve, reject, cancel, break-glass,
 * recover, brakes, users and agents, audit reads). The CLI calls it in-process; the HTTP reviewer
 * API and the UI call it per request. "Where does approving live?": here, over approvals/.
 * It is not where rules live that must hold whoever calls (those are in approvals/, brakes/,
 * identity/), and it is not the agents' door (that is `AgentGate` in gateway/).
 */
export { createControlPlane } from './create-control-plane.ts';
export type { ControlPlaneServices } from './create-control-plane.ts';
export type {
  ControlPlane, ControlChannel, ControlActor, SignedInPrincipal, RequestStatusView, VoteViewModel, ApprovalRequestViewModel, ApproveOutcomeViewModel,
  AuditEntryViewModel, AuditPageViewModel, AuditVerifyViewModel, RecentDecisionViewModel, AgentViewModel, BrakeSwitchViewModel, BrakesStateViewModel,
  BrakeChange, ShadowReportRowViewModel, ControlPlaneStats, AgentRequestViewModel, AgentOutcomeReport, RecoverOutcomeViewModel, PrincipalViewModel,
  IssuedTokenViewModel,
} from './control-plane.ts';
