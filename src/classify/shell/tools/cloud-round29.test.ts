import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { batchAnswers } from '../../../../test/helpers/batch-answer.ts';
import { storageAccountNamesProduction } from './cloud.ts';
import { previewListing, previewListingDelete } from '../preview-listing.ts';

/** Round 29 (a platform engineer tidying cloud accounts, branch c29): the edges of each class. */
const answer = batchAnswers();
const decide = (command: string, context?: Record<string, string>): string => answer('command', command, context === undefined ? undefined : { cwd: '/home/dev/app', home: '/home/dev', ...context }).decision;

describe('a preview namespace under a context that names production', () => {
  test('production refuses, staging and dev do not (answers 72, 215)', () => {
    assert.equal(decide('kubectl delete ns pr-12', { kube_context: 'prod-eks' }), 'destructive');
    assert.equal(decide('kubectl delete ns pr-12', { kube_context: 'staging-eks' }), 'benign');
    assert.equal(decide('kubectl delete ns pr-12', { kube_context: 'kind-dev' }), 'benign');
    assert.equal(decide('kubectl --context prod delete ns preview-12'), 'destructive');
  });
});

describe('prunes on a daemon named for production', () => {
  test('stopped containers pruned there are a loss; images and the agent\'s own daemon are not', () => {
    assert.equal(decide('docker --context prod-web system prune -af'), 'destructive');
    assert.equal(decide('DOCKER_HOST=ssh://prod-web-01 docker container prune -f'), 'destructive');
    assert.equal(decide('docker --context prod-web image prune -af'), 'benign');
    assert.equal(decide('docker system prune -af'), 'benign');
    assert.equal(decide('docker --context staging system prune -af'), 'benign');
  });
});

describe('Azure storage accounts name their tier fused', () => {
  test('a trailing kind word is taken off before the tier is read', () => {
    for (const n of ['acmeprodsa', 'acmeprod', 'acmeprodstorage01', 'acmeproddata']) assert.equal(storageAccountNamesProduction(n), true, n);
    for (const n of ['acmedevsa', 'acmeproductsa', 'acmeci', null, undefined]) assert.equal(storageAccountNamesProduction(n), false, String(n));
  });
  test('a temporary or preview prefix in a production account stays a delete (answer 196)', () => {
    assert.equal(decide("az storage blob delete-batch --account-name acmeprodsa -s uploads --pattern 'tmp/*'"), 'destructive');
    assert.equal(decide("az storage blob delete-batch --account-name acmedevsa -s uploads --pattern 'tmp/*'"), 'benign');
  });
});

describe('ACR purge run by acr run', () => {
  test('a purge is a sweep unless it keeps the newest two or more, or is a dry run', () => {
    assert.equal(decide(`az acr run -r r --cmd "acr purge --filter 'a:.*' --ago 7d" /dev/null`), 'destructive');
    assert.equal(decide(`az acr run -r r --cmd "acr purge --filter 'a:.*' --ago 7d --keep 2" /dev/null`), 'benign');
    assert.equal(decide(`az acr run -r r --cmd "acr purge --filter 'a:.*' --ago 7d --keep 1" /dev/null`), 'destructive');
    assert.equal(decide(`az acr run -r r --cmd "acr purge --filter 'a:.*' --ago 7d --keep 5; acr purge --filter 'b:.*' --ago 0d" /dev/null`), 'destructive');
    assert.equal(decide(`az acr run -r r --cmd "acr purge --filter 'a:.*' --ago 7d --dry-run" /dev/null`), 'benign');
    assert.equal(decide('az acr run -r r --cmd "$X" /dev/null'), 'unknown');
  });
});

describe('one pull request\'s own parts', () => {
  test('Static Web Apps environments by number; production is default', () => {
    assert.equal(decide('az staticwebapp environment delete -n site --environment-name 412 --yes'), 'benign');
    assert.equal(decide('az staticwebapp environment delete -n site --environment-name default --yes'), 'destructive');
  });
  test('gsutil removes a bucket named for one pull request or run', () => {
    assert.equal(decide('gsutil rb gs://pr-12-assets'), 'benign');
    assert.equal(decide('gsutil rb gs://pr-12-assets/'), 'benign');
    assert.equal(decide('gsutil rb gs://acme-prod-pr-12'), 'destructive');
    assert.equal(decide('gsutil rb gs://acme-ci'), 'destructive');
  });
  test('Heroku review apps\' add-ons and database; DigitalOcean pull-request tags; Azure DNS preview records', () => {
    assert.equal(decide('heroku addons:destroy heroku-postgresql -a web-pr-12 --confirm web-pr-12'), 'benign');
    assert.equal(decide('heroku pg:reset DATABASE_URL -a web --confirm web'), 'destructive');
    assert.equal(decide('doctl registry repository delete-tag web pr-12 --force'), 'benign');
    assert.equal(decide('doctl registry repository delete-tag web pr-12 latest --force'), 'destructive');
    assert.equal(decide('az network dns record-set cname delete -g g -z acme.dev -n pr-12.preview --yes'), 'benign');
    assert.equal(decide('az network dns record-set cname delete -g g -z acme.dev -n api --yes'), 'destructive');
  });
  test('a compose project named for a pull request or run, on the agent\'s own daemon', () => {
    assert.equal(decide('docker compose -p pr-12 down -v'), 'benign');
    assert.equal(decide('docker compose -p web down -v'), 'destructive');
    assert.equal(decide('docker --context prod compose -p pr-12 down -v'), 'destructive');
  });
});

