/**
 * The reviewer UI's HTTP routes: they authenticate the session, ask the control plane, turn its
 * answers into view models and serve what the pure render functions in `src/ui` return. Reads are
 * GETs that change nothing (link scanners prefetch); every change is a POST from a same-origin form
 * carrying the session's CSRF token. The server engineer's app mounts `uiRoutes(deps)`.
 */
import { Hono, type Context } from 'hono';
import { PortcullisError, toPortcullisError, type Effect } from '../../../core/index.ts';
import { AUDIT_KINDS, isAuditKind, type AuditEntryType } from '../../../gateway/index.ts';
import type { BrakeChange } from '../../../control/index.ts';
import {
  confirmPhrase, renderAgent, renderAgents, renderAudit, renderAuditEntry, renderBrakeConfirm, renderBrakes, renderError, renderQueue, renderRequest, renderShadow, renderSignIn,
  uiAsset, uiPaths, UI_BASE, type BrakeScope, type Flash, type PageContext, type SafeHtml,
} from '../../../ui/index.ts';
import { readBody } from '../body.ts';
import { statusOf } from '../errors.ts';
import type { SessionInfo } from '../session.ts';
import type { UiDeps } from '../ui-deps.ts';
import { agentItem, agentView, auditRows, brakesView, queueItem, requestView, shadowRow, verification } from './view-models.ts';


const OIDC_START = '/auth/oidc/start';

/** Routes are registered relative to where the app mounts them (`/ui`); links stay absolute. */
const rel = (abs: string): string => abs.slice(UI_BASE.length) || '/';

/** Every kind the log holds (audit/kinds.ts), so any of them can be filtered on. */
const AUDIT_TYPES: readonly AuditEntryType[] = AUDIT_KINDS;
const AUDIT_PAGE = 50;
const RECENT = 50;

/** Flash messages are chosen by key from this table: nothing from the query string is echoed. */
const FLASH: Record<string, Flash> = {
  approved: { kind: 'ok', message: 'Your approval is recorded.' },
  released: { kind: 'ok', message: 'Your approval completed the request: the agent may now run this exact action once.' },
  already: { kind: 'ok', message: 'You had already approved this request; it is counted once.' },
  rejected: { kind: 'ok', message: 'Rejected. The agent is told no, and this exact action stays denied.' },
  cancelled: { kind: 'ok', message: 'Cancelled. The agent is told no; the request takes no more votes.' },
  brake: { kind: 'ok', message: 'The brake is switched. The change is in the audit log.' },
  signedout: { kind: 'ok', message: 'Signed out.' },
};

// SECURITY: pages never load anything from elsewhere, never run inline script, never sit in a frame.
const CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Only a path inside the UI may be a post-sign-in destination (no open redirect). */
function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith(`${UI_BASE}/`) || next.startsWith('//') || /[\\\s]/.test(next) || next.startsWith(uiPaths.signIn)) return null;
  return next;
}

function parseScope(raw: string | null | undefined): BrakeScope | null {
  if (raw === 'global') return { kind: 'global' };
  const m = /^agent:([A-Za-z0-9][A-Za-z0-9._-]{0,127})$/.exec(raw ?? '');
  return m ? { kind: 'agent', agent: m[1]! } : null;
}

const invalid = (message: string, hint: string) => new PortcullisError('request_invalid', message, { hint });

