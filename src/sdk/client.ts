import type { Action, ActionContext, Decision, Effect, Reason } from '../core/index.ts';

/** The subset of `fetch` the client uses: any WHATWG fetch (browsers, edge runtimes, Node, Deno, Bun). */
export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

export interface ClientOptions {
  /** Where `portcullis serve` listens, e.g. `http://127.0.0.1:7070`. */
  baseUrl: string;
  /** The agent's own bearer token (never its operator's: D1). */
  token: string;
  /** The agent id, sent with each decision request; the server checks it against the token. */
  agent?: string;
  fetch?: FetchLike;
  /** F5: bound on one HTTP call (default 10 s); a timeout is an error, and guards refuse on errors. */
  timeoutMs?: number;
}

/** A held request's state (A10 statuses: `pending`, `approved`, `denied`, `expired`, `cancelled`, ...). */
export interface RequestStatus {
  id: string;
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
}

export type WaitResult = RequestStatus & { timedOut: boolean };

export interface PortcullisClient {
  /** Decides one action for the token's agent; the decision is recorded before it is returned. */
  decide(action: Action, context?: ActionContext): Promise<Decision>;
  /** Reads a held request without changing anything. */
  requestStatus(requestId: string): Promise<RequestStatus>;
  /**
   * Polls a held request until it leaves `pending` or `timeoutMs` passes. An `approved` status only
   * unlocks: decide the same action again to consume the approval (A6) before acting.
   */
  waitForApproval(requestId: string, options?: WaitOptions): Promise<WaitResult>;
}

/** An error talking to Portcullis: the caller must treat it as a refusal (F1). */
export class PortcullisClientError extends Error {
  readonly code: string;
  readonly status: number;
  readonly hint: string | undefined;
  constructor(code: string, message: string, status = 0, hint?: string) {
    super(message);
    this.name = 'PortcullisClientError';
    this.code = code;
    this.status = status;
    this.hint = hint;
  }
}

const EFFECTS: readonly Effect[] = ['allow', 'deny', 'hold'];

/**
 * A typed client of the HTTP decision API v1:
 * - `POST /v1/decisions` with `{agent?, action, context}` → the `Decision`;
 * - `GET /v1/approvals/{id}` → the held request's status.
 * Uses `fetch` only, so it runs in browsers and edge runtimes.
 */
export function createClient(options: ClientOptions): PortcullisClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { authorization: `Bearer ${options.token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Awaited<ReturnType<FetchLike>>;
    let text: string;
    try {
      res = await doFetch(`${base}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}), signal: AbortSignal.timeout(timeoutMs) });
      text = await res.text();
    } catch (err) {
      const timedOut = (err as { name?: string })?.name === 'TimeoutError';
      throw new PortcullisClientError(timedOut ? 'timeout' : 'unreachable', timedOut ? `portcullis did not answer within ${timeoutMs} ms` : `cannot reach portcullis at \`${base}\`: ${(err as Error)?.message ?? String(err)}`);
    }
    let parsed: unknown;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      throw new PortcullisClientError('bad_response', `portcullis answered ${res.status} with a body that is not JSON`, res.status);
    }
    if (!res.ok) {
      const e = (parsed as { error?: { code?: unknown; message?: unknown; hint?: unknown } } | null)?.error;
      throw new PortcullisClientError(
        typeof e?.code === 'string' ? e.code : `http_${res.status}`,
        typeof e?.message === 'string' ? e.message : `portcullis answered ${res.status}`,
        res.status,
        typeof e?.hint === 'string' ? e.hint : undefined,
      );
    }
    return parsed;
  }

  async function requestStatus(requestId: string): Promise<RequestStatus> {
    return parseStatus(await call('GET', `/v1/approvals/${encodeURIComponent(requestId)}`), requestId);
  }

  return {
    async decide(action, context = {}) {
      const body = { ...(options.agent !== undefined ? { agent: options.agent } : {}), action, context };
      return parseDecision(await call('POST', '/v1/decisions', body));
    },
    requestStatus,
    async waitForApproval(requestId, wait = {}) {
      const now = wait.now ?? (() => Date.now());
      const sleep = wait.sleep ?? defaultSleep;
      const deadline = now() + (wait.timeoutMs ?? 300_000);
      const interval = wait.intervalMs ?? 2_000;
      for (;;) {
        if (wait.signal?.aborted) throw new PortcullisClientError('aborted', `stopped waiting for request \`${requestId}\``);
        const status = await requestStatus(requestId);
        const left = deadline - now();
        wait.onProgress?.(status, Math.max(0, left));
        if (status.status !== 'pending') return { ...status, timedOut: false };
        if (left <= 0) return { ...status, timedOut: true };
        await sleep(Math.min(interval, left), wait.signal);
      }
    },
  };
}

/** Strict enough to never mistake a malformed answer for an allow. */
function parseDecision(body: unknown): Decision {
  const d = body as Partial<Decision> | null;
  if (!d || typeof d !== 'object' || !EFFECTS.includes(d.effect as Effect) || typeof d.decisionId !== 'string' || !Array.isArray(d.reasons)) {
    throw new PortcullisClientError('bad_response', 'portcullis answered with something that is not a decision');
  }
  if (d.effect === 'hold' && typeof d.requestId !== 'string') throw new PortcullisClientError('bad_response', 'portcullis held the action without a request id');
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
  };
}

function parseStatus(body: unknown, requestId: string): RequestStatus {
  const s = ((body as { request?: unknown } | null)?.request ?? body) as Record<string, unknown> | null;
  if (!s || typeof s !== 'object' || typeof s['status'] !== 'string') throw new PortcullisClientError('bad_response', `portcullis answered with something that is not the status of request \`${requestId}\``);
  // The approvals may come as a count or as the list of votes (only those that count now).
  const approvals = Array.isArray(s['approvals']) ? (s['approvals'] as { counts?: unknown }[]).filter((v) => v?.counts !== false).length : typeof s['approvals'] === 'number' ? s['approvals'] : 0;
  return {
    id: typeof s['id'] === 'string' ? s['id'] : requestId,
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
