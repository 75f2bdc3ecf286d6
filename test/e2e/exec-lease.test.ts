/**
 * L3 execution leases with real crashes: `portcullis exec --server URL` renews the lease of the
 * request it runs while the command runs; a `kill -9` of exec (or of the whole host: server and
 * exec) stops the renewals, and once the lease (5 s here) runs out the server records the request
 * OUTCOME_UNKNOWN, as an `execution_lease_expired` entry of its own, and nothing runs it again.
 * Every wait is for an event (a file, a status, an entry), bounded; no assertion depends on time.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { apiCall } from '../helpers/api-call.ts';
import { spawnDemoServe } from '../helpers/serve-process.ts';
import { until } from '../helpers/until.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'portcullis');
const DEMO = join(ROOT, 'src', 'config', 'templates', 'demo.yaml');
const dir = mkdtempSync(join(tmpdir(), 'portcullis-exec-lease-'));
const fakeBin = join(dir, 'bin');
const log = join(dir, 'kubectl.log');
/** The stand-in kubectl writes its pid here, so the test can end the orphan a killed exec leaves. */
const pids = join(dir, 'kubectl.pids');

let serve: ChildProcess | null = null;
let url = '';
const token = (who: string) => readFileSync(join(dir, '.portcullis', 'demo', 'tokens', `${who}.token`), 'utf8').trim();

const api = (path: string, who: string, body?: unknown) => apiCall(url, token(who), path, body);

async function startServe(): Promise<void> {
  ({ child: serve, url } = await spawnDemoServe(dir));
}

async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await gone;
}

function exec(args: string[]): { child: ChildProcess; stderr: () => string } {
  const child = spawn(BIN, ['exec', '--agent', 'kiro', '--server', url, '--config', '.portcullis/demo/portcullis.yaml', ...args], {
    cwd: dir, env: { PATH: `${fakeBin}:${process.env.PATH}`, HOME: dir, TMPDIR: dir, PORTCULLIS_AGENT_TOKEN: token('kiro') }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdout!.resume();
  return { child, stderr: () => stderr };
}

type Shown = { status: string; digest: string; leaseUntil: number | null };
const shown = async (id: string) => (await api(`/v1/approvals/${id}`, 'alice')).json as unknown as Shown;
const entries = async (type: string, id: string) =>
  ((await api(`/v1/audit?type=${type}&limit=500`, 'alice')).json.entries as Array<{ actor: string; body: Record<string, unknown> }>).filter((e) => e.body.requestId === id);

/** Holds `manifest`'s deploy, approves it twice, and waits until the stand-in kubectl is running. */
async function running(manifest: string): Promise<{ id: string; exec: ReturnType<typeof exec>; argv: string[] }> {
  const argv = ['kubectl', '--context', 'prod-cn-1', 'apply', '-f', `deploy/${manifest}.yaml`];
  const e = exec(['--wait', '60s', '--', ...argv]);
  const id = await until(() => /waiting for approval of request (req_[\w-]+)/.exec(e.stderr())?.[1], `the held request: ${e.stderr()}`);
  const digest = (await shown(id)).digest;
  for (const who of ['alice', 'bob']) assert.equal((await api(`/v1/approvals/${id}/approve`, who, { digest })).status, 200);
  await until(() => (readFileSync(log, 'utf8').includes(`${manifest}.yaml`) ? true : undefined), `the command to start: ${e.stderr()}`);
  return { id, exec: e, argv };
}

before(async () => {
  mkdirSync(fakeBin);
  writeFileSync(log, '');
  writeFileSync(pids, '');
  mkdirSync(join(dir, 'deploy'));
  for (const n of ['payments', 'ledger']) writeFileSync(join(dir, 'deploy', `${n}.yaml`), `kind: Deployment\nmetadata: { name: ${n} }\n`);
  // A long deploy that never reaches a cluster: it says it started, then sleeps until ended.
  writeFileSync(join(fakeBin, 'kubectl'), `#!/bin/sh\necho $$ >> ${pids}\necho "kubectl $*" >> ${log}\nexec sleep 600\n`);
  chmodSync(join(fakeBin, 'kubectl'), 0o755);
  // the demo config with a 5 s execution lease (renewed every 1.7 s; the server sweeps every 1.25 s)
  mkdirSync(join(dir, '.portcullis', 'demo'), { recursive: true });
  writeFileSync(join(dir, '.portcullis', 'demo', 'portcullis.yaml'), readFileSync(DEMO, 'utf8').replace(/^approvals:\n/m, 'approvals:\n  execution_lease: 5s\n'));
  await startServe();
});

after(async () => {
  for (const pid of readFileSync(pids, 'utf8').split('\n').filter(Boolean)) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (serve) await kill9(serve);
  rmSync(dir, { recursive: true, force: true });
});

describe('L3 execution leases under real crashes', () => {
  test('L3 exec renews the lease while the command runs; after kill -9 of exec the lease runs out and the request is outcome_unknown (audited), never run again', async () => {
    const { id, exec: e, argv } = await running('payments');
    // renewals keep it executing past its first lease: a renewal made after the first deadline succeeded
    const first = (await shown(id)).leaseUntil;
    assert.equal(typeof first, 'number');
    const renewed = await until(async () => {
      const s = await shown(id);
      return s.status === 'executing' && s.leaseUntil !== null && s.leaseUntil - 5_000 > (first as number) ? s : undefined;
    }, 'a renewal after the first lease would have run out');
    assert.equal(renewed.status, 'executing');

    await kill9(e.child);
    const ended = await until(async () => ((await shown(id)).status === 'outcome_unknown' ? true : undefined), 'the lapsed lease to be recorded');
    assert.equal(ended, true);
    const lapsed = await entries('execution_lease_expired', id);
    assert.equal(lapsed.length, 1);
    assert.equal(lapsed[0]!.actor, 'system');
    assert.equal(lapsed[0]!.body.outcome, 'outcome_unknown');
    assert.equal((await entries('execution_intent', id)).length, 1);

    // the agent may neither renew nor report it; the same command again is a new request that waits for approval
    const agent = (path: string, body: unknown) => fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token('kiro')}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal((await agent(`/v1/requests/${id}/lease`, {})).status, 409);
    assert.equal((await agent(`/v1/requests/${id}/outcome`, { outcome: 'succeeded' })).status, 409);
    const again = exec(['--wait', '0s', '--', ...argv]);
    const code = await new Promise((r) => again.child.once('close', r));
    assert.equal(code, 4, again.stderr());
    assert.doesNotMatch(again.stderr(), new RegExp(id));
    assert.equal(readFileSync(log, 'utf8').split('\n').filter((l) => l.includes('payments.yaml')).length, 1, 'the command ran once');
  });

  test('L3 a host crash (kill -9 of the server and of exec) mid-execution: the restarted server records outcome_unknown once the lease runs out', async () => {
    const { id, exec: e } = await running('ledger');
    assert.equal((await shown(id)).status, 'executing');
    await kill9(serve!);
    await kill9(e.child);
    await startServe();
    await until(async () => ((await shown(id)).status === 'outcome_unknown' ? true : undefined), 'the restarted server to record the lapsed lease');
    assert.equal((await entries('execution_lease_expired', id)).length, 1);
    assert.ok(existsSync(join(dir, '.portcullis', 'demo', 'portcullis.db')));
  });
});
