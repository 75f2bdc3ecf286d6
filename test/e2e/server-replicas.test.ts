import assert from 'node:assert/strict';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { openRuntime } from '../../src/runtime/index.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { PG_URL, uniqueSchema } from '../../src/store/postgres/test-support.ts';
import { deploy, harmless } from '../helpers/http-app.ts';

const BIN = new URL('../../bin/portcullis', import.meta.url).pathname;
const run = promisify(execFile);

interface Replica { url: string; child: ChildProcess }

/** Starts `portcullis serve` and resolves with its address once it prints it (bounded: 90 s; a replica that never starts is killed, so the file cannot hang). */
function startReplica(config: string, cwd: string): Promise<Replica> {
  const child = spawn(BIN, ['serve', '--config', config, '--port', '0'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start within 90 s: ${out}${err}`));
    }, 90_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /serving on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child });
      }
    });
    child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${out}${err}`));
    });
  });
}

describe('two portcullis serve replicas on one PostgreSQL', () => {
  const schema = uniqueSchema('srv');
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-replicas-'));
  const config = join(dir, 'portcullis.yaml');
  const tokens: Record<string, string> = {};
  let a: Replica;
  let b: Replica;

  before(async () => {
    const demo = readFileSync(new URL('../../src/config/templates/demo.yaml', import.meta.url), 'utf8');
    writeFileSync(config, demo.replace(/^store: .*$/m, `store: ${PG_URL}?schema=${schema}`));
    const rt = await openRuntime({ configPath: config, cwd: dir });
    try {
      for (const id of ['alice', 'bob', 'dana']) tokens[id] = (await rt.identity.addHuman({ id }, { kind: 'local' })).token;
      tokens.kiro = (await rt.identity.addAgent({ id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, { kind: 'local' })).token;
    } finally {
      await rt.close();
    }
    a = await startReplica(config, dir);
    b = await startReplica(config, dir);
  });

  after(async () => {
    for (const r of [a, b]) {
      if (!r || r.child.exitCode !== null) continue;
      const exited = new Promise((res) => r.child.once('exit', res));
      r.child.kill('SIGTERM');
      await exited;
    }
    const s = await openPostgresStore({ connectionString: PG_URL, schema });
    await s.dropSchema();
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = async (r: Replica, path: string, token: string, body: unknown) => {
    const res = await fetch(`${r.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const get = async (r: Replica, path: string, token: string) => (await (await fetch(`${r.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as Record<string, unknown>;
  const decide = (r: Replica, body: unknown = harmless) => post(r, '/v1/decisions', tokens.kiro!, body);

  test('both replicas are ready', async () => {
    for (const r of [a, b]) assert.deepEqual(await (await fetch(`${r.url}/readyz`)).json(), { ready: true });
  });

  test('A6 an approval given on one replica is effective on the other; the approval is consumed once', async () => {
    const held = await decide(a, deploy);
    assert.equal(held.body.effect, 'hold');
    const id = held.body.requestId as string;
    const digest = held.body.actionDigest as string;
    assert.equal((await post(a, `/v1/approvals/${id}/approve`, tokens.alice!, { digest })).body.status, 'pending');
    assert.equal((await post(b, `/v1/approvals/${id}/approve`, tokens.bob!, { digest })).body.status, 'approved');
    const retry = await decide(b, deploy);
    assert.equal(retry.body.effect, 'allow');
    // A6: consumed on B, so the same action on A is a new request, not a second execution
    const again = await decide(a, deploy);
    assert.equal(again.body.effect, 'hold');
    assert.notEqual(again.body.requestId, id);
  });

  test('F3 the kill switch engaged on one replica stops the agent on both within one second', async () => {
    assert.equal((await decide(b)).body.effect, 'allow');
    const switched = await post(a, '/v1/brakes', tokens.alice!, { kind: 'freeze_all', reason: 'e2e' });
    assert.equal(switched.status, 200);
    const t0 = performance.now();
    let stoppedAfter: number | null = null;
    // bounded: at most 1 s of polling, at most 100 requests
    for (let i = 0; i < 100 && performance.now() - t0 < 1_000; i++) {
      const d = await decide(b);
      if (d.body.effect === 'deny' && (d.body.reasons as Array<{ code: string }>)[0]?.code === 'kill_switch_engaged') {
        stoppedAfter = performance.now() - t0;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    assert.notEqual(stoppedAfter, null, 'replica B still allowed the agent one second after the kill switch');
    assert.equal(((await decide(a)).body.reasons as Array<{ code: string }>)[0]?.code, 'kill_switch_engaged');
    // released through the CLI on the same store (an admin's token), effective on both again
    await run(BIN, ['brakes', 'unfreeze-all', '--config', config, '--reason', 'e2e done'], { cwd: dir, env: { ...process.env, PORTCULLIS_TOKEN: tokens.dana } });
    let allowed = false;
    for (let i = 0; i < 100 && !allowed; i++) {
      allowed = (await decide(b)).body.effect === 'allow' && (await decide(a)).body.effect === 'allow';
      if (!allowed) await new Promise((r) => setTimeout(r, 25));
    }
    assert.ok(allowed);
    const status = await run(BIN, ['brakes', 'status', '--config', config], { cwd: dir, env: { ...process.env, PORTCULLIS_TOKEN: tokens.bob } });
    assert.match(status.stdout, /^global kill switch: off$/m);
  });

  test('F3 an agent token cannot switch brakes through the CLI either', async () => {
    await assert.rejects(run(BIN, ['brakes', 'unfreeze-all', '--config', config], { cwd: dir, env: { ...process.env, PORTCULLIS_TOKEN: tokens.kiro } }), (e: { code: number; stderr: string }) => {
      assert.equal(e.code, 1);
      assert.match(e.stderr, /agent token presented on the reviewer channel/);
      return true;
    });
  });

  test('L1 L6 concurrent decisions through both replicas leave one dense, verifiable audit chain', async () => {
    const before = (await get(a, '/v1/audit?limit=1', tokens.bob!)).size as number;
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => decide(i % 2 === 0 ? a : b, { action: { kind: 'shell', command: `ls -la /tmp/${i}` }, context: harmless.context })));
    assert.ok(results.every((r) => r.status === 200 && r.body.effect === 'allow'));
    const ids = new Set(results.map((r) => r.body.decisionId));
    assert.equal(ids.size, 60, 'every decision has its own audit entry');
    const va = await get(a, '/v1/audit/verify', tokens.bob!);
    const vb = await get(b, '/v1/audit/verify', tokens.alice!);
    assert.equal(va.ok, true, JSON.stringify(va));
    assert.equal(vb.ok, true);
    assert.equal(va.size, vb.size);
    assert.ok((va.size as number) >= before + 60);
    // dense: pages read back from each replica list every seq exactly once
    const seqs: number[] = [];
    for (let cursor: number | null = (va.size as number) + 1; cursor !== null && seqs.length < (va.size as number); ) {
      const page = await get(cursor % 2 ? a : b, `/v1/audit?limit=500&before=${cursor}`, tokens.bob!);
      seqs.push(...(page.entries as Array<{ seq: number }>).map((e) => e.seq));
      cursor = page.nextBefore as number | null;
    }
    assert.deepEqual(seqs, Array.from({ length: va.size as number }, (_, i) => (va.size as number) - i));
  });
});
