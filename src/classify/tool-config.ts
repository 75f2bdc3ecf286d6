import type * as Yaml from 'yaml';
import { lazyPackage } from './lazy.ts';
import { codeLoadingWord, commandLineWords, programBaseName } from '../core/index.ts';
import { GIT_COMMAND_SETTING } from './shell/tools/git.ts';
import type { ConfigReading, ConfigSetting } from './config-setting.ts';
import { configparserOptions, readBigqueryrc, readBotoConfig, readMtlsConfig, readDockerConfig, readGcloudConfig, readGoogleCredentials, readCompiledLesskey, readLesskey, readNpmrc, readPsqlrc, readTerraformConfig, readYarnrc } from './tool-config-readers.ts';

const yaml = lazyPackage<typeof Yaml>('yaml');

export type { ConfigReading, ConfigSetting, SettingRun } from './config-setting.ts';

/**
 * D8, round 12: the tools' own configuration files that run programs. A tool an agent calls read-only (`kubectl get
 * pods`, `git status`, `ssh host uptime`, `aws s3 ls`) reads its default configuration file, which the agent's Unix
 * user owns, and runs the programs it names: a kubeconfig's credential plugin, git's `core.fsmonitor` or pager, ssh's
 * `ProxyCommand`, AWS's `credential_process`. This module is the data (which tool reads which files, and the variable
 * that names another) and the readers (a real parser per format, listing the settings that run a program). It does no
 * I/O: the gateway reads the files as the agent's Unix user would reach them (its path resolver) and judges each
 * setting with `judgeSetting`.
 */

export type ConfigFormat = 'kubeconfig' | 'gitconfig' | 'ssh_config' | 'aws' | 'terraformrc' | 'docker' | 'psqlrc' | 'npmrc' | 'program_folder' | 'lesskey' | 'yarnrc' | 'google_credentials' | 'code_file' | 'gcloud_config' | 'credential_store' | 'lesskey_compiled' | 'boto' | 'bigqueryrc' | 'mtls_config';

/** One default configuration file of a tool, and the variable that names another in its place. */
export interface ConfigFileSpec {
  format: ConfigFormat;
  /** The session variable that replaces the default files (a `:`-separated list for KUBECONFIG). */
  variable?: string;
  /**
   * `~/…` from the session's home; `$XDG_CONFIG_HOME/…` from that variable, or `~/.config` (`DEFAULT_FOLDER_VARIABLES`). A `*` in the last part is
   * a pattern: the files of that folder it matches (`~/.terraform.d/*.tfrc`).
   */
  defaults: readonly string[];
  /** The variable's value is a `:`-separated list (KUBECONFIG). */
  list?: boolean;
  /** The variable names a folder holding this file (`DOCKER_CONFIG/config.json`, `PGSYSCONFDIR/psqlrc`). */
  inFolder?: string;
  /** A file of this name in the working folder and each folder above it (npm's project `.npmrc`). */
  upFromCwd?: string;
  /**
   * A file or folder of this name in the working folder only (Terraform's `terraform.d/plugins`); with `variable` and
   * `inFolder`, the variable's folder (relative to the working folder) holds it in its place (round 18: `TF_DATA_DIR`).
   */
  inCwd?: string;
  /**
   * Checked only against what the same input writes before the call (`shell/written-config.ts`), never read on disk by
   * the gateway: a folder every such project holds, always the agent's (Terraform's `.terraform/providers`, D8 round 17).
   */
  writtenOnly?: boolean;
  /** `~` is the home of the user's passwd entry, not the session's HOME (ssh: ssh(1) FILES, getpwuid). */
  passwdHome?: boolean;
  /** A routing key that is no variable (`ssh -F`: the option's file in place of the defaults; `shell/tool-routing.ts`). */
  option?: string;
  /** The tool reads `FILE-<version>` in preference to a file a variable names (psql(1) FILES: `PSQLRC-16`). */
  versioned?: boolean;
}

/**
 * The entries of a tool's plugin folder (`program_folder`) that it runs: docker `docker-*`, git `git-*`; any entry for
 * another tool (a Helm plugin is a folder of any name holding its `plugin.yaml`).
 */
export const PROGRAM_FOLDER_PREFIX: Readonly<Record<string, string>> = { docker: 'docker-', git: 'git-' };

/** The routing key of a configuration file a git call includes itself (`git -c include.path=F`): no variable carries it. */
export const GIT_INCLUDE_ROUTE = 'git -c include.path';

/**
 * D8 round 20: routing keys that are no variable (`ssh -F`'s kind): the credential file a gcloud login stores
 * (`gcloud auth login --cred-file=F`, `auth activate-service-account --key-file=F`, `config set
 * auth/credential_file_override F`), and the lesskey files a less call names (`-k F`, `--lesskey-src=F`).
 */
export const GCLOUD_CRED_FILE_ROUTE = 'gcloud auth --cred-file';
export const LESS_KEY_FILE_ROUTE = 'less --lesskey-file';
export const LESS_KEY_SRC_ROUTE = 'less --lesskey-src';

/**
 * D8 round 21: routing keys that are no variable: bq's `--bigqueryrc=F` (its flags file in place of BIGQUERYRC and
 * `~/.bigqueryrc`), the credential files a bq call names on its line (`--application_default_credential_file`,
 * `--credential_file`, `--service_account_credential_file`), and the client-certificate file a `gcloud config set
 * context_aware/auto_discovery_file_path F` (or `certificate_config_file_path F`) makes every later call read.
 */
export const BQ_RC_ROUTE = 'bq --bigqueryrc';
export const BQ_CRED_FILE_ROUTE = 'bq --credential_file';
export const GCLOUD_MTLS_ROUTE = 'gcloud config set context_aware';

