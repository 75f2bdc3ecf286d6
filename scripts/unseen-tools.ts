/**
 * `node scripts/unseen-tools.ts [--misses] [--tool NAME]`: first contact with an unseen tool, measured by leaving one
 * tool out (round 37, branch u37). For every tool of the service catalogue (service-catalogue.ts `SERVICE_TOOLS`), the
 * shell cases of the classify corpus that run it are answered twice: as the classifier answers them, and with that
 * tool's names hidden (ClassifierOptions `unseenTools`), so that the line reaches the reader of unknown programs
 * (dispatch.ts `unknownCommand`) as a tool nobody wrote an entry for would. Recall and false positives of both readings
 * are printed per third, whole and per tool (tools with a wrong answer on the tuned third). The held-out third is
 * numbers only; `--misses` prints the tuned third's wrong answers of the hidden reading (the guide for the generic
 * reader), never a held-out input; `--why` adds the finding codes of each (round 44, loto44: what the unknown program's
 * reader said, so that misses can be counted by class). `unknown` counts as caught, as everywhere in the corpus.
 */
import { classifyBatchLine, createClassifier, type Classifier } from '../src/classify/index.ts';
import { EMPTY_INVENTORY } from '../src/core/index.ts';
import { SERVICE_TOOLS } from '../src/classify/shell/tools/service-catalogue.ts';
import { isHeldOut, loadCorpus, toLine, type CorpusCase } from '../test/helpers/classify-corpus.ts';
import { parseScriptArgs } from './script-args.ts';

const USAGE = 'usage: node scripts/unseen-tools.ts [--misses [--why]] [--tool NAME]';

/** A catalogue entry by each of its names; the entry is hidden whole (`p4` and `p4.exe` together). */
const entryOf = new Map<string, readonly string[]>(SERVICE_TOOLS.flatMap((t) => t.names.map((n) => [n, t.names] as const)));
/** Words that run the next word as the command (`sudo scancel …`, `ssh login01 scancel …` after its host). */
const WRAPPERS = new Set(['sudo', 'doas', 'env', 'nice', 'nohup', 'time', 'timeout', 'command', 'exec', 'builtin', 'xargs', 'watch', 'stdbuf', 'ionice', 'srun', 'mpirun']);

/**
 * The first catalogue tool a shell line runs, by a light reading of its words: the first word of each list element or
 * pipeline stage, after wrappers and variable assignments, or the word after an `ssh` host. Its first name, or null.
 */
