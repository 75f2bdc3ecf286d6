import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Config } from '../config/index.ts';
import { INSTALL_DIR } from './install-dir.ts';
import type { UnixUser } from './unix-users.ts';

/**
 * What a Unix user can do to a file, from the file modes alone (D7): every folder on the way must
 * be searchable, then the owner, group or other bits decide. Writing also covers replacing: a user
 * who may write the folder can rename another file over it (unless the folder is sticky and the
 * user owns neither). Symbolic links are followed, so a link an agent makes buys it nothing the
 * target's modes refuse. POSIX ACLs and capabilities are not read: they can only add rights, so a
 * file this calls unreachable may still be reachable through an ACL (doctor says so).
 */
export type Access = 'read' | 'write';

function bits(st: Stats, user: UnixUser): number {
  if (st.uid === user.uid) return (st.mode >> 6) & 7;
  if (user.groups.includes(st.gid)) return (st.mode >> 3) & 7;
  return st.mode & 7;
}

function searchable(dir: string, user: UnixUser): boolean {
  const parts = dir.split('/').filter(Boolean);
  let at = '/';
  for (let i = 0; i <= parts.length; i++) {
    let st: Stats;
    try {
      st = statSync(at);
    } catch {
      return false;
    }
    if ((bits(st, user) & 1) === 0) return false;
    if (i < parts.length) at = join(at, parts[i]!);
  }
  return true;
}

export function canAccess(user: UnixUser, path: string, want: Access): boolean {
  if (user.uid === 0) return true;
  let real: string;
  let exists = true;
  try {
    real = realpathSync(path);
  } catch {
    exists = false;
    try {
      real = join(realpathSync(dirname(path)), basename(path));
    } catch {
      return false;
    }
  }
  const parent = dirname(real);
  if (!searchable(parent, user)) return false;
  const pst = statSync(parent);
  if (!exists) return want === 'write' && (bits(pst, user) & 2) !== 0;
  const st = statSync(real);
  if (want === 'read') return (bits(st, user) & 4) !== 0;
  if ((bits(st, user) & 2) !== 0) return true;
  // Replace by rename or unlink: a writable folder, unless sticky and the user owns neither.
  if (real === '/' || (bits(pst, user) & 2) === 0) return false;
  const sticky = (pst.mode & 0o1000) !== 0;
  return !sticky || pst.uid === user.uid || st.uid === user.uid;
}

export interface BoundaryFinding {
  /** `error`: the agent can change or read the gate's state (D7). */
  severity: 'error' | 'warning';
  message: string;
  hint: string;
}

/** A folder and everything in it (bounded: a control-plane folder is small). */
function tree(path: string, limit = 2_000): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (out.length >= limit) return;
    out.push(p);
    let st: Stats;
    try {
      st = lstatSync(p);
    } catch {
      return;
    }
    if (!st.isDirectory()) return;
    let names: string[];
    try {
      names = readdirSync(p);
    } catch {
      return;
    }
    for (const n of names) if (n !== 'node_modules' && n !== '.git') walk(join(p, n));
  };
  walk(path);
  return out;
}

export interface ControlPlaneFiles {
  /** Nobody but the service user may write these. */
  writeProtected: string[];
  /** Nobody but the service user may read these: the signing key, the store. */
  readProtected: string[];
}

/** The control-plane files of a config: config, policies, key, store, extra `control_plane.paths`, hook settings given. */
export function controlPlaneFiles(config: Config, hookSettings: readonly string[] = []): ControlPlaneFiles {
  const base = dirname(config.file);
  const key = join(base, 'portcullis-audit.key');
  const store = config.store.startsWith('sqlite:') ? config.store.slice('sqlite:'.length) : null;
  const secret = [key, ...(store ? [store, `${store}-wal`, `${store}-shm`] : [])];
  const extra = config.inventory.controlPlanePaths.filter((p) => p !== INSTALL_DIR);
  const writeProtected = [...new Set([config.file, base, ...config.policies.filter((p) => p !== 'default').flatMap((p) => tree(p)), ...secret, ...(store ? [dirname(store)] : []), ...extra.flatMap((p) => tree(p)), ...hookSettings])];
  return { writeProtected, readProtected: secret };
}

