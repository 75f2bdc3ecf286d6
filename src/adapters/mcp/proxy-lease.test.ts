/**
 * L3: the MCP proxy keeps the execution lease of an approved call alive while the upstream runs it
 * (the rule `portcullis exec` follows: once before the call is forwarded, then every third of the
 * lease), stops when the upstream answers, and records the outcome before the agent sees it; a lease
 * that cannot be renewed forwards nothing. Real MCP SDK client and server, in memory; a stand-in gate;
 * the timers are the test's: renewals happen when the test fires them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { manualLeaseTimers } from '../../../test/helpers/lease-timers.ts';
import { PortcullisError } from '../../core/index.ts';
import type { AgentDecision, AgentGate } from '../../gateway/index.ts';
import { createMcpProxy } from './proxy.ts';

const approved: AgentDecision = { effect: 'allow', reasons: [], policies: [], requiredApprovals: 2, approverGroups: [], actionDigest: 'sha256:x', decisionId: 'aud_2', facts: null, requestId: 'req_1' } as unknown as AgentDecision;

async function setup(renew: () => Promise<{ leaseMs: number }>) {
  const log: string[] = [];
  let release!: () => void;
  let started = false;
  const server = new McpServer({ name: 'upstream', version: '1.0.0' });
  server.registerTool('deploy', { description: 'a long deploy' }, async () => {
    started = true;
    log.push('deploy ran');
    await new Promise<void>((r) => (release = r));
    return { content: [{ type: 'text', text: 'deployed' }] };
  });
  const [upClient, upServer] = InMemoryTransport.createLinkedPair();
  const [agentSide, proxySide] = InMemoryTransport.createLinkedPair();
  await server.connect(upServer);
  const gate: Pick<AgentGate, 'decide' | 'requestStatus' | 'reportOutcome' | 'neverAllowed' | 'renewLease'> = {
    decide: async () => approved,
    requestStatus: async () => Promise.reject(new Error('not asked')),
    neverAllowed: async () => false,
    renewLease: async (id) => {
      log.push(`renew ${id}`);
      return renew();
    },
    reportOutcome: async (o) => void log.push(`outcome ${o.requestId} ${o.outcome}`),
  };
  const { timers: leaseTimers, pending, fire } = manualLeaseTimers();
  const proxy = createMcpProxy({ downstream: proxySide, upstream: upClient, gate, serverName: 'infra', leaseTimers });
  await proxy.start();
  const agent = new Client({ name: 'agent', version: '1.0.0' });
  await agent.connect(agentSide);
  return { agent, proxy, log, pending, fire, started: () => started, release: () => release() };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 10_000 && !ok(); i++) await new Promise((r) => setImmediate(r));
  assert.ok(ok());
};

describe('L3 the MCP proxy keeps the execution lease of an approved call', () => {
  test('L3 renewed before forwarding, every third of the lease while the upstream runs, no longer once it answered; outcome before the result', async () => {
    const s = await setup(async () => ({ leaseMs: 3_000 }));
    try {
      const result = s.agent.callTool({ name: 'deploy', arguments: {} });
      await until(s.started);
      assert.deepEqual(s.log, ['renew req_1', 'deploy ran'], 'renewed once before the call was forwarded');
      for (let i = 0; i < 3; i++) {
        await until(() => s.pending.size === 1);
        assert.equal(s.fire(), 1_000, 'a third of the 3 s lease');
      }
      await until(() => s.pending.size === 1);
      s.release();
      const r = await result;
      assert.deepEqual(r.content, [{ type: 'text', text: 'deployed' }]);
      assert.equal(s.pending.size, 0, 'no renewal scheduled after the upstream answered');
      assert.deepEqual(s.log, ['renew req_1', 'deploy ran', 'renew req_1', 'renew req_1', 'renew req_1', 'outcome req_1 succeeded']);
    } finally {
      await s.proxy.close();
    }
  });

  test('L3 F1 a lease that cannot be renewed before forwarding forwards nothing: a tool error naming the request, outcome failed', async () => {
    const s = await setup(async () => {
      throw new PortcullisError('approval_refused', 'request req_1 is outcome_unknown');
    });
    try {
      const r = await s.agent.callTool({ name: 'deploy', arguments: {} });
      assert.equal(r.isError, true);
      assert.match((r.content as Array<{ text: string }>)[0]!.text, /^Portcullis could not decide this call and refused it \(fail closed\): nothing ran: the execution lease of request req_1 could not be renewed \(request req_1 is outcome_unknown\)/);
      assert.equal(s.started(), false);
      assert.deepEqual(s.log, ['renew req_1', 'outcome req_1 failed']);
      assert.equal(s.pending.size, 0);
    } finally {
      await s.proxy.close();
    }
  });

  test('L3 the proxy closing mid-call stops the renewals (the request then ends outcome_unknown)', async () => {
    const s = await setup(async () => ({ leaseMs: 3_000 }));
    const result = s.agent.callTool({ name: 'deploy', arguments: {} }).catch(() => 'closed');
    await until(s.started);
    await until(() => s.pending.size === 1);
    await s.proxy.close();
    assert.equal(s.pending.size, 0);
    s.release();
    await result;
  });
});
