/**
 * Round 39 (lo39): first contact with a tool nobody catalogued, by class (shell/tools/unknown-verbs.ts, dispatch.ts
 * `unknownReadingJudged`): access opened to everyone, restores over live data or into a place apart, retention cut under
 * a day, maintenance switched on, losses hidden in an option, and restarts, reloads and new copies beside a production name
 * or a configuration path. Every program is made up (no catalogue entry) except through the seam (`unseenTools`), which
 * reads Kafka's `kafka-configs` and Consul's `consul` as unseen (scripts/unseen-tools.ts). fix39-lo39.yaml holds the
 * neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyBatchLine, createClassifier } from './index.ts';
import { EMPTY_INVENTORY } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

test('access opened to everyone is destructive; a grant taken away, or to one named principal, is not', () => {
  for (const c of ["frobctl acl create --allow-principal 'User:*' --topic orders", 'zedadm iam ch allUsers:objectViewer gs://b', 'zedadm acl ch -g AllAuthenticatedUsers:R gs://b', 'zedadm share set public-read store://r/q3.pdf', 'frobctl permission create ep:/d/ --permissions r --anonymous', 'frobctl kickstart -configure -allUsers', 'zedadm anonymous set download store/reports']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['zedadm iam ch -d allUsers:objectViewer gs://b', "frobctl acl create --deny-principal 'User:*' --topic orders", 'frobctl acl create --allow-principal User:svc-billing --topic orders', 'zedadm anonymous set none store/reports', "frobctl acl create --allow-principal 'User:*' --topic orders --dry-run"]) assert.equal(decide(c), 'benign', c);
});

test('a restore from a backup over live data loses what changed since; into a place apart it is a new copy', () => {
  for (const c of ['frobctl snapshot restore backups/cluster.snap', 'zedadm restore latest --target /', 'zedadm restore latest -t ~', 'frobctl-backup restore BACKUP=1700000000_2026_11_01', 'frobctl --site erp.acme.io restore private/backups/db.sql.gz']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['zedadm restore latest --target /tmp/restore-check --include /etc/nginx', 'frobctl restore /backups/shop.tar.gz --new-database shop_restored', 'zedadm snapshot restore s.db --data-dir=/var/lib/zed-restore-test', 'zedadm snapshot restore k41f /var/tmp/restore-check', 'zedadm runs restore --run-id 8f2c1e', 'frobctl restore latest --target / --dry-run']) assert.equal(decide(c), 'benign', c);
});

test('retention cut under a day deletes what is older; a day or more, for ever, a count or a new store does not', () => {
  for (const c of ['frobctl topic alter orders --set retention.ms=60000', 'zedadm bucket update metrics --retention 6h', 'zedadm bucket update metrics --retention=23h59m', 'frobctl configs --alter --add-config log.retention.hours=1']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['zedadm bucket update metrics --retention 30d', 'zedadm bucket update metrics --retention 24h', 'frobctl topic alter audit --set retention.ms=-1', 'zedadm bucket update metrics --retention 0', 'zedadm bucket create ci-run-77 --retention 1h', 'zedadm snap settings --snapshot-retention=7', 'frobctl topic alter test-events --set retention.ms=60000']) assert.equal(decide(c), 'benign', c);
});

test('maintenance switched on is out of service; switched off or read is not', () => {
  for (const c of ['frobctl maint -enable -service checkout', 'zedadm site:maintenance:enable', 'zedadm set-maintenance-mode on', 'zedadm deploy-page up']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['frobctl maint -disable -service checkout', 'zedadm maintenance status', 'zedadm set-maintenance-mode off', 'zedadm maintenance:allow-ips 203.0.113.10']) assert.equal(decide(c), 'benign', c);
});

test('a loss hidden in an option: `--prune`, destructive changes, `-delete`, `--remove` beside a mirror; previews, bounds, listings and list entries are not', () => {
  for (const c of ['frobctl app sync storefront --prune', 'zedadm mirror --remove ./site store/www', 'frobctl deployment create --remove com.acme.Reader', 'frobctl project deploy start --post-destructive-changes d.xml', 'zedtool -delete -alias upload -keystore k.jks']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['frobctl app sync storefront --prune --dry-run', 'frobctl app sync storefront-pr-88 --prune', 'frobctl app sync storefront --prune=false', 'zedadm cleanup --prune=all', 'frobctl global-status --prune', 'zedadm --remove ppa:acme/tools', 'zedadm -t localhost --remove 3']) assert.equal(decide(c), 'benign', c);
});

test('restarts, reloads, starts and new copies are writes beside a production name or a configuration path; a critical operand or another verb keeps the rule', () => {
  for (const c of ['frobctl admin service restart api-prod', 'zedadm reload --config /etc/zedadm/zed.conf', 'zedadm -D /srv/zed/data restart', 'frobctl warehouses start 4b1c --profile prod', 'frobctl --cacert=/etc/frob/ca.crt snapshot save /var/backups/f.db', 'zedadm backup orders-prod --out /var/backups/zed/', 'frobctl renew api-tls -n production']) assert.equal(decide(c), 'benign', c);
  for (const c of ['frobctl snapshot save /etc/passwd', 'frobctl snapshot save /var/backups/../../etc/passwd', 'zedadm sanitize start /dev/sdb', 'frobctl snapshot rollback orders-prod', 'frobctl snapshot -d pre-upgrade /var/lib/frob/vm.img', 'frobctl start over --env prod']) assert.notEqual(decide(c), 'benign', c);
  assert.equal(decide('frobctl snapshot revert pre-upgrade'), 'destructive');
});

test('first contact: Kafka configs and Consul hidden from the catalogue read by class', async () => {
  const unseen = await createClassifier({ unseenTools: new Set(['kafka-configs', 'kafka-configs.sh', 'consul']) });
  const line = (command: string) => JSON.stringify({ id: 'x', input_type: 'command', input: command, context: { cwd: '/root', home: '/root' } });
  const decision = (command: string) => (JSON.parse(classifyBatchLine(line(command), unseen, EMPTY_INVENTORY)) as { decision: string }).decision;
  for (const c of ['kafka-configs --bootstrap-server k1:9092 --alter --entity-type topics --entity-name orders --add-config retention.ms=1000', 'consul snapshot restore backups/consul.snap', "consul maint -enable -service web -reason 'deploy'"]) assert.equal(decision(c), 'destructive', c);
  for (const c of ['kafka-configs --bootstrap-server k1:9092 --alter --entity-type topics --entity-name orders --add-config retention.ms=604800000', 'consul snapshot save /var/backups/consul-2026-12-07.snap', 'consul maint -disable -service web']) assert.equal(decision(c), 'benign', c);
});
