/**
 * The MCP proxy end to end: a real MCP SDK client talks through `portcullis mcp` to a real MCP
 * server built with the SDK (test/e2e/mcp-fixture-server.ts), over stdio (the real binary) and over
 * streamable HTTP (the proxy in-process, the upstream on a real socket). The same scenario runs on
 * both: allowed results are the upstream's, deep-equal; denied and held calls are isError results
 * naming reason, decision and request; hidden tools are absent; resources and prompts pass through.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { Decision } from '../../src/core/index.ts';
import { localAgentGate, openRuntime } from '../../src/runtime/index.ts';
import { startServer, type RunningServer } from '../../src/host/index.ts';
import { startHttpProxy } from '../../src/adapters/mcp/index.ts';
import type { AgentGate } from '../../src/gateway/index.ts';
import type { Runtime } from '../../src/runtime/runtime.ts';
import { serveFixtureHttp } from './mcp-fixture-server.ts';
import { NODE } from '../helpers/cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'portcullis');
const FIXTURE = join(import.meta.dirname, 'mcp-fixture-server.ts');
const SERVER = 'infra'; // not in the inventory: targets resolve from the arguments, else production

const dir = mkdtempSync(join(tmpdir(), 'portcullis-mcp-'));
const config = join(dir, 'portcullis.yaml');
let runtime: Runtime;

before(async () => {
  copyFileSync(join(ROOT, 'src', 'config', 'templates', 'demo.yaml'), config);
  writeFileSync(
    join(dir, 'no-drop.cedar'),
    '@id("kiro-never-drops-databases")\n@reason("kiro may never drop databases")\nforbid (principal == Portcullis::Agent::"kiro", action, resource)\nwhen { context.tool == "drop_database" };\n',
  );
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^policies: \[default\]$/m, 'policies: [default, ./no-drop.cedar]'));
  runtime = await openRuntime({ configPath: config, cwd: dir });
});
after(async () => {
  await runtime?.close();
  rmSync(dir, { recursive: true, force: true });
});

type CallResult = Awaited<ReturnType<Client['callTool']>>;

async function connect(transport: Transport): Promise<Client> {
  const client = new Client({ name: 'e2e-agent', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

async function decisionOf(id: string): Promise<Decision & { effect: string }> {
  const rows = await runtime.store.read((tx) => tx.auditRange(1, 100_000));
  const row = rows.find((r) => r.id === id);
  assert.ok(row, `audit entry ${id} exists`);
  return (JSON.parse(row.body) as { body: Decision }).body;
}

const textOf = (r: CallResult) => ((r.content as { text: string }[])[0]!.text);

async function expectDenied(r: CallResult, tool: string): Promise<void> {
  assert.equal(r.isError, true);
  assert.equal((r.content as unknown[]).length, 1);
  const id = /Decision (aud_[\w-]+)\./.exec(textOf(r))?.[1];
  assert.ok(id, textOf(r));
  const d = await decisionOf(id);
  assert.equal(d.effect, 'deny');
  assert.equal(textOf(r), `Portcullis denied the call to \`${tool}\`: ${d.reasons.map((x) => x.message).join('; ')}. Decision ${id}. Do not retry this call as is; change the approach or ask a human.`);
}

async function approveAll(requestId: string): Promise<void> {
  const view = await runtime.approvals.show(requestId);
  for (const who of ['alice', 'bob']) {
    const human = await runtime.identity.human(who);
    assert.ok(human);
    await runtime.approvals.approve(requestId, human, view.digest);
  }
}

/** The scenario every transport must pass. `direct` talks to the upstream without the proxy. */
async function scenario(proxied: Client, direct: Client): Promise<void> {
  // tools/list: the tool policy forbids kiro outright is gone; every other tool is the upstream's own.
  const upstreamTools = (await direct.listTools()).tools;
  const tools = (await proxied.listTools()).tools;
  assert.deepEqual(tools, upstreamTools.filter((t) => t.name !== 'drop_database'));

  // allowed: results are the upstream's, unchanged
  for (const [name, args] of [['echo', { text: 'hello' }], ['read_file', { path: '/work/notes.txt' }]] as const) {
    assert.deepEqual(await proxied.callTool({ name, arguments: args }), await direct.callTool({ name, arguments: args }));
  }
  // denied: destroying the agent's own home environment (the incident), and the hidden tool called anyway
  await expectDenied(await proxied.callTool({ name: 'delete_environment', arguments: { name: 'prod-cn-1' } }), 'delete_environment');
  await expectDenied(await proxied.callTool({ name: 'drop_database', arguments: { name: 'payments' } }), 'drop_database');

  // resources and prompts pass through unchanged
  assert.deepEqual(await proxied.listResources(), await direct.listResources());
  assert.deepEqual(await proxied.readResource({ uri: 'fixture://readme' }), await direct.readResource({ uri: 'fixture://readme' }));
  assert.deepEqual(await proxied.getPrompt({ name: 'greet', arguments: { who: 'bob' } }), await direct.getPrompt({ name: 'greet', arguments: { who: 'bob' } }));
  // upstream errors pass through as the upstream's errors
  const unknownDirect = await direct.readResource({ uri: 'fixture://missing' }).catch((e: Error) => e.message);
  const unknownProxied = await proxied.readResource({ uri: 'fixture://missing' }).catch((e: Error) => e.message);
  assert.equal(unknownProxied, unknownDirect);
}

