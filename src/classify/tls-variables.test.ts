import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tlsOffVariable } from './stored-commands.ts';

test('round 22 (b22c): variables that store TLS certificate checks off, by each tool\'s documented value', () => {
  assert.equal(tlsOffVariable('NODE_TLS_REJECT_UNAUTHORIZED', '0'), true);
  assert.equal(tlsOffVariable('node_tls_reject_unauthorized', '"0"'), true, 'setx names are case-insensitive');
  assert.equal(tlsOffVariable('NODE_TLS_REJECT_UNAUTHORIZED', '1'), false);
  assert.equal(tlsOffVariable('GIT_SSL_NO_VERIFY', 'true'), true, 'git: any value');
  assert.equal(tlsOffVariable('GIT_SSL_NO_VERIFY', ''), false);
  assert.equal(tlsOffVariable('NPM_CONFIG_STRICT_SSL', 'false'), true);
  assert.equal(tlsOffVariable('NPM_CONFIG_STRICT_SSL', 'true'), false);
  assert.equal(tlsOffVariable('PIP_TRUSTED_HOST', 'pypi.org'), true);
  assert.equal(tlsOffVariable('CONDA_SSL_VERIFY', 'no'), true);
  assert.equal(tlsOffVariable('PYTHONHTTPSVERIFY', null), true, 'a value not fixed may be the one');
  assert.equal(tlsOffVariable('NODE_EXTRA_CA_CERTS', 'C:\\certs\\root.pem'), false);
});
