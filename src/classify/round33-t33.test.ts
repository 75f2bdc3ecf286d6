/**
 * Round 33 (t33): destructive operations of long-tail tools at their edges (fix33-t33.yaml holds the commands): the erasing
 * option of a program we do not know, verbs joined to their objects, catalogue entries whose previews and reads stay benign.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_INVENTORY } from '../core/index.ts';

const scope = { cwd: '/home/dev/app', home: '/home/dev', workspace: '/home/dev/app' };
async function decider(): Promise<(command: string, type?: string) => string> {
  const { createClassifier, classifyBatchLine } = await import('./index.ts');
  const classifier = await createClassifier();
  return (command, type = 'command') => JSON.parse(classifyBatchLine(JSON.stringify({ id: 'x', input_type: type, input: command, context: scope }), classifier, EMPTY_INVENTORY)).decision;
}

test('a program we do not know: an option that names erasing outright is destructive; --help beside it, a bare --wipe or --erase, or one dash, is not', async () => {
  const decide = await decider();
  for (const c of ['frobtool --wipe-config', 'frobtool --erase-all slot2', 'frobtool --delete-all-files', 'frobtool --factory-reset', 'frobtool --secure-erase', 'frobtool --shred=yes', 'frobtool --delete notes' /* round 37 (u37): `--delete` in a program driven by options is its action, as kafka-topics' */]) assert.notEqual(decide(c), 'benign', c);
  for (const c of ['frobtool --help --wipe-config', 'frobtool --remove-comments x.txt', 'frobtool --wiped-count', 'frobtool --wipe', 'frobtool --erase name', 'frobtool -wipe-data']) assert.equal(decide(c), 'benign', c);
});

test('verbs joined to their objects and programs named for erasing; creates and plain names are not', async () => {
  const decide = await decider();
  for (const c of ['chatctl deluser ana', 'hvtool delsnapshot 101 s1', 'dnstool rrdelete zone www', 'authtool userdel ana', 'vault-wipe', 'card-factory-reset']) assert.notEqual(decide(c), 'benign', c);
  for (const c of ['chatctl adduser ana', 'hvtool snapshot 101 s1', 'dnstool rrcreate zone www', 'deltatool show', 'frob-rm x', 'delivery status']) assert.equal(decide(c), 'benign', c);
});

test('catalogue edges: a dry run or an explicit no beats the deleting option', async () => {
  const decide = await decider();
  assert.equal(decide('rdfind -dryrun true -deleteduplicates true /srv/media'), 'benign');
  assert.equal(decide('rdfind -dryrun false -deleteduplicates true /srv/media') === 'benign', false);
  assert.equal(decide('clamscan -r --remove=no /srv/uploads'), 'benign');
  assert.notEqual(decide('clamscan -r --remove=yes /srv/uploads'), 'benign');
  assert.equal(decide('czkawka_cli dup -d /srv/media --delete-method NONE'), 'benign');
  assert.equal(decide('fprintd-delete'), 'benign');
  assert.equal(decide('git checkout-index -a -f --prefix=/tmp/export/'), 'benign');
  assert.notEqual(decide('git checkout-index -f -- src/app.ts'), 'benign');
  assert.equal(decide('Ventoy2Disk VTOYCLI /i /drive:E: /nondest', 'cmd'), 'benign');
  assert.notEqual(decide('ventoy2disk vtoycli /I /Drive:E:', 'cmd'), 'benign');
});
