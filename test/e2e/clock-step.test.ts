/**
 * L9 with a real clock step: `portcullis serve` runs under libfaketime, whose offset the test moves
 * by rewriting a file (the wall clock of that process only; CLOCK_MONOTONIC is left real). A pending
 * request must neither expire when the wall clock jumps two hours ahead nor have its window moved when
 * it jumps back, and each step is an audit entry.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openRuntime } from '../../src/runtime/index.ts';
import { BIN } from '../helpers/cli.ts';
import { deploy } from '../helpers/http-app.ts';

const LIB = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/faketime/libfaketime.so.1'].find((p) => existsSync(p));
const dir = mkdtempSync(join(tmpdir(), 'portcullis-clock-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('L9 a wall-clock step under a running server (libfaketime)', () => {
  test('L9 a step two hours ahead and back: the pending request neither expires nor moves its window; both steps are audited', { timeout: 300_000, skip: LIB ? false : 'libfaketime is not installed (apt-get install faketime; .ci/run installs it)' }, async () => {
    const config = join(dir, 'portcullis.yaml');
    writeFileSync(config, readFileSync(new URL('../../src/config/templates/demo.yaml', import.meta.url), 'utf8'));
    const rt = await openRuntime({ configPath: config, cwd: dir });
    const kiro = (await rt.identity.addAgent({ id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, { kind: 'local' })).token;
    const alice = (await rt.identity.addHuman({ id: 'alice' }, { kind: 'local' })).token;
    await rt.close();

    const offset = join(dir, 'faketime');
    writeFileSync(offset, '+0\n');
    const child = spawn(BIN, ['serve', '--config', config, '--port', '0'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LD_PRELOAD: LIB, FAKETIME_TIMESTAMP_FILE: offset, FAKETIME_CACHE_DURATION: '1', FAKETIME_DONT_FAKE_MONOTONIC: '1' },
    });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    let out = '';
    let err = '';
    const waiters: Array<() => void> = [];
    child.stdout.on('data', (b: Buffer) => ((out += b.toString()), waiters.splice(0).forEach((w) => w())));
    child.stderr.on('data', (b: Buffer) => ((err += b.toString()), waiters.splice(0).forEach((w) => w())));
    void exited.then(() => waiters.splice(0).forEach((w) => w()));
    /** Waits for the server to print a line matching `re` (an event, not a time). */
    const waitFor = async (re: RegExp) => {
      while (!re.test(out + err)) {
        if (child.exitCode !== null) throw new Error(`serve exited: ${out}${err}`);
        await new Promise<void>((r) => waiters.push(r));
      }
      return re.exec(out + err)!;
    };
    try {
      const url = (await waitFor(/serving on (http:\/\/[^\s]+)/))[1]!;
      const held = (await (await fetch(`${url}/v1/decisions`, { method: 'POST', headers: { authorization: `Bearer ${kiro}`, 'content-type': 'application/json' }, body: JSON.stringify(deploy) })).json()) as { effect: string; requestId: string };
      assert.equal(held.effect, 'hold');
      const show = async () => (await (await fetch(`${url}/v1/approvals/${held.requestId}`, { headers: { authorization: `Bearer ${alice}` } })).json()) as { status: string; createdAt: number; expiresAt: number };
      const before = await show();
      assert.equal(before.status, 'pending');

      writeFileSync(offset, '+7200\n');
      await waitFor(/the wall clock stepped by \+7\d{6} ms; time-to-live keeps running on the monotonic clock \(audit entry \d+, L9\)/);
      writeFileSync(offset, '+0\n');
      // by the second report at least one expiry sweep ran with the wall clock two hours ahead
      await waitFor(/the wall clock stepped by -7\d{6} ms; time-to-live keeps running on the monotonic clock \(audit entry \d+, L9\)/);
      const now = await show();
      assert.equal(now.status, 'pending', 'a wall-clock step did not expire the request');
      assert.deepEqual([now.createdAt, now.expiresAt], [before.createdAt, before.expiresAt], 'nor moved its window');

      const steps = (await (await fetch(`${url}/v1/audit?type=clock_step`, { headers: { authorization: `Bearer ${alice}` } })).json()) as { entries: Array<{ actor: string; body: { stepMs: number } }> };
      assert.deepEqual(steps.entries.map((e) => [e.actor, Math.sign(e.body.stepMs), Math.round(Math.abs(e.body.stepMs) / 3_600_000)]).sort(), [['system', -1, 2], ['system', 1, 2]]);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
