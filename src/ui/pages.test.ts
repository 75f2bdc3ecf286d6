import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agents, audit, brakes, ctx, kubectlRequest, planRequest, queue, shadow } from '../../test/helpers/ui-fixtures.ts';
import {
  confirmPhrase, renderAgents, renderAudit, renderAuditEntry, renderBrakeConfirm, renderBrakes, renderError, renderQueue, renderRequest, renderShadow, renderSignIn,
  type RequestView, type SafeHtml,
} from './index.ts';

const XSS = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;

/** Every element whose tag, or any attribute, came from hostile text would show up here. */
function assertNoInjection(out: string): void {
  assert.doesNotMatch(out, /<script>alert/);
  assert.doesNotMatch(out, /<img src=x/);
  assert.doesNotMatch(out, /onerror=alert\(2\)>/);
}

/** Works under a strict CSP: no inline scripts, styles or event handlers; nothing loaded from elsewhere. */
function assertCspFriendly(page: SafeHtml): void {
  const out = page.value;
  for (const m of out.matchAll(/<script\b[^>]*>/g)) assert.match(m[0], /^<script src="\/ui\/assets\/portcullis\.js" defer>$/);
  assert.doesNotMatch(out, /\sstyle=/);
  assert.doesNotMatch(out, /\son[a-z]+=/i);
  assert.doesNotMatch(out, /(src|href|action)="(https?:)?\/\//);
}

const hostileRequest: RequestView = {
  ...kubectlRequest,
  id: `req_${XSS}`,
  digest: `sha256:${XSS}`,
  envelope: { ...kubectlRequest.envelope, agent: XSS, operator: XSS, action: { kind: 'shell', command: `kubectl apply -f x.yaml; ${XSS}` }, context: { cwd: XSS } },
  facts: { ...kubectlRequest.facts, summary: XSS, findings: [{ code: XSS, message: `bad \`${XSS}\`` }], targets: [{ kind: 'kubernetes', id: XSS, environment: XSS, home: true }] },
  agent: { id: XSS, role: XSS, operator: XSS, home: XSS },
  policies: [XSS],
  reasons: [{ code: 'policy_hold', message: `reason ${XSS}`, policyId: XSS }, { code: 'policy_hold', message: XSS }],
  approvals: [{ human: XSS, at: 0, comment: XSS, counts: true, solo: false }],
  history: [{ at: 0, status: XSS, actor: XSS, note: XSS }],
};

test('request page escapes hostile text in the command, findings, targets, policy reasons and votes (A9)', () => {
  const out = renderRequest(ctx(), hostileRequest).value;
  assertNoInjection(out);
  assert.ok(out.includes('kubectl apply -f x.yaml; &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;'));
  assert.ok(out.includes('reason &lt;script&gt;'));
  // The id lands in form actions percent-encoded, the digest in a hidden field escaped.
  assert.ok(out.includes('action="/ui/requests/req_%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E/approve"'));
  assert.ok(out.includes('name="digest" value="sha256:&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"'));
});

test('request page: a hostile Terraform plan and SQL, MCP, file and HTTP actions are escaped', () => {
  const actions: RequestView['envelope']['action'][] = [
    { kind: 'terraform_plan', plan: { resource_changes: [{ address: XSS, type: XSS, action_reason: XSS, change: { actions: ['delete'], replace_paths: [[XSS]] } }] } },
    { kind: 'terraform_plan', plan: { weird: XSS } },
    { kind: 'sql', sql: `DROP TABLE x; ${XSS}`, database: XSS, host: XSS, dialect: XSS },
    { kind: 'mcp_tool_call', server: XSS, tool: XSS, arguments: { path: XSS } },
    { kind: 'file_write', path: XSS, operation: 'write', content: XSS },
    { kind: 'http_request', method: XSS, url: XSS, body: { x: XSS } },
  ];
  for (const action of actions) {
    const out = renderRequest(ctx(), { ...planRequest, envelope: { ...planRequest.envelope, action } }).value;
    assertNoInjection(out);
  }
});

test('request page: the Terraform plan is a table with replaces and deletes highlighted', () => {
  const out = renderRequest(ctx(), planRequest).value;
  assert.match(out, /<caption>Terraform plan: 1 destroyed, 2 replaced, 2 updated, 1 created<\/caption>/);
  const danger = [...out.matchAll(/<tr class="row-danger row-(\w+)">/g)].map((m) => m[1]);
  assert.deepEqual(danger, ['delete', 'replace', 'replace']);
  assert.equal([...out.matchAll(/<tr class="row-(update|create)">/g)].length, 3);
  assert.ok(out.includes('2 unchanged resources are not shown.'));
  assert.ok(out.includes('Blast radius</span><span class="fact-value">1 destroyed, 2 replaced, 2 updated, 1 created'));
});

test('request page: a plan that cannot be read says so and shows the raw JSON open', () => {
  const out = renderRequest(ctx(), { ...planRequest, envelope: { ...planRequest.envelope, action: { kind: 'terraform_plan', plan: { nope: 1 } } } }).value;
  assert.ok(out.includes('<strong>The plan could not be read:</strong> the plan has no &#96;resource_changes&#96;.'));
  assert.ok(out.includes('<details class="raw" open><summary>Raw plan JSON</summary>'));
});

test('A12 A9 request page shows the bytes of the files the action reads: short files whole, long ones truncated with all of it one click away, binary by hash, all escaped', () => {
  const long = Array.from({ length: 60 }, (_, i) => `line ${i + 1}`).join('\n');
  const view: RequestView = {
    ...kubectlRequest,
    envelope: {
      ...kubectlRequest.envelope,
      inputs: [
        { path: 'deploy/payments.yaml', realPath: '/work/infra/prod-cn-1/deploy/payments.yaml', role: 'manifest', size: 40, sha256: 'a'.repeat(64), text: `kind: Deployment\n# ${XSS}\n` },
        { path: 'deploy/long.yaml', realPath: '/work/infra/prod-cn-1/deploy/long.yaml', role: 'manifest', size: long.length, sha256: 'b'.repeat(64), text: long },
        { path: 'prod.tfplan', realPath: '/work/infra/prod-cn-1/prod.tfplan', role: 'plan', size: 2048, sha256: 'c'.repeat(64) },
      ],
    },
  };
  const out = renderRequest(ctx(), view).value;
  assertNoInjection(out);
  assert.match(out, /<h2 id="inputs-h">Files it reads/);
  assert.match(out, /kind: Deployment\n# &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(out, /line 40<\/code><\/pre><p class="muted small">First 40 of 60 lines\.<\/p><details class="raw"><summary>Show all 60 lines of deploy\/long\.yaml<\/summary>/);
  assert.match(out, /line 60<\/code>/);
  assert.match(out, /c{64}<\/span><\/dd><\/div><\/dl><div class="callout"><strong>Binary saved plan:<\/strong>/);
  assert.doesNotMatch(renderRequest(ctx(), kubectlRequest).value, /Files it reads/);
});

test('A12 request page shows a saved plan input as the plan table (deletes and replaces highlighted); a binary plan says how to review it', () => {
  const plan = {
    format_version: '1.2',
    resource_changes: [
      { address: 'aws_s3_bucket.logs', type: 'aws_s3_bucket', change: { actions: ['create'] } },
      { address: 'aws_db_instance.main', type: 'aws_db_instance', change: { actions: ['delete'] } },
      { address: 'aws_instance.web', type: 'aws_instance', change: { actions: ['delete', 'create'], replace_paths: [['ami']] }, action_reason: 'replace_because_cannot_update' },
      { address: `aws_iam_role.x["${XSS}"]`, type: 'aws_iam_role', change: { actions: ['no-op'] } },
    ],
  };
  const text = JSON.stringify(plan);
  const withInputs = (inputs: NonNullable<RequestView['envelope']['inputs']>): string => renderRequest(ctx(), { ...kubectlRequest, envelope: { ...kubectlRequest.envelope, inputs } }).value;
  const json = withInputs([{ path: 'prod.plan.json', realPath: '/work/infra/prod.plan.json', role: 'plan', size: text.length, sha256: 'd'.repeat(64), text }]);
  assertNoInjection(json);
  assert.match(json, /<caption>Terraform plan: 1 destroyed, 1 replaced, 1 created<\/caption>/);
  const rows = [...json.matchAll(/<tr class="([^"]*)">\s*<td data-label="Change">[\s\S]*?<td class="mono addr" data-label="Resource">((?:[^<]|<wbr>)*)</g)].map((m) => [m[1], m[2]!.replaceAll('<wbr>', '')]);
  assert.deepEqual(rows, [['row-danger row-delete', 'aws_db_instance.main'], ['row-danger row-replace', 'aws_instance.web'], ['row-create', 'aws_s3_bucket.logs']]);
  assert.match(json, /forced by <span class="mono">ami<\/span>/);
  assert.match(json, /1 unchanged resource is not shown/);
  assert.doesNotMatch(json, /Binary saved plan/);
  const binary = withInputs([{ path: 'prod.tfplan', realPath: '/work/infra/prod.tfplan', role: 'plan', size: 2048, sha256: 'c'.repeat(64) }]);
  assert.match(binary, /<strong>Binary saved plan:<\/strong> 2048 bytes, sha256 <span class="mono wrap">c{64}<\/span>; run <code>terraform show prod\.tfplan<\/code> to review it\./);
  assert.doesNotMatch(binary, /Terraform plan:/);
  // Text that is not plan JSON is not a table: the hint, and its content below it.
  const notJson = withInputs([{ path: 'odd.tfplan', realPath: '/work/infra/odd.tfplan', role: 'plan', size: 5, sha256: 'e'.repeat(64), text: 'hello' }]);
  assert.match(notJson, /Binary saved plan:[\s\S]*<code>hello<\/code>/);
  const noChanges = withInputs([{ path: 'p.json', realPath: '/p.json', role: 'plan', size: 2, sha256: 'f'.repeat(64), text: '{}' }]);
  assert.match(noChanges, /The saved plan could not be read:<\/strong> the plan has no &#96;resource_changes&#96;/);
});

test('request page: approve and reject are POST forms with the CSRF token and the digest; reject requires a comment (A1, A9)', () => {
  const out = renderRequest(ctx(), planRequest).value;
  const forms = [...out.matchAll(/<form method="post" action="([^"]+)" class="vote-form" data-once>([\s\S]*?)<\/form>/g)];
  assert.deepEqual(forms.map((f) => f[1]), ['/ui/requests/req_7f3a91/approve', '/ui/requests/req_7f3a91/reject']);
  for (const f of forms) {
    assert.ok(f[2]!.includes('<input type="hidden" name="_csrf" value="csrf-token-123">'));
    assert.ok(f[2]!.includes(`<input type="hidden" name="digest" value="${planRequest.digest}">`));
  }
  assert.match(forms[0]![2]!, /<textarea id="approve-comment" name="comment" rows="2" maxlength="2000"><\/textarea>/);
  assert.match(forms[1]![2]!, /<textarea id="reject-comment" name="comment" rows="2" maxlength="2000" required aria-required="true"><\/textarea>/);
  assert.match(out, /<label for="reject-comment">Reason <span class="req">\(required\)<\/span><\/label>/);
  assert.ok(out.includes('1 of 2 approvals'));
  assert.ok(out.includes('Change window CHG-2291 is open; node group drained.'));
  assertCspFriendly(renderRequest(ctx(), planRequest));
});

test('request page: no vote forms when the request is decided or the viewer may not vote (A3)', () => {
  const decided = renderRequest(ctx(), { ...planRequest, status: 'denied' }).value;
  assert.doesNotMatch(decided, /<form method="post" action="\/ui\/requests/);
  assert.ok(decided.includes('This request is <strong>denied</strong>; it takes no more votes.'));
  const self = renderRequest(ctx(), { ...planRequest, vote: { approve: { ok: false, reason: 'you are the operator of agent `atlas`' }, reject: { ok: false, reason: 'you are the operator of agent `atlas`' } } }).value;
  assert.doesNotMatch(self, /<form method="post" action="\/ui\/requests/);
  assert.ok(self.includes('You cannot vote on this request: you are the operator of agent <code class="code-tag">atlas</code>.'));
  const rejectOnly = renderRequest(ctx(), { ...planRequest, vote: { approve: { ok: false, reason: 'you already approved' }, reject: { ok: true, reason: null } } }).value;
  assert.deepEqual([...rejectOnly.matchAll(/<form method="post" action="([^"]+)"/g)].map((m) => m[1]), ['/ui/requests/req_7f3a91/reject', '/ui/requests/req_7f3a91/cancel']);
  assert.ok(rejectOnly.includes('You cannot approve: you already approved.'));
});

test('request page: no targets and no findings have their own empty states', () => {
  const out = renderRequest(ctx(), { ...kubectlRequest, facts: { ...kubectlRequest.facts, targets: [], findings: [] }, policies: [], reasons: [] }).value;
  assert.ok(out.includes('No targets were resolved.'));
  assert.ok(out.includes('The parser reported nothing unusual.'));
  assert.ok(out.includes('No policy ids were recorded for this hold.'));
  assert.ok(out.includes('<span class="chip chip-unknown chip-prod" title="no known environment: decided as production">unknown <span class="tier">PRODUCTION</span></span>'));
});

test('queue lists held actions with age, time left, environment and agent; empty queue says so', () => {
  const out = renderQueue(ctx(), queue).value;
  assert.ok(out.includes('3 held actions wait for review, oldest first.'));
  assert.ok(out.includes('<a class="rowlink" href="/ui/requests/req_7f3a91">terraform: 1 destroyed, 2 replaced, 2 updated, 1 created</a>'));
  assert.ok(out.includes('>12 min ago</time>'));
  assert.ok(out.includes('data-left>48 min</time>'));
  assert.ok(out.includes('<time class="soon" datetime="2025-12-04T09:35:00.000Z" title="until 2025-12-04 09:35:00 UTC" data-left>5 min</time>'));
  assert.ok(out.includes('sql: DELETE FROM sessions WHERE created_at &lt; now() - interval &#39;30 days&#39;'));
  assertCspFriendly(renderQueue(ctx(), queue));
  const empty = renderQueue(ctx(), { items: [] }).value;
  assert.ok(empty.includes('<p class="empty-title">Nothing is waiting for review.</p>'));
  assert.doesNotMatch(empty, /<table/);
  assertNoInjection(renderQueue(ctx(), { items: [{ ...queue.items[0]!, summary: XSS, agent: XSS, environments: [XSS], id: XSS }] }).value);
});

test('audit browser shows verification status and entries; a broken chain names the first bad position (L5, L7)', () => {
  const ok = renderAudit(ctx(), audit).value;
  assert.ok(ok.includes('<h2><span aria-hidden="true">✓</span> Chain verified</h2>'));
  assert.ok(ok.includes('it cannot prove that no entry after it was withheld'));
  assert.ok(ok.includes('href="/ui/audit?before=1279"'));
  const bad = renderAudit(ctx(), { ...audit, verification: { status: 'failed', entries: 12, checkpoint: null, firstBad: { seq: 7, problem: `chain hash mismatch ${XSS}` }, message: 'entry 7 was edited' } }).value;
  assert.ok(bad.includes('First bad position: entry <strong>#7</strong> — chain hash mismatch &lt;script&gt;'));
  assertNoInjection(bad);
  const empty = renderAudit(ctx(), { ...audit, rows: [], older: null, filter: { ...audit.filter, type: 'rejection' } }).value;
  assert.ok(empty.includes('No entries match these filters.'));
  assert.ok(empty.includes('<option value="rejection" selected>rejection</option>'));
  assertNoInjection(renderAudit(ctx(), { ...audit, rows: [{ ...audit.rows[0]!, summary: XSS, actor: XSS, type: XSS }], types: [XSS], filter: { ...audit.filter, type: XSS, agent: XSS, request: XSS } }).value);
  const entry = renderAuditEntry(ctx(), { seq: 3, id: 'aud_3', ts: 0, type: 'decision', actor: 'agent:kiro', body: { command: XSS }, leaf: null, chain: null }).value;
  assertNoInjection(entry);
  assert.ok(entry.includes('&quot;command&quot;: &quot;&lt;script&gt;'));
});

test('agents page: role, operator, home, recent decisions, and a freeze link to the confirmation page (a GET changes nothing)', () => {
  const out = renderAgents(ctx(), agents).value;
  assert.ok(out.includes('href="/ui/brakes/confirm?op=engage&amp;scope=agent%3Akiro">Freeze…</a>'));
  // Only an admin may release a freeze; the reviewer sees no unfreeze button.
  assert.doesNotMatch(out, /Unfreeze/);
  assert.ok(renderAgents(ctx({ viewer: { id: 'dana', name: null, admin: true } }), agents).value.includes('href="/ui/brakes/confirm?op=release&amp;scope=agent%3Aintern-bot">Unfreeze…</a>'));
  assert.ok(out.includes('412 allowed'));
  assert.ok(renderAgents(ctx(), { agents: [], window: 50 }).value.includes('No agents are configured.'));
  assertNoInjection(renderAgents(ctx(), { window: 50, agents: [{ ...agents.agents[0]!, id: XSS, role: XSS, operator: XSS, home: XSS, recent: [{ at: 0, effect: 'deny', summary: XSS }] }] }).value);
});

test('kill switch: the page links to a confirmation step; the confirmation is a POST with the CSRF token and a phrase to type', () => {
  const page = renderBrakes(ctx(), brakes).value;
  assert.ok(page.includes('<a class="btn btn-danger" href="/ui/brakes/confirm?op=engage&amp;scope=global">Engage the kill switch…</a>'));
  assert.doesNotMatch(page, /method="post"[^>]*action="\/ui\/brakes"/);
  const engaged = renderBrakes(ctx(), { ...brakes, global: { engaged: true, since: 0, by: 'alice' } }).value;
  assert.ok(engaged.includes('Only an administrator can release it.'));
  assert.doesNotMatch(page, /Waiting for a second administrator/);
  const waiting = renderBrakes(ctx(), { ...brakes, shadowRequests: [{ environment: 'prod-cn-1', since: 0, by: 'human:dana', reason: XSS }] }).value;
  assert.match(waiting, /Waiting for a second administrator \(F7\): <span class="chip" data-shadow-request="prod-cn-1">prod-cn-1<\/span>/);
  assertNoInjection(waiting);
  const phrase = confirmPhrase('engage', { kind: 'global' });
  assert.equal(phrase, 'stop all agents');
  const confirm = renderBrakeConfirm(ctx(), { op: 'engage', scope: { kind: 'global' }, phrase, error: null }).value;
  assert.match(confirm, /<form method="post" action="\/ui\/brakes" class="stack">\s*<input type="hidden" name="_csrf" value="csrf-token-123">\s*<input type="hidden" name="op" value="engage">\s*<input type="hidden" name="scope" value="global">/);
  assert.ok(confirm.includes('Type <strong class="mono">stop all agents</strong> to confirm'));
  const wrong = renderBrakeConfirm(ctx(), { op: 'engage', scope: { kind: 'agent', agent: XSS }, phrase: XSS, error: 'type the phrase exactly' }).value;
  assertNoInjection(wrong);
  assert.ok(wrong.includes('<p class="field-error" role="alert" id="confirm-error">type the phrase exactly</p>'));
});

test('shadow report lists what would have been blocked, with an empty state', () => {
  const out = renderShadow(ctx(), shadow).value;
  assert.ok(out.includes('1 would have been denied, 1 held.'));
  assert.ok(out.includes('psql: DROP TABLE audit_events_2024'));
  assert.ok(renderShadow(ctx(), { global: false, environments: [], rows: [] }).value.includes('Nothing would have been blocked.'));
  assertNoInjection(renderShadow(ctx(), { ...shadow, rows: [{ ...shadow.rows[0]!, summary: XSS, agent: XSS, reasons: [{ code: XSS, message: XSS }] }] }).value);
});

test('sign-in page: a token form, and an OIDC button only when configured; no navigation when signed out', () => {
  const plain = renderSignIn(ctx({ viewer: null, csrfToken: null }), { oidc: null, error: null, next: null }).value;
  assert.ok(plain.includes('<input id="token" name="token" type="password" autocomplete="current-password" required spellcheck="false">'));
  assert.doesNotMatch(plain, /oidc/i);
  assert.doesNotMatch(plain, /<nav class="nav"/);
  const oidc = renderSignIn(ctx({ viewer: null }), { oidc: { label: 'Sign in with Example SSO', href: '/ui/oidc/start' }, error: `bad ${XSS}`, next: `/ui/requests/${XSS}` }).value;
  assert.ok(oidc.includes('<a class="btn btn-primary btn-block" href="/ui/oidc/start">Sign in with Example SSO</a>'));
  assertNoInjection(oidc);
  assertCspFriendly(renderSignIn(ctx({ viewer: null }), { oidc: null, error: null, next: null }));
});

test('layout: the kill-switch banner shows on every page while engaged; flash messages are escaped', () => {
  const out = renderQueue(ctx({ killSwitch: { global: true, agents: [] }, flash: { kind: 'error', message: XSS } }), queue).value;
  assert.ok(out.includes('<div class="killbanner" role="alert"><strong>Kill switch</strong> The global kill switch is engaged: every agent decision is denied.'));
  assertNoInjection(out);
  const err = renderError(ctx(), { status: 404, title: 'Not found', message: `no request \`${XSS}\``, hint: null }).value;
  assertNoInjection(err);
});
