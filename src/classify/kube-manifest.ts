import type * as Yaml from 'yaml';
import { lazyPackage } from './lazy.ts';
import type { JsonValue } from '../core/index.ts';
import { protectionSetOff } from './terraform/plan.ts';
import { kafkaRetentionCut } from './retention.ts';

const yaml = lazyPackage<typeof Yaml>('yaml');

/**
 * Kubernetes manifests whose content the action shows (a heredoc or fixed text piped into `kubectl apply|create|replace
 * -f -`): what applying them does, judged by the same readings the command-line forms get (`scale --replicas=0`,
 * `create clusterrolebinding --clusterrole=cluster-admin`, `patch peerauthentication … DISABLE`, `label ns …
 * pod-security…=privileged`). Tool knowledge as data: one entry per kind and field.
 */

export type ManifestEffect = 'outage' | 'safeguard_off' | 'admin_grant' | 'public_access' | 'data_loss';

/** The verb a finding adds beside `destructive`: a grant or an opening changes permissions, a purge deletes. */
/**
 * A CronJob whose suspension is a routine scheduling write (the lead's round-14 decision): a name is known and does not
 * say backup, snapshot, dump, archive, certificate or renewal (a safeguard switched off stays destructive).
 */
export function cronJobSuspendIsRoutine(name: unknown): boolean {
  return typeof name === 'string' && /^[a-z0-9][a-z0-9.-]*$/.test(name) && !/backup|snapshot|dump|archiv|cert|renew|velero|restic|barman|wal-?g/.test(name);
}

export function manifestEffectVerb(effect: ManifestEffect): 'permissions' | 'delete' | null {
  if (effect === 'admin_grant' || effect === 'public_access') return 'permissions';
  return effect === 'data_loss' ? 'delete' : null;
}

export interface ManifestFinding {
  effect: ManifestEffect;
  code: string;
  message: string;
  /** The finding scales a workload to zero: parked, not lost, in staging (the lead's decision, round 15). */
  scaleToZero?: true;
}

type Doc = Record<string, unknown>;

function at(doc: unknown, ...path: string[]): unknown {
  let cur = doc;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Doc)[p];
  }
  return cur;
}

/** Subjects that stand for every user (Kubernetes RBAC reference, "Default roles and role bindings"). */
const EVERYONE = /^system:(anonymous|unauthenticated|authenticated)$/;

/**
 * Labels that keep a safeguard on, with the values that still keep it: the Pod Security admission `enforce` mode
 * (Kubernetes "Pod Security Admission": `privileged` is unrestricted; removing the label falls back to the cluster
 * default, privileged unless configured). A value outside `keeps`, or the label taken away, switches it off.
 */
export const SAFEGUARD_LABELS: ReadonlyArray<{ key: string; keeps: RegExp; why: string }> = [
  { key: 'pod-security.kubernetes.io/enforce', keeps: /^(baseline|restricted)$/, why: 'Pod Security enforcement' },
];

/** Why setting or removing this label (`key=value`, `key-`) switches a safeguard off, or null. */
export function labelSwitchesSafeguardOff(operand: string): string | null {
  const removed = /^(.+)-$/.exec(operand);
  const set = /^([^=]+)=(.*)$/.exec(operand);
  const key = removed?.[1] ?? set?.[1];
  const rule = SAFEGUARD_LABELS.find((r) => r.key === key);
  if (!rule) return null;
  if (removed) return `takes away \`${rule.key}\`: ${rule.why} is off`;
  return rule.keeps.test(set![2]!) ? null : `sets \`${rule.key}=${set![2]}\`: ${rule.why} is off`;
}

/** Every IPv4 or IPv6 address, in a comma-separated source list (`0.0.0.0/0`, `::/0`). */
const ANY_SOURCE = /(^|,)\s*(0\.0\.0\.0\/0|::\/0)\s*(,|$)/;

/** Whether a comma-separated source list admits every address (`10.0.0.0/8,0.0.0.0/0`, `::/0`). */
export function admitsEveryAddress(list: string): boolean {
  return ANY_SOURCE.test(list);
}

/**
 * Annotations that a controller acts on by taking a service down or opening it, on whatever object carries them (each
 * project's reference): KEDA `autoscaling.keda.sh/paused-replicas: "0"` scales the target to 0 and holds it there
 * (`paused: "true"` only freezes the current count); CloudNativePG (and EDB's) `hibernation: on` deletes every database
 * pod, and `fencedInstances: ["*"]` stops PostgreSQL on every instance; ingress-nginx `whitelist-source-range` /
 * `allowlist-source-range` of every address lets anyone reach an ingress that was limited to some.
 */
