import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoApp } from '../../../test/helpers/http-app.ts';

describe('http: budget through the whole gate', () => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  before(async () => {
    t = await demoApp({ extraConfig: 'brakes: { destructive_per_hour: 2 }\n' });
  });
  after(async () => t.close());

  const decide = async (command: string) =>
    (await (
      await t.app.request('/v1/decisions', {
        method: 'POST',
        headers: { authorization: `Bearer ${t.tokens.kiro}`, 'content-type': 'application/json' },
        body: JSON.stringify({ action: { kind: 'shell', command }, context: { cwd: '/work/app', kubeContext: 'kind-dev' } }),
      })
    ).json()) as { effect: string; reasons: Array<{ code: string; message: string }>; facts: { destructive: boolean } };

  test('at most K destructive actions per agent per hour, then deny budget_exhausted; reads still pass', async () => {
    // StatefulSets: destructive in dev too (the lead's round-16 decision keeps deletes of objects that hold data destructive;
    // a Deployment deleted in a dev context is now a write and spends no budget).
    for (const name of ['db-1', 'db-2']) {
      const d = await decide(`kubectl --context kind-dev delete statefulset ${name}`);
      assert.equal(d.effect, 'allow', JSON.stringify(d.reasons));
      assert.equal(d.facts.destructive, true);
    }
    const third = await decide('kubectl --context kind-dev delete statefulset db-3');
    assert.equal(third.effect, 'deny');
    assert.deepEqual(third.reasons, [{ code: 'budget_exhausted', message: 'agent `kiro` has used its budget of 2 destructive action(s) per hour' }]);
    assert.equal((await decide('ls -la')).effect, 'allow');
    const state = await (await t.app.request('/v1/brakes', { headers: { authorization: `Bearer ${t.tokens.alice}` } })).json();
    assert.deepEqual(state, { global: null, agents: {}, shadow: {}, shadowRequests: {}, budgetPerHour: 2, spent: { kiro: 2 }, freezeAfterDenials: { count: 5, windowMs: 600_000 }, denials: {} });
  });
});
