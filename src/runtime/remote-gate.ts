import type { AgentGate } from '../gateway/index.ts';
// deep imports on purpose: the hook's light path loads the client alone (not the SDK's guards)
import { createClient } from '../sdk/client.ts';
import type { Transport } from '../sdk/transport.ts';
import { httpTransport } from '../sdk/http-transport.ts';

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
) & {
  /** F5: bound on each exchange (default 10 s). */
  timeoutMs?: number;
  /** The agent the caller believes it is; the server refuses the call when the token or socket says otherwise. */
  agent?: string;
  /** The MCP server whose tools `neverAllowed` is asked about (the MCP proxy's `--server-name`). */
  mcpServer?: string;
};

/**
 * The remote `AgentGate`: the SDK's client (one client of the decision API v1) over a `Transport`,
 * node:http with the agent's token (`--server URL`) or the agent's Unix socket (`--socket PATH`).
 * The server binds the agent from the token or the socket. Anything but a well-formed 2xx answer
 * rejects with a `PortcullisError` (the server's code, or `client_*`), and adapters deny on a
 * rejection (F1); every exchange is bounded in time (F5).
 *
 * What the API has no endpoint for: an intent of a command allowed outright (the server's decision
 * entry is its record; a held request's intent was recorded when its approval was consumed) and the
 * outcome of such a command (likewise).
 */
export function remoteGate(options: RemoteGateOptions): AgentGate {
  // Built now, so a server address that is not a URL fails at start-up, not at the first call.
  const transport = 'transport' in options ? options.transport : httpTransport({ baseUrl: options.server, token: options.token });
  const client = createClient({ transport, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}), ...(options.agent !== undefined ? { agent: options.agent } : {}) });
  return {
    decide: (action, context, reason) => client.decide(action, context, reason),
    requestStatus: (requestId) => client.requestStatus(requestId),
    recordIntent: async (i) => ({ id: i.requestId ?? i.decisionId }),
    async reportOutcome(o) {
      if (o.requestId !== null) await client.reportOutcome(o.requestId, o.outcome, o.exitCode !== null ? { exitCode: o.exitCode } : {});
    },
    neverAllowed: (tool) => client.neverAllowed(options.mcpServer ?? '', tool),
    stageInputs: (decisionId, files) => client.stageInputs(decisionId, files),
    releaseInputs: (stageId) => client.releaseInputs(stageId),
    async renewLease(requestId) {
      const { leaseMs } = await client.renewLease(requestId);
      return { leaseMs };
    },
  };
}
