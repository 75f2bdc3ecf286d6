import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY } from '../../core/index.ts';
import { classifyBatchLine, createClassifier, type Classifier } from '../index.ts';

// Round 28 (branch s28): what walk.ts reads across commands: a PostgreSQL stop and its start, sudo's valued options, and
// the empty output of `:` and `true`.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});
function decide(command: string): string {
  const line = JSON.stringify({ id: 'x', input_type: 'command', input: command, context: { cwd: '/root', home: '/root' } });
  return (JSON.parse(classifyBatchLine(line, classifier, EMPTY_INVENTORY)) as { decision: string }).decision;
}

test('a smart or fast pg_ctl stop and the start of the same data folder is pg_ctl restart', () => {
  for (const c of [
    'sudo -u postgres pg_ctl -D /var/lib/postgresql/16/main stop -m fast && sudo -u postgres pg_ctl -D /var/lib/postgresql/16/main start -l /var/log/postgresql/pg.log',
    'sudo -u postgres pg_ctl stop -D /srv/pg -m smart; sudo -u postgres pg_ctl start -D /srv/pg -w -t 60',
    'pg_ctl -D /srv/pg stop --mode=fast --wait && pg_ctl -D /srv/pg start --log=/srv/pg/log/start.log',
    'sudo pg_ctlcluster 15 main stop -m fast && sudo pg_ctlcluster 15 main start',
    'sudo -u deploy pm2 stop api && sudo -u deploy pm2 start api',
  ]) assert.equal(decide(c), 'benign', c);
});

test('an immediate stop, server options, another folder or a step between keep the stop an outage', () => {
  for (const c of [
    'sudo -u postgres pg_ctl -D /srv/pg stop -m immediate && sudo -u postgres pg_ctl -D /srv/pg start',
    'sudo -u postgres pg_ctl -D /srv/pg stop && sudo -u postgres pg_ctl -D /srv/pg start -o "-c fsync=off"',
    'sudo -u postgres pg_ctl -D /srv/pg stop && sudo -u postgres pg_ctl -D /srv/pg2 start',
    'sudo pg_ctlcluster 15 main stop && sudo pg_ctlcluster 16 main start',
    'sudo pg_ctlcluster 15 main stop && rm -rf /tmp/x && sudo pg_ctlcluster 15 main start',
    'sudo -u postgres pg_ctl -D /srv/pg stop -m fast',
    'sudo -u postgres pg_ctl -D /srv/pg stop -m fast & sudo -u postgres pg_ctl -D /srv/pg start',
  ]) assert.equal(decide(c), 'destructive', c);
});

test('`:`, `true` and `cat /dev/null` feed nothing: tee empties; other producers are not read as empty', () => {
  assert.equal(decide(': | sudo tee /var/log/app/worker.log'), 'benign');
  assert.equal(decide(': | sudo tee /etc/hosts'), 'destructive');
  assert.equal(decide('cat /dev/null | sudo tee /var/log/nginx/access.log'), 'benign');
  assert.equal(decide('sudo tee /var/log/nginx/access.log < /dev/null'), 'benign');
  assert.equal(decide('cat /dev/null | sudo tee /etc/hosts'), 'destructive');
  assert.equal(decide('cat /dev/null x | sudo tee /var/log/nginx/access.log'), 'destructive');
  assert.equal(decide('tee *.md < /dev/null'), 'destructive');
  assert.equal(decide('date | sudo tee /etc/hosts'), 'destructive');
});

test('answer 222: `cd /tmp && rm -rf *` is `rm -rf /tmp/*`; `..` and a folder not fixed are not', () => {
  for (const c of ['cd /tmp && rm -rf *', 'cd /var/tmp && rm -rf ./*']) assert.equal(decide(c), 'benign', c);
  for (const c of ['cd /tmp && rm -rf ../*', 'cd /tmp/.. && rm -rf *', 'cd "$DIR" && rm -rf *', 'cd / && rm -rf *']) assert.equal(decide(c), 'destructive', c);
});
