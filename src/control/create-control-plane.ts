import { randomBytes } from 'node:crypto';
import { PortcullisError, tierOf, type Clock, type Human, type Inventory, type JsonObject, type Tier } from '../core/index.ts';
import { approverEligibility, dueExpiry, ownRequest, rejecterEligibility, type ApprovalService, type RequestView } from '../approvals/index.ts';
import { AUDIT_KINDS, isAuditKind, verifyAudit } from '../audit/index.ts';
import type { BrakeService, BrakeState } from '../brakes/index.ts';
import type { IdentityService, PrincipalView } from '../identity/index.ts';
import type { AuditRow, BrakeRow, Store } from '../store/index.ts';
import type {
  AgentRequestViewModel, AgentViewModel, ApprovalRequestViewModel, AuditEntryViewModel, BrakeChange, BrakesStateViewModel, BrakeSwitchViewModel, ControlActor, ControlPlane,
  PrincipalViewModel, RecentDecisionViewModel, SignedInPrincipal, ShadowReportRowViewModel,
} from './control-plane.ts';

/** What the control plane works over: the domain services and the few settings it needs. */
export interface ControlPlaneServices {
  store: Store;
  clock: Clock;
  identity: IdentityService;
  approvals: ApprovalService;
  brakes: BrakeService;
  /** `server.admin_group`: shown as `admin` on a signed-in principal (brakes/ enforces it). */
  adminGroup: string;
  /** A11: whether the operator may approve their own agent (for `eligibility`). */
  soloOperatorApproval: boolean;
  /** Environments and their tiers, shown on requests, agents and the shadow report. */
  inventory: Inventory;
  /** A5: how long an approved request may wait for its execution (`approvals.approved_ttl`). */
  executeWindowMs: number;
  /** The OpenID Connect issuer and its subject → user map, when sign-in by OIDC is configured. */
  oidc: { issuer: string; subjects: Readonly<Record<string, string>> } | null;
}

/** How far back the audit is scanned for recent decisions, history and the shadow report. */
const SCAN = 5_000;


/** The settings a view needs: environment tiers and the execute window (A5). */
interface ViewSettings {
  inventory: Inventory;
  executeWindowMs: number;
}

function requestView(q: RequestView, config: ViewSettings): ApprovalRequestViewModel {
  const tiers: Record<string, Tier> = {};
  for (const t of q.facts.targets) tiers[t.environment ?? 'unknown'] = tierOf(config.inventory, t.environment);
  return {
    // A12: the input files the digest binds, with their content, for reviewers
    inputs: q.envelope.inputs ?? [],
    reasons: [], requesterReason: null, tiers, executeWindowMs: config.executeWindowMs,
    id: q.id, digest: q.digest, status: q.status, agent: q.agent, operator: q.operator, action: q.envelope.action, context: q.envelope.context,
    policySetHash: q.envelope.policySetHash, facts: q.facts, required: q.required, approverGroups: q.approverGroups, policies: q.policies,
    approvals: q.approvals, rejections: q.rejections, breakGlass: q.breakGlass, createdAt: q.createdAt, expiresAt: q.expiresAt, executeBy: q.executeBy, leaseUntil: q.leaseUntil, history: [],
  };
}

const entryView = (r: AuditRow): AuditEntryViewModel => {
  const e = JSON.parse(r.body) as { body: JsonObject };
  return { seq: r.seq, id: r.id, ts: r.ts, type: r.type, actor: r.actor, body: e.body };
};

const principalView = (p: PrincipalView): PrincipalViewModel => ({
  kind: p.kind, id: p.id, name: p.name, groups: [...p.groups], role: p.role, operator: p.operator, source: p.source, hasToken: p.hasToken, revoked: p.revoked, createdAt: p.createdAt,
});

const switchView = (r: BrakeRow): BrakeSwitchViewModel => ({ on: r.on, by: r.by, at: r.at, reason: r.reason });

function brakesView(s: BrakeState): BrakesStateViewModel {
  const map = (o: Record<string, BrakeRow>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, switchView(v)]));
  return { global: s.global ? switchView(s.global) : null, agents: map(s.agents), shadow: map(s.shadow), shadowRequests: map(s.shadowRequests), budgetPerHour: s.budgetPerHour, spent: s.spent, freezeAfterDenials: s.freezeAfterDenials, denials: s.denials };
}

/**
 * The control plane over identity, approvals, audit and brakes. Every change re-resolves the acting
 * human from Portcullis's records at that moment; agents are refused outright (D2, F3).
 */
