import { PortcullisError, canonicalJson, type ActionEnvelope, type ApprovalEvent, type ApprovalEventKind, type ActionFacts, type Clock, type HoldInput, type HoldOutcome, type Human, type IdGenerator, type JsonObject, type Principal } from '../core/index.ts';
import { VOTE_ENTRY_TYPE, type ApprovalAuditBody, type AuditAppend, type AuditLog, type BreakGlassAuditBody, type RejectionAuditBody } from '../audit/index.ts';
import type { RequestRow, Store, StoreTx, VoteRow } from '../store/index.ts';
import { approverEligibility, breakGlassEligibility, rejecterEligibility, stricter, type EligibilityContext } from './rules.ts';
import { canMove, dueExpiry, isRequestStatus, type RequestStatus } from './state-machine.ts';

/** How approvals learn who a human is, inside the caller's transaction (identity provides it). */
export interface PrincipalsInTx {
  humanIn(tx: StoreTx, id: string): Promise<Human | null>;
}

export interface ApprovalServiceOptions {
  store: Store;
  audit: AuditLog;
  clock: Clock;
  ids: IdGenerator;
  principals: PrincipalsInTx;
  /** A5: pending requests expire after this long (default 1 h). */
  pendingTtlMs?: number;
  /** A5: approved requests must execute within this long (default 15 min). */
  executeWindowMs?: number;
  /** After a rejection, the same digest is answered `denied` for this long (default 1 h). */
  deniedCooldownMs?: number;
  /**
   * L3: an execution's lease (default 5 min): the executor renews it while the command runs
   * (`renewLease`); once it runs out with no outcome, the request becomes OUTCOME_UNKNOWN.
   */
  executionLeaseMs?: number;
  /**
   * L9: measure time-to-live (pending and approved windows, execution leases, the denied cooldown)
   * on the store's own clock when it has one (`StoreTx.databaseNow`: PostgreSQL's, which every
   * replica shares), so replicas whose wall clocks differ agree on when a request expires. Off, or
   * on a store without a clock, time is `clock` (a server's steady clock) and never runs behind the
   * newest audit entry. The runtime turns it on unless the caller injected its own clock (tests).
   */
  storeClock?: boolean;
  /** A11: the local solo profile lets an operator approve their own agent's requests. */
  soloOperatorApproval?: boolean;
  /** F4: members of this group may release one held request alone, loudly audited; null disables. */
  breakGlassGroup?: string | null;
  /**
   * Told after each committed change people should hear about (a new request, a release, a
   * rejection, an expiry), whichever door caused it: the webhooks hang here so that no door can
   * skip them. Must return at once and never throw (the notifier queues and retries).
   */
  events?: ApprovalEvents;
}

/** The notifier port of the approval service. */
export interface ApprovalEvents {
  emit(event: ApprovalEvent): void;
}

/** The gateway's hold input and outcome (core types), under the names this service uses. */
export type HoldRequest = HoldInput;
export type HoldResult = HoldOutcome;

export interface VoteView {
  human: string;
  at: number;
  comment: string | null;
  solo: boolean;
  /** Whether the vote counts now (the voter may since have been revoked or left the group). */
  counts: boolean;
}

export interface RequestView {
  id: string;
  digest: string;
  status: RequestStatus;
  agent: string;
  operator: string;
  envelope: ActionEnvelope;
  facts: ActionFacts;
  required: number;
  approverGroups: string[];
  policies: string[];
  approvals: VoteView[];
  rejections: VoteView[];
  /** F4: who released the request alone, and why. */
  breakGlass: VoteView[];
  createdAt: number;
  expiresAt: number;
  executeBy: number | null;
  /** L3: while executing, when the execution's lease runs out (renewed by the executor). */
  leaseUntil: number | null;
  fingerprint: string | null;
}

export type ApproveResult = { status: 'pending' | 'approved'; requestId: string; approvals: number; required: number; alreadyCounted: boolean };

