import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { disposableListing, disposableListingDelete } from './disposable-listing.ts';
import { ec2RunFilter } from './tools/cloud-run-filter.ts';

// Round 30 (branch y30): a cloud operations engineer's day-2 work, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function sh(command: string, awsProfile?: string): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, { cwd: '/home/ana/infra', home: '/home/ana', ...(awsProfile ? { awsProfile } : {}) }, EMPTY_INVENTORY);
}
function reasons(facts: ActionFacts): string[] {
  return facts.findings.map((f) => f.code);
}

const EXPIRED = "aws acm list-certificates --certificate-statuses EXPIRED --query 'CertificateSummaryList[].CertificateArn' --output text";

test('answer 287: ACM certificates listed as EXPIRED, deleted through xargs or a for loop, and nothing else', () => {
  for (const c of [`${EXPIRED} | xargs -r -n1 aws acm delete-certificate --certificate-arn`, `for arn in $(${EXPIRED}); do aws acm delete-certificate --certificate-arn "$arn"; done`, `for arn in "$(${EXPIRED})"; do aws acm delete-certificate --certificate-arn \${arn}; done`]) {
    const facts = sh(c, 'acme-prod');
    assert.equal(facts.destructive, false, c);
    assert.ok(reasons(facts).includes('unused_items_delete'), c);
  }
  for (const c of [
    `${EXPIRED.replace('EXPIRED', 'ISSUED')} | xargs -n1 aws acm delete-certificate --certificate-arn`,
    `${EXPIRED.replace('EXPIRED', 'EXPIRED --includes keyTypes=RSA_2048')} | xargs -n1 aws acm delete-certificate --certificate-arn`,
    `for arn in $(${EXPIRED}) extra; do aws acm delete-certificate --certificate-arn "$arn"; done`,
    `for arn in $(${EXPIRED}); do x=1; aws acm delete-certificate --certificate-arn "$other"; done`,
    `for arn in $(${EXPIRED}); do :; done; aws acm delete-certificate --certificate-arn "$arn"`,
    `${EXPIRED} | xargs -n1 aws acm delete-certificate --certificate-arn arn:aws:acm:eu-west-1:123456789012:certificate/x`,
  ]) assert.equal(sh(c, 'acme-prod').destructive, true, c);
});

test('the listings read: one state alone, known options once, fixed words', () => {
  assert.deepEqual(disposableListing('aws', ['acm', 'list-certificates', '--certificate-statuses', 'EXPIRED', '--output', 'text']), { kind: 'expired certificates' });
  assert.deepEqual(disposableListing('aws', ['acm', 'list-certificates', '--certificate-statuses=EXPIRED']), { kind: 'expired certificates' });
  assert.equal(disposableListing('aws', ['acm', 'list-certificates', '--certificate-statuses', 'EXPIRED', '--output', 'text', '--output', 'json']), undefined);
  assert.equal(disposableListing('aws', ['acm', 'list-certificates', '--certificate-statuses', null]), undefined);
  assert.deepEqual(disposableListing('aws', ['iam', 'list-access-keys', '--user-name', 'ana', '--query', "AccessKeyMetadata[?Status == 'Inactive'].AccessKeyId"]), { kind: 'inactive access keys', user: 'ana' });
  assert.equal(disposableListing('aws', ['iam', 'list-access-keys', '--query', "AccessKeyMetadata[?Status=='Inactive'].AccessKeyId"]), undefined, 'no user: the caller\'s own keys, not one user named');
  assert.deepEqual(disposableListing('aws', ['ec2', 'describe-addresses', '--query', 'Addresses[?!AssociationId].AllocationId']), { kind: 'unassociated addresses' });
  assert.equal(disposableListing('aws', ['ec2', 'describe-addresses', '--filters', 'Name=domain,Values=vpc', '--query', 'Addresses[?AssociationId==null].AllocationId']), undefined);
  assert.equal(disposableListingDelete({ kind: 'inactive access keys', user: 'ana' }, ['aws', 'iam', 'delete-access-key', '--user-name', 'bob', '--access-key-id'], undefined), null);
  assert.equal(disposableListingDelete({ kind: 'expired certificates' }, ['aws', 'acm', 'delete-certificate', null, '--certificate-arn'], undefined), null);
});

test('one run\'s own by an EC2 filter or a Hetzner selector: not in a production account, not a tier, not the wrong deleter', () => {
  assert.equal(ec2RunFilter(['--filters', 'Name=tag:ci-run,Values=5521']), 'ci-run=5521');
  assert.equal(ec2RunFilter(['--filters', 'Name=name,Values=pr-318-web']), 'name=pr-318-web');
  assert.equal(ec2RunFilter(['--filters', 'Name=tag:ci-run,Values=5521', 'Name=tag:env,Values=prod']), null);
  assert.equal(ec2RunFilter(['--filters', 'Name=tag:Name,Values=ci-run-*']), null);
  assert.equal(ec2RunFilter(['--filters', 'Name=tag:Name,Values=$RUN']), null);
  const volumes = "aws ec2 describe-volumes --filters Name=tag:ci-run,Values=5521 --query 'Volumes[].VolumeId' --output text | xargs -n1 aws ec2 delete-volume --volume-id";
  assert.equal(sh(volumes, 'acme-ci').destructive, false);
  assert.equal(sh(volumes, 'acme-prod').destructive, true);
  assert.equal(sh(volumes.replace('delete-volume --volume-id', 'delete-snapshot --snapshot-id'), 'acme-ci').destructive, true);
  assert.equal(sh('hcloud volume list -l ci-run=4412 -o noheader -o columns=id | xargs -n1 hcloud volume delete').destructive, false);
  for (const c of ['hcloud volume list -l team=web -o columns=id | xargs -n1 hcloud volume delete', 'hcloud volume list -l ci-run=4412 --sort name | xargs -n1 hcloud volume delete', 'hcloud volume list -l ci-run=4412 | xargs -n1 hcloud volume detach']) assert.equal(sh(c).destructive, true, c);
});

