import type { AuditEntryV1 } from '../core/index.ts';
import type { AuditAppend } from './kinds.ts';

export type { AuditEntryV1 };

/** What a caller appends: one entry of one kind, its body checked against that kind (kinds.ts). */
export type AuditInput = AuditAppend;

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

/** Strictly parses an exported checkpoint file (unknown or missing fields are refused). */
export function parseCheckpoint(text: string): { ok: true; value: SignedCheckpointV1 } | { ok: false; message: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { ok: false, message: 'checkpoint is not valid json' };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, message: 'checkpoint is not an object' };
  const o = v as Record<string, unknown>;
  const fields: Record<string, 'string' | 'number'> = { v: 'number', logId: 'string', size: 'number', root: 'string', ts: 'number', keyId: 'string', publicKey: 'string', signature: 'string' };
  for (const k of Object.keys(o)) if (!(k in fields)) return { ok: false, message: `checkpoint has unknown field \`${k}\`` };
  for (const [k, t] of Object.entries(fields)) if (typeof o[k] !== t) return { ok: false, message: `checkpoint field \`${k}\` is missing or not a ${t}` };
  if (o.v !== 1) return { ok: false, message: `checkpoint version \`${String(o.v)}\` is not supported` };
  if (!Number.isSafeInteger(o.size) || (o.size as number) < 0) return { ok: false, message: 'checkpoint size is not a whole number' };
  return { ok: true, value: o as unknown as SignedCheckpointV1 };
}