const ACTING_ANNOTATIONS: ReadonlyArray<{ key: RegExp; value: RegExp; effect: ManifestEffect; code: string; why: string; scaleToZero?: true }> = [
  { key: /^autoscaling\.keda\.sh\/paused-replicas$/, value: /^0+$/, effect: 'outage', code: 'service_outage', why: 'KEDA scales the target to 0 and holds it there', scaleToZero: true },
  { key: /^(cnpg\.io|k8s\.enterprisedb\.io)\/hibernation$/, value: /^on$/i, effect: 'outage', code: 'service_outage', why: 'hibernation deletes every PostgreSQL pod of the cluster' },
  { key: /^(cnpg\.io|k8s\.enterprisedb\.io)\/fencedInstances$/, value: /"\*"/, effect: 'outage', code: 'service_outage', why: 'fencing every instance stops PostgreSQL on all of them' },
  { key: /^nginx\.ingress\.kubernetes\.io\/(whitelist|allowlist)-source-range$/, value: ANY_SOURCE, effect: 'public_access', code: 'public_access', why: 'the ingress admits every address' },
  // Kubernetes "Service" reference: the older annotation form of `spec.loadBalancerSourceRanges`, the load balancer's firewall.
  { key: /^service\.beta\.kubernetes\.io\/load-balancer-source-ranges$/, value: ANY_SOURCE, effect: 'public_access', code: 'public_access', why: 'the load balancer admits every address' },
];

/** What setting this annotation (`key=value`) makes a controller do, or null (`key-` removes one: nothing taken down). */
export function annotationFinding(operand: string): ManifestFinding | null {
  const set = /^([^=]+)=(.*)$/s.exec(operand);
  if (!set) return null;
  const rule = ACTING_ANNOTATIONS.find((r) => r.key.test(set[1]!) && r.value.test(set[2]!));
  return rule ? { effect: rule.effect, code: rule.code, message: `sets \`${set[1]}=${set[2]!.slice(0, 40)}\`: ${rule.why}`, ...(rule.scaleToZero ? { scaleToZero: true as const } : {}) } : null;
}

function annotationFindings(d: Doc): ManifestFinding[] {
  const annotations = at(d, 'metadata', 'annotations');
  if (annotations === null || typeof annotations !== 'object' || Array.isArray(annotations)) return [];
  return Object.entries(annotations as Doc).flatMap(([k, v]) => {
    const f = typeof v === 'string' || typeof v === 'number' ? annotationFinding(`${k}=${String(v)}`) : null;
    return f ? [f] : [];
  });
}

/** Whether a list holds `*` (RBAC's wildcard for every verb, resource or API group). */
function hasWildcard(list: unknown): boolean {
  return Array.isArray(list) && list.includes('*');
}

/** A Kafka retention cut (answer 136: `retention.ms` under one day) or `retention.bytes` under 1,000,000: the broker deletes the topic's messages (as kafka-configs). */
function purgingRetention(config: unknown): string | null {
  for (const key of ['retention.ms', 'retention.bytes']) {
    const v = at(config, key);
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : null;
    if (n !== null && n >= 0 && (key === 'retention.ms' ? kafkaRetentionCut(key, n) : n < 1_000_000)) return `${key}: ${n}`;
  }
  return null;
}

/** A Prometheus duration (`30d`, `12h`, `1d12h`, `90m`), in milliseconds; null when it is not one. */
function promDuration(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const m = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(v.trim());
  if (!m || v.trim() === '') return null;
  const unit = [365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1];
  return unit.reduce((sum, u, i) => sum + Number(m[i + 1] ?? 0) * u, 0);
}

/** Whether an Istio AuthorizationPolicy rule matches every request: no `from`, `to` or `when` (`rules: [{}]`). */
function matchesEveryRequest(rule: unknown): boolean {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return false;
  return ['from', 'to', 'when'].every((k) => {
    const v = (rule as Doc)[k];
    return v === undefined || v === null || (Array.isArray(v) && v.length === 0);
  });
}

