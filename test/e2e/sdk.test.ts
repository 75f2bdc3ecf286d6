/**
 * The SDK against the real `portcullis serve` (startServer on a real socket) with a real agent
 * token: the typed client, and guard() around an AI SDK tool and an Agents SDK function tool.
 * Allowed calls run; denied, held and failed calls never run the tool and say why.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { RunningServer } from '../../src/host/index.ts';
import { startDemoServer } from '../helpers/demo-server.ts';
import { PROD_WORKSPACE } from '../helpers/http-app.ts';
import { createClient, guard, PortcullisRefusal, type AgentsFunctionTool, type PortcullisClient } from '../../src/sdk/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'portcullis-sdk-'));
let server: RunningServer;
let token: string;
let client: PortcullisClient;

before(async () => {
  ({ server, token } = await startDemoServer(dir));
  client = createClient({ baseUrl: server.url, token });
});
after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function approveAll(requestId: string): Promise<void> {
  const view = await server.runtime.approvals.show(requestId);
  for (const who of ['alice', 'bob']) {
    const human = await server.runtime.identity.human(who);
    assert.ok(human);
    await server.runtime.approvals.approve(requestId, human, view.digest);
  }
}

/** An AI SDK tool as `tool({ description, inputSchema, execute })` makes it (shape only). */
function aiTool(ran: unknown[]) {
  return { description: 'run a shell command', inputSchema: { type: 'object' }, execute: async (input: { command: string }, _options: { toolCallId?: string }) => (ran.push(input), `ran ${input.command}`) };
}

