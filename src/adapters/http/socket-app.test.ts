import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAgentSocketApp, type AgentSocketDeps } from './socket-app.ts';

/** Only the hook route is exercised: the gate's parts are never reached. */
function app(seen: Array<Readonly<Record<string, string>> | undefined>) {
  const unused = new Proxy({}, { get: () => { throw new Error('not used by the hook route'); } });
  return createAgentSocketApp({
    ...(unused as unknown as AgentSocketDeps),
    agentId: 'kiro',
    limits: { deadlineMs: 30_000, maxInFlightPerAgent: 4 },
    hook: async (_p, _e, _c, _s, sessionEnv) => {
      seen.push(sessionEnv);
      return { stdout: '', stderr: '', exitCode: 0 };
    },
  });
}

test('D8 the hook endpoint takes the session variables under any name an environment holds (bash exports `BASH_FUNC_my-fn%%`), and passes them on to be judged', async () => {
  const seen: Array<Readonly<Record<string, string>> | undefined> = [];
  const sessionEnv = { 'BASH_FUNC_my-fn%%': '() { rm -rf ~; }', 'BASH_FUNC_a.b:c%%': '() { :; }', PATH: '/usr/bin' };
  const res = await app(seen).request('/v1/hooks/claude-code', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ event: '{}', sessionEnv }) });
  assert.equal(res.status, 200);
  assert.deepEqual(seen, [sessionEnv]);
  // A name with `=` cannot come from an environment: refused as a bad request, nothing judged.
  const bad = await app(seen).request('/v1/hooks/claude-code', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ event: '{}', sessionEnv: { 'A=B': 'x' } }) });
  assert.equal(bad.status, 400);
  assert.equal(seen.length, 1);
});
