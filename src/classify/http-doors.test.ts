import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY, httpActionHeaders, type ActionFacts, type HttpRequestAction, type JsonValue } from '../core/index.ts';
import { createClassifier, type Classifier } from './index.ts';

/**
 * One HTTP request, four doors: an agent's own `http_request`, the same request sent by curl or HTTPie in a shell line,
 * and an MCP tool that sends a request (`{method, url, body, headers}`). Each door must reach the same answer, so an agent cannot pick the lenient one (the shell judged every PUT as a
 * replacement and never read the harmless-URL table, so the two doors disagreed both ways).
 */

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

const ctx = { cwd: '/home/dev/app', home: '/home/dev' };
type Answer = 'destructive' | 'benign' | 'unknown';

function answer(f: ActionFacts): Answer {
  if (f.confidence === 'opaque') return 'unknown';
  return f.destructive ? 'destructive' : 'benign';
}

const viaApi = (r: Omit<HttpRequestAction, 'kind'>): Answer => answer(classifier.classify({ kind: 'http_request', ...r }, ctx, EMPTY_INVENTORY));
const viaShell = (command: string): Answer => answer(classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY));

const viaMcp = (r: Omit<HttpRequestAction, 'kind'>): Answer =>
  answer(classifier.classify({ kind: 'mcp_tool_call', server: 'http', tool: 'send_request', arguments: { ...r } as JsonValue as { [k: string]: JsonValue } }, ctx, EMPTY_INVENTORY));

const q = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

function curlLine(r: { method: string; url: string; headers?: Record<string, string>; body?: JsonValue }): string {
  const parts = ['curl', '-sS', '-X', r.method, q(r.url)];
  for (const [k, v] of Object.entries(r.headers ?? {})) parts.push('-H', q(`${k}: ${v}`));
  if (r.body !== undefined) parts.push('--data-raw', q(typeof r.body === 'string' ? r.body : JSON.stringify(r.body)));
  return parts.join(' ');
}

/** HTTPie sends a JSON object's top-level fields as items (`name=text`, `name:=json`). */
function httpieLine(r: { method: string; url: string; headers?: Record<string, string>; body?: JsonValue }): string | null {
  if (r.body !== undefined && (typeof r.body !== 'object' || r.body === null || Array.isArray(r.body))) return null;
  const parts = ['http', r.method, q(r.url)];
  for (const [k, v] of Object.entries(r.headers ?? {})) parts.push(q(`${k}:${v}`));
  for (const [k, v] of Object.entries(r.body ?? {})) parts.push(typeof v === 'string' ? q(`${k}=${v}`) : q(`${k}:=${JSON.stringify(v)}`));
  return parts.join(' ');
}

