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

test('D8 round 12: `context.toolEnv` carries variable names and values, bounded; anything else is an issue', () => {
  const ok = parseDecisionRequest({ agent: 'kiro', action: { kind: 'shell', command: 'kubectl get pods' }, context: { searchPath: '/usr/bin', toolEnv: { KUBECONFIG: '/etc/kube/a.conf', XDG_CONFIG_HOME: '/home/k/.config' } } });
  assert.ok(ok.ok);
  assert.deepEqual(ok.value.context.toolEnv, { KUBECONFIG: '/etc/kube/a.conf', XDG_CONFIG_HOME: '/home/k/.config' });
  // npm's lower-case spelling (npm sets it for every script it runs) is a name too
  const lower = parseDecisionRequest({ agent: 'kiro', action: { kind: 'shell', command: 'npm ls' }, context: { toolEnv: { npm_config_userconfig: '/home/k/.npmrc' } } });
  assert.ok(lower.ok);
  for (const toolEnv of [{ 'not a name': 'x' }, { KUBECONFIG: 3 }, Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`V${i}`, 'x'])), 'KUBECONFIG=/x']) {
    const r = parseDecisionRequest({ agent: 'kiro', action: { kind: 'shell', command: 'ls' }, context: { toolEnv } });
    assert.equal(r.ok, false, JSON.stringify(toolEnv));
  }
});

test('http_request headers: an AWS JSON-protocol operation (X-Amz-Target) is kept, so the gate judges DeleteTable, not `POST /`; the SigV4 signature is dropped', () => {
  const r = parseDecisionRequest({ agent: 'kiro', action: { kind: 'http_request', method: 'POST', url: 'https://dynamodb.us-east-1.amazonaws.com/', headers: { 'X-Amz-Target': 'DynamoDB_20120810.DeleteTable', Authorization: 'AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261203/us-east-1/dynamodb/aws4_request, Signature=ab12', 'X-Amz-Date': '20261203T000000Z' }, body: { TableName: 'orders' } } });
  assert.ok(r.ok);
  assert.deepEqual(r.value.action, { kind: 'http_request', method: 'POST', url: 'https://dynamodb.us-east-1.amazonaws.com/', headers: { 'x-amz-target': 'DynamoDB_20120810.DeleteTable' }, body: { TableName: 'orders' } });
});
