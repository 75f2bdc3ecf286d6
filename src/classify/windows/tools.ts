import { shown, type Invocation } from '../shell/invocation.ts';
import { fileTarget, pathEffect, pathEnvironment, withBuildOutputPair } from '../shell/tools/filesystem.ts';
import type { Word } from '../shell/words.ts';

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
 * request.
 */
export const SERVER_PROCESS = /^(sqlservr|sqlagent|postgres|mysqld|mariadbd|mongod|mongos|redis-server|memcached|httpd|nginx|tomcat\d*|rabbitmq-server|elasticsearch|lsass|csrss|wininit|winlogon|services|smss|svchost)(\.exe)?$/i;

function host(inv: Invocation, id: string): void {
  inv.env.b.target({ kind: 'host', id, environment: null, home: false, critical: true });
}

/** `rd`/`rmdir` of cmd: `/s` removes the whole tree; without it only an empty folder. */
export function cmdRd(inv: Invocation): void {
  const sw = cmdSwitches(inv.args);
  const recursive = sw.has('s');
  const b = inv.env.b.verb('delete');
  const scoped = withBuildOutputPair(inv, cmdOperands(inv.args));
  for (const p of cmdOperands(inv.args)) {
    const before = b.destructive;
    fileTarget(scoped, p, 'delete', { recursive, what: recursive ? `\`${inv.name} /s\` deletes the tree` : `\`${inv.name}\` removes the empty folder` });
    // Without /s, rd only removes an empty folder: nothing is lost unless the path is critical.
    if (!recursive && !before && !/critical_path|control_plane_target/.test(b.findings[b.findings.length - 1]?.code ?? '')) b.destructive = false;
  }
  b.summary(`${inv.name}${recursive ? ' /s' : ''} ${cmdOperands(inv.args).map(shown).join(' ')}`);
}

/**
 * File-name patterns of build output and caches that the tools which wrote them regenerate (`*.obj`, `*.pyc`,
 * `node_modules`): deleting only these loses nothing. Shared by `Remove-Item -Filter`, `Get-ChildItem | Remove-Item`
 * and `del /s PATTERN`.
 */
export const REBUILDABLE_FILTER = /^\*?\.?(\*\.)?(pyc|pyo|o|obj|log|tmp|temp|bak|swp|class|orig|rej|cache)$|^(__pycache__|node_modules|bin|obj|dist|build|\.pytest_cache|coverage|\.cache)$/i;

/**
 * Logs and backups (`*.log`, `*.bak`) are only disposable where a build or a test run left them: in the workspace or a
 * temp folder. Elsewhere (`C:\inetpub\logs`, `D:\Backups`) a sweep of them is a retention purge of records and
 * backups that nothing regenerates.
 */
const RECORD_FILTER = /^\*?\.?(\*\.)?(log|bak)$/i;

/** Every filter names build output or caches, judged at the root `w` (the workspace, below it, or a temp folder). */
export function onlyRebuildable(filters: (string | null)[], inv: Invocation, w: Word): boolean {
  if (filters.length === 0 || !filters.every((f) => f !== null && REBUILDABLE_FILTER.test(f))) return false;
  if (!filters.some((f) => RECORD_FILTER.test(f!))) return true;
  const fx = pathEffect(inv, w);
  const root = inv.scope.workspace ?? inv.scope.cwd;
  return fx.cls === 'workspace' || fx.cls === 'rebuildable' || fx.cls === 'temporary' || (!!root && fx.path.toLowerCase() === root.toLowerCase());
}

/**
 * `del`/`erase`: files matching each operand; `/s` in every subfolder too. A folder operand empties it. A wildcard
 * operand deletes the matching files only (never the folder it names): `del /s *.obj` is `find . -name '*.obj' -delete`.
 */
export function cmdDel(inv: Invocation): void {
  const sw = cmdSwitches(inv.args);
  const b = inv.env.b.verb('delete');
  for (const p of cmdOperands(inv.args)) {
    const v = p.value ?? '';
    const base = v.split(/[\\/]/).pop() ?? '';
    if (p.value !== null && /[*?]/.test(base) && REBUILDABLE_FILTER.test(base)) {
      const folder = { ...p, value: v.slice(0, v.length - base.length) || '.', glob: false };
      const fx = pathEffect(inv, folder);
      if (fx.cls !== 'control_plane' && onlyRebuildable([base], inv, folder)) {
        b.target({ kind: 'filesystem', id: fx.path, environment: null, home: false, verbs: ['delete'] }).finding('find_delete_rebuildable', `\`${inv.name}\` of build or cache files only (\`${base}\`)`);
      } else {
        // Logs or backups outside the workspace: the folder's records are deleted.
        fileTarget(inv, folder, 'delete', { recursive: sw.has('s'), what: `\`${inv.name}\` deletes \`${base}\` in` });
      }
      continue;
    }
    const isFile = /\.[A-Za-z0-9]{1,8}$/.test(v) && !/[*?]/.test(v);
    fileTarget(inv, p, 'delete', { recursive: sw.has('s') || !isFile, what: `\`${inv.name}${sw.has('s') ? ' /s' : ''}\` deletes` });
  }
}

