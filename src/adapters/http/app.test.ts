import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { deploy, demoApp, harmless } from '../../../test/helpers/http-app.ts';
import { methodNotAllowed, openApiDocument } from './index.ts';
import { AUDIT_KINDS } from '../../gateway/index.ts';

type Ctx = Awaited<ReturnType<typeof demoApp>>;
const J = 'application/json';

describe('http adapter', () => {
  let t: Ctx;
  before(async () => {
    t = await demoApp();
  });
  after(async () => t.close());

  const call = (path: string, init: { method?: string; token?: string; body?: unknown; raw?: string | Uint8Array; type?: string | null; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.type !== null && (init.body !== undefined || init.raw !== undefined)) headers['content-type'] = init.type ?? J;
    const body = init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined);
    return t.app.request(path, { method: init.method ?? (body !== undefined ? 'POST' : 'GET'), headers, ...(body !== undefined ? { body } : {}) });
  };
  const decide = (body: unknown, token = t.tokens.kiro) => call('/v1/decisions', { token, body });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  const json = async (res: Response) => (await res.json()) as Record<string, any>;

  /** F6: the whole error body, and nothing written. */
  async function refused(res: Response | Promise<Response>, status: number, error: Record<string, unknown>) {
    const before = await t.auditSize();
    const r = await res;
    assert.equal(r.status, status);
    assert.deepEqual(await json(r), { error });
    assert.equal(await t.auditSize(), before, 'a refused request changes nothing');
  }

  test('F2 /readyz is not ready until the runtime is open, then ready while the store answers; /healthz always answers', async () => {
    t.setStarted(false);
    let r = await call('/readyz');
    assert.equal(r.status, 503);
    assert.deepEqual(await json(r), { ready: false, problem: 'starting: config and policies are not loaded yet' });
    t.setStarted(true);
    r = await call('/readyz');
    assert.equal(r.status, 200);
    assert.deepEqual(await json(r), { ready: true });
    assert.deepEqual(await json(await call('/healthz')), { status: 'ok', version: 'test' });
  });

  test('POST /v1/decisions answers DecisionResponseV1 for the agent the token belongs to', async () => {
    const r = await decide(harmless);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('cache-control'), 'no-store');
    const d = await json(r);
    assert.equal(d.v, 1);
    assert.equal(d.effect, 'allow');
    assert.match(d.decisionId, /^aud_/);
    const entry = await t.runtime.control.audit.entry((await t.auditSize()));
    assert.equal(entry?.actor, 'agent:kiro');
    // naming itself is fine; naming another agent is refused
    assert.equal((await json(await decide({ agent: 'kiro', ...harmless }))).effect, 'allow');
  });

  test('F6 wrong content type: 415 with a clear body, nothing recorded', async () => {
    await refused(call('/v1/decisions', { token: t.tokens.kiro, raw: JSON.stringify(harmless), type: 'text/plain' }), 415, {
      code: 'unsupported_media_type', message: 'content type `text/plain` is not accepted here', hint: 'send `application/json`',
    });
    await refused(call('/v1/decisions', { token: t.tokens.kiro, raw: new TextEncoder().encode(JSON.stringify(harmless)), type: null }), 415, {
      code: 'unsupported_media_type', message: 'content type `(none)` is not accepted here', hint: 'send `application/json`',
    });
  });

  test('F6 unknown fields: 400 naming them, nothing recorded', async () => {
    await refused(decide({ ...harmless, sudo: true }), 400, {
      code: 'request_invalid', message: 'the body is not valid: (body) unknown field `sudo`', hint: 'fix the listed fields; docs/api.md describes every body',
      issues: [{ path: '(body)', message: 'unknown field `sudo`' }],
    });
    await refused(decide({ action: { kind: 'shell', command: 'ls', cwd: '/' } }), 400, {
      code: 'request_invalid', message: 'the body is not valid: action unknown field `cwd`', hint: 'fix the listed fields; docs/api.md describes every body',
      issues: [{ path: 'action', message: 'unknown field `cwd`' }],
    });
  });

  test('F6 oversized, malformed JSON and invalid UTF-8 bodies are refused, nothing recorded', async () => {
    const big = JSON.stringify({ action: { kind: 'shell', command: 'x'.repeat(300 * 1024) } });
    await refused(call('/v1/decisions', { token: t.tokens.kiro, raw: big }), 413, {
      code: 'request_too_large', message: 'the body is larger than 262144 bytes', hint: 'send a smaller body; server.body_limit_kb sets the limit',
    });
    await refused(call('/v1/decisions', { token: t.tokens.kiro, raw: '{"action": ' }), 400, {
      code: 'request_invalid', message: 'the body is not valid JSON: unexpected end of json input', hint: 'send one JSON object',
    });
    await refused(call('/v1/decisions', { token: t.tokens.kiro, raw: new Uint8Array([0x7b, 0xff, 0x7d]) }), 400, {
      code: 'request_invalid', message: 'the body is not valid UTF-8', hint: 'encode the body as UTF-8',
    });
    await refused(call('/v1/decisions', { token: t.tokens.kiro, body: [harmless] }), 400, {
      code: 'request_invalid', message: 'the body must be a JSON object `{action, context}`', hint: 'fix the listed fields; docs/api.md describes every body', issues: [{ path: '(body)', message: 'must be an object' }],
    });
  });

  test('bad tokens: none, malformed, unknown → 401 with WWW-Authenticate; nothing recorded', async () => {
    const r = await call('/v1/decisions', { body: harmless });
    assert.equal(r.headers.get('www-authenticate'), 'Bearer realm="portcullis"');
    await refused(call('/v1/decisions', { body: harmless }), 401, { code: 'auth_failed', message: 'no agent token', hint: 'send `Authorization: Bearer <agent token>` from `portcullis agents add`' });
    await refused(call('/v1/decisions', { body: harmless, headers: { authorization: 'Basic a2lybw==' } }), 401, { code: 'auth_failed', message: 'the authorization header is not `Bearer TOKEN`', hint: 'send `Authorization: Bearer <token>`' });
    await refused(decide(harmless, 'pct_a_nope'), 401, { code: 'auth_failed', message: 'token is malformed', hint: 'use the token printed by `portcullis users add` or `portcullis agents add`' });
    await refused(decide(harmless, `pct_a_${'A'.repeat(43)}`), 401, {
      code: 'auth_failed', message: 'token is not recognised', hint: 'the token may have been revoked; ask an administrator for a new one',
    });
  });

  test('D4 revoking an agent denies its very next decision, even while its token is memoised by the adapter', async () => {
    const { token } = await t.runtime.identity.addAgent({ id: 'tmp-bot', role: 'developer', operator: 'eve', homeEnvironment: 'dev-sandbox' }, { kind: 'local' });
    assert.equal((await json(await decide(harmless, token))).reasons[0].code !== 'principal_revoked', true);
    await t.runtime.identity.revoke('agent', 'tmp-bot', { kind: 'local' });
    const d = await json(await decide(harmless, token));
    assert.equal(d.effect, 'deny');
    assert.deepEqual(d.reasons, [{ code: 'principal_revoked', message: 'agent `tmp-bot` is revoked' }]);
  });

  test('delegation: an agent asks with its own token; its operator\'s token or another agent\'s name is refused (403)', async () => {
    await refused(decide(harmless, t.tokens.dana), 403, { code: 'permission_denied', message: 'reviewer tokens cannot ask for decisions', hint: 'agents use their own token from `portcullis agents add`' });
    await refused(decide({ agent: 'intern-bot', ...harmless }), 403, {
      code: 'permission_denied', message: 'the token belongs to agent `kiro`, the body names `intern-bot`', hint: 'omit `agent`: the token says who asks',
    });
  });

  test('D2 F3 an agent token reaches no reviewer or admin endpoint (403), and changes nothing', async () => {
    const held = await json(await decide(deploy));
    const agentRefusal = { code: 'permission_denied', message: 'agent tokens reach only the decision endpoints', hint: 'reviewer endpoints need a human token' };
    for (const [path, body] of [
      ['/v1/approvals', undefined], [`/v1/approvals/${held.requestId}`, undefined], ['/v1/audit', undefined], ['/v1/audit/verify', undefined], ['/v1/agents', undefined], ['/v1/brakes', undefined],
      ['/v1/shadow-report', undefined], ['/v1/me', undefined],
      [`/v1/approvals/${held.requestId}/approve`, { digest: held.actionDigest }], [`/v1/approvals/${held.requestId}/reject`, { comment: 'no' }],
      [`/v1/approvals/${held.requestId}/cancel`, {}], ['/v1/brakes', { kind: 'unfreeze_all' }], ['/v1/brakes', { kind: 'shadow', environment: null, on: true }],
    ] as const) {
      await refused(call(path, { token: t.tokens.kiro, ...(body ? { body } : {}) }), 403, agentRefusal);
    }
    await refused(call('/auth/sign-in', { body: { token: t.tokens.kiro } }), 403, {
      code: 'permission_denied', message: 'agent tokens reach only the decision endpoints', hint: 'sign in with your own reviewer token from `portcullis users add`',
    });
    assert.equal((await t.runtime.control.approvals.show(held.requestId)).status, 'pending');
  });

  test('nothing changes state on a GET: approve/reject/brakes links answer 405 and the request stays pending', async () => {
    const held = await json(await decide(deploy));
    for (const path of [`/v1/approvals/${held.requestId}/approve?digest=${held.actionDigest}`, `/v1/approvals/${held.requestId}/reject`, '/v1/brakes', '/v1/decisions', '/auth/sign-in']) {
      const before = await t.auditSize();
      const r = await call(path, { token: t.tokens.alice });
      if (path === '/v1/brakes') {
        assert.equal(r.status, 200);
      } else {
        assert.equal(r.status, 405, path);
        assert.equal(r.headers.get('allow'), 'POST');
        assert.equal((await json(r)).error.code, 'method_not_allowed');
      }
      assert.equal(await t.auditSize(), before);
    }
    assert.equal((await t.runtime.control.approvals.show(held.requestId)).approvals.length, 0);
  });

  test('A1 A2 A3 two distinct reviewers approve the exact digest over the API; the agent\'s retry is allowed once', async () => {
    const held = await json(await decide(deploy));
    assert.equal(held.effect, 'hold');
    const id = held.requestId as string;
    const list = await json(await call('/v1/approvals?status=pending', { token: t.tokens.alice }));
    assert.ok(list.requests.some((q: { id: string }) => q.id === id));
    // A1: another digest is refused
    await refused(call(`/v1/approvals/${id}/approve`, { token: t.tokens.alice, body: { digest: `sha256:${'0'.repeat(64)}` } }), 409, {
      code: 'approval_refused', message: `digest \`sha256:${'0'.repeat(64)}\` is not the digest of request \`${id}\``, hint: 'approve the exact action shown by `portcullis approvals show`',
    });
    // A3: the operator cannot approve their own agent's request
    const dana = await call(`/v1/approvals/${id}/approve`, { token: t.tokens.dana, body: { digest: held.actionDigest } });
    assert.equal(dana.status, 409);
    assert.equal((await json(dana)).error.message, '`dana` is the operator of agent `kiro` and cannot approve its request');
    let r = await json(await call(`/v1/approvals/${id}/approve`, { token: t.tokens.alice, body: { digest: held.actionDigest, comment: 'lgtm' } }));
    assert.deepEqual(r, { status: 'pending', requestId: id, approvals: 1, required: 2, alreadyCounted: false });
    // A2: the same human twice counts once
    r = await json(await call(`/v1/approvals/${id}/approve`, { token: t.tokens.alice, body: { digest: held.actionDigest } }));
    assert.equal(r.alreadyCounted, true);
    r = await json(await call(`/v1/approvals/${id}/approve`, { token: t.tokens.bob, body: { digest: held.actionDigest } }));
    assert.equal(r.status, 'approved');
    const retry = await json(await decide(deploy));
    assert.equal(retry.effect, 'allow');
    assert.equal(retry.reasons[0].code, 'approvals_satisfied');
    const shown = await json(await call(`/v1/approvals/${id}`, { token: t.tokens.bob }));
    assert.equal(shown.status, 'executing');
    assert.deepEqual(shown.history.map((h: { to: string }) => h.to), ['approved', 'executing']);
  });

  test('A4 a rejection needs a comment and ends the request', async () => {
    const held = await json(await decide({ ...deploy, action: { kind: 'shell', command: 'kubectl --context prod-cn-1 apply -f deploy/ledger.yaml' } }));
    await refused(call(`/v1/approvals/${held.requestId}/reject`, { token: t.tokens.alice, body: { comment: '  ' } }), 400, {
      code: 'request_invalid', message: 'the body is not valid: comment a rejection needs a comment', hint: 'fix the listed fields; docs/api.md describes every body',
      issues: [{ path: 'comment', message: 'a rejection needs a comment' }],
    });
    const r = await json(await call(`/v1/approvals/${held.requestId}/reject`, { token: t.tokens.alice, body: { comment: 'not during the freeze' } }));
    assert.equal(r.status, 'denied');
    assert.equal((await json(await decide({ ...deploy, action: { kind: 'shell', command: 'kubectl --context prod-cn-1 apply -f deploy/ledger.yaml' } }))).effect, 'deny');
  });

  test('session sign-in: HttpOnly SameSite=Strict cookie; state changes need the CSRF token and the same origin', async () => {
    const signIn = await call('/auth/sign-in', { body: { token: t.tokens.bob } });
    assert.equal(signIn.status, 200);
    const cookie = signIn.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^portcullis_session=[^;]+; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict$/);
    const { csrfToken, principal } = await json(signIn);
    assert.equal(principal.id, 'bob');
    const jar = cookie.split(';')[0]!;
    const me = await json(await call('/v1/me', { headers: { cookie: jar } }));
    assert.equal(me.principal.id, 'bob');
    const change = { kind: 'freeze', agent: 'intern-bot', reason: 'test' };
    await refused(call('/v1/brakes', { body: change, headers: { cookie: jar } }), 403, { code: 'permission_denied', message: 'missing or invalid csrf token', hint: 'reload the page and submit the form again' });
    await refused(call('/v1/brakes', { body: change, headers: { cookie: jar, 'x-csrf-token': 'forged' } }), 403, { code: 'permission_denied', message: 'missing or invalid csrf token', hint: 'reload the page and submit the form again' });
    await refused(call('/v1/brakes', { body: change, headers: { cookie: jar, 'x-csrf-token': csrfToken, origin: 'https://evil.example', host: 'localhost' } }), 403, {
      code: 'permission_denied', message: 'cross-origin request from `https://evil.example` refused', hint: 'use the Portcullis pages themselves',
    });
    const ok = await call('/v1/brakes', { body: change, headers: { cookie: jar, 'x-csrf-token': csrfToken } });
    assert.equal(ok.status, 200);
    assert.equal((await json(ok)).agents['intern-bot'].by, 'human:bob');
    // a forged cookie is no session
    await refused(call('/v1/me', { headers: { cookie: `${jar.slice(0, -3)}xyz` } }), 401, { code: 'auth_failed', message: 'not signed in', hint: 'send `Authorization: Bearer <reviewer token>` or sign in at /ui' });
    // D4: revoking the human ends the session at once
    await t.runtime.identity.revoke('human', 'eve', { kind: 'local' });
    await refused(call('/auth/sign-in', { body: { token: t.tokens.eve } }), 401, { code: 'auth_failed', message: 'token is not recognised', hint: 'the token may have been revoked; ask an administrator for a new one' });
  });

  test('F3 brakes over the API: any reviewer freezes, only an admin releases; the frozen agent is denied at once', async () => {
    let r = await call('/v1/brakes', { token: t.tokens.alice, body: { kind: 'freeze', agent: 'kiro', reason: 'runaway' } });
    assert.equal(r.status, 200);
    const d = await json(await decide(harmless));
    assert.equal(d.effect, 'deny');
    assert.deepEqual(d.reasons, [{ code: 'kill_switch_engaged', message: 'agent `kiro` is frozen (by human:alice: runaway)' }]);
    await refused(call('/v1/brakes', { token: t.tokens.alice, body: { kind: 'unfreeze', agent: 'kiro' } }), 403, {
      code: 'permission_denied', message: '`alice` may not release a kill switch', hint: 'ask a member of `admins`',
    });
    r = await call('/v1/brakes', { token: t.tokens.dana, body: { kind: 'unfreeze', agent: 'kiro' } });
    assert.equal(r.status, 200);
    assert.equal((await json(await decide(harmless))).effect, 'allow');
    await refused(call('/v1/brakes', { token: t.tokens.dana, body: { kind: 'freeze', agent: 'kiro', hard: true } }), 400, {
      code: 'request_invalid', message: 'the body is not valid: (body) unknown field `hard`', hint: 'fix the listed fields; docs/api.md describes every body', issues: [{ path: '(body)', message: 'unknown field `hard`' }],
    });
    const audited = await json(await call('/v1/audit?type=brake_changed&limit=10', { token: t.tokens.bob }));
    assert.ok(audited.entries.length >= 2);
    assert.deepEqual(audited.entries.slice(0, 2).map((e: { actor: string; body: { on: boolean } }) => [e.actor, e.body.on]), [['human:dana', false], ['human:alice', true]]);
    // an unknown kind (a typo, a plural, a kind that was never written) is a 400 that lists the kinds, not an empty page
    for (const type of ['brake_change', 'config_loaded', 'Decision', '%27%3B--']) {
      await refused(call(`/v1/audit?type=${type}`, { token: t.tokens.bob }), 400, {
        code: 'request_invalid', message: `unknown audit entry type \`${decodeURIComponent(type)}\``, hint: `use one of ${AUDIT_KINDS.join(', ')}`,
      });
    }
  });

  test('F3 F7 shadow mode: only admins turn it on, two of them on production; a deny is let through, recorded and reported; a never-rule still denies', async () => {
    // not a never-rule: shadow mode may let it through (F7)
    const destroy = { action: { kind: 'shell', command: 'terraform apply -auto-approve' }, context: deploy.context };
    const home = { action: { kind: 'shell', command: 'terraform destroy -auto-approve' }, context: deploy.context };
    assert.equal((await json(await decide(destroy))).effect, 'deny');
    await refused(call('/v1/brakes', { token: t.tokens.bob, body: { kind: 'shadow', environment: 'prod-cn-1', on: true } }), 403, {
      code: 'permission_denied', message: '`bob` may not turn shadow mode on', hint: 'ask a member of `admins`',
    });
    // F7: on a production environment one admin is not enough: the refusal records the request
    // (audited, the one refused call that writes), and a second, distinct admin confirms it
    const aloneError = {
      code: 'permission_denied', message: "turning shadow mode on for production environment `prod-cn-1` takes two admins: `dana`'s request is recorded, and shadow mode stays off until another admin confirms",
      hint: 'another member of `admins` makes the same change within 60 minutes (`portcullis brakes shadow on prod-cn-1`, or the brakes page) (F7)',
    };
    for (let i = 0; i < 2; i++) {
      const size = await t.auditSize();
      const alone = await call('/v1/brakes', { token: t.tokens.dana, body: { kind: 'shadow', environment: 'prod-cn-1', on: true, reason: 'rollout' } });
      assert.equal(alone.status, 403);
      assert.deepEqual(await json(alone), { error: aloneError });
      assert.equal(await t.auditSize(), size + 1);
      assert.equal((await t.runtime.control.audit.entry(size + 1))?.type, 'brake_requested');
    }
    assert.equal((await json(await decide(destroy))).effect, 'deny', 'one admin asking twice turned nothing on');
    const frank = (await t.runtime.identity.addHuman({ id: 'frank', groups: ['admins'] }, { kind: 'local' })).token;
    assert.equal((await call('/v1/brakes', { token: frank, body: { kind: 'shadow', environment: 'prod-cn-1', on: true, reason: 'rollout' } })).status, 200);
    const d = await json(await decide(destroy));
    assert.equal(d.effect, 'allow');
    assert.deepEqual(d.shadow, { wouldBe: 'deny' });
    assert.equal(d.reasons.at(-1).code, 'shadow_mode');
    assert.equal((await json(await decide(home))).effect, 'deny', 'F7: destroying its home is denied in shadow mode too');
    const report = await json(await call('/v1/shadow-report', { token: t.tokens.bob }));
    assert.equal(report.decisions[0].wouldBe, 'deny');
    assert.equal(report.decisions[0].agent, 'kiro');
    // turning enforcement back on is not loosening: any reviewer may
    assert.equal((await call('/v1/brakes', { token: t.tokens.bob, body: { kind: 'shadow', environment: 'prod-cn-1', on: false } })).status, 200);
    assert.equal((await json(await decide(destroy))).effect, 'deny');
  });

  test('strict queries, audit pages, verify, agents, unknown routes', async () => {
    await refused(call('/v1/approvals?statsu=pending', { token: t.tokens.bob }), 400, {
      code: 'request_invalid', message: 'unknown query parameter `statsu`', hint: 'fix the listed fields; docs/api.md describes every body', issues: [{ path: 'statsu', message: 'unknown query parameter' }],
    });
    const page = await json(await call('/v1/audit?limit=3', { token: t.tokens.bob }));
    assert.equal(page.entries.length, 3);
    assert.equal(page.entries[0].seq, page.size);
    const older = await json(await call(`/v1/audit?limit=3&before=${page.nextBefore}`, { token: t.tokens.bob }));
    assert.equal(older.entries[0].seq, page.size - 3);
    const verify = await json(await call('/v1/audit/verify', { token: t.tokens.bob }));
    assert.equal(verify.ok, true);
    assert.equal(verify.size, page.size);
    const agents = await json(await call('/v1/agents', { token: t.tokens.bob }));
    const kiro = agents.agents.find((a: { id: string }) => a.id === 'kiro');
    assert.equal(kiro.operator, 'dana');
    assert.ok(kiro.recent.length > 0);
    const missing = await call('/v1/nothing', { token: t.tokens.bob });
    assert.equal(missing.status, 404);
    assert.deepEqual(await json(missing), { error: { code: 'not_found', message: 'no route `GET /v1/nothing`', hint: 'see /openapi.json for the routes' } });
  });

  test('secure headers on every answer', async () => {
    const r = await call('/healthz');
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(r.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.match(r.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(r.headers.get('referrer-policy'), 'same-origin');
  });

  test('/metrics: decisions by effect, latency histogram, pending approvals, checkpoint age', async () => {
    const text = await (await call('/metrics')).text();
    assert.match(text, /^portcullis_decisions_total\{effect="allow",shadow="false"\} \d+$/m);
    assert.match(text, /^portcullis_decisions_total\{effect="hold",shadow="false"\} \d+$/m);
    assert.match(text, /^portcullis_decision_duration_seconds_bucket\{le="\+Inf"\} \d+$/m);
    assert.match(text, /^portcullis_pending_approvals \d+$/m);
    assert.match(text, /^portcullis_checkpoint_age_seconds -?[0-9.]+$/m);
  });

  test('the UI answers at /ui, /ui/ and / (a typed trailing slash is not a 404)', async () => {
    for (const [path, to] of [['/', '/ui'], ['/ui/', '/ui'], ['/ui', '/ui/queue']] as const) {
      const r = await call(path);
      assert.ok(r.status >= 301 && r.status <= 303, `${path}: ${r.status}`);
      assert.equal(new URL(r.headers.get('location') ?? '', 'http://x').pathname, to);
    }
  });

  test('the OpenAPI 3.1 document lists exactly the routes the app serves', async () => {
    const doc = await json(await call('/openapi.json'));
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(doc, JSON.parse(JSON.stringify(openApiDocument('test'))));
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    const routes = t.app.routes.filter((r) => (r.method === 'GET' || r.method === 'POST') && r.handler !== methodNotAllowed && !r.path.startsWith('/ui') && r.path !== '/');
    const served = [...new Set(routes.map((r) => `${r.method} ${r.path.replace(/:([a-z]+)(\{[^}]*\})?/g, '{$1}')}`))].sort();
    assert.deepEqual(served, documented);
  });
});