export function uiRoutes(deps: UiDeps): Hono {
  const { control, clock } = deps;
  const sessions = deps.session;
  const limit = Math.min(deps.bodyLimitBytes, 64 * 1024);
  const oidc = deps.oidcEnabled ? { label: 'Sign in with your identity provider', href: OIDC_START } : null;
  const app = new Hono();

  async function pageContext(c: Context, s: SessionInfo | null, flash: Flash | null = null): Promise<PageContext> {
    let killSwitch: PageContext['killSwitch'] = null;
    let shadow: PageContext['shadow'] = null;
    let pending: number | null = null;
    if (s) {
      // The banner and badge are conveniences: if they cannot be read, the page still renders.
      const [brakes, stats] = await Promise.all([control.brakes.state().catch(() => null), control.stats().catch(() => null)]);
      if (brakes) killSwitch = { global: brakes.global?.on ?? false, agents: Object.entries(brakes.agents).filter(([, v]) => v.on).map(([k]) => k) };
      // F7: shadow mode is shown on every page while it is on anywhere
      if (brakes) shadow = { global: brakes.shadow['*']?.on ?? false, environments: Object.entries(brakes.shadow).filter(([k, v]) => k !== '*' && v.on).map(([k]) => k).sort() };
      pending = stats?.pendingApprovals ?? null;
    }
    const key = c.req.query('done');
    return {
      now: clock.now(),
      viewer: s ? { id: s.principal.id, name: s.principal.name, admin: s.principal.admin } : null,
      csrfToken: s?.csrfToken ?? null,
      flash: flash ?? (key && Object.hasOwn(FLASH, key) ? FLASH[key]! : null),
      killSwitch,
      shadow,
      pending,
    };
  }

  function send(c: Context, page: SafeHtml, status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500 | 503 = 200): Response {
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on our own form posts.
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    return c.html(page.value, status);
  }

  async function sendError(c: Context, err: unknown, s: SessionInfo | null): Promise<Response> {
    const e = toPortcullisError(err);
    const status = statusOf(e.code);
    const titles: Record<number, string> = { 400: 'That request was not valid', 401: 'Sign in again', 403: 'Not allowed', 404: 'Not found', 409: 'Refused', 413: 'Too large', 415: 'Unsupported form', 503: 'Portcullis is unavailable' };
    const internal = status === 500;
    return send(c, renderError(await pageContext(c, s), {
      status, title: titles[status] ?? 'Something went wrong',
      message: internal ? 'An internal error stopped this page. Nothing was changed.' : e.message,
      hint: internal ? null : (e.hint ?? null),
    }), status as 500);
  }

  /** The signed-in reviewer, or a redirect to the sign-in page. */
  async function session(c: Context): Promise<SessionInfo | Response> {
    const s = await sessions.current(c);
    if (s) return s;
    const next = safeNext(c.req.path + (new URL(c.req.url).search || ''));
    return c.redirect(`${uiPaths.signIn}${next ? `?${new URLSearchParams({ next }).toString()}` : ''}`, 303);
  }

  /** A POSTed form from this site with this session's CSRF token; anything else changes nothing. */
  async function form(c: Context, s: SessionInfo): Promise<URLSearchParams> {
    sessions.checkOrigin(c);
    const body = await readBody(c, limit, ['form']);
    const fields = body.value as URLSearchParams;
    // SECURITY: the CSRF token is checked before any field is acted on.
    sessions.checkCsrf(s, fields.get('_csrf'));
    return fields;
  }

  /** GET pages: sign-in redirect, then render, with errors as error pages. */
  const page = (handler: (c: Context, s: SessionInfo) => Promise<Response>) => async (c: Context) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    try {
      return await handler(c, s);
    } catch (err) {
      return sendError(c, err, s);
    }
  };

  app.get('/', (c) => c.redirect(uiPaths.queue, 303));

  app.get('/assets/:name', (c) => {
    const a = uiAsset(c.req.param('name'));
    if (!a) return c.text('not found', 404);
    c.header('ETag', a.etag);
    c.header('Cache-Control', 'no-cache');
    c.header('X-Content-Type-Options', 'nosniff');
    if (c.req.header('if-none-match') === a.etag) return c.body(null, 304);
    c.header('Content-Type', a.contentType);
    return c.body(a.body);
  });

  app.get(rel(uiPaths.signIn), async (c) => {
    const s = await sessions.current(c);
    const next = safeNext(c.req.query('next'));
    if (s) return c.redirect(next ?? uiPaths.queue, 303);
    return send(c, renderSignIn(await pageContext(c, null), { oidc, error: null, next }));
  });

  app.post(rel(uiPaths.signIn), async (c) => {
    let next: string | null = null;
    try {
      sessions.checkOrigin(c);
      const fields = (await readBody(c, limit, ['form'])).value as URLSearchParams;
      next = safeNext(fields.get('next'));
      const token = fields.get('token') ?? '';
      if (token === '') throw new PortcullisError('auth_failed', 'enter your reviewer token');
      await sessions.signInWithToken(c, token);
      return c.redirect(next ?? uiPaths.queue, 303);
    } catch (err) {
      const e = toPortcullisError(err);
      const status = statusOf(e.code);
      // An unknown token and a wrong one look the same; an agent token is told why (D2).
      const message = e.code === 'permission_denied' ? e.message : e.code === 'auth_failed' ? 'That token was not accepted. Use your own reviewer token.' : status === 500 ? 'Sign-in failed; nothing was changed.' : e.message;
      return send(c, renderSignIn(await pageContext(c, null), { oidc, error: message, next }), (status === 500 ? 500 : status === 403 ? 403 : status === 413 || status === 415 ? status : 401));
    }
  });

  app.post(rel(uiPaths.signOut), async (c) => {
    const s = await sessions.current(c);
    if (s) {
      try {
        await form(c, s);
      } catch (err) {
        return sendError(c, err, s);
      }
      sessions.signOut(c);
    }
    return c.redirect(`${uiPaths.signIn}`, 303);
  });

  app.get(rel(uiPaths.queue), page(async (c, s) => {
    const list = await control.approvals.list({ statuses: ['pending'] });
    const items = list.map(queueItem).sort((a, b) => a.createdAt - b.createdAt);
    return send(c, renderQueue(await pageContext(c, s), { items }));
  }));

  async function showRequest(c: Context, s: SessionInfo, id: string, flash: Flash | null = null, status: 200 | 400 | 403 | 409 = 200): Promise<Response> {
    const r = await control.approvals.show(id);
    const [agent, elig] = await Promise.all([
      control.agents.show(r.agent, { recent: 0 }).catch(() => null),
      r.status === 'pending'
        ? control.approvals.eligibility(id, { id: s.principal.id })
        : Promise.resolve({ approve: { ok: false, reason: `the request is ${r.status}` }, reject: { ok: false, reason: `the request is ${r.status}` } }),
    ]);
    return send(c, renderRequest(await pageContext(c, s, flash), requestView(r, agent, elig)), status);
  }

  app.get('/requests/:id', page((c, s) => showRequest(c, s, c.req.param('id')!)));

  // A vote that is refused re-renders the request with the reason, so the reviewer sees why.
  const vote = (kind: 'approve' | 'reject') => async (c: Context) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    const id = c.req.param('id')!;
    let fields: URLSearchParams;
    try {
      fields = await form(c, s);
    } catch (err) {
      return sendError(c, err, s);
    }
    const comment = (fields.get('comment') ?? '').trim();
    const digest = fields.get('digest') ?? '';
    try {
      if (kind === 'approve') {
        const out = await control.approvals.approve(id, { id: s.principal.id }, digest, comment || null);
        return c.redirect(`${uiPaths.request(id)}?done=${out.alreadyCounted ? 'already' : out.status === 'approved' ? 'released' : 'approved'}`, 303);
      }
      // A4: a rejection needs a reason, said in words, for the agent and the audit log.
      if (comment === '') throw invalid('a reason is required to reject', 'say why, so the agent and its operator know what to change');
      const shown = await control.approvals.show(id);
      // SECURITY (A1): the rejection names the digest the reviewer saw; a changed request is not rejected blindly.
      if (digest !== shown.digest) throw new PortcullisError('approval_refused', `digest \`${digest}\` is not the digest of request \`${id}\``, { hint: 'reload the request and review it again' });
      await control.approvals.reject(id, { id: s.principal.id }, comment);
      return c.redirect(`${uiPaths.request(id)}?done=rejected`, 303);
    } catch (err) {
      const e = toPortcullisError(err);
      const status = statusOf(e.code);
      if (status === 400 || status === 403 || status === 409) {
        try {
          return await showRequest(c, s, id, { kind: 'error', message: `Not recorded: ${e.message}.` }, status);
        } catch {
          // the request itself cannot be shown: fall through to the error page
        }
      }
      return sendError(c, err, s);
    }
  };
  app.post('/requests/:id/approve', vote('approve'));
  app.post('/requests/:id/reject', vote('reject'));

  // A reviewer withdraws a request (a duplicate, a mistake): it ends CANCELLED and the agent is told no.
  app.post('/requests/:id/cancel', async (c) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    const id = c.req.param('id')!;
    try {
      const fields = await form(c, s);
      const comment = (fields.get('comment') ?? '').trim();
      if (comment === '') throw invalid('a reason is required to cancel', 'say why, for the agent and the audit log');
      const shown = await control.approvals.show(id);
      // SECURITY (A1): the cancellation names the digest the reviewer saw.
      if ((fields.get('digest') ?? '') !== shown.digest) throw new PortcullisError('approval_refused', `that is not the digest of request \`${id}\``, { hint: 'reload the request and review it again' });
      await control.approvals.cancel(id, { id: s.principal.id }, comment);
      return c.redirect(`${uiPaths.request(id)}?done=cancelled`, 303);
    } catch (err) {
      const e = toPortcullisError(err);
      const status = statusOf(e.code);
      if (status === 400 || status === 403 || status === 409) {
        try {
          return await showRequest(c, s, id, { kind: 'error', message: `Not cancelled: ${e.message}.` }, status);
        } catch {
          // fall through to the error page
        }
      }
      return sendError(c, err, s);
    }
  });

  /** `YYYY-MM-DDTHH:MM[:SS]` (UTC, as a datetime-local field sends it) → epoch ms; anything else is refused. */
  function utcMinute(name: string, raw: string | undefined, end: boolean): number | null {
    if (raw === undefined || raw === '') return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(raw);
    const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) : NaN;
    if (!m || !Number.isFinite(ms)) throw invalid(`\`${name}\` must be a UTC time like 2026-12-02T14:30, not \`${raw}\``, 'use the date fields of the filter form');
    // `until` a minute includes the whole minute
    return end && m[6] === undefined ? ms + 59_999 : ms;
  }

  app.get('/audit', page(async (c, s) => {
    const type = c.req.query('type') || null;
    if (type !== null && !isAuditKind(type)) throw invalid(`unknown audit entry type \`${type}\``, `use one of ${AUDIT_TYPES.join(', ')}`);
    const effectRaw = c.req.query('effect') || null;
    if (effectRaw !== null && !['allow', 'deny', 'hold'].includes(effectRaw)) throw invalid(`unknown decision \`${effectRaw}\``, 'use allow, hold or deny');
    const effect = effectRaw as Effect | null;
    const agent = c.req.query('agent') || null;
    if (agent !== null && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(agent)) throw invalid(`\`${agent}\` is not an agent id`, 'pick an agent from the list');
    const request = (c.req.query('request') ?? '').trim() || null;
    if (request !== null && request.length > 200) throw invalid('the request id is too long', 'paste a request id like req_…');
    const since = utcMinute('since', c.req.query('since'), false);
    const until = utcMinute('until', c.req.query('until'), true);
    const beforeRaw = c.req.query('before');
    const before = beforeRaw === undefined ? undefined : Number(beforeRaw);
    if (before !== undefined && (!Number.isSafeInteger(before) || before < 1)) throw invalid(`\`before\` must be a positive integer, not \`${beforeRaw}\``, 'follow the Older link');
    const query = {
      limit: AUDIT_PAGE, ...(before !== undefined ? { before } : {}), ...(type ? { type } : {}), ...(agent ? { agent } : {}), ...(request ? { requestId: request } : {}),
      ...(effect ? { effect } : {}), ...(since !== null ? { since } : {}), ...(until !== null ? { until } : {}),
    };
    const [p, v, agents] = await Promise.all([control.audit.page(query), control.audit.verify(), control.agents.list({ recent: 0 })]);
    return send(c, renderAudit(await pageContext(c, s), {
      verification: verification(v), rows: auditRows(p), older: p.nextBefore, hasNewer: before !== undefined,
      filter: { type, agent, request, effect, since, until }, types: [...AUDIT_TYPES], agents: agents.map((a) => a.id),
    }));
  }));

  app.get('/audit/:seq', page(async (c, s) => {
    const raw = c.req.param('seq')!;
    const seq = Number(raw);
    if (!Number.isSafeInteger(seq) || seq < 1) throw invalid(`\`${raw}\` is not an audit sequence number`, 'sequence numbers start at 1');
    const e = await control.audit.entry(seq);
    if (!e) throw new PortcullisError('not_found', `no audit entry #${seq}`, { hint: 'the log may be shorter than that' });
    return send(c, renderAuditEntry(await pageContext(c, s), { ...e, leaf: null, chain: null }));
  }));

  app.get(rel(uiPaths.agents), page(async (c, s) => {
    const list = await control.agents.list({ recent: RECENT });
    return send(c, renderAgents(await pageContext(c, s), { agents: list.map((a) => agentItem(a, 3)), window: RECENT }));
  }));

  app.get('/agents/:id', page(async (c, s) => {
    const id = c.req.param('id')!;
    const [a, state] = await Promise.all([control.agents.show(id, { recent: RECENT }), control.brakes.state()]);
    return send(c, renderAgent(await pageContext(c, s), agentView(a, state, RECENT)));
  }));

  app.get(rel(uiPaths.brakes), page(async (c, s) => {
    const [state, agents] = await Promise.all([control.brakes.state(), control.agents.list({ recent: 0 })]);
    return send(c, renderBrakes(await pageContext(c, s), brakesView(state, agents.filter((a) => !a.revoked).map((a) => a.id))));
  }));

  // The confirmation page is a GET: it only shows what would happen; the POST below does it.
  app.get('/brakes/confirm', page(async (c, s) => {
    const op = c.req.query('op');
    const scope = parseScope(c.req.query('scope'));
    if ((op !== 'engage' && op !== 'release') || !scope) throw invalid('unknown brake or scope', 'use the buttons on the kill switch page');
    return send(c, renderBrakeConfirm(await pageContext(c, s), { op, scope, phrase: confirmPhrase(op, scope), error: null }));
  }));

  app.post(rel(uiPaths.brakes), async (c) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    try {
      const fields = await form(c, s);
      const op = fields.get('op');
      const scope = parseScope(fields.get('scope'));
      if ((op !== 'engage' && op !== 'release') || !scope) throw invalid('unknown brake or scope', 'use the buttons on the kill switch page');
      const phrase = confirmPhrase(op, scope);
      const reason = (fields.get('reason') ?? '').trim().slice(0, 2000);
      if ((fields.get('confirm') ?? '').trim() !== phrase) {
        return send(c, renderBrakeConfirm(await pageContext(c, s), { op, scope, phrase, error: `Nothing changed: type “${phrase}” exactly to confirm.`, reason }), 400);
      }
      if (reason === '') {
        return send(c, renderBrakeConfirm(await pageContext(c, s), { op, scope, phrase, error: 'Nothing changed: say why, for the audit log and whoever releases it.', reason }), 400);
      }
      const change: BrakeChange = scope.kind === 'global' ? { kind: op === 'engage' ? 'freeze_all' : 'unfreeze_all' } : { kind: op === 'engage' ? 'freeze' : 'unfreeze', agent: scope.agent };
      await control.brakes.change(change, { id: s.principal.id }, reason);
      return c.redirect(`${uiPaths.brakes}?done=brake`, 303);
    } catch (err) {
      return sendError(c, err, s);
    }
  });

  app.get(rel(uiPaths.shadow), page(async (c, s) => {
    const [state, rows] = await Promise.all([control.brakes.state(), control.brakes.shadowReport({ limit: 200 })]);
    const v = brakesView(state, []);
    return send(c, renderShadow(await pageContext(c, s), { global: v.shadow.global, environments: v.shadow.environments, rows: rows.map(shadowRow) }));
  }));

  return app;
}
