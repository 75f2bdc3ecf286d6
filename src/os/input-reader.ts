import { open, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { sha256Hex, type BoundInput, type InputRef } from '../core/index.ts';
import type { InputProblem, InputReader, InputReading } from '../gateway/index.ts';

/** Bounds on what one action may bind: beyond them the action is opaque, never half-hashed. */
export interface InputLimits {
  /** One file (default 1 MiB: manifests, values, SQL and saved plans are far smaller). */
  maxFileBytes: number;
  /** Every input of one action together (default 8 MiB). */
  maxTotalBytes: number;
  /** Files of one action, directories expanded (default 256). */
  maxFiles: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = Object.freeze({ maxFileBytes: 1 << 20, maxTotalBytes: 8 << 20, maxFiles: 256 });

/** What `kubectl -f DIR` reads from a directory; a kustomization reads every file below it. */
const MANIFEST_FILE = /\.(ya?ml|json)$/i;

class Problem extends Error {
  readonly problem: InputProblem;
  constructor(problem: InputProblem) {
    super(problem.message);
    this.problem = problem;
  }
}

/** The bytes of one input file as read now, with what the reader binds. */
export interface ReadFile {
  bound: BoundInput;
  bytes: Uint8Array;
}

/**
 * `InputReader` over the local filesystem (A12). Each file is opened once, checked for size on
 * the open descriptor, read and hashed from those same bytes.
 */
export function createFsInputReader(limits: Partial<InputLimits> = {}): InputReader & { readWithBytes(inputs: readonly InputRef[], cwd: string | undefined): Promise<{ ok: true; files: ReadFile[] } | { ok: false; problems: InputProblem[] }> } {
  const l = { ...DEFAULT_INPUT_LIMITS, ...limits };

  async function readOne(name: string, shownAs: string, role: InputRef['role'], budget: { bytes: number; files: number }): Promise<ReadFile> {
    if (++budget.files > l.maxFiles) throw new Problem({ path: shownAs, code: 'input_too_large', message: `more than ${l.maxFiles} input files` });
    let real: string;
    try {
      real = await realpath(name);
    } catch (err) {
      throw new Problem({ path: shownAs, code: 'input_unreadable', message: `\`${shownAs}\` cannot be read (${codeOf(err)})` });
    }
    let fh;
    try {
      fh = await open(real, 'r');
    } catch (err) {
      throw new Problem({ path: shownAs, code: 'input_unreadable', message: `\`${shownAs}\` cannot be read (${codeOf(err)})` });
    }
    try {
      const st = await fh.stat();
      if (!st.isFile()) throw new Problem({ path: shownAs, code: 'input_not_a_file', message: `\`${shownAs}\` is not a regular file` });
      if (st.size > l.maxFileBytes) throw new Problem({ path: shownAs, code: 'input_too_large', message: `\`${shownAs}\` is ${st.size} bytes, more than the ${l.maxFileBytes}-byte limit for one input file` });
      // Read at most one byte past the limit: a file that grows while we read is caught, not truncated.
      const buf = Buffer.alloc(l.maxFileBytes + 1);
      let n = 0;
      for (;;) {
        const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
        if (bytesRead === 0) break;
        n += bytesRead;
        if (n > l.maxFileBytes) throw new Problem({ path: shownAs, code: 'input_too_large', message: `\`${shownAs}\` is more than the ${l.maxFileBytes}-byte limit for one input file` });
      }
      budget.bytes += n;
      if (budget.bytes > l.maxTotalBytes) throw new Problem({ path: shownAs, code: 'input_too_large', message: `the action's input files are more than ${l.maxTotalBytes} bytes together` });
      const bytes = new Uint8Array(buf.subarray(0, n));
      const text = textOf(bytes);
      return { bytes, bound: { path: shownAs, realPath: real, role, size: n, sha256: sha256Hex(bytes), ...(text !== null ? { text } : {}) } };
    } finally {
      await fh.close();
    }
  }

  async function filesBelow(dir: string, recursive: boolean, all: boolean, depth = 0): Promise<string[]> {
    if (depth > 16) throw new Problem({ path: dir, code: 'input_too_large', message: `\`${dir}\` is nested more than 16 directories deep` });
    const out: string[] = [];
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, e.name);
      // A link inside the directory is followed like kubectl follows it: stat says what it is now.
      const st = e.isSymbolicLink() ? await stat(p).catch(() => null) : null;
      const isDir = e.isDirectory() || st?.isDirectory() === true;
      if (isDir) {
        if (recursive) out.push(...(await filesBelow(p, recursive, all, depth + 1)));
      } else if (all || MANIFEST_FILE.test(e.name)) out.push(p);
    }
    return out;
  }

  async function readWithBytes(inputs: readonly InputRef[], cwd: string | undefined): Promise<{ ok: true; files: ReadFile[] } | { ok: false; problems: InputProblem[] }> {
    const budget = { bytes: 0, files: 0 };
    const files: ReadFile[] = [];
    const problems: InputProblem[] = [];
    for (const ref of inputs) {
      const name = ref.absolute ?? (isAbsolute(ref.path) ? ref.path : cwd ? join(cwd, ref.path) : null);
      if (name === null) {
        problems.push({ path: ref.path, code: 'input_unreadable', message: `\`${ref.path}\` is relative and the working directory is unknown` });
        continue;
      }
      try {
        const st = await stat(name).catch((err: unknown) => {
          throw new Problem({ path: ref.path, code: 'input_unreadable', message: `\`${ref.path}\` cannot be read (${codeOf(err)})` });
        });
        if (st.isDirectory()) {
          if (ref.role !== 'manifest' && ref.role !== 'kustomization') throw new Problem({ path: ref.path, code: 'input_not_a_file', message: `\`${ref.path}\` is a directory` });
          const below = await filesBelow(name, ref.recursive === true || ref.role === 'kustomization', ref.role === 'kustomization');
          for (const f of below) files.push(await readOne(f, `${ref.path.replace(/\/+$/, '')}/${relative(name, f)}`, ref.role, budget));
        } else files.push(await readOne(name, ref.path, ref.role, budget));
      } catch (err) {
        if (err instanceof Problem) problems.push(err.problem);
        else problems.push({ path: ref.path, code: 'input_unreadable', message: `\`${ref.path}\` cannot be read (${codeOf(err)})` });
      }
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
  }

  return {
    readWithBytes,
    async read(inputs, cwd): Promise<InputReading> {
      const r = await readWithBytes(inputs, cwd);
      return r.ok ? { ok: true, files: r.files.map((f) => f.bound) } : r;
    },
  };
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

/** UTF-8 text without NUL bytes, or null (binary: a saved plan, an archive). */
function textOf(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
