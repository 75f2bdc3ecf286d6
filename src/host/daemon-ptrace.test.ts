/**
 * A12: the daemon's agent socket refuses to consume an approval and to stage input files while the
 * kernel lets the agent's user ptrace its own processes (no Yama, `ptrace_scope` 0), unless the config
 * accepts it (`daemon.allow_ptrace_without_yama`, F3: the config is control plane). The socket app is
 * the daemon's own (`agentSocketServer`) on a real Unix socket, over a real runtime and store; the
 * client is the SDK's socket transport, as `exec --socket` uses it. The absent case runs with the real
 * reader on a machine without Yama; scope values come through the injected reader.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { randomIds, type Action } from '../core/index.ts';
import { createInputStaging, openRuntime, remoteGate, type Runtime } from '../runtime/index.ts';
import type { AgentGate } from '../gateway/index.ts';
import { socketTransport } from '../sdk/index.ts';
import { readYamaScope, systemClock, YAMA_PTRACE_SCOPE, type YamaReader } from '../os/index.ts';
import { agentSocketServer } from './daemon.ts';
import { createStagedInputFolder } from './staged-inputs.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DEMO = readFileSync(join(ROOT, 'src', 'config', 'templates', 'demo.yaml'), 'utf8');
const NO_YAMA = !existsSync(YAMA_PTRACE_SCOPE);

interface Served {
  dir: string;
  runtime: Runtime;
  gate: AgentGate;
  staged: string;
  close(): Promise<void>;
}

/** kiro's socket as the daemon serves it, over a runtime of the demo config (plus `daemonLines`). */
async function serve(daemonLines: string, read?: YamaReader): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-ptrace-'));
  writeFileSync(join(dir, 'portcullis.yaml'), `${DEMO}\ndaemon:\n  service_user: portcullis\n  run_dir: /run/portcullis\n${daemonLines}`);
  const runtime = await openRuntime({ configPath: join(dir, 'portcullis.yaml'), cwd: dir });
  const staged = join(dir, 'approved');
  mkdirSync(join(staged, 'kiro'), { recursive: true });
  const staging = createInputStaging({ store: createStagedInputFolder(staged), clock: systemClock, ids: randomIds, ttlMs: 60_000 });
  const http: Server = agentSocketServer('kiro', (work) => work(runtime), runtime.limits, 256 * 1024, staging, read);
  const path = join(dir, 'kiro.sock');
  await new Promise<void>((r) => http.listen(path, r));
  const gate = remoteGate({ transport: socketTransport(path) });
  return {
    dir, runtime, gate, staged,
    async close() {
      http.closeAllConnections();
      await new Promise((r) => http.close(r));
      await runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let n = 0;
/** A held production apply whose manifest is new each time (a new digest), approved by alice and bob. */
async function approvedApply(s: Served): Promise<{ action: Action; requestId: string }> {
  writeFileSync(join(s.dir, 'deploy.yaml'), `kind: Deployment\nspec:\n  replicas: ${++n}\n`);
  const action: Action = { kind: 'shell', command: 'kubectl --context prod-cn-1 apply -f deploy.yaml' };
  const held = await s.gate.decide(action, { cwd: s.dir });
  assert.equal(held.effect, 'hold', JSON.stringify(held.reasons));
  for (const who of ['alice', 'bob']) await s.runtime.approvals.approve(held.requestId!, (await s.runtime.identity.human(who))!, held.actionDigest);
  assert.equal((await s.gate.requestStatus(held.requestId!)).status, 'approved');
  return { action, requestId: held.requestId! };
}

const open: Served[] = [];
after(async () => {
  for (const s of open) await s.close();
});

describe('A12 the daemon refuses approvals and staging while the agent\'s user may ptrace', () => {
  test('A12 no Yama on this machine (the real reader): an approved held action is denied with exec_ptrace_open and stays approved; staging is refused, nothing written', { skip: NO_YAMA ? false : 'this kernel has Yama: the injected cases below cover it' }, async () => {
    assert.equal(readYamaScope(), null);
    const s = await serve('');
    open.push(s);
    const { action, requestId } = await approvedApply(s);
    const refused = await s.gate.decide(action, { cwd: s.dir });
    assert.equal(refused.effect, 'deny');
    assert.deepEqual(refused.reasons.map((r) => r.code), ['exec_ptrace_open']);
    assert.equal(
      refused.reasons[0]!.message,
      'the kernel has no Yama ptrace restriction: any process of the agent\'s Unix user could ptrace `portcullis exec` and the command it starts and change what runs, so the daemon refuses to consume the approval of this held action (A12); nothing was consumed or written; an administrator sets `sysctl kernel.yama.ptrace_scope=1` (and `kernel.yama.ptrace_scope = 1` in /etc/sysctl.d/ to keep it), then the agent runs the command again; or accepts the risk with `daemon.allow_ptrace_without_yama: true` in the config (held actions then run although the agent\'s user may change them as they run)',
    );
    // SECURITY: the refusal consumed nothing: the approval waits for a safe retry
    assert.equal((await s.gate.requestStatus(requestId)).status, 'approved');

    // an allowed dev apply with a manifest: the decision stands, its staging is refused
    writeFileSync(join(s.dir, 'dev.yaml'), 'kind: ConfigMap\n');
    const dev = await s.gate.decide({ kind: 'shell', command: 'kubectl --context kind-dev apply -f dev.yaml' }, { cwd: s.dir });
    assert.equal(dev.effect, 'allow', JSON.stringify(dev.reasons));
    assert.equal(dev.inputs?.length, 1);
    await assert.rejects(s.gate.stageInputs(dev.decisionId, [{ path: 'dev.yaml', bytes: new TextEncoder().encode('kind: ConfigMap\n') }]), (e: Error & { code?: string; status?: number }) => {
      assert.equal(e.code, 'exec_ptrace_open');
      assert.equal(e.status, 403);
      assert.match(e.message, /^the kernel has no Yama ptrace restriction: .* so the daemon refuses to stage the input files of this action \(A12\); nothing was consumed or written$/);
      return true;
    });
    assert.deepEqual(readdirSync(join(s.staged, 'kiro')), []);
  });

  test('A12 F3 daemon.allow_ptrace_without_yama accepts the risk: the approval is consumed and the inputs staged without Yama', async () => {
    const s = await serve('  allow_ptrace_without_yama: true\n', () => null);
    open.push(s);
    const { action, requestId } = await approvedApply(s);
    const ran = await s.gate.decide(action, { cwd: s.dir });
    assert.equal(ran.effect, 'allow', JSON.stringify(ran.reasons));
    assert.deepEqual(ran.reasons.map((r) => r.code), ['approvals_satisfied']);
    assert.equal((await s.gate.requestStatus(requestId)).status, 'executing');
    const bytes = readFileSync(join(s.dir, 'deploy.yaml'));
    const stage = await s.gate.stageInputs(ran.decisionId, [{ path: 'deploy.yaml', bytes: new Uint8Array(bytes) }]);
    assert.equal(readFileSync(stage.files[0]!.staged, 'utf8'), bytes.toString('utf8'));
  });

  test('A12 scope through the injected reader, read at every use: 0 and unreadable refuse, 1, 2 and 3 consume', async () => {
    let scope: string | null = '0\n';
    const s = await serve('', () => scope);
    open.push(s);
    for (const value of ['0\n', 'banana', '', null]) {
      scope = value;
      const { action, requestId } = await approvedApply(s);
      const d = await s.gate.decide(action, { cwd: s.dir });
      assert.deepEqual([d.effect, d.reasons.map((r) => r.code)], ['deny', ['exec_ptrace_open']], `scope ${JSON.stringify(value)}`);
      assert.equal((await s.gate.requestStatus(requestId)).status, 'approved');
      // root sets the sysctl while the daemon runs: the same approval is consumed at the next retry
      scope = '1\n';
      const again = await s.gate.decide(action, { cwd: s.dir });
      assert.deepEqual([again.effect, again.reasons.map((r) => r.code)], ['allow', ['approvals_satisfied']], `after scope ${JSON.stringify(value)}`);
      assert.equal((await s.gate.requestStatus(requestId)).status, 'executing');
    }
    for (const value of ['2\n', '3']) {
      scope = value;
      const { action } = await approvedApply(s);
      assert.equal((await s.gate.decide(action, { cwd: s.dir })).effect, 'allow', `scope ${value}`);
    }
    scope = '0';
    const { action } = await approvedApply(s);
    assert.match((await s.gate.decide(action, { cwd: s.dir })).reasons[0]!.message, /^kernel\.yama\.ptrace_scope is 0: .* refuses to consume the approval of this held action \(A12\)/);
  });
});
