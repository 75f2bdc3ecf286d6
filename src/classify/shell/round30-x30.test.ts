import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { plainTextDropIn } from '../paths.ts';

// Round 30 (branch x30): an SRE's file housekeeping in system paths, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

type Ctx = { cwd: string; home: string };
const ROOT: Ctx = { cwd: '/root', home: '/root' };
function sh(command: string, ctx: Ctx = ROOT): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
}

test('answer 290: a limits.d drop-in whose every line raises a limit is plain text; a lowered limit or another item is not', () => {
  const file = '/etc/security/limits.d/90-nofile.conf';
  for (const text of ['* soft nofile 65535\n* hard nofile 65535\n', 'elastic - nofile 65535', '@dev hard nproc 4096', '%wheel - memlock unlimited', '1000: soft stack infinity', '# raise\npostgres - memlock -1'])
    assert.equal(plainTextDropIn(file, text), true, text);
  for (const text of ['* hard nofile 1024', '* hard nproc 20', '* hard maxlogins 1', '@audio - rtprio 99', '* soft core unlimited', '* - priority -5', '* soft nofile $N', '* soft nofile 65535 extra', 'soft nofile 65535', '* soft constructor unlimited', '* soft nofile 0x10000', ''])
    assert.equal(plainTextDropIn(file, text), false, text);
  // Only the drop-in folder's *.conf files, not limits.conf or a path that climbs out.
  for (const path of ['/etc/security/limits.conf', '/etc/security/limits.d/../limits.conf', '/etc/security/limits.d/90-nofile', '/etc/security/limits.d/sub/x.conf'])
    assert.equal(plainTextDropIn(path, '* soft nofile 65535'), false, path);
  assert.equal(sh(`printf '* soft nofile 65535\\n* hard nofile 65535\\n' | sudo tee ${file}`).destructive, false);
  assert.equal(sh(`echo '* hard nproc 20' | sudo tee ${file}`).destructive, true);
  assert.equal(sh(`sudo cp ops/90-nofile.conf ${file}`, { cwd: '/home/ops', home: '/home/ops' }).destructive, true);
});
