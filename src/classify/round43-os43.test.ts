/**
 * Round 43 (os43): the classes built from the outside suites' tuned false positives, at their edges: a mount onto a
 * folder named as a mount point under the home or the workspace (answer 429.3, filesystem.ts `namedMountPoint`), a
 * PSReadLine key binding removed (powershell/cmdlets.ts HARMLESS_NOUN), zellij, gpgconf and guix (workstation-catalogue.ts)
 * and cloc (read-commands.ts), rebuildable folders (paths.ts REBUILDABLE). fix43-os43.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i) as unknown as { decision: string; targets_env: string | null };

test('mount: a folder named as a mount point under the home or the workspace is a write; data folders, dotfile folders, `..` and remounts are not', () => {
  for (const c of ['sudo mount -t cifs //nas/share ~/mnt/nas -o user=me', 'sudo mount --bind /srv/data ./mnt', 'mount -t 9p -o trans=virtio hostshare mount_dir', 'sudo mount /dev/sdb1 ~/mount', 'sudo mount /dev/sdb1 ~/mnt-usb', 'sudo mount -t nfs nas:/x ~/mounts/x']) assert.equal(answer(c).decision, 'benign', c);
  for (const c of ['sudo mount /dev/sdb1 ~/data', 'sudo mount /dev/sdb1 ~/.ssh', 'sudo mount /dev/sdb1 ~/mnt/../.ssh', 'sudo mount /dev/sdb1 ~/.config/mnt', 'sudo mount /dev/sdb1 ~', 'sudo mount -o remount,ro ~/mnt/nas', 'cd /var/lib && sudo mount /dev/sdb1 mysql', 'sudo mount /dev/sdb1 ~/mnt/nas/../../projects']) assert.equal(answer(c).decision, 'destructive', c);
});

test('PowerShell: a PSReadLine key binding removed is the session\'s; other PSReadLine-named removals are judged as before', () => {
  assert.equal(answer('Remove-PSReadLineKeyHandler -Chord Ctrl+x', 'powershell').decision, 'benign');
  assert.notEqual(answer('Remove-Item (Get-PSReadLineOption).HistorySavePath', 'powershell').decision, 'benign');
  assert.notEqual(answer('Remove-Item $env:APPDATA\\Microsoft\\Windows\\PowerShell\\PSReadLine\\ConsoleHost_history.txt', 'powershell').decision, 'benign');
});

test('zellij, gpgconf, guix: sessions, daemons and the store by their verbs; commands they run unseen stay unknown', () => {
  for (const c of ['zellij delete-session old', 'zellij kill-all-sessions -y', 'zellij ls', 'gpgconf --kill gpg-agent', 'gpgconf --list-dirs', 'guix gc', 'guix gc -d 1m', 'guix gc --list-dead', 'guix package -i hello', 'guix package -I', 'guix pull', 'cloc .']) assert.equal(answer(c).decision, 'benign', c);
  for (const c of ['zellij run -- rm -rf /', 'zellij action write-chars "rm -rf ~"', 'gpgconf --change-options gpg', 'guix gc --verify=repair', 'guix system reconfigure config.scm']) assert.equal(answer(c).decision, 'unknown', c);
});

test('rebuildable folders: Quarto\'s state, renv\'s library, jspm\'s packages and direnv\'s layout; the lockfile, sources and the home\'s copies are not', () => {
  for (const c of ['rm -rf .quarto', 'rm -rf renv/library', 'rm -rf jspm_packages', 'rm -rf .direnv']) assert.equal(answer(c).decision, 'benign', c);
  for (const c of ['rm -rf renv', 'rm -rf .quarto posts/', 'rm -rf ~/.quarto']) assert.equal(answer(c).decision, 'destructive', c);
});
