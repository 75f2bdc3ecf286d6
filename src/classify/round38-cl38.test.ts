/**
 * Round 38 (cl38): the lead's answers for the cloud CLIs built as classes. 382.1: `gcloud app versions delete` by any
 * fixed version name (App Engine refuses a serving version). 382.2: eksctl `delete nodegroup|iamserviceaccount` with a
 * config file only plans until `--approve` (EKSCTL_PLANNED_DELETES). 382.4: `gcloud components repositories remove` joins
 * CLI_LOCAL_TOOLING. 385.2: one pool member taken out (AWS_ONE_POOL_MEMBER, GCLOUD_ONE_POOL_MEMBER). 367.3: one service's
 * every action on every resource (public-access.ts policyAllowsEverything). Edge35's factory-reset reading for IoT Hub
 * direct methods (FACTORY_RESET_METHOD). fix38-cl38.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;
const all = (label: string, commands: string[]): void => {
  for (const c of commands) assert.equal(decide(c) === 'benign' ? 'benign' : 'destructive', label, c);
};

test('382.1: App Engine versions by any fixed name are benign in every tier; services, reserved names, globs and unseen names stay destructive', () => {
  all('benign', [
    'gcloud app versions delete v1 v2 --quiet',
    'gcloud app versions delete v3-canary --service api --project shop-prod -q',
    'gcloud beta app versions delete 20261130t081500 -s worker',
  ]);
  all('destructive', [
    'gcloud app services delete api -q',
    'gcloud app versions delete --service default -q',
    'gcloud app versions delete default',
    'gcloud app versions delete "v*"',
    'gcloud app versions delete $V --service api',
  ]);
});

test('382.2: eksctl deletes with a config file only plan until --approve; by name, approved, or cluster deletes stay destructive', () => {
  all('benign', [
    'eksctl delete nodegroup --config-file=c.yaml --include=ng-old',
    'eksctl delete ng -f c.yaml --only-missing',
    'eksctl delete iamserviceaccount --config-file c.yaml --only-missing',
    'eksctl delete nodegroup -f c.yaml --approve=false',
  ]);
  all('destructive', [
    'eksctl delete nodegroup --config-file=c.yaml --include=ng-old --approve',
    'eksctl delete iamserviceaccount -f c.yaml --only-missing --approve',
    'eksctl delete nodegroup --cluster prod --name ng-1',
    'eksctl delete nodegroup -f c.yaml $EXTRA',
    'eksctl delete cluster -f c.yaml',
  ]);
});

test('382.4: gcloud component repositories are local tooling; registry repositories are not', () => {
  all('benign', ['gcloud components repositories remove https://example.com/components-2.json', 'gcloud components repositories remove --all']);
  all('destructive', ['gcloud artifacts repositories delete sdk --location=europe-west1', 'gcloud source repos delete app']);
});

test('385.2: one target, instance or backend group out of a pool is a write; several, unseen or the pool itself stay destructive', () => {
  all('benign', [
    'aws elbv2 deregister-targets --target-group-arn arn:tg --targets Id=i-0123456789abcdef0',
    'aws elbv2 deregister-targets --target-group-arn arn:tg --targets Id=10.0.0.1,Port=80',
    'aws elb deregister-instances-from-load-balancer --load-balancer-name web --instances i-0123456789abcdef0',
    'gcloud compute backend-services remove-backend web --instance-group=ig-a --instance-group-zone=us-central1-a --global',
    'gcloud compute backend-services remove-backend web --network-endpoint-group neg-b --network-endpoint-group-zone z --global',
    'gcloud compute target-pools remove-instances pool --instances=www-3',
  ]);
  all('destructive', [
    'aws elbv2 deregister-targets --target-group-arn arn:tg --targets Id=i-1 Id=i-2',
    'aws elbv2 deregister-targets --target-group-arn arn:tg --targets "$TARGETS"',
    `aws elbv2 deregister-targets --target-group-arn arn:tg --targets '[{"Id":"i-1"}]'`,
    'aws elb deregister-instances-from-load-balancer --load-balancer-name web --instances i-0123456789abcdef0 i-0123456789abcdef1',
    'aws elbv2 delete-target-group --target-group-arn arn:tg',
    'gcloud compute target-pools remove-instances pool --instances=a,b',
    'gcloud compute backend-services remove-backend web --instance-group=$IG --global',
    'gcloud compute backend-services delete web --global',
  ]);
});

test("367.3: one service's every action on every resource is widened to all; named actions or a named resource are not", () => {
  const doc = (action: string, resource = '*', extra = ''): string => `'{"Statement":[{"Effect":"Allow","Action":${action},"Resource":"${resource}"${extra}}]}'`;
  all('destructive', [`aws iot create-policy --policy-name p --policy-document ${doc('"iot:*"')}`, `aws iam put-role-policy --role-name r --policy-name p --policy-document ${doc('["s3:GetObject","s3:*"]')}`]);
  all('benign', [
    `aws iot create-policy --policy-name p --policy-document ${doc('["iot:Connect","iot:Publish"]')}`,
    `aws iot create-policy --policy-name p --policy-document ${doc('"iot:*"', 'arn:aws:iot:eu-west-1:1:thing/pump-7')}`,
    `aws iam put-role-policy --role-name r --policy-name p --policy-document ${doc('"s3:*"', '*', ',"Condition":{"StringEquals":{"aws:PrincipalTag/team":"a"}}')}`,
  ]);
});

test('an IoT Hub direct method named for a factory reset destroys; other methods stay writes', () => {
  all('destructive', ['az iot hub invoke-device-method -n h -d d --method-name factoryReset', 'az iot hub invoke-module-method -n h -d d -m m --mn factory-reset']);
  all('benign', ['az iot hub invoke-device-method -n h -d d --method-name reboot', 'az iot hub invoke-device-method -n h -d d --method-name getFactoryResetStatus']);
});
