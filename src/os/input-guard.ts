import { chmodSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { PortcullisError, type InputRef } from '../core/index.ts';
import type { ExecInputGuard } from '../adapters/exec/index.ts';
import type { AgentDecision as ExecDecision } from '../gateway/index.ts';
import { createFsInputReader, type ReadFile } from './input-reader.ts';

/**
 * Roles whose file a command reads only by the name it is given, so running it on a private copy
 * changes nothing else. Scripts are not copied (they find their siblings through `$0`), nor are
 * compose files (relative build contexts), nor directories.
 */
const COPYABLE = new Set(['manifest', 'values', 'sql', 'plan']);

/**
 * The input file an argv word names and how to name a copy in its place: the word itself (`-f x.yaml`)
 * or the value of an option glued with `=` (`--filename=x.yaml`, `-f=x.yaml`, `--values=v.yaml`) or to a
 * short option (`-fx.yaml`), which the classifier binds alike. Null for a word that names no copyable input.
 */
function namedInput(word: string, copies: ReadonlyMap<string, unknown>): { path: string; with: (copy: string) => string } | null {
  if (copies.has(word)) return { path: word, with: (copy) => copy };
  const glued = /^(-[^=]+=)(.+)$/s.exec(word);
  if (glued && copies.has(glued[2]!)) return { path: glued[2]!, with: (copy) => `${glued[1]}${copy}` };
  // a short option with its value in the same word (`-fdeploy.yaml`), as getopt and pflag read it
  const short = /^(-[A-Za-z0-9])(.+)$/s.exec(word);
  if (short && copies.has(short[2]!)) return { path: short[2]!, with: (copy) => `${short[1]}${copy}` };
  return null;
}

const changed = (message: string) =>
  new PortcullisError('exec_input_changed', message, { hint: 'run the command again: the new content is a new request and needs its own approval (A12)' });

/** The daemon's side of A12 (the agent's socket): stages verified copies the agent's user cannot change. */
export interface InputStager {
  stageInputs(decisionId: string, files: ReadonlyArray<{ path: string; bytes: Uint8Array }>): Promise<{ stageId: string; files: Array<{ path: string; staged: string }> }>;
  releaseInputs(stageId: string): Promise<void>;
}

/**
 * `ExecInputGuard` over the local filesystem (A12): reads the inputs again the way the gateway read
 * them, refuses when anything differs from what the decision bound, and points the argv words that
 * name a single copyable file at a copy of the verified bytes. With a `stager` (exec on an agent's
 * socket) the daemon checks the bytes again and writes the copies where this Unix user may read
 * and not change them; without one (no daemon) the copies are this process's own (a 0700
 * directory, files 0400), which the same Unix user could still change: see docs/threat-model.md.
 * `log` is told which bound files run in place (scripts, compose files, folders).
 */
export function createFsInputGuard(options: { stager?: InputStager; log?: (line: string) => void } = {}): ExecInputGuard {
  const reader = createFsInputReader();
  return {
    async prepare(decision: ExecDecision, argv: readonly string[], cwd: string) {
      const bound = decision.inputs ?? [];
      const refs: InputRef[] = decision.facts?.inputs ?? bound.map((b) => ({ path: b.path, absolute: isAbsolute(b.path) ? b.path : join(cwd, b.path), role: b.role }));
      const now = await reader.readWithBytes(refs, cwd);
      if (!now.ok) throw changed(`the input files cannot be read again before running: ${now.problems.map((p) => p.message).join('; ')}`);
      const byPath = new Map(now.files.map((f) => [f.bound.path, f]));
      for (const b of bound) {
        const f = byPath.get(b.path);
        if (!f) throw changed(`\`${b.path}\` is gone since it was approved`);
        if (f.bound.realPath !== b.realPath) throw changed(`\`${b.path}\` now leads to \`${f.bound.realPath}\`, not the approved \`${b.realPath}\``);
        if (f.bound.sha256 !== b.sha256) throw changed(`\`${b.path}\` changed since it was approved (sha256 ${b.sha256.slice(0, 12)}… → ${f.bound.sha256.slice(0, 12)}…)`);
      }
      const extra = now.files.filter((f) => !bound.some((b) => b.path === f.bound.path));
      if (extra.length > 0) throw changed(`\`${extra[0]!.bound.path}\` appeared since the action was approved`);

      const copies = new Map<string, ReadFile>();
      for (const ref of refs) {
        const f = byPath.get(ref.path);
        if (f && COPYABLE.has(ref.role)) copies.set(ref.path, f);
      }
      const named = new Set(argv.slice(1).map((a) => namedInput(a, copies)?.path).filter((p) => p !== undefined));
      // a copyable file the argv names in a way no copy can replace is run in place too, and said so
      const inPlace = bound.filter((b) => !copies.has(b.path) || !named.has(b.path)).map((b) => b.path);
      if (inPlace.length > 0) options.log?.(`portcullis: checked, and run in place (not copied: A12's window stays open for them): ${inPlace.slice(0, 8).join(', ')}${inPlace.length > 8 ? `, … (${inPlace.length})` : ''}`);
      if (named.size === 0) return { argv: [...argv], copied: [], cleanup: () => {} };
      if (options.stager) return staged(options.stager, decision.decisionId, argv, copies);
      const dir = mkdtempSync(join(realpathSync(tmpdir()), 'portcullis-approved-'));
      chmodSync(dir, 0o700);
      const cleanup = () => rmSync(dir, { recursive: true, force: true });
      try {
        const copied: string[] = [];
        const out = argv.map((a, i) => {
          const n = i === 0 ? null : namedInput(a, copies);
          if (!n) return a;
          const sub = mkdtempSync(join(dir, 'f-'));
          const p = join(sub, basename(n.path));
          // The approved bytes, as read and hashed a moment ago: a later swap of the original cannot reach the command.
          writeFileSync(p, copies.get(n.path)!.bytes, { mode: 0o400, flag: 'wx' });
          copied.push(n.path);
          return n.with(p);
        });
        return { argv: out, copied, cleanup };
      } catch (err) {
        cleanup();
        throw err;
      }
    },
  };
}

/**
 * The daemon writes the copies (A12): it hashes the bytes handed over against the decision itself,
 * and the files it writes belong to the service user, so this Unix user cannot rewrite them between
 * this check and the command's read. Any refusal means nothing runs.
 */
async function staged(stager: InputStager, decisionId: string, argv: readonly string[], copies: ReadonlyMap<string, ReadFile>) {
  const named = [...new Set(argv.slice(1).map((a) => namedInput(a, copies)?.path).filter((p) => p !== undefined))];
  const result = await stager.stageInputs(decisionId, named.map((p) => ({ path: p, bytes: copies.get(p)!.bytes })));
  const where = new Map(result.files.map((f) => [f.path, f.staged]));
  const cleanup = () => stager.releaseInputs(result.stageId).catch(() => undefined);
  if (named.some((p) => !where.has(p))) {
    await cleanup();
    throw changed('the daemon did not stage every input file the command names');
  }
  const out = argv.map((a, i) => {
    const n = i === 0 ? null : namedInput(a, copies);
    return n ? n.with(where.get(n.path)!) : a;
  });
  return { argv: out, copied: named, cleanup };
}
