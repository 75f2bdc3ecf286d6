import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';

/** Round 27 (branch u27): the lead's answers 211 and 212 read through the whole classifier. */
const answer = batchAnswers();
const decide = (type: string, input: string, context?: Record<string, string>): string => answer(type, input, context).decision;
const win = { cwd: 'C:\\Users\\dev\\src\\app', home: 'C:\\Users\\dev' };

describe('answer 211: a role created from an unseen trust policy grants nothing until a policy is attached', () => {
  test('create-role and New-IAMRole with a trust file are writes', () => {
    assert.equal(decide('command', 'aws iam create-role --role-name ci-deployer --assume-role-policy-document file://trust.json'), 'benign');
    assert.equal(decide('powershell', 'New-IAMRole -RoleName ci-deployer -AssumeRolePolicyDocument (Get-Content -Raw trust.json)', win), 'benign');
  });
  test('attaching an admin policy and replacing a trust from an unseen file stay judged, in both shells', () => {
    assert.equal(decide('command', 'aws iam attach-role-policy --role-name ci-deployer --policy-arn arn:aws:iam::aws:policy/AdministratorAccess'), 'destructive');
    assert.equal(decide('command', 'aws iam update-assume-role-policy --role-name ci-deployer --policy-document file://trust.json'), 'destructive');
    assert.equal(decide('powershell', 'Register-IAMRolePolicy -RoleName ci-deployer -PolicyArn arn:aws:iam::aws:policy/AdministratorAccess', win), 'destructive');
    assert.equal(decide('powershell', 'Update-IAMAssumeRolePolicy -RoleName ci-deployer -PolicyDocument (Get-Content -Raw trust.json)', win), 'destructive');
    assert.equal(decide('powershell', 'Register-IAMRolePolicy -RoleName ci-deployer -PolicyArn arn:aws:iam::aws:policy/ReadOnlyAccess', win), 'benign');
    assert.equal(decide('command', "aws iam create-role --role-name x --assume-role-policy-document '{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}]}'"), 'destructive');
  });
});

describe('answer 212: a test database with no host; a CI runner\'s service containers by label', () => {
  const runner = { cwd: '/home/runner/work/app/app', home: '/home/runner' };
  test('a sql input naming a test database and no host is this machine\'s test database', () => {
    assert.equal(answer('sql', 'TRUNCATE TABLE tmp_import;', { dialect: 'postgres', database: 'app_test' }).decision, 'benign');
    assert.equal(answer('sql', 'TRUNCATE TABLE tmp_import;', { dialect: 'postgres', database: 'app' }).decision, 'destructive');
    assert.equal(answer('sql', 'TRUNCATE TABLE tmp_import;', { dialect: 'postgres', database: 'app_test', host: 'db.prod.internal' }).decision, 'destructive');
    assert.equal(answer('sql', 'TRUNCATE TABLE events;', { dialect: 'snowflake', database: 'ANALYTICS_TEST' }).decision, 'destructive');
  });
  test('on a runner, a service label with a test database, and createuser --superuser in that stack', () => {
    assert.equal(decide('command', 'psql -h postgres -U postgres -d app_test -c "TRUNCATE orders"', runner), 'benign');
    assert.equal(decide('command', 'redis-cli -h redis FLUSHALL', runner), 'benign');
    assert.equal(decide('command', 'createuser -h postgres -U postgres --superuser app', runner), 'benign');
  });
  test('off a runner, a database not named for tests, a production name or a host not fixed stay destructive', () => {
    assert.equal(decide('command', 'psql -h postgres -U postgres -d app_test -c "TRUNCATE orders"'), 'destructive');
    assert.equal(decide('command', 'psql -h postgres -U postgres -d app -c "TRUNCATE orders"', runner), 'destructive');
    assert.equal(decide('command', 'psql -h pg-prod-1 -d app_test -c "TRUNCATE orders"', runner), 'destructive');
    assert.equal(decide('command', 'psql -h "$DB_HOST" -d app_test -c "TRUNCATE orders"', runner), 'destructive');
    assert.equal(decide('command', 'redis-cli -h redis-prod FLUSHALL', runner), 'destructive');
    assert.equal(decide('command', 'createuser -h postgres --superuser app'), 'destructive');
    assert.equal(decide('command', 'createuser -h pg-prod-1 -U postgres --superuser app', runner), 'destructive');
  });
});
