import { PortcullisError, type Action, type ActionContext, type Decision, type Effect } from '../core/index.ts';

/** A decision as `POST /v1/decisions` returns it (`DecisionResponseV1`), the parts adapters use. */
export type RemoteDecision = Pick<Decision, 'effect' | 'reasons' | 'decisionId' | 'requestId' | 'requiredApprovals' | 'approverGroups' | 'actionDigest'>;

export interface RemoteGateOptions {
  /** Base URL of `portcullis serve`, e.g. `http://127.0.0.1:8700`. */
  server: string;
  /** The agent's own bearer token (never the operator's: the server refuses reviewer tokens). */
  token: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const EFFECTS: readonly Effect[] = ['allow', 'deny', 'hold'];

/**
 * The decision API as a gate for the hook and exec adapters (`--server URL`). The server binds the
 * agent from the token. Anything but a well-formed 200 answer rejects, and adapters deny on a
 * rejection (F1); the request is bounded in time (F5).
 */
export function remoteGate(options: RemoteGateOptions): { decide(action: Action, context: ActionContext): Promise<RemoteDecision> } {
  const url = new URL('/v1/decisions', options.server).toString();
  const doFetch = options.fetch ?? fetch;
  return {
    async decide(action, context) {
      let res: Response;
      try {
        res = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
          body: JSON.stringify({ action, context }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (err) {
        throw new PortcullisError('store_unavailable', `the Portcullis server at \`${options.server}\` did not answer: ${err instanceof Error ? err.message : String(err)}`, { hint: 'check `portcullis serve` is running there' });
      }
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        throw new PortcullisError('internal_error', `the Portcullis server answered ${res.status} without JSON`);
      }
      const b = body as Record<string, unknown>;
      if (!res.ok) {
        const e = (b?.error ?? b) as Record<string, unknown>;
        throw new PortcullisError('internal_error', `the Portcullis server refused the request (${res.status}${typeof e?.code === 'string' ? ` ${e.code}` : ''}): ${typeof e?.message === 'string' ? e.message : 'no message'}`);
      }
      // SECURITY: only a well-formed answer counts; anything odd rejects and the adapter denies.
      if (!EFFECTS.includes(b.effect as Effect) || typeof b.decisionId !== 'string' || !Array.isArray(b.reasons)) {
        throw new PortcullisError('internal_error', 'the Portcullis server sent a malformed decision');
      }
      return {
        effect: b.effect as Effect,
        reasons: (b.reasons as Decision['reasons']).filter((r) => typeof r?.message === 'string'),
        decisionId: b.decisionId,
        ...(typeof b.requestId === 'string' ? { requestId: b.requestId } : {}),
        requiredApprovals: typeof b.requiredApprovals === 'number' ? b.requiredApprovals : 0,
        approverGroups: Array.isArray(b.approverGroups) ? (b.approverGroups as string[]) : [],
        actionDigest: typeof b.actionDigest === 'string' ? b.actionDigest : '',
      };
    },
  };
}
