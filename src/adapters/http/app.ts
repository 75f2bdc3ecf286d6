import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { PortcullisError, type Clock } from '../../core/index.ts';
import type { Gateway } from '../../gateway/index.ts';
import type { ControlPlane, SignedInPrincipal } from '../../control/index.ts';
import { readBody } from './body.ts';
import { agentRoutes, methodNotAllowed, parseBody, pathParam, strictQuery } from './agent-routes.ts';
import { sendError } from './errors.ts';
import { Metrics } from './metrics.ts';
import { oidcRoutes, type OidcSettings } from './oidc.ts';
import { openApiDocument } from './openapi.ts';
import { createSessions, type SessionInfo } from './session.ts';
import { uiRoutes } from './ui/index.ts';
import type { UiDeps } from './ui-deps.ts';

export type { UiDeps };

export interface HttpDeps {
  gateway: Pick<Gateway, 'decide' | 'neverAllowed'>;
  control: ControlPlane;
  clock: Clock;
  /** F6: larger bodies are refused with 413 before they are parsed. */
  bodyLimitBytes: number;
  sessionTtlMs: number;
  /** The address reviewers use (https makes cookies Secure); null: plain http on loopback. */
  publicUrl: string | null;
  oidc: OidcSettings | null;
  /** F2: true once config and policies are validated and the policy hash is in the audit log. */
  started: () => boolean;
  version: string;
  limits: HttpLimits;
}

/** F8: how long and how many. Every request ends within `deadlineMs`, whatever the store does. */
export interface HttpLimits {
  /** Longest any request may take; then 503 `deadline_exceeded` (the work may still finish behind it). */
  deadlineMs: number;
  /** Longest `/readyz` may take; then 503 not ready. */
  readyTimeoutMs: number;
  /** Requests in flight in this replica; beyond it 503 `overloaded` at once. */
  maxInFlight: number;
  /** Requests in flight per bearer token (one agent); beyond it 503 `overloaded` at once for that agent. */
  maxInFlightPerAgent: number;
}

/** Paths that answer from memory (or bound themselves) and stay reachable under overload. */
const UNMETERED = new Set(['/healthz', '/readyz', '/metrics']);


export type HttpEnv = { Variables: { session: SessionInfo | null; reviewer: SignedInPrincipal } };

const STATUSES = ['pending', 'approved', 'executing', 'succeeded', 'failed', 'outcome_unknown', 'denied', 'expired', 'cancelled'] as const;
const comment = z.string().max(2000);
const approveBody = z.strictObject({ digest: z.string().regex(/^[a-z0-9:]{16,100}$/, 'must be the request digest shown by the request'), comment: comment.nullable().optional() });
const rejectBody = z.strictObject({ comment: comment.trim().min(1, 'a rejection needs a comment') });
const cancelBody = z.strictObject({ comment: comment.nullable().optional() });
const reason = z.string().max(1000).nullable().optional();
const breakGlassBody = z.strictObject({
  digest: z.string().regex(/^[a-z0-9:]{16,100}$/, 'must be the request digest shown by the request'),
  reason: z.string().trim().min(1, 'break-glass needs a reason').max(1000),
});
// at most a year: an age beyond that is a typo, not a policy
const recoverBody = z.strictObject({ olderThanMs: z.number().int().min(0).max(31_536_000_000) });
const agentId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be an agent id');
const brakeBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('freeze'), agent: agentId, reason }),
  z.strictObject({ kind: z.literal('unfreeze'), agent: agentId, reason }),
  z.strictObject({ kind: z.literal('freeze_all'), reason }),
  z.strictObject({ kind: z.literal('unfreeze_all'), reason }),
  z.strictObject({ kind: z.literal('shadow'), environment: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/).nullable(), on: z.boolean(), reason }),
]);
const signInBody = z.strictObject({ token: z.string().min(1).max(200) });

const parse = parseBody;
const query = strictQuery;
const intIn = (lo: number, hi: number) => (v: string) => /^[0-9]{1,9}$/.test(v) && Number(v) >= lo && Number(v) <= hi;

const param = pathParam;

function bearer(c: Context): string | null {
  const h = c.req.header('authorization');
  if (h === undefined) return null;
  const m = /^Bearer ([^\s]+)$/.exec(h);
  if (!m) throw new PortcullisError('auth_failed', 'the authorization header is not `Bearer TOKEN`', { hint: 'send `Authorization: Bearer <token>`' });
  return m[1]!;
}

export { methodNotAllowed };

/**
 * The HTTP adapter: decision API v1 for agents, the reviewer API (bearer token or session cookie
 * with CSRF), sessions and OIDC sign-in, health, readiness, metrics and the OpenAPI document. It
 * translates HTTP to gateway and control-plane calls and errors to `ApiErrorV1`; it decides nothing.
 */