const NO_EVENTS: ApprovalEvents = { emit: () => undefined };
const environmentsOf = (facts: ActionFacts) => [...new Set(facts.targets.map((t) => t.environment ?? 'unknown'))].sort();

/** A vote's body before its signature is added (the kind follows the vote: approve, reject, break_glass). */
type VoteBody = Omit<ApprovalAuditBody, 'attestation'> | Omit<RejectionAuditBody, 'attestation'> | Omit<BreakGlassAuditBody, 'attestation'>;

const refused = (message: string, hint: string) => new PortcullisError('approval_refused', message, { hint });

/**
 * The two-person rule over the store (A1–A8, A11). Every state change and its audit entry commit in
 * one write transaction (L2); write transactions are serialised, so concurrent approvals at the
 * threshold give exactly one outcome (A10) and an approval is consumed exactly once (A6).
 */
export class ApprovalService {
  readonly #o: Required<ApprovalServiceOptions>;
  /** The latest database time this process read: a database clock stepped back does not run ours back. */
  #storeHigh = 0;

  constructor(options: ApprovalServiceOptions) {
    this.#o = { pendingTtlMs: 3_600_000, executeWindowMs: 900_000, executionLeaseMs: 300_000, deniedCooldownMs: 3_600_000, soloOperatorApproval: false, breakGlassGroup: null, events: NO_EVENTS, storeClock: false, ...options };
  }

