import type { Action, ActionContext, Decision, JsonObject, McpToolCallAction } from '../core/index.ts';
import type { PortcullisClient, RequestStatus } from './client.ts';
// deep on purpose: the SDK stays light (core's index would load all of core); it imports nothing
import { keepLease, type KeptLease, type LeaseTimers } from '../core/lease.ts';

/** A Vercel AI SDK tool (`tool({ description, inputSchema, execute })`), typed by shape only. */
export interface AiSdkTool {
  /** `(input, { toolCallId, messages, abortSignal })`; any parameter types (checked where it is defined). */
  execute?: (input: never, options: never) => unknown;
}
type Execute = (input: unknown, options: { abortSignal?: AbortSignal }) => unknown;

/** An OpenAI Agents SDK function tool (`tool({ name, parameters, execute })`), typed by shape only. */
export interface AgentsFunctionTool {
  type: 'function';
  name: string;
  /** `(runContext, input: JSON string, details?)`. */
  invoke: (runContext: never, input: string, details?: never) => Promise<unknown>;
}
type Invoke = (runContext: unknown, input: string, details?: unknown) => Promise<unknown>;

export interface GuardOptions {
  client: PortcullisClient;
  /** The tool's name as policy sees it (required for AI SDK tools, which do not carry one). */
  name?: string;
  /** The tool set's name (`context.mcpServer`; inventories may map it to an environment). Default `sdk`. */
  server?: string;
  /** What the tool does, as MCP tool annotations; without them the classifier assumes the worst. */
  annotations?: McpToolCallAction['annotations'];
  /** Describe a call as a richer action (a `shell` command, `sql`, a `file_write`) than a tool call. */
  toAction?: (input: unknown) => Action;
  context?: ActionContext;
  /** How long a held call waits for approvals before refusing (default 5 min; 0 = refuse at once). */
  holdTimeoutMs?: number;
  pollIntervalMs?: number;
  onHold?: (info: { requestId: string; status: RequestStatus | null; leftMs: number }) => void;
  /**
   * How a refusal reaches the framework: `throw` a PortcullisRefusal (default for AI SDK tools,
   * whose runtime turns a throw into a tool error the model sees) or `return` the refusal text
   * (default for Agents SDK tools, whose output string goes to the model).
   */
  refusal?: 'throw' | 'return';
  /** Injected in tests so nothing sleeps for time. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** The timers the execution lease is renewed with (default the global `setTimeout`). */
  leaseTimers?: LeaseTimers;
  /** Told when a renewal of the execution lease fails (default: `console.warn`, once per streak). */
  onLeaseFailure?: (info: { requestId: string; error: unknown }) => void;
}

/** Thrown (or its message returned) when Portcullis does not allow a call. */
export class PortcullisRefusal extends Error {
  readonly kind: 'denied' | 'held' | 'error';
  readonly decision: Decision | null;
  readonly requestId: string | undefined;
  constructor(kind: 'denied' | 'held' | 'error', message: string, decision: Decision | null = null) {
    super(message);
    this.name = 'PortcullisRefusal';
    this.kind = kind;
    this.decision = decision;
    this.requestId = decision?.requestId;
  }
}

/**
 * Wraps a framework tool so every call is decided by Portcullis before it runs: allow → the
 * original function runs; deny → refused with the reasons and decision id; hold → polls the request's
 * status (bounded) until approved, decides once more to consume the approval, runs, and reports the
 * outcome (L3); or refuses naming the request id.
 * Any error talking to Portcullis refuses (fail closed).
 */
