/**
 * F8 with real faults on PostgreSQL: the replica talks to the shared test PostgreSQL through a TCP
 * forwarder process of its own, which the test freezes (SIGSTOP: the database hangs, connections stay
 * open, nothing answers) and stops (SIGKILL: resets and refused connections). The shared server is
 * never touched. Every request must get an answer, none of them an allow, and `/readyz` must say
 * "not ready" in its own short bound.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openRuntime } from '../../src/runtime/index.ts';
import { startServer, type RunningServer } from '../../src/host/index.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { PG_URL, uniqueSchema } from '../../src/store/postgres/test-support.ts';
import { harmless } from '../helpers/http-app.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';

const pgTarget = new URL(PG_URL);

describe('F8 a frozen and a stopped PostgreSQL (through a forwarder the test controls)', () => {
  const schema = uniqueSchema('dl');
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-deadline-'));
  const config = join(dir, 'portcullis.yaml');
  let proxy: TcpProxy;
  let server: RunningServer;
  let token = '';

  before(async () => {
    proxy = await startTcpProxy(pgTarget.hostname, Number(pgTarget.port || 5432));
    const url = new URL(PG_URL);
    url.port = String(proxy.port);
    const demo = readFileSync(new URL('../../src/config/templates/demo.yaml', import.meta.url), 'utf8');
    const server_ = 'server:\n  deadline: 2s\n  ready_timeout: 300ms\n  max_in_flight: 8\n  max_in_flight_per_agent: 8\n';
    writeFileSync(config, `${demo.replace(/^store: .*$/m, `store: ${url.toString()}?schema=${schema}`)}\n${server_}`);
    const rt = await openRuntime({ configPath: config, cwd: dir });
    try {
      await rt.identity.addHuman({ id: 'dana' }, { kind: 'local' });
      token = (await rt.identity.addAgent({ id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, { kind: 'local' })).token;
    } finally {
      await rt.close();
    }
    server = await startServer({ configPath: config, cwd: dir, port: 0 });
  });

  after(async () => {
    await proxy?.stop();
    await server?.close();
    const s = await openPostgresStore({ connectionString: PG_URL, schema });
    await s.dropSchema();
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const decide = async () => {
    const res = await fetch(`${server.url}/v1/decisions`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(harmless) });
    const text = await res.text();
    if (!text) throw new Error(`empty body, status ${res.status} ${JSON.stringify([...res.headers])}`);
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: JSON.parse(text) as { effect?: string; reasons?: Array<{ code: string }>; error?: { code: string; message: string; hint?: string } } };
  };
  const ready = async () => {
    const res = await fetch(`${server.url}/readyz`);
    return { status: res.status, body: (await res.json()) as { ready: boolean; problem?: string } };
  };
  /** A fail-closed answer: a deny that says the store failed, or a 503 with a code and Retry-After. */
  const failedClosed = (r: Awaited<ReturnType<typeof decide>>) => {
    if (r.status === 200) {
      assert.equal(r.body.effect, 'deny', JSON.stringify(r.body));
      assert.equal(r.body.reasons?.[0]?.code, 'store_unavailable');
    } else {
      assert.equal(r.status, 503, JSON.stringify(r.body));
      assert.ok(['deadline_exceeded', 'store_unavailable', 'overloaded'].includes(r.body.error?.code ?? ''), JSON.stringify(r.body));
      assert.equal(r.retryAfter, '1');
    }
  };

  test('F8 a frozen PostgreSQL: every request is answered (deny or 503 with a code), none allowed; /readyz says not ready in its own bound; it recovers', async () => {
    assert.equal((await decide()).body.effect, 'allow');
    assert.deepEqual(await ready(), { status: 200, body: { ready: true } });
    proxy.freeze();
    try {
      const r = await ready();
      assert.deepEqual(r, { status: 503, body: { ready: false, problem: 'the store did not answer within 300 ms' } });
      // more requests than the replica admits: the excess is refused at once, the rest end at the deadline
      const answers = await Promise.all(Array.from({ length: 12 }, () => decide()));
      answers.forEach(failedClosed);
      assert.ok(answers.some((a) => a.body.error?.code === 'overloaded'), 'admission control refused the excess at once');
      const late = answers.find((a) => a.body.error?.code === 'deadline_exceeded');
      if (late) assert.deepEqual(late.body.error, { code: 'deadline_exceeded', message: 'no answer within 2000 ms (the store may be slow or unreachable)', hint: 'nothing was allowed; retry after the Retry-After delay' });
    } finally {
      proxy.thaw();
    }
    // recovery is an event: the first allow after the thaw (bounded in count)
    let effect: string | undefined;
    for (let i = 0; i < 200 && effect !== 'allow'; i++) effect = (await decide()).body.effect;
    assert.equal(effect, 'allow');
  });

  test('F8 a stopped PostgreSQL: decisions fail closed at once, /readyz says not ready', async () => {
    await proxy.stop();
    failedClosed(await decide());
    const r = await ready();
    assert.equal(r.status, 503);
    assert.equal(r.body.ready, false);
    assert.match(r.body.problem ?? '', /postgres store unavailable|did not answer/);
  });
});
