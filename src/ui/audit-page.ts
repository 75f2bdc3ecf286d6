import { agoEl, empty, pageHead, pill, tableWrap } from './components.ts';
import { prettyJson, shortDigest, timestamp } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { uiPaths } from './paths.ts';
import type { AuditEntryView, AuditVerification, AuditView, PageContext } from './view-models.ts';

/** The chain's verification status, said plainly, including what it does not prove (L7). */
export function verificationPanel(v: AuditVerification): SafeHtml {
  const cp = v.checkpoint
    ? html`Latest signed checkpoint covers <strong>${v.checkpoint.size}</strong> entries (root <span class="mono" title="${v.checkpoint.root}">${shortDigest(v.checkpoint.root)}</span>, key <span class="mono">${v.checkpoint.keyId}</span>, ${timestamp(v.checkpoint.ts)}).`
    : v.message
      ? html`${v.message}`
      : html`No signed checkpoint yet.`;
  if (v.status === 'ok') {
    return html`<section class="verify verify-ok" aria-live="polite"><h2><span aria-hidden="true">✓</span> Chain verified</h2>
      <p>${v.entries} entries recomputed from the start: every hash link and checkpoint signature matches. ${cp}</p>
      <p class="small">This proves the integrity of what was logged up to the last anchored checkpoint; it cannot prove that no entry after it was withheld.</p></section>`;
  }
  if (v.status === 'failed') {
    return html`<section class="verify verify-bad" role="alert"><h2><span aria-hidden="true">✕</span> Chain verification failed</h2>
      <p>${v.firstBad ? html`First bad position: entry <strong>#${v.firstBad.seq}</strong> — ${v.firstBad.problem}.` : null} ${v.message}</p>
      <p class="small">Entries from that position on cannot be trusted. Stop, preserve the database, and run <span class="mono">portcullis audit verify</span> against an exported checkpoint.</p></section>`;
  }
  return html`<section class="verify verify-unknown" role="status"><h2>Chain not verified</h2><p>${v.message}</p></section>`;
}

/** The audit browser: newest entries first, a page at a time, with the chain's status on top. */
export function renderAudit(ctx: PageContext, view: AuditView): SafeHtml {
  const filter = html`<form class="filter" method="get" action="${uiPaths.audit()}">
    <label for="audit-type">Type</label>
    <select id="audit-type" name="type"><option value="">all types</option>${view.types.map((t) => html`<option value="${t}"${t === view.type ? html` selected` : null}>${t}</option>`)}</select>
    <button type="submit" class="btn btn-quiet btn-small">Filter</button>
  </form>`;
  const rows = view.rows.map(
    (r) => html`<tr>
      <td class="num"><a href="${uiPaths.auditEntry(r.seq)}">#${r.seq}</a></td>
      <td class="nowrap">${agoEl(r.ts, ctx.now)}<div class="muted small">${timestamp(r.ts)}</div></td>
      <td><span class="mono">${r.type}</span>${r.effect ? html` ${pill(r.effect)}` : null}</td>
      <td class="mono">${r.actor}</td>
      <td class="wrap">${r.summary}</td>
    </tr>`,
  );
  const table = view.rows.length
    ? tableWrap('Audit entries, newest first', html`<thead><tr><th scope="col">Seq</th><th scope="col">Time</th><th scope="col">Type</th><th scope="col">Actor</th><th scope="col">Summary</th></tr></thead><tbody>${rows}</tbody>`, { captionHidden: true })
    : empty(view.type ? `No \`${view.type}\` entries.` : 'The audit log is empty.', 'Every decision, approval and brake change is recorded here before it takes effect.');
  const pager = html`<nav class="pager" aria-label="Audit pages">
    ${view.hasNewer ? html`<a class="btn btn-quiet btn-small" href="${uiPaths.audit({ type: view.type })}">Newest</a>` : null}
    ${view.older !== null ? html`<a class="btn btn-quiet btn-small" href="${uiPaths.audit({ type: view.type, before: view.older })}">Older →</a>` : null}
  </nav>`;
  return layout(ctx, { title: 'Audit', active: 'audit' }, html`${pageHead('Audit log', 'Hash-chained, append-only, signed checkpoints.', filter)}${verificationPanel(view.verification)}${table}${pager}`);
}

export function renderAuditEntry(ctx: PageContext, e: AuditEntryView): SafeHtml {
  const body = html`<p class="crumbs"><a href="${uiPaths.audit()}">← Audit log</a></p>
  ${pageHead(`Entry #${e.seq}`, html`<span class="mono">${e.type}</span> by <span class="mono">${e.actor}</span> · ${timestamp(e.ts)}`)}
  <section class="card"><dl class="kv">
    <div><dt>Id</dt><dd class="mono">${e.id}</dd></div>
    <div><dt>Sequence</dt><dd class="mono">${e.seq}</dd></div>
    ${e.leaf ? html`<div><dt>Leaf hash</dt><dd class="mono wrap">${e.leaf}</dd></div>` : null}
    ${e.chain ? html`<div><dt>Chain hash</dt><dd class="mono wrap">${e.chain}</dd></div>` : null}
  </dl>
  <p class="label">Body (as recorded)</p><pre class="code"><code>${prettyJson(e.body)}</code></pre></section>
  <nav class="pager" aria-label="Neighbouring entries">${e.seq > 1 ? html`<a class="btn btn-quiet btn-small" href="${uiPaths.auditEntry(e.seq - 1)}">← #${e.seq - 1}</a>` : null}<a class="btn btn-quiet btn-small" href="${uiPaths.auditEntry(e.seq + 1)}">#${e.seq + 1} →</a></nav>`;
  return layout(ctx, { title: `Audit #${e.seq}`, active: 'audit' }, body);
}
