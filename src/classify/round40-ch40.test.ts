/**
 * Round 40 (ch40): the blockchain operator's second pass. The lead's answers 419.23 (a GET carrying a JSON-RPC body is
 * read as the call it names: a server may take a GET; chain-http.ts `jsonRpcBodyOnGet`) and 419.25 (a PowerShell
 * `-Body $b` whose variable the input assigns once to a hashtable piped to `ConvertTo-Json` is that JSON-RPC body;
 * powershell/cmdlets.ts `assignedHashtableBody`). fix40-ch40.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonValue } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/ops/chain-ops', home: '/home/ops' });
const rpc = (method: string, params: JsonValue[] = []): JsonValue => ({ jsonrpc: '2.0', id: 1, method, params });
const get = (url: string, body: JsonValue): string => answer('http_request', { method: 'GET', url, body }).decision;
const win = batchAnswers({ cwd: 'C:\\Users\\ops', home: 'C:\\Users\\ops' });
const ps = (input: string): string => win('powershell', input).decision;

test('419.23: a GET with a JSON-RPC body is read as the call; reads, test chains and other bodies stay benign', () => {
  const node = 'http://10.20.0.5:8545';
  for (const m of ['eth_sendRawTransaction', 'debug_setHead', 'personal_unlockAccount', 'admin_stopHTTP']) assert.equal(get(node, rpc(m, ['0x1'])), 'destructive', m);
  assert.equal(get(node, [rpc('eth_blockNumber'), rpc('eth_sendRawTransaction', ['0x1'])]), 'destructive');
  for (const m of ['eth_blockNumber', 'eth_call', 'eth_getBalance']) assert.equal(get(node, rpc(m)), 'benign', m);
  assert.equal(get('https://eth-sepolia.g.alchemy.com/v2/${ALCHEMY_KEY}', rpc('eth_sendRawTransaction', ['0x1'])), 'benign');
  // No JSON-RPC shape (no `jsonrpc` or `id`, or no method string): not read as a call.
  assert.equal(get(node, { method: 'eth_sendRawTransaction' }), 'benign');
  assert.equal(get(node, { query: { match: { method: 'debug_setHead' } } }), 'benign');
});

test('419.25: -Body $b assigned once to a hashtable piped to ConvertTo-Json is the body; assigned twice it stays unseen', () => {
  const send = "$b = @{jsonrpc='1.0'; id='ops'; method='sendtoaddress'; params=@('bc1qxyz', 0.4)} | ConvertTo-Json; Invoke-RestMethod -Uri http://btc-node-01.internal:8332/wallet/hot -Method Post -Body $b -Credential $cred";
  assert.equal(ps(send), 'destructive');
  assert.equal(ps(send.replace('$b = @{', '$b = (@{').replace('ConvertTo-Json;', 'ConvertTo-Json);')), 'destructive');
  assert.equal(ps(send.replace('sendtoaddress', 'getbalance')), 'benign');
  assert.equal(ps(send.replace("method='sendtoaddress'", "method='stop'")), 'destructive');
  // Inline, as before.
  assert.equal(ps("Invoke-RestMethod -Uri http://btc-node-01.internal:8332/wallet/hot -Method Post -Body (@{jsonrpc='1.0'; id='ops'; method='sendtoaddress'; params=@('bc1qxyz', 0.4)} | ConvertTo-Json)"), 'destructive');
  // A second assignment: the table is not the body sent (left unseen, as any variable body).
  assert.notEqual(ps(send.replace('Invoke-RestMethod', '$b = $other; Invoke-RestMethod')), 'destructive');
});
