/**
 * `describeControlPlane`: one suite for every door a human uses (in-process: what the CLI calls;
 * HTTP: the reviewer API), as Hono runs one suite against every router. A case that passes through
 * one door and fails through another is a door-dependent difference, which ARCHITECTURE.md forbids:
 * the rule belongs in the domain module, not in a door.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ApprovalRequestViewModel, ApproveOutcomeViewModel, AuditPageViewModel, BrakeChange, BrakesStateViewModel, RecoverOutcomeViewModel } from '../../src/control/index.ts';
import { AUDIT_KINDS } from '../../src/audit/index.ts';

/** The control plane as one signed-in human sees it through a door (the actor is bound). */
export interface ControlDoor {
  list(): Promise<ApprovalRequestViewModel[]>;
  show(id: string): Promise<ApprovalRequestViewModel>;
  approve(id: string, digest: string, comment: string | null): Promise<ApproveOutcomeViewModel>;
  reject(id: string, comment: string): Promise<ApprovalRequestViewModel>;
  cancel(id: string, comment: string | null): Promise<ApprovalRequestViewModel>;
  breakGlass(id: string, digest: string, reason: string): Promise<ApprovalRequestViewModel>;
  recover(olderThanMs: number): Promise<RecoverOutcomeViewModel>;
  brakes(change: BrakeChange, reason: string | null): Promise<BrakesStateViewModel>;
  auditPage(query: { type?: string; limit?: number }): Promise<AuditPageViewModel>;
}

export interface ControlFixture {
  /** The door acting as this principal (a demo human, `root` the second admin, or agent `kiro`). */
  as(who: string): ControlDoor;
  /** Agent kiro asks for `command` in production through the gate; held ones give their request. */
  decide(command: string): Promise<{ effect: string; requestId: string | null; digest: string }>;
  /** The webhook events delivered so far (after waiting for the notifier), as `kind id by`. */
  webhooks(): Promise<string[]>;
  /** The `ApprovalRequest` component's required fields from the served OpenAPI document. */
  approvalRequestFields(): Promise<string[]>;
  close(): Promise<void>;
}

/** A rejected promise's error `code` (PortcullisError in-process, ApiErrorV1 over HTTP). */
async function codeOf(p: Promise<unknown>): Promise<string> {
  return (await errorOf(p)).code;
}

/** A rejected promise's whole error as a door shows it: code, message, hint. */
async function errorOf(p: Promise<unknown>): Promise<{ code: string; message: string; hint: string }> {
  try {
    await p;
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown; hint?: unknown };
    return { code: String(e.code), message: String(e.message), hint: String(e.hint) };
  }
  return { code: 'resolved', message: '', hint: '' };
}

let n = 0;
// A12: the manifest exists (test/fixtures), so each deploy binds its bytes; the field manager makes each one a new digest.
const deployCommand = () => `kubectl --context prod-cn-1 apply -f deploy/payments.yaml --field-manager=contract-${++n}`;

