import type { Action, ActionContext, Decision, Effect, ErrorCode, Reason } from '../core/index.ts';
// the one error type, alone: core/errors.ts imports nothing, so the SDK stays browser-safe and light
import { PortcullisError } from '../core/errors.ts';
import type { Transport, TransportResponse } from './transport.ts';

/** The subset of `fetch` the client uses: any WHATWG fetch (browsers, edge runtimes, Node, Deno, Bun). */
export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

interface ClientCommon {
  /** The agent id, sent with each decision request; the server checks it against the token. */
  agent?: string;
  /** F5: bound on one HTTP call (default 10 s); a timeout is an error, and guards refuse on errors. */
  timeoutMs?: number;
}

/**
 * Either a base URL and the agent's token (over `fetch`, or the `fetch` given), or any `Transport`
 * (`httpTransport` over node:http; a per-agent Unix socket, which needs no token).
 */
export type ClientOptions = ClientCommon &
  (
    | {
        /** Where `portcullis serve` listens, e.g. `http://127.0.0.1:7070`. */
        baseUrl: string;
        /** The agent's own bearer token (never its operator's: D1). */
        token: string;
        fetch?: FetchLike;
      }
    | { transport: Transport }
  );

/** `fetch` as a Transport: runs in browsers and edge runtimes; the bearer token stays in here. */
export function fetchTransport(options: { baseUrl: string; token: string; fetch?: FetchLike }): Transport {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    address: base,
    async request(method, path, body, { signal }) {
      const headers: Record<string, string> = { authorization: `Bearer ${options.token}`, accept: 'application/json' };
      if (body !== null) headers['content-type'] = 'application/json';
      const res = await doFetch(`${base}${path}`, { method, headers, ...(body !== null ? { body } : {}), signal });
      return { status: res.status, headers: {}, body: await res.text() };
    },
  };
}

/** A held request's state (A10 statuses: `pending`, `approved`, `executing`, `succeeded`, `denied`, `expired`, ...). */
export interface RequestStatus {
  id: string;
  /** The digest of the exact action the request is for (A1); empty when the server did not say. */
  digest: string;
  status: string;
  approvals: number;
  required: number;
  approverGroups: string[];
  /** Epoch milliseconds; 0 when the server did not say. */
  expiresAt: number;
}

export interface WaitOptions {
  /** Give up after this long (default 5 min); the result then has `timedOut: true`. */
  timeoutMs?: number;
  /** How often to ask (default 2 s). */
  intervalMs?: number;
  onProgress?: (status: RequestStatus, leftMs: number) => void;
  signal?: AbortSignal;
  /** Injected in tests so nothing sleeps for time. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /**
   * The held action itself: once the request is `approved`, `waitForApproval` decides it once more,
   * which consumes the approval (A6), and returns that decision. Without it, decide it yourself.
   */
  consume?: { action: Action; context?: ActionContext };
}

/** `decision`: the one decision made to consume the approval (only with `consume` and `approved`). */
export type WaitResult = RequestStatus & { timedOut: boolean; decision?: Decision };

