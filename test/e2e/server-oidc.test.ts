import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import Provider from 'oidc-provider';
import { createHttpApp } from '../../src/adapters/http/index.ts';
import { demoApp } from '../helpers/http-app.ts';

/** A bare cookie jar: name → value (paths ignored; every test host is 127.0.0.1). */
class Jar {
  readonly cookies = new Map<string, string>();
  absorb(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('OpenID Connect sign-in against a real oidc-provider', () => {
  const idpServer = createServer();
  const gateServer = createServer();
  let issuer = '';
  let gate = '';
  let ctx: Awaited<ReturnType<typeof demoApp>>;

  before(async () => {
    issuer = await listen(idpServer);
    gate = await listen(gateServer);
    const redirect = `${gate}/auth/oidc/callback`;
    const provider = new Provider(issuer, {
      clients: [{ client_id: 'portcullis', client_secret: 'test-client-secret', redirect_uris: [redirect], response_types: ['code'], grant_types: ['authorization_code'] }],
      findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id }) }),
      cookies: { keys: ['test-cookie-key'] },
    });
    idpServer.on('request', provider.callback());
    ctx = await demoApp({
      extraConfig: `server:\n  public_url: ${gate}\n  oidc:\n    issuer: ${issuer}\n    client_id: portcullis\n    client_secret_env: OIDC_SECRET\n    subjects:\n      "idp|alice-7f3": alice\n      "idp|mallory": eve\n`,
    });
    const app = createHttpApp({
      gateway: ctx.runtime.gateway, control: ctx.runtime.control, clock: { now: () => Date.now() }, bodyLimitBytes: 262_144, sessionTtlMs: 3_600_000, publicUrl: gate,
      oidc: { issuer, clientId: 'portcullis', clientSecret: 'test-client-secret', redirectUri: redirect, allowInsecureIssuer: true }, started: () => true, version: 'test', limits: ctx.runtime.limits,
    });
    gateServer.on('request', getRequestListener(app.fetch));
  });

  after(async () => {
    idpServer.closeAllConnections();
    gateServer.closeAllConnections();
    await new Promise((r) => idpServer.close(r));
    await new Promise((r) => gateServer.close(r));
    await ctx.close();
  });

  /** Drives a browser's part: follow redirects by hand, log in and consent with the dev interactions. */
  async function signIn(login: string): Promise<{ jar: Jar; final: Response }> {
    const jar = new Jar();
    const go = async (url: string, init: RequestInit = {}) => {
      const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
      jar.absorb(res);
      return res;
    };
    let res = await go(`${gate}/auth/oidc/start`);
    // bounded: a sign-in is a handful of hops
    for (let hop = 0; hop < 12; hop++) {
      if (res.status >= 300 && res.status < 400) {
        res = await go(new URL(res.headers.get('location')!, res.url || issuer).href);
        continue;
      }
      const page = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
      if (!action || !res.url.startsWith(issuer)) return { jar, final: new Response(page, { status: res.status, headers: res.headers }) };
      const fields: Record<string, string> = /name="login"/.test(page) ? { prompt: 'login', login, password: 'x' } : { prompt: 'consent' };
      res = await go(new URL(action, issuer).href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
    }
    throw new Error('sign-in did not finish within 12 hops');
  }

  test('A2 an IdP subject mapped to a configured human signs in to a reviewer session', async () => {
    const { jar, final } = await signIn('idp|alice-7f3');
    assert.equal(final.status, 200);
    assert.match(await final.text(), /Signed in as Alice \(reviewer\)/);
    assert.ok(jar.cookies.has('portcullis_session'));
    const me = await fetch(`${gate}/v1/me`, { headers: { cookie: `portcullis_session=${jar.cookies.get('portcullis_session')}` } });
    const body = (await me.json()) as { principal: { id: string; kind: string }; via: string };
    assert.equal(body.principal.id, 'alice');
    assert.equal(body.via, 'oidc');
  });

  test('A2 a subject that is not mapped to a human is refused, whatever it claims to be', async () => {
    const { jar, final } = await signIn('alice');
    assert.equal(final.status, 403);
    assert.deepEqual(JSON.parse(await final.text()), {
      error: { code: 'permission_denied', message: 'identity provider subject `alice` is not a Portcullis reviewer', hint: 'ask an administrator to map your subject in server.oidc.subjects' },
    });
    assert.equal(jar.cookies.has('portcullis_session'), false);
  });

  test('D4 a mapped subject whose human is revoked is refused', async () => {
    await ctx.runtime.identity.revoke('human', 'eve', { kind: 'local' });
    const { final } = await signIn('idp|mallory');
    assert.equal(final.status, 403);
  });

  test('a callback without the flow cookie (a forged or replayed redirect) is refused', async () => {
    const res = await fetch(`${gate}/auth/oidc/callback?code=abc&state=xyz`);
    assert.equal(res.status, 401);
    assert.deepEqual(await res.json(), { error: { code: 'auth_failed', message: 'the sign-in flow expired or was started elsewhere', hint: 'start again from the sign-in page' } });
  });
});
