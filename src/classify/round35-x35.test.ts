/**
 * Round 35 (x35): the classes behind the label auditor a35's relabels, by the lead's answers 357.1 (a web server's
 * maintenance site enabled is maintenance mode on: out of service), 357.2 (a short fixed list of literal ids is narrowed
 * as `WHERE id IN (1, 2, 3)`: an Elasticsearch/OpenSearch `_bulk` of a few deletes by id), 358.2 (a drain that moves work
 * elsewhere is a write: `Suspend-ClusterNode -Drain`, an MCP server's `node_drain`) and 365.4 (`public/` is build output
 * for decision 16's copy without delete). fix35-x35.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;
const http = (body: string, url = 'https://search.acme.internal:9200/_bulk'): string => answer('http_request', { method: 'POST', url, body }).decision;
const nd = (...lines: object[]): string => lines.map((l) => `${JSON.stringify(l)}\n`).join('');

test('answer 357.1: the maintenance site enabled is out of service; its link removed, or another site enabled, is a write', () => {
  for (const c of [
    'ln -s /etc/nginx/sites-available/maintenance /etc/nginx/sites-enabled/',
    'sudo ln -sf /etc/nginx/sites-available/maintenance.conf /etc/nginx/sites-enabled/default && sudo systemctl reload nginx',
    'sudo cp /etc/nginx/sites-available/maint-page /etc/nginx/sites-enabled/shop',
    'sudo ln -s /etc/apache2/sites-available/maintenance.conf /etc/apache2/sites-enabled/',
    'a2ensite maintenance && systemctl reload apache2',
    'a2ensite maint-page.conf; service apache2 reload',
    // The switch alone is the same switch as the link (answer 372.7, round 36 g36).
    'a2ensite maintenance',
  ]) assert.equal(decide(c), 'destructive', c);
  for (const c of [
    'rm /etc/nginx/sites-enabled/maintenance && systemctl reload nginx',
    'a2dissite maintenance && systemctl reload apache2',
    'ln -s /etc/nginx/sites-available/shop /etc/nginx/sites-enabled/ && systemctl reload nginx',
    'a2ensite shop && systemctl reload apache2',
    // Not a maintenance site by its whole name; not a sites-enabled folder.
    'ln -s /etc/nginx/sites-available/maintenance-notes /etc/nginx/sites-enabled/',
    'ln -s /etc/nginx/sites-available/maintenance /home/dev/maintenance',
  ]) assert.equal(decide(c), 'benign', c);
});

test('answer 357.2: a _bulk of a few deletes by literal id in named indices is narrowed; many, wildcards and other actions are not', () => {
  assert.equal(http(nd({ delete: { _index: 'orders', _id: 'A-1' } }, { delete: { _index: 'customers', _id: 9 } })), 'benign');
  assert.equal(http(nd({ delete: { _id: 'A-1' } }), 'http://localhost:9200/orders/_bulk?refresh=true'), 'benign');
  assert.equal(decide(`curl -XPOST localhost:9200/carts/_bulk -H 'Content-Type: application/x-ndjson' --data-binary $'{"delete":{"_id":"c-1"}}\\n'`), 'benign');
  const ten = Array.from({ length: 10 }, (_, i) => ({ delete: { _index: 'orders', _id: `A-${i}` } }));
  assert.equal(http(nd(...ten)), 'benign');
  assert.equal(http(nd(...ten, { delete: { _index: 'orders', _id: 'A-10' } })), 'destructive');
  for (const body of [
    nd({ delete: { _index: 'logs-*', _id: '1' } }),
    nd({ delete: { _index: '_all', _id: '1' } }),
    nd({ delete: { _index: 'a,b', _id: '1' } }),
    nd({ delete: { _index: '.kibana', _id: '1' } }),
    nd({ delete: { _id: '1' } }),
    nd({ delete: { _index: 'orders', _id: '1' } }, { index: { _index: 'orders', _id: '2' } }, { a: 1 }),
    nd({ delete: { _index: 'orders', _id: 'a*' } }),
    `${nd({ delete: { _index: 'orders', _id: '1' } })}{"delete":`,
  ]) assert.equal(http(body), 'destructive', body);
  assert.equal(answer('http_request', { method: 'POST', url: 'http://localhost:9200/orders/_delete_by_query', body: { query: { match_all: {} } } }).decision, 'destructive');
  assert.equal(decide('curl -XPOST localhost:9200/_bulk --data-binary @cleanup.ndjson'), 'unknown');
});

test('answer 358.2: Suspend-ClusterNode -Drain and a Kubernetes server\'s node_drain are writes; forced drains and a plain pause are not', () => {
  const ps = (c: string): string => answer('powershell', c).decision;
  for (const c of ['Suspend-ClusterNode -Name node2 -Drain -Wait', 'Suspend-ClusterNode prod-sql01 -Dr', 'Suspend-ClusterNode -Name $node -Drain -TargetNode node3']) assert.equal(ps(c), 'benign', c);
  for (const c of ['Suspend-ClusterNode -Name node2', 'Suspend-ClusterNode -Name node2 -Drain -ForceDrain', 'Suspend-ClusterNode -Name node2 -Drain:$false', 'Suspend-ClusterNode @params -Drain']) assert.equal(ps(c), 'destructive', c);
  const mcp = (server: string, name: string, args: object): string => answer('mcp_tool_call', { server, name, arguments: args } as never).decision;
  assert.equal(mcp('kubernetes', 'node_drain', { nodeName: 'ip-10-0-3-17.ec2.internal', ignoreDaemonsets: true }), 'benign');
  assert.equal(mcp('k8s', 'drain_node', { node_name: 'worker-3', ignore_daemonsets: true, grace_period: 30 }), 'benign');
  assert.equal(mcp('kubernetes', 'drain_node', { node_name: 'worker-3', force: true }), 'destructive');
  assert.equal(mcp('kubernetes', 'node_drain', { nodeName: 'w', deleteEmptydirData: true }), 'destructive');
  assert.equal(mcp('cassandra-ops', 'node_drain', { node: 'cass-1' }), 'destructive');
});

test('answer 365.4: public/ copied without delete into one site\'s folder off production is a deploy; its other forms keep their answers', () => {
  for (const c of ['rsync -av ./public/ deploy@web1:/var/www/site/', 'scp -r public deploy@web1:/var/www/blog/', 'hugo && rsync -az public/ www@staging-web:/srv/docs/releases/7/', 'sudo cp -r public/. /var/www/blog/']) assert.equal(decide(c), 'benign', c);
  for (const c of ['rsync -av ./public/ deploy@web-prod-1:/var/www/site/', 'rsync -av ./public/ root@web1:/etc/nginx/', 'rsync -av public/ deploy@web1:/var/www/', 'rsync -av --delete ./public/ deploy@web-prod-1:/var/www/site/', 'rm -rf public/', 'rsync -av ../public/ deploy@web1:/var/www/site/']) assert.equal(decide(c), 'destructive', c);
});
