/**
 * Round 41 (bl41sys): classes built from blind41-sysadm's tuned misses. A drop-in written whole by `echo`, `printf` or a
 * heredoc to `cat` is read by the rows that read `tee`'s text (paths.ts plainTextDropIn, the sysctl hardening check);
 * `systemctl disable`/`mask` of a firewall, sshd or network unit is a safeguard off (answer 427.3); `getfacl` reads;
 * `setfacl` entries read from a file or its input are not known; nginx's `ssl_protocols` set to TLS 1.2/1.3 only is TLS
 * narrowed. fix41-bl41sys.yaml holds the neighbours and attacks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const shell = (input: string): string => answer('command', input).decision;
const benign = (cases: readonly string[]): void => cases.forEach((c) => assert.equal(shell(c), 'benign', c));
const destructive = (cases: readonly string[]): void => cases.forEach((c) => assert.notEqual(shell(c), 'benign', c));

test('a drop-in written by echo, printf or a heredoc is read as tee text; text not shown or other settings stay destructive', () => {
  benign([
    "printf '[Service]\\nLimitNOFILE=65536\\n' > /etc/systemd/system/redis-server.service.d/limits.conf",
    "echo 'MaxAuthTries 3' > /etc/ssh/sshd_config.d/20-tries.conf",
    "cat > /etc/logrotate.d/api <<'EOF'\n/var/log/api/*.log {\n  weekly\n  rotate 8\n}\nEOF",
  ]);
  destructive([
    "printf '[Service]\\nExecStart=\\nExecStart=/usr/local/bin/shop\\n' > /etc/systemd/system/shop.service.d/override.conf",
    "echo 'MaxAuthTries 50' > /etc/ssh/sshd_config.d/20-tries.conf",
    "echo 'kernel.yama.ptrace_scope = 0' > /etc/sysctl.d/10-ptrace.conf",
    'cat /tmp/evil.conf > /etc/ssh/sshd_config.d/x.conf',
    'echo "$SETTINGS" > /etc/systemd/system/shop.service.d/override.conf',
    "printf '[Service]\\nLimitNOFILE=65536\\n' > /etc/systemd/system/nginx.service",
  ]);
});

test('systemctl disable or mask of a firewall, sshd or network unit is destructive (427.3); other units and wait-online stay writes', () => {
  destructive(['systemctl disable ufw', 'systemctl mask sshd', 'systemctl disable NetworkManager', 'systemctl disable cups firewalld', 'systemctl -H web-prod-01 disable ssh']);
  benign(['systemctl disable nginx', 'systemctl disable NetworkManager-wait-online.service', 'systemctl disable shop-ssh-report.timer', 'systemctl unmask ssh']);
});

test('getfacl reads; setfacl entries from a file or input are not known', () => {
  benign(['getfacl -R /srv/shared', 'setfacl -x u:alice /srv/shared']);
  assert.equal(shell('cat acl.txt | setfacl -M - /srv/shared'), 'unknown');
  assert.equal(shell('setfacl --restore=/root/acl-backup.txt'), 'unknown');
});

test('nginx ssl_protocols narrowed to TLS 1.2/1.3 is a write; older protocols or other guard keys stay destructive', () => {
  benign(["sed -i 's/ssl_protocols .*/ssl_protocols TLSv1.2 TLSv1.3;/' /etc/nginx/nginx.conf"]);
  destructive(["sed -i 's/ssl_protocols .*/ssl_protocols TLSv1 TLSv1.2;/' /etc/nginx/nginx.conf", "sed -i 's/ssl_ciphers .*/ssl_ciphers ALL;/' /etc/nginx/nginx.conf"]);
});
