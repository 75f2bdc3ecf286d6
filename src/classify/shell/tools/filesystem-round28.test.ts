import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY } from '../../../core/index.ts';
import { classifyBatchLine, createClassifier, type Classifier } from '../../index.ts';
import { unservedSiteLink } from './filesystem.ts';

// Round 28 (branch s28): an SRE's clean-up on a server, each class's edges (filesystem.ts, dispatch.ts, walk.ts).

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});
const ROOT = { cwd: '/root', home: '/root' };
/** Not benign: the batch decision is destructive or unknown. */
function destructive(command: string, context: { cwd: string; home: string; host?: string } = ROOT): boolean {
  const line = JSON.stringify({ id: 'x', input_type: 'command', input: command, context });
  return (JSON.parse(classifyBatchLine(line, classifier, EMPTY_INVENTORY)) as { decision: string }).decision !== 'benign';
}

test('containers\' json-file logs emptied, by name or glob; not the rest of their folders', () => {
  assert.equal(destructive('sudo truncate -s 0 /var/lib/docker/containers/*/*-json.log'), false);
  assert.equal(destructive("sudo sh -c 'truncate -s 0 /var/lib/docker/containers/*/*-json.log'"), false);
  assert.equal(destructive('sudo truncate -s 0 /var/lib/docker/containers/*/*'), true);
  assert.equal(destructive('sudo truncate -s 0 /var/lib/docker/containers/*/config.v2.json'), true);
  assert.equal(destructive('sudo rm -rf /var/lib/docker/containers/*'), true);
});

test('tee of empty input empties its files as `: >` does; appending nothing changes nothing', () => {
  assert.equal(destructive(': | sudo tee /srv/shop/shared/log/production.log', { cwd: '/srv/shop', home: '/home/deploy' }), false);
  assert.equal(destructive('true | tee /var/log/app/worker.log'), false);
  assert.equal(destructive(': | sudo tee -a /var/log/syslog'), false);
  assert.equal(destructive(': | sudo tee /etc/hosts'), true);
  assert.equal(destructive('true | sudo tee /var/log/auth.log'), true);
  assert.equal(destructive("echo 'x' | sudo tee /var/log/app/worker.log /etc/hosts"), true);
  assert.equal(destructive('false | sudo tee /etc/hosts'), true);
});

test('an app\'s logs moved elsewhere keep their lines; system records and where they land stay judged', () => {
  assert.equal(destructive('sudo mv /var/log/app/huge.log /data/archive/huge.log'), false);
  assert.equal(destructive('rsync -a --remove-source-files /var/log/shop/archive/ logs:/archive/shop/'), false);
  for (const mv of ['sudo mv /var/log/syslog /tmp/', 'sudo mv /var/log/nginx /data/', 'sudo mv /var/log/audit /data/', 'sudo mv /var/log/app/logs/audit.log /tmp/', 'sudo mv /var/log/app/x.log /etc/passwd', 'rsync -a --remove-source-files /var/log/journal/ b:/j/']) {
    assert.equal(destructive(mv), true, mv);
  }
});

test('a forced or lazy unmount is destructive wherever; a plain one of a mount set aside is not', () => {
  for (const u of ['sudo umount -f /mnt/shared', 'sudo umount -l /mnt/usb', 'sudo umount -lf /media/backup', 'sudo umount --lazy /mnt/iso', 'sudo umount --force /mnt/nfs']) assert.equal(destructive(u), true, u);
  for (const u of ['sudo umount /mnt/usb', 'sudo umount -v /mnt/iso', 'sudo umount -t nfs4 /mnt/nfs']) assert.equal(destructive(u), false, u);
});

test('sites-enabled links of a placeholder, maintenance page or preview site; live and staging sites stay', () => {
  for (const site of ['/etc/nginx/sites-enabled/default', '/etc/nginx/sites-enabled/maintenance', '/etc/nginx/sites-enabled/maintenance.conf', '/etc/nginx/sites-enabled/shop-preview', '/etc/nginx/sites-enabled/pr-412', '/etc/apache2/sites-enabled/api-dev.conf']) {
    assert.equal(unservedSiteLink(site), true, site);
  }
  for (const site of ['/etc/nginx/sites-enabled/shop.conf', '/etc/nginx/sites-enabled/shop-staging-preview', '/etc/nginx/sites-enabled/shop-prod-preview', '/etc/nginx/sites-available/maintenance', '/etc/nginx/sites-enabled/maintenance-old-api', '/etc/nginx/conf.d/maintenance.conf']) {
    assert.equal(unservedSiteLink(site), false, site);
  }
  assert.equal(destructive('sudo a2dissite maintenance && sudo systemctl reload apache2'), false);
  assert.equal(destructive('sudo a2dissite shop && sudo systemctl reload apache2'), true);
  assert.equal(destructive('sudo rm -f /etc/nginx/sites-enabled/*'), true);
});

