import { heuristicEnvironment } from './environment.ts';
import { unquote } from './shell-quote.ts';

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

/** One service's every action (`"iot:*"`, `"s3:*"`): the lead's answer 367.3 reads it on every resource as `"*"` is. */
const SERVICE_WIDE_ACTION = /^[a-z0-9-]+:\*$/i;

/** `"*"` or one service's every action, or a list holding one. */
function isEveryAction(v: unknown): boolean {
  const every = (x: unknown) => x === '*' || (typeof x === 'string' && SERVICE_WIDE_ACTION.test(x));
  return every(v) || (Array.isArray(v) && v.some(every));
}

/**
 * Whether an identity policy allows every action on every resource (`"Action": "*"`, `"Resource": "*"`, no condition): the
 * AdministratorAccess policy written out, so granting it lifts every other control for its principal. One service's every
 * action on every resource (`"Action": "iot:*"`, `"Resource": "*"`) is permissions widened to all too (the lead's answer
 * 367.3, round 35; built round 38): every thing of that service, every device or bucket, is open to the principal. Text
 * that is not a JSON policy is read by its words (fail closed).
 */
export function policyAllowsEverything(text: string): boolean {
  const statements = policyStatements(text);
  if (statements === null) return /"Action"\s*:\s*\[?\s*"([a-z0-9-]+:)?\*"/i.test(text) && /"Resource"\s*:\s*\[?\s*"\*"/.test(text) && !/"Effect"\s*:\s*"Deny"/.test(text);
  return statements.some((s) => {
    if (typeof s !== 'object' || s === null) return false;
    const r = s as Record<string, unknown>;
    return r.Effect === 'Allow' && isEveryAction(r.Action) && isWildcard(r.Resource) && r.Condition === undefined;
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
  // Nomad's ACL policy (round 29): `namespace "*" { policy = "write" }` writes every job of every namespace.
  if (/\bnamespace\s+"\*"\s*\{[^}]*\bpolicy\s*=\s*"write"/.test(text)) return true;
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

/**
 * Hosts that publish or pass on what they are sent: chat and automation incoming webhooks (Slack `hooks.slack.com`,
 * Discord's `/api/webhooks/`, Teams, Zapier, n8n) and paste sites. Moved here from shell/tools/http.ts (round 27) so the
 * `http_request` judge reads the same hosts as curl does.
 */
export const PUBLISHING_HOST = /^(hooks\.slack\.com|(discord(app)?\.com)|([a-z0-9-]+\.)*webhook\.office\.com|outlook\.office\.com|hooks\.zapier\.com|([a-z0-9-]+\.)*n8n\.[a-z.]+|hooks\.n8n\.[a-z.]+|paste\.rs|pastebin\.com|([a-z0-9-]+\.)*pastebin\.[a-z.]+|transfer\.sh|0x0\.st|termbin\.com|ix\.io|dpaste\.(com|org)|hastebin\.com|ghostbin\.[a-z]+)$/i;

/**
 * API calls that post what they carry where other people read it (round 27, h27): Slack's `chat.postMessage|postEphemeral|
 * update|scheduleMessage`, `files.upload` and canvases; Discord channel messages; Telegram's `send*`; GitHub gists, issues,
 * issue, commit and pull request comments and reviews; GitLab issue and merge request notes; Jira issues and comments.
 */
const PUBLISHING_API = /^https?:\/\/(slack\.com\/api\/(chat\.(postMessage|postEphemeral|update|scheduleMessage)|files\.(upload|completeUploadExternal)|canvases\.(create|edit))|(discord(app)?\.com)\/api\/(v\d+\/)?channels\/\d+\/messages|api\.telegram\.org\/bot[^/?#]+\/send\w+|api\.github\.com\/(gists(\/[0-9a-f]+)?|repos\/[^/?#]+\/[^/?#]+\/(issues(\/\d+(\/comments)?|\/comments\/\d+)?|pulls\/\d+\/(comments|reviews)|commits\/[0-9a-f]{7,40}\/comments))|[^/?#]+\/api\/v4\/projects\/[^/?#]+\/(issues|merge_requests)\/\d+\/notes|[^/?#]+\.atlassian\.net\/rest\/api\/[23]\/issue(\/[A-Z][A-Z0-9]*-\d+\/comment)?)\/?(\?|#|$)/i;

/** Whether a request to `url` hands what it carries to others: a capture host, a publishing host, or a publishing API call. */
export function publishesWhatItIsSent(url: string): boolean {
  if (CAPTURE_HOST.test(url) || PUBLISHING_API.test(url)) return true;
  const host = /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1];
  if (host === undefined || !PUBLISHING_HOST.test(host)) return false;
  return !/^discord/i.test(host) || /\/api\/(v\d+\/)?webhooks\//i.test(url);
}

/**
 * Ports of databases and remote administration (SQL Server, RDP, SSH, WinRM, SMB, RPC, PostgreSQL, MySQL, Redis, MongoDB,
 * Elasticsearch, Oracle) and every database engine's (DATABASE_PORTS): an inbound rule that lets any address reach one of
 * these opens what is closed for good reason, as `ufw allow 5432/tcp` does, on any machine (the lead's answers 191, 209).
 */
const SENSITIVE_PORT: ReadonlySet<number> = new Set([22, 23, 135, 139, 445, 1433, 1434, 1521, 3306, 3389, 5432, 5985, 5986, 6379, 9200, 27017, ...DATABASE_PORTS]);

/** The web's own ports: a web server is opened to every address on purpose (a write, as the corpus has read since round 8). */
const WEB_PORT: ReadonlySet<number> = new Set([80, 443]);

/**
 * Dev servers' default ports (each tool's documentation): Rails, Next.js, Create React App, Express 3000-3001, Phoenix and
 * Jekyll 4000, Angular 4200, Astro 4321, ASP.NET Kestrel and Flask 5000-5001, Vite 5173-5174 and its preview 4173,
 * Storybook 6006, Django and Gatsby 8000, webpack-dev-server and Spring Boot 8080-8081 (Metro too), Wrangler 8787, Jupyter
 * 8888, Hugo 1313, Expo 19000-19006. The lead's answer 209 (round 27): one of these opened on a developer's machine is a
 * change; the same port on a server or a host named for production is not.
 */
const DEV_SERVER_PORT: ReadonlySet<number> = new Set([1313, 3000, 3001, 4000, 4173, 4200, 4321, 5000, 5001, 5173, 5174, 6006, 8000, 8080, 8081, 8787, 8888, 19000, 19001, 19002, 19006]);

/** Port names firewalls take (firewalld services, ufw application profiles, `/etc/services`): their port numbers. */
const PORT_NAME: Readonly<Record<string, readonly number[]>> = {
  ssh: [22], openssh: [22], telnet: [23], http: [80], www: [80], https: [443], 'nginx full': [80, 443], 'nginx http': [80], 'nginx https': [443],
  'apache full': [80, 443], apache: [80], 'apache secure': [443], rdp: [3389], 'ms-wbt-server': [3389], 'remote-desktop': [3389],
  postgresql: [5432], postgres: [5432], mysql: [3306], mssql: [1433], 'ms-sql-s': [1433], redis: [6379], mongodb: [27017],
  elasticsearch: [9200], samba: [445], smb: [445], 'microsoft-ds': [445], wsman: [5985], wsmans: [5986], winrm: [5985], memcache: [11211],
};

/** `1433`, `5432/tcp`, `1433,3389`, `5000-5001`, `5000:5001` (iptables), `ssh`: the ranges a port spec names; null when one part is not a port. */
function portRanges(spec: string): Array<[number, number]> | null {
  const parts: Array<[number, number]> = [];
  for (const raw of spec.split(',')) {
    const part = unquote(raw).replace(/\/(tcp|udp|sctp|dccp)$/i, '');
    const named = PORT_NAME[part.toLowerCase()];
    if (named) {
      parts.push(...named.map((p): [number, number] => [p, p]));
      continue;
    }
    const m = /^(\d+)(?:\s*[-:]\s*(\d+))?$/.exec(part);
    if (!m) return null;
    parts.push([Number(m[1]), m[2] === undefined ? Number(m[1]) : Number(m[2])]);
  }
  return parts;
}

const within = (set: ReadonlySet<number>) => ([lo, hi]: [number, number]): boolean => hi - lo < 64 && Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).every((p) => set.has(p));

const touchesSensitive = ([lo, hi]: [number, number]): boolean => [...SENSITIVE_PORT].some((p) => p >= lo && p <= hi);

/** `1433`, `1433,3389`, `5000-5001` (every port of a range): whether any is a sensitive port (SENSITIVE_PORT). */
export function namesSensitivePort(spec: string): boolean {
  return portRanges(spec)?.some(touchesSensitive) ?? false;
}

/**
 * Whether every port `spec` names is a sensitive one (`22`, `22,3389`, `5432-5432`); false for a range that holds any
 * other port (`20-25`), for `any`, or for nothing. The lead's answer 192: closing a world-open admin or database port narrows
 * access; a web port (80, 443) closed to every address takes a public service off.
 */
export function onlySensitivePorts(spec: string): boolean {
  const parts = portRanges(spec);
  return parts !== null && parts.length > 0 && parts.every(within(SENSITIVE_PORT));
}

/**
 * The one reading of an inbound allow rule that lets every address reach `ports` (each a spec as the tool takes it; null
 * for a port not fixed in the input), for every firewall (New-NetFirewallRule, netsh advfirewall, ufw, firewalld, iptables,
 * nft) — the lead's answers 191 and 209: an admin, database or remote-administration port (SENSITIVE_PORT) widens access
 * anywhere; the web's ports (80, 443) are opened on purpose; a dev server's port (DEV_SERVER_PORT) on a developer's
 * machine is a change; any other port, a port not fixed, or a dev server's port on a server (`onServer`, sessionOnServer)
 * widens access.
 */
export function inboundOpenWidens(ports: ReadonlyArray<string | null>, onServer: boolean): boolean {
  const ranges: Array<[number, number]> = [];
  for (const spec of ports) {
    const parts = spec === null ? null : portRanges(spec);
    if (parts === null || parts.length === 0) return true;
    ranges.push(...parts);
  }
  if (ranges.length === 0 || ranges.some(touchesSensitive)) return true;
  return !ranges.every((r) => within(WEB_PORT)(r) || (!onServer && within(DEV_SERVER_PORT)(r)));
}

/** Home folders of servers' administrative accounts (root, Windows's Administrator, cloud images' default users, ops accounts). */
const SERVER_HOME = /^(\/root|\/home\/(ubuntu|ec2-user|centos|admin|azureuser|opc|debian|ops|sre|deploy)|[a-z]:\\users\\administrator)\/?\\?$/i;
/** Host names that say a developer's own machine (a laptop, desktop or workstation, or one named dev). */
const WORKSTATION_HOST = /(^|[-_.])(lt|laptop|desktop|dt|ws|workstation|pc|macbook|mbp|dev|devbox)(\d*)([-_.]|\d|$)/i;

/**
 * Whether the session runs on a server rather than a developer's machine (the lead's answer 209): the context names a host
 * that is not a workstation (`web-prod-03`, `bastion-01`; a production name always counts), the session is an
 * administrative account's (`/root`, `C:\Users\Administrator`, a cloud image's default user), or the command names another
 * machine (`remote`: `-CimSession`, `ssh HOST`).
 */
export function sessionOnServer(ctx: { home?: string; host?: string }, remote: string | null = null): boolean {
  const host = remote ?? ctx.host;
  if (host !== undefined && host !== null && host !== '' && !LOOPBACK_HOST.test(host) && (heuristicEnvironment(host) === 'production' || !WORKSTATION_HOST.test(host))) return true;
  return ctx.home !== undefined && SERVER_HOME.test(ctx.home);
}

/**
 * Built-in groups whose members hold every right on the machine or the domain, or can take it (Microsoft Learn, Active
 * Directory security: "Privileged Accounts and Groups", "Protected Accounts and Groups"): Backup Operators read and
 * write every file past its ACL, Server and Print Operators log on to domain controllers and load drivers, Account
 * Operators manage accounts, DnsAdmins make the DNS service load a DLL on a domain controller, Group Policy Creator Owners
 * write policy, Hyper-V Administrators control every VM and its disks. Adding an account to one widens its permissions
 * to all, as `GRANT ALL ON *.*` does in a database. By name (any domain or `BUILTIN\` prefix dropped) or by well-known
 * SID: local `S-1-5-32-RID`, and the domain groups' relative IDs.
 */
const PRIVILEGED_GROUPS: ReadonlySet<string> = new Set([
  'administrators', 'domain admins', 'enterprise admins', 'schema admins', 'backup operators', 'server operators', 'account operators',
  'print operators', 'hyper-v administrators', 'dnsadmins', 'dns admins', 'group policy creator owners', 'enterprise key admins', 'key admins',
  // Linux and macOS (the lead's answer 187, round 26): `sudo` (Debian, Ubuntu) and `wheel` (Fedora, RHEL, Arch) run any
  // command as root through the default sudoers, `admin` is macOS's and older Ubuntu's administrators' group, and
  // `docker` talks to a daemon that runs as root (Docker's "Linux post-installation steps": the group "grants
  // root-level privileges to the user").
  'sudo', 'wheel', 'admin', 'docker',
  // The lead's answer 219 (round 27): Remote Desktop Users (RDP logon, "Allow log on through Remote Desktop Services") and
  // Remote Management Users (WinRM, PowerShell remoting) let a new member log on to the machine from elsewhere.
  'remote desktop users', 'remote management users',
]);
/** The groups of PRIVILEGED_GROUPS that grant remote logon rather than every right (answer 219). */
const REMOTE_LOGON_GROUPS: ReadonlySet<string> = new Set(['remote desktop users', 'remote management users']);
/**
 * Well-known SIDs of those groups: BUILTIN 544 (Administrators), 548-551 (Account, Server, Print, Backup Operators), 578
 * (Hyper-V Administrators), 555 (Remote Desktop Users), 580 (Remote Management Users); domain RIDs 512, 518, 519, 520, 526, 527.
 */
const PRIVILEGED_SID = /^s-1-5-32-(544|548|549|550|551|555|578|580)$|^s-1-5-21-[\d-]+-(512|518|519|520|526|527)$/;

/**
 * What adding an account to `group` (a name as typed, perhaps `DOMAIN\Name` or quoted, or a SID) grants, when it is one of
 * PRIVILEGED_GROUPS: `remote logon` for the remote-logon groups, `every right` for the others; null for any other group.
 * One table for every kind (PowerShell, `net localgroup`, usermod and gpasswd).
 */
export function privilegedGroupGrant(group: string): 'every right' | 'remote logon' | null {
  const g = unquote(group).toLowerCase();
  const name = g.replace(/^[^\\]*\\/, '');
  if (REMOTE_LOGON_GROUPS.has(name) || /^s-1-5-32-(555|580)$/.test(g)) return 'remote logon';
  return PRIVILEGED_GROUPS.has(name) || PRIVILEGED_SID.test(g) ? 'every right' : null;
}

/** Whether `group` is one of PRIVILEGED_GROUPS (privilegedGroupGrant). */
export function isPrivilegedGroup(group: string): boolean {
  return privilegedGroupGrant(group) !== null;
}

/**
 * Roles that hold every permission, or the power to grant any (AWS managed policies, Google basic and IAM-admin roles,
 * Azure built-in roles): granting one is not least privilege, it lifts every other control for that principal.
 */
const ADMIN_ROLE = /(^|\/|:)(AdministratorAccess|IAMFullAccess|roles\/(owner|editor|iam\.securityAdmin|resourcemanager\.organizationAdmin)|Owner|User Access Administrator|Role Based Access Control Administrator)$/;

/**
 * Roles that write every resource but cannot grant access (Azure's Contributor): over a whole subscription, a management
 * group or the tenant root every resource there may be changed or deleted (the lead's answer 191, round 26); over a resource
 * group or one resource it is the ordinary grant a team gets.
 */
const BROAD_WRITE_ROLE = /^Contributor$/i;
/**
 * The lead's answers 210 and 240 (rounds 26, 28): Azure RBAC roles that read a Key Vault's secrets themselves (Key Vault
 * Secrets User and Secrets Officer, and Key Vault Administrator, which holds every data action; by name or built-in id):
 * assigned over any scope, the principal reads every credential there, as an access policy's `get` on secrets.
 */
const SECRET_READING_ROLE = /(^|\/)(Key Vault Secrets (User|Officer)|Key Vault Administrator)$/i;
/**
 * Azure built-in role definitions by their ids, the same in every tenant (Microsoft's "Azure built-in roles" reference):
 * ARM's `roleDefinitionId` (`/subscriptions/S/providers/Microsoft.Authorization/roleDefinitions/ID`), `az role assignment
 * create --role ID` and `New-AzRoleAssignment -RoleDefinitionId ID` name a role so (the lead's answers 240 and 268).
 */
const BUILT_IN_ROLE_IDS: Readonly<Record<string, string>> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
  '4633458b-17de-408a-b874-0445c86b69e6': 'Key Vault Secrets User',
  'b86a8fe4-44ce-4948-aee5-eccb2c155cd7': 'Key Vault Secrets Officer',
  '00482a5a-887f-4fb3-b363-3b7fe8e74483': 'Key Vault Administrator',
};
/** A role as typed, or the built-in role its id (bare or as a definition's resource id) names. */
function roleByName(role: string): string {
  const typed = unquote(role);
  const id = /(?:^|\/)([0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12})$/i.exec(typed)?.[1]?.toLowerCase();
  return (id === undefined ? undefined : BUILT_IN_ROLE_IDS[id]) ?? typed;
}
/** An Azure scope that is a whole subscription, a management group or the root (`/`); a resource group's or a resource's is narrower. */
const WHOLE_SUBSCRIPTION_SCOPE = /^\/((subscriptions\/[^/]+)|(providers\/microsoft\.management\/managementgroups\/[^/]+))?\/?$/i;

/**
 * Whether granting `role` over `scope` widens access past a team's grant: an admin role (ADMIN_ROLE) anywhere, or a broad
 * write role (BROAD_WRITE_ROLE) over a whole subscription, a management group or a scope not fixed in the input (null).
 * `scope` undefined: the tool named none and assigns where the role applies by itself (AWS and Google roles). Why, or null.
 */
export function roleGrantWidens(role: string, scope: string | null | undefined): string | null {
  const named = roleByName(role);
  if (named !== unquote(role)) role = `${named} (${unquote(role).replace(/^.*\//, '')})`;
  if (ADMIN_ROLE.test(named)) return `grants the admin role \`${role}\``;
  if (SECRET_READING_ROLE.test(named)) return `grants \`${role}\`, which reads the Key Vault secrets in its scope: every credential there is readable`;
  // AWS's PowerUserAccess (managed policy reference): every action on every service but IAM, over the whole account, as
  // Contributor over a subscription.
  if (/^arn:aws[\w-]*:iam::aws:policy\/PowerUserAccess$/.test(unquote(role))) return `attaches \`PowerUserAccess\`: every service of the account may be changed or deleted`;
  // The lead's answer 389.6 (round 38b, n4): an AWS managed `*FullAccess` policy (`AmazonS3FullAccess`,
  // `AmazonDynamoDBFullAccess`, `AWSLambda_FullAccess`; AWS's managed policy reference) grants one service's every action
  // on every resource, as the inline `"s3:*"` on `"*"` that 367.3 reads: permissions widened to all. `ReadOnlyAccess`
  // and the `*ReadOnlyAccess` policies read; a customer-managed ARN (`arn:aws:iam::123…:policy/…`) holds text not shown.
  const fullAccess = /^arn:aws[\w-]*:iam::aws:policy\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]*FullAccess(?:_v\d+)?)$/.exec(unquote(role));
  if (fullAccess) return `attaches the managed policy \`${fullAccess[1]}\`: one service's every action on every resource (permissions widened to all)`;
  if (BROAD_WRITE_ROLE.test(named) && scope !== undefined && (scope === null || scope.split(/\s+/).some((s) => WHOLE_SUBSCRIPTION_SCOPE.test(unquote(s))))) return `grants \`${role}\` over ${scope === null ? 'a scope not fixed in the input' : 'a whole subscription or management group'}: every resource there may be changed or deleted`;
  return null;
}

/**
 * Key Vault access-policy permissions that only read or use what the vault holds (Key Vault's access policy reference):
 * `get`, `list`, reading issuers and rotation policies, and the cryptographic uses of a key (decrypt, encrypt, wrap,
 * unwrap, sign, verify), which never export it. Every other permission (`set`, `delete`, `purge`, `import`, `backup`,
 * `restore`, `all`, …) changes or takes out what others rely on.
 */
const VAULT_READ_OR_USE = /^(get|list|getissuers|listissuers|getrotationpolicy|decrypt|encrypt|unwrapkey|wrapkey|sign|verify)$/i;

/** One permission list of a Key Vault access policy: what it is on (`--secret-permissions`, `-PermissionsToKeys`) and a value as typed (null: not fixed). */
export interface VaultGrant {
  on: 'secrets' | 'keys' | 'certificates' | 'storage';
  permissions: string | null;
}

/**
 * The grants an access-policy command lists, for PowerShell and az alike: every value after a permission option
 * (`-PermissionsToSecrets get,list`, `--secret-permissions get list`) is a grant on that option's kind, until the next
 * option. `kindOf` reads one argument: undefined when it is not an option, null for an option that lists no permissions.
 */
export function vaultGrantsListed<A extends { value: string | null }>(args: readonly A[], kindOf: (a: A) => VaultGrant['on'] | null | undefined): VaultGrant[] {
  const out: VaultGrant[] = [];
  let on: VaultGrant['on'] | null = null;
  for (const a of args) {
    const kind = kindOf(a);
    if (kind !== undefined) on = kind;
    else if (on !== null) out.push({ on, permissions: a.value });
  }
  return out;
}

/**
 * Why Key Vault permissions granted (PowerShell's `-PermissionsToSecrets get,set`, az's `--secret-permissions get set`)
 * widen access, or null (the lead's answers 191 and 210): any permission outside VAULT_READ_OR_USE, one not fixed in the
 * input, or `get`/`list` on **secrets**, which reads the credentials themselves. `get`/`list` and the uses of keys and
 * certificates (metadata, public parts, cryptography without export) stay a permission change.
 */
export function vaultPermissionsWiden(grants: readonly VaultGrant[]): string | null {
  let readsSecrets = false;
  for (const g of grants) {
    if (g.permissions === null) return `gives a principal rights on the vault's ${g.on} not fixed in the input`;
    for (const raw of g.permissions.split(/[\s,]+/)) {
      const p = raw.replace(/^['"@(]+|['")]+$/g, '');
      if (p === '') continue;
      if (!VAULT_READ_OR_USE.test(p)) return `gives a principal \`${p}\` on the vault's ${g.on}: rights to change or delete what others rely on`;
      if (g.on === 'secrets' && /^(get|list)$/i.test(p)) readsSecrets = true;
    }
  }
  return readsSecrets ? 'gives a principal `get`/`list` on the vault\'s secrets: every secret, the credentials themselves, may be read (the lead\'s answer 210)' : null;
}
