/**
 * policy: Cedar. Loads policy files, validates them against Portcullis's schema (refusing on any
 * error), pre-parses them once, and evaluates a request for the agent, its operator and every
 * ancestor agent. It fails closed: an evaluation error is a deny, never a skipped policy.
 * It does not classify actions, read files, or know about stores.
 */
export { loadPolicyEngine } from './engine.ts';
export type { PolicyEngine, EvaluationInput, Verdict } from './engine.ts';
export type { PolicyFile, PolicySource } from './source.ts';
export { SCHEMA_FILE, DEFAULT_PACK_DIR } from './paths.ts';
export { neverAllowedTool } from './never-allowed.ts';
export type { ToolCaller } from './never-allowed.ts';
