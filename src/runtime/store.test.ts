import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { verifyAudit } from '../audit/index.ts';
import { PortcullisError } from '../core/index.ts';
import { openStore } from './store.ts';
import { untypedEntry } from '../../test/helpers/audit-entry.ts';

const dir = mkdtempSync(join(tmpdir(), 'portcullis-rt-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('L6 openStore gives a durable AuditSink and creates a private signing key', async () => {
  const opened = await openStore('sqlite:./p.db', { baseDir: dir });
  const { seq } = await opened.audit.append(untypedEntry('policy_loaded', 'system', { hash: 'x' }));
  assert.equal(seq, 1);
  await opened.close();
  assert.ok(existsSync(join(dir, 'p.db')));
  assert.equal(statSync(join(dir, 'portcullis-audit.key')).mode & 0o777, 0o600);
  const again = await openStore('sqlite:./p.db', { baseDir: dir });
  const report = await verifyAudit(again.store);
  assert.equal(report.ok && report.size, 1);
  await again.close();
});

test('F1 an unreachable postgres rejects with store_unavailable', async () => {
  await assert.rejects(openStore('postgres://postgres@127.0.0.1:1/test', { baseDir: dir }), (e: unknown) => e instanceof PortcullisError && e.code === 'store_unavailable');
});
