import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../test/helpers/batch-answer.ts';

/** Round 28 (branch u28): the lead's SQL answers 225, 226 and 228, each rule's edges. */
const answer = batchAnswers();
const PROD = { cwd: '/home/ops', home: '/home/ops', host: 'db-prod-01.internal' };
const sql = (text: string, dialect: string): string => answer('sql', text, { ...PROD, dialect }).decision;

describe('answer 225: DROP ROLE after REASSIGN OWNED is an account deleted', () => {
  test('the role dropped is destructive; DROP OWNED alone after REASSIGN only revokes', () => {
    assert.equal(sql('REASSIGN OWNED BY r TO s; DROP OWNED BY r; DROP ROLE r;', 'postgresql'), 'destructive');
    assert.equal(sql('REASSIGN OWNED BY r TO s; DROP OWNED BY r; DROP USER IF EXISTS r;', 'postgresql'), 'destructive');
    assert.equal(sql('REASSIGN OWNED BY r TO s; DROP OWNED BY r;', 'postgresql'), 'benign');
    assert.equal(sql('DROP OWNED BY r;', 'postgresql'), 'destructive');
  });
});

describe('answer 226: STOP REPLICA; START REPLICA with nothing between is a restart', () => {
  test('the same threads and channel started at once', () => {
    for (const s of ['STOP REPLICA; START REPLICA;', 'STOP SLAVE; START SLAVE', 'STOP SLAVE; START REPLICA;', "STOP REPLICA IO_THREAD FOR CHANNEL 'a'; START REPLICA IO_THREAD FOR CHANNEL 'a';", 'STOP GROUP_REPLICATION; START GROUP_REPLICATION;']) {
      assert.equal(sql(s, 'mysql'), 'benign', s);
    }
  });
  test('alone, reversed, another channel or thread, UNTIL, or a statement between stay an outage', () => {
    for (const s of ['STOP REPLICA;', 'START REPLICA; STOP REPLICA;', "STOP REPLICA FOR CHANNEL 'a'; START REPLICA FOR CHANNEL 'b';", 'STOP REPLICA; START REPLICA SQL_THREAD;', "STOP REPLICA; START REPLICA UNTIL SOURCE_LOG_FILE='b.000012', SOURCE_LOG_POS=4;", 'STOP REPLICA; SELECT 1; START REPLICA;', 'STOP GROUP_REPLICATION; START REPLICA;']) {
      assert.notEqual(sql(s, 'mysql'), 'benign', s);
    }
  });
});

describe('answer 228: a TTL of any age on a kind that expires by itself is retention in SQL', () => {
  test('sessions, tokens and one-time codes, in any unit', () => {
    for (const s of ['ALTER TABLE auth.sessions MODIFY TTL created_at + INTERVAL 1 DAY', 'ALTER TABLE refresh_tokens MODIFY TTL issued_at + INTERVAL 12 HOUR;', 'ALTER TABLE verification_codes MODIFY TTL created_at + toIntervalMinute(15)', 'ALTER TABLE carts MODIFY TTL updated_at + INTERVAL 3600 SECOND DELETE']) {
      assert.equal(sql(s, 'clickhouse'), 'benign', s);
    }
    assert.equal(sql('ALTER TABLE `p.web.sessions` SET OPTIONS (partition_expiration_days = 2)', 'bigquery'), 'benign');
  });
  test('business records, retention kinds under 30 days, archives, a zero TTL and a move stay', () => {
    for (const s of ['ALTER TABLE orders MODIFY TTL created_at + INTERVAL 1 DAY', 'ALTER TABLE events MODIFY TTL ts + INTERVAL 7 DAY', 'ALTER TABLE sessions_archive MODIFY TTL created_at + INTERVAL 1 DAY', 'ALTER TABLE sessions MODIFY TTL created_at + INTERVAL 0 SECOND', "ALTER TABLE sessions MODIFY TTL created_at + INTERVAL 1 DAY TO VOLUME 'cold'"]) {
      assert.equal(sql(s, 'clickhouse'), 'destructive', s);
    }
  });
});

describe('pg_cron: a scheduled command is judged as its SQL', () => {
  test('dollar-quoted or quoted, with or without a name, in another database', () => {
    assert.equal(sql("SELECT cron.schedule('p', '0 * * * *', $$DELETE FROM orders WHERE created_at < now() - interval '1 day'$$);", 'postgresql'), 'destructive');
    assert.equal(sql("SELECT cron.schedule('0 3 * * *', 'TRUNCATE TABLE orders');", 'postgresql'), 'destructive');
    assert.equal(sql("SELECT cron.schedule('t', '0 3 * * *', 'DELETE FROM orders WHERE note = ''x, (y)''');", 'postgresql'), 'benign');
    assert.equal(sql("SELECT cron.schedule_in_database('p', '0 2 * * *', $$DELETE FROM sessions WHERE expires_at < now()$$, 'shop');", 'postgresql'), 'benign');
    assert.equal(sql("SELECT cron.unschedule('p');", 'postgresql'), 'benign');
  });
  test('a command not fixed in the input is not known', () => {
    assert.equal(sql("SELECT cron.schedule(name, '0 * * * *', command) FROM pending_jobs;", 'postgresql'), 'unknown');
  });
});

describe("answer 228 in CQL: a table's default_time_to_live", () => {
  test('on a kind that expires by itself, or a retention table kept 30 days or more, it is retention; 0 switches it off', () => {
    for (const s of ['ALTER TABLE auth.sessions WITH default_time_to_live = 86400;', 'ALTER TABLE metrics.request_logs WITH default_time_to_live = 7776000;', 'ALTER TABLE shop.orders WITH default_time_to_live = 0;', "ALTER TABLE shop.orders WITH comment = 'orders';"]) {
      assert.equal(sql(s, 'cql'), 'benign', s);
    }
  });
  test('on business records, or a retention table under 30 days, what the table receives is lost by itself', () => {
    for (const s of ['ALTER TABLE shop.orders WITH default_time_to_live = 86400;', 'ALTER TABLE metrics.request_logs WITH default_time_to_live = 86400 AND gc_grace_seconds = 3600;']) {
      assert.equal(sql(s, 'cql'), 'destructive', s);
    }
  });
});
