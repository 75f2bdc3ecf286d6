import type { AgentDecision } from '../../gateway/index.ts';

/**
 * A12: just before the command starts, checks that the input files still hold the bytes the decision
 * bound, and where it is safe points the command at a private copy of those bytes, so a file swapped
 * after the check cannot reach it.
 *
 * Obligations: `prepare` rejects (nothing runs) when any bound file changed, vanished or appeared, or
 * cannot be read; it never returns an argv whose files differ from what was approved; `cleanup`
 * removes every private copy (exec waits for it before reporting the outcome).
 */
export interface ExecInputGuard {
  prepare(decision: AgentDecision, argv: readonly string[], cwd: string): Promise<{ argv: string[]; copied: string[]; cleanup: () => void | Promise<void> }>;
}
