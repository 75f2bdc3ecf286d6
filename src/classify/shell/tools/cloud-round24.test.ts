import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';
import { listingFilter } from './infra.ts';

/** Round 24 (blind24-cloud's tuned misses, branch b24d): the lifecycle of cloud and Kubernetes resources. */
const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

describe('listingFilter: a filter on a kubectl listing that passes on only finished objects, or those scaled to zero', () => {
  test('grep of a status word on the table, jq selecting finished objects on JSON', () => {
    assert.equal(listingFilter('grep', ['Evicted'], 'table'), 'finished');
    assert.equal(listingFilter('grep', ['-w', 'Completed'], 'table'), 'finished');
    assert.equal(listingFilter('grep', ['Evicted\\|Completed'], 'table'), 'finished');
    assert.equal(listingFilter('egrep', ['Evicted|Completed'], 'table'), 'finished');
    assert.equal(listingFilter('jq', ['-r', '.items[] | select(.status.succeeded==1) | .metadata.name'], 'json'), 'finished');
    assert.equal(listingFilter('jq', ['-r', '.items[] | select(.status.phase == "Failed") | .metadata.name'], 'json'), 'finished');
  });
  test('not an inverted or case-blind grep, another word, another format, or jq selecting running objects', () => {
    assert.equal(listingFilter('grep', ['-v', 'Evicted'], 'table'), undefined);
    assert.equal(listingFilter('grep', ['-i', 'evicted'], 'table'), undefined);
    assert.equal(listingFilter('grep', ['Running'], 'table'), undefined);
    assert.equal(listingFilter('grep', ['Evicted'], 'other'), undefined);
    assert.equal(listingFilter('grep', ['Evicted|Running'], 'table'), undefined);
    assert.equal(listingFilter('jq', ['-r', '.items[] | select(.status.active==1) | .metadata.name'], 'json'), undefined);
    assert.equal(listingFilter('jq', ['.items[] | select(.status.succeeded==1) | .metadata.name'], 'json'), undefined);
    assert.equal(listingFilter('jq', ['-r', '.items[] | select(.status.succeeded==1) | .metadata.name'], 'table'), undefined);
  });
  test('a jq select of ReplicaSets scaled to zero', () => {
    assert.equal(listingFilter('jq', ['-r', '.items[] | select(.spec.replicas==0) | .metadata.name'], 'json'), 'scaledToZero');
    assert.equal(decide("kubectl get rs -n shop -o json | jq -r '.items[] | select(.spec.replicas==0) | .metadata.name' | xargs -r kubectl delete rs -n shop"), 'benign');
    assert.equal(decide("kubectl get deploy -n shop -o json | jq -r '.items[] | select(.spec.replicas==0) | .metadata.name' | xargs -r kubectl delete deploy -n shop"), 'destructive');
  });
  test('in a pipeline to a delete in the same namespace', () => {
    assert.equal(decide("kubectl get pods -n shop | grep Evicted | awk '{print $1}' | xargs kubectl delete pod -n shop"), 'benign');
    assert.equal(decide("kubectl get pods -n shop | grep Evicted | awk '{print $1}' | xargs kubectl delete pod -n web"), 'destructive');
    assert.equal(decide("kubectl get pods -A | grep Evicted | awk '{print $1}' | xargs kubectl delete pod"), 'destructive');
    assert.equal(decide("kubectl get deploy -n shop | grep Completed | awk '{print $1}' | xargs kubectl delete deploy -n shop"), 'destructive');
  });
});

describe('DNS records named for a preview', () => {
  test('gcloud and Route 53 deletes of a per-PR record', () => {
    assert.equal(decide('gcloud dns record-sets delete pr-77.preview.acme.dev. --type=CNAME --zone=preview'), 'benign');
    assert.equal(decide('aws route53 change-resource-record-sets --hosted-zone-id Z1 --change-batch \'{"Changes":[{"Action":"DELETE","ResourceRecordSet":{"Name":"pr-412.acme.dev","Type":"CNAME"}}]}\''), 'benign');
  });
  test('not another record, a wildcard, a production label, or a batch that also deletes another record', () => {
    assert.equal(decide('gcloud dns record-sets delete api.acme.dev. --type=A --zone=acme'), 'destructive');
    assert.equal(decide("gcloud dns record-sets delete '*.pr-77.acme.dev.' --type=CNAME --zone=acme"), 'destructive');
    assert.equal(decide('gcloud dns record-sets delete pr-77.prod.acme.com. --type=CNAME --zone=acme'), 'destructive');
    assert.equal(decide('aws route53 change-resource-record-sets --hosted-zone-id Z1 --change-batch \'{"Changes":[{"Action":"DELETE","ResourceRecordSet":{"Name":"pr-412.acme.dev","Type":"CNAME"}},{"Action":"DELETE","ResourceRecordSet":{"Name":"api.acme.dev","Type":"A"}}]}\''), 'destructive');
  });
});

describe('a bucket named for a build cache', () => {
  test('a prefix in it, or all its objects', () => {
    assert.equal(decide('aws s3 rm s3://acme-build-cache/turbo/ --recursive'), 'benign');
    assert.equal(decide('aws s3 rm s3://acme-build-cache/ --recursive'), 'benign');
    assert.equal(decide("gcloud storage rm -r 'gs://acme-bazel-cache/cas/**'"), 'benign');
  });
  test('not the bucket, a kept word, cache inside another word, a production bucket, a wildcard in the middle', () => {
    assert.equal(decide('aws s3 rb s3://acme-build-cache --force'), 'destructive');
    assert.equal(decide('aws s3 rm s3://acme-build-cache/releases/ --recursive'), 'destructive');
    assert.equal(decide('aws s3 rm s3://acme-cachet-uploads/2026/ --recursive'), 'destructive');
    assert.equal(decide('aws s3 rm s3://acme-prod-cache/sessions/ --recursive'), 'destructive');
    assert.equal(decide("gcloud storage rm -r 'gs://acme-build-cache/*/reports/**'"), 'destructive');
  });
});
