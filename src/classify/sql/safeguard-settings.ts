/**
 * Server settings and statements that switch a safeguard off (docs/classifier-evaluation.md, "How a case is labelled":
 * encryption, TLS, audit logging, authentication; access opened to everyone), one row per engine's documented form. Each
 * pattern is matched against one statement, comments stripped, blanks collapsed, lower-cased. The `on` forms
 * (`ssl = on`, `STATE = ON`, `EXPERIMENTAL_AUDIT SET READ WRITE`, `PUBLICACCESSIBLE FALSE`) match none.
 */
export interface SqlSafeguard {
  readonly pattern: RegExp;
  /** `write` for a safeguard switched off, `permissions` for access opened. */
  readonly verb: 'write' | 'permissions';
  readonly why: string;
}

const OFF = String.raw`'?(off|false|0|no)'?`;

export const SQL_SAFEGUARDS: readonly SqlSafeguard[] = [
  // PostgreSQL `ssl` (server configuration, "Connections and Authentication"): off refuses every TLS connection.
  { pattern: new RegExp(String.raw`^alter\s+system\s+set\s+ssl\s*(=|to)\s*${OFF}\s*;?$`), verb: 'write', why: 'switches TLS off for every connection' },
  // MySQL `require_secure_transport` (Server System Variables): OFF lets clients connect without TLS again.
  { pattern: new RegExp(String.raw`^set\s+(?:(?:global|persist)\s+(?:@@)?|@@(?:global|persist)\.)require_secure_transport\s*=\s*${OFF}\s*;?$`), verb: 'write', why: 'lets clients connect without TLS' },
  // MySQL and MariaDB account TLS options (ALTER USER, and GRANT's older form): REQUIRE NONE drops an account's
  // REQUIRE SSL|X509|ISSUER|SUBJECT|CIPHER, so it may connect in clear text again (round 33, e33). CREATE USER … REQUIRE NONE
  // is the default of a new account and matches none.
  { pattern: /^(alter\s+user\s|grant\s[\s\S]*\sto\s)[\s\S]*\srequire\s+none\b/, verb: 'write', why: "drops the account's TLS requirement: it may connect without TLS" },
  // SQL Server transparent data encryption (ALTER DATABASE SET options): ENCRYPTION OFF decrypts the database files.
  { pattern: /^alter\s+database\s+\S+\s+set\s+encryption\s+off\b/, verb: 'write', why: 'switches transparent data encryption off' },
  // pgaudit (`pgaudit.log`): 'none' (or empty) logs no statement class, for the server, a database or a role.
  { pattern: /^alter\s+(system|database\s+\S+|role\s+\S+|user\s+\S+)\s+set\s+pgaudit\.log\s*(=|to)\s*'\s*(none|-all)?\s*'\s*;?$/, verb: 'write', why: 'switches audit logging (pgaudit) off' },
  // Round 41 (bl41erp): SAP HANA auditing (SAP HANA SQL Reference, "ALTER SYSTEM ALTER CONFIGURATION", "ALTER AUDIT
  // POLICY"): `global_auditing_state` false switches every audit policy off; one policy disabled stops its auditing.
  { pattern: /^alter\s+system\s+alter\s+configuration\s*\([^)]*\)\s+set\s*\(\s*'auditing configuration'\s*,\s*'global_auditing_state'\s*\)\s*=\s*'?(false|off|0|no)'?/, verb: 'write', why: 'switches SAP HANA auditing off' },
  { pattern: /^alter\s+audit\s+policy\s+\S+\s+disable\b/, verb: 'write', why: 'switches an audit policy off' },
  // SQL Server audits and audit specifications (ALTER SERVER AUDIT, ALTER [DATABASE|SERVER] AUDIT SPECIFICATION).
  { pattern: /^alter\s+(server\s+audit|(server|database)\s+audit\s+specification)\s+\S+\s+with\s*\(\s*state\s*=\s*off\s*\)/, verb: 'write', why: 'switches an audit off' },
  // Oracle NOAUDIT (SQL Language Reference): stops auditing of the statements, privileges or policy it names.
  { pattern: /^noaudit\b/, verb: 'write', why: 'stops auditing' },
  // Oracle `audit_trail` = NONE|FALSE: traditional auditing off (after the restart SCOPE=SPFILE waits for).
  { pattern: /^alter\s+system\s+set\s+audit_trail\s*=\s*'?(none|false)'?\b/, verb: 'write', why: 'switches the audit trail off' },
  // MySQL Enterprise Audit, MariaDB and Percona audit plugins removed or switched off.
  { pattern: /^uninstall\s+(plugin\s+(audit_log|server_audit|audit_log_filter)|component\s+'[^']*audit[^']*')\s*;?$/, verb: 'write', why: 'removes the audit logging plugin' },
  { pattern: new RegExp(String.raw`^set\s+(?:(?:global|persist)\s+(?:@@)?|@@(?:global|persist)\.)(server_audit_logging\s*=\s*${OFF}|audit_log_disable\s*=\s*'?(on|true|1)'?)\s*;?$`), verb: 'write', why: 'switches audit logging off' },
  // CockroachDB table audit logs (EXPERIMENTAL_AUDIT SET OFF).
  { pattern: /^alter\s+table\s+\S+\s+experimental_audit\s+set\s+off\b/, verb: 'write', why: 'switches the table\'s audit log off' },
  // CockroachDB host-based authentication: a `trust` entry lets matching clients in without a password or certificate.
  { pattern: /^set\s+cluster\s+setting\s+server\.host_based_authentication\.configuration\s*(=|to)\s*'[^']*\btrust\b/, verb: 'permissions', why: 'lets clients in without a password or certificate (trust)' },
  // Redshift data sharing: PUBLICACCESSIBLE TRUE shares with clusters that are publicly accessible.
  { pattern: /^alter\s+datashare\s+\S+\s+set\s+publicaccessible\s*(=\s*)?true\b/, verb: 'permissions', why: 'shares the data with publicly accessible clusters' },
  // SQL Server's `sa` login is disabled by hardening guides; enabling it opens the well-known administrator name again.
  { pattern: /^alter\s+login\s+(\[sa\]|sa)\s+enable\b/, verb: 'permissions', why: 'enables the built-in administrator login sa' },
  // MySQL: an empty password (`IDENTIFIED BY ''`) lets anyone reaching the account in without one.
  { pattern: /^(alter|create)\s+user\s+(if\s+(not\s+)?exists\s+)?\S+\s+identified\s+(with\s+\S+\s+)?by\s+''\s*;?$/, verb: 'permissions', why: 'sets an empty password' },
  // Snowflake ALTER USER: MINS_TO_BYPASS_MFA > 0 or DISABLE_MFA = TRUE lets the user sign in without MFA.
  { pattern: /^alter\s+user\s+(if\s+exists\s+)?\S+\s+set\s+(\w+\s*=\s*\S+\s+)*(mins_to_bypass_mfa\s*=\s*[1-9]\d*|disable_mfa\s*=\s*true)\b/, verb: 'write', why: 'lets the user sign in without MFA' },
];

/** The first row whose pattern matches `lower` (one statement, comments stripped, blanks collapsed, lower-case). */
export function sqlSafeguardOff(lower: string): SqlSafeguard | null {
  if (!/^(alter|set|noaudit|uninstall|create|grant)\b/.test(lower)) return null;
  return SQL_SAFEGUARDS.find((s) => s.pattern.test(lower)) ?? null;
}
