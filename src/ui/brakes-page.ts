import { agoEl, empty, pageHead, pill, tableWrap } from './components.ts';
import { html, type SafeHtml } from './html.ts';
import { csrfField, layout } from './layout.ts';
import { uiPaths } from './paths.ts';
import type { BrakeConfirmView, BrakeScope, BrakesView, PageContext } from './view-models.ts';

export function scopeKey(scope: BrakeScope): string {
  return scope.kind === 'global' ? 'global' : `agent:${scope.agent}`;
}

/** What a human types to confirm: the scope's own name, so a stray click or Enter cannot do it. */
export function confirmPhrase(op: 'engage' | 'release', scope: BrakeScope): string {
  const target = scope.kind === 'global' ? 'all agents' : scope.agent;
  return op === 'engage' ? `stop ${target}` : `resume ${target}`;
}

function since(ctx: PageContext, at: number | null, by: string | null): SafeHtml | null {
  if (at === null && by === null) return null;
  return html`<span class="muted small">${at !== null ? html`since ${agoEl(at, ctx.now)}` : null}${by ? html` by <span class="mono">${by}</span>` : null}</span>`;
}

/** The kill switch (global and per agent) and shadow mode state. Every change goes through a confirmation page. */
export function renderBrakes(ctx: PageContext, view: BrakesView): SafeHtml {
  const can = ctx.viewer !== null;
  const admin = ctx.viewer?.admin ?? false;
  const g = view.global;
  const globalCard = html`<section class="${g.engaged ? 'card card-bad' : 'card'}" aria-labelledby="global-h">
    <h2 id="global-h">Global kill switch</h2>
    <p>${g.engaged ? pill('engaged', 'bad') : pill('released', 'ok')} ${since(ctx, g.since, g.by)}${g.engaged && g.reason ? html` <span class="small">“${g.reason}”</span>` : null}</p>
    <p>${g.engaged ? html`Every agent decision is denied with <span class="mono">kill_switch_engaged</span> on every replica.` : 'When engaged, every agent decision on every replica is denied within a second, whatever the policy says.'}</p>
    ${g.engaged
      ? admin
        ? html`<a class="btn btn-quiet" href="${uiPaths.brakeConfirm('release', 'global')}">Release the kill switch…</a>`
        : html`<p class="muted small">Only an administrator can release it.</p>`
      : can
        ? html`<a class="btn btn-danger" href="${uiPaths.brakeConfirm('engage', 'global')}">Engage the kill switch…</a>`
        : null}
  </section>`;
  const frozen = view.frozen.length
    ? tableWrap('Frozen agents', html`<thead><tr><th scope="col">Agent</th><th scope="col">Since</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead><tbody>${view.frozen.map(
        (f) => html`<tr><th scope="row" class="mono"><a href="${uiPaths.agent(f.agent)}">${f.agent}</a></th><td>${since(ctx, f.since, f.by)}${f.reason ? html`<div class="small">“${f.reason}”</div>` : null}</td><td>${admin ? html`<a class="btn btn-quiet btn-small" href="${uiPaths.brakeConfirm('release', `agent:${f.agent}`)}">Unfreeze…</a>` : null}</td></tr>`,
      )}</tbody>`, { captionHidden: true })
    : empty('No agent is frozen.', 'Freeze one agent from the Agents page, or below.');
  const unfrozen = view.agents.filter((a) => !view.frozen.some((f) => f.agent === a));
  const freezeForm = can && unfrozen.length
    ? html`<form class="inline-form" method="get" action="${uiPaths.brakes}/confirm">
        <input type="hidden" name="op" value="engage">
        <label for="freeze-agent">Freeze agent</label>
        <select id="freeze-agent" name="scope">${unfrozen.map((a) => html`<option value="${`agent:${a}`}">${a}</option>`)}</select>
        <button type="submit" class="btn btn-danger btn-small">Freeze…</button>
      </form>`
    : null;
  const shadow = html`<section class="card" aria-labelledby="shadow-h"><h2 id="shadow-h">Shadow mode</h2>
    <p>${view.shadow.global ? html`${pill('global', 'warn')} Decisions everywhere are recorded but <strong>not enforced</strong>.` : view.shadow.environments.length ? html`Recorded but not enforced in: ${view.shadow.environments.map((e) => html`<span class="chip">${e}</span>`)}` : 'Off: every decision is enforced.'}</p>
    ${view.shadowRequests.length ? html`<p>Waiting for a second administrator (F7): ${view.shadowRequests.map((r) => html`<span class="chip" data-shadow-request="${r.environment}">${r.environment === '*' ? 'global' : r.environment}</span> ${since(ctx, r.since, r.by)}${r.reason ? html` <span class="small">“${r.reason}”</span>` : null} `)}</p>` : null}
    <p><a href="${uiPaths.shadow}">What shadow mode would have blocked →</a></p></section>`;
  return layout(ctx, { title: 'Kill switch', active: 'brakes' }, html`${pageHead('Kill switch and brakes', 'Changes here are audited and are never available to agents.')}
    ${globalCard}
    <section class="card" aria-labelledby="frozen-h"><h2 id="frozen-h">Frozen agents</h2>${frozen}${freezeForm}</section>
    ${shadow}`);
}