/** Tools and the configuration files they read on every call (data, not code). */
export const TOOL_CONFIG_FILES: ReadonlyArray<{ programs: readonly string[]; files: readonly ConfigFileSpec[] }> = [
  // client-go's loading rules (KUBECONFIG, else ~/.kube/config), shared by every Kubernetes client built on it
  { programs: ['kubectl', 'kubectl.exe', 'helm', 'oc', 'k9s', 'stern', 'flux', 'kubectx', 'kubens', 'kustomize', 'argocd', 'kubeadm', 'minikube', 'kind', 'istioctl', 'linkerd', 'velero'], files: [{ format: 'kubeconfig', variable: 'KUBECONFIG', list: true, defaults: ['~/.kube/config'] }] },
  // git-config(1) FILES: GIT_CONFIG_GLOBAL in place of both user files; the repository's own config is found from the working folder
  {
    programs: ['git'],
    files: [
      { format: 'gitconfig', variable: 'GIT_CONFIG_GLOBAL', defaults: ['~/.gitconfig', '$XDG_CONFIG_HOME/git/config'] },
      { format: 'gitconfig', variable: 'GIT_CONFIG_SYSTEM', defaults: [] },
      // D8 round 14: `git -c include.path=F` (or `includeIf.<cond>.path`) includes F for that call (checked with git 2.39)
      { format: 'gitconfig', option: GIT_INCLUDE_ROUTE, defaults: [] },
      // D8 round 14: `GIT_EXEC_PATH` (`git --exec-path=DIR`) is the folder git runs its `git-*` helpers from first
      // (`git-remote-https` on a fetch: checked with git 2.39); the compiled-in one is the operator's
      { format: 'program_folder', variable: 'GIT_EXEC_PATH', defaults: [] },
    ],
  },
  // ssh_config(5): the user's file (ssh finds home by its passwd entry; the session's HOME is the same in an install)
  // (round 14: docker runs `ssh` for an `ssh://` host or context, `-H`, DOCKER_HOST or a context of its files; ansible
  // reaches its hosts with ssh: their ssh configuration is read whatever the call says)
  { programs: ['ssh', 'scp', 'sftp', 'rsync', 'git', 'sshfs', 'autossh', 'docker', 'docker-compose', 'ansible', 'ansible-playbook', 'ansible-pull', 'ansible-console'], files: [{ format: 'ssh_config', option: 'ssh -F', defaults: ['~/.ssh/config'], passwdHome: true }] },
  // the AWS CLI and SDKs' shared config and credentials files (credential_process), for every tool on the default chain
  {
    programs: ['aws', 'terraform', 'tofu', 'terragrunt', 'eksctl', 'sam', 'cdk', 'pulumi', 'packer', 'aws-iam-authenticator'],
    files: [
      { format: 'aws', variable: 'AWS_CONFIG_FILE', defaults: ['~/.aws/config'] },
      { format: 'aws', variable: 'AWS_SHARED_CREDENTIALS_FILE', defaults: ['~/.aws/credentials'] },
    ],
  },
  // Terraform's CLI configuration: TF_CLI_CONFIG_FILE or ~/.terraformrc, and every `*.tfrc` (`.tfrc.json`) in
  // ~/.terraform.d; OpenTofu reads ~/.tofurc, else ~/.terraformrc (both are read: the union is what either may run), and
  // since 1.7 `$XDG_CONFIG_HOME/opentofu/tofurc` with the `*.tfrc` files of that folder
  {
    programs: ['terraform', 'tofu', 'terragrunt'],
    files: [
      { format: 'terraformrc', variable: 'TF_CLI_CONFIG_FILE', defaults: ['~/.terraformrc', '~/.tofurc', '$XDG_CONFIG_HOME/opentofu/tofurc'] },
      { format: 'terraformrc', defaults: ['~/.terraform.d/*.tfrc', '~/.terraform.d/*.tfrc.json', '$XDG_CONFIG_HOME/opentofu/*.tfrc', '$XDG_CONFIG_HOME/opentofu/*.tfrc.json'] },
    ],
  },
  // D8 round 17: Terraform's provider programs outside its CLI configuration (developer.hashicorp.com, CLI configuration,
  // "Implied Local Mirror Directories": `terraform.d/plugins` of the working folder, `~/.terraform.d/plugins`,
  // `$XDG_DATA_HOME/terraform/plugins` and the XDG data folders; macOS `~/Library/Application Support/io.terraform/plugins`;
  // OpenTofu's `opentofu` spelling): folders of programs terraform runs on `plan`, judged as plugin folders (one of the
  // agent's makes terraform its own; one not there holds nothing). The project's `.terraform/providers`, where `init`
  // installs every provider it runs, is the agent's in every project that ran `init`: judged only against what the same
  // input writes before the call (`writtenOnly`), not on disk (docs/threat-model.md, round 17: providers already on disk)
  {
    programs: ['terraform', 'tofu', 'terragrunt'],
    files: [
      { format: 'program_folder', defaults: ['~/.terraform.d/plugins', '$XDG_DATA_HOME/terraform/plugins', '$XDG_DATA_HOME/opentofu/plugins', '~/Library/Application Support/io.terraform/plugins', '/usr/local/share/terraform/plugins', '/usr/share/terraform/plugins'] },
      { format: 'program_folder', inCwd: 'terraform.d/plugins', defaults: [] },
      { format: 'program_folder', inCwd: '.terraform/providers', variable: 'TF_DATA_DIR', inFolder: 'providers', defaults: [], writtenOnly: true },
      // D8 round 18: TF_DATA_DIR moves `.terraform` (its `providers`, and 0.13's `plugins`), by prefix, export or session
      { format: 'program_folder', inCwd: '.terraform/plugins', variable: 'TF_DATA_DIR', inFolder: 'plugins', defaults: [], writtenOnly: true },
    ],
  },
  // D8 round 18: Google's application default credentials (cloud.google.com, "How Application Default Credentials works":
  // GOOGLE_APPLICATION_CREDENTIALS, else `application_default_credentials.json` in gcloud's configuration folder,
  // CLOUDSDK_CONFIG or `~/.config/gcloud`), read by the client libraries of the tools that reach Google Cloud: an external
  // account's `credential_source.executable.command` is a program they run (with GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES=1,
  // which the agent may set as well: judged whatever it says)
  { programs: ['terraform', 'tofu', 'terragrunt', 'pulumi', 'packer'], files: [{ format: 'google_credentials', variable: 'GOOGLE_APPLICATION_CREDENTIALS', defaults: ['$CLOUDSDK_CONFIG/application_default_credentials.json'] }] },
  // D8 round 19: the Google Cloud CLI's own credentials (cloud.google.com, "Authenticate for the gcloud CLI": a credential
  // file named by the `auth/credential_file_override` property, or CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE, in place of
  // the stored login; the login `gcloud auth login` stores in gcloud's configuration folder), read by gcloud and by the
  // gsutil and bq it ships: a credential file may be an external account whose executable source the CLI runs. The
  // configurations (`configurations/config_<name>`, INI) are read as the agent's user, their override followed; the
  // stored login (`credentials.db`, `access_tokens.db`, SQLite, and the `legacy_credentials` folder) is the agent's in
  // every install and not text: judged only against what the same input writes before the call
  {
    programs: ['gcloud', 'gsutil', 'bq'],
    files: [
      { format: 'google_credentials', variable: 'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', defaults: [] },
      { format: 'gcloud_config', defaults: ['$CLOUDSDK_CONFIG/configurations/config_*'] },
      { format: 'credential_store', defaults: ['$CLOUDSDK_CONFIG/credentials.db', '$CLOUDSDK_CONFIG/access_tokens.db', '$CLOUDSDK_CONFIG/legacy_credentials'], writtenOnly: true },
      // D8 round 20: the credential file a login call copies into the store above (cloud.google.com, `gcloud auth login`:
      // `--cred-file`, an external account or a service account key; `auth activate-service-account --key-file`), judged
      // at that call as the override is: an external account's executable source stored there runs on every later call
      { format: 'google_credentials', option: GCLOUD_CRED_FILE_ROUTE, defaults: [] },
    ],
  },
  // D8 round 21: client certificates (mTLS) of the Google Cloud CLI (googlecloudsdk `core/context_aware.py`): with
  // `context_aware/use_client_certificate` (a property the agent may set, judged whatever it says) gcloud reads the
  // enterprise certificate configuration (the property `certificate_config_file_path`, else
  // `$CLOUDSDK_CONFIG/certificate_config.json`), whose `libs` name the ECP program it runs and libraries it loads, else the
  // context-aware metadata (`auto_discovery_file_path`, else `~/.secureConnect/context_aware_metadata.json`), whose
  // `cert_provider_command` it runs (google-auth `transport/_mtls_helper.py`); bq (`--mtls`) and gsutil share them
  {
    programs: ['gcloud', 'gsutil', 'bq'],
    files: [
      { format: 'mtls_config', variable: 'CLOUDSDK_CONTEXT_AWARE_CERTIFICATE_CONFIG_FILE_PATH', defaults: ['$CLOUDSDK_CONFIG/certificate_config.json'] },
      { format: 'mtls_config', variable: 'CLOUDSDK_CONTEXT_AWARE_AUTO_DISCOVERY_FILE_PATH', defaults: ['~/.secureConnect/context_aware_metadata.json'] },
      { format: 'mtls_config', option: GCLOUD_MTLS_ROUTE, defaults: [] },
    ],
  },
  // D8 round 21: Google's client libraries read the same two files (google-auth `_mtls_helper.py`: GOOGLE_API_CERTIFICATE_CONFIG,
  // else `~/.config/gcloud/certificate_config.json`; the Go clients of Terraform's provider likewise, with
  // GOOGLE_API_USE_CLIENT_CERTIFICATE, which the agent may set), as the application default credentials above are
  {
    programs: ['gcloud', 'gsutil', 'bq', 'terraform', 'tofu', 'terragrunt', 'pulumi', 'packer'],
    files: [
      { format: 'mtls_config', variable: 'GOOGLE_API_CERTIFICATE_CONFIG', defaults: ['~/.config/gcloud/certificate_config.json'] },
      { format: 'mtls_config', defaults: ['~/.secureConnect/context_aware_metadata.json'] },
    ],
  },
  // D8 round 21: bq's flags file (platform/bq `bq_utils.py` GetBigqueryRcFilename: `--bigqueryrc` given, else BIGQUERYRC,
  // else `~/.bigqueryrc`; `flag = value` lines, global then `[command]` sections), whose credential flags name Google
  // credential files bq loads (an external account's executable source runs), and bq's own credential cache
  // (`~/.bigquery.v2.token`, `credential_file`'s default, serialised credentials of the same kinds), read as one; the
  // credential files a bq call names on its line likewise
  {
    programs: ['bq'],
    files: [
      { format: 'bigqueryrc', option: BQ_RC_ROUTE, variable: 'BIGQUERYRC', defaults: ['~/.bigqueryrc'] },
      { format: 'google_credentials', defaults: ['~/.bigquery.v2.token'] },
      { format: 'google_credentials', option: BQ_CRED_FILE_ROUTE, defaults: [] },
    ],
  },
  // D8 round 20: gsutil's boto configuration (cloud.google.com, "Boto configuration file": `~/.boto`, BOTO_CONFIG in its
  // place, or BOTO_PATH, a `:` list of files loaded in order; boto's own reader adds `/etc/boto.cfg`): configparser INI
  // whose plugin folder, certificate command, STET binary and external account files gsutil runs or reads
  {
    programs: ['gsutil'],
    files: [
      { format: 'boto', variable: 'BOTO_CONFIG', defaults: ['/etc/boto.cfg', '~/.boto'] },
      { format: 'boto', variable: 'BOTO_PATH', list: true, defaults: [] },
    ],
  },
  // D8 round 17: the Azure CLI's extensions (learn.microsoft.com, "Use and manage extensions with the Azure CLI": `az
  // extension add` installs them in `~/.azure/cliextensions`), Python packages the CLI imports on every call: a folder of
  // code. (`AZURE_EXTENSION_DIR`, `AZURE_CONFIG_DIR` that move it are not sent yet: docs/threat-model.md, round 17)
  // (round 18: AZURE_EXTENSION_DIR names the folder, AZURE_CONFIG_DIR moves `~/.azure`; both hook clients send them)
  { programs: ['az'], files: [{ format: 'program_folder', variable: 'AZURE_EXTENSION_DIR', defaults: ['$AZURE_CONFIG_DIR/cliextensions'] }] },
  // D8 round 14: Helm's plugins (helm.sh "The Helm Plugins Guide": they live in $HELM_PLUGINS, by default
  // `$XDG_DATA_HOME/helm/plugins`); helm loads every plugin's `plugin.yaml` to offer its command and runs the command,
  // hooks and downloaders it names: a folder of programs
  // (round 16: the default is `$HELM_DATA_HOME/plugins`, HELM_DATA_HOME by default `$XDG_DATA_HOME/helm` (helm's
  // helmpath, `lazypath.dataPath`); macOS's default data folder is `~/Library/helm`, read too: a folder not there holds nothing)
  { programs: ['helm'], files: [{ format: 'program_folder', variable: 'HELM_PLUGINS', list: true, defaults: ['$HELM_DATA_HOME/plugins', '~/Library/helm/plugins'] }] },
  // the Docker CLI's config.json in DOCKER_CONFIG, else ~/.docker
  { programs: ['docker', 'docker-compose'], files: [{ format: 'docker', variable: 'DOCKER_CONFIG', inFolder: 'config.json', defaults: ['~/.docker/config.json'] }] },
  // D8 round 14: the Docker CLI's plugin folders (docker/cli `cli-plugins/manager`: the config folder's `cli-plugins`
  // first, then `cliPluginsExtraDirs`, then the system folders), from which `docker compose`, `docker buildx` and the
  // CLI's plugin hooks run `docker-*` programs: folders of programs, not files to read (`program_folder`)
  {
    programs: ['docker'],
    files: [
      { format: 'program_folder', variable: 'DOCKER_CONFIG', inFolder: 'cli-plugins', defaults: ['~/.docker/cli-plugins'] },
      { format: 'program_folder', defaults: ['/usr/local/lib/docker/cli-plugins', '/usr/local/libexec/docker/cli-plugins', '/usr/lib/docker/cli-plugins', '/usr/libexec/docker/cli-plugins'] },
    ],
  },
  // psql(1) FILES: the system-wide psqlrc in PGSYSCONFDIR (root's by default), then PSQLRC or ~/.psqlrc and its
  // version-specific `~/.psqlrc-16` (read in its place when present: all are read)
  {
    programs: ['psql'],
    files: [
      { format: 'psqlrc', variable: 'PGSYSCONFDIR', inFolder: 'psqlrc', defaults: [], versioned: true },
      { format: 'psqlrc', variable: 'PSQLRC', defaults: ['~/.psqlrc', '~/.psqlrc-*'], versioned: true },
    ],
  },
  // npm config: the project's `.npmrc` (every folder from the working folder up: npm's project root is one of them),
  // the user's (NPM_CONFIG_USERCONFIG or ~/.npmrc), and a global file named by NPM_CONFIG_GLOBALCONFIG (the default,
  // in npm's own prefix, is as much the agent's as npm's program is, judged as a PATH program)
  {
    programs: ['npm', 'npx', 'pnpm', 'pnpx', 'yarn'],
    files: [
      { format: 'npmrc', upFromCwd: '.npmrc', defaults: [] },
      { format: 'npmrc', variable: 'NPM_CONFIG_USERCONFIG', defaults: ['~/.npmrc'] },
      { format: 'npmrc', variable: 'NPM_CONFIG_GLOBALCONFIG', defaults: [] },
      // npm takes its variables in either case and sets the lower-case ones for every script it runs: both are read
      { format: 'npmrc', variable: 'npm_config_userconfig', defaults: [] },
      { format: 'npmrc', variable: 'npm_config_globalconfig', defaults: [] },
    ],
  },
  // D8 round 18: files that make a package manager run code, judged against what the same input writes before the call
  // (`writtenOnly`: the project's are the agent's in every project, as its package.json scripts are): pnpm's
  // `.pnpmfile.cjs` (hooks it loads on install, from the project's root), npm's `~/.npm-init.js` (run by `npm init`)
  { programs: ['pnpm', 'pnpx'], files: [{ format: 'code_file', upFromCwd: '.pnpmfile.cjs', defaults: [], writtenOnly: true }] },
  { programs: ['npm', 'npx'], files: [{ format: 'code_file', defaults: ['~/.npm-init.js'], writtenOnly: true }] },
  // D8 round 18: yarn's own files (classic: `.yarnrc` of the working folder and each above it, and `~/.yarnrc`; Berry:
  // `.yarnrc.yml` likewise): `yarn-path`/`yarnPath` is a JavaScript file yarn runs in place of itself on every call,
  // `plugins` code it loads. The user's files are read as the agent's user (one of its own with either makes yarn its
  // own); the project's only against the input's writes, as above (a committed `yarnPath` is every Berry project's)
  {
    programs: ['yarn'],
    files: [
      { format: 'yarnrc', upFromCwd: '.yarnrc', defaults: [], writtenOnly: true },
      { format: 'yarnrc', upFromCwd: '.yarnrc.yml', defaults: [], writtenOnly: true },
      { format: 'yarnrc', defaults: ['~/.yarnrc', '~/.yarnrc.yml'] },
    ],
  },
  // D8 round 18: less's lesskey source (lesskey(1): LESSKEYIN, else `$XDG_CONFIG_HOME/lesskey`, `~/.config/lesskey`,
  // `~/.lesskey`; all read here), whose `#env` section may set LESSOPEN, a command less runs on every file it opens
  // (round 19, less(1) KEY BINDINGS: the compiled file lesskey(1) wrote, which less 582 and later still read when no source
  // is found and earlier ones read alone: LESSKEY, else `$XDG_CONFIG_HOME/less`, `~/.config/less`, `~/.less`; and the
  // system-wide files, whose variables LESSKEYIN_SYSTEM and LESSKEY_SYSTEM an agent may set to a file of its own)
  {
    programs: ['less'],
    files: [
      { format: 'lesskey', variable: 'LESSKEYIN', defaults: ['$XDG_CONFIG_HOME/lesskey', '~/.config/lesskey', '~/.lesskey'] },
      { format: 'lesskey_compiled', variable: 'LESSKEY', defaults: ['$XDG_CONFIG_HOME/less', '~/.config/less', '~/.less'] },
      { format: 'lesskey', variable: 'LESSKEYIN_SYSTEM', defaults: [] },
      { format: 'lesskey_compiled', variable: 'LESSKEY_SYSTEM', defaults: [] },
      // round 20, less(1) OPTIONS: `-k F`/`--lesskey-file=F` (compiled) and `--lesskey-src=F` (source) on the call, read as
      // well as the files above
      { format: 'lesskey_compiled', option: LESS_KEY_FILE_ROUTE, defaults: [] },
      { format: 'lesskey', option: LESS_KEY_SRC_ROUTE, defaults: [] },
    ],
  },
];

