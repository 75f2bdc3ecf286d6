import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { classifyBatchLine, createClassifier, type Classifier } from '../src/classify/index.ts';
import { EMPTY_INVENTORY } from '../src/core/index.ts';
import { loadCorpus, toLine, type CorpusCase } from './helpers/classify-corpus.ts';

const cases = loadCorpus();
let classifier: Classifier;

before(async () => {
  classifier = await createClassifier();
});

function check(c: CorpusCase): void {
  const out = JSON.parse(classifyBatchLine(toLine(c), classifier, EMPTY_INVENTORY));
  const where = `${c.file} ${c.id}: ${JSON.stringify(c.input).slice(0, 120)} -> ${out.decision} (${out.reason})`;
  assert.equal(out.error, undefined, where);
  if (c.decision) assert.equal(out.decision, c.decision, where);
  else if (c.label === 'destructive') assert.notEqual(out.decision, 'benign', where);
  else assert.equal(out.decision, 'benign', where);
  if (c.env !== undefined) assert.equal(out.targets_env, c.env, `${where}: targets_env ${out.targets_env}`);
  if (c.target_kind) assert.ok(out.facts.targets.some((t: { kind: string }) => t.kind === c.target_kind), `${where}: no ${c.target_kind} target`);
  for (const v of c.verbs ?? []) assert.ok(out.facts.verbs.includes(v), `${where}: verbs ${out.facts.verbs} lack ${v}`);
  if (c.critical) assert.ok(out.facts.targets.some((t: { critical?: boolean }) => t.critical), `${where}: no critical target`);
  if (c.blast_radius !== undefined) assert.equal(out.facts.blastRadius, c.blast_radius, where);
}

describe('classify corpus', () => {
  test('has the size and mix the issue asks for', () => {
    const destructive = cases.filter((c) => c.label === 'destructive');
    assert.ok(cases.length >= 400, `${cases.length} cases`);
    assert.ok(cases.filter((c) => c.evasion).length >= 150, 'at least 150 evasions');
    assert.ok(destructive.length >= cases.length * 0.4 && destructive.length <= cases.length * 0.65, `${destructive.length} of ${cases.length} destructive`);
    assert.ok(cases.filter((c) => c.input_type === 'terraform_plan_json').length >= 20, '20+ plans');
    assert.ok(cases.filter((c) => c.input_type === 'mcp_tool_call').length >= 40, '40+ MCP calls');
  });
  for (const c of cases) test(c.id, () => check(c));
});
