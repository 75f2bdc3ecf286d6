import type { ActionFacts, JsonObject, JsonValue } from '../../src/core/index.ts';
import type { AgentsView, AuditView, BrakesView, PageContext, QueueView, RequestView, ShadowView } from '../../src/ui/index.ts';

/** Realistic view models for the reviewer UI's unit tests and static previews. */

export const NOW = Date.UTC(2025, 11, 4, 9, 30, 0);
const min = 60_000;

export function ctx(over: Partial<PageContext> = {}): PageContext {
  return { now: NOW, viewer: { id: 'alice', name: 'Alice (reviewer)', admin: false }, csrfToken: 'csrf-token-123', flash: null, killSwitch: null, shadow: null, pending: 2, ...over };
}

export const planFacts: ActionFacts = {
  verbs: ['replace', 'delete', 'write'],
  destructive: true,
  targets: [
    { kind: 'terraform', id: 'module.prod_cn_1.aws_eks_cluster.main', environment: 'prod-cn-1', home: false, verbs: ['replace'] },
    { kind: 'terraform', id: 'module.prod_cn_1.aws_vpc.main', environment: 'prod-cn-1', home: false, verbs: ['replace'] },
    { kind: 'terraform', id: 'module.prod_cn_1.aws_security_group.legacy_admin', environment: 'prod-cn-1', home: false, verbs: ['delete'] },
    { kind: 'terraform', id: 'module.prod_cn_1.aws_eks_node_group.general', environment: 'prod-cn-1', home: false, verbs: ['write'] },
  ],
  blastRadius: 6,
  reversible: false,
  confidence: 'parsed',
  findings: [
    { code: 'tf_replace', message: 'aws_eks_cluster.main is destroyed and recreated: every workload on it restarts' },
    { code: 'tf_replace', message: 'aws_vpc.main is destroyed and recreated (cidr_block 10.0.0.0/16 → 10.1.0.0/16)' },
  ],
  summary: 'terraform: 1 destroyed, 2 replaced, 2 updated, 1 created',
  tool: 'terraform',
};

const rc = (address: string, type: string, actions: string[], extra: { action_reason?: string; replace_paths?: JsonValue[] } = {}): JsonObject => ({
  address,
  mode: 'managed',
  type,
  name: address.split('.').pop() ?? '',
  provider_name: 'registry.terraform.io/hashicorp/aws',
  change: { actions, before: {}, after: {}, ...(extra.replace_paths ? { replace_paths: extra.replace_paths } : {}) },
  ...(extra.action_reason ? { action_reason: extra.action_reason } : {}),
});

export const planRequest: RequestView = {
  tiers: { 'prod-cn-1': 'production' },
  requesterReason: 'Rotate the EKS subnets for ticket CHG-2291 · session 5f1c',
  executeWindowMs: 15 * min,
  id: 'req_7f3a91',
  digest: 'sha256:3f2a6b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e9c1d',
  status: 'pending',
  envelope: {
    agent: 'atlas',
    operator: 'dana',
    action: {
      kind: 'terraform_plan',
      plan: {
        format_version: '1.2',
        terraform_version: '1.9.8',
        resource_changes: [
          rc('module.prod_cn_1.aws_eks_node_group.general', 'aws_eks_node_group', ['update']),
          rc('module.prod_cn_1.aws_eks_cluster.main', 'aws_eks_cluster', ['delete', 'create'], { action_reason: 'replace_because_cannot_update', replace_paths: [['vpc_config', 0, 'subnet_ids']] }),
          rc('module.prod_cn_1.aws_vpc.main', 'aws_vpc', ['delete', 'create'], { action_reason: 'replace_because_cannot_update', replace_paths: [['cidr_block']] }),
          rc('module.prod_cn_1.aws_security_group.legacy_admin', 'aws_security_group', ['delete'], { action_reason: 'delete_because_no_resource_config' }),
          rc('module.prod_cn_1.aws_iam_role_policy.nodes', 'aws_iam_role_policy', ['update']),
          rc('module.prod_cn_1.aws_cloudwatch_log_group.cluster', 'aws_cloudwatch_log_group', ['create']),
          rc('module.prod_cn_1.aws_route53_record.api', 'aws_route53_record', ['no-op']),
          rc('module.prod_cn_1.aws_s3_bucket.state', 'aws_s3_bucket', ['no-op']),
        ],
      },
    },
    context: { cwd: '/work/infra/prod-cn-1', tfWorkspace: 'prod-cn-1', awsProfile: 'prod-cn-1-deploy', awsRegion: 'cn-north-1', gitBranch: 'release/2025-12' },
    policySetHash: 'sha256:9b1e0d4c2a7f3e5d8c6b4a2f0e9d7c5b3a1f8e6d4c2b0a9f7e5d3c1b9a8f6e4d',
  },
  facts: planFacts,
  agent: { id: 'atlas', role: 'deployer', operator: 'dana', home: 'dev-sandbox' },
  required: 2,
  approverGroups: ['approvers'],
  policies: ['prod-change-needs-two-approvals', 'replace-needs-review'],
  reasons: [
    { code: 'policy_hold', message: 'production changes by agents need two approvals from `approvers`', policyId: 'prod-change-needs-two-approvals' },
    { code: 'policy_hold', message: 'replacing a cluster or network restarts everything on it', policyId: 'replace-needs-review' },
  ],
  approvals: [{ human: 'bob', at: NOW - 4 * min, comment: 'Change window CHG-2291 is open; node group drained.', counts: true, solo: false }],
  rejections: [],
  createdAt: NOW - 12 * min,
  expiresAt: NOW + 48 * min,
  executeBy: null,
  history: [
    { at: NOW - 12 * min, status: 'pending', actor: 'agent:atlas', note: 'held by 2 policies' },
    { at: NOW - 4 * min, status: 'pending', actor: 'human:bob', note: 'approved (1 of 2)' },
  ],
  vote: { approve: { ok: true, reason: null }, reject: { ok: true, reason: null } },
};

