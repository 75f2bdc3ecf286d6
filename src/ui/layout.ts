import { html, trusted, type SafeHtml } from './html.ts';
import { uiPaths } from './paths.ts';
import type { PageContext } from './view-models.ts';

export type NavKey = 'queue' | 'audit' | 'agents' | 'brakes' | 'shadow' | null;

const LOGO = trusted(
  '<svg class="logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 3h18v3H3zM5 6h2v13l-1 2-1-2zM9.33 6h2v13l-1 2-1-2zM12.67 6h2v13l-1 2-1-2zM17 6h2v13l-1 2-1-2zM4 10h16v1.6H4zM4 14.5h16v1.6H4z" fill="currentColor"/></svg>',
);

/** A hidden CSRF field for a POST form. Every state-changing form carries one. */
export function csrfField(ctx: PageContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">`;
}

function nav(ctx: PageContext, active: NavKey): SafeHtml {
  const item = (key: NonNullable<NavKey>, href: string, label: string, badge: SafeHtml | null = null) =>
    html`<li><a href="${href}"${active === key ? html` aria-current="page"` : ''}>${label}${badge}</a></li>`;
  const badge = ctx.pending ? html` <span class="badge" aria-label="${ctx.pending} pending">${ctx.pending}</span>` : null;
  return html`<nav class="nav" aria-label="Main">
    <ul>
      ${item('queue', uiPaths.queue, 'Queue', badge)}
      ${item('audit', uiPaths.audit(), 'Audit')}
      ${item('agents', uiPaths.agents, 'Agents')}
      ${item('brakes', uiPaths.brakes, 'Kill switch')}
      ${item('shadow', uiPaths.shadow, 'Shadow report')}
    </ul>
  </nav>`;
}

function banner(ctx: PageContext): SafeHtml | null {
  const k = ctx.killSwitch;
  if (!k || (!k.global && k.agents.length === 0)) return null;
  const what = k.global ? 'The global kill switch is engaged: every agent decision is denied.' : `Frozen agents: ${k.agents.join(', ')}. Their decisions are denied.`;
  return html`<div class="killbanner" role="alert"><strong>Kill switch</strong> ${what} <a href="${uiPaths.brakes}">Manage</a></div>`;
}

/** F7: shadow mode lets denials through; nobody should miss that it is on. */
function shadowBanner(ctx: PageContext): SafeHtml | null {
  const s = ctx.shadow;
  if (!s || (!s.global && s.environments.length === 0)) return null;
  const where = s.global ? 'for every environment' : `for ${s.environments.join(', ')}`;
  return html`<div class="shadowbanner" role="alert" data-shadow="${s.global ? '*' : s.environments.join(',')}"><strong>Shadow mode is on</strong> ${where}: denials and holds there are recorded but let through (the never-rules and kill switches still enforce). <a href="${uiPaths.shadow}">Shadow report</a> · <a href="${uiPaths.brakes}">Turn it off</a></div>`;
}

/** The page shell: header, navigation, banners, then the page's own content. */
export function layout(ctx: PageContext, opts: { title: string; active: NavKey }, body: SafeHtml): SafeHtml {
  const v = ctx.viewer;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${opts.title} · Portcullis</title>
<link rel="stylesheet" href="${uiPaths.css}">
<script src="${uiPaths.js}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <div class="top-inner">
    <a class="brand" href="${uiPaths.home}">${LOGO}<span>Portcullis</span></a>
    ${v ? nav(ctx, opts.active) : null}
    ${v
      ? html`<form class="who" method="post" action="${uiPaths.signOut}">
          ${csrfField(ctx)}
          <span class="who-name" title="${v.id}">${v.name ?? v.id}</span>
          <button type="submit" class="btn btn-quiet btn-small">Sign out</button>
        </form>`
      : null}
  </div>
</header>
${banner(ctx)}
${shadowBanner(ctx)}
<main id="main" class="main" tabindex="-1">
${ctx.flash ? html`<div class="flash flash-${ctx.flash.kind}" role="${ctx.flash.kind === 'error' ? 'alert' : 'status'}">${ctx.flash.message}</div>` : null}
${body}
</main>
<footer class="foot"><span>Portcullis · times in UTC</span></footer>
</body>
</html>`;
}