export interface PortcullisClient {
  /**
   * Decides one action for the token's agent; the decision is recorded before it is returned.
   * `reason`: why the agent asks, shown to reviewers (recorded, not part of the digest).
   */
  decide(action: Action, context?: ActionContext, reason?: string): Promise<Decision>;
  /**
   * Reads one of this agent's own held requests (`GET /v1/requests/{id}`) without changing anything:
   * no decision is recorded, no approval consumed. Another agent's request is `approval_not_found`.
   */
  requestStatus(requestId: string): Promise<RequestStatus>;
  /**
   * Polls a held request's status (never deciding) until it leaves `pending` or `timeoutMs` passes.
   * An `approved` status only unlocks: the action must be decided once more to consume the approval
   * (A6) before acting; pass `consume` and this call does it and returns the decision.
   */
  waitForApproval(requestId: string, options?: WaitOptions): Promise<WaitResult>;
  /**
   * L3: records how the action of a consumed approval ended (the request is `executing` since the
   * deciding call). Once per request; any other status is refused (`approval_refused`, 409).
   */
  reportOutcome(requestId: string, outcome: 'succeeded' | 'failed', options?: { exitCode?: number }): Promise<RequestStatus>;
  /**
   * Whether policy denies this agent the tool `tool` of MCP server `server` whatever the call's
   * arguments (`GET /v1/never-allowed`): a tool to hide from the model. Records nothing; false when
   * in doubt, and every call is still decided.
   */
  neverAllowed(server: string, tool: string): Promise<boolean>;
  /**
   * L3: while the action of a consumed approval runs, renew its execution lease well within
   * `leaseMs` (a third of it, say). A lease that runs out with no outcome makes the request
   * `outcome_unknown` for good (never retried); renewing then is refused (`approval_refused`, 409).
   */
  renewLease(requestId: string): Promise<RequestStatus & { leaseUntil: number; leaseMs: number }>;
  /**
   * A12, on an agent's Unix socket only (`portcullis daemon`): hands the bytes of input files of an
   * allowed decision to the daemon (`POST /v1/inputs`), which checks each against the sha256 the
   * decision bound and writes a copy the agent's user may read and cannot change. Once per
   * decision. Elsewhere `exec_staging_unavailable` (501).
   */
  stageInputs(decisionId: string, files: ReadonlyArray<{ path: string; bytes: Uint8Array }>): Promise<{ stageId: string; files: Array<{ path: string; staged: string }> }>;
  /** Removes a stage's copies (`POST /v1/inputs/{id}/release`); resolves also when they are gone already. */
  releaseInputs(stageId: string): Promise<void>;
}

/**
 * An error talking to Portcullis is a `PortcullisError`, the same type the in-process gate and the
 * CLI throw: the caller must treat it as a refusal (F1). `code` is the server's own code when it
 * answered with one (`permission_denied`, `approval_not_found`, ...), else `client_unreachable`,
 * `client_timeout`, `client_bad_response` or `client_aborted`; `status` is the HTTP status (0 when
 * there was no answer). `PortcullisClientError` is the same class under its earlier name.
 */
export { PortcullisError };
export const PortcullisClientError = PortcullisError;
export type PortcullisClientError = PortcullisError;

const failure = (code: ErrorCode, message: string, options: { status?: number; hint?: string } = {}) => new PortcullisError(code, message, options);

const EFFECTS: readonly Effect[] = ['allow', 'deny', 'hold'];

/**
 * A typed client of the HTTP decision API v1:
 * - `POST /v1/decisions` with `{agent?, action, context}` → the `Decision`;
 * - `GET /v1/requests/{id}` → the agent's own held request's status;
 * - `POST /v1/requests/{id}/outcome` with `{outcome, exitCode?}` → the status after recording it;
 * - `POST /v1/requests/{id}/lease` with `{}` → the status with the renewed `leaseUntil` and `leaseMs`.
 * Uses `fetch` only, so it runs in browsers and edge runtimes.
 */
