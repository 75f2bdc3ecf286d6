/**
 * Round 35 (o35): destructive operations of tools the classifier did not know, found in tldr pages that are outside the
 * tldr sample (no sampled page was opened) and built as classes by "How a case is labelled", the Availability section and
 * answer 295 (clocks): a password reset (a credential in use replaced), `format` of an operand named for a device, an
 * unknown program's `--destructive`, `ko delete`, npm 2FA off, replication slots dropped, exim's queue removal, cephadm's
 * removals, `systemd-firstboot --reset`, yadm's `-f`, git-extras `undo --hard`, Proxmox snapshots and disks, the Exoscale
 * CLI, the machine powered off or suspended, the network taken down, supervisors' stops, AUR helpers' `-Rn`, `apk del
 * --purge`, clocks set by hand and Wi-Fi floods. fix35-o35.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string, type = 'command'): string => answer(type, command).decision;
const all = (label: string, commands: string[], type = 'command'): void => {
  for (const c of commands) assert.equal(decide(c, type) === 'benign' ? 'benign' : 'destructive', label, c);
};

test('a password reset replaces a credential in use, by subcommand or program name; help and other subcommands do not', () => {
  all('destructive', ['elasticsearch-reset-password -u elastic', 'grafana cli admin reset-admin-password s3cret', 'authctl users reset-password bob', 'idp reset_user_passwd --user ci', 'idp reset-password']);
  all('benign', ['elasticsearch-reset-password --help', 'authctl users reset-password --help', 'authctl users list', 'idp password-policy show', 'idp forgot-password-page render']);
});

test("`format` of an operand named for a partition, disk or device formats it; a code formatter's or an output format does not", () => {
  all('destructive', ['bcachefs format path/to/partition', 'fsx format ./disk', 'fsx format block_device', 'bcachefs format /dev/sdb2']);
  all('benign', ['gleam format src/main.gleam', 'pastel format rgb 00ff00', 'tool format --check ./src', 'tool --format json devices', 'tool format diskusage.md']);
});

test('an unknown program\'s `--destructive` names the loss; `--non-destructive` and the tool without it do not', () => {
  all('destructive', ['f3probe --destructive ./usbkey', 'disktool --destructive ./stick']);
  all('benign', ['f3probe ./usbkey', 'disktool --non-destructive ./stick']);
});

test('ko delete is kubectl delete with the same arguments; apply, build and a server dry run are not deletes', () => {
  all('destructive', ['ko delete -f config/', 'ko delete --filename k8s/app.yaml -n shop']);
  all('benign', ['ko apply -f config/', 'ko build ./cmd/app', 'ko delete -f config/ --dry-run=server']);
});

test('npm profile disable-2fa switches a safeguard off; enabling it and reading the profile do not', () => {
  all('destructive', ['npm profile disable-2fa', 'npm profile disable-tfa']);
  all('benign', ['npm profile enable-2fa auth-only', 'npm profile get']);
});

test('pg_recvlogical and pg_receivewal --drop-slot drop a replication slot; creating one and streaming do not', () => {
  all('destructive', ['pg_recvlogical -d app --slot s1 --drop-slot', 'pg_receivewal -S archive --drop-slot']);
  all('benign', ['pg_recvlogical -d app --slot s1 --create-slot -P wal2json', 'pg_recvlogical -d app --slot s1 --start -f -', 'pg_receivewal -D /srv/wal -S archive']);
});

test('exim -Mrm removes queued mail; the queue listings read', () => {
  // The lead's answer 386.1 (round 38): one or a few message ids written out are narrowed (53); ids from input are not.
  all('benign', ['exim -Mrm 1abcde-000001-AB', 'exim4 -Mrm 1abcde-000001-AB']);
  all('destructive', ['exiqgrep -i -f spammer@example.net | xargs exim -Mrm', 'exim -Mrm']);
  all('benign', ['exim -bp', 'exim -bpc', 'exim4 -bV']);
});

test('cephadm rm-cluster and rm-daemon take the cluster or a daemon away; its listings read', () => {
  all('destructive', ['cephadm rm-cluster --fsid abc --force', 'cephadm rm-daemon --name mon.b --fsid abc', 'cephadm --image quay.io/ceph/ceph:v18 rm-cluster --fsid abc']);
  all('benign', ['cephadm ls', 'cephadm check-host', 'cephadm version']);
});

test('systemd-firstboot --reset deletes its files under /etc; on an image it prepares the image', () => {
  all('destructive', ['systemd-firstboot --reset', 'sudo systemd-firstboot --reset']);
  all('benign', ['systemd-firstboot --root /mnt/sysimage --reset', 'systemd-firstboot --image=os.raw --reset', 'systemd-firstboot --hostname lab-1 --root /mnt/x']);
});

test('yadm init -f and clone -f replace the dotfiles repository; without -f they do not', () => {
  all('destructive', ['yadm init -f', 'yadm clone -f https://example.org/me/dots.git']);
  all('benign', ['yadm init', 'yadm clone https://example.org/me/dots.git']);
});

test('git undo --hard drops commits and uncommitted work; a soft undo keeps the changes', () => {
  all('destructive', ['git undo --hard', 'git undo -h', 'git undo 2 --hard']);
  all('benign', ['git undo', 'git undo 2 --soft', 'git undo -s']);
});

test('Proxmox: delsnapshot, an unused disk unlinked, and a restore over a guest with --force lose data', () => {
  all('destructive', ['qm delsnapshot 100 pre', 'pct delsnapshot 200 pre', 'qm disk unlink 100 --idlist unused0,scsi1', 'qm disk unlink 100 --idlist scsi1 --force', 'qm create 100 --archive b.vma.zst --force 1']);
  all('benign', ['qm snapshot 100 pre', 'qm listsnapshot 100', 'qm disk unlink 100 --idlist scsi1', 'qm create 100 --archive b.vma.zst', 'qm create 100 --memory 2048']);
});

test('the Exoscale CLI is a cloud CLI: nested deletes are deletes, lists and creates are not', () => {
  all('destructive', ['exo compute sks nodepool delete c1 np1', 'exo compute instance delete vm1', 'exo dbaas delete pg-1']);
  all('benign', ['exo compute sks nodepool list c1', 'exo compute instance list', 'exo compute instance create web --zone ch-gva-2']);
});

test('the machine powered off or suspended by loginctl, rtcwake, pm-utils and desktop session tools; restarts and locks are writes', () => {
  all('destructive', ['loginctl poweroff', 'loginctl suspend', 'loginctl hybrid-sleep', 'loginctl kill-session 4', 'rtcwake -m mem -s 30', 'rtcwake -m off -s 3600', 'rtcwake -s 60', 'pm-hibernate', 'pm-suspend-hybrid', 'i3exit hibernate', 'gnome-session-quit --power-off', 'xfce4-session-logout --halt']);
  all('benign', ['loginctl reboot', 'loginctl lock-session', 'loginctl show-user dev', 'rtcwake -m no -s 60', 'rtcwake -m show', 'i3exit reboot', 'i3exit lock', 'gnome-session-quit --reboot', 'xfce4-session-logout --reboot', 'pm-suspend --help']);
});

test('the network taken down by connmanctl, iwctl, wpa_cli, iw, rfkill, netctl, networksetup and vpnc; connecting and reading are not', () => {
  all('destructive', ['connmanctl disable ethernet', 'connmanctl disconnect wifi_abc_managed_psk', 'iwctl station wlan0 disconnect', 'iwctl device wlan0 set-property Powered off', 'wpa_cli terminate', 'iw dev wlan0 disconnect', 'iw dev wlan1 del', 'rfkill block all', 'rfkill block wifi', 'netctl stop home', 'networksetup -setnetworkserviceenabled Wi-Fi off', 'vpnc-disconnect']);
  all('benign', ['connmanctl enable ethernet', 'connmanctl technologies', 'iwctl station wlan0 connect home', 'iwctl station wlan0 show', 'wpa_cli reconnect', 'iw dev', 'rfkill unblock all', 'rfkill block bluetooth', 'netctl list', 'networksetup -listallnetworkservices', 'networksetup -setairportpower en0 on']);
});

test('services stopped through s6, monit and an OpenRC runlevel; starting and reading are not', () => {
  all('destructive', ['s6-svc -d /run/service/web', 's6-svc -D /run/service/web', 'monit stop nginx', 'monit stop all', 'openrc shutdown']);
  all('benign', ['s6-svc -u /run/service/web', 's6-svc -r /run/service/web', 'monit start nginx', 'monit summary', 'openrc default']);
});

test('AUR helpers take pacman\'s -Rn; apk del --purge deletes changed configuration', () => {
  all('destructive', ['yay -Rns foo', 'paru -Rn foo', 'pikaur -Rns foo', 'apk del --purge htop']);
  all('benign', ['yay -Rs foo', 'yay -S foo', 'paru -Syu', 'apk del htop', 'apk add htop', 'apk cache clean --purge']);
});

test('answer 295 for other clocks: chronyc settime, hwclock --hctosys and Set-Date jump the clock; syncing and the hardware clock are writes', () => {
  all('destructive', ['chronyc settime 10:00:00', 'hwclock -s', 'hwclock --hctosys']);
  all('benign', ['chronyc tracking', 'chronyc makestep', 'hwclock --systohc', 'hwclock --set --date "2027-01-01 00:00"', 'hwclock']);
  all('destructive', ["Set-Date -Date '2027-01-01 00:00'", 'Set-Date -Adjust 1:00:00'], 'powershell');
  all('benign', ['Get-Date', "Set-Date -Date '2027-01-01' -WhatIf"], 'powershell');
});

test('Wi-Fi deauthentication and authentication floods are outages; tests and beacon floods are not', () => {
  all('destructive', ['aireplay-ng -0 0 -a 00:11:22:33:44:55 wlan0mon', 'aireplay-ng --deauth 3 -a 00:11:22:33:44:55 -c 66:77:88:99:aa:bb wlan0mon', 'mdk4 wlan0mon d', 'mdk3 mon0 a']);
  all('benign', ['aireplay-ng -9 wlan0mon', 'mdk4 wlan0mon b -f list.txt', 'mdk4 --help']);
});

test("Wine's regedit -D deletes a registry key, as reg delete does; grafana's reset after global options is still a reset", () => {
  all('destructive', ['regedit -D "HKEY_CURRENT_USER\\Software\\Acme"', 'regedit /d "HKEY_CURRENT_USER\\Software\\Acme"', 'grafana cli --homepath /usr/share/grafana admin reset-admin-password x']);
  all('benign', ['regedit -E out.reg "HKEY_CURRENT_USER\\Software\\Acme"', 'regedit settings.reg', 'grafana cli --homepath /usr/share/grafana plugins ls']);
});

test('mimikatz event::clear and event::drop end the audit trail; service::delete and service::stop act on a service; its listings read', () => {
  all('destructive', ['mimikatz "event::clear"', 'mimikatz "privilege::debug" "event::drop" exit', 'mimikatz "service::delete spooler"', 'mimikatz "service::stop spooler"'], 'cmd');
  all('benign', ['mimikatz "service::list"', 'mimikatz "event::info"'], 'cmd');
});
