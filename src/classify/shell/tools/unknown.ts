import { tierOfEnvironment, resolveEnvironment, heuristicEnvironment } from '../../environment.ts';
import type { Invocation } from '../invocation.ts';
import { literalWord } from '../words.ts';
import { pathEffect } from './filesystem.ts';

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

export function criticalNamedBy(inv: Invocation): CriticalName | null {
  for (const a of inv.args) {
    if (a.value === null) continue;
    const eq = /^--?[\w-]+=(.+)$/.exec(a.value);
    const value = eq ? eq[1]! : a.value;
    if (value.startsWith('-') || /^[a-z][\w+.-]*:\/\//i.test(value)) continue;
    if (PATHLIKE.test(value)) {
      const fx = pathEffect(inv, literalWord(value, a.start, a.end));
      if (fx.cls === 'control_plane') return { value, why: "part of Portcullis's own control plane", path: fx.path };
      if (fx.cls === 'critical') return { value, why: 'home, a repository root, a drive or a system path', path: fx.path };
    }
    if (NAMELIKE.test(value) || /^(prod|production|prd|live)$/i.test(value)) {
      const env = resolveEnvironment(inv.env.inventory, [{ kind: 'names', value }]);
      const tier = env ? tierOfEnvironment(inv.env.inventory, env) : null;
      if (tier === 'production' || heuristicEnvironment(value) === 'production') return { value, why: 'a production target', environment: env };
    }
  }
  return null;
}

/** Applies the rule: records the critical target and makes the action opaque (decided as the worst case). */
export function judgeUnknownProgram(inv: Invocation, label: string): boolean {
  const hit = criticalNamedBy(inv);
  if (!hit) return false;
  const b = inv.env.b;
  if (hit.path !== undefined) b.target({ kind: hit.why.startsWith('part of') ? 'control_plane' : 'filesystem', id: hit.path, environment: null, home: false, verbs: ['unknown'], critical: true });
  else b.target({ kind: 'host', id: hit.value, environment: hit.environment ?? 'production', home: false, verbs: ['unknown'] });
  // SECURITY: we cannot say what it does to what it names, and what it names is critical.
  b.opaque('unknown_program_critical_target', `${label} and it names \`${hit.value}\`: ${hit.why}`, inv.span);
  return true;
}
