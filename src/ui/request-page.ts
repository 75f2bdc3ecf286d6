import type { Action, ActionContext, ActionFacts, JsonObject } from '../core/index.ts';
import { agoEl, breakable, empty, envChips, leftEl, pageHead, pill, richText, tableWrap, type Tiers } from './components.ts';
import { duration, prettyJson, shortDigest, timestamp } from './format.ts';
import { cls, html, type SafeHtml } from './html.ts';
import { csrfField, layout } from './layout.ts';
import { uiPaths } from './paths.ts';
import { planSummary, planTable, type PlanTable } from './plan.ts';
import type { PageContext, RequestView, VoteItem } from './view-models.ts';

/** Environments named by the action's targets, in order, without repeats. */
export function environmentsOf(facts: ActionFacts): string[] {
  const out: string[] = [];
  for (const t of facts.targets) {
    const e = t.environment ?? 'unknown';
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

function planSection(plan: Extract<Action, { kind: 'terraform_plan' }>['plan']): SafeHtml {
  const t = planTable(plan);
  if (t.problem) {
    return html`<div class="callout callout-bad"><strong>The plan could not be read:</strong> ${t.problem}. Review the raw plan below; treat it as destructive.</div>${rawJson('Raw plan JSON', plan, true)}`;
  }
  return html`${planRows(t)}${rawJson('Raw plan JSON', plan, false)}`;
}

/** The resource changes of a readable plan: deletes and replaces first, highlighted. */
function planRows(t: PlanTable): SafeHtml {
  const rows = t.rows.map(
    (r) => html`<tr class="${cls(r.danger && 'row-danger', `row-${r.change}`)}">
      <td data-label="Change">${pill(r.change, r.danger ? 'bad' : r.change === 'create' ? 'ok' : r.change === 'update' ? 'info' : 'muted')}</td>
      <td class="mono addr" data-label="Resource">${breakable(r.address)}</td>
      <td class="mono" data-label="Type">${r.type}</td>
      <td class="small" data-label="Why">${r.reason ? html`<span class="mono">${breakable(r.reason)}</span>` : html`<span class="muted">—</span>`}${r.replacePaths.length ? html`<div class="muted">forced by <span class="mono">${r.replacePaths.join(', ')}</span></div>` : null}</td>
    </tr>`,
  );
  const table = t.rows.length
    ? tableWrap(
        `Terraform plan: ${planSummary(t.counts)}`,
        html`<thead><tr><th scope="col">Change</th><th scope="col">Resource address</th><th scope="col">Type</th><th scope="col">Why</th></tr></thead><tbody>${rows}</tbody>`,
        { stackOnSmall: true },
      )
    : empty('This plan changes nothing.', 'No resource has a create, update, delete or replace.');
  return html`${table}${t.unchanged ? html`<p class="muted small">${t.unchanged} unchanged ${t.unchanged === 1 ? 'resource is' : 'resources are'} not shown.</p>` : null}`;
}

function rawJson(label: string, value: unknown, open: boolean): SafeHtml {
  return html`<details class="raw"${open ? html` open` : null}><summary>${label}</summary><pre class="code"><code>${prettyJson(value)}</code></pre></details>`;
}

function kv(rows: Array<[string, SafeHtml | string | null | undefined]>): SafeHtml {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return html`<dl class="kv">${shown.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}

/** Lines of an input file shown before the reviewer opens the rest. */
const PREVIEW_LINES = 40;

/**
 * A12: the bytes of every local file the action reads, as they were when it was held: the digest
 * binds them, so the reviewer sees them. Long files show their start; the whole file is one click
 * away (a `<details>`, no script needed).
 */
function inputsSection(inputs: NonNullable<RequestView['envelope']['inputs']>): SafeHtml {
  return html`${inputs.map((f) => {
    const head = kv([['File', html`<span class="mono">${f.path}</span>`], ['Read from', f.realPath !== f.path ? html`<span class="mono wrap">${f.realPath}</span>` : null], ['Role', f.role], ['Size', `${f.size} bytes`], ['SHA-256', html`<span class="mono wrap">${f.sha256}</span>`]]);
    const plan = f.role === 'plan' ? savedPlan(f) : null;
    if (f.text === undefined) return html`<div class="input-file">${head}${plan ?? html`<p class="muted">Binary content: bound by its hash above.</p>`}</div>`;
    const lines = f.text.split('\n');
    if (lines.length <= PREVIEW_LINES) return html`<div class="input-file">${head}${plan}<pre class="code code-action"><code>${f.text}</code></pre></div>`;
    return html`<div class="input-file">${head}${plan}<pre class="code code-action"><code>${lines.slice(0, PREVIEW_LINES).join('\n')}</code></pre><p class="muted small">First ${PREVIEW_LINES} of ${lines.length} lines.</p><details class="raw"><summary>Show all ${lines.length} lines of ${f.path}</summary><pre class="code code-action"><code>${f.text}</code></pre></details></div>`;
  })}`;
}

/**
 * A12: a saved plan the action applies. Plan JSON (`terraform show -json` output) shows its resource
 * changes as the table a `terraform_plan` action gets; a binary plan cannot be read without
 * Terraform, so the reviewer is told how to see it, and that the approval binds exactly these bytes.
 */
function savedPlan(f: NonNullable<RequestView['envelope']['inputs']>[number]): SafeHtml {
  const binary = html`<div class="callout"><strong>Binary saved plan:</strong> ${f.size} bytes, sha256 <span class="mono wrap">${f.sha256}</span>; run <code>terraform show ${f.path}</code> to review it. The approval binds these bytes.</div>`;
  if (f.text === undefined) return binary;
  let parsed: unknown;
  try {
    parsed = JSON.parse(f.text);
  } catch {
    return binary;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return binary;
  const t = planTable(parsed as JsonObject);
  if (t.problem) return html`<div class="callout callout-bad"><strong>The saved plan could not be read:</strong> ${t.problem}. Review its content below; treat it as destructive.</div>`;
  return planRows(t);
}

/** The exact artifact the digest binds (A1, A9): shown verbatim, never summarised away. */
function actionSection(action: Action): SafeHtml {
  switch (action.kind) {
    case 'shell':
      return html`<p class="label">Shell command</p><pre class="code code-action"><code>${action.command}</code></pre>`;
    case 'sql':
      return html`${kv([['Dialect', action.dialect], ['Database', action.database], ['Host', action.host]])}<p class="label">SQL</p><pre class="code code-action"><code>${action.sql}</code></pre>`;
    case 'terraform_plan':
      return planSection(action.plan);
    case 'mcp_tool_call':
      return html`${kv([['MCP server', html`<span class="mono">${action.server}</span>`], ['Tool', html`<span class="mono">${action.tool}</span>`], ['Annotations', action.annotations ? prettyJson(action.annotations) : null]])}<p class="label">Arguments</p><pre class="code code-action"><code>${prettyJson(action.arguments)}</code></pre>`;
    case 'file_write':
      return html`${kv([['Path', html`<span class="mono">${action.path}</span>`], ['Operation', action.operation]])}${action.content !== undefined ? html`<p class="label">Content</p><pre class="code code-action"><code>${action.content}</code></pre>` : null}`;
    case 'http_request':
      return html`<pre class="code code-action"><code>${action.method} ${action.url}</code></pre>${action.body !== undefined ? html`<p class="label">Body</p><pre class="code"><code>${prettyJson(action.body)}</code></pre>` : null}`;
    default:
      // SECURITY: an action kind this page does not know is shown raw, never hidden.
      return rawJson('Action (unknown kind)', action, true);
  }
}

function contextSection(c: ActionContext): SafeHtml | null {
  const labels: Array<[Exclude<keyof ActionContext, 'toolEnv'>, string]> = [
    ['cwd', 'Working directory'], ['gitBranch', 'Git branch'], ['gitRemote', 'Git remote'], ['kubeContext', 'Kube context'], ['kubeNamespace', 'Kube namespace'],
    ['awsProfile', 'AWS profile'], ['awsAccount', 'AWS account'], ['awsRegion', 'AWS region'], ['tfWorkspace', 'Terraform workspace'], ['mcpServer', 'MCP server'],
    ['dialect', 'SQL dialect'], ['database', 'Database'], ['host', 'Host'], ['home', 'Home directory'], ['searchPath', 'PATH'],
  ];
  const rows = labels.filter(([k]) => c[k]).map(([k, l]): [string, SafeHtml] => [l, html`<span class="mono">${c[k]}</span>`]);
  // D8 round 12: the variables that pointed tools at their configuration files
  for (const [name, value] of Object.entries(c.toolEnv ?? {})) rows.push([name, html`<span class="mono">${value}</span>`]);
  return rows.length ? kv(rows) : null;
}

function blastRadius(facts: ActionFacts, action: Action): string {
  if (action.kind === 'terraform_plan') {
    const t = planTable(action.plan);
    if (!t.problem) return planSummary(t.counts);
  }
  if (facts.blastRadius === null) return 'unknown';
  return `${facts.blastRadius} ${facts.blastRadius === 1 ? 'resource' : 'resources'}`;
}

function factsStrip(facts: ActionFacts, action: Action): SafeHtml {
  const item = (label: string, value: SafeHtml | string, bad = false) => html`<div class="${cls('fact', bad && 'fact-bad')}"><span class="fact-label">${label}</span><span class="fact-value">${value}</span></div>`;
  return html`<div class="facts">
    ${item('Blast radius', blastRadius(facts, action), facts.destructive)}
    ${item('Verbs', facts.verbs.join(', ') || 'none', facts.verbs.some((v) => v === 'delete' || v === 'replace' || v === 'unknown'))}
    ${item('Destructive', facts.destructive ? 'yes' : 'no', facts.destructive)}
    ${item('Reversible', facts.reversible ? 'yes' : 'no', !facts.reversible)}
    ${item('Parser confidence', facts.confidence, facts.confidence !== 'parsed')}
  </div>`;
}

function targetsSection(facts: ActionFacts, tiers: Tiers): SafeHtml {
  if (facts.targets.length === 0) return empty('No targets were resolved.', 'The classifier could not tell what this touches; it is decided as production.');
  return tableWrap(
    'Resolved targets',
    html`<thead><tr><th scope="col">Target</th><th scope="col">Kind</th><th scope="col">Environment</th><th scope="col">Verbs</th></tr></thead><tbody>${facts.targets.map(
      (t) => html`<tr><td class="mono addr" data-label="Target">${breakable(t.id)}${t.home ? html` <span class="tag tag-bad" title="the agent's own home environment">agent's home</span>` : null}${t.critical ? html` <span class="tag tag-bad">critical</span>` : null}</td><td data-label="Kind">${t.kind}</td><td data-label="Environment">${envChips(t.environment === null ? [] : [t.environment], tiers)}</td><td class="small" data-label="Verbs">${(t.verbs ?? facts.verbs).join(', ')}</td></tr>`,
    )}</tbody>`,
    { captionHidden: true, stackOnSmall: true },
  );
}

function findingsSection(facts: ActionFacts): SafeHtml {
  if (facts.findings.length === 0) return html`<p class="muted">The parser reported nothing unusual.</p>`;
  return html`<ul class="findings">${facts.findings.map((f) => html`<li><span class="mono code-tag">${f.code}</span> ${richText(f.message)}</li>`)}</ul>`;
}

function policiesSection(view: RequestView): SafeHtml {
  const byPolicy = new Map<string, string[]>();
  const loose: RequestView['reasons'] = [];
  for (const r of view.reasons) {
    if (r.policyId) byPolicy.set(r.policyId, [...(byPolicy.get(r.policyId) ?? []), r.message]);
    else loose.push(r);
  }
  const ids = [...new Set([...view.policies, ...byPolicy.keys()])];
  if (ids.length === 0 && loose.length === 0) return html`<p class="muted">No policy ids were recorded for this hold.</p>`;
  // The policy's own words first (what a reviewer needs at 2 a.m.), its id after (for the policy author).
  return html`<ul class="policies">${ids.map((id) => {
    const messages = byPolicy.get(id) ?? [];
    return html`<li>${messages.length ? messages.map((m) => html`<span class="policy-message">${richText(m)}</span> `) : null}<span class="mono code-tag muted">${id}</span></li>`;
  })}${loose.map((r) => html`<li>${richText(r.message)} <span class="mono code-tag muted">${r.code}</span></li>`)}</ul>
  <p class="small muted">Needs ${view.required} ${view.required === 1 ? 'approval' : 'approvals'}${view.approverGroups.length ? html` from ${view.approverGroups.map((g, i) => html`${i ? ', ' : ''}<span class="mono">${g}</span>`)}` : ' from any eligible human'}.</p>`;
}

/** What happens once the votes are in, said before anyone votes (A5, A6), and who has voted so far. */
function nextSteps(view: RequestView): SafeHtml {
  const counted = view.approvals.filter((v) => v.counts).length;
  const window = duration(view.executeWindowMs);
  const left = Math.max(0, view.required - counted);
  const voted = [...view.approvals.map((v) => `${v.human} approved${v.counts ? '' : ' (no longer counts)'}`), ...view.rejections.map((v) => `${v.human} rejected`)];
  const what = view.status === 'pending'
    ? html`After ${view.required} ${view.required === 1 ? 'approval' : 'approvals'}${left < view.required ? html` (${left} more)` : null}, <strong class="mono">${view.agent.id}</strong> may run this exact action <strong>once</strong>, within <strong>${window}</strong>. Any change to it is a new request. One rejection ends it.`
    : view.status === 'approved'
      ? html`Approved: <strong class="mono">${view.agent.id}</strong> may run this exact action once, before the deadline below.`
      : html`This request is ${view.status.replace(/_/g, ' ')}.`;
  return html`<div class="next-steps" id="next-steps"><p>${what}</p><p class="small">${voted.length ? html`Voted so far: ${voted.join('; ')}.` : 'Nobody has voted yet.'}</p></div>`;
}

function votes(list: VoteItem[], kind: 'approval' | 'rejection', now: number): SafeHtml {
  return html`${list.map(
    (v) => html`<li class="${cls('vote', `vote-${kind}`, !v.counts && 'vote-void')}"><span class="vote-who">${kind === 'approval' ? '✓' : '✕'} ${v.human}</span> ${agoEl(v.at, now)}${v.solo ? html` <span class="tag">solo</span>` : null}${!v.counts ? html` <span class="tag" title="the voter is no longer eligible">no longer counts</span>` : null}${v.comment ? html`<blockquote>${v.comment}</blockquote>` : null}</li>`,
  )}`;
}

function decisionBox(ctx: PageContext, view: RequestView): SafeHtml {
  const counted = view.approvals.filter((v) => v.counts).length;
  const list = view.approvals.length + view.rejections.length
    ? html`<ul class="votes">${votes(view.approvals, 'approval', ctx.now)}${votes(view.rejections, 'rejection', ctx.now)}</ul>`
    : html`<p class="muted small">No votes yet.</p>`;
  let forms: SafeHtml;
  if (view.status !== 'pending') {
    forms = html`<p class="callout">This request is <strong>${view.status}</strong>; it takes no more votes.</p>`;
  } else if (!view.vote.approve.ok && !view.vote.reject.ok) {
    forms = html`<p class="callout">You cannot vote on this request: ${richText(view.vote.approve.reason ?? view.vote.reject.reason ?? 'you are not an eligible approver')}.</p>`;
  } else {
    const hidden = html`${csrfField(ctx)}<input type="hidden" name="digest" value="${view.digest}">`;
    const cannot = (what: string, reason: string | null) => html`<p class="callout small">You cannot ${what}: ${richText(reason ?? 'not eligible')}.</p>`;
    // A9: approving and rejecting are the same size, side by side, one click plus (for reject) a reason.
    forms = html`<div class="vote-forms">
      ${view.vote.approve.ok ? html`<form method="post" action="${uiPaths.approve(view.id)}" class="vote-form" data-once>
        ${hidden}
        <label for="approve-comment">Note <span class="muted">(optional)</span></label>
        <textarea id="approve-comment" name="comment" rows="2" maxlength="2000"></textarea>
        <button type="submit" class="btn btn-approve">Approve</button>
      </form>` : cannot('approve', view.vote.approve.reason)}
      ${view.vote.reject.ok ? html`<form method="post" action="${uiPaths.reject(view.id)}" class="vote-form" data-once>
        ${hidden}
        <label for="reject-comment">Reason <span class="req">(required)</span></label>
        <textarea id="reject-comment" name="comment" rows="2" maxlength="2000" required aria-required="true"></textarea>
        <button type="submit" class="btn btn-reject">Reject</button>
      </form>` : cannot('reject', view.vote.reject.reason)}
    </div>
    <p class="small muted">Your vote names digest <span class="mono" title="${view.digest}">${shortDigest(view.digest)}</span>: it counts only for this exact action.</p>`;
  }
  return html`<section class="card decision" aria-labelledby="decision-h">
    <h2 id="decision-h">Decision</h2>
    <div class="decision-status">${pill(view.status)} <span class="progress-text">${counted} of ${view.required} approvals</span></div>
    <progress class="meter" max="${Math.max(1, view.required)}" value="${Math.min(counted, view.required)}" aria-label="Approvals">${counted} of ${view.required}</progress>
    ${nextSteps(view)}
    ${view.status === 'pending' ? html`<p class="small">Expires in ${leftEl(view.expiresAt, ctx.now)}</p>` : null}
    ${view.status === 'approved' && view.executeBy !== null ? html`<p class="small">The agent must run it within ${leftEl(view.executeBy, ctx.now)}</p>` : null}
    ${list}
    ${forms}
    ${cancelForm(ctx, view)}
  </section>`;
}

/** Withdraw a request (a near-duplicate, a mistake): the same people who may reject may cancel. */
function cancelForm(ctx: PageContext, view: RequestView): SafeHtml | null {
  if ((view.status !== 'pending' && view.status !== 'approved') || !view.vote.reject.ok) return null;
  return html`<details class="cancel-form"><summary>Cancel this request…</summary>
    <form method="post" action="${uiPaths.cancel(view.id)}" class="stack" data-once>
      ${csrfField(ctx)}<input type="hidden" name="digest" value="${view.digest}">
      <label for="cancel-comment">Why cancel <span class="req">(required)</span></label>
      <textarea id="cancel-comment" name="comment" rows="2" maxlength="2000" required aria-required="true" placeholder="e.g. duplicate of another request"></textarea>
      <button type="submit" class="btn btn-quiet">Cancel request</button>
    </form></details>`;
}

function historySection(view: RequestView): SafeHtml | null {
  if (view.history.length === 0) return null;
  return html`<section class="card"><h2>History</h2><ol class="timeline">${view.history.map(
    (h) => html`<li><time datetime="${new Date(h.at).toISOString()}">${timestamp(h.at)}</time> ${pill(h.status)} <span class="mono">${h.actor}</span>${h.note ? html` — ${h.note}` : null}</li>`,
  )}</ol></section>`;
}

/** One held request: everything a reviewer needs to approve or reject this exact action (A9). */
export function renderRequest(ctx: PageContext, view: RequestView): SafeHtml {
  const { envelope, facts } = view;
  const a = view.agent;
  const sub = html`<span class="mono">${a.id}</span>${a.role ? html` <span class="muted">(${a.role})</span>` : null} asks on behalf of <strong>${view.envelope.operator}</strong> · ${envChips(environmentsOf(facts), view.tiers)} · requested ${agoEl(view.createdAt, ctx.now)}`;
  const ctxSection = contextSection(envelope.context);
  const body = html`
  <p class="crumbs"><a href="${uiPaths.queue}">← Queue</a></p>
  ${pageHead(facts.summary || 'Held action', sub)}
  <div class="request-grid">
    <div class="request-main">
      <section class="card" aria-labelledby="reason-h"><h2 id="reason-h">The agent's reason</h2>${view.requesterReason
        ? html`<blockquote class="requester-reason">${view.requesterReason}</blockquote><p class="small muted">In the agent's own words: it explains, it does not prove. Judge the action below.</p>`
        : html`<p class="muted">The agent gave no reason. Agents can send one (<span class="mono">reason</span> in the decision API; hooks send the tool call's description and session).</p>`}</section>
      ${factsStrip(facts, envelope.action)}
      <section class="card" aria-labelledby="action-h"><h2 id="action-h">The exact action <span class="muted small">(${envelope.action.kind})</span></h2>${actionSection(envelope.action)}</section>
      ${envelope.inputs && envelope.inputs.length > 0 ? html`<section class="card" aria-labelledby="inputs-h"><h2 id="inputs-h">Files it reads <span class="muted small">(their bytes are part of what you approve)</span></h2>${inputsSection(envelope.inputs)}</section>` : null}
      <section class="card" aria-labelledby="why-h"><h2 id="why-h">Why it was held</h2>${policiesSection(view)}</section>
      <section class="card" aria-labelledby="targets-h"><h2 id="targets-h">Targets and environment</h2>${targetsSection(facts, view.tiers)}${ctxSection ? html`<p class="label">Where the agent runs</p>${ctxSection}` : null}</section>
      <section class="card" aria-labelledby="findings-h"><h2 id="findings-h">Parser findings</h2>${findingsSection(facts)}</section>
      <section class="card" aria-labelledby="who-h"><h2 id="who-h">Who asks</h2>${kv([
        ['Agent', html`<span class="mono">${a.id}</span>`],
        ['Role', a.role],
        ['Operator', html`<span class="mono">${envelope.operator}</span>`],
        ['Agent home environment', a.home ? envChips([a.home], view.tiers) : 'none'],
        ['Request', html`<span class="mono">${view.id}</span>`],
        ['Action digest', html`<span class="mono wrap">${view.digest}</span>`],
        ['Policy set', html`<span class="mono wrap">${envelope.policySetHash}</span>`],
      ])}</section>
      ${historySection(view)}
    </div>
    <aside class="request-side">${decisionBox(ctx, view)}</aside>
  </div>`;
  return layout(ctx, { title: facts.summary || 'Request', active: 'queue' }, body);
}
