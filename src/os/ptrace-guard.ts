import { readFileSync } from 'node:fs';
import { PortcullisError } from '../core/index.ts';
import { YAMA_PTRACE_SCOPE } from './os-boundary.ts';

/** Reads Yama's `ptrace_scope`: the file's content, or null when it cannot be read (no Yama). Injected in tests. */
export type YamaReader = () => string | null;

export const readYamaScope: YamaReader = () => {
  try {
    return readFileSync(YAMA_PTRACE_SCOPE, 'utf8');
  } catch {
    // absent (no Yama) and unreadable look the same: both refuse below
    return null;
  }
};

/** What the daemon was about to do for the agent's socket when it refused. */
export type PtraceGuarded = 'consume' | 'stage';

const DOING: Record<PtraceGuarded, string> = {
  consume: 'consume the approval of this held action',
  stage: 'stage the input files of this action',
};

/**
 * A12 on the daemon's side: `exec --socket` and the command it starts run as the agent's own Unix
 * user, so where the kernel lets that user ptrace its own processes (no Yama, `ptrace_scope` 0, or a
 * value this cannot read) any process of the agent may change what runs after approval, or what the
 * tool reads from the staged copy's path. The daemon reads the scope itself (no agent can change the
 * sysctl) at every consumption and staging (root may change it at run time), and refuses both unless
 * the config (control plane, F3) sets `daemon.allow_ptrace_without_yama`. Scope 1 and above pass:
 * the agent can no longer attach from a sibling process (doctor warns about 1).
 */
export function ptraceRefusal(scope: string | null, allowWithoutYama: boolean, doing: PtraceGuarded): PortcullisError | null {
  if (allowWithoutYama) return null;
  const value = scope?.trim();
  if (value !== undefined && /^[123]$/.test(value)) return null;
  const state = value === undefined ? 'the kernel has no Yama ptrace restriction' : value === '0' ? 'kernel.yama.ptrace_scope is 0' : `kernel.yama.ptrace_scope is \`${value.slice(0, 20)}\`, which Portcullis cannot read`;
  return new PortcullisError(
    'exec_ptrace_open',
    `${state}: any process of the agent's Unix user could ptrace \`portcullis exec\` and the command it starts and change what runs, so the daemon refuses to ${DOING[doing]} (A12); nothing was consumed or written`,
    {
      hint: 'an administrator sets `sysctl kernel.yama.ptrace_scope=1` (and `kernel.yama.ptrace_scope = 1` in /etc/sysctl.d/ to keep it), then the agent runs the command again; or accepts the risk with `daemon.allow_ptrace_without_yama: true` in the config (held actions then run although the agent\'s user may change them as they run)',
    },
  );
}

/** Throws `exec_ptrace_open` (see `ptraceRefusal`), reading the scope now. */
export function refuseWhilePtraceOpen(read: YamaReader, allowWithoutYama: boolean, doing: PtraceGuarded): void {
  const refusal = ptraceRefusal(read(), allowWithoutYama, doing);
  if (refusal) throw refusal;
}
