import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysIn, durationHours, DURATION_UNITS_WITH_DAYS, GO_DURATION_UNITS, intervalDays } from './durations.ts';

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

test('durationHours reads Go durations, and InfluxDB\'s and Trino\'s with days and weeks', () => {
  assert.equal(durationHours('1h30m', GO_DURATION_UNITS), 1.5);
  assert.equal(durationHours('8760h0m0s', GO_DURATION_UNITS), 8760);
  assert.equal(durationHours('90s', GO_DURATION_UNITS), 0.025);
  assert.equal(durationHours('1d', GO_DURATION_UNITS), null);
  assert.equal(durationHours('1w2d', DURATION_UNITS_WITH_DAYS), 216);
  assert.equal(durationHours('30d', DURATION_UNITS_WITH_DAYS), 720);
  assert.equal(durationHours('500ms', DURATION_UNITS_WITH_DAYS), 500 / 3.6e6);
  for (const v of ['', '30', '1h 30m', 'h', '1y', '1mo', '-1h', '1h-']) assert.equal(durationHours(v, DURATION_UNITS_WITH_DAYS), null, v);
});
