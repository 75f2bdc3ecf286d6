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
