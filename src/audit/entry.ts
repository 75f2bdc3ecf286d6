import type { JsonObject } from '../core/index.ts';

/** What a caller appends: the gateway's `AuditAppend` fits this shape. */
export interface AuditInput {
  type: string;
  /** Principal id of whoever caused the entry (`agent:kiro`, `human:alice`, `system`). */
  actor: string;
  body: JsonObject;
}

/**
 * The entry as hashed: its canonical JSON is the leaf's input and is stored byte for byte.
 * `ts` never goes backwards within a log (a clock that jumps back is clamped to the previous entry).
 */
export interface AuditEntryV1 {
  v: 1;
  seq: number;
  id: string;
  ts: number;
  type: string;
  actor: string;
  body: JsonObject;
}

/** The signed statement over the tree, as exported for anchoring (`audit checkpoint --out`). */
export interface SignedCheckpointV1 {
  v: 1;
  logId: string;
  size: number;
  root: string;
  ts: number;
  keyId: string;
  publicKey: string;
  signature: string;
}

/** The bytes an Ed25519 signature covers. */
export function checkpointPayload(c: { logId: string; size: number; root: string; ts: number; keyId: string }): string {
  return JSON.stringify({ v: 1, logId: c.logId, size: c.size, root: c.root, ts: c.ts, keyId: c.keyId });
}

export const META_LOG_ID = 'audit.log_id';
export const META_PUBLIC_KEY = 'audit.public_key';
