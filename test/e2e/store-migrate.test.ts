/**
 * `portcullis store migrate --to URL` through the real binary, from the default SQLite store to the
 * real PostgreSQL (issue 14, item 15). Each run copies into a schema of its own, dropped afterwards.
 * After the switch, the same tokens, the same pending request with its vote, the rejection, the kill
 * switch and the same audit chain (with the checkpoint exported before the move) are all there.
 */
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { PG_URL, uniqueSchema } from '../../src/store/postgres/test-support.ts';
import { fixtureDir, portcullis } from '../helpers/cli.ts';

const DEPLOY = 'kubectl --context prod-cn-1 apply -f deploy/payments.yaml';
const OTHER = 'kubectl --context prod-cn-1 apply -f deploy/payments-v2.yaml';

let dir: string;
const schema = uniqueSchema('mig');
const target = `${PG_URL}?schema=${schema}`;
const tokens: Record<string, string> = {};

/** The binary with no token in the environment unless given (the runner's own never leaks in). */
const pc = (args: string[], env: Record<string, string> = {}) => portcullis(dir, args, undefined, { PORTCULLIS_TOKEN: '', PORTCULLIS_AGENT_TOKEN: '', HOME: dir, ...env });
const as = (who: string) => ({ PORTCULLIS_TOKEN: tokens[who]! });
const agent = { get env() { return { PORTCULLIS_AGENT_TOKEN: tokens.kiro! }; } };
const lastLine = (out: string) => out.trim().split('\n').at(-1)!;
let pending = '';
let anchorRoot = '';

before(() => {
  dir = fixtureDir('portcullis-migrate-');
  // A12: the manifests exist, so the held deploys bind their bytes
  mkdirSync(join(dir, 'deploy'));
  writeFileSync(join(dir, 'deploy', 'payments.yaml'), 'kind: Deployment\nmetadata: { name: payments }\n');
  writeFileSync(join(dir, 'deploy', 'payments-v2.yaml'), 'kind: Deployment\nmetadata: { name: payments, labels: { v: "2" } }\n');
  assert.equal(pc(['init', '--demo']).code, 0);
  // F8: a request deadline generous enough for a machine running several suites at once (at the
  // default 10 s, a store call slower than 5 s under load is a deny, which is right but not tested here)
  appendFileSync(join(dir, 'portcullis.yaml'), '\nserver:\n  deadline: 90s\n');
  tokens.alice = lastLine(pc(['users', 'add', 'alice']).stdout);
  for (const who of ['bob', 'dana']) tokens[who] = lastLine(pc(['users', 'add', who], as('alice')).stdout);
  tokens.kiro = lastLine(pc(['agents', 'add', 'kiro'], as('alice')).stdout);
  assert.match(tokens.kiro, /^pct_a_/);
  // what the store holds before the move: a pending request with one of two approvals
  let r = pc(['check', '--shell', DEPLOY, '--json'], agent.env);
  assert.equal(r.code, 4, r.stderr);
  pending = (JSON.parse(r.stdout) as { requestId: string }).requestId;
  assert.equal(pc(['approvals', 'approve', pending], as('alice')).stdout, `recorded: ${pending} has 1 of 2 approvals\n`);
  // a rejected request, now `denied` (its cooldown must survive the move)
  r = pc(['check', '--shell', OTHER, '--json'], agent.env);
  const rejected = (JSON.parse(r.stdout) as { requestId: string }).requestId;
  assert.equal(pc(['approvals', 'reject', rejected, '--comment', 'not now'], as('bob')).code, 0);
  // a kill switch on another agent, and a signed checkpoint exported for anchoring
  assert.equal(pc(['brakes', 'freeze', 'intern-bot', '--reason', 'runaway'], as('dana')).code, 0);
  r = pc(['audit', 'checkpoint', '--out', 'anchor.json']);
  assert.equal(r.code, 0, r.stderr);
  anchorRoot = (JSON.parse(readFileSync(join(dir, 'anchor.json'), 'utf8')) as { root: string }).root;
});

