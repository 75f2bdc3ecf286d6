import type { PortcullisError } from '../core/index.ts';

/**
 * The store contract. Domain modules (audit, approvals, identity) speak only these types; backends
 * (`sqlite/`, `postgres/`) implement them and are picked by the runtime alone. Every obligation
 * below is checked by `describeStoreContract` against every backend.
 *
 * Rows are plain data: JSON-valued columns travel as strings the domain module produced (canonical
 * JSON), so a backend never re-serialises what was hashed or signed.
 */

/** One audit entry as stored. `body` is the exact canonical JSON whose leaf hash is `leaf`. */
export interface AuditRow {
  seq: number;
  id: string;
  ts: number;
  type: string;
  actor: string;
  body: string;
  /** Hex SHA-256(0x00 ‖ body). */
  leaf: string;
  /** Hex SHA-256(prev_chain ‖ leaf ‖ seq). */
  chain: string;
}

export interface AuditHead {
  seq: number;
  ts: number;
  chain: string;
}

/** A signed statement of the Merkle root over the first `size` entries. */
export interface CheckpointRow {
  size: number;
  ts: number;
  root: string;
  keyId: string;
  signature: string;
}

export interface RequestRow {
  id: string;
  digest: string;
  status: string;
  /** Canonical JSON of the action envelope reviewers approve. */
  envelope: string;
  /** Canonical JSON of the classifier's facts. */
  facts: string;
  required: number;
  approverGroups: string[];
  policies: string[];
  agent: string;
  operator: string;
  fingerprint: string | null;
  createdAt: number;
  expiresAt: number;
  approvedAt: number | null;
  executeBy: number | null;
  /**
   * L3: while EXECUTING, when the execution's lease runs out: the executor renews it while the
   * command runs; past it, with no outcome, the request becomes OUTCOME_UNKNOWN (never retried).
   */
  leaseUntil: number | null;
  updatedAt: number;
  /** Starts at 1; every update writes `version + 1` and must see the version it read. */
  version: number;
}

export interface VoteRow {
  requestId: string;
  humanId: string;
  /** `break_glass`: one admin released the request alone, loudly (F4). */
  kind: 'approve' | 'reject' | 'break_glass';
  comment: string | null;
  at: number;
  /** The operator approved their own agent's request under a solo profile (A11). */
  solo: boolean;
  /**
   * A13: seq of the audit entry whose signed attestation backs this vote. A vote counts only when
   * that entry exists, is of the vote's kind, names this request, digest and human, and its
   * signature verifies under the log's key; null (or anything else) counts for nothing.
   */
  auditSeq: number | null;
}

export interface PrincipalRow {
  id: string;
  kind: 'human' | 'agent';
  name: string | null;
  groups: string[];
  role: string | null;
  operator: string | null;
  homeEnvironment: string | null;
  parent: string | null;
  /** Hex SHA-256 of the bearer token; the token itself is never stored. */
  tokenHash: string | null;
  createdAt: number;
  revokedAt: number | null;
}

/**
 * One brake switch (brakes/): `global` (kill switch for every agent), `agent:<id>` (one agent's kill
 * switch), `shadow:*` (global shadow mode) or `shadow:<environment>`. A switch is never deleted:
 * turning it off writes `on: false`, so who released it and when stays visible.
 */
export interface BrakeRow {
  key: string;
  on: boolean;
  by: string;
  at: number;
  reason: string | null;
}

/** One destructive action spent against an agent's hourly budget. */
export interface SpendRow {
  id: string;
  agent: string;
  ts: number;
}

export interface RequestFilter {
  statuses?: string[];
  operator?: string;
  limit?: number;
}

/**
 * Operations inside one transaction. Obligations:
 * - every method rejects with `PortcullisError('store_unavailable')` when the backend cannot answer;
 *   a driver error never escapes raw;
 * - `auditInsert` refuses (rejects) a row whose `seq` is not `head.seq + 1`, and an audit row can
 *   never be updated or deleted (both backends enforce it with triggers);
 * - `insertRequest`, `insertPrincipal` and `insertCheckpoint` reject with `store_conflict` on a
 *   duplicate key; at most one request per digest is open (`pending` or `approved`);
 * - `updateRequest` succeeds only when the stored version is `row.version - 1`, else `store_conflict`;
 * - `putVote` returns false, changing nothing, when this human already voted on this request (A2).
 */
