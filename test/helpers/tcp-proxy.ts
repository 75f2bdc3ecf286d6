import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface TcpProxy {
  port: number;
  /** SIGSTOP: the target looks hung (open connections, no answers). */
  freeze(): void;
  /** SIGCONT after freeze. */
  thaw(): void;
  /** SIGKILL: the target looks stopped (resets, refused connections). Idempotent. */
  stop(): Promise<void>;
}

/** Starts a forwarder process to `host:port` and resolves once it listens (tests only). */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, 'tcp-proxy-child.ts'), host, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const listening = await new Promise<number>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /port (\d+)\n/.exec(buf);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`tcp proxy exited (${code}) before listening`)));
  });
  return {
    port: listening,
    freeze: () => void child.kill('SIGSTOP'),
    thaw: () => void child.kill('SIGCONT'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
