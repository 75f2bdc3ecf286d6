/**
 * runtime: the composition root. The only module that knows how the parts are assembled:
 * config file → policies → classifier → store → audit → approvals → gateway → adapters. It also
 * holds the few things that read files or the clock on behalf of pure modules. The CLI talks to
 * Portcullis through the objects assembled here (a `Runtime`, a `ControlSession`) and reads the
 * view-model types from control/.
 */
export { openRuntime, openControlSession } from './runtime.ts';
export type { Runtime, ControlSession } from './runtime.ts';
export { loadSetup, dryGateway, systemClock } from './setup.ts';
export type { Setup, RuntimeOptions } from './setup.ts';
export { loadConfigFile, DEFAULT_CONFIG_FILE } from './config-file.ts';
export { loadPolicies, InvalidSetupError } from './policies.ts';
export { configTemplate, defaultPackFiles } from './templates.ts';
export { DEMO_SCENARIOS, DEMO_OPERATOR_ENV, DEMO_CONTEXT, DEMO_ADAPTER_STEPS, DEMO_WINDOWS_CONTEXT, DEMO_WINDOWS_STEPS, DEMO_MANIFEST, writeDemoWorkspace } from './demo-scenarios.ts';
export type { DemoScenario } from './demo-scenarios.ts';
export { parseActionInput, parseDecisionRequest } from '../gateway/index.ts';
export type { Action, ActionContext, Decision, Effect } from '../core/index.ts';
export { openStore, parseStoreUrl, checkStore } from './store.ts';
export type { OpenedStore, OpenStoreOptions } from './store.ts';
export { parseCheckpoint } from '../audit/index.ts';
export type { SignedCheckpointV1, VerifyReport, AuditEntryV1 } from '../audit/index.ts';
export { createClassifier, classifyBatchLine } from '../classify/index.ts';
export { startStdioProxy, startHttpProxy } from '../adapters/mcp/index.ts';
export type { AgentGate, AgentDecision, AgentRequestStatus } from '../gateway/index.ts';
export type { RemoteGateOptions } from './remote-gate.ts';
export { startServer } from './serve-entry.ts';
export { startDaemon, setupSystem } from './system-entry.ts';
export type { DaemonOptions, RunningDaemon, SystemSetupOptions, SystemSetupResult } from './system-entry.ts';
export { SYSTEM_DEFAULTS_TEXT as SYSTEM_DEFAULTS } from './system-defaults.ts';
export { lookupUser, userNameOf } from './unix-users.ts';
export type { UnixUser } from './unix-users.ts';
export { canAccess, boundaryFindings, controlPlaneFiles } from './os-boundary.ts';
export type { BoundaryFinding, ControlPlaneFiles } from './os-boundary.ts';
export type { ServeOptions, RunningServer } from './server.ts';
export { execEnvironment, runExec, shellQuote, inheritedCredentials, inheritable, NEUTRALISED, localAgentGate, remoteGate, createFsInputGuard } from './exec-entry.ts';
export type { ExecResult, ExecProgress, Inherited } from './exec-entry.ts';
export { agentContext } from './agent-context.ts';
export { httpTransport, socketTransport } from './http-transport.ts';
export { migrateStore } from './store-migrate.ts';
export type { MigrateReport } from './store-migrate.ts';
