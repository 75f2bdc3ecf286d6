import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, JSONRPCRequest, RequestId } from '@modelcontextprotocol/sdk/types.js';
import { keepLease, type ActionContext, type Clock, type JsonObject, type KeptLease, type LeaseTimers, type McpToolCallAction } from '../../core/index.ts';
import type { AgentDecision as Decision, AgentGate, HeldStatus } from '../../gateway/index.ts';
import { deniedText, errorText, heldText, heldProgressText, requestEndedText } from './refusals.ts';

export interface McpProxyOptions {
  /** Faces the agent: the proxy is an MCP server on it. */
  downstream: Transport;
  /** Faces the real server: the proxy is an MCP client on it. */
  upstream: Transport;
  /** The agent's gate (in-process or remote); the agent is bound into it, never taken from the MCP peer. */
  gate: Pick<AgentGate, 'decide' | 'requestStatus' | 'reportOutcome' | 'neverAllowed' | 'renewLease'>;
  /** The upstream server's name as policy and the inventory know it (`context.mcpServer`). */
  serverName: string;
  /** Extra context for every decision (the agent's working directory). */
  context?: ActionContext;
  /** How long a held call stays open waiting for approvals (default 5 min). */
  holdTimeoutMs?: number;
  /** How often a held request is polled, and progress sent (default 2 s). */
  pollMs?: number;
  /** F5: bound on one gate call; a timeout refuses the call (default 10 s). */
  decideTimeoutMs?: number;
  /** Bound on the proxy's own `tools/list` to learn annotations (default 5 s). */
  listTimeoutMs?: number;
  clock?: Clock;
  /** Injected so tests never sleep for time; resolves early when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Out-of-band diagnostics (never written to a stdio protocol stream). */
  log?: (line: string) => void;
  /** The timers execution leases are renewed with (tests lend their own; default Node's). */
  leaseTimers?: LeaseTimers;
}

export interface McpProxy {
  start(): Promise<void>;
  close(): Promise<void>;
  /** Resolves when either side closed and the other was closed in turn. */
  readonly closed: Promise<void>;
}

type Annotations = NonNullable<McpToolCallAction['annotations']>;
interface ToolInfo {
  name: string;
  annotations?: Record<string, unknown>;
}

const MAX_LIST_PAGES = 50;
const TOOL_ERROR = (text: string) => ({ content: [{ type: 'text', text }], isError: true });

/**
 * A message-level MCP proxy. Every JSON-RPC message passes through unchanged (resources, prompts,
 * completions, logging, sampling, elicitation, notifications, cancellation, errors, methods this
 * code has never heard of) except two:
 * - `tools/call` from the agent is decided by Portcullis first; it is forwarded as is only on allow;
 * - `tools/list` results lose the tools that policy denies this agent whatever the arguments.
 * Working at the message level (not re-serving through an SDK `Server`) is what keeps results
 * byte-for-byte the upstream's and new protocol features flowing without code changes here.
 */
