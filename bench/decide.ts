/**
 * In-process `gateway.decide()`: classify → policy (agent + operator) → audit append, for a config
 * of 10 agents with ~50 policies and with ~1,000 policies. "tmpfs" runs keep the audit in SQLite on
 * /dev/shm (no fsync cost: what decide() itself costs); "durable" runs fsync every commit on disk.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime } from '../src/runtime/index.ts';
import type { Action } from '../src/core/index.ts';
import { measure, measureConcurrent, type Row } from './stats.ts';

function config(extraPolicyFile: string | null): string {
  const agents = Array.from({ length: 10 }, (_, i) => `  agent-${i}: { role: ${i % 2 ? 'deployer' : 'developer'}, operator: op-${i % 3}, home: ${i % 2 ? 'prod-cn-1' : 'dev'} }`).join('\n');
  return `version: 1
store: sqlite:./bench.db
policies: [default${extraPolicyFile ? `, ${extraPolicyFile}` : ''}]
humans:
  op-0: { groups: [admins] }
  op-1: { groups: [sre] }
  op-2: { groups: [engineers] }
roles:
  developer: {}
  deployer: {}
${Array.from({ length: 20 }, (_, i) => `  team-${i}: {}`).join('\n')}
agents:
${agents}
environments:
  prod-cn-1: { tier: production, match: { kube_contexts: [prod-cn-1], tf_workspaces: [prod-cn-1] } }
  staging: { tier: staging, match: { kube_contexts: [staging] } }
  dev: { tier: dev, match: { kube_contexts: [kind-dev], paths: ["/work/**"] } }
${Array.from({ length: 20 }, (_, i) => `  env-${i}: { tier: ${i % 3 === 0 ? 'production' : 'dev'}, match: { kube_contexts: [ctx-${i}] } }`).join('\n')}
# D10 off: the "repeated actions" row repeats two denials (terraform destroy in production; an apply of a
# folder that does not exist, opaque under A12). With the default brake both agents would be frozen after
# a few calls and the row would time kill-switch denials instead of the decision it measured before D10.
brakes: { freeze_after_denials: 0 }
`;
}

/** `n` policies of the shapes teams write: role rights, environment guards, tool bans. */
export function generatedPolicies(n: number): string {
  const verbs = ['write', 'delete', 'replace', 'deploy', 'exec'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const verb = verbs[i % verbs.length];
    switch (i % 4) {
      case 0:
        out.push(`@id("gen-${i}")\npermit (principal in Portcullis::Role::"team-${i % 20}", action == Portcullis::Action::"${verb}", resource)\nwhen { resource.environment == "env-${i % 20}" };`);
        break;
      case 1:
        out.push(`@id("gen-${i}")\nforbid (principal is Portcullis::Agent, action == Portcullis::Action::"${verb}", resource)\nwhen { resource.environment == "env-${i % 20}" && context.blast_radius > ${100 + i} };`);
        break;
      case 2:
        out.push(`@id("gen-${i}")\nforbid (principal is Portcullis::Agent, action in Portcullis::Action::"change", resource)\nwhen { context.tool == "tool-${i}" };`);
        break;
      default:
        out.push(`@id("gen-${i}")\n@approvals("1")\nforbid (principal in Portcullis::Role::"team-${i % 20}", action == Portcullis::Action::"${verb}", resource)\nwhen { resource.tier == "staging" && context.destructive };`);
    }
  }
  return out.join('\n\n');
}

type Req = { agentId: string; action: Action; context: Record<string, string> };

/** Six action shapes that repeat, as an agent's do: after warm-up, policy answers come from the memo. */
const REPEATED: Req[] = [
  { agentId: 'agent-0', action: { kind: 'shell', command: 'ls -la src' }, context: { cwd: '/work/app' } },
  { agentId: 'agent-1', action: { kind: 'shell', command: 'kubectl --context prod-cn-1 get pods -n payments' }, context: { cwd: '/work/app' } },
  { agentId: 'agent-2', action: { kind: 'shell', command: 'rm -rf build/ && npm run build' }, context: { cwd: '/work/app' } },
  { agentId: 'agent-3', action: { kind: 'shell', command: 'terraform destroy -auto-approve' }, context: { cwd: '/work/infra', tfWorkspace: 'prod-cn-1' } },
  { agentId: 'agent-4', action: { kind: 'shell', command: 'kubectl --context kind-dev apply -f k8s/' }, context: { cwd: '/work/app' } },
  { agentId: 'agent-5', action: { kind: 'sql', sql: 'SELECT id, email FROM users WHERE id = 42', host: 'dev-db' }, context: {} },
];
const repeated = (i: number): Req => REPEATED[i % REPEATED.length]!;

/** Every call names a new target, so every Cedar call misses the memo. */
const distinct = (i: number): Req => ({ agentId: `agent-${i % 10}`, action: { kind: 'shell', command: `kubectl --context ${i % 2 ? 'prod-cn-1' : 'kind-dev'} get deployment app-${i} -n team-${i % 7}` }, context: { cwd: '/work/app' } });

interface Case {
  label: string;
  extraPolicies: number;
  durable: boolean;
  requests: (i: number) => Req;
  concurrency: number;
}

async function run(c: Case): Promise<Row> {
  const base = c.durable || !existsSync('/dev/shm') ? tmpdir() : '/dev/shm';
  const dir = mkdtempSync(join(base, 'portcullis-bench-'));
  try {
    let extraFile: string | null = null;
    if (c.extraPolicies > 0) {
      extraFile = './generated.cedar';
      writeFileSync(join(dir, 'generated.cedar'), generatedPolicies(c.extraPolicies));
    }
    writeFileSync(join(dir, 'portcullis.yaml'), config(extraFile));
    const rt = await openRuntime({ configPath: join(dir, 'portcullis.yaml'), cwd: dir });
    try {
      const name = `decide(), ${rt.engine.policies.length} policies, ${c.label}, audit ${c.durable ? 'fsync on disk' : 'on tmpfs'}${c.concurrency > 1 ? `, ${c.concurrency} in flight` : ''}`;
      const fn = (i: number) => rt.gateway.decide(c.requests(i));
      return c.concurrency > 1
        ? await measureConcurrent(name, fn, { concurrency: c.concurrency, maxOps: 20_000, maxMs: 4_000 })
        : await measure(name, fn, { maxOps: 10_000, maxMs: 4_000 });
    } finally {
      await rt.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchDecide(): Promise<Row[]> {
  const cases: Case[] = [
    { label: 'repeated actions', extraPolicies: 37, durable: false, requests: repeated, concurrency: 1 },
    { label: 'distinct targets', extraPolicies: 37, durable: false, requests: distinct, concurrency: 1 },
    { label: 'distinct targets', extraPolicies: 37, durable: false, requests: distinct, concurrency: 16 },
    { label: 'distinct targets', extraPolicies: 37, durable: true, requests: distinct, concurrency: 1 },
    { label: 'distinct targets', extraPolicies: 37, durable: true, requests: distinct, concurrency: 16 },
    { label: 'distinct targets', extraPolicies: 987, durable: false, requests: distinct, concurrency: 1 },
  ];
  const rows: Row[] = [];
  for (const c of cases) rows.push(await run(c));
  return rows;
}

if (import.meta.main) {
  const { table } = await import('./stats.ts');
  console.log(table(await benchDecide()));
}
