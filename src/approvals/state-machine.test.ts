import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { REQUEST_STATUSES, canMove, dueExpiry, isTerminal, type RequestStatus } from './state-machine.ts';

test('A10 the allowed transitions are exactly the documented ones', () => {
  const allowed = REQUEST_STATUSES.flatMap((from) => REQUEST_STATUSES.filter((to) => canMove(from, to)).map((to) => `${from}->${to}`));
  assert.deepEqual(allowed, [
    'pending->approved', 'pending->denied', 'pending->expired', 'pending->cancelled',
    'approved->executing', 'approved->expired', 'approved->cancelled',
    'executing->succeeded', 'executing->failed', 'executing->outcome_unknown',
  ].sort((a, b) => REQUEST_STATUSES.indexOf(a.split('->')[0] as RequestStatus) - REQUEST_STATUSES.indexOf(b.split('->')[0] as RequestStatus) || REQUEST_STATUSES.indexOf(a.split('->')[1] as RequestStatus) - REQUEST_STATUSES.indexOf(b.split('->')[1] as RequestStatus)));
});

test('A10 nothing leaves a terminal state and no walk ever returns to an earlier state', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...REQUEST_STATUSES), { maxLength: 30 }), (attempts) => {
      let s: RequestStatus = 'pending';
      const seen: RequestStatus[] = [s];
      for (const to of attempts) {
        if (isTerminal(s)) assert.equal(canMove(s, to), false);
        if (canMove(s, to)) {
          assert.ok(!seen.includes(to), `revisited ${to}`);
          s = to;
          seen.push(s);
        }
      }
    }),
  );
});

test('A5 deadlines: pending expires at expiresAt, approved at executeBy, others never', () => {
  assert.equal(dueExpiry({ status: 'pending', expiresAt: 10, executeBy: null }, 9), null);
  assert.equal(dueExpiry({ status: 'pending', expiresAt: 10, executeBy: null }, 10), 'expired');
  assert.equal(dueExpiry({ status: 'approved', expiresAt: 10, executeBy: 20 }, 15), null);
  assert.equal(dueExpiry({ status: 'approved', expiresAt: 10, executeBy: 20 }, 20), 'expired');
  assert.equal(dueExpiry({ status: 'executing', expiresAt: 10, executeBy: 20 }, 99), null);
});
