import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSteadyClock } from './clock.ts';

describe('runtime: the steady clock', () => {
  test('L9 a wall-clock step forward and back never moves the steady clock; each step is reported once', () => {
    let wall = 1_800_000_000_000;
    let mono = 500;
    const clock = createSteadyClock({ wall: () => wall, monotonic: () => mono, thresholdMs: 2_000 });
    mono += 1_000;
    wall += 1_000;
    assert.equal(clock.now(), 1_800_000_001_000);
    assert.equal(clock.check(), null);
    wall += 86_400_000 + 10; // 10 ms pass, and the wall clock is stepped a day ahead
    mono += 10;
    assert.equal(clock.now(), 1_800_000_001_010);
    assert.deepEqual(clock.check(), { wall: 1_800_086_401_010, steady: 1_800_000_001_010, stepMs: 86_400_000 });
    assert.equal(clock.check(), null, 'reported once');
    wall -= 86_400_000; // corrected
    assert.deepEqual(clock.check(), { wall: 1_800_000_001_010, steady: 1_800_000_001_010, stepMs: -86_400_000 });
    // NTP-sized slews stay below the threshold
    wall += 1_500;
    assert.equal(clock.check(), null);
  });
});
