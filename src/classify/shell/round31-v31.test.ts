import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, decisionOf } from '../index.ts';

// Round 31 (branch v31): a platform engineer's self-hosted services (blind31-selfhost), each rule's edges.

// Every command runs on a production host of the operator's (`ops-prod-01`).
let sh: (command: string) => ActionFacts = () => assert.fail('classifier not ready');
before(async () => {
  const classifier = await createClassifier();
  sh = (command) => classifier.classify({ kind: 'shell', command }, { cwd: '/home/ops', home: '/home/ops', host: 'ops-prod-01' }, EMPTY_INVENTORY);
});
/** Benign, and by a reading of the tool rather than the unknown-program rule. */
const benign = (command: string): boolean => {
  const facts = sh(command);
  return decisionOf(facts) === 'benign' && facts.findings.every((f) => f.code !== 'unknown_command');
};

test('HashiCorp CLIs (mitchellh/cli): -h, -help and --help anywhere before -- print help', () => {
  for (const c of ['vault kv destroy -h', 'vault secrets disable -help', 'vault operator seal -h', 'nomad job stop -help api', 'nomad job stop -purge -h api', 'consul kv delete -h', 'consul snapshot restore --help']) assert.ok(benign(c), c);
  for (const c of ['vault operator seal', 'nomad job stop -purge api', 'consul kv delete -recurse config/', 'vault kv destroy -versions=1 -- secret/-h']) assert.equal(sh(c).destructive, true, c);
  // Other CLIs keep their own reading of -h (an option of theirs, not help).
  assert.equal(sh('kafka-topics.sh -h kafka-prod-1 --delete --topic orders').destructive, true);
});

test('vault operator raft snapshot restore replaces the cluster state; save and inspect read', () => {
  assert.equal(sh('vault operator raft snapshot restore /b/raft.snap').destructive, true);
  assert.equal(sh('vault operator raft snapshot restore -force /b/raft.snap').destructive, true);
  for (const c of ['vault operator raft snapshot save /b/raft.snap', 'vault operator raft snapshot inspect /b/raft.snap']) assert.ok(benign(c), c);
});

test('pulsar-admin: deletes and backlog skips destroy; reads, creates and unloads do not', () => {
  for (const c of ['topics delete persistent://a/p/t', 'topics skip-all -s s persistent://a/p/t', 'namespaces clear-backlog a/p --force', 'topics reset-cursor -s s -t 1h persistent://a/p/t', 'topics unsubscribe -s s persistent://a/p/t', 'topics terminate persistent://a/p/t', 'tenants delete a', 'topics truncate persistent://a/p/t']) assert.equal(sh(`pulsar-admin ${c}`).destructive, true, c);
  for (const c of ['topics list a/p', 'topics stats persistent://a/p/t', 'topics peek-messages -s s -n 2 persistent://a/p/t', 'namespaces get-retention a/p', 'topics create-subscription -s s persistent://a/p/t', 'topics unload persistent://a/p/t', 'topics delete --help', 'topics delete -h', 'tenants list']) assert.ok(benign(`pulsar-admin ${c}`), c);
});

test('registry garbage-collect: unreferenced blobs are a write, --delete-untagged destroys, --dry-run reads', () => {
  assert.ok(benign('docker exec registry bin/registry garbage-collect /etc/docker/registry/config.yml'));
  assert.ok(benign('docker exec registry registry garbage-collect -m --dry-run /etc/docker/registry/config.yml'));
  for (const f of ['-m', '--delete-untagged']) assert.equal(sh(`docker exec registry registry garbage-collect ${f} /etc/docker/registry/config.yml`).destructive, true, f);
});

