import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { AuditRow, VoteRow } from '../store/index.ts';
import { keyIdOf } from './signer.ts';

/**
 * A13: votes that cannot be minted. Each vote's audit entry carries an Ed25519 attestation, made
 * with the audit key, over the log, the request, its digest, the human and the kind of vote. A vote
 * row counts only when the audit entry it names carries a valid attestation for exactly that vote:
 * anyone who can write the store's tables (an agent with `sqlite3` or `psql`) can insert rows and
 * even chain-hashed audit entries, but cannot sign without the key file.
 */

export type VoteKind = VoteRow['kind'];

/** The audit entry type each kind of vote is recorded as. */
export const VOTE_ENTRY_TYPE: Readonly<Record<VoteKind, 'approval' | 'rejection' | 'break_glass'>> = { approve: 'approval', reject: 'rejection', break_glass: 'break_glass' };

export interface VoteClaim {
  logId: string;
  requestId: string;
  digest: string;
  human: string;
  kind: VoteKind;
}

export interface VoteAttestation {
  keyId: string;
  signature: string;
}

/** The bytes a vote attestation signs. */
export function votePayload(c: VoteClaim): string {
  return JSON.stringify({ v: 1, statement: 'portcullis-vote', logId: c.logId, requestId: c.requestId, digest: c.digest, human: c.human, kind: c.kind });
}

const keys = new Map<string, KeyObject | null>();
function publicKeyObject(publicKey: string): KeyObject | null {
  let k = keys.get(publicKey);
  if (k === undefined) {
    try {
      k = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    } catch {
      k = null;
    }
    if (keys.size > 16) keys.clear();
    keys.set(publicKey, k);
  }
  return k;
}

/** Checks already proven: audit rows are append-only, so a (leaf, vote, digest, key) once valid stays valid. */
const proven = new Set<string>();

/**
 * Why `vote` is not backed by `entry` (the audit row its `auditSeq` names), or null when it is.
 * `publicKey` is the log's key: the signer's own in a running process, the pinned one in `verify`.
 */
export function voteBackingProblem(vote: VoteRow, entry: AuditRow | undefined, digest: string, logId: string | null, publicKey: string | null): string | null {
  if (vote.auditSeq === null) return 'no audit entry is recorded for it';
  if (!entry || entry.seq !== vote.auditSeq) return `its audit entry ${vote.auditSeq} does not exist`;
  if (publicKey === null || logId === null) return 'the log has no signing key, so no vote can be proven';
  const memo = `${entry.leaf}|${vote.requestId}|${vote.humanId}|${vote.kind}|${digest}|${logId}|${publicKey}`;
  if (proven.has(memo)) return null;
  const type = VOTE_ENTRY_TYPE[vote.kind];
  if (entry.type !== type) return `its audit entry ${entry.seq} is a ${entry.type} entry, not ${type}`;
  let body: Record<string, unknown>;
  try {
    body = (JSON.parse(entry.body) as { body: Record<string, unknown> }).body;
  } catch {
    return `its audit entry ${entry.seq} is not valid json`;
  }
  if (typeof body !== 'object' || body === null) return `its audit entry ${entry.seq} has no body`;
  if (body.requestId !== vote.requestId || body.human !== vote.humanId) return `its audit entry ${entry.seq} records another request or human`;
  if (body.digest !== digest) return `its audit entry ${entry.seq} is for another digest than the request's`;
  const a = body.attestation as Partial<VoteAttestation> | undefined;
  if (typeof a !== 'object' || a === null || typeof a.signature !== 'string' || typeof a.keyId !== 'string') return `its audit entry ${entry.seq} carries no signed attestation`;
  if (a.keyId !== keyIdOf(publicKey)) return `its audit entry ${entry.seq} was attested by key \`${a.keyId}\`, not the log's key`;
  const key = publicKeyObject(publicKey);
  let ok: boolean;
  try {
    ok = key !== null && verify(null, Buffer.from(votePayload({ logId, requestId: vote.requestId, digest, human: vote.humanId, kind: vote.kind }), 'utf8'), key, Buffer.from(a.signature, 'base64'));
  } catch {
    ok = false;
  }
  if (!ok) return `the attestation in its audit entry ${entry.seq} does not verify`;
  if (proven.size > 10_000) proven.clear();
  proven.add(memo);
  return null;
}