export interface StoreTx {
  /**
   * L9: the time (epoch ms) on the database server's clock, read now, when every replica shares
   * that server (PostgreSQL: `clock_timestamp()`); null when the store has no clock of its own (an
   * SQLite file: the processes that share it share the host's clock).
   */
  databaseNow(): Promise<number | null>;
  auditHead(): Promise<AuditHead | null>;
  auditInsert(rows: AuditRow[]): Promise<void>;
  auditRange(fromSeq: number, limit: number): Promise<AuditRow[]>;
  insertCheckpoint(row: CheckpointRow): Promise<void>;
  checkpoints(): Promise<CheckpointRow[]>;

  getMeta(key: string): Promise<string | null>;
  /** Every pinned key and value, ordered by key (`store migrate` copies them all). */
  metaEntries(): Promise<Array<{ key: string; value: string }>>;
  /** Sets `key` only if it has no value yet; returns the value now stored (pinning). */
  pinMeta(key: string, value: string): Promise<string>;

  getRequest(id: string): Promise<RequestRow | null>;
  /** The most recent request for this digest, whatever its status. */
  latestRequestByDigest(digest: string): Promise<RequestRow | null>;
  listRequests(filter: RequestFilter): Promise<RequestRow[]>;
  insertRequest(row: RequestRow): Promise<void>;
  updateRequest(row: RequestRow): Promise<void>;
  putVote(vote: VoteRow): Promise<boolean>;
  votes(requestId: string): Promise<VoteRow[]>;
  /** Every vote row of every request (`audit verify` checks each is backed, A13). */
  allVotes(): Promise<VoteRow[]>;

  getPrincipal(id: string): Promise<PrincipalRow | null>;
  principalByTokenHash(hash: string): Promise<PrincipalRow | null>;
  /** The principals with these ids, in no particular order (an unknown id has no row). One query: batched reads. */
  principalsByIds(ids: readonly string[]): Promise<PrincipalRow[]>;
  listPrincipals(kind?: 'human' | 'agent'): Promise<PrincipalRow[]>;
  insertPrincipal(row: PrincipalRow): Promise<void>;
  /** Replaces the principal's mutable fields (token hash, revocation, groups). */
  updatePrincipal(row: PrincipalRow): Promise<void>;

  /** Every brake switch ever set, on or off, ordered by key. */
  brakeSwitches(): Promise<BrakeRow[]>;
  /** Inserts or replaces the switch with this key. */
  putBrakeSwitch(row: BrakeRow): Promise<void>;
  /** Records one spend; a duplicate id is `store_conflict`. */
  insertSpend(row: SpendRow): Promise<void>;
  /** Spends of `agent` with `ts >= since`. */
  countSpend(agent: string, since: number): Promise<number>;
  /** Spends per agent with `ts >= since` (agents without spend are absent). */
  spendSince(since: number): Promise<Record<string, number>>;
  /** Every spend with `ts >= since`, oldest first (`store migrate` copies them). */
  spendRows(since: number): Promise<SpendRow[]>;
}

/** What differs between backends, as flags (never `if (backend === ...)`). */
export interface StoreCapabilities {
  /** Several processes may write through their own connections at once (writes serialise). */
  multiProcess: boolean;
  /** A file on disk the operator can copy; null for a server. */
  file: string | null;
}

/**
 * A store. Obligations:
 * - `transaction` runs `fn` atomically and serialised against every other write transaction on the
 *   same store, across processes (SQLite `BEGIN IMMEDIATE`, PostgreSQL an advisory transaction
 *   lock): audit sequence numbers are dense and every entry commits with the state it records (L2);
 * - it resolves only after the commit is durable (L6: `synchronous=FULL` / fsync on); if `fn` or the
 *   commit fails, nothing of it is visible and the promise rejects;
 * - `read` runs `fn` against committed data without taking the write lock; writes inside are refused;
 *   it promises no snapshot across statements (PostgreSQL runs each read statement on its own), so
 *   a read that must see several rows from one instant runs in a transaction;
 * - migrations run on open, versioned; a store newer than the code refuses to open.
 */
export interface Store {
  readonly backend: string;
  /**
   * L8: set once an I/O or fsync error made this store unusable for this process (after which every
   * call rejects with it). A backend whose server handles its own fsync failures (PostgreSQL) keeps
   * it null: it reports a dead connection as `store_unavailable` instead.
   */
  readonly fatal?: PortcullisError | null;
  readonly capabilities: StoreCapabilities;
  readonly schemaVersion: number;
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Statuses in which a request is open: at most one open request per digest. */
export const OPEN_STATUSES: readonly string[] = ['pending', 'approved'];
