import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeCommand } from './compose.ts';

describe('helm install and upgrade tools as helm command lines', () => {
  test('a values object is spelt as --set pairs, nested keys joined by dots and escaped as Helm reads them', () => {
    assert.equal(
      composeCommand('upgrade_helm_chart', { name: 'web', chart: './charts/web', namespace: 'shop', values: { image: { tag: '2.1' }, replicaCount: 0 } }),
      'helm upgrade -n shop web ./charts/web --set image.tag=2.1 --set replicaCount=0',
    );
    assert.equal(composeCommand('install_helm_chart', { name: 'x', chart: 'c', values: { 'a.b': 'one,two', hosts: ['h1'] } }), "helm install x c --set 'a\\.b=one\\,two' --set 'hosts[0]=h1'");
  });

  test('values given as YAML text are read; text that is not a values object leaves the call to its name', () => {
    assert.equal(composeCommand('helm_install', { chart: 'oci://r/c', values: 'replicas: 0\n' }), 'helm install --generate-name oci://r/c --set replicas=0');
    assert.equal(composeCommand('helm_install', { chart: 'c', values: '[[[' }), null);
    assert.equal(composeCommand('helm_install', { chart: 'c', values: 'just text' }), null);
  });

  test('SECURITY (F1): an argument the spec does not spell is not composed', () => {
    assert.equal(composeCommand('upgrade_helm_chart', { name: 'web', chart: 'c', postRenderer: './evil.sh' }), null);
  });
});
