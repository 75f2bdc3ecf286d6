import { acmeChallengeRecord } from '../shell/tools/pki-dns-catalogue.ts';
import { parseJson, type JsonValue } from '../../core/index.ts';
import { classifySqlInto } from '../sql/sql.ts';
import { heuristicEnvironment, tierOfEnvironment } from '../environment.ts';
import { judgeHttp } from '../shell/tools/http.ts';
import { controlPlaneProcess } from '../shell/tools/dispatch.ts';
import { fetchedPackage, WINDOWS_PACKAGE_FILE, WINDOWS_RUNNABLE_FILE } from '../shell/tools/package-verification.ts';
import { changeDirectory, judgeStored, noteWrite, shown, unseenStartupLines, type Invocation } from '../shell/invocation.ts';
import { argumentNamesLiveTier, clue, envTarget } from '../shell/tools/common.ts';
import { namesKeptServerProduct, namesSecurityProduct } from '../security-products.ts';
import { namesSyncOrBackupAgent } from '../kept-agents.ts';
import { appendTo, BACKUP_RETENTION_DAYS, downloadedInstallers, emptyFile, fileTarget, intoLinkItself, movedHere, noteWindowsLink, noteWindowsMove, namesDevHostLine, onProductionHost, pathEffect, pathEnvironment, withBuildOutputPair } from '../shell/tools/filesystem.ts';
import { isCiAgentWorkFolderOf, isCredentialFile, underBackupsFolder } from '../paths.ts';
import { credentialCopiedToShare, secretToShare } from '../windows/share-secrets.ts';
import { secretOutput } from '../shell/secret-sources.ts';
import { isWindowsStartupFolderPath, isWindowsTemporaryRoot } from '../windows-paths.ts';
import { literalWord, type Word } from '../shell/words.ts';
import { tokenize, unquote } from '../cmd/tokenize.ts';
import { appLogFileDeleted, appLogFolderSwept, databaseFileReplaced, oldIisLogsDeleted, oldExtensionVersions, temporaryRootMadeAgain, throwawayService, namesRecords, shrinksAuditLog, siteDeploy, sizeInBytes, TRUST_ROOT_STORE, BLOCKING_RULE_NAME, BROAD_PRINCIPAL, BUILTIN_ACCOUNT, cmdDel, cmdRd, EVERYONE_PRINCIPAL, privilegedGroupGrant, runLaterAsCmd, inboundOpenWidens, sessionOnServer, onlyRebuildable, registryValueWeakens, SAFEGUARD_JOB, isSafeguardService, SERVER_PROCESS, SERVICE_ACCOUNT_NAME, startUpValue, taskOfNoSafeguard, USER_SETTINGS_KEY, userEnvironmentSetting, vendorMachineValue, windowsNative, WMI_METHOD, namesSafeguardJob, backupCopy, landedIn, downloadedInstallerFilters, OS_JUNK_NAME } from '../windows/tools.ts';
import { bind, get, namedAccounts, on, wordAfter, type Bound } from './bind.ts';
import { pipeInput, pipeItem, type AgeFilter, type PipeInput } from './pipe.ts';
import { accessGrantCmdlet } from './access-grants.ts';
import { endpointAdminCmdlet } from './endpoint-admin.ts';
import { datacentreCmdlet } from './datacentre-cmdlets.ts';
import { cmdletWidens, mailPurge, quietLoss, retentionDeletes, weakeningSetting } from './security-settings.ts';
import { credSspOn, DISABLED_START, remoteManagementCmdlet, SET_SERVICE_VALUED } from './remote-management.ts';
import { disableVerdict, narrowsOneGrant, quietM365Loss, removalFamily, softDeletedOne } from './m365-catalogue.ts';
import { oneCrmRecordRemoved } from './crm-records.ts';
import { storedCommands } from '../stored-commands.ts';
import { shellWalker } from '../windows/registry.ts';
import { serverRoleCmdlet, testAccountsOnly, uninstallsPlainFeatures } from '../windows/server-roles.ts';
import { LOCAL_THROWAWAY, namesPreviewNumber, namesScratchEnvironment } from '../shell/tools/infra.ts';
import { restartComesBack } from '../restarts.ts';
import { CAPTURE_HOST } from '../public-access.ts';
import { SECRET_NAME_PART } from '../credential-text.ts';
import { CACHE_BUCKET } from '../rest-apis.ts';
import { AZURE_SCRATCH_KINDS, personalAccessRule, scratchNamedAzureResource } from '../shell/tools/cloud.ts';
import { ciRunFolder, namesDisposable, namesSharedCiResource, SCRATCH_WORDS } from '../test-data.ts';
import { CI_RUN_NUMBER_VARIABLES, RUN_NUMBER_STANDIN } from '../stamped-names.ts';

/**
 * PowerShell cmdlets and their aliases, with parameters bound the way PowerShell binds them:
 * case-insensitive names, any unambiguous prefix (`-r` is `-Recurse`, `-fo` is `-Force`),
 * `-Name:value`, positional parameters in their documented order. Cmdlets we do not model are judged
 * by their verb (Remove-, Clear-, Format-, Uninstall- … are destructive; Get-, Test-, Select- … read).
 */

/** `Set-ADUser … -ChangePasswordAtLogon $true`: the user must choose a new password at the next logon (ActiveDirectory module). */
const CHANGE_AT_LOGON = /-ChangePasswordAtLogon:?\s*\$true\b/i;


function whatIf(inv: Invocation, p: Bound): boolean {
  if (!on(p, 'whatif')) return false;
  inv.env.b.verb('read').finding('dry_run', `\`${inv.name} -WhatIf\` only shows what would happen`, inv.span);
  return true;
}

/** A VM named as a build, CI, dev or test machine (`BUILD01`, `ci-agent-3`, `dev-sql`, `web-test`), not as production. */

/**
 * Round 30 (w30): the consumer apps Windows ships (weather, news, games, tips, media players), which administrators
 * remove from images and profiles and the Microsoft Store installs again; none keeps a user's documents in its own store
 * (mail, photos, notes and to-do apps are not here). By package name, with or without the `Microsoft.` prefix.
 */
const INBOX_APP = /^(microsoft\.)?(bing(weather|news|sports|finance|search)|getstarted|gethelp|microsoftsolitairecollection|zunemusic|zunevideo|xboxapp|xbox\.tcui|xboxgameoverlay|xboxgamingoverlay|xboxspeechtotextoverlay|gamingapp|windowsfeedbackhub|microsoftofficehub|skypeapp|yourphone|windowsmaps|microsoft3dviewer|mixedreality\.portal|people|windowsalarms|549981c3f5f10|clipchamp)$/i;

/**
 * Remove-AppxPackage (`-Package FULLNAME`, or what `Get-AppxPackage NAME` pipes) and Remove-AppxProvisionedPackage
 * (`-PackageName`, or what `Get-AppxProvisionedPackage -Online | Where-Object DisplayName -eq NAME` pipes) of INBOX_APP
 * only: every name fixed, no wildcard but a leading or trailing `*` around one such name.
 */
function inboxAppsOnly(inv: Invocation): boolean {
  const named = (v: string | null): boolean => v !== null && INBOX_APP.test(v.replace(/^\*|\*$/g, '').replace(/_.*$/, ''));
  const p = bind(inv.args, ['allusers', 'online', 'preserveapplicationdata', 'whatif', 'confirm'], ['package', 'packagename', 'user', 'path', 'logpath', 'loglevel']);
  const direct = [...get(p, 'package', 'packagename'), ...p.positional];
  if (direct.length > 0) return get(p, 'path').length === 0 && direct.every((w) => named(w.value));
  const fed = pipeInput(inv);
  if (fed?.kind !== 'unknown' || !/^get-appx(provisioned)?package$/.test(fed.producer)) return false;
  const args = (fed.args ?? []).filter((a) => !/^-(allusers|online|packagetypefilter)$/i.test(a.value ?? '') && !/^-(name)$/i.test(a.value ?? ''));
  return args.length === 1 && named(args[0]!.value);
}

function removeItem(inv: Invocation): void {
  const b = inv.env.b;
  const p = bind(inv.args, ['recurse', 'force'], ['path', 'literalpath', 'lp', 'pspath', 'filter', 'include', 'exclude', 'credential', 'stream']);
  if (whatIf(inv, p)) return;
  b.verb('delete');
  const recursive = on(p, 'recurse');
  const literal = get(p, 'literalpath', 'lp', 'pspath').map((w) => ({ ...w, glob: false }));
  const paths = [...get(p, 'path'), ...literal, ...p.positional];
  const filters = [...get(p, 'filter'), ...get(p, 'include')].map((w) => w.value);
  const what = `\`${inv.name}${recursive ? ' -Recurse' : ''}\` deletes`;
  // `ForEach-Object { Remove-Item $_.FullName … }` deletes each item the stage before sends, as `| Remove-Item` does; a
  // fixed rest after it in a string (`"$($_.FullName)\AppData\Local\Temp\*"`) is under each of them.
  const rest = paths.length === 1 ? currentItemPath(paths[0]!) : null;
  const fed = rest !== null ? pipeItem(inv) : null;
  if (fed && rest === '') return removePiped(inv, fed, filters, recursive, what);
  const under = fed && rest ? underEachItem(inv, fed, rest) : null;
  if (under) {
    for (const w of under) fileTarget(inv, w, 'delete', { recursive, what });
    b.summary(`${inv.name}${recursive ? ' -Recurse' : ''} ${under.map(shown).join(' ')}`);
    return;
  }
  if (paths.length === 0) return removePiped(inv, pipeInput(inv), filters, recursive, what);
  const scoped = withBuildOutputPair(inv, paths);
  for (const given of paths) {
    // Round 39 (win2): `-Recurse` of a folder link this line made goes into it (Windows PowerShell 5.1, intoLinkItself), and
    // what the line moved to the path (or below it) is lost with it, judged where it came from (movedHere).
    const w = recursive ? intoLinkItself(inv, given) : given;
    for (const from of movedHere(inv, w, recursive)) fileTarget(scoped, { ...w, value: from, glob: false }, 'delete', { recursive: true, what: `${what} what \`Move-Item\` moved there from` });
    // Round 23 (b23w): a wildcard in the last name only (`…\logs\*.log`) filters its folder's files, as `del` reads it (cmdDel).
    const v = w.value ?? '';
    const base = v.split(/[\\/]/).pop() ?? '';
    // Round 26 (k26w): so does a junk file's fixed name (`…\\Thumbs.db`, windows/tools.ts OS_JUNK_NAME).
    const folder = w.value !== null && filters.length === 0 && (/[*?]/.test(base) || OS_JUNK_NAME.test(base)) && !/[*?]/.test(v.slice(0, v.length - base.length)) ? { ...w, value: v.slice(0, v.length - base.length) || '.', glob: false } : null;
    if (folder && pathEffect(inv, folder).cls !== 'control_plane' && onlyRebuildable([base], inv, folder)) b.finding('find_delete_rebuildable', `\`${inv.name}\` of build or cache files only (\`${base}\`)`);
    // Round 26 (k26w): installers in the session's Downloads folder by their extension (answer 79, as cmd's `del`).
    // Round 41 (pw42): one installer by its fixed name too (`…\Downloads\node-v22.12.0-x64.msi`), as `rm` and `del` read it.
    else if (!recursive && (filters.length === 0 ? w.value !== null && !/[*?]/.test(v.slice(0, v.length - base.length)) && downloadedInstallers(inv, v, base) : downloadedInstallerFilters(inv, w, filters, false))) b.target({ kind: 'filesystem', id: pathEffect(inv, w).path, environment: null, home: false, verbs: ['delete'] }).finding('downloaded_installers', `\`${inv.name}\` of installers in Downloads only: downloaded again at will`);
    else if (pathEffect(inv, w).cls !== 'control_plane' && onlyRebuildable(filters, inv, w)) b.finding('find_delete_rebuildable', `\`${inv.name} -Filter\` of build or cache files only`);
    else if (filters.length === 0 && (appLogFileDeleted(inv, w, recursive) || oldIisLogsDeleted(inv, w, recursive))) continue;
    else if (appLogFolderSwept(inv, w)) continue;
    else if (recursive && paths.length === 1 && filters.length === 0 && temporaryRootMadeAgain(inv, w)) b.target({ kind: 'filesystem', id: pathEffect(inv, w).path, environment: null, home: false, verbs: ['delete'] }).finding('temporary_root_emptied', `\`${inv.name} -Recurse\` of a temporary folder made again by the next step: its temporary files emptied`);
    else fileTarget(scoped, w, 'delete', { recursive, what });
  }
  b.summary(`${inv.name}${recursive ? ' -Recurse' : ''} ${paths.map(shown).join(' ')}`);
}

/** What Remove-Item deletes when its paths come from the pipeline (or are each item a per-item block is given). */
function removePiped(inv: Invocation, input: PipeInput | null, filters: Array<string | null>, recursive: boolean, what: string): void {
  const b = inv.env.b;
  if (input?.kind === 'items') {
    const all = [...input.filters, ...filters];
    const roots = input.roots.length > 0 ? input.roots : [literalWord('.', inv.span.start, inv.span.end)];
    for (const r of roots) {
      const fx = pathEffect(inv, r);
      const days = input.age && input.age.prop !== 'expires' ? input.age.days : 0;
      // The lead's answer 218 (round 27): the newest N (>= 2) backups of one folder kept, the older ones deleted
      // (`Get-ChildItem D:\Backups\Shop -Filter *.bak | Sort-Object LastWriteTime -Descending | Select-Object -Skip 5 |
      // Remove-Item`) is retention, as answer 91's checkpoints. One fixed folder, not recursive, backups by folder or filter.
      if (keepsNewestBackups(inv, input, r, all)) {
        b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('backup_retention', `\`Get-ChildItem | Sort-Object -Descending | Select-Object -Skip ${input.keepNewest} | ${inv.name}\`: the newest ${input.keepNewest} backups stay`);
        continue;
      }
      // Lead decision (round 16): under a backups folder the files are backups; a sweep of those older than 30 days
      // or more is retention, a shorter or no age destroys the backups (the filters say nothing then).
      if (fx.cls !== 'control_plane' && underBackupsFolder(`${fx.path}\\x`)) {
        if (days >= BACKUP_RETENTION_DAYS) b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('backup_retention', `\`Get-ChildItem | Where-Object | ${inv.name}\` of backups older than ${days} days: retention, the recent ones stay`);
        else fileTarget(inv, r, 'delete', { recursive: true, what: `\`Get-ChildItem | ${inv.name}\` deletes the backups under` });
        continue;
      }
      const aged = agedRecords(inv, input.age, r, all);
      // Round 28 (w28): the current user's own development certificate for localhost (devCertificateFilter), which
      // `dotnet dev-certs https --trust` makes again; not the machine's store, not a folder below the store.
      if (input.devCertificate && !recursive && !input.recursive && /^cert:[\\/]currentuser[\\/]my[\\/]?$/i.test(r.value ?? '')) b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('dev_certificate_delete', `\`Get-ChildItem | Where-Object | ${inv.name}\` deletes the user's localhost development certificate, made again by \`dotnet dev-certs https\``);
      else if (aged) b.target({ kind: 'filesystem', id: fx.path, environment: pathEnvironment(inv, fx.path), home: false, verbs: ['delete'] }).finding('retention_delete', `\`Get-ChildItem | Where-Object | ${inv.name}\` ${aged}`);
      else if (oldExtensionVersions(inv, r, all, input.recursive)) b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('editor_extension_versions', `\`Get-ChildItem | ${inv.name}\` of one editor extension's versions: downloaded again from the marketplace at will`);
      else if (!recursive && downloadedInstallerFilters(inv, r, all, input.recursive)) b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('downloaded_installers', `\`Get-ChildItem | ${inv.name}\` of installers in Downloads only: downloaded again at will`);
      else if (fx.cls !== 'control_plane' && onlyRebuildable(all, inv, r)) b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('find_delete_rebuildable', `\`Get-ChildItem | ${inv.name}\` of build or cache files only`);
      else if (fx.cls !== 'control_plane' && isCiAgentWorkFolderOf(fx.path, inv.scope.workspace ?? inv.scope.cwd)) b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('ci_agent_work', `\`Get-ChildItem | ${inv.name}\` of what is under \`${fx.path}\`, the CI agent's own work folder (made again by its jobs)`);
      // Round 30 (w30): what lies under a temporary folder (`Get-ChildItem C:\Windows\Temp | Remove-Item -Recurse`) is its
      // temporary files, as `Remove-Item C:\Windows\Temp\* -Recurse` is; the folder itself stays.
      else if (!input.itself && fx.cls !== 'control_plane' && isWindowsTemporaryRoot(fx.path, inv.scope.home)) b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('temporary_contents', `\`Get-ChildItem | ${inv.name}\` deletes the temporary files under \`${fx.path}\`, not the folder`);
      else if (appLogFolderSwept(inv, r)) continue;
      else fileTarget(inv, r, 'delete', { recursive: true, what: `\`Get-ChildItem | ${inv.name}\` deletes what is under` });
    }
    return;
  }
  if (input?.kind === 'values' && input.values.length > 0 && input.values.length <= 16) {
    const words = input.values.map((v) => (v === null ? null : literalWord(v, inv.span.start, inv.span.end)));
    const scoped = withBuildOutputPair(inv, words.filter((w): w is Word => w !== null));
    for (const w of words) {
      if (w === null) b.destroy('rm_unknown_targets', `\`${inv.name}\` deletes paths that are not fixed in the input`, inv.span);
      else fileTarget(scoped, w, 'delete', { recursive, what });
    }
    return;
  }
  b.destroy('rm_unknown_targets', `\`${inv.name}\` with targets from ${input?.kind === 'unknown' ? input.producer : 'its input'}`, inv.span);
}

/** Backup files by their extension (SQL Server's full and log backups); archives count only in a backups folder. */
const BACKUP_FILES = /^\*?[\w.-]*\*?\.(bak|trn|backup)$/i;
function keepsNewestBackups(inv: Invocation, input: Extract<PipeInput, { kind: 'items' }>, root: Word, filters: Array<string | null>): boolean {
  if ((input.keepNewest ?? 0) < 2 || input.recursive || input.roots.length !== 1 || root.value === null) return false;
  // `D:\Backups\Shop\*.bak`: a wildcard in the last name only is the folder's filter.
  const base = root.value.split(/[\\/]/).pop()!;
  const folder = /[*?]/.test(base) ? root.value.slice(0, root.value.length - base.length) : root.value;
  if (/[*?]/.test(folder) || folder === '') return false;
  const fx = pathEffect(inv, { ...root, value: folder, glob: false });
  if (fx.cls === 'control_plane' || fx.cls === 'critical' || fx.cls === 'unknown') return false;
  const all = folder === root.value ? filters : [...filters, base];
  return underBackupsFolder(`${fx.path}\\x`) || (all.length > 0 && all.every((f) => f !== null && BACKUP_FILES.test(f)));
}

/**
 * A path word that is the current pipeline item (`$_`, `$PSItem`, `$_.FullName`, `$_.PSPath`), alone or leading a fixed
 * rest in a double-quoted string (`"$($_.FullName)\bin"`) or joined to one by Join-Path (`(Join-Path $_.FullName
 * 'AppData\Local\Temp\*')`, round 30): that rest (`''` when alone), or null when it is not one. No `..` in the rest.
 */
