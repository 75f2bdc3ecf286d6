import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { pausedJenkinsNames } from '../kept-agents.ts';
import { snapshotFoldersWrittenAgain } from './regenerated.ts';

// Round 26 (branch u26): the lead's answers 185-200 and 207, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function sh(command: string, cwd = '/home/dev/app', home = '/home/dev'): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, { cwd, home }, EMPTY_INVENTORY);
}

test('a CI or test account deleted without its home is a throwaway; -r, -f, a person or a production name is not (answer 185)', () => {
  for (const c of ['userdel ci-test', 'sudo userdel test-user-7', 'deluser e2e-ci']) assert.equal(sh(c).destructive, false, c);
  for (const c of ['userdel -r ci-test', 'userdel -f ci-test', 'deluser --remove-home ci-test', 'userdel alice', 'userdel prod-test', 'userdel ci-test ci2']) assert.equal(sh(c).destructive, true, c);
});

test('a loopback Redis flushed from a CI runner checkout is a test store; another machine or a laptop is not (answer 186)', () => {
  const runner = ['/home/runner/work/api/api', '/home/runner'] as const;
  for (const c of ['redis-cli FLUSHALL', 'redis-cli -h 127.0.0.1 -n 3 flushdb']) assert.equal(sh(c, ...runner).destructive, false, c);
  for (const c of ['redis-cli -h cache-1 FLUSHALL', 'ssh build-01 redis-cli FLUSHALL', 'docker exec cache redis-cli FLUSHALL', 'REDIS_HOST=prod redis-cli flushall']) assert.equal(sh(c, ...runner).destructive, true, c);
  assert.equal(sh('redis-cli FLUSHALL').destructive, true);
});

test('a broker or database stopped by a pattern is an outage; a pattern naming no daemon is not (answer 188); a /tmp pid file is the session\'s only when written (answer 199)', () => {
  for (const c of ['kill -STOP $(pgrep -f kafka.Kafka)', "kill -STOP $(pgrep -f 'org.apache.zookeeper.server.quorum.QuorumPeerMain')", 'pkill -STOP -f kafka.Kafka', 'kill $(cat /tmp/worker.pid)']) assert.equal(sh(c).destructive, true, c);
  for (const c of ["kill $(pgrep -f 'node dist/server.js')", 'kill -CONT $(pgrep -f kafka.Kafka)', 'kill $(pgrep -f org.apache.maven)', 'npm run dev & echo $! > /tmp/dev.pid; kill $(cat /tmp/dev.pid)']) assert.equal(sh(c).destructive, false, c);
});

test('BigQuery scratch tables and datasets in a dev project are disposable; no project, production or a kept name is not (answers 193, 208; sandbox alone is dev data by answer 236)', () => {
  for (const c of ['bq rm -r -f -d acme-dev:scratch_kofi', 'bq rm -f -t acme-dev:scratch_alice.tmp_sessions']) assert.equal(sh(c).destructive, false, c);
  for (const c of ['bq rm -f -t scratch.tmp_join_20240611', 'bq rm -f -t acme-prod:scratch.tmp_x', 'bq rm -r -f -d acme-dev:analytics', 'bq rm -r -f -d acme-dev:ci', 'bq rm -f -t acme-dev:sandbox_li.churn']) assert.equal(sh(c).destructive, true, c);
});

test('aws s3 mv of a whole bucket or a service prefix is destructive; a dated partition, an intake prefix or one object is a move (answer 194)', () => {
  for (const c of ['aws s3 mv s3://acme-uploads/ s3://acme-tmp/u/ --recursive', 'aws s3 mv s3://acme-app/uploads/ s3://acme-archive/uploads/ --recursive']) assert.equal(sh(c).destructive, true, c);
  for (const c of ['aws s3 mv s3://acme-lake/raw/2024/ s3://acme-archive/raw/2024/ --recursive', 'aws s3 mv s3://acme-ml/incoming/ s3://acme-ml/archive/ --recursive', 'aws s3 mv s3://acme-app/a.csv s3://acme-app/old/a.csv']) assert.equal(sh(c).destructive, false, c);
});

test('retention on a dev function\'s log group is the dev resource\'s; production, audit trails and unnamed groups are not (answer 195)', () => {
  assert.equal(sh('aws logs put-retention-policy --log-group-name /aws/lambda/resizer-dev --retention-in-days 14').destructive, false);
  for (const c of ['aws logs put-retention-policy --log-group-name /aws/lambda/resizer-dev --retention-in-days 14 --profile prod', 'aws logs put-retention-policy --log-group-name /aws/cloudtrail/dev-trail --retention-in-days 1', 'aws logs put-retention-policy --log-group-name /aws/lambda/resizer --retention-in-days 1']) assert.equal(sh(c).destructive, true, c);
});

