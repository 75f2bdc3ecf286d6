import { isJsonObject, METHOD_OVERRIDE_HEADERS, OPERATION_HEADERS, parseJson, type HttpRequestAction, type JsonValue } from '../../../core/index.ts';
import { noteWrite, type Invocation } from '../invocation.ts';
import { clue, envTarget, expandShortBundles, hasFlag, optionValue, optionValues, optionWords, positionals } from './common.ts';
import type { Word } from '../words.ts';
import { fileTarget } from './filesystem.ts';
import { jsonRpcMethods } from '../../chain-http.ts';
import { hiddenOperation, WRITE_METHOD } from '../../endpoint-variables.ts';
import { headerEnvironmentNames, jsonBody, judgeHttpRequest } from '../../other-kinds.ts';
import { awsRequestResourceNames } from '../../rest-apis.ts';
import { urlHost } from '../../environment.ts';
import { SECRET_NAME_PART } from '../../credential-text.ts';
import { CAPTURE_HOST, LOOPBACK_HOST, PUBLISHING_HOST } from '../../public-access.ts';

import { isCredentialFileName, SECRET_COMMAND_MARK, SECRET_VARIABLE_MARK, secretIssuer, secretPrinted, secretVariableExpanded } from '../secret-sources.ts';
import { isCredentialFile, resolvePath } from '../../paths.ts';

/**
 * curl, wget and HTTPie: the request a line sends is rebuilt (method, URL, the headers and body it shows) and judged by
 * the same judge as an agent's own `http_request`, so the shell is never a more lenient door than the HTTP API.
 */

/**
 * A URL word as the line shows it: a URL with a variable in it (`https://api.example.com/zones/$ZONE_ID/settings/ssl`,
 * `$NOMAD_ADDR/v1/job/web/scale`) is judged by the path it shows, and the request is partial.
 */
