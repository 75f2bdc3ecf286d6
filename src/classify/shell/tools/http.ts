import { noteWrite, type Invocation } from '../invocation.ts';
import { clue, envTarget, hasFlag, optionValue, optionValues, positionals } from './common.ts';
import { fileTarget } from './filesystem.ts';
import { CACHE_PURGE_METHODS, READ_METHODS, destructiveEndpoint, harmlessHttpDelete, httpBodyEffects, jsonBody, outageEndpoint } from '../../other-kinds.ts';

/** curl, wget, httpie: DELETE and PUT change or remove a remote resource; URLs that name a destructive action too. */

export function httpTarget(inv: Invocation, url: string | null) {
  const host = url ? (/^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1] ?? url.split('/')[0]) : null;
  return envTarget(inv, 'http', url ?? '?', [clue('urls', url), clue('names', host)]);
}

export function judgeHttp(inv: Invocation, method: string, url: string | null): void {
  const b = inv.env.b.verb('network');
  b.target(httpTarget(inv, url));
  const m = method.toUpperCase();
  const harmless = m === 'DELETE' && url ? harmlessHttpDelete(url) : null;
  if (harmless) b.verb('delete').finding('http_delete_harmless', `HTTP DELETE \`${url}\`: ${harmless}`, inv.span);
  else if (m === 'DELETE') b.verb('delete').destroy('http_delete', `HTTP DELETE \`${url ?? '?'}\``, inv.span);
  else if (m === 'PUT') b.verb('write', 'replace').destroy('http_put', `HTTP PUT replaces \`${url ?? '?'}\``, inv.span);
  else if (m === 'POST' || m === 'PATCH') {
    b.verb('write');
    if (url && destructiveEndpoint(url)) b.verb('delete').destroy('http_destructive_endpoint', `HTTP ${m} to a destructive endpoint \`${url}\``, inv.span);
    else if (url && outageEndpoint(url)) b.destroy('service_outage', `HTTP ${m} \`${url}\` takes the service or index out of service`, inv.span);
  } else if (READ_METHODS.test(m)) b.verb('read');
  else if (CACHE_PURGE_METHODS.test(m)) b.verb('write');
  else b.verb('write').partial('http_unknown_method', `HTTP method \`${m}\``, inv.span);
  if (url === null) b.partial('http_dynamic_url', 'the URL is not fixed in the input', inv.span);
}

