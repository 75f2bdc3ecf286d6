import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { annotationFinding, labelSwitchesSafeguardOff, manifestFindings, patchFindings } from './kube-manifest.ts';

const codes = (text: string) => manifestFindings(text)?.map((f) => `${f.effect}:${f.code}`);

describe('manifests shown in the input', () => {
  test('a workload with zero replicas is an outage; any other count is not', () => {
    assert.deepEqual(codes('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {replicas: 0}\n'), ['outage:kubectl_scale_zero']);
    assert.deepEqual(codes('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {replicas: 2}\n'), []);
    // no replicas field: the default is 1
    assert.deepEqual(codes('apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: a}\nspec: {}\n'), []);
  });

  test('bindings of cluster-admin or to every user grant; a binding to one user does not', () => {
    const binding = (role: string, subject: string) => `kind: ClusterRoleBinding\nmetadata: {name: b}\nroleRef: {kind: ClusterRole, name: ${role}}\nsubjects:\n  - {kind: Group, name: "${subject}"}\n`;
    assert.deepEqual(codes(binding('cluster-admin', 'ops')), ['admin_grant:admin_grant']);
    assert.deepEqual(codes(binding('view', 'system:unauthenticated')), ['admin_grant:admin_grant']);
    assert.deepEqual(codes(binding('view', 'ops')), []);
  });

  test('mutual TLS off (PERMISSIVE, DISABLE, also per port) is a safeguard off; STRICT is not', () => {
    assert.deepEqual(codes('kind: PeerAuthentication\nmetadata: {name: d}\nspec: {mtls: {mode: DISABLE}}\n'), ['safeguard_off:safeguard_off']);
    assert.deepEqual(codes('kind: PeerAuthentication\nmetadata: {name: d}\nspec: {mtls: {mode: STRICT}, portLevelMtls: {"8080": {mode: PERMISSIVE}}}\n'), ['safeguard_off:safeguard_off']);
    assert.deepEqual(codes('kind: PeerAuthentication\nmetadata: {name: d}\nspec: {mtls: {mode: STRICT}}\n'), []);
  });

  test('a namespace created privileged, a suspended CronJob and a paused Velero schedule', () => {
    assert.deepEqual(codes('kind: Namespace\nmetadata: {name: n, labels: {pod-security.kubernetes.io/enforce: privileged}}\n'), ['safeguard_off:safeguard_off']);
    assert.deepEqual(codes('kind: Namespace\nmetadata: {name: n, labels: {pod-security.kubernetes.io/enforce: restricted}}\n'), []);
    assert.deepEqual(codes('kind: CronJob\nmetadata: {name: nightly-backup}\nspec: {suspend: true}\n'), ['outage:kubectl_suspend_runs']);
    assert.deepEqual(codes('kind: CronJob\nspec: {suspend: true}\n'), ['outage:kubectl_suspend_runs']);
    // The lead's round-14 decision: a CronJob whose name is not a safeguard's, suspended, is a scheduling write.
    assert.deepEqual(codes('kind: CronJob\nmetadata: {name: weekly-report}\nspec: {suspend: true}\n'), []);
    assert.deepEqual(codes('apiVersion: velero.io/v1\nkind: Schedule\nmetadata: {name: s}\nspec: {paused: true}\n'), ['safeguard_off:safeguard_off']);
    // another API group's Schedule is not Velero's
    assert.deepEqual(codes('apiVersion: example.com/v1\nkind: Schedule\nmetadata: {name: s}\nspec: {paused: true}\n'), []);
  });

  test('several documents, a List and JSON are all read', () => {
    assert.deepEqual(codes('kind: ConfigMap\nmetadata: {name: a}\n---\nkind: Deployment\nmetadata: {name: b}\nspec: {replicas: 0}\n'), ['outage:kubectl_scale_zero']);
    assert.deepEqual(codes('kind: List\nitems:\n  - {kind: Deployment, metadata: {name: b}, spec: {replicas: 0}}\n'), ['outage:kubectl_scale_zero']);
    // review 9: kubectl flattens any kind with `items`, not only `List`; a list inside a list is not followed.
    assert.deepEqual(codes('kind: DeploymentList\nitems:\n  - {kind: Deployment, metadata: {name: b}, spec: {replicas: 0}}\n'), ['outage:kubectl_scale_zero']);
    assert.deepEqual(codes('kind: DeploymentList\nitems:\n  - {kind: Deployment, metadata: {name: b}, spec: {replicas: 2}}\n'), []);
    assert.equal(manifestFindings('kind: List\nitems:\n  - {kind: List, items: [{kind: Deployment, spec: {replicas: 0}}]}\n'), null);
    assert.deepEqual(codes('{"kind": "Deployment", "metadata": {"name": "b"}, "spec": {"replicas": 0}}'), ['outage:kubectl_scale_zero']);
  });

  test('SECURITY: what is not readable as manifests is null, never an empty (harmless) answer', () => {
    assert.equal(manifestFindings('just: [broken'), null);
    assert.equal(manifestFindings('- a list\n- not an object\n'), null);
    assert.equal(manifestFindings('metadata: {name: no-kind}\n'), null);
    assert.equal(manifestFindings(`kind: ConfigMap\ndata: {x: "${'a'.repeat(300 * 1024)}"}\n`), null);
  });
});

