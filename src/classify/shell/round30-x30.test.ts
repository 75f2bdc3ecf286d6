import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { isServiceTempFile, plainTextDropIn } from '../paths.ts';

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
  for (const text of ['* hard nofile 1024', '* hard nproc 20', '* hard maxlogins 1', '@audio - rtprio 99', '* soft core unlimited', '* - priority -5', '* soft nofile $N', '* soft nofile 65535 extra', 'soft nofile 65535', '* soft constructor unlimited', '* soft nofile 0x10000', '* hard nofile unlimited', '* - nofile 2097152', ''])
    assert.equal(plainTextDropIn(file, text), false, text);
  // Only the drop-in folder's *.conf files, not limits.conf or a path that climbs out.
  for (const path of ['/etc/security/limits.conf', '/etc/security/limits.d/../limits.conf', '/etc/security/limits.d/90-nofile', '/etc/security/limits.d/sub/x.conf'])
    assert.equal(plainTextDropIn(path, '* soft nofile 65535'), false, path);
  assert.equal(sh(`printf '* soft nofile 65535\\n* hard nofile 65535\\n' | sudo tee ${file}`).destructive, false);
  assert.equal(sh(`echo '* hard nproc 20' | sudo tee ${file}`).destructive, true);
  assert.equal(sh(`sudo cp ops/90-nofile.conf ${file}`, { cwd: '/home/ops', home: '/home/ops' }).destructive, true);
});

test('/var/lib: a tmp or cache folder directly in a service folder is temporary, not deeper, not a store of named databases', () => {
  for (const c of ['rm -rf /var/lib/docker/tmp/*', 'rm -rf /var/lib/jenkins/cache', 'find /var/lib/shop/tmp -name "*.partial" -delete', 'rm -rf /var/lib/gitea/.tmp/x'])
    assert.equal(sh(`sudo ${c}`).destructive, false, c);
  for (const c of ['rm -rf /var/lib/mysql/tmp', 'rm -rf /var/lib/minio/cache', 'rm -rf /var/lib/*/tmp', 'rm -rf /var/lib/docker/volumes/cache/_data', 'rm -rf /var/lib/tmp', 'rm -rf /var/lib/gitea/tmp/../data', 'rm -rf /var/lib/prod/cache/x', 'rm -rf /var/lib/lxc/tmp', 'rm -rf /var/lib/private/cache/x'])
    assert.equal(sh(`sudo ${c}`).destructive, true, c);
});

test('no-clobber copies into the home dot folders create only; dotfiles in the home, credentials and start-up files stay', () => {
  const ops = { cwd: '/home/ops/proj', home: '/home/ops' };
  for (const c of ['cp -n a.toml ~/.config/starship.toml', 'cp --no-clobber a ~/.config/htop/htoprc', 'mv -n ~/Downloads/t.conf ~/.config/tmux/tmux.conf'])
    assert.equal(sh(c, ops).destructive, false, c);
  for (const c of ['cp a.toml ~/.config/starship.toml', 'cp -n g ~/.gitconfig', 'cp -n k ~/.ssh/id_ed25519', 'cp -n k ~/.kube/config', 'cp -n f ~/.config/fish/config.fish', 'yes | cp -i a.toml ~/.config/starship.toml'])
    assert.equal(sh(c, ops).destructive, true, c);
});

test('answer 149 by the old value: the same key on both sides, a plain value, not a guard, secret or opening value', () => {
  for (const c of ["sed -i 's/worker_connections 768;/worker_connections 4096;/' /etc/nginx/nginx.conf", "sed -i 's|maxmemory 1gb|maxmemory 2gb|g' /etc/redis/redis.conf"])
    assert.equal(sh(`sudo ${c}`).destructive, false, c);
  for (const c of ["sed -i 's/protected-mode yes/protected-mode no/' /etc/redis/redis.conf", "sed -i 's/worker_connections 768;/user root;/' /etc/nginx/nginx.conf", "sed -i 's/requirepass a/requirepass b/' /etc/redis/redis.conf", "sed -i 's/max_connections 1/max_connections 2/' /etc/sudoers", "sed -i 's/.*/x 1/' /etc/nginx/nginx.conf", "sed -i 's/a 1/a $X/' /etc/nginx/nginx.conf"])
    assert.equal(sh(`sudo ${c}`).destructive, true, c);
});

