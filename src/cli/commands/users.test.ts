import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { configTemplate } from '../../os/index.ts';
import type { CliIO } from '../io.ts';
import { run as agents } from './agents.ts';
import { run as audit } from './audit.ts';
import { run as users } from './users.ts';

const dir = mkdtempSync(join(tmpdir(), 'portcullis-cli-'));
writeFileSync(join(dir, 'portcullis.yaml'), configTemplate('demo'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(cmd: (a: string[], io: CliIO) => Promise<number>, args: string[], token?: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => null, env: token ? { PORTCULLIS_TOKEN: token } : {}, cwd: dir };
  const code = await cmd(args, io).catch((e: Error & { code?: string }) => {
    stderr += `${e.code}: ${e.message}`;
    return 1;
  });
  return { code, stdout, stderr };
}

test('D2 D4 users and agents: list, revoke an operator, their agent is revoked, the audit records it', async () => {
  const alice = (await cli(users, ['add', 'alice'])).stdout.trim().split('\n').at(-1) as string;
  const dana = (await cli(users, ['add', 'dana'], alice)).stdout.trim().split('\n').at(-1) as string;
  const kiro = (await cli(agents, ['add', 'kiro'], alice)).stdout.trim().split('\n').at(-1) as string;
  assert.deepEqual(await cli(agents, ['add', 'sub', '--role', 'deployer', '--operator', 'dana'], kiro), { code: 1, stdout: '', stderr: 'auth_failed: agent token presented on the reviewer channel' });
  const listed = await cli(agents, ['list'], alice);
  assert.match(listed.stdout, /^intern-bot +role deployer +operator eve +no token +\(config\)\nkiro +role deployer +operator dana +active +\(store\)\n$/);
  assert.equal((await cli(users, ['revoke', 'dana'], alice)).stdout, 'revoked user `dana`; their agents are blocked from the next decision\n');
  assert.match((await cli(agents, ['list'], alice)).stdout, /^kiro +role deployer +operator dana +revoked/m);
  assert.deepEqual(await cli(users, ['list'], dana), { code: 1, stdout: '', stderr: 'auth_failed: token is not recognised' });
  const tail = await cli(audit, ['tail', '-n', '1']);
  assert.match(tail.stdout, /^4 {2}\S+ {2}identity_changed +human:alice +\{"id":"dana","kind":"human","op":"revoke"\}\n$/);
  const exported = (await cli(audit, ['export', '--jsonl'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { seq: number });
  assert.deepEqual(exported.map((e) => e.seq), [1, 2, 3, 4]);
  assert.equal((await cli(audit, ['export'])).stderr, 'request_invalid: export needs --jsonl');
});
