/**
 * `npm run classify:report`: runs the classify corpus through the batch contract and prints
 * destructive recall (a destructive case not answered `benign`, so `unknown` counts as caught),
 * evasion recall, and the false-positive rate (a benign case not answered `benign`):
 * - per corpus family (file) over our whole corpus;
 * - per kind (shell, cloud CLI, database CLI, SQL, MCP, ...) for the two thirds we tune on and,
 *   separately, for the held-out third nobody tunes to (`isHeldOut`);
 * - each peer suite imported by `scripts/import-peer-suites.ts` into `.peer-suites/`, when present,
 *   per source file family and per kind; the outside suites we label ourselves (tldr-pages,
 *   `scripts/import-tldr-pages.ts`; cheatsheets, `scripts/import-cheatsheets.ts`; navi-cheats,
 *   `scripts/import-navi-cheats.ts`; cheatsh, `scripts/import-cheatsh.ts`; psdocs, `scripts/import-psdocs.ts`) are split
 *   into tuned two thirds and held-out third like our corpus.
 *
 * `node scripts/classify-report.ts [--misses] [--disputes] [--suite NAME] [CORPUS_DIR]`: `--misses` lists every wrong
 * answer (our held-out misses by id only, for test/corpus/held-out-wrong.txt; the outside suites' held-out misses are
 * counted only, as their ids name the example); `--disputes` lists the peer cases
 * whose label we dispute (`test/corpus/peer-disputes.yaml`, each with a class that says why).
 *
 * Each peer suite is reported as is, and again without the cases we dispute, so that both numbers are visible.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { classifyBatchLine, createClassifier } from '../src/classify/index.ts';
import { EMPTY_INVENTORY } from '../src/core/index.ts';
import { DEFAULT_CONTEXT, isHeldOut, kindOf, loadCorpus, toLine } from '../test/helpers/classify-corpus.ts';
import type { PeerCase } from './import-peer-suites.ts';
import { parseScriptArgs } from './script-args.ts';
import { leaveOneToolOut, type LeaveOneToolOut } from './unseen-tools.ts';

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

interface Case {
  id: string;
  line: string;
  label: 'destructive' | 'benign';
  evasion: boolean;
  env: string | null | undefined;
  family: string;
  kind: string;
  show: string;
}

const empty = (): Row => ({ destructive: 0, caught: 0, unknown: 0, evasions: 0, evasionsCaught: 0, benign: 0, falsePositives: 0, envExpected: 0, envRight: 0 });

const USAGE = 'usage: npm run classify:report -- [--misses] [--disputes] [--suite NAME] [CORPUS_DIR]';
const { values, positionals } = parseScriptArgs('classify-report', USAGE, { misses: { type: 'boolean' }, disputes: { type: 'boolean' }, suite: { type: 'string' } }, true);
// A suite nobody imported is refused before the classifier is made and the corpus read (seconds of work for nothing).
const suiteFiles = globSync('.peer-suites/*/cases.jsonl').sort();
if (values.suite && !suiteFiles.some((f) => f === `.peer-suites/${values.suite}/cases.jsonl`)) {
  const known = suiteFiles.map((f) => f.split('/')[1]);
  process.stderr.write(`classify-report: no imported suite \`${values.suite}\` (imported: ${known.join(', ') || 'none'}; scripts/import-peer-suites.ts, import-tldr-pages.ts, import-cheatsheets.ts, import-navi-cheats.ts, import-cheatsh.ts and import-psdocs.ts import them)\n`);
  process.exit(2);
}

const CLOUD = /^(aws|awslocal|gcloud|gsutil|bq|az|azcopy|doctl|fly|flyctl|heroku|vercel|netlify|firebase|wrangler|oci|ibmcloud|hcloud|linode-cli|openstack|eksctl|rclone|s3cmd|mc|restic|borg|vault|consul|nomad|argocd|flux|velero|glab|gh|docker|docker-compose|podman|kafka-topics|rabbitmqctl|jenkins-cli|splunk|stripe|datadog-ci)$/;
const DB = /^(psql|pgcli|mysql|mariadb|mycli|sqlite3|sqlite|mongosh|mongo|redis-cli|valkey-cli|dropdb|dropuser|createdb|pg_restore|mysqladmin|cqlsh|clickhouse-client|clickhouse|sqlcmd|influx|cockroach|duckdb|snowsql|bq)$/;
const KUBE = /^(kubectl|oc|helm|helmfile|kustomize|k)$/;
const IAC = /^(terraform|tofu|terragrunt|pulumi|cdk|cdktf|ansible|ansible-playbook)$/;
const WRAPPERS = /^(sudo|doas|env|nice|nohup|time|timeout|command|exec|builtin|xargs|watch|stdbuf|ionice|busybox)$/;

