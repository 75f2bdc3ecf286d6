/**
 * The run folder as root keeps it (D7, A12; threat model, "Round 11: the root helper"). The root
 * socket helper acts on names in `<run-dir>`: it binds, `chown`s and renames each agent's socket in
 * `agents/`, and makes, empties, `chown`s and `chmod`s each agent's staging folder in `approved/`.
 * Whoever may write a folder on the way to those names may swap one for a link between root's check
 * and root's act, and so have root change a file of its choosing. So every folder on the way is
 * root's and writable by no one else (`whyReplaceable`), the helper makes `<run-dir>`, `agents/` and
 * `approved/` root's at start (`prepareRunFolder`), and what the service user does own (an agent's
 * staging folder and what is in it) root only changes through a descriptor it opened without
 * following a link, and empties name by name inside folders it holds open (`emptyFolder`).
 *
 * Node has no `openat`/`unlinkat`; `/proc/self/fd/N/name` is their equivalent here: the kernel
 * resolves `/proc/self/fd/N` to the open folder itself (proc(5)), whatever its name is now, and looks
 * `name` up in it; `lstat`, `unlink` and `rmdir` never follow a final link, and `open` with
 * `O_NOFOLLOW` refuses one. Linux only, as the daemon is. Node's builtins only: the helper loads
 * nothing else.
 */
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, rmdirSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

/** A folder opened without following a link in its last name (a link there: ELOOP; a file: ENOTDIR). */
const FOLDER_NOFOLLOW = constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW;
/** Staging folders are flat; a deeper tree is not ours to walk. */
const MAX_DEPTH = 16;

/** `name` inside the folder open as `fd`, as the `*at` system calls would look it up. */
const inFolder = (fd: number, name: string): string => `/proc/self/fd/${fd}/${name}`;

const code = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

export interface ReplaceableOptions {
  /** Names a uid in the answer (e.g. "the service user portcullis"). */
  who?: (uid: number) => string;
  /** Whether `path` itself may be a sticky folder writable by others (the caller makes what goes in it root's). */
  stickyLast?: boolean;
}

/**
 * Why a user other than root could replace `path` or a folder on the way to it (null: none can).
 * Every existing name from `/` down must be a real folder (no link: give the real path), owned by
 * root, and not writable by group or others, except a sticky folder (`/tmp`) above the last name,
 * where only the owner of an entry may rename it and the next name is root's. A name that does not
 * exist yet ends the walk: root makes it.
 */
export function whyReplaceable(path: string, options: ReplaceableOptions = {}): string | null {
  const who = options.who ?? ((uid: number) => `uid ${uid}`);
  const parts = path.split('/').filter((p) => p !== '');
  let at = '/';
  for (let i = 0; i <= parts.length; i++) {
    if (i > 0) at = join(at, parts[i - 1]!);
    let st: Stats;
    try {
      st = lstatSync(at);
    } catch (err) {
      if (code(err) === 'ENOENT') return null;
      return `\`${at}\` cannot be looked up (${code(err)})`;
    }
    if (st.isSymbolicLink()) return `\`${at}\` is a symbolic link: name the real folder`;
    if (!st.isDirectory()) return `\`${at}\` is not a folder`;
    if (st.uid !== 0) return `\`${at}\` belongs to ${who(st.uid)}, not root: its owner may rename what is in it and put a link there`;
    const last = i === parts.length && options.stickyLast !== true;
    const writable = st.mode & 0o022;
    if (writable !== 0 && (last || (st.mode & 0o1000) === 0)) return `\`${at}\` is writable by ${writable & 0o020 ? 'its group' : 'every user'}: they may rename what is in it and put a link there`;
  }
  return null;
}

/**
 * D7: why a user other than root could replace the config file root reads (null: none can). Root trusts
 * it for the user it drops to and the run folder it takes over, and checks its owner by `lstat` after
 * reading it by name; that is sound only where nobody but root can swap the name between the two: its
 * folder and every folder above it pass `whyReplaceable`, and the name itself is a regular file, not a
 * link (a link's target is checked nowhere).
 */
export function whyConfigReplaceable(file: string, options: ReplaceableOptions = {}): string | null {
  const folder = whyReplaceable(dirname(file), options);
  if (folder !== null) return folder;
  let st: Stats;
  try {
    st = lstatSync(file);
  } catch (err) {
    return `\`${file}\` cannot be looked up (${code(err)})`;
  }
  if (st.isSymbolicLink()) return `\`${file}\` is a symbolic link: name the real file`;
  if (!st.isFile()) return `\`${file}\` is not a regular file`;
  return null;
}

/** A test seam between a check and the act it guards (never set in production). */
export interface RaceHooks {
  /** Called after a name inside a folder was found to be a folder, before it is opened. */
  beforeOpen?: (path: string) => void;
}

/**
 * Removes everything in the folder open as `fd` (`where` names it in errors), name by name, never
 * following a link: a link is removed itself, a folder is opened with `O_NOFOLLOW`, checked to be the
 * one just looked at (device and inode), emptied the same way and removed. A name swapped for a link
 * between the look and the open is refused (ELOOP), never entered.
 */