const RULES: ReadonlyArray<{ kinds: RegExp; judge: (doc: Doc) => ManifestFinding | null }> = [
  {
    // A policy engine's admission webhook (POLICY_ENGINE) written with `failurePolicy: Ignore`, or with no webhooks at all:
    // when the engine does not answer, requests are admitted unchecked; the configuration replaces the engine's own, which
    // fails closed. Another application's webhook so written is a deploy (round 16).
    kinds: /^(Validating|Mutating)WebhookConfiguration$/,
    judge: (d) => {
      if (!policyEngineWebhooks(d)) return null;
      // A patch sends only what it changes: no `webhooks`, or a JSON patch's `/webhooks/0/…` keyed by index.
      const hooks = Array.isArray(d.webhooks) ? d.webhooks : d.webhooks !== null && typeof d.webhooks === 'object' ? Object.values(d.webhooks as Doc) : [];
      if (Array.isArray(d.webhooks) && hooks.length === 0) return { effect: 'safeguard_off', code: 'safeguard_off', message: 'empties the policy engine\'s webhook configuration: nothing is checked at admission' };
      return hooks.some((h) => at(h, 'failurePolicy') === 'Ignore') ? { effect: 'safeguard_off', code: 'safeguard_off', message: 'sets the policy engine\'s admission webhook to `failurePolicy: Ignore`: when it cannot answer, requests are admitted unchecked' } : null;
    },
  },
  {
    // Availability: a workload with no replicas serves nothing (as `kubectl scale --replicas=0`).
    kinds: /^(Deployment|StatefulSet|ReplicaSet|ReplicationController)$/,
    judge: (d) => (at(d, 'spec', 'replicas') === 0 ? { effect: 'outage', code: 'kubectl_scale_zero', message: 'sets replicas to 0' } : null),
  },
  {
    // Istio security reference: PERMISSIVE accepts plain text, DISABLE turns mutual TLS off (also per port).
    kinds: /^PeerAuthentication$/,
    judge: (d) => {
      const modes = [at(d, 'spec', 'mtls', 'mode'), ...Object.values((at(d, 'spec', 'portLevelMtls') ?? {}) as Doc).map((p) => at(p, 'mode'))];
      const off = modes.find((m) => typeof m === 'string' && /^(PERMISSIVE|DISABLE)$/i.test(m));
      return off ? { effect: 'safeguard_off', code: 'safeguard_off', message: `sets PeerAuthentication mode ${String(off)}: mutual TLS is no longer enforced` } : null;
    },
  },
  {
    // As `kubectl create clusterrolebinding --clusterrole=cluster-admin` or a binding for every user.
    kinds: /^(ClusterRoleBinding|RoleBinding)$/,
    judge: (d) => {
      const role = at(d, 'roleRef', 'name');
      const subjects = Array.isArray(d.subjects) ? d.subjects : [];
      const everyone = subjects.map((s) => at(s, 'name')).find((n) => typeof n === 'string' && EVERYONE.test(n));
      if (role === 'cluster-admin') return { effect: 'admin_grant', code: 'admin_grant', message: 'binds cluster-admin' };
      if (everyone) return { effect: 'admin_grant', code: 'admin_grant', message: `binds a role to every user (\`${String(everyone)}\`)` };
      // An administrative role for a `default` service account or every service account (as `kubectl create rolebinding`).
      const pods = subjects.find((s) => (at(s, 'kind') === 'ServiceAccount' && at(s, 'name') === 'default') || (at(s, 'kind') === 'Group' && typeof at(s, 'name') === 'string' && /^system:serviceaccounts(:|$)/.test(at(s, 'name') as string)));
      if (typeof role === 'string' && /^(admin|edit)$/.test(role) && pods) return { effect: 'admin_grant', code: 'admin_grant', message: `binds \`${role}\` to ${at(pods, 'kind') === 'Group' ? 'every service account' : 'a `default` service account, which every pod that names none runs as'}` };
      return null;
    },
  },
  {
    // A Secret of type `kubernetes.io/service-account-token` naming a service account: the token controller fills it with
    // a token for that account that never expires (Kubernetes docs, "Manually create a long-lived API token for a
    // ServiceAccount"), a standing credential, as `kubectl create token --duration` beyond a day.
    kinds: /^Secret$/,
    judge: (d) => {
      const account = at(d, 'metadata', 'annotations', 'kubernetes.io/service-account.name');
      return d.type === 'kubernetes.io/service-account-token' && typeof account === 'string' ? { effect: 'admin_grant', code: 'long_lived_credential', message: `makes a token for the service account \`${account}\` that never expires` } : null;
    },
  },
  {
    // A NoExecute taint evicts every pod that does not tolerate it, as `kubectl taint … :NoExecute` and a drain do.
    kinds: /^Node$/,
    judge: (d) => {
      const taints = at(d, 'spec', 'taints');
      return Array.isArray(taints) && taints.some((t) => at(t, 'effect') === 'NoExecute') ? { effect: 'outage', code: 'kubectl_taint_evict', message: 'taints the node NoExecute: pods that do not tolerate it are evicted' } : null;
    },
  },
  {
    kinds: /^Namespace$/,
    judge: (d) => {
      const labels = (at(d, 'metadata', 'labels') ?? {}) as Doc;
      for (const rule of SAFEGUARD_LABELS) {
        const v = labels[rule.key];
        if (v !== undefined && !(typeof v === 'string' && rule.keeps.test(v))) return { effect: 'safeguard_off', code: 'safeguard_off', message: `sets \`${rule.key}=${String(v)}\`: ${rule.why} is off` };
      }
      return null;
    },
  },
  {
    // As `kubectl patch cronjob … suspend: true`: no run starts until it is resumed. The lead's round-14 decision: a
    // suspended CronJob is a scheduling write, unless its name says it is a safeguard (backups, snapshots, certificate
    // renewal) or no name is given (fail closed).
    kinds: /^CronJob$/,
    judge: (d) => (at(d, 'spec', 'suspend') === true && !cronJobSuspendIsRoutine(at(d, 'metadata', 'name')) ? { effect: 'outage', code: 'kubectl_suspend_runs', message: 'suspends the CronJob: no run starts until it is resumed' } : null),
  },
  {
    // NetworkPolicy reference: an ingress rule without `from` (or `from` an ipBlock of every address) and without `ports`
    // admits every source on every port: the selected pods are open, whatever isolated them before. A rule that names its
    // ports (a public web port) opens only those, as a load balancer does, and stays a write.
    kinds: /^NetworkPolicy$/,
    judge: (d) => {
      const rules = at(d, 'spec', 'ingress');
      if (!Array.isArray(rules)) return null;
      const open = rules.some((r) => {
        const from = at(r, 'from');
        const ports = at(r, 'ports');
        const anySource = from === undefined || from === null || (Array.isArray(from) && (from.length === 0 || from.some((p) => typeof at(p, 'ipBlock', 'cidr') === 'string' && ANY_SOURCE.test(at(p, 'ipBlock', 'cidr') as string) && !Array.isArray(at(p, 'ipBlock', 'except')))));
        const anyPort = ports === undefined || ports === null || (Array.isArray(ports) && ports.length === 0);
        return anySource && anyPort;
      });
      return open ? { effect: 'public_access', code: 'public_access', message: 'admits every source to the pods it selects' } : null;
    },
  },
  {
    // RBAC reference: a rule of every verb on every resource (`*`, `*`) is cluster-admin's own; in a ClusterRole or Role it
    // grants administrator rights to whoever is bound to it.
    kinds: /^(ClusterRole|Role)$/,
    judge: (d) => {
      const rules = Array.isArray(d.rules) ? d.rules : [];
      return rules.some((r) => hasWildcard(at(r, 'verbs')) && hasWildcard(at(r, 'resources'))) ? { effect: 'admin_grant', code: 'admin_grant', message: 'grants every verb on every resource' } : null;
    },
  },
  {
    // Database operators' switch that stops the database (Crunchy PGO `spec.shutdown: true` scales every instance to 0;
    // Percona's operators `spec.pause: true` stop the cluster's pods); the volumes stay.
    kinds: /^(PostgresCluster|PerconaXtraDBCluster|PerconaServerMongoDB|PerconaServerMySQL|PerconaPGCluster)$/,
    judge: (d) => (at(d, 'spec', 'shutdown') === true || at(d, 'spec', 'pause') === true ? { effect: 'outage', code: 'service_outage', message: `stops the ${String(d.kind)}: its database pods are shut down` } : null),
  },
  {
    // Strimzi KafkaTopic `spec.config`: a retention under 1,000,000 ms or bytes is the way a topic is purged.
    kinds: /^KafkaTopic$/,
    judge: (d) => {
      const short = purgingRetention(at(d, 'spec', 'config'));
      return short ? { effect: 'data_loss', code: 'kafka_retention_purge', message: `sets \`${short}\`: the broker deletes the topic's messages` } : null;
    },
  },
  {
    // Velero Schedule `spec.paused: true` (as `velero schedule pause`): no backup is taken.
    kinds: /^Schedule$/,
    judge: (d) => (typeof d.apiVersion === 'string' && d.apiVersion.startsWith('velero.io/') && at(d, 'spec', 'paused') === true ? { effect: 'safeguard_off', code: 'safeguard_off', message: 'pauses the backup schedule' } : null),
  },
  {
    // Velero: a DeleteBackupRequest is how `velero backup delete` works; the server deletes the backup, its data in object
    // storage and its volume snapshots.
    kinds: /^DeleteBackupRequest$/,
    judge: (d) => (typeof d.apiVersion === 'string' && d.apiVersion.startsWith('velero.io/') ? { effect: 'data_loss', code: 'backup_delete', message: `asks Velero to delete the backup \`${String(at(d, 'spec', 'backupName') ?? '?')}\` and its data` } : null),
  },
  {
    // Kubernetes "Service" reference: `loadBalancerSourceRanges` is the cloud load balancer's firewall; a range of every
    // address admits anyone, as a security group rule of `0.0.0.0/0` does.
    kinds: /^Service$/,
    judge: (d) => {
      const ranges = at(d, 'spec', 'loadBalancerSourceRanges');
      return Array.isArray(ranges) && ranges.some((r) => typeof r === 'string' && ANY_SOURCE.test(r)) ? { effect: 'public_access', code: 'public_access', message: 'lets every address through the load balancer' } : null;
    },
  },
  {
    // Istio "Authorization Policy" reference: an ALLOW policy (the default action) with a rule that has no `from`, `to` or
    // `when` matches every request (`rules: [{}]`, the documented allow-all); an empty `spec` allows nothing.
    kinds: /^AuthorizationPolicy$/,
    judge: (d) => {
      const action = at(d, 'spec', 'action');
      const rules = at(d, 'spec', 'rules');
      return (action === undefined || action === 'ALLOW') && Array.isArray(rules) && rules.some(matchesEveryRequest) ? { effect: 'public_access', code: 'public_access', message: 'allows every request to the workloads it selects' } : null;
    },
  },
  {
    // Prometheus Operator: `spec.retention` under a day (the operator's default is 24h) deletes the older samples at the
    // next compaction, as a shortened retention does in every time-series store.
    kinds: /^Prometheus$/,
    judge: (d) => {
      const ms = promDuration(at(d, 'spec', 'retention'));
      return ms !== null && ms > 0 && ms < 86_400_000 ? { effect: 'data_loss', code: 'retention_shortened', message: `sets \`retention: ${String(at(d, 'spec', 'retention'))}\`: older samples are deleted` } : null;
    },
  },
  {
    // Rook "CephCluster CRD", cleanupPolicy: the confirmation `yes-really-destroy-data` makes the operator wipe the hosts'
    // data directories and sanitise every OSD disk when the CephCluster is deleted: the guard against that is off.
    kinds: /^CephCluster$/,
    judge: (d) => (at(d, 'spec', 'cleanupPolicy', 'confirmation') === 'yes-really-destroy-data' ? { effect: 'safeguard_off', code: 'safeguard_off', message: 'arms the cleanup policy: deleting the cluster wipes every data disk' } : null),
  },
];

