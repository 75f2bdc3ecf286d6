import assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

type Answer = { op: 'opened' | 'error' | 'ready' | 'failed' | 'closed'; seq: number; agent?: string; message?: string; path?: string };

// The helper chowns as root: run as root only (CI does).
const root = process.getuid?.() === 0;
const SERVICE = 60_900;
const HELPER = fileURLToPath(new URL('./socket-helper.ts', import.meta.url));

/** The helper on `runDir`, and its first message (ready, or failed) and exit code when it stops. */
function startHelper(runDir: string): { helper: ChildProcess; first: Promise<Answer>; exited: Promise<number | null> } {
  const helper = fork(HELPER, [runDir, String(SERVICE)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--no-warnings'], serialization: 'json' });
  const first = new Promise<Answer>((resolve) => helper.once('message', (m: Answer) => resolve(m)));
  const exited = new Promise<number | null>((resolve) => helper.once('exit', (code) => resolve(code)));
  return { helper, first, exited };
}

/** Asks `helper` to open (or close) an agent's socket; resolves with its final answer. */
function asker(helper: ChildProcess, servers: Server[]) {
  let seq = 0;
  const ask = (message: Record<string, unknown>, final: Answer['op'][]) =>
    new Promise<Answer>((resolve) => {
      const mine = ++seq;
      const on = (m: Answer, handle?: Server) => {
        if (m.seq !== mine) return;
        if (handle) servers.push(handle);
        if (!final.includes(m.op)) return;
        helper.off('message', on);
        resolve(m);
      };
      helper.on('message', on);
      helper.send({ ...message, seq: mine });
    });
  return {
    open: (agent: string, uid: number, gid: number) => ask({ op: 'open', agent, uid, gid }, ['opened', 'error']),
    close: (agent: string) => ask({ op: 'close', agent }, ['closed', 'error']),
  };
}

/** What a process running as `uid` gets for each file operation (the service user's side). */
function asUid(uid: number, ops: Record<string, string>): Promise<Record<string, string>> {
  const script = `const fs = require('node:fs'); const out = {}; for (const [k, f] of Object.entries(${JSON.stringify(ops)})) { try { new Function('fs', f)(fs); out[k] = 'ok'; } catch (e) { out[k] = e.code; } } process.stdout.write(JSON.stringify(out));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { uid, gid: uid, cwd: '/', stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.on('error', reject);
    child.on('close', () => resolve(JSON.parse(out) as Record<string, string>));
  });
}

const owner = (p: string) => {
  const st = lstatSync(p);
  return [st.uid, st.gid, st.mode & 0o7777];
};

describe('A12 D7 the root socket helper gives each agent a staging folder no other agent can read', { skip: !root && 'needs root' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-helper-'));
  const runDir = join(dir, 'run');
  let helper: ChildProcess;
  const servers: Server[] = [];
  let open: ReturnType<typeof asker>['open'];
  let close: ReturnType<typeof asker>['close'];

  before(async () => {
    // reachable by the other uids the tests run as
    chmodSync(dir, 0o755);
    const h = startHelper(runDir);
    helper = h.helper;
    assert.equal((await h.first).op, 'ready');
    ({ open, close } = asker(helper, servers));
  });
  after(() => {
    for (const s of servers) s.close();
    helper.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('A12 a group two agents\' users share is refused for the second (each would read the other\'s copies); its own group again, or a new one, is fine (r10b review)', async () => {
    const first = await open('alpha', 60_901, 60_950);
    assert.equal(first.op, 'opened', first.message);
    const st = statSync(join(runDir, 'approved', 'alpha'));
    assert.deepEqual([st.uid, st.gid, st.mode & 0o7777], [SERVICE, 60_950, 0o2750]);
    const shared = await open('beta', 60_902, 60_950);
    assert.equal(shared.op, 'error');
    assert.equal(shared.message, 'gid 60950 is also the group of agent alpha\'s Unix user: each would read the other\'s staged input files; give each agent\'s Unix user a group of its own');
    assert.throws(() => statSync(join(runDir, 'approved', 'beta')), /ENOENT/);
    // neighbours: beta with a group of its own; alpha's socket opened again (a reload) with the same group
    assert.equal((await open('beta', 60_902, 60_951)).op, 'opened');
    assert.equal((await open('alpha', 60_901, 60_950)).op, 'opened');
    // alpha remapped to another group frees its old one
    assert.equal((await open('alpha', 60_901, 60_952)).op, 'opened');
    assert.equal((await open('gamma', 60_903, 60_950)).op, 'opened');
  });

  it('D7 round 11: the run folder, agents/ and approved/ are root\'s: the service user can neither rename them nor put a link in their place', async () => {
    assert.deepEqual(owner(runDir), [0, 0, 0o755]);
    assert.deepEqual(owner(join(runDir, 'agents')), [0, 0, 0o755]);
    assert.deepEqual(owner(join(runDir, 'approved')), [0, 0, 0o711]);
    const victim = join(dir, 'victim');
    const r = await asUid(SERVICE, {
      renameApproved: `fs.renameSync(${JSON.stringify(join(runDir, 'approved'))}, ${JSON.stringify(join(runDir, 'old'))})`,
      renameAgents: `fs.renameSync(${JSON.stringify(join(runDir, 'agents'))}, ${JSON.stringify(join(runDir, 'old'))})`,
      linkInRun: `fs.symlinkSync(${JSON.stringify(victim)}, ${JSON.stringify(join(runDir, 'approved2'))})`,
      renameOwnStagingFolder: `fs.renameSync(${JSON.stringify(join(runDir, 'approved', 'alpha'))}, ${JSON.stringify(join(runDir, 'approved', 'x'))})`,
      linkForNewAgent: `fs.symlinkSync(${JSON.stringify(victim)}, ${JSON.stringify(join(runDir, 'approved', 'delta'))})`,
      linkForSocket: `fs.symlinkSync(${JSON.stringify(victim)}, ${JSON.stringify(join(runDir, 'agents', '.delta.1.1.sock'))})`,
    });
    assert.deepEqual(r, { renameApproved: 'EACCES', renameAgents: 'EACCES', linkInRun: 'EACCES', renameOwnStagingFolder: 'EACCES', linkForNewAgent: 'EACCES', linkForSocket: 'EACCES' });
  });

  it('A12 round 11: links and folders the service user put in a staging folder are removed when it is made afresh, never followed', async () => {
    const victim = join(dir, 'victim');
    mkdirSync(victim, { mode: 0o755 });
    writeFileSync(join(victim, 'keep'), 'root\'s\n', { mode: 0o644 });
    const alpha = join(runDir, 'approved', 'alpha');
    // the service user owns alpha's staging folder: what it can plant there
    const r = await asUid(SERVICE, {
      link: `fs.symlinkSync(${JSON.stringify(victim)}, ${JSON.stringify(join(alpha, 'stg_x-0-a.yaml'))})`,
      folder: `fs.mkdirSync(${JSON.stringify(join(alpha, 'sub'))})`,
      linkInFolder: `fs.symlinkSync(${JSON.stringify(join(victim, 'keep'))}, ${JSON.stringify(join(alpha, 'sub', 'keep'))})`,
    });
    assert.deepEqual(r, { link: 'ok', folder: 'ok', linkInFolder: 'ok' });
    assert.equal((await open('alpha', 60_901, 60_952)).op, 'opened');
    assert.deepEqual(readdirSync(alpha), []);
    assert.deepEqual(readdirSync(victim), ['keep']);
    assert.equal(readFileSync(join(victim, 'keep'), 'utf8'), 'root\'s\n');
    assert.deepEqual(owner(victim), [0, 0, 0o755]);
  });

  it('D7 round 11: a closed agent\'s socket name is removed by the helper (the daemon cannot: agents/ is root\'s)', async () => {
    assert.equal(lstatSync(join(runDir, 'agents', 'gamma.sock')).isSocket(), true);
    assert.equal((await close('gamma')).op, 'closed');
    assert.equal(existsSync(join(runDir, 'agents', 'gamma.sock')), false);
    assert.equal((await close('gamma')).op, 'closed', 'a name already gone is fine');
    const bad = await close('../etc');
    assert.deepEqual([bad.op, bad.message], ['error', 'not an agent id']);
  });
});

describe('D7 round 11: a run folder another user could change is taken over or refused, and no link in it is followed', { skip: !root && 'needs root' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-helper-r11-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('D7 an earlier install\'s run folder the service user owned, with links planted for approved/ and agents/, is made root\'s; the links are removed, never followed', async () => {
    const runDir = join(dir, 'old-run');
    const victim = join(dir, 'victim');
    mkdirSync(victim, { mode: 0o750 });
    chmodSync(victim, 0o750);
    writeFileSync(join(victim, 'keep'), 'root\'s\n');
    mkdirSync(runDir);
    chownSync(runDir, SERVICE, SERVICE);
    // what a compromised service user leaves for the next start (before round 11, root followed both)
    symlinkSync(victim, join(runDir, 'approved'));
    symlinkSync(victim, join(runDir, 'agents'));
    const { helper, first } = startHelper(runDir);
    const servers: Server[] = [];
    try {
      assert.equal((await first).op, 'ready');
      assert.deepEqual(owner(runDir), [0, 0, 0o755]);
      assert.equal(lstatSync(join(runDir, 'approved')).isDirectory(), true);
      assert.equal(lstatSync(join(runDir, 'agents')).isDirectory(), true);
      assert.equal((await asker(helper, servers).open('alpha', 60_901, 60_950)).op, 'opened');
      assert.deepEqual(readdirSync(victim), ['keep'], 'nothing made in the link\'s target');
      assert.deepEqual(owner(victim), [0, 0, 0o750], 'the target was neither chowned nor chmodded');
    } finally {
      for (const s of servers) s.close();
      helper.disconnect();
    }
  });

  it('D7 a run folder inside a folder the service user may write is refused at start; the helper makes nothing and exits', async () => {
    const theirs = join(dir, 'service-owned');
    mkdirSync(theirs);
    chownSync(theirs, SERVICE, SERVICE);
    const runDir = join(theirs, 'run');
    const { first, exited } = startHelper(runDir);
    assert.deepEqual(await first, { op: 'failed', seq: 0, message: `the run folder \`${runDir}\` could be replaced by a user other than root: \`${theirs}\` belongs to uid ${SERVICE}, not root: its owner may rename what is in it and put a link there` });
    assert.equal(await exited, 1);
    assert.equal(existsSync(runDir), false);
  });
});
