import { open, readdir, realpath, stat } from 'node:fs/promises';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { mountWatch, systemMountWatch } from './path-resolver.ts';
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

/**
 * Read-only and non-blocking: opening a FIFO (or a device) an agent put where a manifest should be
 * returns at once, and `fstat` then refuses it as not a regular file; it never waits for a writer
 * (which would stall the event loop on the synchronous path, a pool thread on the other).
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** One open input file: its status and its bytes, from the same descriptor. */
interface OpenFile {
  stat(): Promise<Stats>;
  read(buf: Buffer, offset: number, length: number, position: number): Promise<number>;
  close(): Promise<void>;
}

/** The calls the reader makes; the same rules run over either set below. */
interface ReaderFs {
  realpath(p: string): Promise<string>;
  open(p: string): Promise<OpenFile>;
  /** Null when nothing is there (ENOENT: the common miss, answered without building an error). */
  stat(p: string): Promise<Stats | null>;
  readdir(p: string): Promise<Dirent[]>;
}

/** Through libuv's thread pool: a lookup on a mount that may wait (NFS, FUSE...) never stalls the gate. */
const asyncFs: ReaderFs = {
  realpath: (p) => realpath(p),
  async open(p) {
    const fh = await open(p, OPEN_FLAGS);
    return { stat: () => fh.stat(), read: async (b, o, l, pos) => (await fh.read(b, o, l, pos)).bytesRead, close: () => fh.close() };
  },
  stat: (p) => stat(p).catch((err: unknown) => (codeOf(err) === 'ENOENT' ? null : Promise.reject(err))),
  readdir: (p) => readdir(p, { withFileTypes: true }),
};

/**
 * Directly, when every mount is local (the kernel answers from memory or a local disk): a trip
 * through the thread pool costs more than the lookup. `async` turns a throw into a rejection.
 */
const syncFs: ReaderFs = {
  realpath: async (p) => realpathSync(p),
  async open(p) {
    const fd = openSync(p, OPEN_FLAGS);
    return { stat: async () => fstatSync(fd), read: async (b, o, l, pos) => readSync(fd, b, o, l, pos), close: async () => closeSync(fd) };
  },
  stat: async (p) => statSync(p, { throwIfNoEntry: false }) ?? null,
  readdir: async (p) => readdirSync(p, { withFileTypes: true }),
};

/** The bytes of one input file as read now, with what the reader binds. */
export interface ReadFile {
  bound: BoundInput;
  bytes: Uint8Array;
}

/**
 * `InputReader` over the local filesystem (A12). Each file is opened once, checked for size on
 * the open descriptor, read and hashed from those same bytes.
 */
