/**
 * Round 39 (gw2, the lead's answer 404.6): the decision API's own JSON reader refuses a field of another type as the
 * batch contract does (`"method": ["DELETE"]`, an override header given as a list, a `file_write` operation it does not
 * name, a content that is no string): a 400 with one clear line and nothing recorded, never a silent reading nor a stack.
 * What it passes on may still carry an override in a form no server reads as one method (a JSON `_method` given as a
 * list, `DELETE, GET`): that is held, never read as the request's own method. Called as a user calls it, over loopback.
 */
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createAdaptorServer } from '@hono/node-server';
import { demoApp } from '../../../test/helpers/http-app.ts';

let t: Awaited<ReturnType<typeof demoApp>>;
let server: Server;
let base: string;
before(async () => {
  t = await demoApp();
  server = createAdaptorServer({ fetch: t.app.fetch }) as Server;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await t.close();
});

const decide = (action: unknown) => fetch(`${base}/v1/decisions`, { method: 'POST', headers: { authorization: `Bearer ${t.tokens.kiro}`, 'content-type': 'application/json' }, body: JSON.stringify({ action, context: { cwd: '/home/dana/app' } }) });

test('a field of another type is a 400 with a one-line JSON error naming it, and nothing is recorded', async () => {
  const url = 'https://api.example.com/v1/users/9';
  for (const [action, path] of [
    [{ kind: 'http_request', method: ['DELETE'], url }, 'action.method'],
    [{ kind: 'http_request', method: 'POST', url, headers: { 'X-HTTP-Method-Override': ['DELETE'] } }, 'action.headers.X-HTTP-Method-Override'],
    [{ kind: 'http_request', method: 'POST', url, headers: [['X-HTTP-Method-Override', 'DELETE']] }, 'action.headers'],
    [{ kind: 'file_write', path: '/srv/data/orders.db', operation: 'remove' }, 'action.operation'],
    [{ kind: 'file_write', path: '/srv/data/orders.db', operation: 'write', content: 42 }, 'action.content'],
    [{ kind: 'sql', sql: ['DROP TABLE users'] }, 'action.sql'],
  ] as const) {
    const size = await t.auditSize();
    const r = await decide(action);
    const text = await r.text();
    assert.equal(r.status, 400, text);
    assert.equal(text.includes('\n'), false, 'one line');
    assert.doesNotMatch(text, /\bat \S+:\d+:\d+/, 'no stack');
    const body = JSON.parse(text) as { error: { code: string; message: string; issues: Array<{ path: string }> } };
    assert.equal(body.error.code, 'request_invalid');
    assert.ok(body.error.issues.some((i) => i.path === path), `${path} named: ${text}`);
    assert.equal(await t.auditSize(), size, 'a refused request changes nothing');
  }
});

test('an override the reader passes on in a form no server reads as one method is held or denied, never allowed', async () => {
  const url = 'https://api.example.com/v1/users/9';
  for (const action of [
    { kind: 'http_request', method: 'POST', url, body: { _method: ['DELETE'] } },
    { kind: 'http_request', method: 'POST', url, headers: { 'X-HTTP-Method-Override': 'DELETE, GET' } },
    { kind: 'http_request', method: 'GET', url, headers: { 'X-HTTP-Method': 'DELETE' } },
  ]) {
    const r = await decide(action);
    assert.equal(r.status, 200);
    const d = (await r.json()) as { effect: string; facts: { destructive: boolean; confidence: string } };
    assert.notEqual(d.effect, 'allow', JSON.stringify(action));
    assert.ok(d.facts.destructive || d.facts.confidence === 'opaque', JSON.stringify(d.facts));
  }
});
