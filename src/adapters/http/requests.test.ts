/**
 * The agent endpoints for held requests: `GET /v1/requests/{id}` (follow one's own request without
 * deciding again) and `POST /v1/requests/{id}/outcome` (L3: report how the consumed approval's
 * execution ended).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoApp, inProd } from '../../../test/helpers/http-app.ts';

type Ctx = Awaited<ReturnType<typeof demoApp>>;
const J = 'application/json';
const held = (file: string) => ({ action: { kind: 'shell', command: `kubectl --context prod-cn-1 apply -f deploy/${file}.yaml` }, context: inProd });

describe('http adapter: an agent\'s own requests', () => {
  let t: Ctx;
  let otherToken: string;
  before(async () => {
    t = await demoApp();
    otherToken = (await t.runtime.identity.addAgent({ id: 'other-bot', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, { kind: 'local' })).token;
  });
  after(async () => t.close());

  const call = (path: string, init: { token?: string; body?: unknown; raw?: string; type?: string | null; method?: string } = {}) => {
    const headers: Record<string, string> = {};
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    const body = init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined);
    if (body !== undefined && init.type !== null) headers['content-type'] = init.type ?? J;
    return t.app.request(path, { method: init.method ?? (body !== undefined ? 'POST' : 'GET'), headers, ...(body !== undefined ? { body } : {}) });
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  const json = async (res: Response) => (await res.json()) as Record<string, any>;
  const decide = async (body: unknown, token = t.tokens.kiro) => json(await call('/v1/decisions', { token, body }));
  const status = (id: string, token = t.tokens.kiro) => call(`/v1/requests/${id}`, { token });
  const outcome = (id: string, body: unknown, token = t.tokens.kiro) => call(`/v1/requests/${id}/outcome`, { token, body });
  const approveBoth = async (id: string, digest: string) => {
    for (const who of ['alice', 'bob']) await t.runtime.control.approvals.approve(id, { id: who }, digest, null);
  };
  /** The refusal in full, and nothing written (F6). */
  async function refused(res: Response | Promise<Response>, code: number, error: Record<string, unknown>) {
    const size = await t.auditSize();
    const r = await res;
    assert.equal(r.status, code);
    assert.deepEqual(await json(r), { error });
    assert.equal(await t.auditSize(), size, 'a refused request changes nothing');
  }

  test('A6 GET /v1/requests/{id} follows the agent\'s own held request and changes nothing: no decision, no vote, no consumption', async () => {
    const d = await decide(held('payments'));
    assert.equal(d.effect, 'hold');
    const id = d.requestId as string;
    const expiresAt = (await t.runtime.approvals.show(id)).expiresAt;
    const size = await t.auditSize();
    for (let i = 0; i < 3; i++) {
      const r = await status(id);
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('cache-control'), 'no-store');
      assert.deepEqual(await json(r), { id, digest: d.actionDigest, status: 'pending', approvals: 0, required: 2, approverGroups: ['approvers'], expiresAt });
    }
    assert.equal(await t.auditSize(), size, 'polling records nothing');
    await t.runtime.control.approvals.approve(id, { id: 'alice' }, d.actionDigest, null);
    assert.equal((await json(await status(id))).approvals, 1);
    await t.runtime.control.approvals.approve(id, { id: 'bob' }, d.actionDigest, null);
    const afterVotes = await t.auditSize();
    // approved is shown, and stays approved however often it is read: only a decision consumes it (A6)
    for (let i = 0; i < 3; i++) assert.equal((await json(await status(id))).status, 'approved');
    assert.equal(await t.auditSize(), afterVotes);
    assert.equal((await t.runtime.approvals.show(id)).status, 'approved');
    assert.equal((await decide(held('payments'))).effect, 'allow');
    assert.equal((await json(await status(id))).status, 'executing');
  });

  test('another agent\'s request is a 404 exactly like an unknown id (ids cannot be probed), for reading and for reporting', async () => {
    const theirs = await decide(held('ledger'), otherToken);
    assert.equal(theirs.effect, 'hold');
    const notFound = (id: string) => ({ code: 'approval_not_found', message: `no request \`${id}\``, hint: 'an agent sees only its own requests, by the `requestId` of a held decision' });
    await refused(status(theirs.requestId), 404, notFound(theirs.requestId));
    await refused(status('req_does_not_exist'), 404, notFound('req_does_not_exist'));
    await refused(outcome(theirs.requestId, { outcome: 'succeeded' }), 404, notFound(theirs.requestId));
    await refused(outcome('req_does_not_exist', { outcome: 'succeeded' }), 404, notFound('req_does_not_exist'));
    // its own agent reads it
    assert.equal((await json(await status(theirs.requestId, otherToken))).status, 'pending');
  });

  test('D2 reviewer tokens are refused on the agent endpoints (403); no or unknown tokens are 401; nothing changes', async () => {
    const d = await decide(held('billing'));
    const refusal = { code: 'permission_denied', message: 'reviewer tokens cannot follow an agent\'s requests', hint: 'reviewers read requests at `GET /v1/approvals/{id}`' };
    await refused(status(d.requestId, t.tokens.alice), 403, refusal);
    await refused(outcome(d.requestId, { outcome: 'succeeded' }, t.tokens.dana), 403, refusal);
    const none = await call(`/v1/requests/${d.requestId}`);
    assert.equal(none.status, 401);
    assert.deepEqual(await json(none), { error: { code: 'auth_failed', message: 'no agent token', hint: 'send `Authorization: Bearer <agent token>` from `portcullis agents add`' } });
    assert.equal((await call(`/v1/requests/${d.requestId}`, { token: `pct_a_${'x'.repeat(43)}` })).status, 401);
    assert.equal((await t.runtime.approvals.show(d.requestId)).status, 'pending');
  });

  test('D4 a revoked agent follows nothing and reports nothing, even while the adapter memoises its token', async () => {
    const { token } = await t.runtime.identity.addAgent({ id: 'gone-bot', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, { kind: 'local' });
    const d = await decide(held('fraud'), token);
    assert.equal((await status(d.requestId, token)).status, 200);
    await t.runtime.identity.revoke('agent', 'gone-bot', { kind: 'local' });
    const gone = { code: 'auth_failed', message: 'agent `gone-bot` is not active', hint: 'ask an administrator: a revoked agent follows and reports nothing' };
    await refused(status(d.requestId, token), 401, gone);
    await refused(outcome(d.requestId, { outcome: 'succeeded' }, token), 401, gone);
  });

  test('F6 the outcome body is strict: unknown fields, a wrong outcome or exit code, other content types and unknown query parameters are refused, nothing changes', async () => {
    const d = await decide(held('search'));
    await approveBoth(d.requestId, d.actionDigest);
    assert.equal((await decide(held('search'))).effect, 'allow');
    const id = d.requestId as string;
    const hint = 'fix the listed fields; docs/api.md describes every body';
    await refused(outcome(id, { outcome: 'succeeded', signal: 'SIGKILL' }), 400, {
      code: 'request_invalid', message: 'the body is not valid: (body) unknown field `signal`', hint, issues: [{ path: '(body)', message: 'unknown field `signal`' }],
    });
    const wrong = await outcome(id, { outcome: 'outcome_unknown' });
    assert.equal(wrong.status, 400);
    assert.equal((await json(wrong)).error.issues[0].path, 'outcome');
    await refused(outcome(id, { outcome: 'failed', exitCode: 1.5 }), 400, {
      code: 'request_invalid', message: 'the body is not valid: exitCode expected int, received number', hint, issues: [{ path: 'exitCode', message: 'expected int, received number' }],
    });
    await refused(call(`/v1/requests/${id}/outcome`, { token: t.tokens.kiro, raw: '{"outcome":"succeeded"}', type: 'text/plain' }), 415, {
      code: 'unsupported_media_type', message: 'content type `text/plain` is not accepted here', hint: 'send `application/json`',
    });
    await refused(call(`/v1/requests/${id}/outcome`, { token: t.tokens.kiro, raw: '{"outcome":' }), 400, {
      code: 'request_invalid', message: 'the body is not valid JSON: unexpected end of json input', hint: 'send one JSON object',
    });
    await refused(call(`/v1/requests/${id}?watch=1`, { token: t.tokens.kiro }), 400, {
      code: 'request_invalid', message: 'unknown query parameter `watch`', hint, issues: [{ path: 'watch', message: 'unknown query parameter' }],
    });
    // a GET on the outcome route is not a report (link scanners)
    const get = await call(`/v1/requests/${id}/outcome`, { token: t.tokens.kiro });
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST');
    assert.equal((await t.runtime.approvals.show(id)).status, 'executing');
  });

  test('L3 the outcome of an executing request is recorded once, audited with the agent as actor; pending or ended requests are a 409', async () => {
    const pending = await decide(held('gateway'));
    await refused(outcome(pending.requestId, { outcome: 'succeeded' }), 409, {
      code: 'approval_refused', message: `request \`${pending.requestId}\` is pending, not executing: an outcome is recorded only for an execution that started`,
      hint: 'decide the same action again once it is approved (that consumes the approval), run it, then report',
    });
    const d = await decide(held('checkout'));
    const id = d.requestId as string;
    await approveBoth(id, d.actionDigest);
    await refused(outcome(id, { outcome: 'succeeded' }), 409, {
      code: 'approval_refused', message: `request \`${id}\` is approved, not executing: an outcome is recorded only for an execution that started`,
      hint: 'decide the same action again once it is approved (that consumes the approval), run it, then report',
    });
    assert.equal((await decide(held('checkout'))).effect, 'allow');
    const r = await outcome(id, { outcome: 'failed', exitCode: 3 });
    assert.equal(r.status, 200);
    assert.deepEqual(await json(r), { id, digest: d.actionDigest, status: 'failed', approvals: 2, required: 2, approverGroups: ['approvers'], expiresAt: (await t.runtime.approvals.show(id)).expiresAt });
    const page = await t.runtime.control.audit.page({ type: 'execution_outcome', limit: 1 });
    assert.deepEqual(page.entries[0]?.body, { requestId: id, digest: d.actionDigest, outcome: 'failed', detail: { exitCode: 3, via: 'api' } });
    assert.equal(page.entries[0]?.actor, 'agent:kiro');
    const history = (await t.runtime.control.approvals.show(id)).history.map((h) => h.to);
    assert.deepEqual(history, ['approved', 'executing', 'failed']);
    // once: a second report, either way, changes nothing
    for (const again of [{ outcome: 'failed', exitCode: 3 }, { outcome: 'succeeded' }]) {
      await refused(outcome(id, again), 409, {
        code: 'approval_refused', message: `request \`${id}\` is failed, not executing: an outcome is recorded only for an execution that started`, hint: 'the request already ended; its outcome cannot change',
      });
    }
  });
});