export function createFsInputReader(limits: Partial<InputLimits> = {}, options: { mountinfo?: () => string } = {}): InputReader & { readWithBytes(inputs: readonly InputRef[], cwd: string | undefined): Promise<{ ok: true; files: ReadFile[] } | { ok: false; problems: InputProblem[] }> } {
  const l = { ...DEFAULT_INPUT_LIMITS, ...limits };
  const mounts = options.mountinfo ? mountWatch(options.mountinfo, async () => options.mountinfo!()) : systemMountWatch();
  // A link may lead anywhere, so "local" means no mount at all may wait (an unreadable table: it may).
  const fsNow = (): ReaderFs => (mounts()?.length === 0 ? syncFs : asyncFs);

  async function readOne(fs: ReaderFs, name: string, shownAs: string, role: InputRef['role'], budget: { bytes: number; files: number }): Promise<ReadFile> {
    if (++budget.files > l.maxFiles) throw new Problem({ path: shownAs, code: 'input_too_large', message: `more than ${l.maxFiles} input files` });
    let real: string;
    try {
      real = await fs.realpath(name);
    } catch (err) {
      throw new Problem({ path: shownAs, code: 'input_unreadable', message: `\`${shownAs}\` cannot be read (${codeOf(err)})` });
    }
    let fh;
    try {
      fh = await fs.open(real);
    } catch (err) {
      throw new Problem({ path: shownAs, code: 'input_unreadable', message: `\`${shownAs}\` cannot be read (${codeOf(err)})` });
    }
    try {
      const st = await fh.stat();
      if (!st.isFile()) throw new Problem({ path: shownAs, code: 'input_not_a_file', message: `\`${shownAs}\` is not a regular file` });
      if (st.size > l.maxFileBytes) throw new Problem({ path: shownAs, code: 'input_too_large', message: `\`${shownAs}\` is ${st.size} bytes, more than the ${l.maxFileBytes}-byte limit for one input file` });
      // Sized by the open file's status, plus one byte: reading to the end shows a file that grew.
      // It may grow up to the limit (the buffer grows with it); one byte past the limit is refused,
      // never truncated. Only bytes read from this descriptor are kept, hashed and bound.
      let buf = Buffer.allocUnsafe(st.size + 1);
      let n = 0;
      for (;;) {
        if (n === buf.length) {
          const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, l.maxFileBytes + 1));
          buf.copy(bigger, 0, 0, n);
          buf = bigger;
        }
        const bytesRead = await fh.read(buf, n, buf.length - n, n);
        if (bytesRead === 0) break;
        n += bytesRead;
        if (n > l.maxFileBytes) throw new Problem({ path: shownAs, code: 'input_too_large', message: `\`${shownAs}\` is more than the ${l.maxFileBytes}-byte limit for one input file` });
      }
      budget.bytes += n;
      if (budget.bytes > l.maxTotalBytes) throw new Problem({ path: shownAs, code: 'input_too_large', message: `the action's input files are more than ${l.maxTotalBytes} bytes together` });
      const bytes = new Uint8Array(n);
      bytes.set(buf.subarray(0, n));
      const text = textOf(bytes);
      return { bytes, bound: { path: shownAs, realPath: real, role, size: n, sha256: sha256Hex(bytes), ...(text !== null ? { text } : {}) } };
    } finally {
      await fh.close();
    }
  }

  async function filesBelow(fs: ReaderFs, dir: string, recursive: boolean, all: boolean, depth = 0): Promise<string[]> {
    if (depth > 16) throw new Problem({ path: dir, code: 'input_too_large', message: `\`${dir}\` is nested more than 16 directories deep` });
    const out: string[] = [];
    const entries = await fs.readdir(dir);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, e.name);
      // A link inside the directory is followed like kubectl follows it: stat says what it is now.
      const st = e.isSymbolicLink() ? await fs.stat(p).catch(() => null) : null;
      const isDir = e.isDirectory() || st?.isDirectory() === true;
      if (isDir) {
        if (recursive) out.push(...(await filesBelow(fs, p, recursive, all, depth + 1)));
      } else if (all || MANIFEST_FILE.test(e.name)) out.push(p);
    }
    return out;
  }

  async function readWithBytes(inputs: readonly InputRef[], cwd: string | undefined): Promise<{ ok: true; files: ReadFile[] } | { ok: false; problems: InputProblem[] }> {
    const fs = fsNow();
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
        const st = await fs.stat(name).catch((err: unknown) => {
          throw new Problem({ path: ref.path, code: 'input_unreadable', message: `\`${ref.path}\` cannot be read (${codeOf(err)})` });
        });
        if (st === null) {
          problems.push({ path: ref.path, code: 'input_unreadable', message: `\`${ref.path}\` cannot be read (ENOENT)` });
          continue;
        }
        if (st.isDirectory()) {
          if (ref.role !== 'manifest' && ref.role !== 'kustomization') throw new Problem({ path: ref.path, code: 'input_not_a_file', message: `\`${ref.path}\` is a directory` });
          const below = await filesBelow(fs, name, ref.recursive === true || ref.role === 'kustomization', ref.role === 'kustomization');
          for (const f of below) files.push(await readOne(fs, f, `${ref.path.replace(/\/+$/, '')}/${relative(name, f)}`, ref.role, budget));
        } else files.push(await readOne(fs, name, ref.path, ref.role, budget));
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
