import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createAdaptorServer } from '@hono/node-server';
import { demoApp, harmless } from '../../test/helpers/http-app.ts';
import { remoteGate } from '../runtime/index.ts';
import { exchange } from './http-transport.ts';
import { createClient, PortcullisClientError, PortcullisError, type Transport } from './index.ts';

/**
 * The Transport contract as a Unix-socket transport would use it: the same decision API v1, the
 * same client and remote gate, a different way to the server (here the bearer token is still sent,
 * as the test server is the TCP one; a per-agent socket sends none).
 */
function socketTransport(socketPath: string, token: string): Transport {
  return {
    address: `unix:${socketPath}`,
    request: (method, path, body, { signal }) =>
      exchange((cb) => request({ socketPath, path, method, signal, headers: { authorization: `Bearer ${token}`, ...(body !== null ? { 'content-type': 'application/json' } : {}) } }, cb), body),
  };
}

describe('Transport: one client, any way to the decision API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-transport-'));
  let t: Awaited<ReturnType<typeof demoApp>>;
  let server: Server;
  let silent: Server;
  before(async () => {
    t = await demoApp();
    server = createAdaptorServer({ fetch: t.app.fetch }) as Server;
    await new Promise<void>((r) => server.listen(join(dir, 'gate.sock'), r));
    // accepts and never answers: a transport must honour the caller's deadline (F5)
    silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(join(dir, 'silent.sock'), r));
  });
  after(async () => {
    server.closeAllConnections();
    silent.closeAllConnections();
    await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => silent.close(r))]);
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the SDK client and the remote gate decide over a Unix-socket transport like over TCP', async () => {
    const transport = socketTransport(join(dir, 'gate.sock'), t.tokens.kiro!);
    const d = await createClient({ transport }).decide(harmless.action as never, harmless.context);
    assert.equal(d.effect, 'allow');
    const g = await remoteGate({ transport }).decide(harmless.action as never, harmless.context);
    assert.deepEqual([g.effect, g.decisionId.length > 0], ['allow', true]);
  });

  test('F5 F1 a transport that gets no answer is a bounded, coded refusal, one error type for the SDK and the remote gate', async () => {
    const transport = socketTransport(join(dir, 'silent.sock'), 'x');
    const refusal = (e: unknown) => {
      assert.ok(e instanceof PortcullisError);
      assert.ok(e instanceof PortcullisClientError, 'the SDK\'s earlier name is the same class');
      assert.deepEqual([e.code, e.message, e.hint], ['client_timeout', `portcullis at \`unix:${join(dir, 'silent.sock')}\` did not answer within 200 ms`, 'check `portcullis daemon` is running and this Unix user owns the socket']);
      return true;
    };
    await assert.rejects(createClient({ transport, timeoutMs: 200 }).decide(harmless.action as never), refusal);
    await assert.rejects(remoteGate({ transport, timeoutMs: 200 }).decide(harmless.action as never, {}), refusal);
  });
});