describe('sdk client', () => {
  test('decide returns the recorded decision; the agent comes from the token', async () => {
    const d = await client.decide({ kind: 'shell', command: 'ls -la' }, { cwd: '/work/app' });
    assert.equal(d.effect, 'allow');
    assert.match(d.decisionId, /^aud_/);
    const named = createClient({ baseUrl: server.url, token, agent: 'intern-bot' });
    await assert.rejects(named.decide({ kind: 'shell', command: 'ls' }), { name: 'PortcullisError', code: 'permission_denied', status: 403, message: 'the token belongs to agent `kiro`, the body names `intern-bot`' });
  });

  test('F1 a bad token, an unreachable server and a malformed answer are errors, never decisions', async () => {
    await assert.rejects(createClient({ baseUrl: server.url, token: 'nope' }).decide({ kind: 'shell', command: 'ls' }), { code: 'auth_failed', status: 401 });
    const fake = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"effect":"allow"}'));
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(fake.address() as { port: number }).port}`;
    await assert.rejects(createClient({ baseUrl: url, token }).decide({ kind: 'shell', command: 'ls' }), { code: 'client_bad_response', message: 'portcullis answered with something that is not a decision' });
    await new Promise<void>((r) => fake.close(() => r()));
    await assert.rejects(createClient({ baseUrl: url, token }).decide({ kind: 'shell', command: 'ls' }), { code: 'client_unreachable' });
  });
});

/** The decisions recorded for one held request, in order (hold, then the consuming allow). */
async function decisionsFor(requestId: string): Promise<string[]> {
  const rows = await server.runtime.store.read((tx) => tx.auditRange(1, 100_000));
  return rows.filter((r) => r.type === 'decision').map((r) => (JSON.parse(r.body) as { body: { effect: string; requestId?: string } }).body).filter((b) => b.requestId === requestId).map((b) => b.effect);
}

// A12: the server reads the manifests the deploys name, relative to the agent's working directory.
const ws = { cwd: PROD_WORKSPACE };

describe('sdk waitForApproval and outcomes against the real server', () => {
  const deploy = { kind: 'shell' as const, command: 'kubectl --context prod-cn-1 apply -f deploy/ledger.yaml' };

  test('A6 L3 waitForApproval polls the request\'s status (no decision per poll), decides once with `consume`, and reportOutcome ends the request once', async () => {
    const held = await client.decide(deploy, ws);
    assert.equal(held.effect, 'hold');
    const id = held.requestId!;
    assert.deepEqual(await client.requestStatus(id), { id, digest: held.actionDigest, status: 'pending', approvals: 0, required: 2, approverGroups: ['approvers'], expiresAt: (await server.runtime.approvals.show(id)).expiresAt });
    const seen: string[] = [];
    let sleeps = 0;
    const r = await client.waitForApproval(id, {
      intervalMs: 10, timeoutMs: 60_000, consume: { action: deploy, context: ws },
      onProgress: (st) => seen.push(`${st.status} ${st.approvals}/${st.required}`),
      // a reviewer approves during each of the first two waits
      sleep: async () => {
        sleeps += 1;
        if (sleeps <= 2) await server.runtime.approvals.approve(id, (await server.runtime.identity.human(sleeps === 1 ? 'alice' : 'bob'))!, held.actionDigest);
      },
    });
    assert.deepEqual(seen, ['pending 0/2', 'pending 1/2', 'approved 2/2']);
    assert.equal(r.status, 'approved');
    assert.equal(r.timedOut, false);
    assert.equal(r.decision?.effect, 'allow');
    assert.equal(r.decision?.requestId, id);
    // three polls, two decisions: the hold and the one that consumed the approval
    assert.deepEqual(await decisionsFor(id), ['hold', 'allow']);
    assert.equal((await client.requestStatus(id)).status, 'executing');
    assert.equal((await client.reportOutcome(id, 'succeeded', { exitCode: 0 })).status, 'succeeded');
    await assert.rejects(client.reportOutcome(id, 'failed'), {
      name: 'PortcullisError', code: 'approval_refused', status: 409, message: `request \`${id}\` is succeeded, not executing: an outcome is recorded only for an execution that started`,
      hint: 'the request already ended; its outcome cannot change',
    });
  });

  test('waitForApproval without `consume` only reads: approved stays approved; another agent\'s request is not found; D2 a reviewer token is refused', async () => {
    const action = { kind: 'shell' as const, command: 'kubectl --context prod-cn-1 apply -f deploy/search.yaml' };
    const held = await client.decide(action, ws);
    const id = held.requestId!;
    await approveAll(id);
    const r = await client.waitForApproval(id, { intervalMs: 10, timeoutMs: 1_000 });
    assert.equal(r.status, 'approved');
    assert.equal(r.decision, undefined);
    assert.equal((await server.runtime.approvals.show(id)).status, 'approved', 'reading never consumes');
    assert.deepEqual(await decisionsFor(id), ['hold']);
    const local = { kind: 'local' } as const;
    const other = (await server.runtime.identity.addAgent({ id: 'other-bot', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, local)).token;
    await assert.rejects(createClient({ baseUrl: server.url, token: other }).requestStatus(id), { code: 'approval_not_found', status: 404, message: `no request \`${id}\`` });
    const reviewer = (await server.runtime.identity.addHuman({ id: 'carol-sdk' }, local)).token;
    await assert.rejects(createClient({ baseUrl: server.url, token: reviewer }).requestStatus(id), { code: 'permission_denied', status: 403, message: 'reviewer tokens cannot follow an agent\'s requests' });
  });
});