/** A held production change: progress while waiting, two approvals, then the upstream's result. */
async function heldThenApproved(proxied: Client, direct: Client, sql: string): Promise<void> {
  const progress: string[] = [];
  let approving: Promise<void> | null = null;
  const result = await proxied.callTool({ name: 'run_sql', arguments: { sql, environment: 'prod-cn-1' } }, undefined, {
    timeout: 60_000,
    onprogress: (p) => {
      progress.push(p.message ?? '');
      const id = /request (req_[\w-]+)/.exec(p.message ?? '')?.[1];
      if (id && !approving) approving = approveAll(id);
    },
  });
  await approving;
  assert.match(progress[0]!, /^held for approval: request req_[\w-]+, 0 of 2 approvals, (\d+s|\d+m(\d\ds)?) left$/);
  assert.deepEqual(result, await direct.callTool({ name: 'run_sql', arguments: { sql, environment: 'prod-cn-1' } }));
  // L3: the approved call's intent and outcome are in the audit log
  const requestId = /request (req_[\w-]+)/.exec(progress[0]!)![1]!;
  const view = await runtime.approvals.show(requestId);
  assert.equal(view.status, 'succeeded');
}

describe('mcp proxy over stdio (the real binary)', () => {
  let proxied: Client;
  let direct: Client;
  before(async () => {
    proxied = await connect(
      new StdioClientTransport({
        command: BIN,
        args: ['mcp', '--agent', 'kiro', '--config', config, '--server-name', SERVER, '--poll-interval', '20ms', '--hold-timeout', '60s', '--', NODE, FIXTURE],
        cwd: dir,
        env: { PATH: process.env['PATH'] ?? '', HOME: dir },
        stderr: 'pipe',
      }),
    );
    direct = await connect(new StdioClientTransport({ command: NODE, args: [FIXTURE], stderr: 'pipe' }));
  });
  after(async () => {
    await proxied?.close();
    await direct?.close();
  });

  test('F1 allowed calls are the upstream result unchanged; denied calls are isError naming reason and decision; hidden tools absent; resources and prompts pass through', async () => {
    await scenario(proxied, direct);
  });

  test('A6 L3 a held call stays open with progress, runs once after two approvals, and its outcome is audited', async () => {
    await heldThenApproved(proxied, direct, "UPDATE accounts SET plan = 'pro' WHERE id = 7");
  });

  test('a held call the agent cancels is dropped: never forwarded, the request stays pending, the session goes on', async () => {
    const before = textOf(await proxied.callTool({ name: 'calls', arguments: {} }));
    const abort = new AbortController();
    let requestId = '';
    const err = await proxied
      .callTool({ name: 'run_sql', arguments: { sql: 'DELETE FROM sessions WHERE expired', environment: 'prod-cn-1' } }, undefined, {
        signal: abort.signal,
        onprogress: (p) => {
          requestId = /request (req_[\w-]+)/.exec(p.message ?? '')?.[1] ?? '';
          abort.abort('agent changed its mind');
        },
      })
      .catch((e: Error) => e);
    assert.ok(err instanceof Error);
    assert.match(requestId, /^req_/);
    assert.equal((await runtime.approvals.show(requestId)).status, 'pending');
    assert.deepEqual(await proxied.callTool({ name: 'echo', arguments: { text: 'still here' } }), { content: [{ type: 'text', text: 'still here' }] });
    assert.equal(textOf(await proxied.callTool({ name: 'calls', arguments: {} })), `${before},echo`);
  });

  test('forward-only-on-allow refused calls never reach the upstream', async () => {
    const calls = textOf(await proxied.callTool({ name: 'calls', arguments: {} }));
    assert.ok(!calls.includes('delete_environment') && !calls.includes('drop_database'), calls);
  });

  test('F6 a tools/call with non-object arguments is a protocol error and is not forwarded', async () => {
    const err = await proxied.request({ method: 'tools/call', params: { name: 'echo', arguments: 'rm -rf /' as never } }, (await import('@modelcontextprotocol/sdk/types.js')).CallToolResultSchema).catch((e: Error) => e);
    assert.ok(err instanceof Error);
    assert.equal(err.message, 'MCP error -32602: portcullis: tools/call needs a string `name` and an object `arguments`');
  });
});

