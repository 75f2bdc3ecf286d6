import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PortcullisError, sha256Hex } from '../core/index.ts';
import { createInputStaging, type StagedInputStore, type StageFile } from './input-staging.ts';

const APPROVED = new TextEncoder().encode('replicas: 3\n');
const SWAPPED = new TextEncoder().encode('replicas: 0 # SWAPPED AFTER APPROVAL\n');

/** A store that keeps what it was given, so a test can see exactly what would have been written. */
function memoryStore() {
  const written = new Map<string, { agent: string; files: StageFile[] }>();
  const store: StagedInputStore = {
    async write(agent, stageId, files) {
      written.set(stageId, { agent, files: [...files] });
      return files.map((_, i) => `/run/portcullis/approved/${agent}/${stageId}-${i}`);
    },
    async remove(_agent, stageId) {
      written.delete(stageId);
    },
  };
  return { store, written };
}

function fixture(options: { maxBytes?: number; maxFiles?: number } = {}) {
  let now = 1_000_000;
  let n = 0;
  const mem = memoryStore();
  const staging = createInputStaging({ store: mem.store, clock: { now: () => now }, ids: { next: (p = '') => `${p}${++n}` }, ttlMs: 60_000, ...options });
  const allow = (decisionId: string, requestId?: string) => ({
    effect: 'allow' as const,
    decisionId,
    ...(requestId ? { requestId } : {}),
    inputs: [{ path: 'deploy.yaml', realPath: '/work/deploy.yaml', sha256: sha256Hex(APPROVED), role: 'manifest' as const }],
  });
  return { staging, mem, allow, advance: (ms: number) => (now += ms) };
}

async function refusal(p: Promise<unknown>): Promise<PortcullisError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof PortcullisError, String(err));
    return err;
  }
  assert.fail('expected a refusal');
}