export function guard<T extends AgentsFunctionTool>(tool: T, options: GuardOptions): T;
export function guard<T extends AiSdkTool>(tool: T, options: GuardOptions & { name: string }): T;
export function guard(tool: AiSdkTool | AgentsFunctionTool, options: GuardOptions): AiSdkTool | AgentsFunctionTool {
  if (isAgentsTool(tool)) {
    const name = options.name ?? tool.name;
    const refusal = options.refusal ?? 'return';
    const invoke = tool.invoke as Invoke;
    return {
      ...tool,
      invoke: async (runContext: unknown, input: string, details?: unknown) => {
        let args: unknown;
        try {
          args = input === '' ? {} : JSON.parse(input);
        } catch {
          args = { input };
        }
        const checked = await check(name, args, options, undefined);
        if (checked instanceof PortcullisRefusal) {
          if (refusal === 'throw') throw checked;
          return checked.message;
        }
        const ran = await runReporting(options, name, checked.allowed, () => invoke.call(tool, runContext, input, details));
        if (ran instanceof PortcullisRefusal) {
          if (refusal === 'throw') throw ran;
          return ran.message;
        }
        return ran;
      },
    };
  }
  if (typeof tool.execute !== 'function') throw new TypeError('guard: the tool has no `execute` (AI SDK) or `invoke` (Agents SDK) function to guard');
  if (!options.name) throw new TypeError('guard: AI SDK tools carry no name; pass `name`');
  const name = options.name;
  const execute = tool.execute as Execute;
  const refusal = options.refusal ?? 'throw';
  return {
    ...tool,
    execute: async (input: unknown, opts: { abortSignal?: AbortSignal }) => {
      const checked = await check(name, input, options, opts?.abortSignal);
      if (checked instanceof PortcullisRefusal) {
        if (refusal === 'throw') throw checked;
        return checked.message;
      }
      const ran = await runReporting(options, name, checked.allowed, () => execute.call(tool, input, opts));
      if (ran instanceof PortcullisRefusal) {
        if (refusal === 'throw') throw ran;
        return ran.message;
      }
      return ran;
    },
  };
}

/** Guards every tool of an AI SDK `tools` record, using each key as the tool's name. */
export function guardTools<T extends Record<string, AiSdkTool>>(tools: T, options: Omit<GuardOptions, 'name'> & { annotations?: never; perTool?: Partial<Record<keyof T, Partial<GuardOptions>>> }): T {
  const out: Record<string, AiSdkTool> = {};
  for (const [name, t] of Object.entries(tools)) out[name] = guard(t, { ...options, ...(options.perTool?.[name] ?? {}), name });
  return out as T;
}

/** Decides one call; resolves to `allowed` (with the request a consumed approval released) or to the refusal. */
async function check(name: string, input: unknown, o: GuardOptions, signal: AbortSignal | undefined): Promise<PortcullisRefusal | { allowed: string | undefined }> {
  const server = o.server ?? 'sdk';
  try {
    const action: Action = o.toAction
      ? o.toAction(input)
      : { kind: 'mcp_tool_call', server, tool: name, arguments: isObject(input) ? (input as JsonObject) : { input: input as JsonObject[string] }, ...(o.annotations ? { annotations: o.annotations } : {}) };
    const context: ActionContext = { mcpServer: server, ...o.context };
    let decision = await o.client.decide(action, context);
    if (decision.effect === 'hold') decision = await waitHeld(decision, action, context, name, o, signal);
    if (decision.effect === 'allow') return { allowed: decision.requestId };
    if (decision.effect === 'hold') return new PortcullisRefusal('held', heldMessage(name, decision), decision);
    return new PortcullisRefusal('denied', `Portcullis denied \`${name}\`: ${reasonsOf(decision)}. Decision ${decision.decisionId}.`, decision);
  } catch (err) {
    if (err instanceof PortcullisRefusal) return err;
    // SECURITY (F1): no answer is a refusal.
    return new PortcullisRefusal('error', `Portcullis could not decide \`${name}\` and refused it (fail closed): ${(err as Error)?.message ?? String(err)}.`);
  }
}

/**
 * Waits on a held call by reading its request's status (never by deciding again: each poll would be
 * a recorded decision), then decides once to consume the approval (A6). That decision may be a hold
 * again (the approvals no longer sufficed and a new request opened): it is waited on within the same
 * deadline.
 */
