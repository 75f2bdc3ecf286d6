/**
 * The AgentGate contract run against every implementation: in-process (`localAgentGate`), the remote
 * gate over HTTP (a real server on a loopback port, the agent's bearer token) and the remote gate
 * over the agent's own Unix socket (the socket app `portcullis daemon` serves, no token).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdaptorServer, getRequestListener } from '@hono/node-server';
import { createAgentSocketApp } from '../../src/adapters/http/index.ts';
import { randomIds } from '../../src/core/index.ts';
import { createInputStaging } from '../../src/gateway/index.ts';
import { createStagedInputFolder } from '../../src/host/index.ts';
import { systemClock } from '../../src/os/index.ts';
import { localAgentGate, remoteGate } from '../../src/runtime/index.ts';
import { socketTransport } from '../../src/sdk/index.ts';
import { demoApp, inProd } from '../helpers/http-app.ts';
import { describeAgentGate, type AgentGateFixture } from './agent-gate.ts';

const SERVER = 'infra';
const NO_DROP = '@id("kiro-never-drops-databases")\n@reason("kiro may never drop databases")\nforbid (principal == Portcullis::Agent::"kiro", action, resource)\nwhen { context.tool == "drop_database" };\n';

type Door = (t: Awaited<ReturnType<typeof demoApp>>, tokens: Record<string, string>) => Promise<{ gate: AgentGateFixture['gate']; down?: AgentGateFixture['down']; stages?: boolean; close(): Promise<void> }>;

async function fixture(door: Door): Promise<AgentGateFixture> {
  const t = await demoApp({ extraPolicies: { 'no-drop.cedar': NO_DROP } });
  const tokens = { ...t.tokens, scout: (await t.runtime.identity.addAgent({ id: 'scout', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, { kind: 'local' })).token };
  const opened = await door(t, tokens);
  return {
    gate: opened.gate,
    stages: opened.stages === true,
    ...(opened.down ? { down: opened.down } : {}),
    context: inProd,
    async approve(id, digest) {
      for (const who of ['alice', 'bob']) await t.runtime.control.approvals.approve(id, { id: who }, digest, null);
    },
    async close() {
      await opened.close();
      await t.close();
    },
  };
}

function listen(server: Server, where: string | number): Promise<void> {
  return new Promise((resolve) => (typeof where === 'string' ? server.listen(where, resolve) : server.listen(where, '127.0.0.1', resolve)));
}
function shut(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

describeAgentGate('in-process (localAgentGate)', () =>
  fixture(async (t) => ({ gate: (agent) => localAgentGate(t.runtime, agent, SERVER), close: async () => {} })),
);

describeAgentGate('remote over HTTP (agent token, loopback server)', () =>
  fixture(async (t, tokens) => {
    const server = createAdaptorServer({ fetch: t.app.fetch }) as Server;
    await listen(server, 0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      gate: (agent) => remoteGate({ server: url, token: tokens[agent]!, mcpServer: SERVER, timeoutMs: 30_000 }),
      // port 1 on loopback: nothing listens there
      down: () => remoteGate({ server: 'http://127.0.0.1:1', token: tokens.kiro!, timeoutMs: 30_000 }),
      close: () => shut(server),
    };
  }),
);

describeAgentGate('remote over the agent\'s Unix socket (no token)', () =>
  fixture(async (t) => {
    const sockets = mkdtempSync(join(tmpdir(), 'portcullis-agent-gate-'));
    const servers: Server[] = [];
    // what `portcullis daemon` does (there, the socket helper makes each agent's folder as root, 02750 with the agent's group)
    const stagingRoot = join(sockets, 'approved');
    for (const agent of ['kiro', 'scout']) mkdirSync(join(stagingRoot, agent), { recursive: true, mode: 0o750 });
    const staging = createInputStaging({ store: createStagedInputFolder(stagingRoot), clock: systemClock, ids: randomIds, ttlMs: t.runtime.config.approvals.approvedTtlMs });
    for (const agent of ['kiro', 'scout']) {
      const app = createAgentSocketApp({
        agentId: agent,
        staging, gateway: t.runtime.gateway, control: t.runtime.control, bodyLimitBytes: t.runtime.config.server.bodyLimitBytes, limits: t.runtime.limits,
        hook: () => Promise.reject(new Error('not used here')),
      });
      const server = createServer(getRequestListener(app.fetch));
      await listen(server, join(sockets, `${agent}.sock`));
      servers.push(server);
    }
    return {
      gate: (agent) => remoteGate({ transport: socketTransport(join(sockets, `${agent}.sock`)), mcpServer: SERVER, timeoutMs: 30_000 }),
      down: () => remoteGate({ transport: socketTransport(join(sockets, 'nobody.sock')), timeoutMs: 30_000 }),
      stages: true,
      async close() {
        await Promise.all(servers.map(shut));
        rmSync(sockets, { recursive: true, force: true });
      },
    };
  }),
);
