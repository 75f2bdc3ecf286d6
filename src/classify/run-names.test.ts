import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CI_RUN_NAME, CI_RUN_SEGMENT, NO_TIER_PART, ONE_RUN_NAME, RUN_FOLDER_IN_TEMPORARY_AREA, RUN_NUMBER, runNamePattern } from './run-names.ts';

// Round 28 (u28): the one reading of a run's name, and what each rule's shape accepts around it.

const accepts = (re: RegExp, yes: string[], no: string[]): void => {
  for (const n of yes) assert.ok(re.test(n), `${re.source} should accept ${n}`);
  for (const n of no) assert.ok(!re.test(n), `${re.source} should refuse ${n}`);
};

test('the builder: the run word and number at the core, the shape\'s parts around it', () => {
  const plain = runNamePattern({ words: ['run'], joins: '-', joinOptional: false, before: 'none', wordsBetween: 0, minDigits: 3, after: 'none' });
  assert.equal(plain.source, String.raw`^(?:run)-\d{3,}$`);
  accepts(plain, ['run-123', 'run-98765'], ['run123', 'run_123', 'run-12', 'x-run-123', 'run-123-1', 'RUN-123']);
  const wide = runNamePattern({ words: ['run'], joins: '-_', joinOptional: true, before: 'words', wordsBetween: 0, minDigits: 3, after: 'counter', anyCase: true, refuseTier: true });
  accepts(wide, ['run123', 'load_run_8812', 'RUN-123-4'], ['prod-run-123', 'run-123-12345']);
  assert.ok(runNamePattern({ ...{ words: ['ci'], joins: '-', joinOptional: false, before: 'none', wordsBetween: 0, minDigits: 4, after: 'none' }, refuseTier: true }).source.includes(NO_TIER_PART));
});

test('ciRunName (infra.ts PER_RUN): a CI or e2e run named, any text around, four digits, no tier part', () => {
  accepts(CI_RUN_NAME, ['ci-7731', 'checkout-e2e-51234', 'ci-it-run-88213', 'e2e-run-48213-web'], ['ci', 'ci-773', 'prod-ci-7731', 'shop-staging-e2e-4821', 'ci-a-b-c-7731', 'CI-7731']);
});

test('ciRunSegment (test-data.ts ciRunFolder): the same name as one whole segment, three digits', () => {
  accepts(CI_RUN_SEGMENT, ['ci-552', 'e2e-run-48213'], ['bazel-ci-5521', 'ci-5521-web', 'ci-55']);
});

test('runNumber (ciRunFolder, below a CI folder): a run word and number, or bare digits of four or more', () => {
  accepts(RUN_NUMBER, ['run-1234', 'build_8812', 'job771', 'pipeline-9001', '8812'], ['812', 'nightly-run-1234', 'run-1234-1', 'checkpoint-1234']);
});

test('oneRunName (answer 215): run, build or pipeline and three digits, a `-` prefix, nothing after', () => {
  accepts(ONE_RUN_NAME, ['run-4410', 'web-build-1234', 'pipeline442', 'v1.2-run-123'], ['job-4410', 'run_4410', 'run-4410-x', 'run-44']);
});

test('runFolderInTemporaryArea (object-prefixes.ts): `run` only, words before, a short counter after, any case', () => {
  accepts(RUN_FOLDER_IN_TEMPORARY_AREA, ['load_run_8812', 'run-20240601-1', 'Nightly_Run_123'], ['build_8812', 'run-123-12345', 'run.123', 'load.run-123']);
});
