/**
 * Round 34 (o34, blind34-incident): the classes built from the set's tuned misses at their edges (fix34-o34.yaml holds
 * the neighbours): a long option given the value `false` is switched off, both for the options that destroy
 * (`--prune=false`) and for those that make a line a dry run (`--dry-run=false`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

test('a long option given false is off: no prune, and no dry run', () => {
  for (const c of ['argocd app sync shop --prune=false', 'argocd app sync shop --prune=FALSE', 'kubectl apply -f deploy/ --prune=false', 'kubectl delete deploy web --dry-run=true', 'kubectl delete deploy web --dry-run=client']) assert.equal(decide(c), 'benign', c);
  for (const c of ['argocd app sync shop --prune', 'argocd app sync shop --prune=true', 'kubectl delete deploy web --dry-run=false', 'kubectl delete deploy web --dry-run=none', 'helm uninstall web --dry-run=false']) assert.equal(decide(c), 'destructive', c);
});

test("iptables: a filter chain's default policy set to ACCEPT opens it; DROP, OUTPUT and the nat table do not", () => {
  for (const c of ['iptables -P INPUT ACCEPT', 'iptables --policy FORWARD ACCEPT', 'ip6tables -t filter -P INPUT ACCEPT']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['iptables -P INPUT DROP', 'iptables -P OUTPUT ACCEPT', 'iptables -t nat -P PREROUTING ACCEPT', 'iptables -L INPUT -n']) assert.equal(decide(c), 'benign', c);
});

const decideSql = (sql: string): string => answer('sql', sql, { cwd: '/home/dev/app', home: '/home/dev', dialect: 'postgres' }).decision;

test('PostgreSQL: a role limited to 0 connections is cut off; one session named by its literal pid is a write', () => {
  for (const q of ['ALTER ROLE app CONNECTION LIMIT 0', 'ALTER USER app WITH LOGIN CONNECTION LIMIT 0', 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = 1 OR true', 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> 1', 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE backend_pid = 1']) assert.equal(decideSql(q), 'destructive', q);
  for (const q of ['ALTER ROLE app CONNECTION LIMIT 05', 'ALTER ROLE app CONNECTION LIMIT -1', 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = 31337', "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = 'shop' AND pid = 31337;"]) assert.equal(decideSql(q), 'benign', q);
});

test("an MCP monitor edit's options.silenced is read as the HTTP door reads it", () => {
  const mcp = (args: Record<string, unknown>): string => answer('mcp_tool_call', { server: 'datadog', name: 'update_monitor', arguments: { monitor_id: 1, ...args } } as never).decision;
  assert.equal(mcp({ options: { silenced: { '*': null } } }), 'destructive');
  assert.equal(mcp({ options: { silenced: { 'host:a': null } } }), 'destructive');
  assert.equal(mcp({ silenced: { '*': 1765059600 } }), 'destructive');
  assert.equal(mcp({ options: { silenced: { 'host:a': 1765059600 } } }), 'benign');
  assert.equal(mcp({ options: { silenced: {} } }), 'benign');
});
