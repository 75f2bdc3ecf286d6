import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PathResolver, ResolvedPath } from '../gateway/index.ts';

/** Links followed on one path before it counts as a loop (Linux's own limit is 40). */
const MAX_HOPS = 40;
/** Files in control-plane folders compared by inode (a policies folder holds a handful). */
const MAX_CONTROL_FILES = 512;

function codeOf(err: unknown): string | undefined {
  const c = (err as { code?: unknown })?.code;
  return typeof c === 'string' ? c : undefined;
}

type Stat = BigIntStats;

/**
 * Where paths lead, for one call: each path costs one `lstat` (plus `readlink` for a link); the real
 * paths of the folders above are looked up once and shared (an action's words mostly sit in the
 * same working directory). The kernel walks each name, so a `..` after a link goes where it goes.
 */
function walker() {
  const dirs = new Map<string, Promise<string | null>>();
  const realDir = (d: string): Promise<string | null> => {
    let p = dirs.get(d);
    if (!p) {
      p = realOf(d, 0).then((r) => r?.real ?? null);
      dirs.set(d, p);
    }
    return p;
  };
  /**
   * `p`'s real path: a link is followed (a dangling one to where its target would be); a name that
   * does not exist (yet) is its folder's real path plus the name. Null when the walk is refused
   * (permission) or loops. `st` is the final file's own status, when it exists.
   */
  async function realOf(p: string, hops: number): Promise<{ real: string; st?: Stat } | null> {
    if (p === '/') return { real: '/' };
    let st: Stat;
    try {
      st = await lstat(p, { bigint: true });
    } catch (err) {
      const code = codeOf(err);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return null;
      const parent = await realDir(dirname(p));
      return parent === null ? null : { real: join(parent, basename(p)) };
    }
    if (st.isSymbolicLink()) {
      if (hops >= MAX_HOPS) return null;
      const target = await readlink(p).catch(() => null);
      if (target === null) return null;
      if (target.startsWith('/')) return realOf(target, hops + 1);
      const base = await realDir(dirname(p));
      return base === null ? null : realOf(`${base}/${target}`, hops + 1);
    }
    const parent = await realDir(dirname(p));
    return parent === null ? null : { real: join(parent, basename(p)), st };
  }
  return realOf;
}

/**
 * `PathResolver` over the local filesystem (D8). `controlPlane()` lists the control-plane paths
 * (files and folders) whose files a hard link may share an inode with; it is read on each call that
 * needs it, so a store or key created later is seen.
 */
export function createFsPathResolver(controlPlane: () => readonly string[]): PathResolver {
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
      const realOf = walker();
      let known: Promise<Map<string, string>> | null = null;
      return Promise.all(
        paths.map(async (path): Promise<ResolvedPath> => {
          const found = await realOf(path, 0);
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
