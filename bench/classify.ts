/**
 * Classification speed per kind, through the same Classifier the gateway uses. Goals (issue 3):
 * shell p99 under 1 ms, a 500-resource plan under 20 ms. Also the one-off start-up a hook pays
 * (loading the bash grammar), measured in fresh processes. `node bench/classify.ts` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/**
 * Time from process start to the first classification, in fresh processes (what a hook pays), run with `flags` (V8's
 * `--liftoff-only`: WebAssembly never tiers up to the optimising compiler, round 38's 383.1).
 */
function startup(runs: number, flags: string[] = []): Row {
  const entry = fileURLToPath(new URL('../src/classify/index.ts', import.meta.url));
  // Module import is left out: under `node file.ts` it is dominated by Node's type stripping, which a published (compiled) build does not pay.
  const script = `const {createClassifier}=await import(${JSON.stringify(entry)});const t=performance.now();const c=await createClassifier();c.classify({kind:'shell',command:'rm -rf /'},{},{environments:[],unknownTier:'production',controlPlanePaths:[]});console.log(performance.now()-t);`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' });
    const ms = Number(r.stdout.trim());
    if (Number.isFinite(ms)) times.push(ms * 1000);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  return { name: `classify: load grammar + first shell (fresh process${flags.length ? `, ${flags.join(' ')}` : ''})`, ops: 1e6 / p50, p50Us: p50, p99Us: percentile(times, 99), note: `${times.length} processes; WASM init + grammar + first parse` };
}

/**
 * A fresh process that answers `lines` PowerShell lines, spawn to exit, with `flags`, and its peak memory: the grammar's
 * lexer gets hot at once, and without `--liftoff-only` V8 compiles it again with its optimising tier in the background
 * (about 2 GB and seconds of CPU: speed37, round 37). Spawned through `/usr/bin/time` where it exists, for the peak.
 */
function powershellProcess(runs: number, lines: number, flags: string[] = []): Row {
  const entry = fileURLToPath(new URL('../src/classify/index.ts', import.meta.url));
  const script = `const {createClassifier}=await import(${JSON.stringify(entry)});const c=await createClassifier();const inv={environments:[],unknownTier:'production',controlPlanePaths:[]};for(let i=0;i<${lines};i++)c.classify({kind:'shell',dialect:'powershell',command:i%2?'Get-ChildItem C:\\logs -Recurse | Remove-Item -Force':'Stop-Service -Name W3SVC'},{cwd:'C:\\src'},inv);`;
  const timed = existsSync('/usr/bin/time');
  const times: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const args = [...flags, '--input-type=module', '-e', script];
    const r = timed ? spawnSync('/usr/bin/time', ['-f', 'PEAK_KB %M', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) continue;
    times.push((performance.now() - t) * 1000);
    const kb = Number(/PEAK_KB (\d+)/.exec(r.stderr ?? '')?.[1]);
    if (Number.isFinite(kb)) peaks.push(kb);
  }
  times.sort((a, b) => a - b);
  peaks.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const peak = peaks.length ? `, peak RSS ${Math.round(percentile(peaks, 50) / 1024)} MB at the median` : '';
  return { name: `classify: ${lines} PowerShell lines, spawn to exit (fresh process${flags.length ? `, ${flags.join(' ')}` : ''})`, ops: 1e6 / p50, p50Us: p50, p99Us: percentile(times, 99), note: `${times.length} processes${peak}` };
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
  rows.push(startup(8, ['--liftoff-only']));
  rows.push(powershellProcess(3, 200));
  rows.push(powershellProcess(3, 200, ['--liftoff-only']));
  return rows;
}

if (import.meta.main) console.log(table(await benchClassify()));
