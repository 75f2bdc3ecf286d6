import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY } from '../core/index.ts';
import { classifyBatchLine, createClassifier, type Classifier } from './index.ts';

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

const run = (line: string) => JSON.parse(classifyBatchLine(line, classifier, EMPTY_INVENTORY));

test('one result per case with decision, environment, reason and facts', () => {
  const out = run(JSON.stringify({ id: 'k1', kind: 'kubernetes', input_type: 'command', input: 'kubectl delete ns payments', context: { kube_context: 'prod-cn-1' } }));
  assert.equal(out.id, 'k1');
  assert.equal(out.decision, 'destructive');
  assert.equal(out.targets_env, 'production');
  assert.match(out.reason, /^kubectl_delete: /);
  assert.equal(out.facts.destructive, true);
});

test('the reason names what the wrapped command does, not the package runner around it', () => {
  const out = run(JSON.stringify({ id: 'p', input_type: 'command', input: 'npx prisma migrate reset --force' }));
  assert.equal(out.decision, 'destructive');
  assert.match(out.reason, /^orm_reset: /);
});

test('opaque input is unknown, never benign', () => {
  assert.equal(run(JSON.stringify({ id: 2, input_type: 'command', input: 'echo x | base64 -d | sh' })).decision, 'unknown');
});

test('bad lines get an error line for their id', () => {
  assert.deepEqual(run('{"id": "b1", "input_type": "command", "input": 5}').error, { code: 'batch_input_invalid', message: '`input` must be a string for input_type `command`' });
  assert.equal(run('{"id": "b2", oops').id, 'b2');
  assert.equal(run('{"id": "b2", oops').error.code, 'batch_json_invalid');
  assert.equal(run('[1,2]').error.code, 'batch_line_invalid');
  assert.equal(run('{"id":"b3","input_type":"sql","input":"select 1","context":{"host":7}}').error.code, 'batch_context_invalid');
});

test('mcp_tool_call takes the tools/call params or the action\'s own shape; anything else is a clear error', () => {
  const call = (input: unknown, context = {}) => run(JSON.stringify({ id: 'm', input_type: 'mcp_tool_call', input, context }));
  const spec = call({ name: 'execute_sql', arguments: { query: 'DROP TABLE orders' } }, { mcp_server: 'postgres' });
  const own = call({ server: 'postgres', tool: 'execute_sql', arguments: { query: 'DROP TABLE orders' } });
  assert.equal(spec.decision, 'destructive');
  assert.deepEqual(own, spec);
  assert.equal(call({ server: 'github', tool: 'list_issues', arguments: { owner: 'acme', repo: 'shop' } }).decision, 'benign');
  assert.equal(call({ server: 'github', arguments: {} }).error.code, 'batch_input_invalid');
  assert.match(call({ tool: 5 }).error.message, /\{"server","tool","arguments"\}/);
});

test('http_request keeps a method override header and drops credentials (only headers that change the request enter the action)', () => {
  const line = (headers: Record<string, string>) => JSON.stringify({ id: 'h', input_type: 'http_request', input: { method: 'POST', url: 'https://api.example.org/v1/users/7', headers } });
  const out = run(line({ Authorization: 'Bearer s3cr3t', 'X-HTTP-Method-Override': 'DELETE' }));
  assert.equal(out.decision, 'destructive');
  assert.doesNotMatch(JSON.stringify(out), /s3cr3t/);
  assert.equal(run(line({ Authorization: 'Bearer s3cr3t' })).decision, 'benign');
});
