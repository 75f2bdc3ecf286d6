/**
 * runtime: the composition root. The only module that knows how the parts are assembled:
 * config file → policies → classifier → store → audit → approvals → gateway → adapters. The CLI
 * and host/ talk to Portcullis through the objects assembled here (a `Runtime`, a
 * `ControlSession`, an `AgentGate` in-process or remote) and import everything else from the
 * module that owns it. What reads the file system or asks the OS on a pure module's behalf is in
 * os/; the HTTP server, the daemon, `setup --system` and `store migrate` are in host/.
 */
export { openRuntime, openControlSession } from './runtime.ts';
export type { Runtime, ControlSession } from './runtime.ts';
export { loadSetup, dryGateway } from './setup.ts';
export type { Setup, RuntimeOptions } from './setup.ts';
export { openStore, openBareStore, checkStore } from './store.ts';
export type { OpenedStore, OpenStoreOptions } from './store.ts';
export { localAgentGate } from './agent-gates.ts';
export { remoteGate } from './remote-gate.ts';
export type { RemoteGateOptions } from './remote-gate.ts';
// A12: the daemon's staging of approved input files (host/ writes the folder, the gateway checks the bytes)
export { createInputStaging } from '../gateway/index.ts';
export type { InputStaging, StagedInputStore } from '../gateway/index.ts';
