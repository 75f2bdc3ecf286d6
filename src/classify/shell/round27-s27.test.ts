import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';

// Round 27 (branch s27): the lead's answer 217, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function sh(command: string, ctx: { cwd: string; home: string; host?: string } = { cwd: '/home/dev/src/shop', home: '/home/dev' }): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
}

const HOSTED = { cwd: '/home/runner/work/shop/shop', home: '/home/runner' };
const SELF_HOSTED = { cwd: '/home/ci/actions-runner/_work/shop/shop', home: '/home/ci' };
const OPS = { cwd: '/home/ops/src/shop', home: '/home/ops', host: 'web-01' };

test('answer 217: a GitHub-hosted runner\'s preinstalled toolchains are its throwaway machine\'s; nowhere else', () => {
  const freeDisk = 'sudo rm -rf /usr/share/dotnet /usr/local/lib/android /opt/ghc "$AGENT_TOOLSDIRECTORY"';
  assert.equal(sh(freeDisk, HOSTED).destructive, false);
  assert.equal(sh(freeDisk, SELF_HOSTED).destructive, true);
  assert.equal(sh(freeDisk).destructive, true);
  for (const rm of ['sudo rm -rf /usr/local', 'sudo rm -rf /opt', 'sudo rm -rf /usr/share', 'sudo rm -rf /etc/ssl']) assert.equal(sh(rm, HOSTED).destructive, true, rm);
});

test('answer 217: a build copied into one /var/www site is decision 16\'s deploy, not on production or uploads', () => {
  assert.equal(sh('sudo cp -r dist/. /var/www/shop/', OPS).destructive, false);
  assert.equal(sh('cp -r build/* /srv/www/docs/', OPS).destructive, false);
  assert.equal(sh('sudo cp -r dist/. /var/www/shop/', { ...OPS, host: 'web-prod-1' }).destructive, true);
  // The lead's answer 221 (round 28) reaches the default `html` site too (round28-u28.test.ts).
  for (const cp of ['cp -r dist/. /var/www/shop/uploads/', 'cp -r ~/backup/. /var/www/shop/', 'cp config.php /var/www/shop/config.php']) {
    assert.equal(sh(cp, OPS).destructive, true, cp);
  }
});

test('answer 217: tar -x into a stamped folder this input made is a write; anywhere else answer 181', () => {
  assert.equal(sh('sudo mkdir -p /srv/shop/releases/20261206-0215 && sudo tar -xzf shop.tgz -C /srv/shop/releases/20261206-0215', OPS).destructive, false);
  for (const tar of [
    'sudo tar -xzf shop.tgz -C /srv/shop/releases/20261206-0215',
    'mkdir -p /opt/shop && tar -xzf shop.tgz -C /opt/shop',
    'mkdir -p /srv/shop/releases/20261206 && tar -xzPf shop.tgz -C /srv/shop/releases/20261206',
    'mkdir -p /srv/shop/releases/20261206 && tar -xzf shop.tgz -C /srv/shop/current',
  ]) assert.equal(sh(tar, OPS).destructive, true, tar);
});

test('answer 217: ln without -f only creates in the home\'s dot folders; start-up, credential and forced links stay', () => {
  for (const ln of ['ln -s ~/dotfiles/alacritty ~/.config/alacritty', 'ln -s ~/dotfiles/kitty/kitty.conf ~/.config/kitty/kitty.conf']) assert.equal(sh(ln).destructive, false, ln);
  for (const ln of ['ln -sf ~/dotfiles/alacritty ~/.config/alacritty', 'ln -s ~/dotfiles/bashrc ~/.bashrc', 'ln -s ~/dotfiles/gitconfig ~/.gitconfig', 'ln -s ~/dotfiles/ssh_config ~/.ssh/config', 'ln -s /tmp/k ~/.ssh/authorized_keys']) {
    assert.equal(sh(ln).destructive, true, ln);
  }
});

