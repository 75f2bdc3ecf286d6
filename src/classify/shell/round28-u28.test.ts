import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';

// Round 28 (branch u28): the lead's shell answers 220-224, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

type Ctx = { cwd: string; home: string; host?: string };
const DEV: Ctx = { cwd: '/home/dev/src/shop', home: '/home/dev' };
const OPS: Ctx = { cwd: '/home/ops/src/site', home: '/home/ops', host: 'web-02' };
function sh(command: string, ctx: Ctx = DEV): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
}

test('answer 221: a copy that prunes nothing onto /var/www/html is a deploy; --delete, production, other sources stay', () => {
  for (const c of ['cp -r dist/* /var/www/html/', 'sudo cp -r build/. /var/www/html', 'rsync -a dist/ /var/www/html/']) assert.equal(sh(c, OPS).destructive, false, c);
  for (const c of ['rsync -a --delete dist/ /var/www/html/', 'cp -r ~/old-site/* /var/www/html/', 'cp -r dist/* /var/www/html/uploads/', 'cp -r dist/* /var/www/']) assert.equal(sh(c, OPS).destructive, true, c);
  assert.equal(sh('cp -r dist/* /var/www/html/', { ...OPS, host: 'web-prod-02' }).destructive, true);
});

test('answer 222: a bare glob after `cd TEMP &&` (or with the session there) is the temporary folder\'s contents', () => {
  for (const c of ['cd /tmp && rm -rf *', 'cd /tmp/ && rm -rf -- ./*', 'cd /var/tmp && rm -rf *', 'cd /tmp && ls && rm -rf *']) assert.equal(sh(c).destructive, false, c);
  assert.equal(sh('rm -rf ./*', { cwd: '/tmp', home: '/home/ana' }).destructive, false);
  // `;` lets rm run where the session was when cd fails; `.*` reaches `..`; `..` and the home are not temporary.
  for (const c of ['cd /tmp; rm -rf *', 'cd /tmp && rm -rf .* *', 'cd /tmp && rm -rf ../*', 'cd ~ && rm -rf *', 'cd /var && rm -rf *']) assert.equal(sh(c).destructive, true, c);
  // The guard ends with its list: a later `cd` after `;` is not guarded by the first one.
  assert.equal(sh('(cd /tmp && true); rm -rf *').destructive, true);
});

test('answer 223: chmod -R 777 is a write in a developer\'s workspace, access widened on a server or under a web root', () => {
  for (const c of ['chmod -R 777 storage bootstrap/cache', 'sudo chmod -R 777 .', 'chmod -R a+rwx var/cache', 'chmod -R o+w storage']) assert.equal(sh(c).destructive, false, c);
  const server = [{ cwd: '/home/deploy/shop', home: '/home/deploy', host: 'app-01' }, { cwd: '/root/shop', home: '/root' }, { cwd: '/srv/shop', home: '/home/dev' }, { cwd: '/var/www/shop', home: '/home/dev' }];
  for (const ctx of server) {
    const facts = sh('chmod -R 777 storage', ctx);
    assert.equal(facts.destructive, true, ctx.cwd);
    assert.equal(sh('chmod -R 775 storage', ctx).destructive, false, ctx.cwd);
  }
  assert.equal(sh('chmod -R 777 /tmp/build', { cwd: '/home/deploy/shop', home: '/home/deploy', host: 'app-01' }).destructive, false);
  for (const c of ['chmod -R 777 ~', 'chmod 000 .', 'sudo chmod -R 777 /var/www/shop']) assert.equal(sh(c).destructive, true, c);
});

test('answer 224: ln without -f onto a start-up file stays destructive, other dot-folder links stay writes', () => {
  for (const c of ['ln -s ~/dotfiles/zshrc ~/.zshrc', 'ln -s ~/dotfiles/profile ~/.profile', 'ln -s ~/dotfiles/config.fish ~/.config/fish/config.fish', 'cp -n ~/dotfiles/config.fish ~/.config/fish/config.fish']) {
    assert.equal(sh(c).destructive, true, c);
  }
  for (const c of ['ln -s ~/dotfiles/fish/functions ~/.config/fish/functions', 'ln -s ~/dotfiles/nvim ~/.config/nvim']) assert.equal(sh(c).destructive, false, c);
});

test('answer 220: tar -x into /opt itself stays an overwrite; a folder made new in the line is a write', () => {
  assert.equal(sh('sudo tar -C /opt -xzf tool.tgz').destructive, true);
  assert.equal(sh('sudo mkdir -p /opt/tool/releases/20261206-0500 && sudo tar -xzf tool.tgz -C /opt/tool/releases/20261206-0500').destructive, false);
});

test('answer 248 (the lead): `cd TEMP || exit` guards what follows as `&&` does; another right side or a later cd does not', () => {
  for (const c of ['cd /tmp || exit 1; rm -rf *', 'cd /tmp/build || exit; rm -rf ./*', 'f() { cd /tmp || return; rm -rf *; }; f']) assert.equal(sh(c).destructive, false, c);
  for (const c of ['cd /tmp || echo failed; rm -rf *', 'cd /etc || exit 1; rm -rf *', 'cd /tmp || exit 1; cd ~; rm -rf *']) assert.equal(sh(c).destructive, true, c);
});

test('answer 249 (the lead): one folder opened to everyone without -R on a server or under a web root is access widened', () => {
  const SERVER: Ctx = { cwd: '/var/www/shop', home: '/root' };
  for (const c of ['chmod 777 storage', 'chmod o+w /srv/app/uploads']) assert.equal(sh(c, SERVER).destructive, true, c);
  // A temporary root's own sticky mode and a developer's workspace stay writes.
  for (const c of ['chmod 1777 /tmp', 'chmod 777 /tmp/build']) assert.equal(sh(c, SERVER).destructive, false, c);
  assert.equal(sh('chmod 777 storage').destructive, false);
});
