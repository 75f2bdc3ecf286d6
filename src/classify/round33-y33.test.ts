/**
 * Round 33 (branch y33), the lead's answers 339 (y31 questions 1-12) and 345.5 (a CI bucket's `pr-*` include): the listing
 * and prefix readers at their edges (fix33-y33.yaml holds the commands both ways).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snapshotListing, snapshotListingTail, snapshotRetention } from './shell/snapshot-retention.ts';
import { disposableListing, disposableListingDelete, namedListingFiltered, objectFolderListing, runRangeFolder } from './shell/disposable-listing.ts';
import { ciPullRequestFolders, disposablePrefix } from './shell/tools/object-prefixes.ts';
import { camelCaseWords } from './shell/tools/infra.ts';

test('answer 339 q1: one series of images or one tag of snapshots, newest N kept; a name prefix too short or a second filter is not one series', () => {
  const images = ['ec2', 'describe-images', '--owners', 'self', '--query', 'sort_by(Images,&CreationDate)[:-5].ImageId'];
  const series = snapshotListing('aws', [...images, '--filters', 'Name=name,Values=web-base-*']);
  assert.deepEqual(series, { service: 'ec2-image', newestFirst: false, kept: 5 });
  assert.match(snapshotRetention(series, ['aws', 'ec2', 'deregister-image', '--image-id']) ?? '', /retention/);
  assert.equal(snapshotRetention(series, ['aws', 'ec2', 'delete-snapshot', '--snapshot-id']), null);
  assert.equal(snapshotListing('aws', [...images, '--filters', 'Name=name,Values=w*']), undefined);
  assert.equal(snapshotListing('aws', [...images, '--filters', 'Name=name,Values=web-*-base*']), undefined);
  assert.equal(snapshotListing('aws', [...images, '--filters', 'Name=name,Values=web-base-*', '--filters', 'Name=tag:a,Values=b']), undefined);
  const snaps = ['ec2', 'describe-snapshots', '--query', 'sort_by(Snapshots,&StartTime)[:-14].SnapshotId'];
  assert.deepEqual(snapshotListing('aws', [...snaps, '--filters', 'Name=tag:backup,Values=nightly']), { service: 'ec2', newestFirst: false, kept: 14 });
  assert.equal(snapshotListing('aws', [...snaps, '--filters', 'Name=tag:backup,Values=*']), undefined);
  assert.equal(snapshotRetention({ service: 'ec2-image', newestFirst: false, kept: 1 }, ['aws', 'ec2', 'deregister-image', '--image-id']), null);
});

test('answer 339 q1: a gcloud image family kept by tail, in the same project; az images by a name prefix', () => {
  const family = snapshotListing('gcloud', ['compute', 'images', 'list', '--filter=family=web-base', '--sort-by=~creationTimestamp', '--project', 'acme-sandbox']);
  const kept = snapshotListingTail(family!, 4)!;
  assert.equal(kept.kept, 3);
  assert.notEqual(snapshotRetention(kept, ['gcloud', 'compute', 'images', 'delete', '--project', 'acme-sandbox', '--quiet']), null);
  assert.equal(snapshotRetention(kept, ['gcloud', 'compute', 'images', 'delete', '--project', 'acme-prod', '--quiet']), null);
  assert.equal(snapshotRetention(kept, ['gcloud', 'compute', 'images', 'delete', '--quiet']), null);
  assert.equal(snapshotListing('gcloud', ['compute', 'images', 'list', '--filter=name~web', '--sort-by=~creationTimestamp']), undefined);
  const az = snapshotListing('az', ['image', 'list', '-g', 'rg-img', '--query', "sort_by([?starts_with(name,'img-web-')], &tags.built)[:-3].id"]);
  assert.deepEqual(az, { service: 'az-image', newestFirst: false, kept: 3 });
  assert.equal(snapshotListing('az', ['image', 'list', '--query', "sort_by([?starts_with(name,'img-web-')], &tags.built)[:-3].id"]), undefined);
  assert.equal(snapshotListing('az', ['image', 'list', '-g', 'rg-img', '--query', "sort_by([?starts_with(name,'i')], &tags.built)[:-3].id"]), undefined);
});

test('answer 339 q2: listings narrowed to one pull request by name or tag; any other narrowing is not', () => {
  const doctl = disposableListing('doctl', ['compute', 'snapshot', 'list', '--format', 'ID,Name', '--no-header'])!;
  assert.equal(doctl.kind, 'named listing');
  const run = namedListingFiltered(doctl, 'awk', ['$2 ~ /^ci-run-8812-/ {print $1}'])!;
  assert.notEqual(disposableListingDelete(run, ['doctl', 'compute', 'snapshot', 'delete', '--force'], undefined), null);
  assert.equal(disposableListingDelete(run, ['doctl', 'compute', 'droplet', 'delete', '--force'], undefined), null);
  assert.equal(disposableListingDelete(run, ['doctl', 'compute', 'snapshot', 'delete', '--force'], 'prod'), null);
  assert.equal(namedListingFiltered(doctl, 'awk', ['$2 ~ /^web-/ {print $1}']), undefined);
  assert.equal(namedListingFiltered(doctl, 'awk', ['$1 ~ /^ci-run-8812-/ {print $1}']), undefined);
  assert.equal(namedListingFiltered(doctl, 'awk', ['$2 ~ /^ci-run-8812-/ {print $2}']), undefined);
  assert.equal(disposableListing('doctl', ['compute', 'snapshot', 'list', '--format', 'Name,ID', '--no-header']), undefined);
  assert.equal(disposableListingDelete(doctl, ['doctl', 'compute', 'snapshot', 'delete', '--force'], undefined), null);
  const bq = disposableListing('bq', ['ls', '--format=json'])!;
  assert.notEqual(namedListingFiltered(bq, 'jq', ['-r', '.[].datasetReference.datasetId | select(startswith("pr_1423_"))']), undefined);
  assert.equal(namedListingFiltered(bq, 'jq', ['-r', '.[].datasetReference.datasetId | select(startswith("pr_"))']), undefined);
  assert.equal(disposableListing('az', ['group', 'list', '--query', "[?tags.pr=='1398'].name", '-o', 'tsv'])?.kind, "one run's resources");
  assert.equal(disposableListing('az', ['group', 'list', '--query', "[?tags.env=='prod'].name", '-o', 'tsv']), undefined);
  assert.equal(disposableListing('gh', ['api', 'repos/acme/web/deployments?environment=pr-1423', '--jq', '.[].id'])?.kind, "one run's resources");
  assert.equal(disposableListing('gh', ['api', 'repos/acme/web/deployments?environment=staging', '--jq', '.[].id']), undefined);
  // A pull request's queue is no longer its scratch (the lead's answers 395.4 and 399.2: a queue's messages, whatever its name).
  assert.equal(disposableListing('aws', ['sqs', 'get-queue-url', '--queue-name', 'orders-pr-1423']), undefined);
  assert.equal(disposableListing('aws', ['sqs', 'get-queue-url', '--queue-name', 'orders']), undefined);
  assert.equal(disposableListing('aws', ['ec2', 'describe-security-groups', '--filters', 'Name=group-name,Values=preview-pr-1423'])?.kind, "one run's resources");
  assert.equal(camelCaseWords('WebPreviewPr1423Stack'), 'Web-Preview-Pr-1423-Stack');
});

test('answer 339 q6: untagged Artifact Registry digests into the same image only', () => {
  const image = 'europe-docker.pkg.dev/acme-sandbox/web/app';
  const listing = disposableListing('gcloud', ['artifacts', 'docker', 'images', 'list', image, "--filter=-tags:*", '--format=value(version)'])!;
  assert.notEqual(disposableListingDelete(listing, ['gcloud', 'artifacts', 'docker', 'images', 'delete', `${image}@{}`, '--quiet'], undefined), null);
  assert.equal(disposableListingDelete(listing, ['gcloud', 'artifacts', 'docker', 'images', 'delete', `${image}-x@{}`, '--quiet'], undefined), null);
  assert.equal(disposableListingDelete(listing, ['gcloud', 'artifacts', 'docker', 'images', 'delete', `${image}@{}`, '--delete-tags'], undefined), null);
  assert.equal(disposableListing('gcloud', ['artifacts', 'docker', 'images', 'list', image, '--format=value(version)']), undefined);
});

test('answer 339 q3 and 345.5: runs by a number wildcard or an awk range; a CI bucket\'s pr-* folders', () => {
  assert.notEqual(disposablePrefix('s3://acme-ci-artifacts/runs/88*/logs/*', 'ci'), null);
  assert.equal(disposablePrefix('s3://acme-ci-artifacts/runs/8*/logs/*', 'ci'), null);
  assert.equal(disposablePrefix('s3://acme-ci-artifacts/runs/88*/logs/*', 'prod'), null);
  assert.equal(disposablePrefix('s3://acme-data/runs/88*/', 'ci'), null);
  assert.equal(objectFolderListing('aws', ['s3', 'ls', 's3://acme-ci-artifacts/runs/']), 's3://acme-ci-artifacts/runs/');
  assert.equal(objectFolderListing('aws', ['s3', 'ls', 's3://acme-ci-artifacts/runs/', '--recursive']), undefined);
  assert.equal(runRangeFolder('awk', ['$2 ~ /^7[0-9]{3}\\/$/ {print $2}']), '7000/');
  assert.equal(runRangeFolder('awk', ['$2 ~ /^7/ {print $2}']), undefined);
  assert.equal(runRangeFolder('awk', ['$2 ~ /^7[0-9]\\/$/ {print $2}']), undefined);
  assert.equal(runRangeFolder('awk', ['$2 ~ /^7[0-9]{3}\\/$/ {print $1}']), undefined);
  assert.notEqual(ciPullRequestFolders('s3://acme-ci-artifacts/builds/pr-*'), null);
  assert.notEqual(ciPullRequestFolders('s3://acme-ci-artifacts/pr-*/coverage/*'), null);
  assert.equal(ciPullRequestFolders('s3://acme-ci-artifacts/releases/pr-*'), null);
  assert.equal(ciPullRequestFolders('s3://acme-artifacts/builds/pr-*'), null);
  assert.equal(ciPullRequestFolders('s3://acme-ci-artifacts/builds/pr*'), null);
  assert.equal(ciPullRequestFolders('s3://acme-ci-prod/builds/pr-*'), null);
});