after(async () => {
  const s = await openPostgresStore({ connectionString: PG_URL, schema });
  await s.dropSchema();
  await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('portcullis store migrate (item 15)', () => {
  it('copies identities, a pending request with its vote, a rejection, brakes and the audit chain to PostgreSQL, verified, and prints the store line', () => {
    const before = pc(['audit', 'verify', '--json']);
    const source = JSON.parse(before.stdout) as { size: number; root: string; logId: string; checkpoints: number };
    copyFileSync(join(dir, 'portcullis.yaml'), join(dir, 'sqlite.yaml'));
    const r = pc(['store', 'migrate', '--to', target]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = r.stdout.split('\n');
    assert.equal(out[0], `copied sqlite:${join(dir, 'portcullis.db')} → ${target}`);
    assert.equal(out[1], '  identities:  3 user(s), 1 agent(s) with their token hashes (their tokens work on the new store)');
    assert.equal(out[2], '  requests:    1 denied, 1 pending; 2 vote(s)');
    assert.equal(out[3], `  audit:       ${source.size} entries, ${source.checkpoints} signed checkpoint(s)`);
    assert.equal(out[4], '  brakes:      1 switch(es), 0 budget spend(s)');
    assert.equal(out[6], `verified on the target with ${join(dir, 'portcullis-audit.key')}: ${source.size} entries, root ${source.root}, ${source.checkpoints} signed checkpoint(s), log ${source.logId} (the same as the source)`);
    assert.ok(out.includes(`  store: ${target}`), r.stdout);

    // the user switches `store:` to the printed line
    const line = out.find((l) => l.startsWith('  store: '))!.trim();
    writeFileSync(join(dir, 'portcullis.yaml'), readFileSync(join(dir, 'portcullis.yaml'), 'utf8').replace(/^store: .*$/m, line));
  });

  it('L5 after the switch the audit chain is the same one: it verifies against the checkpoint exported before the move', () => {
    const r = pc(['audit', 'verify', '--checkpoint', 'anchor.json', '--json']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const report = JSON.parse(r.stdout) as { ok: boolean; anchoredSize: number | null };
    assert.equal(report.ok, true);
    assert.ok(report.anchoredSize! > 0);
    const policy = pc(['policy', 'validate']);
    assert.match(policy.stdout, new RegExp(`store postgres://postgres@127\\.0\\.0\\.1:5432/test\\?schema=${schema}: reachable`));
    assert.ok(anchorRoot.length === 64);
  });

  it('A2 A6 D4 on PostgreSQL the same tokens work, the vote counts, and the approval releases the action once', () => {
    // the pending request kept alice's vote: alice's second vote is not counted again (A2)
    assert.equal(pc(['approvals', 'approve', pending], as('alice')).stdout, `recorded: ${pending} has 1 of 2 approvals (your approval was already counted)\n`);
    assert.equal(pc(['approvals', 'approve', pending], as('bob')).stdout, `approved ${pending}: 2 of 2; the agent may now retry the exact action once\n`);
    // the agent's token, copied as a hash, still authenticates; the approval is consumed once (A6)
    let r = pc(['check', '--shell', DEPLOY, '--json'], agent.env);
    assert.equal(r.code, 0, r.stderr);
    r = pc(['check', '--shell', DEPLOY, '--json'], agent.env);
    assert.equal(r.code, 4);
  });

  it('A4 F3 on PostgreSQL the rejection still refuses its action and the frozen agent is still frozen', () => {
    assert.equal(pc(['check', '--shell', OTHER], agent.env).code, 2);
    assert.match(pc(['brakes', 'status'], as('bob')).stdout, /intern-bot by human:dana at .* \(runaway\)/);
  });

  it('refuses a target that already holds data, and changes nothing there', () => {
    const size = (JSON.parse(pc(['audit', 'verify', '--json']).stdout) as { size: number }).size;
    const r = pc(['store', 'migrate', '--config', 'sqlite.yaml', '--to', target]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^error: the target store already holds data \\(${size} audit entries, \\d+ checkpoints, 4 identities, \\d+ requests, 1 brake switches, 2 pinned values\\); nothing was copied \\(store_conflict\\)\nhint: migrate into an empty database or a new schema`));
    assert.equal((JSON.parse(pc(['audit', 'verify', '--json']).stdout) as { size: number }).size, size);
  });

  it('an unreachable target is a clear error (exit 1) and nothing is copied; so is a URL that is not a store', () => {
    // a password in the URL is never echoed back, and the user is told it shows in ps
    let r = pc(['store', 'migrate', '--config', 'sqlite.yaml', '--to', 'postgres://postgres:s3cret@127.0.0.1:1/test?schema=nowhere']);
    assert.deepEqual([r.code, r.stdout], [1, '']);
    assert.equal(r.stderr, 'warning: the --to URL carries a password, which every user of this machine can read (ps) while this runs; prefer PGPASSWORD or PGPASSFILE\nerror: cannot open the target store `postgres://postgres:***@127.0.0.1:1/test?schema=nowhere`: postgres store unavailable: connect ECONNREFUSED 127.0.0.1:1; nothing was copied (store_unavailable)\nhint: check the URL, that the database runs and accepts this user (password from PGPASSWORD or PGPASSFILE, TLS with sslmode=; docs/operations.md)\n');
    r = pc(['store', 'migrate', '--config', 'sqlite.yaml', '--to', 'mysql://db/portcullis']);
    assert.deepEqual([r.code, r.stderr], [1, 'error: --to: store url `mysql://db/portcullis` is neither sqlite: nor postgres:// (request_invalid)\nhint: e.g. --to "postgres://portcullis@db.internal:5432/portcullis?schema=portcullis"\n']);
    r = pc(['store', 'migrate', '--config', 'sqlite.yaml', '--to', `sqlite:${join(dir, 'portcullis.db')}`]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error: --to names the store the config already uses/);
  });
});