/** The kind of an action, for per-kind tables: the input type, and for commands the family of the first tool. */
function kindOfAction(inputType: string, input: unknown): string {
  if (inputType !== 'command') return inputType === 'mcp_tool_call' ? 'mcp' : inputType === 'terraform_plan_json' ? 'terraform-plan' : inputType;
  const words = String(input).trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (WRAPPERS.test(words[i]!) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!) || (i > 0 && words[i]!.startsWith('-')))) i++;
  const tool = (words[i] ?? '').replace(/^.*\//, '');
  if (CLOUD.test(tool)) return 'cloud-cli';
  if (DB.test(tool)) return 'database-cli';
  if (KUBE.test(tool)) return 'kubernetes';
  if (IAC.test(tool)) return 'iac-cli';
  return 'shell';
}

const classifier = await createClassifier();

function run(cases: Case[], groupBy: (c: Case) => string, misses: string[], hideText = false): { rows: Map<string, Row>; total: Row } {
  const rows = new Map<string, Row>();
  const total = empty();
  for (const c of cases) {
    const out = JSON.parse(classifyBatchLine(c.line, classifier, EMPTY_INVENTORY)) as { decision: string; targets_env: string | null; reason: string };
    const key = groupBy(c);
    const row = rows.get(key) ?? empty();
    rows.set(key, row);
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
    if ((c.label === 'destructive') === (out.decision === 'benign')) {
      const what = c.label === 'destructive' ? 'missed ' : `false + (${out.decision})`;
      misses.push(hideText ? `  ${what} ${c.id}` : `  ${what} ${c.id}: ${c.show.slice(0, 160)}  -- ${out.reason.slice(0, 120)}`);
    }
  }
  return { rows, total };
}