describe('labels that keep a safeguard on', () => {
  test('Pod Security enforce: privileged or removed is off; baseline, restricted and other modes are not', () => {
    assert.match(labelSwitchesSafeguardOff('pod-security.kubernetes.io/enforce=privileged') ?? '', /Pod Security enforcement is off/);
    assert.match(labelSwitchesSafeguardOff('pod-security.kubernetes.io/enforce-') ?? '', /takes away/);
    assert.equal(labelSwitchesSafeguardOff('pod-security.kubernetes.io/enforce=restricted'), null);
    assert.equal(labelSwitchesSafeguardOff('pod-security.kubernetes.io/warn=privileged'), null);
    assert.equal(labelSwitchesSafeguardOff('team=web'), null);
  });
});

describe('patches judged as the object they leave', () => {
  const patch = (resource: string, p: string) => patchFindings(resource, p)?.map((f) => `${f.effect}:${f.code}`);
  test('merge patches: a privileged namespace, a NoExecute node, a binding moved to cluster-admin', () => {
    assert.deepEqual(patch('ns', '{"metadata":{"labels":{"pod-security.kubernetes.io/enforce":"privileged"}}}'), ['safeguard_off:safeguard_off']);
    assert.deepEqual(patch('nodes/worker-1', '{"spec":{"taints":[{"key":"m","effect":"NoExecute"}]}}'), ['outage:kubectl_taint_evict']);
    assert.deepEqual(patch('clusterrolebinding', '{"roleRef":{"name":"cluster-admin"}}'), ['admin_grant:admin_grant']);
    assert.deepEqual(patch('ns', '{"metadata":{"labels":{"team":"web"}}}'), []);
    assert.deepEqual(patch('nodes/worker-1', '{"spec":{"taints":[{"key":"m","effect":"NoSchedule"}]}}'), []);
  });

  test('JSON patches: add and replace set the field, remove of a safeguard label takes it away', () => {
    assert.deepEqual(patch('node', '[{"op":"add","path":"/spec/taints/-","value":{"key":"m","effect":"NoExecute"}}]'), ['outage:kubectl_taint_evict']);
    assert.deepEqual(patch('ns', '[{"op":"remove","path":"/metadata/labels/pod-security.kubernetes.io~1enforce"}]'), ['safeguard_off:safeguard_off']);
    assert.deepEqual(patch('ns', '[{"op":"replace","path":"/metadata/labels/pod-security.kubernetes.io~1enforce","value":"restricted"}]'), []);
  });

  test('kinds not judged here give no finding (only their annotations are read); unreadable patches give null', () => {
    assert.deepEqual(patchFindings('configmap', '{"data":{"a":"b"}}'), []);
    assert.equal(patchFindings('ns', 'not json {'), null);
  });
});