describe('mcp proxy over streamable HTTP', () => {
  let upstream: { url: string; close: () => Promise<void> };
  before(async () => {
    upstream = await serveFixtureHttp(0);
  });
  after(async () => {
    await upstream?.close();
  });

  async function through(gate: AgentGate, extra: Partial<Parameters<typeof startHttpProxy>[0]> = {}) {
    const proxy = await startHttpProxy({ upstreamUrl: upstream.url, host: '127.0.0.1', port: 0, gate, serverName: SERVER, pollMs: 20, holdTimeoutMs: 60_000, ...extra });
    const proxied = await connect(new StreamableHTTPClientTransport(new URL(proxy.url)));
    const direct = await connect(new StreamableHTTPClientTransport(new URL(upstream.url)));
    return {
      proxied,
      direct,
      close: async () => {
        await proxied.close();
        await direct.close();
        await proxy.close();
      },
    };
  }

  test('F1 allowed calls are the upstream result unchanged; denied calls are isError naming reason and decision; hidden tools absent; resources and prompts pass through', async () => {
    const s = await through(localAgentGate(runtime, 'kiro', SERVER));
    try {
      await scenario(s.proxied, s.direct);
      await heldThenApproved(s.proxied, s.direct, "UPDATE accounts SET plan = 'team' WHERE id = 8");
    } finally {
      await s.close();
    }
  });

  test('F5 a held call that is not approved in time is an isError result naming the request and what reviewers must do', async () => {
    let now = 1_000_000;
    const sleeps: number[] = [];
    const s = await through(localAgentGate(runtime, 'kiro', SERVER), {
      holdTimeoutMs: 300_000,
      pollMs: 60_000,
      clock: { now: () => now },
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    });
    try {
      const progress: string[] = [];
      const r = await s.proxied.callTool({ name: 'run_sql', arguments: { sql: 'UPDATE plans SET price = 0', environment: 'prod-cn-1' } }, undefined, { onprogress: (p) => progress.push(p.message ?? '') });
      assert.deepEqual(sleeps, [60_000, 60_000, 60_000, 60_000, 60_000]);
      assert.deepEqual(progress.map((m) => m.replace(/req_[\w-]+/, 'REQ')), ['5m', '4m', '3m', '2m', '1m'].map((left) => `held for approval: request REQ, 0 of 2 approvals, ${left} left`));
      assert.equal(r.isError, true);
      const text = textOf(r);
      const requestId = /request (req_[\w-]+)/.exec(text)![1]!;
      const decisionId = /Decision (aud_[\w-]+)\./.exec(text)![1]!;
      const d = await decisionOf(decisionId);
      assert.equal(d.effect, 'hold');
      assert.equal(
        text,
        `Portcullis is holding the call to \`run_sql\` for human approval: request ${requestId} has 0 of 2 approval(s) after waiting 5m. Reasons: ${d.reasons.map((x) => x.message).join('; ')}. ` +
          `Reviewers in group \`approvers\` must approve request ${requestId} (in the review UI or with \`portcullis approvals approve ${requestId}\`); then retry exactly the same call. Decision ${decisionId}.`,
      );
      assert.equal((await runtime.approvals.show(requestId)).status, 'pending');
    } finally {
      await s.close();
    }
  });

  test('F1 F5 a gate that fails or does not answer refuses the call, which never reaches the upstream', async () => {
    const failing: AgentGate = { decide: () => Promise.reject(new Error('store is down')), requestStatus: () => Promise.reject(new Error('no')), recordIntent: () => Promise.reject(new Error('no')), reportOutcome: () => Promise.reject(new Error('no')), renewLease: () => Promise.reject(new Error('no')), neverAllowed: async () => false, stageInputs: () => Promise.reject(new Error('no')), releaseInputs: () => Promise.reject(new Error('no')) };
    const s = await through(failing);
    try {
      const r = await s.proxied.callTool({ name: 'echo', arguments: { text: 'x' } });
      assert.deepEqual(r, { content: [{ type: 'text', text: 'Portcullis could not decide this call and refused it (fail closed): store is down.' }], isError: true });
    } finally {
      await s.close();
    }
    const silent: AgentGate = { decide: () => new Promise<Decision>(() => {}), requestStatus: () => new Promise(() => {}), recordIntent: () => new Promise(() => {}), reportOutcome: () => new Promise(() => {}), renewLease: () => new Promise(() => {}), neverAllowed: () => new Promise(() => {}), stageInputs: () => new Promise(() => {}), releaseInputs: () => new Promise(() => {}) };
    const t = await through(silent, { decideTimeoutMs: 50 });
    try {
      const before = textOf(await t.direct.callTool({ name: 'calls', arguments: {} }));
      const r = await t.proxied.callTool({ name: 'echo', arguments: { text: 'x' } });
      assert.deepEqual(r, { content: [{ type: 'text', text: 'Portcullis could not decide this call and refused it (fail closed): the decision did not answer within 50 ms.' }], isError: true });
      assert.equal(textOf(await t.direct.callTool({ name: 'calls', arguments: {} })), before);
    } finally {
      await t.close();
    }
  });

  test('a tool is hidden only when denied for every verb and environment: never on a sample call, never on error', async () => {
    const gate = localAgentGate(runtime, 'kiro', SERVER);
    assert.equal(await gate.neverAllowed('drop_database'), true);
    // denied with no arguments (opaque SQL, unknown environment), allowed or held with real ones
    assert.equal(await gate.neverAllowed('run_sql'), false);
    assert.equal(await gate.neverAllowed('delete_environment'), false);
    // an unknown agent: every call is denied at decision time, but nothing is hidden on doubt
    assert.equal(await localAgentGate(runtime, 'nobody', SERVER).neverAllowed('echo'), false);
    const erring: AgentGate = { ...gate, neverAllowed: () => Promise.reject(new Error('boom')) };
    const s = await through(erring);
    try {
      assert.ok((await s.proxied.listTools()).tools.some((t) => t.name === 'drop_database'));
    } finally {
      await s.close();
    }
  });
});

