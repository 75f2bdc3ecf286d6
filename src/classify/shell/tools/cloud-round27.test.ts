import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';
import { namesPreviewOrDevEnvironment, namesPreviewOrRun, stagingRefusesNames } from './infra.ts';
import { optionTierText } from './common.ts';

/** Round 27 (the lead's answers 214-216 and the cloud and Kubernetes kinds' tuned false positives, branch c27). */
const answer = batchAnswers();
const decide = (command: string, context?: Record<string, string>): string => answer('command', command, context).decision;
const windowsProd = { cwd: 'C:\\Users\\Administrator', home: 'C:\\Users\\Administrator', host: 'prod-web01' };
const windowsDev = { cwd: 'C:\\Users\\Administrator', home: 'C:\\Users\\Administrator', host: 'dev-web01' };

describe('answer 214: argocd app sync --prune', () => {
  test('an app named for a preview or a dev environment is redeployed from git', () => {
    assert.equal(decide('argocd app sync payments-dev --prune'), 'benign');
    assert.equal(decide('argocd app sync web-pr-412 --prune'), 'benign');
    assert.equal(decide('argocd app sync --prune checkout-preview-88 --timeout 300'), 'benign');
    assert.equal(answer('http_request', { method: 'POST', url: 'https://argocd.acme.io/api/v1/applications/payments-dev/sync', body: { prune: true } }).decision, 'benign');
  });
  test('production, staging, no environment, sandbox alone, a production server, two apps stay destructive', () => {
    assert.equal(decide('argocd app sync payments-prod --prune'), 'destructive');
    assert.equal(decide('argocd app sync payments-staging --prune'), 'destructive');
    assert.equal(decide('argocd app sync payments-api --prune'), 'destructive');
    assert.equal(decide('argocd app sync payments-sandbox --prune'), 'destructive');
    assert.equal(decide('argocd app sync payments-dev --prune --server argocd.prod.acme.io'), 'destructive');
    assert.equal(decide('argocd app sync payments-dev payments-api --prune'), 'destructive');
    assert.equal(answer('http_request', { method: 'POST', url: 'https://argocd.prod.acme.io/api/v1/applications/payments-dev/sync', body: { prune: true } }).decision, 'destructive');
    assert.equal(answer('http_request', { method: 'POST', url: 'https://argocd.acme.io/api/v1/applications/payments/sync', body: { prune: true } }).decision, 'destructive');
  });
  test('the name predicate', () => {
    assert.equal(namesPreviewOrDevEnvironment('checkout-dev'), true);
    assert.equal(namesPreviewOrDevEnvironment('web-pr-77'), true);
    assert.equal(namesPreviewOrDevEnvironment('api-test'), true);
    assert.equal(namesPreviewOrDevEnvironment('payments'), false);
    assert.equal(namesPreviewOrDevEnvironment('dev-sandbox'), true);
    assert.equal(namesPreviewOrDevEnvironment('sandbox-jdoe'), false);
    assert.equal(namesPreviewOrDevEnvironment('prod-dev-mirror'), false);
    assert.equal(namesPreviewOrDevEnvironment('staging-test'), false);
  });
});

describe('answer 214: a numbered Job whose name says a safeguard, and manifests not shown in a preview namespace', () => {
  test('a backup or scan run stays destructive; other runs are records', () => {
    assert.equal(decide('kubectl delete job pg-backup-20261204 -n db'), 'destructive');
    assert.equal(decide('kubectl delete job trivy-scan-4821 -n security'), 'destructive');
    assert.equal(decide('kubectl delete job db-migrate-4821 -n db'), 'benign');
  });
  test('kustomize build | kubectl delete -n pr-N -f - is unknown; a production namespace stays destructive', () => {
    assert.equal(decide('kustomize build overlays/preview | kubectl delete -n pr-412 -f -'), 'unknown');
    assert.equal(decide('kubectl delete -n pr-412 -k overlays/preview'), 'unknown');
    assert.equal(decide('kustomize build overlays/prod | kubectl delete -n shop -f -'), 'destructive');
    assert.equal(decide('kubectl --context prod-eu delete -n pr-412 -k overlays/preview'), 'destructive');
    assert.equal(decide('kubectl delete -n pr-412 -k overlays/pr-412'), 'benign');
  });
});