const CURRENT_ITEM_PATH = /^\$(?:_|psitem)(?:\.(?:FullName|PSPath))?$/i;
const CURRENT_ITEM_IN_STRING = /^"\$\(\s*\$(?:_|psitem)(?:\.(?:FullName|PSPath))?\s*\)((?:[\\/][^"$`\\/]+)+)[\\/]?"$/i;
const CURRENT_ITEM_JOINED = /^\(\s*Join-Path\s+(?:-Path\s+)?\$(?:_|psitem)(?:\.(?:FullName|PSPath))?\s+(?:-ChildPath\s+)?(['"])[\\/]?((?:[^'"$`\\/]+[\\/])*[^'"$`\\/]+)\1\s*\)$/i;

function currentItemPath(w: Word): string | null {
  // `$_` alone is every item the block is given (one at a time, but a pair such as bin and obj is read together).
  if (CURRENT_ITEM_PATH.test(w.text)) return '';
  if (w.value !== null) return null;
  const joined = CURRENT_ITEM_JOINED.exec(w.text)?.[2];
  const rest = joined !== undefined ? `\\${joined}` : CURRENT_ITEM_IN_STRING.exec(w.text)?.[1];
  return rest === undefined || /(^|[\\/])\.\.([\\/]|$)/.test(rest) ? null : rest;
}

/**
 * The paths `rest` names under each item fed to the block: under each folder one level below a Get-ChildItem root (one
 * path with a wildcard for the item's name, or its `-Filter` name), or under each fixed value. Null when the items are
 * not known so far (a recursive listing, an age or Where-Object filter, a root or filter not fixed in the input).
 */
function underEachItem(inv: Invocation, fed: PipeInput, rest: string): Word[] | null {
  const at = (v: string): Word => literalWord(v, inv.span.start, inv.span.end);
  if (fed.kind === 'values') return fed.values.length > 0 && fed.values.length <= 16 && fed.values.every((v) => v !== null) ? fed.values.map((v) => at(`${v!.replace(/[\\/]+$/, '')}${rest}`)) : null;
  if (fed.kind !== 'items' || fed.recursive || fed.age || fed.filters.some((f) => f === null) || fed.roots.some((r) => r.value === null)) return null;
  const roots = fed.roots.length > 0 ? fed.roots.map((r) => r.value!) : ['.'];
  const names = fed.filters.length > 0 ? (fed.filters as string[]) : ['*'];
  return roots.flatMap((r) => names.map((n) => at(`${r.replace(/[\\/]+$/, '')}\\${n}${rest}`)));
}

/**
 * What an age-filtered sweep keeps (the lead's decisions, rounds 15 and 16): logs and backups older than 30 days or more
 * are retention (a newer copy of everything stays), and certificates past their end (`Cert:\` drive, `NotAfter -lt
 * (Get-Date)`) sign and encrypt nothing more. Any other sweep, or one of under 30 days, is judged by its root as usual.
 * Returns what it deletes, or null.
 */
function agedRecords(inv: Invocation, age: AgeFilter | undefined, root: Word, filters: (string | null)[]): string | null {
  if (!age || root.value === null) return null;
  if (age.prop === 'expires') return /^cert:[\\/]/i.test(root.value) ? 'deletes expired certificates only' : null;
  if (age.days < 30 || pathEffect(inv, root).cls === 'control_plane') return null;
  const named = namesRecords(root.value, filters);
  return named ? `deletes logs or backups older than ${age.days} days only` : null;
}

function contentWrite(inv: Invocation, kind: 'set' | 'add' | 'clear' | 'out' | 'tee'): void {
  const b = inv.env.b;
  const p = bind(inv.args, ['nonewline', 'append', 'noclobber', 'asbytestream'], ['path', 'literalpath', 'lp', 'pspath', 'filepath', 'value', 'encoding', 'stream', 'filter', 'include', 'exclude', 'credential', 'inputobject', 'width', 'variable']);
  if (whatIf(inv, p)) return;
  const paths = [...get(p, 'path', 'filepath'), ...get(p, 'literalpath', 'lp', 'pspath')];
  if (paths.length === 0 && p.positional[0]) paths.push(p.positional.shift()!);
  b.verb('write');
  // What is written: `-Value` (Set-Content and Add-Content, whose second position it is), `-InputObject` (Out-File,
  // Tee-Object). An empty one empties the file, like `: > f`.
  const value = get(p, 'value')[0] ?? (kind === 'set' || kind === 'add' ? p.positional[0] : kind === 'out' || kind === 'tee' ? get(p, 'inputobject')[0] : undefined);
  // An empty string piped in (`'' | Out-File f`, `"" | Set-Content f`) empties the file as `-Value ''` does.
  const input = pipeInput(inv);
  const empty = value ? value.value === '' && !input : input?.kind === 'values' && input.values.length > 0 && input.values.every((v) => v === '');
  // The text written, where the input shows it: a file something runs later (a profile, a start-up script) stores it.
  const text = value ? value.value : input?.kind === 'values' && input.values.every((v) => v !== null) ? input.values.join('\n') : null;
  // Round 41 (fo41): a secret piped in (`kubectl get secret … -o yaml | Out-File \\host\share\x`) written to another
  // machine's share is sent off the machine (share-secrets.ts).
  const secret = kind !== 'clear' ? pipedSecret(input) : undefined;
  for (const w of paths) {
    if (secretToShare(inv, w, secret)) continue;
    if ((kind === 'set' || kind === 'out') && devHostsLineRemoved(inv, w)) {
      const fx = pathEffect(inv, w);
      b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] }).finding('hosts_dev_line_removed', `\`${inv.name}\` writes the hosts file back without the line of one development host (the lead's answer 149)`);
      continue;
    }
    if (kind === 'clear') emptyFile(inv, w, `\`${inv.name}\` empties`);
    else if (kind === 'add' || on(p, 'append')) appendTo(inv, w, `\`${inv.name}\` appends to`);
    else if (empty) emptyFile(inv, w, `\`${inv.name}\` empties`);
    else fileTarget(inv, w, 'write', { recursive: false, what: `\`${inv.name}\` overwrites`, replaces: true });
    if (kind !== 'clear') storedText(inv, w, text, kind === 'add' || on(p, 'append'));
  }
}

/** The secret a pipeline's previous stage prints (share-secrets.ts `secretOutput`), or undefined. */
function pipedSecret(input: ReturnType<typeof pipeInput>): string | undefined {
  if (input?.kind !== 'unknown') return undefined;
  return secretOutput(input.producer, (input.args ?? []).map((a) => a.value));
}

/**
 * Export-Clixml (Microsoft.PowerShell.Utility reference) serialises the objects it is given into the XML file `-Path`
 * names (position 0): a file written, and a credential object's password with it (DPAPI-bound on Windows, plain
 * elsewhere). Onto another machine's share, a secret sent off the machine.
 */
function exportClixml(inv: Invocation): void {
  const p = bind(inv.args, ['force', 'noclobber'], ['path', 'literalpath', 'lp', 'inputobject', 'depth', 'encoding']);
  if (whatIf(inv, p)) return;
  inv.env.b.verb('write');
  const path = get(p, 'path', 'literalpath', 'lp')[0] ?? p.positional[0];
  if (!path) return;
  const held = get(p, 'inputobject')[0];
  const secret = pipedSecret(pipeInput(inv)) ?? (held && /cred|secret|password|token|key/i.test(held.text) ? `\`${held.text}\`` : undefined);
  if (secretToShare(inv, path, secret)) return;
  fileTarget(inv, path, 'write', { recursive: false, what: `\`${inv.name}\` overwrites`, replaces: !on(p, 'noclobber') });
}

/**
 * The lead's answer 149 in PowerShell: the hosts file read, filtered by one pattern that names a development host
 * (`.local`, `.test`, `.localhost`, `.internal-dev`) and written back to itself, the whole input:
 * `(Get-Content H) | Where-Object { $_ -notmatch 'shop\.local' } | Set-Content H`, or `(Get-Content H) -notmatch '…' |
 * Set-Content H`. Any other filter, file or step stays the overwrite of a system file.
 */
const HOSTS_LINE_FILTER = /^\(\s*(?:get-content|gc|cat|type)\s+(?:-(?:path|literalpath)\s+)?(['"]?)([^'"\s()|]+)\1\s*\)\s*(?:\|\s*(?:where-object|where|\?)\s*\{\s*\$_\s+-[ci]?notmatch\s+(['"])([^'"]+)\3\s*\}|-[ci]?notmatch\s+(['"])([^'"]+)\5)\s*\|\s*(?:set-content|sc|out-file)\s+(?:-(?:path|literalpath|filepath)\s+)?(['"]?)([^'"\s;|]+)\7(?:\s+-(?:encoding\s+\w+|force))*\s*;?\s*$/i;
function devHostsLineRemoved(inv: Invocation, w: Word): boolean {
  const m = HOSTS_LINE_FILTER.exec(inv.env.source.trim());
  if (!m || w.value === null) return false;
  const read = pathEffect(inv, literalWord(m[2]!, inv.span.start, inv.span.end)).path;
  const written = pathEffect(inv, w).path;
  return read.toLowerCase() === written.toLowerCase() && /\\windows\\system32\\drivers\\etc\\hosts$/i.test(written) && namesDevHostLine(m[4] ?? m[6]!);
}

/** Cmdlets that end one user's sign-in sessions or revoke that user's refresh tokens (Microsoft Graph, Entra, SharePoint). */
const USER_SESSION_REVOKE = /^revoke-(mg(beta)?usersigninsession|(azuread|entra)userallrefreshtoken|entrausersigninsession|spousersession)$/;

/**
 * The commands a write of `text` to `w` stores, when something runs that file later, judged as run (stored-commands.ts);
 * text the input does not show (null), appended to a profile, is not known (unseenStartupLines).
 */
export function storedText(inv: Invocation, w: Word, text: string | null, append: boolean): void {
  const abs = pathEffect(inv, w).path;
  if (text === null) {
    if (append) unseenStartupLines(inv, abs);
    return;
  }
  const stored = storedCommands(abs, text, inv.scope.home);
  if (stored !== null) judgeStored(inv, abs, stored, inv.span);
}

/**
 * Round 42 (atk42): a credential file or folder archived onto another machine's share is sent off the machine
 * (share-secrets.ts); any other Compress-Archive keeps its reading.
 */
function compressedToShare(inv: Invocation): boolean {
  const p = bind(inv.args, ['force', 'update', 'passthru'], ['path', 'literalpath', 'lp', 'destinationpath', 'compressionlevel']);
  const named = get(p, 'path', 'literalpath', 'lp');
  const sources = [...named, ...p.positional.slice(0, named.length > 0 ? 0 : 1)];
  const dest = get(p, 'destinationpath')[0] ?? p.positional[named.length > 0 ? 0 : 1];
  return credentialCopiedToShare(inv, sources, dest);
}

function copyMove(inv: Invocation, move: boolean): void {
  const b = inv.env.b.verb('write');
  const p = bind(inv.args, ['recurse', 'container'], ['path', 'literalpath', 'lp', 'destination', 'filter', 'include', 'exclude', 'credential', 'tosession', 'fromsession']);
  if (whatIf(inv, p)) return;
  const sources = [...get(p, 'path', 'literalpath', 'lp')];
  const pos = [...p.positional];
  if (sources.length === 0 && pos[0]) sources.push(pos.shift()!);
  const dest = get(p, 'destination')[0] ?? pos[0];
  if (credentialCopiedToShare(inv, sources, dest)) return;
  if (!move && siteDeploy(inv, dest, sources)) return;
  if (!move && backupCopy(inv, sources, dest)) return;
  if (dest) for (const d of landedIn(dest, sources)) {
    fileTarget(inv, d, 'write', { recursive: false, what: `\`${inv.name}\` overwrites`, replaces: true });
    if (d === dest) databaseFileReplaced(inv, d);
  }
  // Round 39 (win2): what is moved is remembered, so a later delete of where it landed is judged by where it came from.
  if (move) noteWindowsMove(inv, sources, /^(rename-item|ren|rni)$/.test(inv.name) ? renamedTo(sources[0], dest) : dest);
  if (move) {
    for (const s of sources) {
      const fx = pathEffect(inv, s);
      if (fx.cls === 'critical' || fx.cls === 'control_plane' || fx.cls === 'unknown') fileTarget(inv, s, 'delete', { recursive: true, what: `\`${inv.name}\` takes away` });
    }
  }
  b.summary(`${inv.name} ${[...sources, ...(dest ? [dest] : [])].map(shown).join(' ')}`);
}

/** Rename-Item's new name, read in the renamed item's own folder (`Rename-Item C:\\Data old` makes `C:\\old`). */
function renamedTo(src: Word | undefined, name: Word | undefined): Word | undefined {
  if (!src || !name || src.value === null || name.value === null || /[\\/]/.test(name.value)) return name;
  const folder = src.value.replace(/[\\/]+$/, '');
  return { ...name, value: `${folder.slice(0, Math.max(folder.lastIndexOf('\\'), folder.lastIndexOf('/')) + 1)}${name.value}` };
}

function newItem(inv: Invocation): void {
  const p = bind(inv.args, [], ['path', 'name', 'itemtype', 'type', 'value', 'target', 'credential']);
  if (whatIf(inv, p)) return;
  const b = inv.env.b.verb('write');
  const paths = [...get(p, 'path'), ...p.positional.slice(0, 1)];
  const link = /^(symboliclink|hardlink|junction)$/i.test(get(p, 'itemtype', 'type')[0]?.value ?? '');
  // `-Force` on a file (New-Item's help: "overwrites an existing file") replaces it with `-Value`, or with nothing: the
  // old content is gone as with `Set-Content`. A folder with `-Force` keeps what is in it; without `-Force` an existing
  // file is an error.
  const itemType = get(p, 'itemtype', 'type')[0]?.value ?? 'file';
  const replacesFile = on(p, 'force') && /^file$/i.test(itemType);
  const name = get(p, 'name')[0];
  const value = get(p, 'value')[0];
  for (const path of paths) {
    const w = name && name.value !== null && path.value !== null ? { ...path, value: `${path.value.replace(/[\\/]+$/, '')}\\${name.value}` } : path;
    const fx = pathEffect(inv, w);
    if (replacesFile && !inv.scope.absent?.has(fx.path)) {
      if (!value || value.value === '') fileTarget(inv, w, 'delete', { recursive: true, what: `\`${inv.name} -Force\` empties` });
      else fileTarget(inv, w, 'write', { recursive: false, what: `\`${inv.name} -Force\` overwrites`, replaces: true });
    } else if (fx.cls === 'control_plane' || (on(p, 'force') && fx.cls === 'critical' && !/^directory$/i.test(itemType)) || (!/^directory$/i.test(itemType) && isWindowsStartupFolderPath(fx.path))) fileTarget(inv, w, 'write', { recursive: false, what: `\`${inv.name}\` writes` });
    else b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['write'] });
  }
  // Round 39 (win2): a folder link made here is followed by later paths through it (noteWindowsLink).
  if (/^(symboliclink|junction)$/i.test(itemType)) for (const path of paths) noteWindowsLink(inv, name && path.value !== null && name.value !== null ? { ...path, value: `${path.value.replace(/[\\/]+$/, '')}\\${name.value}` } : path, get(p, 'target', 'value')[0]);
  // D8: a link to a control-plane file is a write to it.
  if (link) for (const t of get(p, 'target', 'value')) if (pathEffect(inv, t).cls === 'control_plane') fileTarget(inv, t, 'write', { recursive: false, what: `\`${inv.name}\` links to` });
}

function invokeExpression(inv: Invocation): void {
  const b = inv.env.b;
  const p = bind(inv.args, [], ['command']);
  const given = [...get(p, 'command'), ...p.positional];
  const input = pipeInput(inv);
  const text =
    given.length > 0
      ? given.every((w) => w.value !== null) ? given.map((w) => w.value).join(' ') : null
      : input?.kind === 'values' && input.values.every((v) => v !== null) ? input.values.join('\n') : null;
  if (text === null) {
    // SECURITY: Invoke-Expression of text we cannot see could be anything.
    b.opaque('powershell_iex_dynamic', `\`${inv.name}\` runs text that is not fixed in the input`, inv.span);
    return;
  }
  b.finding('shell_nested', `\`${inv.name}\`: analysed as PowerShell`, inv.span);
  shellWalker('powershell')(text, { ...inv.scope, vars: new Map(inv.scope.vars), depth: inv.scope.depth + 1 }, inv.env, null, inv.span.start);
}

/**
 * A script in a folder nobody vetted (lead decision 26): a user's Downloads, the temporary folders (`%TEMP%`,
 * `$env:TEMP`, `AppData\Local\Temp`, `C:\Windows\Temp`, `C:\Temp`), by the extensions Windows runs as scripts.
 * A signed installer (`.msi`, `.exe`) is not a script: it is judged as before.
 */