const REQUESTS: Array<{ name: string; expect: Answer; r: { method: string; url: string; headers?: Record<string, string>; body?: JsonValue } }> = [
  { name: 'a PUT that renames a record', expect: 'benign', r: { method: 'PUT', url: 'https://api.example.com/v1/projects/42', body: { name: 'billing', description: 'Billing service' } } },
  { name: 'a PUT that empties a document', expect: 'destructive', r: { method: 'PUT', url: 'https://api.example.com/v1/docs/7', body: {} } },
  { name: 'a DELETE of a repository', expect: 'destructive', r: { method: 'DELETE', url: 'https://api.github.com/repos/acme/shop' } },
  { name: 'a POST with a DELETE override header', expect: 'destructive', r: { method: 'POST', url: 'https://api.example.com/v1/users/9', headers: { 'X-HTTP-Method-Override': 'DELETE' } } },
  { name: 'a form POST with `_method=delete`', expect: 'destructive', r: { method: 'POST', url: 'https://app.example.com/posts/3', body: '_method=delete&confirm=1' } },
  { name: 'a GraphQL mutation that deletes', expect: 'destructive', r: { method: 'POST', url: 'https://api.linear.app/graphql', body: { query: 'mutation { issueDelete(id: "X-1", permanentlyDelete: true) { success } }' } } },
  { name: 'a GraphQL mutation that trashes (Linear `issueDelete`)', expect: 'benign', r: { method: 'POST', url: 'https://api.linear.app/graphql', body: { query: 'mutation { issueDelete(id: "X-1") { success } }' } } },
  { name: 'a resource paused by its state', expect: 'destructive', r: { method: 'PUT', url: 'https://gitlab.example.com/api/v4/runners/12', body: { paused: true } } },
  { name: 'a JSON-RPC transaction sent', expect: 'destructive', r: { method: 'POST', url: 'http://127.0.0.1:8545', body: { jsonrpc: '2.0', id: 1, method: 'eth_sendRawTransaction', params: ['0xf86c'] } } },
  { name: 'a GraphQL query', expect: 'benign', r: { method: 'POST', url: 'https://api.linear.app/graphql', body: { query: '{ issues { nodes { id title } } }' } } },
  { name: 'an Elasticsearch delete by query', expect: 'destructive', r: { method: 'POST', url: 'https://es.internal:9200/orders/_delete_by_query', body: { query: { match_all: {} } } } },
  { name: 'an Elasticsearch search', expect: 'benign', r: { method: 'POST', url: 'https://es.internal:9200/orders/_search', body: { query: { match: { status: 'paid' } } } } },
  // Answer 357.2 (round 35): a few deletes by literal id in a named index are narrowed; a wildcard index is not.
  { name: 'a bulk request with a delete line over a wildcard index', expect: 'destructive', r: { method: 'POST', url: 'https://es.internal:9200/_bulk', body: '{"delete":{"_index":"orders-*","_id":"1"}}\n' } },
  { name: 'a bulk request deleting one literal id', expect: 'benign', r: { method: 'POST', url: 'https://es.internal:9200/_bulk', body: '{"delete":{"_index":"orders","_id":"1"}}\n' } },
  { name: 'SQL sent to Databricks that drops a table', expect: 'destructive', r: { method: 'POST', url: 'https://dbc-1.cloud.databricks.com/api/2.0/sql/statements', body: { statement: 'DROP TABLE sales.orders', warehouse_id: 'w1' } } },
  { name: 'SQL sent to Databricks that reads', expect: 'benign', r: { method: 'POST', url: 'https://dbc-1.cloud.databricks.com/api/2.0/sql/statements', body: { statement: 'SELECT count(*) FROM sales.orders', warehouse_id: 'w1' } } },
  { name: 'a Kubernetes scale to zero', expect: 'destructive', r: { method: 'PATCH', url: 'https://k8s.prod:6443/apis/apps/v1/namespaces/shop/deployments/api/scale', headers: { 'Content-Type': 'application/merge-patch+json' }, body: { spec: { replicas: 0 } } } },
  { name: 'a Kubernetes server-side dry run of a delete', expect: 'benign', r: { method: 'DELETE', url: 'https://k8s.prod:6443/api/v1/namespaces/shop/pods/api-0?dryRun=All' } },
  { name: 'a cache purge of one URL', expect: 'benign', r: { method: 'PURGE', url: 'https://www.example.com/assets/app.css' } },
  { name: 'a GET', expect: 'benign', r: { method: 'GET', url: 'https://api.example.com/v1/orders?limit=10' } },
];

