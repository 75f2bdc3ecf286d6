/**
 * Round 38 (lo38): the reader of programs the classifier does not know (shell/tools/unknown-verbs.ts, dispatch.ts
 * `unknownCommand`), by class: the verb inside an object-verb subcommand (`user-del`, `zoneDelete`, `delprinc`), the lead's
 * answer 388.1 (`uninstall NAME` on this machine), schedules paused, previews without a loss verb, reads by noun-verb and
 * one-dash options, reload signals, bounded journal vacuums, caches inside a compound and pull-request names. Every
 * program is made up (no catalogue entry) except through the seam (`unseenTools`), which reads FreeIPA's `ipa` as unseen
 * (first contact, scripts/unseen-tools.ts). fix38-lo38.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyBatchLine, createClassifier } from './index.ts';
import { EMPTY_INVENTORY } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { compoundVerb } from './shell/tools/unknown-verbs.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

test('compoundVerb reads the verb at either end of an object-verb word, `-`, `_` or camelCase', () => {
  assert.deepEqual(compoundVerb('user-del'), { verb: 'del', cls: 'loss' });
  assert.deepEqual(compoundVerb('delete_user'), { verb: 'delete', cls: 'loss' });
  assert.deepEqual(compoundVerb('deleteVolume'), { verb: 'delete', cls: 'loss' });
  assert.deepEqual(compoundVerb('hbacrule-disable'), { verb: 'disable', cls: 'outage' });
  assert.deepEqual(compoundVerb('listSnapshots'), { verb: 'list', cls: 'read' });
  // A verb that loses is read before one that reads; nouns that are also read verbs, `down` and `flush` are not verbs here.
  assert.deepEqual(compoundVerb('show-and-delete'), { verb: 'delete', cls: 'loss' });
  for (const w of ['zero-log', 'service-version', 'rsync-down', 'flush_zone', 'user', 'db-backup.tar', 'a:b']) assert.equal(compoundVerb(w), null, w);
});

test('object-verb subcommands of an unknown program: the verb decides, both orders, joined words too', () => {
  for (const c of ['dirctl user-del asmith', 'dirctl group_remove sre-oncall', 'zonectl dnszone-delete corp.example.com', 'zonectl zoneDelete corp.example.com', 'volctl deleteVolume vol-8812', 'dirctl delprinc host/web03', 'dirctl rmrole auditors', 'dirctl hbacrule-disable allow_ssh', 'svcctl worker-stop ingest']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['dirctl user-show asmith', 'dirctl user-find --in-groups=contractors', 'volctl listVolumes', 'dirctl user-del bob --preserve', 'clusterx rsync-down cluster.yaml ./results', 'dnsctl flush_zone corp.example.com']) assert.equal(decide(c), 'benign', c);
});

test('first contact: FreeIPA hidden from the catalogue reads `user-del` as a delete and `user-show` as a read', async () => {
  const unseen = await createClassifier({ unseenTools: new Set(['ipa']) });
  const line = (command: string) => JSON.stringify({ id: 'x', input_type: 'command', input: command, context: { cwd: '/root', home: '/root' } });
  const decision = (command: string) => (JSON.parse(classifyBatchLine(line(command), unseen, EMPTY_INVENTORY)) as { decision: string }).decision;
  for (const c of ['ipa user-del asmith', 'ipa group-del sre-oncall', 'ipa dnszone-del corp.example.com', 'ipa host-del db09.corp.example.com --updatedns', 'ipa otptoken-del 8c1f2e9a', 'ipa user-disable jdoe']) assert.equal(decision(c), 'destructive', c);
  for (const c of ['ipa user-show asmith', 'ipa user-find --in-groups=contractors', 'ipa user-del asmith --preserve']) assert.equal(decision(c), 'benign', c);
});

test("answer 388.1: `uninstall NAME` here is a write; no name, a cluster, a shared service or a wider reach stays destructive", () => {
  for (const c of ['toolmgr uninstall ripgrep', 'pyvers uninstall 3.9.18', 'verman toolchain uninstall nightly-2024-01-01', 'toolmgr uninstall node@18']) assert.equal(decide(c), 'benign', c);
  for (const c of ['meshctl uninstall', 'chartctl uninstall payments --kube-context prod-eu', 'chartctl uninstall payments -n payments', 'toolmgr uninstall --zap docker', 'toolmgr uninstall sysmon', 'toolmgr uninstall postgresql@16', 'toolmgr uninstall --all', 'pkgx uninstall -y --break-system-packages urllib3', 'agentctl uninstall relay --host edge-01.example.com:8443', 'toolmgr uninstall "$PKG"']) assert.equal(decide(c), 'destructive', c);
});

test('schedules paused are writes unless they back up, deliver or match a pattern', () => {
  for (const c of ['flowctl dags pause etl_orders', 'flowctl schedule stop daily_marketing_refresh']) assert.equal(decide(c), 'benign', c);
  for (const c of ['flowctl dags pause backup_nightly', 'flowctl dags pause deploy_docs', "flowctl dags pause -y 'etl_.*'", 'flowctl pipeline pause ingest-prod']) assert.equal(decide(c), 'destructive', c);
});

test('previews, help, recycle-bin deletes, noun-verb reads, one-dash read options and reload signals; their acting look-alikes stay', () => {
  for (const c of ['appctl sync payments-prod --prune --dry-run', 'alertctl silence query', 'dirsvc . -list /Users', 'pkgx remove --assumeno httpd', 'datactl gc -w --dry', 'svcctl kill -s HUP rsyslog', 'svcctl kill --signal=USR1 nginx']) assert.equal(decide(c), 'benign', c);
  for (const c of ['spx spo file remove --url /sites/hr/draft.docx --recycle --force', 'jobx job stop -purge -help billing']) assert.equal(decide(c), 'benign', c);
  for (const c of ['spx spo file remove --url /sites/hr/draft.docx --force', 'jobx job stop -purge billing', 'jobx delete -helpful x']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['appctl purge payments-prod --dry-run=false', "alertctl silence add 'alertname=~.+' --duration=30d", 'svcctl kill -s KILL rsyslog', 'svcctl kill rsyslog']) assert.equal(decide(c), 'destructive', c);
});

test('a bounded vacuum of a journal is retention; too small a bound, or a store not named for logs, is not', () => {
  for (const c of ['journalkeeper --vacuum-time=14d', 'journalkeeper --vacuum-size=500M', 'journalkeeper --vacuum-files 5']) assert.equal(decide(c), 'benign', c);
  for (const c of ['journalkeeper --vacuum-time=1s', 'journalkeeper --vacuum-size=10M', 'journalkeeper --vacuum-size=500M --vacuum-time=7d', 'metricsdb --vacuum-time=30d']) assert.equal(decide(c), 'destructive', c);
});

test("a cache inside a compound and a pull request's name are disposable; production and a table's own name are not", () => {
  for (const c of ['assetctl wipe-build-cache', 'assetctl cache_purge', 'appctl app delete web-pr-2231 -y']) assert.equal(decide(c), 'benign', c);
  for (const c of ['assetctl wipe-partitions', 'brokerx purge_queue test.orders', 'appctl app delete web-prod-pr-2231 -y', 'dbx tables delete main.sales.pr_5120', 'regx manifest rm ghcr.io/acme/api:pr-5']) assert.equal(decide(c), 'destructive', c);
});