/** Bounds on what is parsed: manifests an agent shows inline are small. */
const MAX_TEXT = 256 * 1024;
const MAX_DOCS = 200;

/**
 * The namespaces these manifests name (`metadata.namespace`, and a Namespace object's own name): where they land, as
 * `-n` says on the command line, so they name its environment too. Empty when the text is not readable.
 */
export function manifestNamespaces(text: string): string[] {
  if (text.length > MAX_TEXT) return [];
  let docs;
  try {
    docs = yaml().parseAllDocuments(text);
  } catch {
    return [];
  }
  const out = new Set<string>();
  for (const doc of (Array.isArray(docs) ? docs : [docs]).slice(0, MAX_DOCS)) {
    let d: unknown;
    try {
      d = doc.toJS({ maxAliasCount: 16 });
    } catch {
      continue;
    }
    const ns = at(d, 'kind') === 'Namespace' ? at(d, 'metadata', 'name') : at(d, 'metadata', 'namespace');
    if (typeof ns === 'string' && ns.length <= 63) out.add(ns);
  }
  return [...out];
}

/**
 * What applying these manifests switches off or takes down. Null when the text is not readable as YAML or JSON
 * manifests (SECURITY: the caller treats that as unknown, never as harmless).
 */
export function manifestFindings(text: string): ManifestFinding[] | null {
  if (text.length > MAX_TEXT) return null;
  let docs;
  try {
    docs = yaml().parseAllDocuments(text);
  } catch {
    return null;
  }
  const list = Array.isArray(docs) ? docs : [docs];
  if (list.length > MAX_DOCS) return null;
  const out: ManifestFinding[] = [];
  const visit = (doc: unknown, depth: number): boolean => {
    if (doc === null || doc === undefined) return true;
    if (typeof doc !== 'object' || Array.isArray(doc)) return false;
    const d = doc as Doc;
    // A `kind: List` (what `kubectl get -o yaml` prints) carries its objects in `items`. SECURITY: kubectl flattens any
    // object with an `items` list (`DeploymentList`, apimachinery's IsListType), so every such object is read as a
    // list; one nested in another is not followed (unknown).
    if (Array.isArray(d.items)) return depth === 0 && d.items.every((i) => visit(i, 1));
    if (typeof d.kind !== 'string') return false;
    out.push(...annotationFindings(d));
    for (const rule of RULES) {
      if (!rule.kinds.test(d.kind)) continue;
      const f = rule.judge(d);
      if (f) out.push(f);
    }
    return true;
  };
  for (const doc of list) {
    if (doc.errors.length > 0) return null;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 16 });
    } catch {
      return null;
    }
    if (!visit(value, 0)) return null;
  }
  return out;
}

