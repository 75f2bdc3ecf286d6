import { globMatch, type Inventory } from '../core/index.ts';
import { namesTierOrKept, sharedBuildStore } from './test-data.ts';

/**
 * Windows paths as targets, lexically (no filesystem access, like paths.ts). A path is brought to one
 * canonical spelling before it is judged: drive letter upper-case, backslashes, `.` and `..`
 * resolved, the `\\?\` and `\\.\` prefixes removed (`\\?\UNC\srv\share` is `\\srv\share`), Git Bash
 * mounts (`/c/Users`) as drive paths. Matching is case-insensitive, as NTFS and SMB are.
 *
 * The rules are the Linux ones (paths.ts) with Windows places: a drive root, a share root, the
 * Windows, Program Files and ProgramData folders, `C:\Users` and every profile in it, the user's home
 * and its well-known folders, the workspace and its ancestors, `.git`, and the control plane.
 */

export interface WindowsPathScope {
  cwd: string | undefined;
  home: string | undefined;
  workspace?: string | undefined;
}

export type WindowsPathClass = 'control_plane' | 'critical' | 'rebuildable' | 'temporary' | 'workspace' | 'outside';

const DRIVE_ABS = /^[A-Za-z]:[\\/]/;
const DRIVE_ONLY = /^[A-Za-z]:$/;

/** A path only Windows would read as absolute: `C:\…`, `C:/…`, `C:`, `\\server\share`, `\\?\…`. */
export function isWindowsPath(p: string): boolean {
  // A POSIX path (`/x`, not `//?/` or `/\`): none of the forms below starts so. Most words are.
  if (p.charCodeAt(0) === 47 && p.charCodeAt(1) !== 47 && p.charCodeAt(1) !== 92) return false;
  return DRIVE_ABS.test(p) || DRIVE_ONLY.test(p) || /^(\\\\|\/\/[?.]\/|\\\/)/.test(p) || /^(HK(LM|CU|CR|U|CC)|Registry)::?/i.test(p) || PROVIDER_DRIVES.test(p);
}

/** A scope whose working directory or home is a Windows path: relative paths resolve the Windows way. */
export function isWindowsScope(scope: { cwd?: string | undefined; home?: string | undefined }): boolean {
  return (scope.cwd !== undefined && isWindowsPath(scope.cwd)) || (scope.home !== undefined && isWindowsPath(scope.home));
}

/** PowerShell provider drives that are not the filesystem. */
const REGISTRY = /^(HKLM|HKCU|HKCR|HKU|HKCC|HKEY_[A-Z_]+|Registry:):?(\\|$)/i;
/**
 * Keys of the current user's hive a program fills again (as `reg delete`'s narrow keys, windows/tools.ts): one under
 * `Software\VENDOR\…` whose last name says it is a cache (`HKCU:\Software\Acme\DevTool\Cache`), and Sysinternals' EULA
 * flags and window positions (`HKCU:\Software\Sysinternals`, the lead's answer 161). Round 31 (c31): a program's list of
 * recently opened files or projects (`…\MRU`, `…\RunMRU`, MFC's `Recent File List`, `RecentProjects`), only a tool's recall
 * (the lead's answer 107), which the program writes again as files are opened; and one package's entry in CMake's user
 * package registry (`HKCU\Software\Kitware\CMake\Packages\NAME`, cmake-packages(7): references to build trees that
 * `export(PACKAGE)` writes again, stale ones removed by `find_package` itself). Not policies, not wildcards.
 */
export const USER_REGISTRY_REBUILDABLE = /^(hkcu:?|registry::hkey_current_user|hkey_current_user)\\software\\((?!policies\\)[^\\*?]+\\([^\\*?]+\\)*([^\\*?]*cache|[^\\*?]*mru(list|items)?|recent ?(file|project|document)s?( ?list)?)|sysinternals|kitware\\cmake\\packages\\[^\\*?]+)\\?$/i;
/**
 * Round 30 (w30): this user's connections, which the registry only remembers: a mapped drive's persistence
 * (`HKCU\Network\Z`, what `net use Z: /delete` removes) and a shared printer's connection (`HKCU\Printers\Connections\
 * ,,PRN01,HP-Floor2`, what removing the printer connection removes). The share and the printer stay; mapping again
 * brings it back. One connection by name, no wildcard.
 */
export const USER_REGISTRY_CONNECTION = /^(hkcu:?|registry::hkey_current_user|hkey_current_user)\\(network\\[a-z]|printers\\connections\\,,[^\\*?]+)\\?$/i;
/**
 * The lead's answer 338 q1 (round 32): the current user's own file associations, which only override the machine's
 * (Microsoft Learn, "Merged view of HKEY_CLASSES_ROOT": `HKCU\Software\Classes` wins over `HKLM\Software\Classes`): one
 * extension's key (`…\Classes\.contosoproj`), one ProgID's (`…\Classes\Contoso.Project.Dev`: a dotted name, as ProgIDs
 * are), or Explorer's per-user choice for one extension (`…\Explorer\FileExts\.contosoproj`), and any key under them.
 * Removed, the machine's association (or none) applies again, and the program's installer or build writes it again. Not
 * the whole `Classes` key, not `CLSID`, `Interface`, `TypeLib`, `*`, `Directory` or `Local Settings` (COM servers and
 * the shell's own keys), not a wildcard, not `..`.
 */
export const USER_REGISTRY_ASSOCIATION = /^(hkcu:?|registry::hkey_current_user|hkey_current_user)\\software\\(classes\\(\.[a-z0-9][\w+-]*|[a-z][\w-]*(\.[\w-]+)+)|microsoft\\windows\\currentversion\\explorer\\fileexts\\\.[a-z0-9][\w+-]*)(\\(?!\.\.?(\\|$))[^\\*?%]+)*\\?$/i;
/**
 * Drives of the PowerShell session itself (about_Providers): `Env:` (the process's environment, gone when it ends),
 * `Variable:`, `Function:`, `Alias:`. Removing from them changes this session only.
 */
