/**
 * L8 and F8 with real faults on SQLite: a corrupt and an empty store file, a store without its key
 * and a key without its store (refused at open, with the recovery steps); a full filesystem while
 * approving (a small tmpfs mount: 503 store_unavailable, and it works again once there is space);
 * an I/O error under the store (ext4 on a loop device, shut down with EXT4_IOC_SHUTDOWN: the server
 * stops writing, reports not ready and exits for its supervisor). The mount tests need root and skip
 * with a message saying so otherwise.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PortcullisError } from '../../src/core/index.ts';
import { openRuntime } from '../../src/runtime/index.ts';
import { fixtureDir, portcullis, BIN } from '../helpers/cli.ts';
import { deploy, harmless } from '../helpers/http-app.ts';
import { untypedEntry } from '../helpers/audit-entry.ts';

const DEMO = readFileSync(new URL('../../src/config/templates/demo.yaml', import.meta.url), 'utf8');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A demo config in `dir` whose store has a few decisions and a signed checkpoint, closed cleanly. */
async function populated(dir: string): Promise<string> {
  const config = join(dir, 'portcullis.yaml');
  writeFileSync(config, DEMO);
  const rt = await openRuntime({ configPath: config, cwd: dir });
  try {
    await rt.identity.addHuman({ id: 'dana' }, { kind: 'local' });
    for (let i = 0; i < 300; i++) await rt.audit.append(untypedEntry('decision', 'agent:kiro', { i, effect: 'deny', pad: 'x'.repeat(200) }));
    await rt.audit.checkpoint();
  } finally {
    await rt.close();
  }
  return config;
}

const refused = (code: string, message: string | RegExp) => (e: unknown) => {
  assert.ok(e instanceof PortcullisError, String(e));
  assert.equal(e.code, code);
  if (typeof message === 'string') assert.equal(e.message, message);
  else assert.match(e.message, message);
  return true;
};

describe('L8 a damaged SQLite store is refused at open, with recovery steps', () => {
  test('L8 corrupt pages: quick_check fails, serve refuses to start (exit 1) and says how to recover', { timeout: 300_000 }, async () => {
    const dir = fixtureDir('portcullis-corrupt-');
    dirs.push(dir);
    const config = await populated(dir);
    const db = join(dir, 'portcullis.db');
    assert.equal(existsSync(`${db}-wal`), false, 'a clean close leaves no WAL behind');
    // overwrite pages in the middle of the file, as a bad disk or a torn copy would
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, Math.floor(statSync(db).size / 4096 / 2) * 4096);
    closeSync(fd);
    await assert.rejects(openRuntime({ configPath: config, cwd: dir }), refused('store_corrupt', new RegExp(`^sqlite store \`${db.replace(/[.]/g, '\\.')}\` is damaged: `)));
    const r = portcullis(dir, ['serve', '--config', config, '--port', '0']);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /^error: sqlite store `.*portcullis\.db` is damaged: .* \(store_corrupt\)\nhint: refusing to start \(L8\)\. Stop every process using it, keep the damaged file for inspection, restore the latest backup of the store \(with its -wal file\) and run `portcullis audit verify`; never delete it to start over while the audit key still exists\n$/);
  });

  test('L8 an empty (zero-length) store file is refused, and `users add` does not run tokenless on it', async () => {
    const dir = fixtureDir('portcullis-empty-');
    dirs.push(dir);
    const config = await populated(dir);
    truncateSync(join(dir, 'portcullis.db'), 0);
    await assert.rejects(openRuntime({ configPath: config, cwd: dir }), refused('store_corrupt', `sqlite store \`${join(dir, 'portcullis.db')}\` is damaged: the file is empty (0 bytes)`));
    const r = portcullis(dir, ['users', 'add', 'mallory', '--groups', 'admins', '--config', config], undefined, { PORTCULLIS_TOKEN: '' });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /is damaged: the file is empty \(0 bytes\) \(store_corrupt\)\n/);
    assert.equal(statSync(join(dir, 'portcullis.db')).size, 0, 'nothing was written into it');
  });

  test('L8 the audit key and the store exist together: a deleted store beside its key, and a store without its key, are refused', async () => {
    const dir = fixtureDir('portcullis-keyless-');
    dirs.push(dir);
    const config = await populated(dir);
    const key = join(dir, 'portcullis-audit.key');
    const saved = readFileSync(key, 'utf8');
    unlinkSync(key);
    await assert.rejects(openRuntime({ configPath: config, cwd: dir }), refused('store_corrupt', `the store's audit log is signed by a key, but the key file \`${key}\` is missing`));
    assert.equal(existsSync(key), false, 'no new key was made');
    writeFileSync(key, saved, { mode: 0o600 });
    unlinkSync(join(dir, 'portcullis.db'));
    await assert.rejects(openRuntime({ configPath: config, cwd: dir }), refused('store_corrupt', new RegExp('^the audit key `.*portcullis-audit\\.key` exists but the store `sqlite:.*` has no audit log$')));
    assert.equal(existsSync(join(dir, 'portcullis.db')), true);
  });
});

