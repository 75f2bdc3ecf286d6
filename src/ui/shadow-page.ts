import { agoEl, empty, envChips, pageHead, pill, richText, tableWrap } from './components.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import type { PageContext, ShadowView } from './view-models.ts';

/** What shadow mode let through that enforcement would have denied or held. */
export function renderShadow(ctx: PageContext, view: ShadowView): SafeHtml {
  const where = view.global ? html`${pill('global', 'warn')} on everywhere` : view.environments.length ? html`on in ${envChips(view.environments)}` : 'off';
  const counts = { deny: view.rows.filter((r) => r.wouldBe === 'deny').length, hold: view.rows.filter((r) => r.wouldBe === 'hold').length };
  const rows = view.rows.map(
    (r) => html`<tr>
      <td class="nowrap">${agoEl(r.at, ctx.now)}</td>
      <td class="mono">${r.agent}</td>
      <td>${envChips(r.environments, r.tiers)}</td>
      <td class="wrap">${r.summary}</td>
      <td>${pill(r.wouldBe === 'deny' ? 'would deny' : r.wouldBe === 'hold' ? 'would hold' : r.wouldBe, r.wouldBe === 'deny' ? 'bad' : 'warn')}</td>
      <td class="small">${r.reasons.map((x) => html`<div>${x.message ? richText(x.message) : null} <span class="mono code-tag">${x.policyId ?? x.code}</span></div>`)}</td>
    </tr>`,
  );
  const table = view.rows.length
    ? tableWrap('Decisions shadow mode let through', html`<thead><tr><th scope="col">When</th><th scope="col">Agent</th><th scope="col">Environment</th><th scope="col">Action</th><th scope="col">Enforced, it would</th><th scope="col">Because</th></tr></thead><tbody>${rows}</tbody>`, { captionHidden: true })
    : empty('Nothing would have been blocked.', 'Shadow-mode decisions that enforcement would deny or hold are listed here.');
  return layout(ctx, { title: 'Shadow report', active: 'shadow' }, html`${pageHead('Shadow-mode report', html`Shadow mode is ${where}. ${counts.deny} would have been denied, ${counts.hold} held.`)}${table}`);
}
