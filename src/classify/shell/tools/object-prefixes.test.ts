import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';
import { disposablePrefix } from './object-prefixes.ts';

/** A pull request's, CI run's or temporary prefix, and the account and bucket tiers that refuse it (answers 84, 196, 215). */
const answer = batchAnswers();
const decide = (command: string, context?: Record<string, string>): string => answer('command', command, context).decision;

describe('disposablePrefix: the account and bucket tiers', () => {
  test('a production account refuses every reading, as a production bucket does; a profile not fixed may be production', () => {
    assert.notEqual(disposablePrefix('s3://acme-ci-artifacts/run-88123/'), null);
    assert.equal(disposablePrefix('s3://acme-ci-artifacts/run-88123/', 'prod'), null);
    assert.equal(disposablePrefix('s3://acme-ci-artifacts/run-88123/', null), null);
    assert.notEqual(disposablePrefix('s3://acme-ci-artifacts/run-88123/', 'dev'), null);
    assert.equal(disposablePrefix('s3://acme-prod-previews/pr-412/'), null);
  });
  test('staging (bucket or account) refuses the scratch words, not a pull request\'s or run\'s folder (answer 215)', () => {
    assert.notEqual(disposablePrefix('s3://acme-staging-previews/pr-412/'), null);
    assert.notEqual(disposablePrefix('s3://acme-previews/pr-412/', 'staging'), null);
    assert.equal(disposablePrefix('s3://acme-staging-data/tmp/'), null);
    assert.equal(disposablePrefix('s3://acme-data/tmp/', 'staging'), null);
    assert.notEqual(disposablePrefix('s3://acme-data/tmp/'), null);
  });
  test('aws s3 reads the profile given, the variable, then the session\'s', () => {
    assert.equal(decide('aws s3 rm s3://acme-ci-artifacts/run-88123/ --recursive'), 'benign');
    assert.equal(decide('AWS_PROFILE=prod aws s3 rm s3://acme-ci-artifacts/run-88123/ --recursive'), 'destructive');
    assert.equal(decide('aws --profile prod s3 rm s3://acme-ci-artifacts/run-88123/ --recursive'), 'destructive');
    assert.equal(decide('aws --profile "$P" s3 rm s3://acme-ci-artifacts/run-88123/ --recursive'), 'destructive');
    assert.equal(decide('aws s3 rm s3://acme-ci-artifacts/run-88123/ --recursive', { cwd: '/home/dev/app', home: '/home/dev', aws_profile: 'production' }), 'destructive');
    assert.equal(decide('aws --profile dev s3 rm s3://acme-ci-artifacts/run-88123/ --recursive', { cwd: '/home/dev/app', home: '/home/dev', aws_profile: 'production' }), 'benign');
    assert.equal(decide('AWS_PROFILE=prod aws s3 sync dist s3://acme-previews/pr-12/ --delete'), 'destructive');
    assert.equal(decide('aws s3 rm s3://acme-staging-previews/pr-412/ --recursive'), 'benign');
    assert.equal(decide('aws s3 rm s3://acme-staging-data/tmp/ --recursive'), 'destructive');
  });
});

describe('round 28 (v28): answer 215 through gsutil, a staging bucket\'s CI run folder, wildcards below a disposable prefix', () => {
  test('gsutil rm, gcloud storage rm and aws s3 rm read one function', () => {
    for (const url of ['acme-staging-artifacts/pr-412/', 'acme-staging-ci/run-8812/', 'acme-ci-artifacts/run-8812/', 'acme-lake/tmp/job-8812/']) {
      assert.equal(decide(`gsutil -m rm -r gs://${url}`), 'benign', url);
      assert.equal(decide(`gcloud storage rm -r gs://${url}`), 'benign', url);
      assert.equal(decide(`aws s3 rm --recursive s3://${url}`), 'benign', url);
    }
    for (const url of ['acme-staging-artifacts/tmp/', 'acme-prod-uploads/tmp/', 'acme-prod-ci/run-8812/', 'acme-staging-ci/backups/run-8812/']) {
      assert.equal(decide(`gsutil -m rm -r gs://${url}`), 'destructive', url);
      assert.equal(decide(`gcloud storage rm -r gs://${url}`), 'destructive', url);
    }
  });
  test('a wildcard below the disposable prefix stays inside it; a wildcard in the bucket or above it does not', () => {
    assert.notEqual(disposablePrefix('gs://acme-ml/pr-123/*.json'), null);
    assert.notEqual(disposablePrefix('gs://acme-data/tmp/*.csv'), null);
    assert.equal(disposablePrefix('gs://acme-ml/*/pr-123/x'), null);
    assert.equal(disposablePrefix('gs://acme-*/tmp/x'), null);
    assert.equal(disposablePrefix('gs://acme-ml/tmp*/x'), null);
    assert.equal(disposablePrefix('gs://acme-ml/data/*.json'), null);
    assert.equal(disposablePrefix('gs://acme-prod/pr-1/*.json'), null);
  });
});
