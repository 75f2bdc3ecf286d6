/**
 * L3 end to end, in-process gate on a real store: an approved MCP tool call that outlives its
 * execution lease (900 ms here) is kept alive by the proxy's renewals and ends `succeeded`, not
 * `outcome_unknown`. The upstream tool (a real MCP SDK server, in memory) runs until the store shows
 * the lease renewed twice past the first one; every wait is for an event, bounded.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { createMcpProxy } from '../../src/adapters/mcp/index.ts';
import { localAgentGate, openRuntime, type Runtime } from '../../src/runtime/index.ts';
import { until } from '../helpers/until.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'portcullis-mcp-lease-'));
let runtime: Runtime;

before(async () => {
  const config = join(dir, 'portcullis.yaml');
  copyFileSync(join(ROOT, 'src', 'config', 'templates', 'demo.yaml'), config);
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^approvals:\n/m, 'approvals:\n  execution_lease: 900ms\n'));
  runtime = await openRuntime({ configPath: config, cwd: dir });
});
after(async () => {
  await runtime?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('L3 an approved MCP call that outlives its execution lease is renewed while it runs and ends succeeded', async () => {
  assert.equal(runtime.config.approvals.executionLeaseMs, 900);
  let release!: () => void;
  let running = false;
  const upstream = new McpServer({ name: 'infra', version: '1.0.0' });
  upstream.registerTool('run_sql', { description: 'run SQL', inputSchema: { sql: z.string() } }, async () => {
    running = true;
    await new Promise<void>((r) => (release = r));
    return { content: [{ type: 'text', text: '1 row updated' }] };
  });
  const [upClient, upServer] = InMemoryTransport.createLinkedPair();
  const [agentSide, proxySide] = InMemoryTransport.createLinkedPair();
  await upstream.connect(upServer);
  let requestId: string | undefined;
  const proxy = createMcpProxy({ downstream: proxySide, upstream: upClient, gate: localAgentGate(runtime, 'kiro', 'infra'), serverName: 'infra', pollMs: 5 });
  await proxy.start();
  const agent = new Client({ name: 'agent', version: '1.0.0' });
  await agent.connect(agentSide);
  try {
    const result = agent.callTool({ name: 'run_sql', arguments: { sql: "UPDATE accounts SET plan = 'pro' WHERE id = 7" } });
    // held (production, not in the inventory): approve it twice
    requestId = await until(async () => (await runtime.approvals.list()).find((r) => r.status === 'pending')?.id, 'the held request');
    const view = await runtime.approvals.show(requestId);
    for (const who of ['alice', 'bob']) await runtime.approvals.approve(requestId, (await runtime.identity.human(who))!, view.digest);
    await until(() => (running ? true : undefined), 'the upstream running the approved call');
    // the lease is renewed while the call runs, until a renewal made after the first lease would
    // have run out: the call has outlived one whole lease
    const first = (await runtime.approvals.show(requestId)).leaseUntil!;
    await until(async () => {
      const l = (await runtime.approvals.show(requestId!)).leaseUntil;
      return l !== null && l >= first + 900 ? l : undefined;
    }, 'a renewal past the first lease');
    assert.equal((await runtime.approvals.show(requestId)).status, 'executing');
    release();
    const r = await result;
    assert.deepEqual(r.content, [{ type: 'text', text: '1 row updated' }]);
    const end = await runtime.approvals.show(requestId);
    assert.deepEqual([end.status, end.leaseUntil], ['succeeded', null]);
  } finally {
    await proxy.close();
  }
});
