import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../test/helpers/batch-answer.ts';

/** Round 29 (branch u29): the lead's shell answers 246, 256, 274, 275 and 276, each rule's edges. */
const answer = batchAnswers();
const DEV = { cwd: '/home/dev/app', home: '/home/dev' };
const SRV = { cwd: '/root', home: '/root', host: 'db-03' };
const sh = (command: string, ctx: Record<string, string> = DEV): string => answer('command', command, ctx).decision;
const reason = (command: string, ctx: Record<string, string> = DEV): string => answer('command', command, ctx).reason;

describe('answer 246: a guard that shows a start-up file absent keeps answer 224', () => {
  test('a copy or link into a start-up file the guard shows absent: its text is not shown', () => {
    for (const c of ['test -f ~/.zshrc || ln -s ~/dotfiles/zshrc ~/.zshrc', '[ -e ~/.bashrc ] || cp ~/dotfiles/bashrc ~/.bashrc', '[[ -f ~/.zshrc ]] || cp z ~/.zshrc',
      'test -s ~/.profile || ln -sf ~/dotfiles/profile ~/.profile', '[ -f ~/.config/fish/config.fish ] || ln -s ~/d/config.fish ~/.config/fish/config.fish',
      '[ -f ~/.bash_profile ] || install -m 644 d/bash_profile ~/.bash_profile']) assert.equal(sh(c), 'destructive', c);
  });
  test('shown text, other files, and a copy kept first stay as they were', () => {
    for (const c of ["test -f ~/.bashrc || echo 'alias ll=\"ls -l\"' > ~/.bashrc", "test -f ~/.zshrc || cat > ~/.zshrc <<'EOF'\nexport EDITOR=vim\nEOF",
      'test -f ~/.gitconfig || cp d/gitconfig ~/.gitconfig', 'test -f .env || cp .env.example .env', 'mv ~/.zshrc ~/.zshrc.bak && ln -s ~/dotfiles/zshrc ~/.zshrc',
      'cp ~/.zshrc ~/.zshrc.bak && cp d/zshrc ~/.zshrc']) assert.equal(sh(c), 'benign', c);
  });
});

describe('answer 256: db.fsyncLock() alone is an outage; around a backup copy, answer 138\'s shape', () => {
  const lock = "mongosh --eval 'db.fsyncLock()'";
  const unlock = "mongosh --eval 'db.fsyncUnlock()'";
  test('alone, without its unlock, with another step or another server between', () => {
    for (const c of [lock, `${lock} && rsync -a /var/lib/mongodb/ /backup/m/`, `${lock} && rsync -a --delete /var/lib/mongodb/ /b/ && ${unlock}`,
      `${lock} && rsync -a --remove-source-files /var/lib/mongodb/ /b/ && ${unlock}`, `${lock} && cp -a /var/lib/mongodb /b/m && rm -rf /var/lib/mongodb/journal && ${unlock}`,
      `mongosh --host a --eval 'db.fsyncLock()' && rsync -a /var/lib/mongodb/ /b/ && mongosh --host b --eval 'db.fsyncUnlock()'`,
      "mongosh --eval 'db.fsyncLock(); db.getSiblingDB(\"shop\").orders.countDocuments()'"]) assert.equal(sh(c, SRV), 'destructive', c);
    // The lead's answer 337.5 (round 32): a wait of a minute or less cannot fail, so the unlock after it is reached: it pairs.
    assert.equal(sh(`${lock} && sleep 60 && ${unlock}`, SRV), 'benign');
    assert.equal(sh(`${lock} && sleep 300 && ${unlock}`, SRV), 'destructive');
    assert.match(reason(lock, SRV), /fsyncLock/);
    assert.equal(sh("mongosh --eval 'db.adminCommand({fsync: 1, lock: true})'", SRV), 'destructive');
  });
  test('a backup copy between, or the unlock at once', () => {
    for (const c of [`${lock} && rsync -a /var/lib/mongodb/ /backup/m/ && ${unlock}`, `${lock} && tar czf /backup/m.tgz /var/lib/mongodb && ${unlock}`,
      `${lock} && sudo cp -a /var/lib/mongodb /backup/m && ${unlock}`, `${lock} && sudo lvcreate -s -n snap -L 5G /dev/vg0/mongo && ${unlock}`, `${lock}; ${unlock}`,
      "mongosh --eval 'db.fsyncLock(); db.fsyncUnlock()'", unlock, "mongosh --eval 'db.adminCommand({fsync: 1})'", "mongosh --eval 'db.adminCommand({fsyncUnlock: 1})'"]) assert.equal(sh(c, SRV), 'benign', c);
  });
});

