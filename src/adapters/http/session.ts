import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { PortcullisError, type Clock } from '../../core/index.ts';
import type { ControlPlane, SignedInPrincipal } from '../../control/index.ts';

/** A signed-in reviewer for this request, re-resolved from Portcullis's records (never from the cookie alone). */
export interface SessionInfo {
  principal: SignedInPrincipal;
  /** Put in every state-changing form (`_csrf`) or request (`x-csrf-token`). */
  csrfToken: string;
  /** How the session was opened. */
  via: 'token' | 'oidc';
  expiresAt: number;
}

/**
 * The server side of reviewer sessions, for the API and the UI routes. The cookie is HttpOnly,
 * SameSite=Strict, Secure behind https, and carries only a signed `{sub, exp, nonce}`: the human is
 * looked up again on every request, so a revocation ends every session at once. The CSRF token is
 * an HMAC of the session nonce, so it cannot be guessed or reused across sessions.
 */
export interface SessionApi {
  current(c: Context): Promise<SessionInfo | null>;
  /** Signs in with a reviewer token; an agent token is refused with `permission_denied` (D2). */
  signInWithToken(c: Context, token: string): Promise<SessionInfo>;
  /** Opens a session for a human already authenticated (OIDC). */
  open(c: Context, principal: SignedInPrincipal, via: 'token' | 'oidc'): Promise<SessionInfo>;
  signOut(c: Context): void;
  /** Rejects with `permission_denied` unless `provided` is this session's CSRF token. */
  checkCsrf(session: SessionInfo, provided: string | null | undefined): void;
  /** Rejects with `permission_denied` when the browser says the request came from another site. */
  checkOrigin(c: Context): void;
  readonly cookieName: string;
}

export interface SessionOptions {
  control: ControlPlane;
  clock: Clock;
  ttlMs: number;
  /** Cookies get `Secure` (and the `__Host-` prefix) when the public address is https. */
  secure: boolean;
  /** The host of `server.public_url`: behind a proxy that rewrites Host, browsers send this origin. */
  publicHost?: string | null;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const unb64 = (s: string) => Buffer.from(s, 'base64url').toString('utf8');

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createSessions(o: SessionOptions): SessionApi {
  const cookieName = o.secure ? '__Host-portcullis_session' : 'portcullis_session';
  const secret = () => o.control.sharedSecret('session');
  const mac = async (what: string) => createHmac('sha256', await secret()).update(what).digest('base64url');

  async function issue(c: Context, principal: SignedInPrincipal, via: 'token' | 'oidc'): Promise<SessionInfo> {
    const exp = o.clock.now() + o.ttlMs;
    const nonce = randomBytes(16).toString('base64url');
    const payload = b64(JSON.stringify({ sub: principal.id, exp, nonce, via }));
    setCookie(c, cookieName, `${payload}.${await mac(`session:${payload}`)}`, {
      httpOnly: true, sameSite: 'Strict', secure: o.secure, path: '/', maxAge: Math.floor(o.ttlMs / 1000),
    });
    return { principal, csrfToken: await mac(`csrf:${nonce}`), via, expiresAt: exp };
  }

  return {
    cookieName,
    async current(c) {
      const raw = getCookie(c, cookieName);
      if (!raw) return null;
      const [payload, sig] = raw.split('.');
      if (!payload || !sig || !safeEqual(sig, await mac(`session:${payload}`))) return null;
      let claims: { sub?: unknown; exp?: unknown; nonce?: unknown; via?: unknown };
      try {
        claims = JSON.parse(unb64(payload)) as typeof claims;
      } catch {
        return null;
      }
      if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || typeof claims.nonce !== 'string' || claims.exp <= o.clock.now()) return null;
      // SECURITY: the human is re-resolved on every request; a revoked reviewer's session is dead now.
      const principal = await o.control.human(claims.sub);
      if (!principal) return null;
      return { principal, csrfToken: await mac(`csrf:${claims.nonce}`), via: claims.via === 'oidc' ? 'oidc' : 'token', expiresAt: claims.exp };
    },
    async signInWithToken(c, token) {
      let principal: SignedInPrincipal;
      try {
        principal = await o.control.authenticate(token, 'reviewer');
      } catch (err) {
        // SECURITY (D2): say plainly that an agent's credential never opens the reviewer side
        const agent = await o.control.authenticate(token, 'agent').catch(() => null);
        if (agent) throw new PortcullisError('permission_denied', 'agent tokens reach only the decision endpoints', { hint: 'sign in with your own reviewer token from `portcullis users add`' });
        throw err;
      }
      return issue(c, principal, 'token');
    },
    open: (c, principal, via) => issue(c, principal, via),
    signOut(c) {
      deleteCookie(c, cookieName, { path: '/', secure: o.secure, httpOnly: true, sameSite: 'Strict' });
    },
    checkCsrf(session, provided) {
      // SECURITY: every state change made with a cookie carries the session's own CSRF token.
      if (!provided || !safeEqual(provided, session.csrfToken)) {
        throw new PortcullisError('permission_denied', 'missing or invalid csrf token', { hint: 'reload the page and submit the form again' });
      }
    },
    checkOrigin(c) {
      const site = c.req.header('sec-fetch-site');
      if (site && site !== 'same-origin' && site !== 'none') throw new PortcullisError('permission_denied', `cross-site request refused (\`${site}\`)`, { hint: 'use the Portcullis pages themselves' });
      const origin = c.req.header('origin');
      if (origin && origin !== 'null' && ![c.req.header('host') ?? '', o.publicHost ?? ''].includes(new URL(origin).host)) {
        throw new PortcullisError('permission_denied', `cross-origin request from \`${origin}\` refused`, { hint: 'use the Portcullis pages themselves' });
      }
      if (origin === 'null') throw new PortcullisError('permission_denied', 'cross-origin request from `null` refused', { hint: 'use the Portcullis pages themselves' });
    },
  };
}
