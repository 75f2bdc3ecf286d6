import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { PortcullisError } from '../core/index.ts';
import { parseConfig } from '../config/index.ts';
import { openControlSession } from '../runtime/index.ts';
import { foreignEntries, ownedFolder, whyReplaceable } from './run-folder.ts';
import { configTemplate, defaultPackFiles, loadPoliciesOrThrow, INSTALL_DIR, canAccess, lookupUser, type UnixUser } from '../os/index.ts';

/** `portcullis setup --system` (D7), with the interface the issue fixed. */
export interface SystemSetupOptions {
  serviceUser: string;
  configDir: string;
  stateDir: string;
  runDir: string;
  /** An existing config to install (its policies are copied beside it); null: keep the installed one, or the starter. */
  from: string | null;
  agentUsers: Array<{ agent: string; user: string }>;
  cwd: string;
  log: (line: string) => void;
}

export interface SystemSetupResult {
  configFile: string;
  unitFile: string;
  /** What this run changed; empty on a second identical run. */
  changed: string[];
}


const fail = (message: string, hint: string): never => {
  throw new PortcullisError('system_setup_failed', message, { hint });
};

/**
 * Installs Portcullis so that the agents' Unix users can neither write its state nor read its key
 * or store (D7): a service user owns config, policies, key and store; the config records which Unix
 * user each agent runs as; a systemd unit starts `portcullis daemon`. Idempotent: a second run with
 * the same options changes nothing and says so. Everything is checked before anything is written.
 */
