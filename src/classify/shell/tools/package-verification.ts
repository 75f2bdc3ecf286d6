/**
 * A package client told to stop verifying what it downloads (the lead's answer 88, round 21): TLS certificate checks
 * off for a registry, a host trusted over plain HTTP, the checksum database or package signatures skipped. Nothing is
 * lost at once, but every later install (or this one) may be a man in the middle's code, run with the user's rights:
 * a safeguard off. The install options (`pip install --trusted-host H`) install unverified code that stays; Go's, Maven's,
 * apt's and dnf's own switches likewise. The clients' stored `config` settings are read in one table (tls-verify.ts).
 * Read by the service catalogue's entries for each client (`args` tests over the argument values, `null` where not
 * fixed). Each form from the tool's reference.
 */

type Args = ReadonlyArray<string | null>;

/** A boolean setting's off value as the clients parse it (npm's and yarn's `false`, conda's `False`/`no`, `0`). */
const OFF = /^(false|no|off|0)$/i;

/**
 * npm and pnpm given for one command (npm-config `strict-ssl`, "whether or not to do SSL key validation when making requests
 * to the registry via https"): `--strict-ssl=false`, `--no-strict-ssl`. The stored setting (`config set`) is read with every
 * client's in tls-verify.ts.
 */
export function npmStrictSslOff(args: Args): boolean {
  // nopt, npm's option parser, takes the next word as a boolean option's value when it is `true` or `false`: `--strict-ssl
  // false` is `--strict-ssl=false` (round 27, s27).
  return args.some((a, i) => a === '--no-strict-ssl' || (a !== null && /^--strict-ssl=/.test(a) && OFF.test(a.slice('--strict-ssl='.length))) || (a === '--strict-ssl' && args[i + 1] === 'false'));
}

/** Yarn classic given `--no-strict-ssl` for one command (its stored `strict-ssl`/`enableStrictSsl`: tls-verify.ts). */
export function yarnStrictSslOff(args: Args): boolean {
  return args.some((a) => a === '--no-strict-ssl');
}

/**
 * pip given `--trusted-host H` for one command (pip's user guide, "trusted-host": "mark this host or host:port pair as
 * trusted, even though it does not have valid or any HTTPS"); the stored `config set SECTION.trusted-host`: tls-verify.ts.
 */
export function pipTrustedHost(args: Args): boolean {
  return args.some((a) => a === '--trusted-host' || (a?.startsWith('--trusted-host=') ?? false));
}

/** uv (`--allow-insecure-host`, alias `--trusted-host`: "allow insecure connections to a host", no certificate check). */
export function uvInsecureHost(args: Args): boolean {
  return args.some((a) => a !== null && /^--(allow-insecure-host|trusted-host)(=|$)/.test(a));
}

/**
 * Go (`go help environment`, "Module authentication"): `GOSUMDB=off` stops checking modules against the checksum
 * database, `GONOSUMCHECK=1` and `GONOSUMDB` or `GOPRIVATE` of `*` for every module; `GOINSECURE` fetches the modules it
 * matches over plain HTTP and without certificate checks. Stored by `go env -w`.
 */
export function goVerificationOff(args: Args): boolean {
  if (args[0] !== 'env' || !args.includes('-w')) return false;
  return args.slice(1).some((a) => a !== null && a.indexOf('=') > 0 && goSettingOff(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)));
}

/** One Go setting that switches module verification off (goVerificationOff); also read from the command's environment. */
export function goSettingOff(key: string, value: string): boolean {
  const v = value.trim();
  return (key === 'GOSUMDB' && v === 'off') || (key === 'GOINSECURE' && v !== '') || (key === 'GONOSUMCHECK' && v === '1') || ((key === 'GONOSUMDB' || key === 'GOPRIVATE') && v.split(',').some((p) => p.trim() === '*'));
}

/**
 * Maven (Maven Wagon's HTTP options `maven.wagon.http.ssl.insecure`, `.allowall`, `.ignore.validity.dates`; Maven 3.9's
 * resolver `aether.connector.https.securityMode=insecure`): certificates and host names are not checked, for the
 * downloads and for the upload a deploy sends with the repository's credentials.
 */
export function mavenTlsOff(args: Args): boolean {
  return args.some((a) => a !== null && /^-D(maven\.wagon\.http\.ssl\.(insecure|allowall|ignore\.validity\.dates)=true|aether\.connector\.https\.securityMode=insecure)$/i.test(a));
}

/**
 * APT (apt.conf(5), apt-secure(8)): `--allow-unauthenticated` and `--allow-insecure-repositories` install from
 * repositories whose signatures are missing or not checked; `-o Acquire::https[::HOST]::Verify-Peer=false` (or
 * `Verify-Host`) skips the certificate check; `APT::Get::AllowUnauthenticated` and `Acquire::AllowInsecureRepositories` are
 * the same switches as settings.
 */
export const APT_VERIFICATION_OFF_OPTION = /^(acquire::https?(::[^:=]+)?::verify-(peer|host)=["']?(false|no|0)["']?|apt::get::allowunauthenticated=["']?(true|yes|1)["']?|acquire::allow(downgradeto)?insecurerepositories=["']?(true|yes|1)["']?)$/i;
export function aptVerificationOff(args: Args): boolean {
  return args.some((a, i) => a === '--allow-unauthenticated' || a === '--allow-insecure-repositories' || ((a === '-o' || a === '--option') && APT_VERIFICATION_OFF_OPTION.test(args[i + 1] ?? '')) || (a !== null && /^(-o|--option=)./.test(a) && APT_VERIFICATION_OFF_OPTION.test(a.replace(/^(-o|--option=)/, ''))));
}

/** dnf and yum (dnf.conf(5)): `--setopt` of `gpgcheck`, `repo_gpgcheck`, `localpkg_gpgcheck` or `sslverify` (per repository `REPO.KEY`) off. */
export function dnfVerificationOff(args: Args): boolean {
  const setting = /^([\w.*-]+\.)?(gpgcheck|repo_gpgcheck|localpkg_gpgcheck|sslverify)=(0|false|no|off)$/i;
  return args.some((a, i) => (a === '--setopt' && setting.test(args[i + 1] ?? '')) || (a?.startsWith('--setopt=') === true && setting.test(a.slice('--setopt='.length)))) || unverifiedRepositoryInstall(args);
}

/**
 * `--nogpgcheck` on packages from a repository (the lead's answer 125, as answer 96): an install nobody verified. Every
 * operand a local `.rpm` file (`./x.rpm`, a package built here) stays a write; an operand not fixed may be a repository's.
 */
function unverifiedRepositoryInstall(args: Args): boolean {
  if (!args.includes('--nogpgcheck')) return false;
  return args.some((a, i) => a === null || (!a.startsWith('-') && !/^(install|reinstall|upgrade|update|downgrade|localinstall|groupinstall|swap|distro-sync)$/.test(a) && !/\.rpm$/.test(a) && !/^(-c|--config|--setopt|--repo|--enablerepo|--disablerepo|--releasever|--installroot)$/.test(args[i - 1] ?? '')));
}
