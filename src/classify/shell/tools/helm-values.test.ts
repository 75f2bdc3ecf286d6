import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { helmSetFindings, lastKey, setPairs } from './helm-values.ts';

const codes = (set: string) => helmSetFindings(set).map((f) => `${f.effect}:${f.code}`);

describe('helm --set values read as the manifests they fill', () => {
  test('pairs split at top-level commas, not escaped ones or inside a list', () => {
    assert.deepEqual(setPairs('a=1,b={x,y},c=d\\,e'), ['a=1', 'b={x,y}', 'c=d\\,e']);
    assert.equal(lastKey('ingress.annotations."nginx\\.ingress\\.kubernetes\\.io/whitelist-source-range"'), 'nginx.ingress.kubernetes.io/whitelist-source-range');
    assert.equal(lastKey('controller.service.loadBalancerSourceRanges[0]'), 'loadBalancerSourceRanges');
  });

  test('an ingress allowlist or a load balancer range of every address opens it', () => {
    assert.deepEqual(codes('ingress.annotations."nginx\\.ingress\\.kubernetes\\.io/whitelist-source-range"=0.0.0.0/0'), ['public_access:public_access']);
    assert.deepEqual(codes('ingress.annotations.nginx\\.ingress\\.kubernetes\\.io/allowlist-source-range=10.0.0.0/8\\,0.0.0.0/0'), ['public_access:public_access']);
    assert.deepEqual(codes('controller.service.loadBalancerSourceRanges={0.0.0.0/0}'), ['public_access:public_access']);
    assert.deepEqual(codes('service.loadBalancerSourceRanges[0]=::/0'), ['public_access:public_access']);
  });

  test('narrowed ranges, other values and other annotations open nothing', () => {
    assert.deepEqual(codes('ingress.annotations."nginx\\.ingress\\.kubernetes\\.io/whitelist-source-range"=10.0.0.0/8'), []);
    assert.deepEqual(codes('controller.service.loadBalancerSourceRanges={10.0.0.0/8,192.168.0.0/16}'), []);
    assert.deepEqual(codes('replicaCount=3,image.tag=1.4.2'), []);
    assert.deepEqual(codes('ingress.annotations."cert-manager\\.io/cluster-issuer"=letsencrypt'), []);
  });

  test('an annotation a controller acts on by scaling to zero is read as in a manifest', () => {
    assert.deepEqual(codes('podAnnotations.autoscaling\\.keda\\.sh/paused-replicas=0'), ['outage:service_outage']);
  });
});
