/**
 * `store migrate` refuses to carry a damaged log over, and commits nothing when the rows it wrote do
 * not prove to be the same log (here: a target whose trigger rewrites an entry as it is inserted).
 * SQLite targets keep these fast; test/e2e/store-migrate.test.ts runs the real PostgreSQL.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, test } from 'node:test';
import { runCli } from '../cli/main.ts';
import type { CliIO } from '../cli/io.ts';
import { PortcullisError } from '../core/index.ts';
import { openBareStore } from '../runtime/index.ts';
import { migrateStore } from './store-migrate.ts';

let dir: string;
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => null, env, cwd: dir };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portcullis-migrate-unit-'));
  dirs.push(dir);
  assert.equal((await cli(['init', '--demo'])).code, 0);
  const alice = (await cli(['users', 'add', 'alice'])).stdout.trim().split('\n').at(-1)!;
  assert.equal((await cli(['users', 'add', 'bob'], { PORTCULLIS_TOKEN: alice })).code, 0);
  assert.equal((await cli(['check', '--agent', 'kiro', '--shell', 'ls'])).code, 0);
});

async function auditSize(url: string): Promise<number> {
  const s = await openBareStore(url, dir);
  try {
    return (await s.read((tx) => tx.auditHead()))?.seq ?? 0;
  } finally {
    await s.close();
  }
}

const rejectsWith = (p: Promise<unknown>, code: string, message: RegExp) =>
  assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof PortcullisError, String(err));
    assert.equal(err.code, code);
    assert.match(err.message, message);
    return true;
  });

test('L5 L8 a source whose audit log was edited is not migrated; nothing is written to the target', async () => {
  const db = new DatabaseSync(join(dir, 'portcullis.db'));
  db.exec("DROP TRIGGER audit_no_update; UPDATE audit SET body = replace(body, 'alice', 'mallory') WHERE seq = 2");
  db.close();
  await rejectsWith(migrateStore({ configPath: 'portcullis.yaml', cwd: dir, to: 'sqlite:./target.db' }), 'audit_corrupt', /entry 2 was edited/);
  assert.equal(await auditSize('sqlite:./target.db'), 0);
});

test('L5 a copy that does not hash like the source is rolled back: nothing stays on the target', async () => {
  // a target that rewrites entry 4 (kiro's decision) as it is written (a faulty or hostile database)
  const target = join(dir, 'target.db');
  await (await openBareStore(`sqlite:${target}`, dir)).close();
  const db = new DatabaseSync(target);
  db.exec("DROP TRIGGER audit_no_update; CREATE TRIGGER rewrite AFTER INSERT ON audit WHEN NEW.seq = 4 BEGIN UPDATE audit SET body = replace(body, 'kiro', 'kir0') WHERE seq = 4; END;");
  db.close();
  await rejectsWith(migrateStore({ configPath: 'portcullis.yaml', cwd: dir, to: `sqlite:${target}` }), 'audit_corrupt', /^the copied audit log does not verify before it was committed \(entry 4: /);
  assert.equal(await auditSize(`sqlite:${target}`), 0);
  const s = await openBareStore(`sqlite:${target}`, dir);
  assert.deepEqual(await s.read(async (tx) => [(await tx.listPrincipals()).length, (await tx.metaEntries()).length]), [0, 0]);
  await s.close();
});

test('a SQLite-to-SQLite copy verifies with the same key; a second run onto it is refused', async () => {
  const r = await cli(['store', 'migrate', '--to', 'sqlite:./copy.db', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { copied: { humans: number; auditEntries: number }; source: { root: string }; target: { root: string } };
  assert.equal(report.copied.humans, 2);
  assert.equal(report.target.root, report.source.root);
  assert.equal(report.copied.auditEntries, await auditSize('sqlite:./copy.db'));
  // a second run onto it is refused
  const again = await cli(['store', 'migrate', '--to', 'sqlite:./copy.db']);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /^error: the target store already holds data \(\d+ audit entries, 2 identities, 2 pinned values\); nothing was copied \(store_conflict\)\n/);
});
