import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { isAptSignedByKeyring, plainTextDropIn } from '../paths.ts';

// Round 29 (branch s29): a systems administrator's host configuration, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

type Ctx = { cwd: string; home: string; host?: string };
const ROOT: Ctx = { cwd: '/root', home: '/root' };
function sh(command: string, ctx: Ctx = ROOT): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
}
function reasons(facts: ActionFacts): string[] {
  return facts.findings.map((f) => f.code);
}

test('AppArmor: enforce and reload write; complain, disable, unload and teardown take the confinement off', () => {
  for (const c of ['aa-enforce /etc/apparmor.d/usr.sbin.nginx', 'aa-status', 'apparmor_parser -r /etc/apparmor.d/usr.sbin.nginx', 'apparmor_parser -N /etc/apparmor.d/usr.sbin.nginx', 'aa-disable --help']) assert.equal(sh(`sudo ${c}`).destructive, false, c);
  for (const c of ['aa-complain /etc/apparmor.d/usr.sbin.nginx', 'aa-disable /etc/apparmor.d/usr.sbin.nginx', 'aa-teardown', 'apparmor_parser -R /etc/apparmor.d/x', 'apparmor_parser --remove /etc/apparmor.d/x', 'apparmor_parser -C -a /etc/apparmor.d/x']) {
    const facts = sh(`sudo ${c}`);
    assert.equal(facts.destructive, true, c);
    assert.ok(reasons(facts).includes('safeguard_off'), c);
  }
});

test('semanage: only a permissive domain added is a safeguard off', () => {
  assert.ok(reasons(sh('sudo semanage permissive --add httpd_t')).includes('safeguard_off'));
  for (const c of ['semanage permissive -d httpd_t', 'semanage permissive -l', 'semanage export', 'semanage boolean -m --on httpd_can_network_connect', 'semanage port -a -t http_port_t -p tcp 8081']) assert.equal(sh(`sudo ${c}`).destructive, false, c);
});

test('SSH closed by iptables or nft: unscoped DROP/REJECT of port 22 in INPUT, or its ACCEPT deleted', () => {
  for (const c of ['iptables -I INPUT -p tcp --dport 22 -j DROP', 'iptables -A INPUT -p tcp --destination-port ssh -j REJECT', 'iptables -A INPUT -s 0.0.0.0/0 -p tcp --dport 22 -j DROP', 'iptables -A INPUT -p tcp -m multiport --dports 80,22 -j DROP', 'iptables -D INPUT -p tcp --dport 22 -j ACCEPT', 'nft add rule inet filter input tcp dport 22 drop', 'nft add rule inet filter input tcp dport { 22, 80 } reject']) {
    assert.ok(reasons(sh(`sudo ${c}`)).includes('ssh_lockout'), c);
  }
  for (const c of ['iptables -A INPUT -s 10.0.0.0/8 -p tcp --dport 22 -j DROP', 'iptables -A INPUT -i eth1 -p tcp --dport 22 -j DROP', 'iptables -A INPUT -p tcp --dport 22 -m state --state INVALID -j DROP', 'iptables -A INPUT -p tcp --dport 2222 -j DROP', 'iptables -A FORWARD -p tcp --dport 22 -j DROP', 'iptables -D INPUT -p tcp --dport 22 -j DROP', 'nft add rule inet filter input iifname "eth1" tcp dport 22 drop', 'nft add rule inet filter output tcp dport 22 drop']) {
    assert.ok(!reasons(sh(`sudo ${c}`)).includes('ssh_lockout'), c);
  }
});

test('answer 149 with a value of several words; Apache access directives guard access', () => {
  for (const c of ["sed -i 's/^pool .*/pool 2.debian.pool.ntp.org iburst/' /etc/chrony/chrony.conf", "sed -i 's/^#\\?save .*/save 900 1/' /etc/redis/redis.conf"]) assert.equal(sh(`sudo ${c}`).destructive, false, c);
  for (const c of ["sed -i 's/^Require .*/Require all granted/' /etc/apache2/apache2.conf", "sed -i 's/^Options .*/Options -Indexes/' /etc/apache2/apache2.conf", "sed -i 's/^bind .*/bind 10.0.0.5 ::/' /etc/redis/redis.conf", "sed -i 's/^pool .*/pool $NTP iburst/' /etc/chrony/chrony.conf", "sed -i 's/^pool .*/pool a; e reboot/' /etc/chrony/chrony.conf"]) assert.equal(sh(`sudo ${c}`).destructive, true, c);
});

