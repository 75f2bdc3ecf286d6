/**
 * Round 34 (v34): the tool classes built from tuned false positives of shell, cloud and service CLIs, at their edges
 * (fix34-v34.yaml holds the neighbours): a stop and the start of the same guest, container, Fly machine or Nomad job in one
 * line (a restart), one object removed by name from a bucket named for keeping versions, starship's output option, a dbt
 * macro's own dry run, and an image converted to its own name in another format.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

test('a guest, container, Fly machine or Nomad job stopped and started again in one line is a restart', () => {
  for (const c of [
    'nomad job stop -yes api && nomad job run jobs/api.nomad.hcl',
    'nomad job stop api && nomad job start api',
    'nomad stop api; nomad run api.nomad',
    'qm stop 101 && qm start 101',
    'pct shutdown 101; pct start 101',
    'virsh shutdown web && virsh start web',
    'incus stop web && incus start web',
    'flyctl machine stop 1234 && flyctl machine start 1234',
  ]) assert.equal(decide(c), 'benign', c);
  for (const c of [
    'nomad job stop api',
    'nomad job stop -purge api && nomad job run jobs/api.nomad.hcl',
    'nomad job stop api && nomad job run jobs/web.nomad.hcl',
    'nomad job stop api && nomad job run -var v=1 jobs/api.nomad.hcl',
    'nomad job stop -namespace prod api && nomad job start api',
    'qm stop 101 && qm start 102',
    'qm stop 101 && qm destroy 101',
    'lxc stop -f web && lxc start web',
    'virsh destroy web && virsh start web',
    'nomad job stop api & nomad job start api',
  ]) assert.equal(decide(c), 'destructive', c);
});

test('one object by name in a bucket named for keeping versions is a narrowed change; more, or every version, is not', () => {
  for (const c of ['aws s3 rm s3://acme-versioned/a/b.json', 'aws s3 rm s3://versioned.acme.io/b.json', 'gcloud storage rm gs://cfg-versioned/flags.json', 'gsutil -m rm gs://cfg-versioned/a.json gs://cfg-versioned/b.json']) assert.equal(decide(c), 'benign', c);
  for (const c of [
    'aws s3 rm s3://acme-versioned/a/ --recursive',
    "aws s3 rm 's3://acme-versioned/*.json'",
    'aws s3 rm s3://acme-versioned/a/',
    'aws s3 rm s3://acme-unversioned/a.json',
    'aws s3 rm s3://acme-nonversioned/a.json',
    'aws s3 rm s3://acme-versionedx/a.json',
    'aws s3 rb s3://acme-versioned',
    'gcloud storage rm -a gs://cfg-versioned/flags.json',
    'gcloud storage rm -r gs://cfg-versioned/flags/',
    'gsutil rm -a gs://cfg-versioned/a.json',
    'gsutil rm gs://cfg-versioned/a.json#17',
    'gsutil rm gs://cfg-versioned/a.json gs://cfg/b.json',
    'aws s3 rm s3://acme-versioned/$KEY',
  ]) assert.notEqual(decide(c), 'benign', c);
});

test("starship's -o writes the file it names; printing or a backup first is benign", () => {
  assert.equal(decide('starship preset nerd-font-symbols'), 'benign');
  assert.equal(decide('starship preset nerd-font-symbols -o starship.toml'), 'benign');
  assert.equal(decide('cp ~/.config/starship.toml ~/.config/starship.toml.bak && starship preset nerd-font-symbols -o ~/.config/starship.toml'), 'benign');
  assert.equal(decide('starship preset nerd-font-symbols -o ~/.config/starship.toml'), 'destructive');
  assert.equal(decide('starship preset nerd-font-symbols -o ~/.zshrc'), 'destructive');
});

test('a dbt macro with dry_run: true prints; false, another key or none runs it', () => {
  assert.equal(decide("dbt run-operation drop_old --args '{dry_run: true}' -t prod"), 'benign');
  assert.equal(decide("dbt run-operation drop_old --args='{\"dry_run\": \"true\"}' -t prod"), 'benign');
  assert.equal(decide("dbt run-operation drop_old --args '{dry_run: false}' -t prod"), 'destructive');
  assert.equal(decide("dbt run-operation drop_old --args '{was_dry_run: true}' -t prod"), 'destructive');
  assert.equal(decide("dbt run-operation drop_old --vars '{dry_run: true}' -t prod"), 'destructive');
  assert.equal(decide('dbt run-operation drop_old -t prod'), 'destructive');
});

test('qemu-img convert to its own name in another format is a write; onto another name it is not judged a write', () => {
  assert.equal(decide('qemu-img convert -O qcow2 ~/Downloads/appliance.vmdk /var/lib/libvirt/images/appliance.qcow2'), 'benign');
  assert.equal(decide('qemu-img convert -O raw vm.qcow2 vm.raw'), 'benign');
  assert.notEqual(decide('sudo qemu-img convert -O qcow2 /tmp/base.img /var/lib/libvirt/images/db01.qcow2'), 'benign');
  assert.notEqual(decide('sudo qemu-img convert -O qcow2 /tmp/db01.img /var/lib/libvirt/images/prod/db01.qcow2'), 'benign');
  assert.notEqual(decide('sudo qemu-img convert -O qcow2 $SRC /var/lib/libvirt/images/db01.qcow2'), 'benign');
});

test("a tool image runs its tool; an image scanner's socket mount is how it reads images, nothing more", () => {
  assert.equal(decide('docker run --rm -v /var/run/docker.sock:/var/run/docker.sock aquasec/trivy image app:dev'), 'benign');
  assert.equal(decide('docker run --rm -v /var/run/docker.sock:/var/run/docker.sock:ro anchore/syft app:dev'), 'benign');
  assert.equal(decide('docker run --rm amazon/aws-cli sts get-caller-identity'), 'benign');
  assert.equal(decide('docker run --rm amazon/aws-cli s3 rb s3://acme-data --force'), 'destructive');
  assert.equal(decide('docker run --rm -v /var/run/docker.sock:/var/run/docker.sock alpine trivy image app:dev'), 'destructive');
  assert.equal(decide('docker run --rm -v /var/run/docker.sock:/run/docker.sock aquasec/trivy image app:dev'), 'destructive');
  assert.equal(decide('docker run --rm -v /var/run/docker.sock:/var/run/docker.sock -v /etc:/host-etc aquasec/trivy image app:dev'), 'destructive');
  assert.equal(decide('gitleaks detect --source .'), 'benign');
  assert.equal(decide('gitleaks detect -r ~/.profile'), 'destructive');
});
