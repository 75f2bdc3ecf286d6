/**
 * In-process `gateway.decide()`: classify → policy (agent + operator) → audit append, for a config
 * of 10 agents with ~50 policies and with ~1,000 policies. "tmpfs" runs keep the audit in SQLite on
 * /dev/shm (no fsync cost: what decide() itself costs); "durable" runs fsync every commit on disk.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime, type Action } from '../src/runtime/index.ts';
import { measure, type Row } from './stats.ts';

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
`;
}

/** `n` policies of the shapes teams write: role rights, environment guards, tool bans. */
function generatedPolicies(n: number): string {
  const verbs = ['write', 'delete', 'replace', 'deploy', 'exec'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const verb = verbs[i % verbs.length];
    switch (i % 4) {
      case 0:
        out.push(`@id("gen-${i}")\npermit (principal in Portcullis::Role::"team-${i % 20}", action == Portcullis::Action::"${verb}", resource)\nwhen { resource.environment == Portcullis::Environment::"env-${i % 20}" };`);
        break;
      case 1:
        out.push(`@id("gen-${i}")\nforbid (principal is Portcullis::Agent, action == Portcullis::Action::"${verb}", resource)\nwhen { resource.environment == Portcullis::Environment::"env-${i % 20}" && context.blast_radius > ${100 + i} };`);
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

const ACTIONS: Array<{ agent: string; action: Action; context: Record<string, string> }> = [
  { agent: 'agent-0', action: { kind: 'shell', command: 'ls -la src' }, context: { cwd: '/work/app' } },
  { agent: 'agent-1', action: { kind: 'shell', command: 'kubectl --context prod-cn-1 get pods -n payments' }, context: { cwd: '/work/app' } },
  { agent: 'agent-2', action: { kind: 'shell', command: 'rm -rf build/ && npm run build' }, context: { cwd: '/work/app' } },
  { agent: 'agent-3', action: { kind: 'shell', command: 'terraform destroy -auto-approve' }, context: { cwd: '/work/infra', tfWorkspace: 'prod-cn-1' } },
  { agent: 'agent-4', action: { kind: 'shell', command: 'kubectl --context kind-dev apply -f k8s/' }, context: { cwd: '/work/app' } },
  { agent: 'agent-5', action: { kind: 'sql', sql: 'SELECT id, email FROM users WHERE id = 42', host: 'dev-db' }, context: {} },
];

async function run(label: string, extra: number, durable: boolean): Promise<Row> {
  const base = durable || !existsSync('/dev/shm') ? tmpdir() : '/dev/shm';
  const dir = mkdtempSync(join(base, 'portcullis-bench-'));
  try {
    let extraFile: string | null = null;
    if (extra > 0) {
      extraFile = './generated.cedar';
      writeFileSync(join(dir, 'generated.cedar'), generatedPolicies(extra));
    }
    writeFileSync(join(dir, 'portcullis.yaml'), config(extraFile));
    const rt = await openRuntime({ configPath: join(dir, 'portcullis.yaml'), cwd: dir });
    try {
      const policies = rt.engine.policies.length;
      return await measure(`decide(), ${policies} policies, audit ${durable ? 'durable on disk' : 'on tmpfs'}`, (i) => {
        const a = ACTIONS[i % ACTIONS.length]!;
        return rt.gateway.decide({ agentId: a.agent, action: a.action, context: a.context });
      }, { maxOps: durable ? 2_000 : 10_000, maxMs: 4_000, note: label });
    } finally {
      await rt.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchDecide(): Promise<Row[]> {
  return [
    await run('6 action shapes, allow/deny mix', 37, false),
    await run('same, sequential (one per transaction)', 37, true),
    await run('6 action shapes, ~1,000 policies', 987, false),
  ];
}

if (import.meta.main) {
  const { table } = await import('./stats.ts');
  console.log(table(await benchDecide()));
}
