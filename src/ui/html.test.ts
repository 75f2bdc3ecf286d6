import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, html, SafeHtml, trusted } from './html.ts';
import { breakable, richText } from './components.ts';
import { duration, shortDigest, timeLeft, timestamp } from './format.ts';

test('html escapes every interpolated string, in text and in attributes', () => {
  const hostile = `<script>alert("x")</script>' onmouseover='y' \``;
  const out = html`<p title="${hostile}">${hostile}</p>`.value;
  assert.equal(out, `<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;y&#39; &#96;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;y&#39; &#96;</p>`);
});

test('html nests templates without double escaping, joins arrays, drops null, undefined and false', () => {
  const inner = html`<b>${'a&b'}</b>`;
  assert.equal(html`<p>${inner}${['<i>', html`<i>ok</i>`]}${null}${undefined}${false}${0}</p>`.value, '<p><b>a&amp;b</b>&lt;i&gt;<i>ok</i>0</p>');
  assert.ok(inner instanceof SafeHtml);
});

test('html refuses to interpolate objects rather than print [object Object]', () => {
  assert.throws(() => html`${{ a: 1 } as unknown as string}`, { name: 'TypeError', message: 'html: cannot interpolate a value of type `object`' });
});

test('escapeHtml and trusted', () => {
  assert.equal(escapeHtml(`&<>"'\``), '&amp;&lt;&gt;&quot;&#39;&#96;');
  assert.equal(trusted('<br>').value, '<br>');
});

test('richText turns backticked names into code spans and still escapes them', () => {
  assert.equal(richText('needs `approvers` <b>').value, 'needs <code class="code-tag">approvers</code> &lt;b&gt;');
  assert.equal(richText('x `<img src=x onerror=alert(1)>` y').value, 'x <code class="code-tag">&lt;img src=x onerror=alert(1)&gt;</code> y');
  assert.equal(richText('unbalanced ` tick').value, 'unbalanced &#96; tick');
});

test('breakable adds break opportunities after separators only', () => {
  assert.equal(breakable('module.a_b/<c>').value, 'module.<wbr>a_<wbr>b/<wbr>&lt;c&gt;');
});

test('format helpers', () => {
  assert.equal(duration(42_000), '42 s');
  assert.equal(duration(3 * 60_000 + 5_000), '3 min');
  assert.equal(duration(65 * 60_000), '1 h 5 min');
  assert.equal(duration(51 * 3_600_000), '2 d 3 h');
  assert.equal(timeLeft(1000, 2000), 'expired');
  assert.equal(timestamp(Date.UTC(2025, 11, 4, 9, 30, 12)), '2025-12-04 09:30:12 UTC');
  assert.equal(shortDigest('sha256:3f2a6b0c9d8e7f6a5b4c3d2e1f0a9b8c'), 'sha256:3f2a6b0c…0a9b8c');
  assert.equal(shortDigest('short'), 'short');
});
