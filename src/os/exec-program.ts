import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { programOnPath, shebang, whyChangeable, type Changer } from './path-resolver.ts';

/** Whether `file` is a regular file this process may execute (what execvp tries). */
export function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function mayWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The file a command name starts, and why the user running it could change that file (null: it cannot). */
export interface ExecProgram {
  /** The real path of the file that runs. */
  file: string;
  changeable: string | null;
}

/**
 * D8 for `portcullis exec`: Portcullis decides `kubectl get pods` as kubectl, so the file that runs
 * under that name must be one this Unix user cannot change. Finds the file `command` starts with
 * this PATH (the first executable, as execvp does), follows links to its real path, and says why it
 * is changeable: the user owns it or may write it, or owns or may write a folder above it (then it
 * could swap the file between the check and the start). The caller starts this very file, so a
 * program put earlier on PATH after the check does not run instead. Root may
 * write everything and is never an agent in a production install (D7): for it, nothing is reported.
 * Null when nothing runs under that name (the caller's own check says so).
 */
export function execProgram(command: string, path: string | undefined, cwd: string, depth = 0): ExecProgram | null {
  const uid = process.getuid?.();
  // The one reader of "which file does this name run" and "can this user change it" (D8), shared with the
  // gateway's resolver; this process is the user, so the kernel answers for writing and executing (ACLs included).
  const who: Changer = { uid: uid ?? -1, groups: [...new Set([process.getgid?.() ?? -1, ...(process.getgroups?.() ?? [])])], mayWrite: (p) => mayWrite(p), mayExecute: isExecutableFile };
  const found = command.includes('/') ? resolve(cwd, command) : programOnPath(command, path ?? '', cwd, who).at;
  if (found === null || !isExecutableFile(found)) return null;
  if (uid === undefined || uid === 0) return { file: realpathSync(found), changeable: null };
  // Exec starts the real file itself, so the links on the way to it cannot be swapped in between: its real path is checked.
  const file = realpathSync(found);
  const why = whyChangeable(file, who).why;
  if (why) return { file, changeable: why };
  // A script runs its `#!` interpreter, which must be as unchangeable; `#!/usr/bin/env tool` finds the tool on
  // this PATH, which the user sets. Linux nests interpreters at most 4 deep: deeper is not judged (refused).
  const line = shebang(file);
  if (line === null) return { file, changeable: null };
  if (depth >= 4) return { file, changeable: `its \`#!\` interpreters nest too deep to check` };
  const [interp, ...rest] = line;
  // The kernel takes an interpreter without a slash from the working folder, not from PATH.
  const runs = [interp!.includes('/') ? interp! : `./${interp!}`];
  if (/(^|\/)env$/.test(interp!)) {
    const tool = rest.find((w) => !w.startsWith('-') && !w.includes('='));
    if (tool === undefined) return { file, changeable: `its \`#!${line.join(' ')}\` line names no program Portcullis can check` };
    runs.push(tool);
  }
  for (const r of runs) {
    const next = execProgram(r, path, cwd, depth + 1);
    if (next === null) return { file, changeable: `its \`#!\` interpreter \`${r}\` is not found` };
    if (next.changeable) return { file, changeable: `it runs \`${next.file}\` by its \`#!\` line, and ${next.changeable}` };
  }
  return { file, changeable: null };
}

