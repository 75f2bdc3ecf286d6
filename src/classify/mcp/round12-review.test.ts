import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type McpToolCallAction } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';

// Round 12 review (branch r12c): MCP rules that made a delete benign, tried as an attacker would.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function mcp(server: string, tool: string, args: McpToolCallAction['arguments']) {
  return classifier.classify({ kind: 'mcp_tool_call', server, tool, arguments: args }, {}, EMPTY_INVENTORY);
}

test('F1 review r12c: a per-pull-request environment delete is benign only when every name it carries is a preview one', () => {
  for (const args of ([{ environmentName: 'master', env: 'pr-1' }, { spaceId: 'abc', name: 'master', env: 'pr-1' }, { id: 'production', dataset: 'pr-12' }] as McpToolCallAction['arguments'][])) {
    assert.equal(mcp('contentful', 'delete_environment', args).destructive, true, JSON.stringify(args));
  }
  // benign neighbours: the round-12 preview deletes, with a space or project beside the name
  for (const args of ([{ environmentId: 'pr-482-preview' }, { spaceId: 'abc', environmentId: 'pr-482-preview' }, { environmentName: 'pr-9' }] as McpToolCallAction['arguments'][])) {
    assert.equal(mcp('contentful', 'delete_environment', args).destructive, false, JSON.stringify(args));
  }
});
