/**
 * `portcullis exec --server URL` against a real `portcullis serve` (both spawned through the real
 * binary): a held command waits by reading its request (`GET /v1/requests/{id}`), never by deciding
 * again, while two reviewers approve over the API; then one decision consumes the approval, the
 * command runs once, and its outcome is recorded on the server (L3).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { until } from '../helpers/until.ts';
import { apiCall } from '../helpers/api-call.ts';
import { spawnDemoServe, stopServe } from '../helpers/serve-process.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'portcullis');
const dir = mkdtempSync(join(tmpdir(), 'portcullis-exec-server-'));
// A12: the deploy's manifest exists, so its bytes are bound (and exec runs a private copy of them).
mkdirSync(join(dir, 'deploy'), { recursive: true });
for (const n of ['payments', 'ledger', 'search']) writeFileSync(join(dir, 'deploy', `${n}.yaml`), `kind: Deployment\nmetadata: { name: ${n} }\n`);

const fakeBin = join(dir, 'bin');
const log = join(dir, 'kubectl.log');
const DEPLOY = ['kubectl', '--context', 'prod-cn-1', 'apply', '-f', 'deploy/payments.yaml'];

let serve: ChildProcess;
let url = '';
const token = (who: string) => readFileSync(join(dir, '.portcullis', 'demo', 'tokens', `${who}.token`), 'utf8').trim();

const api = (path: string, who: string, body?: unknown) => apiCall(url, token(who), path, body);

interface Exec {
  child: ChildProcess;
  stderr: () => string;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function exec(args: string[], agentToken = token('kiro')): Exec {
  const child = spawn(BIN, ['exec', '--agent', 'kiro', '--server', url, '--config', '.portcullis/demo/portcullis.yaml', ...args], {
    cwd: dir, env: { PATH: `${fakeBin}:${process.env.PATH}`, HOME: dir, PORTCULLIS_AGENT_TOKEN: agentToken }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((r) => child.once('close', (code) => (clearTimeout(timer), r({ code, stdout, stderr }))));
  return { child, stderr: () => stderr, done };
}

before(async () => {
  mkdirSync(fakeBin);
  // A stand-in kubectl: the held deploy must not reach a real cluster from a test.
  writeFileSync(join(fakeBin, 'kubectl'), `#!/bin/sh\necho "kubectl $*" >> ${log}\n`);
  chmodSync(join(fakeBin, 'kubectl'), 0o755);
  ({ child: serve, url } = await spawnDemoServe(dir));
});

after(async () => {
  await stopServe(serve);
  rmSync(dir, { recursive: true, force: true });
});

describe('portcullis exec --server against portcullis serve', () => {
  test('A6 L3 a held command waits by status polls (one decision to hold, one to consume, none per poll), runs once after two approvals, and ends succeeded with its outcome audited', async () => {
    const running = exec(['--wait', '30s', '--', ...DEPLOY]);
    const id = await until(() => /waiting for approval of request (req_[\w-]+): 0 of 2 approvals/.exec(running.stderr())?.[1], 'the held request');
    const digest = (await api(`/v1/approvals/${id}`, 'alice')).json.digest as string;
    assert.equal((await api(`/v1/approvals/${id}/approve`, 'alice', { digest })).status, 200);
    // exec sees the first approval by polling the request's status (its progress line changes)
    await until(() => (running.stderr().includes(`request ${id}: 1 of 2 approvals`) ? true : undefined), 'exec to see the first approval');
    assert.equal((await api(`/v1/approvals/${id}/approve`, 'bob', { digest })).status, 200);
    const r = await running.done;
    assert.equal(r.code, 0, r.stderr);
    // A12: once, on a private copy of the approved manifest
    assert.match(readFileSync(log, 'utf8'), /^kubectl --context prod-cn-1 apply -f \/\S*portcullis-approved-\S*\/payments\.yaml\n$/, 'the command ran exactly once');

    const shown = (await api(`/v1/approvals/${id}`, 'alice')).json as { status: string; history: Array<{ to: string; actor: string }> };
    assert.equal(shown.status, 'succeeded');
    assert.deepEqual(shown.history.map((h) => [h.to, h.actor]), [['approved', 'human:bob'], ['executing', 'system'], ['succeeded', 'agent:kiro']]);
    const entries = async (type: string) =>
      ((await api(`/v1/audit?type=${type}&limit=500`, 'alice')).json.entries as Array<{ actor: string; body: Record<string, unknown> }>).filter((e) => e.body.requestId === id || e.body.actionDigest === digest).reverse();
    // one decision per consumption, not one per poll: the hold that opened the request and the allow that consumed it
    assert.deepEqual((await entries('decision')).map((e) => [e.actor, e.body.effect]), [['agent:kiro', 'hold'], ['agent:kiro', 'allow']]);
    assert.equal((await entries('execution_intent')).length, 1, 'the intent was recorded once, when the approval was consumed');
    assert.deepEqual((await entries('execution_outcome')).map((e) => [e.actor, e.body]), [['agent:kiro', { requestId: id, digest, outcome: 'succeeded', detail: { exitCode: 0, via: 'api' } }]]);

    // A6: the same command again is a new request (the approval was single-use); nothing runs
    const again = await exec(['--wait', '0s', '--', ...DEPLOY]).done;
    assert.equal(again.code, 4, again.stderr);
    assert.doesNotMatch(again.stderr, new RegExp(id));
    assert.equal(readFileSync(log, 'utf8').split('\n').length, 2);
  });

  test('L3 a held command that fails is reported failed with its exit code; F1 a request rejected while exec waits runs nothing (exit 2)', async () => {
    writeFileSync(join(fakeBin, 'kubectl'), `#!/bin/sh\necho "kubectl $*" >> ${log}\nexit 5\n`);
    const failing = exec(['--wait', '30s', '--', 'kubectl', '--context', 'prod-cn-1', 'apply', '-f', 'deploy/ledger.yaml']);
    const id = await until(() => /waiting for approval of request (req_[\w-]+)/.exec(failing.stderr())?.[1], 'the held request');
    const digest = (await api(`/v1/approvals/${id}`, 'alice')).json.digest as string;
    for (const who of ['alice', 'bob']) assert.equal((await api(`/v1/approvals/${id}/approve`, who, { digest })).status, 200);
    const r = await failing.done;
    assert.equal(r.code, 5, r.stderr);
    assert.equal((await api(`/v1/approvals/${id}`, 'alice')).json.status, 'failed');

    const rejected = exec(['--wait', '30s', '--', 'kubectl', '--context', 'prod-cn-1', 'apply', '-f', 'deploy/search.yaml']);
    const rid = await until(() => /waiting for approval of request (req_[\w-]+)/.exec(rejected.stderr())?.[1], 'the held request');
    assert.equal((await api(`/v1/approvals/${rid}/reject`, 'alice', { comment: 'not today' })).status, 200);
    const rr = await rejected.done;
    assert.equal(rr.code, 2, rr.stderr);
    assert.match(rr.stderr, new RegExp(`^portcullis: DENY, nothing ran: request ${rid} is denied`, 'm'));
    assert.doesNotMatch(readFileSync(log, 'utf8'), /search\.yaml/);
  });
});