/**
 * D7 from the agent's side: every control-plane file its Unix user could write, and the key or store
 * it could read. The installation's own code (the hook runs it) is checked at its top level and its
 * `src` and `bin` folders, not file by file.
 */
export function boundaryFindings(agent: string, user: UnixUser, files: ControlPlaneFiles, service: UnixUser | null): BoundaryFinding[] {
  const out: BoundaryFinding[] = [];
  if (user.uid === 0) {
    return [{ severity: 'error', message: `agent ${agent} runs as root: no OS boundary is possible (root reads and writes every file, the key and the store included)`, hint: 'run the agent as its own unprivileged Unix user (useradd) and map it with `portcullis setup --system --agent-user AGENT=USER`' }];
  }
  if (service && user.uid === service.uid) {
    return [{ severity: 'error', message: `agent ${agent} runs as the service user ${service.name}, which owns the config, key and store: no OS boundary is possible`, hint: 'run the agent as its own Unix user' }];
  }
  for (const f of files.writeProtected) {
    if (canAccess(user, f, 'write')) out.push({ severity: 'error', message: `agent ${agent} (Unix user ${user.name}) can write control-plane path ${f}`, hint: 'make it owned by the service user and not writable by group or others (`portcullis setup --system` sets the modes)' });
  }
  for (const f of files.readProtected) {
    if (canAccess(user, f, 'read')) out.push({ severity: 'error', message: `agent ${agent} (Unix user ${user.name}) can read ${f}`, hint: 'the signing key and the store must be readable by the service user only (mode 0600, folder 0700)' });
  }
  for (const p of [INSTALL_DIR, join(INSTALL_DIR, 'src'), join(INSTALL_DIR, 'bin'), join(INSTALL_DIR, 'node_modules')]) {
    if (canAccess(user, p, 'write')) out.push({ severity: 'error', message: `agent ${agent} (Unix user ${user.name}) can write the Portcullis installation at ${p}`, hint: 'install Portcullis as root where agents can read but not write it (e.g. npm install -g as root)' });
  }
  return out;
}

/** Where Linux's Yama LSM says who may ptrace whom (absent: no Yama, classic ptrace rules). */
export const YAMA_PTRACE_SCOPE = '/proc/sys/kernel/yama/ptrace_scope';

/**
 * A12 and D7 against a debugger: `portcullis exec` and the command it starts run as the agent's own
 * Unix user, so under the classic rules (no Yama, or `ptrace_scope` 0) any process of that user may
 * attach to them and change what they run or read after approval. `scope` is the file's content,
 * or null when it is absent (the kernel's Yama documentation, Documentation/admin-guide/LSM/Yama.rst:
 * 0 classic, 1 restricted to descendants, 2 admin only, 3 no attach). The finding for 1 is a warning:
 * a process that itself started `exec` is its ancestor and may still attach.
 */
export function ptraceFinding(scope: string | null): BoundaryFinding | null {
  const fix = 'set `sysctl kernel.yama.ptrace_scope=1` (and `kernel.yama.ptrace_scope = 1` in /etc/sysctl.d/ to keep it; 2 allows only root to attach); a kernel without Yama needs CONFIG_SECURITY_YAMA';
  const value = scope?.trim();
  if (value === undefined || value === '0') {
    return {
      severity: 'error',
      message: `${value === undefined ? 'the kernel has no Yama ptrace restriction' : 'kernel.yama.ptrace_scope is 0'}: any process of an agent's Unix user may ptrace \`portcullis exec\` and the command it starts, and change what runs after approval (A12)`,
      hint: fix,
    };
  }
  if (value === '1') {
    return { severity: 'warning', message: 'kernel.yama.ptrace_scope is 1: a process of the agent\'s user that starts `portcullis exec` may still ptrace it (its descendant)', hint: 'set `sysctl kernel.yama.ptrace_scope=2` to allow only root to attach, where no debugging as the agent\'s user is needed' };
  }
  if (!/^[23]$/.test(value)) return { severity: 'error', message: `kernel.yama.ptrace_scope is \`${value}\`, which Portcullis cannot read`, hint: fix };
  return null;
}
