/**
 * A13: votes that cannot be minted. Whoever can write the store's tables (an agent with `sqlite3` or
 * `psql` on the store) sets a request to approved and inserts vote rows, or even appends a
 * chain-valid audit entry of its own: none of it approves anything, the retried action is still held,
 * and `audit verify` names every such row. Both backends behave the same.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, test } from 'node:test';
import pg from 'pg';
import { chainHash, leafHash, votePayload } from '../audit/index.ts';
import { canonicalJson, type Human } from '../core/index.ts';
import { controlPlane, holdInput, type ControlPlane } from '../../test/helpers/control-plane.ts';
import { openPostgresStore } from '../store/postgres/index.ts';
import { PG_URL, uniqueSchema } from '../store/postgres/test-support.ts';

interface Backend {
  url?: string;
  /** Runs SQL on the store's tables directly, as an agent with a database client would. */
  sql(cp: ControlPlane, statements: string[]): Promise<void>;
  drop?: () => Promise<void>;
}

const BACKENDS: Array<[string, () => Backend]> = [
  [
    'sqlite',
    () => ({
      sql: async (cp, statements) => {
        const db = new DatabaseSync(join(cp.dir, 'portcullis.db'));
        try {
          for (const s of statements) db.exec(s);
        } finally {
          db.close();
        }
      },
    }),
  ],
  [
    'postgres',
    () => {
      const schema = uniqueSchema('m');
      return {
        url: `${PG_URL}?schema=${schema}`,
        sql: async (_cp, statements) => {
          const c = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
          await c.connect();
          try {
            for (const s of statements) await c.query(s);
          } finally {
            await c.end();
          }
        },
        drop: async () => {
          const s = await openPostgresStore({ connectionString: PG_URL, schema });
          await s.dropSchema();
          await s.close();
        },
      };
    },
  ],
];

const human = (id: string): Human => ({ kind: 'human', id, groups: ['sre'] });
const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