export function emptyFolder(fd: number, where: string, hooks: RaceHooks = {}, depth = 0): void {
  for (const name of readdirSync(`/proc/self/fd/${fd}`)) {
    const at = inFolder(fd, name);
    const shown = join(where, name);
    const st = lstatSync(at);
    try {
      if (!st.isDirectory()) {
        unlinkSync(at);
        continue;
      }
      if (depth >= MAX_DEPTH) throw new Error(`more than ${MAX_DEPTH} folders deep`);
      hooks.beforeOpen?.(shown);
      const sub = openSync(at, FOLDER_NOFOLLOW);
      try {
        const now = fstatSync(sub);
        if (now.dev !== st.dev || now.ino !== st.ino) throw new Error('it was replaced while being removed');
        emptyFolder(sub, shown, hooks, depth + 1);
      } finally {
        closeSync(sub);
      }
      rmdirSync(at);
    } catch (err) {
      if ((err as Error).message.startsWith('cannot remove')) throw err;
      throw new Error(`cannot remove \`${shown}\` without following a link: ${code(err)}`, { cause: err });
    }
  }
}

/** Removes `name` in the folder open as `parent` (a link or file itself; a folder emptied as above). */
function removeEntry(parent: number, where: string, name: string, hooks: RaceHooks): void {
  const at = inFolder(parent, name);
  let st: Stats;
  try {
    st = lstatSync(at);
  } catch (err) {
    if (code(err) === 'ENOENT') return;
    throw err;
  }
  if (!st.isDirectory()) return unlinkSync(at);
  hooks.beforeOpen?.(join(where, name));
  const fd = openSync(at, FOLDER_NOFOLLOW);
  try {
    const now = fstatSync(fd);
    if (now.dev !== st.dev || now.ino !== st.ino) throw new Error(`\`${join(where, name)}\` was replaced while being removed`);
    emptyFolder(fd, join(where, name), hooks);
  } finally {
    closeSync(fd);
  }
  rmdirSync(at);
}

/**
 * `name` in the folder open as `parent`, made if missing, opened without following a link, then given
 * to `uid`:`gid` with `mode` through its descriptor, unless `refuse` names why not (it is given the
 * descriptor before anything changes). The caller closes the descriptor it gets.
 */
export function ownedFolder(parent: number | null, path: string, uid: number, gid: number, mode: number, refuse?: (fd: number) => string | null): number {
  const at = parent === null ? path : inFolder(parent, path.slice(path.lastIndexOf('/') + 1));
  try {
    mkdirSync(at, { mode: 0o700 });
  } catch (err) {
    if (code(err) !== 'EEXIST') throw new Error(`cannot make \`${path}\`: ${code(err)}`, { cause: err });
  }
  let fd: number;
  try {
    fd = openSync(at, FOLDER_NOFOLLOW);
  } catch (err) {
    throw new Error(`cannot open \`${path}\` as a folder without following a link: ${code(err)}`, { cause: err });
  }
  try {
    const foreign = refuse?.(fd) ?? null;
    if (foreign !== null) throw new Error(`\`${path}\` holds ${foreign}: it is not a Portcullis run folder; name an empty or new folder (e.g. /run/portcullis)`);
    fchownSync(fd, uid, gid);
    fchmodSync(fd, mode);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  return fd;
}

/**
 * What the folder open as `fd` holds beyond a run folder's own `agents` and `approved` (null: nothing).
 * SECURITY (round 11): `daemon.run_dir` comes from a config the service user owns; root makes that
 * folder its own and 0755 and removes `agents` and `approved` in it, so a folder holding anything else
 * (`/root`, `/etc`) is not taken for a run folder.
 */
export function foreignEntries(fd: number): string | null {
  const other = readdirSync(`/proc/self/fd/${fd}`).filter((n) => n !== 'agents' && n !== 'approved');
  return other.length === 0 ? null : other.slice(0, 3).map((n) => `\`${n}\``).join(', ') + (other.length > 3 ? ` and ${other.length - 3} more` : '');
}

/**
 * Run as root by the socket helper when it starts (before the daemon drops to the service user):
 * refuses a run folder some other user could replace; makes `<run-dir>` root's (0755), taking over
 * one an earlier version gave the service user; and makes `agents/` (root's, 0755: agents reach their
 * socket) and `approved/` (root's, 0711: agents reach their own folder and list none) afresh, removing
 * whatever was there (stale sockets and copies, or a link someone planted) without following a link.
 */
export function prepareRunFolder(runDir: string, hooks: RaceHooks = {}): { agents: string; approved: string } {
  // The folders above must be root's alone; the run folder itself is made root's below (an earlier
  // version gave it to the service user), then checked to be still the one its name names.
  const why = whyReplaceable(dirname(runDir), { stickyLast: true });
  if (why !== null) throw new Error(`the run folder \`${runDir}\` could be replaced by a user other than root: ${why}`);
  // Missing folders on the way are made root's, 0755, one by one (the walk above stopped at the first).
  const parts = runDir.split('/').filter((p) => p !== '');
  for (let i = 1; i < parts.length; i++) {
    const at = `/${parts.slice(0, i).join('/')}`;
    try {
      lstatSync(at);
    } catch {
      closeSync(ownedFolder(null, at, 0, 0, 0o755));
    }
  }
  const run = ownedFolder(null, runDir, 0, 0, 0o755, foreignEntries);
  try {
    // In a sticky parent (/tmp) its earlier owner could have swapped the name before the chown: the
    // name must lead to the folder now root's, which from now on only root may rename there.
    const named = lstatSync(runDir);
    const held = fstatSync(run);
    if (named.dev !== held.dev || named.ino !== held.ino) throw new Error(`\`${runDir}\` was replaced while it was made root's`);
    // INVARIANT (round 11): from here on only root can change a name in the run folder.
    for (const [name, mode] of [['agents', 0o755], ['approved', 0o711]] as const) {
      removeEntry(run, runDir, name, hooks);
      closeSync(ownedFolder(run, join(runDir, name), 0, 0, mode));
    }
  } finally {
    closeSync(run);
  }
  return { agents: join(runDir, 'agents'), approved: join(runDir, 'approved') };
}
