import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { kubectlCreateFromFiles, secretOnPipe, sopsDecryptedFile } from './manifest-sources.ts';

describe('producers whose output is built from files the command names', () => {
  test('kubectl create configmap|secret from files, printed, gives those files', () => {
    assert.deepEqual(kubectlCreateFromFiles('kubectl', ['create', 'secret', 'generic', 'api', '--from-env-file=.env.example', '--dry-run=client', '-o', 'yaml']), { producer: 'kubectl create secret generic api', files: ['.env.example'] });
    assert.deepEqual(kubectlCreateFromFiles('kubectl', ['create', 'configmap', 'c', '--from-file', 'conf=./nginx.conf', '-oyaml', '--dry-run=client'])?.files, ['./nginx.conf']);
    assert.deepEqual(kubectlCreateFromFiles('kubectl', ['create', 'secret', 'tls', 't', '--cert=tls.crt', '--key', 'tls.key', '--dry-run=client', '-o', 'json'])?.files, ['tls.crt', 'tls.key']);
  });

  test('not printed, another kind, standard input, a value not fixed or a kubeconfig leave the pipe unknown', () => {
    assert.equal(kubectlCreateFromFiles('kubectl', ['create', 'configmap', 'c', '--from-file=a.conf']), undefined);
    assert.equal(kubectlCreateFromFiles('kubectl', ['create', 'configmap', 'c', '--from-file=a.conf', '--dry-run=client']), undefined);
    assert.equal(kubectlCreateFromFiles('kubectl', ['create', 'clusterrolebinding', 'x', '--clusterrole=cluster-admin', '--dry-run=client', '-o', 'yaml']), undefined);
    assert.equal(kubectlCreateFromFiles('kubectl', ['create', 'secret', 'generic', 's', '--from-file=-', '--dry-run=client', '-o', 'yaml']), undefined);
    assert.equal(kubectlCreateFromFiles('kubectl', ['create', 'secret', 'generic', 's', null, '--dry-run=client', '-o', 'yaml']), undefined);
    assert.equal(kubectlCreateFromFiles('kubectl', ['create', 'secret', 'generic', 's', '--from-file=a', '--kubeconfig=k', '--dry-run=client', '-o', 'yaml']), undefined);
    // literals only: walk.ts's kubectlCreatePrinted reads it (nothing to bind)
    assert.equal(kubectlCreateFromFiles('kubectl', ['create', 'secret', 'generic', 's', '--from-literal=a=b', '--dry-run=client', '-o', 'yaml']), undefined);
  });

  test('sops prints one file decrypted; in place, an output file or two files are not that', () => {
    assert.equal(sopsDecryptedFile('sops', ['-d', 'secrets/prod/db.enc.yaml']), 'secrets/prod/db.enc.yaml');
    assert.equal(sopsDecryptedFile('sops', ['--decrypt', '--input-type', 'yaml', 'a.yaml']), 'a.yaml');
    assert.equal(sopsDecryptedFile('sops', ['decrypt', 'a.yaml']), 'a.yaml');
    assert.equal(sopsDecryptedFile('sops', ['-d', '-i', 'a.yaml']), undefined);
    assert.equal(sopsDecryptedFile('sops', ['-d', '--output', 'out.yaml', 'a.yaml']), undefined);
    assert.equal(sopsDecryptedFile('sops', ['-d', 'a.yaml', 'b.yaml']), undefined);
    assert.equal(sopsDecryptedFile('sops', ['-e', 'a.yaml']), undefined);
    assert.equal(sopsDecryptedFile('sops', ['-d', null]), undefined);
  });

  test('a Secret kubectl creates and prints is a secret on the pipe; a ConfigMap is not', () => {
    assert.ok(secretOnPipe('kubectl', ['create', 'secret', 'generic', 's', '--from-literal=a=b', '--dry-run=client', '-o', 'yaml']));
    assert.equal(secretOnPipe('kubectl', ['create', 'configmap', 'c', '--from-literal=a=b', '--dry-run=client', '-o', 'yaml']), undefined);
  });
});

describe('a Secret printed only when an output format shows its data', () => {
  test('-o yaml, -ojson, a format not fixed; not -o name or no output', () => {
    assert.ok(secretOnPipe('kubectl', ['create', 'secret', 'generic', 's', '--from-literal=a=b', '-ojson']));
    assert.ok(secretOnPipe('kubectl', ['create', 'secret', 'generic', 's', null, '-o', null]));
    assert.equal(secretOnPipe('kubectl', ['create', 'secret', 'generic', 's', '--from-literal=a=b', '-o', 'name']), undefined);
    assert.equal(secretOnPipe('kubectl', ['create', 'secret', 'generic', 's', '--from-literal=a=b']), undefined);
  });
});
