/**
 * A `fetch` for the SDK client over an agent's Unix socket (D7), for `portcullis mcp --socket`.
 * The socket says which agent is calling, so the bearer header the client always sends is dropped
 * (the daemon refuses one rather than ignore it). `node:http` rather than undici: one request at a
 * time, bounded by the client's own abort signal.
 */
export type SocketFetch = (input: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

const MAX_BODY_BYTES = 1 << 20;

export function socketFetch(socketPath: string): SocketFetch {
  const http = process.getBuiltinModule('node:http');
  return (input, init) =>
    new Promise((resolve, reject) => {
      const url = new URL(input, 'http://portcullis');
      const headers = Object.fromEntries(Object.entries(init.headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
      if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body));
      const req = http.request({ socketPath, path: `${url.pathname}${url.search}`, method: init.method, headers: { ...headers, host: 'portcullis' }, ...(init.signal ? { signal: init.signal } : {}) }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY_BYTES) req.destroy(new Error(`answer larger than ${MAX_BODY_BYTES} bytes`));
          else chunks.push(c);
        });
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ ok: status >= 200 && status < 300, status, text: async () => text });
        });
      });
      req.on('error', reject);
      req.end(init.body);
    });
}
