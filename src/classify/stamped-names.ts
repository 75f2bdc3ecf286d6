/**
 * The lead's answer 43 (round 18): a write to a name stamped with a date or a run id (`orders_2026_12_04`,
 * `report_20261204`, `daily-2026-12-04`, `export_run_88213`) makes a new object by convention: a job writes each day's or
 * each run's output under a name of its own. The gate cannot know the name is unused; the convention is the lead's call.
 * - a date: a year 19xx or 20xx, a month and a day, run together or joined by `-`/`_` (`20261204`, `2026-12-04`), as a
 *   whole part of the name (not inside a longer number);
 * - a run id: a part `run` (or `runid`, `build`, `job`) followed by a number (`run_88213`, `run-42`, `run88213`).
 * A name that only starts or ends with a number (`orders2`, `v3_orders`) is not stamped.
 */
const DATE_STAMP = /(?:^|[^\d])(?:19|20)\d\d([-_]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?:[^\d]|$)/;
const RUN_STAMP = /(?:^|[^a-z])(?:run|runid|run_id|build|job)[-_]?\d{2,}(?:[^\d]|$)/i;
export function namesNewByStamp(name: string): boolean {
  return DATE_STAMP.test(name) || RUN_STAMP.test(name);
}

/**
 * The lead's answer 99 (round 23): the CI systems' documented numbers of one run or one pull request, read from the
 * environment inside a resource's name (`"web-pr-${CI_MERGE_REQUEST_IID}"`, `"rg-e2e-run-$env:BUILD_BUILDID"`) are that
 * number, so the name is the run's or the pull request's own. One table for the shell and PowerShell. GitHub Actions
 * (`GITHUB_RUN_ID`, `GITHUB_RUN_NUMBER`), GitLab (`CI_PIPELINE_ID`, `CI_PIPELINE_IID`, `CI_JOB_ID`,
 * `CI_MERGE_REQUEST_IID`), Azure Pipelines (`Build.BuildId`, `Build.BuildNumber`, `System.PullRequest.PullRequestNumber`),
 * Jenkins (`BUILD_NUMBER`, `BUILD_ID`, `CHANGE_ID`: a pull request's number in a multibranch job), CircleCI
 * (`CIRCLE_BUILD_NUM`), Buildkite (`BUILDKITE_BUILD_NUMBER`). A name of the team's own (`PR_NUMBER`) is not documented
 * anywhere: it stays a value the input does not fix.
 */
export const CI_RUN_NUMBER_VARIABLES: ReadonlySet<string> = new Set([
  'GITHUB_RUN_ID', 'GITHUB_RUN_NUMBER', 'CI_PIPELINE_ID', 'CI_PIPELINE_IID', 'CI_JOB_ID', 'CI_MERGE_REQUEST_IID', 'BUILD_BUILDID', 'BUILD_BUILDNUMBER',
  'SYSTEM_PULLREQUEST_PULLREQUESTNUMBER', 'BUILD_NUMBER', 'BUILD_ID', 'CHANGE_ID', 'CIRCLE_BUILD_NUM', 'BUILDKITE_BUILD_NUMBER',
]);

/** What a CI number variable is read as: a number no real run needs to have. */
export const RUN_NUMBER_STANDIN = '10001';

/**
 * The part of a name before a CI number in the shell (answer 99): `pr-`, `run-`, `build-` or `ci-` as a whole word, and
 * `e2e-`, the end-to-end run's prefix PER_RUN reads with a number after it (`e2e-48213`) (round 26); `mr-`, GitLab's merge
 * request's as `pr-` is (`…/tags/mr-$CI_MERGE_REQUEST_IID`, round 30, h30).
 */
export const RUN_NUMBER_PREFIX = /(^|[^A-Za-z0-9])(pr|mr|run|build|ci|e2e)-$/i;

/**
 * A table named new by a stamp (the lead's answers 43 and 58): the table's own name, or its schema's (`orders_20261204`,
 * `analytics_2026_12_04.orders`: a dated schema makes every table in it new). Only the last two parts are read (a
 * database or project before them names where, not what).
 */
export function stampedTableName(qualified: string): boolean {
  return qualified.split('.').slice(-2).some((part) => namesNewByStamp(part));
}

/**
 * The lead's answer 65 (round 19), the converse of decision 36: a dated scratch table (`scratch.tmp_orders_20261130`,
 * `scratch_alice.tmp_sessions_20261204`) is one whose own name is stamped (namesNewByStamp) and whose name or schema says
 * tmp, temp or scratch. It is disposable only where the project or server is named development: the caller reads that.
 * `schema` is the one the connection chose, for an unqualified name.
 */
const SCRATCH_PART = /(^|[-_])(tmp|temp|scratch)([-_]|$)/i;
export function datedScratchTable(qualified: string, schema?: string | null): boolean {
  const parts = qualified.split(/[.:]/);
  const own = parts[parts.length - 1] ?? '';
  const container = parts.length > 1 ? parts[parts.length - 2]! : (schema ?? '');
  return namesNewByStamp(own) && (SCRATCH_PART.test(own) || SCRATCH_PART.test(container));
}
