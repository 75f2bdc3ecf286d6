import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../test/helpers/batch-answer.ts';
import { repairWithParameters } from '../powershell/repair.ts';

/** Round 29 (the lead's answers 269 and 270, and the server-role twin, branch v29): the edges of each class. */
const answer = batchAnswers({ cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' });
const ps = (input: string, context?: Record<string, string>): string => answer('powershell', input, context).decision;
const cmd = (input: string, context?: Record<string, string>): string => answer('cmd', input, context).decision;
const on = (host: string) => ({ cwd: 'C:\\Users\\deploy', home: 'C:\\Users\\deploy', host });

describe('answer 269: a pull request\'s site folder on a machine named for production', () => {
  test('the session\'s host refuses the preview reading', () => {
    assert.equal(cmd('rd /s /q C:\\inetpub\\wwwroot\\shop-pr-88', on('web-prod-02')), 'destructive');
    assert.equal(ps('Remove-Item C:\\inetpub\\wwwroot\\shop-pr-88 -Recurse -Force', on('web-prod-02')), 'destructive');
    assert.equal(cmd('rd /s /q C:\\inetpub\\wwwroot\\shop-pr-88', on('web-stg-01')), 'benign');
  });
  test('a share names its own machine, whatever the session\'s host', () => {
    assert.equal(cmd('rd /s /q \\\\web-prod-01\\c$\\inetpub\\wwwroot\\shop-pr-88', on('web-stg-01')), 'destructive');
    assert.equal(cmd('rd /s /q \\\\web-dev-01\\c$\\inetpub\\wwwroot\\shop-pr-88', on('web-prod-02')), 'benign');
  });
});

describe('answer 270: the repair keeps a parameter\'s digits', () => {
  test('the repaired text has `_`, the map the name as typed, by where it starts', () => {
    const r = repairWithParameters('Set-X -IPv4Address 10.0.0.1 -Name $env:TEMP\\x');
    assert.equal(r.text.slice(0, 19), 'Set-X -IPv_Address ');
    assert.deepEqual([...r.parameters], [[6, '-IPv4Address']]);
    assert.deepEqual([...repairWithParameters('Set-X -EnableSMB1Protocol:$true').parameters], [[6, '-EnableSMB1Protocol']]);
  });
  test('SMB 1 and SMB 2 are two parameters', () => {
    assert.equal(ps('Set-SmbServerConfiguration -EnableSMB1Protocol $true -Force'), 'destructive');
    assert.equal(ps('Set-SmbServerConfiguration -EnableSMB2Protocol $true -Force'), 'benign');
    assert.equal(ps('Set-SmbServerConfiguration -Confirm:$false -EnableSMB1Protocol:$true'), 'destructive');
  });
  test('a parameter after a lengthening repair keeps its name', () => {
    assert.equal(ps('Copy-Item $env:TEMP\\x C:\\y; Set-SmbServerConfiguration -EnableSMB1Protocol $true -Force'), 'destructive');
  });
});

describe('the server-role twin: one reading of the features named', () => {
  test('disabling reads the names as enabling does', () => {
    assert.equal(ps('Disable-WindowsOptionalFeature -Online IIS-WebServerRole'), 'destructive');
    assert.equal(ps('Disable-WindowsOptionalFeature -Online -FeatureName:IIS-WebServerRole'), 'destructive');
    assert.equal(ps('Disable-WindowsOptionalFeature -Online -FeatureName TelnetClient'), 'benign');
    assert.equal(ps('Enable-WindowsOptionalFeature -Online -FeatureName:SMB1Protocol'), 'destructive');
  });
});
