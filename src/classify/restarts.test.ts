import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionContext } from '../core/index.ts';
import { classifyBatchLine, createClassifier, type Classifier } from './index.ts';
import { restartedStops, waitOf, type ServiceStep } from './restarts.ts';

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

// The lead's answers 337.5 and 342.5 (round 32): one restart-pairing rule for the three shells (restartedStops): a stop
// pairs with its start when the start is reached whatever the work between does, never across a wait over a minute.
describe('one restart-pairing rule for bash, cmd and PowerShell (answers 337.5 and 342.5)', () => {
  const step = (s: Partial<ServiceStep>): ServiceStep => ({ stops: null, starts: [], wait: false, mayEnd: false, then: 'always', ...s });
  const stop = step({ stops: 'S' });
  const start = step({ starts: ['S'] });
  test('the rule over steps: the start\'s own chain decides, and a long wait or an end between breaks it', () => {
    assert.deepEqual([...restartedStops([stop, step({ then: 'on-success' }), step({}), start])], [0], 'stop; a && b; start');
    assert.deepEqual([...restartedStops([stop, step({ then: 'on-failure' }), step({}), start])], [0], 'stop; a || b; start');
    assert.deepEqual([...restartedStops([stop, step({ then: 'on-failure' }), start])], [], 'stop; a || start');
    assert.deepEqual([...restartedStops([stop, step({ longWait: true }), start])], [], 'stop; sleep 3600; start');
    assert.deepEqual([...restartedStops([{ ...stop, then: 'on-success' }, step({ then: 'on-success' }), start])], [], 'stop && work && start');
    assert.deepEqual([...restartedStops([{ ...stop, then: 'on-success' }, step({ then: 'on-success', flowFor: (k) => k === 'S' }), start])], [0], 'a documented flow for this stop');
    assert.deepEqual([...restartedStops([{ ...stop, then: 'on-success' }, step({ then: 'on-success', flowFor: (k) => k === 'T' }), start])], [], 'a flow for another stop');
    assert.deepEqual(waitOf(60), { wait: true, longWait: false });
    assert.deepEqual(waitOf(61), { wait: false, longWait: true });
    assert.deepEqual(waitOf(null), { wait: false, longWait: true });
  });
  test('bash: nothing between, or work between statements, pairs; work inside the chain, a long wait, exit or set -e does not', () => {
    for (const c of ['sudo rabbitmqctl stop_app && sudo rabbitmqctl start_app', 'systemctl stop nginx; certbot renew; systemctl start nginx', 'systemctl stop nginx\ncertbot renew\nsystemctl start nginx', 'systemctl stop nginx && sleep 5 && systemctl start nginx', 'systemctl stop nginx; sleep 1m; systemctl start nginx', 'systemctl stop nginx; certbot renew && echo ok; systemctl start nginx', 'systemctl stop nginx; certbot renew || true; systemctl start nginx'])
      assert.equal(decide('command', c), 'benign', c);
    for (const c of ['systemctl stop nginx && certbot renew && systemctl start nginx', 'systemctl stop nginx; sleep 120; systemctl start nginx', 'systemctl stop nginx; sleep $WAIT; systemctl start nginx', 'set -e; systemctl stop nginx; certbot renew; systemctl start nginx', 'systemctl stop nginx; certbot renew || exit 1; systemctl start nginx', 'systemctl stop nginx; certbot renew || systemctl start nginx', 'systemctl stop nginx & systemctl start nginx', 'sudo rabbitmqctl stop && sudo rabbitmqctl start_app', 'sudo rabbitmqctl stop_app && sudo rabbitmqctl reset && sudo rabbitmqctl start_app'])
      assert.equal(decide('command', c), 'destructive', c);
  });
  test('cmd: a batch file\'s lines pair as `&`; not across `&&` work, `exit`, `pause` or a wait over a minute', () => {
    for (const c of ['net stop W3SVC & copy a b & net start W3SVC', '@echo off\nnet stop W3SVC\ncopy a b\nnet start W3SVC', 'net stop W3SVC\ntimeout /t 30 /nobreak >nul\nnet start W3SVC', 'net stop W3SVC && ping -n 6 127.0.0.1 >nul && net start W3SVC'])
      assert.equal(decide('cmd', c), 'benign', c);
    for (const c of ['net stop W3SVC && copy a b && net start W3SVC', 'net stop W3SVC & timeout /t 3600 & net start W3SVC', '@echo off\nnet stop W3SVC\nping -n 86400 10.0.0.5 >nul\nnet start W3SVC', 'net stop W3SVC\npause\nnet start W3SVC', 'net stop W3SVC\nexit /b 0\nnet start W3SVC', 'net stop W3SVC\ncopy %SRC% C:\\inetpub\\wwwroot\nnet start W3SVC'])
      assert.equal(decide('cmd', c), 'destructive', c);
  });
  test('PowerShell: Start-Sleep over a minute, or of a length not fixed, breaks the pairing', () => {
    for (const c of ['Stop-Service MySQL80; Start-Sleep 5; Start-Service MySQL80', 'Stop-Service MySQL80 && Start-Sleep -Milliseconds 500 && Start-Service MySQL80', 'Stop-Service MySQL80; Start-Sleep -Seconds 60; Start-Service MySQL80'])
      assert.equal(decide('powershell', c), 'benign', c);
    for (const c of ['Stop-Service MySQL80; Start-Sleep -Seconds 600; Start-Service MySQL80', 'Stop-Service MySQL80; Start-Sleep $n; Start-Service MySQL80', 'Stop-Service MySQL80; Start-Sleep -Duration 00:05:00; Start-Service MySQL80'])
      assert.equal(decide('powershell', c), 'destructive', c);
  });
});
