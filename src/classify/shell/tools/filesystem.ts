import { isCompletionFile, printsCompletionScript } from '../completion-scripts.ts';
import { socketPath } from '../sockets.ts';
import { globMatch, matchEnvironment, type Verb } from '../../../core/index.ts';
import { ownScanConfig } from '../own-scan-config.ts';
import { heuristicEnvironment, resolveEnvironment, tierOfEnvironment } from '../../environment.ts';
import { classifyPath, normalizePath, DUMP_EXTENSION, isServiceTempFile, TEMP_FILE_NAME, isAppLogFile, isAuditRecordFile, isKeptLogFile, isControlPlane, isSystemOrCredentialFile, isAptSourceDropIn, isDistributionAptSources, isAptSignedByKeyring, isDefaultSiteLink, isReleasedHoldFile, isPackageLockFile, isContainerLogFile, isLocalProgram, isLocalManualPage, isKernelHousekeepingFile, isStreamDevice, isCredentialFile, isConfigDropIn, isUnenabledSiteFile, plainTextDropIn, isSystemRecordFile, isHomeConfigFile, isDisposableDatabaseFile, isCiAgentWorkFolderOf, isDotenvOrSecretFile, isMlRunRecord, isStateOrSecretFile, isTemporaryRoot, isUnderTemporaryRoot, rootGlobMissesSystemFolders, KERNEL_HARDENING_OFF, REBUILDABLE, REBUILDABLE_FILE, resolvePath, underBackupsFolder, underWorkspaceDataFolder, looksLikeFile, isDotenvFile, isHomeAppSettingsFile, isNodeRedFlowsFile, isNodeRedFlowsBackupFile, type PathClass, SSHD_TIGHT_SETTING } from '../../paths.ts';
import { HOME_USER_FOLDERS, isWindowsHomeStartupFile, isWindowsPath, isWindowsStartupFolderPath, isWindowsScope, isWindowsTemporaryRoot, normalizeWindowsPath } from '../../windows-paths.ts';
import { namesNewByStamp } from '../../stamped-names.ts';
import { noteWrite, renderedOutputOf, shown, splitWords, storeWrite, writtenContent, type Invocation, type Redirect, type ShellScope } from '../invocation.ts';
import { isStartupScript, runLaterFile } from '../../stored-commands.ts';
import { dotenvEditMayLoseSecret, SECRET_KEY_WORD } from '../../credential-text.ts';
import type { Span } from '../../builder.ts';
import { literalWord, type Word } from '../words.ts';
import { dateStampedWord } from '../date-stamps.ts';
import { clue, envTarget, hasAny, hasFlag, optionValue, optionValues, parseOptions, positionals } from './common.ts';
import { daysIn } from '../../durations.ts';
import { settingSwitchesSafeguardOff } from '../../config-safeguards.ts';
import { isUnpackedToolchain, unpackedInto } from '../regenerated.ts';
import { outputKeepingCommandStart } from './command-start.ts';
import { LOCAL_THROWAWAY, namesPreviewOrDevEnvironment, namesScratchEnvironment } from './infra.ts';
import { namesSharedCiResource } from '../../test-data.ts';
import { cronJobSafeguard } from '../../kept-agents.ts';
import { sessionOnServer } from '../../public-access.ts';
import { isSerialDevice, serialDeviceWrite } from './vehicle-shell.ts';
import { dataSetQualifierTier, liveOrSystemDataSet } from './mainframe-catalogue.ts';

/**
 * Files whose loss is data loss even inside a workspace. Model weights and checkpoints (`.ckpt`, `.pt`, `.safetensors`, ...)
 * and columnar or record datasets (`.parquet`, `.arrow`, `.tfrecord`, JSON Lines) are what training and pipelines took
 * hours or days to produce; they are kept out of Git (or in LFS or DVC), so the repository cannot give them back.
 * Round 42 (ans42b, the lead's answer 446.6): openssl's serial file (`ca.srl`, `*.srl`) holds the next serial a CA issues;
 * it is not rebuilt.
 */
const DATA_FILE = new RegExp(String.raw`\.(db|sqlite3?|tfstate(\.backup)?|pem|key|srl|p12|pfx|kdbx|env|jks|keystore|ckpt|pt|pth|safetensors|h5|hdf5|nc|nc4|keras|onnx|gguf|parquet|arrow|feather|tfrecords?|npz|avro|orc|jsonl|ndjson)$|${DUMP_EXTENSION}$|(^|\/)\.env(\.(?!(example|sample|template|dist|defaults?|schema)$)[^/]*)?$|(^|\/)(id_rsa|id_ed25519|credentials|\.netrc|\.pgpass)$`);

export interface PathEffect {
  cls: PathClass | 'unknown';
  path: string;
}

/** `*.pyc`, `*.log`, `*.trx` (VSTest's results): a last-segment glob every match of which is a rebuildable file. */
const REBUILDABLE_FILE_GLOB = /^\*\.(pyc|pyo|o|log|tmp|swp|bak|orig|class|trx)$/;
/**
 * Copies kept of the system's configuration (`/etc/nginx/*.bak`, `/etc/ssh/*.orig`): the administrator's way back from an
 * edit (`cp F F.bak`, `sed -i.bak`), which no tool makes again; one such file named is a system file already (round 29, s29).
 */
const ETC_KEPT_COPIES = /^\/etc\/.*\.(bak|orig)$/;

/** A name with `*`/`?` wildcards (no bracket sets) every match of which is a rebuildable file: two sample names tried. */
function rebuildableFileWildcard(name: string): boolean {
  return everySampleMatches(name, REBUILDABLE_FILE);
}

/** Whether `pattern` holds for a wildcard name with its `*` and `?` read as two sample names (one plain, one dotted). */
function everySampleMatches(name: string, pattern: RegExp): boolean {
  return ['x', 'a.b-c'].every((x) => pattern.test(name.replace(/[*?]/g, x)));
}

/**
 * A last-segment wildcard every match of which is a log file or one of its rotations (`train.log.[0-9]*`, `*.log.*`,
 * `worker.log.?`): logrotate and Python's RotatingFileHandler name the rotations `NAME.log.N` (`.gz` when compressed).
 * Bracket sets are read as one character; the other wildcards are tried with two sample names, as rebuildableFileWildcard.
 */
const LOG_OR_ROTATION = /\.log(\.[\w-]+)*$/;
function rotatedLogWildcard(name: string): boolean {
  const sets = name.replace(/\[!?\^?\]?[^\]]*\]/g, '1');
  return !sets.includes('[') && everySampleMatches(sets, LOG_OR_ROTATION);
}

/** Folders whose entries are users' home folders (`/home/*`, `C:\Users\*`): a wildcard there stands for each profile. */
const HOMES_ROOT = /^(\/home|\/Users|[A-Za-z]:\\Users)$/i;
/**
 * A wildcard in the middle of a path (`/home/*\/.cache/*`, `C:\Users\*\AppData\Local\Temp\*`, `/srv/*\/tmp/*`), judged by
 * the pattern's fixed parts (round 18, p18): each whole-segment `*` before the last segment is read as one sample name (a
 * profile, with that profile as the home, when it stands under a homes folder), and the path so spelled is judged as any
 * other. When every match is temporary or rebuildable (a cache, a temp folder), the sweep is; anything else (a profile's
 * `.ssh`, `Documents`, a system folder) is judged by the fixed prefix, as before. A `..` before the first wildcard only says
 * where the fixed prefix starts (`../*\/node_modules`, the sibling projects' folders, round 30); one after it is not read.
 */
function everyMatchDisposable(inv: Invocation, w: Word, value: string, segs: string[], sep: string, first: number): PathEffect | null {
  if (first < 1 || first >= segs.length - 1 || segs.slice(first).some((x) => x.includes('..'))) return null;
  // Any service's folder under /var/lib (`/var/lib/*/tmp`) includes a database's (`/var/lib/mysql/tmp`, a database named tmp).
  if (/^\/var\/lib\/[^/]*[*?[]/.test(value)) return null;
  // So does any program's folder under ProgramData (`C:\ProgramData\*\cache`, Windows' own among them: round 37, pw37).
  if (/^[a-z]:[\\/]programdata[\\/][^\\/]*[*?[]/i.test(value)) return null;
  const middle = segs.slice(first, -1);
  if (!middle.every((x) => !/[*?[]/.test(x) || x === '*')) return null;
  const sample = 'portcullis-sample';
  const spelled = segs.map((x, i) => (i >= first && i < segs.length - 1 && x === '*' ? sample : x));
  const homeAt = segs.findIndex((x, i) => x === '*' && i < segs.length - 1 && HOMES_ROOT.test(segs.slice(0, i).join(sep)));
  const home = homeAt === -1 ? inv.scope.home : spelled.slice(0, homeAt + 1).join(sep);
  const text = spelled.join(sep);
  const fx = pathEffect({ ...inv, scope: { ...inv.scope, home } }, { ...w, value: text, glob: /[*?[]/.test(text) });
  return fx.cls === 'temporary' || fx.cls === 'rebuildable' ? { cls: fx.cls, path: value } : null;
}

/**
 * Round 34 (s34): a path whose unseen part is a variable below a fixed folder (`"$HOME/.cache/$TOOL"`, `~/.cache/$TOOL/*`,
 * `node_modules/$PKG`): the variable stands for names below that folder (or, empty, for the folder itself), so when the
 * folder is a cache, build output or temporary folder, what is deleted is too ("How a case is labelled": caches and build
 * artefacts are disposable). Judged by spelling the variables as a sample name, as everyMatchDisposable does; not a
 * command substitution or a default (`${X:-…}`), not past a `..`, not a folder that is only the variable (`$DIR/x`).
 */
const VARIABLE_BELOW_FOLDER = /^((?:~|\$HOME|\$\{HOME\})?[^$`'*?[]*\/)(\$(?:\{[A-Za-z_]\w*(?::\?)?\}|[A-Za-z_]\w*)[^$`']*)+$/;
function belowDisposableFolder(inv: Invocation, w: Word): PathEffect | null {
  // A quoted `~` is a folder of that name, not the home.
  if (w.text.startsWith('"~')) return null;
  const text = w.text.replace(/"/g, '');
  const m = VARIABLE_BELOW_FOLDER.exec(text);
  if (!m || text.includes('..') || /\$\(/.test(text)) return null;
  const folder = m[1]!.replace(/^(\$HOME|\$\{HOME\})/, '~').replace(/\/+$/, '');
  if (folder === '' || folder === '~') return null;
  const fx = pathEffect(inv, { ...w, text: folder, value: folder, glob: false });
  if (fx.cls !== 'temporary' && fx.cls !== 'rebuildable') return null;
  return { cls: fx.cls, path: `${fx.path}/${text.slice(m[1]!.length)}` };
}

/** Where a path word points and how bad losing it would be; globs are judged by the folder they sweep. */
/** PowerShell on Linux and macOS takes `\` as a folder separator too: `.\node_modules` is `./node_modules`. */
function powershellSlashes(inv: Invocation, value: string): string {
  return inv.windowsDialect === 'powershell' ? powershellPathSlashes(value, inv.scope) : value;
}

/** PowerShell off Windows takes `\` between path segments as `/` (`$HOME\.gitconfig` is `~/.gitconfig` there). */
export function powershellPathSlashes(value: string, scope: Invocation['scope']): string {
  return value.includes('\\') && !isWindowsPath(value) && !isWindowsScope(scope) ? value.replace(/\\/g, '/') : value;
}

export function pathEffect(inv: Invocation, w: Word): PathEffect {
  if (w.value === null) return belowDisposableFolder(inv, w) ?? { cls: 'unknown', path: w.text };
  const linked = globThroughLinks(inv, w);
  if (linked === null) return { cls: 'unknown', path: w.value };
  let value = linked;
  let glob = w.glob;
  value = powershellSlashes(inv, value);
  // `\\?\C:\x` is C:\x: its `?` is the long-path prefix, not a wildcard.
  if (/^\\\\[?.]\\/.test(value)) {
    value = normalizeWindowsPath(value);
    glob = glob && /[*?[]/.test(value);
  }
  if (glob) {
    // `*/build/`: a trailing slash only says the matches are folders.
    if (/[^/]\/+$/.test(value)) value = value.replace(/\/+$/, '');
    // Windows paths glob the same way with `\` between segments.
    const sep = !value.includes('/') && value.includes('\\') ? '\\' : '/';
    const segs = value.split(sep);
    const first = segs.findIndex((s) => /[*?[]/.test(s));
    const last = segs[segs.length - 1] ?? '';
    // `*.log`, `**/*.pyc`: a sweep of rebuildable files only.
    // Not in the system's own records (`/var/log/audit/*.log`, `/var/log/*.log`): clearing those hides what happened.
    const swept = first === segs.length - 1 && REBUILDABLE_FILE_GLOB.test(last) ? resolvePath(value, inv.scope) : undefined;
    // Nor under a backups folder (`/var/backups/shop/*.bak`, `D:\\Backups\\Shop\\*.bak`): there they are the backups; nor
    // under /etc (ETC_KEPT_COPIES); nor an app's audit trail (`D:\\Apps\\Billing\\logs\\audit\\*.log`, round 33).
    if (swept !== undefined && !(swept !== null && (isSystemRecordFile(swept) || isAuditRecordFile(swept) || underBackupsFolder(swept) || ETC_KEPT_COPIES.test(swept)))) return { cls: swept ? 'rebuildable' : 'unknown', path: swept ?? value };
    // A service's temporary files under /var/lib by their names (`/var/lib/redis/temp-*.rdb`: isServiceTempFile).
    if (first === segs.length - 1 && sep === '/' && everySampleMatches(last, TEMP_FILE_NAME)) {
      const abs = resolvePath(value, inv.scope);
      if (abs && isServiceTempFile(abs, last)) return { cls: 'temporary', path: abs };
    }
    // The glob's matches are rebuildable when its base lies inside the workspace.
    const sweep = (): PathEffect | null => {
      const base = resolvePath(segs.slice(0, first).join(sep) || '.', inv.scope);
      const root = inv.scope.workspace ?? inv.scope.cwd;
      const p = resolvePath(value, inv.scope);
      return base && p && root && (base === root || base.startsWith(`${root}/`)) && !underBackupsFolder(p) && !ETC_KEPT_COPIES.test(p) ? { cls: 'rebuildable', path: p } : null;
    };
    // `.coverage.*`, `logs/*.log`: a wildcard in the last segment only, inside the workspace, whose every match is a
    // rebuildable file name (two sample names tried; bracket sets are not read).
    if (first === segs.length - 1 && ((!last.includes('[') && rebuildableFileWildcard(last)) || rotatedLogWildcard(last))) {
      const fx = sweep();
      if (fx) return fx;
    }
    // `./**\/*.pyc`, `src/**\/*.orig`, `./**\/__pycache__`, `packages/*\/dist`: the same sweep through the folders below a base
    // inside the workspace, when only whole-segment wildcards come between.
    // The last part may be one rebuildable file's fixed name too (`**\/.DS_Store`, `*\/.coverage`).
    if (first < segs.length - 1 && segs.slice(first, -1).every((x) => x === '**' || x === '*') && (REBUILDABLE_FILE_GLOB.test(last) || REBUILDABLE.has(last) || (!/[*?[]/.test(last) && REBUILDABLE_FILE.test(last)))) {
      const fx = sweep();
      if (fx) return fx;
    }
    const every = everyMatchDisposable(inv, w, value, segs, sep, first);
    if (every) return every;
    // `outputs/2026-11-*`, `lightning_logs/*`: a glob among ML run records (decision 37), judged on the path it resolves to.
    if (sep === '/') {
      const fx = sweep();
      const root = inv.scope.workspace ?? inv.scope.cwd;
      if (fx && root && fx.path !== root && isMlRunRecord(fx.path.slice(root.length + 1).split('/'))) return fx;
    }
    // The lead's answer 380.8 (round 37): a wildcard in the last part only, after a literal prefix of three characters or
    // more (`slurm-44*.out`, `core.*`, `./report-2026*`), no bracket set, at the top of the working folder: those files, not the
    // folder (a bare `*.ext`, dotfile patterns and sets such as `train.[0-9]*` stay judged by the folder; `rm -r` reads folders).
    // Round 42 (ans42a, the lead's answer 440.3): a Windows path alike (`Set-Content .\Test*.txt`, `Remove-Item
    // .\Test*.txt` in `C:\src\app`): edits git holds (81); not a drive's root, not home, not through `..`.
    if (first === segs.length - 1 && /^[A-Za-z0-9_][^*?[\]/\\]{2,}[*?][^[]*$/.test(last) && !value.split(/[\\/]/).includes('..')) {
      const folder = resolvePath(segs.slice(0, first).join(sep) || '.', inv.scope);
      const abs = resolvePath(value, inv.scope);
      const root = inv.scope.workspace ?? inv.scope.cwd;
      if (folder !== null && abs !== null && (folder === root || folder === inv.scope.cwd) && folder !== inv.scope.home && folder !== '/' && !/^[A-Za-z]:\\?$/.test(folder)) return { cls: classifyPath(abs, inv.scope, inv.env.inventory), path: abs };
    }
    // The lead's answer 387.1 (round 38): the contents of an application's own log folder (`/var/log/myapp/*`,
    // `/opt/app/logs/*`) are its logs (361.2), whatever their names; not the folder itself, not a folder of folders
    // (`/var/log/*/`), not the system's records (isAppLogFolder).
    if (first === segs.length - 1 && sep === '/' && /^\*+(\.\*)?$/.test(last)) {
      const folder = resolvePath(segs.slice(0, first).join(sep) || '.', inv.scope);
      if (folder !== null && isAppLogFolder(folder, inv.scope.home)) return { cls: 'rebuildable', path: `${folder}/${last}` };
    }
    // `/metro-*` (`"$TMPDIR"/metro-*` with TMPDIR unset): names under `/` that no system folder's name begins with.
    if (sep === '/' && rootGlobMissesSystemFolders(value)) return { cls: 'outside', path: value };
    value = segs.slice(0, first).join(sep) || (value.startsWith(sep) ? sep : '.');
    // `/tmp/*`, `C:\Windows\Temp\*`: the contents of a temporary folder, not the folder. Round 27 (s27): a relative glob
    // read from a temporary root (`cd /tmp && rm -rf build-* npm-*`) is the same contents.
    const base = resolvePath(value, inv.scope);
    // No `..`; a bare `*` or `./*` too (the lead's answer 222: `cd /tmp && rm -rf *` is `rm -rf /tmp/*`) when the session
    // started there or an `&&` after `cd` guards it (after `;` a failed `cd` would leave it sweeping the session's folder).
    // Not `.*`, which older shells expand to `..` as well.
    const bare = segs.slice(first).every((seg) => /^\.?\*+$/.test(seg));
    const guarded = base !== null && (base === inv.scope.guardedCwd || base === inv.scope.workspace);
    const relativeSweep = !value.split('/').includes('..') && (!bare || (guarded && segs.slice(first).every((seg) => /^\*+$/.test(seg))));
    const tempBase = isTemporaryRoot(value) ? value : sep === '/' && base && !value.startsWith('/') && relativeSweep && isTemporaryRoot(base) ? base : undefined;
    if (tempBase !== undefined) return { cls: 'temporary', path: `${tempBase.replace(/\/+$/, '')}/${segs.slice(first).join(sep)}` };
    if (isWindowsTemporaryRoot(base ?? '', inv.scope.home) || isCiAgentWorkFolderOf(base ?? '', inv.scope.workspace ?? inv.scope.cwd)) return { cls: 'temporary', path: `${value}${sep}${segs.slice(first).join(sep)}` };
  }
  const abs = resolvePath(value, inv.scope);
  if (abs === null) return { cls: 'unknown', path: value };
  const cls = classifyPath(abs, inv.scope, inv.env.inventory);
  if (cls === 'critical' && scratchSiteFolder(abs) && !siteOverProduction(inv, abs)) return { cls: 'temporary', path: abs };
  // Round 37 (sh37): a folder inside one the line writes again (`install/arm_driver` before `colcon build`) is written again too.
  if (cls === 'workspace' && underBuildOutput(abs.toLowerCase(), inv.scope.buildOutput)) return { cls: 'rebuildable', path: abs };
  // The lead's answer 387.3 (round 38): a sibling project's build-output pair (`../other/bin` with `../other/obj`) is that
  // project's build output, as `../other/node_modules` is.
  if (cls === 'outside' && inSiblingProject(inv, abs) && underBuildOutput(abs.toLowerCase(), inv.scope.buildOutput)) return { cls: 'rebuildable', path: abs };
  if (cls === 'outside' && unityPairOutside(inv, abs)) return { cls: 'rebuildable', path: abs };
  if (cls !== 'workspace' && inv.scope.reinstalled?.has(abs.replace(/\/+$/, '').toLowerCase())) return { cls: 'rebuildable', path: abs };
  return { cls, path: abs };
}

/**
 * Round 39 (atk39): a glob whose fixed part goes into a link this input made (`ln -s ~/.ssh build && rm -rf build/*`)
 * matches inside the link's target: the word with that part read through the link (paths.ts `followLinks`), null when the
 * target is not fixed. Other words are returned as they are (resolvePath follows links for them).
 */
function globThroughLinks(inv: Invocation, w: Word): string | null {
  const value = w.value!;
  if (!w.glob || inv.scope.links === undefined || inv.scope.links.size === 0) return value;
  // Round 39 (win2): a Windows path's names are separated by `\` (`C:\Temp\x\*`).
  const sep = !value.includes('/') && value.includes('\\') ? '\\' : '/';
  const segs = value.split(sep);
  const first = segs.findIndex((seg) => /[*?[]/.test(seg));
  if (first <= 0) return value;
  const fixed = segs.slice(0, first).join(sep) || sep;
  const plain = resolvePath(fixed, { ...inv.scope, links: undefined });
  const followed = resolvePath(`${fixed}${sep}`, inv.scope);
  if (followed === null) return null;
  return plain === followed ? value : `${followed === sep ? '' : followed.replace(/[\\/]+$/, '')}${sep}${segs.slice(first).join(sep)}`;
}

/**
 * Round 39 (win2): a folder link a PowerShell or cmd line made (`New-Item -ItemType SymbolicLink|Junction -Path LINK -Target
 * T`, `mklink /D|/J LINK T`), recorded as `ln -s` records one (noteLinks): a later path through LINK (`LINK\*`, `LINK\x`) is
 * T's. A relative target is read from the link's folder (a symbolic link's) and from the working folder (a junction's, which
 * mklink and New-Item make absolute): when the two differ it is not fixed. Hard links are not recorded: a file's other name,
 * removed, loses nothing, and nothing lies below one.
 */
export function noteWindowsLink(inv: Invocation, link: Word, target: Word | undefined): void {
  if (link.value === null) return;
  const named = resolvePath(link.value.replace(/[\\/]+$/, ''), { ...inv.scope, links: undefined });
  if (named === null) return;
  const folder = named.slice(0, Math.max(named.lastIndexOf('\\'), named.lastIndexOf('/'))) || named;
  const fromCwd = target?.value == null ? null : resolvePath(target.value, inv.scope);
  const fromLink = target?.value == null ? null : resolvePath(target.value, { ...inv.scope, cwd: folder });
  (inv.scope.links ??= new Map()).set(named, fromCwd !== null && fromCwd === fromLink ? fromCwd : null);
}

/**
 * Round 39 (win2): the link itself named by a delete that goes into it (`Remove-Item -Recurse LINK`: Windows PowerShell 5.1
 * removes what the link points at, PowerShell issue 621; `rd /s LINK`; `del LINK`, which deletes a folder's files): the word
 * written with a closing `\`, so that resolvePath follows the link. Any other word as it is.
 */
export function intoLinkItself(inv: Invocation, w: Word): Word {
  if (w.value === null || w.glob || /[\\/]$/.test(w.value) || !inv.scope.links?.size) return w;
  const named = resolvePath(w.value, { ...inv.scope, links: undefined });
  const key = named?.toLowerCase();
  return key !== undefined && [...inv.scope.links.keys()].some((l) => l.toLowerCase() === key) ? { ...w, value: `${w.value}\\` } : w;
}

/**
 * Round 40 (atk40): a file written, emptied or overwritten through a link this input made (`ln -s /etc/passwd /tmp/x && :
 * > /tmp/x`, `ln /srv/data/db.sqlite /tmp/d && shred /tmp/d`): open(2) follows a symbolic link, and a hard link is the
 * same file, so what is written is what the link names. The word written with a closing separator so that resolvePath
 * follows the link itself (as intoLinkItself does for Windows deletes); any other word as it is. Not for rm, unlink or
 * mv, which remove or replace the link itself.
 */
export function throughLink(inv: Invocation, w: Word): Word {
  if (w.value === null || w.glob || /[\\/]$/.test(w.value) || !inv.scope.links?.size) return w;
  const named = resolvePath(w.value, { ...inv.scope, links: undefined });
  if (named === null) return w;
  const windows = named.includes('\\');
  const key = windows ? named.toLowerCase() : named;
  return [...inv.scope.links.keys()].some((l) => (windows ? l.toLowerCase() : l) === key) ? { ...w, value: `${w.value}${windows ? '\\' : '/'}` } : w;
}

/**
 * Round 39 (win2): `Move-Item`, `Rename-Item`, cmd's `move` and `ren` of SRC to DEST: recorded in `movedFrom` as `mv` records
 * a move (copyMove), under DEST and under DEST with SRC's name (DEST may be a folder), so a later delete of DEST or of a
 * folder holding it is judged by what was moved there (movedHere).
 */
export function noteWindowsMove(inv: Invocation, sources: readonly Word[], dest: Word | null | undefined): void {
  const to = dest?.value == null ? null : resolvePath(dest.value, inv.scope);
  if (to === null) return;
  const moved = (inv.scope.movedFrom ??= new Map());
  for (const src of sources) {
    const from = src.value === null || src.glob ? null : resolvePath(src.value, inv.scope);
    if (from === null) continue;
    const base = from.split(/[\\/]/).pop() ?? '';
    moved.set(to.replace(/[\\/]+$/, ''), from);
    if (base !== '') moved.set(`${to.replace(/[\\/]+$/, '')}\\${base}`, from);
  }
}

/**
 * Round 39 (win2): the sources of what this PowerShell or cmd line moved (noteWindowsMove) to the path a delete names, to a
 * file a wildcard in its last name sweeps, or (`recursive`) anywhere below it: the delete loses what they held, judged where
 * they came from (`Move-Item C:\Data C:\Temp\old; Remove-Item -Recurse C:\Temp\old` deletes C:\Data's content).
 */
export function movedHere(inv: Invocation, w: Word, recursive: boolean): string[] {
  if (w.value === null || inv.scope.movedFrom === undefined) return [];
  const segs = w.value.split(/[\\/]/);
  const first = w.glob ? segs.findIndex((seg) => /[*?[]/.test(seg)) : -1;
  const at = resolvePath(first === -1 ? w.value : segs.slice(0, first).join('\\') || '.', inv.scope);
  if (at === null) return [];
  const k = at.toLowerCase().replace(/[\\/]+$/, '');
  return [...inv.scope.movedFrom]
    .filter(([landed]) => {
      const l = landed.toLowerCase();
      const below = l.startsWith(`${k}\\`) || l.startsWith(`${k}/`);
      return (first === -1 && l === k) || (below && (recursive || (first !== -1 && !/[\\/]/.test(l.slice(k.length + 1)))));
    })
    .map(([, from]) => from);
}

/**
 * The lead's answer 391.5 (round 38b): a Unity project's `Library` and `Temp` named side by side in one action
 * (BUILD_OUTPUT_PAIRS) are Unity's pair, the Editor's imported-asset cache and scratch folder, written again when the
 * project opens: rebuildable outside the workspace too. Not in the home itself (`~/Library` is macOS's), the home's parent
 * or a drive's or the file system's root; `Library` alone stays as read.
 */
function unityPairOutside(inv: Invocation, abs: string): boolean {
  const m = /^(.*)([\\/])(library|temp)$/i.exec(abs.replace(/[\\/]+$/, ''));
  if (!m || inv.scope.buildOutput === undefined) return false;
  const parent = m[1]!.toLowerCase();
  const home = inv.scope.home?.replace(/[\\/]+$/, '').toLowerCase();
  if (parent === '' || /^[a-z]:$/.test(parent) || /^\\\\[^\\]+\\[^\\]+$/.test(parent) || (home !== undefined && (parent === home || home.startsWith(`${parent}${m[2]}`)))) return false;
  return inv.scope.buildOutput.has(`${parent}${m[2]}library`) && inv.scope.buildOutput.has(`${parent}${m[2]}temp`);
}

/**
 * A path inside a sibling project of the working folder: below a folder that shares the working folder's parent
 * (`/home/a/src/other/…` from `/home/a/src/app`), never that parent itself or a folder directly in it (`../bin` from a
 * project in the home is `~/bin`), and the parent neither `/` nor the home's parent.
 */
function inSiblingProject(inv: Invocation, abs: string): boolean {
  const root = (inv.scope.workspace ?? inv.scope.cwd)?.replace(/\/+$/, '');
  if (!root || root === inv.scope.home || abs.startsWith(`${root}/`)) return false;
  const parent = root.slice(0, root.lastIndexOf('/'));
  if (parent === '' || (inv.scope.home !== undefined && inv.scope.home.startsWith(`${parent}/`))) return false;
  return abs.startsWith(`${parent}/`) && abs.slice(parent.length + 1).split('/').length >= 2;
}

/**
 * Round 23 (b23w): a site folder in IIS's web root whose own name says a pull request's preview or a CI run's
 * (`C:\inetpub\wwwroot\shop-pr-482`, also through `\\host\c$`; namesScratchEnvironment): removed, or mirrored into with
 * `robocopy /MIR`, nothing of a live site is lost (the lead's answers 84 and 92). Not the web root, not another name, not
 * on a machine named for production (the share's server, else the session's host: answers 216 and 269, siteOverProduction).
 */
function scratchSiteFolder(abs: string): boolean {
  const site = /^(?:[A-Za-z]:|\\\\[^\\]+\\[A-Za-z]\$)\\inetpub\\wwwroot\\([^\\]+)(?:\\|$)/i.exec(abs);
  return site !== null && namesScratchEnvironment(site[1]!);
}

/**
 * Build output that a tool writes as a pair of sibling folders (lower-case names), each too common a name to be
 * rebuildable alone: MSBuild's `bin\` and `obj\` (Microsoft Learn, "Common MSBuild project properties": OutputPath,
 * BaseIntermediateOutputPath; `bin` alone may be hand-written scripts); a Unity project's `Library` (the imported-asset
 * cache) and `Temp` (Unity manual, "Project folder structure": both are generated and left out of version control); an
 * Unreal project's `Binaries` and `Intermediate` (what Unreal Build Tool writes; `Binaries` alone may hold a plugin's
 * prebuilt libraries); a Mix project's `deps` and `_build`. Deleted together in one action, both are that build output,
 * which the next build writes again.
 */
const BUILD_OUTPUT_PAIRS: ReadonlyArray<{ folder: RegExp; sibling: string }> = [
  { folder: /^(.*[\\/])bin$/, sibling: 'obj' },
  // Round 41 (pw42): a Visual C++ solution's configuration folders (`$(SolutionDir)$(Configuration)\`, the default OutDir
  // of its projects), `Debug` with `Release` beside it; either alone may be a hand-kept folder of that name.
  { folder: /^(.*[\\/])debug$/, sibling: 'release' },
  { folder: /^(.*[\\/])library$/, sibling: 'temp' },
  { folder: /^(.*[\\/])binaries$/, sibling: 'intermediate' },
  // Round 36 (vcs36): one platform's folder of an Unreal project's `Binaries` (`Binaries/Win64`, `Binaries/Linux`) with the
  // project's `Intermediate`: Unreal Build Tool writes both again for that platform.
  { folder: /^(.*[\\/])binaries[\\/](win64|linux|linuxarm64|mac|android|ios)$/, sibling: 'intermediate' },
  // An Elixir Mix project's `deps` (what `mix deps.get` fetches) and `_build` (what `mix compile` writes): Mix's own
  // `mix deps.clean --all` and `mix clean` empty them; `deps` alone may be another tool's hand-kept folder.
  { folder: /^(.*[\\/])deps$/, sibling: '_build' },
  // Round 37 (ot37, the lead's answer 377.2): a colcon workspace's `install` and `log` beside its `build` (colcon writes
  // all three again on the next `colcon build`), and one package's `install/PKG` beside `build/PKG`.
  { folder: /^(.*[\\/])install$/, sibling: 'build' },
  { folder: /^(.*[\\/])log$/, sibling: 'build' },
  { folder: /^(.*[\\/])install[\\/]([^\\/]+)$/, sibling: 'build/$2' },
  // Round 38 (sh38): a Rails app's compiled assets: Sprockets precompiles into `public/assets` (Rails Guides, "The Asset
  // Pipeline": `config.assets.prefix`, emptied by `rails assets:clobber`), Webpacker and Shakapacker into `public/packs`
  // (`public_output_path`, `packs-test` under test; `rails webpacker:clobber`), Vite Ruby into `public/vite` (`vite-dev`,
  // `vite-test`). `public/assets` alone may be a front-end project's own static files; beside one of the others it is
  // the Rails app's output, which the next precompile writes again.
  { folder: /^(.*[\\/])public[\\/]assets$/, sibling: 'public/packs' },
  { folder: /^(.*[\\/])public[\\/]assets$/, sibling: 'public/packs-test' },
  { folder: /^(.*[\\/])public[\\/]assets$/, sibling: 'public/vite' },
];

/** A path (lower case) that is one of the line's build-output folders or lies inside one. */
function underBuildOutput(abs: string, output: ReadonlySet<string> | undefined): boolean {
  return output !== undefined && (output.has(abs) || [...output].some((o) => abs.startsWith(`${o.replace(/[\\/]+$/, '')}/`) || abs.startsWith(`${o.replace(/[\\/]+$/, '')}\\`)));
}

export function withBuildOutputPair(inv: Invocation, words: Word[]): Invocation {
  // The lead's answer 121 (round 23): `Remove-Item .\bin,.\obj` names the pair as `pathEffect` reads it.
  const pairs = buildOutputPairs(words.map((w) => (w.value === null ? null : powershellSlashes(inv, w.value))), inv.scope);
  if (pairs.size === 0) return inv;
  return { ...inv, scope: { ...inv.scope, buildOutput: new Set([...(inv.scope.buildOutput ?? []), ...pairs]) } };
}

/** The folders of `paths` (resolved against `scope`, lower-case) that form a build-output pair with another of them. */
export function buildOutputPairs(paths: (string | null)[], scope: ShellScope): Set<string> {
  const lower = paths.map((v) => (v === null ? null : resolvePath(v, scope)?.toLowerCase().replace(/[\\/]+$/, '') ?? null));
  const pairs = new Set<string>();
  for (const a of lower) {
    for (const { folder, sibling } of BUILD_OUTPUT_PAIRS) {
      const m = a === null ? null : folder.exec(a);
      const other = m ? `${m[1]}${sibling.replace('$2', m[2] ?? '')}` : null;
      if (other !== null && lower.includes(other)) pairs.add(a!).add(other);
    }
  }
  return pairs;
}

/** A path's environment: the inventory's, or for a share (`\\\\prod-web01\\c$\\…`) its server's name, a host like any other. */
export function pathEnvironment(inv: Invocation, path: string): string | null {
  const server = /^\\\\([^\\]+)\\/.exec(path)?.[1];
  const named = ENV_NAMED_FILE.exec(path)?.[2];
  return matchEnvironment(inv.env.inventory, 'paths', path)?.name ?? (server ? resolveEnvironment(inv.env.inventory, [{ kind: 'names', value: server }]) : null) ?? (named ? resolveEnvironment(inv.env.inventory, [{ kind: 'names', value: named }]) : null) ?? folderTier(inv, path);
}

/**
 * The lead's answer 196 (k25f question 1): a folder of an absolute path outside the home and the workspace whose name says
 * production (`/srv/prod/uploads`, `/var/www/production/cache`, `/opt/app-prod/releases`) names production, as a host
 * name does (heuristicEnvironment). `/srv/dev` says nothing kept. File names are ENV_NAMED_FILE's. A folder naming staging
 * (`/srv/staging/uploads`) names staging (the lead's answer 215), production first; a staging tier refuses nothing new.
 */
function folderTier(inv: Invocation, path: string): 'production' | 'staging' | null {
  if (!path.startsWith('/') || path.split('/').includes('..')) return null;
  const under = (root: string | undefined): boolean => root !== undefined && (path === root || path.startsWith(`${root.replace(/\/+$/, '')}/`));
  if (under(inv.scope.home) || under(inv.scope.workspace) || /^\/(home|Users|root|tmp|var\/tmp)(\/|$)/.test(path)) return null;
  const segments = path.split('/').filter(Boolean);
  const tiers = segments.filter((s, i) => !(i === segments.length - 1 && s.includes('.'))).map((s) => heuristicEnvironment(s));
  return tiers.includes('production') ? 'production' : tiers.includes('staging') ? 'staging' : null;
}

/**
 * The lead's answers 189 and 201 (round 26): the Windows machine a command acts on is named for production. The machines it
 * names (`-ComputerName prod-app01`, `sc \\\\prod-app01`, a share's server `\\\\web-prod-01\\c$\\…`), or, when it names
 * none, the session's host (`context.host`); by the inventory, else by the name. A host not fixed in the input is not
 * read as one (the caller's other rules judge it).
 */
export function onProductionHost(inv: Invocation, hosts: readonly (string | null)[] = []): boolean {
  const named = hosts.length > 0 ? hosts : inv.env.ctx.host !== undefined ? [inv.env.ctx.host] : [];
  return named.some((h) => h !== null && tierOfEnvironment(inv.env.inventory, resolveEnvironment(inv.env.inventory, [clue('names', h)])) === 'production');
}

/** The server of a share path (`\\\\web-prod-01\\c$\\inetpub\\…`), or none for a local path. */
export function shareServer(path: string): string[] {
  const server = /^\\\\([^\\]+)\\/.exec(path)?.[1];
  return server === undefined ? [] : [server];
}

/**
 * A build copied into a site's folder on a machine named for production (by the inventory's paths, a share's server or the
 * session's host) overwrites the live site, no way back: answer 181's overwrite of a service's installed folder, not
 * decision 16's deploy (the lead's answer 201).
 */
export function siteOverProduction(inv: Invocation, path: string): boolean {
  return onProductionHost(inv, shareServer(path)) || tierOfEnvironment(inv.env.inventory, pathEnvironment(inv, path)) === 'production';
}

/**
 * A dotenv file or a database or state file names its environment in its own name, as a host does (lead's round-14
 * decision): `.env.production`, `production.db`, `staging.sqlite3`. Folders are not read: `/home/dev` is a user. Round 42
 * (bl42virt): a virtual machine's disk image names its guest (`db-prod-02.qcow2`, `sql-prod-01.vhdx`).
 */
const ENV_NAMED_FILE = /(^|[\\/])(\.env\.[^\\/]+|[^\\/]+\.(db|sqlite3?|tfstate|qcow2?|vmdk|vhdx?|avhdx|vdi))$/;

/**
 * State that a shell overwrite replaces as surely as the file tool: Terraform's state (`terraform.tfstate`: the resources
 * it tracks become orphans; a shell makes copies of it under other names, `terraform.tfstate.backup-…`) and SQLite
 * databases under a name that is not a copy's (`cp dev.sqlite3 production.sqlite3`; not `app-20261203.sqlite3`,
 * `app.backup.db` or one under `backups/`, which is how a shell keeps a copy).
 */
const LIVE_STATE = /\.tfstate$|^(?!.*\/backups?\/)(?!.*\/[^/]*(backup|bak|copy|orig|snapshot|\d{8}|\d{4}-\d{2}-\d{2})[^/]*$).*\.(sqlite3?|db)$/i;

/**
 * A `.sql` file that is the project's source, not a dump: in a source, schema, migration or query folder of the workspace
 * (`src/db/schema.sql`, `migrations/0042_add_index.sql`, `db/queries/report.sql`), or a top `schema.sql`, and not named as
 * a dump, backup, export or snapshot. Emptying one is a write to source that git keeps (the lead's decision, round 15:
 * `truncate --size=0` of a workspace source file).
 */
// Round 30 (k30): dbt's project folders of SQL source too (`models`, `macros`, `analyses`, `tests`: dbt docs, "dbt_project.yml"
// `model-paths`, `macro-paths`, `analysis-paths`, `test-paths`), whose files one deleted is answer 81's tracked file.
const SQL_SOURCE = /^(?:(?:[\w.-]+\/)*(?:src|lib|app|migrations?|schemas?|queries|sql|models|macros|analyses|tests)\/(?:[\w.-]+\/)*)?[\w.-]+\.sql$/i;
const SQL_NOT_SOURCE = /(dump|backup|bak|export|snapshot|restore)[^/]*$/i;
function sqlSource(inv: Invocation, path: string): boolean {
  const root = inv.scope.workspace ?? inv.scope.cwd;
  if (!root || !path.startsWith(`${root}/`) || !path.endsWith('.sql')) return false;
  const rel = path.slice(root.length + 1);
  if (SQL_NOT_SOURCE.test(rel) || underBackupsFolder(rel)) return false;
  return rel === 'schema.sql' || (rel.includes('/') && SQL_SOURCE.test(rel));
}

/**
 * A file in the workspace's top-level `data/` or `datasets/` folder: what the project keeps as data (exports, datasets,
 * fixtures of record), most often kept out of Git, so its loss is not given back by a checkout.
 */
export function inWorkspaceDataFolder(inv: Invocation, path: string, w?: Word): boolean {
  // A glob is judged by its folder (`data` for `data/*.csv`): its matches lie in that folder.
  const full = w?.glob && w.value !== null ? (resolvePath(w.value, inv.scope) ?? path) : path;
  return underWorkspaceDataFolder(full, inv.scope);
}

/**
 * Round 30 (k30): `cp` or `mv` onto a file it names in the workspace's data folders (`cp ~/Downloads/new.csv
 * data/raw/sales.csv`, `mv -f /tmp/relabelled.csv data/labels/annotations.csv`): a data file git does not hold by convention
 * (the lead's answer 81) replaced whole, as `rm` of it loses it. Not into a folder under the source's name (a new file
 * most often), not into a folder this input made, not a glob.
 */
function replacesDataFile(inv: Invocation, w: Word, path: string, opts: { replaces?: boolean | 'state'; recursive: boolean }): boolean {
  // Round 44 (bl44media): `ffmpeg -y` onto a named output replaces it as `cp` does (ffmpegOverwrite, answer 331).
  if (!opts.replaces || opts.recursive || w.glob || w.value === null || (inv.name !== 'cp' && inv.name !== 'mv' && inv.name !== 'ffmpeg')) return false;
  const named = w.text.replace(/^(["'])(.*)\1$/, '$2') === w.value && !w.value.endsWith('/');
  return named && inWorkspaceDataFolder(inv, path) && looksLikeFile(path) && !inv.scope.madeFolders?.has(path.slice(0, path.lastIndexOf('/')));
}

/** The stored-command files (stored-commands.ts) that are a user's start-up scripts, run at every shell start. */
const STARTUP_SCRIPT = new Set(['a shell start-up file', 'a PowerShell profile']);

/**
 * Dotfiles in a home folder that hold no credential and run nothing, so that an in-place edit (plainEdit: one that keeps
 * the other lines) of one (`sed -i
 * '/^bastion /d' ~/.ssh/known_hosts`, as `ssh-keygen -R` does) is a write (the lead's round-16 decision 6): ssh's
 * known hosts and client configuration by name (the rest of `~/.ssh` is keys and access), and any other dotfile that is
 * neither a credential file nor a file whose content runs later (start-up files, hooks: stored-commands.ts).
 */
const CREDENTIAL_DOTFILE = /\/\.(npmrc|pypirc|yarnrc\.yml|vault-token|terraformrc|boto|s3cfg|my\.cnf|pgpass|netrc|git-credentials)$/;
const SSH_PLAIN_FILES = /\/\.ssh\/(known_hosts2?|config)$/;
function isPlainHomeDotfile(path: string, home: string | undefined): boolean {
  if (home === undefined || !path.startsWith(`${home}/.`) || isWindowsPath(path)) return false;
  if (SSH_PLAIN_FILES.test(path)) return true;
  return !isCredentialFile(path) && !CREDENTIAL_DOTFILE.test(path) && runLaterFile(path) === null && !HOME_ACCESS_FILE.test(path) && !/\/\.kube\//.test(path);
}

/**
 * An in-place edit (`sed -i`, `perl -pi`) of the files a pattern matches at the top of the workspace (`*.sh`,
 * `**\/*.md`): it changes lines of each file and keeps the rest, so it is judged as an edit of
 * workspace files, not as a write to the repository's root folder, which is what a pattern's folder is judged as
 * (`rm -rf *` wipes the repository). A bare `*` or `**` names every file, and stays judged by its folder.
 */
export function editsFilesOfWorkspace(inv: Invocation, w: Word, folder: string): boolean {
  const last = (w.value ?? '').split('/').pop() ?? '';
  return w.glob && folder === (inv.scope.workspace ?? inv.scope.cwd) && last !== '*' && last !== '**' && /[*?[]/.test(last) && !(w.value ?? '').includes('..');
}

/**
 * A git hook put in place from a script of the same repository (`cp scripts/pre-commit .git/hooks/pre-commit`, `install -m
 * 755 …`, `ln -sf ../../scripts/git-hooks/pre-commit …`, `cat tools/hook.sh > .git/hooks/pre-push`): the lead's round-16
 * decision 11, installing the repository's hook is benign (its content is the repository's, as a `make` target's is). A
 * hook from elsewhere (`/tmp`, a download) or whose content the input writes is judged as before (stored commands).
 */
/**
 * `…/releases/2026-09-*`, `…/releases/202609*`: a releases folder's entries from one earlier year or month; a day may follow
 * the month (Capistrano names each release by its UTC time, `20260901123456`: `releases/20260901*`) (round 29).
 */
const RELEASE_DATE_GLOB = /\/releases\/(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?[-_]?\*$/;
function oldReleasesGlob(glob: string): boolean {
  const m = RELEASE_DATE_GLOB.exec(glob);
  return m !== null && earlierMonth(m[1]!, m[2], m[3]);
}
/**
 * One release folder by its stamped name (`/opt/shop/releases/20260914-1102`, Capistrano's `20260914110203`,
 * `2026-09-14T11-02`) from an earlier month: decision 9's old release, named one at a time (round 30, x30).
 */
const RELEASE_DATE_FOLDER = /\/releases\/(\d{4})-?(\d{2})-?(\d{2})(?:[-_T]?\d{2}[-:]?\d{2}(?:[-:]?\d{2})?)?$/;
function oldReleaseFolder(path: string): boolean {
  const m = RELEASE_DATE_FOLDER.exec(path);
  return m !== null && !path.split('/').includes('..') && earlierMonth(m[1]!, m[2], m[3]);
}
/** Whether a stamp's year, month and day (month and day optional) name a valid date before this month. */
function earlierMonth(y: string, mo: string | undefined, d: string | undefined): boolean {
  const now = new Date();
  const year = Number(y);
  const month = mo === undefined ? 12 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1));
}
/**
 * A build output copied into a web site's folder (`xcopy /E /I /Y .\publish C:\inetpub\shop-dev`, `Copy-Item .\dist\*
 * \\web01\c$\inetpub\wwwroot\billing -Recurse -Force`, robocopy without `/MIR` or `/PURGE`): a deploy, as the lead
 * decided in round 16 (decision 16); files the build no longer has stay. The source must be a build output folder of the
 * workspace (publish, dist, build, out, artifacts, public), not a single file (`web.config`) or a folder elsewhere.
 */
const SITE_COPIERS: ReadonlySet<string> = new Set(['xcopy', 'copy', 'robocopy', 'copy-item', 'cp', 'cpi', 'rsync']);
const SITE_FOLDER = /\\inetpub\\(?!logs(\\|$))[^\\]+|\\wwwroot\$?(\\|$)/i;
/**
 * The lead's answer 217 (round 27): the same copy into one site's folder under the web server's shared root on Linux
 * (`sudo cp -r dist/. /var/www/shop/`): decision 16's deploy on a host not named for production. One site's folder
 * (`/var/www/NAME`, `/srv/www/NAME`), the server's default `html` too (the lead's answer 221, round 27: a copy that prunes
 * nothing reaches it as any site; answer 102's `html` stays for `rsync --delete`), not the shared root itself, and no
 * data, upload or storage folder on the way.
 */
const POSIX_SITE_FOLDER = /^\/(var|srv)\/www\/(?!\.)[\w.-]+(\/|$)/;
const NOT_SITE_STEP = /^(\.\.?|data|db|database|backups?|uploads?|media|storage|\.ssh|\.git)$/i;
// The lead's answer 365.4 (round 35, on a35's question 4): `public`, a site generator's output folder (Hugo, Gatsby;
// answer 77 counts it), is build output for this copy as `dist` is; its deletion keeps its own rule.
const BUILD_OUTPUT_SOURCE = /^(\.[\\/])?([\w.-]+[\\/])*(publish|dist|build|out|artifacts|public)([\\/](\*|\.)?)?$/i;
function siteDeployCopy(inv: Invocation, dest: string): boolean {
  if (!SITE_COPIERS.has(inv.name) || !(SITE_FOLDER.test(dest) || (POSIX_SITE_FOLDER.test(dest) && !dest.split('/').some((step) => NOT_SITE_STEP.test(step))))) return false;
  if (siteOverProduction(inv, dest)) return false;
  if (inv.args.some((a) => /^\/(mir|purge|mov|move)$/i.test(a.value ?? ''))) return false;
  // Windows' copiers take `/switches`; cp's operands are absolute POSIX paths.
  const posix = dest.startsWith('/');
  const operands = inv.args.filter((a, i) => a.value !== null && !(posix ? /^-/ : /^[-/]/).test(a.value) && !/^-(destination|filter|include|exclude|credential)$|^(--(exclude|include|filter|exclude-from|include-from|rsh|chown|chmod|suffix)|-e)$/i.test(inv.args[i - 1]?.value ?? ''));
  const source = operands[0]?.value;
  return operands.length >= 2 && source !== undefined && source !== null && !/^([a-z]:|\\\\|~)/i.test(source) && !source.includes('..') && BUILD_OUTPUT_SOURCE.test(source);
}

/**
 * Round 33 (s33): a release folder of one application on the receiving host (`/srv/shop/releases/20261206-1900`,
 * `/var/www/app/releases/42`), the shape `rsync` without `--delete` already reaches as a write.
 */
const POSIX_RELEASE_FOLDER = /^\/(srv|opt|var\/www)\/(?!\.)[\w.-]+\/releases\/(?!\.)[\w.-]+(\/|$)/;
/**
 * Round 33 (s33): `scp -r dist deploy@web1:/var/www/shop/`, `scp -r ./build web1:/srv/app/releases/42`: the workspace's
 * build output copied into one site's folder (answer 217's POSIX_SITE_FOLDER) or one release folder on another host is
 * decision 16's deploy, as the same copy by `rsync` without `--delete` is; a host named for production keeps answer 217's
 * limit. Every source must be a build output folder of the workspace (BUILD_OUTPUT_SOURCE); data, upload and storage
 * steps, `..`, and the shared root itself stay judged as system paths.
 */
export function remoteSiteDeployCopy(inv: Invocation, sources: readonly Word[], host: string, remote: string): boolean {
  if (sources.length === 0 || remote.split('/').some((step) => NOT_SITE_STEP.test(step))) return false;
  if (!(POSIX_SITE_FOLDER.test(remote) || POSIX_RELEASE_FOLDER.test(remote))) return false;
  if (onProductionHost(inv, [host.replace(/^[^@]*@/, '')])) return false;
  return sources.every((w) => w.value !== null && !/^[^/]*:/.test(w.value) && !/^~/.test(w.value) && !w.value.startsWith('/') && !w.value.includes('..') && BUILD_OUTPUT_SOURCE.test(w.value));
}

/** A host named for backups by its first name (`backup01`, `db-backup-2`, `bkp3`). */
const BACKUP_HOST = /^([\w-]*[-_])?(backups?|bkp)([-_]?\d+)?$/i;
/**
 * Round 35 (s35), the lead's answer 359.1: a mirror with delete (`rsync --delete`, `robocopy /MIR|/PURGE`) onto a backup
 * deletes what only the backup still held (files deleted at the source since the last run): data lost, whatever folder
 * the backup lies in (a temporary, preview or build folder's rules do not make it disposable). A backup is a destination
 * with a backups folder on its path (paths.ts underBackupsFolder: `/mnt/backup/…`, `D:\\Backups\\…`, `~/app-backup/`) or on
 * a host named for backups (`backup01:/srv/app/`, `\\\\backup01\\share\\…`; answer 364.2). A copy without delete onto one stays
 * a backup made (answer 351.1).
 */
export function mirrorOntoBackup(dest: string): boolean {
  const unc = /^\\\\([^\\/]+)[\\/](.*)$/.exec(dest);
  const remote = unc === null ? /^([^/:]+):(.*)$/.exec(dest) : null;
  const host = (unc ?? remote)?.[1]?.replace(/^[^@]*@/, '').split('.')[0];
  const path = (unc ?? remote)?.[2] ?? dest;
  return underBackupsFolder(`${path.replace(/[\\/]+$/, '')}/x`) || (host !== undefined && BACKUP_HOST.test(host));
}

/** A credential or start-up file of a remote account's home, as scp names it (`~/.ssh/authorized_keys`, `.bashrc`). */
const REMOTE_HOME_CREDENTIAL = /^(~\/|\/home\/[^/]+\/|\/root\/)?\.(ssh\/(authorized_keys2?|id_\w+|config)|bashrc|bash_profile|profile|zshrc|netrc|aws\/credentials)$/;
/**
 * Round 37 (ot37, the lead's answer 377.3): an application's own configuration copied from the workspace into its config
 * folder under `/opt` on a host not named for production (`scp config/nav2_params.yaml robot@amr-05:/opt/amr/config/`) is
 * decision 16's deploy, as build output copied into one site's folder. Every source a relative path of the workspace.
 */
const POSIX_APP_CONFIG_FOLDER = /^\/opt\/(?!\.)[\w.-]+\/(config|conf|params|etc)(\/|$)/;
function remoteAppConfigDeploy(inv: Invocation, sources: readonly Word[], host: string, remote: string): boolean {
  if (sources.length === 0 || !POSIX_APP_CONFIG_FOLDER.test(remote) || remote.includes('..')) return false;
  if (onProductionHost(inv, [host.replace(/^[^@]*@/, '')])) return false;
  return sources.every((w) => w.value !== null && !/^[^/]*:/.test(w.value) && !/^~/.test(w.value) && !w.value.startsWith('/') && !w.value.includes('..'));
}

/**
 * Round 42 (ans42b, the lead's answer 445.3 after 217): a copy of workspace files into an application's folder under
 * `/opt` (`rsync -av build/overlay/ root@gw-dev-0003.local:/opt/acme/`) on a host named for development, nothing deleted
 * (no `--delete*`, `--remove-source-files`), is a deploy by copy. A host named otherwise, `/opt` itself, a source outside
 * the workspace or a path with `..` stay as they were.
 */
const POSIX_OPT_APP_FOLDER = /^\/opt\/(?!\.)[\w.-]+(\/|$)/;
function remoteDevOptDeploy(inv: Invocation, sources: readonly Word[], host: string, remote: string): boolean {
  if (sources.length === 0 || !POSIX_OPT_APP_FOLDER.test(remote) || remote.includes('..')) return false;
  if (inv.args.some((a) => a.value === null || /^--(del\b|delete|remove-source)/.test(a.value))) return false;
  const name = host.replace(/^[^@]*@/, '');
  // Named dev by a word of its own name (`gw-dev-0003`), not only by a local domain such as `.local`.
  if (!/(^|[-_.])dev\d*([-_.]|$)/i.test(name) || tierOfEnvironment(inv.env.inventory, resolveEnvironment(inv.env.inventory, [clue('names', name)])) !== 'dev') return false;
  return sources.every((w) => w.value !== null && !/^[^/]*:/.test(w.value) && !/^~/.test(w.value) && !w.value.startsWith('/') && !w.value.includes('..'));
}

/** The system's own configuration and programs: a backups folder under them, or on a backup host, is still theirs. */
const SYSTEM_FOLDER = /^\/(etc|usr|boot|bin|sbin|lib\w*|root)(\/|$)/;
/**
 * What a copy writes onto another host's own system folders (`scp x host:/etc/`, `scp -r d root@h:/`): each landing path
 * judged as that host's (no workspace or home there), unless it is the build output's deploy of remoteSiteDeployCopy.
 * scp's rule, and the lead's answer 351 (round 34) reads `rsync` without `--delete` by the same one: it overwrites what
 * scp would, and a copy of build output onto a host named for production stays destructive (answer 217).
 */
export function remoteSystemOverwrite(inv: Invocation, sources: Word[], dest: Word, host: string): void {
  const remote = dest.value === null ? null : dest.value.slice(dest.value.indexOf(':') + 1);
  // Round 37 (ot37): a start-up file or credential of the remote account's home (`host:~/.ssh/authorized_keys`, a path
  // without `/` is under the remote home) overwritten, as the same files of this machine's home are.
  if (remote !== null && REMOTE_HOME_CREDENTIAL.test(remote)) {
    inv.env.b.verb('write').destroy('remote_critical_path', `\`${inv.name}\` overwrites \`${remote}\` on \`${host}\`: a credential or start-up file of that account`, inv.span);
    return;
  }
  if (remote === null || !remote.startsWith('/') || remoteSiteDeployCopy(inv, sources, host, normalizePath(remote)) || remoteAppConfigDeploy(inv, sources, host, normalizePath(remote)) || remoteDevOptDeploy(inv, sources, host, normalizePath(remote))) return;
  for (const d of landingPaths(inv, { ...dest, value: remote }, sources, false)) {
    // A copy kept in a backups folder (`h:/srv/backups/web01/nginx/`) or on a host named for backups (`backup01:/srv/app/`)
    // is a backup made, not a system file overwritten; that host's own configuration and programs stay system paths.
    if (d.value !== null && (underBackupsFolder(`${normalizePath(d.value)}/x`) || BACKUP_HOST.test(host.replace(/^[^@]*@/, '').split('.')[0]!)) && !SYSTEM_FOLDER.test(normalizePath(d.value))) continue;
    if (d.value !== null && classifyPath(normalizePath(d.value), { cwd: undefined, home: undefined }, inv.env.inventory) === 'critical') {
      inv.env.b.verb('write').destroy('remote_critical_path', `\`${inv.name}\` overwrites \`${d.value}\` on \`${host}\`: a system path`, inv.span);
    }
  }
}

const GIT_HOOK_FILE = /^(.*)\/\.git\/hooks\/[^/]+$/;
function hookFromRepository(inv: Invocation, hook: string): boolean {
  const repo = GIT_HOOK_FILE.exec(hook)?.[1];
  if (repo === undefined || !(COPIERS.has(inv.name) || inv.name === 'cat')) return false;
  const valued = new Set(['-t', '--target-directory', '-S', '--suffix', '-m', '--mode', '-o', '--owner', '-g', '--group']);
  const operands = positionals(inv.args, valued);
  const sources = inv.name === 'cat' ? operands : operands.slice(0, -1);
  if (sources.length === 0) return false;
  const linkBase = { ...inv.scope, cwd: hook.slice(0, hook.lastIndexOf('/')) };
  return sources.every((w) => {
    if (w.value === null || w.glob) return false;
    const abs = resolvePath(w.value, inv.name === 'ln' && hasFlag(inv.args, '-s', '--symbolic') && !w.value.startsWith('/') ? linkBase : inv.scope);
    return abs !== null && abs !== undefined && abs.startsWith(`${repo}/`) && !abs.startsWith(`${repo}/.git/`);
  });
}

/**
 * The sources of what this input moved (`movedFrom`) to a path at or below the folder `p` names, or below the fixed part of
 * a glob (`/tmp/*`: `/tmp`).
 */
function movedUnder(inv: Invocation, p: Word): string[] {
  if (p.value === null || inv.scope.movedFrom === undefined) return [];
  const fixed = p.glob ? p.value.split('/').slice(0, p.value.split('/').findIndex((s) => /[*?[]/.test(s))).join('/') || (p.value.startsWith('/') ? '/' : '.') : p.value;
  const folder = resolvePath(fixed, inv.scope);
  if (folder === null) return [];
  const root = folder === '/' ? '' : folder.replace(/\/+$/, '');
  return [...inv.scope.movedFrom].filter(([landed]) => landed.startsWith(`${root}/`)).map(([, from]) => from);
}

/** Programs that put a file in place from another file (copyMove). */
const COPIERS: ReadonlySet<string> = new Set(['cp', 'mv', 'ln', 'install']);

/**
 * A sysctl drop-in whose text switches a kernel hardening off (KERNEL_HARDENING_OFF): `tee`'s input, or (round 41,
 * bl41sys) what a redirect wrote there (`echo 'kernel.yama.ptrace_scope = 0' > /etc/sysctl.d/10-ptrace.conf`).
 */
function hardeningOffDropIn(inv: Invocation, path: string): boolean {
  if (!path.startsWith('/etc/sysctl.d/')) return false;
  const text = inv.name === 'tee' ? inv.stdin?.text : writtenContent(inv.scope, path);
  return KERNEL_HARDENING_OFF.test(text ?? '');
}

/**
 * The machine's time zone set (tzfile(5), timezone(5)): `/etc/localtime` linked or copied from a zone under
 * `/usr/share/zoneinfo` (what `timedatectl set-timezone` does), `/etc/timezone` written with one zone name (Debian's and
 * Alpine's images): a setting, put back by the same command with the old zone, nothing lost.
 */
const ZONEINFO = /^\/usr\/share\/zoneinfo\/[A-Za-z][\w+-]*(\/[A-Za-z0-9][\w+-]*)*$/;
function timeZoneSet(inv: Invocation, path: string): boolean {
  if (path === '/etc/localtime') return (inv.name === 'ln' || inv.name === 'cp') && positionals(inv.args).length === 2 && ZONEINFO.test(positionals(inv.args)[0]?.value ?? '');
  if (path === '/etc/timezone') return /^[A-Za-z][\w+-]*(\/[A-Za-z0-9][\w+-]*)*$/.test((appendedText(inv) ?? '').trim());
  return false;
}

/**
 * Login banners (motd(5), issue(5), issue.net: the text shown before or after log-in, read by nothing else): written whole
 * with a text the input shows (`tee` fed a fixed text, `echo`/`printf` of fixed words), only the old message is replaced
 * (round 29, s29). Not `/etc/update-motd.d/` (scripts run at every log-in).
 */
/**
 * A login shell's drop-in (`/etc/profile.d/go.sh`, read by /etc/profile) written with lines the input shows, each of which
 * only adds fixed folders under the system's program prefixes (/usr/local, /opt, /usr/lib, /usr/share, /snap) to PATH, in
 * front or behind, or sets a tool's home there (TOOL_HOME_SETTING): the lead's answers 98 and 184 read such a PATH as a
 * write; every other line (a command, an alias, a loader or proxy variable, a folder anyone writes to) stays unread
 * (round 29, s29).
 */
const PROFILE_DROP_IN = /^\/etc\/profile\.d\/[\w.-]+\.sh$/;
const PROGRAM_PREFIX_FOLDER = /^\/(usr\/local|opt|usr\/lib|usr\/share|snap)(\/[\w.+-]+)*\/?$/;
function profileSettingsOnly(path: string, text: string | null | undefined): boolean {
  if (!PROFILE_DROP_IN.test(path) || /\/\.\.?(\/|$)/.test(path) || typeof text !== 'string') return false;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return lines.length > 0 && lines.every((l) => {
    const m = /^(?:export\s+)?([A-Z][A-Z0-9_]*)=(["']?)([^"'\s;&|`]*)\2$/.exec(l);
    if (!m) return false;
    if (m[1] !== 'PATH') return TOOL_HOME_SETTING.test(`${m[1]}=${m[2]}${m[3]}${m[2]}`) && !m[3]!.includes('/..');
    const entries = m[3]!.split(':');
    return entries.filter((e) => /^\$\{?PATH\}?$/.test(e)).length === 1 && entries.every((e) => /^\$\{?PATH\}?$/.test(e) || (PROGRAM_PREFIX_FOLDER.test(e) && !e.includes('/..')));
  });
}
const LOGIN_BANNER = /^\/etc\/(motd|issue|issue\.net)$/;
function bannerTextShown(inv: Invocation): boolean {
  if (inv.name === 'tee') return typeof inv.stdin?.text === 'string' && !/[$`]/.test(inv.stdin.text);
  return (inv.name === 'echo' || inv.name === 'printf') && inv.args.every((a) => a.value !== null && !/[$`]/.test(a.value));
}
/**
 * One certificate authority an administrator added to the system's trust (update-ca-certificates(8):
 * `/usr/local/share/ca-certificates/*.crt`; update-ca-trust(8): `/etc/pki/ca-trust/source/anchors/`), removed by name: the
 * machine trusts fewer issuers (round 29, s29), as an access rule revoked narrows access. Not the distribution's bundle, a
 * glob or the folder.
 */
const LOCAL_TRUST_ANCHOR = /^\/(usr\/local\/share\/ca-certificates|etc\/pki\/ca-trust\/source\/anchors)\/([\w.+-]+\/)?[\w.+-]+\.(crt|pem)$/;

/** A change `fileTarget` weighs at a system or home path: the invocation, the word, its resolved path, verb and options. */
interface SystemPathChange {
  inv: Invocation;
  w: Word;
  path: string;
  verb: Verb;
  opts: FileTargetOptions;
}
type FileTargetOptions = { recursive: boolean; what: string; replaces?: boolean | 'state'; edits?: boolean; plainEdit?: boolean };

/**
 * One kind of change at a system or home path that loses nothing (fileTarget reads the table in order; the first row that
 * fits answers with its finding instead of `critical_path`). `verbs`: the verbs it covers; `whole`: only a write of the
 * whole content (`replaces`: `>`, `tee`, `cp`); `glob`: whether the word may (`any`), must (`only`) or may not (default) be
 * a pattern; `recursive`: a recursive change may fit too (default: never); `shows`: the finding names the word's pattern
 * instead of the resolved path; `says`: the finding's text after the path.
 */
interface LosslessChange {
  code: string;
  verbs: readonly Verb[];
  whole?: true;
  glob?: 'any' | 'only';
  recursive?: true;
  shows?: 'pattern';
  fits: (c: SystemPathChange) => boolean;
  says: string;
}
const LOSSLESS_SYSTEM_CHANGES: readonly LosslessChange[] = [
  { code: 'dotfile_edit', verbs: ['write'], glob: 'any', recursive: true, fits: (c) => !!c.opts.plainEdit && isPlainHomeDotfile(c.path, c.inv.scope.home), says: ', a dotfile that holds no credential and runs nothing' },
  // A drop-in of plain configuration (`tee /etc/sysctl.d/99-inotify.conf`): a configuration write (isConfigDropIn).
  // A job file (`/etc/cron.d/x`) put in place by a copy or a link brings commands this input does not show.
  // A sysctl drop-in whose text (tee's input) switches a kernel hardening off is a safeguard off, not plain configuration.
  { code: 'config_drop_in', verbs: ['write'], whole: true, glob: 'any', fits: (c) => isConfigDropIn(c.path) && !hardeningOffDropIn(c.inv, c.path) && !(COPIERS.has(c.inv.name) && runLaterFile(c.path) !== null), says: ", a configuration drop-in read next to the service's main file" },
  // The lead's answer 392.3: a site file in `sites-available` serves nothing until a link in `sites-enabled` enables it
  // (isUnenabledSiteFile; not the package's default sites). Written whole by `tee`, `cp` or `>` it is a configuration
  // write, as the agent's file tool's write there is (other-kinds.ts).
  { code: 'unenabled_site_file', verbs: ['write'], whole: true, fits: (c) => isUnenabledSiteFile(c.path), says: ', a site file the web server reads only once a link in sites-enabled enables it' },
  { code: 'plain_text_drop_in', verbs: ['write'], whole: true, glob: 'any', fits: (c) => c.inv.name === 'tee' && plainTextDropIn(c.path, c.inv.stdin?.text), says: ', a drop-in whose shown text is plain configuration' },
  { code: 'stream_device', verbs: ['write'], fits: (c) => isStreamDevice(c.path), says: ', a device that keeps nothing written to it' },
  { code: 'kernel_housekeeping', verbs: ['write'], glob: 'any', fits: (c) => isKernelHousekeepingFile(c.path), says: ': the kernel frees caches or compacts memory, and nothing is lost' },
  { code: 'default_site_disabled', verbs: ['delete'], fits: (c) => unservedSiteLink(c.path), says: ", the link that enables the web server's placeholder, maintenance or preview site (its file stays in sites-available)" },
  { code: 'local_program', verbs: ['write', 'delete'], fits: (c) => isLocalProgram(c.path), says: ', one program of the local prefix (installed or uninstalled)' },
  { code: 'local_manual_page', verbs: ['write', 'delete'], fits: (c) => isLocalManualPage(c.path), says: ", one manual page of the local prefix (documentation `mandb` indexes again)" },
  { code: 'time_zone_set', verbs: ['write'], glob: 'any', fits: (c) => timeZoneSet(c.inv, c.path), says: ' with a time zone: a setting the same command sets again' },
  { code: 'profile_path_drop_in', verbs: ['write'], whole: true, fits: (c) => c.inv.name === 'tee' && profileSettingsOnly(c.path, c.inv.stdin?.text), says: " with lines that only add standard program folders to PATH or set a tool's home (the lead's answers 98, 184)" },
  { code: 'login_banner_written', verbs: ['write'], whole: true, fits: (c) => LOGIN_BANNER.test(c.path) && bannerTextShown(c.inv), says: ' with a text the input shows: the message printed at log-in, nothing else reads it' },
  { code: 'trust_anchor_removed', verbs: ['delete'], fits: (c) => LOCAL_TRUST_ANCHOR.test(c.path), says: ', one certificate authority the administrator added: the machine trusts less' },
  { code: 'apt_keyring_written', verbs: ['write'], fits: (c) => isAptSignedByKeyring(c.path), says: ", one repository's key, trusted only by the sources that name it (`signed-by=`)" },
  { code: 'apt_source_removed', verbs: ['delete'], fits: (c) => isAptSourceDropIn(c.path), says: ", one apt repository's source list" },
  { code: 'cron_file_removed', verbs: ['delete'], fits: (c) => cronFileOfNoSafeguard(c.inv, c.path), says: ", one named job file of cron's folder that is no safeguard's: as one named cron line removed (the lead's answer 369.3)" },
  { code: 'sysctl_drop_in_removed', verbs: ['delete'], fits: (c) => isTuningSysctlDropIn(c.path), says: ', one kernel tuning drop-in: its settings return to their defaults (not a hardening one, not the distribution\'s)' },
  { code: 'apt_keyring_removed', verbs: ['delete'], fits: (c) => isAptSignedByKeyring(c.path), says: ", one repository's key, trusted only by the sources that name it: that repository's packages are refused until it is fetched again" },
  { code: 'global_package_removed', verbs: ['delete'], recursive: true, fits: (c) => isGlobalNpmPackage(c.path), says: ", one package of npm's global store (the lead's answer 79): as `npm uninstall -g`" },
  { code: 'enable_link_removed', verbs: ['delete'], fits: (c) => isRemovableEnableLink(c.path), says: ", one unit's enable link: as `systemctl disable` without `--now`, the unit stays installed and running and no longer starts at boot" },
  // Releases of a deploy tool named by a date before this month (`rm -rf /srv/app/releases/2026-09-*`): old releases,
  // not the current one (the lead's round-16 decision 9).
  { code: 'release_retention', verbs: ['delete'], glob: 'only', recursive: true, shows: 'pattern', fits: (c) => oldReleasesGlob(c.w.value ?? ''), says: ': releases from an earlier month' },
  { code: 'release_retention', verbs: ['delete'], recursive: true, fits: (c) => oldReleaseFolder(c.path), says: ': a release from an earlier month' },
  { code: 'site_deploy', verbs: ['write'], glob: 'any', fits: (c) => siteDeployCopy(c.inv, c.path), says: ' a build output: a deploy by copy (nothing pruned)' },
  { code: 'git_hook_install', verbs: ['write'], glob: 'any', fits: (c) => hookFromRepository(c.inv, c.path), says: " from the repository's own hook script" },
  { code: 'downloaded_again', verbs: ['write'], fits: (c) => downloadedAgain(c.inv, c.path), says: ", the Downloads folder's file of the name its URL ends in: the same download fetched again" },
];
/**
 * Round 41 (sh41): one link in the administrator's `.wants`, `.requires` or `.upholds` folder of a unit under
 * /etc/systemd (`/etc/systemd/system/multi-user.target.wants/myapp.service`). systemd.unit(5): `systemctl enable` makes
 * exactly these links and `systemctl disable` removes them; removing one by hand is that disable without `--now`: the
 * unit file stays, the running service keeps running, and it is no longer pulled in at boot (the catalogue's
 * `systemctl disable`, a write). Not the folder, a wildcard or a path that climbs out (the caller's glob and recursive
 * rules and the resolved path), not the distribution's static links under /lib or /usr/lib, and not a unit whose name
 * says a safeguard as a cron job's would (kept-agents.ts cronJobSafeguard, the lead's answers 365.5 and 369.2: backups,
 * snapshots, certificate renewal, updates, scans, logging, monitoring, sync; the snapshot and backup tools by name), guards the machine (a firewall, an intrusion or malware guard, a mandatory access control) or is the way
 * in to it (sshd, the network, a VPN or tunnel, a console login: disabled, the next boot locks the administrator out).
 */
const ENABLE_LINK = /^\/etc\/systemd\/(system|user)\/[\w@.:-]+\.(target|service|socket|timer|path)\.(wants|requires|upholds)\/([\w@.:-]+\.(service|socket|timer|path|mount|automount|target))$/;
const GUARD_UNIT = /(ssh|network|getty|tailscale|wireguard|wg-quick|openvpn|cloudflared|zerotier|sanoid|snapper|btrbk|timeshift|kopia|duplicity|lego|ufw|firewall|nftables|iptables|ip6tables|netfilter|fail2ban|crowdsec|apparmor|selinux|clamav|clamd|freshclam|aide|osquery|wazuh|falcon|sentinel|auditbeat|fluent|vector|promtail|filebeat|journal|logrotate|snapshot)/i;
function isRemovableEnableLink(path: string): boolean {
  const m = ENABLE_LINK.exec(path);
  return m !== null && !cronJobSafeguard(m[4]!) && !GUARD_UNIT.test(m[4]!);
}

/**
 * Round 41 (sh41): one job file of cron's drop-in folder (`/etc/cron.d/NAME`, cron(8)) removed by its name, read as the
 * lead's answer 369.3 reads one named cron line removed: a write when the name is no safeguard's (cronLineOfNoSafeguard:
 * backups, dumps, certificate renewal, updates, scans, logging, sync) and names neither production nor staging. Not the
 * distributions' own jobs, which check arrays, scrub pools, collect statistics or clean sessions (DISTRIBUTION_CRON).
 */
const CRON_FILE = /^\/etc\/cron\.d\/([\w.-]+)$/;
const DISTRIBUTION_CRON = /^(\.placeholder|0hourly|anacron|e2scrub_all|mdadm|raid-check|zfsutils-linux|zfs-auto-snapshot|sysstat|php\d*|popularity-contest|sa-update|spamassassin|unattended-upgrades?|ntpdate|btrfs.*|lvm.*|smartmontools|munin.*|nagios.*|zabbix.*)$/i;
function cronFileOfNoSafeguard(inv: Invocation, path: string): boolean {
  const m = CRON_FILE.exec(path);
  return m !== null && !DISTRIBUTION_CRON.test(m[1]!) && cronLineOfNoSafeguard(inv, m[1]!);
}

/**
 * Round 41 (sh41): one kernel-settings drop-in (`/etc/sysctl.d/NAME.conf`, sysctl.d(5)) removed: its settings return to
 * the kernel's defaults or to the other files' at the next `sysctl --system` or boot, as writing a new one is a
 * configuration write (isConfigDropIn). Not the distribution's link to `/etc/sysctl.conf` (`99-sysctl.conf`) or its
 * shipped files (`10-*.conf`: procps's kernel-hardening, network-security, ptrace, zeropage, link-restrictions), and not
 * one named for a protection (HARDENING_NAME): without it the protection is off.
 */
const SYSCTL_DROP_IN = /^\/etc\/sysctl\.d\/([\w.+-]+\.conf)$/;
const HARDENING_NAME = /harden|secur|protect|restrict|privacy|cis|stig|fips|ptrace|yama|kptr|dmesg|aslr|random|zeropage|syncookie|rp.?filter|spoof|redirect|bpf|lockdown|audit|policy|baseline/i;
function isTuningSysctlDropIn(path: string): boolean {
  const m = SYSCTL_DROP_IN.exec(path);
  return m !== null && m[1] !== '99-sysctl.conf' && !/^10-/.test(m[1]!) && !HARDENING_NAME.test(m[1]!);
}

/**
 * Round 41 (sh41): one package's folder in npm's global store (`/usr/local/lib/node_modules/yarn`, `@angular/cli`; npm's
 * `prefix/lib/node_modules`), removed whole: what `npm uninstall -g` removes, a global tool's store being disposable by
 * the lead's answer 79 (installed again at will). Not npm itself or corepack (the package manager gone with it), not the
 * store or a wildcard (the caller's rules), not a path that climbs out.
 */
const GLOBAL_NPM_PACKAGE = /^\/usr\/(local\/)?lib\/node_modules\/((@[\w.-]+\/)?[\w.-]+)$/;
function isGlobalNpmPackage(path: string): boolean {
  const m = GLOBAL_NPM_PACKAGE.exec(path);
  return m !== null && !/^(npm|corepack|\..*)$/.test(m[2]!) && !path.split('/').some((seg) => seg === '..' || seg === '.');
}

/** Programs that fetch a URL into a file they are given (`curl -o`, `wget -O`, `Invoke-WebRequest -OutFile`, BITS). */
const DOWNLOADERS: ReadonlySet<string> = new Set(['curl', 'wget', 'invoke-webrequest', 'iwr', 'invoke-restmethod', 'irm', 'start-bitstransfer', 'bitsadmin']);

/**
 * Round 39 (pw39): a download written directly into the home's `Downloads` folder under the name its URL ends in
 * (`Invoke-WebRequest https://…/SysinternalsSuite.zip -OutFile $env:USERPROFILE\Downloads\SysinternalsSuite.zip`, `curl -o
 * ~/Downloads/x.msi https://…/x.msi`): Downloads is where downloads land, and a file of that name there is the same
 * download fetched before (installers there are downloaded again at will: round 33's `downloaded_installers`). Not a
 * file of another name (a URL with a query, `?id=42`, names nothing), not a folder below Downloads' own files, not
 * Documents or the Desktop, and not a copy (`cp`, Copy-Item): only a program that fetches the URL it is given.
 */
function downloadedAgain(inv: Invocation, path: string): boolean {
  if (!DOWNLOADERS.has(inv.name) || inv.scope.home === undefined) return false;
  const home = inv.scope.home.replace(/[\\/]+$/, '').replace(/\\/g, '/').toLowerCase();
  const m = /^(.*)\/downloads\/([^/]+)$/.exec(path.replace(/\\/g, '/').toLowerCase());
  if (m === null || m[1] !== home) return false;
  const file = m[2]!;
  return inv.args.some((a) => {
    const url = /^(?:-(?:uri|source):)?https?:\/\/[^/?#\s]+\/(?:[^?#\s]*\/)?([^/?#\s]+)$/i.exec(a.value ?? '');
    return url !== null && url[1]!.toLowerCase() === file;
  });
}

/** Notes the first row of LOSSLESS_SYSTEM_CHANGES that fits the change, if any; whether one did. */
function notedLossless(c: SystemPathChange, at: Span): boolean {
  const row = LOSSLESS_SYSTEM_CHANGES.find((r) => {
    const globFits = r.glob === 'any' || (r.glob === 'only' ? c.w.glob : !c.w.glob);
    return r.verbs.includes(c.verb) && globFits && (r.recursive || !c.opts.recursive) && (!r.whole || !!c.opts.replaces) && r.fits(c);
  });
  if (row) c.inv.env.b.finding(row.code, `${c.opts.what} \`${row.shows === 'pattern' ? c.w.value : c.path}\`${row.says}`, at);
  return row !== undefined;
}

/**
 * Records a filesystem target and whether its loss (or overwrite) is destructive.
 * `replaces`: the write puts whole new content in place of the file (`>`, `tee`, `cp`, `mv`, `dd`, `curl -o`), as the
 * agent's file tool does with `{path, content}`; overwriting a dotenv or secret file that way loses what it held
 * (isDotenvOrSecretFile), inside the workspace or not.
 */
export function fileTarget(inv: Invocation, w: Word, verb: Verb, opts: FileTargetOptions): void {
  const b = inv.env.b;
  const fx = pathEffect(inv, w);
  const at = { start: w.start, end: w.end };
  const kind = fx.cls === 'control_plane' ? 'control_plane' : 'filesystem';
  const critical = fx.cls === 'critical' || fx.cls === 'control_plane';
  // Paths get an environment only from the inventory: `/home/dev` is a user, not a tier.
  const environment = pathEnvironment(inv, fx.path);
  b.verb(verb).target({ kind, id: fx.path, environment, home: false, verbs: [verb], ...(critical ? { critical: true } : {}) });
  // D8 round 16: an in-place edit changes text this input may have shown before (`sed -i` after `echo … > f`): a tool's
  // configuration so edited is one of unseen content (written-config.ts)
  if (opts.edits) (inv.scope.editedFiles ??= new Set()).add(fx.path);
  // `replaces: 'state'` (interpreter code that writes a whole file's content, as the agent's file tool does) also counts
  // the state files the file tool counts (isStateOrSecretFile: Terraform state, SQLite, keys, dumps).
  const replacesSecret = (): boolean => !!opts.replaces && (isDotenvOrSecretFile(fx.path) || LIVE_STATE.test(fx.path) || (opts.replaces === 'state' && isStateOrSecretFile(fx.path.replace(/\\/g, '/')))) && !inv.scope.absent?.has(fx.path);
  const secretLoss = (): string => `${opts.what} \`${fx.path}\`, which holds settings or secrets that no tool regenerates`;
  // The lead's answer 246 (round 28): a start-up file a guard shows absent (`test -f ~/.zshrc || ln -s …`) and a copy or link
  // fills still runs text the input does not show in every shell: judged as its overwrite (answer 224), not as nothing lost.
  const absent = inv.scope.absent?.has(fx.path) === true && !(COPIERS.has(inv.name) && inv.scope.absentByGuard?.has(fx.path) && isStartupScript(fx.path));
  if (verb === 'delete' && !opts.recursive && !w.glob && isPackageLockFile(fx.path) && !inv.scope.unheld?.has(fx.path)) {
    b.destroy('package_lock_removed', `${opts.what} \`${fx.path}\`, a package manager's lock, with no \`fuser\` check that nothing holds it: a running apt, dpkg or pacman can corrupt its database (the lead's answer 343.1)`, at);
    return;
  }
  if (verb === 'delete' && !opts.recursive && !w.glob && (fx.cls === 'critical' || fx.cls === 'outside') && isReleasedHoldFile(fx.path)) {
    b.finding('hold_released', `${opts.what} \`${fx.path}\`, a login hold or a package manager's lock file: it holds no data`, at);
    return;
  }
  // The lead's answer 338 q4 (round 32): a file put in a Windows Startup folder (copied, moved, linked or written there) is
  // started at every log-on, as answer 329's autostart entry is: destructive whatever it holds.
  if (verb === 'write' && fx.cls !== 'control_plane' && isWindowsStartupFolderPath(fx.path)) {
    b.destroy('autostart_entry', `${opts.what} \`${fx.path}\`, a Startup folder: what is put there runs at every log-on (the lead's answers 329, 338)`, at);
    return;
  }
  // Round 38 (ot38, the lead's answer 381.4): Node-RED's flows file removed, emptied or written whole (`rm`, `: >`, `cp x
  // flows.json`, `echo '[]' >`): every flow the editor deployed is gone (data lost), wherever the user directory lies.
  if (fx.cls !== 'control_plane' && isNodeRedFlowsFile(fx.path) && (verb === 'delete' || (verb === 'write' && !!opts.replaces && !absent))) {
    b.destroy('node_red_flows_lost', `${opts.what} \`${fx.path}\`, Node-RED's flows: the plant logic it runs is lost`, at);
    return;
  }
  // Round 38b (n4, the lead's answer 396.7): Node-RED's own copy of the previous deploy removed or written over (`rm
  // ~/.node-red/.flows.json.backup`, `: >` it): the way back from a bad deploy is gone (a backup lost), even in a home workspace.
  if (fx.cls !== 'control_plane' && isNodeRedFlowsBackupFile(fx.path) && (verb === 'delete' || (verb === 'write' && !!opts.replaces && !absent))) {
    b.destroy('node_red_backup_lost', `${opts.what} \`${fx.path}\`, Node-RED's copy of the previous deploy: a backup lost`, at);
    return;
  }
  switch (fx.cls) {
    case 'control_plane':
      b.destroy('control_plane_target', `${opts.what} \`${fx.path}\`, part of Portcullis's own control plane`, at);
      return;
    case 'critical':
      // A file whose old content this same line kept (`mv F F.bak`, `cp F F.bak` before): the write replaces nothing lost.
      // Not a file that guards access (sudoers, PAM, the account databases, sshd's settings, authorized_keys): a door opened
      // stays open whatever copy is kept (round 38, sh38's question 2).
      // Round 42 (atk42): nor a file that is loaded or run by what starts later (ld.so's preload, profile.d, cron, systemd
      // units, init scripts, module and udev rules): made new, it runs text the input does not judge in every process.
      if (verb === 'write' && !opts.recursive && absent && !guardsAccess(fx.path) && !RUN_LATER_SYSTEM_FILE.test(fx.path)) {
        b.finding('file_kept', `${opts.what} \`${fx.path}\`, whose old content this input kept in a copy`, at);
        return;
      }
      if (opts.edits && editsFilesOfWorkspace(inv, w, fx.path)) return;
      // Kinds of change at such a path that lose nothing, one row each (LOSSLESS_SYSTEM_CHANGES).
      if (notedLossless({ inv, w, path: fx.path, verb, opts }, at)) return;
      b.destroy('critical_path', `${opts.what} \`${fx.path}\`: home, repository root or a system path`, at);
      return;
    case 'unknown':
      // SECURITY: a path we cannot pin down could be any path.
      b.partial('path_dynamic', `${opts.what} a path that is not fixed in the input: \`${shown(w)}\``, at);
      if (verb !== 'write' || opts.recursive) b.destroy('path_dynamic_destructive', `${opts.what} an unknown path`, at);
      return;
    case 'rebuildable':
    case 'temporary':
      b.finding('path_rebuildable', `${opts.what} \`${fx.path}\`: build output, cache or temporary files`, at);
      return;
    case 'workspace': {
      // A glob is judged by its folder; its own last part still says what it sweeps (`data/train-*.parquet`).
      // `storage/**/*` is every file of the tree: `find storage -type f -delete`, a recursive delete.
      const slashed = fx.path.replace(/\\/g, '/');
      const wholeTree = w.glob && /(^|\/)\*\*\/\*$/.test(w.value ?? '');
      // An audit trail in the app's log folder is a record, not a log the app writes again (paths.ts `isAuditRecordFile`).
      const data = !isDisposableDatabaseFile(slashed) && !sqlSource(inv, slashed) && (DATA_FILE.test(slashed) || (w.glob && DATA_FILE.test(w.value ?? '')) || isAuditRecordFile(slashed) || inWorkspaceDataFolder(inv, fx.path, w));
      if ((opts.recursive && !looksLikeFile(fx.path)) || (verb !== 'write' && (wholeTree || data))) b.destroy('workspace_data_loss', `${opts.what} \`${fx.path}\` in the workspace`, at);
      else if (verb === 'write' && replacesSecret()) b.destroy('file_overwrite_secret', secretLoss(), at);
      else if (verb === 'write' && !absent && replacesDataFile(inv, w, fx.path, opts)) b.destroy('workspace_data_loss', `${opts.what} \`${fx.path}\`, a file of the workspace's data folder`, at);
      return;
    }
    case 'outside':
      if (verb !== 'write' || opts.recursive) b.destroy('path_outside_workspace', `${opts.what} \`${fx.path}\` outside the workspace`, at);
      else if (replacesSecret()) b.destroy('file_overwrite_secret', secretLoss(), at);
      // A start-up script deeper in a home folder than its dotfiles (fish's `~/.config/fish/config.fish`, the PowerShell
      // profile `~/.config/powershell/…profile.ps1`) is replaced as surely as `~/.bashrc` (a critical path, above).
      else if (opts.replaces && STARTUP_SCRIPT.has(runLaterFile(fx.path)?.what ?? '') && !absent) b.destroy('startup_file_overwrite', `${opts.what} \`${fx.path}\`, a start-up script the user keeps`, at);
      // An in-place edit of one is destructive too (the lead's round-16 decision 6), as `sed -i … ~/.zshrc` is.
      else if (opts.edits && isStartupScript(fx.path)) b.destroy('startup_file_edit', `${opts.what} \`${fx.path}\`, a start-up script run in every shell`, at);
      // The lead's answer 217 (round 27, round 13's relabel): an app's settings file in the home written whole (`>`, `tee`,
      // `cp` over) loses what the user set, as the file tool's whole write does. Not when this input kept it aside or made
      // its folder (`mkdir -p ~/.config/app && cp …`: a new file); appends and in-place edits stay as they are.
      else if (opts.replaces && verb === 'write' && isHomeAppSettingsFile(fx.path, inv.scope.home) && !inv.scope.absent?.has(fx.path) && !inv.scope.madeFolders?.has(fx.path.slice(0, fx.path.lastIndexOf('/')))) b.destroy('app_settings_overwrite', `${opts.what} \`${fx.path}\`, an application's settings in the home folder`, at);
      return;
  }
}

/**
 * Round 38 (bl38): the maintenance flags of PHP sites in a web site's tree, whose removal takes maintenance mode off
 * (as `app_offline.htm`'s): WordPress's `.maintenance` in the site's root (wp-includes/load.php `wp_maintenance`),
 * Magento's `var/.maintenance.flag` (`maintenance:disable` removes it), Laravel's `storage/framework/down` (`artisan up`).
 */
const CMS_MAINTENANCE_FLAG = /^\/(var\/www|srv|opt)\/(?!.*\/\.\.?\/).+\/(\.maintenance|var\/\.maintenance\.flag|storage\/framework\/down)$/;

/** IIS's and ASP.NET Core's maintenance page in a site's folder: while it exists, the site serves only it (round 30, w30). */
const IIS_MAINTENANCE_PAGE = /^([a-z]:|\\\\[^\\]+\\[^\\]+)\\(?!.*\\\.\.\\).+\\app_offline\.htm$/i;

/**
 * Emptying a file (`: > f`, `truncate -s 0 f`, `cp /dev/null f`, `sed -i '1,$d' f`, the file tool's empty write) loses
 * what `rm` of that one file loses, and is judged the same way (round 4's rule, kept by the lead in round 13): a data
 * file, a path outside the workspace, a home start-up file or a system path is destructive; an ordinary workspace file
 * is not. A log file a program writes again (an app's `logs/` folder) loses only old lines, as temporary, build and cache
 * files lose nothing (387.1, 391.4); a kept log (paths.ts isKeptLogFile: a transaction, audit, security or redo log, a
 * database's) does not, on a Windows path or a POSIX one (397.2): `truncate -s 0 /var/log/app/db-redo.log` stays destructive.
 */
export function emptyFile(inv: Invocation, given: Word, what: string): void {
  const w = throughLink(inv, given);
  const fx = pathEffect(inv, w);
  // A glob is judged by its folder; its pattern still says when every match is a container's log (isContainerLogFile).
  const pattern = w.glob && w.value !== null ? resolvePath(w.value, inv.scope) : null;
  if (fx.cls === 'rebuildable' || fx.cls === 'temporary' || (fx.cls !== 'control_plane' && ((isAppLogFile(fx.path) && !isKeptLogFile(fx.path)) || (pattern !== null && isContainerLogFile(pattern))))) {
    inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
    inv.env.b.finding('path_rebuildable', `${what} \`${fx.path}\`: a temporary, build, cache or log file`, { start: w.start, end: w.end });
    return;
  }
  // An empty `app_offline.htm` made in a site's folder takes the site offline (IIS and ASP.NET Core serve only it): an outage.
  if (fx.cls !== 'control_plane' && IIS_MAINTENANCE_PAGE.test(fx.path)) {
    inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: pathEnvironment(inv, fx.path), home: false, verbs: ['write'] }).destroy('site_offline', `${what} \`${fx.path}\`: the site serves only its maintenance page`, { start: w.start, end: w.end });
    return;
  }
  fileTarget(inv, w, 'delete', { recursive: false, what });
}

/** Appending a line to a start-up file (`Add-Content $PROFILE`, `>> ~\\.gitconfig`) loses nothing; overwriting it does. */
export function appendTo(inv: Invocation, given: Word, what: string): void {
  const w = throughLink(inv, given);
  const fx = pathEffect(inv, w);
  if (isHomeConfigFile(fx.path, inv.scope.home) || isWindowsHomeStartupFile(fx.path, inv.scope.home) || APPEND_ONLY_ENTRIES.test(fx.path)) inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
  // Round 40 (pw40): otherwise as the shell's `>>` is read (appendTarget): Add-Content, `Out-File -Append` and cmd's `>>`
  // keep every byte that was there as bash's append does, so a file under the home (`$HOME\.ssh\config`) gains lines
  // and loses none; a file whose lines grant access (`authorized_keys`) still opens a login.
  else appendTarget(inv, w, fx, what);
}

/** Names a kept log has (paths.ts isKeptLogFile), to try a bounded glob against (globMayNameKeptLog). */
const KEPT_LOG_SAMPLES = ['audit.log', 'security.log', 'redo.log', 'db-redo.log', 'transaction.log', 'audit.log.1', 'security.log.1', 'binlog.000001', 'mysql-bin.000001'];
/**
 * Round 40 (atk40): a glob with no `*` in its last part names a bounded set of names (`[a]udit.log`, `audi?.log`): when one
 * of them may be a kept log's, the glob is judged as that log (fail closed). A `*` glob keeps the app-log sweep (387.1).
 */
function globMayNameKeptLog(abs: string): boolean {
  const last = abs.slice(abs.lastIndexOf('/') + 1);
  if (last.includes('*') || !/[?[]/.test(last)) return false;
  const source = last.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\?/g, '.').replace(/\[!/g, '[^');
  let re: RegExp;
  try {
    re = new RegExp(`^${source}$`, 'i');
  } catch {
    return true;
  }
  const folder = abs.slice(0, abs.lastIndexOf('/'));
  return KEPT_LOG_SAMPLES.some((n) => re.test(n) && isKeptLogFile(`${folder}/${n}`));
}

/** `-i` or `--interactive[=always]` as the last of rm's prompt options (`-f`, `-I`, `--interactive=never|once` override it). */
function asksEveryRemoval(args: Word[]): boolean {
  let asks = false;
  for (const a of args) {
    const v = a.value;
    if (v === null || v === '--') break;
    if (v === '--interactive' || v === '--interactive=always' || v === '--interactive=yes') asks = true;
    else if (v === '--force' || v.startsWith('--interactive=')) asks = false;
    else if (/^-[A-Za-z]+$/.test(v)) for (const ch of v.slice(1)) if (ch === 'i') asks = true; else if (ch === 'f' || ch === 'I') asks = false;
  }
  return asks;
}

/**
 * Deleters that expand the patterns they are given themselves: del-cli always, rimraf before v4 and with `--glob`/`-g`
 * since (rimraf's README); `npx` may fetch either, so a quoted `"**\/*.ts"` is a glob to them, not a file of that name.
 */
const SELF_GLOBBING = new Set(['rimraf', 'del-cli']);

/**
 * Installer packages by their extension: Windows Installer, MSIX/AppX, update packages, setup programs; macOS disk images
 * and installer packages, Debian and RPM packages, AppImages (round 26, k26s: the same answer on the other systems).
 */
export const INSTALLER_FILTER = /^\*\.(msi|msp|msu|msix|msixbundle|appx|appxbundle|exe|dmg|pkg|mpkg|deb|rpm|AppImage|iso)$/i;
/**
 * Round 33 (s33): one installer in Downloads by its fixed name (`rm ~/Downloads/google-chrome-stable_current_amd64.deb`),
 * narrower than the `*.EXT` answer 79 reads; `.iso` is an operating system's installer image (ubuntu-24.04-desktop-amd64.iso).
 */
const INSTALLER_FILE = /^[^*?[\]\\/]+\.(msi|msp|msu|msix|msixbundle|appx|appxbundle|exe|dmg|pkg|mpkg|deb|rpm|AppImage|iso)$/i;
/**
 * Round 41 (pw42): a wildcard over installers narrower than `*.EXT` (`node-v22*.msi`, `Docker Desktop Installer*.exe`):
 * every match ends in the installer's extension, so it takes a subset of what answer 79's `*.EXT` takes. No character set
 * (`[…]`), no folder in it, the extension fixed.
 */
const INSTALLER_GLOB = /^[^[\]\\/]*[*?][^[\]\\/]*\.(msi|msp|msu|msix|msixbundle|appx|appxbundle|exe|dmg|pkg|mpkg|deb|rpm|AppImage|iso)$/i;

/**
 * `del "%USERPROFILE%\Downloads\*.msi"`, `rm ~/Downloads/*.dmg`: installers in the user's own Downloads folder, narrowed by
 * their extension, are downloaded again at will (the lead's answer 79). Only the folder itself (its subfolders hold what
 * the user sorted), only a `*.EXT` filter of INSTALLER_FILTER or one such file by name (INSTALLER_FILE), only the session's
 * own home (`\` or `/` separators).
 */
export function downloadedInstallers(inv: Invocation, value: string, base: string): boolean {
  const home = inv.scope.home;
  if (!home || !(INSTALLER_FILTER.test(base) || INSTALLER_FILE.test(base) || INSTALLER_GLOB.test(base))) return false;
  const folder = pathEffect(inv, { ...literalWord(value.slice(0, value.length - base.length) || '.', inv.span.start, inv.span.end), glob: false }).path;
  const sep = isWindowsPath(home) ? '\\' : '/';
  return folder.replace(/[\\/]+$/, '').toLowerCase() === `${home.replace(/[\\/]+$/, '')}${sep}downloads`.toLowerCase();
}

/** A disk image file directly in libvirt's default storage pool. */
const LIBVIRT_DISK = /^\/var\/lib\/libvirt\/images\/[^/*?[]+\.(qcow2|img|raw|vmdk|vdi|vhdx?)$/;

export function rm(inv: Invocation): void {
  const recursive = hasFlag(inv.args, '-r', '-R', '--recursive');
  const paths = positionals(inv.args).map((p) => (SELF_GLOBBING.has(inv.name) && p.value !== null && /[*?[]/.test(p.value) ? { ...p, glob: true } : p));
  // Round 29 (t29): trashy's `trash empty` (and its older `trash --empty`) empties the trash for good, as trash-cli's
  // `trash-empty` does (its catalogue entry judges it); `trash FILE` moves a file there.
  if (inv.name === 'trash' && (hasFlag(inv.args, '--empty') || (paths[0]?.value === 'empty' && !paths[0].glob))) {
    inv.dispatch(splitWords('trash-empty', inv.span), inv.stdin);
    return;
  }
  if (paths.length === 0) {
    inv.env.b.verb('delete');
    if (inv.stdin) inv.env.b.destroy('rm_unknown_targets', `\`${inv.name}\` with targets from ${inv.stdin.producer}`, inv.span);
    return;
  }
  if (hasFlag(inv.args, '--no-preserve-root')) inv.env.b.destroy('rm_no_preserve_root', '`--no-preserve-root`', inv.span);
  // rm(1): `-i` (`--interactive`, `--interactive=always`) asks before every removal; with nothing piped in there is no
  // answer and nothing is removed (as `cp -i`, newFileHarmless). A later `-f` cancels `-i`; a pipe may answer yes.
  if (inv.name === 'rm' && !inv.stdin && asksEveryRemoval(inv.args)) {
    inv.env.b.verb('delete').finding('rm_interactive', `\`rm -i\` asks before removing ${paths.map(shown).join(' ')}: nothing goes without an answer`, inv.span);
    return;
  }
  const scoped = withBuildOutputPair(inv, paths);
  for (const p of paths) {
    const base = p.value?.split('/').pop() ?? '';
    if (p.value !== null && downloadedInstallers(inv, p.value, base)) {
      inv.env.b.verb('delete').target({ kind: 'filesystem', id: pathEffect(inv, p).path, environment: null, home: false, verbs: ['delete'] }).finding('downloaded_installers', `\`${inv.name}\` of installers in Downloads only (\`${base}\`): downloaded again at will`, { start: p.start, end: p.end });
      continue;
    }
    // Answer 66 (round 19): a VM's disk image in libvirt's default pool named as a throwaway on this machine
    // (`/var/lib/libvirt/images/scratch-fedora.qcow2`), one file by its name, as `virsh vol-delete` of it is (cloud.ts).
    const disk = p.value !== null && !p.glob ? resolvePath(p.value, inv.scope) : null;
    const diskName = disk?.slice(disk.lastIndexOf('/') + 1).replace(/\.[a-z0-9]+$/i, '') ?? '';
    // Not a shared CI machine's disk (`ci-runner-01`: answer 174).
    if (disk !== null && LIBVIRT_DISK.test(disk) && LOCAL_THROWAWAY.test(diskName) && !namesSharedCiResource(diskName)) {
      inv.env.b.verb('delete').target({ kind: 'filesystem', id: disk, environment: null, home: false, verbs: ['delete'] }).finding('throwaway_vm_disk', `\`${inv.name}\` deletes the disk image \`${disk}\` of a VM named as a throwaway on this machine (answer 66)`, { start: p.start, end: p.end });
      continue;
    }
    // What this input moved there (`mv data/raw data/raw_old && rm -rf data/raw_old`) is judged where it came from: the
    // delete loses the source's content (round 30; a moved build folder stays rebuildable).
    const movedFrom = disk !== null && !p.glob ? inv.scope.movedFrom?.get(disk.replace(/\/+$/, '')) : undefined;
    if (movedFrom !== undefined) {
      fileTarget(scoped, { ...p, value: movedFrom, glob: false }, 'delete', { recursive: recursive || inv.name === 'rimraf' || inv.name === 'del-cli', what: `\`${inv.name}\` deletes what \`mv\` moved from` });
      continue;
    }
    // Round 39 (atk39): what this input moved below the folder deleted (`mv src node_modules/x && rm -rf node_modules`,
    // `mv ~/notes /tmp/ && rm -rf /tmp/*`) is deleted with it, judged where it came from, whatever the folder's name says.
    if (recursive || inv.name === 'rimraf' || inv.name === 'del-cli') for (const from of movedUnder(inv, p)) fileTarget(scoped, { ...p, value: from, glob: false }, 'delete', { recursive: true, what: `\`${inv.name}\` deletes what \`mv\` moved below it from` });
    // A file this input wrote whole before (`curl -o F URL && … && rm F`, `dd of=F … && rm F`): it holds only what the
    // input put there, and that write was judged by its own path. Not a file appended to (what was there stays in it).
    if (disk !== null && inv.scope.replacedFiles?.has(disk) === true && !disk.endsWith('/')) {
      inv.env.b.verb('delete').target({ kind: 'filesystem', id: disk, environment: pathEnvironment(inv, disk), home: false, verbs: ['delete'] }).finding('own_written_file', `\`${inv.name}\` deletes \`${disk}\`, which this input wrote earlier`, { start: p.start, end: p.end });
      continue;
    }
    // Files (not folders) in an app's log folder, by name or by a glob there (`rm -f /var/log/billing/*.gz`): the app writes
    // its logs again, as emptying one is judged (emptyFile; not the system's own records directly in /var/log). Not a kept
    // log (isKeptLogFile: a transaction, audit, security or redo log, a database's binary log): deleted, its record is lost
    // as its emptying loses it (the lead's answer 407.4).
    const abs = !recursive && p.value !== null && !p.value.endsWith('/') ? resolvePath(p.value, inv.scope) : null;
    if (abs !== null && isAppLogFile(abs) && !isKeptLogFile(abs) && !(p.glob && globMayNameKeptLog(abs)) && !/\/\*$/.test(abs) && pathEffect(inv, p).cls !== 'control_plane') {
      inv.env.b.verb('delete').target({ kind: 'filesystem', id: abs, environment: pathEnvironment(inv, abs), home: false, verbs: ['delete'] }).finding('path_rebuildable', `\`${inv.name}\` deletes \`${abs}\`: app log files`, { start: p.start, end: p.end });
      continue;
    }
    fileTarget(scoped, p, 'delete', { recursive: recursive || inv.name === 'rimraf' || inv.name === 'del-cli', what: `\`${inv.name}\` deletes` });
  }
  inv.env.b.summary(`${inv.name}${recursive ? ' -r' : ''} ${paths.map(shown).join(' ')}`);
}

/**
 * pytest's `--basetemp DIR` (`--basetemp=DIR`): pytest empties DIR when the session starts, whatever is in it ("the
 * contents of DIR will be completely removed": pytest's tmp_path documentation and `--help`), so the option deletes DIR
 * as `rm -rf DIR` does: a temporary folder loses nothing, a workspace data folder or an unknown path is a loss. `words`
 * are pytest's own arguments (after `python -m pytest`).
 */
export function pytestBaseTemp(inv: Invocation, words: readonly Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const v = words[i]!.value;
    if (v === '--') return;
    const dir = v === '--basetemp' ? words[i + 1] : v?.startsWith('--basetemp=') ? { ...words[i]!, text: v.slice('--basetemp='.length), value: v.slice('--basetemp='.length), glob: false } : undefined;
    if (dir === undefined) continue;
    fileTarget(inv, dir, 'delete', { recursive: true, what: '`pytest --basetemp` empties' });
    if (v === '--basetemp') i++;
  }
}

export function shred(inv: Invocation): void {
  const paths = positionals(inv.args, new Set(['-n', '--iterations', '-s', '--size', '--random-source']));
  // Temporary or rebuildable files only (`shred -u /tmp/build-secrets-*.json`): gone as with `rm`, which loses nothing
  // there; anything else is overwritten beyond recovery.
  const disposable = paths.length > 0 && paths.every((p) => ['temporary', 'rebuildable'].includes(pathEffect(inv, throughLink(inv, p)).cls));
  inv.env.b.verb('delete');
  if (!disposable) inv.env.b.destroy('shred', `\`${inv.name}\` overwrites data beyond recovery`, inv.span);
  for (const p of paths) fileTarget(inv, throughLink(inv, p), 'delete', { recursive: true, what: `\`${inv.name}\` destroys` });
}

export function dd(inv: Invocation): void {
  const of = inv.args.find((a) => a.value?.startsWith('of='));
  if (!of) {
    inv.env.b.verb('read');
    return;
  }
  const given = { ...of, value: of.value!.slice(3) };
  // Written through a link this input made (atk40): the device or file it names.
  const linked = throughLink(inv, given);
  const followed = linked === given ? null : resolvePath(linked.value!, inv.scope);
  const target = followed === null ? given : { ...given, value: followed };
  if (/^\/dev\/(sd|hd|vd|xvd|nvme|disk|mmcblk|md|dm-|mapper|loop|rdisk)/.test(target.value)) {
    inv.env.b.verb('write', 'delete').destroy('disk_overwrite', `\`dd\` writes raw data to the device \`${target.value}\``, inv.span);
    inv.env.b.target({ kind: 'host', id: target.value, environment: null, home: false, critical: true });
    return;
  }
  // A disk read into an image file (round 18, p18: `dd if=/dev/sdc of=/srv/images/sdc-before-resize.img`): the copy taken
  // before a change, a new file by its purpose. Not a system file's place (`/var/lib/libvirt/images/…`: VM disks there
  // are live), not a control-plane or credential path, not a name other than an image's.
  const from = inv.args.find((a) => a.value?.startsWith('if='))?.value?.slice(3) ?? '';
  const abs = /^\/dev\/(sd|hd|vd|xvd|nvme|disk|mmcblk|md|dm-|mapper|loop|rdisk)/.test(from) && DISK_IMAGE_FILE.test(target.value) ? resolvePath(target.value, inv.scope) : null;
  if (abs !== null && !isSystemOrCredentialFile(abs, inv.scope.home) && !isControlPlane(abs, inv.env.inventory) && !isWindowsPath(abs)) {
    inv.env.b.verb('write').finding('disk_image_taken', `\`dd\` reads \`${from}\` into the image file \`${abs}\``, inv.span);
    return;
  }
  fileTarget(inv, target, 'write', { recursive: false, what: '`dd` overwrites', replaces: true });
  // Written whole from its start (not `conv=notrunc` nor `seek=`, which keep the rest of the file).
  if (!inv.args.some((a) => /^conv=.*notrunc|^o?seek=/.test(a.value ?? ''))) noteWrite(inv.scope, target.value, null, false, shown(target));
}
/**
 * Round 41 (ol41, cheat.sh's tuned `dcfldd … of=/dev/mmcblk0`): dcfldd and dc3dd, dd's forensic forks, take dd's operands
 * (their manuals) and name more outputs: dcfldd repeats `of=`, dc3dd adds `hof=` (hashed), `ofs=` and `hofs=` (split).
 * Each output is judged as dd's one `of=`; with none they copy to standard output, a read as dd's.
 */
export function ddFork(inv: Invocation): void {
  const outputs = inv.args.filter((a) => a.value !== null && /^h?ofs?=/.test(a.value));
  if (outputs.length === 0) return dd(inv);
  const rest = inv.args.filter((a) => !outputs.includes(a));
  for (const o of outputs) dd({ ...inv, args: [...rest, { ...o, value: `of=${o.value!.replace(/^h?ofs?=/, '')}` }] });
}
/** A disk image's file name: `.img`, `.iso`, `.raw`, `.dd`, `.image`, compressed or not. */
const DISK_IMAGE_FILE = /^[^*?[]+\.(img|iso|raw|dd|image)(\.(gz|xz|zst|bz2))?$/i;

/** Options of mkfs/mke2fs/wipefs/parted/sfdisk that take a value (their manuals), so that the device is found. */
const DISK_VALUED = new Set(['-t', '--type', '-L', '--label', '-b', '-C', '-E', '-G', '-g', '-I', '-i', '-J', '-m', '-M', '-O', '-o', '-r', '-T', '-U', '-e', '-z', '--offset', '--types', '--output', '-u', '--unit', '--part-type', '--part-label', '--part-uuid', '-X', '--label-name', '--color']);

/** The partition-table tools whose `-l`/`--list` prints the tables (fdisk(8), sfdisk(8), gdisk(8), parted(8)). */
const LISTS_TABLES = new Set(['fdisk', 'sfdisk', 'gdisk', 'parted']);

export function diskTool(inv: Invocation): void {
  // mkfs, wipefs, fdisk and friends: their purpose is to erase or repartition a device.
  // `-l`/`--list` lists only for the partition-table tools; elsewhere it is another option (mkfs.f2fs and mkfs.ntfs: the
  // label; mke2fs and mkfs.vfat: a bad-blocks file; sgdisk: --load-backup, which writes a saved table; blkdiscard:
  // --length), so the device is still erased (round 39, td39).
  if ((hasFlag(inv.args, '--help', '-h', '-V', '--version') || (LISTS_TABLES.has(inv.name) && hasFlag(inv.args, '-l', '--list'))) && inv.name !== 'mkfs') {
    inv.env.b.verb('read');
    return;
  }
  // Forms that only show what they would do (each tool's manual): mke2fs -n ("not actually create a filesystem, but display
  // what it would do"), mkfs.xfs -N, wipefs -n/--no-act and wipefs with no erasing option (it lists signatures), sfdisk
  // -n/--no-act. `mkfs -t ext4 -n` passes -n to mke2fs; other mkfs.* read -n differently (mkfs.vfat: the volume name).
  const type = optionValue(inv.args, '-t', '--type');
  const ext = /^(mke2fs|mkfs\.ext[234])$/.test(inv.name) || (inv.name === 'mkfs' && /^ext[234]$/.test(type ?? ''));
  const noAct =
    (ext && hasFlag(inv.args, '-n')) ||
    (inv.name === 'mkfs.xfs' && hasFlag(inv.args, '-N')) ||
    (inv.name === 'wipefs' && (hasFlag(inv.args, '-n', '--no-act') || !hasFlag(inv.args, '-a', '--all', '-o', '--offset'))) ||
    (inv.name === 'sfdisk' && hasFlag(inv.args, '-n', '--no-act'));
  if (noAct) {
    inv.env.b.verb('read').finding('dry_run', `\`${inv.name}\` in its no-action form changes nothing`, inv.span);
    return;
  }
  const ops = positionals(inv.args, DISK_VALUED);
  const b = inv.env.b;
  // Reads, by each tool's manual: parted's print/help, sfdisk -d/-l/-V and sgdisk -p print the table.
  if ((inv.name === 'parted' && ops.length > 1 && ops.slice(1).every((w) => w.value !== null && /^(print|p|help|version|unit|s|b|kb|mb|gb|tb|kib|mib|gib|tib|%|cyl|chs|compact)$/i.test(w.value)))
    || (inv.name === 'sfdisk' && hasFlag(inv.args, '-d', '--dump', '-l', '--list', '-V', '--verify', '-s', '--show-size', '-J', '--json', '--list-types'))
    || (inv.name === 'sgdisk' && hasFlag(inv.args, '-p', '--print', '-i', '--info', '-v', '--verify', '-b', '--backup', '-L', '--list-types'))) {
    b.verb('read');
    return;
  }
  const dev = ops.find((w) => w.value === null || w.value.startsWith('/dev/')) ?? ops[0];
  // A filesystem made inside an image file (`mkfs.ext4 -F disk.img`) overwrites that file only: judged as its write.
  if (/^(mkfs|mke2fs|mkswap)/.test(inv.name) && dev && dev.value !== null && !dev.value.startsWith('/dev/') && !/^\/(dev|proc|sys)\b/.test(dev.value)) {
    fileTarget(inv, dev, 'write', { recursive: false, what: `\`${inv.name}\` writes a filesystem into` });
    return;
  }
  inv.env.b.verb('delete', 'write').destroy('disk_format', `\`${inv.name}\` erases or repartitions a device`, inv.span);
  if (dev) inv.env.b.target({ kind: 'host', id: shown(dev), environment: null, home: false, critical: true });
}

export function truncate(inv: Invocation): void {
  const paths = positionals(inv.args, new Set(['-s', '--size', '-r', '--reference']));
  // `-s 0`, `-s0`, `--size=0` empty each file (truncate(1)); another size cuts or extends it, judged as before.
  const size = optionValue(inv.args, '-s', '--size');
  const empties = typeof size === 'string' && /^0+[KMGTPEZY]?(i?B)?$/i.test(size);
  for (const p of paths) {
    if (empties) emptyFile(inv, p, '`truncate -s 0` empties');
    else fileTarget(inv, throughLink(inv, p), 'delete', { recursive: true, what: '`truncate` cuts' });
  }
}

/**
 * Where copies land. Copying into a folder (`cp a.txt .`, `scp f /tmp/`, several sources, `-t DIR`)
 * writes `DIR/NAME` for each source, not the folder: the folder's own class (the repository root,
 * the home folder, /tmp) says nothing about what is overwritten.
 */
export function landingPaths(inv: Invocation, dest: Word, sources: Word[], intoDirectory: boolean): Word[] {
  const v = dest.value;
  if (v === null || sources.length === 0) return [dest];
  const abs = resolvePath(v, inv.scope);
  const known = abs !== null && (abs === inv.scope.cwd || abs === inv.scope.home || abs === inv.scope.workspace || isTemporaryRoot(abs) || homeUserFolder(inv, abs) !== null);
  const isDir = intoDirectory || sources.length > 1 || v.endsWith('/') || v === '.' || v === '..' || v === '~' || known;
  if (!isDir) return [dest];
  return sources.map((src) => {
    const name = (src.value ?? '').replace(/\/+$/, '').split('/').pop() ?? '';
    // An unknown source name could be anything inside the folder; a glob's names match its last segment (`Screenshot*.png`).
    if (src.glob && src.value !== null && /[^*?]/.test(name) && !name.includes('[')) return { ...dest, value: `${v.replace(/\/+$/, '')}/${name}`, glob: false };
    if (src.value === null || name === '' || name === '.' || name === '..' || src.glob) return { ...dest, value: v.replace(/\/+$/, '') || '/' };
    return { ...dest, value: `${v.replace(/\/+$/, '')}/${name}` };
  });
}

/**
 * The folders every home has (HOME_USER_FOLDERS) exist, so a copy onto one lands inside it (`cp -r trip ~/Pictures` makes
 * `~/Pictures/trip`). The folder's name, or null when `abs` is not one.
 */
function homeUserFolder(inv: Invocation, abs: string): string | null {
  const home = inv.scope.home?.replace(/\/+$/, '');
  if (!home || !abs.startsWith(`${home}/`)) return null;
  const rel = abs.slice(home.length + 1).replace(/\/+$/, '');
  return HOME_USER_FOLDERS.includes(rel) ? rel : null;
}

/**
 * A copy that lands inside a home user folder under the source's own name (`cp -r ~/Desktop/trip/ ~/Pictures/`): it adds
 * an entry, and at worst replaces same-named files with the copies. Not the overwrite of a whole user folder
 * (`critical_path` is for `~/Pictures` itself, `rm` of what is in it, and dot-named or run-later files there).
 */
function copiedIntoUserFolder(inv: Invocation, dest: Word, landed: Word): boolean {
  if (landed.value === dest.value || landed.value === null || landed.glob) return false;
  const abs = resolvePath(landed.value, inv.scope);
  if (abs === null || runLaterFile(abs) !== null) return false;
  const folder = abs.slice(0, abs.lastIndexOf('/'));
  const name = abs.slice(abs.lastIndexOf('/') + 1);
  return homeUserFolder(inv, folder) !== null && name !== '' && !name.startsWith('.');
}

const LINK_FOLDER = /^\/etc\/(nginx|apache2|httpd|php\/[^/]+\/\w+|lighttpd)\/(sites|conf|mods|modules)-enabled\/[^/]+$|^\/etc\/systemd\/(system|user)\/[^/]+\.(wants|requires)\/[^/]+$/;

// `.pre-NAME`: the name installers give the file they set aside before writing their own (oh-my-zsh's installer keeps
// `~/.zshrc.pre-oh-my-zsh`; dotfile managers `~/.zshrc.pre-dotfiles`).
const BACKUP_SUFFIX = /^(\.(bak|orig|backup|old|save|copy|prev)([.-]?[\w-]+)?|\.pre[.-][\w-]+|~|[._-]\d{6,14})$/;

/**
 * Round 30 (k30): a backup name with its suffix put before the file's extension (`annotations.csv` →
 * `annotations.20260101.csv`, `labels.bak.json`), as data files are copied aside so that tools still read their type.
 * Paths as written.
 */
function backupBeforeExtension(src: string, dest: string): boolean {
  const dot = src.lastIndexOf('.');
  if (dot <= src.lastIndexOf('/') + 1) return false;
  const [stem, ext] = [src.slice(0, dot), src.slice(dot)];
  return dest.length > src.length && dest.startsWith(stem) && dest.endsWith(ext) && BACKUP_SUFFIX.test(dest.slice(stem.length, dest.length - ext.length));
}

/**
 * `DEST` is `SRC` with a backup suffix (`hosts` → `hosts.bak-20261205`, `web.config` → `web.config.orig`): absolute paths,
 * compared without case where the file system ignores it (Windows).
 */
export function isBackupNameOf(src: string, dest: string, ignoreCase = false): boolean {
  const [a, d] = ignoreCase ? [src.toLowerCase(), dest.toLowerCase()] : [src, dest];
  return a !== '' && d.startsWith(a) && BACKUP_SUFFIX.test(d.slice(a.length));
}

/**
 * A name whose only unfixed parts are `date` stamps (`.env.bak.$(date +%s)`, `"db.sqlite.$(date +%F)"`, date-stamps.ts):
 * date(1) prints the time in the format given, so the name is fixed but for its stamp. Returned with a stand-in stamp, or null.
 */
function dateStampedName(w: Word): string | null {
  return w.value ?? dateStampedWord(w.text, '20260101');
}

/**
 * D8 round 17: the short options of mv/cp/install/ln that take a value (coreutils: `-t DIR`, `-S SUFFIX`; install's `-m`,
 * `-o`, `-g`), found inside a cluster as getopt finds them: `cp -vt DIR f`, `install -Dt DIR f`, `ln -st DIR f`,
 * `ln -stDIR f` put the files in DIR. The cluster is split so the value is read as the option's.
 */
function splitValuedClusters(inv: Invocation): Invocation {
  const valued = inv.name === 'install' ? 'tSmog' : 'tS';
  const args: Word[] = [];
  let split = false;
  for (let i = 0; i < inv.args.length; i++) {
    const w = inv.args[i]!;
    if (w.value === '--') {
      args.push(...inv.args.slice(i));
      break;
    }
    const m = w.value === null || w.value.startsWith('--') ? null : /^-([A-Za-z]+)/.exec(w.value);
    const at = m ? [...m[1]!].findIndex((c) => valued.includes(c)) : -1;
    // a lone `-t` or `-tDIR` is read by optionValue already
    if (m === null || at <= 0) {
      args.push(w);
      continue;
    }
    split = true;
    const v = w.value!;
    for (const c of v.slice(1, at + 2)) args.push({ ...w, text: `-${c}`, value: `-${c}` });
    const rest = v.slice(at + 2);
    if (rest !== '') args.push({ ...w, text: rest, value: rest });
  }
  return split ? { ...inv, args } : inv;
}

/**
 * GNU cp, mv and install with `-b` or `--backup[=CONTROL]` ("make a backup of each existing destination file", coreutils
 * "Backup options"): what the destination held is renamed aside (`nginx.conf~`, `nginx.conf.~1~`) before it is replaced,
 * so the overwrite loses nothing, as `cp F F.bak && cp new F` does not. `--backup=none|off` makes no backup; BSD cp and mv
 * have no such option and refuse it. Not for files whose lines grant access (sudoers, passwd, shadow, PAM, authorized_keys):
 * there what the new content lets in matters, not what the old held; nor devices and kernel files, which are not renamed
 * aside as files are.
 */
function keepsBackup(inv: Invocation): boolean {
  if (inv.name !== 'cp' && inv.name !== 'mv' && inv.name !== 'install') return false;
  const control = optionValue(inv.args, '--backup');
  if (control === null) return false;
  if (typeof control === 'string') return !/^(none|off)$/.test(control);
  return hasFlag(inv.args, '-b', '--backup');
}
/** Where the copy `--backup` keeps excuses nothing: a file that guards access (guardsAccess), ssh's other files (host keys), the kernel's and devices'. */
function backupExcusesNothing(path: string): boolean {
  return guardsAccess(path) || /^\/etc\/ssh\/|^\/(dev|proc|sys)\//.test(path);
}

/**
 * Round 39 (atk39): `ln -s TARGET… LINK` (also `cp -s`) makes LINK point at TARGET: a later path through it (`rm -rf
 * LINK/`, `rm -rf LINK/*`, `cd LINK && rm -rf *`) names what lies behind it (paths.ts `followLinks`), so a disposable name
 * (`/tmp/cache`, `node_modules`) no longer excuses a delete of the data it points at. The link is recorded under the name
 * given and, as ln puts it inside a folder of that name when one exists, under that name with the target's base name.
 * A target relative to the link's folder resolves there; one not fixed in the input makes paths through the link unknown.
 */
function noteLinks(inv: Invocation, sources: readonly Word[], dest: Word): void {
  // Round 40 (atk40): a hard link (`ln A B`, `cp -l`) is recorded too: it is the same file, so a write through it writes
  // A (throughLink); nothing lies below one, so rm's readings through `LINK/` never meet it.
  const linked = inv.name === 'ln' || (inv.name === 'cp' && hasFlag(inv.args, '-s', '--symbolic-link', '-l', '--link'));
  if (!linked || dest.value === null || sources.length === 0) return;
  const named = resolvePath(dest.value.replace(/\/+$/, '') || '/', { ...inv.scope, links: undefined });
  if (named === null) return;
  const links = (inv.scope.links ??= new Map());
  for (const src of sources) {
    const base = src.value?.replace(/\/+$/, '').split('/').pop() ?? '';
    const at = [...(sources.length === 1 && !dest.value.endsWith('/') ? [named] : []), ...(base !== '' ? [`${named === '/' ? '' : named}/${base}`] : [])];
    for (const link of at) {
      const folder = link.slice(0, link.lastIndexOf('/')) || '/';
      const target = src.value === null ? null : resolvePath(src.value, { ...inv.scope, cwd: src.value.startsWith('/') ? inv.scope.cwd : folder });
      links.set(link, target);
    }
  }
}

/**
 * Round 39 (atk39): `mv SRC… DIR/` with several sources (or into a folder): each lands as `DIR/<base name>`, recorded in
 * `movedFrom` as a single move is (below), so a later delete of DIR or of what holds it is judged by what was moved there
 * (`mv src node_modules/x && rm -rf node_modules`: rm's `movedUnder`).
 */
function noteMovedInto(inv: Invocation, sources: readonly Word[], dest: Word): void {
  if (inv.name !== 'mv' || dest.value === null || sources.length < 2) return;
  const to = resolvePath(dest.value, inv.scope);
  if (to === null) return;
  const moved = (inv.scope.movedFrom ??= new Map());
  for (const src of sources) {
    const from = src.value === null || src.glob ? null : resolvePath(src.value, inv.scope);
    if (from !== null) moved.set(`${to.replace(/\/+$/, '')}/${from.slice(from.lastIndexOf('/') + 1)}`, from);
  }
}

/** mv/cp/install/ln: the destination is overwritten; for mv the sources disappear from where they were. */
/**
 * Round 42 (nxb42; the lead's answer 434.4): z/OS UNIX `cp` onto an MVS data set (`cp f "//'DSN(MEMBER)'"`, `//DSN` under
 * the user's prefix) writes that data set or member, not a local file: a member written into a dev or the user's library
 * is an edit; into a production or system library (`PROD.`, `SYS1.`, a qualifier naming production) a loss, as zowe's
 * upload onto one. The data set's qualifier names the tier (434.2). A target not written out is judged as a loss.
 */
function mvsDataSetCopy(inv: Invocation, dest: Word): boolean {
  const text = dest.value ?? shown(dest).replace(/^"/, '');
  // `//'DSN'` quoted, or `//DSN.LLQ`, `//DSN(MEMBER)` in capitals; `//tmp/x`, `//etc` are POSIX paths.
  if (!/^\/\/'[^'/]*'?/.test(text) && !/^\/\/[A-Z$#@][A-Z0-9$#@-]{0,7}(\.[A-Z$#@][A-Z0-9$#@-]{0,7})*(\.[A-Z$#@][A-Z0-9$#@-]{0,7}|\([A-Z0-9$#@+-]{1,8}\))$/.test(text)) return false;
  const dsn = dest.value === null ? null : dest.value.slice(2).replace(/^'(.*)'$/, '$1');
  const tier = dsn === null ? null : dataSetQualifierTier([dsn]);
  inv.env.b.target(envTarget(inv, 'host', `mvs:${dsn ?? text}`, [clue('names', tier), clue('names', dsn)], ['write']));
  if (dsn === null || liveOrSystemDataSet(dsn)) inv.env.b.verb('write').destroy('dataset_overwrite', `\`cp\` writes over \`${dsn ?? text}\`: a production or system data set, or one the line does not fix`, inv.span);
  return true;
}

export function copyMove(invocation: Invocation): void {
  const inv = splitValuedClusters(invocation);
  const valued = new Set(['-t', '--target-directory', '-S', '--suffix', '-m', '--mode', '-o', '--owner', '-g', '--group']);
  const paths = positionals(inv.args, valued);
  const explicitTarget = optionValue(inv.args, '-t', '--target-directory');
  const dest = explicitTarget !== undefined ? { text: explicitTarget ?? '$?', value: explicitTarget, start: inv.span.start, end: inv.span.end, glob: false } : paths.pop();
  const b = inv.env.b;
  b.verb('write');
  if (!dest) return;
  if (inv.name === 'cp' && mvsDataSetCopy(inv, dest)) return;
  noteLinks(inv, paths, dest);
  noteMovedInto(inv, paths, dest);
  // install(1) `-d`: "treat all arguments as directory names; create all components": folders are made, no file replaced.
  if (inv.name === 'install' && hasFlag(inv.args, '-d', '--directory')) {
    // `-m`, `-o`, `-g` also set the mode and owner of a folder that is already there (`install -d -m 777 /etc`), as chmod
    // and chown do: a mode that opens it to everyone (chmod's critical rule), an unknown mode, or a new owner of a system
    // folder is judged as that permissions change. A mode that narrows (`install -d -m 700 ~/.ssh`) is not.
    const mode = optionValue(inv.args, '-m', '--mode');
    const opensMode = mode !== undefined && (mode === null || /^(0?[0-7]?[0-7]{2}[2367]|[ao]?[+=].*w|000|0)$/.test(mode) || !/^(0?[0-7]{3,4}|[ugoa]*[+=-][rwxXst]*(,[ugoa]*[+=-][rwxXst]*)*)$/.test(mode));
    const owner = hasFlag(inv.args, '-o', '--owner', '-g', '--group');
    const home = inv.scope.home?.replace(/\/+$/, '');
    // A service's own folder under /var/log, /var/www, /srv, /opt or /run made for root or the web and
    // service accounts (`install -d -m 0750 -o root -g adm /var/log/shop`): nothing opened to another account (round 29).
    const serviceFolder = (path: string): boolean => SERVICE_FOLDER.test(path) && !path.split('/').includes('..') && [optionValue(inv.args, '-o', '--owner'), optionValue(inv.args, '-g', '--group')].every((v) => v === undefined || (v !== null && SERVICE_FOLDER_OWNER.test(v)));
    const setsAttributes = (path: string): boolean => opensMode || (owner && !(home && home !== '' && path.startsWith(`${home}/`)) && !serviceFolder(path));
    for (const p of [...paths, dest]) {
      const fx = pathEffect(inv, p);
      if (fx.cls === 'control_plane') fileTarget(inv, p, 'write', { recursive: false, what: '`install -d` makes' });
      else if ((fx.cls === 'critical' || fx.cls === 'unknown') && setsAttributes(fx.path)) b.verb('permissions').destroy('critical_permissions', `\`install -d\` sets the mode or owner of \`${fx.path}\``, { start: p.start, end: p.end });
      else b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
    }
    return;
  }
  noteWrite(inv.scope, dest.value, null, false, shown(dest));
  // D8 round 16: a copy of one file (`cp ~/.kube/config "$tmp/kc"`, into a folder under its own name) holds the source's
  // content, which the gateway judges when the source is one of the tool's own files (written-config.ts)
  const from = paths.length === 1 && paths[0]!.value !== null && (inv.name === 'cp' || inv.name === 'mv') && !hasFlag(inv.args, '-r', '-R', '-a', '--recursive', '--archive') ? resolvePath(paths[0]!.value, inv.scope) : null;
  const to = dest.value === null ? null : resolvePath(dest.value, inv.scope);
  if (from !== null && to !== null) {
    const copies = (inv.scope.copiedFrom ??= new Map());
    copies.set(to, from);
    copies.set(`${to.replace(/\/+$/, '')}/${from.slice(from.lastIndexOf('/') + 1)}`, from);
    if (inv.name === 'mv') {
      const moved = (inv.scope.movedFrom ??= new Map());
      moved.set(to.replace(/\/+$/, ''), from);
      moved.set(`${to.replace(/\/+$/, '')}/${from.slice(from.lastIndexOf('/') + 1)}`, from);
    }
  }
  if (dest.value === '/dev/null' && inv.name === 'mv') {
    for (const p of paths) fileTarget(inv, p, 'delete', { recursive: true, what: '`mv` to /dev/null discards' });
    inv.env.b.destroy('mv_dev_null', '`mv` to /dev/null destroys what it moves', inv.span);
    return;
  }
  if (inv.name === 'cp' && paths.some((p) => p.value === '/dev/null' || p.value === '/dev/zero')) {
    emptyFile(inv, dest, '`cp /dev/null` empties');
    return;
  }
  // `-i` asks before replacing a file (coreutils: "prompt before overwrite"); with no answer on stdin and no later `-f`
  // (the last of -f, -i, -n wins) nothing is replaced.
  const lastOf = inv.args.map((a) => a.value).filter((v) => v === '-f' || v === '--force' || v === '-i' || v === '--interactive').pop();
  const asks = (lastOf === '-i' || lastOf === '--interactive') && inv.stdin === null;
  // ln(1) replaces an existing name only with `-f` or a backup (`-b`, `--backup`); its `-n` is `--no-dereference`.
  const noClobber = inv.name === 'ln' ? !hasFlag(inv.args, '-f', '--force', '-b', '--backup') : hasFlag(inv.args, '-n', '--no-clobber', '--update=none') || asks;
  // `cp -a data data.bak`: a backup copy beside its source. What it may replace is an older copy of the same thing.
  const src = paths.length === 1 ? paths[0]!.value?.replace(/\/+$/, '') : undefined;
  // A backup name stamped by `date` (`cp .env .env.bak.$(date +%F)`) is judged as that name with a stamp.
  const stamped = dateStampedName(dest);
  const backup: Word = stamped === dest.value ? dest : { ...dest, value: stamped };
  const backupOfSrc = !!src && !!backup.value && ((backup.value.startsWith(src) && BACKUP_SUFFIX.test(backup.value.slice(src.length))) || backupBeforeExtension(src, backup.value));
  if (inv.name === 'cp' && backupOfSrc && pathEffect(inv, backup).cls !== 'control_plane') {
    const fx = pathEffect(inv, backup);
    b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('copy_backup', `\`cp\` makes a backup copy \`${fx.path}\``, inv.span);
    // `cp ~/.kube/config ~/.kube/config.bak && cp new.yaml ~/.kube/config`: what a later write in the same line replaces
    // is kept in the copy, as after `mv F F.bak` (below).
    const from = pathEffect(inv, paths[0]!);
    // Only a copy of the content keeps it: a hard or symbolic link (`-l`, `-s`), a copied link (`-P`, `-d`), attributes only
    // or a copy skipped because the backup exists (`-n`, `-u`) leave nothing that survives the later write.
    const keepsContent = !noClobber && !hasFlag(inv.args, '-l', '--link', '-s', '--symbolic-link', '--attributes-only', '-P', '-d', '--no-dereference', '-u', '--update');
    if (keepsContent && from.cls !== 'control_plane' && from.cls !== 'unknown' && !hasFlag(inv.args, '-r', '-R', '-a', '--recursive', '--archive')) inv.scope.absent = new Set([...(inv.scope.absent ?? []), from.path]);
    // Round 38 (sh38): a file copied whole to its backup name is kept for a later `sed -i` of it in the line (sedInPlace).
    if (keepsContent && from.cls !== 'control_plane' && from.cls !== 'unknown' && !paths[0]!.glob) inv.scope.backedUp = new Set([...(inv.scope.backedUp ?? []), from.path]);
    return;
  }
  if (maintenanceSiteEnabled(inv, paths, dest)) return;
  // ln(1) `-n` with `-f` replaces a symbolic link (coreutils: "most useful in conjunction with --force, to replace a
  // symlink to a directory"), and the enabled-folders of Debian's web servers and systemd's .wants hold links only
  // (a2ensite, systemctl enable): a link swapped for another loses nothing.
  // `ln -s /etc/nginx/sites-available/shop.conf /etc/nginx/sites-enabled/`: the link lands under the source's name.
  const linkName = dest.value?.endsWith('/') && paths.length === 1 && paths[0]!.value ? `${dest.value}${paths[0]!.value.replace(/\/+$/, '').split('/').pop()}` : dest.value;
  if (inv.name === 'ln' && hasFlag(inv.args, '-s', '--symbolic') && ((hasFlag(inv.args, '-n', '--no-dereference', '-T', '--no-target-directory') && hasFlag(inv.args, '-f', '--force')) || LINK_FOLDER.test(linkName ?? ''))) {
    const fx = pathEffect(inv, dest);
    if (fx.cls !== 'control_plane' && !isHomeConfigFile(fx.path, inv.scope.home) && fx.path !== inv.scope.home && fx.path !== '/' && !(inv.scope.workspace && fx.path === inv.scope.workspace)) {
      b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('link_replace', `\`ln -s\` points \`${fx.path}\` at another target`, inv.span);
      return;
    }
  }
  // `mv ~/.zshrc ~/.zshrc.bak`: a rename to a backup name beside it, under the home folder or in the workspace. Nothing is
  // lost and moving it back undoes it; system paths stay judged as moves (a service may need the file where it was), and so
  // does a file whose absence shuts a door (`~/.ssh/authorized_keys`: every key login refused until it is back).
  if (inv.name === 'mv' && !noClobber && backupOfSrc) {
    const from = pathEffect(inv, paths[0]!);
    const to = pathEffect(inv, backup);
    const home = inv.scope.home;
    const root = inv.scope.workspace ?? inv.scope.cwd;
    const local = (p: string): boolean => (!!home && p.startsWith(`${home}/`)) || (!!root && p.startsWith(`${root}/`));
    if (from.cls !== 'control_plane' && to.cls !== 'control_plane' && local(from.path) && local(to.path) && !/(^|\/)\.git$/.test(from.path) && !HOME_ACCESS_FILE.test(from.path)) {
      b.target({ kind: 'filesystem', id: to.path, environment: null, home: false, verbs: ['write'] }).finding('move_backup', `\`mv\` renames \`${from.path}\` to its backup name`, inv.span);
      // `mv .env .env.bak && cp .env.example .env`: after the rename nothing is at the old path, so a later write there
      // in the same line creates the file instead of replacing it (as after `test -f F ||`).
      inv.scope.absent = new Set([...(inv.scope.absent ?? []), from.path]);
      return;
    }
  }
  // coreutils `-T`, `--no-target-directory`: "treat DEST as a normal file": `cp -rT dotfiles ~` copies into the home folder
  // itself (over `~/.bashrc`), not into `~/dotfiles`, whatever folder DEST is.
  const noTargetDirectory = explicitTarget === undefined && hasFlag(inv.args, '-T', '--no-target-directory');
  const landing = noTargetDirectory ? [dest] : landingPaths(inv, dest, paths, explicitTarget !== undefined || hasFlag(inv.args, '-t', '--target-directory'));
  landing.forEach((d, i) => jobFileLanded(inv, paths.length === landing.length ? paths[i] : undefined, d));
  const keptAside = !noClobber && keepsBackup(inv);
  for (const d of landing) {
    if (keptAside) {
      const fx = pathEffect(inv, d);
      if (fx.cls !== 'control_plane' && fx.cls !== 'unknown' && !backupExcusesNothing(fx.path)) {
        b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('overwrite_keeps_backup', `\`${inv.name} --backup\` keeps what \`${fx.path}\` held as a backup beside it`, inv.span);
        continue;
      }
    }
    if (logsIntoArchive(inv, paths, dest, explicitTarget !== undefined)) {
      const fx = pathEffect(inv, d);
      b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('logs_archived', `\`${inv.name}\` puts rotated logs into the archive folder \`${fx.path.slice(0, fx.path.lastIndexOf('/'))}\``, inv.span);
      continue;
    }
    if (repoHookInstalled(inv, paths, d)) {
      const fx = pathEffect(inv, d);
      b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('git_hook_installed', `\`${inv.name}\` installs the repository's hook script as \`${fx.path}\``, inv.span);
      continue;
    }
    if (inv.name === 'cp' && copiedIntoUserFolder(inv, dest, d) && pathEffect(inv, d).cls === 'critical') {
      const fx = pathEffect(inv, d);
      b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('copy_into_folder', `\`cp\` copies into \`${fx.path.slice(0, fx.path.lastIndexOf('/'))}\` under the source's name`, inv.span);
      continue;
    }
    // The lead's answer 224 (round 27): a start-up file made new (`ln -s ~/dotfiles/config.fish ~/.config/fish/config.fish`)
    // runs text the input does not show in every shell, as `~/.zshrc` (a critical path) does: judged as its overwrite.
    if (!noClobber || (pathEffect(inv, d).cls === 'critical' && !newFileHarmless(inv, pathEffect(inv, d).path) && !newLinkInHome(inv, pathEffect(inv, d).path) && !newNameInAppTree(pathEffect(inv, d).path)) || pathEffect(inv, d).cls === 'control_plane' || isStartupScript(pathEffect(inv, d).path)) {
      fileTarget(inv, d, 'write', { recursive: false, what: noClobber ? `\`${inv.name}\` creates` : `\`${inv.name}\` overwrites`, replaces: true });
    }
  }
  if (inv.name === 'mv' && inv.scope.absent) {
    // What a later `mv` puts back at a path an earlier rename emptied (`mv .env.bak .env`) is there again.
    const landed = new Set(landing.map((d) => pathEffect(inv, d).path));
    inv.scope.absent = new Set([...inv.scope.absent].filter((p) => !landed.has(p)));
  }
  if (inv.name === 'mv') {
    // Files moved from one folder of the home folder into another (`mv ~/Desktop/Screenshot*.png ~/Pictures/Shots/`) are
    // kept: only where they land can lose something, judged above. Not a top folder itself (`~/Documents`) or a dot folder,
    // and not into a cache or temporary folder, which is emptied without asking.
    const home = inv.scope.home;
    const inHome = (w: Word, deep: boolean): boolean => {
      const abs = w.value === null ? null : resolvePath(w.value, inv.scope);
      const rel = home && abs?.startsWith(`${home}/`) ? abs.slice(home.length + 1) : null;
      return rel !== null && !rel.startsWith('.') && (!deep || rel.includes('/'));
    };
    // The user's Trash (the Finder's `~/.Trash`, the freedesktop.org trash's `files` folder) keeps what lands in it until
    // it is emptied: moved there is deleted softly, as the Finder's Move to Trash, and Put Back restores it.
    const inTrash = (w: Word): boolean => {
      const abs = w.value === null ? null : resolvePath(w.value, inv.scope);
      return !!home && abs !== null && (abs.startsWith(`${home}/.Trash/`) || abs.startsWith(`${home}/.local/share/Trash/files/`));
    };
    const keptInHome = landing.every((d) => (inHome(d, false) && !['rebuildable', 'temporary'].includes(pathEffect(inv, d).cls)) || inTrash(d));
    // Rotated logs moved into an archive folder are kept there (answer 329.5; logsIntoArchive read each source).
    const archived = logsIntoArchive(inv, paths, dest, explicitTarget !== undefined);
    for (const p of paths) {
      const fx = pathEffect(inv, p);
      if ((fx.cls === 'critical' && keptInHome && inHome(p, true)) || archived) continue;
      if (movingAwayLoses(fx)) fileTarget(inv, p, 'delete', { recursive: true, what: '`mv` moves away' });
    }
  }
}

/**
 * The lead's answer 329.5 (round 30, built in round 38 by sh38): dated or numbered rotations of an application's logs
 * (`/var/log/shop/app.log.2026-11-*.gz`, `logs/worker.log.3`; isAppLogFile, not the system's own records) moved or copied
 * into a folder named for an archive (`/srv/archive/logs/shop/`, `logs/archive/`): a write. Each lands under its own
 * dated or numbered name, so what it can replace there is a copy of itself. Not onto one named file (`… app.log`: that
 * file is replaced), not into a folder that is not an archive's (`/tmp/`, emptied without asking) or a system folder.
 */
const ROTATED_OR_DATED_LOG = /\.log([.-][\w*?[\]-]+)*$|^[^/]*\.log[.-][^/]*\.(gz|xz|bz2|zst)$/;
const ROTATION_MARK = /\.log\.(\d+|\*|\[0-9\]\*?)(\.(gz|xz|bz2|zst))?$|(19|20)\d\d-?[01]\d/;
const ARCHIVE_FOLDER = /^(archives?|log-?archives?|logs?-archives?|archived(-logs?)?)$/i;
const NOT_AN_ARCHIVE_ROOT = /^\/(etc|usr|bin|sbin|lib\w*|boot|dev|proc|sys|run|tmp|var\/tmp)(\/|$)/;
function logsIntoArchive(inv: Invocation, sources: readonly Word[], dest: Word, toFolder: boolean): boolean {
  if ((inv.name !== 'mv' && inv.name !== 'cp') || sources.length === 0 || dest.value === null || hasFlag(inv.args, '-r', '-R', '-a', '--recursive', '--archive')) return false;
  const folder = resolvePath(dest.value, inv.scope);
  // The destination must be a folder: named so (`-t`, a trailing `/`), or the only place several files or a glob can land.
  if (folder === null || folder.split('/').includes('..') || NOT_AN_ARCHIVE_ROOT.test(folder) || !(toFolder || dest.value.endsWith('/') || sources.length > 1 || sources.some((w) => w.glob))) return false;
  if (!folder.split('/').some((seg) => ARCHIVE_FOLDER.test(seg))) return false;
  return sources.every((w) => {
    const abs = w.value === null ? null : resolvePath(w.value, inv.scope);
    const name = abs?.slice(abs.lastIndexOf('/') + 1) ?? '';
    return abs !== null && !abs.split('/').includes('..') && isAppLogFile(abs) && ROTATED_OR_DATED_LOG.test(name) && ROTATION_MARK.test(name);
  });
}

/**
 * What a move takes from where it was: a system path, a critical folder or one we cannot pin down is emptied here. Not an
 * application's log or a folder of them under a log folder (`/var/log/app/huge.log`, `/var/log/shop/archive/`: isAppLogFile;
 * round 28, s28): emptying one is a write (the round-13 decision), and a move keeps every line where it lands, which is
 * judged on its own. The system's own records (`/var/log/syslog`, the journal, `audit/`) stay. Nor what removing is a
 * write for (one apt source, an unserved site's link): renamed aside (`old-ppa.list.disabled`), it is also kept.
 */
function movingAwayLoses(fx: PathEffect): boolean {
  if (fx.cls === 'critical' && (isAppLogFile(fx.path) || isAptSourceDropIn(fx.path) || unservedSiteLink(fx.path))) return false;
  return fx.cls === 'critical' || fx.cls === 'control_plane' || fx.cls === 'unknown';
}

/**
 * A link in a web server's `sites-enabled` that serves no live site (round 28, s28): the distribution's placeholder
 * (isDefaultSiteLink), a maintenance page (removing its link puts the real site back), or a site whose own name is a
 * preview's or a developer's (answer 214's names: `shop-preview`, `pr-412`, `api-dev`; never with a production or staging
 * part). Any other site's link removed takes that site out of service. Round 30 (w30): IIS's and ASP.NET Core's
 * `app_offline.htm` in a site's folder is the maintenance page itself: removing it puts the site back.
 */
const SITE_LINK = /^\/etc\/(nginx|apache2|httpd)\/sites-enabled\/([\w.@-]+)$/;
export function unservedSiteLink(abs: string): boolean {
  if (isDefaultSiteLink(abs) || IIS_MAINTENANCE_PAGE.test(abs) || CMS_MAINTENANCE_FLAG.test(abs)) return true;
  const name = SITE_LINK.exec(abs)?.[2]?.replace(/\.conf$/, '');
  return name !== undefined && (isMaintenanceSiteName(name) || namesPreviewOrDevEnvironment(name));
}

/** A web server's maintenance site, by its file's name (`maintenance`, `maintenance.conf`, `maint-page`). */
export function isMaintenanceSiteName(name: string): boolean {
  return /^(maintenance|maint)([-_.]page)?$/i.test(name.replace(/\.conf$/, ''));
}

/**
 * The lead's answer 357.1 (round 35): a web server's maintenance site enabled (`ln -s /etc/nginx/sites-available/maintenance
 * /etc/nginx/sites-enabled/`, or linked or copied under the app's own name: `ln -sf …/maintenance.conf …/sites-enabled/shop`)
 * is maintenance mode switched on, as `artisan down` and `app_offline.htm` are: every visitor gets the maintenance page,
 * out of service. The link is the switch, as removing a served site's link is (unservedSiteLink); removing the maintenance
 * link puts the site back (a write), and an ordinary site enabled is a write. Apache's `a2ensite maintenance` is the same
 * switch (answer 372.7; dispatch.ts `apacheSiteSwitches`). True when it was judged here.
 */
function maintenanceSiteEnabled(inv: Invocation, sources: Word[], dest: Word): boolean {
  if ((inv.name !== 'ln' && inv.name !== 'cp') || sources.length === 0 || dest.value === null) return false;
  const into = resolvePath(dest.value, inv.scope)?.replace(/\/+$/, '');
  if (into === undefined) return false;
  const base = (p: string): string => p.replace(/\/+$/, '').split('/').pop() ?? '';
  // Into the folder (the link takes the source's name) or as a named link in it.
  const folder = /^\/etc\/(nginx|apache2|httpd)\/sites-enabled$/.test(into);
  const links = sources.map((s) => (s.value === null ? null : folder ? `${into}/${base(s.value)}` : into));
  const enabled = sources.filter((s, i) => s.value !== null && SITE_LINK.test(links[i]!) && (isMaintenanceSiteName(base(s.value)) || isMaintenanceSiteName(base(links[i]!))));
  if (enabled.length === 0) return false;
  const link = folder ? links[sources.indexOf(enabled[0]!)]! : into;
  inv.env.b.verb('write').target({ kind: 'filesystem', id: link, environment: null, home: false, verbs: ['write'] }).destroy('site_offline', `\`${inv.name}\` enables the maintenance site as \`${link}\`: every visitor gets the maintenance page (maintenance mode on)`, inv.span);
  return true;
}

/**
 * With no overwrite (`-n`, `-i` with no answer), a copy only creates files: one that matters even when new is a system
 * file, a dot file or dot folder's (a start-up file, a credential, `.git/hooks`), or a file something runs later. A new
 * file among the user's documents or in the repository (`cp -i a.txt ~/Documents/a.txt`) loses nothing.
 */
function newFileHarmless(inv: Invocation, path: string): boolean {
  const roots = [inv.scope.home, inv.scope.workspace].filter((r): r is string => r !== undefined && r !== '/');
  const root = roots.find((r) => path.startsWith(`${r.replace(/\/+$/, '')}/`));
  if (root === undefined || runLaterFile(path) !== null) return false;
  return !path.slice(root.replace(/\/+$/, '').length + 1).split('/').some((seg) => seg.startsWith('.'));
}

/**
 * The lead's answer 217 (round 27): `ln` without `-f` or a backup fails when the name exists (ln(1)), so a link it makes
 * in the home's dot folders (`ln -s ~/dotfiles/alacritty ~/.config/alacritty`) replaces nothing: a write. A copy or move
 * that cannot overwrite (`cp -n`, `mv -n`, `-i` with no answer: copyMove's `noClobber`) only creates as surely (round 30,
 * x30: `cp -n dotfiles/starship.toml ~/.config/starship.toml`). Not a file that
 * runs later (a start-up file, a job: its unseen text would run), a dotfile directly in the home (`~/.gitconfig`,
 * `~/.npmrc`: settings that run or switch checks off, b12's open question), a credential folder's, or one that grants access.
 */
function newLinkInHome(inv: Invocation, path: string): boolean {
  const home = inv.scope.home?.replace(/\/+$/, '');
  if (!COPIERS.has(inv.name) || !home || home === '' || !path.startsWith(`${home}/`) || runLaterFile(path) !== null || isHomeConfigFile(path, home)) return false;
  return !isCredentialFile(path) && !HOME_ACCESS_FILE.test(path) && !/\/\.(ssh|gnupg|aws|kube|docker|azure|password-store)(\/|$)/.test(path.slice(home.length));
}

/**
 * A name made new in the trees that hold installed applications and sites (`/opt`, `/srv`, `/var/www`: `ln -s
 * /opt/apache-maven-3.9.6 /opt/maven`, `cp -n build/shop.jar /opt/shop/`, `ln -s releases/20261206 /srv/shop/current`) by
 * a copy, move or link that cannot overwrite (copyMove's `noClobber`): nothing there is replaced, and nothing runs it by
 * itself (round 30, x30). Not a file something runs later (runLaterFile), not a path that climbs out.
 */
const APP_TREE = /^\/(opt|srv|var\/www)\/[^/]+(\/[^/]+)*$/;
function newNameInAppTree(path: string): boolean {
  return APP_TREE.test(path) && !path.split('/').some((seg) => seg === '..' || seg === '.') && runLaterFile(path) === null;
}

/**
 * A hook script of the repository installed into its own `.git/hooks/NAME` (`cp scripts/hooks/pre-commit
 * .git/hooks/pre-commit`, `ln -sf ../../githooks/pre-push .git/hooks/pre-push`): the lead's decision (round 16), a write.
 * Every source is a file of the workspace outside `.git`, and the hook lands directly in the workspace's `.git/hooks`.
 */
const HOOK_NAME = /^[\w.-]+$/;
function repoHookInstalled(inv: Invocation, sources: Word[], landed: Word): boolean {
  const root = (inv.scope.workspace ?? inv.scope.cwd)?.replace(/\/+$/, '');
  if (!root || root === '' || sources.length === 0 || !COPIERS.has(inv.name)) return false;
  const abs = landed.value === null || landed.glob ? null : resolvePath(landed.value, inv.scope);
  const hooks = `${root}/.git/hooks/`;
  if (abs === null || !abs.startsWith(hooks) || !HOOK_NAME.test(abs.slice(hooks.length)) || abs.endsWith('.sample')) return false;
  return sources.every((w) => {
    // `ln -s ../../hooks/x`: a link's source is read from the link's folder.
    const from = w.value === null || w.glob ? null : inv.name === 'ln' && !w.value.startsWith('/') ? normalizeJoin(abs.slice(0, abs.lastIndexOf('/')), w.value) : resolvePath(w.value, inv.scope);
    return from !== null && from.startsWith(`${root}/`) && !/(^|\/)\.git(\/|$)/.test(from.slice(root.length + 1));
  });
}

function normalizeJoin(folder: string, rel: string): string | null {
  const out: string[] = [];
  for (const seg of `${folder}/${rel}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/**
 * Files a log-in or boot starts by being there, put in place by a copy, move or link: a launchd job
 * (`cp com.acme.sync.plist ~/Library/LaunchAgents/`; launchd.plist(5)) and an XDG autostart entry
 * (`cp sync.desktop ~/.config/autostart/`; the Desktop Application Autostart Specification runs its `Exec=` at log-in,
 * the lead's answer 329). Each is judged as writing that job (stored-commands.ts), with the source's content when this
 * input wrote it; a job the action does not show is unknown, `-n` or not. An installed application's own desktop entry
 * (`/usr/share/applications/slack.desktop`) starts that application, the way the specification says to autostart one.
 * Other stored-command files copied in stay writes (a justfile or makefile runs only when someone runs it; a systemd
 * unit only once enabled).
 */
const STARTED_BY_PRESENCE: Readonly<Record<string, string>> = { launchd: 'a launchd job run at log-in or boot', desktop: 'an autostart entry run at log-in' };
const INSTALLED_DESKTOP_ENTRY = /^\/(usr\/(local\/)?share|var\/lib\/flatpak\/exports\/share|var\/lib\/snapd\/desktop)\/applications\/[^/]+\.desktop$/;
function jobFileLanded(inv: Invocation, source: Word | undefined, landed: Word): void {
  const abs = landed.value === null ? null : resolvePath(landed.value, inv.scope);
  const format = abs === null ? undefined : runLaterFile(abs)?.format;
  if (abs === null || format === undefined || !(format in STARTED_BY_PRESENCE)) return;
  const from = source?.value == null ? null : resolvePath(source.value, inv.scope);
  if (format === 'desktop' && from !== null && INSTALLED_DESKTOP_ENTRY.test(from)) return;
  const text = source?.value == null ? undefined : writtenContent(inv.scope, source.value);
  if (text == null) {
    inv.env.b.opaque('stored_job_unseen', `\`${inv.name}\` puts \`${abs}\` in place, ${STARTED_BY_PRESENCE[format]}, from a file the action does not show`, inv.span);
    return;
  }
  storeWrite(inv, landed.value, text);
}

/**
 * The folder the agent works in (or one inside it), unless that folder is itself `/`, a system folder or home:
 * recursive mode changes and extractions there stay in the agent's own files.
 */
export function isOwnWorkspace(inv: Invocation, abs: string): boolean {
  const ws = inv.scope.workspace;
  if (!ws || !(abs === ws || abs.startsWith(`${ws}/`))) return false;
  // A project two folders or more below home (`~/src/webapp`, `~/code/api`): its loss is critical, its modes are the agent's own.
  const home = inv.scope.home?.replace(/\/+$/, '');
  if (home && ws.startsWith(`${home}/`) && ws.slice(home.length + 1).split('/').filter(Boolean).length >= 2) return true;
  return classifyPath(ws, { ...inv.scope, workspace: undefined, cwd: undefined }, inv.env.inventory) !== 'critical';
}

/** Private keys: ssh's identity files and PEM or `.key` files in a credential folder. */
const PRIVATE_KEY = /\/\.ssh\/id_(rsa|dsa|ecdsa|ed25519)(_sk)?$|\/\.ssh\/[^/]+\.(pem|key)$/;
/** The system's secret files: password and group hashes (and their backups), the SSH host keys, TLS private keys, old passwords. */
const SYSTEM_SECRET = /^\/etc\/(g?shadow-?|security\/opasswd|ssh\/ssh_host_[a-z0-9]+_key|ssl\/private(\/[^/]+)?|pki\/tls\/private(\/[^/]+)?)$/;
/** A mode that lets others (every account) read: an octal mode whose other digit has 4, or `+r` for others or all. */
const WORLD_READABLE_MODE = /^0?[0-7]?[0-7][0-7][4-7]$|^(a|o|go|og|ugo|ao)?\+[rwxX]*r/;
/** A mode that gives the group or others read access: an octal mode whose group or other digit has 4, or `+r` for them. */
const KEY_READABLE_MODE = /^0?[0-7]?[0-7]([4-7][0-7]|[0-7][4-7])$|^(a|o|g|go|og|ug|ugo)?\+[rwx]*r/;

/**
 * chmod(1) modes on a system or critical file: one that lets others write (an octal mode whose other digit has the write
 * bit, 2: `666`, `0777`; `o+w`, `a=rw`) or that takes every permission away (`000`); one that sets the set-user-ID or
 * set-group-ID bit (a leading octal digit with 4 or 2: `4755`, `2755`; `u+s`, `g+s`): a setuid `/bin/bash` is a root
 * shell for every account.
 */
const OPEN_MODE = /^(0?[0-7]?[0-7]{2}[2367]|[ao]?[+=][^,]*w|000|0)$/;
const SET_ID_MODE = /^(0?[2-7][0-7]{3}|[ugoa]*\+[rwxXt]*s[rwxXt]*)$/;
/** The mode of /tmp, /var/tmp and /dev/shm: world-writable with the sticky bit (`1777`, `+t`, `a=rwxt`). */
const TEMP_ROOT_MODE = /^(0?1777|[ao]?\+t|(a|ugo)=rwxt)$/;
/** A symbolic mode that only takes permissions away (`go-rwx`, `o-w,g-w`): tightening, whatever the tree (chmod(1)). */
const ONLY_REMOVES_MODE = /^[ugoa]*-[rwxXst]+(,[ugoa]*-[rwxXst]+)*$/;

/**
 * `chown -R` of an application's folder under /var/www, /srv or /opt (one named folder below them: `/var/www/shop/storage`,
 * not `/var/www` or `/opt` itself) to a web or service account (`www-data`, `nginx`, `apache`, `http`, `nobody`, the
 * group optional): the lead's round-16 decision 11, the usual deploy step; system folders stay destructive.
 */
// `OWNER:` with no group after the colon is OWNER and OWNER's login group (chown(1)).
const SERVICE_OWNER = /^(www-data|nginx|apache|http|httpd|caddy|nobody|node|app|deploy)(:(www-data|nginx|apache|http|httpd|caddy|nogroup|nobody|node|app|deploy)?)?$/;
const APP_FOLDER = /^\/(var\/www|srv|opt)\/[^/]+(\/[^/]+)*$/;
/** A service's own log folder under /var/log (`/var/log/nginx`), where named-read ACLs let one account read its logs (round 31, s31). */
const SERVICE_LOG_FOLDER = /^\/var\/log\/[\w.+-]+(\/[\w.+-]+)*$/;
/**
 * The lead's answer 150 (round 24): Laravel's documented setup gives its two writable folders, `storage` and
 * `bootstrap/cache` of the project, to the web server (`chown -R www-data:www-data`, above) and makes them group-writable
 * (`chmod -R 775`, `ug+rwx`): a write. Those two folders only, and no mode that lets everyone write or sets an id bit.
 */
const LARAVEL_WRITABLE = /\/(storage|bootstrap\/cache)$/;
const LARAVEL_WRITABLE_MODE = /^(0?(775|770|755|750)|(u|g|ug|gu)\+[rwxX]+)$/;
/**
 * setfacl(1) `-m` entries that each give one named user or group (`u:jellyfin:rX`, `g:media:r-x`, default entries too) at
 * most read and search: a narrowed grant, no write and nothing for other accounts (`o::`) or the mask.
 */
const NAMED_READ_ENTRIES = /^((d|default):)?(u|user|g|group):[a-z_][\w.-]*:[rxX-]+(,((d|default):)?(u|user|g|group):[a-z_][\w.-]*:[rxX-]+)*$/;
/**
 * setfacl(1) `-m` entries that each give one of the web or service accounts `chown -R` may hand an application's folder to
 * (SERVICE_OWNER's names: `u:deploy:rwx`, `d:g:www-data:rwX`) any permission: what that owner would have, and nothing for
 * other accounts (`o::`) or the mask (the lead's round-16 decision 11 read for ACLs).
 */
const SERVICE_ACCOUNT = String.raw`(www-data|nginx|apache|http|httpd|caddy|nobody|nogroup|node|app|deploy)`;
/**
 * A service's folder one level or more below the log and application roots (install -d's service folder, round 29), where
 * the round-16 decision 11 lets `chown -R` give an application's folder to its service account; not /var/lib (databases'
 * own folders, whose owner the service needs).
 */
const SERVICE_FOLDER = /^\/(var\/(log|www)|srv|opt|run)\/[\w.+-]+(\/[\w.+-]+)*\/?$/;
const SERVICE_FOLDER_OWNER = new RegExp(String.raw`^(root|adm|syslog|${SERVICE_ACCOUNT})$`);
const SERVICE_ENTRIES = new RegExp(String.raw`^((d|default):)?(u|user|g|group):${SERVICE_ACCOUNT}:[rwxX-]+(,((d|default):)?(u|user|g|group):${SERVICE_ACCOUNT}:[rwxX-]+)*$`);

/**
 * `chown -R` that gives folders under the session's home folder back to the session's own user (`sudo chown -R $(whoami)
 * ~/.npm`, npm's documented fix for files a `sudo npm` left owned by root; `$USER`, `id -un`, or the home folder's own
 * name), with that user's group or none: the owner of a home folder owning what is in it opens nothing to anyone else.
 * Not the home folder itself, nor a path with `..`.
 */
const SELF_USER = /^(\$\(whoami\)|`whoami`|\$\(id -un?\)|\$USER|\$\{USER\}|\$LOGNAME)$/;
const SELF_GROUP = /^(\$\(id -gn?\)|staff|users)$/;
function givesHomeToItsUser(inv: Invocation, owner: string, path: string): boolean {
  const home = inv.scope.home?.replace(/\/+$/, '');
  if (inv.name !== 'chown' || !home || !path.startsWith(`${home}/`) || path.split('/').includes('..')) return false;
  return ownerIsSessionUser(home, owner);
}

/** Whether a `chown` owner (`USER[:GROUP]`) is the home folder's own user, with that user's group or none. */
function ownerIsSessionUser(home: string, owner: string): boolean {
  const name = home.slice(home.lastIndexOf('/') + 1);
  const self = (x: string): boolean => SELF_USER.test(x) || x === name;
  const [user = '', group, extra] = owner.replace(/"/g, '').split(':');
  return extra === undefined && self(user) && (group === undefined || group === '' || self(group) || SELF_GROUP.test(group));
}

/**
 * Round 30 (k30): Homebrew's own prefix given back to the session's user (`sudo chown -R $(whoami) /opt/homebrew`, the fix
 * `brew doctor` prints): Homebrew installs into a prefix its user owns by design (Homebrew docs, "Installation": `/opt/homebrew`
 * on Apple silicon, `/home/linuxbrew/.linuxbrew` on Linux, the `/usr/local/Homebrew` repository on Intel). Not `/usr/local`
 * itself or its other folders, which other installers share.
 */
const HOMEBREW_PREFIX = /^\/(opt\/homebrew|home\/linuxbrew\/\.linuxbrew|usr\/local\/Homebrew)(\/|$)/;
function givesHomebrewToItsUser(inv: Invocation, owner: string, path: string): boolean {
  const home = inv.scope.home?.replace(/\/+$/, '');
  return inv.name === 'chown' && !!home && HOMEBREW_PREFIX.test(path) && !path.split('/').includes('..') && ownerIsSessionUser(home, owner);
}

/**
 * Round 30 (k30): a mode that keeps everything for the owner and takes the rest from everyone else (`700`, `go=`), set
 * through a folder of the session's home (`chmod -R 700 ~/.ssh`, ssh(1)'s advice for `~/.ssh`): it opens nothing and the
 * owner loses no access. The home folder itself and system folders (`chmod -R 700 /tmp`: every other account shut out)
 * stay judged as before.
 */
const OWNER_ONLY_MODE = /^0?700$|^(u=rwx,)?(go|og)=$/;
function ownerOnlyInHome(inv: Invocation, mode: string, path: string): boolean {
  const home = inv.scope.home?.replace(/\/+$/, '');
  return inv.name === 'chmod' && OWNER_ONLY_MODE.test(mode) && !!home && path.startsWith(`${home}/`) && !path.split('/').includes('..');
}

/**
 * The lead's answer 223 (round 27): `chmod -R 777` (any mode that lets every account write: an octal other-digit with
 * write, `o+w`, `a=rwx`) of a project folder in a developer's workspace is a write, the project's own modes; on a server
 * (public-access.ts `sessionOnServer`) or under a web root (`/var/www`, `/srv`) it is answer 191's access widened.
 */
const WORLD_WRITABLE_MODE = /^0?[0-7]?[0-7]{2}[2367]$|(^|,)[ugo]*[ao][ugoa]*[+=][rwxXst]*w/;
const SERVED_ROOT = /^\/(var\/www|srv)(\/|$)/;
function worldWritableOnServer(inv: Invocation, mode: string, fx: PathEffect): boolean {
  return inv.name === 'chmod' && WORLD_WRITABLE_MODE.test(mode) && fx.cls !== 'temporary' && (SERVED_ROOT.test(fx.path) || sessionOnServer(inv.env.ctx));
}
/** Answer 223's other half: the project folder itself opened so in a developer's own workspace is a write too. */
function worldWritableProject(inv: Invocation, mode: string, path: string): boolean {
  return inv.name === 'chmod' && WORLD_WRITABLE_MODE.test(mode) && path === inv.scope.workspace && isOwnWorkspace(inv, path);
}

/**
 * A file that guards logins or privilege, or a program or start-up file root runs (sudoers, PAM, the account databases,
 * `/etc/security`, sshd's folder, cron's, systemd units, login profiles, the loader's settings, the program folders, /boot,
 * root's home), given to an account other than root by `chown` (its owner may then rewrite it), or a secret of the system
 * (SYSTEM_SECRET: shadow, host and TLS keys) given to a group other than root, shadow or ssl-cert, which then reads it
 * (round 29, s29). `chown root:shadow /etc/shadow`, `chgrp ssl-cert` of a TLS key, `chown postgres /etc/postgresql/…` (a
 * service's own configuration) are not.
 */
const GUARD_OR_ROOT_RUN = /^\/(etc\/(sudoers|pam\.d\/|g?shadow|passwd|group|security\/|ssh\/|cron|crontab|systemd\/|profile|bash\.bashrc|ld\.so|init\.d\/|rc\.local|polkit|doas)|(usr\/(local\/)?)?s?bin\/|boot\/|root(\/|$))/;
function guardFileGivenAway(name: string, owner: string | null, path: string): boolean {
  if (!GUARD_OR_ROOT_RUN.test(path) && !SYSTEM_SECRET.test(path)) return false;
  // An owner the input does not fix (`$USER`, `$(id -u)`) may be anyone's.
  if (owner === null || path.split('/').includes('..')) return true;
  const [user, group] = name === 'chgrp' ? ['', owner] : owner.replace(/"/g, '').split(/[:.]/, 2) as [string, string | undefined];
  if (GUARD_OR_ROOT_RUN.test(path) && user !== '' && !/^(root|0)$/.test(user)) return true;
  return SYSTEM_SECRET.test(path) && group !== undefined && group !== '' && !/^(root|0|shadow|ssl-cert)$/.test(group);
}

/**
 * Round 31 (s31): a tool's or a data disk's folder below /opt, /srv, /mnt, /media or /data (not the root itself) given to
 * the session's own user, on a machine the context does not place on a server (public-access.ts `sessionOnServer`): by
 * `chown -R` (with that user's group, none, or a web server's group, which then still reads a site) or by `setfacl -R -m`
 * entries that each name that user. A developer taking what they installed or mounted for themselves opens nothing to
 * another account. Not root's session, a path with `..`, a glob.
 */
const TOOL_OR_DATA_FOLDER = /^\/(opt|srv|mnt|media|data)\/[\w.+-]+(\/[\w.+-]+)*\/?$/;
const WEB_GROUP = /^(www-data|nginx|apache|http|httpd|caddy)$/;
function toolFolderToItsUser(inv: Invocation, owner: string, entries: readonly string[], path: string): boolean {
  const home = inv.scope.home?.replace(/\/+$/, '');
  if (!home || home === '/root' || !TOOL_OR_DATA_FOLDER.test(path) || path.split('/').includes('..') || sessionOnServer(inv.env.ctx)) return false;
  if (inv.name === 'chown') {
    const [user = '', group] = owner.replace(/"/g, '').split(':');
    return !/^(root|0)$/.test(user) && ownerIsSessionUser(home, group !== undefined && WEB_GROUP.test(group) ? user : owner);
  }
  const name = home.slice(home.lastIndexOf('/') + 1);
  return inv.name === 'setfacl' && entries.length > 0 && entries.every((e) => new RegExp(String.raw`^((d|default):)?(u|user):${name.replace(/[.+]/g, '\\$&')}:[rwxX-]+$`).test(e));
}

/**
 * Round 41 (sh41): one developer tool's folder under /opt (an SDK, a language runtime or toolchain, an IDE:
 * `/opt/android-sdk`, `/opt/jdk-21.0.2`, `/opt/toolchains/arm-gnu-13.2`) given a named group (`chgrp -R devs`) or a
 * mode by `chmod -R` that lets no other account write and sets no set-id or sticky bit, while the owner keeps read
 * (`755`, `a+rX`, `g+rwX`, `u+rwX,go+rX`): the tool's files are read and run as before, nothing is lost, and no account
 * beyond a named group may change them. The folder must name a developer tool (TOOL_NAME, a whole word of its first
 * name under /opt or /opt/toolchains); not /opt itself, a wildcard, a path not fixed, a data store's or service's folder
 * (`/opt/vault`, `/opt/mssql/data`), nor a folder named for secrets, keys, data or backups anywhere on its path, whole or as one word of a name (SECRET_SEGMENT:
 * `/opt/go-backups`).
 */
const TOOL_FOLDER = /^\/opt\/(?:toolchains\/)?([\w.+-]+)(\/[\w.+-]+)*$/;
const TOOL_NAME = /(^|[-_.\d])(sdk|ndk|jdk|jre|java|openjdk|temurin|zulu|graalvm|flutter|dart|android|android-studio|gradle|maven|ant|sbt|kotlinc|go|golang|node|nodejs|deno|bun|python|pypy|miniconda\d?|anaconda\d?|miniforge\d?|mambaforge|conda|julia|zig|rust|cargo|dotnet|cmake|ninja|llvm|clang|gcc|arm-gnu|arm-none-eabi|riscv|xtensa|esp-idf|toolchain|cuda|nvhpc|intel|oneapi|idea|idea-IC|idea-IU|pycharm|clion|goland|webstorm|rider|phpstorm|rubymine|datagrip|eclipse|netbeans|vscode|code|sublime_text|qt|qtcreator|unity|godot|blender|arduino|platformio|processing|matlab|sonar-scanner|protoc|bazel|buck|swift)(?=$|[-_.\d])/i;
const SECRET_SEGMENT = /(^|[-_.])(\.?ssh|\.?gnupg|secrets?|private|keys?|certs?|ssl|tls|pki|credentials?|data|db|database|backups?|vault|dumps?)(?=$|[-_.])/i;
const TOOL_GROUP = /^[a-z_][\w-]*$/i;
function toolFolderOpensNothing(inv: Invocation, mode: string, path: string): boolean {
  const m = TOOL_FOLDER.exec(path);
  if (m === null || !TOOL_NAME.test(m[1]!) || path.split('/').some((seg) => SECRET_SEGMENT.test(seg))) return false;
  if (inv.name === 'chgrp') return TOOL_GROUP.test(mode);
  return inv.name === 'chmod' && modeOpensNothing(mode);
}
/**
 * A chmod mode that lets no account other than the owner and group write, sets no set-id or sticky bit and leaves the
 * owner read: a numeric `[4-7][0-7][014-5]` (three digits, or four with a leading 0), or symbolic clauses none of which
 * gives `w` to others (`o`, `a` or no class letter, which umask alone narrows), sets `s` or `t`, or takes `r` from the owner.
 */
function modeOpensNothing(mode: string): boolean {
  if (/^\d+$/.test(mode)) return /^0?[4-7][0-7][0145]$/.test(mode);
  return mode.split(',').every((clause) => {
    const c = /^([ugoa]*)([-+=])([rwxX]*)$/.exec(clause);
    if (c === null) return false;
    const [, who, op, perms] = c as unknown as [string, string, string, string];
    const others = who === '' || /[oa]/.test(who);
    const owner = who === '' || /[ua]/.test(who);
    if (op !== '-' && others && perms.includes('w')) return false;
    return !(owner && ((op === '-' && perms.includes('r')) || (op === '=' && !perms.includes('r'))));
  });
}

/**
 * setfacl(1)'s operands apart: the entries of `-m`/`--modify`/`--set` (each may list several, comma-separated), and the
 * files (after the options; `-M`, `-X`, `--set-file` and `-x` take a value that is not a file).
 */
function aclOperands(args: readonly Word[]): { entries: string[]; paths: Word[] } {
  const entries: string[] = [];
  const paths: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === '-m' || v === '--modify' || v === '--set') {
      entries.push(...(args[i + 1]?.value ?? '').split(','));
      i++;
    } else if (v !== null && /^--(modify|set)=/.test(v)) entries.push(...v.slice(v.indexOf('=') + 1).split(','));
    else if (v === '-M' || v === '--modify-file' || v === '-X' || v === '--remove-file' || v === '--set-file' || v === '-x' || v === '--remove') i++;
    else if (v !== null && v.startsWith('-') && v !== '-') continue;
    else paths.push(args[i]!);
  }
  return { entries: entries.filter((e) => e !== ''), paths };
}

/**
 * ACL entries that give an account other than root a file that guards logins or privilege or that root runs
 * (GUARD_OR_ROOT_RUN) to write, or a secret of the system (SYSTEM_SECRET) to read or write (round 31, s31): as `chown`
 * of it to that account (guardFileGivenAway) or `chmod o+r /etc/shadow`. Named users and groups other than root (and
 * shadow or ssl-cert for a secret's group), and others (`o::`).
 */
function aclOpensGuardFile(entries: readonly string[], path: string): boolean {
  const secret = SYSTEM_SECRET.test(path);
  if (!secret && !GUARD_OR_ROOT_RUN.test(path)) return false;
  return entries.some((e) => {
    const m = /^(?:(?:d|default):)?(u|user|g|group|o|other):([^:]*):?([rwxX-]*)$/.exec(e);
    if (!m) return true;
    const [, who, name, perms] = m as unknown as [string, string, string, string];
    const other = who === 'o' || who === 'other';
    if (!other && (name === '' || /^(root|0)$/.test(name) || (secret && /^(g|group)$/.test(who) && /^(shadow|ssl-cert)$/.test(name)))) return false;
    return perms.includes('w') || (secret && perms.includes('r'));
  });
}

/** The programs through which an account becomes root (sudo(8), su(1), pkexec(1), doas(1)); each runs only set-user-ID root. */
const PRIVILEGE_PROGRAM = /^\/(usr\/)?(local\/)?s?bin\/(sudo|su|pkexec|doas)$/;
/**
 * Whether a chmod mode takes the set-user-ID bit from a regular file: a numeric mode without it (chmod(1): a numeric mode
 * sets every bit of a file, `755` clears set-user-ID), or a clause for the owner (`u`, `a` or none) that removes `s`
 * (`u-s`, `-s`) or sets the bits exactly without it (`u=rwx`). The lead's answer 343.4 (round 32).
 */
function dropsSetuid(mode: string): boolean {
  if (/^[0-7]{1,4}$/.test(mode)) return !/^[4-7][0-7]{3}$/.test(mode);
  return mode.split(',').some((clause) => {
    const m = /^([ugoa]*)([-=])([rwxXst]*)$/.exec(clause);
    return m !== null && (m[1] === '' || /[ua]/.test(m[1]!)) && (m[2] === '-' ? m[3]!.includes('s') : !m[3]!.includes('s'));
  });
}
/**
 * setfacl(1) entries read from a file or its input (`-M`/`--modify-file`, `--set-file`, `--restore`, which names the
 * paths too): what they grant is not in the line, so not known (round 41, bl41sys). `-X`/`--remove-file` only removes.
 */
function aclEntriesUnseen(args: readonly Word[]): boolean {
  return args.some((a) => a.value === null || a.value === '-M' || a.value === '--modify-file' || a.value === '--set-file' || /^--(modify-file|set-file|restore)(=|$)/.test(a.value));
}
export function chmodChown(inv: Invocation): void {
  const recursive = hasFlag(inv.args, '-R', '--recursive');
  const acl = inv.name === 'setfacl' ? aclOperands(inv.args) : null;
  if (acl && aclEntriesUnseen(inv.args)) inv.env.b.verb('permissions').opaque('acl_entries_unseen', '`setfacl` sets access entries read from a file or its input, which the line does not show', inv.span);
  const operands = acl ? [{ text: '', value: acl.entries.join(','), start: inv.span.start, end: inv.span.start, glob: false }, ...acl.paths] : positionals(inv.args, new Set(['--reference', '--from']));
  const paths = acl ? acl.paths : operands.slice(inv.args.some((a) => a.value?.startsWith('--reference=')) ? 0 : 1);
  const mode = operands[0]?.value ?? '';
  const b = inv.env.b.verb('permissions');
  for (const p of paths) {
    const fx = pathEffect(inv, p);
    const kind = fx.cls === 'control_plane' ? 'control_plane' : 'filesystem';
    b.target({ kind, id: fx.path, environment: null, home: false, verbs: ['permissions'], ...(fx.cls === 'critical' ? { critical: true } : {}) });
    if (fx.cls === 'control_plane') b.destroy('control_plane_permissions', `\`${inv.name}\` changes Portcullis's own files`, { start: p.start, end: p.end });
    else if (inv.name === 'chmod' && !p.glob && PRIVILEGE_PROGRAM.test(fx.path) && dropsSetuid(mode)) b.destroy('privilege_lockout', `\`chmod ${mode}\` takes the set-user-ID bit from \`${fx.path}\`: nobody can become root through it, a lock-out (the lead's answer 343.4)`, { start: p.start, end: p.end });
    // One folder without `-R` too (the lead's answer 249, round 28): every account there may write into it.
    else if (worldWritableOnServer(inv, mode, fx) && !(TEMP_ROOT_MODE.test(mode) && !recursive && isTemporaryRoot(fx.path))) b.destroy('access_widened', `\`chmod ${recursive ? '-R ' : ''}${mode}\` lets every account write \`${fx.path}\` on a server or under a web root (the lead's answers 223, 249)`, { start: p.start, end: p.end });
    else if (recursive && inv.name === 'chmod' && LARAVEL_WRITABLE_MODE.test(mode) && LARAVEL_WRITABLE.test(fx.path) && !p.glob && !fx.path.split('/').includes('..') && (/^\/(var\/www|srv|opt)\/[^/]+\//.test(fx.path) || isOwnWorkspace(inv, fx.path))) b.finding('app_folder_owner', `\`chmod -R ${mode}\` lets the web server's group write Laravel's \`${fx.path}\` (the lead's answer 150)`, { start: p.start, end: p.end });
    else if (recursive && inv.name === 'chown' && SERVICE_OWNER.test(mode) && APP_FOLDER.test(fx.path) && !p.glob) b.finding('app_folder_owner', `\`chown -R ${mode}\` gives an application's folder \`${fx.path}\` to its service account`, { start: p.start, end: p.end });
    else if (recursive && inv.name === 'setfacl' && hasFlag(inv.args, '-m', '--modify') && NAMED_READ_ENTRIES.test(mode) && (APP_FOLDER.test(fx.path) || SERVICE_LOG_FOLDER.test(fx.path)) && !p.glob && !fx.path.split('/').includes('..')) b.finding('named_read_grant', `\`setfacl -R -m ${mode}\` lets one named account read an application's folder \`${fx.path}\``, { start: p.start, end: p.end });
    else if (recursive && inv.name === 'setfacl' && hasFlag(inv.args, '-m', '--modify') && SERVICE_ENTRIES.test(mode) && APP_FOLDER.test(fx.path) && !p.glob && !fx.path.split('/').includes('..')) b.finding('service_account_grant', `\`setfacl -R -m ${mode}\` gives an application's folder \`${fx.path}\` to its service account, as \`chown -R\` would`, { start: p.start, end: p.end });
    else if (recursive && fx.cls !== 'unknown' && !p.glob && givesHomeToItsUser(inv, operands[0]?.text ?? '', fx.path)) b.finding('home_owner_restored', `\`chown -R\` gives \`${fx.path}\` back to the home folder's own user`, { start: p.start, end: p.end });
    else if (recursive && fx.cls !== 'unknown' && !p.glob && givesHomebrewToItsUser(inv, operands[0]?.text ?? '', fx.path)) b.finding('home_owner_restored', `\`chown -R\` gives Homebrew's prefix \`${fx.path}\` back to its user`, { start: p.start, end: p.end });
    else if (recursive && fx.cls !== 'unknown' && !p.glob && toolFolderToItsUser(inv, operands[0]?.text ?? '', acl?.entries ?? [], fx.path)) b.finding('tool_folder_owner', `\`${inv.name} -R\` gives \`${fx.path}\`, a tool's or data folder, to the session's own user`, { start: p.start, end: p.end });
    else if (recursive && fx.cls === 'critical' && !p.glob && toolFolderOpensNothing(inv, mode, fx.path)) b.finding('tool_folder_modes', `\`${inv.name} -R ${mode}\` on \`${fx.path}\`, one developer tool's folder: no other account may write it and nothing is set-id`, { start: p.start, end: p.end });
    else if (recursive && (fx.cls === 'critical' || fx.cls === 'unknown' || fx.cls === 'outside') && !isOwnWorkspace(inv, fx.path) && !(inv.name === 'chmod' && ONLY_REMOVES_MODE.test(mode)) && !(fx.cls !== 'unknown' && !p.glob && ownerOnlyInHome(inv, mode, fx.path))) b.destroy('recursive_permissions', `\`${inv.name} -R\` on \`${fx.path}\``, { start: p.start, end: p.end });
    // A temporary root's own standard mode (`chmod 1777 /tmp`: everyone writes, the sticky bit keeps each user's files
    // their own; the Filesystem Hierarchy Standard's /tmp) set again opens nothing (round 28, s28). Not `-R`, which reaches
    // every file in it.
    else if (inv.name === 'chmod' && !recursive && TEMP_ROOT_MODE.test(mode) && !p.glob && isTemporaryRoot(fx.path)) b.finding('temporary_root_mode', `\`chmod ${mode}\` sets \`${fx.path}\`'s standard mode (world-writable with the sticky bit)`, { start: p.start, end: p.end });
    else if (fx.cls === 'critical' && (OPEN_MODE.test(mode) || (inv.name === 'chmod' && SET_ID_MODE.test(mode))) && !worldWritableProject(inv, mode, fx.path)) b.destroy('critical_permissions', `\`${inv.name}\` on \`${fx.path}\``, { start: p.start, end: p.end });
    else if (acl && !p.glob && fx.cls === 'critical' && aclOpensGuardFile(acl.entries, fx.path)) b.destroy('access_widened', `\`setfacl\` gives another account \`${fx.path}\`, a file that guards logins or privilege, that root runs, or a secret of the system`, { start: p.start, end: p.end });
    else if ((inv.name === 'chown' || inv.name === 'chgrp') && !recursive && !p.glob && fx.cls === 'critical' && guardFileGivenAway(inv.name, operands[0]?.value ?? null, fx.path)) b.destroy('access_widened', `\`${inv.name} ${operands[0] ? shown(operands[0]) : ''}\` gives \`${fx.path}\`, a file that guards logins or privilege or that root runs, to another account`, { start: p.start, end: p.end });
    // ssh(1), FILES: a private key "should be readable by the user but not accessible by others"; a mode that lets the group
    // or others read it gives the key to every account on the machine (and ssh then refuses to use it).
    else if (inv.name === 'chmod' && PRIVATE_KEY.test(fx.path) && KEY_READABLE_MODE.test(inv.args[0]?.value ?? '')) b.destroy('private_key_exposed', `\`chmod ${inv.args[0]!.value}\` lets other accounts read the private key \`${fx.path}\``, { start: p.start, end: p.end });
    // shadow(5): "This file must not be readable by regular users"; the host's private keys and TLS keys likewise. A mode
    // that lets every account read one hands out the password hashes or the host's identity (Debian's `640 root:shadow`,
    // a group read, is the default and stays a change).
    else if (inv.name === 'chmod' && SYSTEM_SECRET.test(fx.path) && WORLD_READABLE_MODE.test(mode)) b.destroy('secret_file_exposed', `\`chmod ${mode}\` lets every account read \`${fx.path}\``, { start: p.start, end: p.end });
  }
}

export function rsync(inv: Invocation): void {
  const b = inv.env.b.verb('write', 'network');
  const paths = positionals(inv.args, new Set(['-e', '--rsh', '--exclude', '--include', '--filter', '-f', '--files-from', '--exclude-from', '--include-from', '--password-file', '--chmod', '--chown', '--backup-dir', '--suffix', '--port']));
  const dest = paths[paths.length - 1];
  // `--remove-source-files` is a move: the sender deletes what was transferred, which now exists at the destination.
  // The lead's answer 370.4 (round 36): `--backup-dir=DIR` (rsync(1): it implies `--backup`) and `--backup` with `--suffix`
  // keep what the prune removes (each deleted or replaced file is moved into DIR or renamed beside it): the mirror is then a
  // copy, judged as one without `--delete` (a system path or a start-up file overwritten keeps its answer). Answer 375.2
  // (round 37): `--backup|-b` without `--suffix` keeps them too, each renamed `NAME~` beside it (rsync(1): the default suffix
  // is `~` without `--backup-dir`, and rsync then protects `*~` from the prune: `-f "P *~"`).
  const pruned = hasFlag(inv.args, '--delete', '--delete-before', '--delete-after', '--delete-during', '--delete-delay', '--delete-excluded', '--del');
  // Round 41 (bl41dr): `--backup-dir=DIR` whose DIR is not fixed (`…/.deleted-$(date +%F)`) is the option all the same:
  // rsync moves what it prunes into DIR, wherever that is.
  const keepsPruned = hasFlag(inv.args, '--backup-dir', '--backup', '-b') || inv.args.some((a) => a.value === null && a.text.startsWith('--backup-dir='));
  const deletes = pruned && !keepsPruned;
  const dry = hasFlag(inv.args, '-n', '--dry-run');
  // `[user@]host:path` on either side names a host, and the host name can say its environment (`prod-web-1`).
  const remote = (w: Word | undefined): string | null => (w && w.value !== null && /^[^/]*:/.test(w.value) && !/^[^/:]*::/.test(w.value) ? w.value.split(':')[0]!.replace(/^[^@]*@/, '') : null);
  for (const p of paths.slice(0, -1)) {
    const host = remote(p);
    if (host) b.target(envTarget(inv, 'host', p.value!, [clue('names', host)], ['read']));
  }
  const destHost = remote(dest);
  if (dry) {
    if (destHost) b.target(envTarget(inv, 'host', dest!.value!, [clue('names', destHost)], ['read']));
    b.finding('dry_run', '`rsync --dry-run` changes nothing');
    return;
  }
  if (!dest) return;
  // As for `mv`: moving away a system path, a critical folder or one we cannot pin down still empties it here.
  if (hasFlag(inv.args, '--remove-source-files')) {
    for (const p of paths.slice(0, -1)) {
      if (p.value !== null && /^[^/]*:/.test(p.value)) continue;
      const fx = pathEffect(inv, p);
      if (movingAwayLoses(fx)) fileTarget(inv, p, 'delete', { recursive: true, what: '`rsync --remove-source-files` moves away' });
    }
  }
  if (deletes && dest.value !== null && mirrorOntoBackup(dest.value)) {
    if (destHost) b.target(envTarget(inv, 'host', dest.value, [clue('names', destHost)]));
    b.verb('delete').target({ kind: 'filesystem', id: dest.value, environment: null, home: false, verbs: ['delete'] }).destroy('backup_mirror_delete', `\`rsync --delete\` onto the backup \`${dest.value}\` deletes what only the backup still held`, inv.span);
    return;
  }
  if (destHost) {
    b.target(envTarget(inv, 'host', dest.value!, [clue('names', destHost)]));
    if (deletes && deploysBuildOutput(inv, paths.slice(0, -1), dest.value!)) b.verb('deploy').finding('rsync_deploy', '`rsync --delete` of a build output folder to a web root: a deploy', inv.span);
    else if (deletes) b.verb('delete').destroy('rsync_delete', '`rsync --delete` removes files on the remote side', inv.span);
    else remoteSystemOverwrite(inv, paths.slice(0, -1), dest, dest.value!.split(':')[0]!);
    return;
  }
  // rsync(1) `--ignore-existing`: "skip updating files that exist on receiver": only new files are made.
  if (!deletes && hasFlag(inv.args, '--ignore-existing')) {
    const fx = pathEffect(inv, dest);
    // A new file is itself a grant in a system folder (`/etc/sudoers.d/`, `/etc/cron.d/`, systemd units) or in `~/.ssh`
    // (a new `authorized_keys`): only new files under the home folder or the workspace, outside `~/.ssh`, add nothing.
    const roots = [inv.scope.home, inv.scope.workspace].filter((r): r is string => r !== undefined && r !== '/').map((r) => r.replace(/\/+$/, ''));
    const grants = (fx.cls === 'critical' && !roots.some((r) => fx.path === r || fx.path.startsWith(`${r}/`))) || /\/\.ssh(\/|$)/.test(fx.path);
    if (fx.cls !== 'control_plane' && fx.cls !== 'unknown' && !grants) {
      b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('rsync_new_files_only', '`rsync --ignore-existing` replaces no file that is there', inv.span);
      return;
    }
  }
  if (deletes && dest.value !== null && deploysBuildOutput(inv, paths.slice(0, -1), dest.value)) {
    b.verb('deploy').target({ kind: 'filesystem', id: dest.value, environment: null, home: false, verbs: ['deploy'] }).finding('rsync_deploy', '`rsync --delete` of a build output folder to a web root: a deploy', inv.span);
    return;
  }
  fileTarget(inv, dest, deletes ? 'delete' : 'write', { recursive: deletes, what: deletes ? '`rsync --delete` prunes' : '`rsync` writes into' });
}

/** Folders a static-site or front-end build writes its whole output into (answer 77): `public` too, Hugo's and Gatsby's. */
const DEPLOYED_BUILD_OUTPUT = /^(dist|build|public|out|_site)$/;
/**
 * A web root on the receiving host: a folder of `/srv/<app>/` (answer 77's shape), no data, backup or home folder, no
 * `..`. Not `/var/www` or `/srv/www` (SUSE's document root), the web server's shared root, where older sets label a
 * prune destructive.
 */
const WEB_ROOT = /^\/srv\/(?!www\/|htdocs\/)[\w.-]+(\/[\w.-]+)+\/?$/;
const NOT_WEB_ROOT_STEP = /^(\.\.?|data|db|database|backups?|home|root|\.ssh|uploads|media|storage)$/i;

/**
 * `rsync -a --delete dist/ HOST:/srv/shop/static/` (the lead's answer 77, round 20): the receiver's folder is made a
 * copy of one build output folder of the workspace (rsync(1) `--delete`: "delete extraneous files from dest dirs"), which
 * is how a static site is deployed. One source only, inside the workspace, named as a build's output folder; a web root
 * as the target.
 */
function deploysBuildOutput(inv: Invocation, sources: Word[], dest: string): boolean {
  const [source] = sources;
  if (sources.length !== 1 || source!.value === null || /^[^/]*:/.test(source!.value) || /(^|\/)\.\.(\/|$)/.test(source!.value)) return false;
  const abs = resolvePath(source!.value.replace(/\/\.?$/, ''), inv.scope);
  const root = inv.scope.workspace ?? inv.scope.cwd;
  if (abs === null || root === undefined || !abs.startsWith(`${root.replace(/\/+$/, '')}/`) || !DEPLOYED_BUILD_OUTPUT.test(abs.split('/').at(-1) ?? '')) return false;
  const path = dest.slice(dest.indexOf(':') + 1);
  return (WEB_ROOT.test(path) || previewWebRoot(path)) && !path.split('/').some((step) => NOT_WEB_ROOT_STEP.test(step));
}

/**
 * A folder of the web server's shared root (`/var/www`, `/srv/www`) named for a preview, a pull request or a CI run
 * (`/var/www/preview/`, `/var/www/pr-123/`, `/var/www/shop/pr-88/`): the lead's answer 102, answer 92's exception to
 * decision 16. The shared root itself, `html` and any other site stay destructive (what a site holds beside the build,
 * uploads, is lost).
 */
function previewWebRoot(path: string): boolean {
  const m = /^\/(?:var|srv)\/www\/(.+?)\/?$/.exec(path);
  return m !== null && m[1]!.split('/').some((step) => /^previews?$|^preview[-_.]/i.test(step) || namesScratchEnvironment(step));
}

/** find's tests and actions that take one operand (two for -fprintf), from the find manual. */
const FIND_VALUED: Record<string, number> = Object.fromEntries([
  ...['-name', '-iname', '-path', '-ipath', '-wholename', '-iwholename', '-regex', '-iregex', '-lname', '-ilname', '-type', '-xtype', '-user', '-group', '-uid', '-gid', '-perm', '-size', '-mtime', '-mmin', '-atime', '-amin', '-ctime', '-cmin', '-used', '-newer', '-anewer', '-cnewer', '-samefile', '-inum', '-links', '-fstype', '-maxdepth', '-mindepth', '-printf', '-fprint', '-fprint0', '-fls', '-context', '-regextype', '-files0-from'].map((n) => [n, 1] as const),
  ['-fprintf', 2],
]);

/**
 * The primaries of a find expression: `-delete` in `find . -name -delete` is the pattern `-name`
 * matches, and words inside `-exec … ;` belong to the command run.
 */
function findPrimaries(args: Word[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null || !v.startsWith('-')) continue;
    out.add(v);
    if (/^-(exec|execdir|ok|okdir)$/.test(v)) {
      while (i + 1 < args.length && !/^(;|\\;|\+)$/.test(args[i + 1]!.value ?? '')) i++;
      i++;
    } else if (/^-newer[aBcmt][aBcmt]$/.test(v)) i++;
    else i += FIND_VALUED[v] ?? 0;
  }
  return out;
}

/** `*.py[co]`: the names a pattern's bracket sets stand for, one per member (a range or a negated set: null). */
function bracketExpansions(pattern: string): string[] | null {
  const m = /\[([^\]]*)\]/.exec(pattern);
  if (!m) return [pattern];
  if (/^[!^]|-/.test(m[1]!) || m[1] === '') return null;
  const out: string[] = [];
  for (const ch of m[1]!) {
    const rest = bracketExpansions(pattern.slice(0, m.index) + ch + pattern.slice(m.index + m[0].length));
    if (rest === null) return null;
    out.push(...rest);
  }
  return out.slice(0, 32);
}

/** A find name test every match of which is build output, a cache or a rebuildable file by the shared tables. */
function rebuildableFindName(pattern: string): boolean {
  if (REBUILDABLE.has(pattern)) return true;
  const names = bracketExpansions(pattern);
  return names !== null && names.every(rebuildableFileWildcard);
}

/**
 * A find expression whose matches all lie in build output or a cache by a path test through such a folder (`-path`
 * or `-ipath` with a `__generated__` or `dist` segment, not negated) and which joins its tests with AND only (no `-o`,
 * `-or`, `,`).
 */
function pathTestsThroughRebuildable(args: Word[]): boolean {
  if (args.some((a) => a.value === '-o' || a.value === '-or' || a.value === ',')) return false;
  return args.some((a, i) => /^-(i?path|i?wholename)$/.test(a.value ?? '') && !/^(!|-not)$/.test(args[i - 1]?.value ?? '')
    && (args[i + 1]?.value ?? '').split('/').some((seg) => REBUILDABLE.has(seg)));
}

/**
 * Round 34 (s34): the tests from `from` up to the next `-o` include `-prune` and an `-o` follows (`-name dist -prune -o
 * -delete`): what they name is skipped and the other branch acts on everything else. A `-prune` with no `-o` after it
 * (`-name __pycache__ -prune -exec rm -rf {} +`) only stops find descending into what it acts on.
 */
function prunedAlternative(args: Word[], from: number): boolean {
  let pruned = false;
  for (let j = from; j < args.length; j++) {
    const v = args[j]!.value;
    if (v === '-o' || v === '-or' || v === ',') return pruned;
    if (v === '-prune') pruned = true;
  }
  return false;
}

/** `rm`, `/bin/rm`, `unlink`, …: a command run on find's matches that deletes them. */
/**
 * Round 29 (t29): the command of `-exec|-execdir|-ok|-okdir` at `i` asks before it acts and nothing is piped in to answer:
 * `-ok`/`-okdir` (find(1): "ask the user first", reading the answer from standard input) and `rm -i` (rm(1), as a plain
 * `rm -i` is judged: rm_interactive). An input piped in (`yes | find … -ok rm {} \;`) may answer yes.
 */
function findAsksFirst(inv: Invocation, args: Word[], i: number): boolean {
  if (inv.stdin) return false;
  if (/^-ok(dir)?$/.test(args[i]!.value ?? '')) return true;
  const end = args.findIndex((a, j) => j > i && (a.value === ';' || a.value === '+' || a.value === '\\;'));
  return args[i + 1]?.value?.replace(/^.*\//, '') === 'rm' && asksEveryRemoval(args.slice(i + 2, end === -1 ? undefined : end));
}

function isDeleter(w: Word | undefined): boolean {
  return /^(rm|unlink|shred|srm|del)$/.test(w?.value?.replace(/^.*\//, '') ?? '');
}

/** The home folder itself or a path in it. */
/**
 * A name test that matches only dependency and bytecode caches (`node_modules`, `__pycache__`, `*.pyc`): swept from
 * anywhere in the home, as no program installs a folder of its own under these names.
 */
export const DEPENDENCY_CACHE_NAME = /^["']?(node_modules|__pycache__|\.pytest_cache|\.mypy_cache|\.ruff_cache|\*\.py[co]|\*\.py\[co\]|\.DS_Store)["']?$/i;

function withinHome(inv: Invocation, path: string): boolean {
  const home = inv.scope.home;
  return !!home && home !== '/' && (path === home || path.startsWith(`${home}/`));
}

/** Backup retention of at least this many days is benign (lead decision, round 14). */
export const BACKUP_RETENTION_DAYS = 30;

/** A logrotate output name as a find pattern: `*.gz`, `*.log.gz`, `*.1`, `*.[0-9]`, `*.log.[0-9]*.gz`, `*.old`, other compressors. */
const ROTATED_LOG_NAME = /^\*(\.log)?(\.(\d+|\[0-9\]\*?))?\.(gz|xz|bz2|zst)$|^\*(\.log)?\.(\d+|\[0-9\]|old)$/;

/**
 * The least age, in days, every match of a find must have, from its `-mtime +N` / `-ctime +N` (more than N whole days:
 * at least N+1) or `-mmin +M` / `-cmin +M` tests, when the expression has no `-o`/`,` and no negation of them; null
 * when it sets none.
 */
function findMinimumAgeDays(args: Word[]): number | null {
  if (args.some((a) => a.value === '-o' || a.value === '-or' || a.value === ',')) return null;
  let days: number | null = null;
  args.forEach((a, i) => {
    if (/^(!|-not)$/.test(args[i - 1]?.value ?? '')) return;
    const v = /^\+(\d{1,6})$/.exec(args[i + 1]?.value ?? '')?.[1];
    if (v === undefined) return;
    const d = a.value === '-mtime' || a.value === '-ctime' ? Number(v) + 1 : a.value === '-mmin' || a.value === '-cmin' ? Math.floor(daysIn(v, 'minute')) : null;
    if (d !== null) days = Math.max(days ?? 0, d);
  });
  return days;
}

/** A `-user` operand that names the agent's own account: its home folder's name, `$USER`, `$LOGNAME` or `$(whoami)`/`$(id -un)`. */
function isSelf(inv: Invocation, w: Word | undefined): boolean {
  if (w === undefined) return false;
  const home = inv.scope.home?.replace(/\/+$/, '');
  const own = home ? home.slice(home.lastIndexOf('/') + 1) : undefined;
  return (w.value !== null && own !== undefined && own !== '' && own !== 'root' && w.value === own) || /^"?\$(\{?(USER|LOGNAME)\}?|\((whoami|id -un)\))"?$/.test(w.text);
}

/**
 * A find expression that matches only broken symbolic links: `-xtype l` without `-L`/`-follow` (find(1): for a link, `-xtype`
 * tests the type of what it points to, and a link whose target is gone is tested as the link itself), or `-type l` with
 * `-L`/`-follow` (then only a link find cannot follow is still a link), not negated, with no `-o`/`,` beside it and no
 * `-type` of another letter. Removing such a link loses nothing: it points at nothing (round 31, s31).
 */
function danglingLinksOnly(args: Word[]): boolean {
  if (args.some((a) => a.value === '-o' || a.value === '-or' || a.value === ',')) return false;
  const follows = args.some((a) => a.value === '-L' || a.value === '-follow');
  const negated = (i: number): boolean => /^(!|-not)$/.test(args[i - 1]?.value ?? '');
  const tests = args.flatMap((a, i) => (a.value === '-type' || a.value === '-xtype' ? [{ test: a.value, letter: args[i + 1]?.value ?? '', negated: negated(i) }] : []));
  if (tests.some((t) => t.negated || t.letter !== 'l')) return false;
  return tests.some((t) => (t.test === '-xtype' && !follows) || (t.test === '-type' && follows));
}

/**
 * The lead's answer 385.3 (round 38): a find whose matches are picked by name patterns in the working folder (`find .
 * -maxdepth 2 -name 'core.*' -delete`) deletes matching files, not the folder: each pattern is judged as `rm` judges
 * those files there (pathEffect's answer 380.8 and the shared tables: core dumps, bytecode, logs, temporary files are
 * disposable; `*.db`, `results-*.db` data; a bare `*.ext` no table knows is judged by the folder). The patterns: every
 * `-name`/`-iname` operand that is not negated, each with a wildcard; `-o` only between two name tests (`\( -name a -o
 * -name b \)`); no `-path`/`-regex` test, no `-prune`, no `-L`/`-follow` (a link could lead out of the folder); null
 * when the expression is not so read.
 */
function workingFolderNamePatterns(args: Word[]): string[] | null {
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) return null;
    if (/^-(i?path|i?wholename|i?regex|prune|L|follow|lname|ilname)$/.test(v)) return null;
    if (v === '-o' || v === '-or') {
      if (!/^-i?name$/.test(args[i - 2]?.value ?? '') || !/^-i?name$/.test(args[i + 1]?.value ?? '')) return null;
      continue;
    }
    if (v === ',') return null;
    if (/^-i?name$/.test(v)) {
      const n = args[i + 1]?.value ?? null;
      if (n === null || /^(!|-not)$/.test(args[i - 1]?.value ?? '')) return null;
      if ((!/[*?[]/.test(n) && !CORE_DUMP_NAME.test(n)) || n.includes('/')) return null;
      patterns.push(n);
      i++;
    }
  }
  return patterns.length > 0 ? patterns : null;
}

/**
 * The lead's answer 387.1 (round 38): a folder that is an application's own logs (`/var/log/myapp`, `/opt/app/logs`,
 * `/srv/shop/storage/logs`: paths.ts isAppLogFile of what lies in it), not the system's records (`/var/log` itself, its
 * audit, journal, sssd and apt folders), not an audit or backups folder, not a `logs` folder directly in the home or at
 * `/` (whose owner no path says). MySQL's and MariaDB's folders under /var/log hold Debian's binary logs too.
 */
function isAppLogFolder(path: string, home: string | undefined): boolean {
  if (path.split('/').includes('..') || /[*?[]/.test(path)) return false;
  const parent = path.slice(0, path.lastIndexOf('/'));
  if (parent === '' || parent === home || underBackupsFolder(`${path}/x`) || /^\/var\/log\/(mysql|mariadb)(\/|$)/.test(path)) return false;
  return (/\/logs?$/.test(path) || /^\/var\/log\/[^/]+/.test(path)) && isAppLogFile(`${path}/x`);
}

/**
 * Core dumps by the names the kernel and tools give them (core(5): `core`, `core.PID` with core_uses_pid; valgrind's
 * `vgcore.PID`; the BSDs' `PROG.core`): diagnostic copies of a crashed process, disposable as systemd-coredump's are.
 */
const CORE_DUMP_NAME = /^(core|core\.\*|core\.\[0-9\]\*|core\.\d+|vgcore\.\*|vgcore\.\d+|\*\.core)$/;
/**
 * Answer 385.3: a find name pattern in the working folder names disposable files: core dumps (files only: `-exec rm -r`
 * on a `core.*` folder could take a package of that name), or what `rm` of that pattern there reads as build output,
 * cache, logs or temporary files (pathEffect and the shared tables). Anything else (`mock_*.go`, `results-*.db`) is a
 * delete of those files in every folder below, judged as before.
 */
function namesDisposableFiles(inv: Invocation, r: Word, pattern: string, recursive: boolean): boolean {
  if (CORE_DUMP_NAME.test(pattern)) return !recursive;
  const at = `${(r.value ?? '.').replace(/\/+$/, '') || '/'}/${pattern}`;
  const cls = pathEffect(inv, { ...r, text: at, value: at, glob: true }).cls;
  return cls === 'rebuildable' || cls === 'temporary';
}

/** A find root that is the working folder itself (`.`, `./`, its absolute path), not the home and not `/`. */
function isWorkingFolderRoot(inv: Invocation, r: Word): boolean {
  if (r.value === null || r.glob) return false;
  const abs = resolvePath(r.value, inv.scope);
  const root = inv.scope.workspace ?? inv.scope.cwd;
  return abs !== null && (abs === root || abs === inv.scope.cwd) && abs !== inv.scope.home && abs !== '/';
}

export function find(inv: Invocation): void {
  const b = inv.env.b.verb('read');
  const args = inv.args;
  const roots: Word[] = [];
  // find(1): the options `-H`, `-L`, `-P`, `-D DEBUGOPTS` and `-OLEVEL` come before the starting points
  // (`find -L /tmp …` searches /tmp, not the working directory).
  let at = 0;
  while (at < args.length && /^-([HLP]|D|O\d*)$/.test(args[at]!.value ?? '')) at += args[at]!.value === '-D' ? 2 : 1;
  for (const a of args.slice(at)) {
    if (a.value !== null && (a.value.startsWith('-') || a.value === '(' || a.value === '!')) break;
    roots.push(a);
  }
  const exprAt = at + roots.length;
  if (roots.length === 0) roots.push({ text: '.', value: '.', start: inv.span.start, end: inv.span.end, glob: false });
  // The name tests a match must pass: a negated one (`! -name keep.log`, `-not -name dist`) only narrows, and a find whose
  // every name test is negated matches everything else. Round 34 (s34): so does a pruned one (`-name dist -prune -o
  // -delete`, find(1)): what it names is skipped and everything else is deleted.
  const names = args.flatMap((a, i) => (a.value && /^-(i?name|i?path|i?wholename|regex)$/.test(a.value) && !/^(!|-not)$/.test(args[i - 1]?.value ?? '') && !prunedAlternative(args, i + 2) ? [args[i + 1]?.value ?? null] : []));
  // Names that are caches wherever they are (unlike `build` or `dist`, which a project may write by hand): safe to sweep under home.
  const onlyCaches = names.length > 0 && names.every((n) => n !== null && DEPENDENCY_CACHE_NAME.test(n));
  // `-name dist -o -name .next`, `-name '*.py[co]'`: names from the shared tables of build output, caches and rebuildable files.
  // Round 25 (k25f): both folders of a build-output pair (`-name bin -o -name obj`, the lead's answer 121) are that build
  // output, in a search of the workspace only (not of a home that holds `~/bin`, `~/.local/bin`).
  const project = inv.scope.workspace ?? inv.scope.cwd;
  const inProject = !!project && project !== inv.scope.home && roots.every((r) => {
    const abs = r.value === null || r.glob ? null : resolvePath(r.value, inv.scope);
    return abs !== null && (abs === project || abs.startsWith(`${project}/`));
  });
  const paired = inProject ? buildOutputPairs(names.map((n) => (n === null || n.includes('/') ? null : `/${n}`)), inv.scope) : new Set<string>();
  let onlyRebuildable = names.length > 0 && names.every((n) => n !== null && (/(\.(pyc|pyo|o|log|tmp|swp|class|orig|rej)|__pycache__|node_modules|\.DS_Store|\.pytest_cache|\.mypy_cache|\.ipynb_checkpoints|dist|build|\.cache|coverage)["']?$/.test(n) || rebuildableFindName(n) || paired.has(`/${n.toLowerCase()}`)));
  // `-path '*/__generated__/*'`, `-path './dist/*'`: with no `-o`/`,`, every test must pass, so a path test through a
  // build-output or cache folder (the shared table) keeps every match inside such a folder, whatever the other tests.
  if (!onlyRebuildable && pathTestsThroughRebuildable(args)) onlyRebuildable = true;
  // Files a later command of the same `&&` list writes again (answers 197 and 328; walk.ts markRegenerated: Jest or Vitest
  // snapshots, mockgen's mocks), in the project the command works on (the workspace), not a search of the home or beyond.
  const sweptForRegeneration = (r: Word, name: string): boolean => {
    const abs = r.value === null || r.glob ? null : resolvePath(r.value, inv.scope);
    return abs !== null && inProject && inv.scope.generatedSweeps?.has(`${abs.toLowerCase()}\0${name}`) === true;
  };
  if (!onlyRebuildable && names.length > 0 && names.every((n) => n === names[0]) && roots.every((r) => sweptForRegeneration(r, names[0]!))) onlyRebuildable = true;
  // `-exec rm {} +` / `-exec rm {} \;` deletes every match under the roots, like `-delete`; not a command that asks first
  // with nothing piped in to answer it (findAsksFirst).
  const execDeletes = args.some((a, i) => /^-(exec|execdir|ok|okdir)$/.test(a.value ?? '') && isDeleter(args[i + 1]) && args.slice(i + 2).some((x) => x.value === '{}') && !findAsksFirst(inv, args, i));
  const primaries = findPrimaries(args);
  // Matches lie below a root, never the root itself: with `-mindepth 1` (find(1)), or a name test the root's own name
  // fails (`-name 'jest_*'` under /tmp; not `-name '*'`, which /tmp passes too).
  const minDepth = Number(optionValue(args, '-mindepth') ?? 0) >= 1;
  // SECURITY: `-L` and `-follow` (find(1)) descend symbolic links, so a match under a temporary root may be a path
  // through a link there (`/tmp/l/…` with `/tmp/l -> ~`): below the root is then no longer inside it.
  const followsLinks = args.some((a) => a.value === '-L' || a.value === '-follow');
  // `-type f` (not negated, no `-o`/`,` beside it, one letter that is not `d`) matches no folder, so never the root folder.
  const alternatives = args.some((a) => a.value === '-o' || a.value === '-or' || a.value === ',');
  const nonFoldersOnly = !alternatives && args.some((a, i) => a.value === '-type' && /^[fl]$/.test(args[i + 1]?.value ?? '') && !/^(!|-not)$/.test(args[i - 1]?.value ?? ''));
  // `-user SELF` (the agent's own account, by its home folder's name, `$USER` or `$(whoami)`) never matches /tmp or /var/tmp
  // themselves, which root owns (mode 1777): only the agent's own files there (the lead's round-16 decision 15).
  const ownerSelf = !alternatives && args.some((a, i) => a.value === '-user' && !/^(!|-not)$/.test(args[i - 1]?.value ?? '') && isSelf(inv, args[i + 1]));
  const belowRoot = (root: string): boolean => !followsLinks && (minDepth || nonFoldersOnly || (ownerSelf && /^\/(var\/)?tmp$/.test(root)) || (names.length > 0 && names.every((n) => n !== null && !globMatch(n.replace(/^["']|["']$/g, ''), root.slice(root.lastIndexOf('/') + 1)))));
  // `-mtime +N` with N >= 30 (not negated, no `-o`): only files older than a month match (the lead's round-16 decision 13:
  // app logs older than 30 days are disposable).
  const olderThanAMonth = !alternatives && args.some((a, i) => a.value === '-mtime' && /^\+\d+$/.test(args[i + 1]?.value ?? '') && Number(args[i + 1]!.value!.slice(1)) >= 29 && !/^(!|-not)$/.test(args[i - 1]?.value ?? ''));
  const deleting = primaries.has('-delete') || execDeletes;
  // A path or regex test (`-path '*/nginx'`) is matched against the whole path, so a root's own name says nothing of it.
  const pathTests = args.some((a) => /^-(i?path|i?wholename|i?regex)$/.test(a.value ?? ''));
  // `-type d -empty` with no `-o`/`,`: only empty folders match, and removing an empty folder loses no data (find manual:
  // -empty "File is empty and is either a regular file or a directory").
  const emptyDirsOnly = primaries.has('-empty') && args.some((a, i) => a.value === '-type' && args[i + 1]?.value === 'd') && !args.some((a) => a.value === '-o' || a.value === '-or' || a.value === ',');
  let sweptCaches = false;
  let sweptOldLogs = false;
  const retention = findMinimumAgeDays(args);
  const danglingOnly = danglingLinksOnly(args);
  let sweptDangling = false;
  // Answer 385.3: name patterns in the working folder (workingFolderNamePatterns); judged below per root.
  const namePatterns = onlyRebuildable || onlyCaches ? null : workingFolderNamePatterns(args.slice(exprAt));
  const execRecursive = args.some((a, i) => /^-(exec|execdir)$/.test(a.value ?? '') && isDeleter(args[i + 1]) && hasFlag(args.slice(i + 2), '-r', '-R', '--recursive', '-rf', '-fr', '-Rf', '-fR'));
  let sweptByName = false;
  if (deleting) {
    for (const r of roots) {
      const fx = pathEffect(inv, r);
      if (danglingOnly && fx.cls !== 'control_plane' && fx.cls !== 'unknown') {
        sweptDangling = true;
        b.verb('delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('dangling_links_removed', `\`find -delete\` of symbolic links under \`${fx.path}\` whose target is gone: they lead nowhere and hold nothing`);
        continue;
      }
      const backups = underBackupsFolder(`${fx.path}/x`);
      // Lead decision (round 16): files under a backups folder are backups; deleting those older than 30 days or more
      // is retention (the recent ones stay), a shorter or no age loses the backups a restore needs.
      if (backups && retention !== null && retention >= BACKUP_RETENTION_DAYS && fx.cls !== 'control_plane') {
        sweptCaches = true;
        b.verb('delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('backup_retention', `\`find -delete\` of backups older than ${retention} days under \`${fx.path}\`: retention, the recent ones stay`);
        continue;
      }
      if (backups) {
        fileTarget(inv, r, 'delete', { recursive: true, what: '`find -delete` removes backups under' });
        continue;
      }
      // Only inside the workspace: a system folder's empty subfolders can be mount points or folders a service expects.
      const inWorkspace = fx.cls === 'workspace' || fx.cls === 'rebuildable' || fx.cls === 'temporary' || fx.path === (inv.scope.workspace ?? inv.scope.cwd);
      if (emptyDirsOnly && !execDeletes && inWorkspace) {
        b.verb('delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('find_delete_empty_dirs', `\`find -type d -empty -delete\` removes only empty folders under \`${fx.path}\``);
      } else if (olderThanAMonth && fx.cls !== 'control_plane' && r.value !== null && !r.glob && isAppLogFile(`${fx.path}/x`)) {
        // `-exec rm -f {} +` deletes the same matches `-delete` would: judged here, not as the root folder below.
        sweptOldLogs = true;
        b.verb('delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('old_logs_delete', `\`find -delete\` of an app's logs older than a month in \`${fx.path}\``);
      } else if (olderThanAMonth && !followsLinks && fx.path === '/var/log' && r.value !== null && !r.glob && names.length > 0 && names.every((n) => n !== null && ROTATED_LOG_NAME.test(n.replace(/^["']|["']$/g, '')))) {
        // The lead's round-17 answer 35: rotated logs (compressed or numbered by logrotate) older than a month under /var/log
        // are the logs rule's; the system's own records (wtmp, btmp, lastlog, the journal) are never named so.
        sweptOldLogs = true;
        b.verb('delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('old_logs_delete', `\`find -delete\` of rotated logs older than a month in \`${fx.path}\``);
      } else if (fx.cls !== 'control_plane' && r.value !== null && !r.glob && isAppLogFolder(fx.path, inv.scope.home) && belowRoot(fx.path) && (minDepth || nonFoldersOnly || !pathTests) && !names.some((n) => n === null || isKeptLogFile(`${fx.path}/${n.replace(/^["']|["']$/g, '').replace(/[*?]/g, '').replace(/\[([^\]])[^\]]*\]/g, '$1')}`))) {
        // Round 40 (atk40): not when a name test names a kept log (`-name 'audit*'`: 407.4, one kept log deleted is destructive).
        // The lead's answer 390.2 (round 38): a sweep of one application's own log folder (`find /var/log/nginx -type f
        // -delete`, `-name '*.gz'`) removes what lies in it, its logs (387.1), in every environment (391.1); never the
        // folder itself (belowRoot: `-type f`, `-mindepth 1`, or a name test its own name fails; a `-path`/`-regex` test
        // may match the folder's own path), not /var/log or the system's records (isAppLogFolder).
        sweptOldLogs = true;
        b.verb('delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('path_rebuildable', `\`find -delete\` of files in \`${fx.path}\`, an application's own log folder: its logs`);
      } else if (isTemporaryRoot(fx.path) && belowRoot(fx.path)) {
        // A name test (or `-mindepth 1`) never matches the temporary folder itself: only files inside it go.
        b.verb('delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('path_rebuildable', `\`find -delete\` of matching files in \`${fx.path}\`: temporary files`);
      } else if (onlyCaches && fx.cls !== 'control_plane' && !!inv.scope.home && (fx.path === inv.scope.home || fx.path.startsWith(`${inv.scope.home}/`))) {
        // `find ~/projects -name node_modules -prune -exec rm -rf {} +`: every match is a dependency or bytecode cache by its name.
        sweptCaches = true;
        b.verb('delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('find_delete_rebuildable', '`find -delete` of dependency and bytecode caches only');
      } else if (namePatterns !== null && !followsLinks && isWorkingFolderRoot(inv, r) && namePatterns.every((n) => namesDisposableFiles(inv, r, n, execRecursive && !nonFoldersOnly))) {
        // Answer 385.3: the files the patterns name in the working folder, each a kind the rules call disposable.
        sweptByName = true;
        b.verb('delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('path_rebuildable', `\`find -delete\` of files named \`${namePatterns.join('`, `')}\` in \`${fx.path}\`: core dumps, build, cache, log or temporary files`);
      } else if (onlyRebuildable && (fx.cls === 'workspace' || fx.cls === 'rebuildable' || fx.cls === 'temporary' || fx.cls === 'critical') && !(fx.cls === 'critical' && fx.path !== inv.scope.cwd && fx.path !== inv.scope.workspace && (!inv.scope.cwd?.startsWith(fx.path) || !withinHome(inv, fx.path)))) {
        // A critical root is swept only when it is the working folder or a folder above it inside home (`find ~/src -name
        // '*.pyc' -delete`): from `/` or `/home` the names match in every user's files and the system's (`*.bak` in /etc).
        b.verb('delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('find_delete_rebuildable', '`find -delete` of build or cache files only');
      } else {
        fileTarget(inv, r, 'delete', { recursive: true, what: '`find -delete` removes files under' });
      }
    }
  }
  // -exec/-execdir/-ok CMD ... ; : the command runs once per match, `{}` being a path under a root.
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v !== '-exec' && v !== '-execdir' && v !== '-ok' && v !== '-okdir') continue;
    const end = args.findIndex((a, j) => j > i && (a.value === ';' || a.value === '+' || a.value === '\\;'));
    const cmd = args.slice(i + 1, end === -1 ? undefined : end);
    const root = roots[0]!;
    if (findAsksFirst(inv, args, i)) {
      b.finding('find_asks_first', `\`find ${v} ${cmd.map(shown).join(' ')}\` asks before each match, and nothing is piped in to answer`);
      i = end === -1 ? args.length : end;
      continue;
    }
    // rmdir(1) removes a folder only when it is empty: every match it takes is an empty folder, as `-type d -empty
    // -delete` (above) inside the workspace; elsewhere an empty folder may be a mount point or one a service expects.
    const rootFx = root.value === null || root.glob ? null : pathEffect(inv, root);
    if (cmd[0]?.value?.replace(/^.*\//, '') === 'rmdir' && rootFx !== null && (rootFx.cls === 'workspace' || rootFx.cls === 'rebuildable' || rootFx.cls === 'temporary' || rootFx.path === (inv.scope.workspace ?? inv.scope.cwd))) {
      b.verb('delete').target({ kind: 'filesystem', id: rootFx.path, environment: null, home: false, verbs: ['delete'] }).finding('find_delete_empty_dirs', `\`find -exec rmdir\` removes only empty folders under \`${rootFx.path}\``);
      i = end === -1 ? args.length : end;
      continue;
    }
    // The deletion of the swept caches is judged above; the matches are not the root.
    // Old logs swept by `-exec rm {} +` (judged above): a recursive rm may also take the root folder when its own age
    // matches, unless a name test or `-type f` keeps the root out.
    const rootAbs = root.value === null ? null : resolvePath(root.value, inv.scope);
    const logsOnly = sweptOldLogs && rootAbs !== null && (!hasFlag(cmd.slice(1), '-r', '-R', '--recursive') || belowRoot(rootAbs));
    // A deleter run on broken links removes the links only (rm(1) never follows the link it removes).
    if ((sweptCaches || logsOnly || sweptDangling || sweptByName) && isDeleter(cmd[0])) {
      i = end === -1 ? args.length : end;
      continue;
    }
    // Under a temporary root (`find /tmp -name 'jest_*' -exec rm -rf {} +`) a name test or `-mindepth 1` never matches
    // the root itself: `{}` is something inside it, which is temporary (one temp rule), as for `-delete` above.
    const rootPath = root.value === null ? null : resolvePath(root.value, inv.scope);
    const insideTemp = rootPath !== null && isTemporaryRoot(rootPath) && belowRoot(rootPath);
    const match = onlyRebuildable ? `${root.value ?? '.'}/__pycache__` : insideTemp ? `${rootPath}/match` : null;
    const argv = cmd.map((w) => (w.value === '{}' ? (match !== null ? { ...root, value: match, glob: false } : { ...w, value: root.value, text: root.text }) : w));
    // -execdir/-okdir run the command from the folder of each match (find(1)), which lies under the root: the command
    // is judged with the root as its working directory (`find live/prod -name terragrunt.hcl -execdir terragrunt destroy`
    // acts in live/prod), and `{}` as the root's absolute path, so that its paths resolve as before.
    const dirRoot = (v === '-execdir' || v === '-okdir') && root.value !== null ? resolvePath(root.value, inv.scope) : null;
    if (argv.length > 0 && dirRoot) {
      const cwd = inv.scope.cwd;
      inv.scope.cwd = dirRoot;
      try {
        inv.dispatch(argv.map((w, k) => (cmd[k]!.value === '{}' && match === null ? { ...w, value: dirRoot } : w)), null);
      } finally {
        inv.scope.cwd = cwd;
      }
    } else if (argv.length > 0) inv.dispatch(argv, null);
    i = end === -1 ? args.length : end;
  }
}

/** fd's options that take a value (fd(1)). */
const FD_VALUED = new Set(['-e', '--extension', '-t', '--type', '-E', '--exclude', '-d', '--max-depth', '--min-depth', '--exact-depth', '-S', '--size', '--changed-within', '--changed-before', '-o', '--owner', '-c', '--color', '-j', '--threads', '--base-directory', '--path-separator', '--search-path', '--format', '--ignore-file', '--max-results', '--batch-size']);

/**
 * fd (fd(1)) lists what matches its pattern, a regular expression searched in each name (`--glob`: a glob of the whole
 * name), narrowed by `-e EXT`; `-x CMD` / `-X CMD` runs CMD on the matches, as `find … -exec CMD {} ;` / `+`. The
 * pattern counts as a name test when it names one whole name (`^dist$`, a glob, or a cache folder's distinctive name);
 * any other pattern is an unknown test, so the matches are judged by the folders searched.
 */
/**
 * fd's search as find's words: the roots (operands after the pattern, `--search-path`) and a `-name` test for each
 * extension and for a pattern that is a whole name (a `-g` glob, `^name$`). fd's other filters only narrow the matches.
 */
export function fdAsFind(before: Word[]): [Word[], (string | null)[]] {
  const [pattern, ...paths] = positionals(before, FD_VALUED);
  const roots = [...paths, ...optionValues(before, '--search-path').map((v) => (v === null ? { text: '<path>', value: null, start: 0, end: 0, glob: false } : literalWord(v, 0, 0)))];
  const tests = optionValues(before, '-e', '--extension').flatMap((e) => ['-name', e === null ? null : `*.${e.replace(/^\./, '')}`]);
  const p = pattern?.value;
  if (pattern && p !== '' && p !== '.' && p !== '^') {
    const whole = p === null || p === undefined ? null : hasFlag(before, '-g', '--glob') ? p : /^\^([\w.-]+)\$$/.exec(p)?.[1] ?? (/^(node_modules|__pycache__|\.pytest_cache|\.mypy_cache|\.ruff_cache|\.DS_Store)$/.test(p) ? p : null);
    tests.push('-name', whole);
  }
  return [roots, tests];
}

export function fd(inv: Invocation): void {
  inv.env.b.verb('read');
  const x = inv.args.findIndex((a) => /^(-x|--exec|-X|--exec-batch)$/.test(a.value ?? ''));
  if (x === -1) return;
  const before = inv.args.slice(0, x);
  const end = inv.args.findIndex((a, j) => j > x && (a.value === ';' || a.value === '\\;'));
  const cmd = inv.args.slice(x + 1, end === -1 ? undefined : end).map((w) => (w.value !== null && /^\{[/.]*\}$/.test(w.value) ? { ...w, value: '{}' } : w));
  if (cmd.length === 0) return;
  const w = (v: string | null): Word => (v === null ? { text: '<pattern>', value: null, start: inv.span.start, end: inv.span.end, glob: false } : literalWord(v, inv.span.start, inv.span.end));
  const [roots, tests] = fdAsFind(before);
  inv.dispatch([w('find'), ...(roots.length > 0 ? roots : [w('.')]), ...tests.map(w), w('-exec'), ...cmd, ...(cmd.some((c) => c.value === '{}') ? [] : [w('{}')]), w('+')], null);
}

/** Linux's rewinding SCSI tape devices (st(4): `/dev/st0`, with a mode letter `/dev/st0l|m|a`). */
const REWINDING_TAPE = /^\/dev\/st\d+[lma]?$/;

/** The archive `tar` reads or writes: `-f`/`--file`, or the word after a bundle ending in `f` (`-cvf ARCHIVE`, `cvf ARCHIVE`); undefined when none is named, null when not fixed. */
function tarArchiveNamed(inv: Invocation): string | null | undefined {
  const named = optionValue(inv.args, '-f', '--file');
  if (named !== undefined) return named;
  const at = inv.args.findIndex((a, i) => a.value !== null && (/^-[A-Za-z]*f$/.test(a.value) || (i === 0 && /^[A-Za-z]*f$/.test(a.value) && /c/.test(a.value))));
  return at === -1 ? undefined : inv.args[at + 1]?.value ?? null;
}

/** `tar` creates an archive: `-c`, `--create`, or a bundle with `c` (`-cvf`, the old style `cvf` as the first word). */
function tarCreates(inv: Invocation): boolean {
  return inv.args.some((a, i) => a.value !== null && (a.value === '--create' || (/^-[A-Za-z]*c[A-Za-z]*$/.test(a.value) && !a.value.startsWith('--')) || (i === 0 && /^[A-Za-z]*c[A-Za-z]*f?$/.test(a.value) && /^[ctxvzjJfpPrua]+$/.test(a.value))));
}

export function tar(inv: Invocation): void {
  const b = inv.env.b.verb('read');
  if (hasFlag(inv.args, '--remove-files')) {
    b.verb('delete');
    const paths = positionals(inv.args, new Set(['-f', '--file', '-C', '--directory', '--exclude']));
    for (const p of paths) fileTarget(inv, p, 'delete', { recursive: true, what: '`tar --remove-files` deletes' });
  }
  // GNU tar's `--delete` (tar(1): "delete from the archive"): the named members leave the archive for good, and an
  // archive is a store of files whose members may have no other copy (navi-cheats' label). The archive (`-f`, `--file`,
  // or a bundle ending in `f`) under a temporary root is disposable; any other, or none named (tar's default device or
  // `$TAPE`, which the line does not show), loses what it held.
  if (hasFlag(inv.args, '--delete')) {
    b.verb('delete');
    const named = optionValue(inv.args, '-f', '--file') ?? (() => {
      const at = inv.args.findIndex((a) => a.value !== null && /^-[A-Za-z]*f$/.test(a.value));
      return at === -1 ? undefined : inv.args[at + 1]?.value ?? null;
    })();
    const abs = named === undefined || named === null ? null : resolvePath(named, inv.scope);
    if (abs === null || !isUnderTemporaryRoot(abs)) b.destroy('archive_members_deleted', `\`tar --delete\` removes members of ${abs === null ? 'an archive the line does not name' : `\`${abs}\``} for good`, inv.span);
  }
  // Round 44 (bl44media): an archive created on a rewinding tape device (st(4): `/dev/stN` rewinds when it is closed, so the
  // next open starts at the beginning of the tape) is written from the start of the tape over every archive it held. The
  // no-rewind device (`/dev/nstN`) writes where an earlier `mt` left the tape (after `mt eod`, an append): not this rule.
  const archive = tarArchiveNamed(inv);
  if (tarCreates(inv) && archive !== undefined && archive !== null && REWINDING_TAPE.test(archive)) {
    b.verb('write').target({ kind: 'filesystem', id: archive, environment: null, home: false, verbs: ['write', 'delete'] });
    b.destroy('tape_overwritten', `\`tar -c\` onto \`${archive}\`, a rewinding tape device: it writes from the start of the tape over what the tape held`, inv.span);
  }
  const extract = inv.args.some((a) => a.value !== null && (/^-?[A-Za-z]*x/.test(a.value) && !a.value.startsWith('--') ? true : a.value === '--extract'));
  if (extract) {
    const dir = optionValue(inv.args, '-C', '--directory');
    b.verb('write');
    // Extracting writes files inside the folder (the working directory without -C): into a temporary root or the
    // agent's own workspace that is new files or workspace writes; into `/`, a system folder or home it overwrites them.
    const into = dir === undefined ? '.' : dir;
    const abs = into === null ? null : resolvePath(into, inv.scope);
    // The lead's answer 217 (round 27): a folder this input made (`mkdir -p`) whose own name is stamped as new (a
    // timestamped release, `releases/20261205-0930`: stamped-names.ts) holds only what the archive brings: a write.
    // Not with `-P` (members' absolute names land outside it); an unstamped folder may be a service's installed one.
    const newFolder = abs !== null && inv.scope.madeFolders?.has(abs) === true && namesNewByStamp(abs.slice(abs.lastIndexOf('/') + 1)) && !hasFlag(inv.args, '-P', '--absolute-names') && !isControlPlane(abs, inv.env.inventory);
    // D8 round 17: a folder `mkdir` made, then filled by the archive, holds its files (written-config.ts)
    if (abs !== null) inv.scope.madeFolders?.delete(abs);
    // The lead's answer 76: a toolchain folder this `&&` list removed, unpacked again from its fixed archive (walk.ts
    // `markRegenerated`), is what the extraction writes; nothing else of the root is touched by that archive.
    const values = inv.args.map((a) => a.value);
    const unpack = abs !== null && !values.includes(null) ? unpackedInto(['tar', ...(values as string[])]) : null;
    const again = unpack && abs !== null ? [...(inv.scope.reinstalled ?? [])].find((p) => isUnpackedToolchain(p, abs.toLowerCase(), unpack.archive)) : undefined;
    if (again !== undefined) b.target({ kind: 'filesystem', id: again, environment: pathEnvironment(inv, again), home: false, verbs: ['write'] });
    else if (abs !== null && (isTemporaryRoot(abs) || isOwnWorkspace(inv, abs))) b.target({ kind: 'filesystem', id: abs, environment: pathEnvironment(inv, abs), home: false, verbs: ['write'] });
    else if (newFolder) b.target({ kind: 'filesystem', id: abs, environment: pathEnvironment(inv, abs), home: false, verbs: ['write'] }).finding('unpacked_into_new_folder', `\`tar -x\` unpacks into \`${abs}\`, a stamped folder this input made`, inv.span);
    else if (dir !== undefined || (abs !== null && classifyPath(abs, { ...inv.scope, workspace: undefined, cwd: undefined }, inv.env.inventory) === 'critical')) fileTarget(inv, { text: into ?? '$?', value: into, start: inv.span.start, end: inv.span.end, glob: false }, 'write', { recursive: false, what: '`tar -x` writes into' });
  }
}

/**
 * System files of independent entries, where an appended line loses nothing and grants nothing (hosts(5); Windows keeps
 * the same file under `System32\drivers\etc`), and text logs under /var/log (`cmd >> /var/log/backup.log 2>&1`, the usual
 * cron line). Not the audit trail (a forged line there is tampering) and not the binary login records (wtmp, btmp).
 */
const APPEND_ONLY_ENTRIES = /^\/(private\/)?etc\/hosts$|^[a-z]:\\windows\\system32\\drivers\\etc\\hosts$|^\/var\/log\/(?!audit\/)(?:[\w.-]+\/)*[\w.-]+\.log$/i;

/** Files in any user's home folder whose lines grant access (sshd(8) AUTHORIZED_KEYS, `.k5login`, `.rhosts`, `.shosts`). */
// Windows' OpenSSH reads `%USERPROFILE%\.ssh\authorized_keys` and, for administrators, `%ProgramData%\ssh\administrators_authorized_keys`.
const HOME_ACCESS_FILE = /[\\/]\.ssh[\\/]authorized_keys2?$|[\\/]\.k5login$|[\\/]\.rhosts$|[\\/]\.shosts$|^[A-Z]:\\ProgramData\\ssh\\administrators_authorized_keys$/i;

/**
 * A line added to a file that grants access lets a new key or principal sign in as that user: it opens what was closed
 * (the lead's round-13 decision), whoever's home folder it is in. Reading or listing the file stays a read.
 */
export function grantsAccess(inv: Invocation, path: string, what: string, span: Span): boolean {
  if (!HOME_ACCESS_FILE.test(path)) return false;
  inv.env.b.verb('permissions').target({ kind: 'filesystem', id: path, environment: pathEnvironment(inv, path), home: false, verbs: ['permissions'] });
  inv.env.b.destroy('access_granted', `${what} \`${path}\`: a new key or principal can sign in as its user`, span);
  return true;
}

const SSH_COPY_ID_VALUED = new Set(['-i', '-p', '-o', '-F', '-t', '-J']);

/**
 * `ssh-copy-id [-i KEY] [user@]HOST` appends a public key to the remote user's `authorized_keys` (ssh-copy-id(1)).
 * The lead's answer 171 (round 25, round 13's rule again over decision 34): one's own key (the default `~/.ssh/id_*.pub`
 * when `-i` is absent, or a key file directly in the session's `~/.ssh`) is a permissions write, except to a host named
 * for production; another key (a file elsewhere, a variable) opens a login for someone else: destructive on any host.
 * `-n` only prints the keys it would add.
 */
export function sshCopyId(inv: Invocation): void {
  const b = inv.env.b.verb('network');
  const host = positionals(inv.args, SSH_COPY_ID_VALUED)[0];
  if (!host || hasFlag(inv.args, '-n', '-h', '-?')) {
    b.verb('read');
    return;
  }
  const name = (host.value ?? host.text).replace(/^[^@]*@/, '');
  const target = envTarget(inv, 'host', name, [clue('names', name)], ['permissions']);
  b.verb('permissions').target(target);
  if (target.environment !== 'production' && ownSshKey(inv)) return;
  b.destroy('access_granted', `\`ssh-copy-id\` adds a key to \`authorized_keys\` on \`${name}\`: a new key can sign in there`, inv.span);
}

/** ssh-copy-id's key is the session user's own: `-i` absent (its default is `~/.ssh/id_*.pub`) or a file directly in `~/.ssh`. */
function ownSshKey(inv: Invocation): boolean {
  const i = inv.args.findIndex((a) => a.value === '-i' || (a.value?.startsWith('-i') ?? false));
  if (i === -1) return !inv.args.some((a) => a.value === null);
  const key = inv.args[i]!.value === '-i' ? inv.args[i + 1]?.value : inv.args[i]!.value!.slice(2);
  const home = inv.scope.home?.replace(/\/+$/, '');
  const abs = key ? resolvePath(key, inv.scope) : null;
  return !!home && abs !== null && !key!.includes('..') && abs.startsWith(`${home}/.ssh/`) && !abs.slice(home.length + 6).includes('/');
}

/**
 * Appending keeps every byte that was there. Under the home folder (start-up files, `~/.ssh/config`,
 * `~/.config/...`, `~/.aws/config`) that loses nothing, so it is a write; elsewhere it is judged as any write. A file
 * that grants access (`authorized_keys`) opens a login (grantsAccess).
 */
/** What `tee -a` reads from the pipe, or what `echo` prints (`echo 'LINE' >> FILE`); null when not fixed. */
function appendedText(inv: Invocation): string | null {
  if (inv.name === 'tee') return inv.stdin?.text ?? null;
  if (inv.name !== 'echo') return null;
  const words = inv.args.filter((a) => !/^-[neE]+$/.test(a.value ?? ''));
  return words.every((a) => a.value !== null) ? words.map((a) => a.value).join(' ') : null;
}
/**
 * Lines appended to /etc/fstab (fstab(5): spec, mount point, type, options…), each mounting a folder outside the system's
 * own (round 18, p18: `/mnt/media`, `/srv/data`, `/data/pg`) or a swap entry: the next `mount -a` or boot adds that mount
 * and covers nothing the system or its users keep (a mount over `/`, `/var`, `/home`, `/etc` or a home would). Comments and
 * blank lines are skipped; no line, or one not of that shape, is not.
 */
const FSTAB_ASIDE_MOUNT = /^\/(mnt|media|srv|data|opt|backup|backups|export|exports)\/[^\s]+$|^\/(data|backup|backups|export|exports)\d*$/;
function fstabLinesMountAside(text: string | null): boolean {
  if (text === null) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return lines.length > 0 && lines.every((l) => {
    const f = l.split(/\s+/);
    if (f.length < 3 || f.length > 6 || /[$`]/.test(l)) return false;
    return (f[2] === 'swap' && (f[1] === 'none' || f[1] === 'swap')) || (FSTAB_ASIDE_MOUNT.test(f[1]!) && !f[1]!.includes('..') && !/(^|,)(bind|rbind)(,|$)/.test(f[3] ?? ''));
  });
}
/**
 * The lead's answer 151: `mount` over a folder that holds data, or a volume remounted read-only under the programs writing to
 * it, stays destructive. mount(8) with a source and a mount point (a device, `tmpfs`, `--bind|--rbind|--move SRC`) covers
 * whatever the mount point held (`mount -t tmpfs tmpfs /var/lib/mysql`: the running server's files are hidden under an
 * empty folder) unless the point is a folder set aside for mounts (FSTAB_ASIDE_MOUNT, as fstab appends are read), a temporary
 * folder, or a kernel interface under `/sys` or `/proc`; `-o remount,…,ro` is judged the same way for a point other than
 * `/mnt` or `/media`. `mount -a`, a listing, one point named (fstab says what), and `remount,rw` stay reads.
 */
const MOUNT_VALUED = new Set(['-t', '--types', '-o', '--options', '-O', '--test-opts', '-L', '--label', '-U', '--uuid', '-T', '--fstab', '-N', '--namespace', '--source', '--target', '--target-prefix', '-m', '--mkdir']);
/** A Lustre client mount's source: one or more management servers' NIDs (`10.10.0.11@o2ib`, `mgs1@tcp0:mgs2@tcp0`), then `:/FSNAME`. */
const LUSTRE_SOURCE = /^[\w.-]+@[a-z][a-z0-9]*(?:[:,][\w.-]+@[a-z][a-z0-9]*)*:\/([\w-]+)$/;
// The lead's answer 429.3 (round 41, dr2): `/mnt` itself is the conventional empty mount point; a mount hides, it loses nothing.
const MOUNT_POINT_ASIDE = /^\/mnt$|^\/(tmp|var\/tmp|run\/user\/\d+)\/[^\s]+$|^\/sys\/[^\s]+$|^\/proc\/sys\/fs\/binfmt_misc$/;
/**
 * The same answer (429.3) for a folder under the home or the workspace that is named as a mount point (`~/mnt`, `~/mnt/nas`,
 * `./mount_dir`, `~/mounts/share`): made to be mounted on, it holds nothing a mount would hide, and unmounting shows it
 * again. Not a dotfile folder (`~/.ssh`, `~/.config`) on the way, and not past a `..`.
 */
const MOUNT_POINT_NAME = /^(mnt|mounts?|mount[-_]?(point|dir)|mountpoint|mnt[-_][\w.-]+)$/i;
function namedMountPoint(dir: string, scope: ShellScope): boolean {
  const base = [scope.home, scope.workspace].find((b) => b !== undefined && b !== '/' && dir.startsWith(`${b.replace(/\/+$/, '')}/`));
  if (base === undefined) return false;
  const parts = dir.slice(base.replace(/\/+$/, '').length + 1).split('/');
  if (parts.some((p) => p.startsWith('.'))) return false;
  return MOUNT_POINT_NAME.test(parts[parts.length - 1]!) || (parts.length >= 2 && MOUNT_POINT_NAME.test(parts[parts.length - 2]!));
}
export function mountCovers(inv: Invocation): void {
  const ops = positionals(inv.args, MOUNT_VALUED);
  noteMount(inv, ops);
  const options = optionValues(inv.args, '-o', '--options');
  if (options.some((o) => o === null)) return;
  const flags = options.join(',').split(',');
  const remount = flags.includes('remount');
  const point = remount ? ops[ops.length - 1] : ops.length === 2 ? ops[1] : undefined;
  if (point === undefined || (remount && !flags.includes('ro'))) return;
  // Windows' NFS client (`mount \\server\share Z:`, or `*` for the next free letter after a `\\server` share) maps a
  // new drive letter: nothing is covered.
  if (point.value !== null && (/^[A-Za-z]:\\?$/.test(point.value) || (point.value === '*' && ops.length === 2 && /^\\\\/.test(ops[0]!.text)))) return;
  const resolved = point.value === null ? null : resolvePath(point.value, inv.scope);
  if (resolved === null) {
    inv.env.b.verb('write').destroy('mount_covers_data', `\`mount\` over a folder not fixed in the input: \`${shown(point)}\``, inv.span);
    return;
  }
  const dir = resolved.replace(/\/+$/, '') || '/';
  const aside = remount ? /^\/(mnt|media)\/[^\s]+$/.test(dir) : (FSTAB_ASIDE_MOUNT.test(dir) || MOUNT_POINT_ASIDE.test(dir) || namedMountPoint(dir, inv.scope)) && !dir.includes('..') && !point.value!.includes('..');
  if (aside) return;
  // The lead's answer 380.8 (round 37): a Lustre file system (its source the management servers' NIDs and its name,
  // `10.10.0.11@o2ib:/scratch`, lustre's mount.lustre(8)) mounted at its own mount point (`/scratch`, `/lustre/scratch`) is a
  // cluster node's normal set-up: a write.
  const fsname = !remount && ops.length === 2 ? LUSTRE_SOURCE.exec(ops[0]!.value ?? '')?.[1] : undefined;
  if (fsname !== undefined && (dir === `/${fsname}` || dir.endsWith(`/${fsname}`)) && (optionValues(inv.args, '-t', '--types').every((t) => t === 'lustre'))) {
    inv.env.b.verb('write').finding('cluster_fs_mounted', `\`mount\` of the Lustre file system \`${fsname}\` at its own mount point \`${dir}\``, { start: point.start, end: point.end });
    return;
  }
  inv.env.b.verb('write').target({ kind: 'filesystem', id: dir, environment: null, home: false, verbs: ['write'] });
  inv.env.b.destroy('mount_covers_data', remount ? `\`mount -o remount,ro\` makes \`${dir}\` read-only under the programs writing to it` : `\`mount\` over \`${dir}\` hides what that folder holds from the programs using it`, { start: point.start, end: point.end });
}
/**
 * umount(8): a removable or scratch mount taken away (`/mnt/usb`, `/media/dev/STICK`, `/run/media/dev/X`, a folder under
 * `/tmp`) is a write, `mount` brings it back; any other point (a data volume under `/var/lib` or `/srv`, `/home`), a device
 * (its mount point is not in the input), `-a`/`--all`, or a point not fixed is taken from under the programs using it
 * (b8-store's and b17-shell6's lazy unmounts of a live database volume): destructive, as a mount over data is (answer 151).
 */
const UNMOUNT_VALUED = new Set(['-t', '--types', '-O', '--test-opts', '-N', '--namespace']);
const UNMOUNT_ASIDE = /^\/(mnt|media|run\/media\/[\w.-]+|tmp|var\/tmp)\/[^\s]+$/;
export function unmount(inv: Invocation): void {
  const b = inv.env.b;
  if (hasFlag(inv.args, '-h', '--help', '-V', '--version')) {
    b.verb('read');
    return;
  }
  b.verb('write');
  const points = positionals(inv.args, UNMOUNT_VALUED);
  for (const p of points) noteUnmount(inv, p);
  if (hasFlag(inv.args, '-a', '--all') || points.length === 0) {
    b.destroy('unmount_in_use', '`umount -a` unmounts every filesystem not in use', inv.span);
    return;
  }
  // `-f` (force, an unreachable NFS server) and `-l` (lazy: detach now, clean up when no longer busy) take the mount away
  // even from programs still using it, wherever it is; a plain unmount of a busy point refuses (round 28, s28).
  const forced = inv.args.some((a) => a.value === '--force' || a.value === '--lazy' || /^-[a-zA-Z]*[fl]/.test(a.value ?? ''));
  for (const p of points) {
    const dir = p.value === null || p.glob ? null : resolvePath(p.value, inv.scope);
    if (dir !== null && !forced && UNMOUNT_ASIDE.test(dir.replace(/\/+$/, ''))) {
      b.target({ kind: 'filesystem', id: dir, environment: null, home: false, verbs: ['write'] });
      continue;
    }
    b.destroy('unmount_in_use', `\`umount\` takes \`${shown(p)}\` away from the programs using it`, { start: p.start, end: p.end });
  }
}
/** Records what `mount` mounts (ShellScope `mounts`): the source and the point of a pair, one operand, or all (`-a`). */
function noteMount(inv: Invocation, ops: Word[]): void {
  const mounts = (inv.scope.mounts ??= new Map());
  if (hasFlag(inv.args, '-a', '--all')) mounts.set('*', { state: 'mounted' });
  if (ops.length === 0 || ops.length > 2 || ops.some((o) => o.value === null)) return;
  const [source, point] = ops.map((o) => mountName(inv, o.value!));
  mounts.set(source!, point === undefined ? { state: 'mounted' } : { state: 'mounted', other: point });
  if (point !== undefined) mounts.set(point, { state: 'mounted', other: source! });
}
/** Records what `umount` takes away: the operand and the other side of its pair, when this input mounted it. */
function noteUnmount(inv: Invocation, op: Word): void {
  if (op.value === null) return;
  const mounts = (inv.scope.mounts ??= new Map());
  const name = mountName(inv, op.value);
  const other = mounts.get(name)?.other;
  mounts.set(name, { state: 'unmounted', ...(other === undefined ? {} : { other }) });
  if (other !== undefined) mounts.set(other, { state: 'unmounted', other: name });
}
/** A device (`/dev/sdb1`, `LABEL=data`, `UUID=…`) as written; a folder resolved and without its trailing slash. */
function mountName(inv: Invocation, value: string): string {
  if (value.startsWith('/dev/') || /^[A-Z]+=/.test(value)) return value;
  return (resolvePath(value, inv.scope) ?? value).replace(/(.)\/+$/, '$1');
}

/**
 * The lead's answer 276 (round 28): `fsck -y` (or `-p`, `-a`: repairs without asking) of a mounted filesystem corrupts it
 * and is destructive; of an unmounted device it is a repair (a write). Mounted is read from the input alone:
 * - the line shows it: a device or point this input mounted (`mount`, `mount -a`) and has not unmounted since;
 * - the root filesystem: `/`, `/dev/root`, an LVM or mapper volume or a label that says root (`/dev/mapper/rhel-root`,
 *   `LABEL=cloudimg-rootfs`, Ubuntu's `ubuntu--vg-ubuntu--lv`), and every partition of the first disk (`/dev/sda1`, `/dev/vda2`, `/dev/xvda1`,
 *   `/dev/nvme0n1p1`, `/dev/mmcblk0p2`): servers and cloud images boot from it and which partition is root is not shown;
 * - a mount point (an absolute folder outside `/dev`): fsck(8) finds its device through fstab, a filesystem in use;
 * - `-A` or no operand to `fsck` (every fstab entry, `-R` skipping the root: the others are mounted at boot) unless `-M`;
 * - fail closed (unknown): an operand not fixed in the input, or one that does not say which filesystem it is (`UUID=…`,
 *   `/dev/disk/by-uuid/…`): it may be the root's.
 * A device this input unmounted, or any other device (a second disk, a data volume, an image file), is the repair.
 * `fsck -M` skips mounted filesystems; `-n`/`-N` change nothing (the catalogue's dry run).
 */
const FSCK_NAMES = new Set(['e2fsck', 'fsck', 'fsck.ext2', 'fsck.ext3', 'fsck.ext4', 'fsck.xfs', 'fsck.vfat', 'fsck.fat', 'fsck.btrfs', 'fsck.exfat', 'dosfsck']);
const FSCK_VALUED = new Set(['-b', '-B', '-j', '-l', '-L', '-C', '-E', '-z', '-t']);
const FIRST_DISK_DEVICE = /^\/dev\/((s|v|xv|h)da\d*|nvme0n1(p\d+)?|mmcblk0(p\d+)?)$/;
const ROOT_NAMED_DEVICE = /^(\/dev\/root|\/dev\/(mapper\/[\w.-]*(root|rootfs)|[\w.-]+\/(root|rootfs)[\w.-]*|mapper\/ubuntu--vg-ubuntu--lv|ubuntu-vg\/ubuntu-lv|disk\/by-(part)?label\/[\w.-]*root[\w.-]*)|(PART)?LABEL=[\w.-]*root[\w.-]*)$/i;
/** Names that do not say which filesystem they are (`UUID=…`, `/dev/disk/by-uuid/…`): it may be the root's. */
const UNSAID_DEVICE = /^(PART)?UUID=|^\/dev\/disk\/by-(uuid|partuuid|id|path|diskseq)\//i;
export function fsckRepairsMounted(inv: Invocation): { reason: string; known: boolean } | null {
  if (!FSCK_NAMES.has(inv.name)) return null;
  const bundles = inv.args.map((a) => a.value).filter((v): v is string => v !== null && /^-[A-Za-z]+$/.test(v));
  const has = (letter: string): boolean => bundles.some((v) => v.slice(1).includes(letter));
  if (!(has('y') || has('p') || has('a')) || has('n') || has('N') || has('M') || hasFlag(inv.args, '--help')) return null;
  const operands = positionals(inv.args, FSCK_VALUED);
  if (operands.length === 0 || has('A')) return inv.name === 'fsck' ? { reason: `\`${inv.name}\` repairs every filesystem of fstab, which are mounted`, known: true } : null;
  const mounts = inv.scope.mounts;
  for (const o of operands) {
    if (o.value === null || UNSAID_DEVICE.test(o.value)) return { reason: `\`${inv.name}\` repairs \`${shown(o)}\`, a filesystem the input does not say (it may be the mounted root)`, known: false };
    const name = mountName(inv, o.value);
    const state = mounts?.get(name)?.state;
    if (state === 'unmounted') continue;
    const folder = name.startsWith('/') && !name.startsWith('/dev/') && !/\.\w+$/.test(name);
    if (state === 'mounted' || (mounts?.get('*')?.state === 'mounted' && (folder || name.startsWith('/dev/'))) || name === '/' || folder || FIRST_DISK_DEVICE.test(name) || ROOT_NAMED_DEVICE.test(name)) {
      return { reason: `\`${inv.name}\` repairs \`${name}\` while it is mounted (the root disk, a mount point, or mounted in this input): a repair under a mounted filesystem corrupts it`, known: true };
    }
  }
  return null;
}

/**
 * Lines appended to /etc/exports (exports(5): a folder, then `client(options)` for each client) that share a folder outside
 * the system's own (as fstabLinesMountAside) with named hosts or networks only: no client left out (`/srv/x (rw)`, with the
 * space, is every host), no wildcard, no `0.0.0.0/0`, and neither `no_root_squash` (remote root stays root) nor `insecure`.
 * The next `exportfs -ra` shares the folder with those clients; nothing kept is lost and nothing is opened to anyone.
 */
const EXPORT_CLIENT = /^([A-Za-z0-9][\w.-]*|\d{1,3}(\.\d{1,3}){3}\/\d{1,2}|\d{1,3}(\.\d{1,3}){3}|@[\w.-]+)\(([\w,=:/-]*)\)$/;
export function exportsLinesNarrowed(text: string | null): boolean {
  if (text === null) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return lines.length > 0 && lines.every((l) => {
    const [folder, ...clients] = l.split(/\s+/);
    if (folder === undefined || clients.length === 0 || /[$`]/.test(l) || folder.includes('..') || !FSTAB_ASIDE_MOUNT.test(folder)) return false;
    return clients.every((c) => {
      const m = EXPORT_CLIENT.exec(c);
      const prefix = /\/(\d+)$/.exec(m?.[1] ?? '')?.[1];
      return m !== null && !/^0\.0\.0\.0/.test(m[1]!) && (prefix === undefined || Number(prefix) >= 8) && !/(^|,)(no_root_squash|insecure)(,|$)/.test(m[4]!);
    });
  });
}
/**
 * Lines the input shows, added at the end of a service's own settings file under /etc (`tee -a /etc/dnf/dnf.conf`,
 * `>> /etc/wsl.conf`, a `pg_hba.conf` line for one subnet): every line the file held stays, so nothing is lost, as a
 * drop-in added is a configuration write. Not the files that grant rights, load code or run commands (sudoers, PAM,
 * `/etc/security`, the loader's preload, shells' start-up files, cron, systemd units, sshd and ssh, kernel settings,
 * modprobe, udev, apt's configuration hooks, name service and resolver files, tmpfiles, logrotate), and not a text that
 * sets a safeguard off (config-safeguards.ts) or reads as opening one (EDIT_OPENS: `yes`, `trust`, `0.0.0.0`, a value
 * `no`/`off`/`0`/`false`/`*`).
 */
// fail2ban's and others' `.local` files override the packaged `.conf` beside them (jail.conf(5)) (round 29).
const SETTINGS_FILE = /^\/etc\/(?:[\w.+-]+\/)*[\w.+-]+\.(conf|cnf|ini|cfg|repo|local)$/;
const RUNS_OR_GRANTS = /^\/etc\/(sudoers|pam\.d\/|security\/|ld\.so|sysctl|profile|bash|zsh|csh|cron|anacron|environment|rc\.|init|systemd\/|ssh\/|modprobe|modules|udev\/|apt\/apt\.conf|nsswitch|resolv|tmpfiles|logrotate|ssl\/|pki\/|sudo|doas|polkit|audit\/|selinux\/|apparmor)/;
/**
 * Lines appended to `/etc/environment` (pam_env's KEY=VALUE list, read at every login) that each set a tool's home folder
 * (`JAVA_HOME=/usr/lib/jvm/java-21-openjdk-amd64`, `ANDROID_HOME=/opt/android-sdk`) to a fixed path under the system's
 * package prefixes (/usr/lib, /usr/local, /usr/share, /opt): a setting, as `export JAVA_HOME=…` appended to `~/.bashrc` is.
 * Not PATH, the loader's or an interpreter's search variables (PYTHONHOME picks the code Python runs), proxies, a `$` or a
 * `..`: those change what every login runs or where its traffic goes.
 */
const TOOL_HOME_SETTING = /^(?!PYTHONHOME=)[A-Z][A-Z0-9_]*_HOME=(["']?)\/(usr\/(lib|local|share)|opt)(\/[\w.+-]+)*\/?\1$/;
function toolHomesAppended(path: string, text: string | null): boolean {
  if (path !== '/etc/environment' || text === null) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 0 && lines.every((l) => TOOL_HOME_SETTING.test(l) && !l.includes('/..') && !l.includes('/./'));
}
/**
 * Kernel settings appended to `/etc/sysctl.conf` (sysctl.conf(5): `key = value`, a leading `-` ignores a missing key): the
 * same as a new `/etc/sysctl.d/` drop-in (isConfigDropIn) of those lines, which loses nothing either (round 29, s29). Each
 * value a number or word list, no path or pipe (`kernel.core_pattern = |/tmp/x` runs a program as root at every crash), and
 * no kernel hardening switched off (KERNEL_HARDENING_OFF).
 */
const SYSCTL_LINE = /^-?[a-z][\w-]*([./][\w-]+)+\s*=\s*[\w.-]+([ \t]+[\w.-]+)*$/;
function sysctlLinesAppended(path: string, text: string | null): boolean {
  if (path !== '/etc/sysctl.conf' || text === null) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith(';'));
  return lines.length > 0 && lines.every((l) => SYSCTL_LINE.test(l)) && !KERNEL_HARDENING_OFF.test(text);
}
function settingsLinesAppended(path: string, text: string | null): boolean {
  if (toolHomesAppended(path, text) || sysctlLinesAppended(path, text)) return true;
  if (text === null || /[$`]/.test(text) || text.trim() === '' || !SETTINGS_FILE.test(path) || RUNS_OR_GRANTS.test(path) || /\/\.\.?(\/|$)/.test(path)) return false;
  return settingSwitchesSafeguardOff(path, text) === undefined && !EDIT_OPENS.test(text) && !KERNEL_HARDENING_OFF.test(text);
}

function appendTarget(inv: Invocation, w: Word, fx: PathEffect, what: string): void {
  // `/etc/hosts` (hosts(5)) is one independent name entry per line: a line added changes no other and grants nothing.
  if (APPEND_ONLY_ENTRIES.test(fx.path)) {
    inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
    return;
  }
  if (grantsAccess(inv, fx.path, what, { start: w.start, end: w.end })) return;
  // `mdadm --detail --scan >> /etc/mdadm/mdadm.conf`, `… | tee -a` it: the tool's own scan added to its own file (403.3).
  const ownScan = inv.name === 'tee' ? inv.stdin?.ownScanOf : ownScanConfig(inv.name, inv.args.map((a) => a.value));
  if (ownScan !== undefined && ownScan.test(fx.path)) {
    inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('own_scan_appended', `${what} \`${fx.path}\` the lines its own tool's scan prints; every line it held stays`, { start: w.start, end: w.end });
    return;
  }
  if (fx.path === '/etc/fstab' && fstabLinesMountAside(appendedText(inv))) {
    inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('fstab_mount_added', `${what} \`/etc/fstab\` mount lines for folders outside the system's own (under /mnt, /media, /srv, /data, /opt, /backup, /export)`, { start: w.start, end: w.end });
    return;
  }
  if (fx.path === '/etc/exports' && exportsLinesNarrowed(appendedText(inv))) {
    inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('nfs_export_added', `${what} \`/etc/exports\` shares of folders outside the system's own with named hosts or networks`, { start: w.start, end: w.end });
    return;
  }
  if (settingsLinesAppended(fx.path, appendedText(inv))) {
    inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('settings_lines_appended', `${what} \`${fx.path}\` settings lines the input shows; every line it held stays`, { start: w.start, end: w.end });
    return;
  }
  const home = inv.scope.home;
  // A Windows home too (`'…' >> $PROFILE`, `>> $HOME\notes.txt`): the same appends, with the other separator.
  const separator = isWindowsPath(fx.path) ? '\\' : '/';
  const underHome = !!home && fx.path.startsWith(`${home}${separator}`) && fx.cls === 'critical' && !/(^|[\\/])\.git([\\/]|$)/.test(fx.path) && !/[*?[]/.test(fx.path);
  if (!underHome) {
    fileTarget(inv, w, 'write', { recursive: false, what });
    return;
  }
  inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
}

/** Commands that write their operands or do not read them as input: their operand named again in `>` is not read first. */
const NOT_READERS = new Set(['echo', 'printf', 'touch', 'mkdir', 'cp', 'mv', 'ln', 'install', 'rm', 'tee', 'true', ':', 'test', '[', 'curl', 'wget', 'ssh-keygen', 'openssl', 'dd', 'sed', 'cd', 'ls', 'find', 'stat', 'wc', 'realpath', 'readlink', 'dirname', 'basename', 'date']);

/** Writes done by `>`, `>|`, `&>`, `>>`, `tee`. A bare `> file` (or `:`/`true` before it) truncates. */
/** Programs that print a database dump (their output is the dump), and the files a dump is written to. */
const DUMP_TOOLS: ReadonlySet<string> = new Set(['pg_dump', 'pg_dumpall', 'mysqldump', 'mariadb-dump', 'mongodump']);
const DUMP_FILE = /\.(sql|dump|bak|archive|gz|zst|xz|bz2)$/;

/**
 * The command a redirect's output comes from: `command CMD` and `builtin CMD` run CMD as bash would, and the `time` program
 * `command time CMD` starts prints to standard error (any depth); `command > f` alone runs nothing, so its `>` only
 * empties `f`, as a bare `> f` does. A wrapper that leaves the output as it is (`env LC_ALL=C cat F`, `nice printf …`,
 * `sudo -u u cat F`: outputKeepingCommandStart) is read through, as the pipe and start-up file readers do.
 */
function producerOf(inv: Invocation): Invocation {
  let { name, args } = inv;
  for (;;) {
    if ((name === 'command' || name === 'builtin' || (name === 'time' && name !== inv.name)) && !args[0]?.text.startsWith('-')) {
      name = args[0]?.value ?? (args[0] ? args[0].text : '');
      args = args.slice(1);
      continue;
    }
    const start = outputKeepingCommandStart(name, args.map((a) => a.value));
    if (start === undefined) break;
    name = args[start]!.value!;
    args = args.slice(start + 1);
  }
  return name === inv.name ? inv : { ...inv, name, args };
}

/**
 * A program's own completion script written into one file of a completion folder (completion-scripts.ts): a write. Not
 * through a link this input made, nor a name with a wildcard. True when so read.
 */
function completionInstalled(inv: Invocation, w: Word, producer: string): boolean {
  const value = w.value;
  if (value === null || /[*?[]/.test(value) || throughLink(inv, w) !== w) return false;
  const path = resolvePath(value, inv.scope);
  if (path === null || !isCompletionFile(path, inv.scope.home)) return false;
  inv.env.b.verb('write').target({ kind: 'filesystem', id: path, environment: null, home: false, verbs: ['write'] }).finding('completion_installed', `\`${producer}\` prints its own completion script, installed as \`${path}\``, { start: w.start, end: w.end });
  return true;
}

export function redirects(call: Invocation, list: Redirect[]): void {
  const inv = producerOf(call);
  const truncatingCommand = inv.name === ':' || inv.name === 'true' || inv.name === '' || (inv.name === 'cat' && inv.args[0]?.value === '/dev/null') || (inv.name === 'echo' && inv.args.length === 0) || (inv.name === 'echo' && inv.args.length === 1 && inv.args[0]?.value === '-n') || (inv.name === 'printf' && inv.args[0]?.value === '');
  for (const r of list) {
    if (!r.target || !/>/.test(r.op) || r.op === '>&' && /^\d+$/.test(r.target.value ?? '')) continue;
    const v = r.target.value;
    if (v === '/dev/null' || v === '/dev/stdout' || v === '/dev/stderr' || v === '/dev/tty' || (v !== null && /^&?\d$/.test(v))) continue;
    // `/dev/tcp/H/P`, `/dev/udp/H/P`: bash opens a socket, not a file (answer 403.5); what is sent is judged by the walk.
    if (socketPath(v) !== null) {
      inv.env.b.verb('network');
      continue;
    }
    if (v !== null && /^\/dev\/(sd|hd|vd|xvd|nvme|disk|mmcblk|md|dm-|mapper|rdisk)/.test(v)) {
      inv.env.b.verb('write', 'delete').destroy('disk_overwrite', `redirect writes to the device \`${v}\``, r.span);
      inv.env.b.target({ kind: 'host', id: v, environment: null, home: false, critical: true });
      continue;
    }
    const append = r.op === '>>' || r.op === '&>>';
    const fx = pathEffect(inv, r.target);
    if (append) {
      // Appending a line to `~/.bashrc` loses nothing; overwriting it does (below). Through a link this input made, the
      // file it names is appended to (atk40).
      const linked = throughLink(inv, r.target);
      appendTarget(inv, linked, linked === r.target ? fx : pathEffect(inv, linked), 'appends to');
      continue;
    }
    // `sort f > f`, `jq … package.json > package.json`: the shell empties the target before the command starts, so the
    // command reads an empty file and the content is lost (bash(1), REDIRECTION: the file is opened, truncated, first).
    // `git show REV:f > f` puts the committed version over the working file, as `git checkout REV -- f` does.
    const readsTarget = !append && fx.cls !== 'rebuildable' && fx.cls !== 'temporary' && fx.cls !== 'unknown' && inv.name !== '' && !NOT_READERS.has(inv.name) && inv.args.some((a) => a.value !== null && a.value !== '' && !a.value.startsWith('-') && resolvePath(a.value, inv.scope) === fx.path);
    if (readsTarget) {
      inv.env.b.verb('write', 'delete').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write', 'delete'] });
      inv.env.b.destroy('redirect_truncates_input', `\`>\` empties \`${fx.path}\` before \`${inv.name}\` reads it: its content is lost`, r.span);
      continue;
    }
    const shownRev = inv.name === 'git' && inv.args[0]?.value === 'show' ? inv.args.slice(1).find((a) => a.value !== null && /^[^-:][^:]*:[^:]+$/.test(a.value)) : undefined;
    if (shownRev && fx.cls !== 'rebuildable' && fx.cls !== 'temporary' && resolvePath(shownRev.value!.slice(shownRev.value!.indexOf(':') + 1), inv.scope) === fx.path) {
      inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
      inv.env.b.destroy('git_show_over_worktree', `\`git show ${shownRev.value}\` replaces the working copy of \`${fx.path}\`: changes not committed are lost`, r.span);
      continue;
    }
    // A git hook written here with content the line shows (`cat > .git/hooks/pre-commit <<EOF`) is judged by the commands
    // it stores (recordWrites, stored-commands.ts), as the file tool's write of it is; a hook is not one of git's records.
    const text = r.target.value === null ? undefined : writtenContent(inv.scope, r.target.value);
    if (!truncatingCommand && typeof text === 'string' && runLaterFile(fx.path)?.what === 'a git hook' && /\/\.git\/hooks\/[^/]+$/.test(fx.path) && fx.path.replace(/\/\.git\/hooks\/[^/]+$/, '') === (inv.scope.workspace ?? inv.scope.cwd)) {
      inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
      continue;
    }
    // A dump tool's output into a dump file outside the workspace (`pg_dump ledger > /var/backups/ledger.sql`, a nightly job
    // that writes its dump over the last one): a write (the lead's round-16 decision 10). Not over a system or credential
    // file, a start-up script or the control plane, which the dump would replace.
    if (DUMP_TOOLS.has(inv.name) && !hasFlag(inv.args, '--help', '-?') && (fx.cls === 'critical' || fx.cls === 'outside') && DUMP_FILE.test(fx.path) && !fx.path.startsWith('/etc/') && runLaterFile(fx.path) === null && !isCredentialFile(fx.path)) {
      inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('dump_written', `\`${inv.name}\` writes its dump to \`${fx.path}\``, r.span);
      continue;
    }
    // A kubeconfig written under another name in `~/.kube` (`kubectl config view --flatten > ~/.kube/merged.yaml`): a new
    // file beside `config`, which it does not replace (the lead's round-16 decision 14). Over `~/.kube/config` stays judged.
    if (!truncatingCommand && inv.scope.home && fx.path.startsWith(`${inv.scope.home}/.kube/`) && /^[\w.-]+$/.test(fx.path.slice(inv.scope.home.length + 7)) && fx.path.slice(inv.scope.home.length + 7) !== 'config') {
      inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('kubeconfig_written', `\`>\` writes the kubeconfig \`${fx.path}\` beside \`~/.kube/config\``, r.span);
      continue;
    }
    if (!truncatingCommand && printsCompletionScript(inv.name, inv.args.map((a) => a.value)) && completionInstalled(inv, r.target, `${inv.name} ${inv.args.map((a) => a.value).join(' ')}`)) continue;
    // Round 41 (bl41sys): a drop-in written whole by `echo`, `printf` or a heredoc to `cat`, with the text the line shows
    // (recordWrites), is read by the same rows as `tee`'s text (plainTextDropIn): a systemd drop-in that only sets limits, a
    // logrotate.d file that runs no script, an sshd drop-in that narrows access. Text not shown, or any other line, stays
    // a system file replaced.
    if (!truncatingCommand && typeof text === 'string' && plainTextDropIn(fx.path, text)) {
      inv.env.b.verb('write').target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('plain_text_drop_in', `\`>\` writes \`${fx.path}\`, a drop-in whose shown text is plain configuration`, r.span);
      continue;
    }
    if (truncatingCommand) {
      emptyFile(inv, r.target, '`>` empties');
    } else {
      fileTarget(inv, throughLink(inv, r.target), 'write', { recursive: false, what: '`>` overwrites', replaces: true });
    }
  }
}

/**
 * Kernel settings a value written lasts in until the next boot (proc(5): `/proc/sys` holds the running kernel's settings,
 * as `sysctl -w` sets them), with the values that lose nothing: raising limits; and SysRq
 * letters that only sync or show state (the kernel's sysrq documentation: `s` sync, `d` `l` `m` `p` `q` `t` `w` show
 * locks, backtraces, memory, registers, timers, tasks, blocked tasks; `h` help; `0`-`9` console log level). Not `b`
 * reboot, `c` crash, `e`/`i` kill every process, `f` OOM kill, `k` SAK, `o` power off, `u` remount read-only, nor other
 * settings (`kernel/randomize_va_space`, `kernel/yama/ptrace_scope` turn safeguards off), which stay system file writes.
 * Dropping caches and compacting memory lose nothing whatever is written (`isKernelHousekeepingFile`, judged by path).
 */
const HARMLESS_KERNEL_SETTINGS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^\/proc\/sys\/fs\/inotify\/max_user_watches$/, /^\d{1,9}$/],
  [/^\/proc\/sys\/fs\/inotify\/max_user_instances$/, /^\d{1,9}$/],
  [/^\/proc\/sys\/vm\/max_map_count$/, /^\d{1,10}$/],
  [/^\/proc\/sys\/net\/core\/somaxconn$/, /^\d{1,6}$/],
  [/^\/proc\/sysrq-trigger$/, /^[sdlmpqtwh0-9]$/],
  // A software RAID scrub (the kernel's md documentation, `sync_action`: `check` reads every block and only counts
  // mismatches; `repair` rewrites them and `idle` interrupts a resync, which stay system file writes) (round 28, s28).
  [/^\/sys\/(block|devices\/virtual\/block)\/md\d+\/md\/sync_action$/, /^check$/],
];
/** `echo 3 | sudo tee /proc/sys/vm/drop_caches`: a harmless value (HARMLESS_KERNEL_SETTINGS) piped in, a write. */
function kernelSettingWrite(inv: Invocation, w: Word): boolean {
  const path = pathEffect(inv, w).path;
  const value = inv.stdin?.text?.trim();
  if (value === undefined || !HARMLESS_KERNEL_SETTINGS.some(([file, harmless]) => file.test(path) && harmless.test(value))) return false;
  const target = { kind: 'filesystem' as const, id: path, environment: pathEnvironment(inv, path), home: false, verbs: ['write' as const] };
  inv.env.b.verb('write').target(target).finding('kernel_setting', `\`${inv.name}\` writes \`${value}\` to \`${path}\`, a kernel setting that lasts until reboot and loses nothing`, { start: w.start, end: w.end });
  return true;
}

/**
 * `tee [-a] FILE…` writes its standard input to each file, as `>` (`>>`) does: a file kept empty, a kernel setting, and
 * lines sent to a flight controller's serial device (the lead's answer 400.2: `echo 'param reset_all' | tee /dev/ttyACM0`
 * is the redirect's NSH lines, vehicle-shell.ts serialDeviceWrite) are read as the redirect reads them.
 */
export function tee(inv: Invocation): void {
  const paths = positionals(inv.args);
  for (const p of paths) storeWrite(inv, p.value, inv.stdin?.text ?? null, hasFlag(inv.args, '-a', '--append'));
  const append = hasFlag(inv.args, '-a', '--append');
  // Round 42 (nxa42, the lead's answer 426.6): a renderer's output into the file, whole, carries the render's inputs to a
  // later apply of it (`helm template ./chart | tee out.yaml && kubectl apply -f out.yaml`), as `>` does.
  const rendered = append ? undefined : renderedOutputOf(inv.stdin, inv.scope);
  for (const p of rendered === undefined ? [] : paths) {
    const at = p.value === null ? null : resolvePath(p.value, inv.scope);
    if (at !== null) (inv.scope.renderedFiles ??= new Map()).set(at, rendered!);
  }
  for (const p of paths) {
    const device = p.value === null ? null : resolvePath(p.value, inv.scope);
    if (device !== null && isSerialDevice(device)) serialDeviceWrite(inv.env.b, device, inv.stdin?.text ?? null, { start: p.start, end: p.end });
    if (!append && kernelSettingWrite(inv, p)) continue;
    // Nothing piped in (`: | sudo tee F`, `tee F < /dev/null`): F is emptied, as `: > F` empties it; appending nothing
    // changes nothing.
    if (inv.stdin?.text === '' || inv.stdin?.file === '/dev/null') {
      if (append) inv.env.b.verb('read');
      else emptyFile(inv, p, '`tee` of empty input empties');
    } else if (append) appendTarget(inv, throughLink(inv, p), pathEffect(inv, throughLink(inv, p)), '`tee -a` appends to');
    else if (inv.stdin?.completionScript === true && completionInstalled(inv, p, inv.stdin.producer)) continue;
    else fileTarget(inv, throughLink(inv, p), 'write', { recursive: false, what: '`tee` overwrites', replaces: true });
  }
}

/**
 * Key and certificate tools, ncdu (a disk usage browser; round 28, s28), starship (a prompt: `preset`, `explain`, `init`,
 * `module`, `print-config` print) and gitleaks (a secret scanner that reads a repository and prints; round 34): they read, except for the files their output options name (openssl
 * `-out`/`-keyout`, gpg `-o`/`--output`, ncdu's export `-o`, `starship preset NAME -o FILE`, gitleaks's report `-r`), which they overwrite (a live
 * server key under `/etc` is a critical path, as with `>`; a shell prompt's settings in the home folder as `cp` onto them), and gpg's
 * key deletions (gpg(1): `--delete-keys`, `--delete-secret-keys`, `--delete-secret-and-public-key` remove keys from the
 * keyring; a secret key has no other copy unless exported).
 */
const KEY_TOOL_OUTPUT: Readonly<Record<string, string[]>> = { openssl: ['-out', '-keyout'], gpg: ['-o', '--output'], gpg2: ['-o', '--output'], ncdu: ['-o'], starship: ['-o', '--output'], gitleaks: ['-r', '--report-path'] };
/**
 * gpg(1) `--import` of a file its name calls a revocation certificate (`revoke.asc`, `revocation-cert.asc`, gpg's own
 * `openpgp-revocs.d/FPR.rev`): importing it revokes the key, and no later import takes that back (round 39, td39). The
 * file named as an operand or given on the input (`< revoke.asc`); the file's name shown, or undefined.
 */
function importedRevocation(inv: Invocation): string | undefined {
  if (!/^gpg2?$/.test(inv.name) || !hasFlag(inv.args, '--import')) return undefined;
  const files = [...inv.args.map((a) => a.value), inv.stdin?.file ?? null];
  return files.find((f): f is string => f !== null && !f.startsWith('-') && /(revo(ke|cation)[^/]*|\.rev)$/i.test(f.replace(/\.(asc|gpg|pgp|txt)$/i, '')));
}

export function keyTool(inv: Invocation): void {
  const b = inv.env.b.verb('read');
  const del = inv.args.find((a) => a.value !== null && /^--delete-(secret-and-public-key|secret-keys?|keys?)$/.test(a.value));
  if (del) b.verb('delete').destroy('key_delete', `\`${inv.name} ${del.value}\` deletes keys from the keyring`, inv.span);
  // Round 42 (bl42pki): `openssl ca -revoke CERT` (openssl-ca(1)) marks an issued certificate revoked in the CA's
  // database; the next `-gencrl` publishes it and its holder is refused. `-gencrl`, signing and the rest are not.
  if (inv.name === 'openssl' && inv.args[0]?.value === 'ca' && inv.args.some((a) => a.value === '-revoke')) b.verb('write').destroy('certificate_revoked', '`openssl ca -revoke` revokes an issued certificate in the CA\'s database', inv.span);
  const revocation = importedRevocation(inv);
  if (revocation) b.verb('write').destroy('key_revoked', `\`${inv.name} --import ${revocation}\` imports a revocation certificate: the key is revoked for good`, inv.span);
  const names = KEY_TOOL_OUTPUT[inv.name] ?? [];
  for (let i = 0; i < inv.args.length; i++) {
    const a = inv.args[i]!;
    const next = inv.args[i + 1];
    if (!a.value || !names.includes(a.value) || !next || next.value === '-' || next.value === '/dev/null') continue;
    fileTarget(inv, next, 'write', { recursive: false, what: `\`${inv.name} ${a.value}\` overwrites` });
  }
}

/**
 * The lead's answer 331 (round 30, question 2): `ffmpeg -y` writes over its output files without asking (ffmpeg(1), "Main
 * options"). An output that is one of its own inputs (`-i talk.mp4 … talk.mp4`) is replaced by what is made from it:
 * destroyed. Any other named output is the overwrite a `>` of that file is (fileTarget). ffmpeg's command line is
 * `[options] -i INPUT … [options] OUTPUT …`: every option takes one value but the switches below (its option table),
 * `-opt:STREAM` forms included. Returns false, leaving the catalogue's reading, without `-y` or when a word is not fixed
 * or an option is not one of these.
 */
const FFMPEG_SWITCHES = new Set(['-y', '-n', '-vn', '-an', '-sn', '-dn', '-hide_banner', '-nostdin', '-stdin', '-stats', '-nostats', '-shortest', '-re', '-copyts', '-start_at_zero', '-benchmark', '-benchmark_all', '-ignore_unknown', '-copy_unknown', '-xerror', '-noautorotate', '-autorotate', '-accurate_seek', '-noaccurate_seek', '-dump', '-hex', '-report', '-debug_ts', '-psnr', '-vstats', '-qphist', '-copyinkf', '-intra']);
const FFMPEG_VALUED = /^-(i|f|c|codec|acodec|vcodec|scodec|t|to|ss|sseof|fs|vf|af|filter|filter_complex|lavfi|r|s|aspect|b|ab|ar|ac|q|qscale|crf|preset|tune|profile|pix_fmt|map|map_metadata|map_chapters|metadata|frames|vframes|aframes|movflags|loglevel|v|threads|loop|stream_loop|itsoffset|framerate|video_size|pattern_type|g|bf|maxrate|minrate|bufsize|level|tag|strict|fflags|avoid_negative_ts|segment_time|hls_time|hls_list_size|hls_segment_filename|start_number|bsf|sample_fmt|channel_layout|vsync|fps_mode|async|disposition|id3v2_version|probesize|analyzeduration|thread_queue_size|hwaccel|hwaccel_output_format|init_hw_device|x264-params|x265-params|timestamp|shortest_buf_duration)(:\S*)?$/;
export function ffmpegOverwrite(inv: Invocation): boolean {
  const words = inv.args;
  if (!words.some((w) => w.value === '-y') || words.some((w) => w.value === null)) return false;
  const inputs: Word[] = [];
  const outputs: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const v = words[i]!.value!;
    if (FFMPEG_SWITCHES.has(v)) continue;
    if (v.startsWith('-') && v !== '-') {
      if (!FFMPEG_VALUED.test(v) || i + 1 >= words.length) return false;
      if (v === '-i') inputs.push(words[i + 1]!);
      i++;
      continue;
    }
    outputs.push(words[i]!);
  }
  const written = outputs.filter((o) => !/^(-|pipe:.*|\/dev\/null|NUL)$/.test(o.value!));
  if (written.length === 0) return false;
  const read = new Set(inputs.map((w) => pathEffect(inv, w).path));
  inv.env.b.verb('write');
  for (const o of written) {
    const path = pathEffect(inv, o).path;
    if (read.has(path)) inv.env.b.verb('delete').target({ kind: 'filesystem', id: path, environment: null, home: false, verbs: ['write', 'delete'] }).destroy('overwrites_own_input', `\`ffmpeg -y\` writes \`${path}\` over one of its own inputs: the original is lost`, inv.span);
    else fileTarget(inv, o, 'write', { recursive: false, what: '`ffmpeg -y` overwrites', replaces: true });
  }
  return true;
}

/**
 * `htpasswd -c FILE USER` and `mosquitto_passwd -c FILE USER` create FILE, rewriting it if it exists (htpasswd(1): "Create
 * the passwdfile. If passwdfile already exists, it is rewritten and truncated"; mosquitto_passwd(1) likewise): every
 * other user in it is lost. The lead's answer 354.3 (round 34): judged as any overwrite of FILE, so benign in the
 * workspace or a temporary folder and destructive on a password file under `/etc` or another system path. Without `-c`
 * one entry is added or updated (the catalogue's write); `-n` prints the entry and writes no file.
 */
export function passwordFileCreate(inv: Invocation, valued: readonly string[]): void {
  if (!hasFlag(inv.args, '-c') || hasFlag(inv.args, '-n')) return;
  const file = positionals(inv.args, new Set(valued))[0];
  if (file) fileTarget(inv, file, 'write', { recursive: false, what: `\`${inv.name} -c\` rewrites`, replaces: true });
}

/** ssh-keygen's options that pick a mode other than making a key (ssh-keygen(1)): they read, list, sign or convert. */
const SSH_KEYGEN_OTHER_MODE = /^-[ABcDeFGHiKklLMpQRrsTyY]/;

/**
 * `ssh-keygen [-t T] -f FILE`: makes a key into FILE. When FILE exists it asks "Overwrite (y/n)?" on the terminal or
 * stdin (ssh-keygen(1)); with an answer piped in (`yes y | ssh-keygen …`, `<<< y`) the existing key is replaced, which
 * is judged as any overwrite of FILE. Without one nothing is replaced; every other mode reads.
 */
export function sshKeygen(inv: Invocation): void {
  const b = inv.env.b.verb('read');
  if (inv.args.some((a) => SSH_KEYGEN_OTHER_MODE.test(a.value ?? ''))) return;
  const file = inv.args.findIndex((a) => a.value === '-f');
  if (file === -1 || !inv.args[file + 1]) return;
  b.verb('write');
  if (inv.stdin !== null) fileTarget(inv, inv.args[file + 1]!, 'write', { recursive: false, what: '`ssh-keygen`, told to overwrite, replaces', replaces: true });
  else b.target({ kind: 'filesystem', id: pathEffect(inv, inv.args[file + 1]!).path, environment: null, home: false, verbs: ['write'] });
}

/** A sed substitution whose pattern takes a setting's whole value (`=.*`) and whose replacement leaves it empty (ends in `=`). */
const SED_BLANKS_VALUE = /(^|[;\n]\s*)s(.)[^\n]*?[=:]\s*\.\*\$?\2[^\n]*?[=:]\2[gI]*\s*($|[;\n])/;
/**
 * A sed substitution whose pattern takes a setting's whole value (`s/^KEY=.*\/…/`): the key's text before `=` or `:` is
 * captured, to tell a secret's key (the lead's answer 70: its value is lost) from a plain setting's.
 */
const SED_REPLACES_VALUE = /(?:^|[;\n]\s*)s(.)([^\n]*?)[=:]\s*\.\*\$?\1/g;
function sedReplacesSecretValue(script: string): boolean {
  return [...script.matchAll(SED_REPLACES_VALUE)].some((m) => SECRET_KEY_WORD.test(m[2]!));
}
/** A sed line address: a line number, `$`, or a `/regex/` (with GNU's `I`/`M` flags). */
const SED_ADDRESS = String.raw`(?:\d+|\$|\/(?:[^\/\\\n]|\\.)*\/[IM]*)`;
/** A sed `d` command, with or without an address or a range (`/^API_KEY=/d`, `3,$d`, `/\[prod\]/,/^$/d`, `d`): it deletes lines. */
const SED_DELETES_LINES = new RegExp(String.raw`(^|[;\n{}])\s*(${SED_ADDRESS}(?:\s*,\s*(?:${SED_ADDRESS}|[+~]\d+))?)?\s*(!?)\s*d\s*(?=$|[;\n}])`, 'g');

/**
 * Whether a sed script deletes lines that may hold a secret: a `d` by line number or range, or negated (`/x/!d`), which
 * says nothing of what the lines hold, or by a pattern that names a secret's key (`/^API_KEY=/d`). `/^DEBUG=/d` deletes
 * a setting anyone can type again.
 */
function sedDeletesSecretLines(script: string): boolean {
  for (const m of script.matchAll(SED_DELETES_LINES)) {
    const address = m[2] ?? '';
    if (m[3] === '!' || !address.includes('/') || SECRET_KEY_WORD.test(address)) return true;
  }
  return false;
}

/**
 * One sed command that deletes or comments out the lines of `/etc/fstab` an address naming swap selects (`/swapfile/d`,
 * `/ swap / s/^/#/`, `/swap/s/^\(.*\)$/#\1/g`): the swap entry goes, the mounts stay (round 18, p18).
 */
const FSTAB_SWAP_LINE_OFF = /^\/(?:[^/\\]|\\.)*swap(?:[^/\\]|\\.)*\/\s*(d|s\/\^(\\?\(\.\*\\?\)\$)?\/#(\\1|&)?\/g?)$/i;
/** What sed may match before a setting's key at the start of a line: indentation or a comment mark (`\s*`, `#\?`, `#*`, `[#]*`, `[[:space:]]*`, ` *`). */
const SED_KEY_PREFIX = String.raw`(?:#\\?\?|#\*|\[#\]\*|\\s\*|\[\[:space:\]\]\*|\s\*|#)*`;
/**
 * One sed substitution that sets one sshd setting's lines, commented out or not, to a closing value
 * (`s/^#\?PasswordAuthentication .*\/PasswordAuthentication no/`): the address is that key at the start of a line, the
 * replacement the key with its closing value, and the flags at most `g` (not `e`, which runs the pattern space, or `w`).
 * Only that setting changes, towards closed; anything else in the script is judged as any edit of /etc.
 */
export function sedTightensSshd(command: string): boolean {
  const m = new RegExp(String.raw`^s([/|#,])\^?(${SED_KEY_PREFIX})([A-Za-z][A-Za-z0-9]*)((?:\\s|\\\+|\[\[:space:\]\]|[ +*.])*(?:yes|no|\.\*)?)\1([A-Za-z][A-Za-z0-9]* [a-z-]+)\1(g?)$`).exec(command.trim());
  if (!m) return false;
  const [, , , key, , replacement] = m;
  return SSHD_TIGHT_SETTING.test(replacement!) && replacement!.startsWith(`${key} `);
}

/**
 * An in-place edit of a configuration file under /etc for which sed keeps the old text beside it (GNU sed(1) `-i.bak`,
 * `-iSUFFIX`, `--in-place=SUFFIX`; BSD sed's `-i '.bak'`): the file's old content is kept in FILE+SUFFIX, as `cp F F.bak`
 * before the edit keeps it (file_kept), so the edit replaces nothing lost. Not the files that grant access (sudoers, PAM,
 * the account databases, `/etc/security`), and not a script whose text sets a safeguard off (config-safeguards.ts) or
 * reads as opening one (`yes`, `disabled`, `permissive`, `trust`, `NOPASSWD`, `0.0.0.0`, a value `0`/`no`/`off`/`false`/`*`):
 * a safeguard switched off stays off whatever copy is kept; nor a script that writes or reads other files or runs commands
 * (`w FILE`, `r FILE`, the `e` command or flag).
 */
/**
 * The lead's answer 149 (round 24): an in-place edit under /etc whose every command replaces one named setting
 * (`s/^maxmemory .*\/maxmemory 2gb/`, `s/^KEY=.*\/KEY=VALUE/`: the same key, anchored, a plain value) in a service's own
 * settings file (SETTINGS_FILE, not RUNS_OR_GRANTS) is a write: the old value is a setting typed again. Not the files that
 * guard access, boot, mounts or privilege (also fstab, crypttab, grub, firewall rules), and not a value that sets a
 * safeguard off or reads as opening one. And a line of /etc/hosts deleted by a host name under `.local`, `.test`,
 * `.localhost` or `.internal-dev` (a development name).
 */
// The key may be matched indented or commented out (`^\s*KEY`, `^#\?KEY`, `^[[:space:]]*KEY`: the setting uncommented or
// re-indented) and written back indented (nginx's `    worker_connections 4096;`) (round 26). The value may be several plain
// words (chrony's `pool 2.debian.pool.ntp.org iburst`, Redis's `save 900 1`), double quotes kept (`ENABLED="true"`) (round
// 29, s29); Apache's access directives
// (`Require all granted`, `Options Indexes`, `Order`, `Satisfy`) guard who reaches what, as `allow` does.
const ONE_SETTING_SUB = new RegExp(String.raw`^s([/|#,])\^(${SED_KEY_PREFIX})([A-Za-z_][\w.-]*)(\s*=\s*|\s+)\.\*\$?\1[ \t]*([A-Za-z_][\w.-]*)(\s*=\s*|\s+)([\w.:,@+"-]+(?:[ \t]+[\w.:,@+"-]+)*;?)\1g?$`);
// Round 30 (x30): the same setting replaced by its shown old value instead of an anchor (`s/worker_connections 768;/
// worker_connections 4096;/`): one setting's value typed again, as the anchored form. Groups numbered as ONE_SETTING_SUB's
// (no prefix; the fourth is the old value).
const LITERAL_SETTING_SUB = /^s([/|#,])()([A-Za-z_][\w.-]*)(?:\s*=\s*|\s+)([\w.:,@+"-]+;?)\1[ \t]*([A-Za-z_][\w.-]*)(\s*=\s*|\s+)([\w.:,@+"-]+(?:[ \t]+[\w.:,@+"-]+)*;?)\1g?$/;
/** A script's substitutions: split at newlines, and at `;` only before the next `s` or the end, so a value's `;` stays in it. */
/**
 * A sed substitution that swaps one archive address for another (`s|http://archive.ubuntu.com|http://de.archive.ubuntu.com|g`,
 * `s#deb.debian.org#ftp.de.debian.org#`): both sides a plain host, with a scheme and a path at most, nothing else on the
 * line changed (not `[trusted=yes]`, not `signed-by`), the lead's answer 343.5 (round 32).
 */
function swapsMirrorHost(command: string): boolean {
  const m = /^s(.)(.+?)\1(.+?)\1g?$/.exec(command);
  if (m === null || !/^[/|#,]$/.test(m[1]!)) return false;
  const address = /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/[\w.~-]+)*\/?$/i;
  const plain = (side: string): string => side.replace(/\\([./])/g, '$1');
  return address.test(plain(m[2]!)) && address.test(plain(m[3]!));
}
function sedCommands(script: string): string[] {
  return script.split(/\n|;(?=\s*(?:s[/|#,]|$))/).map((c) => c.trim()).filter((c) => c !== '');
}
const SYSTEMD_COMPONENT_FILE = /^\/etc\/systemd\/(journald|resolved|timesyncd)\.conf$/;
const GUARD_SETTING_KEY = /ssl|tls|auth|allow|deny|access|^user$|^group$|autoindex|verify|secur|protect|cipher|cert|trust|root|^(require|options|order|satisfy)$/i;
const GUARDS_BOOT_OR_MOUNTS = /^\/etc\/(fstab|crypttab|default\/(grub|ufw|ssh|sshd|useradd|login)|grub|ufw\/|iptables\/|nftables|firewalld\/|sysconfig\/(iptables|ip6tables|sshd|selinux|firewalld|nftables|grub|init)|selinux\/|hosts\.(allow|deny))/;
const SOURCED_SETTINGS_FILE = /^\/etc\/(default|sysconfig)\/[\w.-]+$/;
const DEV_HOST_LINE_DELETE = /^\/[\w-]+(?:\\?\.[\w-]+)*\\?\.(local|test|localhost|internal-dev)\\?b?\$?\/d$/;
/** A line pattern (a regular expression, as sed's address or PowerShell's `-notmatch` takes it) that names one development host. */
export function namesDevHostLine(pattern: string): boolean {
  return DEV_HOST_LINE_DELETE.test(`/${pattern}/d`);
}
/**
 * Round 41 (bl41sys): nginx's `ssl_protocols` (ngx_http_ssl_module) replaced by a list of TLSv1.2 and TLSv1.3 only, found
 * by its key at a line's start or anywhere on it (`s/ssl_protocols .*\/ssl_protocols TLSv1.2 TLSv1.3;/`): the older
 * protocols switched off, TLS narrowed. Any other value, or another guard key, stays judged as GUARD_SETTING_KEY says.
 */
const TLS_PROTOCOLS_TIGHTENED = /^s([/|#,])(?:\^(?:\\s\*|\[\[:space:\]\]\*)?)?ssl_protocols(?: |\\s\+)\.\*\$?\1[ \t]*ssl_protocols[ \t]+TLSv1\.[23](?:[ \t]+TLSv1\.[23])?;?\1g?$/;
function etcSettingEdit(inv: Invocation, p: Word, script: string): boolean {
  const fx = pathEffect(inv, p);
  if (!fx.path.startsWith('/etc/') || /\/\.\.?(\/|$)/.test(fx.path)) return false;
  const lines = script.split(/[;\n]/).map((c) => c.trim()).filter((c) => c !== '');
  if (lines.length === 0) return false;
  if (fx.path === '/etc/hosts') return lines.every((c) => DEV_HOST_LINE_DELETE.test(c));
  const commands = sedCommands(script);
  // A systemd component's own settings file (journald.conf, resolved.conf, timesyncd.conf: not a unit, which runs programs)
  // takes what its drop-in folder takes (paths.ts `plainTextDropIn`: journald's space caps, not `Storage=none`) (round 28).
  const component = SYSTEMD_COMPONENT_FILE.test(fx.path);
  // Debian's /etc/default and Red Hat's /etc/sysconfig hold `KEY=VALUE` lines a service's start-up script sources (round
  // 29): one word only there, since a second word would run as a command when the file is sourced.
  const sourced = SOURCED_SETTINGS_FILE.test(fx.path);
  if ((!SETTINGS_FILE.test(fx.path) && !sourced) || (RUNS_OR_GRANTS.test(fx.path) && !component) || guardsAccess(fx.path) || GUARDS_BOOT_OR_MOUNTS.test(fx.path)) return false;
  return commands.every((c) => {
    if (!sourced && !component && TLS_PROTOCOLS_TIGHTENED.test(c)) return true;
    const m = ONE_SETTING_SUB.exec(c) ?? LITERAL_SETTING_SUB.exec(c);
    if (sourced && (m === null || m[6] !== '=' || /\s/.test(m[7]!))) return false;
    // A secret's setting (`requirepass`, `*_password`, `api_key`) replaced is lost (answer 112). With `#` as the
    // delimiter a `#` in the prefix would be the delimiter itself.
    if (!m || m[3] !== m[5] || (m[1] === '#' && m[2]!.includes('#')) || SECRET_KEY_WORD.test(m[3]!) || /pass/i.test(m[3]!)) return false;
    // A setting that guards TLS, logins or who may reach or run the service (`ssl_protocols`, `auth_*`, `allow`,
    // `autoindex`, nginx's `user`) may be weakened by any value.
    if (GUARD_SETTING_KEY.test(m[3]!)) return false;
    const line = `${m[5]}${m[6]}${m[7]}`;
    if (component && !plainTextDropIn(`${fx.path}.d/setting.conf`, line)) return false;
    return !EDIT_OPENS.test(line) && settingSwitchesSafeguardOff(fx.path, line) === undefined && !KERNEL_HARDENING_OFF.test(line);
  });
}
const SED_BACKUP_SUFFIX = /^-[a-zA-Z]*i[^\s]+$|^--in-place=.+$/;
/** The system's access files: sudoers, PAM and `/etc/security`, the account databases (guardsAccess). */
const ACCESS_FILE = /^\/etc\/(sudoers|pam\.d\/|shadow|gshadow|passwd|group|security\/)/;
/** sshd's settings and their drop-ins (guardsAccess). */
const SSHD_SETTINGS = /^\/etc\/ssh\/sshd_config(\.d\/|$)/;
/**
 * A file whose lines say who may sign in or act as whom: the system's (ACCESS_FILE), sshd's settings and a home's
 * (authorized_keys, `.k5login`, `.rhosts`). A copy kept of it (`cp F F.bak`) excuses no edit (round 38, sh38's question 2),
 * and no single setting in it is a plain configuration edit.
 */
/** Round 42 (atk42): system files whose mere existence changes what runs: made new, they are no file kept. */
const RUN_LATER_SYSTEM_FILE = /^\/etc\/(ld\.so\.preload|ld\.so\.conf(\.d\/[^/]+)?|profile(\.d\/[^/]+)?|bash\.bashrc|environment|rc\.local|crontab|cron\.(d|hourly|daily|weekly|monthly)\/[^/]+|anacrontab|systemd\/(system|user)\/[^/]+|init\.d\/[^/]+|modules-load\.d\/[^/]+|modprobe\.d\/[^/]+|udev\/rules\.d\/[^/]+|xdg\/autostart\/[^/]+|update-motd\.d\/[^/]+|apt\/apt\.conf\.d\/[^/]+|NetworkManager\/dispatcher\.d\/[^/]+)$/;
function guardsAccess(path: string): boolean {
  return ACCESS_FILE.test(path) || SSHD_SETTINGS.test(path) || HOME_ACCESS_FILE.test(path);
}
// IPv6's every address (`::`) stands alone, as `bind ::` or `listen [::]:80` write it (`::1` is loopback) (round 29).
const EDIT_OPENS = /\b(yes|disabled?|permissive|trust|NOPASSWD|pam_permit|0\.0\.0\.0)\b|(^|[\s=,"'[])::(?=$|[\s,"';\]])|(=|\s)\s*["']?(0|no|off|false|\*)["']?\s*$|["']\*["']/im;
function sedKeepsBackup(inv: Invocation, suffix: boolean, script: string | null, p: Word): boolean {
  if (!suffix || script === null || p.value === null || p.glob) return false;
  const fx = pathEffect(inv, p);
  // sshd's settings edited with sed's own backup stay read by the edit's text (EDIT_OPENS: `MaxAuthTries 3` is kept, `PermitRootLogin
  // yes` is not), as labelled; every other file that guards access is refused.
  if (fx.cls !== 'critical' || !fx.path.startsWith('/etc/') || (guardsAccess(fx.path) && !SSHD_SETTINGS.test(fx.path))) return false;
  const text = script.split(/[/|\n;]/).join('\n');
  return !EDIT_OPENS.test(text) && settingSwitchesSafeguardOff(fx.path, text) === undefined && !/[wWrR]\s*\/|(^|[^A-Za-z])e(\s|$)|\/[gpIiMm0-9]*[ew][gpIiMm0-9]*\s*($|[;}\n])/.test(script);
}


/**
 * The lead's answer 369.3 (round 36): one named cron line removed that is no safeguard's is a write, as 360.1's Windows task
 * deleted by one fixed name: the pattern is one literal name (letters, digits, `.`, `_`, `-`, `/`; at least three letters
 * or digits, one a letter), not a safeguard's (cronJobSafeguard), and neither it nor the session's host names production
 * or staging. A regular expression, an empty or short pattern and a whole table (`crontab -r`) are not one line.
 */
export function cronLineOfNoSafeguard(inv: Invocation, pattern: string): boolean {
  if (!/^[\w./-]+$/.test(pattern) || !/[a-z]/i.test(pattern) || pattern.replace(/[^a-z0-9]/gi, '').length < 3 || cronJobSafeguard(pattern)) return false;
  const session = inv.env.ctx.host ? heuristicEnvironment(inv.env.ctx.host) : null;
  const own = heuristicEnvironment(pattern);
  return session !== 'production' && session !== 'staging' && own !== 'production' && own !== 'staging';
}

/**
 * Postfix's address-rewriting lookup tables (postconf(5): `virtual_alias_maps`' `virtual`, `canonical`, `sender_canonical`,
 * `recipient_canonical`, `generic`, `relocated`, `transport`) and the aliases file (aliases(5)); not the access tables,
 * whose lines are the server's checks.
 */
const POSTFIX_LOOKUP_TABLE = /^\/etc\/(postfix\/(virtual|virtual_alias|canonical|sender_canonical|recipient_canonical|generic|relocated|transport)|aliases|postfix\/aliases|mail\/aliases)$/;
/**
 * Answer 386.5: a sed command that deletes the one line whose key is written out whole: `/^ADDRESS/d` (a full address,
 * optionally its following blank `\s`, `[[:space:]]`, a space or a tab) or, in an aliases file, `/^NAME:/d`; the session's
 * host not named for production or staging (as cronLineOfNoSafeguard).
 */
function postfixTableLineRemoved(inv: Invocation, file: string, command: string): boolean {
  const m = /^\/\^((?:[^/\\]|\\.)+)\/d$/.exec(command);
  if (!m) return false;
  const key = m[1]!.replace(/(\\s|\[\[:space:\]\]|\\t| |\t)[+*]?$/, '').replace(/\\\./g, '.');
  const address = /^[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(key);
  const alias = /aliases$/.test(file) && /^[\w.+-]+:$/.test(key);
  const session = inv.env.ctx.host ? heuristicEnvironment(inv.env.ctx.host) : null;
  return (address || alias) && session !== 'production' && session !== 'staging';
}

/** A user's crontab file in the spool cron keeps (Debian's `crontabs/USER`, Red Hat's `cron/USER`, SUSE's `tabs/USER`). */
const USER_CRONTAB_FILE = /^\/var\/spool\/cron\/(?:crontabs\/|tabs\/)?[\w.-]+$/;

export function sedInPlace(inv: Invocation): void {
  const inPlace = inv.args.some((a) => a.value !== null && (/^-[a-zA-Z]*i/.test(a.value) && !a.value.startsWith('--') || a.value.startsWith('--in-place')));
  const b = inv.env.b.verb('read');
  if (!inPlace) return;
  b.verb('write');
  // BSD sed(1) takes the backup suffix of `-i` as the next word (`sed -i '' -e …`): an empty word there is no file.
  const bsdSuffix = inv.args.findIndex((a, i) => (a.value === '' || /^\.[\w~-]+$/.test(a.value ?? '')) && /^-[a-zA-Z]*i$/.test(inv.args[i - 1]?.value ?? ''));
  const suffix = (bsdSuffix !== -1 && inv.args[bsdSuffix]!.value !== '') || inv.args.some((a) => SED_BACKUP_SUFFIX.test(a.value ?? ''));
  const args = bsdSuffix === -1 ? inv.args : inv.args.filter((_, i) => i !== bsdSuffix);
  const hasScriptOption = args.some((a) => a.value === '-e' || a.value?.startsWith('--expression') || a.value === '-f' || a.value?.startsWith('--file'));
  const words = positionals(args, new Set(['-e', '--expression', '-f', '--file']));
  const script = hasScriptOption ? optionValues(args, '-e', '--expression').join('\n') : (words[0]?.value ?? null);
  const paths = words.slice(hasScriptOption ? 0 : 1);
  // A script that deletes every line (`d`, `1,$d`) empties each file.
  const deletesAll = script !== null && /^\s*(1\s*,\s*\$\s*)?d\s*;?\s*$/.test(script);
  for (const p of paths) {
    if (deletesAll) {
      emptyFile(inv, p, '`sed -i` deletes every line of');
      continue;
    }
    if (script !== null && p.value === '/etc/fstab' && script.split(/[;\n]/).filter((c) => c.trim() !== '').every((c) => FSTAB_SWAP_LINE_OFF.test(c.trim()))) {
      inv.env.b.finding('fstab_swap_line_off', `\`sed -i\` removes or comments out the swap line of \`/etc/fstab\`: swap is not enabled at boot, no mount changes`, inv.span);
      continue;
    }
    if (script !== null && p.value !== null && /^\/etc\/ssh\/sshd_config(\.d\/[\w.-]+\.conf)?$/.test(p.value) && script.split(/[;\n]/).filter((c) => c.trim() !== '').every(sedTightensSshd)) {
      inv.env.b.finding('sshd_tightened', `\`sed -i\` sets settings of \`${p.value}\` to values that close a way in`, inv.span);
      continue;
    }
    if (script !== null && p.value !== null && !p.glob && isDistributionAptSources(pathEffect(inv, p).path) && sedCommands(script).every(swapsMirrorHost)) {
      const fx = pathEffect(inv, p);
      inv.env.b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
      inv.env.b.finding('apt_mirror_swapped', `\`sed -i\` swaps the mirror host of the distribution's apt sources \`${fx.path}\`: the same archive from another mirror, its signatures still checked (the lead's answer 343.5)`, { start: p.start, end: p.end });
      continue;
    }
    if (script !== null && p.value !== null && !p.glob && etcSettingEdit(inv, p, script)) {
      const fx = pathEffect(inv, p);
      inv.env.b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
      inv.env.b.finding('etc_setting_replaced', `\`sed -i\` replaces named settings of \`${fx.path}\` (or a development host's line), typed again at will (the lead's answer 149)`, { start: p.start, end: p.end });
      continue;
    }
    // Answer 369.3: `sed -i '/NAME/d'` on a user's crontab file takes one named job out, as `crontab -l | grep -v NAME |
    // crontab -` does (cronLineOfNoSafeguard); a safeguard's name or any other edit is judged as an edit of the spool.
    if (script !== null && p.value !== null && !p.glob && USER_CRONTAB_FILE.test(p.value) && sedCommands(script).every((c) => { const name = /^\/((?:[^/\\]|\\.)+)\/d$/.exec(c.trim())?.[1]; return name !== undefined && cronLineOfNoSafeguard(inv, name); })) {
      inv.env.b.target({ kind: 'filesystem', id: p.value, environment: null, home: false, verbs: ['write'] });
      inv.env.b.verb('delete').finding('cron_line_removed', `\`sed -i\` takes a named job out of the crontab \`${p.value}\`, no safeguard's (answer 369.3)`, { start: p.start, end: p.end });
      continue;
    }
    // The lead's answer 386.5 (round 38): one alias line taken out of a Postfix lookup table or the aliases file, by its
    // whole key, is a write, as 369.3's cron line (postfixTableLineRemoved).
    if (script !== null && p.value !== null && !p.glob && POSTFIX_LOOKUP_TABLE.test(p.value) && sedCommands(script).every((c) => postfixTableLineRemoved(inv, p.value!, c.trim()))) {
      inv.env.b.target({ kind: 'filesystem', id: p.value, environment: null, home: false, verbs: ['write'] });
      inv.env.b.verb('delete').finding('alias_line_removed', `\`sed -i\` takes one named line out of the lookup table \`${p.value}\` (answer 386.5)`, { start: p.start, end: p.end });
      continue;
    }
    // A backup suffix, or a backup copy this input made of the file first (`cp -a F F.$(date +%F) && sed -i … F`, round 38).
    if (sedKeepsBackup(inv, suffix || (p.value !== null && !p.glob && inv.scope.backedUp?.has(pathEffect(inv, p).path) === true), script, p)) {
      const fx = pathEffect(inv, p);
      inv.env.b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
      inv.env.b.finding('edit_backup_kept', `\`sed -i\` edits \`${fx.path}\` and keeps its old text beside it (a backup suffix)`, { start: p.start, end: p.end });
      continue;
    }
    fileTarget(inv, p, 'write', { recursive: false, what: '`sed -i` edits', edits: true, plainEdit: true });
    // A substitution that leaves a setting with no value (`s/^API_KEY=.*/API_KEY=/`) or a `d` that deletes a secret's line
    // (`/^API_KEY=/d`) in a dotenv or secret file erases the secret it held; no tool writes it again.
    if (script !== null && (SED_BLANKS_VALUE.test(script) || sedDeletesSecretLines(script) || sedReplacesSecretValue(script))) secretErased(inv, p);
    // Appending lines at the end (`$a KEY=1`) replaces no value; an edit that may replace a secret loses it (answer 112).
    else if (script === null || (!/^\s*\$\s*a\b/.test(script) && dotenvEditMayLoseSecret(script))) dotenvEdited(inv, p);
  }
}

/**
 * The lead's answer 429.6 (round 41): a tool that rewrites a data or source file in place (`yq -i`, `dasel put -f`,
 * `autopep8 --in-place`, `black`, `sponge F`) is judged as `sed -i` on that file: system files and credentials are
 * destructive, a dotenv file's values lost, a project's own file a write (in-place-rewriters.ts names the files).
 */
export function inPlaceEdit(inv: Invocation, file: Word, what: string): void {
  fileTarget(inv, file, 'write', { recursive: false, what, edits: true, plainEdit: true });
  dotenvEdited(inv, file);
}

/**
 * The lead's answers 89 and 112: an edit of a dotenv file that may replace a secret (dotenvEditMayLoseSecret) loses it, which
 * no tool writes again, as an overwrite does. Templates (`.env.example`, `.env.sample`) are not dotenv files here; an append
 * (`>>`) adds a key and loses nothing.
 */
function dotenvEdited(inv: Invocation, file: Word): void {
  const fx = pathEffect(inv, file);
  if (!isDotenvFile(fx.path) || fx.cls === 'rebuildable' || fx.cls === 'temporary') return;
  inv.env.b.destroy('dotenv_value_replaced', `\`${inv.name}\` edits \`${fx.path}\` in place: the values it replaces are kept nowhere else`, inv.span);
}

/** An in-place edit that erases a setting's value or deletes its line, judged by the file: a dotenv or secret file loses it. */
function secretErased(inv: Invocation, file: Word): void {
  const fx = pathEffect(inv, file);
  if (!isDotenvOrSecretFile(fx.path) || fx.cls === 'rebuildable' || fx.cls === 'temporary') return;
  inv.env.b.destroy('secret_value_erased', `\`${inv.name}\` in place erases a value or deletes lines in \`${fx.path}\`, which holds secrets no tool regenerates`, inv.span);
}

/** Perl and awk programs that keep only the lines not matching a pattern (`perl -ni -e 'print unless /RE/'`, awk `'!/RE/'`). */
const DROPS_MATCHING_LINES = /(?:print\s+unless|print\s+if\s*(?:!|not\b)|^\s*!)\s*m?\/((?:[^/\\]|\\.)*)\//gm;

/** Whether a perl or awk line filter drops the lines of a secret's key (`print unless /^API_KEY=/`). */
function dropsSecretLines(code: string): boolean {
  return [...code.matchAll(DROPS_MATCHING_LINES)].some((m) => SECRET_KEY_WORD.test(m[1]!));
}

export function simpleWrite(inv: Invocation): void {
  const b = inv.env.b.verb('write');
  for (const p of positionals(inv.args, new Set(['-m', '--mode', '-t', '--target-directory', '-r', '--reference', '-d', '--date']))) {
    const fx = pathEffect(inv, p);
    if (fx.cls === 'control_plane') fileTarget(inv, p, 'write', { recursive: false, what: `\`${inv.name}\` writes` });
    // Round 38 (bl38): a PHP site's maintenance flag made (`touch var/.maintenance.flag`, `touch storage/framework/down`)
    // is maintenance mode switched on (357.1): every visitor gets the maintenance page while it exists.
    else if (inv.name === 'touch' && CMS_MAINTENANCE_FLAG.test(fx.path)) b.target({ kind: 'filesystem', id: fx.path, environment: pathEnvironment(inv, fx.path), home: false, verbs: ['write'] }).destroy('site_offline', `\`touch\` makes \`${fx.path}\`, the site's maintenance flag: visitors get the maintenance page (357.1)`, { start: p.start, end: p.end });
    else b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
    // D8 round 16: what `mkdir`, `mktemp` and `touch` make is empty (touch leaves a file there as it is): no tool finds
    // configuration or plugins in it (written-config.ts)
    if (inv.name !== 'ln-s' && fx.path.startsWith('/')) (inv.scope.madeFolders ??= new Set()).add(fx.path);
  }
}

export function unlink(inv: Invocation): void {
  for (const p of positionals(inv.args)) fileTarget(inv, p, 'delete', { recursive: false, what: `\`${inv.name}\` deletes` });
}

/**
 * Editors that rewrite files in place, from each tool's manual: `perl -i[EXT]` and `ruby -i[EXT]`
 * (the switch may be bundled, `-pi`, `-i.bak`), `gawk -i inplace` (the inplace extension; any
 * other `-i` includes a library), and vim/vi/nvim/ex run as scripts (`-e`/`-E` ex mode, `ex`,
 * `-c CMD`, `+CMD`). The files they name are rewritten; an edited path we cannot see could be any.
 */
const EDITORS: Record<string, 'perl' | 'ruby' | 'awk' | 'vim'> = {
  perl: 'perl', ruby: 'ruby', awk: 'awk', gawk: 'awk', vim: 'vim', vi: 'vim', nvim: 'vim', ex: 'vim', view: 'vim', vimdiff: 'vim',
};

/** Per letter, whether a perl/ruby switch takes a value: attached (`-0777`) or, for these, also the next word. */
const SCRIPT_SWITCHES: Record<'perl' | 'ruby', { next: string; attached: string }> = {
  perl: { next: 'eEIMm', attached: '0CdDlxV' },
  ruby: { next: 'eEIrC', attached: '0FKWxT' },
};

function scriptEditorFiles(inv: Invocation, lang: 'perl' | 'ruby'): Word[] | null {
  const sw = SCRIPT_SWITCHES[lang];
  let inPlace = false;
  let program = false;
  let i = 0;
  for (; i < inv.args.length; i++) {
    const v = inv.args[i]!.value;
    if (v === null || !v.startsWith('-') || v === '-') break;
    if (v === '--') {
      i++;
      break;
    }
    if (v.startsWith('--')) continue;
    for (let j = 1; j < v.length; j++) {
      const c = v[j]!;
      if (c === 'i') {
        inPlace = true;
        break; // the rest of the word is the backup extension
      }
      if (sw.next.includes(c)) {
        if (c === 'e' || c === 'E') program = true;
        if (j === v.length - 1) i++;
        break;
      }
      // perlrun: `-0[octal]` and `-l[octnum]` take only digits (`-0777`, `-0x1ff`), so switches may follow them in the same
      // word (`-0pi`, `-lne`).
      if (lang === 'perl' && (c === '0' || c === 'l')) {
        const digits = /^(x[0-9a-fA-F]*|[0-7]*)/.exec(v.slice(j + 1))![0];
        j += digits.length;
        continue;
      }
      if (sw.attached.includes(c)) break;
    }
  }
  if (!inPlace) return null;
  const operands = inv.args.slice(i);
  // Without -e the first operand is the program file.
  return program ? operands : operands.slice(1);
}

function awkInPlaceFiles(inv: Invocation): Word[] | null {
  const o = parseOptions(inv.args, { short: 'Ffvile', long: ['--include', '--file', '--field-separator', '--assign', '--load', '--source'] });
  const includes = [...(o.values.get('-i') ?? []), ...(o.values.get('--include') ?? [])];
  if (!includes.some((v) => v === null || /^inplace(\.awk)?$/.test(v))) return null;
  const hasProgram = o.values.has('-f') || o.values.has('--file') || o.values.has('-e') || o.values.has('--source');
  return (hasProgram ? o.operands : o.operands.slice(1)).filter((w) => !/^[A-Za-z_]\w*=/.test(w.value ?? ''));
}

function vimScriptFiles(inv: Invocation): Word[] | null {
  const o = parseOptions(inv.args, { short: 'cSuiTwWtq', long: ['--cmd', '--startuptime'] });
  if (inv.name === 'view' || hasAny(o, '-R', '-M')) return null;
  const commands = [...(o.values.get('-c') ?? []), ...(o.values.get('--cmd') ?? []), ...o.operands.filter((w) => w.value?.startsWith('+')).map((w) => w.value)];
  const exMode = inv.name === 'ex' || hasAny(o, '-e', '-E');
  if (!exMode && commands.length === 0) return null;
  return o.operands.filter((w) => !w.value?.startsWith('+'));
}

/**
 * `$(git ls-files '*.sh')`, `$(git grep -l TODO)`: the files Git tracks, which a checkout gives back. Not the untracked or
 * ignored ones (`ls-files -o/--others`, `-i/--ignored`, `-k/--killed`; `grep --untracked/--no-index`). Nothing nested.
 */
const TRACKED_FILES_LIST = /^\$\(\s*git\s+(?:ls-files|grep\s(?:[^`$()|;&<>]*\s)?(?:-[a-zA-Z]*l[a-zA-Z]*|--files-with-matches|--name-only))(?:\s[^`$()|;&<>]*)?\)$/;
const UNTRACKED_OPTION = /\s(?:-[a-zA-Z]*[oik][a-zA-Z]*|--others|--ignored|--killed|--untracked|--no-index)(?=[\s)])/;

/** Whether a word is the list of files Git tracks, read where the shell is still in the workspace. */
function trackedFilesList(inv: Invocation, w: Word): boolean {
  if (w.value !== null || !TRACKED_FILES_LIST.test(w.text)) return false;
  if (/^\$\(\s*git\s+ls-files/.test(w.text) ? UNTRACKED_OPTION.test(w.text) : /\s--(?:untracked|no-index)(?=[\s)])/.test(w.text)) return false;
  const root = inv.scope.workspace;
  const cwd = inv.scope.cwd;
  return !!root && !!cwd && (cwd === root || cwd.startsWith(`${root}/`));
}

/**
 * The files a content search lists (`$(rg -l PATTERN src tests)`, `$(grep -rl PATTERN src)`: ripgrep's `-l`,
 * `--files-with-matches`; grep's `-l` with `-r`): files under the folders it names, the working folder without one. Every
 * word after the command must be an option, a pattern or a folder inside the workspace (relative, no `..`, no `~`, no
 * variable); ripgrep's `-L`/`--follow` and grep's `-R` follow links out of it, so they are not read.
 */
const SEARCH_LIST = /^\$\(\s*(rg|grep)\s((?:\s*(?:'[^'$`\\]*'|"[^"$`\\]*"|[^\s'"$`()|;&<>\\]+))+)\s*\)$/;
function searchedFilesList(inv: Invocation, w: Word): boolean {
  const m = w.value === null ? SEARCH_LIST.exec(w.text) : null;
  if (!m) return false;
  const words = m[2]!.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
  const options = words.filter((x) => x.startsWith('-'));
  const listsFiles = options.some((o) => o === '--files-with-matches' || /^-[a-zA-Z]*l[a-zA-Z]*$/.test(o));
  const follows = options.some((o) => o === '--follow' || o === '--dereference-recursive' || (m[1] === 'rg' ? /^-[a-zA-Z]*L/.test(o) : /^-[a-zA-Z]*R/.test(o)));
  const recursive = m[1] === 'rg' || options.some((o) => o === '--recursive' || /^-[a-zA-Z]*r/.test(o));
  const inside = (x: string): boolean => !/^['"]?[/~]/.test(x) && !/(^|\/)\.\.(\/|$|['"])/.test(x);
  const root = inv.scope.workspace;
  const cwd = inv.scope.cwd;
  return listsFiles && recursive && !follows && words.every(inside) && !!root && !!cwd && (cwd === root || cwd.startsWith(`${root}/`));
}

/** Records the files an in-place editor rewrites; false when the command does not edit in place. */
export function inPlaceEditor(inv: Invocation): boolean {
  const kind = EDITORS[inv.name];
  if (!kind) return false;
  const files = kind === 'perl' || kind === 'ruby' ? scriptEditorFiles(inv, kind) : kind === 'awk' ? awkInPlaceFiles(inv) : vimScriptFiles(inv);
  if (files === null) return false;
  const b = inv.env.b.verb('write');
  const what = `\`${inv.name}\` rewrites in place`;
  const code = inv.args.filter((a) => !files.includes(a)).map((a) => a.value ?? '').join('\n');
  // Perl's and Ruby's `s/^KEY=.*/…/` is sed's substitution: a secret's whole value replaced is lost (the lead's answer 70).
  const drops = kind !== 'vim' && (dropsSecretLines(code) || (kind !== 'awk' && (SED_BLANKS_VALUE.test(code) || sedReplacesSecretValue(code))));
  // An edit that keeps the file's other lines (not a slurp `-0`/`-0777` or a match of everything, `s/.*//s`, which empties
  // it: the rm rule) of a dotfile without credentials is a write (isPlainHomeDotfile).
  const script = inv.args.filter((a) => !files.includes(a)).map((a) => a.value ?? '?').join(' ');
  const plainEdit = kind !== 'vim' && !/(^|\s)-[a-z]*0|\.\*\/\/|\bundef\b|NR\s*>\s*[01]\b|[?]/.test(script);
  for (const f of files) {
    // SECURITY: a file list the input does not fix could name any file; Git's own list of tracked files names the
    // repository's files, whose committed content a checkout restores (an edit there is a write, as `sed -i` is).
    if (f.value === null && !trackedFilesList(inv, f) && !searchedFilesList(inv, f)) b.destroy('in_place_dynamic', `${what} a file that is not fixed in the input: \`${f.text}\``, { start: f.start, end: f.end });
    fileTarget(inv, f, 'write', { recursive: false, what, edits: true, plainEdit });
    if (drops) secretErased(inv, f);
    else if (f.value !== null && dotenvEditMayLoseSecret(code)) dotenvEdited(inv, f);
    // A listed file (`$(rg -l API_KEY --hidden)`) may be a dotenv file whose secret the program erases.
    if (drops && f.value === null) b.destroy('secret_value_erased', `${what} files listed by \`${f.text}\`, erasing a secret's value in any dotenv file among them`, { start: f.start, end: f.end });
  }
  return true;
}

/**
 * Round 39 (win2): the links and moves a PowerShell or cmd line makes, held from its start so that a nested `cmd /c mklink`
 * or `powershell -Command Move-Item` (a scope copied for the child) records them where the rest of the line reads them:
 * they are facts on disk, not the child's own state.
 */
export function windowsLineFacts(): { links: Map<string, string | null>; movedFrom: Map<string, string> } {
  return { links: new Map(), movedFrom: new Map() };
}
