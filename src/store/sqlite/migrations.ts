/** Versioned schema for SQLite. Append new versions; never edit a released one. */
export const SQLITE_MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ts INTEGER NOT NULL, type TEXT NOT NULL,
  actor TEXT NOT NULL, body TEXT NOT NULL, leaf TEXT NOT NULL, chain TEXT NOT NULL) STRICT;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TABLE checkpoints (
  size INTEGER PRIMARY KEY, ts INTEGER NOT NULL, root TEXT NOT NULL, key_id TEXT NOT NULL, signature TEXT NOT NULL) STRICT;
CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
CREATE TABLE requests (
  id TEXT PRIMARY KEY, digest TEXT NOT NULL, status TEXT NOT NULL, envelope TEXT NOT NULL, facts TEXT NOT NULL,
  required INTEGER NOT NULL, approver_groups TEXT NOT NULL, policies TEXT NOT NULL, agent TEXT NOT NULL,
  operator TEXT NOT NULL, fingerprint TEXT, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
  approved_at INTEGER, execute_by INTEGER, updated_at INTEGER NOT NULL, version INTEGER NOT NULL) STRICT;
CREATE INDEX requests_digest ON requests (digest, created_at);
CREATE UNIQUE INDEX requests_one_open_per_digest ON requests (digest) WHERE status IN ('pending', 'approved');
CREATE INDEX requests_status ON requests (status, created_at);
CREATE TABLE votes (
  request_id TEXT NOT NULL REFERENCES requests (id), human_id TEXT NOT NULL, kind TEXT NOT NULL,
  comment TEXT, at INTEGER NOT NULL, solo INTEGER NOT NULL, PRIMARY KEY (request_id, human_id)) STRICT;
CREATE TABLE principals (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT, groups_json TEXT NOT NULL, role TEXT, operator TEXT,
  home_environment TEXT, parent TEXT, token_hash TEXT UNIQUE, created_at INTEGER NOT NULL, revoked_at INTEGER) STRICT;
`,
  },
  {
    // brakes/: kill switches and shadow mode (one row per switch), and the hourly destructive budget.
    version: 2,
    sql: `
CREATE TABLE brakes (key TEXT PRIMARY KEY, on_ INTEGER NOT NULL, by_ TEXT NOT NULL, at INTEGER NOT NULL, reason TEXT) STRICT;
CREATE TABLE brake_spend (id TEXT PRIMARY KEY, agent TEXT NOT NULL, ts INTEGER NOT NULL) STRICT;
CREATE INDEX brake_spend_agent_ts ON brake_spend (agent, ts);
`,
  },
  {
    // A13: a vote names the audit entry (by seq) whose signed attestation backs it; a row without one counts for nothing.
    version: 3,
    sql: `
ALTER TABLE votes ADD COLUMN audit_seq INTEGER;
`,
  },
  {
    // L3: execution leases: an EXECUTING request whose lease ran out becomes OUTCOME_UNKNOWN.
    version: 4,
    sql: `ALTER TABLE requests ADD COLUMN lease_until INTEGER;`,
  },
];
