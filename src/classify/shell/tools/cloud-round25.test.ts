import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';

/** Round 25 (blind25-cloud and the cloud kind's tuned misses, branch k25a). */
const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

describe("aws s3 rm narrowed by a first --exclude '*' and includes (filteredToDisposable)", () => {
  test('includes that each name a temporary, pull request\'s or CI run\'s prefix are a scratch delete', () => {
    assert.equal(decide("aws s3 rm s3://acme-lake/ --recursive --exclude '*' --include 'tmp/*'"), 'benign');
    assert.equal(decide("aws s3 rm s3://acme-lake --recursive --exclude '*' --include 'tmp/*' --include '_temporary/*'"), 'benign');
    assert.equal(decide("aws s3 rm s3://acme-previews/ --recursive --exclude '*' --include 'pr-4821/*' --exclude 'pr-4821/keep/*'"), 'benign');
  });
  test('not a sweep by a pattern, another prefix, no first exclude-all, no --recursive, or a dot segment', () => {
    assert.equal(decide("aws s3 rm s3://acme-previews/ --recursive --exclude '*' --include 'pr-*'"), 'destructive');
    assert.equal(decide("aws s3 rm s3://acme-lake/ --recursive --exclude '*' --include 'tmp/*' --include 'raw/*'"), 'destructive');
    assert.equal(decide("aws s3 rm s3://acme-lake/ --recursive --exclude 'tmp/*'"), 'destructive');
    assert.equal(decide("aws s3 rm s3://acme-lake/ --recursive --include 'tmp/*'"), 'destructive');
    assert.equal(decide("aws s3 rm s3://acme-lake/ --exclude '*' --include 'tmp/*'"), 'destructive');
    assert.equal(decide("aws s3 rm s3://acme-lake/raw/ --recursive --exclude '*' --include '../tmp/*'"), 'destructive');
  });
});

describe('one Firestore document named as test data in a development project (devTestDocument)', () => {
  test('one test-named document, --project or -P', () => {
    assert.equal(decide('firebase firestore:delete users/test-user-42 --project shop-app-dev --force'), 'benign');
    assert.equal(decide('firebase firestore:delete orgs/acme/members/test-member-1 -P acme-dev -f'), 'benign');
  });
  test('not a plain record, a collection, --recursive, two paths, or a project not named dev', () => {
    assert.equal(decide('firebase firestore:delete users/alice-42 --project shop-app-dev --force'), 'destructive');
    assert.equal(decide('firebase firestore:delete test-users --project shop-app-dev --force'), 'destructive');
    assert.equal(decide('firebase firestore:delete users/test-user-42 --recursive --project shop-app-dev --force'), 'destructive');
    assert.equal(decide('firebase firestore:delete users/test-user-42 users/alice --project shop-app-dev --force'), 'destructive');
    assert.equal(decide('firebase firestore:delete users/test-user-42 --project shop-app-prod --force'), 'destructive');
    assert.equal(decide('firebase firestore:delete users/test-user-42 --force'), 'destructive');
  });
});
