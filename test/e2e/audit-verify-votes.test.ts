/**
 * A13 through the CLI: a vote row written straight into the SQLite store (as an agent with `sqlite3`
 * on it would) is named by `portcullis audit verify`, which exits non-zero; a clean store verifies.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { openRuntime } from '../../src/runtime/index.ts';
import { fixtureDir, portcullis } from '../helpers/cli.ts';
import { holdInput } from '../helpers/control-plane.ts';

const DEMO = readFileSync(new URL('../../src/config/templates/demo.yaml', import.meta.url), 'utf8');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('A13 `portcullis audit verify` names each vote row no signed audit entry backs, and exits 1', { timeout: 300_000 }, async () => {
  const dir = fixtureDir('portcullis-minted-');
  dirs.push(dir);
  const config = join(dir, 'portcullis.yaml');
  writeFileSync(config, DEMO);
  const rt = await openRuntime({ configPath: config, cwd: dir });
  let requestId: string;
  try {
    const held = await rt.approvals.hold(holdInput('terraform destroy -auto-approve'));
    assert.equal(held.status, 'pending');
    requestId = held.requestId;
  } finally {
    await rt.close();
  }
  const clean = portcullis(dir, ['audit', 'verify', '--config', config]);
  assert.equal(clean.code, 0, clean.stderr);

  const db = new DatabaseSync(join(dir, 'portcullis.db'));
  try {
    db.exec(`UPDATE requests SET status = 'approved', version = version + 1 WHERE id = '${requestId}'`);
    db.exec(`INSERT INTO votes (request_id, human_id, kind, comment, at, solo) VALUES ('${requestId}', 'dana', 'approve', NULL, 1, 0)`);
  } finally {
    db.close();
  }
  const r = portcullis(dir, ['audit', 'verify', '--config', config]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^error: 1 vote row\(s\) are not backed by a signed audit entry; they count for nothing \(A13\) \(audit_corrupt\)\n/);
  assert.ok(r.stderr.includes(`  vote row: request ${requestId}, approve by dana, audit entry none: no audit entry is recorded for it\n`), r.stderr);

  const json = portcullis(dir, ['audit', 'verify', '--json', '--config', config]);
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout) as { ok: boolean; unbackedVotes: Array<{ requestId: string; human: string }> };
  assert.equal(report.ok, false);
  assert.deepEqual(report.unbackedVotes.map((u) => [u.requestId, u.human]), [[requestId, 'dana']]);
});