describe('answer 215: staging, option values, intake moves', () => {
  test('staging refuses a scratch word, not a pull request\'s or a run\'s name', () => {
    assert.equal(decide('hcloud server delete web-pr-2231 --context staging'), 'benign');
    assert.equal(decide('hcloud server delete scratch-box-1 --context staging'), 'destructive');
    assert.equal(decide('hcloud server delete scratch-box-1 --context dev'), 'benign');
    assert.equal(decide('argocd app delete preview-pr-123 --server argocd.staging.acme.io'), 'benign');
    assert.equal(decide('argocd app delete preview-pr-123 --server argocd.prod.acme.io'), 'destructive');
    assert.equal(decide('rpk topic delete scratch-orders --brokers kafka.staging.acme.io:9092'), 'destructive');
    assert.equal(stagingRefusesNames(['web-pr-12']), false);
    assert.equal(stagingRefusesNames(['gs://acme-previews/pr-12/']), false);
    assert.equal(stagingRefusesNames(['run-4410']), false);
    assert.equal(stagingRefusesNames(['scratch-orders']), true);
    assert.equal(namesPreviewOrRun('staging-run-4410'), false);
  });
  test('an option\'s value names the tier, not its name', () => {
    assert.equal(optionTierText('--stage-name'), '');
    assert.equal(optionTierText('--stage-name=prod'), 'prod');
    assert.equal(optionTierText('--prod'), '--prod');
    assert.equal(optionTierText('web-staging'), 'web-staging');
    assert.equal(decide('aws apigateway delete-stage --rest-api-id a1b2 --stage-name pr-12'), 'benign');
    assert.equal(decide('aws apigateway delete-stage --rest-api-id a1b2 --stage-name=prod'), 'destructive');
  });
  test('files moved out of an intake prefix are moves; a whole bucket moved is not', () => {
    assert.equal(decide('aws s3 mv s3://acme-ml/incoming/batch-7.csv s3://acme-ml/processed/batch-7.csv'), 'benign');
    assert.equal(decide('aws s3 mv s3://acme-ml/ s3://acme-ml-archive/ --recursive'), 'destructive');
  });
  test('a staging folder names staging and refuses nothing new', () => {
    assert.equal(answer('command', 'rm -rf /srv/staging/app/cache').decision, 'benign');
    assert.equal(answer('command', 'rm -rf /srv/staging/uploads').decision, 'destructive');
  });
});

describe('answer 216: the session\'s own production host; sandbox alone', () => {
  test('a service kept from starting on the session\'s host named for production', () => {
    assert.equal(answer('cmd', 'sc config AcmeOrders start= disabled', windowsProd).decision, 'destructive');
    assert.equal(answer('powershell', 'Set-Service -Name AcmeBilling -StartupType Disabled', windowsProd).decision, 'destructive');
    assert.equal(answer('cmd', 'sc config AcmeOrders start= disabled', windowsDev).decision, 'benign');
    assert.equal(answer('cmd', 'sc config AcmeOrders start= demand', windowsProd).decision, 'benign');
  });
  test('a resource named only sandbox is dev data; with a scratch or test word it is answer 72\'s', () => {
    assert.equal(decide('helm uninstall sandbox-redis'), 'destructive');
    assert.equal(decide('rpk topic delete orders-sandbox'), 'destructive');
    assert.equal(decide('gcloud compute instances delete sandbox-vm-1 --zone europe-west1-b'), 'destructive');
    assert.equal(decide('helm uninstall sandbox-test-redis'), 'benign');
    assert.equal(decide('gcloud compute instances delete scratch-vm-1 --zone europe-west1-b'), 'benign');
    assert.equal(decide('kind delete cluster --name sandbox'), 'benign');
  });
});
