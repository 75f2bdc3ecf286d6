/**
 * Which environment variables carry a human's cloud, cluster or forge rights, and how `exec` takes
 * them away. This is the incident's root cause: an agent started from its operator's shell inherits
 * the operator's rights, silently. Names are matched exactly or by prefix; values are never shown.
 */

interface CredentialRule {
  /** An exact name, or a prefix ending in `*`. */
  pattern: string;
  what: string;
}

export const HUMAN_CREDENTIALS: readonly CredentialRule[] = [
  { pattern: 'AWS_*', what: 'AWS credentials, profile or config' },
  { pattern: 'AZURE_*', what: 'Azure credentials or config' },
  { pattern: 'ARM_*', what: 'Azure credentials for Terraform' },
  { pattern: 'GOOGLE_APPLICATION_CREDENTIALS', what: 'a Google Cloud service-account key' },
  { pattern: 'GOOGLE_CREDENTIALS', what: 'a Google Cloud key for Terraform' },
  { pattern: 'GOOGLE_OAUTH_ACCESS_TOKEN', what: 'a Google Cloud access token' },
  { pattern: 'CLOUDSDK_*', what: 'gcloud account and config' },
  { pattern: 'KUBECONFIG', what: 'Kubernetes cluster credentials' },
  { pattern: 'GH_TOKEN', what: 'a GitHub token' },
  { pattern: 'GITHUB_TOKEN', what: 'a GitHub token' },
  { pattern: 'GH_ENTERPRISE_TOKEN', what: 'a GitHub Enterprise token' },
  { pattern: 'GITHUB_ENTERPRISE_TOKEN', what: 'a GitHub Enterprise token' },
  { pattern: 'GITLAB_TOKEN', what: 'a GitLab token' },
  { pattern: 'GL_TOKEN', what: 'a GitLab token' },
  { pattern: 'CI_JOB_TOKEN', what: 'a GitLab CI job token' },
  { pattern: 'VAULT_TOKEN', what: 'a HashiCorp Vault token' },
  { pattern: 'DOCKER_AUTH_CONFIG', what: 'container registry credentials' },
  { pattern: 'TF_TOKEN_*', what: 'a Terraform Cloud / registry token' },
  { pattern: 'TFE_TOKEN', what: 'a Terraform Enterprise token' },
  { pattern: 'DIGITALOCEAN_TOKEN', what: 'a DigitalOcean token' },
  { pattern: 'DIGITALOCEAN_ACCESS_TOKEN', what: 'a DigitalOcean token' },
  { pattern: 'HCLOUD_TOKEN', what: 'a Hetzner Cloud token' },
  { pattern: 'CLOUDFLARE_API_TOKEN', what: 'a Cloudflare token' },
  { pattern: 'CLOUDFLARE_API_KEY', what: 'a Cloudflare key' },
  { pattern: 'ALIBABA_CLOUD_*', what: 'Alibaba Cloud credentials' },
  { pattern: 'ALICLOUD_*', what: 'Alibaba Cloud credentials' },
  { pattern: 'OS_PASSWORD', what: 'an OpenStack password' },
  { pattern: 'OS_TOKEN', what: 'an OpenStack token' },
  { pattern: 'OS_APPLICATION_CREDENTIAL_SECRET', what: 'an OpenStack application credential' },
  { pattern: 'HEROKU_API_KEY', what: 'a Heroku key' },
  { pattern: 'NPM_TOKEN', what: 'an npm publish token' },
  { pattern: 'NODE_AUTH_TOKEN', what: 'an npm publish token' },
  { pattern: 'SSH_AUTH_SOCK', what: "the operator's SSH agent (their keys for git and hosts)" },
  // SECURITY (D2): the operator's own Portcullis token would let the agent approve its own requests.
  { pattern: 'PORTCULLIS_TOKEN', what: "the operator's Portcullis reviewer token" },
];