for (const [name, backendFor] of BACKENDS) describe(`A13 votes that cannot be minted (${name})`, () => {
  let cp: ControlPlane;
  let b: Backend;
  beforeEach(async () => {
    b = backendFor();
    cp = await controlPlane(b.url ? { url: b.url } : {});
  });
  afterEach(async () => {
    await cp.dispose();
    await b.drop?.();
  });

  /** The SQL that marks `id` approved and inserts a vote row per human, pointing at `seq` (or none). */
  const forged = (id: string, humans: string[], seq: number | null = null) => {
    const t = cp.clock.now();
    return [
      `UPDATE requests SET status = 'approved', approved_at = ${t}, execute_by = ${t + 600_000}, version = version + 1 WHERE id = ${q(id)}`,
      ...humans.map((h) => `INSERT INTO votes (request_id, human_id, kind, comment, at, solo, audit_seq) VALUES (${q(id)}, ${q(h)}, 'approve', NULL, ${t}, ${name === 'sqlite' ? 0 : 'false'}, ${seq ?? 'NULL'})`),
    ];
  };

  test('A13 a request set to approved with vote rows written into the store is still held when the action is retried; audit verify names each row', async () => {
    const input = holdInput('terraform destroy -auto-approve');
    const held = await cp.approvals.hold(input);
    assert.equal(held.status, 'pending');
    await b.sql(cp, forged(held.requestId, ['alice', 'bob']));

    const view = await cp.approvals.show(held.requestId);
    assert.equal(view.status, 'approved', 'the store row says approved');
    assert.deepEqual(view.approvals.map((v) => [v.human, v.counts]), [['alice', false], ['bob', false]]);

    const retried = await cp.approvals.hold(input);
    assert.equal(retried.status, 'pending', 'still held: rows alone never approve');
    assert.notEqual(retried.status === 'pending' && retried.requestId, held.requestId);
    assert.equal(retried.status === 'pending' && retried.approvals, 0);
    assert.equal((await cp.approvals.show(held.requestId)).status, 'cancelled');

    const report = await cp.verify();
    assert.equal(report.ok, false);
    assert.deepEqual(report.unbackedVotes.map((u) => [u.requestId, u.human, u.kind, u.problem]), [
      [held.requestId, 'alice', 'approve', 'no audit entry is recorded for it'],
      [held.requestId, 'bob', 'approve', 'no audit entry is recorded for it'],
    ]);
    assert.match(report.ok ? '' : report.problem, /2 vote row\(s\) not backed by a signed audit entry, counted for nothing \(A13\)/);
  });

  test('A13 a vote row pointing at a chain-valid approval entry the writer appended itself (signed with another key, or not at all) counts for nothing', async () => {
    const input = holdInput('kubectl delete namespace payments');
    const held = await cp.approvals.hold(input);
    const head = await cp.store.read((tx) => tx.auditHead());
    assert.ok(head);
    // mint two approval entries that hash and chain like real ones: one unsigned, one signed with the writer's own key
    const mallory = generateKeyPairSync('ed25519');
    const statements: string[] = [];
    let prev = head.chain;
    const mint = (seq: number, who: string, attestation: Record<string, string> | null) => {
      const body = { requestId: held.requestId, digest: input.digest, human: who, comment: null, ...(attestation ? { attestation } : {}) };
      const text = canonicalJson({ v: 1, seq, id: `aud_mint_${seq}`, ts: head.ts, type: 'approval', actor: `human:${who}`, body });
      const leaf = leafHash(text);
      const chain = chainHash(prev, leaf, seq);
      prev = chain;
      statements.push(`INSERT INTO audit (seq, id, ts, type, actor, body, leaf, chain) VALUES (${seq}, 'aud_mint_${seq}', ${head.ts}, 'approval', 'human:${who}', ${q(text)}, '${leaf}', '${chain}')`);
    };
    mint(head.seq + 1, 'alice', null);
    const sig = sign(null, Buffer.from(votePayload({ logId: cp.audit.logId, requestId: held.requestId, digest: input.digest, human: 'bob', kind: 'approve' })), mallory.privateKey).toString('base64');
    mint(head.seq + 2, 'bob', { keyId: 'ffffffffffffffff', signature: sig });
    statements.push(...forged(held.requestId, []));
    const t = cp.clock.now();
    statements.push(`INSERT INTO votes (request_id, human_id, kind, comment, at, solo, audit_seq) VALUES (${q(held.requestId)}, 'alice', 'approve', NULL, ${t}, ${name === 'sqlite' ? 0 : 'false'}, ${head.seq + 1})`);
    statements.push(`INSERT INTO votes (request_id, human_id, kind, comment, at, solo, audit_seq) VALUES (${q(held.requestId)}, 'bob', 'approve', NULL, ${t}, ${name === 'sqlite' ? 0 : 'false'}, ${head.seq + 2})`);
    await b.sql(cp, statements);

    const retried = await cp.approvals.hold(input);
    assert.equal(retried.status, 'pending');
    assert.equal(retried.status === 'pending' && retried.approvals, 0);
    const report = await cp.verify();
    assert.deepEqual(report.unbackedVotes.map((u) => [u.human, u.auditSeq, u.problem]), [
      ['alice', head.seq + 1, `its audit entry ${head.seq + 1} carries no signed attestation`],
      ['bob', head.seq + 2, `its audit entry ${head.seq + 2} was attested by key \`ffffffffffffffff\`, not the log's key`],
    ]);
  });

  test('A13 a genuine signed approval copied to another request, or to another human, does not count there', async () => {
    const a = holdInput('terraform apply prod');
    const other = holdInput('terraform destroy prod');
    const ha = await cp.approvals.hold(a);
    const ho = await cp.approvals.hold(other);
    await cp.approvals.approve(ha.requestId, human('alice'), a.digest);
    await cp.approvals.approve(ha.requestId, human('bob'), a.digest);
    const genuine = await cp.store.read((tx) => tx.votes(ha.requestId));
    const [alice, bob] = genuine.map((v) => v.auditSeq as number);
    const t = cp.clock.now();
    await b.sql(cp, [
      ...forged(ho.requestId, []),
      `INSERT INTO votes (request_id, human_id, kind, comment, at, solo, audit_seq) VALUES (${q(ho.requestId)}, 'alice', 'approve', NULL, ${t}, ${name === 'sqlite' ? 0 : 'false'}, ${alice})`,
      `INSERT INTO votes (request_id, human_id, kind, comment, at, solo, audit_seq) VALUES (${q(ho.requestId)}, 'carol', 'approve', NULL, ${t}, ${name === 'sqlite' ? 0 : 'false'}, ${bob})`,
      `INSERT INTO votes (request_id, human_id, kind, comment, at, solo, audit_seq) VALUES (${q(ho.requestId)}, 'olga', 'approve', NULL, ${t}, ${name === 'sqlite' ? 0 : 'false'}, 1)`,
    ]);
    const retried = await cp.approvals.hold(other);
    assert.equal(retried.status, 'pending');
    assert.equal(retried.status === 'pending' && retried.approvals, 0);
    // the genuine request still executes: its own votes are backed
    assert.equal((await cp.approvals.hold(a)).status, 'approved');
    const report = await cp.verify();
    assert.deepEqual(report.unbackedVotes.map((u) => [u.requestId, u.human, u.problem]), [
      [ho.requestId, 'alice', `its audit entry ${alice} records another request or human`],
      [ho.requestId, 'carol', `its audit entry ${bob} records another request or human`],
      [ho.requestId, 'olga', 'its audit entry 1 is not a vote entry'],
    ]);
  });

  test('A13 genuine votes carry their signed entry, count, and verify clean', async () => {
    const input = holdInput('helm upgrade payments ./chart');
    const held = await cp.approvals.hold(input);
    await cp.approvals.approve(held.requestId, human('alice'), input.digest);
    await cp.approvals.approve(held.requestId, human('bob'), input.digest);
    const votes = await cp.store.read((tx) => tx.votes(held.requestId));
    assert.ok(votes.every((v) => typeof v.auditSeq === 'number'));
    assert.equal((await cp.approvals.hold(input)).status, 'approved');
    const report = await cp.verify();
    assert.equal(report.ok, true, JSON.stringify(report));
  });
});