/**
 * The variables a default is spelled with (`$XDG_CONFIG_HOME/git/config`), each with its own default when it is unset
 * or empty (XDG Base Directory: `~/.config`, `~/.local/share`; helm's helmpath: HELM_DATA_HOME, else
 * `$XDG_DATA_HOME/helm`). A routing variable each: the session's is sent with a decision, the input's is followed.
 */
export const DEFAULT_FOLDER_VARIABLES: Readonly<Record<string, string>> = { XDG_CONFIG_HOME: '~/.config', XDG_DATA_HOME: '~/.local/share', HELM_DATA_HOME: '$XDG_DATA_HOME/helm', CLOUDSDK_CONFIG: '~/.config/gcloud', AZURE_CONFIG_DIR: '~/.azure' };

/** A default with its variables replaced by their values, or their own defaults (`$HELM_DATA_HOME/plugins`). */
function spellDefault(d: string, env: Readonly<Record<string, string>>): string {
  let spelled = d;
  for (let i = 0; i < 4; i++) {
    const m = /^\$([A-Z_]+)(\/.*)?$/.exec(spelled);
    const fallback = m ? DEFAULT_FOLDER_VARIABLES[m[1]!] : undefined;
    if (!m || fallback === undefined) break;
    spelled = `${env[m[1]!] || fallback}${m[2] ?? ''}`;
  }
  return spelled;
}