export const kubectlFacts: ActionFacts = {
  verbs: ['deploy', 'write'],
  destructive: false,
  targets: [{ kind: 'kubernetes', id: 'k8s:prod-cn-1/ns/payments', environment: 'prod-cn-1', home: true }],
  blastRadius: null,
  reversible: true,
  confidence: 'parsed',
  findings: [{ code: 'kubectl_apply_file', message: 'applies manifests from `deploy/payments.yaml`; their content is not inspected' }],
  summary: 'kubectl apply -f deploy/payments.yaml in prod-cn-1/payments',
  tool: 'kubectl',
};

export const kubectlRequest: RequestView = {
  ...planRequest,
  id: 'req_2c81d0',
  digest: 'sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
  envelope: { agent: 'kiro', operator: 'dana', action: { kind: 'shell', command: 'kubectl --context prod-cn-1 apply -f deploy/payments.yaml' }, context: { cwd: '/work/infra/prod-cn-1', kubeContext: 'prod-cn-1', kubeNamespace: 'payments' }, policySetHash: planRequest.envelope.policySetHash },
  facts: kubectlFacts,
  agent: { id: 'kiro', role: 'deployer', operator: 'dana', home: 'prod-cn-1' },
  policies: ['prod-change-needs-two-approvals'],
  reasons: [{ code: 'policy_hold', message: 'production changes by agents need two approvals from `approvers`', policyId: 'prod-change-needs-two-approvals' }],
  approvals: [],
  createdAt: NOW - 3 * min,
  expiresAt: NOW + 57 * min,
  history: [],
};

export const queue: QueueView = {
  items: [
    { digest: 'sha256:0000000000000000000000000000000000000000000000000000000000000000', tiers: { 'prod-cn-1': 'production' }, artifact: 'a6428', context: [], id: planRequest.id, status: 'pending', agent: 'atlas', operator: 'dana', environments: ['prod-cn-1'], summary: planFacts.summary, kind: 'terraform_plan', destructive: true, createdAt: NOW - 12 * min, expiresAt: NOW + 48 * min, approvals: 1, required: 2 },
    { digest: 'sha256:0000000000000000000000000000000000000000000000000000000000000000', tiers: { 'prod-cn-1': 'production' }, artifact: 'a6690', context: [], id: kubectlRequest.id, status: 'pending', agent: 'kiro', operator: 'dana', environments: ['prod-cn-1'], summary: kubectlFacts.summary, kind: 'shell', destructive: false, createdAt: NOW - 3 * min, expiresAt: NOW + 57 * min, approvals: 0, required: 2 },
    { digest: 'sha256:0000000000000000000000000000000000000000000000000000000000000000', tiers: { 'staging': 'staging' }, artifact: 'a6948', context: [], id: 'req_91aa02', status: 'pending', agent: 'intern-bot', operator: 'eve', environments: ['staging'], summary: 'sql: DELETE FROM sessions WHERE created_at < now() - interval \'30 days\'', kind: 'sql', destructive: true, createdAt: NOW - 55 * min, expiresAt: NOW + 5 * min, approvals: 0, required: 1 },
  ],
};

