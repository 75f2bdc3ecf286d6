import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type McpToolCallAction } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier({ mcp: { mappings: [{ tool: 'do_it', server: 'ops', verbs: ['delete'], environmentArgument: 'cluster' }, { tool: 'sql', sqlArgument: 'text', dialect: 'mysql' }] } });
});

function mcp(tool: string, args: McpToolCallAction['arguments'], extra: Partial<McpToolCallAction> = {}) {
  return classifier.classify({ kind: 'mcp_tool_call', server: 'ops', tool, arguments: args, ...extra }, {}, EMPTY_INVENTORY);
}

test('configured mappings win, with the environment from an argument', () => {
  const f = mcp('do_it', { cluster: 'prod-eu' });
  assert.equal(f.destructive, true);
  assert.equal(f.targets.find((t) => t.kind === 'mcp')?.environment, 'production');
});

test('an argument carrying SQL goes to the SQL classifier', () => {
  assert.equal(mcp('sql', { text: 'DROP TABLE `x`' }).destructive, true);
  assert.equal(mcp('sql', { text: 'SELECT 1' }).destructive, false);
});

test('annotations and name verbs; an unexplained tool is unknown', () => {
  assert.equal(mcp('sync', {}, { annotations: { destructiveHint: true } }).destructive, true);
  assert.deepEqual(mcp('list_things', {}).verbs, ['read']);
  // A read-only hint never outvotes a destructive name.
  assert.equal(mcp('delete_things', {}, { annotations: { readOnlyHint: true } }).destructive, true);
  const unknown = mcp('frobnicate', {});
  assert.equal(unknown.confidence, 'opaque');
  assert.deepEqual(unknown.verbs, ['unknown']);
});

test('an exec tool named for a CLI runs its argv or command line in the container, not as the CLI\'s arguments', () => {
  const argv = mcp('docker_exec', { container: 'db', command: ['sh', '-c', 'rm -rf /data'] });
  assert.equal(argv.destructive, true);
  assert.ok(argv.findings.some((f) => f.code === 'critical_path' && f.message.includes('`/data`')), JSON.stringify(argv.findings));
  assert.equal(mcp('kubectl_exec', { pod: 'pg-0', command: 'sh -c "rm -rf /var/lib/postgresql/data"' }).destructive, true);
  assert.equal(mcp('docker_exec', { container: 'db', command: ['ls', '-la', '/data'] }).destructive, false);
  // A full CLI line is read as written.
  assert.equal(mcp('docker_exec', { command: 'docker exec web env' }).destructive, false);
});
