import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { uiPaths } from './paths.ts';
import type { ErrorView, PageContext, SignInView } from './view-models.ts';

/** Reviewers sign in with their own token, or with the identity provider when one is configured. */
export function renderSignIn(ctx: PageContext, view: SignInView): SafeHtml {
  const body = html`<section class="card card-narrow signin" aria-labelledby="signin-h">
    <h1 id="signin-h">Sign in to review</h1>
    <p class="muted">Portcullis holds risky agent actions until humans approve them. Sign in as yourself: approvals count distinct people.</p>
    ${view.error ? html`<p class="field-error" role="alert" id="signin-error">${view.error}</p>` : null}
    ${view.oidc ? html`<a class="btn btn-primary btn-block" href="${view.oidc.href}">${view.oidc.label}</a><p class="or"><span>or use a reviewer token</span></p>` : null}
    <form method="post" action="${uiPaths.signIn}" class="stack">
      ${ctx.csrfToken ? html`<input type="hidden" name="_csrf" value="${ctx.csrfToken}">` : null}
      ${view.next ? html`<input type="hidden" name="next" value="${view.next}">` : null}
      <label for="token">Reviewer token</label>
      <input id="token" name="token" type="password" autocomplete="current-password" required spellcheck="false"${view.error ? html` aria-invalid="true" aria-describedby="signin-error"` : null}>
      <button type="submit" class="${view.oidc ? 'btn btn-quiet btn-block' : 'btn btn-primary btn-block'}">Sign in with token</button>
    </form>
    <p class="small muted">Agent tokens are refused here: agents never review.</p>
  </section>`;
  return layout(ctx, { title: 'Sign in', active: null }, body);
}

export function renderError(ctx: PageContext, view: ErrorView): SafeHtml {
  const body = html`<section class="card card-narrow" aria-labelledby="err-h">
    <p class="muted mono">${view.status}</p>
    <h1 id="err-h">${view.title}</h1>
    <p>${view.message}</p>
    ${view.hint ? html`<p class="muted">${view.hint}</p>` : null}
    <p><a href="${uiPaths.home}">Back to the queue</a></p>
  </section>`;
  return layout(ctx, { title: view.title, active: null }, body);
}
