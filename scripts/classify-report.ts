/**
 * `npm run classify:report`: runs the classify corpus through the batch contract and prints, per
 * kind (corpus file) and overall, destructive recall (a destructive case not answered `benign`),
 * evasion recall, and the false-positive rate (a benign case not answered `benign`).
 * `node scripts/classify-report.ts [CORPUS_DIR]`.
 */
import { classifyBatchLine, createClassifier } from '../src/classify/index.ts';
import { EMPTY_INVENTORY } from '../src/core/index.ts';
import { kindOf, loadCorpus, toLine } from '../test/helpers/classify-corpus.ts';

interface Row {
  destructive: number;
  caught: number;
  unknown: number;
  evasions: number;
  evasionsCaught: number;
  benign: number;
  falsePositives: number;
  envExpected: number;
  envRight: number;
}

const empty = (): Row => ({ destructive: 0, caught: 0, unknown: 0, evasions: 0, evasionsCaught: 0, benign: 0, falsePositives: 0, envExpected: 0, envRight: 0 });

const classifier = await createClassifier();
const rows = new Map<string, Row>();
const total = empty();
const misses: string[] = [];
for (const c of loadCorpus(process.argv[2])) {
  const out = JSON.parse(classifyBatchLine(toLine(c), classifier, EMPTY_INVENTORY)) as { decision: string; targets_env: string | null; reason: string };
  const kind = kindOf(c);
  const row = rows.get(kind) ?? empty();
  rows.set(kind, row);
  for (const r of [row, total]) {
    if (c.label === 'destructive') {
      r.destructive++;
      if (out.decision !== 'benign') r.caught++;
      if (out.decision === 'unknown') r.unknown++;
      if (c.evasion) {
        r.evasions++;
        if (out.decision !== 'benign') r.evasionsCaught++;
      }
    } else {
      r.benign++;
      if (out.decision !== 'benign') r.falsePositives++;
    }
    if (c.env !== undefined) {
      r.envExpected++;
      if (out.targets_env === c.env) r.envRight++;
    }
  }
  if ((c.label === 'destructive') === (out.decision === 'benign')) misses.push(`  ${c.label === 'destructive' ? 'missed' : 'false +'}  ${c.id}: ${out.reason}`);
}

const pct = (n: number, d: number) => (d === 0 ? '    -' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const line = (name: string, r: Row) =>
  `${name.padEnd(18)} ${String(r.destructive).padStart(5)} ${pct(r.caught, r.destructive)} ${String(r.unknown).padStart(7)} ${String(r.evasions).padStart(8)} ${pct(r.evasionsCaught, r.evasions)} ${String(r.benign).padStart(6)} ${pct(r.falsePositives, r.benign)} ${pct(r.envRight, r.envExpected)}`;

console.log(`${'kind'.padEnd(18)} ${'destr'.padStart(5)} ${'recall'.padStart(6)} ${'unknown'.padStart(7)} ${'evasions'.padStart(8)} ${'recall'.padStart(6)} ${'benign'.padStart(6)} ${'FP'.padStart(6)} ${'env ok'.padStart(6)}`);
for (const [name, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) console.log(line(name, r));
console.log(line('TOTAL', total));
if (misses.length > 0) console.log(`\n${misses.length} wrong:\n${misses.join('\n')}`);
