/**
 * `node scripts/label-audit.ts [--seed SEED] [labels]`: a label audit's fixed random sample of held-out corpus cases,
 * drawn without the classifier (round 34, branch u34; `--seed` round 35, branch a35). Cases are ordered by sha256(SEED +
 * id); the first 150 labelled benign and the first 150 labelled destructive are printed in that order with their input,
 * context and note but not their label (the auditor labels them by "How a case is labelled" first); `labels` prints the
 * sample's ids and labels to compare after. It never runs the classifier. SEED defaults to round 34's `audit34:`, so
 * that audit's sample can be drawn again; each round takes a fresh one (`audit35:`, `audit36:`, …).
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEFAULT_CONTEXT, isHeldOut, loadCorpus } from '../test/helpers/classify-corpus.ts';

const USAGE = 'usage: node scripts/label-audit.ts [--seed SEED] [labels]   (SEED: letters, digits, `:`, `-`, `_` or `.`, e.g. audit35:)';
const PER_LABEL = 150;

/** Reads the options before the corpus is loaded, so that a mistyped line fails at once with the usage, exit 2. */
const args = ((): { seed: string; labels: boolean } => {
  const fail = (why: string): never => {
    process.stderr.write(`label-audit: ${why}\n${USAGE}\n`);
    process.exit(2);
  };
  try {
    const { values, positionals } = parseArgs({ options: { seed: { type: 'string', default: 'audit34:' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    // A seed that is empty or looks like an option is a mistyped line (`--seed --labels`), not a sample to draw.
    if (!/^[\w:.-]+$/.test(values.seed) || values.seed.startsWith('-')) fail(`bad seed '${values.seed}'`);
    if (positionals.length > 1 || (positionals.length === 1 && positionals[0] !== 'labels')) fail(`unexpected argument '${positionals.join(' ')}'`);
    return { seed: values.seed, labels: positionals[0] === 'labels' };
  } catch (e) {
    return fail((e as Error).message.split('. ')[0] ?? String(e));
  }
})();

const order = (id: string): string => createHash('sha256').update(args.seed + id).digest('hex');
const byOrder = <T extends { id: string }>(a: T, b: T): number => (order(a.id) < order(b.id) ? -1 : 1);

const held = loadCorpus().filter((c) => isHeldOut(c.id)).sort(byOrder);
const sample = [...held.filter((c) => c.label === 'benign').slice(0, PER_LABEL), ...held.filter((c) => c.label === 'destructive').slice(0, PER_LABEL)].sort(byOrder);
const defaults: Record<string, string> = DEFAULT_CONTEXT;

sample.forEach((c, i) => {
  if (args.labels) {
    console.log(`${i + 1}\t${c.id}\t${c.label}`);
    return;
  }
  const context = Object.fromEntries(Object.entries(c.context).filter(([k, v]) => defaults[k] !== v));
  const input = typeof c.input === 'string' ? c.input : JSON.stringify(c.input);
  // The note often states the label: its label words are masked so that the auditor reads the reason, not the verdict.
  const note = c.note ? `\n  note: ${c.note.replace(/relabel\S*|destructive|benign/gi, '…').slice(0, 260)}` : '';
  console.log(`#${i + 1} ${c.id} [${c.input_type}]${Object.keys(context).length > 0 ? ` ctx=${JSON.stringify(context)}` : ''}\n  ${input.slice(0, 700)}${note}`);
});