export function createMcpProxy(options: McpProxyOptions): McpProxy {
  const { downstream, upstream, gate, serverName } = options;
  const holdTimeoutMs = options.holdTimeoutMs ?? 300_000;
  const pollMs = options.pollMs ?? 2_000;
  const decideTimeoutMs = options.decideTimeoutMs ?? 10_000;
  const listTimeoutMs = options.listTimeoutMs ?? 5_000;
  const clock = options.clock ?? { now: () => Date.now() };
  const sleep = options.sleep ?? realSleep;
  const log = options.log ?? (() => {});
  const baseContext: ActionContext = { ...options.context, mcpServer: serverName };

  // Requests of the agent that the proxy answers itself or is still deciding: id key → abort.
  const intercepted = new Map<string, AbortController>();
  // Agent `tools/list` requests whose results must be filtered.
  const listRequests = new Set<string>();
  const initRequests = new Set<string>();
  // Approved held calls forwarded upstream: id key → request id, to record the outcome, and the
  // execution lease kept alive until the upstream answers (L3).
  const approvedCalls = new Map<string, { requestId: string; decisionId: string; lease: KeptLease }>();
  const leaseTimers = options.leaseTimers ?? NODE_TIMERS;
  // progressToken → agent request id, so upstream progress reaches the right HTTP stream.
  const progressOwners = new Map<string, RequestId>();
  // The proxy's own requests to the upstream (never seen by the agent).
  const own = new Map<string, (msg: JSONRPCMessage) => void>();
  const ownPrefix = `portcullis-${Math.random().toString(36).slice(2)}-`;
  let ownSeq = 0;
  let initialized = false;
  let annotations: Map<string, Annotations | undefined> | null = null;
  let annotationsLoading: Promise<Map<string, Annotations | undefined> | null> | null = null;
  let closing = false;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));

  const toAgent = (msg: JSONRPCMessage, relatedRequestId?: RequestId) =>
    downstream.send(msg, relatedRequestId === undefined ? undefined : { relatedRequestId }).catch((err: unknown) => log(`portcullis mcp: could not send to the agent: ${String(err)}`));
  const toUpstream = (msg: JSONRPCMessage) => upstream.send(msg).catch((err: unknown) => {
    log(`portcullis mcp: could not send to the upstream: ${String(err)}`);
    // The agent must not wait forever for a request that never left.
    if ('id' in msg && 'method' in msg) void toAgent({ jsonrpc: '2.0', id: msg.id, error: { code: -32603, message: `portcullis: the upstream server \`${serverName}\` is unreachable` } });
  });
  const answer = (id: RequestId, result: JsonObject) => toAgent({ jsonrpc: '2.0', id, result } as JSONRPCMessage);

  downstream.onmessage = (msg) => {
    if (isRequest(msg)) {
      const k = key(msg.id);
      const token = progressTokenOf(msg);
      if (token !== undefined) progressOwners.set(key(token), msg.id);
      if (msg.method === 'tools/call') {
        void handleCall(msg);
        return;
      }
      if (msg.method === 'tools/list') listRequests.add(k);
      if (msg.method === 'initialize') initRequests.add(k);
    } else if (isNotification(msg)) {
      if (msg.method === 'notifications/initialized') initialized = true;
      if (msg.method === 'notifications/cancelled') {
        const id = (msg.params as { requestId?: RequestId } | undefined)?.requestId;
        const pending = id === undefined ? undefined : intercepted.get(key(id));
        if (pending) {
          // The upstream never saw this call: stop deciding or waiting; answer nothing (spec).
          pending.abort();
          return;
        }
        // An approved call the upstream is running: it may never answer now (spec), so its lease
        // is no longer renewed; unless an answer still comes, the request ends outcome_unknown (L3).
        if (id !== undefined) approvedCalls.get(key(id))?.lease.stop();
      }
    }
    void toUpstream(msg);
  };

  upstream.onmessage = (msg) => {
    if (isResponse(msg)) {
      const k = key(msg.id);
      const mine = own.get(k);
      if (mine) {
        own.delete(k);
        mine(msg);
        return;
      }
      if (listRequests.delete(k) && 'result' in msg) {
        void filterList(msg.result as JsonObject).then((result) => toAgent({ ...msg, result } as JSONRPCMessage));
        return;
      }
      if (initRequests.delete(k) && 'result' in msg) {
        const version = (msg.result as { protocolVersion?: unknown }).protocolVersion;
        if (typeof version === 'string') upstream.setProtocolVersion?.(version);
      }
      const approved = approvedCalls.get(k);
      if (approved !== undefined) {
        const { requestId, decisionId } = approved;
        approved.lease.stop();
        approvedCalls.delete(k);
        const failed = 'error' in msg || (msg.result as { isError?: unknown }).isError === true;
        // The outcome is recorded before the agent sees the result (L3); a failure to record it
        // is logged and does not withhold a result the upstream already produced.
        const recorded = gate.reportOutcome({ requestId, decisionId, outcome: failed ? 'failed' : 'succeeded', exitCode: null, adapter: 'mcp' });
        void recorded.catch((err: unknown) => log(`portcullis mcp: could not record the outcome of request ${requestId}: ${String(err)}`)).then(() => toAgent(msg));
        return;
      }
      void toAgent(msg);
      return;
    }
    if (isNotification(msg)) {
      if (msg.method === 'notifications/tools/list_changed') annotations = null;
      if (msg.method === 'notifications/progress') {
        const token = (msg.params as { progressToken?: unknown } | undefined)?.progressToken;
        const owner = typeof token === 'string' || typeof token === 'number' ? progressOwners.get(key(token)) : undefined;
        void toAgent(msg, owner);
        return;
      }
    }
    void toAgent(msg);
  };

  async function handleCall(msg: JSONRPCRequest): Promise<void> {
    const k = key(msg.id);
    const abort = new AbortController();
    intercepted.set(k, abort);
    try {
      const params = (msg.params ?? {}) as { name?: unknown; arguments?: unknown };
      const args = params.arguments ?? {};
      if (typeof params.name !== 'string' || !isPlainObject(args)) {
        // SECURITY (F6): a call the proxy cannot read is refused, never forwarded.
        await toAgent({ jsonrpc: '2.0', id: msg.id, error: { code: -32602, message: 'portcullis: tools/call needs a string `name` and an object `arguments`' } });
        return;
      }
      const action: McpToolCallAction = { kind: 'mcp_tool_call', server: serverName, tool: params.name, arguments: args };
      const hints = await annotationsFor(params.name);
      if (hints) action.annotations = hints;
      const progressToken = progressTokenOf(msg);
      let decision = await decide(action);
      if (abort.signal.aborted) return;
      const deadline = clock.now() + holdTimeoutMs;
      let polls = 0;
      while (decision.effect === 'hold') {
        const requestId = decision.requestId ?? '';
        let status: HeldStatus | null = null;
        try {
          status = await bounded(gate.requestStatus(requestId), decideTimeoutMs, 'the approval status');
        } catch (err) {
          log(`portcullis mcp: could not read request ${requestId}: ${String(err)}`);
        }
        if (abort.signal.aborted) return;
        // `recheck`: the gate cannot read the request (both of ours can), so the proxy asks again;
        // the gateway answers hold until approved.
        if (status && (status.status === 'approved' || status.status === 'recheck')) {
          decision = await decide(action);
          if (abort.signal.aborted) return;
          // Still held (not approved yet, or a stricter policy now): wait like any other round.
          if (decision.effect !== 'hold') continue;
        } else if (status && status.status !== 'pending') {
          await answer(msg.id, TOOL_ERROR(requestEndedText(params.name, requestId, status.status, decision.decisionId)));
          return;
        }
        const now = clock.now();
        if (now >= deadline) {
          await answer(msg.id, TOOL_ERROR(heldText(params.name, decision, known(status), holdTimeoutMs)));
          return;
        }
        if (progressToken !== undefined) {
          polls += 1;
          await toAgent({ jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken, progress: polls, message: heldProgressText(requestId, known(status), decision, deadline - now) } }, msg.id);
        }
        await sleep(Math.min(pollMs, deadline - now), abort.signal);
        if (abort.signal.aborted) return;
      }
      if (decision.effect !== 'allow') {
        await answer(msg.id, TOOL_ERROR(deniedText(params.name, decision)));
        return;
      }
      if (decision.requestId !== undefined) {
        const { requestId, decisionId } = decision;
        let lease: KeptLease;
        try {
          // SECURITY (L3): the lease is confirmed alive before the call is forwarded (as exec does
          // before it runs a command), then renewed while the upstream runs it.
          lease = await keepLease(() => bounded(gate.renewLease(requestId), decideTimeoutMs, 'the lease renewal'), leaseTimers, (err) =>
            log(`portcullis mcp: could not renew the execution lease of request ${requestId} (${String((err as Error)?.message ?? err)}); if it runs out before \`${params.name}\` ends, the request is recorded outcome_unknown`),
          );
        } catch (err) {
          const why = `nothing ran: the execution lease of request ${requestId} could not be renewed (${String((err as Error)?.message ?? err)})`;
          await gate.reportOutcome({ requestId, decisionId, outcome: 'failed', exitCode: null, error: why, adapter: 'mcp' }).catch(() => undefined);
          await answer(msg.id, TOOL_ERROR(errorText(why)));
          return;
        }
        if (abort.signal.aborted) {
          // cancelled by the agent while the lease was renewed: nothing was forwarded
          lease.stop();
          await gate.reportOutcome({ requestId, decisionId, outcome: 'failed', exitCode: null, error: 'nothing ran: the agent cancelled the call', adapter: 'mcp' }).catch(() => undefined);
          return;
        }
        approvedCalls.set(k, { requestId, decisionId, lease });
      }
      // INVARIANT (forward-only-on-allow): the original message, unchanged, reaches the upstream only here.
      intercepted.delete(k);
      await toUpstream(msg);
    } catch (err) {
      // SECURITY (F1): whatever went wrong, the call is refused.
      await answer(msg.id, TOOL_ERROR(errorText(String((err as Error)?.message ?? err))));
    } finally {
      intercepted.delete(k);
    }
  }

  async function decide(action: McpToolCallAction): Promise<Decision> {
    // SECURITY (F5): a gate that does not answer in time is a refusal (the caller catches).
    return bounded(gate.decide(action, { ...baseContext }), decideTimeoutMs, 'the decision');
  }

  async function annotationsFor(tool: string): Promise<Annotations | undefined> {
    if (!annotations || !annotations.has(tool)) {
      // A tool we have not seen listed: learn the current list once. Failure leaves annotations
      // unknown, which the classifier treats as the worst case.
      const loaded = await loadAnnotations();
      if (loaded) annotations = loaded;
    }
    return annotations?.get(tool);
  }

  function loadAnnotations(): Promise<Map<string, Annotations | undefined> | null> {
    if (!initialized) return Promise.resolve(null);
    annotationsLoading ??= (async () => {
      try {
        const map = new Map<string, Annotations | undefined>();
        let cursor: string | undefined;
        for (let page = 0; page < MAX_LIST_PAGES; page++) {
          const result = await ownRequest('tools/list', cursor === undefined ? {} : { cursor });
          for (const t of (result['tools'] as ToolInfo[] | undefined) ?? []) map.set(t.name, pickAnnotations(t.annotations));
          cursor = typeof result['nextCursor'] === 'string' ? result['nextCursor'] : undefined;
          if (cursor === undefined) break;
        }
        return map;
      } catch (err) {
        log(`portcullis mcp: could not list the upstream's tools: ${String((err as Error)?.message ?? err)}`);
        return null;
      } finally {
        annotationsLoading = null;
      }
    })();
    return annotationsLoading;
  }

  function ownRequest(method: string, params: JsonObject): Promise<JsonObject> {
    const id = `${ownPrefix}${++ownSeq}`;
    return bounded(
      new Promise<JsonObject>((resolve, reject) => {
        own.set(key(id), (msg) => ('result' in msg ? resolve(msg.result as JsonObject) : reject(new Error(('error' in msg && msg.error.message) || 'upstream error'))));
        upstream.send({ jsonrpc: '2.0', id, method, params }).catch(reject);
      }),
      listTimeoutMs,
      `the upstream's ${method}`,
    ).finally(() => own.delete(key(id)));
  }

  async function filterList(result: JsonObject): Promise<JsonObject> {
    const tools = result['tools'];
    if (!Array.isArray(tools)) return result;
    const info = tools as unknown as ToolInfo[];
    // Remember what this page says: the agent's own listing also teaches the proxy annotations.
    annotations ??= new Map();
    for (const t of info) if (t && typeof t.name === 'string') annotations.set(t.name, pickAnnotations(t.annotations));
    const hidden = await Promise.all(info.map((t) => neverAllowed(t)));
    if (!hidden.some(Boolean)) return result;
    return { ...result, tools: tools.filter((_, i) => !hidden[i]) };
  }

  /**
   * A tool is hidden only when a deny is certain whatever the arguments. The proxy cannot know how
   * arguments are classified (a `run_sql` can be a SELECT or a DROP, a name can point at dev or at
   * production), so it does not probe with sample calls: the gate answers over every verb and
   * environment. Errors and timeouts keep the tool visible; the call itself is still decided when
   * made, so hiding is a courtesy, never the control.
   */
  async function neverAllowed(tool: ToolInfo): Promise<boolean> {
    if (!tool || typeof tool.name !== 'string') return false;
    try {
      return (await bounded(gate.neverAllowed(tool.name), decideTimeoutMs, 'the tool visibility check')) === true;
    } catch {
      return false; // never hide on error
    }
  }

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    for (const a of intercepted.values()) a.abort();
    // Nobody is left to hear these answers: no more renewals (the requests end outcome_unknown).
    for (const c of approvedCalls.values()) c.lease.stop();
    void Promise.allSettled([downstream.close(), upstream.close()]).then(() => resolveClosed());
  };
  downstream.onclose = finish;
  upstream.onclose = finish;
  downstream.onerror = (err) => log(`portcullis mcp: agent side: ${err.message}`);
  upstream.onerror = (err) => log(`portcullis mcp: upstream side: ${err.message}`);

  return {
    async start() {
      await upstream.start();
      await downstream.start();
    },
    async close() {
      if (closing) return closed;
      closing = true;
      finish();
      return closed;
    },
    closed,
  };
}

