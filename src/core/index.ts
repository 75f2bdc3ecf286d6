/**
 * core: Portcullis's vocabulary and pure rules. No I/O, no clock, no environment: actions, facts,
 * principals, decisions, the inventory, canonical JSON and digests, errors. Everything else imports
 * from here; this module imports nothing internal.
 */
export type { Action, ActionKind, ActionContext, ShellAction, ShellDialect, McpToolCallAction, TerraformPlanAction, SqlAction, FileWriteAction, HttpRequestAction } from './action.ts';
export { ACTION_KINDS, ENVIRONMENT_HEADERS, METHOD_OVERRIDE_HEADERS, OPERATION_HEADERS, SHELL_DIALECTS, httpActionHeaders } from './action.ts';
export type { ActionFacts, Verb, Confidence, Tier, Target, TargetKind, Finding, InputRef, InputRole, BoundInput } from './facts.ts';
export { VERBS, CHANGE_VERBS, TIERS, opaqueFacts } from './facts.ts';
export type { Human, Agent, Principal, Environment, PrincipalView } from './principal.ts';
export { NEVER_RULE_POLICIES } from './decision.ts';
export type { Decision, Effect, Reason, ReasonCode, ActionEnvelope, HoldInput, HoldOutcome, HeldStatus, AuditEntryV1, BrakeChange, ApprovalEvent, ApprovalEventKind } from './decision.ts';
export type { Inventory, InventoryEnvironment, MatcherKind, McpToolMapping } from './inventory.ts';
export { MATCHER_KINDS, EMPTY_INVENTORY, matchEnvironment, tierOf } from './inventory.ts';
export { globMatch, globToRegExp, longestLiteral } from './glob.ts';
export { canonicalJson, digestOf, sha256Hex, deepFreeze } from './digest.ts';
export type { Clock, IdGenerator } from './clock.ts';
export { randomIds } from './clock.ts';
export type { JsonValue, JsonObject } from './json.ts';
export { isJsonObject, parseJson } from './json.ts';
export type { ErrorCode, Issue, Result } from './errors.ts';
export { PortcullisError, toPortcullisError } from './errors.ts';
export { InvalidSetupError } from './setup-error.ts';
export { closestName, didYouMean } from './names.ts';
export { keepLease, leasePeriod } from './lease.ts';
export type { KeptLease, LeaseTimers } from './lease.ts';
export { codeLoadingWord, commandLineWords, nodeOptionsProblem, readsLesskey, programBaseName } from './command-line.ts';
export type { CommandLineKind } from './command-line.ts';
