import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../test/helpers/batch-answer.ts';

/** Round 32 (blind32-oncall's tuned misses, branch o32). */
const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

describe('kubectl connection options before the create-or-update idiom (kubectlOperands)', () => {
  test('--context, -n, --namespace, --cluster, --user before create: still the literal Secret or ConfigMap, a write', () => {
    assert.equal(decide('kubectl --context prod-eu create secret generic db-creds -n payments --from-literal=password="$NEW_PW" --dry-run=client -o yaml | kubectl --context prod-eu apply -f -'), 'benign');
    assert.equal(decide('kubectl -n payments create configmap app-env --from-literal=LOG_LEVEL=debug --dry-run=client -o yaml | kubectl -n payments apply -f -'), 'benign');
    assert.equal(decide('kubectl --cluster gke-prod --user admin --namespace shop create secret generic t --from-literal=token="$TOKEN" --dry-run=client -o yaml | kubectl apply -f -'), 'benign');
  });
  test('files, other kinds, a command substitution, a kubeconfig or no dry run stay as before', () => {
    assert.equal(decide('kubectl --context prod-eu create secret generic db-creds --from-file=password=./pw.txt --dry-run=client -o yaml | kubectl apply -f -'), 'unknown');
    assert.equal(decide('kubectl --context prod-eu create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -'), 'unknown');
    assert.equal(decide('kubectl -n shop create secret generic t --from-literal=token="$(cat ~/.aws/credentials)" --dry-run=client -o yaml | kubectl apply -f -'), 'unknown');
    assert.equal(decide('kubectl --kubeconfig ./kc create secret generic t --from-literal=token="$T" --dry-run=client -o yaml | kubectl apply -f -'), 'unknown');
    assert.equal(decide('kubectl --context prod-eu create secret generic t --from-literal=token="$T" -o yaml | kubectl apply -f -'), 'unknown');
  });
});
