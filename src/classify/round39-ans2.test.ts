/**
 * Round 39 (ans2): the lead's answers 407.3 (a subscription deleted loses its backlog as a queue does, whatever its name),
 * 407.4 (one kept log deleted is destructive as its emptying; an application's own log file stays benign), 405.3
 * (redis-py's delete of whole literal keys is redis-cli's DEL, 53 and 357.2) and 403.3 (one tool's own scan appended to
 * its own configuration file is a write). fix39-ans2.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const shell = (input: string): string => answer('command', input).decision;
const win = batchAnswers({ cwd: 'C:\\src\\shop', home: 'C:\\Users\\alex' });
const ps = (input: string): string => win('powershell', input).decision;
const py = (code: string): string => shell(`python3 -c "${code}"`);

test('407.3: a subscription deleted by a test, run or pull request name loses its backlog; a scratch project still excuses', () => {
  for (const c of ['gcloud pubsub subscriptions delete orders-e2e-test-sub', 'gcloud pubsub subscriptions delete ci-run-7712-sub', 'az servicebus topic subscription delete -g rg --namespace-name sb --topic-name t -n e2e-test-sub']) assert.equal(shell(c), 'destructive', c);
  assert.equal(shell('gcloud pubsub subscriptions delete orders-sub --project preview-pr-1423'), 'benign');
  assert.equal(shell('gcloud pubsub subscriptions create orders-e2e-test-sub --topic orders'), 'benign');
});

test('407.4: one kept log deleted is destructive, an application\'s own log deleted stays benign', () => {
  for (const c of ['rm /var/log/app/db-redo.log', 'rm -f /srv/billing/logs/transactions.log', 'rm /var/log/mysql/mysql-bin.000123', 'rm /opt/shop/logs/wal.log']) assert.equal(shell(c), 'destructive', c);
  for (const c of ['rm /var/log/myapp/app.log', 'rm /var/log/mysql/error.log', 'rm -f /var/log/billing/*.gz']) assert.equal(shell(c), 'benign', c);
  assert.equal(ps('Remove-Item C:\\ProgramData\\Acme\\logs\\transaction.log'), 'destructive');
  assert.equal(ps('Remove-Item C:\\ProgramData\\Acme\\logs\\app.log'), 'benign');
});

test('405.3: redis-py deletes of whole literal keys read as redis-cli DEL; patterns, computed keys and long lists do not', () => {
  assert.equal(py("import redis; redis.Redis().delete('session:8f2a')"), 'benign');
  assert.equal(py("import redis; r = redis.from_url('redis://cache:6379/0'); r.unlink('a', 'b')"), 'benign');
  for (const c of ["import redis; r = redis.Redis(); r.delete('user:*')", "import redis, sys; r = redis.Redis(); r.delete(sys.argv[1])", "import redis; r = redis.Redis(); r.delete(*r.keys('s:*'))", `import redis; r = redis.Redis(); r.delete(${Array.from({ length: 11 }, (_, i) => `'k${i}'`).join(', ')})`]) assert.notEqual(py(c), 'benign', c);
});

test('403.3: mdadm\'s own scan appended to mdadm.conf is a write; an overwrite or another output stays destructive', () => {
  for (const c of ['sudo mdadm --detail --scan >> /etc/mdadm/mdadm.conf', 'mdadm --detail --scan | sudo tee -a /etc/mdadm/mdadm.conf', 'mdadm -Es >> /etc/mdadm.conf']) assert.equal(shell(c), 'benign', c);
  for (const c of ['mdadm --detail --scan > /etc/mdadm/mdadm.conf', 'mdadm --detail --scan | tee /etc/mdadm/mdadm.conf', 'lsblk | tee -a /etc/mdadm/mdadm.conf', 'mdadm --detail /dev/md0 >> /etc/mdadm/mdadm.conf', 'mdadm --detail --scan >> /etc/fstab']) assert.equal(shell(c), 'destructive', c);
});
