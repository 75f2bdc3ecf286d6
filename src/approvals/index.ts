/**
 * approvals: the two-person rule. A pure state machine (A10) and eligibility rules, and a service
 * over the store that implements the gateway's `ApprovalGate` (A1–A8, A11). It does not decide
 * whether an action needs approval (policy does) nor authenticate anyone (identity does).
 */
export { ApprovalService, createApprovalService } from './service.ts';
export type { ApprovalEvents, ApprovalServiceOptions, ApproveResult, HoldRequest, HoldResult, PrincipalsInTx, RequestView, VoteView } from './service.ts';
export type { ApprovalEvent, ApprovalEventKind } from '../core/index.ts';
export { ownRequest } from './own-request.ts';
export { REQUEST_STATUSES, canMove, dueExpiry, isRequestStatus, isTerminal } from './state-machine.ts';
export type { RequestStatus } from './state-machine.ts';
export { approverEligibility, breakGlassEligibility, rejecterEligibility, stricter } from './rules.ts';
export type { Eligibility, EligibilityContext } from './rules.ts';
