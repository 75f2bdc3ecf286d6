import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoApp, harmless } from '../../../test/helpers/http-app.ts';
import { until } from '../../../test/helpers/until.ts';
import { createHttpApp, type HttpLimits } from './index.ts';
import type { ControlPlane } from '../../control/index.ts';

/**
 * F8 in-process: the control plane's store calls are held by the test (a promise it releases), so
 * "hung" and "in flight" are states the test controls, never a race with the machine's speed.
 */
describe('http: F8 deadline and admission control', () => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  before(async () => {
    t = await demoApp();
  });
  after(async () => t.close());

  /** An app whose authentication and readiness wait for `gate` (or forever). */
  function appWith(limits: HttpLimits, gate: Promise<void> = new Promise(() => undefined)) {
    const real = t.runtime.control;
    const control = new Proxy(real, {
      get(target, key) {
        if (key === 'authenticate') return async (...args: Parameters<ControlPlane['authenticate']>) => (await gate, real.authenticate(...args));
        if (key === 'ready') return async () => (await gate, real.ready());
        if (key === 'stats') return async () => (await gate, real.stats());
        return Reflect.get(target, key) as unknown;
      },
    });
    return createHttpApp({ gateway: t.runtime.gateway, control, clock: { now: () => Date.now() }, bodyLimitBytes: 65_536, sessionTtlMs: 60_000, publicUrl: null, oidc: null, started: () => true, version: 'test', limits });
  }
  const decide = async (app: ReturnType<typeof appWith>, token: string) => {
    const res = await app.request('/v1/decisions', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(harmless) });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Record<string, unknown> };
  };

  test('F8 a request whose store never answers ends at the deadline: 503 deadline_exceeded with Retry-After, nothing allowed', async () => {
    const app = appWith({ deadlineMs: 50, readyTimeoutMs: 50, maxInFlight: 10, maxInFlightPerAgent: 10 });
    assert.deepEqual(await decide(app, t.tokens.kiro!), {
      status: 503,
      retryAfter: '1',
      body: { error: { code: 'deadline_exceeded', message: 'no answer within 50 ms (the store may be slow or unreachable)', hint: 'nothing was allowed; retry after the Retry-After delay' } },
    });
    const ready = await app.request('/readyz');
    assert.equal(ready.status, 503);
    assert.deepEqual(await ready.json(), { ready: false, problem: 'the store did not answer within 50 ms' });
    // metrics answer without the store (its gauges are left out, store_up 0) and count what happened
    const metrics = await (await app.request('/metrics')).text();
    assert.match(metrics, /^portcullis_deadline_exceeded_total 1$/m);
    assert.match(metrics, /^portcullis_store_up 0$/m);
  });

  test('F8 admission control: beyond max_in_flight the replica answers 503 overloaded at once; beyond the per-agent limit that agent is refused; healthz still answers', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const app = appWith({ deadlineMs: 120_000, readyTimeoutMs: 120_000, maxInFlight: 3, maxInFlightPerAgent: 2 }, gate);
    const held = [decide(app, t.tokens.kiro!), decide(app, t.tokens.kiro!)];
    // kiro has 2 in flight: its third is refused at once, while another token still gets a slot
    assert.deepEqual(await decide(app, t.tokens.kiro!), {
      status: 503, retryAfter: '1',
      body: { error: { code: 'overloaded', message: 'this token already has 2 requests in flight', hint: 'wait for your earlier requests before sending more' } },
    });
    held.push(decide(app, t.tokens.alice!));
    assert.deepEqual(await decide(app, t.tokens.bob!), {
      status: 503, retryAfter: '1',
      body: { error: { code: 'overloaded', message: 'this replica already has 3 requests in flight', hint: 'retry after the Retry-After delay, or add replicas' } },
    });
    assert.equal((await app.request('/healthz')).status, 200);
    release();
    const done = await Promise.all(held);
    assert.deepEqual(done.map((d) => [d.status, d.body.effect ?? (d.body.error as { code: string }).code]), [[200, 'allow'], [200, 'allow'], [403, 'permission_denied']]);
    // the slots are free again
    assert.equal((await decide(app, t.tokens.kiro!)).body.effect, 'allow');
  });
});

describe('http: the agent token memo', () => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  before(async () => {
    t = await demoApp();
  });
  after(async () => t.close());

  test('concurrent requests with one token share one authentication; a failed one is not kept', async () => {
    const real = t.runtime.control;
    let calls = 0;
    let fail = true;
    let release!: () => void;
    let gate = new Promise<void>((r) => (release = r));
    const control = new Proxy(real, {
      get(target, key) {
        if (key === 'authenticate') {
          return async (...args: Parameters<ControlPlane['authenticate']>) => {
            if (args[1] === 'agent') calls += 1;
            await gate;
            if (fail && args[1] === 'agent') throw new Error('store down');
            return real.authenticate(...args);
          };
        }
        return Reflect.get(target, key) as unknown;
      },
    });
    const app = createHttpApp({ gateway: t.runtime.gateway, control, clock: { now: () => Date.now() }, bodyLimitBytes: 65_536, sessionTtlMs: 60_000, publicUrl: null, oidc: null, started: () => true, version: 'test', limits: { deadlineMs: 120_000, readyTimeoutMs: 120_000, maxInFlight: 50, maxInFlightPerAgent: 5 } });
    const decide = () => app.request('/v1/decisions', { method: 'POST', headers: { authorization: `Bearer ${t.tokens.kiro!}`, 'content-type': 'application/json' }, body: JSON.stringify(harmless) });
    /** Waits until five requests are in flight (a sixth is refused at once) and one authentication is out. */
    const inFlight = async () => {
      await until(() => (calls >= 1 ? true : undefined), 'the first authentication');
      assert.equal((await decide()).status, 503, 'five requests admitted and waiting');
    };
    const failing = Array.from({ length: 5 }, decide);
    await inFlight();
    release();
    for (const r of await Promise.all(failing)) assert.notEqual(r.status, 200, 'no decision without an authenticated agent');
    assert.equal(calls, 1, 'five concurrent misses, one authentication');
    fail = false;
    gate = new Promise<void>((r) => (release = r));
    const ok = Array.from({ length: 5 }, decide);
    await inFlight();
    release();
    for (const r of await Promise.all(ok)) assert.equal(r.status, 200);
    assert.equal(calls, 2, 'the failed authentication was not kept: the next requests asked again, once');
  });
});
