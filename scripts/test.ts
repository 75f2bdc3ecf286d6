/**
 * `npm test`: type-check, lint, the architecture's import rules, then every test file, in that order.
 * Stops at the first failing step with its exit code. Extra arguments go to `node --test`
 * (for example `npm test -- --test-name-pattern=A6`).
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

const bin = (name: string) => `node_modules/.bin/${name}`;
const files = [...globSync('src/**/*.test.ts'), ...globSync('test/**/*.test.ts')].sort();

const steps: Array<[string, string, string[]]> = [
  ['type-check', bin('tsc'), ['--noEmit', '-p', '.']],
  ['lint', bin('eslint'), ['--max-warnings=0', '.']],
  ['import rules', bin('depcruise'), ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']],
  ['tests', process.execPath, ['--test', '--test-concurrency=2', '--test-timeout=120000', ...process.argv.slice(2), ...files]],
];

for (const [name, cmd, args] of steps) {
  console.log(`\n== ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${name} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}