export function createHttpApp(deps: HttpDeps): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>();
  const metrics = new Metrics();
  const secure = deps.publicUrl?.startsWith('https://') ?? false;
  const session = createSessions({ control: deps.control, clock: deps.clock, ttlMs: deps.sessionTtlMs, secure, publicHost: deps.publicUrl ? new URL(deps.publicUrl).host : null });
  const limit = deps.bodyLimitBytes;

  app.use(async (c, next) => {
    await next();
    metrics.response(c.res.status);
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], formAction: ["'self'"], frameAncestors: ["'none'"], baseUri: ["'none'"], objectSrc: ["'none'"] },
      referrerPolicy: 'same-origin',
      strictTransportSecurity: secure ? 'max-age=31536000; includeSubDomains' : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.onError((err, c) => sendError(c, err));

  // F8: admission control, then a deadline on everything behind it. A request over either limit is
  // answered at once (503 + Retry-After); for an agent that is a deny. In-flight work is counted
  // until it really ends, not when its deadline answered, so a hung store fills the replica's slots
  // and later requests are refused at once instead of piling up behind it.
  const { deadlineMs, readyTimeoutMs, maxInFlight, maxInFlightPerAgent } = deps.limits;
  let inFlight = 0;
  const perToken = new Map<string, number>();
  app.use(async (c, next) => {
    if (UNMETERED.has(c.req.path)) return next();
    const token = c.req.header('authorization') ?? null;
    if (inFlight >= maxInFlight) {
      metrics.overload();
      return sendError(c, new PortcullisError('overloaded', `this replica already has ${maxInFlight} requests in flight`, { hint: 'retry after the Retry-After delay, or add replicas' }));
    }
    if (token !== null && (perToken.get(token) ?? 0) >= maxInFlightPerAgent) {
      metrics.overload();
      return sendError(c, new PortcullisError('overloaded', `this token already has ${maxInFlightPerAgent} requests in flight`, { hint: 'wait for your earlier requests before sending more' }));
    }
    inFlight += 1;
    if (token !== null) perToken.set(token, (perToken.get(token) ?? 0) + 1);
    const work = next().finally(() => {
      inFlight -= 1;
      if (token === null) return;
      const left = (perToken.get(token) ?? 1) - 1;
      if (left <= 0) perToken.delete(token);
      else perToken.set(token, left);
    });
    const late = await settleWithin(work, deadlineMs);
    if (late) {
      // the late answer, if it ever comes, goes nowhere: the caller got this one
      work.catch(() => undefined);
      metrics.deadline();
      c.res = sendError(c, new PortcullisError('deadline_exceeded', `no answer within ${deadlineMs} ms (the store may be slow or unreachable)`, { hint: 'nothing was allowed; retry after the Retry-After delay' }));
    }
  });
  app.notFound((c) => sendError(c, new PortcullisError('not_found', `no route \`${c.req.method} ${new URL(c.req.url).pathname}\``, { hint: 'see /openapi.json for the routes' })));

  /** POST-only routes answer other methods with 405 (and never act on a GET). */
  const postOnly = (path: string) => app.on(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'], path, methodNotAllowed);

  // --- health, readiness, metrics, OpenAPI ---------------------------------------------------
  app.get('/healthz', (c) => c.json({ status: 'ok', version: deps.version }));
  app.get('/readyz', async (c) => {
    c.header('Cache-Control', 'no-store');
    // SECURITY (F2): not ready until config and policies are validated and the store answers.
    if (!deps.started()) return c.json({ ready: false, problem: 'starting: config and policies are not loaded yet' }, 503);
    // F8: a load balancer's probe gets an answer in time, also when the store hangs
    const probe = deps.control.ready();
    if (await settleWithin(probe, readyTimeoutMs)) {
      probe.catch(() => undefined);
      return c.json({ ready: false, problem: `the store did not answer within ${readyTimeoutMs} ms` }, 503);
    }
    const r = await probe;
    return r.ready ? c.json({ ready: true }) : c.json({ ready: false, problem: r.problem }, 503);
  });
  app.get('/metrics', async (c) => {
    const pending = deps.control.stats();
    pending.catch(() => undefined);
    const stats = (await settleWithin(pending, readyTimeoutMs)) ? null : await pending.catch(() => null);
    return c.text(metrics.render(stats, deps.clock.now()), 200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
  });
  app.get('/openapi.json', (c) => c.json(openApiDocument(deps.version, { oidc: deps.oidc !== null })));

  // --- decision API v1 (agents only) -----------------------------------------------------------
  // A one-second memo of token → agent. Safe because it only names the agent: the gateway resolves
  // that agent (and its operator) from the records on every decision, so a revocation still denies
  // at the next decision (D4). Only successful agent authentications are kept.
  // Requests with the same token that miss the memo together share one authentication (when the
  // memo runs out under load, 50 connections would otherwise each look the token up).
  const agents = new Map<string, { principal: Promise<SignedInPrincipal>; until: number }>();
  function agentOf(token: string): Promise<SignedInPrincipal> {
    const now = performance.now();
    const hit = agents.get(token);
    if (hit && hit.until > now) return hit.principal;
    const principal = deps.control.authenticate(token, 'agent');
    if (agents.size >= 10_000) agents.clear();
    const entry = { principal, until: now + 1_000 };
    agents.set(token, entry);
    // a failed authentication is not kept: the next request asks again
    principal.catch(() => {
      if (agents.get(token) === entry) agents.delete(token);
    });
    return principal;
  }

  /** The agent the bearer token belongs to; a reviewer's token is refused with `refusal` (403). */
  async function agentFrom(c: Context, refusal: { message: string; hint: string }): Promise<SignedInPrincipal> {
    const token = bearer(c);
    if (token === null) throw new PortcullisError('auth_failed', 'no agent token', { hint: 'send `Authorization: Bearer <agent token>` from `portcullis agents add`' });
    try {
      return await agentOf(token);
    } catch (err) {
      const human = await deps.control.authenticate(token, 'reviewer').catch(() => null);
      // SECURITY: an agent authenticates with its OWN credential, never its operator's (delegation rule).
      if (human) throw new PortcullisError('permission_denied', refusal.message, { hint: refusal.hint });
      throw err;
    }
  }

  agentRoutes(app, { gateway: deps.gateway, control: deps.control, bodyLimitBytes: limit, onDecision: (d, seconds) => metrics.decision(d.effect, d.shadow !== undefined, seconds) }, agentFrom, 'token');

  // --- reviewer authentication ------------------------------------------------------------------
  /** A human by bearer token, or by session cookie; state changes by cookie need CSRF + same origin. */
  const reviewer = async (c: Context<HttpEnv>, next: () => Promise<void>) => {
    const token = bearer(c);
    if (token !== null) {
      try {
        c.set('reviewer', await deps.control.authenticate(token, 'reviewer'));
      } catch (err) {
        const agent = await deps.control.authenticate(token, 'agent').catch(() => null);
        // SECURITY (D2, F3): a sandboxed agent must never reach its guard's own control plane.
        if (agent) throw new PortcullisError('permission_denied', 'agent tokens reach only the decision endpoints', { hint: 'reviewer endpoints need a human token' });
        throw err;
      }
      c.set('session', null);
      return next();
    }
    const s = await session.current(c);
    if (!s) throw new PortcullisError('auth_failed', 'not signed in', { hint: 'send `Authorization: Bearer <reviewer token>` or sign in at /ui' });
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      session.checkOrigin(c);
      session.checkCsrf(s, c.req.header('x-csrf-token'));
    }
    c.set('session', s);
    c.set('reviewer', s.principal);
    return next();
  };
  const actor = (c: Context<HttpEnv>) => ({ id: c.get('reviewer').id });

  app.get('/v1/me', reviewer, (c) => {
    const s = c.get('session');
    return c.json({ principal: c.get('reviewer'), ...(s ? { csrfToken: s.csrfToken, expiresAt: s.expiresAt, via: s.via } : {}) });
  });

  app.get('/v1/approvals', reviewer, async (c) => {
    const q = query(c, { status: (v) => v.split(',').every((s) => (STATUSES as readonly string[]).includes(s)), limit: intIn(1, 500) });
    const statuses = q.status ? (q.status.split(',') as Array<(typeof STATUSES)[number]>) : undefined;
    return c.json({ requests: await deps.control.approvals.list({ ...(statuses ? { statuses } : {}), limit: q.limit ? Number(q.limit) : 200 }) });
  });
  app.get('/v1/approvals/:id', reviewer, async (c) => c.json(await deps.control.approvals.show(param(c, 'id'))));
  app.post('/v1/approvals/:id/approve', reviewer, async (c) => {
    const b = parse(approveBody, (await readBody(c, limit, ['json'])).value);
    return c.json(await deps.control.approvals.approve(param(c, 'id'), actor(c), b.digest, b.comment ?? null));
  });
  app.post('/v1/approvals/:id/reject', reviewer, async (c) => {
    const b = parse(rejectBody, (await readBody(c, limit, ['json'])).value);
    return c.json(await deps.control.approvals.reject(param(c, 'id'), actor(c), b.comment));
  });
  app.post('/v1/approvals/:id/cancel', reviewer, async (c) => {
    const b = parse(cancelBody, (await readBody(c, limit, ['json'])).value);
    return c.json(await deps.control.approvals.cancel(param(c, 'id'), actor(c), b.comment ?? null));
  });
  app.post('/v1/approvals/:id/break-glass', reviewer, async (c) => {
    const b = parse(breakGlassBody, (await readBody(c, limit, ['json'])).value);
    return c.json(await deps.control.approvals.breakGlass(param(c, 'id'), actor(c), b.digest, b.reason));
  });
  app.post('/v1/approvals/recover', reviewer, async (c) => {
    const b = parse(recoverBody, (await readBody(c, limit, ['json'])).value);
    return c.json(await deps.control.approvals.recover(actor(c), { olderThanMs: b.olderThanMs }));
  });
  for (const p of ['/v1/approvals/:id/approve', '/v1/approvals/:id/reject', '/v1/approvals/:id/cancel', '/v1/approvals/:id/break-glass', '/v1/approvals/recover']) postOnly(p);

  app.get('/v1/audit', reviewer, async (c) => {
    const q = query(c, { before: intIn(1, 1e9), limit: intIn(1, 500), type: () => true }); // the control plane checks `type` against the audit kinds
    return c.json(await deps.control.audit.page({ ...(q.before ? { before: Number(q.before) } : {}), ...(q.limit ? { limit: Number(q.limit) } : {}), ...(q.type !== undefined ? { type: q.type } : {}) }));
  });
  app.get('/v1/audit/verify', reviewer, async (c) => c.json(await deps.control.audit.verify()));
  app.get('/v1/audit/:seq{[0-9]+}', reviewer, async (c) => {
    const e = await deps.control.audit.entry(Number(param(c, 'seq')));
    if (!e) throw new PortcullisError('not_found', `no audit entry \`${param(c, 'seq')}\``, { hint: 'entries are numbered from 1' });
    return c.json(e);
  });

  app.get('/v1/agents', reviewer, async (c) => {
    const q = query(c, { recent: intIn(0, 100) });
    return c.json({ agents: await deps.control.agents.list({ recent: q.recent ? Number(q.recent) : 5 }) });
  });
  app.get('/v1/agents/:id', reviewer, async (c) => c.json(await deps.control.agents.show(param(c, 'id'))));

  app.get('/v1/brakes', reviewer, async (c) => c.json(await deps.control.brakes.state()));
  app.post('/v1/brakes', reviewer, async (c) => {
    const { reason: why, ...change } = parse(brakeBody, (await readBody(c, limit, ['json'])).value);
    return c.json(await deps.control.brakes.change(change, actor(c), why ?? null));
  });
  postOnly('/v1/brakes');
  app.get('/v1/shadow-report', reviewer, async (c) => {
    const q = query(c, { limit: intIn(1, 1000) });
    return c.json({ decisions: await deps.control.brakes.shadowReport({ limit: q.limit ? Number(q.limit) : 100 }) });
  });

  // --- sessions -----------------------------------------------------------------------------------
  app.post('/auth/sign-in', async (c) => {
    session.checkOrigin(c);
    const body = await readBody(c, 16 * 1024, ['json', 'form']);
    const { token } = parse(signInBody, body.kind === 'form' ? Object.fromEntries(body.value) : body.value);
    const s = await session.signInWithToken(c, token);
    return body.kind === 'form' ? c.redirect('/ui', 303) : c.json({ principal: s.principal, csrfToken: s.csrfToken, expiresAt: s.expiresAt, via: s.via });
  });
  postOnly('/auth/sign-in');
  app.post('/auth/sign-out', async (c) => {
    session.checkOrigin(c);
    const s = await session.current(c);
    if (s) {
      const body = c.req.header('content-type')?.startsWith('application/x-www-form-urlencoded') ? (await readBody(c, 16 * 1024, ['form'])).value : null;
      session.checkCsrf(s, c.req.header('x-csrf-token') ?? (body instanceof URLSearchParams ? body.get('_csrf') : null));
    }
    session.signOut(c);
    return c.req.header('accept')?.includes('text/html') ? c.redirect('/ui/sign-in', 303) : c.json({ signedOut: true });
  });
  postOnly('/auth/sign-out');
  if (deps.oidc) app.route('/auth/oidc', oidcRoutes(deps.oidc, { control: deps.control, session, clock: deps.clock, secure }));

  // --- reviewer UI (the UI engineer's routes) ------------------------------------------------------
  const ui: UiDeps = { control: deps.control, clock: deps.clock, session, bodyLimitBytes: limit, oidcEnabled: deps.oidc !== null };
  app.route('/ui', uiRoutes(ui));
  app.get('/ui/', (c) => c.redirect('/ui', 301));
  app.get('/', (c) => c.redirect('/ui', 302));

  return app;
}

/** Waits for `p` to settle, at most `ms`; true when the time ran out first. Never rejects. */
async function settleWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const out = await Promise.race([
    p.then(() => false, () => false),
    new Promise<boolean>((r) => (timer = setTimeout(() => r(true), ms))),
  ]);
  clearTimeout(timer);
  return out;
}
