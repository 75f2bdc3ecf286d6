import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { until } from './until.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'portcullis');

/**
 * `portcullis serve --demo --port 0` spawned in `dir` through the real binary; resolves with its
 * URL once it says it serves. A server that exits before that rejects with what it printed.
 */
export async function spawnDemoServe(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(BIN, ['serve', '--demo', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const url = await until(() => (out.includes('Stop with Ctrl-C.') ? /serving on (\S+)/.exec(out)?.[1] : child.exitCode !== null ? Promise.reject(new Error(out)) : undefined), 'portcullis serve to start');
  return { child, url };
}

/** Stops a spawned serve the way an operator does (SIGINT) and waits until it has exited. */
export async function stopServe(child: ChildProcess | null | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGINT');
  await exited;
}