/**
 * diskpart commands that only show or select (Microsoft's diskpart command reference): a script made of these
 * changes nothing. Every other command (clean, format, delete, convert, create, shrink, offline, remove, ...) may.
 */
const DISKPART_READ = /^\s*(list|select|sel|detail|help|rem|exit|filesystems|rescan)\b/i;

/** copy/xcopy/move: the destination is written; `move` takes its sources away. */
export function cmdCopyMove(inv: Invocation): void {
  const ops = cmdOperands(inv.args);
  const b = inv.env.b.verb('write');
  if (ops.length === 0) return;
  const src = ops[0]!;
  if (inv.name === 'copy' && /^nul$/i.test(src.value ?? '') && ops[1]) {
    fileTarget(inv, ops[1], 'delete', { recursive: true, what: '`copy nul` empties' });
    return;
  }
  const dest = ops.length > 1 ? ops[ops.length - 1]! : null;
  if (dest) fileTarget(inv, dest, 'write', { recursive: false, what: `\`${inv.name}\` overwrites` });
  if (inv.name === 'move') {
    for (const p of ops.slice(0, -1)) {
      const fx = pathEffect(inv, p);
      if (fx.cls === 'critical' || fx.cls === 'control_plane' || fx.cls === 'unknown') fileTarget(inv, p, 'delete', { recursive: true, what: '`move` takes away' });
    }
  }
  b.summary(`${inv.name} ${ops.map(shown).join(' ')}`);
}

/** robocopy SRC DST: `/MIR` and `/PURGE` delete what DST has and SRC lacks; `/MOV`, `/MOVE` take SRC away. */
export function robocopy(inv: Invocation): void {
  const ops = cmdOperands(inv.args);
  const sw = new Set(inv.args.map((a) => (a.value ?? '').toLowerCase()));
  const b = inv.env.b.verb('write');
  const [src, dst] = ops;
  if (!dst) return;
  if (sw.has('/l')) {
    const fx = pathEffect(inv, dst);
    b.verb('read').target({ kind: 'filesystem', id: fx.path, environment: pathEnvironment(inv, fx.path), home: false, verbs: ['read'] }).finding('dry_run', '`robocopy /L` only lists');
    return;
  }
  if (sw.has('/mir') || sw.has('/purge')) fileTarget(inv, dst, 'delete', { recursive: true, what: '`robocopy /MIR` prunes' });
  else fileTarget(inv, dst, 'write', { recursive: false, what: '`robocopy` writes into' });
  if (src && (sw.has('/mov') || sw.has('/move'))) fileTarget(inv, src, 'delete', { recursive: true, what: '`robocopy /MOVE` takes away' });
}

function lowerArgs(inv: Invocation): string[] {
  return inv.args.map((a) => (a.value ?? '?').toLowerCase());
}