/** kubectl's resource names and short names for the kinds judged here (`kubectl api-resources`). */
const KIND_OF: ReadonlyArray<[RegExp, string, string?]> = [
  [/^(namespaces?|ns)$/, 'Namespace'],
  [/^(nodes?|no)$/, 'Node'],
  [/^clusterrolebindings?(\.rbac\.authorization\.k8s\.io)?$/, 'ClusterRoleBinding'],
  [/^rolebindings?(\.rbac\.authorization\.k8s\.io)?$/, 'RoleBinding'],
  [/^(deployments?|deploy)(\.apps)?$/, 'Deployment'],
  [/^(statefulsets?|sts)(\.apps)?$/, 'StatefulSet'],
  [/^(replicasets?|rs)(\.apps)?$/, 'ReplicaSet'],
  [/^(cronjobs?|cj)(\.batch)?$/, 'CronJob'],
  [/^(peerauthentications?|pa)(\.security\.istio\.io)?$/, 'PeerAuthentication'],
  [/^schedules?\.velero\.io$/, 'Schedule', 'velero.io/v1'],
  [/^(networkpolicies|networkpolicy|netpol)(\.networking\.k8s\.io)?$/, 'NetworkPolicy'],
  [/^clusterroles?(\.rbac\.authorization\.k8s\.io)?$/, 'ClusterRole'],
  [/^roles?(\.rbac\.authorization\.k8s\.io)?$/, 'Role'],
  [/^postgresclusters?(\.postgres-operator\.crunchydata\.com)?$/, 'PostgresCluster'],
  [/^(perconaxtradbclusters?|pxc)(\.pxc\.percona\.com)?$/, 'PerconaXtraDBCluster'],
  [/^(perconaservermongodbs?|psmdb)(\.psmdb\.percona\.com)?$/, 'PerconaServerMongoDB'],
  [/^kafkatopics?(\.kafka\.strimzi\.io)?$/, 'KafkaTopic'],
  [/^(services?|svc)$/, 'Service'],
  [/^authorizationpolic(y|ies)(\.security\.istio\.io)?$/, 'AuthorizationPolicy'],
  [/^prometheus(es)?(\.monitoring\.coreos\.com)?$/, 'Prometheus'],
  [/^cephclusters?(\.ceph\.rook\.io)?$/, 'CephCluster'],
  [/^secrets?$/, 'Secret'],
  [/^validatingwebhookconfigurations?(\.admissionregistration\.k8s\.io)?$/, 'ValidatingWebhookConfiguration', 'admissionregistration.k8s.io/v1'],
  [/^(clusterpolicies|clusterpolicy|cpol)(\.kyverno\.io)?$/, 'ClusterPolicy', 'kyverno.io/v1'],
  [/^(policies|policy|pol)\.kyverno\.io$/, 'Policy', 'kyverno.io/v1'],
  [/^validatingadmissionpolicybindings?(\.admissionregistration\.k8s\.io)?$/, 'ValidatingAdmissionPolicyBinding', 'admissionregistration.k8s.io/v1'],
  [/^mutatingwebhookconfigurations?(\.admissionregistration\.k8s\.io)?$/, 'MutatingWebhookConfiguration', 'admissionregistration.k8s.io/v1'],
];

