/**
 * Node transports of the decision API v1 (the SDK's `Transport`): `httpTransport` over TCP with the
 * agent's bearer token, and `exchange()`, the node:http exchange any node transport shares (a
 * per-agent Unix socket is `exchange(cb => request({ socketPath, path, method, signal }, cb), body)`).
 * It imports nothing at load time, so the hook's light entry stays light.
 */
// types only (erased): the light hook path loads this file and client.ts, nothing else from sdk/
import type { Transport, TransportResponse } from './transport.ts';

/** A decision is a few kilobytes; more is not an answer anyone should parse. */
const MAX_ANSWER_BYTES = 1 << 20;

export interface HttpTransportOptions {
  /** Where `portcullis serve` listens, e.g. `http://127.0.0.1:7070`. */
  baseUrl: string;
  /** The agent's own bearer token (never its operator's: D1). */
  token: string;
}

/**
 * `node:http`/`node:https` over TCP, with the bearer token. Not `fetch`: `fetch` loads undici (about
 * 20 ms of a hook start that is 20 ms in all), and a hook makes one request per process. The global
 * agent keeps the connection alive for `exec`, which polls its held request, and never holds the
 * process open. Builtins come from `process.getBuiltinModule`: `import 'node:http'` builds an ESM
 * facade that reads `http.WebSocket`, which loads undici anyway.
 */
export function httpTransport(options: HttpTransportOptions): Transport {
  // parsed now, so an address that is not a URL fails at start-up, not at the first call
  const base = new URL(options.baseUrl);
  const auth = { accept: 'application/json', authorization: `Bearer ${options.token}` };
  return {
    address: options.baseUrl,
    request(method, path, body, { signal }) {
      const url = new URL(path, base);
      const client = url.protocol === 'https:' ? process.getBuiltinModule('node:https') : url.protocol === 'http:' ? process.getBuiltinModule('node:http') : null;
      if (!client) return Promise.reject(new Error(`unsupported protocol \`${url.protocol}\``));
      const headers: Record<string, string> = body === null ? auth : { ...auth, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
      return exchange((cb) => client.request(url, { method, headers, signal }, cb), body);
    },
  };
}


/** The parts of node:http's ClientRequest and IncomingMessage used here (the SDK imports no built-in). */
export interface NodeRequest {
  on(event: 'error', listener: (err: Error) => void): unknown;
  destroy(err?: Error): unknown;
  end(body?: string): unknown;
}
export interface NodeResponse {
  statusCode?: number | undefined;
  headers: Record<string, string | string[] | undefined>;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'aborted' | 'end', listener: () => void): unknown;
}

/**
 * Sends `body` on the request `open` makes and collects the answer, capped at MAX_ANSWER_BYTES.
 * Shared by every node:http-based transport (TCP here, a Unix socket next to it).
 */
export function exchange(open: (onResponse: (res: NodeResponse) => void) => NodeRequest, body: string | null): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const req = open((res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
          req.destroy(new Error(`answer larger than ${MAX_ANSWER_BYTES} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', reject);
      res.on('aborted', () => reject(new Error('the answer was cut off')));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', reject);
    if (body === null) req.end();
    else req.end(body);
  });
}

/**
 * D7: `node:http` over an agent's Unix socket of `portcullis daemon`. No token: the socket (owned
 * by the agent's Unix user, mode 0600) says which agent connects, and the daemon refuses a bearer
 * header rather than ignore it, so none is sent.
 *
 * One keep-alive agent per transport: the MCP proxy and `exec` ask many times, on one connection
 * (a new connection per request costs a connect and an accept on both sides). An idle connection
 * is closed by this side before the daemon's keep-alive timeout (Node reads the daemon's
 * `Keep-Alive: timeout=` and lets go a second earlier), and one the daemon closes (a restart) leaves
 * the pool when its close is read. A request that meets a kept connection already closed by the
 * daemon (a restart this process had not noticed yet) is sent once more on a new connection, but
 * only when the daemon cannot have read it: the write failed (EPIPE) or the daemon reset the
 * connection with the request unread (ECONNRESET). A connection that ends after the request was read
 * ("socket hang up") is a failure (the caller refuses, F1), never a second send: the daemon may have
 * recorded the decision, and a second one could consume an approval twice. Idle pooled connections
 * never keep the process alive.
 */
export function socketTransport(socketPath: string): Transport {
  let agent: ReturnType<typeof keptConnections> | undefined;
  return {
    address: `unix:${socketPath}`,
    request(method, path, body, { signal }) {
      const http = process.getBuiltinModule('node:http');
      agent ??= keptConnections();
      const headers: Record<string, string> = body === null ? { accept: 'application/json', host: 'portcullis' } : { accept: 'application/json', host: 'portcullis', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
      const send = (fresh: boolean) => {
        let req: { reusedSocket?: boolean } | undefined;
        const sent = exchange((cb) => (req = http.request({ socketPath, path, method, headers, signal, ...(fresh ? { agent: false } : { agent }) }, cb)), body);
        return { sent, reused: () => req?.reusedSocket === true };
      };
      const first = send(false);
      return first.sent.catch((err: unknown) => {
        if (!first.reused() || signal.aborted || !unread(err)) throw err;
        return send(true).sent;
      });
    },
  };
}

const keptConnections = () => new (process.getBuiltinModule('node:http').Agent)({ keepAlive: true, maxSockets: 16, scheduling: 'lifo' });

/** The peer closed before reading what was written: nothing of the request was acted on. */
function unread(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  return e?.code === 'EPIPE' || (e?.code === 'ECONNRESET' && e.message !== 'socket hang up');
}