test('VictoriaMetrics: GET handlers that delete on a VictoriaMetrics address; Prometheus and reads stay benign', () => {
  for (const u of ['http://localhost:8428/snapshot/delete_all', 'http://localhost:8428/snapshot/delete?snapshot=x', 'http://vmstorage-1:8482/snapshot/delete_all', "'http://vmselect:8481/delete/0/prometheus/api/v1/admin/tsdb/delete_series?match[]=up'"]) assert.equal(sh(`curl -s ${u}`).destructive, true, u);
  for (const u of ['http://localhost:8428/snapshot/list', 'http://localhost:8428/snapshot/create', 'http://localhost:9090/api/v1/admin/tsdb/delete_series', 'http://localhost:8428/api/v1/series/count']) assert.ok(benign(`curl -s ${u}`), u);
  assert.equal(sh('vmrestore -src=s3://b/vm -storageDataPath=/var/lib/vm').destructive, true);
  assert.ok(benign('vmbackup -storageDataPath=/var/lib/vm -snapshot.createURL=http://localhost:8428/snapshot/create -dst=s3://b/vm'));
  assert.ok(benign('vmctl prometheus --prom-snapshot=/s --vm-addr=http://localhost:8428'));
});

test('Elasticsearch settings merge: nulls reset to defaults; blocks and empty documents stay', () => {
  assert.ok(benign(`curl -X PUT localhost:9200/_all/_settings -H 'Content-Type: application/json' -d '{"index.blocks.read_only_allow_delete":null}'`));
  assert.ok(benign(`curl -X PUT localhost:9200/_cluster/settings -H 'Content-Type: application/json' -d '{"persistent":{"x.y":null}}'`));
  assert.equal(sh(`curl -X PUT localhost:9200/orders/_settings -d '{"index.blocks.write":true}'`).destructive, true);
  assert.equal(sh(`curl -X PUT localhost:9200/cfg/_doc/flags -d '{}'`).destructive, true);
  assert.equal(sh(`curl -X PUT https://api.example.com/v1/projects/p/_settings_backup -d '{"a":null}'`).destructive, true, 'not a settings endpoint');
});

test('curator, logstash, ceph -s, mc decommission status, catalina.sh and activemq', () => {
  assert.ok(benign('curator --config /etc/curator/c.yml --dry-run /etc/curator/a.yml'));
  // Round 32 (answer 337.3): an action file in Curator's configuration folder is the configured retention (round32-x32.test.ts).
  assert.equal(decisionOf(sh('curator /tmp/a.yml')), 'unknown', 'an action file the input does not show');
  assert.ok(benign('logstash -t -f /etc/logstash/conf.d'));
  for (const c of ['ceph -s', 'ceph -w', 'ceph pg dump_stuck', 'mc admin decommission status prod/', 'restic rebuild-index']) assert.ok(benign(c), c);
  assert.equal(sh('ceph -s osd pool delete p p --yes-i-really-really-mean-it').destructive, true, '-s reads only with no command');
  assert.equal(sh('mc admin decommission start prod/ http://m{1...4}/d').destructive, true);
  for (const c of ['/opt/tomcat/bin/catalina.sh stop', '/opt/activemq/bin/activemq stop', 'activemq purge orders.dlq']) assert.equal(sh(c).destructive, true, c);
  for (const c of ['/opt/tomcat/bin/catalina.sh version', 'activemq dstat queues', 'activemq restart']) assert.ok(benign(c), c);
});

test('pgBackRest expire by the configured retention (answers 79, 331); --set, an inline retention and stanza-delete destroy', () => {
  assert.ok(benign('sudo -u postgres pgbackrest --stanza=main expire'));
  assert.ok(benign('pgbackrest --stanza=main --repo=2 expire'));
  for (const c of ['--set=20261101-010101F expire', '--set 20261101-010101F expire', 'stanza-delete']) assert.equal(sh(`pgbackrest --stanza=main ${c}`).destructive, true, c);
});

test('varnishadm: bans are cache purges; a sick backend and stop are outages', () => {
  for (const c of ["ban req.url '~' /", "'ban req.url ~ ^/api'", 'vcl.use v2', 'backend.list', 'backend.set_health web1 healthy', 'backend.set_health web1 sick', 'status']) assert.ok(benign(`varnishadm ${c}`), c);
  // Round 38b (n2, answer 393.6): one named backend sick is one pool member out of rotation; a glob marks every one.
  for (const c of ["backend.set_health '*' sick", 'stop']) assert.equal(sh(`varnishadm ${c}`).destructive, true, c);
});

test('minio server starts a server; nats context rm removes a saved client context only', () => {
  assert.ok(benign('minio server /data'));
  assert.ok(benign('nats context rm old'));
  assert.equal(sh('nats kv rm sessions -f').destructive, true);
});
