import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAppLogFile, isContainerLogFile, isReleasedHoldFile } from './paths.ts';

// Round 28 (branch s28): the on-call set's path readings, each with its edges.

test('a container\'s json-file log is an app\'s log; nothing else under its folder', () => {
  const id = '3f2a9c1b7d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8';
  assert.equal(isContainerLogFile(`/var/lib/docker/containers/${id}/${id}-json.log`), true);
  assert.equal(isContainerLogFile(`/var/lib/docker/containers/${id}/${id}-json.log.3`), true);
  assert.equal(isContainerLogFile('/var/lib/docker/containers/*/*-json.log'), true);
  assert.equal(isContainerLogFile('/var/lib/docker/containers/*/*-json.log.*'), true);
  assert.equal(isAppLogFile(`/var/lib/docker/containers/${id}/${id}-json.log`), true);
  for (const not of [
    '/var/lib/docker/containers/*/*',
    '/var/lib/docker/containers/*/config.v2.json',
    `/var/lib/docker/containers/${id}/hostconfig.json`,
    '/var/lib/docker/containers/*',
    '/var/lib/docker/volumes/*/_data/app-json.log',
    '/var/lib/docker/containers/../volumes/x-json.log',
    '/var/lib/docker/containers/*/../../volumes/*-json.log',
  ]) assert.equal(isContainerLogFile(not), false, not);
});

test('a login hold or a package manager\'s stale lock holds no data; the databases beside them do', () => {
  for (const hold of ['/etc/nologin', '/run/nologin', '/var/run/nologin', '/var/lib/pacman/db.lck', '/var/lib/dpkg/lock', '/var/lib/dpkg/lock-frontend', '/var/lib/apt/lists/lock', '/var/cache/apt/archives/lock', '/var/lib/rpm/.rpm.lock']) {
    assert.equal(isReleasedHoldFile(hold), true, hold);
  }
  for (const not of ['/var/lib/dpkg/status', '/var/lib/dpkg', '/var/lib/pacman/local', '/var/lib/dpkg/lock/../status', '/etc/nologin.txt', '/home/dev/nologin', '/var/lib/dpkg/*']) {
    assert.equal(isReleasedHoldFile(not), false, not);
  }
});
