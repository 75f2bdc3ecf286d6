import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';

const BIN = new URL('../../bin/portcullis', import.meta.url).pathname;
const run = promisify(execFile);

/** Runs `portcullis serve ARGS` until it prints its banner (bounded: 20 s), then stops it with SIGINT. */
function serveOnce(args: string[], cwd: string): Promise<{ banner: string; code: number | null; url: string; stop: () => Promise<number | null> }> {
  const child = spawn(BIN, ['serve', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no banner within 90 s: ${out}${err}`)), 90_000);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('Stop with Ctrl-C.')) {
        clearTimeout(timer);
        resolve({ banner: out, code: null, url: /serving on (\S+)/.exec(out)![1]!, stop: async () => (child.kill('SIGINT'), exited) });
      }
    });
    child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      if (!out.includes('Stop with Ctrl-C.')) resolve({ banner: out + err, code, url: '', stop: async () => code });
    });
  });
}

describe('portcullis serve (npm start)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-start-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--demo writes the demo config, issues the demo tokens once (0600), prints how to sign in, and serves', async () => {
    const first = await serveOnce(['--demo', '--port', '0'], dir);
    assert.match(first.banner, /^portcullis serving on http:\/\/127\.0\.0\.1:\d+$/m);
    assert.match(first.banner, /^ {2}reviewer UI {5}http:\/\/127\.0\.0\.1:\d+\/ui$/m);
    const alice = /alice \(reviewer\) {2}(pct_h_\S+)/.exec(first.banner)?.[1];
    const bob = /bob {3}\(reviewer\) {2}(pct_h_\S+)/.exec(first.banner)?.[1];
    assert.ok(alice && bob);
    const tokenFile = join(dir, '.portcullis/demo/tokens/alice.token');
    assert.equal(readFileSync(tokenFile, 'utf8').trim(), alice);
    assert.equal(statSync(tokenFile).mode & 0o777, 0o600);
    const signIn = await fetch(`${first.url}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: alice }) });
    assert.equal(signIn.status, 200);
    assert.equal(await first.stop(), 0);
    // a second start reuses the store and the same tokens
    const second = await serveOnce(['--demo', '--port', '0'], dir);
    assert.ok(second.banner.includes(`alice (reviewer)  ${alice}`));
    const me = await fetch(`${second.url}/v1/me`, { headers: { authorization: `Bearer ${bob}` } });
    assert.equal(((await me.json()) as { principal: { id: string } }).principal.id, 'bob');
    assert.equal(await second.stop(), 0);
  });

  test('F2 an invalid config refuses to start (exit 3) and serves nothing', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\nhumans: {}\nroles: {}\nagents: {}\nenvironments: {}\nserver: { prot: 1 }\n');
    const r = await serveOnce(['--config', 'bad.yaml', '--port', '0'], dir);
    assert.equal(r.code, 3);
    assert.match(r.banner, /bad\.yaml:6: server\.prot: unknown key `prot`/);
  });

  test('bad flags are refused with the usage', async () => {
    await assert.rejects(run(BIN, ['serve', '--port', 'eighty'], { cwd: dir }), (e: { code: number; stderr: string }) => {
      assert.equal(e.code, 1);
      assert.match(e.stderr, /--port `eighty` is not a port number/);
      return true;
    });
    await assert.rejects(run(BIN, ['brakes', 'freeze'], { cwd: dir }), (e: { code: number; stderr: string }) => {
      assert.equal(e.code, 1);
      assert.match(e.stderr, /unknown or incomplete `brakes freeze`/);
      return true;
    });
  });
});
