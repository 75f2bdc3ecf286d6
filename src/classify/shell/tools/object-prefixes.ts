import { heuristicEnvironment } from '../../environment.ts';
import { isTemporaryObjectKey } from '../../rest-apis.ts';
import { ciRunFolder } from '../../test-data.ts';
import { RUN_FOLDER_IN_TEMPORARY_AREA } from '../../run-names.ts';
import { namesScratchEnvironment } from './infra.ts';

/**
 * An object-store prefix whose first segment is a temporary folder (`tmp/`, `temp/`, `scratch/`, Spark's and Hadoop's
 * `_temporary/` and `_tmp/` staging), a prefix with a segment that is a pull request's or CI run's own (`pr-4821/`,
 * `builds/pr-4821/`, `bazel/ci-e2e-48213/`: namesScratchEnvironment), as the HTTP judge reads a temporary object key and the lead's decision reads a pull request's tags and environments: made to
 * be thrown away, written again by the next run; or a CI run's numbered folder under a CI prefix (`ci-artifacts/run-1234/`:
 * ciRunFolder) in a bucket that names neither production nor staging. A trailing wildcard (`pr-4821/**`) stays inside that prefix. Null for any
 * other prefix.
 *
 * `account` is the tier of the account the command acts in, when the caller knows it (an AWS profile): a production account
 * refuses every reading, as a production bucket does, and a staging account refuses what a staging bucket refuses.
 */