/**
 * Cloud load balancer annotations that keep a `LoadBalancer` Service inside the network (each cloud's Kubernetes
 * reference: AWS `aws-load-balancer-internal` / `-scheme: internal`, GKE `load-balancer-type: Internal`, Azure
 * `azure-load-balancer-internal`, OCI `oci-load-balancer-internal`).
 */
const INTERNAL_LB = /^(service\.beta\.kubernetes\.io\/(aws-load-balancer-internal|azure-load-balancer-internal|oci-load-balancer-internal)|networking\.gke\.io\/load-balancer-type|cloud\.google\.com\/load-balancer-type|service\.beta\.kubernetes\.io\/aws-load-balancer-scheme)$/;

/** Every leaf of a value with its path, bounded in depth. */
function leaves(v: unknown, path: string[], out: Array<{ path: string[]; value: JsonValue }>, depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(v)) v.slice(0, 50).forEach((x) => leaves(x, path, out, depth + 1));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v as Doc)) leaves(x, [...path, k], out, depth + 1);
  else out.push({ path, value: v as JsonValue });
}

/**
 * What a patch changes on an object that exists, beyond what its result would say as a new manifest:
 * - a Service turned into a `LoadBalancer` with no source ranges and no internal annotation: what only the cluster
 *   reached is now reachable from every address (a new Service published so stays a deploy);
 * - a Crossplane managed resource's `spec.forProvider` setting a protection off (`deletionProtection: false`,
 *   `skipFinalSnapshot: true`, `backupRetentionPeriod: 0`), judged by the Terraform plan rules since upjet providers are
 *   generated from the Terraform ones.
 */
