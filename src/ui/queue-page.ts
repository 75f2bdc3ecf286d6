import { agoEl, empty, envChips, leftEl, pageHead, pill, tableWrap } from './components.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { uiPaths } from './paths.ts';
import type { PageContext, QueueView } from './view-models.ts';

/** The queue of held actions, oldest first: what reviewers open the UI for. */
export function renderQueue(ctx: PageContext, view: QueueView): SafeHtml {
  const now = ctx.now;
  const rows = view.items.map(
    (q) => html`<tr>
      <td class="col-summary"><a class="rowlink" href="${uiPaths.request(q.id)}">${q.summary || '(no summary)'}</a>
        ${q.destructive ? html` <span class="tag tag-bad">destructive</span>` : null}
        <div class="muted small mono">${q.kind} · ${q.id}</div></td>
      <td data-label="Environment">${envChips(q.environments)}</td>
      <td data-label="Agent"><span class="mono">${q.agent}</span><div class="muted small">for ${q.operator}</div></td>
      <td data-label="Approvals"><span class="progress" aria-label="${q.approvals} of ${q.required} approvals">${q.approvals} / ${q.required}</span></td>
      <td data-label="Age">${agoEl(q.createdAt, now)}</td>
      <td data-label="Time left">${q.status === 'pending' ? leftEl(q.expiresAt, now) : pill(q.status)}</td>
    </tr>`,
  );
  const body = view.items.length
    ? tableWrap(
        'Held actions waiting for review',
        html`<thead><tr><th scope="col">Action</th><th scope="col">Environment</th><th scope="col">Agent</th><th scope="col">Approvals</th><th scope="col">Age</th><th scope="col">Time left</th></tr></thead>
        <tbody>${rows}</tbody>`,
        { captionHidden: true, stackOnSmall: true },
      )
    : empty('Nothing is waiting for review.', 'Held actions appear here as soon as an agent asks. This page does not refresh itself; reload to check again.');
  const n = view.items.length;
  return layout(ctx, { title: 'Queue', active: 'queue' }, html`${pageHead('Queue', n ? `${n} held ${n === 1 ? 'action waits' : 'actions wait'} for review, oldest first.` : null)}${body}`);
}