describe('http adapter: an agent\'s own requests, over time', () => {
  test('A5 a pending request past its deadline reads as expired, and reading still writes nothing', async () => {
    let now = Date.now();
    const t = await demoApp({ clock: { now: () => now } });
    try {
      const headers = { authorization: `Bearer ${t.tokens.kiro}`, 'content-type': J };
      const d = (await (await t.app.request('/v1/decisions', { method: 'POST', headers, body: JSON.stringify(held('payments')) })).json()) as { requestId: string };
      const read = async () => ((await (await t.app.request(`/v1/requests/${d.requestId}`, { headers: { authorization: headers.authorization } })).json()) as { status: string }).status;
      assert.equal(await read(), 'pending');
      now = (await t.runtime.approvals.show(d.requestId)).expiresAt;
      const size = await t.auditSize();
      assert.equal(await read(), 'expired');
      assert.equal(await t.auditSize(), size);
      assert.equal((await t.runtime.approvals.show(d.requestId)).status, 'pending', 'the sweep records the expiry, not a GET');
    } finally {
      await t.close();
    }
  });
});

describe('http adapter: GET /v1/never-allowed', () => {
  test('F6 D2 strict parameters, agents only, and reading writes nothing', async () => {
    const t = await demoApp();
    try {
      const get = (query: string, token = t.tokens.kiro) => t.app.request(`/v1/never-allowed${query}`, { headers: { authorization: `Bearer ${token}` } });
      const size = await t.auditSize();
      const ok = await get('?server=infra&tool=echo');
      assert.equal(ok.status, 200);
      assert.deepEqual(await ok.json(), { v: 1, server: 'infra', tool: 'echo', neverAllowed: false });
      assert.equal((await get('?server=infra')).status, 400, 'tool is required');
      assert.equal((await get('?server=infra&tool=echo&agent=other')).status, 400, 'unknown parameters are refused');
      assert.equal((await get('?server=infra&tool=echo&tool=again')).status, 400, 'repeated parameters are refused');
      const reviewer = await get('?server=infra&tool=echo', t.tokens.alice);
      assert.equal(reviewer.status, 403);
      assert.equal(((await reviewer.json()) as { error: { code: string } }).error.code, 'permission_denied');
      assert.equal(await t.auditSize(), size);
    } finally {
      await t.close();
    }
  });
});
