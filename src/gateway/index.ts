/**
 * gateway: `decide()`, the one fail-closed use case behind every adapter. It resolves the agent
 * from Portcullis's own records, classifies the action, applies brakes and policy, asks the
 * two-person rule about holds, and records the decision in the audit log before answering.
 * It speaks no protocol and picks no store: adapters and the runtime do.
 */
export { createGateway } from './gateway.ts';
export type { Gateway, GatewayOptions, DecisionRequest, Evaluation } from './gateway.ts';
export { parseDecisionRequest, parseActionInput } from './request.ts';
export { AUDIT_KINDS, isAuditKind } from '../audit/index.ts';
export type { Directory, AuditSink, AuditAppend, AuditBodies, AuditEntryType, ApprovalGate, HoldInput, HoldOutcome, Brakes, HeldStatus, InputReader, InputReading, InputProblem, PathResolver, ProgramSearch, ResolvedPath, AgentFileRead } from './ports.ts';
export { resolvePrincipals } from './principals.ts';
export type { Principals } from './principals.ts';
export type { AgentGate, AgentDecision, AgentRequestStatus, ExecutionIntent, ExecutionOutcome } from './agent-gate.ts';
export { createInputStaging, STAGE_MAX_BYTES, STAGE_MAX_FILES } from './input-staging.ts';
export type { InputStaging, InputStagingOptions, StagedInputStore, StagedInputs, StageFile } from './input-staging.ts';
