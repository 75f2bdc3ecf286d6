/**
 * adapters/exec: `portcullis exec -- COMMAND`. Decides the command for an agent, waits (bounded) for
 * approvals when it is held, then runs it once with the operator's cloud, cluster and forge
 * credentials removed and the agent's own profile injected, passing signals on and keeping the exit
 * code, with the execution intent recorded before and the outcome after (L3). It also names the
 * human credentials an environment carries (for `portcullis doctor`). It does not classify or decide:
 * the gate it is given does.
 */
export { runExec, shellQuote } from './exec.ts';
export type { RunExecOptions, ExecResult, ExecProgress } from './exec.ts';
export { HUMAN_CREDENTIALS, NEUTRALISED, INHERITED_ALLOW_LIST, agentEnvironment, inheritable, inheritedCredentials, credentialRule } from './credentials.ts';
export type { AgentEnvironment, Inherited } from './credentials.ts';
export type { ExecInputGuard } from './input-guard.ts';
