import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { signWebhook } from '../../src/notify/index.ts';
import { deploy, demoApp } from '../helpers/http-app.ts';

interface Hit { headers: IncomingHttpHeaders; body: string }

describe('webhooks from a running gate', () => {
  const hits: Hit[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      hits.push({ headers: req.headers, body });
      res.end('ok');
    });
  });
  let t: Awaited<ReturnType<typeof demoApp>>;
  let now = 1_800_000_000_000;
  const clock = { now: () => now };

  before(async () => {
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    t = await demoApp({
      clock,
      env: { HOOK_KEY: 'hook-secret' },
      extraConfig: `notifications:\n  webhooks:\n    - { url: "${url}", secret_env: HOOK_KEY }\n    - { url: "http://127.0.0.1:1/down", secret_env: HOOK_KEY }\n`,
    });
  });
  after(async () => {
    await t.close();
    await new Promise((r) => receiver.close(r));
  });

  const decide = async (body: unknown) =>
    (await (await t.app.request('/v1/decisions', { method: 'POST', headers: { authorization: `Bearer ${t.tokens.kiro}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as Record<string, string>;
  const events = () => hits.map((h) => (JSON.parse(h.body) as { portcullis: { kind: string; requestId: string; by: string | null } }).portcullis);

  test('held, approved, rejected and expired are sent, signed; a dead webhook blocks nothing and approves nothing', async () => {
    const held = await decide(deploy);
    assert.equal(held.effect, 'hold');
    // a retry of the same action matches the same request: no second "held"
    assert.equal((await decide(deploy)).requestId, held.requestId);
    await t.runtime.control.approvals.approve(held.requestId!, { id: 'alice' }, held.actionDigest!, null);
    await t.runtime.control.approvals.approve(held.requestId!, { id: 'bob' }, held.actionDigest!, 'ok');
    const other = await decide({ ...deploy, action: { kind: 'shell', command: 'kubectl --context prod-cn-1 apply -f deploy/ledger.yaml' } });
    await t.runtime.control.approvals.reject(other.requestId!, { id: 'alice' }, 'not now');
    const third = await decide({ ...deploy, action: { kind: 'shell', command: 'kubectl --context prod-cn-1 apply -f deploy/search.yaml' } });
    now += 3_600_001;
    // A5: the pending request expires, and so does the approved one nobody executed within 15 min
    assert.deepEqual((await t.runtime.sweepExpired()).sort(), [held.requestId, third.requestId].sort());
    await t.runtime.notifier.settled();
    // deliveries run concurrently, so they may arrive in any order
    const key = (e: { kind: string; requestId: string; by: string | null }) => `${e.kind} ${e.requestId} ${e.by}`;
    assert.deepEqual(events().map(key).sort(), [
      `held ${held.requestId} null`, `approved ${held.requestId} bob`, `held ${other.requestId} null`, `rejected ${other.requestId} alice`, `held ${third.requestId} null`,
      `expired ${held.requestId} null`, `expired ${third.requestId} null`,
    ].sort());
    for (const h of hits) assert.equal(h.headers['x-portcullis-signature'], signWebhook('hook-secret', String(h.headers['x-portcullis-timestamp']), h.body));
    // the dead webhook changed nothing: every request ended as reviewers and the clock said
    assert.equal((await t.runtime.control.approvals.show(other.requestId!)).status, 'denied');
    assert.equal((await t.runtime.control.approvals.show(held.requestId!)).status, 'expired');
  });
});
