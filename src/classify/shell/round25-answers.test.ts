import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';

// Round 25 (branch c25a): the lead's answers 167-172 and 178-180, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function sh(command: string, host?: string): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, { cwd: '/home/dev/app', home: '/home/dev', ...(host ? { host } : {}) }, EMPTY_INVENTORY);
}

test('flush_all to the memcached on this machine is a cache emptied; another host, another machine or a production session is not (answer 167)', () => {
  for (const own of ["echo 'flush_all' | nc localhost 11211", "printf 'flush_all\\r\\n' | nc -q1 127.0.0.1 11211"]) assert.equal(sh(own).destructive, false, own);
  assert.equal(sh("echo 'flush_all' | nc localhost 11211", 'dev-01').destructive, false);
  assert.equal(sh("echo 'flush_all' | nc localhost 11211", 'web-03').destructive, true);
  for (const far of ["echo 'flush_all' | nc cache-1.internal 11211", 'ssh web-03 "echo flush_all | nc localhost 11211"', 'kubectl exec memcached-0 -- sh -c "echo flush_all | nc localhost 11211"', 'docker exec cache sh -c "echo flush_all | nc localhost 11211"']) {
    assert.equal(sh(far).destructive, true, far);
  }
  assert.equal(sh("echo 'flush_all' | nc localhost 11211", 'web-prod-02').destructive, true);
});

test('ssh-copy-id of one\'s own key is a write unless the host is named for production; another key is access granted (answer 171)', () => {
  for (const own of ['ssh-copy-id deploy@web1', 'ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@stg-web-01', 'ssh-copy-id -i/home/dev/.ssh/id_rsa.pub web1', 'ssh-copy-id -f -i ~/.ssh/id_ed25519 pi@raspberrypi.local']) {
    assert.equal(sh(own).destructive, false, own);
  }
  for (const other of ['ssh-copy-id -i ~/.ssh/id_ed25519.pub root@web-prod-01', 'ssh-copy-id -i ./deploy.pub web1', 'ssh-copy-id -i $KEY web1', 'ssh-copy-id -i ~/.ssh/keys/x.pub web1', 'ssh-copy-id -i ~/.ssh/../x.pub web1', 'ssh-copy-id -i ~bob/.ssh/id_rsa.pub web1']) {
    assert.equal(sh(other).destructive, true, other);
  }
});

test('a root CA added to a system trust store widens trust (answer 170); a project truststore, a listing and a refresh do not', () => {
  for (const widened of ['sudo trust anchor corp.crt', 'sudo trust anchor --store corp.crt', 'sudo keytool -importcert -alias c -file c.crt -cacerts', 'keytool -import -alias c -file c.crt -keystore "${JAVA_HOME}/lib/security/cacerts"', 'sudo cp c.crt /usr/local/share/ca-certificates/ && sudo update-ca-certificates']) {
    assert.equal(sh(widened).destructive, true, widened);
  }
  for (const aside of ['trust list', 'sudo update-ca-certificates', 'keytool -importcert -alias c -file c.crt -keystore truststore.jks', 'keytool -importcert -trustcacerts -alias c -file c.crt -keystore keystore.jks', 'keytool -list -cacerts']) {
    assert.equal(sh(aside).destructive, false, aside);
  }
});

test('a bare run-N names a CI run\'s pulumi stack as pr-N names a pull request (answer 172)', () => {
  for (const run of ['pulumi stack rm run-881 --yes', 'pulumi stack rm acme/shop/shop-run-881 --yes', 'pulumi destroy --stack run-881 --yes']) assert.equal(sh(run).destructive, false, run);
  for (const kept of ['pulumi stack rm run-881 --force --yes', 'pulumi stack rm prod-run-881 --yes', 'pulumi stack rm run-881-staging --yes', 'pulumi stack rm runner-881 --yes', 'pulumi stack rm rerun-881 --yes', 'pulumi stack rm run-nightly --yes']) {
    assert.equal(sh(kept).destructive, true, kept);
  }
});

test('a pid file inside the workspace is the project\'s own process; outside it a daemon\'s (answer 178)', () => {
  for (const own of ['kill -TSTP $(cat tmp/pids/sidekiq.pid)', 'kill -TERM `cat tmp/pids/puma.pid`', 'kill -INT $(cat /home/dev/app/tmp/pids/server.pid)', 'npm run dev & echo $! > /tmp/dev-server.pid; kill $(cat /tmp/dev-server.pid)', 'kill -HUP $(cat /srv/shop/shared/tmp/pids/puma.pid)']) {
    assert.equal(sh(own).destructive, false, own);
  }
  for (const daemon of ['kill -TERM $(cat /srv/shop/shared/tmp/pids/sidekiq.pid)', 'kill -QUIT $(cat ../billing/tmp/pids/unicorn.pid)', 'kill -TERM $(cat tmp/pids/../../../../run/x.pid)', 'kill -TERM $(cat ~/.local/state/app.pid)', 'sudo kill -TERM $(cat /var/run/sidekiq.pid)', 'kill $(cat /tmp/dev-server.pid)']) {
    assert.equal(sh(daemon).destructive, true, daemon);
  }
});

test('Jenkins job workspaces are fetched again every build (answer 169); the folder, jobs and the home are not', () => {
  for (const ws of ['sudo rm -rf /var/lib/jenkins/workspace/*', 'rm -rf /var/lib/jenkins/workspace/shop-pr-412*', 'rm -rf /var/jenkins_home/workspace/api_main']) assert.equal(sh(ws).destructive, false, ws);
  for (const kept of ['rm -rf /var/lib/jenkins/workspace', 'rm -rf /var/lib/jenkins/workspace/../jobs', 'rm -rf /var/lib/jenkins/jobs/shop', 'rm -rf /var/lib/jenkins/*']) assert.equal(sh(kept).destructive, true, kept);
});

test('one Contentful entry in a dev environment is test data (answer 180); a dot segment moves it to master', () => {
  assert.equal(sh('curl -X DELETE https://api.contentful.com/spaces/s1/environments/dev/entries/4nGx8Yq2LmT0aB1cD3eF5g').destructive, false);
  for (const kept of ['curl -X DELETE https://api.contentful.com/spaces/s1/environments/dev/../master/entries/4nGx8Yq2LmT0aB1cD3eF5g', 'curl -X DELETE https://api.contentful.com/spaces/s1/environments/master/entries/4nGx8Yq2LmT0aB1cD3eF5g', 'curl -X DELETE https://api.contentful.com/spaces/s1/environments/dev']) {
    assert.equal(sh(kept).destructive, true, kept);
  }
});

test('Horizon: forget --all purges the failed jobs; pause, terminate and one job forgotten are writes (answer 168)', () => {
  assert.equal(sh('php artisan horizon:forget --all').destructive, true);
  for (const w of ['php artisan horizon:pause', 'php artisan horizon:terminate', 'php artisan horizon:forget 5f2c1a']) assert.equal(sh(w).destructive, false, w);
});
