/**
 * Classification speed per kind, through the same Classifier the gateway uses. Goals (issue 3):
 * shell p99 under 1 ms, a 500-resource plan under 20 ms. Also the one-off start-up a hook pays
 * (loading the bash grammar), measured in fresh processes. `node bench/classify.ts` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createClassifier } from '../src/classify/index.ts';
import { EMPTY_INVENTORY, type Action, type JsonObject } from '../src/core/index.ts';
import { measure, percentile, table, type Row } from './stats.ts';

const ctx = { cwd: '/home/dev/app', home: '/home/dev', kubeContext: 'prod-cn-1' };

const SHELL = [
  'ls -la',
  'rm -rf node_modules dist',
  'kubectl delete ns payments --context prod-cn-1',
  'git push --force-with-lease origin feature/x',
  'terraform apply -replace=aws_eks_cluster.main -auto-approve',
  'aws s3 rm s3://acme-prod --recursive',
];

const SHELL_HARD = [
  `bash -c "sh -c 'rm -rf ~'"`,
  'X=/; for d in /etc /usr; do sudo nice -n 5 timeout 10 rm -rf "$d"; done; echo cm0gLXJm | base64 -d | sh',
  "cat <<'EOF' | bash\nkubectl delete ns payments\npsql -c 'DROP TABLE users'\nEOF",
  'find . -name "*.pyc" -exec rm -f {} \\; && python3 -c "import shutil; shutil.rmtree(\'build\')"',
];

function plan(n: number): JsonObject {
  const actions = [['create'], ['update'], ['delete'], ['delete', 'create'], ['no-op']];
  return {
    format_version: '1.2',
    resource_changes: Array.from({ length: n }, (_, i) => ({
      address: `module.app[${i % 7}].aws_instance.web[${i}]`,
      type: 'aws_instance',
      name: 'web',
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: actions[i % actions.length]!,
        before: { instance_type: 't3.small', tags: { Environment: 'prod', Owner: 'team' }, deletion_protection: true, nested: [{ a: 1, b: { c: 'x' } }] },
        after: { instance_type: 't3.medium', tags: { Environment: 'prod', Owner: 'team' }, deletion_protection: i % 50 !== 0, nested: [{ a: 2, b: { c: 'y' } }] },
      },
    })),
  };
}

/** Time from process start to the first classification, in fresh processes (what a hook pays). */
function startup(runs: number): Row {
  const entry = fileURLToPath(new URL('../src/classify/index.ts', import.meta.url));
  // Module import is left out: under `node file.ts` it is dominated by Node's type stripping, which a published (compiled) build does not pay.
  const script = `const {createClassifier}=await import(${JSON.stringify(entry)});const t=performance.now();const c=await createClassifier();c.classify({kind:'shell',command:'rm -rf /'},{},{environments:[],unknownTier:'production',controlPlanePaths:[]});console.log(performance.now()-t);`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const ms = Number(r.stdout.trim());
    if (Number.isFinite(ms)) times.push(ms * 1000);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  return { name: 'classify: load grammar + first shell (fresh process)', ops: 1e6 / p50, p50Us: p50, p99Us: percentile(times, 99), note: `${times.length} processes; WASM init + grammar + first parse` };
}

export async function benchClassify(): Promise<Row[]> {
  const classifier = await createClassifier();
  const run = (a: Action) => classifier.classify(a, ctx, EMPTY_INVENTORY);
  const rows: Row[] = [];
  rows.push(await measure('classify: shell command', (i) => run({ kind: 'shell', command: SHELL[i % SHELL.length]! }), { note: 'mixed everyday and destructive' }));
  rows.push(await measure('classify: shell, nested/obfuscated', (i) => run({ kind: 'shell', command: SHELL_HARD[i % SHELL_HARD.length]! }), { note: 'bash -c, loops, heredoc | bash, one-liners' }));
  rows.push(await measure('classify: sql', (i) => run({ kind: 'sql', sql: i % 2 ? 'DELETE FROM sessions WHERE expires_at < now()' : 'SELECT a, b FROM t JOIN u ON t.id = u.tid WHERE x = 1; DROP TABLE y' })));
  rows.push(await measure('classify: mcp tool call', (i) => run({ kind: 'mcp_tool_call', server: 'github', tool: i % 2 ? 'delete_repository' : 'run_command', arguments: { repo: 'acme/app', command: 'kubectl get pods' } })));
  const p50 = plan(50);
  rows.push(await measure('classify: terraform plan, 50 resources', () => run({ kind: 'terraform_plan', plan: p50 }), { maxOps: 2000 }));
  const p500 = plan(500);
  rows.push(await measure('classify: terraform plan, 500 resources', () => run({ kind: 'terraform_plan', plan: p500 }), { maxOps: 300, warmup: 20, note: 'goal < 20 ms' }));
  rows.push(startup(8));
  return rows;
}

if (import.meta.main) console.log(table(await benchClassify()));
