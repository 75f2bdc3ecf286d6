/**
 * Round 37 (g37): the lead's answers marked "next round" in round 36, built as classes. 373.3: a Kubernetes CronJob deleted
 * by one fixed name that is no safeguard's, outside production, is a write (infra.ts, kept-agents.ts cronJobSafeguard).
 * 373.4: Ray stopped over ssh, a fan-out, a cloud VM's ssh or a pod (ServiceRule.thisMachine, common.ts onAnotherHost) is
 * the cluster out of service. 375.2: `rsync --delete -b` keeps `NAME~`. 376.2: destroy-named scripts and targets, dev or
 * test named benign, staging and production unknown (named-scripts.ts). 376.3: MongoDB `$in` of more than ten literal ids
 * narrows nothing (document-filter.ts listsManyIds). 379.2: `pulumi policy disable`. 379.3: `wp site archive|deactivate`.
 * 379.5: one LB pool address removed. 380.8: a prefixed glob in the working folder is those files; Lustre mounted at its
 * own mount point is a write. fix37-g37.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string, context?: Record<string, string>): string => answer('command', command, context).decision;

test('373.4: ray stop on this machine is a write, over ssh or in a pod on a cluster head an outage', () => {
  for (const c of ['ray stop', 'ray stop --force', "ssh localhost 'ray stop --force'", 'ray start --head && ray stop --force']) assert.equal(decide(c), 'benign', c);
  for (const c of ["ssh ray-head 'ray stop --force'", 'ssh gpu-head ray stop', "ssh head 'ray job stop raysubmit_1'", 'pdsh -w n[1-4] ray stop', 'kubectl exec ray-head-0 -- ray stop', 'gcloud compute ssh head --command "ray stop"']) assert.equal(decide(c), 'destructive', c);
});

test('373.3: one named CronJob no safeguard\'s outside production is a write', () => {
  for (const c of ['kubectl delete cronjob nightly-report -n ops', 'kubectl delete cronjob/nightly-report -n ops', 'kubectl delete cj report-gen -n analytics']) assert.equal(decide(c), 'benign', c);
  for (const c of ['kubectl delete cronjob pg-backup -n db', 'kubectl delete cronjob sync-prices -n shop', 'kubectl delete cronjob log-shipper -n ops', 'kubectl delete cronjob nightly-report -n ops --context prod-eu', 'kubectl delete cronjob nightly-report -n staging', 'kubectl delete cronjob --all -n ops', 'kubectl delete cronjob a-report b-report -n ops', 'kubectl delete cronjob -l team=ops -n ops']) assert.equal(decide(c), 'destructive', c);
  assert.equal(decide('kubectl delete cronjob nightly-report -n ops', { cwd: '/home/dev/app', home: '/home/dev', host: 'ops-prod-01' }), 'destructive');
});

test('375.2: rsync --delete with -b or --backup keeps what it prunes', () => {
  for (const c of ['rsync -a --delete -b dist/ web1:/var/www/app/', 'rsync -avb --delete dist/ web1:/var/www/app/', 'rsync -a --delete --backup dist/ web1:/var/www/app/']) assert.equal(decide(c), 'benign', c);
  for (const c of ['rsync -a --delete dist/ web1:/var/www/app/', 'rsync -a --backup=false --delete dist/ web1:/var/www/app/', 'rsync -a --delete -b ./etc/ /etc/']) assert.equal(decide(c), 'destructive', c);
});

test('376.2: destroy-named scripts and targets: dev or test benign, staging and production unknown', () => {
  for (const c of ['./scripts/wipe-dev.sh', 'DEPLOY_ENV=dev ./bin/purge-stale-tenants', './scripts/reset-db.sh test', 'bash scripts/nuke.sh --env=dev', 'make db-reset ENV=dev', 'make destroy-test-env', 'just wipe dev', 'npm run purge-uploads -- --env=dev']) assert.equal(decide(c), 'benign', c);
  for (const c of ['DEPLOY_ENV=staging ./bin/purge-stale-tenants', 'bash scripts/nuke.sh --env=staging', 'make db-reset ENV=staging', 'just wipe staging', 'npm run purge-uploads -- --env=staging', './scripts/wipe-dev.sh prod', 'make nuke ENV=prod', 'make destroy', './scripts/wipe-all.sh --force', 'make db-reset ENV=$TARGET']) assert.equal(decide(c), 'unknown', c);
});

test('376.3: MongoDB $in of more than ten literal ids narrows nothing', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `"o${i}"`).join(',');
  assert.equal(decide(`mongosh shop --eval 'db.orders.deleteMany({_id: {$in: [${ids(11)}]}})'`), 'destructive');
  assert.equal(decide(`mongosh shop --eval 'db.orders.deleteMany({_id: {$in: [${ids(10)}]}})'`), 'benign');
  assert.equal(decide(`mongosh shop --eval 'db.orders.deleteMany({_id: {$in: [${ids(11)}]}, status: "void"})'`), 'benign');
  assert.equal(decide(`mongosh shop --eval 'db.orders.deleteMany({_id: {$in: [ObjectId("a1"), ObjectId("a2")]}})'`), 'benign');
  const mcp = (n: number) => answer('mcp_tool_call', { server: 'mongodb', name: 'delete-many', arguments: { database: 'shop', collection: 'orders', filter: { _id: { $in: Array.from({ length: n }, (_, i) => `o${i}`) } } } }).decision;
  assert.equal(mcp(11), 'destructive');
  assert.equal(mcp(3), 'benign');
});

test('379.2, 379.3, 379.5: pulumi policy disable, wp site archive, one LB pool address', () => {
  assert.equal(decide('pulumi policy disable acme/security-baseline'), 'destructive');
  for (const c of ['pulumi policy enable acme/security-baseline latest', 'pulumi policy ls', 'wp site archive 12', 'wp site deactivate 12', 'az network lb address-pool address remove -g rg --lb-name lb1 --pool-name be --name addr1']) assert.equal(decide(c), 'benign', c);
  for (const c of ['wp site delete 12 --yes', 'wp site empty --yes', 'az network lb address-pool delete -g rg --lb-name lb1 -n be']) assert.equal(decide(c), 'destructive', c);
});

test('380.8: a prefixed glob in the working folder is files; Lustre at its own mount point is a write', () => {
  const work = { cwd: '/home/alice/projects/md-sims', home: '/home/alice' };
  for (const c of ['rm -f slurm-44*.out', 'rm -f ./slurm-*.out', 'rm -f core.*']) assert.equal(decide(c, work), 'benign', c);
  for (const c of ['rm -f *.out', 'rm -rf *', 'rm -f .*', 'rm -f ../slurm-*.out', 'rm -f results-*.db', 'rm -rf run_*']) assert.equal(decide(c, work), 'destructive', c);
  assert.equal(decide('rm -f slurm-44*.out', { cwd: '/home/alice', home: '/home/alice' }), 'destructive');
  const head = { cwd: '/root', home: '/root', host: 'hpc-head01' };
  for (const c of ['mount -t lustre 10.10.0.11@o2ib:/scratch /scratch', 'mount -t lustre mgs1@tcp:mgs2@tcp:/project /lustre/project']) assert.equal(decide(c, head), 'benign', c);
  for (const c of ['mount -t lustre 10.10.0.11@o2ib:/scratch /home', 'mount -t nfs nas01:/scratch /scratch', 'mount -t lustre 10.10.0.11@o2ib:/scratch /var/lib/mysql']) assert.equal(decide(c, head), 'destructive', c);
});