export async function setupSystem(o: SystemSetupOptions): Promise<SystemSetupResult> {
  if (process.getuid?.() !== 0) throw new PortcullisError('system_needs_root', '`portcullis setup --system` must run as root', { hint: 'it creates the service user and gives it the files: run it with sudo' });
  const changed: string[] = [];
  const note = (what: string) => {
    changed.push(what);
    o.log(what);
  };
  for (const [flag, dir] of [['--config-dir', o.configDir], ['--state-dir', o.stateDir], ['--run-dir', o.runDir]] as const) {
    if (!isAbsolute(dir)) fail(`${flag} \`${dir}\` is not an absolute path`, 'system folders are absolute paths, e.g. /etc/portcullis');
  }
  // SECURITY (round 11): the root helper acts on names in the run folder; a folder above it another
  // user may write would let that user swap one for a link (the state folder, the service user's, included).
  const runParent = whyReplaceable(dirname(o.runDir), { stickyLast: true });
  if (runParent !== null) fail(`--run-dir \`${o.runDir}\` could be replaced by a user other than root: ${runParent}`, 'choose a run folder whose every parent folder is root\'s and writable by no one else, e.g. /run/portcullis');

  // 1. Agents' Unix users: they must exist, and never be root or the service user (D7).
  const mapped: Array<{ agent: string; user: UnixUser }> = [];
  const seen = new Map<string, string>();
  for (const { agent, user } of o.agentUsers) {
    if (user === 'root') throw new PortcullisError('system_user_invalid', `agent \`${agent}\` may not run as root: root can read and write every file, so no OS boundary is possible between it and Portcullis`, { hint: 'create an unprivileged user for the agent (useradd) and map that' });
    if (user === o.serviceUser) throw new PortcullisError('system_user_invalid', `agent \`${agent}\` may not run as the service user \`${user}\`: that user owns the config, key and store`, { hint: 'create a separate Unix user for the agent (useradd) and map that' });
    const u = lookupUser(user);
    if (!u) throw new PortcullisError('system_user_invalid', `Unix user \`${user}\` (for agent \`${agent}\`) does not exist`, { hint: `create it first: useradd --create-home ${user}` });
    if (u.uid === 0) throw new PortcullisError('system_user_invalid', `agent \`${agent}\` may not run as \`${user}\`: it has uid 0 (root), so no OS boundary is possible`, { hint: 'map an unprivileged user' });
    if (seen.has(user)) throw new PortcullisError('system_user_invalid', `Unix user \`${user}\` is given to agents \`${seen.get(user)}\` and \`${agent}\``, { hint: 'each agent needs its own Unix user: the socket\'s owner is how the daemon tells agents apart' });
    seen.set(user, agent);
    mapped.push({ agent, user: u });
  }

  // 2. The config: from --from, else the installed one (a re-run), else the starter.
  const configFile = join(o.configDir, 'portcullis.yaml');
  let sourceText: string;
  let sourceDir: string | null;
  if (o.from !== null) {
    const from = resolve(o.cwd, o.from);
    try {
      sourceText = readFileSync(from, 'utf8');
    } catch {
      return fail(`cannot read \`${o.from}\``, 'pass the config file to install with --from FILE');
    }
    sourceDir = dirname(from);
  } else if (existsSync(configFile)) {
    sourceText = readFileSync(configFile, 'utf8');
    sourceDir = o.configDir;
  } else {
    sourceText = configTemplate('starter');
    sourceDir = null;
  }
  const doc = parseDocument(sourceText);
  if (doc.errors.length > 0) fail(`the config is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, 'fix it, then run setup again');
  const storeValue = doc.get('store');
  if (storeValue === undefined || (typeof storeValue === 'string' && storeValue.startsWith('sqlite:'))) doc.set('store', `sqlite:${join(o.stateDir, 'portcullis.db')}`);
  // A12: an operator's explicit acceptance of ptrace without Yama survives running setup again
  const ptraceAccepted = doc.getIn(['daemon', 'allow_ptrace_without_yama']) === true;
  doc.set('daemon', doc.createNode({ service_user: o.serviceUser, run_dir: o.runDir, ...(ptraceAccepted ? { allow_ptrace_without_yama: true } : {}) }));
  for (const { agent, user } of mapped) {
    if (!doc.hasIn(['agents', agent])) fail(`agent \`${agent}\` is not declared under \`agents\` in the config`, 'declare it (role, operator) in the config first, or pass --from a config that does');
    doc.setIn(['agents', agent, 'unix_user'], user.name);
  }
  // Policies: each folder or file outside the config folder is copied into <config-dir>/policies.
  const copies: Array<{ from: string; to: string }> = [];
  const policies = doc.get('policies');
  const list: string[] = policies === undefined ? ['default'] : (doc.toJS() as { policies?: unknown }).policies as string[];
  if (!Array.isArray(list) || !list.every((p) => typeof p === 'string')) fail('`policies` is not a list of paths', 'see docs/config.md');
  const installed = list.map((p) => {
    if (p === 'default') return p;
    if (sourceDir === null) {
      copies.push(...defaultPackFiles().map((f) => ({ from: `pack:${f.name}`, to: join(o.configDir, 'policies', f.name) })));
      return './policies';
    }
    const abs = resolve(sourceDir, p);
    const inside = relative(o.configDir, abs);
    if (!inside.startsWith('..') && !isAbsolute(inside)) return p;
    if (!existsSync(abs)) return fail(`policy path \`${p}\` does not exist (from ${sourceDir})`, 'fix `policies` in the config');
    const target = join(o.configDir, 'policies', basename(abs));
    copies.push(...(statSync(abs).isDirectory() ? readdirSync(abs).filter((f) => f.endsWith('.cedar')).map((f) => ({ from: join(abs, f), to: join(target, f) })) : [{ from: abs, to: target }]));
    return `./${relative(o.configDir, target)}`;
  });
  if (policies !== undefined) doc.set('policies', doc.createNode(installed));
  const text = doc.toString();
  // Checked now, before anything changes: the schema and the rules (root and the service user refused).
  const parsed = parseConfig(text, configFile);
  if (!parsed.ok) throw new PortcullisError('config_invalid', `the config to install is not valid: ${parsed.issues.map((i) => `${i.path.replace(configFile, 'portcullis.yaml')}: ${i.message}`).join('; ')}`, { hint: parsed.issues[0]?.hint ?? 'fix it, then run setup again' });

  // 3. The service user.
  let service = lookupUser(o.serviceUser);
  if (!service) {
    const shell = existsSync('/usr/sbin/nologin') ? '/usr/sbin/nologin' : '/bin/false';
    useradd(['--system', '--user-group', '--home-dir', o.stateDir, '--no-create-home', '--shell', shell, o.serviceUser]);
    service = lookupUser(o.serviceUser);
    if (!service) return fail(`useradd did not create \`${o.serviceUser}\``, 'create the user by hand, then run setup again');
    note(`created service user ${service.name} (uid ${service.uid}, no login shell)`);
  }
  if (service.uid === 0) fail(`service user \`${service.name}\` is root`, 'name an unprivileged account (the default is `portcullis`)');
  for (const { agent, user } of mapped) {
    if (user.uid === service.uid) throw new PortcullisError('system_user_invalid', `agent \`${agent}\` may not run as the service user (uid ${user.uid})`, { hint: 'map a separate Unix user' });
  }
  const svc = service;
  // The service user runs the code: it must be able to read it (a checkout in a private home cannot be).
  if (!canAccess(svc, join(INSTALL_DIR, 'bin', 'launch.js'), 'read') || !canAccess(svc, join(INSTALL_DIR, 'node_modules', 'hono', 'package.json'), 'read')) {
    fail(`the service user \`${svc.name}\` cannot read the Portcullis installation at ${INSTALL_DIR}`, 'install Portcullis where every user can read it and only root can write it (e.g. `npm install -g` as root)');
  }

  // 4. Folders and files, owned by the service user, nothing writable by anyone else.
  const own = (path: string, uid: number, gid: number, mode: number, what: string) => {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) fail(`\`${path}\` is a symbolic link`, 'replace it with a real file or folder; setup never follows links into place');
    if (st.uid !== uid || st.gid !== gid || (st.mode & 0o7777) !== mode) {
      chownSync(path, uid, gid);
      chmodSync(path, mode);
      note(`${what} ${path}: owner ${uid}:${gid}, mode ${mode.toString(8).padStart(4, '0')}`);
    }
  };
  const dir = (path: string, uid: number, gid: number, mode: number) => {
    if (!existsSync(path)) {
      mkdirSync(path, { recursive: true, mode });
      note(`created ${path}`);
    }
    own(path, uid, gid, mode, 'set');
  };
  const file = (path: string, content: string | Buffer, mode: number) => {
    const same = existsSync(path) && readFileSync(path).equals(Buffer.from(content));
    if (!same) {
      const tmp = `${path}.setup-${process.pid}.tmp`;
      writeFileSync(tmp, content, { mode });
      chownSync(tmp, svc.uid, svc.gid);
      renameSync(tmp, path);
      note(`wrote ${path}`);
    }
    own(path, svc.uid, svc.gid, mode, 'set');
  };
  // The config folder belongs to root (group: the service user, which reads it): the service user
  // may not replace the systemd unit in it, which starts as root.
  dir(o.configDir, 0, svc.gid, 0o750);
  if (copies.length > 0 || existsSync(join(o.configDir, 'policies'))) dir(join(o.configDir, 'policies'), svc.uid, svc.gid, 0o750);
  for (const c of copies) {
    mkdirSync(dirname(c.to), { recursive: true, mode: 0o750 });
    own(dirname(c.to), svc.uid, svc.gid, 0o750, 'set');
    file(c.to, c.from.startsWith('pack:') ? defaultPackFiles().find((f) => f.name === c.from.slice(5))!.text : readFileSync(c.from), 0o640);
  }
  dir(o.stateDir, svc.uid, svc.gid, 0o700);
  runFolder(o.runDir, note);
  file(configFile, text, 0o640);
  const config = parsed.value.config;
  // The policies validate in place (F2) before the store is made.
  loadPoliciesOrThrow(config.policies, o.configDir);
  // The key and the store's log are made together by opening the store (L8: one without the other
  // is refused), then given to the service user.
  const keyFile = join(o.configDir, 'portcullis-audit.key');
  const freshKey = !existsSync(keyFile);
  const db = config.store.startsWith('sqlite:') ? config.store.slice('sqlite:'.length) : null;
  const freshDb = db !== null && !existsSync(db);
  const cp = await openControlSession({ configPath: configFile, cwd: o.cwd });
  await cp.close();
  if (freshKey) note(`created the audit signing key ${keyFile}`);
  if (existsSync(keyFile)) own(keyFile, svc.uid, svc.gid, 0o600, 'set');
  if (db !== null) {
    if (freshDb) note(`created the store ${db}`);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(f)) own(f, svc.uid, svc.gid, 0o600, 'set');
  }

  // 5. The systemd unit, root's (it starts as root).
  const unitFile = join(o.configDir, 'portcullis.service');
  const unit = systemdUnit(configFile, o.stateDir, o.runDir);
  if (!existsSync(unitFile) || readFileSync(unitFile, 'utf8') !== unit) {
    const tmp = `${unitFile}.setup-${process.pid}.tmp`;
    writeFileSync(tmp, unit, { mode: 0o644 });
    renameSync(tmp, unitFile);
    note(`wrote ${unitFile}`);
  }
  own(unitFile, 0, 0, 0o644, 'set');
  return { configFile, unitFile, changed };
}

