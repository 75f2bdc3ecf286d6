import { isDotenvOrSecretFile } from '../paths.ts';

/**
 * Commands whose output is a secret: what they print on a pipe, if sent off the machine, is a credential given away
 * (docs/classifier-evaluation.md, "Irrevocable outside effects"). Tool knowledge as data, from each CLI's reference.
 * `ops` is matched against the operands joined by single spaces; `output` requires an option that prints values
 * (`kubectl get secret` without `-o` lists names only).
 */
const SECRET_PRINTERS: ReadonlyArray<{ tool: string; ops: RegExp; output?: RegExp; what: string }> = [
  { tool: 'kubectl', ops: /^get (secrets?|secret\/\S+)( |$)/, output: /^(-o|--output)(=|$)|^-o\S/, what: 'a Kubernetes Secret' },
  { tool: 'kubectl', ops: /^config view( |$)/, output: /^--raw$/, what: 'the kubeconfig with its credentials' },
  { tool: 'kubectl', ops: /^view-secret /, what: 'a Kubernetes Secret' },
  { tool: 'vault', ops: /^(kv get|read) /, what: 'a Vault secret' },
  { tool: 'aws', ops: /^(secretsmanager get-secret-value|ssm get-parameters?( |$))/, what: 'an AWS secret' },
  // AWS CLI v2 `configure export-credentials` prints the profile's resolved access key, secret key and session token
  // (as JSON or `export` lines); `configure get aws_secret_access_key|aws_session_token` prints that one value.
  { tool: 'aws', ops: /^(configure export-credentials( |$)|configure get (\S+\.)?(aws_secret_access_key|aws_session_token)( |$))/, what: 'AWS credentials' },
  { tool: 'gcloud', ops: /^secrets versions access /, what: 'a Google Secret Manager secret' },
  { tool: 'az', ops: /^keyvault secret (show|download) /, what: 'an Azure Key Vault secret' },
  { tool: 'op', ops: /^(read|item get) /, what: 'a 1Password item' },
  { tool: 'pass', ops: /^(show )?\S+$/, what: 'a pass entry' },
  { tool: 'sops', ops: /\S/, output: /^(-d|--decrypt)$/, what: 'a decrypted sops file' },
  { tool: 'sops', ops: /^decrypt /, what: 'a decrypted sops file' },
  { tool: 'doppler', ops: /^secrets (download|get)( |$)/, what: 'Doppler secrets' },
  // security(1): `find-generic-password`/`find-internet-password` with `-w` print the password alone; `dump-keychain -d`
  // prints every item's secret.
  { tool: 'security', ops: /^find-(generic|internet)-password( |$)/, output: /^-w$/, what: 'a keychain password' },
  { tool: 'security', ops: /^dump-keychain( |$)/, output: /^-d$/, what: "the keychain's secrets" },
  // env(1) and printenv(1) with no operand print every environment variable: the tokens and keys a shell holds
  // (`AWS_SECRET_ACCESS_KEY`, `GITHUB_TOKEN`, a CI job's secrets) with them.
  { tool: 'env', ops: /^$/, what: 'the environment variables (the tokens and keys among them)' },
  { tool: 'printenv', ops: /^$/, what: 'the environment variables (the tokens and keys among them)' },
];

/**
 * HTTP clients reading a secrets API: Vault's HTTP API (a host or variable that names Vault, or its port 8200; not its
 * `sys/` and `auth/` paths) and the Kubernetes API's Secrets. What they print is the secret, as `vault kv get` prints it.
 */
const HTTP_CLIENTS = /^(curl|wget|http|https|xh|xhs|curlie)$/;
const SECRET_API_URL = /(vault|:8200)[^\s]*\/v1\/(?!sys\/|auth\/)\S+|\/api\/v1\/namespaces\/[^/\s]+\/secrets(\/|\?|$)/i;

/** Programs that print a file's bytes (or a transform of them) onto the pipe. */
const FILE_PRINTERS = /^(cat|head|tail|base64|xxd|gzip|bzip2|xz|zstd|openssl)$/;

/** A credential file by its name: keys and credential folders in home, dotenv and keystore files anywhere (a `.pub` key is public). */
const CREDENTIAL_FILE = /(^|\/)(\.ssh\/id_[^/]*(?<!\.pub)|\.aws\/credentials|\.kube\/config|\.netrc|\.docker\/config\.json|\.config\/gcloud\/[^/]*credentials[^/]*\.json|\.git-credentials|\.pgpass|\.vault-token)$|\.(pem|key)$/;

/**
 * Package registries' and forges' credential files in a home folder, each where its client keeps its token: npm's user
 * `.npmrc` (`_authToken`), `.pypirc` (twine's passwords), Yarn Berry's `.yarnrc.yml` (`npmAuthToken`), RubyGems'
 * `.gem/credentials`, Cargo's `credentials(.toml)`, Gradle's `gradle.properties` and Maven's `settings(-security).xml`
 * (repository and signing credentials), Composer's `auth.json`, NuGet's user `NuGet.Config` (feed passwords), the
 * GitHub CLI's `hosts.yml` and Terraform's `credentials.tfrc.json`. A project's own `.npmrc` or `.yarnrc.yml` usually
 * names a registry and reads its token from the environment: not these.
 */
const REGISTRY_CREDENTIAL_FILE = /(^|\/)(~|\$HOME|\$\{HOME\}|home\/[^/]+|Users\/[^/]+|root)\/(\.npmrc|\.pypirc|\.yarnrc\.yml|\.gem\/credentials|\.cargo\/credentials(\.toml)?|\.gradle\/gradle\.properties|\.m2\/settings(-security)?\.xml|\.composer\/auth\.json|\.config\/composer\/auth\.json|\.nuget\/NuGet\/NuGet\.Config|\.config\/gh\/hosts\.yml|\.terraform\.d\/credentials\.tfrc\.json)$/;

/** Whether this file name holds a credential (a name as written: `~/.aws/credentials`, `.env.production`, `tls.key`). */
export function isCredentialFileName(path: string): boolean {
  return CREDENTIAL_FILE.test(path) || REGISTRY_CREDENTIAL_FILE.test(path) || isDotenvOrSecretFile(path);
}

/** What secret this command prints, or undefined. */
export function secretPrinted(name: string, args: string[]): string | undefined {
  const base = name.replace(/^.*\//, '');
  const words = args.filter((a) => !a.startsWith('-'));
  // A global option's value may come before the subcommand (`kubectl -n prod get secret`, `aws --profile p
  // secretsmanager …`): the operands may also start after any run of words that each follow an option.
  const starts = [0];
  for (let i = 0, j = 0; i < args.length && j < words.length; i++) {
    if (args[i]!.startsWith('-')) continue;
    if (!args[i - 1]?.startsWith('-') || args[i - 1]!.includes('=')) break;
    starts.push(++j);
  }
  const fits = (ops: RegExp): boolean => starts.some((s) => ops.test(words.slice(s).join(' ')));
  for (const p of SECRET_PRINTERS) {
    if (p.tool !== base || !fits(p.ops)) continue;
    if (p.output && !args.some((a) => p.output!.test(a))) continue;
    return p.what;
  }
  const url = HTTP_CLIENTS.test(base) ? args.find((a) => !a.startsWith('-') && SECRET_API_URL.test(a)) : undefined;
  if (url !== undefined) return `a secret read from \`${url}\``;
  if (FILE_PRINTERS.test(base)) {
    const file = args.find((a) => !a.startsWith('-') && isCredentialFileName(a));
    if (file !== undefined) return `the credential file \`${file}\``;
  }
  return undefined;
}
