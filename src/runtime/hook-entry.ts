/**
 * The light entry of the composition root for the commands that run before every agent tool call
 * (`portcullis hook`). Importing it loads only the hook protocols, core and the HTTP client: no
 * Cedar, no tree-sitter, no SQLite. The in-process gate loads the full runtime lazily, and only
 * once an event needs a decision (ARCHITECTURE.md: keep the hook's import graph minimal).
 */
import type { AgentGate } from '../gateway/index.ts';
export { remoteGate } from './remote-gate.ts';

export { runHook, hookProtocol, planInstall, HOOK_PROTOCOLS, DEFAULT_HOOK_TIMEOUT_MS, SESSION_ENV_NAMES } from '../adapters/hooks/index.ts';
export type { HookAnswer, HookProtocolName, InstallPlan } from '../adapters/hooks/index.ts';
// deep on purpose: os/index.ts would load the file-system readers' ESM facades before every tool call
export { agentContext } from '../os/agent-context.ts';

/** A gate on the embedded store: opens the full runtime (config, policies, classifier, store). */
export async function localHookGate(configPath: string, cwd: string, agentId: string): Promise<{ gate: Pick<AgentGate, 'decide'>; close(): Promise<void> }> {
  const [{ openRuntime }, { localAgentGate }] = await Promise.all([import('./runtime.ts'), import('./agent-gates.ts')]);
  const runtime = await openRuntime({ configPath, cwd });
  return { gate: localAgentGate(runtime, agentId), close: () => runtime.close() };
}
