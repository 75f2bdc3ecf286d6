import type { Invocation } from './shell/invocation.ts';
import { heuristicEnvironment, targetsLiveTier } from './environment.ts';

/**
 * What a restart command's own words say: that it restarts (not a power-off, a halt or a hibernation), and whether it is
 * forced (skips the clean shutdown or closes programs without asking, so what they hold unsaved is lost).
 */
export interface RestartWords {
  readonly restart: boolean;
  readonly forced: boolean;
}

/**
 * The lead's answer 80 (round 21), one rule for every input type: a restart of one's own machine comes back by itself, a
 * write (`reboot`, `systemctl reboot`, `shutdown -r`, `shutdown /r`, `Restart-Computer`). Each reader (bash, cmd,
 * PowerShell) says what its words say (RestartWords) and adds the hosts it names as targets first; this says whether the
 * restart is a write. Not when forced, not when a host it names (`ssh HOST`, `-ComputerName`, `/m \\HOST`, `-H`) or the
 * session's own host is production or staging: a server others use is then out of service, as before.
 */
export function restartComesBack(inv: Invocation, words: RestartWords): boolean {
  if (!words.restart || words.forced) return false;
  const session = inv.env.ctx.host ? heuristicEnvironment(inv.env.ctx.host) : null;
  return session !== 'production' && session !== 'staging' && !targetsLiveTier(inv.env.inventory, inv.env.b.targets);
}

/**
 * One step of a Windows shell's line or script as the restart rule (restartedStops) reads it. Each reader (cmd/walk.ts,
 * powershell/walk.ts) says what a step stops and starts, keyed alike (a stop's key is the start that brings it back), and
 * how the step after it is reached.
 */
export interface ServiceStep {
  /** The start that brings back what this step stops, as the reader keys it; null when it stops nothing it can pair. */
  readonly stops: string | null;
  /** What this step starts, each keyed as a stop's `stops` (`Restart-Service S` starts a stopped and a suspended S). */
  readonly starts: readonly string[];
  /** A wait (`Start-Sleep`, `timeout /t 5`) or a documented flow between a stop and its start (the lead's answer 138). */
  readonly wait: boolean;
  /** The step may end the script or jump out of the sequence (`exit`, `throw`, `return`, `break`, `goto`). */
  readonly mayEnd: boolean;
  /**
   * How the next step is reached: `always` (PowerShell's `;` and new line without stop-on-error, cmd's `&`), only when
   * this one succeeds (`&&`, `$ErrorActionPreference = 'Stop'`, `-ErrorAction Stop`), or only when it fails (`||`).
   */
  readonly then: 'always' | 'on-success' | 'on-failure';
}

/**
 * The lead's answer 323 (round 30), one rule for both Windows shells: a stop and a later start of the same service in one
 * action are a restart when the start runs whatever happens between. Between them (by the index of each stop paired):
 * no step that may end the script, no `||` (the start would then run only on a failure), and any step the next is
 * reached from only on its success (`&&`, stop-on-error) must be a wait or a documented flow (answer 138), since a
 * failure there leaves the service stopped. The stop's own `&&` is no hazard: if it fails, nothing was stopped.
 */
export function restartedStops(steps: readonly ServiceStep[]): Set<number> {
  const out = new Set<number>();
  steps.forEach((stop, i) => {
    if (stop.stops === null || stop.then === 'on-failure') return;
    const j = steps.findIndex((s, k) => k > i && s.starts.includes(stop.stops!));
    if (j === -1) return;
    const between = steps.slice(i + 1, j);
    if (between.every((s) => !s.mayEnd && s.then !== 'on-failure' && (s.then === 'always' || s.wait))) out.add(i);
  });
  return out;
}
