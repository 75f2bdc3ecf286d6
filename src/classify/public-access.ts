/**
 * Access opened to everyone, one reading for every door (cloud CLIs, Terraform plans): the access control is gone, not
 * widened for one principal, so it counts as a safeguard switched off (docs/classifier-evaluation.md).
 */

/** Hosts on this machine (a name, an IPv4 loopback address, IPv6's `::1`, `0.0.0.0`): a request to one sends nothing off it. */
export const LOOPBACK_HOST = /^(localhost|127(\.\d+){3}|\[?::1\]?|0\.0\.0\.0)$/i;

/** A source that is every address: IPv4 and IPv6 any, and Azure's service tags for it (`*`, `Internet`, `Any`). */
export const EVERYONE_ADDRESS = /^(0\.0\.0\.0\/0|::\/0|\*|internet|any)$/i;

/** Google IAM members that are everyone (`allUsers`) or every Google account (`allAuthenticatedUsers`). */
export const EVERYONE_MEMBER = /^(allUsers|allAuthenticatedUsers)$/;

/** S3 canned ACLs that grant every user, or every AWS account, a read or a write (S3 User Guide, "Canned ACL"). */
export const PUBLIC_CANNED_ACL = /^(public-read|public-read-write|authenticated-read)$/i;

/**
 * The address lists written inside a JSON or shorthand document (`"CidrIp":"0.0.0.0/0"`, lightsail `cidrs=0.0.0.0/0`, EKS
 * `publicAccessCidrs=0.0.0.0/0`: any key ending in a CIDR name), not a route's destination (`DestinationCidrBlock`).
 */
const EVERYONE_CIDR_IN_TEXT = /\b(?!destination)\w*?(cidrs?|cidr_?ip(v6)?|cidr_?blocks?|ipv6_?cidrs)"?\s*[:=]\s*\[?\s*"?(0\.0\.0\.0\/0|::\/0)\b/i;
const ANY_PRINCIPAL_IN_TEXT = /"Principal"\s*:\s*("\*"|\{\s*"AWS"\s*:\s*\[?\s*"\*"\s*\]?\s*\})/i;

/**
 * Condition keys that narrow who a statement lets in (IAM reference, "AWS global condition context keys"): with one of
 * them, `"Principal": "*"` is the documented way to allow an organisation, an account, a VPC endpoint or an address range.
 */
const NARROWING_KEY = /^aws:(PrincipalOrgID|PrincipalOrgPaths|PrincipalAccount|PrincipalArn|PrincipalServiceName|SourceVpce|SourceVpc|SourceIp|VpcSourceIp|SourceArn|SourceAccount|SourceOrgID|userid|username)$|^(s3|kms|sqs|sns):(DataAccessPointAccount|CallerAccount|ViaService)$/i;

function isAnyone(principal: unknown): boolean {
  if (principal === '*') return true;
  if (typeof principal !== 'object' || principal === null) return false;
  const aws = (principal as Record<string, unknown>).AWS;
  return aws === '*' || (Array.isArray(aws) && aws.includes('*'));
}

function narrows(condition: unknown): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  return Object.values(condition as Record<string, unknown>).some((block) => typeof block === 'object' && block !== null && Object.keys(block).some((k) => NARROWING_KEY.test(k)));
}

/**
 * Whether a resource or trust policy lets anyone in: an `Allow` statement whose principal is anyone (`"*"`, `{"AWS":"*"}`)
 * with no condition narrowing who. A `Deny` for anyone (require TLS) opens nothing. Text that is not a JSON policy is read
 * by its words, so a document we cannot parse that names anyone as principal still counts (fail closed).
 */
export function policyLetsAnyoneIn(text: string): boolean {
  const statements = policyStatements(text);
  if (statements === null) return ANY_PRINCIPAL_IN_TEXT.test(text);
  return statements.some((s) => {
    if (typeof s !== 'object' || s === null) return true;
    const r = s as Record<string, unknown>;
    return r.Effect !== 'Deny' && isAnyone(r.Principal) && !narrows(r.Condition);
  });
}

/** Whether an option value or document opens access to everyone: an any-address list, an anyone policy, an everyone member. */
export function textOpensToEveryone(text: string): boolean {
  return EVERYONE_CIDR_IN_TEXT.test(text) || EVERYONE_MEMBER.test(text) || (/"Principal"/i.test(text) && policyLetsAnyoneIn(text));
}

/** A policy document's statements (one, or a list); none for JSON that is not an object; null when the text is not JSON. */
function policyStatements(text: string): unknown[] | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null) return [];
  const st = (doc as Record<string, unknown>).Statement;
  return Array.isArray(st) ? st : st === undefined ? [] : [st];
}

/** `"*"`, or a list holding it. */
function isWildcard(v: unknown): boolean {
  return v === '*' || (Array.isArray(v) && v.includes('*'));
}

