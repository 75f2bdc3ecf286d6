/**
 * L9 across replicas: two processes on one PostgreSQL whose wall clocks disagree must agree on when
 * a request expires and when an execution's lease runs out. Time-to-live is measured on the
 * database's clock (`clock_timestamp()`), not on each replica's. Two ways in:
 * - two approval services on two store instances (two pools, one schema) with injected clocks two
 *   hours apart, with and without the store's clock (the latter shows the disagreement it removes);
 * - a second replica process started by libfaketime with its wall clock two hours ahead, sweeping
 *   the requests a replica on the real clock opened.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import type { Human } from '../../src/core/index.ts';
import { openRuntime } from '../../src/runtime/index.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { PG_URL, uniqueSchema } from '../../src/store/postgres/test-support.ts';
import { auditKeyFor, controlPlane, holdInput, type ControlPlane } from '../helpers/control-plane.ts';
import { deploy } from '../helpers/http-app.ts';
import { NODE } from '../helpers/cli.ts';

const HOUR = 3_600_000;
const LIB = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/faketime/libfaketime.so.1'].find((p) => existsSync(p));
const dir = mkdtempSync(join(tmpdir(), 'portcullis-pgskew-'));
const schemas: string[] = [];
after(async () => {
  for (const schema of schemas) {
    const s = await openPostgresStore({ connectionString: PG_URL, schema });
    await s.dropSchema();
    await s.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

/** The database server's clock, read by a client of its own (ms). */
async function dbNow(): Promise<number> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return Number((await c.query('SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS t')).rows[0].t);
  } finally {
    await c.end();
  }
}

/** Two replicas of one PostgreSQL store: `ahead`'s clock reads two hours later than `behind`'s. */
async function replicas(storeClock: boolean): Promise<{ ahead: ControlPlane; behind: ControlPlane; close(): Promise<void> }> {
  const schema = uniqueSchema('skew');
  schemas.push(schema);
  const url = `${PG_URL}?schema=${schema}`;
  const shared = { url, auditKeyFile: auditKeyFor(dir, url), approvals: { pendingTtlMs: 10 * 60_000, executionLeaseMs: 5 * 60_000, storeClock } };
  const behind = await controlPlane(shared);
  const ahead = await controlPlane(shared);
  ahead.clock.advance(2 * HOUR);
  return { ahead, behind, close: async () => { await ahead.dispose(); await behind.dispose(); } };
}

const sre = (id: string): Human => ({ kind: 'human', id, groups: ['sre'] });

describe('L9 replicas with skewed wall clocks on one PostgreSQL measure time-to-live on the database clock', () => {
  test('L9 a request one replica opens neither expires early on a replica ahead nor late on one behind; its window is on the database clock', async () => {
    const r = await replicas(true);
    try {
      const before = await dbNow();
      const held = await r.behind.approvals.hold(holdInput('terraform destroy -target=module.db'));
      const after = await dbNow();
      assert.equal(held.status, 'pending');
      const q = await r.ahead.approvals.show(held.requestId);
      assert.ok(q.createdAt >= before && q.createdAt <= after, `createdAt ${q.createdAt} is on the database clock [${before}, ${after}]`);
      assert.equal(q.expiresAt - q.createdAt, 10 * 60_000);
      assert.deepEqual(await r.ahead.approvals.expireDue(), [], 'the replica two hours ahead does not expire it');
      assert.deepEqual(await r.behind.approvals.expireDue(), []);
      assert.equal((await r.behind.approvals.show(held.requestId)).status, 'pending');
    } finally {
      await r.close();
    }
  });

  test('L9 L3 an execution lease taken on one replica is not run out by a replica ahead; renewing it is on the database clock', async () => {
    const r = await replicas(true);
    try {
      const input = holdInput('terraform apply -auto-approve prod');
      const held = await r.behind.approvals.hold(input);
      await r.ahead.approvals.approve(held.requestId, sre('alice'), input.digest);
      await r.behind.approvals.approve(held.requestId, sre('bob'), input.digest);
      assert.equal((await r.behind.approvals.hold(input)).status, 'approved');
      assert.equal((await r.ahead.approvals.show(held.requestId)).status, 'executing');
      assert.deepEqual(await r.ahead.approvals.expireDue(), []);
      assert.equal((await r.ahead.approvals.show(held.requestId)).status, 'executing', 'the lease did not run out on the replica ahead');
      const before = await dbNow();
      const lease = await r.ahead.approvals.renewLease(held.requestId);
      const after = await dbNow();
      assert.ok(lease.leaseUntil >= before + 5 * 60_000 && lease.leaseUntil <= after + 5 * 60_000, `leaseUntil ${lease.leaseUntil} is five minutes past the database clock`);
    } finally {
      await r.close();
    }
  });

  test('without the database clock (each replica its own), the same two replicas disagree: what this removes', async () => {
    const r = await replicas(false);
    try {
      const input = holdInput('terraform destroy -target=module.cache');
      const held = await r.behind.approvals.hold(input);
      assert.deepEqual(await r.ahead.approvals.expireDue(), [held.requestId], 'the replica ahead expired a request opened ten minutes ago');
    } finally {
      await r.close();
    }
  });

  test('L9 a replica process whose wall clock runs two hours ahead (libfaketime) expires nothing another replica just opened', { timeout: 120_000, skip: LIB ? false : 'libfaketime is not installed (apt-get install faketime)' }, async () => {
    const schema = uniqueSchema('skewp');
    schemas.push(schema);
    const config = join(dir, 'portcullis.yaml');
    const demo = readFileSync(new URL('../../src/config/templates/demo.yaml', import.meta.url), 'utf8');
    writeFileSync(config, demo.replace(/^store: .*$/m, `store: ${PG_URL}?schema=${schema}`));
    // the replica on the real clock: no injected clock, as `portcullis serve` runs
    const rt = await openRuntime({ configPath: config, cwd: dir });
    let requestId: string;
    try {
      await rt.identity.addAgent({ id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, { kind: 'local' });
      const d = await rt.gateway.decide({ agentId: 'kiro', ...deploy } as Parameters<typeof rt.gateway.decide>[0]);
      assert.equal(d.effect, 'hold');
      requestId = d.requestId!;
    } finally {
      await rt.close();
    }

    const script = join(dir, 'sweep.ts');
    writeFileSync(script, `import { openRuntime } from ${JSON.stringify(new URL('../../src/runtime/index.ts', import.meta.url).pathname)};
const rt = await openRuntime({ configPath: ${JSON.stringify(config)}, cwd: ${JSON.stringify(dir)} });
const expired = await rt.sweepExpired();
const q = await rt.approvals.show(${JSON.stringify(requestId)});
process.stdout.write(JSON.stringify({ wall: Date.now(), expired, status: q.status }) + '\\n');
await rt.close();
`);
    const child = spawn(NODE, ['--no-warnings', script], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LD_PRELOAD: LIB, FAKETIME: '+2h', FAKETIME_DONT_FAKE_MONOTONIC: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const code = await new Promise<number | null>((res) => child.on('exit', res));
    assert.equal(code, 0, err);
    const seen = JSON.parse(out) as { wall: number; expired: string[]; status: string };
    assert.ok(seen.wall - (await dbNow()) > HOUR, 'the replica\'s wall clock ran ahead (libfaketime applied)');
    assert.deepEqual({ expired: seen.expired, status: seen.status }, { expired: [], status: 'pending' });
  });
});
