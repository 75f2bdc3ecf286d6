import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../core/index.ts';
import { httpDoors } from './http-test-support.ts';
import { createClassifier, type Classifier } from './index.ts';

/** Round 28 (v28): the lead's answers 230-238 and 240 through the HTTP, MCP and cloud-CLI doors. */

const { api, shell, ps, codes } = httpDoors();
let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});
const sql = (q: string, ctx: Record<string, string> = {}): ActionFacts => classifier.classify({ kind: 'sql', sql: q }, { cwd: '/home/dev/app', home: '/home/dev', ...ctx }, EMPTY_INVENTORY);

describe('answer 230: a GitHub secret\'s value set is lost; a variable not named as a secret is a write', () => {
  test('Actions, Dependabot, Codespaces and environment secrets, whatever their name', () => {
    for (const url of ['https://api.github.com/repos/a/w/actions/secrets/NODE_VERSION', 'https://api.github.com/repos/a/w/dependabot/secrets/X',
      'https://api.github.com/orgs/a/codespaces/secrets/X', 'https://api.github.com/repositories/42/environments/dev/secrets/X',
      'https://ghe.acme.io/api/v3/repos/a/w/environments/production/secrets/X']) {
      assert.ok(codes(api('PUT', url, { encrypted_value: 'x', key_id: '1' })).includes('ci_secret_replaced'), url);
    }
    assert.ok(codes(shell('gh secret set NPM_TOKEN --body "$T"')).includes('ci_secret_replaced'));
    assert.ok(codes(shell('gh secret set --env staging REGION --body eu')).includes('ci_secret_replaced'));
    assert.ok(codes(ps('gh secret set NUGET_API_KEY --body $env:NUGET_API_KEY')).includes('ci_secret_replaced'));
  });
  test('the public key, a repository added to an org secret, a variable not named as a secret', () => {
    assert.equal(api('GET', 'https://api.github.com/repos/a/w/actions/secrets/public-key').destructive, false);
    assert.equal(codes(api('PUT', 'https://api.github.com/repos/a/w/actions/secrets/public-key', {})).includes('ci_secret_replaced'), false);
    assert.equal(api('PATCH', 'https://api.github.com/repos/a/w/environments/staging/variables/LOG_LEVEL', { value: 'debug' }).destructive, false);
    assert.equal(api('PATCH', 'https://api.github.com/repos/a/w/environments/staging/variables/API_TOKEN', { value: 'x' }).destructive, true);
    assert.equal(shell('gh variable set NODE_VERSION --body 22').destructive, false);
    assert.equal(shell('gh variable set --env production REGION --body eu').destructive, false);
    assert.equal(shell('gh variable set DEPLOY_TOKEN --body x').destructive, true);
    assert.equal(shell('gh variable set -f vars.env').destructive, true);
    assert.equal(shell('gh variable set "$NAME" --body x').destructive, true);
    assert.equal(shell('gh secret list').destructive, false);
  });
});

describe('answer 232: a date-range delete of business records with no environment named', () => {
  test('orders, invoices, payments by a date column are production\'s when no tier is named', () => {
    assert.equal(sql("DELETE FROM orders WHERE created_at < '2025-01-01'").destructive, true);
    assert.equal(sql("DELETE FROM dbo.Invoices WHERE InvoiceDate < '2020-01-01'").destructive, true);
    assert.equal(sql("DELETE FROM orders WHERE created_at < '2025-01-01'", { database: 'shop_dev' }).destructive, false);
    assert.equal(sql('DELETE FROM orders WHERE id > 5000').destructive, false);
    assert.equal(sql('DELETE FROM payments WHERE amount < 0.01').destructive, false);
    assert.equal(sql("DELETE FROM audit_log WHERE created_at < '2025-01-01'").destructive, false);
    assert.equal(sql('DELETE FROM orders WHERE id = 42').destructive, false);
  });
});

describe('answer 233: a Supabase branch reset by id is a preview\'s', () => {
  test('by MCP and by the Management API; main, a project or another service stay', () => {
    assert.equal(api('POST', 'https://api.supabase.com/v1/branches/0f3c9a2e-7b1d-4e6a-8c5f-2d9b1a7e4c30/reset').destructive, false);
    assert.equal(api('POST', 'https://api.supabase.com/v1/branches/main/reset').destructive, true);
    assert.equal(api('POST', 'https://api.supabase.com/v1/branches/production/reset').destructive, true);
    assert.equal(api('POST', 'https://api.supabase.com/v1/projects/abc/database/reset').destructive, true);
  });
});

describe('answer 236: a resource named sandbox alone is dev data, except GCP projects', () => {
  test('BigQuery datasets and tables, API resources', () => {
    assert.equal(shell('bq rm -r -f -d acme-dev:sandbox').destructive, true);
    assert.equal(shell('bq rm -f -t acme-dev:sandbox_li.churn').destructive, true);
    assert.equal(shell('bq rm -f -t acme-dev:scratch.churn').destructive, false);
    assert.equal(shell('bq rm -f -t acme-dev:analytics.sandbox_test').destructive, false);
    assert.equal(api('DELETE', 'https://search.acme.internal:9200/sandbox').destructive, true);
    assert.equal(api('DELETE', 'https://search.acme.internal:9200/sandbox-test').destructive, false);
    assert.equal(shell('gcloud projects delete acme-sandbox-jdoe').destructive, false);
  });
});

