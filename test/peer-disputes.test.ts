import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';

/**
 * `test/corpus/peer-disputes.yaml` (issue 12): the peer cases whose label we dispute, named by a hash of the command,
 * each with a class whose reason is written down. `classify:report` leaves them out of the "without disputes" rows,
 * so a case may be listed only with a reason; the report itself flags entries we now answer as the peer does.
 */
interface Disputes {
  classes: Record<string, unknown>;
  cases: Array<{ suite: unknown; sha: unknown; class: unknown }>;
}

test('every disputed peer case names a known suite, a 16-hex-digit command hash and a class with a written reason', () => {
  const d = parseYaml(readFileSync('test/corpus/peer-disputes.yaml', 'utf8')) as Disputes;
  assert.ok(Object.keys(d.classes).length > 0 && d.cases.length > 0);
  for (const [name, reason] of Object.entries(d.classes)) {
    assert.ok(typeof reason === 'string' && reason.length >= 30, `class ${name} needs a reason`);
  }
  const seen = new Set<string>();
  for (const c of d.cases) {
    assert.ok(c.suite === 'cc-safety-net' || c.suite === 'destructive_command_guard', `unknown suite ${String(c.suite)}`);
    assert.match(String(c.sha), /^[0-9a-f]{16}$/);
    assert.ok(typeof c.class === 'string' && c.class in d.classes, `case ${String(c.sha)}: class ${String(c.class)} has no reason`);
    assert.ok(!seen.has(`${c.suite}:${c.sha}`), `case ${String(c.sha)} is listed twice`);
    seen.add(`${c.suite}:${c.sha}`);
  }
  // Every class is used: a reason nobody needs is a reason nobody checks.
  for (const name of Object.keys(d.classes)) assert.ok(d.cases.some((c) => c.class === name), `class ${name} is unused`);
});