  /** Tells `events` about request `id` after its transaction committed; a failure to read it only loses the notice. */
  async #emit(kind: ApprovalEventKind, id: string, by: string | null = null, comment: string | null = null): Promise<void> {
    if (this.#o.events === NO_EVENTS) return;
    try {
      const q = await this.show(id);
      const approvals = q.approvals.filter((v) => v.counts).length + (kind === 'approved' ? q.breakGlass.length : 0);
      this.#o.events.emit({
        kind, requestId: q.id, agent: q.agent, operator: q.operator, summary: q.facts.summary, environments: environmentsOf(q.facts),
        required: q.required, approvals, by, comment, at: this.#o.clock.now(),
      });
    } catch {
      // a notice is best effort: the change itself is committed and audited (L2)
    }
  }

  /** `ApprovalGate.hold`: open, match, or consume the request for this exact digest. */
  async hold(input: HoldRequest): Promise<HoldResult> {
    let opened = false;
    const result = await this.#o.store.transaction(async (tx) => {
      opened = false;
      const now = await this.#now(tx);
      let latest = await tx.latestRequestByDigest(input.digest);
      if (latest) latest = await this.#expireIfDue(tx, latest, now);
      if (latest?.status === 'pending') {
        const merged = stricter(latest, { ...input, required: input.requiredApprovals });
        if (merged.required !== latest.required || canonicalJson(merged.approverGroups) !== canonicalJson(latest.approverGroups) || canonicalJson(merged.policies) !== canonicalJson(latest.policies)) {
          // A8: a pending request keeps the stricter of the policy then and the policy now
          latest = await this.#update(tx, latest, { ...merged, updatedAt: now });
        }
        return this.#pending(tx, latest);
      }
      if (latest?.status === 'approved') {
        const fresh = input.targetFingerprint ?? null;
        if (latest.fingerprint !== null && fresh !== null && fresh !== latest.fingerprint) {
          // A7: the target changed since the request: re-plan and re-approve
          await this.#move(tx, latest, 'cancelled', now, 'system', `target changed since the request (\`${latest.fingerprint}\` → \`${fresh}\`)`);
        } else {
          const merged = stricter(latest, { ...input, required: input.requiredApprovals });
          const counted = await this.#counted(tx, { ...latest, ...merged });
          const glass = await this.#brokenGlass(tx, latest);
          if (glass !== null) counted.push(glass);
          if (counted.length >= merged.required || glass !== null) {
            // SECURITY (A12): the door may refuse to carry the approved action now; throwing here rolls
            // the transaction back, so the approval stays unconsumed for a later, safe retry.
            input.beforeConsume?.();
            // INVARIANT (one-shot): APPROVED → EXECUTING happens once, under the write lock, with its intent (A6, L3).
            const executing = await this.#move(tx, latest, 'executing', now, 'system', 'approval consumed by the retried action', { leaseUntil: now + this.#o.executionLeaseMs });
            await this.#o.audit.appendInTx(tx, [
              { type: 'execution_intent', actor: `agent:${latest.agent}`, body: { requestId: latest.id, digest: latest.digest, approvedBy: counted, leaseUntil: now + this.#o.executionLeaseMs } },
            ]);
            return { status: 'approved' as const, requestId: executing.id, approvedBy: counted };
          }
          // A3/A8: approvals no longer suffice at execution (an approver was revoked, or the policy is stricter now)
          await this.#move(tx, latest, 'cancelled', now, 'system', `approvals no longer sufficient at execution (${counted.length} of ${merged.required})`);
        }
      }
      if (latest?.status === 'denied' && now - latest.updatedAt < this.#o.deniedCooldownMs) {
        return { status: 'denied' as const, requestId: latest.id, reason: 'a reviewer rejected this exact action' };
      }
      const row = await this.#open(tx, input, now);
      opened = true;
      return this.#pending(tx, row);
    });
    // L4: a checkpoint after every held action is released for execution
    if (result.status === 'approved') await this.#o.audit.checkpoint().catch(() => this.#o.audit.maybeCheckpoint());
    // only a request this call opened is news: an agent's retry matches the older one
    if (opened && result.status === 'pending') {
      // built from the input, not re-read: the hold path is on every held decision
      this.#o.events.emit({
        kind: 'held', requestId: result.requestId, agent: input.envelope.agent, operator: input.envelope.operator, summary: input.facts.summary, environments: environmentsOf(input.facts),
        required: result.required, approvals: result.approvals, by: null, comment: null, at: result.expiresAt - this.#o.pendingTtlMs,
      });
    }
    return result;
  }

  /** Records an approval by `principal` for `digest` (A1–A3, A5). Voting twice is counted once (A2). */
  async approve(requestId: string, principal: Principal, digest: string, comment: string | null = null): Promise<ApproveResult> {
    // SECURITY: D2: agents never approve, whatever their operator holds.
    if (principal.kind !== 'human') throw refused(`agent \`${principal.id}\` cannot approve`, 'approvals come from humans with their own reviewer token (D2)');
    await this.#settleExpiry(requestId);
    const out = await this.#o.store.transaction(async (tx) => {
      const now = await this.#now(tx);
      const q = await this.#openable(tx, requestId, now);
      if (q.status !== 'pending') throw refused(`request \`${q.id}\` is ${q.status}`, 'only pending requests can be approved');
      // SECURITY: A1: an approval names the exact digest it approves.
      if (digest !== q.digest) throw refused(`digest \`${digest}\` is not the digest of request \`${q.id}\``, 'approve the exact action shown by `portcullis approvals show`');
      const human = await this.#o.principals.humanIn(tx, principal.id);
      const e = approverEligibility(human, this.#ctx(q));
      if (!e.ok) throw refused(e.reason, 'another eligible human must approve (A3)');
      const body: Omit<ApprovalAuditBody, 'attestation'> = { requestId: q.id, digest: q.digest, human: principal.id, comment };
      if (e.solo) body.solo = 'operator approved their own agent under the solo profile (A11)';
      const inserted = await this.#recordVote(tx, q, { requestId: q.id, humanId: principal.id, kind: 'approve', comment, at: now, solo: e.solo }, body);
      if (!inserted) {
        const counted = await this.#counted(tx, q);
        return { status: 'pending' as const, requestId: q.id, approvals: counted.length, required: q.required, alreadyCounted: true };
      }
      const counted = await this.#counted(tx, q);
      if (counted.length >= q.required) {
        await this.#move(tx, q, 'approved', now, `human:${principal.id}`, `${counted.length} of ${q.required} approvals`, { approvedAt: now, executeBy: now + this.#o.executeWindowMs });
        return { status: 'approved' as const, requestId: q.id, approvals: counted.length, required: q.required, alreadyCounted: false };
      }
      return { status: 'pending' as const, requestId: q.id, approvals: counted.length, required: q.required, alreadyCounted: false };
    });
    if (out.status === 'approved' && !out.alreadyCounted) await this.#emit('approved', out.requestId, principal.id, comment);
    return out;
  }

  /**
   * F4, break-glass: one human in the break-glass group releases a pending request alone. Bound to
   * the exact digest and single-use like any approval; recorded as a `break_glass` audit entry.
   */
  async breakGlass(requestId: string, principal: Principal, digest: string, reason: string): Promise<RequestView> {
    if (principal.kind !== 'human') throw refused(`agent \`${principal.id}\` cannot break glass`, 'break-glass is for humans only (D2)');
    if (!reason.trim()) throw refused('break-glass needs a reason', 'say why the two-person rule cannot wait: --reason "TEXT"');
    await this.#settleExpiry(requestId);
    await this.#o.store.transaction(async (tx) => {
      const now = await this.#now(tx);
      const q = await this.#openable(tx, requestId, now);
      if (q.status !== 'pending') throw refused(`request \`${q.id}\` is ${q.status}`, 'only pending requests can be released');
      if (digest !== q.digest) throw refused(`digest \`${digest}\` is not the digest of request \`${q.id}\``, 'release the exact action shown by `portcullis approvals show`');
      const e = breakGlassEligibility(await this.#o.principals.humanIn(tx, principal.id), this.#ctx(q), this.#o.breakGlassGroup);
      if (!e.ok) throw refused(e.reason, 'ask another member of the break-glass group, or collect the approvals');
      const body: Omit<BreakGlassAuditBody, 'attestation'> = { requestId: q.id, digest: q.digest, human: principal.id, reason, agent: q.agent, operator: q.operator, required: q.required, warning: 'the two-person rule was bypassed by break-glass' };
      if (!(await this.#recordVote(tx, q, { requestId: q.id, humanId: principal.id, kind: 'break_glass', comment: reason, at: now, solo: false }, body))) {
        throw refused(`\`${principal.id}\` already voted on request \`${q.id}\``, 'another member of the break-glass group must release it');
      }
      await this.#move(tx, q, 'approved', now, `human:${principal.id}`, `break-glass by ${principal.id}: ${reason}`, { approvedAt: now, executeBy: now + this.#o.executeWindowMs });
    });
    await this.#emit('approved', requestId, principal.id, `BREAK-GLASS: ${reason}`);
    return this.show(requestId);
  }

  /** One eligible rejection ends the request (A4). A comment is required. */
  async reject(requestId: string, principal: Principal, comment: string): Promise<RequestView> {
    if (principal.kind !== 'human') throw refused(`agent \`${principal.id}\` cannot reject`, 'rejections come from humans (D2)');
    if (!comment.trim()) throw refused('a rejection needs a comment', 'say why, with --comment TEXT');
    await this.#settleExpiry(requestId);
    await this.#o.store.transaction(async (tx) => {
      const now = await this.#now(tx);
      const q = await this.#openable(tx, requestId, now);
      if (q.status !== 'pending') throw refused(`request \`${q.id}\` is ${q.status}`, 'only pending requests can be rejected; cancel an approved one');
      const e = rejecterEligibility(await this.#o.principals.humanIn(tx, principal.id), this.#ctx(q));
      if (!e.ok) throw refused(e.reason, 'only an eligible approver or the operator can reject');
      const body: Omit<RejectionAuditBody, 'attestation'> = { requestId: q.id, digest: q.digest, human: principal.id, comment };
      // an approver who changes their mind still ends the request; their first vote row stays as it was
      if (!(await this.#recordVote(tx, q, { requestId: q.id, humanId: principal.id, kind: 'reject', comment, at: now, solo: false }, body))) {
        await this.#o.audit.appendInTx(tx, [{ type: 'rejection', actor: `human:${principal.id}`, body }]);
      }
      await this.#move(tx, q, 'denied', now, `human:${principal.id}`, comment);
    });
    await this.#emit('rejected', requestId, principal.id, comment);
    return this.show(requestId);
  }

  /** Withdraws a pending or approved request (the operator or an eligible approver). */
  async cancel(requestId: string, principal: Principal, comment: string | null = null): Promise<RequestView> {
    if (principal.kind !== 'human') throw refused(`agent \`${principal.id}\` cannot cancel`, 'cancellations come from humans (D2)');
    await this.#settleExpiry(requestId);
    await this.#o.store.transaction(async (tx) => {
      const now = await this.#now(tx);
      const q = await this.#openable(tx, requestId, now);
      if (q.status !== 'pending' && q.status !== 'approved') throw refused(`request \`${q.id}\` is ${q.status}`, 'only pending or approved requests can be cancelled');
      const e = rejecterEligibility(await this.#o.principals.humanIn(tx, principal.id), this.#ctx(q));
      if (!e.ok) throw refused(e.reason, 'only an eligible approver or the operator can cancel');
      await this.#move(tx, q, 'cancelled', now, `human:${principal.id}`, comment ?? 'cancelled');
    });
    return this.show(requestId);
  }

  /** D4: cancels every open request of `operator`'s agents, inside the revoking transaction. */
  async cancelForOperatorInTx(tx: StoreTx, operator: string, actor: string): Promise<string[]> {
    const now = await this.#now(tx);
    const open = await tx.listRequests({ statuses: ['pending', 'approved'], operator });
    for (const q of open) await this.#move(tx, q, 'cancelled', now, actor, `operator \`${operator}\` was revoked`);
    return open.map((q) => q.id);
  }

  /** L3: records the outcome of an executing request. */
  async reportOutcome(requestId: string, outcome: 'succeeded' | 'failed', actor: string, detail: JsonObject = {}): Promise<void> {
    // L3: a lease that ran out first made the outcome unknown, for good: a late report is refused
    await this.#settleExpiry(requestId);
    await this.#o.store.transaction(async (tx) => {
      const now = await this.#now(tx);
      const q = await this.#openable(tx, requestId, now);
      if (q.status === 'outcome_unknown') throw refused(`request \`${q.id}\` is outcome_unknown: its execution lease ran out before an outcome was reported`, 'the request ended; record what happened outside Portcullis (it is never retried)');
      await this.#move(tx, q, outcome, now, actor, `execution ${outcome}`, { leaseUntil: null });
      await this.#o.audit.appendInTx(tx, [{ type: 'execution_outcome', actor, body: { requestId, digest: q.digest, outcome, detail } }]);
    });
    await this.#o.audit.checkpoint().catch(() => undefined);
  }

  /**
   * L3: the executor of an EXECUTING request says it is still running: its lease is extended to
   * `executionLeaseMs` from now. A lease that already ran out is not revived (the request is
   * OUTCOME_UNKNOWN, recorded); any status other than EXECUTING is refused.
   */
  async renewLease(requestId: string): Promise<{ leaseUntil: number; leaseMs: number }> {
    await this.#settleExpiry(requestId);
    return this.#o.store.transaction(async (tx) => {
      const now = await this.#now(tx);
      const q = await tx.getRequest(requestId);
      if (!q) throw new PortcullisError('approval_not_found', `no request \`${requestId}\``, { hint: 'list requests with `portcullis approvals list`' });
      // SECURITY (L3): a due lease is never renewed, even if the sweep has not recorded it yet
      if (q.status !== 'executing' || dueExpiry(q, now) !== null) {
        const status = dueExpiry(q, now) ?? q.status;
        throw refused(`request \`${q.id}\` is ${status}: only an executing request has a lease to renew`, status === 'outcome_unknown' ? 'the lease ran out; the request is never retried' : 'renew only while the approved command runs');
      }
      const leaseUntil = now + this.#o.executionLeaseMs;
      // a renewal changes no status and is not an audit entry: the intent and the outcome are
      await this.#update(tx, q, { leaseUntil, updatedAt: q.updatedAt });
      return { leaseUntil, leaseMs: this.#o.executionLeaseMs };
    });
  }

  /**
   * L3: after a crash, an intent without an outcome becomes OUTCOME_UNKNOWN; it is never retried.
   * Only requests that started executing at least `olderThanMs` ago are touched, so a command
   * another process is still running is left alone when the operator picks a safe age.
   */
  async recoverInterrupted(olderThanMs = 0, actor = 'system'): Promise<string[]> {
    return this.#o.store.transaction(async (tx) => {
      const now = await this.#now(tx);
      const stuck = (await tx.listRequests({ statuses: ['executing'] })).filter((q) => now - q.updatedAt >= olderThanMs);
      for (const q of stuck) {
        await this.#move(tx, q, 'outcome_unknown', now, actor, 'an execution intent with no outcome was recovered', { leaseUntil: null });
        await this.#o.audit.appendInTx(tx, [{ type: 'execution_outcome', actor, body: { requestId: q.id, digest: q.digest, outcome: 'outcome_unknown', detail: {} } }]);
      }
      return stuck.map((q) => q.id);
    });
  }

  /** Moves every request whose deadline passed to EXPIRED (A5). */
  async expireDue(): Promise<string[]> {
    const expired = await this.#o.store.transaction(async (tx) => {
      const now = await this.#now(tx);
      const out: string[] = [];
      for (const q of await tx.listRequests({ statuses: ['pending', 'approved', 'executing'] })) {
        if ((await this.#expireIfDue(tx, q, now)).status === 'expired') out.push(q.id);
      }
      return out;
    });
    // exactly once across replicas: only the transaction that moved a request tells about it
    for (const id of expired) await this.#emit('expired', id);
    return expired;
  }

  /** The time every expiry is measured against (L9: the database's clock on a store that has one). */
  async now(): Promise<number> {
    return this.#o.store.read((tx) => this.#now(tx));
  }

  async list(filter: { statuses?: RequestStatus[]; limit?: number } = {}): Promise<RequestView[]> {
    return this.#o.store.read(async (tx) => {
      const rows = await tx.listRequests({ ...(filter.statuses ? { statuses: filter.statuses } : {}), limit: filter.limit ?? 200 });
      return Promise.all(rows.map((q) => this.#view(tx, q)));
    });
  }

  async show(requestId: string): Promise<RequestView> {
    return this.#o.store.read(async (tx) => {
      const q = await tx.getRequest(requestId);
      if (!q) throw new PortcullisError('approval_not_found', `no request \`${requestId}\``, { hint: 'list requests with `portcullis approvals list`' });
      return this.#view(tx, q);
    });
  }

  /**
   * Server time that never runs backwards (A5): the database's clock when the store has one and
   * `storeClock` is on (the same for every replica, L9; never behind what this process saw of it),
   * else the later of the clock and the newest audit entry. One query either way.
   */
  async #now(tx: StoreTx): Promise<number> {
    if (this.#o.storeClock) {
      const db = await tx.databaseNow();
      if (db !== null) return (this.#storeHigh = Math.max(this.#storeHigh, db));
    }
    return Math.max(this.#o.clock.now(), (await tx.auditHead())?.ts ?? 0);
  }

  #ctx(q: RequestRow): EligibilityContext {
    return { agent: q.agent, operator: q.operator, approverGroups: q.approverGroups, soloOperatorApproval: this.#o.soloOperatorApproval };
  }

  /** Applies a due expiry in its own committed transaction, so a refused operation cannot roll it back. */
  async #settleExpiry(requestId: string): Promise<void> {
    await this.#o.store.transaction(async (tx) => {
      const q = await tx.getRequest(requestId);
      if (q) await this.#expireIfDue(tx, q, await this.#now(tx));
    });
  }

  async #openable(tx: StoreTx, requestId: string, now: number): Promise<RequestRow> {
    const q = await tx.getRequest(requestId);
    if (!q) throw new PortcullisError('approval_not_found', `no request \`${requestId}\``, { hint: 'list requests with `portcullis approvals list`' });
    return this.#expireIfDue(tx, q, now);
  }

  async #open(tx: StoreTx, input: HoldRequest, now: number): Promise<RequestRow> {
    const row: RequestRow = {
      id: this.#o.ids.next('req_'),
      digest: input.digest,
      status: 'pending',
      envelope: canonicalJson(input.envelope),
      facts: canonicalJson(input.facts),
      required: input.requiredApprovals,
      approverGroups: [...new Set(input.approverGroups)].sort(),
      policies: [...new Set(input.policies)].sort(),
      agent: input.envelope.agent,
      operator: input.envelope.operator,
      fingerprint: input.targetFingerprint ?? null,
      createdAt: now,
      expiresAt: now + this.#o.pendingTtlMs,
      approvedAt: null,
      executeBy: null,
      leaseUntil: null,
      updatedAt: now,
      version: 1,
    };
    await tx.insertRequest(row);
    await this.#o.audit.appendInTx(tx, [
      {
        type: 'approval_request',
        actor: `agent:${row.agent}`,
        body: { requestId: row.id, digest: row.digest, required: row.required, approverGroups: row.approverGroups, policies: row.policies, expiresAt: row.expiresAt, envelope: JSON.parse(row.envelope) as JsonObject },
      },
    ]);
    return row;
  }

  async #pending(tx: StoreTx, q: RequestRow): Promise<HoldResult> {
    return { status: 'pending', requestId: q.id, approvals: (await this.#counted(tx, q)).length, required: q.required, expiresAt: q.expiresAt };
  }

  async #expireIfDue(tx: StoreTx, q: RequestRow, now: number): Promise<RequestRow> {
    const due = dueExpiry(q, now);
    if (due === 'outcome_unknown') {
      // INVARIANT (L3): a lease that ran out makes the outcome unknown, recorded as its own entry; never a re-execution
      const moved = await this.#move(tx, q, 'outcome_unknown', now, 'system', 'the execution lease ran out with no outcome reported', { leaseUntil: null });
      await this.#o.audit.appendInTx(tx, [{ type: 'execution_lease_expired', actor: 'system', body: { requestId: q.id, digest: q.digest, agent: q.agent, leaseUntil: q.leaseUntil, outcome: 'outcome_unknown' } }]);
      return moved;
    }
    return due ? this.#move(tx, q, due, now, 'system', q.status === 'pending' ? 'no decision before the deadline' : 'not executed within the window') : q;
  }

  /**
   * A13: writes a vote as its signed audit entry first, then the row that names it. Returns false,
   * writing nothing, when this human already voted on the request (A2).
   */
  async #recordVote(tx: StoreTx, q: RequestRow, vote: Omit<VoteRow, 'auditSeq'>, body: VoteBody): Promise<boolean> {
    if ((await tx.votes(q.id)).some((v) => v.humanId === vote.humanId)) return false;
    const attestation = this.#o.audit.attestVote({ requestId: q.id, digest: q.digest, human: vote.humanId, kind: vote.kind });
    // the kind follows vote.kind and the body its caller's kind (approve/reject/break_glass): TypeScript cannot correlate the two
    const signed = { type: VOTE_ENTRY_TYPE[vote.kind], actor: `human:${vote.humanId}`, body: { ...body, attestation: { keyId: attestation.keyId, signature: attestation.signature } } } as AuditAppend;
    const [entry] = await this.#o.audit.appendInTx(tx, [signed]);
    // the write lock is held since the check above: a duplicate here is a broken store, and rolls everything back
    if (!(await tx.putVote({ ...vote, auditSeq: (entry as { seq: number }).seq }))) throw new PortcullisError('store_conflict', `vote of \`${vote.humanId}\` on request \`${q.id}\` appeared during its own transaction`, { hint: 'retry; if it persists run `portcullis audit verify`' });
    return true;
  }

  /** SECURITY: A13: a vote row counts only when the signed audit entry it names backs it (rows alone never approve). */
  async #backed(tx: StoreTx, q: RequestRow, v: VoteRow): Promise<boolean> {
    const entry = v.auditSeq === null || !Number.isSafeInteger(v.auditSeq) || v.auditSeq < 1 ? undefined : (await tx.auditRange(v.auditSeq, 1))[0];
    return this.#o.audit.voteBackingProblem(v, entry, q.digest) === null;
  }

  /** Humans whose approvals count now: distinct ids (A2), each backed by its signed entry (A13) and eligible at this moment (A3). */
  async #counted(tx: StoreTx, q: RequestRow): Promise<string[]> {
    const out: string[] = [];
    for (const v of await tx.votes(q.id)) {
      if (v.kind !== 'approve') continue;
      if (!(await this.#backed(tx, q, v))) continue;
      if (approverEligibility(await this.#o.principals.humanIn(tx, v.humanId), this.#ctx(q)).ok) out.push(v.humanId);
    }
    return out;
  }

  /** The break-glass human of `q`, if one released it (backed by its signed entry, A13) and is still eligible now (checked again at execution). */
  async #brokenGlass(tx: StoreTx, q: RequestRow): Promise<string | null> {
    for (const v of await tx.votes(q.id)) {
      if (v.kind !== 'break_glass' || !(await this.#backed(tx, q, v))) continue;
      if (breakGlassEligibility(await this.#o.principals.humanIn(tx, v.humanId), this.#ctx(q), this.#o.breakGlassGroup).ok) return v.humanId;
    }
    return null;
  }

  async #update(tx: StoreTx, q: RequestRow, patch: Partial<RequestRow>): Promise<RequestRow> {
    const next = { ...q, ...patch, version: q.version + 1 };
    await tx.updateRequest(next);
    return next;
  }

  async #move(tx: StoreTx, q: RequestRow, to: RequestStatus, now: number, actor: string, reason: string, patch: Partial<RequestRow> = {}): Promise<RequestRow> {
    const from = q.status;
    // SECURITY: A10: the state machine only moves forward; a terminal request never revives.
    if (!isRequestStatus(from) || !canMove(from, to)) throw refused(`request \`${q.id}\` cannot move from ${from} to ${to}`, 'the request already ended');
    const next = await this.#update(tx, q, { ...patch, status: to, updatedAt: now });
    await this.#o.audit.appendInTx(tx, [{ type: 'request_state', actor, body: { requestId: q.id, digest: q.digest, from, to, reason } }]);
    return next;
  }

  async #view(tx: StoreTx, q: RequestRow): Promise<RequestView> {
    const votes = await tx.votes(q.id);
    const counted = new Set(await this.#counted(tx, q));
    const backed = new Set<string>();
    for (const x of votes) if (x.kind !== 'approve' && (await this.#backed(tx, q, x))) backed.add(x.humanId);
    const v = (x: VoteRow): VoteView => ({ human: x.humanId, at: x.at, comment: x.comment, solo: x.solo, counts: x.kind === 'approve' ? counted.has(x.humanId) : backed.has(x.humanId) });
    return {
      id: q.id,
      digest: q.digest,
      status: q.status as RequestStatus,
      agent: q.agent,
      operator: q.operator,
      envelope: JSON.parse(q.envelope) as ActionEnvelope,
      facts: JSON.parse(q.facts) as ActionFacts,
      required: q.required,
      approverGroups: q.approverGroups,
      policies: q.policies,
      approvals: votes.filter((x) => x.kind === 'approve').map(v),
      rejections: votes.filter((x) => x.kind === 'reject').map(v),
      breakGlass: votes.filter((x) => x.kind === 'break_glass').map(v),
      createdAt: q.createdAt,
      expiresAt: q.expiresAt,
      executeBy: q.executeBy,
      leaseUntil: q.leaseUntil,
      fingerprint: q.fingerprint,
    };
  }
}

export function createApprovalService(options: ApprovalServiceOptions): ApprovalService {
  return new ApprovalService(options);
}