describe('answer 240: Key Vault RBAC roles that read secrets are answer 210\'s grant', () => {
  test('Secrets User, Secrets Officer and Administrator by name or id; Reader, Crypto User and listings stay', () => {
    const kv = '/subscriptions/1/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv';
    assert.ok(codes(shell(`az role assignment create --assignee a --role "Key Vault Secrets User" --scope ${kv}`)).includes('admin_grant'));
    assert.ok(codes(shell(`az role assignment create --assignee a --role "Key Vault Administrator" --scope ${kv}`)).includes('admin_grant'));
    assert.ok(codes(shell(`az role assignment create --assignee a --role b86a8fe4-44ce-4948-aee5-eccb2c155cd7 --scope ${kv}`)).includes('admin_grant'));
    assert.ok(codes(ps(`New-AzRoleAssignment -ObjectId 1 -RoleDefinitionName 'Key Vault Secrets Officer' -Scope ${kv}`)).includes('admin_grant'));
    assert.ok(codes(ps(`New-AzRoleAssignment -ObjectId 1 -RoleDefinitionId 4633458b-17de-408a-b874-0445c86b69e6 -Scope ${kv}`)).includes('admin_grant'));
    assert.equal(shell(`az role assignment create --assignee a --role "Key Vault Reader" --scope ${kv}`).destructive, false);
    assert.equal(shell(`az role assignment create --assignee a --role "Key Vault Crypto User" --scope ${kv}`).destructive, false);
    assert.equal(shell('az role assignment list --role "Key Vault Secrets User"').destructive, false);
  });
});

describe('answer 235: a review app named review-<branch> is a preview', () => {
  test('its release, namespace and Application; production, staging, a bare review or a production context stay', () => {
    assert.equal(shell('helm uninstall review-feat-login').destructive, false);
    assert.equal(shell('kubectl delete namespace review-fix-cart-total').destructive, false);
    assert.equal(shell('kubectl delete pvc --all -n review-fix-cart-total').destructive, false);
    assert.equal(shell('argocd app delete review-feat-login --yes').destructive, false);
    assert.equal(shell('helm uninstall review-prod-hotfix').destructive, true);
    assert.equal(shell('kubectl delete ns review-staging-fix').destructive, true);
    assert.equal(shell('kubectl delete ns review').destructive, true);
    assert.equal(shell('helm uninstall reviews').destructive, true);
    assert.equal(shell('kubectl delete namespace review-feat-login --context prod-eu').destructive, true);
  });
});

describe('answer 234: snapshot sweeps by age stay destructive; one volume\'s newest N (>= 2) kept is retention', () => {
  test('aws ec2, rds and gcloud listings', () => {
    const vol = 'aws ec2 describe-snapshots --owner-ids self --filters Name=volume-id,Values=vol-1a';
    assert.ok(codes(shell(`${vol} --query 'sort_by(Snapshots,&StartTime)[:-7].SnapshotId' --output text | xargs -n1 aws ec2 delete-snapshot --snapshot-id`)).includes('backup_retention'));
    assert.equal(shell(`${vol} --query 'sort_by(Snapshots,&StartTime)[:-1].SnapshotId' --output text | xargs -n1 aws ec2 delete-snapshot --snapshot-id`).destructive, true);
    assert.equal(shell(`${vol} --query 'sort_by(Snapshots,&StartTime)[:-7].SnapshotId' --output text | xargs -n1 aws ec2 delete-volume --volume-id`).destructive, true);
    assert.equal(shell("aws ec2 describe-snapshots --owner-ids self --query 'sort_by(Snapshots,&StartTime)[:-7].SnapshotId' --output text | xargs -n1 aws ec2 delete-snapshot --snapshot-id").destructive, true);
    assert.equal(shell("aws rds describe-db-snapshots --db-instance-identifier db1 --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[3:].DBSnapshotIdentifier' --output text | xargs -n1 aws rds delete-db-snapshot --db-snapshot-identifier").destructive, false);
    const gce = "gcloud compute snapshots list --filter='sourceDisk~d1' --format='value(name)'";
    assert.equal(shell(`${gce} --sort-by=~creationTimestamp | tail -n +4 | xargs gcloud compute snapshots delete --quiet`).destructive, false);
    assert.equal(shell(`${gce} --sort-by=~creationTimestamp | tail -n +2 | xargs gcloud compute snapshots delete --quiet`).destructive, true);
    assert.equal(shell(`${gce} --sort-by=creationTimestamp | tail -n +4 | xargs gcloud compute snapshots delete --quiet`).destructive, true);
    assert.equal(shell("gcloud compute snapshots list --filter='creationTimestamp<-P90D' --format='value(name)' | xargs gcloud compute snapshots delete --quiet").destructive, true);
  });
});