/** Native Windows programs and cmd built-ins; false when `name` is none of them. */
export function windowsNative(inv: Invocation, name: string): boolean {
  const b = inv.env.b;
  const ws = lowerArgs(inv);
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
    case 'robocopy':
      robocopy(inv);
      return true;
    case 'diskpart': {
      // diskpart runs the script it reads (`/s FILE` or its input); an `echo list disk |` script we can read.
      const script = inv.stdin?.text ?? null;
      if (ws.includes('/?') || (!ws.includes('/s') && script !== null && script.split(/\r?\n/).filter((l) => l.trim() !== '').every((l) => DISKPART_READ.test(l)))) {
        b.verb('read');
        return true;
      }
      b.verb('delete', 'write').destroy('disk_format', '`diskpart` runs a script that may erase or repartition a disk', inv.span);
      host(inv, 'diskpart');
      return true;
    }
    case 'format':
    case 'format-volume':
    case 'clear-disk':
    case 'initialize-disk':
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
    case 'wmic':
      if (ws.some((w) => w === 'delete' || w === 'resize')) {
        b.verb('delete').destroy('shadow_copies_delete', `\`${name}\` deletes Volume Shadow Copies (the restore points)`, inv.span);
        host(inv, 'shadow-copies');
      } else b.verb('read');
      return true;
    case 'bcdedit':
      if (ws.length === 0 || ws.every((w) => w === '/enum' || w === '/v' || w === 'all' || w === '/?')) b.verb('read');
      else b.verb('write').destroy('boot_config', '`bcdedit` changes how the machine boots', inv.span);
      return true;
    case 'reg':
      if (ws[0] === 'delete') b.verb('delete').destroy('registry_delete', '`reg delete` removes registry keys', inv.span);
      else if (ws[0] === 'query' || ws[0] === 'export' || ws[0] === 'compare') b.verb('read');
      else b.verb('write').partial('registry_write', `\`reg ${ws[0] ?? ''}\` changes the registry`, inv.span);
      return true;
    case 'icacls':
    case 'cacls':
    case 'takeown': {
      b.verb('permissions');
      const recursive = ws.some((w) => w === '/t' || w === '/r');
      const broad = ws.some((w) => /everyone|\*s-1-1-0|users|authenticated/.test(w));
      for (const p of cmdOperands(inv.args).filter((a) => !/:/.test(a.value ?? '') || /^[A-Za-z]:/.test(a.value ?? ''))) {
        const fx = pathEffect(inv, p);
        b.target({ kind: fx.cls === 'control_plane' ? 'control_plane' : 'filesystem', id: fx.path, environment: null, home: false, verbs: ['permissions'], ...(fx.cls === 'critical' ? { critical: true } : {}) });
        if (fx.cls === 'control_plane') b.destroy('control_plane_permissions', `\`${name}\` changes Portcullis's own files`, inv.span);
        else if ((recursive || broad) && (fx.cls === 'critical' || fx.cls === 'unknown' || fx.cls === 'outside')) b.destroy('recursive_permissions', `\`${name}\` on \`${fx.path}\``, inv.span);
      }
      return true;
    }
    case 'shutdown':
      if (ws.some((w) => w === '/a' || w === '/?' || w === '-a')) b.verb('read');
      else b.verb('write').target({ kind: 'host', id: 'localhost', environment: null, home: false }).destroy('host_shutdown', '`shutdown` stops the machine', inv.span);
      return true;
    case 'sc':
      if (ws[0] === 'delete') b.verb('delete').destroy('service_delete', `\`sc delete\` removes the service \`${ws[1] ?? '?'}\``, inv.span);
      else if (ws[0] === 'stop' || ws[0] === 'pause') b.verb('write').destroy('service_outage', `\`sc ${ws[0]}\` stops the service \`${ws[1] ?? '?'}\``, inv.span);
      else if (/^(query|queryex|qc|qdescription|getdisplayname|getkeyname|enumdepend|sdshow)$/.test(ws[0] ?? '')) b.verb('read');
      else b.verb('write');
      return true;
    case 'net':
      if (ws.includes('/delete') || ws.includes('/del')) b.verb('delete', 'permissions').destroy('net_delete', `\`net ${ws[0] ?? ''} … /delete\``, inv.span);
      else if ((ws[0] === 'user' || ws[0] === 'localgroup' || ws[0] === 'group') && ws.length > 1) b.verb('permissions');
      else if (ws[0] === 'stop' || ws[0] === 'pause') b.verb('write').destroy('service_outage', `\`net ${ws[0]}\` stops the service \`${ws[1] ?? '?'}\``, inv.span);
      else if (ws[0] === 'start' || ws[0] === 'continue') b.verb('write');
      else b.verb('read', 'network');
      return true;
    case 'schtasks':
      if (ws.includes('/create') || ws.includes('/change') || ws.includes('/run')) b.verb('write').partial('scheduled', '`schtasks` schedules a program we cannot see', inv.span);
      else if (ws.includes('/delete')) b.verb('delete');
      else b.verb('read');
      return true;
    case 'taskkill': {
      // taskkill (Windows Commands reference): `/fi "SERVICES eq NAME"` picks the processes that host a service;
      // `/im NAME` picks by image name. Killing a server's process takes that service out of service.
      b.verb('write');
      const filters = inv.args.map((a, i) => (/^\/fi$/i.test(inv.args[i - 1]?.value ?? '') ? (a.value ?? '') : null)).filter((v): v is string => v !== null);
      const images = inv.args.map((a, i) => (/^\/im$/i.test(inv.args[i - 1]?.value ?? '') ? (a.value ?? '') : null)).filter((v): v is string => v !== null);
      const svc = filters.find((f) => /^\s*services\s+eq\s+\S/i.test(f));
      if (svc) b.destroy('service_outage', `\`taskkill /fi "${svc}"\` kills the processes of a service`, inv.span);
      else {
        const server = images.find((i) => SERVER_PROCESS.test(i));
        if (server) b.destroy('service_outage', `\`taskkill /im ${server}\` kills a server's process`, inv.span);
      }
      return true;
    }
    case 'wevtutil': {
      // wevtutil (Windows Commands reference): `cl`/`clear-log` deletes every event of a log (`/bu` backs it up first);
      // `el`, `gl`, `gp`, `ep`, `qe`, `gli` read; `epl`, `al` export or archive to a file; `sl`, `im`, `um` configure.
      const sub = ws[0] ?? '';
      if (sub === 'cl' || sub === 'clear-log') {
        if (ws.some((w) => /^\/bu:/.test(w))) b.verb('write');
        else b.verb('delete').destroy('event_log_clear', `\`wevtutil cl\` deletes every event of the \`${inv.args[1]?.value ?? '?'}\` log`, inv.span);
      } else if (/^(el|enum-logs|gl|get-log|gp|get-publisher|ep|enum-publishers|qe|query-events|gli|get-loginfo|\/\?)$/.test(sub)) b.verb('read');
      else b.verb('write');
      return true;
    }
    case 'appcmd': {
      // appcmd (IIS reference): `stop site|apppool` takes it out of service; `delete site|app|vdir|apppool|backup` removes it;
      // `restore backup` replaces the whole configuration; `list`/`search` read; `start`, `recycle`, `add`, `set` change.
      const [verb = '', object = ''] = ws;
      if (verb === 'list' || verb === 'search' || verb === '/?' || ws.includes('/?')) b.verb('read');
      else if (verb === 'stop' && /^(site|apppool)$/.test(object)) b.verb('write').destroy('service_outage', `\`appcmd stop ${object}\` takes it out of service`, inv.span);
      else if (verb === 'delete' && /^(site|app|vdir|apppool|backup|module|trace)$/.test(object)) b.verb('delete').destroy('iis_delete', `\`appcmd delete ${object}\` removes it from IIS`, inv.span);
      else if (verb === 'restore' && object === 'backup') b.verb('write').destroy('iis_config_restore', '`appcmd restore backup` replaces the IIS configuration', inv.span);
      else b.verb('write');
      return true;
    }
    case 'iisreset':
      // iisreset (IIS reference): `/stop` stops every IIS service; `/reboot` restarts the machine; no switch or
      // `/restart` stops and starts them again; `/status` reads.
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
      if (name?.value && /^path$/i.test(name.value) && value && value.value !== null && !/%path%|\$env:path/i.test(value.value)) b.destroy('env_path_replaced', '`setx PATH` replaces the stored PATH with this value only', inv.span);
      return true;
    }
    case 'mklink': {
      // A link to a control-plane file is a write to it (D8).
      const ops = cmdOperands(inv.args);
      b.verb('write');
      for (const p of ops) if (pathEffect(inv, p).cls === 'control_plane') fileTarget(inv, p, 'write', { recursive: false, what: '`mklink` links to' });
      return true;
    }
    case 'cipher':
      if (ws.some((w) => w.startsWith('/w'))) b.verb('write').finding('cipher_wipe_free', '`cipher /w` overwrites free space only');
      else if (ws.some((w) => w === '/d' || w === '/e')) b.verb('write');
      else b.verb('read');
      return true;
    case 'certutil':
      // certutil (Windows Commands reference): `-delstore` deletes a certificate from a store, `-delkey` a key
      // container (the private key), `-deleterow` rows of the CA database: none is recoverable.
      if (ws.some((w) => /^[-/](delstore|delkey|deleterow)$/.test(w))) b.verb('delete').destroy('certificate_delete', `\`certutil ${ws.find((w) => /^[-/](delstore|delkey|deleterow)$/.test(w))}\` deletes a certificate, key or CA record`, inv.span);
      else if (ws.some((w) => /^[-/](urlcache|decode|decodehex|encode)$/.test(w))) b.opaque('certutil_transfer', '`certutil` downloads or decodes a file we cannot see', inv.span);
      else b.verb('read');
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
    case 'mkdir':
    case 'md':
      b.verb('write');
      return true;
    default:
      return false;
  }
}

/** Programs that only read, show or open something (cmd built-ins and Windows tools). */
export const WINDOWS_READS = new Set([
  'dir', 'type', 'more', 'find', 'findstr', 'where', 'whoami', 'hostname', 'ipconfig', 'systeminfo', 'tasklist', 'tree', 'fc', 'comp', 'sort', 'chcp',
  'assoc', 'ftype', 'doskey', 'timeout', 'ping', 'tracert', 'pathping', 'nslookup', 'netstat', 'ver', 'vol', 'cls', 'echo', 'title', 'color', 'pause',
  'exit', 'goto', 'shift', 'setlocal', 'endlocal', 'prompt', 'path', 'break', 'verify', 'date', 'time', 'popd', 'set', 'help', 'explorer', 'notepad',
  'start-sleep', 'clip', 'driverquery', 'getmac', 'route', 'arp', 'qwinsta', 'query', 'wevtutil-qe', 'gpresult', 'msinfo32', 'winver', 'powercfg-list',
  'write', 'mspaint', 'calc', 'code', 'wt', 'openfiles', 'quser', 'dxdiag', 'net1', 'fsutil-fsinfo', 'rem', 'call-noop',
]);
