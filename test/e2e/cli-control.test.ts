/**
 * The CLI is a door to the same control plane as the HTTP API: a vote from `portcullis approvals`
 * notifies the webhooks (delivered before the command returns: `close()` waits, bounded, for the
 * notifier), and `--json` prints the API's own `ApprovalRequest`.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { run as approvals } from '../../src/cli/commands/approvals.ts';
import { run as brakes } from '../../src/cli/commands/brakes.ts';
import { runCli } from '../../src/cli/main.ts';
import { AUDIT_KINDS } from '../../src/audit/index.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { deploy, demoApp } from '../helpers/http-app.ts';

describe('the CLI door to the control plane', () => {
  const hits: Array<{ kind: string; requestId: string; by: string | null }> = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      hits.push((JSON.parse(body) as { portcullis: { kind: string; requestId: string; by: string | null } }).portcullis);
      res.end('ok');
    });
  });
  let t: Awaited<ReturnType<typeof demoApp>>;
  before(async () => {
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    t = await demoApp({ env: { HOOK_KEY: 'k' }, extraConfig: `notifications:\n  webhooks:\n    - { url: "${url}", secret_env: HOOK_KEY }\n` });
  });
  after(async () => {
    await t.close();
    await new Promise((r) => receiver.close(r));
  });

  async function cli(who: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
    return door(approvals, who, args);
  }
  async function door(command: (args: string[], io: CliIO) => Promise<number>, who: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => null, env: { PORTCULLIS_TOKEN: t.tokens[who], HOOK_KEY: 'k' }, cwd: t.dir };
    try {
      return { code: await command(args, io), out, err };
    } catch (e) {
      return { code: -1, out, err: `${err}${e instanceof Error ? e.message : String(e)}` };
    }
  }
  const hold = async () => {
    const res = await t.app.request('/v1/decisions', { method: 'POST', headers: { authorization: `Bearer ${t.tokens.kiro}`, 'content-type': 'application/json' }, body: JSON.stringify(deploy) });
    return (await res.json()) as { requestId: string; actionDigest: string };
  };

  test('A1 `approvals show --json` and GET /v1/approvals/{id} print one shape, the same values', async () => {
    const { requestId } = await hold();
    const shown = await cli('alice', 'show', requestId, '--json');
    assert.equal(shown.code, 0, shown.err);
    const api = await (await t.app.request(`/v1/approvals/${requestId}`, { headers: { authorization: `Bearer ${t.tokens.alice}` } })).json();
    assert.deepEqual(JSON.parse(shown.out), api);
  });

  test('A4 `approvals approve|reject` from the CLI notify the webhooks, delivered before the command exits', async () => {
    const { requestId } = await hold();
    assert.equal((await cli('alice', 'approve', requestId)).code, 0);
    const second = await cli('bob', 'approve', requestId, '--json');
    assert.equal(second.code, 0, second.err);
    assert.equal((JSON.parse(second.out) as { status: string }).status, 'approved');
    // no settle here: the CLI's close() waited for the delivery
    assert.ok(hits.some((e) => e.kind === 'approved' && e.requestId === requestId && e.by === 'bob'), JSON.stringify(hits));
    await t.runtime.control.approvals.cancel(requestId, { id: 'dana' }, 'done with this one');
    const other = await hold();
    const rejected = await cli('alice', 'reject', other.requestId, '--comment', 'not today');
    assert.equal(rejected.code, 0, rejected.err);
    assert.ok(hits.some((e) => e.kind === 'rejected' && e.requestId === other.requestId && e.by === 'alice'), JSON.stringify(hits));
  });

  test('F7 `brakes status` shows a shadow-mode request waiting for a second admin; --json is GET /v1/brakes', async () => {
    const asked = await door(brakes, 'dana', ['shadow', 'on', 'prod-cn-1', '--reason', 'trying a new pack']);
    assert.notEqual(asked.code, 0, 'one admin alone does not turn shadow mode on in production');
    assert.match(asked.err, /takes two admins/);
    const status = await door(brakes, 'alice', ['status']);
    assert.equal(status.code, 0, status.err);
    assert.match(status.out, /shadow mode: off/);
    assert.match(status.out, /shadow mode requests waiting for a second admin \(F7\):\n {2}prod-cn-1 by human:dana at \S+ \(trying a new pack\): another admin runs `portcullis brakes shadow on prod-cn-1`/);
    const json = await door(brakes, 'alice', ['status', '--json']);
    const api = await (await t.app.request('/v1/brakes', { headers: { authorization: `Bearer ${t.tokens.alice}` } })).json();
    assert.deepEqual(JSON.parse(json.out), api);
    assert.deepEqual(Object.keys((api as { shadowRequests: object }).shadowRequests), ['prod-cn-1']);
  });

  test('`audit tail --type KIND` reads the control plane as GET /v1/audit?type= does; an unknown kind is an error listing the kinds, not an empty list', async () => {
    const { requestId } = await hold();
    const run = async (...args: string[]) => {
      let out = '';
      let err = '';
      const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => null, env: {}, cwd: t.dir };
      return { code: await runCli(['audit', ...args], io), out, err };
    };
    const tail = await run('tail', '--type', 'approval_request', '-n', '3', '--json');
    assert.equal(tail.code, 0, tail.err);
    const api = (await (await t.app.request('/v1/audit?type=approval_request&limit=3', { headers: { authorization: `Bearer ${t.tokens.alice}` } })).json()) as { entries: unknown[] };
    // oldest first, as tail prints; the API's entries
    assert.deepEqual(JSON.parse(tail.out), api.entries.toReversed());
    assert.equal((JSON.parse(tail.out) as Array<{ body: { requestId: string } }>).at(-1)!.body.requestId, requestId);
    const text = await run('tail', '--type', 'approval_request', '-n', '1');
    assert.match(text.out, /^\d+ {2}\S+ {2}approval_request +agent:kiro +\{.*\}\n$/);
    assert.ok(text.out.includes(`"requestId":"${requestId}"`));
    for (const kind of ['approvals', 'config_loaded']) {
      assert.deepEqual(await run('tail', '--type', kind), { code: 1, out: '', err: `error: unknown audit entry type \`${kind}\` (request_invalid)\nhint: use one of ${AUDIT_KINDS.join(', ')}\n` });
    }
    assert.deepEqual(await run('verify', '--type', 'decision'), { code: 1, out: '', err: 'error: --type applies to `audit tail` only (request_invalid)\nhint: portcullis audit tail --type decision\n' });
  });
});
