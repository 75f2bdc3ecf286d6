/**
 * A12 end to end, the scenario: `kubectl --context prod-cn-1 apply -f deploy/payments.yaml`
 * is held, two reviewers approve it, the agent then swaps the manifest (another kind, other content):
 * the same command is held again as a new request, and its page shows the new content. The real
 * binary (`portcullis exec --server`) against a spawned `portcullis serve --demo`.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { apiCall } from '../helpers/api-call.ts';
import { spawnDemoServe, stopServe } from '../helpers/serve-process.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'portcullis');
const dir = mkdtempSync(join(tmpdir(), 'portcullis-binding-'));
const fakeBin = join(dir, 'bin');
const log = join(dir, 'kubectl.log');
const manifest = join(dir, 'deploy', 'payments.yaml');
const DEPLOY = ['kubectl', '--context', 'prod-cn-1', 'apply', '-f', 'deploy/payments.yaml'];
const ORIGINAL = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: payments\nspec:\n  replicas: 3\n';
// Long enough to be truncated on the page: the reviewer sees the start, and all of it one click away.
const SWAPPED = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n${Array.from({ length: 60 }, (_, i) => `# filler line ${i + 1}`).join('\n')}\n# the last line\n`;

let serve: ChildProcess;
let url = '';
const token = (who: string) => readFileSync(join(dir, '.portcullis', 'demo', 'tokens', `${who}.token`), 'utf8').trim();

const api = (path: string, who: string, body?: unknown) => apiCall(url, token(who), path, body);

function exec(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(BIN, ['exec', '--agent', 'kiro', '--server', url, '--config', '.portcullis/demo/portcullis.yaml', ...args], {
    cwd: dir, env: { PATH: `${fakeBin}:${process.env.PATH}`, HOME: dir, PORTCULLIS_AGENT_TOKEN: token('kiro') }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((r) => child.once('close', (code) => (clearTimeout(timer), r({ code, stderr }))));
}

const heldId = (stderr: string) => /request (req_[\w-]+)/.exec(stderr)?.[1];

before(async () => {
  mkdirSync(fakeBin);
  mkdirSync(join(dir, 'deploy'));
  writeFileSync(manifest, ORIGINAL);
  // A stand-in kubectl: nothing may reach a real cluster from a test.
  writeFileSync(join(fakeBin, 'kubectl'), `#!/bin/sh\necho "kubectl $*" >> ${log}\n`);
  chmodSync(join(fakeBin, 'kubectl'), 0o755);
  ({ child: serve, url } = await spawnDemoServe(dir));
});

after(async () => {
  await stopServe(serve);
  rmSync(dir, { recursive: true, force: true });
});

describe('A12 an approval binds the manifest, not the words of the command', () => {
  test('A12 A1 held, approved by two, the manifest swapped: the same command is held again as a new request whose page shows the new content', async () => {
    const first = await exec(['--wait', '0s', '--', ...DEPLOY]);
    assert.equal(first.code, 4, first.stderr);
    const id = heldId(first.stderr);
    assert.ok(id, first.stderr);
    const shown = (await api(`/v1/approvals/${id}`, 'alice')).json as { digest: string; inputs: Array<{ path: string; text: string; sha256: string }> };
    assert.equal(shown.inputs[0]!.path, 'deploy/payments.yaml');
    assert.equal(shown.inputs[0]!.text, ORIGINAL);
    for (const who of ['alice', 'bob']) assert.equal((await api(`/v1/approvals/${id}/approve`, who, { digest: shown.digest })).status, 200);
    assert.equal((await api(`/v1/approvals/${id}`, 'alice')).json.status, 'approved');

    // The agent rewrites the manifest: another kind, other contents. The words of the command are the same.
    writeFileSync(manifest, SWAPPED);
    const second = await exec(['--wait', '0s', '--', ...DEPLOY]);
    assert.equal(second.code, 4, second.stderr);
    const newId = heldId(second.stderr);
    assert.ok(newId && newId !== id, `a new request, not ${id}: ${second.stderr}`);
    assert.throws(() => readFileSync(log), /ENOENT/, 'nothing ran');
    // the approved request is untouched: its approval is for the original bytes only
    assert.equal((await api(`/v1/approvals/${id}`, 'alice')).json.status, 'approved');
    const next = (await api(`/v1/approvals/${newId}`, 'alice')).json as { digest: string; inputs: Array<{ text: string }> };
    assert.notEqual(next.digest, shown.digest);
    assert.equal(next.inputs[0]!.text, SWAPPED);

    // The reviewer's page for the new request shows the new content: its start, and all of it one click away.
    const signIn = await fetch(`${url}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ token: token('alice') }) });
    assert.equal(signIn.status, 200);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const page = await fetch(`${url}/ui/requests/${newId}`, { headers: { cookie } });
    assert.equal(page.status, 200);
    const htmlText = await page.text();
    assert.match(htmlText, /<h2 id="inputs-h">Files it reads/);
    assert.match(htmlText, /kind: Namespace/);
    assert.match(htmlText, /<details class="raw"><summary>Show all 66 lines of deploy\/payments\.yaml<\/summary>[\s\S]*# the last line/);
    assert.doesNotMatch(htmlText, /kind: Deployment/);
  });
});