function patchOnlyFindings(kind: string, object: Doc): ManifestFinding[] {
  const out: ManifestFinding[] = [];
  const removed = kind === 'Secret' ? secretKeyRemoved(object) : null;
  if (removed) out.push({ effect: 'data_loss', code: 'secret_key_removed', message: `removes ${removed} of the Secret: the credential it held is lost` });
  if (kind === 'Service' && at(object, 'spec', 'type') === 'LoadBalancer') {
    const ranges = at(object, 'spec', 'loadBalancerSourceRanges');
    const annotations = (at(object, 'metadata', 'annotations') ?? {}) as Doc;
    const narrowed = (Array.isArray(ranges) && ranges.length > 0) || Object.keys(annotations).some((k) => INTERNAL_LB.test(k) || k === 'service.beta.kubernetes.io/load-balancer-source-ranges');
    if (!narrowed) out.push({ effect: 'public_access', code: 'public_access', message: 'turns the Service into a load balancer that every address reaches' });
  }
  // An admission webhook switched to `failurePolicy: Ignore` (Kubernetes "Dynamic Admission Control": an error calling the
  // webhook is ignored and the request is allowed): the policy it enforces fails open. A JSON patch's `/webhooks/0/…`
  // path arrives as an object keyed by index. A new configuration written so checks more than none and stays a deploy.
  if (/^(Validating|Mutating)WebhookConfiguration$/.test(kind)) {
    const hooks = object.webhooks;
    const list = Array.isArray(hooks) ? hooks : hooks !== null && typeof hooks === 'object' ? Object.values(hooks as Doc) : [];
    if (list.some((h) => at(h, 'failurePolicy') === 'Ignore')) out.push({ effect: 'safeguard_off', code: 'safeguard_off', message: 'sets an admission webhook to `failurePolicy: Ignore`: when it cannot answer, requests are admitted unchecked' });
  }
  // A policy switched from enforcing to reporting (each engine's reference): Kyverno `validationFailureAction` (or a rule's
  // `validate.failureAction`) `Audit`, Gatekeeper's `enforcementAction` `dryrun` or `warn` (on any constraint kind), a
  // ValidatingAdmissionPolicyBinding whose `validationActions` no longer include `Deny`: what it blocked is admitted.
  const audit = policyStopsEnforcing(kind, object);
  if (audit) out.push({ effect: 'safeguard_off', code: 'safeguard_off', message: audit });
  const forProvider = at(object, 'spec', 'forProvider');
  if (forProvider !== undefined) {
    const found: Array<{ path: string[]; value: JsonValue }> = [];
    leaves(forProvider, [], found);
    // The whole path, as the plan rules read theirs (`versioning[0].enabled: false` is versioning off).
    const off = found.find(({ path, value }) => path.length > 0 && protectionSetOff(path.join('.').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value));
    if (off) out.push({ effect: 'safeguard_off', code: 'safeguard_off', message: `sets \`forProvider.${off.path.join('.')}: ${String(off.value)}\`: a protection of the cloud resource is off` });
  }
  return out;
}

function policyStopsEnforcing(kind: string, object: Doc): string | null {
  const reports = (v: unknown) => typeof v === 'string' && /^audit$/i.test(v);
  if (/^(ClusterPolicy|Policy)$/.test(kind)) {
    const rules = at(object, 'spec', 'rules');
    const list = Array.isArray(rules) ? rules : rules !== null && typeof rules === 'object' ? Object.values(rules as Doc) : [];
    if (reports(at(object, 'spec', 'validationFailureAction')) || list.some((r) => reports(at(r, 'validate', 'failureAction')))) return 'sets the Kyverno policy to `Audit`: what it blocked is admitted and only reported';
  }
  const action = at(object, 'spec', 'enforcementAction');
  if (typeof action === 'string' && /^(dryrun|warn)$/i.test(action)) return `sets the Gatekeeper constraint's \`enforcementAction: ${action}\`: what it blocked is admitted`;
  const actions = at(object, 'spec', 'validationActions');
  if (kind === 'ValidatingAdmissionPolicyBinding' && Array.isArray(actions) && !actions.includes('Deny')) return 'takes `Deny` out of the binding\'s `validationActions`: what the policy blocked is admitted';
  return null;
}

/**
 * Admission webhooks of policy engines and image-signature checkers, by the names their installs give the configuration,
 * its webhooks or their service (Kyverno, OPA Gatekeeper and kube-mgmt, Kubewarden, jsPolicy, Datree, Polaris, k-rail,
 * Sigstore policy-controller, Connaisseur, Ratify, Kritis): the cluster's guardrails.
 */