test('answer 72 reaches images, clusters and stacks named test or scratch; not disks, not two names, not a bare ci', () => {
  for (const c of ['gcloud compute images delete test-image-1 --quiet', 'gcloud container clusters delete scratch-gke --zone z --quiet', 'az image delete -g rg-x -n img-test-ana', 'doctl kubernetes cluster delete test-cluster --force']) assert.equal(sh(c).destructive, false, c);
  assert.equal(sh('aws cloudformation delete-stack --stack-name perf-test-ana', 'acme-dev').destructive, false);
  for (const c of ['gcloud compute images delete test-image-1 web-base --quiet', 'gcloud compute disks delete test-disk --zone z --quiet', 'doctl kubernetes cluster delete e2e --force', 'gcloud container clusters delete test-gke --project acme-prod --quiet']) assert.equal(sh(c).destructive, true, c);
  assert.equal(sh('aws cloudformation delete-stack --stack-name perf-test-ana', 'acme-prod').destructive, true);
});

test('a dev machine or app stopped gracefully is parked; a power cut, a database, an unnamed or production one is not', () => {
  for (const c of ['gcloud compute instances stop vm-dev-1 --project acme-dev', 'az vm deallocate -g rg-dev -n vm-dev-1', 'az webapp stop -g rg-dev -n shop-dev', 'hcloud server shutdown dev-1']) {
    const facts = sh(c);
    assert.equal(facts.destructive, false, c);
    assert.ok(reasons(facts).includes('dev_stopped'), c);
  }
  assert.equal(sh('aws ec2 stop-instances --instance-ids i-0abc', 'acme-dev').destructive, false);
  for (const c of ['hcloud server poweroff dev-1', 'az vm stop -g rg-prod -n vm-dev-1', 'az vm stop -g rg-apps -n vm-web', 'gcloud compute instances stop vm-dev-1 vm-api-1 --zone z', 'az postgres flexible-server stop -g rg-dev -n pg-dev']) assert.equal(sh(c).destructive, true, c);
  for (const c of ['aws ec2 stop-instances --instance-ids i-0abc --force', 'aws ec2 stop-instances --instance-ids $IDS', 'aws rds stop-db-instance --db-instance-identifier app-dev']) assert.equal(sh(c, 'acme-dev').destructive, true, c);
});

test('rclone and mc: a run\'s or pull request\'s prefix, a build cache swept by age; EC2 disassociate-address is an outage', () => {
  for (const c of ['rclone purge r2:ci-artifacts/pr-991', 'rclone deletefile r2:ci-artifacts/pr-991/a.html', 'mc rm -r --force minio/previews/pr-412', 'rclone delete s3:acme-ci/artifacts/run-5521/', 'rclone delete b2:acme/build-cache --min-age 7d', 'mc rm -r --force --older-than 7d minio/ci/cache/']) assert.equal(sh(c).destructive, false, c);
  for (const c of ['rclone purge r2:ci-artifacts', 'rclone purge r2:ci-artifacts/pr-991/../releases', 'rclone delete b2:acme/build-cache', 'rclone purge prod:ci-artifacts/pr-991', 'mc rm -r --force minio/ci/cache/']) assert.equal(sh(c).destructive, true, c);
  assert.ok(reasons(sh('aws ec2 disassociate-address --association-id eipassoc-1', 'acme-prod')).includes('service_outage'));
  assert.equal(sh('oci os object bulk-delete --bucket-name ci-artifacts --prefix builds/pr-211/ --force').destructive, false);
  assert.equal(sh('oci os object bulk-delete --bucket-name ci-artifacts --prefix builds/pr-211/ --include "*.log" --force').destructive, true);
});

test('a volume of a compose project named for one pull request or run: by the project part before the first underscore', () => {
  for (const c of ['docker volume rm pr-412_pgdata', 'docker volume rm review-fix-login_pgdata ci-run-5521_cache']) assert.equal(sh(c).destructive, false, c);
  for (const c of ['docker volume rm pgdata_pr-412', 'docker volume rm pr-412_pgdata shop_pgdata', 'docker volume rm pr_pgdata', 'docker volume rm staging-pr-412_pgdata']) assert.equal(sh(c).destructive, true, c);
});

test('answer 190\'s kinds in aws and gcloud: one name, answer 72\'s words without `ci` or `e2e` alone, no tier, not a data store', () => {
  for (const c of ['aws lambda delete-function --function-name test-fn', 'aws ecs delete-cluster --cluster scratch-ecs', 'aws eks delete-cluster --name tmp-eks --region eu-west-1', 'aws ecr delete-repository --repository-name temp-web --force']) assert.equal(sh(c, 'acme-dev').destructive, false, c);
  for (const c of ['gcloud functions delete test-fn --quiet', 'gcloud pubsub topics delete orders-test']) assert.equal(sh(c).destructive, false, c);
  for (const c of ['aws lambda delete-function --function-name e2e-runner', 'aws lambda delete-function --function-name test-fn --qualifier prod', 'aws cloudwatch delete-alarms --alarm-names test-a other-b', 'aws cloudformation delete-stack --stack-name test-stack --profile prod', 'aws dynamodb delete-table --table-name test-t', 'aws ecs delete-service --cluster acme-prod --service test-api']) assert.equal(sh(c, 'acme-dev').destructive, true, c);
  assert.equal(sh('gcloud run services delete test-web --project acme-prod --quiet').destructive, true);
});
