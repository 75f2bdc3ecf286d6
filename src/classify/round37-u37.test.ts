/**
 * Round 37 (u37): the reader of programs the classifier does not know (dispatch.ts `unknownCommand`, the lexicon in
 * shell/tools/unknown-verbs.ts), measured by leaving one catalogue tool out (scripts/unseen-tools.ts). Verbs that lose
 * data or take a service out of service decide; a read verb, a preview, help, retention, a disposable object or a dev
 * environment spare; a mass selector makes a cancel a loss; a setting whose key names a safeguard switched off is a
 * safeguard off; a plain stop started again in the same line is a restart. And the seam: ClassifierOptions `unseenTools`
 * reads a known tool as unknown. Every program here is made up (no catalogue entry); fix37-u37.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyBatchLine, createClassifier, type Classifier } from './index.ts';
import { EMPTY_INVENTORY } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

test('loss verbs across CLIs: revert, discard, obliterate, gc, purge; their preview, help and dry-run forms read', () => {
  for (const c of ['vaultix revert //depot/main/...', 'artsync discard --all', 'vaultix obliterate //depot/art/old/...', 'lakectl gc --force', 'artsync purge', 'logd --vacuum-time=1s', 'brokerctl --bootstrap b1:9092 --delete --topic orders']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['vaultix revert --preview //depot/main/...', 'artsync purge --print', 'artsync purge --dry-run', 'fieldctl stop -h', 'tapectl --help --erase', 'lakectl gc --help']) assert.equal(decide(c), 'benign', c);
});

test('outage verbs: stop, pause, shutdown; a dev environment, a restart and maintenance switched off spare', () => {
  for (const c of ['fieldctl stop conveyor-line', 'streamer pause ingest-prod', 'plcd shutdown line-2', 'shopctl maintenance:enable']) assert.notEqual(decide(c), 'benign', c);
  for (const c of ['fieldctl stop --env dev', 'fieldctl daemon stop && fieldctl daemon start', 'shopctl maintenance:disable', 'wpx maintenance-mode deactivate']) assert.equal(decide(c), 'benign', c);
});

test('mass selectors: a cancel of every job or of another user is a loss, one job by its id a write', () => {
  for (const c of ['qjobs cancel --user bob', 'xcancel -u alice', 'qjobs abort --all', 'ykill 0']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['qjobs cancel 884213', 'xcancel 55120']) assert.equal(decide(c), 'benign', c);
});

test('read verbs read what they name; an acting option makes them act', () => {
  for (const c of ['fieldctl status /etc/fieldctl/plant.conf', 'plantctl show config --file /etc/plantctl/main.yaml', 'plantctl validate /etc/plantctl/main.yaml']) assert.equal(decide(c), 'benign', c);
  assert.notEqual(decide('plantctl check --fix /dev/sdb1'), 'benign');
  // A read verb of a topic does not hide the commands a runner is given.
  assert.notEqual(decide("runall 'npm:watch' 'rm -rf ~'"), 'benign');
});

test('disposable objects, retention; never a bucket whole, `..`, a bare shared ci name or production', () => {
  // The lead's answer 444.1 (round 43, loto43): a keep policy that keeps two or more is retention for any tool, one is not.
  for (const c of ['assetctl cache purge', 'assetctl delete gs://acme-assets/tmp/render-8812/', 'snapkeep prune --keep-daily=7 --keep-weekly=4 nightly', 'snapkeep prune --keep-last 3 nightly']) assert.equal(decide(c), 'benign', c);
  for (const c of ['assetctl delete gs://acme-assets-tmp', 'assetctl delete gs://acme-assets/tmp/../raw/', 'queuectl delete ci', 'assetctl delete gs://acme-prod/tmp/x', 'snapkeep prune --keep-last 1 nightly']) assert.notEqual(decide(c), 'benign', c);
});

test('safeguards switched off by a setting whose key names them', () => {
  for (const c of ['blobctl versioning set off acme-archive', 'kvstore auth disable', 'pkgx install --nogpgcheck acme-agent', 'pkgx -o Acquire::https::Verify-Peer=false update', 'toolx env -w GOSUMDB=off']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['blobctl versioning set on acme-archive', 'kvstore auth enable']) assert.equal(decide(c), 'benign', c);
});

test('the seam: unseenTools reads a catalogue tool as an unknown program, and only that tool', async () => {
  const known = await createClassifier();
  const unseen: Classifier = await createClassifier({ unseenTools: new Set(['scancel']) });
  const line = (command: string) => JSON.stringify({ id: 'x', input_type: 'command', input: command, context: { cwd: '/home/dev/app', home: '/home/dev' } });
  const reason = (c: Classifier, command: string) => (JSON.parse(classifyBatchLine(line(command), c, EMPTY_INVENTORY)) as { reason: string }).reason;
  assert.match(reason(known, 'scancel -u alice'), /service_destructive/);
  assert.match(reason(unseen, 'scancel -u alice'), /unknown_command/);
  assert.equal(reason(unseen, 'git reset --hard'), reason(known, 'git reset --hard'));
});



test('388.2: for a program nobody knows, an age bound narrows only logs, metrics, caches or temporary files named on the line', () => {
  for (const c of ['frobtool delete --older-than 30d logs', 'frobtool prune --older-than=7d /var/cache/frob', 'frobtool purge --older-than 14d metrics']) assert.equal(decide(c), 'benign', c);
  for (const c of ['frobtool purge --older-than 90d invoices', 'snapctl delete --older-than 7d', 'frobtool prune --older-than 30d']) assert.notEqual(decide(c), 'benign', c);
});
