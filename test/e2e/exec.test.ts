/**
 * `portcullis exec` with the real binary and real child processes: the operator's credentials are
 * removed and the agent's profile injected, signals reach the command, its exit code is kept, the
 * intent and outcome are in the audit log (L3), and a held command waits for two approvals, then
 * runs exactly once (A6).
 */
import { IN_PROCESS_NOTICE } from '../../src/cli/hook-main.ts';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openControlSession } from '../../src/runtime/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'portcullis');
const dir = mkdtempSync(join(tmpdir(), 'portcullis-exec-'));
// A12: the deploy's manifest exists, so its bytes are bound (and exec runs a private copy of them).
mkdirSync(join(dir, 'deploy'), { recursive: true });
writeFileSync(join(dir, 'deploy', 'payments.yaml'), 'kind: Deployment\nmetadata: { name: payments }\n');

const fakeBin = join(dir, 'bin');

before(() => {
  const demo = readFileSync(join(ROOT, 'src', 'config', 'templates', 'demo.yaml'), 'utf8');
  writeFileSync(join(dir, 'portcullis.yaml'), demo.replace('    home: prod-cn-1\n', '    home: prod-cn-1\n    env:\n      AWS_PROFILE: kiro-readonly\n      GH_TOKEN: { from_env: KIRO_GH_TOKEN }\n'));
  mkdirSync(fakeBin);
  // A stand-in kubectl: the held deploy must not reach a real cluster from a test.
  writeFileSync(join(fakeBin, 'kubectl'), `#!/bin/sh\necho "kubectl $*" >> ${join(dir, 'kubectl.log')}\n`);
  chmodSync(join(fakeBin, 'kubectl'), 0o755);
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function exec(args: string[], env: Record<string, string>, onStdout?: (text: string, child: ReturnType<typeof spawn>) => void, onStderr?: (text: string) => void): Promise<Ran> {
  return new Promise((resolve) => {
    // its own process group, so that the bound below can end exec and whatever it started (a command
    // left running would hold the pipes open and the test would wait for the suite's timeout)
    const child = spawn(BIN, ['exec', '--config', join(dir, 'portcullis.yaml'), ...args], { cwd: dir, env: { PATH: `${fakeBin}:${process.env.PATH}`, HOME: dir, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      onStdout?.(stdout, child);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(stderr);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function auditOf(type: string): Promise<Array<Record<string, unknown>>> {
  const cp = await openControlSession({ configPath: join(dir, 'portcullis.yaml'), cwd: dir });
  try {
    const rows = await cp.opened.store.read((tx) => tx.auditRange(1, 100_000));
    return rows.filter((r) => r.type === type).map((r) => (JSON.parse(r.body) as { body: Record<string, unknown> }).body);
  } finally {
    await cp.close();
  }
}

describe('portcullis exec', () => {
  test('strips the operator credentials, injects the agent profile, keeps the exit code, audits intent and outcome (L3)', async () => {
    const operator = { AWS_PROFILE: 'dana-admin', AWS_ACCESS_KEY_ID: 'AKIADANA', AWS_SECRET_ACCESS_KEY: 'secret', KUBECONFIG: '/home/dana/.kube/config', GITHUB_TOKEN: 'ghp_dana', PORTCULLIS_TOKEN: 'dana-reviewer', SSH_AUTH_SOCK: '/tmp/agent.sock', KIRO_GH_TOKEN: 'ghp_kiro', AWS_REGION: 'cn-north-1' };
    const r = await exec(['--agent', 'kiro', '--', 'sh', '-c', 'echo "AWS_PROFILE=$AWS_PROFILE KEY=${AWS_ACCESS_KEY_ID:-none} KUBECONFIG=$KUBECONFIG GH_TOKEN=$GH_TOKEN GITHUB_TOKEN=${GITHUB_TOKEN:-none} PT=${PORTCULLIS_TOKEN:-none} SSH=${SSH_AUTH_SOCK:-none} CREDS=$AWS_SHARED_CREDENTIALS_FILE REGION=$AWS_REGION SRC=${KIRO_GH_TOKEN:-none}"; exit 7'], operator);
    assert.equal(r.stdout, 'AWS_PROFILE=kiro-readonly KEY=none KUBECONFIG=/dev/null GH_TOKEN=ghp_kiro GITHUB_TOKEN=none PT=none SSH=none CREDS=/dev/null REGION=cn-north-1 SRC=none\n');
    // D7: the in-process mode says once that it is no security boundary.
    assert.equal(r.stderr, IN_PROCESS_NOTICE + "portcullis: started the command from the allow-listed environment (D9); dropped: AWS_ACCESS_KEY_ID, AWS_PROFILE, AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, KIRO_GH_TOKEN, KUBECONFIG, PORTCULLIS_TOKEN, SSH_AUTH_SOCK\nportcullis: injected agent kiro's profile: AWS_PROFILE, GH_TOKEN\n");
    assert.equal(r.code, 7);
    const [intent] = (await auditOf('execution_intent')).filter((b) => b.adapter === 'exec');
    assert.deepEqual(intent?.argv, ['sh', '-c', (intent?.argv as string[])[2]]);
    assert.deepEqual(intent?.envRemoved, ['AWS_ACCESS_KEY_ID', 'AWS_PROFILE', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'KIRO_GH_TOKEN', 'KUBECONFIG', 'PORTCULLIS_TOKEN', 'SSH_AUTH_SOCK']);
    const outcome = (await auditOf('execution_outcome')).find((b) => (b.detail as { adapter?: string })?.adapter === 'exec');
    assert.deepEqual(outcome?.detail, { exitCode: 7, signal: null, adapter: 'exec' });
    assert.equal(outcome?.outcome, 'failed');
  });

  test('D9 the command starts from an allow-list: database passwords, connection URLs and managed-identity secrets never reach it; PATH, HOME, LANG, LC_*, TZ do', async () => {
    const leaked = { PGPASSWORD: 'pg-secret', MYSQL_PWD: 'my-secret', DATABASE_URL: 'postgres://dana:pw@db.prod/app', IDENTITY_HEADER: 'msi-header', MSI_SECRET: 'msi-secret', SOME_NEW_TOKEN: 'x', KIRO_GH_TOKEN: 'ghp_kiro', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'UTC' };
    const r = await exec(['--agent', 'kiro', '--', 'sh', '-c', 'env | cut -d= -f1 | sort | tr "\\n" " "'], leaked);
    assert.equal(r.code, 0, r.stderr);
    const names = r.stdout.trim().split(' ');
    for (const gone of ['PGPASSWORD', 'MYSQL_PWD', 'DATABASE_URL', 'IDENTITY_HEADER', 'MSI_SECRET', 'SOME_NEW_TOKEN', 'KIRO_GH_TOKEN']) assert.ok(!names.includes(gone), `${gone} reached the command: ${r.stdout}`);
    for (const kept of ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'GH_TOKEN', 'AWS_PROFILE']) assert.ok(names.includes(kept), `${kept} did not reach the command: ${r.stdout}`);
    assert.ok(r.stderr.startsWith(IN_PROCESS_NOTICE), r.stderr);
    assert.match(r.stderr.slice(IN_PROCESS_NOTICE.length), /^portcullis: started the command from the allow-listed environment \(D9\); dropped: DATABASE_URL, IDENTITY_HEADER, KIRO_GH_TOKEN, MSI_SECRET, MYSQL_PWD, PGPASSWORD, SOME_NEW_TOKEN\n/);
  });

  test('a profile variable that is not set stops everything (nothing runs)', async () => {
    const r = await exec(['--agent', 'kiro', '--', 'sh', '-c', 'echo ran'], {});
    assert.deepEqual(r, { code: 3, stdout: '', stderr: 'error: agents.kiro.env.GH_TOKEN: `KIRO_GH_TOKEN` is not set in this environment (config_invalid)\nhint: export KIRO_GH_TOKEN with the agent\'s own credential, or change the profile\n' });
  });

  test('forwards SIGTERM to the command and keeps its exit code', async () => {
    const r = await exec(['--agent', 'intern-bot', '--', 'sh', '-c', 'trap "echo got TERM; exit 42" TERM; echo ready; while :; do sleep 0.02; done'], {}, (out, child) => {
      if (out === 'ready\n') child.kill('SIGTERM');
    });
    assert.equal(r.stdout, 'ready\ngot TERM\n');
    assert.equal(r.code, 42);
  });

  test('denied: exit 2, nothing runs, the reason is shown', async () => {
    const r = await exec(['--agent', 'kiro', '--', 'kubectl', '--context', 'prod-cn-1', 'delete', 'namespace', 'payments'], { KIRO_GH_TOKEN: 'x' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^portcullis: DENY, nothing ran: an agent may never delete or replace its own home environment/m);
    assert.throws(() => readFileSync(join(dir, 'kubectl.log'), 'utf8'));
  });

  test('A6 L3 held: waits with a progress line, two reviewers approve, the command runs exactly once', async () => {
    const args = ['--agent', 'kiro', '--wait', '60s', '--', 'kubectl', '--context', 'prod-cn-1', 'apply', '-f', 'deploy/payments.yaml'];
    // Event, not time: approve only once exec printed its first progress line (it names the request).
    let progressed!: (id: string) => void;
    const firstProgress = new Promise<string>((r) => (progressed = r));
    const running = exec(args, { KIRO_GH_TOKEN: 'x' }, undefined, (err) => {
      const m = /waiting for approval of request (\S+):/.exec(err);
      if (m) progressed(m[1]!);
    });
    const requestId = await Promise.race([firstProgress, running.then((r) => assert.fail(`exec ended before waiting: ${r.stderr}`))]);
    const cp = (await openControlSession({ configPath: join(dir, 'portcullis.yaml'), cwd: dir })).opened;
    try {
      assert.equal((await cp.approvals.list({ statuses: ['pending'] }))[0]?.id, requestId, 'the request exec waits on is pending');
      const view = await cp.approvals.show(requestId);
      for (const who of ['alice', 'bob']) await cp.approvals.approve(requestId, (await cp.identity.human(who))!, view.digest);
    } finally {
      await cp.close();
    }
    const r = await running;
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`portcullis: waiting for approval of request ${requestId}: 0 of 2 approvals \\(approvers\\), pending, `));
    // A12: once, on a private copy of the approved manifest
    assert.match(readFileSync(join(dir, 'kubectl.log'), 'utf8'), /^kubectl --context prod-cn-1 apply -f \/\S*portcullis-approved-\S*\/payments\.yaml\n$/);
    const cp2 = (await openControlSession({ configPath: join(dir, 'portcullis.yaml'), cwd: dir })).opened;
    try {
      assert.equal((await cp2.approvals.show(requestId)).status, 'succeeded');
    } finally {
      await cp2.close();
    }
    // The same command again is a new request: the approval was single-use (A6).
    const again = await exec(['--agent', 'kiro', '--wait', '0s', '--', 'kubectl', '--context', 'prod-cn-1', 'apply', '-f', 'deploy/payments.yaml'], { KIRO_GH_TOKEN: 'x' });
    assert.equal(again.code, 4);
    assert.equal(readFileSync(join(dir, 'kubectl.log'), 'utf8').split('\n').length, 2);
  });
});
