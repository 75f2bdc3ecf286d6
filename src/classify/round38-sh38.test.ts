/**
 * Round 38 (sh38): shell false-positive classes built from tuned pins. 329.3: an rsyslog drop-in that writes to a log file
 * under /var/log or forwards is a write (paths.ts rsyslogKeepsLogs). 329.5: dated or numbered rotated logs moved or copied
 * into an archive folder are a write (filesystem.ts logsIntoArchive). K3s's and MicroK8s's embedded kubectl, crictl, ctr
 * and helm are judged as those tools (wrappers.ts EMBEDDED_TOOLS). 119: one named cache (`/cache/NAME`) of a dev server on
 * this machine (test-data.ts localCacheRoute). keytool on a keystore below a temporary folder (service-catalogue.ts). A
 * Rails app's `public/assets` beside `public/packs` or `public/vite` (filesystem.ts BUILD_OUTPUT_PAIRS). One ZFS
 * dataset's snapshots but the newest N (snapshot-retention.ts, answers 218 and 234). `patronictl query -c SQL` judged as SQL
 * (cloud-sql-shells.ts patroniQuery). A dated backup copy made first in the line (`cp -a F F.$(date +%F) &&`) is `sed -i.bak`'s
 * backup for a later `sed -i` of F (filesystem.ts, ShellScope.backedUp). fix38-sh38.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (input: string, ctx: Record<string, string> = { cwd: '/home/dev/app', home: '/home/dev' }): string => answer('command', input as never, ctx).decision;
const each = (inputs: string[], want: string): void => {
  for (const c of inputs) assert.equal(decide(c), want, c);
};

test('329.3: an rsyslog drop-in that writes to a log file or forwards is a write; discards, programs, other files are not', () => {
  each([
    `echo 'if $programname == "shop" then /var/log/shop/shop.log' | sudo tee /etc/rsyslog.d/30-shop.conf`,
    "echo '*.* @@logs.internal:6514' | sudo tee /etc/rsyslog.d/90-forward.conf",
    `printf ':programname, isequal, "api" /var/log/api.log\\n& stop\\n' | sudo tee /etc/rsyslog.d/20-api.conf`,
    `echo 'if $programname == "shop" then action(type="omfile" file="/var/log/shop.log")' | sudo tee /etc/rsyslog.d/30-shop.conf`,
  ], 'benign');
  each([
    "echo '*.* stop' | sudo tee /etc/rsyslog.d/00-drop.conf",
    "echo '& stop' | sudo tee /etc/rsyslog.d/00-drop.conf",
    `echo 'if $programname == "sshd" then stop' | sudo tee /etc/rsyslog.d/10-quiet.conf`,
    `echo 'module(load="omprog")' | sudo tee /etc/rsyslog.d/50-prog.conf`,
    "echo '*.* ^/usr/local/bin/alert.sh' | sudo tee /etc/rsyslog.d/50-prog.conf",
    "echo '*.* /etc/passwd' | sudo tee /etc/rsyslog.d/50-x.conf",
    `echo 'action(type="omfile" file="/etc/shadow")' | sudo tee /etc/rsyslog.d/50-x.conf`,
    "echo '$ModLoad imudp' | sudo tee /etc/rsyslog.d/50-udp.conf",
    // The shell expands $programname inside double quotes: the file gets other text than shown.
    `echo "if $programname == 'shop' then /var/log/shop.log" | sudo tee /etc/rsyslog.d/30-shop.conf`,
    "echo '*.* @@logs.internal:6514' | sudo tee /etc/rsyslog.conf",
    'sudo cp ops/rsyslog/30-shop.conf /etc/rsyslog.d/',
  ], 'destructive');
  // `$` stays refused in the other drop-in folders, where it may be a variable left unexpanded.
  assert.equal(decide("echo 'options $X y' | sudo tee /etc/modprobe.d/x.conf"), 'destructive');
});

test('329.5: rotated logs into an archive folder are a write; onto a named file, into /tmp or /etc, or live logs are not', () => {
  each([
    'sudo mv /var/log/shop/app.log.2026-11-*.gz /srv/archive/logs/shop/',
    'sudo mv /var/log/shop/app.log.1.gz /var/log/shop/app.log.2.gz /srv/archive/shop/',
    'sudo cp /var/log/nginx/access.log.2026-11-30.gz /mnt/backup/log-archive/nginx/',
  ], 'benign');
  each([
    'sudo mv /var/log/shop/app.log.2026-11-01.gz /srv/archive/logs/shop/app.log',
    'sudo mv /var/log/shop/app.log.2026-11-*.gz /tmp/',
    'sudo mv /var/log/shop/app.log.2026-11-*.gz /etc/archive/',
    'sudo mv /var/log/shop/app.log /srv/archive/logs/shop/',
    'sudo mv /srv/app/data/orders.2026-11.csv /srv/archive/',
    'sudo mv /var/log/shop/app.log.2026-11-*.gz /srv/backups/',
    'sudo mv /srv/archive/logs/shop/app.log.2026-10-01.gz /srv/archive/logs/shop/app.log.2026-11-01.gz',
  ], 'destructive');
});

test('k3s and microk8s carry kubectl, crictl, ctr and helm: the rest of the line is that tool\'s', () => {
  each(['sudo k3s kubectl get pods -A', "ssh pi@gw 'sudo k3s kubectl get pods -A'", 'k3s crictl ps', 'k3s ctr images ls', 'microk8s kubectl get nodes', 'microk8s helm3 list -A', 'k3s etcd-snapshot ls'], 'benign');
  each(['k3s kubectl delete ns prod', 'sudo k3s kubectl delete namespace monitoring', 'microk8s kubectl delete ns prod', 'microk8s helm3 uninstall grafana -n monitoring', 'k3s etcd-snapshot delete snap-1', 'k3s server --cluster-reset'], 'destructive');
  assert.notEqual(decide('microk8s reset'), 'benign');
});

test('119: one named cache of a dev server on this machine; not another host, a database port, a data collection or a traversal', () => {
  each(['wget --method=DELETE -qO- http://localhost:9000/api/cache/thumbnails', 'curl -X DELETE http://127.0.0.1:3000/cache/avatars', 'curl -X DELETE http://localhost:8080/api/v1/cache/search-results/'], 'benign');
  each(['curl -X DELETE http://localhost:9000/api/cache/config', 'curl -X DELETE http://localhost:5432/cache/thumbnails', 'curl -X DELETE http://localhost:9000/api/cache/../users', 'curl -X DELETE http://localhost:9000/api/uploads/thumbnails', 'curl -X DELETE http://localhost:9000/api/cache/*'], 'destructive');
});

test('keytool -delete on a keystore below a temporary folder is a temporary file\'s change; any other store is not', () => {
  each(['keytool -delete -alias test-ca -keystore /tmp/scratch-truststore.jks -storepass changeit', 'keytool -delete -alias old -keystore /var/tmp/it/client.p12 -storetype PKCS12'], 'benign');
  each(['keytool -delete -alias test-ca -keystore /etc/pki/java/cacerts', 'keytool -delete -alias upload -keystore ~/keys/upload.jks', 'keytool -delete -alias upload', 'keytool -delete -alias x -cacerts -keystore /tmp/x.jks', 'keytool -delete -alias x -keystore /tmp/../etc/ssl/app.jks', 'keytool -delete -alias x -keystore "$STORE"'], 'destructive');
});

test('a Rails app\'s compiled assets: public/assets beside public/packs or public/vite; not alone, nor beside uploads or sources', () => {
  each(['rm -rf public/packs public/assets', 'rm -rf public/assets public/packs-test', 'rm -rf ./public/assets ./public/vite'], 'benign');
  each(['rm -rf public/assets', 'rm -rf public/packs public/uploads', 'rm -rf public/assets public/system', 'rm -rf app/assets public/packs', 'rm -rf public/assets public/packs/../../db'], 'destructive');
});

test('218/234: one ZFS dataset\'s snapshots but the newest N (N >= 2) are retention; other cuts, trees and recursive destroys are not', () => {
  each([
    "zfs list -H -t snapshot -o name -s creation tank/data | grep '@autosnap_.*_hourly' | head -n -24 | xargs -r -n1 sudo zfs destroy",
    'zfs list -H -t snapshot -o name -S creation tank/data | tail -n +8 | xargs -n1 zfs destroy',
    "zfs list -H -t snapshot -o name -s creation tank/data | grep -v '@keep-' | head -n -10 | xargs -r -n1 zfs destroy -v",
  ], 'benign');
  each([
    'zfs list -H -t snapshot -o name -s creation tank/data | head -n -1 | xargs -n1 zfs destroy',
    'zfs list -H -t snapshot -o name -S creation tank/data | head -n -24 | xargs -n1 zfs destroy',
    'zfs list -H -t snapshot -o name -s creation tank/data | tail -n +8 | xargs -n1 zfs destroy',
    'zfs list -H -t snapshot -o name -s creation -r tank | head -n -24 | xargs -n1 zfs destroy',
    'zfs list -H -t snapshot -o name -s creation | head -n -24 | xargs -n1 zfs destroy',
    'zfs list -H -t snapshot -o name -s creation tank/data | head -n -24 | xargs -n1 zfs destroy -r',
    'zfs list -H -t snapshot -o name -s name tank/data | head -n -24 | xargs -n1 zfs destroy',
    'zfs list -H -t snapshot -o name -s creation tank/data | grep -c hourly | head -n -24 | xargs -n1 zfs destroy',
  ], 'destructive');
});

test('patronictl query: the statement after `query` is judged as SQL; a file or a variable is unseen; the rest is the catalogue\'s', () => {
  each(["patronictl -c /etc/patroni/patroni.yml query orders --command 'select 1'", "patronictl query -c 'select count(*) from pg_stat_activity'", 'patronictl -c /etc/patroni/patroni.yml list'], 'benign');
  each(["patronictl -c /etc/patroni/patroni.yml query orders --command 'drop table payments'", "patronictl -c /etc/patroni/patroni.yml query orders -c 'delete from users'", 'patronictl -c /etc/patroni/patroni.yml remove orders'], 'destructive');
  each(['patronictl -c /etc/patroni/patroni.yml query orders --file /tmp/fix.sql', 'patronictl -c /etc/patroni/patroni.yml query orders --command "$SQL"', 'patronictl -c /etc/patroni/patroni.yml query orders'], 'unknown');
});

test('a backup copy made first keeps the old text for a later sed -i of the same file; access files and opening edits stay judged', () => {
  each(["sudo cp -a /etc/fstab /etc/fstab.$(date +%Y%m%d) && sudo sed -i '/\\/mnt\\/oldnas/d' /etc/fstab", "sudo cp -a /etc/nginx/nginx.conf /etc/nginx/nginx.conf.$(date +%Y%m%d) && sudo sed -i '/include legacy.conf;/d' /etc/nginx/nginx.conf"], 'benign');
  each([
    "sudo cp -a /etc/sudoers /etc/sudoers.$(date +%F) && sudo sed -i 's/^%sudo.*/%sudo ALL=(ALL) NOPASSWD: ALL/' /etc/sudoers",
    "sudo cp -a /etc/ssh/sshd_config /etc/ssh/sshd_config.$(date +%F) && sudo sed -i 's/^PasswordAuthentication no/PasswordAuthentication yes/' /etc/ssh/sshd_config",
    "sudo cp -a /etc/fstab /etc/fstab.$(date +%F) && sudo sed -i -e '/oldnas/d' -e 'w /etc/passwd' /etc/fstab",
    "sudo cp -a /etc/fstab /etc/fstab.$(date +%F) && sudo sed -i '/oldnas/d' /etc/hosts",
    "sudo cp -a /etc/fstab /etc/fstab.$(date +%F) && sudo sed -i 'd' /etc/fstab",
    "sudo sed -i '/oldnas/d' /etc/fstab && sudo cp -a /etc/fstab /etc/fstab.$(date +%F)",
    "sudo sed -i '/oldnas/d' /etc/fstab",
  ], 'destructive');
});
