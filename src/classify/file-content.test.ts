import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JsonValue } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { oneFileLoss } from './file-content.ts';

// The lead's answer 81 (round 21): one tracked workspace file deleted or emptied is an edit git holds, through every input type.

const answer = batchAnswers();
const decide = (inputType: string, input: JsonValue): string => answer(inputType, input).decision;

test('columnar data and JSON lines are lost, as the shell reads them; a source file is kept', () => {
  assert.equal(oneFileLoss('/home/dev/app/exports/orders.parquet', 'workspace', '/home/dev/app'), 'lost');
  assert.equal(oneFileLoss('/home/dev/app/events.jsonl', 'workspace', '/home/dev/app'), 'lost');
  assert.equal(oneFileLoss('/home/dev/app/src/old.ts', 'workspace', '/home/dev/app'), 'kept');
});

describe('an empty write answers as a delete of the same file', () => {
  test('a tracked workspace file: benign through file_write and a local MCP file tool', () => {
    assert.equal(decide('file_write', { path: 'src/legacy/router.ts', content: '' }), 'benign');
    assert.equal(decide('file_write', { path: 'src/legacy/router.ts', operation: 'delete' }), 'benign');
    assert.equal(decide('mcp_tool_call', { server: 'filesystem', tool: 'write_file', arguments: { path: '/home/dev/app/src/old.ts', content: '' } }), 'benign');
  });
  test('dotenv, data, outside the workspace, an escape or a remote repository: destructive', () => {
    for (const path of ['.env', '.env.local', 'data/app.db', 'events.jsonl', '../other/src/a.ts', 'src/../../notes.md', '/home/dev/notes.md', 'backups/orders.ts']) assert.equal(decide('file_write', { path, content: '' }), 'destructive', path);
    assert.equal(decide('mcp_tool_call', { server: 'filesystem', tool: 'write_file', arguments: { path: '/home/dev/app/.env', content: '' } }), 'destructive');
    assert.equal(decide('mcp_tool_call', { server: 'github', tool: 'create_or_update_file', arguments: { owner: 'acme', repo: 'web', path: '.github/CODEOWNERS', content: '', message: 'x', branch: 'main' } }), 'destructive');
    assert.equal(decide('mcp_tool_call', { server: 'github', tool: 'push_files', arguments: { owner: 'acme', repo: 'web', branch: 'main', message: 'x', files: [{ path: '.github/CODEOWNERS', content: '' }] } }), 'destructive');
  });
});