test('answer 217: an app\'s settings in the home written whole are lost; appends, new folders, backups and edits are not', () => {
  for (const w of [
    "echo '{}' > ~/.config/Code/User/settings.json",
    'jq . a.json | tee ~/.config/Code/User/settings.json',
    'cp dotfiles/alacritty.toml ~/.config/alacritty/alacritty.toml',
    "echo '{}' > ~/.cursor/mcp.json",
  ]) assert.equal(sh(w).destructive, true, w);
  for (const w of [
    "echo '// x' >> ~/.config/Code/User/settings.json",
    'cp -n a.json ~/.config/Code/User/settings.json',
    'mkdir -p ~/.config/shopctl && cp shopctl.toml ~/.config/shopctl/config.toml',
    'cp ~/.config/Code/User/settings.json ~/.config/Code/User/settings.json.bak && cp a.json ~/.config/Code/User/settings.json',
    "echo '{}' > .vscode/settings.json",
    'curl -fsSLo ~/.config/nvim/autoload/plug.vim https://example.com/plug.vim',
  ]) assert.equal(sh(w).destructive, false, w);
});

// The lead's answer 222 (round 28): a bare sweep guarded by `&&` after `cd /tmp` is `/tmp/*` too; after `;` it is not.
test('a glob read from a temporary root after cd && is its contents; `;`, `.*`, `..`, other folders stay', () => {
  for (const rm of ['cd /tmp && rm -rf build-* npm-*', 'cd /var/tmp && rm -rf pip-*', 'cd /tmp && rm -rf *', 'cd /tmp && rm -rf ./*']) assert.equal(sh(rm).destructive, false, rm);
  for (const rm of ['cd /tmp; rm -rf *', 'cd /tmp && rm -rf .* *', 'cd /tmp/x && rm -rf ../*', 'cd /var && rm -rf log-*', 'cd ~ && rm -rf build-*']) {
    assert.equal(sh(rm).destructive, true, rm);
  }
});

test('answer 217 reaches rsync without --delete into one /var/www site; --delete, production and other sources stay', () => {
  assert.equal(sh('sudo rsync -a dist/ /var/www/shop/', OPS).destructive, false);
  assert.equal(sh("rsync -av --exclude '*.map' build/ /var/www/docs/", OPS).destructive, false);
  for (const r of ['sudo rsync -a --delete dist/ /var/www/shop/', 'rsync -a ~/restore/ /var/www/shop/']) assert.equal(sh(r, OPS).destructive, true, r);
  assert.equal(sh('sudo rsync -a dist/ /var/www/shop/', { ...OPS, host: 'web-prod-1' }).destructive, true);
});

test('answer 94: hooks switched off for later commands are a safeguard off; one command or a hooks folder is a write', () => {
  for (const g of ['git config core.hooksPath /dev/null', 'git config --global core.hooksPath /dev/null', 'git config set core.hooksPath /dev/null', 'git config alias.cm "commit --no-verify -m"']) {
    assert.equal(sh(g).destructive, true, g);
  }
  for (const g of ['git config core.hooksPath .githooks', "git -c core.hooksPath=/dev/null commit -m 'wip'", 'git config --unset core.hooksPath', "git config alias.st 'status -sb'"]) {
    assert.equal(sh(g).destructive, false, g);
  }
});

test('release retention through a bare sudo is the same retention; one kept, all or another folder stay', () => {
  const ctx = { cwd: '/home/deploy', home: '/home/deploy' };
  assert.equal(sh('ls -1dt /srv/shop/releases/* | tail -n +6 | xargs -r sudo rm -rf', ctx).destructive, false);
  for (const r of ['ls -1dt /srv/shop/releases/* | tail -n +2 | xargs -r sudo rm -rf', 'ls -1dt /srv/shop/releases/* | xargs -r sudo rm -rf', 'ls -1dt /srv/shop/* | tail -n +6 | xargs -r sudo rm -rf']) {
    assert.equal(sh(r, ctx).destructive, true, r);
  }
});
