/**
 * The reviewer UI in real Chromium against the real server (`startServer`, the code behind
 * `portcullis serve`) on the demo config and a throw-away SQLite store: a held request appears,
 * two reviewers approve it in the browser and the agent's retry is allowed once; a rejection needs a
 * reason; the kill switch is confirmed, then denies the agent. Screenshots of the queue, a request
 * with a Terraform plan, the audit browser and the agents page go to a temp dir, or to
 * docs/screenshots/ with PORTCULLIS_SCREENSHOTS=1.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { configTemplate } from '../../src/os/index.ts';
import { startServer, type RunningServer } from '../../src/host/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'portcullis-ui-'));
const SHOTS = process.env.PORTCULLIS_SCREENSHOTS === '1' ? join(import.meta.dirname, '..', '..', 'docs', 'screenshots') : join(dir, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

let server: RunningServer;
let browser: Browser;
const tokens: Record<string, string> = {};
const contexts: BrowserContext[] = [];

const DEPLOY = 'kubectl --context prod-cn-1 apply -f deploy/payments.yaml';
const inProd = { cwd: join(import.meta.dirname, '..', 'fixtures', 'infra', 'prod-cn-1'), kubeContext: 'prod-cn-1' };
const stagingPlan = {
  kind: 'terraform_plan',
  plan: {
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: [
      { address: 'module.staging.aws_eks_node_group.general', mode: 'managed', type: 'aws_eks_node_group', name: 'general', change: { actions: ['update'] } },
      { address: 'module.staging.aws_eks_cluster.main', mode: 'managed', type: 'aws_eks_cluster', name: 'main', change: { actions: ['delete', 'create'], replace_paths: [['vpc_config', 0, 'subnet_ids']] }, action_reason: 'replace_because_cannot_update' },
      { address: 'module.staging.aws_vpc.main', mode: 'managed', type: 'aws_vpc', name: 'main', change: { actions: ['delete', 'create'], replace_paths: [['cidr_block']] }, action_reason: 'replace_because_cannot_update' },
      { address: 'module.staging.aws_cloudwatch_log_group.cluster', mode: 'managed', type: 'aws_cloudwatch_log_group', name: 'cluster', change: { actions: ['create'] } },
      { address: 'module.staging.aws_route53_record.api', mode: 'managed', type: 'aws_route53_record', name: 'api', change: { actions: ['no-op'] } },
    ],
  },
};

interface DecisionBody { effect: string; requestId?: string; reasons: Array<{ code: string; message: string }> }

async function decide(action: unknown, context: unknown): Promise<DecisionBody> {
  const r = await fetch(`${server.url}/v1/decisions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.kiro}` }, body: JSON.stringify({ action, context }) });
  assert.equal(r.status, 200);
  return (await r.json()) as DecisionBody;
}
const shell = (command: string) => decide({ kind: 'shell', command }, inProd);

async function signedIn(who: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  ctx.setDefaultTimeout(5_000);
  contexts.push(ctx);
  const page = await ctx.newPage();
  await page.goto(`${server.url}/ui/queue`);
  // Not signed in: sent to the sign-in page, which brings the reviewer back afterwards.
  assert.equal(new URL(page.url()).pathname, '/ui/sign-in');
  await page.getByLabel('Reviewer token').fill(tokens[who]!);
  await page.getByRole('button', { name: 'Sign in with token' }).click();
  await page.waitForURL(/\/ui\/queue$/);
  return page;
}

before(async () => {
  writeFileSync(join(dir, 'portcullis.yaml'), configTemplate('demo'));
  server = await startServer({ configPath: join(dir, 'portcullis.yaml'), cwd: dir, host: '127.0.0.1', port: 0 });
  const local = { kind: 'local' } as const;
  for (const h of ['alice', 'bob', 'dana']) tokens[h] = (await server.runtime.identity.addHuman({ id: h }, local)).token;
  tokens.kiro = (await server.runtime.identity.addAgent({ id: 'kiro' }, local)).token;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('UI A2 A6 A9: a held request appears, alice then bob approve in the browser, the agent retry is allowed once', async () => {
  const held = await shell(DEPLOY);
  assert.equal(held.effect, 'hold', JSON.stringify(held.reasons));
  const id = held.requestId!;

  const alice = await signedIn('alice');
  const row = alice.getByRole('link', { name: 'kubectl apply -f deploy/payments.yaml' }).or(alice.locator(`a[href="/ui/requests/${id}"]`)).first();
  await row.click();
  await alice.waitForURL(`**/ui/requests/${id}`);
  assert.ok((await alice.locator('pre.code-action').first().innerText()).includes(DEPLOY));
  assert.equal(await alice.locator('.progress-text').innerText(), '0 of 2 approvals');
  await alice.getByLabel('Note (optional)').fill('CHG-2291, deploy window open');
  await alice.getByRole('button', { name: 'Approve' }).click();
  await alice.waitForURL(`**/ui/requests/${id}?done=approved`);
  assert.equal(await alice.locator('.flash').innerText(), 'Your approval is recorded.');
  assert.equal(await alice.locator('.progress-text').innerText(), '1 of 2 approvals');

  // A GET never votes: a link scanner fetching the approve URL changes nothing.
  const prefetch = await alice.request.get(`${server.url}/ui/requests/${id}/approve`);
  assert.notEqual(prefetch.status(), 200);
  const stillOne = await decide({ kind: 'shell', command: DEPLOY }, inProd);
  assert.deepEqual([stillOne.effect, stillOne.requestId], ['hold', id]);

  const bob = await signedIn('bob');
  await bob.goto(`${server.url}/ui/requests/${id}`);
  await bob.getByRole('button', { name: 'Approve' }).click();
  await bob.waitForURL(`**/ui/requests/${id}?done=released`);
  assert.equal(await bob.locator('.flash').innerText(), 'Your approval completed the request: the agent may now run this exact action once.');
  assert.equal(await bob.locator('.decision .pill').first().innerText(), 'APPROVED');

  const retry = await shell(DEPLOY);
  assert.equal(retry.effect, 'allow');
  const again = await shell(DEPLOY);
  assert.equal(again.effect, 'hold');
  assert.notEqual(again.requestId, id);
});

test('UI A4 A9: rejecting needs a reason, in the browser and on the server; the agent is then denied', async () => {
  const cmd = 'kubectl --context prod-cn-1 apply -f deploy/api.yaml';
  const held = await shell(cmd);
  assert.equal(held.effect, 'hold');
  const id = held.requestId!;
  const alice = await signedIn('alice');
  await alice.goto(`${server.url}/ui/requests/${id}`);

  // The browser refuses an empty reason...
  await alice.getByRole('button', { name: 'Reject' }).click();
  assert.equal(await alice.locator('#reject-comment').evaluate((el) => (el as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing), true);
  assert.equal(new URL(alice.url()).pathname, `/ui/requests/${id}`);
  // ...and so does the server when the browser's check is bypassed.
  await alice.locator('#reject-comment').evaluate((el) => el.removeAttribute('required'));
  await alice.getByRole('button', { name: 'Reject' }).click();
  await alice.waitForURL(`**/ui/requests/${id}/reject`);
  assert.equal(await alice.locator('.flash').innerText(), 'Not recorded: a reason is required to reject.');
  assert.equal(await alice.locator('.decision .pill').first().innerText(), 'PENDING');

  await alice.getByLabel('Reason (required)').fill('api.yaml pins an image tag that was never built');
  await alice.getByRole('button', { name: 'Reject' }).click();
  await alice.waitForURL(`**/ui/requests/${id}?done=rejected`);
  assert.equal(await alice.locator('.decision .pill').first().innerText(), 'DENIED');
  assert.ok((await alice.locator('.vote-rejection').innerText()).includes('api.yaml pins an image tag that was never built'));
  const retry = await shell(cmd);
  assert.equal(retry.effect, 'deny');
});

test('UI D2: an agent token cannot sign in to the reviewer UI', async () => {
  const ctx = await browser.newContext();
  ctx.setDefaultTimeout(5_000);
  contexts.push(ctx);
  const page = await ctx.newPage();
  await page.goto(`${server.url}/ui/sign-in`);
  await page.getByLabel('Reviewer token').fill(tokens.kiro!);
  await page.getByRole('button', { name: 'Sign in with token' }).click();
  await page.waitForLoadState();
  assert.equal(await page.locator('.field-error').innerText(), 'agent tokens reach only the decision endpoints');
  assert.equal(new URL(page.url()).pathname, '/ui/sign-in');
});

test('UI F3: the kill switch needs a typed confirmation, then every agent decision is denied with kill_switch_engaged', async () => {
  const alice = await signedIn('alice');
  await alice.goto(`${server.url}/ui/brakes`);
  await alice.getByRole('link', { name: 'Engage the kill switch…' }).click();
  await alice.waitForURL('**/ui/brakes/confirm?op=engage&scope=global');
  // Nothing happened yet: the confirmation page is a GET.
  assert.equal((await shell('ls -la')).effect, 'allow');
  await alice.getByLabel('Reason (required)').fill('agents are deleting volumes in prod-cn-1');
  await alice.getByLabel('Type stop all agents to confirm').fill('stop');
  await alice.getByRole('button', { name: 'Engage the global kill switch' }).click();
  assert.equal(await alice.locator('.field-error').innerText(), 'Nothing changed: type “stop all agents” exactly to confirm.');
  assert.equal((await shell('ls -la')).effect, 'allow');

  // The reason typed before survives the refusal; without one, nothing changes either (the audit entry says why).
  assert.equal(await alice.getByLabel('Reason (required)').inputValue(), 'agents are deleting volumes in prod-cn-1');
  await alice.getByLabel('Reason (required)').fill('');
  await alice.locator('#brake-reason').evaluate((el) => el.removeAttribute('required'));
  await alice.getByLabel('Type stop all agents to confirm').fill('stop all agents');
  await alice.getByRole('button', { name: 'Engage the global kill switch' }).click();
  assert.equal(await alice.locator('.field-error').innerText(), 'Nothing changed: say why, for the audit log and whoever releases it.');
  assert.equal((await shell('ls -la')).effect, 'allow');
  await alice.getByLabel('Type stop all agents to confirm').fill('stop all agents');
  await alice.getByLabel('Reason (required)').fill('agents are deleting volumes in prod-cn-1');
  await alice.getByRole('button', { name: 'Engage the global kill switch' }).click();
  await alice.waitForURL('**/ui/brakes?done=brake');
  assert.ok((await alice.locator('#global-h + p').innerText()).includes('agents are deleting volumes in prod-cn-1'));
  assert.ok((await alice.locator('.killbanner').innerText()).includes('The global kill switch is engaged'));
  const stopped = await shell('ls -la');
  assert.equal(stopped.effect, 'deny');
  assert.ok(stopped.reasons.some((r) => r.code === 'kill_switch_engaged'), JSON.stringify(stopped.reasons));
  // A reviewer may stop everything; only an admin may start it again.
  assert.equal(await alice.getByRole('link', { name: 'Release the kill switch…' }).count(), 0);

  const dana = await signedIn('dana');
  await dana.goto(`${server.url}/ui/brakes/confirm?op=release&scope=global`);
  await dana.getByLabel('Type resume all agents to confirm').fill('resume all agents');
  await dana.getByLabel('Reason (required)').fill('the volume script is fixed');
  await dana.getByRole('button', { name: 'Release the global kill switch' }).click();
  await dana.waitForURL('**/ui/brakes?done=brake');
  assert.equal((await shell('ls -la')).effect, 'allow');
});

test('UI L5: screenshots of the queue, a Terraform plan request, the audit browser and the agents page', async () => {
  const plan = await decide(stagingPlan, { cwd: '/work/infra/staging', tfWorkspace: 'staging' });
  assert.equal(plan.effect, 'hold');
  const bob = await signedIn('bob');
  await bob.screenshot({ path: join(SHOTS, 'queue.png'), fullPage: true });
  assert.equal(await bob.locator('tbody tr').count(), 2);

  await bob.goto(`${server.url}/ui/requests/${plan.requestId}`);
  assert.deepEqual(await bob.locator('tr.row-danger td:nth-child(2)').allInnerTexts(), ['module.staging.aws_eks_cluster.main', 'module.staging.aws_vpc.main']);
  await bob.screenshot({ path: join(SHOTS, 'request-terraform-plan.png'), fullPage: true });

  await bob.goto(`${server.url}/ui/audit`);
  assert.equal(await bob.locator('.verify h2').innerText(), '✓ Chain verified');
  await bob.screenshot({ path: join(SHOTS, 'audit.png'), fullPage: true });

  await bob.goto(`${server.url}/ui/agents`);
  const kiro = await bob.locator('tbody tr').filter({ has: bob.locator('th', { hasText: /^kiro$/ }) }).innerText();
  assert.match(kiro, /deployer\s+dana\s+prod-cn-1 PRODUCTION\s+ACTIVE/);
  await bob.screenshot({ path: join(SHOTS, 'agents.png'), fullPage: true });
});

async function decideWithReason(action: unknown, context: unknown, reason: string): Promise<DecisionBody> {
  const r = await fetch(`${server.url}/v1/decisions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.kiro}` }, body: JSON.stringify({ action, context, reason }) });
  assert.equal(r.status, 200);
  return (await r.json()) as DecisionBody;
}

test('UI A9 A5 A6 D10 F3: production is red, why and what next before voting, the agent\'s reason, near-duplicates grouped and cancelled, phone layout, audit filters, the agent page, a kill switch with a reason', async () => {
  const web = 'kubectl --context prod-cn-1 apply -f deploy/web.yaml';
  const first = await decideWithReason({ kind: 'shell', command: web }, inProd, 'Ship web 2.3 for INC-77: the checkout page is down');
  assert.equal(first.effect, 'hold');
  // The same command from another working directory: another digest, a near-duplicate.
  const dup = await decide({ kind: 'shell', command: web }, { ...inProd, cwd: join(inProd.cwd, 'web') });
  assert.equal(dup.effect, 'hold');
  assert.notEqual(dup.requestId, first.requestId);

  // 1, 5: the queue shows PRODUCTION in red and groups the two with what differs.
  const alice = await signedIn('alice');
  const group = alice.locator('tr.dup-group');
  assert.match(await group.innerText(), /^2 near-duplicate requests/);
  assert.ok((await alice.locator('tbody .dup-diff').first().innerText()).includes(`cwd=${join(inProd.cwd, 'web')}`));
  const chip = alice.locator('tbody .chip-prod').first();
  assert.equal(await chip.innerText(), 'prod-cn-1 PRODUCTION');
  assert.equal(await chip.locator('.tier').evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor), 'rgb(200, 30, 30)');
  await alice.screenshot({ path: join(SHOTS, 'queue-duplicates.png'), fullPage: true, timeout: 30_000 });

  // 1-4: the request says production, why (the policy's own words), what happens next and who asked why.
  await alice.goto(`${server.url}/ui/requests/${first.requestId}`);
  assert.equal(await alice.locator('.page-head .chip-prod').innerText(), 'prod-cn-1 PRODUCTION');
  assert.ok((await alice.locator('.policies').innerText()).includes('changes to production by an agent need two human approvals'));
  assert.equal(await alice.locator('#next-steps p').first().innerText(), 'After 2 approvals, kiro may run this exact action once, within 15 min. Any change to it is a new request. One rejection ends it.');
  assert.equal(await alice.locator('#next-steps p.small').innerText(), 'Nobody has voted yet.');
  assert.equal(await alice.locator('.requester-reason').innerText(), 'Ship web 2.3 for INC-77: the checkout page is down');
  await alice.getByRole('button', { name: 'Approve' }).click();
  await alice.waitForURL(`**/ui/requests/${first.requestId}?done=approved`);
  assert.equal(await alice.locator('#next-steps p').first().innerText(), 'After 2 approvals (1 more), kiro may run this exact action once, within 15 min. Any change to it is a new request. One rejection ends it.');
  assert.equal(await alice.locator('#next-steps p.small').innerText(), 'Voted so far: alice approved.');
  await alice.screenshot({ path: join(SHOTS, 'request-production.png'), fullPage: true, timeout: 30_000 });

  // 5: a reviewer cancels the duplicate from the UI, with a reason; the agent's retry is then a new request.
  await alice.goto(`${server.url}/ui/requests/${dup.requestId}`);
  await alice.getByText('Cancel this request…').click();
  await alice.getByLabel('Why cancel (required)').fill(`duplicate of ${first.requestId}`);
  await alice.getByRole('button', { name: 'Cancel request' }).click();
  await alice.waitForURL(`**/ui/requests/${dup.requestId}?done=cancelled`);
  assert.equal(await alice.locator('.decision .pill').first().innerText(), 'CANCELLED');
  assert.ok((await alice.locator('.timeline').innerText()).includes(`duplicate of ${first.requestId}`));
  await alice.goto(`${server.url}/ui/queue`);
  assert.equal(await alice.locator('tr.dup-group').count(), 0);

  // 6: on a 375 px phone the decision panel comes first and the targets keep their environment column.
  const phoneCtx = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  phoneCtx.setDefaultTimeout(5_000);
  contexts.push(phoneCtx);
  const phone = await phoneCtx.newPage();
  await phone.goto(`${server.url}/ui/sign-in`);
  await phone.getByLabel('Reviewer token').fill(tokens.bob!);
  await phone.getByRole('button', { name: 'Sign in with token' }).click();
  await phone.waitForURL(/\/ui\/queue$/);
  await phone.goto(`${server.url}/ui/requests/${first.requestId}`);
  const decisionBox = (await phone.locator('section.decision').boundingBox())!;
  const actionBox = (await phone.locator('#action-h').boundingBox())!;
  assert.ok(decisionBox.y < actionBox.y, `decision panel at ${decisionBox.y}, the action at ${actionBox.y}`);
  assert.ok(decisionBox.width <= 375);
  assert.equal(await phone.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth), 375, 'nothing scrolls sideways');
  assert.ok((await phone.locator('td[data-label="Environment"]').first().innerText()).includes('PRODUCTION'));
  await phone.screenshot({ path: join(SHOTS, 'request-phone.png'), fullPage: true, timeout: 30_000 });

  // 7: the audit browser filters by agent, decision, request and time, links to requests, folds an MCP session.
  for (let i = 0; i < 3; i++) assert.equal((await decide({ kind: 'mcp_tool_call', server: 'github', tool: 'list_issues', arguments: { page: i } }, {})).effect, 'allow');
  await alice.goto(`${server.url}/ui/audit`);
  const fold = alice.locator('details.mcp-fold');
  assert.match(await fold.locator('summary').innerText(), /^MCP session agent:kiro → github: 3 tool calls/);
  await alice.getByLabel('Agent').selectOption('kiro');
  await alice.getByLabel('Decision').selectOption('hold');
  await alice.getByRole('button', { name: 'Filter' }).click();
  await alice.waitForURL(/\/ui\/audit\?.*agent=kiro&effect=hold/);
  const effects = await alice.locator('tbody td[data-label="Type"] .pill').allInnerTexts();
  assert.ok(effects.length >= 2 && effects.every((e) => e === 'HOLD'), effects.join(','));
  await alice.screenshot({ path: join(SHOTS, 'audit-filtered.png'), fullPage: true, timeout: 30_000 });
  await alice.goto(`${server.url}/ui/audit?request=${encodeURIComponent(first.requestId!)}`);
  const linked = alice.locator(`tbody a[href="/ui/requests/${first.requestId}"]`);
  assert.ok((await linked.count()) >= 2, 'the decision and the approval link to the request');
  await alice.goto(`${server.url}/ui/audit?since=2099-01-01T00:00`);
  assert.equal(await alice.locator('.empty-title').innerText(), 'No entries match these filters.');
  await alice.goto(`${server.url}/ui/audit?since=yesterday`);
  assert.equal(await alice.locator('h1').innerText(), 'That request was not valid');

  // 8: the agent's own page; freezing it from there takes a reason, shown on the page.
  for (let i = 0; i < 2; i++) assert.equal((await shell('terraform destroy -auto-approve')).effect, 'deny');
  await alice.goto(`${server.url}/ui/agents`);
  await alice.getByRole('link', { name: 'kiro', exact: true }).click();
  await alice.waitForURL('**/ui/agents/kiro');
  const facts = await alice.locator('.facts').innerText();
  assert.match(facts, /DENIAL STREAK\s+2 in a row/);
  assert.match(facts, /DESTRUCTIVE BUDGET\s+no budget set/);
  await alice.getByRole('link', { name: 'Freeze…' }).click();
  await alice.getByLabel('Reason (required)').fill('kiro keeps trying terraform destroy');
  await alice.getByLabel('Type stop kiro to confirm').fill('stop kiro');
  await alice.getByRole('button', { name: 'Freeze kiro' }).click();
  await alice.waitForURL('**/ui/brakes?done=brake');
  await alice.goto(`${server.url}/ui/agents/kiro`);
  assert.ok((await alice.locator('#brake-h + p').innerText()).includes('by human:alice: “kiro keeps trying terraform destroy”'));
  assert.equal((await shell('ls')).effect, 'deny');
  await alice.screenshot({ path: join(SHOTS, 'agent.png'), fullPage: true, timeout: 30_000 });
  const dana = await signedIn('dana');
  await dana.goto(`${server.url}/ui/brakes/confirm?op=release&scope=agent:kiro`);
  await dana.getByLabel('Reason (required)').fill('talked to dana, the destroy was a test');
  await dana.getByLabel('Type resume kiro to confirm').fill('resume kiro');
  await dana.getByRole('button', { name: 'Unfreeze kiro' }).click();
  await dana.waitForURL('**/ui/brakes?done=brake');
  assert.equal((await shell('ls')).effect, 'allow');
});
