import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { classifyBatchLine, createClassifier } from '../src/classify/index.ts';
import { EMPTY_INVENTORY } from '../src/core/index.ts';
import { DEFAULT_CONTEXT } from './helpers/classify-corpus.ts';

/**
 * The peers' own suites (imported by scripts/import-peer-suites.ts into the git-ignored .peer-suites/): every case we do not
 * dispute in test/corpus/peer-disputes.yaml is answered as the peer labels it (a destructive case not benign, a benign one
 * benign). Round 30 let three through unnoticed, seen only in `classify:report`; skipped where the suites are not imported.
 */
const PEERS = ['cc-safety-net', 'destructive_command_guard'];
const disputes = parse(readFileSync('test/corpus/peer-disputes.yaml', 'utf8')) as { cases: Array<{ suite: string; sha: string }> };
const sha = (command: string): string => createHash('sha256').update(command).digest('hex').slice(0, 16);

for (const suite of PEERS) {
  const file = `.peer-suites/${suite}/cases.jsonl`;
  const imported = existsSync(file);
  test(`${suite}: every case not disputed is answered as the peer labels it`, { skip: imported ? false : `${file} not imported (scripts/import-peer-suites.ts)` }, async () => {
    const classifier = await createClassifier();
    const disputed = new Set(disputes.cases.filter((d) => d.suite === suite).map((d) => d.sha));
    const wrong: string[] = [];
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const p = JSON.parse(line) as { id: string; label: 'destructive' | 'benign'; command: string; input_type?: string; path: string; line: number };
      if (disputed.has(sha(p.command))) continue;
      const out = JSON.parse(classifyBatchLine(JSON.stringify({ id: p.id, kind: suite, input_type: p.input_type ?? 'command', input: p.command, context: DEFAULT_CONTEXT }), classifier, EMPTY_INVENTORY)) as { decision: string };
      if ((p.label === 'destructive') === (out.decision === 'benign')) wrong.push(`${p.path}:${p.line} (${p.label}, answered ${out.decision}): ${p.command}`);
    }
    assert.deepEqual(wrong, [], 'answer them as labelled, or dispute them with a written reason in test/corpus/peer-disputes.yaml');
  });
}
