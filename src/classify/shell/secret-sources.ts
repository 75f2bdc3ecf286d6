import { isCredentialFile, isDotenvOrSecretFile } from '../paths.ts';
import type { Vars } from './words.ts';

/**
 * Commands whose output is a secret: what they print on a pipe, if sent off the machine, is a credential given away
 * (docs/classifier-evaluation.md, "Irrevocable outside effects"). Tool knowledge as data, from each CLI's reference.
 * `ops` is matched against the operands joined by single spaces; `output` requires an option that prints values
 * (`kubectl get secret` without `-o` lists names only).
 */
const SECRET_PRINTERS: ReadonlyArray<{ tool: string; ops: RegExp; output?: RegExp; what: string; issuer?: RegExp }> = [
  // gh-auth-token(1) prints the token gh holds for the host: a credential that acts as the user on GitHub. Sent to GitHub's
  // own API (`issuer`), it is used as gh uses it; anywhere else it is given away.
  { tool: 'gh', ops: /^auth token( |$)/, what: "the GitHub CLI's token", issuer: /^(api\.github\.com|uploads\.github\.com|github\.com|api\.[\w-]+\.ghe\.com)$/i },
  { tool: 'kubectl', ops: /^get (secrets?|secret\/\S+)( |$)/, output: /^(-o|--output)(=|$)|^-o\S/, what: 'a Kubernetes Secret' },
  { tool: 'kubectl', ops: /^config view( |$)/, output: /^--raw$/, what: 'the kubeconfig with its credentials' },
  { tool: 'kubectl', ops: /^view-secret /, what: 'a Kubernetes Secret' },
  { tool: 'vault', ops: /^(kv get|read) /, what: 'a Vault secret' },
  { tool: 'aws', ops: /^(secretsmanager get-secret-value|ssm get-parameters?( |$))/, what: 'an AWS secret' },
  // AWS CLI v2 `configure export-credentials` prints the profile's resolved access key, secret key and session token
  // (as JSON or `export` lines); `configure get aws_secret_access_key|aws_session_token` prints that one value.
  { tool: 'aws', ops: /^(configure export-credentials( |$)|configure get (\S+\.)?(aws_secret_access_key|aws_session_token)( |$))/, what: 'AWS credentials' },
  // `iam create-access-key` prints the new key's SecretAccessKey; `sts get-session-token|assume-role|get-federation-token`
  // print temporary credentials with their secret key and session token (AWS CLI reference, Output).
  { tool: 'aws', ops: /^(iam create-access-key|sts (get-session-token|assume-role|assume-role-with-web-identity|get-federation-token))( |$)/, what: 'new AWS credentials' },
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
  // gpg(1) `--export-secret-keys` and `--export-secret-subkeys` print the secret keys (signing keys, a release's among them),
  // armoured with `-a`; `--export` alone prints public keys only.
  { tool: 'gpg', ops: /(?:)/, output: /^--export-secret-(keys?|subkeys)$/, what: 'an OpenPGP secret key' },
  { tool: 'gpg2', ops: /(?:)/, output: /^--export-secret-(keys?|subkeys)$/, what: 'an OpenPGP secret key' },
  { tool: 'env', ops: /^$/, what: 'the environment variables (the tokens and keys among them)' },
  { tool: 'printenv', ops: /^$/, what: 'the environment variables (the tokens and keys among them)' },
];

/**
 * HTTP clients reading a secrets API: Vault's HTTP API (a host or variable that names Vault, or its port 8200; not its
 * `sys/` and `auth/` paths) and the Kubernetes API's Secrets. What they print is the secret, as `vault kv get` prints it.
 */
const HTTP_CLIENTS = /^(curl|wget|http|https|xh|xhs|curlie)$/;
const SECRET_API_URL = /(vault|:8200)[^\s]*\/v1\/(?!sys\/|auth\/)\S+|\/api\/v1\/namespaces\/[^/\s]+\/secrets(\/|\?|$)/i;
/**
 * An API's call that creates a credential and answers with its value (Grafana `POST /api/serviceaccounts/ID/tokens`,
 * GitLab `…/personal_access_tokens`, `…/access_tokens`, an `/api-keys` or `/api_keys` collection, Keycloak's
 * `…/client-secret`): what the client prints is the new secret.
 */
const CREDENTIAL_CREATED_URL = /\/(tokens|access[-_]tokens|personal[-_]access[-_]tokens|api[-_]?keys|client[-_]secret|service[-_]?account[-_]?keys)\/?(\?|$)/i;

/** Programs that print a file's bytes (or a transform of them) onto the pipe. */
const FILE_PRINTERS = /^(cat|head|tail|base64|xxd|gzip|bzip2|xz|zstd|openssl)$/;

