import { PortcullisError, type ActionFacts, type Agent, type BrakeChange, type Clock, type Human, type IdGenerator, type Principal } from '../core/index.ts';
import type { AuditLog } from '../audit/index.ts';
import type { BrakeRow, Store } from '../store/index.ts';

export interface BrakeServiceOptions {
  store: Store;
  audit: AuditLog;
  clock: Clock;
  ids: IdGenerator;
  /** At most this many destructive actions per agent per rolling hour; null: no budget. */
  budgetPerHour: number | null;
  /** How often every replica re-reads the switches (default 250 ms: effective within one second). */
  pollMs?: number;
  /**
   * F1: when the switches could not be re-read for this long, `check` denies (a replica that cannot
   * see a kill switch must not assume it is off). Default 2 000 ms.
   */
  staleAfterMs?: number;
  /** Monotonic milliseconds for staleness (injected in tests). */
  monotonic?: () => number;
  /** Members of this group may release a kill switch and switch shadow mode (default `admins`). */
  adminGroup?: string;
  /**
   * D10: freeze an agent after `count` counted denials within `windowMs` (default 5 in 10 minutes);
   * null turns it off.
   */
  freezeAfterDenials?: { count: number; windowMs: number } | null;
  /**
   * F7: whether turning shadow mode on for `environment` (null: global) takes two admins. The
   * runtime passes `twoAdminShadowFor(environments)` (yes for production-tier and unknown
   * environments and for global shadow mode); without it, every shadow switch takes two (fail closed).
   */
  twoAdminShadow?: (environment: string | null) => boolean;
  /** F7: how long the first admin's request waits for a second admin (default 1 h). */
  shadowConfirmWindowMs?: number;
}

/** F7: shadow mode on a production-tier environment, an unknown one, or everywhere takes two admins. */
export function twoAdminShadowFor(environments: readonly { name: string; tier: string }[]): (environment: string | null) => boolean {
  return (environment) => {
    if (environment === null) return true;
    const env = environments.find((e) => e.name === environment);
    return env === undefined || env.tier === 'production';
  };
}

/** D10 default: 5 denials within 10 minutes freeze the agent. */
export const DEFAULT_DENIAL_FREEZE = { count: 5, windowMs: 600_000 } as const;

/** Spend rows under this agent prefix are D10's counted denials, not destructive budget. */
const DENIAL = 'denial:';

/** A brake change (the core vocabulary type). */
export type BrakeChangeInput = BrakeChange;

export interface BrakeState {
  global: BrakeRow | null;
  agents: Record<string, BrakeRow>;
  shadow: Record<string, BrakeRow>;
  /** F7: first admins' requests to turn shadow mode on (`*` global, else an environment) still waiting for a second admin. */
  shadowRequests: Record<string, BrakeRow>;
  budgetPerHour: number | null;
  spent: Record<string, number>;
  /** D10: the freeze threshold in force (null: off), and counted denials per agent since the window opened or its release. */
  freezeAfterDenials: { count: number; windowMs: number } | null;
  denials: Record<string, number>;
}

const HOUR = 3_600_000;
const AGENT_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The switch key a change writes, and whether it turns the switch on. */
export function switchOf(change: BrakeChangeInput): { key: string; on: boolean } {
  switch (change.kind) {
    case 'freeze':
    case 'unfreeze':
      if (!AGENT_ID.test(change.agent)) throw new PortcullisError('request_invalid', `agent id \`${change.agent}\` is not valid`, { hint: 'use the agent id shown by `portcullis brakes status`' });
      return { key: `agent:${change.agent}`, on: change.kind === 'freeze' };
    case 'freeze_all':
    case 'unfreeze_all':
      return { key: 'global', on: change.kind === 'freeze_all' };
    case 'shadow':
      if (change.environment !== null && !ENV_NAME.test(change.environment)) throw new PortcullisError('request_invalid', `environment \`${change.environment}\` is not valid`, { hint: 'name an environment from portcullis.yaml, or none for global shadow mode' });
      return { key: `shadow:${change.environment ?? '*'}`, on: change.on };
  }
}

/**
 * Kill switches, budgets and shadow mode: the gateway's `Brakes`.
 *
 * Switches live in the store, so every replica on one store sees the same ones: each replica
 * re-reads them every `pollMs` and `check` answers from that snapshot (no store round trip per
 * decision). A snapshot older than `staleAfterMs` is re-read first; one that cannot be re-read denies (F1). The budget is counted in the store
 * under the write lock, so K is a hard bound across replicas. Every change is audited in the
 * transaction that makes it (L2) and only humans or local administration may make one (F3).
 */
