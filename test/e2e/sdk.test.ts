/**
 * The SDK against the real `portcullis serve` (startServer on a real socket) with a real agent
 * token: the typed client, and guard() around an AI SDK tool and an Agents SDK function tool.
 * Allowed calls run; denied, held and failed calls never run the tool and say why.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer, type RunningServer } from '../../src/runtime/index.ts';
import { createClient, guard, PortcullisRefusal, type AgentsFunctionTool, type PortcullisClient } from '../../src/sdk/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'portcullis-sdk-'));
let server: RunningServer;
let token: string;
let client: PortcullisClient;

before(async () => {
  copyFileSync(join(ROOT, 'src', 'runtime', 'templates', 'demo.yaml'), join(dir, 'portcullis.yaml'));
  server = await startServer({ configPath: join(dir, 'portcullis.yaml'), cwd: dir, host: '127.0.0.1', port: 0, sweepMs: 60_000 });
  const local = { kind: 'local' } as const;
  await server.runtime.identity.addHuman({ id: 'dana' }, local);
  token = (await server.runtime.identity.addAgent({ id: 'kiro' }, local)).token;
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
    await assert.rejects(named.decide({ kind: 'shell', command: 'ls' }), { name: 'PortcullisClientError', code: 'permission_denied', status: 403, message: 'the token belongs to agent `kiro`, the body names `intern-bot`' });
  });

  test('F1 a bad token, an unreachable server and a malformed answer are errors, never decisions', async () => {
    await assert.rejects(createClient({ baseUrl: server.url, token: 'nope' }).decide({ kind: 'shell', command: 'ls' }), { code: 'auth_failed', status: 401 });
    const fake = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"effect":"allow"}'));
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(fake.address() as { port: number }).port}`;
    await assert.rejects(createClient({ baseUrl: url, token }).decide({ kind: 'shell', command: 'ls' }), { code: 'bad_response', message: 'portcullis answered with something that is not a decision' });
    await new Promise<void>((r) => fake.close(() => r()));
    await assert.rejects(createClient({ baseUrl: url, token }).decide({ kind: 'shell', command: 'ls' }), { code: 'unreachable' });
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

  test('A6 a held call waits, runs once after two approvals, and the same call is held again afterwards', async () => {
    const ran: unknown[] = [];
    const holds: string[] = [];
    let approving: Promise<void> | null = null;
    const t = guard(aiTool(ran), {
      client,
      name: 'bash',
      toAction: (i) => ({ kind: 'shell', command: (i as { command: string }).command }),
      pollIntervalMs: 10,
      onHold: ({ requestId }) => {
        holds.push(requestId);
        approving ??= approveAll(requestId);
      },
      // the server shows requests to reviewers only: the guard asks again after each wait
      sleep: async () => void (await approving),
    });
    const command = 'kubectl --context prod-cn-1 apply -f deploy/payments.yaml';
    assert.equal(await t.execute({ command }, { toolCallId: '3' }), `ran ${command}`);
    assert.equal(ran.length, 1);
    assert.match(holds[0]!, /^req_/);
    const again = guard(aiTool(ran), { client, name: 'bash', toAction: (i) => ({ kind: 'shell', command: (i as { command: string }).command }), holdTimeoutMs: 0 });
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
