/**
 * Round 39 (nx39): the lead's answers 397.2 (the shell's emptying of a file refuses the kept logs 391.4's Windows reading
 * refuses: transaction, audit, security, redo, WAL logs, journals, a database's; one application's own log stays benign),
 * 395.4 and 399.2 (a queue purged or deleted loses its messages whatever its own name says, in every form; a scratch
 * container still excuses) and 400.2 (`tee` to a flight controller's serial device is the redirect's NSH lines).
 * fix39-nx39.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const shell = (input: string): string => answer('command', input).decision;
const http = (url: string): string => answer('http_request', { method: 'DELETE', url }).decision;
const win = batchAnswers({ cwd: 'C:\\src\\shop', home: 'C:\\Users\\alex' });
const ps = (input: string): string => win('powershell', input).decision;

test('397.2: the shell empties an application\'s own log, never a kept one (the same words as the Windows reading)', () => {
  for (const c of ['truncate -s 0 /var/log/app/app.log', ': > /opt/shop/logs/worker.log', 'cp /dev/null /var/log/myapp/debug.log', 'echo -n > /srv/api/logs/stdout.log']) assert.equal(shell(c), 'benign', c);
  for (const c of ['truncate -s 0 /var/log/app/db-redo.log', ': > /opt/shop/logs/transactions.log', 'cp /dev/null /srv/billing/logs/wal.log', 'echo -n > /var/log/payments/security.log', '> /srv/ledger/logs/journal.log', 'truncate -s 0 /opt/app/logs/shop_log.ldf', "sed -i '1,$d' /var/log/app/redo.log"]) assert.equal(shell(c), 'destructive', c);
  // The Windows reading and its 387.1 sweep read the same words.
  assert.equal(ps('Clear-Content C:\\ProgramData\\Acme\\logs\\db-redo.log'), 'destructive');
  assert.equal(ps('Clear-Content C:\\ProgramData\\Acme\\logs\\app.log'), 'benign');
  assert.equal(ps('Remove-Item -Recurse C:\\ProgramData\\Acme\\wal\\logs\\*'), 'destructive');
});

test('395.4 and 399.2: a queue deleted or purged by any form, whatever its name; a scratch container, a vhost, a topic, an empty queue as before', () => {
  for (const c of ['rabbitmqctl delete_queue test.notifications', 'rabbitmqctl delete_queue -p / ci-run-7781.events', 'rabbitmqadmin delete queue name=checkout-e2e-test', 'rabbitmqadmin purge queue name=orders-e2e-test', 'aws sqs delete-queue --queue-url https://sqs.eu-west-1.amazonaws.com/123456789012/orders-e2e-test', 'aws sqs purge-queue --queue-url https://sqs.eu-west-1.amazonaws.com/123456789012/ci-run-4412-events', 'aws sqs delete-queue --queue-url $(aws sqs get-queue-url --queue-name orders-pr-1423 --query QueueUrl --output text)', "aws sqs list-queues --queue-name-prefix orders-pr-1423 --query 'QueueUrls[]' --output text | xargs -r -n1 aws sqs delete-queue --queue-url", 'az servicebus queue delete -g rg-shared --namespace-name sb-shared -n orders-pr-1423']) assert.equal(shell(c), 'destructive', c);
  for (const u of ['https://rabbitmq.acme.internal:15672/api/queues/%2F/loadtest.orders', 'https://rabbitmq.acme.internal:15672/api/queues/ci/e2e-run-8841.events/contents']) assert.equal(http(u), 'destructive', u);
  assert.equal(ps('Clear-SQSQueue -QueueUrl https://sqs.us-east-1.amazonaws.com/123456789012/orders-e2e-test -Force'), 'destructive');
  for (const c of ['rabbitmqctl delete_vhost ci-run-8820', 'AWS_PROFILE=ephemeral-77 aws sqs delete-queue --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/it-events', 'aws sns delete-topic --topic-arn arn:aws:sns:us-east-1:123456789012:orders-e2e-test', 'az servicebus queue delete -g rg-pr-1502 --namespace-name sb-pr-1502 -n orders', 'rabbitmqctl help delete_queue']) assert.equal(shell(c), 'benign', c);
  assert.equal(http('https://rabbitmq.acme.internal:15672/api/queues/%2F/orders-test?if-empty=true&if-unused=true'), 'benign');
});

test('400.2: tee and tee -a to a serial device send NSH lines as the redirect does; a file or a modem\'s lines as before', () => {
  assert.equal(shell("echo 'param reset_all' | tee /dev/ttyACM0"), 'destructive');
  assert.equal(shell("printf 'commander arm -f\\n' | sudo tee -a /dev/serial/by-id/usb-3D_Robotics_PX4_FMU_v5.x_0-if00"), 'destructive');
  assert.equal(shell("echo 'param reset_all' | tee /dev/ttyACM0 > /dev/null"), 'destructive');
  assert.equal(shell('cat nsh-cmds.txt | sudo tee /dev/ttyACM0'), 'unknown');
  for (const c of ["echo 'param show' | tee /dev/ttyACM0", "printf 'AT+CSQ\\r\\n' | tee /dev/ttyUSB2", "echo 'param reset_all' | tee -a nsh-history.txt"]) assert.equal(shell(c), 'benign', c);
});
