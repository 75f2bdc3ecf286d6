/**
 * Names made for one CI or job run (round 28 mend): one reading, a word that says a run followed by the run's number
 * (`run-4410`, `load_run_8812`, `build_88123`, `ci-e2e-48213`), shared by every rule that reads one. The rules differ only
 * in how much of a name they accept around that core, and each says so as data (RunNameShape): which words, which joins,
 * what may come before and after, how many digits. Each shape stays as narrow as its rule needs: a bare `run-0412` is a
 * training run's folder as often as a CI run's, so the rules that accept it ask for more context (a CI prefix, a
 * temporary area) outside this module. No I/O.
 */

/**
 * A name with a part that says production or staging (`prod-ci-4821`, `shop-stg-pr-12`): that tier's, never a
 * throwaway's. A lookahead, placed at the start of an anchored name.
 */
export const NO_TIER_PART = String.raw`(?!(?:[a-z0-9.-]*[-.])?(?:prod|prd|production|live|stag|stg|stage|staging|preprod|uat)\d*(?:[-.]|$))`;

export interface RunNameShape {
  /** The words that say a run (`run`, `build`, `ci`); one of them comes right before the number (or the words between). */
  readonly words: readonly string[];
  /** The characters that join the parts: `-` only, or `-` and `_`. */
  readonly joins: '-' | '-_';
  /** Whether the join between the run's word and its number may be left out (`run8812`). */
  readonly joinOptional: boolean;
  /** What may come before the run's word: nothing, words each followed by a join (`load_run_`), or any `[a-z0-9.-]` text ending in `-` (`web.v2-`). */
  readonly before: 'none' | 'words' | 'text';
  /** Up to this many lower-case words, each followed by `-`, between the run's word and its number (`ci-it-run-88213`). */
  readonly wordsBetween: number;
  /** The fewest digits of the run's number. */
  readonly minDigits: number;
  /** What may follow the number: nothing, a short counter (`-1`, `_12`), or any `[a-z0-9.-]` text after a `-`. */
  readonly after: 'none' | 'counter' | 'text';
  /** Bare digits this many or more are a run's number alone (`ci-artifacts/8812`). */
  readonly bareDigits?: number;
  /** Refuse a name with a production or staging part (NO_TIER_PART). */
  readonly refuseTier?: boolean;
  /** Match any case (the caller has not lower-cased the name). */
  readonly anyCase?: boolean;
}

/** The anchored pattern of a shape. */
export function runNamePattern(shape: RunNameShape): RegExp {
  const join = shape.joins === '-' ? '-' : '[-_]';
  const before = { none: '', words: `(?:[a-z0-9]+${join})*`, text: '(?:[a-z0-9.-]*-)?' }[shape.before];
  const between = shape.wordsBetween > 0 ? `(?:[a-z]+-){0,${shape.wordsBetween}}` : '';
  const after = { none: '', counter: `(?:${join}\\d{1,4})?`, text: '(?:-[a-z0-9.-]*)?' }[shape.after];
  const core = `(?:${shape.words.join('|')})${join}${shape.joinOptional ? '?' : ''}${between}\\d{${shape.minDigits},}`;
  const body = shape.bareDigits === undefined ? `${before}${core}${after}` : `(?:${before}${core}${after}|\\d{${shape.bareDigits},})`;
  return new RegExp(`^${shape.refuseTier ? NO_TIER_PART : ''}${body}$`, shape.anyCase ? 'i' : '');
}

/**
 * The shapes the rules read, by rule:
 * - `ciRunName`: a name that says a CI or end-to-end run itself (`ci-7731`, `checkout-e2e-51234`, `ci-it-run-88213`), the
 *   way pipelines name the namespace, cluster or bucket they delete when the run ends; four digits or more, any text
 *   around, no tier part (infra.ts PER_RUN, the lead's round-21 rule and answer 54).
 * - `ciRunSegment`: the same inside a path (`bazel/ci-e2e-4821/`), one segment exactly, three digits or more
 *   (test-data.ts ciRunFolder).
 * - `runNumber`: a run's number below a CI folder (`run-1234`, `build_8812`, `job-771`, `pipeline-9001`, bare digits of four
 *   or more), nothing around it: the CI folder above says whose (test-data.ts ciRunFolder).
 * - `oneRunName`: a name made for one run, for answer 215's staging rule (`run-4410`, `web-build-1234`): run, build or
 *   pipeline and three digits or more, a `-`-joined prefix, nothing after (infra.ts namesPreviewOrRun).
 * - `runFolderInTemporaryArea`: one run's own folder a loader leaves in a temporary area (`load_run_8812`,
 *   `run-20240601-1`): `run` only, words before, a short counter after, any case (object-prefixes.ts disposablePrefix).
 */
export const RUN_NAME_SHAPES = {
  ciRunName: { words: ['e2e', 'ci'], joins: '-', joinOptional: false, before: 'text', wordsBetween: 2, minDigits: 4, after: 'text', refuseTier: true },
  ciRunSegment: { words: ['e2e', 'ci'], joins: '-', joinOptional: false, before: 'none', wordsBetween: 2, minDigits: 3, after: 'none' },
  runNumber: { words: ['run', 'build', 'job', 'pipeline'], joins: '-_', joinOptional: true, before: 'none', wordsBetween: 0, minDigits: 3, after: 'none', bareDigits: 4 },
  oneRunName: { words: ['run', 'build', 'pipeline'], joins: '-', joinOptional: true, before: 'text', wordsBetween: 0, minDigits: 3, after: 'none' },
  runFolderInTemporaryArea: { words: ['run'], joins: '-_', joinOptional: true, before: 'words', wordsBetween: 0, minDigits: 3, after: 'counter', anyCase: true },
} as const satisfies Record<string, RunNameShape>;

export const CI_RUN_NAME = runNamePattern(RUN_NAME_SHAPES.ciRunName);
export const CI_RUN_SEGMENT = runNamePattern(RUN_NAME_SHAPES.ciRunSegment);
export const RUN_NUMBER = runNamePattern(RUN_NAME_SHAPES.runNumber);
export const ONE_RUN_NAME = runNamePattern(RUN_NAME_SHAPES.oneRunName);
export const RUN_FOLDER_IN_TEMPORARY_AREA = runNamePattern(RUN_NAME_SHAPES.runFolderInTemporaryArea);
