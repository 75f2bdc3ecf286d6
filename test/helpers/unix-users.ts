import { execFileSync, spawnSync } from 'node:child_process';

/** A Unix user a test created (tests run as root in CI: they prove what an agent's user cannot touch). */
export interface User { name: string; uid: number; gid: number; home: string }

/** Sleeps the test process briefly while another process holds the password-file lock (bounded by the callers). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** useradd with a home and `/bin/sh`, waiting for the password-file lock another run may hold (exit 10; bounded). */
export function useradd(name: string): User {
  for (let i = 0; ; i++) {
    const r = spawnSync('useradd', ['--create-home', '--shell', '/bin/sh', name], { encoding: 'utf8' });
    if (r.status === 0) break;
    if (r.status !== 10 || i > 50) throw new Error(`useradd ${name}: ${r.stderr}`);
    pause(100);
  }
  const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  return { name, uid: id('-u'), gid: id('-g'), home: execFileSync('getent', ['passwd', name], { encoding: 'utf8' }).split(':')[5]! };
}

/** userdel -r, waiting for the password-file lock in the same way; a user already gone is fine. */
export function userdel(name: string): void {
  for (let i = 0; i < 50; i++) {
    const r = spawnSync('userdel', ['-r', name], { encoding: 'utf8' });
    if (r.status !== 10) return;
    pause(100);
  }
}