export function createClient(options: ClientOptions): PortcullisClient {
  const transport = 'transport' in options ? options.transport : fetchTransport(options);
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    let res: TransportResponse;
    // F5: every exchange is bounded, whatever the transport
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      res = await transport.request(method, path, body !== undefined ? JSON.stringify(body) : null, { signal });
    } catch (err) {
      const timedOut = signal.aborted || (err as { name?: string })?.name === 'TimeoutError';
      // D7: a socket transport's address is `unix:PATH`, and that socket is `portcullis daemon`'s
      const hint = transport.address.startsWith('unix:') ? 'check `portcullis daemon` is running and this Unix user owns the socket' : 'check `portcullis serve` is running there';
      throw timedOut
        ? failure('client_timeout', `portcullis at \`${transport.address}\` did not answer within ${timeoutMs} ms`, { hint })
        : failure('client_unreachable', `cannot reach portcullis at \`${transport.address}\`: ${(err as Error)?.message ?? String(err)}`, { hint });
    }
    const text = res.body;
    let parsed: unknown;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      throw failure('client_bad_response', `portcullis answered ${res.status} with a body that is not JSON`, { status: res.status });
    }
    if (res.status < 200 || res.status > 299) {
      const e = (parsed as { error?: { code?: unknown; message?: unknown; hint?: unknown } } | null)?.error;
      // the server's own code (a newer server's unknown code passes through as it came)
      throw failure(typeof e?.code === 'string' ? (e.code as ErrorCode) : 'client_bad_response', typeof e?.message === 'string' ? e.message : `portcullis answered ${res.status}`, {
        status: res.status,
        ...(typeof e?.hint === 'string' ? { hint: e.hint } : {}),
      });
    }
    return parsed;
  }

  async function requestStatus(requestId: string): Promise<RequestStatus> {
    return parseStatus(await call('GET', `/v1/requests/${encodeURIComponent(requestId)}`), requestId);
  }

  async function decide(action: Action, context: ActionContext = {}, reason?: string): Promise<Decision> {
    const body = { ...(options.agent !== undefined ? { agent: options.agent } : {}), action, context, ...(reason ? { reason } : {}) };
    return parseDecision(await call('POST', '/v1/decisions', body));
  }

  return {
    decide,
    requestStatus,
    async reportOutcome(requestId, outcome, extra = {}) {
      return parseStatus(await call('POST', `/v1/requests/${encodeURIComponent(requestId)}/outcome`, { outcome, ...(extra.exitCode !== undefined ? { exitCode: extra.exitCode } : {}) }), requestId);
    },
    async neverAllowed(server, tool) {
      const b = (await call('GET', `/v1/never-allowed?${new URLSearchParams({ server, tool }).toString()}`)) as { neverAllowed?: unknown } | null;
      if (typeof b?.neverAllowed !== 'boolean') throw failure('client_bad_response', `portcullis answered with something that is not whether \`${tool}\` is never allowed`);
      return b.neverAllowed;
    },
    async renewLease(requestId) {
      const body = await call('POST', `/v1/requests/${encodeURIComponent(requestId)}/lease`, {});
      const b = body as { leaseUntil?: unknown; leaseMs?: unknown } | null;
      if (typeof b?.leaseUntil !== 'number' || typeof b.leaseMs !== 'number' || !(b.leaseMs > 0)) throw failure('client_bad_response', `portcullis answered without a lease for request \`${requestId}\``);
      return { ...parseStatus(body, requestId), leaseUntil: b.leaseUntil, leaseMs: b.leaseMs };
    },
    async stageInputs(decisionId, files) {
      const body = (await call('POST', '/v1/inputs', { decisionId, files: files.map((f) => ({ path: f.path, base64: base64Of(f.bytes) })) })) as { stageId?: unknown; files?: unknown } | null;
      const staged = Array.isArray(body?.files) ? (body.files as Array<{ path?: unknown; staged?: unknown }>) : [];
      // SECURITY (A12): every file handed over comes back with a path of its copy, in order, or nothing runs.
      const ok = typeof body?.stageId === 'string' && staged.length === files.length && staged.every((f, i) => f?.path === files[i]!.path && typeof f.staged === 'string' && f.staged.startsWith('/'));
      if (!ok) throw failure('client_bad_response', `portcullis answered with something that is not the staged copies of decision \`${decisionId}\``);
      return { stageId: body!.stageId as string, files: staged.map((f) => ({ path: f.path as string, staged: f.staged as string })) };
    },
    async releaseInputs(stageId) {
      await call('POST', `/v1/inputs/${encodeURIComponent(stageId)}/release`, {});
    },
    async waitForApproval(requestId, wait = {}) {
      const now = wait.now ?? (() => Date.now());
      const sleep = wait.sleep ?? defaultSleep;
      const deadline = now() + (wait.timeoutMs ?? 300_000);
      const interval = Math.max(1, wait.intervalMs ?? 2_000);
      // Bounded in count as well as time: a clock that never moves cannot keep us here forever.
      const maxPolls = Math.ceil((wait.timeoutMs ?? 300_000) / interval) + 2;
      let status: RequestStatus | null = null;
      for (let i = 0; i < maxPolls; i++) {
        if (wait.signal?.aborted) throw failure('client_aborted', `stopped waiting for request \`${requestId}\``);
        status = await requestStatus(requestId);
        const left = deadline - now();
        wait.onProgress?.(status, Math.max(0, left));
        if (status.status === 'approved' && wait.consume) {
          // the one decision of this wait: it consumes the approval (A6) and starts the execution (L3)
          return { ...status, timedOut: false, decision: await decide(wait.consume.action, wait.consume.context) };
        }
        if (status.status !== 'pending') return { ...status, timedOut: false };
        if (left <= 0) return { ...status, timedOut: true };
        await sleep(Math.min(interval, left), wait.signal);
      }
      return { ...status!, timedOut: true };
    },
  };
}

