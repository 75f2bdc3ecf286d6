/**
 * Round 33 (c33, blind33-cloudwork): the classes built from the set's tuned misses at their edges (fix33-c33.yaml holds
 * the neighbours): a platform CLI's own SQL client judged by its SQL, OCI option values, objects opened to anonymous users
 * by s3cmd and mc, and a MinIO user or access key switched off.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

test("a platform CLI's SQL client: the statements given are judged; a file, unfixed input or no statement is unknown", () => {
  assert.equal(decide("heroku pg:psql -a shop -c 'DELETE FROM carts'"), 'destructive');
  assert.equal(decide("heroku pg:psql -a shop --command='DROP TABLE carts'"), 'destructive');
  assert.equal(decide("heroku pg:psql -a shop -c 'DELETE FROM carts WHERE id = 42'"), 'benign');
  assert.equal(decide('heroku pg:psql -a shop -f wipe.sql'), 'unknown');
  assert.equal(decide('heroku pg:psql -a shop < wipe.sql'), 'unknown');
  assert.equal(decide('heroku pg:psql -a shop'), 'unknown');
  assert.equal(decide('heroku pg:info -a shop'), 'benign');
  assert.equal(decide("az postgres flexible-server execute -n pg -u admin -p x -d shop -q 'TRUNCATE carts'"), 'destructive');
  assert.equal(decide('az postgres flexible-server execute -n pg -u admin -p x -d shop --file-path wipe.sql'), 'unknown');
  assert.equal(decide("turso db shell acme 'DROP TABLE users'"), 'destructive');
  assert.equal(decide("turso db shell acme 'SELECT 1'"), 'benign');
  assert.equal(decide('turso db shell acme'), 'unknown');
  assert.equal(decide("echo 'DROP TABLE t' | fly pg connect -a db"), 'destructive');
  assert.equal(decide('pscale shell acme main'), 'unknown');
});

test('OCI option values are no operation words; the operation still decides', () => {
  assert.equal(decide('oci os object put --bucket-name release-artifacts --file ./a.tgz'), 'benign');
  assert.equal(decide('oci os object put -bn delete-me --file ./a.tgz'), 'benign');
  assert.equal(decide('oci os object delete --bucket-name release-artifacts --object-name a.tgz --force'), 'destructive');
  assert.equal(decide('oci compute instance action --instance-id ocid1.instance.oc1..x --action STOP'), 'destructive');
  assert.equal(decide('oci compute instance action --instance-id ocid1.instance.oc1..x --action START'), 'benign');
});

test('objects opened to anonymous users: s3cmd setacl -P and mc anonymous set public|download|upload; closing them or uploading a site is not', () => {
  for (const c of ['s3cmd setacl --acl-public s3://b/k', 's3cmd setacl -P --recursive s3://b', 'mc anonymous set public m/b', 'mc anonymous set download m/b/p', 'mc policy set upload m/b']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['s3cmd setacl --acl-private s3://b/k', 's3cmd sync --acl-public ./site/ s3://www.acme.io/', 'mc anonymous set none m/b', 'mc anonymous set private m/b', 'mc anonymous get m/b']) assert.equal(decide(c), 'benign', c);
});

test('a MinIO user, service account or access key disabled is a credential switched off; enabled, listed or added is not', () => {
  for (const c of ['mc admin user disable m bob', 'mc admin accesskey disable m AKIAX', 'mc admin user svcacct disable m svc-1']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['mc admin user enable m bob', 'mc admin user list m', 'mc admin accesskey ls m', 'mc admin user add m bob "$S"']) assert.equal(decide(c), 'benign', c);
});

test("a read leaf's operand named with a delete word is a resource (gcloud and the other cloud CLIs); the delete verb still decides", () => {
  for (const c of ['gcloud compute instances describe release-runner-1', 'gcloud functions describe purge-cache', 'gcloud compute instances get-serial-port-output delete-me-1', 'doctl compute droplet get release-runner-1', 'hcloud server describe reset-test', 'hcloud server poweron release-runner-1', 'eksctl get nodegroup --cluster release-infra', 'wrangler tail purge-worker']) assert.equal(decide(c), 'benign', c);
  for (const c of ['gcloud compute instances delete release-runner-1 --quiet', 'gcloud logging logs delete projects/p/logs/app --quiet', 'hcloud server delete release-runner-1', 'doctl compute droplet delete web-1 --force', 'glab release delete v1', 'lxc config device remove c1 eth0', 'doctl compute tag delete old']) assert.equal(decide(c), 'destructive', c);
});
