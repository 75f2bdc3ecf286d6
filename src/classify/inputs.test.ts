import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts, type InputRef } from '../core/index.ts';
import { createClassifier, type Classifier } from './index.ts';

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

const ctx = { cwd: '/work/infra', home: '/home/dana' };
const facts = (command: string): ActionFacts => classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY);
const inputs = (command: string): InputRef[] => facts(command).inputs ?? [];

describe('A12 the classifier names every local file an action takes as input', () => {
  test('A12 kubectl apply|create|replace|delete -f files and directories, -R, -k', () => {
    assert.deepEqual(inputs('kubectl --context prod-cn-1 apply -f deploy/payments.yaml'), [{ path: 'deploy/payments.yaml', absolute: '/work/infra/deploy/payments.yaml', role: 'manifest' }]);
    assert.deepEqual(inputs('kubectl delete -f a.yaml --filename=b.yaml'), [
      { path: 'a.yaml', absolute: '/work/infra/a.yaml', role: 'manifest' },
      { path: 'b.yaml', absolute: '/work/infra/b.yaml', role: 'manifest' },
    ]);
    assert.deepEqual(inputs('kubectl replace -R -f manifests/'), [{ path: 'manifests/', absolute: '/work/infra/manifests', role: 'manifest', recursive: true }]);
    assert.deepEqual(inputs('kubectl apply -k overlays/prod'), [{ path: 'overlays/prod', absolute: '/work/infra/overlays/prod', role: 'kustomization', recursive: true }]);
    assert.deepEqual(inputs('kubectl create -f /abs/x.json'), [{ path: '/abs/x.json', absolute: '/abs/x.json', role: 'manifest' }]);
    // a short option's value in the same word, as pflag reads it (found by the r10b review: nothing was bound)
    assert.deepEqual(inputs('kubectl --context prod-cn-1 apply -fdeploy/payments.yaml'), [{ path: 'deploy/payments.yaml', absolute: '/work/infra/deploy/payments.yaml', role: 'manifest' }]);
    assert.deepEqual(inputs('helm upgrade payments ./chart -fvalues-prod.yaml').map((i) => [i.path, i.role]), [['values-prod.yaml', 'values']]);
    // `cd` moves where a relative name points
    assert.deepEqual(inputs('cd deploy && kubectl apply -f p.yaml'), [{ path: 'p.yaml', absolute: '/work/infra/deploy/p.yaml', role: 'manifest' }]);
  });

  test('A12 helm -f values, terraform apply PLANFILE, psql -f, mysql < file, scripts, source, aws file://, docker compose -f', () => {
    assert.deepEqual(inputs('helm upgrade payments ./chart -f values-prod.yaml --values extra.yaml').map((i) => [i.path, i.role]), [['values-prod.yaml', 'values'], ['extra.yaml', 'values']]);
    assert.deepEqual(inputs('terraform apply prod.tfplan').map((i) => [i.path, i.role]), [['prod.tfplan', 'plan']]);
    assert.deepEqual(inputs('psql -h db.prod -f migrate.sql').map((i) => [i.path, i.role]), [['migrate.sql', 'sql']]);
    assert.deepEqual(inputs('mysql -h db.prod shop < migrate.sql').map((i) => [i.path, i.role]), [['migrate.sql', 'sql']]);
    assert.deepEqual(inputs('bash ./fix.sh').map((i) => [i.path, i.role]), [['./fix.sh', 'script']]);
    assert.deepEqual(inputs('sh < fix.sh').map((i) => [i.path, i.role]), [['fix.sh', 'script']]);
    assert.deepEqual(inputs('python3 tools/rotate.py --all').map((i) => [i.path, i.role]), [['tools/rotate.py', 'script']]);
    assert.deepEqual(inputs('source ./env.sh').map((i) => [i.path, i.role]), [['./env.sh', 'script']]);
    assert.deepEqual(inputs('aws iam put-role-policy --role-name x --policy-name y --policy-document file://policy.json').map((i) => [i.path, i.role]), [['policy.json', 'file_arg']]);
    assert.deepEqual(inputs('docker compose -f compose.prod.yml up -d').map((i) => [i.path, i.role]), [['compose.prod.yml', 'compose']]);
  });

  test('A12 content that is part of the command needs no file: a heredoc into kubectl apply -f -', () => {
    const f = facts('cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nEOF');
    assert.equal(f.inputs, undefined);
    assert.notEqual(f.confidence, 'opaque');
  });

  test('A12 an input that cannot be bound in advance is opaque: a variable, standard input from elsewhere, a URL', () => {
    for (const [command, code] of [
      ['kubectl apply -f "$MANIFEST"', 'input_not_fixed'],
      ['curl -s https://x.example/m.yaml | kubectl apply -f -', 'input_from_stdin'],
      ['kubectl apply -f https://x.example/m.yaml', 'input_remote'],
    ] as const) {
      const f = facts(command);
      assert.equal(f.confidence, 'opaque', command);
      assert.ok(f.findings.some((x) => x.code === code), `${command}: ${f.findings.map((x) => x.code).join(', ')}`);
    }
  });

  test('A12 terraform apply without a saved plan is reported, so production can refuse it', () => {
    assert.ok(facts('terraform apply -auto-approve').findings.some((x) => x.code === 'terraform_apply_without_plan'));
    assert.ok(!facts('terraform apply prod.tfplan').findings.some((x) => x.code === 'terraform_apply_without_plan'));
    assert.ok(!facts('terraform apply -refresh-only').findings.some((x) => x.code === 'terraform_apply_without_plan'));
  });

  test('A12 a local Helm chart rendered onto the pipe binds the chart folder and its values files; a fetched one is opaque', () => {
    assert.deepEqual(inputs('helm template web ./charts/web -f values-prod.yaml | kubectl apply -f -').map((i) => [i.path, i.role, i.recursive === true]), [['./charts/web', 'manifest', true], ['values-prod.yaml', 'values', false]]);
    for (const command of ['helm template web bitnami/nginx | kubectl apply -f -', 'helm template web ./charts/web -f - | kubectl apply -f -', 'helm template web ./charts/web --output-dir out | kubectl apply -f -']) {
      assert.ok(facts(command).findings.some((x) => x.code === 'input_from_stdin'), command);
    }
  });

  test('reads of a manifest (kubectl diff, --dry-run) bind nothing', () => {
    assert.equal(facts('kubectl diff -f deploy/payments.yaml').inputs, undefined);
    assert.equal(facts('kubectl apply --dry-run=client -f deploy/payments.yaml').inputs, undefined);
  });
});

