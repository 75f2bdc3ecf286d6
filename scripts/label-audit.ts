/**
 * `node scripts/label-audit.ts [labels]`: a label audit's fixed random sample of held-out corpus cases, drawn without the
 * classifier (round 34, branch u34). Cases are ordered by sha256('audit34:' + id); the first 150 labelled benign and the
 * first 150 labelled destructive are printed in that order with their input, context and note but not their label (the
 * auditor labels them by "How a case is labelled" first); `labels` prints the sample's ids and labels to compare after.
 * It never runs the classifier.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_CONTEXT, isHeldOut, loadCorpus } from '../test/helpers/classify-corpus.ts';

const SEED = 'audit34:';
const PER_LABEL = 150;

const order = (id: string): string => createHash('sha256').update(SEED + id).digest('hex');
const byOrder = <T extends { id: string }>(a: T, b: T): number => (order(a.id) < order(b.id) ? -1 : 1);

const held = loadCorpus().filter((c) => isHeldOut(c.id)).sort(byOrder);
const sample = [...held.filter((c) => c.label === 'benign').slice(0, PER_LABEL), ...held.filter((c) => c.label === 'destructive').slice(0, PER_LABEL)].sort(byOrder);
const defaults: Record<string, string> = DEFAULT_CONTEXT;

sample.forEach((c, i) => {
  if (process.argv[2] === 'labels') {
    console.log(`${i + 1}\t${c.id}\t${c.label}`);
    return;
  }
  const context = Object.fromEntries(Object.entries(c.context).filter(([k, v]) => defaults[k] !== v));
  const input = typeof c.input === 'string' ? c.input : JSON.stringify(c.input);
  // The note often states the label: its label words are masked so that the auditor reads the reason, not the verdict.
  const note = c.note ? `\n  note: ${c.note.replace(/relabel\S*|destructive|benign/gi, '…').slice(0, 260)}` : '';
  console.log(`#${i + 1} ${c.id} [${c.input_type}]${Object.keys(context).length > 0 ? ` ctx=${JSON.stringify(context)}` : ''}\n  ${input.slice(0, 700)}${note}`);
});
