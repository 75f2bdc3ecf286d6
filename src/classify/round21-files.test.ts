import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type FileWriteAction } from '../core/index.ts';
import { createClassifier, type Classifier } from './index.ts';

/** Round 21 (blind21-tools2): files an agent's own tool deletes, and row-level security policies. */

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

const ctx = { cwd: '/home/dev/app', home: '/home/dev' };
function file(path: string, operation: FileWriteAction['operation'], content?: string) {
  return classifier.classify({ kind: 'file_write', path, operation, ...(content === undefined ? {} : { content }) }, ctx, EMPTY_INVENTORY);
}
function shell(command: string) {
  return classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
}
function sql(text: string) {
  return classifier.classify({ kind: 'sql', sql: text }, ctx, EMPTY_INVENTORY);
}

test("an audit trail in the app's log folder is a record: deleted or emptied it is lost; the app's own logs are not", () => {
  assert.equal(file('/home/dev/app/logs/audit.log', 'delete').destructive, true);
  assert.equal(file('/home/dev/app/log/audit/2026-12-01.jsonl', 'delete').destructive, true);
  assert.equal(file('/home/dev/app/logs/api-audit.log', 'write', '').destructive, true);
  assert.equal(shell('rm logs/audit.log').destructive, true);
  assert.equal(shell('truncate -s0 logs/audit.log').destructive, true);
  assert.equal(file('/home/dev/app/logs/app.log', 'delete').destructive, false);
  assert.equal(file('/home/dev/app/logs/auditor-service.log', 'delete').destructive, false);
  assert.equal(file('/home/dev/app/node_modules/winston/logs/audit.js', 'delete').destructive, false);
  assert.equal(shell('rm logs/app.log').destructive, false);
});

test('a source folder deleted through the file tool is every file in it; one file, build output and look-alikes are not', () => {
  for (const p of ['/home/dev/app/src', '/home/dev/app/src/', '/home/dev/app/packages/web/src', '/home/dev/app/.github/workflows']) assert.equal(file(p, 'delete').destructive, true, p);
  for (const p of ['/home/dev/app/src/index.ts', '/home/dev/app/dist', '/home/dev/app/Makefile', '/home/dev/app/src.ts', '/tmp/scratch/src']) assert.equal(file(p, 'delete').destructive, false, p);
});

test('a row-level security policy that lets every caller change or delete every row; reads, inserts and narrowed ones do not', () => {
  for (const t of ['create policy "a" on public.profiles for all to anon using (true) with check (true);', 'CREATE POLICY d ON orders FOR DELETE USING (true);', 'create policy o on public.invoices using (true);', 'create policy u on public.p for update to anon, authenticated using ( true );']) {
    assert.ok(sql(t).findings.some((f) => f.code === 'sql_policy_public'), t);
  }
  for (const t of ['create policy r on public.profiles for select using (true);', 'create policy s on public.waitlist for insert to anon with check (true);', 'create policy x on public.t as restrictive for all to public using (true);', 'create policy v on public.jobs for all to service_role using (true);', 'create policy w on public.todos for update to authenticated using (auth.uid() = user_id);']) {
    assert.equal(sql(t).destructive, false, t);
  }
});