test('sysctl: spoofing protections off are a safeguard off, by drop-in or by sysctl -w', () => {
  for (const c of ["echo 'net.ipv4.conf.all.rp_filter=0' | tee /etc/sysctl.d/1.conf", "echo 'net.ipv4.conf.eth0.accept_source_route = 1' | tee /etc/sysctl.d/1.conf", 'sysctl -w net.ipv4.tcp_syncookies=0', 'sysctl -w net.ipv6.conf.default.accept_redirects=1'])
    assert.equal(sh(`sudo ${c}`).destructive, true, c);
  for (const c of ["echo 'net.ipv4.conf.all.rp_filter=1' | tee /etc/sysctl.d/1.conf", 'sysctl -w net.ipv4.conf.all.accept_redirects=0', "echo 'net.core.somaxconn=4096' | tee /etc/sysctl.d/1.conf"])
    assert.equal(sh(`sudo ${c}`).destructive, false, c);
});

test('modprobe.d: a blacklist of a driver the host needs is not plain text; others are', () => {
  const file = '/etc/modprobe.d/x.conf';
  for (const text of ['blacklist pcspkr', 'blacklist nouveau\noptions nouveau modeset=0', 'softdep foo pre: bar', 'alias net-pf-10 off']) assert.equal(plainTextDropIn(file, text), true, text);
  for (const text of ['blacklist ixgbe', 'blacklist virtio-net', 'blacklist ext4', 'options a b=1\nblacklist nvme', 'install usb-storage /bin/true', 'blacklist a b']) assert.equal(plainTextDropIn(file, text), false, text);
});

test('apt pins: an outside origin below 500 only', () => {
  const file = '/etc/apt/preferences.d/x';
  assert.equal(plainTextDropIn(file, 'Package: *\nPin: origin apt.grafana.com\nPin-Priority: 100'), true);
  assert.equal(plainTextDropIn(file, 'Package: nodejs\nPin: origin "deb.nodesource.com"\nPin-Priority: 499'), true);
  for (const text of ['Package: *\nPin: origin apt.grafana.com\nPin-Priority: 500', 'Package: *\nPin: origin x.org\nPin-Priority: 0', 'Package: *\nPin: origin security.debian.org\nPin-Priority: 100', 'Package: *\nPin: release a=sid\nPin-Priority: 100', 'Package: *\nPin-Priority: 100', 'Package: *\nPin: origin archive.ubuntu.com\nPin-Priority: 1'])
    assert.equal(plainTextDropIn(file, text), false, text);
});

test('authorized_keys renamed to a backup name is a door shut; ~/.ssh/config renamed is not', () => {
  const ops = { cwd: '/home/ops', home: '/home/ops' };
  assert.equal(sh('mv ~/.ssh/authorized_keys ~/.ssh/authorized_keys.old', ops).destructive, true);
  assert.equal(sh('mv ~/.ssh/config ~/.ssh/config.bak', ops).destructive, false);
});

test('nginx: root or alias at / serves the whole filesystem', () => {
  assert.equal(sh("echo 'server { root /; }' | tee /etc/nginx/conf.d/a.conf").destructive, true);
  assert.equal(sh("printf 'location /x/ {\\n  alias \"/\";\\n}\\n' | tee /etc/nginx/conf.d/a.conf").destructive, true);
  assert.equal(sh("echo 'server { root /srv/www; }' | tee /etc/nginx/conf.d/a.conf").destructive, false);
});

