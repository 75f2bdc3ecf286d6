import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { PortcullisError } from '../../core/index.ts';
import { conflict, jsonArray, readOnly, seqConflict, tooNew, unavailable, versionConflict } from '../support.ts';
import type { BrakeRow, SpendRow, AuditHead, AuditRow, CheckpointRow, PrincipalRow, RequestFilter, RequestRow, Store, StoreTx, VoteRow } from '../types.ts';
import { POSTGRES_MIGRATIONS } from './migrations.ts';

export interface PostgresStoreOptions {
  connectionString: string;
  /** The schema holding Portcullis's tables (created if missing). Default `public`. */
  schema?: string;
  /** Pool size (default 4). */
  max?: number;
  /** F8: connecting, or waiting for a free pooled connection (default 3 s). */
  connectTimeoutMs?: number;
  /**
   * F8: longest any one statement may take (default 5 s): the server cancels it (`statement_timeout`,
   * which also bounds waiting for the write lock) and the client gives up on a server that does not
   * answer at all (`query_timeout`, a frozen or partitioned server).
   */
  queryTimeoutMs?: number;
  /** Most write transactions one group commit runs (default 64). */
  maxBatch?: number;
}

/** Whether an error left the connection unusable (no SQLSTATE: timeout, reset, terminated). */
function breaksConnection(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return !(typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code));
}

type Row = Record<string, unknown>;
type Client = pg.PoolClient;

function wrap(err: unknown): Error {
  if (err instanceof PortcullisError) return err;
  const code = (err as { code?: unknown }).code;
  // SQLSTATE class 23 (integrity) and P0001 (our append-only trigger) are refusals, not outages.
  if (typeof code === 'string' && (code.startsWith('23') || code === 'P0001')) return conflict('postgres', err);
  return unavailable('postgres', err);
}

const n = (v: unknown) => (v == null ? null : Number(v));
const s = (v: unknown) => (v == null ? null : String(v));

const toRequest = (r: Row): RequestRow => ({
  id: String(r.id), digest: String(r.digest), status: String(r.status), envelope: String(r.envelope), facts: String(r.facts),
  required: Number(r.required), approverGroups: jsonArray(r.approver_groups), policies: jsonArray(r.policies), agent: String(r.agent),
  operator: String(r.operator), fingerprint: s(r.fingerprint), createdAt: Number(r.created_at), expiresAt: Number(r.expires_at),
  approvedAt: n(r.approved_at), executeBy: n(r.execute_by), leaseUntil: n(r.lease_until), updatedAt: Number(r.updated_at), version: Number(r.version),
});

const toPrincipal = (r: Row): PrincipalRow => ({
  id: String(r.id), kind: r.kind === 'agent' ? 'agent' : 'human', name: s(r.name), groups: jsonArray(r.groups_json), role: s(r.role),
  operator: s(r.operator), homeEnvironment: s(r.home_environment), parent: s(r.parent), tokenHash: s(r.token_hash),
  createdAt: Number(r.created_at), revokedAt: n(r.revoked_at),
});

const toAudit = (r: Row): AuditRow => ({
  seq: Number(r.seq), id: String(r.id), ts: Number(r.ts), type: String(r.type), actor: String(r.actor), body: String(r.body), leaf: String(r.leaf), chain: String(r.chain),
});

/**
 * The batch a write function runs in, to refuse a nested transaction (it would wait for itself).
 * Work a function starts and leaves running keeps the context, so only a batch still being written counts.
 */
const inWrite = new AsyncLocalStorage<{ active: boolean }>();

