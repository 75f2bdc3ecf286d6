import { lstat, readdir, readFile, readlink, stat } from 'node:fs/promises';
import { lstatSync, readFileSync, readlinkSync, type BigIntStats } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PathResolver, ResolvedPath } from '../gateway/index.ts';

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
 */
function mountWatch(read: () => string = () => readFileSync(MOUNTINFO, 'utf8'), readAsync: () => Promise<string> = () => readFile(MOUNTINFO, 'utf8')) {
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

type Stat = BigIntStats;
type Looked = Stat | 'missing' | 'refused';

/**
 * Where paths lead, for one call. The walk goes name by name from `/`, the way the kernel walks a
 * path: each step is `lstat` of a name inside a folder already known to be real (no link in it), a
 * link is read and its target walked in its place, and a `..` is the parent of the real folder
 * reached so far (after a link, that is the target's parent, not the link's). Each distinct path is
 * looked up once per call: the names of one action mostly share their working directory.
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
  const looked = new Map<string, Looked | Promise<Looked>>();
  const links = new Map<string, string | null | Promise<string | null>>();
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
      r = lstat(p, { bigint: true }).then((st) => st as Looked, asLooked);
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
      r = readlink(p).catch(() => null);
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
  const namesOf = (p: string): string[] => p.split('/').filter((n) => n !== '' && n !== '.').reverse();

  /**
   * `p`'s real path: a link is followed (a dangling one to where its target would be); a name that
   * does not exist (yet) is its folder's real path plus the rest, as written. Null when the walk is
   * refused (permission), loops, or `p` is not absolute. `st` is the final file's own status, when it exists.
   */
  async function realOf(p: string): Promise<{ real: string; st?: Stat } | null> {
    if (!p.startsWith('/')) return null;
    const todo = namesOf(p);
    let dir = '/';
    let hops = 0;
    while (todo.length > 0) {
      const name = todo.pop()!;
      if (name === '..') {
        dir = dirname(dir);
        continue;
      }
      const at = dir === '/' ? `/${name}` : `${dir}/${name}`;
      const got = lookUp(at);
      const st = got instanceof Promise ? await got : got;
      if (st === 'refused') return null;
      // Not there (yet), or not a folder: the rest cannot be walked on disk, so it is taken as written.
      if (st === 'missing' || (todo.length > 0 && !st.isDirectory() && !st.isSymbolicLink())) return { real: join(at, ...todo.reverse()) };
      if (st.isSymbolicLink()) {
        if (++hops > MAX_HOPS) return null;
        const l = linkOf(at);
        const target = l instanceof Promise ? await l : l;
        if (target === null || target === '') return null;
        todo.push(...namesOf(target));
        if (target.startsWith('/')) dir = '/';
        continue;
      }
      if (todo.length === 0) return { real: at, st };
      dir = at;
    }
    return { real: dir };
  }
  return realOf;
}

export interface FsPathResolverOptions {
  /** The text of /proc/self/mountinfo (tests); by default the file itself. */
  mountinfo?: () => string;
  /** Lookups one call may make (default MAX_STEPS). */
  maxSteps?: number;
}

/**
 * `PathResolver` over the local filesystem (D8). `controlPlane()` lists the control-plane paths
 * (files and folders) whose files a hard link may share an inode with; it is read on each call that
 * needs it, so a store or key created later is seen.
 */
export function createFsPathResolver(controlPlane: () => readonly string[], options: FsPathResolverOptions = {}): PathResolver {
  const mounts = options.mountinfo ? mountWatch(options.mountinfo, async () => options.mountinfo!()) : mountWatch();

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

  return {
    async resolve(paths) {
      const realOf = walker(mounts(), options.maxSteps ?? MAX_STEPS);
      let known: Promise<Map<string, string>> | null = null;
      return Promise.all(
        paths.map(async (path): Promise<ResolvedPath> => {
          const found = await realOf(path);
          const r: ResolvedPath = { path, real: found?.real ?? null };
          // A hard link is a second name with no trace in either name: only the inode says so.
          const st = found?.st;
          if (st?.isFile() && st.nlink > 1n) {
            known ??= inodes();
            const same = (await known).get(`${st.dev}:${st.ino}`);
            if (same !== undefined && same !== found!.real) r.sameFileAs = same;
          }
          return r;
        }),
      );
    },
  };
}
