/**
 * D10, persistence is a signal: K policy denials of one agent within the window freeze it (the kill
 * switch of brakes/, with the reason, audited) until a human releases it. Failures of the gate itself
 * never count. Runs the real runtime: gateway, brakes and store together.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { demoApp, inProd, shadowOnByTwoAdmins } from '../../test/helpers/http-app.ts';
import { fakeClock } from '../../test/helpers/control-plane.ts';

type App = Awaited<ReturnType<typeof demoApp>>;
let t: App | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const decide = (app: App, command: string) => app.runtime.gateway.decide({ agentId: 'kiro', action: { kind: 'shell', command }, context: inProd });
/** Denied by the demo pack whatever the wording: kiro's own home namespace. */
const DENIED = ['kubectl --context prod-cn-1 delete namespace payments', 'kubectl --context=prod-cn-1 delete ns payments', 'terraform destroy -auto-approve', 'kubectl --context prod-cn-1 delete namespace payments --wait=false'];
const denied = (i: number) => DENIED[i % DENIED.length] as string;

describe('D10 persistence is a signal', () => {
  test('D10 the 5th policy denial within 10 minutes freezes the agent with the reason, audited; it stays frozen until a human releases it, and the count starts again', async () => {
    const clock = fakeClock(Date.now());
    // an empty brakes section: the defaults (the demo turns the freeze off for its replay)
    t = await demoApp({ clock, extraConfig: 'brakes: {}\n' });
    const app = t;
    for (let i = 0; i < 4; i++) {
      const d = await decide(app, denied(i));
      assert.equal(d.effect, 'deny');
      assert.notEqual(d.reasons[0]?.code, 'kill_switch_engaged');
      clock.advance(60_000);
    }
    assert.equal((await app.runtime.brakes.state()).denials.kiro, 4);
    assert.equal(app.runtime.brakes.frozen({ id: 'kiro' }), false);
    await decide(app, denied(4));
    assert.equal(app.runtime.brakes.frozen({ id: 'kiro' }), true);
    const sw = (await app.runtime.brakes.state()).agents.kiro;
    assert.equal(sw?.by, 'system');
    assert.match(sw?.reason ?? '', /^D10: 5 denials within 10 minute\(s\), the last: .*; frozen until a human releases it$/);
    const entries = await app.runtime.store.read((tx) => tx.auditRange(1, 100_000));
    const freeze = entries.filter((r) => r.type === 'brake_changed' && r.actor === 'system');
    assert.equal(freeze.length, 1);
    assert.deepEqual((JSON.parse(freeze[0]!.body) as { body: { rule: string; switch: string; on: boolean; denials: number } }).body, { ...(JSON.parse(freeze[0]!.body) as { body: object }).body, rule: 'D10', switch: 'agent:kiro', on: true, denials: 5 });

    // frozen: even a harmless read is denied by the kill switch, and that does not count again
    clock.advance(3_600_000);
    const read = await decide(app, 'ls -la');
    assert.equal(read.effect, 'deny');
    assert.equal(read.reasons[0]?.code, 'kill_switch_engaged');
    assert.match(read.reasons[0]?.message ?? '', /frozen \(by system: D10: 5 denials/);
    assert.equal((await app.runtime.store.read((tx) => tx.auditRange(1, 100_000))).filter((r) => r.type === 'brake_changed').length, 1);

    // a human (admin) releases it; the denials before the release do not refreeze it
    const dana = (await app.runtime.identity.human('dana'))!;
    await app.runtime.brakes.change({ kind: 'unfreeze', agent: 'kiro' }, dana, 'talked to its operator');
    assert.equal((await decide(app, 'ls -la')).effect, 'allow');
    for (let i = 0; i < 4; i++) assert.notEqual((await decide(app, denied(i))).reasons[0]?.code, 'kill_switch_engaged');
    assert.equal(app.runtime.brakes.frozen({ id: 'kiro' }), false);
    await decide(app, denied(5));
    assert.equal(app.runtime.brakes.frozen({ id: 'kiro' }), true, 'five more after the release freeze it again');
  });

  test('D10 denials spread wider than the window do not freeze; the setting comes from portcullis.yaml', async () => {
    const clock = fakeClock(Date.now());
    t = await demoApp({ clock, extraConfig: 'brakes: { freeze_after_denials: 3, denial_window_minutes: 2 }\n' });
    const app = t;
    for (let i = 0; i < 6; i++) {
      await decide(app, denied(i));
      clock.advance(61_000); // at most two fall in any 2-minute window
    }
    assert.equal(app.runtime.brakes.frozen({ id: 'kiro' }), false);
    await decide(app, denied(0));
    await decide(app, denied(1));
    assert.equal(app.runtime.brakes.frozen({ id: 'kiro' }), true, 'three within two minutes freeze it');
    assert.match((await app.runtime.brakes.state()).agents.kiro?.reason ?? '', /^D10: 3 denials within 2 minute\(s\)/);
  });

  test('D10 holds, allows, shadowed decisions and an unknown agent do not count; freeze_after_denials: 0 turns it off', async () => {
    t = await demoApp({ extraConfig: 'brakes: { freeze_after_denials: 0 }\n' });
    const app = t;
    for (let i = 0; i < 8; i++) assert.equal((await decide(app, denied(i))).effect, 'deny');
    assert.equal(app.runtime.brakes.frozen({ id: 'kiro' }), false);
    await app.close();

    t = await demoApp({ extraConfig: 'brakes: { freeze_after_denials: 2 }\n' });
    const b = t;
    for (let i = 0; i < 3; i++) assert.equal((await decide(b, 'kubectl --context prod-cn-1 apply -f deploy/payments.yaml')).effect, 'hold');
    for (let i = 0; i < 3; i++) assert.equal((await decide(b, 'ls -la')).effect, 'allow');
    // an unknown agent is a failure of identity, not persistence of kiro
    for (let i = 0; i < 3; i++) assert.equal((await b.runtime.gateway.decide({ agentId: 'nobody', action: { kind: 'shell', command: 'ls' }, context: inProd })).effect, 'deny');
    // shadow mode on prod-cn-1: a held deploy let through is an allow, not a denial
    await shadowOnByTwoAdmins(b.runtime, 'prod-cn-1', 'pilot');
    assert.equal((await decide(b, 'kubectl --context prod-cn-1 apply -f deploy/payments.yaml')).effect, 'allow');
    assert.equal(b.runtime.brakes.frozen({ id: 'kiro' }), false);
    assert.deepEqual((await b.runtime.brakes.state()).denials, {});
  });
});
