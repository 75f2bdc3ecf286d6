/**
 * The control-plane contract run against every door a human uses: in-process (the object the CLI
 * calls, `Runtime.control` / `ControlSession.control`) and the HTTP reviewer API (bearer tokens,
 * JSON bodies, error bodies mapped back to their codes).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import { PortcullisError } from '../../src/core/index.ts';
import type { ControlPlane } from '../../src/control/index.ts';
import { demoApp, inProd } from '../helpers/http-app.ts';
import { describeControlPlane, type ControlDoor, type ControlFixture } from './control-plane.ts';

// one webhook receiver for every fixture; each fixture filters by its own request ids
const hits: Array<{ kind: string; requestId: string; by: string | null }> = [];
let receiver: Server;
let hookUrl = '';
before(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      hits.push((JSON.parse(body) as { portcullis: { kind: string; requestId: string; by: string | null } }).portcullis);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
after(() => new Promise((r) => receiver.close(r)));

async function fixture(door: (t: Awaited<ReturnType<typeof demoApp>>, tokens: Record<string, string>) => (who: string) => ControlDoor): Promise<ControlFixture> {
  const t = await demoApp({ env: { HOOK_KEY: 'k' }, extraConfig: `notifications:\n  webhooks:\n    - { url: "${hookUrl}", secret_env: HOOK_KEY }\n` });
  // a second admin, who is nobody's operator: the one who may break glass for kiro
  const tokens = { ...t.tokens, root: (await t.runtime.identity.addHuman({ id: 'root', groups: ['admins'] }, { kind: 'local' })).token };
  return {
    as: door(t, tokens),
    async decide(command) {
      const d = await t.runtime.gateway.decide({ agentId: 'kiro', action: { kind: 'shell', command }, context: inProd });
      return { effect: d.effect, requestId: d.requestId ?? null, digest: d.actionDigest };
    },
    async webhooks() {
      await t.runtime.notifier.settled();
      return hits.map((e) => `${e.kind} ${e.requestId} ${e.by}`);
    },
    async approvalRequestFields() {
      const doc = (await (await t.app.request('/openapi.json')).json()) as { components: { schemas: { ApprovalRequest: { required: string[] } } } };
      return doc.components.schemas.ApprovalRequest.required;
    },
    close: () => t.close(),
  };
}

/** In-process: the control plane object itself, the actor passed by id (the CLI's door). */
function inProcess(control: ControlPlane) {
  return (who: string): ControlDoor => {
    const a = { id: who };
    return {
      list: () => control.approvals.list(),
      show: (id) => control.approvals.show(id),
      approve: (id, digest, comment) => control.approvals.approve(id, a, digest, comment),
      reject: (id, comment) => control.approvals.reject(id, a, comment),
      cancel: (id, comment) => control.approvals.cancel(id, a, comment),
      breakGlass: (id, digest, reason) => control.approvals.breakGlass(id, a, digest, reason),
      recover: (olderThanMs) => control.approvals.recover(a, { olderThanMs }),
      brakes: (change, reason) => control.brakes.change(change, a, reason),
      auditPage: (query) => control.audit.page(query),
    };
  };
}

/** Over HTTP: the reviewer API with the principal's bearer token; error bodies become coded errors. */
function overHttp(app: { request(path: string, init?: RequestInit): Response | Promise<Response> }, tokens: Record<string, string>) {
  return (who: string): ControlDoor => {
    async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await app.request(path, {
        method,
        headers: { authorization: `Bearer ${tokens[who]}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const json = (await res.json()) as T & { error?: { code: string; message: string; hint?: string } };
      if (!res.ok) throw new PortcullisError(json.error!.code as never, json.error!.message, { hint: json.error!.hint ?? '' });
      return json;
    }
    const q = (id: string) => `/v1/approvals/${encodeURIComponent(id)}`;
    return {
      list: async () => (await call<{ requests: ControlDoor extends { list(): Promise<infer R> } ? R : never }>('GET', '/v1/approvals')).requests,
      show: (id) => call('GET', q(id)),
      approve: (id, digest, comment) => call('POST', `${q(id)}/approve`, { digest, comment }),
      reject: (id, comment) => call('POST', `${q(id)}/reject`, { comment }),
      cancel: (id, comment) => call('POST', `${q(id)}/cancel`, { comment }),
      breakGlass: (id, digest, reason) => call('POST', `${q(id)}/break-glass`, { digest, reason }),
      recover: (olderThanMs) => call('POST', '/v1/approvals/recover', { olderThanMs }),
      brakes: (change, reason) => call('POST', '/v1/brakes', { ...change, reason }),
      auditPage: (query) => call('GET', `/v1/audit?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString()}`),
    };
  };
}

describeControlPlane('in-process (the CLI)', () => fixture((t) => inProcess(t.runtime.control)));
describeControlPlane('HTTP reviewer API', () => fixture((t, tokens) => overHttp(t.app, tokens)));