export class BrakeService {
  readonly #o: Required<Omit<BrakeServiceOptions, 'budgetPerHour' | 'freezeAfterDenials'>> & { budgetPerHour: number | null; freezeAfterDenials: { count: number; windowMs: number } | null };
  #rows = new Map<string, BrakeRow>();
  #loadedAt = -Infinity;
  #timer: ReturnType<typeof setInterval> | null = null;
  #refreshing: Promise<void> | null = null;

  constructor(options: BrakeServiceOptions) {
    this.#o = { pollMs: 250, staleAfterMs: 2_000, monotonic: () => performance.now(), adminGroup: 'admins', twoAdminShadow: () => true, shadowConfirmWindowMs: 3_600_000, ...options, freezeAfterDenials: options.freezeAfterDenials === undefined ? DEFAULT_DENIAL_FREEZE : options.freezeAfterDenials };
  }

  /** Loads the switches once (rejects if the store cannot answer) and starts polling. */
  async start(): Promise<void> {
    await this.refresh();
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.refresh().catch(() => undefined), this.#o.pollMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** Re-reads every switch from the store. */
  refresh(): Promise<void> {
    this.#refreshing ??= (async () => {
      try {
        const rows = await this.#o.store.read((tx) => tx.brakeSwitches());
        this.#rows = new Map(rows.map((r) => [r.key, r]));
        this.#loadedAt = this.#o.monotonic();
      } finally {
        this.#refreshing = null;
      }
    })();
    return this.#refreshing;
  }

  /**
   * A re-read that starts after a change this replica just committed: `refresh` joins a read already in flight, which may
   * have read the switches before the commit, leaving this replica on the old state for one poll interval (a kill
   * switch engaged here, seen first by another replica).
   */
  async #refreshAfterChange(): Promise<void> {
    await this.#refreshing?.catch(() => undefined);
    await this.refresh().catch(() => undefined);
  }

  /**
   * The switches, from a snapshot no older than `staleAfterMs`. A stale snapshot is re-read once before answering: a
   * poll starved by a busy event loop is not an unreachable store, and a decision must not be denied for it.
   */
  async #fresh(): Promise<Map<string, BrakeRow>> {
    if (this.staleFor() === null) return this.#rows;
    const cause = await this.refresh().then(() => null, (e: unknown) => (e instanceof Error ? e.message : String(e)));
    const age = this.staleFor();
    // SECURITY (F1): a replica that cannot see the switches does not assume they are off.
    if (age !== null) {
      throw new PortcullisError('store_unavailable', `the brake switches could not be read for ${Number.isFinite(age) ? Math.round(age) : 'ever'} ms${cause ? ` (${cause})` : ''}`, { hint: 'check that the store is reachable; until it is, every decision is denied' });
    }
    return this.#rows;
  }

  /** How old the switch snapshot is, in ms, when older than allowed; null while fresh (readiness). */
  staleFor(): number | null {
    const age = this.#o.monotonic() - this.#loadedAt;
    return age <= this.#o.staleAfterMs ? null : age;
  }

  async check(agent: Agent, facts: ActionFacts): Promise<{ code: 'kill_switch_engaged' | 'budget_exhausted'; message: string } | null> {
    const rows = await this.#fresh();
    const global = rows.get('global');
    if (global?.on) return { code: 'kill_switch_engaged', message: `every agent is stopped by the global kill switch (engaged by ${global.by}${global.reason ? `: ${global.reason}` : ''})` };
    for (const id of [agent.id, agent.parent].filter((x): x is string => x !== undefined)) {
      const own = rows.get(`agent:${id}`);
      if (own?.on) return { code: 'kill_switch_engaged', message: `agent \`${id}\` is frozen (by ${own.by}${own.reason ? `: ${own.reason}` : ''})` };
    }
    const k = this.#o.budgetPerHour;
    if (k !== null && facts.destructive) {
      const spent = await this.#o.store.read((tx) => tx.countSpend(agent.id, this.#o.clock.now() - HOUR));
      if (spent >= k) return { code: 'budget_exhausted', message: `agent \`${agent.id}\` has used its budget of ${k} destructive action(s) per hour` };
    }
    return null;
  }

  async spend(agent: Agent, facts: ActionFacts): Promise<void> {
    const k = this.#o.budgetPerHour;
    if (k === null || !facts.destructive) return;
    await this.#o.store.transaction(async (tx) => {
      const now = this.#o.clock.now();
      // SECURITY: counted under the write lock, so concurrent decisions on any replica never exceed K.
      if ((await tx.countSpend(agent.id, now - HOUR)) >= k) {
        throw new PortcullisError('brakes_budget_exhausted', `agent \`${agent.id}\` has used its budget of ${k} destructive action(s) per hour`, { hint: 'wait, or raise brakes.destructive_per_hour' });
      }
      await tx.insertSpend({ id: this.#o.ids.next('spd_'), agent: agent.id, ts: now });
    });
  }

  /**
   * D10, persistence is a signal: records one counted denial of `agent` (the gateway decides which
   * count: see `Brakes.recordDenial`) and, when it is the K-th
   * within the window (since the window opened, or since a human last released the agent), freezes
   * the agent with the reason, audited in the same transaction (L2). The freeze stays until a human
   * (an admin, F3) releases it. Returns whether this denial froze the agent.
   */
  async recordDenial(agent: Pick<Agent, 'id'>, reasonCodes: readonly string[], summary: string): Promise<boolean> {
    const limit = this.#o.freezeAfterDenials;
    if (limit === null) return false;
    const key = `agent:${agent.id}`;
    const froze = await this.#o.store.transaction(async (tx) => {
      const now = this.#o.clock.now();
      await tx.insertSpend({ id: this.#o.ids.next('dny_'), agent: `${DENIAL}${agent.id}`, ts: now });
      const own = (await tx.brakeSwitches()).find((r) => r.key === key);
      if (own?.on) return false; // already frozen: nothing more to say
      // a release starts a new count: the denials that led to the last freeze do not refreeze at once
      const since = Math.max(now - limit.windowMs + 1, own ? own.at : -Infinity);
      const n = await tx.countSpend(`${DENIAL}${agent.id}`, since);
      if (n < limit.count) return false;
      const minutes = Math.round(limit.windowMs / 60_000);
      const reason = `D10: ${n} denials within ${minutes} minute(s), the last: ${summary.slice(0, 200)}; frozen until a human releases it`;
      await tx.putBrakeSwitch({ key, on: true, by: 'system', at: now, reason });
      await this.#o.audit.appendInTx(tx, [{ type: 'brake_changed', actor: 'system', body: { switch: key, on: true, reason, change: { kind: 'freeze', agent: agent.id }, rule: 'D10', denials: n, windowMs: limit.windowMs, lastReasons: [...reasonCodes] } }]);
      return true;
    });
    if (froze) await this.#refreshAfterChange();
    return froze;
  }

  async shadow(environment: string | null): Promise<boolean> {
    const rows = await this.#fresh();
    if (rows.get('shadow:*')?.on) return true;
    // an unknown environment is never shadowed by a per-environment switch (it is treated as production)
    return environment !== null && rows.get(`shadow:${environment}`)?.on === true;
  }

  /** Whether the agent (or its parent) is stopped by a kill switch now, from the last snapshot. */
  frozen(agent: Pick<Agent, 'id' | 'parent'>): boolean {
    if (this.#rows.get('global')?.on) return true;
    return [agent.id, agent.parent].some((id) => id !== undefined && this.#rows.get(`agent:${id}`)?.on === true);
  }

  /** Fresh from the store (not the snapshot), with spend over the last hour. */
  async state(): Promise<BrakeState> {
    return this.#o.store.read(async (tx) => {
      const rows = await tx.brakeSwitches();
      const now = this.#o.clock.now();
      const all = await tx.spendSince(now - HOUR);
      const spent = Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith(DENIAL)));
      const limit = this.#o.freezeAfterDenials;
      const denials: Record<string, number> = {};
      if (limit !== null) {
        const recent = await tx.spendSince(now - limit.windowMs + 1);
        for (const k of Object.keys(recent)) {
          if (!k.startsWith(DENIAL)) continue;
          const id = k.slice(DENIAL.length);
          const own = rows.find((r) => r.key === `agent:${id}`);
          // after a release only what came since counts (as recordDenial counts it)
          const n = own && !own.on ? await tx.countSpend(k, Math.max(now - limit.windowMs + 1, own.at)) : (recent[k] ?? 0);
          if (n > 0) denials[id] = n;
        }
      }
      const on = (prefix: string) => Object.fromEntries(rows.filter((r) => r.on && r.key.startsWith(prefix)).map((r) => [r.key.slice(prefix.length), r]));
      const waiting = Object.fromEntries(Object.entries(on('shadow-request:')).filter(([env, r]) => now - r.at <= this.#o.shadowConfirmWindowMs && !rows.some((s) => s.key === `shadow:${env}` && s.on)));
      return { global: rows.find((r) => r.key === 'global' && r.on) ?? null, agents: on('agent:'), shadow: on('shadow:'), shadowRequests: waiting, budgetPerHour: this.#o.budgetPerHour, spent, freezeAfterDenials: limit, denials };
    });
  }

  /**
   * Switches one brake and audits it as `brake_changed` in the same transaction (L2). `actor` is
   * the human as Portcullis's records show them now (the caller re-resolved them). Anyone may stop
   * agents; only an admin may let them go again or stop enforcing (F3). This rule lives here, not
   * in a door, so that the CLI, the API and the UI cannot differ on it.
   */
  async change(change: BrakeChangeInput, actor: Principal, reason: string | null): Promise<BrakeState> {
    // SECURITY (F3): whatever can switch the gate off is never available to an agent.
    if (actor.kind !== 'human' || (actor as Human).revoked) throw new PortcullisError('permission_denied', `\`${actor.kind}:${actor.id}\` cannot change brakes`, { hint: 'brakes are switched by active humans (F3)' });
    if (reason !== null && reason.length > 1000) throw new PortcullisError('request_invalid', 'the reason is longer than 1000 characters', { hint: 'say why in a sentence' });
    const loosens = change.kind === 'unfreeze' || change.kind === 'unfreeze_all' || (change.kind === 'shadow' && change.on);
    const admins = this.#o.adminGroup;
    // SECURITY (F3, F7): releasing a kill switch or turning shadow mode on takes an admin (turning it off only tightens).
    if (loosens && !actor.groups.includes(admins)) {
      throw new PortcullisError('permission_denied', `\`${actor.id}\` may not ${change.kind === 'shadow' ? 'turn shadow mode on' : 'release a kill switch'}`, { hint: `ask a member of \`${admins}\`` });
    }
    const by = `human:${actor.id}`;
    const { key, on } = switchOf(change);
    const twoAdmins = change.kind === 'shadow' && change.on && this.#o.twoAdminShadow(change.environment);
    const outcome = await this.#o.store.transaction(async (tx): Promise<'changed' | 'requested'> => {
      const at = this.#o.clock.now();
      if (twoAdmins) {
        // SECURITY (F7): shadow mode on a production environment takes two distinct admins: the first
        // one's change is a request (audited); a second admin making the same change within the window turns it on.
        const rows = await tx.brakeSwitches();
        const current = rows.find((r) => r.key === key);
        if (!current?.on) {
          const reqKey = `shadow-request:${key.slice('shadow:'.length)}`;
          const open = rows.find((r) => r.key === reqKey && r.on && at - r.at <= this.#o.shadowConfirmWindowMs);
          if (!open || open.by === by) {
            await tx.putBrakeSwitch({ key: reqKey, on: true, by, at, reason });
            await this.#o.audit.appendInTx(tx, [{ type: 'brake_requested', actor: by, body: { switch: key, on: true, reason, change: { ...change }, rule: 'F7', needs: `a second member of \`${admins}\`` } }]);
            return 'requested';
          }
          await tx.putBrakeSwitch({ key: reqKey, on: false, by, at, reason: `confirmed by ${by}` });
          await tx.putBrakeSwitch({ key, on, by, at, reason });
          await this.#o.audit.appendInTx(tx, [{ type: 'brake_changed', actor: by, body: { switch: key, on, reason, change: { ...change }, rule: 'F7', requestedBy: open.by, requestedAt: open.at, requestReason: open.reason } }]);
          return 'changed';
        }
      }
      await tx.putBrakeSwitch({ key, on, by, at, reason });
      await this.#o.audit.appendInTx(tx, [{ type: 'brake_changed', actor: by, body: { switch: key, on, reason, change: { ...change } } }]);
      return 'changed';
    });
    if (outcome === 'requested') {
      const where = change.kind === 'shadow' && change.environment !== null ? `production environment \`${change.environment}\`` : 'every environment (global)';
      const minutes = Math.round(this.#o.shadowConfirmWindowMs / 60_000);
      const command = `portcullis brakes shadow on${change.kind === 'shadow' && change.environment !== null ? ` ${change.environment}` : ''}`;
      throw new PortcullisError('permission_denied', `turning shadow mode on for ${where} takes two admins: \`${actor.id}\`'s request is recorded, and shadow mode stays off until another admin confirms`, {
        hint: `another member of \`${admins}\` makes the same change within ${minutes} minutes (\`${command}\`, or the brakes page) (F7)`,
      });
    }
    await this.#refreshAfterChange();
    return this.state();
  }
}

export function createBrakeService(options: BrakeServiceOptions): BrakeService {
  return new BrakeService(options);
}
