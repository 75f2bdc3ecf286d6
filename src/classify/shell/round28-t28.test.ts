import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';

// Round 28 (branch t28): the edges of the classes fixed from the widened tldr-pages sample.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function sh(command: string): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, { cwd: '/home/dev/src/app', home: '/home/dev' }, EMPTY_INVENTORY);
}

test('bash\'s read-write redirection `<>` parses, and its file is judged as an append\'s', () => {
  for (const c of ['exec 3<>build/lock', 'cat 0<>notes.txt', 'exec 3<> build/lock', 'sort <>data.txt']) {
    const f = sh(c);
    assert.equal(f.findings.some((x) => x.code === 'shell_syntax_error'), false, c);
    assert.equal(f.destructive, false, c);
  }
  assert.equal(sh('exec 3<>/etc/shadow').destructive, true);
  assert.equal(sh('exec 3<>~/.bashrc').findings.some((x) => x.code === 'startup_lines_unseen'), true);
  // Quoted, it is text: nothing is rewritten.
  assert.equal(sh("printf '%s\\n' '<>' > out.txt").destructive, false);
  assert.equal(sh('echo "a<>b"; rm -rf ~').destructive, true);
});

test('deluser USER GROUP is a membership; any other shape deletes the account', () => {
  assert.equal(sh('sudo deluser alice docker').destructive, false);
  assert.equal(sh('deluser -q alice docker').destructive, false);
  for (const c of ['deluser alice', 'deluser alice docker sudo', 'deluser --remove-home alice docker', 'deluser "$U" docker', 'deluser --group docker']) assert.equal(sh(c).destructive, true, c);
});

test('an unknown program\'s destroying verb run together with `all`, and no other word', () => {
  for (const c of ['tool deleteall', 'tool --mode removeall', 'tool purgeall']) assert.equal(sh(c).destructive, true, c);
  for (const c of ['tool editall', 'tool installall', 'tool alldelete']) assert.equal(sh(c).destructive, false, c);
});

test('an unknown program given every file of one extension at the top of the workspace is judged by those files', () => {
  for (const c of ['tagger *.mp3', 'tagger ./*.flac']) assert.equal(sh(c).findings.some((x) => x.code === 'unknown_program_critical_target'), false, c);
  for (const c of ['tagger ../*.mp3', 'tagger *.tar.gz', 'tagger src/../*.mp3']) assert.equal(sh(c).findings.some((x) => x.code === 'unknown_program_critical_target'), true, c);
});
