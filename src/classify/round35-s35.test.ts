/**
 * Round 35 (s35): the lead's answers 359.1 (a mirror with delete onto a backup folder or a host named for backups loses
 * what only the backup still held: rsync and robocopy), 359.2 (by answer 72 a wildcard is never a scratch name), 359.4
 * (`git branch -D` is destructive unless the line shows the branch merged: a `--merged` listing feeding it, a merged pull
 * request's listing, or a check of the pull request's state earlier in an `&&` list), 359.5 (a `..` after a tool's printed
 * cache folder is not fixed) and 361.5 (the home's XDG cache folder as a whole holds saved logins; a tool's own folder in
 * it stays a cache). fix35-s35.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;
const windows = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };
const caught = (d: string): boolean => d !== 'benign';

test('answer 359.1: rsync with any delete option onto a backup folder or a backup host is destructive; without delete or as a dry run it is not', () => {
  for (const c of ['rsync -aHAX --delete /home/sam/ /mnt/backup/home/sam/', 'rsync -a --delete-after ./ /tmp/app-backup/', 'rsync -a --del src/ ./backups/src/', 'rsync -a --delete-delay dist/ backup01:/srv/shop/static/', 'rsync -a --delete src/ bkp3:/data/src/', 'rsync -a --delete-excluded ~/Pictures/ nas:/volume1/backups/pictures/']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['rsync -a ~/Pictures/ /Volumes/Backup/Pictures/', 'rsync -a /srv/app/ backup01:/srv/app/', 'rsync -avn --delete ~/Pictures/ /Volumes/Backup/Pictures/', 'rsync -a --delete --dry-run src/ /mnt/backup/src/', 'rsync -a --delete dist/ /tmp/preview-site/', 'rsync -az --delete dist/ web1:/srv/shop/static/']) assert.equal(decide(c), 'benign', c);
  // A restore from the backup with delete prunes the source's folder: destructive by the path rules, as before.
  assert.equal(decide('rsync -a --delete /mnt/backup/home/sam/ /home/sam/'), 'destructive');
});

test('answer 359.1: robocopy /MIR or /PURGE onto a backup is destructive, in cmd and PowerShell, on a drive, a share or in %TEMP%', () => {
  for (const type of ['cmd', 'powershell']) {
    for (const c of ['robocopy C:\\Users\\dev\\app D:\\backup\\app /MIR /XD node_modules .git', 'robocopy C:\\src "E:\\Backups\\src" /PURGE /E', 'robocopy dist \\\\backup01\\sites\\pr-412 /MIR', 'robocopy src %TEMP%\\backup\\src /MIR']) assert.equal(answer(type, c, windows).decision, 'destructive', `${type}: ${c}`);
    for (const c of ['robocopy C:\\Users\\dev\\app D:\\backup\\app /E', 'robocopy C:\\src D:\\backup\\src /MIR /L', 'robocopy dist \\\\web01\\sites\\pr-412 /MIR']) assert.equal(answer(type, c, windows).decision, 'benign', `${type}: ${c}`);
  }
});

test('answer 359.2: a wildcard over scratch-named VM disks is no scratch name; one disk by its name is', () => {
  for (const c of ['sudo rm -f /var/lib/libvirt/images/scratch-*.qcow2', 'sudo rm -f /var/lib/libvirt/images/scratch*', 'for f in /var/lib/libvirt/images/scratch-*.qcow2; do sudo rm -f "$f"; done']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['sudo rm -f /var/lib/libvirt/images/scratch-fedora.qcow2', 'virsh vol-delete --pool default scratch-fedora.qcow2']) assert.equal(decide(c), 'benign', c);
});

test('answer 359.4: git branch -D fed by a merged listing or after a check of the pull request state is benign; otherwise destructive', () => {
  for (const c of [
    'git branch --merged main | grep -v main | xargs git branch -D',
    'git branch --merged | grep -vE "^\\*|main" | xargs -r git branch -D',
    'git branch --merged main | sed "s/^..//" | xargs -n1 git branch -D',
    'for b in $(git branch --merged main | grep -v main); do git branch -D "$b"; done',
    'git branch -D $(git branch --merged main | grep -v main)',
    'gh pr list --state merged --json headRefName -q ".[].headRefName" | xargs git branch -D',
    'gh pr view feat/x --json state -q .state | grep -q MERGED && git branch -D feat/x',
    '[ "$(gh pr view feat/x --json state --jq .state)" = MERGED ] && git branch -D feat/x',
  ]) assert.equal(decide(c), 'benign', c);
  for (const c of [
    'git branch -D feat/x',
    'git branch --no-merged main | xargs git branch -D',
    'for b in $(git branch --no-merged main); do git branch -D "$b"; done',
    'git branch -a --merged main | xargs git branch -D',
    'git branch --merged main | grep -o feat | xargs git branch -D',
    'git branch --merged main | sed "s/.*/main/" | xargs git branch -D',
    'git branch --merged main && git branch -D feat/x',
    'gh pr view feat/y --json state -q .state | grep -q MERGED && git branch -D feat/x',
    'gh pr view feat/x --json state -q .state | grep -q OPEN && git branch -D feat/x',
    'gh pr view feat/x --json state -q .state | grep MERGED; git branch -D feat/x',
    'gh pr list --state open --json headRefName -q ".[].headRefName" | xargs git branch -D',
    'git fetch -p && git branch -vv | awk "/: gone]/{print \\$1}" | xargs -r git branch -D',
  ]) assert.equal(decide(c), 'destructive', c);
  // Answer 364.4: git-extras' delete-squashed-branches checks the merge itself; a pushed branch deleted after its push is kept.
  assert.equal(decide('git delete-squashed-branches main'), 'benign');
  assert.equal(decide('git push -u origin feat/x && git branch -D feat/x'), 'benign');
});

