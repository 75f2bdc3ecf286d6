/**
 * `npm test`: type-check, lint, the architecture's import rules, then every test file, in that order.
 * Stops at the first failing step with its exit code. Extra arguments are test-runner options
 * (`npm test -- --test-name-pattern=A6`, `--test-skip-pattern=…`, `--test-only`, `--test-reporter=dot|spec|tap`)
 * and, optionally, the test files to run instead of all of them.
 *
 * The test files run through `run()` of `node:test` (round 38, the lead's answer 383.1) rather than `node --test`, so
 * that each test process runs with V8's `--liftoff-only`: the PowerShell grammar (tree-sitter-powershell.wasm) is
 * otherwise compiled again by V8's optimising tier in the background of every process that parses PowerShell (~2 GB
 * peak and seconds of CPU per test file), and `node --test` hands its children Node's options but not V8's. The files
 * start in name order, as `node --test` ran them: longest first (383.2) was measured and did not help on the shared
 * machine (docs/classifier-evaluation.md, round 38 sp38).
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';
import { run } from 'node:test';
import { dot, spec, tap } from 'node:test/reporters';
import { parseScriptArgs } from './script-args.ts';

const USAGE = 'usage: npm test -- [--test-name-pattern=RE]... [--test-skip-pattern=RE]... [--test-only] [--test-reporter=spec|dot|tap] [FILE...]';
const REPORTERS = { spec, dot, tap } as const;

/** The test files through `run()`, each process with `--liftoff-only`; resolves to the exit code (1 when a test failed). */
export function runTests(files: readonly string[], options: { namePatterns?: string[]; skipPatterns?: string[]; only?: boolean; reporter?: keyof typeof REPORTERS } = {}): Promise<number> {
  const stream = run({
    files: [...files],
    concurrency: 2,
    timeout: 120_000,
    execArgv: ['--liftoff-only'],
    ...(options.namePatterns?.length ? { testNamePatterns: options.namePatterns } : {}),
    ...(options.skipPatterns?.length ? { testSkipPatterns: options.skipPatterns } : {}),
    ...(options.only ? { only: true } : {}),
  });
  let code = 1;
  // The summary of the whole run (no `file`) says whether every test passed; a file that crashed counts as a failed test.
  stream.on('test:summary', (s: { file?: string; success: boolean }) => {
    if (s.file === undefined) code = s.success ? 0 : 1;
  });
  const name = options.reporter ?? 'spec';
  const out = name === 'spec' ? stream.compose(spec()) : stream.compose(REPORTERS[name]);
  return new Promise((resolve) => {
    out.on('end', () => resolve(code)).pipe(process.stdout);
  });
}

if (import.meta.main) {
  const { values, positionals } = parseScriptArgs('test', USAGE, {
    'test-name-pattern': { type: 'string', multiple: true },
    'test-skip-pattern': { type: 'string', multiple: true },
    'test-only': { type: 'boolean' },
    'test-reporter': { type: 'string' },
  }, true);
  const reporter = values['test-reporter'] ?? 'spec';
  if (!Object.hasOwn(REPORTERS, reporter)) {
    process.stderr.write(`test: no reporter \`${reporter}\` (spec, dot, tap)\n${USAGE}\n`);
    process.exit(2);
  }
  const bin = (name: string) => `node_modules/.bin/${name}`;
  const files = positionals.length > 0 ? positionals : [...globSync('src/**/*.test.ts'), ...globSync('test/**/*.test.ts')];

  const steps: Array<[string, string, string[]]> = [
    ['type-check', bin('tsc'), ['--noEmit', '-p', '.']],
    ['lint', bin('eslint'), ['--max-warnings=0', '.']],
    ['import rules', bin('depcruise'), ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']],
  ];
  for (const [name, cmd, args] of steps) {
    console.log(`\n== ${name}`);
    const r = spawnSync(cmd, args, { stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`\n${name} failed (exit ${r.status ?? r.signal}).`);
      process.exit(r.status ?? 1);
    }
  }
  console.log('\n== tests');
  const code = await runTests([...files].sort(), {
    namePatterns: values['test-name-pattern'],
    skipPatterns: values['test-skip-pattern'],
    only: values['test-only'],
    reporter: reporter as keyof typeof REPORTERS,
  });
  if (code !== 0) console.error(`\ntests failed (exit ${code}).`);
  process.exitCode = code;
}