/**
 * Where the tools look when their variables are unset: pointed at nothing, so removing `AWS_PROFILE`
 * does not just fall back to the operator's `~/.aws/credentials`. The agent's profile may set them.
 */
export const NEUTRALISED: Readonly<Record<string, string>> = {
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
  KUBECONFIG: '/dev/null',
  CLOUDSDK_CONFIG: '/nonexistent/portcullis-removed-gcloud-config',
  AZURE_CONFIG_DIR: '/nonexistent/portcullis-removed-azure-config',
  DOCKER_CONFIG: '/nonexistent/portcullis-removed-docker-config',
  GH_CONFIG_DIR: '/nonexistent/portcullis-removed-gh-config',
};

/** Under the prefixes above but no one's rights: where to connect and which CAs to trust. */
const NOT_CREDENTIALS = new Set(['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_CA_BUNDLE', 'CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE', 'AZURE_CORE_OUTPUT', 'AWS_PAGER', 'AWS_DEFAULT_OUTPUT']);

function matches(pattern: string, name: string): boolean {
  if (NOT_CREDENTIALS.has(name)) return false;
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

export function credentialRule(name: string): CredentialRule | null {
  return HUMAN_CREDENTIALS.find((r) => matches(r.pattern, name)) ?? null;
}

export interface Inherited {
  name: string;
  what: string;
}

/** The human credentials present in an environment (names only). */
export function inheritedCredentials(env: Readonly<Record<string, string | undefined>>): Inherited[] {
  return Object.keys(env)
    .filter((k) => env[k] !== undefined && credentialRule(k) !== null)
    .sort()
    .map((name) => ({ name, what: credentialRule(name)!.what }));
}

/**
 * D9: the only variables a command started by `exec` inherits: where things are and how to talk to
 * a terminal, never anyone's rights. Everything else (PGPASSWORD, MYSQL_PWD, DATABASE_URL, a proxy URL
 * with a password, IDENTITY_HEADER, MSI_SECRET, and whatever comes next) is dropped; what the agent
 * needs comes from its own profile (`agents.<id>.env`). A name is exact, or a prefix ending in `*`.
 */
export const INHERITED_ALLOW_LIST: readonly string[] = [
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'PWD', 'TERM', 'COLORTERM', 'NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'LINES',
  'LANG', 'LANGUAGE', 'LC_*', 'TZ', 'TMPDIR', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'NODE_EXTRA_CA_CERTS',
  // where to connect, not who connects (see NOT_CREDENTIALS)
  'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_CA_BUNDLE',
];

/** Whether `name` passes the allow-list (D9). */
export function inheritable(name: string): boolean {
  return INHERITED_ALLOW_LIST.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
}

export interface AgentEnvironment {
  env: Record<string, string>;
  /** Names removed from the starting environment. */
  removed: string[];
  /** Names the agent's profile set. */
  injected: string[];
}

/**
 * The command's environment (D9): only the allow-listed variables of the starting one (never a
 * human credential, nor a variable the profile reads its values from), credential file locations
 * pointed at nothing, then the agent's own profile on top. `removed` names everything dropped.
 */
export function agentEnvironment(start: Readonly<Record<string, string | undefined>>, profile: Readonly<Record<string, string>>, alsoRemove: readonly string[] = []): AgentEnvironment {
  const env: Record<string, string> = {};
  const removed: string[] = [];
  for (const [k, v] of Object.entries(start)) {
    if (v === undefined) continue;
    // SECURITY (D9): an allow-list, not a deny-list: a credential no one thought of is dropped too.
    if (!inheritable(k) || credentialRule(k) !== null || alsoRemove.includes(k)) removed.push(k);
    else env[k] = v;
  }
  for (const [k, v] of Object.entries(NEUTRALISED)) env[k] = v;
  for (const [k, v] of Object.entries(profile)) env[k] = v;
  return { env, removed: removed.sort(), injected: Object.keys(profile).sort() };
}
