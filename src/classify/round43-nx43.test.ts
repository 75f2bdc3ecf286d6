/**
 * Round 43 (nx43): the classes built from bl42sci's pinned tuned misses (the lead's answer 450), at their edges: output
 * written over its own input (samtools, bcftools: research-data-catalogue.ts), nextflow drop, datalad push --force,
 * globus --dry-run, Zenodo and Dataverse drafts and publishing, REDCap deletes and overwriting imports, LabKey
 * truncateTable, Globus transfers that prune (research-http.ts), Globus anonymous access rules and a data repository's
 * access opened (access-widened.ts). fix43-nx43.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i) as unknown as { decision: string; targets_env: string | null };
const http = (method: string, url: string, body?: JsonValue) => answer(body === undefined ? { method, url } : { method, url, body }, 'http_request').decision;

test('samtools and bcftools: an output over its own input destroys it; a new output or standard output writes', () => {
  for (const c of ['samtools sort -o a.bam a.bam', 'samtools view -b a.bam -o a.bam', 'samtools sort --output=a.bam a.bam', 'bcftools view -Oz -o c.vcf.gz c.vcf.gz', 'bcftools norm -f ref.fa --output c.vcf.gz c.vcf.gz']) assert.equal(answer(c).decision, 'destructive', c);
  for (const c of ['samtools sort -o b.bam a.bam', 'samtools sort -o - a.bam', 'samtools index a.bam', 'bcftools view -Oz -o d.vcf.gz c.vcf.gz', 'bcftools view -o c.vcf.gz -T c.vcf.gz other.vcf.gz']) assert.equal(answer(c).decision, 'benign', c);
});

test('nextflow drop is a write unless -f; datalad push --force all|gitpush force-pushes; globus --dry-run previews', () => {
  for (const c of ['nextflow drop -f nf-core/sarek', 'datalad push --to origin --force all', 'datalad push --to origin -f gitpush', 'globus transfer --delete -r a:/x b:/y']) assert.equal(answer(c).decision, 'destructive', c);
  for (const c of ['nextflow drop nf-core/sarek', 'datalad push --to origin --force checkdatapresent', 'globus transfer --dry-run --delete -r a:/x b:/y', 'globus delete --dry-run -r a:/x']) assert.equal(answer(c).decision, 'benign', c);
});

test('Zenodo and Dataverse: drafts deleted by id are narrowed; published records, destroy and publishing are not', () => {
  for (const u of ['https://zenodo.org/api/deposit/depositions/10', 'https://zenodo.org/api/deposit/depositions/10/files/7b3e9a1c-1111-4222-8333-944455556666', 'https://demo.dataverse.org/api/datasets/24/versions/:draft']) assert.equal(http('DELETE', u), 'benign', u);
  for (const u of ['https://zenodo.org/api/records/10', 'https://zenodo.org/api/deposit/depositions', 'https://demo.dataverse.org/api/datasets/24/destroy', 'https://demo.dataverse.org/api/datasets/24/versions/1.0']) assert.equal(http('DELETE', u), 'destructive', u);
  assert.equal(http('POST', 'https://zenodo.org/api/deposit/depositions/10/actions/publish'), 'destructive');
  assert.equal(http('POST', 'https://demo.dataverse.org/api/datasets/24/actions/:publish?type=major'), 'destructive');
  assert.equal(answer({ method: 'DELETE', url: 'https://sandbox.zenodo.org/api/deposit/depositions/10' }, 'http_request').targets_env, 'dev');
});

test('REDCap: up to ten literal records deleted are narrowed; more, or an overwriting import, destroy; a normal import writes', () => {
  const records = (n: number) => Array.from({ length: n }, (_, i) => `records[${i}]=${i + 1}`).join('&');
  assert.equal(http('POST', 'https://redcap.uni.edu/api/', `token=T&content=record&action=delete&${records(10)}`), 'benign');
  assert.equal(http('POST', 'https://redcap.uni.edu/api/', `token=T&content=record&action=delete&${records(11)}`), 'destructive');
  assert.equal(http('POST', 'https://redcap.uni.edu/api/', 'token=T&content=record&action=delete&records[0]=$ID'), 'destructive');
  assert.equal(http('POST', 'https://redcap.uni.edu/api/', 'token=T&content=record&format=csv&overwriteBehavior=overwrite&data=x'), 'destructive');
  assert.equal(http('POST', 'https://redcap.uni.edu/api/', 'token=T&content=record&format=csv&overwriteBehavior=normal&data=x'), 'benign');
});

test('LabKey truncateTable, Globus pruning and anonymous access rules destroy; their look-alikes write', () => {
  assert.equal(http('POST', 'https://lk.example.org/labkey/Lab/query-truncateTable.api', { schemaName: 'lists', queryName: 'S' }), 'destructive');
  assert.equal(http('POST', 'https://lk.example.org/labkey/Lab/query-selectRows.api', { schemaName: 'lists', queryName: 'S' }), 'benign');
  const transfer = (extra: boolean) => http('POST', 'https://transfer.api.globus.org/v0.10/transfer', { DATA_TYPE: 'transfer', delete_destination_extra: extra, DATA: [] });
  assert.equal(transfer(true), 'destructive');
  assert.equal(transfer(false), 'benign');
  const rule = (type: string) => http('POST', 'https://transfer.api.globus.org/v0.10/endpoint/e1/access', { DATA_TYPE: 'access', principal_type: type, principal: '', path: '/x/', permissions: 'r' });
  assert.equal(rule('anonymous'), 'destructive');
  assert.equal(rule('all_authenticated_users'), 'destructive');
  assert.equal(rule('identity'), 'benign');
});

test('MCP: a tool setting access or visibility to public opens restricted data; restricted closes it', () => {
  for (const args of [{ access: 'public' }, { visibility: 'public' }, { access_right: 'open' }] as Array<Record<string, string>>) assert.equal(answer({ server: 'data-repo', tool: 'set_access', arguments: { record_id: '1', ...args } }, 'mcp_tool_call').decision, 'destructive', JSON.stringify(args));
  assert.equal(answer({ server: 'data-repo', tool: 'set_access', arguments: { record_id: '1', access: 'restricted' } }, 'mcp_tool_call').decision, 'benign');
});

test('a script run by an interpreter is told its tier by --env, --environment, --stage, --fleet or --tier; its answer stays', () => {
  const r = answer('python tools/ota_rollout.py --fleet production --version 2.4.1 --percent 5');
  assert.equal(r.decision, 'benign');
  assert.equal(r.targets_env, 'production');
  assert.equal(answer('python3 tools/report.py --env=staging').targets_env, 'staging');
  assert.equal(answer('python tools/report.py --fleet lobby-screens').targets_env, null);
  assert.equal(answer('python tools/report.py --out prod-report.csv').targets_env, null);
});

test('Device Update --instance and a Mender deployment group name the tier; pio uploadfsota to a dev device deploys (452.2)', () => {
  assert.equal(answer('az iot du device group list --account acme-du --instance fleet-prod').targets_env, 'production');
  const mender = (group: string) => answer({ method: 'POST', url: 'https://hosted.mender.io/api/management/v1/deployments/deployments', body: { name: 'r', artifact_name: 'a', group } }, 'http_request').targets_env;
  assert.equal(mender('prod'), 'production');
  assert.equal(mender('lobby-screens'), null);
  assert.equal(answer('pio run -t uploadfsota --upload-port gw-dev-0003.local').decision, 'benign');
  for (const c of ['pio run -t uploadfsota --upload-port 10.0.0.5', 'pio run -t uploadfsota --upload-port gw-prod-01.local', 'pio run -t erase --upload-port gw-dev-0003.local']) assert.equal(answer(c).decision, 'destructive', c);
});

test("nsupdate's input names its tier: server, zone and record names (446.7)", () => {
  assert.equal(answer("printf 'server ns1.dev.example.com\\nupdate add a.dev.example.com. 60 A 10.0.0.5\\nsend\\n' | nsupdate -k k.key").targets_env, 'dev');
  const prod = answer("printf 'zone prod.example.com\\nupdate delete api.prod.example.com. A\\nsend\\n' | nsupdate -k k.key");
  assert.equal(prod.decision, 'destructive');
  assert.equal(prod.targets_env, 'production');
  assert.equal(answer("printf 'update add a.example.com. 60 A 10.0.0.5\\nsend\\n' | nsupdate").targets_env, null);
});