export function createControlPlane(services: ControlPlaneServices): ControlPlane {
  const { store, clock, identity, approvals, brakes, adminGroup } = services;
  const config: ViewSettings = { inventory: services.inventory, executeWindowMs: services.executeWindowMs };
  const secrets = new Map<string, Promise<string>>();

  const view = (h: Human): SignedInPrincipal => ({ kind: 'human', id: h.id, name: h.name ?? null, groups: [...h.groups], admin: h.groups.includes(adminGroup) });

  async function activeHuman(actor: ControlActor): Promise<Human> {
    const h = await identity.human(actor.id);
    // SECURITY (D2, F3): an agent acts on nothing here, and is told so the same way at every door.
    if (!h && (await identity.agent(actor.id))) throw new PortcullisError('permission_denied', 'agents act on nothing in the control plane', { hint: 'reviewing and administering need a human token (D2)' });
    // SECURITY (D2): only a registered, unrevoked human acts on the control plane; a session never outlives a revocation.
    if (!h || h.revoked) throw new PortcullisError('auth_failed', `\`${actor.id}\` is not an active reviewer`, { hint: 'sign in again; ask an administrator if your access was revoked' });
    return h;
  }

  /** The acting human, or local administration for the very first user of an empty store. */
  async function administrator(actor: ControlActor | 'bootstrap'): Promise<Human | { kind: 'local' }> {
    if (actor !== 'bootstrap') return activeHuman(actor);
    // SECURITY (D2): without a token only the first user can be registered; after that a human acts.
    if (await identity.hasActiveHumans()) throw new PortcullisError('auth_failed', 'no token given', { hint: 'set PORTCULLIS_TOKEN or pass --token-file FILE with your user token' });
    return { kind: 'local' };
  }

  async function issued(kind: 'human' | 'agent', id: string, token: string) {
    const principal = (await identity.list(kind)).find((p) => p.id === id);
    if (!principal) throw new PortcullisError('internal_error', `\`${id}\` vanished right after it was added`, { hint: 'run the list command to see the store' });
    return { principal: principalView(principal), token };
  }

  async function activeAgent(actor: ControlActor): Promise<string> {
    const a = await identity.agent(actor.id);
    // SECURITY (D4): a revoked agent follows nothing, even with a token the adapter still memoises.
    if (!a || a.revoked) throw new PortcullisError('auth_failed', `agent \`${actor.id}\` is not active`, { hint: 'ask an administrator: a revoked agent follows and reports nothing' });
    return a.id;
  }

  // L9: a due expiry shown to the agent is due on the approvals' clock (the database's, across
  // replicas); an ended request has no deadline left, so it costs no read of that clock
  async function agentRequestView(q: RequestView): Promise<AgentRequestViewModel> {
    const open = q.status === 'pending' || q.status === 'approved' || q.status === 'executing';
    return {
      id: q.id, digest: q.digest, status: (open ? dueExpiry(q, await approvals.now()) : null) ?? q.status, approvals: q.approvals.filter((v) => v.counts).length, required: q.required,
      approverGroups: [...q.approverGroups], expiresAt: q.expiresAt,
    };
  }

  function notExecuting(id: string, status: string): PortcullisError {
    const ended = status !== 'pending' && status !== 'approved';
    return new PortcullisError('approval_refused', `request \`${id}\` is ${status}, not executing: an outcome is recorded only for an execution that started`, {
      hint: ended ? 'the request already ended; its outcome cannot change' : 'decide the same action again once it is approved (that consumes the approval), run it, then report',
    });
  }

  async function scan(fn: (r: AuditRow) => boolean, limit: number): Promise<AuditRow[]> {
    return store.read(async (tx) => {
      const size = (await tx.auditHead())?.seq ?? 0;
      const from = Math.max(1, size - SCAN + 1);
      const rows = await tx.auditRange(from, size - from + 1);
      const out: AuditRow[] = [];
      for (let i = rows.length - 1; i >= 0 && out.length < limit; i--) if (fn(rows[i]!)) out.push(rows[i]!);
      return out;
    });
  }

  function decisionOf(r: AuditRow): RecentDecisionViewModel {
    const b = entryView(r).body as { effect?: string; shadow?: { wouldBe?: string }; facts?: { summary?: string } | null; reasons?: Array<{ code?: string }>; requestId?: string };
    return {
      seq: r.seq, ts: r.ts, effect: (b.effect ?? 'deny') as RecentDecisionViewModel['effect'], wouldBe: (b.shadow?.wouldBe ?? null) as RecentDecisionViewModel['wouldBe'],
      summary: b.facts?.summary ?? '', reasons: (b.reasons ?? []).map((x) => String(x.code)), requestId: b.requestId ?? null,
    };
  }

  async function agentViews(only: string | null, recent: number): Promise<AgentViewModel[]> {
    const ids = only !== null ? [only] : (await identity.list('agent')).map((p) => p.id);
    const want = new Set(ids);
    const rows = recent > 0 ? await scan((r) => (r.type === 'decision' || r.type === 'shadow_allow') && want.has(r.actor.replace(/^agent:/, '')), recent * ids.length) : [];
    const out: AgentViewModel[] = [];
    for (const id of ids) {
      const a = await identity.agent(id);
      if (!a) continue;
      const mine = rows.filter((r) => r.actor === `agent:${a.id}`).slice(0, recent).map(decisionOf);
      const streak = mine.findIndex((d) => d.effect !== 'deny');
      out.push({
        id: a.id, role: a.role, operator: a.operator, homeEnvironment: a.homeEnvironment, homeTier: a.homeEnvironment ? tierOf(config.inventory, a.homeEnvironment) : null,
        parent: a.parent ?? null, revoked: a.revoked === true, frozen: brakes.frozen(a), recent: mine, denialStreak: streak === -1 ? mine.length : streak,
      });
    }
    return out;
  }

  async function show(id: string): Promise<ApprovalRequestViewModel> {
    const v = requestView(await approvals.show(id), config);
    // a cheap text test first: only entries that name the request are parsed
    const needle = JSON.stringify(id);
    const rows = await scan((r) => (r.type === 'request_state' || r.type === 'decision') && r.body.includes(needle) && (JSON.parse(r.body) as { body: { requestId?: string } }).body.requestId === id, 200);
    const opening = rows.filter((r) => r.type === 'decision').at(-1);
    if (opening) {
      const b = entryView(opening).body as { reason?: unknown; reasons?: Array<{ code?: unknown; message?: unknown; policyId?: unknown }> };
      v.requesterReason = typeof b.reason === 'string' && b.reason !== '' ? b.reason : null;
      v.reasons = (b.reasons ?? [])
        .filter((x) => x.code !== 'approval_pending')
        .map((x) => ({ code: String(x.code), message: String(x.message ?? ''), policyId: typeof x.policyId === 'string' ? x.policyId : null }));
    }
    v.history = rows.filter((r) => r.type === 'request_state').reverse().map((r) => {
      const b = entryView(r).body as { from: string; to: string; reason: string };
      return { at: r.ts, from: String(b.from), to: String(b.to), actor: r.actor, reason: String(b.reason) };
    });
    return v;
  }

  return {
    async authenticate(token, channel) {
      const p = await identity.authenticate(token, channel);
      if (p.kind === 'agent') return { kind: 'agent', id: p.id, name: null, groups: [], admin: false };
      return view(await activeHuman(p));
    },
    async human(id) {
      const h = await identity.human(id);
      return h && !h.revoked ? view(h) : null;
    },
    async humanByOidcSubject(issuer, subject) {
      const oidc = services.oidc;
      if (!oidc || issuer.replace(/\/+$/, '') !== oidc.issuer || !Object.hasOwn(oidc.subjects, subject)) return null;
      const h = await identity.human(oidc.subjects[subject]!);
      return h && !h.revoked ? view(h) : null;
    },
    sharedSecret(name) {
      let p = secrets.get(name);
      if (!p) {
        p = store.transaction((tx) => tx.pinMeta(`secret.${name}`, randomBytes(32).toString('base64url')));
        p.catch(() => secrets.delete(name));
        secrets.set(name, p);
      }
      return p;
    },

    approvals: {
      list: async (filter = {}) => (await approvals.list({ ...(filter.statuses ? { statuses: filter.statuses } : {}), limit: filter.limit ?? 200 })).map((q) => requestView(q, config)),
      show,
      async approve(id, actor, digest, comment) {
        const h = await activeHuman(actor);
        return approvals.approve(id, h, digest, comment);
      },
      async reject(id, actor, comment) {
        const h = await activeHuman(actor);
        const q = await approvals.reject(id, h, comment);
        return show(q.id);
      },
      async cancel(id, actor, comment) {
        const h = await activeHuman(actor);
        return show((await approvals.cancel(id, h, comment)).id);
      },
      async breakGlass(id, actor, digest, reason) {
        const h = await activeHuman(actor);
        return show((await approvals.breakGlass(id, h, digest, reason)).id);
      },
      async recover(actor, { olderThanMs }) {
        const h = await activeHuman(actor);
        if (!Number.isSafeInteger(olderThanMs) || olderThanMs < 0) throw new PortcullisError('request_invalid', `olderThanMs \`${olderThanMs}\` is not a whole number of milliseconds >= 0`, { hint: 'for example 3600000 (1 h)' });
        return { requestIds: await approvals.recoverInterrupted(olderThanMs, `human:${h.id}`) };
      },
      async eligibility(id, actor) {
        const h = await identity.human(actor.id);
        const q = await approvals.show(id);
        const ctx = { agent: q.agent, operator: q.operator, approverGroups: q.approverGroups, soloOperatorApproval: services.soloOperatorApproval };
        const pending = q.status === 'pending';
        const a = pending ? approverEligibility(h, ctx) : { ok: false as const, reason: `request is ${q.status}` };
        const r = pending ? rejecterEligibility(h, ctx) : { ok: false as const, reason: `request is ${q.status}` };
        const voted = [...q.approvals, ...q.rejections].some((v) => v.human === actor.id);
        return {
          approve: a.ok && !voted ? { ok: true, reason: null } : { ok: false, reason: a.ok ? 'you already voted on this request' : a.reason },
          reject: r.ok ? { ok: true, reason: null } : { ok: false, reason: r.reason },
        };
      },
    },

    requests: {
      async status(id, actor) {
        return agentRequestView(await ownRequest(approvals, id, await activeAgent(actor)));
      },
      async reportOutcome(id, actor, report) {
        const agent = await activeAgent(actor);
        const q = await ownRequest(approvals, id, agent);
        if (q.status !== 'executing') throw notExecuting(id, q.status);
        try {
          await approvals.reportOutcome(id, report.outcome, `agent:${agent}`, { exitCode: report.exitCode, ...(report.signal !== undefined ? { signal: report.signal } : {}), ...(report.error !== undefined ? { error: report.error } : {}), via: report.via ?? 'api' });
        } catch (err) {
          // A concurrent report won the race: say what the request is now, not how the move failed.
          if (err instanceof PortcullisError && err.code === 'approval_refused') throw notExecuting(id, (await approvals.show(id)).status);
          throw err;
        }
        return agentRequestView(await approvals.show(id));
      },
      async renewLease(id, actor) {
        const agent = await activeAgent(actor);
        await ownRequest(approvals, id, agent);
        const lease = await approvals.renewLease(id);
        return { ...(await agentRequestView(await approvals.show(id))), ...lease };
      },
    },

    audit: {
      async page({ before, limit = 50, type, agent, requestId, effect, since, until }) {
        // every door (API, CLI, UI): a kind that does not exist is a mistake, not an empty page
        if (type !== undefined && !isAuditKind(type)) throw new PortcullisError('request_invalid', `unknown audit entry type \`${type.slice(0, 64)}\``, { hint: `use one of ${AUDIT_KINDS.join(', ')}` });
        const n = Math.min(Math.max(1, limit), 500);
        const filtered = Boolean(type || agent || requestId || effect || since !== undefined || until !== undefined);
        const needles = [requestId, agent].filter((x): x is string => typeof x === 'string').map((x) => JSON.stringify(x).slice(1, -1));
        const keep = (r: AuditRow): boolean => {
          if (type && r.type !== type) return false;
          if (since !== undefined && r.ts < since) return false;
          if (until !== undefined && r.ts > until) return false;
          if (effect && r.type !== 'decision' && r.type !== 'shadow_allow') return false;
          // a cheap text test before parsing: the entry must name what is asked for
          if (needles.some((x) => !r.body.includes(x) && r.actor !== `agent:${x}`)) return false;
          if (!requestId && !agent && !effect) return true;
          const b = entryView(r).body as { requestId?: unknown; agent?: unknown; effect?: unknown };
          if (requestId && b.requestId !== requestId) return false;
          if (agent && r.actor !== `agent:${agent}` && b.agent !== agent) return false;
          if (effect && b.effect !== effect) return false;
          return true;
        };
        return store.read(async (tx) => {
          const size = (await tx.auditHead())?.seq ?? 0;
          let end = Math.min(before !== undefined ? before - 1 : size, size);
          const entries: AuditEntryViewModel[] = [];
          // bounded: a type filter reads at most 20 pages of `n` entries backwards
          for (let page = 0; end >= 1 && entries.length < n && page < (filtered ? 20 : 1); page++) {
            const start = Math.max(1, end - n + 1);
            const rows = await tx.auditRange(start, end - start + 1);
            let i = rows.length - 1;
            for (; i >= 0 && entries.length < n; i--) {
              if (!filtered || keep(rows[i]!)) entries.push(entryView(rows[i]!));
            }
            // a full page stops mid-range: continue after the last row looked at
            end = i >= 0 ? rows[i]!.seq : start - 1;
          }
          const last = entries.at(-1);
          const nextBefore = filtered ? (end >= 1 ? end + 1 : null) : last && last.seq > 1 ? last.seq : null;
          return { entries, size, nextBefore };
        });
      },
      async entry(seq) {
        const rows = await store.read((tx) => tx.auditRange(seq, 1));
        return rows[0]?.seq === seq ? entryView(rows[0]) : null;
      },
      async verify() {
        const r = await verifyAudit(store);
        const checkedAt = clock.now();
        return r.ok
          ? { ok: true, size: r.size, root: r.root, checkpoints: r.checkpoints, anchoredSize: r.anchoredSize, checkedAt }
          : { ok: false, size: r.size, position: r.position, problem: r.problem, checkedAt };
      },
    },

    agents: {
      list: (options = {}) => agentViews(null, options.recent ?? 5),
      async show(id, options = {}) {
        const [a] = await agentViews(id, options.recent ?? 20);
        if (!a) throw new PortcullisError('not_found', `no agent \`${id}\``, { hint: 'list agents with `portcullis agents list`' });
        return a;
      },
    },

    brakes: {
      state: async () => brakesView(await brakes.state()),
      async change(change: BrakeChange, actor, reason) {
        // brakes/ decides who may release (F3); this only re-resolves the human now
        return brakesView(await brakes.change(change, await activeHuman(actor), reason));
      },
      async shadowReport({ limit = 100 } = {}) {
        const rows = await scan((r) => (r.type === 'shadow_allow' || r.type === 'decision') && r.body.includes('"shadow":{'), Math.min(limit, 1000));
        return rows.map((r): ShadowReportRowViewModel => {
          const b = entryView(r).body as { agent?: string; shadow?: { wouldBe?: string }; facts?: { summary?: string; targets?: Array<{ environment: string | null }> } | null; reasons?: Array<{ code?: string; message?: string; policyId?: string }> };
          const tiers: Record<string, Tier> = {};
          for (const t of b.facts?.targets ?? []) tiers[t.environment ?? 'unknown'] = tierOf(config.inventory, t.environment);
          return {
            tiers,
            reasonMessages: (b.reasons ?? []).filter((x) => x.code !== 'shadow_mode').map((x) => ({ code: String(x.code), message: String(x.message ?? ''), policyId: typeof x.policyId === 'string' ? x.policyId : null })),
            seq: r.seq, ts: r.ts, agent: String(b.agent ?? r.actor.replace(/^agent:/, '')), wouldBe: (b.shadow?.wouldBe ?? 'deny') as ShadowReportRowViewModel['wouldBe'],
            summary: b.facts?.summary ?? '', environments: [...new Set((b.facts?.targets ?? []).map((t) => t.environment))], reasons: (b.reasons ?? []).map((x) => String(x.code)),
          };
        });
      },
    },

    async stats() {
      return store.read(async (tx) => ({
        pendingApprovals: (await tx.listRequests({ statuses: ['pending'], limit: 100_000 })).length,
        auditSize: (await tx.auditHead())?.seq ?? 0,
        lastCheckpointAt: (await tx.checkpoints()).at(-1)?.ts ?? null,
      }));
    },
    async ready() {
      // L8: a store that failed with an I/O error stays failed for this process
      if (store.fatal) return { ready: false, problem: store.fatal.message };
      try {
        await store.read((tx) => tx.auditHead());
        const stale = brakes.staleFor();
        // a replica that cannot see the kill switches denies everything: send traffic elsewhere
        if (stale !== null) return { ready: false, problem: `the brake switches were not re-read for ${Number.isFinite(stale) ? Math.round(stale) : 'ever'} ms` };
        return { ready: true };
      } catch (err) {
        return { ready: false, problem: err instanceof Error ? err.message : String(err) };
      }
    },

    principals: {
      async list(kind, actor) {
        await activeHuman(actor);
        return (await identity.list(kind)).map(principalView);
      },
      async addHuman(input, actor) {
        const { principal, token } = await identity.addHuman(input, await administrator(actor));
        return issued('human', principal.id, token);
      },
      async addAgent(input, actor) {
        const { principal, token } = await identity.addAgent(input, await activeHuman(actor));
        return issued('agent', principal.id, token);
      },
      async revoke(kind, id, actor) {
        return identity.revoke(kind, id, await activeHuman(actor));
      },
    },
  };
}