describe('guard', () => {
  test('F1 AI SDK tool: allowed runs; denied throws a refusal naming reasons and decision and never runs', async () => {
    const ran: unknown[] = [];
    const t = guard(aiTool(ran), { client, name: 'bash', toAction: (i) => ({ kind: 'shell', command: (i as { command: string }).command }) });
    assert.equal(await t.execute({ command: 'ls' }, { toolCallId: '1' }), 'ran ls');
    const refusal = await t.execute({ command: 'aws eks delete-cluster --name prod-cn-1 --region cn-north-1' }, { toolCallId: '2' }).catch((e: unknown) => e);
    assert.ok(refusal instanceof PortcullisRefusal);
    assert.equal(refusal.kind, 'denied');
    const d = refusal.decision!;
    assert.equal(refusal.message, `Portcullis denied \`bash\`: ${d.reasons.map((r) => r.message).join('; ')}. Decision ${d.decisionId}.`);
    assert.deepEqual(ran, [{ command: 'ls' }]);
  });

  test('A6 L3 a held call waits on status polls, runs once after two approvals, reports succeeded, and the same call is held again afterwards', async () => {
    const ran: unknown[] = [];
    const holds: string[] = [];
    let approving: Promise<void> | null = null;
    const t = guard(aiTool(ran), {
      client,
      name: 'bash',
      context: ws,
      toAction: (i) => ({ kind: 'shell', command: (i as { command: string }).command }),
      pollIntervalMs: 10,
      onHold: ({ requestId }) => {
        holds.push(requestId);
        approving ??= approveAll(requestId);
      },
      // the guard polls the request's status between waits; approvals land during the first wait
      sleep: async () => void (await approving),
    });
    const command = 'kubectl --context prod-cn-1 apply -f deploy/payments.yaml';
    assert.equal(await t.execute({ command }, { toolCallId: '3' }), `ran ${command}`);
    assert.equal(ran.length, 1);
    assert.match(holds[0]!, /^req_/);
    // L3: one decision to hold, one to consume, none per poll; the outcome of the tool is recorded
    assert.deepEqual(await decisionsFor(holds[0]!), ['hold', 'allow']);
    assert.equal((await server.runtime.approvals.show(holds[0]!)).status, 'succeeded');
    const again = guard(aiTool(ran), { client, name: 'bash', context: ws, toAction: (i) => ({ kind: 'shell', command: (i as { command: string }).command }), holdTimeoutMs: 0 });
    const refusal = await again.execute({ command }, { toolCallId: '4' }).catch((e: unknown) => e);
    assert.ok(refusal instanceof PortcullisRefusal && refusal.kind === 'held');
    assert.notEqual(refusal.requestId, holds[0]);
    assert.equal(ran.length, 1);
  });

  test('F5 a hold not approved in time refuses naming the request and what reviewers must do', async () => {
    let now = 0;
    const t = guard(aiTool([]), { client, name: 'deploy', toAction: () => ({ kind: 'shell', command: 'kubectl --context prod-cn-1 rollout restart deploy/api' }), holdTimeoutMs: 60_000, pollIntervalMs: 20_000, now: () => now, sleep: async (ms) => void (now += ms) });
    const refusal = (await t.execute({ command: 'x' }, {}).catch((e: unknown) => e)) as PortcullisRefusal;
    assert.equal(refusal.kind, 'held');
    const id = refusal.requestId!;
    assert.equal(refusal.message, `Portcullis is holding \`deploy\` for human approval: request ${id} needs 2 approval(s) from group \`approvers\`. Reviewers must approve request ${id} (review UI or \`portcullis approvals approve ${id}\`); then retry the same call. Decision ${refusal.decision!.decisionId}.`);
  });

  test('Agents SDK function tool: denied returns the refusal to the model and never invokes; errors refuse', async () => {
    const invoked: string[] = [];
    const tool = { type: 'function' as const, name: 'delete_environment', invoke: async (_ctx: unknown, input: string) => (invoked.push(input), 'deleted') } satisfies AgentsFunctionTool;
    const t = guard(tool, { client, server: 'infra', annotations: { destructiveHint: true } });
    const out = await t.invoke({}, JSON.stringify({ name: 'prod-cn-1' }));
    assert.match(String(out), /^Portcullis denied `delete_environment`: .+\. Decision aud_[\w-]+\.$/);
    const down = guard(tool, { client: createClient({ baseUrl: 'http://127.0.0.1:9', token }) });
    assert.match(String(await down.invoke({}, '{}')), /^Portcullis could not decide `delete_environment` and refused it \(fail closed\): cannot reach portcullis at `http:\/\/127\.0\.0\.1:9`: .+\.$/);
    assert.deepEqual(invoked, []);
  });
});
