import { lstat, open, readdir, readFile, readlink, stat } from 'node:fs/promises';
import { closeSync, constants, lstatSync, openSync, readFileSync, readlinkSync, readSync, type BigIntStats } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { AgentFileRead, PathResolver, ProgramSearch, ResolvedPath } from '../gateway/index.ts';

/** Links followed on one path before it counts as a loop (Linux's own limit is 40). */
const MAX_HOPS = 40;
/** Files in control-plane folders compared by inode (a policies folder holds a handful). */
const MAX_CONTROL_FILES = 512;
/**
 * `lstat` and `readlink` calls one `resolve()` may make (each distinct path once). 256 named paths
 * of a dozen new folders each fit; a maze of links built to stall the gate does not, and is a deny.
 */
export const MAX_STEPS = 8192;
/** The mount table is read again (in the background) when it is older than this. */
const MOUNTS_FRESH_MS = 1_000;
const MOUNTINFO = '/proc/self/mountinfo';
/** A tool's configuration file larger than this is not read (round 12): unreadable, so fail closed. */
export const MAX_CONFIG_BYTES = 256 * 1024;
/** Names a folder read for `readAsAgent` lists (ssh's `Include dir/*`). */
const MAX_FOLDER_NAMES = 1024;

/**
 * Filesystems whose `lstat` and `readlink` the kernel answers from memory or a local disk, without
 * waiting on another process or machine. Anything else (NFS, SMB, 9p, virtiofs, FUSE of any kind,
 * autofs, a type not listed) may wait without bound, so paths on it are looked up off the event loop.
 */
const LOCAL_FS = new Set([
  'ext2', 'ext3', 'ext4', 'xfs', 'btrfs', 'zfs', 'f2fs', 'jfs', 'reiserfs', 'bcachefs', 'nilfs2', 'tmpfs', 'ramfs', 'overlay',
  'squashfs', 'erofs', 'iso9660', 'udf', 'vfat', 'msdos', 'exfat', 'ntfs3', 'hfs', 'hfsplus', 'proc', 'sysfs', 'devtmpfs',
  'devpts', 'mqueue', 'cgroup', 'cgroup2', 'securityfs', 'debugfs', 'tracefs', 'pstore', 'bpf', 'hugetlbfs', 'configfs',
  'efivarfs', 'fusectl', 'binfmt_misc', 'nsfs', 'selinuxfs',
]);

function codeOf(err: unknown): string | undefined {
  const c = (err as { code?: unknown })?.code;
  return typeof c === 'string' ? c : undefined;
}

