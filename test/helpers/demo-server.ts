import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/host/index.ts';

const DEMO = new URL('../../src/config/templates/demo.yaml', import.meta.url);

/**
 * A real `portcullis serve` (startServer on a loopback socket, port 0) on the demo config written
 * into `dir`, with dana registered and agent kiro's own token.
 */
export async function startDemoServer(dir: string): Promise<{ server: RunningServer; token: string }> {
  copyFileSync(DEMO, join(dir, 'portcullis.yaml'));
  const server = await startServer({ configPath: join(dir, 'portcullis.yaml'), cwd: dir, host: '127.0.0.1', port: 0, sweepMs: 60_000 });
  const local = { kind: 'local' } as const;
  await server.runtime.identity.addHuman({ id: 'dana' }, local);
  const token = (await server.runtime.identity.addAgent({ id: 'kiro' }, local)).token;
  return { server, token };
}
