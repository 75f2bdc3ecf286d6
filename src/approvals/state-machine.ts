/**
 * The request lifecycle (A10), pure. It only moves forward:
 *
 *   PENDING ──▶ APPROVED ──▶ EXECUTING ──▶ SUCCEEDED | FAILED | OUTCOME_UNKNOWN
 *      │            │
 *      ├──▶ DENIED  ├──▶ CANCELLED
 *      ├──▶ EXPIRED └──▶ EXPIRED
 *      └──▶ CANCELLED
 *
 * Nothing leaves a terminal state.
 */
export type RequestStatus = 'pending' | 'approved' | 'executing' | 'succeeded' | 'failed' | 'outcome_unknown' | 'denied' | 'expired' | 'cancelled';

export const REQUEST_STATUSES: readonly RequestStatus[] = ['pending', 'approved', 'executing', 'succeeded', 'failed', 'outcome_unknown', 'denied', 'expired', 'cancelled'];

const NEXT: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  pending: ['approved', 'denied', 'expired', 'cancelled'],
  approved: ['executing', 'cancelled', 'expired'],
  executing: ['succeeded', 'failed', 'outcome_unknown'],
  succeeded: [],
  failed: [],
  outcome_unknown: [],
  denied: [],
  expired: [],
  cancelled: [],
};

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  return NEXT[from].includes(to);
}

export function isTerminal(status: RequestStatus): boolean {
  return NEXT[status].length === 0;
}

export function isRequestStatus(s: string): s is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(s);
}

/** The status a request has at `now` once its deadlines are applied (A5), or null if unchanged. */
export function dueExpiry(r: { status: string; expiresAt: number; executeBy: number | null; leaseUntil?: number | null }, now: number): 'expired' | 'outcome_unknown' | null {
  if (r.status === 'pending' && now >= r.expiresAt) return 'expired';
  // L3: an execution whose lease ran out with no outcome
  if (r.status === 'executing' && r.leaseUntil != null && now >= r.leaseUntil) return 'outcome_unknown';
  if (r.status === 'approved' && r.executeBy !== null && now >= r.executeBy) return 'expired';
  return null;
}