export const audit: AuditView = {
  verification: { status: 'ok', entries: 1284, checkpoint: { size: 1280, ts: NOW - 2 * min, root: 'sha256:5e1c0a9b8d7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d', keyId: 'ed25519:7c2f9a1b' }, firstBad: null, message: '' },
  rows: [
    { seq: 1284, id: 'aud_1284', ts: NOW - 1 * min, type: 'approval', actor: 'human:bob', summary: 'approved req_7f3a91 (1 of 2)', effect: null, requestId: null, mcpSession: null },
    { seq: 1283, id: 'aud_1283', ts: NOW - 3 * min, type: 'decision', actor: 'agent:kiro', summary: 'kubectl apply -f deploy/payments.yaml in prod-cn-1/payments', effect: 'hold', requestId: null, mcpSession: null },
    { seq: 1282, id: 'aud_1282', ts: NOW - 5 * min, type: 'decision', actor: 'agent:kiro', summary: 'terraform destroy -auto-approve (own home environment prod-cn-1)', effect: 'deny', requestId: null, mcpSession: null },
    { seq: 1281, id: 'aud_1281', ts: NOW - 6 * min, type: 'decision', actor: 'agent:kiro', summary: 'kubectl get pods -n payments', effect: 'allow', requestId: null, mcpSession: null },
    { seq: 1280, id: 'aud_1280', ts: NOW - 9 * min, type: 'brake_changed', actor: 'human:dana', summary: 'released freeze of intern-bot', effect: null, requestId: null, mcpSession: null },
    { seq: 1279, id: 'aud_1279', ts: NOW - 12 * min, type: 'approval_request', actor: 'agent:atlas', summary: 'req_7f3a91 opened: terraform: 1 destroyed, 2 replaced', effect: null, requestId: null, mcpSession: null },
  ],
  older: 1279,
  hasNewer: false,
  filter: { type: null, agent: null, request: null, effect: null, since: null, until: null },
  agents: ['kiro', 'atlas', 'intern-bot'],
  types: ['decision', 'approval_request', 'approval', 'rejection', 'request_state', 'execution_intent', 'execution_outcome', 'policy_loaded', 'brake_changed'],
};

export const agents: AgentsView = {
  window: 50,
  agents: [
    { id: 'kiro', role: 'deployer', operator: 'dana', home: 'prod-cn-1', homeTier: 'production', denialStreak: 0, parent: null, revoked: false, frozen: false, counts: { allow: 412, deny: 9, hold: 3 }, recent: [
      { at: NOW - 3 * min, effect: 'hold', summary: 'kubectl apply -f deploy/payments.yaml' },
      { at: NOW - 5 * min, effect: 'deny', summary: 'terraform destroy -auto-approve' },
      { at: NOW - 6 * min, effect: 'allow', summary: 'kubectl get pods -n payments' },
    ] },
    { id: 'atlas', role: 'deployer', operator: 'dana', home: 'dev-sandbox', homeTier: 'sandbox', denialStreak: 0, parent: null, revoked: false, frozen: false, counts: { allow: 88, deny: 0, hold: 1 }, recent: [{ at: NOW - 12 * min, effect: 'hold', summary: planFacts.summary }] },
    { id: 'intern-bot', role: 'deployer', operator: 'eve', home: 'dev-sandbox', homeTier: 'sandbox', denialStreak: 0, parent: null, revoked: false, frozen: true, counts: { allow: 17, deny: 4, hold: 0 }, recent: [] },
  ],
};

export const brakes: BrakesView = {
  global: { engaged: false, since: null, by: null },
  frozen: [{ agent: 'intern-bot', since: NOW - 40 * min, by: 'dana' }],
  agents: ['kiro', 'atlas', 'intern-bot'],
  shadow: { global: false, environments: ['staging'] },
  shadowRequests: [],
};

export const shadow: ShadowView = {
  global: false,
  environments: ['staging'],
  rows: [
    { at: NOW - 20 * min, decisionId: 'aud_1201', agent: 'atlas', environments: ['staging'], summary: 'psql: DROP TABLE audit_events_2024', wouldBe: 'deny', reasons: [{ code: 'policy_forbid', message: 'dropping tables needs a human at the keyboard' }], tiers: { staging: 'staging' } },
    { at: NOW - 34 * min, decisionId: 'aud_1188', agent: 'kiro', environments: ['staging'], summary: 'kubectl delete deployment payments-canary', wouldBe: 'hold', reasons: [{ code: 'policy_hold', message: 'staging deletes need one approval' }], tiers: { staging: 'staging' } },
  ],
};
