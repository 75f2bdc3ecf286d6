/**
 * os: the operating system as the pure modules see it, behind their ports. The file-system readers
 * the gateway plugs in (`createFsPathResolver`: what a path really is, links and hard links
 * included; `createFsInputReader`: the bytes of an action's input files, bounded), exec's input
 * guard (private copies of the files a decision was bound to), the steady clock time-to-live runs
 * on (L9), Unix users and what the file modes let them reach (D7: `doctor`, `setup --system`),
 * where an agent's action runs (`agentContext`, on the hook's light path), and the environment
 * `portcullis exec` gives an agent (its profile's values read from the environment and files).
 * It reads the config file and the policy files for config/ and policy/, which read no files
 * (adding to the config the real paths of its control-plane paths, D8, and the installation, D3).
 * It decides nothing and assembles nothing: runtime/ wires these in, cli/ and host/ call the OS
 * checks.
 */
export { createFsPathResolver, whyChangeable } from './path-resolver.ts';
export type { Changer } from './path-resolver.ts';
export { createFsInputReader, DEFAULT_INPUT_LIMITS } from './input-reader.ts';
export type { InputLimits, ReadFile } from './input-reader.ts';
export { createFsInputGuard } from './input-guard.ts';
export { createSteadyClock, systemClock } from './clock.ts';
export type { SteadyClock } from './clock.ts';
export { lookupUser, lookupUserAsync, agentUsers, userNameOf } from './unix-users.ts';
export type { UnixUser } from './unix-users.ts';
export { canAccess, boundaryFindings, controlPlaneFiles } from './os-boundary.ts';
export type { Access, BoundaryFinding, ControlPlaneFiles } from './os-boundary.ts';
export { ptraceFinding, YAMA_PTRACE_SCOPE } from './os-boundary.ts';
export { ptraceRefusal, readYamaScope, refuseWhilePtraceOpen } from './ptrace-guard.ts';
export type { PtraceGuarded, YamaReader } from './ptrace-guard.ts';
export { agentContext } from './agent-context.ts';
export { INSTALL_DIR } from './install-dir.ts';
export { execEnvironment } from './exec-environment.ts';
export { execProgram, isExecutableFile } from './exec-program.ts';
export type { ExecProgram } from './exec-program.ts';
export { loadConfigFile, configTemplate, DEFAULT_CONFIG_FILE } from './config-file.ts';
export { loadPolicies, loadPoliciesOrThrow, defaultPackFiles } from './policy-files.ts';
