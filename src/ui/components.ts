import { ago, duration, isoTime, timeLeft, timestamp } from './format.ts';
import { cls, html, type SafeHtml } from './html.ts';

/** Small building blocks shared by the pages. */

const STATUS_TONE: Record<string, string> = {
  pending: 'warn',
  approved: 'ok',
  executing: 'info',
  succeeded: 'ok',
  failed: 'bad',
  outcome_unknown: 'bad',
  denied: 'bad',
  expired: 'muted',
  cancelled: 'muted',
  allow: 'ok',
  deny: 'bad',
  hold: 'warn',
};

export function pill(text: string, tone: string | null = STATUS_TONE[text] ?? 'muted'): SafeHtml {
  return html`<span class="${cls('pill', tone && `pill-${tone}`)}">${text.replace(/_/g, ' ')}</span>`;
}

/** Environment name → tier (`production`, `staging`, `dev`, `sandbox`), where the page knows it. */
export type Tiers = Readonly<Record<string, string>>;

/**
 * Environment chips. A production environment is impossible to miss: a red chip with the word
 * PRODUCTION in it (an environment nobody can identify is decided as production and says so).
 */
export function envChips(envs: readonly string[], tiers: Tiers = {}): SafeHtml {
  if (envs.length === 0) return html`<span class="chip chip-unknown chip-prod" title="no known environment: decided as production">unknown <span class="tier">PRODUCTION</span></span>`;
  return html`${envs.map((e) => {
    const tier = tiers[e];
    if (tier === 'production') return html`<span class="chip chip-prod" title="${e} is a production environment">${e} <span class="tier">PRODUCTION</span></span>`;
    return html`<span class="${cls('chip', tier && `chip-${tier}`)}"${tier ? html` title="${e}: ${tier}"` : null}>${e}</span>`;
  })}`;
}

/** A past moment: "3 min ago", with the exact UTC time on hover and for machines. */
export function agoEl(at: number, now: number): SafeHtml {
  return html`<time datetime="${isoTime(at)}" title="${timestamp(at)}" data-ago>${ago(at, now)}</time>`;
}

/** A deadline: "57 min" left, or "expired". */
export function leftEl(until: number, now: number): SafeHtml {
  const soon = until - now < 10 * 60_000;
  return html`<time class="${cls(soon && 'soon')}" datetime="${isoTime(until)}" title="until ${timestamp(until)}" data-left>${timeLeft(until, now)}</time>`;
}

export function durationText(ms: number): string {
  return duration(ms);
}

export function empty(title: string, detail: string): SafeHtml {
  return html`<div class="empty"><p class="empty-title">${title}</p><p>${detail}</p></div>`;
}

/** A table that scrolls sideways on narrow screens instead of breaking the page. */
export function tableWrap(caption: string, inner: SafeHtml, opts: { captionHidden?: boolean; stackOnSmall?: boolean } = {}): SafeHtml {
  return html`<div class="table-wrap" role="region" aria-label="${caption}" tabindex="0"><table${opts.stackOnSmall ? html` class="stack-sm"` : null}>
  <caption${opts.captionHidden ? html` class="sr-only"` : ''}>${caption}</caption>${inner}</table></div>`;
}

export function pageHead(title: string, sub: SafeHtml | string | null = null, actions: SafeHtml | null = null): SafeHtml {
  return html`<div class="page-head"><div><h1>${title}</h1>${sub ? html`<p class="sub">${sub}</p>` : null}</div>${actions ? html`<div class="page-actions">${actions}</div>` : null}</div>`;
}

/** Text that may carry `backticked` names (the house style for messages): those become code spans. */
export function richText(text: string): SafeHtml {
  const parts = text.split('`');
  // An unbalanced backtick leaves the text as it is rather than guessing.
  if (parts.length % 2 === 0) return html`${text}`;
  return html`${parts.map((p, i) => (i % 2 ? html`<code class="code-tag">${p}</code>` : p))}`;
}

/** Long dotted, slashed or snake_case identifiers (resource addresses, ARNs) may break after a separator. */
export function breakable(text: string): SafeHtml {
  return html`${text.split(/(?<=[./:_])/).map((p, i) => (i ? html`<wbr>${p}` : p))}`;
}
