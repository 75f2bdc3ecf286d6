import { Hono } from 'hono';
import { z } from 'zod';
import { PortcullisError } from '../../core/index.ts';
import { agentRoutes, methodNotAllowed, parseBody, pathParam, type AgentRouteDeps, type HookRunner } from './agent-routes.ts';
import { readBody } from './body.ts';
import { sendError } from './errors.ts';
import type { HttpLimits } from './app.ts';

export interface AgentSocketDeps extends AgentRouteDeps {
  /**
   * The agent this socket belongs to. SECURITY (D7): it comes from which socket the connection
   * arrived on (the file is owned by the agent's Unix user, mode 0600: the kernel let only that
   * user connect), never from anything the caller sends. Read at each request: a revoked agent's
   * requests are refused by the gateway at the next decision (D4).
   */
  agentId: string;
  /** `POST /v1/hooks/{protocol}`: one hook event in, the agent tool's exact answer out. */
  hook: HookRunner;
  /** F8: the TCP server's bounds; on a socket, one agent's in-flight bound is the socket's. */
  limits: Pick<HttpLimits, 'deadlineMs' | 'maxInFlightPerAgent'>;
}

/** Hook events are up to 4 MiB (the hook adapter's own bound), wrapped in a small JSON object. */
const HOOK_BODY_LIMIT = 5 * 1024 * 1024;
const hookBody = z.strictObject({
  event: z.string().max(4 * 1024 * 1024),
  context: z
    .strictObject({ home: z.string().max(4096).optional(), awsProfile: z.string().max(256).optional(), awsRegion: z.string().max(64).optional() })
    .optional(),
  /** Claude Code: answer `allow` (skipping its own prompt) for what Portcullis allowed. */
  skipPromptOnAllow: z.boolean().optional(),
  /** The session's variables that may run code unseen (adapters/hooks `SESSION_ENV_NAMES`, `BASH_FUNC_…`); bounded. */
  sessionEnv: z
    // Any name an environment can hold: bash exports functions whose names have `-`, `.` or `:` (`BASH_FUNC_my-fn%%`).
    .record(z.string().regex(/^[^=\0]+$/).max(256), z.string().max(64 * 1024))
    .refine((e) => Object.keys(e).length <= 64, 'at most 64 variables')
    .optional(),
});

/**
 * The HTTP API on one agent's Unix socket (`portcullis daemon`): the same agent endpoints as the
 * TCP server, with no bearer token (the socket names the agent), plus the hook endpoint the
 * one-file hook client calls so that it needs no module graph of its own. Nothing else: no
 * reviewer API, no UI, no sessions (D2).
 */
export function createAgentSocketApp(deps: AgentSocketDeps): Hono {
  const app = new Hono();
  app.onError((err, c) => sendError(c, err));
  app.notFound((c) => sendError(c, new PortcullisError('not_found', `no route \`${c.req.method} ${new URL(c.req.url).pathname}\` on an agent socket`, { hint: 'agent sockets serve /v1/decisions, /v1/requests/{id}, /v1/requests/{id}/outcome, /v1/inputs, /v1/never-allowed and /v1/hooks/{protocol}' })));
  const agent = { id: deps.agentId };
  const agentOf = async (c: { req: { header(name: string): string | undefined } }) => {
    // A token on the socket means a client that thinks it is talking to the TCP server: say so
    // rather than ignore it (the socket, not the token, says who is calling).
    if (c.req.header('authorization') !== undefined) throw new PortcullisError('request_invalid', 'agent sockets take no authorization header', { hint: 'the socket you connect to says which agent you are; drop the token' });
    return agent;
  };
  app.get('/healthz', (c) => c.json({ status: 'ok', agent: deps.agentId }));
  // F8: this agent's requests in flight are bounded, and every answer comes within the deadline
  // (for an agent a 503 is a deny). Work is counted until it really ends, as on the TCP server.
  let inFlight = 0;
  app.use(async (c, next) => {
    if (inFlight >= deps.limits.maxInFlightPerAgent) return sendError(c, new PortcullisError('overloaded', `agent \`${deps.agentId}\` already has ${deps.limits.maxInFlightPerAgent} requests in flight`, { hint: 'wait for your earlier requests before sending more' }));
    inFlight += 1;
    const work = next().finally(() => (inFlight -= 1));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = await Promise.race([work.then(() => false, () => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), deps.limits.deadlineMs)))]);
    clearTimeout(timer);
    if (late) {
      work.catch(() => undefined);
      c.res = sendError(c, new PortcullisError('deadline_exceeded', `no answer within ${deps.limits.deadlineMs} ms (the store may be slow or unreachable)`, { hint: 'nothing was allowed; retry later' }));
    }
  });
  agentRoutes(app, deps, agentOf, 'socket');
  app.post('/v1/hooks/:protocol', async (c) => {
    await agentOf(c);
    const b = parseBody(hookBody, (await readBody(c, HOOK_BODY_LIMIT, ['json'])).value);
    const answer = await deps.hook(pathParam(c, 'protocol'), b.event, { ...(b.context ?? {}) }, b.skipPromptOnAllow === true, b.sessionEnv);
    c.header('Cache-Control', 'no-store');
    return c.json({ v: 1, stdout: answer.stdout, stderr: answer.stderr, exitCode: answer.exitCode });
  });
  app.on(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'], '/v1/hooks/:protocol', methodNotAllowed);
  return app;
}
