import { resolvePath } from '../../paths.ts';
import type { ShellScope } from '../invocation.ts';

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

const PACKAGE_URL = /^(https?|ftp):\/\//i;
/**
 * Windows' package files (Windows Installer `.msi`/`.msp`, MSIX and AppX packages and bundles, App Installer files): what
 * PowerShell's and bitsadmin's downloads are noted as fetched for (their other downloads are judged as before).
 */
export const WINDOWS_PACKAGE_FILE = /\.(msi|msp|msix|msixbundle|appx|appxbundle|appinstaller)$/i;
/**
 * Files Windows runs as programs or scripts (`.exe`, `.ps1`, `.bat` …): the lead's answer 372.3 (round 36) reads one that
 * PowerShell or bitsadmin downloaded and the same line then runs as the shell's fetch-then-run (`curl -o x.sh URL && bash
 * x.sh`): code the action does not show, `unknown` (windows/dispatch.ts `dispatchProgram`).
 */
export const WINDOWS_RUNNABLE_FILE = /\.(exe|com|scr|bat|cmd|ps1|psm1|vbs|vbe|js|jse|wsf|hta)$/i;
/**
 * The lead's answer 360.3 (round 35): a package fetched and installed in the same line runs code the action does not show
 * (its maintainer scripts, custom actions and programs), one class with `curl | sh`. Fetched: a package given to the
 * installer as a web address, or a file this input wrote with content it does not show (`curl -LO`, `wget`,
 * `Invoke-WebRequest -OutFile`, `bitsadmin /transfer`; followed back through a `cp` or `mv` of it). A package file the
 * line did not write keeps its answer (answer 125's local `.rpm`, a project's own installer, decision 26's Downloads).
 * Returns the package as the line names it, or undefined.
 */
export function fetchedPackage(scope: ShellScope, operands: ReadonlyArray<string | null | undefined>): string | undefined {
  const fetched = (abs: string, depth: number): boolean => {
    if (scope.files.get(abs) !== null) return false;
    const from = scope.copiedFrom?.get(abs);
    return from === undefined || (depth < 4 && from !== abs && fetched(from, depth + 1));
  };
  return operands.find((p): p is string => {
    if (typeof p !== 'string') return false;
    if (PACKAGE_URL.test(p)) return true;
    // PowerShell on a POSIX working folder (pwsh) spells `.\x.msi` what it wrote as `x.msi`: both spellings are read.
    return [p, p.replace(/\\/g, '/')].some((spelling) => {
      const abs = resolvePath(spelling, scope);
      return abs !== null && scope.files.has(abs) && fetched(abs, 0);
    });
  });
}

/**
 * The packages an installer of a Linux or macOS package manager is given to install, by each tool's manual: `dpkg
 * -i|--install`, `apt|apt-get|aptitude install|reinstall` (a path or `.deb`), `gdebi`, `rpm -i|-U|-F` (bundled `-ivh`,
 * `-Uvh`) or `--install|--upgrade|--freshen|--reinstall`, `dnf|yum|microdnf|zypper install|in|localinstall|reinstall|
 * upgrade|update` (a path, `.rpm` or web address), `pacman -U`, `apk add` (`.apk`), `snap install` (`.snap`), macOS
 * `installer -pkg`. Empty when the line installs none (a repository's packages are named, not given).
 */
export function installedPackages(name: string, args: Args): Array<string | null> {
  const ops = args.filter((a) => a === null || !a.startsWith('-'));
  const files = (from: number, looks: RegExp): Array<string | null> => ops.slice(from).filter((a) => a === null || PACKAGE_URL.test(a) || a.includes('/') || looks.test(a));
  switch (name) {
    case 'dpkg':
      return args.some((a) => a === '-i' || a === '--install' || a === '--unpack') ? ops : [];
    case 'gdebi':
    case 'gdebi-cli':
      return ops;
    case 'apt':
    case 'apt-get':
    case 'aptitude':
      return /^(install|reinstall)$/.test(ops[0] ?? '') ? files(1, /\.deb$/i) : [];
    case 'rpm':
      return args.some((a) => a !== null && (/^-[a-zA-Z]*[iUF][a-zA-Z]*$/.test(a) && !/^-[a-zA-Z]*[qVe]/.test(a) || /^--(install|upgrade|freshen|reinstall)$/.test(a))) ? ops : [];
    case 'dnf':
    case 'yum':
    case 'microdnf':
    case 'zypper':
      return /^(install|in|localinstall|reinstall|upgrade|update|up)$/.test(ops[0] ?? '') ? files(1, /\.rpm$/i) : [];
    case 'pacman':
      return args.some((a) => a !== null && (/^-U[a-zA-Z]*$/.test(a) || a === '--upgrade')) ? ops : [];
    case 'apk':
      return ops[0] === 'add' ? files(1, /\.apk$/i) : [];
    case 'snap':
      return ops[0] === 'install' ? files(1, /\.snap$/i) : [];
    case 'installer': {
      const at = args.findIndex((a) => a === '-pkg' || a === '-package');
      return at === -1 ? [] : [args[at + 1] ?? null];
    }
    default:
      return [];
  }
}