test('plain drop-ins: chrony sources and apt periodic settings, line by line', () => {
  assert.equal(plainTextDropIn('/etc/chrony/sources.d/corp.sources', 'server ntp1.corp iburst\npool 0.pool.ntp.org iburst\n'), true);
  assert.equal(plainTextDropIn('/etc/chrony/sources.d/corp.sources', 'server ntp1.corp iburst\nallow all\n'), false);
  assert.equal(plainTextDropIn('/etc/chrony/sources.d/corp.conf', 'server ntp1.corp iburst'), false);
  assert.equal(plainTextDropIn('/etc/apt/apt.conf.d/20auto-upgrades', 'APT::Periodic::Update-Package-Lists "1";\nAPT::Periodic::Unattended-Upgrade "always";'), true);
  for (const bad of ['APT::Periodic::Unattended-Upgrade "0";', 'APT::Periodic::Update-Package-Lists "1"; DPkg::Post-Invoke {"x";};', 'Acquire::https::Verify-Peer "false";', 'Acquire::AllowInsecureRepositories "true";', 'Unattended-Upgrade::Automatic-Reboot "true";']) {
    assert.equal(plainTextDropIn('/etc/apt/apt.conf.d/99x', bad), false, bad);
  }
});

test('sysctl.conf appends are judged as a new sysctl.d drop-in; hardening off, pipes, paths and unseen text stay', () => {
  for (const c of ["echo 'vm.max_map_count=262144' | sudo tee -a /etc/sysctl.conf", "printf 'net.core.somaxconn = 1024\\n-net.ipv4.tcp_fin_timeout = 15\\n' | sudo tee -a /etc/sysctl.conf"]) assert.equal(sh(c).destructive, false, c);
  for (const c of ["echo 'fs.protected_symlinks=0' | sudo tee -a /etc/sysctl.conf", "echo 'kernel.core_pattern=/tmp/core.%p' | sudo tee -a /etc/sysctl.conf", "echo 'kernel.modprobe=|/tmp/x' >> /etc/sysctl.conf", 'echo "vm.swappiness=$S" | sudo tee -a /etc/sysctl.conf']) assert.equal(sh(c).destructive, true, c);
});

test('apt keyrings: one repository key in keyrings folders; trusted.gpg.d, archive keyrings, globs and folders stay', () => {
  for (const p of ['/etc/apt/keyrings/docker.asc', '/etc/apt/keyrings/grafana.gpg', '/usr/share/keyrings/nodesource.gpg']) assert.equal(isAptSignedByKeyring(p), true, p);
  for (const p of ['/etc/apt/trusted.gpg.d/x.gpg', '/etc/apt/trusted.gpg', '/usr/share/keyrings/ubuntu-archive-keyring.gpg', '/usr/share/keyrings/debian-archive-removed-keys.gpg', '/etc/apt/keyrings/../trusted.gpg', '/etc/apt/keyrings/x.list', '/etc/apt/keyrings']) assert.equal(isAptSignedByKeyring(p), false, p);
});

test('/etc kept copies are not rebuildable leftovers; a workspace\'s are', () => {
  assert.equal(sh('rm -f *.orig', { cwd: '/etc/ssh', home: '/root' }).destructive, true);
  assert.equal(sh('sudo rm /etc/nginx/conf.d/*.bak').destructive, true);
  assert.equal(sh('rm -f *.bak', { cwd: '/home/dev/app', home: '/home/dev' }).destructive, false);
  assert.equal(sh('rm -f /tmp/*.bak').destructive, false);
});

test('login banners with a shown text, and one trust anchor removed, are writes', () => {
  for (const c of ["echo 'Authorized use only' | sudo tee /etc/issue", "printf 'Welcome\\n' > /etc/motd", 'sudo rm /usr/local/share/ca-certificates/corp/old-root.crt']) assert.equal(sh(c).destructive, false, c);
  for (const c of ['sudo tee /etc/motd < motd.txt', 'cat motd.txt | sudo tee /etc/motd', 'echo `hostname` > /etc/motd', 'sudo rm -r /usr/local/share/ca-certificates/corp', 'sudo rm /usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt']) assert.equal(sh(c).destructive, true, c);
});

test('a profile.d drop-in with standard program folders on PATH or a tool home only', () => {
  for (const c of ["echo 'export PATH=$PATH:/usr/local/go/bin' | sudo tee /etc/profile.d/go.sh", "printf 'PATH=/snap/bin:${PATH}\\nexport GOROOT_HOME=/usr/local/go\\n' | sudo tee /etc/profile.d/x.sh"]) assert.equal(sh(c).destructive, false, c);
  for (const c of ["echo 'export PATH=$PATH:$PATH:/usr/local/go/bin' | sudo tee /etc/profile.d/go.sh", "echo 'export PATH=$PATH:/var/tmp/bin' | sudo tee /etc/profile.d/go.sh", "echo 'export PATH=$PATH:/usr/local/go/bin; rm -rf /srv' | sudo tee /etc/profile.d/go.sh", "echo 'export PATH=$PATH:/usr/local/go/bin' | sudo tee /etc/profile.d/go.conf", "echo 'export PYTHONHOME=/opt/py' | sudo tee /etc/profile.d/py.sh"]) assert.equal(sh(c).destructive, true, c);
});