describe('round 11: controllers, network policies, roles and operators', () => {
  test('annotations a controller acts on: KEDA paused at 0, CloudNativePG hibernation and fencing, an allowlist of every address', () => {
    assert.equal(annotationFinding('autoscaling.keda.sh/paused-replicas=0')?.effect, 'outage');
    assert.equal(annotationFinding('autoscaling.keda.sh/paused-replicas=3'), null);
    assert.equal(annotationFinding('autoscaling.keda.sh/paused=true'), null);
    assert.equal(annotationFinding('cnpg.io/hibernation=on')?.effect, 'outage');
    assert.equal(annotationFinding('cnpg.io/hibernation=off'), null);
    assert.equal(annotationFinding('cnpg.io/fencedInstances=["*"]')?.effect, 'outage');
    assert.equal(annotationFinding('nginx.ingress.kubernetes.io/whitelist-source-range=10.0.0.0/8,0.0.0.0/0')?.effect, 'public_access');
    assert.equal(annotationFinding('nginx.ingress.kubernetes.io/whitelist-source-range=10.0.0.0/8'), null);
    // removing an annotation takes nothing down
    assert.equal(annotationFinding('cnpg.io/hibernation-'), null);
    assert.deepEqual(codes('kind: ScaledObject\nmetadata: {name: s, annotations: {autoscaling.keda.sh/paused-replicas: "0"}}\n'), ['outage:service_outage']);
  });

  test('a NetworkPolicy rule without sources and ports opens the pods; one that names its ports or sources does not', () => {
    const policy = (rule: string) => `kind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector: {}\n  ingress:\n  - ${rule}\n`;
    assert.deepEqual(codes(policy('{}')), ['public_access:public_access']);
    assert.deepEqual(codes(policy('{from: [{ipBlock: {cidr: 0.0.0.0/0}}]}')), ['public_access:public_access']);
    assert.deepEqual(codes(policy('{ports: [{port: 443}]}')), []);
    assert.deepEqual(codes(policy('{from: [{namespaceSelector: {}}]}')), []);
    assert.deepEqual(codes(policy('{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]}')), []);
  });

  test('a role of every verb on every resource grants; a narrower one does not', () => {
    assert.deepEqual(codes('kind: ClusterRole\nmetadata: {name: r}\nrules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]\n'), ['admin_grant:admin_grant']);
    assert.deepEqual(codes('kind: Role\nmetadata: {name: r}\nrules: [{apiGroups: [""], resources: ["pods"], verbs: ["*"]}]\n'), []);
  });

  test('operator stop switches and a Kafka topic purged through its retention', () => {
    assert.deepEqual(codes('kind: PostgresCluster\nmetadata: {name: h}\nspec: {shutdown: true}\n'), ['outage:service_outage']);
    assert.deepEqual(codes('kind: PerconaXtraDBCluster\nmetadata: {name: c}\nspec: {pause: true}\n'), ['outage:service_outage']);
    assert.deepEqual(codes('kind: PostgresCluster\nmetadata: {name: h}\nspec: {shutdown: false}\n'), []);
    assert.deepEqual(codes('kind: KafkaTopic\nmetadata: {name: t}\nspec: {config: {retention.ms: 1000}}\n'), ['data_loss:kafka_retention_purge']);
    assert.deepEqual(codes('kind: KafkaTopic\nmetadata: {name: t}\nspec: {config: {retention.ms: "604800000"}}\n'), []);
  });

  test('a patch of any kind is read for the annotations it sets', () => {
    assert.deepEqual(patchFindings('cluster', '{"metadata":{"annotations":{"cnpg.io/hibernation":"on"}}}')?.map((f) => f.effect), ['outage']);
    assert.deepEqual(patchFindings('cluster', '{"spec":{"instances":3}}'), []);
    assert.deepEqual(patchFindings('kafkatopic/t', '{"spec":{"config":{"retention.bytes":1024}}}')?.map((f) => f.code), ['kafka_retention_purge']);
  });

  test('round 12: an allow-all AuthorizationPolicy and a load balancer open to every address open; narrower ones do not', () => {
    assert.deepEqual(codes('kind: AuthorizationPolicy\nmetadata: {name: a}\nspec: {rules: [{}]}\n'), ['public_access:public_access']);
    assert.deepEqual(codes('kind: AuthorizationPolicy\nmetadata: {name: a}\nspec: {action: DENY, rules: [{}]}\n'), []);
    assert.deepEqual(codes('kind: AuthorizationPolicy\nmetadata: {name: a}\nspec: {}\n'), []);
    assert.deepEqual(codes('kind: AuthorizationPolicy\nmetadata: {name: a}\nspec: {rules: [{to: [{operation: {methods: [GET]}}]}]}\n'), []);
    assert.deepEqual(codes('kind: Service\nmetadata: {name: s}\nspec: {type: LoadBalancer, loadBalancerSourceRanges: ["::/0"]}\n'), ['public_access:public_access']);
    assert.deepEqual(codes('kind: Service\nmetadata: {name: s}\nspec: {type: LoadBalancer, loadBalancerSourceRanges: ["203.0.113.0/24"]}\n'), []);
  });

  test('round 12: Prometheus retention under a day, an armed Rook cleanup policy and a Velero DeleteBackupRequest', () => {
    assert.deepEqual(codes('kind: Prometheus\nmetadata: {name: p}\nspec: {retention: 12h}\n'), ['data_loss:retention_shortened']);
    assert.deepEqual(codes('kind: Prometheus\nmetadata: {name: p}\nspec: {retention: 1d}\n'), []);
    assert.deepEqual(codes('kind: Prometheus\nmetadata: {name: p}\nspec: {retention: soon}\n'), []);
    assert.deepEqual(codes('kind: CephCluster\nmetadata: {name: c}\nspec: {cleanupPolicy: {confirmation: yes-really-destroy-data}}\n'), ['safeguard_off:safeguard_off']);
    assert.deepEqual(codes('kind: CephCluster\nmetadata: {name: c}\nspec: {cleanupPolicy: {confirmation: ""}}\n'), []);
    assert.deepEqual(codes('apiVersion: velero.io/v1\nkind: DeleteBackupRequest\nmetadata: {name: d}\nspec: {backupName: b}\n'), ['data_loss:backup_delete']);
  });

  test('round 12: what only a patch of an existing object shows (a Service made public, a Crossplane protection off)', () => {
    assert.deepEqual(patchFindings('svc/db', '{"spec":{"type":"LoadBalancer"}}')?.map((f) => f.code), ['public_access']);
    assert.deepEqual(patchFindings('svc/db', '{"metadata":{"annotations":{"service.beta.kubernetes.io/aws-load-balancer-internal":"true"}},"spec":{"type":"LoadBalancer"}}'), []);
    assert.deepEqual(patchFindings('svc/db', '{"spec":{"type":"ClusterIP"}}'), []);
    assert.deepEqual(patchFindings('instance.rds.aws.upbound.io/db', '{"spec":{"forProvider":{"deletionProtection":false}}}')?.map((f) => f.code), ['safeguard_off']);
    assert.deepEqual(patchFindings('instance.rds.aws.upbound.io/db', '{"spec":{"forProvider":{"backupRetentionPeriod":0}}}')?.map((f) => f.code), ['safeguard_off']);
    assert.deepEqual(patchFindings('instance.rds.aws.upbound.io/db', '{"spec":{"forProvider":{"deletionProtection":true,"backupRetentionPeriod":7}}}'), []);
    assert.deepEqual(patchFindings('bucket.s3.aws.upbound.io/b', '{"spec":{"forProvider":{"versioning":[{"enabled":false}]}}}')?.map((f) => f.code), ['safeguard_off']);
    assert.deepEqual(patchFindings('bucket.s3.aws.upbound.io/b', '{"spec":{"forProvider":{"versioning":[{"enabled":true}],"tags":{"team":"data"}}}}'), []);
    // A new manifest is not an update: a Service published as a load balancer stays a deploy.
    assert.deepEqual(codes('kind: Service\nmetadata: {name: s}\nspec: {type: LoadBalancer, ports: [{port: 443}]}\n'), []);
  });
});
