/** Versioned schema for PostgreSQL, run inside the store's schema. Append new versions; never edit one. */
export const POSTGRES_MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE audit (
  seq BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE, ts BIGINT NOT NULL, type TEXT NOT NULL,
  actor TEXT NOT NULL, body TEXT NOT NULL, leaf TEXT NOT NULL, chain TEXT NOT NULL);
CREATE FUNCTION portcullis_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '% entries are append-only', TG_TABLE_NAME USING ERRCODE = 'P0001'; END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION portcullis_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION portcullis_append_only();
CREATE TABLE checkpoints (size BIGINT PRIMARY KEY, ts BIGINT NOT NULL, root TEXT NOT NULL, key_id TEXT NOT NULL, signature TEXT NOT NULL);
CREATE TRIGGER checkpoints_append_only BEFORE UPDATE OR DELETE ON checkpoints FOR EACH ROW EXECUTE FUNCTION portcullis_append_only();
CREATE TRIGGER checkpoints_no_truncate BEFORE TRUNCATE ON checkpoints FOR EACH STATEMENT EXECUTE FUNCTION portcullis_append_only();
CREATE TABLE requests (
  id TEXT PRIMARY KEY, digest TEXT NOT NULL, status TEXT NOT NULL, envelope TEXT NOT NULL, facts TEXT NOT NULL,
  required INTEGER NOT NULL, approver_groups TEXT NOT NULL, policies TEXT NOT NULL, agent TEXT NOT NULL,
  operator TEXT NOT NULL, fingerprint TEXT, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,
  approved_at BIGINT, execute_by BIGINT, updated_at BIGINT NOT NULL, version INTEGER NOT NULL, ord BIGSERIAL);
CREATE INDEX requests_digest ON requests (digest, created_at);
CREATE UNIQUE INDEX requests_one_open_per_digest ON requests (digest) WHERE status IN ('pending', 'approved');
CREATE INDEX requests_status ON requests (status, created_at);
CREATE TABLE votes (
  request_id TEXT NOT NULL REFERENCES requests (id), human_id TEXT NOT NULL, kind TEXT NOT NULL,
  comment TEXT, at BIGINT NOT NULL, solo BOOLEAN NOT NULL, ord BIGSERIAL, PRIMARY KEY (request_id, human_id));
CREATE TABLE principals (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT, groups_json TEXT NOT NULL, role TEXT, operator TEXT,
  home_environment TEXT, parent TEXT, token_hash TEXT UNIQUE, created_at BIGINT NOT NULL, revoked_at BIGINT);
`,
  },
  {
    // brakes/: kill switches and shadow mode (one row per switch), and the hourly destructive budget.
    version: 2,
    sql: `
CREATE TABLE brakes (key TEXT PRIMARY KEY, on_ BOOLEAN NOT NULL, by_ TEXT NOT NULL, at BIGINT NOT NULL, reason TEXT);
CREATE TABLE brake_spend (id TEXT PRIMARY KEY, agent TEXT NOT NULL, ts BIGINT NOT NULL);
CREATE INDEX brake_spend_agent_ts ON brake_spend (agent, ts);
`,
  },
  {
    // A13: a vote names the audit entry (by seq) whose signed attestation backs it; a row without one counts for nothing.
    version: 3,
    sql: `
ALTER TABLE votes ADD COLUMN audit_seq BIGINT;
`,
  },
  {
    // L3: execution leases: an EXECUTING request whose lease ran out becomes OUTCOME_UNKNOWN.
    version: 4,
    sql: `ALTER TABLE requests ADD COLUMN lease_until BIGINT;`,
  },
];
