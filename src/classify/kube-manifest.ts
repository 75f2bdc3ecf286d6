import { parseAllDocuments } from 'yaml';

/**
 * Kubernetes manifests whose content the action shows (a heredoc or fixed text piped into `kubectl apply|create|replace
 * -f -`): what applying them does, judged by the same readings the command-line forms get (`scale --replicas=0`,
 * `create clusterrolebinding --clusterrole=cluster-admin`, `patch peerauthentication … DISABLE`, `label ns …
 * pod-security…=privileged`). Tool knowledge as data: one entry per kind and field.
 */

export type ManifestEffect = 'outage' | 'safeguard_off' | 'admin_grant';

export interface ManifestFinding {
  effect: ManifestEffect;
  code: string;
  message: string;
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

const RULES: ReadonlyArray<{ kinds: RegExp; judge: (doc: Doc) => ManifestFinding | null }> = [
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
      return null;
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
    // As `kubectl patch cronjob … suspend: true`: no run starts until it is resumed.
    kinds: /^CronJob$/,
    judge: (d) => (at(d, 'spec', 'suspend') === true ? { effect: 'outage', code: 'kubectl_suspend_runs', message: 'suspends the CronJob: no run starts until it is resumed' } : null),
  },
  {
    // Velero Schedule `spec.paused: true` (as `velero schedule pause`): no backup is taken.
    kinds: /^Schedule$/,
    judge: (d) => (typeof d.apiVersion === 'string' && d.apiVersion.startsWith('velero.io/') && at(d, 'spec', 'paused') === true ? { effect: 'safeguard_off', code: 'safeguard_off', message: 'pauses the backup schedule' } : null),
  },
];

/** Bounds on what is parsed: manifests an agent shows inline are small. */
const MAX_TEXT = 256 * 1024;
const MAX_DOCS = 200;

/**
 * What applying these manifests switches off or takes down. Null when the text is not readable as YAML or JSON
 * manifests (SECURITY: the caller treats that as unknown, never as harmless).
 */
export function manifestFindings(text: string): ManifestFinding[] | null {
  if (text.length > MAX_TEXT) return null;
  let docs;
  try {
    docs = parseAllDocuments(text);
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
];

/**
 * A `kubectl patch` of a kind judged here, as the object it leaves: a merge or strategic-merge patch is the object's
 * changed part; a JSON patch's `add`/`replace` of a simple path sets that field, and its `remove` of a label that keeps a
 * safeguard takes it away. Returns the findings, or null when the kind is not judged here or the patch is not readable
 * (the caller keeps its own reading).
 */
export function patchFindings(resource: string, patch: string): ManifestFinding[] | null {
  const kindOf = KIND_OF.find(([re]) => re.test(resource.split('/')[0]!.toLowerCase()));
  if (!kindOf) return null;
  let value: unknown;
  try {
    value = JSON.parse(patch);
  } catch {
    try {
      value = parseAllDocuments(patch)[0]?.toJS({ maxAliasCount: 16 });
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
  const found = manifestFindings(JSON.stringify({ ...object, kind: kindOf[1], apiVersion: kindOf[2] ?? 'v1' }));
  return found === null ? (out.length > 0 ? out : null) : [...out, ...found];
}
