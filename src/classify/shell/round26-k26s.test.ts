import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';

// Round 26 (branch k26s): the shell's paths outside the workspace, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function sh(command: string, home = '/home/dev'): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, { cwd: `${home}/app`, home }, EMPTY_INVENTORY);
}

test('answer 149: a setting matched indented or commented out, written back indented or with nginx\'s `;`, is a write; guarding keys are not', () => {
  for (const edit of [
    "sudo sed -i 's/^\\s*worker_connections .*/    worker_connections 4096;/' /etc/nginx/nginx.conf",
    "sudo sed -i 's/^worker_processes .*/worker_processes auto;/' /etc/nginx/nginx.conf",
    "sudo sed -i 's/^#\\?shared_buffers = .*/shared_buffers = 2GB/' /etc/postgresql/16/main/postgresql.conf",
  ]) assert.equal(sh(edit).destructive, false, edit);
  for (const edit of [
    "sudo sed -i 's/^user .*/user root;/' /etc/nginx/nginx.conf",
    "sudo sed -i 's/^\\s*ssl_protocols .*/    ssl_protocols TLSv1;/' /etc/nginx/nginx.conf",
    "sudo sed -i 's/^#\\?PermitRootLogin .*/PermitRootLogin yes/' /etc/ssh/sshd_config",
    "sudo sed -i 's#^\\#max_connections = .*#max_connections = 300#' /etc/postgresql/16/main/postgresql.conf",
  ]) assert.equal(sh(edit).destructive, true, edit);
});

test('tools\' caches in the home: Terraform\'s plugin cache, pipenv\'s virtualenvs, VS Code\'s workspaceStorage, gcloud\'s logs', () => {
  for (const rm of ['rm -rf ~/.terraform.d/plugin-cache/*', 'rm -rf ~/.local/share/virtualenvs/api-Xy12', 'rm -rf ~/.config/Code/User/workspaceStorage', 'rm -rf ~/.config/gcloud/logs']) {
    assert.equal(sh(rm).destructive, false, rm);
  }
  assert.equal(sh('rm -rf ~/Library/Application\\ Support/Code/User/workspaceStorage', '/Users/mia').destructive, false);
  for (const rm of ['rm -rf ~/.terraform.d', 'rm -rf ~/.terraform.d/plugins', 'rm -rf ~/.config/gcloud', 'rm -rf ~/.config/Code/User']) assert.equal(sh(rm).destructive, true, rm);
});

test('answer 79 on macOS and Linux: installers in the home\'s own Downloads by extension', () => {
  assert.equal(sh('rm -f ~/Downloads/*.dmg ~/Downloads/*.pkg', '/Users/mia').destructive, false);
  assert.equal(sh('rm -f ~/Downloads/*.deb').destructive, false);
  for (const rm of ['rm -f ~/Downloads/*', 'rm -f ~/Downloads/*.zip', 'rm -f ~/Downloads/old/*.deb', 'rm -f /home/ana/Downloads/*.deb']) assert.equal(sh(rm).destructive, true, rm);
});

test('answer 66: one VM disk in libvirt\'s pool named as a throwaway; not production, a shared CI machine or a glob', () => {
  assert.equal(sh('sudo rm -f /var/lib/libvirt/images/scratch-fedora.qcow2').destructive, false);
  for (const rm of ['sudo rm /var/lib/libvirt/images/web-prod-test.qcow2', 'sudo rm /var/lib/libvirt/images/ci-runner-01.qcow2', 'sudo rm /var/lib/libvirt/images/scratch-*.qcow2', 'sudo rm /var/lib/libvirt/images/nextcloud.qcow2']) {
    assert.equal(sh(rm).destructive, true, rm);
  }
});
