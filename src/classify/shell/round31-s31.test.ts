import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { isAptSourceDropIn, isLocalManualPage } from '../paths.ts';

// Round 31 (branch s31): a developer with sudo on their own workstation, VM or dev container; each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

type Ctx = { cwd: string; home: string; host?: string };
const DEV: Ctx = { cwd: '/home/dev/app', home: '/home/dev' };
function sh(command: string, ctx: Ctx = DEV): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
}
const codes = (f: ActionFacts): string[] => f.findings.map((x) => x.code);

test('a manual page of the local prefix is documentation; a section folder, a glob or another prefix is not', () => {
  for (const p of ['/usr/local/share/man/man1/mytool.1', '/usr/local/man/man8/mytoold.8.gz', '/usr/local/share/man/man3/foo_bar.3ssl', '/usr/local/share/man/mann/tcl.n'])
    assert.equal(isLocalManualPage(p), true, p);
  for (const p of ['/usr/local/share/man/man1', '/usr/local/share/man/man1/', '/usr/share/man/man1/ls.1.gz', '/usr/local/share/man/man1/mytool', '/usr/local/share/man/man1/sub/x.1', '/usr/local/share/man/man1/.1'])
    assert.equal(isLocalManualPage(p), false, p);
  assert.deepEqual(codes(sh('sudo rm -f /usr/local/share/man/man1/mytool.1')).includes('local_manual_page'), true);
  assert.equal(sh('sudo rm -f /usr/local/share/man/man1/*').destructive, true);
  assert.equal(sh('sudo rm -rf /usr/local/share/man/man1/mytool.1').destructive, true, 'recursive: not a row that allows it');
});

test('find sweeps of broken links: -xtype l without -L, or -type l with -L; no negation, no -o, no other type', () => {
  for (const c of ['sudo find /usr/local/bin -xtype l -delete', 'sudo find /etc/systemd/system -maxdepth 2 -xtype l -exec rm -f {} +', 'sudo find -L /opt/tools -type l -delete', 'find /usr/local/bin -xtype l -print0 | sudo xargs -0 -r rm', 'sudo find /usr/local/bin -follow -type l -delete']) {
    const f = sh(c);
    assert.equal(f.destructive, false, c);
    assert.ok(codes(f).includes('dangling_links_removed'), c);
  }
  for (const c of ['sudo find /usr/local/bin -type l -delete', 'sudo find /usr/local/bin -not -xtype l -delete', 'sudo find -L /usr/local/bin -xtype l -delete', 'sudo find /usr/local/bin -xtype l , -name x -delete', 'sudo find /usr/local/bin -xtype l -type f -delete', 'sudo find /usr/local/bin -xtype l -exec cp {} /etc/ \\;'])
    assert.equal(sh(c).destructive, true, c);
});

test("apt: one outside repository's source is not the distribution's own", () => {
  for (const p of ['/etc/apt/sources.list.d/docker.list', '/etc/apt/sources.list.d/docker.sources', '/etc/apt/sources.list.d/ubuntu-toolchain.sources', '/etc/apt/sources.list.d/my-ubuntu.sources'])
    assert.equal(isAptSourceDropIn(p), true, p);
  for (const p of ['/etc/apt/sources.list.d/ubuntu.sources', '/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list.d/system.sources', '/etc/apt/sources.list.d/official-package-repositories.list', '/etc/apt/sources.list'])
    assert.equal(isAptSourceDropIn(p), false, p);
});

test("tool and data folders given to the session's own user: chown -R and setfacl -R entries naming that user only", () => {
  for (const c of ['sudo chown -R dev /opt/flutter', 'sudo chown -R dev: /mnt/scratch-disk', 'sudo chown -R $USER:users /data/models', 'sudo chown -R dev:nginx /srv/site', 'sudo setfacl -R -m u:dev:rwx /media/dev/disk', 'sudo setfacl -R --modify=d:u:dev:rX /opt/sdk'])
    assert.equal(sh(c).destructive, false, c);
  for (const c of ['sudo chown -R dev /opt', 'sudo chown -R dev /srv/', 'sudo chown -R alice /opt/flutter', 'sudo chown -R dev:docker /opt/flutter', 'sudo chown -R 0 /opt/flutter', 'sudo chown -R dev /opt/x*', 'sudo chown -R dev /var/lib/flutter', 'sudo setfacl -R -m u:dev:rwx,g:dev:rwx /opt/sdk', 'sudo setfacl -R -m m::rwx /opt/sdk', 'sudo setfacl -R -m u:devops:rwx /opt/sdk'])
    assert.equal(sh(c).destructive, true, c);
  assert.equal(sh('sudo chown -R dev /opt/flutter', { ...DEV, host: 'build-prod-02' }).destructive, true, 'on a server');
  assert.equal(sh('chown -R root /opt/flutter', { cwd: '/root', home: '/root' }).destructive, true, "root's session");
});

test('ACLs on guard files and system secrets: write to a guard file, read of a secret, for anyone but root', () => {
  for (const c of ['setfacl -m u:dev:rw /etc/shadow', 'setfacl -m u:dev:w /etc/pam.d/common-auth', 'setfacl -m o::r /etc/ssl/private/site.key', 'setfacl --set=u::rw,g::r,o::r,u:dev:rw /etc/sudoers', 'setfacl -m d:u:dev:rwx /etc/cron.d', 'setfacl -m g:wheel:rw /etc/passwd'])
    assert.equal(sh(`sudo ${c}`).destructive, true, c);
  for (const c of ['setfacl -m g:shadow:r /etc/shadow', 'setfacl -m u:root:rw /etc/shadow', 'setfacl -m u:dev:r /etc/passwd', 'setfacl -m u::rw /etc/sudoers', 'setfacl -x u:dev /etc/sudoers', 'setfacl -m u:dev:rw /etc/nginx/conf.d/app.conf'])
    assert.equal(sh(`sudo ${c}`).destructive, false, c);
});

test('deborphan reads unless it changes its keep list', () => {
  for (const c of ['deborphan', 'deborphan -a --guess-dev', 'deborphan -L'])
    assert.equal(sh(c).destructive, false, c);
  assert.deepEqual(sh('sudo deborphan -Z').verbs.includes('write'), true);
});
