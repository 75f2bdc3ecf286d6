/**
 * L3: a guarded tool released by a consumed approval keeps its execution lease alive while it runs
 * (the rule `portcullis exec` follows: once before it starts, then every third of the lease), stops
 * renewing when it ends, and reports the outcome; a lease that cannot be renewed runs nothing.
 * The client is a stand-in and the timers are the test's: renewals happen when the test fires them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../core/index.ts';
import { manualLeaseTimers } from '../../test/helpers/lease-timers.ts';
import { PortcullisError } from '../core/errors.ts';
import type { PortcullisClient } from './client.ts';
import { guard, PortcullisRefusal } from './guard.ts';

const allowed: Decision = { effect: 'allow', reasons: [], policies: [], requiredApprovals: 0, approverGroups: [], actionDigest: 'sha256:x', decisionId: 'aud_2', facts: null, requestId: 'req_1' };
const status = { id: 'req_1', digest: '', status: 'executing', approvals: 2, required: 2, approverGroups: [], expiresAt: 0 };

function setup(renew: () => Promise<{ leaseMs: number }>) {
  const log: string[] = [];
  const client = {
    decide: async () => allowed,
    renewLease: async (id: string) => {
      log.push(`renew ${id}`);
      const l = await renew();
      return { ...status, leaseUntil: 0, leaseMs: l.leaseMs };
    },
    reportOutcome: async (id: string, outcome: string) => {
      log.push(`outcome ${id} ${outcome}`);
      return status;
    },
  } as unknown as PortcullisClient;
  const { timers, pending, fire } = manualLeaseTimers();
  return { client, timers, pending, fire, log };
}

/** Calls a guarded AI SDK tool as the framework does: `execute(input, options)`. */
const call = (tool: { execute?: unknown }) => (tool.execute as (input: unknown, options: unknown) => Promise<unknown>)({}, {});

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 1000 && !ok(); i++) await new Promise((r) => setImmediate(r));
  assert.ok(ok());
};

describe('L3 the SDK guard keeps the execution lease of an approved call', () => {
  test('L3 renewed before the tool starts, every third of the lease while it runs, no longer once it ended; then the outcome', async () => {
    const s = setup(async () => ({ leaseMs: 3_000 }));
    let release!: (v: string) => void;
    let started = false;
    const tool = guard({ execute: () => ((started = true), new Promise<string>((r) => (release = r))) }, { client: s.client, name: 'deploy', leaseTimers: s.timers });
    const result = call(tool) as Promise<string>;
    await until(() => started);
    assert.deepEqual(s.log, ['renew req_1'], 'renewed once before it ran');
    for (let i = 2; i <= 4; i++) {
      await until(() => s.pending.size === 1);
      assert.equal(s.fire(), 1_000, 'a third of the 3 s lease');
      await until(() => s.log.length === i);
    }
    await until(() => s.pending.size === 1);
    release('done');
    assert.equal(await result, 'done');
    assert.equal(s.pending.size, 0, 'no renewal scheduled after the tool ended');
    assert.deepEqual(s.log, ['renew req_1', 'renew req_1', 'renew req_1', 'renew req_1', 'outcome req_1 succeeded']);
  });

  test('L3 a renewal that fails while the tool runs is told once and retried at the next period', async () => {
    let fail = false;
    const s = setup(async () => {
      if (fail) throw new PortcullisError('client_unreachable', 'daemon down');
      return { leaseMs: 3_000 };
    });
    const told: string[] = [];
    let release!: () => void;
    const tool = guard({ execute: () => new Promise<void>((r) => (release = r)) }, { client: s.client, name: 'deploy', leaseTimers: s.timers, onLeaseFailure: ({ requestId, error }) => told.push(`${requestId}: ${(error as Error).message}`) });
    const result = call(tool) as Promise<void>;
    await until(() => s.pending.size === 1);
    fail = true;
    s.fire();
    await until(() => s.pending.size === 1 && told.length === 1);
    s.fire();
    await until(() => s.pending.size === 1 && s.log.length === 3);
    assert.deepEqual(told, ['req_1: daemon down'], 'said once for the streak');
    release();
    await result;
    assert.equal(s.pending.size, 0);
  });

  test('L3 F1 a lease that cannot be renewed before the start runs nothing: refused, outcome failed', async () => {
    const s = setup(async () => {
      throw new PortcullisError('approval_refused', 'request req_1 is outcome_unknown');
    });
    let ran = false;
    const tool = guard({ execute: () => (ran = true) }, { client: s.client, name: 'deploy', leaseTimers: s.timers });
    await assert.rejects(call(tool) as Promise<unknown>, (e: unknown) => e instanceof PortcullisRefusal && e.kind === 'error' && /nothing ran: the execution lease of request req_1 could not be renewed \(request req_1 is outcome_unknown\)/.test(e.message));
    assert.equal(ran, false);
    assert.deepEqual(s.log, ['renew req_1', 'outcome req_1 failed']);
    assert.equal(s.pending.size, 0);
  });

  test('L3 an Agents SDK tool that throws: renewals stop, outcome failed', async () => {
    const s = setup(async () => ({ leaseMs: 900 }));
    const tool = guard({ type: 'function', name: 'deploy', invoke: async (_ctx: unknown, _input: string) => Promise.reject(new Error('boom')) }, { client: s.client, leaseTimers: s.timers });
    await assert.rejects(tool.invoke(undefined as never, '{}'), /boom/);
    assert.equal(s.pending.size, 0);
    assert.deepEqual(s.log, ['renew req_1', 'outcome req_1 failed']);
  });

  test('a call allowed outright (no request) renews nothing', async () => {
    const s = setup(async () => ({ leaseMs: 900 }));
    const client = { ...s.client, decide: async () => ({ ...allowed, requestId: undefined }) } as unknown as PortcullisClient;
    const tool = guard({ execute: () => 'ok' }, { client, name: 'read', leaseTimers: s.timers });
    assert.equal(await call(tool), 'ok');
    assert.deepEqual(s.log, []);
  });
});