async function waitHeld(held: Decision, action: Action, context: ActionContext, name: string, o: GuardOptions, signal: AbortSignal | undefined): Promise<Decision> {
  const timeoutMs = o.holdTimeoutMs ?? 300_000;
  if (timeoutMs <= 0) return held;
  const now = o.now ?? (() => Date.now());
  const deadline = now() + timeoutMs;
  let decision = held;
  for (let round = 0; round < 100 && decision.effect === 'hold'; round++) {
    const left = deadline - now();
    if (left <= 0) return decision;
    const requestId = decision.requestId!;
    const r = await o.client.waitForApproval(requestId, {
      timeoutMs: left, onProgress: (status, leftMs) => o.onHold?.({ requestId, status, leftMs }), now, consume: { action, context },
      ...(o.pollIntervalMs !== undefined ? { intervalMs: o.pollIntervalMs } : {}), ...(signal ? { signal } : {}), ...(o.sleep ? { sleep: o.sleep } : {}),
    });
    if (r.timedOut) return decision;
    if (!r.decision) throw new PortcullisRefusal('denied', `Portcullis refused \`${name}\`: request ${requestId} is ${r.status} and was not approved. Decision ${decision.decisionId}.`, decision);
    decision = r.decision;
  }
  return decision;
}

/**
 * Runs the tool; for a call released by a consumed approval, keeps its execution lease alive while
 * it runs (renewed once before it starts, which refuses the call if it cannot be, then every third
 * of the lease: the rule `portcullis exec` follows) and reports how it ended (L3), so the request
 * ends SUCCEEDED or FAILED instead of OUTCOME_UNKNOWN. A report that fails does not change the
 * tool's result: the server keeps the request EXECUTING until its lease runs out, then records
 * OUTCOME_UNKNOWN.
 */
async function runReporting<T>(o: GuardOptions, name: string, requestId: string | undefined, run: () => T): Promise<Awaited<T> | PortcullisRefusal> {
  if (requestId === undefined) return await run();
  let lease: KeptLease;
  try {
    lease = await keepLease(() => o.client.renewLease(requestId), o.leaseTimers ?? GLOBAL_TIMERS, (error) =>
      (o.onLeaseFailure ?? warnLease)({ requestId, error }),
    );
  } catch (err) {
    // SECURITY (L3): a lease that cannot be renewed (ran out: outcome_unknown) runs nothing.
    const why = `the execution lease of request ${requestId} could not be renewed (${(err as Error)?.message ?? String(err)})`;
    await o.client.reportOutcome(requestId, 'failed').catch(() => undefined);
    return new PortcullisRefusal('error', `Portcullis refused \`${name}\` (fail closed): nothing ran: ${why}.`);
  }
  let result: Awaited<T>;
  try {
    result = await run();
  } catch (err) {
    lease.stop();
    await o.client.reportOutcome(requestId, 'failed').catch(() => undefined);
    throw err;
  }
  lease.stop();
  await o.client.reportOutcome(requestId, 'succeeded').catch(() => undefined);
  return result;
}

const GLOBAL_TIMERS: LeaseTimers = { set: (run, ms) => setTimeout(run, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
const warnLease = ({ requestId, error }: { requestId: string; error: unknown }) =>
  console.warn(`portcullis: could not renew the execution lease of request ${requestId} (${(error as Error)?.message ?? String(error)}); if it runs out before the tool ends, the request is recorded outcome_unknown`);

function heldMessage(name: string, d: Decision): string {
  return `Portcullis is holding \`${name}\` for human approval: request ${d.requestId} needs ${d.requiredApprovals} approval(s)${d.approverGroups.length > 0 ? ` from group ${d.approverGroups.map((g) => `\`${g}\``).join(' or ')}` : ''}. Reviewers must approve request ${d.requestId} (review UI or \`portcullis approvals approve ${d.requestId}\`); then retry the same call. Decision ${d.decisionId}.`;
}

const reasonsOf = (d: Decision) => d.reasons.map((r) => r.message).join('; ') || 'no reason recorded';
const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
function isAgentsTool(t: unknown): t is AgentsFunctionTool {
  return isObject(t) && (t as AgentsFunctionTool).type === 'function' && typeof (t as AgentsFunctionTool).invoke === 'function';
}
