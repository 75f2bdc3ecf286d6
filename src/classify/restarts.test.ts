import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionContext } from '../core/index.ts';
import { classifyBatchLine, createClassifier, type Classifier } from './index.ts';

// The lead's answer 80 (round 21): a restart of one's own machine comes back by itself; one rule for bash, cmd and PowerShell.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function decide(inputType: 'command' | 'cmd' | 'powershell', input: string, context: Partial<ActionContext> = {}): string {
  const line = JSON.stringify({ id: 'x', input_type: inputType, input, context: { cwd: '/home/dev/app', home: '/home/dev', ...context } });
  return (JSON.parse(classifyBatchLine(line, classifier, EMPTY_INVENTORY)) as { decision: string }).decision;
}

describe('bash', () => {
  test('a restart of this machine, or of a host named for no tier, is a write', () => {
    for (const c of ['reboot', 'sudo reboot', 'systemctl reboot', 'sudo systemctl reboot', 'sudo shutdown -r now', 'sudo init 6', 'ssh build-07 sudo reboot']) assert.equal(decide('command', c), 'benign', c);
  });
  test('forced, halted, powered off, not fixed, or on a production or staging host: destructive', () => {
    for (const c of ['reboot -f', 'sudo reboot --force', 'reboot -ff', 'reboot -n', 'sudo reboot -q', 'halt -q', 'systemctl reboot -f', 'systemctl reboot --force', 'systemctl reboot -i', 'reboot --halt', 'reboot -p', 'poweroff', 'halt', 'systemctl poweroff', 'init 0', 'reboot $FLAGS', 'ssh db-prod-1 sudo reboot', "ssh web-staging-2 'sudo systemctl reboot'", 'systemctl -H prod-web1 reboot']) assert.equal(decide('command', c), 'destructive', c);
    assert.equal(decide('command', 'sudo reboot', { host: 'api-prod-3' }), 'destructive');
  });
});

describe('cmd and PowerShell', () => {
  test('shutdown /r without /f is a write; /f, a power-off beside it or a production or staging machine is not', () => {
    for (const c of ['shutdown /r', 'shutdown /r /t 0', 'shutdown /g /t 0', 'shutdown /r /m \\\\build-agent-07']) assert.equal(decide('cmd', c), 'benign', c);
    for (const c of ['shutdown /r /f', 'shutdown /f /r /t 30', 'shutdown /r /m \\\\prod-sql01', 'shutdown /r /m \\\\web-stg-02', 'shutdown /r /s']) assert.equal(decide('cmd', c), 'destructive', c);
    assert.equal(decide('cmd', 'shutdown /r /t 0', { host: 'web-stg-01' }), 'destructive');
    assert.equal(decide('powershell', 'shutdown /r /f /t 0'), 'destructive');
  });
  test('Restart-Computer: forced or naming a production or staging machine stays destructive', () => {
    for (const c of ['Restart-Computer', 'Restart-Computer -ComputerName build-agent-07']) assert.equal(decide('powershell', c), 'benign', c);
    for (const c of ['Restart-Computer -Force', 'Restart-Computer -ComputerName prod-web01', 'Restart-Computer -ComputerName dev-01,stg-web01']) assert.equal(decide('powershell', c), 'destructive', c);
  });
});
