import { noteWrite, shown, writtenContent, type Invocation } from '../shell/invocation.ts';
import { clue, envTarget } from '../shell/tools/common.ts';
import { emptyFile, fileTarget, intoLinkItself, movedHere, noteWindowsLink, noteWindowsMove, mirrorOntoBackup, onProductionHost, pathEffect, pathEnvironment, siteOverProduction, withBuildOutputPair, downloadedInstallers, isBackupNameOf, INSTALLER_FILTER, DEPENDENCY_CACHE_NAME } from '../shell/tools/filesystem.ts';
import { controlPlaneProcess, SERVICE_ACCOUNT } from '../shell/tools/dispatch.ts';
import { shellWalker } from './registry.ts';
import { isAppLogFile, isAuditRecordFile, isKeptLogFile, namesKeptLogRecord, underBackupsFolder, REBUILDABLE, REBUILDABLE_FILE, resolvePath, OS_JUNK_FILE } from '../paths.ts';
import { ENDPOINT_PROTECTION, namesKeptServerProduct, SECURITY_VENDOR_KEY } from '../security-products.ts';
import { namesSyncOrBackupAgent, SAFEGUARD_TASK_WORD } from '../kept-agents.ts';
import { literalWord, type Word } from '../shell/words.ts';
import { fetchedPackage, WINDOWS_PACKAGE_FILE } from '../shell/tools/package-verification.ts';
import { HOME_USER_FOLDERS, isWindowsStartupFolderPath, isWindowsTemporaryRoot, namesProfileCacheFiles, USER_REGISTRY_ASSOCIATION, USER_REGISTRY_CONNECTION, USER_REGISTRY_REBUILDABLE } from '../windows-paths.ts';
import { restartComesBack } from '../restarts.ts';
import { credentialCopiedToShare } from './share-secrets.ts';
import { namesScratchEnvironment } from '../shell/tools/infra.ts';
import { namesDisposable, namesSharedCiResource, SCRATCH_WORDS } from '../test-data.ts';
import { heuristicEnvironment, targetsLiveTier } from '../environment.ts';
import { tlsOffVariable } from '../stored-commands.ts';
import { SECRET_KEY_WORD } from '../credential-text.ts';
import { inboundOpenWidens, privilegedGroupGrant, sessionOnServer } from '../public-access.ts';

export { inboundOpenWidens, privilegedGroupGrant, sessionOnServer };

/**
 * Windows programs and cmd.exe built-ins that change things, as cmd and the programs document their
 * switches (`/s`, `/q`, `/MIR`; case-insensitive, `/s/q` and `/sq` both mean two switches for the
 * built-ins). Used from cmd, from PowerShell, and from Git Bash. A program not listed here goes on
 * to the shared tool analysers (git, cloud CLIs, databases) and then to the unknown-program rule.
 */

/** `/s /q`, `/s/q`, `/sq` → `s`, `q` (letters of switch words, lower-case). */
export function cmdSwitches(args: Word[]): Set<string> {
  const out = new Set<string>();
  for (const a of args) {
    const v = a.value;
    if (v === null || !/^\/[A-Za-z?]/.test(v)) continue;
    for (const part of v.split('/').filter(Boolean)) {
      const lower = part.toLowerCase();
      if (/^[a-z]+$/.test(lower) && lower.length <= 3) for (const ch of lower) out.add(ch);
      out.add(lower);
    }
  }
  return out;
}

/** Words that are not switches (`/x`) for built-ins that take switches. */
export function cmdOperands(args: Word[]): Word[] {
  return args.filter((a) => a.value === null || !/^\/[A-Za-z?]/.test(a.value));
}

/**
 * Image names of servers and of Windows' own critical processes: killing one stops a database, a web server or the
 * machine (lsass, csrss, wininit end the session or crash Windows). `w3wp` is left out: IIS starts it again on the next
 * request. Safeguards' processes count too: killing one switches the safeguard off until it is started again (Microsoft
 * Defender's engine `MsMpEng`, its network inspection `NisSrv` and core service, Defender for Endpoint's `MsSense` and
 * `SenseIR`, Windows Security's `SecurityHealthService`, Sysmon's audit logging).
 */
export const SERVER_PROCESS = /^(sqlservr|sqlagent|postgres|mysqld|mariadbd|mongod|mongos|redis-server|memcached|httpd|nginx|tomcat\d*|rabbitmq-server|elasticsearch|lsass|csrss|wininit|winlogon|services|smss|svchost|msmpeng|nissrv|mpdefendercoreservice|mssense|senseir|sensecncproxy|securityhealthservice|sysmon(64)?)(\.exe)?$/i;

function host(inv: Invocation, id: string): void {
  inv.env.b.target({ kind: 'host', id, environment: null, home: false, critical: true });
}

/** `rd`/`rmdir` of cmd: `/s` removes the whole tree; without it only an empty folder. */
/**
 * A temporary folder itself (`C:\Windows\Temp`, a profile's `AppData\Local\Temp`) removed and made again by the very
 * next step (`rd /s /q T & md T`, `Remove-Item T -Recurse; New-Item -ItemType Directory T`): its contents emptied, as
 * `del /s /q T\*` does. Any other step between, another folder, or no step making it again stays the folder deleted.
 */
