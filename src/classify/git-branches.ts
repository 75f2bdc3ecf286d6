import { heuristicEnvironment } from './environment.ts';

/**
 * Git branch names the lead's decisions treat differently (round 17, decision 30): deleting a feature branch on a git host
 * (`git push origin --delete feature/x`, `gh api -X DELETE …/git/refs/heads/feature/x`, GitLab's `DELETE
 * …/repository/branches/feature%2Fx`, an MCP `delete_branch`) is benign: its commits stay in the pull request that
 * merged them, or in the clone that pushed it. The default branch, a release, production or protected branch is not.
 */

/** A long-lived branch: a default, trunk, release, environment or publishing branch (and `HEAD`). */
export const PROTECTED_BRANCH = /^(refs\/heads\/)?(main|master|trunk|default|develop|development|prod|production|staging|release([/-].*)?|releases\/.*|stable|live|gh-pages|HEAD)$/;

/**
 * Whether `name` is a feature branch's name: fixed, not a tag (`refs/tags/…`, a version such as `v2.4.0`), not a long-lived
 * branch (PROTECTED_BRANCH) and naming no production or staging tier (`hotfix/prod-db`). What the input does not fix
 * (`$b`, `{}`) is not one; nor is a release line named by its version (`hotfix/1.9`).
 */
export function isFeatureBranch(name: string | null | undefined): boolean {
  if (name === null || name === undefined) return false;
  const bare = name.replace(/^refs\/heads\//, '');
  if (bare === '' || /[$`*?{}\s\\~^:]|\.\.|^refs\/|^-/.test(bare)) return false;
  // A version as the name or its last part is a tag or a release line (`v2.4.0`, `hotfix/1.9`, `support/3.x`).
  if (PROTECTED_BRANCH.test(bare) || /(^|\/)v?\d+(\.(\d+|x))+([-.+][\w.]*)?$/i.test(bare)) return false;
  // Round 18 (p18): a major version alone (`v2`, `v3-beta`, `v10-rc1`) is a tag too, and so is a ref whose name says it
  // is one (`tagname`, `old-tag`, `tag`): a release tag deleted from the remote is what installs and pins fetch.
  if (/(^|\/)v\d+(-(alpha|beta|rc|pre|preview)[\w.]*)?$/i.test(bare) || /^([a-z0-9]+[-_])?tag([-_]?name)?$/i.test(bare)) return false;
  const tier = heuristicEnvironment(bare);
  return tier !== 'production' && tier !== 'staging';
}

/**
 * The branch a git host's REST delete names, or null: GitHub's "Delete a reference" (`DELETE /repos/O/R/git/refs/heads/NAME`,
 * on api.github.com or a GitHub Enterprise `/api/v3`) and GitLab's "Delete repository branch" (`DELETE
 * /api/v4/projects/ID/repository/branches/NAME`, the name URL-encoded).
 */
export function gitHostBranchDeleted(url: string): string | null {
  const m = /^https?:\/\/(?:api\.github\.com|[^/?#]+\/api\/v3)\/repos\/[^/?#]+\/[^/?#]+\/git\/refs\/heads\/([^?#]+?)\/?(?:[?#]|$)/i.exec(url) ?? /^https?:\/\/[^/?#]+\/api\/v4\/projects\/[^/?#]+\/repository\/branches\/([^/?#]+)\/?(?:[?#]|$)/i.exec(url);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

/**
 * A database branch (PlanetScale, Neon, Supabase) whose deletion the lead's decision 40 (round 18) makes disposable: a
 * fixed name or id with no word of a long-lived branch (`main`, `production`, `staging`, `release`…, also inside Neon's
 * ids such as `br-main-111111`) and no production or staging tier. An id that says nothing (a UUID, `br-wispy-moon-a1b2`)
 * is one: these services refuse to delete a project's default branch.
 */
const LONG_LIVED_WORD = /^(main|master|trunk|default|develop|development|prod|prd|production|staging|stage|stg|release|releases|stable|live|primary|root|preprod|uat)$/i;
export function isDisposableDatabaseBranch(name: string | null | undefined): boolean {
  if (name === null || name === undefined || !/^[\w.-]+(\/[\w.-]+)*$/.test(name) || name.includes('..')) return false;
  if (name.split(/[-_/.]/).some((w) => LONG_LIVED_WORD.test(w))) return false;
  const tier = heuristicEnvironment(name);
  return tier !== 'production' && tier !== 'staging';
}
