/**
 * Round 41 (nxs41): the lead's answers left from round 40 as classes. 416.3: an unknown program's help beside a
 * destructive word counts only before the first operand after the subcommand words; 417.2: a named production place over
 * a test name; 416.2: `lab` between two parts of a host label names dev; 416.4: ansible's pattern, limit and inventory
 * intersect (an excluded group names nothing); 419.26 and 420.1's cd form: a catalogue rule's written path read where the
 * line leaves it (its `cd`, its links). fix41-nxs41.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { heuristicEnvironment } from './environment.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: string, t = 'command') => batch(t, i);

test('416.3: help after an operand of a destructive word does not excuse an unknown program', () => {
  for (const c of ['vaultctl secret delete prod-db-creds --help', 'meshctl stop web-frontend --help', 'blobctl obliterate bucket-main --help', 'diskctl --wipe-all store-01 --help', 'widgetctl db drop orders -help']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['widgetctl db drop orders --help', 'shopadmin db:reset tenant-main --help']) assert.notEqual(answer(c).decision, 'benign', c);
  for (const c of ['bin/rails db:drop --help', 'php artisan migrate:fresh --seed --help', 'npx prisma migrate reset --help', 'widgetctl db drop -help']) assert.equal(answer(c).decision, 'benign', c);
  for (const c of ['vaultctl secret delete --help', 'zorpctl destroy --help env-main', 'zorpctl --help destroy env-main', 'meshctl stop --help', 'zorpctl help destroy env-main', 'vaultctl secret get prod-db-creds --help', 'acmectl purge -h']) assert.equal(answer(c).decision, 'benign', c);
});

test('417.2: production named beside a test name reports production', () => {
  for (const c of ['kubectl --context prod-eu delete ns scratch', 'govc vm.power -off -dc prod-dc3 scratch-12', 'helm --kube-context production uninstall test-release']) {
    const r = answer(c);
    assert.equal(r.decision, 'destructive', c);
    assert.equal(r.targets_env, 'production', c);
  }
});

test('416.2: lab between two parts of a host label names dev; lab last, one-label names and look-alikes name nothing', () => {
  for (const n of ['esx-lab-07.corp.example.com', 'pve-lab-03.corp.example.com', 'esx-lab07-a.corp.example.com']) assert.equal(heuristicEnvironment(n), 'dev', n);
  for (const n of ['k8s-lab.corp.example.com', 'ana-lab.example.com', 'ana-lab', 'k8s-lab', 'esx-label-07.corp.example.com', 'esx-labs-07.corp.example.com', 'web-collab-01.corp.example.com', 'esx-lab-07.conf']) assert.equal(heuristicEnvironment(n), null, n);
  assert.equal(heuristicEnvironment('esx-lab-prod-2.corp.example.com'), 'production');
});

test('416.4: ansible hosts are the pattern within the limit; an excluded or partial lab names nothing', () => {
  const reboot = '-m cisco.nxos.nxos_reboot -a confirm=true';
  for (const p of ['all -l dc1_lab', 'nxos --limit lab_nxos', "'nxos:&lab'", '-i inventories/dc1/hosts.yml all -l dc1_lab']) {
    const r = answer(`ansible ${p} ${reboot}`);
    assert.equal(r.decision, 'benign', p);
    assert.equal(r.targets_env, 'dev', p);
  }
  for (const p of ["all -l '!dc1_lab'", "'all:!lab'", "'lab_nxos:core_nxos'", 'all -l "$T"']) assert.equal(answer(`ansible ${p} ${reboot}`).decision, 'destructive', p);
  assert.equal(answer(`ansible prod_nxos -l dc1_lab ${reboot}`).targets_env, 'production');
});

test('419.26 and 420.1: a catalogue rule writes where the line leaves it (cd, links)', () => {
  for (const c of ['ln -sf ~/.config/solana/validator-keypair.json /tmp/k.json && solana-keygen new --force -o /tmp/k.json', 'cd /etc/opendkim/keys && opendkim-genkey -s mail', 'cd /etc/dkimkeys/x; opendkim-genkey -s default -D .', 'cd "$D" && opendkim-genkey -s mail', 'ln -s /etc/opendkim/keys /tmp/k && opendkim-genkey -s mail -D /tmp/k']) assert.equal(answer(c).decision, 'destructive', c);
  for (const c of ['solana-keygen new --force -o /tmp/k.json', 'ln -sf ~/.config/solana/id.json /tmp/k.json && solana-keygen new -o /tmp/k.json', 'cd /tmp/dkim-new && opendkim-genkey -s mail', 'cd /etc/opendkim/keys && opendkim-genkey -s mail -D /tmp/newkeys', 'opendkim-genkey -s mail -D ./out']) assert.equal(answer(c).decision, 'benign', c);
});
