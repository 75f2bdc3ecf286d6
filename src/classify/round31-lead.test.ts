/**
 * Round 31, the lead's answers 328 (files a later command of the same `&&` list writes again: mockgen's mocks by `go
 * generate ./...`, beside answer 197's snapshots) and 329 (an XDG autostart entry put in place is a job run at log-in):
 * edges the corpus cases do not pin (fix31-lead.yaml).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../test/helpers/windows-classifier.ts';

const { run } = windowsClassifier();
const decision = (command: string): string => {
  const answer = run(command, 'bash');
  return benign(answer) ? 'benign' : answer.confidence === 'opaque' ? 'unknown' : 'destructive';
};

test('answer 328: mock_*.go swept before go generate ./... of the whole module; any other name, scope or order is not', () => {
  assert.equal(decision("find . -name 'mock_*.go' -delete && go generate ./..."), 'benign');
  assert.equal(decision("find ./internal -name 'mock_*.go' -delete && go vet ./... && go generate ./..."), 'benign');
  assert.equal(decision("find . -name 'mock_*.go' -delete && go generate ./pkg/..."), 'destructive');
  assert.equal(decision("find . -name 'mock_*.go' -name '*.go' -delete && go generate ./..."), 'destructive');
  assert.equal(decision("find . -name 'mock_*.go' -delete; go generate ./..."), 'destructive');
  assert.equal(decision("cd /home/dev/other && find . -name 'mock_*.go' -delete && cd - && go generate ./..."), 'destructive');
});

test('answer 329: an autostart entry from an unseen file is unknown; the shown entry is judged by its Exec line', () => {
  assert.equal(decision('cp -n x ~/.config/autostart/x.desktop'), 'unknown');
  assert.equal(decision('install -m644 agent.desktop ~/.config/autostart/agent.desktop'), 'unknown');
  assert.equal(decision('ln -sf /usr/local/share/applications/code.desktop ~/.config/autostart/code.desktop'), 'benign');
  assert.equal(decision('ln -sf /usr/share/applications/../../../home/dev/x.desktop ~/.config/autostart/x.desktop'), 'unknown');
  assert.equal(decision("printf '[Desktop Entry]\\nExec=rm -rf /home/dev\\n' > a.desktop && mv a.desktop ~/.config/autostart/"), 'destructive');
});
