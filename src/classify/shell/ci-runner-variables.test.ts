import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ciRunnerVariables } from './ci-runner-variables.ts';
import { rootGlobMissesSystemFolders } from '../paths.ts';

describe('CI runner variables in a POSIX shell (round 22, b22r)', () => {
  test('known only in a checkout the runner made', () => {
    // Answer 217 (round 27): the hosted image's tool cache is known there, not on a self-hosted runner.
    assert.deepEqual(Object.fromEntries(ciRunnerVariables('/home/runner/work/shop/shop/web')), { GITHUB_WORKSPACE: '/home/runner/work/shop/shop', RUNNER_TEMP: '/home/runner/work/_temp', AGENT_TOOLSDIRECTORY: '/opt/hostedtoolcache', RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' });
    assert.equal(ciRunnerVariables('/opt/actions-runner/_work/api/api').get('RUNNER_TEMP'), '/opt/actions-runner/_work/_temp');
    assert.equal(ciRunnerVariables('/opt/actions-runner/_work/api/api').get('AGENT_TOOLSDIRECTORY'), undefined);
    assert.equal(ciRunnerVariables('/home/vsts/agent/_work/3/s').get('AGENT_TEMPDIRECTORY'), '/home/vsts/agent/_work/_temp');
    assert.equal(ciRunnerVariables('/var/lib/jenkins/workspace/shop-pr-1').get('WORKSPACE_TMP'), '/var/lib/jenkins/workspace/shop-pr-1@tmp');
    assert.equal(ciRunnerVariables('/builds/acme/shop').get('CI_PROJECT_DIR'), '/builds/acme/shop');
  });
  test('nothing elsewhere, in a folder merely named like one, or with `..`', () => {
    for (const cwd of ['/home/dev/app', '/home/runner/work/shop/other', '/home/dev/_work/x', '/builds', '/builds/acme/shop/sub', '/home/runner/work/../work/a/a', undefined]) {
      assert.equal(ciRunnerVariables(cwd).size, 0, String(cwd));
    }
  });
});

describe('a wildcard directly under / (round 22, b22r)', () => {
  test('a fixed start no system folder begins with cannot reach one', () => {
    for (const p of ['/metro-*', '/haste-map-*', '/react-native-packager-cache-*', '/jest_?s']) assert.equal(rootGlobMissesSystemFolders(p), true, p);
  });
  test('a bare wildcard, a start a system folder shares, a dot or a deeper path is not read so', () => {
    for (const p of ['/*', '/e*', '/us*', '/U*', '/.*', '/b[io]*', '/lib-old*', '/tmp/x*', '/srv/a*', '/sw*']) assert.equal(rootGlobMissesSystemFolders(p), false, p);
  });
});