describe('answer 274: Capistrano\'s deploy and deploy:rollback are deploys', () => {
  const DEPLOY = { cwd: '/home/deploy/shop', home: '/home/deploy' };
  test('to the stage it names; other Capfile tasks are not read as deploys', () => {
    for (const c of ['cap production deploy', 'bundle exec cap production deploy:rollback', 'cap staging deploy:rollback ROLLBACK_RELEASE=20261201120000', 'cap production deploy BRANCH=main']) {
      assert.equal(sh(c, DEPLOY), 'benign', c);
    }
    assert.equal(answer('command', 'cap production deploy:rollback', DEPLOY).decision, 'benign');
    assert.notEqual(sh('cap production deploy:cleanup', DEPLOY), 'benign');
    assert.equal(sh('cap production db:drop', DEPLOY), 'destructive');
  });
  test('Capacitor\'s cap is not a stage and a task', () => {
    for (const c of ['npx cap sync ios', 'cap copy android', 'npx cap add android']) assert.equal(sh(c), 'benign', c);
  });
});

describe('answer 275: compressed dumps are data', () => {
  test('.sql, .dump and .bak with gz, bz2, xz or zst', () => {
    for (const c of ['rm shop.sql.gz', 'rm db/orders.dump.gz', 'rm Shop.bak.gz', 'rm s.sql.bz2', 'rm -f dumps/*.sql.xz', 'rm a.sql.zst', 'rm a.dump.zst']) assert.equal(sh(c), 'destructive', c);
    assert.equal(answer('file_write', { path: 'backups/a.sql.gz', operation: 'delete' }).decision, 'destructive');
  });
  test('other compressed files, a temporary dump, and a suffix after the compression', () => {
    for (const c of ['rm logs/app.log.1.gz', 'rm dist/app.js.gz', 'rm -f /tmp/shop.sql.gz', 'rm shop.sql.gz.sha256', 'rm site.tar.gz', 'gzip backups/shop.sql']) assert.equal(sh(c), 'benign', c);
  });
});

describe('answer 276: fsck repairing a mounted filesystem is destructive; an unmounted device a repair', () => {
  test('the root disk, a mount point, every fstab entry, one the line mounted', () => {
    for (const c of ['fsck -y /', 'sudo fsck -y /dev/nvme0n1p1', 'e2fsck -fy /dev/sda1', 'fsck -a /dev/vda1', 'fsck -p /dev/xvda1', 'fsck.ext4 -y /dev/mmcblk0p2', 'fsck -y /srv/data',
      'fsck -AR -y', 'fsck -y', 'fsck -y /dev/root', 'fsck -y /dev/mapper/rhel-root', 'fsck -y /dev/mapper/ubuntu--vg-ubuntu--lv', 'fsck -y LABEL=cloudimg-rootfs',
      'mount /dev/sdb1 /mnt/d && fsck -y /dev/sdb1', 'mount /dev/sdb1 /mnt/d && e2fsck -p /mnt/d', 'mount -a && fsck -y /dev/sdb1']) assert.equal(sh(c, SRV), 'destructive', c);
  });
  test('fail closed: a device not fixed, or one that does not say which filesystem it is', () => {
    for (const c of ['fsck -y "$DEV"', 'fsck -y UUID=3f2a9c1e-8d1b-4c55', 'e2fsck -p /dev/disk/by-uuid/3f2a']) assert.equal(sh(c, SRV), 'unknown', c);
  });
  test('another disk, an image, unmounted first, a check, or mounted ones skipped', () => {
    for (const c of ['fsck -y /dev/sdb1', 'e2fsck -f -y /dev/nvme1n1p1', 'fsck -y /dev/vg0/data', 'fsck -y LABEL=data', 'e2fsck -y rootfs.img', 'fsck.vfat -a /dev/sdc1',
      'fsck -n /dev/sda1', 'e2fsck -fn /', 'fsck /dev/sdb1', 'fsck -AR -y -M', 'umount /mnt/d && fsck -y /dev/sdb1', 'mount /dev/sdb1 /mnt/x; umount /mnt/x; fsck -y /dev/sdb1',
      'fsck -y /dev/sdb1 && mount /dev/sdb1 /mnt/d']) assert.equal(sh(c, SRV), 'benign', c);
  });
});