test('a service temp file under /var/lib: by its start or end, below a named service folder', () => {
  for (const [p, n] of ([['/var/lib/redis/temp-1.rdb', 'temp-1.rdb'], ['/var/lib/prometheus/wal/checkpoint.1.tmp', 'checkpoint.1.tmp'], ['/var/lib/x/a.part', 'a.part']] as const))
    assert.equal(isServiceTempFile(p, n), true, p);
  for (const [p, n] of ([['/var/lib/x.tmp', 'x.tmp'], ['/var/lib/redis/../mysql/temp-1', 'temp-1'], ['/var/lib/*/temp-1', 'temp-1'], ['/var/lib/redis/dump.rdb', 'dump.rdb'], ['/var/log/x/a.tmp', 'a.tmp'], ['/var/lib/a/data.tmp.bak', 'data.tmp.bak']] as const))
    assert.equal(isServiceTempFile(p, n), false, p);
  assert.equal(sh('sudo rm -f /var/lib/redis/temp-*.rdb').destructive, false);
  assert.equal(sh('sudo rm -f /var/lib/redis/*.rdb').destructive, true);
});

test('one release folder stamped before this month is an old release; this month or an unstamped name is not', () => {
  assert.equal(sh('rm -rf /srv/api/releases/20250101120000').destructive, false);
  assert.equal(sh('rm -rf /opt/shop/releases/2025-01-31').destructive, false);
  for (const c of ['rm -rf /srv/api/releases/20991201-0930', 'rm -rf /srv/api/releases/20251399', 'rm -rf /srv/api/releases/current', 'rm -rf /srv/api/releases/2025'])
    assert.equal(sh(c).destructive, true, c);
});

test('an app log directly in /var/log is emptied as an app log; the system records are not', () => {
  for (const f of ['php8.2-fpm.log', 'mysql.log', 'mysqld.err', 'Xorg.0.log']) assert.equal(sh(`truncate -s 0 /var/log/${f}`).destructive, false, f);
  for (const f of ['syslog', 'auth.log', 'php-fpm-audit.log', 'mysql.log.bak.sh']) assert.equal(sh(`truncate -s 0 /var/log/${f}`).destructive, true, f);
});

test('a name made new under /opt, /srv or /var/www by a copy that cannot overwrite replaces nothing', () => {
  for (const c of ['ln -s /opt/apache-maven-3.9.6 /opt/maven', 'cp -n build/shop.jar /opt/shop/shop.jar', 'ln -s /srv/shop/releases/20261206 /srv/shop/current', 'cp --no-clobber a /var/www/shop/robots.txt'])
    assert.equal(sh(`sudo ${c}`, { cwd: '/home/ops/proj', home: '/home/ops' }).destructive, false, c);
  for (const c of ['ln -sf /opt/a /opt/maven', 'ln -s /opt/a --backup /opt/maven', 'cp build/shop.jar /opt/shop/shop.jar', 'cp -n a /opt/x/../../etc/cron.d/x', 'ln -s /opt/app/bin/app /usr/bin/app', 'cp -n a /usr/local/lib/libc.so.6'])
    assert.equal(sh(`sudo ${c}`, { cwd: '/home/ops/proj', home: '/home/ops' }).destructive, true, c);
});

test('a temp-looking name in a store of named databases, or a plain `temp.db`, is not a service temp file', () => {
  for (const [p, n] of [['/var/lib/mysql/shop/tmp_orders.ibd', 'tmp_orders.ibd'], ['/var/lib/clickhouse/data/db/tmp_x', 'tmp_x'], ['/var/lib/app/temp.db', 'temp.db'], ['/var/lib/app/tmp.db', 'tmp.db']] as const)
    assert.equal(isServiceTempFile(p, n), false, p);
  assert.equal(isServiceTempFile('/var/lib/app/tmp.Xk29aQ01', 'tmp.Xk29aQ01'), true);
});