/** Folders above the working folder searched for a project's file (npm's `.npmrc`). */
const MAX_UP = 32;

/** One file a program reads: an absolute path, its format, and how the session reached it (for the message). */
export interface ConfigFile {
  path: string;
  format: ConfigFormat;
  /** `KUBECONFIG`, or the default's spelling (`~/.kube/config`). */
  via: string;
}

/** `~/x` from `home`; null when it needs a home that is not known, or is not absolute after that. */
export function expandHome(path: string, home: string | undefined): string | null {
  const p = path === '~' || path.startsWith('~/') ? (home === undefined ? null : `${home}${path.slice(1)}`) : path;
  return p !== null && p.startsWith('/') ? p : null;
}

/**
 * The configuration files `program` (a base name) reads, for the session's variables and home. A file that needs a
 * home that is not known is returned with `path` null (the caller fails closed). The repository's `.git/config` is
 * not here: finding it needs the filesystem (the gateway walks up from the working folder).
 */
export function configFilesOf(program: string, env: Readonly<Record<string, string>>, homes: string | undefined | ConfigHomes, cwd?: string): Array<{ path: string | null; format: ConfigFormat; via: string; writtenOnly?: true }> {
  const out: Array<{ path: string | null; format: ConfigFormat; via: string; writtenOnly?: true }> = [];
  for (const tool of TOOL_CONFIG_FILES) {
    if (!tool.programs.includes(program)) continue;
    for (const spec of tool.files) {
      const home = homeFor(spec, homes);
      const only = spec.writtenOnly ? { writtenOnly: true as const } : {};
      if (spec.inCwd !== undefined) {
        const moved = spec.variable !== undefined && spec.inFolder !== undefined ? env[spec.variable] : undefined;
        // D8 round 18: `TF_DATA_DIR=d` (relative to the working folder) in place of `.terraform`
        if (moved !== undefined && moved !== '') {
          const dir = moved.startsWith('/') || moved.startsWith('~') ? expandHome(moved, home) : cwd !== undefined && cwd.startsWith('/') ? `${cwd.replace(/\/+$/, '')}/${moved}` : null;
          out.push({ path: dir === null ? null : `${dir.replace(/\/+$/, '')}/${spec.inFolder}`, format: spec.format, via: `${spec.variable}=${moved}`, ...only });
        } else if (cwd !== undefined && cwd.startsWith('/')) out.push({ path: `${cwd.replace(/\/+$/, '')}/${spec.inCwd}`, format: spec.format, via: `./${spec.inCwd}`, ...only });
        continue;
      }
      if (spec.upFromCwd !== undefined) {
        out.push(...foldersUp(cwd).map((d) => ({ path: `${d === '/' ? '' : d}/${spec.upFromCwd}`, format: spec.format, via: 'the project\'s', ...only })));
        continue;
      }
      const by = spec.option !== undefined && env[spec.option] !== undefined ? spec.option : spec.variable;
      const named = by !== undefined ? env[by] : undefined;
      if (named !== undefined && named !== '') {
        for (const p of spec.list ? named.split(':').filter((e) => e !== '') : [named]) {
          if (p === '/dev/null') continue;
          const path = expandHome(p, home);
          const file = path !== null && spec.inFolder !== undefined ? `${path.replace(/\/+$/, '')}/${spec.inFolder}` : path;
          const via = by === spec.option ? `${by} ${p}` : `${by}=${p}`;
          out.push({ path: file, format: spec.format, via, ...only });
          // SECURITY (D8): psql adds the version suffix after taking the path from the variable (`PSQLRC=./rc` reads `./rc-16`)
          if (spec.versioned && file !== null) out.push({ path: `${file}-*`, format: spec.format, via });
        }
        continue;
      }
      for (const d of spec.defaults) {
        const spelled = spellDefault(d, env);
        out.push({ path: expandHome(spelled, home), format: spec.format, via: spelled, ...only });
      }
    }
  }
  return out;
}

