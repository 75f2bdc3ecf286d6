import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';
import { namesPlainSetting } from '../../credential-text.ts';

/** Round 29 (the lead's answers 258, 261 and 262, branch v29): the edges of each class. */
const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;
const Q = 'https://sqs.us-east-1.amazonaws.com/123456789012';

describe('answer 258, withdrawn by 395.4 and 399.2 (round 39): an SQS queue purged or deleted whatever its name', () => {
  test('a test, e2e or load-test word in the queue\'s own name no longer excuses it: its messages are data in flight', () => {
    assert.equal(decide(`aws sqs purge-queue --queue-url ${Q}/orders-e2e-test`), 'destructive');
    assert.equal(decide(`aws sqs purge-queue --queue-url ${Q}/orders-test.fifo`), 'destructive');
    assert.equal(decide(`aws sqs purge-queue --queue-url=${Q}/Billing_IntegrationTest`), 'destructive');
  });
  test('other queues, tiers, kept copies, bare CI names and unfixed URLs stay destructive', () => {
    for (const name of ['orders', 'latest-orders', 'orders-prod-test', 'orders-stg-test', 'orders-test-backup', 'e2e', 'ci-e2e']) {
      assert.equal(decide(`aws sqs purge-queue --queue-url ${Q}/${name}`), 'destructive', name);
    }
    assert.equal(decide(`aws sqs purge-queue --queue-url ${Q}/orders-test --profile production`), 'destructive');
    assert.equal(decide('aws sqs purge-queue --queue-url "$Q"'), 'destructive');
    assert.equal(decide(`aws sqs purge-queue --queue-url ${Q}/orders-test/extra`), 'destructive');
    // Answer 316's test queue deleted by its own name: withdrawn too (399.2); an ephemeral account's queue stays scratch.
    assert.equal(decide(`aws sqs delete-queue --queue-url ${Q}/orders-e2e-test`), 'destructive');
    assert.equal(decide(`aws sqs delete-queue --queue-url ${Q}/orders`), 'destructive');
    assert.equal(decide(`AWS_PROFILE=ephemeral-42 aws sqs delete-queue --queue-url ${Q}/orders`), 'benign');
  });
  test('AWS Tools for PowerShell: Clear-SQSQueue purges as aws sqs purge-queue does, whatever the queue is named', () => {
    const ps = (input: string): string => answer('powershell', input, { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' }).decision;
    assert.equal(ps(`Clear-SQSQueue -QueueUrl ${Q}/orders-e2e-test -Force`), 'destructive');
    assert.equal(ps(`Clear-SQSQueue ${Q}/orders-e2e-test -Force`), 'destructive');
    assert.equal(ps(`Clear-SQSQueue -QueueUrl ${Q}/orders -Force`), 'destructive');
    assert.equal(ps(`Clear-SQSQueue -QueueUrl ${Q}/orders-test -ProfileName production -Force`), 'destructive');
    assert.equal(ps('Clear-SQSQueue -QueueUrl $q -Force'), 'destructive');
  });
});

describe('answer 261: Cloud Run and Cloud Functions opened to allUsers', () => {
  test('--allow-unauthenticated opens a service unless its name says a preview or dev', () => {
    assert.equal(decide('gcloud run deploy api --image i --allow-unauthenticated'), 'destructive');
    assert.equal(decide('gcloud run services update api --allow-unauthenticated'), 'destructive');
    assert.equal(decide('gcloud functions deploy fn --trigger-http --allow-unauthenticated'), 'destructive');
    assert.equal(decide('gcloud run deploy web-pr-12 --image i --allow-unauthenticated'), 'benign');
    assert.equal(decide('gcloud --project acme-dev run deploy api-dev --allow-unauthenticated'), 'benign');
  });
  test('the service read is the word after the operation, not an option\'s value', () => {
    assert.equal(decide('gcloud run deploy --image web-dev --allow-unauthenticated'), 'destructive');
    assert.equal(decide('gcloud run deploy --image i api-dev --allow-unauthenticated'), 'destructive');
  });
  test('production anywhere refuses the preview; staging only a dev name', () => {
    assert.equal(decide('gcloud run deploy web-pr-12 --image i --allow-unauthenticated --project acme-prod'), 'destructive');
    assert.equal(decide('gcloud run deploy web-pr-12 --image i --allow-unauthenticated --project acme-staging'), 'benign');
    assert.equal(decide('gcloud run deploy api-dev --image i --allow-unauthenticated --project acme-staging'), 'destructive');
    assert.equal(decide('gcloud run deploy api-prod-preview --image i --allow-unauthenticated'), 'destructive');
  });
  test('closing or leaving the access as it is stays a write', () => {
    assert.equal(decide('gcloud run deploy api --image i --no-allow-unauthenticated'), 'benign');
    assert.equal(decide('gcloud run deploy api --image i --allow-unauthenticated=false'), 'benign');
    assert.equal(decide('gcloud run deploy api --image i'), 'benign');
  });
});

describe('answer 262: which variable names say a secret', () => {
  test('a store\'s URL, a connection string and the secret words', () => {
    for (const n of ['DATABASE_URL', 'REDIS_URL', 'MONGODB_URI', 'AMQP_URL', 'CLOUDAMQP_URL', 'CELERY_BROKER_URL', 'PG_URL', 'CACHE_URL', 'SMTP_URL', 'RedisUrl', 'SENTRY_DSN', 'DB_PASSWORD', 'STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'ServiceBusConnection', 'AzureWebJobsStorage']) {
      assert.equal(namesPlainSetting(n), false, n);
    }
  });
  test('plain URLs and settings', () => {
    for (const n of ['API_URL', 'SITE_URL', 'NEXT_PUBLIC_API_URL', 'CallbackUrl', 'LOG_LEVEL', 'KAFKA_BROKERS', 'FEATURE_FLAGS']) {
      assert.equal(namesPlainSetting(n), true, n);
    }
  });
  test('a name that is not an identifier is not plain', () => {
    assert.equal(namesPlainSetting('API-URL'), false);
    assert.equal(namesPlainSetting(''), false);
  });
});
