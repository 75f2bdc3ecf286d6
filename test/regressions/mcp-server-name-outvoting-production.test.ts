/**
 * Regression: an MCP server whose name matched a dev environment (`dev-tools` ~ `dev-*`) placed
 * `delete_environment {name: "prod-cn-1"}` in dev, and the call was allowed. The most severe
 * environment among all clues now wins (F1: worst case).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { parseConfig } from '../../src/config/index.ts';
import { createClassifier } from '../../src/classify/index.ts';

const demo = parseConfig(readFileSync(new URL('../../src/config/templates/demo.yaml', import.meta.url), 'utf8'), '/etc/p/portcullis.yaml');
assert.ok(demo.ok);
const inventory = demo.value.config.inventory;

it('F1: an MCP call naming a production environment is about production, whatever the server is called', async () => {
  const classifier = await createClassifier();
  const facts = classifier.classify({ kind: 'mcp_tool_call', server: 'dev-tools', tool: 'delete_environment', arguments: { name: 'prod-cn-1' }, annotations: { destructiveHint: true } }, {}, inventory);
  assert.equal(facts.destructive, true);
  assert.deepEqual(facts.targets.map((t) => t.environment), ['prod-cn-1']);
  const dev = classifier.classify({ kind: 'mcp_tool_call', server: 'dev-tools', tool: 'delete_environment', arguments: { name: 'dev-scratch' }, annotations: { destructiveHint: true } }, {}, inventory);
  assert.deepEqual(dev.targets.map((t) => t.environment), ['dev-sandbox']);
});