const B64 = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');

/**
 * Standard base64 (RFC 4648 §4, padded) by table, into ASCII bytes decoded once: the client also runs
 * in browsers, and the web platform's `btoa` over a binary string takes about a second per MiB in Node.
 */
export function base64Of(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = B64[n >> 18]!;
    out[o++] = B64[(n >> 12) & 63]!;
    out[o++] = B64[(n >> 6) & 63]!;
    out[o++] = B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = B64[n >> 18]!;
    out[o++] = B64[(n >> 12) & 63]!;
    out[o++] = rest === 2 ? B64[(n >> 6) & 63]! : 61;
    out[o] = 61;
  }
  return new TextDecoder().decode(out);
}

/** Strict enough to never mistake a malformed answer for an allow. */
function parseDecision(body: unknown): Decision {
  const d = body as Partial<Decision> | null;
  if (!d || typeof d !== 'object' || !EFFECTS.includes(d.effect as Effect) || typeof d.decisionId !== 'string' || !Array.isArray(d.reasons)) {
    throw failure('client_bad_response', 'portcullis answered with something that is not a decision');
  }
  if (d.effect === 'hold' && typeof d.requestId !== 'string') throw failure('client_bad_response', 'portcullis held the action without a request id');
  const reasons: Reason[] = d.reasons.map((r) => ({ code: String((r as Reason)?.code ?? 'unknown') as Reason['code'], message: String((r as Reason)?.message ?? '') }));
  return {
    effect: d.effect as Effect,
    reasons,
    policies: Array.isArray(d.policies) ? d.policies.map(String) : [],
    requiredApprovals: typeof d.requiredApprovals === 'number' ? d.requiredApprovals : 0,
    approverGroups: Array.isArray(d.approverGroups) ? d.approverGroups.map(String) : [],
    actionDigest: typeof d.actionDigest === 'string' ? d.actionDigest : '',
    decisionId: d.decisionId,
    facts: d.facts ?? null,
    ...(typeof d.requestId === 'string' ? { requestId: d.requestId } : {}),
    ...(d.shadow ? { shadow: d.shadow } : {}),
    // A12: the input files the decision bound, so a caller can check them again before acting
    ...(Array.isArray(d.inputs) ? { inputs: d.inputs.filter((i) => typeof i?.path === 'string' && typeof i.realPath === 'string' && typeof i.sha256 === 'string') } : {}),
  };
}

function parseStatus(body: unknown, requestId: string): RequestStatus {
  const s = ((body as { request?: unknown } | null)?.request ?? body) as Record<string, unknown> | null;
  if (!s || typeof s !== 'object' || typeof s['status'] !== 'string') throw failure('client_bad_response', `portcullis answered with something that is not the status of request \`${requestId}\``);
  // The approvals may come as a count or as the list of votes (only those that count now).
  const approvals = Array.isArray(s['approvals']) ? (s['approvals'] as { counts?: unknown }[]).filter((v) => v?.counts !== false).length : typeof s['approvals'] === 'number' ? s['approvals'] : 0;
  // SECURITY: a status that does not name this request is not an answer to wait on.
  if (s['id'] !== requestId) throw failure('client_bad_response', `portcullis answered with the status of another request than \`${requestId}\``);
  return {
    id: requestId,
    digest: typeof s['digest'] === 'string' ? s['digest'] : '',
    status: s['status'],
    approvals,
    required: typeof s['required'] === 'number' ? s['required'] : 0,
    approverGroups: Array.isArray(s['approverGroups']) ? (s['approverGroups'] as unknown[]).map(String) : [],
    expiresAt: typeof s['expiresAt'] === 'number' ? s['expiresAt'] : 0,
  };
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}
