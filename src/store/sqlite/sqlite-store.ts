import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { PortcullisError } from '../../core/index.ts';
import { Mutex, conflict, jsonArray, readOnly, seqConflict, tooNew, unavailable, versionConflict } from '../support.ts';
import type { BrakeRow, SpendRow, AuditHead, AuditRow, CheckpointRow, PrincipalRow, RequestFilter, RequestRow, Store, StoreTx, VoteRow } from '../types.ts';
import { SQLITE_MIGRATIONS } from './migrations.ts';

type Row = Record<string, SQLInputValue>;

export interface SqliteStoreOptions {
  /** Path of the database file (created if missing). */
  file: string;
  /** How long a writer waits for another process's write lock, in ms (default 10 s). */
  busyTimeoutMs?: number;
  /** L8: told once when an I/O error makes the store unusable (the server stops and exits). */
  onFatal?: (err: PortcullisError) => void;
}

/** Size of an existing file, or null when there is none. */
function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CONSTRAINT = 19;
const SQLITE_NOTADB = 26;

/** The primary result code of a node:sqlite error, or null. */
function primaryCode(err: unknown): number | null {
  const e = err as { code?: string; errcode?: number } | null;
  return e && e.code === 'ERR_SQLITE_ERROR' && typeof e.errcode === 'number' ? e.errcode & 0xff : null;
}

function wrap(err: unknown): Error {
  const code = primaryCode(err);
  if (code === SQLITE_CONSTRAINT) return conflict('sqlite', err);
  if (err instanceof PortcullisError) return err;
  if (code === SQLITE_FULL) {
    // L8: a full disk is not fatal: nothing was written, and writes work again once there is space
    return new PortcullisError('store_unavailable', 'sqlite store unavailable: the disk is full', { hint: 'free space on the store\'s filesystem; until then every write is refused and decisions are denied', cause: err });
  }
  return unavailable('sqlite', err);
}

/** L8: errors after which this process must not write again (what it wrote may not be on disk). */
function isFatal(err: unknown): boolean {
  const code = primaryCode(err);
  return code === SQLITE_IOERR || code === SQLITE_CORRUPT || code === SQLITE_NOTADB;
}

function corruptStore(file: string, problem: string, cause?: unknown): PortcullisError {
  return new PortcullisError('store_corrupt', `sqlite store \`${file}\` is damaged: ${problem}`, {
    hint: 'refusing to start (L8). Stop every process using it, keep the damaged file for inspection, restore the latest backup of the store (with its -wal file) and run `portcullis audit verify`; never delete it to start over while the audit key still exists',
    ...(cause === undefined ? {} : { cause }),
  });
}

function toRequest(r: Row): RequestRow {
  return {
    id: String(r.id), digest: String(r.digest), status: String(r.status), envelope: String(r.envelope), facts: String(r.facts),
    required: Number(r.required), approverGroups: jsonArray(r.approver_groups), policies: jsonArray(r.policies),
    agent: String(r.agent), operator: String(r.operator), fingerprint: r.fingerprint == null ? null : String(r.fingerprint),
    createdAt: Number(r.created_at), expiresAt: Number(r.expires_at), approvedAt: r.approved_at == null ? null : Number(r.approved_at),
    executeBy: r.execute_by == null ? null : Number(r.execute_by), leaseUntil: r.lease_until == null ? null : Number(r.lease_until), updatedAt: Number(r.updated_at), version: Number(r.version),
  };
}

function toVote(r: Row): VoteRow {
  return {
    requestId: String(r.request_id), humanId: String(r.human_id), kind: voteKind(r.kind), comment: r.comment == null ? null : String(r.comment), at: Number(r.at), solo: Number(r.solo) === 1,
    auditSeq: r.audit_seq == null ? null : Number(r.audit_seq),
  };
}

function toPrincipal(r: Row): PrincipalRow {
  const s = (v: SQLInputValue | undefined) => (v == null ? null : String(v));
  return {
    id: String(r.id), kind: r.kind === 'agent' ? 'agent' : 'human', name: s(r.name), groups: jsonArray(r.groups_json), role: s(r.role),
    operator: s(r.operator), homeEnvironment: s(r.home_environment), parent: s(r.parent), tokenHash: s(r.token_hash),
    createdAt: Number(r.created_at), revokedAt: r.revoked_at == null ? null : Number(r.revoked_at),
  };
}

const toAudit = (r: Row): AuditRow => ({
  seq: Number(r.seq), id: String(r.id), ts: Number(r.ts), type: String(r.type), actor: String(r.actor), body: String(r.body), leaf: String(r.leaf), chain: String(r.chain),
});

