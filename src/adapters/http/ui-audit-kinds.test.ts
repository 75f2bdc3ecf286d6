/**
 * The reviewer UI's audit page filters on every kind the log holds (audit/kinds.ts), so the loud
 * entries (F4 break-glass, F7 two-admin requests) can be found; an unknown kind is a clear 400.
 * HTML-level, through the real app and runtime.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AUDIT_KINDS } from '../../audit/index.ts';
import { deploy, demoApp, inProd, signedInPages } from '../../../test/helpers/http-app.ts';

let t: Awaited<ReturnType<typeof demoApp>>;
let page: Awaited<ReturnType<typeof signedInPages>>;
before(async () => {
  t = await demoApp();
  page = await signedInPages(t, 'bob');
});
after(() => t.close());
const typesShown = (html: string) => [...html.matchAll(/<td data-label="Type"><span class="mono">([a-z_]+)<\/span>/g)].map((m) => m[1]);

describe('the audit page filters on every kind', () => {
  test('F4 ?type=break_glass lists the break-glass entry alone, with who and why', async () => {
    const held = await t.runtime.gateway.decide({ agentId: 'kiro', action: { kind: 'shell', command: deploy.action.command }, context: inProd });
    assert.equal(held.effect, 'hold');
    // dana operates kiro, so another admin breaks glass (F4)
    if (!(await t.runtime.identity.human('frank'))) await t.runtime.identity.addHuman({ id: 'frank', groups: ['admins'] }, { kind: 'local' });
    await t.runtime.control.approvals.breakGlass(held.requestId!, { id: 'frank' }, held.actionDigest, 'database outage, dana unreachable');

    const p = await page('/ui/audit?type=break_glass');
    assert.equal(p.status, 200);
    assert.deepEqual(typesShown(p.html), ['break_glass']);
    assert.match(p.html, new RegExp(`BREAK-GLASS ${held.requestId!} by frank: “database outage, dana unreachable”`));
    assert.match(p.html, /<option value="break_glass" selected>break_glass<\/option>/);
    // and the unfiltered page has it among the rest
    assert.ok(typesShown((await page('/ui/audit')).html).includes('break_glass'));
  });

  test('the filter offers every kind of the log', async () => {
    const p = await page('/ui/audit');
    const offered = [...p.html.matchAll(/<option value="([a-z_]+)"(?: selected)?>\1<\/option>/g)].map((m) => m[1]).filter((v) => (AUDIT_KINDS as readonly string[]).includes(v!));
    assert.deepEqual(offered, [...AUDIT_KINDS]);
    for (const kind of AUDIT_KINDS) assert.equal((await page(`/ui/audit?type=${kind}`)).status, 200, kind);
  });

  test('an unknown kind is refused with the list, not a stack trace', async () => {
    const p = await page('/ui/audit?type=config_loaded');
    assert.equal(p.status, 400);
    assert.match(p.html, /unknown audit entry type &#96;config_loaded&#96;/);
    assert.match(p.html, /use one of decision, shadow_allow, .*break_glass.*clock_step/);
    assert.doesNotMatch(p.html, /at .*\.ts:\d+/);
  });
});
