/**
 * Round 39 (atk39): readings that excuse, attacked. Each was triggered while the line still did damage: an option given twice
 * read at its first value (common.ts optionValue), a preview switch switched off again (common.ts lastSwitch), a symbolic
 * link or a move that puts data behind a disposable name (paths.ts followLinks, filesystem.ts noteLinks, movedUnder),
 * `--help` after an operand where the parser stops at the first one (dispatch.ts isQueryOnly), a transaction ended before
 * its ROLLBACK (sql.ts TXN_ENDED), and batch lines whose fields have another type than the contract's (batch.ts).
 * fix39-atk39.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { classifyBatchLine, createClassifier } from './index.ts';
import { EMPTY_INVENTORY } from '../core/index.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;
const decideSql = (sql: string): string => answer('sql', sql).decision;

test('an option given twice counts at its last value', () => {
  for (const c of [
    'kubectl delete deploy api -n test --namespace production',
    'kubectl scale deploy api --replicas=1 --replicas=0 -n production',
    'kubectl --context kind-dev --context prod scale deploy api --replicas=0',
    "psql -h localhost -d app_test -h prod-db -c 'DROP TABLE users'",
    "mysql -h localhost -e 'select 1' -e 'drop database shop'",
  ]) assert.equal(decide(c), 'destructive', c);
  for (const c of ['kubectl scale deploy api --replicas=0 -n production -n dev', "psql -h prod-db -h localhost -d app_test -c 'DROP TABLE users'", 'kubectl scale deploy api --replicas=0 --replicas=2 -n production']) assert.equal(decide(c), 'benign', c);
});

test('a preview switched off again later runs for real; switched on last it previews', () => {
  for (const c of [
    'kubectl delete ns payments --context prod --dry-run=client --dry-run=none',
    'helm uninstall api -n prod --dry-run --dry-run=false',
    'git push --dry-run --no-dry-run --force origin main',
    'docker compose --dry-run down -v --dry-run=false',
    'aws ec2 terminate-instances --instance-ids i-0abc123def4567890 --dry-run --no-dry-run',
  ]) assert.equal(decide(c), 'destructive', c);
  for (const c of ['kubectl delete ns payments --context prod --dry-run=none --dry-run=server', 'git push --no-dry-run --dry-run --force origin main', 'helm uninstall api -n prod --dry-run=false --dry-run']) assert.equal(decide(c), 'benign', c);
});

test('a link or a move made in the line is followed to what it holds', () => {
  for (const c of [
    'ln -s /srv/data /tmp/cache && rm -rf /tmp/cache/',
    'ln -s ~/.ssh build && rm -rf build/*',
    'ln -s /srv/data /tmp/w && cd /tmp/w && rm -rf *',
    'ln -s ../../../srv/data /tmp/x/rel && rm -rf /tmp/x/rel/',
    'mv src node_modules/x && rm -rf node_modules',
    'mv data reports node_modules/.cache/ && rm -rf node_modules',
  ]) assert.equal(decide(c), 'destructive', c);
  assert.notEqual(decide('ln -s "$DATA" /tmp/d && rm -rf /tmp/d/*'), 'benign');
  for (const c of ['ln -s /srv/data /tmp/cache && rm -rf /tmp/cache', 'ln -s /tmp/build-out out && rm -rf out/*', 'mv node_modules /tmp/nm && rm -rf /tmp/nm']) assert.equal(decide(c), 'benign', c);
});

test('--help after an operand is help only where the parser reads every word as an option first', () => {
  for (const c of ['rm -rf /srv/data --help', 'POSIXLY_CORRECT=1 rm -rf /srv/data --help', 'sudo rm -rf /srv/data --help', "redis-cli -h prod-redis EVAL \"return redis.call('FLUSHALL')\" 0 --help"]) assert.equal(decide(c), 'destructive', c);
  for (const c of ['rm -rf --help', 'rm --help', 'redis-cli --help', 'shred --help', 'curl -X DELETE https://api.example.com/v1/customers --help', 'kubectl delete ns prod --help']) assert.equal(decide(c), 'benign', c);
});

test('a transaction ended before its ROLLBACK keeps what it did', () => {
  for (const s of ['BEGIN; DELETE FROM users; COMMIT AND CHAIN; ROLLBACK', "BEGIN; DELETE FROM users; PREPARE TRANSACTION 'purge'; ROLLBACK", 'BEGIN; DELETE FROM users; COMMIT AND NO CHAIN; ROLLBACK']) assert.equal(decideSql(s), 'destructive', s);
  for (const s of ['BEGIN; DELETE FROM users; ROLLBACK', 'BEGIN; DELETE FROM users; ROLLBACK AND CHAIN; ROLLBACK', 'BEGIN; UPDATE t SET a = 1 WHERE id = 1; COMMIT AND CHAIN; DELETE FROM users; ROLLBACK']) assert.equal(decideSql(s), 'benign', s);
});

test('batch lines whose fields have another type than the contract says fail closed with a clear error', async () => {
  const classifier = await createClassifier();
  const run = (line: string): { decision: string; error?: { code: string; message: string } } => JSON.parse(classifyBatchLine(line, classifier, EMPTY_INVENTORY)) as { decision: string; error?: { code: string; message: string } };
  for (const input of [
    { input_type: 'http_request', input: { method: ['DELETE'], url: 'https://api.github.com/repos/acme/x' } },
    { input_type: 'http_request', input: { method: 'POST', url: 'https://api.github.com/repos/acme/x', headers: { 'X-HTTP-Method-Override': ['DELETE'] } } },
    { input_type: 'http_request', input: { method: 'POST', url: 'https://api.github.com/repos/acme/x', headers: ['X-HTTP-Method-Override: DELETE'] } },
    { input_type: 'file_write', input: { path: '/home/dev/app/src/main.ts', operation: 'remove' } },
    { input_type: 'file_write', input: { path: '/home/dev/app/src/main.ts', operation: 'write', content: ['rm -rf ~'] } },
    { input_type: 'command', input: ['rm', '-rf', '/'] },
  ]) {
    const out = run(JSON.stringify({ id: 'x', ...input }));
    assert.equal(out.decision, 'unknown', JSON.stringify(input));
    assert.equal(out.error?.code, 'batch_input_invalid', JSON.stringify(input));
    assert.doesNotMatch(out.error?.message ?? '', /\n\s+at /, 'no stack trace');
  }
  for (const line of ['{"id":1,"input_type":"command","input":"rm -rf /"', '{"id":2,"input_type":"command","input":"ls"}\u0000{"id":3}', '[1,2]']) {
    const out = run(line);
    assert.equal(out.decision, 'unknown', line);
    assert.match(out.error?.code ?? '', /^batch_(json|line)_invalid$/, line);
  }
  const huge = run(JSON.stringify({ id: 'big', input_type: 'command', input: `echo ${'a'.repeat(300_000)}` }));
  assert.equal(huge.decision, 'unknown');
  // The contract's own forms still classify.
  assert.equal(run(JSON.stringify({ id: 'ok', input_type: 'http_request', input: { method: 'POST', url: 'https://api.github.com/repos/acme/x', headers: { 'X-HTTP-Method-Override': 'DELETE' } } })).decision, 'destructive');
  assert.equal(run(JSON.stringify({ id: 'ok', input_type: 'file_write', input: { path: '/home/dev/app/src/main.ts', operation: 'edit', content: 'x' } })).decision, 'benign');
});
