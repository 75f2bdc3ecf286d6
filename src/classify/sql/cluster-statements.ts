/**
 * Replication and cluster statements node-sql-parser does not know, read from each engine's reference. Each is a read
 * or a write; a form that could destroy is left to the caller's other rules (it answers `undefined`).
 * - MySQL `CHANGE REPLICATION SOURCE TO …` (8.0.23+) and `CHANGE MASTER TO …`: a replica pointed at a source; its data
 *   stays until replication starts, and `CHANGE REPLICATION FILTER` only chooses what is applied.
 * - CockroachDB `BACKUP … INTO 'uri'` (or `INTO LATEST IN 'uri'`): a backup added to a collection; it never writes over
 *   one. `RESTORE … FROM … IN 'uri'`: CockroachDB refuses to restore a database or table that already exists, so the
 *   collection form only creates (`new_db_name` or a dropped name). `SHOW BACKUP(S) … IN` reads.
 * - CockroachDB `CANCEL QUERY|SESSION|JOB` of one literal id, and `RESUME JOB`: one query, session or job, as `KILL
 *   <id>` is; `CANCEL QUERIES (SELECT …)` (a set) is not answered here.
 * - PgBouncer's admin console (the database named `pgbouncer`; its manual, "Admin console"): `SHOW …` reads; `RELOAD`,
 *   `RESUME`, `ENABLE`, `RECONNECT`, `WAIT_CLOSE`, `KILL_CLIENT <id>` are writes; `PAUSE` (clients wait until a RESUME),
 *   `DISABLE` (new clients refused), `KILL` (every connection of the database dropped) and `SUSPEND` are outages.
 * - SAP HANA `BACKUP DATA … USING FILE|BACKINT`: a backup written (round 41).
 * `lower` is the statement in lower case with its comments stripped and its spaces folded; `database` the one connected to.
 */
export function clusterStatement(lower: string, database?: string): 'read' | 'write' | 'outage' | undefined {
  const s = lower.replace(/\s*;$/, '');
  if (database === 'pgbouncer') {
    if (/^(pause|disable|kill|suspend)(\s+[\w."-]+)?$/.test(s)) return 'outage';
    if (/^(reload|resume|enable|reconnect|wait_close)(\s+[\w."-]+)?$|^kill_client\s+\S+$/.test(s)) return 'write';
    if (/^show\s+\w+$/.test(s)) return 'read';
  }
  if (/^change\s+(replication\s+source|master)\s+to\s+\w+\s*=/.test(s) || /^change\s+replication\s+filter\s+\w+\s*=/.test(s)) return 'write';
  if (/^backup\b(?!\s+(database|log)\b[\s\S]*\bto\s+(disk|url|tape)\b)[\s\S]*\binto\s+(latest\s+in\s+)?'[^']*'/.test(s)) return 'write';
  if (/^restore\b[\s\S]*\bfrom\s+(latest|'[^']*')\s+in\s+'[^']*'/.test(s)) return 'write';
  // Round 41 (bl41erp): SAP HANA `BACKUP DATA [FOR db] [DIFFERENTIAL|INCREMENTAL] USING FILE|BACKINT (…)` (SAP HANA SQL
  // Reference, "BACKUP DATA Statement"): a backup written; it replaces no data.
  if (/^backup\s+data\b(?:\s+for\s+[\w"]+)?(?:\s+(all|differential|incremental))?\s+using\s+(file|backint|snapshot)\b/.test(s)) return 'write';
  if (/^show\s+backups?\b[\s\S]*\bin\s+'[^']*'/.test(s)) return 'read';
  if (/^(cancel\s+(query|session|job)|resume\s+job)\s+('[0-9a-f-]+'|\d+)$/.test(s)) return 'write';
  return undefined;
}
