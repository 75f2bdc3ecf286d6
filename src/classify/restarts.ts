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
 * One step of a shell's line or script as the restart rule (restartedStops) reads it. Each reader (shell/walk.ts for
 * bash, cmd/walk.ts, powershell/walk.ts) says what a step stops and starts, keyed alike (a stop's key is the start that
 * brings it back), and how the step after it is reached.
 */
export interface ServiceStep {
  /** The start that brings back what this step stops, as the reader keys it; null when it stops nothing it can pair. */
  readonly stops: string | null;
  /** What this step starts, each keyed as a stop's `stops` (`Restart-Service S` starts a stopped and a suspended S). */
  readonly starts: readonly string[];
  /**
   * A wait of at most a minute (`sleep 5`, `Start-Sleep 5`, `timeout /t 5`: waitOf) or a documented flow between a stop
   * and its start (the lead's answer 138: certbot's standalone flow): it cannot leave the service stopped.
   */
  readonly wait: boolean;
  /** A wait longer than a minute, or of a length the input does not fix (waitOf): the service is out longer than a restart. */
  readonly longWait?: boolean;
  /** The stops (by their key) this step is a documented flow for (the lead's answer 256: a backup copy under `db.fsyncLock()`). */
  readonly flowFor?: (stops: string) => boolean;
  /** The step may end the script or jump out of the sequence (`exit`, `throw`, `return`, `break`, `goto`, `exec`). */
  readonly mayEnd: boolean;
  /**
   * How the next step is reached: `always` (bash's `;` and new line, PowerShell's `;` and new line without stop-on-error,
   * cmd's `&` and a batch file's next line), only when this one succeeds (`&&`, `set -e`, `$ErrorActionPreference =
   * 'Stop'`, `-ErrorAction Stop`), or only when it fails (`||`).
   */
  readonly then: 'always' | 'on-success' | 'on-failure';
}

/** The longest wait between a stop and its start that is still a restart (the lead's answers 337.5 and 342.5): one minute. */
export const RESTART_WAIT_SECONDS = 60;

/** A wait step's two flags from its length in seconds (null: not fixed by the input, read as long). */
export function waitOf(seconds: number | null): { wait: boolean; longWait: boolean } {
  const short = seconds !== null && Number.isFinite(seconds) && seconds >= 0 && seconds <= RESTART_WAIT_SECONDS;
  return { wait: short, longWait: !short };
}

/**
 * The lead's answers 323, 337.5 and 342.5 (rounds 30 and 32), one rule for bash, PowerShell and cmd: a stop and a later
 * start of the same service in one action are a restart when the start is reached whatever the work between does.
 * `stop && start` with nothing between pairs; `stop; work; start` pairs (each step reached whatever the one before did:
 * `;`, a new line, cmd's `&`, a batch file's next line); `stop && work && start` does not (if the work fails the service
 * stays down), unless the work is a short wait or a documented flow (answers 138 and 256). Never across a step that may
 * end the script, nor across a wait longer than a minute. The steps from the last one reached whatever happened up to the
 * start (the start's own `&&`/`||` chain) must each lead on by success, and be the stop itself, a short wait or a flow;
 * `||` there means the start runs only on a failure. The stop's own `&&` is no hazard: if it fails, nothing was stopped.
 */
export function restartedStops(steps: readonly ServiceStep[]): Set<number> {
  const out = new Set<number>();
  steps.forEach((stop, i) => {
    const key = stop.stops;
    if (key === null) return;
    const j = steps.findIndex((s, k) => k > i && s.starts.includes(key));
    if (j === -1) return;
    if (steps.slice(i + 1, j).some((s) => s.mayEnd || s.longWait === true)) return;
    let head = i;
    for (let k = j - 1; k >= i; k--) {
      if (steps[k]!.then === 'always') {
        head = k + 1;
        break;
      }
    }
    const chain = steps.slice(head, j).map((s, n) => ({ s, at: head + n }));
    if (chain.every(({ s, at }) => s.then === 'on-success' && (at === i || s.wait || s.flowFor?.(key) === true))) out.add(i);
  });
  return out;
}