/** The confirmation step: says exactly what will happen and asks for the phrase to be typed. */
export function renderBrakeConfirm(ctx: PageContext, view: BrakeConfirmView): SafeHtml {
  const engage = view.op === 'engage';
  const target = view.scope.kind === 'global' ? 'every agent' : html`agent <span class="mono">${view.scope.agent}</span>`;
  const title = engage ? (view.scope.kind === 'global' ? 'Engage the global kill switch' : `Freeze ${view.scope.agent}`) : view.scope.kind === 'global' ? 'Release the global kill switch' : `Unfreeze ${view.scope.agent}`;
  const body = html`<p class="crumbs"><a href="${uiPaths.brakes}">← Kill switch</a></p>
  <section class="card card-narrow ${engage ? 'card-bad' : ''}" aria-labelledby="confirm-h">
    <h1 id="confirm-h">${title}</h1>
    <p>${engage ? html`From now on, every decision for ${target} is <strong>denied</strong> with <span class="mono">kill_switch_engaged</span>, on every replica, until someone releases it. Held requests stay held.` : html`Decisions for ${target} go back to the policies. Make sure whatever made you stop is understood.`}</p>
    <p>This change is recorded in the audit log under your name, with your reason.</p>
    ${view.error ? html`<p class="field-error" role="alert" id="confirm-error">${view.error}</p>` : null}
    <form method="post" action="${uiPaths.brakes}" class="stack">
      ${csrfField(ctx)}
      <input type="hidden" name="op" value="${view.op}">
      <input type="hidden" name="scope" value="${scopeKey(view.scope)}">
      <label for="brake-reason">Reason <span class="req">(required)</span></label>
      <textarea id="brake-reason" name="reason" rows="2" maxlength="2000" required aria-required="true" placeholder="${engage ? 'what happened, e.g. agent deleting prod volumes' : 'what was fixed'}">${view.reason ?? ''}</textarea>
      <label for="confirm">Type <strong class="mono">${view.phrase}</strong> to confirm</label>
      <input id="confirm" name="confirm" type="text" autocomplete="off" spellcheck="false" required${view.error ? html` aria-invalid="true" aria-describedby="confirm-error"` : null}>
      <div class="row"><button type="submit" class="${engage ? 'btn btn-danger' : 'btn btn-primary'}">${title}</button><a class="btn btn-quiet" href="${uiPaths.brakes}">Cancel</a></div>
    </form>
  </section>`;
  return layout(ctx, { title, active: 'brakes' }, body);
}
