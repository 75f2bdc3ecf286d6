/**
 * F7 in the reviewer UI: while shadow mode is on for any environment, every page a reviewer can open
 * says so in a banner; when it is off, none does. D10: the agent page shows the denials counted toward
 * the freeze. HTML-level, through the real app and runtime (no browser needed for what is rendered).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { deploy, demoApp, inProd, shadowOnByTwoAdmins, signedInPages } from '../../../test/helpers/http-app.ts';

let t: Awaited<ReturnType<typeof demoApp>>;
let page: Awaited<ReturnType<typeof signedInPages>>;
before(async () => {
  t = await demoApp({ extraConfig: 'brakes: { freeze_after_denials: 3 }\n' });
  page = await signedInPages(t, 'bob');
});
after(() => t.close());

/** Every page a signed-in reviewer can open, including an error page (the request is held once, before shadow mode). */
let pages: string[] | null = null;
async function everyPage(): Promise<string[]> {
  if (pages) return pages;
  const held = await t.runtime.gateway.decide({ agentId: 'kiro', ...(deploy as { action: { kind: 'shell'; command: string }; context: typeof inProd }) });
  assert.equal(held.effect, 'hold');
  const seq = (await t.runtime.control.stats()).auditSize;
  pages = ['/ui/queue', `/ui/requests/${held.requestId}`, '/ui/audit', `/ui/audit/${seq}`, '/ui/agents', '/ui/agents/kiro', '/ui/brakes', '/ui/shadow', '/ui/requests/req_nope'];
  return pages;
}

describe('F7 the reviewer UI shows shadow mode on every page while it is on', () => {
  test('F7 no banner while shadow mode is off', async () => {
    for (const path of await everyPage()) {
      const p = await page(path);
      assert.doesNotMatch(p.html, /class="shadowbanner"/, path);
    }
  });

  test('F7 with shadow mode on for prod-cn-1 every page carries the banner, naming the environment', async () => {
    await shadowOnByTwoAdmins(t.runtime, 'prod-cn-1');
    for (const path of await everyPage()) {
      const p = await page(path);
      assert.ok(p.status === 200 || (path.endsWith('req_nope') && p.status === 404), `${path}: ${p.status}`);
      assert.match(p.html, /<div class="shadowbanner" role="alert" data-shadow="prod-cn-1"><strong>Shadow mode is on<\/strong> for prod-cn-1: denials and holds there are recorded but let through/, path);
    }
    const bob = (await t.runtime.identity.human('bob'))!;
    await t.runtime.brakes.change({ kind: 'shadow', environment: 'prod-cn-1', on: false }, bob, 'done');
    assert.doesNotMatch((await page('/ui/queue')).html, /shadowbanner/);
  });

  test('D10 the agent page shows the denials counted toward the freeze, and the freeze when it comes', async () => {
    const deny = () => t.runtime.gateway.decide({ agentId: 'kiro', action: { kind: 'shell', command: 'terraform destroy -auto-approve' }, context: inProd });
    assert.match((await page('/ui/agents/kiro')).html, /Denials toward a freeze<\/span><span class="fact-value"><span class="">0 of 3<\/span> in 10 min; frozen at 3 until a human releases it/);
    await deny();
    await deny();
    const near = (await page('/ui/agents/kiro')).html;
    assert.match(near, /<div class="fact fact-bad" data-d10="2"><span class="fact-label">Denials toward a freeze<\/span><span class="fact-value"><span class="streak-bad">2 of 3<\/span>/);
    await deny();
    const frozen = (await page('/ui/agents/kiro')).html;
    assert.match(frozen, /frozen/);
    assert.match(frozen, /D10: 3 denials within 10 minute\(s\)/);
  });
});
