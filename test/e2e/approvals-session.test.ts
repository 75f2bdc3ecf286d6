/**
 * The scripted session, through the real binary with real tokens: held production change,
 * operator refused (A3), double approval counted once (A2), one-shot release (A6), a changed byte is
 * a new request (A1), rejection ends a request (A4), an expired request cannot be approved (A5),
 * then tampering with the SQLite file is caught by `audit verify` (L5).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { openStore } from '../../src/runtime/store.ts';
import { fakeClock } from '../helpers/control-plane.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'portcullis');
const dir = mkdtempSync(join(tmpdir(), 'portcullis-session-'));
// A12: the deploy's manifest exists, so its bytes are bound (and exec runs a private copy of them).
mkdirSync(join(dir, 'deploy'), { recursive: true });
writeFileSync(join(dir, 'deploy', 'payments.yaml'), 'kind: Deployment\nmetadata: { name: payments }\n');
writeFileSync(join(dir, 'deploy', 'payments-v2.yaml'), 'kind: Deployment\nmetadata: { name: payments, labels: { v: "2" } }\n');

after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the binary with a token in the variable of its role: the human's PORTCULLIS_TOKEN unless `as` says agent. */
function pc(args: string[], token: string | null = null, as: 'human' | 'agent' = 'human'): { code: number; stdout: string; stderr: string } {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: dir };
  if (token) env[as === 'agent' ? 'PORTCULLIS_AGENT_TOKEN' : 'PORTCULLIS_TOKEN'] = token;
  const r = spawnSync(BIN, args, { cwd: dir, env, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const tokenOf = (out: string) => out.trim().split('\n').at(-1) as string;
const DEPLOY = 'kubectl --context prod-cn-1 apply -f deploy/payments.yaml';

function check(command: string, agentToken: string): { code: number; requestId?: string; requiredApprovals: number; effect: string } {
  const r = pc(['check', '--agent', 'kiro', '--shell', command, '--json'], agentToken, 'agent');
  const d = JSON.parse(r.stdout) as { effect: string; requestId?: string; requiredApprovals: number };
  return { code: r.code, effect: d.effect, requiredApprovals: d.requiredApprovals, ...(d.requestId ? { requestId: d.requestId } : {}) };
}

test('A1 A2 A3 A4 A5 A6 D2 L5 the scripted session with real tokens through the CLI', async () => {
  assert.equal(pc(['init', '--demo']).code, 0);

  // identities: the first user needs no token (bootstrap); everyone after is added by a human
  const alice = tokenOf(pc(['users', 'add', 'alice']).stdout);
  assert.match(alice, /^pct_h_/);
  const again = pc(['users', 'add', 'bob']);
  assert.deepEqual([again.code, again.stderr], [1, 'error: no token given (auth_failed)\nhint: set PORTCULLIS_TOKEN or pass --token-file FILE with your user token\n']);
  const bob = tokenOf(pc(['users', 'add', 'bob'], alice).stdout);
  const dana = tokenOf(pc(['users', 'add', 'dana'], alice).stdout);
  const kiroAdd = pc(['agents', 'add', 'kiro'], alice);
  assert.equal(kiroAdd.code, 0, kiroAdd.stderr);
  assert.match(kiroAdd.stdout, /^added agent `kiro` \(role deployer, operator dana\)\n/);
  const kiro = tokenOf(kiroAdd.stdout);
  writeFileSync(join(dir, 'bob.token'), `${bob}\n`);

  // D2: the agent's token cannot review nor mint credentials
  const agentReviews = pc(['approvals', 'list'], kiro);
  assert.deepEqual([agentReviews.code, agentReviews.stderr], [1, 'error: agent token presented on the reviewer channel (auth_failed)\nhint: reviewing needs a human token\n']);
  assert.equal(pc(['agents', 'add', 'kiro2', '--role', 'deployer', '--operator', 'dana'], kiro).code, 1);

  // the agent asks for a production change: held, 2 required
  const held = check(DEPLOY, kiro);
  assert.deepEqual([held.code, held.effect, held.requiredApprovals], [4, 'hold', 2]);
  const req = held.requestId as string;

  // its operator approves: refused (A3)
  const byOperator = pc(['approvals', 'approve', req], dana);
  assert.deepEqual([byOperator.code, byOperator.stderr], [1, 'error: `dana` is the operator of agent `kiro` and cannot approve its request (approval_refused)\nhint: another eligible human must approve (A3)\n']);

  // one reviewer approves twice: counted once (A2)
  assert.equal(pc(['approvals', 'approve', req], alice).stdout, `recorded: ${req} has 1 of 2 approvals\n`);
  assert.equal(pc(['approvals', 'approve', req], alice).stdout, `recorded: ${req} has 1 of 2 approvals (your approval was already counted)\n`);
  assert.equal(check(DEPLOY, kiro).code, 4);

  // a second reviewer approves: the identical retry is allowed once, the next is held again (A6)
  assert.equal(pc(['approvals', 'approve', req, '--token-file', 'bob.token']).stdout, `approved ${req}: 2 of 2; the agent may now retry the exact action once\n`);
  const released = check(DEPLOY, kiro);
  assert.deepEqual([released.code, released.effect], [0, 'allow']);
  const replay = check(DEPLOY, kiro);
  assert.deepEqual([replay.code, replay.effect], [4, 'hold']);
  assert.notEqual(replay.requestId, req);

  // one changed argument: a new held request (A1)
  const changed = check(DEPLOY.replace('payments.yaml', 'payments-v2.yaml'), kiro);
  assert.equal(changed.code, 4);
  assert.ok(changed.requestId !== req && changed.requestId !== replay.requestId);

  // a reviewer's rejection ends a request (A4); a comment is required
  assert.equal(pc(['approvals', 'reject', changed.requestId as string], bob).stderr, 'error: a rejection needs --comment (request_invalid)\nhint: say why: --comment "TEXT"\n');
  assert.equal(pc(['approvals', 'reject', changed.requestId as string, '--comment', 'not during the freeze'], bob).stdout, `rejected ${changed.requestId}: the request is denied\n`);
  assert.equal(check(DEPLOY.replace('payments.yaml', 'payments-v2.yaml'), kiro).code, 2);

  // an expired request cannot be approved (A5): the server's clock moves past the TTL
  const clock = fakeClock(Date.now() + 2 * 3_600_000);
  const opened = await openStore('sqlite:./portcullis.db', { baseDir: dir, clock });
  await opened.approvals.expireDue();
  await opened.close();
  const late = pc(['approvals', 'approve', replay.requestId as string], alice);
  assert.deepEqual([late.code, late.stderr], [1, `error: request \`${replay.requestId}\` is expired (approval_refused)\nhint: only pending requests can be approved\n`]);

  // the log verifies; a checkpoint is exported for anchoring
  assert.match(pc(['audit', 'verify']).stdout, /^audit log ok: \d+ entries, root [0-9a-f]{64}, \d+ signed checkpoint\(s\)\n$/);
  assert.equal(pc(['audit', 'checkpoint', '--out', 'anchor.json']).code, 0);
  const exported = pc(['audit', 'export', '--jsonl']).stdout.trim().split('\n');
  assert.ok(exported.length > 10);

  // L5: an edit, a deletion and a reorder are each named by position; truncation needs the anchor
  const db = new DatabaseSync(join(dir, 'portcullis.db'));
  db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; CREATE TABLE pristine AS SELECT * FROM audit;');
  const restore = () => db.exec('DELETE FROM audit; INSERT INTO audit SELECT * FROM pristine;');
  const verifyFails = () => pc(['audit', 'verify']).stderr.split('\n')[0];

  const edited = Number((db.prepare(`SELECT MIN(seq) AS s FROM audit WHERE type = 'approval'`).get() as { s: number }).s);
  db.exec(`UPDATE audit SET body = replace(body, '"human":"alice"', '"human":"mallory"') WHERE seq = ${edited}`);
  assert.equal(verifyFails(), `error: audit log verification failed at entry ${edited}: entry ${edited} was edited: its leaf hash does not match its contents (audit_corrupt)`);
  restore();
  db.exec('DELETE FROM audit WHERE seq = 5');
  assert.equal(verifyFails(), 'error: audit log verification failed at entry 5: entry 5 is missing (next stored entry is 6) (audit_corrupt)');
  restore();
  db.exec('UPDATE audit SET seq = -7 WHERE seq = 7; UPDATE audit SET seq = 7 WHERE seq = 6; UPDATE audit SET seq = 6 WHERE seq = -7;');
  assert.equal(verifyFails(), 'error: audit log verification failed at entry 6: entry 6 does not match its stored columns (moved or edited) (audit_corrupt)');
  restore();
  assert.equal(pc(['audit', 'verify', '--checkpoint', 'anchor.json']).code, 0);
  const size = exported.length;
  db.exec(`DROP TRIGGER checkpoints_no_delete; DELETE FROM checkpoints; DELETE FROM audit WHERE seq > ${size - 3};`);
  db.close();
  assert.equal(pc(['audit', 'verify']).code, 0, 'without an anchor a truncated tail is invisible (L7)');
  const truncated = pc(['audit', 'verify', '--checkpoint', 'anchor.json']);
  assert.deepEqual([truncated.code, truncated.stderr.split('\n')[0]], [1, `error: audit log verification failed at entry ${size - 2}: log was truncated: it has ${size - 3} entries, the checkpoint covers ${size} (audit_corrupt)`]);
});