const SESSION_DRIVES = /^(Env|Variable|Function|Alias):(\\|$)/i;
/** `Cert:` (the machine's and the user's certificate stores) and `WSMan:` (remoting configuration) last beyond it. */
const MACHINE_DRIVES = /^(Cert|WSMan):(\\|$)/i;
const PROVIDER_DRIVES = /^(Env|Variable|Function|Alias|Cert|WSMan):(\\|$)/i;

/**
 * Win32 path normalisation drops what a file name cannot end with (trailing dots and spaces: `hosts.`, `.env `), and a file's
 * default data stream (`.env::$DATA`) is the file itself; both spell the same file. Read the worse way for every segment.
 */
function canonicalSegment(seg: string): string {
  const bare = seg.replace(/::?\$DATA$/i, '').replace(/[. ]+$/, '');
  return bare === '' || bare === '.' ? seg : bare;
}

/**
 * The folders every user's home has, one list for every reading of a home (the XDG user directories, macOS's home folders
 * and a Windows profile's: Desktop, Documents, Downloads, Pictures, Music, Videos, Movies, Public). paths.ts reads them as
 * the user's own, outside a workspace started in the home folder; filesystem.ts as folders a copy lands inside.
 */
export const HOME_USER_FOLDERS: readonly string[] = ['Documents', 'Desktop', 'Pictures', 'Downloads', 'Music', 'Videos', 'Movies', 'Public'];

/**
 * Short (8.3) names of the folders that matter, as Windows makes them (the first six characters without dots or spaces,
 * `~` and a number: `C:\PROGRA~1` is `Program Files` or `Program Files (x86)`, `~\DOCUME~1` is `Documents`): a short name
 * is read as the first folder of this list that it can stand for, the worse reading when two could.
 */
const ROOT_LONG_NAMES = ['Program Files', 'Program Files (x86)', 'ProgramData', 'Windows', 'Users', 'Documents and Settings', 'System Volume Information', '$Recycle.Bin', 'PerfLogs', 'inetpub', 'Recovery'];
const PROFILE_LONG_NAMES = [...HOME_USER_FOLDERS, 'OneDrive', 'Favorites', '.ssh', '.aws', '.kube', '.gnupg', '.config', '.docker', '.azure', '.gitconfig', '.bashrc'];
const SHORT_NAME = /^([^~.\\]{1,6})~\d+(\.[^.\\]{0,3})?$/;
function longName(seg: string, names: readonly string[]): string {
  const m = SHORT_NAME.exec(seg);
  if (!m) return seg;
  const stem = m[1]!.toUpperCase();
  return names.find((n) => n.replace(/[. ]/g, '').toUpperCase().slice(0, 6) === stem) ?? seg;
}

function joinSegments(prefix: string, rest: string): string {
  const out: string[] = [];
  const drive = /^[A-Za-z]:\\$/.test(prefix);
  for (const raw of rest.split(/[\\/]+/)) {
    if (raw === '' || raw === '.') continue;
    if (raw === '..') {
      if (out.length > 0) out.pop();
      continue;
    }
    let seg = canonicalSegment(raw);
    if (drive && out.length === 0) seg = longName(seg, ROOT_LONG_NAMES);
    else if (drive && out.length === 2 && /^users$/i.test(out[0]!)) seg = longName(seg, PROFILE_LONG_NAMES);
    out.push(seg);
  }
  return prefix + out.join('\\');
}

/** The machine itself, as a UNC server name: `\\localhost\c$\…` is `C:\…`. */
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[?::1\]?|0:0:0:0:0:0:0:1|[0-9a-f-]+\.ipv6-literal\.net)$/i;

