import { agoEl, empty, envChips, pageHead, pill, tableWrap } from './components.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { uiPaths } from './paths.ts';
import type { AgentItem, AgentView, PageContext } from './view-models.ts';
import type { AgentsView } from './view-models.ts';

function status(a: AgentItem): SafeHtml {
  if (a.revoked) return pill('revoked', 'bad');
  if (a.frozen) return pill('frozen', 'bad');
  return pill('active', 'ok');
}

function freeze(ctx: PageContext, a: AgentItem): SafeHtml | null {
  if (!ctx.viewer || a.revoked) return null;
  // A GET to the confirmation page: nothing changes until the confirmed POST there.
  if (a.frozen) return ctx.viewer.admin ? html`<a class="btn btn-quiet btn-small" href="${uiPaths.brakeConfirm('release', `agent:${a.id}`)}">Unfreeze…</a>` : null;
  return html`<a class="btn btn-danger btn-small" href="${uiPaths.brakeConfirm('engage', `agent:${a.id}`)}">Freeze…</a>`;
}

/** Every agent: who it acts for, where it lives, what it has been doing, and a freeze button. */
export function renderAgents(ctx: PageContext, view: AgentsView): SafeHtml {
  const rows = view.agents.map(
    (a) => html`<tr>
      <th scope="row" class="nowrap"><a class="mono" href="${uiPaths.agent(a.id)}">${a.id}</a>${a.parent ? html`<div class="muted small">child of <span class="mono">${a.parent}</span></div>` : null}</th>
      <td>${a.role}</td>
      <td class="mono">${a.operator}</td>
      <td>${a.home ? envChips([a.home], a.homeTier ? { [a.home]: a.homeTier } : {}) : html`<span class="muted">none</span>`}</td>
      <td>${status(a)}</td>
      <td class="nowrap small"><span class="count count-ok" title="allowed">${a.counts.allow} allowed</span> <span class="count count-warn" title="held">${a.counts.hold} held</span> <span class="count count-bad" title="denied">${a.counts.deny} denied</span></td>
      <td class="small">${a.recent.length
        ? html`<ul class="recent">${a.recent.map((d) => html`<li>${pill(d.effect)} <span class="wrap">${d.summary}</span> <span class="muted">${agoEl(d.at, ctx.now)}</span></li>`)}</ul>`
        : html`<span class="muted">no decisions yet</span>`}</td>
      <td>${freeze(ctx, a)}</td>
    </tr>`,
  );
  const table = view.agents.length
    ? tableWrap('Agents', html`<thead><tr><th scope="col">Agent</th><th scope="col">Role</th><th scope="col">Operator</th><th scope="col">Home</th><th scope="col">Status</th><th scope="col">Last ${view.window} decisions</th><th scope="col">Recent</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead><tbody>${rows}</tbody>`, { captionHidden: true })
    : empty('No agents are configured.', 'Agents are declared in portcullis.yaml under `agents:`.');
  return layout(ctx, { title: 'Agents', active: 'agents' }, html`${pageHead('Agents', 'An agent may do what its role and its operator both allow, never more.')}${table}`);
}

/** D10: how close the agent is to the freeze that persistence earns it. */
function persistenceFact(p: AgentView['persistence']): SafeHtml {
  if (p.freezeAt === null) return html`<div class="fact"><span class="fact-label">Denials toward a freeze</span><span class="fact-value">off (brakes.freeze_after_denials: 0)</span></div>`;
  const near = p.denials >= Math.max(1, p.freezeAt - 2);
  return html`<div class="${near ? 'fact fact-bad' : 'fact'}" data-d10="${String(p.denials)}"><span class="fact-label">Denials toward a freeze</span><span class="fact-value"><span class="${near ? 'streak-bad' : ''}">${p.denials} of ${p.freezeAt}</span> in ${p.windowMinutes} min; frozen at ${p.freezeAt} until a human releases it</span></div>`;
}

