import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, createHash } from 'node:crypto';
import { didYouMean, PortcullisError, type Agent, type Clock, type Human, type Principal, type PrincipalView } from '../core/index.ts';
import type { AuditLog } from '../audit/index.ts';
import type { PrincipalRow, Store, StoreTx } from '../store/index.ts';

/** Which door a token is presented at: agents ask for decisions, humans review. */
export type Channel = 'agent' | 'reviewer';

/** Who performs an identity change: a human (authenticated), or local administration of the store. */
export type Actor = Principal | { kind: 'local' };

export interface IdentityServiceOptions {
  store: Store;
  audit: AuditLog;
  clock: Clock;
  /** Principals declared in the config; records in the store (tokens, revocations) take precedence. */
  humans?: readonly Human[];
  agents?: readonly Agent[];
  /**
   * The names the config defines. When given, a role, home environment or group that is not among
   * them is refused with a "did you mean" hint (a typo like `deployr` must not create an agent that
   * every decision then denies).
   */
  names?: { roles: readonly string[]; environments: readonly string[]; groups: readonly string[] };
  /** D4: runs inside the revoking transaction (the runtime wires approvals' cancellation here). */
  onHumanRevoked?: (tx: StoreTx, humanId: string, actor: string) => Promise<string[]>;
}

/** Reads one principal row by id: inside a transaction, or batched with concurrent lookups. */
type RowSource = (id: string) => Promise<PrincipalRow | null>;

/** The principal rows one decision has asked for (see `IdentityService.withinDecision`). */
const decisionRows = new AsyncLocalStorage<Map<string, Promise<PrincipalRow | null>>>();

const TOKEN_PREFIX = { human: 'pct_h_', agent: 'pct_a_' } as const;
const ID_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const MAX_DEPTH = 16;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function authFailed(message: string, hint: string): PortcullisError {
  return new PortcullisError('auth_failed', message, { hint });
}

/**
 * Humans and agents with their own bearer tokens. A token is shown once and stored only as its
 * SHA-256. Agents never mint credentials or change identities (D2); revoking an operator revokes
 * their agents at the next decision and cancels their pending requests (D4).
 */
export class IdentityService {
  readonly #o: IdentityServiceOptions;
  readonly #cfgHumans: Map<string, Human>;
  readonly #cfgAgents: Map<string, Agent>;