const MADE_AGAIN = /^\s*(?:&&?|;|\r?\n)\s*(?:md|mkdir|new-item|ni)\s+(?:-(?:itemtype|type|it)\s+directory\s+)?(?:-path\s+)?(['"]?)([^'"\s&;|]+)\1(?:\s+-(?:itemtype|type|it)\s+directory)?(?:\s+-force)?(?:\s*\|\s*out-null)?\s*(?:$|&|;|\r?\n)/i;
const WHOLE_CMD_MADE_AGAIN = /^(?:rd|rmdir)(?:\s+\/[sq])+\s+(["']?)([^"'&|]+?)\1\s*&&?\s*(?:md|mkdir)\s+(["']?)([^"'&|]+?)\3\s*$/i;
export function temporaryRootMadeAgain(inv: Invocation, p: Word): boolean {
  const fx = pathEffect(inv, p);
  if (p.value === null || !isWindowsTemporaryRoot(fx.path, inv.scope.home)) return false;
  // The lead's answer 301: the machine's own temporary folders under `C:\Windows` (`Temp`, the spooler's queue) made again
  // inherit `C:\Windows`'s permissions, without the create right every account and service had there: services fail.
  // A profile's or a drive's own temporary folder made again inherits what it had.
  if (/^[a-z]:\\windows\\/i.test(fx.path)) return false;
  const same = (v: string): boolean => pathEffect(inv, literalWord(v, inv.span.start, inv.span.end)).path.toLowerCase() === fx.path.toLowerCase();
  // cmd's steps carry no place in the source: the whole input is then read as the two steps.
  const whole = inv.span.start === inv.span.end ? WHOLE_CMD_MADE_AGAIN.exec(inv.env.source.trim()) : null;
  if (whole) return same(whole[2]!) && same(whole[4]!);
  const m = inv.span.start === inv.span.end ? null : MADE_AGAIN.exec(inv.env.source.slice(inv.span.end));
  if (!m) return false;
  const ps = /^\s*(?:&&?|;|\r?\n)\s*(?:new-item|ni)\b/i.test(inv.env.source.slice(inv.span.end));
  if (ps && !/-(?:itemtype|type|it)\s+directory/i.test(m[0])) return false;
  return same(m[2]!);
}

export function cmdRd(inv: Invocation): void {
  const sw = cmdSwitches(inv.args);
  const recursive = sw.has('s');
  const b = inv.env.b.verb('delete');
  const scoped = withBuildOutputPair(inv, cmdOperands(inv.args));
  for (const given of cmdOperands(inv.args)) {
    // Round 39 (win2): `rd /s` of a folder link this line made is read as going into it (fail closed: older Windows did), and
    // what the line moved there (or below) is lost with it, judged where it came from (filesystem.ts movedHere).
    const p = recursive ? intoLinkItself(inv, given) : given;
    for (const from of movedHere(inv, p, recursive)) fileTarget(scoped, { ...p, value: from, glob: false }, 'delete', { recursive: true, what: `\`${inv.name}\` deletes what \`move\` moved there from` });
    // The lead's answer 206 (round 26): an operand not fixed in the input (`rd !a!`, `rd %a%` where the line does not set
    // it) may itself carry `/s /q` and a root: a possibly recursive delete of a target we cannot see, `unknown`. (`del` and
    // `erase` read such an operand as recursive already, and an explicit `/s` as a tree deleted.)
    if (p.value === null && !recursive) {
      b.target({ kind: 'filesystem', id: shown(p), environment: null, home: false, verbs: ['delete'] }).opaque('path_dynamic_switches', `\`${inv.name} ${shown(p)}\`: an argument not fixed in the input may carry \`/s\` and any folder (the lead's answer 206)`, inv.span);
      continue;
    }
    if (recursive && temporaryRootMadeAgain(inv, p)) {
      b.target({ kind: 'filesystem', id: pathEffect(inv, p).path, environment: null, home: false, verbs: ['delete'] }).finding('temporary_root_emptied', `\`${inv.name} /s\` of a temporary folder made again by the next step: its temporary files emptied`);
      continue;
    }
    if (appLogFolderSwept(inv, p)) continue;
    const before = b.destructive;
    fileTarget(scoped, p, 'delete', { recursive, what: recursive ? `\`${inv.name} /s\` deletes the tree` : `\`${inv.name}\` removes the empty folder` });
    // Without /s, rd only removes an empty folder: nothing is lost unless the path is critical.
    if (!recursive && !before && !/critical_path|control_plane_target/.test(b.findings[b.findings.length - 1]?.code ?? '')) b.destructive = false;
  }
  b.summary(`${inv.name}${recursive ? ' /s' : ''} ${cmdOperands(inv.args).map(shown).join(' ')}`);
}

/**
 * File-name patterns of build output and caches that the tools which wrote them regenerate (`*.obj`, `*.pyc`,
 * `node_modules`; `*.pdb`, the debug symbols a .NET or C++ build writes beside its binaries): deleting only these loses
 * nothing. Shared by `Remove-Item -Filter`, `Get-ChildItem | Remove-Item` and `del /s PATTERN`.
 */
const REBUILDABLE_NAME_FILTER = new RegExp(`^\\*?\\.?(\\*\\.)?(pyc|pyo|o|obj|pdb|trx|log|tmp|temp|bak|swp|class|orig|rej|cache)$|^(__pycache__|node_modules|bin|obj|dist|build|\\.pytest_cache|coverage|\\.cache)$|^\\*(\\.[\\w-]+)?~$|${OS_JUNK_FILE.source}`, 'i');

/**
 * A filter naming build output or caches (REBUILDABLE_NAME_FILTER), or a `*.EXT` wildcard every match of which is a
 * rebuildable file by the table shell commands use (paths.ts REBUILDABLE_FILE: the linker's `*.ilk`, precompiled
 * headers), Windows names being case-insensitive.
 */
/** paths.ts OS_JUNK_FILE by Windows' case-insensitive names. */
export const OS_JUNK_NAME = new RegExp(OS_JUNK_FILE.source, 'i');

export function isRebuildableFilter(filter: string, all: readonly (string | null)[] = [filter]): boolean {
  // The lead's answer 121: `bin` is MSBuild's output only with `obj` in the same filter list; alone it may be hand-kept scripts.
  if (/^bin$/i.test(filter)) return all.some((f) => f !== null && /^obj$/i.test(f));
  return REBUILDABLE_NAME_FILTER.test(filter) || (/^\*(\.[\w-]+){1,2}$/.test(filter) && REBUILDABLE_FILE.test(`x${filter.slice(1).toLowerCase()}`));
}

/**
 * Logs, backups and symbols (`*.log`, `*.bak`, `*.pdb`) are only disposable where a build or a test run left them: in the
 * workspace or a temp folder. Elsewhere (`C:\inetpub\logs`, `D:\Backups`, a symbol store) a sweep of them is a purge of
 * records, backups and the symbols of builds that nothing regenerates.
 */
const RECORD_FILTER = /^\*?\.?(\*\.)?(log|bak|pdb)$|~$/i;

/** Every filter names build output or caches, judged at the root `w` (the workspace, below it, or a temp folder). */
export function onlyRebuildable(filters: (string | null)[], inv: Invocation, w: Word): boolean {
  const each = filters.flatMap((f) => (f === null ? [null] : f.split(',').map((x) => x.trim())));
  if (filters.length > 0 && profileCacheFilters(inv, w, each)) return true;
  if (filters.length > 0 && !each.every((f) => f !== null && isRebuildableFilter(f, each)) && each.every((f) => f !== null && (isRebuildableFilter(f, each) || WORKSPACE_BUILD_NAME.has(f.toLowerCase())))) return atWorkspace(inv, w);
  if (filters.length === 0 || !each.every((f) => f !== null && isRebuildableFilter(f, each))) return false;
  const fx = pathEffect(inv, w);
  if (!filters.some((f) => RECORD_FILTER.test(f!))) return fx.cls !== 'critical' || sweptByBuildNames(inv, fx.path, each as string[]);
  const root = inv.scope.workspace ?? inv.scope.cwd;
  // Round 23 (b23w): `*.log` in an application's own log folder outside the workspace (`C:\ProgramData\Acme\Agent\logs`),
  // which the application writes again, as `rm /opt/app/logs/*.log` on Linux (isAppLogFile: not IIS's request logs, not
  // Windows' own, not an audit trail). Backups and symbols (`*.bak`, `*.pdb`) there stay kept.
  // Round 38b (n3): not a database engine's, a security, sync or backup agent's logs (as appLogFolderSwept, 387.1).
  if (filters.every((f) => /^\*?\.?(\*\.)?log$/i.test(f!)) && fx.cls !== 'control_plane' && fx.cls !== 'unknown' && isAppLogFile(`${fx.path.replace(/[\\/]+$/, '')}\\app.log`) && !namesKeptLogOwner(fx.path.toLowerCase())) return true;
  return fx.cls === 'workspace' || fx.cls === 'rebuildable' || fx.cls === 'temporary' || (!!root && fx.path.toLowerCase() === root.toLowerCase());
}

/**
 * Round 37 (pw37): the folder names a workspace's build or tools write again (paths.ts REBUILDABLE: `.vs`, `TestResults`,
 * `node_modules`, `Intermediate`, `coverage`), lower case, as filters of a listing: `Get-ChildItem -Recurse -Directory
 * -Include .vs | Remove-Item -Recurse`, `Where-Object Name -in '.vs','TestResults'` is `find . -name .vs -exec rm -rf`,
 * which the shell reads by the same table. Only from the workspace or a folder in it (atWorkspace): from a drive, the
 * profile or a system folder the same names are other programs' own folders.
 */
const WORKSPACE_BUILD_NAME: ReadonlySet<string> = new Set([...REBUILDABLE].map((n) => n.toLowerCase()));
function atWorkspace(inv: Invocation, w: Word): boolean {
  const fx = pathEffect(inv, w);
  const root = inv.scope.workspace ?? inv.scope.cwd;
  return fx.cls === 'workspace' || fx.cls === 'rebuildable' || (!!root && fx.path.toLowerCase().replace(/[\\/]+$/, '') === root.toLowerCase().replace(/[\\/]+$/, ''));
}

/** Name filters of a folder each of whose matches is a profile's cache file by place (windows-paths.ts namesProfileCacheFiles). */
function profileCacheFilters(inv: Invocation, folder: Word, filters: ReadonlyArray<string | null>): boolean {
  const fx = pathEffect(inv, folder);
  return fx.cls !== 'unknown' && fx.cls !== 'control_plane' && filters.every((f) => f !== null && namesProfileCacheFiles(fx.path, f));
}

/**
 * A critical root (a drive, a system folder, the home) swept for build-output names: the names are the build's only in
 * the working folder, a folder above it or beside it in the home (other clones); from a drive root, `C:\Program Files`
 * or the home's AppData they match installed programs' own `bin` folders (as `find / -name bin` on Linux). Dependency
 * caches (`node_modules`, `__pycache__`) are swept from the home itself too, as the shell's find is.
 */
function sweptByBuildNames(inv: Invocation, path: string, names: readonly string[]): boolean {
  const p = path.toLowerCase().replace(/[\\/]+$/, '');
  const home = inv.scope.home?.toLowerCase().replace(/[\\/]+$/, '');
  const here = [inv.scope.cwd, inv.scope.workspace].map((d) => d?.toLowerCase().replace(/[\\/]+$/, ''));
  if (here.includes(p)) return true;
  if (!home || !/^[a-z]:\\users\\[^\\]+$/.test(home)) return false;
  if (p === home) return names.every((n) => DEPENDENCY_CACHE_NAME.test(n));
  return p.startsWith(`${home}\\`) && !/^appdata(\\|$)/.test(p.slice(home.length + 1));
}

/**
 * Answer 79's global tool store for an editor's extensions (round 29): VS Code (and its Insiders, OSS and Cursor builds)
 * keeps each installed extension version in `~\.vscode\extensions\PUBLISHER.NAME-VERSION` and downloads any of them
 * again from the marketplace; a listing of that folder itself (not recursive) filtered to one extension's versions
 * (`ms-python.python-2023.*`) removes superseded copies. The whole folder, another filter or a recursive listing stays.
 */
const EXTENSION_VERSION_FILTER = /^['"]?[a-z0-9][\w-]*\.[\w-]+-\d+(\.(\d+|\*))*\*?['"]?$/i;
export function oldExtensionVersions(inv: Invocation, root: Word, filters: readonly (string | null)[], recursive: boolean): boolean {
  const home = inv.scope.home;
  if (recursive || !home || filters.length === 0 || !filters.every((f) => f !== null && EXTENSION_VERSION_FILTER.test(f))) return false;
  const path = pathEffect(inv, root).path.toLowerCase().replace(/[\\/]+$/, '');
  return [`.vscode`, `.vscode-insiders`, `.vscode-oss`, `.cursor`].some((d) => path === `${home.toLowerCase()}\\${d}\\extensions`);
}

/**
 * Round 26 (k26w): answer 79 for PowerShell's filters: `Get-ChildItem "$env:USERPROFILE\\Downloads\\*" -Include *.msi,*.exe |
 * Remove-Item`, `Remove-Item …\\Downloads\\* -Include *.msi`: the session's own Downloads folder (or every item in it), not
 * recursive, every filter an installer's `*.EXT` (downloadedInstallers).
 */
export function downloadedInstallerFilters(inv: Invocation, root: Word, filters: readonly (string | null)[], recursive: boolean): boolean {
  const each = filters.flatMap((f) => (f === null ? [null] : f.split(',').map((x) => x.trim())));
  if (recursive || root.value === null || each.length === 0 || !each.every((f) => f !== null && INSTALLER_FILTER.test(f))) return false;
  const folder = root.value.replace(/[\\/]\*$/, '');
  return downloadedInstallers(inv, `${folder}\\*.exe`, '*.exe');
}

/**
 * IIS's request logs named for a month or a day that ended 30 days or more ago (`del C:\inetpub\logs\LogFiles\W3SVC1\u_ex2609*.log`,
 * `u_ex260901.log`: W3C files are named `u_exYYMMDD.log`, `exYYMMDD.log` without UTF-8): the lead's decision that IIS
 * logs of 30 days or more are disposable (round 14), read from the name where forfiles and Where-Object read the age. A
 * year alone, or a month not yet 30 days past, stays the server's record. Round 30 (w30).
 */
const IIS_DATED_LOG = /^[a-z]:\\inetpub\\logs\\logfiles\\w3svc\d+\\(?:u_)?ex(\d{2})(\d{2})(\d{2})?\*?\.log$/i;
export function oldIisLogsDeleted(inv: Invocation, p: Word, recursive: boolean): boolean {
  if (recursive || p.value === null) return false;
  const fx = pathEffect(inv, { ...p, glob: false });
  const m = IIS_DATED_LOG.exec(fx.path);
  if (!m || fx.cls === 'control_plane') return false;
  const [year, month, day] = [2000 + Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return false;
  // The first moment after what the name covers: the next day, or the next month's first day.
  const after = day === undefined ? Date.UTC(year, month, 1) : Date.UTC(year, month - 1, day + 1);
  if (Date.now() - after < 30 * 86_400_000) return false;
  inv.env.b.target({ kind: 'filesystem', id: fx.path, environment: pathEnvironment(inv, fx.path), home: false, verbs: ['delete'] }).finding('retention_delete', `\`${inv.name}\` deletes IIS logs named for ${day === undefined ? 'a month' : 'a day'} 30 days or more ago only`);
  return true;
}

/**
 * One file in an application's own log folder (`del C:\ProgramData\Acme\Agent\logs\agent.log`, or Remove-Item of it), or
 * its log files by a name pattern (`logs\stdout_*.log`, ASP.NET Core Module's): the application writes its logs again, as
 * `rm /opt/app/logs/app.log` on Linux (isAppLogFile: not IIS's request logs, Windows' own or an audit trail, nor a kept log,
 * isKeptLogFile: deleted, its record is lost as its emptying loses it, the lead's answer 407.4). A wildcard only in
 * the last name, which ends `.log`; not `/s` or `-Recurse`. Round 30 (w30).
 */
export function appLogFileDeleted(inv: Invocation, p: Word, recursive: boolean): boolean {
  if (recursive || p.value === null || /[\\/]$/.test(p.value)) return false;
  const base = p.value.split(/[\\/]/).pop() ?? '';
  const pattern = /[*?]/.test(p.value);
  if (pattern && (/[*?]/.test(p.value.slice(0, p.value.length - base.length)) || !/\.log$/i.test(base))) return false;
  const fx = pathEffect(inv, pattern ? { ...p, value: p.value.slice(0, p.value.length - base.length - 1), glob: false } : p);
  const file = pattern ? `${fx.path}\\${base}` : fx.path;
  if (fx.cls === 'control_plane' || fx.cls === 'unknown' || !isAppLogFile(file) || isAuditRecordFile(file) || isKeptLogFile(file)) return false;
  inv.env.b.target({ kind: 'filesystem', id: file, environment: pathEnvironment(inv, fx.path), home: false, verbs: ['delete'] }).finding('path_rebuildable', `\`${inv.name}\` deletes \`${file}\`: an application's log files, which it writes again`);
  return true;
}

/**
 * The lead's answers 374.3 and 387.2 (round 37): `msiexec /x {PRODUCT-CODE}` or `msiexec /x product.msi` uninstalls one
 * program, as a package manager's uninstall does: a write (the caller's verb). What it names is still judged by what it is,
 * as winget's, `wmic product … call uninstall`'s and Uninstall-Package's doors read it (the lead's answers 124 and 203,
 * round 16): a security agent (Defender for Endpoint's `md4ws.msi`, whose uninstall takes the `OFFBOARDINGSCRIPT`
 * property only that package documents), a database engine, a monitoring, sync or backup agent. A product code says
 * nothing of what it is: a write. `/uninstall PATCH /package PRODUCT` (Windows Installer's command line) removes an update
 * from a product, as `wusa /uninstall` does (round 16): destructive.
 */
const DEFENDER_OFFBOARDING = /^offboardingscript=/i;
function msiexecUninstall(inv: Invocation): void {
  const b = inv.env.b;
  const ws = inv.args.map((a) => a.value?.toLowerCase() ?? null);
  const named = inv.args.filter((a) => a.value === null || !a.value.startsWith('/')).map((a) => a.value);
  const text = named.filter((v): v is string => v !== null).join(' ');
  if (ws.includes('/uninstall') && ws.some((w) => w === '/package' || w === '/i')) b.verb('delete').destroy('update_uninstalled', '`msiexec /uninstall PATCH /package PRODUCT` removes an installed update from a product', inv.span);
  else if (ENDPOINT_PROTECTION.test(text) || named.some((v) => v !== null && DEFENDER_OFFBOARDING.test(v))) b.verb('delete').destroy('safeguard_disabled', '`msiexec /x` removes a security agent', inv.span);
  else if (namesKeptServerProduct(text) || namesSyncOrBackupAgent(text)) b.verb('delete').destroy('kept_server_uninstalled', "`msiexec /x` removes a database engine, a monitoring, sync or backup agent (the lead's answer 203)", inv.span);
  else b.finding('package_uninstalled', `\`msiexec /x\` uninstalls one program${text ? ` (\`${text}\`)` : ''}, as a package manager does (the lead's answers 374.3, 387.2)`, inv.span);
}

/** A log folder's own name (appLogFolderSwept). */
const LOG_SEGMENT = /^logs?$/;
/** A kept copy (`backup`, `bak`, `archive`, `snapshot`) or a log that is a broker's data (Kafka's, ZooKeeper's), whole words. */
const KEPT_COPY_OR_BROKER_WORD = /(^|[^a-z])(backups?|bak|archived?|archives|snapshots?|kafka|zookeeper)([^a-z]|$)/;
/** A path segment (lower case) that no application's own logs lie under: a kept log's record (paths.ts namesKeptLogRecord), a kept copy, a broker's. */
function notAppLogWord(segment: string): boolean {
  return namesKeptLogRecord(segment) || KEPT_COPY_OR_BROKER_WORD.test(segment);
}

/**
 * The lead's answer 387.1 (round 37, pw37's question 1): an application's own log folder swept, whole or by its contents,
 * recursively or not (`Remove-Item -Recurse C:\ProgramData\Acme\logs\*`, `del /q …\Logs\*`, `rd /s /q
 * %LOCALAPPDATA%\Docker\log`, `Get-ChildItem …\Logs -Recurse | Where-Object LastWriteTime -lt … | Remove-Item`), is its
 * logs (361.2), which it writes again: benign, as its `*.log` files already were (round 13, appLogFileDeleted). The same
 * shapes on a data folder stay destructive. Fail closed on everything that is not plainly one application's own:
 * - a `log`/`logs` folder (isAppLogFile: not Windows' own, IIS's request logs or an audit trail) with an application's
 *   folder above it: not a drive's, a share's (`\\nas\logs`, collected records), `C:\Users`'s or a system root's own
 *   (`C:\ProgramData\logs`), and in a profile only under AppData or a tool's dot folder (`Documents\logs` is the user's);
 * - no wildcard before the log folder (`ProgramData\*\logs` is every application's), only `*` or `*.*` after it;
 * - nothing on the way naming Windows' own (`ProgramData\Microsoft`), a database or monitoring engine, a security, sync or
 *   backup agent (their logs may be transaction logs or the record of what happened), an audit, a transaction or
 *   write-ahead log, or a kept copy (`backup`, `archive`, `snapshot`).
 * The workspace, build output and temporary folders keep their own readings (this is asked only where they did not answer).
 */
export function appLogFolderSwept(inv: Invocation, p: Word): boolean {
  if (p.value === null) return false;
  const v = p.value.replace(/[\\/]+$/, '');
  // The lead's answer 391.2 (round 38b): a log-name pattern (`stdout_*.log`, `*.log`) in the folder, recursive or not, is
  // its logs as the whole folder is; not a pattern naming an audit trail or a database's logs (notAppLogWord).
  const rest = /[\\/](\*(\.\*)?|[^\\/*?]*[*?][^\\/]*\.log)$/i.exec(v);
  const folderValue = rest ? v.slice(0, rest.index) : v;
  if (folderValue === '' || /[*?[]/.test(folderValue)) return false;
  const fx = pathEffect(inv, { ...p, value: folderValue, glob: false });
  if (fx.cls !== 'critical' && fx.cls !== 'outside') return false;
  const k = fx.path.toLowerCase();
  if (!/^[a-z]:\\/.test(k) || !isAppLogFile(`${k}\\x`) || isAuditRecordFile(`${k}\\x`)) return false;
  const segs = k.split('\\').slice(1);
  const at = segs.findIndex((s) => LOG_SEGMENT.test(s));
  if (at < 1 || !ownsLogFolder(segs.slice(0, at))) return false;
  if (rest && notAppLogWord(rest[0].slice(1).toLowerCase())) return false;
  if (rest && isAuditRecordFile(`${k}\\${rest[0].slice(1).toLowerCase()}`)) return false;
  if (namesKeptLogOwner(k)) return false;
  // The lead's answer 407.4 (round 39): one kept log named (`del …\logs\security.log`, a transaction or redo log, a
  // journal: isKeptLogFile) is a record deleted as its emptying is, not the folder's logs swept; the same for a pattern
  // naming one (`logs\security-*.log`).
  if (isKeptLogFile(rest ? `${k}\\${rest[0].slice(1)}` : k)) return false;
  inv.env.b.target({ kind: 'filesystem', id: fx.path, environment: pathEnvironment(inv, fx.path), home: false, verbs: ['delete'] }).finding('app_log_folder_swept', `\`${inv.name}\` deletes ${rest ? 'what is in ' : ''}\`${fx.path}\`: an application's own log folder, whose logs it writes again (the lead's answer 387.1)`);
  return true;
}

/** A path (lower case) naming Windows-side keepers of logs that are records: a database or monitoring engine, a security, sync or backup agent, an audit, transaction or write-ahead log, a kept copy (387.1). */
function namesKeptLogOwner(k: string): boolean {
  const segs = k.split('\\').slice(1);
  return segs.some((s) => notAppLogWord(s)) || namesKeptServerProduct(k) || ENDPOINT_PROTECTION.test(k) || segs.some((s) => namesSyncOrBackupAgent(s));
}

/** The folders above a log folder (below the drive) name one application's folder, not a root shared by many (appLogFolderSwept). */
function ownsLogFolder(above: readonly string[]): boolean {
  const joined = above.join('\\');
  if (/^(windows|program files( \(x86\))?|programdata|users|inetpub|perflogs)$/.test(joined)) return false;
  if (/^programdata\\(microsoft|package cache)(\\|$)/.test(joined)) return false;
  if (above[0] !== 'users') return true;
  // In a profile (this session's or another's): below AppData's Local, Roaming or LocalLow with an application's folder,
  // or below a tool's dot folder (`.docker`, `.vscode`); the profile's own folders (Documents, Desktop) are the user's.
  const inProfile = above.slice(2);
  return (/^appdata\\(local|roaming|locallow)\\[^\\]+/.test(inProfile.join('\\')) && inProfile[2] !== 'temp' && inProfile[2] !== 'microsoft') || (inProfile.length >= 1 && /^\.[a-z0-9]/.test(inProfile[0]!));
}

/**
 * `del`/`erase`: files matching each operand; `/s` in every subfolder too. A folder operand empties it. A wildcard
 * operand deletes the matching files only (never the folder it names): `del /s *.obj` is `find . -name '*.obj' -delete`.
 */
export function cmdDel(inv: Invocation): void {
  const sw = cmdSwitches(inv.args);
  const b = inv.env.b.verb('delete');
  for (const given of cmdOperands(inv.args)) {
    // Round 39 (win2): `del LINK` of a folder link this line made deletes the files of the folder it points at (del of a
    // folder deletes its files); what the line moved there is lost, judged where it came from (filesystem.ts movedHere).
    const p = intoLinkItself(inv, given);
    for (const from of movedHere(inv, p, sw.has('s'))) fileTarget(inv, { ...p, value: from, glob: false }, 'delete', { recursive: true, what: `\`${inv.name}\` deletes what \`move\` moved there from` });
    const v = p.value ?? '';
    const base = v.split(/[\\/]/).pop() ?? '';
    if (oldIisLogsDeleted(inv, p, sw.has('s'))) continue;
    if (!sw.has('s') && downloadedInstallers(inv, v, base)) {
      b.target({ kind: 'filesystem', id: pathEffect(inv, p).path, environment: null, home: false, verbs: ['delete'] }).finding('downloaded_installers', `\`${inv.name}\` of installers in Downloads only (\`${base}\`): downloaded again at will`);
      continue;
    }
    // Round 26 (k26w): a junk file's fixed name (`del /s /q /a:h D:\\Shares\\Thumbs.db`) is a filter of its folder as a
    // wildcard is: `/s` deletes that name in every subfolder, and what it deletes holds nothing (paths.ts OS_JUNK_FILE).
    const folder = { ...p, value: v.slice(0, v.length - base.length) || '.', glob: false };
    if (p.value !== null && (/[*?]/.test(base) || OS_JUNK_NAME.test(base)) && (isRebuildableFilter(base) || profileCacheFilters(inv, folder, [base]))) {
      const fx = pathEffect(inv, folder);
      if (fx.cls !== 'control_plane' && onlyRebuildable([base], inv, folder)) {
        b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('find_delete_rebuildable', `\`${inv.name}\` of build or cache files only (\`${base}\`)`);
      } else if (pathEffect(inv, p).cls === 'temporary') {
        // Round 30 (w30): files of a temporary folder (`del /q C:\Windows\Temp\*.tmp`), as Remove-Item reads the same word.
        fileTarget(inv, p, 'delete', { recursive: sw.has('s'), what: `\`${inv.name}\` deletes` });
      } else {
        // Logs or backups outside the workspace: the folder's records are deleted.
        fileTarget(inv, folder, 'delete', { recursive: sw.has('s'), what: `\`${inv.name}\` deletes \`${base}\` in` });
      }
      continue;
    }
    if (appLogFileDeleted(inv, p, sw.has('s')) || appLogFolderSwept(inv, p)) continue;
    const isFile = /\.[A-Za-z0-9]{1,8}$/.test(v) && !/[*?]/.test(v);
    fileTarget(inv, p, 'delete', { recursive: sw.has('s') || !isFile, what: `\`${inv.name}${sw.has('s') ? ' /s' : ''}\` deletes` });
  }
}

/**
 * diskpart commands that only show or select (Microsoft's diskpart command reference): a script made of these
 * changes nothing. Every other command (clean, format, delete, convert, create, shrink, offline, remove, ...) may.
 */
const DISKPART_READ = /^\s*(list|select|sel|detail|help|rem|exit|filesystems|rescan)\b/i;

/**
 * diskpart commands that change a disk's state but erase nothing (same reference): attach or detach a virtual disk,
 * extend or expand a volume or virtual disk into free space, assign a drive letter, bring a disk or volume online. A
 * script of these and of DISKPART_READ is a write; `offline`, `remove`, `shrink`, `clean`, `format`, `delete`,
 * `convert`, `create` stay in the erasing group.
 */
const DISKPART_KEEP = /^\s*(attach|detach|extend|expand|assign|online)\b/i;

/** The script diskpart runs: the text of the `/s` file when this input wrote it, else what it reads on its input. */
function diskpartScript(inv: Invocation, ws: string[]): string | null {
  const at = ws.indexOf('/s');
  if (at === -1) return inv.stdin?.text ?? null;
  const file = inv.args[at + 1]?.value ?? null;
  const text = file === null ? undefined : writtenContent(inv.scope, file);
  return typeof text === 'string' ? text : null;
}

/**
 * Round 26 (k26w): one file copied beside itself under a backup name (`copy web.config web.config.bak`, `Copy-Item
 * …\\etc\\hosts …\\etc\\hosts.bak-20261205`), as the shell's `cp F F.bak` (filesystem.ts `copy_backup`): the copy keeps the
 * file, and what it may replace is an older copy of the same file. Not the control plane, not a path not fixed.
 */
export function backupCopy(inv: Invocation, sources: Word[], dest: Word | null | undefined): boolean {
  if (!dest || sources.length !== 1 || sources[0]!.value === null || dest.value === null || /[*?]/.test(sources[0]!.value + dest.value)) return false;
  const from = pathEffect(inv, sources[0]!);
  const to = pathEffect(inv, dest);
  if (from.cls === 'unknown' || to.cls === 'unknown' || from.cls === 'control_plane' || to.cls === 'control_plane') return false;
  if (!isBackupNameOf(from.path.replace(/[\\/]+$/, ''), to.path, true)) return false;
  inv.env.b.target({ kind: 'filesystem', id: to.path, environment: null, home: false, verbs: ['write'] }).finding('copy_backup', `\`${inv.name}\` makes a backup copy \`${to.path}\``, inv.span);
  // Round 28 (w28), as the shell's `cp F F.bak && cp new F`: what a later write in the same line replaces at F is kept in
  // the copy (filesystem.ts fileTarget's `absent`).
  if (!/[\\/]$/.test(from.path)) inv.scope.absent = new Set([...(inv.scope.absent ?? []), from.path]);
  return true;
}

/**
 * Round 30 (w30): a share's root (`\\FS02\Finance$`) is always a folder, as a destination written with a closing `\` is:
 * files copied there land in it under their own names. Not an administrative or system share (`c$`, `admin$`, `ipc$`,
 * `print$`, SYSVOL, NETLOGON: a whole disk, Windows' own folder, the domain's logon scripts and policies).
 */
const SHARE_ROOT = /^\\\\[^\\/]+\\(?!(?:[a-z]|admin|ipc|print)\$\\?$|(?:sysvol|netlogon)\\?$)[^\\/*?]+\\?$/i;

/**
 * Round 26 (k26w): where copied or moved files land. A destination written with a closing `\\` (`move *.zip
 * "%USERPROFILE%\\Downloads\\old\\"`) is a folder: each source lands in it under its own name, as the shell's
 * `landingPaths` reads `mv ~/Downloads/*.zip ~/Downloads/old/`; what may be replaced is a file of that name there, not the
 * folder. Any other destination is judged as written. Round 38 (pw38): PowerShell's single-quoted `'F:\\'` closes so too
 * (`Copy-Item .\\build\\blink.uf2 -Destination 'F:\\'` writes `F:\\blink.uf2`, not the drive).
 */
export function landedIn(dest: Word, sources: Word[]): Word[] {
  if (dest.value === null || !(/[\\/]["']?$/.test(dest.text) || SHARE_ROOT.test(dest.value)) || sources.length === 0) return [dest];
  const folder = dest.value.replace(/[\\/]+$/, '');
  return sources.map((s) => {
    const base = s.value === null ? null : s.value.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? null;
    // The landed name is each source's own, not a pattern over what the folder holds: judged as one file there.
    return base === null || base === '' || base === '.' || base === '..' || /:$/.test(base) ? dest : { ...dest, value: `${folder}\\${base}`, glob: false };
  });
}

/**
 * Round 38 (pw38): a SQL Server database's own file replaced by a copy or a move (`move /y D:\tmp\empty.mdf
 * D:\MSSQL\Data\Orders.mdf`): SQL Server keeps a database in its primary data file (`.mdf`), secondary data files
 * (`.ndf`) and transaction log (`.ldf`) (Microsoft Learn, "Database files and filegroups"); what the database held is gone
 * once another file takes the name, as the shell's `cp x /var/opt/mssql/data/Orders.mdf` reads it. The destination named
 * as that file (the callers pass only a destination written as a file, not one a copy lands in under the source's name);
 * outside the workspace, build output and temporary folders (a project's test database there is its own) and not a copy
 * into a backups folder.
 */
const SQL_SERVER_DATABASE_FILE = /\.(mdf|ndf|ldf)$/i;
export function databaseFileReplaced(inv: Invocation, d: Word): boolean {
  if (d.value === null || d.glob || !SQL_SERVER_DATABASE_FILE.test(d.value)) return false;
  const fx = pathEffect(inv, d);
  if ((fx.cls !== 'outside' && fx.cls !== 'critical') || underBackupsFolder(fx.path)) return false;
  inv.env.b.target({ kind: 'filesystem', id: fx.path, environment: pathEnvironment(inv, fx.path), home: false, verbs: ['write'] }).destroy('database_file_overwritten', `\`${inv.name}\` replaces \`${fx.path}\`, a SQL Server database's own file: what the database held is gone`, inv.span);
  return true;
}

/** copy/xcopy/move: the destination is written; `move` takes its sources away. */
export function cmdCopyMove(inv: Invocation): void {
  const ops = cmdOperands(inv.args);
  const b = inv.env.b.verb('write');
  if (ops.length === 0) return;
  const src = ops[0]!;
  if (inv.name === 'copy' && /^nul$/i.test(src.value ?? '') && ops[1]) {
    emptyFile(inv, ops[1], '`copy nul` empties');
    return;
  }
  const dest = ops.length > 1 ? ops[ops.length - 1]! : null;
  // Round 41 (fo41): a credential file copied onto another machine's share is sent off the machine (share-secrets.ts).
  if (credentialCopiedToShare(inv, ops.slice(0, -1), dest)) return;
  // `/-Y` (copy, xcopy and move reference) asks before overwriting a file that exists, and an agent's command has nobody
  // to answer yes: what is there stays (round 12). A written file that did not exist loses nothing.
  const asks = inv.args.some((a) => /^\/-y$/i.test(a.value ?? ''));
  if (dest && asks && pathEffect(inv, dest).cls !== 'control_plane') inv.env.b.target({ kind: 'filesystem', id: pathEffect(inv, dest).path, environment: null, home: false, verbs: ['write'] }).finding('copy_asks_before_overwrite', `\`${inv.name} /-Y\` asks before overwriting`);
  else if (dest && inv.name !== 'move' && siteDeploy(inv, dest, ops.slice(0, -1))) return;
  else if (inv.name === 'copy' && backupCopy(inv, ops.slice(0, -1), dest)) return;
  else if (dest) for (const d of landedIn(dest, ops.slice(0, -1))) {
    fileTarget(inv, d, 'write', { recursive: false, what: `\`${inv.name}\` overwrites`, replaces: true });
    if (d === dest) databaseFileReplaced(inv, d);
  }
  if (inv.name === 'move') noteWindowsMove(inv, ops.slice(0, -1), dest);
  if (inv.name === 'move') for (const p of ops.slice(0, -1)) if (movedAway(inv, p, dest)) fileTarget(inv, p, 'delete', { recursive: true, what: '`move` takes away' });
  if (inv.name === 'move' && dest && intoTemporaryFolder(inv, dest)) for (const p of ops.slice(0, -1)) movedIntoTemp(inv, p);
  b.summary(`${inv.name} ${ops.map(shown).join(' ')}`);
}

/**
 * An IIS site's folder, here or through a server's admin share: `C:\inetpub\wwwroot\shop`, `D:\inetpub\shop-api`,
 * `\\web01\c$\inetpub\wwwroot\shop` (not `inetpub` or `wwwroot` themselves, nor IIS's own logs, temp or history).
 */
const SITE_FOLDER = /^(?:[a-z]:|\\\\[^\\]+\\[a-z]\$)\\inetpub\\(?:wwwroot\\)?(?!wwwroot\\?$|(?:logs|temp|history|custerr|mailroot|ftproot)(?:\\|$))[^\\]+(?:\\.*)?$/i;

/**
 * A build's output by its folder (`.\publish`, `dist\*`, `bin\Release\net8.0\publish`, `artifacts`, `drop`), or a build
 * share's drops folder (`\\buildshare\drops\Acme\1.4.2`: Azure DevOps and TFS publish each build's artefacts to a drop
 * folder on a share, one folder per build).
 */
const BUILD_OUTPUT_SOURCE = /(^|[\\/])(publish|dist|build|out|output|artifacts|drops?|release|_site)([\\/]|$)/i;

/**
 * Round 34 (p34): an archive of a build or of the site's backup (`.\publish.zip`, `artifacts\shop-1.4.2.zip`,
 * `D:\Backups\site\ledger-2026-12-02.zip`), which Expand-Archive unpacks into a site folder as a copy would: its files
 * replace those of the same name, the rest stay (Expand-Archive reference, -Force).
 */
const SITE_ARCHIVE_SOURCE = /((^|[\\/])(publish|dist|build|out|output|artifacts|drops?|release|_site|backups?)[\\/]([^\\/]+[\\/])*|(^|[\\/])(publish|dist|build|release|site)([-_.][^\\/]*)?)[^\\/]*\.zip$/i;

/**
 * Round 28 (w28): a build output beside the batch file that copies it (`"%~dp0publish"`: `%~dp0` is the drive and folder of
 * the running batch file, cmd's `call /?`). The source only says what is copied; nothing else in it may be expanded.
 */
function besideBatchBuildOutput(w: Word): boolean {
  const t = w.text.replace(/^"(.*)"$/, '$1');
  return /^%~dp0/i.test(t) && !/[%!*?]/.test(t.slice(5)) && !t.slice(5).split(/[\\/]/).includes('..') && BUILD_OUTPUT_SOURCE.test(t.slice(5));
}

/**
 * A build copied into a site's folder without pruning (robocopy without /MIR or /PURGE, xcopy, copy, Copy-Item) is a
 * deploy (the lead's decision 16, round 16): files of the same name are replaced by the new build, the rest stay. Not on a
 * machine named for production (siteOverProduction, the lead's answer 201): there it overwrites the live site.
 */
export function siteDeploy(inv: Invocation, dest: Word | undefined, sources: Word[], archive = false): boolean {
  if (!dest || dest.value === null || !SITE_FOLDER.test(dest.value.replace(/\//g, '\\'))) return false;
  const source = archive ? SITE_ARCHIVE_SOURCE : BUILD_OUTPUT_SOURCE;
  if (sources.length === 0 || !sources.every((w) => (w.value !== null && source.test(w.value)) || (!archive && besideBatchBuildOutput(w)))) return false;
  const path = pathEffect(inv, dest).path;
  if (siteOverProduction(inv, path)) return false;
  inv.env.b.verb('deploy').target({ kind: 'filesystem', id: path, environment: pathEnvironment(inv, path), home: false, verbs: ['write'] }).finding('site_deploy', `\`${inv.name}\` copies into the site folder \`${dest.value}\` without pruning: a deploy`);
  return true;
}

/** robocopy SRC DST: `/MIR` and `/PURGE` delete what DST has and SRC lacks; `/MOV`, `/MOVE` take SRC away. */
export function robocopy(inv: Invocation): void {
  const ops = cmdOperands(inv.args);
  const sw = new Set(inv.args.map((a) => (a.value ?? '').toLowerCase()));
  const b = inv.env.b.verb('write');
  const [src, dst] = ops;
  if (!dst) return;
  // Round 42 (atk42): a credential folder copied onto another machine's share is sent off the machine (share-secrets.ts).
  if (src && !sw.has('/l') && credentialCopiedToShare(inv, [src], dst)) return;
  if (sw.has('/l')) {
    const fx = pathEffect(inv, dst);
    b.verb('read').target({ kind: 'filesystem', id: fx.path, environment: pathEnvironment(inv, fx.path), home: false, verbs: ['read'] }).finding('dry_run', '`robocopy /L` only lists');
    return;
  }
  const onShare = pathEffect(inv, dst).cls === 'unknown' && !(sw.has('/mir') || sw.has('/purge')) ? folderOnFixedShare(dst) : null;
  if (onShare !== null) b.target({ kind: 'filesystem', id: onShare, environment: pathEnvironment(inv, onShare), home: false, verbs: ['write'] }).finding('share_folder_write', `\`robocopy\` writes into a folder of \`${onShare}\` named by a variable`);
  // The lead's answer 359.1: a mirror onto a backup deletes what only the backup still held (filesystem.ts mirrorOntoBackup).
  else if ((sw.has('/mir') || sw.has('/purge')) && mirrorOntoBackup(dst.text.replace(/^"(.*)"$/, '$1'))) {
    b.verb('delete').target({ kind: 'filesystem', id: pathEffect(inv, dst).path, environment: null, home: false, verbs: ['delete'] }).destroy('backup_mirror_delete', `\`robocopy /MIR\` onto the backup \`${dst.value ?? dst.text}\` deletes what only the backup still held`);
  } else if ((sw.has('/mir') || sw.has('/purge')) && mirrorOntoPreview(inv, dst)) {
    const path = pathEffect(inv, dst).path;
    b.verb('deploy').target({ kind: 'filesystem', id: path, environment: pathEnvironment(inv, path), home: false, verbs: ['write'] }).finding('preview_mirror', `\`robocopy /MIR\` onto \`${dst.value}\`, a pull request's or CI run's own preview folder`);
  } else if (sw.has('/mir') || sw.has('/purge')) fileTarget(inv, dst, 'delete', { recursive: true, what: '`robocopy /MIR` prunes' });
  else if (!(sw.has('/mov') || sw.has('/move')) && siteDeploy(inv, dst, src ? [src] : [])) return;
  // A share's root (SHARE_ROOT) or a drive's other than the system's (`E:\`) is a folder the files land in, as any other.
  else if (src && (SHARE_ROOT.test(dst.value ?? '') || /^[d-z]:\\$/i.test(dst.value ?? ''))) for (const d of landedIn({ ...dst, text: `${dst.text.replace(/[\\/]$/, '')}\\` }, [src])) fileTarget(inv, d, 'write', { recursive: false, what: '`robocopy` writes into' });
  else fileTarget(inv, dst, 'write', { recursive: false, what: '`robocopy` writes into' });
  // `/MOV`, `/MOVE` (robocopy reference: "moves files, and deletes them from the source after they are copied"): what is
  // moved is kept at the destination, as with `move` and `mv`. The source counts as taken away when it is a system path,
  // the workspace or home itself, the control plane or not fixed, or when the destination is not fixed or is a temporary
  // or rebuildable folder, which is emptied without asking.
  if (src && (sw.has('/mov') || sw.has('/move'))) {
    // `/MOV` with file masks (`robocopy C:\inetpub\logs\LogFiles E:\LogArchive *.log /S /MOV`) moves only the matching
    // files; `/MOVE` takes the folders too.
    const masks = sw.has('/move') ? [] : ops.slice(2).map((m) => m.value);
    if (movedAway(inv, src, onShare !== null ? null : dst, masks)) fileTarget(inv, src, 'delete', { recursive: true, what: '`robocopy /MOVE` takes away' });
    else b.target({ kind: 'filesystem', id: pathEffect(inv, src).path, environment: pathEnvironment(inv, pathEffect(inv, src).path), home: false, verbs: ['write'] });
  }
}

/**
 * Round 28 (w28): a destination on a named server's share whose later folders only are not fixed
 * (`\\\\logsrv\\archive\\%COMPUTERNAME%`): whatever the variable holds, the files land on that share (a UNC path cannot
 * climb above its share), so they are kept there. The share's path, or null; not an administrative share (`c$`, `admin$`:
 * the whole disk), not a server or share that is not fixed.
 */
function folderOnFixedShare(w: Word): string | null {
  const m = /^"?(\\\\[a-z0-9][\w.-]*\\[\w.-]+)\\([^"]+)"?$/i.exec(w.text);
  return m && /[%!]/.test(m[2]!) ? m[1]! : null;
}

/**
 * The lead's answers 92 and 243: a mirror onto a folder named for one pull request's or CI run's preview
 * (`\\\\web01\\sites\\pr-412`, `C:\\inetpub\\wwwroot\\shop-pr-88`; namesScratchEnvironment) loses only that preview's
 * files, which the next run of its pipeline puts back. The folder mirrored onto must be named so itself (a parent named
 * for a preview does not make its other folders one); not on a machine or share named for production
 * (siteOverProduction), not a folder with `..` or a wildcard, not a path not fixed in the input.
 */
function mirrorOntoPreview(inv: Invocation, dst: Word): boolean {
  const raw = dst.value?.replace(/\//g, '\\').replace(/\\+$/, '');
  if (!raw || /[*?%]|(^|\\)\.\.?(\\|$)/.test(raw)) return false;
  const last = raw.split('\\').at(-1) ?? '';
  if (!namesScratchEnvironment(last)) return false;
  const shareParts = /^\\\\([^\\]+)\\([^\\]+)\\/.exec(raw);
  if (shareParts && shareParts.slice(1).some((part) => heuristicEnvironment(part) === 'production')) return false;
  return !siteOverProduction(inv, pathEffect(inv, dst).path);
}

/**
 * A move (`move`, `robocopy /MOV`, `ren`) keeps what it moves at the destination, so its source counts as taken away
 * only when it is a system path, the workspace or home itself, the control plane or not fixed, or when the destination
 * is not fixed or is a temporary or rebuildable folder, which is emptied without asking (round 14).
 */
function movedAway(inv: Invocation, src: Word, dest: Word | null, masks: (string | null)[] = ['']): boolean {
  const fx = pathEffect(inv, src);
  const to = dest ? pathEffect(inv, dest).cls : null;
  const whole = src.value === null ? null : resolvePath(src.value, inv.scope);
  const files = whole !== null && masks.length > 0 && masks.every((m) => m !== null && keptByMove(m === '' ? whole : `${whole}\\${m}`));
  const from = fx.cls === 'critical' && files ? 'outside' : fx.cls;
  return ['critical', 'control_plane', 'unknown'].includes(from) || (to !== null && ['temporary', 'rebuildable', 'unknown'].includes(to));
}

/**
 * Files a move keeps (round 25, k25c): a wildcard of files by their extension (`*.msi`, `u_ex2611*.log`) directly in a
 * profile's own folders (`Downloads`, `Documents`, …) or in a log folder (`logs`, IIS's `LogFiles\W3SVC1`), moved to an
 * archive or another folder: those files are at the destination, and the folder they leave (a critical one by its
 * place) stays. Not the folder itself, not Windows' own folders, not a dot segment.
 */
const KEPT_BY_MOVE = new RegExp(String.raw`^(?![a-z]:\\windows\\)(?:[a-z]:\\users\\[^\\]+\\(${HOME_USER_FOLDERS.join('|')})|.*\\(logs?|logfiles)(\\[^\\]+)?)\\[^\\]*[*?][^\\]*\.[\w*?]+$`, 'i');
function keptByMove(path: string): boolean {
  return KEPT_BY_MOVE.test(path) && !path.split('\\').some((s) => s === '..' || s === '.');
}

/**
 * A workspace file moved into a temporary folder is as good as deleted (the folder is purged) and its content may not be
 * in git: destructive, as its empty write is (the lead's answer 67 applying answer 55 to cmd).
 */
function intoTemporaryFolder(inv: Invocation, dest: Word): boolean {
  const fx = pathEffect(inv, dest);
  return fx.cls === 'temporary' || isWindowsTemporaryRoot(fx.path, inv.scope.home);
}

function movedIntoTemp(inv: Invocation, src: Word): void {
  const fx = pathEffect(inv, src);
  if (fx.cls === 'workspace' && !isAppLogFile(fx.path)) inv.env.b.destroy('moved_to_temp', `\`move\` takes \`${fx.path}\` out of the workspace into a temporary folder`, { start: src.start, end: src.end });
}

/**
 * `ren PATH NEWNAME` (`rename`): the file or folder gets a new name in its own folder, and cmd refuses a name that is
 * taken (`ren /?`), so nothing is overwritten; it is a move within the folder, judged as one.
 */
export function cmdRename(inv: Invocation): void {
  const [src, name] = cmdOperands(inv.args);
  inv.env.b.verb('write');
  if (!src || !name) return;
  const folder = src.value === null ? null : src.value.slice(0, Math.max(src.value.lastIndexOf('\\'), src.value.lastIndexOf('/')) + 1);
  const dest = { ...name, value: folder === null || name.value === null ? null : `${folder}${name.value}` };
  // `ren *.config.sample *.config`: a wildcard renames the matching files in their folder, each to a name not taken;
  // in the workspace's own folder that is its files, not the folder (a system folder's files stay judged by it).
  const swept = src.glob ? pathEffect(inv, src).path.toLowerCase() : null;
  if (swept !== null && swept === inv.scope.workspace?.toLowerCase()) inv.env.b.target({ kind: 'filesystem', id: swept, environment: null, home: false, verbs: ['write'] });
  else if (src.glob) fileTarget(inv, src, 'write', { recursive: false, what: '`ren` renames' });
  else if (movedAway(inv, src, dest)) fileTarget(inv, src, 'delete', { recursive: true, what: '`ren` takes away' });
  else fileTarget(inv, dest, 'write', { recursive: false, what: '`ren` names' });
  noteWindowsMove(inv, [src], dest);
  inv.env.b.summary(`${inv.name} ${shown(src)} ${shown(name)}`);
}

/**
 * Safeguards Windows keeps: switching one off weakens it (destructive, as `ufw disable` on Linux), switching it on or
 * reading it does not. Services by their service names (Microsoft Defender Antivirus and its network inspection,
 * Defender for Endpoint `Sense`, Security Center, the firewall and its filtering engine, the event log and event
 * collector, Windows Update and its orchestrator and medic, Volume Shadow Copy and its provider, Windows Backup's
 * engine and service, AppLocker's identity service), and the services of third-party agents (security-products.ts):
 * CrowdStrike's `CSFalconService` and `csagent`, SentinelOne's agents, Carbon Black `CbDefense`, Sysmon, Sophos Endpoint
 * Defense `SEDService`, Cylance, ESET `ekrn`, Trellix/FireEye `xagt`.
 */
export const SAFEGUARD_SERVICE = /^(csagent|csfalconservice|sentinelagent|sentinelstaticengine|cbdefense|sysmon(64)?|sedservice|cylancesvc|ekrn|xagt|windefend|wdnissvc|wdfilter|wdboot|sense|mdcoresvc|securityhealthservice|wscsvc|mpssvc|bfe|eventlog|wecsvc|wuauserv|usosvc|waasmedicsvc|vss|swprv|wbengine|sdrsvc|appidsvc)$/i;

/** A safeguard service (SAFEGUARD_SERVICE) or a sync or backup agent's (the lead's answer 59: OneDrive, Backblaze's `bzserv`). */
export function isSafeguardService(name: string): boolean {
  return SAFEGUARD_SERVICE.test(name) || namesSyncOrBackupAgent(name) || WAY_IN_SERVICE.test(name);
}
/**
 * Round 43 (atk43): the services that are the way in (OpenSSH's `sshd`, Remote Desktop's `TermService`, WinRM): kept
 * from starting, remote administration is off (the lead's answers 427.3 and 440.2), as a safeguard service's.
 */
const WAY_IN_SERVICE = /^(sshd|termservice|winrm)$/i;

/** Security agents by their product names (security-products.ts): uninstalling one switches its protection off. */
export const SECURITY_PRODUCT = ENDPOINT_PROTECTION;

/**
 * Windows features that are server roles (IIS, DHCP, DNS, failover clustering, file services, message queuing, AD DS and
 * AD CS): disabling or removing one takes what it serves out of service. By their DISM and Server Manager names. Not
 * Hyper-V: disabling the feature leaves the VMs and their disks (round 6, b6-win-c-ps-disable-feature-hyperv).
 */
/**
 * A DISM package switch naming an update (DISM's package names: `Package_for_KB5034441~…`, `Package_for_RollupFix~…`,
 * `Package_for_ServicingStack_…`, `Package_for_DotNetRollup~…`; a package file whose name carries a KB number).
 */
function namesWindowsUpdatePackage(w: string): boolean {
  const m = /^\/(packagename|packagepath):(.+)$/.exec(w);
  return m !== null && /(^|[\\_-])(package_for_(kb\d+|rollupfix|servicingstack|dotnetrollup)|kb\d{6,7})/.test(m[2]!);
}

/** Windows features whose installing switches a safeguard off: SMB 1.0, which Microsoft deprecated as insecure (server or client). */
export const INSECURE_FEATURE = /^(smb1protocol(-server|-client)?|fs-smb1(-server|-client)?)$/i;
export const SERVER_ROLE_FEATURE = /^(iis-|web-|dhcp(server)?$|dns(-server)?|failovercluster|failover-clustering|fs-fileserver|fileandstorage|msmq|was-|ad-domain-services|adcs-)/i;

/**
 * Names of scheduled tasks and jobs whose work is a safeguard: backups, snapshots, patching, scans, audit and log shipping,
 * Windows Update's own tasks (`\Microsoft\Windows\WindowsUpdate\Scheduled Start`, UpdateOrchestrator, WaaSMedic) and any
 * task of a security product (ENDPOINT_PROTECTION). The lead's answer 175 (round 25): an application's own auto-updater
 * (GoogleUpdateTaskMachineUA, Adobe Acrobat Update Task) paused is a write, so `update` alone is no safeguard's word.
 */
export const SAFEGUARD_JOB = new RegExp(`backup|snapshot|shadow|replica|retention|audit|defender|antivirus|malware|patch|scan|security|\\blogs?\\b|logging|windows ?update|update ?orchestrator|wuauserv|usosvc|waasmedic|${ENDPOINT_PROTECTION.source}`, 'i');

/**
 * Whether a task's name is a safeguard's (SAFEGUARD_JOB), read as written and split at its capitals: a vendor fused to
 * another word (`SophosUpdate`, `CrowdStrikeUpdater`) names the vendor (the lead's answer 200).
 */
export function namesSafeguardJob(task: string): boolean {
  if (SAFEGUARD_JOB.test(task)) return true;
  // Each run of the name's capitalised parts, kept fused (`CrowdStrike` in `CrowdStrikeUpdater`) and set apart.
  const parts = task.replace(/([a-z0-9])([A-Z])/g, '$1\u0000$2').split('\u0000').slice(0, 12);
  return parts.length > 1 && parts.some((_, i) => parts.some((__, j) => j >= i && SAFEGUARD_JOB.test(` ${parts.slice(i, j + 1).join('')} `)));
}

/**
 * Registry keys that hold safeguard switches (Policy CSP and the products' own keys): Defender and its policies, UAC
 * (`Policies\System`), PowerShell's script-block, module and transcription logging, the firewall's policy, Windows Update,
 * the event log's policy, LSA protection, SmartScreen; .NET Framework's strong-cryptography switch and SCHANNEL's protocols
 * (round 26, the lead's answer 191).
 */
const SAFEGUARD_KEY = /\\(windows defender|microsoft antimalware|policies\\system|terminal server(\\winstations\\[^\\]+)?|terminal services|powershell\\(scriptblocklogging|modulelogging|transcription)|windowsfirewall|firewallpolicy|windowsupdate|eventlog|control\\lsa|smartscreen|system\\audit|securityproviders\\wdigest|lanmanserver\\parameters|lanmanworkstation(\\parameters)?|\.netframework\\v[\d.]+|securityproviders\\schannel\\protocols\\[^\\]+\\(server|client))(\\|$)/i;

/**
 * Whether a registry value written under `key` switches a safeguard off: `Disable…` set to non-zero (DisableAntiSpyware,
 * DisableRealtimeMonitoring; not DisableAutoExclusions or DisablePrivacyMode, which tighten) and NoAutoUpdate 1;
 * `Enable…` set to zero (EnableLUA, EnableScriptBlockLogging, EnableFirewall, EnableSmartScreen), UAC's
 * ConsentPromptBehaviorAdmin 0 (elevate without asking), LSA's RunAsPPL 0, Defender's TamperProtection and PUAProtection 0.
 */
export function registryValueWeakens(key: string, name: string, data: string | null): boolean {
  // A safeguard service's start type written in its own key (`HKLM\SYSTEM\CurrentControlSet\Services\wuauserv`, value
  // `Start`, 4 = disabled: the Services registry tree reference) is `sc config wuauserv start= disabled` by another door
  // (the lead's answer 374.4 for Windows Update; the other safeguard services alike). 2 and 3 (automatic, manual) start it.
  const service = /\\services\\([^\\]+)\\?$/i.exec(key.replace(/\//g, '\\'));
  if (service && /\\(currentcontrolset|controlset\d{3})\\services\\/i.test(key.replace(/\//g, '\\')) && isSafeguardService(service[1]!)) return /^start$/i.test(name) && (data === null || /^(0x0*)?4$/i.test(data.trim()));
  if (!SAFEGUARD_KEY.test(key.replace(/\//g, '\\'))) return false;
  // SCHANNEL (TLS registry settings reference): SSL 2.0/3.0 and TLS 1.0/1.1 switched on (`Enabled` not 0, or
  // `DisabledByDefault` 0) let clients and servers fall back to a broken protocol; TLS 1.2 and 1.3 switched on do not.
  const protocol = /\\schannel\\protocols\\([^\\]+)\\/i.exec(key.replace(/\//g, '\\'));
  if (protocol) return /^(ssl [23]\.0|tls 1\.[01]|pct 1\.0|multi-protocol unified hello)$/i.test(protocol[1]!) && ((/^enabled$/i.test(name) && (data === null || !/^(0x0*|0+)$/i.test(data.trim()))) || (/^disabledbydefault$/i.test(name) && (data === null || /^(0x0*|0+)$/i.test(data.trim()))));
  // A path, process or file type added to Defender's exclusions (policy or local key) is never scanned again: a
  // Defender exclusion stays destructive (the lead's answer 38).
  if (/\\exclusions\\(paths|processes|extensions)\\?$/i.test(key.replace(/\//g, '\\'))) return true;
  const off = data !== null && /^(0x0*|0+|\$?false|off|disabled?)$/i.test(data.trim());
  if (/^(disable(?!autoexclusions$|privacymode$)[a-z]+|noautoupdate)$/i.test(name)) return !off;
  // Windows Update's AUOptions 1 (the update client's "never check for updates"; 2-5 and 7 notify, download or install):
  // automatic updates off, as NoAutoUpdate 1 (the lead's answer 374.4).
  if (/^auoptions$/i.test(name) && /\\windowsupdate\\au\\?$/i.test(key.replace(/\//g, '\\'))) return data === null || /^(0x0*)?1$/i.test(data.trim());
  // UserAuthentication under an RDP listener's key is Network Level Authentication: 0 lets anyone reach the sign-in screen.
  // fDenyTSConnections 0 (under Terminal Server, or its policy key Terminal Services) opens Remote Desktop to sign-ins;
  // any other value refuses Remote Desktop: the way in off (round 44, nx44: the lead's answer 459.3, as 427.3/440.2
  // read sshd and WinRM), so either way the value is a safeguard's.
  // SchUseStrongCrypto 0 under .NET Framework's key (Transport Layer Security best practices with the .NET Framework): the
  // framework's apps may negotiate TLS 1.0/1.1 and weak ciphers again.
  if (/^fdenytsconnections$/i.test(name)) return true;
  if (/^(enable[a-z]+|consentpromptbehavioradmin|runasppl|tamperprotection|puaprotection|userauthentication|requiresecuritysignature|nolmhash|limitblankpassworduse|schusestrongcrypto)$/i.test(name)) return off;
  // Values whose safe setting is 0, so that any other switches the safeguard off (round 12): WDigest's UseLogonCredential
  // keeps sign-in passwords in memory in the clear; LocalAccountTokenFilterPolicy gives local accounts full admin tokens
  // over the network (UAC remote restrictions off); SMB1 turns the old protocol back on; AllowInsecureGuestAuth lets SMB
  // clients sign in as guest; EveryoneIncludesAnonymous puts anonymous sessions in Everyone.
  if (/^(uselogoncredential|localaccounttokenfilterpolicy|smb1|allowinsecureguestauth|everyoneincludesanonymous)$/i.test(name)) return data === null || !off;
  // LmCompatibilityLevel (Network security: LAN Manager authentication level): below 3 the machine still sends LM or
  // NTLMv1 responses, which are cracked offline; 3 to 5 send NTLMv2 only.
  if (/^lmcompatibilitylevel$/i.test(name)) return data === null || !/^(0x0*)?[3-5]$/i.test(data.trim());
  return false;
}

/**
 * Event logs that are an audit trail, with the size Windows gives them (Security 20 MB, Windows PowerShell 15 MB; the
 * PowerShell and Sysmon operational channels 15 and 64 MB): a maximum set below it makes the log overwrite its oldest
 * events sooner, so what an intruder did is gone before anyone reads it (round 26, the lead's answer 191). A larger
 * maximum keeps more; other logs (Application, System) are a program's, sized as wanted.
 */
const AUDIT_LOG_DEFAULT_BYTES: ReadonlyArray<{ log: RegExp; bytes: number }> = [
  { log: /^security$/i, bytes: 20 * 1024 * 1024 },
  { log: /^windows powershell$|^microsoft-windows-powershell\/operational$/i, bytes: 15 * 1024 * 1024 },
  { log: /^microsoft-windows-sysmon\/operational$/i, bytes: 64 * 1024 * 1024 },
];

/** Whether setting `log`'s maximum to `bytes` (null: a size not fixed in the input) shrinks an audit trail (AUDIT_LOG_DEFAULT_BYTES). */
export function shrinksAuditLog(log: string, bytes: number | null): boolean {
  const audit = AUDIT_LOG_DEFAULT_BYTES.find((a) => a.log.test(log.trim().replace(/^['"]|['"]$/g, '')));
  return audit !== undefined && (bytes === null || bytes < audit.bytes);
}

/** A size as PowerShell writes it (`64KB`, `20MB`, `1GB`, `65536`) in bytes; null when it is not a fixed number. */
export function sizeInBytes(text: string): number | null {
  const m = /^(\d+)(kb|mb|gb|tb)?$/i.exec(text.trim());
  return m ? Number(m[1]) * 1024 ** ['', 'kb', 'mb', 'gb', 'tb'].indexOf((m[2] ?? '').toLowerCase()) : null;
}

/**
 * Registry values whose data Windows runs as a command line: any value under Run, RunOnce, RunServices(Once), Winlogon
 * (Userinit, Shell) and Image File Execution Options\PROGRAM (Debugger), at the next logon or program start (Microsoft
 * Learn, "Run and RunOnce Registry Keys"), and `AutoRun` under `Command Processor`, which cmd.exe runs each time it
 * starts (`cmd /?`, "/D"). `name` null: a value whose name is not fixed.
 */
export function startUpValue(key: string, name: string | null): boolean {
  const k = key.replace(/\//g, '\\');
  if (/\\(run|runonce|runservices|runservicesonce|winlogon|image file execution options\\[^\\]+)\\?$/i.test(k)) return true;
  return /\\command processor\\?$/i.test(k) && (name === null || /^autorun$/i.test(name));
}

/** A third-party vendor's key of the machine's software (432.2): not Microsoft's, Policies, Classes or Wow6432Node's own. */
const VENDOR_MACHINE_KEY = /^(hklm|hkey_local_machine)\\software\\(wow6432node\\)?(?!(microsoft|policies|classes|wow6432node|clients|registeredapplications)(\\|$))[^\\%*?]+\\[^*?%]+$/i;
/** Round 42 (atk42): a value whose name says it holds a connection string, a pre-shared key or a licence code: no copy. */
const MACHINE_SECRET_VALUE = /conn(ection)?str|connection_?string|\bpsk\b|^psk|preshared|shared_?secret|licen[cs]e(code|key|_?code|_?key)?|serial(number|no|_?number)?|activation(code|key)?|product_?key|encryption|salt|hash/i;
/**
 * The lead's answer 432.2 (round 41; PowerShell's form round 42, nxa42): one named value of a third-party vendor's key under
 * HKLM\SOFTWARE (the 32-bit view too) is a setting the program writes again, for `reg delete KEY /v NAME` and
 * `Remove-ItemProperty -Path HKLM:\SOFTWARE\… -Name NAME` alike (`HKLM:\`, `Registry::HKEY_LOCAL_MACHINE\`, the provider's
 * long name, either slash). Not Microsoft's, Policies, Classes or a security product's key, nor a sync or backup agent's;
 * not a value named for a secret (SECRET_KEY_WORD: no copy) or a name that is not fixed. The caller says it is one value.
 */
export function vendorMachineValue(key: string, name: string | null): boolean {
  const k = key.replace(/\//g, '\\').replace(/^(microsoft\.powershell\.core\\)?registry::/i, '').replace(/^hklm:\\?/i, 'hklm\\').replace(/\\+$/, '');
  return name !== null && name !== '' && !/[%*?!,$]/.test(name) && !SECRET_KEY_WORD.test(name) && !MACHINE_SECRET_VALUE.test(name) && VENDOR_MACHINE_KEY.test(k) && !k.split('\\').includes('..') && !ENDPOINT_PROTECTION.test(k) && !SECURITY_VENDOR_KEY.test(k) && !namesSyncOrBackupAgent(k);
}
/** The current user's own application settings: `HKCU:\Software\VENDOR\…` (also reg.exe's `HKCU\…`), not policies. */
export const USER_SETTINGS_KEY = /^(hkcu:?|registry::hkey_current_user|hkey_current_user)\\software\\(?!policies\\|microsoft\\windows\\currentversion\\policies\\)[^*?]+$/i;

/**
 * Environment variables that hold a search list of folders the user built entry by entry, with no default to fall back
 * to: `Path`, `PSModulePath`, `PYTHONPATH`, `CLASSPATH`, `NODE_PATH`, `LD_LIBRARY_PATH`, `PKG_CONFIG_PATH` and the like
 * (a name ending in `_PATH`), `PATHEXT`, the Perl and Ruby library lists. A tool's own folder variable with a default
 * (`GOPATH`, which Go reads as `%USERPROFILE%\go` when unset; `JAVA_HOME`) is not one (the lead's answer 241).
 */
export const SEARCH_LIST_VARIABLE = /^(path|pathext|psmodulepath|pythonpath|classpath|manpath|infopath|libpath|perl5lib|perllib|rubylib|.*_path)$/i;

/**
 * The lead's answer 184 on Windows (round 29): a stored PATH (`setx PATH`, `SetEnvironmentVariable('Path', …, 'User')`)
 * that puts in front of the old list (`%PATH%`, `$env:Path`) the current folder (`.`, `..`), a relative folder, or a
 * folder any download or program writes to (a temporary folder, a Downloads folder, `C:\\Users\\Public`, which every
 * account may write: the lead's attack, round 29) lets a file dropped there run in
 * place of `git` or `dotnet` in every later session. The first such entry, or null; folders after the old list, and
 * absolute ones elsewhere (the home's tools, a program folder), stay writes (answer 98). Empty entries Windows skips.
 */
export function storedPathHijack(value: string): string | null {
  const entries = value.replace(/^(['"])(.*)\1$/s, '$2').split(';').map((e) => e.trim().replace(/^"(.*)"$/, '$1'));
  // cmd's walker writes a variable it cannot expand as `%?%`: whatever list it is, the entries before it come first.
  const old = entries.findIndex((e) => /^(%path%|%\?%|\$env:path|\$\{env:path\})$/i.test(e));
  for (const e of old === -1 ? [] : entries.slice(0, old)) {
    if (e === '') continue;
    if (!/^([a-z]:[\\/]|\\\\|%\w+%|\$env:\w+|\$\{env:\w+\}|\$home\b|~[\\/])/i.test(e)) return e;
    if (/^(%te?mp%|\$env:te?mp|\$\{env:te?mp\}|%public%|\$env:public|\$\{env:public\})([\\/]|$)|[\\/](appdata[\\/]local[\\/]temp|windows[\\/]temp|downloads|users[\\/]public)([\\/]|$)|^[a-z]:[\\/]te?mp([\\/]|$)/i.test(e)) return e;
  }
  return null;
}

/**
 * The lead's answer 161 (round 23): one named variable of the current user's environment (`reg delete HKCU\Environment /v
 * NAME`, `Remove-ItemProperty HKCU:\Environment -Name NAME`) is a setting `setx` writes again, unless it is a search list
 * (SEARCH_LIST_VARIABLE: every entry lost; answer 241 keeps `GOPATH` a setting) or its name says it holds a secret
 * (SECRET_KEY_WORD). Not the machine's environment, not the whole key, not a name that is not fixed.
 */
export function userEnvironmentSetting(key: string | null, name: string | null): boolean {
  if (key === null || name === null) return false;
  if (!/^(hkcu:?|registry::hkey_current_user|hkey_current_user)\\environment$/i.test(key.replace(/\//g, '\\').replace(/\\+$/, ''))) return false;
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) && !SEARCH_LIST_VARIABLE.test(name) && !SECRET_KEY_WORD.test(name);
}

/**
 * `reg delete` that loses nothing (reg reference: `/v NAME` removes one value, without it the key and every subkey go):
 * one named value of the user's own start-up list (`HKCU\…\CurrentVersion\Run /v AcmeTray`, Microsoft Learn "Run and
 * RunOnce Registry Keys"), which only stops that program starting at logon and is added back by `reg add`, unless the value
 * names a security, backup or sync agent; or a key of the user's own hive under `Software` whose last name says it is a
 * cache (`HKCU\Software\Acme\DevTool\Cache`), which the program fills again (or a recent-files list, a CMake package
 * registry entry: USER_REGISTRY_REBUILDABLE); the user's own association of one extension or ProgID
 * (USER_REGISTRY_ASSOCIATION); or one of the user's remembered
 * connections (USER_REGISTRY_CONNECTION: a mapped drive, a shared printer). Not HKLM (every user's), not `Policies`,
 * not a whole Run key, not a name that is not fixed.
 */
function regDeleteIsNarrow(key: string | null, ws: string[]): boolean {
  if (key === null) return false;
  const k = key.replace(/\//g, '\\').replace(/\\+$/, '');
  const v = ws.indexOf('/v');
  const name = v === -1 ? null : (ws[v + 1] ?? null);
  if (v !== -1 && !ws.includes('/va') && userEnvironmentSetting(k, name)) return true;
  // The lead's answer 161 (round 24): the Sysinternals tools' own key (EULA flags and window positions) is a write.
  if (/^(hkcu|hkey_current_user)\\software\\sysinternals(\\[^%*?]*)?$/i.test(k) && !k.includes('..')) return true;
  if (v === -1 && !ws.includes('/va') && USER_REGISTRY_CONNECTION.test(k)) return true;
  // The lead's answer 432.2 (round 41): one named value of a third-party vendor's key under HKLM\SOFTWARE (the 32-bit view
  // too) is a write, as under HKCU: the program writes its default again. Not Microsoft's, Policies, Classes (every user's
  // associations) or a security product's key; not a value named for a secret (SECRET_KEY_WORD: no copy), a whole key,
  // `/va` or a name that is not fixed.
  if (!ws.includes('/va') && vendorMachineValue(k, name)) return true;
  if (!/^(hkcu|hkey_current_user)\\software\\/i.test(k) || /\\policies(\\|$)/i.test(k) || /[%*?]/.test(k)) return false;
  if (/\\microsoft\\windows\\currentversion\\(run|runonce)$/i.test(k)) return name !== null && !/[%*?]/.test(name) && !namesSyncOrBackupAgent(name) && !ENDPOINT_PROTECTION.test(name) && !/^(securityhealth|windowsdefender)/i.test(name);
  // Round 23 (b23w): one named value of the user's own application settings (`reg delete HKCU\Software\Acme\Tool /v
  // LastWindowPos /f`), as `Remove-ItemProperty` of it (round 16, cmdlets.ts userAppSetting): the program writes its default again.
  if (name !== null && !/[%*?]/.test(name) && USER_SETTINGS_KEY.test(k)) return true;
  // The lead's answer 338 q1 (round 32): the user's own association of one extension or ProgID (USER_REGISTRY_ASSOCIATION).
  if (USER_REGISTRY_ASSOCIATION.test(k)) return true;
  return v === -1 && !ws.includes('/va') && USER_REGISTRY_REBUILDABLE.test(k);
}

/** `reg add KEY /v NAME /t TYPE /d DATA /f`: whether the value it sets switches a safeguard off (`/ve` names none). */
function regAddWeakens(inv: Invocation): string | null {
  const after = (flag: string): string | null => {
    const i = inv.args.findIndex((a) => (a.value ?? '').toLowerCase() === flag);
    return i === -1 ? null : (inv.args[i + 1]?.value ?? null);
  };
  const name = after('/v');
  return name !== null && registryValueWeakens(inv.args[1]?.value ?? '', name, after('/d')) ? name : null;
}

/**
 * netsh's firewall contexts (netsh advfirewall reference): `set … state off` and the legacy `firewall set opmode disable`
 * turn the firewall off, `reset` drops every rule added, `firewall delete rule` removes rules, and an inbound allow rule
 * with no port, program or service to narrow it (`add rule … dir=in action=allow`) lets everything in; `show`, `dump`,
 * `export` and `?` read. Other contexts go on to the shared rules.
 */
function netsh(inv: Invocation, ws: string[]): boolean {
  const b = inv.env.b;
  const [ctx = '', ...rest] = ws;
  if (ctx !== 'advfirewall' && ctx !== 'firewall') {
    // The wlan and interface contexts (netsh reference): `wlan disconnect` and `interface set interface … admin=disabled`
    // take the machine off that network; `wlan delete profile` deletes a saved network with its key.
    if ((ctx === 'wlan' && rest[0] === 'disconnect') || (ctx === 'interface' && rest[0] === 'set' && rest[1] === 'interface' && rest.some((w) => /^(admin=)?disabled?$/.test(w)))) {
      b.verb('write').target({ kind: 'host', id: 'localhost', environment: null, home: false }).destroy('service_outage', `\`netsh ${ws.slice(0, 3).join(' ')}\` takes the machine off that network`, inv.span);
      return true;
    }
    if (ctx === 'wlan' && rest[0] === 'delete' && rest[1] === 'profile') {
      b.verb('delete').target({ kind: 'host', id: 'localhost', environment: null, home: false }).destroy('wlan_profile_delete', '`netsh wlan delete profile` deletes a saved network and its key', inv.span);
      return true;
    }
    // `interface portproxy add|set v4tov4 listenport=P [listenaddress=A] connectaddress=H connectport=Q` (netsh interface
    // portproxy reference): this machine relays what reaches A:P to H:Q. A on every address (`0.0.0.0`, `::`, `*`, or no
    // listenaddress, its default) opens H's port to whoever reaches this machine (round 16); on loopback it is a write.
    if (ctx === 'interface' && rest[0] === 'portproxy' && (rest[1] === 'add' || rest[1] === 'set')) {
      const listen = rest.find((w) => w.startsWith('listenaddress='))?.slice(14);
      b.verb('write', 'permissions').target({ kind: 'host', id: 'localhost', environment: null, home: false });
      if (listen === undefined || /^(0\.0\.0\.0|::|\*|\[::\])$/.test(listen)) b.destroy('port_exposed', '`netsh interface portproxy` relays a port on every address of this machine to another host', inv.span);
      return true;
    }
    // Round 33 (w33): HTTP.sys's and WinHTTP's contexts (netsh http, netsh winhttp references). `http delete sslcert` (or
    // `iplisten`) takes the certificate binding (the address) away from every HTTPS site on that port: an outage. The
    // rest is configuration the same context sets again: a URL reservation or timeout deleted, the response cache
    // flushed, the machine's WinHTTP proxy reset to direct or imported.
    if (ctx === 'http' && rest[0] === 'delete' && /^(sslcert|iplisten)$/.test(rest[1] ?? '')) {
      b.verb('write').target({ kind: 'host', id: 'localhost', environment: null, home: false }).destroy('service_outage', `\`netsh http delete ${rest[1]}\` takes the binding away from the sites that serve on it`, inv.span);
      return true;
    }
    if ((ctx === 'http' && rest[0] === 'delete' && /^(urlacl|cache|timeout)$/.test(rest[1] ?? '')) || (ctx === 'winhttp' && /^(reset|import)$/.test(rest[0] ?? '') && rest[1] === 'proxy')) {
      b.verb('write');
      return true;
    }
    // `netsh interface ip show config`, `netsh wlan show profiles`: reads; anything else goes on to the shared rules.
    if (!rest.some((w) => /^(show|dump)$/.test(w)) || rest.some((w) => /^(set|add|delete|reset|import)$/.test(w))) return false;
    b.verb('read');
    return true;
  }
  b.target({ kind: 'host', id: 'firewall', environment: null, home: false });
  if (rest.some((w) => /^(show|dump|export|\?|help)$/.test(w)) && !rest.some((w) => /^(set|add|delete|reset|import)$/.test(w))) b.verb('read');
  else if (rest[0] === 'set' && rest.includes('state') && rest[rest.indexOf('state') + 1] === 'off') b.verb('write').destroy('firewall_disabled', '`netsh advfirewall set … state off` turns the firewall off', inv.span);
  else if (ctx === 'firewall' && rest[0] === 'set' && rest.some((w) => /^(mode=)?disable$/.test(w))) b.verb('write').destroy('firewall_disabled', '`netsh firewall set opmode disable` turns the firewall off', inv.span);
  else if (rest[0] === 'reset' || (rest[0] === 'import')) b.verb('write', 'delete').destroy('firewall_flush', `\`netsh advfirewall ${rest[0]}\` replaces every firewall rule`, inv.span);
  // `delete rule name=NAME` of a rule whose name does not say it blocks (BLOCKING_RULE_NAME) closes what the rule let in
  // (round 12); `name=all`, a rule that blocks, or one chosen by other filters only may open what it closed.
  else if (rest.includes('delete') && deletesOnlyAllowRule(inv)) b.verb('delete', 'permissions').finding('firewall_allow_rule_removed', '`netsh … delete rule` removes a rule that lets traffic in');
  else if (rest.includes('delete')) b.verb('delete').destroy('firewall_flush', '`netsh … delete rule` removes firewall rules', inv.span);
  else if (rest.includes('add') && rest.includes('dir=in') && rest.includes('action=allow') && !rest.some((w) => /^(localport|program|service|remoteip)=/.test(w) && !/=(any|\*)$/.test(w)))
    b.verb('write', 'permissions').destroy('firewall_allow_all', '`netsh … add rule dir=in action=allow` with no port, program or address lets everything in', inv.span);
  else if (rest.includes('add') && rest.includes('dir=in') && rest.includes('action=allow') && !rest.some((w) => /^remoteip=/.test(w) && !/=(any|\*)$/.test(w)) && rest.some((w) => /^localport=/.test(w)) && inboundOpenWidens(rest.filter((w) => /^localport=/.test(w)).map((w) => w.slice(10)), sessionOnServer(inv.env.ctx)))
    b.verb('write', 'permissions').destroy('firewall_allow_all', '`netsh … add rule dir=in action=allow` opens a port to every address: an admin or database port, or a port on a server (the lead\'s answer 209)', inv.span);
  else b.verb('write', 'permissions');
  return true;
}

/** `netsh advfirewall firewall delete rule name=NAME [dir=…] [protocol=…] [localport=…]`: one named rule that does not block. */
function deletesOnlyAllowRule(inv: Invocation): boolean {
  const words = inv.args.map((a) => a.value);
  if (words.some((w) => w === null)) return false;
  const nameWord = (words as string[]).find((w) => /^name=/i.test(w));
  const ruleName = nameWord?.slice(5).replace(/^"|"$/g, '').trim() ?? '';
  return ruleName !== '' && !/^all$/i.test(ruleName) && !/[*?]/.test(ruleName) && !BLOCKING_RULE_NAME.test(ruleName) && !(words as string[]).some((w) => /^action=block$/i.test(w));
}

/** Firewall rule names that say the rule blocks (Block SMB from Internet, Deny RDP, Drop telnet, Quarantine). */
export const BLOCKING_RULE_NAME = /\b(block(ed|s|ing)?|den(y|ies|ied)|drop|reject|quarantine)\b/i;

/**
 * wmic (WMIC reference), `ALIAS [WHERE …] VERB`: `get` and `list` read; `delete` deletes what it selects (shadow copies
 * are the restore points); `call METHOD` runs a method: Terminate of a server's process (SERVER_PROCESS) and StopService
 * stop a service, ChangeStartMode Disabled of a safeguard service (or of one not named) keeps it from starting;
 * `set`, `create` and other methods change.
 */
function wmic(inv: Invocation, words: string[]): void {
  let ws = words;
  const b = inv.env.b;
  // `/node:HOST[,HOST]` (a global switch before the alias) names the machines it acts on, which may say their environment.
  for (const w of inv.args.map((a) => a.value ?? '').filter((v) => /^\/node:/i.test(v))) {
    for (const h of w.slice(6).replace(/^"|"$/g, '').split(',').map((x) => x.trim()).filter(Boolean)) b.target(envTarget(inv, 'host', h, [clue('names', h)]));
  }
  ws = ws.filter((w) => !/^\/(node|user|password|namespace|role|locale|privileges|authority|failfast|output|append|trace|interactive):?/.test(w));
  const alias = ws[0] ?? '';
  const named = /\bname\s*=\s*['"]?([^'"\s)]+)/.exec(ws.join(' '))?.[1] ?? null;
  const call = ws.indexOf('call');
  const method = call === -1 ? '' : (ws[call + 1] ?? '');
  // `wmic process where "name='chromedriver.exe'" delete` ends the processes it selects (Win32_Process instances deleted:
  // the process is terminated), as `taskkill /im` does: a program, not a service, unless the image is a server's or a
  // safeguard's (SERVER_PROCESS), as `call terminate` is judged.
  if (alias === 'process' && (ws.includes('delete') || method === 'delete') && named !== null && !SERVER_PROCESS.test(named) && !/[%*?]/.test(named)) {
    b.verb('write').finding('process_killed', `\`wmic process … delete\` ends \`${named}\`, a program`, inv.span);
    controlPlaneProcess(inv);
  } else if (ws.includes('delete') || method === 'delete') {
    b.verb('delete').destroy(alias === 'shadowcopy' ? 'shadow_copies_delete' : 'wmi_delete', alias === 'shadowcopy' ? '`wmic shadowcopy delete` deletes Volume Shadow Copies (the restore points)' : `\`wmic ${alias} … delete\` deletes what it selects`, inv.span);
    if (alias === 'shadowcopy') host(inv, 'shadow-copies');
  } else if ((method === 'terminate' && named !== null && SERVER_PROCESS.test(named)) || method === 'stopservice' || method === 'pauseservice') b.verb('write').destroy('service_outage', `\`wmic ${alias} … call ${method}\` stops ${named ? `\`${named}\`` : 'a service'}`, inv.span);
  // `wmic product where "name like 'CrowdStrike%'" call uninstall` removes a security agent (SECURITY_PRODUCT): the
  // protection is off until someone installs it again (round 12). Other products uninstalled are changes.
  else if (alias === 'product' && method === 'uninstall' && SECURITY_PRODUCT.test(ws.join(' '))) b.verb('delete').destroy('safeguard_disabled', '`wmic product … call uninstall` removes a security agent', inv.span);
  // A database engine, a monitoring agent (KEPT_SERVER_PRODUCT) or a backup agent: the lead's answer 203, answer 124's line.
  else if (alias === 'product' && method === 'uninstall' && (namesKeptServerProduct(ws.join(' ')) || namesSyncOrBackupAgent(ws.join(' ')))) b.verb('delete').destroy('kept_server_uninstalled', "`wmic product … call uninstall` removes a database engine, a monitoring or a backup agent (the lead's answer 203)", inv.span);
  // The lead's answer 338 q5 (round 32): an uninstall that selects more than one product is destructive (productsAtLarge).
  else if (alias === 'product' && method === 'uninstall' && productsAtLarge(inv)) b.verb('delete').destroy('products_uninstalled', '`wmic product … call uninstall` removes every product its selection matches, not one named product (the lead\'s answer 338)', inv.span);
  // `wmic useraccount where name="Guest" set disabled=false` switches on a built-in account that is off by default, as
  // `net user Guest /active:yes` does (BUILTIN_ACCOUNT).
  else if (alias === 'useraccount' && ws.includes('set') && ws.some((w) => /^disabled\s*=\s*(false|0)$/.test(w)) && (named === null || BUILTIN_ACCOUNT.test(named))) b.verb('permissions').destroy('builtin_account_enabled', `\`wmic useraccount … set disabled=false\` switches on ${named ? `\`${named}\`` : 'accounts not named here'}`, inv.span);
  // `wmic useraccount where name="jdoe" set disabled=true` switches the account off, as `net user jdoe /active:no` does: whoever
  // or whatever signs in with it is locked out. The built-in Guest and Administrator, off by default, are switched off to harden.
  else if (alias === 'useraccount' && ws.includes('set') && ws.some((w) => /^disabled\s*=\s*(true|1)$/.test(w)) && !(named !== null && BUILTIN_ACCOUNT.test(named))) b.verb('permissions').destroy('account_disabled', `\`wmic useraccount … set disabled=true\` switches ${named ? `\`${named}\`` : 'accounts not named here'} off`, inv.span);
  else if (method === 'changestartmode' && ws[call + 2] === 'disabled' && (named === null || isSafeguardService(named))) b.verb('write').destroy('safeguard_disabled', `\`wmic … call ChangeStartMode Disabled\` keeps ${named ? `the \`${named}\` safeguard` : 'a service not named here'} from starting`, inv.span);
  else if (call !== -1 || ws.includes('set') || ws.includes('create')) b.verb('write');
  else b.verb('read');
  // `wmic process call create "LINE"` starts that command line (Win32_Process.Create): judged as cmd would run it.
  if (alias === 'process' && method === 'create') runLaterAsCmd(inv, inv.args[inv.args.findIndex((a) => /^create$/i.test(a.value ?? '')) + 1], '`wmic process call create`');
}

/**
 * The lead's answer 338 q5 (round 32): `wmic product … call uninstall` whose selection is not one product: no `where`
 * (every product Windows Installer installed), a selection by vendor, or a `like` pattern (WQL LIKE: `%` any text, `[…]`
 * a set) with a wildcard before or inside its fixed text (`'%Microsoft%'`: every product whose name holds the word). A
 * pattern whose only wildcard is at its end (`'7-Zip%'`: one product's name, whatever its version), or whose `_` stands
 * for one character, stays one product's uninstall. A clause the input does not fix (`%VAR%`) is judged at large.
 */
function productsAtLarge(inv: Invocation): boolean {
  const at = inv.args.findIndex((a) => /^where$/i.test(a.value ?? ''));
  if (at === -1) return true;
  const end = inv.args.findIndex((a, i) => i > at && /^call$/i.test(a.value ?? ''));
  const clause = inv.args.slice(at + 1, end === -1 ? undefined : end).map((a) => a.value ?? a.text).join(' ').toLowerCase();
  if (/\bvendor\b/.test(clause)) return true;
  const likes = [...clause.matchAll(/\blike\s*(?:(['"])(.*?)\1|(\S*))/g)];
  return likes.some((m) => m[2] === undefined || /[%[?]/.test(m[2].replace(/%+$/, '')));
}

/**
 * fsutil (reference): `file setzerodata` overwrites a range of the file with zeros, judged as emptying that file;
 * `usn deletejournal` deletes the change journal backup and indexing tools read; `fsinfo`, `volume diskfree`, `query…`
 * and `file queryallocranges` read; the rest change settings.
 */
function fsutil(inv: Invocation, ws: string[]): void {
  const b = inv.env.b;
  const [area = '', op = ''] = ws;
  if (area === 'file' && op === 'setzerodata') {
    const file = inv.args.slice(2).find((a) => !/=/.test(a.value ?? '='));
    b.verb('write');
    if (file) fileTarget(inv, file, 'delete', { recursive: false, what: '`fsutil file setzerodata` zeroes' });
    else b.destroy('path_dynamic_destructive', '`fsutil file setzerodata` zeroes a file not named here', inv.span);
  } else if (area === 'usn' && op === 'deletejournal') b.verb('delete').destroy('usn_journal_delete', '`fsutil usn deletejournal` deletes the volume\'s change journal', inv.span);
  else if (area === 'fsinfo' || /^(query|diskfree|queryallocranges|queryfileid|queryextents|queryvaliddata|layout|stat)/.test(op) || area === '' || area === '/?') b.verb('read');
  else b.verb('write');
}

/**
 * bcdedit (Windows Commands reference), by its command: `/enum` and `/v` show entries (with any identifier, `{current}`,
 * `all`), `/export` copies the store to a file; `/timeout`, `/default`, `/displayorder`, `/bootsequence` (one boot),
 * `/create` and `/copy` (new entries) change the menu and lose nothing. `/deletevalue` of a value whose default is the
 * safe one (safe mode, test signing, integrity checks off, the failure policy, recovery) brings the default back. Every
 * other change (`/set`, `/delete`, `/import`, `/deletevalue` of anything else) may leave the machine unbootable or
 * switch a safeguard off (`recoveryenabled no`, `bootstatuspolicy ignoreallfailures`, `testsigning on`).
 */
const BCDEDIT_READ = new Set(['/enum', '/v', '/?']);
const BCDEDIT_MENU = new Set(['/timeout', '/default', '/displayorder', '/bootsequence', '/create', '/copy']);
const BCDEDIT_SAFE_DEFAULT = /^(safeboot|safebootalternateshell|testsigning|nointegritychecks|bootstatuspolicy|recoveryenabled|bootlog)$/;
/** `/set [{id}] description "…"`: the entry's name in the boot menu, nothing the boot uses. */
const BCDEDIT_MENU_ELEMENT = /^description$/;

/** The element `/set` changes: the word after the entry's identifier, or after `/set` when none is given. */
function bcdeditElement(ws: string[]): string {
  const at = ws.indexOf('/set');
  return (ws[at + 1]?.startsWith('{') ? ws[at + 2] : ws[at + 1]) ?? '';
}

function bcdedit(inv: Invocation, ws: string[]): void {
  const b = inv.env.b;
  const commands = ws.filter((w) => /^\/[a-z?]+$/.test(w) && w !== '/store');
  const command = commands[0];
  if (ws.length === 0 || (commands.length > 0 && commands.every((w) => BCDEDIT_READ.has(w)))) b.verb('read');
  else if (commands.length === 1 && command === '/export') {
    // The copy is a file like any other: written where it is named (a critical path stays critical).
    const file = inv.args[ws.indexOf('/export') + 1];
    b.verb('write');
    if (file) fileTarget(inv, file, 'write', { recursive: false, what: '`bcdedit /export` writes', replaces: true });
  } else if (commands.length === 1 && command !== undefined && BCDEDIT_MENU.has(command)) b.verb('write');
  else if (commands.length === 1 && command === '/deletevalue' && BCDEDIT_SAFE_DEFAULT.test(ws[ws.length - 1] ?? '')) b.verb('write');
  else if (commands.length === 1 && command === '/set' && BCDEDIT_MENU_ELEMENT.test(bcdeditElement(ws))) b.verb('write');
  else b.verb('write').destroy('boot_config', '`bcdedit` changes how the machine boots', inv.span);
}

/**
 * shutdown.exe's help: "If the timeout period is greater than 0, the /f parameter is implied" (the lead's answer 85): `/t 60`
 * closes running programs without warning when the countdown ends, as `/f` does; `/t 0` does not. A time-out the input does
 * not fix (`/t %DELAY%`, `?` here) may be above 0: forced. With no `/t` the restart is answer 80's plain one.
 */
export function shutdownTimeoutForces(ws: readonly string[]): boolean {
  const t = ws.findIndex((w) => /^[/-]t$/.test(w));
  if (t === -1) return false;
  const value = ws[t + 1];
  return value === undefined || !/^\d+$/.test(value) || Number(value) > 0;
}

function lowerArgs(inv: Invocation): string[] {
  return inv.args.map((a) => (a.value ?? '?').toLowerCase());
}

/** Native Windows programs and cmd built-ins; false when `name` is none of them. */
/**
 * schtasks.exe reads its own command line by the C runtime's rules, where `\"` is a quote inside a quoted argument
 * (`/tr "forfiles /p C:\x /c \"cmd /c del /q @path\""`, the form its help shows for nested quotes); cmd splits the same
 * text at every `"`. The `/tr` value as schtasks receives it when the line has such a quote; null otherwise (or when a
 * word is not fixed).
 */
function crtTaskLine(inv: Invocation): Word | null {
  if (!inv.args.some((a) => a.text.includes('\\"')) || inv.args.some((a) => a.value === null)) return null;
  const argv: string[] = [];
  let cur: string | null = null;
  let quoted = false;
  const raw = inv.args.map((a) => a.text).join(' ');
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\') {
      let n = 0;
      while (raw[i + n] === '\\') n++;
      if (raw[i + n] === '"') {
        cur = (cur ?? '') + '\\'.repeat(Math.floor(n / 2)) + (n % 2 === 1 ? '"' : '');
        i += n - (n % 2 === 1 ? 0 : 1);
        if (n % 2 === 0) continue;
      } else {
        cur = (cur ?? '') + '\\'.repeat(n);
        i += n - 1;
      }
      continue;
    }
    if (c === '"') {
      quoted = !quoted;
      cur ??= '';
    } else if (/\s/.test(c) && !quoted) {
      if (cur !== null) argv.push(cur);
      cur = null;
    } else cur = (cur ?? '') + c;
  }
  if (cur !== null) argv.push(cur);
  const at = argv.findIndex((w) => w.toLowerCase() === '/tr');
  return at === -1 || argv[at + 1] === undefined ? null : literalWord(argv[at + 1]!, inv.span.start, inv.span.end);
}

/** A command line a Windows tool runs later or elsewhere (`schtasks /tr`, `wmic process call create`, a Run key). */
export function runLaterAsCmd(inv: Invocation, line: Word | undefined, why: string, startsLater = false): void {
  if (!line) return;
  if (line.value === null) {
    inv.env.b.opaque('scheduled_command_dynamic', `${why} runs a command line that is not fixed in the input`, inv.span);
    return;
  }
  const unseen = startsLater ? unseenProgram(line.value) : null;
  if (unseen !== null) inv.env.b.destroy('startup_unseen_program', `${why} runs \`${unseen}\` at every start, a program from a folder any user or a download can write`, inv.span);
  inv.env.b.finding('shell_nested', `${why}: analysed as cmd`, inv.span);
  shellWalker('cmd')(line.value, { ...inv.scope, depth: inv.scope.depth + 1 }, inv.env, null, inv.span.start);
}

/**
 * Folders whose programs nobody vetted: the shared Public profile (every user may write it), Downloads, and the temporary
 * folders. A start-up entry or a task that runs a program or script from one runs whatever is put there next, at every
 * logon or run (unseen code made to persist).
 */
const UNVETTED_FOLDER = /^([a-z]:\\users\\public\\|%public%\\|[a-z]:\\users\\[^\\]+\\(downloads|appdata\\local\\temp)\\|%userprofile%\\downloads\\|[a-z]:\\windows\\temp\\|%te?mp%\\)/i;
/** An installer package in a Downloads folder or the shared Public profile (`%USERPROFILE%\Downloads\x.msi`). */
const DOWNLOADED_PACKAGE = /^([a-z]:\\users\\public\\|%public%\\|[a-z]:\\users\\[^\\]+\\downloads\\|%userprofile%\\downloads\\).*\.(msi|msp|exe)$/i;
function unseenProgram(line: string): string | null {
  return line.split(/[\s"']+/).find((w) => UNVETTED_FOLDER.test(w) && CERTUTIL_CODE_OUT.test(w)) ?? null;
}

/** `start= disabled` (sc.exe reference: the option's name ends with `=`, its value is the next word) or `start=disabled`. */
function scStartDisabled(opts: string[]): boolean {
  return opts.some((w, i) => w === 'start=disabled' || (w === 'disabled' && /^start=?$/.test(opts[i - 1] ?? '')));
}

/** `binPath= X` (sc.exe reference: the option's name ends with `=`, its value is the next word) or `binPath=X`. */
function serviceBinPath(opts: string[]): string | null {
  const at = opts.indexOf('binpath=');
  return at !== -1 ? (opts[at + 1] ?? null) : (opts.find((w) => w.startsWith('binpath=') && w.length > 8)?.slice(8) ?? null);
}

/**
 * An SDDL allow entry `(A;flags;RIGHTS;;;SID)` giving everyone (`WD`), anonymous (`AN`), authenticated (`AU`), interactive
 * (`IU`) or local users (`BU`) a right that changes the service: all or write (`GA`, `GW`), its configuration (`DC`), its
 * permissions or owner (`WD`, `WO`) or its deletion (`SD`); whoever holds it can make the service run their program.
 */
function sddlOpensToAll(sddl: string): boolean {
  return [...sddl.matchAll(/\(A;[^;]*;([^;]*);[^;]*;[^;]*;([^)]*)\)/gi)].some(([, rights = '', sid = '']) => /^(wd|an|au|iu|bu)$/i.test(sid) && /^(..)*(ga|gw|dc|wd|wo|sd)/i.test(rights));
}

/** Files Windows runs as programs or scripts (by extension): certutil decoding into one writes code nobody has seen. */
const CERTUTIL_CODE_OUT = /\.(exe|dll|com|scr|cmd|bat|ps1|psm1|vbs|vbe|js|jse|wsf|hta|msi|lnk|cpl|sys)$/i;

/** The programs `windowsNative` knows (below), for `helpOnly`. */
/** Certificate stores whose certificates Windows trusts as roots (certutil's names; `Cert:\…\Root`, `AuthRoot`). */
export const TRUST_ROOT_STORE = /^(root|authroot)$/i;

const NATIVE_NAMES = new Set(['klist', 'wusa', 'rd', 'rmdir', 'del', 'erase', 'copy', 'xcopy', 'move', 'ren', 'rename', 'robocopy', 'diskpart', 'format', 'vssadmin', 'wmic', 'fsutil', 'dism', 'bcdedit', 'reg', 'icacls', 'cacls', 'takeown', 'shutdown', 'sc', 'net', 'schtasks', 'taskkill', 'wevtutil', 'auditpol', 'netsh', 'appcmd', 'iisreset', 'setx', 'mklink', 'cipher', 'certutil', 'compact', 'attrib', 'msiexec', 'mkdir', 'md', 'subst', 'pnputil', 'bitsadmin', 'manage-bde', 'route', 'chkdsk', 'label', 'forfiles', 'defrag', 'reagentc', 'dnscmd', 'dsrm', 'dsmod', 'dsadd', 'dsmove', 'dsquery', 'dsget', 'regedit', 'regedt32']);

/**
 * `reg delete /?`, `schtasks /delete /?`, `format /?`: Windows programs and cmd built-ins print their usage for `/?` and do
 * nothing else. Only when the rest names no target: a subcommand word or a switch, at most two of them.
 */
function helpOnly(ws: string[]): boolean {
  const rest = ws.filter((w) => w !== '/?');
  return rest.length < ws.length && rest.length <= 2 && rest.every((w) => /^\/?[a-z][a-z-]*$/.test(w));
}

/**
 * manage-bde (Windows Commands reference), by its first parameter and, for `-protectors`, its action: what reads, what
 * switches BitLocker's protection off (`-off` decrypts the volume; `-protectors -disable` suspends it, the key stored in
 * the clear; `-protectors -delete` deletes key protectors, with them the recovery password the volume may need), and the
 * rest changes settings that can be changed back (`-on`, `-resume`, `-lock`, `-unlock`, `-autounlock`, `-pause`,
 * `-changepin`, `-wipefreespace`, which like `cipher /w` overwrites free space only).
 */
const MANAGE_BDE: Record<string, 'read' | 'weaken' | 'outage'> = {
  '-status': 'read', '-?': 'read', '/?': 'read', '-h': 'read', '-help': 'read', '-off': 'weaken',
  '-protectors -get': 'read', '-protectors -disable': 'weaken', '-protectors -delete': 'weaken',
  // The lead's decision 38 (round 18): `-forcerecovery` makes the next start ask for the recovery password; a machine
  // whose key nobody has at hand does not come back.
  '-forcerecovery': 'outage', '-fr': 'outage',
};

/** A file share's folder: a UNC path (`\\fs01\hr`) or a folder named for shares (`D:\Shares\HR`, `E:\Shared\…`). */
const SHARE_PATH = /^\\\\[^\\]+\\[^\\]+|^[a-z]:\\(?:[^\\]+\\)*(shares?|shared)(\\|$)/i;

function manageBde(inv: Invocation, ws: string[]): void {
  const b = inv.env.b;
  const [first = '-?', second = ''] = ws;
  const volume = ws.find((w) => /^[a-z]:$/.test(w));
  b.target({ kind: 'host', id: `bitlocker:${volume?.toUpperCase() ?? '?'}`, environment: null, home: false });
  const effect = MANAGE_BDE[first === '-protectors' ? `${first} ${second}` : first];
  // `-protectors -disable C: -rebootcount N` (manage-bde-protectors reference): protection resumes by itself after N
  // restarts (1-15), the suspension a firmware or update install asks for; 0 suspends it until someone resumes it.
  const rebootCount = second === '-disable' ? ws[ws.findIndex((w) => w === '-rebootcount' || w === '-rc') + 1] : undefined;
  if (effect === 'weaken' && /^(?:[1-9]|1[0-5])$/.test(rebootCount ?? '') && ws.filter((w) => w === '-rebootcount' || w === '-rc').length === 1) b.verb('write');
  else if (effect === 'read') b.verb('read');
  else if (effect === 'weaken') b.verb('write').destroy('safeguard_disabled', `\`manage-bde ${first === '-protectors' ? `${first} ${second}` : first}\` switches BitLocker protection off`, inv.span);
  else if (effect === 'outage') b.verb('write').destroy('service_outage', `\`manage-bde ${first}\` forces BitLocker recovery: the machine starts again only with the recovery password`, inv.span);
  else b.verb('write');
}

/**
 * WMI methods (Win32_Service, Win32_Process, Win32_ShadowCopy, the WMI classes' reference), reached by `wmic … call`,
 * `Invoke-CimMethod -MethodName` and `Invoke-WmiMethod -Name`: what each does to what it selects.
 */
export const WMI_METHOD: Record<string, 'outage' | 'delete' | 'read'> = {
  stopservice: 'outage', pauseservice: 'outage', delete: 'delete', getowner: 'read', getownersid: 'read', getsecuritydescriptor: 'read',
};



/** Account names that say a service signs in with them (svc_backup, sql-svc, sa_ledger, service-build). */
export const SERVICE_ACCOUNT_NAME = /^(svc|srv|sa|service|gmsa)[-_.]|[-_.](svc|service)\$?$|^svc[a-z0-9]+$/i;

/**
 * Built-in local accounts that Windows ships switched off (Microsoft Learn, "Local Accounts"): Guest signs in without a
 * password, Administrator is the well-known name every password-guessing attack tries and is exempt from lockout.
 * Switching one on (`net user NAME /active:yes`, `Enable-LocalUser`) opens what was closed.
 */
export const BUILTIN_ACCOUNT = /^(guest|administrator|defaultaccount)$/i;

/** Principals that stand for everyone (Everyone, its SID, Guests, anonymous logons): granting them access opens it to all. */
export const EVERYONE_PRINCIPAL = /^(everyone|\*?s-1-1-0|guests?|builtin\\guests|anonymous logon|nt authority\\anonymous logon)$/i;

/**
 * Principals that stand for everyone or for every signed-in account (Everyone, Users, Authenticated Users, Domain Users,
 * Guests, anonymous logons, by name or well-known SID): a grant to one of them widens access to all.
 */
export const BROAD_PRINCIPAL = /^\*?(everyone|s-1-1-0|(builtin\\)?users|s-1-5-32-545|(nt authority\\)?authenticated users|s-1-5-11|([^\\]+\\)?domain users|s-1-5-21-.*-513|(builtin\\)?guests?|s-1-5-32-546|(nt authority\\)?anonymous logon|s-1-5-7)$/;

/**
 * The principals an icacls or cacls line grants to: icacls `/grant[:r] SID:PERM…` (each word up to the next switch),
 * cacls `/g|/p USER:PERM…`. The principal is what comes before the last `:` (`IIS AppPool\Web:(OI)(CI)M` → `iis apppool\web`).
 */
export function grantedPrincipals(args: Word[]): string[] {
  const out: string[] = [];
  let granting = false;
  for (const a of args) {
    const w = a.value?.toLowerCase() ?? null;
    if (w?.startsWith('/')) {
      granting = /^\/(grant(:r)?|g|p)$/.test(w);
      continue;
    }
    if (!granting) continue;
    // A grant word not fixed in the input may name anyone: judged as everyone, unless it names the user running the
    // command (`$env:USERNAME`, `%USERNAME%`), who already has the access they grant themselves.
    if (w === null) out.push(CURRENT_USER_GRANT.test(a.text) ? 'current user' : 'everyone');
    else if (w.lastIndexOf(':') > 0) out.push(w.slice(0, w.lastIndexOf(':')).trim());
  }
  return out;
}

/**
 * Principals whose exclusion locks a folder up (icacls reference, well-known SIDs): Administrators, SYSTEM (services,
 * backups), every account (Everyone, Users, Authenticated Users), the owner, Backup Operators.
 */
const LOCKOUT_PRINCIPAL = /^\*?((builtin\\)?administrators|s-1-5-32-544|(nt authority\\)?system|s-1-5-18|everyone|s-1-1-0|(builtin\\)?users|s-1-5-32-545|(nt authority\\)?authenticated users|s-1-5-11|creator owner|s-1-3-0|(builtin\\)?backup operators|s-1-5-32-551)$/;
/** icacls rights that include reading: full (F), modify (M), read (R, RX, RD, GR, GE, GA) alone or in a list. */
const DENIES_READ = /(^|[(,])(f|m|rx?|rd|gr|ge|ga|ma)([),]|$)/;

/** The entries an icacls `/deny SID:PERM…` line adds, each principal with its rights (inheritance flags dropped). */
function deniedPrincipals(args: Word[]): Array<{ who: string; rights: string }> {
  const out: Array<{ who: string; rights: string }> = [];
  let denying = false;
  for (const a of args) {
    const w = a.value?.toLowerCase() ?? null;
    if (w?.startsWith('/')) {
      denying = w === '/deny';
      continue;
    }
    if (!denying || w === null || w.lastIndexOf(':') <= 0) continue;
    out.push({ who: w.slice(0, w.lastIndexOf(':')).trim(), rights: w.slice(w.lastIndexOf(':') + 1).replace(/\((oi|ci|io|np|i)\)/g, '') });
  }
  return out;
}

/** The words an icacls or cacls line gives as accounts: each word after `/grant[:r]`, `/deny`, `/remove[:g|:d]`, `/setowner` (cacls `/g`, `/p`, `/r`, `/d`) up to the next switch. */
function aclAccountWords(args: Word[]): Set<Word> {
  const out = new Set<Word>();
  let naming = false;
  for (const a of args) {
    const w = a.value?.toLowerCase() ?? null;
    if (w !== null && /^\/[a-z?]/.test(w)) {
      naming = /^\/(grant(:r)?|deny|remove(:[gd])?|setowner|g|p|r|d)$/.test(w);
      continue;
    }
    if (naming) out.add(a);
  }
  return out;
}

/**
 * The user running the command as an icacls grant's principal: `$env:USERNAME`, `${env:USERNAME}`, `$($env:USERNAME)`,
 * `%USERNAME%`, optionally after their own domain (`%USERDOMAIN%\%USERNAME%`, `$env:USERDOMAIN\$env:USERNAME`; round 36,
 * pw36: the braced form, which PowerShell needs before `:` in a string, and the domain-qualified name are the same account).
 */
const CURRENT_USER_GRANT = /^"?((\$\(\$env:userdomain\)|\$\{env:userdomain\}|\$env:userdomain|%userdomain%)\\)?(\$\(\$env:username\)|\$\{env:username\}|\$env:username|%username%):[^$%]*"?$/i;

/**
 * `reg import FILE` and `regedit /s FILE` apply a .reg file (regedit's format, Microsoft's "How to add, modify, or delete
 * registry subkeys and values by using a .reg file"): `[KEY]` adds a key, `[-KEY]` deletes it with everything under it,
 * `"name"=-` deletes a value and `"name"=data` sets one. A file written earlier in the input is judged entry by entry, as
 * `reg delete` and `reg add` are (start-up commands run, safeguards switched off); one the action does not show is
 * unknown, as nsupdate's and psql's files are: a whole key deleted is one line of it.
 */
function regImport(inv: Invocation, file: Word | undefined, label: string): void {
  const b = inv.env.b;
  const text = file?.value == null ? undefined : writtenContent(inv.scope, file.value);
  if (text == null) {
    b.verb('write').opaque('registry_file_unseen', `\`${label} ${file ? shown(file) : ''}\` applies registry changes (key and value deletions among them) from a file the action does not show`, inv.span);
    return;
  }
  b.verb('write').finding('registry_write', `\`${label}\` changes the registry from a file written in this input`, inv.span);
  let key = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[(-?)([^\]]+)\]$/.exec(line);
    if (section) {
      key = section[2]!;
      if (section[1]) b.verb('delete').destroy('registry_delete', `\`${label}\` deletes the key \`${key}\` and everything under it`, inv.span);
      continue;
    }
    const value = /^(@|"((?:[^"\\]|\\.)*)")\s*=\s*(.*)$/.exec(line);
    if (!value) {
      // SECURITY: a line this reader does not know (a value continued with `\`, a mangled quote) is not skipped.
      if (line !== '' && !line.startsWith(';') && !/^(Windows Registry Editor Version 5\.00|REGEDIT4)$/.test(line)) b.opaque('registry_file_unread', `\`${label}\`: a line of the file is not read here: \`${line.slice(0, 60)}\``, inv.span);
      continue;
    }
    const name = value[1] === '@' ? '' : value[2]!.replace(/\\(.)/g, '$1');
    const data = regData(value[3]!);
    if (value[3]!.trim() === '-') b.verb('delete').destroy('registry_delete', `\`${label}\` deletes the value \`${name}\` of \`${key}\``, inv.span);
    else if (registryValueWeakens(key, name, data)) b.destroy('safeguard_disabled', `\`${label}\` sets \`${name}\`: switches a safeguard off`, inv.span);
    else if (startUpValue(key, name)) runLaterAsCmd(inv, { ...literalWord(data ?? '', inv.span.start, inv.span.end), value: data }, `\`${label}\` of a start-up command`, true);
  }
}

/** A .reg value's data as text: a string unquoted, a dword as its number; other types (hex, binary) unknown. */
function regData(text: string): string | null {
  const t = text.trim();
  const str = /^"((?:[^"\\]|\\.)*)"$/.exec(t);
  if (str) return str[1]!.replace(/\\(.)/g, '$1');
  const dword = /^dword:([0-9a-f]{1,8})$/i.exec(t);
  return dword ? String(parseInt(dword[1]!, 16)) : null;
}

/**
 * A Windows service whose own name marks it a test's, a scratch or a CI run's own (`AcmeWorker-test`, `Billing.IntegrationTest`,
 * `AcmeWorker-ci-8812`): the lead's answer 72 (a resource named scratch, test, CI, sandbox, temporary or ephemeral by a
 * whole word is made to be thrown away) and answer 73 (the agent's own local things are not services others use). Stopped or
 * deleted, nothing is lost. Not a bare `ci`/`e2e` name (every run's, answer 84), not a safeguard, backup or sync agent by
 * its name, not when the session's host or a machine the command names is production or staging, and only a fixed name.
 * `sc stop|delete`, `net stop` and PowerShell's `Stop-Service` (the lead's answer 123) read it.
 */
export function throwawayService(inv: Invocation, name: string | null): boolean {
  if (name === null || isSafeguardService(name) || namesSyncOrBackupAgent(name) || namesSharedCiResource(name)) return false;
  // `net stop` and `sc` take a service's display name as well (`net stop "Contoso Api Test"`): its spaces part words as
  // `-` does (round 25, k25c).
  const words = name.trim().replace(/ +/g, '-');
  if (!namesScratchEnvironment(words) && !namesDisposable(words, SCRATCH_WORDS)) return false;
  const session = inv.env.ctx.host ? heuristicEnvironment(inv.env.ctx.host) : null;
  const own = heuristicEnvironment(name);
  return session !== 'production' && session !== 'staging' && own !== 'production' && own !== 'staging' && !targetsLiveTier(inv.env.inventory, inv.env.b.targets);
}


/**
 * A scheduled task deleted by one fixed name that is no safeguard's (the lead's answer 360.1, by 356.2 and answer 133: the
 * task's definition goes, what it did is no safeguard lost: a write; `CleanupTemp`, `Nightly Report`): not a wildcard,
 * not a name that says a backup, an update, an antivirus, logging or another safeguard (namesSafeguardJob,
 * SAFEGUARD_TASK_WORD, namesSyncOrBackupAgent), not Windows's own tasks (`\Microsoft\…`, which keep the system maintained),
 * and not when the name, the session's host or a machine the command names is production or staging. A test's or a
 * scratch task (`tmp-env-probe`, the lead's answer 123) is one of them.
 */
export function taskOfNoSafeguard(inv: Invocation, task: string | null, path: string | null = null): boolean {
  if (task === null || task.trim() === '') return false;
  const full = `${path ?? ''}${path !== null && !path.endsWith('\\') ? '\\' : ''}${task}`;
  if (/[*?]/.test(full) || /^\\?microsoft\\/i.test(full) || namesSafeguardJob(full) || SAFEGUARD_TASK_WORD.test(full) || namesSyncOrBackupAgent(task)) return false;
  const session = inv.env.ctx.host ? heuristicEnvironment(inv.env.ctx.host) : null;
  const own = heuristicEnvironment(full);
  return session !== 'production' && session !== 'staging' && own !== 'production' && own !== 'staging' && !targetsLiveTier(inv.env.inventory, inv.env.b.targets);
}

/**
 * Windows's own service accounts and the services' logons: LocalSystem, LocalService, NetworkService (`NT AUTHORITY\…`) and
 * a service's virtual account (`NT SERVICE\MSSQLSERVER`). Not an IIS application pool's identity (`IIS APPPOOL\billing`): IIS
 * starts the pool's worker again on the next request.
 */
const WINDOWS_SERVICE_LOGON = /^((nt authority\\)?(system|local ?service|network ?service)|nt service\\.+)$/i;

/**
 * Whether a taskkill filter by account stops services (the lead's answer 360.2: `taskkill /fi "USERNAME eq dev"` follows
 * `pkill -u dev`, a write; `pkill -u postgres` stops the service the account runs): `USERNAME eq` a service's account
 * (WINDOWS_SERVICE_LOGON, an account named as a service's, SERVICE_ACCOUNT_NAME `svc-build`, or a daemon's own as pkill
 * reads one, SERVICE_ACCOUNT `jenkins`), or, when no `/im` or `/pid` narrows the processes, `USERNAME ne` any one (every
 * other account's processes, the system's and the services' among them) or a wildcard (which accounts it reaches is
 * not read).
 */
function accountFilterStopsServices(filter: string, narrowed: boolean): boolean {
  const m = /^\s*username\s+(eq|ne)\s+(.+?)\s*$/i.exec(filter);
  if (m === null) return false;
  const name = m[2]!;
  if (!narrowed && (m[1]!.toLowerCase() === 'ne' || name.includes('*'))) return true;
  const account = name.replace(/^.*\\/, '');
  return m[1]!.toLowerCase() === 'eq' && (WINDOWS_SERVICE_LOGON.test(name) || SERVICE_ACCOUNT_NAME.test(account) || SERVICE_ACCOUNT.test(account.toLowerCase()));
}

/** The machine a remote form names (`reg add \\HOST\…`, `iisreset HOST`): a target whose name may say its environment. */
function remoteMachine(inv: Invocation, host: string | null | undefined): void {
  if (host) inv.env.b.target(envTarget(inv, 'host', host, [clue('names', host)]));
}

/** IIS Express's appcmd by its install folder (IIS Express reference: `%ProgramFiles%\IIS Express\appcmd.exe`). */
const IIS_EXPRESS_APPCMD = /(^|[\\/])iis express[\\/]appcmd(\.exe)?$/i;

export function windowsNative(inv: Invocation, name: string): boolean {
  const b = inv.env.b;
  const ws = lowerArgs(inv);
  if (helpOnly(ws) && NATIVE_NAMES.has(name)) {
    b.verb('read');
    return true;
  }
  switch (name) {
    case 'rd':
    case 'rmdir':
      cmdRd(inv);
      return true;
    case 'del':
    case 'erase':
      cmdDel(inv);
      return true;
    case 'copy':
    case 'xcopy':
    case 'move':
      cmdCopyMove(inv);
      return true;
    case 'ren':
    case 'rename':
      cmdRename(inv);
      return true;
    case 'robocopy':
      robocopy(inv);
      return true;
    case 'diskpart': {
      // diskpart runs the script it reads (`/s FILE` or its input): an `echo list disk |` script, or a file this input
      // wrote with echoes before (`echo list disk> %TEMP%\dp.txt & diskpart /s %TEMP%\dp.txt`), we can read.
      const script = diskpartScript(inv, ws);
      if (ws.includes('/?') || (script !== null && script.split(/\r?\n/).filter((l) => l.trim() !== '').every((l) => DISKPART_READ.test(l)))) {
        b.verb('read');
        return true;
      }
      if (script !== null && script.split(/\r?\n/).filter((l) => l.trim() !== '').every((l) => DISKPART_READ.test(l) || DISKPART_KEEP.test(l))) {
        b.verb('write');
        host(inv, 'diskpart');
        return true;
      }
      b.verb('delete', 'write').destroy('disk_format', '`diskpart` runs a script that may erase or repartition a disk', inv.span);
      host(inv, 'diskpart');
      return true;
    }
    case 'initialize-disk':
      // Initialize-Disk (Storage module; MSFT_Disk.Initialize) gives a RAW disk its first partition table and fails with
      // "The disk has already been initialized" on any other: there is nothing on the disk to lose.
      b.verb('write');
      host(inv, ws.find((w) => /^\d+$/.test(w)) ?? name);
      return true;
    case 'format':
    case 'format-volume':
    case 'clear-disk':
    case 'remove-partition':
    case 'reset-physicaldisk':
      if (ws.includes('/?')) {
        b.verb('read');
        return true;
      }
      b.verb('delete', 'write').destroy('disk_format', `\`${name}\` erases or repartitions a disk`, inv.span);
      host(inv, ws.find((w) => /^[a-z]:$|^\d+$/.test(w)) ?? name);
      return true;
    case 'vssadmin':
      // `resize shadowstorage /maxsize=UNBOUNDED` lifts the limit (vssadmin reference): no shadow copy has to go.
      if (ws.some((w) => w === 'delete' || w === 'resize') && !(ws.includes('resize') && ws.includes('/maxsize=unbounded'))) {
        b.verb('delete').destroy('shadow_copies_delete', `\`${name}\` deletes Volume Shadow Copies (the restore points)`, inv.span);
        host(inv, 'shadow-copies');
      } else b.verb('read');
      return true;
    case 'wmic':
      wmic(inv, ws);
      return true;
    case 'fsutil':
      fsutil(inv, ws);
      return true;
    case 'dism': {
      // The features `/FeatureName:A,B` names (DISM reference), read once for the rules below.
      const features = ws.filter((w) => w.startsWith('/featurename:')).flatMap((w) => w.slice('/featurename:'.length).split(','));
      // DISM (reference): removing or disabling Defender or the firewall as a Windows feature or capability weakens it.
      if (ws.some((w) => /^\/(disable-feature|remove-capability|remove-package)$/.test(w)) && ws.some((w) => /^\/(featurename|capabilityname|packagename):.*(defender|firewall)/.test(w))) b.verb('delete').destroy('safeguard_disabled', '`dism` removes Defender or the firewall', inv.span);
      // SMB 1.0 turned on as a feature (`dism /online /enable-feature /featurename:SMB1Protocol`, round 28, the lead).
      else if (ws.includes('/enable-feature') && features.some((f) => INSECURE_FEATURE.test(f))) b.verb('write').destroy('safeguard_disabled', '`dism /enable-feature` turns the deprecated SMB 1.0 protocol back on', inv.span);
      // Round 39 (pw39): `/Remove-Package` of an update (`/PackageName:Package_for_RollupFix~…`, `Package_for_KB5034441~…`,
      // a `/PackagePath:` to a KB's .cab or .msu) takes the installed update out, as `wusa /uninstall` does.
      else if (ws.includes('/remove-package') && ws.some(namesWindowsUpdatePackage)) b.verb('delete').destroy('update_uninstalled', '`dism /Remove-Package` removes an installed Windows update', inv.span);
      // A server role (SERVER_ROLE_FEATURE: IIS, DHCP, DNS, clustering, message queuing) disabled: what it serves goes out of service.
      else if (ws.includes('/disable-feature') && features.some((f) => SERVER_ROLE_FEATURE.test(f))) b.verb('delete').destroy('service_outage', '`dism /disable-feature` removes a server role', inv.span);
      // Round 23 (b23w): `/Cleanup-Image /StartComponentCleanup /ResetBase` removes every superseded component version, after
      // which no installed update can be uninstalled (DISM's "Clean Up the WinSxS Folder"): the way back from an update is
      // gone, as `wusa /uninstall` is the way back. Without `/ResetBase` the cleanup keeps what uninstalls need: a write.
      else if (ws.includes('/cleanup-image') && ws.includes('/resetbase')) b.verb('delete').destroy('update_rollback_removed', '`dism /Cleanup-Image /ResetBase` removes what uninstalling an installed update needs', inv.span);
      else if (ws.some((w) => /^\/(get-|checkhealth|scanhealth|\?)/.test(w))) b.verb('read');
      else b.verb('write');
      return true;
    }
    case 'bcdedit':
      bcdedit(inv, ws);
      return true;
    case 'regedit':
    case 'regedt32':
      // regedit(1): `/s FILE` (silent) or a bare FILE imports it; `/e FILE [KEY]` exports; alone it opens its window.
      if (ws[0] === '/e' || ws[0] === '-e') b.verb('read');
      else if (cmdOperands(inv.args).length === 0) b.verb('exec').partial('interactive_program', `\`${name}\` opens the Registry Editor's window`, inv.span);
      else regImport(inv, cmdOperands(inv.args)[0], `${name} /s`);
      return true;
    case 'reg':
      // `reg add|delete|query \\HOST\HKLM\…` (reg reference) acts on that machine's registry.
      remoteMachine(inv, /^\\\\([^\\]+)\\/.exec(inv.args[1]?.value ?? '')?.[1]);
      // Round 26 (k26w): a key deleted, or a file imported, right after this `&&` line exported it (cmd/walk.ts markSavedFirst).
      if (inv.scope.savedFirst?.has(['reg', ...inv.args.map((a) => (a.value ?? '').toLowerCase())].join('\0'))) {
        b.verb('write').finding('registry_saved_first', `\`reg ${ws[0]} ${inv.args[1]!.value}\` right after \`reg export\` saved that key to a file`, inv.span);
        return true;
      }
      if (ws[0] === 'import') {
        regImport(inv, inv.args[1], 'reg import');
        return true;
      }
      // `reg save|export HKLM\SAM|SECURITY|SYSTEM \\HOST\…` (reg reference): the hives that hold the local accounts'
      // password hashes and the machine's secrets, written to another machine's share: secrets sent off the machine.
      if ((ws[0] === 'save' || ws[0] === 'export') && /^(hklm|hkey_local_machine)\\(sam|security|system)\\?$/.test(ws[1] ?? '') && /^\\\\(?!\?\\|\.\\|localhost\\)/.test(ws[2] ?? ''))
        b.verb('read', 'network').destroy('secret_sent', `\`reg ${ws[0]} ${inv.args[1]!.value}\` writes the machine's credential hive to another machine`, inv.span);
      else if (ws[0] === 'delete' && regDeleteIsNarrow(inv.args[1]?.value ?? null, ws)) b.verb('write').finding('registry_delete_narrow', `\`reg delete ${inv.args[1]!.value}\` removes one start-up entry of the user's own or a cache key`, inv.span);
      else if (ws[0] === 'delete') b.verb('delete').destroy('registry_delete', '`reg delete` removes registry keys', inv.span);
      else if (ws[0] === 'query' || ws[0] === 'export' || ws[0] === 'compare') b.verb('read');
      // Round 39 (pw39): `reg restore KEY FILE` (reg reference) writes a saved hive over the key whole: every subkey and
      // value made or changed since the save, and the key's own that the file lacks, are gone.
      else if (ws[0] === 'restore') b.verb('write').destroy('registry_restore', `\`reg restore ${inv.args[1] ? shown(inv.args[1]) : ''}\` replaces the whole key with a saved hive`, inv.span);
      else if (ws[0] === 'add' && regAddWeakens(inv) !== null) b.verb('write').destroy('safeguard_disabled', `\`reg add … /v ${regAddWeakens(inv)}\` switches a safeguard off`, inv.span);
      else b.verb('write').partial('registry_write', `\`reg ${ws[0] ?? ''}\` changes the registry`, inv.span);
      if (ws[0] === 'add' && startUpValue(inv.args[1]?.value ?? '', inv.args[ws.indexOf('/v') + 1]?.value ?? null)) runLaterAsCmd(inv, inv.args[ws.indexOf('/d') + 1], '`reg add` of a start-up command', true);
      return true;
    case 'icacls':
    case 'cacls':
    case 'takeown': {
      // `icacls NAME /save ACLFILE [/t] [/c] [/l] [/q]` (icacls reference) writes the ACLs it reads to a file and changes
      // none; `/restore` is what applies a saved file.
      if (name === 'icacls' && ws.includes('/save') && !ws.some((w) => /^\/(grant|deny|remove|setintegritylevel|setowner|reset|inheritance|restore|substitute)/.test(w))) {
        b.verb('read').finding('acl_saved', '`icacls /save` writes the ACLs to a file; it changes none');
        return true;
      }
      b.verb('permissions');
      const recursive = ws.some((w) => w === '/t' || w === '/r');
      const broad = grantedPrincipals(inv.args).some((who) => BROAD_PRINCIPAL.test(who));
      // Round 28 (w28): `icacls D:\Shares\HR /grant "CONTOSO\HR-Staff:(OI)(CI)M" /t` only adds an entry for accounts it
      // names through the tree (icacls reference: `/grant` adds to the rights a SID has, `/grant:r` replaces them); nothing
      // is taken away and nobody but those accounts gains. Not a broad principal, not with any other switch.
      const namedGrantsOnly = name === 'icacls' && ws.includes('/grant') && ws.every((w) => !w.startsWith('/') || /^\/(grant|t|c|q|l)$/.test(w)) && !broad && grantedPrincipals(inv.args).length > 0;
      // `/deny` of read or full access to Administrators, SYSTEM or every account locks them out (a deny entry wins over
      // every allow): backups and services running as SYSTEM stop reading the folder. A deny of writes or deletes only
      // (`Everyone:(DE)`) protects the files and stays a change.
      const locked = name === 'icacls' ? deniedPrincipals(inv.args).find((d) => LOCKOUT_PRINCIPAL.test(d.who) && DENIES_READ.test(d.rights)) : undefined;
      if (locked) b.destroy('access_locked_out', `\`icacls /deny ${locked.who}:${locked.rights}\` locks \`${locked.who}\` out`, inv.span);
      // Round 34 (k34): `/reset` alone puts back the ACLs the folder inherits (icacls reference: "replaces ACLs with default
      // inherited ACLs"), which on the workspace itself are its parent's, the user's own: nothing opens beyond what the
      // profile grants. `/inheritance:r` with no grant removes every inherited entry and leaves only explicit ones, often
      // none (a profile or a system folder then opens to nobody): a lock-out unless the same line grants access again
      // (`/inheritance:r /grant:r %USERNAME%:F`, the key-file tightening).
      const resetOnly = name === 'icacls' && ws.includes('/reset') && ws.every((w) => !w.startsWith('/') || /^\/(reset|t|c|q|l)$/.test(w));
      const inheritanceRemoved = name === 'icacls' && ws.includes('/inheritance:r') && !ws.some((w) => /^\/grant(:r)?$/.test(w));
      const workspace = (inv.scope.workspace ?? inv.scope.cwd)?.toLowerCase().replace(/[\\/]+$/, '');
      // Round 36 (pw36): the words after `/grant`, `/deny`, `/remove`, `/setowner` (cacls `/g`, `/p`, `/r`) name accounts, not
      // files, also when a part is not fixed (`%USERDOMAIN%\%USERNAME%:(OI)(CI)M`): icacls's one file is its first operand.
      const accounts = name === 'takeown' ? new Set<Word>() : aclAccountWords(inv.args);
      for (const p of cmdOperands(inv.args).filter((a) => !accounts.has(a) && (!/:/.test(a.value ?? '') || /^[A-Za-z]:/.test(a.value ?? '')))) {
        const fx = pathEffect(inv, p);
        b.target({ kind: fx.cls === 'control_plane' ? 'control_plane' : 'filesystem', id: fx.path, environment: null, home: false, verbs: ['permissions'], ...(fx.cls === 'critical' ? { critical: true } : {}) });
        if (fx.cls === 'control_plane') b.destroy('control_plane_permissions', `\`${name}\` changes Portcullis's own files`, inv.span);
        // takeown makes the caller (or, with /a, Administrators) the owner: it opens nothing to anyone else, so only a
        // system path, whose ownership Windows' own protection relies on, is a loss (round 12).
        // A share's tree taken over (`takeown /f D:\Shares\HR /r`, a UNC path): the owners its users and ACLs rely on
        // change for every file (the lead's decision 38, round 18).
        else if (name === 'takeown' && recursive && SHARE_PATH.test(fx.path)) b.destroy('recursive_permissions', `\`takeown /r\` on \`${fx.path}\`, a share's files`, inv.span);
        // An IIS site's own folder given to named accounts (`icacls C:\inetpub\wwwroot\shop /grant "IIS AppPool\shop":(OI)(CI)RX /t`,
        // the site's documented set-up) is the same adding grant as outside the system paths (round 28, the lead).
        else if (resetOnly && fx.path.toLowerCase().replace(/[\\/]+$/, '') === workspace) continue;
        else if (name === 'takeown' ? fx.cls === 'critical' : (recursive || broad) && (fx.cls === 'critical' || fx.cls === 'unknown' || fx.cls === 'outside') && !(namedGrantsOnly && (fx.cls === 'outside' || SITE_FOLDER.test(fx.path)))) b.destroy('recursive_permissions', `\`${name}\` on \`${fx.path}\``, inv.span);
        else if (inheritanceRemoved && (fx.cls === 'critical' || fx.cls === 'unknown' || fx.cls === 'outside')) b.destroy('access_locked_out', `\`icacls /inheritance:r\` with no grant leaves \`${fx.path}\` only its explicit entries`, inv.span);
      }
      return true;
    }
    case 'shutdown': {
      if (ws.some((w) => w === '/a' || w === '/?' || w === '-a')) {
        b.verb('read');
        return true;
      }
      // `/m \\HOST` names the machine that stops, whose name may say its environment (round 12).
      const m = inv.args.findIndex((a) => /^[/-]m$/i.test(a.value ?? ''));
      const next = m === -1 ? undefined : inv.args[m + 1];
      const remote = m === -1 ? null : next === undefined ? '?' : shown(next);
      const id = remote === null ? 'localhost' : remote.replace(/^\\\\/, '');
      b.verb('write').target(remote === null ? { kind: 'host', id, environment: null, home: false } : envTarget(inv, 'host', id, [clue('names', id)]));
      // A restart (`/r`, `/g`; `/t` only delays it, `/d` and `/c` give the reason) comes back by itself: the lead's answer
      // 80 (restarts.ts). `/f` closes running programs without warning (shutdown's help), so what they hold unsaved is lost;
      // a power-off, hibernation or sign-out alongside (`/s`, `/p`, `/h`, `/l`) is not a restart.
      const restart = ws.some((w) => /^[/-][rg]$/.test(w)) && !ws.some((w) => /^[/-][shpl]$/.test(w));
      const forced = ws.some((w) => /^[/-]f$/.test(w)) || shutdownTimeoutForces(ws);
      const machine = remote === null ? 'the machine' : `\`${id}\``;
      if (restartComesBack(inv, { restart, forced })) b.finding('host_restart', `\`shutdown\` restarts ${machine}, which comes back by itself`, inv.span);
      else if (restart && forced) b.destroy('host_shutdown', `\`shutdown\` restarts ${machine} closing its programs without warning (\`/f\`, implied by a \`/t\` above 0)`, inv.span);
      else b.destroy('host_shutdown', `\`shutdown\` stops ${machine}`, inv.span);
      return true;
    }
    case 'sc': {
      // `sc [\\server] command service_name [option= value]` (sc.exe reference): the server comes first when there is one.
      // A server whose name is not fixed (`sc \\%%h stop X` in a `for /f` over a host list) is still a server: the words
      // after it are the command.
      const first = inv.args[0];
      const server = first && shown(first).startsWith('\\\\') ? first : null;
      if (server) b.target(envTarget(inv, 'host', shown(server), [clue('names', shown(server).slice(2))]));
      const [cmd, svc = '?', ...opts] = server ? ws.slice(1) : ws;
      const svcName = (server ? inv.args[2] : inv.args[1])?.value ?? null;
      if ((cmd === 'delete' || cmd === 'stop' || cmd === 'pause') && throwawayService(inv, svcName)) b.verb(cmd === 'delete' ? 'delete' : 'write').finding('throwaway_service', `\`sc ${cmd}\` of \`${svcName}\`, a service its name marks as a test's or a CI run's own`, inv.span);
      else if (cmd === 'delete') b.verb('delete').destroy('service_delete', `\`sc delete\` removes the service \`${svc}\``, inv.span);
      else if (cmd === 'stop' || cmd === 'pause') b.verb('write').destroy('service_outage', `\`sc ${cmd}\` stops the service \`${svc}\``, inv.span);
      else if (/^(query|queryex|qc|qdescription|qfailure|getdisplayname|getkeyname|enumdepend|sdshow)$/.test(cmd ?? '')) b.verb('read');
      else if (cmd === 'config' && isSafeguardService(svc) && scStartDisabled(opts)) b.verb('write').destroy('safeguard_disabled', `\`sc config ${svc} start= disabled\` keeps a safeguard from starting`, inv.span);
      // On a machine named for production (`sc \\prod-app01 config …`, or with no server the session's own host when the
      // context names it so: the lead's answers 189 and 216), as Set-Service's: the service stays down at its next restart.
      else if (cmd === 'config' && scStartDisabled(opts) && onProductionHost(inv, server !== null ? [shown(server).slice(2)] : [])) b.verb('write').destroy('production_service_disabled', `\`sc config ${svc} start= disabled\` keeps it from starting on a machine named for production`, inv.span);
      else if ((cmd === 'config' || cmd === 'create') && unseenProgram(serviceBinPath(opts) ?? '') !== null) b.verb('write').destroy('startup_unseen_program', `\`sc ${cmd} ${svc} binPath=\` runs a program from a folder any user or a download can write, as a service`, inv.span);
      else if (cmd === 'sdset' && sddlOpensToAll(opts.join(''))) b.verb('permissions').destroy('service_acl_opened', `\`sc sdset ${svc}\` lets every user change or control the service`, inv.span);
      else b.verb('write');
      return true;
    }
    case 'net':
      // `net use … /delete` removes this machine's drive mappings and connections; the shares are untouched.
      if (ws[0] === 'use') b.verb(ws.includes('/delete') || ws.includes('/del') || ws.length > 1 ? 'write' : 'read', 'network');
      // `net accounts /minpwlen:0`, `/lockoutthreshold:0` (net accounts reference): the password length or lockout rule removed.
      else if (ws[0] === 'accounts' && ws.some((w) => /^\/(minpwlen|lockoutthreshold):0+$/.test(w))) b.verb('write').destroy('safeguard_disabled', '`net accounts` removes the password length or lockout rule', inv.span);
      // `net localgroup G MEMBER… /delete` takes members out of a group: access narrowed, as Remove-LocalGroupMember (the
      // lead's answers 219 and 300); the group itself (`net localgroup G /delete`), an account or a share deleted stay losses.
      else if ((ws[0] === 'localgroup' || ws[0] === 'group') && (ws.includes('/delete') || ws.includes('/del')) && cmdOperands(inv.args).length >= 3) b.verb('permissions');
      else if (ws.includes('/delete') || ws.includes('/del')) b.verb('delete', 'permissions').destroy('net_delete', `\`net ${ws[0] ?? ''} … /delete\``, inv.span);
      // `net localgroup Administrators NAME /add`, `net group "Domain Admins" NAME /add /domain`: an account given every right.
      else if ((ws[0] === 'localgroup' || ws[0] === 'group') && ws.includes('/add') && privilegedGroupGrant(inv.args[1]?.value ?? '') !== null && ws.length > 3)
        b.verb('permissions').destroy('privileged_group_grant', `\`net ${ws[0]} ${inv.args[1]!.value} … /add\` gives an account ${privilegedGroupGrant(inv.args[1]!.value ?? '')}`, inv.span);
      // `net localgroup "Remote Desktop Users" Everyone /add`: every user gets what the group may do (as icacls's grants).
      else if ((ws[0] === 'localgroup' || ws[0] === 'group') && ws.includes('/add') && cmdOperands(inv.args).slice(2).some((a) => BROAD_PRINCIPAL.test((a.value ?? '').toLowerCase())))
        b.verb('permissions').destroy('access_widened', `\`net ${ws[0]} ${inv.args[1]?.value ?? ''} … /add\` puts every user in the group`, inv.span);
      // `net user Guest /active:yes`: the built-in Guest account, off by default, lets anyone sign in without a password;
      // the built-in Administrator (BUILTIN_ACCOUNT), off by default too, is the name every password-guessing attack tries.
      else if (ws[0] === 'user' && BUILTIN_ACCOUNT.test(ws[1] ?? '') && ws.includes('/active:yes')) b.verb('permissions').destroy('builtin_account_enabled', `\`net user ${inv.args[1]?.value ?? ''} /active:yes\` switches on a built-in account that is off by default`, inv.span);
      // `net user NAME /active:no` (net user reference) switches the account off: whoever or whatever signs in with it is
      // locked out, as a credential in use switched off. The built-in Guest and Administrator, off by default, are
      // switched off to harden the machine.
      else if (ws[0] === 'user' && ws.includes('/active:no') && !BUILTIN_ACCOUNT.test(ws[1] ?? '')) b.verb('permissions').destroy('account_disabled', `\`net user ${inv.args[1] ? shown(inv.args[1]) : ''} /active:no\` switches the account off`, inv.span);
      // `net user NAME PASSWORD` (or `*`) sets a new password: an account named as a service account (svc_backup,
      // sql-svc) has services and jobs signed in with the old one, which fail from then on (round 12), as a credential in
      // use switched off. A person's password reset is a change they recover from by signing in.
      else if (ws[0] === 'user' && SERVICE_ACCOUNT_NAME.test(ws[1] ?? '') && cmdOperands(inv.args).length >= 3 && !ws.slice(2).some((w) => /^\/(add|delete|del|active|expires|times|passwordchg|passwordreq|comment|fullname|homedir|profilepath|scriptpath|workstations|usercomment|countrycode|logonpasswordchg)(:|$)/.test(w)))
        b.verb('permissions').destroy('credential_reset', `\`net user ${inv.args[1]?.value ?? ''} …\` sets a new password for a service account in use`, inv.span);
      else if ((ws[0] === 'user' || ws[0] === 'localgroup' || ws[0] === 'group') && ws.length > 1) b.verb('permissions');
      // `net share NAME=PATH /grant:USER,READ|CHANGE|FULL` (net share reference): a grant to Everyone opens the folder to all.
      else if (ws[0] === 'share' && inv.args.some((a) => /^\/grant:/i.test(a.value ?? '') && EVERYONE_PRINCIPAL.test((a.value ?? '').slice(7).split(',')[0]!.trim())))
        b.verb('write', 'permissions').destroy('share_open_to_everyone', '`net share /grant:Everyone` opens the share to everyone', inv.span);
      else if (ws[0] === 'share' && ws.some((w) => w.includes('='))) b.verb('write', 'permissions');
      else if ((ws[0] === 'stop' || ws[0] === 'pause') && ws.length === 2 && throwawayService(inv, inv.args[1]?.value ?? null)) b.verb('write').finding('throwaway_service', `\`net ${ws[0]}\` of \`${inv.args[1]!.value}\`, a service its name marks as a test's or a CI run's own`, inv.span);
      else if (ws[0] === 'stop' || ws[0] === 'pause') b.verb('write').destroy('service_outage', `\`net ${ws[0]}\` stops the service \`${ws[1] ?? '?'}\``, inv.span);
      else if (ws[0] === 'start' || ws[0] === 'continue') b.verb('write');
      else b.verb('read', 'network');
      return true;
    case 'schtasks': {
      // schtasks (Windows Commands reference): `/delete` removes the task's definition (program, triggers, account), as
      // `crontab -r` does a job's; `/change … /disable` stops a task from running, which loses what it does when that is a
      // safeguard (a backup, an update, a scan). `/query` reads; `/create`, `/change`, `/run`, `/end` change.
      const task = ws.includes('/tn') ? inv.args[ws.indexOf('/tn') + 1]?.value ?? null : null;
      // `/s HOST` acts on another machine, whose name may say its environment.
      if (ws.includes('/s')) remoteMachine(inv, inv.args[ws.indexOf('/s') + 1]?.value?.replace(/^\\\\/, ''));
      // A task that its name says is a CI run's or pull request's own (`shop-pr-56-smoke`) was made to be thrown away (round 21).
      if (ws.includes('/delete') && task !== null && namesScratchEnvironment(task)) b.verb('delete').finding('preview_environment_delete', `\`schtasks /delete\` removes \`${task}\`, a CI run's or pull request's own task`);
      else if (ws.includes('/delete') && taskOfNoSafeguard(inv, task)) b.verb('delete').finding('task_of_no_safeguard', `\`schtasks /delete\` removes \`${task}\`, a task no safeguard's by its name`);
      else if (ws.includes('/delete')) b.verb('delete').destroy('scheduled_task_delete', `\`schtasks /delete\` removes the task \`${task ?? '?'}\``, inv.span);
      else if (ws.includes('/change') && ws.includes('/disable') && (task === null || task === '*' || namesSafeguardJob(task))) b.verb('write').destroy('safeguard_disabled', `\`schtasks /change /disable\` stops the task \`${task ?? '?'}\` from running`, inv.span);
      else if (ws.includes('/create') || ws.includes('/change') || ws.includes('/run')) {
        b.verb('write').partial('scheduled', '`schtasks` schedules a program we cannot see', inv.span);
        // `/tr "LINE"` is the command line the task runs (later, and as often as its schedule says): judged now, as cmd.
        if (ws.includes('/tr')) runLaterAsCmd(inv, crtTaskLine(inv) ?? inv.args[ws.indexOf('/tr') + 1], '`schtasks /tr`', !ws.includes('/run'));
      }
      // `/end` stops the running instance: a safeguard's task (a backup, a scan) ended midway leaves no backup for that run
      // (the lead's answer 202); other tasks run again on their next trigger.
      else if (ws.includes('/end') && (task === null || /[*?]/.test(task) || SAFEGUARD_JOB.test(task))) b.verb('write').destroy('safeguard_disabled', `\`schtasks /end\` stops \`${task ?? '?'}\` while it runs: a safeguard's run ended`, inv.span);
      else if (ws.includes('/end')) b.verb('write');
      else b.verb('read');
      return true;
    }
    case 'mshta':
      // mshta runs the HTML Application or inline script it is given (`vbscript:…`, `javascript:…`, a URL): code we do not follow.
      b.opaque('script_host_code', '`mshta` runs an HTML application or inline script we do not follow', inv.span);
      return true;
    case 'taskkill': {
      // taskkill (Windows Commands reference): `/fi "SERVICES eq NAME"` picks the processes that host a service;
      // `/im NAME` picks by image name. Killing a server's process takes that service out of service.
      b.verb('write');
      const filters = inv.args.map((a, i) => (/^\/fi$/i.test(inv.args[i - 1]?.value ?? '') ? (a.value ?? '') : null)).filter((v): v is string => v !== null);
      const images = inv.args.map((a, i) => (/^\/im$/i.test(inv.args[i - 1]?.value ?? '') ? (a.value ?? '') : null)).filter((v): v is string => v !== null);
      const svc = filters.find((f) => /^\s*services\s+eq\s+\S/i.test(f));
      const narrowed = images.length > 0 || inv.args.some((a) => /^\/pid$/i.test(a.value ?? ''));
      const account = filters.find((f) => accountFilterStopsServices(f, narrowed));
      if (svc) b.destroy('service_outage', `\`taskkill /fi "${svc}"\` kills the processes of a service`, inv.span);
      else if (account) b.destroy('service_outage', `\`taskkill /fi "${account}"\` kills the processes of service accounts: the services they run`, inv.span);
      else {
        const server = images.find((i) => SERVER_PROCESS.test(i));
        if (server) b.destroy('service_outage', `\`taskkill /im ${server}\` kills a server's process`, inv.span);
      }
      controlPlaneProcess(inv);
      return true;
    }
    case 'wevtutil': {
      // wevtutil (Windows Commands reference): `cl`/`clear-log` deletes every event of a log (`/bu` backs it up first);
      // `el`, `gl`, `gp`, `ep`, `qe`, `gli` read; `epl`, `al` export or archive to a file; `sl`, `im`, `um` configure.
      const sub = ws[0] ?? '';
      const maxSize = inv.args.find((a) => a.value === null || /^\/(ms|maxsize):/i.test(a.value))?.value?.replace(/^[^:]*:/, '');
      if (sub === 'cl' || sub === 'clear-log') {
        if (ws.some((w) => /^\/bu:/.test(w))) b.verb('write');
        else b.verb('delete').destroy('event_log_clear', `\`wevtutil cl\` deletes every event of the \`${inv.args[1]?.value ?? '?'}\` log`, inv.span);
      } else if (/^(el|enum-logs|gl|get-log|gp|get-publisher|ep|enum-publishers|qe|query-events|gli|get-loginfo|\/\?)$/.test(sub)) b.verb('read');
      else if ((sub === 'sl' || sub === 'set-log') && ws.some((w) => /^\/(e|enabled):(false|0)$/.test(w))) b.verb('write').destroy('event_log_disabled', `\`wevtutil sl /e:false\` stops the \`${inv.args[1]?.value ?? '?'}\` log from recording`, inv.span);
      else if ((sub === 'sl' || sub === 'set-log') && maxSize !== undefined && shrinksAuditLog(inv.args[1]?.value ?? '', maxSize === null ? null : sizeInBytes(maxSize))) b.verb('write').destroy('safeguard_disabled', `\`wevtutil sl /ms:\` shrinks the \`${inv.args[1]?.value ?? '?'}\` audit log below its default: its oldest events are overwritten sooner`, inv.span);
      else b.verb('write');
      return true;
    }
    case 'auditpol':
      // auditpol (Windows Commands reference): `/get`, `/list`, `/backup` read; `/clear` and `/remove` delete the audit
      // policy (every category stops being audited); `/set … /success:disable|/failure:disable` stops auditing what it
      // names; `/restore` and enabling `/set` change it.
      if (ws.some((w) => w === '/clear' || w === '/remove')) b.verb('delete').destroy('audit_policy_cleared', `\`auditpol ${ws.find((w) => w === '/clear' || w === '/remove')}\` deletes the audit policy`, inv.span);
      else if (ws.includes('/set') && ws.some((w) => /^\/(success|failure):disable$/.test(w))) b.verb('write').destroy('audit_policy_cleared', '`auditpol /set … :disable` stops auditing', inv.span);
      else if (ws.includes('/set') || ws.includes('/restore')) b.verb('write');
      else b.verb('read');
      return true;
    case 'netsh':
      return netsh(inv, ws);
    case 'ipconfig':
      // ipconfig (Windows Commands reference): `/release` and `/release6` give up the adapters' addresses (the machine
      // leaves the network until `/renew`); `/renew`, `/flushdns`, `/registerdns` and `/setclassid` change; the rest reads.
      if (ws.some((w) => /^\/release6?$/.test(w))) b.verb('write').target({ kind: 'host', id: 'localhost', environment: null, home: false }).destroy('service_outage', '`ipconfig /release` gives up the adapter\'s addresses: the machine leaves the network', inv.span);
      else if (ws.some((w) => /^\/(renew6?|flushdns|registerdns|setclassid6?)$/.test(w))) b.verb('write');
      else b.verb('read');
      return true;
    case 'appcmd': {
      // appcmd (IIS reference): `stop site|apppool` takes it out of service; `delete site|app|vdir|apppool|backup` removes it;
      // `restore backup` replaces the whole configuration; `list`/`search` read; `start`, `recycle`, `add`, `set` change.
      const [verb = '', object = ''] = ws;
      // What it names (`delete site "shop-prod"`, `stop apppool /apppool.name:ShopApiProd`) may say its environment.
      const ids = inv.args.slice(2).map((a) => a.value ?? '').map((v) => /^\/(site|apppool|app|vdir)\.name:(.+)$/i.exec(v)?.[2] ?? (v.startsWith('/') ? '' : v)).filter(Boolean);
      for (const id of ids) {
        const t = envTarget(inv, 'host', id, [clue('names', id)]);
        if (t.environment !== null) b.target(t);
      }
      if (verb === 'list' || verb === 'search' || verb === '/?' || ws.includes('/?')) b.verb('read');
      // Round 34 (p34): IIS Express's own appcmd (`…\IIS Express\appcmd.exe`) edits the developer's IIS Express
      // configuration (`Documents\IISExpress\config\applicationhost.config`), whose sites Visual Studio adds again for a
      // project that runs on it; no server's site goes out of service and no file is deleted.
      else if (IIS_EXPRESS_APPCMD.test(inv.spelled ?? '')) b.verb('write');
      else if (verb === 'stop' && /^(site|apppool)$/.test(object)) b.verb('write').destroy('service_outage', `\`appcmd stop ${object}\` takes it out of service`, inv.span);
      // Round 23 (b23w): a site, application, virtual directory or pool whose every name says a pull request's preview or a
      // CI run's own (`delete site "shop-pr-482"`), as `Remove-Website shop-pr-482` (cmdlets.ts, answer 84).
      // Not on a machine named for production (the lead's answers 269 and 315, as the sites' folders).
      else if (verb === 'delete' && /^(site|app|vdir|apppool)$/.test(object) && ids.length > 0 && ids.every((id) => namesScratchEnvironment(id)) && !onProductionHost(inv)) b.verb('delete').finding('preview_environment_delete', `\`appcmd delete ${object}\` removes \`${ids.join(', ')}\`, a pull request's preview or a CI run's own`);
      else if (verb === 'delete' && /^(site|app|vdir|apppool|backup|module|trace)$/.test(object)) b.verb('delete').destroy('iis_delete', `\`appcmd delete ${object}\` removes it from IIS`, inv.span);
      else if (verb === 'restore' && object === 'backup') b.verb('write').destroy('iis_config_restore', '`appcmd restore backup` replaces the IIS configuration', inv.span);
      else b.verb('write');
      return true;
    }
    case 'iisreset':
      // iisreset (IIS reference): `/stop` stops every IIS service; `/reboot` restarts the machine; no switch or
      // `/restart` stops and starts them again; `/status` reads. `iisreset COMPUTER …` acts on that machine.
      remoteMachine(inv, cmdOperands(inv.args)[0]?.value?.replace(/^\\\\/, ''));
      if (ws.includes('/stop')) b.verb('write').destroy('service_outage', '`iisreset /stop` stops the IIS services', inv.span);
      else if (ws.includes('/reboot') || ws.includes('/rebootonerror')) b.verb('write').target({ kind: 'host', id: 'localhost', environment: null, home: false }).destroy('host_shutdown', '`iisreset /reboot` restarts the machine', inv.span);
      else if (ws.includes('/status') || ws.includes('/?')) b.verb('read');
      else b.verb('write');
      return true;
    case 'setx': {
      // setx (Windows Commands reference) writes the variable to the user's (or with /m the machine's) environment for
      // good: `setx PATH VALUE` replaces the whole stored PATH with VALUE, so every entry it does not repeat is gone.
      const ops = inv.args.filter((a, i) => !/^\/[a-z]+$/i.test(a.value ?? '') && !/^\/(s|u|p|k|f|a|r|x|d)$/i.test(inv.args[i - 1]?.value ?? ''));
      const [name, value] = ops;
      b.verb('write');
      const hijack = name?.value && /^path$/i.test(name.value) && value ? storedPathHijack(value.text) : null;
      if (hijack !== null) b.destroy('startup_path_hijack', `\`setx PATH\` puts \`${hijack}\` in front of every later session's commands: a folder the current folder, a download or any program can fill (the lead's answer 184)`, inv.span);
      else if (name?.value && /^path$/i.test(name.value) && value && value.value !== null && !/%path%|\$env:path/i.test(value.value)) b.destroy('env_path_replaced', '`setx PATH` replaces the stored PATH with this value only', inv.span);
      // The lead's answer 338 q6 (round 32): built on the old list (`setx PATH "%PATH%;C:\tools\bin"`) it is no better:
      // `%PATH%` is the machine's list and the user's joined, stored whole as the user's (or, with /m, the user's folded
      // into the machine's), and setx cuts what it stores at 1,024 characters (setx's reference), so entries are lost.
      else if (name?.value && /^path$/i.test(name.value) && value) b.destroy('env_path_truncated', '`setx PATH` stores the joined machine and user PATH as one list, cut at 1,024 characters (the lead\'s answer 338)', inv.span);
      else if (name?.value && value && tlsOffVariable(name.value, value.value)) b.destroy('tls_verification_off', `\`setx ${name.value}\` stores TLS certificate checks off for every later run`, inv.span);
      return true;
    }
    case 'mklink': {
      // A link to a control-plane file is a write to it (D8).
      const ops = cmdOperands(inv.args);
      b.verb('write');
      for (const p of ops) if (pathEffect(inv, p).cls === 'control_plane') fileTarget(inv, p, 'write', { recursive: false, what: '`mklink` links to' });
      // The lead's answer 338 q4: the link itself made in a Startup folder (`mklink LINK TARGET`) runs at every log-on.
      if (ops[0] && isWindowsStartupFolderPath(pathEffect(inv, ops[0]).path)) fileTarget(inv, ops[0], 'write', { recursive: false, what: '`mklink` makes a link' });
      // Round 39 (win2): a folder link (`/D`, `/J`) is followed by later paths through it (filesystem.ts noteWindowsLink).
      if (ops[0] && (ws.includes('/d') || ws.includes('/j'))) noteWindowsLink(inv, ops[0], ops[1]);
      return true;
    }
    case 'cipher':
      // cipher (Windows Commands reference): `/d` decrypts EFS-encrypted files, which takes their encryption off; `/e`
      // encrypts; `/w` overwrites free space only; the rest show.
      if (ws.some((w) => w.startsWith('/w'))) b.verb('write').finding('cipher_wipe_free', '`cipher /w` overwrites free space only');
      else if (ws.includes('/d')) b.verb('write').destroy('encryption_off', '`cipher /d` decrypts the files it names', inv.span);
      else if (ws.includes('/e')) b.verb('write');
      else b.verb('read');
      return true;
    case 'certutil':
      // certutil (Windows Commands reference): `-delstore` deletes a certificate from a store, `-delkey` a key
      // container (the private key), `-deleterow` rows of the CA database: none is recoverable.
      // Round 30 (w30): the user's own localhost certificate (`-delstore -user My localhost`), as Remove-Item of it from
      // `Cert:\CurrentUser\My` (cmdlets.ts devCertificateFilter): `dotnet dev-certs https` makes it again.
      if (ws.length === 4 && ws.includes('-delstore') && ws.includes('-user') && ws[2] === 'my' && ws[3] === 'localhost') b.verb('delete').finding('dev_certificate_delete', '`certutil -delstore -user My localhost` deletes the user\'s localhost development certificate');
      else if (ws.some((w) => /^[-/](delstore|delkey|deleterow)$/.test(w))) b.verb('delete').destroy('certificate_delete', `\`certutil ${ws.find((w) => /^[-/](delstore|delkey|deleterow)$/.test(w))}\` deletes a certificate, key or CA record`, inv.span);
      // Round 42 (bl42pki), the certutil reference on a CA: `-revoke SERIAL [REASON]` revokes an issued certificate;
      // `-shutdown` stops Active Directory Certificate Services; `-setreg policy\EditFlags +EDITF_ATTRIBUTESUBJECTALTNAME2`
      // lets every requester name any subject in the request (the CA then issues for names it was never asked to vouch
      // for): a protection off. Other `-setreg` values (validity, CRL periods) are settings.
      else if (ws.some((w) => /^[-/]revoke$/.test(w))) b.verb('write').destroy('certificate_revoked', '`certutil -revoke` revokes an issued certificate on the CA', inv.span);
      else if (ws.some((w) => /^[-/]shutdown$/.test(w))) b.verb('write').destroy('service_outage', '`certutil -shutdown` stops the certification authority', inv.span);
      else if (ws.some((w) => /^[-/]setreg$/.test(w)) && ws.some((w) => /^\+?editf_attributesubjectaltname2$/.test(w)) && !ws.some((w) => /^-editf_attributesubjectaltname2$/.test(w))) b.verb('write').destroy('safeguard_off', '`certutil -setreg policy\\EditFlags +EDITF_ATTRIBUTESUBJECTALTNAME2` lets any requester name any subject', inv.span);
      // `-urlcache * delete` (or `-urlcache URL delete`) empties CryptoAPI's URL cache, which refills on the next fetch.
      else if (ws.some((w) => /^[-/]urlcache$/.test(w)) && ws[ws.length - 1] === 'delete' && !ws.some((w) => /^[-/](f|split)$/.test(w))) b.verb('write').finding('cache_cleared', '`certutil -urlcache … delete` empties the URL cache');
      // `-decode IN OUT`, `-decodehex IN OUT`, `-encode IN OUT` write OUT from IN and run nothing (round 12): a write of OUT,
      // judged by where it is. A decoded program or script (CERTUTIL_CODE_OUT) stays unknown: it is code nobody has seen,
      // and the next command may well run it as a local script, which is not judged as unseen code.
      else if (!ws.some((w) => /^[-/]urlcache$/.test(w)) && ws.some((w) => /^[-/](decode|decodehex|encode)$/.test(w)) && cmdOperands(inv.args).filter((a) => !/^-/.test(a.value ?? '-')).length === 2 && !CERTUTIL_CODE_OUT.test(cmdOperands(inv.args).filter((a) => !/^-/.test(a.value ?? '-'))[1]!.value ?? '.exe')) {
        b.verb('write');
        const out = cmdOperands(inv.args).filter((a) => !/^-/.test(a.value ?? '-'))[1]!;
        fileTarget(inv, out, 'write', { recursive: false, what: '`certutil` writes', replaces: true });
      }
      else if (ws.some((w) => /^[-/](urlcache|decode|decodehex|encode)$/.test(w))) b.opaque('certutil_transfer', '`certutil` downloads or decodes a file we cannot see', inv.span);
      // `-addstore [-f] [-user] [-enterprise] STORE FILE`: a certificate added to Root or AuthRoot is trusted to vouch for
      // every TLS server and code signer (round 16); to another store (My, CA, TrustedPeople) it is a write.
      else if (ws.some((w) => /^[-/]addstore$/.test(w))) {
        b.verb('write');
        // Options may stand between the verb and the store (`-addstore -f -user Root x.cer`, round 25): the first other word.
        const store = ws.slice(ws.findIndex((w) => /^[-/]addstore$/.test(w)) + 1).find((w) => !/^[-/]/.test(w)) ?? '';
        if (TRUST_ROOT_STORE.test(store)) b.verb('permissions').destroy('trusted_root_added', `\`certutil -addstore ${store}\` makes the certificate a trusted root`, inv.span);
      }
      // Round 23 (b23w): `-exportPFX [STORE] ID FILE` writes the certificate with its private key (certutil reference): to a
      // share (`\\HOST\…`) the key leaves the machine, as Export-PfxCertificate's does (round 16); to a local file it is a copy.
      else if (ws.some((w) => /^[-/]exportpfx$/.test(w))) {
        const out = inv.args[inv.args.length - 1];
        b.verb('read', 'write');
        if (out && (out.value === null || /^(\\\\|\/\/)/.test(out.value))) b.verb('network').destroy('secret_exfiltration', `\`certutil -exportPFX\` writes a private key to \`${out.value ?? '?'}\`, off this machine`, inv.span);
        else if (out) fileTarget(inv, out, 'write', { recursive: false, what: '`certutil -exportPFX` writes' });
      }
      else b.verb('read');
      return true;
    case 'winrm':
    case 'winrm.cmd':
    case 'winrm.vbs':
      // Round 42 (ans42a, the lead's answer 440.2): `winrm delete winrm/config/Listener?Address=*+Transport=HTTP` (`d`)
      // (or a PowerShell endpoint, `…/plugin/NAME`) removes a listener or endpoint Windows Remote Management takes its sessions on: remote administration off, the way in off (as
      // sshd disabled, 427.3). Every other winrm line is the service catalogue's.
      if (!/^(d|delete)$/.test(ws[0] ?? '') || !/^winrm\/config\/(listener(\?|$)|plugin\/)/.test(ws[1] ?? '')) return false;
      b.verb('permissions').destroy('remote_access_off', `\`${inv.name} delete ${inv.args[1]!.value}\` removes a WinRM listener: remote administration off (the lead's answer 440.2)`, inv.span);
      return true;
    case 'klist':
      // klist (Windows Commands reference): `purge` drops the Kerberos tickets of the session (`-li 0x3e7`: the machine's),
      // which Windows asks for again at the next access; the rest list tickets.
      if (ws.includes('purge')) b.verb('write').finding('tickets_purged', '`klist purge` drops cached Kerberos tickets, fetched again when needed');
      else b.verb('read');
      return true;
    case 'wusa':
      // wusa (Windows Update Standalone Installer): `/uninstall /kb:N` takes an installed update off, security fixes with
      // it (round 16); installing a `.msu` is a write.
      if (ws.includes('/uninstall') || ws.some((w) => w.startsWith('/uninstall'))) b.verb('delete').destroy('update_uninstalled', '`wusa /uninstall` removes an installed Windows update', inv.span);
      else b.verb('write');
      return true;
    case 'compact':
      // compact (Windows Commands reference): `/c` and `/u` compress or uncompress NTFS files in place, which reading
      // them does not see; without them it only shows the compression state.
      b.verb(ws.some((w) => w === '/c' || w === '/u') ? 'write' : 'read');
      return true;
    case 'attrib':
      if (ws.some((w) => /^[+-][rahsi]$/.test(w))) b.verb('write');
      else b.verb('read');
      return true;
    case 'msiexec':
      // msiexec (Windows Installer reference): `/i` installs, `/x` uninstalls, `/f` repairs, `/a` makes an
      // administrative install, `/p`/`/update` patch: each changes what is installed, as a package manager does; `/?` reads.
      b.verb(ws.every((w) => w === '/?' || w === '/help') && ws.length > 0 ? 'read' : 'write');
      // A package given as a URL (`msiexec /i https://…/x.msi`; Windows Installer opens URLs as package paths) is
      // downloaded and its custom actions run, elevated under `/qn`, without anyone seeing it: code fetched and run.
      if (ws.some((w) => /^(https?|ftp):\/\//.test(w))) b.verb('exec').destroy('downloaded_code_run', '`msiexec` installs a package straight from a URL: code nobody has seen', inv.span);
      // A package from Downloads or the Public profile (DOWNLOADED_PACKAGE) runs its custom actions with
      // the installer's rights (SYSTEM for a per-machine package): code nobody vetted, run elevated (the lead's decision 26,
      // as `sudo installer -pkg ~/Downloads/x.pkg`). The project's own build output (`out\Installer\x.msi`) is not one; a
      // package the same line downloads into a temporary folder is judged as that download is.
      else if (ws.some((w) => /^\/(i|package|a|p|update|f[a-z]*)$/.test(w))) {
        const pkg = inv.args.map((a) => a.value ?? '').find((v) => DOWNLOADED_PACKAGE.test(v));
        // The lead's answer 360.3 (round 35): a package this line fetched (`curl -o %TEMP%\a.msi URL && msiexec /i
        // %TEMP%\a.msi`, `Invoke-WebRequest … -OutFile a.msi; msiexec /i a.msi`) is one class with `curl | sh`: unknown.
        const fetched = fetchedPackage(inv.scope, inv.args.filter((a) => !/^[/-]/.test(a.value ?? '/')).map((a) => a.value));
        if (pkg !== undefined) b.verb('exec').destroy('elevated_unvetted_script', `\`msiexec\` installs \`${pkg}\`, a package from a downloads or temporary folder: code nobody has seen, run elevated (lead decision 26)`, inv.span);
        else if (fetched !== undefined) b.verb('exec').opaque('package_fetched_install', `\`msiexec\` installs \`${fetched}\`, a package this line fetched: what it runs is not part of the action (the lead's answer 360.3, as \`curl | sh\`)`, inv.span);
      }
      if (ws.some((w) => /^\/(x|uninstall)$/.test(w))) msiexecUninstall(inv);
      return true;
    case 'mkdir':
    case 'md':
      b.verb('write');
      return true;
    case 'pnputil':
      // pnputil (Windows Commands reference): `/delete-driver INF /uninstall` first uninstalls the driver from every device
      // that uses it, which then stops working (round 12); without /uninstall the delete fails while a device uses it.
      // `/enum-*` read; `/add-driver`, `/scan-devices`, `/restart-device`, `/disable-device`-free changes write.
      if (ws.includes('/delete-driver') && ws.includes('/uninstall')) b.verb('delete').target({ kind: 'host', id: 'devices', environment: null, home: false }).destroy('service_outage', '`pnputil /delete-driver /uninstall` removes the driver from the devices using it', inv.span);
      else if (ws.some((w) => /^\/(disable-device|remove-device)$/.test(w))) b.verb('write').target({ kind: 'host', id: 'devices', environment: null, home: false }).destroy('service_outage', `\`pnputil ${ws.find((w) => /^\/(disable|remove)-device$/.test(w))}\` takes a device out of service`, inv.span);
      else if (ws.length === 0 || ws.every((w) => /^\/(enum-[a-z]+|\?)$/.test(w) || !w.startsWith('/'))) b.verb('read');
      else b.verb('write');
      return true;
    case 'bitsadmin': {
      // bitsadmin (Windows Commands reference): `/transfer NAME [/download] [/priority P] URL FILE` downloads URL into FILE
      // (round 12). A program or script downloaded (CERTUTIL_CODE_OUT) is code nobody has seen, and the next command that
      // runs it reads as a local file the action wrote: unknown here, fail closed. An installer package (`.msi`) is run
      // only by msiexec, which is judged itself; any other file is a write where it lands. `/list`, `/info` read.
      if (ws[0] === '/transfer') {
        const file = inv.args[inv.args.length - 1];
        if (!file || file.value === null || (CERTUTIL_CODE_OUT.test(file.value) && !/\.msi$/i.test(file.value))) b.opaque('download_code', '`bitsadmin /transfer` downloads a program or script nobody has seen', inv.span);
        else {
          b.verb('write', 'network');
          fileTarget(inv, file, 'write', { recursive: false, what: '`bitsadmin /transfer` writes', replaces: true });
          // A package file holds the download's content, not shown: a later install of it is answer 360.3's (fetchedPackage).
          if (WINDOWS_PACKAGE_FILE.test(file.value)) noteWrite(inv.scope, file.value, null, false, shown(file));
        }
      } else if (/^\/(list|info|monitor|util|\?|getstate|getbytestotal|getbytestransferred|geterror)/.test(ws[0] ?? '/list')) b.verb('read');
      else b.verb('write');
      return true;
    }
    case 'subst':
      // subst (Windows Commands reference): `subst X: PATH` makes a drive letter stand for a folder, `/d` removes that
      // alias; the folder and its files are untouched. Alone it lists the aliases.
      b.verb(ws.length === 0 ? 'read' : 'write');
      return true;
    case 'manage-bde':
      manageBde(inv, ws);
      return true;
    case 'route': {
      // route (Windows Commands reference): `print` shows; `-f` clears every gateway route; `delete 0.0.0.0` removes the
      // default route, which cuts every connection beyond the local subnet; `add`, `change`, other deletes change the table.
      const ops = ws.filter((w) => !/^-[fp4-6]$/.test(w));
      if (ws.includes('-f')) b.verb('delete').destroy('routes_flushed', '`route -f` clears the routing table', inv.span);
      else if (ops[0] === 'delete' && /^0\.0\.0\.0$|^::\/0$/.test(ops[1] ?? '')) b.verb('delete').destroy('default_route_deleted', '`route delete 0.0.0.0` removes the default route: the machine loses every connection beyond its subnet', inv.span);
      else if (/^(add|change|delete)$/.test(ops[0] ?? '')) b.verb('write');
      else b.verb('read');
      return true;
    }
    case 'forfiles':
      forfiles(inv);
      return true;
    case 'dsrm':
    case 'dsmod':
    case 'dsadd':
    case 'dsmove':
    case 'dsquery':
    case 'dsget':
      directoryTool(inv, name, ws);
      return true;
    case 'label':
      // label (Windows Commands reference): `label [drive:][name]` names a volume, which can be named again; no data moves.
      b.verb(ws.includes('/?') ? 'read' : 'write');
      return true;
    case 'dnscmd': {
      // dnscmd (Windows Commands reference): `dnscmd [SERVER] /COMMAND …`. `/recorddelete`, `/nodedelete` and
      // `/zonedelete` remove records or a whole zone (names stop resolving; a primary zone's records are its only copy);
      // the listing and information commands read; `/clearcache` empties the server's resolver cache (filled again by the
      // next lookups); the rest add or change records and settings.
      const server = cmdOperands(inv.args)[0];
      if (server && server.value !== null && inv.args.indexOf(server) === 0) remoteMachine(inv, server.value.replace(/^\\\\/, ''));
      const command = ws.find((w) => w.startsWith('/')) ?? '';
      if (/^\/(recorddelete|nodedelete|zonedelete|directorypartitiondelete)$/.test(command)) b.verb('delete').destroy('dns_records_delete', `\`dnscmd ${command}\` deletes DNS records`, inv.span);
      else if (/^\/(info|enum\w*|zoneinfo|zoneprint|statistics|\?)$/.test(command)) b.verb('read');
      else b.verb('write');
      return true;
    }
    case 'defrag':
      // defrag (Windows Commands reference): `/a` analyses only; the other switches optimise, consolidate or retrim the
      // volume's free space in place, moving no file out of reach.
      b.verb(ws.length > 0 && ws.every((w) => w === '/a' || w === '/v' || w === '/?' || /^[a-z]:$/.test(w)) ? 'read' : 'write');
      return true;
    case 'reagentc':
      // reagentc (Windows Commands reference): `/disable` switches off the Windows Recovery Environment, the boot-time
      // repair, reset and system-restore tools a machine that does not start needs: a safeguard off, as bcdedit's
      // `recoveryenabled No`. `/info` reads; `/enable`, `/setreimage`, `/boottore` change settings.
      if (ws.includes('/disable')) b.verb('write').target({ kind: 'host', id: 'localhost', environment: null, home: false }).destroy('safeguard_disabled', '`reagentc /disable` switches off the recovery environment', inv.span);
      else b.verb(ws.includes('/info') || ws.includes('/?') ? 'read' : 'write');
      return true;
    case 'chkdsk':
      // chkdsk (Windows Commands reference): without a repair switch, and with `/scan` (an online scan), it only reports;
      // `/f`, `/r`, `/x`, `/b`, `/spotfix`, `/offlinescanandfix` repair the volume.
      b.verb(ws.some((w) => /^\/(f|r|x|b|spotfix|offlinescanandfix|forceofflinefix|perf)$/.test(w)) ? 'write' : 'read');
      return true;
    default:
      return false;
  }
}

/**
 * Logs and backups by their folder or file names: `C:\inetpub\logs`, `D:\Backups\sql`, `*.log`, `*.bak`, `*.trn`.
 */
const RECORD_FOLDER = /(^|[\\/])([\w.]+[-_.])?(logs?|logfiles|backups?)([\\/]|$)/i;
/** The same in a camel-cased folder name (`AppLogs`, `SqlBackups`), case-sensitive so that `Catalogs` is not one. */
const RECORD_FOLDER_CAMEL = /(^|[\\/])\w*[a-z](Logs?|LogFiles|Backups?)([\\/]|$)/;
const RECORD_FILES = /^\*?\.?(\*\.)?(log|bak|trn|evtx|dmp)$/i;

/** A folder that holds logs or backups by its name, or filters every one of which names log or backup files. */
export function namesRecords(folder: string, filters: (string | null)[]): boolean {
  return RECORD_FOLDER.test(folder) || RECORD_FOLDER_CAMEL.test(folder) || (filters.length > 0 && filters.every((f) => f !== null && RECORD_FILES.test(f)));
}

/**
 * forfiles (Windows Commands reference): `forfiles [/p FOLDER] [/m MASK] [/s] [/d DATE] [/c "COMMAND"]` runs COMMAND
 * (default `cmd /c echo @file`) once for each file in FOLDER (`/s`: and its subfolders) whose name matches MASK, with
 * `@path` the file's full path and `@file`, `@fname` its name. The command is judged once, as cmd runs it, with those
 * variables standing for the pattern `FOLDER\MASK` (as a `for /f … in ('dir /b PATTERN')` body is).
 */
/** A build share's drops folder by its name: `\\fs01\drops\acme`, `D:\builds\nightly`, `\\nas\ci-artifacts\shop`. */
const BUILD_DROPS_FOLDER = /(^|[\\/])([\w.]+[-_.])?(drops?|builds|nightly|nightlies|artifacts)([\\/]|$)/i;
/** forfiles' per-file command deleting the file or, for a folder, its tree (`if @isdir==TRUE rd /s /q @path`). */
const DROP_SWEEP = /^\s*(cmd(\.exe)?\s+\/c\s+)?((if\s+@isdir==(true|false)\s+)?(del|erase)(\s+\/[fqs])*\s+@(path|file)|(if\s+@isdir==true\s+)?(rd|rmdir)(\s+\/[sq])*\s+@(path|file))\s*$/i;

function forfiles(inv: Invocation): void {
  const value = (flag: string): Word | undefined => inv.args[inv.args.findIndex((a) => (a.value ?? '').toLowerCase() === flag) + 1];
  const folder = inv.args.some((a) => /^\/p$/i.test(a.value ?? '')) ? value('/p') : undefined;
  const mask = inv.args.some((a) => /^\/m$/i.test(a.value ?? '')) ? value('/m') : undefined;
  const command = inv.args.some((a) => /^\/c$/i.test(a.value ?? '')) ? value('/c') : undefined;
  if (!command) {
    inv.env.b.verb('read');
    return;
  }
  if (command.value === null || folder?.value === null || mask?.value === null) {
    inv.env.b.opaque('shell_dynamic_script', '`forfiles /c` runs a command, or over files, not fixed in the input', inv.span);
    return;
  }
  // `/d -N` selects files last changed N or more days ago; a `del` of each, in a folder of logs or backups (or of log or
  // backup files only), 30 days or more back, is retention (the lead's decision, round 16), as the PowerShell sweep is.
  const days = /^-(\d{1,5})$/.exec(value('/d')?.value ?? '')?.[1];
  if (days !== undefined && Number(days) >= 30 && /^\s*(cmd(\.exe)?\s+\/c\s+)?(del|erase)(\s+\/[fq])*\s+@(path|file)\s*$/i.test(command.value) && namesRecords(folder?.value ?? '.', mask?.value ? [mask.value] : [])) {
    inv.env.b.verb('delete').finding('retention_delete', `\`forfiles /d -${days}\` deletes logs or backups older than ${days} days only`, inv.span);
    return;
  }
  // The same sweep of a build share's drops (BUILD_DROPS_FOLDER), 30 days or more back, each file or each build's folder:
  // dated build artefacts past a keep-recent rule, which the builds made and can make again (the lead's answer 79).
  if (days !== undefined && Number(days) >= 30 && DROP_SWEEP.test(command.value) && BUILD_DROPS_FOLDER.test(folder?.value ?? '') && !/(^|[\\/])\.\.([\\/]|$)/.test(folder?.value ?? '')) {
    inv.env.b.verb('delete').finding('retention_delete', `\`forfiles /d -${days}\` deletes build drops older than ${days} days only`, inv.span);
    return;
  }
  const pattern = `${(folder?.value ?? '.').replace(/[\\/]+$/, '')}\\${mask?.value ?? '*'}`;
  const line = command.value.replace(/0x22/gi, '"').replace(/@(path|file|fname|relpath)\b/gi, `"${pattern}"`);
  runLaterAsCmd(inv, { ...command, value: line }, '`forfiles /c`');
}

/**
 * The Active Directory command-line tools (Windows Commands reference): `dsrm DN` deletes the object (`-subtree` with
 * everything under it); `dsmod user|computer DN -disabled yes` switches the account off; `dsquery` and `dsget` read;
 * `dsadd`, `dsmove` and other `dsmod` changes write.
 */
function directoryTool(inv: Invocation, name: string, ws: string[]): void {
  const b = inv.env.b;
  if (name === 'dsquery' || name === 'dsget') b.verb('read');
  else if (name === 'dsrm') b.verb('delete').destroy('directory_object_delete', '`dsrm` deletes the directory object', inv.span);
  else if (name === 'dsmod' && /^(user|computer)$/.test(ws[0] ?? '') && ws.some((w, i) => w === '-disabled' && /^(yes|y)$/.test(ws[i + 1] ?? ''))) b.verb('write').destroy('account_disabled', '`dsmod … -disabled yes` switches the account off', inv.span);
  else b.verb('write');
}

/** Programs that only read, show or open something (cmd built-ins and Windows tools). */
export const WINDOWS_READS = new Set([
  'dir', 'type', 'more', 'find', 'findstr', 'where', 'whoami', 'hostname', 'ipconfig', 'systeminfo', 'tasklist', 'tree', 'fc', 'comp', 'sort', 'chcp',
  'assoc', 'ftype', 'doskey', 'timeout', 'ping', 'tracert', 'pathping', 'nslookup', 'netstat', 'ver', 'vol', 'cls', 'echo', 'title', 'color', 'pause',
  'exit', 'goto', 'shift', 'setlocal', 'endlocal', 'prompt', 'path', 'break', 'verify', 'date', 'time', 'popd', 'set', 'help', 'explorer', 'notepad',
  'start-sleep', 'clip', 'driverquery', 'getmac', 'arp', 'qwinsta', 'query', 'wevtutil-qe', 'gpresult', 'msinfo32', 'winver', 'powercfg-list',
  'write', 'mspaint', 'calc', 'code', 'wt', 'openfiles', 'quser', 'dxdiag', 'net1', 'fsutil-fsinfo', 'rem', 'call-noop',
]);