/** A mount point as /proc/self/mountinfo writes it (space, tab, newline and `\` escaped in octal). */
function unescapeMount(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

/**
 * The mount points of /proc/self/mountinfo where a lookup may wait on something outside the kernel:
 * every mount whose type is not in LOCAL_FS. Null when the text cannot be read as a mount table
 * (then every lookup is treated as one that may wait).
 */
export function waitingMounts(mountinfo: string): string[] | null {
  const out: string[] = [];
  let seen = 0;
  for (const line of mountinfo.split('\n')) {
    if (line === '') continue;
    // id parent major:minor root mount-point options [optional fields...] - type source super-options
    const f = line.split(' ');
    const sep = f.indexOf('-', 6);
    if (f.length < 7 || sep < 0 || sep + 1 >= f.length) return null;
    seen++;
    if (!LOCAL_FS.has(f[sep + 1]!)) out.push(unescapeMount(f[4]!));
  }
  return seen > 0 ? out : null;
}

/** Whether `path` (absolute, no links) or a folder above it is one of `mounts` (a lookup there may wait). */
export function onWaitingMount(path: string, mounts: readonly string[] | null): boolean {
  if (mounts === null) return true;
  for (const m of mounts) if (m === '/' || path === m || path.startsWith(`${m}/`)) return true;
  return false;
}

/**
 * The current list of waiting mounts (see `waitingMounts`), read once when first needed and then in
 * the background whenever it is older than MOUNTS_FRESH_MS; `read` and `readAsync` are for tests.
 * Also used by the input reader (A12), which reads synchronously only when no mount may wait.
 */
export function mountWatch(read: () => string = () => readFileSync(MOUNTINFO, 'utf8'), readAsync: () => Promise<string> = () => readFile(MOUNTINFO, 'utf8')) {
  let mounts: string[] | null | undefined;
  let at = 0;
  let refreshing = false;
  return (): string[] | null => {
    if (mounts === undefined) {
      try {
        mounts = waitingMounts(read());
      } catch {
        mounts = null;
      }
      at = performance.now();
    } else if (!refreshing && performance.now() - at > MOUNTS_FRESH_MS) {
      refreshing = true;
      readAsync().then(
        (text) => (mounts = waitingMounts(text)),
        () => (mounts = null),
      ).finally(() => {
        at = performance.now();
        refreshing = false;
      });
    }
    return mounts;
  };
}

let systemMounts: (() => string[] | null) | undefined;
/** The process's one watch of /proc/self/mountinfo, shared by the path resolver and the input reader. */
export function systemMountWatch(): () => string[] | null {
  return (systemMounts ??= mountWatch());
}

type Stat = BigIntStats;
type Looked = Stat | 'missing' | 'refused';

/** Where a walk ended: `real`, and whether it is an existing folder the walk can go on from. */
interface Walked {
  real: string;
  /** The final file's own status, when it exists. */
  st?: Stat;
  dir: boolean;
  hops: number;
}

/** A walk that has to wait for a lookup: where it stopped, to go on from once `wait` settles. */
interface Paused {
  wait: Promise<unknown>;
  todo: string[];
  dir: string;
  hops: number;
}

/**
 * Where paths lead, for one call. The walk goes name by name from `/`, the way the kernel walks a
 * path: each step is `lstat` of a name inside a folder already known to be real (no link in it), a
 * link is read and its target walked in its place, and a `..` is the parent of the real folder
 * reached so far (after a link, that is the target's parent, not the link's). Each distinct path is
 * looked up once per call, and the folder a path names its file in is walked once per call: the
 * names of one action mostly share their working directory. A walk that needs no waiting lookup
 * ends within the call, with no promise per path (those cost more than the lookups themselves).
 *
 * SECURITY (D8, F8): a lookup on a local filesystem is made synchronously (about 2 µs, against some
 * 40 µs for a round trip through libuv's thread pool, which made D8 cost more than all the rest of
 * a decision); a lookup on or under a mount that may wait (network, FUSE, autofs, unknown type: see
 * LOCAL_FS) goes through the thread pool, so the gateway's deadline still ends the request. Why the
 * synchronous lookups are bounded:
 * - the walk only ever asks for a name inside a real folder, so the path the kernel walks is exactly
 *   the one checked against the mount table: no link can carry a synchronous lookup onto a network
 *   or FUSE mount (the link is read, and its target checked, before anything is looked up through it);
 * - the mount table is read again within MOUNTS_FRESH_MS. A mount made since then is not in it: only
 *   root mounts network filesystems, and a FUSE mount made by an unprivileged user (the agent) answers
 *   any other user (the decision service, D7) EACCES without asking its daemon unless root allowed
 *   `user_allow_other`; where the agent runs as the service's own user it can stop the service
 *   outright, so D7 is the wall there anyway;
 * - a local disk that stops answering stalls the SQLite store the same way (it writes synchronously
 *   on this thread at every decision);
 * - one call makes at most MAX_STEPS lookups (a maze of links is a deny, not a stall), and nothing is
 *   kept from one call to the next: a link made just before a call is seen by that call.
 */
function walker(mounts: readonly string[] | null, maxSteps: number) {
  // Each distinct path is looked up once per call; an answer that had to wait replaces its promise.
  const looked = new Map<string, Looked | Promise<Looked>>();
  const links = new Map<string, string | null | Promise<string | null>>();
  const folders = new Map<string, Walked | null | Promise<Walked | null>>();
  let steps = 0;
  const step = () => {
    if (++steps > maxSteps) throw new Error(`the action's paths need more than ${maxSteps} lookups to resolve (links within links?); denied`);
  };
  const asLooked = (err: unknown): Looked => {
    const code = codeOf(err);
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'refused';
  };

  function lookUp(p: string): Looked | Promise<Looked> {
    let r = looked.get(p);
    if (r !== undefined) return r;
    step();
    if (onWaitingMount(p, mounts)) {
      r = lstat(p, { bigint: true }).then((st) => st as Looked, asLooked).then((v) => (looked.set(p, v), v));
    } else {
      try {
        r = lstatSync(p, { bigint: true, throwIfNoEntry: false }) ?? 'missing';
      } catch (err) {
        r = asLooked(err);
      }
    }
    looked.set(p, r);
    return r;
  }

  function linkOf(p: string): string | null | Promise<string | null> {
    let r = links.get(p);
    if (r !== undefined) return r;
    step();
    if (onWaitingMount(p, mounts)) {
      r = readlink(p).catch(() => null).then((v) => (links.set(p, v), v));
    } else {
      try {
        r = readlinkSync(p);
      } catch {
        r = null;
      }
    }
    links.set(p, r);
    return r;
  }

  /** The names still to walk, last first (so `pop()` takes the next one); `.` and empty names dropped. */
  const namesOf = (p: string): string[] => {
    const out: string[] = [];
    let end = p.length;
    for (let i = p.length - 1; i >= -1; i--) {
      if (i >= 0 && p.charCodeAt(i) !== 47) continue;
      const n = p.slice(i + 1, end);
      if (n !== '' && n !== '.') out.push(n);
      end = i;
    }
    return out;
  };

  /**
   * Walks `todo` (last first) from the real folder `dir`: a link is followed (a dangling one to
   * where its target would be); a name that does not exist (yet), or a name under a file, is taken
   * as written from there. Null when the walk is refused (permission) or loops. A lookup that has
   * to wait pauses the walk before the name it needs; it is walked again from there once answered.
   */
  function walk(todo: string[], dir: string, hops: number): Walked | null | Paused {
    while (todo.length > 0) {
      const name = todo.pop()!;
      if (name === '..') {
        dir = dirname(dir);
        continue;
      }
      const at = dir === '/' ? `/${name}` : `${dir}/${name}`;
      const st = lookUp(at);
      if (st instanceof Promise) return { wait: st, todo: [...todo, name], dir, hops };
      if (st === 'refused') return null;
      // Not there (yet), or not a folder: the rest cannot be walked on disk, so it is taken as written.
      if (st === 'missing' || (todo.length > 0 && !st.isDirectory() && !st.isSymbolicLink())) return { real: todo.length === 0 ? at : join(at, ...todo.reverse()), dir: false, hops };
      if (st.isSymbolicLink()) {
        if (hops >= MAX_HOPS) return null;
        const target = linkOf(at);
        if (target instanceof Promise) return { wait: target, todo: [...todo, name], dir, hops };
        if (target === null || target === '') return null;
        hops++;
        todo.push(...namesOf(target));
        if (target.startsWith('/')) dir = '/';
        continue;
      }
      if (todo.length === 0) return { real: at, st, dir: st.isDirectory(), hops };
      dir = at;
    }
    return { real: dir, dir: true, hops };
  }

  /** A walk to its end: at once when nothing had to wait (the common case), else a promise. */
  function settle(w: Walked | null | Paused): Walked | null | Promise<Walked | null> {
    if (w === null || !('wait' in w)) return w;
    return w.wait.then(() => settle(walk(w.todo, w.dir, w.hops)));
  }

  const inFolder = (at: Walked | null, name: string): Walked | null | Promise<Walked | null> => {
    if (at === null) return null;
    // `name` is one plain name and `at.real` is absolute and normal: nothing for `join` to fold.
    if (!at.dir) return { real: at.real === '/' ? `/${name}` : `${at.real}/${name}`, dir: false, hops: at.hops };
    return settle(walk([name], at.real, at.hops));
  };

  /**
   * `p`'s real path (see `walk`). The folder a path names its file in is walked once per call and
   * shared: walking `D/name` is walking `D`, then `name` from where that ended. Null when the walk
   * is refused, loops, or `p` is not absolute.
   */
  function realOf(p: string): Walked | null | Promise<Walked | null> {
    if (!p.startsWith('/')) return null;
    const cut = p.lastIndexOf('/');
    const name = p.slice(cut + 1);
    if (cut === 0 || name === '' || name === '.' || name === '..') return settle(walk(namesOf(p), '/', 0));
    const folder = p.slice(0, cut);
    let f = folders.get(folder);
    if (f === undefined) {
      f = settle(walk(namesOf(folder), '/', 0));
      folders.set(folder, f);
      if (f instanceof Promise) void f.then((v) => folders.set(folder, v), () => undefined);
    }
    return f instanceof Promise ? f.then((at) => inFolder(at, name)) : inFolder(f, name);
  }

  return { realOf, lookUp, looked };
}

/**
 * Who may change a file, for `whyChangeable`: a Unix user's ids, and the kernel's own answer where
 * this process is that user (`access(2)` also sees ACLs, which the modes alone do not show).
 */
export interface Changer {
  uid: number;
  /** Every group id, the primary one included. */
  groups: readonly number[];
  /** Whether the user may write `path` (a real path); by default read from its mode bits. */
  mayWrite?: (path: string) => boolean;
  /** Whether the user may execute `path` (a real path, a regular file); by default read from its mode bits. */
  mayExecute?: (path: string) => boolean;
}

/** The three mode bits (read 4, write 2, execute 1) that apply to `who`: the owner's, the group's or the others'. */
function classBits(st: { mode: number | bigint; uid: number | bigint; gid: number | bigint }, who: Changer): number {
  const mode = Number(st.mode);
  return (Number(st.uid) === who.uid ? mode >> 6 : who.groups.includes(Number(st.gid)) ? mode >> 3 : mode) & 7;
}

/** Whether `st` (a regular file) has the execute bit for `who`'s class (owner, group, others). */
const executeBit = (st: Stat, who: Changer): boolean => (classBits(st, who) & 1) !== 0;
/** Whether `st` has the read bit for `who`'s class. */
const readBit = (st: { mode: number | bigint; uid: number | bigint; gid: number | bigint }, who: Changer): boolean => (classBits(st, who) & 4) !== 0;
const writeBit = (st: Stat, who: Changer): boolean => (classBits(st, who) & 2) !== 0;

/**
 * Why `who` could change the file the walk of one path reached (null: it cannot), from every entry the
 * walk looked up: the kernel walks exactly these names (each a name in a real folder, links' own
 * names and the folders their targets pass through included), so the file that runs is changeable
 * exactly when one of them is. An entry is changeable when the user owns it (then it may chmod it;
 * a link's own owner matters only in a sticky folder), or may write the folder holding it (then it
 * may replace it, unless that folder is sticky and the user owns neither: /tmp), or, for a name that
 * does not exist, may create it there. The file itself is changeable when the user may write it.
 */
function changeableFromWalk(looked: ReadonlyMap<string, Looked | Promise<Looked>>, end: Walked | null, who: Changer, missingCounts = true): string | null {
  if (end === null) return 'its path cannot be walked (no permission, or links that loop)';
  // SECURITY (D8): `/proc/self`, `/proc/thread-self` and `/dev/fd` (a link to `/proc/self/fd`) name the process
  // that follows them (proc(5)): walked here they are this process's folders, run by the agent its own. Any
  // name in /proc is judged the agent's: no program lives there.
  const names = [...looked.keys()];
  const proc = names.find((at) => at.startsWith('/proc/')) ?? names.find((at) => at === '/proc');
  if (proc !== undefined) return `its path goes through \`${proc}\`, which names the process that follows it, not the file the agent's command runs`;
  const may = (p: string, st: Stat) => (who.mayWrite ? who.mayWrite(p) : writeBit(st, who));
  // The file first, then the names on the way to it from the nearest up: the reason given is the closest one.
  if (end.st !== undefined && Number(end.st.uid) === who.uid) return `this user owns \`${end.real}\``;
  if (end.st !== undefined && may(end.real, end.st)) return `this user may write \`${end.real}\``;
  for (const [at, st] of [...looked].reverse()) {
    if (st instanceof Promise || st === 'refused') return `\`${at}\` cannot be looked up`;
    if (at === '/') continue;
    const dir = dirname(at);
    const ds = looked.get(dir);
    if (ds === undefined || ds instanceof Promise || typeof ds === 'string') return `\`${dir}\` cannot be looked up`;
    if (st === 'missing') {
      if (may(dir, ds)) return `this user may create \`${at}\``;
      continue;
    }
    if (!st.isSymbolicLink() && Number(st.uid) === who.uid) return `this user owns \`${at}\``;
    const sticky = (Number(ds.mode) & 0o1000) !== 0;
    if (may(dir, ds) && (!sticky || Number(ds.uid) === who.uid || Number(st.uid) === who.uid)) return `this user may write \`${dir}\`, and so replace \`${at}\``;
  }
  return end.st === undefined && missingCounts ? `\`${end.real}\` does not exist (yet): the action may create it` : null;
}

/** The file `path` (absolute) leads to, and why `who` could change it (see `changeableFromWalk`). */
function changeableWalk(path: string, who: Changer, mounts: readonly string[] | null, maxSteps: number, missingCounts = true): { real: string | null; why: string | null } | Promise<{ real: string | null; why: string | null }> {
  const w = walker(mounts, maxSteps);
  const root = w.lookUp('/');
  const end = w.realOf(path);
  const answer = (at: Walked | null) => ({ real: at?.real ?? null, why: changeableFromWalk(w.looked, at, who, missingCounts) });
  if (root instanceof Promise || end instanceof Promise) return Promise.all([root, end]).then(([, at]) => answer(at));
  return answer(end);
}

/**
 * D8, the one reader of "can this Unix user change the program that runs at `path`" (absolute), for
 * `portcullis exec` as the agent's own user and the gateway's resolver for the agent's Unix user. Looks
 * up everything synchronously (exec waits for its own filesystem). The real path, and why the user
 * could change the file (null: it cannot).
 */
export function whyChangeable(path: string, who: Changer): { real: string | null; why: string | null } {
  const r = changeableWalk(path, who, [], MAX_STEPS);
  if (r instanceof Promise) throw new Error('unreachable: a walk with no waiting mounts waited');
  return r;
}

/** Where a bare program name leads on a search list (D8). */
export interface OnPath {
  /** The first file of that name the user may execute, as the search list spells it; null when there is none. */
  at: string | null;
  /** Its real path. */
  real: string | null;
  /**
   * Why the user could change what the name runs (null: it cannot): the file itself, a folder above it or a link
   * on the way, or (when `earlier` is asked) a folder searched before it where the user could put a file of that name.
   */
  why: string | null;
}

type Maybe<T> = T | Promise<T>;
const andThen = <T, U>(v: Maybe<T>, f: (t: T) => Maybe<U>): Maybe<U> => (v instanceof Promise ? v.then(f) : f(v));

/**
 * The file a bare name runs on `searchPath` (the first regular file of that name `who` may execute, the way
 * execvp and the shell search: an empty entry is the working folder, a relative one is taken from it), walked
 * as `changeableWalk` walks a path. With `earlier`, a folder searched before that file (or anywhere, when the
 * name is found nowhere) counts too when the user could put a file of that name there: the shell would run
 * that one instead. A folder that cannot be walked is such a folder (fail closed), and so is a relative
 * folder when the working folder is not known.
 */
function onPathWalk(name: string, searchPath: string, cwd: string | undefined, who: Changer, mounts: readonly string[] | null, maxSteps: number, earlier: boolean): Maybe<OnPath> {
  const entries = searchPath.split(':');
  const none: OnPath = { at: null, real: null, why: null };
  const from = (i: number): Maybe<OnPath> => {
    if (i >= entries.length) return none;
    const entry = entries[i]!;
    if (!entry.startsWith('/') && cwd === undefined) {
      return earlier ? { ...none, why: `PATH holds \`${entry === '' ? '(an empty entry)' : entry}\`, a folder relative to a working folder that is not known` } : from(i + 1);
    }
    const dir = posix.resolve(cwd ?? '/', entry === '' ? '.' : entry);
    const file = posix.join(dir, name);
    const w = walker(mounts, maxSteps);
    return andThen(w.lookUp('/'), () =>
      andThen(w.realOf(file), (end): Maybe<OnPath> => {
        const runs = end?.st?.isFile() === true && (who.mayExecute ? who.mayExecute(end.real) : executeBit(end.st!, who));
        if (runs) return { at: file, real: end!.real, why: changeableFromWalk(w.looked, end, who) };
        const could = earlier ? changeableFromWalk(w.looked, end, who, false) : null;
        if (could !== null) return { ...none, why: `PATH searches \`${dir}\` before where \`${name}\` is now, and ${could}` };
        return from(i + 1);
      }),
    );
  };
  return from(0);
}

/**
 * D8 for `portcullis exec` (as the agent's own user): the file a bare name starts on `searchPath`, found as the
 * gateway finds it. Synchronous (exec waits for its own filesystem); folders before the file are not judged,
 * since exec starts the very file found.
 */
export function programOnPath(name: string, searchPath: string, cwd: string, who: Changer): OnPath {
  const r = onPathWalk(name, searchPath, cwd, who, [], MAX_STEPS, false);
  if (r instanceof Promise) throw new Error('unreachable: a walk with no waiting mounts waited');
  return r;
}

export interface FsPathResolverOptions {
  /** The text of /proc/self/mountinfo (tests); by default the file itself. */
  mountinfo?: () => string;
  /** Lookups one call may make (default MAX_STEPS). */
  maxSteps?: number;
  /**
   * D8: the Unix user an agent runs as, for `changeable`: undefined when the agent has none here (a
   * local install: its path-named programs are trusted by their names, as the classifier alone does),
   * a promise of null when it has one that cannot be looked up (then every such program is its own).
   */
  agentUser?: (agentId: string) => Promise<(Changer & { home?: string | null }) | null> | undefined;
}

/**
 * `PathResolver` over the local filesystem (D8). `controlPlane()` lists the control-plane paths
 * (files and folders) whose files a hard link may share an inode with; it is read on each call that
 * needs it, so a store or key created later is seen.
 */
export function createFsPathResolver(controlPlane: () => readonly string[], options: FsPathResolverOptions = {}): PathResolver {
  const mounts = options.mountinfo ? mountWatch(options.mountinfo, async () => options.mountinfo!()) : systemMountWatch();

  async function inodes(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const add = async (p: string) => {
      if (out.size >= MAX_CONTROL_FILES) return;
      const st = await stat(p, { bigint: true }).catch(() => null);
      if (st?.isFile()) out.set(`${st.dev}:${st.ino}`, p);
      else if (st?.isDirectory()) {
        const entries = await readdir(p, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
          if (out.size >= MAX_CONTROL_FILES) return;
          if (!e.isFile()) continue;
          const f = join(p, e.name);
          const fs = await stat(f, { bigint: true }).catch(() => null);
          if (fs?.isFile()) out.set(`${fs.dev}:${fs.ino}`, f);
        }
      }
    };
    for (const p of controlPlane()) await add(p);
    return out;
  }

  /** `sameFileAs` for a path that exists as a file with other names (a hard link is only seen by its inode). */
  async function withLinks(paths: readonly string[], found: ReadonlyArray<Walked | null>): Promise<ResolvedPath[]> {
    const known = await inodes();
    return paths.map((path, i) => {
      const f = found[i] ?? null;
      const r: ResolvedPath = { path, real: f?.real ?? null };
      const st = f?.st;
      if (st?.isFile() && st.nlink > 1n) {
        const same = known.get(`${st.dev}:${st.ino}`);
        if (same !== undefined && same !== f!.real) r.sameFileAs = same;
      }
      return r;
    });
  }

  function answer(paths: readonly string[], found: ReadonlyArray<Walked | null>): ResolvedPath[] | Promise<ResolvedPath[]> {
    if (found.some((f) => f?.st?.isFile() && f.st.nlink > 1n)) return withLinks(paths, found);
    return paths.map((path, i) => ({ path, real: found[i]?.real ?? null }));
  }

  async function changeable(agentId: string, programs: readonly string[], where: ProgramSearch = {}): Promise<Array<string | null> | undefined> {
    const user = options.agentUser?.(agentId);
    if (user === undefined) return undefined;
    const who = await user;
    // SECURITY (F1): a user we cannot look up could change anything.
    if (who === null) return programs.map(() => 'the agent\'s Unix user cannot be looked up');
    const maxSteps = options.maxSteps ?? MAX_STEPS;
    const at = mounts();
    // SECURITY (D8, round 12): a script runs its `#!` interpreter, which must be as unchangeable as the script (exec
    // checks the same); `#!/usr/bin/env tool` finds the tool on the session's PATH. Linux nests at most 4 deep.
    const interpreter = async (real: string | null, depth: number): Promise<string | null> => {
      const line = real === null ? null : await readShebang(real);
      if (typeof line === 'string') return line;
      if (line === null) return null;
      if (depth >= 4) return 'its `#!` interpreters nest too deep to check';
      const [interp, ...rest] = line;
      const runs: Array<{ named: string; r: { real: string | null; why: string | null } }> = [];
      // the kernel takes an interpreter without a slash from the working folder, not from PATH
      if (!interp!.startsWith('/') && where.cwd === undefined) return `its \`#!\` interpreter \`${interp}\` is relative to a working folder that is not known`;
      runs.push({ named: interp!, r: await changeableWalk(posix.resolve(where.cwd ?? '/', interp!), who, at, maxSteps, true) });
      if (/(^|\/)env$/.test(interp!)) {
        const tool = rest.find((w) => !w.startsWith('-') && !w.includes('='));
        if (tool === undefined) return `its \`#!${line.join(' ')}\` line names no program Portcullis can check`;
        // no PATH sent: the name is trusted, as a bare name is
        if (where.searchPath !== undefined) runs.push({ named: tool, r: await onPathWalk(tool, where.searchPath, where.cwd, who, at, maxSteps, true) });
      }
      for (const { named, r } of runs) {
        const why = r.why ?? (await interpreter(r.real, depth + 1));
        if (why !== null) return `it runs \`${r.real ?? named}\` by its \`#!\` line, and ${why}`;
      }
      return null;
    };
    const one = async (p: string): Promise<string | null> => {
      if (p.startsWith('?') || (!p.startsWith('/') && p.includes('/'))) return 'where it lives is not fixed in the action (its folder or the working folder is computed)';
      // A bare name: the file the session's PATH runs. No PATH sent (an SDK or HTTP caller, which runs the command
      // itself with a PATH the gate cannot see): the name is trusted, as the classifier alone trusts it.
      const r = p.startsWith('/') ? await changeableWalk(p, who, at, maxSteps, where.missingCounts !== false) : where.searchPath === undefined ? null : await onPathWalk(p, where.searchPath, where.cwd, who, at, maxSteps, true);
      if (r === null) return null;
      return r.why ?? (await interpreter(r.real, 0));
    };
    return Promise.all(programs.map(one));
  }

  /** One file or folder as the agent's user reaches it: what it holds, and why that user could change it. */
  async function readOne(p: string, who: Changer, at: readonly string[] | null, maxSteps: number): Promise<AgentFileRead> {
    if (!p.startsWith('/')) return { kind: 'unreadable', message: 'its path is not absolute', why: 'its path is relative to a folder that is not known' };
    const { real, why } = await changeableWalk(p, who, at, maxSteps, false);
    if (real === null) return { kind: 'unreadable', message: 'its path cannot be walked (no permission, or links that loop)', why: why ?? 'its path cannot be walked' };
    try {
      // SECURITY (F8): opened without blocking and judged by the open file's own status, so a FIFO swapped in after the
      // walk cannot hold a thread of the pool; at most MAX_CONFIG_BYTES + 1 bytes are read.
      const fh = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        const st = await fh.stat();
        if (st.isDirectory()) {
          // SECURITY (D8): a listing cut short could leave out the file a pattern names (`~/.psqlrc-*`): refused whole
          const names = await readdir(real);
          return names.length > MAX_FOLDER_NAMES ? { kind: 'unreadable', message: `it is a folder of more than ${MAX_FOLDER_NAMES} names`, why } : { kind: 'folder', names: names.sort(), why };
        }
        if (!st.isFile()) return { kind: 'unreadable', message: 'it is not a regular file', why };
        // SECURITY (D8): only what the agent's own user may read is read for it. A link from the agent's folder to a
        // file only the decision service may read (its key, its store) must not put that file's text in a refusal.
        if (!readBit(st, who)) return { kind: 'unreadable', message: 'the agent\'s Unix user may not read it', why };
        // Sized by the file's status (a config is a few hundred bytes; a zeroed 256 KiB buffer a read was most of a
        // decision's cost), grown while the file grows under the read, never past the bound.
        let buf = Buffer.allocUnsafe(Math.min(Number(st.size), MAX_CONFIG_BYTES) + 1);
        let n = 0;
        for (;;) {
          if (n === buf.length) buf = Buffer.concat([buf, Buffer.allocUnsafe(Math.min(buf.length, MAX_CONFIG_BYTES + 1 - buf.length))]);
          const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
          if (bytesRead === 0) break;
          n += bytesRead;
          if (n > MAX_CONFIG_BYTES) return { kind: 'unreadable', message: `it is larger than ${MAX_CONFIG_BYTES} bytes`, why };
        }
        return { kind: 'file', text: buf.subarray(0, n).toString('utf8'), why };
      } finally {
        await fh.close();
      }
    } catch (err) {
      const code = codeOf(err);
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      return { kind: 'unreadable', message: code === 'EACCES' || code === 'EPERM' ? 'the decision service may not read it' : `it cannot be read (${code ?? 'error'})`, why };
    }
  }

  async function readAsAgent(agentId: string, paths: readonly string[]): Promise<AgentFileRead[] | undefined> {
    const user = options.agentUser?.(agentId);
    if (user === undefined) return undefined;
    const who = await user;
    // SECURITY (F1): a user we cannot look up could change anything.
    if (who === null) return paths.map(() => ({ kind: 'unreadable', message: 'the agent\'s Unix user cannot be looked up', why: 'the agent\'s Unix user cannot be looked up' }));
    const at = mounts();
    return Promise.all(paths.map((p) => readOne(p, who, at, options.maxSteps ?? MAX_STEPS)));
  }

  async function agentHome(agentId: string): Promise<string | null | undefined> {
    const user = options.agentUser?.(agentId);
    if (user === undefined) return undefined;
    return (await user)?.home ?? null;
  }

  return {
    changeable,
    readAsAgent,
    agentHome,
    resolve(paths) {
      try {
        const { realOf } = walker(mounts(), options.maxSteps ?? MAX_STEPS);
        const found = paths.map(realOf);
        // Every lookup local (the common case): answered without a promise per path.
        if (!found.some((f) => f instanceof Promise)) return Promise.resolve(answer(paths, found as Array<Walked | null>));
        return Promise.all(found).then((all) => answer(paths, all));
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
}

/** The words of a file's `#!` line (interpreter first; a bounded 256-byte read), or null when it has none or cannot be read. */
export function shebang(file: string): string[] | null {
  const buf = Buffer.alloc(SHEBANG_BYTES);
  let n: number;
  try {
    const fd = openSync(file, 'r');
    try {
      n = readSync(fd, buf, 0, buf.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not readable by this user: the kernel can still start a binary; a script's interpreter could not read it.
    return null;
  }
  return shebangWords(buf.subarray(0, n));
}

/**
 * `shebang` for the daemon, which must not block its event loop or a thread of its pool on a file's read: the same
 * bounded read and answer, opened without blocking and judged by the open file's own status. What it cannot read is a
 * reason (SECURITY, F1/D8: a script whose `#!` line the decision service cannot see runs an interpreter nobody judged).
 */
async function readShebang(file: string): Promise<string[] | null | string> {
  const buf = Buffer.alloc(SHEBANG_BYTES);
  let fh;
  try {
    fh = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    // nothing there (or a file where a folder should be): the command fails to start, nothing runs
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : unreadableFirstLine(err);
  }
  try {
    const st = await fh.stat();
    // a folder cannot be run; a FIFO, socket or device is not a program anyone can judge
    if (st.isDirectory()) return null;
    if (!st.isFile()) return 'it is not a regular file, so what it runs cannot be checked';
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return shebangWords(buf.subarray(0, bytesRead));
  } catch (err) {
    return unreadableFirstLine(err);
  } finally {
    await fh.close();
  }
}

const unreadableFirstLine = (err: unknown) => `its first line cannot be read by the decision service (${(err as NodeJS.ErrnoException).code ?? 'error'}), so its \`#!\` interpreter cannot be checked`;

const SHEBANG_BYTES = 256;

function shebangWords(head: Buffer): string[] | null {
  const text = head.toString('latin1');
  if (!text.startsWith('#!')) return null;
  const words = text.slice(2).split('\n')[0]!.trim().split(/[ \t]+/).filter((w) => w !== '');
  return words.length > 0 ? words : null;
}