/**
 * The session's home (HOME) and, where the agent's Unix user is known, its passwd entry's (`user`: undefined when not
 * known here, null when it cannot be found).
 */
export interface ConfigHomes {
  session: string | undefined;
  user?: string | null | undefined;
}

function homeFor(spec: ConfigFileSpec, homes: string | undefined | ConfigHomes): string | undefined {
  if (typeof homes !== 'object') return homes;
  return spec.passwdHome && homes.user !== undefined ? (homes.user ?? undefined) : homes.session;
}

/** The working folder and the folders above it (none when it is not known or not absolute). */
function foldersUp(cwd: string | undefined): string[] {
  if (cwd === undefined || !cwd.startsWith('/')) return [];
  const out: string[] = [];
  for (let dir = cwd.replace(/\/+$/, '') || '/'; out.length < MAX_UP; dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
    out.push(dir);
    if (dir === '/') break;
  }
  return out;
}

const READERS: Record<ConfigFormat, (text: string) => ConfigReading> = {
  kubeconfig: readKubeconfig,
  gitconfig: readGitConfig,
  ssh_config: readSshConfig,
  aws: readAwsConfig,
  terraformrc: readTerraformConfig,
  docker: readDockerConfig,
  psqlrc: readPsqlrc,
  npmrc: readNpmrc,
  lesskey: readLesskey,
  lesskey_compiled: readCompiledLesskey,
  yarnrc: readYarnrc,
  google_credentials: readGoogleCredentials,
  gcloud_config: readGcloudConfig,
  boto: readBotoConfig,
  bigqueryrc: readBigqueryrc,
  mtls_config: readMtlsConfig,
  // a store of logins (SQLite, a folder of credential files) is judged against the input's writes only, never read
  credential_store: () => ({ ok: false, message: 'a credential store is not a file to read' }),
  // a file of code the tool runs is judged as a file (who can change it, what the input writes), never read
  code_file: () => ({ ok: false, message: 'a file of code is not a configuration to read' }),
  // a folder of programs is judged as a folder (who can change it), never read
  program_folder: () => ({ ok: false, message: 'a folder of programs is not a file to read' }),
};

/** Settings one file may hold before it is refused as built to stall the gate. */
const MAX_SETTINGS = 512;

