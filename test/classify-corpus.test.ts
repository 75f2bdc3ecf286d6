import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { classifyBatchLine, createClassifier, type Classifier } from '../src/classify/index.ts';
import { EMPTY_INVENTORY } from '../src/core/index.ts';
import { isHeldOut, loadCorpus, toLine, type CorpusCase } from './helpers/classify-corpus.ts';

const cases = loadCorpus();
/** The held-out cases answered wrong today, by id (see the held-out test). */
const HELD_OUT_WRONG = 'test/corpus/held-out-wrong.txt';
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
  // The two thirds we tune on: every case must hold. One test per corpus file (tens of thousands of tests cost the runner
  // more than the cases): each case is checked and every failing one is listed by id, file and answer.
  const byFile = Map.groupBy(cases.filter((x) => !isHeldOut(x.id)), (c) => c.file);
  for (const [file, tuned] of byFile) {
    test(`${file} (${tuned.length} tuned cases)`, () => {
      const failed: string[] = [];
      for (const c of tuned) {
        try {
          check(c);
        } catch (e) {
          failed.push((e as Error).message);
        }
      }
      assert.deepEqual(failed, [], `${failed.length} of ${tuned.length} cases`);
    });
  }
  // The held-out third is never tuned to case by case. Two guards, neither of which invites fitting to it:
  // - the held-out cases answered wrong are exactly those in HELD_OUT_WRONG (ids only): a class that regresses
  //   turns a right case wrong and fails here by id, and a case a class fix set right leaves the list;
  // - recall, the gate's safety promise, stays at the bar (>= 95 %, `unknown` counting as caught).
  // The false-positive rate is reported by `npm run classify:report` against the 3 %, not asserted as a
  // whole: each fresh blind set joins this third with its first-round misses, which is the measurement, not a regression.
  test('held-out third: no case regresses (HELD_OUT_WRONG) and recall >= 95 % (issue 12)', () => {
    const known = new Set(readFileSync(HELD_OUT_WRONG, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
    let destructive = 0;
    let caught = 0;
    let benign = 0;
    const wrong = new Set<string>();
    for (const c of cases.filter((x) => isHeldOut(x.id))) {
      const out = JSON.parse(classifyBatchLine(toLine(c), classifier, EMPTY_INVENTORY)) as { decision: string; error?: unknown };
      assert.equal(out.error, undefined, c.id);
      const right = c.label === 'destructive' ? out.decision !== 'benign' : out.decision === 'benign';
      if (c.label === 'destructive') destructive++;
      else benign++;
      if (c.label === 'destructive' && right) caught++;
      if (!right) wrong.add(c.id);
    }
    assert.ok(destructive >= 100 && benign >= 100, `held-out third too small: ${destructive} destructive, ${benign} benign`);
    const regressed = [...wrong].filter((id) => !known.has(id));
    assert.deepEqual(regressed, [], `held-out cases now answered wrong (a class regressed: fix the class, never the case; a new blind set's first misses are added to ${HELD_OUT_WRONG} with its first measurement): ${regressed.join(', ')}`);
    const fixed = [...known].filter((id) => !wrong.has(id));
    assert.deepEqual(fixed, [], `held-out cases now answered right: take them out of ${HELD_OUT_WRONG}: ${fixed.join(', ')}`);
    const recall = caught / destructive;
    assert.ok(recall >= 0.95, `held-out recall ${(100 * recall).toFixed(1)} %`);
  });
});
