import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { shutdownTimeoutForces } from './windows/tools.ts';
import { tlsVerifyOff } from './shell/tools/tls-verify.ts';

// The lead's answers 85-91 (round 22), where the rule is not obvious from the corpus cases alone.

const answer = batchAnswers();
const decide = (type: string, input: string): string => answer(type, input).decision;

describe('answer 85: shutdown.exe /t above 0 implies /f', () => {
  test('the time-out, read from the lower-cased switch words', () => {
    assert.equal(shutdownTimeoutForces(['/r', '/t', '60']), true);
    assert.equal(shutdownTimeoutForces(['/r', '-t', '1']), true);
    assert.equal(shutdownTimeoutForces(['/r', '/t', '%delay%']), true, 'not fixed: may be above 0');
    assert.equal(shutdownTimeoutForces(['/r', '/t']), true, 'no value: fail closed');
    assert.equal(shutdownTimeoutForces(['/r', '/t', '0']), false);
    assert.equal(shutdownTimeoutForces(['/r', '/t', '000']), false);
    assert.equal(shutdownTimeoutForces(['/r']), false, 'no /t written: answer 80');
  });
  test('a restart with a time-out above 0 is forced in cmd and PowerShell; /t 0 is not', () => {
    for (const type of ['cmd', 'powershell']) {
      assert.equal(decide(type, 'shutdown /r /t 60 /c "updates"'), 'destructive');
      assert.equal(decide(type, 'shutdown /r /t 0'), 'benign');
    }
  });
});

describe('answer 87: Snowflake EXECUTE TASK', () => {
  test('a task whose body the input does not show is unknown', () => {
    assert.equal(decide('sql', 'EXECUTE TASK analytics.tasks.refresh_daily'), 'unknown');
  });
  test('a task created in the same input is judged by its body; AS inside a quoted option is not its start', () => {
    assert.equal(decide('sql', "CREATE OR REPLACE TASK t WAREHOUSE = wh AS INSERT INTO a SELECT * FROM b;\nEXECUTE TASK t;"), 'benign');
    assert.equal(decide('sql', "CREATE OR REPLACE TASK t COMMENT = 'runs as loader' AS DELETE FROM raw.events;\nEXECUTE TASK t;"), 'destructive');
    assert.equal(decide('sql', "CREATE OR REPLACE TASK t COMMENT = 'as ever' AS INSERT INTO a SELECT 1;\nEXECUTE TASK t;"), 'benign');
  });
});

describe('answer 88: a package client\'s TLS verification off in its stored settings', () => {
  test('one table: the key and the value that switches checks off, per client', () => {
    assert.equal(tlsVerifyOff('conda', 'ssl_verify', 'False'), true);
    assert.equal(tlsVerifyOff('conda', 'ssl_verify', '/etc/ssl/corp.pem'), false, 'a CA bundle still checks');
    assert.equal(tlsVerifyOff('npm', 'strict-ssl', 'false'), true);
    assert.equal(tlsVerifyOff('pip', 'global.trusted-host', 'pypi.corp.example'), true, 'any host trusted');
    assert.equal(tlsVerifyOff('npm', 'strict-ssl', null), null, 'not fixed: unknown');
    assert.equal(tlsVerifyOff('npm', 'registry', 'https://x'), false);
    assert.equal(tlsVerifyOff('git', 'http.https://git.corp/.sslVerify', 'no'), true);
  });
  test('stored is destructive, and so is an install told for one command not to verify; a run with the variable is not', () => {
    assert.equal(decide('command', 'npm config set strict-ssl false'), 'destructive');
    assert.equal(decide('command', 'python -m pip config set global.trusted-host h'), 'destructive');
    assert.equal(decide('command', "echo 'export NODE_TLS_REJECT_UNAUTHORIZED=0' >> ~/.bashrc"), 'destructive');
    // Chosen at the round-22 merge (b22k's reading): the install runs code nobody verified (git's one-command `-c` fetches only).
    assert.equal(decide('command', 'pip install --trusted-host h requests'), 'destructive');
    assert.equal(decide('command', 'NODE_TLS_REJECT_UNAUTHORIZED=0 npm test'), 'benign');
  });
});

describe('answer 91: keep-newest-N over one run\'s checkpoints', () => {
  test('newest first, at least one kept, one folder of checkpoint files: retention', () => {
    assert.equal(decide('command', 'ls -t checkpoints/run-1/*.ckpt | tail -n +4 | xargs rm'), 'benign');
    assert.equal(decide('command', 'ls -tr checkpoints/run-1/*.ckpt | tail -n +4 | xargs rm'), 'destructive', 'oldest first');
    assert.equal(decide('command', 'ls -t checkpoints/*/*.ckpt | tail -n +4 | xargs rm'), 'destructive', 'every run');
    assert.equal(decide('command', 'ls -t checkpoints/run-1/*.ckpt | tail -n +1 | xargs rm'), 'destructive', 'none kept');
  });
});
