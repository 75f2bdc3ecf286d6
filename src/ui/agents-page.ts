import { agoEl, empty, pageHead, pill, tableWrap } from './components.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { uiPaths } from './paths.ts';
import type { AgentItem, PageContext } from './view-models.ts';
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
      <th scope="row" class="nowrap"><span class="mono">${a.id}</span>${a.parent ? html`<div class="muted small">child of <span class="mono">${a.parent}</span></div>` : null}</th>
      <td>${a.role}</td>
      <td class="mono">${a.operator}</td>
      <td>${a.home ? html`<span class="chip">${a.home}</span>` : html`<span class="muted">none</span>`}</td>
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
