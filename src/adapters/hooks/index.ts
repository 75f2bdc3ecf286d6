/**
 * adapters/hooks: the hook commands coding agents run before every tool call (Claude Code
 * `PreToolUse`, Gemini CLI `BeforeTool`, Codex `PreToolUse`), on Linux, macOS and Windows. Each protocol is a pure translator: the event becomes
 * actions, the decision becomes the protocol's exact answer, and anything that goes wrong becomes
 * the protocol's block (exit 2). It neither classifies nor decides: the gate it is given does. It
 * also plans the idempotent edit that installs the hook into the tool's settings file. Start-up
 * matters here (it runs before every tool call): nothing in this module loads more than core types.
 */
export { runHook, heldMessage, deniedMessage, DEFAULT_HOOK_TIMEOUT_MS } from './hook.ts';
export type { RunHookOptions } from './hook.ts';
export { claudeCode, codex, cursor, geminiCli, hookProtocol, HOOK_PROTOCOLS } from './protocols.ts';
export type { HookProtocol, HookProtocolName, HookAnswer, Translation, Outcome } from './protocols.ts';
export { planInstall } from './install.ts';
export { SESSION_ENV_NAMES, sessionEnvProblems, sessionEnvChecks } from './session-env.ts';
export type { SessionEnvProblem } from './session-env.ts';
export type { InstallPlan, InstallOptions } from './install.ts';
