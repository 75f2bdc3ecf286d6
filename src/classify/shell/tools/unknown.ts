import { ENV_NAMING_VARIABLE, tierOfEnvironment, resolveEnvironment, heuristicEnvironment } from '../../environment.ts';
import { optionValue } from './common.ts';
import type { Invocation } from '../invocation.ts';
import { literalWord } from '../words.ts';
import { judgeDestroyNamedScript, scriptBase } from './named-scripts.ts';
import { editsFilesOfWorkspace, pathEffect } from './filesystem.ts';

/**
 * The unknown-program rule: a program we do not know is benign only when nothing it names is
 * critical. Its arguments (and `--opt=value` values) are read as paths where they look like paths
 * or file names, and as names where they look like hosts or clusters; the first one that is home, a
 * repository root, a drive or system path, the control plane, or a production target is returned.
 */

const PATHLIKE = /^(\/|~|\.{1,2}$|\.{1,2}[\\/]|[A-Za-z]:([\\/]|$)|\\\\|\$)|[\\/]|\.[A-Za-z0-9]{1,8}$/;
const NAMELIKE = /^[A-Za-z0-9][\w.-]*[.-][\w.-]*$/;

export interface CriticalName {
  value: string;
  why: string;
  path?: string;
  environment?: string | null;
}

/** A name is production by the inventory's tier, or by the name heuristics when the inventory does not place it. */
function productionName(inv: Invocation, value: string): { environment: string | null } | null {
  const env = resolveEnvironment(inv.env.inventory, [{ kind: 'names', value }]);
  const tier = env ? tierOfEnvironment(inv.env.inventory, env) : null;
  return tier === 'production' || heuristicEnvironment(value) === 'production' ? { environment: env } : null;
}

/**
 * Variables that set how code is built, not where it acts: `NODE_ENV=production ./build.sh` minifies, it does not reach
 * production (the variable is on every build).
 */
const BUILD_MODE_VARIABLE = /^(NODE_ENV|BABEL_ENV)$/;

/** Options that say which environment a program acts on (Ansible's inventory, limit and extra vars among them). */
const ENVIRONMENT_OPTIONS = ['--env', '--environment', '--stage', '-i', '--inventory', '--inventory-file', '-e', '--extra-vars', '-l', '--limit'];

/**
 * Production named by the command's own variables (`ENV=production ./reset.sh`) or by an option that says where it acts
 * (`ansible-playbook -i inventories/production`, `-e env=prod`): code we cannot see, run there.
 */
export function productionNamedBy(inv: Invocation): CriticalName | null {
  for (const [k, v] of inv.assignments) {
    if (v === null || !ENV_NAMING_VARIABLE.test(k) || BUILD_MODE_VARIABLE.test(k)) continue;
    const hit = productionName(inv, v);
    if (hit) return { value: `${k}=${v}`, why: 'a production target', environment: hit.environment };
  }
  for (const o of ENVIRONMENT_OPTIONS) {
    const v = optionValue(inv.args, o);
    if (!v) continue;
    const hit = productionName(inv, v.replace(/^[\w-]+=/, ''));
    if (hit) return { value: `${o} ${v}`, why: 'a production target', environment: hit.environment };
  }
  return null;
}

/** The long options a script is told where it acts by (`--env`, `--stage`, a device fleet's `--fleet`, a `--tier`). */
const SCRIPT_WHERE_OPTIONS = ['--env', '--environment', '--stage', '--fleet', '--tier'];

/**
 * Round 43 (nx43; bl42fw's `env:` expectations): the environment a script run by an interpreter is told by its options
 * (`python tools/ota_rollout.py --fleet production`) is where it acts: a target in that tier, for the gate's policy. What
 * the script does stays judged by its name (judgeNamedScript; answer 346.6).
 */
