import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { verifyAudit } from '../../src/audit/index.ts';
import { PortcullisError } from '../../src/core/index.ts';
import { openStore } from '../../src/runtime/store.ts';
import { PG_URL, uniqueSchema } from '../../src/store/postgres/test-support.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { AGENTS, HUMANS, auditKeyFor, holdInput } from '../helpers/control-plane.ts';
import { untypedEntry } from '../helpers/audit-entry.ts';

const CHILD = join(import.meta.dirname, 'store-fault-child.ts');
const root = mkdtempSync(join(tmpdir(), 'portcullis-faults-'));
const schemas: string[] = [];
after(async () => {
  rmSync(root, { recursive: true, force: true });
  for (const schema of schemas) {
    const s = await openPostgresStore({ connectionString: PG_URL, schema });
    await s.dropSchema();
    await s.close();
  }
});

let n = 0;
const BACKENDS = {
  sqlite: () => `sqlite:./f${++n}.db`,
  postgres: () => {
    const schema = uniqueSchema('f');
    schemas.push(schema);
    return `${PG_URL}?schema=${schema}`;
  },
};

interface Child {
  proc: ChildProcessWithoutNullStreams;
  lines: string[];
  waitFor(pred: (lines: string[]) => boolean): Promise<void>;
  exited: Promise<number | null>;
}

function child(...args: string[]): Child {
  const proc = spawn(process.execPath, [CHILD, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buf = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  proc.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop() ?? '';
    lines.push(...parts);
    waiters.splice(0).forEach((w) => w());
  });
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => {
    waiters.splice(0).forEach((w) => w());
    resolve(code);
  }));
  return {
    proc,
    lines,
    exited,
    waitFor: async (pred) => {
      while (!pred(lines)) {
        if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`child exited early: ${stderr}`);
        await new Promise<void>((r) => waiters.push(r));
      }
    },
  };
}

async function killHard(c: Child): Promise<void> {
  c.proc.kill('SIGKILL');
  await c.exited;
}

