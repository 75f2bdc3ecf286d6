/**
 * Settings that switch a safeguard off by a name that says so, read the same way in an HTTP request's body (other-kinds.ts)
 * and an MCP tool's arguments (mcp/mcp.ts). Round 29 (h29, blind29-saas).
 */

/**
 * A connection's certificate checks skipped by a setting that says so when true, each from its API's reference: GitHub
 * webhooks' `insecure_ssl: "1"`, Grafana data sources' `jsonData.tlsSkipVerify`, Prometheus and Vault
 * `tls_skip_verify`/`insecure_skip_verify`, Argo CD repositories' `insecure`. The negative spellings (`verify_ssl: false`)
 * are safeguard keys set off, read where those are.
 */
const TLS_SKIP_KEY = /^(insecure(_?(ssl|tls))?|(insecure_?)?(tls|ssl|cert(ificate)?)_?skip_?verif\w*|insecure_?skip_?(tls_?)?verif\w*|skip_?(tls|ssl|cert(ificate)?)_?verif\w*|tls_?insecure\w*|allow_?insecure(_?(ssl|tls|certs?))?|trust_?all_?certs?)$/i;
export function skipsTlsChecks(key: string, value: unknown): boolean {
  return TLS_SKIP_KEY.test(key) && (value === true || value === 1 || (typeof value === 'string' && /^(true|1|yes)$/i.test(value.trim())));
}

/**
 * A policy or ruleset set to report without enforcing: GitHub rulesets' `enforcement: evaluate`, an `enforcementAction`
 * of `dryrun` or `warn`, Sentinel's `enforcement_level: advisory`, a mode of `audit`. What it blocked goes through.
 */
const ENFORCEMENT_KEY = /^enforcement(_?(action|mode|level))?$/i;
const REPORT_ONLY = /^(evaluate|audit|dry[-_]?run|warn|advisory|report([-_]?only)?)$/i;
export function reportsOnly(key: string, value: unknown): boolean {
  return ENFORCEMENT_KEY.test(key) && typeof value === 'string' && REPORT_ONLY.test(value.trim());
}
