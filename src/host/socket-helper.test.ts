import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

type Answer = { op: 'opened' | 'error'; seq: number; agent: string; message?: string; path?: string };

// The helper chowns as root: run as root only (CI does).
const root = process.getuid?.() === 0;

describe('A12 D7 the root socket helper gives each agent a staging folder no other agent can read', { skip: !root && 'needs root' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-helper-'));
  const SERVICE = 60_900;
  let helper: ChildProcess;
  let seq = 0;
  const servers: Server[] = [];
  const open = (agent: string, uid: number, gid: number) =>
    new Promise<Answer>((resolve) => {
      const mine = ++seq;
      const on = (m: Answer, handle?: Server) => {
        if (m.seq !== mine) return;
        helper.off('message', on);
        if (handle) servers.push(handle);
        resolve(m);
      };
      helper.on('message', on);
      helper.send({ op: 'open', seq: mine, agent, uid, gid });
    });

  before(() => {
    mkdirSync(join(dir, 'approved'), { mode: 0o711 });
    helper = fork(fileURLToPath(new URL('./socket-helper.ts', import.meta.url)), [dir, String(SERVICE), join(dir, 'approved')], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--no-warnings'], serialization: 'json' });
  });
  after(() => {
    for (const s of servers) s.close();
    helper.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('A12 a group two agents\' users share is refused for the second (each would read the other\'s copies); its own group again, or a new one, is fine (r10b review)', async () => {
    const first = await open('alpha', 60_901, 60_950);
    assert.equal(first.op, 'opened', first.message);
    const st = statSync(join(dir, 'approved', 'alpha'));
    assert.deepEqual([st.uid, st.gid, st.mode & 0o7777], [SERVICE, 60_950, 0o2750]);
    const shared = await open('beta', 60_902, 60_950);
    assert.equal(shared.op, 'error');
    assert.equal(shared.message, 'gid 60950 is also the group of agent alpha\'s Unix user: each would read the other\'s staged input files; give each agent\'s Unix user a group of its own');
    assert.throws(() => statSync(join(dir, 'approved', 'beta')), /ENOENT/);
    // neighbours: beta with a group of its own; alpha's socket opened again (a reload) with the same group
    assert.equal((await open('beta', 60_902, 60_951)).op, 'opened');
    assert.equal((await open('alpha', 60_901, 60_950)).op, 'opened');
    // alpha remapped to another group frees its old one
    assert.equal((await open('alpha', 60_901, 60_952)).op, 'opened');
    assert.equal((await open('gamma', 60_903, 60_950)).op, 'opened');
  });
});