/** One caller's write transaction, waiting for its group commit. */
interface Write {
  fn: (tx: StoreTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/** A pooled connection and whether it must be thrown away rather than reused. */
interface Conn {
  c: Client;
  broken: boolean;
}

function toVote(r: Record<string, unknown>): VoteRow {
  return {
    requestId: String(r.request_id), humanId: String(r.human_id), kind: voteKind(r.kind), comment: s(r.comment), at: Number(r.at), solo: r.solo === true,
    auditSeq: r.audit_seq == null ? null : Number(r.audit_seq),
  };
}

const AUDIT_COLS = ['seq', 'id', 'ts', 'type', 'actor', 'body', 'leaf', 'chain'] as const;

const HEAD_SQL = 'SELECT seq, ts, chain FROM audit ORDER BY seq DESC LIMIT 1';
const toHead = (r: Row | undefined): AuditHead | null => (r ? { seq: Number(r.seq), ts: Number(r.ts), chain: String(r.chain) } : null);

/**
 * Opens a write batch in one round trip: BEGIN, the advisory write lock, and the audit head as of
 * holding it (one simple query: the statements run in order and a failure stops the rest).
 */
const BEGIN_LOCKED = `BEGIN; SELECT pg_advisory_xact_lock(hashtext('portcullis-write:' || current_schema())); ${HEAD_SQL}`;

/**
 * The statements every decision runs, by name: node-postgres then parses each once per connection
 * (a named prepared statement) instead of sending it to be parsed and planned on every call. Their
 * columns are listed, never `*`: a later migration that adds a column (run by a newer replica)
 * must not change a prepared statement's result type under a running one.
 */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['SELECT id, kind, name, groups_json, role, operator, home_environment, parent, token_hash, created_at, revoked_at FROM principals WHERE id = ANY($1::text[])', 'pc_principals_by_ids'],
  ['SELECT id, kind, name, groups_json, role, operator, home_environment, parent, token_hash, created_at, revoked_at FROM principals WHERE id = $1', 'pc_principal'],
  ['SELECT id, kind, name, groups_json, role, operator, home_environment, parent, token_hash, created_at, revoked_at FROM principals WHERE token_hash = $1', 'pc_principal_by_token'],
  [HEAD_SQL, 'pc_audit_head'],
  ['SELECT key, on_, by_, at, reason FROM brakes ORDER BY key', 'pc_brakes'],
]);

/** Audit INSERTs of up to this many rows are named statements (one per row count). */
const NAMED_AUDIT_ROWS = 64;

/**
 * What a write batch knows while it holds the advisory write lock: no other writer, in this process
 * or another replica, can append to the audit log until it commits, so the head read with the lock
 * (or written since) is still the head and is not read again: round trips saved while the lock is
 * held. `known` is null when it must be read.
 */
interface LockState {
  known: { head: AuditHead | null } | null;
}

