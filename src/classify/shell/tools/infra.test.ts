import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ciRunFolder } from '../../test-data.ts';

const folder = (key: string) => ciRunFolder(key.split('/').filter(Boolean));

test("round 21 (b21q): a CI run's numbered folder under a CI prefix, and nothing wider", () => {
  assert.equal(folder('ci-artifacts/run-1234/'), 'ci-artifacts/run-1234');
  assert.equal(folder('dbt/ci/run-5521/manifest.json'), 'ci/run-5521');
  assert.equal(folder('e2e_reports/build_88123/'), 'e2e_reports/build_88123');
  assert.equal(folder('ci/77123/'), 'ci/77123');
  assert.equal(folder('ci-artifacts/'), undefined, "the CI prefix alone is every run's");
  assert.equal(folder('models/run-1234/'), undefined, 'a run folder with no CI prefix');
  assert.equal(folder('ci/run-55/'), undefined, 'a run number has four digits or more');
  assert.equal(folder('ci/latest/'), undefined);
  assert.equal(folder('circle/run-1234/'), undefined, 'ci as a word, not inside one');
  assert.equal(folder('ci/run-1234/../'), undefined);
  assert.equal(folder('prod/ci/run-1234/'), undefined, 'a segment naming production');
  assert.equal(folder('staging/ci/run-1234/'), undefined, 'a segment naming staging');
});