describe('input staging (A12): the daemon checks the bytes against the decision before writing them', () => {
  test('A12 the approved bytes are written, once per decision', async () => {
    const f = fixture();
    f.staging.remember('kiro', f.allow('dec_1'));
    const staged = await f.staging.stage('kiro', 'dec_1', [{ path: 'deploy.yaml', bytes: APPROVED }]);
    assert.deepEqual(staged, { stageId: 'stg_1', files: [{ path: 'deploy.yaml', staged: '/run/portcullis/approved/kiro/stg_1-0' }] });
    assert.deepEqual(f.mem.written.get('stg_1')?.files[0]?.bytes, APPROVED);
    const again = await refusal(f.staging.stage('kiro', 'dec_1', [{ path: 'deploy.yaml', bytes: APPROVED }]));
    assert.equal(again.code, 'not_found');
  });

  test('A12 bytes that differ from the bound sha256 are refused and nothing is written', async () => {
    const f = fixture();
    f.staging.remember('kiro', f.allow('dec_1'));
    const e = await refusal(f.staging.stage('kiro', 'dec_1', [{ path: 'deploy.yaml', bytes: SWAPPED }]));
    assert.equal(e.code, 'exec_input_changed');
    assert.match(e.message, /^`deploy\.yaml` changed since it was approved \(sha256 [0-9a-f]{12}… → [0-9a-f]{12}…\)$/);
    assert.equal(f.mem.written.size, 0);
  });

  test('A12 a path the decision did not bind, or one handed over twice, is refused', async () => {
    const f = fixture();
    f.staging.remember('kiro', f.allow('dec_1'));
    const other = await refusal(f.staging.stage('kiro', 'dec_1', [{ path: '/etc/shadow', bytes: APPROVED }]));
    assert.equal(other.code, 'exec_input_changed');
    assert.equal(other.message, '`/etc/shadow` is not an input file the decision bound');
    f.staging.remember('kiro', f.allow('dec_2'));
    const twice = await refusal(f.staging.stage('kiro', 'dec_2', [{ path: 'deploy.yaml', bytes: APPROVED }, { path: 'deploy.yaml', bytes: SWAPPED }]));
    assert.equal(twice.message, '`deploy.yaml` is not an input file the decision bound (handed over twice)');
    assert.equal(f.mem.written.size, 0);
  });

  test('D7 A12 an unknown decision and another agent\'s decision get the same refusal', async () => {
    const f = fixture();
    f.staging.remember('kiro', f.allow('dec_1'));
    const unknown = await refusal(f.staging.stage('kiro', 'dec_404', [{ path: 'deploy.yaml', bytes: APPROVED }]));
    const others = await refusal(f.staging.stage('scout', 'dec_1', [{ path: 'deploy.yaml', bytes: APPROVED }]));
    assert.equal(unknown.code, 'not_found');
    assert.equal(others.code, 'not_found');
    assert.equal(others.message, unknown.message.replace('dec_404', 'dec_1'));
    // kiro's own decision is still stageable: scout's attempt did not spend it
    await f.staging.stage('kiro', 'dec_1', [{ path: 'deploy.yaml', bytes: APPROVED }]);
  });

  test('A12 only allows with inputs are remembered: a hold, a deny, an allow without files stage nothing', async () => {
    const f = fixture();
    f.staging.remember('kiro', { ...f.allow('dec_h'), effect: 'hold' });
    f.staging.remember('kiro', { ...f.allow('dec_d'), effect: 'deny' });
    f.staging.remember('kiro', { ...f.allow('dec_n'), inputs: [] });
    for (const id of ['dec_h', 'dec_d', 'dec_n']) assert.equal((await refusal(f.staging.stage('kiro', id, [{ path: 'deploy.yaml', bytes: APPROVED }]))).code, 'not_found');
  });

  test('F8 more bytes or files than an approval binds are refused before hashing or writing', async () => {
    const f = fixture({ maxBytes: 8, maxFiles: 1 });
    f.staging.remember('kiro', f.allow('dec_1'));
    const big = await refusal(f.staging.stage('kiro', 'dec_1', [{ path: 'deploy.yaml', bytes: APPROVED }]));
    assert.equal(big.code, 'request_too_large');
    assert.equal(big.message, '1 files of 12 bytes exceed the staging bound (1 files, 8 bytes)');
    assert.equal(f.mem.written.size, 0);
  });

  test('A12 the copies go when released (by their own agent only), when the request reports its outcome, and after the TTL', async () => {
    const f = fixture();
    for (const id of ['dec_1', 'dec_2', 'dec_3']) f.staging.remember('kiro', f.allow(id, id === 'dec_2' ? 'req_2' : undefined));
    const one = await f.staging.stage('kiro', 'dec_1', [{ path: 'deploy.yaml', bytes: APPROVED }]);
    const two = await f.staging.stage('kiro', 'dec_2', [{ path: 'deploy.yaml', bytes: APPROVED }]);
    const three = await f.staging.stage('kiro', 'dec_3', [{ path: 'deploy.yaml', bytes: APPROVED }]);
    assert.equal(await f.staging.release('scout', one.stageId), false);
    assert.ok(f.mem.written.has(one.stageId));
    assert.equal(await f.staging.release('kiro', one.stageId), true);
    assert.ok(!f.mem.written.has(one.stageId));
    await f.staging.releaseRequest('kiro', 'req_2');
    assert.ok(!f.mem.written.has(two.stageId));
    assert.equal(await f.staging.sweep(), 0);
    f.advance(60_000);
    assert.equal(await f.staging.sweep(), 1);
    assert.ok(!f.mem.written.has(three.stageId));
  });

  test('A12 a decision not staged within the TTL is forgotten', async () => {
    const f = fixture();
    f.staging.remember('kiro', f.allow('dec_1'));
    f.advance(60_000);
    assert.equal((await refusal(f.staging.stage('kiro', 'dec_1', [{ path: 'deploy.yaml', bytes: APPROVED }]))).code, 'not_found');
  });
});