const POLICY_ENGINE = /(^|[-_.])(kyverno|gatekeeper|opa|kube-mgmt|kubewarden|jspolicy|datree|polaris|k-rail|policy-controller|connaisseur|ratify|kritis)([-_.]|$)/i;

/** Whether a webhook configuration belongs to a policy engine (POLICY_ENGINE in its name, a webhook's, or its service's). */
function policyEngineWebhooks(d: Doc): boolean {
  const hooks = Array.isArray(d.webhooks) ? d.webhooks : d.webhooks !== null && typeof d.webhooks === 'object' ? Object.values(d.webhooks as Doc) : [];
  const names = [at(d, 'metadata', 'name'), ...hooks.flatMap((h) => [at(h, 'name'), at(h, 'clientConfig', 'service', 'name'), at(h, 'clientConfig', 'service', 'namespace')])];
  return names.some((n) => typeof n === 'string' && POLICY_ENGINE.test(n));
}

/**
 * What a patch of a Secret removes: its whole `data` or `stringData` (null), or one key of it (a merge patch's null, a
 * JSON patch's `remove`). A Secret is where the credential lives; nothing in the cluster brings the value back.
 */
function secretKeyRemoved(object: Doc): string | null {
  for (const field of ['data', 'stringData']) {
    const value = object[field];
    if (value === null) return `\`${field}\``;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const key = Object.entries(value as Doc).find(([, v]) => v === null)?.[0];
      if (key !== undefined) return `\`${field}.${key}\``;
    }
  }
  return null;
}

/**
 * A `kubectl patch` of a kind judged here, as the object it leaves: a merge or strategic-merge patch is the object's
 * changed part; a JSON patch's `add`/`replace` of a simple path sets that field, and its `remove` of a label that keeps a
 * safeguard takes it away. A kind not judged here is still read for the annotations a controller acts on. Returns the
 * findings, or null when the patch is not readable (the caller keeps its own reading).
 */
export function patchFindings(resource: string, patch: string, name?: string): ManifestFinding[] | null {
  const kindOf: readonly [RegExp, string, string?] = KIND_OF.find(([re]) => re.test(resource.split('/')[0]!.toLowerCase())) ?? [/./, 'Object'];
  let value: unknown;
  try {
    value = JSON.parse(patch);
  } catch {
    try {
      value = yaml().parseAllDocuments(patch)[0]?.toJS({ maxAliasCount: 16 });
    } catch {
      return null;
    }
  }
  const out: ManifestFinding[] = [];
  let object: Doc = {};
  if (Array.isArray(value)) {
    for (const op of value) {
      const path = typeof at(op, 'path') === 'string' ? (at(op, 'path') as string).split('/').slice(1).map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~')) : null;
      if (path === null) continue;
      const kind = at(op, 'op');
      if (kind === 'remove' && path.length === 3 && path[0] === 'metadata' && path[1] === 'labels') {
        const off = labelSwitchesSafeguardOff(`${path[2]}-`);
        if (off) out.push({ effect: 'safeguard_off', code: 'safeguard_off', message: off });
      } else if (kind === 'remove' && path.length > 0) {
        // A removed field is what a merge patch's null says: the rules above read it so (a Secret's key gone).
        let cur = object;
        for (const k of path.slice(0, -1)) cur = (cur[k] ??= {}) as Doc;
        cur[path[path.length - 1]!] = null;
      } else if (kind === 'add' || kind === 'replace') {
        // `/spec/taints/-` appends to the list: the value is one element.
        const append = path[path.length - 1] === '-';
        const keys = append ? path.slice(0, -1) : path;
        let cur = object;
        for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Doc;
        const v = (op as Doc).value;
        cur[keys[keys.length - 1]!] = append ? [v] : v;
      }
    }
  } else if (value !== null && typeof value === 'object') object = value as Doc;
  else return null;
  out.push(...patchOnlyFindings(kindOf[1], object));
  // The object's name (`KIND/NAME` or given apart) for the rules that read it; a name inside the patch is not trusted over it.
  const named = name ?? (resource.includes('/') ? resource.split('/')[1] : undefined);
  const metadata = named ? { ...(typeof object.metadata === 'object' && object.metadata !== null && !Array.isArray(object.metadata) ? (object.metadata as Doc) : {}), name: named } : object.metadata;
  const found = manifestFindings(JSON.stringify({ ...object, ...(metadata === undefined ? {} : { metadata }), kind: kindOf[1], apiVersion: kindOf[2] ?? 'v1' }));
  return found === null ? (out.length > 0 ? out : null) : [...out, ...found];
}
