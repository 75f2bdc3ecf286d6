/**
 * Round 38 (the lead, at the merge): a copy kept earlier in the line (`cp F F.bak && … F`, filesystem.ts file_kept) excuses
 * the overwrite of a configuration file, never of a file that guards access (guardsAccess: sudoers, PAM, the account
 * databases, sshd's settings, authorized_keys): a door opened stays open whatever copy is kept. fix38-lead.yaml holds the
 * neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

test('a kept copy does not excuse a file that guards access', () => {
  for (const c of [
    "cp /etc/sudoers /etc/sudoers.bak && sed -i 's/ALL$/NOPASSWD: ALL/' /etc/sudoers",
    "cp /etc/ssh/sshd_config /etc/ssh/sshd_config.bak && sed -i 's/^PasswordAuthentication no/PasswordAuthentication yes/' /etc/ssh/sshd_config",
    "cp /etc/pam.d/sshd /etc/pam.d/sshd.bak && sed -i '/pam_faillock/d' /etc/pam.d/sshd",
    "cp /etc/shadow /root/shadow.bak && cp /tmp/shadow /etc/shadow",
    "cp ~/.ssh/authorized_keys ~/.ssh/authorized_keys.bak && echo 'ssh-ed25519 AAAA agent' > ~/.ssh/authorized_keys",
  ]) assert.equal(decide(c), 'destructive', c);
});

test('a kept copy still excuses a configuration file, and sshd tightened stays benign', () => {
  for (const c of [
    "cp /etc/hosts /etc/hosts.bak && echo '10.0.0.5 db.internal' > /etc/hosts",
    "cp /etc/ssh/sshd_config /etc/ssh/sshd_config.bak && sed -i 's/^#\\?PasswordAuthentication .*/PasswordAuthentication no/' /etc/ssh/sshd_config",
  ]) assert.equal(decide(c), 'benign', c);
});