const NODE_TIMERS: LeaseTimers = { set: (run, ms) => setTimeout(run, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

function pickAnnotations(a: Record<string, unknown> | undefined): Annotations | undefined {
  if (!a || typeof a !== 'object') return undefined;
  const out: Annotations = {};
  for (const k of ['destructiveHint', 'readOnlyHint', 'idempotentHint', 'openWorldHint'] as const) if (typeof a[k] === 'boolean') out[k] = a[k];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A status worth showing: `recheck` carries no counts. */
function known(status: HeldStatus | null): HeldStatus | null {
  return status && status.status !== 'recheck' ? status : null;
}

function key(id: RequestId | string | number): string {
  return `${typeof id}:${String(id)}`;
}

function progressTokenOf(msg: JSONRPCRequest): string | number | undefined {
  const token = (msg.params as { _meta?: { progressToken?: unknown } } | undefined)?._meta?.progressToken;
  return typeof token === 'string' || typeof token === 'number' ? token : undefined;
}

function isRequest(m: JSONRPCMessage): m is JSONRPCRequest {
  return 'method' in m && 'id' in m;
}
function isNotification(m: JSONRPCMessage): m is Extract<JSONRPCMessage, { method: string }> {
  return 'method' in m && !('id' in m);
}
function isResponse(m: JSONRPCMessage): m is Extract<JSONRPCMessage, { id: RequestId }> & ({ result: unknown } | { error: { code: number; message: string } }) {
  return 'id' in m && !('method' in m);
}
function isPlainObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

async function bounded<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

function realSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
