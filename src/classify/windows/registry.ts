import type { Invocation, ShellEnv, ShellScope, Stdin } from '../shell/invocation.ts';

/**
 * The shells call each other (`powershell -Command` from bash, `cmd /c` from PowerShell, `bash -c`
 * from cmd), but their modules must not import each other in a circle. Each walker is registered
 * here once by the classifier (classify.ts) and looked up when a command nests another shell.
 */

export type RunShell = (source: string, scope: ShellScope, env: ShellEnv, stdin: Stdin | null, spanStart: number) => void;

interface Shells {
  bash: RunShell;
  powershell: RunShell;
  cmd: RunShell;
  /** `cmd`, `powershell`, `pwsh`, `wsl` as programs: true when `inv` was one and is handled. */
  windowsShell: (inv: Invocation) => boolean;
}

const slots: Partial<Shells> = {};

export function registerShells(shells: Shells): void {
  Object.assign(slots, shells);
}

/** The registered walker; throws when none is (the classifier turns that into an opaque action). */
export function shellWalker<K extends keyof Shells>(name: K): Shells[K] {
  const f = slots[name];
  if (!f) throw new Error(`the ${name} walker is not registered`);
  return f as Shells[K];
}
