import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime, type Runtime } from '../../src/runtime/index.ts';
import { createHttpApp, type HttpDeps } from '../../src/adapters/http/index.ts';

/** A throw-away demo runtime on SQLite with tokens for kiro, alice, bob, dana and eve, and its app (tests only). */
export async function demoApp(options: { extraConfig?: string; deps?: Partial<HttpDeps>; env?: Record<string, string>; clock?: { now(): number }; deadlineMs?: number; dir?: string; extraPolicies?: Record<string, string> } = {}) {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'portcullis-http-'));
  let demo = readFileSync(new URL('../../src/config/templates/demo.yaml', import.meta.url), 'utf8');
  // extra Cedar files next to the config, loaded after the default pack
  const extra = Object.entries(options.extraPolicies ?? {});
  for (const [name, text] of extra) writeFileSync(join(dir, name), text);
  if (extra.length > 0) demo = demo.replace(/^policies: \[default\]$/m, `policies: [default, ${extra.map(([name]) => `./${name}`).join(', ')}]`);
  const file = join(dir, 'portcullis.yaml');
  // a test that sets its own brakes replaces the demo's (which turns D10's freeze off for the replay)
  const base = /^brakes:/m.test(options.extraConfig ?? '') ? demo.replace(/^brakes:\n( {2}.*\n)+/m, '') : demo;
  writeFileSync(file, `${base}\n${options.extraConfig ?? ''}`);
  const runtime: Runtime = await openRuntime({ configPath: file, cwd: dir, ...(options.env ? { env: options.env } : {}), ...(options.clock ? { clock: options.clock } : {}), deadlineMs: options.deadlineMs ?? 120_000, brakesStaleAfterMs: 120_000, webhookRetry: { maxAttempts: 2, baseDelayMs: 1 } });
  const local = { kind: 'local' } as const;
  const tokens: Record<string, string> = {};
  for (const id of ['alice', 'bob', 'dana', 'eve']) tokens[id] = (await runtime.identity.addHuman({ id }, local)).token;
  tokens.kiro = (await runtime.identity.addAgent({ id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, local)).token;
  let started = true;
  const app = createHttpApp({
    gateway: runtime.gateway, control: runtime.control, clock: options.clock ?? { now: () => Date.now() }, bodyLimitBytes: runtime.config.server.bodyLimitBytes,
    sessionTtlMs: runtime.config.server.sessionTtlMs, publicUrl: null, oidc: null, started: () => started, version: 'test', limits: runtime.limits, ...options.deps,
  });
  return {
    dir, runtime, app, tokens,
    setStarted: (v: boolean) => (started = v),
    auditSize: async () => (await runtime.control.stats()).auditSize,
    close: async () => {
      await runtime.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** kiro's workspace: `deploy/payments.yaml` exists, so the deploy binds its bytes (A12). */
export const PROD_WORKSPACE = join(import.meta.dirname, '..', 'fixtures', 'infra', 'prod-cn-1');
export const inProd = { cwd: PROD_WORKSPACE, home: '/home/dana', kubeContext: 'prod-cn-1', tfWorkspace: 'prod-cn-1', awsProfile: 'prod-cn-1-admin', awsRegion: 'cn-north-1', gitBranch: 'main' };
/** The demo's legitimate production deploy: held for two approvals. */
export const deploy = { action: { kind: 'shell', command: 'kubectl --context prod-cn-1 apply -f deploy/payments.yaml' }, context: inProd };
export const harmless = { action: { kind: 'shell', command: 'ls -la' }, context: inProd };

/**
 * F7: turns shadow mode on for `environment` as two admins (dana asks, a second admin `frank`,
 * added here if missing, confirms), the way a production environment requires.
 */
export async function shadowOnByTwoAdmins(runtime: Runtime, environment: string | null, reason = 'rolling out a new pack'): Promise<void> {
  const change = { kind: 'shadow' as const, environment, on: true };
  if (!(await runtime.identity.human('frank'))) await runtime.identity.addHuman({ id: 'frank', groups: ['admins'] }, { kind: 'local' });
  await runtime.brakes.change(change, (await runtime.identity.human('dana'))!, reason).catch((e: unknown) => {
    if (!(e instanceof Error && /takes two admins/.test(e.message))) throw e;
  });
  await runtime.brakes.change(change, (await runtime.identity.human('frank'))!, reason);
}

/**
 * Signs `who` in to the reviewer UI of `t` (from demoApp) and returns a reader of pages with that
 * session's cookie: status and HTML.
 */
export async function signedInPages(t: { app: { request(path: string, init?: RequestInit): Response | Promise<Response> }; tokens: Record<string, string> }, who: string): Promise<(path: string) => Promise<{ status: number; html: string }>> {
  const signIn = await t.app.request('/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: t.tokens[who] }) });
  assert.equal(signIn.status, 200, `${who} signs in`);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async (path) => {
    const r = await t.app.request(path, { headers: { cookie } });
    return { status: r.status, html: await r.text() };
  };
}