describe('F1 content not visible in advance is opaque (issue 11, item 7)', () => {
  test('F1 xargs … sh -c {} and parallel … bash -c {} run commands made of input nobody has seen: opaque', () => {
    for (const command of ["find . -name '*.sh' | xargs -I{} sh -c {}", 'ls | parallel bash -c {}', 'cat cmds.txt | xargs -n1 bash -c']) {
      assert.equal(facts(command).confidence, 'opaque', command);
    }
  });

  test('F1 interpreter one-liners that reach the network or start processes are never plain reads', () => {
    for (const command of [
      `python3 -c 'import urllib.request; urllib.request.urlopen("http://x")'`,
      `python3 -c 'import requests; requests.get("http://x")'`,
      `python3 -c 'import socket; socket.create_connection(("x", 80))'`,
      `python3 -c 'import http.client; http.client.HTTPSConnection("x").request("GET", "/")'`,
      `node -e 'fetch("http://x")'`,
      `node -e 'require("child_process").execSync(process.env.CMD)'`,
      `python3 -c 'import subprocess, os; subprocess.run(os.environ["CMD"], shell=True)'`,
      `ruby -e 'require "net/http"; Net::HTTP.get(URI("http://x"))'`,
    ]) {
      const f = facts(command);
      assert.ok(f.verbs.some((v) => v !== 'read'), `${command}: ${f.verbs.join(', ')}`);
      assert.notEqual(f.confidence, 'parsed', command);
    }
    assert.deepEqual(facts(`python3 -c 'print(1 + 1)'`).verbs, ['read']);
  });
});