const UNVETTED_SCRIPT = /(^|[\s'"=,])((?:[a-z]:\\users\\[^\\\s'"]+\\(?:downloads|appdata\\local\\temp)|%userprofile%\\downloads|\$env:userprofile\\downloads|\$\{env:userprofile\}\\downloads|\$home\\downloads|~\\downloads|%te?mp%|\$env:te?mp|\$\{env:te?mp\}|[a-z]:\\windows\\temp|[a-z]:\\te?mp)\\[^'"\s]*\.(?:ps1|psm1|bat|cmd|vbs|vbe|js|jse|wsf|hta|py|sh))(?=$|[\s'",])/i;

/**
 * The rest of a comma list after its first word (`-ArgumentList '-NoProfile', '-Command', 'X'`): the walker gives each
 * element as a word of its own spanning the whole list, and PowerShell binds the array to the one parameter, while
 * `bind` would take a quoted `'-Command'` for a parameter.
 */
function listTail(inv: Invocation, first: Word): Word[] {
  return inv.args.slice(inv.args.indexOf(first) + 1).filter((w, k, rest) => rest.slice(0, k + 1).every((x) => x.start === first.start && x.end === first.end));
}

/** Start-Process's switches and valued parameters, read once for the comma list and once without its tail. */
const START_PROCESS_SWITCHES = ['wait', 'nonewwindow', 'usenewenvironment', 'loaduserprofile', 'passthru', 'noprofile'];
const START_PROCESS_VALUED = ['filepath', 'argumentlist', 'args', 'verb', 'workingdirectory', 'windowstyle', 'redirectstandardoutput', 'redirectstandarderror', 'redirectstandardinput', 'credential'];
function startProcess(inv: Invocation): void {
  const b = inv.env.b.verb('exec');
  const listed = bind(inv.args, START_PROCESS_SWITCHES, START_PROCESS_VALUED);
  const head = get(listed, 'argumentlist', 'args')[0];
  const tail = head ? listTail(inv, head) : [];
  const p = bind(inv.args.filter((w) => !tail.includes(w)), START_PROCESS_SWITCHES, START_PROCESS_VALUED);
  const pos = [...p.positional];
  const file = get(p, 'filepath')[0] ?? pos.shift();
  const argList = [...get(p, 'argumentlist', 'args'), ...tail, ...pos];
  if (/^runas$/i.test(get(p, 'verb')[0]?.value ?? '')) {
    b.finding('elevated', '`Start-Process -Verb RunAs` runs elevated', inv.span);
    const script = [file, ...argList].filter((w) => w !== undefined).map((w) => w.value ?? w.text).join(' ').match(UNVETTED_SCRIPT)?.[2];
    if (script !== undefined) b.destroy('elevated_unvetted_script', `\`${inv.name} -Verb RunAs\` runs \`${script}\` as administrator, from Downloads or a temporary folder: code nobody has seen, with every right (lead decision 26)`, inv.span);
  }
  if (!file || file.value === null || argList.some((a) => a.value === null)) {
    b.opaque('shell_dynamic_command', `\`${inv.name}\` starts a program that is not fixed in the input`, inv.span);
    return;
  }
  // The argument list reaches the program as one command line, split the way Windows programs split it. No shell reads
  // it: `|`, `&`, `>` are arguments like any other (a `pwsh -Command` or `cmd /c` given them reads them as its own).
  const line = argList.map((a) => a.value!).join(' ');
  const argv = [file, ...tokenize(line).map((t) => literalWord(t.kind === 'word' ? unquote(t.text) : line.slice(t.start, t.end), inv.span.start, inv.span.end))];
  inv.dispatch(argv, null);
}

function invokeCommand(inv: Invocation): void {
  const b = inv.env.b.verb('exec');
  const p = bind(inv.args, ['asjob', 'hidecomputername', 'noNewScope', 'enablenetworkaccess', 'indisconnectedsession'], ['scriptblock', 'sb', 'computername', 'cn', 'session', 'filepath', 'argumentlist', 'args', 'credential', 'port', 'vmname', 'containerid', 'hostname', 'jobname', 'configurationname']);
  for (const h of get(p, 'computername', 'cn', 'hostname', 'vmname')) b.target(envTarget(inv, 'host', shown(h), [clue('names', h.value)]));
  // `-FilePath` copies a local script to the remote machines and runs it there (Invoke-Command reference): what it does
  // on them is not part of the action, so unknown (the lead's rule for scripts of unseen content, as `psql -f`).
  if (get(p, 'filepath').length > 0) {
    b.opaque('script_unseen', `\`${inv.name} -FilePath\` runs a script whose content is not part of the action on other machines`, inv.span);
    return;
  }
  const hasBlock = [...get(p, 'scriptblock', 'sb'), ...p.positional].some((w) => w.value === '{…}');
  if (!hasBlock) b.opaque('powershell_invoke_dynamic', `\`${inv.name}\` runs a script block that is not in the input`, inv.span);
}

/** Built-in aliases of cmdlets that take `-WhatIf` (`ri` is Remove-Item, `spsv` Stop-Service). */
const POWERSHELL_ALIASES = new Set(['rm', 'ri', 'rd', 'rmdir', 'del', 'erase', 'clc', 'sc', 'ac', 'cp', 'cpi', 'copy', 'mv', 'mi', 'move', 'ren', 'rni', 'ni', 'spsv', 'spps', 'kill', 'sasv', 'saps', 'start']);

/** PowerShell verbs whose cmdlets only read or show; and those that destroy. */
const READ_VERBS = /^(get|test|select|measure|sort|group|compare|convertto|convertfrom|resolve|split|join|find|search|show|read|wait|trace|watch|format|write|out|where|foreach|tee|debug|use|ping|receive|enter|exit|pop|push|step|suspend|resume|import|export|checkpoint|expand|compress|confirm)$/;
const SERVICE_NOUN = /(service|vm|webapp|functionapp|cluster|instance|container|containergroup|server|database|aks|website|appservice|computer|apppool)s?$/;
// `Format-` is not here: Format-Table, -List, -Wide, -Custom and -Hex only lay out output; Format-Volume is a disk tool (below).
const DESTROY_VERBS = /^(remove|clear|uninstall|unregister|revoke|reset|dismount|disconnect|delete|drop|erase|purge|destroy|kill)$/;
// Round 34 (p34): Exchange Online's quarantine holds mail its filters already withheld as spam, phishing or malware and
// drops it by itself when the quarantine's retention ends (Delete-QuarantineMessage reference; 15-30 days): deleting
// it sooner is the filter's own clean-up. Mail in mailboxes is another noun (Search-Mailbox, compliance searches).
// Round 42 (ol42): a CIM session is a connection, as a PSSession is: New-CimSession makes it again.
// Round 43 (os43): a PSReadLine key binding is the session's (Remove-PSReadLineKeyHandler "removes a specified key
// binding", made by Set-PSReadLineKeyHandler; PSReadLine module reference): a profile sets it again at the next session.
const HARMLESS_NOUN = /^(variable|psdrive|job|module|alias|event|typedata|pssession|cimsession|pssnapin|host|history|dnsclientcache|dnsservercache|item(property)?variable|psbreakpoint|psreadlinekeyhandler|eventlog-none|quarantinemessage)$/;

const ACCOUNT_NOUN = /(account|user)$/;
/** Exchange Online's recipients that carry an account (Remove-Mailbox, -MailUser, -RemoteMailbox). */
const MAILBOX_NOUN = /^(mailbox|mailuser|remotemailbox)$/;
/** A value, or a part of it between `@` and dots, names production or staging. */
function namesLiveTier(args: readonly Word[]): boolean {
  return args.some((a) => a.value !== null && [a.value, ...a.value.split(/[@.]/)].some((v) => /^(production|staging)$/.test(heuristicEnvironment(v) ?? '')));
}

/**
 * Revoke- of an access grant, Remove- of a group or team member (Graph's `…ByRef` too), Dismount- of a disk image:
 * REVERSIBLE_DESTROY above.
 */
const REVERSIBLE_DESTROY = /^(revoke-[a-z]*(access|permission)|remove-(ad|local|azuread|mg|distribution)?groupmember(byref)?|remove-team(channel)?user|dismount-(vhd|diskimage)|remove-smbmapping)$/;

/**
 * A member argument that is each item of a pipeline no Where-Object narrowed (`Get-MgGroupMember … | ForEach-Object {
 * Remove-… -DirectoryObjectId $_.Id }`): every member, one at a time, so the group is emptied.
 */
const EACH_MEMBER = /^-(directoryobjectid|members?|user|identity)$/i;
function removesEachPipedMember(inv: Invocation): boolean {
  const item = pipeItem(inv);
  if (item?.kind === 'unknown' && item.narrowed) return false;
  return inv.args.some((a, i) => EACH_MEMBER.test(inv.args[i - 1]?.value ?? '') && /^\$(_|psitem)\b/i.test(a.text));
}

/**
 * Removals that lose no content (round 19, module references): PnP's Remove-PnPList, -ListItem, -File and -Folder with
 * `-Recycle` move it to the site's recycle bin, which Restore-PnPRecycleBinItem empties back; Remove-ComplianceSearch
 * removes a saved query, not what it found; Remove-InboxRule one named rule of a mailbox, not its mail.
 */
const RECYCLING_REMOVE = /^remove-pnp(list|listitem|file|folder)$/;
const DEFINITION_REMOVE = /^remove-(compliancesearch|inboxrule)$/;

/** Remove-PnPListItem of one item by its id (`-Identity 87`): a narrowed delete, as `DELETE … WHERE id = 87`. */
function removesOneListItem(inv: Invocation, name: string): boolean {
  return name === 'remove-pnplistitem' && pipeInput(inv) === null && inv.args.some((a, i) => /^-identity$/i.test(inv.args[i - 1]?.value ?? '') && /^\d+$/.test(a.value ?? ''));
}

/**
 * Round 42 (bl42pki): Remove-DnsServerResourceRecord of one ACME challenge TXT record (`-RRType Txt -Name
 * _acme-challenge[.HOST] -ZoneName ZONE`, acmeChallengeRecord): the clean-up after a DNS-01 validation. Every value fixed,
 * nothing piped in.
 */
function removesAcmeChallenge(inv: Invocation, name: string): boolean {
  if (name !== 'remove-dnsserverresourcerecord' || pipeInput(inv) !== null || inv.args.some((a) => a.value === null)) return false;
  const zone = wordAfter(inv.args, /^-zonename$/i)?.value;
  const host = wordAfter(inv.args, /^-name$/i)?.value;
  return typeof zone === 'string' && typeof host === 'string' && acmeChallengeRecord(`${host}.${zone}`, wordAfter(inv.args, /^-rrtype$/i)?.value);
}

function removesNothingKept(inv: Invocation, name: string): boolean {
  const b = inv.env.b;
  if (RECYCLING_REMOVE.test(name) && inv.args.some((a) => /^-recycle(:\$true)?$/i.test(a.value ?? ''))) {
    b.verb('delete').finding('recycle_bin_delete', `\`${inv.name} -Recycle\` moves it to the recycle bin, where it can be restored`);
    return true;
  }
  const restore = softDeletedOne(inv, name);
  if (restore !== null) {
    b.verb('delete').finding('soft_delete', `\`${inv.name}\` removes one named item: ${restore}`);
    return true;
  }
  if (removesAcmeChallenge(inv, name)) {
    b.verb('delete').finding('acme_challenge_cleanup', `\`${inv.name}\` removes an ACME challenge TXT record, the clean-up after a validation`);
    return true;
  }
  if (removesOneListItem(inv, name)) {
    b.verb('delete').finding('narrowed_delete', `\`${inv.name}\` deletes one item by its id`);
    return true;
  }
  if (DEFINITION_REMOVE.test(name) && pipeInput(inv) === null && namedAccounts(inv.args) !== null) {
    b.verb('write').finding('definition_removed', `\`${inv.name}\` removes one named definition, not the content it acts on`);
    return true;
  }
  return false;
}

/** Disable-LocalUser / Disable-ADAccount naming only Guest or DefaultAccount (by -Name, -Identity or position). */
function disablesOnlyShippedOffAccounts(inv: Invocation): boolean {
  const names = inv.args.filter((a, i) => !(a.value ?? '-').startsWith('-') && (i === 0 || /^-(name|identity|samaccountname)$/i.test(inv.args[i - 1]?.value ?? '') || !(inv.args[i - 1]?.value ?? '').startsWith('-')));
  return names.length > 0 && names.every((a) => a.value !== null && a.value.split(',').every((n) => /^(guest|defaultaccount)$/i.test(n.trim().replace(/^['"]|['"]$/g, ''))));
}

/**
 * Round 43 (bl43bi): Invoke-PowerBIRestMethod's `-Url` is relative to `https://api.powerbi.com/v1.0/myorg/` unless it
 * is absolute (MicrosoftPowerBIMgmt.Profile reference: "Relative or absolute URL of the Power BI entity"): the word with
 * that base put in front, so the HTTP judge reads the Power BI path (`groups/$id/datasets/$ds` with `-Method Delete`).
 */
function powerBiUrl(word: Word): Word {
  const rel = (v: string): string => (/^https?:\/\//i.test(v) ? v : `https://api.powerbi.com/v1.0/myorg/${v.replace(/^\//, '')}`);
  const text = word.text.replace(/^(["']?)/, (q) => `${q}${/^["']?https?:/i.test(word.text) ? '' : 'https://api.powerbi.com/v1.0/myorg/'}`);
  return { ...word, text, value: word.value === null ? null : rel(word.value) };
}

/**
 * Sign-in state of this session (Az.Accounts `Disconnect-AzAccount`, `Clear-AzContext`, `Remove-AzContext`; Microsoft
 * Graph, Exchange Online, SharePoint, PnP, Azure AD, VMware, Teams and Power BI `Disconnect-…`): what they clear is the local
 * token cache, which the next `Connect-…` fills again. Nothing on the service changes.
 */
const SIGN_IN_NOUN = /^(az(ure(rm)?)?(account|context)|mggraph|exchangeonline|sposervice|pnponline|azuread|msolservice|viserver|microsoftteams|ippssession|powerbiserviceaccount)$/;

/**
 * Safeguards named by a cloud cmdlet (Az, AWS Tools): what it configures is audit, backup, protection, threat
 * detection, diagnostics, logging, retention, versioning or soft delete. Set to off (`-BlobStorageTargetState Disabled`,
 * `-EnableSoftDelete:$false`, `Disable-AzRecoveryServicesBackupProtection`) it weakens that safeguard.
 */
const SAFEGUARD_NOUN = /(audit|backup|retention|protection|threatdetection|advancedthreat|diagnostic|logging|log(profile|setting)|versioning|softdelete|defender|securitycontact|lock)/;
/** Parameters whose zero turns off retention of backups, logs or deleted items (`-BackupRetentionPeriod 0`). */
const RETENTION_PARAM = /^-(backupretentionperiod|retentiondays|retentionindays|retentionperiodindays|softdeleteretentionindays|deleteretentionpolicydays|logretentiondays)$/i;
/** Parameters that keep a resource from deletion or loss, off when `$false` (`-DeletionProtection $false`). */
const PROTECTION_PARAM = /^-(deletionprotection|protectedfromaccidentaldeletion|enable(purgeprotection|softdelete|deletionprotection|logging|auditing|versioning|httpstrafficonly|backup\w*|\w*protection))$/i;
/**
 * The same, named `…Enabled` (Exchange Online and Microsoft 365 cmdlets: `Set-Mailbox -AuditEnabled`,
 * `-LitigationHoldEnabled`, `-SingleItemRecoveryEnabled`, `Set-AdminAuditLogConfig -AdminAuditLogEnabled`,
 * `Set-OrganizationConfig -AuditDisabled` is its opposite): off when `$false`. Not `-AuditBypassEnabled`, which exempts an
 * account from auditing when `$true` (m365-catalogue.ts).
 */
const SAFEGUARD_ENABLED_PARAM = /^-(?!auditbypass)\w*(audit|logging|litigationhold|singleitemrecovery|protection|versioning|backup|softdelete|encryption|mfa|multifactor)\w*enabled$/i;
/** Parameters that open a resource to anonymous readers when `$true` (Az.Storage `-AllowBlobPublicAccess`). */
const EXPOSURE_PARAM = /^-(allowblobpublicaccess)$/i;

/** A parameter's value as PowerShell binds it: `-P:$false`, `-P $false`, a bare switch (`$true`). */
function paramValue(args: Word[], i: number): string | null {
  const a = args[i]!.value ?? '';
  const colon = a.indexOf(':');
  if (colon !== -1) return a.slice(colon + 1);
  const next = args[i + 1]?.value ?? null;
  return next === null || next.startsWith('-') ? '$true' : next;
}

const OFF = /^(\$false|false|0|disabled?|off|none)$/i;

/** Whether a cloud cmdlet's parameters switch a safeguard off (see SAFEGUARD_NOUN, RETENTION_PARAM, PROTECTION_PARAM). */
function weakensCloudSafeguard(inv: Invocation, verb: string, noun: string): boolean {
  if (verb === 'disable' && SAFEGUARD_NOUN.test(noun)) return true;
  // Disable-WindowsOptionalFeature -FeatureName Windows-Defender…: the antivirus or the firewall removed as a feature.
  if (verb === 'disable' && /feature$/.test(noun) && inv.args.some((a, i) => /^-featurename$/i.test(inv.args[i - 1]?.value ?? '') && /defender|firewall/i.test(a.value ?? ''))) return true;
  return inv.args.some((a, i) => {
    const name = (a.value ?? '').replace(/:.*$/, '');
    if (!/^-[A-Za-z]/.test(name)) return false;
    const v = paramValue(inv.args, i);
    if (RETENTION_PARAM.test(name)) return v !== null && /^0+$/.test(v);
    if (PROTECTION_PARAM.test(name) || SAFEGUARD_ENABLED_PARAM.test(name)) return v !== null && OFF.test(v);
    if (/^-auditdisabled$/i.test(name)) return v !== null && !OFF.test(v);
    if (EXPOSURE_PARAM.test(name)) return v !== null && !OFF.test(v);
    if (/state$/i.test(name) && SAFEGUARD_NOUN.test(noun)) return v !== null && /^disabled$/i.test(v);
    return false;
  });
}

/**
 * Defender's preferences (Defender module reference): `Set-MpPreference`/`Add-MpPreference` with a `-Disable…` switch
 * set, with real-time, network, controlled-folder or PUA protection set to off, or with an exclusion added, weaken the
 * antivirus. Exclusions of a critical path (`-ExclusionPath C:\`) are judged as that path too; other settings change it.
 */
function mpPreference(inv: Invocation): void {
  const b = inv.env.b.verb('write');
  b.target({ kind: 'host', id: 'defender', environment: null, home: false });
  const off = inv.args.some((a, i) => {
    const name = (a.value ?? '').replace(/:.*$/, '');
    const v = paramValue(inv.args, i);
    // DisableAutoExclusions and DisablePrivacyMode tighten Defender rather than loosen it.
    if (/^-disable(?!autoexclusions$|privacymode$)[a-z]+$/i.test(name)) return v !== null && !OFF.test(v);
    if (/^-(enablenetworkprotection|enablecontrolledfolderaccess|puaprotection|mapsreporting|cloudblocklevel)$/i.test(name)) return v !== null && OFF.test(v);
    return false;
  });
  if (off) b.destroy('safeguard_disabled', `\`${inv.name}\` switches Defender protection off`, inv.span);
  // A path, extension, process or address added to Defender's exclusions is never scanned again, however narrow: the
  // lead's answers 38 and 191 (the registry form is registryValueWeakens'). `$null` or `@()` given to Set- empties the list.
  const excluded = inv.args.find((a, i) => /^-exclusion(path|extension|process|ipaddress)$/i.test(inv.args[i - 1]?.value ?? '') && !/^(\$null|@\(\s*\)|''|"")$/i.test(a.text));
  if (excluded) b.destroy('safeguard_disabled', `\`${inv.name}\` excludes \`${excluded.value ?? excluded.text}\` from Defender's scans`, inv.span);
  for (const w of inv.args) {
    if (w.value === null || !/^([A-Za-z]:[\\/]?|\\\\|~)/.test(w.value)) continue;
    const fx = pathEffect(inv, w);
    if (fx.cls === 'critical' || fx.cls === 'control_plane') fileTarget(inv, w, 'write', { recursive: false, what: `\`${inv.name}\` excludes from scanning` });
  }
}

/** Whether every parameter names a Defender exclusion list, with a value. */
function exclusionsOnly(args: Word[]): boolean {
  const params = args.filter((a) => (a.value ?? '').startsWith('-'));
  return params.length > 0 && params.every((a) => /^-exclusion(path|extension|process|ipaddress)$/i.test(a.value!)) && args.length >= params.length * 2;
}

/**
 * NetSecurity (module reference): `Set-NetFirewallProfile -Enabled False` turns the firewall off, `-DefaultInboundAction
 * Allow` lets everything in; `New-NetFirewallRule` with Action Allow (its default) inbound (its default) and nothing to
 * narrow it (no -LocalPort, -Program, -Service, -Package, a -RemoteAddress of Any or none, every or a TCP/UDP protocol)
 * opens the machine. Other rules and settings change it.
 */
function firewallCmdlet(inv: Invocation, name: string): void {
  const b = inv.env.b.verb('write', 'permissions');
  b.target({ kind: 'host', id: 'firewall', environment: null, home: false });
  const val = (param: RegExp): string | null => {
    const i = inv.args.findIndex((a) => param.test((a.value ?? '').replace(/:.*$/, '')));
    return i === -1 ? null : paramValue(inv.args, i);
  };
  if (name === 'set-netfirewallprofile') {
    const enabled = val(/^-enabled$/i);
    if ((enabled !== null && OFF.test(enabled)) || /^allow$/i.test(val(/^-defaultinboundaction$/i) ?? '')) b.destroy('firewall_disabled', `\`${inv.name}\` turns the firewall off`, inv.span);
    return;
  }
  const allow = /^allow$/i.test(val(/^-action$/i) ?? 'allow');
  const inbound = /^inbound$/i.test(val(/^-direction$/i) ?? 'inbound');
  const narrowed = inv.args.some((a) => /^-(localport|program|service|package|remoteport|icmptype|localuser|remoteuser)$/i.test((a.value ?? '').replace(/:.*$/, '')));
  const anyRemote = /^(any|\*)?$/i.test(val(/^-remoteaddress$/i) ?? '');
  const anyProtocol = /^(any|tcp|udp|6|17)?$/i.test(val(/^-protocol$/i) ?? '');
  if (allow && inbound && !narrowed && anyRemote && anyProtocol) b.destroy('firewall_allow_all', `\`${inv.name}\` allows every inbound connection`, inv.span);
  // A -LocalPort every address may reach: the one firewall reading (inboundOpenWidens, the lead's answer 209); a rule
  // narrowed by program, service or remote port instead is a change.
  else if (allow && inbound && anyRemote && inv.args.some((a) => /^-localport$/i.test((a.value ?? '').replace(/:.*$/, ''))) && inboundOpenWidens([val(/^-localport$/i)], sessionOnServer(inv.env.ctx, val(/^-cimsession$/i)))) b.destroy('firewall_allow_all', `\`${inv.name}\` opens port ${/^\$true$|^$/.test(val(/^-localport$/i) ?? '') ? '(not fixed)' : val(/^-localport$/i)} to every address: an admin or database port, or a port on a server`, inv.span);
}

/**
 * Remove-, Disable- and Set-NetFirewallRule (NetSecurity reference) of rules chosen by -Name or -DisplayName (round 12).
 * A rule that blocks (its name says so: BLOCKING_RULE_NAME) removed or disabled opens what it closed; a rule that allows
 * removed or disabled closes a port, which loses nothing. Rules not named here (piped, `-All`, a wildcard, `-Action Block`
 * as the filter) may be the blocking ones, so their removal is judged as one. Set- that lets every address in
 * (`-RemoteAddress Any`), switches a blocking rule to `-Action Allow` or `-Enabled False` opens it.
 */
function firewallRuleChange(inv: Invocation, name: string): void {
  const b = inv.env.b.verb(name === 'remove-netfirewallrule' ? 'delete' : 'write', 'permissions');
  b.target({ kind: 'host', id: 'firewall', environment: null, home: false });
  const p = bind(inv.args, ['all', 'passthru', 'asjob'], ['name', 'id', 'displayname', 'action', 'direction', 'enabled', 'remoteaddress', 'localport', 'protocol', 'group', 'displaygroup', 'policystore', 'gposession', 'cimsession', 'inputobject', 'throttlelimit', 'newdisplayname', 'description', 'profile', 'program', 'service']);
  if (whatIf(inv, p)) return;
  const names = [...get(p, 'name', 'id', 'displayname', 'group', 'displaygroup'), ...p.positional].map((w) => w.value);
  const action = get(p, 'action')[0]?.value ?? null;
  const blocking = names.length === 0 || names.some((n) => n === null || /[*?]/.test(n) || BLOCKING_RULE_NAME.test(n));
  if (name !== 'set-netfirewallrule') {
    if (blocking || (action !== null && /^block$/i.test(action))) b.destroy('firewall_rule_removed', `\`${inv.name}\` ${name === 'remove-netfirewallrule' ? 'removes' : 'disables'} ${names.length === 0 ? 'rules not named here' : `\`${names.join(', ')}\``}, which may block traffic`, inv.span);
    return;
  }
  const remote = get(p, 'remoteaddress')[0]?.value;
  const enabled = get(p, 'enabled')[0]?.value ?? null;
  const opensRemote = remote !== undefined && (remote === null || /^(any|\*|internet|0\.0\.0\.0\/0)$/i.test(remote)) && !(action !== null && /^block$/i.test(action));
  // `-Action Allow` opens whatever rule it names that blocked, and changes nothing on one that allowed: the name need not say
  // "block" (`CorpRule17`). Switching a rule off only opens one whose name (or its absence) says it may block.
  const opensBlock = (action !== null && /^allow$/i.test(action)) || (blocking && enabled !== null && OFF.test(enabled));
  if (opensRemote || opensBlock) b.destroy('firewall_allow_all', `\`${inv.name}\` opens ${names.length === 0 ? 'the piped rules' : `\`${names.join(', ')}\``}${opensRemote ? ' to every address' : ''}`, inv.span);
}

/** Set-ItemProperty / New-ItemProperty on a registry value that switches a safeguard off (registryValueWeakens). */
function registryProperty(inv: Invocation): void {
  const p = bind(inv.args, [], ['path', 'literalpath', 'lp', 'pspath', 'name', 'value', 'type', 'propertytype', 'credential', 'filter', 'include', 'exclude', 'inputobject']);
  if (whatIf(inv, p)) return;
  const b = inv.env.b.verb('write');
  const key = (get(p, 'path', 'literalpath', 'lp', 'pspath')[0] ?? p.positional[0])?.value ?? null;
  const name = (get(p, 'name')[0] ?? p.positional[1])?.value ?? null;
  const data = (get(p, 'value')[0] ?? p.positional[2])?.value ?? null;
  if (key !== null && name !== null && registryValueWeakens(key, name, data)) b.destroy('safeguard_disabled', `\`${inv.name} -Name ${name}\` switches a safeguard off`, inv.span);
  if (key !== null && startUpValue(key, name)) runLaterAsCmd(inv, get(p, 'value')[0] ?? p.positional[2], `\`${inv.name}\` of a start-up command`, true);
}

/** Every path the invocation names is on a drive of the session itself (`Variable:`, `Env:`, `Function:`, `Alias:`). */
function sessionDrivesOnly(inv: Invocation): boolean {
  const p = bind(inv.args, [], ['path', 'literalpath', 'lp', 'pspath', 'credential', 'filter', 'include', 'exclude']);
  const paths = [...get(p, 'path', 'literalpath', 'lp', 'pspath'), ...p.positional];
  return paths.length > 0 && paths.every((w) => w.value !== null && /^(env|variable|function|alias):\\?[^\\*?]*$/i.test(w.value));
}

/**
 * `Remove-ItemProperty -Path HKCU:\Software\Contoso\ShopDev -Name LastWindowPos`: one named value of the current user's
 * application settings, which the application writes again with its default (round 16). Keys, wildcards, other hives and
 * policies are judged as any Remove- is.
 */
function userAppSetting(inv: Invocation): boolean {
  const p = bind(inv.args, [], ['path', 'literalpath', 'lp', 'pspath', 'name', 'credential', 'filter', 'include', 'exclude', 'inputobject']);
  const key = (get(p, 'path', 'literalpath', 'lp', 'pspath')[0] ?? p.positional[0])?.value ?? null;
  // Round 42 (nxa42): `-Name A,B` binds its first element to -Name and the rest as positionals of the same word: every
  // element is a name removed (`-Name LastRun,*` removes every value; `-Name A,RefreshToken` a secret's).
  const first = get(p, 'name')[0] ?? p.positional[1];
  const names = first === undefined ? [undefined] : [first, ...p.positional.filter((w) => w !== first && w.start === first.start && w.end === first.end)];
  if (key === null || names.length > 10 || names.some((n) => n === undefined || n.value === null || /[*?,]/.test(n.value))) return false;
  // The lead's answer 161: one named variable of the user's environment that is not a search path or a secret's.
  const variable = names.every((n) => userEnvironmentSetting(key, n?.value ?? null));
  // The lead's answer 432.2 in PowerShell's form (round 42, nxa42): one named value of a vendor's key under HKLM\SOFTWARE,
  // read by the one test `reg delete … /v` uses (windows/tools.ts vendorMachineValue).
  const machine = !variable && !USER_SETTINGS_KEY.test(key) && names.every((n) => vendorMachineValue(key, n?.value ?? null));
  if (!variable && !machine && !USER_SETTINGS_KEY.test(key)) return false;
  if (whatIf(inv, p)) return true;
  inv.env.b.verb('write').finding('user_setting_removed', `\`${inv.name}\` removes ${machine ? "one named value of a vendor's key of the machine's software, which the program writes again" : `one of the current user's ${variable ? 'environment variables' : 'application settings'}`}`, inv.span);
  return true;
}

/**
 * Parameters that name the machine, instance or resource a cmdlet acts on, across modules (Hyper-V `-VMName`, Az
 * `-ResourceGroupName`, dbatools `-SqlInstance`, SqlServer `-ServerInstance`, ActiveDirectory `-Identity`, IIS and most
 * others `-Name`): each is a target whose name may say its environment (`rg-shop-prod`, `sql-stg-01`).
 */
const RESOURCE_PARAM = /^-(name|vmname|vm|vmhost|entity|computername|cn|resourcegroupname|sqlinstance|serverinstance|servername|databasename|database|identity|webappname|clustername|vaultname|accountname|storageaccountname|sitename|instancename|hostname|slot|sourceslotname|destinationslotname|targetslot|bucketname|dbinstanceidentifier|dbclusteridentifier|stackname|tablename|functionname|loggroupname|repositoryname|queuename|topicname)$/i;

/** Az.Accounts parameters naming a subscription by name or ID (Set-AzContext, Select-AzSubscription, Get-AzSubscription). */
const SUBSCRIPTION_PARAM = /^-(subscription|subscriptionname|subscriptionid)$/i;

/**
 * Service prefixes of AWS Tools for PowerShell nouns (`Remove-EC2Instance`, `Get-S3Object`, `Edit-RDSDBInstance`,
 * `Remove-CFNStack`, `Remove-DDBTable`, `Remove-CWLLogGroup`, `Remove-LMFunction`, …).
 */
const AWS_NOUN = /^(aws|ec2|s3|rds|cfn|ddb|cwl|cw|lm|iam|ecs|eks|ecr|sqs|sns|kms|ssm|sec|r53|elb2?|efs)/;

/** Module noun prefixes of cloud cmdlets (Az, AWS Tools, Google Cloud Tools): what they name is a cloud resource. */
const CLOUD_NOUN = new RegExp(`^(az|gc[ep]|gcs)|${AWS_NOUN.source}`);

function namedResources(inv: Invocation, noun: string): void {
  const b = inv.env.b;
  const kind = CLOUD_NOUN.test(noun) ? 'cloud' : 'host';
  const seen = new Set<string>();
  const add = (w: Word) => {
    if (w.value === null || w.value === '' || w.value.startsWith('-') || seen.has(w.value)) return;
    seen.add(w.value);
    for (const name of w.value.split(',').map((n) => n.trim()).filter(Boolean)) {
      const t = envTarget(inv, kind, name, [clue('names', name)]);
      if (t.environment !== null) b.target(t);
    }
  };
  // AWS Tools take the account from `-ProfileName`/`-Region` or, like the AWS CLI, from the session's profile.
  if (AWS_NOUN.test(noun)) {
    const profile = wordAfter(inv.args, /^-(profilename|profile)$/i)?.value ?? inv.env.ctx.awsProfile;
    const t = envTarget(inv, 'cloud', `aws:${noun}`, [clue('aws_accounts', inv.env.ctx.awsAccount), clue('aws_profiles', profile), clue('names', profile), clue('aws_regions', wordAfter(inv.args, /^-region$/i)?.value ?? inv.env.ctx.awsRegion)]);
    if (t.environment !== null) b.target(t);
  }
  // Az.Accounts `Set-AzContext -Subscription`, `Select-AzSubscription -SubscriptionName|-SubscriptionId` (and a
  // `-Subscription` on any cmdlet): the subscription the session's commands act in, named in the inventory or by its name.
  inv.args.forEach((a, i) => {
    if (i === 0 || !SUBSCRIPTION_PARAM.test(inv.args[i - 1]!.value ?? '') || a.value === null || a.value.startsWith('-')) return;
    const t = envTarget(inv, 'cloud', `azure:${a.value}`, [clue('azure_subscriptions', a.value), clue('names', a.value)]);
    if (t.environment !== null) b.target(t);
  });
  inv.args.forEach((a, i) => {
    if (i > 0 && RESOURCE_PARAM.test(inv.args[i - 1]!.value ?? '')) add(a);
    // `Get-VM dev-sql01`, `Stop-WebAppPool ShopProdPool`: a bare first word that is a name, not a path.
    else if (i === 0 && a.value !== null && /^[A-Za-z0-9][\w-]*$/.test(a.value)) add(a);
  });
}

/**
 * An access rule this input builds (`New-Object System.Security.AccessControl.FileSystemAccessRule('Everyone',
 * 'FullControl', …, 'Allow')`, a RegistryAccessRule the same) that allows a broad principal (BROAD_PRINCIPAL: Everyone,
 * Users, Authenticated Users, …) to write, modify, take ownership or change permissions: `Set-Acl` of it opens the object
 * to all, as `icacls /grant Everyone:F` does.
 */
/**
 * Folders whose ACL lets every account read and write (Windows' defaults: the Public profile, Windows\Temp, a root
 * C:\Temp): `Get-Acl` of one is an ACL that opens whatever it is set on.
 */
const PUBLIC_ACL_SOURCE = /\bGet-Acl\s+(?:-(?:Path|LiteralPath)\s+)?['"]?((?:C:\\Users\\Public|\$env:PUBLIC|C:\\Windows\\Temp|C:\\Temp)(?:\\[^'"\s;|)]*)?)['"]?(?=[\s;|)]|$)/i;

function broadAccessRule(source: string): boolean {
  for (const m of source.matchAll(/(?:FileSystem|Registry)AccessRule\s*(?:-ArgumentList\s*)?@?\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]([^)]*)\)/gi)) {
    if (BROAD_PRINCIPAL.test(m[1]!.trim().toLowerCase()) && /fullcontrol|modify|write|changepermissions|takeownership/i.test(m[2]!) && !/deny/i.test(m[3]!)) return true;
  }
  return false;
}

/** A URL on this machine: a request to it sends nothing off it. */
const LOCAL_URL = /^(?:https?:\/\/)?(?:localhost|127(?:\.\d+){3}|\[::1\])(?:[:/]|$)/i;
/** A file read into an expression by a cmdlet or .NET call (`Get-Content .\.env -Raw`, `Get-Item ~\.aws\credentials`, `[IO.File]::ReadAllText('…')`). */
const FILE_READ = /\b(?:get-content|gc|cat|type|get-item|gi)\s+(?:-(?:path|literalpath|lp)\s+)?['"]?([^'"\s;|)}]+)|\[(?:system\.)?io\.file\]::read\w*\(\s*['"]([^'"]+)/gi;

/**
 * The credential file a web cmdlet sends (isCredentialFile: dotenv files, keys and keystores, a home's credential folders):
 * as its whole body (`-InFile .\.env`), read into `-Body` (`-Body (Get-Content ~\.aws\credentials -Raw)`) or attached to
 * `-Form` (`-Form @{ file = Get-Item .\certs\signing.pfx }`), as `curl --data-binary @.env` sends it (round 21).
 */
function credentialFileSent(p: Bound, inv: Invocation): string | undefined {
  // A path built on a variable (`"$env:USERPROFILE\.ssh\id_ed25519"`) is read as written.
  const inFile = get(p, 'infile').map((w) => w.value ?? w.text.replace(/^["']|["']$/g, '')).find((f) => isCredentialFile(f));
  if (inFile !== undefined) return inFile;
  // Round 39 (pw39): the file's text piped in (`Get-Content ~\.aws\credentials -Raw | Invoke-RestMethod -Method Post …`)
  // is the request's body, as `-Body (Get-Content …)` is (Invoke-RestMethod's reference: `-Body` takes pipeline input).
  const fed = pipeInput(inv);
  if (fed?.kind === 'unknown' && /^(get-content|gc|cat|type)$/.test(fed.producer)) {
    const piped = (fed.args ?? []).filter((w, i, all) => !(w.value ?? '').startsWith('-') && !/^-(encoding|delimiter|readcount|totalcount|tail|first|head|last|stream)$/i.test(all[i - 1]?.value ?? ''));
    const file = piped.map((w) => w.value ?? w.text.replace(/^["']|["']$/g, '')).find((f) => isCredentialFile(f));
    if (file !== undefined) return file;
  }
  for (const w of get(p, 'body', 'form')) {
    for (const m of w.text.matchAll(FILE_READ)) {
      const file = m[1] ?? m[2]!;
      if (isCredentialFile(file)) return file;
    }
  }
  return undefined;
}

/** Runs a cmdlet we model; false when `inv.name` is not one (the caller tries Windows programs next). */
/** `-Headers @{ 'Name' = 'value'; … }`: the literal pairs; `hidden` when a method override's value is not literal. */
function headerTable(w: Word | undefined): { headers: Record<string, string>; hidden: boolean } {
  const headers: Record<string, string> = {};
  if (!w) return { headers, hidden: false };
  const text = w.text;
  for (const m of text.matchAll(/['"]?([\w-]+)['"]?\s*=\s*(?:'([^']*)'|"([^"$`]*)"|([^\s;}'"]+))/g)) {
    const value = m[2] ?? m[3] ?? m[4];
    if (value !== undefined && !value.startsWith('$')) headers[m[1]!] = value;
  }
  const override = /x-(http-)?method(-override)?/i.test(text) && !Object.keys(headers).some((k) => /^x-(http-)?method(-override)?$/i.test(k));
  return { headers, hidden: override };
}

/**
 * A `-Body` written as a hashtable literal, alone or piped to `ConvertTo-Json` (`@{ accountEnabled = $false }`,
 * `(@{ name = 'x' } | ConvertTo-Json)`): its fields with literal values (quoted strings, numbers, `$true`, `$false`,
 * `$null`) as the JSON object the cmdlet sends. `complete` is false when a value is not literal (a variable, an
 * expression, a nested table): those fields are left out and the body counts as partly unseen.
 */
function hashtableBody(text: string): { body: JsonValue; complete: boolean } | null {
  const m = /^\(?\s*@\{([^{}]*)\}\s*(\|\s*ConvertTo-Json\b[^|)]*)?\)?$/i.exec(text.trim());
  if (!m) return null;
  const body: Record<string, JsonValue> = {};
  let complete = true;
  for (const part of m[1]!.split(/[;\n]/)) {
    if (part.trim() === '') continue;
    const kv = /^\s*['"]?([\w-]+)['"]?\s*=\s*(.*?)\s*$/.exec(part);
    if (!kv) {
      complete = false;
      continue;
    }
    const raw = kv[2]!;
    const lit = /^'([^']*)'$/.exec(raw) ?? /^"([^"$`]*)"$/.exec(raw);
    if (lit) body[kv[1]!] = lit[1]!;
    else if (/^-?\d+(\.\d+)?$/.test(raw)) body[kv[1]!] = Number(raw);
    else if (/^\$(true|false|null)$/i.test(raw)) body[kv[1]!] = raw.toLowerCase() === '$true' ? true : raw.toLowerCase() === '$false' ? false : null;
    else complete = false;
  }
  return { body, complete };
}

/**
 * Round 40 (ch40; the lead's answer 419.25): a `-Body $b` whose variable the input assigns once, to a hashtable literal
 * alone or piped to `ConvertTo-Json` (`$b = @{jsonrpc='1.0'; method='sendtoaddress'; …} | ConvertTo-Json; … -Body $b`), is
 * that table's body, read as `hashtableBody` reads it inline. A variable assigned twice, or to anything else, stays unseen.
 */
function assignedHashtableBody(source: string, text: string): { body: JsonValue; complete: boolean } | null {
  const name = /^\$(\w+)$/.exec(text.trim())?.[1];
  if (!name) return null;
  const assignments = [...source.matchAll(new RegExp(`\\$${name}\\s*=(?!=)`, 'gi'))];
  if (assignments.length !== 1) return null;
  const m = new RegExp(`\\$${name}\\s*=\\s*(\\(?\\s*@\\{[^{}]*\\}\\s*(?:\\|\\s*ConvertTo-Json\\b[^|;)\\n]*)?\\)?)\\s*(?:;|\\n|$)`, 'i').exec(source);
  return m ? hashtableBody(m[1]!) : null;
}

/**
 * `ForEach-Object NAME` and `-MemberName NAME` call a method (or read a property) of each input object (about_ForEach-Object:
 * `gci | % Delete` deletes each item, as `$_.Delete()` does). A method name that deletes, writes, runs or stops is judged
 * as such a call is: what it acts on is the pipeline's input, which we do not follow.
 */
const RISKY_MEMBER = /^(delete\w*|remove\w*|move\w*|copy\w*|writeall\w*|appendall\w*|kill\w*|terminate\w*|stop\w*|start|run|exec|execute\w*|invoke\w*|shellexecute\w*|format|clear\w*|drop\w*|truncate|setaccesscontrol|encrypt|decrypt|replace|moveto|copyto)$/i;
function memberCall(inv: Invocation): boolean {
  const at = inv.args.findIndex((a) => /^-(membername|mem\w*)$/i.test(a.value ?? ''));
  const word = at !== -1 ? inv.args[at + 1] : inv.args.find((a) => a.value !== null && !a.value.startsWith('-'));
  if (!word || word.value === '{…}') return false;
  if (word.value === null) {
    inv.env.b.opaque('powershell_method_call', `\`${inv.name}\` calls a member whose name is not fixed in the input`, inv.span);
    return true;
  }
  if (!/^[A-Za-z_]\w*$/.test(word.value) || !RISKY_MEMBER.test(word.value)) return false;
  inv.env.b.opaque('powershell_method_call', `\`${inv.name} ${word.value}\` calls \`.${word.value}()\` on every input object, which may delete, write, run or stop what we cannot see`, inv.span);
  return true;
}

/** `Set-Item WSMan:\localhost\Client\TrustedHosts -Value '*'` (or `*.corp.example.com`, or a value not fixed in the input). */
function trustedHostsWildcard(inv: Invocation): boolean {
  const p = bind(inv.args, ['force', 'passthru', 'concatenate'], ['path', 'literalpath', 'value', 'credential', 'filter', 'include', 'exclude']);
  const path = get(p, 'path', 'literalpath')[0] ?? p.positional[0];
  // Round 42 (ol42): CredSSP accepted by the WinRM service or offered by its client (remote-management.ts credSspOn).
  const credSsp = get(p, 'value')[0] ?? (get(p, 'path', 'literalpath').length > 0 ? p.positional[0] : p.positional[1]);
  if (path?.value != null && credSspOn(path.value, credSsp?.value ?? null)) {
    inv.env.b.verb('write').destroy('safeguard_disabled', `\`${inv.name} ${path.value}\` allows CredSSP, Basic authentication or unencrypted messages: credentials are delegated, sent or readable`, inv.span);
    return true;
  }
  if (!path || path.value === null || !/^wsman:\\+localhost\\+client\\+trustedhosts$/i.test(path.value)) return false;
  const value = get(p, 'value')[0] ?? (get(p, 'path', 'literalpath').length > 0 ? p.positional[0] : p.positional[1]);
  const b = inv.env.b.verb('write', 'permissions');
  b.target({ kind: 'host', id: 'winrm:trustedhosts', environment: null, home: false });
  if (!value || value.value === null || value.value.split(',').some((h) => h.includes('*'))) b.destroy('trusted_hosts_all', `\`${inv.name} TrustedHosts\` trusts every host (a wildcard or a value not fixed here): credentials go to whoever answers`, inv.span);
  return true;
}

/** The first `$env:NAME` in a text whose name says it holds a secret. */
function secretEnvIn(text: string): string | undefined {
  for (const m of text.matchAll(/\$\{?env:([A-Za-z_][\w]*)\}?/gi)) if (SECRET_NAME_PART.test(m[1]!)) return m[1];
  return undefined;
}

/** Every environment variable at once: the `env:` drive listed (`Get-ChildItem env:`, `gci Env:\*`, `dir env:`) or .NET's `GetEnvironmentVariables()`. */
const ENV_DUMP = /\b(?:get-childitem|gci|dir|ls|get-item|gi)\s+(?:-(?:path|literalpath)\s+)?['"]?env:(?:\\?\*)?['"]?(?=[\s|)]|$)|\[(?:system\.)?environment\]::getenvironmentvariables\(/i;

/**
 * Assignments whose value is a secret in clear text: Az.KeyVault's `Get-AzKeyVaultSecret -AsPlainText`, SecretManagement's
 * `Get-Secret -AsPlainText`, `ConvertFrom-SecureString -AsPlainText`, a storage account's keys, an Entra access token.
 */
const SECRET_ASSIGNMENT = /\$([A-Za-z_]\w*)\s*=\s*(?:[^;\n]*?\b(?:get-azkeyvaultsecret|get-secret|convertfrom-securestring)\b[^;\n]*?-asplaintext\b|[(\s]*(?:get-azstorageaccountkey|get-azaccesstoken)\b)/gi;

/** The first variable the body text uses that the input assigned a clear-text secret to (SECRET_ASSIGNMENT). */
function secretVariableIn(source: string, body: string): string | undefined {
  for (const m of source.matchAll(SECRET_ASSIGNMENT)) if (new RegExp(`\\$${m[1]}\\b`, 'i').test(body)) return m[1];
  return undefined;
}

export function powershellCmdlet(inv: Invocation): boolean {
  const b = inv.env.b;
  const name = inv.name.toLowerCase();
  const cmdStyle = inv.args.some((a) => /^\/[A-Za-z]$/.test(a.value ?? ''));
  // `-WhatIf` is a common parameter of every cmdlet that changes state (SupportsShouldProcess, about_CommonParameters):
  // the cmdlet only reports what it would do. A cmdlet without it fails to bind the parameter and runs nothing.
  // Only cmdlets (Verb-Noun and their aliases), not scripts or native programs, which may read `-WhatIf` as they like.
  // A script block argument (`ForEach-Object { … } -WhatIf`) runs on its own terms: judged as usual.
  const end = inv.args.findIndex((a) => a.value === '--');
  const params = end === -1 ? inv.args : inv.args.slice(0, end);
  // `$WhatIfPreference = $true` earlier in the session (about_Preference_Variables) is -WhatIf on every such cmdlet,
  // unless the cmdlet says `-WhatIf:$false`.
  const sessionWhatIf = inv.scope.vars.get('$whatifpreference') === 'True' && !params.some((a) => /^-(whatif|wi):\$?false$/i.test(a.value ?? ''));
  const whatIfOnly = (sessionWhatIf || params.some((a) => /^-(whatif|wi)(:\$?true)?$/i.test(a.value ?? ''))) && !inv.args.some((a) => a.value === '{…}');
  if (!cmdStyle && whatIfOnly && (/^[a-z]+-[a-z0-9]+$/.test(name) || POWERSHELL_ALIASES.has(name))) {
    b.verb('read').finding('dry_run', `\`${inv.name} -WhatIf\` only shows what would happen`, inv.span);
    // What it names still tells the reviewer where it would have acted (`-Name rg-payments-prod`).
    const id = inv.args.find((a, i) => /^-(name|resourcegroupname|identity|id|bucketname|clustername|computername)$/i.test(inv.args[i - 1]?.value ?? '') && a.value !== null && !a.value.startsWith('-'));
    if (id) b.target(envTarget(inv, CLOUD_NOUN.test(name.split('-')[1] ?? '') ? 'cloud' : 'host', shown(id), [clue('names', id.value)]));
    return true;
  }
  if ((name === 'foreach-object' || name === '%' || name === 'foreach') && memberCall(inv)) return true;
  if (remoteManagementCmdlet(inv, name)) return true;
  if (serverRoleCmdlet(inv, name)) return true;
  if (accessGrantCmdlet(inv, name)) return true;
  if (endpointAdminCmdlet(inv, name)) return true;
  if (datacentreCmdlet(inv, name)) return true;
  if (name === 'compress-archive' && compressedToShare(inv)) return true;
  switch (name) {
    case 'rd':
    case 'rmdir':
      if (cmdStyle) cmdRd(inv);
      else removeItem(inv);
      return true;
    case 'del':
    case 'erase':
      if (cmdStyle) cmdDel(inv);
      else removeItem(inv);
      return true;
    case 'remove-item':
    case 'rm':
    case 'ri':
      removeItem(inv);
      return true;
    case 'clear-content':
    case 'clc':
      contentWrite(inv, 'clear');
      return true;
    case 'set-content':
      contentWrite(inv, 'set');
      return true;
    case 'sc':
      // `sc` is Set-Content in Windows PowerShell; `sc.exe` is the service tool.
      if (inv.args.some((a) => /^(delete|stop|config|create|query|start|failure)$/i.test(a.value ?? ''))) return windowsNative(inv, 'sc');
      contentWrite(inv, 'set');
      return true;
    case 'add-content':
    case 'ac':
      contentWrite(inv, 'add');
      return true;
    case 'out-file':
      contentWrite(inv, 'out');
      return true;
    case 'tee-object':
      contentWrite(inv, 'tee');
      return true;
    case 'export-clixml':
      exportClixml(inv);
      return true;
    case 'copy-item':
    case 'cp':
    case 'cpi':
    case 'copy':
      if (cmdStyle) return false;
      copyMove(inv, false);
      return true;
    case 'move-item':
    case 'mv':
    case 'mi':
    case 'move':
    case 'rename-item':
    case 'ren':
    case 'rni':
      if (cmdStyle) return false;
      copyMove(inv, true);
      return true;
    case 'new-item':
    case 'ni':
      newItem(inv);
      return true;
    case 'expand-archive': {
      // Expand-Archive (Microsoft.PowerShell.Archive reference) writes the archive's files into -DestinationPath
      // (default: the current folder); with -Force it overwrites files of the same name there, like Copy-Item -Force.
      const p = bind(inv.args, ['force', 'passthru'], ['path', 'literalpath', 'lp', 'destinationpath']);
      if (whatIf(inv, p)) return true;
      b.verb('write');
      const dest = get(p, 'destinationpath')[0] ?? p.positional[1];
      // A build's or the site's backup archive unpacked into a site folder is a deploy, as a copy of the build is (siteDeploy).
      if (siteDeploy(inv, dest, [...get(p, 'path', 'literalpath', 'lp'), ...p.positional.slice(0, 1)], true)) return true;
      if (dest) fileTarget(inv, dest, 'write', { recursive: false, what: `\`${inv.name}\` writes into` });
      return true;
    }
    case 'mkdir':
    case 'md':
      b.verb('write');
      return true;
    // Answer 295 (round 35, o35): Set-Date sets the system clock (by `-Date` or `-Adjust`), as `date -s` does: the running
    // services see time jump. `-WhatIf` is read before this switch.
    case 'set-date':
      b.verb('write').target({ kind: 'host', id: 'localhost', environment: null, home: false }).destroy('clock_set', '`Set-Date` sets the system clock: the running services see time jump (certificates, tokens, scheduled jobs, replication)', inv.span);
      return true;
    case 'clear-recyclebin':
      b.verb('delete').target({ kind: 'host', id: 'recycle-bin', environment: null, home: false }).destroy('recycle_bin_empty', '`Clear-RecycleBin` deletes what the recycle bin holds for good', inv.span);
      return true;
    case 'stop-computer':
    case 'restart-computer': {
      // `-ComputerName` names the machines that stop (every one, comma-separated); without it, this one.
      const p = bind(inv.args, ['wait', 'asjob'], ['computername', 'cn', 'credential', 'for', 'timeout', 'delay', 'protocol', 'wsmanauthentication', 'dcomauthentication', 'throttlelimit']);
      const hosts = [...get(p, 'computername', 'cn'), ...p.positional].flatMap((w) => (w.value ?? '?').split(',')).map((h) => h.trim()).filter(Boolean);
      b.verb('write');
      if (hosts.length === 0) b.target({ kind: 'host', id: 'localhost', environment: null, home: false });
      for (const h of hosts) b.target(envTarget(inv, 'host', h, [clue('names', h)]));
      // Restart-Computer without -Force fails while anyone is signed in (its help: "-Force … forces an immediate restart"),
      // so nothing unsaved is lost and the machine comes back by itself: a restart (the lead's answer 80, restarts.ts), unless
      // a machine it names is production or staging. A forced restart closes applications without asking and stays
      // destructive. `-F`, `-Fo` and `-For` do not abbreviate -Force here: Restart-Computer also has -For.
      const forced = inv.args.some((a) => a.value === null ? /^-forc/i.test(a.text) : /^-forc(e)?(:(?!false$).*)?$/i.test(a.value));
      if (restartComesBack(inv, { restart: name === 'restart-computer', forced })) {
        b.finding('host_restart', `\`${inv.name}\` restarts ${hosts.length === 0 ? 'the machine' : `\`${hosts.join(', ')}\``} when nobody is signed in`);
        return true;
      }
      b.destroy('host_shutdown', `\`${inv.name}\` stops ${hosts.length === 0 ? 'the machine' : `\`${hosts.join(', ')}\``}`, inv.span);
      return true;
    }
    case 'invoke-expression':
    case 'iex':
      invokeExpression(inv);
      return true;
    case 'invoke-command':
    case 'icm':
      invokeCommand(inv);
      return true;
    case 'start-process':
    case 'saps':
    case 'start':
      startProcess(inv);
      return true;
    case 'set-location':
    case 'sl':
    case 'cd':
    case 'chdir':
    case 'push-location':
    case 'pushd': {
      const p = bind(inv.args, [], ['path', 'literalpath', 'stackname']);
      changeDirectory(inv.scope, get(p, 'path', 'literalpath')[0] ?? p.positional[0]);
      return true;
    }
    case 'invoke-webrequest':
    case 'iwr':
    case 'invoke-restmethod':
    case 'irm':
    case 'invoke-mggraphrequest':
    case 'invoke-powerbirestmethod': {
      // Invoke-MgGraphRequest (Microsoft.Graph.Authentication's raw request, `-Method PATCH -Uri …/conditionalAccess/
      // policies/$id -Body …`) is judged by the same HTTP judge, as a Graph call made with curl is; so is Round 43's
      // (bl43bi) Invoke-PowerBIRestMethod, whose `-Url` is relative to the Power BI REST API (powerBiUrl).
      const p = bind(inv.args, ['usebasicparsing', 'skipcertificatecheck'], ['uri', 'url', 'method', 'outfile', 'outputfilepath', 'body', 'form', 'headers', 'contenttype', 'infile', 'credential', 'timeoutsec', 'useragent', 'proxy', 'sessionvariable', 'websession', 'organization', 'version']);
      b.verb('network');
      const methodWord = get(p, 'method')[0];
      const method = methodWord ? (methodWord.value ?? '?').toUpperCase() : get(p, 'body', 'infile').length > 0 ? 'POST' : 'GET';
      const given = get(p, 'uri', 'url')[0] ?? p.positional[0];
      const url = given && inv.name === 'invoke-powerbirestmethod' ? powerBiUrl(given) : given;
      if (url) b.target(envTarget(inv, 'http', shown(url), [clue('names', (url.value ?? '').replace(/^\w+:\/\//, '').split(/[/:]/)[0])]));
      // A DELETE is judged by the HTTP judge below alone, as curl's is (round 22): a merged branch's ref, a cache or a
      // temporary object it knows to be disposable is so whichever client sends the request.
      if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS' && method !== 'DELETE') b.verb('write');
      // The request is judged as an agent's own http_request would be (method overrides in -Headers, the body's
      // operations), so PowerShell is no more lenient a door than curl (docs/classify.md, "one HTTP judge").
      const { headers, hidden } = headerTable(get(p, 'headers')[0]);
      const bodyWord = get(p, 'body')[0];
      const table = bodyWord && bodyWord.value === null ? (hashtableBody(bodyWord.text) ?? assignedHashtableBody(inv.env.source, bodyWord.text)) : null;
      const body = bodyWord && bodyWord.value !== null ? (parseJson(bodyWord.value) ?? bodyWord.value) : (table?.body ?? undefined);
      if (method === '?') b.opaque('http_dynamic_method', `\`${inv.name} -Method\` is not fixed in the input`, inv.span);
      // A URI with a variable in it (`"https://graph.microsoft.com/v1.0/users/$upn"`) is judged by the path it shows, as
      // curl's is; what it names is then only partly known.
      else judgeHttp(inv, method, url ? (url.value ?? url.text.replace(/^["']|["']$/g, '')) : null, { headers, ...(body !== undefined ? { body } : {}), bodyHidden: hidden || get(p, 'infile').length > 0 || (bodyWord !== undefined && bodyWord.value === null && !(table?.complete ?? false)) });
      if (url && url.value === null && method !== '?') b.partial('http_dynamic_url', 'the URI is not fixed in the input', inv.span);
      // A secret the session holds (`$env:CODESIGN_PASSWORD`, `${env:NUGET_API_KEY}`) put in the body of a request to a
      // public request-capture or tunnel host is given away (round 17; R16: a secret sent out is destructive).
      const secret = bodyWord ? secretEnvIn(bodyWord.text) : undefined;
      if (secret !== undefined && url && CAPTURE_HOST.test(url.value ?? url.text.replace(/^["']|["']$/g, ''))) b.verb('network').destroy('secret_sent', `\`${inv.name} -Body\` sends \`$env:${secret}\` to a public request-capture host`, inv.span);
      // The whole environment (`-Body (Get-ChildItem env: | ConvertTo-Json)`) sent anywhere but this machine gives away
      // every token and key the session holds, as `env | curl -d @- …` does; a secret read into a variable earlier in the
      // input (`$s = Get-AzKeyVaultSecret … -AsPlainText`) and put in the body of a request to a public request-capture host
      // is given away as an `$env:` secret is (round 22).
      const local = url?.value != null && LOCAL_URL.test(url.value);
      if (bodyWord && ENV_DUMP.test(bodyWord.text) && !local) b.verb('network').destroy('secret_sent', `\`${inv.name} -Body\` sends every environment variable (the tokens and keys among them) off the machine`, inv.span);
      const held = bodyWord ? secretVariableIn(inv.env.source, bodyWord.text) : undefined;
      if (held !== undefined && url && CAPTURE_HOST.test(url.value ?? url.text.replace(/^["']|["']$/g, ''))) b.verb('network').destroy('secret_sent', `\`${inv.name} -Body\` sends \`$${held}\`, a secret read earlier in the input, to a public request-capture host`, inv.span);
      const file = credentialFileSent(p, inv);
      if (file !== undefined && !(url?.value && LOCAL_URL.test(url.value))) b.verb('network').destroy('secret_sent', `\`${inv.name}\` sends the credential file \`${file}\` off the machine`, inv.span);
      // A package file it saves holds what the response held, not shown: a later install of it is answer 360.3's
      // (fetchedPackage); a program or script run later is answer 372.3's. Other files are judged as before.
      for (const o of get(p, 'outfile', 'outputfilepath')) {
        fileTarget(inv, o, 'write', { recursive: false, what: `\`${inv.name} -OutFile\` writes` });
        if (WINDOWS_PACKAGE_FILE.test(o.value ?? '') || WINDOWS_RUNNABLE_FILE.test(o.value ?? '')) noteWrite(inv.scope, o.value, null, false, shown(o));
      }
      return true;
    }
    case 'invoke-azrestmethod': {
      // Az.Accounts' raw ARM request (`-Method PUT -Path '/subscriptions/S/…?api-version=V' -Payload JSON`, or a whole
      // `-Uri`): the request `az rest` sends, judged by the same HTTP judge (the lead's answer 268 reaches it through its
      // role assignments). A request made from the resource's parts (`-ResourceGroupName … -Name …`) is not read.
      const p = bind(inv.args, ['asjob', 'waitforcompletion'], ['path', 'uri', 'method', 'payload', 'subscriptionid', 'resourcegroupname', 'resourceprovidername', 'resourcetype', 'name', 'apiversion', 'resourceid', 'pollfrom', 'finalresultfrom']);
      b.verb('network');
      const methodWord = get(p, 'method')[0];
      const method = methodWord ? (methodWord.value ?? '?').toUpperCase() : 'GET';
      const uri = get(p, 'uri')[0];
      const path = get(p, 'path')[0];
      const url = uri ? uri.value : path ? (path.value === null ? null : `https://management.azure.com${path.value.startsWith('/') ? '' : '/'}${path.value}`) : undefined;
      const payload = get(p, 'payload')[0];
      const body = payload && payload.value !== null ? (parseJson(payload.value) ?? payload.value) : undefined;
      if (method === '?') b.opaque('http_dynamic_method', `\`${inv.name} -Method\` is not fixed in the input`, inv.span);
      else if (url === undefined) {
        if (method !== 'GET') b.opaque('http_dynamic_url', `\`${inv.name} -Method ${method}\` names its resource by parts this reading does not assemble`, inv.span);
        else b.verb('read');
      } else judgeHttp(inv, method, url, { headers: {}, ...(body !== undefined ? { body } : {}), bodyHidden: payload !== undefined && payload.value === null });
      if (url === null && method !== '?') b.partial('http_dynamic_url', 'the path is not fixed in the input', inv.span);
      return true;
    }
    case 'invoke-sqlcmd':
    case 'invoke-dbaquery': {
      // SqlServer's Invoke-Sqlcmd (-ServerInstance, -Query, -InputFile) and dbatools' Invoke-DbaQuery (-SqlInstance,
      // -Query, -File): the statement is T-SQL run on that instance.
      const p = bind(inv.args, [], ['query', 'serverinstance', 'sqlinstance', 'database', 'inputfile', 'file', 'username', 'password', 'hostname', 'sqlcredential', 'sqlparameter', 'querytimeout', 'as']);
      const query = get(p, 'query')[0];
      const server = get(p, 'serverinstance', 'sqlinstance', 'hostname')[0]?.value ?? undefined;
      // `-Database` names the database the statement runs in, as sqlcmd's `-d` does; its name can say its environment.
      const database = get(p, 'database')[0]?.value ?? undefined;
      if (get(p, 'inputfile', 'file').length > 0) b.opaque('script_unseen', `\`${inv.name}\` runs a SQL file we cannot see`, inv.span);
      else if (!query || query.value === null) b.opaque('sql_dynamic', '`Invoke-Sqlcmd` runs SQL that is not fixed in the input', inv.span);
      else classifySqlInto(query.value, { ctx: inv.env.ctx, inventory: inv.env.inventory, dialect: 'transactsql', ...(server ? { host: server } : {}), ...(database ? { database } : {}) }, b, inv.span);
      return true;
    }
    case 'set-executionpolicy': {
      // about_Execution_Policies: `Unrestricted` and `Bypass` run every script unsigned, downloaded ones included; the
      // default scope is LocalMachine, every user of the machine. Process (this session) and CurrentUser stay writes,
      // as do the signing policies (RemoteSigned, AllSigned, Restricted) and Undefined.
      b.verb('permissions');
      const p = bind(inv.args, [], ['executionpolicy', 'scope']);
      const policy = (get(p, 'executionpolicy')[0] ?? p.positional[0])?.value;
      const scope = (get(p, 'scope')[0] ?? p.positional[1])?.value ?? 'LocalMachine';
      if ((scope === null || /^localmachine$/i.test(scope)) && (policy === null || /^(unrestricted|bypass)$/i.test(policy ?? ''))) b.destroy('safeguard_disabled', `\`${inv.name}\` lets every user of the machine run unsigned scripts`, inv.span);
      return true;
    }
    case 'set-acl': {
      b.verb('permissions');
      if (broadAccessRule(inv.env.source)) b.destroy('permissions_everyone', `\`${inv.name}\` applies an access rule that gives everyone write or full control`, inv.span);
      // The ACL of a folder every account may read or write (PUBLIC_ACL_SOURCE), copied onto another path: that path is
      // opened to every account as well.
      const from = PUBLIC_ACL_SOURCE.exec(inv.env.source);
      const p = bind(inv.args, ['clearcentralaccesspolicy', 'passthru'], ['path', 'literalpath', 'aclobject', 'securitydescriptor', 'inputobject', 'filter', 'include', 'exclude']);
      const dest = [...get(p, 'path', 'literalpath'), ...p.positional.slice(0, 1)].map((w) => (w.value ?? '').toLowerCase());
      if (from && dest.some((d) => d !== '' && !d.startsWith(from[1]!.toLowerCase().replace(/[\\/]+$/, '')))) b.destroy('permissions_everyone', `\`${inv.name}\` copies the ACL of \`${from[1]}\`, which every account may use, onto \`${dest.join(', ')}\``, inv.span);
      return true;
    }
    case 'add-type': {
      // `Add-Type -AssemblyName System.IO.Compression.FileSystem` (Add-Type reference) loads a .NET assembly that ships with
      // .NET and compiles nothing; what is then called on its types is judged where it is called. Source, paths and other
      // assemblies stay opaque.
      const p = bind(inv.args, ['passthru', 'ignorewarnings'], ['assemblyname', 'an']);
      const names = [...get(p, 'assemblyname', 'an'), ...p.positional].flatMap((w) => (w.value === null ? [null] : w.value.split(',').map((n) => n.trim())));
      if (names.length > 0 && get(p, 'assemblyname', 'an').length > 0 && inv.args.every((a) => a.value !== null && !/^-(typedefinition|memberdefinition|path|literalpath|outputassembly|referencedassemblies|namespace|name|usingnamespace|language|compileroptions)$/i.test(a.value)) && names.every((n) => n !== null && /^(system|microsoft\.(visualbasic|csharp|powershell)|presentationframework|presentationcore|windowsbase)(\.[a-z0-9]+)*$/i.test(n))) {
        b.verb('read');
        return true;
      }
      b.opaque('powershell_add_type', '`Add-Type` compiles code we do not follow', inv.span);
      return true;
    }
    case 'import-module':
    case 'ipmo':
      b.verb('exec').partial('runs_project_code', '`Import-Module` runs the module\'s code', inv.span);
      return true;
    case 'foreach-object':
    case '%':
    case 'where-object':
    case '?':
    case 'where':
    case 'write-output':
    case 'echo':
    case 'write':
    case 'write-host':
    case 'new-object':
    case 'start-sleep':
    case 'sleep':
    case 'clear-host':
    case 'cls':
    case 'clear':
    case 'ls':
    case 'dir':
    case 'gci':
    case 'cat':
    case 'type':
    case 'gc':
    case 'pwd':
    case 'gl':
    case 'ps':
    case 'gps':
    case 'history':
    case 'h':
    case 'man':
    case 'help':
    case 'sort':
    case 'select':
    case 'measure':
    case 'gi':
    case 'gm':
    case 'gcm':
    case 'gal':
    case 'gsv':
    case 'diff':
    case 'fl':
    case 'ft':
    case 'fw':
    case 'tee':
    case 'popd':
    case 'pop-location':
      b.verb('read');
      return true;
    case 'stop-service':
    case 'spsv':
    case 'suspend-service': {
      // Availability (docs/classifier-evaluation.md): stopping or pausing a service is an outage, as `systemctl stop`; one
      // service its own name marks as a test's or a CI run's, on no named machine, is thrown away (the lead's answer 123).
      const p = bind(inv.args, ['force', 'nowait', 'passthru', 'whatif', 'confirm'], ['name', 'displayname', 'inputobject', 'include', 'exclude', 'computername']);
      const names = [...get(p, 'name'), ...p.positional];
      const one = names.length === 1 && get(p, 'displayname', 'inputobject', 'include', 'exclude', 'computername').length === 0 && pipeInput(inv) === null ? (names[0]!.value?.split(',') ?? []) : [];
      if (one.length === 1 && !/[*?[]/.test(one[0]!) && throwawayService(inv, one[0]!)) b.verb('write').finding('throwaway_service', `\`${inv.name}\` of \`${one[0]}\`, a service its name marks as a test's or a CI run's own`, inv.span);
      else b.verb('write').destroy('service_outage', `\`${inv.name}\` stops a service`, inv.span);
      return true;
    }
    case 'uninstall-package': {
      // PackageManagement's Uninstall-Package (its reference: `-Name`, or packages piped from Get-Package) runs the package's
      // own uninstaller, as winget's and Chocolatey's uninstall do: the lead's answer 203 reads them alike. A database
      // engine, a monitoring, security or backup agent removed is destructive; another package fixed by name is a developer
      // tool or an application its installer puts back. A name not fixed, a wildcard or a pipeline falls to the removals.
      const p = bind(inv.args, ['force', 'allversions', 'whatif', 'confirm', 'forcebootstrap', 'includewindowsinstaller', 'includesystemcomponent'], ['name', 'requiredversion', 'minimumversion', 'maximumversion', 'providername', 'source', 'scope', 'inputobject']);
      if (whatIf(inv, p)) return true;
      const names = [...get(p, 'name'), ...p.positional];
      if (pipeInput(inv) !== null || get(p, 'inputobject').length > 0 || names.length === 0 || names.some((w) => w.value === null || /[*?[]/.test(w.value))) break;
      const text = names.map((w) => w.value).join(' ');
      if (namesKeptServerProduct(text) || namesSecurityProduct(text) || namesSyncOrBackupAgent(text)) b.verb('delete').destroy('kept_server_uninstalled', `\`${inv.name}\` removes a database engine, a monitoring, security or backup agent (the lead's answer 203)`, inv.span);
      else b.verb('write').finding('package_uninstalled', `\`${inv.name}\` uninstalls \`${text}\`, a program its installer puts back`, inv.span);
      return true;
    }
    case 'uninstall-windowsfeature':
    case 'remove-windowsfeature':
      if (!uninstallsPlainFeatures(inv)) break;
      b.verb('write').finding('feature_uninstalled', `\`${inv.name}\` switches off a feature that serves and guards nothing; its files stay and Install-WindowsFeature brings it back`, inv.span);
      return true;
    case 'uninstall-psresource':
    case 'uninstall-script':
    case 'unregister-psrepository':
    case 'unregister-psresourcerepository':
      // Round 30 (w30): PowerShellGet's Uninstall-Script and PSResourceGet's Uninstall-PSResource remove what was installed
      // from a repository, which Install- puts back (Uninstall-Module is read so already, by its noun); unregistering a
      // repository drops this machine's entry for it, as an apt source list removed, and Register- adds it again.
      b.verb('write').finding('gallery_package_uninstalled', `\`${inv.name}\` removes what a PowerShell repository installs again, or this machine's entry for one`, inv.span);
      return true;
    case 'add-appxpackage':
    case 'add-apppackage':
    case 'add-appxprovisionedpackage':
    case 'add-appprovisionedpackage': {
      // The lead's answer 360.3 (round 35): a package given as a web address (`Add-AppxPackage -Path https://…/x.msix`,
      // `-AppInstallerFile https://…`) or a file this input fetched is installed unseen, one class with `curl | sh`.
      const p = bind(inv.args, ['forceapplicationshutdown', 'forceupdatefromanyversion', 'register', 'disabledevelopmentmode', 'skiplicense', 'online', 'stage'], ['path', 'packagepath', 'appinstallerfile', 'mainpackage', 'dependencypath', 'dependencypackagepath', 'externallocation', 'licensepath', 'optionalpackages', 'relatedpackages', 'volume', 'logpath']);
      const pkg = fetchedPackage(inv.scope, [...get(p, 'path', 'packagepath', 'appinstallerfile', 'dependencypath', 'dependencypackagepath'), ...p.positional.slice(0, 1)].map((w) => w.value));
      if (pkg === undefined) break;
      b.verb('exec', 'write').opaque('package_fetched_install', `\`${inv.name}\` installs \`${pkg}\`, a package this line fetched: what it runs is not part of the action (the lead's answer 360.3, as \`curl | sh\`)`, inv.span);
      return true;
    }
    case 'start-bitstransfer': {
      // BitsTransfer's download (`-Source URL -Destination FILE`): a package file it saves holds what is not shown (answer
      // 360.3 reads a later install of it, 372.3 a later run of a program or script); the transfer itself is judged as before.
      const p = bind(inv.args, ['asynchronous', 'suspended'], ['source', 'destination', 'displayname', 'description', 'priority', 'transfertype', 'credential', 'proxyusage', 'authentication']);
      const destination = get(p, 'destination')[0] ?? p.positional[1];
      if (destination !== undefined && (WINDOWS_PACKAGE_FILE.test(destination.value ?? '') || WINDOWS_RUNNABLE_FILE.test(destination.value ?? ''))) noteWrite(inv.scope, destination.value, null, false, shown(destination));
      break;
    }
    case 'remove-appxpackage':
    case 'remove-appxprovisionedpackage':
      if (!inboxAppsOnly(inv)) break;
      b.verb('write').finding('inbox_app_removed', `\`${inv.name}\` removes an app Windows ships and the Store installs again`, inv.span);
      return true;
    case 'set-adsstate': {
      // Round 37 (ot37): Beckhoff's TcXaeMgmt `Set-AdsState -State Stop|Config|Reconfig|Shutdown|Reset` switches a TwinCAT
      // runtime out of Run: the PLC program stops driving the machine (out of service); `Run` starts it (a write).
      const p = bind(inv.args, ['force'], ['state', 'netid', 'port', 'address', 'session', 'timeout', 'devicestate', 'adsstate']);
      const state = (get(p, 'state', 'adsstate')[0] ?? p.positional[0])?.value ?? null;
      if (state !== null && /^(stop|config|reconfig|shutdown|reset|powerfailure)$/i.test(state)) {
        b.verb('write').destroy('service_outage', `\`${inv.name} -State ${state}\` takes the TwinCAT runtime out of Run: the PLC program stops`, inv.span);
        return true;
      }
      if (state === null) b.opaque('service_unknown_operation', `\`${inv.name}\` sets a state the input does not fix`, inv.span);
      else b.verb('write');
      return true;
    }
    case 'set-service': {
      // `Set-Service -Status Stopped|Paused` stops or pauses the service (Microsoft.PowerShell.Management reference);
      // `-StartupType Disabled` keeps it from starting, which weakens a safeguard service (isSafeguardService: a sync or backup agent too) or one
      // that is not named in the input (`Get-Service … | Set-Service`).
      const p = bind(inv.args, [], SET_SERVICE_VALUED);
      const svc = (get(p, 'name')[0] ?? p.positional[0])?.value ?? null;
      // The machines it changes (`-ComputerName prod-app01`) say their environment, as Invoke-Command's do.
      // A list (`-ComputerName web-dev-01,web-prod-02`) comes as one word per item, at the same place.
      const hosts = get(p, 'computername').flatMap((h) => inv.args.filter((a) => a.start === h.start && a.end === h.end));
      for (const h of hosts) b.target(envTarget(inv, 'host', h.value ?? shown(h), [clue('names', h.value)]));
      if (/^(stopped|paused)$/i.test(get(p, 'status')[0]?.value ?? '')) b.verb('write').destroy('service_outage', `\`${inv.name} -Status ${get(p, 'status')[0]!.value}\` stops a service`, inv.span);
      else if (DISABLED_START.test(get(p, 'startuptype', 'starttype')[0]?.value ?? '') && (svc === null || isSafeguardService(svc))) b.verb('write').destroy('safeguard_disabled', `\`${inv.name} -StartupType Disabled\` keeps ${svc ? `the \`${svc}\` safeguard` : 'a service not named here'} from starting`, inv.span);
      // On a machine named for production (`-ComputerName prod-app01`, or with none the session's own host when the context
      // names it so) the service stays down at its next restart: the lead's answers 189 and 216.
      else if (DISABLED_START.test(get(p, 'startuptype', 'starttype')[0]?.value ?? '') && onProductionHost(inv, hosts.map((h) => h.value))) b.verb('write').destroy('production_service_disabled', `\`${inv.name} -StartupType Disabled\` keeps \`${svc}\` from starting on a machine named for production`, inv.span);
      else b.verb('write');
      return true;
    }
    case 'set-mppreference':
    case 'add-mppreference':
      mpPreference(inv);
      return true;
    case 'remove-mppreference':
      // Remove-MpPreference (Defender module reference) with only exclusion lists takes paths, extensions, processes or
      // addresses out of what Defender skips: it scans more, a tightening (round 21). Its other lists (attack surface
      // reduction rules, threat actions, allowed applications of controlled folder access) are judged as removals.
      if (!exclusionsOnly(inv.args)) break;
      inv.env.b.verb('write').target({ kind: 'host', id: 'defender', environment: null, home: false });
      return true;
    case 'set-netfirewallprofile':
    case 'new-netfirewallrule':
      firewallCmdlet(inv, name);
      return true;
    case 'remove-netfirewallrule':
    case 'disable-netfirewallrule':
    case 'set-netfirewallrule':
      firewallRuleChange(inv, name);
      return true;
    case 'set-itemproperty':
    case 'sp':
    case 'new-itemproperty':
      registryProperty(inv);
      return true;
    case 'new-scheduledtaskaction': {
      // ScheduledTasks: the action a task registered with it runs, `-Execute PROGRAM -Argument ARGS`; a task is judged by
      // its command (the lead's decision, round 16), as `schtasks /create /tr` is: the line is read as cmd would start it.
      const p = bind(inv.args, [], ['execute', 'argument', 'workingdirectory', 'id', 'cimsession']);
      const exe = get(p, 'execute')[0] ?? p.positional[0];
      const arg = get(p, 'argument')[0] ?? p.positional[1];
      b.verb('write');
      if (!exe) return true;
      const quote = (w: Word): string => (/\s/.test(w.value!) ? `"${w.value}"` : w.value!);
      if (exe.value === null || (arg && arg.value === null)) runLaterAsCmd(inv, { ...exe, value: null }, `\`${inv.name}\``);
      else runLaterAsCmd(inv, literalWord(arg ? `${quote(exe)} ${arg.value}` : quote(exe), inv.span.start, inv.span.end), `\`${inv.name}\``, true);
      return true;
    }
    case 'set-dbadbrecoverymodel':
      // dbatools: `-RecoveryModel Simple` is `ALTER DATABASE … SET RECOVERY SIMPLE`: the log chain ends, and with it
      // point-in-time restore, as the T-SQL rule reads it; Full and BulkLogged are writes.
      b.verb('write');
      if (inv.args.some((a, i) => /^-recoverymodel$/i.test(inv.args[i - 1]?.value ?? '') && (a.value === null || /^simple$/i.test(a.value)))) b.destroy('sql_safeguard_off', `\`${inv.name} -RecoveryModel Simple\` ends the log backup chain (point-in-time restore)`, inv.span);
      namedResources(inv, 'dbadbrecoverymodel');
      return true;
    case 'new-mgdirectoryrolememberbyref':
    case 'new-mgbetadirectoryrolememberbyref':
    case 'new-mgrolemanagementdirectoryroleassignment':
    case 'new-mgbetarolemanagementdirectoryroleassignment':
    case 'add-azureaddirectoryrolemember':
    case 'add-msolrolemember':
      // Entra ID directory roles are the tenant's administrator roles (Global, User, Exchange, Privileged Role …):
      // a member added holds those rights (round 16), as a privileged Windows group's member does.
      b.verb('permissions').destroy('privileged_group_grant', `\`${inv.name}\` gives an account an Entra ID administrator role`, inv.span);
      return true;
    case 'import-certificate':
    case 'import-pfxcertificate': {
      // PKI module: `-CertStoreLocation Cert:\LocalMachine\Root` (or `\AuthRoot`, either user's) makes the certificate a
      // trusted root for every TLS server and code signer (round 16), as `certutil -addstore Root`; other stores are writes.
      const p = bind(inv.args, ['exportable'], ['filepath', 'certstorelocation', 'password']);
      if (whatIf(inv, p)) return true;
      b.verb('write');
      const store = get(p, 'certstorelocation')[0];
      const leaf = store?.value?.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
      if (store && (store.value === null || TRUST_ROOT_STORE.test(leaf))) b.verb('permissions').destroy('trusted_root_added', `\`${inv.name}\` into \`${store.value ?? '?'}\` makes the certificate a trusted root`, inv.span);
      return true;
    }
    case 'export-pfxcertificate': {
      // A PFX holds the private key: written to a share (`\\HOST\…`), the key leaves the machine (round 16); to a local
      // file it is a copy, as printing a secret is a read (the lead's decision, round 16).
      const p = bind(inv.args, ['nochain', 'noclobber', 'noproperties'], ['cert', 'filepath', 'password', 'protectto', 'chainoption', 'pfxdata', 'cryptoalgorithmoption']);
      if (whatIf(inv, p)) return true;
      b.verb('read', 'write');
      const file = get(p, 'filepath')[0] ?? p.positional[1];
      if (file && (file.value === null || /^(\\\\|\/\/)/.test(file.value))) b.verb('network').destroy('secret_exfiltration', `\`${inv.name}\` writes a private key to \`${file.value ?? '?'}\`, off this machine`, inv.span);
      else if (file) fileTarget(inv, file, 'write', { recursive: false, what: `\`${inv.name}\` writes` });
      return true;
    }
    case 'clear-item':
    case 'cli':
      // Round 42 (ol42): an item of the session's own drives (`Clear-Item Variable:X`, `Env:X`, `Function:f`, `Alias:a`)
      // emptied changes this session only, as Remove-Item of it does; paths elsewhere (the registry, files) go on below.
      if (sessionDrivesOnly(inv)) {
        b.verb('write');
        return true;
      }
      break;
    case 'convert-path':
    case 'cvpa':
      // Round 42 (ol42): resolves a PowerShell path to the provider's path, as Resolve-Path: a read.
      b.verb('read');
      return true;
    case 'remove-itemproperty':
    case 'rp':
    case 'clear-itemproperty':
    case 'clp':
      if (userAppSetting(inv)) return true;
      break;
    case 'repair-windowsimage':
      // Round 23 (b23w): the DISM module's `-StartComponentCleanup -ResetBase` is `dism /Cleanup-Image /ResetBase` (tools.ts):
      // no installed update can be uninstalled afterwards.
      if (inv.args.some((a) => /^-resetbase$/i.test(a.value ?? ''))) {
        b.verb('delete').destroy('update_rollback_removed', `\`${inv.name} -ResetBase\` removes what uninstalling an installed update needs`, inv.span);
        return true;
      }
      break;
    case 'unregister-scheduledtask': {
      // Unregister-ScheduledTask (ScheduledTasks reference) deletes the task's definition, as `schtasks /delete` does: one task
      // named in the input that is no safeguard's (taskOfNoSafeguard, the lead's answer 360.1) is a write, named here or by
      // the Get-ScheduledTask that feeds it; others (a listing, a wildcard, a safeguard's, Windows's own) go on to the
      // shared rules.
      const fed = pipeInput(inv);
      const lister = fed?.kind === 'unknown' && fed.producer === 'get-scheduledtask' && fed.narrowed !== true ? (fed.args ?? []) : null;
      if (fed !== null && lister === null) break;
      const p = bind(inv.args, ['passthru', 'asjob'], ['taskname', 'taskpath', 'cimsession', 'inputobject', 'throttlelimit', 'confirm']);
      const from = lister === null ? p : bind(lister, [], ['taskname', 'taskpath', 'cimsession', 'throttlelimit']);
      const named = [...get(from, 'taskname'), ...from.positional];
      const paths = get(from, 'taskpath');
      const path = paths.length === 0 ? null : paths.length === 1 && paths[0]!.value !== null ? paths[0]!.value : undefined;
      for (const h of [...get(p, 'cimsession'), ...(lister === null ? [] : get(from, 'cimsession'))]) b.target(envTarget(inv, 'host', shown(h), [clue('names', h.value)]));
      if (named.length !== 1 || path === undefined || get(p, 'inputobject').length > 0 || (lister !== null && [...get(p, 'taskname'), ...p.positional].length > 0) || !taskOfNoSafeguard(inv, named[0]!.value, path)) break;
      if (whatIf(inv, p)) return true;
      b.verb('delete').finding('task_of_no_safeguard', `\`${inv.name}\` removes \`${named[0]!.value}\`, a task no safeguard's by its name`, inv.span);
      return true;
    }
    case 'disable-scheduledtask': {
      // Disable-ScheduledTask (ScheduledTasks reference): the task stops running. A safeguard's task (SAFEGUARD_JOB), or
      // tasks not named in the input (piped from Get-ScheduledTask), lose what they do.
      const p = bind(inv.args, [], ['taskname', 'taskpath', 'cimsession', 'inputobject', 'throttlelimit']);
      const named = [...get(p, 'taskname', 'taskpath'), ...p.positional].map((w) => w.value);
      if (named.length === 0 || named.some((n) => n === null || /[*?]/.test(n) || namesSafeguardJob(n))) b.verb('write').destroy('safeguard_disabled', `\`${inv.name}\` stops ${named.length === 0 ? 'the piped tasks' : `\`${named.join(' ')}\``} from running`, inv.span);
      else b.verb('write');
      return true;
    }
    case 'remove-eventlog': {
      // Remove-EventLog (Microsoft.PowerShell.Management): `-LogName` deletes a log and every event in it; `-Source` alone
      // only unregisters the named event sources, and the log with its events stays (round 32, w32: p31's left false
      // positives). Not a source the input does not fix, a wildcard, nor one that names a safeguard (SAFEGUARD_JOB: a
      // backup's, a scanner's, an auditor's events would stop being written).
      const p = bind(inv.args, [], ['logname', 'source', 'computername']);
      const sources = get(p, 'source').flatMap((w) => (w.value === null ? [null] : w.value.split(',')));
      for (const h of get(p, 'computername')) b.target(envTarget(inv, 'host', shown(h), [clue('names', h.value)]));
      const sourceOnly = get(p, 'logname').length === 0 && p.positional.length === 0 && sources.length > 0 && sources.every((n) => n !== null && n.trim() !== '' && !/[*?]/.test(n) && !namesSafeguardJob(n));
      if (sourceOnly) b.verb('write').finding('event_source_unregistered', `\`${inv.name} -Source\` unregisters \`${sources.join(',')}\`: the log and its events stay`, inv.span);
      else b.verb('delete').destroy('event_log_removed', `\`${inv.name}\` deletes an event log and its events`, inv.span);
      return true;
    }
    case 'limit-eventlog': {
      // Limit-EventLog (Microsoft.PowerShell.Management): `-MaximumSize` below an audit log's default (shrinksAuditLog:
      // the Security log's 20 MB) overwrites its oldest events sooner; a larger size, another log or only `-RetentionDays`
      // and `-OverflowAction` change settings (round 26, the lead's answer 191).
      const p = bind(inv.args, [], ['logname', 'computername', 'retentiondays', 'overflowaction', 'maximumsize']);
      const logs = [...get(p, 'logname'), ...p.positional.slice(0, 1)].flatMap((w) => (w.value ?? 'security').split(','));
      const size = get(p, 'maximumsize')[0];
      for (const h of get(p, 'computername')) b.target(envTarget(inv, 'host', shown(h), [clue('names', h.value)]));
      if (size !== undefined && logs.some((l) => shrinksAuditLog(l, size.value === null ? null : sizeInBytes(size.value)))) b.verb('write').destroy('safeguard_disabled', `\`${inv.name} -MaximumSize ${size.text}\` shrinks an audit log below its default: its oldest events are overwritten sooner`, inv.span);
      else b.verb('write');
      return true;
    }
    case 'stop-scheduledtask': {
      // Stop-ScheduledTask (ScheduledTasks reference), as `schtasks /end`: the running instance ends. A safeguard's task
      // (SAFEGUARD_JOB: a backup, a scan) stopped midway leaves no backup for that run (the lead's answers 191 and 202); other
      // tasks run again on their next trigger, a write.
      const p = bind(inv.args, [], ['taskname', 'taskpath', 'cimsession', 'inputobject', 'throttlelimit']);
      const named = [...get(p, 'taskname'), ...p.positional].map((w) => w.value);
      if (named.some((n) => n === null || /[*?]/.test(n) || SAFEGUARD_JOB.test(n))) b.verb('write').destroy('safeguard_disabled', `\`${inv.name}\` ends \`${named.join(' ')}\` while it runs: a safeguard's run stopped`, inv.span);
      else b.verb('write');
      return true;
    }
    case 'stop-process':
    case 'spps':
    case 'kill': {
      // Stop-Process -Name takes process names without `.exe`; a server's process is its service (SERVER_PROCESS).
      const p = bind(inv.args, ['force', 'passthru'], ['name', 'processname', 'id', 'inputobject']);
      b.verb('write');
      // Piped from `Get-Process -Name …`: the names it selects are the processes stopped.
      const fed = pipeInput(inv);
      const piped = fed?.kind === 'unknown' && /^(get-process|gps|ps)$/.test(fed.producer) ? (fed.args ?? []).filter((w, i, all) => !(w.value ?? '').startsWith('-') && !/^-(id|computername|module|fileversioninfo)$/i.test(all[i - 1]?.value ?? '')) : [];
      const server = [...get(p, 'name', 'processname'), ...p.positional, ...piped].find((w) => w.value !== null && w.value.split(',').some((n) => SERVER_PROCESS.test(n.trim())));
      if (server) b.destroy('service_outage', `\`${inv.name} ${server.value}\` kills a server's process`, inv.span);
      // Piped from `Get-Process` that selects nothing (no name, id or filter stage between them), or `-Name *`: every
      // process the caller may stop, as `kill -1`.
      const fromEveryProcess = fed?.kind === 'unknown' && /^(get-process|gps|ps)$/.test(fed.producer) && fed.narrowed !== true && !(fed.args ?? []).some((w, i, all) => !(w.value ?? '-').startsWith('-') && w.value !== '*' && !/^-(computername|cn)$/i.test(all[i - 1]?.value ?? ''));
      const named = [...get(p, 'name', 'processname', 'id', 'inputobject'), ...p.positional];
      if ((named.length === 0 && fromEveryProcess) || named.some((w) => w.value !== null && w.value.split(',').some((n) => n.trim() === '*'))) b.destroy('kill_all', `\`${inv.name}\` stops every process it can, the session with them`, inv.span);
      controlPlaneProcess(inv);
      return true;
    }
    case 'suspend-bitlocker': {
      // Suspend-BitLocker [-MountPoint] <String[]> [[-RebootCount] <Int32>] (BitLocker module reference): the key is in the
      // clear until protection resumes, after RebootCount restarts (1 when not given); 0 suspends it until Resume-BitLocker,
      // a safeguard switched off. A count we cannot read may be 0.
      const p = bind(inv.args, [], ['mountpoint', 'rebootcount']);
      const count = get(p, 'rebootcount')[0] ?? p.positional[get(p, 'mountpoint').length > 0 ? 0 : 1];
      b.target({ kind: 'host', id: 'bitlocker', environment: null, home: false });
      if (count !== undefined && (count.value === null || /^0+$/.test(count.value))) b.verb('write').destroy('safeguard_disabled', `\`${inv.name}\` with a restart count of 0 suspends BitLocker protection until it is resumed by hand`, inv.span);
      else b.verb('write');
      return true;
    }
    case 'restart-service':
    case 'start-service':
    case 'sasv':
      b.verb('write');
      return true;
    case 'invoke-cimmethod':
    case 'invoke-wmimethod': {
      // CimCmdlets / WMI: `-MethodName` (`-Name` for Invoke-WmiMethod) runs a WMI method on what `-ClassName`, `-Query`,
      // `-Filter` or the pipeline selects; the method says what it does (WMI_METHOD). Win32_Process.Create runs a command
      // line, judged as cmd would run it; other methods change what they act on.
      const p = bind(inv.args, ['asjob'], ['methodname', 'name', 'classname', 'class', 'query', 'filter', 'namespace', 'computername', 'cn', 'arguments', 'argumentlist', 'inputobject', 'cimsession', 'path', 'credential']);
      const method = (get(p, 'methodname', 'name')[0] ?? p.positional[p.positional.length - 1])?.value?.toLowerCase() ?? null;
      const selected = [...get(p, 'classname', 'class', 'query', 'filter'), ...p.positional].map((w) => w.value ?? '').join(' ');
      const effect = method === null ? undefined : WMI_METHOD[method];
      if (method === null) b.opaque('wmi_method_dynamic', `\`${inv.name}\` runs a WMI method that is not fixed in the input`, inv.span);
      else if (effect === 'outage') b.verb('write').destroy('service_outage', `\`${inv.name} ${method}\` stops a service`, inv.span);
      else if (effect === 'delete') b.verb('delete').destroy(/shadowcopy/i.test(selected) ? 'shadow_copies_delete' : 'wmi_delete', `\`${inv.name} Delete\` deletes what it selects`, inv.span);
      else if (effect === 'read') b.verb('read');
      else if (method === 'terminate' && SERVER_PROCESS.test(/name\s*=\s*['"]?([^'"\s)]+)/i.exec(selected)?.[1] ?? '')) b.verb('write').destroy('service_outage', `\`${inv.name} Terminate\` kills a server's process`, inv.span);
      else if (method === 'changestartmode' && /disabled/i.test(get(p, 'arguments', 'argumentlist').map((w) => w.text).join(' ')) && (!/name\s*=/i.test(selected) || isSafeguardService(/name\s*=\s*['"]?([^'"\s)]+)/i.exec(selected)?.[1] ?? ''))) b.verb('write').destroy('safeguard_disabled', `\`${inv.name} ChangeStartMode Disabled\` keeps a service from starting`, inv.span);
      else if (method === 'create' && /win32_process/i.test(selected)) {
        // Win32_Process.Create(CommandLine, …): `-ArgumentList 'LINE'` (its first argument) or `-Arguments @{ CommandLine =
        // 'LINE' }`; the line is judged as cmd would start it (as `wmic process call create`), and one we cannot read is opaque.
        const list = get(p, 'argumentlist')[0];
        const table = get(p, 'arguments')[0]?.text ?? '';
        const fromTable = /commandline\s*=\s*(?:'([^']*)'|"([^"$`]*)")/i.exec(table);
        const line = list && list.value !== null && !/,/.test(list.text) ? list : fromTable ? literalWord(fromTable[1] ?? fromTable[2]!, inv.span.start, inv.span.end) : undefined;
        b.verb('exec');
        if (line) runLaterAsCmd(inv, line, `\`${inv.name} Win32_Process Create\``);
        else b.opaque('wmi_process_create', `\`${inv.name} Create\` starts a process whose command line we do not follow`, inv.span);
      }
      else b.verb('write');
      return true;
    }
    case 'grant-smbshareaccess':
    case 'new-smbshare':
    case 'set-smbshare': {
      // SmbShare (module reference): `-AccountName` with `-AccessRight`, or `-FullAccess`, `-ChangeAccess`, `-ReadAccess`,
      // names who may use the share; Everyone (or Guests, anonymous logons) opens it to all. Other grants change it.
      const p = bind(inv.args, ['continuouslyavailable', 'encryptdata', 'temporary', 'asjob'], ['name', 'path', 'accountname', 'accessright', 'fullaccess', 'changeaccess', 'readaccess', 'noaccess', 'description', 'scopename', 'cimsession', 'foldertarget', 'concurrentuserlimit', 'cachingmode', 'folderenumerationmode', 'throttlelimit', 'securitydescriptor', 'inputobject']);
      const who = get(p, 'accountname', 'fullaccess', 'changeaccess', 'readaccess').flatMap((w) => (w.value ?? '').split(',')).map((n) => n.trim().replace(/^['"]|['"]$/g, ''));
      b.verb('write', 'permissions');
      if (who.some((n) => EVERYONE_PRINCIPAL.test(n))) b.destroy('share_open_to_everyone', `\`${inv.name}\` opens the share to everyone`, inv.span);
      return true;
    }
    case 'set-adaccountpassword':
    case 'set-localuser': {
      // Set-ADAccountPassword (ActiveDirectory) and Set-LocalUser -Password (LocalAccounts) replace an account's password:
      // whatever signs in with the old one (a service, a scheduled task, a person) stops working, as a key rotated away.
      const p = bind(inv.args, ['reset', 'passwordneverexpires', 'usermaychangepassword'], ['identity', 'name', 'sid', 'newpassword', 'oldpassword', 'password', 'server', 'credential', 'authtype', 'partition', 'inputobject', 'description', 'fullname', 'accountexpires']);
      b.verb('write', 'permissions');
      // A helpdesk reset: one person's AD account, named, reset with a change forced at next logon (`Set-ADUser …
      // -ChangePasswordAtLogon $true` in the same input): the person sets their own password (the lead's decision, round
      // 15). Not a service account, a built-in one, nor a reset that leaves the new password in place.
      const who = get(p, 'identity')[0]?.value;
      if (inv.name === 'set-adaccountpassword' && on(p, 'reset') && who && /^[a-z][\w.-]*$/i.test(who) && !SERVICE_ACCOUNT_NAME.test(who) && !BUILTIN_ACCOUNT.test(who) && !/^krbtgt$/i.test(who) && CHANGE_AT_LOGON.test(inv.env.source) && new RegExp(`Set-ADUser\\s+(-Identity\\s+)?['"]?${who.replace(/[.]/g, '\\.')}['"]?\\s`, 'i').test(inv.env.source)) {
        b.finding('helpdesk_password_reset', `\`${inv.name}\` resets \`${who}\`'s password and the input forces a change at next logon`, inv.span);
        return true;
      }
      if (get(p, 'newpassword', 'password').length > 0 || on(p, 'reset')) b.destroy('credential_replaced', `\`${inv.name}\` replaces the password an account signs in with`, inv.span);
      return true;
    }
    case 'new-azresourcegroupdeployment':
    case 'new-azureresourcegroupdeployment': {
      // Az.Resources: `-Mode Complete` deletes every resource in the group that the template does not name (Microsoft
      // Learn, "Azure Resource Manager deployment modes"), as `az deployment group create --mode Complete`; the default,
      // Incremental, leaves them. A deploy otherwise.
      const p = bind(inv.args, ['asjob', 'skiptemplateparametersprompt'], ['mode', 'resourcegroupname', 'name', 'templatefile', 'templateuri', 'templateparameterfile', 'templateparameterobject', 'templatespecid', 'deploymentdebugloglevel']);
      namedResources(inv, 'azresourcegroupdeployment');
      b.verb('deploy');
      if (/^complete$/i.test(get(p, 'mode')[0]?.value ?? '')) b.verb('delete').destroy('deployment_complete_mode', `\`${inv.name} -Mode Complete\` deletes every resource in the group that the template does not name`, inv.span);
      else if (get(p, 'mode')[0] && get(p, 'mode')[0]!.value === null) b.opaque('deployment_mode_dynamic', `\`${inv.name} -Mode\` is not fixed in the input`, inv.span);
      return true;
    }
    case 'new-website':
    case 'new-iissite':
    case 'new-webapppool':
    case 'new-webapplication':
    case 'new-webvirtualdirectory':
      // WebAdministration and IISAdministration: a site, pool, application or virtual directory added to IIS's configuration;
      // its -PhysicalPath is pointed at, nothing is written there. `-Force` replaces one of the same name: judged below.
      if (inv.args.some((a) => /^-force(:|$)/i.test(a.value ?? ''))) break;
      namedResources(inv, name.slice(4));
      b.verb('write');
      return true;
    case 'new-service':
      // New-Service registers a service that runs the program at -BinaryPathName; the program itself is not written.
      b.verb('write');
      return true;
    case 'disable-netadapter':
      // NetAdapter: the adapter stops; the machine is off that network until someone enables it again (an outage).
      b.verb('write').destroy('service_outage', `\`${inv.name}\` takes the machine off that network`, inv.span);
      return true;
    case 'add-adgroupmember':
    case 'add-localgroupmember':
    case 'add-adprincipalgroupmembership': {
      // A built-in privileged group (isPrivilegedGroup) gives its new member every right on the domain or the machine.
      const p = bind(inv.args, [], ['identity', 'group', 'name', 'sid', 'members', 'member', 'memberof', 'server', 'credential', 'partition', 'authtype']);
      const groups = [...get(p, 'identity', 'group', 'name', 'sid', 'memberof'), ...p.positional.slice(0, 1)].flatMap((w) => (w.value ?? '').split(','));
      b.verb('permissions');
      const grant = groups.map((g) => privilegedGroupGrant(g)).find((g) => g !== null);
      if (grant) b.destroy('privileged_group_grant', `\`${inv.name}\` gives an account ${grant} (a privileged built-in group)`, inv.span);
      return true;
    }
    case 'remove-service':
      b.verb('delete').destroy('service_delete', '`Remove-Service` deletes a service', inv.span);
      return true;
    case 'restore-sqldatabase': {
      // Restore-SqlDatabase (SqlServer module) is T-SQL RESTORE DATABASE: `-ReplaceDatabase` is WITH REPLACE, which
      // overwrites the database of that name; `-RelocateFile`/`-AutoRelocateFile` (WITH MOVE) without it restores a copy
      // beside it, as the T-SQL rule reads RESTORE; any other restore lands on the name it gives, over what is there.
      const p = bind(inv.args, ['replacedatabase', 'autorelocatefile', 'norecovery', 'norewind', 'nounload', 'partial', 'restrictedUser', 'checksum', 'continueaftererror', 'keepreplication', 'passthru', 'script', 'trustservercertificate'].map((s) => s.toLowerCase()), ['serverinstance', 'database', 'backupfile', 'relocatefile', 'restoreaction', 'credential', 'path', 'inputobject', 'sqlcredential', 'backupdevice', 'filenumber', 'databasefile', 'databasefilegroup', 'toPointInTime'].map((s) => s.toLowerCase()));
      namedResources(inv, 'sqldatabase');
      b.verb('write');
      if (on(p, 'replacedatabase') || (!on(p, 'autorelocatefile') && get(p, 'relocatefile').length === 0)) b.verb('delete').destroy('sql_restore_overwrite', `\`${inv.name}\` restores over the database of that name`, inv.span);
      return true;
    }
    case 'enable-localuser': {
      // Enable-LocalUser (LocalAccounts) of a built-in account that ships switched off (BUILTIN_ACCOUNT), or of names not
      // fixed in the input (piped from Get-LocalUser), opens sign-in to it.
      const p = bind(inv.args, ['passthru'], ['name', 'sid', 'inputobject']);
      const names = [...get(p, 'name'), ...p.positional].flatMap((w) => (w.value === null ? [null] : w.value.split(',').map((n) => n.trim().replace(/^['"]|['"]$/g, ''))));
      b.verb('permissions');
      if (names.length === 0 || names.some((n) => n === null || BUILTIN_ACCOUNT.test(n))) b.destroy('builtin_account_enabled', `\`${inv.name}\` switches on ${names.length === 0 ? 'the piped accounts' : `\`${names.join(', ')}\``}, a built-in account that is off by default`, inv.span);
      return true;
    }
    case 'set-item':
    case 'si':
      // WinRM's client TrustedHosts (about_Remote_Troubleshooting): `*` (or a wildcard domain) sends credentials to any
      // host that answers, without checking who it is. Other Set-Item paths go on to the general rules.
      if (trustedHostsWildcard(inv)) return true;
      break;
    default:
      break;
  }
  const verbNoun = /^([a-z]+)-([a-z0-9]+)$/.exec(name);
  if (!verbNoun) return false;
  const [, verb, noun] = verbNoun as unknown as [string, string, string];
  namedResources(inv, noun);
  // `New-Partition … | Format-Volume`: the partition New-Partition just made, and sends down the pipeline, holds nothing yet.
  const fed = pipeInput(inv);
  if (verb === 'format' && noun === 'volume' && fed?.kind === 'unknown' && fed.producer === 'new-partition' && !inv.args.some((a) => /^-(driveletter|path|objectid|filesystemlabel|partition|inputobject)$/i.test(a.value ?? ''))) {
    b.verb('write').finding('format_new_partition', `\`New-Partition | ${inv.name}\` formats the partition just made`);
    return true;
  }
  if (verb === 'format' && /^(volume|disk|partition)$/.test(noun)) return windowsNative(inv, 'format-volume');
  if (/^(clear-disk|initialize-disk|remove-partition|reset-physicaldisk)$/.test(name)) return windowsNative(inv, name);
  if ((verb === 'disconnect' || verb === 'clear' || verb === 'remove') && SIGN_IN_NOUN.test(noun)) {
    b.verb('write').finding('sign_in_state', `\`${inv.name}\` clears this session's sign-in`);
    return true;
  }
  // One named user's sessions or refresh tokens revoked (the lead's decision 24, round 17): that user signs in again, as an
  // Okta session end. A user the input does not fix (`-UserId $_.Id` over `Get-MgUser -All`) may be everyone.
  if (USER_SESSION_REVOKE.test(name)) {
    const user = inv.args.find((a, i) => /^-(userid|objectid|identity|user|userprincipalname)$/i.test(inv.args[i - 1]?.value ?? ''));
    if (user && user.value !== null && user.value !== '' && !/^[$@(]/.test(user.value) && !/[*?]/.test(user.value) && !pipeInput(inv)) {
      b.verb('write').finding('user_sessions_revoked', `\`${inv.name}\` ends the sessions of \`${user.value}\` only: they sign in again`);
      return true;
    }
  }
  // Changes that a destroy verb names but that lose nothing (round 12): Revoke- of an access grant (Revoke-SmbShareAccess,
  // Revoke-GrantAccess) narrows who may reach it; Remove- of a group's member (Remove-ADGroupMember, Remove-LocalGroupMember)
  // takes one account's access away and Add- gives it back; Dismount- of a disk image or VHD detaches it and Mount- brings it
  // back, its file untouched; Remove-SmbMapping drops this machine's mapping of a share, as `net use Z: /delete`, and
  // New-SmbMapping maps it again (round 30, w30).
  if (REVERSIBLE_DESTROY.test(`${verb}-${noun}`) && !removesEachPipedMember(inv)) {
    b.verb(verb === 'dismount' || noun === 'smbmapping' ? 'write' : 'permissions').finding('reversible_change', `\`${inv.name}\` narrows access or detaches; the same module undoes it`);
    return true;
  }
  // Microsoft 365 and Azure removals of one named principal's grant (m365-catalogue.ts): access narrowed, as above.
  const family = verb === 'remove' ? removalFamily(noun) : null;
  if (narrowsOneGrant(inv, family)) {
    b.verb('permissions').finding('reversible_change', `\`${inv.name}\` takes one named principal's access away; the same module grants it again`);
    return true;
  }
  if (removesNothingKept(inv, name)) return true;
  if (oneCrmRecordRemoved(inv, name)) {
    b.verb('delete').finding('record_by_key', `\`${inv.name}\` deletes one Dataverse row by its whole key (answers 53, 430.1)`);
    return true;
  }
  const loss = quietLoss(name) ?? quietM365Loss(name, inv.args);
  if (loss) {
    b.verb(quietLoss(name) ? 'replace' : 'delete').destroy(loss.code, `\`${inv.name}\` ${loss.what}`, inv.span);
    return true;
  }
  const widened = cmdletWidens(name, inv.args);
  if (widened) {
    b.verb(widened.code === 'safeguard_disabled' ? 'write' : 'permissions').destroy(widened.code, `\`${inv.name}\` ${widened.why}`, inv.span);
    return true;
  }
  const weakened = weakeningSetting(inv, verb, noun);
  if (weakened) {
    b.verb('write').destroy('safeguard_disabled', `\`${inv.name}\`: ${weakened}`, inv.span);
    return true;
  }
  if (retentionDeletes(name, inv.args)) {
    b.verb('delete').destroy('retention_deletes', `\`${inv.name}\` deletes, past recovery, what is older than its age limit`, inv.span);
    return true;
  }
  const purge = mailPurge(name, inv.args);
  if (purge === 'hard') {
    b.verb('delete').destroy('mail_purged', `\`${inv.name} -Purge -PurgeType HardDelete\` deletes every message the search found past recovery`, inv.span);
    return true;
  }
  if (purge === 'soft') {
    b.verb('delete').finding('mail_soft_deleted', `\`${inv.name} -Purge\` moves what the search found to Recoverable Items, where it can be recovered`);
    return true;
  }
  if (oldCheckpointsOfBuildVm(inv, name)) return true;
  if (expiredCredentialsOnly(inv, name)) return true;
  if (DESTROY_VERBS.test(verb) && !HARMLESS_NOUN.test(noun)) {
    // Every resource it names (`-Name`, `-ResourceGroupName`, `-Database`, …) is a pull request's preview or a CI run's
    // own (`Remove-AzResourceGroup rg-billing-pr-4812`, `Remove-Website billing-pr-4812`, `Remove-DbaDatabase -Database
    // Billing_ci_7731`): a scratch environment made to be thrown away, as a preview namespace is.
    if (ACCOUNT_NOUN.test(noun) && testAccountsOnly(inv)) return true;
    // The lead's answer 420.4 (round 40): one Exchange mailbox named as a test one (decision 40), removed by that name,
    // is test data as a test user is (72); never where anything on it names production or staging.
    if (MAILBOX_NOUN.test(noun) && !namesLiveTier(inv.args) && testAccountsOnly(inv)) return true;
    const disposable = disposableBlobs(inv, name);
    if (disposable !== null) {
      b.verb('delete').finding('disposable_objects_delete', `\`${inv.name}\` deletes ${disposable}`);
      return true;
    }
    // The lead's answer 118: a database server's firewall allow rule for one person's or temporary access
    // (`Remove-AzSqlServerFirewallRule -FirewallRuleName ClientIPAddress_…`, Az.PostgreSql/Az.MySql `-Name`).
    if (/^remove-az(sqlserver|postgresql(flexible)?server|mysql(flexible)?server|mariadbserver|synapse)firewallrule$/.test(name)) {
      const rule = get(bind(inv.args, ['force', 'passthru', 'asjob'], ['firewallrulename', 'name', 'servername', 'resourcegroupname', 'workspacename', 'inputobject', 'subscriptionid']), 'firewallrulename', 'name');
      if (rule.length === 1 && rule[0]!.value !== null && personalAccessRule(rule[0]!.value)) {
        b.verb('permissions').finding('temporary_access_rule_removed', `\`${inv.name}\` removes \`${rule[0]!.value}\`, an allow rule its name marks as one person's or temporary access`, inv.span);
        return true;
      }
    }
    if (name === 'remove-vm' && throwawayVmsOnly(inv)) {
      b.verb('delete').finding('throwaway_vm_removed', `\`${inv.name}\` removes a VM named as a throwaway on this host; its virtual disks stay`);
      return true;
    }
    const scratch = scratchNames(inv.args);
    // Never when any argument names production (answers 72 and 174: `-SubscriptionId acme-production`); a name built on a
    // CI run's variable (`rg-pr-$env:SYSTEM_PULLREQUEST_PULLREQUESTNUMBER`) is read by scratchNames, so only fixed ones count.
    const preview = (n: string) => namesScratchEnvironment(n) || (IIS_NOUN.test(noun) && namesPreviewNumber(n));
    // IIS's own objects on a machine named for production are its live sites' neighbours, not a preview's sandbox (the
    // lead's answers 269 and 315, as their folders).
    const iisOnProduction = IIS_NOUN.test(noun) && onProductionHost(inv);
    if ((scratch.length > 0 && scratch.every(preview) && !iisOnProduction && !argumentNamesLiveTier(inv.args.filter((a) => a.value !== null))) || scratchLeaf(inv, noun)) {
      b.verb('delete').finding('preview_environment_delete', `\`${inv.name}\` removes \`${scratch.join(', ')}\`, a pull request's preview or a CI run's own`);
      return true;
    }
    const azure = scratchNamedAzure(inv, noun);
    if (azure !== null) {
      b.verb('delete').finding('scratch_named_delete', `\`${inv.name}\` removes \`${azure}\`, one Azure resource its own name marks as scratch, test, sandbox or temporary (the lead's answers 72 and 190)`);
      return true;
    }
    const object = scratchNamedObject(inv, noun, scratch);
    if (object !== null) {
      b.verb('delete').finding('scratch_named_delete', `\`${inv.name}\` removes \`${object}\`, one object its own name marks as scratch, test, CI or temporary (the lead's answer 72)`);
      return true;
    }
    const named = inv.args.filter((a, i) => !(a.value ?? '-').startsWith('-') || /^-(name|resourcegroupname|identity|id|bucketname|clustername)$/i.test(inv.args[i - 1]?.value ?? ''));
    const id = named.find((a) => !(a.value ?? '-').startsWith('-'));
    const what = family ? `${family.what}; ${family.restore ?? 'nothing brings it back'}` : `something (${verb})`;
    b.verb('delete').target(envTarget(inv, 'cloud', id ? shown(id) : name, [clue('names', id?.value)])).destroy('powershell_destroy_verb', `\`${inv.name}\` removes or resets ${what}`, inv.span);
    // Paths it names are judged too.
    for (const w of inv.args) if (w.value !== null && /^([A-Za-z]:[\\/]|\\\\|~|\.)/.test(w.value)) fileTarget(inv, w, 'delete', { recursive: true, what: `\`${inv.name}\` removes` });
    return true;
  }
  // Hyper-V's Restart-VM: its reference says it "results in a \"hard\" restart, like powering the computer down, then back
  // up again. This can result in data loss in the virtual machine" (`-Force` only skips the prompt). Answer 80's forced
  // restart, whatever VM it names (the lead's answer 86). Azure's Restart-AzVM restarts through the guest: not this.
  if (verb === 'restart' && noun === 'vm') {
    b.verb('write').destroy('host_shutdown', `\`${inv.name}\` powers the VM off and on again (a hard reset), losing what it held unsaved`, inv.span);
    return true;
  }
  // Stop-VM, Stop-AzVM, Stop-AzWebApp, Suspend-VM, Stop-EC2Instance: a running service out of service (not Stop-Job,
  // Stop-Transcript or Stop-Process: a session's job, a log, a pid).
  if ((verb === 'stop' || verb === 'suspend') && SERVICE_NOUN.test(noun)) {
    // A Hyper-V VM named as a dev machine (`Stop-VM -Name DEV-SANDBOX-03`), shut down through its guest with its disks
    // kept, on this host: the agent's own dev VM stopped is a write (the lead's decision, round 15). Not `-TurnOff` (the
    // power is cut), `-ComputerName` (another host), nor a VM whose name does not say dev. Nor Hyper-V's `-Force` (the
    // lead's answer 356.1, decision 28's force): "if the virtual machine has applications with unsaved data, the virtual
    // machine has five minutes to save data and shut down; if it is locked, it is shut down immediately" (Stop-VM's
    // reference); Az's and IIS's `-Force` only skip the prompt.
    // The same of an IIS app pool or site, or an Azure VM or web app, every name of which (and its resource group) says
    // dev (`Stop-WebAppPool -Name ShopPool-Dev`, `Stop-AzVM -ResourceGroupName rg-dev -Name vm-dev-01`): Start- brings it
    // back with what it held (round 16).
    if (verb === 'stop' && DEV_STOPPABLE.test(noun) && !inv.args.some((a) => /^-(turnoff|computername|cimsession|pspath)$/i.test(a.value ?? '') || (noun === 'vm' && /^-force$/i.test(a.value ?? '')))) {
      const names = inv.args.filter((a, i) => !(a.value ?? '-').startsWith('-') && (i === 0 || /^-(name|vmname|resourcegroupname)$/i.test(inv.args[i - 1]?.value ?? '') || !(inv.args[i - 1]?.value ?? '').startsWith('-')));
      const dev = (w: Word): boolean => {
        const tier = w.value === null ? null : tierOfEnvironment(inv.env.inventory, heuristicEnvironment(w.value));
        // The lead's answer 123: a name with a test word (`ContosoApi-tests`) is a test's own, as Stop-Service reads it.
        return tier === 'dev' || tier === 'sandbox' || throwawayService(inv, w.value);
      };
      if (names.length > 0 && names.every(dev) && !inv.args.some((a) => a.value === null)) {
        b.verb('write').finding('dev_vm_stopped', `\`${inv.name}\` stops the dev ${noun === 'vm' || noun === 'azvm' ? 'VM' : 'app'} \`${names.map((w) => w.value).join(' ')}\`; it keeps what it holds and Start- brings it back`, inv.span);
        return true;
      }
    }
    b.verb('write').destroy('service_outage', `\`${inv.name}\` takes a running service out of service`, inv.span);
    return true;
  }
  // Disable-ADAccount, Disable-LocalUser: the account can no longer log on, so what runs as it stops (as a login
  // revoked in SQL, `ALTER ROLE … NOLOGIN`); Enable- brings it back.
  // Built-in accounts that Windows ships switched off (BUILTIN_ACCOUNT: Guest, DefaultAccount) switched off again: nothing
  // runs as them, and it closes what `Enable-LocalUser Guest` opens (round 12). Administrator is left out: it may be in use.
  if (verb === 'disable' && ACCOUNT_NOUN.test(noun) && disablesOnlyShippedOffAccounts(inv)) {
    b.verb('permissions').finding('builtin_account_disabled', `\`${inv.name}\` switches off a built-in account that is off by default`);
    return true;
  }
  if (verb === 'disable' && ACCOUNT_NOUN.test(noun)) {
    if (testAccountsOnly(inv)) return true;
    b.verb('write').destroy('account_disabled', `\`${inv.name}\` stops the account from logging on`, inv.span);
    return true;
  }
  if (verb === 'disable' && disablesEveryOne(inv, noun)) {
    b.verb('write').destroy('all_disabled', `\`${inv.name}\` switches off every ${noun} the unfiltered \`Get-\` lists`, inv.span);
    return true;
  }
  // Disable- of a Microsoft 365 or Azure module (m365-catalogue.ts): a rule, policy, alert or endpoint stops applying.
  const disabled = verb === 'disable' ? disableVerdict(inv, noun) : null;
  if (disabled === 'harmless' || disabled === 'test') {
    b.verb('write').finding(disabled === 'test' ? 'test_rule_disabled' : 'session_setting', `\`${inv.name}\` ${disabled === 'test' ? 'switches off only what is named as a test' : 'changes this session or tightens'}`);
    return true;
  }
  if (disabled === 'destructive' && !weakensCloudSafeguard(inv, verb, noun)) {
    b.verb('write').destroy('safeguard_disabled', `\`${inv.name}\` switches a rule, policy, alert or endpoint off`, inv.span);
    return true;
  }
  if (weakensCloudSafeguard(inv, verb, noun)) {
    b.verb('write').destroy('safeguard_disabled', `\`${inv.name}\` switches a safeguard off (audit, backup, retention, protection or private access)`, inv.span);
    return true;
  }
  // Restore-VMSnapshot / Restore-VMCheckpoint (Hyper-V) and Restore-Computer (System Restore) put the machine back to
  // an earlier state: everything written since is gone, as with `git reset --hard`. Restore-AzSqlDatabase and the like
  // restore into a new resource and change nothing that exists.
  if (verb === 'restore' && /^(vmsnapshot|vmcheckpoint|computer)$/.test(noun)) {
    b.verb('replace').destroy('state_reverted', `\`${inv.name}\` discards everything since the checkpoint`, inv.span);
    return true;
  }
  // Backup- (approved verbs: "stores data by replicating it"): a copy is written, nothing is changed.
  if (verb === 'backup') {
    b.verb('write');
    return true;
  }
  if (READ_VERBS.test(verb) || HARMLESS_NOUN.test(noun)) {
    b.verb('read');
    // A share path names its server (`Get-ChildItem \\prod-web01\c$\logs`): the read is of that environment.
    // Round 42 (bl42virt): so does a virtual disk's own name (`Get-VHD -Path D:\\…\\sql-prod-01.vhdx`: filesystem.ts ENV_NAMED_FILE).
    for (const w of inv.args) if (w.value !== null && (w.value.startsWith('\\\\') || /\.(vhdx?|avhdx|vmdk|qcow2?|vdi)$/i.test(w.value))) b.target({ kind: 'filesystem', id: w.value, environment: pathEnvironment(inv, w.value), home: false, verbs: ['read'] });
    return true;
  }
  // Set-, New-, Add-, Start-, Invoke-, … of a module we do not model: a change we cannot see in full.
  b.verb('write').partial('powershell_cmdlet_unmodelled', `\`${inv.name}\` is a cmdlet we do not model`, inv.span);
  for (const w of inv.args) {
    if (w.value === null || !/^([A-Za-z]:[\\/]|\\\\|~|\.[\\/]?)/.test(w.value)) continue;
    const fx = pathEffect(inv, w);
    if (fx.cls === 'critical' || fx.cls === 'control_plane') fileTarget(inv, w, 'write', { recursive: false, what: `\`${inv.name}\` changes` });
  }
  return true;
}

/**
 * An Entra application's or service principal's secrets and certificates removed through a filter that keeps only those
 * past their end (`Where-Object { $_.EndDateTime -lt (Get-Date) }`, the lead's answer 68): they sign nobody in any more.
 * One still valid (no such filter, or `.AddDays(30)`: expiring soon) stays a credential in use deleted.
 */
const APP_CREDENTIAL_REMOVE = /^remove-(mg(beta)?(application|serviceprincipal)(password|key)|azad(app|sp)credential)$/;
function expiredCredentialsOnly(inv: Invocation, name: string): boolean {
  if (!APP_CREDENTIAL_REMOVE.test(name)) return false;
  const fed = pipeItem(inv) ?? pipeInput(inv);
  if (fed?.kind !== 'unknown' || fed.age?.prop !== 'expires') return false;
  inv.env.b.verb('delete').finding('expired_credentials', `\`${inv.name}\` removes credentials already past their end only`);
  return true;
}

/**
 * `Get-TransportRule | Disable-TransportRule`, `Get-ScheduledTask | ForEach-Object { Disable-ScheduledTask $_ }`: a
 * Disable- fed every object of its kind by a Get- of the same noun that picks none (no name, filter or scope, no
 * Where-Object or Select-Object -First between) switches all of them off at once: every mail flow rule, task or policy,
 * the ones that block or protect included. One named, or a filtered selection, is a change the Enable- verb undoes.
 */
const LIST_ONLY = /^-(resultsize|all|state|pagesize)$/i;
function disablesEveryOne(inv: Invocation, noun: string): boolean {
  const fed = pipeInput(inv) ?? pipeItem(inv);
  if (fed?.kind !== 'unknown' || fed.narrowed === true || !new RegExp(`^get-(exo)?${noun}$`).test(fed.producer)) return false;
  const args = fed.args ?? [];
  return args.every((a, i) => LIST_ONLY.test(a.value ?? '') || (LIST_ONLY.test(args[i - 1]?.value ?? '') && !(a.value ?? '-').startsWith('-') && !/^-(all)$/i.test(args[i - 1]?.value ?? '')));
}

/** What a dev-named Stop- may stop as a write: a Hyper-V or Azure VM, an IIS app pool or site, an Azure web app. */
const DEV_STOPPABLE = /^(vm|azvm|webapppool|website|azwebapp)$/;

/** VM names that say a build, CI or dev machine (`build-agent-03`, `ci-runner-2`, `dev-win11`). */
const BUILD_VM = /(^|[-_.])(build|ci|agent|runner|dev|test|sandbox)([-_.\d]|$)/i;

/**
 * `Get-VMSnapshot -VMName build-agent-03 | Where-Object CreationTime -lt (Get-Date).AddDays(-14) | Remove-VMSnapshot`:
 * checkpoints of a build, CI or dev VM older than some days (the lead's decision, round 16); the VM and its newer
 * checkpoints stay. Other VMs, or checkpoints not chosen by age, are judged as any Remove- is.
 */
function oldCheckpointsOfBuildVm(inv: Invocation, name: string): boolean {
  if (!/^remove-vm(snapshot|checkpoint)$/.test(name)) return false;
  const fed = pipeInput(inv);
  if (fed?.kind !== 'unknown' || !/^get-vm(snapshot|checkpoint)$/.test(fed.producer) || !fed.age || fed.age.prop === 'expires' || fed.age.days < 1) return false;
  const args = fed.args ?? [];
  const vms = args.filter((a, i) => !(a.value ?? '-').startsWith('-') && (i === 0 || /^-(vmname|name)$/i.test(args[i - 1]?.value ?? '') || !(args[i - 1]?.value ?? '').startsWith('-')));
  if (vms.length === 0 || args.some((a) => /^-(computername|cimsession)$/i.test(a.value ?? '')) || !vms.every((v) => v.value !== null && v.value.split(',').every((n) => BUILD_VM.test(n.trim())))) return false;
  inv.env.b.verb('delete').finding('old_checkpoints_delete', `\`${inv.name}\` deletes checkpoints older than ${fed.age.days} days of a build or dev VM`, inv.span);
  return true;
}

/**
 * Az.Storage blobs that are a cache's or one CI run's (round 22, as `aws s3 rm` of the same prefix and a cache bucket's
 * objects over REST): `Remove-AzStorageBlob -Container ci-artifacts -Blob run-5521/results.zip` (ciRunFolder: a run's
 * numbered folder below a CI-named container or folder), or every blob of a container named a CI or build cache
 * (CACHE_BUCKET: `build-cache`), listed by `Get-AzStorageBlob -Container build-cache | Remove-AzStorageBlob`. Container and
 * blob fixed in the input (the storage context may be a variable), no wildcard, no `-Prefix` (that listing is judged as any other), nothing naming production or
 * staging. What it deletes, or null.
 */
function disposableBlobs(inv: Invocation, name: string): string | null {
  if (name !== 'remove-azstorageblob' || pipeItem(inv) !== null) return null;
  const fed = pipeInput(inv);
  // A Where-Object stage (`narrowed`) picks some of what the listing gives: a subset of a cache's blobs is still a cache's.
  const lister = fed?.kind === 'unknown' && fed.producer === 'get-azstorageblob' ? (fed.args ?? []) : null;
  if (fed !== null && lister === null) return null;
  const args = lister ?? inv.args;
  const container = wordAfter(args, /^-(container|c)$/i)?.value;
  const blob = wordAfter(args, /^-(blob|b)$/i)?.value;
  if (typeof container !== 'string' || /[*?]/.test(container) || args.some((a, i) => (a.value === null && !/^-context$/i.test(args[i - 1]?.value ?? '')) || /^-prefix$/i.test(a.value ?? ''))) return null;
  if ([container, blob ?? ''].some((v) => /^(production|staging)$/.test(heuristicEnvironment(v) ?? ''))) return null;
  if (lister !== null) return blob === undefined && CACHE_BUCKET.test(container) ? `every blob of \`${container}\`, a CI or build cache: rebuilt on a miss` : null;
  if (typeof blob !== 'string' || /[*?]/.test(blob)) return null;
  if (CACHE_BUCKET.test(container)) return `\`${blob}\` from \`${container}\`, a CI or build cache: rebuilt on a miss`;
  const run = ciRunFolder([container, ...blob.split('/').filter(Boolean).slice(0, -1)]);
  if (run !== undefined) return `\`${blob}\` from \`${run}\`, a CI run's own folder`;
  // Round 28 (w28): a blob below a pull request's or CI run's own folder (`-Blob pr-1234/app.zip`), as `az storage blob
  // delete-batch --pattern 'pr-1234/*'` (round 16).
  const preview = blob.split('/').filter(Boolean).slice(0, -1).find((seg) => namesScratchEnvironment(seg));
  return preview !== undefined ? `\`${blob}\` from \`${preview}\`, a pull request's or CI run's own folder` : null;
}

/** Parameters that name the one resource a Remove- cmdlet deletes inside a named parent (a server's database, an app's slot). */
const LEAF_PARAM = /^-(databasename|slot)$/i;

/**
 * The leaf a Remove- cmdlet deletes is a pull request's preview or a CI run's own (`Remove-AzSqlDatabase -ServerName
 * sql-ci-shared -DatabaseName erp-pr-4411`, `Remove-AzWebAppSlot -Name app-shop -Slot pr-512`) and no other name it is
 * given says production or staging: the parents stay, the scratch leaf goes (round 19).
 */
function scratchLeaf(inv: Invocation, noun: string): boolean {
  // An Az resource inside a named resource group (`Remove-AzVM -ResourceGroupName rg-ci -Name ci-run-5512`, as `az vm
  // delete -g rg-ci -n ci-run-5512`): `-Name` is the leaf and the group its parent, which stays.
  const leaf = wordAfter(inv.args, LEAF_PARAM) ?? (/^az(?!resourcegroup$)/.test(noun) && wordAfter(inv.args, /^-resourcegroupname$/i) ? wordAfter(inv.args, /^-name$/i) : undefined);
  if (!leaf || leaf.value === null || !(namesScratchEnvironment(leaf.value) || (/^-slot$/i.test(inv.args[inv.args.indexOf(leaf) - 1]?.value ?? '') && namesPreviewNumber(leaf.value)))) return false;
  // A preview's or a run's leaf: staging does not refuse it (the lead's answer 215).
  return !argumentNamesLiveTier(inv.args);
}

/** IIS's sites, app pools and applications, which a pull request's preview may be named `preview-N` (the lead's answer 190). */
const IIS_NOUN = /^(web(site|apppool|application|virtualdirectory)|iis(site|apppool))$/;

/**
 * The lead's answer 72 (round 20) for Windows and Microsoft 365 objects an agent makes and deletes by name: a site or app
 * pool, an AD computer or group, a distribution or Microsoft 365 group, a team or channel, a Hyper-V switch, an SMB share
 * (its folder stays). Not accounts (the lead's decision 40, testAccountsOnly), nor containers that delete what they hold (an
 * OU with -Recursive); Azure's resources are AZURE_SCRATCH_KINDS' (scratchNamedAzure, the lead's answer 190).
 */
const SCRATCH_NAMED_NOUN = /^(web(site|apppool|application|virtualdirectory)|iis(site|apppool)|ad(computer|group)|(dynamic)?distributiongroup|unifiedgroup|mailcontact|team|teamchannel|vmswitch|smbshare|localgroup)$/;

/**
 * One object of SCRATCH_NAMED_NOUN, fixed in the input, whose own name (an address's local part) says scratch, test, CI,
 * sandbox, temporary or ephemeral by a whole word (namesDisposable over SCRATCH_WORDS: `shop-test`, `CI-TEMP-VM-17`,
 * `test-dl-pilot@contoso.com`), not a bare `ci` (answer 84), and no value it is given names production or staging.
 */
function scratchNamedObject(inv: Invocation, noun: string, names: string[]): string | null {
  // A Teams channel is named by `-DisplayName` inside the team `-GroupId` gives, which may be a variable (`Remove-TeamChannel
  // -GroupId $team.GroupId -DisplayName 'sandbox-test'`, round 28): the channel's own name says what it is, whichever team holds it.
  const channel = noun === 'teamchannel' ? inv.args.find((_, i) => /^-displayname$/i.test(inv.args[i - 1]?.value ?? '')) : undefined;
  const own = channel === undefined ? names : channel.value === null ? [] : [channel.value];
  if (!SCRATCH_NAMED_NOUN.test(noun) || own.length !== 1 || pipeInput(inv) !== null || pipeItem(inv) !== null) return null;
  const name = own[0]!.replace(/@[\w.-]+$/, '');
  if (!namesDisposable(name, SCRATCH_WORDS) || namesSharedCiResource(name)) return null;
  const parent = (i: number): boolean => channel !== undefined && /^-groupid$/i.test(inv.args[i - 1]?.value ?? '');
  const fixed = inv.args.every((a, i) => (a.value !== null || parent(i)) && !/^-recursive$/i.test(a.value ?? ''));
  return fixed && !argumentNamesLiveTier(inv.args.filter((a) => a.value !== null), true) ? own[0]! : null;
}

/**
 * The lead's answer 190 (round 26): answer 72 reaches Azure's resources (AZURE_SCRATCH_KINDS, one table with az's): one
 * resource group, key vault, VM, app, cluster or network object whose own name says scratch or test by a whole word
 * (scratchNamedAzureResource: `Remove-AzResourceGroup rg-sandbox-test`, `Remove-AzKeyVault kv-scratch-x`), fixed in the input, with no pipeline and no value naming production or staging (its group's either).
 * The name it removes, or null.
 */
const AZURE_SCRATCH_NOUN = new RegExp(`^(${AZURE_SCRATCH_KINDS.map((k) => k.ps).join('|')})$`);
function scratchNamedAzure(inv: Invocation, noun: string): string | null {
  if (!AZURE_SCRATCH_NOUN.test(noun) || pipeInput(inv) !== null || pipeItem(inv) !== null || inv.args.some((a) => a.value === null)) return null;
  // The group a resource lives in (`-ResourceGroupName rg-dev`) is its parent, which stays; for a group it is the name.
  const groups = noun === 'azresourcegroup' ? [] : inv.args.filter((a, i) => /^-resourcegroupname$/i.test(inv.args[i - 1]?.value ?? '')).map((a) => a.value);
  const names = scratchNames(inv.args).filter((n) => !groups.includes(n));
  if (names.length !== 1 || !scratchNamedAzureResource(names[0]!)) return null;
  return argumentNamesLiveTier(inv.args, true) ? null : names[0]!;
}

/** Parameters that name the resource a Remove- cmdlet deletes or the group it lives in (not the server that holds it). */
const RESOURCE_NAME_PARAM = /^-(name|resourcegroupname|resourcegroup|identity|database|databasename|sitename|websitename|vmname|taskname|vaultname|resourcename)$/i;

/**
 * A CI system's number for the run or pull request (stamped-names.ts `CI_RUN_NUMBER_VARIABLES`, one table with the shell's,
 * the lead's answer 99) read from the environment inside a name: `"rg-e2e-run-$env:BUILD_BUILDID"` is the name of this
 * run's own resource. The name with a run number in its place, or null for any other variable or expression.
 */
const RUN_ID_NAME = /^"([\w.-]*)\$(?:env:|\{env:)(\w+)\}?([\w.-]*)"$/i;
function withRunNumber(w: Word): string | null {
  const m = RUN_ID_NAME.exec(w.text);
  return m && CI_RUN_NUMBER_VARIABLES.has(m[2]!.toUpperCase()) ? `${m[1]}${RUN_NUMBER_STANDIN}${m[3]}` : null;
}

/**
 * Hyper-V's Remove-VM of VMs on this host whose every name marks a throwaway (LOCAL_THROWAWAY: `scratch-win11-test`,
 * `ci-runner-17`), the lead's answer 66: Remove-VM deletes the VM's configuration and keeps its virtual hard disks
 * (Hyper-V reference). Not `-ComputerName`/`-CimSession` (another host), not a VM over a pipeline or a name not fixed.
 */
function throwawayVmsOnly(inv: Invocation): boolean {
  if (pipeInput(inv) !== null || pipeItem(inv) !== null || inv.args.some((a) => a.value === null || /^-(computername|cimsession|vm)$/i.test(a.value))) return false;
  const names = scratchNames(inv.args);
  // A VM named `ci` alone is every run's machine, long-lived (the lead's answer 84), not one run's throwaway.
  return names.length > 0 && names.every((n) => n.split(',').every((one) => LOCAL_THROWAWAY.test(one.trim()) && !/^ci$/i.test(one.trim())));
}

/**
 * The names a destroy cmdlet is given: its positional words and the values of RESOURCE_NAME_PARAM. Empty when a name is
 * not fixed in the input (a variable, a pipeline) or when any other parameter takes a value we cannot place.
 */
function scratchNames(args: Word[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.value === null) return [];
    if (!a.value.startsWith('-')) {
      out.push(a.value);
      continue;
    }
    const next = args[i + 1];
    if (next === undefined || (next.value ?? '').startsWith('-')) continue;
    const named = next.value ?? (RESOURCE_NAME_PARAM.test(a.value) ? withRunNumber(next) : null);
    if (named === null) return [];
    i++;
    if (RESOURCE_NAME_PARAM.test(a.value)) out.push(named);
  }
  return out;
}

