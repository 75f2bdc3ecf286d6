import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysIn, intervalDays } from './durations.ts';

test('daysIn reads the units every age rule writes', () => {
  assert.equal(daysIn(90, 'days'), 90);
  assert.equal(daysIn('60', 'Days'), 60);
  assert.equal(daysIn(3, 'Months'), 90);
  assert.equal(daysIn(2, 'w'), 14);
  assert.equal(daysIn(1, 'yyyy'), 365);
  assert.equal(daysIn(90, 'M'), 2700);
  assert.equal(daysIn(2880, 'minute'), 2);
  assert.equal(daysIn(48, 'hh'), 2);
  assert.equal(daysIn(5, 'fortnight'), 0);
});

test('intervalDays reads restic and borg intervals', () => {
  assert.equal(intervalDays('1y5m7d'), 365 + 150 + 7);
  assert.equal(intervalDays('12H'), 0.5);
  assert.equal(intervalDays('30'), null);
  assert.equal(intervalDays('7 days'), null);
});
