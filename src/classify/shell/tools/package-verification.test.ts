import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { aptVerificationOff, condaSslVerifyOff, dnfVerificationOff, goSettingOff, goVerificationOff, npmStrictSslOff, pipTrustedHost, poetryCertOff } from './package-verification.ts';

/** The lead's answer 88: a package client's verification switched off; the settings' other values and readers are not. */

const words = (line: string) => line.split(' ');

describe('package clients verifying what they download', () => {
  test('npm reads the key after config set, set or c set, stored or for one command', () => {
    for (const line of ['config set strict-ssl false', 'config set strict-ssl=false', 'set strict-ssl 0', 'c set --location global strict-ssl false', 'config set registry=https://r.example strict-ssl=false', 'install --no-strict-ssl', 'ci --strict-ssl=false']) assert.equal(npmStrictSslOff(words(line)), true, line);
    for (const line of ['config set strict-ssl true', 'config get strict-ssl', 'config delete strict-ssl', 'config set cafile /etc/ssl/corp.pem', 'install strict-ssl', 'run strict-ssl false']) assert.equal(npmStrictSslOff(words(line)), false, line);
  });
  test('a value that is not fixed may be false', () => {
    assert.equal(npmStrictSslOff(['config', 'set', 'strict-ssl', null]), true);
    assert.equal(condaSslVerifyOff(['config', '--set', 'ssl_verify', null]), true);
  });
  test('pip trusts a host by setting or option; a CA bundle is not trust', () => {
    assert.equal(pipTrustedHost(words('config set global.trusted-host nexus.local')), true);
    assert.equal(pipTrustedHost(words('install --trusted-host=nexus.local x')), true);
    assert.equal(pipTrustedHost(words('config set global.cert /etc/ssl/corp.pem')), false);
    assert.equal(pipTrustedHost(words('config unset global.trusted-host')), false);
  });
  test('poetry and conda: false is off, a path names a bundle', () => {
    assert.equal(poetryCertOff(words('config certificates.nexus.cert false')), true);
    assert.equal(poetryCertOff(words('config certificates.nexus.cert /etc/ssl/corp.pem')), false);
    assert.equal(condaSslVerifyOff(words('config --set ssl_verify False')), true);
    assert.equal(condaSslVerifyOff(words('config --set ssl_verify /etc/ssl/corp.pem')), false);
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
