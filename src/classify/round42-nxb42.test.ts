/**
 * Round 42 (nxb42): the lead's answers 434.1-434.4, 430.3, 439.1, 439.2 and 430.1's PowerShell form as classes: the worst
 * tier a line names; a data set's high-level qualifier; a batch job cancelled on a dev LPAR is kill PID; z/OS UNIX cp onto
 * `//'DSN'`; a category column alone is category-wide; a table's name is no tier where a host names one; odoo-bin shell on
 * a dev database; one Dataverse row by its GUID. fix42-nxb42.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { dataSetQualifierTier, oneBatchJobCancelled } from './shell/tools/mainframe-catalogue.ts';

const batch = batchAnswers({ cwd: '/u/ibmuser', home: '/u/ibmuser' });
const answer = (i: string, t = 'command') => batch(t, i);

test('434.2: the high-level qualifier names a tier only as a whole tier word; the worst wins', () => {
  assert.equal(dataSetQualifierTier(["DELETE 'PROD.GL.LEDGER'"]), 'production');
  assert.equal(dataSetQualifierTier(['TEST.X', 'PROD.X']), 'production');
  assert.equal(dataSetQualifierTier(['DEV.COBOL.SRC(PAY)']), 'dev');
  assert.equal(dataSetQualifierTier(['QA.JCL']), 'dev');
  assert.equal(dataSetQualifierTier(['UAT.X', 'DEV.Y']), 'staging');
  for (const v of ['PRODUCT.X', 'DSNPROD.X', 'IBMUSER.PROD.X', 'dev.env', './test-data.csv', 'prod.corp.example.com', 'PRODUCTION1X.Y']) assert.equal(dataSetQualifierTier([v]), null, v);
});

test('434.3: one batch job by its number is the only cancel a dev LPAR excuses', () => {
  for (const c of ['$CJ4711', '$CJ(4711)', '$CJ4711,P', '$cjob4711', 'CANCEL PAYJOB(JOB04711)', 'cancel payjob(j4711) purge']) assert.equal(oneBatchJobCancelled(c), true, c);
  for (const c of ['$CS4711', '$CT4711', '$CJ1-9999', 'C CICSDEV', 'CANCEL PAYJOB', '$CJ4711;$CS1', null]) assert.equal(oneBatchJobCancelled(c), false, String(c));
  assert.equal(answer("zowe zos-console issue command '$CJ4711' --zosmf-profile zos-dev").decision, 'benign');
  assert.equal(answer("zowe zos-console issue command '$CJ4711' --zosmf-profile zos-dev --host zos-prod.corp").decision, 'destructive');
  assert.equal(answer("zowe zos-jobs cancel job JOB4711 --zosmf-profile zos-dev \"PROD.X\"").decision, 'destructive');
});

test('434.4: cp onto an MVS data set, not onto a POSIX path that starts with //', () => {
  assert.equal(answer("cp x \"//'PROD.LOADLIB(X)'\"").decision, 'destructive');
  assert.equal(answer("cp x \"//'DEV.SRC(X)'\"").decision, 'benign');
  assert.equal(answer('cp x //etc/passwd').decision, 'destructive');
  assert.notEqual(answer("cp x //'SYS1.PARMLIB(IEASYS00)'").decision, 'benign');
  assert.notEqual(answer('cp x "//SYS1.PARMLIB(IEASYS00)"').decision, 'benign');
});

test('430.3: a category alone deletes the category; a key beside it narrows', () => {
  assert.equal(answer(`psql -h db-prod -c "DELETE FROM tickets WHERE stage = 'won'"`).decision, 'destructive');
  assert.equal(answer(`psql -h db-prod -c "DELETE FROM deals WHERE deal_type IN ('renewal')"`).decision, 'destructive');
  assert.equal(answer(`psql -h db-prod -c "DELETE FROM deals WHERE deal_type = 'renewal' AND id = 9"`).decision, 'benign');
  assert.equal(answer(`psql -h db-prod -c "DELETE FROM deal_types WHERE deal_type = 'renewal'"`).decision, 'benign');
  assert.equal(answer(`psql -h db-prod -c "DELETE FROM deals WHERE status = 'sample'"`).decision, 'benign');
});

test('439.1: the host names the tier, the table does not', () => {
  assert.equal(answer('psql -h pg-dev-01 -c "DROP TABLE orders_staging"').targets_env, 'dev');
  assert.equal(answer('psql -h pg-prod-01 -c "DROP TABLE dev_orders"').targets_env, 'production');
  assert.equal(answer('psql -c "DROP TABLE prod_orders"').targets_env, 'production');
});

test('430.1: Remove-CrmRecord of one literal GUID only', () => {
  assert.equal(answer('Remove-CrmRecord -conn $c -EntityLogicalName account -Id 7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b', 'powershell').decision, 'benign');
  for (const c of ['Remove-CrmRecord -conn $c -EntityLogicalName account -Id 7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b -Force', 'Remove-CrmRecord -conn $c -EntityLogicalName $t -Id 7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b', 'Remove-CrmRecord -conn $c -EntityLogicalName account -Id 7a1c2e3f']) assert.equal(answer(c, 'powershell').decision, 'destructive', c);
});
