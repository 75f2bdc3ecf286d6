/**
 * audit: the tamper-evident log (L1–L7). A dense hash chain of canonical JSON entries, RFC 9162
 * Merkle roots, Ed25519-signed checkpoints, and `verifyAudit`, which recomputes all of it. It writes
 * through the store interfaces only; it is not a query or reporting layer. See README.md.
 */
export { AuditLog, openAuditLog } from './audit-log.ts';
export type { AuditLogOptions } from './audit-log.ts';
export type { AuditEntryV1, AuditInput, SignedCheckpointV1 } from './entry.ts';
export { AUDIT_KINDS, isAuditKind } from './kinds.ts';
export type { AuditAppend, AuditBodies, AuditKind, ApprovalAuditBody, ApprovalRequestAuditBody, BrakeChangedAuditBody, BrakeRequestedAuditBody, BreakGlassAuditBody, ClockStepAuditBody, DecisionAuditBody, ExecutionIntentAuditBody, ExecutionLeaseExpiredAuditBody, ExecutionOutcomeAuditBody, IdentityChangedAuditBody, PolicyLoadedAuditBody, RejectionAuditBody, RequestStateAuditBody, VoteAttestationBody } from './kinds.ts';
export { checkpointPayload, parseCheckpoint, META_LOG_ID, META_PUBLIC_KEY } from './entry.ts';
export { GENESIS_CHAIN, chainHash, leafHash } from './hash.ts';
export { inclusionProof, merkleRoot, verifyInclusion } from './merkle.ts';
export type { Signer } from './signer.ts';
export { createEd25519Signer, generateSigningKey, keyIdOf, verifySignature } from './signer.ts';
export { verifyAudit, verifyAuditTx } from './verify.ts';
export type { UnbackedVote, VerifyOptions, VerifyReport } from './verify.ts';
export { VOTE_ENTRY_TYPE, votePayload, voteBackingProblem } from './votes.ts';
export type { VoteAttestation, VoteClaim, VoteKind } from './votes.ts';
