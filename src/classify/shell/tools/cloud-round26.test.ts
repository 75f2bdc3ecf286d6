import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';

/** Round 26 (blind26-cl and the cloud and Kubernetes kinds' tuned misses, branch k26c). */
const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

describe('a Job named for one numbered run (KUBE_DISPOSABLE jobs)', () => {
  test('a run number, a date with a run after it, a CronJob minute', () => {
    assert.equal(decide('kubectl delete job db-migrate-4821 -n payments'), 'benign');
    assert.equal(decide('kubectl delete job db-migrate-20261204-1 -n payments'), 'benign');
    assert.equal(decide('kubectl delete job nightly-report-28913520 -n reports'), 'benign');
  });
  test('no number, a version, every Job, a bare number', () => {
    assert.equal(decide('kubectl delete job db-migrate -n payments'), 'destructive');
    assert.equal(decide('kubectl delete job reindex-v2 -n search'), 'destructive');
    assert.equal(decide('kubectl delete jobs --all -n billing'), 'destructive');
    assert.equal(decide('kubectl delete job 20261204 -n x'), 'destructive');
  });
});

describe('CI runs\' and pull requests\' prefixes in az delete-batch and oci bulk-delete', () => {
  test('a fused CI account name, a run folder under artifacts or builds, an oci prefix', () => {
    assert.equal(decide("az storage blob delete-batch --account-name acmeciartifacts --source builds --pattern 'run-88213/*'"), 'benign');
    assert.equal(decide("az storage blob delete-batch --account-name acmeci -s artifacts --pattern 'run-5521/*'"), 'benign');
    assert.equal(decide('oci os object bulk-delete --bucket-name ci-artifacts --prefix pr-412/ --force'), 'benign');
  });
  test('no CI word, a production word, a wildcard, a kept container, no prefix', () => {
    assert.equal(decide("az storage blob delete-batch --account-name acmeprod -s artifacts --pattern 'run-5521/*'"), 'destructive');
    assert.equal(decide("az storage blob delete-batch --account-name acmeciprod -s artifacts --pattern 'run-5521/*'"), 'destructive');
    assert.equal(decide("az storage blob delete-batch --account-name acmeci -s artifacts --pattern 'run-*'"), 'destructive');
    assert.equal(decide("az storage blob delete-batch --account-name acmeci -s backups --pattern 'run-5521/*'"), 'destructive');
    assert.equal(decide('oci os object bulk-delete --bucket-name ci-artifacts --force'), 'destructive');
    assert.equal(decide('oci os object bulk-delete --bucket-name prod-artifacts --prefix pr-412/ --force'), 'destructive');
  });
});

describe('mirrors with delete onto a preview (answer 92)', () => {
  test('gsutil and gcloud storage onto a pull request\'s bucket or prefix', () => {
    assert.equal(decide('gsutil -m rsync -r -d dist gs://acme-web-preview-pr-311'), 'benign');
    assert.equal(decide('gcloud storage rsync dist gs://acme-previews/pr-311 --recursive --delete-unmatched-destination-objects'), 'benign');
  });
  test('a site, a production bucket or project', () => {
    assert.equal(decide('gsutil -m rsync -r -d dist gs://www.acme.io'), 'destructive');
    assert.equal(decide('gsutil -m rsync -r -d dist gs://acme-prod-site/pr-311/'), 'destructive');
    assert.equal(decide('gcloud storage rsync dist gs://acme-previews/pr-311 --recursive --delete-unmatched-destination-objects --project acme-prod'), 'destructive');
  });
});

describe('the cloud CLIs\' own variables name the environment (ENV_NAMING_VARIABLE)', () => {
  test('a production project, group or app refuses the scratch readings', () => {
    assert.equal(decide('CLOUDSDK_CORE_PROJECT=acme-prod gcloud compute instances delete tmp-debug-1 --zone us-central1-c --quiet'), 'destructive');
    assert.equal(decide('GOOGLE_CLOUD_PROJECT=acme-prod gcloud compute instances delete tmp-debug-1 --zone us-central1-c --quiet'), 'destructive');
    assert.equal(decide('FLY_APP=acme-api-prod fly apps destroy acme-api-pr-88 -y'), 'destructive');
    assert.equal(decide('CLOUDSDK_CORE_PROJECT=acme-dev gcloud compute instances delete tmp-debug-1 --zone us-central1-c --quiet'), 'benign');
  });
});

describe('az deployment slots: `deployment` is not the deploy verb (answers 164, 190)', () => {
  test('a preview slot or environment is the preview\'s; other slots are deleted', () => {
    assert.equal(decide('az webapp deployment slot delete -g rg-web -n app --slot preview-88'), 'benign');
    assert.equal(decide('az webapp deployment slot delete -g rg-web -n app --slot pr-88'), 'benign');
    assert.equal(decide('az staticwebapp environment delete -n site --environment-name pr-12 --yes'), 'benign');
    assert.equal(decide('az webapp deployment slot delete -g rg-web -n app --slot blue'), 'destructive');
    assert.equal(decide('az webapp deployment slot delete -g rg-web -n app --slot prod-pr-7'), 'destructive');
    assert.equal(decide('az webapp deployment slot swap -g rg -n app --slot staging --target-slot production'), 'benign');
  });
});

describe('a Secret or ConfigMap literal from a variable, applied (generatedManifests)', () => {
  test('a variable fills a literal key; a command\'s output or an unfixed name stays unknown', () => {
    assert.equal(decide('kubectl create secret generic api-token --from-literal=token="$NEW_TOKEN" -n shop --dry-run=client -o yaml | kubectl apply -f -'), 'benign');
    assert.equal(decide('kubectl create secret generic api-token --from-literal=token="$(cat ~/.aws/credentials)" -n shop --dry-run=client -o yaml | kubectl apply -f -'), 'unknown');
    assert.equal(decide('kubectl create secret generic "$NAME" --from-literal=token=x -n shop --dry-run=client -o yaml | kubectl apply -f -'), 'unknown');
  });
});

describe('e2e- before a CI run number (answer 99)', () => {
  test('a documented run variable after e2e- is the run\'s number', () => {
    assert.equal(decide('kubectl delete ns "e2e-${GITHUB_RUN_ID}" --wait=false'), 'benign');
    assert.equal(decide('kubectl delete ns "e2e-${RUN}" --wait=false'), 'destructive');
  });
});