export class SqliteStore implements Store {
  readonly backend = 'sqlite';
  readonly capabilities;
  readonly schemaVersion: number;
  readonly #db: DatabaseSync;
  readonly #mutex = new Mutex();
  readonly #tx: StoreTx;
  #fatal: PortcullisError | null = null;
  readonly #onFatal: ((err: PortcullisError) => void) | undefined;

  private constructor(db: DatabaseSync, file: string, version: number, onFatal: ((err: PortcullisError) => void) | undefined) {
    this.#db = db;
    this.#onFatal = onFatal;
    this.capabilities = { multiProcess: true, file };
    this.schemaVersion = version;
    this.#tx = this.#makeTx();
  }

  static open(options: SqliteStoreOptions): SqliteStore {
    const file = resolve(options.file);
    let db: DatabaseSync | undefined;
    // SECURITY (L8): an existing file of zero bytes is a store that lost everything, not a new one:
    // SQLite would silently start an empty log (history gone, first `users add` needing no token).
    const size = sizeOf(file);
    if (size === 0) throw corruptStore(file, 'the file is empty (0 bytes)');
    try {
      mkdirSync(dirname(file), { recursive: true });
      db = new DatabaseSync(file, { timeout: options.busyTimeoutMs ?? 10_000 });
      // INVARIANT (durable-append): WAL + synchronous=FULL: a committed entry survives power loss (L6).
      db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
      if (size !== null) {
        // SECURITY (L8): a damaged store is refused at open, never served as healthy
        const problems = (db.prepare('PRAGMA quick_check(5)').all() as Row[]).map((r) => String(Object.values(r)[0]));
        if (problems.join() !== 'ok') throw corruptStore(file, `quick_check found ${problems.join('; ')}`);
      }
      const version = SqliteStore.#migrate(db);
      return new SqliteStore(db, file, version, options.onFatal);
    } catch (err) {
      try {
        db?.close();
      } catch {
        // closing a damaged database may fail too; the error below is what matters
      }
      if (err instanceof PortcullisError) throw err;
      const code = primaryCode(err);
      if (code === SQLITE_CORRUPT || code === SQLITE_NOTADB) throw corruptStore(file, err instanceof Error ? err.message : String(err), err);
      throw wrap(err);
    }
  }

  /** L8: the I/O error that stopped this store, or null while it is healthy. */
  get fatal(): PortcullisError | null {
    return this.#fatal;
  }

