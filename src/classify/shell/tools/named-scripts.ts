/**
 * Scripts and jobs the input does not show, judged by their own names (answers 336.7 and 364.3). Kept apart from
 * unknown.ts, which reads paths (filesystem.ts), so that the job runners of cloud.ts and infra.ts can use it without an
 * import cycle.
 */
import type { Invocation } from '../invocation.ts';
import { ENV_NAMING_VARIABLE, heuristicEnvironment } from '../../environment.ts';

/**
 * A script's file name without its folder and extension (`cleanup-prod` of `scripts/cleanup-prod.sh`, `deploy-prod`); null
 * for a dotenv or data file (`.env.production`, `prod.json`) or a name not fixed.
 */
export function scriptBase(script: string | null): string | null {
  const file = script === null ? '' : script.replace(/^.*[\\/]/, '');
  if (!/^[^.]+(\.(sh|bash|zsh|ksh|ps1|psm1|bat|cmd|py|rb|pl|js|mjs|cjs|ts|php|lua|r))?$/i.test(file)) return null;
  const base = file.replace(/\.[A-Za-z0-9]{1,4}$/, '');
  return base === '' ? null : base;
}

/**
 * The lead's answer 336.7 (round 32): a script the input does not show whose own name says it wipes, nukes, destroys, drops
 * or purges, or resets all (`./scripts/wipe-all.sh --force`, `nuke.sh`, `drop_db.py`, `reset-all.ps1`), is `unknown`, never
 * benign: answer 113 reads the repository's own scripts as its steps, but a name that says it destroys is not a step we may
 * take on trust. Whole words between `-`, `_`, `.`, `:` (a job's revision, `purge-sessions:3`) or case changes
 * (`cleanup.sh`, `dropdown.js`, `reset-cache.sh` are not). The lead's answer 364.3 (round 35): `truncate`, and a reset of
 * the database (`reset-db`, `reset_database`, `db-reset`, `resetdb`), join the words. The same reading judges a job that
 * a job runner runs by its name (answers 350.2 and 364.3: cloud.ts `GCLOUD_JOB_RUNS`, `aws ecs run-task`, `az containerapp
 * job start`; infra.ts `kubectl create job --from=cronjob/…`).
 */
const DESTROY_SCRIPT_WORD = /^(wipe|nuke|destroy|drop|purge|truncate|resetdb|dbreset)$/;
const DATABASE_WORD = /^(db|database)$/;
function destroyWord(parts: readonly string[]): string | undefined {
  const single = parts.find((w) => DESTROY_SCRIPT_WORD.test(w));
  if (single !== undefined) return single;
  if (parts.some((w, i) => w === 'reset' && parts[i + 1] === 'all')) return 'reset-all';
  // Round 37 (ot37, the lead's answer 377.5): a script named for clearing an ECU's trouble codes (`uds_clear_dtc.py`,
  // `clear-dtcs.sh`): the fault memory and freeze frames are lost.
  if (parts.some((w, i) => w === 'clear' && /^dtcs?$/.test(parts[i + 1] ?? ''))) return 'clear-dtc';
  return parts.some((w, i) => w === 'reset' && (DATABASE_WORD.test(parts[i + 1] ?? '') || DATABASE_WORD.test(parts[i - 1] ?? ''))) ? 'reset-db' : undefined;
}
/**
 * The lead's answer 376.2 (round 37): one rule for scripts and for make, npm, just and task targets named for an
 * environment. The most severe environment their own name or what they are told names decides (heuristicEnvironment:
 * production over staging over dev): dev or test named is benign (the run's data is made again), staging named stays
 * `unknown` (336.7, 346.1's listed false positive), production `unknown` (answer 205). A told value not fixed names no
 * dev (fail closed). What a script is told (scriptTold): the values of its own environment-naming variables
 * (`DEPLOY_ENV=dev ./bin/purge`), an `--env`/`--stage`/`--target` option's value, and a bare word argument (`reset-db.sh test`).
 */
function namedEnvironment(words: ReadonlyArray<string | null | undefined>): 'production' | 'staging' | 'dev' | 'unfixed' | null {
  if (words.some((w) => w === null)) return 'unfixed';
  const tiers = words.map((w) => (typeof w === 'string' ? heuristicEnvironment(w) : null));
  return tiers.includes('production') ? 'production' : tiers.includes('staging') ? 'staging' : tiers.includes('dev') ? 'dev' : null;
}
const ENV_OPTION = /^--?[\w-]*(env|environment|stage|target|tier)$/i;
function scriptTold(inv: Invocation): Array<string | null> {
  const out: Array<string | null> = [];
  for (const [name, value] of inv.assignments) if (ENV_NAMING_VARIABLE.test(name)) out.push(value);
  inv.args.forEach((a, i) => {
    const v = a.value;
    if (ENV_OPTION.test(inv.args[i - 1]?.value ?? '')) out.push(v);
    else if (v === null) return;
    else if (/^--?[\w-]*(env|environment|stage|target|tier)=/i.test(v)) out.push(v.slice(v.indexOf('=') + 1));
    else if (/^[A-Za-z][\w-]*$/.test(v)) out.push(v);
  });
  return out;
}
/** A whole word that says dev or test (the answer's own words; not `local`, `demo`, `sandbox` or `preview`). */
const DEV_OR_TEST_WORD = /^(dev|development|test|testing|dev\d+|test\d+|devdb|testdb)$/;
/** Whether the environment a destroy-named script or task names is dev or test (answer 376.2): then it is not judged unknown. */
export function namesDevEnvironment(words: ReadonlyArray<string | null | undefined>): boolean {
  return namedEnvironment(words) === 'dev' && words.some((w) => typeof w === 'string' && w.toLowerCase().split(/[^a-z0-9]+/).some((t) => DEV_OR_TEST_WORD.test(t)));
}

export function judgeDestroyNamedScript(inv: Invocation, script: string | null, label: string, told?: ReadonlyArray<string | null | undefined>): boolean {
  const base = scriptBase(script);
  if (base === null) return false;
  const parts = base.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[-_.:]+/);
  const word = destroyWord(parts);
  if (word === undefined) return false;
  // Answer 376.2: a dev or test environment named by the script's own name or what it is told, and nothing more severe.
  if (namesDevEnvironment([base, ...(told ?? scriptTold(inv))])) return false;
  // SECURITY: what it does is not shown, and its name says it destroys.
  inv.env.b.opaque('script_named_destroy', `${label}, and its name \`${base}\` says \`${word}\` (the lead's answer 336.7)`, inv.span);
  return true;
}