const TEMPORARY_AREA = /^_(staging|tmp|temp|temporary)$/i;
export function disposablePrefix(url: string | null | undefined, account?: string | null): string | null {
  const m = /^(s3|gs|oci):\/\/([^/]+)(?:\/(.*))?$/.exec(url ?? '');
  if (!m) return null;
  const key = (m[3] ?? '').replace(/(^|\/)\*\*?$/, '$1');
  const segments = key.split('/').filter(Boolean);
  if (segments.includes('..') || /[*?[]/.test(m[2]!)) return null;
  // A wildcard below a disposable prefix (`pr-4821/*.json`, `tmp/*.csv`) matches only objects inside it, as a trailing `*`
  // does: the prefix before the first segment with a wildcard is judged.
  const glob = segments.findIndex((s) => /[*?[]/.test(s));
  if (glob === 0) return null;
  // The lead's answer 339 (round 33, y31 question 3): a run's number through a wildcard (`runs/88*/logs/*`) names some runs'
  // own folders, each read as one run's is (ciRunFolder, round 21's per-run prefix): the segment read as a run of its shape.
  const numbered = glob > 0 ? /^((?:run|build|job|pipeline)[-_]?)?(\d{2,})\*$/i.exec(segments[glob]!) : null;
  if (numbered !== null && !segments.slice(glob + 1).some((s) => /[*?[]/.test(s) && s !== '*' && s !== '**')) {
    const one = `${numbered[1] ?? ''}${numbered[2]!.padEnd(4, '0')}`;
    const run = ciRunFolder([m[2]!, ...segments.slice(0, glob), one], true);
    const tiers = [heuristicEnvironment(m[2]!), account === undefined ? null : account === null ? 'production' : heuristicEnvironment(account)];
    if (run !== undefined && !tiers.includes('production') && !segments.some((s) => heuristicEnvironment(s) === 'production')) return `\`${segments.slice(0, glob + 1).join('/')}\` are CI runs' own folders, each written again by its next run`;
  }
  if (glob > 0) return disposablePrefix(`${m[1]}://${m[2]}/${segments.slice(0, glob).join('/')}/`, account);
  // The lead's answer 196 with answer 72's refusal: a bucket or account that names production, or a folder of the key that
  // names production (`s3://acme-prod-lake/tmp/`, `s3://acme-data/prod/tmp/`, `AWS_PROFILE=prod`), keeps every prefix
  // destructive. A key's `staging` folder is as often a job's staging area (`_tmp/spark-staging/`) as a tier.
  const tiers = [heuristicEnvironment(m[2]!), account === undefined ? null : account === null ? 'production' : heuristicEnvironment(account)];
  if (tiers.includes('production') || segments.some((s) => heuristicEnvironment(s) === 'production')) return null;
  // Answer 215: a staging bucket or account refuses the scratch words' readings (a temporary prefix or area), not a pull
  // request's or CI run's own folder (previews live in staging projects).
  const staging = tiers.includes('staging');
  if (key !== '' && !staging && isTemporaryObjectKey(key)) return `\`${key}\` is under a temporary prefix`;
  // Segments of the key only: a bucket named for a pull request is a bucket, not a prefix (fix17-p17a), and a bucket named
  // scratch stays destructive (the lead's decision 36).
  const scratch = segments.find((s) => namesScratchEnvironment(s));
  if (scratch) return `\`${scratch}\` belongs to a pull request or CI run, written again by its next run`;
  // A run's folder in a CI prefix or bucket (`ci-artifacts/run-1234/`, `s3://acme-ml-ci/run-8812/`: ciRunFolder), in a
  // bucket that does not name production (a staging one too: answer 215), or a bucket named for one CI run
  // (`acme-ml-ci-4821`, PER_RUN) deleted whole: the run's own scratch (the lead's round-21 rule). A bare `ci` bucket or
  // prefix is not.
  const run = segments.length > 0 ? ciRunFolder([m[2]!, ...segments], true) : undefined;
  if (run) return `\`${run}\` is one CI run's own, written again by its next run`;
  // One run's own folder (`load_run_8812`, `run-20240601-1`), the last segment, directly inside a temporary area: a bucket or
  // folder named tmp, temp or scratch by a whole word, or a loader's `_staging`/`_tmp` folder (`gs://acme-lake/_staging/
  // load_run_8812/`, `gs://acme-analytics-tmp/bq-exports/run-20240601-1/`): written by that run for the next step and left
  // behind, as a CI run's folder is (round 27). Not the area itself, and not a bucket or folder naming production or staging.
  const last = segments[segments.length - 1];
  if (last !== undefined && !staging && RUN_FOLDER_IN_TEMPORARY_AREA.test(last) && [m[2]!, ...segments.slice(0, -1)].some((s) => TEMPORARY_AREA.test(s) || s.toLowerCase().split(/[-_.]/).some((w) => /^(tmp|temp|scratch)$/.test(w)))) {
    return `\`${last}\` is one run's own folder in a temporary area, left behind by that run`;
  }
  // A bucket named for one pull request (`acme-web-pr-4121`) deleted whole is that preview's, as a run's bucket is (the lead's
  // answer 84: a per-run scratch resource, `pr-56` among them, deleted singly is disposable).
  return segments.length === 0 && namesScratchEnvironment(m[2]!) ? `\`${m[2]}\` is one CI run's or pull request's bucket` : null;
}

/** Words that say what is kept, not cached (releases, backups, archives, a site's output): never a cache bucket's prefix. */
const KEPT_IN_CACHE = /^(releases?|backups?|bak|archived?|archives|snapshots?|dist|site|www|public|uploads?|artifacts?|exports?)$/;

/**
 * Object-store prefixes that hold a build cache (a CI dependency cache kept in a bucket, `s3://ci-cache/node_modules/`;
 * sccache's and Bazel's remote caches): the next build fills them again, as the local folders paths.ts calls
 * rebuildable. Cache and dependency folders only: a bucket's `dist/` or `build/` is often the site it serves.
 */
const OBJECT_CACHE_SEGMENT = /^(node_modules|\.cache|cache|caches|__pycache__|\.gradle|\.m2|\.npm|\.pnpm-store|\.yarn|sccache|ccache|bazel-cache)$/;
export function underCachePrefix(url: string | null | undefined): boolean {
  const m = /^(s3|gs):\/\/([^/]+)\/(.*)$/.exec(url ?? '');
  if (!m) return false;
  const key = m[3]!;
  return key.split('/').some((s) => OBJECT_CACHE_SEGMENT.test(s)) || cacheBucketPrefix(m[2]!, key);
}

/**
 * A prefix inside a bucket named for a build cache by a whole word (`acme-build-cache`, `ci-caches`, `acme.sccache`; round
 * 24), or all of its objects (`s3://acme-build-cache/`): the bucket a remote build cache (Turborepo, Bazel, Gradle,
 * sccache) writes to, filled again by the next build. Not the bucket itself (`rb`), not a path with a kept word (KEPT_IN_CACHE), not a bucket that names production or staging, no `..`, no wildcard but a last `*`/`**`.
 */
export function cacheBucketPrefix(bucket: string, key: string): boolean {
  const words = bucket.toLowerCase().split(/[-.]/);
  if (!words.some((w) => /^(cache|caches|sccache|ccache)$/.test(w)) || /^(production|staging)$/.test(heuristicEnvironment(bucket) ?? '')) return false;
  const segments = key.replace(/(^|\/)\*\*?$/, '').split('/').filter(Boolean);
  if (`${bucket}/${key}`.toLowerCase().split(/[-./_]/).some((w) => KEPT_IN_CACHE.test(w))) return false;
  return !segments.includes('..') && !segments.some((s) => /[*?[]/.test(s));
}

/**
 * The lead's answer 345 (round 32, o32 question 5; built in round 33): in a bucket of CI's own (`ci` a whole word of its
 * name: `acme-ci-artifacts`), the folders matching `pr-*` are the pull requests' preview artefacts (answers 164 and 190),
 * whatever account the command runs under: the bucket is CI's, not production's data. The pattern a whole segment, under
 * CI's `builds/`, `artifacts/`, `previews/` or at the top, nothing after it but `*`/`**` or fixed segments; no word of the
 * bucket or key naming production, staging or a kept copy. Why, or null.
 */
export function ciPullRequestFolders(url: string): string | null {
  const m = /^(s3|gs):\/\/([^/*?[]+)\/(.*)$/.exec(url);
  if (!m) return null;
  const segments = m[3]!.split('/').filter(Boolean);
  const at = segments.findIndex((s) => /[*?[]/.test(s));
  if (at < 0 || segments[at] !== 'pr-*' || !m[2]!.toLowerCase().split(/[-_.]/).includes('ci')) return null;
  if (!segments.slice(0, at).every((s) => /^(builds?|artifacts?|previews?)$/i.test(s)) || segments.slice(at + 1).some((s) => /[?[]/.test(s) || (s.includes('*') && s !== '*' && s !== '**'))) return null;
  if (ciRunFolder([m[2]!, 'run-1000'], true) === undefined || [m[2]!, ...segments].some((s) => /^(production|staging)$/.test(heuristicEnvironment(s) ?? ''))) return null;
  return `\`${segments.slice(0, at + 1).join('/')}\` in CI's bucket \`${m[2]}\` are the pull requests' preview artefacts (the lead's answers 164, 190 and 345)`;
}

/**
 * One object removed by name where the store keeps versions ("How a case is labelled": a narrowed change): an `s3://` or
 * `gs://` URL whose bucket's own name says it keeps versions (a whole word `versioned`: `acme-config-versioned`; not
 * `unversioned`, `nonversioned`), with one key and no wildcard, not a folder (`…/`). A delete there only hides the object
 * behind a delete marker (S3) or makes it noncurrent (GCS); the earlier version is restored from the bucket. Null otherwise.
 * The caller refuses a recursive delete and one of every version (`gsutil rm -a`, `gcloud storage rm --all-versions`).
 */
export function versionedBucketObject(url: string | null | undefined): string | null {
  const m = /^(s3|gs):\/\/([a-z0-9][a-z0-9.-]*)\/(.+)$/.exec(url ?? '');
  // A `#generation` (GCS) names one version, which is then deleted for good.
  if (!m || /[*?[#]|\/$|(^|\/)\.\.(\/|$)/.test(m[3]!)) return null;
  if (!/(^|[-.])versioned([-.]|$)/.test(m[2]!)) return null;
  return `\`${m[3]}\` is one object in \`${m[2]}\`, a bucket named for keeping versions: its earlier version stays restorable`;
}

/** `gsutil rm URL…` of objects each read by versionedBucketObject, with no option that reaches further (`-r`, `-R`, `-a`: every version). */
export function versionedObjectOperands(args: ReadonlyArray<string | null>): boolean {
  const urls = args.slice(args.indexOf('rm') + 1);
  if (urls.some((u) => u === null || /^-[a-zA-Z]*[rRa]/.test(u))) return false;
  const operands = urls.filter((u): u is string => u !== null && !u.startsWith('-'));
  return operands.length > 0 && operands.every((u) => versionedBucketObject(u) !== null);
}