export function scriptToldEnvironment(inv: Invocation, args: Invocation['args']): void {
  for (const o of SCRIPT_WHERE_OPTIONS) {
    const v = optionValue(args, o);
    if (!v) continue;
    const value = v.replace(/^[\w-]+=/, '');
    const environment = resolveEnvironment(inv.env.inventory, [{ kind: 'names', value }]);
    if (environment !== null) inv.env.b.target({ kind: 'host', id: value, environment, home: false, verbs: ['exec'] });
  }
}

export function criticalNamedBy(inv: Invocation): CriticalName | null {
  const named = productionNamedBy(inv);
  if (named) return named;
  for (const a of inv.args) {
    if (a.value === null) continue;
    const eq = /^--?[\w-]+=(.+)$/.exec(a.value);
    const value = eq ? eq[1]! : a.value;
    if (value.startsWith('-') || /^[a-z][\w+.-]*:\/\//i.test(value)) continue;
    if (PATHLIKE.test(value)) {
      const word = literalWord(value, a.start, a.end);
      let fx = pathEffect(inv, word);
      // Every file of one extension at the top of the workspace (`*.mp3`, `./*.jpg`; no other pattern) names those files,
      // not the root folder a glob is otherwise judged as (`editsFilesOfWorkspace`): judged as one of them would be.
      if (fx.cls === 'critical' && /(^|\/)\*\.\w{1,8}$/.test(value) && editsFilesOfWorkspace(inv, word, fx.path)) fx = pathEffect(inv, literalWord(value.replace(/\*(\.\w+)$/, 'x$1'), a.start, a.end));
      if (fx.cls === 'control_plane') return { value, why: "part of Portcullis's own control plane", path: fx.path };
      if (fx.cls === 'critical') return { value, why: 'home, a repository root, a drive or a system path', path: fx.path };
    }
    if (NAMELIKE.test(value) || /^(prod|production|prd|live)$/i.test(value)) {
      const hit = productionName(inv, value);
      if (hit) return { value, why: 'a production target', environment: hit.environment };
    }
  }
  return null;
}

/** Applies the rule: records the critical target and makes the action opaque (decided as the worst case). */
export function judgeUnknownProgram(inv: Invocation, label: string, named: (inv: Invocation) => CriticalName | null = criticalNamedBy): boolean {
  const hit = named(inv);
  if (!hit) return false;
  const b = inv.env.b;
  if (hit.path !== undefined) b.target({ kind: hit.why.startsWith('part of') ? 'control_plane' : 'filesystem', id: hit.path, environment: null, home: false, verbs: ['unknown'], critical: true });
  else b.target({ kind: 'host', id: hit.value, environment: hit.environment ?? 'production', home: false, verbs: ['unknown'] });
  // SECURITY: we cannot say what it does to what it names, and what it names is critical.
  b.opaque('unknown_program_critical_target', `${label} and it names \`${hit.value}\`: ${hit.why}`, inv.span);
  return true;
}

/**
 * A script the input does not show, judged by its own name. The lead's answer 205 (round 26): one whose name says
 * production (`call cleanup-prod.bat`, `./cleanup-prod.sh`, `.\cleanup-prod.ps1`, `bash deploy-production.sh`) is not one
 * of the repository's own steps (answer 113 reads those only when their names do not name production): code we cannot
 * see, named for production, is `unknown`. By the inventory, else by the name; the file's name without its extension.
 * Else one whose name says it destroys (judgeDestroyNamedScript, answer 336.7).
 */
export function judgeNamedScript(inv: Invocation, script: string | null, label: string): boolean {
  const base = scriptBase(script);
  const hit = base === null ? null : productionName(inv, base);
  if (base === null || !hit) return judgeDestroyNamedScript(inv, script, label);
  inv.env.b.target({ kind: 'host', id: base, environment: hit.environment ?? 'production', home: false, verbs: ['unknown'] });
  // SECURITY: what it does is not shown, and its name says where it acts.
  inv.env.b.opaque('script_named_production', `${label}, and its name \`${base}\` says production (the lead's answer 205)`, inv.span);
  return true;
}
