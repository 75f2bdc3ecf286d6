import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { PathResolver, ResolvedPath } from '../gateway/index.ts';

/** Links followed on one path before it counts as a loop (Linux's own limit is 40). */
const MAX_HOPS = 40;
/** Files in control-plane folders compared by inode (a policies folder holds a handful). */
const MAX_CONTROL_FILES = 512;

function codeOf(err: unknown): string | undefined {
  const c = (err as { code?: unknown })?.code;
  return typeof c === 'string' ? c : undefined;
}

/**
 * Where `p` leads: `realpath` when it exists; otherwise a dangling link's target, or the real path
 * of the deepest existing parent plus the rest (a file about to be created through a linked folder).
 * Null when the walk is refused (permission) or loops.
 */
async function realOf(p: string, hops: number): Promise<string | null> {
  try {
    return await realpath(p);
  } catch (err) {
    const code = codeOf(err);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return null;
  }
  try {
    const st = await lstat(p);
    if (st.isSymbolicLink()) {
      if (hops >= MAX_HOPS) return null;
      return await realOf(resolve(dirname(p), await readlink(p)), hops + 1);
    }
  } catch {
    // Not there at all: walk up.
  }
  const parent = dirname(p);
  if (parent === p) return p;
  const real = await realOf(parent, hops);
  return real === null ? null : join(real, basename(p));
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
      let known: Map<string, string> | null = null;
      const out: ResolvedPath[] = [];
      for (const path of paths) {
        const real = await realOf(path, 0);
        const r: ResolvedPath = { path, real };
        // A hard link is a second name with no trace in either name: only the inode says so.
        const st = real === null ? null : await stat(real, { bigint: true }).catch(() => null);
        if (st?.isFile() && st.nlink > 1n) {
          known ??= await inodes();
          const same = known.get(`${st.dev}:${st.ino}`);
          if (same !== undefined && same !== real) r.sameFileAs = same;
        }
        out.push(r);
      }
      return out;
    },
  };
}