test('install -d: a service folder for root or a service account; a person, /var/lib and /etc stay', () => {
  for (const c of ['install -d -m 0750 -o root -g adm /var/log/shop', 'install -d -o caddy -g caddy /srv/site', 'install -d -g www-data /var/www/shop/cache']) assert.equal(sh(`sudo ${c}`).destructive, false, c);
  for (const c of ['install -d -o alice /srv/site', 'install -d -o www-data /var/lib/mysql', 'install -d -o root /etc/sudoers.d', 'install -d -o "$OWNER" /srv/site', 'install -d -o root /var/log']) assert.equal(sh(`sudo ${c}`).destructive, true, c);
});

test('chown/chgrp of files that guard logins or privilege, or that root runs', () => {
  for (const c of ['chown bob /etc/pam.d/sshd', 'chown bob:root /root/.bashrc', 'chown "$USER" /usr/local/sbin/backup', 'chgrp users /etc/ssh/ssh_host_ed25519_key', 'chown bob.bob /etc/cron.d/backup']) {
    const facts = sh(`sudo ${c}`);
    assert.ok(reasons(facts).includes('access_widened'), c);
  }
  for (const c of ['chown root:root /etc/pam.d/sshd', 'chgrp shadow /etc/gshadow', 'chown grafana /etc/grafana/grafana.ini', 'chgrp www-data /etc/nginx/conf.d/site.conf', 'chown bob /srv/shop/README']) assert.ok(!reasons(sh(`sudo ${c}`)).includes('access_widened'), c);
});

test('setcap, a second uid 0 and root\'s password', () => {
  assert.ok(reasons(sh('sudo setcap cap_dac_read_search+ep /usr/bin/tar')).includes('admin_grant'));
  assert.equal(sh('sudo setcap cap_net_raw=ep /usr/bin/ping').destructive, false);
  assert.equal(sh('sudo setcap -v cap_sys_admin+ep /usr/bin/x').destructive, false);
  for (const c of ['useradd --uid 0 --non-unique ops', 'usermod -ou 0 bob']) assert.equal(sh(`sudo ${c}`).destructive, true, c);
  assert.equal(sh('sudo useradd -u 10 ops').destructive, false);
  for (const c of ["printf 'alice:x1\\nroot:x2\\n' | sudo chpasswd", 'sudo passwd --unlock root']) assert.ok(reasons(sh(c)).includes('root_login_opened'), c);
  for (const c of ['sudo passwd -e root', 'sudo passwd alice', "echo 'rootless:x' | sudo chpasswd"]) assert.ok(!reasons(sh(c)).includes('root_login_opened'), c);
});

test('/etc/default and /etc/sysconfig: one plain word replaced; the guarding files and a second word stay', () => {
  for (const c of ["sed -i 's/^ENABLED=.*/ENABLED=\"true\"/' /etc/default/sysstat", "sed -i 's/^#\\?NTPD_OPTS=.*/NTPD_OPTS=-g/' /etc/default/ntp"]) assert.equal(sh(`sudo ${c}`).destructive, false, c);
  for (const c of ["sed -i 's/^ENABLED=.*/ENABLED=\"1 2\"/' /etc/default/sysstat", "sed -i 's/^PermitRootLogin=.*/PermitRootLogin=yes/' /etc/default/ssh", "sed -i 's/^SELINUXTYPE=.*/SELINUXTYPE=minimum/' /etc/selinux/config", "sed -i 's/^X=.*/X=1/' /etc/default/../shadow"]) assert.equal(sh(`sudo ${c}`).destructive, true, c);
});

test('Capistrano release stamps: a day of an earlier month', () => {
  assert.equal(sh('sudo rm -rf /srv/shop/releases/2025120312*').destructive, true);
  assert.equal(sh('sudo rm -rf /srv/shop/releases/20250132*').destructive, true);
  assert.equal(sh('sudo rm -rf /srv/shop/releases/20250131*').destructive, false);
});

test('fail2ban jail drop-ins and audit rules: protection added; switched off or narrowed stays', () => {
  assert.equal(plainTextDropIn('/etc/fail2ban/jail.d/sshd.conf', '[sshd]\nenabled = true\nport = ssh,2222\nfindtime = 10m'), true);
  for (const bad of ['[sshd]\nenabled = false', '[sshd]\nignoreip = 10.0.0.0/8', '[sshd]\naction = %(action_)s\n']) assert.equal(plainTextDropIn('/etc/fail2ban/jail.d/sshd.conf', bad), false, bad);
  assert.equal(plainTextDropIn('/etc/audit/rules.d/50-identity.rules', '-w /etc/passwd -p wa -k identity\n-w /etc/group -p wa -k identity'), true);
  for (const bad of ['-D', '-e 0', '-a never,exit -F auid=1000', '-w /etc/passwd -p wa -k identity\n-W /etc/shadow']) assert.equal(plainTextDropIn('/etc/audit/rules.d/50-identity.rules', bad), false, bad);
});
