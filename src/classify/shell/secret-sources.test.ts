import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isCredentialFileName, secretFileWritten, secretPrinted } from './secret-sources.ts';

describe('commands that print a secret', () => {
  test('secret stores and Kubernetes Secrets printed with their values', () => {
    assert.equal(secretPrinted('kubectl', ['get', 'secret', 'db', '-n', 'shop', '-o', 'yaml']), 'a Kubernetes Secret');
    assert.equal(secretPrinted('kubectl', ['get', 'secret/db', '-ojsonpath={.data}']), 'a Kubernetes Secret');
    assert.equal(secretPrinted('kubectl', ['config', 'view', '--raw']), 'the kubeconfig with its credentials');
    assert.equal(secretPrinted('/usr/local/bin/vault', ['kv', 'get', 'secret/app']), 'a Vault secret');
    assert.equal(secretPrinted('aws', ['secretsmanager', 'get-secret-value', '--secret-id', 'x']), 'an AWS secret');
    assert.equal(secretPrinted('sops', ['-d', 'secrets.enc.yaml']), 'a decrypted sops file');
  });

  test('names only, other resources and redacted views are not secrets', () => {
    assert.equal(secretPrinted('kubectl', ['get', 'secrets', '-n', 'shop']), undefined);
    assert.equal(secretPrinted('kubectl', ['get', 'configmap', 'x', '-o', 'yaml']), undefined);
    assert.equal(secretPrinted('kubectl', ['config', 'view']), undefined);
    assert.equal(secretPrinted('vault', ['status']), undefined);
  });

  test('credential files printed by cat and friends', () => {
    assert.equal(secretPrinted('cat', ['~/.aws/credentials']), 'the credential file `~/.aws/credentials`');
    assert.equal(secretPrinted('base64', ['-w0', '/home/a/.ssh/id_ed25519']), 'the credential file `/home/a/.ssh/id_ed25519`');
    assert.equal(secretPrinted('cat', ['README.md']), undefined);
    assert.ok(isCredentialFileName('.env.production'));
    assert.ok(isCredentialFileName('certs/tls.key'));
    assert.ok(!isCredentialFileName('.env.example'));
    assert.ok(!isCredentialFileName('dist/report.json'));
  });
});

describe('round 28: files a command writes a secret into (secretFileWritten)', () => {
  test('the file operand after the writing subcommand', () => {
    assert.deepEqual(secretFileWritten('firebase', ['auth:export', 'users.json', '--format=json']), { file: 'users.json', what: 'user accounts with their password hashes' });
    assert.equal(secretFileWritten('/usr/local/bin/gcloud', ['iam', 'service-accounts', 'keys', 'create', 'k.json', '--iam-account', 'a@p.iam.gserviceaccount.com'])?.file, 'k.json');
    assert.equal(secretFileWritten('gcloud', ['beta', 'iam', 'service-accounts', 'keys', 'create', 'k.json'])?.file, 'k.json');
  });
  test('no file, a file not fixed, other subcommands, other tools', () => {
    assert.equal(secretFileWritten('firebase', ['auth:export']), undefined);
    assert.equal(secretFileWritten('firebase', ['auth:export', null]), undefined);
    assert.equal(secretFileWritten('firebase', ['auth:import', 'users.json']), undefined);
    assert.equal(secretFileWritten('gcloud', ['iam', 'service-accounts', 'keys', 'list']), undefined);
    assert.equal(secretFileWritten('supabase', ['auth:export', 'users.json']), undefined);
  });
});
