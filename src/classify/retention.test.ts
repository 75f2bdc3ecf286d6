import { test } from 'node:test';
import assert from 'node:assert/strict';
import { curatorLogRetention, influxRetentionCut, KAFKA_RETENTION_CUT_SETTING, kafkaRetentionCut } from './retention.ts';

test("a Kafka retention under one day is a cut (the lead's answer 136)", () => {
  assert.equal(kafkaRetentionCut('retention.ms', 3_600_000), true);
  assert.equal(kafkaRetentionCut('retention.ms', '86399999'), true);
  assert.equal(kafkaRetentionCut('retention.ms', 86_400_000), false);
  assert.equal(kafkaRetentionCut('retention.ms', -1), false);
  assert.equal(kafkaRetentionCut('log.retention.hours', 23), true);
  assert.equal(kafkaRetentionCut('retention.minutes', '1440'), false);
  assert.equal(kafkaRetentionCut('retention.bytes', 10), false);
  for (const [setting, cut] of [['retention.ms=3600000', true], ['retention.ms=86399999', true], ['retention.ms=86400000', false], ['retention.ms=604800000', false], ['retention.ms=-1', false], ['segment.ms=1,retention.hours=12', true], ['retention.hours=24', false], ['retention.minutes=1439', true], ['retention.minutes=1440', false]] as const) {
    assert.equal(KAFKA_RETENTION_CUT_SETTING.test(setting), cut, setting);
  }
});

test("curator's delete_indices of log indices older than 30 days is retention (the lead's answer 140)", () => {
  const list = (...f: object[]): string => JSON.stringify(f);
  const logs = { filtertype: 'pattern', kind: 'prefix', value: 'logstash-' };
  const age = (unit: string, n: number | string, direction = 'older'): object => ({ filtertype: 'age', source: 'name', direction, timestring: '%Y.%m.%d', unit, unit_count: n });
  assert.equal(curatorLogRetention(list(logs, age('days', 30))), true);
  assert.equal(curatorLogRetention(list(age('weeks', 5), { ...logs, value: 'acme-api-logs-' })), true);
  assert.equal(curatorLogRetention(list(logs, age('days', 29))), false);
  assert.equal(curatorLogRetention(list(logs, age('days', 90, 'younger'))), false);
  assert.equal(curatorLogRetention(list({ ...logs, value: 'orders-' }, age('days', 90))), false);
  assert.equal(curatorLogRetention(list({ ...logs, exclude: true }, age('days', 90))), false);
  assert.equal(curatorLogRetention(list(logs)), false);
  assert.equal(curatorLogRetention('not json'), false);
});

test("an InfluxDB retention under one day is a cut; a day or more, 0 and INF are not (the lead's answer 254)", () => {
  for (const v of ['1h', '12h', '23h59m', '90m', '1h;']) assert.equal(influxRetentionCut(v), true, v);
  for (const v of ['24h', '1d', '30d', '2w', '0', '0s', 'INF', 'inf']) assert.equal(influxRetentionCut(v), false, v);
  for (const v of ['forever', '$R', '1y']) assert.equal(influxRetentionCut(v), null, v);
});