test("answer 359.5: a .. after any tool's printed cache folder is not read as the cache's parent", () => {
  for (const c of ['rm -rf "$(npm config get cache)/.."', 'rm -rf "$(pip cache dir)/../x"', 'rm -rf "$(poetry env info --path)/.."', 'rm -rf "$(bazel info output_base)/../.."', 'rm -rf "$(yarn cache dir)/.."', 'rm -rf "$(go env GOCACHE)/.."', 'rm -rf "$(uv cache dir)"/..', 'd=$(pip cache dir); rm -rf "$d/../x"']) assert.ok(caught(decide(c)), c);
  for (const c of ['rm -rf "$(npm config get cache)"', 'rm -rf "$(pip cache dir)/http"', 'rm -rf "$(go env GOMODCACHE)/cache/download"', 'd=$(pip cache dir); rm -rf "$d/http"', 'd=$(pip cache dir); d=/tmp/x; rm -rf "$d/../y"', 'rm -rf "$(poetry env info --path)"']) assert.equal(decide(c), 'benign', c);
});

test("answer 361.5: the home's .cache as a whole holds saved logins; a tool's own folder in it stays a cache", () => {
  for (const c of ['rm -rf ~/.cache', 'rm -rf ~/.cache/*', 'rm -rf $HOME/.cache/', 'sudo rm -rf /root/.cache', "su -c 'rm -rf /root/.cache/*'", 'sudo rm -rf /home/u/.cache', 'rm -rf "${XDG_CACHE_HOME:-$HOME/.cache}"', 'find ~/.cache -mindepth 1 -delete']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['rm -rf ~/.cache/pip', 'rm -rf ~/.cache/huggingface/hub', 'sudo rm -rf /home/*/.cache/pip', 'rm -rf "${XDG_CACHE_HOME:-$HOME/.cache}/pip"', 'rm -rf node_modules/.cache', 'rm -rf .cache', 'rm -rf ~/code/app/.cache']) assert.equal(decide(c), 'benign', c);
  // A session started in the home folder reads its own .cache the same way.
  assert.equal(answer('command', 'rm -rf .cache/*', { cwd: '/home/dev', home: '/home/dev' }).decision, 'destructive');
  assert.equal(answer('command', 'rm -rf .cache/pip', { cwd: '/home/dev', home: '/home/dev' }).decision, 'benign');
});
