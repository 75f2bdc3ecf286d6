import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';

// Round 12 review (branch r12c): file-write rules that made something benign, tried as an attacker would.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function sh(command: string, cwd = '/home/dev/app'): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, { cwd, home: '/home/dev' }, EMPTY_INVENTORY);
}

test('D8 review r12c: `rsync --ignore-existing` adds new files only, but a new file in a system folder or ~/.ssh is a grant', () => {
  for (const cmd of [
    'rsync -a --ignore-existing ./evil/ /etc/sudoers.d/',
    'rsync -a --ignore-existing cron/ /etc/cron.d/',
    'rsync -a --ignore-existing units/ /etc/systemd/system/',
    'rsync -a --ignore-existing keys/ ~/.ssh/',
    'rsync --ignore-existing -r keys/ /home/dev/.ssh',
  ]) assert.equal(sh(cmd).destructive, true, cmd);
  // benign neighbours: new files into the workspace, a home folder, a folder outside both
  for (const cmd of ['rsync -a --ignore-existing skel/ ~/', 'rsync -a --ignore-existing photos/ ~/Pictures/', 'rsync -a --ignore-existing assets/ public/', 'rsync -a --ignore-existing out/ /mnt/backup/']) {
    assert.equal(sh(cmd).destructive, false, cmd);
  }
});

test('F1 review r12c: a `cp F F.bak` that copies no content (link, symlink, attributes, no-clobber) keeps nothing for a later overwrite', () => {
  for (const cp of ['cp -l', 'cp --link', 'cp -s', 'cp --symbolic-link', 'cp --attributes-only', 'cp -n', 'cp --no-clobber', 'cp -P', 'cp --no-dereference', 'cp -d']) {
    const cmd = `${cp} ~/.kube/config ~/.kube/config.bak && echo x > ~/.kube/config`;
    assert.equal(sh(cmd).destructive, true, cmd);
  }
  // benign neighbour: a real copy first, then the overwrite (its old content is kept)
  assert.equal(sh('cp ~/.kube/config ~/.kube/config.bak && cp new.yaml ~/.kube/config').destructive, false);
  assert.equal(sh('cp -p ~/.kube/config ~/.kube/config.bak && echo x > ~/.kube/config').destructive, false);
});

test('D8 review r12c: `cp -T` (no target directory) copies into DEST itself, not into a folder under it, so a home folder is overwritten', () => {
  for (const cmd of ['cp -rT dotfiles ~', 'cp -r -T dotfiles /home/dev/', 'cp -r --no-target-directory trip ~/Pictures', 'mv -T stuff ~/Documents']) {
    assert.equal(sh(cmd).destructive, true, cmd);
  }
  // benign neighbours: the round-12 copy into a home user folder, under the source's own name
  assert.equal(sh('cp -r trip ~/Pictures').destructive, false);
  assert.equal(sh('cp -rT build/site dist/site').destructive, false);
});

test('D8 review r12c: `install -d` with a mode or owner changes a folder that exists, as chmod and chown do', () => {
  for (const cmd of ['install -d -m 777 /etc', 'install -d -o dev /etc/sudoers.d', 'install -d --mode=0777 /home/dev', 'install -dg dev /usr/local/bin', 'install -d -m 1777 /var/tmp/x /etc', 'install -d -m a+w /etc']) {
    assert.equal(sh(cmd).destructive, true, cmd);
  }
  // benign neighbours: folders made in the workspace, with or without a mode; a new system folder with no mode
  for (const cmd of ['install -d -m 0700 build/cache', 'install -d out/bin', 'install -d /etc/myapp', 'install -d -m 700 ~/.ssh', 'install -d -m 0755 /etc/myapp', 'install -d -o dev ~/.local/share/app']) assert.equal(sh(cmd).destructive, false, cmd);
});
