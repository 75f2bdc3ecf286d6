import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDecisionRequest } from './request.ts';

test('http_request headers: a method override is kept, credentials never enter the action (its digest and the audit log)', () => {
  const r = parseDecisionRequest({ agent: 'kiro', action: { kind: 'http_request', method: 'POST', url: 'https://api.example.org/v1/users/7', headers: { Authorization: 'Bearer s3cr3t', Cookie: 'sid=1', 'X-HTTP-Method-Override': 'DELETE' } } });
  assert.ok(r.ok);
  assert.deepEqual(r.value.action, { kind: 'http_request', method: 'POST', url: 'https://api.example.org/v1/users/7', headers: { 'x-http-method-override': 'DELETE' } });
  const plain = parseDecisionRequest({ agent: 'kiro', action: { kind: 'http_request', method: 'GET', url: 'https://api.example.org/', headers: { Authorization: 'Bearer s3cr3t' } } });
  assert.ok(plain.ok);
  assert.equal(JSON.stringify(plain.value.action).includes('s3cr3t'), false);
  assert.equal('headers' in plain.value.action && plain.value.action.headers !== undefined, false);
});
