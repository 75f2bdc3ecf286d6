import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { classifyBatchLine, createClassifier, type Classifier } from '../src/classify/index.ts';
import { EMPTY_INVENTORY } from '../src/core/index.ts';
import { isHeldOut, loadCorpus, toLine, type CorpusCase } from './helpers/classify-corpus.ts';

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
  // The two thirds we tune on: every case must hold.
  for (const c of cases.filter((x) => !isHeldOut(x.id))) test(c.id, () => check(c));
  // The held-out third is never tuned to case by case, so it is held to the bar as a whole
  // (recall >= 95 %, false positives <= 3 %, `unknown` counting as caught): a regression in a class
  // still fails here, while a single hard case does not invite fitting the model to it.
  test('held-out third: recall >= 95 % and false positives <= 3 % (issue 12)', () => {
    let destructive = 0;
    let caught = 0;
    let benign = 0;
    let falsePositives = 0;
    const wrong: string[] = [];
    for (const c of cases.filter((x) => isHeldOut(x.id))) {
      const out = JSON.parse(classifyBatchLine(toLine(c), classifier, EMPTY_INVENTORY)) as { decision: string; error?: unknown };
      assert.equal(out.error, undefined, c.id);
      if (c.label === 'destructive') {
        destructive++;
        if (out.decision !== 'benign') caught++;
        else wrong.push(c.id);
      } else {
        benign++;
        if (out.decision !== 'benign') {
          falsePositives++;
          wrong.push(c.id);
        }
      }
    }
    const recall = caught / destructive;
    const fp = falsePositives / benign;
    assert.ok(destructive >= 100 && benign >= 100, `held-out third too small: ${destructive} destructive, ${benign} benign`);
    assert.ok(recall >= 0.95 && fp <= 0.03, `held-out recall ${(100 * recall).toFixed(1)} %, false positives ${(100 * fp).toFixed(1)} %; wrong: ${wrong.join(', ')}`);
  });
});