/** The canonical spelling of an absolute Windows path; the input unchanged when it is not one. */
export function normalizeWindowsPath(path: string): string {
  let p = path.replace(/\//g, '\\');
  // `\\?\` (no parsing) and `\\.\` (device namespace) are spellings of the same targets.
  const long = /^\\\\[?.]\\(.*)$/.exec(p);
  if (long) {
    const rest = long[1]!;
    // `\\.\C:` with nothing after it opens the volume itself (raw), not its root folder.
    if (p[2] === '.' && /^[A-Za-z]:$/.test(rest)) return `\\\\.\\${rest.toUpperCase()}`;
    if (/^UNC\\/i.test(rest)) p = `\\\\${rest.slice(4)}`;
    else if (/^[A-Za-z]:(\\|$)/.test(rest)) p = rest;
    else return `\\\\.\\${rest}`;
  }
  if (/^[A-Za-z]:/.test(p)) {
    const drive = `${p[0]!.toUpperCase()}:\\`;
    return joinSegments(drive, p.slice(2));
  }
  if (p.startsWith('\\\\')) {
    const segs = p.slice(2).split('\\').filter(Boolean);
    const [server = '', share = '', ...rest] = segs;
    const adminShare = /^([A-Za-z])\$$/.exec(share);
    if (adminShare && LOOPBACK.test(server)) return joinSegments(`${adminShare[1]!.toUpperCase()}:\\`, rest.join('\\'));
    return joinSegments(`\\\\${server}${share ? `\\${share}` : ''}${rest.length ? '\\' : ''}`, rest.join('\\'));
  }
  const reg = REGISTRY.exec(p);
  if (reg) return p;
  return path;
}

/** The absolute Windows path a word names, or null when it depends on something unknown. */
export function resolveWindowsPath(word: string, scope: WindowsPathScope): string | null {
  let p = word;
  if (REGISTRY.test(p) || PROVIDER_DRIVES.test(p)) return p;
  if (p === '~' || /^~[\\/]/.test(p)) {
    if (!scope.home) return null;
    p = scope.home + (p.length > 1 ? `\\${p.slice(2)}` : '');
  }
  // Git Bash and MSYS mount drives at `/c/`; `//c` is its escape for a cmd switch, not a path.
  const mount = /^\/([A-Za-z])(\/.*)?$/.exec(p);
  if (mount) p = `${mount[1]!.toUpperCase()}:\\${(mount[2] ?? '').slice(1)}`;
  if (DRIVE_ONLY.test(p)) {
    // `D:` alone is the current folder on that drive; we only know it for the drive we are on.
    if (scope.cwd && scope.cwd.slice(0, 2).toLowerCase() === p.toLowerCase()) return normalizeWindowsPath(scope.cwd);
    return `${p.toUpperCase()}\\`;
  }
  if (/^[A-Za-z]:[^\\/]/.test(p)) {
    const onDrive = scope.cwd && scope.cwd.slice(0, 2).toLowerCase() === p.slice(0, 2).toLowerCase();
    p = onDrive ? `${scope.cwd}\\${p.slice(2)}` : `${p.slice(0, 2)}\\${p.slice(2)}`;
  }
  if (isWindowsPath(p)) return normalizeWindowsPath(p);
  if (/^[\\/]/.test(p)) {
    // Rooted without a drive: the current drive.
    if (!scope.cwd || !isWindowsPath(scope.cwd)) return null;
    return normalizeWindowsPath(`${scope.cwd.slice(0, 2)}${p}`);
  }
  if (!scope.cwd) return null;
  return normalizeWindowsPath(`${scope.cwd}\\${p}`);
}

const key = (p: string): string => p.toLowerCase().replace(/\//g, '\\');

function isUnder(path: string, dir: string): boolean {
  const d = key(dir);
  const p = key(path);
  return p.startsWith(d.endsWith('\\') ? d : `${d}\\`);
}

/** Whether `path` is the folder `dir` or lies below it, compared as Windows compares (case and `/` aside). */
export function sameOrUnder(path: string, dir: string): boolean {
  return key(path) === key(dir).replace(/\\$/, '') || key(path) === key(dir) || isUnder(path, dir);
}

/**
 * Folders whose content belongs to the system or to installed programs, on any drive; and `inetpub`, where IIS keeps
 * the sites it serves and their logs (`wwwroot`, `logs`), as `/var/www` and `/srv` are on Linux.
 */
const SYSTEM_DIRS = /^[a-z]:\\(windows|program files|program files \(x86\)|programdata|system volume information|recovery|boot|\$recycle\.bin|perflogs|inetpub)(\\|$)/;

/** `\\\\server\\c$\\…`, the administrative share of a drive: that drive of the server, seen from here (`c:\\…`). */
function adminShareDrivePath(k: string): string | null {
  const m = /^\\\\[^\\]+\\([a-z])\$(\\.*)?$/.exec(k);
  return m ? `${m[1]}:${m[2] ?? '\\'}` : null;
}

/** Whether a Windows path lies in the system's own folders (`C:\Windows`, `C:\Program Files`, `C:\ProgramData`, ...). */
export function isWindowsSystemPath(path: string): boolean {
  const k = key(normalizeWindowsPath(path));
  return SYSTEM_DIRS.test(adminShareDrivePath(k) ?? k);
}

const HOME_CRITICAL = new Set([
  '.ssh', '.aws', '.kube', '.gnupg', '.config', '.docker', '.azure', '.gcloud', '.terraform.d', '.password-store', 'documents', 'desktop', 'pictures',
  'videos', 'music', 'downloads', 'onedrive', 'appdata', 'source', 'repos', 'projects', 'src', 'code', 'work', 'git', 'go', 'dev', 'dropbox', 'favorites',
]);

/**
 * Dotfiles directly in the profile that tools rebuild or that only hold a tool's recall (`.nuget`, `.vscode`, `.cache`): the
 * others (`.gitconfig`, `.npmrc`, `.bashrc` and `.bash_history` for Git Bash, `.wslconfig`) are start-up files, credentials
 * and the shell's record of what was run (the lead's answer 107).
 */
const HOME_DOT_DISPOSABLE = new Set([
  '.cache', '.npm', '.pnpm-store', '.yarn', '.gradle', '.m2', '.nuget', '.cargo', '.rustup', '.vscode', '.vscode-server', '.dotnet', '.templateengine',
  '.local', '.node_repl_history', '.python_history', '.lesshst', '.viminfo', '.wget-hsts', '.android', '.ipython', '.jupyter',
]);

/**
 * The profile's start-up files: a dotfile directly in it (`~\.gitconfig`), and PowerShell's profile scripts
 * (`$PROFILE`: `Documents\PowerShell\*profile.ps1`, `Documents\WindowsPowerShell\*profile.ps1`, about_Profiles).
 * Overwriting one loses the user's configuration; appending a line to it does not.
 */
export function isWindowsHomeStartupFile(path: string, home: string | undefined): boolean {
  if (!home || !isWindowsPath(home) || !isWindowsPath(path)) return false;
  const h = normalizeWindowsPath(home);
  const p = normalizeWindowsPath(path);
  if (!isUnder(p, h)) return false;
  const rel = key(p).slice(key(h).length + 1).split('\\');
  if (rel.length === 1) return rel[0]!.startsWith('.') && rel[0]!.length > 1 && !HOME_DOT_DISPOSABLE.has(rel[0]!);
  return rel.length === 3 && rel[0] === 'documents' && (rel[1] === 'powershell' || rel[1] === 'windowspowershell') && /profile\.ps1$/.test(rel[2]!);
}

/**
 * Cache folders in a Windows profile, named by each tool's reference: npm's `%LocalAppData%\\npm-cache` (npm's `cache`
 * setting), Go's build cache `go-build` (`go env GOCACHE`), NuGet's HTTP cache `v3-cache`, Playwright's browsers `ms-playwright`,
 * Visual Studio's MEF cache `ComponentModelCache` (rebuilt on the next start); Windows' own (round 13): the WinINet
 * download cache `Microsoft\\Windows\\INetCache` (fetched again on the next request), DirectX's shader cache `D3DSCache`
 * (compiled again), and the local crash dumps Windows Error Reporting writes to `CrashDumps` (diagnostics of a crash
 * that already happened, not anyone's data). Round 36 (vcs36): the GPU drivers' shader caches (NVIDIA's and AMD's `DXCache`
 * and `GLCache` under `%LOCALAPPDATA%`), compiled again by the next game or editor that needs them.
 */
const HOME_CACHE = new Set(['.cache', 'node_modules', '__pycache__', '.npm', '.pnpm-store', '.yarn', '.gradle', '.m2', '.nuget', 'cache', 'caches', 'temp', 'npm-cache', 'go-build', 'v3-cache', 'ms-playwright', 'componentmodelcache', 'inetcache', 'd3dscache', 'crashdumps', 'pnpm-cache', 'dxcache', 'glcache']);

/**
 * Cache folders in a profile whose last name alone says nothing (round 17): vcpkg's default binary cache
 * `%LOCALAPPDATA%\\vcpkg\\archives` (vcpkg docs, "Binary caching": packages built again, or fetched, when missing).
 */
// The lead's answer 162 (round 24): VS Code's `User\\workspaceStorage` (per-workspace extension state, rebuilt on the next
// open; also Insiders and VSCodium) and Outlook's `.ost` files (the offline cache of a server mailbox, downloaded again;
// a `.pst` is the user's own mail and is not one). Round 30 (w30): Explorer's thumbnail and icon caches
// (`Explorer\thumbcache_*.db`, `iconcache_*.db`), drawn again as folders are shown. Round 34 (p34): electron-updater's
// download cache `%LOCALAPPDATA%\NAME-updater\pending` (electron-builder's auto-update docs: the update is downloaded
// there and fetched again when missing); not the `NAME-updater` folder itself. pnpm's cache and content-addressed store on
// Windows (pnpm docs, `cache-dir` `%LOCALAPPDATA%\pnpm-cache`, `store-dir` `%LOCALAPPDATA%\pnpm\store`): fetched again.
// Round 37 (pw37): Explorer's older icon cache `%LOCALAPPDATA%\IconCache.db` (Windows 7's place, still written beside the
// `Explorer\iconcache_*.db` files: drawn again, as those are), and Terraform's provider plugin cache at its Windows place
// (`plugin_cache_dir = "$APPDATA/terraform.d/plugin-cache"`, as `~/.terraform.d/plugin-cache` is on Linux: `terraform init`
// downloads into it again; not `terraform.d\plugins`, a local mirror).
const HOME_CACHE_PATH = /\\appdata\\local\\pnpm\\store(\\|$)|\\appdata\\local\\[^\\]+-updater\\pending(\\|$)|\\appdata\\(local|roaming)\\vcpkg\\archives(\\|$)|\\appdata\\roaming\\(code|code - insiders|vscodium)\\user\\workspacestorage(\\|$)|\\appdata\\local\\microsoft\\outlook\\[^\\]*\.ost$|\\appdata\\local\\microsoft\\windows\\explorer\\(thumbcache|iconcache)_[^\\]*\.db$|\\appdata\\local\\iconcache\.db$|\\appdata\\roaming\\terraform\.d\\plugin-cache(\\|$)/;

/**
 * The lead's answer 321 (round 30): a name pattern in a folder whose every match is one of a profile's cache files by
 * place (HOME_CACHE_PATH: Explorer's `thumbcache_*.db` and `iconcache_*.db`, Outlook's `*.ost`), as those files named one
 * by one are. The wildcards are tried with two sample names; a bracket set is not read.
 */
export function namesProfileCacheFiles(folder: string, pattern: string): boolean {
  if (!isWindowsPath(folder) || !/[*?]/.test(pattern) || /[[\\/]/.test(pattern)) return false;
  const k = key(normalizeWindowsPath(`${folder.replace(/[\\/]+$/, '')}\\${pattern}`));
  return ['portcullis-sample', '0'].every((s) => HOME_CACHE_PATH.test(k.replace(/\*/g, s).replace(/\?/g, s[0]!)));
}

/**
 * The lead's answer 338 q4 (round 32), answer 329's autostart on Windows: the Startup folders, whose every item (a
 * shortcut, a batch file, a program) Explorer starts at each log-on (Microsoft Learn, "Known folder IDs":
 * FOLDERID_Startup, `%APPDATA%\Microsoft\Windows\Start Menu\Programs\Startup`, for the user; FOLDERID_CommonStartup,
 * `%ProgramData%\Microsoft\Windows\Start Menu\Programs\StartUp`, for every user). The folder itself (a copy into it)
 * or anything in it, in any profile.
 */
const STARTUP_FOLDER = /^([a-z]:|\\\\[^\\]+\\[a-z]\$)\\(users\\[^\\]+\\appdata\\roaming|programdata)\\microsoft\\windows\\start menu\\programs\\startup(\\|$)/;
export function isWindowsStartupFolderPath(path: string): boolean {
  return isWindowsPath(path) && STARTUP_FOLDER.test(key(normalizeWindowsPath(path)));
}

/** Git's own lock files (`.git/index.lock`, `.git/refs/heads/x.lock`), with `/` between segments (paths.ts, classifyWindowsPath). */
export const GIT_LOCK = /(^|\/)\.git\/([^/]+\/)*[^/]+\.lock$/;

/** The profile's own folders that hold the user's and the apps' data (HOME_USER_FOLDERS, AppData, OneDrive), lower case. */
const PROFILE_KEPT_TOP: ReadonlySet<string> = new Set([...HOME_USER_FOLDERS.map((f) => f.toLowerCase()), 'appdata', 'onedrive', 'favorites']);

/** A cache folder of the profile by its own name or place (HOME_CACHE, HOME_CACHE_PATH); `k` lower case. */
function homeCache(k: string): boolean {
  return k.split('\\').some((s) => HOME_CACHE.has(s)) || HOME_CACHE_PATH.test(k);
}

/** Whether a Windows path is part of Portcullis's control plane (the same patterns as on Linux, any case). */
export function isWindowsControlPlane(path: string, inventory: Inventory, patterns: readonly string[]): boolean {
  const slashed = key(path).replace(/\\/g, '/');
  for (const p of inventory.controlPlanePaths) {
    const cp = key(p).replace(/\\/g, '/');
    if (globMatch(cp, slashed) || slashed === cp || slashed.startsWith(`${cp.replace(/\/$/, '')}/`) || cp.startsWith(`${slashed.replace(/\/$/, '')}/`)) return true;
  }
  return patterns.some((p) => globMatch(p, slashed) || globMatch(p, `/${slashed}`));
}

/**
 * Scratch folders that their owners empty and fill again (each owner's documentation): ASP.NET's compilation folder
 * `Temporary ASP.NET Files` under a .NET Framework folder (rebuilt on the next request), Windows Update's download cache
 * `SoftwareDistribution\\Download` (downloaded again on the next scan), and a CI agent's per-job temp folder
 * `_work\\_temp` (Azure Pipelines `Agent.TempDirectory`, GitHub Actions `RUNNER_TEMP`, emptied after every job); round 17:
 * the agent's tool cache `_work\\_tool` (Agent.ToolsDirectory, RUNNER_TOOL_CACHE: the setup tasks download again) and
 * everything in a pipeline's folder `_work\\N` but its checkout `s` (the staging `a` and binaries `b` folders, emptied
 * before each build; test results; the pipeline caches restored into it). Round 24 (b24w): Windows Error Reporting's
 * queued and archived crash reports (`ProgramData\\Microsoft\\Windows\\WER\\ReportQueue|ReportArchive|Temp`, and a profile's
 * own), diagnostics of past crashes as the `CrashDumps` folder's dumps are (HOME_CACHE); not `WER` itself. Round 25
 * (k25p): IIS's compression and classic ASP caches under `inetpub\\temp` (`IIS Temporary Compressed Files`, `ASP Compiled
 * Templates`), which IIS fills again on the next request; not `inetpub\\temp` itself nor its `appPools` configuration.
 * Round 30 (w30): Chocolatey's `lib-bad`, where it moves the package folders of failed installs (its docs: safe to delete),
 * and the system's crash dumps (`Minidump`, `LiveKernelReports`, `MEMORY.DMP`: Disk Cleanup's "system error memory dump
 * files"), diagnostics of crashes that already happened as WER's reports are. Round 31 (c31): a vcpkg instance's
 * `buildtrees`, `packages` and `downloads` (vcpkg docs, `vcpkg install --clean-after-build`: "Clean buildtrees, packages,
 * and downloads after building each package"): its build and staging folders and the cache of downloaded sources; not
 * `installed` (the libraries classic mode installed) nor the instance itself.
 */
const SCRATCH_DIRS = /\\vcpkg\\(buildtrees|packages|downloads)(\\|$)|^[a-z]:\\inetpub\\temp\\(iis temporary compressed files|asp compiled templates)(\\|$)|^[a-z]:\\windows\\(microsoft\.net\\framework(64)?\\v[\d.]+\\temporary asp\.net files|softwaredistribution\\download)(\\|$)|^[a-z]:\\(programdata|users\\[^\\]+\\appdata\\local)\\microsoft\\windows\\wer\\(reportarchive|reportqueue|temp)(\\|$)|\\_work\\_(temp|tool)(\\|$)|\\_work\\\d+\\(?!s(\\|$))[^\\]+|^[a-z]:\\programdata\\chocolatey\\lib-bad(\\|$)|^[a-z]:\\windows\\(minidump|livekernelreports)(\\|$)|^[a-z]:\\windows\\memory\.dmp$/;

/** Any profile's temporary folder, a person's or a service account's (lower case), and what lies in one. */
const PROFILE_TEMP_ROOT = /^[a-z]:\\(users\\[^\\]+|windows\\serviceprofiles\\[^\\]+|windows\\system32\\config\\systemprofile)\\appdata\\local\\temp$/;
const IN_PROFILE_TEMP = /^[a-z]:\\(users\\[^\\]+|windows\\serviceprofiles\\[^\\]+|windows\\system32\\config\\systemprofile)\\appdata\\local\\temp\\./;

/** The machine's and the profile's temporary folders (`%TEMP%`, `C:\\Windows\\Temp`, `C:\\Temp`). */
function temporaryFolders(home: string | undefined): string[] {
  return [home ? `${home}\\AppData\\Local\\Temp` : null, 'C:\\Windows\\Temp', 'C:\\Temp', 'C:\\tmp'].filter((t): t is string => t !== null);
}
/**
 * The lead's answer 347.1 (round 33): a `tmp` or `Temp` folder at the root of any drive (`D:\\tmp`, `E:\\Temp`) is a
 * temporary folder, as `C:\\Temp` and `C:\\tmp` are: the folder itself (lower case, no trailing separator), and below it.
 */
const DRIVE_ROOT_TEMP = /^[a-z]:\\(temp|tmp)$/;
const UNDER_DRIVE_ROOT_TEMP = /^[a-z]:\\(temp|tmp)\\./;

/**
 * A temporary folder itself (`C:\\Windows\\Temp`, any profile's `AppData\\Local\\Temp`): a wildcard in it (`…\\Temp\\*`)
 * sweeps its contents, which are disposable, not the folder (the one temp rule of paths.ts). Round 18 (p18): the print
 * spooler's queue folder `System32\\spool\\PRINTERS` too (its spool and shadow files are the pending jobs, which Microsoft's
 * stuck-queue fix deletes with the spooler stopped); not the folder, nor `spool\\drivers`. Round 30 (w30): `Prefetch`, whose
 * `*.pf` files Windows writes again as each program starts (a start-up trace per program, no one's data).
 */
export function isWindowsTemporaryRoot(path: string, home: string | undefined): boolean {
  if (!isWindowsPath(path)) return false;
  const k = key(normalizeWindowsPath(path)).replace(/\\$/, '');
  const h = home && isWindowsPath(home) ? normalizeWindowsPath(home) : undefined;
  return temporaryFolders(h).some((t) => key(t) === k) || DRIVE_ROOT_TEMP.test(k) || PROFILE_TEMP_ROOT.test(k) || /^[a-z]:\\windows\\(system32\\spool\\printers|prefetch)$/.test(k);
}

/**
 * The index of a Jenkins agent's `workspace` folder when the path is a job's workspace in it (`C:\Jenkins\workspace\JOB`,
 * `/var/lib/jenkins/workspace/JOB`, `/var/jenkins_home/workspace/JOB`): the job workspaces in it (`JOB@tmp`, `JOB@2` and
 * another job's, as another pipeline's folder under `_work`) are the agent's, made again by the next build (the lead's
 * answer 67). A `workspace` folder with no Jenkins folder above it
 * (`~/workspace/app`) is a person's.
 */
function jenkinsWorkspaces(segs: readonly string[]): number | undefined {
  const i = segs.findIndex((s, j) => s.toLowerCase() === 'workspace' && segs.slice(0, j).some((p) => /^\.?jenkins(_home)?$/i.test(p)));
  return i > 0 && segs.length > i + 1 && !segs.slice(i + 1).some((s) => s === '..' || s === '.' || s === '') ? i : undefined;
}

/**
 * The Jenkins job's workspace a working directory is in (`C:\Jenkins\workspace\JOB\src` -> `C:\Jenkins\workspace\JOB`):
 * what Jenkins sets `WORKSPACE` to for the build's steps (Jenkins, "Building a software project": the absolute path of
 * the workspace assigned to the build). Undefined outside a Jenkins agent's `workspace` (jenkinsWorkspaces).
 */
export function jenkinsJobWorkspace(cwd: string, sep: '\\' | '/'): string | undefined {
  const segs = cwd.replace(/[\\/]+$/, '').split(sep);
  const i = jenkinsWorkspaces(segs);
  return i === undefined ? undefined : segs.slice(0, i + 2).join(sep);
}

/**
 * A CI agent's work folder when the session's working directory is a checkout in it (the lead's decision 38, round 18):
 * Azure Pipelines' `X\_work\7\s` and a GitHub runner's `X\_work\repo\repo` or hosted `D:\a\repo\repo` (also
 * `/opt/actions-runner/_work/…`, `/agent/_work/…`), a Jenkins agent's `workspace` (jenkinsWorkspaces) and a TeamCity agent's `work`. Everything below it (checkouts, pipeline folders, caches) is fetched or made again by the next
 * job; the folder itself, and a `_work` the checkout is not in, are not (the caller's rules judge them).
 */
export function ciAgentWorkFolder(cwd: string, sep: '\\' | '/'): string | undefined {
  // GitHub's hosted Windows runners lay the same folders out under `D:\a` (GITHUB_WORKSPACE `D:\a\REPO\REPO`,
  // RUNNER_TEMP `D:\a\_temp`).
  const hosted = sep === '\\' ? /^([a-z]:\\a)\\([^\\]+)\\\2(\\|$)/i.exec(cwd) : null;
  if (hosted && hosted[2] !== '..') return hosted[1];
  // The lead's answer 242: Azure Pipelines' Microsoft-hosted agents put Agent.WorkFolder at `D:\a`, the pipeline's
  // folder at `D:\a\1` and Build.SourcesDirectory at `D:\a\1\s` (Agent.TempDirectory `D:\a\_temp`).
  const azureHosted = sep === '\\' ? /^([a-z]:\\a)\\\d+\\s(\\|$)/i.exec(cwd) : null;
  if (azureHosted) return azureHosted[1];
  const segs = cwd.replace(/[\\/]+$/, '').split(sep);
  if (sep === '/' && segs[0] === '' && !segs.slice(1).some((s) => s === '..' || s === '.' || s === '')) {
    // GitHub's hosted Linux and macOS runners: GITHUB_WORKSPACE is `/home/runner/work/REPO/REPO` (`/Users/runner/…`),
    // RUNNER_TEMP `/home/runner/work/_temp`.
    if (/^(home|Users)\/runner\/work$/.test(segs.slice(1, 4).join('/')) && segs.length >= 6 && segs[4] === segs[5]) return segs.slice(0, 4).join(sep);
    // GitLab Runner: CI_PROJECT_DIR is `<builds_dir>/<namespace>/<project>`; builds_dir is `/builds` in its container
    // executors and `~gitlab-runner/builds/<runner token>/<concurrent id>` for the shell executor (GitLab Runner's
    // "Advanced configuration", `builds_dir`).
    if (segs[1] === 'builds' && segs.length >= 4) return '/builds';
    if (segs.slice(1, 4).join('/') === 'home/gitlab-runner/builds' && segs.length >= 8) return segs.slice(0, 4).join(sep);
  }
  const jenkins = jenkinsWorkspaces(segs);
  if (jenkins !== undefined) return segs.slice(0, jenkins + 1).join(sep);
  // Round 36 (vcs36): a TeamCity agent checks a build out into `<agent home>/work/<hash of its VCS settings>` (TeamCity docs,
  // "Build Checkout Directory"), the agent home named `buildAgent` by its installers (`/opt/buildAgent`, `C:\BuildAgent`).
  const tc = segs.findIndex((s, j) => j > 0 && /^work$/i.test(s) && /^buildagent\d*$/i.test(segs[j - 1]!));
  if (tc > 0 && /^[0-9a-f]{8,16}$/i.test(segs[tc + 1] ?? '') && !segs.slice(tc + 1).some((s) => s === '..' || s === '.')) return segs.slice(0, tc + 1).join(sep);
  const i = segs.findIndex((s) => s.toLowerCase() === '_work');
  if (i <= 0 || segs.length < i + 3 || segs.slice(i + 1).some((s) => s === '..' || s === '.')) return undefined;
  // The checkout's own layout: Azure's `N\s`, GitHub's `REPO\REPO` (a folder named `_work` elsewhere is no agent's).
  const [a = '', b = ''] = segs.slice(i + 1, i + 3);
  return (/^\d+$/.test(a) && b.toLowerCase() === 's') || a.toLowerCase() === b.toLowerCase() ? segs.slice(0, i + 1).join(sep) : undefined;
}

/** A path below an Azure Pipelines agent's checkout of one pipeline (`X\_work\N\s`): the checkout, and the rest below it. */
const AZURE_CHECKOUT = /^(.*\\_work\\\d+\\s)\\(.+)$/i;

/**
 * CI machines their service throws away after one job, known by the session's home and checkout together (the lead's
 * answers 217 and 242): GitHub's hosted Windows runners (`C:\Users\runneradmin`, GITHUB_WORKSPACE `D:\a\REPO\REPO`) and
 * Azure Pipelines' Microsoft-hosted agents (`C:\Users\VssAdministrator`, Build.SourcesDirectory `D:\a\N\s`). Lower case.
 */
const HOSTED_WINDOWS_AGENTS: ReadonlyArray<{ home: string; checkout: RegExp }> = [
  { home: 'c:\\users\\runneradmin', checkout: /^d:\\a\\[^\\]+\\[^\\]+$/ },
  { home: 'c:\\users\\vssadministrator', checkout: /^d:\\a\\\d+\\s$/ },
];

/**
 * Whether a path below a workspace or a checkout (`rel`, its segments) is build output or a cache its build writes again,
 * by the workspace's rules: a segment in the rebuildable names (`obj`, `node_modules`, `TestResults`), a rebuildable file
 * name last (not a backup's), or a two-segment build path (`bin\Release`, `x64\Debug`).
 */
function rebuildableBelow(rel: readonly string[], rules: Pick<WindowsPathRules, 'rebuildable' | 'rebuildableFile' | 'rebuildablePath' | 'backups'>): boolean {
  return rel.some((s) => rules.rebuildable.has(s.toLowerCase())) || (rules.rebuildableFile.test(rel[rel.length - 1] ?? '') && !rules.backups(rel.join('\\'))) || rules.rebuildablePath(rel.join('/'));
}

/** The tables of paths.ts that classifyWindowsPath reads. */
interface WindowsPathRules {
  controlPlanePatterns: readonly string[];
  /** lower case */ rebuildable: ReadonlySet<string>;
  rebuildableFile: RegExp;
  rebuildablePath: (rel: string) => boolean;
  backups: (path: string) => boolean;
  /** The home folder's tool caches and tool configuration files (paths.ts), given a lower-case path relative to the profile with `/`. */
  homeToolCache: (rel: string) => boolean;
  homeToolConfig: (rel: string) => boolean;
  /** A Chromium or Electron app's cache folder name (`Cache`, `CachedData`, `GPUCache`), lower case. */
  appCacheFolder: (name: string) => boolean;
}

export function classifyWindowsPath(path: string, scope: WindowsPathScope, inventory: Inventory, rules: WindowsPathRules): WindowsPathClass {
  if (isWindowsControlPlane(path, inventory, rules.controlPlanePatterns)) return 'control_plane';
  const p = normalizeWindowsPath(path.replace(/[\\/]\*+$/, '') || path);
  const k = key(p);
  if (SESSION_DRIVES.test(p)) return 'temporary';
  if (REGISTRY.test(p) && (USER_REGISTRY_REBUILDABLE.test(p) || USER_REGISTRY_CONNECTION.test(p) || USER_REGISTRY_ASSOCIATION.test(p))) return 'rebuildable';
  if (REGISTRY.test(p) || MACHINE_DRIVES.test(p)) return 'critical';
  if (/^\\\\\.\\/.test(p)) return 'critical';
  if (/^[a-z]:\\?$/.test(k)) return 'critical';
  if (/^\\\\[^\\]+(\\[^\\]+)?\\?$/.test(k)) return 'critical';
  // Round 33 (w33): a profile folder named through its variable with no Windows home in the context
  // (environment.ts PROFILE_FOLDER_FALLBACK, `C:\Users\%USERNAME%\…`) is judged against that unnamed user's profile.
  const home = scope.home && isWindowsPath(scope.home) ? normalizeWindowsPath(scope.home) : UNNAMED_PROFILE.test(p) ? 'C:\\Users\\%USERNAME%' : undefined;
  const rootRaw = scope.workspace ?? scope.cwd;
  const root = rootRaw && isWindowsPath(rootRaw) ? normalizeWindowsPath(rootRaw) : undefined;
  const temps = temporaryFolders(home);
  // Any profile's own temporary folder (`C:\Users\NAME\AppData\Local\Temp`) is one, whoever the user is; round 30 (w30):
  // the service accounts' profiles too (`C:\Windows\ServiceProfiles\NetworkService`, SYSTEM's `System32\config\systemprofile`).
  const temporary = temps.some((t) => isUnder(p, t)) || IN_PROFILE_TEMP.test(k) || UNDER_DRIVE_ROOT_TEMP.test(k);
  if (temporary && !(root && isUnder(p, root))) return 'temporary';
  if (SCRATCH_DIRS.test(k)) return 'temporary';
  // A CI agent's own work folders (the lead's decision 38): below the `_work` folder the session's checkout is in.
  const ciWork = root ? ciAgentWorkFolder(root, '\\') : undefined;
  if (ciWork && isUnder(p, ciWork)) return 'temporary';
  // The lead's answers 135 and 217 (round 27 on Windows): a GitHub-hosted Windows runner (the session's home
  // `C:\Users\runneradmin`, its checkout `D:\a\REPO\REPO`) is a virtual machine thrown away after the job, so a disk
  // clean-up of its preinstalled tools (`C:\Program Files (x86)\Android`, `C:\hostedtoolcache`) loses nothing. Not the
  // checkout, its parents or the home itself; a self-hosted runner's home (`C:\actions-runner`, another user) is kept.
  // Answer 242: Azure Pipelines' Microsoft-hosted agents likewise (HOSTED_WINDOWS_AGENTS).
  if (root && home && HOSTED_WINDOWS_AGENTS.some((a) => key(home) === a.home && a.checkout.test(key(root))) && !sameOrUnder(root, p) && !isUnder(p, root) && !sameOrUnder(home, p)) return 'temporary';
  // A Jenkins home's `caches` folder (the git plugin's cached clones, `caches\git-<hash>`; the Windows installer's home is
  // `C:\ProgramData\Jenkins\.jenkins`): made again by the next checkout (round 28, as /var/lib/jenkins/caches in paths.ts).
  if (/(^|\\)\.?jenkins(_home)?\\caches(\\|$)/.test(k) && !k.split('\\').includes('..')) return 'rebuildable';
  // A server's own system folders and profiles are the same through its administrative share.
  const drive = adminShareDrivePath(k) ?? k;
  if (PROGRAMDATA_APP_SCRATCH.test(drive) && !drive.split('\\').some(namesTierOrKept)) return 'temporary';
  if (SYSTEM_DIRS.test(drive)) return 'critical';
  // `C:\Users` and every profile directly in it.
  if (/^[a-z]:\\users(\\[^\\]+)?$/.test(drive)) return 'critical';
  if (home && sameOrUnder(home, p)) return 'critical';
  if (root && sameOrUnder(root, p)) return 'critical';
  // Round 31 (p31): git's own lock files, as paths.ts reads them on Linux: a stale one is git's to remove by hand ("remove
  // the file manually to continue").
  if (GIT_LOCK.test(k.replace(/\\/g, '/'))) return 'temporary';
  if (/(^|\\)\.git(\\|$)/.test(k)) return 'critical';
  if (isWindowsHomeStartupFile(p, home)) return 'critical';
  // Round 23 (b23w): the profile's tool caches and tool configuration by the Linux tables (`.kube\cache` is a cache,
  // `.gradle` whole holds `gradle.properties`: the lead's answer 93 on Windows), and a desktop app's Chromium caches
  // below its folder in AppData (`AppData\Roaming\Code\CachedData`), as under `~/.config/APP` (paths.ts). Round 30 (w30):
  // a session started in the profile itself (an administrator's `C:\Users\admin`) leaves the profile's caches caches, as
  // from a project folder (answer 131; paths.ts reads `~` so since round 25): its caches are not the workspace's files.
  const homeIsWorkspace = !!home && !!root && key(root).replace(/\\$/, '') === key(home).replace(/\\$/, '');
  const homeRules = !!home && isUnder(p, home) && (!(root && isUnder(p, root)) || homeIsWorkspace);
  if (homeRules) {
    const rel = k.slice(key(home).length + 1).replace(/\\/g, '/');
    if (rules.homeToolConfig(rel)) return 'outside';
    if (rules.homeToolCache(rel)) return 'rebuildable';
    const app = /^appdata\/(local|roaming)\/[^/]+\/(.+)$/.exec(rel);
    if (app && app[2]!.split('/').some((s) => rules.appCacheFolder(s))) return 'rebuildable';
  }
  if (home && isUnder(p, home)) {
    const rel = k.slice(key(home).length + 1).split('\\');
    if (HOME_CRITICAL.has(rel[0] ?? '') && rel.length <= 2) return 'critical';
  }
  if (homeRules && homeCache(k)) return 'rebuildable';
  // Answer 131 on Windows (as paths.ts homeKeptFolder): with the session in the profile, the user's own folders and the
  // apps' data in AppData are judged as from a project folder (outside the workspace), never as a repository's files.
  if (homeIsWorkspace && homeRules && PROFILE_KEPT_TOP.has(k.slice(key(home).length + 1).split('\\')[0] ?? '')) return 'outside';
  // The lead's answer 378.3 (round 37): a Unity project's `Library`, the workspace's own top folder (paths.ts unityLibrary).
  if (root && isUnder(p, root)) {
    const rel = p.slice(root.length + 1).split('\\');
    return rebuildableBelow(rel, rules) || (rel[0]?.toLowerCase() === 'library' && !homeIsWorkspace) ? 'rebuildable' : 'workspace';
  }
  // Round 34 (k34): build output in an Azure Pipelines checkout (`…\_work\N\s`, Build.SourcesDirectory, which is
  // `%AGENT_BUILDDIRECTORY%\s`) wherever the session is: the checkout is fetched again by the next run (decision 38) and
  // what its build wrote there (`s\TestResults`, `s\src\Api\obj`) is judged by the workspace's rules (rebuildableBelow),
  // two-segment build paths too (`s\Api\bin\Release`, the lead's answer 360.4). The checkout itself and its sources stay
  // outside.
  const checkout = AZURE_CHECKOUT.exec(p);
  if (checkout && rebuildableBelow(checkout[2]!.split('\\'), rules)) return 'rebuildable';
  if (APP_SCRATCH_DIR.test(k) && !k.split('\\').some(namesTierOrKept)) return 'temporary';
  // The lead's answers 378.3 and 378.4 (round 37): a shared DerivedDataCache or nightly builds on a share (its server left
  // out) or a drive outside the profiles (its letter left out).
  if (!/^[a-z]:\\users\\/.test(k) && sharedBuildStore(k.replace(/^\\\\/, '').split('\\').filter(Boolean).slice(1))) return 'rebuildable';
  return 'outside';
}

/**
 * Round 25 (k25c): an application's or a build's own temporary or cache folder inside its folder at a drive's root
 * (`C:\build\cache`, `C:\ops\tmp`, `D:\BuildCache\tmp`), as under `/srv` and `/opt` on Linux (paths.ts
 * underAppScratchFolder, the same names): what is written there is written again. At least one folder between the root and
 * it (`D:\tmp` itself is a drive's temporary folder: answer 347.1), not in `C:\Users` (a person's folders), no wildcard before it, no production, staging or kept-copy
 * word on the way (`D:\prod\cache`, `D:\backups\tmp`); the system's folders are critical above.
 */
/**
 * Round 37 (pw37): an application's own temporary or cache folder in its folder under `C:\\ProgramData` (`ProgramData\\Acme\\
 * Cache`, `ProgramData\\Acme\\Agent\\tmp`), as APP_SCRATCH_DIR at a drive's root and `/var/lib/NAME/cache` on Linux (paths.ts
 * underAppScratchFolder): what the application writes there it writes again. One or two folders (vendor, product) between
 * ProgramData and it, no wildcard before it, not Windows' own (`ProgramData\\Microsoft\\…`: Defender's and the crypto
 * stores); `Package Cache` (Windows Installer's copies of installed bundles, needed to repair or remove them) is not a
 * `cache` folder by its name. The tier and kept-copy words are refused by the caller (namesTierOrKept).
 */
const PROGRAMDATA_APP_SCRATCH = /^[a-z]:\\programdata\\(?!microsoft\\)[^\\*?]+(\\[^\\*?]+)?\\\.?(tmp|temp|cache)(\\|$)/;
const UNNAMED_PROFILE = /^c:\\users\\%username%(\\|$)/i;
const APP_SCRATCH_DIR = /^[a-z]:\\(?!users\\)[^\\*?]+(\\[^\\*?]+)*\\\.?(tmp|temp|cache)(\\|$)/;