  /** A name the config must define (role, environment, group); unknown: an error with a "did you mean". */
  #known(name: string, list: 'roles' | 'environments' | 'groups', what: string, flag: string): void {
    const names = this.#o.names;
    if (!names || names[list].includes(name)) return;
    throw new PortcullisError('request_invalid', `unknown ${what} \`${name}\` (${flag})`, { hint: `${didYouMean(name, names[list], list)}; new ones are added in portcullis.yaml` });
  }

  constructor(options: IdentityServiceOptions) {
    this.#o = options;
    this.#cfgHumans = new Map((options.humans ?? []).map((h) => [h.id, h]));
    this.#cfgAgents = new Map((options.agents ?? []).map((a) => [a.id, a]));
  }

  async addHuman(input: { id: string; name?: string | null; groups?: string[] }, actor: Actor): Promise<{ principal: Human; token: string }> {
    this.#mayAdminister(actor);
    checkId(input.id, 'user');
    for (const g of input.groups ?? []) this.#known(g, 'groups', 'group', '--groups');
    const token = newToken('human');
    const human = await this.#o.store.transaction(async (tx) => {
      const existing = await this.#humanRow(tx, input.id);
      if (existing) throw new PortcullisError('store_conflict', `user \`${input.id}\` already exists`, { hint: 'revoke it first, or pick another id' });
      const declared = this.#cfgHumans.get(input.id);
      const row: PrincipalRow = {
        id: input.id, kind: 'human', name: input.name ?? declared?.name ?? null, groups: [...new Set(input.groups ?? declared?.groups ?? [])].sort(),
        role: null, operator: null, homeEnvironment: null, parent: null, tokenHash: hashToken(token), createdAt: this.#o.clock.now(), revokedAt: null,
      };
      if (await tx.getPrincipal(input.id)) throw new PortcullisError('store_conflict', `\`${input.id}\` is already taken`, { hint: 'pick another id' });
      if (declared && input.groups && input.groups.join() !== [...declared.groups].sort().join()) throw new PortcullisError('request_invalid', `user \`${input.id}\` is declared in the config; its groups come from there`, { hint: 'drop --groups, or change the config' });
      await tx.insertPrincipal(row);
      await this.#o.audit.appendInTx(tx, [{ type: 'identity_changed', actor: actorId(actor), body: { op: 'add', kind: 'human', id: row.id, groups: row.groups } }]);
      return (await this.humanIn(tx, row.id)) as Human;
    });
    return { principal: human, token };
  }

  async addAgent(given: { id: string; role?: string; operator?: string; homeEnvironment?: string | null; parent?: string | null }, actor: Actor): Promise<{ principal: Agent; token: string }> {
    this.#mayAdminister(actor);
    checkId(given.id, 'agent');
    const declared = this.#cfgAgents.get(given.id);
    if (declared && ((given.role && given.role !== declared.role) || (given.operator && given.operator !== declared.operator))) {
      throw new PortcullisError('request_invalid', `agent \`${given.id}\` is declared in the config; its role and operator come from there`, { hint: 'drop --role/--operator, or change the config' });
    }
    const role = given.role ?? declared?.role;
    const operator = given.operator ?? declared?.operator;
    if (!role || !operator) throw new PortcullisError('request_invalid', `agent \`${given.id}\` needs a role and an operator`, { hint: 'pass --role ROLE --operator USER' });
    const input = { ...given, role, operator, homeEnvironment: given.homeEnvironment ?? declared?.homeEnvironment ?? null, parent: given.parent ?? declared?.parent ?? null };
    this.#known(role, 'roles', 'role', '--role');
    if (input.homeEnvironment) this.#known(input.homeEnvironment, 'environments', 'environment', '--home');
    const token = newToken('agent');
    const agent = await this.#o.store.transaction(async (tx) => {
      if ((await tx.getPrincipal(input.id)) || this.#cfgHumans.has(input.id)) throw new PortcullisError('store_conflict', `\`${input.id}\` is already taken`, { hint: 'pick another id' });
      const op = await this.humanIn(tx, input.operator);
      if (!op) {
        const users = await this.#activeIdsIn(tx, 'human');
        throw new PortcullisError('principal_unknown', `operator \`${input.operator}\` is not a registered user`, { hint: `${didYouMean(input.operator, users, 'users')}; add a new one with \`portcullis users add\`` });
      }
      if (op.revoked) throw new PortcullisError('principal_revoked', `operator \`${input.operator}\` is revoked`, { hint: 'an agent needs an active operator' });
      if (input.parent) {
        const parent = await this.agentIn(tx, input.parent);
        if (!parent || parent.revoked) {
          const agents = await this.#activeIdsIn(tx, 'agent');
          throw new PortcullisError('principal_unknown', `parent agent \`${input.parent}\` is unknown or revoked`, { hint: `${didYouMean(input.parent, agents, 'agents')}; register the parent agent first` });
        }
      }
      const row: PrincipalRow = {
        id: input.id, kind: 'agent', name: null, groups: [], role: input.role, operator: input.operator, homeEnvironment: input.homeEnvironment ?? null,
        parent: input.parent ?? null, tokenHash: hashToken(token), createdAt: this.#o.clock.now(), revokedAt: null,
      };
      await tx.insertPrincipal(row);
      await this.#o.audit.appendInTx(tx, [{ type: 'identity_changed', actor: actorId(actor), body: { op: 'add', kind: 'agent', id: row.id, role: input.role, operator: input.operator } }]);
      return (await this.agentIn(tx, row.id)) as Agent;
    });
    return { principal: agent, token };
  }

  /** Revokes a principal; revoking a human also cancels their agents' open requests (D4). */
  async revoke(kind: 'human' | 'agent', id: string, actor: Actor): Promise<{ cancelledRequests: string[] }> {
    this.#mayAdminister(actor);
    return this.#o.store.transaction(async (tx) => {
      const now = this.#o.clock.now();
      const row = await tx.getPrincipal(id);
      const declared = kind === 'human' ? this.#cfgHumans.get(id) : this.#cfgAgents.get(id);
      if (row && row.kind !== kind) throw new PortcullisError('principal_unknown', `\`${id}\` is not ${kind === 'human' ? 'a user' : 'an agent'}`, { hint: `use \`portcullis ${row.kind === 'human' ? 'users' : 'agents'} revoke\`` });
      if (!row && !declared) throw new PortcullisError('principal_unknown', `no ${kind === 'human' ? 'user' : 'agent'} \`${id}\``, { hint: 'list them with `portcullis users list` / `portcullis agents list`' });
      if (row?.revokedAt != null) return { cancelledRequests: [] };
      if (row) {
        // SECURITY: the token stops working in the same commit that records the revocation.
        await tx.updatePrincipal({ ...row, tokenHash: null, revokedAt: now });
      } else {
        // a config-declared principal gets a tombstone that overrides the config
        const d = declared as Principal;
        await tx.insertPrincipal({
          id, kind, name: d.kind === 'human' ? (d.name ?? null) : null, groups: d.kind === 'human' ? d.groups : [], role: d.kind === 'agent' ? d.role : null,
          operator: d.kind === 'agent' ? d.operator : null, homeEnvironment: d.kind === 'agent' ? d.homeEnvironment : null, parent: d.kind === 'agent' ? (d.parent ?? null) : null,
          tokenHash: null, createdAt: now, revokedAt: now,
        });
      }
      await this.#o.audit.appendInTx(tx, [{ type: 'identity_changed', actor: actorId(actor), body: { op: 'revoke', kind, id } }]);
      const cancelledRequests = kind === 'human' && this.#o.onHumanRevoked ? await this.#o.onHumanRevoked(tx, id, actorId(actor)) : [];
      return { cancelledRequests };
    });
  }

  /**
   * The principal a bearer token belongs to, at the door it was presented at. A human token on the
   * agent channel, an agent token on the reviewer channel, an unknown or revoked token: `auth_failed`.
   */
  async authenticate(token: string, channel: Channel): Promise<Principal> {
    const want = channel === 'agent' ? 'agent' : 'human';
    if (!/^pct_[ha]_[A-Za-z0-9_-]{43}$/.test(token)) throw authFailed('token is malformed', 'use the token printed by `portcullis users add` or `portcullis agents add`');
    const row = await this.#o.store.read((tx) => tx.principalByTokenHash(hashToken(token)));
    // the principal (and an agent's operator and ancestors) from reads sent after the token's: a
    // revocation committed in between is seen (revoking also clears the token hash)
    const p = !row ? null : row.kind === 'human' ? await this.human(row.id) : await this.agent(row.id);
    if (!p) throw authFailed('token is not recognised', 'the token may have been revoked; ask an administrator for a new one');
    // SECURITY: each principal authenticates with its own credential at its own door (D2, delegation rule).
    if (p.kind !== want) throw authFailed(`${p.kind} token presented on the ${channel} channel`, channel === 'agent' ? 'agents use their own agent token, never their operator\'s' : 'reviewing needs a human token');
    if (p.revoked) throw authFailed(`${p.kind} \`${p.id}\` is revoked`, 'ask an administrator');
    return p;
  }

  /**
   * The gateway's `Directory`, reading committed records. Every decision reads its agent, the
   * operator and any ancestors; these reads are batched (`#rows`): lookups asked for while one
   * query is out go together in the next one (`WHERE id = ANY(...)`), so under load a decision
   * costs a share of a query rather than three. No cache: each caller's row comes from a query
   * sent after it asked, so a revocation committed before a decision began denies it (D4).
   */
  human(id: string): Promise<Human | null> {
    return this.#humanFrom(this.#scopedRows, id);
  }

  agent(id: string): Promise<Agent | null> {
    return this.#agentFrom(this.#scopedRows, id, 0);
  }

  /**
   * Runs one decision (the runtime wraps `gateway.decide`): inside it, a principal row read for
   * this decision answers its later lookups of the same id (the gateway reads the operator again
   * after the agent, whose read already fetched it). Every row still comes from a query sent after
   * the decision began, so a revocation committed before it began is seen (D4); nothing outlives it.
   */
  withinDecision<T>(fn: () => Promise<T>): Promise<T> {
    return decisionRows.run(new Map(), fn);
  }

  /** `#rows`, remembering within the current decision (if any) what it read. */
  readonly #scopedRows: RowSource = async (id) => {
    const seen = decisionRows.getStore();
    let row = seen?.get(id);
    if (row === undefined) {
      const pending = this.#rows(id);
      seen?.set(id, pending);
      row = pending;
      // a failed read is not remembered: the decision fails closed on it, and a retry reads again
      pending.catch(() => seen?.delete(id));
    }
    const found = await row;
    return found && { ...found, groups: [...found.groups] };
  };

  humanIn(tx: StoreTx, id: string): Promise<Human | null> {
    return this.#humanFrom((x) => tx.getPrincipal(x), id);
  }

  /** An agent with `revoked` true when it, its operator, or any ancestor is revoked or unknown (D4). */
  agentIn(tx: StoreTx, id: string): Promise<Agent | null> {
    return this.#agentFrom((x) => tx.getPrincipal(x), id, 0);
  }

  /** Lookups waiting for the next batched read, and whether one is out now. */
  readonly #waiting = new Map<string, Array<{ resolve: (row: PrincipalRow | null) => void; reject: (err: unknown) => void }>>();
  #loading = false;

  /** One principal row, read in the next batch (see `human`). Each caller gets its own copy. */
  readonly #rows: RowSource = (id) =>
    new Promise((resolve, reject) => {
      const list = this.#waiting.get(id);
      if (list) list.push({ resolve, reject });
      else this.#waiting.set(id, [{ resolve, reject }]);
      if (!this.#loading) void this.#loadRows();
    });

  async #loadRows(): Promise<void> {
    this.#loading = true;
    try {
      // one turn of the event loop first: the lookups that callers answered by the last read ask
      // next (an agent's operator, the gateway's operator lookup), and requests already read from
      // their sockets, join this read rather than each starting their own
      await new Promise((r) => setImmediate(r));
      while (this.#waiting.size > 0) {
        // SECURITY (D4): only lookups asked for before this query is sent are answered by it.
        const batch = new Map(this.#waiting);
        this.#waiting.clear();
        let rows: PrincipalRow[];
        try {
          rows = await this.#o.store.read((tx) => tx.principalsByIds([...batch.keys()]));
        } catch (err) {
          // SECURITY (F1): a failed read fails every lookup in it; none is answered "unknown"
          for (const list of batch.values()) for (const w of list) w.reject(err);
          continue;
        }
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const [id, list] of batch) {
          const row = byId.get(id) ?? null;
          for (const w of list) w.resolve(row && { ...row, groups: [...row.groups] });
        }
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.#loading = false;
    }
  }

  async #humanFrom(rows: RowSource, id: string): Promise<Human | null> {
    const found = await rows(id);
    const row = found && found.kind === 'human' ? found : null;
    const declared = this.#cfgHumans.get(id);
    // SECURITY: a store record of a config principal only narrows it (revocation); it never widens its groups.
    if (declared) return { ...declared, kind: 'human', groups: [...declared.groups], revoked: declared.revoked === true || (row !== null && row.revokedAt !== null) };
    return row ? toHuman(row) : null;
  }

  async #agentFrom(rows: RowSource, id: string, depth: number): Promise<Agent | null> {
    const declared = this.#cfgAgents.get(id);
    // a config-declared agent names its operator: both rows are asked for at once (one batch)
    const early = declared ? rows(declared.operator) : null;
    early?.catch(() => undefined);
    const row = await rows(id);
    let agent: Agent | null = null;
    if (declared) {
      // config-declared: the config says what it is; the store can only revoke it
      agent = { ...declared, kind: 'agent', revoked: declared.revoked === true || (row !== null && row.kind === 'agent' && row.revokedAt !== null) };
    } else if (row) {
      if (row.kind !== 'agent') return null;
      agent = { kind: 'agent', id: row.id, role: row.role ?? '', operator: row.operator ?? '', homeEnvironment: row.homeEnvironment, ...(row.parent ? { parent: row.parent } : {}), revoked: row.revokedAt !== null };
    }
    if (!agent) return null;
    if (!agent.revoked) {
      const operator = agent.operator;
      // the operator and the parent are asked for together (one batched read when outside a transaction)
      const [op, parent] = await Promise.all([
        this.#humanFrom(early && declared?.operator === operator ? (x) => (x === operator ? early : rows(x)) : rows, operator),
        agent.parent && depth < MAX_DEPTH ? this.#agentFrom(rows, agent.parent, depth + 1) : null,
      ]);
      // SECURITY: D4: an agent of a revoked (or vanished) operator is revoked at its next decision.
      if (!op || op.revoked) agent.revoked = true;
      // and so is one whose parent is revoked, unknown, or further up than MAX_DEPTH
      else if (agent.parent && (!parent || parent.revoked)) agent.revoked = true;
    }
    return agent;
  }

  async list(kind: 'human' | 'agent'): Promise<PrincipalView[]> {
    return this.#o.store.read((tx) => this.#listIn(tx, kind));
  }

  /** Active ids of one kind, inside a transaction already open (for "did you mean" hints). */
  async #activeIdsIn(tx: StoreTx, kind: 'human' | 'agent'): Promise<string[]> {
    return (await this.#listIn(tx, kind)).filter((p) => !p.revoked).map((p) => p.id);
  }

  async #listIn(tx: StoreTx, kind: 'human' | 'agent'): Promise<PrincipalView[]> {
    const rows = await tx.listPrincipals(kind);
      const ids = new Set(rows.map((r) => r.id));
      const declared = kind === 'human' ? [...this.#cfgHumans.keys()] : [...this.#cfgAgents.keys()];
      const out: PrincipalView[] = [];
      for (const id of [...ids, ...declared.filter((d) => !ids.has(d))].sort()) {
        const row = rows.find((r) => r.id === id) ?? null;
        const p = kind === 'human' ? await this.humanIn(tx, id) : await this.agentIn(tx, id);
        if (!p) continue;
        out.push({
          kind, id, name: p.kind === 'human' ? (p.name ?? null) : null, groups: p.kind === 'human' ? p.groups : [], role: p.kind === 'agent' ? p.role : null,
          operator: p.kind === 'agent' ? p.operator : null, source: row ? 'store' : 'config', hasToken: row?.tokenHash != null, revoked: p.revoked === true, createdAt: row?.createdAt ?? null,
        });
      }
      return out;
  }

  /** Whether any active human holds a token (the first `users add` needs no token). */
  async hasActiveHumans(): Promise<boolean> {
    return this.#o.store.read(async (tx) => (await tx.listPrincipals('human')).some((r) => r.revokedAt === null && r.tokenHash !== null));
  }

  async #humanRow(tx: StoreTx, id: string): Promise<PrincipalRow | null> {
    const row = await tx.getPrincipal(id);
    return row && row.kind === 'human' ? row : null;
  }

  #mayAdminister(actor: Actor): void {
    // SECURITY: D2/D3: agents never mint credentials or change identity records.
    if (actor.kind === 'agent') throw new PortcullisError('auth_failed', `agent \`${actor.id}\` cannot change identities`, { hint: 'a human must run this with their own token (D2)' });
    if (actor.kind === 'human' && actor.revoked) throw new PortcullisError('auth_failed', `user \`${actor.id}\` is revoked`, { hint: 'ask another administrator' });
  }
}

function toHuman(row: PrincipalRow): Human {
  return { kind: 'human', id: row.id, ...(row.name ? { name: row.name } : {}), groups: row.groups, revoked: row.revokedAt !== null };
}

function actorId(actor: Actor): string {
  return actor.kind === 'local' ? 'local' : `${actor.kind}:${actor.id}`;
}

function checkId(id: string, what: string): void {
  if (!ID_RE.test(id)) throw new PortcullisError('request_invalid', `${what} id \`${id}\` is not valid`, { hint: 'use 1-64 lowercase letters, digits, dot, dash or underscore' });
}

function newToken(kind: 'human' | 'agent'): string {
  return `${TOKEN_PREFIX[kind]}${randomBytes(32).toString('base64url')}`;
}

export function createIdentityService(options: IdentityServiceOptions): IdentityService {
  return new IdentityService(options);
}