const root = process.getuid?.() === 0;
const hasTool = (t: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${t}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('F8 L8 a full disk and an I/O error under a running SQLite store', () => {
  test('F8 a full filesystem while approving: 503 store_unavailable saying the disk is full, nothing half-written, works again with space', { skip: root ? false : 'needs root to mount a small tmpfs (run the suite as root, as .ci/run does)' }, async () => {
    const mnt = fixtureDir('portcullis-full-');
    dirs.push(mnt);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mnt]);
    try {
      const { demoApp } = await import('../helpers/http-app.ts');
      const t = await demoApp({ dir: mnt });
      try {
        const held = (await (await t.app.request('/v1/decisions', { method: 'POST', headers: { authorization: `Bearer ${t.tokens.kiro}`, 'content-type': 'application/json' }, body: JSON.stringify(deploy) })).json()) as { requestId: string; actionDigest: string };
        const approve = (who: string) => t.app.request(`/v1/approvals/${held.requestId}/approve`, { method: 'POST', headers: { authorization: `Bearer ${t.tokens[who]}`, 'content-type': 'application/json' }, body: JSON.stringify({ digest: held.actionDigest }) });
        // fill the filesystem
        const filler = join(mnt, 'filler');
        const fd = openSync(filler, 'w');
        try {
          for (let i = 0; i < 10_000; i++) writeSync(fd, Buffer.alloc(16 * 1024));
          assert.fail('the 3 MiB filesystem never filled');
        } catch (err) {
          assert.equal((err as NodeJS.ErrnoException).code, 'ENOSPC');
        } finally {
          closeSync(fd);
        }
        const full = await approve('alice');
        assert.equal(full.status, 503);
        assert.equal(full.headers.get('retry-after'), '1');
        assert.deepEqual(await full.json(), { error: { code: 'store_unavailable', message: 'sqlite store unavailable: the disk is full', hint: 'free space on the store\'s filesystem; until then every write is refused and decisions are denied' } });
        const denied = (await (await t.app.request('/v1/decisions', { method: 'POST', headers: { authorization: `Bearer ${t.tokens.kiro}`, 'content-type': 'application/json' }, body: JSON.stringify(harmless) })).json()) as { effect: string; reasons: Array<{ code: string }> };
        assert.equal(denied.effect, 'deny');
        assert.equal(denied.reasons[0]?.code, 'store_unavailable');
        unlinkSync(filler);
        // not fatal: with space again the same approval goes through, and nothing was counted twice
        assert.equal((await approve('alice')).status, 200);
        const view = (await (await approve('bob')).json()) as { status: string; approvals: number };
        assert.deepEqual([view.status, view.approvals], ['approved', 2]);
        assert.equal((await t.runtime.verifyAudit()).ok, true);
      } finally {
        await t.close();
      }
    } finally {
      execFileSync('umount', [mnt]);
    }
  });

  const loopOk = root && hasTool('losetup') && hasTool('mkfs.ext4') && hasTool('python3');
  test('L8 an I/O error on the store device: serve stops writing, is not ready, exits 1 for its supervisor; restarted on the repaired device it serves again', { timeout: 300_000, skip: loopOk ? false : 'needs root, losetup, mkfs.ext4 and python3 (for the EXT4_IOC_SHUTDOWN ioctl); device-mapper dm-error is not available on this kernel either' }, async () => {
    const work = fixtureDir('portcullis-eio-');
    dirs.push(work);
    const image = join(work, 'disk.img');
    const mnt = join(work, 'mnt');
    mkdirSync(mnt);
    execFileSync('truncate', ['-s', '32M', image]);
    const loop = execFileSync('losetup', ['--find', '--show', image], { encoding: 'utf8' }).trim();
    let mounted = false;
    try {
      execFileSync('mkfs.ext4', ['-q', loop]);
      execFileSync('mount', [loop, mnt]);
      mounted = true;
      const config = join(mnt, 'portcullis.yaml');
      writeFileSync(config, DEMO);
      const rt = await openRuntime({ configPath: config, cwd: mnt });
      const token = (await rt.identity.addAgent({ id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' }, { kind: 'local' })).token;
      await rt.close();
      // the config is an ordinary file the test wrote: make it durable (the store makes itself durable, L6)
      execFileSync('sync', ['-f', config]);
      const serve = () => {
        const child = spawn(BIN, ['serve', '--config', config, '--port', '0'], { cwd: mnt, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
        const url = new Promise<string>((resolve, reject) => {
          child.stdout.on('data', (b: Buffer) => {
            out += b.toString();
            const m = /serving on (http:\/\/[^\s]+)/.exec(out);
            if (m) resolve(m[1]!);
          });
          void exited.then((code) => reject(new Error(`serve exited ${code}: ${out}${err}`)));
        });
        child.stderr.on('data', (b: Buffer) => (err += b.toString()));
        return { child, url, exited, stderr: () => err };
      };
      const decide = async (url: string) => {
        const res = await fetch(`${url}/v1/decisions`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(harmless) });
        return { status: res.status, body: (await res.json()) as { effect?: string; reasons?: Array<{ code: string }>; error?: { code: string } } };
      };
      const first = serve();
      const url = await first.url;
      assert.equal((await decide(url)).body.effect, 'allow');
      // the device fails under the running server
      execFileSync('python3', ['-c', `import fcntl,os;fd=os.open(${JSON.stringify(mnt)},os.O_RDONLY);fcntl.ioctl(fd,0x8004587D,(2).to_bytes(4,'little'))`]);
      const after = await decide(url).catch(() => null);
      if (after) {
        assert.notEqual(after.body.effect, 'allow');
        if (after.status === 200) assert.equal(after.body.reasons?.[0]?.code, 'store_unavailable');
      }
      assert.equal(await first.exited, 1);
      assert.match(first.stderr(), /error: sqlite store failed with an I\/O error: .* \(store_failed\)\nhint: this process stopped writing \(L8\); check the disk \(dmesg\), then restart portcullis: it checks the store when it opens\n/);
      // the device comes back (a remount replays the journal); the restart checks the store and serves
      execFileSync('umount', [mnt]);
      execFileSync('mount', [loop, mnt]);
      const second = serve();
      const url2 = await second.url;
      assert.equal((await decide(url2)).body.effect, 'allow');
      second.child.kill('SIGTERM');
      assert.equal(await second.exited, 0);
      const verify = portcullis(mnt, ['audit', 'verify', '--config', config]);
      assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    } finally {
      if (mounted) execFileSync('umount', ['-l', mnt]);
      execFileSync('losetup', ['-d', loop]);
    }
  });
});
