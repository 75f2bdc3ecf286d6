/**
 * Round 35 (d35): the lead's answers of round 34 on data work, built as classes at their edges (fix35-d35.yaml holds the
 * neighbours): 358.1 one named Redis key deleted is narrowed whatever the host; 361.1 a Snowflake warehouse suspended
 * resumes unless AUTO_RESUME = FALSE; 361.3 MLflow's soft-deleted rows purged by SQL are `mlflow gc`; 361.4 `COPY … TO` a
 * file of the project's data folder is answer 328's overwrite; 363.1 consumer-group offsets judged by direction.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const decide = (command: string): string => answer('command', command).decision;
const sql = (text: string): string => answer('sql', text).decision;

test('358.1: one named Redis key deleted is benign whatever the host; flushes, patterns, several keys, queues stay', () => {
  assert.equal(decide('redis-cli -h prod-cache DEL session:42'), 'benign');
  assert.equal(decide('redis-cli -h redis-prod.internal UNLINK user:4412'), 'benign');
  assert.equal(decide('valkey-cli -h valkey-prod DEL product:page:88213'), 'benign');
  assert.equal(decide("ssh prod-1 'redis-cli DEL cart:42'"), 'benign');
  assert.equal(answer('mcp_tool_call', { server: 'redis', name: 'delete', arguments: { key: 'user:1042:profile' } }).decision, 'benign');
  assert.equal(decide('redis-cli -h prod-cache FLUSHALL'), 'destructive');
  assert.equal(decide('redis-cli -n 2 FLUSHDB'), 'destructive');
  assert.equal(decide("redis-cli --scan --pattern 'user:*' | xargs redis-cli DEL"), 'destructive');
  assert.equal(decide("redis-cli KEYS 'x*' | xargs redis-cli DEL"), 'destructive');
  assert.equal(decide("redis-cli DEL 'session:*'"), 'destructive');
  // Answer 372.6 (round 36): a short fixed list of named keys is narrowed as one is.
  assert.equal(decide('redis-cli DEL profile:81 order:1042'), 'benign');
  assert.equal(decide('redis-cli DEL queue:default'), 'destructive');
  assert.equal(decide('redis-cli -h queue.internal DEL celery'), 'destructive');
  assert.equal(decide('redis-cli DEL orders:stream'), 'destructive');
  assert.notEqual(decide('redis-cli DEL "$KEY"'), 'benign');
});

test('361.1: ALTER WAREHOUSE … SUSPEND is a write; with AUTO_RESUME = FALSE in the same input it is out of service', () => {
  assert.equal(sql('ALTER WAREHOUSE ML_WH SUSPEND;'), 'benign');
  assert.equal(decide('snowsql -c admin -q "ALTER WAREHOUSE REPORTING_WH SUSPEND"'), 'benign');
  assert.equal(sql('ALTER WAREHOUSE ML_WH SET AUTO_RESUME = FALSE; ALTER WAREHOUSE ML_WH SUSPEND;'), 'destructive');
  assert.equal(sql('alter warehouse ml_wh suspend; alter warehouse ml_wh set auto_resume=false'), 'destructive');
  assert.equal(decide('snowsql -c admin -q "ALTER WAREHOUSE REPORTING_WH SET AUTO_RESUME = FALSE; ALTER WAREHOUSE REPORTING_WH SUSPEND"'), 'destructive');
  assert.equal(sql('ALTER WAREHOUSE ML_WH SET AUTO_RESUME = TRUE;'), 'benign');
});

test("361.3: a DELETE of MLflow's soft-deleted rows is `mlflow gc`, its child tables too; other narrowed deletes stay writes", () => {
  assert.equal(sql("DELETE FROM runs WHERE lifecycle_stage = 'deleted';"), 'destructive');
  assert.equal(sql("DELETE FROM latest_metrics WHERE run_uuid IN (SELECT run_uuid FROM runs WHERE lifecycle_stage='deleted');"), 'destructive');
  assert.equal(sql("DELETE FROM experiments WHERE lifecycle_stage IN ('deleted');"), 'destructive');
  assert.equal(decide(`sqlite3 mlruns.db "DELETE FROM runs WHERE lifecycle_stage = 'deleted'"`), 'destructive');
  assert.equal(sql("DELETE FROM runs WHERE run_uuid = '4f1c2a9e';"), 'benign');
  assert.equal(sql("SELECT count(*) FROM runs WHERE lifecycle_stage = 'deleted';"), 'benign');
});

test("361.4: COPY … TO a file of the project's data folder is answer 328's overwrite; elsewhere a write", () => {
  assert.equal(sql("COPY (SELECT * FROM events WHERE 1 = 0) TO 'data/raw/events.parquet' (FORMAT PARQUET);"), 'destructive');
  assert.equal(sql("COPY t TO '/home/dev/app/datasets/train.csv' (HEADER);"), 'destructive');
  assert.equal(decide(`duckdb -c "COPY (SELECT 1) TO 'data/processed/x.parquet' (FORMAT PARQUET)"`), 'destructive');
  assert.equal(decide(`psql -d app -c "\\copy users TO 'data/users.csv' CSV HEADER"`), 'destructive');
  assert.equal(sql("COPY (SELECT 1) TO 'exports/x.parquet' (FORMAT PARQUET);"), 'benign');
  assert.equal(sql("COPY (SELECT 1) TO 'data/curated' (FORMAT PARQUET, PARTITION_BY (dt));"), 'benign');
  assert.equal(sql("COPY t TO '/tmp/data/x.csv';"), 'benign');
  assert.equal(decide(`duckdb -c "COPY (SELECT 1) TO '/tmp/x.csv'"`), 'benign');
  assert.equal(decide(`duckdb -c "COPY (SELECT 1) TO 's3://lake/raw/x' (FORMAT PARQUET, OVERWRITE)"`), 'destructive');
  assert.equal(decide(`psql -d app -c "\\copy users FROM 'data/users.csv' CSV HEADER"`), 'benign');
});

test('363.1: consumer-group offsets by direction: back a write, forward destructive, unknown direction fails closed, no --execute reads', () => {
  const kafka = (move: string): string => decide(`kafka-consumer-groups.sh --bootstrap-server kafka-prod-1:9092 --group billing --topic orders --reset-offsets ${move}`);
  assert.equal(kafka('--to-earliest --execute'), 'benign');
  assert.equal(kafka('--to-datetime 2026-11-30T00:00:00.000 --execute'), 'benign');
  assert.equal(kafka('--by-duration P1D --execute'), 'benign');
  assert.equal(kafka('--shift-by -500 --execute'), 'benign');
  assert.equal(kafka('--to-offset 0 --execute'), 'benign');
  assert.equal(kafka('--to-latest --execute'), 'destructive');
  assert.equal(kafka('--shift-by 500 --execute'), 'destructive');
  assert.equal(kafka('--to-datetime 2999-01-01T00:00:00.000 --execute'), 'destructive');
  assert.equal(kafka('--to-offset 81234 --execute'), 'destructive');
  assert.equal(kafka('--from-file offsets.csv --execute'), 'destructive');
  assert.equal(kafka('--shift-by "$N" --execute'), 'destructive');
  assert.equal(kafka('--to-latest --dry-run'), 'benign');
  assert.equal(kafka('--to-latest'), 'benign');
  assert.equal(decide('rpk group seek billing --to start --topics orders'), 'benign');
  assert.equal(decide('rpk group seek billing --to 1764547200000'), 'benign');
  assert.equal(decide('rpk group seek billing --to end'), 'destructive');
  assert.equal(decide('rpk group seek billing --to-group billing-v2'), 'destructive');
  assert.equal(decide('rpk group delete billing'), 'destructive');
});