describe('one judge for every door: http_request, curl, HTTPie and an MCP HTTP tool agree', () => {
  for (const { name, expect, r } of REQUESTS) {
    test(name, () => {
      assert.equal(viaApi(r), expect, `http_request ${r.method} ${r.url}`);
      assert.equal(viaMcp(r), expect, `MCP send_request ${r.method} ${r.url}`);
      const c = curlLine(r);
      assert.equal(viaShell(c), expect, c);
      const h = httpieLine(r);
      if (h !== null) assert.equal(viaShell(h), expect, h);
    });
  }

  test('a body the line does not show is not read as harmless: a PUT of a file replaces the resource', () => {
    // The lead's decision 41 (round 18): a PUT or PATCH whose body is an unseen file is unknown; an upload stays destructive.
    assert.equal(viaShell('curl -X PUT https://api.example.com/v1/projects/42 -d @project.json'), 'unknown');
    assert.equal(viaShell('curl -T backup.tar https://files.example.com/dav/backup.tar'), 'destructive');
    assert.equal(viaShell('curl -X PUT https://api.example.com/v1/projects/42 -d "$BODY"'), 'unknown');
    assert.equal(viaShell('http PUT api.example.com/v1/projects/42 @project.json'), 'unknown');
    assert.equal(viaShell('wget --method=PUT --body-file=p.json https://api.example.com/v1/projects/42'), 'unknown');
  });

  test('wget sends its body and headers to the same judge', () => {
    assert.equal(viaShell(`wget -qO- --method=PUT --body-data='{"name":"billing"}' https://api.example.com/v1/projects/42`), 'benign');
    assert.equal(viaShell(`wget -qO- --header='X-HTTP-Method-Override: DELETE' --post-data='' https://api.example.com/v1/users/9`), 'destructive');
  });

  test('a method override padded with white space is kept by the door that keeps only action headers (gateway, batch)', () => {
    const padded = { 'X-HTTP-Method-Override': `${' '.repeat(300)}DELETE${' '.repeat(10)}` };
    assert.deepEqual(httpActionHeaders(padded), { 'x-http-method-override': 'DELETE' });
    const r = { method: 'POST', url: 'https://api.example.com/v1/users/9', headers: httpActionHeaders(padded)! };
    assert.equal(viaApi(r), 'destructive');
    assert.equal(viaMcp({ ...r, headers: padded }), 'destructive');
  });

  test('the kept key prefix reads as itself again (round 23): a gateway action re-read by the batch keeps its mode', () => {
    const kept = httpActionHeaders({ Authorization: 'Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc' })!;
    assert.deepEqual(kept, { authorization: 'Bearer sk_test_' });
    assert.deepEqual(httpActionHeaders(kept), kept);
    assert.deepEqual(httpActionHeaders({ authorization: 'Bearer xoxb-' }), { authorization: 'Bearer xoxb-' });
    assert.equal(viaApi({ method: 'DELETE', url: 'https://api.stripe.com/v1/customers/cus_T1', headers: httpActionHeaders(kept)! }), 'benign');
    assert.equal(viaApi({ method: 'DELETE', url: 'https://api.stripe.com/v1/customers/cus_L1', headers: { authorization: 'Bearer sk_live_' } }), 'destructive');
  });

  test('a header the line does not spell out may be a method override: unknown on a POST, ignored elsewhere', () => {
    assert.equal(viaShell('curl -X POST -H "X-HTTP-Method-Override: $M" https://api.example.com/v1/users/9'), 'unknown');
    assert.equal(viaShell('curl -X POST -H "$HDR" https://api.example.com/v1/users/9'), 'unknown');
    assert.equal(viaShell('curl -X POST -H @headers.txt https://api.example.com/v1/users/9'), 'unknown');
    assert.equal(viaShell('http POST https://api.example.com/v1/users/9 X-HTTP-Method-Override:$M'), 'unknown');
    assert.equal(viaShell('http POST https://api.example.com/v1/users/9 "$H":DELETE'), 'unknown');
    // The name is fixed and is not an override, or the request is not a POST: nothing is hidden.
    assert.equal(viaShell('curl -X POST -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/projects -d "{}"'), 'benign');
    assert.equal(viaShell('curl -H "$AUTH" https://api.example.com/v1/projects/42'), 'benign');
    assert.equal(viaShell('curl -H @headers.txt https://api.example.com/v1/projects/42'), 'benign');
    assert.equal(viaShell('http POST https://api.example.com/v1/projects name=$NAME'), 'benign');
  });
});
