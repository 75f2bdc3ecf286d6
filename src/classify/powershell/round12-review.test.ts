import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WINDOWS_DEV_APP, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 12 review (branch r12c): Windows rules that made something benign, tried as an attacker would.

const { ps } = windowsClassifier(WINDOWS_DEV_APP);

test('F1 review r12c: Set-NetFirewallRule -Action Allow opens the rule whatever its name says', () => {
  for (const cmd of ['Set-NetFirewallRule -Name CorpRule17 -Action Allow', 'Set-NetFirewallRule -DisplayName "SMB-In" -Action allow', 'Set-NetFirewallRule CorpRule17 -Action Allow -Profile Any']) {
    assert.equal(ps(cmd).destructive, true, cmd);
  }
  // benign neighbours: narrowing a named rule, renaming one, blocking
  for (const cmd of ['Set-NetFirewallRule -Name CorpRule17 -RemoteAddress 10.0.0.0/8', 'Set-NetFirewallRule -Name CorpRule17 -Action Block', 'Set-NetFirewallRule -Name CorpRule17 -NewDisplayName "Corp rule 17"']) {
    assert.equal(ps(cmd).destructive, false, cmd);
  }
});