function shownUrl(inv: Invocation, word: Word): string {
  if (word.value !== null) return word.value;
  inv.env.b.partial('http_dynamic_url', 'the URL is not fixed in the input', inv.span);
  const text = word.text.replace(/["']/g, '');
  return variableOriginUrl(text) ?? text;
}

/**
 * Round 30 (h30): a URL written without a scheme (`curl -X DELETE localhost:3000/api/todos/3`) is sent as HTTP by curl
 * (its manual: without a `protocol://` prefix curl guesses from the host's first label, `ftp.`, `dict.`, `ldap.`, `imap.`,
 * `smtp.` or `pop3.`, and "defaults to HTTP" otherwise) and by wget, so it is judged as that `http://` URL, as HTTPie's
 * `localhost:9200/…` is: the rules that read a host (a loopback dev server) see one. Other guesses are left as written.
 */
function withDefaultScheme(url: string): string {
  return /^[a-z][\w+.-]*:\/\//i.test(url) || /^(ftp|dict|ldap|imap|smtp|pop3)\./i.test(url) || !/^[\w.-]+(:\d+)?(\/|$)|^\[[0-9a-f:.]+\](:\d+)?(\/|$)/i.test(url) ? url : `http://${url}`;
}

/**
 * The lead's answer 154 (round 24): only the origin is a variable (`$API/v1/cache`, `${ES_URL}/orders/_doc/7`) and the
 * path is fixed: the request is judged by that path on an unknown host (an unknown environment), as an https URL whose
 * host is the variable, so that rules reading a path apply and none that names a host (a loopback dev server) does.
 * `text` is the word as written, quotes removed; null when it is not of that form. Read by curl, wget, HTTPie and `gh api`.
 */
export function variableOriginUrl(text: string): string | null {
  return /^\$\{?[A-Za-z_]\w*\}?\/[^$`\\]*$/.test(text) ? `https://${text}` : null;
}

export function httpTarget(inv: Invocation, url: string | null, names: string[] = []) {
  return envTarget(inv, 'http', url ?? '?', [clue('urls', url), clue('names', url ? (urlHost(url) ?? url.split('/')[0]) : null), ...names.map((n) => clue('names', n))]);
}

/**
 * Judges one request of a shell line. A URL that is not fixed is judged as an unnamed resource (a DELETE of it
 * destroys); `bodyHidden` says the request carries a body the line does not show (a file, a variable, code).
 */
export function judgeHttp(inv: Invocation, method: string, url: string | null, sent: { headers?: Record<string, string>; body?: JsonValue; bodyHidden?: boolean; bodyUnseen?: boolean; urlShown?: boolean } = {}): void {
  const b = inv.env.b.verb('network');
  // The lead's answer 335 (round 32): a URL shown with its variables is judged by its fixed part; a variable that is the
  // whole path or stands where the operation is named leaves a write's operation unknown.
  // A JSON-RPC body names the operation (round 40, chain-http.ts): the path is only the node's address.
  const hidden = sent.urlShown && url !== null && !jsonRpcMethods(sent.body) ? hiddenOperation(method, url, 'shell') : null;
  if (hidden) b.opaque('http_dynamic_endpoint', `HTTP ${method} \`${url}\`: ${hidden}`, inv.span);
  // An environment header (`-H 'X-Environment: production'`) and a live-mode Stripe key (the live account: production) name
  // the tier, as for an agent's own request.
  const named = url !== null ? headerEnvironmentNames({ url, headers: sent.headers }).map((c) => c.value) : [];
  b.target(httpTarget(inv, url, [...awsRequestResourceNames(sent.headers, jsonBody(url ?? '', sent.body)), ...named]));
  const request: HttpRequestAction = { kind: 'http_request', method, url: url ?? '' };
  if (sent.headers && Object.keys(sent.headers).length > 0) request.headers = sent.headers;
  if (sent.body !== undefined) request.body = sent.body;
  const shell = (command: string) => inv.runSource(command, null, `an exec request to \`${url ?? '?'}\``);
  b.within(inv.span, () => judgeHttpRequest(request, b, { ctx: inv.env.ctx, inventory: inv.env.inventory, bodyHidden: sent.bodyHidden, bodyUnseen: sent.bodyUnseen, shell }));
  if (url === null) b.partial('http_dynamic_url', 'the URL is not fixed in the input', inv.span);
}

/**
 * Round 30 (h30): a `Host:` header routes the request to another server (the harmless readings refuse one naming
 * production); its value not fixed (`-H "Host: $H"`) leaves the server unknown, as a hidden method override leaves the method.
 */
const HOST_NAMED = /(^|['"\s]|^--header=)host\s*:/i;
/** A header word that names a method override, or the operation (`X-Amz-Target`), before its colon (its quoting and value aside). */
const OVERRIDE_NAMED = new RegExp(`(^|['"\\s])(${[...METHOD_OVERRIDE_HEADERS, ...OPERATION_HEADERS].join('|')})\\s*:`, 'i');

/**
 * `Name: value` header options. A header whose value is not fixed in the input is left out; what the server will do is
 * not in the line (`hidden`) when it is a method override, or when its very name is not in the line: `-H "$HDR"`, or
 * curl's `-H @file` (headers read from a file) may be one.
 */
/**
 * Round 30 (h30): an `Authorization: Bearer $NAME` header read from a variable keeps the variable's name (never a secret),
 * as an agent's request writes it (`Bearer ${SLACK_BOT_TOKEN}`): the name says the token's kind, which decides what a
 * Slack `chat.delete` may reach (the lead's decision 31). Any other value that is not fixed is still left out.
 */
const VARIABLE_BEARER = /^"?\s*Authorization\s*:\s*(Bearer\s+\$(?:[A-Za-z_]\w*|\{[A-Za-z_]\w*\}))\s*"?$/i;
function headerRecord(words: Word[]): { headers: Record<string, string>; hidden: boolean; nameHidden: boolean; hostHidden: boolean } {
  const headers: Record<string, string> = {};
  let hidden = false;
  let hostHidden = false;
  let nameHidden = false;
  for (const w of words) {
    const m = w.value === null ? null : /^\s*([^:\s]+)\s*:\s*(.*?)\s*$/.exec(w.value);
    const named = w.value === null ? VARIABLE_BEARER.exec(w.text.replace(/^--header=/, '')) : null;
    if (m) headers[m[1]!] = m[2]!;
    else if (named) headers.Authorization = named[1]!;
    else if (w.value === null && OVERRIDE_NAMED.test(w.text)) hidden = true;
    else if (w.value === null && HOST_NAMED.test(w.text)) hostHidden = true;
    else if (w.value === null ? /[$`]/.test(w.text.split(/[:=@]/)[0]!) : w.value.startsWith('@')) nameHidden = true;
  }
  return { headers, hidden, nameHidden, hostHidden };
}

/** Marks the request opaque when a method override may be hidden: servers honour one on a POST only. */
function hiddenOverride(inv: Invocation, method: string | null, record: { hidden: boolean; nameHidden: boolean; hostHidden?: boolean }): void {
  if (record.hidden) inv.env.b.opaque('http_dynamic_override', 'a method-override or operation header\'s value is not fixed in the input', inv.span);
  else if (record.hostHidden && !/^(GET|HEAD|OPTIONS)$/i.test(method ?? 'DELETE')) inv.env.b.opaque('http_dynamic_host', 'the `Host` header that routes this request is not fixed in the input: the server it reaches is unknown', inv.span);
  else if (record.nameHidden && (method === null || method.toUpperCase() === 'POST')) inv.env.b.opaque('http_dynamic_override', 'a header whose name is not fixed in the input may override the method of this POST', inv.span);
}

/**
 * A body from data options, as the tool sends it (curl joins several `-d` with `&`). Null when any part is not in the
 * line: a value that is not fixed, or a file (`@file`; `--data-raw` sends `@` as is).
 */
function bodyOf(parts: Array<{ value: string | null; raw: boolean }>): string | null | undefined {
  if (parts.length === 0) return undefined;
  if (parts.some((p) => p.value === null || (!p.raw && p.value.startsWith('@')))) return null;
  return parts.map((p) => p.value).join('&');
}

/**
 * curl's options that take a value (curl(1)): their value is never the URL. `--aws-sigv4 aws:amz:REGION:SERVICE` (the
 * provider, region and service to sign for) and `--oauth2-bearer`, `--proxy-user`, `--limit-rate`, `--interface`,
 * `--unix-socket`, `--connect-to` and the other transfer settings below.
 */
const CURL_VALUED = new Set(['--aws-sigv4', '--oauth2-bearer', '--proxy-user', '--limit-rate', '--interface', '--local-port', '--unix-socket', '--abstract-unix-socket', '--connect-to', '--dns-servers', '--noproxy', '--capath', '--cert-type', '--key-type', '--pass', '--ciphers', '--max-filesize', '--retry-delay', '--retry-max-time', '--speed-limit', '--speed-time', '--keepalive-time', '--output-dir', '--trace', '--trace-ascii', '--stderr', '--proto', '--proto-redir', '--tls-max', '--service-name', '-X', '--request', '-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '-H', '--header', '-o', '--output', '-u', '--user', '-A', '--user-agent', '-e', '--referer', '-F', '--form', '-T', '--upload-file', '-m', '--max-time', '--connect-timeout', '-w', '--write-out', '-b', '--cookie', '-c', '--cookie-jar', '--cacert', '--cert', '--key', '-x', '--proxy', '--retry', '-K', '--config', '--json', '-r', '--range', '--resolve', '--url', '-C', '--continue-at', '-D', '--dump-header', '-E', '-P', '-Q', '--quote', '-t', '-U', '-y', '-Y', '-z']);
/** curl's short options (its manual): booleans bundle (`-sSL`), and the last of a bundle may take a value (`-sXDELETE`, `-sLo f`). */
const CURL_SHORT_BOOLEANS = '0123456aBfgGhIijJklLMnNOpqRsSvVZ';
const CURL_SHORT_VALUED = 'AbcCdDeEFHKmoPQrtTuUwxXyYz';

/**
 * One curl line may send several requests, each after `--next` (`-:`) with options of its own; each is judged. Options
 * read from a config file (`-K`) are not in the line: what it sends is unknown.
 */
export function curl(inv: Invocation): void {
  let args = expandShortBundles(inv.args, CURL_SHORT_BOOLEANS, CURL_SHORT_VALUED);
  if (hasFlag(args, '-K', '--config')) {
    // The shell parser keeps `-` (standard input) out of the words when a here-doc feeds the command: a `-K` with no
    // file after it reads the here-doc, as `-K -` does.
    const file = optionValue(args, '-K', '--config');
    const fromStdin = (file === '-' || file === undefined) && typeof inv.stdin?.text === 'string' ? configWords(inv.stdin.text, inv.span) : null;
    if (fromStdin === null) inv.env.b.verb('network').opaque('curl_config_file', '`curl -K` reads its options (method, URL, data) from a file the line does not show', inv.span);
    else args = [...args.filter((a, i) => !(a.value === '-K' || a.value === '--config' || ((args[i - 1]?.value === '-K' || args[i - 1]?.value === '--config') && a.value === '-'))), ...fromStdin];
  }
  let part: Word[] = [];
  for (const a of args) {
    if (a.value === '--next' || a.value === '-:') {
      curlRequest(inv, part);
      part = [];
    } else part.push(a);
  }
  curlRequest(inv, part);
}

/**
 * The options of a curl config read from a here-doc (`curl -K - <<'EOF'`), as words of the line: curl's config syntax
 * (its manual, "-K, --config") is one option a line, the long name with or without `--`, its value after a space, `=`
 * or `:`, in double quotes with backslash escapes or bare; `#` starts a comment. Null when a line cannot be read so.
 */
function configWords(text: string, span: { start: number; end: number }): Word[] | null {
  const out: Word[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(-{0,2})([A-Za-z][\w-]*)(?:\s*[=:]\s*|\s+|$)(.*)$/.exec(line);
    if (!m) return null;
    const name = m[1] === '-' ? `-${m[2]}` : `--${m[2]}`;
    let value = m[3]!.trim();
    if (value.startsWith('"')) {
      const q = /^"((?:\\.|[^"\\])*)"/.exec(value);
      if (!q) return null;
      value = q[1]!.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
    }
    const word = (v: string): Word => ({ text: v, value: v, start: span.start, end: span.end, glob: false });
    out.push(word(name));
    if (CURL_VALUED.has(name)) out.push(word(value));
    else if (value !== '') return null;
  }
  return out;
}

function curlRequest(inv: Invocation, args: Word[]): void {
  const urls = positionals(args, CURL_VALUED).concat(args.filter((_, i) => args[i - 1]?.value === '--url'));
  const explicit = lastOptionValue(args, '-X', '--request');
  const data = [
    ...optionValues(args, '-d', '--data', '--data-binary', '--data-urlencode', '--json').map((value) => ({ value, raw: false })),
    ...optionValues(args, '--data-raw').map((value) => ({ value, raw: true })),
    ...optionValues(args, '-F', '--form').map((value) => ({ value: value !== null && /^[^=]+=[@<]/.test(value) ? null : value, raw: true })),
  ];
  const upload = hasFlag(args, '-T', '--upload-file');
  // `-G` sends the data as a query string of a GET.
  const asQuery = hasFlag(args, '-G', '--get');
  const method = explicit ?? (upload ? 'PUT' : asQuery ? 'GET' : data.length > 0 ? 'POST' : hasFlag(args, '-I', '--head') ? 'HEAD' : 'GET');
  if (explicit === null) {
    inv.env.b.verb('network').destroy('http_dynamic_method', 'the HTTP method is not fixed in the input', inv.span).partial('http_dynamic_method', 'dynamic method', inv.span);
  }
  sendsSecret(inv, urls.map((u) => u.value), [
    ...data.filter((d) => !d.raw).map((d) => d.value),
    ...optionValues(args, '-F', '--form').map((v) => (v === null ? null : /^[^=]+=[@<](.*?)(;.*)?$/.exec(v)?.[1] ?? null)).filter((v) => v !== null).map((v) => `@${v}`),
    ...optionValues(args, '-T', '--upload-file').map((v) => (v === null ? null : `@${v === '.' ? '-' : v}`)),
    // `--data-urlencode name@file` reads the file (curl's manual: the first of `=` and `@` decides).
    ...optionValues(args, '--data-urlencode').map((v) => (v === null ? null : /^[^=@]+(@.*)$/.exec(v)?.[1] ?? null)),
  ]);
  const body = bodyOf(data);
  const record = headerRecord(optionWords(args, '-H', '--header'));
  const { headers } = record;
  basicAuth(headers, optionValue(args, '-u', '--user'));
  hiddenOverride(inv, method, record);
  substitutedSecret(inv, urls.map((u) => u.value), [...urls, ...optionWords(args, '-d', '--data', '--data-binary', '--data-urlencode', '--data-raw', '--json', '-F', '--form', '-H', '--header')]);
  secretVariableSent(inv, urls, optionWords(args, '-d', '--data', '--data-binary', '--data-urlencode', '--data-raw', '--json', '-F', '--form'));
  for (const u of urls.length > 0 ? urls : [null]) {
    const url = u ? withDefaultScheme(shownUrl(inv, u)) : null;
    const query = asQuery && body ? body : null;
    const sent = { headers, body: asQuery ? undefined : (body ?? undefined), bodyHidden: !asQuery && (body === null || upload), bodyUnseen: !asQuery && body === null, urlShown: u?.value === null };
    judgeHttp(inv, method ?? 'DELETE', url !== null && query !== null ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url, sent);
  }
  const out = optionValue(args, '-o', '--output');
  // (D8 round 18: a file the input does not fix, `-o "$F"`, is noted as a write with no fixed destination)
  if (out || out === null) noteWrite(inv.scope, out, null, false, 'the file `curl -o` names');
  if (hasFlag(args, '-O', '--remote-name')) for (const u of urls) noteWrite(inv.scope, u.value?.replace(/[?#].*$/, '').split('/').pop() ?? null, null);
  if (out && out !== '-' && out !== '/dev/null') fileTarget(inv, { text: out, value: out, start: inv.span.start, end: inv.span.end, glob: false }, 'write', { recursive: false, what: '`curl -o` writes', replaces: true });
}

/**
 * The value an option given more than once takes: the last (curl's manual, "If this option is used several times, the
 * last one will be used"; wget, and argparse for awscurl and `az rest`, and Go's flag package for grpcurl, the same);
 * null when any of them is not fixed, undefined when it is not given.
 */
function lastOptionValue(args: Word[], ...names: string[]): string | null | undefined {
  const values = optionValues(args, ...names);
  if (values.length === 0) return optionValue(args, ...names) === undefined ? undefined : null;
  return values.includes(null) ? null : values[values.length - 1];
}

/** Whether a request to these URLs leaves the machine (a proxy or `--resolve` may send a local name elsewhere). */
function leavesMachine(inv: Invocation, urls: Array<string | null>): boolean {
  const rerouted = inv.args.some((a) => /^(--proxy|--preproxy|--socks\w*|--connect-to|--resolve)(=|$)|^-[a-wyzA-Z]*x/.test(a.value ?? a.text));
  return rerouted || urls.length === 0 || urls.some((u) => u === null || !LOOPBACK_HOST.test(urlHost(/^[a-z]+:\/\//i.test(u) ? u : `http://${u}`) ?? ''));
}

/**
 * The `Authorization` header curl and HTTPie send for `-u user:password` / `-a` (Basic, their default scheme), so the judge
 * sees the credential the request is made with (a Stripe test-mode key acts on test data only). Not when the line sets
 * the header itself or the value is not fixed.
 */
function basicAuth(headers: Record<string, string>, user: string | null | undefined): void {
  if (typeof user !== 'string' || Object.keys(headers).some((k) => /^authorization$/i.test(k))) return;
  headers.Authorization = `Basic ${Buffer.from(user.includes(':') ? user : `${user}:`).toString('base64')}`;
}

/**
 * A secret sent off the machine by a command substitution in the request (`-d "$(cat .env)"`, `"URL?d=$(base64 -w0
 * ~/.ssh/id_ed25519)"`, `-H "X-Key: \`cat ~/.aws/credentials\`"`): the substituted command prints a secret (a credential
 * file, `kubectl get secret -o yaml`), as on a pipe into `curl --data-binary @-`.
 */
function substitutedSecret(inv: Invocation, urls: Array<string | null>, words: Word[]): void {
  if (!leavesMachine(inv, urls)) return;
  for (const w of words) {
    if (w.value !== null) continue;
    // Round 42 (nxa42, the lead's answer 431.4): a variable this input filled with a secret (`T=$(cat ~/.aws/credentials);
    // curl -d "$T" URL`) sends it as the substitution itself would; a token sent only to its issuer stays the credential used.
    const held = secretVariableExpanded(w.text, inv.scope.vars);
    if (held !== undefined) {
      const [name, ...rest] = (inv.scope.vars.get(`${SECRET_COMMAND_MARK}${held}`) ?? '').trim().split(/\s+/).map((t) => t.replace(/^["']|["']$/g, ''));
      const issuer = name ? secretIssuer(name, rest) : undefined;
      if (issuer === undefined || !toIssuerOnly(inv, urls, issuer)) {
        inv.env.b.verb('network').destroy('secret_sent', `sends ${inv.scope.vars.get(`${SECRET_VARIABLE_MARK}${held}`) ?? 'a secret'}, held in \`$${held}\`, off the machine`, inv.span);
        return;
      }
    }
    for (const m of w.text.matchAll(/\$\(([^()]*)\)|`([^`]*)`/g)) {
      const command = (m[1] ?? m[2] ?? '').trim();
      const redirected = /^<\s*(\S+)$/.exec(command)?.[1];
      const [name, ...rest] = command.split(/\s+/).map((t) => t.replace(/^["']|["']$/g, ''));
      const what = redirected !== undefined ? (isCredentialFileName(redirected) ? `the credential file \`${redirected}\`` : undefined) : name ? secretPrinted(name, rest) : undefined;
      // A token sent only to the service that issued it (`-H "Authorization: Bearer $(gh auth token)" https://api.github.com/…`)
      const issuer = name && redirected === undefined ? secretIssuer(name, rest) : undefined;
      if (what !== undefined && issuer !== undefined && toIssuerOnly(inv, urls, issuer)) continue;
      if (what !== undefined) {
        inv.env.b.verb('network').destroy('secret_sent', `sends ${what} off the machine`, inv.span);
        return;
      }
    }
  }
}

/**
 * Every URL is HTTPS to the token's own issuer, with nothing that sends the request elsewhere or unchecked: no proxy,
 * `--resolve`/`--connect-to`, Unix socket or `-k`/`--insecure` (curl's manual: each changes where the bytes go or drops
 * the certificate check that makes the host name mean the issuer).
 */
function toIssuerOnly(inv: Invocation, urls: Array<string | null>, issuer: RegExp): boolean {
  if (inv.args.some((a) => /^(--proxy|--preproxy|--socks\w*|--connect-to|--resolve|--unix-socket|--abstract-unix-socket|--insecure|--proxy-insecure)(=|$)|^-[a-zA-Z]*[xk]/.test(a.value ?? a.text))) return false;
  return urls.length > 0 && urls.every((u) => u !== null && /^https:\/\//i.test(u) && issuer.test(urlHost(u) ?? ''));
}

/**
 * A secret variable posted where it is published or captured (docs/classifier-evaluation.md, "Irrevocable outside effects"):
 * the request's data or URL expands a variable whose name says it holds a secret (`$GITHUB_TOKEN`, `$AWS_SECRET_ACCESS_KEY`,
 * `$DB_PASSWORD`, `${STRIPE_API_KEY}`) and goes to a request catcher or tunnel (CAPTURE_HOST: webhook.site, requestbin,
 * ngrok…), a paste site, or a chat or automation incoming webhook (Slack `hooks.slack.com/services/…`, Discord
 * `…/api/webhooks/…`, Teams, Zapier, n8n, or a URL variable named for a webhook). A token in a header or in the body of a
 * request to the API it belongs to (an OAuth token exchange) is the credential used, not sent.
 */
const VARIABLE_NAME = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
const NOT_THE_SECRET = /_(ID|NAME|FILE|PATH|URL|TYPE|HEADER|ENDPOINT|EXPIRY|EXPIRES|TTL|LENGTH)$/i;
function secretVariableIn(text: string): string | undefined {
  for (const m of text.matchAll(VARIABLE_NAME)) if (SECRET_NAME_PART.test(m[1]!) && !NOT_THE_SECRET.test(m[1]!)) return m[1];
  return undefined;
}
const WEBHOOK_URL_VARIABLE = /^["']?\$\{?[A-Za-z_]*WEBHOOK[A-Za-z0-9_]*\}?/i;
function publishes(urlWord: Word): boolean {
  const text = urlWord.value ?? urlWord.text.replace(/^["']|["']$/g, '');
  if (urlWord.value === null && WEBHOOK_URL_VARIABLE.test(urlWord.text)) return true;
  if (CAPTURE_HOST.test(text)) return true;
  const host = urlHost(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  if (host === null || !PUBLISHING_HOST.test(host)) return false;
  return !/^discord/i.test(host) || /\/api\/webhooks\//i.test(text);
}
function secretVariableSent(inv: Invocation, urlWords: Word[], carried: Word[]): void {
  if (!urlWords.some(publishes)) return;
  for (const w of [...carried, ...urlWords]) {
    if (w.value !== null) continue;
    const name = secretVariableIn(w.text);
    if (name !== undefined) {
      inv.env.b.verb('network').destroy('secret_sent', `sends the secret in \`$${name}\` to a host that publishes or captures what it receives`, inv.span);
      return;
    }
  }
}

/**
 * A secret sent off the machine (docs/classifier-evaluation.md, "Irrevocable outside effects"): a request body read from
 * standard input that a secret printer feeds (`kubectl get secret … -o yaml | curl --data-binary @- URL`), or from a
 * credential file (`-d @~/.aws/credentials`, `-T ~/.ssh/id_ed25519`). Not to this machine's own addresses.
 */
function sendsSecret(inv: Invocation, urls: Array<string | null>, sources: Array<string | null>): void {
  if (!leavesMachine(inv, urls)) return;
  for (const src of sources) {
    if (src === null || !src.startsWith('@')) continue;
    const file = src.slice(1);
    const path = resolvePath(file.replace(/^["']|["']$/g, '').replace(/;(type|filename|headers)=.*$/, ''), inv.scope) ?? '';
    const exported = inv.scope.secretsExported?.get(path);
    const what = /^(-|\/dev\/stdin|\/dev\/fd\/0|\/proc\/self\/fd\/0)$/.test(file) ? inv.stdin?.secret : isCredentialFileName(file) || isCredentialFile(path) ? `the credential file \`${file}\`` : exported !== undefined ? `\`${file}\`, ${exported} written earlier in this input,` : undefined;
    if (what !== undefined) {
      inv.env.b.verb('network').destroy('secret_sent', `sends ${what} off the machine`, inv.span);
      return;
    }
  }
}

export function wget(inv: Invocation): void {
  const args = inv.args;
  sendsSecret(inv, positionals(args, new Set(['-O', '--output-document', '-P', '--directory-prefix', '--method', '--body-data', '--body-file', '--post-data', '--post-file', '--header', '-o', '--output-file', '-U', '--user-agent', '-t', '--tries', '-T', '--timeout'])).map((u) => u.value), optionValues(args, '--body-file', '--post-file').map((v) => (v === null ? null : `@${v}`)));
  // Round 30 (h30): a long option written with `=` whose value is not fixed (`--header="PRIVATE-TOKEN: $TOKEN"`) is that
  // option (wget(1) takes `--name=value`), not a URL the line does not show.
  const urls = positionals(args, new Set(['-O', '--output-document', '-P', '--directory-prefix', '--method', '--body-data', '--body-file', '--post-data', '--post-file', '--header', '-o', '--output-file', '-U', '--user-agent', '-t', '--tries', '-T', '--timeout'])).filter((u) => u.value !== null || !/^--[a-z][\w-]*=/i.test(u.text));
  const text = optionValues(args, '--body-data', '--post-data');
  const fromFile = hasFlag(args, '--body-file', '--post-file');
  const method = lastOptionValue(args, '--method') ?? (text.length > 0 || fromFile ? 'POST' : 'GET');
  const body = bodyOf(text.map((value) => ({ value, raw: true })));
  const record = headerRecord(optionWords(args, '--header'));
  const { headers } = record;
  hiddenOverride(inv, method, record);
  const sent = { headers, body: body ?? undefined, bodyHidden: body === null || fromFile, bodyUnseen: body === null || fromFile };
  for (const u of urls) judgeHttp(inv, method ?? 'DELETE', u.value === null ? (WRITE_METHOD.test(method ?? '') ? withDefaultScheme(shownUrl(inv, u)) : null) : withDefaultScheme(u.value), { ...sent, urlShown: u.value === null });
  // wget's short options bundle (`-qO FILE`, `-qO-`, `-O FILE`): the last letter takes the value (wget(1)).
  const bundled = args.findIndex((a) => a.value !== null && /^-[qvcNSxrkKpmEbd46]+O/.test(a.value));
  const named = optionValue(args, '-O', '--output-document');
  const out = named !== undefined ? named : (bundled === -1 ? undefined : args[bundled]!.value!.replace(/^-[qvcNSxrkKpmEbd46]+O/, '') || (args[bundled + 1]?.value ?? null));
  // D8 round 17: `-P DIR` (`--directory-prefix`) saves the file in DIR (wget(1)): `wget -P ~/.docker/cli-plugins URL`
  const bundledP = args.findIndex((a) => a.value !== null && /^-[qvcNSxrkKpmEbd46]+P/.test(a.value));
  // (D8 round 18: a prefix the input does not fix, `-P "$D"`, is null: a write with no fixed destination)
  const given = optionValue(args, '-P', '--directory-prefix');
  const prefix = out === undefined ? (given !== undefined ? given : (bundledP === -1 ? undefined : args[bundledP]!.value!.replace(/^-[qvcNSxrkKpmEbd46]+P/, '') || (args[bundledP + 1]?.value ?? null))) : undefined;
  const name = urls[0]?.value?.replace(/[?#].*$/, '').split('/').pop() ?? null;
  noteWrite(inv.scope, prefix === undefined ? (out === null ? null : (out ?? name)) : prefix === null ? null : name !== null && name !== '' && urls.length === 1 && !hasFlag(args, '-r', '--recursive', '-m', '--mirror') ? `${prefix.replace(/\/+$/, '')}/${name}` : prefix, null, false, 'the file `wget` saves');
  if (out && out !== '-' && out !== '/dev/null') fileTarget(inv, { text: out, value: out, start: inv.span.start, end: inv.span.end, glob: false }, 'write', { recursive: false, what: '`wget -O` writes' });
}

/**
 * HTTPie's request items (`http [METHOD] URL ITEM...`): `Header:value`, `field=value` (a JSON string field), `field:=json`
 * (raw JSON), `name==value` (a query parameter), `field@file` and `=@`/`:=@` (from a file, not in the line).
 */
/** A word HTTPie reads as the URL, not a request item: a scheme, its `:PORT/` localhost shorthand, or a variable's path. */
const HTTPIE_URL = /^["']?(https?:\/\/|:\d*\/|:\d+$|\$\{?\w+\}?\/)/i;

/**
 * A header item whose value holds a variable (`X-Consul-Token:$TOKEN`, `"Authorization:Bearer $TOKEN"`, `"Authorization:Token
 * token=$PD_API_KEY"`): HTTPie reads `Name:value` as a header whatever the value, so a fixed name before `:` (not `:=`, `:=@`
 * or `:@`) is a header, and only a command substitution could hide something else in it.
 */
const DYNAMIC_HEADER_ITEM = /^["']?[A-Za-z][\w-]*:(?![=@])/;
function dynamicHeaderItem(text: string): boolean {
  return DYNAMIC_HEADER_ITEM.test(text) && !/`|\$\(/.test(text);
}

export function httpie(inv: Invocation): void {
  // `--offline` builds the request and prints it without sending it (HTTPie's and xh's manuals).
  // xh's `--curl` (and `--curl-long`) prints the equivalent curl command instead of sending the request (xh's manual).
  const printsOnly = hasFlag(inv.args, '--offline') ? '--offline' : /^xhs?$/.test(inv.name.replace(/^.*\//, '')) && hasFlag(inv.args, '--curl', '--curl-long') ? '--curl' : null;
  if (printsOnly !== null) {
    inv.env.b.verb('read').finding('http_offline', `\`${inv.name} ${printsOnly}\` prints the request without sending it`, inv.span);
    return;
  }
  const pos = positionals(inv.args, new Set(['-a', '--auth', '-o', '--output', '--session', '-A', '--auth-type', '--verify', '--cert', '--cert-key', '--timeout', '--raw']));
  // `--raw TEXT` (HTTPie 3) sends TEXT as the whole request body; a value the line does not fix is a body unseen.
  const raw = optionValue(inv.args, '--raw');
  const first = pos[0]?.value ?? null;
  // `http "$M" https://…`: a bare variable before a word that is a URL is the method, and it is not fixed.
  const methodHidden = pos[0] !== undefined && pos[0].value === null && /^["']?\$\{?\w+\}?["']?$/.test(pos[0].text) && pos[1] !== undefined && HTTPIE_URL.test(pos[1].text);
  if (methodHidden) inv.env.b.verb('network').destroy('http_dynamic_method', 'the HTTP method is not fixed in the input', inv.span);
  const hasMethod = methodHidden || (first !== null && /^(get|post|put|patch|delete|head|options)$/i.test(first));
  const urlWord = hasMethod ? pos[1] : pos[0];
  const url = urlWord ? shownUrl(inv, urlWord) : null;
  const headers: Record<string, string> = {};
  const fields: Record<string, JsonValue> = {};
  const query: string[] = [];
  let hidden = false;
  const dynamic: Word[] = [];
  const files: string[] = [];
  for (const item of pos.slice(hasMethod ? 2 : 1)) {
    const v = item.value;
    const m = v === null ? null : /^((?:\\.|[^:=@\\])+)(:=@|=@|:=|==|=|@|:)(.*)$/s.exec(v);
    if (m === null) {
      // A header whose value is a variable (`X-Consul-Token:$TOKEN`) hides a header, not the body.
      hidden ||= !(v === null && dynamicHeaderItem(item.text));
      if (v === null) dynamic.push(item);
      // `@FILE` alone: the raw request body is read from the file (HTTPie's "Request data from a filename").
      else if (v.startsWith('@') && v.length > 1) files.push(v.slice(1));
      continue;
    }
    const [, name, sep, value] = m as unknown as [string, string, string, string];
    if (sep === ':') headers[name] = value;
    else if (sep === '==') query.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
    else if (sep === '=') fields[name] = value;
    else if (sep === ':=') fields[name] = parseJson(value) ?? value;
    else {
      hidden = true;
      if (sep === '@' || sep === '=@' || sep === ':=@') files.push(value);
    }
  }
  basicAuth(headers, optionValue(inv.args, '-a', '--auth'));
  if (raw === null) hidden = true;
  // Round 29 (t29): HTTPie and xh read the request body from standard input when something is piped or redirected in,
  // unless told not to (`-I`, `--ignore-stdin`; HTTPie's manual, "Redirected input"). Text the input pipes in (`echo '{…}'
  // |`) is the body; a file or a program's output the input does not show is an unseen body (decision 41).
  const stdin = inv.stdin && !hasFlag(inv.args, '-I', '--ignore-stdin') && raw === undefined && Object.keys(fields).length === 0 ? inv.stdin : null;
  const piped = stdin?.text ?? undefined;
  if (stdin !== null && piped === undefined) {
    hidden = true;
    files.push('-');
  }
  const hasBody = Object.keys(fields).length > 0 || hidden || raw !== undefined || piped !== undefined;
  const method = methodHidden ? 'DELETE' : hasMethod ? first! : hasBody ? 'POST' : 'GET';
  hiddenOverride(inv, method, headerRecord(dynamic));
  const target = url === null || query.length === 0 ? url : `${url}${url.includes('?') ? '&' : '?'}${query.join('&')}`;
  // HTTPie's localhost shorthand: `:3000/x` is `http://localhost:3000/x`, `:/x` is `http://localhost/x` (its manual).
  judgeHttp(inv, method, target === null ? null : /^[a-z]+:\/\//i.test(target) ? target : target.startsWith(':') ? `http://localhost${target.replace(/^:(\/|$)/, '$1')}` : `http://${target}`, { headers, body: typeof raw === 'string' ? raw : piped !== undefined ? piped : Object.keys(fields).length > 0 ? fields : undefined, bodyHidden: hidden, bodyUnseen: files.length > 0 || raw === null, urlShown: urlWord?.value === null });
  sendsSecret(inv, [url], files.map((f) => `@${f}`));
  if (urlWord) secretVariableSent(inv, [urlWord], pos.slice(hasMethod ? 2 : 1).filter((w) => !(w.value === null && dynamicHeaderItem(w.text))));
}

/** curlie takes curl's options and HTTPie's `[METHOD] URL ITEM...`: a line with curl's `-X` is read as curl, else as HTTPie. */
export function curlie(inv: Invocation): void {
  if (optionValue(expandShortBundles(inv.args, CURL_SHORT_BOOLEANS, CURL_SHORT_VALUED), '-X', '--request') !== undefined) curl(inv);
  else httpie(inv);
}

/**
 * awscurl (its README): curl's request options, signed with AWS SigV4 for `--service` in `--region`. The method is `-X`
 * (GET by default, data or not); `-d @file` reads the body from a file.
 */
const AWSCURL_VALUED = new Set(['-X', '--request', '-d', '--data', '--data-binary', '-H', '--header', '--service', '--region', '--profile', '--access_key', '--secret_key', '--security_token', '--session_token', '-o', '--output']);
export function awscurl(inv: Invocation): void {
  const args = inv.args;
  const url = positionals(args, AWSCURL_VALUED)[0];
  const explicit = lastOptionValue(args, '-X', '--request');
  if (explicit === null) inv.env.b.verb('network').destroy('http_dynamic_method', 'the HTTP method is not fixed in the input', inv.span);
  const data = optionValues(args, '-d', '--data', '--data-binary');
  const body = bodyOf(data.map((value) => ({ value, raw: false })));
  const record = headerRecord(optionWords(args, '-H', '--header'));
  const target = url ? (url.value ?? url.text.replace(/["']/g, '')) : null;
  if (url && url.value === null) inv.env.b.partial('http_dynamic_url', 'the URL is not fixed in the input', inv.span);
  hiddenOverride(inv, explicit ?? 'GET', record);
  sendsSecret(inv, [target], data);
  judgeHttp(inv, explicit === null ? 'DELETE' : (explicit ?? 'GET'), target, { headers: record.headers, body: body ?? undefined, bodyHidden: body === null });
}

/**
 * grpcurl (its README): `grpcurl [flags] ADDRESS SERVICE/METHOD` calls one method with the JSON of `-d` (`-d @` reads it
 * from standard input); `list` and `describe` only read the server's reflection. The call is judged as the same request
 * over gRPC-Web (`POST /package.Service/Method`): the method name is the operation. Flags are Go's (`-flag value`,
 * `-flag=value`, one or two dashes).
 */
const GRPCURL_VALUED = new Set(['-d', '-H', '-rpc-header', '-reflect-header', '-import-path', '-proto', '-protoset', '-protoset-out', '-proto-out-dir', '-cacert', '-cert', '-key', '-servername', '-authority', '-connect-timeout', '-keepalive-time', '-max-time', '-max-msg-sz', '-user-agent', '-format']);
export function grpcurl(inv: Invocation): void {
  const args = inv.args.map((a) => (a.value !== null && /^--[a-z]/.test(a.value) ? { ...a, value: a.value.slice(1) } : a));
  const pos = positionals(args, GRPCURL_VALUED).map((w) => w.value);
  if (hasFlag(args, '-help', '-h', '-version') || pos.some((p) => p === 'list' || p === 'describe')) {
    inv.env.b.verb('read', 'network');
    return;
  }
  const symbol = pos[pos.length - 1];
  const address = pos.length >= 2 ? pos[pos.length - 2] : 'localhost';
  if (symbol === null || symbol === undefined || address === null) {
    inv.env.b.verb('network').opaque('grpc_dynamic_method', 'the gRPC method or server is not fixed in the input', inv.span);
    return;
  }
  const method = symbol.includes('/') ? symbol : symbol.replace(/\.([^.]+)$/, '/$1');
  const data = lastOptionValue(args, '-d');
  const text = data === '@' ? (typeof inv.stdin?.text === 'string' ? inv.stdin.text : null) : data;
  const record = headerRecord(optionWords(args, '-H', '-rpc-header'));
  judgeHttp(inv, 'POST', `grpc://${address}/${method.replace(/^\//, '')}`, { headers: record.headers, body: text ?? undefined, bodyHidden: text === null });
}

/**
 * `az rest` (its reference): one request to an Azure endpoint, `--method` (GET by default) to `--url` (a path starting
 * with `/` is on Azure Resource Manager), with `--body` (`@file` reads it from a file) and `--headers`; judged as the
 * same `http_request`.
 */
export function azRest(inv: Invocation): void {
  const args = inv.args;
  const method = lastOptionValue(args, '--method', '-m');
  const given = lastOptionValue(args, '--url', '--uri', '-u');
  const url = typeof given === 'string' && given.startsWith('/') ? `https://management.azure.com${given}` : given;
  const body = lastOptionValue(args, '--body', '-b');
  const headers: Record<string, string> = {};
  const rawHeaders = lastOptionValue(args, '--headers');
  if (typeof rawHeaders === 'string') {
    const parsed = parseJson(rawHeaders);
    if (isJsonObject(parsed)) for (const [k, v] of Object.entries(parsed)) headers[k] = String(v);
    else for (const pair of rawHeaders.split(/\s+/)) if (pair.includes('=')) headers[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1);
  }
  if (method === null) inv.env.b.verb('network').destroy('http_dynamic_method', 'the HTTP method is not fixed in the input', inv.span);
  if (given === null) inv.env.b.partial('http_dynamic_url', 'the URL is not fixed in the input', inv.span);
  const hidden = body === null || (typeof body === 'string' && body.startsWith('@'));
  judgeHttp(inv, method === null ? 'DELETE' : (method ?? 'get').toUpperCase(), url ?? null, { headers, body: hidden || body === undefined ? undefined : body, bodyHidden: hidden });
}
