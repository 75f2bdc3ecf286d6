import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoApp, inProd, shadowOnByTwoAdmins } from '../../test/helpers/http-app.ts';

let t: Awaited<ReturnType<typeof demoApp>>;
const decide = (command: string) => t.runtime.gateway.decide({ agentId: 'kiro', action: { kind: 'shell', command }, context: inProd });

before(async () => {
  t = await demoApp();
  await shadowOnByTwoAdmins(t.runtime, 'prod-cn-1');
});
after(() => t.close());

describe('F7 shadow mode never turns the guardrails off', () => {
  test('F7 with shadow mode on prod-cn-1, terraform destroy and kubectl delete namespace of its home are still denied', async () => {
    for (const command of ['terraform destroy -auto-approve', 'kubectl --context prod-cn-1 delete namespace payments', 'aws iam attach-role-policy --role-name kiro --policy-arn arn:aws-cn:iam::aws:policy/AdministratorAccess']) {
      const d = await decide(command);
      assert.equal(d.effect, 'deny', command);
      assert.equal(d.shadow, undefined, command);
      assert.ok(!d.reasons.some((r) => r.code === 'shadow_mode'), command);
    }
  });

  test('F7 a shadowed allow (a held deploy let through) is an audit entry of its own kind, shadow_allow', async () => {
    const d = await decide('kubectl --context prod-cn-1 apply -f deploy/payments.yaml');
    assert.equal(d.effect, 'allow');
    assert.deepEqual(d.shadow, { wouldBe: 'hold' });
    const entry = (await t.runtime.store.read((tx) => tx.auditRange(1, 100_000))).find((r) => r.id === d.decisionId);
    assert.equal(entry?.type, 'shadow_allow');
    const report = await t.runtime.control.brakes.shadowReport({ limit: 10 });
    assert.ok(report.length >= 1);
  });

  test('F7 the kill switch keeps enforcing in shadow mode', async () => {
    await t.runtime.brakes.change({ kind: 'freeze', agent: 'kiro' }, (await t.runtime.identity.human('alice'))!, 'incident');
    try {
      const d = await decide('ls -la');
      assert.equal(d.effect, 'deny');
      assert.equal(d.reasons[0]?.code, 'kill_switch_engaged');
      assert.equal(d.shadow, undefined);
    } finally {
      await t.runtime.brakes.change({ kind: 'unfreeze', agent: 'kiro' }, (await t.runtime.identity.human('dana'))!, 'over');
    }
  });
});