for (const [backend, makeUrl] of Object.entries(BACKENDS)) {
  describe(`faults on ${backend}`, () => {
    test(`L6 L5 durable-append kill -9 during audit appends: verify passes and no acknowledged entry is lost (${backend})`, async () => {
      const url = makeUrl();
      const c = child('append', url, root);
      await c.waitFor((l) => l.filter((x) => x.startsWith('ack ')).length >= 150);
      await killHard(c);
      const acked = Math.max(...c.lines.filter((x) => x.startsWith('ack ')).map((x) => Number(x.slice(4))));
      const opened = await openStore(url, { baseDir: root, auditKeyFile: auditKeyFor(root, url) });
      try {
        const report = await verifyAudit(opened.store);
        assert.equal(report.ok, true, JSON.stringify(report));
        assert.ok(report.size >= acked, `${report.size} entries, ${acked} acknowledged`);
        // the log still takes appends after the crash
        assert.equal((await opened.audit.append(untypedEntry('decision', 'system', {}))).seq, report.size + 1);
      } finally {
        await opened.close();
      }
    });

    test(`A6 A2 L3 kill -9 during approvals: nothing lost, nothing counted twice, nothing consumed twice (${backend})`, async () => {
      const url = makeUrl();
      const c = child('approvals', url, root);
      await c.waitFor((l) => l.filter((x) => x.startsWith('consumed ')).length >= 8);
      await killHard(c);
      const opened = await openStore(url, { baseDir: root, humans: HUMANS, agents: AGENTS, auditKeyFile: auditKeyFor(root, url) });
      try {
        assert.equal((await verifyAudit(opened.store)).ok, true);
        const rows = await opened.store.read((tx) => tx.auditRange(1, 100_000));
        const bodies = rows.map((r) => ({ type: r.type, body: (JSON.parse(r.body) as { body: Record<string, unknown> }).body }));
        const intents = new Map<string, number>();
        for (const b of bodies) if (b.type === 'execution_intent') intents.set(String(b.body.requestId), (intents.get(String(b.body.requestId)) ?? 0) + 1);
        assert.ok([...intents.values()].every((k) => k === 1), 'every approval consumed at most once');
        for (const line of c.lines.filter((x) => x.startsWith('approved '))) {
          const [, req, who] = line.split(' ');
          const view = await opened.approvals.show(req as string);
          assert.ok(view.approvals.some((a) => a.human === who), `acknowledged approval ${req} by ${who} survived`);
          assert.ok(view.approvals.length <= 2);
        }
        for (const line of c.lines.filter((x) => x.startsWith('consumed '))) {
          const req = line.split(' ')[1] as string;
          assert.equal(intents.get(req), 1);
          assert.equal((await opened.approvals.show(req)).status, 'executing');
        }
        // restart: the intents without outcome become OUTCOME_UNKNOWN and are never retried
        const recovered = await opened.approvals.recoverInterrupted();
        assert.equal(recovered.length, intents.size);
        assert.equal((await verifyAudit(opened.store)).ok, true);
      } finally {
        await opened.close();
      }
    });

    test(`A10 two processes approving at the threshold give exactly one outcome (${backend})`, async () => {
      const url = makeUrl();
      const opened = await openStore(url, { baseDir: root, humans: HUMANS, agents: AGENTS, auditKeyFile: auditKeyFor(root, url) });
      const input = holdInput('kubectl --context prod delete ns payments', 2);
      const { requestId } = await opened.approvals.hold(input);
      await opened.approvals.approve(requestId, { kind: 'human', id: 'alice', groups: ['sre'] }, input.digest);
      await opened.close();
      const a = child('approve', url, root, requestId, 'bob');
      const b = child('approve', url, root, requestId, 'olga');
      const carol = child('approve', url, root, requestId, 'alice');
      await Promise.all([a, b, carol].map((c) => c.waitFor((l) => l.includes('ready'))));
      for (const c of [a, b, carol]) c.proc.stdin.write('go\n');
      await Promise.all([a, b, carol].map((c) => c.exited));
      const results = [a, b, carol].map((c) => c.lines.find((l) => l.startsWith('result') || l.startsWith('refused')));
      assert.equal(results[0], 'result approved 2');
      assert.ok(results[1] === 'refused `olga` is the operator of agent `kiro` and cannot approve its request' || results[1] === `refused request \`${requestId}\` is approved`, String(results[1]));
      assert.ok(results[2] === 'result pending 1' || results[2] === `refused request \`${requestId}\` is approved`, String(results[2]));
      const again = await openStore(url, { baseDir: root, humans: HUMANS, agents: AGENTS, auditKeyFile: auditKeyFor(root, url) });
      try {
        const transitions = (await again.store.read((tx) => tx.auditRange(1, 1000))).filter((r) => r.type === 'request_state');
        assert.equal(transitions.length, 1);
        assert.equal((await again.approvals.show(requestId)).status, 'approved');
      } finally {
        await again.close();
      }
    });

    test(`F1 L2 a store that goes away: every port rejects with store_unavailable and nothing is half-written (${backend})`, async () => {
      const url = makeUrl();
      const opened = await openStore(url, { baseDir: root, humans: HUMANS, agents: AGENTS, auditKeyFile: auditKeyFor(root, url) });
      await opened.audit.append(untypedEntry('decision', 'system', {}));
      await opened.store.close();
      const unavailable = (e: unknown) => e instanceof PortcullisError && e.code === 'store_unavailable';
      await assert.rejects(opened.audit.append(untypedEntry('decision', 'system', {})), unavailable);
      await assert.rejects(opened.approvals.hold(holdInput('terraform destroy')), unavailable);
      await assert.rejects(opened.identity.agent('kiro'), unavailable);
      const again = await openStore(url, { baseDir: root, humans: HUMANS, agents: AGENTS, auditKeyFile: auditKeyFor(root, url) });
      try {
        assert.equal(await again.audit.size(), 1);
        assert.equal((await again.approvals.list()).length, 0);
      } finally {
        await again.close();
      }
    });
  });
}