describe('mcp proxy over stdio with --server (the real HTTP decision API, agent token)', () => {
  const sdir = mkdtempSync(join(tmpdir(), 'portcullis-mcp-server-'));
  let server: RunningServer;
  let proxied: Client;
  before(async () => {
    copyFileSync(join(ROOT, 'src', 'config', 'templates', 'demo.yaml'), join(sdir, 'portcullis.yaml'));
    server = await startServer({ configPath: join(sdir, 'portcullis.yaml'), cwd: sdir, host: '127.0.0.1', port: 0, sweepMs: 60_000 });
    await server.runtime.identity.addHuman({ id: 'dana' }, { kind: 'local' });
    const { token } = await server.runtime.identity.addAgent({ id: 'kiro' }, { kind: 'local' });
    proxied = await connect(
      new StdioClientTransport({
        command: BIN,
        args: ['mcp', '--agent', 'kiro', '--server', server.url, '--server-name', SERVER, '--poll-interval', '20ms', '--hold-timeout', '60s', '--', NODE, FIXTURE],
        cwd: sdir,
        env: { PATH: process.env['PATH'] ?? '', HOME: sdir, PORTCULLIS_AGENT_TOKEN: token },
        stderr: 'pipe',
      }),
    );
  });
  after(async () => {
    await proxied?.close();
    await server?.close();
    rmSync(sdir, { recursive: true, force: true });
  });

  test('A6 L3 the proxy polls its request\'s status (GET /v1/requests/{id}), decides once to consume the approval, runs the call once and reports its outcome', async () => {
    assert.deepEqual(await proxied.callTool({ name: 'echo', arguments: { text: 'via server' } }), { content: [{ type: 'text', text: 'via server' }] });
    let rounds = 0;
    let approving: Promise<void> | null = null;
    const result = await proxied.callTool({ name: 'run_sql', arguments: { sql: 'UPDATE plans SET price = 9', environment: 'prod-cn-1' } }, undefined, {
      timeout: 60_000,
      onprogress: (p) => {
        rounds += 1;
        const id = /request (req_[\w-]+)/.exec(p.message ?? '')?.[1];
        // approve on the third progress: the rounds before must each have waited (regression: a
        // "recheck" round once looped without waiting, flooding the audit log)
        if (id && rounds === 3) {
          approving = (async () => {
            const view = await server.runtime.approvals.show(id);
            for (const who of ['alice', 'bob']) await server.runtime.approvals.approve(id, (await server.runtime.identity.human(who))!, view.digest);
          })();
        }
      },
    });
    await approving;
    assert.ok(rounds >= 3);
    assert.deepEqual(result, { content: [{ type: 'text', text: 'ran: UPDATE plans SET price = 9' }] });
    const rows = await server.runtime.store.read((tx) => tx.auditRange(1, 100_000));
    const decisions = rows.filter((r) => r.type === 'decision' && r.body.includes('UPDATE plans SET price = 9'));
    // the hold and the consuming allow: a poll is a read, never a decision
    assert.deepEqual(decisions.map((r) => (JSON.parse(r.body) as { body: { effect: string } }).body.effect), ['hold', 'allow']);
    const requestId = (JSON.parse(decisions[0]!.body) as { body: { requestId: string } }).body.requestId;
    const view = await server.runtime.approvals.show(requestId);
    assert.equal(view.status, 'succeeded');
    const outcome = rows.filter((r) => r.type === 'execution_outcome').map((r) => ({ actor: r.actor, body: (JSON.parse(r.body) as { body: Record<string, unknown> }).body }));
    assert.deepEqual(outcome.filter((o) => o.body.requestId === requestId), [{ actor: 'agent:kiro', body: { requestId, digest: view.digest, outcome: 'succeeded', detail: { exitCode: null, via: 'api' } } }]);
  });
});