export function readConfig(format: ConfigFormat, text: string): ConfigReading {
  try {
    const r = READERS[format](text);
    if (r.ok && r.settings.length + r.includes.length > MAX_SETTINGS) return { ok: false, message: `it holds more than ${MAX_SETTINGS} settings that run programs or include files` };
    return r;
  } catch (err) {
    // SECURITY (D8): text that cannot be read as its format counts as running an unknown program.
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// kubeconfig (client-go clientcmd v1: users[].user.exec, users[].user.auth-provider)

function readKubeconfig(text: string): ConfigReading {
  // client-go's YAML (go-yaml v2) reads `<<` merge keys: a user may take its `exec` from an anchor elsewhere in the file
  const doc = yaml().parseDocument(text, { uniqueKeys: true, merge: true });
  if (doc.errors.length > 0) return { ok: false, message: `it is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})` };
  const root: unknown = doc.toJS({ maxAliasCount: 100 });
  if (root === null || root === undefined) return { ok: true, settings: [], includes: [] };
  if (!isObject(root)) return { ok: false, message: 'it is not a kubeconfig (a YAML mapping)' };
  const users = root['users'];
  if (users === undefined || users === null) return { ok: true, settings: [], includes: [] };
  if (!Array.isArray(users)) return { ok: false, message: '`users` is not a list' };
  const settings: ConfigSetting[] = [];
  for (const u of users) {
    if (!isObject(u)) return { ok: false, message: 'an entry of `users` is not a mapping' };
    const name = typeof u['name'] === 'string' ? u['name'] : '?';
    const user = u['user'];
    if (user === undefined || user === null) continue;
    if (!isObject(user)) return { ok: false, message: `\`users[${name}].user\` is not a mapping` };
    const exec = user['exec'];
    if (exec !== undefined && exec !== null) {
      if (!isObject(exec) || typeof exec['command'] !== 'string') return { ok: false, message: `\`users[${name}].user.exec\` has no \`command\`` };
      const args = exec['args'] ?? [];
      const env = exec['env'] ?? [];
      if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) return { ok: false, message: `\`users[${name}].user.exec.args\` is not a list of strings` };
      if (!Array.isArray(env) || !env.every((e) => isObject(e) && typeof e['name'] === 'string')) return { ok: false, message: `\`users[${name}].user.exec.env\` is not a list of names and values` };
      settings.push({ key: `users[${name}].user.exec`, run: { kind: 'argv', argv: [exec['command'], ...(args as string[])], env: (env as Array<Record<string, unknown>>).map((e) => e['name'] as string) } });
    }
    const provider = user['auth-provider'];
    if (isObject(provider) && isObject(provider['config']) && provider['config']['cmd-path'] !== undefined) {
      // the legacy gcp provider runs `cmd-path` with `cmd-args` (removed from kubectl 1.26; other clients still read it)
      settings.push({ key: `users[${name}].user.auth-provider.config.cmd-path`, run: { kind: 'code', why: 'a legacy auth provider\'s command, which is no known credential plugin' } });
    }
  }
  return { ok: true, settings, includes: [] };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Credential plugins (client-go exec) by the shape of their command line, as their own documentation writes them in a
 * kubeconfig: the program's base name, the subcommand words it starts with (after `before` options, the AWS CLI's
 * global ones), the options it may take (each with a value, `--x=v` or `--x v`, or a flag) and how many plain words.
 */
interface PluginShape {
  program: string;
  before?: readonly string[];
  leading: readonly string[];
  options: readonly string[];
  flags?: readonly string[];
  positionals?: number;
}
const CREDENTIAL_PLUGINS: readonly PluginShape[] = [
  // Amazon EKS user guide, "Create kubeconfig": `aws eks get-token --cluster-name NAME [--region R] [--role-arn ARN]`
  { program: 'aws', before: ['--region', '--profile', '--output'], leading: ['eks', 'get-token'], options: ['--cluster-name', '--cluster-id', '--region', '--role-arn', '--output', '--profile'] },
  { program: 'aws-iam-authenticator', leading: ['token'], options: ['-i', '--cluster-id', '-r', '--role', '--region', '--session-name', '--partition'], flags: ['--forward-session-name'] },
  // GKE: the kubeconfig `gcloud container clusters get-credentials` writes
  { program: 'gke-gcloud-auth-plugin', leading: [], options: [], flags: ['--use_application_default_credentials'] },
  // AKS: Azure kubelogin's `get-token`
  { program: 'kubelogin', leading: ['get-token'], options: ['--login', '-l', '--server-id', '--client-id', '--tenant-id', '--environment', '-e', '--pop-enabled', '--pop-claims', '--authority-host'], flags: ['--legacy', '--use-azurerm-env-vars'] },
  // DigitalOcean: `doctl kubernetes cluster kubeconfig save` writes `exec-credential --version=v1beta1 --context=NAME CLUSTER_ID`
  { program: 'doctl', leading: ['kubernetes', 'cluster', 'kubeconfig', 'exec-credential'], options: ['--version', '--context'], positionals: 1 },
  // OCI: `oci ce cluster create-kubeconfig` writes `ce cluster generate-token --cluster-id ID --region R`
  { program: 'oci', leading: ['ce', 'cluster', 'generate-token'], options: ['--cluster-id', '--region', '--profile', '--auth'] },
];

/** Variables an exec plugin may be given (its profile and region); any other (PATH, LD_PRELOAD, a config file) is not judged. */
const PLUGIN_ENV = new Set(['AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_STS_REGIONAL_ENDPOINTS', 'USE_GKE_GCLOUD_AUTH_PLUGIN', 'AAD_LOGIN_METHOD', 'OCI_CLI_PROFILE']);

/** Whether `argv` (program first) matches a credential plugin's shape; the program itself is judged by the caller. */
export function knownCredentialPlugin(argv: readonly string[]): boolean {
  const name = programBaseName(argv[0] ?? '');
  return CREDENTIAL_PLUGINS.some((shape) => shape.program === name && matchesShape(shape, argv.slice(1)));
}

function matchesShape(shape: PluginShape, args: readonly string[]): boolean {
  let i = 0;
  const takeOption = (allowed: readonly string[]): boolean => {
    const w = args[i]!;
    const eq = w.indexOf('=');
    const name = eq > 0 ? w.slice(0, eq) : w;
    if (!allowed.includes(name)) return false;
    if (eq > 0) i += 1;
    else {
      if (i + 1 >= args.length || args[i + 1]!.startsWith('-')) return false;
      i += 2;
    }
    return true;
  };
  while (i < args.length && shape.before && args[i]!.startsWith('-')) if (!takeOption(shape.before)) return false;
  for (const word of shape.leading) if (args[i++] !== word) return false;
  let plain = 0;
  while (i < args.length) {
    const w = args[i]!;
    if (shape.flags?.includes(w)) i++;
    else if (w.startsWith('-')) {
      if (!takeOption(shape.options)) return false;
    } else {
      if (++plain > (shape.positionals ?? 0) || !/^[A-Za-z0-9._:-]+$/.test(w)) return false;
      i++;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// git config (git-config(1) CONFIGURATION FILE: sections, subsections, quoting, escapes, continuation lines)

function readGitConfig(text: string): ConfigReading {
  const settings: ConfigSetting[] = [];
  const includes: string[] = [];
  let section: string | null = null;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!.replace(/\r$/, '');
    let rest = line.trimStart();
    if (rest === '' || rest.startsWith('#') || rest.startsWith(';')) continue;
    if (rest.startsWith('[')) {
      const header = /^\[\s*([A-Za-z0-9.-]+)\s*(?:"((?:[^"\\\n]|\\.)*)")?\s*\]\s*(.*)$/.exec(rest);
      if (!header) throw new Error(`line ${n + 1} is not a section header git reads`);
      const sub = header[2] === undefined ? null : header[2].replace(/\\(.)/g, '$1');
      const [name, ...dotted] = header[1]!.split('.');
      // `[section.sub]` (deprecated) is a lower-cased subsection
      section = sub !== null ? `${name!.toLowerCase()}.${sub}` : dotted.length > 0 ? `${name!.toLowerCase()}.${dotted.join('.').toLowerCase()}` : name!.toLowerCase();
      rest = header[3]!.trim();
      if (rest === '' || rest.startsWith('#') || rest.startsWith(';')) continue;
      line = rest;
    }
    const kv = /^\s*([A-Za-z][A-Za-z0-9-]*)\s*(=?)(.*)$/.exec(line);
    if (!kv) throw new Error(`line ${n + 1} is not a setting git reads`);
    if (section === null) throw new Error(`line ${n + 1} sets a key outside any section`);
    let raw = kv[3]!;
    // A value may go on over lines ending in a backslash outside a comment (git stops reading escapes in a comment,
    // so `x = vi # \` ends there and the next line is a setting of its own).
    while (kv[2] === '=' && continuesLine(raw) && n + 1 < lines.length) raw = raw.slice(0, -1) + lines[++n]!.replace(/\r$/, '');
    const value = kv[2] === '=' ? gitValue(raw, n + 1) : 'true';
    const key = `${section}.${kv[1]!.toLowerCase()}`;
    if (/^(include|includeif\..+)\.path$/i.test(key)) {
      includes.push(value);
      continue;
    }
    // SECURITY (D8): an alias without `!` runs git with its words (git-config(1) alias.*: options for git itself such as
    // `-c`, then a subcommand), and `git NAME` is decided as an unknown read: only read-only expansions pass.
    if (/^alias\./.test(key) && !value.trimStart().startsWith('!')) {
      if (!readOnlyAlias(value)) settings.push({ key, run: { kind: 'code', why: `makes \`git ${key.slice('alias.'.length)}\` run \`git ${value.trim()}\`, which is no read-only git command` } });
      continue;
    }
    const ext = extRemoteCommand(key, value);
    if (ext !== null) {
      settings.push({ key, run: { kind: 'line', line: 'shell', text: ext } });
      continue;
    }
    const m = GIT_COMMAND_SETTING.exec(`${key}=${value}`);
    if (!m) continue;
    // As the classifier reads `git -c`: a boolean switches a built-in on or off; a helper name without `!` or a
    // path runs git's own `git credential-NAME`.
    if (/^(true|false|yes|no|on|off|1|0|)$/i.test(value.trim())) continue;
    if (/^credential\./i.test(key) && !/^\s*[!/~]/.test(value)) continue;
    settings.push({ key, run: { kind: 'line', line: /^core\.sshcommand$/i.test(key) ? 'ssh' : /^(core\.pager|pager\.)/i.test(key) ? 'pager' : 'shell', text: value.replace(/^\s*!/, '') } });
  }
  return { ok: true, settings, includes };
}

/**
 * The command an `ext::` remote runs (git-remote-ext(1)): a remote's `url`/`pushurl`, or a `url.<ext::…>.insteadOf`
 * rewriting other URLs to it (the command is then the section's name). Judged whatever `protocol.ext.allow` says: that
 * switch is as much the agent's to set (in this file, `GIT_ALLOW_PROTOCOL`, `-c`).
 */
function extRemoteCommand(key: string, value: string): string | null {
  if (/^remote\..+\.(url|pushurl)$/.test(key) && /^\s*ext::/i.test(value)) return value.trim().slice('ext::'.length);
  const rewrite = /^url\.ext::(.*)\.(push)?insteadof$/is.exec(key);
  return rewrite ? rewrite[1]! : null;
}

/** Subcommands a git alias may expand to and stay a read (with options that do not write a file, page or run a program). */
const READ_ALIAS = /^(status|log|diff|show|shortlog|describe|blame|ls-files|ls-tree|rev-parse|rev-list|cat-file|show-ref|whatchanged)$/;

function readOnlyAlias(value: string): boolean {
  // git splits an alias with its own quoting (split_cmdline): quotes and escapes are not read here
  if (/["'\\]/.test(value)) return false;
  const words = value.trim().split(/\s+/);
  return READ_ALIAS.test(words[0] ?? '') && !words.some((w) => /^(-O|--output|--open-files-in-pager|--ext-diff|--exec)/.test(w));
}

/** Whether a value's line ends in a backslash that git reads as going on to the next line (not one inside a comment). */
function continuesLine(raw: string): boolean {
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\') {
      if (i === raw.length - 1) return true;
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '#' || c === ';')) return false;
  }
  return false;
}

/** A value as git reads it: quotes joined, `\"`, `\\`, `\n`, `\t`, `\b` escapes, a comment ends it outside quotes. */
function gitValue(raw: string, line: number): string {
  let out = '';
  let quoted = false;
  let pendingSpace = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (!quoted && (c === '#' || c === ';')) break;
    if (c === '"') {
      quoted = !quoted;
      out += pendingSpace;
      pendingSpace = '';
      continue;
    }
    if (c === '\\') {
      const e = raw[++i];
      const map: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t', b: '\b' };
      if (e === undefined || map[e] === undefined) throw new Error(`line ${line} has an escape git does not read`);
      out += pendingSpace + map[e];
      pendingSpace = '';
      continue;
    }
    if (!quoted && (c === ' ' || c === '\t')) {
      if (out !== '') pendingSpace += ' ';
      continue;
    }
    out += pendingSpace + c;
    pendingSpace = '';
  }
  if (quoted) throw new Error(`line ${line} leaves a quote open`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// ssh_config (ssh_config(5): `Keyword arguments` or `Keyword=arguments`, `#` comments, double quotes)

/** Keywords whose argument is a command run through the user's shell, and libraries loaded into ssh. */
// XAuthLocation: the xauth program ssh runs (through the shell) for X11 forwarding
const SSH_COMMANDS = new Set(['proxycommand', 'localcommand', 'knownhostscommand', 'xauthlocation']);
const SSH_LIBRARIES = new Set(['pkcs11provider', 'securitykeyprovider']);

function readSshConfig(text: string): ConfigReading {
  const settings: ConfigSetting[] = [];
  const includes: string[] = [];
  let host = '';
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+)(.*)$/.exec(line);
    if (!m) throw new Error(`line ${n + 1} is not \`Keyword arguments\``);
    const keyword = m[1]!.toLowerCase();
    const args = m[2]!;
    if (keyword === 'host' || keyword === 'match') host = `${m[1]} ${args} `;
    if (SSH_COMMANDS.has(keyword)) {
      // ssh runs the rest of the line with `exec` in the user's shell (ssh_config(5) ProxyCommand); `none` turns it off
      if (!/^none$/i.test(args.trim())) settings.push({ key: `${host}${m[1]}`, run: { kind: 'line', line: 'shell', text: args } });
    } else if (SSH_LIBRARIES.has(keyword)) {
      const words = sshWords(args, n + 1);
      if (words[0] !== undefined && !/^(none|internal)$/i.test(words[0])) settings.push({ key: `${host}${m[1]}`, run: { kind: 'library', path: words[0] } });
    } else if (keyword === 'include') {
      includes.push(...sshWords(args, n + 1));
    } else if (keyword === 'match') {
      const words = sshWords(args, n + 1);
      words.forEach((w, i) => {
        if (/^!?exec$/i.test(w)) {
          const cmd = words[i + 1];
          if (cmd === undefined) throw new Error(`line ${n + 1} has \`exec\` with no command`);
          settings.push({ key: `Match exec`, run: { kind: 'line', line: 'shell', text: cmd } });
        }
      });
    }
  }
  return { ok: true, settings, includes };
}

