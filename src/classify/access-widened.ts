import { isJsonObject, type JsonObject, type JsonValue } from '../core/index.ts';
import { roleGrantWidens } from './public-access.ts';

/**
 * Access widened by one setting of an update, each from its API's reference (round 17): a standing credential that can
 * push, every member of an organisation given write or admin on every repository, a private storage bucket opened to
 * anyone, a site's visitor protection removed, a security workflow deleted or emptied. Read by the one HTTP judge's body
 * effects (so `http_request`, curl and `gh api -f` alike) and by the MCP reader for the same acts through a server's tool.
 */

export interface AccessWidening {
  code: string;
  why: string;
}

interface BodyRule {
  method: RegExp;
  url: RegExp;
  code: string;
  /** Why the body widens access, or null when it does not. */
  widens: (body: JsonObject, url: string) => string | null;
}

const ARM_ROLE_ASSIGNMENT = /^https?:\/\/management\.(?:azure\.com|usgovcloudapi\.net|chinacloudapi\.cn)((?:\/[^/?#]+)*?)\/providers\/Microsoft\.Authorization\/roleAssignments\/[^/?#]+\/?(\?|#|$)/i;
/** An ARM role assignment's body: the role it grants (a definition id the body may not give: not read) over the URL's scope. */
function armRoleAssignmentWidens(body: JsonObject, url: string): string | null {
  const properties = body.properties;
  const role = isJsonObject(properties) ? properties.roleDefinitionId : undefined;
  if (typeof role !== 'string') return null;
  const scope = ARM_ROLE_ASSIGNMENT.exec(url)?.[1] ?? '';
  const widened = roleGrantWidens(role, scope === '' ? '/' : scope);
  return widened === null ? null : `${widened} over \`${scope === '' ? '/' : scope}\``;
}

const TRUE = (v: JsonValue | undefined): boolean => v === true || v === 'true';
const FALSE_OR_EMPTY = (v: JsonValue | undefined): boolean => v === false || v === 'false' || v === null || v === '';

/**
 * - GitHub "Create a deploy key" (`POST /repos/O/R/keys`): "If `true`, the key will only be able to read repository
 *   contents. Otherwise, the key will be able to read and write", with a member's admin rights on the repository.
 * - GitLab "Add deploy key" / "Update deploy key" (`POST|PUT /projects/:id/deploy_keys[/:key_id]`): `can_push: true`.
 * - GitHub "Update an organization" (`PATCH /orgs/O`): `default_repository_permission` `write` or `admin` gives every
 *   member that right on every repository of the organisation (`read` and `none` give less).
 * - Supabase Storage "Update bucket" (`PUT /storage/v1/bucket/ID`): `public: true` serves every object to anyone without
 *   a token. Creating a public bucket opens nothing that was private.
 * - Netlify "Update site" (`PATCH|PUT /api/v1/sites/ID`): a `password` set empty or null takes the visitor password off.
 * - GitHub "Set default workflow permissions" (`PUT /orgs/O|repos/O/R|enterprises/E/actions/permissions/workflow`, round
 *   29): `default_workflow_permissions: write` gives every workflow's `GITHUB_TOKEN` write on the repository's contents,
 *   packages and releases; `can_approve_pull_request_reviews: true` lets a workflow approve a pull request, which then
 *   counts towards required reviews. `read` and `false` give less.
 * - Grafana "Create|Update a public dashboard" (`POST|PATCH /api/dashboards/uid/UID/public-dashboards[/ID]`, round 29):
 *   `isEnabled: true` serves the dashboard to anyone with its link, unless it is shared only by `share: email`.
 * - Vercel "Update an existing project" (`PATCH /v9/projects/ID`, round 29): `publicSource: true` makes every
 *   deployment's source and logs public.
 * - Consul "Upsert Intention by Name" (`PUT /v1/connect/intentions/exact?source=*&destination=D`) or "Create Intention"
 *   with `SourceName: "*"` and `Action: allow` (round 29): every service may call the destination.
 * - Azure Resource Manager "Role Assignments - Create" (`PUT {scope}/providers/Microsoft.Authorization/roleAssignments/ID`):
 *   `properties.roleDefinitionId` over the URL's scope, read as `az role assignment create` reads `--role` and `--scope`
 *   (roleGrantWidens: an admin role, a Key Vault secret reader, Contributor over a whole subscription; the lead's answer 268).
 */
const BODY_RULES: readonly BodyRule[] = [
  { method: /^POST$/, url: /^https?:\/\/[^/]+\/(api\/v3\/)?repos\/[^/?#]+\/[^/?#]+\/keys\/?(\?|#|$)/i, code: 'deploy_key_write', widens: (b) => (TRUE(b.read_only) ? null : `a deploy key without \`read_only: true\` can push (GitHub: read and write)`) },
  { method: /^(POST|PUT)$/, url: /\/api\/v4\/projects\/[^/?#]+\/deploy_keys(\/\d+)?\/?(\?|#|$)/i, code: 'deploy_key_write', widens: (b) => (TRUE(b.can_push) ? 'a deploy key with `can_push: true` can push' : null) },
  { method: /^PATCH$/, url: /^https?:\/\/[^/]+\/(api\/v3\/)?orgs\/[^/?#]+\/?(\?|#|$)/i, code: 'org_default_permission', widens: (b) => (typeof b.default_repository_permission === 'string' && /^(write|admin)$/i.test(b.default_repository_permission) ? `\`default_repository_permission: ${b.default_repository_permission}\` gives every member that right on every repository` : null) },
  { method: /^PUT$/, url: /\/storage\/v1\/bucket\/[^/?#]+\/?(\?|#|$)/i, code: 'public_access', widens: (b) => (TRUE(b.public) ? '`public: true` serves every object of the bucket to anyone' : null) },
  { method: /^PUT$/, url: /^https?:\/\/[^/]+\/(api\/v3\/)?(orgs\/[^/?#]+|enterprises\/[^/?#]+|repos\/[^/?#]+\/[^/?#]+)\/actions\/permissions\/workflow\/?(\?|#|$)/i, code: 'access_widened', widens: (b) => (/^write$/i.test(String(b.default_workflow_permissions ?? '')) ? 'every workflow\'s token gets write (`default_workflow_permissions: write`)' : TRUE(b.can_approve_pull_request_reviews) ? 'workflows may approve pull requests past required reviews (`can_approve_pull_request_reviews: true`)' : null) },
  { method: /^(POST|PATCH|PUT)$/, url: /\/api\/dashboards\/uid\/[^/?#]+\/public-dashboards(\/[^/?#]+)?\/?(\?|#|$)/i, code: 'public_access', widens: (b) => (TRUE(b.isEnabled) && !/^email$/i.test(String(b.share ?? '')) ? 'the dashboard is served to anyone with its link (`isEnabled: true`)' : null) },
  { method: /^(PATCH|PUT)$/, url: /^https?:\/\/api\.vercel\.com\/v\d+\/projects\/[^/?#]+\/?(\?|#|$)/i, code: 'public_access', widens: (b) => (TRUE(b.publicSource) ? 'every deployment\'s source and logs are public (`publicSource: true`)' : null) },
  { method: /^(PUT|POST)$/, url: /\/v1\/connect\/intentions(\/exact\?(.*&)?source=(\*|%2a)(&|#|$)|\/?(\?|#|$))/i, code: 'access_widened', widens: (b) => (/^allow$/i.test(String(b.Action ?? '')) && (b.SourceName === undefined || b.SourceName === '*') ? 'every service may call the destination (`source: *`, `Action: allow`)' : null) },
  { method: /^(PATCH|PUT)$/, url: /^https?:\/\/api\.netlify\.com\/api\/v1\/sites\/[^/?#]+\/?(\?|#|$)/i, code: 'safeguard_off', widens: (b) => ('password' in b && FALSE_OR_EMPTY(b.password) ? 'takes the site\'s visitor password off' : null) },
  { method: /^PUT$/, url: ARM_ROLE_ASSIGNMENT, code: 'admin_grant', widens: armRoleAssignmentWidens },
  // Round 43 (nx43): Globus Transfer "Create access rule" (`POST /v0.10/endpoint/ID/access`): `principal_type` `anonymous`
  // serves the path to anyone, `all_authenticated_users` to every Globus identity (the CLI's `--anonymous`,
  // `--all-authenticated`, which service-catalogue.ts reads already).
  { method: /^POST$/, url: /^https?:\/\/transfer\.api\.globus(?:online)?\.org\/v0\.10\/endpoint\/[^/?#]+\/access\/?(\?|#|$)/i, code: 'public_access', widens: (b) => (/^(anonymous|all_authenticated_users)$/.test(String(b.principal_type ?? '')) ? `an access rule for \`${String(b.principal_type)}\` opens the path to anyone (or to every Globus user)` : null) },
];

/** What access an update widens by its body (BODY_RULES), or null. */
export function accessWidenedByBody(method: string, url: string, body: JsonValue | undefined): AccessWidening | null {
  if (!isJsonObject(body)) return null;
  for (const rule of BODY_RULES) {
    if (!rule.method.test(method) || !rule.url.test(url)) continue;
    const why = rule.widens(body, url);
    if (why) return { code: rule.code, why };
  }
  return null;
}

/**
 * A repository's security workflow (by its file name): CodeQL and other code scanning, dependency review, secret scanning
 * (gitleaks, TruffleHog), Semgrep, Snyk, Trivy, Grype, OSV-Scanner, OpenSSF Scorecard, zizmor, Checkov, tfsec, Bandit,
 * SAST/DAST and workflows named for security. Deleting or emptying one removes the check the repository relies on.
 */
const SECURITY_WORKFLOW = /(^|\/)\.github\/workflows\/[^/]*(codeql|code[-_]?scanning|dependency[-_]?review|secret[-_]?scan\w*|gitleaks|trufflehog|semgrep|snyk|trivy|grype|osv[-_]?scanner|scorecards?|zizmor|checkov|tfsec|bandit|sast|dast|security)[^/]*\.ya?ml$/i;

export function isSecurityWorkflow(path: string): boolean {
  return SECURITY_WORKFLOW.test(path.replace(/^\.\//, ''));
}

/** The file path a GitHub contents API URL names (`/repos/O/R/contents/PATH`), or null. */
export function contentsApiPath(url: string): string | null {
  const m = /^https?:\/\/[^/]+\/(api\/v3\/)?repos\/[^/?#]+\/[^/?#]+\/contents\/([^?#]+)/i.exec(url);
  if (!m) return null;
  try {
    return decodeURIComponent(m[2]!);
  } catch {
    return null;
  }
}

/**
 * A security workflow deleted or emptied through GitHub's contents API (`DELETE /repos/O/R/contents/PATH`, or a `PUT` whose
 * `content` is empty: the file stays with nothing in it). An ordinary workflow changed is an edit.
 */
export function securityWorkflowRemoved(method: string, url: string, body: JsonValue | undefined): AccessWidening | null {
  const path = contentsApiPath(url);
  if (path === null || !isSecurityWorkflow(path)) return null;
  if (method === 'DELETE') return { code: 'security_workflow_removed', why: `deletes the security workflow \`${path}\`: its check no longer runs` };
  const content = isJsonObject(body) ? body.content : undefined;
  if (method === 'PUT' && typeof content === 'string' && content.trim() === '') return { code: 'security_workflow_removed', why: `empties the security workflow \`${path}\`: its check no longer runs` };
  return null;
}

/**
 * The same acts through an MCP server's tools (each server's tool list):
 * - the GitHub server's `delete_file` of a security workflow, or `create_or_update_file` / `push_files` that leaves one empty;
 * - a storage bucket updated to `public: true` (Supabase storage servers' `update_bucket`, `update_storage_bucket`);
 * - Netlify's `netlify-project-services` operation `update-visitor-access-controls` that turns the team login off
 *   (`requireSSOTeamLogin: false`) or removes the password (`passwordProtection: null` or empty);
 * - a deploy key added with write access (`allow_write`, `can_push`, `read_only: false`);
 * - an existing repository or project updated to public (`update_repository {private: false}` or `{visibility: public}`,
 *   GitLab's `update_project {visibility: public}`), as the HTTP judge reads GitHub's `PATCH /repos/O/R {private: false}`.
 *   Creating a public repository opens nothing that was private.
 */
export function mcpAccessWidened(toolWords: string[], args: JsonObject): AccessWidening | null {
  const has = (re: RegExp): boolean => toolWords.some((w) => re.test(w));
  const path = typeof args.path === 'string' ? args.path : null;
  if (has(/^delete$/) && has(/^files?$/) && path !== null && isSecurityWorkflow(path)) return { code: 'security_workflow_removed', why: `deletes the security workflow \`${path}\`: its check no longer runs` };
  if (has(/^(create|update|push)$/) && has(/^files?$/)) {
    const files: JsonValue[] = Array.isArray(args.files) ? args.files : [args];
    for (const f of files) {
      if (!isJsonObject(f) || typeof f.path !== 'string' || !isSecurityWorkflow(f.path)) continue;
      if (typeof f.content === 'string' && f.content.trim() === '') return { code: 'security_workflow_removed', why: `empties the security workflow \`${f.path}\`: its check no longer runs` };
    }
  }
  if (has(/^(update|set|edit|patch)$/) && has(/^buckets?$/) && TRUE(args.public)) return { code: 'public_access', why: '`public: true` serves every object of the bucket to anyone' };
  const select = isJsonObject(args.selectSchema) ? args.selectSchema : null;
  const params = select && isJsonObject(select.params) ? select.params : null;
  if (select && typeof select.operation === 'string' && /visitor-access-controls/i.test(select.operation) && /^update/i.test(select.operation) && params) {
    if (FALSE_OR_EMPTY(params.requireSSOTeamLogin) && 'requireSSOTeamLogin' in params) return { code: 'safeguard_off', why: '`requireSSOTeamLogin: false` takes the team login off the site' };
    if ('passwordProtection' in params && FALSE_OR_EMPTY(params.passwordProtection)) return { code: 'safeguard_off', why: 'removes the site\'s visitor password' };
  }
  if (has(/^(add|create)$/) && has(/^(deploy|deploykeys?)$/) && (TRUE(args.allow_write) || TRUE(args.can_push) || args.read_only === false)) return { code: 'deploy_key_write', why: 'a deploy key with write access can push' };
  if (has(/^(update|edit|patch|set|modify|change)$/) && has(/^(repo|repos|repository|repositories|project|projects)$/)) {
    const opened = repositoryMadePublic(args);
    if (opened) return { code: 'public_access', why: `${opened}: what was private in it is open to anyone` };
  }
  if (has(/^set$/) && has(/^config$/)) return serverGuardOff(args);
  const opened = has(/^(set|update|change|edit|modify)$/) && has(/^(access|visibility|sharing)$/) ? accessOpened(args) : null;
  if (opened) return { code: 'public_access', why: `${opened}: what was restricted is open to anyone` };
  return null;
}

/**
 * Round 43 (nx43): a data repository's record or file access set open (`access: public`, `visibility: public`, Zenodo's
 * `access_right: open`), by a tool that sets access: restricted files served to anyone.
 */
function accessOpened(args: JsonObject): string | null {
  for (const key of ['access', 'visibility', 'access_level']) {
    const v = args[key];
    if (typeof v === 'string' && /^(public|anyone|anonymous)$/i.test(v)) return `sets \`${key}: ${v}\``;
  }
  return typeof args.access_right === 'string' && /^open$/i.test(args.access_right) ? 'sets `access_right: open`' : null;
}

/** The field that makes a repository public (`visibility: public`, `private: false`, Bitbucket's `is_private: false`), or null. */
function repositoryMadePublic(args: JsonObject): string | null {
  if (typeof args.visibility === 'string' && args.visibility.toLowerCase() === 'public') return 'sets `visibility: public`';
  const key = ['private', 'is_private', 'isPrivate'].find((k) => args[k] === false || args[k] === 'false');
  return key === undefined ? null : `sets \`${key}: false\``;
}

/**
 * A local server's own guard switched off through its configuration tool (Desktop Commander's `set_config_value {key,
 * value}`, from its README: `blockedCommands` lists the commands it refuses, `allowedDirectories` the folders its file tools
 * may reach, and "an empty array allows access to all directories"): the blocklist emptied, or the folders widened to the
 * whole disk or the home folder (`[]`, `/`, `~`, a drive root). A shorter folder list, a shell or a line limit is a setting.
 */
function serverGuardOff(args: JsonObject): AccessWidening | null {
  const key = typeof args.key === 'string' ? args.key : null;
  let value: JsonValue | undefined = args.value;
  if (typeof value === 'string' && /^\s*\[/.test(value)) {
    try {
      value = JSON.parse(value) as JsonValue;
    } catch {
      return null;
    }
  }
  if (key === null || !Array.isArray(value)) return null;
  if (/^blocked_?commands$/i.test(key) && value.length === 0) return { code: 'safeguard_off', why: 'empties the server\'s blocked-command list: every command runs' };
  const root = (v: JsonValue): boolean => typeof v === 'string' && /^(\/|~\/?|\$HOME\/?|\/(home|Users)\/[^/]+\/?|[A-Za-z]:[\\/]?|[A-Za-z]:\\Users\\[^\\]+\\?)$/.test(v.trim());
  if (/^allowed_?directories$/i.test(key) && (value.length === 0 || value.some(root))) return { code: 'access_widened', why: `sets \`${key}\` to ${value.length === 0 ? 'an empty list, which allows every folder' : 'the whole disk or the home folder'}` };
  return null;
}

/**
 * Whether a request whose body the input does not show (`gh api --input FILE`, `-F field=@FILE`, `curl -d @FILE`) could
 * destroy by that body: a PUT or PATCH (a resource replaced or a setting switched off), or a POST to GraphQL (a mutation),
 * a batch endpoint, a deploy key (write access unless the body says read-only) or a security workflow. A file of a
 * repository written through the contents API is a commit, unless it is a security workflow.
 */
export function unseenBodyCouldDestroy(method: string, url: string): boolean {
  const file = contentsApiPath(url);
  if (file !== null) return isSecurityWorkflow(file) && /^(PUT|POST|PATCH)$/.test(method);
  if (method === 'PUT' || method === 'PATCH') return true;
  return method === 'POST' && (/\/graphql\/?(\?|#|$)/i.test(url) || /\/(_bulk|batch|\$batch|composite)\/?(\?|#|$)/i.test(url) || BODY_RULES.some((r) => r.method.test('POST') && r.url.test(url)));
}
