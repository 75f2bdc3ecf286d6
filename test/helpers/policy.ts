import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ActionFacts, Agent, Human, Target } from '../../src/core/index.ts';
import { DEFAULT_PACK_DIR, SCHEMA_FILE, loadPolicyEngine, type EvaluationInput, type PolicyEngine } from '../../src/policy/index.ts';

export const schemaText = readFileSync(SCHEMA_FILE, 'utf8');
const packDir = fileURLToPath(DEFAULT_PACK_DIR);
export const defaultPack = readdirSync(packDir)
  .filter((f) => f.endsWith('.cedar'))
  .map((f) => ({ file: `default/${f}`, text: readFileSync(`${packDir}${f}`, 'utf8') }));

/** The default pack, plus any extra policy text. Throws with the issues when it does not load. */
export function engineWith(...extra: string[]): PolicyEngine {
  const r = loadPolicyEngine(schemaText, [...defaultPack, ...extra.map((text, i) => ({ file: `extra${i}.cedar`, text }))]);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

export const kiro: Agent = { kind: 'agent', id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' };
export const dana: Human = { kind: 'human', id: 'dana', groups: ['admins'] };
export const eve: Human = { kind: 'human', id: 'eve', groups: ['engineers'] };

export function target(environment: string | null, extra: Partial<Target> = {}): Target {
  return { kind: 'kubernetes', id: `k8s:${environment ?? 'x'}/ns/app`, environment, home: false, ...extra };
}

export function facts(verbs: ActionFacts['verbs'], targets: Target[], extra: Partial<ActionFacts> = {}): ActionFacts {
  return { verbs, destructive: verbs.some((v) => v === 'delete' || v === 'replace'), targets, blastRadius: 1, reversible: false, confidence: 'parsed', findings: [], summary: '', ...extra };
}

export function input(f: ActionFacts, over: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    agent: kiro,
    operator: dana,
    ancestors: [],
    facts: f,
    actionKind: 'shell',
    tool: 'kubectl',
    environments: new Map([
      ['prod-cn-1', { tier: 'production', tags: [] }],
      ['prod-eu-1', { tier: 'production', tags: [] }],
      ['staging', { tier: 'staging', tags: [] }],
      ['dev', { tier: 'dev', tags: [] }],
    ]),
    unknownTier: 'production',
    ...over,
  };
}
