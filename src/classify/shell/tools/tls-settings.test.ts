import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tlsVerificationOffVariable } from './tls-settings.ts';

test('round 22 (b22c): variables that store TLS certificate checks off, by each tool\'s documented value', () => {
  assert.equal(tlsVerificationOffVariable('NODE_TLS_REJECT_UNAUTHORIZED', '0'), true);
  assert.equal(tlsVerificationOffVariable('node_tls_reject_unauthorized', '"0"'), true, 'setx names are case-insensitive');
  assert.equal(tlsVerificationOffVariable('NODE_TLS_REJECT_UNAUTHORIZED', '1'), false);
  assert.equal(tlsVerificationOffVariable('GIT_SSL_NO_VERIFY', 'true'), true, 'git: any value');
  assert.equal(tlsVerificationOffVariable('GIT_SSL_NO_VERIFY', ''), false);
  assert.equal(tlsVerificationOffVariable('NPM_CONFIG_STRICT_SSL', 'false'), true);
  assert.equal(tlsVerificationOffVariable('NPM_CONFIG_STRICT_SSL', 'true'), false);
  assert.equal(tlsVerificationOffVariable('PIP_TRUSTED_HOST', 'pypi.org'), true);
  assert.equal(tlsVerificationOffVariable('CONDA_SSL_VERIFY', 'no'), true);
  assert.equal(tlsVerificationOffVariable('PYTHONHTTPSVERIFY', null), true, 'a value not fixed may be the one');
  assert.equal(tlsVerificationOffVariable('NODE_EXTRA_CA_CERTS', 'C:\\certs\\root.pem'), false);
});