  /** Records a fatal error once: from now on every call is refused, and the runtime is told. */
  #fail(err: unknown): Error {
    const wrapped = wrap(err);
    if (!isFatal(err) || this.#fatal) return this.#fatal ?? wrapped;
    this.#fatal = new PortcullisError('store_failed', `sqlite store failed with an I/O error: ${err instanceof Error ? err.message : String(err)}`, {
      hint: 'this process stopped writing (L8); check the disk (dmesg), then restart portcullis: it checks the store when it opens',
      cause: err,
    });
    try {
      this.#onFatal?.(this.#fatal);
    } catch {
      // the listener's failure must not hide the store's
    }
    return this.#fatal;
  }

  static #migrate(db: DatabaseSync): number {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
      const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as Row | undefined;
      const current = Number(row?.v ?? 0);
      const known = SQLITE_MIGRATIONS.at(-1)?.version ?? 0;
      if (current > known) throw tooNew('sqlite', current, known);
      for (const m of SQLITE_MIGRATIONS) {
        if (m.version <= current) continue;
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, new Date().toISOString());
      }
      db.exec('COMMIT');
      return known;
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
  }

  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.#mutex.run(async () => {
      // SECURITY (L8): after an I/O error nothing more is written, even if the device seems back
      if (this.#fatal) throw this.#fatal;
      try {
        // SECURITY: IMMEDIATE takes the write lock up front, so two processes never interleave appends (L6).
        this.#db.exec('BEGIN IMMEDIATE');
      } catch (err) {
        throw this.#fail(err);
      }
      try {
        const out = await fn(this.#tx);
        try {
          this.#db.exec('COMMIT');
        } catch (err) {
          // a failed COMMIT (disk full, I/O error) is a store error with its code, never a bare 500
          throw this.#fail(err);
        }
        return out;
      } catch (err) {
        try {
          if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
        } catch {
          // the connection is gone; the transaction died with it
        }
        throw this.#fatal ?? err;
      }
    });
  }

  read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.#mutex.run(async () => {
      if (this.#fatal) throw this.#fatal;
      try {
        this.#db.exec('BEGIN');
      } catch (err) {
        throw this.#fail(err);
      }
      try {
        return await fn(readOnly(this.#tx));
      } finally {
        if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
      }
    });
  }

  async close(): Promise<void> {
    await this.#mutex.run(async () => {
      if (this.#db.isOpen) this.#db.close();
    });
  }

  #makeTx(): StoreTx {
    const db = this.#db;
    const fail = (err: unknown) => this.#fail(err);
    // Statements are prepared once per SQL text (a fixed, small set; bounded anyway): preparing on
    // every call cost 15-25% of a decision over HTTP.
    const statements = new Map<string, StatementSync>();
    const prepare = (sql: string): StatementSync => {
      let s = statements.get(sql);
      if (!s) {
        if (statements.size >= 256) statements.clear();
        s = db.prepare(sql);
        statements.set(sql, s);
      }
      return s;
    };
    const all = (sql: string, ...params: SQLInputValue[]): Row[] => {
      try {
        return prepare(sql).all(...params) as Row[];
      } catch (err) {
        throw fail(err);
      }
    };
    const get = (sql: string, ...params: SQLInputValue[]): Row | undefined => all(sql, ...params)[0];
    const run = (sql: string, ...params: SQLInputValue[]): number => {
      try {
        return Number(prepare(sql).run(...params).changes);
      } catch (err) {
        throw fail(err);
      }
    };
    const head = (): AuditHead | null => {
      const r = get('SELECT seq, ts, chain FROM audit ORDER BY seq DESC LIMIT 1');
      return r ? { seq: Number(r.seq), ts: Number(r.ts), chain: String(r.chain) } : null;
    };
    return {
      databaseNow: async () => null,
      auditHead: async () => head(),
      auditInsert: async (rows: AuditRow[]) => {
        let next = (head()?.seq ?? 0) + 1;
        for (const r of rows) {
          if (r.seq !== next) throw seqConflict(next, r.seq);
          run('INSERT INTO audit (seq, id, ts, type, actor, body, leaf, chain) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', r.seq, r.id, r.ts, r.type, r.actor, r.body, r.leaf, r.chain);
          next += 1;
        }
      },
      auditRange: async (fromSeq, limit) => all('SELECT * FROM audit WHERE seq >= ? ORDER BY seq LIMIT ?', fromSeq, limit).map(toAudit),
      insertCheckpoint: async (c: CheckpointRow) => {
        run('INSERT INTO checkpoints (size, ts, root, key_id, signature) VALUES (?, ?, ?, ?, ?)', c.size, c.ts, c.root, c.keyId, c.signature);
      },
      checkpoints: async () =>
        all('SELECT * FROM checkpoints ORDER BY size').map((r) => ({ size: Number(r.size), ts: Number(r.ts), root: String(r.root), keyId: String(r.key_id), signature: String(r.signature) })),
      getMeta: async (key) => {
        const r = get('SELECT value FROM meta WHERE key = ?', key);
        return r ? String(r.value) : null;
      },
      metaEntries: async () => all('SELECT key, value FROM meta ORDER BY key').map((r) => ({ key: String(r.key), value: String(r.value) })),
      pinMeta: async (key, value) => {
        run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', key, value);
        return String(get('SELECT value FROM meta WHERE key = ?', key)?.value);
      },
      getRequest: async (id) => {
        const r = get('SELECT * FROM requests WHERE id = ?', id);
        return r ? toRequest(r) : null;
      },
      latestRequestByDigest: async (digest) => {
        const r = get('SELECT * FROM requests WHERE digest = ? ORDER BY created_at DESC, rowid DESC LIMIT 1', digest);
        return r ? toRequest(r) : null;
      },
      listRequests: async (f: RequestFilter) => {
        const where: string[] = [];
        const params: SQLInputValue[] = [];
        if (f.statuses?.length) {
          where.push(`status IN (${f.statuses.map(() => '?').join(', ')})`);
          params.push(...f.statuses);
        }
        if (f.operator !== undefined) {
          where.push('operator = ?');
          params.push(f.operator);
        }
        params.push(f.limit ?? 1000);
        return all(`SELECT * FROM requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, rowid LIMIT ?`, ...params).map(toRequest);
      },
      insertRequest: async (q: RequestRow) => {
        run(
          `INSERT INTO requests (id, digest, status, envelope, facts, required, approver_groups, policies, agent, operator, fingerprint,
            created_at, expires_at, approved_at, execute_by, lease_until, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          q.id, q.digest, q.status, q.envelope, q.facts, q.required, JSON.stringify(q.approverGroups), JSON.stringify(q.policies), q.agent, q.operator,
          q.fingerprint, q.createdAt, q.expiresAt, q.approvedAt, q.executeBy, q.leaseUntil, q.updatedAt, q.version,
        );
      },
      updateRequest: async (q: RequestRow) => {
        const n = run(
          `UPDATE requests SET status = ?, required = ?, approver_groups = ?, policies = ?, approved_at = ?, execute_by = ?, lease_until = ?, updated_at = ?, version = ?
            WHERE id = ? AND version = ?`,
          q.status, q.required, JSON.stringify(q.approverGroups), JSON.stringify(q.policies), q.approvedAt, q.executeBy, q.leaseUntil, q.updatedAt, q.version, q.id, q.version - 1,
        );
        if (n !== 1) throw versionConflict(q.id);
      },
      putVote: async (v: VoteRow) =>
        run('INSERT INTO votes (request_id, human_id, kind, comment, at, solo, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', v.requestId, v.humanId, v.kind, v.comment, v.at, v.solo ? 1 : 0, v.auditSeq) === 1,
      votes: async (requestId) => all('SELECT * FROM votes WHERE request_id = ? ORDER BY at, rowid', requestId).map(toVote),
      allVotes: async () => all('SELECT * FROM votes ORDER BY request_id, at, rowid').map(toVote),
      getPrincipal: async (id) => {
        const r = get('SELECT * FROM principals WHERE id = ?', id);
        return r ? toPrincipal(r) : null;
      },
      principalByTokenHash: async (hash) => {
        const r = get('SELECT * FROM principals WHERE token_hash = ?', hash);
        return r ? toPrincipal(r) : null;
      },
      principalsByIds: async (ids) => (ids.length === 0 ? [] : all('SELECT * FROM principals WHERE id IN (SELECT value FROM json_each(?))', JSON.stringify(ids))).map(toPrincipal),
      listPrincipals: async (kind) => (kind ? all('SELECT * FROM principals WHERE kind = ? ORDER BY id', kind) : all('SELECT * FROM principals ORDER BY id')).map(toPrincipal),
      insertPrincipal: async (p: PrincipalRow) => {
        run(
          'INSERT INTO principals (id, kind, name, groups_json, role, operator, home_environment, parent, token_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          p.id, p.kind, p.name, JSON.stringify(p.groups), p.role, p.operator, p.homeEnvironment, p.parent, p.tokenHash, p.createdAt, p.revokedAt,
        );
      },
      updatePrincipal: async (p: PrincipalRow) => {
        const n = run('UPDATE principals SET name = ?, groups_json = ?, role = ?, token_hash = ?, revoked_at = ? WHERE id = ?', p.name, JSON.stringify(p.groups), p.role, p.tokenHash, p.revokedAt, p.id);
        if (n !== 1) throw versionConflict(p.id);
      },
      brakeSwitches: async () =>
        all('SELECT * FROM brakes ORDER BY key').map((r) => ({ key: String(r.key), on: Number(r.on_) === 1, by: String(r.by_), at: Number(r.at), reason: r.reason == null ? null : String(r.reason) })),
      putBrakeSwitch: async (b: BrakeRow) => {
        run('INSERT INTO brakes (key, on_, by_, at, reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET on_ = excluded.on_, by_ = excluded.by_, at = excluded.at, reason = excluded.reason', b.key, b.on ? 1 : 0, b.by, b.at, b.reason);
      },
      insertSpend: async (x: SpendRow) => {
        run('INSERT INTO brake_spend (id, agent, ts) VALUES (?, ?, ?)', x.id, x.agent, x.ts);
      },
      countSpend: async (agent, since) => Number(get('SELECT COUNT(*) AS n FROM brake_spend WHERE agent = ? AND ts >= ?', agent, since)?.n ?? 0),
      spendSince: async (since) => Object.fromEntries(all('SELECT agent, COUNT(*) AS n FROM brake_spend WHERE ts >= ? GROUP BY agent ORDER BY agent', since).map((r) => [String(r.agent), Number(r.n)])),
      spendRows: async (since) => all('SELECT id, agent, ts FROM brake_spend WHERE ts >= ? ORDER BY ts, id', since).map((r) => ({ id: String(r.id), agent: String(r.agent), ts: Number(r.ts) })),
    };
  }
}

export function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  return Promise.resolve().then(() => SqliteStore.open(options));
}

/** SECURITY: only a stored `approve` is an approval; an unknown kind never counts as one. */
function voteKind(kind: unknown): 'approve' | 'reject' | 'break_glass' {
  return kind === 'approve' ? 'approve' : kind === 'break_glass' ? 'break_glass' : 'reject';
}
