/**
 * Round 40 (env40): the lead's answers 417.2 (a line naming production — a datacentre or cluster to govc, a vCenter to
 * PowerCLI, a kubeconfig by `KUBECONFIG=` — makes the reported environment production over the resource's own test name)
 * and 418.3 (a PascalCase name ending in `Dev` names the dev tier; a leading `Dev` names nothing). fix40-env40.yaml holds
 * the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { heuristicEnvironment } from './environment.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (t: string, i: string) => batch(t, i);

test('417.2: the named production place wins over the test name', () => {
  for (const [t, i] of [['command', 'govc vm.destroy -dc prod-dc1 test-01'], ['command', 'KUBECONFIG=~/.kube/prod.yaml kubectl delete ns test'], ['command', 'KUBECONFIG=~/.kube/prod.yaml helm uninstall test'], ['powershell', 'Remove-VM -VM test-01 -DeletePermanently -Server vcenter-prod -Confirm:$false']] as const) {
    const r = answer(t, i);
    assert.equal(r.decision, 'destructive', i);
    assert.equal(r.targets_env, 'production', i);
  }
  const dev = answer('command', 'govc vm.destroy -dc dev-dc1 test-01');
  assert.equal(dev.decision, 'benign');
  assert.equal(dev.targets_env, 'dev');
  assert.equal(answer('command', 'KUBECONFIG=~/.kube/prod.yaml kubectl --kubeconfig ~/.kube/dev.yaml delete ns test').targets_env, 'dev');
});

test('418.3: a PascalCase name ending in Dev names dev; a leading or inner Dev, or a Test end, names nothing', () => {
  for (const n of ['ShopDev', 'ContosoWorkerDev', 'OrdersDbDev', 'OrdersDbDev01', 'C:\\inetpub\\ShopDev']) assert.equal(heuristicEnvironment(n), 'dev', n);
  for (const n of ['DevOps', 'DevTools', 'ShopDevPool', 'UnitTest', 'webdev', 'SHOPDEV']) assert.equal(heuristicEnvironment(n), null, n);
  assert.equal(heuristicEnvironment('ShopProdDev'), 'production');
});