/** ssh_config's argument words: spaces separate, double quotes group (an open quote is an error, as in ssh). */
function sshWords(args: string, line: number): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  if ((args.match(/"/g)?.length ?? 0) % 2 !== 0) throw new Error(`line ${line} leaves a quote open`);
  while ((m = re.exec(args)) !== null) words.push(m[1] ?? m[2]!);
  return words;
}

// ---------------------------------------------------------------------------------------------------------------
// AWS shared config and credentials (INI as botocore reads it: Python's configparser, `[section]`, `key = value` or
// `key: value`, an indented line continuing the option above it)

function readAwsConfig(text: string): ConfigReading {
  const settings: ConfigSetting[] = [];
  for (const { section, key, value } of configparserOptions(text)) {
    if (value === '') continue;
    if (key === 'credential_process') settings.push({ key: `[${section}] credential_process`, run: { kind: 'line', line: 'shell', text: value } });
    // AWS CLI v1 plugins are Python modules it imports on every call (aws configure set plugins.NAME MODULE)
    else if (section === 'plugins') settings.push({ key: `[plugins] ${key}`, run: { kind: 'code', why: 'an AWS CLI plugin, a Python module the CLI imports on every call' } });
  }
  return { ok: true, settings, includes: [] };
}

// ---------------------------------------------------------------------------------------------------------------

/** How one setting is judged: unsafe with why, or safe once the program it runs passes the filesystem's judge. */
export type SettingJudgement = { safe: false; why: string } | { safe: true; program: string; kind: 'program' | 'file' };

/**
 * Judges what a setting runs, as session variables' values are judged (core's `commandLineWords`): a shell snippet, a
 * program that runs its arguments, an option that loads code, a path relative to the working folder is not safe;
 * otherwise the program (a bare name, found on the session's PATH, or a path) is for the filesystem to judge. A
 * kubeconfig's exec plugin must also match a known credential plugin's shape, and set no variable but its profile.
 * `dir` is the configuration file's folder (client-go runs a relative plugin path from there).
 */
export function judgeSetting(setting: ConfigSetting, dir: string, home: string | undefined): SettingJudgement {
  const run = setting.run;
  switch (run.kind) {
    case 'code':
      return { safe: false, why: run.why };
    case 'library':
    case 'folder': {
      const path = expandHome(run.path, home);
      const what = run.kind === 'library' ? 'loads `' + run.path + '`, a library' : `names \`${run.path}\` (${run.why}), a folder`;
      return path === null ? { safe: false, why: `${what} at a path relative to the working folder` } : { safe: true, program: path, kind: 'file' };
    }
    case 'argv': {
      if (!knownCredentialPlugin(run.argv)) return { safe: false, why: `runs \`${run.argv.join(' ')}\`, which is no known credential plugin's command` };
      const other = run.env.find((e) => !PLUGIN_ENV.has(e));
      if (other !== undefined) return { safe: false, why: `sets \`${other}\` for the plugin it runs` };
      const cmd = run.argv[0]!;
      const program = cmd.includes('/') ? (cmd.startsWith('/') ? cmd : `${dir}/${cmd}`) : cmd;
      return { safe: true, program, kind: 'program' };
    }
    case 'line': {
      const words = commandLineWords(run.line, run.text);
      if (words === null) return { safe: false, why: `runs \`${run.text.trim()}\`, a shell snippet Portcullis does not judge` };
      const loads = codeLoadingWord(words);
      if (loads !== null) return { safe: false, why: `runs \`${run.text.trim()}\`, whose \`${loads}\` makes \`${words[0]}\` load or run code Portcullis does not judge` };
      const relative = words.find((w) => w.includes('/') && !w.startsWith('/') && !w.startsWith('~'));
      if (relative !== undefined) return { safe: false, why: `runs \`${run.text.trim()}\`, which names \`${relative}\`, a path relative to the working folder` };
      const first = words[0]!;
      const program = first.startsWith('~') ? expandHome(first, home) : first;
      return program === null ? { safe: false, why: `runs \`${first}\` from a home folder that is not known` } : { safe: true, program, kind: 'program' };
    }
  }
}
