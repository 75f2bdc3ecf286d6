import { agoEl, empty, pageHead, pill, tableWrap } from './components.ts';
import { prettyJson, shortDigest, timestamp } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { uiPaths } from './paths.ts';
import type { AuditEntryView, AuditRow, AuditVerification, AuditView, PageContext } from './view-models.ts';

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

/** `YYYY-MM-DDTHH:MM` in UTC, the value a `datetime-local` field shows. */
export function minuteUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

function auditRowHtml(ctx: PageContext, r: AuditRow): SafeHtml {
  return html`<tr>
      <td class="num" data-label="Seq"><a href="${uiPaths.auditEntry(r.seq)}">#${r.seq}</a></td>
      <td class="nowrap" data-label="Time">${agoEl(r.ts, ctx.now)}<div class="muted small">${timestamp(r.ts)}</div></td>
      <td data-label="Type"><span class="mono">${r.type}</span>${r.effect ? html` ${pill(r.effect)}` : null}</td>
      <td class="mono" data-label="Actor">${r.actor}</td>
      <td class="wrap" data-label="Summary">${r.summary}${r.requestId ? html` <a class="small" href="${uiPaths.request(r.requestId)}">request →</a>` : null}</td>
    </tr>`;
}

/**
 * Rows with consecutive MCP tool calls of one agent to one server folded into one row that opens
 * (a session of tool calls reads as one thing; a `<details>` needs no script).
 */
function foldedRows(ctx: PageContext, rows: AuditRow[]): SafeHtml[] {
  const out: SafeHtml[] = [];
  for (let i = 0; i < rows.length; ) {
    const key = rows[i]!.mcpSession;
    let j = i + 1;
    while (key !== null && j < rows.length && rows[j]!.mcpSession === key) j++;
    if (j - i < 3) {
      for (let k = i; k < j; k++) out.push(auditRowHtml(ctx, rows[k]!));
    } else {
      const group = rows.slice(i, j);
      const counts = { allow: 0, deny: 0, hold: 0 };
      for (const r of group) if (r.effect) counts[r.effect]++;
      out.push(html`<tr class="mcp-fold-row"><td colspan="5"><details class="mcp-fold"><summary><strong>MCP session</strong> <span class="mono">${key}</span>: ${group.length} tool calls, #${group.at(-1)!.seq}–#${group[0]!.seq} (${counts.allow} allowed, ${counts.hold} held, ${counts.deny} denied)</summary>
        <table class="nested"><tbody>${group.map((r) => auditRowHtml(ctx, r))}</tbody></table></details></td></tr>`);
    }
    i = j;
  }
  return out;
}

/** The audit browser: newest entries first, a page at a time, filterable, with the chain's status on top. */
export function renderAudit(ctx: PageContext, view: AuditView): SafeHtml {
  const f = view.filter;
  const q = { type: f.type, agent: f.agent, request: f.request, effect: f.effect, since: f.since !== null ? minuteUtc(f.since) : null, until: f.until !== null ? minuteUtc(f.until) : null };
  const filter = html`<form class="filter filter-grid" method="get" action="${uiPaths.audit()}" aria-label="Filter the audit log">
    <div><label for="audit-type">Type</label>
    <select id="audit-type" name="type"><option value="">all types</option>${view.types.map((t) => html`<option value="${t}"${t === f.type ? html` selected` : null}>${t}</option>`)}</select></div>
    <div><label for="audit-agent">Agent</label>
    <select id="audit-agent" name="agent"><option value="">all agents</option>${view.agents.map((a) => html`<option value="${a}"${a === f.agent ? html` selected` : null}>${a}</option>`)}</select></div>
    <div><label for="audit-effect">Decision</label>
    <select id="audit-effect" name="effect"><option value="">any</option>${(['allow', 'hold', 'deny'] as const).map((e) => html`<option value="${e}"${e === f.effect ? html` selected` : null}>${e}</option>`)}</select></div>
    <div><label for="audit-request">Request</label><input id="audit-request" name="request" type="text" value="${f.request ?? ''}" placeholder="req_…" spellcheck="false"></div>
    <div><label for="audit-since">From (UTC)</label><input id="audit-since" name="since" type="datetime-local" value="${q.since ?? ''}"></div>
    <div><label for="audit-until">To (UTC)</label><input id="audit-until" name="until" type="datetime-local" value="${q.until ?? ''}"></div>
    <div><button type="submit" class="btn btn-quiet btn-small">Filter</button></div>
  </form>`;
  const any = Object.values(q).some((v) => v);
  const table = view.rows.length
    ? tableWrap('Audit entries, newest first', html`<thead><tr><th scope="col">Seq</th><th scope="col">Time</th><th scope="col">Type</th><th scope="col">Actor</th><th scope="col">Summary</th></tr></thead><tbody>${foldedRows(ctx, view.rows)}</tbody>`, { captionHidden: true, stackOnSmall: true })
    : empty(any ? 'No entries match these filters.' : 'The audit log is empty.', 'Every decision, approval and brake change is recorded here before it takes effect.');
  const pager = html`<nav class="pager" aria-label="Audit pages">
    ${view.hasNewer ? html`<a class="btn btn-quiet btn-small" href="${uiPaths.audit(q)}">Newest</a>` : null}
    ${view.older !== null ? html`<a class="btn btn-quiet btn-small" href="${uiPaths.audit({ ...q, before: view.older })}">Older →</a>` : null}
    ${any ? html`<a class="btn btn-quiet btn-small" href="${uiPaths.audit()}">Clear filters</a>` : null}
  </nav>`;
  return layout(ctx, { title: 'Audit', active: 'audit' }, html`${pageHead('Audit log', 'Hash-chained, append-only, signed checkpoints.')}${filter}${verificationPanel(view.verification)}${table}${pager}`);
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
