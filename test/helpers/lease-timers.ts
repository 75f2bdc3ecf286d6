/**
 * Lease-renewal timers a test fires by hand: `set` only records the renewal, `fire()` runs the one
 * waiting as its time would and returns its period. Tests of the lease rule wait for no clock.
 */
import assert from 'node:assert/strict';
import type { LeaseTimers } from '../../src/core/index.ts';

export function manualLeaseTimers(): { timers: LeaseTimers; pending: Map<number, { run: () => void; ms: number }>; fire: () => number } {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  const timers: LeaseTimers = { set: (run, ms) => (pending.set(++next, { run, ms }), next), clear: (h) => void pending.delete(h as number) };
  const fire = () => {
    assert.equal(pending.size, 1, 'one renewal scheduled');
    const [id, t] = [...pending][0]!;
    pending.delete(id);
    t.run();
    return t.ms;
  };
  return { timers, pending, fire };
}
