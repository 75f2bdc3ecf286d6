import { createHmac, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import * as oidc from 'openid-client';
import { PortcullisError, type Clock } from '../../core/index.ts';
import type { ControlPlane } from '../../control/index.ts';
import type { SessionApi } from './session.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** `PUBLIC_URL/auth/oidc/callback`, registered with the IdP. */
  redirectUri: string;
  /** Tests run a provider on plain http on loopback; production issuers are https. */
  allowInsecureIssuer?: boolean;
}

const FLOW_COOKIE = 'portcullis_oidc';
const FLOW_TTL_MS = 10 * 60_000;

/**
 * OpenID Connect sign-in for reviewers (authorization code + PKCE, state and nonce checked by
 * `openid-client`). The IdP subject, not an email or a display name, names the human (A2): only
 * subjects mapped to a configured human in `server.oidc.subjects` may sign in.
 */
export function oidcRoutes(settings: OidcSettings, deps: { control: ControlPlane; session: SessionApi; clock: Clock; secure: boolean }): Hono {
  const app = new Hono();
  let configuration: Promise<oidc.Configuration> | null = null;
  const discover = () => {
    configuration ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, settings.allowInsecureIssuer ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .catch((err: unknown) => {
        configuration = null; // try again on the next sign-in
        throw new PortcullisError('store_unavailable', `the identity provider \`${settings.issuer}\` did not answer: ${(err as Error).message}`, { hint: 'check server.oidc.issuer and that the IdP is reachable' });
      });
    return configuration;
  };
  const mac = async (payload: string) => createHmac('sha256', await deps.control.sharedSecret('oidc-flow')).update(payload).digest('base64url');

  app.get('/start', async (c) => {
    const config = await discover();
    const flow = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), exp: deps.clock.now() + FLOW_TTL_MS };
    const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
    // Lax, not Strict: the IdP's redirect back is a cross-site navigation that must carry it.
    setCookie(c, FLOW_COOKIE, `${payload}.${await mac(payload)}`, { httpOnly: true, sameSite: 'Lax', secure: deps.secure, path: '/auth/oidc', maxAge: FLOW_TTL_MS / 1000 });
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri, scope: 'openid', state: flow.state, nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier), code_challenge_method: 'S256',
    });
    return c.redirect(url.href, 302);
  });

  app.get('/callback', async (c) => {
    const raw = getCookie(c, FLOW_COOKIE);
    deleteCookie(c, FLOW_COOKIE, { path: '/auth/oidc', secure: deps.secure });
    const [payload, sig] = (raw ?? '').split('.');
    const expected = payload ? await mac(payload) : '';
    if (!payload || !sig || sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
      throw new PortcullisError('auth_failed', 'the sign-in flow expired or was started elsewhere', { hint: 'start again from the sign-in page' });
    }
    const flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { state: string; nonce: string; verifier: string; exp: number };
    if (flow.exp <= deps.clock.now()) throw new PortcullisError('auth_failed', 'the sign-in flow expired', { hint: 'start again from the sign-in page' });
    const config = await discover();
    const current = new URL(settings.redirectUri);
    current.search = new URL(c.req.url).search;
    let sub: string;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, current, { pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true });
      sub = String(tokens.claims()?.sub ?? '');
    } catch (err) {
      throw new PortcullisError('auth_failed', `the identity provider's answer was refused: ${(err as Error).message}`, { hint: 'start again from the sign-in page' });
    }
    const principal = sub ? await deps.control.humanByOidcSubject(config.serverMetadata().issuer, sub) : null;
    // SECURITY (A2): only a subject mapped to a configured, unrevoked human becomes a reviewer.
    if (!principal) throw new PortcullisError('permission_denied', `identity provider subject \`${sub}\` is not a Portcullis reviewer`, { hint: 'ask an administrator to map your subject in server.oidc.subjects' });
    await deps.session.open(c, principal, 'oidc');
    // A same-site page, not a redirect: the SameSite=Strict session cookie is sent from the next navigation on.
    return c.html(html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/ui"><title>Signed in</title></head><body><p>Signed in as ${principal.name ?? principal.id}. <a href="/ui">Continue</a></p></body></html>`);
  });
  return app;
}
