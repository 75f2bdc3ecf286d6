/**
 * What `npm pack` would publish: the CLI, the source it runs (Node runs the TypeScript directly),
 * docs and examples; never the tests, benchmarks, scripts or screenshots (package.json `files`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

test('a pack ships bin/ and src/ and no test/, bench/, scripts/ or *.test.ts', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
  const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
  assert.deepEqual(files.filter((f) => /^(test|bench|scripts)\/|\.test\.ts$|test-support\.ts$|^docs\/screenshots\//.test(f)), []);
  for (const needed of ['bin/portcullis', 'src/cli/main.ts', 'src/config/templates/demo.yaml', 'src/sdk/index.ts', 'README.md']) assert.ok(files.includes(needed), `${needed} is packed`);
});
