/**
 * Round 37 (cl37): cloud operations read as destructive that lose nothing, built as catalogue data with their destructive
 * twins. AWS_INACTIVE_VERSION_DELETES (aws-operations.ts): versions deleted by number where the service refuses the one in
 * force and what runs keeps working (EC2 launch template versions, IAM and IoT policy versions, Lambda layer versions); `vercel remove --safe` (PLATFORM_OPS); CONFIG_VARIABLE_REMOVALS (netlify env:unset joins heroku,
 * fly and vercel: names that say no secret); AZ_CACHE_PURGES (Azure CDN and Front Door purges); AZ_VERB_LIKE_GROUPS (az
 * command groups named like an operation, round 36's special case made data). fix37-cl37.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;
const all = (label: string, commands: string[]): void => {
  for (const c of commands) assert.equal(decide(c) === 'benign' ? 'benign' : 'destructive', label, c);
};

test('versions deleted by fixed numbers where the service keeps the one in force are benign; the template, policy, layer or API itself, and unseen versions, stay destructive', () => {
  all('benign', [
    'aws ec2 delete-launch-template-versions --launch-template-id lt-1 --versions 3 4 5',
    'aws ec2 delete-launch-template-versions --launch-template-name web --versions=7',
    'aws iam delete-policy-version --policy-arn arn:aws:iam::1:policy/p --version-id v2',
    'aws iot delete-policy-version --policy-name p --policy-version-id 2',
    'aws lambda delete-layer-version --layer-name deps --version-number 9',
  ]);
  all('destructive', [
    'aws ec2 delete-launch-template --launch-template-id lt-1',
    'aws ec2 delete-launch-template-versions --launch-template-id lt-1 --versions $(cat versions.txt)',
    "aws ec2 delete-launch-template-versions --launch-template-id lt-1 --versions '$Default'",
    'aws ec2 delete-launch-template-versions --launch-template-id lt-1 --versions 1 2 3 4 5 6 7 8 9 10 11',
    'aws iam delete-policy --policy-arn arn:aws:iam::1:policy/p',
    'aws iam delete-policy-version --policy-arn arn:aws:iam::1:policy/p --version-id "$V"',
    'aws iot delete-policy --policy-name p',
    'aws lambda delete-layer-version --layer-name deps --version-number $N',
    'aws apigateway delete-stage --rest-api-id r1 --stage-name prod',
    'aws apigateway delete-rest-api --rest-api-id r1',
  ]);
});

test('vercel remove --safe removes only deployments nothing serves from; without it the project goes', () => {
  all('benign', ['vercel rm web --safe --yes', 'vercel remove web -s -y']);
  all('destructive', ['vercel rm web --yes', 'vercel remove web', 'vercel project rm web']);
});

test('netlify env:unset of a plain setting is an edit, as heroku config:unset; a credential or connection string stays destructive', () => {
  all('benign', ['netlify env:unset FEATURE_X', 'netlify env:delete LOG_LEVEL --context production', 'heroku config:unset DEBUG -a web', 'vercel env rm LOG_LEVEL production -y']);
  all('destructive', ['netlify env:unset STRIPE_SECRET_KEY --context production', 'netlify env:remove DATABASE_URL', 'netlify env:unset A B', 'heroku config:unset STRIPE_SECRET_KEY -a web', 'vercel env rm API_TOKEN production -y']);
});

test('Azure CDN and Front Door purges are cache; deleting the endpoint or profile and purging a key vault stay destructive', () => {
  all('benign', ["az cdn endpoint purge -g rg -n www --profile-name cdn --content-paths '/*'", "az afd endpoint purge -g rg --profile-name fd --endpoint-name e --content-paths '/*'", "az network front-door purge-endpoint -g rg -n fd --content-paths '/*'"]);
  all('destructive', ['az cdn endpoint delete -g rg -n www --profile-name cdn', 'az afd endpoint delete -g rg --profile-name fd --endpoint-name e', 'az keyvault purge --name kv1', 'az cdn profile delete -g rg -n cdn']);
});

test('az command groups named like an operation are followed by the verb: deletes stay destructive, reads stay reads', () => {
  all('destructive', ['az appservice plan delete -g rg -n p --yes', 'az search query-key delete -g rg --service-name s --key-value k', 'az network lb address-pool delete -g rg --lb-name lb -n pool', 'az network application-gateway settings delete -g rg --gateway-name g -n s', 'az monitor log-analytics query-pack query delete -g rg --query-pack-name qp --id 1']);
  all('benign', ['az appservice plan list -g rg', 'az appservice plan show -g rg -n p', 'az search query-key list -g rg --service-name s', 'az network lb address-pool show -g rg --lb-name lb -n pool', 'az sql db export -g rg -s s -n db --storage-uri u --storage-key k --storage-key-type StorageAccessKey --admin-user a --admin-password p']);
});

test("the CLI's own local components, plugins, configurations and cache removed are writes; what they manage in the cloud stays destructive", () => {
  all('benign', ['gcloud components remove kubectl', 'gcloud config configurations delete old', 'az extension remove --name aks-preview', 'az bicep uninstall', 'az cache purge', 'az cache delete -n vm1 -g rg -t Microsoft.Compute/virtualMachines', 'heroku plugins:uninstall heroku-repo', 'sfdx plugins:uninstall x', 'stripe plugin uninstall apps', 'twilio plugins:remove p', 'doctl serverless uninstall']);
  all('destructive', ['gcloud projects delete p1', 'gcloud source repos delete infra --quiet', 'az redis delete -g rg -n r --yes', 'heroku apps:destroy --app a --confirm a', 'doctl serverless undeploy --all', 'az group delete -n rg-prod --yes']);
});
