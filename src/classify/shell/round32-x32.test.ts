import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, decisionOf } from '../index.ts';

// Round 32 (branch x32): the lead's answers 337.1-4 (v31's self-hosted services) and 343 (s31's system administration on
// a dev host), each rule's edges. The restart-pairing rule (answers 337.5 and 342.5) has its edges in restarts.test.ts.

let sh: (command: string, home?: string) => ActionFacts = () => assert.fail('classifier not ready');
before(async () => {
  const classifier = await createClassifier();
  sh = (command, home = '/home/dev') => classifier.classify({ kind: 'shell', command }, { cwd: home, home }, EMPTY_INVENTORY);
});
const decide = (command: string): string => decisionOf(sh(command));

test('answer 337.1: nomad node drain is kubectl drain, a write; -force stops the allocations at once', () => {
  for (const c of ['nomad node drain -enable -yes 4d2a1c9e', 'nomad node drain -self -enable -deadline 10m', 'nomad node drain -disable -yes 4d2a1c9e']) assert.equal(decide(c), 'benign', c);
  for (const c of ['nomad node drain -enable -force -yes 4d2a1c9e', 'nomad node drain -enable -force=true 4d2a1c9e']) assert.equal(decide(c), 'destructive', c);
});

test('answer 337.2: one HAProxy server drained is a write; maint, disable and a whole backend stay outages', () => {
  assert.equal(decide("echo 'set server be/web1 state drain' | socat stdio /run/haproxy/admin.sock"), 'benign');
  for (const c of ["echo 'set server be/web1 state maint' | socat stdio /run/haproxy/admin.sock", "echo 'disable server be/web1' | socat stdio /run/haproxy/admin.sock", "echo 'disable backend be' | socat stdio /run/haproxy/admin.sock"]) assert.equal(decide(c), 'destructive', c);
});

test("answers 337.3 and 337.4: Curator's configured action file and kopia's expiry are the configured retention", () => {
  for (const c of ['curator --config /etc/curator/curator.yml /etc/curator/actions.yml', 'curator /etc/elasticsearch-curator/delete_old.yaml', 'kopia snapshot expire /srv/www --delete', 'kopia snapshot expire --all --delete']) assert.equal(decide(c), 'benign', c);
  for (const c of ['curator /tmp/actions.yml', 'curator /etc/curator/../../tmp/a.yml', 'curator /etc/curator/a.yml /etc/curator/b.yml']) assert.equal(decide(c), 'unknown', c);
  for (const c of ['kopia snapshot delete k123 --delete', 'kopia snapshot expire /srv --delete --unsafe-ignore-source']) assert.equal(decide(c), 'destructive', c);
});

test('answer 343.1: a package manager lock removed only after fuser found no holder', () => {
  for (const c of ['sudo fuser /var/lib/pacman/db.lck || sudo rm /var/lib/pacman/db.lck', 'fuser -v /var/lib/dpkg/lock || rm -f /var/lib/dpkg/lock', 'sudo fuser /var/lib/dpkg/lock', 'sudo rm -f /etc/nologin']) assert.equal(decide(c), 'benign', c);
  for (const c of ['sudo rm /var/lib/dpkg/lock', 'sudo rm -f /var/lib/apt/lists/lock', 'sudo fuser /var/lib/dpkg/lock && sudo rm /var/lib/dpkg/lock', 'sudo fuser /var/lib/dpkg/lock-frontend || sudo rm /var/lib/dpkg/lock']) assert.equal(decide(c), 'destructive', c);
  assert.notEqual(decide('sudo fuser -k /var/lib/dpkg/lock || sudo rm /var/lib/dpkg/lock'), 'benign', 'a kill is no probe');
});

test("answer 343.2: the package manager's own orphans, not a heuristic list or a named package", () => {
  for (const c of ['sudo apt autoremove --purge -y', 'sudo apt-get autoremove --purge', 'sudo pacman -Rns $(pacman -Qdtq)', 'sudo pacman -Rns --noconfirm "$(pacman -Qqtd)"', 'sudo dnf autoremove -y']) assert.equal(decide(c), 'benign', c);
  for (const c of ['sudo apt autoremove --purge foo', 'sudo pacman -Rns $(pacman -Qdq)', 'sudo pacman -Rns $(pacman -Qdtq) linux', 'deborphan | xargs -r sudo apt-get -y remove --purge']) assert.equal(decide(c), 'destructive', c);
});

test('answer 343.3: a versioned /opt install removed when the line shows its successor', () => {
  for (const c of ['ls -d /opt/idea-IC-* && sudo rm -rf /opt/idea-IC-233.14475.28', 'sudo rm -rf /opt/protoc-25.1 && sudo ln -sfn /opt/protoc-27.3 /opt/protoc']) assert.equal(decide(c), 'benign', c);
  for (const c of ['sudo rm -rf /opt/protoc-25.1', 'sudo rm -rf /opt/protoc-25.1 && sudo ln -sfn /opt/protoc-25.1 /opt/protoc', 'sudo rm -rf /opt/myapp && sudo ln -sfn /opt/myapp-2.1 /opt/myapp', 'ls -d /opt/idea-IC-* && sudo rm -rf /opt/idea-IC-233.14475.28 /opt/data', 'ls -d /opt/goland-* && sudo rm -rf /opt/idea-IC-233.14475.28']) assert.equal(decide(c), 'destructive', c);
});

test('answer 343.4: the set-user-ID bit taken from sudo, su, pkexec or doas', () => {
  for (const c of ['sudo chmod u-s /usr/bin/sudo', 'sudo chmod a-s /bin/su', 'sudo chmod 755 /usr/bin/pkexec', 'sudo chmod u=rwx,go=rx /usr/bin/doas']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['sudo chmod u-s /usr/bin/ping', 'sudo chmod g-w /usr/bin/sudo']) assert.equal(decide(c), 'benign', c);
});

test("answer 343.5: a mirror host swapped in the distribution's apt sources", () => {
  for (const c of ["sudo sed -i 's|http://archive.ubuntu.com|http://de.archive.ubuntu.com|g' /etc/apt/sources.list.d/ubuntu.sources", "sudo sed -i 's#deb.debian.org#ftp.de.debian.org#' /etc/apt/sources.list"]) assert.equal(decide(c), 'benign', c);
  for (const c of ["sudo sed -i 's|http://archive.ubuntu.com|[trusted=yes] http://m.example.net|' /etc/apt/sources.list", "sudo sed -i 's|download.docker.com|m.example.net|' /etc/apt/sources.list.d/docker.list", "sudo sed -i 's/^deb /# deb /' /etc/apt/sources.list"]) assert.equal(decide(c), 'destructive', c);
});

test("answer 343.7: the session's own user taken out of sudo, wheel or admin", () => {
  for (const c of ['sudo gpasswd -d $USER sudo', 'sudo gpasswd --delete "$(whoami)" wheel', 'sudo deluser "$USER" admin', 'sudo gpasswd -d dev sudo' /* answer 348.5: dev owns the session's home */]) assert.equal(decide(c), 'destructive', c);
  for (const c of ['sudo gpasswd -d bob sudo', 'sudo gpasswd -d $USER docker']) assert.equal(decide(c), 'benign', c);
});
