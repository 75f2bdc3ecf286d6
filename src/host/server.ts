import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { PortcullisError } from '../core/index.ts';
import { createHttpApp } from '../adapters/http/index.ts';
import { openRuntime, type Runtime, type RuntimeOptions } from '../runtime/index.ts';

export interface ServeOptions extends RuntimeOptions {
  /** Overrides `server.host` (default 127.0.0.1). */
  host?: string;
  /** Overrides `server.port` (default 7070); 0 picks a free port. */
  port?: number;
  /** How often due approval requests are moved to EXPIRED (default 5 s). */
  sweepMs?: number;
  version?: string;
  /** L9: told of each audited wall-clock step (the serve command prints it). */
  onClockStep?: (step: { stepMs: number; seq: number }) => void;
}

export interface RunningServer {
  /** `http://host:port` as bound (the real port when 0 was asked for). */
  url: string;
  runtime: Runtime;
  close(): Promise<void>;
}

/**
 * Opens the runtime (refusing to start on an invalid config or policy: F2), then serves the HTTP
 * adapter. `/readyz` answers ready only after the runtime is open and while the store answers.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const runtime = await openRuntime(options);
  try {
    const served = await serveRuntime(runtime, options);
    return { url: served.url, runtime, close: async () => { await served.close(); await runtime.close(); } };
  } catch (err) {
    await runtime.close();
    throw err;
  }
}

/** What the HTTP server needs of a runtime (the daemon passes one that follows config reloads). */
export type ServedRuntime = Pick<Runtime, 'config' | 'gateway' | 'control' | 'audit' | 'setPublicUrl' | 'limits' | 'sweepExpired' | 'checkClock'>;

/**
 * Serves the HTTP adapter over an open runtime, which stays open when the server closes (its owner
 * closes it). `startServer` and `portcullis daemon --listen` both come here.
 */
export async function serveRuntime(runtime: ServedRuntime, options: Omit<ServeOptions, 'configPath' | 'cwd'>): Promise<{ url: string; close(): Promise<void> }> {
  const { config } = runtime;
  const env = options.env ?? process.env;
  const host = options.host ?? config.server.host;
  const port = options.port ?? config.server.port;
  let started = false;
  let oidc = null;
  if (config.server.oidc) {
    const secret = env[config.server.oidc.clientSecretEnv];
    if (!secret) throw new PortcullisError('config_invalid', `server.oidc.client_secret_env names \`${config.server.oidc.clientSecretEnv}\`, which is not set`, { hint: 'export the OIDC client secret in that variable before starting' });
    const issuer = new URL(config.server.oidc.issuer);
    oidc = {
      issuer: config.server.oidc.issuer, clientId: config.server.oidc.clientId, clientSecret: secret, redirectUri: `${config.server.publicUrl}/auth/oidc/callback`,
      allowInsecureIssuer: issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname),
    };
  }
  // pinned now, so that no GET ever writes (the first session or OIDC flow would otherwise pin them)
  await runtime.control.sharedSecret('session');
  if (config.server.oidc) await runtime.control.sharedSecret('oidc-flow');
  const app = createHttpApp({
    gateway: runtime.gateway, control: runtime.control, clock: options.clock ?? { now: () => Date.now() }, bodyLimitBytes: config.server.bodyLimitBytes,
    sessionTtlMs: config.server.sessionTtlMs, publicUrl: config.server.publicUrl, oidc, started: () => started, version: options.version ?? '0.1.0',
    limits: runtime.limits,
  });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
  // F5: bounded timeouts on every connection (receiving the request; answering is bounded by the deadline, F8)
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(new PortcullisError('config_invalid', `cannot listen on \`${host}:${port}\`: ${err.code ?? err.message}`, { hint: 'pick another --port or stop what holds it' })));
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
  runtime.setPublicUrl(config.server.publicUrl ?? url);
  // Expire due requests (A5), and honour the 60 s checkpoint rule on a quiet log (L4): the audit log
  // checks it on every append, which a log without traffic never makes.
  const sweep = setInterval(() => {
    void runtime.checkClock().then((step) => step && options.onClockStep?.(step), () => undefined);
    void runtime.sweepExpired().catch(() => undefined);
    void runtime.audit.maybeCheckpoint().catch(() => undefined);
  // L3: a lapsed execution lease is recorded within a quarter of the lease (at most every 5 s)
  }, options.sweepMs ?? Math.min(5_000, Math.max(250, Math.floor(runtime.config.approvals.executionLeaseMs / 4))));
  sweep.unref();
  started = true;
  return {
    url,
    close: async () => {
      started = false;
      clearInterval(sweep);
      await new Promise<void>((r) => {
        // in-flight requests finish (each decision is audited before its answer); idle keep-alives go now
        server.close(() => r());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      });
    },
  };
}