/**
 * The run folder is root's, 0755 (round 11): the root socket helper acts on the names in it, so the
 * service user may not rename them. Made or taken over (an earlier version gave it to the service
 * user) through a descriptor opened without following a link; the daemon makes `agents/` and
 * `approved/` in it when it starts.
 */
function runFolder(runDir: string, note: (what: string) => void): void {
  let st;
  try {
    st = lstatSync(runDir);
  } catch {
    st = null;
  }
  if (st !== null && st.isDirectory() && st.uid === 0 && st.gid === 0 && (st.mode & 0o7777) === 0o755) return;
  if (st === null) mkdirSync(dirname(runDir), { recursive: true, mode: 0o755 });
  try {
    closeSync(ownedFolder(null, runDir, 0, 0, 0o755, foreignEntries));
  } catch (err) {
    fail((err as Error).message, 'remove what is at the run folder\'s place, then run setup again');
  }
  note(`${st === null ? 'created' : 'set'} ${runDir}: owner 0:0, mode 0755`);
}

export function systemdUnit(configFile: string, stateDir: string, runDir: string): string {
  return `# Written by \`portcullis setup --system\`. Enable with: systemctl enable --now ${dirname(configFile)}/portcullis.service
[Unit]
Description=Portcullis decision daemon (one socket per agent)
After=network.target

[Service]
Type=simple
# Starts as root only to create each agent's socket owned by that agent's Unix user; it drops to the
# service user before it reads anything an agent sends.
ExecStart=${join(INSTALL_DIR, 'bin', 'portcullis')} daemon --config ${configFile}
Restart=on-failure
ProtectSystem=strict
ReadWritePaths=${stateDir} ${runDir}
ProtectHome=read-only
PrivateTmp=yes

[Install]
WantedBy=multi-user.target
`;
}

/** useradd takes a lock on /etc/passwd; another useradd holding it is waited for, a bounded number of times. */
function useradd(args: string[]): void {
  for (let attempt = 0; ; attempt++) {
    try {
      execFileSync('useradd', args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 });
      return;
    } catch (err) {
      const e = err as { status?: number; stderr?: Buffer };
      // 10: cannot lock the password file (another useradd is running).
      if (e.status === 10 && attempt < 50) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        continue;
      }
      fail(`useradd ${args.at(-1)} failed: ${e.stderr?.toString().trim() || String(err)}`, 'create the service user by hand (useradd --system), then run setup again');
    }
  }
}
