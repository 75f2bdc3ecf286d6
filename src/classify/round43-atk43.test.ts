/**
 * Round 43 (atk43): a red team on round 42's excusing and narrowing readings. Each class closed keeps its excuse where it
 * is right (benign) and refuses the look-alike that passed (caught). fix43-atk43.yaml holds the attacks and neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: unknown, t = 'command') => batch(t, i as never) as unknown as { decision: string };
const benign = (t: string, xs: unknown[]) => { for (const x of xs) assert.equal(answer(x, t).decision, 'benign', JSON.stringify(x)); };
const caught = (t: string, xs: unknown[]) => { for (const x of xs) assert.notEqual(answer(x, t).decision, 'benign', JSON.stringify(x)); };
const G = '5d2b0e3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

test('catalogues: replaced kept files, hooks, glued values, zero offsets, getopt order', () => {
  benign('command', [
    'guestfish -a /srv/images/golden.qcow2 -i upload ./motd /etc/motd',
    'lego -m a@b.c -d example.com --dns route53 renew --renew-hook "systemctl reload nginx"',
    'dnssec-settime -I +30d -D +60d Kexample.com.+013+12345',
    'softhsm2-util --init-token --free --label ci-test --so-pin 1234 --pin 1234',
    'icp /tempZone/home/lab/a.h5 /tempZone/home/lab/b.h5',
    'restic -r /srv/restic forget --keep-last 5 --prune',
  ]);
  caught('command', [
    'guestfish -a /var/lib/libvirt/images/web01.qcow2 -i upload /tmp/shadow /etc/shadow',
    'guestfish -a db01.qcow2 -i sh "rm -rf /var/lib/mysql"',
    'lego -m a@b.c -d example.com --dns route53 renew --renew-hook "rm -rf /var/www/html"',
    'dnssec-settime -D +0 Kexample.com.+013+12345',
    'certutil -A -d sql:/etc/pki/nssdb -n evil -tC,, -i evil.pem',
    'softhsm2-util --init-token --free --slot 0 --label new --so-pin 1234 --pin 1234',
    'softhsm2-util --delete-token --token ci-test-token --token prod-root-ca',
    'icp -f /tempZone/home/lab/a.h5 /tempZone/home/lab/b.h5',
    'named-checkzone -D -o /etc/passwd example.com /tmp/x.zone',
    'lxc launch ubuntu:24.04 c1 -c security.privileged=true',
    'restic -r /srv/restic forget --keep-last 5 -l1 --prune',
  ]);
});

test('build output, rewriters and the unknown-program reader', () => {
  benign('command', ['go build -o=bin/x ./cmd/x', 'npx prettier --write src/', 'meson setup --wipe builddir', 'acmectl backups prune --keep-daily 14', 'acmectl cancel-build 12']);
  caught('command', [
    'sudo go build -o=/usr/bin/git ./cmd/x',
    'sudo GOBIN=/usr/bin go install ./cmd/ls',
    'sudo yq --inplace=true ".x = 1" /etc/docker/daemon.json',
    'sudo autopep8 --in-pl /usr/lib/python3/dist-packages/six.py',
    'sudo ruff check /usr/lib/python3/dist-packages/requests --no-fix --fix',
    'sudo clang-format -i /usr/include/stdio.h',
    'acmectl dump db01 --delete-source',
    'acmectl backups prune --keep-daily 0',
    'acmectl cancel-backup nightly',
    'acmectl schedule pause nightly-bkp',
  ]);
});

test('PowerShell: start type 4, ways in, WSMan weakened, Dataverse kept tables', () => {
  benign('powershell', [`Remove-CrmRecord -conn $conn -EntityLogicalName contact -Id ${G}`, 'Set-Item WSMan:\\localhost\\MaxEnvelopeSizekb -Value 8192']);
  caught('powershell', [
    'Set-Service -Name WinRM -StartupType 4',
    'Set-Service -Name sshd -StartupType Disabled',
    'Set-Item WSMan:\\localhost\\Service\\AllowUnencrypted $true',
    `Remove-CrmRecord -conn $conn -EntityLogicalName systemuser -Id ${G}`,
  ]);
});
