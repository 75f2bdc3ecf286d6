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

test('a file this input wrote whole is its own to delete; an append, touch or `conv=notrunc` keeps what was there', () => {
  assert.equal(sh('dd if=/dev/zero of=/mnt/data/ddtest bs=1M count=16 && rm /mnt/data/ddtest').destructive, false);
  for (const line of ['dd if=/dev/zero of=/mnt/data/ddtest conv=notrunc count=1 && rm /mnt/data/ddtest', 'echo x >> ~/notes.txt && rm ~/notes.txt', 'touch ~/notes.txt && rm ~/notes.txt', 'dd if=/dev/zero of=/mnt/data/ddtest count=1 && rm -rf /mnt/data']) {
    assert.equal(sh(line).destructive, true, line);
  }
});

test('an sshd drop-in whose every line closes a way in is a configuration write; any other line is not', () => {
  assert.equal(sh("printf 'PasswordAuthentication no\\nPermitRootLogin prohibit-password\\n' | sudo tee /etc/ssh/sshd_config.d/10-hardening.conf").destructive, false);
  for (const line of ["echo 'PermitRootLogin yes' | sudo tee /etc/ssh/sshd_config.d/20-root.conf", "printf 'PasswordAuthentication no\\nAllowUsers ci\\n' | sudo tee /etc/ssh/sshd_config.d/10-x.conf", "echo 'PasswordAuthentication no' | sudo tee /etc/ssh/sshd_config"]) {
    assert.equal(sh(line).destructive, true, line);
  }
});

test('every kernel removed (apt\'s `linux-image-*`, Arch\'s and Alpine\'s `linux` packages) is a core package removed; one old kernel is not', () => {
  for (const line of ["sudo apt-get remove -y 'linux-image-*'", 'sudo pacman -Rdd --noconfirm linux', 'apk del linux-lts']) assert.equal(sh(line).destructive, true, line);
  for (const line of ['sudo apt-get purge -y linux-image-5.15.0-86-generic', 'sudo apt-get remove -y linux-image-generic', 'sudo pacman -S linux']) assert.equal(sh(line).destructive, false, line);
});
