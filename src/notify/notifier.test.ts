import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createNotifier, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER, type NotifyEvent } from './index.ts';

const clock = { now: () => 1_700_000_000_000 };
const event: NotifyEvent = {
  kind: 'held', requestId: 'req_1', agent: 'kiro', operator: 'dana', summary: 'terraform: 2 destroyed', environments: ['prod-cn-1'],
  required: 2, approvals: 0, by: null, comment: null, url: 'http://127.0.0.1:7070/ui/requests/req_1', at: 1_700_000_000_000,
};

interface Hit { headers: IncomingMessage['headers']; body: string }

describe('webhook notifier', () => {
  let server: Server;
  let base = '';
  const hits: Record<string, Hit[]> = {};
  const script: Record<string, number[]> = {};
  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        const path = req.url ?? '/';
        (hits[path] ??= []).push({ headers: req.headers, body });
        res.statusCode = script[path]?.shift() ?? 200;
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  test('sends a Slack-compatible body signed with HMAC-SHA256 over timestamp and body', async () => {
    const n = createNotifier({ webhooks: [{ url: `${base}/ok`, secret: 's3cret', events: ['held'] }], clock });
    n.notify(event);
    await n.settled();
    const [hit] = hits['/ok']!;
    assert.ok(hit);
    assert.equal(hit.headers['content-type'], 'application/json');
    assert.equal(hit.headers[TIMESTAMP_HEADER], '1700000000');
    assert.equal(hit.headers[SIGNATURE_HEADER], signWebhook('s3cret', '1700000000', hit.body));
    const body = JSON.parse(hit.body) as { text: string; blocks: Array<{ type: string; text: { type: string; text: string } }>; portcullis: NotifyEvent & { v: number } };
    assert.equal(body.text, ':hourglass: Request req_1 from agent kiro (operator dana) is waiting for approval: terraform: 2 destroyed');
    assert.deepEqual(body.blocks[0]?.text.type, 'mrkdwn');
    assert.match(body.blocks[0]!.text.text, /<http:\/\/127\.0\.0\.1:7070\/ui\/requests\/req_1\|Open request req_1>/);
    assert.deepEqual(body.portcullis, { v: 1, ...event });
  });

  test('only the events a webhook subscribed to are sent', async () => {
    const n = createNotifier({ webhooks: [{ url: `${base}/rejections`, secret: 'k', events: ['rejected'] }], clock });
    n.notify(event);
    n.notify({ ...event, kind: 'rejected', by: 'alice', comment: 'not during the freeze' });
    await n.settled();
    assert.deepEqual(hits['/rejections']!.map((h) => (JSON.parse(h.body) as { portcullis: NotifyEvent }).portcullis.kind), ['rejected']);
  });

  test('retries 5xx with exponential backoff, then succeeds', async () => {
    script['/flaky'] = [500, 503];
    const delays: number[] = [];
    const n = createNotifier({ webhooks: [{ url: `${base}/flaky`, secret: 'k', events: ['held'] }], clock, baseDelayMs: 100, delay: async (ms) => void delays.push(ms) });
    n.notify(event);
    await n.settled();
    assert.equal(hits['/flaky']!.length, 3);
    assert.deepEqual(delays, [100, 200]);
  });

  test('a failing webhook never throws, never blocks notify(), and is reported after its last attempt', async () => {
    const failures: string[] = [];
    const n = createNotifier({
      webhooks: [{ url: 'http://127.0.0.1:1/unreachable', secret: 'k', events: ['held'] }, { url: `${base}/gone`, secret: 'k', events: ['held'] }],
      clock, maxAttempts: 3, delay: async () => undefined, onFailure: (url, e, problem) => failures.push(`${url} ${e.requestId} ${problem}`),
    });
    script['/gone'] = [404];
    // notify() is synchronous: the caller (a decision, an approval) never waits for delivery
    assert.equal(n.notify(event), undefined);
    assert.equal(hits['/gone'], undefined);
    await n.settled();
    assert.equal(hits['/gone']!.length, 1, 'a 404 is not retried');
    assert.deepEqual(failures.sort(), ['http://127.0.0.1:1/unreachable req_1 fetch failed', `${base}/gone req_1 http 404`]);
  });
});