test('a folder or bucket naming production names production; a tmp prefix or folder inside it stays destructive (answer 196); /mnt and /data scratch (answer 198)', () => {
  const root = ['/root', '/root'] as const;
  assert.ok(sh('rm -rf /srv/prod/uploads/*', ...root).targets.some((t) => t.environment === 'production'));
  for (const c of ['rm -rf /srv/prod/shop/tmp/*', 'aws s3 rm s3://acme-prod-lake/tmp/ --recursive', 'aws s3 rm s3://acme-data/prod/tmp/ --recursive', 'rm -rf /mnt/backups/cache', 'rm -rf /mnt/c/app/tmp/x']) assert.equal(sh(c, ...root).destructive, true, c);
  for (const c of ['rm -rf /mnt/data/tmp/import-20240611', 'rm -rf /data/etl/cache/x', 'aws s3 rm s3://acme-lake/tmp/ --recursive', 'aws s3 rm s3://acme-lake/_tmp/spark-staging/ --recursive']) assert.equal(sh(c, ...root).destructive, false, c);
  assert.ok(sh('rm -rf /home/dev/prod-notes').targets.every((t) => t.environment === null));
});

test('.env.example and snapshots rewritten by -u are tracked files; .env and a bare cache/ are not (answer 197)', () => {
  for (const c of ['rm .env.example', 'rm -rf .env.sample', 'rm -rf src/__snapshots__ && npx jest -u', 'rm -rf t/__snapshots__ && pnpm vitest run --update']) assert.equal(sh(c).destructive, false, c);
  for (const c of ['rm .env', 'rm .env.local', 'rm -rf src/__snapshots__ && npx jest', 'rm -rf src/__snapshots__; npx jest -u', 'rm -rf cache/']) assert.equal(sh(c).destructive, true, c);
  assert.deepEqual(snapshotFoldersWrittenAgain([['rm', '-rf', 'a/__snapshots__', 'b'], ['npx', 'jest', '-u']]), ['a/__snapshots__']);
  assert.deepEqual(snapshotFoldersWrittenAgain([['npx', 'jest', '-u'], ['rm', '-rf', 'a/__snapshots__']]), []);
});

test('a compose stack with no -f/-p in the workspace is the project\'s dev stack for its cache only (answer 199)', () => {
  assert.equal(sh('docker compose exec app sh -c "echo flush_all | nc memcached 11211"').destructive, false);
  for (const c of ['docker compose exec db psql -c "DROP TABLE users"', 'docker compose -p shop_prod exec app sh -c "echo flush_all | nc memcached 11211"', 'cd /srv/shop && docker compose exec app sh -c "echo flush_all | nc memcached 11211"']) assert.equal(sh(c).destructive, true, c);
});

test('--scope and --org name the environment (answer 200); jenkins-cli disable-job reads names as the REST door (answer 207)', () => {
  assert.ok(sh('vercel remove web-pr-12 --scope acme-prod --yes').targets.some((t) => t.environment === 'production'));
  assert.equal(sh('fly apps destroy web-pr-77 --org acme-prod -y').destructive, true);
  assert.ok(pausedJenkinsNames('ci.acme.dev', ['payments', 'nightly-lint'], 'https://ci.acme.dev payments/nightly-lint'));
  for (const [server, names] of [['jenkins-prod.acme.io', ['lint']], ['ci', ['infra', 'backup-db']], ['ci', ['$JOB']], ['ci', ['invoicesprd']]] as const) assert.ok(!pausedJenkinsNames(server, names, `${server} ${names.join('/')}`), names.join('/'));
  assert.equal(sh('java -jar jenkins-cli.jar -s https://ci.acme.dev/ disable-job payments/nightly-lint').destructive, false);
  assert.equal(sh('JENKINS_URL=https://jenkins.prod.acme.io java -jar jenkins-cli.jar disable-job lint').destructive, true);
});

test('a start-up file\'s secret variable is named by SECRET_NAME_WORDS (round 26 mend); a file\'s path as the value writes no secret', () => {
  for (const c of ["echo 'export DB_PASS=hunter2' >> ~/.zshrc", "echo 'export SENTRY_DSN=https://k@o1.ingest.sentry.io/1' >> ~/.bashrc", "echo 'export GITHUB_TOKEN=abc123' >> ~/.bashrc"]) assert.equal(sh(c).destructive, true, c);
  for (const c of ["echo 'export SSL_CERT_FILE=/etc/ssl/certs/ca.pem' >> ~/.bashrc", "echo 'export PATH_PREFIX=foo' >> ~/.bashrc", "echo 'export GH_TOKEN=$(pass show gh)' >> ~/.bashrc"]) assert.equal(sh(c).destructive, false, c);
});