const pct = (n: number, d: number) => (d === 0 ? '     -' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const line = (name: string, r: Row) =>
  `${name.padEnd(34)} ${String(r.destructive).padStart(5)} ${pct(r.caught, r.destructive)} ${String(r.unknown).padStart(7)} ${String(r.evasions).padStart(8)} ${pct(r.evasionsCaught, r.evasions)} ${String(r.benign).padStart(6)} ${pct(r.falsePositives, r.benign)} ${pct(r.envRight, r.envExpected)}`;
const header = (title: string) => `\n== ${title}\n${'group'.padEnd(34)} ${'destr'.padStart(5)} ${'recall'.padStart(6)} ${'unknown'.padStart(7)} ${'evasions'.padStart(8)} ${'recall'.padStart(6)} ${'benign'.padStart(6)} ${'FP'.padStart(6)} ${'env ok'.padStart(6)}`;

function table(title: string, result: { rows: Map<string, Row>; total: Row }): Row {
  console.log(header(title));
  for (const [name, r] of [...result.rows].sort(([a], [b]) => a.localeCompare(b))) console.log(line(name, r));
  console.log(line('TOTAL', result.total));
  return result.total;
}

/**
 * One table of leave-one-tool-out (scripts/unseen-tools.ts): each third of our corpus's shell cases that run a catalogued
 * tool, answered with the tool's catalogue entry and with it hidden (a tool nobody wrote an entry for). Numbers only.
 */
function unseenTable(r: LeaveOneToolOut): string[] {
  const out = [
    `\n== leave-one-tool-out (scripts/unseen-tools.ts): ${r.tools} catalogue tools, ${r.cases} shell cases, each tool's entry hidden in turn`,
    `${'third'.padEnd(24)} ${'reading'.padEnd(12)} ${'destr'.padStart(5)} ${'recall'.padStart(6)} ${'benign'.padStart(6)} ${'FP'.padStart(6)}`,
  ];
  for (const [third, name] of [['TUNED', 'ours: tuned two thirds'], ['HELD', 'ours: held-out third']] as const) {
    for (const [reading, s] of [['entry known', r.whole[third].known], ['entry hidden', r.whole[third].unseen]] as const) {
      out.push(`${name.padEnd(24)} ${reading.padEnd(12)} ${String(s.d).padStart(5)} ${pct(s.d - s.miss, s.d)} ${String(s.b).padStart(6)} ${pct(s.fp, s.b)}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------- our corpus
const corpus = loadCorpus(positionals[0]);
const ours: Array<Case & { heldOut: boolean }> = corpus.map((c) => ({
  id: c.id,
  line: toLine(c),
  label: c.label,
  evasion: c.evasion === true,
  env: c.env,
  family: kindOf(c),
  kind: kindOfAction(c.input_type, c.input),
  show: typeof c.input === 'string' ? c.input : JSON.stringify(c.input),
  heldOut: isHeldOut(c.id),
}));
const summary: Array<[string, Row]> = [];
const tunedMisses: string[] = [];
const heldMisses: string[] = [];
if (!values.suite) {
  table('our corpus by family (all cases)', run(ours, (c) => c.family, []));
  summary.push(['ours: tuned two thirds', table('our corpus by kind: the two thirds we tune on', run(ours.filter((c) => !c.heldOut), (c) => c.kind, tunedMisses))]);
  summary.push(['ours: held-out third', table('our corpus by kind: the held-out third (never tuned to)', run(ours.filter((c) => c.heldOut), (c) => c.kind, heldMisses, true))]);
}
// The lead's answer 388.3: first contact with an unseen tool, as scripts/unseen-tools.ts measures it, beside the rest
// (our corpus only, so not with --suite). It reuses this report's classifier for the reading with the entry.
const unseen = values.suite ? null : await leaveOneToolOut(corpus, { known: classifier });

// ---------------------------------------------------------------- peer suites
interface Disputes {
  classes: Record<string, string>;
  cases: Array<{ suite: string; sha: string; class: string }>;
}
const disputes = parseYaml(readFileSync('test/corpus/peer-disputes.yaml', 'utf8')) as Disputes;
for (const d of disputes.cases) if (!(d.class in disputes.classes)) throw new Error(`peer-disputes.yaml: case ${d.sha} names class ${d.class}, which has no reason`);
/** Outside suites labelled by us, blind: split by `isHeldOut(id)` like our corpus instead of compared with disputes. */
const LABELLED_BY_US = new Set(['tldr-pages', 'cheatsheets', 'navi-cheats', 'cheatsh', 'psdocs']);
const shaOf = (command: string) => createHash('sha256').update(command).digest('hex').slice(0, 16);
const disputeLines = new Map<string, string[]>();
const peerMisses = new Map<string, string[]>();
for (const file of suiteFiles) {
  const peer = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as PeerCase);
  const suite = peer[0]?.suite ?? file;
  if (values.suite && values.suite !== suite) continue;
  const cases: Array<Case & { heldOut: boolean }> = peer.map((p) => ({
    id: LABELLED_BY_US.has(suite) ? p.id : `${p.path}:${p.line}`,
    line: JSON.stringify({ id: p.id, kind: suite, input_type: p.input_type ?? 'command', input: p.command, context: DEFAULT_CONTEXT }),
    label: p.label,
    evasion: false,
    env: undefined,
    // A sheet of cheat/cheatsheets (and of cheat.sh) is one file per tool: one family, not one row per tool; navi's two
    // repositories are a family each; PowerShell's reference pages, a family per module.
    family: suite === 'cheatsheets' || suite === 'cheatsh' ? 'sheets' : suite === 'navi-cheats' ? p.repo : suite === 'psdocs' ? (p.path.split('/')[2] ?? p.path) : p.path.replace(/\/[^/]*$/, '/…').replace(/^src\/packs\/.*/, 'src/packs (pack tests)'),
    kind: kindOfAction(p.input_type ?? 'command', p.command),
    show: p.command,
    heldOut: isHeldOut(p.id),
  }));
  const misses: string[] = [];
  peerMisses.set(suite, misses);
  // A suite may come from several repositories (navi-cheats: two): each named with its commit.
  const sources = [...new Map(peer.map((p) => [p.repo, `${p.repo} at ${p.commit.slice(0, 12)}`])).values()].join(', ');
  console.log(`\n${suite}: ${sources} (${cases.length} cases, imported into ${file})`);
  table(`${suite} by source`, run(cases, (c) => c.family, []));
  if (LABELLED_BY_US.has(suite)) {
    // Labelled by us, blind (test/corpus/tldr-labels.yaml, cheat-labels.yaml, navi-labels.yaml, cheatsh-labels.yaml, psdocs-labels.yaml): split like our corpus, so that classes are fixed on
    // the two thirds and the held-out third stays a measure nobody tuned to. Its misses are counted, not listed, not even by
    // id: these suites' ids name the tool and the example (answer 403.4: a held-out id never chooses what to build), and no
    // bookkeeping list needs them, as test/corpus/held-out-wrong.txt needs ours.
    summary.push([`${suite}: tuned two thirds`, table(`${suite} by kind: the two thirds we tune on`, run(cases.filter((c) => !c.heldOut), (c) => c.kind, misses))]);
    summary.push([`${suite}: held-out third`, table(`${suite} by kind: the held-out third (never tuned to)`, run(cases.filter((c) => c.heldOut), (c) => c.kind, []))]);
    continue;
  }
  summary.push([suite, table(`${suite} by kind`, run(cases, (c) => c.kind, misses))]);
  // Without the cases we dispute: each has a class with a reason (test/corpus/peer-disputes.yaml).
  const disputed = new Map(disputes.cases.filter((d) => d.suite === suite).map((d) => [d.sha, d.class]));
  const shas = new Map(peer.map((p) => [p.id, shaOf(p.command)]));
  const kept = cases.filter((c) => !disputed.has(shas.get(JSON.parse(c.line).id as string)!));
  const lines: string[] = [];
  const agreedNow: string[] = [];
  for (const p of peer) {
    const cls = disputed.get(shas.get(p.id)!);
    if (cls === undefined) continue;
    const out = JSON.parse(classifyBatchLine(JSON.stringify({ id: p.id, kind: suite, input_type: 'command', input: p.command, context: DEFAULT_CONTEXT }), classifier, EMPTY_INVENTORY)) as { decision: string };
    const stillDisputed = (p.label === 'destructive') === (out.decision === 'benign');
    (stillDisputed ? lines : agreedNow).push(`  ${cls.padEnd(28)} peer: ${p.label.padEnd(11)} ours: ${out.decision.padEnd(11)} ${p.path}:${p.line}: ${p.command.slice(0, 100)}`);
  }
  const unmatched = [...disputed.keys()].filter((sha) => ![...shas.values()].includes(sha)).length;
  disputeLines.set(suite, [...lines, ...(agreedNow.length > 0 ? [`  (${agreedNow.length} disputed cases we now answer as the peer does: remove them from the list)`, ...agreedNow] : []), ...(unmatched > 0 ? [`  (${unmatched} disputed entries match no case of this import)`] : [])]);
  const label = `${suite} w/o ${cases.length - kept.length} disputed`;
  summary.push([label, table(`${label}, by kind`, run(kept, (c) => c.kind, []))]);
}
if (!existsSync('.peer-suites')) console.log('\n(no peer suites: import them with `node scripts/import-peer-suites.ts GIT_DIR...`)');

console.log(`\n== summary (goal: recall >= 95%, FP <= 3%; unknown counts as caught)`);
console.log(header('').split('\n')[2]);
for (const [name, r] of summary) console.log(line(name, r));
if (unseen) for (const l of unseenTable(unseen)) console.log(l);

if (values.disputes) {
  for (const [suite, l] of disputeLines) console.log(`\n${l.length} disputed in ${suite} (class, the peer's label, our answer):\n${l.join('\n')}`);
}
if (values.misses) {
  if (tunedMisses.length > 0) console.log(`\n${tunedMisses.length} wrong in the tuned two thirds:\n${tunedMisses.join('\n')}`);
  // Only the count: the ids are in test/corpus/held-out-wrong.txt, and an id printed next to the tuned misses invites a
  // look at its text (round 16: a helper grepped nine of them). Never read a held-out case to fix it.
  if (heldMisses.length > 0) console.log(`\n${heldMisses.length} wrong in the held-out third (not listed here: never read a held-out case to fix it; test/corpus/held-out-wrong.txt has the ids for the corpus test)`);
  for (const [suite, m] of peerMisses) if (m.length > 0) console.log(`\n${m.length} wrong in ${suite}:\n${m.join('\n')}`);
}
