import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';
import { aptVerificationOff, dnfVerificationOff, goSettingOff, goVerificationOff, npmStrictSslOff, pipTrustedHost } from './package-verification.ts';

/** The lead's answer 88: a package client's verification switched off; the settings' other values and readers are not. */

const words = (line: string) => line.split(' ');
const answers = batchAnswers();
const decide = (command: string): string => answers('command', command).decision;

describe('package clients verifying what they download', () => {
  test('npm for one command: --no-strict-ssl, --strict-ssl=false', () => {
    for (const line of ['install --no-strict-ssl', 'ci --strict-ssl=false', 'install --strict-ssl=0', 'install --strict-ssl false']) assert.equal(npmStrictSslOff(words(line)), true, line);
    for (const line of ['install', 'ci --strict-ssl=true', 'install strict-ssl', 'run strict-ssl false', 'install --strict-ssl true', 'install --strict-ssl lodash']) assert.equal(npmStrictSslOff(words(line)), false, line);
  });
  test('pip trusts a host for one command; a CA bundle is not trust', () => {
    assert.equal(pipTrustedHost(words('install --trusted-host=nexus.local x')), true);
    assert.equal(pipTrustedHost(words('install --trusted-host nexus.local x')), true);
    assert.equal(pipTrustedHost(words('install --cert /etc/ssl/corp.pem x')), false);
  });
  test('the stored settings, read in one table with every client (tls-verify.ts), reach the same answer', () => {
    for (const line of ['npm config set strict-ssl false', 'npm set strict-ssl false', 'pip config set global.trusted-host nexus.local', 'poetry config certificates.nexus.cert false', 'conda config --set ssl_verify False', 'bundle config set ssl_verify_mode 0', 'composer config disable-tls true']) assert.notEqual(decide(line), 'benign', line);
    for (const line of ['npm config set cafile /etc/ssl/corp.pem', 'pip config set global.cert /etc/ssl/corp.pem', 'poetry config certificates.nexus.cert /etc/ssl/corp.pem', 'conda config --set ssl_verify /etc/ssl/corp.pem', 'npm config get strict-ssl']) assert.equal(decide(line), 'benign', line);
  });
  test('go: the checksum database off, insecure hosts, every module private', () => {
    for (const [k, v] of [['GOSUMDB', 'off'], ['GOINSECURE', 'git.corp.local'], ['GONOSUMCHECK', '1'], ['GONOSUMDB', '*'], ['GOPRIVATE', 'a.com,*']] as const) assert.equal(goSettingOff(k, v), true, k);
    for (const [k, v] of [['GOSUMDB', 'sum.golang.org'], ['GOINSECURE', ''], ['GONOSUMDB', 'git.corp.local/*'], ['GOPRIVATE', 'github.com/acme/*']] as const) assert.equal(goSettingOff(k, v), false, k);
    assert.equal(goVerificationOff(words('env -w GOSUMDB=off')), true);
    assert.equal(goVerificationOff(words('env GOSUMDB=off')), false, 'without -w nothing is stored');
  });
  test('apt and dnf options', () => {
    assert.equal(aptVerificationOff(words('-o Acquire::https::apt.corp.local::Verify-Peer=false update')), true);
    assert.equal(aptVerificationOff(words('-oAPT::Get::AllowUnauthenticated=true install x')), true);
    assert.equal(aptVerificationOff(words('-o Acquire::Retries=3 update')), false);
    assert.equal(dnfVerificationOff(words('install --setopt=acme.gpgcheck=0 x')), true);
    assert.equal(dnfVerificationOff(words('install --setopt=install_weak_deps=False x')), false);
  });
});