export function catalogueToolOf(line: string): string | null {
  for (const segment of line.split(/\|\||&&|[;|&\n(){}`]|\$\(/)) {
    const words = segment.trim().split(/\s+/).map((w) => w.replace(/^["']|["']$/g, ''));
    let i = 0;
    while (i < words.length && (WRAPPERS.has(words[i]!) || /^[A-Za-z_]\w*=/.test(words[i]!) || (i > 0 && words[i]!.startsWith('-') && WRAPPERS.has(words[i - 1]!)))) i++;
    if (words[i] === 'ssh') {
      i++;
      while (i < words.length && words[i]!.startsWith('-')) i += /^-[ilpoFJ]$/.test(words[i]!) ? 2 : 1;
      i++;
    }
    const name = (words[i] ?? '').replace(/^.*[\\/]/, '');
    const entry = entryOf.get(name);
    if (entry) return entry[0]!;
  }
  return null;
}

export interface Score { d: number; miss: number; b: number; fp: number }
const score = (): Score => ({ d: 0, miss: 0, b: 0, fp: 0 });
function add(s: Score, c: CorpusCase, decision: string): boolean {
  if (c.label === 'destructive') {
    s.d++;
    if (decision === 'benign') s.miss++;
    return decision === 'benign';
  }
  s.b++;
  if (decision !== 'benign') s.fp++;
  return decision !== 'benign';
}
const pct = (n: number, of: number): string => `${(100 * n / (of || 1)).toFixed(2)} %`;
const show = (s: Score): string => `recall ${pct(s.d - s.miss, s.d)} (${s.miss} of ${s.d})  FP ${pct(s.fp, s.b)} (${s.fp} of ${s.b})`;

interface Answer { decision: string; facts?: { findings?: Array<{ code: string }> } }
const answer = (classifier: Classifier, c: CorpusCase): Answer => JSON.parse(classifyBatchLine(toLine(c), classifier, EMPTY_INVENTORY)) as Answer;
const decide = (classifier: Classifier, c: CorpusCase): string => answer(classifier, c).decision;
/** An answer's finding codes, in order, without repeats (`unknown_command,unknown_command_destructive_verb`); `-` for none. */
export const findingCodes = (a: Answer): string => [...new Set((a.facts?.findings ?? []).map((f) => f.code))].join(',') || '-';

/** The two thirds' scores, each read with the tool's entry (`known`) and with it hidden (`unseen`). */
export type Thirds = Record<'TUNED' | 'HELD', { known: Score; unseen: Score }>;
/** What leaving one tool out comes to: the tools and cases measured, the whole per third, each tool's hidden reading. */
export interface LeaveOneToolOut {
  tools: number;
  cases: number;
  whole: Thirds;
  rows: Array<{ tool: string; tuned: Score; held: Score }>;
  /**
   * The tuned third's wrong answers of the hidden reading (tool, label, decision, id, input; with `why`, the finding codes
   * before the input); never a held-out case.
   */
  tunedMisses: string[];
}

/**
 * Leaves each catalogue tool out in turn (or only `tool`): the shell cases of `corpus` that run it, answered by `known`
 * (the classifier as it is; made here when not given) and by a classifier that does not know the tool.
 */
export async function leaveOneToolOut(corpus: readonly CorpusCase[], options: { tool?: string; known?: Classifier; why?: boolean } = {}): Promise<LeaveOneToolOut> {
  const byTool = new Map<string, CorpusCase[]>();
  for (const c of corpus) {
    if (c.input_type !== 'command' || typeof c.input !== 'string') continue;
    const tool = catalogueToolOf(c.input);
    if (tool === null || (options.tool !== undefined && tool !== options.tool)) continue;
    byTool.set(tool, [...(byTool.get(tool) ?? []), c]);
  }
  const known = options.known ?? (await createClassifier());
  const whole: Thirds = { TUNED: { known: score(), unseen: score() }, HELD: { known: score(), unseen: score() } };
  const rows: LeaveOneToolOut['rows'] = [];
  const tunedMisses: string[] = [];
  for (const [tool, cases] of [...byTool].sort(([a], [b]) => a.localeCompare(b))) {
    const unseen = await createClassifier({ unseenTools: new Set(entryOf.get(tool)) });
    const row = { tool, tuned: score(), held: score() };
    for (const c of cases) {
      const third = isHeldOut(c.id) ? 'HELD' : 'TUNED';
      add(whole[third].known, c, decide(known, c));
      const hidden = answer(unseen, c);
      const decision = hidden.decision;
      add(whole[third].unseen, c, decision);
      if (add(third === 'HELD' ? row.held : row.tuned, c, decision) && third === 'TUNED') tunedMisses.push([tool, c.label, decision, c.id, ...(options.why === true ? [findingCodes(hidden)] : []), c.input as string].join('\t'));
    }
    rows.push(row);
  }
  return { tools: byTool.size, cases: [...byTool.values()].reduce((n, cs) => n + cs.length, 0), whole, rows, tunedMisses };
}

/** The first line and the four whole lines (each third, known and hidden), as this script prints them. */
export function wholeLines(r: LeaveOneToolOut): string[] {
  const out = [`leave-one-tool-out: ${r.tools} catalogue tools, ${r.cases} shell cases`];
  for (const third of ['TUNED', 'HELD'] as const) {
    out.push(`${third.padEnd(5)} known   ${show(r.whole[third].known)}`);
    out.push(`${third.padEnd(5)} unseen  ${show(r.whole[third].unseen)}`);
  }
  return out;
}

if (import.meta.main) {
  const { values } = parseScriptArgs('unseen-tools', USAGE, { misses: { type: 'boolean', default: false }, why: { type: 'boolean', default: false }, tool: { type: 'string' } });
  if (values.why && !values.misses) {
    process.stderr.write(`unseen-tools: --why adds the finding codes to --misses' listing: give both\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.tool !== undefined && entryOf.get(values.tool)?.[0] !== values.tool) {
    const entry = entryOf.get(values.tool);
    process.stderr.write(entry ? `unseen-tools: \`${values.tool}\` is a name of \`${entry[0]}\`'s entry: use --tool ${entry[0]}\n` : `unseen-tools: no catalogue tool is named \`${values.tool}\` (service-catalogue.ts SERVICE_TOOLS)\n${USAGE}\n`);
    process.exit(2);
  }
  const r = await leaveOneToolOut(loadCorpus(), { tool: values.tool, why: values.why });
  for (const l of wholeLines(r)) console.log(l);
  console.log('\nper tool, hidden (tools with a wrong answer; tuned | held-out)');
  for (const row of r.rows.sort((a, b) => (b.tuned.miss + b.tuned.fp + b.held.miss + b.held.fp) - (a.tuned.miss + a.tuned.fp + a.held.miss + a.held.fp))) {
    if (row.tuned.miss + row.tuned.fp + row.held.miss + row.held.fp === 0) continue;
    console.log(`${row.tool.padEnd(22)} missed ${row.tuned.miss}/${row.tuned.d} FP ${row.tuned.fp}/${row.tuned.b} | missed ${row.held.miss}/${row.held.d} FP ${row.held.fp}/${row.held.b}`);
  }
  if (values.misses) {
    console.log(`\ntuned wrong answers, tool hidden (tool, label, decision, id, ${values.why ? 'finding codes, ' : ''}input)`);
    for (const m of r.tunedMisses) console.log(m);
  }
}
