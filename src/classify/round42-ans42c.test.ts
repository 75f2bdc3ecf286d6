/**
 * Round 42 (ans42c): the lead's answers 443.1 and 447.1 at their edges. 443.1: a host put in maintenance mode with its
 * guests moved elsewhere first (PowerCLI `Set-VMHost -State Maintenance -Evacuate`, govc `host.maintenance.enter`, oVirt
 * `hosts/ID/deactivate`) is a drain (358.2), a write; `Set-VMHost -State Maintenance` without `-Evacuate` (or with it set
 * false) is maintenance mode switched on (357.1). 447.1: a lower-case data set name names its tier by its high-level
 * qualifier where the line names a data set (zowe, TSO, `//'…'`); elsewhere the same text is a host name.
 * fix42-ans42c.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i);

test('443.1: maintenance mode with the guests evacuated is a drain; without -Evacuate it is out of service', () => {
  for (const c of ['Set-VMHost -VMHost esx-prod-04.corp.example.com -State Maintenance -Evacuate', 'Set-VMHost -VMHost esx-dev-02 -State Maintenance -Evacuate -RunAsync', 'Get-VMHost esx-prod-07 | Set-VMHost -State Maintenance -Evacuate', 'Set-VMHost -VMHost esx-prod-04 -State Connected']) assert.equal(answer(c, 'powershell').decision, 'benign', c);
  for (const c of ['Set-VMHost -VMHost esx-prod-04 -State Disconnected']) assert.equal(answer(c, 'powershell').decision, 'destructive', c);
  for (const c of ['govc host.maintenance.enter -host esx-prod-04.corp.example.com', 'govc host.maintenance.enter -evacuate -host esx-prod-04.corp.example.com']) assert.equal(answer(c).decision, 'benign', c);
  assert.equal(answer('govc host.shutdown -host esx-prod-04').decision, 'destructive');
  assert.equal(answer({ method: 'POST', url: 'https://ovirt-engine.corp.example.com/ovirt-engine/api/hosts/a1b2/deactivate', body: '<action/>' }, 'http_request').decision, 'benign');
});

test('447.1: a lower-case high-level qualifier names the tier where a data set is named; elsewhere a host name', () => {
  for (const [c, env] of [['zowe zos-files delete data-set prd.payroll.master -f', 'production'], ['zowe zos-files delete data-set stg.payroll.master -f', 'staging'], [`tsocmd "DELETE 'prod.gl.ledger'"`, 'production'], [`cp x.jcl "//'prd1.payroll.jcl(run)'"`, 'production']] as const) {
    const r = answer(c);
    assert.equal(r.decision, 'destructive', c);
    assert.equal(r.targets_env, env, c);
  }
  const r = answer('ssh prd.payroll.example.com uptime');
  assert.equal(r.decision, 'benign');
  assert.equal(r.targets_env, 'production');
});