export function curl(inv: Invocation): void {
  const args = inv.args;
  const valued = new Set(['-X', '--request', '-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '-H', '--header', '-o', '--output', '-u', '--user', '-A', '--user-agent', '-e', '--referer', '-F', '--form', '-T', '--upload-file', '-m', '--max-time', '--connect-timeout', '-w', '--write-out', '-b', '--cookie', '-c', '--cookie-jar', '--cacert', '--cert', '--key', '-x', '--proxy', '--retry', '-K', '--config', '--json', '-r', '--range', '--resolve', '--url']);
  const urls = positionals(args, valued).concat(args.filter((_, i) => args[i - 1]?.value === '--url'));
  const explicit = optionValue(args, '-X', '--request');
  const hasBody = hasFlag(args, '-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '-F', '--form', '--json');
  const method = explicit ?? (hasFlag(args, '-T', '--upload-file') ? 'PUT' : hasBody ? 'POST' : hasFlag(args, '-I', '--head') ? 'HEAD' : 'GET');
  if (explicit === null) {
    inv.env.b.verb('network').destroy('http_dynamic_method', 'the HTTP method is not fixed in the input', inv.span).partial('http_dynamic_method', 'dynamic method', inv.span);
  }
  const bodies = optionValues(args, '-d', '--data', '--data-raw', '--data-binary', '--json', '--data-urlencode', '-F', '--form');
  const override = method !== null && method.toUpperCase() === 'POST' ? methodOverride(optionValues(args, '-H', '--header'), bodies) : null;
  for (const u of urls.length > 0 ? urls : [null]) judgeHttp(inv, override ?? method ?? 'DELETE', u ? u.value : null);
  const sent = override ?? method;
  for (const body of optionValues(args, '-d', '--data', '--data-raw', '--data-binary', '--json')) {
    for (const u of urls.length > 0 ? urls : [null]) judgeBody(inv, sent, u?.value ?? u?.text.replace(/["']/g, '') ?? null, body);
  }
  const out = optionValue(args, '-o', '--output');
  if (out) noteWrite(inv.scope, out, null);
  if (hasFlag(args, '-O', '--remote-name')) for (const u of urls) noteWrite(inv.scope, u.value?.replace(/[?#].*$/, '').split('/').pop() ?? null, null);
  if (out && out !== '-' && out !== '/dev/null') fileTarget(inv, { text: out, value: out, start: inv.span.start, end: inv.span.end, glob: false }, 'write', { recursive: false, what: '`curl -o` writes' });
}

export function wget(inv: Invocation): void {
  const args = inv.args;
  const urls = positionals(args, new Set(['-O', '--output-document', '-P', '--directory-prefix', '--method', '--body-data', '--header', '-o', '--output-file', '-U', '--user-agent', '-t', '--tries', '-T', '--timeout']));
  const method = optionValue(args, '--method') ?? (hasFlag(args, '--post-data', '--post-file') ? 'POST' : 'GET');
  for (const u of urls) judgeHttp(inv, method ?? 'DELETE', u.value);
  const out = optionValue(args, '-O', '--output-document');
  noteWrite(inv.scope, out ?? urls[0]?.value?.replace(/[?#].*$/, '').split('/').pop() ?? null, null);
  if (out && out !== '-' && out !== '/dev/null') fileTarget(inv, { text: out, value: out, start: inv.span.start, end: inv.span.end, glob: false }, 'write', { recursive: false, what: '`wget -O` writes' });
}

export function httpie(inv: Invocation): void {
  const pos = positionals(inv.args, new Set(['-a', '--auth', '-o', '--output', '--session', '-A', '--auth-type', '--verify', '--cert', '--cert-key', '--timeout']));
  const first = pos[0]?.value ?? null;
  const hasMethod = first !== null && /^[A-Za-z]+$/.test(first) && /^(get|post|put|patch|delete|head|options)$/i.test(first);
  const url = hasMethod ? (pos[1]?.value ?? null) : first;
  const items = pos.slice(hasMethod ? 2 : 1);
  const method = hasMethod ? first! : items.some((i) => /[^:]=|:=/.test(i.value ?? '')) ? 'POST' : 'GET';
  judgeHttp(inv, method, url);
  judgeBody(inv, method, url, httpieBody(items.map((i) => i.value)));
}

/**
 * The JSON object httpie sends for its request items: `name=text` is a string field, `name:=json` a raw JSON value;
 * headers (`Name:value`), query parameters (`name==value`) and files (`name@path`) are not body. Null when an item is
 * not fixed in the input or there is no field.
 */
function httpieBody(items: Array<string | null>): string | null {
  const body: Record<string, unknown> = {};
  for (const item of items) {
    if (item === null) return null;
    const raw = /^([^:=@\s]+):=(.*)$/s.exec(item);
    const text = raw ? null : /^([^:=@\s]+)=(?!=)(.*)$/s.exec(item);
    try {
      if (raw) body[raw[1]!] = JSON.parse(raw[2]!);
      else if (text) body[text[1]!] = text[2]!;
    } catch {
      return null;
    }
  }
  return Object.keys(body).length > 0 ? JSON.stringify(body) : null;
}

/**
 * What a request body destroys (`httpBodyEffects`, shared with `http_request` actions): a GraphQL mutation that deletes,
 * a safeguard turned off, a batch entry that deletes, ... For POST, PATCH and PUT; a body not fixed in the input adds nothing.
 */
function judgeBody(inv: Invocation, method: string | null, url: string | null, body: string | null): void {
  const m = (method ?? '').toUpperCase();
  if (body === null || (m !== 'POST' && m !== 'PATCH' && m !== 'PUT')) return;
  for (const fx of httpBodyEffects(m, url ?? '', jsonBody(url ?? '', body))) {
    if (fx.deletes) inv.env.b.verb('delete');
    inv.env.b.destroy(fx.code, `HTTP ${m} \`${url ?? '?'}\`: ${fx.why}`, inv.span);
  }
}

/**
 * A method override on a POST, honoured by Rack, Symfony/Laravel and ASP.NET (as for `http_request` actions): an
 * `X-HTTP-Method-Override` (`X-HTTP-Method`, `X-Method-Override`) header or a `_method` form field. A value that is not
 * fixed in the input (null) leaves the POST as it is.
 */
function methodOverride(headers: Array<string | null>, bodies: Array<string | null>): string | null {
  for (const h of headers) {
    const m = h === null ? null : /^\s*x-(http-method-override|http-method|method-override)\s*:\s*([A-Za-z]+)\s*$/i.exec(h);
    if (m) return m[2]!.toUpperCase();
  }
  for (const body of bodies) {
    const m = body === null ? null : /(^|&)_method=([A-Za-z]+)(&|$)/.exec(body.trim());
    if (m) return m[2]!.toUpperCase();
  }
  return null;
}

