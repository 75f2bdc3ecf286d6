/**
 * The policy engine alone: load + validate + pre-parse time, and evaluation cost with the answer
 * memo defeated (every call has a different blast radius), at ~50 and ~1,000 policies.
 */
import { loadPolicyEngine, type EvaluationInput } from '../src/policy/index.ts';
import { generatedPolicies } from './decide.ts';
import { measure, type Row } from './stats.ts';
import { defaultPack, schemaText } from '../test/helpers/policy.ts';

function input(i: number): EvaluationInput {
  return {
    agent: { kind: 'agent', id: 'agent-1', role: 'deployer', operator: 'op-0', homeEnvironment: 'prod-cn-1' },
    operator: { kind: 'human', id: 'op-0', groups: ['admins'] },
    ancestors: [],
    facts: { verbs: ['deploy'], destructive: false, targets: [{ kind: 'kubernetes', id: `k8s:env-${i % 20}/ns/app`, environment: `env-${i % 20}`, home: false }], blastRadius: i, reversible: true, confidence: 'parsed', findings: [], summary: '' },
    actionKind: 'shell',
    tool: 'kubectl',
    environments: new Map(Array.from({ length: 20 }, (_, k) => [`env-${k}`, { tier: k % 3 === 0 ? 'production' as const : 'dev' as const, tags: [] }])),
    unknownTier: 'production',
  };
}

export async function benchPolicy(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const extra of [37, 987]) {
    const files = [...defaultPack, { file: 'generated.cedar', text: generatedPolicies(extra) }];
    const load = () => {
      const r = loadPolicyEngine(schemaText, files);
      if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 2)));
      return r.value;
    };
    const engine = load();
    const n = engine.policies.length;
    rows.push(await measure(`policy load + validate + index, ${n} policies`, () => load(), { maxOps: extra > 100 ? 5 : 30, maxMs: 20_000, warmup: 1 }));
    rows.push(await measure(`policy evaluate, ${n} policies, memo miss (agent + operator)`, (i) => engine.evaluate(input(i)), { maxOps: 5_000, maxMs: 3_000 }));
  }
  return rows;
}

if (import.meta.main) {
  const { table } = await import('./stats.ts');
  console.log(table(await benchPolicy()));
}