test('ncdu reads; its export is a file written', () => {
  assert.equal(destructive('sudo ncdu -x /'), false);
  assert.equal(destructive('ncdu -o /tmp/du.json /'), false);
  assert.equal(destructive('ncdu -o /etc/passwd /'), true);
});

test('journald.conf takes what its drop-in folder takes; a unit\'s file stays', () => {
  assert.equal(destructive("sudo sed -i 's/^#\\?SystemMaxUse=.*/SystemMaxUse=1G/' /etc/systemd/journald.conf"), false);
  assert.equal(destructive("sudo sed -i 's/^#\\?Storage=.*/Storage=none/' /etc/systemd/journald.conf"), true);
  assert.equal(destructive("sudo sed -i 's/^#\\?MaxRetentionSec=.*/MaxRetentionSec=1h/' /etc/systemd/journald.conf"), true);
  assert.equal(destructive("sudo sed -i 's/^#\\?DNSSEC=.*/DNSSEC=no/' /etc/systemd/resolved.conf"), true);
  assert.equal(destructive("sudo sed -i 's/^Restart=.*/Restart=always/' /etc/systemd/system/api.service"), true);
  assert.equal(destructive("sudo sed -i 's/^#\\?Storage=.*/Storage=auto/' /etc/systemd/system.conf"), true);
});

test('a login hold or package lock removed by name; not the database, a glob or a tree', () => {
  // Round 32 (the lead's answer 343.1): a package manager's lock only after `fuser` shows nothing holds it.
  for (const rm of ['sudo rm -f /etc/nologin', 'sudo rm -f /run/nologin', 'sudo fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock || sudo rm /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock']) assert.equal(destructive(rm), false, rm);
  assert.equal(destructive('sudo rm /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock'), true);
  for (const rm of ['sudo rm /var/lib/dpkg/status', 'sudo rm -rf /var/lib/pacman/', 'sudo rm -f /var/lib/dpkg/*', 'sudo rm -rf /etc/nologin /etc/passwd']) assert.equal(destructive(rm), true, rm);
});

test('an md scrub through sync_action; repair and idle stay', () => {
  assert.equal(destructive('echo check | sudo tee /sys/block/md0/md/sync_action'), false);
  assert.equal(destructive('echo repair | sudo tee /sys/block/md0/md/sync_action'), true);
  assert.equal(destructive('echo idle | sudo tee /sys/block/md0/md/sync_action'), true);
  assert.equal(destructive('echo check | sudo tee /sys/block/sda/queue/scheduler'), true);
});

test('answer 223: chmod -R 777 in a developer\'s workspace is a write; on a server it widens access', () => {
  const dev = { cwd: '/home/dev/src/shop', home: '/home/dev' };
  const server = { cwd: '/home/deploy/shop', home: '/home/deploy' };
  assert.equal(destructive('chmod -R 777 storage bootstrap/cache', dev), false);
  assert.equal(destructive('sudo chmod -R 777 storage', dev), false);
  assert.equal(destructive('chmod -R 777 storage bootstrap/cache', server), true);
  assert.equal(destructive('chmod -R a+w storage', { ...dev, host: 'api-prod-3' }), true);
  for (const mode of ['775', 'go-w', 'u+rwX', '000']) assert.equal(destructive(`chmod -R ${mode} storage`, server), false, mode);
});

test('a temporary root\'s standard mode set again; without the sticky bit, recursively or elsewhere it opens files', () => {
  for (const c of ['sudo chmod 1777 /tmp', 'sudo chmod 01777 /var/tmp', 'sudo chmod +t /dev/shm', 'sudo chmod a=rwxt /tmp']) assert.equal(destructive(c), false, c);
  for (const c of ['sudo chmod 777 /tmp', 'sudo chmod -R 1777 /tmp', 'sudo chmod 1777 /var', 'sudo chmod 1777 /tmp/../etc', 'sudo chmod 1777 /']) assert.equal(destructive(c), true, c);
});