describe('Lambda versions and untagged ECR images', () => {
  test('one published version by number; an alias, $LATEST or the whole function stay', () => {
    assert.equal(decide('aws lambda delete-function --function-name f --qualifier 3'), 'benign');
    assert.equal(decide('aws lambda delete-function --function-name f:3'), 'benign');
    assert.equal(decide('aws lambda delete-function --function-name f --qualifier live'), 'destructive');
    assert.equal(decide('aws lambda delete-function --function-name f'), 'destructive');
  });
  test('the untagged listing of the same repository, in place or in a file the line wrote', () => {
    const list = (repo: string, filter = ' --filter tagStatus=UNTAGGED') => `aws ecr list-images --repository-name ${repo}${filter} --query 'imageIds[*]' --output json`;
    assert.equal(decide(`aws ecr batch-delete-image --repository-name a --image-ids "$(${list('a')})"`), 'benign');
    assert.equal(decide(`aws ecr batch-delete-image --repository-name a --image-ids "$(${list('b')})"`), 'destructive');
    assert.equal(decide(`aws ecr batch-delete-image --repository-name a --image-ids "$(${list('a', '')})"`), 'destructive');
    assert.equal(decide(`${list('a')} > /tmp/i.json && aws ecr batch-delete-image --repository-name a --image-ids file:///tmp/i.json`), 'benign');
    assert.equal(decide(`${list('a')} > /tmp/i.json; aws ecr batch-delete-image --repository-name a --image-ids file:///tmp/other.json`), 'destructive');
  });
  test('a lifecycle policy whose every rule selects untagged images', () => {
    const rule = (status: string) => `{"rulePriority":1,"selection":{"tagStatus":"${status}","countType":"imageCountMoreThan","countNumber":5},"action":{"type":"expire"}}`;
    assert.equal(decide(`aws ecr put-lifecycle-policy --repository-name a --lifecycle-policy-text '{"rules":[${rule('untagged')}]}'`), 'benign');
    assert.equal(decide(`aws ecr put-lifecycle-policy --repository-name a --lifecycle-policy-text '{"rules":[${rule('untagged')},${rule('any')}]}'`), 'destructive');
    assert.equal(decide(`aws ecr put-lifecycle-policy --repository-name a --lifecycle-policy-text '{"rules":[]}'`), 'destructive');
  });
});

describe('one preview\'s alarms or log groups listed by prefix', () => {
  test('the listing must name one preview or run and go to the same kind\'s delete', () => {
    assert.deepEqual(previewListing('aws', ['cloudwatch', 'describe-alarms', '--alarm-name-prefix', 'preview-pr-3', '--output', 'text']), { kind: 'alarms', prefix: 'preview-pr-3' });
    assert.equal(previewListing('aws', ['cloudwatch', 'describe-alarms', '--alarm-name-prefix', 'preview-']), undefined);
    assert.equal(previewListing('aws', ['cloudwatch', 'describe-alarms', '--alarm-name-prefix', 'pr-3', '--state-value', 'OK']), undefined);
    assert.equal(previewListing('aws', ['cloudwatch', 'describe-alarms', '--alarm-name-prefix', 'pr-3', '--profile', 'prod']), undefined);
    const alarms = previewListing('aws', ['cloudwatch', 'describe-alarms', '--alarm-name-prefix', 'pr-3']);
    assert.notEqual(previewListingDelete(alarms, ['aws', 'cloudwatch', 'delete-alarms', '--alarm-names'], undefined), null);
    assert.equal(previewListingDelete(alarms, ['aws', 'logs', 'delete-log-group', '--log-group-name'], undefined), null);
    assert.equal(previewListingDelete(alarms, ['aws', 'cloudwatch', 'delete-alarms', '--alarm-names'], 'acme-prod'), null);
  });
});

describe('Athena query results', () => {
  test('a prefix of the results bucket; not the bucket, a kept word or production', () => {
    assert.equal(decide('aws s3 rm s3://acme-athena-results/x/ --recursive'), 'benign');
    assert.equal(decide('aws s3 rm s3://acme-athena-results/exports/ --recursive'), 'destructive');
    assert.equal(decide('aws s3 rm s3://acme-prod-athena-results/x/ --recursive'), 'destructive');
    assert.equal(decide('aws s3 rb s3://acme-athena-results --force'), 'destructive');
  });
});

describe('a gcloud group named with a read word', () => {
  test('its delete verb is the operation', () => {
    assert.equal(decide('gcloud logging logs delete app --quiet'), 'destructive');
    assert.equal(decide('gcloud logging logs list'), 'benign');
    assert.equal(decide('gcloud run services logs read web'), 'benign');
  });
});

describe('the session\'s kube context or AWS profile names production', () => {
  test('a preview reading is refused, unless the command names its own context or profile', () => {
    assert.equal(decide('helm uninstall web-pr-12 -n pr-12', { kube_context: 'prod-eks' }), 'destructive');
    assert.equal(decide('helm uninstall web-pr-12 -n pr-12 --kube-context dev', { kube_context: 'prod-eks' }), 'benign');
    assert.equal(decide('helm uninstall web-pr-12 -n pr-12', { kube_context: 'staging-eks' }), 'benign');
    assert.equal(decide('aws lambda delete-function --function-name api-pr-12', { aws_profile: 'acme-prod' }), 'destructive');
    assert.equal(decide('aws lambda delete-function --function-name api-pr-12 --profile dev', { aws_profile: 'acme-prod' }), 'benign');
    assert.equal(decide('aws lambda delete-function --function-name api-pr-12', { aws_profile: 'acme-dev' }), 'benign');
  });
});
