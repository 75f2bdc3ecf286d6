/**
 * How a client reaches the HTTP decision API v1: one small interface, so the same client speaks
 * over TCP (here, with the agent's bearer token) or over a per-agent Unix socket (no token: the
 * kernel says which agent connects). A transport only moves bytes: it never parses a decision,
 * and it rejects only when no complete answer came (refused, timed out, cut off, too large).
 * Authentication is the transport's business, so a socket transport simply sends none.
 * Implementations: `fetchTransport` (client.ts, any WHATWG fetch) and, for Node, `httpTransport`
 * (node:http over TCP) and `socketTransport` (an agent's Unix socket) in http-transport.ts.
 */

/** One answer, whatever its status: the client decides what a non-200 means. */
export interface TransportResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
}

export interface Transport {
  /** Where it connects, for messages (`http://127.0.0.1:7070`, `unix:/run/portcullis/kiro.sock`). */
  readonly address: string;
  /**
   * One exchange: `path` is absolute (`/v1/decisions`), `body` is JSON text or null. Must honour
   * `signal` (F5: the caller bounds every exchange) and cap the answer's size (1 MiB is plenty:
   * a decision is a few kilobytes).
   */
  request(method: 'GET' | 'POST', path: string, body: string | null, options: { signal: AbortSignal }): Promise<TransportResponse>;
}

