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