/** `lock`: the transaction holds the write lock (a `transaction()` function); reads have none. */
function makeTx(conn: Conn, lock: LockState | null = null): StoreTx {
  const c = conn.c;
  const exec = async (sql: string, params: unknown[], name = NAMED.get(sql)): Promise<pg.QueryResult> => {
    try {
      return await c.query(name ? { name, text: sql, values: params } : { text: sql, values: params });
    } catch (err) {
      if (breaksConnection(err)) conn.broken = true;
      throw wrap(err);
    }
  };
  const all = async (sql: string, params: unknown[] = []): Promise<Row[]> => (await exec(sql, params)).rows as Row[];
  const get = async (sql: string, params: unknown[] = []) => (await all(sql, params))[0];
  const run = async (sql: string, params: unknown[] = [], name?: string): Promise<number> => (await exec(sql, params, name)).rowCount ?? 0;
  const head = async (): Promise<AuditHead | null> => {
    if (lock?.known) return lock.known.head && { ...lock.known.head };
    const h = toHead(await get(HEAD_SQL));
    if (lock) lock.known = { head: h && { ...h } };
    return h;
  };
  return {
    // L9: one clock for every replica; clock_timestamp() is the time of this statement (not of BEGIN, which may have waited for the lock)
    databaseNow: async () => Number((await get('SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS t'))!.t),
    auditHead: head,
    auditInsert: async (rows) => {
      let next = ((await head())?.seq ?? 0) + 1;
      for (const r of rows) {
        if (r.seq !== next) throw seqConflict(next, r.seq);
        next += 1;
      }
      if (rows.length === 0) return;
      const values = rows.map((_, i) => `(${AUDIT_COLS.map((__, j) => `$${i * AUDIT_COLS.length + j + 1}`).join(', ')})`).join(', ');
      if (lock) lock.known = null; // until the INSERT is known to have succeeded
      await run(`INSERT INTO audit (${AUDIT_COLS.join(', ')}) VALUES ${values}`, rows.flatMap((r) => AUDIT_COLS.map((k) => r[k])), rows.length <= NAMED_AUDIT_ROWS ? `pc_audit_insert_${rows.length}` : undefined);
      const last = rows[rows.length - 1]!;
      if (lock) lock.known = { head: { seq: last.seq, ts: last.ts, chain: last.chain } };
    },
    auditRange: async (fromSeq, limit) => (await all('SELECT * FROM audit WHERE seq >= $1 ORDER BY seq LIMIT $2', [fromSeq, limit])).map(toAudit),
    insertCheckpoint: async (cp: CheckpointRow) => {
      await run('INSERT INTO checkpoints (size, ts, root, key_id, signature) VALUES ($1, $2, $3, $4, $5)', [cp.size, cp.ts, cp.root, cp.keyId, cp.signature]);
    },
    checkpoints: async () =>
      (await all('SELECT * FROM checkpoints ORDER BY size')).map((r) => ({ size: Number(r.size), ts: Number(r.ts), root: String(r.root), keyId: String(r.key_id), signature: String(r.signature) })),
    getMeta: async (key) => s((await get('SELECT value FROM meta WHERE key = $1', [key]))?.value),
    metaEntries: async () => (await all('SELECT key, value FROM meta ORDER BY key')).map((r) => ({ key: String(r.key), value: String(r.value) })),
    pinMeta: async (key, value) => {
      await run('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, value]);
      return String((await get('SELECT value FROM meta WHERE key = $1', [key]))?.value);
    },
    getRequest: async (id) => {
      const r = await get('SELECT * FROM requests WHERE id = $1', [id]);
      return r ? toRequest(r) : null;
    },
    latestRequestByDigest: async (digest) => {
      const r = await get('SELECT * FROM requests WHERE digest = $1 ORDER BY created_at DESC, ord DESC LIMIT 1', [digest]);
      return r ? toRequest(r) : null;
    },
    listRequests: async (f: RequestFilter) => {
      const where: string[] = [];
      const params: unknown[] = [];
      if (f.statuses?.length) {
        params.push(f.statuses);
        where.push(`status = ANY($${params.length})`);
      }
      if (f.operator !== undefined) {
        params.push(f.operator);
        where.push(`operator = $${params.length}`);
      }
      params.push(f.limit ?? 1000);
      return (await all(`SELECT * FROM requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, ord LIMIT $${params.length}`, params)).map(toRequest);
    },
    insertRequest: async (q) => {
      await run(
        `INSERT INTO requests (id, digest, status, envelope, facts, required, approver_groups, policies, agent, operator, fingerprint,
          created_at, expires_at, approved_at, execute_by, lease_until, updated_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        [q.id, q.digest, q.status, q.envelope, q.facts, q.required, JSON.stringify(q.approverGroups), JSON.stringify(q.policies), q.agent, q.operator,
          q.fingerprint, q.createdAt, q.expiresAt, q.approvedAt, q.executeBy, q.leaseUntil, q.updatedAt, q.version],
      );
    },
    updateRequest: async (q) => {
      const count = await run(
        `UPDATE requests SET status = $1, required = $2, approver_groups = $3, policies = $4, approved_at = $5, execute_by = $6, lease_until = $7, updated_at = $8, version = $9
          WHERE id = $10 AND version = $11`,
        [q.status, q.required, JSON.stringify(q.approverGroups), JSON.stringify(q.policies), q.approvedAt, q.executeBy, q.leaseUntil, q.updatedAt, q.version, q.id, q.version - 1],
      );
      if (count !== 1) throw versionConflict(q.id);
    },
    putVote: async (v: VoteRow) =>
      (await run('INSERT INTO votes (request_id, human_id, kind, comment, at, solo, audit_seq) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING', [v.requestId, v.humanId, v.kind, v.comment, v.at, v.solo, v.auditSeq])) === 1,
    votes: async (requestId) => (await all('SELECT * FROM votes WHERE request_id = $1 ORDER BY at, ord', [requestId])).map(toVote),
    allVotes: async () => (await all('SELECT * FROM votes ORDER BY request_id, at, ord')).map(toVote),
    getPrincipal: async (id) => {
      const r = await get('SELECT id, kind, name, groups_json, role, operator, home_environment, parent, token_hash, created_at, revoked_at FROM principals WHERE id = $1', [id]);
      return r ? toPrincipal(r) : null;
    },
    principalByTokenHash: async (hash) => {
      const r = await get('SELECT id, kind, name, groups_json, role, operator, home_environment, parent, token_hash, created_at, revoked_at FROM principals WHERE token_hash = $1', [hash]);
      return r ? toPrincipal(r) : null;
    },
    principalsByIds: async (ids) => (ids.length === 0 ? [] : await all('SELECT id, kind, name, groups_json, role, operator, home_environment, parent, token_hash, created_at, revoked_at FROM principals WHERE id = ANY($1::text[])', [[...ids]])).map(toPrincipal),
    listPrincipals: async (kind) => (kind ? await all('SELECT * FROM principals WHERE kind = $1 ORDER BY id', [kind]) : await all('SELECT * FROM principals ORDER BY id')).map(toPrincipal),
    insertPrincipal: async (p) => {
      await run(
        'INSERT INTO principals (id, kind, name, groups_json, role, operator, home_environment, parent, token_hash, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
        [p.id, p.kind, p.name, JSON.stringify(p.groups), p.role, p.operator, p.homeEnvironment, p.parent, p.tokenHash, p.createdAt, p.revokedAt],
      );
    },
    updatePrincipal: async (p) => {
      const count = await run('UPDATE principals SET name = $1, groups_json = $2, role = $3, token_hash = $4, revoked_at = $5 WHERE id = $6', [p.name, JSON.stringify(p.groups), p.role, p.tokenHash, p.revokedAt, p.id]);
      if (count !== 1) throw versionConflict(p.id);
    },
    brakeSwitches: async () =>
      (await all('SELECT key, on_, by_, at, reason FROM brakes ORDER BY key')).map((r) => ({ key: String(r.key), on: r.on_ === true, by: String(r.by_), at: Number(r.at), reason: s(r.reason) })),
    putBrakeSwitch: async (b: BrakeRow) => {
      await run('INSERT INTO brakes (key, on_, by_, at, reason) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO UPDATE SET on_ = excluded.on_, by_ = excluded.by_, at = excluded.at, reason = excluded.reason', [b.key, b.on, b.by, b.at, b.reason]);
    },
    insertSpend: async (x: SpendRow) => {
      await run('INSERT INTO brake_spend (id, agent, ts) VALUES ($1, $2, $3)', [x.id, x.agent, x.ts]);
    },
    countSpend: async (agent, since) => Number((await get('SELECT COUNT(*) AS n FROM brake_spend WHERE agent = $1 AND ts >= $2', [agent, since]))?.n ?? 0),
    spendSince: async (since) => Object.fromEntries((await all('SELECT agent, COUNT(*) AS n FROM brake_spend WHERE ts >= $1 GROUP BY agent ORDER BY agent', [since])).map((r) => [String(r.agent), Number(r.n)])),
    spendRows: async (since) => (await all('SELECT id, agent, ts FROM brake_spend WHERE ts >= $1 ORDER BY ts, id', [since])).map((r) => ({ id: String(r.id), agent: String(r.agent), ts: Number(r.ts) })),
  };
}

export class PostgresStore implements Store {
  readonly backend = 'postgres';
  readonly capabilities = { multiProcess: true, file: null };
  readonly schemaVersion: number;
  readonly schema: string;
  readonly #pool: pg.Pool;
  /** Write transactions waiting for the next group commit. */
  readonly #writes: Write[] = [];
  #writing = false;
  readonly #maxBatch: number;
  readonly #stats = { commits: 0, transactions: 0, lockHeldMs: 0 };

  private constructor(pool: pg.Pool, schema: string, version: number, maxBatch: number) {
    this.#pool = pool;
    this.#maxBatch = maxBatch;
    this.schema = schema;
    this.schemaVersion = version;
  }

  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new PortcullisError('config_invalid', `postgres schema \`${schema}\` is not a plain identifier`, { hint: 'use lowercase letters, digits and _' });
    const queryTimeout = options.queryTimeoutMs ?? 5_000;
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 4,
      // F8: every wait on the database is bounded, whatever state the server is in
      connectionTimeoutMillis: options.connectTimeoutMs ?? 3_000,
      statement_timeout: queryTimeout,
      query_timeout: queryTimeout + 1_000,
      idle_in_transaction_session_timeout: queryTimeout * 2,
      keepAlive: true,
      options: `-c search_path=${schema}`,
    });
    pool.on('error', () => {
      // an idle client died; the next checkout reconnects or reports store_unavailable
    });
    pool.on('connect', (client) => {
      // a checked-out client whose connection drops between queries emits 'error' on itself; unheard,
      // that would crash the process. Its next query fails and the connection is thrown away.
      client.on('error', () => undefined);
    });
    try {
      const version = await PostgresStore.#migrate(pool, schema);
      return new PostgresStore(pool, schema, version, options.maxBatch ?? 64);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw wrap(err);
    }
  }

  static async #migrate(pool: pg.Pool, schema: string): Promise<number> {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query("SELECT pg_advisory_xact_lock(hashtext('portcullis-migrate:' || $1))", [schema]);
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const current = Number((await c.query('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations')).rows[0].v);
      const known = POSTGRES_MIGRATIONS.at(-1)?.version ?? 0;
      if (current > known) throw tooNew('postgres', current, known);
      for (const m of POSTGRES_MIGRATIONS) {
        if (m.version <= current) continue;
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
      }
      await c.query('COMMIT');
      return known;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async #client(): Promise<Client> {
    try {
      return await this.#pool.connect();
    } catch (err) {
      throw wrap(err);
    }
  }

  /**
   * Group commit (L6 unchanged): transactions that arrive while one is being written wait, then run
   * one after another inside ONE PostgreSQL transaction, under one take of the advisory write lock,
   * and commit together: one lock hold and one fsync for the lot instead of one each. The model
   * (docs/operations.md): writes/s ≈ batch size / lock hold time. Each function runs under its own
   * SAVEPOINT when it shares the batch, so its failure undoes only its own writes and rejects only
   * its caller; a failed BEGIN, lock or COMMIT rejects every caller in the batch, none of whose
   * writes is then visible (INVARIANT durable-before-answer: nobody is answered before COMMIT).
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    // a transaction opened from inside another would wait for its own batch forever
    if (inWrite.getStore()?.active) return Promise.reject(new PortcullisError('internal_error', 'store.transaction() called inside a write transaction', { hint: 'pass the caller\'s tx down instead' }));
    return new Promise<T>((resolve, reject) => {
      this.#writes.push({ fn: fn as (tx: StoreTx) => Promise<unknown>, resolve: resolve as (v: unknown) => void, reject });
      if (!this.#writing) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#writing = true;
    try {
      while (this.#writes.length > 0) await this.#commitBatch(this.#writes.splice(0, this.#maxBatch));
    } finally {
      this.#writing = false;
    }
  }

  async #commitBatch(batch: Write[]): Promise<void> {
    const token = { active: true };
    try {
      await this.#writeBatch(batch, token);
    } finally {
      token.active = false;
    }
  }

  async #writeBatch(batch: Write[], token: { active: boolean }): Promise<void> {
    let conn: Conn;
    try {
      conn = { c: await this.#client(), broken: false };
    } catch (err) {
      for (const w of batch) w.reject(err);
      return;
    }
    const query = async (sql: string): Promise<pg.QueryResult | pg.QueryResult[]> => {
      try {
        return await conn.c.query(sql);
      } catch (err) {
        if (breaksConnection(err)) conn.broken = true;
        throw wrap(err);
      }
    };
    const shared = batch.length > 1;
    const done: Array<{ w: Write; out: unknown }> = [];
    const held = { since: 0 };
    try {
      // SECURITY: one writer at a time per log: sequence numbers are taken under this lock (L6).
      const opened = await query(BEGIN_LOCKED);
      held.since = performance.now();
      const lock: LockState = { known: { head: toHead((Array.isArray(opened) ? opened.at(-1) : opened)?.rows[0] as Row | undefined) } };
      for (const w of batch) {
        if (!shared) {
          done.push({ w, out: await inWrite.run(token, () => w.fn(makeTx(conn, lock))) });
          continue;
        }
        await query('SAVEPOINT w');
        const before = lock.known;
        try {
          const out = await inWrite.run(token, () => w.fn(makeTx(conn, lock)));
          await query('RELEASE SAVEPOINT w');
          done.push({ w, out });
        } catch (err) {
          if (conn.broken) throw err; // the connection is gone: the whole batch fails below
          await query('ROLLBACK TO SAVEPOINT w');
          lock.known = before; // its audit rows, if any, are undone
          // nothing of this function will be committed: its caller learns now
          w.reject(err);
        }
      }
      const committed = await query('COMMIT');
      // PostgreSQL answers COMMIT of a transaction that an error aborted (a statement failed and
      // the function went on) with ROLLBACK, not an error: nothing was written, so nobody is told it was
      if (!Array.isArray(committed) && committed.command !== 'COMMIT') throw unavailable('postgres', new Error(`COMMIT ended in ${committed.command}: a statement of the transaction failed`));
      this.#stats.commits += 1;
      this.#stats.transactions += done.length;
      this.#stats.lockHeldMs += performance.now() - held.since;
    } catch (err) {
      // a connection that timed out or dropped is not asked anything more: it is thrown away below
      if (!conn.broken) await conn.c.query('ROLLBACK').catch(() => (conn.broken = true));
      conn.c.release(conn.broken);
      // SECURITY (F1): the commit failed, so every function in it failed: each caller is told, none is answered as done
      for (const w of batch) w.reject(err);
      return;
    }
    conn.c.release(conn.broken);
    for (const d of done) d.w.resolve(d.out);
  }

  /**
   * Reads run outside any transaction (autocommit, READ COMMITTED): each statement sees the data
   * committed when it starts, and nothing here waits for the write lock. No BEGIN/ROLLBACK round
   * trips: a decision makes three reads (token, agent, operator), and over HTTP those round trips,
   * not the write lock, were most of PostgreSQL's cost per decision (docs/operations.md). A read
   * that needs several rows from one instant belongs in a transaction.
   */
  async read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    const conn: Conn = { c: await this.#client(), broken: false };
    try {
      return await fn(readOnly(makeTx(conn)));
    } finally {
      conn.c.release(conn.broken);
    }
  }

  async close(): Promise<void> {
    await this.#pool.end().catch(() => undefined);
  }

  /**
   * What the group commit did in this process: commits, the write transactions they carried, and
   * the total time the write lock was held (from taking it to the end of COMMIT). The model of
   * docs/operations.md: writes/s ≈ (transactions / commits) / (lockHeldMs / commits).
   */
  writeStats(): { commits: number; transactions: number; lockHeldMs: number } {
    return { ...this.#stats };
  }

  /** Drops the store's schema and everything in it (tests only). */
  async dropSchema(): Promise<void> {
    const c = await this.#client();
    try {
      await c.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
    } finally {
      c.release();
    }
  }
}

export function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  return PostgresStore.open(options);
}

/** SECURITY: only a stored `approve` is an approval; an unknown kind never counts as one. */
function voteKind(kind: unknown): 'approve' | 'reject' | 'break_glass' {
  return kind === 'approve' ? 'approve' : kind === 'break_glass' ? 'break_glass' : 'reject';
}