/**
 * Whether an identity policy allows every action on every resource (`"Action": "*"`, `"Resource": "*"`, no condition): the
 * AdministratorAccess policy written out, so granting it lifts every other control for its principal. Text that is not a
 * JSON policy is read by its words (fail closed).
 */
export function policyAllowsEverything(text: string): boolean {
  const statements = policyStatements(text);
  if (statements === null) return /"Action"\s*:\s*\[?\s*"\*"/.test(text) && /"Resource"\s*:\s*\[?\s*"\*"/.test(text) && !/"Effect"\s*:\s*"Deny"/.test(text);
  return statements.some((s) => {
    if (typeof s !== 'object' || s === null) return false;
    const r = s as Record<string, unknown>;
    return r.Effect === 'Allow' && isWildcard(r.Action) && isWildcard(r.Resource) && r.Condition === undefined;
  });
}

/**
 * Whether an HCL ACL policy grants writes on everything: a Vault policy with `path "*"` holding a capability that changes
 * (`create`, `update`, `patch`, `delete`, `sudo`), or a Consul policy with a rule on the empty prefix of a resource
 * (`key_prefix "" { policy = "write" }`: every key, service or node) or `acl`/`operator = "write"`. Each tool's policy
 * reference; what it grants is every path, as `"Action": "*"` is.
 */
export function hclPolicyAllowsEverything(text: string): boolean {
  for (const m of text.matchAll(/\bpath\s+"\*"\s*\{([^}]*)\}/g)) if (/\bcapabilities\s*=\s*\[[^\]]*"(create|update|patch|delete|sudo)"/.test(m[1]!)) return true;
  if (/\b\w+_prefix\s+""\s*\{[^}]*\bpolicy\s*=\s*"write"/.test(text)) return true;
  return /(^|\n)\s*(acl|operator)\s*=\s*"write"/.test(text);
}

/**
 * Ports of database and data engines (each engine's default: PostgreSQL 5432, MySQL/MariaDB 3306, SQL Server 1433,
 * Oracle 1521, MongoDB 27017, Redis/Valkey 6379, Elasticsearch/OpenSearch 9200/9300, Cassandra 9042, etcd 2379,
 * CouchDB 5984, InfluxDB 8086, ClickHouse 8123/9440, CockroachDB 26257, Neo4j 7687, ArangoDB 8529, Memcached 11211,
 * Kafka 9092, RabbitMQ 5672, RethinkDB 28015, Db2 50000): a service on one holds data, not pages.
 */
export const DATABASE_PORTS: ReadonlySet<number> = new Set([5432, 3306, 1433, 1521, 27017, 6379, 6380, 9200, 9300, 9042, 2379, 5984, 8086, 8123, 9440, 26257, 7687, 8529, 11211, 9092, 5672, 28015, 50000]);

/** Workload and image names that say a database engine (`postgres`, `orders-db`, `redis-master`, `mongodb-0`). */
export const DATABASE_NAME = /(^|[-_./:])(postgres(ql)?|pg(bouncer)?|mysql|mariadb|mssql|sqlserver|oracle(db)?|mongo(db)?|redis|valkey|elasticsearch|opensearch|cassandra|scylla(db)?|etcd|couchdb|influx(db)?|clickhouse|cockroach(db)?|neo4j|arangodb|memcached|kafka|rabbitmq|db)([-_.:\d]|$)/i;

/** Whether a service names a database: by its workload's name or by one of its ports (DATABASE_NAME, DATABASE_PORTS). */
export function namesDatabase(name: string | null, ports: ReadonlyArray<string | null>): boolean {
  return (name !== null && DATABASE_NAME.test(name)) || ports.some((p) => p !== null && p.split(/[,:]/).some((x) => DATABASE_PORTS.has(Number(x))));
}

/**
 * Public request-capture and tunnel hosts (webhook.site, ngrok, Pipedream request bins, RequestBin, Beeceptor, smee.io
 * channels, Cloudflare quick tunnels, localtunnel, interactsh/Burp collaborator): a webhook or callback pointed at one sends
 * the service's events (repository pushes, payments, messages) to whoever holds that URL, off the organisation's hosts.
 */
export const CAPTURE_HOST = /^https?:\/\/([a-z0-9-]+\.)*(webhook\.site|ngrok(-free)?\.(app|io|dev)|pipedream\.net|requestbin\.(com|net)|requestcatcher\.com|beeceptor\.com|smee\.io|trycloudflare\.com|loca\.lt|localtunnel\.me|serveo\.net|hookbin\.com|webhook\.cool|burpcollaborator\.net|oastify\.com|interact\.sh|oast\.(pro|live|site|online|fun|me))(:\d+)?(\/|\?|#|$)/i;