/**
 * Filters that print (a reshaping of) the lines of the files they are given (`jq -Rs '{text: .}' .env`, `grep -v '^#'
 * .env`, `sed 's/^/export /' .env`, `awk -F= '{print}' .env`): a credential file given to one prints its secrets, as
 * `cat` does. Not with the options that print only counts or file names, or edit in place (`grep -c|-l|-L|-q`, `sed -i`).
 */
const FILE_FILTERS = /^(jq|gojq|yq|grep|egrep|fgrep|sed|awk|gawk|cut|sort|tac|nl|envsubst|strings)$/;
const PRINTS_NO_LINES: Readonly<Record<string, RegExp>> = {
  grep: /^(-[a-zA-Z]*[clLq][a-zA-Z]*|--count|--files-with(out)?-match(es)?|--quiet|--silent)$/,
  sed: /^(-[a-zA-Z]*i.*|--in-place(=.*)?)$/,
  sort: /^(-[a-zA-Z]*[cC][a-zA-Z]*|--check(=.*)?)$/,
};
function printsNoLines(base: string, args: string[]): boolean {
  const only = PRINTS_NO_LINES[base.replace(/^[ef]grep$/, 'grep')];
  return only !== undefined && args.some((a) => only.test(a));
}

/** Whether a program reads its standard input and prints a reshaping of it (a filter above), so a credential file redirected into it (`jq -Rn '[inputs]' < .env`) is printed. */
export function printsItsInput(name: string, args: string[]): boolean {
  const base = name.replace(/^.*\//, '');
  return (FILE_PRINTERS.test(base) || FILE_FILTERS.test(base)) && !printsNoLines(base, args);
}

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

/**
 * Object-store and remote-copy tools (each CLI's reference): `ops` are the subcommand words, found in order among the
 * operands (global options may come first: `gsutil -m cp`, `aws --profile ml s3 cp`); the last operand is the destination,
 * which must be remote (`dest`); the operands between are the local sources. A credential file among them is uploaded:
 * a secret sent off the machine, as `scp FILE host:` is (round 16).
 */
const REMOTE_COPIES: ReadonlyArray<{ tool: string; ops: string[]; dest: RegExp }> = [
  { tool: 'aws', ops: ['s3', 'cp'], dest: /^s3:\/\//i }, { tool: 'aws', ops: ['s3', 'mv'], dest: /^s3:\/\//i }, { tool: 'aws', ops: ['s3', 'sync'], dest: /^s3:\/\//i },
  { tool: 'gsutil', ops: ['cp'], dest: /^gs:\/\//i }, { tool: 'gsutil', ops: ['mv'], dest: /^gs:\/\//i }, { tool: 'gsutil', ops: ['rsync'], dest: /^gs:\/\//i },
  { tool: 'gcloud', ops: ['storage', 'cp'], dest: /^gs:\/\//i }, { tool: 'gcloud', ops: ['storage', 'mv'], dest: /^gs:\/\//i }, { tool: 'gcloud', ops: ['storage', 'rsync'], dest: /^gs:\/\//i },
  { tool: 's3cmd', ops: ['put'], dest: /^s3:\/\//i }, { tool: 's3cmd', ops: ['sync'], dest: /^s3:\/\//i },
  { tool: 'azcopy', ops: ['copy'], dest: /^https:\/\//i }, { tool: 'azcopy', ops: ['cp'], dest: /^https:\/\//i },
  ...['copy', 'copyto', 'move', 'moveto', 'sync'].map((op) => ({ tool: 'rclone', ops: [op], dest: /^[\w.-]{2,}:/ })),
];

/** The local sources a remote copy uploads (REMOTE_COPIES), or none; an operand not fixed is null. */
export function remoteCopySources(name: string, args: ReadonlyArray<string | null>): Array<string | null> {
  const base = name.replace(/^.*\//, '');
  const operands = args.filter((a) => a === null || !a.startsWith('-'));
  for (const copy of REMOTE_COPIES) {
    if (copy.tool !== base) continue;
    const at = operands.findIndex((_, i) => copy.ops.every((op, j) => operands[i + j] === op));
    const dest = operands[operands.length - 1];
    if (at === -1 || operands.length < at + copy.ops.length + 2 || dest === null || dest === undefined || !copy.dest.test(dest)) continue;
    return operands.slice(at + copy.ops.length, -1).filter((src) => src === null || !copy.dest.test(src));
  }
  return [];
}

/**
 * Commands that write a secret into the file they are given (each CLI's reference): Firebase `auth:export FILE` writes
 * every user account with its password hash and salt; `gcloud iam service-accounts keys create FILE` writes a new private
 * key. `ops` is matched against the operands before the file, joined by single spaces; the file is the next operand. A
 * later upload of that file in the same input sends the secret off the machine (round 28).
 */
const SECRET_FILE_WRITERS: ReadonlyArray<{ tool: string; ops: RegExp; what: string }> = [
  { tool: 'firebase', ops: /^auth:export$/, what: 'user accounts with their password hashes' },
  { tool: 'gcloud', ops: /^(alpha |beta )?iam service-accounts keys create$/, what: 'a service account private key' },
];

/** The file this command writes a secret into and what it holds, or undefined (SECRET_FILE_WRITERS). */
export function secretFileWritten(name: string, args: ReadonlyArray<string | null>): { file: string; what: string } | undefined {
  const base = name.replace(/^.*\//, '');
  const words = args.filter((a) => a === null || !a.startsWith('-'));
  for (const w of SECRET_FILE_WRITERS) {
    if (w.tool !== base) continue;
    for (let n = 1; n < words.length; n++) {
      const head = words.slice(0, n);
      const file = words[n];
      if (head.every((x) => x !== null) && w.ops.test(head.join(' ')) && typeof file === 'string') return { file, what: w.what };
    }
  }
  return undefined;
}

/**
 * A data file named for what it holds, secrets, credentials or passwords (`secrets.txt`, `credentials.json`,
 * `passwords.csv`; its whole name before the extension): printed onto a pipe or into a socket, what it holds goes with it
 * (the doc's "a secret sent off the machine"). Not a template or example of one (`secrets.example.yaml`).
 */
const SECRETS_NAMED_FILE = /(^|\/)(secrets?|credentials?|passwords?)(\.(txt|json|ya?ml|env|ini|csv|toml|conf|cfg))?$/i;

const ARCHIVERS = /^(tar|gtar|bsdtar|zip|cpio|pax)$/;
/** A home folder of credentials: ssh keys, cloud and cluster credentials, GnuPG keys, a password store. */
const CREDENTIAL_FOLDER = /(^|\/)(\.ssh|\.aws|\.gnupg|\.kube|\.docker|\.azure|\.config\/gcloud|\.password-store)\/?$/;
/** An archiver writing the archive to standard output: tar with `-f -` or no `f` (tar's default is stdout), zip's `-` archive. */
function archivesToOutput(base: string, args: string[]): boolean {
  if (base === 'zip') return args.some((a) => a === '-');
  if (base === 'cpio' || base === 'pax') return true;
  const f = args.findIndex((a) => /^-?[A-Za-z]*f$/.test(a) && !a.startsWith('--') || a === '--file');
  if (f >= 0) return args[f + 1] === '-';
  const attached = args.find((a) => a.startsWith('--file=') || /^-f./.test(a));
  return attached === undefined ? args.some((a) => /^-?[A-Za-z]*c/.test(a) && !a.startsWith('--') || a === '--create') : attached === '--file=-';
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
  const p = secretPrinter(base, args, words, starts);
  if (p !== undefined) return p.what;
  const url = HTTP_CLIENTS.test(base) ? args.find((a) => !a.startsWith('-') && (SECRET_API_URL.test(a) || (/^(https?:\/\/|\$)/i.test(a) && CREDENTIAL_CREATED_URL.test(a.replace(/[?#].*$/, ''))))) : undefined;
  if (url !== undefined) return `a secret read from \`${url}\``;
  // Round 41 (atk41): an archive of a credential folder or file written to standard output (`tar czf - ~/.ssh`, `tar c
  // ~/.aws`, `zip -r - ~/.ssh`) prints the keys it holds, as `cat` does.
  if (ARCHIVERS.test(base) && archivesToOutput(base, args)) {
    const held = args.find((a) => !a.startsWith('-') && (CREDENTIAL_FOLDER.test(a) || isCredentialFileName(a)));
    if (held !== undefined) return `an archive of the credentials in \`${held}\``;
  }
  if (FILE_PRINTERS.test(base) || (FILE_FILTERS.test(base) && !printsNoLines(base, args))) {
    const file = args.find((a) => !a.startsWith('-') && isCredentialFileName(a));
    if (file !== undefined) return `the credential file \`${file}\``;
    const named = args.find((a) => !a.startsWith('-') && SECRETS_NAMED_FILE.test(a));
    if (named !== undefined) return `the file of secrets \`${named}\``;
  }
  return undefined;
}

function secretPrinter(base: string, args: string[], words: string[], starts: number[]): (typeof SECRET_PRINTERS)[number] | undefined {
  const fits = (ops: RegExp): boolean => starts.some((s) => ops.test(words.slice(s).join(' ')));
  return SECRET_PRINTERS.find((p) => p.tool === base && fits(p.ops) && (!p.output || args.some((a) => p.output!.test(a))));
}

/** The hosts that issued the token this command prints (a request there uses it as its own tool does), or undefined. */
export function secretIssuer(name: string, args: string[]): RegExp | undefined {
  const base = name.replace(/^.*\//, '');
  const issuer = secretPrinter(base, args, args.filter((a) => !a.startsWith('-')), [0])?.issuer;
  // `gh auth token --hostname github.acme.com`: the token of that GitHub Enterprise host, used there.
  const k = args.findIndex((a) => a === '--hostname' || a === '-h');
  const host = base === 'gh' && k >= 0 ? args[k + 1] : undefined;
  if (issuer === undefined || host === undefined) return issuer;
  return /^[\w.-]+$/.test(host) ? new RegExp(`^${host.replace(/\./g, '\\.')}$`, 'i') : /(?!)/;
}

/**
 * Round 41 (fo41): a secret written to another machine's share is a secret sent off the machine (the doc's irrevocable
 * outside effects), as `scp ~/.ssh/id_rsa host:` is. A UNC path (`\\host\share\…`, `//host/share/…`) names the host that
 * holds the file; one on this machine (`\\localhost\`, `\\127.0.0.1\`, `\\[::1]\`, the device namespaces `\\.\` and
 * `\\?\`) sends nothing off it.
 */
const UNC_HOST = /^(?:\\\\|\/\/)([^\\/]+)[\\/]/;
const THIS_MACHINE = /^(localhost|127(\.\d+){3}|\[?::1\]?|\.|\?|0:0:0:0:0:0:0:1)$/i;

/** The other host a path's share is on, or undefined (not a UNC path, or a share on this machine). */
export function offMachineShare(path: string | null | undefined): string | undefined {
  // Round 42 (atk42): a provider-qualified path (`Microsoft.PowerShell.Core\FileSystem::\\host\share`) and the long UNC
  // forms (`\\?\UNC\host\share`, `\\.\UNC\host\share`) name the same share on `host`.
  const plain = path?.replace(/^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::/i, '').replace(/^(?:\\\\|\/\/)[?.][\\/]UNC[\\/]/i, '\\\\');
  const m = plain ? UNC_HOST.exec(plain) : null;
  if (!m || THIS_MACHINE.test(m[1]!) || /[$%!`]/.test(m[1]!.replace(/\$$/, ''))) return undefined;
  return m[1]!;
}

/** Whether this path (as written, either slash) is a credential file or folder (secret-sources.ts, paths.ts). */
export function holdsCredentials(path: string | null | undefined): boolean {
  if (!path) return false;
  const p = path.replace(/\\/g, '/').replace(/^["']|["']$/g, '');
  if (/\.pub$/i.test(p)) return false;
  // A credential folder in any case (`C:\Users\me\.SSH`): a copy of the folder sends every key it holds.
  return isCredentialFile(p) || isCredentialFileName(p) || CREDENTIAL_FOLDER.test(p.toLowerCase());
}

/** PowerShell's and cmd's readers that print a file's text (`Get-Content`, `type`), besides the shell's (secretPrinted). */
const WINDOWS_FILE_PRINTERS = /^(get-content|gc|type|cat)$/i;
/** Cmdlets whose output is a credential object with its password (`Get-Credential`, `Get-StoredCredential`). */
const CREDENTIAL_PRODUCERS = /^(get-credential|get-storedcredential|get-secret|get-azkeyvaultsecret|get-secretinfo)$/i;

/** The secret a command prints, or undefined: the shell's secret printers, a credential file's text, a credential object. */
export function secretOutput(name: string, args: ReadonlyArray<string | null>): string | undefined {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '').toLowerCase();
  if (CREDENTIAL_PRODUCERS.test(base) && base !== 'get-secretinfo') return `a credential (\`${name}\`)`;
  if (WINDOWS_FILE_PRINTERS.test(base)) {
    const file = args.find((a) => a !== null && !/^[-/]/.test(a) && holdsCredentials(a));
    if (file) return `the credential file \`${file}\``;
  }
  if (args.some((a) => a === null)) return undefined;
  return secretPrinted(base, args as string[]);
}

/**
 * Round 42 (nxa42, the lead's answer 431.4): the marks in a script's variables (walk.ts `assignedSecret`) of a shell variable
 * holding a secret: what the secret is, and the command substitution that printed it (for the issuer a token may go to).
 */
export const SECRET_VARIABLE_MARK = '\u0000secret-variable:';
export const SECRET_COMMAND_MARK = '\u0000secret-command:';
/** Of the variables a word's text expands (`$T`, `${T}`, `${T:-x}`) whose value holds a secret (SECRET_VARIABLE_MARK): the first one's name. */
export function secretVariableExpanded(text: string, vars: Vars): string | undefined {
  for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (vars.has(`${SECRET_VARIABLE_MARK}${m[1]}`)) return m[1];
  return undefined;
}
