import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../../test/helpers/windows-classifier.ts';

// Round 28, the lead's attacks on the merged Windows rules: SMB 1.0 turned on as a feature, and a site folder given to
// its own application pool through the tree.

const { ps, cmd } = windowsClassifier({ cwd: 'C:\\Windows\\system32', home: 'C:\\Users\\Administrator' });

test('SMB 1.0 installed or enabled as a Windows feature is a safeguard off; other features and SMB 1.0 removed are not', () => {
  for (const c of ['Enable-WindowsOptionalFeature -Online -FeatureName SMB1Protocol', 'Enable-WindowsOptionalFeature -Online -FeatureName SMB1Protocol-Server -NoRestart', 'Install-WindowsFeature FS-SMB1', 'Add-WindowsFeature -Name FS-SMB1'])
    assert.ok(!benign(ps(c)), c);
  assert.ok(!benign(cmd('dism /online /enable-feature /featurename:SMB1Protocol')));
  for (const c of ['Disable-WindowsOptionalFeature -Online -FeatureName SMB1Protocol', 'Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Windows-Subsystem-Linux', 'Install-WindowsFeature Web-Server -IncludeManagementTools'])
    assert.ok(benign(ps(c)), c);
  for (const c of ['dism /online /enable-feature /featurename:NetFx3 /all', 'dism /online /disable-feature /featurename:SMB1Protocol']) assert.ok(benign(cmd(c)), c);
});

test("an IIS site's own folder granted to named accounts through the tree is a write; everyone, wwwroot itself, system folders stay", () => {
  for (const c of ['icacls C:\\inetpub\\wwwroot\\shop /grant "IIS AppPool\\shop":(OI)(CI)RX /t', 'icacls C:\\inetpub\\wwwroot\\shop\\uploads /grant "IIS AppPool\\shop":(OI)(CI)M /t'])
    assert.ok(benign(cmd(c)), c);
  for (const c of ['icacls C:\\inetpub\\wwwroot\\shop /grant Everyone:(OI)(CI)F /t', 'icacls C:\\inetpub\\wwwroot /grant "IIS AppPool\\shop":(OI)(CI)RX /t', 'icacls C:\\inetpub\\wwwroot\\shop /grant:r "IIS AppPool\\shop":(OI)(CI)RX /t', 'icacls C:\\Windows\\System32\\config /grant bob:(OI)(CI)R /t'])
    assert.ok(!benign(cmd(c)), c);
});
