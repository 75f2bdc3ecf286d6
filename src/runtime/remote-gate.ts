import type { Action, ActionContext, Decision, Effect, ErrorCode } from '../core/index.ts';
import type { HeldStatus } from '../gateway/index.ts';
// deep import on purpose: the hook's light path must not load the SDK's client and guards
import type { Transport, TransportResponse } from '../sdk/transport.ts';
import { httpTransport } from './http-transport.ts';

/** A decision as `POST /v1/decisions` returns it (`DecisionResponseV1`), the parts adapters use. */
export type RemoteDecision = Pick<Decision, 'effect' | 'reasons' | 'decisionId' | 'requestId' | 'requiredApprovals' | 'approverGroups' | 'actionDigest' | 'inputs'>;

export type RemoteGateOptions = (
  | {
      /** Base URL of `portcullis serve`, e.g. `http://127.0.0.1:8700`. */
      server: string;
      /** The agent's own bearer token (never the operator's: the server refuses reviewer tokens). */
      token: string;
    }
  | {
      /** Any other way to the decision API v1 (a per-agent Unix socket: no token). */
      transport: Transport;
    }
) & { timeoutMs?: number };

const EFFECTS: readonly Effect[] = ['allow', 'deny', 'hold'];

/**
 * Errors are PortcullisErrors, but core is loaded only when one is thrown: the hook's light path
 * (a read-only tool, an allowed call) never needs it, and every module costs start-up time.
 */
async function failure(code: ErrorCode, message: string, hint?: string): Promise<Error> {
  const { PortcullisError } = await import('../core/index.ts');
  return new PortcullisError(code, message, hint ? { hint } : {});
}

/** A held request's status as `GET /v1/requests/{id}` returns it (`HeldStatus` with its id and digest). */
export interface RemoteRequestStatus extends HeldStatus {
  id: string;
  digest: string;
}

export interface RemoteGate {
  /** `reason`: why the agent asks, shown to reviewers (not part of the digest). */
  decide(action: Action, context: ActionContext, reason?: string): Promise<RemoteDecision>;
  /** Reads the agent's own held request; records nothing, consumes nothing. */
  requestStatus(requestId: string): Promise<RemoteRequestStatus>;
  /** L3: records how the execution of the agent's own EXECUTING request ended (once). */
  reportOutcome(requestId: string, outcome: 'succeeded' | 'failed', exitCode: number | null): Promise<RemoteRequestStatus>;
  /** L3: renews the lease of the agent's own EXECUTING request; `leaseMs` is the lease's length. */
  renewLease(requestId: string): Promise<{ leaseMs: number }>;
}

/**
 * The HTTP API as a gate for the hook and exec adapters (`--server URL`): decisions, and the agent's
 * own held requests. The server binds the agent from the token. Anything but a well-formed 200
 * answer rejects, and adapters deny on a rejection (F1); every request is bounded in time (F5).
 */
export function remoteGate(options: RemoteGateOptions): RemoteGate {
  const timeoutMs = options.timeoutMs ?? 10_000;
  // Built now, so a server address that is not a URL fails at start-up, not at the first call.
  const transport = 'transport' in options ? options.transport : httpTransport({ baseUrl: options.server, token: options.token });
  const decisions = '/v1/decisions';
  const requests = (id: string, tail = '') => `/v1/requests/${encodeURIComponent(id)}${tail}`;

  /** The parsed JSON object of a 200 answer; anything else rejects with what the server said. */
  async function call(method: 'GET' | 'POST', path: string, body: unknown): Promise<Record<string, unknown>> {
    let res: TransportResponse;
    // SECURITY (F5): bounded in time whatever the server does.
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      res = await transport.request(method, path, body === undefined ? null : JSON.stringify(body), { signal });
    } catch (err) {
      const why = signal.aborted ? `no answer within ${timeoutMs} ms` : err instanceof Error ? err.message : String(err);
      throw await failure('store_unavailable', `the Portcullis server at \`${transport.address}\` did not answer: ${why}`, 'check `portcullis serve` is running there');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      throw await failure('internal_error', `the Portcullis server answered ${res.status} without JSON`);
    }
    const b = parsed as Record<string, unknown> | null;
    if (res.status !== 200) {
      const e = (b?.error ?? b) as Record<string, unknown> | null;
      throw await failure('internal_error', `the Portcullis server refused the request (${res.status}${typeof e?.code === 'string' ? ` ${e.code}` : ''}): ${typeof e?.message === 'string' ? e.message : 'no message'}`);
    }
    if (b === null || typeof b !== 'object' || Array.isArray(b)) throw await failure('internal_error', 'the Portcullis server sent something that is not a JSON object');
    return b;
  }

  async function status(b: Record<string, unknown>, requestId: string): Promise<RemoteRequestStatus> {
    // SECURITY: a status that does not name this request, or has no status, is not an answer to wait on.
    if (b.id !== requestId || typeof b.status !== 'string' || typeof b.approvals !== 'number' || typeof b.required !== 'number') {
      throw await failure('internal_error', `the Portcullis server sent a malformed status for request \`${requestId}\``);
    }
    return {
      id: b.id, digest: typeof b.digest === 'string' ? b.digest : '', status: b.status, approvals: b.approvals, required: b.required,
      approverGroups: Array.isArray(b.approverGroups) ? b.approverGroups.map(String) : [], expiresAt: typeof b.expiresAt === 'number' ? b.expiresAt : 0,
    };
  }

  return {
    async decide(action, context, reason) {
      const b = await call('POST', decisions, { action, context, ...(reason ? { reason } : {}) });
      // SECURITY: only a well-formed answer counts; anything odd rejects and the adapter denies.
      if (!EFFECTS.includes(b.effect as Effect) || typeof b.decisionId !== 'string' || !Array.isArray(b.reasons)) {
        throw await failure('internal_error', 'the Portcullis server sent a malformed decision');
      }
      return {
        effect: b.effect as Effect,
        reasons: (b.reasons as Decision['reasons']).filter((r) => typeof r?.message === 'string'),
        decisionId: b.decisionId,
        ...(typeof b.requestId === 'string' ? { requestId: b.requestId } : {}),
        requiredApprovals: typeof b.requiredApprovals === 'number' ? b.requiredApprovals : 0,
        approverGroups: Array.isArray(b.approverGroups) ? (b.approverGroups as string[]) : [],
        actionDigest: typeof b.actionDigest === 'string' ? b.actionDigest : '',
        ...(Array.isArray(b.inputs) ? { inputs: (b.inputs as NonNullable<Decision['inputs']>).filter((i) => typeof i?.path === 'string' && typeof i.realPath === 'string' && typeof i.sha256 === 'string') } : {}),
      };
    },
    async requestStatus(requestId) {
      return status(await call('GET', requests(requestId), undefined), requestId);
    },
    async reportOutcome(requestId, outcome, exitCode) {
      return status(await call('POST', requests(requestId, '/outcome'), { outcome, ...(exitCode !== null ? { exitCode } : {}) }), requestId);
    },
    async renewLease(requestId) {
      const b = await call('POST', requests(requestId, '/lease'), {});
      if (b.id !== requestId || b.status !== 'executing' || typeof b.leaseMs !== 'number' || !(b.leaseMs > 0)) throw await failure('internal_error', 'the Portcullis server sent a malformed lease');
      return { leaseMs: b.leaseMs };
    },
  };
}
