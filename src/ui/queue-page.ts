import { agoEl, empty, envChips, leftEl, pageHead, pill, tableWrap } from './components.ts';
import { shortDigest } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { uiPaths } from './paths.ts';
import type { PageContext, QueueItem, QueueView } from './view-models.ts';

/**
 * Near-duplicates: the same exact artifact (command, SQL, tool call) asked more than once, with
 * another context or digest. Grouped in order of each group's oldest request.
 */
export function groupQueue(items: readonly QueueItem[]): QueueItem[][] {
  const groups = new Map<string, QueueItem[]>();
  for (const q of items) {
    const key = `${q.kind}\u0000${q.artifact}`;
    const g = groups.get(key);
    if (g) g.push(q);
    else groups.set(key, [q]);
  }
  return [...groups.values()];
}

/** How one member of a group differs from the group's first request: its context lines and digest. */
export function differences(q: QueueItem, first: QueueItem): string[] {
  const out = q.context.filter((c) => !first.context.includes(c));
  for (const c of first.context) {
    const key = c.slice(0, c.indexOf('='));
    if (!q.context.some((x) => x.startsWith(`${key}=`))) out.push(`${key} unset`);
  }
  if (q.digest !== first.digest) out.push(`digest ${shortDigest(q.digest)}`);
  return out;
}

function row(q: QueueItem, now: number, diff: string[] | null): SafeHtml {
  return html`<tr>
      <td class="col-summary"><a class="rowlink" href="${uiPaths.request(q.id)}">${q.summary || '(no summary)'}</a>
        ${q.destructive ? html` <span class="tag tag-bad">destructive</span>` : null}
        <div class="muted small mono">${q.kind} · ${q.id}</div>
        ${diff ? html`<div class="dup-diff">${diff.length ? html`differs: ${diff.map((d, i) => html`${i ? ', ' : ''}<span class="mono">${d}</span>`)}` : html`<span class="muted">same action and context as the first</span>`}</div>` : null}</td>
      <td data-label="Environment">${envChips(q.environments, q.tiers)}</td>
      <td data-label="Agent"><span class="mono">${q.agent}</span><div class="muted small">for ${q.operator}</div></td>
      <td data-label="Approvals"><span class="progress" aria-label="${q.approvals} of ${q.required} approvals">${q.approvals} / ${q.required}</span></td>
      <td data-label="Age">${agoEl(q.createdAt, now)}</td>
      <td data-label="Time left">${q.status === 'pending' ? leftEl(q.expiresAt, now) : pill(q.status)}</td>
    </tr>`;
}

/** The queue of held actions, oldest first: what reviewers open the UI for. */
export function renderQueue(ctx: PageContext, view: QueueView): SafeHtml {
  const now = ctx.now;
  const rows = groupQueue(view.items).map((g) => {
    if (g.length === 1) return row(g[0]!, now, null);
    const first = g[0]!;
    return html`<tr class="dup-group"><td colspan="6"><strong>${g.length} near-duplicate requests</strong> <span class="muted small">the same ${first.kind === 'shell' ? 'command' : 'action'}, asked ${g.length} times with another context or digest: review them together; cancel the ones you do not want</span></td></tr>
      ${g.map((q, i) => row(q, now, i === 0 ? null : differences(q, first)))}`;
  });
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