/** One agent: who it is, its brakes and budget, its denial streak, and its recent decisions with links. */
export function renderAgent(ctx: PageContext, view: AgentView): SafeHtml {
  const a = view.agent;
  const b = view.budget;
  const facts = html`<div class="facts">
    <div class="fact"><span class="fact-label">Status</span><span class="fact-value">${status(a)}${view.globalBrake ? html` ${pill('global kill switch', 'bad')}` : null}</span></div>
    <div class="${a.denialStreak >= 3 ? 'fact fact-bad' : 'fact'}"><span class="fact-label">Denial streak</span><span class="fact-value">${a.denialStreak === 0 ? 'none' : html`<span class="${a.denialStreak >= 3 ? 'streak-bad' : ''}">${a.denialStreak} in a row</span>`}</span></div>
    ${persistenceFact(view.persistence)}
    <div class="fact"><span class="fact-label">Destructive budget</span><span class="fact-value">${b.perHour === null ? 'no budget set' : `${b.spent} of ${b.perHour} this hour`}</span></div>
    <div class="fact"><span class="fact-label">Last ${view.decisions.length} decisions</span><span class="fact-value">${a.counts.allow} allowed, ${a.counts.hold} held, ${a.counts.deny} denied</span></div>
  </div>`;
  const brake = html`<section class="${view.brake.on ? 'card card-bad' : 'card'}" aria-labelledby="brake-h"><h2 id="brake-h">Kill switch</h2>
    ${view.brake.on
      ? html`<p>${pill('frozen', 'bad')} ${view.brake.at !== null ? html`since ${agoEl(view.brake.at, ctx.now)}` : null}${view.brake.by ? html` by <span class="mono">${view.brake.by}</span>` : null}${view.brake.reason ? html`: “${view.brake.reason}”` : null}</p>`
      : html`<p>Not frozen.${view.globalBrake ? ' The global kill switch stops it anyway.' : ''}</p>`}
    ${freeze(ctx, { ...a, frozen: view.brake.on })}
  </section>`;
  const rows = view.decisions.map(
    (d) => html`<tr>
      <td class="num" data-label="Seq"><a href="${uiPaths.auditEntry(d.seq)}">#${d.seq}</a></td>
      <td class="nowrap" data-label="When">${agoEl(d.at, ctx.now)}</td>
      <td data-label="Decision">${pill(d.effect)}</td>
      <td class="wrap" data-label="Action">${d.summary || '(no summary)'}${d.requestId ? html` <a class="small" href="${uiPaths.request(d.requestId)}">request →</a>` : null}</td>
      <td class="small" data-label="Why">${d.reasons.map((r) => html`<span class="mono code-tag">${r}</span> `)}</td>
    </tr>`,
  );
  const table = view.decisions.length
    ? tableWrap(`Recent decisions of ${a.id}`, html`<thead><tr><th scope="col">Seq</th><th scope="col">When</th><th scope="col">Decision</th><th scope="col">Action</th><th scope="col">Why</th></tr></thead><tbody>${rows}</tbody>`, { captionHidden: true, stackOnSmall: true })
    : empty('No decisions yet.', 'Decisions appear here as soon as the agent asks.');
  const sub = html`role <strong>${a.role}</strong> · acts for <span class="mono">${a.operator}</span> · home ${a.home ? envChips([a.home], a.homeTier ? { [a.home]: a.homeTier } : {}) : 'none'}${a.parent ? html` · child of <a class="mono" href="${uiPaths.agent(a.parent)}">${a.parent}</a>` : null}`;
  return layout(ctx, { title: `Agent ${a.id}`, active: 'agents' }, html`<p class="crumbs"><a href="${uiPaths.agents}">← Agents</a></p>
    ${pageHead(`Agent ${a.id}`, sub)}${facts}${brake}
    <section class="card" aria-labelledby="recent-h"><h2 id="recent-h">Recent decisions</h2>${table}
    <p class="small"><a href="${uiPaths.audit({ agent: a.id })}">Everything ${a.id} did, in the audit log →</a></p></section>`);
}
