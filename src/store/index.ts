/**
 * store: the persistence contract (interfaces with their obligations) that audit, approvals and
 * identity are written against. It is not a backend: `sqlite/` and `postgres/` implement it and only
 * the runtime picks one (by the store URL, which `parseStoreUrl` reads without opening anything).
 */
export type { BrakeRow, SpendRow, AuditHead, AuditRow, CheckpointRow, PrincipalRow, RequestFilter, RequestRow, Store, StoreCapabilities, StoreTx, VoteRow } from './types.ts';
export { OPEN_STATUSES } from './types.ts';
export { copyStore, storeContents } from './copy.ts';
export type { CopyReport } from './copy.ts';
export { parseStoreUrl, redact } from './url.ts';