export function describeControlPlane(door: string, open: () => Promise<ControlFixture>): void {
  describe(`ControlPlane contract: ${door}`, () => {
    async function withFixture(fn: (f: ControlFixture) => Promise<void>) {
      const f = await open();
      try {
        await fn(f);
      } finally {
        await f.close();
      }
    }

    test('A1 A2 approving needs the exact digest and distinct humans; the release notifies (every door)', () =>
      withFixture(async (f) => {
        const held = await f.decide(deployCommand());
        assert.equal(held.effect, 'hold');
        const id = held.requestId!;
        assert.equal(await codeOf(f.as('alice').approve(id, `sha256:${'0'.repeat(64)}`, null)), 'approval_refused');
        assert.deepEqual(await f.as('alice').approve(id, held.digest, null), { status: 'pending', requestId: id, approvals: 1, required: 2, alreadyCounted: false });
        assert.deepEqual(await f.as('alice').approve(id, held.digest, null), { status: 'pending', requestId: id, approvals: 1, required: 2, alreadyCounted: true });
        assert.deepEqual(await f.as('bob').approve(id, held.digest, 'ok'), { status: 'approved', requestId: id, approvals: 2, required: 2, alreadyCounted: false });
        assert.deepEqual((await f.webhooks()).filter((e) => e.includes(id)).sort(), [`approved ${id} bob`, `held ${id} null`]);
      }));

    test('A4 a rejection ends the request and notifies (every door)', () =>
      withFixture(async (f) => {
        const held = await f.decide(deployCommand());
        const id = held.requestId!;
        const after = await f.as('alice').reject(id, 'not during the freeze');
        assert.equal(after.status, 'denied');
        assert.deepEqual(after.rejections.map((v) => [v.human, v.comment]), [['alice', 'not during the freeze']]);
        assert.deepEqual((await f.webhooks()).filter((e) => e.includes(id)).sort(), [`held ${id} null`, `rejected ${id} alice`]);
      }));

    test('F4 break-glass exists at this door: an admin who is not the operator releases alone; the operator cannot', () =>
      withFixture(async (f) => {
        const held = await f.decide(deployCommand());
        const id = held.requestId!;
        // dana is kiro's operator (and an admin): never her own agent's break-glass (A3)
        assert.equal(await codeOf(f.as('dana').breakGlass(id, held.digest, 'pager')), 'approval_refused');
        assert.equal(await codeOf(f.as('alice').breakGlass(id, held.digest, 'pager')), 'approval_refused');
        const after = await f.as('root').breakGlass(id, held.digest, 'payments down, two-person rule cannot wait');
        assert.equal(after.status, 'approved');
        assert.deepEqual(after.breakGlass.map((v) => [v.human, v.comment]), [['root', 'payments down, two-person rule cannot wait']]);
        assert.ok((await f.webhooks()).includes(`approved ${id} root`));
      }));

    test('L3 recover exists at this door: an execution with no outcome becomes outcome_unknown, never retried', () =>
      withFixture(async (f) => {
        const command = deployCommand();
        const held = await f.decide(command);
        const id = held.requestId!;
        await f.as('alice').approve(id, held.digest, null);
        await f.as('bob').approve(id, held.digest, null);
        assert.equal((await f.decide(command)).effect, 'allow');
        assert.equal((await f.as('alice').show(id)).status, 'executing');
        assert.deepEqual(await f.as('alice').recover(0), { requestIds: [id] });
        assert.equal((await f.as('alice').show(id)).status, 'outcome_unknown');
        assert.deepEqual(await f.as('alice').recover(0), { requestIds: [] });
      }));

    test('one shape: show gives every field of the ApprovalRequest component, list the same without what show adds', () =>
      withFixture(async (f) => {
        const held = await f.decide(deployCommand());
        const shown = await f.as('alice').show(held.requestId!);
        assert.deepEqual(Object.keys(shown).sort(), (await f.approvalRequestFields()).sort());
        const listed = (await f.as('alice').list()).find((q) => q.id === held.requestId);
        // show adds the state history and the reasons of the opening decision
        assert.deepEqual({ ...listed, history: shown.history, reasons: shown.reasons, requesterReason: shown.requesterReason }, shown);
        assert.deepEqual(shown.history.map((h) => h.to), []);
        await f.as('dana').cancel(held.requestId!, 'wrong window');
        assert.deepEqual((await f.as('alice').show(held.requestId!)).history.map((h) => [h.from, h.to, h.actor]), [['pending', 'cancelled', 'human:dana']]);
      }));

    test('F3 anyone may freeze; only an admin releases (the rule in brakes/ holds at every door)', () =>
      withFixture(async (f) => {
        const frozen = await f.as('alice').brakes({ kind: 'freeze', agent: 'kiro' }, 'runaway');
        assert.equal(frozen.agents.kiro?.by, 'human:alice');
        assert.equal(await codeOf(f.as('alice').brakes({ kind: 'unfreeze', agent: 'kiro' }, null)), 'permission_denied');
        assert.equal(await codeOf(f.as('eve').brakes({ kind: 'shadow', environment: null, on: true }, null)), 'permission_denied');
        assert.deepEqual((await f.as('dana').brakes({ kind: 'unfreeze', agent: 'kiro' }, null)).agents, {});
      }));

    test('D2 an agent acts on nothing at this door', () =>
      withFixture(async (f) => {
        const held = await f.decide(deployCommand());
        for (const p of [f.as('kiro').approve(held.requestId!, held.digest, null), f.as('kiro').breakGlass(held.requestId!, held.digest, 'x'), f.as('kiro').recover(0), f.as('kiro').brakes({ kind: 'unfreeze_all' }, null)]) {
          assert.equal(await codeOf(p), 'permission_denied');
        }
        assert.equal((await f.as('alice').show(held.requestId!)).status, 'pending');
      }));

    test('an audit type filter names an audit kind; another is request_invalid listing the kinds, not an empty page (every door)', () =>
      withFixture(async (f) => {
        await f.decide(deployCommand());
        const held = await f.as('bob').auditPage({ type: 'approval_request', limit: 5 });
        assert.ok(held.entries.length >= 1);
        assert.deepEqual([...new Set(held.entries.map((e) => e.type))], ['approval_request']);
        // a kind that exists but was never written is an empty page, not an error
        assert.deepEqual((await f.as('bob').auditPage({ type: 'break_glass' })).entries, []);
        for (const type of ['approvals', 'Decision', 'config_loaded', '']) {
          assert.deepEqual(await errorOf(f.as('bob').auditPage({ type })), {
            code: 'request_invalid',
            message: `unknown audit entry type \`${type}\``,
            hint: `use one of ${AUDIT_KINDS.join(', ')}`,
          }, type);
        }
      }));
  });
}
